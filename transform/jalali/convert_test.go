package jalali_test

import (
	"fmt"
	"testing"
	"time"

	"govwatch/transform/jalali"
)

// knownDates are conversions checked against published calendars (Iranian
// official calendars and historical events with both dates on record).
var knownDates = []struct {
	j       jalali.Date
	y       int
	m       time.Month
	d       int
	weekday time.Weekday
}{
	{jalali.Date{Year: 1300, Month: 1, Day: 1}, 1921, time.March, 21, time.Monday},
	{jalali.Date{Year: 1304, Month: 1, Day: 1}, 1925, time.March, 21, time.Saturday},
	{jalali.Date{Year: 1354, Month: 1, Day: 1}, 1975, time.March, 21, time.Friday},
	{jalali.Date{Year: 1357, Month: 11, Day: 22}, 1979, time.February, 11, time.Sunday},
	{jalali.Date{Year: 1358, Month: 1, Day: 1}, 1979, time.March, 21, time.Wednesday},
	{jalali.Date{Year: 1359, Month: 6, Day: 31}, 1980, time.September, 22, time.Monday},
	{jalali.Date{Year: 1360, Month: 5, Day: 26}, 1981, time.August, 17, time.Monday},
	{jalali.Date{Year: 1367, Month: 4, Day: 12}, 1988, time.July, 3, time.Sunday},
	{jalali.Date{Year: 1375, Month: 1, Day: 1}, 1996, time.March, 20, time.Wednesday},
	{jalali.Date{Year: 1387, Month: 1, Day: 1}, 2008, time.March, 20, time.Thursday},
	{jalali.Date{Year: 1390, Month: 1, Day: 1}, 2011, time.March, 21, time.Monday},
	{jalali.Date{Year: 1391, Month: 1, Day: 1}, 2012, time.March, 20, time.Tuesday},
	{jalali.Date{Year: 1391, Month: 10, Day: 21}, 2013, time.January, 10, time.Thursday},
	{jalali.Date{Year: 1392, Month: 1, Day: 1}, 2013, time.March, 21, time.Thursday},
	{jalali.Date{Year: 1393, Month: 5, Day: 13}, 2014, time.August, 4, time.Monday},
	{jalali.Date{Year: 1395, Month: 1, Day: 1}, 2016, time.March, 20, time.Sunday},
	{jalali.Date{Year: 1396, Month: 1, Day: 1}, 2017, time.March, 21, time.Tuesday},
	{jalali.Date{Year: 1397, Month: 1, Day: 1}, 2018, time.March, 21, time.Wednesday},
	{jalali.Date{Year: 1397, Month: 8, Day: 15}, 2018, time.November, 6, time.Tuesday},
	{jalali.Date{Year: 1398, Month: 1, Day: 1}, 2019, time.March, 21, time.Thursday},
	{jalali.Date{Year: 1399, Month: 1, Day: 1}, 2020, time.March, 20, time.Friday},
	{jalali.Date{Year: 1399, Month: 12, Day: 30}, 2021, time.March, 20, time.Saturday},
	{jalali.Date{Year: 1400, Month: 1, Day: 1}, 2021, time.March, 21, time.Sunday},
	{jalali.Date{Year: 1401, Month: 1, Day: 1}, 2022, time.March, 21, time.Monday},
	{jalali.Date{Year: 1402, Month: 1, Day: 1}, 2023, time.March, 21, time.Tuesday},
	{jalali.Date{Year: 1403, Month: 1, Day: 1}, 2024, time.March, 20, time.Wednesday},
	{jalali.Date{Year: 1403, Month: 12, Day: 30}, 2025, time.March, 20, time.Thursday},
	{jalali.Date{Year: 1404, Month: 1, Day: 1}, 2025, time.March, 21, time.Friday},
	{jalali.Date{Year: 1405, Month: 1, Day: 1}, 2026, time.March, 21, time.Saturday},
	{jalali.Date{Year: 1408, Month: 12, Day: 30}, 2030, time.March, 20, time.Wednesday},
	{jalali.Date{Year: 1409, Month: 1, Day: 1}, 2030, time.March, 21, time.Thursday},
}

func TestKnownDates(t *testing.T) {
	for _, tc := range knownDates {
		t.Run(tc.j.String(), func(t *testing.T) {
			y, m, d := tc.j.Gregorian()
			if y != tc.y || m != tc.m || d != tc.d {
				t.Errorf("Gregorian() = %d-%02d-%02d, want %d-%02d-%02d", y, m, d, tc.y, tc.m, tc.d)
			}
			if got := jalali.FromGregorian(tc.y, tc.m, tc.d); got != tc.j {
				t.Errorf("FromGregorian = %v, want %v", got, tc.j)
			}
			if got := tc.j.Weekday(); got != tc.weekday {
				t.Errorf("Weekday() = %v, want %v", got, tc.weekday)
			}
			if !tc.j.Valid() {
				t.Errorf("Valid() = false")
			}
		})
	}
}

