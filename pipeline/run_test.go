package pipeline_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"govwatch/internal/demoportal"
	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
)

// errShutdown stands for the scheduler's shutdown cause.
var errShutdown = errors.New("scheduler shutting down")

func TestStatusForAndExplain(t *testing.T) {
	done := func(cause error) context.Context {
		ctx, cancel := context.WithCancelCause(t.Context())
		cancel(cause)
		return ctx
	}
	other := errors.New("sink full")
	tests := []struct {
		name       string
		ctx        context.Context
		err        error
		wantStatus string
		wantMsg    string
		wantIs     []error
	}{
		{"success", t.Context(), nil, pipeline.StatusSucceeded, "", nil},
		{"failure", t.Context(), other, pipeline.StatusFailed, "sink full", []error{other}},
		{"signal without cause", done(nil), context.Canceled, pipeline.StatusInterrupted,
			"interrupted by shutdown signal", []error{context.Canceled, pipeline.ErrInterrupted}},
		{"shutdown", done(errShutdown), context.Canceled, pipeline.StatusInterrupted,
			"interrupted by shutdown signal (scheduler shutting down)", []error{context.Canceled, pipeline.ErrInterrupted, errShutdown}},
		{"job timeout", done(&pipeline.TimeoutError{Limit: 10 * time.Minute}), context.Canceled, pipeline.StatusFailed,
			"job timeout of 10m0s reached", []error{context.Canceled, context.DeadlineExceeded}},
		{"another error while stopping", done(nil), other, pipeline.StatusInterrupted, "sink full", []error{other}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pipeline.StatusFor(tt.ctx, tt.err); got != tt.wantStatus {
				t.Errorf("StatusFor = %s, want %s", got, tt.wantStatus)
			}
			err := pipeline.Explain(tt.ctx, tt.err)
			if tt.err == nil {
				if err != nil {
					t.Errorf("Explain(nil) = %v", err)
				}
				return
			}
			if err.Error() != tt.wantMsg {
				t.Errorf("Explain = %q, want %q", err, tt.wantMsg)
			}
			for _, target := range tt.wantIs {
				if !errors.Is(err, target) {
					t.Errorf("Explain = %v, does not wrap %v", err, target)
				}
			}
			if again := pipeline.Explain(tt.ctx, err); again.Error() != err.Error() {
				t.Errorf("Explain twice = %q, want %q", again, err)
			}
		})
	}
}

func TestNewRunID(t *testing.T) {
	now := time.Date(2018, 11, 6, 1, 30, 0, 0, time.UTC)
	tests := []struct{ job, want string }{
		{"monthly-report", `^20181106T013000Z-monthly-report-[0-9a-f]{8}$`},
		{"", `^20181106T013000Z-[0-9a-f]{8}$`},
		{"a job/with ../odd", `^20181106T013000Z-a-job-with-\.\.-odd-[0-9a-f]{8}$`},
	}
	for _, tt := range tests {
		id := pipeline.NewRunID(now, tt.job)
		if !regexp.MustCompile(tt.want).MatchString(id) {
			t.Errorf("NewRunID(%q) = %q, want %s", tt.job, id, tt.want)
		}
		if id == pipeline.NewRunID(now, tt.job) {
			t.Errorf("NewRunID(%q) twice gave %q twice", tt.job, id)
		}
	}
}

// TestRunLockAndRecord: a run is queued until it holds the data directory's lock,
// refuses a second run with the holder's name, and records rows (its own and
// others') through its lock, with its config hash.
func TestRunLockAndRecord(t *testing.T) {
	dir := t.TempDir()
	run := pipeline.NewRun(pipeline.RunConfig{DataDir: dir, Job: "crawl-all", Trigger: "cli", ConfigHash: "0123456789abcdef"})
	if st := run.State(); st.Status != pipeline.StatusQueued || st.ID != run.ID() || !strings.Contains(run.ID(), "-crawl-all-") {
		t.Fatalf("new run = %+v", st)
	}
	if err := run.Lock(t.Context(), false); err != nil {
		t.Fatal(err)
	}
	defer run.Unlock()
	if st := run.State(); st.Status != pipeline.StatusRunning || st.Started.IsZero() {
		t.Errorf("locked run = %+v, want running", st)
	}
	second := pipeline.NewRun(pipeline.RunConfig{DataDir: dir, Job: "report"})
	var le *dataset.LockedError
	if err := second.Lock(t.Context(), false); !errors.As(err, &le) || le.Holder.RunID != run.ID() {
		t.Fatalf("second Lock = %v, want *LockedError naming %s", err, run.ID())
	}
	if err := run.Record(t.Context(), dir, second.Summary(pipeline.StatusSkipped, errors.New("job running"))); err != nil {
		t.Fatalf("Record through the held lock: %v", err)
	}
	if err := run.Record(t.Context(), dir, run.Summary(pipeline.StatusFailed, errors.New("runner panicked"))); err != nil {
		t.Fatal(err)
	}
	if err := second.Record(t.Context(), dir, second.Summary(pipeline.StatusSkipped, nil)); !errors.Is(err, dataset.ErrLocked) {
		t.Errorf("Record without the lock while another run holds it = %v, want ErrLocked", err)
	}
	tb := mustReadTables(t, dir)
	if len(tb.runs) != 2 {
		t.Fatalf("runs table has %d rows, want 2: %+v", len(tb.runs), tb.runs)
	}
	for _, r := range tb.runs {
		want := map[string]string{run.ID(): pipeline.StatusFailed, second.ID(): pipeline.StatusSkipped}[r.RunID]
		if r.Status != want || (r.RunID == run.ID() && (r.ConfigHash != "0123456789abcdef" || r.Trigger != "cli")) {
			t.Errorf("runs row %+v, want status %s", r, want)
		}
	}
}

