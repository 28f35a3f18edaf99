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
type Lock struct {
	dir  string
	f    *os.File
	note LockNote
}

// TryLock takes the write lock of dir without waiting, creating dir if needed. If
// another holder has it, it returns a *LockedError naming that holder. The note's
// PID, Host and Started are filled in when zero.
func TryLock(dir string, note LockNote) (*Lock, error) {
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
	return &Lock{dir: dir, f: f, note: note}, nil
}

// AcquireLock takes the write lock of dir, waiting (queued) while another holder
// has it, until ctx is done. On ctx expiry it returns the last *LockedError joined
// with the context's cause.
func AcquireLock(ctx context.Context, dir string, note LockNote) (*Lock, error) {
	t := time.NewTicker(lockPollInterval)
	defer t.Stop()
	for {
		l, err := TryLock(dir, note)
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
	return l != nil && l.f != nil && filepath.Clean(l.dir) == filepath.Clean(dir)
}

// Unlock clears the note and releases the lock. It is safe to call twice, and on
// a nil Lock.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
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
