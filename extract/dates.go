package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A printed date: the forms Iranian portals print, Jalali with digits
// (1397/08/15, ۱۳۹۷-۸-۱۵) or month names (۱۵ آبان ۱۳۹۷, ۱۵ آبان‌ماه ۱۳۹۷),
// Gregorian with digits (2018-11-06, 2018/11/06) or English month names
// (6 November 2018, November 6, 2018). Matching runs on the text with Arabic
// yeh and kaf folded to their Persian forms, which keeps byte offsets.
const (
	sp         = `[\s\x{00a0}\x{200c}\x{200f}\x{200e}]`
	digit      = `[0-9۰-۹٠-٩]`
	jalaliMon  = `فروردین|اردیبهشت|خرداد|تیر|امرداد|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند`
	gregMon    = `January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`
	numericYMD = `(` + digit + `{4})` + sp + `*[/\-.]` + sp + `*(` + digit + `{1,2})` + sp + `*[/\-.]` + sp + `*(` + digit + `{1,2})`
	namedJal   = `(` + digit + `{1,2})` + sp + `+(` + jalaliMon + `)(?:` + sp + `*ماه)?` + sp + `+(` + digit + `{4})`
	namedGreg1 = `(` + digit + `{1,2})` + sp + `+(` + gregMon + `)\.?,?` + sp + `+(` + digit + `{4})`
	namedGreg2 = `(` + gregMon + `)\.?` + sp + `+(` + digit + `{1,2}),?` + sp + `+(` + digit + `{4})`
)

var dateRE = regexp.MustCompile(`(?:^|[^0-9۰-۹٠-٩])(` + numericYMD + `|` + namedJal + `|` + namedGreg1 + `|` + namedGreg2 + `)(?:$|[^0-9۰-۹٠-٩])`)

// dateMatch is one date found in a text: [start, end) in bytes of the text,
// and whether it is a Jalali date.
type dateMatch struct {
	start, end int
	jalali     bool
}

// findDates returns the plausible dates in s, in order: a numeric date
// whose year is 1300–1499 is Jalali, 1900–2099 Gregorian; months 1–12 and
// days 1–31.
func findDates(s string) []dateMatch {
	if !hasYearDigits(s) {
		return nil // every form holds a year of four digits
	}
	f := foldYK(s)
	var out []dateMatch
	for from := 0; from < len(f); {
		// A date starts with a digit or an English month name, so the
		// search may start at the rune before the first of those: the
		// regular expression then sees the same character before it.
		at := from
		if c := dateStart(f, from); c < 0 {
			break
		} else if c > from {
			_, size := utf8.DecodeLastRuneInString(f[:c])
			at = c - size
		}
		loc := dateRE.FindStringSubmatchIndex(f[at:])
		if loc == nil {
			break
		}
		start, end := at+loc[2], at+loc[3]
		m := f[start:end]
		if d, ok := plausibleDate(m); ok {
			out = append(out, dateMatch{start: start, end: end, jalali: d})
		}
		from = end
	}
	return out
}

// hasYearDigits reports whether s holds a run of exactly four digits (of
// any of the three digit sets, mixed, as dateRE allows), which every date
// form has as its year; the regular expression is costly on long text and
// cannot match without one.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i <= len(s); {
		if n := digitLen(s, i); n > 0 {
			run++
			i += n
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
		i++
	}
	return false
}

// digitLen returns the byte length of the digit at s[i] (ASCII, Persian ۰-۹
// U+06F0–U+06F9 or Arabic-Indic ٠-٩ U+0660–U+0669), or 0.
func digitLen(s string, i int) int {
	switch {
	case i >= len(s):
		return 0
	case s[i] >= '0' && s[i] <= '9':
		return 1
	case i+1 < len(s) && (s[i] == 0xDB && s[i+1] >= 0xB0 && s[i+1] <= 0xB9 ||
		s[i] == 0xD9 && s[i+1] >= 0xA0 && s[i+1] <= 0xA9):
		return 2
	}
	return 0
}

// dateStart returns the index of the first byte at or after from where a
// date can start (a digit, or a capital Latin letter opening an English
// month name), or -1.
func dateStart(s string, from int) int {
	for i := from; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || digitLen(s, i) > 0 {
			return i
		}
	}
	return -1
}

// plausibleDate checks a matched date and says whether it is Jalali.
func plausibleDate(m string) (jalali, ok bool) {
	nums := digitRuns(m)
	named := strings.IndexFunc(m, func(r rune) bool { return r >= 'A' && r <= 'z' || r >= 0x0621 && r <= 0x06cc }) >= 0
	switch {
	case named && len(nums) == 2:
		day, year := nums[0], nums[1]
		if containsJalaliMonth(m) {
			return true, year >= 1300 && year < 1500 && day >= 1 && day <= 31
		}
		return false, year >= 1900 && year < 2100 && day >= 1 && day <= 31
	case !named && len(nums) == 3:
		y, mo, d := nums[0], nums[1], nums[2]
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			return false, false
		}
		switch {
		case y >= 1300 && y < 1500:
			return true, true
		case y >= 1900 && y < 2100:
			return false, true
		}
	}
	return false, false
}

var jalaliMonthRE = regexp.MustCompile(jalaliMon)

func containsJalaliMonth(s string) bool { return jalaliMonthRE.MatchString(s) }

// digitRuns returns the numbers written in s, in any of the three digit sets.
func digitRuns(s string) []int {
	var out []int
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			n, _ := strconv.Atoi(b.String())
			out = append(out, n)
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		default:
			flush()
		}
	}
	flush()
	return out
}

// firstDate returns the first plausible date printed in s, Jalali before
// Gregorian when s holds both, or "".
func firstDate(s string) string {
	ds := findDates(s)
	for _, d := range ds {
		if d.jalali {
			return s[d.start:d.end]
		}
	}
	if len(ds) > 0 {
		return s[ds[0].start:ds[0].end]
	}
	return ""
}

// foldYK maps Arabic yeh and kaf to their Persian forms; every rune keeps
// its byte length.
func foldYK(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ي', 'ى':
			return 'ی'
		case 'ك':
			return 'ک'
		}
		return r
	}, s)
}

// dateValue returns the year, month and day of a date printed in one of the
// forms findDates finds; ok is false for anything else.
func dateValue(s string) (y, m, d int, ok bool) {
	f := foldYK(s)
	nums := digitRuns(f)
	if loc := jalaliMonthRE.FindStringIndex(f); loc != nil && len(nums) == 2 {
		name := f[loc[0]:loc[1]]
		for i, mn := range strings.Split(jalaliMon, "|") {
			if mn == name {
				m = []int{1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12}[i] // امرداد and مرداد are both 5
				return nums[1], m, nums[0], true
			}
		}
	}
	if loc := gregMonthRE.FindStringIndex(f); loc != nil && len(nums) == 2 {
		name := strings.ToLower(f[loc[0]:loc[1]])[:3]
		for i, mn := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
			if mn == name {
				return nums[1], i + 1, nums[0], true
			}
		}
	}
	if len(nums) == 3 {
		return nums[0], nums[1], nums[2], true
	}
	return 0, 0, 0, false
}

var gregMonthRE = regexp.MustCompile(gregMon)

// sameDay reports whether two printed dates name the same day (in the same
// calendar's numbers).
func sameDay(a, b string) bool {
	ya, ma, da, ok1 := dateValue(a)
	yb, mb, db, ok2 := dateValue(b)
	return ok1 && ok2 && ya == yb && ma == mb && da == db
}
