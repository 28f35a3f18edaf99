package schedules_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
	"govwatch/schedules"
	"govwatch/transform/jalali"
)

// newTestScheduler starts a scheduler on a fake clock at start, with no HTTP
// server and no data directory, and shuts it down at the end of the test.
func newTestScheduler(t *testing.T, start time.Time, jobs []schedules.Job, h *fakeHistory) (*schedules.Scheduler, *fakeClock, *fakeRunner) {
	t.Helper()
	clk := newFakeClock(start)
	r := newFakeRunner()
	cfg := schedules.Config{Jobs: jobs, Location: tehran(t), Clock: clk}
	var hist schedules.History
	if h != nil {
		hist = h
		cfg.DataDir = h.dataDir
	}
	s, err := schedules.New(cfg, r.Run, hist, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(t.Context()), 30*time.Second)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return s, clk, r
}

func TestSchedulerFiresAtInstants(t *testing.T) {
	loc := tehran(t)
	jobs := []schedules.Job{
		{Name: "crawl-daily", Kind: "crawl", Schedule: "30 2 * * *"},
		{Name: "report-monthly", Kind: "report", Schedule: "@jalali-monthly 02:00"},
		{Name: "report-weekly", Kind: "report", Schedule: "@jalali-weekly 08:30", Period: "previous-week"},
		{Name: "utc-crawl", Kind: "crawl", Schedule: "CRON_TZ=UTC 0 0 * * *"},
	}
	// Tuesday 1397/08/29 10:00 Tehran.
	s, clk, r := newTestScheduler(t, jt(t, loc, 1397, 8, 29, 10, 0), jobs, nil)

	week := jalali.Period{Start: jalali.Date{Year: 1397, Month: 8, Day: 26}, End: jalali.Date{Year: 1397, Month: 9, Day: 2}, Kind: jalali.PeriodWeek}
	want := []struct {
		job    string
		at     time.Time
		period jalali.Period
	}{
		{"crawl-daily", jt(t, loc, 1397, 8, 30, 2, 30), jalali.Period{}},
		{"utc-crawl", time.Date(2018, 11, 21, 0, 0, 0, 0, time.UTC), jalali.Period{}},
		{"report-monthly", jt(t, loc, 1397, 9, 1, 2, 0), mustPeriod(t, "1397-08")},
		{"crawl-daily", jt(t, loc, 1397, 9, 1, 2, 30), jalali.Period{}},
		{"utc-crawl", time.Date(2018, 11, 22, 0, 0, 0, 0, time.UTC), jalali.Period{}},
		{"crawl-daily", jt(t, loc, 1397, 9, 2, 2, 30), jalali.Period{}},
		{"utc-crawl", time.Date(2018, 11, 23, 0, 0, 0, 0, time.UTC), jalali.Period{}},
		{"crawl-daily", jt(t, loc, 1397, 9, 3, 2, 30), jalali.Period{}},
		{"utc-crawl", time.Date(2018, 11, 24, 0, 0, 0, 0, time.UTC), jalali.Period{}},
		{"report-weekly", jt(t, loc, 1397, 9, 3, 8, 30), week},
	}
	for i, w := range want {
		clk.BlockUntil(1)
		if d := clk.Deadline(); !d.Equal(w.at) {
			t.Fatalf("tick %d: scheduler sleeps until %v, want %v (%s)", i, d.In(loc), w.at.In(loc), w.job)
		}
		clk.Set(w.at.Add(-time.Second))
		select {
		case c := <-r.calls:
			t.Fatalf("tick %d: %s ran at %v, a second early", i, c.req.Job.Name, clk.Now())
		default:
		}
		clk.Set(w.at)
		c := r.next(t)
		if c.req.Job.Name != w.job || !c.req.Scheduled.Equal(w.at) || c.req.Trigger != schedules.TriggerSchedule {
			t.Fatalf("tick %d: got %s scheduled %v trigger %s, want %s at %v", i, c.req.Job.Name, c.req.Scheduled.In(loc), c.req.Trigger, w.job, w.at.In(loc))
		}
		if c.req.Period != w.period {
			t.Errorf("tick %d: period = %+v, want %+v", i, c.req.Period, w.period)
		}
		c.reply <- outcome{res: schedules.Result{Pages: 2}}
		id := c.req.RunID
		waitFor(t, "run to finish", func() bool { return runStatus(t, s, id) == pipeline.StatusSucceeded })
	}
	jobsNow, err := s.Jobs(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jobsNow {
		if j.Job.Name == "report-monthly" && !j.Next.Equal(jt(t, loc, 1397, 10, 1, 2, 0)) {
			t.Errorf("report-monthly next = %v, want 1397/10/01 02:00", j.Next.In(loc))
		}
		if j.Job.Name == "report-monthly" && j.NextJalali != "1397/10/01 02:00" {
			t.Errorf("report-monthly next (Jalali) = %q", j.NextJalali)
		}
	}
}

func TestOverlapSkipped(t *testing.T) {
	loc := tehran(t)
	h := &fakeHistory{dataDir: t.TempDir()}
	start := time.Date(2018, 11, 6, 10, 0, 30, 0, loc)
	s, clk, r := newTestScheduler(t, start, []schedules.Job{{Name: "crawl", Kind: "crawl", Schedule: "* * * * *"}}, h)

	clk.BlockUntil(1)
	clk.Set(time.Date(2018, 11, 6, 10, 1, 0, 0, loc))
	first := r.next(t) // left running

	second := time.Date(2018, 11, 6, 10, 2, 0, 0, loc)
	clk.BlockUntil(1)
	clk.Set(second)
	clk.BlockUntil(1) // the tick has been handled

	runs, err := s.Runs(t.Context(), 10)
	if err != nil {
		t.Fatal(err)
	}
	var skipped []schedules.RunInfo
	for _, r := range runs {
		if r.Status == pipeline.StatusSkipped {
			skipped = append(skipped, r)
		}
	}
	if len(skipped) != 1 || !skipped[0].Scheduled.Equal(second) || !strings.Contains(skipped[0].Error, first.req.RunID) {
		t.Fatalf("skipped runs = %+v, want one at %v naming %s", skipped, second, first.req.RunID)
	}
	if got := runsTotal(t, s, "crawl", "skipped"); got != 1 {
		t.Errorf("runs_total{status=skipped} = %v, want 1", got)
	}
	select {
	case c := <-r.calls:
		t.Fatalf("second run %s started while the first runs", c.req.RunID)
	default:
	}

	first.reply <- outcome{}
	waitFor(t, "first run to finish", func() bool { return runStatus(t, s, first.req.RunID) == pipeline.StatusSucceeded })
	// The skipped tick waited for the lock the first run held, and was written to
	// the runs table before that run let it go.
	waitFor(t, "skipped tick in the runs table", func() bool { return len(tableRuns(t, h.dataDir)) > 0 })
	if rows := tableRuns(t, h.dataDir); len(rows) != 1 || rows[0].RunID != skipped[0].RunID || rows[0].Status != pipeline.StatusSkipped ||
		rows[0].Trigger != "schedule" || !strings.Contains(rows[0].Error, first.req.RunID) {
		t.Errorf("runs table = %+v, want the skipped tick %s naming %s", rows, skipped[0].RunID, first.req.RunID)
	}
	clk.Set(time.Date(2018, 11, 6, 10, 3, 0, 0, loc))
	third := r.next(t)
	if !third.req.Scheduled.Equal(time.Date(2018, 11, 6, 10, 3, 0, 0, loc)) {
		t.Errorf("third run scheduled %v", third.req.Scheduled)
	}
	third.reply <- outcome{}
}

func TestPanicRecorded(t *testing.T) {
	loc := tehran(t)
	h := &fakeHistory{dataDir: t.TempDir()}
	s, clk, r := newTestScheduler(t, time.Date(2018, 11, 6, 10, 0, 30, 0, loc), []schedules.Job{{Name: "crawl", Kind: "crawl", Schedule: "* * * * *"}}, h)

	clk.BlockUntil(1)
	clk.Set(time.Date(2018, 11, 6, 10, 1, 0, 0, loc))
	c := r.next(t)
	c.reply <- outcome{panicMsg: "boom"}
	waitFor(t, "panicked run to be recorded", func() bool { return runStatus(t, s, c.req.RunID) != pipeline.StatusRunning })
	info, _, _ := s.RunByID(t.Context(), c.req.RunID)
	if info.Status != pipeline.StatusFailed || !strings.Contains(info.Error, "boom") {
		t.Errorf("panicked run = %+v, want failed with the panic", info)
	}
	waitFor(t, "panicked run in the runs table", func() bool { return len(tableRuns(t, h.dataDir)) > 0 })
	if rows := tableRuns(t, h.dataDir); len(rows) != 1 || rows[0].RunID != c.req.RunID || rows[0].Status != pipeline.StatusFailed || !strings.Contains(rows[0].Error, "boom") {
		t.Errorf("runs table = %+v, want the panicked run as failed", rows)
	}
	if got := runsTotal(t, s, "crawl", "failed"); got != 1 {
		t.Errorf("runs_total{status=failed} = %v, want 1", got)
	}

	// The daemon lives on: the next tick runs.
	clk.BlockUntil(1)
	clk.Set(time.Date(2018, 11, 6, 10, 2, 0, 0, loc))
	next := r.next(t)
	next.reply <- outcome{}
	waitFor(t, "next run", func() bool { return runStatus(t, s, next.req.RunID) == pipeline.StatusSucceeded })
}

func TestRunStatuses(t *testing.T) {
	loc := tehran(t)
	tests := []struct {
		name string
		out  outcome
		want string
	}{
		{"success", outcome{res: schedules.Result{Pages: 5}}, pipeline.StatusSucceeded},
		{"error", outcome{err: errors.New("sink full")}, pipeline.StatusFailed},
		{"runner status", outcome{res: schedules.Result{Status: pipeline.StatusFailed, Err: errors.New("3 sources down")}}, pipeline.StatusFailed},
		{"partial", outcome{res: schedules.Result{Status: pipeline.StatusPartial, Pages: 5, Failures: 1}, err: errors.New("run partial: 1 of 2 sources failed")}, pipeline.StatusPartial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, r := newTestScheduler(t, time.Date(2018, 11, 6, 10, 0, 0, 0, loc), []schedules.Job{{Name: "c", Kind: "crawl"}}, nil)
			go func() { c := <-r.calls; c.reply <- tt.out }()
			res, err := s.Run(t.Context(), "c", schedules.RunOptions{})
			if res.Status != tt.want {
				t.Errorf("status = %s, want %s", res.Status, tt.want)
			}
			if (err != nil) != (tt.want != pipeline.StatusSucceeded) {
				t.Errorf("err = %v for status %s", err, res.Status)
			}
			if got := runsTotal(t, s, "c", tt.want); got != 1 {
				t.Errorf("govwatch_job_runs_total for %s = %v, want 1", tt.want, got)
			}
			// Only a success moves the last-success time that alerts watch.
			_, moved := metricSample(t, s, `govwatch_job_last_success_timestamp_seconds{job="c"}`)
			if moved != (tt.want == pipeline.StatusSucceeded) {
				t.Errorf("last success set = %v after a %s run", moved, tt.want)
			}
		})
	}
}

