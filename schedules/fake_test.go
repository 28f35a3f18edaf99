package schedules_test

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"govwatch/pipeline/dataset"
	"govwatch/schedules"
)

// fakeClock is a schedules.Clock that moves only when the test sets it.
type fakeClock struct {
	mu      sync.Mutex
	cond    *sync.Cond
	now     time.Time
	waiters []waiter
}

type waiter struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(now time.Time) *fakeClock {
	c := &fakeClock{now: now}
	c.cond = sync.NewCond(&c.mu)
	return c
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, waiter{at: c.now.Add(d), ch: ch})
	c.cond.Broadcast()
	return ch
}

// Set moves the clock to t and wakes the waiters that are due.
func (c *fakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	c.waiters = slices.DeleteFunc(c.waiters, func(w waiter) bool {
		if !w.at.After(t) {
			w.ch <- t
			return true
		}
		return false
	})
}

// BlockUntil waits until n waiters are registered, that is until the
// scheduler's loop has handled everything due and gone back to sleep.
func (c *fakeClock) BlockUntil(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.waiters) < n {
		c.cond.Wait()
	}
}

// Deadline returns the earliest registered wake-up time.
func (c *fakeClock) Deadline() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	var d time.Time
	for _, w := range c.waiters {
		if d.IsZero() || w.at.Before(d) {
			d = w.at
		}
	}
	return d
}

// call is one invocation of the fake runner, waiting for the test's reply.
type call struct {
	ctx   context.Context
	req   schedules.Request
	reply chan outcome
}

type outcome struct {
	res      schedules.Result
	err      error
	panicMsg string
	waitCtx  bool // return ctx's error once ctx is done
}

// fakeRunner hands every run to the test through calls.
type fakeRunner struct {
	calls chan call
}

func newFakeRunner() *fakeRunner { return &fakeRunner{calls: make(chan call, 16)} }

func (f *fakeRunner) Run(ctx context.Context, req schedules.Request) (schedules.Result, error) {
	c := call{ctx: ctx, req: req, reply: make(chan outcome, 1)}
	f.calls <- c
	o := <-c.reply
	if o.panicMsg != "" {
		panic(o.panicMsg)
	}
	if o.waitCtx {
		<-ctx.Done()
		return schedules.Result{Pages: 3}, ctx.Err()
	}
	return o.res, o.err
}

// next waits for the next call; it fails the test instead of hanging forever.
func (f *fakeRunner) next(t *testing.T) call {
	t.Helper()
	select {
	case c := <-f.calls:
		return c
	case <-time.After(30 * time.Second):
		t.Fatal("runner was not called")
		return call{}
	}
}

// fakeHistory is a History in memory; a scheduler made with newTestScheduler
// records in dataDir's runs table when it is set.
type fakeHistory struct {
	mu          sync.Mutex
	lastSuccess map[string]time.Time
	dataDir     string
}

func (h *fakeHistory) Recent(ctx context.Context, n int) ([]schedules.RunInfo, error) {
	return nil, nil
}

func (h *fakeHistory) Get(ctx context.Context, id string) (schedules.RunInfo, bool, error) {
	return schedules.RunInfo{}, false, nil
}

func (h *fakeHistory) LastSuccess(ctx context.Context, job string) (time.Time, bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t, ok := h.lastSuccess[job]
	return t, ok, nil
}

// tableRuns reads the runs table of the dataset in dir.
func tableRuns(t *testing.T, dir string) []dataset.RunRow {
	t.Helper()
	ds, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []dataset.RunRow
	if err := ds.ScanRuns(t.Context(), dataset.Filter{}, func(r dataset.RunRow) error {
		out = append(out, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// waitFor polls cond until it holds; it fails the test instead of hanging.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// runStatus returns the status of run id as the scheduler reports it.
func runStatus(t *testing.T, s *schedules.Scheduler, id string) string {
	t.Helper()
	info, ok, err := s.RunByID(t.Context(), id)
	if err != nil || !ok {
		t.Fatalf("RunByID(%s) = %v, %v", id, ok, err)
	}
	return info.Status
}
