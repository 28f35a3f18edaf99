package jalali_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/transform/jalali"
)

func d(y, m, dd int) jalali.Date { return jalali.Date{Year: y, Month: m, Day: dd} }

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want jalali.Period
		str  string
	}{
		{"1397-08", jalali.Period{Start: d(1397, 8, 1), End: d(1397, 8, 30), Kind: jalali.PeriodMonth}, "1397-08"},
		{"1397/8", jalali.Period{Start: d(1397, 8, 1), End: d(1397, 8, 30), Kind: jalali.PeriodMonth}, "1397-08"},
		{"۱۳۹۷-۰۸", jalali.Period{Start: d(1397, 8, 1), End: d(1397, 8, 30), Kind: jalali.PeriodMonth}, "1397-08"},
		{"1399-12", jalali.Period{Start: d(1399, 12, 1), End: d(1399, 12, 30), Kind: jalali.PeriodMonth}, "1399-12"},
		{"1398-12", jalali.Period{Start: d(1398, 12, 1), End: d(1398, 12, 29), Kind: jalali.PeriodMonth}, "1398-12"},
		// 1 Farvardin 1397 was a Wednesday, so week 1 began on Saturday 1396/12/26.
		{"1397-W01", jalali.Period{Start: d(1396, 12, 26), End: d(1397, 1, 3), Kind: jalali.PeriodWeek}, "1397-W01"},
		{"1397-W12", jalali.Period{Start: d(1397, 3, 12), End: d(1397, 3, 18), Kind: jalali.PeriodWeek}, "1397-W12"},
		{"1397-w7", jalali.Period{Start: d(1397, 2, 8), End: d(1397, 2, 14), Kind: jalali.PeriodWeek}, "1397-W07"},
		{"1397-08-01..1397-08-15", jalali.Period{Start: d(1397, 8, 1), End: d(1397, 8, 15), Kind: jalali.PeriodRange}, "1397-08-01..1397-08-15"},
		{" 1397/8/1 .. 1397/8/15 ", jalali.Period{Start: d(1397, 8, 1), End: d(1397, 8, 15), Kind: jalali.PeriodRange}, "1397-08-01..1397-08-15"},
		{"2018-11-01..2018-11-30", jalali.Period{Start: d(1397, 8, 10), End: d(1397, 9, 9), Kind: jalali.PeriodRange}, "1397-08-10..1397-09-09"},
		{"2018-11-06..1397-08-20", jalali.Period{Start: d(1397, 8, 15), End: d(1397, 8, 20), Kind: jalali.PeriodRange}, "1397-08-15..1397-08-20"},
		{"1397-08-15", jalali.Period{Start: d(1397, 8, 15), End: d(1397, 8, 15), Kind: jalali.PeriodRange}, "1397-08-15..1397-08-15"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := jalali.ParsePeriod(tc.in)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", tc.in, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParsePeriod(%q) (-want +got):\n%s", tc.in, diff)
			}
			if s := got.String(); s != tc.str {
				t.Errorf("String() = %q, want %q", s, tc.str)
			}
			if !got.Valid() {
				t.Errorf("Valid() = false")
			}
		})
	}
}

func TestParsePeriodErrors(t *testing.T) {
	tests := []struct {
		in     string
		want   error
		offset int
	}{
		{"", jalali.ErrEmpty, 0},
		{"  ", jalali.ErrEmpty, 0},
		{"1397", jalali.ErrFormat, 0},
		{"97-08", jalali.ErrFormat, 0},
		{"1397-13", jalali.ErrOutOfRange, 5},
		{"1397-00", jalali.ErrOutOfRange, 5},
		{"2018-11", jalali.ErrFormat, 0},
		{"1397-W00", jalali.ErrOutOfRange, 5},
		{"1397-W54", jalali.ErrOutOfRange, 5},
		{"1397-X12", jalali.ErrFormat, 5},
		{"1397-08-31", jalali.ErrOutOfRange, 8},
		{"1397-08-15..1397-08-01", jalali.ErrOutOfRange, 12},
		{"1397-08-01..", jalali.ErrFormat, 12},
		{"2018-02-30..2018-03-01", jalali.ErrOutOfRange, 8},
		{"1397-08-01..1397-08-02..1397-08-03", jalali.ErrFormat, 12},
		{"آبان ۱۳۹۷", jalali.ErrFormat, 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			p, err := jalali.ParsePeriod(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("ParsePeriod(%q) = %v, %v; want %v", tc.in, p, err, tc.want)
			}
			var pe *jalali.ParseError
			if !errors.As(err, &pe) || pe.Offset != tc.offset || pe.Input != tc.in {
				t.Errorf("error = %#v, want *ParseError at offset %d", err, tc.offset)
			}
		})
	}
}

