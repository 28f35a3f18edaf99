package dataset

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// LockFile is the name of the write lock's file inside a dataset directory. It is
// the one lock of a data directory: every writer (a crawl, a reprocess, a report's
// run record, the scheduler's records of skipped ticks) holds it, so no two runs
// write at once.
const LockFile = lockFile

// lockPollInterval is how often AcquireLock retries a held lock. The kernel offers
// no cancellable blocking flock, so waiting is a poll that watches ctx.
const lockPollInterval = 200 * time.Millisecond

// LockNote describes the holder of a dataset's write lock. It is written as JSON
// into the lock file while the lock is held, so that a refused process can say who
// holds it.
type LockNote struct {
	// RunID is the run that holds the lock; empty for a holder that is not a run.
	RunID string `json:"run_id"`
	// Job is the configured job name of that run.
	Job string `json:"job"`
	// PID is the process ID of the holder.
	PID int `json:"pid"`
	// Host is the host name of the holder.
	Host string `json:"host"`
	// Started is when the holder took the lock.
	Started time.Time `json:"started"`
}

// String describes the holder in one phrase for operators.
func (n LockNote) String() string {
	if n.PID == 0 {
		return "an unknown process"
	}
	if n.RunID == "" {
		return fmt.Sprintf("pid %d on %s (since %s)", n.PID, n.Host, n.Started.Format(time.RFC3339))
	}
	return fmt.Sprintf("run %q of job %q (pid %d on %s, since %s)", n.RunID, n.Job, n.PID, n.Host, n.Started.Format(time.RFC3339))
}

// LockedError reports that another holder has a dataset's write lock.
type LockedError struct {
	// Path is the lock file.
	Path string
	// Holder is what the holder wrote into the lock file; its PID is zero when the
	// holder had not written it yet.
	Holder LockNote
}

// Error names the data directory and the run that holds its lock.
func (e *LockedError) Error() string {
	return fmt.Sprintf("data directory %s is locked by %s", filepath.Dir(e.Path), e.Holder)
}

// Unwrap returns ErrLocked.
func (e *LockedError) Unwrap() error { return ErrLocked }

// Lock is the exclusive, cross-process write lock of a dataset directory: flock(2)
// on <dir>/_lock (on Unix; elsewhere the file is written but nothing is locked).
// The kernel releases it when the holding process dies, however it dies (kill -9
// included), so a crashed run never leaves a stale lock. Locks taken on separate
// Lock values conflict even within one process: a writer that holds one passes it
// to Open in Options.Lock. A Lock is not safe for concurrent use.
//
// On an object store (an s3:// location) the lock is a lease instead: see
// [TryLockContext].
type Lock struct {
	dir   string
	f     *os.File
	lease *lease
	ext   *heldLock
	note  LockNote
}

// heldLock is a lock taken outside this package (see NewHeldLock).
type heldLock struct {
	check   func(context.Context) error
	release func() error
}

// NewHeldLock returns the write lock of location taken by other means, such as a
// PostgreSQL advisory lock that queue workers sharing a database take instead of
// the flock or the lease: check (which may be nil) returns an error if the lock was
// lost, and a Txn does not commit then; release gives it up at Unlock. Every writer
// of the location must then take the same lock.
func NewHeldLock(location string, note LockNote, check func(context.Context) error, release func() error) *Lock {
	fillNote(&note)
	return &Lock{dir: location, ext: &heldLock{check: check, release: release}, note: note}
}

// TryLock takes the write lock of dir without waiting, creating dir if needed. If
// another holder has it, it returns a *LockedError naming that holder. The note's
// PID, Host and Started are filled in when zero.
// dir may be a file:// URL; an object-store location needs [TryLockContext].
func TryLock(dir string, note LockNote) (*Lock, error) {
	if IsURL(dir) {
		return nil, fmt.Errorf("lock %s: an object store is locked with TryLockContext", Redact(dir))
	}
	given := dir
	dir, _ = LocalPath(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lock data directory: %w", err)
	}
	path := filepath.Join(dir, lockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	locked, err := flockTry(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock data directory: %w", err)
	}
	if !locked {
		// The holder writes its note just after taking the lock; a process that
		// arrives in between would name "an unknown process", so give it a moment.
		holder, _ := readNote(f)
		for i := 0; holder.PID == 0 && i < 10; i++ {
			time.Sleep(20 * time.Millisecond)
			holder, _ = readNote(f)
		}
		f.Close()
		return nil, &LockedError{Path: path, Holder: holder}
	}
	if note.PID == 0 {
		note.PID = os.Getpid()
	}
	if note.Host == "" {
		note.Host, _ = os.Hostname()
	}
	if note.Started.IsZero() {
		note.Started = time.Now().UTC()
	}
	if err := writeNote(f, note); err != nil {
		flockRelease(f)
		f.Close()
		return nil, fmt.Errorf("write lock note: %w", err)
	}
	return &Lock{dir: given, f: f, note: note}, nil
}

// TryLockContext takes the write lock of a dataset's location without waiting. A
// directory (or file:// URL) is locked as [TryLock] does. An object store (s3://)
// is locked by a lease: the objects _lease/<epoch>.json below the dataset's prefix,
// each created write-once (a conditional PUT, If-None-Match: *), so that of two
// writers that find the newest lease expired or released only one creates the
// next. The holder renews its lease every LeaseTTL/3 and gives it up at Unlock; a
// holder that dies leaves it to expire after LeaseTTL. Expiry is judged by the
// clocks of the machines involved, which must agree to well within LeaseTTL. A
// holder that finds a newer lease than its own has lost the lock, and a Txn then
// refuses to commit (ErrLeaseLost).
func TryLockContext(ctx context.Context, location string, note LockNote) (*Lock, error) {
	if !IsURL(location) {
		return TryLock(location, note)
	}
	fillNote(&note)
	st, err := openStore(ctx, location, true)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", Redact(location), err)
	}
	l, err := takeLease(ctx, st.(*blobStore), note, true)
	if err != nil {
		st.close()
		var le *LockedError
		if errors.As(err, &le) {
			le.Path = Redact(location) + "/" + leaseDir
			return nil, le
		}
		return nil, fmt.Errorf("lock %s: %w", Redact(location), err)
	}
	return &Lock{dir: location, lease: l, note: note}, nil
}

