package pipeline_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/extract"
	"govwatch/internal/demoportal"
	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
)

// knownDates are registration dates printed by the hand-written articles, converted
// to Gregorian by hand (1 Farvardin 1397 = 2018-03-21; months 1–6 have 31 days,
// 7–11 have 30).
var knownDates = map[string]string{
	"1397/5/24":  "2018-08-15",
	"1397/7/4":   "2018-09-26",
	"1397/8/15":  "2018-11-06",
	"1397/9/27":  "2018-12-18",
	"1397/10/6":  "2018-12-27",
	"1397/8/23":  "2018-11-14",
	"1397/5/16":  "2018-08-07",
	"1397/6/21":  "2018-09-12",
	"1397/7/30":  "2018-10-22",
	"1397/8/30":  "2018-11-21",
	"1397/9/3":   "2018-11-24",
	"1397/12/29": "2019-03-20",
}

// TestCrawlIncremental crawls the hand-written demo portal, then crawls it again
// unchanged, after a revision, and after losing the crawl state, checking after
// each run what the dataset holds and what the run wrote.
func TestCrawlIncremental(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{})
	srcs := portalSources(portal, srv.URL)
	dir := t.TempDir()
	opts := runOptions(t, dir, srcs)
	infos := portal.Articles()
	sites := map[string]demoportal.Site{}
	for _, s := range portal.Sites() {
		sites[s.Slug] = s
	}

	var first tables
	if !t.Run("first", func(t *testing.T) {
		sum, err := pipeline.Crawl(t.Context(), opts)
		if err != nil {
			t.Fatalf("Crawl: %v", err)
		}
		tb := mustReadTables(t, dir)
		first = tb
		checkIntegrity(t, tb)
		t.Logf("first crawl: %d requests, rows articles %d, people %d, violations %d",
			sum.Requests, sum.RowsArticles, sum.RowsPeople, sum.RowsViolations)

		// Every article once, with its source's place.
		byURL := tb.byURL()
		if len(tb.articles) != len(infos) {
			t.Errorf("articles table has %d rows, the portal %d articles", len(tb.articles), len(infos))
		}
		datesChecked := map[string]bool{}
		for _, info := range infos {
			u := canonical(t, srv.URL+info.Path)
			rows := byURL[u]
			if len(rows) != 1 {
				t.Errorf("%s: %d rows, want 1", u, len(rows))
				continue
			}
			a, site := rows[0], sites[info.Site]
			if a.SourceID != info.Site || a.Province != site.Province || a.County != site.County {
				t.Errorf("%s: source/province/county = %q/%q/%q, want %q/%q/%q",
					u, a.SourceID, a.Province, a.County, info.Site, site.Province, site.County)
			}
			if a.Body == "" || a.Title == "" || a.ContentHash == "" || a.RunID != sum.RunID {
				t.Errorf("%s: empty body/title/hash or run %q: %+v", u, a.RunID, a)
			}
			if got, want := jalaliKey(a.RegisteredJalali), jalaliKey(info.Registered); got != want {
				t.Errorf("%s: registered_jalali %q, printed %q", u, a.RegisteredJalali, info.Registered)
			}
			if a.RegisteredDate.IsZero() {
				t.Errorf("%s: registration date %q not parsed", u, info.Registered)
			} else if a.RegisteredMonth != a.RegisteredDate.Format("2006-01") {
				t.Errorf("%s: partition %s, date %s", u, a.RegisteredMonth, a.RegisteredDate.Format(time.DateOnly))
			}
			if want, ok := knownDates[jalaliKey(info.Registered)]; ok {
				datesChecked[jalaliKey(info.Registered)] = true
				if got := a.RegisteredDate.Format(time.DateOnly); got != want {
					t.Errorf("%s: printed %s parsed as %s, want %s", u, info.Registered, got, want)
				}
			}
		}
		if len(datesChecked) < 5 {
			t.Errorf("only %d hand-converted dates found among the articles: %v", len(datesChecked), datesChecked)
		}
		if len(tb.people) == 0 || len(tb.violations) == 0 {
			t.Errorf("people %d, violations %d rows: the extractors found nothing", len(tb.people), len(tb.violations))
		}

		// The summary, the tables and the runs row agree.
		tot := sum.Totals()
		if sum.Status != pipeline.StatusSucceeded || sum.Err != nil {
			t.Errorf("status %s, err %v", sum.Status, sum.Err)
		}
		if sum.RowsArticles != len(tb.articles) || sum.RowsPeople != len(tb.people) || sum.RowsViolations != len(tb.violations) {
			t.Errorf("summary rows %d/%d/%d, tables %d/%d/%d", sum.RowsArticles, sum.RowsPeople, sum.RowsViolations,
				len(tb.articles), len(tb.people), len(tb.violations))
		}
		if tot.New != len(infos) || tot.Articles != len(infos) || tot.Fetched != len(infos) || tot.Changed != 0 || len(tot.Failed) != 0 {
			t.Errorf("totals = %+v, want %d new articles and no failures", tot, len(infos))
		}
		if len(tb.runs) != 1 {
			t.Fatalf("runs table has %d rows, want 1", len(tb.runs))
		}
		want := dataset.RunRow{
			RunID: sum.RunID, Job: "crawl-test", Trigger: "manual", Status: pipeline.StatusSucceeded,
			PagesFetched: int64(tot.Fetched), ArticlesNew: int64(len(infos)),
			RowsArticles: int64(len(tb.articles)), RowsPeople: int64(len(tb.people)), RowsViolations: int64(len(tb.violations)),
			ExtractorVersion: sum.ExtractorVersion,
		}
		got := tb.runs[0]
		got.StartedAt, got.FinishedAt, got.StartedMonth = time.Time{}, time.Time{}, ""
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("runs row (-want +got):\n%s", diff)
		}
	}) {
		return
	}

	t.Run("unchanged", func(t *testing.T) {
		before := portal.Stats()
		sum, err := pipeline.Crawl(t.Context(), opts)
		if err != nil {
			t.Fatalf("Crawl: %v", err)
		}
		after := portal.Stats()
		requests := after.Requests - before.Requests
		conditional := after.Conditional - before.Conditional
		notModified := after.NotModified - before.NotModified
		t.Logf("second crawl: %d requests, %d conditional, %d not modified", requests, conditional, notModified)
		if sum.RowsArticles != 0 || sum.RowsPeople != 0 || sum.RowsViolations != 0 {
			t.Errorf("second crawl wrote rows %d/%d/%d, want none", sum.RowsArticles, sum.RowsPeople, sum.RowsViolations)
		}
		if notModified == 0 || 2*conditional <= requests || notModified != conditional {
			t.Errorf("%d requests, %d conditional, %d answered 304: want most requests conditional and all of those 304", requests, conditional, notModified)
		}
		if got := sum.Totals().NotModified; int64(got) != notModified {
			t.Errorf("summary counts %d not modified, the portal sent %d", got, notModified)
		}
		tb := mustReadTables(t, dir)
		checkIntegrity(t, tb)
		if diff := cmp.Diff(first.articles, tb.articles); diff != "" {
			t.Errorf("articles changed (-first +now):\n%s", diff)
		}
		if len(tb.runs) != 2 {
			t.Errorf("runs table has %d rows, want 2", len(tb.runs))
		}
		if r, ok := tb.run(sum.RunID); !ok || r.Status != pipeline.StatusSucceeded || r.RowsArticles != 0 || r.PagesNotModified != notModified {
			t.Errorf("runs row of the second crawl = %+v (found %v)", r, ok)
		}
	})

	t.Run("revised", func(t *testing.T) {
		// The newest article of a site is on its first listing page, which every
		// incremental crawl reads.
		info := infos[0]
		u := canonical(t, srv.URL+info.Path)
		if _, err := portal.Revise(info.Path); err != nil {
			t.Fatal(err)
		}
		before := mustReadTables(t, dir)
		sum, err := pipeline.Crawl(t.Context(), opts)
		if err != nil {
			t.Fatalf("Crawl: %v", err)
		}
		tb := mustReadTables(t, dir)
		checkIntegrity(t, tb)
		if sum.RowsArticles != 1 || len(tb.articles) != len(before.articles)+1 {
			t.Fatalf("revision wrote %d article rows (table %d → %d), want 1", sum.RowsArticles, len(before.articles), len(tb.articles))
		}
		if tot := sum.Totals(); tot.Changed != 1 || tot.New != 0 {
			t.Errorf("totals = %+v, want one changed article", tot)
		}
		rows := tb.byURL()[u]
		if len(rows) != 2 || rows[0].ContentHash == rows[1].ContentHash {
			t.Fatalf("%s has %d rows, want 2 versions with different hashes", u, len(rows))
		}
		var newest dataset.ArticleRow
		for _, r := range rows {
			if r.RunID == sum.RunID {
				newest = r
			}
		}
		if newest.ContentHash == "" {
			t.Fatalf("no row of %s written by run %s", u, sum.RunID)
		}
		var people, viols int
		for _, p := range tb.people {
			if p.RunID == sum.RunID {
				people++
				if p.ArticleID != newest.ArticleID || p.ContentHash != newest.ContentHash {
					t.Errorf("people row of run %s belongs to %s %.8s", sum.RunID, p.ArticleID, p.ContentHash)
				}
			}
		}
		for _, v := range tb.violations {
			if v.RunID == sum.RunID {
				viols++
				if v.ArticleID != newest.ArticleID || v.ContentHash != newest.ContentHash {
					t.Errorf("violations row of run %s belongs to %s %.8s", sum.RunID, v.ArticleID, v.ContentHash)
				}
			}
		}
		if people != sum.RowsPeople || viols != sum.RowsViolations || len(tb.people) != len(before.people)+people || len(tb.violations) != len(before.violations)+viols {
			t.Errorf("run wrote people %d (table +%d), violations %d (table +%d); summary %d/%d", people,
				len(tb.people)-len(before.people), viols, len(tb.violations)-len(before.violations), sum.RowsPeople, sum.RowsViolations)
		}
		if people == 0 && viols == 0 {
			t.Errorf("the revised article %s has no people or violations rows", u)
		}
	})

	t.Run("lost state", func(t *testing.T) {
		if _, err := os.Stat(filepath.Join(dir, "_state")); err != nil {
			t.Fatalf("no crawl state after three runs: %v", err)
		}
		if err := os.RemoveAll(filepath.Join(dir, "_state")); err != nil {
			t.Fatal(err)
		}
		before := mustReadTables(t, dir)
		sum, err := pipeline.Crawl(t.Context(), opts)
		if err != nil {
			t.Fatalf("Crawl: %v", err)
		}
		tb := mustReadTables(t, dir)
		checkIntegrity(t, tb)
		tot := sum.Totals()
		t.Logf("crawl without state: %d requests, %d fetched, %d not modified, %d unchanged", sum.Requests, tot.Fetched, tot.NotModified, tot.Unchanged)
		if sum.RowsArticles != 0 || len(tb.articles) != len(before.articles) {
			t.Errorf("crawl without state wrote %d article rows (table %d → %d), want none", sum.RowsArticles, len(before.articles), len(tb.articles))
		}
		if tot.Unchanged == 0 || tot.New != 0 || tot.Changed != 0 {
			t.Errorf("totals = %+v, want full GETs of unchanged articles only", tot)
		}
		if _, err := os.Stat(filepath.Join(dir, "_state")); err != nil {
			t.Errorf("crawl state not rebuilt: %v", err)
		}
		if len(tb.runs) != 4 {
			t.Errorf("runs table has %d rows, want 4", len(tb.runs))
		}
	})
}

