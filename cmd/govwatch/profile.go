package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// cpuProfileFlag adds --cpuprofile to cmd and wraps its RunE so that, when the flag
// names a file, the whole command runs under a CPU profile written there (read it
// with `go tool pprof`).
func cpuProfileFlag(cmd *cobra.Command) {
	var path string
	cmd.Flags().StringVar(&path, "cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	run := cmd.RunE
	cmd.RunE = func(c *cobra.Command, args []string) (err error) {
		if path == "" {
			return run(c, args)
		}
		stop, err := startCPUProfile(path)
		if err != nil {
			return err
		}
		defer func() { err = errors.Join(err, stop()) }()
		return run(c, args)
	}
}

// startCPUProfile starts the process's CPU profile into a new file at path; stop
// ends it and closes the file.
func startCPUProfile(path string) (stop func() error, err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		return nil
	}, nil
}
