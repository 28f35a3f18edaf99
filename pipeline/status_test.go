package pipeline_test

import (
	"context"
	"errors"
	"net"
	"net/http/httptest"
	"strings"
	"testing"

	"govwatch/extract"
	"govwatch/internal/demoportal"
	"govwatch/pipeline"
)

// TestCrawlBrokenSources crawls one healthy portal beside three broken ones: a host
// refusing connections (a closed listener's address), a host that does not resolve
// (the reserved .invalid TLD, asked of a resolver that sends no query) and a portal whose listing answers 500. The healthy
// source is stored in full; the run is partial with ErrPartial; each broken source is
// failed with its cause, and the runs row names each one with its cause and counts
// the causes.
func TestCrawlBrokenSources(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{})
	refused, err := demoportal.ClosedAddress()
	if err != nil {
		t.Fatal(err)
	}
	down := httptest.NewServer(demoportal.ListingDown())
	t.Cleanup(down.Close)

	srcs := append(portalSources(portal, srv.URL, "kavar"),
		extract.Source{ID: "refused", StartURLs: []string{refused + "/News/List.aspx"}, Profile: "iran_gov_cms"},
		extract.Source{ID: "unresolved", StartURLs: []string{"http://portal.govwatch-test.invalid/News/List.aspx"}, Profile: "iran_gov_cms"},
		extract.Source{ID: "listing500", StartURLs: []string{down.URL + "/News/List.aspx"}, Profile: "iran_gov_cms"},
	)
	dir := t.TempDir()
	opts := runOptions(t, dir, srcs)
	opts.Logger = nil // each broken source logs warnings; the records are what is checked
	// Host names fail to resolve without a query leaving the machine.
	opts.Crawl.Resolver = &net.Resolver{PreferGo: true, Dial: func(context.Context, string, string) (net.Conn, error) {
		return nil, errors.New("no DNS server in tests")
	}}

	sum, err := pipeline.Crawl(t.Context(), opts)
	if !errors.Is(err, pipeline.ErrPartial) || sum.Status != pipeline.StatusPartial {
		t.Fatalf("Crawl = %s, %v; want partial wrapping ErrPartial", sum.Status, err)
	}
	wantCause := map[string]string{
		"kavar":      "",
		"refused":    extract.CauseRefused,
		"unresolved": extract.CauseDNS,
		"listing500": extract.CauseHTTP5xx,
	}
	for _, s := range sum.Sources {
		want := wantCause[s.ID]
		if s.SourceFailed != (want != "") {
			t.Errorf("source %s failed = %v, want %v", s.ID, s.SourceFailed, want != "")
		}
		if want == "" {
			if s.Example != nil || len(s.Failed) != 0 {
				t.Errorf("healthy source %s has failures %v", s.ID, s.Failed)
			}
			continue
		}
		if s.Example == nil || s.Example.Cause != want || s.Failed[want] == 0 {
			t.Errorf("source %s: example %+v, failures %v; want cause %s", s.ID, s.Example, s.Failed, want)
		}
	}
	// robots.txt of the dead hosts could not be had: a failure that says so.
	for _, s := range sum.Sources {
		if (s.ID == "refused" || s.ID == "unresolved") && (s.Example == nil || !errors.Is(s.Example.Err, extract.ErrRobotsUnavailable)) {
			t.Errorf("source %s: example %+v does not say robots.txt was unavailable", s.ID, s.Example)
		}
	}

	tb := mustReadTables(t, dir)
	checkIntegrity(t, tb)
	byURL := tb.byURL()
	want := articleURLs(t, portal, srv.URL, "kavar")
	for _, u := range want {
		if len(byURL[u]) != 1 {
			t.Errorf("healthy article %s stored %d times, want once", u, len(byURL[u]))
		}
	}
	if len(tb.articles) != len(want) {
		t.Errorf("articles table has %d rows, the healthy source %d articles", len(tb.articles), len(want))
	}
	run, ok := tb.run(sum.RunID)
	if !ok {
		t.Fatalf("run %s not in the runs table", sum.RunID)
	}
	if run.Status != pipeline.StatusPartial {
		t.Errorf("runs row status %s, want partial", run.Status)
	}
	for id, cause := range wantCause {
		if cause == "" {
			if strings.Contains(run.Error, id) {
				t.Errorf("runs row error names the healthy source %s: %s", id, run.Error)
			}
			continue
		}
		if !strings.Contains(run.Error, id+" ("+cause+")") {
			t.Errorf("runs row error does not name %s with cause %s: %s", id, cause, run.Error)
		}
	}
	causes := map[string]int64{}
	for _, c := range run.FailuresByCause {
		causes[c.Cause] = c.Count
	}
	for _, cause := range []string{extract.CauseRefused, extract.CauseDNS, extract.CauseHTTP5xx} {
		if causes[cause] != 1 {
			t.Errorf("runs row failures_by_cause[%s] = %d, want 1 (%v)", cause, causes[cause], run.FailuresByCause)
		}
	}
}

// TestCrawlNothingFetched crawls only a dead source: the run is failed, not partial,
// and recorded so.
func TestCrawlNothingFetched(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := "http://" + ln.Addr().String()
	ln.Close()
	dir := t.TempDir()
	opts := runOptions(t, dir, []extract.Source{{ID: "refused", StartURLs: []string{refused + "/News/List.aspx"}, Profile: "iran_gov_cms"}})
	opts.Logger = nil
	sum, err := pipeline.Crawl(t.Context(), opts)
	if !errors.Is(err, pipeline.ErrNothingSucceeded) || errors.Is(err, pipeline.ErrPartial) || sum.Status != pipeline.StatusFailed {
		t.Fatalf("Crawl = %s, %v; want failed wrapping ErrNothingSucceeded", sum.Status, err)
	}
	tb := mustReadTables(t, dir)
	if r, ok := tb.run(sum.RunID); !ok || r.Status != pipeline.StatusFailed || !strings.Contains(r.Error, "refused (refused)") {
		t.Errorf("runs row = %+v (found %v), want failed naming the source and its cause", r, ok)
	}
}
