package schedules

import (
	"context"
	"time"

	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
	"govwatch/transform/jalali"
)

// Trigger says what started a run, as the runs table records it.
type Trigger string

// Triggers.
const (
	TriggerSchedule Trigger = "schedule" // the job's schedule fired
	TriggerCatchUp  Trigger = "catchup"  // a run missed while the daemon was down
	TriggerCLI      Trigger = "cli"      // govwatch run, in the foreground
	TriggerBackfill Trigger = "backfill" // govwatch backfill over past periods
	TriggerAPI      Trigger = "api"      // POST /api/jobs/{name}/run with JSON
	TriggerPage     Trigger = "page"     // the operator page's "Run now" button
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
	// Run is the run itself: it holds the data directory's lock (unless DryRun
	// or Config.DataDir is empty), and the runner passes it to the pipeline,
	// which records the run and shows its progress through it.
	Run *pipeline.Run
	// Scheduled is the instant the run was due (schedule, catch-up); it is
	// the zero time for manual, API and backfill runs.
	Scheduled time.Time
}

// Result is the outcome of one run.
type Result struct {
	// RunID identifies the run.
	RunID string
	// Status is the status the runner recorded (pipeline.StatusSucceeded,
	// StatusPartial, StatusFailed, StatusInterrupted). A runner that sets
	// StatusPartial returns the error that says what failed too. The scheduler
	// fills it from the runner's error and ctx (pipeline.StatusFor) when the
	// runner leaves it empty, and sets StatusFailed for a panic.
	Status string
	// Pages is the number of pages fetched.
	Pages int
	// Failures is the number of per-page failures recorded.
	Failures int
	// FailedSources are the failures by source and cause, each with an example.
	FailedSources []dataset.SourceFailure
	// Err is why the run failed, was interrupted or was skipped; nil otherwise.
	Err error
	// Started and Finished bound the run.
	Started, Finished time.Time
	// Outputs lists the files the run wrote that operators may want, such as
	// report PDFs, as paths relative to Config.ReportDir when inside it.
	Outputs []string
}

// Runner performs one run. It is supplied by cmd, writes the run to the runs
// table itself (through Request.Run), and must return promptly once ctx is
// done. pipeline.StatusFor and pipeline.Explain help it choose the status and
// the error to record.
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
	// Worker names the queue worker that ran the run (the runs table's worker
	// column); empty for a run in the process that started it.
	Worker string `json:"worker,omitempty"`
	// Status is pipeline.StatusQueued while the run waits for the data
	// directory's lock, StatusRunning while it runs, then a final status.
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
	// Pages and Failures are the pages fetched and per-page failures; live
	// while the run runs.
	Pages    int `json:"pages"`
	Failures int `json:"failures"`
	// Source is the source of the latest page while the run runs.
	Source string `json:"current_source,omitempty"`
	// FailedSources are the failures by source and cause, each with the URL
	// and error of its first page.
	FailedSources []dataset.SourceFailure `json:"failed_sources,omitempty"`
	// Error is the run's error message, or why a tick was skipped.
	Error string `json:"error,omitempty"`
	// Outputs are the files the run wrote (Result.Outputs).
	Outputs []string `json:"outputs,omitempty"`

	// live is the run while it is in flight, for its live status and progress.
	live *pipeline.Run
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
