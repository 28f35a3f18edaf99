package extract

import (
	"strings"
	"testing"
	"unicode"
)

// collapseReference is the plain definition of collapse: drop U+FEFF and
// control characters that are not white space, then join the fields.
func collapseReference(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\uFEFF' || (unicode.IsControl(r) && !unicode.IsSpace(r)) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

var collapseCases = []string{
	"", " ", "abc", "  a  b  ", "a\u00a0\u00a0b", "\tتاریخ ثبت خبر:\u00a0 1397/8/15\r\n",
	"a\uFEFFb", "a \uFEFF b", "a\x00b", "a\x7f b", "\u0085a\u0085", "a\u2003b\u3000",
	"bad \xff utf-8\xc3", "literal \uFFFD", "x\u200cy", "\u200f\u200e", "\x1b[0m",
}

func TestCollapseMatchesReference(t *testing.T) {
	for _, s := range collapseCases {
		t.Run(s, func(t *testing.T) {
			want := collapseReference(s)
			if got := collapse(s); got != want {
				t.Errorf("collapse(%q) = %q, want %q", s, got, want)
			}
			// Fed one character at a time, the collapser gives the same
			// text (an invalid byte comes through range as U+FFFD, as
			// collapse writes it).
			var c collapser
			for _, r := range s {
				c.write(string(r))
			}
			if got := string(c.buf); got != want {
				t.Errorf("rune by rune %q = %q, want %q", s, got, want)
			}
		})
	}
}

func FuzzCollapse(f *testing.F) {
	for _, s := range collapseCases {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		want := collapseReference(s)
		if got := collapse(s); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
		if cut < 0 || cut > len(s) {
			return
		}
		// A cut inside a multi-byte character splits it into invalid bytes,
		// which differ from the whole character; cut only between runes.
		for cut > 0 && cut < len(s) && s[cut]&0xc0 == 0x80 {
			cut--
		}
		var c collapser
		c.write(s[:cut])
		c.write(s[cut:])
		if got := string(c.buf); got != want {
			t.Fatalf("in two pieces at %d: %q, want %q", cut, got, want)
		}
	})
}

// TestRuneClass holds the table-driven letter, digit and mark tests to the
// unicode package's on every rune.
func TestRuneClass(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		ld := unicode.IsLetter(r) || unicode.IsDigit(r)
		if got := isLetterOrDigit(r); got != ld {
			t.Fatalf("isLetterOrDigit(%U) = %v, want %v", r, got, ld)
		}
		if got, want := isWordRune(r), ld || unicode.Is(unicode.Mn, r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestTitleFitsSame holds titleFits of a title and the same text to the token
// scores it stands for: true when the text has a word, false when it has none.
func TestTitleFitsSame(t *testing.T) {
	for _, s := range []string{"", " ", "«»", "- ، .", "خبر", "استاندار فارس گفت", "Title 2", "ٌ", "۱۴۰۲"} {
		got, want := tokenSet(s), tokenSet(s)
		slow := tokenF1(got, want) >= 0.5 || hintContainment(got, want) > 0
		if fast := titleFits(s, s); fast != slow {
			t.Errorf("titleFits(%q, same) = %v, want %v", s, fast, slow)
		}
	}
}
