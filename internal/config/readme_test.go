package config_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"govwatch/extract"
	"govwatch/internal/config"
)

// notInFile ignores the struct fields that the file cannot set (yaml:"-").
var notInFile = cmp.FilterPath(func(p cmp.Path) bool {
	sf, ok := p.Last().(cmp.StructField)
	if !ok {
		return false
	}
	f, ok := p.Index(-2).Type().FieldByName(sf.Name())
	return ok && f.Tag.Get("yaml") == "-"
}, cmp.Ignore())

// TestReadmeConfig loads the README's example config as printed: it must be valid,
// and its crawl section, which says "defaults shown", must hold the defaults.
func TestReadmeConfig(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "```yaml\n")
	if !ok {
		t.Fatal("README has no ```yaml block")
	}
	block, _, ok = strings.Cut(block, "```")
	if !ok || !strings.Contains(block, "# defaults shown") {
		t.Fatal("README's config block does not end, or no longer shows the crawl defaults")
	}
	cfg, err := config.Parse("/srv/govwatch/govwatch.yaml", []byte(block), env(map[string]string{"GOVWATCH_TOKEN": "t"}))
	if err != nil {
		t.Fatalf("README's config: %v", err)
	}
	if len(cfg.Sources) == 0 || len(cfg.Jobs) == 0 {
		t.Errorf("README's config has %d sources and %d jobs", len(cfg.Sources), len(cfg.Jobs))
	}
	def := config.DefaultConfig()
	if cfg.MemoryLimit != def.MemoryLimit || cfg.TimeZone != def.TimeZone {
		t.Errorf("README shows memory_limit %q, timezone %q; the defaults are %q, %q", cfg.MemoryLimit, cfg.TimeZone, def.MemoryLimit, def.TimeZone)
	}
	// The README leaves archive_dir empty (its default, resolved on load); fields
	// that are not in the file (yaml:"-") are set on load.
	if d := cmp.Diff(def.Crawl, cfg.Crawl, cmpopts.IgnoreFields(extract.Config{}, "ArchiveDir"), notInFile); d != "" {
		t.Errorf("README's crawl section is not the defaults (-default +README):\n%s", d)
	}
}
