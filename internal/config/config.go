package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"govwatch/extract"
	"govwatch/schedules"
)

// Config is the whole govwatch configuration file.
type Config struct {
	// DataDir is the root of the Parquet dataset and the crawl state. Relative paths
	// are resolved against the directory of the config file; a file:// URL becomes
	// its path; an s3:// URL is kept (see IsObjectStore).
	DataDir string `yaml:"data_dir"`
	// ReportDir is where rendered PDF reports are written and served from. When
	// report_dir is an s3:// URL, ReportDir is a local directory (see WorkDir)
	// where reports are rendered before they are uploaded to ReportStore.
	ReportDir string `yaml:"report_dir"`
	// ReportStore is report_dir when it is an s3:// URL, else empty.
	ReportStore string `yaml:"-"`
	// TimeZone is the IANA zone that schedules and report periods are computed in.
	TimeZone string `yaml:"timezone"`
	// Crawl holds the crawler's limits and politeness settings.
	Crawl extract.Config `yaml:"crawl"`
	// Profiles adds or overrides site profiles by name; the built-in ones stay available.
	Profiles map[string]extract.Profile `yaml:"profiles"`
	// Sources are the portals to crawl.
	Sources []extract.Source `yaml:"sources"`
	// Jobs are the scheduled and manually triggerable jobs.
	Jobs []schedules.Job `yaml:"jobs"`
	// Report holds defaults for rendered reports.
	Report ReportConfig `yaml:"report"`
	// Server configures the operator's HTTP interface of `govwatch serve`.
	Server ServerConfig `yaml:"server"`
	// DatabaseURL, when set, is the PostgreSQL database (postgres://…) of the
	// shared queue: serve enqueues the jobs' runs there and `govwatch worker`
	// processes run them. Empty: everything runs in one process.
	DatabaseURL string `yaml:"database_url"`
	// Queue tunes the shared queue.
	Queue schedules.QueueConfig `yaml:"queue"`
	// MemoryLimit is the process's soft memory limit, such as "192MiB" or "1GiB"
	// (Go's GOMEMLIMIT): near it the garbage collector works harder instead of
	// letting the heap grow, which keeps memory flat on large crawls. "0" turns it
	// off; a GOMEMLIMIT environment variable takes precedence.
	MemoryLimit string `yaml:"memory_limit"`

	// File is the path the configuration was loaded from; empty for defaults.
	File string `yaml:"-"`
}

// ReportConfig holds report defaults.
type ReportConfig struct {
	// Lang is the label language of reports: "fa" (default) or "en".
	Lang string `yaml:"lang"`
}

// ServerConfig configures `govwatch serve`.
type ServerConfig struct {
	// Listen is the address of the HTTP interface; 127.0.0.1:8090 by default. Any
	// address other than loopback requires Token.
	Listen string `yaml:"listen"`
	// Token authorises state-changing requests, and reads too when Listen is not
	// loopback. Write it as ${GOVWATCH_TOKEN} to keep it out of the file.
	Token string `yaml:"token"`
}

// DefaultConfig returns the configuration used for every key the file leaves out.
func DefaultConfig() Config {
	return Config{
		DataDir:   "data",
		ReportDir: "reports",
		TimeZone:  "Asia/Tehran",
		Crawl:     extract.DefaultConfig(),
		Report:    ReportConfig{Lang: "fa"},
		Server:    ServerConfig{Listen: "127.0.0.1:8090"},
		// Measured on a 100,000-page crawl: peak RSS 188 MB with this limit against
		// 248 MB without it, at no measurable CPU cost (BENCHMARKS.md).
		MemoryLimit: "192MiB",
	}
}

