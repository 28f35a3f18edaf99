package dataset

import (
	"encoding/json"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow/memory"
)

// expire makes the lease of epoch look as if its holder died long ago.
func expire(t *testing.T, st *blobStore, epoch int64, note LockNote) {
	t.Helper()
	data, _ := json.Marshal(leaseRecord{Note: note, Expires: time.Now().Add(-time.Hour)})
	if err := st.writeFile(t.Context(), leaseKey(epoch), func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		t.Fatal(err)
	}
}

func TestLease(t *testing.T) {
	s, err := openFileBlob(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	st := s.(*blobStore)
	ctx := t.Context()
	a, err := takeLease(ctx, st, LockNote{RunID: "run-a", PID: 1}, false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = takeLease(ctx, st, LockNote{RunID: "run-b", PID: 2}, false)
	var le *LockedError
	if !errors.As(err, &le) || le.Holder.RunID != "run-a" {
		t.Fatalf("second lease while the first is live: %v, want a LockedError naming run-a", err)
	}
	// The holder dies: its renewal stops and its lease expires.
	a.cancel()
	<-a.done
	expire(t, st, a.epoch, a.note)
	c, err := takeLease(ctx, st, LockNote{RunID: "run-c", PID: 3}, false)
	if err != nil {
		t.Fatalf("lease after the holder's expired: %v", err)
	}
	if err := a.check(ctx); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("check of the expired holder: %v, want ErrLeaseLost", err)
	}
	if err := c.check(ctx); err != nil {
		t.Errorf("check of the live holder: %v", err)
	}
	// A released lease is free at once.
	if err := c.release(); err != nil {
		t.Fatal(err)
	}
	d, err := takeLease(ctx, st, LockNote{RunID: "run-d", PID: 4}, false)
	if err != nil {
		t.Fatalf("lease after a release: %v", err)
	}
	d.release()
}

// TestLeaseLostCommit checks that a writer whose lease was taken over does not
// commit: its rows never become visible.
func TestLeaseLostCommit(t *testing.T) {
	s, err := openFileBlob(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ds := &Dataset{dir: "fileblob:test", opts: Options{}.withDefaults()}
	ds.ls = &lazyStore{st: s}
	ds.mem = memory.DefaultAllocator
	txn, err := ds.Begin(t.Context(), "run-a")
	if err != nil {
		t.Fatal(err)
	}
	if err := txn.AddRun(RunRow{StartedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	l := txn.lock.lease
	l.cancel()
	<-l.done
	expire(t, s.(*blobStore), l.epoch, l.note)
	other, err := takeLease(t.Context(), s.(*blobStore), LockNote{RunID: "run-b"}, false)
	if err != nil {
		t.Fatal(err)
	}
	defer other.release()
	if err := txn.Commit(t.Context()); !errors.Is(err, ErrLeaseLost) {
		t.Fatalf("commit after the lease was taken over: %v, want ErrLeaseLost", err)
	}
	if ok, _ := s.exists(t.Context(), manifestKey("run-a")); ok {
		t.Error("manifest written by a writer that lost its lease")
	}
	n := 0
	ds.ScanRuns(t.Context(), Filter{}, func(RunRow) error { n++; return nil })
	if n != 0 {
		t.Errorf("%d runs rows visible, want 0", n)
	}
}
