package jalali_test

import (
	"testing"
	"time"

	"govwatch/transform/jalali"
)

func TestMonthNames(t *testing.T) {
	fa := []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
		"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}
	en := []string{"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
		"Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"}
	for m := 1; m <= 12; m++ {
		if got := jalali.MonthName(m); got != fa[m-1] {
			t.Errorf("MonthName(%d) = %q, want %q", m, got, fa[m-1])
		}
		if got := jalali.MonthNameEN(m); got != en[m-1] {
			t.Errorf("MonthNameEN(%d) = %q, want %q", m, got, en[m-1])
		}
		// Every month name must parse back to its month.
		s := "1 " + fa[m-1] + " 1400"
		if d, err := jalali.Parse(s); err != nil || d.Month != m {
			t.Errorf("Parse(%q) = %v, %v", s, d, err)
		}
	}
	for _, m := range []int{0, 13, -1} {
		if jalali.MonthName(m) != "" || jalali.MonthNameEN(m) != "" {
			t.Errorf("month %d has a name", m)
		}
	}
}

func TestWeekdayNames(t *testing.T) {
	want := map[time.Weekday]string{
		time.Saturday: "شنبه", time.Sunday: "یک\u200cشنبه", time.Monday: "دوشنبه",
		time.Tuesday: "سه\u200cشنبه", time.Wednesday: "چهارشنبه", time.Thursday: "پنج\u200cشنبه",
		time.Friday: "جمعه",
	}
	for w, name := range want {
		if got := jalali.WeekdayName(w); got != name {
			t.Errorf("WeekdayName(%v) = %q, want %q", w, got, name)
		}
		if got := jalali.WeekdayNameEN(w); got != w.String() {
			t.Errorf("WeekdayNameEN(%v) = %q", w, got)
		}
	}
	if jalali.WeekdayName(7) != "" || jalali.WeekdayName(-1) != "" || jalali.WeekdayNameEN(9) != "" {
		t.Error("out-of-range weekday has a name")
	}
}

func TestDateFormats(t *testing.T) {
	tests := []struct {
		d                     jalali.Date
		str, fa, long, longEN string
	}{
		{d(1397, 8, 15), "1397/08/15", "۱۳۹۷/۰۸/۱۵", "۱۵ آبان ۱۳۹۷", "15 Aban 1397"},
		{d(1400, 1, 1), "1400/01/01", "۱۴۰۰/۰۱/۰۱", "۱ فروردین ۱۴۰۰", "1 Farvardin 1400"},
		{jalali.Date{}, "0000/00/00", "۰۰۰۰/۰۰/۰۰", "0000/00/00", "0000/00/00"},
	}
	for _, tc := range tests {
		t.Run(tc.str, func(t *testing.T) {
			if got := tc.d.String(); got != tc.str {
				t.Errorf("String() = %q, want %q", got, tc.str)
			}
			if got := tc.d.PersianDigits(); got != tc.fa {
				t.Errorf("PersianDigits() = %q, want %q", got, tc.fa)
			}
			if got := tc.d.Long(); got != tc.long {
				t.Errorf("Long() = %q, want %q", got, tc.long)
			}
			if got := tc.d.LongEN(); got != tc.longEN {
				t.Errorf("LongEN() = %q, want %q", got, tc.longEN)
			}
		})
	}
}

func BenchmarkGregorian(b *testing.B) {
	dd := d(1397, 8, 15)
	for b.Loop() {
		if y, _, _ := dd.Gregorian(); y != 2018 {
			b.Fatal(y)
		}
	}
}

func BenchmarkFromTime(b *testing.B) {
	t := time.Date(2018, time.November, 6, 10, 0, 0, 0, time.UTC)
	for b.Loop() {
		if jalali.FromTime(t).Year != 1397 {
			b.Fatal("wrong year")
		}
	}
}

func BenchmarkAddDays(b *testing.B) {
	dd := d(1397, 8, 15)
	for b.Loop() {
		if !dd.AddDays(400).Valid() {
			b.Fatal("invalid")
		}
	}
}
