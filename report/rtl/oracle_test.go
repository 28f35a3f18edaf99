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
// ligatures, kerning) so that only the forms Unicode encodes remain: init,
// medi, fina, isol and the required lam-alef ligature.
var features = mustFeatures("calt=0", "liga=0", "clig=0", "dlig=0", "kern=0", "ss01=0")

// ligaFeatures is features with standard ligatures on. Vazirmatn files the
// lam-alef ligatures with hamza or madda (لأ لإ لآ), which Unicode makes
// obligatory, under 'liga', next to optional ones such as the Allah
// ligature (U+FDF2) that Shape does not make.
var ligaFeatures = mustFeatures("calt=0", "clig=0", "dlig=0", "kern=0", "ss01=0")

func mustFeatures(specs ...string) []harfbuzz.Feature {
	var fs []harfbuzz.Feature
	for _, s := range specs {
		f, err := harfbuzz.ParseFeature(s)
		if err != nil {
			panic(err)
		}
		fs = append(fs, f)
	}
	return fs
}

// shape returns the code points of the glyphs HarfBuzz chooses for text, in
// logical order, and the glyph ids that have no code point in the cmap.
// Glyphs without advance are left out: HarfBuzz draws ZWNJ and ZWJ as an
// invisible space glyph, and it may fuse harakat into mark ligatures that
// no code point maps to; TestShape checks marks and joiners instead.
func (o *oracle) shape(text string, liga bool) ([]rune, []font.GID) {
	buf := harfbuzz.NewBuffer()
	rs := []rune(text)
	buf.AddRunes(rs, 0, len(rs))
	buf.Props = harfbuzz.SegmentProperties{
		Direction: harfbuzz.RightToLeft,
		Script:    language.Arabic,
		Language:  language.NewLanguage("fa"),
	}
	fs := features
	if liga {
		fs = ligaFeatures
	}
	buf.Shape(o.hb, fs)
	var out []rune
	var unmapped []font.GID
	for i := len(buf.Info) - 1; i >= 0; i-- { // visual to logical order
		if buf.Pos[i].XAdvance == 0 {
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
// drawn with the same glyph compare equal. Glyphs without advance (marks,
// joiner controls) are left out, as in shape.
func (o *oracle) canonical(s string) []rune {
	var out []rune
	for _, r := range s {
		g, ok := o.face.NominalGlyph(r)
		if !ok {
			out = append(out, r)
			continue
		}
		if o.face.HorizontalAdvance(g) == 0 {
			continue
		}
		out = append(out, o.reverse[g])
	}
	return out
}