func TestWeeks(t *testing.T) {
	// Every day of 1390–1410 belongs to exactly one week, weeks run Saturday to
	// Friday, consecutive weeks are numbered 1, 2, … and restart at 1 on the week
	// that holds 1 Farvardin.
	prev := jalali.WeekOf(d(1390, 1, 1))
	if y, w := prev.Week(); y != 1390 || w != 1 {
		t.Fatalf("week of 1390/01/01 = %d-W%d, want 1390-W1", y, w)
	}
	for day := d(1390, 1, 1); day.Year < 1410; day = day.AddDays(1) {
		p := jalali.WeekOf(day)
		if !p.Contains(day) || p.Start.Weekday() != time.Saturday || p.End.Weekday() != time.Friday || p.Days() != 7 {
			t.Fatalf("WeekOf(%v) = %+v", day, p)
		}
		if p == prev {
			continue
		}
		py, pw := prev.Week()
		y, w := p.Week()
		switch {
		case y == py && w == pw+1:
		case y == py+1 && w == 1:
			if pw != jalali.WeeksInYear(py) {
				t.Errorf("year %d ended at week %d, WeeksInYear = %d", py, pw, jalali.WeeksInYear(py))
			}
			if nowruz := d(y, 1, 1); !p.Contains(nowruz) {
				t.Errorf("week 1 of %d is %v, which lacks 1 Farvardin", y, p)
			}
		default:
			t.Fatalf("week after %d-W%d is %d-W%d", py, pw, y, w)
		}
		if got := p.Previous(); got != prev {
			t.Fatalf("%v.Previous() = %v, want %v", p, got, prev)
		}
		back, err := jalali.ParsePeriod(p.String())
		if err != nil || back != p {
			t.Fatalf("ParsePeriod(%q) = %v, %v", p.String(), back, err)
		}
		prev = p
	}
}

func TestPeriodNavigation(t *testing.T) {
	aban, _ := jalali.ParsePeriod("1397-08")
	farvardin, _ := jalali.ParsePeriod("1398-01")
	rng, _ := jalali.ParsePeriod("1397-08-01..1397-08-15")
	tests := []struct {
		name string
		got  jalali.Period
		want string
	}{
		{"month previous", aban.Previous(), "1397-07"},
		{"month next", aban.Next(), "1397-09"},
		{"month previous across year", farvardin.Previous(), "1397-12"},
		{"range previous", rng.Previous(), "1397-07-16..1397-07-30"},
		{"range next", rng.Next(), "1397-08-16..1397-08-30"},
		{"month of", jalali.MonthOf(d(1399, 12, 30)), "1399-12"},
		{"zero previous", jalali.Period{}.Previous(), ""},
		{"first month previous", jalali.MonthOf(d(jalali.MinYear, 1, 5)).Previous(), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if s := tc.got.String(); s != tc.want {
				t.Errorf("got %q, want %q", s, tc.want)
			}
		})
	}
	if !aban.Contains(d(1397, 8, 30)) || aban.Contains(d(1397, 9, 1)) || aban.Contains(d(1397, 7, 30)) {
		t.Errorf("Contains is wrong at the edges of %v", aban)
	}
	if aban.Days() != 30 || rng.Days() != 15 {
		t.Errorf("Days() = %d, %d; want 30, 15", aban.Days(), rng.Days())
	}
}

func TestPeriodGregorian(t *testing.T) {
	tehran := mustLoad(t, "Asia/Tehran")
	aban, _ := jalali.ParsePeriod("1397-08")
	if got, want := aban.GregorianStart(tehran).Format(time.RFC3339), "2018-10-23T00:00:00+03:30"; got != want {
		t.Errorf("GregorianStart = %s, want %s", got, want)
	}
	if got, want := aban.GregorianEnd(tehran).Format(time.RFC3339), "2018-11-22T00:00:00+03:30"; got != want {
		t.Errorf("GregorianEnd = %s, want %s", got, want)
	}
	// Farvardin 1400 starts at +03:30 and ends in DST at +04:30.
	far, _ := jalali.ParsePeriod("1400-01")
	if got, want := far.GregorianEnd(tehran).Format(time.RFC3339), "2021-04-21T00:00:00+04:30"; got != want {
		t.Errorf("GregorianEnd = %s, want %s", got, want)
	}
	if h := far.GregorianEnd(tehran).Sub(far.GregorianStart(tehran)).Hours(); h != 31*24-1 {
		t.Errorf("Farvardin 1400 lasted %v hours, want %d", h, 31*24-1)
	}
}

