package schedules

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/robfig/cron/v3"

	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
	"govwatch/transform/jalali"
)

// ErrShutdown is the cancellation cause of runs cancelled by Shutdown, and is
// returned for runs requested while the scheduler shuts down.
var ErrShutdown = errors.New("scheduler shutting down")

// PanicError is the error of a run whose Runner panicked.
type PanicError struct {
	// Value is what the Runner panicked with.
	Value any
}

// Error describes the panic value.
func (e *PanicError) Error() string { return fmt.Sprintf("runner panicked: %v", e.Value) }

// RunOptions adjust one run requested through Scheduler.Run or Scheduler.Submit.
type RunOptions struct {
	// Trigger says what asked for the run; empty means TriggerCLI.
	Trigger Trigger
	// Period overrides a report job's period, as in "1397-08"; empty means
	// the job's own Period resolved at the time of the run.
	Period string
	// DryRun asks the Runner to write nothing; dry runs take no lock.
	DryRun bool
	// ConfigHash identifies the configuration the run uses, for the runs
	// table; empty means Config.ConfigHash.
	ConfigHash string
	// Queue waits for the data directory lock instead of refusing with a
	// *LockedError when another run holds it.
	Queue bool
	// Scheduled is the instant the run was due; the zero time means now.
	Scheduled time.Time
}

// JobStatus is a job with its next due time and latest run, for `govwatch
// jobs`, the API and the operator page.
type JobStatus struct {
	// Job is the configured job.
	Job Job `json:"job"`
	// Next is the next time the schedule fires; zero for manual-only jobs.
	Next time.Time `json:"next,omitzero"`
	// NextJalali is Next's Jalali date and time in the scheduler's zone.
	NextJalali string `json:"next_jalali,omitempty"`
	// Last is the latest run of the job, if any (running, finished or skipped).
	Last *RunInfo `json:"last,omitempty"`
	// Running is true while a run of the job runs in this process; Queued
	// while it waits for the data directory's lock.
	Running bool `json:"running"`
	Queued  bool `json:"queued"`
}

// Scheduler fires configured jobs on their schedules, runs them on request
// through the same path, and serves the HTTP interface. All runs of one job
// are serialised (a due tick while it runs is skipped and recorded), and every
// writing run holds the data directory lock. Its methods are safe for
// concurrent use.
type Scheduler struct {
	cfg     Config
	runner  Runner
	history History
	log     *slog.Logger
	clock   Clock
	entries []*entry
	byName  map[string]*entry
	metrics *metrics
	chain   cron.Chain

	mu       sync.Mutex
	inflight map[string]*inflight // by job name
	recent   []*RunInfo           // newest last
	// unrecorded are runs the Runner did not record (skipped ticks, refused
	// runs, panics, runs stopped while queued), waiting for the data
	// directory's lock to be written to the runs table; oldest first.
	unrecorded []pipeline.Summary
	wg         sync.WaitGroup // runs and catch-ups
	started    bool
	closing    bool
	stop       chan struct{}
	loopDone   chan struct{}
	srv        *http.Server
	addr       string
}

type entry struct {
	job   Job
	sched cron.Schedule // nil for manual-only jobs
	next  time.Time     // guarded by Scheduler.mu
}

type inflight struct {
	info   *RunInfo
	cancel context.CancelCauseFunc
}

// pending is a run that begin has reserved and finish will perform.
type pending struct {
	e      *entry
	req    Request
	info   *RunInfo
	ctx    context.Context
	cancel context.CancelCauseFunc
	run    *pipeline.Run
	locked bool // run holds the data directory's lock
	queue  bool
}

// maxUnrecorded bounds the runs kept waiting to be recorded.
const maxUnrecorded = 1000

