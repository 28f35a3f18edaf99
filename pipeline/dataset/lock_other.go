//go:build !unix

package dataset

import "os"

// flockTry locks nothing: advisory locks are only implemented on Unix.
func flockTry(*os.File) (bool, error) { return true, nil }

func flockRelease(*os.File) error { return nil }
