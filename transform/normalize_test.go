package transform

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"arabic yeh and kaf", "كيك يزد", "کیک یزد"},
		{"alef maksura and teh marbuta", "مصطفى مدرسة", "مصطفی مدرسه"},
		{"urdu yeh barree", "رئیسے", "رئیسی"},
		{"arabic-indic digits become persian", "٢٦ اسفند ١٣٩٦", "۲۶ اسفند ۱۳۹۶"},
		{"ascii digits kept", "1397/8/15", "1397/8/15"},
		{"diacritics removed", "مُحَمَّد", "محمد"},
		{"tatweel removed", "مـــدیر", "مدیر"},
		{"nbsp and odd spaces folded", "a\u00a0\u00a0b\u2009c\u202fd", "a b c d"},
		{"spaces collapsed and trimmed", "  سلام   دنیا \t ", "سلام دنیا"},
		{"one newline kept", "الف \n ب", "الف\nب"},
		{"blank lines collapsed", "الف\n\n\n\nب", "الف\n\nب"},
		{"crlf", "الف\r\nب", "الف\nب"},
		{"double zwnj", "برنامه\u200c\u200cریزی", "برنامه\u200cریزی"},
		{"zwnj next to space dropped", "می\u200c خواهم", "می خواهم"},
		{"zwnj at ends dropped", "\u200cسلام\u200c", "سلام"},
		{"zwnj before punctuation dropped", "ها\u200c،", "ها،"},
		{"zwsp as zwnj", "می\u200bخواهم", "می\u200cخواهم"},
		{"bidi marks and bom removed", "\ufeff\u200fسلام\u202a", "سلام"},
		{"presentation forms", "\ufef7\ufe8e", "لأا"},
		{"invalid utf8 dropped", "a\xffb", "ab"},
		{"control chars dropped", "a\x00b\x1bc", "abc"},
		{"heh with hamza", "خانۀ", "خانه"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Normalize(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestNormalizeKey(t *testing.T) {
	tests := []struct {
		name string
		in   []string
	}{
		{"zwnj space or nothing", []string{"برنامه‌ریزی", "برنامه ریزی", "برنامهریزی"}},
		{"yeh with hamza", []string{"رئیس", "رییس"}},
		{"digits", []string{"۱۲", "12", "١٢"}},
		{"arabic letters", []string{"كوار ي", "کوار ی"}},
		{"alef forms", []string{"آی سی تی", "ای سی تی"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := NormalizeKey(tt.in[0])
			for _, s := range tt.in[1:] {
				if got := NormalizeKey(s); got != want {
					t.Errorf("NormalizeKey(%q) = %q, want %q (as for %q)", s, got, want, tt.in[0])
				}
			}
		})
	}
}

func TestSourceOffset(t *testing.T) {
	orig := "  رئيس\u00a0\u00a0اداره  پست\u200c\u200cها "
	n := NormalizeOffsets(orig)
	if n.Text != "رئیس اداره پست\u200cها" {
		t.Fatalf("Text = %q", n.Text)
	}
	origRunes := []rune(orig)
	normRunes := []rune(n.Text)
	tests := []struct {
		name       string
		start, end int
		want       string
	}{
		{"first word", 0, 4, "رئيس"},
		{"second word", 5, 10, "اداره"},
		{"third word", 11, 14, "پست"},
		{"suffix", 15, 17, "ها"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(normRunes[tt.start:tt.end]); NormalizeKey(got) != NormalizeKey(tt.want) {
				t.Fatalf("normalised span = %q, want %q", got, tt.want)
			}
			s, e := n.SourceOffset(tt.start), n.SourceOffset(tt.end)
			got := []rune(orig)[s:e]
			if want := []rune(tt.want); string(got[:len(want)]) != tt.want {
				t.Errorf("source span [%d,%d) = %q, want prefix %q", s, e, string(got), tt.want)
			}
		})
	}
	if got := n.SourceOffset(n.Len() + 5); got != len(origRunes) {
		t.Errorf("SourceOffset past end = %d, want %d", got, len(origRunes))
	}
	if got := n.SourceOffset(-1); got != 0 {
		t.Errorf("SourceOffset(-1) = %d, want 0", got)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "كيك", "برنامه\u200c\u200c ریزی", "\u00a0\n\n\r\n", "\ufef7\ufdf2", "a\xffb",
		"مُحَمَّد ١٢", "\u200c\u200c", "ﱞ", "رئیس\u06c0\u0654",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeOffsets(s)
		if !utf8.ValidString(n.Text) {
			t.Fatalf("Normalize(%q) is not valid UTF-8: %q", s, n.Text)
		}
		if again := Normalize(n.Text); again != n.Text {
			t.Fatalf("Normalize not idempotent on %q: %q then %q", s, n.Text, again)
		}
		if n.Len() != utf8.RuneCountInString(n.Text) {
			t.Fatalf("Len = %d, want %d", n.Len(), utf8.RuneCountInString(n.Text))
		}
		total := utf8.RuneCountInString(s)
		prev := 0
		for i := 0; i <= n.Len(); i++ {
			o := n.SourceOffset(i)
			if o < prev || o > total {
				t.Fatalf("SourceOffset(%d) = %d out of order (prev %d, total %d)", i, o, prev, total)
			}
			prev = o
		}
		_ = NormalizeKey(s)
	})
}
