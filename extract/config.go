package extract

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Sentinel errors wrapped by [ConfigError] and returned by validation.
var (
	// ErrRequired means a field that must be set is empty.
	ErrRequired = errors.New("required")
	// ErrOutOfRange means a numeric field is outside its allowed range.
	ErrOutOfRange = errors.New("out of range")
	// ErrBadURL means a URL is not an absolute http or https URL.
	ErrBadURL = errors.New("not an absolute http(s) url")
	// ErrBadSelector means a CSS selector does not compile.
	ErrBadSelector = errors.New("invalid css selector")
	// ErrUnknownProfile means a source names a profile that is not defined.
	ErrUnknownProfile = errors.New("unknown profile")
	// ErrHostNotAllowed means a start URL's host is not among the source's
	// allowed hosts.
	ErrHostNotAllowed = errors.New("host not allowed")
)

// ConfigError reports one invalid configuration field. Field is the YAML
// path of the field (for example "sources[2].start_urls[0]"), Value the
// offending value as text.
type ConfigError struct {
	Field string
	Value string
	Err   error
}

// Error implements error.
func (e *ConfigError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("config %s: %v", e.Field, e.Err)
	}
	return fmt.Sprintf("config %s %q: %v", e.Field, e.Value, e.Err)
}

// Unwrap returns the underlying error, usually one of the sentinels.
func (e *ConfigError) Unwrap() error { return e.Err }

// Config holds the crawl limits and politeness settings shared by all
// sources. The zero value is not usable; start from [DefaultConfig]. The cmd
// package embeds it in the YAML file under `crawl:`.
type Config struct {
	// UserAgent is sent with every request and matched against robots.txt
	// groups.
	UserAgent string `yaml:"user_agent"`
	// Timeout bounds one HTTP attempt, from dialling to the last body byte.
	Timeout time.Duration `yaml:"timeout"`
	// MaxBodyBytes caps the bytes read from the wire for one response; a
	// larger response is a failure with cause too_large. Default 5 MiB.
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// MaxDecompressedBytes caps a gzip-encoded body after decompression; a
	// larger one is a failure with cause decompression_bomb. Default 20 MiB.
	MaxDecompressedBytes int64 `yaml:"max_decompressed_bytes"`
	// MaxRedirects is the number of redirects followed for one URL; 0
	// follows none.
	MaxRedirects int `yaml:"max_redirects"`
	// MaxPagesPerSource caps the pages (listing and article) requested for
	// one source in one crawl; 0 means no cap.
	MaxPagesPerSource int `yaml:"max_pages_per_source"`
	// MaxListingPages caps the listing pages followed from one start URL.
	MaxListingPages int `yaml:"max_listing_pages"`
	// Retries is the number of retries after the first attempt for a
	// retryable failure (5xx, 429, timeout, reset, truncated body).
	Retries int `yaml:"retries"`
	// BackoffBase is the backoff before the first retry; it doubles with
	// each retry and the wait is drawn uniformly from [0, backoff) (full
	// jitter).
	BackoffBase time.Duration `yaml:"backoff_base"`
	// BackoffMax caps every backoff, including one asked for by Retry-After.
	BackoffMax time.Duration `yaml:"backoff_max"`
	// Rate is the default number of requests per second per host.
	Rate float64 `yaml:"rate"`
	// Burst is the token-bucket burst per host.
	Burst int `yaml:"burst"`
	// Concurrency is the default number of requests in flight per host.
	Concurrency int `yaml:"concurrency"`
	// RespectRobots makes the crawler fetch and obey robots.txt.
	RespectRobots bool `yaml:"respect_robots"`
	// MaxCrawlDelay caps the Crawl-delay a robots.txt may ask for (default
	// 60 s): a longer one is applied as MaxCrawlDelay, with a warning, so
	// that "Crawl-delay: 86400" cannot stall a crawl for a day.
	MaxCrawlDelay time.Duration `yaml:"max_crawl_delay"`
	// MaxSourceDuration bounds the time one source may take in one crawl
	// (default 1 h; 0 means no bound). A source still running then stops:
	// its pages not yet fetched are not requested, and the source gets one
	// failed page with cause deadline, while the other sources go on.
	MaxSourceDuration time.Duration `yaml:"max_source_duration"`
	// ArchiveDir is the directory of the WARC archive; empty disables
	// archiving.
	ArchiveDir string `yaml:"archive_dir"`
	// ArchiveMaxBytes is the size at which a WARC file is closed and a new
	// one started.
	ArchiveMaxBytes int64 `yaml:"archive_max_bytes"`
	// ArchiveObserver, when set, is told of every exchange written to a
	// WARC file, in file order, and of each file's close (pipeline writes
	// the file's capture index with it). It is not read from the config
	// file.
	ArchiveObserver ArchiveObserver `yaml:"-"`
	// LayoutDir is where the layouts that [AutoProfile] learned are kept,
	// one JSON file per source (pipeline: DATA_DIR/_state/layouts); empty
	// keeps them for one crawl only. It is not read from the config file.
	LayoutDir string `yaml:"-"`
	// ScratchDir is a local directory where a crawl keeps the URLs it has seen
	// beyond the latest few thousand, in files it removes when it ends (pipeline:
	// the run's scratch directory in DATA_DIR/_staging); empty means os.TempDir.
	// It is not read from the config file.
	ScratchDir string `yaml:"-"`
	// NoPresets makes [AutoProfile] skip the presets and learn every
	// layout from the pages (probe --no-presets, tests). It is not read
	// from the config file.
	NoPresets bool `yaml:"-"`
	// Resolver, when set, resolves host names for the crawler's connections
	// (tests use one that never leaves the machine); nil uses the system's.
	// It is not read from the config file.
	Resolver *net.Resolver `yaml:"-"`
}