// Error is a configuration error positioned in its file.
type Error struct {
	File  string // path of the config file
	Line  int    // 1-based line, 0 when unknown
	Field string // YAML path such as sources[0].start_urls
	Err   error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// ErrUndefinedVar reports a ${VAR} reference to an unset environment variable.
var ErrUndefinedVar = errors.New("undefined environment variable")

// ErrNothingConfigured reports a file with no sources and no jobs (an empty file, for
// one): nothing could run, and a run that "succeeds" at nothing would hide the mistake.
var ErrNothingConfigured = errors.New("no sources and no jobs: the file configures nothing to crawl or run")

// Load reads, decodes, expands and validates the file at path. A file larger than
// MaxFileBytes is refused without reading the rest of it.
func Load(path string) (Config, error) {
	data, err := readFile(path)
	if err != nil {
		return Config{}, err
	}
	return Parse(path, data, os.LookupEnv)
}

// Parse decodes data as if read from file, refusing more than MaxFileBytes and
// aliases that add more than MaxAliasNodes nodes, before decoding. lookup resolves ${VAR} references; it is
// passed in so that parsing has no hidden dependence on the process environment.
func Parse(file string, data []byte, lookup func(string) (string, bool)) (Config, error) {
	cfg := DefaultConfig()
	cfg.File = file
	if len(data) > MaxFileBytes {
		return Config{}, tooLarge(file)
	}
	astFile, err := parser.ParseBytes(data, 0)
	if err != nil {
		return Config{}, yamlError(file, data, err)
	}
	if err := checkExpansion(file, astFile); err != nil {
		return Config{}, err
	}
	if err := checkWholeNumbers(file, astFile); err != nil {
		return Config{}, err
	}
	// A file without a document (empty, or comments alone) decodes as io.EOF: the
	// defaults stand, and validate says that the file configures nothing.
	decoded := cfg
	switch err := decode(data, &decoded); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return Config{}, decodeError(file, data, astFile, err)
	default:
		cfg = decoded
	}
	pos := positions{file: file, ast: astFile}
	if err := cfg.expand(lookup, pos); err != nil {
		return Config{}, err
	}
	cfg.localPaths(filepath.Dir(file))
	if err := cfg.validate(pos); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// decode is the strict decode. goccy/go-yaml v1.19.2 panics on some malformed
// documents (a tagged scalar where a sequence belongs, found by FuzzParse); a bad
// file must give an error, never a crash.
func decode(data []byte, cfg *Config) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed YAML: %v", p)
		}
	}()
	return yaml.NewDecoder(bytes.NewReader(data), yaml.DisallowUnknownField()).Decode(cfg)
}

func resolve(base, p string) string {
	if p == "" || filepath.IsAbs(p) || base == "" {
		return p
	}
	return filepath.Join(base, p)
}

// MemoryLimitBytes parses MemoryLimit: a number of bytes with an optional unit
// B, KiB, MiB, GiB, KB, MB or GB. Zero means no limit.
func (c Config) MemoryLimitBytes() (int64, error) {
	s := strings.TrimSpace(c.MemoryLimit)
	if s == "" || s == "0" {
		return 0, nil
	}
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > (1<<50)/mult {
		return 0, fmt.Errorf("bad size %q: want a number with B, KiB, MiB or GiB, such as 192MiB", c.MemoryLimit)
	}
	return n * mult, nil
}

// Location returns the configured time zone.
func (c Config) Location() (*time.Location, error) {
	return time.LoadLocation(c.TimeZone)
}

// AllProfiles returns the built-in profiles overlaid with the configured ones.
func (c Config) AllProfiles() map[string]extract.Profile {
	all := extract.BuiltinProfiles()
	for name, p := range c.Profiles {
		if p.Name == "" {
			p.Name = name
		}
		all[name] = p
	}
	return all
}

// Job returns the job with the given name.
func (c Config) Job(name string) (schedules.Job, bool) {
	for _, j := range c.Jobs {
		if j.Name == name {
			return j, true
		}
	}
	return schedules.Job{}, false
}