// New validates cfg and returns a Scheduler that has not started. history may
// be nil (runs are then only known in memory); logger may not.
func New(cfg Config, runner Runner, history History, logger *slog.Logger) (*Scheduler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if runner == nil || logger == nil {
		return nil, errors.New("new scheduler: nil runner or logger")
	}
	if cfg.Clock == nil {
		cfg.Clock = SystemClock()
	}
	if cfg.RecentRuns <= 0 {
		cfg.RecentRuns = 200
	}
	s := &Scheduler{
		cfg:      cfg,
		runner:   runner,
		history:  history,
		log:      logger,
		clock:    cfg.Clock,
		byName:   map[string]*entry{},
		metrics:  newMetrics(cfg.Jobs),
		chain:    cron.NewChain(cron.Recover(cronLogger{logger})),
		inflight: map[string]*inflight{},
		stop:     make(chan struct{}),
		loopDone: make(chan struct{}),
	}
	for _, j := range cfg.Jobs {
		e := &entry{job: j}
		if j.Schedule != "" {
			sched, err := parseSchedule(j.Schedule, cfg.Location)
			if err != nil { // unreachable after Validate
				return nil, &JobError{Job: j.Name, Field: "schedule", Err: err}
			}
			e.sched = sched
		}
		s.entries = append(s.entries, e)
		s.byName[j.Name] = e
	}
	return s, nil
}

// Registry returns the Prometheus registry served at /metrics, so that cmd can
// register the pipeline's collectors beside the scheduler's.
func (s *Scheduler) Registry() *prometheus.Registry { return s.metrics.reg }

// Start runs the missed runs due for catch-up, starts the schedule loop and,
// when Config.Listen is set, the HTTP server. It returns once they are
// started. When ctx is done the loop stops and running jobs are cancelled
// (and recorded as interrupted); call Shutdown to wait for them.
func (s *Scheduler) Start(ctx context.Context) error {
	s.mu.Lock()
	if s.started {
		s.mu.Unlock()
		return errors.New("start scheduler: already started")
	}
	s.started = true
	s.mu.Unlock()

	fail := func(err error) error {
		s.mu.Lock()
		s.started = false
		s.mu.Unlock()
		return err
	}
	now := s.clock.Now()
	catchUps, err := s.catchUps(ctx, now)
	if err != nil {
		return fail(err)
	}
	if s.cfg.Listen != "" {
		ln, err := net.Listen("tcp", s.cfg.Listen)
		if err != nil {
			return fail(fmt.Errorf("listen: %w", err))
		}
		s.mu.Lock()
		s.addr = ln.Addr().String()
		s.srv = s.newHTTPServer(ctx)
		srv := s.srv
		s.mu.Unlock()
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("http server stopped", "error", err)
			}
		}()
	}
	s.mu.Lock()
	for _, e := range s.entries {
		if e.sched != nil {
			e.next = e.sched.Next(now)
		}
	}
	s.mu.Unlock()
	for name, times := range catchUps {
		s.wg.Add(1)
		go s.catchUp(ctx, name, times)
	}
	go s.loop(ctx, now)
	go func() {
		select {
		case <-ctx.Done():
			s.cancelAll(context.Cause(ctx))
		case <-s.stop:
		}
	}()
	s.log.Info("scheduler started", "jobs", len(s.entries), "listen", s.addr, "catch_up_jobs", len(catchUps))
	return nil
}

// Addr returns the address the HTTP server listens on, once started.
func (s *Scheduler) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

// catchUps returns, per job, the fire times missed since its last success,
// at most Job.CatchUp of the latest ones, oldest first.
func (s *Scheduler) catchUps(ctx context.Context, now time.Time) (map[string][]time.Time, error) {
	out := map[string][]time.Time{}
	if s.history == nil {
		return out, nil
	}
	for _, e := range s.entries {
		n := e.job.effectiveCatchUp()
		if e.sched == nil || n == 0 {
			continue
		}
		last, ok, err := s.history.LastSuccess(ctx, e.job.Name)
		if err != nil {
			return nil, fmt.Errorf("read last success of job %s: %w", e.job.Name, err)
		}
		if !ok {
			continue
		}
		times := missedTimes(e.sched, last, now, n)
		if len(times) > 0 {
			out[e.job.Name] = times
		}
	}
	return out, nil
}

// missedTimes returns the latest n fire times of sched in (after, now],
// oldest first. It looks at no more than a bounded number of fire times.
func missedTimes(sched cron.Schedule, after, now time.Time, n int) []time.Time {
	var times []time.Time
	t := sched.Next(after)
	for i := 0; i < 1_000_000 && !t.IsZero() && !t.After(now); i++ {
		times = append(times, t)
		if len(times) > n {
			times = times[1:]
		}
		t = sched.Next(t)
	}
	return times
}

