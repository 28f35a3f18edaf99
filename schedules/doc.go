// Package schedules runs govwatch's configured jobs: it parses their schedules,
// fires them on time, keeps one writer per data directory with a cross-process
// lock, and serves the operator's HTTP interface.
package schedules
