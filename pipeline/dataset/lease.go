package dataset

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"
)

// LeaseTTL is how long an object-store lease lasts without renewal: a holder that
// dies (SIGKILL, a lost machine) blocks other writers this long at most. Its holder
// renews it every LeaseTTL/3. Tests may lower it.
var LeaseTTL = 30 * time.Second

// ErrLeaseLost means a writer's object-store lease expired or another writer took
// the lock over; the writer's Txn does not commit.
var ErrLeaseLost = errors.New("lease on the dataset lost")

const leaseDir = "_lease"

// leaseRecord is the content of one lease object.
type leaseRecord struct {
	Note     LockNote  `json:"holder"`
	Expires  time.Time `json:"expires"`
	Released bool      `json:"released,omitempty"`
}

func (r *leaseRecord) live(now time.Time) bool {
	return !r.Released && now.Before(r.Expires)
}

func leaseKey(epoch int64) string {
	return fmt.Sprintf("%s/%020d.json", leaseDir, epoch)
}

// lease is a held object-store lease, renewed in the background until release.
type lease struct {
	st    *blobStore
	own   bool // close st at release
	epoch int64
	note  LockNote

	// base is the context the lease was taken with, without its cancellation: the
	// lease outlives the call that took it.
	base   context.Context
	cancel context.CancelFunc
	done   chan struct{}

	mu      sync.Mutex
	expires time.Time
	lost    error
}

// newestLease returns the highest lease epoch below st, and its record (nil when
// there is none, or when it cannot be decoded: a lease being written).
func newestLease(ctx context.Context, st *blobStore) (int64, *leaseRecord, error) {
	ents, err := st.list(ctx, leaseDir)
	if err != nil {
		return 0, nil, fmt.Errorf("list leases: %w", err)
	}
	var epoch int64 = -1
	for _, e := range ents {
		if e.isDir || !strings.HasSuffix(e.name, ".json") {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSuffix(e.name, ".json"), 10, 64)
		if err == nil && n > epoch {
			epoch = n
		}
	}
	if epoch < 0 {
		return 0, nil, nil
	}
	data, err := st.readFile(ctx, leaseKey(epoch))
	if errors.Is(err, fs.ErrNotExist) {
		return epoch, nil, nil
	}
	if err != nil {
		return 0, nil, fmt.Errorf("read lease: %w", err)
	}
	var rec leaseRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		// Unreadable: treat as held until it would have expired.
		rec = leaseRecord{Expires: time.Now().Add(LeaseTTL)}
	}
	return epoch, &rec, nil
}

// takeLease creates the next lease epoch if the newest one is expired or released.
// With own, the lease closes st when released.
func takeLease(ctx context.Context, st *blobStore, note LockNote, own bool) (*lease, error) {
	epoch, rec, err := newestLease(ctx, st)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	if rec != nil && rec.live(now) {
		return nil, &LockedError{Holder: rec.Note}
	}
	next := epoch + 1
	mine := leaseRecord{Note: note, Expires: now.Add(LeaseTTL)}
	data, _ := json.Marshal(mine)
	if err := st.writeOnce(ctx, leaseKey(next), data); err != nil {
		if errors.Is(err, fs.ErrExist) {
			holder := LockNote{}
			if b, rerr := st.readFile(ctx, leaseKey(next)); rerr == nil {
				var r leaseRecord
				if json.Unmarshal(b, &r) == nil {
					holder = r.Note
				}
			}
			return nil, &LockedError{Holder: holder}
		}
		return nil, fmt.Errorf("create lease: %w", err)
	}
	// The epoch before the newest is history now; removing it keeps listings short.
	if epoch >= 1 {
		_ = st.remove(ctx, leaseKey(epoch-1))
	}
	base := context.WithoutCancel(ctx)
	rctx, cancel := context.WithCancel(base)
	l := &lease{st: st, own: own, epoch: next, note: note, base: base, cancel: cancel, done: make(chan struct{}), expires: mine.Expires}
	go l.renew(rctx)
	return l, nil
}

// renew extends the lease every LeaseTTL/3 until ctx is cancelled, and notes when
// it is lost.
func (l *lease) renew(ctx context.Context) {
	defer close(l.done)
	t := time.NewTicker(LeaseTTL / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := l.check(ctx); err != nil {
			return
		}
		exp := time.Now().Add(LeaseTTL)
		data, _ := json.Marshal(leaseRecord{Note: l.note, Expires: exp})
		err := l.st.writeFile(ctx, leaseKey(l.epoch), func(w io.Writer) error { _, err := w.Write(data); return err })
		if err == nil {
			l.mu.Lock()
			l.expires = exp
			l.mu.Unlock()
		}
	}
}

// check fails with ErrLeaseLost when the lease has expired or a newer epoch exists.
func (l *lease) check(ctx context.Context) error {
	l.mu.Lock()
	lost, exp := l.lost, l.expires
	l.mu.Unlock()
	if lost != nil {
		return lost
	}
	if !time.Now().Before(exp) {
		lost = fmt.Errorf("%w: expired at %s", ErrLeaseLost, exp.Format(time.RFC3339))
	} else {
		epoch, rec, err := newestLease(ctx, l.st)
		if err != nil {
			return err
		}
		if epoch != l.epoch {
			lost = fmt.Errorf("%w: taken over by %s", ErrLeaseLost, noteOf(rec))
		}
	}
	if lost != nil {
		l.mu.Lock()
		l.lost = lost
		l.mu.Unlock()
	}
	return lost
}

func noteOf(r *leaseRecord) LockNote {
	if r == nil {
		return LockNote{}
	}
	return r.Note
}

// release stops the renewal and marks the lease released, so that the next writer
// need not wait for it to expire.
func (l *lease) release() error {
	l.cancel()
	<-l.done
	ctx, cancel := context.WithTimeout(l.base, 10*time.Second)
	defer cancel()
	if l.own {
		defer l.st.close()
	}
	if l.check(ctx) != nil {
		return nil // someone else's now: leave it alone
	}
	data, _ := json.Marshal(leaseRecord{Note: l.note, Expires: time.Now(), Released: true})
	return l.st.writeFile(ctx, leaseKey(l.epoch), func(w io.Writer) error { _, err := w.Write(data); return err })
}
