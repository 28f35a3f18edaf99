package schedules

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
	"govwatch/transform/jalali"
)

// TriggerQueue is the trigger of a run that a worker took from the shared queue
// for a manual request (govwatch run --queue); scheduled ticks keep
// TriggerSchedule.
const TriggerQueue Trigger = "queue"

// River queues: runs go to queueName, which workers serve; ticks of schedules go
// to tickQueue, which serve and workers serve.
const (
	queueName = "govwatch"
	tickQueue = "govwatch_tick"
)

// QueueConfig configures the shared queue: River on PostgreSQL.
type QueueConfig struct {
	// Workers is how many jobs one `govwatch worker` runs at once; zero means 1.
	// Runs of one data directory take its lock, so they still write one at a time.
	Workers int `yaml:"workers"`
	// RescueAfter is how long a job may run: then it is stopped, and a job whose
	// worker died is given to another worker once it is this old (River's rescuer
	// looks every 30 seconds). It must exceed the longest job, with its wait for
	// the data directory's lock. Zero means DefaultRescueAfter.
	RescueAfter time.Duration `yaml:"rescue_after"`
	// MaxAttempts bounds how often a job is tried (a killed worker's attempt
	// counts); zero means 5.
	MaxAttempts int `yaml:"max_attempts"`
}

// DefaultRescueAfter is QueueConfig.RescueAfter when zero.
const DefaultRescueAfter = 2 * time.Hour

// RunArgs is one queued run: of a configured job, for one source of a crawl job
// (empty: every source the job names), for a report period, due at Tick. Two
// RunArgs with the same fields are one job: River keeps one of them (unique by
// arguments, in every state but cancelled and discarded), so a tick enqueued
// twice, by two serve processes or twice by one, runs once.
type RunArgs struct {
	Job     string    `json:"job"`
	Source  string    `json:"source,omitempty"`
	Period  string    `json:"period,omitempty"`
	Tick    time.Time `json:"tick"`
	Trigger Trigger   `json:"trigger"`
}

// Kind names the job kind in River's tables.
func (RunArgs) Kind() string { return "govwatch_run" }

// tickArgs is the job River's periodic scheduler inserts on the leader at each
// tick of a job's schedule; its worker inserts the tick's RunArgs.
type tickArgs struct {
	Job  string    `json:"job"`
	Tick time.Time `json:"tick"`
}

func (tickArgs) Kind() string { return "govwatch_tick" }

func uniqueOpts(queue string, max int) *river.InsertOpts {
	return &river.InsertOpts{Queue: queue, MaxAttempts: max, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// Queue is govwatch's connection to the shared queue.
type Queue struct {
	pool    *pgxpool.Pool
	cfg     QueueConfig
	dataDir string
	log     *slog.Logger
	// tickRound is what a tick's instant is rounded down to: a minute, the
	// shortest period a schedule may have, so that a tick inserted again by a
	// newly elected leader is the same tick.
	tickRound time.Duration
	// parse reads a job's schedule (parseSchedule; tests tick faster).
	parse func(spec string, loc *time.Location) (river.PeriodicSchedule, error)
}

// OpenQueue connects to the PostgreSQL database at databaseURL and brings River's
// tables up to date (its migrations are idempotent and run in a transaction).
// dataDir is the data directory the queued runs write to.
func OpenQueue(ctx context.Context, databaseURL, dataDir string, cfg QueueConfig, logger *slog.Logger) (*Queue, error) {
	pool, err := pgxpool.New(ctx, databaseURL)
	if err != nil {
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	mig, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Logger: logger})
	if err == nil {
		_, err = mig.Migrate(ctx, rivermigrate.DirectionUp, nil)
	}
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("migrate queue tables: %w", err)
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 1
	}
	if cfg.RescueAfter <= 0 {
		cfg.RescueAfter = DefaultRescueAfter
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 5
	}
	parse := func(spec string, loc *time.Location) (river.PeriodicSchedule, error) { return parseSchedule(spec, loc) }
	return &Queue{pool: pool, cfg: cfg, dataDir: dataDir, log: logger, tickRound: time.Minute, parse: parse}, nil
}

// Close closes the database connections.
func (q *Queue) Close() { q.pool.Close() }

// insertClient is a River client that only inserts.
func (q *Queue) insertClient() (*river.Client[pgx.Tx], error) {
	return river.NewClient(riverpgxv5.New(q.pool), &river.Config{Logger: q.log})
}

