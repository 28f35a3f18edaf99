//go:build unix

package pipeline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"govwatch/extract"
	"govwatch/internal/demoportal"
)

// moduleRoot finds the directory of go.mod above the test's working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// buildGovwatch builds the real binary once per test.
func buildGovwatch(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build govwatch with")
	}
	bin := filepath.Join(t.TempDir(), "govwatch")
	cmd := exec.CommandContext(t.Context(), "go", "build", "-o", bin, "./cmd/govwatch")
	cmd.Dir = moduleRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/govwatch: %v\n%s", err, out)
	}
	return bin
}

// writeConfig writes a govwatch.yaml in dir for the portal at base, in the form the
// demo command writes, with its data in dir/data.
func writeConfig(t *testing.T, dir string, p *demoportal.Portal, base string) string {
	t.Helper()
	q := strconv.Quote
	var b strings.Builder
	b.WriteString(`data_dir: data
timezone: Asia/Tehran
crawl:
  user_agent: "govwatch-kill-test/1.0"
  timeout: 15s
  rate: 5000
  burst: 100
  concurrency: 8
sources:
`)
	for _, s := range p.Sites() {
		fmt.Fprintf(&b, "  - id: %s\n    name: %s\n    province: %s\n", s.Slug, q(s.Name), q(s.Province))
		if s.County != "" {
			fmt.Fprintf(&b, "    county: %s\n", q(s.County))
		}
		fmt.Fprintf(&b, "    start_urls: [%s]\n    profile: iran_gov_cms\n", q(base+s.ListURL))
	}
	path := filepath.Join(dir, "govwatch.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// crawlProcess is one `govwatch crawl` started in the background.
type crawlProcess struct {
	cmd     *exec.Cmd
	started time.Time
	done    chan error
	out     bytes.Buffer
}

func startCrawl(t *testing.T, bin, cfg string) *crawlProcess {
	t.Helper()
	p := &crawlProcess{done: make(chan error, 1)}
	// Not CommandContext: the test kills the process itself, with SIGKILL.
	p.cmd = exec.Command(bin, "crawl", "--config", cfg, "--log-format", "text", "--log-level", "warn")
	p.cmd.Stdout, p.cmd.Stderr = &p.out, &p.out
	p.started = time.Now()
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start govwatch crawl: %v", err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		_ = p.cmd.Process.Kill()
		<-p.done
		p.done <- nil
	})
	return p
}

// wait waits for the process to end by itself and returns its error and run time.
func (p *crawlProcess) wait() (time.Duration, error) {
	err := <-p.done
	p.done <- err
	return time.Since(p.started), err
}

// killAfter sends SIGKILL after d unless the process ends first; it reports whether
// the process was killed.
func (p *crawlProcess) killAfter(d time.Duration) (bool, error) {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case err := <-p.done:
		p.done <- err
		return false, err
	case <-timer.C:
	}
	if err := p.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return false, err
	}
	err := <-p.done
	p.done <- err
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			return true, nil
		}
	}
	return false, err // it ended by itself just before the kill
}

// leftovers describes what a crash left in a data directory: staged runs, manifests
// not marked done, and WARC files never closed.
func leftovers(dir string) string {
	var parts []string
	if ents, err := os.ReadDir(filepath.Join(dir, "_staging")); err == nil && len(ents) > 0 {
		parts = append(parts, fmt.Sprintf("staged runs %d", len(ents)))
	}
	manifests, _ := filepath.Glob(filepath.Join(dir, "_manifests", "*.json"))
	var committing int
	for _, m := range manifests {
		data, err := os.ReadFile(m)
		if err != nil {
			continue
		}
		var mf struct {
			State string `json:"state"`
		}
		if json.Unmarshal(data, &mf) == nil && mf.State != "done" {
			committing++
		}
	}
	parts = append(parts, fmt.Sprintf("manifests %d", len(manifests)))
	if committing > 0 {
		parts = append(parts, fmt.Sprintf("MID-COMMIT manifests %d", committing))
	}
	if open, _ := filepath.Glob(filepath.Join(dir, "_archive", "*.open")); len(open) > 0 {
		parts = append(parts, fmt.Sprintf("open warc files %d", len(open)))
	}
	return strings.Join(parts, ", ")
}

// duplicates lists duplicate rows only (a subset of integrity).
func (tb tables) duplicates() []string {
	var out []string
	for _, b := range tb.integrity() {
		if strings.HasPrefix(b, "duplicate") {
			out = append(out, b)
		}
	}
	return out
}

// currentHashes fetches every article of the portal and returns the content hash of
// what it serves now, by canonical URL.
func currentHashes(t *testing.T, base string, paths []string) map[string]string {
	t.Helper()
	prof := extract.BuiltinProfiles()["iran_gov_cms"]
	out := make(map[string]string, len(paths))
	for _, path := range paths {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %v", path, res.StatusCode, err)
		}
		u := canonical(t, base+path)
		art, err := extract.ParseArticle(prof, "", u, body, res.Header.Get("Content-Type"))
		if err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		out[u] = art.ContentHash
	}
	return out
}

