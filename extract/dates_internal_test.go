package extract

import (
	"strings"
	"testing"
)

// TestHasYearDigits checks the cheap test findDates runs before its regular
// expression: it must say yes to every text where a date can be found.
func TestHasYearDigits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"", false},
		{"بدون عدد", false},
		{"سه مورد ۱۲ و 345", false},
		{"1397/8/15", true},
		{"۱۳۹۷/۸/۱۵", true},
		{"٢٠١٨-١١-٠٦", true},
		{"۱3۹7", true},       // mixed digit sets, as dateRE allows
		{"12345/1/2", false}, // five digits are no year
		{"x 1397/8/15", true},
		{"۱۵ آبان ۱۳۹۷", true},
		{"6 November 2018", true},
		{"12 34 56 78", false},
		{"x\xdb", false}, // a cut rune at the end
	} {
		if got := hasYearDigits(tc.in); got != tc.want {
			t.Errorf("hasYearDigits(%q) = %v, want %v", tc.in, got, tc.want)
		}
		if !tc.want && len(findDates(tc.in)) > 0 {
			t.Errorf("findDates(%q) finds a date where hasYearDigits says none can be", tc.in)
		}
	}
}

// TestWordsAtMost checks the bounded word count against tokenize.
func TestWordsAtMost(t *testing.T) {
	texts := []string{
		"", "  ", "تاریخ انتشار: ۱۳۹۷/۸/۱۵",
		"به گزارش روابط عمومی فرمانداری، جلسه شورای اداری شهرستان صبح امروز برگزار شد و اعضا گزارش دادند",
		"آخرین‌ویرایش — 2018-11-06 ساعت 10:30", "a-b-c d.e", "مُحَمَّد رضا",
	}
	for _, s := range texts {
		n := len(tokenize(s))
		for _, limit := range []int{0, 1, 3, 5, 12, 20} {
			if got, want := wordsAtMost(s, limit), n <= limit; got != want {
				t.Errorf("wordsAtMost(%q, %d) = %v; tokenize gives %d words", s, limit, got, n)
			}
		}
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// findDatesPlain is findDates without its shortcuts: the regular expression
// from the start of the text and after each match.
func findDatesPlain(s string) []dateMatch {
	f := foldYK(s)
	var out []dateMatch
	for from := 0; from < len(f); {
		loc := dateRE.FindStringSubmatchIndex(f[from:])
		if loc == nil {
			break
		}
		start, end := from+loc[2], from+loc[3]
		if d, ok := plausibleDate(f[start:end]); ok {
			out = append(out, dateMatch{start: start, end: end, jalali: d})
		}
		from = end
	}
	return out
}

// TestFindDatesShortcuts checks that the shortcuts of findDates (no search
// without a four-digit run, the search started at the first place a date can
// start) find what the plain search finds, on texts pieced together from
// dates, near-dates, digits and words.
func TestFindDatesShortcuts(t *testing.T) {
	pieces := []string{
		"1397/8/15", "۱۳۹۷/۰۸/۱۵", "٢٠١٨-١١-٠٦", "2018.11.06", "12345/1/2", "1397/13/1",
		"۱۵ آبان ۱۳۹۷", "۱۵ آبان‌ماه ۱۳۹۷", "6 November 2018", "November 6, 2018", "Nov. 6 2018",
		"تاریخ ثبت خبر:", "فرماندار", "سال", "۱۲", "7", "A", "x", " ", "\u200c", "\u00a0", "/", "-", "،", "كريم",
	}
	seed := uint32(1)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	for i := range 3000 {
		var b strings.Builder
		for range 1 + next(12) {
			b.WriteString(pieces[next(len(pieces))])
			if next(3) > 0 {
				b.WriteString(" ")
			}
		}
		s := b.String()
		got, want := findDates(s), findDatesPlain(s)
		if len(got) != len(want) {
			t.Fatalf("text %d %q: findDates %v, plain search %v", i, s, got, want)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("text %d %q: findDates %v, plain search %v", i, s, got, want)
			}
		}
	}
}
