//go:build linux

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"govwatch/internal/config"
)

// TestExamplesAsWritten runs every example of every command's --help (cobra's Example
// field, read from the command tree, so that a new example is run without a change
// here) and every command of the README's shell blocks, as printed, and checks that
// each does what it says.
//
// The conventions, which the examples and the README keep:
//
//   - Commands run from the root of a checkout in which `govwatch demo` has run: the
//     test's working directory holds a link to every top-level entry of this
//     repository (so that paths such as transform/testdata/... resolve) and the
//     demo's own output in demo-out/. Examples that read a config name
//     demo-out/govwatch.yaml.
//   - `govwatch` is on PATH and is this package built (the test binary acting as main,
//     the code `go build ./cmd/govwatch` builds); `go run ./cmd/govwatch` at the start
//     of a command is the same program.
//   - Each line of an Example is one command, run by sh as written, comment included.
//   - In the README, the lines of fenced blocks marked sh, shell or bash are commands
//     meant to be run; comment lines are ignored. Other blocks are output, trees,
//     config (YAML) and SQL (internal/interop runs the SQL), and inline code is
//     synopsis with placeholders. Lines that build or test this repository (go test,
//     go build, go install, go vet) are not run: running this test is what they do.
//   - A command with the --serve flag or the serve subcommand is a daemon: it is
//     started, probed while it runs, stopped with SIGTERM and must then exit 0.
//   - The order is that of a user: the demo first, then its portal served
//     (`govwatch demo --serve`, "then, in another terminal") and kept up for every
//     other command, then each `serve` on its own.
//
// Every command must exit 0 and match its entry in exampleChecks, which says what it
// should print or leave behind; a command without an entry fails the test.
func TestExamplesAsWritten(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every example of the help and the README")
	}
	cmds := append(helpExamples(t), readmeCommands(t)...)
	if len(cmds) < 20 {
		t.Fatalf("found %d commands; the help and the README have more", len(cmds))
	}
	w := newExampleDir(t)

	var demo, portal, others, daemons []example
	seen := map[string]bool{}
	for _, e := range cmds {
		if seen[e.key] {
			continue
		}
		seen[e.key] = true
		switch {
		case e.sub == "demo" && !e.daemon:
			demo = append(demo, e)
		case e.sub == "demo":
			portal = append(portal, e)
		case e.daemon:
			daemons = append(daemons, e)
		default:
			others = append(others, e)
		}
	}
	for _, e := range demo {
		w.runOne(t, e)
	}
	for _, e := range portal {
		stop := w.start(t, e)
		defer stop()
	}
	for _, e := range others {
		w.runOne(t, e)
	}
	for _, e := range daemons {
		t.Run(e.key, func(t *testing.T) { w.start(t, e)() })
	}
}

// example is one command as printed in the help or the README.
type example struct {
	from   string // where it is printed: "govwatch demo --help" or "README.md:19"
	line   string // the command as printed, comment included: what sh runs
	key    string // the command without its comment, spaces collapsed: the key of exampleChecks
	sub    string // the govwatch subcommand it runs, "" if none
	daemon bool   // it runs until stopped
}

func newExample(from, line string) example {
	line = strings.TrimSpace(line)
	if rest, ok := strings.CutPrefix(line, "go run ./cmd/govwatch "); ok {
		line = "govwatch " + rest
	}
	e := example{from: from, line: line, key: strings.Join(strings.Fields(withoutComment(line)), " ")}
	words := strings.Fields(e.key)
	for i, w := range words {
		if w == "govwatch" && i+1 < len(words) {
			e.sub = words[i+1]
			break
		}
	}
	e.daemon = e.sub == "serve" || strings.Contains(" "+e.key+" ", " --serve ")
	return e
}

// withoutComment cuts a shell comment (a # that starts a word outside quotes) off line.
func withoutComment(line string) string {
	var quote rune
	prev := ' '
	for i, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '#' && (prev == ' ' || prev == '\t'):
			return strings.TrimSpace(line[:i])
		}
		prev = r
	}
	return line
}