// TestKillCrawl kills a real `govwatch crawl` process with SIGKILL at random points,
// many times, and checks after every kill that the dataset reads fully and holds no
// duplicate rows; a last crawl then completes the work. Between runs a few articles
// are revised so that every run has something to write and commit.
func TestKillCrawl(t *testing.T) {
	// Runs that finish before their kill do not count; at most twice as many runs.
	kills := 30
	if testing.Short() {
		kills = 5
	}
	bin := buildGovwatch(t)
	const generate = 300
	portal, err := demoportal.New(demoportal.Options{Generate: generate, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := portal.Start(t.Context(), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })

	// Every article path, and those on the first listing page of their site, which
	// every incremental crawl reads and so may be revised.
	var paths, firstPage []string
	perSite := map[string]int{}
	for _, a := range portal.Articles() {
		paths = append(paths, a.Path)
		if perSite[a.Site]++; perSite[a.Site] <= 10 {
			firstPage = append(firstPage, a.Path)
		}
	}
	for code := generate; code >= 1; code-- {
		path := "/gen/News/ShowNews.aspx?Code=" + strconv.Itoa(code)
		paths = append(paths, path)
		if code > generate-10 {
			firstPage = append(firstPage, path)
		}
	}

	// The typical run lengths: a full crawl and an incremental one, measured on a
	// scratch directory.
	scratch := writeConfig(t, t.TempDir(), portal, srv.URL)
	full, err := startCrawl(t, bin, scratch).wait()
	if err != nil {
		t.Fatalf("measuring crawl: %v", err)
	}
	incremental, err := startCrawl(t, bin, scratch).wait()
	if err != nil {
		t.Fatalf("measuring crawl: %v", err)
	}
	t.Logf("run length: full crawl %v, incremental %v", full.Round(time.Millisecond), incremental.Round(time.Millisecond))

	work := t.TempDir()
	cfg := writeConfig(t, work, portal, srv.URL)
	data := filepath.Join(work, "data")
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("GOVWATCH_KILL_SEED"); v != "" {
		// Replays the kill delays of a logged run.
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("GOVWATCH_KILL_SEED=%q: %v", v, err)
		}
		seed = n
	}
	t.Logf("seed %d (GOVWATCH_KILL_SEED replays it)", seed)
	rng := rand.New(rand.NewPCG(seed, 4))
	var runs, killed, midCommit int
	committed, incrementalPhase := false, false
	span := full
	// About six runs in ten are killed; under load runs vary in length and
	// more finish first, so up to three times as many runs may be needed.
	for i := 0; killed < kills && i < 3*kills; i++ {
		for range 1 + rng.IntN(3) {
			if _, err := portal.Revise(firstPage[rng.IntN(len(firstPage))]); err != nil {
				t.Fatal(err)
			}
		}
		if committed && !incrementalPhase {
			// From now on runs are incremental: start from the measured length.
			incrementalPhase, span = true, incremental
		}
		// Half the kills anywhere in the run, half around its end, where the commit
		// is; some land after it.
		lo, hi := 2*time.Millisecond, span*5/4
		if i%2 == 1 {
			lo = span * 4 / 5
		}
		delay := lo + time.Duration(rng.Int64N(int64(hi-lo)+1))
		p := startCrawl(t, bin, cfg)
		wasKilled, err := p.killAfter(delay)
		if err != nil {
			t.Fatalf("kill %d: crawl ended with %v\n%s", i, err, p.out.String())
		}
		state := leftovers(data)
		if strings.Contains(state, "MID-COMMIT") {
			midCommit++
		}
		outcome := "finished before the kill"
		if wasKilled {
			killed++
			outcome = "killed"
			if delay >= span {
				// Runs here take longer than thought (revisions to write, a killed
				// run to clean up): lengthen the span.
				span = span * 6 / 5
			}
		} else {
			committed = true
			span = time.Since(p.started)
		}
		if _, err := os.Stat(data); errors.Is(err, fs.ErrNotExist) && wasKilled && !committed {
			// A kill in the first milliseconds can land before the crawl
			// made its dataset: nothing was written, so nothing was lost.
			t.Logf("kill %2d at %6v: killed before the dataset existed", i, delay.Round(time.Millisecond))
			runs = i + 1
			continue
		}
		tb, err := readTables(t.Context(), data)
		if err != nil {
			t.Fatalf("kill %d at %v (%s; %s): dataset unreadable: %v", i, delay, outcome, state, err)
		}
		if len(tb.runs) > 0 {
			committed = true
		}
		t.Logf("kill %2d at %6v (span %v): %s; %s; rows: articles %d, people %d, violations %d, runs %d",
			i, delay.Round(time.Millisecond), span.Round(time.Millisecond), outcome, state, len(tb.articles), len(tb.people), len(tb.violations), len(tb.runs))
		for _, d := range tb.duplicates() {
			t.Errorf("kill %d: %s", i, d)
		}
		if bad := tb.integrity(); len(bad) > 0 && strings.Contains(state, "MID-COMMIT") {
			// A read-only reader does no recovery: until the next writer rolls the
			// run forward it sees only the files already renamed.
			t.Logf("kill %d: a read-only reader sees the half-committed run: %d mention rows without their article (%s)", i, len(bad), bad[0])
		}
		runs = i + 1
	}
	t.Logf("%d runs, %d killed, %d left a commit half-done", runs, killed, midCommit)
	if killed < kills {
		t.Errorf("only %d of %d runs were killed; the delays are too long", killed, runs)
	}

	// One crawl to completion finishes the work.
	if _, err := startCrawl(t, bin, cfg).wait(); err != nil {
		t.Fatalf("final crawl: %v", err)
	}
	tb := mustReadTables(t, data)
	checkIntegrity(t, tb)
	want := currentHashes(t, srv.URL, paths)
	byURL := tb.byURL()
	for u, hash := range want {
		var has bool
		for _, a := range byURL[u] {
			has = has || a.ContentHash == hash
		}
		if !has {
			t.Errorf("%s: the current version %.8s is not stored (%d versions are)", u, hash, len(byURL[u]))
		}
	}
	if len(byURL) != len(want) {
		t.Errorf("%d article URLs stored, the portal has %d", len(byURL), len(want))
	}
	t.Logf("after the final crawl: %d article versions of %d articles, %d people, %d violations, %d runs",
		len(tb.articles), len(want), len(tb.people), len(tb.violations), len(tb.runs))
}
