package pipeline

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"govwatch/pipeline/dataset"
	"govwatch/transform"
)

// Run statuses, as written to the runs table and shown to operators. A run is
// StatusQueued while it waits for the data directory's lock, StatusRunning once it
// holds it, and ends with one of the others. A crawl is StatusPartial when a source
// failed (see [SourceSummary.SourceFailed]) or a page failed, but something was
// fetched; StatusFailed when nothing was, or when the run could not go on (config,
// sink or archive errors, its job's timeout). StatusInterrupted is a run stopped by
// a signal or the scheduler's shutdown; StatusSkipped a scheduled tick not run
// because the job was still running.
const (
	StatusQueued      = "queued"
	StatusRunning     = "running"
	StatusSucceeded   = "succeeded"
	StatusPartial     = "partial"
	StatusFailed      = "failed"
	StatusInterrupted = "interrupted"
	StatusSkipped     = "skipped"
)

// DefaultTrigger is the trigger of a run that names none: the command line.
const DefaultTrigger = "cli"

// TimeoutError is the cancellation cause of a run that reached its job's timeout
// (context.WithTimeoutCause); such a run is failed, not interrupted.
type TimeoutError struct {
	// Limit is the job's timeout.
	Limit time.Duration
}

// Error says which timeout was reached.
func (e *TimeoutError) Error() string { return fmt.Sprintf("job timeout of %s reached", e.Limit) }

// Unwrap returns context.DeadlineExceeded.
func (e *TimeoutError) Unwrap() error { return context.DeadlineExceeded }

// ErrInterrupted is wrapped by the error of a run stopped by a signal or a shutdown.
var ErrInterrupted = errors.New("interrupted by shutdown signal")

// StatusFor returns the status of a run that ends with err under ctx:
// StatusSucceeded for a nil error, StatusFailed when ctx reached its job's timeout
// (a *TimeoutError cause) or is not done, and StatusInterrupted when ctx was
// cancelled otherwise (a signal, a shutdown).
func StatusFor(ctx context.Context, err error) string {
	var te *TimeoutError
	switch {
	case err == nil:
		return StatusSucceeded
	case ctx.Err() != nil && !errors.As(context.Cause(ctx), &te):
		return StatusInterrupted
	}
	return StatusFailed
}

// Explain returns err as an operator reads it: a bare context error of a done ctx
// becomes what stopped the run ("job timeout of 10m0s reached", "interrupted by
// shutdown signal (interrupt signal received)") instead of "context canceled",
// still wrapping the context error (and ErrInterrupted or the *TimeoutError).
// Other errors are returned as they are.
func Explain(ctx context.Context, err error) error {
	if err == nil || ctx.Err() == nil {
		return err
	}
	if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var te *TimeoutError
	var se *stopError
	if errors.As(err, &te) || errors.As(err, &se) {
		return err // explained already
	}
	cause := context.Cause(ctx)
	if errors.As(cause, &te) {
		return &stopError{reason: cause, err: err}
	}
	return &stopError{reason: ErrInterrupted, cause: cause, err: err}
}

// stopError is a context error explained by what stopped the run.
type stopError struct {
	reason error // *TimeoutError or ErrInterrupted
	cause  error // the context's cause, when it says more
	err    error // the context error
}

func (e *stopError) Error() string {
	c := e.cause
	if c == nil || c == context.Canceled || c == context.DeadlineExceeded || errors.Is(e.reason, c) {
		return e.reason.Error()
	}
	return fmt.Sprintf("%v (%v)", e.reason, c)
}

func (e *stopError) Unwrap() []error {
	errs := []error{e.reason, e.err}
	if e.cause != nil {
		errs = append(errs, e.cause)
	}
	return errs
}

// NewRunID returns a run ID that sorts by start time and names the job, such as
// "20181106T013000Z-monthly-report-9f2c4a1e". Characters of job that a run ID may
// not hold (see dataset.ErrInvalidRunID) become "-".
func NewRunID(now time.Time, job string) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	name := []byte(job)
	if len(name) > 64 {
		name = name[:64]
	}
	for i, c := range name {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.':
		default:
			name[i] = '-'
		}
	}
	id := now.UTC().Format("20060102T150405Z") + "-"
	if len(name) > 0 {
		id += string(name) + "-"
	}
	return id + hex.EncodeToString(b[:])
}

// RunConfig describes a run about to start.
type RunConfig struct {
	// DataDir is the data directory whose lock the run takes and whose runs table
	// holds its record.
	DataDir string
	// Job is the configured job's name ("crawl" and "reprocess" for the commands
	// of those names).
	Job string
	// Trigger says what started the run: schedule, catchup, cli, api, page,
	// backfill. Empty means DefaultTrigger.
	Trigger string
	// ConfigHash identifies the configuration the run uses; it is recorded in the
	// runs table.
	ConfigHash string
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// Worker names the queue worker that runs it; empty for a run in the
	// process that started it. It is recorded in the runs table.
	Worker string
}

// Run is one run of a job, wherever it was started (the command line, the
// scheduler, the HTTP API or the operator page): it owns the run's ID, its status
// from queued to its end, the data directory's lock, its live progress, and its row
// in the runs table. Its methods are safe for concurrent use.
type Run struct {
	id  string
	cfg RunConfig

	mu       sync.Mutex
	status   string
	created  time.Time
	started  time.Time
	progress Progress
	lock     *dataset.Lock
}

