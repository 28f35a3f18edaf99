package schedules_test

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"govwatch/schedules"
)

// startLockHolder re-executes the test binary as a child process that holds
// the lock on dir, and returns once the child says it holds it.
func startLockHolder(t *testing.T, dir string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
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

func TestLockAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	child := startLockHolder(t, dir)

	_, err := schedules.TryLock(dir, schedules.LockNote{RunID: "run-parent", Job: "report-monthly"})
	var le *schedules.LockedError
	if !errors.As(err, &le) {
		t.Fatalf("TryLock while child holds it: got %v, want *LockedError", err)
	}
	if !errors.Is(err, schedules.ErrLocked) {
		t.Errorf("errors.Is(err, ErrLocked) = false for %v", err)
	}
	if le.Holder.PID != child.Process.Pid || le.Holder.RunID != "run-child" || le.Holder.Job != "crawl-all" {
		t.Errorf("holder = %+v, want child pid %d, run-child, crawl-all", le.Holder, child.Process.Pid)
	}
	for _, want := range []string{`"run-child"`, `"crawl-all"`, "locked by"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not contain %q", err.Error(), want)
		}
	}
	holder, held, err := schedules.Holder(dir)
	if err != nil || !held || holder.RunID != "run-child" {
		t.Errorf("Holder = %+v, %v, %v; want run-child held", holder, held, err)
	}

	// A queued acquirer waits; kill -9 of the holder frees the lock for it.
	got := make(chan error, 1)
	go func() {
		l, err := schedules.AcquireLock(t.Context(), dir, schedules.LockNote{RunID: "run-queued", Job: "report-monthly"})
		if err == nil {
			err = l.Unlock()
		}
		got <- err
	}()
	if err := child.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	child.Wait()
	if err := <-got; err != nil {
		t.Fatalf("AcquireLock after holder was killed: %v", err)
	}

	l, err := schedules.TryLock(dir, schedules.LockNote{RunID: "run-after"})
	if err != nil {
		t.Fatalf("TryLock after holder was killed: %v", err)
	}
	if _, held, _ := schedules.Holder(dir); !held {
		t.Error("Holder reports the lock free while held")
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	if _, held, _ := schedules.Holder(dir); held {
		t.Error("Holder reports the lock held after Unlock")
	}
}

func TestAcquireLockCancelled(t *testing.T) {
	dir := t.TempDir()
	l, err := schedules.TryLock(dir, schedules.LockNote{RunID: "a", Job: "j"})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err = schedules.AcquireLock(ctx, dir, schedules.LockNote{RunID: "b"})
	if !errors.Is(err, context.Canceled) || !errors.Is(err, schedules.ErrLocked) {
		t.Errorf("AcquireLock on cancelled ctx = %v, want Canceled and ErrLocked", err)
	}
}
