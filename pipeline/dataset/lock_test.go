package dataset_test

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"govwatch/pipeline/dataset"
)

const lockChildEnv = "GOVWATCH_DATASET_LOCK_CHILD"

// TestLockChild is the process that TestLockAcrossProcesses starts: it takes the
// lock, says "locked" and blocks until stdin closes or it is killed.
func TestLockChild(t *testing.T) {
	dir := os.Getenv(lockChildEnv)
	if dir == "" {
		t.Skip("run by TestLockAcrossProcesses only")
	}
	l, err := dataset.TryLock(dir, dataset.LockNote{RunID: "run-child", Job: "crawl-all"})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	os.Stdout.WriteString("locked\n")
	bufio.NewReader(os.Stdin).ReadString('\n')
}

// startLockHolder starts a child process that holds the lock on dir, and returns
// once the child holds it.
func startLockHolder(t *testing.T, dir string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockChild$")
	cmd.Env = append(os.Environ(), lockChildEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "locked" {
		t.Fatalf("child did not take the lock: %q, %v", line, err)
	}
	return cmd
}

// TestLockAcrossProcesses: a held lock refuses another process with the holder's
// note (and refuses Begin), a queued acquirer gets it once the holder is killed
// with SIGKILL, and a run that holds the lock writes through it.
func TestLockAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	child := startLockHolder(t, dir)

	_, err := dataset.TryLock(dir, dataset.LockNote{RunID: "run-parent", Job: "report-monthly"})
	var le *dataset.LockedError
	if !errors.As(err, &le) || !errors.Is(err, dataset.ErrLocked) {
		t.Fatalf("TryLock while child holds it: got %v, want *LockedError wrapping ErrLocked", err)
	}
	if le.Holder.PID != child.Process.Pid || le.Holder.RunID != "run-child" || le.Holder.Job != "crawl-all" {
		t.Errorf("holder = %+v, want child pid %d, run-child, crawl-all", le.Holder, child.Process.Pid)
	}
	for _, want := range []string{`"run-child"`, `"crawl-all"`, "locked by"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not contain %q", err.Error(), want)
		}
	}
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ds.Begin(t.Context(), "run-2"); !errors.As(err, &le) || le.Holder.RunID != "run-child" {
		t.Errorf("Begin while the child holds the lock = %v, want *LockedError naming run-child", err)
	}
	holder, held, err := dataset.Holder(dir)
	if err != nil || !held || holder.RunID != "run-child" {
		t.Errorf("Holder = %+v, %v, %v; want run-child held", holder, held, err)
	}

	got := make(chan *dataset.Lock, 1)
	go func() {
		l, err := dataset.AcquireLock(t.Context(), dir, dataset.LockNote{RunID: "run-queued", Job: "crawl-all"})
		if err != nil {
			t.Error(err)
		}
		got <- l
	}()
	if err := child.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	child.Wait()
	l := <-got
	if l == nil {
		t.FailNow()
	}
	// The run holding the lock writes through it; the lock stays held after the
	// commit, until the run lets it go.
	ds, err = dataset.Open(dir, dataset.Options{Lock: l})
	if err != nil {
		t.Fatal(err)
	}
	txn, err := ds.Begin(t.Context(), "run-queued")
	if err != nil {
		t.Fatalf("Begin with the held lock: %v", err)
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	if h, held, _ := dataset.Holder(dir); !held || h.RunID != "run-queued" {
		t.Errorf("after the commit Holder = %+v, %v; want run-queued still holding", h, held)
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	if _, held, _ := dataset.Holder(dir); held {
		t.Error("Holder reports the lock held after Unlock")
	}
}

func TestAcquireLockCancelled(t *testing.T) {
	dir := t.TempDir()
	l, err := dataset.TryLock(dir, dataset.LockNote{RunID: "a", Job: "j"})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err = dataset.AcquireLock(ctx, dir, dataset.LockNote{RunID: "b"})
	if !errors.Is(err, context.Canceled) || !errors.Is(err, dataset.ErrLocked) {
		t.Errorf("AcquireLock on cancelled ctx = %v, want Canceled and ErrLocked", err)
	}
}
