//go:build cgo

package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/google/go-cmp/cmp"

	"govwatch/internal/demoportal"
	"govwatch/internal/pgtest"
	"govwatch/internal/s3test"
	"govwatch/schedules"
)

// gate holds the first article request it sees until it is opened, and says
// when that request arrived: a worker blocked in it is mid-crawl.
type gate struct {
	once    sync.Once
	arrived chan struct{}
	open    chan struct{}
}

func (g *gate) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.RawQuery, "Code=") || strings.Contains(r.URL.Path, "ShowNews") {
			first := false
			g.once.Do(func() { first = true })
			if first {
				close(g.arrived)
				select {
				case <-g.open:
				case <-r.Context().Done():
					return
				}
			}
		}
		h.ServeHTTP(w, r)
	})
}

// httpGet returns the body of a 200 answer to GET url, or "".
func httpGet(url string) string {
	res, err := http.Get(url)
	if err != nil {
		return ""
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		return ""
	}
	return string(b)
}

// startWorker starts `govwatch worker` as a process of its own (this test binary
// acting as govwatch) and returns it; its log goes to the test log.
func startWorker(t *testing.T, cfg, name string, env []string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "worker", "--config", cfg, "--name", name, "--log-format", "json", "--log-level", "warn")
	cmd.Env = append(append(os.Environ(), "GOVWATCH_AS_MAIN=1"), env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			t.Logf("%s: %s", name, sc.Text())
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd
}

