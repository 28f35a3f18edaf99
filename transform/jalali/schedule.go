package jalali

import "time"

// Monthly is a schedule that fires once a Jalali month, at Hour:Minute on Day of
// the month, on the wall clock of Location. Its Next method has the signature of
// robfig/cron's Schedule interface, so a *Monthly or Monthly can be given to
// cron.Schedule directly; this package does not import cron.
type Monthly struct {
	// Day is the day of the month, 1..31, or -1..-29 to count from the end (-1 is
	// the last day, 29, 30 or 31). A month that lacks a positive Day (31 in Mehr
	// to Esfand, 30 in a common Esfand) is skipped, as cron skips it.
	Day int
	// Hour (0..23) and Minute (0..59) are the wall-clock time.
	Hour, Minute int
	// Location is the time zone of the wall clock; nil means the location of the
	// time passed to Next (cron passes times in its own configured location).
	Location *time.Location
}

// Weekly is a schedule that fires once a week, at Hour:Minute on Weekday, on the
// wall clock of Location. Like Monthly, it satisfies robfig/cron's Schedule.
type Weekly struct {
	// Weekday is the day of the week (time.Saturday is the first day of the
	// Iranian week).
	Weekday time.Weekday
	// Hour (0..23) and Minute (0..59) are the wall-clock time.
	Hour, Minute int
	// Location is the time zone of the wall clock; nil means the location of the
	// time passed to Next.
	Location *time.Location
}

func clockValid(hour, minute int) bool {
	return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
}

// Next returns the first activation of s strictly after after, or the zero Time if
// s is malformed (a field out of range) or the next activation is beyond MaxYear;
// cron treats the zero Time as "never".
//
// Daylight-saving time, which Asia/Tehran observed until 2022 and tzdata still
// records for those years, is handled so that a schedule fires exactly once per
// period: a wall time that a spring-forward change skips fires at the same
// distance after the gap (00:30 in a gap from 00:00 to 01:00 fires at 01:30), and
// a wall time that a fall-back change repeats fires at its first occurrence only.
func (s Monthly) Next(after time.Time) time.Time {
	if !clockValid(s.Hour, s.Minute) || s.Day == 0 || s.Day > 31 || s.Day < -29 {
		return time.Time{}
	}
	loc := s.Location
	if loc == nil {
		loc = after.Location()
	}
	cur := FromTime(after.In(loc))
	if !cur.Valid() {
		return time.Time{}
	}
	y, m := cur.Year, cur.Month
	// A Day of 31 is found within 12 months; 14 covers any starting point.
	for range 14 {
		if y > MaxYear {
			return time.Time{}
		}
		n := MonthLength(y, m)
		day := s.Day
		if day < 0 {
			day = n + 1 + day
		}
		if day <= n {
			gy, gm, gd := Date{Year: y, Month: m, Day: day}.Gregorian()
			if t := wallTime(gy, gm, gd, s.Hour, s.Minute, loc); t.After(after) {
				return t
			}
		}
		if m++; m > 12 {
			m, y = 1, y+1
		}
	}
	return time.Time{}
}

// Next returns the first activation of s strictly after after, or the zero Time if
// s is malformed or the next activation is beyond MaxYear. Daylight-saving changes
// are handled as in Monthly.Next.
func (s Weekly) Next(after time.Time) time.Time {
	if !clockValid(s.Hour, s.Minute) || s.Weekday < time.Sunday || s.Weekday > time.Saturday {
		return time.Time{}
	}
	loc := s.Location
	if loc == nil {
		loc = after.Location()
	}
	cur := FromTime(after.In(loc))
	if !cur.Valid() {
		return time.Time{}
	}
	for i := range 15 {
		d := cur.AddDays(i)
		if !d.Valid() {
			return time.Time{}
		}
		if d.Weekday() != s.Weekday {
			continue
		}
		gy, gm, gd := d.Gregorian()
		if t := wallTime(gy, gm, gd, s.Hour, s.Minute, loc); t.After(after) {
			return t
		}
	}
	return time.Time{}
}

// NextMonthly returns the first start of a Jalali month strictly after after at
// hour:minute on the wall clock of after's location: the next 1st of Farvardin,
// Ordibehesht, … at that time. It is Monthly{Day: 1, Hour: hour, Minute: minute}.Next
// and returns the zero Time for an hour or minute out of range.
func NextMonthly(after time.Time, hour, minute int) time.Time {
	return Monthly{Day: 1, Hour: hour, Minute: minute}.Next(after)
}

// NextWeekly returns the first weekday at hour:minute on the wall clock of after's
// location strictly after after. It is Weekly{…}.Next and returns the zero Time
// for a field out of range.
func NextWeekly(after time.Time, weekday time.Weekday, hour, minute int) time.Time {
	return Weekly{Weekday: weekday, Hour: hour, Minute: minute}.Next(after)
}
