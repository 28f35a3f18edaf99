package schedules

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

// Job kinds.
const (
	// KindCrawl crawls some or all configured sources.
	KindCrawl = "crawl"
	// KindReport renders the report for a period and scope.
	KindReport = "report"
	// KindReprocess rebuilds tables from archived responses.
	KindReprocess = "reprocess"
)

// Report period keywords accepted in Job.Period besides an explicit period.
const (
	// PeriodPreviousMonth is the Jalali month that ended last, the default.
	PeriodPreviousMonth = "previous-month"
	// PeriodPreviousWeek is the Jalali week (Saturday to Friday) that ended last.
	PeriodPreviousWeek = "previous-week"
)

// DefaultTimeout bounds a run whose Job.Timeout is zero.
const DefaultTimeout = 6 * time.Hour

// DefaultListen is the address the HTTP interface binds when none is given.
const DefaultListen = "127.0.0.1:8090"

// DefaultTimeZone is the time zone of schedules that name none.
const DefaultTimeZone = "Asia/Tehran"

// Sentinel errors wrapped by JobError and ConfigError and returned by the
// Scheduler's methods.
var (
	ErrNoName        = errors.New("job has no name")
	ErrBadName       = errors.New("job name may hold only letters, digits, '-', '_' and '.'")
	ErrDuplicateJob  = errors.New("job name used twice")
	ErrBadSchedule   = errors.New("bad schedule")
	ErrBadKind       = errors.New("kind must be crawl, report or reprocess")
	ErrBadPeriod     = errors.New("bad period")
	ErrBadScope      = errors.New(`scope must be empty, "province=NAME" or "county=NAME"`)
	ErrBadLang       = errors.New(`lang must be empty, "fa" or "en"`)
	ErrBadTimeout    = errors.New("timeout must not be negative")
	ErrNotForKind    = errors.New("field does not apply to this kind of job")
	ErrUnknownJob    = errors.New("no such job")
	ErrJobRunning    = errors.New("job is already running")
	ErrTokenRequired = errors.New("a token is required when listening on a non-loopback address")
	ErrBadListen     = errors.New("bad listen address")
	ErrNoLocation    = errors.New("no time zone")
)

// Job is one configured job, as declared in the YAML config's jobs list.
type Job struct {
	// Name identifies the job in the CLI, the API, logs and metrics.
	Name string `yaml:"name" json:"name"`
	// Schedule says when the job runs; empty means manual runs only. Syntax:
	//
	//	"30 2 * * *"                   a robfig/cron expression (5 fields, or 6
	//	                               with leading seconds) in the configured
	//	                               time zone (Asia/Tehran by default)
	//	"CRON_TZ=UTC 0 3 * * 1"        the same in the named IANA zone (TZ= too)
	//	"@daily", "@every 6h"          cron descriptors
	//	"@jalali-monthly 02:00"        02:00 on the first day of each Jalali month
	//	"@jalali-weekly 08:30"         08:30 each Saturday, the first day of a
	//	                               Jalali week
	//
	// The Jalali forms take HH:MM (24-hour) and also accept a CRON_TZ= prefix.
	Schedule string `yaml:"schedule" json:"schedule"`
	// Kind is KindCrawl, KindReport or KindReprocess.
	Kind string `yaml:"kind" json:"kind"`
	// Sources lists the source IDs a crawl or reprocess covers; empty means all.
	Sources []string `yaml:"sources" json:"sources,omitempty"`
	// Period is the period of a report: PeriodPreviousMonth (the default),
	// PeriodPreviousWeek, or an explicit Jalali period such as "1397-08".
	// Relative periods are resolved at the instant the run was due.
	Period string `yaml:"period" json:"period,omitempty"`
	// Scope narrows a report: "" (everything), "province=NAME" or "county=NAME".
	Scope string `yaml:"scope" json:"scope,omitempty"`
	// Lang is the report's label language: "" or "fa" (Persian), or "en".
	Lang string `yaml:"lang" json:"lang,omitempty"`
	// Timeout bounds one run, lock wait excluded; zero means DefaultTimeout.
	Timeout time.Duration `yaml:"timeout" json:"timeout,omitempty"`
	// CatchUp is the most runs missed while the daemon was down that it runs at
	// start. Zero means 1; a negative value turns catch-up off.
	CatchUp int `yaml:"catch_up" json:"catch_up,omitempty"`
	// Full makes a crawl job walk every listing page and fetch every article in
	// full, which finds revisions of older articles; for crawl jobs only.
	Full bool `yaml:"full" json:"full,omitempty"`
}