// helpExamples reads the Example of every command in the tree.
func helpExamples(t *testing.T) []example {
	var out []example
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, line := range strings.Split(c.Example, "\n") {
			if strings.TrimSpace(line) != "" {
				out = append(out, newExample(c.CommandPath()+" --help", line))
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk((&app{}).rootCommand())
	if len(out) == 0 {
		t.Fatal("no command has examples")
	}
	return out
}

// buildsRepo matches README lines that build or test this repository.
var buildsRepo = regexp.MustCompile(`^go (test|build|install|vet)\b`)

// readmeCommands reads the commands of the README's sh, shell and bash blocks.
func readmeCommands(t *testing.T) []example {
	f, err := os.Open("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []example
	inFence, runnable := false, false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if fence, ok := strings.CutPrefix(line, "```"); ok {
			if inFence {
				inFence = false
			} else {
				inFence = true
				switch strings.TrimSpace(fence) {
				case "sh", "shell", "bash":
					runnable = true
				default:
					runnable = false
				}
			}
			continue
		}
		if !inFence || !runnable || line == "" || strings.HasPrefix(line, "#") || buildsRepo.MatchString(line) {
			continue
		}
		out = append(out, newExample(fmt.Sprintf("README.md:%d", n), line))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// exampleDir is a checkout's root after `govwatch demo`, with govwatch on PATH.
type exampleDir struct {
	dir string
	env []string
}

func newExampleDir(t *testing.T) *exampleDir {
	// The examples name the demo portal's and serve's default ports (8765, 8090),
	// which are the machine's: two runs of this test at once (two checkouts) would
	// take them from each other, so they take turns.
	lock, err := os.OpenFile(filepath.Join(os.TempDir(), "govwatch-examples-test.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lock.Close() })

	dir := t.TempDir()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		switch e.Name() {
		case ".git", "demo-out", "govwatch": // the demo's output is made here; the built binary is not the code
			continue
		}
		if err := os.Symlink(filepath.Join(root, e.Name()), filepath.Join(dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	bin := t.TempDir()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	shim := fmt.Sprintf("#!/bin/sh\nGOVWATCH_AS_MAIN=1 exec '%s' \"$@\"\n", self)
	if err := os.WriteFile(filepath.Join(bin, "govwatch"), []byte(shim), 0o755); err != nil {
		t.Fatal(err)
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOVWATCH_") && !strings.HasPrefix(kv, "PATH=") {
			env = append(env, kv)
		}
	}
	env = append(env, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	return &exampleDir{dir: dir, env: env}
}

func (w *exampleDir) command(ctx context.Context, line string) *exec.Cmd {
	c := exec.CommandContext(ctx, "sh", "-c", line)
	c.Dir, c.Env = w.dir, w.env
	// Its own process group, so that a timeout kills what sh started too; and
	// killed with the test, so that no daemon outlives it.
	c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	c.Cancel = func() error { return syscall.Kill(-c.Process.Pid, syscall.SIGKILL) }
	c.WaitDelay = 5 * time.Second
	return c
}

// runOne runs e to its end and checks it.
func (w *exampleDir) runOne(t *testing.T, e example) {
	t.Run(e.key, func(t *testing.T) {
		check, ok := exampleChecks[e.key]
		ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
		defer cancel()
		c := w.command(ctx, e.line)
		var stdout, stderr bytes.Buffer
		c.Stdout, c.Stderr = &stdout, &stderr
		err := c.Run()
		if err != nil {
			t.Fatalf("%s: `%s`: %v\nstdout:\n%.3000s\nstderr:\n%.3000s", e.from, e.line, err, stdout.String(), stderr.String())
		}
		if !ok {
			t.Fatalf("%s: `%s` ran, but exampleChecks says nothing of what it should do: add an entry", e.from, e.line)
		}
		if err := check.verify(w.dir, stdout.String()); err != nil {
			t.Errorf("%s: `%s`: %v\nstdout:\n%.3000s\nstderr:\n%.2000s", e.from, e.line, err, stdout.String(), stderr.String())
		}
	})
}

// start starts the daemon e, waits until its probe answers and returns the function
// that stops it and checks that it exits 0.
func (w *exampleDir) start(t *testing.T, e example) (stop func()) {
	check, ok := exampleChecks[e.key]
	if !ok || check.probe == nil {
		t.Errorf("%s: `%s` is a daemon, but exampleChecks has no probe for it: add one", e.from, e.line)
		return func() {}
	}
	// exec, after any variable assignments, so that the signal reaches govwatch.
	assign := regexp.MustCompile(`^(\s*[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*`)
	line := assign.ReplaceAllString(e.line, "${0}exec ")
	c := w.command(t.Context(), line)
	var out syncBuffer
	c.Stdout, c.Stderr = &out, &out
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- c.Wait() }()
	fail := func(format string, args ...any) {
		t.Errorf("%s: `%s`: %s\noutput:\n%.3000s", e.from, e.line, fmt.Sprintf(format, args...), out.String())
	}
	stop = func() {
		if err := c.Process.Signal(syscall.SIGTERM); err != nil {
			fail("signal: %v", err)
		}
		if err := <-exited; err != nil {
			fail("after SIGTERM: %v, want exit status 0", err)
		}
	}
	// Wait until it listens; the test's own deadline bounds the wait.
	for {
		err := check.probe(w.dir)
		if !errors.Is(err, errNotUp) {
			if err != nil {
				fail("%v", err)
			}
			break
		}
		select {
		case werr := <-exited:
			fail("exited (%v) before it answered: %v", werr, err)
			return func() {}
		case <-t.Context().Done():
			fail("never answered: %v", err)
			return func() {}
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err := check.verify(w.dir, out.String()); err != nil {
		fail("%v", err)
	}
	return stop
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// exampleCheck says what a command should do besides exiting 0.
type exampleCheck struct {
	stdout []string                    // substrings of its output
	pdfs   []string                    // PDF files it leaves, relative to the working directory
	more   func(dir, out string) error // anything else
	probe  func(dir string) error      // for a daemon: nil when it answers as it should, errNotUp until it listens
}

func (c exampleCheck) verify(dir, out string) error {
	var errs []error
	for _, s := range c.stdout {
		if !strings.Contains(out, s) {
			errs = append(errs, fmt.Errorf("output lacks %q", s))
		}
	}
	for _, p := range c.pdfs {
		data, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
			errs = append(errs, fmt.Errorf("no PDF at %s (%v)", p, err))
		}
	}
	if c.more != nil {
		if err := c.more(dir, out); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// exampleChecks holds, for each command of the help and the README (keyed by the
// command without its comment, spaces collapsed), what it should do.
var exampleChecks = map[string]exampleCheck{
	// demo
	"govwatch demo": {
		stdout: []string{"total      11        65", "dataset demo-out/data: articles 65", "report of the busiest month (1397-08)"},
		pdfs:   []string{"demo-out/reports/govwatch-1397-08.pdf"},
	},
	"govwatch demo --out demo-out --fresh": {
		stdout: []string{"rows written: articles 65", "dataset demo-out/data: articles 65,"},
		pdfs:   []string{"demo-out/reports/govwatch-1397-08.pdf"},
	},
	"govwatch demo --serve": {
		stdout: []string{"demo portal serving at http://127.0.0.1:"},
		probe:  demoPortalUp,
	},
	// source probe, with the portal of `govwatch demo --serve` up
	`govwatch source probe "http://127.0.0.1:8765/kavar/News/List.aspx"`: {
		stdout: []string{`preset "iran_gov_cms" fits`, "articles read: 5 of 5 tried", "profile: iran_gov_cms"},
	},
	`govwatch source probe --no-presets --samples 3 --id kavar "http://127.0.0.1:8765/kavar/News/List.aspx"`: {
		stdout: []string{"layout: learned from the pages", "articles read: 3 of 3 tried", "profiles:", "  kavar:", "profile: kavar"},
	},
	// crawl, with the portal of `govwatch demo --serve` up
	"govwatch crawl --config demo-out/govwatch.yaml": {
		stdout: []string{"kavar", "meybod", " succeeded: "},
	},
	"govwatch crawl --config demo-out/govwatch.yaml --full": {
		// Every listing page walked: all 11 of them, though every article is known.
		stdout: []string{"total      11 ", " succeeded: "},
	},
	"govwatch crawl --config demo-out/govwatch.yaml --source kavar": {
		stdout: []string{"kavar", " succeeded: "},
		more: func(_, out string) error {
			if strings.Contains(out, "meybod") {
				return errors.New("crawled other sources than kavar")
			}
			return nil
		},
	},
	"govwatch reprocess --config demo-out/govwatch.yaml": {
		stdout: []string{"total      0         65", " succeeded: ", "article pages read back from their stored rows: 65 "},
		more:   dirExists("demo-out/data/_replaced"),
	},
	"govwatch reprocess --config demo-out/govwatch.yaml --from-warc": {
		stdout: []string{"total      0         65", " succeeded: ", "article pages read back from their stored rows: 0 "},
		more:   dirExists("demo-out/data/_replaced"),
	},
	// report
	"govwatch report --config demo-out/govwatch.yaml --period 1397-08": {
		stdout: []string{"demo-out/reports/govwatch-1397-08.pdf"},
		pdfs:   []string{"demo-out/reports/govwatch-1397-08.pdf"},
	},
	"govwatch report --config demo-out/govwatch.yaml --period 1397-08 --scope county=کوار --out kavar.pdf": {
		stdout: []string{"kavar.pdf"},
		pdfs:   []string{"kavar.pdf"},
	},
	"govwatch report --config demo-out/govwatch.yaml --period 1397-08 --scope county=کوار": {
		stdout: []string{"demo-out/reports/govwatch-1397-08-county-کوار.pdf"},
		pdfs:   []string{"demo-out/reports/govwatch-1397-08-county-کوار.pdf"},
	},
	"govwatch report --config demo-out/govwatch.yaml --period 1397-W32 --lang en": {
		stdout: []string{"demo-out/reports/govwatch-1397-W32-en.pdf"},
		pdfs:   []string{"demo-out/reports/govwatch-1397-W32-en.pdf"},
	},
	// jobs
	"govwatch run crawl-all --config demo-out/govwatch.yaml": {
		stdout: []string{"kavar", " succeeded"},
	},
	"govwatch run monthly-report --config demo-out/govwatch.yaml --period 1397-08": {
		stdout: []string{"report: demo-out/reports/govwatch-1397-08.pdf"},
		pdfs:   []string{"demo-out/reports/govwatch-1397-08.pdf"},
	},
	"govwatch run crawl-all --config demo-out/govwatch.yaml --dry-run": {
		stdout: []string{"would crawl kavar", "would crawl meybod"},
	},
	"govwatch backfill monthly-report --config demo-out/govwatch.yaml --from 1397-01 --to 1397-12": {
		stdout: []string{"govwatch-1397-01.pdf", "govwatch-1397-12.pdf"},
		pdfs:   []string{"demo-out/reports/govwatch-1397-01.pdf", "demo-out/reports/govwatch-1397-12.pdf"},
	},
	"govwatch jobs --config demo-out/govwatch.yaml": {
		stdout: []string{"crawl-all", "@jalali-monthly 06:00", "rebuild"},
	},
	"govwatch runs --config demo-out/govwatch.yaml -n 20": {
		stdout: []string{"crawl-all", "succeeded"},
	},
	"govwatch runs --config demo-out/govwatch.yaml": {
		stdout: []string{"crawl-all", "succeeded"},
	},
	"govwatch serve --config demo-out/govwatch.yaml": {
		probe: serveAnswers("127.0.0.1:8090", ""),
	},
	"GOVWATCH_TOKEN=secret govwatch serve --config demo-out/govwatch.yaml --listen 0.0.0.0:8090": {
		probe: serveAnswers("127.0.0.1:8090", "secret"),
	},
	// analyze
	"govwatch analyze extract/testdata/seed/kavar-pishkhan-1397-08-15.txt --county کوار --province فارس": {
		stdout: []string{`"name": "ناهید"`, `"sanction": "licence_revocation"`, `"jalali": "1397/08/15"`},
	},
	"govwatch analyze - --profile iran_gov_cms < extract/testdata/pages/seed_kavar_1256_meta.html": {
		stdout: []string{`"name": "ناهید"`, `"jalali": "1397/08/15"`},
	},
	`echo '{"id":"a1","county":"کوار","text":"علی رضایی فرماندار کوار گفت: مجوز سه دفتر پیشخوان متخلف لغو شد."}' | govwatch analyze --jsonl`: {
		stdout: []string{`{"id":"a1"`, `"name":"علی رضایی","role":"فرماندار"`, `"sanction":"licence_revocation","sanctions":["licence_revocation"],"count":3`},
	},
	"govwatch analyze --explain transform/testdata/realshaped/texts/rs01.txt": {
		stdout: []string{"«محمدرضا کاوسی»", "person-standalone-name", "role-next-sentence-title"},
	},
	// eval: the real set's texts are rebuilt on a machine, or missing, which eval says
	"govwatch eval": {
		more: realSetScored("check part"),
	},
	"govwatch eval --errors tune": {
		more: realSetScored("unmatched items of the tune part"),
	},
	"govwatch eval --batch rj": {
		more: realSetScored("both parts"),
	},
	"govwatch eval --agreement transform/testdata/agreement/second.jsonl": {
		stdout: []string{"second annotation", "60 passages", "person_role"},
	},
	"govwatch eval --gold transform/testdata/eval/holdout2.jsonl": {
		stdout: []string{"person_name", "office_type_modality"},
	},
	"govwatch eval --gold transform/testdata/eval/gold.jsonl --json > eval.json": {
		more: func(dir, _ string) error {
			data, err := os.ReadFile(filepath.Join(dir, "eval.json"))
			if err != nil {
				return err
			}
			var rep map[string]json.RawMessage
			if err := json.Unmarshal(data, &rep); err != nil || rep["fields"] == nil {
				return fmt.Errorf("eval.json is no report with fields (%v): %.300s", err, data)
			}
			return nil
		},
	},
	// schema
	"govwatch schema": {
		stdout: []string{"violations", "evidence", "registered_month"},
	},
	"govwatch schema --markdown": {
		stdout: []string{"### violations", "| column | type | null | description |", "| `evidence` |"},
	},
}

func dirExists(p string) func(dir, _ string) error {
	return func(dir, _ string) error {
		if fi, err := os.Stat(filepath.Join(dir, p)); err != nil || !fi.IsDir() {
			return fmt.Errorf("no directory %s (%v)", p, err)
		}
		return nil
	}
}

// realSetScored accepts the scores of the real set (want is in them) or, on a
// machine without its texts, the line that says so.
func realSetScored(want string) func(dir, out string) error {
	return func(dir, out string) error {
		if strings.Contains(out, "real set skipped") || strings.Contains(out, want) {
			return nil
		}
		return fmt.Errorf("output has neither %q nor says the real set was skipped", want)
	}
}

// demoPortalUp answers nil when the listing page the demo's config starts from is
// served.
func demoPortalUp(dir string) error {
	cfg, err := config.Load(filepath.Join(dir, "demo-out", "govwatch.yaml"))
	if err != nil {
		return err
	}
	if len(cfg.Sources) == 0 || len(cfg.Sources[0].StartURLs) == 0 {
		return errors.New("the demo's config has no source")
	}
	body, err := get(cfg.Sources[0].StartURLs[0], "")
	if err != nil {
		return err
	}
	if !strings.Contains(body, "/News/") {
		return fmt.Errorf("listing page without news links: %.300s", body)
	}
	return nil
}

// serveAnswers answers nil when `govwatch serve` at addr lists the demo's jobs, and,
// when it has a token, refuses the list without it.
func serveAnswers(addr, token string) func(dir string) error {
	return func(string) error {
		base := "http://" + addr
		if _, err := get(base+"/healthz", ""); err != nil {
			return err
		}
		body, err := get(base+"/api/jobs", token)
		if err != nil {
			return err
		}
		if !strings.Contains(body, "monthly-report") {
			return fmt.Errorf("/api/jobs lacks monthly-report: %.300s", body)
		}
		if token != "" {
			if _, err := get(base+"/api/jobs", ""); !errors.Is(err, errUnauthorized) {
				return fmt.Errorf("/api/jobs without the token: %v, want 401", err)
			}
		}
		return nil
	}
}

var (
	errUnauthorized = errors.New("401 unauthorized")
	errNotUp        = errors.New("not listening yet")
)

func get(url, token string) (string, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		DialContext: (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
	}}
	resp, err := client.Do(req)
	if err != nil {
		return "", fmt.Errorf("%w: %v", errNotUp, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	switch resp.StatusCode {
	case http.StatusOK:
		return string(body), nil
	case http.StatusUnauthorized:
		return "", errUnauthorized
	}
	return "", fmt.Errorf("GET %s: %s", url, resp.Status)
}