func TestIsLeap(t *testing.T) {
	// Leap years of 1370–1420 as printed in Iranian official calendars; note the
	// five-year gap between 1403 and 1408.
	leaps := map[int]bool{
		1370: true, 1375: true, 1379: true, 1383: true, 1387: true, 1391: true,
		1395: true, 1399: true, 1403: true, 1408: true, 1412: true, 1416: true,
		1420: true,
	}
	for y := 1370; y <= 1420; y++ {
		t.Run(fmt.Sprint(y), func(t *testing.T) {
			if got := jalali.IsLeap(y); got != leaps[y] {
				t.Errorf("IsLeap(%d) = %v, want %v", y, got, leaps[y])
			}
			want := 29
			if leaps[y] {
				want = 30
			}
			if got := jalali.MonthLength(y, 12); got != want {
				t.Errorf("MonthLength(%d, 12) = %d, want %d", y, got, want)
			}
		})
	}
}

func TestMonthLength(t *testing.T) {
	tests := []struct {
		year, month, want int
	}{
		{1393, 1, 31}, {1393, 6, 31}, {1393, 7, 30}, {1393, 11, 30},
		{1393, 12, 29}, {1395, 12, 30}, {1393, 0, 0}, {1393, 13, 0},
		{0, 1, 0}, {jalali.MaxYear + 1, 1, 0},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d-%d", tc.year, tc.month), func(t *testing.T) {
			if got := jalali.MonthLength(tc.year, tc.month); got != tc.want {
				t.Errorf("MonthLength(%d, %d) = %d, want %d", tc.year, tc.month, got, tc.want)
			}
		})
	}
}

// nextDay steps a Jalali date by one day using only MonthLength, independently of
// the conversion code under test.
func nextDay(d jalali.Date) jalali.Date {
	d.Day++
	if d.Day > jalali.MonthLength(d.Year, d.Month) {
		d.Day = 1
		d.Month++
		if d.Month > 12 {
			d.Month = 1
			d.Year++
		}
	}
	return d
}

// TestEveryDay walks every day from 1300/01/01 to the end of 1500 beside a
// time.Time that advances one Gregorian day per step, so any error in a year's
// length or Nowruz shows up as a break in continuity.
func TestEveryDay(t *testing.T) {
	tehran := mustLoad(t, "Asia/Tehran")
	d := jalali.Date{Year: 1300, Month: 1, Day: 1}
	g := time.Date(1921, time.March, 21, 0, 0, 0, 0, time.UTC)
	n := 0
	for d.Year <= 1500 {
		y, m, dd := d.Gregorian()
		gy, gm, gd := g.Date()
		if y != gy || m != gm || dd != gd {
			t.Fatalf("%v.Gregorian() = %d-%02d-%02d, want %s", d, y, m, dd, g.Format(time.DateOnly))
		}
		if got := jalali.FromTime(g); got != d {
			t.Fatalf("FromTime(%s) = %v, want %v", g.Format(time.DateOnly), got, d)
		}
		if got := d.Time(time.UTC); !got.Equal(g) {
			t.Fatalf("%v.Time(UTC) = %v, want %v", d, got, g)
		}
		if got := d.Weekday(); got != g.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", d, got, g.Weekday())
		}
		if n%97 == 0 {
			// The Tehran midnight must be on the same calendar day, even on days
			// whose midnight a DST change skipped.
			tt := d.Time(tehran)
			if got := jalali.FromTime(tt); got != d {
				t.Fatalf("FromTime(%v.Time(Tehran)=%v) = %v", d, tt, got)
			}
		}
		next := nextDay(d)
		if got := d.AddDays(1); got != next {
			t.Fatalf("%v.AddDays(1) = %v, want %v", d, got, next)
		}
		if got := next.AddDays(-1); got != d {
			t.Fatalf("%v.AddDays(-1) = %v, want %v", next, got, d)
		}
		d = next
		g = g.AddDate(0, 0, 1)
		n++
	}
	if want := int(time.Date(2122, time.March, 21, 0, 0, 0, 0, time.UTC).Sub(
		time.Date(1921, time.March, 21, 0, 0, 0, 0, time.UTC)).Hours() / 24); n != want {
		t.Errorf("walked %d days, want %d", n, want)
	}
}

