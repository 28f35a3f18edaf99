package jalali

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PeriodKind says how a Period was defined.
type PeriodKind int

// The kinds of Period. The zero value is not a kind; the zero Period is not Valid.
const (
	// PeriodMonth is one Jalali month, written "1397-08".
	PeriodMonth PeriodKind = iota + 1
	// PeriodWeek is one Saturday-to-Friday Jalali week, written "1397-W12" (see the
	// package documentation for how weeks are numbered).
	PeriodWeek
	// PeriodRange is any run of whole days, written "1397-08-01..1397-08-15".
	PeriodRange
)

// String returns "month", "week" or "range", or "" for a value that is not a kind.
func (k PeriodKind) String() string {
	switch k {
	case PeriodMonth:
		return "month"
	case PeriodWeek:
		return "week"
	case PeriodRange:
		return "range"
	}
	return ""
}

// Period is a run of whole Jalali days from Start to End, both inclusive. A Valid
// Period has Valid Start and End with Start not after End; a PeriodMonth covers
// exactly one month and a PeriodWeek exactly one Saturday-to-Friday week.
type Period struct {
	Start, End Date
	Kind       PeriodKind
}

// weekOneStart returns the day number of the Saturday that starts week 1 of
// Jalali year y: the Saturday on or before 1 Farvardin.
func weekOneStart(y int) int {
	n := nowruz(y)
	wd := Date{Year: y, Month: 1, Day: 1}.Weekday()
	return n - (int(wd)+1)%7 // Saturday is 6: days since the last Saturday
}

// WeeksInYear returns the number of weeks (52 or 53) in Jalali week-year y, or 0
// if y is outside [MinYear, MaxYear-1] (the last year's weeks run into a year
// that is not supported).
func WeeksInYear(y int) int {
	if y < MinYear || y >= MaxYear {
		return 0
	}
	return (weekOneStart(y+1) - weekOneStart(y)) / 7
}

// MonthOf returns the Jalali month that contains d, or the zero Period if d is not
// Valid.
func MonthOf(d Date) Period {
	if !d.Valid() {
		return Period{}
	}
	return Period{
		Start: Date{Year: d.Year, Month: d.Month, Day: 1},
		End:   Date{Year: d.Year, Month: d.Month, Day: MonthLength(d.Year, d.Month)},
		Kind:  PeriodMonth,
	}
}

// MonthPeriod returns Jalali month (1..12) of year, or a *ParseError wrapping
// ErrOutOfRange.
func MonthPeriod(year, month int) (Period, error) {
	d := Date{Year: year, Month: month, Day: 1}
	if !d.Valid() {
		return Period{}, &ParseError{Input: fmt.Sprintf("%04d-%02d", year, month), Err: ErrOutOfRange}
	}
	return MonthOf(d), nil
}

// WeekOf returns the Saturday-to-Friday week that contains d, or the zero Period
// if d is not Valid or the week leaves [MinYear, MaxYear].
func WeekOf(d Date) Period {
	if !d.Valid() {
		return Period{}
	}
	wd := d.Weekday()
	start := d.AddDays(-((int(wd) + 1) % 7))
	end := start.AddDays(6)
	if !start.Valid() || !end.Valid() {
		return Period{}
	}
	return Period{Start: start, End: end, Kind: PeriodWeek}
}

// WeekPeriod returns week (1..WeeksInYear(year)) of Jalali week-year year, or a
// *ParseError wrapping ErrOutOfRange.
func WeekPeriod(year, week int) (Period, error) {
	n := WeeksInYear(year)
	if n == 0 || week < 1 || week > n {
		return Period{}, &ParseError{Input: fmt.Sprintf("%04d-W%02d", year, week), Err: ErrOutOfRange}
	}
	start, ok := fromDayNumber(weekOneStart(year) + 7*(week-1))
	if !ok {
		return Period{}, &ParseError{Input: fmt.Sprintf("%04d-W%02d", year, week), Err: ErrOutOfRange}
	}
	return WeekOf(start), nil
}