// TestCrawlFailures crawls a good site and the portal's fault listing: failures are
// counted by cause in the summary and in the runs row, the good pages are written and
// the run succeeds.
func TestCrawlFailures(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{SlowDelay: 10 * time.Second})
	dir := t.TempDir()
	srcs := append(portalSources(portal, srv.URL, "kavar"),
		extract.Source{ID: "faults", StartURLs: []string{srv.URL + "/faults/News/List.aspx"}, Profile: "iran_gov_cms"})
	opts := runOptions(t, dir, srcs)
	opts.Crawl.Timeout = 500 * time.Millisecond
	opts.Logger = nil // every fault logs a warning; the counts are what is checked

	sum, err := pipeline.Crawl(t.Context(), opts)
	if !errors.Is(err, pipeline.ErrPartial) {
		t.Fatalf("Crawl: %v, want ErrPartial", err)
	}
	if sum.Status != pipeline.StatusPartial {
		t.Errorf("status %s, want %s", sum.Status, pipeline.StatusPartial)
	}
	var faults pipeline.SourceSummary
	for _, s := range sum.Sources {
		if s.ID == "faults" {
			faults = s
		}
	}
	t.Logf("fault source: %+v", faults)
	for _, cause := range []string{
		extract.CauseTimeout, extract.CauseReset, extract.CauseTruncated, extract.CauseDecompressionBomb,
		extract.CauseTooLarge, extract.CauseRedirectLoop, extract.CauseOffhostRedirect,
	} {
		if faults.Failed[cause] != 1 {
			t.Errorf("failures with cause %s: %d, want 1", cause, faults.Failed[cause])
		}
	}
	if faults.Skipped != 1 {
		t.Errorf("skipped %d pages, want 1 (robots.txt)", faults.Skipped)
	}
	// The status and rate-limit pages recover after retries and are stored.
	tb := mustReadTables(t, dir)
	checkIntegrity(t, tb)
	byURL := tb.byURL()
	for _, path := range []string{"/faults/status?key=listing&fail=2", "/faults/ratelimit?key=listing&fail=1&retry=1"} {
		if len(byURL[canonical(t, srv.URL+path)]) != 1 {
			t.Errorf("recovered page %s not stored once", path)
		}
	}
	for _, u := range articleURLs(t, portal, srv.URL, "kavar") {
		if len(byURL[u]) != 1 {
			t.Errorf("good article %s not stored once", u)
		}
	}
	if len(tb.runs) != 1 {
		t.Fatalf("runs table has %d rows, want 1", len(tb.runs))
	}
	run := tb.runs[0]
	var want []dataset.CauseCount
	var failed int64
	for cause, n := range sum.Totals().Failed {
		want = append(want, dataset.CauseCount{Cause: cause, Count: int64(n)})
		failed += int64(n)
	}
	slices.SortFunc(want, func(a, b dataset.CauseCount) int { return strings.Compare(a.Cause, b.Cause) })
	if diff := cmp.Diff(want, run.FailuresByCause); diff != "" {
		t.Errorf("runs row failures_by_cause (-summary +row):\n%s", diff)
	}
	if run.PagesFailed != failed || run.Status != pipeline.StatusPartial || run.Error != err.Error() || run.RowsArticles != int64(len(tb.articles)) {
		t.Errorf("runs row = %+v, want %d failed pages", run, failed)
	}
	if len(sum.Failures) != int(failed) {
		t.Errorf("summary keeps %d failures, counted %d", len(sum.Failures), failed)
	}
	for _, f := range sum.Failures {
		if f.URL == "" || f.Cause == "" || f.Err == nil || (f.Stage != "fetch" && f.Stage != "parse") {
			t.Errorf("failure without URL, cause, error or stage: %+v", f)
		}
	}
}

