package jalali

import (
	"fmt"
	"time"
)

// MinYear and MaxYear bound the Jalali years this package converts. A Date outside
// [MinYear, MaxYear] is not Valid. Conversion is exact over the whole range
// (it follows the published breaks table); tests check every day of 1300–1500.
const (
	MinYear = 1
	MaxYear = 3177
)

// breaks are the Jalali years at which the 33-year leap cycle of the Borkowski
// algorithm is broken (the same table as jalaali-js). The last entry is one past
// the supported range.
var breaks = [...]int{
	-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
	1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
}

// yearInfo is what the breaks table tells about one Jalali year.
type yearInfo struct {
	// leap is 0 for a leap year, otherwise the number of years since the last
	// leap year (1..4).
	leap int
	// gy is the Gregorian year in which the Jalali year begins.
	gy int
	// march is the day of March of gy on which 1 Farvardin falls.
	march int
}

// jalCal computes the leap status and the Gregorian date of Nowruz of Jalali
// year jy, which must be in [breaks[0], breaks[last]). Divisions truncate, as in
// the published algorithm; every quantity divided here is non-negative for
// jy >= MinYear.
func jalCal(jy int) yearInfo {
	gy := jy + 621
	leapJ := -14
	jp := breaks[0]
	jump := 0
	for i := 1; i < len(breaks); i++ {
		jm := breaks[i]
		jump = jm - jp
		if jy < jm {
			break
		}
		leapJ += jump/33*8 + jump%33/4
		jp = jm
	}
	n := jy - jp
	leapJ += n/33*8 + (n%33+3)/4
	if jump%33 == 4 && jump-n == 4 {
		leapJ++
	}
	leapG := gy/4 - (gy/100+1)*3/4 - 150
	march := 20 + leapJ - leapG
	if jump-n < 6 {
		n = n - jump + (jump+4)/33*33
	}
	leap := ((n+1)%33 - 1) % 4
	if leap == -1 {
		leap = 4
	}
	return yearInfo{leap: leap, gy: gy, march: march}
}

// daysFromCivil returns the number of days from 1970-01-01 to the proleptic
// Gregorian date y-m-d (m in 1..12).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// nowruz returns the day number (days since 1970-01-01) of 1 Farvardin of jy,
// which must be in [MinYear, MaxYear].
func nowruz(jy int) int {
	c := jalCal(jy)
	return daysFromCivil(c.gy, 3, c.march)
}

// dayOfYear returns the zero-based day of the year of month m, day d.
func dayOfYear(m, d int) int {
	if m <= 7 {
		return (m-1)*31 + d - 1
	}
	return 186 + (m-7)*30 + d - 1
}

// Date is a day of the Jalali calendar. Month is 1 (Farvardin) to 12 (Esfand) and
// Day is 1 to MonthLength(Year, Month) for a Valid date. The zero Date is not Valid.
// Dates are comparable with ==.
type Date struct {
	Year, Month, Day int
}

// IsLeap reports whether Jalali year is a leap year, in which Esfand has 30 days.
// Years outside [MinYear, MaxYear] are reported as not leap.
func IsLeap(year int) bool {
	if year < MinYear || year > MaxYear {
		return false
	}
	return jalCal(year).leap == 0
}

// MonthLength returns the number of days in month (1..12) of Jalali year: 31 for
// months 1–6, 30 for months 7–11, and 29 or 30 (leap year) for Esfand. It returns 0
// for a month or year out of range.
func MonthLength(year, month int) int {
	switch {
	case year < MinYear || year > MaxYear || month < 1 || month > 12:
		return 0
	case month <= 6:
		return 31
	case month <= 11:
		return 30
	case IsLeap(year):
		return 30
	default:
		return 29
	}
}

// YearLength returns the number of days in Jalali year (365 or 366), or 0 for a
// year outside [MinYear, MaxYear].
func YearLength(year int) int {
	if year < MinYear || year > MaxYear {
		return 0
	}
	if IsLeap(year) {
		return 366
	}
	return 365
}

