// Command govwatch crawls Iranian governorate news portals, extracts the people, roles
// and office-violation mentions in their articles, writes them as a Parquet dataset and
// renders PDF compliance summaries. Run `govwatch --help` for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"govwatch/pipeline"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// Exit statuses; the README's "Commands" section and `govwatch --help` list them.
const (
	exitFailed  = 1 // the run failed, or nothing it tried succeeded
	exitUsage   = 2 // a mistake in the command line
	exitLocked  = 3 // another run holds the data directory
	exitPartial = 4 // the run committed what succeeded, but sources or pages failed
)

// exitCode prints err as one line and maps it to the process status: 0 success,
// 4 partial, 2 usage errors, 3 "another run holds the lock", 1 everything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "govwatch: "+oneLine(err))
	var ue *usageError
	switch {
	case errors.As(err, &ue):
		if ue.hint != "" {
			fmt.Fprintln(stderr, "hint: "+ue.hint)
		}
		return exitUsage
	case isLocked(err):
		return exitLocked
	case errors.Is(err, pipeline.ErrPartial):
		return exitPartial
	}
	return exitFailed
}

// usageError is a mistake in the command line; it carries a hint on what to type.
type usageError struct {
	err  error
	hint string
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(hint, format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...), hint: hint}
}