func (s *Scheduler) catchUp(ctx context.Context, name string, times []time.Time) {
	defer s.wg.Done()
	for _, t := range times {
		if ctx.Err() != nil {
			return
		}
		p, err := s.begin(ctx, name, RunOptions{Trigger: TriggerCatchUp, Scheduled: t, Queue: true})
		if err != nil {
			s.refused(ctx, name, TriggerCatchUp, t, err)
			continue
		}
		s.chain.Then(cron.FuncJob(func() { s.finish(p) })).Run()
	}
}

// loop fires due entries until ctx is done or Shutdown is called. It is the
// small equivalent of cron.Cron's run loop, driven by the Clock.
func (s *Scheduler) loop(ctx context.Context, now time.Time) {
	defer close(s.loopDone)
	for {
		s.mu.Lock()
		var next time.Time
		for _, e := range s.entries {
			if !e.next.IsZero() && (next.IsZero() || e.next.Before(next)) {
				next = e.next
			}
		}
		s.mu.Unlock()
		var wake <-chan time.Time
		if !next.IsZero() {
			wake = s.clock.After(next.Sub(now))
		}
		select {
		case <-ctx.Done():
			return
		case <-s.stop:
			return
		case <-wake:
		}
		now = s.clock.Now()
		var due []*entry
		var at []time.Time
		s.mu.Lock()
		for _, e := range s.entries {
			if !e.next.IsZero() && !e.next.After(now) {
				due = append(due, e)
				at = append(at, e.next)
				e.next = e.sched.Next(now)
			}
		}
		s.mu.Unlock()
		for i, e := range due {
			s.fire(ctx, e, at[i])
		}
	}
}

// fire starts a scheduled run of e due at at, or records a skipped tick when
// the job is still running.
func (s *Scheduler) fire(ctx context.Context, e *entry, at time.Time) {
	p, err := s.begin(ctx, e.job.Name, RunOptions{Trigger: TriggerSchedule, Scheduled: at, Queue: true})
	if err != nil {
		s.refused(ctx, e.job.Name, TriggerSchedule, at, err)
		return
	}
	job := s.chain.Then(cron.FuncJob(func() { s.finish(p) }))
	go job.Run()
}

// refused records a scheduled or catch-up tick that could not start: skipped
// when the job was still running, failed otherwise (the lock, the period).
func (s *Scheduler) refused(ctx context.Context, name string, trig Trigger, at time.Time, err error) {
	e := s.byName[name]
	run := s.newRun(name, trig, "")
	status := pipeline.StatusSkipped
	if !errors.Is(err, ErrJobRunning) {
		status = pipeline.StatusFailed
	}
	sum := run.Summary(status, err)
	info := &RunInfo{
		RunID: run.ID(), Job: name, Kind: e.job.Kind, Trigger: trig,
		Status: status, Scheduled: at, Started: sum.Started, Finished: sum.Ended, Error: err.Error(),
	}
	s.mu.Lock()
	s.remember(info)
	s.mu.Unlock()
	s.metrics.runs.WithLabelValues(name, info.Status).Inc()
	s.log.Warn("tick not run", attrRunID, run.ID(), attrJob, name, attrTrigger, string(trig), attrStatus, info.Status, "scheduled", at, "error", err)
	s.record(ctx, sum, nil)
}

// queueRecord adds sum to the runs waiting to be recorded.
func (s *Scheduler) queueRecord(sum pipeline.Summary) {
	if s.cfg.DataDir == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.unrecorded = append(s.unrecorded, sum)
	if over := len(s.unrecorded) - maxUnrecorded; over > 0 {
		s.log.Error("runs not recorded: too many waiting for the data directory's lock", "dropped", over)
		s.unrecorded = slices.Delete(s.unrecorded, 0, over)
	}
}

// newRun returns a queued run of job name.
func (s *Scheduler) newRun(name string, trig Trigger, configHash string) *pipeline.Run {
	if configHash == "" {
		configHash = s.cfg.ConfigHash
	}
	return pipeline.NewRun(pipeline.RunConfig{DataDir: s.cfg.DataDir, Job: name, Trigger: string(trig),
		ConfigHash: configHash, Now: s.clock.Now})
}