// TestCrawlStopped stops a crawl after its first page, as a signal and as its job's
// timeout would: the runs table and the error say the same (interrupted, or failed
// by the timeout), in words, and the progress was live on the run.
func TestCrawlStopped(t *testing.T) {
	tests := []struct {
		name       string
		cause      error
		wantStatus string
		wantErr    string
	}{
		{"signal", nil, pipeline.StatusInterrupted, "interrupted by shutdown signal"},
		{"job timeout", &pipeline.TimeoutError{Limit: 10 * time.Minute}, pipeline.StatusFailed, "job timeout of 10m0s reached"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			portal, srv := startPortal(t, demoportal.Options{})
			dir := t.TempDir()
			run := pipeline.NewRun(pipeline.RunConfig{DataDir: dir, Job: "crawl-all", ConfigHash: "cafe"})
			if err := run.Lock(t.Context(), false); err != nil {
				t.Fatal(err)
			}
			defer run.Unlock()
			ctx, cancel := context.WithCancelCause(t.Context())
			defer cancel(nil)
			opts := runOptions(t, dir, portalSources(portal, srv.URL))
			opts.Run = run
			var live pipeline.RunState
			opts.Progress = func(p pipeline.Progress) {
				if live.ID == "" {
					live = run.State() // the run shows the page just counted
					cancel(tt.cause)
				}
			}
			sum, err := pipeline.Crawl(ctx, opts)
			if live.Status != pipeline.StatusRunning || live.Progress.Pages != 1 || live.Progress.Source == "" {
				t.Errorf("run state during the crawl = %+v, want running at 1 page with its source", live)
			}
			if sum.Status != tt.wantStatus || err == nil || err.Error() != tt.wantErr {
				t.Fatalf("Crawl = %s, %v; want %s, %q", sum.Status, err, tt.wantStatus, tt.wantErr)
			}
			r, ok := mustReadTables(t, dir).run(run.ID())
			if !ok || r.Status != tt.wantStatus || r.Error != tt.wantErr || r.ConfigHash != "cafe" || r.Trigger != "cli" {
				t.Errorf("runs row = %+v (found %v), want %s with %q", r, ok, tt.wantStatus, tt.wantErr)
			}
		})
	}
}

// TestCrawlCommitFails makes the commit fail (the run's manifest cannot be written):
// the summary counts no rows written, the run is failed and recorded as such in a
// transaction of its own, and no article is visible.
func TestCrawlCommitFails(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{})
	dir := t.TempDir()
	run := pipeline.NewRun(pipeline.RunConfig{DataDir: dir, Job: "crawl-all"})
	if err := run.Lock(t.Context(), false); err != nil {
		t.Fatal(err)
	}
	defer run.Unlock()
	opts := runOptions(t, dir, portalSources(portal, srv.URL, "kavar"))
	opts.Run = run
	opts.Progress = func(pipeline.Progress) {
		// A directory where the manifest goes, with a file in it: the rename fails.
		_ = os.MkdirAll(filepath.Join(dir, "_manifests", run.ID()+".json", "x"), 0o755)
	}
	sum, err := pipeline.Crawl(t.Context(), opts)
	if err == nil || !strings.Contains(err.Error(), "commit run") || sum.Status != pipeline.StatusFailed {
		t.Fatalf("Crawl = %s, %v; want failed at commit", sum.Status, err)
	}
	if sum.RowsArticles+sum.RowsPeople+sum.RowsViolations != 0 {
		t.Errorf("summary counts rows written after a failed commit: %+v", sum)
	}
	tb := mustReadTables(t, dir)
	if len(tb.articles) != 0 {
		t.Errorf("%d articles visible after a failed commit", len(tb.articles))
	}
	r, ok := tb.run(run.ID())
	if !ok || r.Status != pipeline.StatusFailed || r.RowsArticles != 0 || !strings.Contains(r.Error, "commit run") {
		t.Errorf("runs row = %+v (found %v), want failed, no rows, naming the commit", r, ok)
	}
}

// TestCrawlNotRecorded: a dataset that cannot be opened (a manifest that cannot be
// read) fails the run with an error that says it is not in the runs table.
func TestCrawlNotRecorded(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "_manifests"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "_manifests", "broken.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := pipeline.Crawl(t.Context(), runOptions(t, dir, nil))
	if !errors.Is(err, pipeline.ErrNotRecorded) || !strings.Contains(err.Error(), "broken.json") {
		t.Errorf("Crawl = %v, want ErrNotRecorded naming the bad manifest", err)
	}
}
