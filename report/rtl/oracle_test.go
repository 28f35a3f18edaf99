package rtl_test

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/harfbuzz"
	"github.com/go-text/typesetting/language"

	"govwatch/report/fonts"
)

// oracle shapes text with the HarfBuzz port of go-text/typesetting and the
// embedded Vazirmatn font, and maps the glyphs back to code points through
// the font's cmap, for comparison with rtl.Shape.
type oracle struct {
	face    *font.Face
	hb      *harfbuzz.Font
	reverse map[font.GID]rune
}

var loadOracle = sync.OnceValues(func() (*oracle, error) {
	face, err := font.ParseTTF(bytes.NewReader(fonts.Regular()))
	if err != nil {
		return nil, fmt.Errorf("parse font: %w", err)
	}
	o := &oracle{face: face, hb: harfbuzz.NewFont(face), reverse: map[font.GID]rune{}}
	// Glyphs that draw the same outline with the same advance are one
	// drawing: Vazirmatn, like many fonts, maps an isolated presentation
	// form (U+FE8D) and its base letter (U+0627) to two identical glyphs,
	// and HarfBuzz picks the base letter's.
	drawing := map[string]rune{}
	type entry struct {
		r   rune
		gid font.GID
		key string
	}
	var entries []entry
	it := face.Font.Cmap.Iter()
	for it.Next() {
		r, gid := it.Char()
		key := o.drawingKey(gid)
		entries = append(entries, entry{r, gid, key})
		// Prefer a presentation form, then the lowest code point, so that
		// the representative is deterministic.
		old, ok := drawing[key]
		if !ok || (isPresentation(r) && !isPresentation(old)) || (isPresentation(r) == isPresentation(old) && r < old) {
			drawing[key] = r
		}
	}
	for _, e := range entries {
		o.reverse[e.gid] = drawing[e.key]
	}
	return o, nil
})

// drawingKey identifies what glyph gid draws: its outline and its advance.
func (o *oracle) drawingKey(gid font.GID) string {
	out, _ := o.face.GlyphDataOutline(gid)
	return fmt.Sprint(o.face.HorizontalAdvance(gid), out.Segments)
}

func isPresentation(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// features turns off the optional substitutions (contextual alternates,
// discretionary ligatures, kerning) so that only the forms Unicode encodes
// remain: init, medi, fina, isol and the required lam-alef ligature.
var features = func() []harfbuzz.Feature {
	var fs []harfbuzz.Feature
	for _, s := range []string{"calt=0", "liga=0", "clig=0", "dlig=0", "kern=0", "ss01=0"} {
		f, err := harfbuzz.ParseFeature(s)
		if err != nil {
			panic(err)
		}
		fs = append(fs, f)
	}
	return fs
}()

// shape returns the code points of the glyphs HarfBuzz chooses for text, in
// logical order, and the glyph ids that have no code point in the cmap.
// Glyphs that HarfBuzz emits for ZWNJ and ZWJ are left out: it replaces
// these default-ignorable characters with an invisible space glyph.
func (o *oracle) shape(text string) ([]rune, []font.GID) {
	buf := harfbuzz.NewBuffer()
	rs := []rune(text)
	buf.AddRunes(rs, 0, len(rs))
	buf.Props = harfbuzz.SegmentProperties{
		Direction: harfbuzz.RightToLeft,
		Script:    language.Arabic,
		Language:  language.NewLanguage("fa"),
	}
	buf.Shape(o.hb, features)
	var out []rune
	var unmapped []font.GID
	for i := len(buf.Info) - 1; i >= 0; i-- { // visual to logical order
		if c := rs[buf.Info[i].Cluster]; c == '\u200C' || c == '\u200D' {
			continue
		}
		g := font.GID(buf.Info[i].Glyph)
		r, ok := o.reverse[g]
		if !ok {
			unmapped = append(unmapped, g)
			continue
		}
		out = append(out, r)
	}
	return out, unmapped
}

// canonical maps each rune of s to the code point that the oracle's reverse
// cmap gives for its glyph, so that a base letter and a presentation form
// drawn with the same glyph compare equal. ZWNJ and ZWJ are left out, as
// in shape.
func (o *oracle) canonical(s string) []rune {
	var out []rune
	for _, r := range s {
		if r == '\u200C' || r == '\u200D' {
			continue
		}
		g, ok := o.face.NominalGlyph(r)
		if !ok {
			out = append(out, r)
			continue
		}
		out = append(out, o.reverse[g])
	}
	return out
}