// DefaultConfig returns the configuration used when the YAML file says
// nothing: 4 requests/s and 2 in flight per host, 30 s per attempt, 3
// retries, 5 MiB bodies, robots.txt honoured with Crawl-delay capped at 60 s,
// no archive.
func DefaultConfig() Config {
	return Config{
		UserAgent:            "govwatch/1.0",
		Timeout:              30 * time.Second,
		MaxBodyBytes:         5 << 20,
		MaxDecompressedBytes: 20 << 20,
		MaxRedirects:         5,
		MaxPagesPerSource:    5000,
		MaxListingPages:      200,
		Retries:              3,
		BackoffBase:          500 * time.Millisecond,
		BackoffMax:           30 * time.Second,
		Rate:                 4,
		Burst:                1,
		Concurrency:          2,
		RespectRobots:        true,
		MaxCrawlDelay:        60 * time.Second,
		MaxSourceDuration:    time.Hour,
		ArchiveMaxBytes:      1 << 30,
	}
}

// Validate checks every field and returns a [*ConfigError] (joined with
// errors.Join when several fields are wrong) or nil.
func (c Config) Validate() error {
	var errs []error
	bad := func(field string, value any, err error) {
		errs = append(errs, &ConfigError{Field: field, Value: fmt.Sprint(value), Err: err})
	}
	if strings.TrimSpace(c.UserAgent) == "" {
		bad("user_agent", c.UserAgent, ErrRequired)
	}
	if c.Timeout <= 0 {
		bad("timeout", c.Timeout, ErrOutOfRange)
	}
	if c.MaxBodyBytes <= 0 {
		bad("max_body_bytes", c.MaxBodyBytes, ErrOutOfRange)
	}
	if c.MaxDecompressedBytes <= 0 {
		bad("max_decompressed_bytes", c.MaxDecompressedBytes, ErrOutOfRange)
	}
	if c.MaxRedirects < 0 || c.MaxRedirects > 50 {
		bad("max_redirects", c.MaxRedirects, ErrOutOfRange)
	}
	if c.MaxPagesPerSource < 0 {
		bad("max_pages_per_source", c.MaxPagesPerSource, ErrOutOfRange)
	}
	if c.MaxListingPages < 1 {
		bad("max_listing_pages", c.MaxListingPages, ErrOutOfRange)
	}
	if c.Retries < 0 || c.Retries > 20 {
		bad("retries", c.Retries, ErrOutOfRange)
	}
	if c.BackoffBase < 0 {
		bad("backoff_base", c.BackoffBase, ErrOutOfRange)
	}
	if c.BackoffMax < c.BackoffBase {
		bad("backoff_max", c.BackoffMax, ErrOutOfRange)
	}
	if c.Rate <= 0 {
		bad("rate", c.Rate, ErrOutOfRange)
	}
	if c.Burst < 1 {
		bad("burst", c.Burst, ErrOutOfRange)
	}
	if c.Concurrency < 1 {
		bad("concurrency", c.Concurrency, ErrOutOfRange)
	}
	if c.MaxCrawlDelay <= 0 {
		bad("max_crawl_delay", c.MaxCrawlDelay, ErrOutOfRange)
	}
	if c.MaxSourceDuration < 0 {
		bad("max_source_duration", c.MaxSourceDuration, ErrOutOfRange)
	}
	if c.ArchiveDir != "" && c.ArchiveMaxBytes < 1<<10 {
		bad("archive_max_bytes", c.ArchiveMaxBytes, ErrOutOfRange)
	}
	return errors.Join(errs...)
}

