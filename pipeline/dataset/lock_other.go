//go:build !unix

package dataset

import "os"

// tryLock opens path without locking: advisory locks are only implemented on Unix.
func tryLock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
}

// unlock closes a file opened by tryLock.
func unlock(f *os.File) error {
	if f == nil {
		return nil
	}
	return f.Close()
}