// SelectSources returns the sources with the given ids, or all of them when ids is empty.
func (c Config) SelectSources(ids []string) ([]extract.Source, error) {
	if len(ids) == 0 {
		return c.Sources, nil
	}
	var out []extract.Source
	for _, id := range ids {
		found := false
		for _, s := range c.Sources {
			if s.ID == id {
				out = append(out, s)
				found = true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown source %q", id)
		}
	}
	return out, nil
}

var varRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// expand replaces ${VAR} in the fields that may hold paths, addresses or secrets. It is
// explicit on purpose: no other field reads the environment.
func (c *Config) expand(lookup func(string) (string, bool), pos positions) error {
	one := func(field string, s *string) error {
		var missing string
		*s = varRef.ReplaceAllStringFunc(*s, func(m string) string {
			name := m[2 : len(m)-1]
			v, ok := lookup(name)
			if !ok && missing == "" {
				missing = name
			}
			return v
		})
		if missing != "" {
			return pos.errorf(field, "%w %s", ErrUndefinedVar, missing)
		}
		return nil
	}
	fields := []struct {
		name string
		ptr  *string
	}{
		{"data_dir", &c.DataDir},
		{"report_dir", &c.ReportDir},
		{"database_url", &c.DatabaseURL},
		{"server.listen", &c.Server.Listen},
		{"server.token", &c.Server.Token},
		{"crawl.archive_dir", &c.Crawl.ArchiveDir},
		{"crawl.user_agent", &c.Crawl.UserAgent},
	}
	for _, f := range fields {
		if err := one(f.name, f.ptr); err != nil {
			return err
		}
	}
	for i := range c.Sources {
		for j := range c.Sources[i].StartURLs {
			if err := one(fmt.Sprintf("sources[%d].start_urls[%d]", i, j), &c.Sources[i].StartURLs[j]); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *Config) validate(pos positions) error {
	var errs []error
	if len(c.Sources) == 0 && len(c.Jobs) == 0 {
		errs = append(errs, &Error{File: pos.file, Err: ErrNothingConfigured})
	}
	if c.DataDir == "" {
		errs = append(errs, pos.errorf("data_dir", "must not be empty"))
	}
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		errs = append(errs, pos.errorf("timezone", "unknown time zone %q", c.TimeZone))
		loc = time.UTC
	}
	if err := c.Crawl.Validate(); err != nil {
		errs = append(errs, pos.wrap("crawl", err))
	}
	profiles := c.AllProfiles()
	for name, p := range c.Profiles {
		if p.Name == "" {
			p.Name = name
		}
		if err := p.Validate(); err != nil {
			errs = append(errs, pos.wrap("profiles."+name, err))
		}
	}
	ids := map[string]int{}
	for i, s := range c.Sources {
		field := fmt.Sprintf("sources[%d]", i)
		if prev, dup := ids[s.ID]; dup && s.ID != "" {
			errs = append(errs, pos.errorf(field+".id", "duplicate source id %q (also sources[%d])", s.ID, prev))
		}
		ids[s.ID] = i
		if err := s.Validate(profiles); err != nil {
			errs = append(errs, pos.wrap(field, err))
		}
	}
	names := map[string]int{}
	for i, j := range c.Jobs {
		field := fmt.Sprintf("jobs[%d]", i)
		if prev, dup := names[j.Name]; dup {
			errs = append(errs, pos.errorf(field+".name", "duplicate job name %q (also jobs[%d])", j.Name, prev))
		}
		names[j.Name] = i
		if err := j.Validate(loc); err != nil {
			errs = append(errs, pos.wrap(field, err))
		}
		for k, id := range j.Sources {
			if _, ok := ids[id]; !ok {
				errs = append(errs, pos.errorf(fmt.Sprintf("%s.sources[%d]", field, k), "unknown source %q", id))
			}
		}
	}
	switch c.Report.Lang {
	case "fa", "en":
	default:
		errs = append(errs, pos.errorf("report.lang", "must be fa or en, not %q", c.Report.Lang))
	}
	if _, err := c.MemoryLimitBytes(); err != nil {
		errs = append(errs, pos.errorf("memory_limit", "%v", err))
	}
	if c.Server.Listen == "" {
		errs = append(errs, pos.errorf("server.listen", "must not be empty"))
	}
	return errors.Join(errs...)
}

// positions maps YAML paths to lines of the file.
type positions struct {
	file string
	ast  *ast.File
}

// fieldError is what each package's Validate returns, in one of its own types; this
// interface lets config place them without importing their concrete types.
type fieldError interface {
	error
	ConfigField() string
}

func (p positions) wrap(prefix string, err error) error {
	var all interface{ Unwrap() []error }
	if errors.As(err, &all) && !isFieldError(err) {
		var out []error
		for _, e := range all.Unwrap() {
			out = append(out, p.wrap(prefix, e))
		}
		return errors.Join(out...)
	}
	var fe fieldError
	if errors.As(err, &fe) {
		field := fe.ConfigField()
		if field != "" {
			field = prefix + "." + field
		} else {
			field = prefix
		}
		// The field's own error repeats its name; keep only what is wrong.
		cause := errors.Unwrap(fe)
		if cause == nil {
			cause = fe
		}
		return &Error{File: p.file, Line: p.line(field), Field: field, Err: cause}
	}
	return &Error{File: p.file, Line: p.line(prefix), Field: prefix, Err: err}
}

func isFieldError(err error) bool {
	var fe fieldError
	return errors.As(err, &fe)
}

func (p positions) errorf(field, format string, args ...any) error {
	return &Error{File: p.file, Line: p.line(field), Field: field, Err: fmt.Errorf(format, args...)}
}

// line finds the line of field, walking up to the nearest parent that is in the file
// (a missing key is reported where its parent is).
func (p positions) line(field string) int {
	if p.ast == nil {
		return 0
	}
	for f := field; f != ""; f = parent(f) {
		path, err := yaml.PathString("$." + f)
		if err != nil {
			continue
		}
		node, err := path.FilterFile(p.ast)
		if err != nil || node == nil {
			continue
		}
		if tk := node.GetToken(); tk != nil && tk.Position != nil {
			return tk.Position.Line
		}
	}
	return 0
}

func parent(field string) string {
	i := strings.LastIndexAny(field, ".[")
	if i <= 0 {
		return ""
	}
	return field[:i]
}

func yamlError(file string, data []byte, err error) error {
	return decodeError(file, data, nil, err)
}

// decodeError positions an error of the decoder in file. With the file's syntax
// tree it also names the field whose value the decoder refused and, for a value of
// the wrong type, says what the field expects and what it got instead of the
// decoder's Go type names.
func decodeError(file string, data []byte, tree *ast.File, err error) error {
	var tk *token.Token
	msg := err
	var ye yaml.Error
	if errors.As(err, &ye) {
		tk = ye.GetToken()
		msg = errors.New(ye.GetMessage())
	} else if m := quoted.FindStringSubmatch(err.Error()); m != nil {
		// Errors from value parsers carry no position, only the value: find the
		// token that holds it. The only such parser in the config's types is
		// time.ParseDuration (no type of it has an UnmarshalYAML), so such an
		// error is a refused duration.
		for _, t := range lexer.Tokenize(string(data)) {
			if t.Value == m[1] && t.Position != nil {
				tk = t
				break
			}
		}
	}
	if tk == nil || tk.Position == nil {
		return &Error{File: file, Err: msg}
	}
	field, node := fieldAt(tree, tk.Position)
	var ne *yaml.UnexpectedNodeTypeError
	if field == "" && errors.As(err, &ne) && ne.Expected == ast.MappingType {
		msg = fmt.Errorf("expected a mapping of settings (data_dir, sources, jobs, …), got %s", nodeName(ne.Actual))
	}
	var te *yaml.TypeError
	var oe *yaml.OverflowError
	switch {
	case field != "" && errors.As(err, &te):
		msg = fmt.Errorf("expected %s, got %s", expectation(field, te.DstType), shownNode(node, tk))
	case field != "" && errors.As(err, &oe):
		msg = fmt.Errorf("expected %s, got %s, out of range", expectation(field, oe.DstType), oe.SrcNum)
	case field != "" && errors.As(err, &ne):
		got := shownNode(node, tk)
		if ne.Actual == ast.MappingType || ne.Actual == ast.SequenceType {
			got = nodeName(ne.Actual)
		}
		msg = fmt.Errorf("expected %s, got %s", expectation(field, nodeType(ne.Expected)), got)
	case field != "" && !errors.As(err, &ye):
		msg = fmt.Errorf("expected %s, got %s", expectation(field, nil), shownNode(node, tk))
	}
	return &Error{File: file, Line: tk.Position.Line, Field: field, Err: msg}
}

// fieldAt returns the YAML path (sources[0].rate) of the value that starts at pos,
// and the value's node, or "" and nil when tree has none there.
func fieldAt(tree *ast.File, pos *token.Position) (string, ast.Node) {
	if tree == nil {
		return "", nil
	}
	v := &valueFinder{pos: pos}
	for _, doc := range tree.Docs {
		if doc.Body != nil {
			ast.Walk(v, doc.Body)
		}
	}
	return strings.TrimPrefix(strings.TrimPrefix(v.path, "$"), "."), v.node
}

type valueFinder struct {
	pos  *token.Position
	path string
	node ast.Node
}

func (v *valueFinder) Visit(n ast.Node) ast.Visitor {
	if v.path != "" {
		return nil
	}
	if _, ok := n.(*ast.MappingValueNode); !ok {
		if tk := n.GetToken(); tk != nil && tk.Position != nil &&
			tk.Position.Line == v.pos.Line && tk.Position.Column == v.pos.Column {
			v.path, v.node = n.GetPath(), n
			return nil
		}
	}
	return v
}

// shown quotes a refused value as the file has it, quoting strings.
func shown(tk *token.Token) string {
	switch tk.Type {
	case token.StringType, token.SingleQuoteType, token.DoubleQuoteType:
		return strconv.Quote(tk.Value)
	case token.SequenceStartType, token.SequenceEntryType:
		return "a list"
	case token.MappingStartType:
		return "a mapping"
	}
	return tk.Value
}

// shownNode shows a refused value: a mapping or a list by its kind, a scalar as the
// file has it.
func shownNode(n ast.Node, tk *token.Token) string {
	if n != nil {
		switch n.Type() {
		case ast.MappingType, ast.MappingValueType, ast.SequenceType:
			return nodeName(n.Type())
		}
	}
	return shown(tk)
}

// nodeName names a YAML node type in an error.
func nodeName(t ast.NodeType) string {
	switch t {
	case ast.MappingType, ast.MappingValueType:
		return "a mapping"
	case ast.SequenceType:
		return "a list"
	case ast.NullType:
		return "nothing (null)"
	case ast.IntegerType, ast.FloatType:
		return "a number"
	case ast.BoolType:
		return "true or false"
	}
	return "a string"
}

// nodeType is the Go type that stands for a YAML node type in expectation.
func nodeType(t ast.NodeType) reflect.Type {
	switch t {
	case ast.MappingType:
		return reflect.TypeFor[map[string]any]()
	case ast.SequenceType:
		return reflect.TypeFor[[]any]()
	case ast.BoolType:
		return reflect.TypeFor[bool]()
	case ast.IntegerType:
		return reflect.TypeFor[int]()
	case ast.FloatType:
		return reflect.TypeFor[float64]()
	}
	return reflect.TypeFor[string]()
}

var quoted = regexp.MustCompile(`"([^"]+)"`)