// Enqueued counts what Enqueue did.
type Enqueued struct {
	// Inserted counts the jobs added; Duplicates those already queued or done.
	Inserted, Duplicates int
}

// Enqueue queues the runs of job for tick: one per source for a crawl job (the
// sources it names, or else all of allSources), one for other kinds. A run
// already queued for the same job, source, period and tick is not added again.
func (q *Queue) Enqueue(ctx context.Context, job Job, allSources []string, period string, tick time.Time, trig Trigger) (Enqueued, error) {
	c, err := q.insertClient()
	if err != nil {
		return Enqueued{}, fmt.Errorf("enqueue %s: %w", job.Name, err)
	}
	var params []river.InsertManyParams
	for _, src := range sourcesOf(job, allSources) {
		params = append(params, river.InsertManyParams{
			Args:       RunArgs{Job: job.Name, Source: src, Period: period, Tick: tick.UTC().Truncate(time.Second), Trigger: trig},
			InsertOpts: uniqueOpts(queueName, q.cfg.MaxAttempts),
		})
	}
	res, err := c.InsertMany(ctx, params)
	if err != nil {
		return Enqueued{}, fmt.Errorf("enqueue %s: %w", job.Name, err)
	}
	var n Enqueued
	for _, r := range res {
		if r.UniqueSkippedAsDuplicate {
			n.Duplicates++
		} else {
			n.Inserted++
		}
	}
	return n, nil
}

// sourcesOf lists the sources a job's runs are split into: one run per source
// for a crawl; one run ("") for other kinds.
func sourcesOf(job Job, all []string) []string {
	if job.Kind != KindCrawl {
		return []string{""}
	}
	if len(job.Sources) > 0 {
		return job.Sources
	}
	if len(all) == 0 {
		return []string{""}
	}
	return all
}

// WorkerConfig is what a worker needs to run queued jobs.
type WorkerConfig struct {
	// Name identifies the worker in the runs table, on the operator page and in
	// River's attempted_by; empty means host-pid.
	Name string
	// Jobs are the configured jobs by name; a queued run of a job not in it is
	// cancelled.
	Jobs []Job
	// Sources are all configured source IDs, for ticks of jobs that name none.
	Sources []string
	// Location is the time zone of report periods.
	Location *time.Location
	// ConfigHash is recorded with every run.
	ConfigHash string
	// Runner performs a run, as for the scheduler.
	Runner Runner
	// Schedule, for serve: insert the ticks of the jobs' schedules (on the
	// elected leader only) and do not run jobs here unless Workers is set.
	Schedule bool
	// Work runs queued jobs in this process.
	Work bool
}

// DefaultWorkerName is a worker's name when none is given: host-pid.
func DefaultWorkerName() string {
	h, _ := os.Hostname()
	return fmt.Sprintf("%s-%d", h, os.Getpid())
}

