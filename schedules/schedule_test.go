package schedules_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/schedules"
	"govwatch/transform/jalali"
)

func tehran(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// jt returns the instant of Jalali date y/m/d at hh:mm in loc.
func jt(t testing.TB, loc *time.Location, y, m, d, hh, mm int) time.Time {
	t.Helper()
	jd := jalali.Date{Year: y, Month: m, Day: d}
	if !jd.Valid() {
		t.Fatalf("invalid Jalali date %v", jd)
	}
	gy, gm, gd := jd.Gregorian()
	return time.Date(gy, gm, gd, hh, mm, 0, 0, loc)
}

func TestNextRuns(t *testing.T) {
	loc := tehran(t)
	utc := time.UTC
	tests := []struct {
		name     string
		schedule string
		after    time.Time
		want     []time.Time
	}{
		{
			name:     "cron in Tehran",
			schedule: "30 2 * * *",
			after:    time.Date(2018, 11, 6, 1, 0, 0, 0, loc),
			want:     []time.Time{time.Date(2018, 11, 6, 2, 30, 0, 0, loc), time.Date(2018, 11, 7, 2, 30, 0, 0, loc)},
		},
		{
			name:     "cron in Tehran from a UTC instant",
			schedule: "0 3 * * *",
			// 23:00 UTC on the 5th is 02:30 Tehran on the 6th.
			after: time.Date(2018, 11, 5, 23, 0, 0, 0, utc),
			want:  []time.Time{time.Date(2018, 11, 6, 3, 0, 0, 0, loc), time.Date(2018, 11, 7, 3, 0, 0, 0, loc)},
		},
		{
			name:     "CRON_TZ overrides the zone",
			schedule: "CRON_TZ=UTC 0 3 * * *",
			after:    time.Date(2018, 11, 6, 0, 0, 0, 0, utc),
			want:     []time.Time{time.Date(2018, 11, 6, 3, 0, 0, 0, utc), time.Date(2018, 11, 7, 3, 0, 0, 0, utc)},
		},
		{
			name:     "TZ= prefix",
			schedule: "TZ=Europe/Berlin 0 12 * * *",
			after:    time.Date(2018, 11, 6, 0, 0, 0, 0, utc),
			want:     []time.Time{time.Date(2018, 11, 6, 11, 0, 0, 0, utc), time.Date(2018, 11, 7, 11, 0, 0, 0, utc)},
		},
		{
			name:     "seconds field",
			schedule: "15 0 4 * * *",
			after:    time.Date(2018, 11, 6, 0, 0, 0, 0, loc),
			want:     []time.Time{time.Date(2018, 11, 6, 4, 0, 15, 0, loc), time.Date(2018, 11, 7, 4, 0, 15, 0, loc)},
		},
		{
			name:     "every",
			schedule: "@every 6h",
			after:    time.Date(2018, 11, 6, 0, 0, 0, 0, loc),
			want:     []time.Time{time.Date(2018, 11, 6, 6, 0, 0, 0, loc), time.Date(2018, 11, 6, 12, 0, 0, 0, loc)},
		},
		{
			name:     "jalali monthly at month end",
			schedule: "@jalali-monthly 02:00",
			after:    jt(t, loc, 1397, 8, 29, 10, 0),
			want:     []time.Time{jt(t, loc, 1397, 9, 1, 2, 0), jt(t, loc, 1397, 10, 1, 2, 0)},
		},
		{
			name:     "jalali monthly on the first before the hour",
			schedule: "@jalali-monthly 02:00",
			after:    jt(t, loc, 1397, 9, 1, 1, 59),
			want:     []time.Time{jt(t, loc, 1397, 9, 1, 2, 0), jt(t, loc, 1397, 10, 1, 2, 0)},
		},
		{
			name:     "jalali monthly exactly at a fire time",
			schedule: "@jalali-monthly 02:00",
			after:    jt(t, loc, 1397, 9, 1, 2, 0),
			want:     []time.Time{jt(t, loc, 1397, 10, 1, 2, 0), jt(t, loc, 1397, 11, 1, 2, 0)},
		},
		{
			name:     "jalali monthly over Nowruz",
			schedule: "@jalali-monthly 00:30",
			after:    jt(t, loc, 1397, 12, 20, 0, 0),
			want:     []time.Time{jt(t, loc, 1398, 1, 1, 0, 30), jt(t, loc, 1398, 2, 1, 0, 30)},
		},
		{
			name:     "jalali monthly in another zone",
			schedule: "CRON_TZ=UTC @jalali-monthly 02:00",
			// 1397/09/01 is 2018-11-22.
			after: time.Date(2018, 11, 21, 12, 0, 0, 0, utc),
			want:  []time.Time{time.Date(2018, 11, 22, 2, 0, 0, 0, utc), time.Date(2018, 12, 22, 2, 0, 0, 0, utc)},
		},
		{
			name:     "jalali weekly from a Tuesday",
			schedule: "@jalali-weekly 08:30",
			// 1397/08/15 is Tuesday 2018-11-06; next Saturday is 1397/08/19.
			after: jt(t, loc, 1397, 8, 15, 12, 0),
			want:  []time.Time{jt(t, loc, 1397, 8, 19, 8, 30), jt(t, loc, 1397, 8, 26, 8, 30)},
		},
		{
			name:     "jalali weekly on Saturday before the hour",
			schedule: "@jalali-weekly 08:30",
			after:    jt(t, loc, 1397, 8, 19, 8, 0),
			want:     []time.Time{jt(t, loc, 1397, 8, 19, 8, 30), jt(t, loc, 1397, 8, 26, 8, 30)},
		},
		{
			name:     "manual job",
			schedule: "",
			after:    jt(t, loc, 1397, 8, 19, 8, 0),
			want:     nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := schedules.NextRuns(schedules.Job{Name: "j", Kind: "crawl", Schedule: tt.schedule}, tt.after, 2, loc)
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(time.Time.Equal)); diff != "" {
				t.Errorf("NextRuns(%q) (-want +got):\n%s", tt.schedule, diff)
			}
			for _, g := range got {
				if tt.schedule != "" && strings.HasPrefix(tt.schedule, "@jalali-weekly") && g.In(loc).Weekday() != time.Saturday {
					t.Errorf("weekly run %v is not on a Saturday", g)
				}
			}
		})
	}
}

