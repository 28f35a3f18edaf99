package transform

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/<case>/want.json from the current output")

// readCase reads testdata/<case>/input.txt: optional «@county X» and
// «@province X» lines, then an article in the layout readArticleText reads.
func readCase(t *testing.T, path string) Input {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read case: %v", err)
	}
	var meta struct{ county, province string }
	var rest []string
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, "@county "):
			meta.county = strings.TrimSpace(strings.TrimPrefix(line, "@county "))
		case strings.HasPrefix(line, "@province "):
			meta.province = strings.TrimSpace(strings.TrimPrefix(line, "@province "))
		default:
			rest = append(rest, line)
		}
	}
	in := readArticleText(strings.Join(rest, "\n"))
	in.County, in.Province = meta.county, meta.province
	return in
}

func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*", "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) < 10 {
		t.Fatalf("found %d golden cases, want at least 10", len(inputs))
	}
	for _, in := range inputs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			a := Analyze(readCase(t, in))
			got, err := a.JSON()
			if err != nil {
				t.Fatalf("JSON: %v", err)
			}
			got = append(got, '\n')
			wantPath := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(wantPath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatalf("read want (run go test -update to create it): %v", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("analysis of %s changed (-want +got):\n%s", in, cmp.Diff(string(want), string(got)))
			}
		})
	}
}
