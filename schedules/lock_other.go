//go:build !unix

package schedules

import "os"

func flockTry(*os.File) (bool, error) { return false, ErrLockUnsupported }

func flockRelease(*os.File) error { return ErrLockUnsupported }
