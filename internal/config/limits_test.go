package config_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govwatch/internal/config"
)

// TestLoadBounds loads files that would take unbounded memory to decode: each is
// refused with an error that names the file and says what is wrong.
func TestLoadBounds(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	// A valid YAML comment one byte past the limit.
	if err := os.WriteFile(big, []byte("#"+strings.Repeat("x", config.MaxFileBytes)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       error
		line       bool // the error names a line
	}{
		{"alias bomb", "testdata/alias-bomb.yaml", config.ErrAliasExpansion, true},
		{"endless file", "/dev/zero", config.ErrTooLarge, false},
		{"file over the limit", big, config.ErrTooLarge, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := config.Load(tt.path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Load(%s) = %v, want %v", tt.path, err, tt.want)
			}
			var ce *config.Error
			if !errors.As(err, &ce) || ce.File != tt.path || (ce.Line > 0) != tt.line {
				t.Errorf("error %v: want a *config.Error naming %s (with a line: %v)", err, tt.path, tt.line)
			}
		})
	}
}

// TestParseAliases keeps ordinary aliases working: shared values expand well below
// the bound.
func TestParseAliases(t *testing.T) {
	data := []byte(`
sources:
  - id: a
    start_urls: &urls ["http://127.0.0.1:9000/news/"]
    profile: iran_gov_cms
  - id: b
    start_urls: *urls
    profile: iran_gov_cms
`)
	cfg, err := config.Parse("/tmp/govwatch.yaml", data, env(nil))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(cfg.Sources) != 2 || len(cfg.Sources[1].StartURLs) != 1 || cfg.Sources[1].StartURLs[0] != "http://127.0.0.1:9000/news/" {
		t.Errorf("sources = %+v, want b to share a's start URLs", cfg.Sources)
	}
}

// TestParseAliasBudget shares one list of ten hosts among many sources: under
// MaxAliasNodes the file loads, past it the file is refused at the alias that passes
// the bound, though no alias nests another.
func TestParseAliasBudget(t *testing.T) {
	build := func(n int) []byte {
		var b strings.Builder
		b.WriteString("sources:\n  - {id: s, start_urls: [\"http://127.0.0.1/list\"], allowed_hosts: &h [" +
			strings.TrimSuffix(strings.Repeat(`"127.0.0.1",`, 10), ",") + "]}\n")
		for i := range n {
			fmt.Fprintf(&b, "  - {id: s%d, start_urls: [\"http://127.0.0.1/list\"], allowed_hosts: *h}\n", i)
		}
		return []byte(b.String())
	}
	// Each alias adds the 11 nodes of the list.
	under := config.MaxAliasNodes/11 - 1
	if cfg, err := config.Parse("cfg.yaml", build(under), env(nil)); err != nil || len(cfg.Sources) != under+1 {
		t.Errorf("%d aliases: %v, want the file loaded", under, err)
	}
	_, err := config.Parse("cfg.yaml", build(under+2), env(nil))
	var ce *config.Error
	if !errors.Is(err, config.ErrAliasExpansion) || !errors.As(err, &ce) || ce.Line != under+4 {
		t.Errorf("%d aliases: %v, want ErrAliasExpansion at line %d (its last alias)", under+2, err, under+4)
	}
}