func fillNote(note *LockNote) {
	if note.PID == 0 {
		note.PID = os.Getpid()
	}
	if note.Host == "" {
		note.Host, _ = os.Hostname()
	}
	if note.Started.IsZero() {
		note.Started = time.Now().UTC()
	}
}

// check returns ErrLeaseLost if l is a lease that another holder has taken over or
// that has expired; a flock cannot be lost. A nil Lock passes.
func (l *Lock) check(ctx context.Context) error {
	if l == nil {
		return nil
	}
	if l.ext != nil && l.ext.check != nil {
		return l.ext.check(ctx)
	}
	if l.lease == nil {
		return nil
	}
	return l.lease.check(ctx)
}

// AcquireLock takes the write lock of dir, waiting (queued) while another holder
// has it, until ctx is done. On ctx expiry it returns the last *LockedError joined
// with the context's cause.
func AcquireLock(ctx context.Context, dir string, note LockNote) (*Lock, error) {
	t := time.NewTicker(lockPollInterval)
	defer t.Stop()
	for {
		l, err := TryLockContext(ctx, dir, note)
		if !errors.Is(err, ErrLocked) {
			return l, err
		}
		select {
		case <-ctx.Done():
			return nil, errors.Join(err, context.Cause(ctx))
		case <-t.C:
		}
	}
}

// Note returns what this holder wrote into the lock file.
func (l *Lock) Note() LockNote { return l.note }

// Held reports whether l holds the lock of dir.
func (l *Lock) Held(dir string) bool {
	if l == nil {
		return false
	}
	if l.lease != nil || l.ext != nil {
		if l.dir == dir {
			return true
		}
		a, ok1 := LocalPath(l.dir)
		b, ok2 := LocalPath(dir)
		return ok1 && ok2 && filepath.Clean(a) == filepath.Clean(b)
	}
	a, _ := LocalPath(l.dir)
	b, ok := LocalPath(dir)
	return ok && l.f != nil && filepath.Clean(a) == filepath.Clean(b)
}

// Unlock clears the note and releases the lock. It is safe to call twice, and on
// a nil Lock.
func (l *Lock) Unlock() error {
	if l == nil {
		return nil
	}
	if l.ext != nil {
		ext := l.ext
		l.ext = nil
		if err := ext.release(); err != nil {
			return fmt.Errorf("unlock %s: %w", Redact(l.dir), err)
		}
		return nil
	}
	if l.lease != nil {
		ls := l.lease
		l.lease = nil
		if err := ls.release(); err != nil {
			return fmt.Errorf("unlock %s: %w", Redact(l.dir), err)
		}
		return nil
	}
	if l.f == nil {
		return nil
	}
	f := l.f
	l.f = nil
	errTrunc := f.Truncate(0)
	errUnlock := flockRelease(f)
	errClose := f.Close()
	if err := errors.Join(errTrunc, errUnlock, errClose); err != nil {
		return fmt.Errorf("unlock data directory: %w", err)
	}
	return nil
}

// Holder reports who holds the write lock of dir, if anyone. It does not keep the
// lock.
func Holder(dir string) (LockNote, bool, error) {
	if IsURL(dir) {
		return LockNote{}, false, fmt.Errorf("lock holder of %s: use HolderContext", Redact(dir))
	}
	l, err := TryLock(dir, LockNote{})
	var le *LockedError
	switch {
	case errors.As(err, &le):
		return le.Holder, true, nil
	case err != nil:
		return LockNote{}, false, err
	}
	return LockNote{}, false, l.Unlock()
}

func writeNote(f *os.File, note LockNote) error {
	b, err := json.Marshal(note)
	if err != nil {
		return err
	}
	if err := f.Truncate(0); err != nil {
		return err
	}
	if _, err := f.WriteAt(append(b, '\n'), 0); err != nil {
		return err
	}
	return f.Sync()
}

func readNote(f *os.File) (LockNote, error) {
	b, err := io.ReadAll(io.NewSectionReader(f, 0, 64<<10))
	if err != nil {
		return LockNote{}, err
	}
	var note LockNote
	if len(bytes.TrimSpace(b)) == 0 {
		return note, nil
	}
	if err := json.Unmarshal(b, &note); err != nil {
		return LockNote{}, err
	}
	return note, nil
}

// HolderContext reports who holds the write lock of a location, if anyone, as
// [Holder] does; on an object store it reads the newest lease without taking one.
func HolderContext(ctx context.Context, location string) (LockNote, bool, error) {
	if !IsURL(location) {
		return Holder(location)
	}
	st, err := openStore(ctx, location, true)
	if err != nil {
		return LockNote{}, false, fmt.Errorf("lock holder of %s: %w", Redact(location), err)
	}
	defer st.close()
	_, rec, err := newestLease(ctx, st.(*blobStore))
	if err != nil || rec == nil {
		return LockNote{}, false, err
	}
	if rec.live(time.Now()) {
		return rec.Note, true, nil
	}
	return LockNote{}, false, nil
}
