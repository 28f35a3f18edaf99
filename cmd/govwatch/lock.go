package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"govwatch/internal/config"
	"govwatch/schedules"
)

// lock takes the data directory's writer lock for one run. With wait it queues behind
// the holder; otherwise a held lock is an error naming the run that holds it.
func (a *app) lock(ctx context.Context, cfg config.Config, runID, job string, wait bool) (func(), error) {
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	host, _ := os.Hostname()
	note := schedules.LockNote{RunID: runID, Job: job, PID: os.Getpid(), Host: host, Started: nowFunc().UTC()}
	var l *schedules.Lock
	var err error
	if wait {
		l, err = schedules.AcquireLock(ctx, cfg.DataDir, note)
	} else {
		l, err = schedules.TryLock(cfg.DataDir, note)
	}
	if err != nil {
		return nil, err
	}
	return func() {
		if err := l.Unlock(); err != nil {
			a.logger.Warn("release data directory lock", "err", err)
		}
	}, nil
}

func isLocked(err error) bool { return errors.Is(err, schedules.ErrLocked) }
