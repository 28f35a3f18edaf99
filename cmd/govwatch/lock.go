package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"

	"govwatch/internal/config"
	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
	"govwatch/schedules"
)

// startRun starts a command-line run of job: a pipeline.Run that holds the data
// directory's lock. With wait it queues behind the holder; otherwise a held lock is
// an error naming the run that holds it.
func (a *app) startRun(ctx context.Context, cfg config.Config, job string, wait bool) (*pipeline.Run, error) {
	run := pipeline.NewRun(pipeline.RunConfig{DataDir: cfg.DataDir, Job: job, Trigger: string(schedules.TriggerCLI),
		ConfigHash: configHash(cfg), Now: nowFunc})
	if err := run.Lock(ctx, wait); err != nil {
		return nil, err
	}
	return run, nil
}

// endRun lets the run's lock go.
func (a *app) endRun(run *pipeline.Run) {
	if err := run.Unlock(); err != nil {
		a.logger.Warn("release data directory lock", pipeline.KeyRunID, run.ID(), "err", err)
	}
}

// configHash identifies the configuration file, for the runs table: the first 16
// hex digits of the SHA-256 of its bytes; empty when it cannot be read again.
func configHash(cfg config.Config) string {
	data, err := os.ReadFile(cfg.File)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8])
}

func isLocked(err error) bool { return errors.Is(err, dataset.ErrLocked) }
