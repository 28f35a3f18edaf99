package schedules

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // CRON_TZ= and Asia/Tehran must resolve on hosts without tzdata.

	"github.com/robfig/cron/v3"

	"govwatch/transform/jalali"
)

// cronParser is the one parser used by Validate, NextRuns and the scheduler:
// standard five fields, an optional leading seconds field, and descriptors.
var cronParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// Jalali schedule descriptors.
const (
	jalaliMonthly = "@jalali-monthly"
	jalaliWeekly  = "@jalali-weekly"
)

// parseSchedule parses a Job.Schedule. loc is the zone of specs without a
// CRON_TZ= or TZ= prefix. It never panics, whatever the spec.
func parseSchedule(spec string, loc *time.Location) (sched cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			sched, err = nil, fmt.Errorf("%w: %q: %v", ErrBadSchedule, spec, r)
		}
	}()
	if loc == nil {
		return nil, ErrNoLocation
	}
	rest := strings.TrimSpace(spec)
	if strings.HasPrefix(rest, "CRON_TZ=") || strings.HasPrefix(rest, "TZ=") {
		zone, after, _ := strings.Cut(rest[strings.Index(rest, "=")+1:], " ")
		l, err := time.LoadLocation(zone)
		if err != nil || zone == "" || zone == "Local" {
			return nil, fmt.Errorf("%w: unknown time zone %q", ErrBadSchedule, zone)
		}
		loc, rest = l, strings.TrimSpace(after)
	}
	if rest == "" {
		return nil, fmt.Errorf("%w: empty", ErrBadSchedule)
	}
	fields := strings.Fields(rest)
	if fields[0] == jalaliMonthly || fields[0] == jalaliWeekly {
		if len(fields) != 2 {
			return nil, fmt.Errorf("%w: %s takes one time of day, HH:MM, as in %q", ErrBadSchedule, fields[0], fields[0]+" 02:00")
		}
		h, m, err := parseClock(fields[1])
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrBadSchedule, fields[0], err)
		}
		return jalaliSchedule{weekly: fields[0] == jalaliWeekly, hour: h, min: m, loc: loc}, nil
	}
	if strings.HasPrefix(rest, "@jalali") {
		return nil, fmt.Errorf("%w: unknown descriptor %q (want %s or %s)", ErrBadSchedule, fields[0], jalaliMonthly, jalaliWeekly)
	}
	s, err := cronParser.Parse(rest)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %w", ErrBadSchedule, spec, err)
	}
	if ss, ok := s.(*cron.SpecSchedule); ok {
		ss.Location = loc
	}
	if err := checkFiring(s, spec); err != nil {
		return nil, err
	}
	return s, nil
}

// MinInterval is the shortest time between two firings of a schedule: a spec that
// can fire more often (a seconds field with more than one value, "@every 30s") is
// refused, as no crawl or report of a governorate portal needs it and a report every
// second is a mistake.
const MinInterval = time.Minute

// checkFiring refuses a cron schedule that fires more often than MinInterval or
// never (a day that does not exist, such as "0 0 31 2 *": robfig/cron looks five
// years ahead and gives up).
func checkFiring(s cron.Schedule, spec string) error {
	switch s := s.(type) {
	case cron.ConstantDelaySchedule:
		if s.Delay < MinInterval {
			return fmt.Errorf("%w: %q fires every %s, more often than every %s", ErrBadSchedule, spec, s.Delay, MinInterval)
		}
	case *cron.SpecSchedule:
		// Only a seconds field that holds more than one second fires twice within a
		// minute; with one second, firings are at least a minute apart.
		if bits.OnesCount64(s.Second&^(1<<63)) > 1 {
			return fmt.Errorf("%w: %q fires more than once a minute (seconds field), more often than every %s", ErrBadSchedule, spec, MinInterval)
		}
		if s.Next(time.Now()).IsZero() {
			return fmt.Errorf("%w: %q never fires (no such day in the next five years)", ErrBadSchedule, spec)
		}
	}
	return nil
}

// parseClock parses "HH:MM", 24-hour.
func parseClock(s string) (hour, minute int, err error) {
	hs, ms, ok := strings.Cut(s, ":")
	if ok && len(hs) >= 1 && len(hs) <= 2 && len(ms) == 2 {
		h, err1 := strconv.Atoi(hs)
		m, err2 := strconv.Atoi(ms)
		if err1 == nil && err2 == nil && h >= 0 && h < 24 && m >= 0 && m < 60 {
			return h, m, nil
		}
	}
	return 0, 0, fmt.Errorf("time of day %q is not HH:MM between 00:00 and 23:59", s)
}

// jalaliSchedule fires at hour:min in loc on the first day of every Jalali
// month, or every Saturday (the first day of a Jalali week) when weekly. It
// implements cron.Schedule.
type jalaliSchedule struct {
	weekly    bool
	hour, min int
	loc       *time.Location
}

// Next returns the first firing time strictly after t.
func (s jalaliSchedule) Next(t time.Time) time.Time {
	local := t.In(s.loc)
	d := jalali.FromTime(local)
	if !d.Valid() {
		return time.Time{}
	}
	start := s.periodStart(d)
	for range 3 {
		at := s.at(start)
		if at.After(t) {
			return at
		}
		start = s.nextStart(start)
		if !start.Valid() {
			return time.Time{}
		}
	}
	return time.Time{}
}

// at is the firing instant on Jalali day d.
func (s jalaliSchedule) at(d jalali.Date) time.Time {
	y, m, day := d.Gregorian()
	return time.Date(y, m, day, s.hour, s.min, 0, 0, s.loc)
}
