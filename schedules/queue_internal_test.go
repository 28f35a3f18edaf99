package schedules

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"govwatch/internal/pgtest"
)

// everyTwoSeconds ticks on even seconds: faster than a configured schedule may.
type everyTwoSeconds struct{}

func (everyTwoSeconds) Next(t time.Time) time.Time {
	return t.Truncate(2 * time.Second).Add(2 * time.Second)
}

// TestTwoServesOneTick runs two serve-side queue clients on one database with a
// job that ticks every two seconds, and checks that each tick was enqueued once:
// River elects one of them to insert the ticks, and a tick is unique.
func TestTwoServesOneTick(t *testing.T) {
	db := pgtest.Start(t)
	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	var qs []*Queue
	for _, name := range []string{"serve-a", "serve-b"} {
		q, err := OpenQueue(t.Context(), db, t.TempDir(), QueueConfig{}, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		defer q.Close()
		q.tickRound = time.Second
		q.parse = func(string, *time.Location) (river.PeriodicSchedule, error) { return everyTwoSeconds{}, nil }
		qs = append(qs, q)
		wc := WorkerConfig{Name: name, Schedule: true, Location: time.UTC, Sources: []string{"kavar", "meybod"},
			Jobs: []Job{{Name: "crawl-all", Kind: KindCrawl, Schedule: "*/2 * * * * *"}}}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := q.Run(ctx, wc); err != nil {
				t.Error(err)
				cancel()
			}
		}()
	}
	// Wait for three ticks' runs (River's leader election takes a few seconds).
	var runs []QueuedRun
	for len(runs) < 6 {
		select {
		case <-ctx.Done():
			t.Fatal("the queue clients stopped")
		case <-time.After(200 * time.Millisecond):
		}
		var err error
		if runs, err = qs[0].Recent(t.Context(), 1000); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	wg.Wait()
	runs, err := qs[0].Recent(t.Context(), 1000)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	ticks := map[time.Time]int{}
	for _, r := range runs {
		seen[r.Source+" "+r.Tick.String()]++
		ticks[r.Tick]++
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("run %s enqueued %d times", k, n)
		}
	}
	for tick, n := range ticks {
		if n != 2 {
			t.Errorf("tick %s has %d runs, want one per source (2)", tick, n)
		}
		if tick.Second()%2 != 0 {
			t.Errorf("tick %s is not on the schedule", tick)
		}
	}
}
