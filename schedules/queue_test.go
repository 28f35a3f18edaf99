package schedules_test

import (
	"log/slog"
	"testing"
	"time"

	"govwatch/internal/pgtest"
	"govwatch/schedules"
)

// TestEnqueueOnce checks that the runs of one tick are one job each, however many
// serve processes enqueue them: two queue clients on one database enqueue the same
// tick of a crawl job over three sources, and only the first adds jobs; the next
// tick adds its own.
func TestEnqueueOnce(t *testing.T) {
	db := pgtest.Start(t)
	open := func() *schedules.Queue {
		q, err := schedules.OpenQueue(t.Context(), db, t.TempDir(), schedules.QueueConfig{}, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(q.Close)
		return q
	}
	a, b := open(), open() // the second one's migration finds the tables in place
	job := schedules.Job{Name: "crawl-all", Kind: schedules.KindCrawl, Schedule: "0 */6 * * *"}
	sources := []string{"abarkuh", "kavar", "meybod"}
	tick := time.Date(2026, 12, 4, 6, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		q    *schedules.Queue
		tick time.Time
		want schedules.Enqueued
	}{
		{"first serve", a, tick, schedules.Enqueued{Inserted: 3}},
		{"second serve, same tick", b, tick, schedules.Enqueued{Duplicates: 3}},
		{"first serve again", a, tick, schedules.Enqueued{Duplicates: 3}},
		{"next tick", b, tick.Add(6 * time.Hour), schedules.Enqueued{Inserted: 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.q.Enqueue(t.Context(), job, sources, "", tc.tick, schedules.TriggerSchedule)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Enqueue = %+v, want %+v", got, tc.want)
			}
		})
	}
	runs, err := a.Recent(t.Context(), 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 6 {
		t.Errorf("%d jobs queued, want 6", len(runs))
	}
	report := schedules.Job{Name: "monthly-report", Kind: schedules.KindReport}
	if got, err := a.Enqueue(t.Context(), report, sources, "1397-08", tick, schedules.TriggerQueue); err != nil || got.Inserted != 1 {
		t.Errorf("a report job is one run: %+v, %v", got, err)
	}
}