// TestCrawlInterrupted cancels a crawl from its Progress callback: the run is
// recorded as interrupted, what it wrote is committed and readable, and the next
// crawl completes the work without duplicates.
func TestCrawlInterrupted(t *testing.T) {
	tests := []struct {
		name      string
		opts      demoportal.Options
		stopAfter int
	}{
		{"hand-written", demoportal.Options{}, 20},
		{"generated", demoportal.Options{Generate: 120, Seed: 3, GeneratedOnly: true}, 15},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			portal, srv := startPortal(t, tt.opts)
			dir := t.TempDir()
			opts := runOptions(t, dir, portalSources(portal, srv.URL))
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			opts.Progress = func(p pipeline.Progress) {
				if p.Pages == tt.stopAfter {
					cancel()
				}
			}
			sum, err := pipeline.Crawl(ctx, opts)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Crawl error = %v, want context.Canceled", err)
			}
			if sum.Status != pipeline.StatusInterrupted {
				t.Errorf("status %s, want %s", sum.Status, pipeline.StatusInterrupted)
			}
			tb := mustReadTables(t, dir)
			checkIntegrity(t, tb)
			t.Logf("interrupted after %d pages: %d article rows committed", tt.stopAfter, len(tb.articles))
			if len(tb.articles) == 0 || len(tb.articles) != sum.RowsArticles {
				t.Errorf("interrupted run wrote %d article rows, table has %d", sum.RowsArticles, len(tb.articles))
			}
			if r, ok := tb.run(sum.RunID); !ok || r.Status != pipeline.StatusInterrupted || r.Error == "" {
				t.Errorf("runs row = %+v (found %v), want status interrupted with its error", r, ok)
			}

			opts.Progress = nil
			sum2, err := pipeline.Crawl(t.Context(), opts)
			if err != nil {
				t.Fatalf("second Crawl: %v", err)
			}
			tb = mustReadTables(t, dir)
			checkIntegrity(t, tb)
			want := wantURLs(t, portal, srv.URL, tt.opts)
			got := map[string]int{}
			for _, a := range tb.articles {
				got[a.URL]++
			}
			missing := 0
			for _, u := range want {
				if got[u] != 1 {
					missing++
					if missing <= 5 {
						t.Errorf("%s stored %d times, want once", u, got[u])
					}
				}
			}
			if missing > 0 || len(tb.articles) != len(want) {
				t.Errorf("after the follow-up crawl (%d new rows): %d articles stored, portal has %d, %d not stored once",
					sum2.RowsArticles, len(tb.articles), len(want), missing)
			}
		})
	}
}

