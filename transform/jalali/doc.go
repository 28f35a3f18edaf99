// Package jalali converts between the Solar Hijri (Jalali, ه‍.ش) calendar used by
// Iranian portals and the Gregorian calendar, parses dates as those portals print
// them, resolves the relative day expressions that news articles use («صبح امروز»,
// «دیروز», «شامگاه دوشنبه»), and describes the Jalali months, weeks and ranges that
// reports and schedules work in.
//
// # Conversion
//
// Conversion uses the "breaks" method of Kazimierz M. Borkowski as published in the
// jalaali-js library: a table of years at which the 33-year leap cycle is broken,
// which agrees with the calendar's astronomical definition (Nowruz is the day on
// whose Tehran noon the vernal equinox has passed). Shortcut rules are not used:
// Birashk's 2820-year cycle, found in many older converters, swaps the leap year
// between 1403 and 1404 (1403 was leap: 1403/12/30 is 2025-03-20), and again in
// 1436–1437 and 1469–1470; the plain 33-year rule agrees with the breaks table from
// 1178 to 1633 only.
//
// A Date is a plain civil date with no time zone. FromTime takes the calendar date
// of a time.Time in its own location, and Date.Time puts a Date back at midnight in a
// given location.
//
// # Weeks
//
// Jalali weeks start on Saturday (شنبه) and end on Friday (جمعه). Week 1 of a Jalali
// year is the week that contains 1 Farvardin of that year, so it may start in Esfand
// of the year before; the last days of Esfand belong to week 1 of the next year when
// they share a week with the next Nowruz. A year has 52 or 53 weeks.
//
// # Offsets
//
// ParseError.Offset is a byte offset into ParseError.Input. Relative.Start and
// Relative.End are Unicode code point (rune) offsets into the text given to
// FindRelative, the unit the dataset uses for evidence offsets.
//
// The package does no I/O and imports nothing from govwatch.
package jalali