// record writes sum, a run the Runner did not record, to the runs table, with
// the others still waiting, through the lock that via holds (nil: a lock taken
// for the write). While another run holds the lock the rows wait for the next
// call: the end of a run of this scheduler, the next refused tick, Shutdown.
func (s *Scheduler) record(ctx context.Context, sum pipeline.Summary, via *pipeline.Run) {
	if s.cfg.DataDir == "" {
		return
	}
	if sum.RunID != "" {
		s.queueRecord(sum)
	}
	s.mu.Lock()
	todo := s.unrecorded
	s.unrecorded = nil
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	var left []pipeline.Summary
	for i, r := range todo {
		err := via.Record(ctx, s.cfg.DataDir, r)
		if errors.Is(err, dataset.ErrLocked) {
			left = todo[i:] // another process holds it: later
			s.log.Info("run records wait for the data directory's lock", attrRunID, r.RunID, "waiting", len(left))
			break
		}
		if err != nil {
			s.log.Error("record run", attrRunID, r.RunID, attrJob, r.Job, attrStatus, r.Status, "error", err)
		}
	}
	if len(left) > 0 {
		s.mu.Lock()
		s.unrecorded = append(left, s.unrecorded...)
		s.mu.Unlock()
	}
}

// remember appends info to the in-memory record; s.mu must be held.
func (s *Scheduler) remember(info *RunInfo) {
	s.recent = append(s.recent, info)
	if over := len(s.recent) - s.cfg.RecentRuns; over > 0 {
		s.recent = slices.Delete(s.recent, 0, over)
	}
}

// begin resolves the run's period, reserves the job (refusing with
// ErrJobRunning if it is running), takes the data directory lock unless it
// is queued for it, and registers the run as in flight.
func (s *Scheduler) begin(ctx context.Context, name string, opts RunOptions) (*pending, error) {
	e, ok := s.byName[name]
	if !ok {
		return nil, fmt.Errorf("run %q: %w", name, ErrUnknownJob)
	}
	if opts.Trigger == "" {
		opts.Trigger = TriggerCLI
	}
	now := s.clock.Now()
	at := opts.Scheduled
	if at.IsZero() {
		at = now
	}
	req := Request{Job: e.job, Trigger: opts.Trigger, DryRun: opts.DryRun, Scheduled: opts.Scheduled}
	switch {
	case e.job.Kind == KindReport && opts.Period != "":
		p, err := jalali.ParsePeriod(opts.Period)
		if err != nil {
			return nil, fmt.Errorf("run %s: %w: %w", name, ErrBadPeriod, err)
		}
		req.Period = p
	case e.job.Kind == KindReport:
		p, err := DefaultPeriod(e.job, at, s.cfg.Location)
		if err != nil {
			return nil, fmt.Errorf("run %s: %w", name, err)
		}
		req.Period = p
	case opts.Period != "":
		return nil, fmt.Errorf("run %s: %w: period is for report jobs", name, ErrNotForKind)
	}

	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		return nil, fmt.Errorf("run %s: %w", name, ErrShutdown)
	}
	if cur, ok := s.inflight[name]; ok {
		s.mu.Unlock()
		return nil, fmt.Errorf("run %s: %w: run %s started %s", name, ErrJobRunning, cur.info.RunID, cur.info.Started.Format(time.RFC3339))
	}
	run := s.newRun(name, opts.Trigger, opts.ConfigHash)
	req.Run, req.RunID = run, run.ID()
	info := &RunInfo{
		RunID: req.RunID, Job: name, Kind: e.job.Kind, Trigger: opts.Trigger, Status: pipeline.StatusQueued,
		DryRun: opts.DryRun, Scheduled: opts.Scheduled, Started: now, live: run,
	}
	if e.job.Kind == KindReport {
		info.Period = req.Period.String()
	}
	runCtx, cancel := context.WithCancelCause(ctx)
	s.inflight[name] = &inflight{info: info, cancel: cancel}
	s.wg.Add(1)
	s.mu.Unlock()

	p := &pending{e: e, req: req, info: info, ctx: runCtx, cancel: cancel, run: run, queue: opts.Queue}
	switch {
	case !p.needsLock(s.cfg.DataDir):
		run.Start()
	case !opts.Queue:
		if err := run.Lock(ctx, false); err != nil {
			s.release(p)
			return nil, fmt.Errorf("run %s: %w", name, err)
		}
		p.locked = true
	}
	s.mu.Lock()
	s.remember(info)
	s.mu.Unlock()
	s.metrics.inProgress.WithLabelValues(name).Set(1)
	return p, nil
}

