package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"govwatch/extract"
	"govwatch/internal/demoportal"
	"govwatch/pipeline/dataset"
)

// noDNS resolves nothing, without a query leaving the machine.
var noDNS = &net.Resolver{PreferGo: true, Dial: func(context.Context, string, string) (net.Conn, error) {
	return nil, errors.New("no DNS server in tests")
}}

// brokenSources are the broken sources of TestBrokenSourcesSayWhatHappened with the
// cause each must fail with.
var brokenSources = map[string]string{
	"refused":    extract.CauseRefused,  // a host refusing connections
	"unresolved": extract.CauseDNS,      // a host name that does not resolve
	"listing500": extract.CauseHTTP5xx,  // a listing answering 500
	"crawldelay": extract.CauseDeadline, // robots.txt asks for a day between requests
}

// brokenPortals writes a config with the demo portal's sources (the healthy portal)
// and the four broken ones, and returns it with the portal and its URL. A source may
// take max_source_duration (30 s): the Crawl-delay, capped at 60 s, leaves the slow
// source no request within it, so its pages fail at once.
func brokenPortals(t *testing.T) (cfgPath string, portal *demoportal.Portal, base string) {
	t.Helper()
	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(portal.Handler())
	t.Cleanup(srv.Close)
	slowPortal, err := demoportal.New(demoportal.Options{CrawlDelay: 86400 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	slow := httptest.NewServer(slowPortal.Handler())
	t.Cleanup(slow.Close)
	refused, err := demoportal.ClosedAddress()
	if err != nil {
		t.Fatal(err)
	}
	down := httptest.NewServer(demoportal.ListingDown())
	t.Cleanup(down.Close)

	cfg := demoConfig(portal, srv.URL)
	cfg = strings.Replace(cfg, "  concurrency: 8\n", "  concurrency: 8\n  retries: 1\n  backoff_base: 1ms\n  backoff_max: 2ms\n  max_source_duration: 30s\n", 1)
	extra := ""
	for _, s := range []struct{ id, url string }{
		{"refused", refused + "/News/List.aspx"},
		{"unresolved", "http://portal.govwatch-test.invalid/News/List.aspx"},
		{"listing500", down.URL + "/News/List.aspx"},
		{"crawldelay", slow.URL + slowPortal.Sites()[0].ListURL},
	} {
		extra += "  - id: " + s.id + "\n    start_urls: [\"" + s.url + "\"]\n    profile: iran_gov_cms\n"
	}
	cfg = strings.Replace(cfg, "\njobs:\n", extra+"\njobs:\n", 1)
	cfgPath = filepath.Join(t.TempDir(), "govwatch.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return cfgPath, portal, srv.URL
}

// execute runs govwatch as run does, with the resolver that sends no query.
func execute(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	a := &app{stdin: strings.NewReader(""), stdout: stdout, stderr: stderr, resolver: noDNS}
	return a.execute(ctx, append([]string{"--log-format", "json", "--log-level", "warn"}, args...))
}

// TestBrokenSourcesSayWhatHappened is the check of issue 11: one healthy portal
// beside one refusing connections, one not resolving, one whose listing answers 500
// and one with "Crawl-delay: 86400". From the command line, the healthy portal is
// stored in full and the run is partial with exit status 4; through the daemon's
// API, each broken source's cause, with an example URL and error, is on the
// operator page, in /api/runs/{id} and in the runs table, which also holds the
// trigger as it was and the config's hash.
func TestBrokenSourcesSayWhatHappened(t *testing.T) {
	cfg, portal, base := brokenPortals(t)

	var stdout, stderr bytes.Buffer
	err := execute(t.Context(), []string{"run", "crawl-all", "--config", cfg}, &stdout, &stderr)
	if code := exitCode(err, &stderr); code != exitPartial {
		t.Fatalf("run crawl-all: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitPartial, stdout.String(), stderr.String())
	}
	for id, cause := range brokenSources {
		if want := "source " + id + " failed (" + cause + ")"; !strings.Contains(stdout.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout.String())
		}
	}

	// `govwatch runs` names each broken source's cause with an example page.
	var runsOut bytes.Buffer
	if err := execute(t.Context(), []string{"runs", "--config", cfg}, &runsOut, &stderr); err != nil {
		t.Fatalf("runs: %v\n%s", err, stderr.String())
	}
	for id, cause := range brokenSources {
		if want := " " + id + ": "; !strings.Contains(runsOut.String(), want) || !strings.Contains(runsOut.String(), cause+", first ") {
			t.Errorf("runs lacks source %s with cause %s and its first page:\n%s", id, cause, runsOut.String())
		}
	}

	// The healthy portal is stored in full: every article once.
	dataDir := filepath.Join(filepath.Dir(cfg), "data")
	ds, err := dataset.Open(dataDir, dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]int{}
	if err := ds.ScanArticles(t.Context(), dataset.Filter{}, func(r dataset.ArticleRow) error {
		stored[r.URL]++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, a := range portal.Articles() {
		u, err := extract.Canonical(base + a.Path)
		if err != nil {
			t.Fatal(err)
		}
		if stored[u] != 1 {
			t.Errorf("article %s stored %d times, want once", u, stored[u])
		}
	}
	if len(stored) != len(portal.Articles()) {
		t.Errorf("%d articles stored, the healthy portal has %d", len(stored), len(portal.Articles()))
	}

	// The daemon: a run through the API, as an operator would start it.
	api, runID, serveErr, stop := serveAndRun(t, cfg, "crawl-all")
	type failure struct {
		Source string `json:"source_id"`
		Cause  string `json:"cause"`
		Count  int    `json:"count"`
		URL    string `json:"url"`
		Error  string `json:"error"`
	}
	var info struct {
		Status        string    `json:"status"`
		Trigger       string    `json:"trigger"`
		Error         string    `json:"error"`
		FailedSources []failure `json:"failed_sources"`
	}
	waitFor(t, func() bool {
		resp, err := http.Get(api + "/api/runs/" + runID)
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		json.NewDecoder(resp.Body).Decode(&info)
		return info.Status != "queued" && info.Status != "running"
	})
	if info.Status != "partial" || info.Trigger != "api" {
		t.Fatalf("API run: %+v, want partial, trigger api\n%s", info, serveErr.String())
	}
	bySource := map[string]failure{}
	for _, f := range info.FailedSources {
		bySource[f.Source] = f
	}
	for id, cause := range brokenSources {
		f, ok := bySource[id]
		if !ok || f.Cause != cause || f.Count < 1 || f.URL == "" || f.Error == "" {
			t.Errorf("/api/runs/%s: source %s = %+v (found %v), want cause %s with an example URL and error", runID, id, f, ok, cause)
		}
	}
	if len(bySource) != len(brokenSources) {
		t.Errorf("/api/runs/%s names %d failed sources, want the %d broken ones: %+v", runID, len(bySource), len(brokenSources), info.FailedSources)
	}

	resp, err := http.Get(api + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for id, cause := range brokenSources {
		f := bySource[id]
		want := `data-source="` + id + `" data-cause="` + cause + `"`
		if !bytes.Contains(page, []byte(want)) || !bytes.Contains(page, []byte(html.EscapeString(f.URL))) {
			t.Errorf("operator page does not show source %s failing with %s at %s", id, cause, f.URL)
		}
	}

	if err := stop(); err != nil {
		t.Errorf("serve: %v", err)
	}

	// The runs table says the same, for both runs.
	ds, err = dataset.Open(dataDir, dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var rows []dataset.RunRow
	if err := ds.ScanRuns(t.Context(), dataset.Filter{}, func(r dataset.RunRow) error {
		rows = append(rows, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	triggers := map[string]bool{}
	for _, r := range rows {
		triggers[r.Trigger] = true
		if r.Status != "partial" || r.ConfigHash == "" {
			t.Errorf("runs row %s: status %s, config_hash %q; want partial with a hash", r.RunID, r.Status, r.ConfigHash)
		}
		got := map[string]string{}
		for _, f := range r.FailuresBySource {
			got[f.SourceID] = f.Cause
			if f.URL == "" || f.Error == "" {
				t.Errorf("runs row %s: %+v lacks its example", r.RunID, f)
			}
		}
		for id, cause := range brokenSources {
			if got[id] != cause {
				t.Errorf("runs row %s: failures_by_source[%s] = %q, want %s", r.RunID, id, got[id], cause)
			}
		}
	}
	if len(rows) != 2 || !triggers["cli"] || !triggers["api"] {
		t.Errorf("runs table: %d rows with triggers %v, want the cli run and the api run", len(rows), triggers)
	}
}
