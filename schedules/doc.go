// Package schedules runs govwatch's configured jobs: it parses their
// schedules, fires them on time, keeps one writer per data directory (each run
// is a pipeline.Run holding the directory's lock), and serves the operator's HTTP interface. It is the only
// package that imports robfig/cron/v3; the runs themselves are done by a
// Runner that cmd supplies.
//
// # Schedules
//
// Job.Schedule takes a robfig/cron/v3 expression or one of two Jalali forms:
//
//	30 2 * * *                  five fields (minute hour dom month dow)
//	0 30 2 * * *                six, with leading seconds
//	CRON_TZ=UTC 0 3 * * 1       in a named IANA zone (TZ= works too)
//	@daily, @hourly, @every 6h  descriptors
//	@jalali-monthly 02:00       02:00 on the first day of every Jalali month
//	@jalali-weekly 08:30        08:30 every Saturday (Jalali weeks start then)
//	CRON_TZ=UTC @jalali-monthly 02:00
//
// A schedule without CRON_TZ= is in Config.Location, Asia/Tehran by default.
// The time zone database is embedded (time/tzdata), so zones resolve on hosts
// without one. Job.Validate parses the schedule with the parser the scheduler
// uses, so a bad schedule is a *JobError at start-up. A report job's period
// is resolved at the instant the run was due: the Jalali month (or week) that
// ended last, so the run due at 1397/09/01 02:00 reports on 1397-08.
//
// # Runs
//
// Scheduled, catch-up, command-line (Scheduler.Run), API and page
// (Scheduler.Submit) and backfill runs all go through one path, each as a
// pipeline.Run handed to the Runner in Request.Run. A job never overlaps
// itself: a tick that finds the job running is recorded as a skipped run (and
// counted in metrics), and a manual request gets ErrJobRunning. Every run but
// a dry run holds the data directory's lock while the Runner works; it is
// queued while it waits for it (scheduled runs do), and otherwise refused with
// a *dataset.LockedError naming the holder unless RunOptions.Queue is set. A
// Runner that panics is recovered, logged with its stack and recorded as
// failed, and the scheduler goes on. What the Runner could not record (skipped
// ticks, refusals, panics, runs stopped while queued) the scheduler writes to
// the runs table itself, through the lock. Each run's context carries
// Job.Timeout (a run that reaches it is failed, "job timeout of … reached");
// Shutdown, or cancelling the context given to Start, cancels running jobs,
// which are then recorded as interrupted ("interrupted by shutdown signal"). On Start, runs missed while the daemon was down (counted from
// History.LastSuccess) are run again, at most Job.CatchUp of them.
//
// # Clock and cron
//
// robfig/cron's Cron reads the wall clock directly, so it cannot be driven by
// a test clock. The scheduler therefore keeps cron's parts (the parser, the
// cron.Schedule interface, which the Jalali schedules implement too, and a
// cron.Chain with cron.Recover as a last-resort guard around every run) and
// replaces cron.Cron's run loop with an equivalent loop of its own that asks
// a Clock for the time and for a wake-up. Production uses SystemClock; the
// tests use a clock they set by hand and assert that every job fires at its
// exact instant, never a second early, with no sleeping on real minutes.
//
// # HTTP interface
//
// Scheduler.Handler serves the operator page, /healthz, /metrics
// (Prometheus, on a registry of the scheduler's own, see Scheduler.Registry),
// the JSON API and the report files; see Handler for the routes and rules.
// Config.Listen defaults to 127.0.0.1:8090 and any other host requires
// Config.Token, which then guards the reads as well as the writes.
//
// # Logs
//
// Logs go to the *slog.Logger given to New, with static lowercase messages
// and the attributes run_id, job, trigger and status.
package schedules