// Valid reports whether d is a real day of the Jalali calendar within
// [MinYear, MaxYear].
func (d Date) Valid() bool {
	return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= MonthLength(d.Year, d.Month)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// dayNumber returns the days since 1970-01-01 of a Valid d.
func (d Date) dayNumber() int {
	return nowruz(d.Year) + dayOfYear(d.Month, d.Day)
}

// fromDayNumber returns the Jalali date of day number n (days since 1970-01-01),
// or false if it is outside [MinYear, MaxYear].
func fromDayNumber(n int) (Date, bool) {
	gy, _, _ := civilFromDays(n)
	jy := gy - 621
	if jy > MaxYear {
		jy = MaxYear
	}
	if jy < MinYear {
		return Date{}, false
	}
	start := nowruz(jy)
	if n < start {
		jy--
		if jy < MinYear {
			return Date{}, false
		}
		start = nowruz(jy)
	}
	k := n - start
	if k >= YearLength(jy) {
		return Date{}, false
	}
	if k < 186 {
		return Date{Year: jy, Month: 1 + k/31, Day: k%31 + 1}, true
	}
	k -= 186
	return Date{Year: jy, Month: 7 + k/30, Day: k%30 + 1}, true
}

// minDay and maxDay are the day numbers of the first and last supported days.
var (
	minDay = nowruz(MinYear)
	maxDay = nowruz(MaxYear) + YearLength(MaxYear) - 1
)

// FromGregorian returns the Jalali date of the proleptic Gregorian date y-m-d.
// Out-of-range months and days are normalised as time.Date does (October 32 is
// November 1). The result is the zero Date if the day is outside the supported
// range.
func FromGregorian(y int, m time.Month, d int) Date {
	if m < 1 || m > 12 {
		t := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
		y, m, d = t.Date()
	}
	jd, _ := fromDayNumber(daysFromCivil(y, int(m), d))
	return jd
}

// FromTime returns the Jalali date of t's calendar date in t's own location: a
// time that is 23:30 on 2018-11-05 in UTC but 03:00 on 2018-11-06 in Asia/Tehran
// gives 1397/08/14 or 1397/08/15 depending on which location t carries. Convert t
// with In first to choose the location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	jd, _ := fromDayNumber(daysFromCivil(y, int(m), d))
	return jd
}

// Gregorian returns the proleptic Gregorian date of d, or (0, 0, 0) if d is not
// Valid.
func (d Date) Gregorian() (year int, month time.Month, day int) {
	if !d.Valid() {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(d.dayNumber())
	return y, time.Month(m), dd
}

// Time returns the first instant of d in loc: midnight, or, where a daylight-saving
// change skips midnight (Asia/Tehran on 2 Farvardin in years with DST, such as
// 1400/01/02), the first wall-clock time that exists that day. It returns the zero
// Time if d is not Valid. A nil loc means UTC.
func (d Date) Time(loc *time.Location) time.Time {
	if !d.Valid() {
		return time.Time{}
	}
	y, m, dd := d.Gregorian()
	return wallTime(y, m, dd, 0, 0, loc)
}

// Weekday returns the day of the week of d, or time.Sunday if d is not Valid.
func (d Date) Weekday() time.Weekday {
	if !d.Valid() {
		return time.Sunday
	}
	// 1970-01-01 was a Thursday.
	return time.Weekday((d.dayNumber()%7 + 7 + int(time.Thursday)) % 7)
}

// AddDays returns the date n days after d (before d if n is negative). It returns
// the zero Date if d is not Valid or the result is outside [MinYear, MaxYear].
func (d Date) AddDays(n int) Date {
	if !d.Valid() {
		return Date{}
	}
	day := d.dayNumber() + n
	if day < minDay || day > maxDay {
		return Date{}
	}
	r, _ := fromDayNumber(day)
	return r
}

// Sub returns the number of days from e to d (d - e), which is negative when d is
// before e. Both must be Valid; otherwise Sub returns 0.
func (d Date) Sub(e Date) int {
	if !d.Valid() || !e.Valid() {
		return 0
	}
	return d.dayNumber() - e.dayNumber()
}

// Compare returns -1 if d is before e, 0 if they are the same date and +1 if d is
// after e. It compares the fields and works for invalid dates too.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(d.Month, e.Month)
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String formats d as YYYY/MM/DD with ASCII digits, such as "1397/08/15", the form
// Parse reads back.
func (d Date) String() string {
	return fmt.Sprintf("%04d/%02d/%02d", d.Year, d.Month, d.Day)
}

// wallTime returns the instant at which the wall clock in loc shows y-m-d hh:mm.
// Where that wall time happens twice (a daylight-saving fall-back), it returns the
// earlier instant. Where it does not happen (a spring-forward gap), it returns the
// instant the same distance after the start of the gap, so 00:30 in a gap from
// 00:00 to 01:00 becomes 01:30, as POSIX mktime does with the pre-transition offset.
func wallTime(y int, m time.Month, d, hh, mm int, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	wall := time.Date(y, m, d, hh, mm, 0, 0, time.UTC).Unix()
	// Offsets in force around the wall time; a day on either side covers any
	// transition that can affect it.
	var offs [3]int
	for i, delta := range [3]int64{-86400, 0, 86400} {
		_, offs[i] = time.Unix(wall+delta, 0).In(loc).Zone()
	}
	var best time.Time
	for _, off := range offs {
		c := time.Unix(wall-int64(off), 0).In(loc)
		cy, cm, cd := c.Date()
		if cy == y && cm == m && cd == d && c.Hour() == hh && c.Minute() == mm {
			if best.IsZero() || c.Before(best) {
				best = c
			}
		}
	}
	if !best.IsZero() {
		return best
	}
	// In a gap: use the offset in force before it.
	return time.Unix(wall-int64(offs[0]), 0).In(loc)
}
