package schedules

import (
	"context"
	"errors"
	"time"

	"govwatch/transform/jalali"
)

// Trigger says what started a run.
type Trigger string

// Triggers.
const (
	TriggerSchedule Trigger = "schedule" // the job's schedule fired
	TriggerManual   Trigger = "manual"   // govwatch run, in the foreground
	TriggerAPI      Trigger = "api"      // the HTTP API or the operator page
	TriggerCatchUp  Trigger = "catchup"  // a run missed while the daemon was down
	TriggerBackfill Trigger = "backfill" // govwatch backfill over past periods
)

// Run statuses, as written to the runs table and shown to operators.
const (
	StatusRunning     = "running"
	StatusSucceeded   = "succeeded"
	StatusPartial     = "partial" // some sources or pages failed; what succeeded is kept
	StatusFailed      = "failed"
	StatusInterrupted = "interrupted"
	StatusSkipped     = "skipped"
)

// Request is one run of a job handed to the Runner.
type Request struct {
	// Job is the configured job.
	Job Job
	// Trigger says what started the run.
	Trigger Trigger
	// Period is the resolved period of a report job; the zero Period for
	// other kinds.
	Period jalali.Period
	// DryRun asks the runner to write nothing.
	DryRun bool
	// RunID identifies the run; the runner records it in the runs table.
	RunID string
	// Scheduled is the instant the run was due (schedule, catch-up); it is
	// the zero time for manual, API and backfill runs.
	Scheduled time.Time
}

// Result is the outcome of one run.
type Result struct {
	// RunID identifies the run.
	RunID string
	// Status is StatusSucceeded, StatusPartial, StatusFailed,
	// StatusInterrupted or StatusSkipped. A runner that sets StatusPartial
	// returns the error that says what failed too. The scheduler fills it from the runner's error when the
	// runner leaves it empty, and overrides it for panics and shutdowns.
	Status string
	// Pages is the number of pages fetched.
	Pages int
	// Failures is the number of per-page failures recorded.
	Failures int
	// Err is why the run failed, was interrupted or was skipped; nil otherwise.
	Err error
	// Started and Finished bound the run.
	Started, Finished time.Time
	// Outputs lists the files the run wrote that operators may want, such as
	// report PDFs, as paths relative to Config.ReportDir when inside it.
	Outputs []string
}

// Runner performs one run. It is supplied by cmd, writes the run to the runs
// table itself, and must return promptly once ctx is done. StatusFor helps it
// choose the status to record.
type Runner func(ctx context.Context, req Request) (Result, error)

// RunInfo is one run as operators see it: in the runs table, in memory while
// it runs, or a skipped tick.
type RunInfo struct {
	// RunID identifies the run (Request.RunID).
	RunID string `json:"run_id"`
	// Job and Kind name the job and its kind.
	Job  string `json:"job"`
	Kind string `json:"kind"`
	// Trigger says what started the run.
	Trigger Trigger `json:"trigger"`
	// Status is StatusRunning while in flight, then a final status.
	Status string `json:"status"`
	// Period is a report run's period as ParsePeriod reads it ("1397-08").
	Period string `json:"period,omitempty"`
	// DryRun is true for runs that write nothing.
	DryRun bool `json:"dry_run,omitempty"`
	// Scheduled is when the run was due; zero for manual, API and backfill runs.
	Scheduled time.Time `json:"scheduled,omitzero"`
	// Started and Finished bound the run; Finished is zero while it runs.
	Started  time.Time `json:"started,omitzero"`
	Finished time.Time `json:"finished,omitzero"`
	// Pages and Failures are the pages fetched and per-page failures.
	Pages    int `json:"pages"`
	Failures int `json:"failures"`
	// Error is the run's error message, or why a tick was skipped.
	Error string `json:"error,omitempty"`
	// Outputs are the files the run wrote (Result.Outputs).
	Outputs []string `json:"outputs,omitempty"`
}

// History reads past runs from the runs table. It is supplied by cmd; the
// scheduler merges it with its own in-memory record of in-flight runs and
// skipped ticks.
type History interface {
	// Recent returns up to n runs, newest first.
	Recent(ctx context.Context, n int) ([]RunInfo, error)
	// Get returns the run with the given ID, or false if there is none.
	Get(ctx context.Context, id string) (RunInfo, bool, error)
	// LastSuccess returns when the last successful run of job started, or
	// false if it never succeeded. Catch-up counts missed runs from it.
	LastSuccess(ctx context.Context, job string) (time.Time, bool, error)
}

// Recorder is optionally implemented by a History. The scheduler calls
// RecordRun for outcomes the Runner could not record itself: skipped ticks,
// runs whose Runner panicked, and runs interrupted or refused before the
// Runner was called.
type Recorder interface {
	RecordRun(ctx context.Context, run RunInfo) error
}

// errJobTimeout is the cancellation cause of a run that exceeded Job.Timeout.
var errJobTimeout = errors.New("job timeout exceeded")

// StatusFor returns the status a run should record given its ctx and the error
// it ends with: StatusSucceeded for a nil error, StatusInterrupted for an
// error while ctx was cancelled by shutdown or a signal, and StatusFailed
// otherwise (a Job.Timeout included).
func StatusFor(ctx context.Context, err error) string {
	switch {
	case err == nil:
		return StatusSucceeded
	case ctx.Err() != nil && !errors.Is(context.Cause(ctx), errJobTimeout):
		return StatusInterrupted
	}
	return StatusFailed
}