func TestJalaliMonthlyEveryMonth(t *testing.T) {
	loc := tehran(t)
	job := schedules.Job{Name: "m", Kind: "report", Schedule: "@jalali-monthly 02:00"}
	runs := schedules.NextRuns(job, jt(t, loc, 1396, 12, 29, 3, 0), 36, loc)
	if len(runs) != 36 {
		t.Fatalf("got %d runs, want 36", len(runs))
	}
	for i, r := range runs {
		d := jalali.FromTime(r)
		wantY, wantM := 1397+i/12, 1+i%12
		if d.Year != wantY || d.Month != wantM || d.Day != 1 || r.Hour() != 2 || r.Minute() != 0 {
			t.Errorf("run %d = %v (%v), want %d/%02d/01 02:00", i, r, d, wantY, wantM)
		}
	}
}

func TestValidate(t *testing.T) {
	loc := tehran(t)
	tests := []struct {
		name  string
		job   schedules.Job
		field string
		want  error
	}{
		{"ok cron", schedules.Job{Name: "a", Kind: "crawl", Schedule: "0 2 * * *"}, "", nil},
		{"ok jalali", schedules.Job{Name: "a", Kind: "report", Schedule: "@jalali-monthly 02:00", Scope: "county=کوار"}, "", nil},
		{"ok every minute", schedules.Job{Name: "a", Kind: "crawl", Schedule: "* * * * *"}, "", nil},
		{"ok every minute at second 15", schedules.Job{Name: "a", Kind: "crawl", Schedule: "15 * * * * *"}, "", nil},
		{"ok every 1m", schedules.Job{Name: "a", Kind: "crawl", Schedule: "@every 1m"}, "", nil},
		{"ok leap day", schedules.Job{Name: "a", Kind: "crawl", Schedule: "0 0 29 2 *"}, "", nil},
		{"ok explicit period", schedules.Job{Name: "a", Kind: "report", Period: "1397-08", Lang: "en"}, "", nil},
		{"bad cron field", schedules.Job{Name: "a", Kind: "crawl", Schedule: "0 25 * * *"}, "schedule", schedules.ErrBadSchedule},
		{"too few fields", schedules.Job{Name: "a", Kind: "crawl", Schedule: "0 2 *"}, "schedule", schedules.ErrBadSchedule},
		{"bad zone", schedules.Job{Name: "a", Kind: "crawl", Schedule: "CRON_TZ=Mars/Olympus 0 2 * * *"}, "schedule", schedules.ErrBadSchedule},
		{"zone without spec", schedules.Job{Name: "a", Kind: "crawl", Schedule: "CRON_TZ=UTC"}, "schedule", schedules.ErrBadSchedule},
		{"TZ without space", schedules.Job{Name: "a", Kind: "crawl", Schedule: "TZ=UTC"}, "schedule", schedules.ErrBadSchedule},
		{"jalali without time", schedules.Job{Name: "a", Kind: "crawl", Schedule: "@jalali-monthly"}, "schedule", schedules.ErrBadSchedule},
		{"jalali bad time", schedules.Job{Name: "a", Kind: "crawl", Schedule: "@jalali-weekly 24:00"}, "schedule", schedules.ErrBadSchedule},
		{"jalali unknown", schedules.Job{Name: "a", Kind: "crawl", Schedule: "@jalali-daily 02:00"}, "schedule", schedules.ErrBadSchedule},
		{"step zero", schedules.Job{Name: "a", Kind: "crawl", Schedule: "*/0 * * * *"}, "schedule", schedules.ErrBadSchedule},
		{"never fires", schedules.Job{Name: "a", Kind: "crawl", Schedule: "0 0 31 2 *"}, "schedule", schedules.ErrBadSchedule},
		{"every nanosecond", schedules.Job{Name: "a", Kind: "report", Schedule: "@every 1ns"}, "schedule", schedules.ErrBadSchedule},
		{"every 30 seconds", schedules.Job{Name: "a", Kind: "crawl", Schedule: "@every 30s"}, "schedule", schedules.ErrBadSchedule},
		{"twice a minute by seconds", schedules.Job{Name: "a", Kind: "crawl", Schedule: "0,30 * * * * *"}, "schedule", schedules.ErrBadSchedule},
		{"every second once a year", schedules.Job{Name: "a", Kind: "crawl", Schedule: "* 0 0 1 1 *"}, "schedule", schedules.ErrBadSchedule},
		{"bad descriptor", schedules.Job{Name: "a", Kind: "crawl", Schedule: "@fortnightly"}, "schedule", schedules.ErrBadSchedule},
		{"no name", schedules.Job{Kind: "crawl"}, "name", schedules.ErrNoName},
		{"bad name", schedules.Job{Name: "a/b", Kind: "crawl"}, "name", schedules.ErrBadName},
		{"bad kind", schedules.Job{Name: "a", Kind: "scrape"}, "kind", schedules.ErrBadKind},
		{"bad period", schedules.Job{Name: "a", Kind: "report", Period: "last-month"}, "period", schedules.ErrBadPeriod},
		{"period on crawl", schedules.Job{Name: "a", Kind: "crawl", Period: "1397-08"}, "period", schedules.ErrNotForKind},
		{"bad scope", schedules.Job{Name: "a", Kind: "report", Scope: "city=کوار"}, "scope", schedules.ErrBadScope},
		{"bad lang", schedules.Job{Name: "a", Kind: "report", Lang: "de"}, "lang", schedules.ErrBadLang},
		{"negative timeout", schedules.Job{Name: "a", Kind: "crawl", Timeout: -time.Second}, "timeout", schedules.ErrBadTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.job.Validate(loc)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			var je *schedules.JobError
			if !errors.As(err, &je) {
				t.Fatalf("Validate = %v, want *JobError", err)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Validate = %v, want it to wrap %v", err, tt.want)
			}
			if je.Field != tt.field {
				t.Errorf("field = %q, want %q", je.Field, tt.field)
			}
			if tt.job.Name != "" && !strings.Contains(err.Error(), "job "+tt.job.Name) {
				t.Errorf("message %q does not name the job", err)
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	cfg, err := schedules.DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		listen string
		token  string
		jobs   []schedules.Job
		want   error
	}{
		{"loopback without token", "127.0.0.1:8090", "", nil, nil},
		{"localhost without token", "localhost:0", "", nil, nil},
		{"ipv6 loopback", "[::1]:8090", "", nil, nil},
		{"all interfaces without token", ":8090", "", nil, schedules.ErrTokenRequired},
		{"public address without token", "0.0.0.0:8090", "", nil, schedules.ErrTokenRequired},
		{"public address with token", "0.0.0.0:8090", "s3cret", nil, nil},
		{"bad address", "8090", "", nil, schedules.ErrBadListen},
		{"duplicate job", "", "", []schedules.Job{{Name: "a", Kind: "crawl"}, {Name: "a", Kind: "crawl"}}, schedules.ErrDuplicateJob},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cfg
			c.Listen, c.Token, c.Jobs = tt.listen, tt.token, tt.jobs
			err := c.Validate()
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("Validate = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestDefaultPeriod(t *testing.T) {
	loc := tehran(t)
	tests := []struct {
		name   string
		period string
		at     time.Time
		want   string
	}{
		{"previous month at the first", "", jt(t, loc, 1397, 9, 1, 2, 0), "1397-08"},
		{"previous month mid-month", "previous-month", jt(t, loc, 1397, 9, 15, 2, 0), "1397-08"},
		{"previous month over Nowruz", "", jt(t, loc, 1398, 1, 1, 2, 0), "1397-12"},
		{"previous month just before midnight Tehran", "", time.Date(2018, 11, 21, 20, 29, 0, 0, time.UTC), "1397-07"},
		{"previous month just after midnight Tehran", "", time.Date(2018, 11, 21, 20, 31, 0, 0, time.UTC), "1397-08"},
		{"previous week", "previous-week", jt(t, loc, 1397, 8, 19, 8, 30), jalali.WeekOf(jalali.Date{Year: 1397, Month: 8, Day: 12}).String()},
		{"explicit", "1396-05", jt(t, loc, 1397, 9, 1, 2, 0), "1396-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := schedules.DefaultPeriod(schedules.Job{Name: "r", Kind: "report", Period: tt.period}, tt.at, loc)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.String(); got != tt.want {
				t.Errorf("DefaultPeriod = %s, want %s", got, tt.want)
			}
			if tt.period == "previous-week" {
				want := jalali.Period{Start: jalali.Date{Year: 1397, Month: 8, Day: 12}, End: jalali.Date{Year: 1397, Month: 8, Day: 18}, Kind: jalali.PeriodWeek}
				if p != want {
					t.Errorf("previous week = %+v, want %+v (Saturday to Friday)", p, want)
				}
			}
		})
	}
}

func ExampleNextRuns() {
	loc, _ := time.LoadLocation("Asia/Tehran")
	job := schedules.Job{Name: "monthly-report", Kind: "report", Schedule: "@jalali-monthly 02:00"}
	// 1397/08/29 10:00 in Tehran.
	after := time.Date(2018, 11, 20, 10, 0, 0, 0, loc)
	for _, t := range schedules.NextRuns(job, after, 3, loc) {
		fmt.Println(t.Format("2006-01-02 15:04 MST"), "=", schedules.FormatJalali(t, loc))
	}
	// Output:
	// 2018-11-22 02:00 +0330 = 1397/09/01 02:00
	// 2018-12-22 02:00 +0330 = 1397/10/01 02:00
	// 2019-01-21 02:00 +0330 = 1397/11/01 02:00
}

func ExampleNextRuns_weekly() {
	loc, _ := time.LoadLocation("Asia/Tehran")
	job := schedules.Job{Name: "weekly-crawl", Kind: "crawl", Schedule: "@jalali-weekly 08:30"}
	after := time.Date(2018, 11, 6, 12, 0, 0, 0, loc) // Tuesday 1397/08/15
	for _, t := range schedules.NextRuns(job, after, 2, loc) {
		fmt.Println(t.Weekday(), schedules.FormatJalali(t, loc))
	}
	// Output:
	// Saturday 1397/08/19 08:30
	// Saturday 1397/08/26 08:30
}

func TestBackfillPeriods(t *testing.T) {
	tests := []struct {
		name, from, to string
		want           []string
		err            error
	}{
		{"year of months", "1397-01", "1397-12", []string{"1397-01", "1397-02", "1397-03", "1397-04", "1397-05", "1397-06", "1397-07", "1397-08", "1397-09", "1397-10", "1397-11", "1397-12"}, nil},
		{"over a new year", "1397-11", "1398-02", []string{"1397-11", "1397-12", "1398-01", "1398-02"}, nil},
		{"one month", "1397-08", "1397-08", []string{"1397-08"}, nil},
		{"weeks", "1397-W10", "1397-W12", []string{"1397-W10", "1397-W11", "1397-W12"}, nil},
		{"reversed", "1397-12", "1397-01", nil, schedules.ErrBadPeriod},
		{"mixed kinds", "1397-01", "1397-W12", nil, schedules.ErrBadPeriod},
		{"bad from", "1397-13", "1397-12", nil, schedules.ErrBadPeriod},
		{"range", "1397-01-01..1397-01-10", "1397-02-01..1397-02-10", nil, schedules.ErrBadPeriod},
		{"too many", "1000-01", "1397-12", nil, schedules.ErrBadPeriod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := schedules.BackfillPeriods(tt.from, tt.to)
			if !errors.Is(err, tt.err) {
				t.Fatalf("BackfillPeriods error = %v, want %v", err, tt.err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("BackfillPeriods (-want +got):\n%s", diff)
			}
		})
	}
}