// needsLock reports whether the run takes the data directory's lock: not a dry
// run, nor one of a scheduler without a data directory.
func (p *pending) needsLock(dataDir string) bool { return dataDir != "" && !p.req.DryRun }

// release undoes begin's reservation.
func (s *Scheduler) release(p *pending) {
	p.cancel(nil)
	s.mu.Lock()
	delete(s.inflight, p.info.Job)
	s.mu.Unlock()
	s.wg.Done()
}

// finish waits for the lock if queued, calls the Runner under the job's
// timeout, and records the outcome: the Runner records its run; what it could
// not (a panic, a run stopped while queued) the scheduler records through the
// run, before the lock is let go.
func (s *Scheduler) finish(p *pending) Result {
	name := p.info.Job
	log := s.log.With(attrRunID, p.req.RunID, attrJob, name, attrTrigger, string(p.req.Trigger))

	var res Result
	var err error
	called, panicked := false, false
	if p.needsLock(s.cfg.DataDir) && !p.locked {
		log.Debug("waiting for data directory lock")
		if err = p.run.Lock(p.ctx, true); err != nil {
			err = pipeline.Explain(p.ctx, err)
		}
	}
	started := s.clock.Now()
	if err == nil {
		log.Info("run started", "period", p.info.Period, "dry_run", p.req.DryRun)
		timeout := p.e.job.effectiveTimeout()
		tctx, tcancel := context.WithTimeoutCause(p.ctx, timeout, &pipeline.TimeoutError{Limit: timeout})
		called = true
		res, err, panicked = s.call(tctx, p.req, log)
		if err == nil && res.Status != "" && res.Status != pipeline.StatusSucceeded && res.Err != nil {
			err = res.Err
		}
		err = pipeline.Explain(tctx, err)
		res.Err = pipeline.Explain(tctx, res.Err)
		switch {
		case panicked:
			res.Status = pipeline.StatusFailed
		case res.Status == "":
			// What the Runner recorded stands; it left none, so decide here.
			res.Status = pipeline.StatusFor(tctx, err)
		}
		tcancel()
	} else {
		res.Status = pipeline.StatusFor(p.ctx, err)
	}
	res.RunID = p.req.RunID
	if res.Err == nil {
		res.Err = err
	}
	if res.Started.IsZero() {
		res.Started = started
	}
	if res.Finished.IsZero() {
		res.Finished = s.clock.Now()
	}

	if (!called || panicked) && !p.req.DryRun {
		sum := p.run.Summary(res.Status, res.Err)
		sum.Started, sum.Ended = res.Started, res.Finished
		s.queueRecord(sum)
	}
	// Under the run's lock, if it holds it, with the rows still waiting; then
	// the run lets the lock go, and is no longer in flight.
	s.record(p.ctx, pipeline.Summary{}, p.run)
	if err := p.run.Unlock(); err != nil {
		s.log.Error("unlock data directory", attrRunID, p.req.RunID, "error", err)
	}

	s.mu.Lock()
	delete(s.inflight, name)
	p.info.Status = res.Status
	p.info.Pages, p.info.Failures = res.Pages, res.Failures
	p.info.FailedSources = res.FailedSources
	p.info.Source = ""
	p.info.Finished = res.Finished
	p.info.Outputs = res.Outputs
	p.info.live = nil
	if res.Err != nil {
		p.info.Error = res.Err.Error()
	}
	s.mu.Unlock()

	s.metrics.runs.WithLabelValues(name, res.Status).Inc()
	s.metrics.pages.WithLabelValues(name).Add(float64(res.Pages))
	s.metrics.failures.WithLabelValues(name).Add(float64(res.Failures))
	if called {
		s.metrics.duration.WithLabelValues(name).Observe(res.Finished.Sub(res.Started).Seconds())
	}
	if res.Status == pipeline.StatusSucceeded {
		s.metrics.lastSuccess.WithLabelValues(name).Set(float64(res.Finished.Unix()))
	}
	attrs := []any{attrStatus, res.Status, "pages", res.Pages, "failures", res.Failures, "duration", res.Finished.Sub(res.Started)}
	if res.Err != nil {
		log.Error("run finished", append(attrs, "error", res.Err)...)
	} else {
		log.Info("run finished", attrs...)
	}
	s.metrics.inProgress.WithLabelValues(name).Set(0)
	p.cancel(nil)
	s.wg.Done()
	return res
}