func TestPeriodTitles(t *testing.T) {
	tests := []struct {
		in, fa, en string
	}{
		{"1397-08", "آبان ۱۳۹۷", "Aban 1397"},
		{"1397-W12", "هفته ۱۲ سال ۱۳۹۷", "Week 12 of 1397"},
		{"1397-08-01..1397-08-15", "۱ آبان ۱۳۹۷ تا ۱۵ آبان ۱۳۹۷", "1 Aban 1397 – 15 Aban 1397"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			p, err := jalali.ParsePeriod(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if p.Title() != tc.fa || p.TitleEN() != tc.en {
				t.Errorf("Title() = %q, TitleEN() = %q; want %q, %q", p.Title(), p.TitleEN(), tc.fa, tc.en)
			}
		})
	}
}

func TestMonthAndWeekPeriodErrors(t *testing.T) {
	if _, err := jalali.MonthPeriod(1397, 13); !errors.Is(err, jalali.ErrOutOfRange) {
		t.Errorf("MonthPeriod(1397, 13) error = %v", err)
	}
	if _, err := jalali.WeekPeriod(1397, 0); !errors.Is(err, jalali.ErrOutOfRange) {
		t.Errorf("WeekPeriod(1397, 0) error = %v", err)
	}
	if _, err := jalali.NewRange(d(1397, 8, 2), d(1397, 8, 1)); !errors.Is(err, jalali.ErrOutOfRange) {
		t.Errorf("NewRange reversed error = %v", err)
	}
	for y := 1390; y < 1410; y++ {
		if n := jalali.WeeksInYear(y); n != 52 && n != 53 {
			t.Errorf("WeeksInYear(%d) = %d", y, n)
		}
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"1397-08", "1397-W12", "1397-08-01..1397-08-15",
		"2018-11-01..2018-11-30", "۱۳۹۷-۰۸", "1397-W53", "1397-08-15", "", "..", "1397-W"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := jalali.ParsePeriod(s)
		if err != nil {
			var pe *jalali.ParseError
			if !errors.As(err, &pe) || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParsePeriod(%q) error = %#v", s, err)
			}
			return
		}
		if !p.Valid() {
			t.Fatalf("ParsePeriod(%q) = %+v, not Valid", s, p)
		}
		back, err := jalali.ParsePeriod(p.String())
		if err != nil || back != p {
			t.Fatalf("ParsePeriod(%q) = %v but ParsePeriod(%q) = %v, %v", s, p, p.String(), back, err)
		}
	})
}

func TestZeroValues(t *testing.T) {
	var p jalali.Period
	if p.Valid() || p.Days() != 0 || p.Contains(d(1397, 8, 15)) || p.String() != "" ||
		p.Title() != "" || p.TitleEN() != "" || !p.GregorianStart(time.UTC).IsZero() ||
		!p.GregorianEnd(time.UTC).IsZero() || p.Next() != (jalali.Period{}) {
		t.Errorf("zero Period behaves as a period: %+v", p)
	}
	if y, w := p.Week(); y != 0 || w != 0 {
		t.Errorf("zero Period Week() = %d, %d", y, w)
	}
	if !(jalali.Date{}).IsZero() || d(1397, 8, 15).IsZero() {
		t.Error("IsZero is wrong")
	}
	if got := (jalali.Date{}).Sub(d(1397, 8, 15)); got != 0 {
		t.Errorf("Sub with an invalid date = %d, want 0", got)
	}
	if jalali.IsLeap(0) || jalali.WeeksInYear(jalali.MaxYear) != 0 || jalali.YearLength(0) != 0 {
		t.Error("out-of-range years have lengths")
	}
	kinds := map[string]string{
		jalali.PeriodMonth.String(): "month", jalali.PeriodWeek.String(): "week",
		jalali.PeriodRange.String(): "range", jalali.PeriodKind(0).String(): "",
		jalali.RelYesterday.String(): "yesterday", jalali.RelativeKind(0).String(): "",
		jalali.RelativeKind(99).String(): "",
	}
	for got, want := range kinds {
		if got != want {
			t.Errorf("kind String() = %q, want %q", got, want)
		}
	}
	// The last supported day has no end instant; a long input is shortened in
	// error messages.
	last := d(jalali.MaxYear, 12, jalali.MonthLength(jalali.MaxYear, 12))
	if r, err := jalali.NewRange(last, last); err != nil || !r.GregorianEnd(time.UTC).IsZero() || r.Next() != (jalali.Period{}) {
		t.Errorf("range on the last day: %v, %v", r, err)
	}
	_, err := jalali.Parse(strings.Repeat("x", 200))
	if msg := err.Error(); len([]rune(msg)) > 120 || !strings.Contains(msg, "…") {
		t.Errorf("long input message = %q", msg)
	}
}
