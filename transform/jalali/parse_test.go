package jalali_test

import (
	"errors"
	"testing"
	"time"

	"govwatch/transform/jalali"
)

func TestParse(t *testing.T) {
	aban15 := jalali.Date{Year: 1397, Month: 8, Day: 15}
	tests := []struct {
		name string
		in   string
		want jalali.Date
	}{
		{"slashes short", "1397/8/15", aban15},
		{"slashes padded", "1397/08/15", aban15},
		{"persian digits", "۱۳۹۷/۰۸/۱۵", aban15},
		{"arabic-indic digits", "١٣٩٧/٠٨/١٥", aban15},
		{"dashes", "1397-08-15", aban15},
		{"dots", "1397.08.15", aban15},
		{"mixed digits", "۱۳۹۷/8/١٥", aban15},
		{"month name", "15 آبان 1397", aban15},
		{"month name persian digits with mah", "۱۵ آبان ماه ۱۳۹۷", aban15},
		{"mah after zwnj", "۱۵ آبان\u200cماه ۱۳۹۷", aban15},
		{"mah glued", "۱۵ آبانماه ۱۳۹۷", aban15},
		{"aban without madda", "15 ابان 1397", aban15},
		{"weekday with space", "سه شنبه ۱۵ آبان ۱۳۹۷", aban15},
		{"weekday with zwnj", "سه\u200cشنبه 15 آبان 1397", aban15},
		{"weekday glued", "سهشنبه 15 آبان 1397", aban15},
		{"weekday with comma", "سه‌شنبه، ۱۵ آبان ۱۳۹۷", aban15},
		{"weekday before numeric", "سه شنبه 1397/08/15", aban15},
		{"surrounding whitespace and nbsp", " \u00a0\t1397/8/15\u00a0\n", aban15},
		{"direction marks", "\u200f1397/08/15\u200e", aban15},
		{"era mark", "۱۵ آبان ۱۳۹۷ ه.ش", aban15},
		{"era mark with tatweel", "۱۵ آبان ۱۳۹۷ هـ.ش", aban15},
		{"era words", "۱۵ آبان ۱۳۹۷ هجری شمسی", aban15},
		{"clock time", "1397/08/15 10:30", aban15},
		{"clock time with dash", "۱۳۹۷/۰۸/۱۵ - ۱۰:۳۰:۱۵", aban15},
		{"clock time with saat", "سه شنبه ۱۵ آبان ۱۳۹۷ ساعت ۱۰:۳۰", aban15},
		{"arabic yeh in month", "1 فروردين 1397", jalali.Date{Year: 1397, Month: 1, Day: 1}},
		{"arabic yeh and kaf in weekday", "يكشنبه ۱۴ مرداد ۱۳۹۷", jalali.Date{Year: 1397, Month: 5, Day: 14}},
		{"yek shanbe with space", "یک شنبه ۱۴ مرداد ۱۳۹۷", jalali.Date{Year: 1397, Month: 5, Day: 14}},
		{"panjshanbe zwnj", "پنج‌شنبه ۱ فروردین ۱۳۹۸", jalali.Date{Year: 1398, Month: 1, Day: 1}},
		{"leap day", "1399/12/30", jalali.Date{Year: 1399, Month: 12, Day: 30}},
		{"every month name", "۱ اسفند ۱۴۰۲", jalali.Date{Year: 1402, Month: 12, Day: 1}},
		{"ordibehesht", "۳ اردیبهشت ۱۴۰۰", jalali.Date{Year: 1400, Month: 2, Day: 3}},
		{"dey", "۳۰ دی ۱۴۰۰", jalali.Date{Year: 1400, Month: 10, Day: 30}},
		{"amordad", "۱ امرداد ۱۴۰۰", jalali.Date{Year: 1400, Month: 5, Day: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jalali.Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if got != tc.want {
				t.Errorf("Parse(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   error
		offset int
	}{
		{"empty", "", jalali.ErrEmpty, 0},
		{"only spaces", " \u00a0\u200c ", jalali.ErrEmpty, 0},
		{"two-digit year", "97/08/15", jalali.ErrFormat, 0},
		{"two-digit year named", "15 آبان 97", jalali.ErrFormat, 12},
		{"month 13", "1397/13/01", jalali.ErrOutOfRange, 5},
		{"month 0", "1397/00/01", jalali.ErrOutOfRange, 5},
		{"day 31 of mehr", "1397/07/31", jalali.ErrOutOfRange, 8},
		{"esfand 30 of common year", "1398/12/30", jalali.ErrOutOfRange, 8},
		{"day zero", "1397/07/00", jalali.ErrOutOfRange, 8},
		{"year zero", "0000/01/01", jalali.ErrOutOfRange, 0},
		{"year too large", "9999/01/01", jalali.ErrOutOfRange, 0},
		{"mixed separators", "1397/08-15", jalali.ErrFormat, 7},
		{"three-digit month", "1397/008/15", jalali.ErrFormat, 5},
		{"missing day", "1397/08", jalali.ErrFormat, 7},
		{"unknown month", "15 آبانه 1397", jalali.ErrFormat, 3},
		{"trailing junk", "1397/08/15 x", jalali.ErrFormat, 11},
		{"gregorian month name", "15 November 1397", jalali.ErrFormat, 3},
		{"just words", "امروز", jalali.ErrFormat, 0},
		{"wrong weekday", "دوشنبه ۱۵ آبان ۱۳۹۷", jalali.ErrWeekday, 0},
		{"clock hour 24", "1397/08/15 24:00", jalali.ErrFormat, 11},
		{"clock minute 60", "1397/08/15 10:60", jalali.ErrFormat, 11},
		{"day month year reversed", "15/08/1397", jalali.ErrFormat, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := jalali.Parse(tc.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want error", tc.in, d)
			}
			if !errors.Is(err, tc.want) {
				t.Errorf("Parse(%q) error = %v, want %v", tc.in, err, tc.want)
			}
			var pe *jalali.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not *ParseError", err)
			}
			if pe.Input != tc.in || pe.Offset != tc.offset {
				t.Errorf("ParseError{Input: %q, Offset: %d}, want {%q, %d}", pe.Input, pe.Offset, tc.in, tc.offset)
			}
			if pe.Error() == "" {
				t.Error("empty message")
			}
		})
	}
}

func TestParseIn(t *testing.T) {
	tehran := mustLoad(t, "Asia/Tehran")
	got, err := jalali.ParseIn("۱۳۹۷/۰۸/۱۵", tehran)
	if err != nil {
		t.Fatal(err)
	}
	if want := "2018-11-06T00:00:00+03:30"; got.Format(time.RFC3339) != want {
		t.Errorf("ParseIn = %s, want %s", got.Format(time.RFC3339), want)
	}
	if _, err := jalali.ParseIn("x", tehran); !errors.Is(err, jalali.ErrFormat) {
		t.Errorf("ParseIn(x) error = %v, want ErrFormat", err)
	}
}

// TestParseFormatsRoundTrip checks that every output format of a Date parses back.
func TestParseFormatsRoundTrip(t *testing.T) {
	d := jalali.Date{Year: 1300, Month: 1, Day: 1}
	for d.Year <= 1420 {
		for _, s := range []string{d.String(), d.PersianDigits(), d.Long(),
			jalali.WeekdayName(d.Weekday()) + " " + d.Long()} {
			got, err := jalali.Parse(s)
			if err != nil || got != d {
				t.Fatalf("Parse(%q) = %v, %v; want %v", s, got, err, d)
			}
		}
		d = d.AddDays(13)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"1397/8/15", "۱۳۹۷/۰۸/۱۵", "١٣٩٧/٠٨/١٥", "1397-08-15", "15 آبان 1397",
		"۱۵ آبان ماه ۱۳۹۷", "سه شنبه ۱۵ آبان ۱۳۹۷", "سه\u200cشنبه 15 آبان 1397",
		"1399/12/30", "1397/13/01", "", "97/8/15", "۱۳۹۷/۰۸/۱۵ - ۱۰:۳۰", "۱۵ آبان ۱۳۹۷ ه.ش",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := jalali.Parse(s)
		if err != nil {
			var pe *jalali.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %T is not *ParseError", s, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("Parse(%q) offset %d out of [0, %d]", s, pe.Offset, len(s))
			}
			return
		}
		if !d.Valid() {
			t.Fatalf("Parse(%q) = %v, which is not Valid", s, d)
		}
		back, err := jalali.Parse(d.String())
		if err != nil || back != d {
			t.Fatalf("Parse(%q) = %v, but Parse(%q) = %v, %v", s, d, d.String(), back, err)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	for _, in := range []string{"1397/08/15", "۱۳۹۷/۰۸/۱۵", "سه‌شنبه ۱۵ آبان ماه ۱۳۹۷"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := jalali.Parse(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