// call runs the Runner, turning a panic into a *PanicError.
func (s *Scheduler) call(ctx context.Context, req Request, log *slog.Logger) (res Result, err error, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("runner panicked", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			res, err, panicked = Result{}, &PanicError{Value: r}, true
		}
	}()
	res, err = s.runner(ctx, req)
	return res, err, false
}

// cancelAll cancels every run in flight with cause.
func (s *Scheduler) cancelAll(cause error) {
	if cause == nil {
		cause = ErrShutdown
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.inflight {
		f.cancel(cause)
	}
}

// Run runs job name now, in the foreground, and returns its result; the
// error is the run's error, or why it could not start: ErrUnknownJob,
// ErrJobRunning, a *LockedError (unless opts.Queue), ErrBadPeriod. Scheduled,
// manual, API and backfill runs all go through this path.
func (s *Scheduler) Run(ctx context.Context, name string, opts RunOptions) (Result, error) {
	p, err := s.begin(ctx, name, opts)
	if err != nil {
		return Result{}, err
	}
	var res Result
	s.chain.Then(cron.FuncJob(func() { res = s.finish(p) })).Run()
	return res, res.Err
}

// Submit starts job name in the background and returns the run as it began;
// it fails as Run fails to start. The run outlives ctx's cancellation (ctx
// is typically an HTTP request's) and is cancelled by Shutdown.
func (s *Scheduler) Submit(ctx context.Context, name string, opts RunOptions) (RunInfo, error) {
	if opts.Trigger == "" {
		opts.Trigger = TriggerAPI
	}
	p, err := s.begin(context.WithoutCancel(ctx), name, opts)
	if err != nil {
		return RunInfo{}, err
	}
	s.mu.Lock()
	info := p.info.snapshot()
	s.mu.Unlock()
	go s.chain.Then(cron.FuncJob(func() { s.finish(p) })).Run()
	return info, nil
}

// Backfill runs report job name once for every period from..to (inclusive,
// as in "1397-01", "1397-12"), in order, in the foreground. A failed period
// does not stop the others; failing to start does (a held lock, say). The
// results so far are returned with the errors joined.
func (s *Scheduler) Backfill(ctx context.Context, name, from, to string, opts RunOptions) ([]Result, error) {
	e, ok := s.byName[name]
	if !ok {
		return nil, fmt.Errorf("backfill %q: %w", name, ErrUnknownJob)
	}
	if e.job.Kind != KindReport {
		return nil, fmt.Errorf("backfill %s: %w: only report jobs are backfilled", name, ErrNotForKind)
	}
	periods, err := BackfillPeriods(from, to)
	if err != nil {
		return nil, fmt.Errorf("backfill %s: %w", name, err)
	}
	opts.Trigger = TriggerBackfill
	var results []Result
	var errs []error
	for _, p := range periods {
		if err := ctx.Err(); err != nil {
			return results, errors.Join(append(errs, err)...)
		}
		opts.Period = p.String()
		res, err := s.Run(ctx, name, opts)
		if res.RunID == "" {
			return results, errors.Join(append(errs, err)...)
		}
		results = append(results, res)
		if err != nil {
			errs = append(errs, fmt.Errorf("period %s: %w", p, err))
		}
	}
	return results, errors.Join(errs...)
}

// Shutdown stops the schedule loop and the HTTP server, cancels the runs in
// flight (they are recorded as interrupted) and waits for them until ctx is
// done. It returns ctx's error, naming the runs still running, if they
// outlive it.
func (s *Scheduler) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		return nil
	}
	s.closing = true
	started, srv := s.started, s.srv
	s.mu.Unlock()
	close(s.stop)
	if started {
		<-s.loopDone
	}
	var errs []error
	if srv != nil {
		if err := srv.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("shut down http server: %w", err))
		}
	}
	s.cancelAll(ErrShutdown)
	defer func() {
		s.record(ctx, pipeline.Summary{}, nil)
		s.mu.Lock()
		left := len(s.unrecorded)
		s.mu.Unlock()
		if left > 0 {
			s.log.Error("runs not recorded: the data directory's lock is held by another process", "runs", left)
		}
	}()
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
		s.mu.Lock()
		var ids []string
		for _, f := range s.inflight {
			ids = append(ids, f.info.RunID)
		}
		s.mu.Unlock()
		slices.Sort(ids)
		errs = append(errs, fmt.Errorf("wait for runs %s: %w", strings.Join(ids, ", "), ctx.Err()))
	}
	s.log.Info("scheduler stopped")
	return errors.Join(errs...)
}