func TestEdgesOfRange(t *testing.T) {
	first := jalali.Date{Year: jalali.MinYear, Month: 1, Day: 1}
	last := jalali.Date{Year: jalali.MaxYear, Month: 12, Day: jalali.MonthLength(jalali.MaxYear, 12)}
	tests := []struct {
		name string
		got  jalali.Date
		want jalali.Date
	}{
		{"before first", first.AddDays(-1), jalali.Date{}},
		{"after last", last.AddDays(1), jalali.Date{}},
		{"last round trip", jalali.FromGregorian(last.Gregorian()), last},
		{"first round trip", jalali.FromGregorian(first.Gregorian()), first},
		{"invalid plus one", jalali.Date{Year: 1397, Month: 13, Day: 1}.AddDays(1), jalali.Date{}},
		{"gregorian month overflow", jalali.FromGregorian(2018, 13, 1), jalali.Date{Year: 1397, Month: 10, Day: 11}},
		{"far past", jalali.FromGregorian(100, time.January, 1), jalali.Date{}},
		{"far future", jalali.FromGregorian(9000, time.January, 1), jalali.Date{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}

func TestInvalidDates(t *testing.T) {
	tests := []jalali.Date{
		{}, {Year: 1397, Month: 0, Day: 1}, {Year: 1397, Month: 7, Day: 31},
		{Year: 1398, Month: 12, Day: 30}, {Year: 1397, Month: 1, Day: 0},
		{Year: 0, Month: 1, Day: 1}, {Year: -5, Month: 1, Day: 1},
		{Year: jalali.MaxYear + 1, Month: 1, Day: 1},
	}
	for _, d := range tests {
		t.Run(d.String(), func(t *testing.T) {
			if d.Valid() {
				t.Fatalf("Valid() = true")
			}
			if y, m, dd := d.Gregorian(); y != 0 || m != 0 || dd != 0 {
				t.Errorf("Gregorian() = %d %d %d, want zeros", y, m, dd)
			}
			if got := d.Time(time.UTC); !got.IsZero() {
				t.Errorf("Time() = %v, want zero", got)
			}
		})
	}
}

func TestFromTimeUsesLocation(t *testing.T) {
	tehran := mustLoad(t, "Asia/Tehran")
	// 2018-11-05 21:00 UTC is 00:30 on 2018-11-06 in Tehran.
	u := time.Date(2018, time.November, 5, 21, 0, 0, 0, time.UTC)
	if got, want := jalali.FromTime(u), (jalali.Date{Year: 1397, Month: 8, Day: 14}); got != want {
		t.Errorf("FromTime(UTC) = %v, want %v", got, want)
	}
	if got, want := jalali.FromTime(u.In(tehran)), (jalali.Date{Year: 1397, Month: 8, Day: 15}); got != want {
		t.Errorf("FromTime(Tehran) = %v, want %v", got, want)
	}
}

func TestTimeInTehran(t *testing.T) {
	tehran := mustLoad(t, "Asia/Tehran")
	tests := []struct {
		name string
		d    jalali.Date
		want string // RFC 3339 in Tehran
	}{
		{"ordinary", jalali.Date{Year: 1397, Month: 8, Day: 15}, "2018-11-06T00:00:00+03:30"},
		// DST began at 24:00 on 1 Farvardin 1400: midnight of 2 Farvardin did not
		// exist, the day began at 01:00 +04:30.
		{"midnight skipped", jalali.Date{Year: 1400, Month: 1, Day: 2}, "2021-03-22T01:00:00+04:30"},
		// DST ended at 24:00 on 30 Shahrivar 1400: clocks went back to 23:00, so
		// 23:00–24:00 of 30 Shahrivar happened twice, and 31 Shahrivar began once,
		// at +03:30.
		{"after fall back", jalali.Date{Year: 1400, Month: 6, Day: 31}, "2021-09-22T00:00:00+03:30"},
		{"no DST since 1402", jalali.Date{Year: 1402, Month: 1, Day: 2}, "2023-03-22T00:00:00+03:30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.d.Time(tehran).Format(time.RFC3339); got != tc.want {
				t.Errorf("Time(Tehran) = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestCompareAndSub(t *testing.T) {
	a := jalali.Date{Year: 1397, Month: 8, Day: 15}
	b := jalali.Date{Year: 1398, Month: 1, Day: 1}
	if !a.Before(b) || a.After(b) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Errorf("ordering of %v and %v is wrong", a, b)
	}
	if got := b.Sub(a); got != 135 {
		t.Errorf("Sub = %d, want 135", got)
	}
	if got := a.AddDays(135); got != b {
		t.Errorf("AddDays(135) = %v, want %v", got, b)
	}
}

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load location: %v", err)
	}
	return loc
}
