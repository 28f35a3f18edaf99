package rtl

import (
	"strings"
	"unicode/utf8"

	"github.com/go-text/typesetting/bidi"
	xbidi "golang.org/x/text/unicode/bidi"
)

// Visual returns one line of text, whose paragraph direction is right to
// left, in display order: the order in which a renderer that draws left to
// right must draw its characters. It is VisualDir(line, true).
func Visual(line string) string { return VisualDir(line, true) }

// VisualDir returns one line of text in display order, for a paragraph
// direction of right to left (rtl true: Persian text, possibly with Latin
// words and numbers in it) or left to right (rtl false: English text,
// possibly with a Persian name in it).
//
// It resolves embedding levels with the Unicode Bidirectional Algorithm of
// github.com/go-text/typesetting/bidi, with the paragraph direction forced,
// then reverses the right-to-left runs (rule L2) and mirrors brackets and
// other paired characters inside them (rule L4). Digits, dates such as
// 1397/08/15 and Latin words keep their left-to-right order inside
// right-to-left text, and trailing spaces go to the paragraph's end (L1).
//
// Each character of line is reordered as one unit: shape the line with
// [Shape] first, so that letters are already presentation forms. The marks
// LRM, RLM and ALM are honoured; the explicit embedding, override and
// isolate controls (U+202A–U+202E, U+2066–U+2069) are removed, as a
// renderer would not draw them. Paragraph separators such as '\n' stay where
// they are and the text between them is reordered separately. The result is
// valid UTF-8 and, but for the removed controls and mirrored characters, a
// permutation of the runes of line.
func VisualDir(line string, rtl bool) string {
	if line == "" {
		return ""
	}
	if !rtl && utf8.ValidString(line) && !hasRTL(line) && !strings.ContainsFunc(line, isExplicitControl) {
		// Left-to-right text without right-to-left characters is already
		// in display order.
		return line
	}
	rs := make([]rune, 0, len(line))
	for _, r := range line {
		if !isExplicitControl(r) {
			rs = append(rs, r)
		}
	}
	var p bidi.Paragraph
	out := make([]rune, 0, len(rs))
	start := 0
	for i, r := range rs {
		if isParagraphSeparator(r) {
			out = append(out, reorder(&p, rs[start:i], rtl)...)
			out = append(out, r)
			start = i + 1
		}
	}
	out = append(out, reorder(&p, rs[start:], rtl)...)
	return string(out)
}

// reorder returns the runes of one paragraph segment in display order. It
// reuses p and does not modify rs.
func reorder(p *bidi.Paragraph, rs []rune, rtl bool) []rune {
	if len(rs) == 0 {
		return nil
	}
	dir := bidi.LeftToRight
	if rtl {
		dir = bidi.RightToLeft
	}
	runs := p.Segment(rs, dir)
	levels := make([]bidi.Level, len(rs))
	for i := range runs.NumRuns() {
		run := runs.Run(i)
		for j := run.Start; j < run.End; j++ {
			levels[j] = run.Level
		}
	}
	if !rtl {
		refineEvenLevels(rs, levels)
	}

	out := make([]rune, len(rs))
	copy(out, rs)
	var highest, lowestOdd bidi.Level = 0, 127
	for i, l := range levels {
		highest = max(highest, l)
		if l%2 == 1 {
			lowestOdd = min(lowestOdd, l)
			out[i] = mirror(out[i])
		}
	}
	// Rule L2: from the highest level down to the lowest odd level, reverse
	// every maximal sequence of characters at that level or higher.
	for lvl := highest; lvl >= lowestOdd; lvl-- {
		for i := 0; i < len(out); {
			if levels[i] < lvl {
				i++
				continue
			}
			j := i
			for j < len(out) && levels[j] >= lvl {
				j++
			}
			reverseRunes(out[i:j], levels[i:j])
			i = j
		}
	}
	return out
}

// reverseRunes reverses rs and levels together, in place.
func reverseRunes(rs []rune, levels []bidi.Level) {
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
		levels[i], levels[j] = levels[j], levels[i]
	}
}

