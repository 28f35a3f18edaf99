package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"govwatch/internal/demoportal"
	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
)

var update = flag.Bool("update", false, "rewrite the README's data dictionary")

// TestMain lets the test binary act as the govwatch binary, so that tests can start
// real govwatch processes without building one.
func TestMain(m *testing.M) {
	if os.Getenv("GOVWATCH_AS_MAIN") == "1" {
		main() // with its signal handling; it exits
	}
	os.Exit(m.Run())
}

// govwatch runs the command in-process and returns its output and exit code.
func govwatch(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(t.Context(), append([]string{"--log-format", "json", "--log-level", "warn"}, args...), strings.NewReader(""), &out, &errOut)
	code = exitCode(err, &errOut)
	return out.String(), errOut.String(), code
}

// servePortal serves the hand-written demo portal and writes a config for it.
func servePortal(t *testing.T) (*demoportal.Portal, string) {
	t.Helper()
	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(portal.Handler())
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "govwatch.yaml")
	if err := os.WriteFile(cfg, []byte(demoConfig(portal, srv.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	return portal, cfg
}

func TestDemo(t *testing.T) {
	out := t.TempDir()
	stdout, stderr, code := govwatch(t, "demo", "--out", out, "--addr", "127.0.0.1:0")
	if code != 0 {
		t.Fatalf("demo exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"total      11        65", "articles 65", "govwatch-1397-08.pdf", "--config " + filepath.Join(out, "govwatch.yaml")} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, stdout)
		}
	}
	for _, p := range []string{"govwatch.yaml", "data/articles", "data/people", "data/violations", "data/runs", "data/_archive", "reports/govwatch-1397-08.pdf"} {
		if _, err := os.Stat(filepath.Join(out, p)); err != nil {
			t.Errorf("demo left no %s: %v", p, err)
		}
	}
	pdf, err := os.ReadFile(filepath.Join(out, "reports/govwatch-1397-08.pdf"))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("report is not a PDF (%v)", err)
	}
	// The config it leaves works for the other commands.
	stdout, stderr, code = govwatch(t, "runs", "--config", filepath.Join(out, "govwatch.yaml"))
	if code != 0 || !strings.Contains(stdout, "crawl-all") || !strings.Contains(stdout, "succeeded") {
		t.Errorf("runs after demo: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestCrawlTwice(t *testing.T) {
	portal, cfg := servePortal(t)
	stdout, stderr, code := govwatch(t, "crawl", "--config", cfg)
	if code != 0 {
		t.Fatalf("crawl exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "rows written: articles 65") {
		t.Errorf("first crawl summary:\n%s", stdout)
	}
	before := portal.Stats()
	stdout, _, code = govwatch(t, "crawl", "--config", cfg)
	if code != 0 || !strings.Contains(stdout, "rows written: articles 0, people 0, violations 0") {
		t.Errorf("second crawl wrote rows (exit %d):\n%s", code, stdout)
	}
	after := portal.Stats()
	if nm := after.NotModified - before.NotModified; nm < 50 {
		t.Errorf("second crawl got %d not-modified answers, want most of the 65 articles", nm)
	}
}

func TestReportCommand(t *testing.T) {
	_, cfg := servePortal(t)
	if _, stderr, code := govwatch(t, "crawl", "--config", cfg); code != 0 {
		t.Fatalf("crawl: %s", stderr)
	}
	out := filepath.Join(t.TempDir(), "kavar.pdf")
	stdout, stderr, code := govwatch(t, "report", "--config", cfg, "--period", "1397-08", "--scope", "county=کوار", "--out", out)
	if code != 0 || strings.TrimSpace(stdout) != out {
		t.Fatalf("report: exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() < 1000 {
		t.Errorf("report file: %v", err)
	}
	// A report run is recorded in the runs table, but it is not data: the same report
	// rendered again after it has the same bytes.
	first, _ := os.ReadFile(out)
	// The report job writes the incidents and officials tables under its run's
	// lock, as the report command does under its own.
	dataDir := filepath.Join(filepath.Dir(cfg), "data") // the demo config's data_dir
	for _, table := range []string{"incidents", "officials"} {
		if err := os.RemoveAll(filepath.Join(dataDir, table)); err != nil {
			t.Fatal(err)
		}
	}
	if _, stderr, code := govwatch(t, "run", "monthly-report", "--period", "1397-08", "--config", cfg); code != 0 {
		t.Fatalf("run monthly-report: %s", stderr)
	}
	for _, table := range []string{"incidents", "officials"} {
		if files, _ := filepath.Glob(filepath.Join(dataDir, table, "*", "*.parquet")); len(files) == 0 {
			t.Errorf("the report job did not write the %s table under %s", table, dataDir)
		}
	}
	if _, stderr, code := govwatch(t, "report", "--config", cfg, "--period", "1397-08", "--scope", "county=کوار", "--out", out); code != 0 {
		t.Fatalf("second report: %s", stderr)
	}
	if second, _ := os.ReadFile(out); !bytes.Equal(first, second) {
		t.Error("the same data and options gave different PDF bytes after a report run")
	}
	_, stderr, code = govwatch(t, "report", "--config", cfg, "--period", "1397-13")
	if code != 2 || !strings.Contains(stderr, "bad --period") {
		t.Errorf("bad period: exit %d, stderr %q; want 2 and a reason", code, stderr)
	}
}

// TestRunsWithoutDataDir checks that the history of a data directory that does not
// exist is an error naming it, not an empty table.
func TestRunsWithoutDataDir(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "govwatch.yaml")
	yaml := "data_dir: nowhere\nsources:\n  - id: a\n    name: A\n    start_urls: [\"http://127.0.0.1/list\"]\n"
	if err := os.WriteFile(cfg, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := govwatch(t, "runs", "--config", cfg)
	want := "data directory " + filepath.Join(dir, "nowhere") + " does not exist"
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing (no table)", stdout)
	}
	if lines := strings.Count(strings.TrimSpace(stderr), "\n"); lines > 0 {
		t.Errorf("reason spans %d lines, want one: %q", lines+1, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "nowhere")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("runs created the data directory (stat: %v)", err)
	}
}

func TestExitCodes(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.yaml")
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("sources:\n  - id: a\n    start_urls: [\"::\"]\n"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag", []string{"crawl", "--nope"}, 2, "unknown flag"},
		{"missing config", []string{"crawl", "--config", missing}, 2, "not found"},
		{"bad config names file and line", []string{"crawl", "--config", bad}, 1, "bad.yaml:"},
		{"unknown job", []string{"run", "nope", "--config", bad}, 1, "bad.yaml:"},
		{"report without period", []string{"report"}, 2, "--period is required"},
		{"bad log level", []string{"--log-level", "loud", "jobs"}, 2, "log-level"},
		{"unknown command", []string{"nosuch"}, 2, `unknown command "nosuch" for "govwatch"`},
		{"misspelt command suggests the nearest", []string{"raport"}, 2, "did you mean govwatch report?"},
		{"extra argument", []string{"runs", "extra"}, 2, `unknown command "extra" for "govwatch runs"`},
		{"missing argument", []string{"run"}, 2, "accepts 1 arg(s), received 0"},
		{"too many arguments", []string{"backfill", "a", "b", "--from", "1397-01", "--to", "1397-02"}, 2, "accepts 1 arg(s), received 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := govwatch(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
			if lines := strings.Count(strings.TrimSpace(stderr), "\n"); lines > 1 {
				t.Errorf("reason spans %d lines, want one (plus an optional hint): %q", lines+1, stderr)
			}
		})
	}
}

// TestTwoRunsOneWriter starts two real govwatch processes on one data directory: one
// writes, the other is refused with the name of the run that holds the lock.
func TestTwoRunsOneWriter(t *testing.T) {
	portal, cfg := servePortal(t)
	_ = portal
	type result struct {
		code int
		out  string
	}
	results := make([]result, 2)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.CommandContext(t.Context(), os.Args[0], "--log-format", "json", "run", "crawl-all", "--config", cfg)
			cmd.Env = append(os.Environ(), "GOVWATCH_AS_MAIN=1")
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			code := 0
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Error(err)
			}
			results[i] = result{code, string(out)}
		}()
	}
	wg.Wait()
	ok, refused := 0, 0
	for _, r := range results {
		switch {
		case r.code == 0:
			ok++
		case r.code == 3 && strings.Contains(r.out, "is locked by run"):
			refused++
		default:
			t.Errorf("unexpected exit %d:\n%s", r.code, r.out)
		}
	}
	// Both may succeed one after the other if the first finished before the second
	// started; what must never happen is two writers at once, which the dataset would
	// show as duplicate rows.
	if ok == 0 {
		t.Fatalf("no run succeeded: %+v", results)
	}
	t.Logf("succeeded %d, refused %d", ok, refused)
	ds, err := dataset.Open(filepath.Join(filepath.Dir(cfg), "data"), dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	err = ds.ScanArticles(t.Context(), dataset.Filter{Columns: []string{"article_id", "content_hash"}}, func(r dataset.ArticleRow) error {
		k := r.ArticleID + r.ContentHash
		if seen[k] {
			t.Errorf("duplicate article version %s", k)
		}
		seen[k] = true
		return nil
	})
	if err != nil || len(seen) != 65 {
		t.Errorf("articles: %d, err %v; want 65", len(seen), err)
	}
}

func TestAnalyzeSeed(t *testing.T) {
	const seed = "../../../shared/seed/kavar-pishkhan-1397-08-15.txt"
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	stdout, stderr, code := govwatch(t, "analyze", seed, "--county", "کوار", "--province", "فارس")
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	var got struct {
		Registered struct{ Jalali, Date string }
		People     []struct{ Name, Role, Organization string }
		Violations []struct {
			OfficeType string  `json:"office_type"`
			Modality   string  `json:"modality"`
			Sanction   *string `json:"sanction"`
			Speaker    *string `json:"speaker"`
		}
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	if got.Registered.Date != "2018-11-06" {
		t.Errorf("registered = %+v, want 2018-11-06", got.Registered)
	}
	if len(got.People) != 2 || got.People[0].Name != "ناهید" || got.People[1].Name != "رستمی" {
		t.Errorf("people = %+v", got.People)
	}
	conditional := false
	for _, v := range got.Violations {
		if v.Modality == "conditional" && v.Sanction != nil && *v.Sanction == "licence_revocation" {
			conditional = true
		}
	}
	if !conditional {
		t.Errorf("no conditional licence revocation in %+v", got.Violations)
	}
}

func TestAnalyzeJSONL(t *testing.T) {
	in := `{"id":"a","text":"بازدید از نانوایی‌ها\nدر بازدید فرماندار از نانوایی‌های شهر، سه واحد متخلف پلمب شدند.","county":"کوار"}
not json
{"id":"c","text":""}
`
	var out, errOut bytes.Buffer
	err := run(t.Context(), []string{"analyze", "--jsonl"}, strings.NewReader(in), &out, &errOut)
	if err != nil {
		t.Fatalf("analyze --jsonl: %v %s", err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3 (one per input line, in order):\n%s", len(lines), out.String())
	}
	var first struct {
		ID         string
		Violations []struct{ Modality, OfficeType string }
	}
	json.Unmarshal([]byte(lines[0]), &first)
	if first.ID != "a" || len(first.Violations) == 0 {
		t.Errorf("first line = %s", lines[0])
	}
	if !strings.Contains(lines[1], `"error":"stdin:2: bad JSON`) {
		t.Errorf("bad line not reported with its number: %s", lines[1])
	}
	if !strings.Contains(lines[2], `"id":"c"`) {
		t.Errorf("third line = %s", lines[2])
	}
}

func TestJobsAndDryRun(t *testing.T) {
	_, cfg := servePortal(t)
	stdout, stderr, code := govwatch(t, "jobs", "--config", cfg)
	if code != 0 || !strings.Contains(stdout, "@jalali-monthly 06:00") || !strings.Contains(stdout, "manual") {
		t.Errorf("jobs: exit %d\n%s%s", code, stdout, stderr)
	}
	stdout, stderr, code = govwatch(t, "run", "crawl-all", "--dry-run", "--config", cfg)
	if code != 0 || !strings.Contains(stdout, "would crawl kavar") {
		t.Errorf("dry run: exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(cfg), "data", "articles")); err == nil {
		t.Error("dry run wrote articles")
	}
}

// TestReadmeDictionary keeps the README's data dictionary equal to the one the schema
// carries. Run with -update to rewrite it.
func TestReadmeDictionary(t *testing.T) {
	const readme = "../../README.md"
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	const startMark, endMark = "<!-- dictionary:start", "<!-- dictionary:end -->"
	s := string(data)
	i, j := strings.Index(s, startMark), strings.Index(s, endMark)
	if i < 0 || j < i {
		t.Fatal("README lacks the dictionary markers")
	}
	i += strings.Index(s[i:], "-->") + len("-->\n")
	var buf bytes.Buffer
	if err := printDictionary(&app{stdout: &buf}, true); err != nil {
		t.Fatal(err)
	}
	want := strings.TrimLeft(buf.String(), "\n")
	if s[i:j] == want {
		return
	}
	if *update {
		if err := os.WriteFile(readme, []byte(s[:i]+want+s[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Error("README data dictionary is out of date; run go test ./cmd/govwatch -run ReadmeDictionary -update")
}

func TestCrawlHonoursDeadline(t *testing.T) {
	// run must honour a cancelled context: a crawl of a portal that never answers ends.
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	_, cfg := servePortal(t)
	err := run(ctx, []string{"--log-level", "error", "crawl", "--config", cfg}, strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	// Pages whose host's rate leaves no request before the deadline fail at once
	// (cause deadline), so the run may end partial just before it.
	if err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) && !errors.Is(err, pipeline.ErrPartial) {
		t.Errorf("crawl with a short deadline: %v", err)
	}
}

func TestAnalyzeHTML(t *testing.T) {
	portal, _ := servePortal(t)
	srv := httptest.NewServer(portal.Handler())
	defer srv.Close()
	var page string
	for _, a := range portal.Articles() {
		if a.Encoding == "windows-1256" { // the harder case: the bytes are not UTF-8
			page = a.Path
			break
		}
	}
	resp, err := srv.Client().Get(srv.URL + page)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "page.html")
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	os.WriteFile(file, data, 0o644)
	stdout, stderr, code := govwatch(t, "analyze", file)
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	var got struct {
		Title      string
		Registered *struct{ Date string }
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Title == "" || got.Registered == nil || !strings.HasPrefix(got.Registered.Date, "2018-") {
		t.Errorf("analyze of a windows-1256 page: title %q, registered %+v", got.Title, got.Registered)
	}
	if strings.ContainsRune(got.Title, 'ي') || strings.ContainsRune(got.Title, '\uFFFD') {
		t.Errorf("title not decoded and normalised: %q", got.Title)
	}
}