// DefaultProfile is the profile a [Source] uses when it names none: the
// presets, then the automatic layout.
const DefaultProfile = AutoProfile

// Source is one portal (or one site of a portal) to crawl.
type Source struct {
	// ID is the stable identifier stored with every article.
	ID string `yaml:"id"`
	// Name is a human-readable name.
	Name string `yaml:"name"`
	// Province and County place the source; they are carried, not used.
	Province string `yaml:"province"`
	County   string `yaml:"county"`
	// StartURLs are the first listing pages (page 1 = newest).
	StartURLs []string `yaml:"start_urls"`
	// AllowedHosts are the only hosts ("host" or "host:port", as in
	// url.URL.Host with default ports dropped) the crawler may request for
	// this source. Empty means the hosts of StartURLs. A host entry matches
	// exactly: "example.ir" does not allow "www.example.ir" or
	// "example.ir:8080".
	AllowedHosts []string `yaml:"allowed_hosts"`
	// Profile names the layout profile; empty means [DefaultProfile].
	Profile string `yaml:"profile"`
	// Rate overrides Config.Rate for this source's hosts when > 0. When
	// several sources share a host, the slowest rate wins.
	Rate float64 `yaml:"rate"`
	// Concurrency overrides Config.Concurrency for this source's hosts when
	// > 0. When several sources share a host, the smallest wins.
	Concurrency int `yaml:"concurrency"`
}

// ProfileName returns the profile the source uses.
func (s Source) ProfileName() string {
	if s.Profile == "" {
		return DefaultProfile
	}
	return s.Profile
}

// Hosts returns the hosts the source allows, normalised as canonical URL
// hosts (lowercase, default ports dropped).
func (s Source) Hosts() []string {
	var hosts []string
	if len(s.AllowedHosts) > 0 {
		for _, h := range s.AllowedHosts {
			hosts = append(hosts, normalizeHost("", h))
		}
	} else {
		for _, raw := range s.StartURLs {
			u, err := url.Parse(raw)
			if err != nil {
				continue
			}
			hosts = append(hosts, normalizeHost(u.Scheme, u.Host))
		}
	}
	slices.Sort(hosts)
	return slices.Compact(hosts)
}

// allows reports whether the source may request u's host.
func (s Source) allows(u *url.URL) bool {
	return slices.Contains(s.Hosts(), normalizeHost(u.Scheme, u.Host))
}

// Validate checks the source against the defined profiles and returns a
// [*ConfigError] (joined when several fields are wrong) or nil. Field paths
// are relative to the source ("start_urls[0]").
func (s Source) Validate(profiles map[string]Profile) error {
	var errs []error
	bad := func(field string, value any, err error) {
		errs = append(errs, &ConfigError{Field: field, Value: fmt.Sprint(value), Err: err})
	}
	if strings.TrimSpace(s.ID) == "" {
		bad("id", s.ID, ErrRequired)
	}
	if len(s.StartURLs) == 0 {
		bad("start_urls", "", ErrRequired)
	}
	for i, h := range s.AllowedHosts {
		if strings.TrimSpace(h) == "" || strings.ContainsAny(h, "/ ") {
			bad(fmt.Sprintf("allowed_hosts[%d]", i), h, ErrBadURL)
		}
	}
	hosts := s.Hosts()
	for i, raw := range s.StartURLs {
		u, err := url.Parse(raw)
		if err != nil || !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad(fmt.Sprintf("start_urls[%d]", i), raw, ErrBadURL)
			continue
		}
		if !slices.Contains(hosts, normalizeHost(u.Scheme, u.Host)) {
			bad(fmt.Sprintf("start_urls[%d]", i), raw, ErrHostNotAllowed)
		}
	}
	if _, ok := profiles[s.ProfileName()]; !ok && s.ProfileName() != AutoProfile {
		bad("profile", s.ProfileName(), ErrUnknownProfile)
	}
	if s.Rate < 0 {
		bad("rate", s.Rate, ErrOutOfRange)
	}
	if s.Concurrency < 0 {
		bad("concurrency", s.Concurrency, ErrOutOfRange)
	}
	return errors.Join(errs...)
}

// ConfigField returns Field, so that the config loader can place the error at its line.
func (e *ConfigError) ConfigField() string { return e.Field }

// ArchiveObserver follows what the archive writes. Its methods run while the
// archive is locked, so they must be quick.
type ArchiveObserver interface {
	// Archived is called for each exchange written to the WARC file named
	// file (its final name), with the byte offset in the file where the
	// exchange's records start (see [ReadArchiveAt]) and the response
	// [Capture] a reader of the file gets, without header or body.
	Archived(file string, offset int64, c Capture)
	// Closed is called when the file at path has been closed and renamed to
	// its final name.
	Closed(path string)
}