// Week returns the week-year and week number of a PeriodWeek; the week-year is
// the Jalali year of the week's Friday, since a week that straddles Nowruz is week
// 1 of the new year. It returns (0, 0) for any other Period.
func (p Period) Week() (year, week int) {
	if p.Kind != PeriodWeek || !p.Valid() {
		return 0, 0
	}
	y := p.End.Year
	return y, (p.Start.dayNumber()-weekOneStart(y))/7 + 1
}

// NewRange returns the PeriodRange from start to end inclusive, or a *ParseError
// wrapping ErrOutOfRange if either is not Valid or end is before start.
func NewRange(start, end Date) (Period, error) {
	if !start.Valid() || !end.Valid() || end.Before(start) {
		return Period{}, &ParseError{Input: start.String() + ".." + end.String(), Err: ErrOutOfRange}
	}
	return Period{Start: start, End: end, Kind: PeriodRange}, nil
}

// Valid reports whether p is a well-formed period of its kind.
func (p Period) Valid() bool {
	if !p.Start.Valid() || !p.End.Valid() || p.End.Before(p.Start) {
		return false
	}
	switch p.Kind {
	case PeriodMonth:
		return p == MonthOf(p.Start)
	case PeriodWeek:
		return p == WeekOf(p.Start)
	case PeriodRange:
		return true
	}
	return false
}

// Days returns the number of days in p, or 0 if p is not Valid.
func (p Period) Days() int {
	if !p.Valid() {
		return 0
	}
	return p.End.Sub(p.Start) + 1
}

// Contains reports whether d falls within p (both ends included).
func (p Period) Contains(d Date) bool {
	return p.Valid() && d.Valid() && !d.Before(p.Start) && !d.After(p.End)
}

// Previous returns the period of the same kind just before p: the month before, the
// week before, or for a range the range of the same length that ends the day
// before p starts. It returns the zero Period if p is not Valid or the result
// leaves the supported years.
func (p Period) Previous() Period {
	if !p.Valid() {
		return Period{}
	}
	switch p.Kind {
	case PeriodMonth:
		return MonthOf(p.Start.AddDays(-1))
	case PeriodWeek:
		return WeekOf(p.Start.AddDays(-7))
	}
	end := p.Start.AddDays(-1)
	start := p.Start.AddDays(-p.Days())
	if !start.Valid() || !end.Valid() {
		return Period{}
	}
	return Period{Start: start, End: end, Kind: PeriodRange}
}

// Next returns the period of the same kind just after p, as Previous does
// backwards.
func (p Period) Next() Period {
	if !p.Valid() {
		return Period{}
	}
	switch p.Kind {
	case PeriodMonth:
		return MonthOf(p.End.AddDays(1))
	case PeriodWeek:
		return WeekOf(p.Start.AddDays(7))
	}
	start := p.End.AddDays(1)
	end := p.End.AddDays(p.Days())
	if !start.Valid() || !end.Valid() {
		return Period{}
	}
	return Period{Start: start, End: end, Kind: PeriodRange}
}

// GregorianStart returns the first instant of p in loc (see Date.Time), or the
// zero Time if p is not Valid.
func (p Period) GregorianStart(loc *time.Location) time.Time {
	if !p.Valid() {
		return time.Time{}
	}
	return p.Start.Time(loc)
}

// GregorianEnd returns the first instant after p in loc, so that p covers the
// half-open interval [GregorianStart, GregorianEnd). It returns the zero Time if p
// is not Valid or ends on the last supported day.
func (p Period) GregorianEnd(loc *time.Location) time.Time {
	if !p.Valid() {
		return time.Time{}
	}
	return p.End.AddDays(1).Time(loc)
}

