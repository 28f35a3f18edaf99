package extract

import (
	"bytes"
	"testing"
	"time"
)

// TestParseInputs checks what the inputs of a reparse depend on: a named profile's
// definition, and for the automatic layout the layout kept for the source (but not
// when it was learned) and whether the presets are on.
func TestParseInputs(t *testing.T) {
	dir := t.TempDir()
	cfg := DefaultConfig()
	cfg.LayoutDir = dir
	named := Source{ID: "n", Profile: PresetIranGovCMS, StartURLs: []string{"https://n.example/news"}}
	auto := Source{ID: "a", Profile: AutoProfile, StartURLs: []string{"https://a.example/news"}}
	inputs := func(cfg Config, profiles map[string]Profile, src Source) []byte {
		t.Helper()
		return NewReparser(cfg, profiles).ParseInputs(src)
	}

	base := inputs(cfg, BuiltinProfiles(), named)
	if base == nil || !bytes.Equal(base, inputs(cfg, BuiltinProfiles(), named)) {
		t.Fatalf("inputs of a named profile: %q, not the same twice", base)
	}
	changed := BuiltinProfiles()
	p := changed[PresetIranGovCMS]
	p.Article.Images = "img.other"
	changed[PresetIranGovCMS] = p
	if bytes.Equal(base, inputs(cfg, changed, named)) {
		t.Error("a changed profile gives the same inputs")
	}
	if got := inputs(cfg, BuiltinProfiles(), Source{ID: "x", Profile: "nonesuch"}); got != nil {
		t.Errorf("unknown profile: inputs %q, want nil", got)
	}

	none := inputs(cfg, BuiltinProfiles(), auto)
	if none == nil {
		t.Fatal("no inputs for the automatic layout")
	}
	noPresets := cfg
	noPresets.NoPresets = true
	if bytes.Equal(none, inputs(noPresets, BuiltinProfiles(), auto)) {
		t.Error("presets on and off give the same inputs")
	}
	lay := Layout{Source: auto.ID, StartURL: auto.StartURLs[0], Preset: PresetIranGovCMS,
		List: ListSelectors{Item: "a.news"}, LearnedAt: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	if err := saveLayout(dir, lay); err != nil {
		t.Fatal(err)
	}
	kept := inputs(cfg, BuiltinProfiles(), auto)
	if bytes.Equal(none, kept) {
		t.Error("a kept layout gives the inputs of none")
	}
	lay.LearnedAt = lay.LearnedAt.Add(time.Hour)
	if err := saveLayout(dir, lay); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(kept, inputs(cfg, BuiltinProfiles(), auto)) {
		t.Error("the same layout learned again at another time gives other inputs")
	}
	lay.Preset = ""
	lay.Article = ArticleSelectors{Title: "h1", Body: "div.text", DateScope: "span.date"}
	if err := saveLayout(dir, lay); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(kept, inputs(cfg, BuiltinProfiles(), auto)) {
		t.Error("another kept layout gives the same inputs")
	}
}
