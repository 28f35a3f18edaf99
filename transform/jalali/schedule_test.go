package jalali_test

import (
	"testing"
	"time"

	"govwatch/transform/jalali"
)

// at returns hh:mm on Jalali date j in loc, failing the test if the wall time does
// not exist.
func at(t *testing.T, j jalali.Date, hh, mm int, loc *time.Location) time.Time {
	t.Helper()
	y, m, dd := j.Gregorian()
	r := time.Date(y, m, dd, hh, mm, 0, 0, loc)
	if r.Hour() != hh || r.Minute() != mm {
		t.Fatalf("%v %02d:%02d does not exist in %v", j, hh, mm, loc)
	}
	return r
}

func TestScheduleNext(t *testing.T) {
	tehran := mustLoad(t, "Asia/Tehran")
	// The first occurrence of 23:30 on 1400/06/30, while DST was still on.
	ambiguousFirst := time.Date(2021, time.September, 21, 19, 0, 0, 0, time.UTC).In(tehran)
	tests := []struct {
		name  string
		sched interface{ Next(time.Time) time.Time }
		after time.Time
		want  string // RFC 3339, or "" for the zero Time
	}{
		{"monthly from mid month", jalali.Monthly{Day: 1, Hour: 3}, at(t, d(1397, 8, 15), 10, 0, tehran), "2018-11-22T03:00:00+03:30"},
		{"monthly just before", jalali.Monthly{Day: 1, Hour: 3}, at(t, d(1397, 9, 1), 2, 59, tehran), "2018-11-22T03:00:00+03:30"},
		{"monthly exactly at is strictly after", jalali.Monthly{Day: 1, Hour: 3}, at(t, d(1397, 9, 1), 3, 0, tehran), "2018-12-22T03:00:00+03:30"},
		{"monthly across nowruz", jalali.Monthly{Day: 1, Hour: 3}, at(t, d(1397, 12, 15), 0, 0, tehran), "2019-03-21T03:00:00+03:30"},
		{"monthly location field", jalali.Monthly{Day: 1, Hour: 3, Location: tehran}, at(t, d(1397, 8, 15), 10, 0, time.UTC), "2018-11-22T03:00:00+03:30"},
		// Midnight of 1400/01/02 was skipped by DST: 00:30 fires at 01:30 +04:30,
		// one hour after 23:30 +03:30 the evening before.
		{"monthly in spring-forward gap", jalali.Monthly{Day: 2, Minute: 30}, at(t, d(1399, 12, 15), 0, 0, tehran), "2021-03-22T01:30:00+04:30"},
		// 23:30 on 1400/06/30 happened twice; the schedule fires at the first.
		{"monthly ambiguous first", jalali.Monthly{Day: 30, Hour: 23, Minute: 30}, at(t, d(1400, 6, 15), 0, 0, tehran), "2021-09-21T23:30:00+04:30"},
		{"monthly ambiguous not twice", jalali.Monthly{Day: 30, Hour: 23, Minute: 30}, ambiguousFirst, "2021-10-22T23:30:00+03:30"},
		{"monthly ambiguous between", jalali.Monthly{Day: 30, Hour: 23, Minute: 30}, ambiguousFirst.Add(40 * time.Minute), "2021-10-22T23:30:00+03:30"},
		{"monthly day 31 skips second half", jalali.Monthly{Day: 31}, at(t, d(1397, 6, 31), 12, 0, tehran), "2019-04-20T00:00:00+04:30"},
		{"monthly last day", jalali.Monthly{Day: -1, Hour: 20}, at(t, d(1397, 8, 15), 0, 0, tehran), "2018-11-21T20:00:00+03:30"},
		{"monthly last day of leap esfand", jalali.Monthly{Day: -1, Hour: 20}, at(t, d(1399, 12, 1), 0, 0, tehran), "2021-03-20T20:00:00+03:30"},
		{"monthly bad hour", jalali.Monthly{Day: 1, Hour: 24}, at(t, d(1397, 8, 15), 0, 0, tehran), ""},
		{"monthly bad day", jalali.Monthly{Day: 0}, at(t, d(1397, 8, 15), 0, 0, tehran), ""},
		{"weekly saturday", jalali.Weekly{Weekday: time.Saturday, Hour: 8}, at(t, d(1397, 8, 15), 10, 0, tehran), "2018-11-10T08:00:00+03:30"},
		{"weekly same day later", jalali.Weekly{Weekday: time.Tuesday, Hour: 12}, at(t, d(1397, 8, 15), 10, 0, tehran), "2018-11-06T12:00:00+03:30"},
		{"weekly same day earlier", jalali.Weekly{Weekday: time.Tuesday, Hour: 9}, at(t, d(1397, 8, 15), 10, 0, tehran), "2018-11-13T09:00:00+03:30"},
		{"weekly in gap", jalali.Weekly{Weekday: time.Monday, Minute: 15}, at(t, d(1400, 1, 1), 12, 0, tehran), "2021-03-22T01:15:00+04:30"},
		{"weekly bad weekday", jalali.Weekly{Weekday: 7}, at(t, d(1397, 8, 15), 10, 0, tehran), ""},
		{"weekly bad minute", jalali.Weekly{Weekday: time.Monday, Minute: 60}, at(t, d(1397, 8, 15), 10, 0, tehran), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.sched.Next(tc.after)
			s := ""
			if !got.IsZero() {
				s = got.In(tehran).Format(time.RFC3339)
			}
			if s != tc.want {
				t.Errorf("Next(%v) = %q, want %q", tc.after, s, tc.want)
			}
		})
	}
}

// TestNextMonthlyChain follows NextMonthly through the DST years 1399–1401 and
// into 1402: every Jalali month must fire exactly once, in order, on its first day.
func TestNextMonthlyChain(t *testing.T) {
	tehran := mustLoad(t, "Asia/Tehran")
	for _, clock := range [][2]int{{0, 0}, {0, 30}, {3, 0}, {23, 30}} {
		cur := at(t, d(1398, 12, 10), 12, 0, tehran)
		want := d(1399, 1, 1)
		for want.Year < 1403 {
			next := jalali.NextMonthly(cur, clock[0], clock[1])
			if !next.After(cur) {
				t.Fatalf("NextMonthly(%v, %v) = %v, not after", cur, clock, next)
			}
			if got := jalali.FromTime(next); got != want {
				t.Fatalf("NextMonthly(%v, %v) = %v (%v), want %v", cur, clock, next, got, want)
			}
			cur = next
			want = jalali.MonthOf(want).Next().Start
		}
	}
}

// TestNextWeeklyChain does the same for every weekday over 1399–1401: seven days
// apart in calendar days, always on the right weekday.
func TestNextWeeklyChain(t *testing.T) {
	tehran := mustLoad(t, "Asia/Tehran")
	for w := time.Sunday; w <= time.Saturday; w++ {
		cur := at(t, d(1399, 1, 1), 12, 0, tehran)
		prev := jalali.Date{}
		for i := 0; i < 160; i++ {
			next := jalali.NextWeekly(cur, w, 0, 15)
			day := jalali.FromTime(next)
			if !next.After(cur) || day.Weekday() != w {
				t.Fatalf("NextWeekly(%v, %v) = %v (%v)", cur, w, next, day)
			}
			if prev.Valid() && day.Sub(prev) != 7 {
				t.Fatalf("NextWeekly jumped from %v to %v", prev, day)
			}
			prev, cur = day, next
		}
	}
}
