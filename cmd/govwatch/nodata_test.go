package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadersWithoutDataDir checks that the commands that read the dataset say in
// one line that its directory does not exist, and create nothing, rather than
// printing an empty table or rendering a report of zeros.
func TestReadersWithoutDataDir(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "govwatch.yaml")
	yaml := "data_dir: nowhere\nreport_dir: reports\nsources:\n  - id: a\n    name: A\n    start_urls: [\"http://127.0.0.1:1/list\"]\n"
	if err := os.WriteFile(cfg, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"runs"},
		{"report", "--period", "1397-08"},
		{"report", "--period", "1397-08", "--scope", "county=کوار"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			stdout, stderr, code := govwatch(t, append(args, "--config", cfg)...)
			want := "data directory " + filepath.Join(dir, "nowhere") + " does not exist"
			if code != 1 || !strings.Contains(stderr, want) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Errorf("exit %d, stderr %q; want 1 and one line with %q", code, stderr, want)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			for _, d := range []string{"nowhere", "reports"} {
				if _, err := os.Stat(filepath.Join(dir, d)); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s created %s (stat: %v)", args[0], d, err)
				}
			}
		})
	}
}