// Jobs returns every configured job, in configuration order, with its next
// due time and latest run.
func (s *Scheduler) Jobs(ctx context.Context) ([]JobStatus, error) {
	runs, err := s.Runs(ctx, 500)
	if err != nil {
		return nil, err
	}
	now := s.clock.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]JobStatus, 0, len(s.entries))
	for _, e := range s.entries {
		st := JobStatus{Job: e.job, Next: e.next}
		if st.Next.IsZero() && e.sched != nil && !s.started {
			st.Next = e.sched.Next(now)
		}
		if !st.Next.IsZero() {
			st.NextJalali = FormatJalali(st.Next, s.cfg.Location)
		}
		_, inflight := s.inflight[e.job.Name]
		for _, r := range runs {
			if r.Job == e.job.Name {
				st.Last = &r
				break
			}
		}
		st.Queued = inflight && st.Last != nil && st.Last.Status == pipeline.StatusQueued
		st.Running = inflight && !st.Queued
		out = append(out, st)
	}
	return out, nil
}

// Runs returns up to n runs, newest first by start time: those in memory
// (in flight, skipped, finished in this process) merged with History's.
func (s *Scheduler) Runs(ctx context.Context, n int) ([]RunInfo, error) {
	if n <= 0 {
		return nil, nil
	}
	var out []RunInfo
	seen := map[string]bool{}
	s.mu.Lock()
	for i := len(s.recent) - 1; i >= 0; i-- {
		out = append(out, s.recent[i].snapshot())
		seen[s.recent[i].RunID] = true
	}
	s.mu.Unlock()
	if s.history != nil {
		hist, err := s.history.Recent(ctx, n)
		if err != nil {
			return nil, fmt.Errorf("read run history: %w", err)
		}
		for _, r := range hist {
			if !seen[r.RunID] {
				out = append(out, r)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b RunInfo) int { return b.Started.Compare(a.Started) })
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// RunByID returns one run by its ID, from memory or History.
func (s *Scheduler) RunByID(ctx context.Context, id string) (RunInfo, bool, error) {
	s.mu.Lock()
	for _, r := range s.recent {
		if r.RunID == id {
			info := r.snapshot()
			s.mu.Unlock()
			return info, true, nil
		}
	}
	s.mu.Unlock()
	if s.history == nil {
		return RunInfo{}, false, nil
	}
	info, ok, err := s.history.Get(ctx, id)
	if err != nil {
		return RunInfo{}, false, fmt.Errorf("read run %s: %w", id, err)
	}
	return info, ok, nil
}

// snapshot returns a copy of r with the live status and progress of a run in
// flight: queued while it waits for the lock, running with its pages, failures
// and current source. Scheduler.mu must be held.
func (r *RunInfo) snapshot() RunInfo {
	info := *r
	if r.live == nil {
		return info
	}
	st := r.live.State()
	info.Status = st.Status
	info.Pages = st.Progress.Pages - st.Progress.Failed - st.Progress.Skipped
	info.Failures = st.Progress.Failed
	info.Source = st.Progress.Source
	info.live = nil
	return info
}