// TestWorkersKilled is the acceptance test of the shared queue: the demo portal is
// crawled by three `govwatch worker` processes into an s3:// dataset on versitygw,
// one worker is killed with SIGKILL in the middle of a crawl, and the job it held
// is retried by another worker with no partial commit. DuckDB, reading versitygw's
// backing directory, then finds every article version once and the same rows as a
// single-process crawl of the same portal into a local directory; the runs table
// names the worker of every run; enqueueing the job again adds no rows.
func TestWorkersKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts PostgreSQL, versitygw and three workers")
	}
	dbURL := pgtest.Start(t)
	srv := s3test.Start(t, "govwatch")

	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := &gate{arrived: make(chan struct{}), open: make(chan struct{})}
	web := httptest.NewServer(g.wrap(portal.Handler()))
	defer web.Close()
	defer func() {
		select {
		case <-g.open:
		default:
			close(g.open)
		}
	}()

	dir := t.TempDir()
	base := demoConfig(portal, web.URL)
	location := srv.Location("govwatch", "team/data")
	shared := strings.Replace(base, "data_dir: data\n", fmt.Sprintf("data_dir: %q\ndatabase_url: %q\nqueue:\n  rescue_after: 10s\n  max_attempts: 5\n", location, dbURL), 1)
	shared = strings.Replace(shared, "report_dir: reports\n", fmt.Sprintf("report_dir: %q\n", srv.Location("govwatch", "team/reports")), 1)
	cfgShared := filepath.Join(dir, "shared.yaml")
	if err := os.WriteFile(cfgShared, []byte(shared), 0o644); err != nil {
		t.Fatal(err)
	}
	cfgLocal := filepath.Join(dir, "local.yaml")
	if err := os.WriteFile(cfgLocal, []byte(base), 0o644); err != nil {
		t.Fatal(err)
	}
	env := srv.Env()

	if out, errOut, code := govwatch(t, "run", "crawl-all", "--queue", "--config", cfgShared); code != 0 || !strings.Contains(out, "6 runs enqueued") {
		t.Fatalf("run --queue: exit %d\n%s%s", code, out, errOut)
	}
	// Enqueued twice for the same second or not, a run is one job.
	w1 := startWorker(t, cfgShared, "w1", env)
	select {
	case <-g.arrived:
	case <-time.After(2 * time.Minute):
		t.Fatal("no worker reached an article page")
	}
	startWorker(t, cfgShared, "w2", env)
	startWorker(t, cfgShared, "w3", env)
	// w1 holds the lock and is in the middle of a crawl: kill it there.
	if err := w1.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	w1.Wait()
	close(g.open)

	q, err := schedules.OpenQueue(t.Context(), dbURL, location, schedules.QueueConfig{}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	waitQueue := func(want int) []schedules.QueuedRun {
		t.Helper()
		deadline := time.Now().Add(4 * time.Minute)
		for {
			runs, err := q.Recent(t.Context(), 100)
			if err != nil {
				t.Fatal(err)
			}
			done := 0
			for _, r := range runs {
				if r.State == "completed" {
					done++
				}
			}
			if done == want && len(runs) == want {
				return runs
			}
			if time.Now().After(deadline) {
				t.Fatalf("queue not done: %+v", runs)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	runs := waitQueue(6)
	retried := 0
	for _, r := range runs {
		if len(r.Workers) > 1 {
			retried++
			if r.Workers[0] != "w1" || r.Workers[len(r.Workers)-1] == "w1" {
				t.Errorf("retried job %d attempted by %v; want w1 first, another worker last", r.ID, r.Workers)
			}
		}
	}
	if retried != 1 {
		t.Errorf("%d jobs retried after the kill, want 1: %+v", retried, runs)
	}

	// The same portal crawled by one process into a local directory.
	if out, errOut, code := govwatch(t, "crawl", "--config", cfgLocal); code != 0 {
		t.Fatalf("local crawl: exit %d\n%s%s", code, out, errOut)
	}

	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	backing := filepath.Join(srv.Backing, "govwatch", "team", "data")
	rows := func(q string) []string {
		t.Helper()
		rs, err := db.QueryContext(t.Context(), q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rs.Close()
		var out []string
		for rs.Next() {
			var s sql.NullString
			if err := rs.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s.String)
		}
		return out
	}
	scan := func(dir, table string) string {
		return "read_parquet('" + filepath.Join(dir, table, "*", "*.parquet") + "', hive_partitioning = true)"
	}
	compare := func() {
		t.Helper()
		for _, c := range []struct{ table, key string }{
			{"articles", "article_id || ' ' || content_hash"},
			{"people", "article_id || ' ' || content_hash || ' ' || start || ' ' || name"},
			{"violations", "violation_id || ' ' || content_hash"},
		} {
			want := rows("SELECT " + c.key + " FROM " + scan(filepath.Join(dir, "data"), c.table) + " ORDER BY 1")
			got := rows("SELECT " + c.key + " FROM " + scan(backing, c.table) + " ORDER BY 1")
			if len(want) == 0 {
				t.Fatalf("%s: the local crawl stored nothing", c.table)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: the workers' s3:// dataset differs from a local crawl (-local +workers):\n%s", c.table, diff)
			}
		}
	}
	compare()
	workers := rows("SELECT DISTINCT coalesce(worker, 'NULL') FROM " + scan(backing, "runs") + " ORDER BY 1")
	if diff := cmp.Diff([]string{"w2", "w3"}, workers); diff != "" && !cmp.Equal(workers, []string{"w2"}) && !cmp.Equal(workers, []string{"w3"}) {
		t.Errorf("workers in the runs table: %v; want only w2 and w3 (w1 was killed before it committed)", workers)
	}
	if n := rows("SELECT count(*)::VARCHAR FROM " + scan(backing, "runs")); n[0] != "6" {
		t.Errorf("%s runs rows, want 6 (one per source; the killed attempt committed nothing)", n[0])
	}
	if left, _ := filepath.Glob(filepath.Join(backing, "_staging", "*")); len(left) != 0 {
		t.Errorf("staged objects left: %v", left)
	}

	if infos, err := (runHistory{dataDir: location}).Recent(t.Context(), 50); err != nil || len(infos) == 0 {
		t.Errorf("run history of the s3:// dataset: %d runs, %v", len(infos), err)
	}
	// serve with the queue: its page and API show which worker ran each run.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	serve := exec.Command(os.Args[0], "serve", "--config", cfgShared, "--listen", addr, "--log-format", "json", "--log-level", "warn")
	serve.Env = append(append(os.Environ(), "GOVWATCH_AS_MAIN=1"), env...)
	var serveLog bytes.Buffer
	serve.Stdout, serve.Stderr = &serveLog, &serveLog
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		serve.Process.Kill()
		serve.Wait()
		if t.Failed() {
			t.Logf("serve:\n%s", serveLog.String())
		}
	}()
	var page, api string
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		page, api = httpGet("http://"+addr+"/"), httpGet("http://"+addr+"/api/runs")
		if page != "" && api != "" {
			break
		}
	}
	var apiRuns []struct {
		Worker string `json:"worker"`
	}
	if err := json.Unmarshal([]byte(api), &apiRuns); err != nil {
		t.Fatalf("/api/runs: %v\n%.500s", err, api)
	}
	onAPI := map[string]bool{}
	for _, r := range apiRuns {
		onAPI[r.Worker] = true
	}
	for _, w := range workers {
		if !onAPI[w] || !strings.Contains(page, `data-worker="`+w+`"`) {
			t.Errorf("worker %s not on the operator page or in /api/runs (%d runs)", w, len(apiRuns))
		}
	}

	// A new tick of the same job: every source runs again and adds nothing.
	time.Sleep(1100 * time.Millisecond) // a tick is identified to the second
	if out, errOut, code := govwatch(t, "run", "crawl-all", "--queue", "--config", cfgShared); code != 0 {
		t.Fatalf("run --queue again: exit %d\n%s%s", code, out, errOut)
	}
	waitQueue(12)
	compare()
	if added := rows("SELECT sum(rows_articles)::VARCHAR FROM " + scan(backing, "runs") + " WHERE run_id IN (SELECT run_id FROM " + scan(backing, "runs") + " ORDER BY started_at DESC LIMIT 6)"); added[0] != "0" {
		t.Errorf("the second round added %s article rows, want 0", added[0])
	}
}