// RunState is what a Run shows while it is queued or running.
type RunState struct {
	ID, Job, Trigger string
	// Status is StatusQueued or StatusRunning.
	Status string
	// Created is when the run was asked for; Started when it took the lock (zero
	// while queued).
	Created, Started time.Time
	// Progress is the running count of pages; Progress.Source the source of the
	// latest page.
	Progress Progress
}

// NewRun returns a queued run with a new ID.
func NewRun(cfg RunConfig) *Run {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Trigger == "" {
		cfg.Trigger = DefaultTrigger
	}
	now := cfg.Now()
	return &Run{id: NewRunID(now, cfg.Job), cfg: cfg, status: StatusQueued, created: now}
}

// ID returns the run's ID.
func (r *Run) ID() string { return r.id }

// Job returns the run's job name.
func (r *Run) Job() string { return r.cfg.Job }

// Trigger returns what started the run.
func (r *Run) Trigger() string { return r.cfg.Trigger }

// Lock takes the data directory's lock for the run, which then is running. With
// wait it stays queued while another run holds the lock, until ctx is done;
// without, a held lock is a *dataset.LockedError naming the holder (wrapping
// dataset.ErrLocked).
func (r *Run) Lock(ctx context.Context, wait bool) error {
	note := dataset.LockNote{RunID: r.id, Job: r.cfg.Job, PID: os.Getpid(), Started: r.cfg.Now().UTC()}
	var l *dataset.Lock
	var err error
	if wait {
		l, err = dataset.AcquireLock(ctx, r.cfg.DataDir, note)
	} else {
		l, err = dataset.TryLockContext(ctx, r.cfg.DataDir, note)
	}
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.lock = l
	r.mu.Unlock()
	r.Start()
	return nil
}

// Adopt makes l, a lock of the run's data directory taken by the caller (such as
// a queue worker's PostgreSQL advisory lock, see dataset.NewHeldLock), the run's
// lock; the run is then running, and Unlock releases l.
func (r *Run) Adopt(l *dataset.Lock) {
	r.mu.Lock()
	r.lock = l
	r.mu.Unlock()
	r.Start()
}

// worker returns the name of the queue worker running r; a nil Run has none.
func (r *Run) worker() string {
	if r == nil {
		return ""
	}
	return r.cfg.Worker
}

// Start marks the run as running without the lock (a dry run writes nothing).
func (r *Run) Start() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.status = StatusRunning
	r.started = r.cfg.Now()
}

// Unlock releases the lock, if the run holds it. It is safe to call twice.
func (r *Run) Unlock() error {
	r.mu.Lock()
	l := r.lock
	r.lock = nil
	r.mu.Unlock()
	return l.Unlock()
}

// HeldLock returns the run's lock of dataDir, or nil; a nil Run holds none.
// What opens the dataset for the run (the crawl, a reprocess, a report's
// derived tables) passes it as dataset.Options.Lock.
func (r *Run) HeldLock(dataDir string) *dataset.Lock {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.lock.Held(dataDir) {
		return nil
	}
	return r.lock
}

// State returns the run's status and progress now.
func (r *Run) State() RunState {
	r.mu.Lock()
	defer r.mu.Unlock()
	return RunState{ID: r.id, Job: r.cfg.Job, Trigger: r.cfg.Trigger, Status: r.status,
		Created: r.created, Started: r.started, Progress: r.progress}
}

// setProgress records the running counts; a nil Run ignores them.
func (r *Run) setProgress(p Progress) {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.progress = p
	r.mu.Unlock()
}

// Summary returns the outline of the run's record with status and err: its ID,
// job, trigger, config hash and start, ended now.
func (r *Run) Summary(status string, err error) Summary {
	st := r.State()
	started := st.Started
	if started.IsZero() {
		started = st.Created
	}
	return Summary{RunID: r.id, Job: r.cfg.Job, Trigger: r.cfg.Trigger, ConfigHash: r.cfg.ConfigHash, Worker: r.cfg.Worker,
		Status: status, Started: started, Ended: r.cfg.Now(), Err: err}
}

// Record writes sum (this run's or another's: a skipped tick, a refused run) as
// one row of the runs table, in a transaction of its own, through the lock r
// holds; when r holds none, the transaction takes the lock itself, and a lock held
// elsewhere is an error wrapping dataset.ErrLocked. r may be nil.
func (r *Run) Record(ctx context.Context, dataDir string, sum Summary) error {
	if sum.RunID == "" {
		return errors.New("record run: empty run id")
	}
	if sum.ExtractorVersion == "" {
		sum.ExtractorVersion = transform.ExtractorVersion
	}
	ds, err := dataset.Open(dataDir, dataset.Options{Lock: r.HeldLock(dataDir)})
	if err != nil {
		return fmt.Errorf("record run %s: open dataset: %w", sum.RunID, err)
	}
	err = recordRunOnly(ctx, ds, sum, sum.RunID)
	if errors.Is(err, dataset.ErrRunExists) {
		// The run's own transaction was committed (or staged) under its ID.
		err = recordRunOnly(ctx, ds, sum, sum.RunID+dataset.RecordSuffix)
	}
	if err != nil {
		return fmt.Errorf("record run %s: %w", sum.RunID, err)
	}
	return nil
}
