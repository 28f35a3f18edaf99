package rtl

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"govwatch/report/fonts"
)

// baseOf maps every presentation form that Shape emits back to the letters
// it stands for.
var baseOf = func() map[rune][]rune {
	m := map[rune][]rune{}
	for base, fs := range forms {
		for _, f := range fs {
			if f != 0 {
				m[f] = []rune{base}
			}
		}
	}
	for alef, ligs := range lamAlef {
		for _, f := range ligs {
			m[f] = []rune{lam, alef}
		}
	}
	return m
}()

// letters returns the runes of s with presentation forms replaced by their
// letters, and with marks and joiner controls left out: what Shape must
// preserve.
func letters(rs []rune) []rune {
	var out []rune
	for _, r := range rs {
		if b, ok := baseOf[r]; ok {
			out = append(out, b...)
			continue
		}
		if r == zwj || r == zwnj || unicode.Is(unicode.Mn, r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

var fuzzSeeds = []string{
	"", "گزارش ICT روستایی: 12 مورد تخلف در 3 دفتر", "۱۳۹۷/۰۸/۱۵", "1397/8/15",
	"لا الله", "برنامه‌ریزی", "سه‌شنبه", "مُحَمَّد", "لَا", "ه\u200d", "ـبـ",
	"(کوار) [ICT] {x} «لغو»", "County کوار: 12 cases", "x٣ ف", "\u2066ICT\u2069 کوار",
	"الف\nب\r\nج", "ب\xffپ", "\uFE91\uFE90", "50% ۲۵٪",
}

func FuzzShape(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	none := func(rune) bool { return false }
	f.Fuzz(func(t *testing.T, s string) {
		in := []rune(s) // invalid bytes become U+FFFD, as in Shape
		for _, tc := range []struct {
			name string
			has  func(rune) bool
		}{{"all", nil}, {"vazirmatn", fonts.Has}, {"none", none}} {
			out := Shape(s, tc.has)
			if !utf8.ValidString(out) {
				t.Fatalf("%s: Shape(%q) = %q, not valid UTF-8", tc.name, s, out)
			}
			got := []rune(out)
			if len(got) > len(in) {
				t.Fatalf("%s: Shape(%q) has %d runes, more than the input's %d", tc.name, s, len(got), len(in))
			}
			if !slices.Equal(letters(got), letters(in)) {
				t.Fatalf("%s: Shape(%q) = %q changes the letters", tc.name, s, out)
			}
			if tc.has == nil && len(got) != len(in)-countLigatures(in) {
				t.Fatalf("all: Shape(%q) has %d runes, want %d minus ligatures", s, len(got), len(in))
			}
			for _, r := range got {
				if _, shaped := baseOf[r]; shaped && tc.has != nil && !tc.has(r) && !slices.Contains(in, r) {
					t.Fatalf("%s: Shape(%q) emitted %U, which has rejects", tc.name, s, r)
				}
			}
		}
	})
}

// countLigatures counts the lam-alef pairs (with only marks between them)
// in rs, each of which Shape joins into one rune when the font has it.
func countLigatures(rs []rune) int {
	n := 0
	for i := 0; i < len(rs); i++ {
		if rs[i] != lam {
			continue
		}
		if j := nextSolid(rs, i); j >= 0 {
			if _, ok := lamAlef[rs[j]]; ok {
				n++
				i = j
			}
		}
	}
	return n
}

func FuzzVisual(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, rtl bool) {
		out := VisualDir(s, rtl)
		if !utf8.ValidString(out) {
			t.Fatalf("VisualDir(%q, %v) = %q, not valid UTF-8", s, rtl, out)
		}
		var want []rune
		for _, r := range s {
			if !isExplicitControl(r) {
				want = append(want, mirror(r), r)
			}
		}
		got := []rune(out)
		if len(got) != len(want)/2 {
			t.Fatalf("VisualDir(%q, %v) has %d runes, want %d", s, rtl, len(got), len(want)/2)
		}
		// A permutation of the input, up to mirroring: compare sorted
		// multisets with each rune folded to the lesser of its pair.
		fold := func(r rune) rune { return min(r, mirror(r)) }
		a, b := make([]rune, 0, len(got)), make([]rune, 0, len(got))
		for i := 0; i < len(want); i += 2 {
			a = append(a, fold(want[i+1]))
		}
		for _, r := range got {
			b = append(b, fold(r))
		}
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			t.Fatalf("VisualDir(%q, %v) = %q is not a permutation of the input", s, rtl, out)
		}
		if !rtl && !hasRTL(s) && utf8.ValidString(s) && !strings.ContainsFunc(s, isExplicitControl) && out != s {
			t.Fatalf("VisualDir(%q, false) = %q, want left-to-right text unchanged", s, out)
		}
	})
}