func TestJobTimeoutFails(t *testing.T) {
	loc := tehran(t)
	s, _, r := newTestScheduler(t, time.Date(2018, 11, 6, 10, 0, 0, 0, loc), []schedules.Job{{Name: "c", Kind: "crawl", Timeout: time.Millisecond}}, nil)
	go func() { c := <-r.calls; c.reply <- outcome{waitCtx: true} }()
	res, err := s.Run(t.Context(), "c", schedules.RunOptions{})
	if res.Status != pipeline.StatusFailed || !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "timeout") {
		t.Errorf("Run = %s, %v; want failed with a timeout", res.Status, err)
	}
}

func TestShutdownInterrupts(t *testing.T) {
	loc := tehran(t)
	clk := newFakeClock(time.Date(2018, 11, 6, 10, 0, 30, 0, loc))
	r := newFakeRunner()
	h := &fakeHistory{}
	s, err := schedules.New(schedules.Config{Jobs: []schedules.Job{{Name: "crawl", Kind: "crawl", Schedule: "* * * * *"}, {Name: "manual", Kind: "crawl"}}, Location: loc, Clock: clk}, r.Run, h, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	clk.BlockUntil(1)
	clk.Set(time.Date(2018, 11, 6, 10, 1, 0, 0, loc))
	scheduled := r.next(t)
	scheduled.reply <- outcome{waitCtx: true}
	api, err := s.Submit(t.Context(), "manual", schedules.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	manual := r.next(t)
	manual.reply <- outcome{waitCtx: true}

	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	for _, id := range []string{scheduled.req.RunID, api.RunID} {
		info, _, _ := s.RunByID(t.Context(), id)
		if info.Status != pipeline.StatusInterrupted || info.Pages != 3 {
			t.Errorf("run %s after shutdown = %+v, want interrupted with its pages", id, info)
		}
	}
	if !errors.Is(context.Cause(scheduled.ctx), schedules.ErrShutdown) {
		t.Errorf("cause = %v, want ErrShutdown", context.Cause(scheduled.ctx))
	}
	if _, err := s.Submit(t.Context(), "manual", schedules.RunOptions{}); !errors.Is(err, schedules.ErrShutdown) {
		t.Errorf("Submit after Shutdown = %v, want ErrShutdown", err)
	}
}

func TestStartContextCancelInterrupts(t *testing.T) {
	loc := tehran(t)
	clk := newFakeClock(time.Date(2018, 11, 6, 10, 0, 30, 0, loc))
	r := newFakeRunner()
	s, err := schedules.New(schedules.Config{Jobs: []schedules.Job{{Name: "crawl", Kind: "crawl", Schedule: "* * * * *"}}, Location: loc, Clock: clk}, r.Run, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	clk.BlockUntil(1)
	clk.Set(time.Date(2018, 11, 6, 10, 1, 0, 0, loc))
	c := r.next(t)
	c.reply <- outcome{waitCtx: true}
	cancel() // SIGTERM in cmd
	waitFor(t, "run to be interrupted", func() bool { return runStatus(t, s, c.req.RunID) == pipeline.StatusInterrupted })
	sctx, scancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer scancel()
	if err := s.Shutdown(sctx); err != nil {
		t.Fatal(err)
	}
}

func TestCatchUp(t *testing.T) {
	loc := tehran(t)
	now := jt(t, loc, 1397, 9, 5, 10, 0)
	tests := []struct {
		name string
		job  schedules.Job
		last time.Time
		want []time.Time
		per  []string
	}{
		{
			name: "default catches up the latest one",
			job:  schedules.Job{Name: "daily", Kind: "crawl", Schedule: "30 2 * * *"},
			last: jt(t, loc, 1397, 9, 2, 2, 30),
			want: []time.Time{jt(t, loc, 1397, 9, 5, 2, 30)},
		},
		{
			name: "up to catch_up, oldest first",
			job:  schedules.Job{Name: "daily", Kind: "crawl", Schedule: "30 2 * * *", CatchUp: 2},
			last: jt(t, loc, 1397, 9, 2, 2, 30),
			want: []time.Time{jt(t, loc, 1397, 9, 4, 2, 30), jt(t, loc, 1397, 9, 5, 2, 30)},
		},
		{
			name: "monthly report periods",
			job:  schedules.Job{Name: "monthly", Kind: "report", Schedule: "@jalali-monthly 02:00", CatchUp: 5},
			last: jt(t, loc, 1397, 7, 1, 2, 0),
			want: []time.Time{jt(t, loc, 1397, 8, 1, 2, 0), jt(t, loc, 1397, 9, 1, 2, 0)},
			per:  []string{"1397-07", "1397-08"},
		},
		{
			name: "nothing missed",
			job:  schedules.Job{Name: "daily", Kind: "crawl", Schedule: "30 2 * * *", CatchUp: 3},
			last: jt(t, loc, 1397, 9, 5, 2, 30),
		},
		{
			name: "catch-up off",
			job:  schedules.Job{Name: "daily", Kind: "crawl", Schedule: "30 2 * * *", CatchUp: -1},
			last: jt(t, loc, 1397, 9, 1, 2, 30),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &fakeHistory{lastSuccess: map[string]time.Time{tt.job.Name: tt.last}}
			s, clk, r := newTestScheduler(t, now, []schedules.Job{tt.job}, h)
			for i, w := range tt.want {
				c := r.next(t)
				if c.req.Trigger != schedules.TriggerCatchUp || !c.req.Scheduled.Equal(w) {
					t.Errorf("catch-up %d: %s at %v, want catchup at %v", i, c.req.Trigger, c.req.Scheduled.In(loc), w.In(loc))
				}
				if tt.per != nil && c.req.Period.String() != tt.per[i] {
					t.Errorf("catch-up %d: period %s, want %s", i, c.req.Period, tt.per[i])
				}
				c.reply <- outcome{}
			}
			// Nothing more runs until the next tick.
			clk.BlockUntil(1)
			waitFor(t, "catch-up runs to finish", func() bool {
				js, _ := s.Jobs(t.Context())
				return !js[0].Running
			})
			select {
			case c := <-r.calls:
				t.Errorf("unexpected run %s at %v", c.req.Trigger, c.req.Scheduled)
			default:
			}
		})
	}
}

func TestRunLock(t *testing.T) {
	loc := tehran(t)
	dir := t.TempDir()
	r := newFakeRunner()
	s, err := schedules.New(schedules.Config{Jobs: []schedules.Job{{Name: "crawl", Kind: "crawl"}}, Location: loc, DataDir: dir, Clock: newFakeClock(time.Date(2018, 11, 6, 10, 0, 0, 0, loc))}, r.Run, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	other, err := dataset.TryLock(dir, dataset.LockNote{RunID: "other-run", Job: "report"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Run(t.Context(), "crawl", schedules.RunOptions{})
	var le *dataset.LockedError
	if !errors.As(err, &le) || le.Holder.RunID != "other-run" {
		t.Fatalf("Run while locked = %v, want *LockedError naming other-run", err)
	}

	// Queued: waits for the holder, then holds the lock while it runs.
	done := make(chan error, 1)
	go func() {
		_, err := s.Run(t.Context(), "crawl", schedules.RunOptions{Queue: true})
		done <- err
	}()
	// Waiting, it is shown queued, not running.
	waitFor(t, "queued run to show", func() bool {
		runs, err := s.Runs(t.Context(), 5)
		return err == nil && len(runs) > 0 && runs[0].Status == pipeline.StatusQueued
	})
	if jobs, err := s.Jobs(t.Context()); err != nil || !jobs[0].Queued || jobs[0].Running {
		t.Errorf("Jobs while queued = %+v, %v; want queued, not running", jobs, err)
	}
	select {
	case c := <-r.calls:
		t.Fatalf("queued run %s started while the lock was held", c.req.RunID)
	default:
	}
	if err := other.Unlock(); err != nil {
		t.Fatal(err)
	}
	c := r.next(t)
	if st := runStatus(t, s, c.req.RunID); st != pipeline.StatusRunning {
		t.Errorf("status with the lock = %s, want running", st)
	}
	holder, held, err := dataset.Holder(dir)
	if err != nil || !held || holder.RunID != c.req.RunID || holder.Job != "crawl" {
		t.Errorf("during the run Holder = %+v, %v, %v; want %s", holder, held, err, c.req.RunID)
	}
	c.reply <- outcome{}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, held, _ := dataset.Holder(dir); held {
		t.Error("lock still held after the run")
	}

	// Dry runs take no lock.
	other, err = dataset.TryLock(dir, dataset.LockNote{RunID: "other-run"})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Unlock()
	go func() { c := <-r.calls; c.reply <- outcome{} }()
	if _, err := s.Run(t.Context(), "crawl", schedules.RunOptions{DryRun: true}); err != nil {
		t.Errorf("dry run while locked: %v", err)
	}
}

func TestBackfill(t *testing.T) {
	loc := tehran(t)
	s, _, r := newTestScheduler(t, time.Date(2018, 11, 6, 10, 0, 0, 0, loc), []schedules.Job{{Name: "monthly", Kind: "report"}, {Name: "crawl", Kind: "crawl"}}, nil)
	var got []string
	go func() {
		for c := range r.calls {
			got = append(got, string(c.req.Trigger)+":"+c.req.Period.String())
			c.reply <- outcome{}
		}
	}()
	results, err := s.Backfill(t.Context(), "monthly", "1397-10", "1398-01", schedules.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "backfill:1397-10 backfill:1397-11 backfill:1397-12 backfill:1398-01"
	if len(results) != 4 || strings.Join(got, " ") != want {
		t.Errorf("backfill ran %v (%d results), want %s", got, len(results), want)
	}
	if _, err := s.Backfill(t.Context(), "crawl", "1397-10", "1397-11", schedules.RunOptions{}); !errors.Is(err, schedules.ErrNotForKind) {
		t.Errorf("backfill of a crawl job = %v, want ErrNotForKind", err)
	}
	if _, err := s.Run(t.Context(), "nope", schedules.RunOptions{}); !errors.Is(err, schedules.ErrUnknownJob) {
		t.Errorf("Run(nope) = %v, want ErrUnknownJob", err)
	}
}

func mustPeriod(t *testing.T, s string) jalali.Period {
	t.Helper()
	p, err := jalali.ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