// isoDate formats d as YYYY-MM-DD.
func isoDate(d Date) string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// String formats p in the form ParsePeriod reads: "1397-08", "1397-W12" or
// "1397-08-01..1397-08-15". It returns "" for a Period that is not Valid. Periods
// in Jalali years from GregorianYearMin on format but do not parse back.
func (p Period) String() string {
	if !p.Valid() {
		return ""
	}
	switch p.Kind {
	case PeriodMonth:
		return fmt.Sprintf("%04d-%02d", p.Start.Year, p.Start.Month)
	case PeriodWeek:
		y, w := p.Week()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	return isoDate(p.Start) + ".." + isoDate(p.End)
}

// Title returns a Persian label for p with Persian digits, for report headings:
// «آبان ۱۳۹۷», «هفته ۱۲ سال ۱۳۹۷», «۱ آبان ۱۳۹۷ تا ۱۵ آبان ۱۳۹۷». It returns ""
// for a Period that is not Valid.
func (p Period) Title() string {
	if !p.Valid() {
		return ""
	}
	switch p.Kind {
	case PeriodMonth:
		return MonthName(p.Start.Month) + " " + toPersianDigits(strconv.Itoa(p.Start.Year))
	case PeriodWeek:
		y, w := p.Week()
		return "هفته " + toPersianDigits(strconv.Itoa(w)) + " سال " + toPersianDigits(strconv.Itoa(y))
	}
	return p.Start.Long() + " تا " + p.End.Long()
}

// TitleEN returns an English label for p: "Aban 1397", "Week 12 of 1397",
// "1 Aban 1397 – 15 Aban 1397". It returns "" for a Period that is not Valid.
func (p Period) TitleEN() string {
	if !p.Valid() {
		return ""
	}
	switch p.Kind {
	case PeriodMonth:
		return MonthNameEN(p.Start.Month) + " " + strconv.Itoa(p.Start.Year)
	case PeriodWeek:
		y, w := p.Week()
		return "Week " + strconv.Itoa(w) + " of " + strconv.Itoa(y)
	}
	return p.Start.LongEN() + " – " + p.End.LongEN()
}

// GregorianYearMin is the smallest four-digit year that ParsePeriod reads as
// Gregorian in a range; smaller years are Jalali. Jalali year 1800 is 2421 CE and
// Gregorian 1800 is 1179 SH, so the two never meet in govwatch's data.
const GregorianYearMin = 1800

// ParsePeriod reads a period as the CLI and job configuration write it:
//
//	1397-08                  a Jalali month (also 1397/08)
//	1397-W12                 week 12 of Jalali week-year 1397 (also 1397-w12)
//	1397-08-01..1397-08-15   a Jalali range, both ends included
//	2018-11-01..2018-11-30   a Gregorian range, converted to Jalali days
//	1397-08-15               a single day, as a one-day range
//
// Range ends may mix calendars; an end whose year is GregorianYearMin or more is
// Gregorian. Consequently only Jalali years below GregorianYearMin can be written,
// and a Gregorian day in Jalali year GregorianYearMin or later (after 2421 CE) is
// out of range. Persian and Arabic-Indic digits and surrounding spaces are accepted.
// Errors are *ParseError wrapping ErrEmpty, ErrFormat or ErrOutOfRange.
func ParsePeriod(s string) (Period, error) {
	// Fold digits and drop spaces, keeping each byte's offset into s.
	var b []byte
	var offs []int
	for off, r := range s {
		n := normRune(r)
		switch {
		case n < 0 || n == ' ':
			continue
		case n >= 0x80:
			return Period{}, &ParseError{Input: s, Offset: off, Err: ErrFormat}
		}
		b = append(b, byte(n))
		offs = append(offs, off)
	}
	offs = append(offs, len(s))
	f := string(b)
	if f == "" {
		return Period{}, &ParseError{Input: s, Offset: 0, Err: ErrEmpty}
	}
	fail := func(i int, err error) (Period, error) {
		return Period{}, &ParseError{Input: s, Offset: offs[i], Err: err}
	}
	if i := strings.Index(f, ".."); i >= 0 {
		start, err := periodDay(f[:i])
		if err != nil {
			return fail(err.at, err.err)
		}
		end, err := periodDay(f[i+2:])
		if err != nil {
			return fail(i+2+err.at, err.err)
		}
		if end.Before(start) {
			return fail(i+2, fmt.Errorf("range ends before it starts: %w", ErrOutOfRange))
		}
		return Period{Start: start, End: end, Kind: PeriodRange}, nil
	}
	parts := strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '/' })
	if len(parts) == 2 && (strings.HasPrefix(parts[1], "W") || strings.HasPrefix(parts[1], "w")) {
		y, ok1 := digits(parts[0], 4, 4)
		w, ok2 := digits(parts[1][1:], 1, 2)
		if !ok1 || !ok2 || len(f) != len(parts[0])+1+len(parts[1]) || f[4] != '-' {
			return fail(0, ErrFormat)
		}
		p, err := WeekPeriod(y, w)
		if err != nil {
			return fail(5, fmt.Errorf("week %d of %d: %w", w, y, ErrOutOfRange))
		}
		return p, nil
	}
	if strings.Count(f, "-")+strings.Count(f, "/") == 1 {
		if len(parts) != 2 {
			return fail(0, ErrFormat)
		}
		y, ok1 := digits(parts[0], 4, 4)
		if !ok1 {
			return fail(0, ErrFormat)
		}
		m, ok2 := digits(parts[1], 1, 2)
		if !ok2 {
			return fail(5, ErrFormat)
		}
		if y >= GregorianYearMin {
			return fail(0, fmt.Errorf("year %d is Gregorian; give a Jalali month or a range: %w", y, ErrFormat))
		}
		p, err := MonthPeriod(y, m)
		if err != nil {
			if y < MinYear || y > MaxYear {
				return fail(0, fmt.Errorf("year %d: %w", y, ErrOutOfRange))
			}
			return fail(5, fmt.Errorf("month %d: %w", m, ErrOutOfRange))
		}
		return p, nil
	}
	d, err := periodDay(f)
	if err != nil {
		return fail(err.at, err.err)
	}
	return Period{Start: d, End: d, Kind: PeriodRange}, nil
}

