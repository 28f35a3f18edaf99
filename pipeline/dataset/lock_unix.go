//go:build unix

package dataset

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes a non-blocking exclusive advisory lock on path, creating it if
// needed. It returns ErrLocked if another process holds the lock. The kernel drops
// the lock when the process dies, so a killed writer never leaves it behind.
func tryLock(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrLocked
		}
		return nil, err
	}
	return f, nil
}

// unlock releases a lock taken by tryLock.
func unlock(f *os.File) error {
	if f == nil {
		return nil
	}
	return f.Close()
}
