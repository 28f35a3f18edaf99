package schedules

import (
	"fmt"
	"time"

	"govwatch/transform/jalali"
)

// maxBackfill bounds the number of periods one backfill may cover.
const maxBackfill = 1000

// periodStart returns the first day of the Jalali month or week holding d.
func (s jalaliSchedule) periodStart(d jalali.Date) jalali.Date {
	if s.weekly {
		return jalali.WeekOf(d).Start
	}
	return jalali.MonthOf(d).Start
}

// nextStart returns the first day of the month or week after the one that
// starts on d.
func (s jalaliSchedule) nextStart(d jalali.Date) jalali.Date {
	if s.weekly {
		return jalali.WeekOf(d).Next().Start
	}
	return jalali.MonthOf(d).Next().Start
}

// checkPeriodSpec checks a Job.Period.
func checkPeriodSpec(spec string) (jalali.Period, error) {
	switch spec {
	case "", PeriodPreviousMonth, PeriodPreviousWeek:
		return jalali.Period{}, nil
	}
	p, err := jalali.ParsePeriod(spec)
	if err != nil {
		return jalali.Period{}, fmt.Errorf("%w: want %q, %q or a period such as \"1397-08\": %w", ErrBadPeriod, PeriodPreviousMonth, PeriodPreviousWeek, err)
	}
	return p, nil
}

// DefaultPeriod returns the period a report job covers when it runs at at:
// the Jalali month (or, for PeriodPreviousWeek, the Saturday-to-Friday week)
// that ended last before at's date in loc, or the job's explicit period.
// A run due at 1397/09/01 02:00 reports on 1397-08.
func DefaultPeriod(job Job, at time.Time, loc *time.Location) (jalali.Period, error) {
	if job.Kind != KindReport {
		return jalali.Period{}, fmt.Errorf("job %s: %w: only report jobs have a period", job.Name, ErrNotForKind)
	}
	if loc == nil {
		return jalali.Period{}, ErrNoLocation
	}
	d := jalali.FromTime(at.In(loc))
	if !d.Valid() {
		return jalali.Period{}, fmt.Errorf("%w: %s is outside the Jalali calendar's range", ErrBadPeriod, at)
	}
	switch job.Period {
	case "", PeriodPreviousMonth:
		return jalali.MonthOf(d).Previous(), nil
	case PeriodPreviousWeek:
		return jalali.WeekOf(d).Previous(), nil
	}
	return checkPeriodSpec(job.Period)
}

// BackfillPeriods returns the periods from..to inclusive, in order. Both
// must be periods of the same kind ("1397-01" and "1397-12" for months).
func BackfillPeriods(from, to string) ([]jalali.Period, error) {
	f, err := jalali.ParsePeriod(from)
	if err != nil {
		return nil, fmt.Errorf("%w: from: %w", ErrBadPeriod, err)
	}
	t, err := jalali.ParsePeriod(to)
	if err != nil {
		return nil, fmt.Errorf("%w: to: %w", ErrBadPeriod, err)
	}
	if f.Kind != jalali.PeriodMonth && f.Kind != jalali.PeriodWeek {
		return nil, fmt.Errorf("%w: backfill runs over months (1397-01) or weeks (1397-W01), not %s", ErrBadPeriod, from)
	}
	if f.Kind != t.Kind {
		return nil, fmt.Errorf("%w: from %s and to %s are not the same kind of period", ErrBadPeriod, from, to)
	}
	if t.Start.Before(f.Start) {
		return nil, fmt.Errorf("%w: from %s is after to %s", ErrBadPeriod, from, to)
	}
	var out []jalali.Period
	for p := f; !t.Start.Before(p.Start); p = p.Next() {
		if len(out) == maxBackfill {
			return nil, fmt.Errorf("%w: more than %d periods from %s to %s", ErrBadPeriod, maxBackfill, from, to)
		}
		out = append(out, p)
	}
	return out, nil
}

// NextRuns returns the next n times job's schedule fires after after, in
// loc (the default zone of schedules without CRON_TZ=). It returns nil for a
// manual-only job or a bad schedule (Validate reports the latter).
func NextRuns(job Job, after time.Time, n int, loc *time.Location) []time.Time {
	if job.Schedule == "" || n <= 0 {
		return nil
	}
	sched, err := parseSchedule(job.Schedule, loc)
	if err != nil {
		return nil
	}
	var out []time.Time
	t := after
	for range n {
		t = sched.Next(t)
		if t.IsZero() {
			break
		}
		out = append(out, t.In(loc))
	}
	return out
}

// FormatJalali formats t in loc as a Jalali date and time, such as
// "1397/09/01 02:00".
func FormatJalali(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	d := jalali.FromTime(t)
	return fmt.Sprintf("%04d/%02d/%02d %02d:%02d", d.Year, d.Month, d.Day, t.Hour(), t.Minute())
}