// refineEvenLevels corrects the levels of a left-to-right paragraph.
//
// The runs of go-text/typesetting/bidi change only where the direction
// changes, and carry the level of their first character. Without explicit
// embeddings (which VisualDir removes), a left-to-right paragraph has levels
// 0, 1 and 2, and an even run can join level-2 numbers (digits after
// Persian text) to level-0 text after them: «کوار 12 cases». This finds the
// characters of even runs that are at level 2: those that the weak-type
// rules W1–W7 resolve to a number.
func refineEvenLevels(rs []rune, levels []bidi.Level) {
	classes := make([]xbidi.Class, len(rs))
	lastStrong := xbidi.L // sos of a paragraph at level 0
	strongBefore := make([]xbidi.Class, len(rs))
	for i, r := range rs {
		p, _ := xbidi.LookupRune(r)
		classes[i] = p.Class()
		strongBefore[i] = lastStrong
		switch classes[i] {
		case xbidi.L, xbidi.R, xbidi.AL:
			lastStrong = classes[i]
		}
	}
	isNumber := make([]bool, len(rs)) // resolved EN or AN at an even level
	isEN := make([]bool, len(rs))     // resolved EN (W2 did not make it AN)
	for i := range rs {
		if levels[i]%2 != 0 {
			continue
		}
		switch classes[i] {
		case xbidi.AN:
			isNumber[i] = true
		case xbidi.EN:
			// W2 makes it AN after AL; W7 makes it L after L or sos.
			switch strongBefore[i] {
			case xbidi.AL:
				isNumber[i] = true
			case xbidi.R:
				isNumber[i], isEN[i] = true, true
			}
		}
	}
	// W4: one separator between two numbers takes their type. In an even
	// run it can only have done so, or it would have resolved to R.
	for i := 1; i+1 < len(rs); i++ {
		if levels[i]%2 == 0 && (classes[i] == xbidi.ES || classes[i] == xbidi.CS) && isNumber[i-1] && isNumber[i+1] {
			isNumber[i] = true
		}
	}
	// W5: terminators next to a European number become European numbers.
	for i := 0; i < len(rs); {
		if classes[i] != xbidi.ET || levels[i]%2 != 0 {
			i++
			continue
		}
		j := i
		for j < len(rs) && classes[j] == xbidi.ET && levels[j]%2 == 0 {
			j++
		}
		if (i > 0 && isEN[i-1]) || (j < len(rs) && isEN[j]) {
			for k := i; k < j; k++ {
				isNumber[k] = true
			}
		}
		i = j
	}
	for i := range rs {
		if levels[i]%2 != 0 {
			continue
		}
		switch {
		case isNumber[i]:
			levels[i] = 2
		case (classes[i] == xbidi.NSM || classes[i] == xbidi.BN) && i > 0 && levels[i-1]%2 == 0:
			// W1 and X9: marks and boundary neutrals follow the character
			// before them.
			levels[i] = levels[i-1]
		default:
			levels[i] = 0
		}
	}
}

// isExplicitControl reports whether r is an explicit directional embedding,
// override or isolate control.
func isExplicitControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// isParagraphSeparator reports whether r has the bidi class B.
func isParagraphSeparator(r rune) bool {
	switch r {
	case '\n', '\r', 0x1C, 0x1D, 0x1E, 0x85, 0x2029:
		return true
	}
	return false
}

// mirrorPairs lists the paired characters with the Bidi_Mirrored property
// (BidiMirroring.txt) that Persian reports use, each pair once.
const mirrorPairs = "()[]{}<>«»‹›⁅⁆⁽⁾₍₎≤≥≪≫⟨⟩⟦⟧〈〉《》「」『』【】〔〕"

// mirrors maps each character of mirrorPairs to its partner.
var mirrors = func() map[rune]rune {
	rs := []rune(mirrorPairs)
	m := make(map[rune]rune, len(rs))
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]], m[rs[i+1]] = rs[i+1], rs[i]
	}
	return m
}()

// mirror returns the mirrored partner of r, or r if it has none.
func mirror(r rune) rune {
	if m, ok := mirrors[r]; ok {
		return m
	}
	return r
}

// hasRTL reports whether s holds a character of a right-to-left class.
func hasRTL(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		p, _ := xbidi.LookupRune(r)
		c := p.Class()
		return c == xbidi.R || c == xbidi.AL || c == xbidi.AN
	})
}
