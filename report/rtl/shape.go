package rtl

import (
	"strings"
	"unicode/utf8"
)

// Shape returns s with every Arabic-script letter replaced by the
// presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF) that its neighbours call
// for, in logical order, so that a renderer without OpenType shaping, such
// as fpdf, draws the letters joined.
//
// The form of a letter follows its Unicode joining type and that of the
// nearest non-transparent characters on either side: a dual-joining letter
// takes its initial, medial, final or isolated form, a right-joining letter
// its final or isolated form. Harakat and other nonspacing marks are
// transparent: they are kept where they are and do not break joining.
// Tatweel and ZWJ (U+200D) cause joining; ZWNJ (U+200C) breaks it. A lam
// followed by an alef (ا آ أ إ), possibly with marks between them, becomes
// one lam-alef ligature, with the marks after it. Persian letters
// (پ چ ژ گ ک ی and others of the block) are shaped like the rest.
//
// has reports whether the font can draw a code point; nil means it can draw
// everything. A presentation form for which has is false falls back to the
// base letter, and a missing lam-alef ligature falls back to lam and alef
// shaped separately. ZWJ and ZWNJ are kept when has reports them (a font
// such as Vazirmatn draws them invisible) and dropped otherwise; dropping
// them never changes the forms chosen.
//
// Characters outside the Arabic block pass through unchanged, and the result
// stays in logical order: apply [Visual] to a shaped line to order it for
// display. The result is valid UTF-8 (invalid bytes in s become U+FFFD) and
// never has more runes than s: one fewer for each ligature and each dropped
// joiner control.
func Shape(s string, has func(rune) bool) string {
	if has == nil {
		has = func(rune) bool { return true }
	}
	if !needsShaping(s) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		t := joiningTypeOf(r)
		if r == zwnj || r == zwj {
			if has(r) {
				b.WriteRune(r)
			}
			continue
		}
		if t != joinRight && t != joinDual {
			b.WriteRune(r)
			continue
		}
		before := joinsBefore(rs, i)
		if r == lam {
			if j := nextSolid(rs, i); j >= 0 {
				if lig, ok := lamAlef[rs[j]]; ok {
					form := lig[isolated]
					if before {
						form = lig[final]
					}
					if has(form) {
						b.WriteRune(form)
						// The marks between lam and alef now sit on the
						// ligature.
						for _, m := range rs[i+1 : j] {
							b.WriteRune(m)
						}
						i = j
						continue
					}
				}
			}
		}
		after := t == joinDual && joinsAfter(rs, i)
		idx := isolated
		switch {
		case before && after:
			idx = medial
		case before:
			idx = final
		case after:
			idx = initial
		}
		b.WriteRune(presentationForm(r, idx, has))
	}
	return b.String()
}

// presentationForm returns the form idx of the letter r if Unicode encodes
// it and has reports it, and r itself otherwise.
func presentationForm(r rune, idx int, has func(rune) bool) rune {
	f, ok := forms[r]
	if !ok {
		return r
	}
	if form := f[idx]; form != 0 && has(form) {
		return form
	}
	return r
}

// needsShaping reports whether s is valid UTF-8 that holds a character
// Shape may change: an Arabic-block character or a joiner control.
func needsShaping(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF || r == zwnj || r == zwj {
			return true
		}
	}
	return false
}

// prevSolid returns the index of the nearest character before i that is not
// transparent, or -1.
func prevSolid(rs []rune, i int) int {
	for j := i - 1; j >= 0; j-- {
		if joiningTypeOf(rs[j]) != joinTransparent {
			return j
		}
	}
	return -1
}

// nextSolid returns the index of the nearest character after i that is not
// transparent, or -1.
func nextSolid(rs []rune, i int) int {
	for j := i + 1; j < len(rs); j++ {
		if joiningTypeOf(rs[j]) != joinTransparent {
			return j
		}
	}
	return -1
}

// joinsBefore reports whether the letter at i connects to the character
// before it in logical order: that character is dual-joining or
// join-causing.
func joinsBefore(rs []rune, i int) bool {
	j := prevSolid(rs, i)
	if j < 0 {
		return false
	}
	t := joiningTypeOf(rs[j])
	return t == joinDual || t == joinCausing
}

// joinsAfter reports whether the letter at i connects to the character after
// it in logical order: that character is right-joining, dual-joining or
// join-causing.
func joinsAfter(rs []rune, i int) bool {
	j := nextSolid(rs, i)
	if j < 0 {
		return false
	}
	t := joiningTypeOf(rs[j])
	return t == joinRight || t == joinDual || t == joinCausing
}