// wantURLs lists the canonical URLs of every article of a portal built with opts.
func wantURLs(t testing.TB, p *demoportal.Portal, base string, opts demoportal.Options) []string {
	var out []string
	if !opts.GeneratedOnly {
		out = articleURLs(t, p, base)
	}
	for code := 1; code <= opts.Generate; code++ {
		out = append(out, canonical(t, genURL(base, code)))
	}
	return out
}

// genURL is the URL of generated article code.
func genURL(base string, code int) string {
	return base + "/gen/News/ShowNews.aspx?Code=" + strconv.Itoa(code)
}

// TestCrawlListingFailureHeals fails the second listing page of a site once: the run
// is partial, with the source failed, without the articles only that page links to, and the next crawl, although
// every article on the first page is known, reads on and stores them.
func TestCrawlListingFailureHeals(t *testing.T) {
	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var failing atomic.Bool
	failing.Store(true)
	h := portal.Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if failing.Load() && r.URL.Path == "/kavar/News/List.aspx" && r.URL.Query().Get("page") == "2" {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	opts := runOptions(t, dir, portalSources(portal, srv.URL, "kavar"))
	opts.Logger = nil
	want := articleURLs(t, portal, srv.URL, "kavar")

	sum, err := pipeline.Crawl(t.Context(), opts)
	if !errors.Is(err, pipeline.ErrPartial) || sum.Status != pipeline.StatusPartial || !sum.Sources[0].SourceFailed {
		t.Fatalf("Crawl: %s, %v (source failed %v), want partial with kavar failed", sum.Status, err, sum.Sources[0].SourceFailed)
	}
	tb := mustReadTables(t, dir)
	if sum.Totals().Failed[extract.CauseHTTP5xx] != 1 || len(tb.articles) >= len(want) || len(tb.articles) == 0 {
		t.Fatalf("with listing page 2 failing: failures %v, %d of %d articles stored", sum.Totals().Failed, len(tb.articles), len(want))
	}
	for _, tt := range []struct {
		name string
		rows int // article rows the crawl writes
	}{
		{"heals", len(want) - len(tb.articles)},
		{"then incremental", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			failing.Store(false)
			sum, err := pipeline.Crawl(t.Context(), opts)
			if err != nil {
				t.Fatalf("Crawl: %v", err)
			}
			tb := mustReadTables(t, dir)
			checkIntegrity(t, tb)
			if sum.RowsArticles != tt.rows || len(tb.articles) != len(want) {
				t.Errorf("crawl wrote %d article rows, want %d; table has %d of %d articles", sum.RowsArticles, tt.rows, len(tb.articles), len(want))
			}
		})
	}
}
