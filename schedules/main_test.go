package schedules_test

import (
	"bufio"
	"fmt"
	"os"
	"testing"

	"govwatch/schedules"
)

// lockChildEnv, when set to a data directory, turns the test binary into a
// child process that takes the lock on it, says "locked" and blocks until killed.
const lockChildEnv = "GOVWATCH_SCHEDULES_LOCK_CHILD"

func TestMain(m *testing.M) {
	if dir := os.Getenv(lockChildEnv); dir != "" {
		os.Exit(lockChild(dir))
	}
	os.Exit(m.Run())
}

func lockChild(dir string) int {
	l, err := schedules.TryLock(dir, schedules.LockNote{RunID: "run-child", Job: "crawl-all"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer l.Unlock()
	fmt.Println("locked")
	// Block until stdin closes or the parent kills us.
	bufio.NewReader(os.Stdin).ReadString('\n')
	return 0
}
