package schedules

import (
	"log/slog"

	"github.com/robfig/cron/v3"
)

// Log attribute keys used by this package, besides the pipeline's run_id.
const (
	attrRunID   = "run_id"
	attrJob     = "job"
	attrTrigger = "trigger"
	attrStatus  = "status"
)

// cronLogger forwards robfig/cron's logger to slog.
type cronLogger struct{ log *slog.Logger }

var _ cron.Logger = cronLogger{}

// Info logs cron's routine messages at debug level.
func (l cronLogger) Info(msg string, kv ...any) {
	l.log.Debug("cron "+msg, kv...)
}

// Error logs cron's errors (recovered panics among them) at error level.
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron "+msg, append([]any{"error", err}, kv...)...)
}
