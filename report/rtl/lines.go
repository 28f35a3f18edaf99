package rtl

import (
	"strings"
	"unicode"
)

// Lines wraps s into lines no wider than width, in logical order, and
// returns them. It is meant for right-to-left and mixed text alike: wrap
// first, then give each line to [Shape] and [Visual] (or use [Prepare]).
//
// measure returns the drawn width of a string, in the same unit as width;
// with fpdf use Fpdf.GetStringWidth (not SplitText, which counts zero-width
// glyphs such as ZWNJ and harakat as very wide). Lines measures each
// candidate line after shaping it with Shape(line, nil), since shaped
// letters are narrower than isolated ones.
//
// Every '\n' (with an optional '\r' before it) ends a paragraph; an empty
// paragraph gives an empty line. Inside a paragraph, lines break at spaces,
// and each run of spaces becomes one space; ZWNJ and the no-break spaces
// (U+00A0, U+2007, U+202F) do not break. A word wider than width is broken
// between characters, never between a letter and its marks; only a single
// character wider than width gives a line wider than width. A blank s gives
// no lines.
//
// Lines keeps the words and their order, and it is idempotent: wrapping any
// returned line again gives that line back.
func Lines(s string, width float64, measure func(string) float64) []string {
	return wrap(s, width, measure, nil)
}

// wrap is Lines with shaping for a font whose coverage is has.
func wrap(s string, width float64, measure func(string) float64, has func(rune) bool) []string {
	if strings.TrimFunc(s, isBreakSpace) == "" {
		return nil
	}
	fits := func(line string) bool { return measure(Shape(line, has)) <= width }
	var out []string
	for para := range strings.SplitSeq(s, "\n") {
		para = strings.TrimSuffix(para, "\r")
		words := strings.FieldsFunc(para, isBreakSpace)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		line := ""
		for _, w := range words {
			if line != "" {
				if cand := line + " " + w; fits(cand) {
					line = cand
					continue
				}
				out = append(out, line)
				line = ""
			}
			if fits(w) {
				line = w
				continue
			}
			pieces := breakWord(w, fits)
			out = append(out, pieces[:len(pieces)-1]...)
			line = pieces[len(pieces)-1]
		}
		out = append(out, line)
	}
	return out
}

// breakWord splits a word that does not fit into pieces that do, greedily,
// at cluster boundaries: a base character with the marks and joiner
// controls after it stays whole. Each piece holds at least one cluster.
func breakWord(w string, fits func(string) bool) []string {
	clusters := splitClusters(w)
	var pieces []string
	for len(clusters) > 0 {
		n := 1
		for n < len(clusters) && fits(strings.Join(clusters[:n+1], "")) {
			n++
		}
		pieces = append(pieces, strings.Join(clusters[:n], ""))
		clusters = clusters[n:]
	}
	return pieces
}

// splitClusters splits w into clusters: each starts with a character that is
// not transparent for joining (a letter, digit or sign) and takes the
// transparent characters after it, such as harakat, ZWJ and format
// characters, and a ZWNJ.
func splitClusters(w string) []string {
	var out []string
	start := 0
	for i, r := range w {
		if i == 0 || r == zwnj || joiningTypeOf(r) == joinTransparent || r == zwj {
			continue
		}
		out = append(out, w[start:i])
		start = i
	}
	return append(out, w[start:])
}

// isBreakSpace reports whether a line may break at r: white space other than
// the no-break spaces.
func isBreakSpace(r rune) bool {
	switch r {
	case 0x00A0, 0x2007, 0x202F:
		return false
	}
	return unicode.IsSpace(r)
}