// JobError is a problem with one field of one job. Field is the YAML key.
type JobError struct {
	// Job is the job's name, or "#N" (1-based) for a job without one.
	Job string
	// Field is the YAML key at fault, such as "schedule".
	Field string
	// Err says what is wrong; it wraps one of the package's sentinels.
	Err error
}

// Error names the job, the field and what is wrong.
func (e *JobError) Error() string {
	return fmt.Sprintf("job %s: %s: %v", e.Job, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *JobError) Unwrap() error { return e.Err }

// ConfigError is a problem with a scheduler-wide setting of Config.
type ConfigError struct {
	// Field is the YAML key at fault, such as "listen".
	Field string
	// Value is the offending value (never the token itself).
	Value string
	// Err wraps one of the package's sentinels.
	Err error
}

// Error names the field, its value and what is wrong.
func (e *ConfigError) Error() string {
	return fmt.Sprintf("%s %q: %v", e.Field, e.Value, e.Err)
}

// Unwrap returns the underlying error.
func (e *ConfigError) Unwrap() error { return e.Err }

func (j Job) effectiveTimeout() time.Duration {
	if j.Timeout == 0 {
		return DefaultTimeout
	}
	return j.Timeout
}

func (j Job) effectiveCatchUp() int {
	switch {
	case j.CatchUp == 0:
		return 1
	case j.CatchUp < 0:
		return 0
	}
	return j.CatchUp
}

// Validate checks every field of j. It parses Schedule with the same parser the
// scheduler uses at run time, with loc as the default time zone, so a bad
// schedule fails at start-up. All problems are returned joined, each a
// *JobError naming the job and the field.
func (j Job) Validate(loc *time.Location) error {
	name := j.Name
	if name == "" {
		name = "(unnamed)"
	}
	var errs []error
	bad := func(field string, err error) {
		errs = append(errs, &JobError{Job: name, Field: field, Err: err})
	}
	switch {
	case j.Name == "":
		bad("name", ErrNoName)
	case !validName(j.Name):
		bad("name", fmt.Errorf("%w: %q", ErrBadName, j.Name))
	}
	if j.Schedule != "" {
		if _, err := parseSchedule(j.Schedule, loc); err != nil {
			bad("schedule", err)
		}
	}
	switch j.Kind {
	case KindCrawl, KindReprocess:
		if j.Period != "" {
			bad("period", fmt.Errorf("%w: period is for report jobs", ErrNotForKind))
		}
		if j.Lang != "" {
			bad("lang", fmt.Errorf("%w: lang is for report jobs", ErrNotForKind))
		}
		if j.Scope != "" {
			bad("scope", fmt.Errorf("%w: scope is for report jobs", ErrNotForKind))
		}
	case KindReport:
		if j.Full {
			bad("full", fmt.Errorf("%w: full is for crawl jobs", ErrNotForKind))
		}
		if len(j.Sources) > 0 {
			bad("sources", fmt.Errorf("%w: sources are for crawl and reprocess jobs", ErrNotForKind))
		}
		if _, err := checkPeriodSpec(j.Period); err != nil {
			bad("period", err)
		}
		if err := checkScope(j.Scope); err != nil {
			bad("scope", err)
		}
		if j.Lang != "" && j.Lang != "fa" && j.Lang != "en" {
			bad("lang", fmt.Errorf("%w: got %q", ErrBadLang, j.Lang))
		}
	default:
		bad("kind", fmt.Errorf("%w: got %q", ErrBadKind, j.Kind))
	}
	for i, s := range j.Sources {
		if strings.TrimSpace(s) == "" {
			bad("sources", fmt.Errorf("%w: source %d is empty", ErrNotForKind, i+1))
		}
	}
	if j.Timeout < 0 {
		bad("timeout", fmt.Errorf("%w: got %s", ErrBadTimeout, j.Timeout))
	}
	return errors.Join(errs...)
}

func validName(s string) bool {
	for _, r := range s {
		ok := r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !ok {
			return false
		}
	}
	return s != "." && s != ".."
}

func checkScope(scope string) error {
	if scope == "" {
		return nil
	}
	key, val, ok := strings.Cut(scope, "=")
	if !ok || (key != "province" && key != "county") || strings.TrimSpace(val) == "" {
		return fmt.Errorf("%w: got %q", ErrBadScope, scope)
	}
	return nil
}

// Config is the scheduler's configuration; cmd composes it from the YAML file.
type Config struct {
	// Jobs are the configured jobs; names are unique.
	Jobs []Job `yaml:"jobs"`
	// Location is the default time zone of schedules and of Jalali periods;
	// nil is an error (DefaultConfig sets Asia/Tehran).
	Location *time.Location `yaml:"-"`
	// Listen is the HTTP interface's address; empty means no HTTP server.
	// Any host but a loopback address requires Token.
	Listen string `yaml:"listen"`
	// Token authorises state-changing HTTP requests. When set, every such
	// request must carry it ("Authorization: Bearer TOKEN" or the login
	// cookie), and so must reads (runs, reports, metrics) when Listen is not
	// a loopback address; when empty, only a loopback Listen is allowed.
	Token string `yaml:"token"`
	// ReportDir is the directory /reports/ serves; empty disables it.
	ReportDir string `yaml:"report_dir"`
	// DataDir is the data directory whose lock runs take and whose runs table
	// records what the Runner does not (skipped ticks, refused runs, panics);
	// empty means runs take no lock and nothing is recorded (tests only).
	DataDir string `yaml:"data_dir"`
	// ConfigHash identifies the configuration, recorded with every run.
	ConfigHash string `yaml:"-"`
	// Clock tells the time; nil means the system clock.
	Clock Clock `yaml:"-"`
	// RecentRuns is how many runs the scheduler keeps in memory; zero means 200.
	RecentRuns int `yaml:"-"`
}

// DefaultConfig returns a Config with Asia/Tehran, DefaultListen and no jobs.
func DefaultConfig() (Config, error) {
	loc, err := time.LoadLocation(DefaultTimeZone)
	if err != nil {
		return Config{}, fmt.Errorf("load time zone: %w", err)
	}
	return Config{Location: loc, Listen: DefaultListen}, nil
}

// Validate checks the jobs (see Job.Validate), that names are unique, and the
// listen address and token rule. It returns all problems joined.
func (c Config) Validate() error {
	var errs []error
	if c.Location == nil {
		errs = append(errs, &ConfigError{Field: "time_zone", Err: ErrNoLocation})
		return errors.Join(errs...)
	}
	seen := map[string]bool{}
	for i, j := range c.Jobs {
		if err := j.Validate(c.Location); err != nil {
			if j.Name == "" {
				err = fmt.Errorf("job #%d: %w", i+1, err)
			}
			errs = append(errs, err)
		}
		if j.Name != "" && seen[j.Name] {
			errs = append(errs, &JobError{Job: j.Name, Field: "name", Err: ErrDuplicateJob})
		}
		seen[j.Name] = true
	}
	if c.Listen != "" {
		loopback, err := isLoopback(c.Listen)
		switch {
		case err != nil:
			errs = append(errs, &ConfigError{Field: "listen", Value: c.Listen, Err: fmt.Errorf("%w: %w", ErrBadListen, err)})
		case !loopback && c.Token == "":
			errs = append(errs, &ConfigError{Field: "listen", Value: c.Listen, Err: ErrTokenRequired})
		}
	}
	return errors.Join(errs...)
}

// isLoopback reports whether a listen address binds only loopback. A host
// name other than "localhost", or an empty host (all interfaces), is not.
func isLoopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, err
	}
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}

// ConfigField returns Field, so that the config loader can place the error at its line.
func (e *JobError) ConfigField() string { return e.Field }