// Run runs a River client until ctx is done: with wc.Work it takes govwatch's
// jobs from the queue and runs each through wc.Runner, holding the data
// directory's lock as a PostgreSQL advisory lock; with wc.Schedule it inserts
// the jobs' scheduled ticks when this process is River's elected leader (any
// number of serve processes may run; one inserts). On ctx's end, running jobs
// are cancelled and go back to the queue for another worker.
func (q *Queue) Run(ctx context.Context, wc WorkerConfig) error {
	if wc.Name == "" {
		wc.Name = DefaultWorkerName()
	}
	jobs := map[string]Job{}
	for _, j := range wc.Jobs {
		jobs[j.Name] = j
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, &runWorker{q: q, wc: wc, jobs: jobs})
	river.AddWorker(workers, &tickWorker{q: q, wc: wc, jobs: jobs})
	rc := &river.Config{
		ID:      wc.Name,
		Logger:  q.log,
		Workers: workers,
		// A job's context ends after RescueAfter, when River would take its
		// worker for dead anyway (River rescues no job without a timeout).
		JobTimeout:           q.cfg.RescueAfter,
		RescueStuckJobsAfter: q.cfg.RescueAfter,
		MaxAttempts:          q.cfg.MaxAttempts,
		FetchPollInterval:    500 * time.Millisecond,
	}
	// Every client runs the small tick jobs; a worker also runs the runs. (A
	// client that only schedules still needs a queue to join leader election.)
	rc.Queues = map[string]river.QueueConfig{tickQueue: {MaxWorkers: 1}}
	if wc.Work {
		rc.Queues[queueName] = river.QueueConfig{MaxWorkers: q.cfg.Workers}
	}
	if wc.Schedule {
		for _, j := range wc.Jobs {
			if j.Schedule == "" {
				continue
			}
			sched, err := q.parse(j.Schedule, wc.Location)
			if err != nil {
				return fmt.Errorf("schedule of job %s: %w", j.Name, err)
			}
			name := j.Name
			rc.PeriodicJobs = append(rc.PeriodicJobs, river.NewPeriodicJob(sched,
				func() (river.JobArgs, *river.InsertOpts) {
					return tickArgs{Job: name, Tick: time.Now().UTC().Truncate(q.tickRound)}, uniqueOpts(tickQueue, q.cfg.MaxAttempts)
				}, &river.PeriodicJobOpts{ID: name}))
		}
	}
	client, err := river.NewClient(riverpgxv5.New(q.pool), rc)
	if err != nil {
		return fmt.Errorf("start queue client: %w", err)
	}
	if err := client.Start(ctx); err != nil {
		return fmt.Errorf("start queue client: %w", err)
	}
	q.log.Info("queue client started", "worker", wc.Name, "work", wc.Work, "schedule", wc.Schedule, "rescue_after", q.cfg.RescueAfter)
	<-ctx.Done()
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if err := client.StopAndCancel(stopCtx); err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("stop queue client: %w", err)
	}
	return nil
}

// runWorker runs one queued run.
type runWorker struct {
	river.WorkerDefaults[RunArgs]
	q    *Queue
	wc   WorkerConfig
	jobs map[string]Job
}

func (w *runWorker) Work(ctx context.Context, rj *river.Job[RunArgs]) error {
	args := rj.Args
	job, ok := w.jobs[args.Job]
	if !ok {
		return river.JobCancel(fmt.Errorf("job %q is not configured on worker %s", args.Job, w.wc.Name))
	}
	if args.Source != "" {
		job.Sources = []string{args.Source}
	}
	var period jalali.Period
	if job.Kind == KindReport {
		var err error
		if args.Period != "" {
			period, err = jalali.ParsePeriod(args.Period)
		} else {
			period, err = DefaultPeriod(job, args.Tick, w.wc.Location)
		}
		if err != nil {
			return river.JobCancel(fmt.Errorf("period of %s: %w", job.Name, err))
		}
	}
	log := w.q.log.With(pipeline.KeyJob, job.Name, "source", args.Source, "worker", w.wc.Name, "attempt", rj.Attempt)
	run := pipeline.NewRun(pipeline.RunConfig{DataDir: w.q.dataDir, Job: job.Name, Trigger: string(args.Trigger),
		ConfigHash: w.wc.ConfigHash, Worker: w.wc.Name})
	lock, err := w.q.advisoryLock(ctx, dataset.LockNote{RunID: run.ID(), Job: job.Name})
	if err != nil {
		return fmt.Errorf("lock data directory: %w", err) // retried
	}
	run.Adopt(lock)
	defer run.Unlock()
	log.Info("queued run started", pipeline.KeyRunID, run.ID())
	rctx, cancel := context.WithTimeoutCause(ctx, job.effectiveTimeout(), &pipeline.TimeoutError{Limit: job.effectiveTimeout()})
	defer cancel()
	res, err := w.wc.Runner(rctx, Request{Job: job, Trigger: args.Trigger, Period: period, RunID: run.ID(), Run: run, Scheduled: args.Tick})
	log.Info("queued run finished", pipeline.KeyRunID, run.ID(), "status", res.Status, "err", err)
	if ctx.Err() != nil {
		// Stopped (shutdown), not finished: River gives it to another worker.
		return fmt.Errorf("run %s interrupted on worker %s: %w", run.ID(), w.wc.Name, context.Cause(ctx))
	}
	if err != nil && errors.Is(err, pipeline.ErrNotRecorded) {
		return err // nothing was recorded: try again
	}
	// The run recorded its outcome (failed and partial included); a new
	// attempt would only repeat it.
	return nil
}

// tickWorker turns a tick of a job's schedule into its runs.
type tickWorker struct {
	river.WorkerDefaults[tickArgs]
	q    *Queue
	wc   WorkerConfig
	jobs map[string]Job
}

