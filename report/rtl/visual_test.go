package rtl_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/report/rtl"
)

// rev returns s with its runes in reverse order: how a right-to-left run is
// laid out for a renderer that draws left to right.
func rev(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func TestVisual(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"one word", "گزارش", rev("گزارش")},
		{
			"issue sentence with Latin and digits",
			"گزارش ICT روستایی: 12 مورد تخلف در 3 دفتر",
			rev("دفتر") + " 3 " + rev("مورد تخلف در") + " 12 " + rev("روستایی:") + " ICT " + rev("گزارش"),
		},
		{"persian date alone", "۱۳۹۷/۰۸/۱۵", "۱۳۹۷/۰۸/۱۵"},
		{"latin date alone", "1397/8/15", "1397/8/15"},
		{"date after label", "تاریخ ثبت خبر: ۱۳۹۷/۰۸/۱۵", "۱۳۹۷/۰۸/۱۵ " + rev("تاریخ ثبت خبر:")},
		{"latin date in sentence", "جلسه 1397/8/15 برگزار شد", rev("برگزار شد") + " 1397/8/15 " + rev("جلسه")},
		{"number with thousands separator", "مبلغ 1,250,000 ریال", rev("ریال") + " 1,250,000 " + rev("مبلغ")},
		{"parentheses mirrored", "صبح امروز (سه شنبه)", "(" + rev("سه شنبه") + ") " + rev("صبح امروز")},
		{"brackets around latin", "گزارش [ICT] کوار", rev("کوار") + " [ICT] " + rev("گزارش")},
		{"guillemets mirrored", "«لغو مجوز»", "«" + rev("لغو مجوز") + "»"},
		{"latin phrase keeps order", "دفتر Rural ICT Office کوار", rev("کوار") + " Rural ICT Office " + rev("دفتر")},
		{"percent after number at start", "50% دفاتر", rev("دفاتر") + " 50%"},
		// After Arabic letters, W2 makes digits Arabic numbers, to which a
		// percent sign does not attach: it is drawn on the number's left.
		{"persian percent in sentence", "تخلف ۲۵٪ کمتر", rev("کمتر") + " ٪۲۵ " + rev("تخلف")},
		{"latin percent in sentence", "تخلف 25% کمتر", rev("کمتر") + " %25 " + rev("تخلف")},
		{"trailing space goes to the end", "کوار ", " " + rev("کوار")},
		{"explicit isolate controls removed", "کوار \u2066ICT\u2069", "ICT " + rev("کوار")},
		{"newline keeps lines apart", "الف ب\nج د", rev("الف ب") + "\n" + rev("ج د")},
		{"invalid utf8 replaced", "ب\xffپ", rev("ب\uFFFDپ")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rtl.Visual(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Visual(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestVisualShapedText(t *testing.T) {
	// Presentation forms have the bidi class of the letters they stand
	// for, so shaping first and reordering second gives the shaped letters
	// in reverse, with digits left to right.
	in := "دفتر ۱۲ پیشخوان"
	shaped := rtl.Shape(in, nil)
	want := rev(rtl.Shape("پیشخوان", nil)) + " ۱۲ " + rev(rtl.Shape("دفتر", nil))
	if diff := cmp.Diff(want, rtl.Visual(shaped)); diff != "" {
		t.Errorf("Visual(Shape(%q)) mismatch (-want +got):\n%s", in, diff)
	}
}

func TestVisualDirLTR(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want string
	}{
		{"english only", "Violations by county", "Violations by county"},
		{"persian name inside", "County کوار report", "County " + rev("کوار") + " report"},
		{"two persian words", "Office دفتر پیشخوان closed", "Office " + rev("دفتر پیشخوان") + " closed"},
		// Digits after a Persian name belong to it (W2, I1: level 2), but
		// the English after them stays at level 0.
		{"number after persian name", "County کوار: 12 cases", "County 12 :" + rev("کوار") + " cases"},
		{"number glued between", "abc ف12x", "abc 12فx"},
		{"persian name in parentheses", "County (کوار) report", "County (" + rev("کوار") + ") report"},
		{"date stays", "Registered 1397/08/15 in کوار", "Registered 1397/08/15 in " + rev("کوار")},
		{"persian digits after latin", "Case ۱۲ closed", "Case ۱۲ closed"},
		{"arabic-indic digit after latin", "x٣ ف", "xف ٣"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rtl.VisualDir(tc.in, false)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("VisualDir(%q, false) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestVisualIsPermutation(t *testing.T) {
	for _, s := range []string{
		"گزارش ICT روستایی: 12 مورد تخلف در 3 دفتر",
		"(الف) [ب] {ج} <د> «ه»",
		"County (کوار) 12% report ۱۳۹۷/۰۸/۱۵",
	} {
		for _, dir := range []bool{true, false} {
			got := []rune(rtl.VisualDir(s, dir))
			if len(got) != len([]rune(s)) {
				t.Errorf("VisualDir(%q, %v) has %d runes, want %d", s, dir, len(got), len([]rune(s)))
			}
			count := map[rune]int{}
			for _, r := range s {
				count[unmirror(r)]++
			}
			for _, r := range got {
				count[unmirror(r)]--
			}
			for r, n := range count {
				if n != 0 {
					t.Errorf("VisualDir(%q, %v): rune %q count off by %d", s, dir, r, n)
				}
			}
		}
	}
}

// unmirror maps both members of a mirrored pair to the opening one.
func unmirror(r rune) rune {
	switch r {
	case ')':
		return '('
	case ']':
		return '['
	case '}':
		return '{'
	case '>':
		return '<'
	case '»':
		return '«'
	}
	return r
}