// digits parses s as a decimal number of minLen..maxLen ASCII digits.
func digits(s string, minLen, maxLen int) (int, bool) {
	if len(s) < minLen || len(s) > maxLen {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// dayError is an error at byte offset at of the folded string periodDay was given.
type dayError struct {
	at  int
	err error
}

// periodDay parses YYYY-MM-DD (or with '/'), Jalali below GregorianYearMin and
// Gregorian from it on.
func periodDay(s string) (Date, *dayError) {
	if len(s) < 8 {
		return Date{}, &dayError{0, ErrFormat}
	}
	sep := s[4]
	if sep != '-' && sep != '/' {
		return Date{}, &dayError{0, ErrFormat}
	}
	parts := strings.Split(s, string(sep))
	if len(parts) != 3 {
		return Date{}, &dayError{0, ErrFormat}
	}
	y, ok1 := digits(parts[0], 4, 4)
	m, ok2 := digits(parts[1], 1, 2)
	d, ok3 := digits(parts[2], 1, 2)
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &dayError{0, ErrFormat}
	}
	offM, offD := 5, 6+len(parts[1])
	if y >= GregorianYearMin {
		if m < 1 || m > 12 {
			return Date{}, &dayError{offM, fmt.Errorf("gregorian month %d: %w", m, ErrOutOfRange)}
		}
		t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
		if d < 1 || t.Day() != d {
			return Date{}, &dayError{offD, fmt.Errorf("gregorian day %d: %w", d, ErrOutOfRange)}
		}
		jd := FromGregorian(y, time.Month(m), d)
		if !jd.Valid() || jd.Year >= GregorianYearMin {
			return Date{}, &dayError{0, fmt.Errorf("year %d: %w", y, ErrOutOfRange)}
		}
		return jd, nil
	}
	jd := Date{Year: y, Month: m, Day: d}
	switch {
	case y < MinYear || y > MaxYear:
		return Date{}, &dayError{0, fmt.Errorf("year %d: %w", y, ErrOutOfRange)}
	case m < 1 || m > 12:
		return Date{}, &dayError{offM, fmt.Errorf("month %d: %w", m, ErrOutOfRange)}
	case !jd.Valid():
		return Date{}, &dayError{offD, fmt.Errorf("day %d of month %d: %w", d, m, ErrOutOfRange)}
	}
	return jd, nil
}