func (w *tickWorker) Work(ctx context.Context, rj *river.Job[tickArgs]) error {
	job, ok := w.jobs[rj.Args.Job]
	if !ok {
		return river.JobCancel(fmt.Errorf("job %q is not configured", rj.Args.Job))
	}
	n, err := w.q.Enqueue(ctx, job, w.wc.Sources, "", rj.Args.Tick, TriggerSchedule)
	if err != nil {
		return err
	}
	w.q.log.Info("tick enqueued", pipeline.KeyJob, job.Name, "tick", rj.Args.Tick, "inserted", n.Inserted, "duplicates", n.Duplicates)
	return nil
}

// lockKey is the advisory lock key of a data directory.
func lockKey(dataDir string) int64 {
	h := fnv.New64a()
	h.Write([]byte("govwatch:" + dataset.Redact(dataDir)))
	return int64(h.Sum64())
}

// advisoryLock takes the data directory's lock as a PostgreSQL session advisory
// lock on a connection of its own, waiting while another worker holds it. A
// worker that dies loses its session, and the lock with it, at once.
func (q *Queue) advisoryLock(ctx context.Context, note dataset.LockNote) (*dataset.Lock, error) {
	key := lockKey(q.dataDir)
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		conn, err := q.pool.Acquire(ctx)
		if err != nil {
			return nil, err
		}
		var ok bool
		if err := conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&ok); err != nil {
			conn.Release()
			return nil, err
		}
		if ok {
			base := context.WithoutCancel(ctx)
			check := func(ctx context.Context) error {
				if err := conn.Ping(ctx); err != nil {
					return fmt.Errorf("%w: database session lost: %w", dataset.ErrLeaseLost, err)
				}
				return nil
			}
			release := func() error {
				uctx, cancel := context.WithTimeout(base, 10*time.Second)
				defer cancel()
				_, err := conn.Exec(uctx, "SELECT pg_advisory_unlock($1)", key)
				if err != nil {
					conn.Conn().Close(uctx) // closing the session releases the lock
				}
				conn.Release()
				return err
			}
			return dataset.NewHeldLock(q.dataDir, note, check, release), nil
		}
		conn.Release()
		select {
		case <-ctx.Done():
			return nil, context.Cause(ctx)
		case <-t.C:
		}
	}
}

// QueuedRun is one run in the shared queue, as the operator page shows it.
type QueuedRun struct {
	ID       int64     `json:"id"`
	Job      string    `json:"job"`
	Source   string    `json:"source,omitempty"`
	State    string    `json:"state"`
	Attempt  int       `json:"attempt"`
	Workers  []string  `json:"attempted_by,omitempty"`
	Tick     time.Time `json:"tick"`
	Errors   []string  `json:"errors,omitempty"`
	Created  time.Time `json:"created"`
	Finished time.Time `json:"finished,omitzero"`
}

// Recent lists the newest n runs in the queue, whatever their state.
func (q *Queue) Recent(ctx context.Context, n int) ([]QueuedRun, error) {
	c, err := q.insertClient()
	if err != nil {
		return nil, err
	}
	res, err := c.JobList(ctx, river.NewJobListParams().Kinds(RunArgs{}.Kind()).First(n).OrderBy(river.JobListOrderByID, river.SortOrderDesc).
		States(allStates...))
	if err != nil {
		return nil, fmt.Errorf("list queue: %w", err)
	}
	var out []QueuedRun
	for _, j := range res.Jobs {
		var a RunArgs
		_ = decodeArgs(j.EncodedArgs, &a)
		r := QueuedRun{ID: j.ID, Job: a.Job, Source: a.Source, State: string(j.State), Attempt: j.Attempt,
			Workers: slices.Clone(j.AttemptedBy), Tick: a.Tick, Created: j.CreatedAt}
		for _, e := range j.Errors {
			r.Errors = append(r.Errors, e.Error)
		}
		if j.FinalizedAt != nil {
			r.Finished = *j.FinalizedAt
		}
		out = append(out, r)
	}
	return out, nil
}

var allStates = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStateCancelled, rivertype.JobStateCompleted,
	rivertype.JobStateDiscarded, rivertype.JobStatePending, rivertype.JobStateRetryable, rivertype.JobStateRunning, rivertype.JobStateScheduled}

func decodeArgs(b []byte, v any) error { return json.Unmarshal(b, v) }
