package rtl

import "strings"

// Prepare wraps a right-to-left paragraph s into lines no wider than width
// and returns them shaped and in display order, ready to be drawn one run
// per line, aligned to the right, top line first. It is PrepareDir with rtl
// true.
//
// measure gives the drawn width of a string (fpdf's GetStringWidth with the
// font and size set); has tells which code points the font draws
// ([govwatch/report/fonts.Has] for the embedded font), or nil for all.
func Prepare(s string, width float64, measure func(string) float64, has func(rune) bool) []string {
	return PrepareDir(s, width, measure, has, true)
}

// PrepareDir is [Prepare] for a paragraph direction of right to left (rtl
// true) or left to right (rtl false, for English text with Persian names in
// it, drawn aligned to the left). It wraps s in logical order as [Lines]
// does, but measuring with the shaping that has allows, then shapes each
// line with [Shape] and orders it with [VisualDir].
func PrepareDir(s string, width float64, measure func(string) float64, has func(rune) bool, rtl bool) []string {
	lines := wrap(s, width, measure, has)
	for i, l := range lines {
		lines[i] = VisualDir(Shape(l, has), rtl)
	}
	return lines
}

// PrepareLines is [PrepareDir] that also returns each line in logical order,
// unshaped (logical[i] is the text of visual[i]), for a PDF's ActualText so that
// text extraction gives back the letters as written.
func PrepareLines(s string, width float64, measure func(string) float64, has func(rune) bool, rtl bool) (visual, logical []string) {
	logical = wrap(s, width, measure, has)
	visual = make([]string, len(logical))
	for i, l := range logical {
		visual[i] = VisualDir(Shape(l, has), rtl)
	}
	return visual, logical
}

// unmirror are the paired characters the display order mirrors.
var unmirror = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '<': '>', '>': '<'}

// ExtractOrder returns a logical line as text extractors that reorder
// right-to-left text themselves (poppler's pdftotext, pdf.js) expect to find
// it under the drawn glyphs: in display order, as drawn, but with base letters
// instead of presentation forms and, in a right-to-left paragraph, brackets
// not mirrored, so that the extractor's own reversal gives back the logical
// text with its brackets the right way round. Used as a PDF's ActualText it
// makes the letters searchable (pdftotext … | grep کوار finds them).
func ExtractOrder(logical string, rtl bool) string {
	v := VisualDir(logical, rtl)
	if !rtl {
		return v
	}
	return strings.Map(func(r rune) rune {
		if m, ok := unmirror[r]; ok {
			return m
		}
		return r
	}, v)
}
