package pipeline_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"govwatch/internal/demoportal"
	"govwatch/pipeline"
	"govwatch/transform"
)

// TestCrawlLongArticle serves one article of the demo portal with a paragraph longer
// than one analysis reads (transform.MaxBodyRunes): the crawl and a reprocess store it
// with its first part analysed, count it under pipeline.CauseTruncated, and succeed.
func TestCrawlLongArticle(t *testing.T) {
	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatalf("demoportal.New: %v", err)
	}
	h := portal.Handler()
	serve := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}
	// The first article of a UTF-8 page in the <p> layout gets the long paragraph.
	var target string
	for _, a := range portal.Articles() {
		rec := serve(a.Path)
		if strings.Contains(strings.ToLower(rec.Header().Get("Content-Type")), "utf-8") && bytes.Contains(rec.Body.Bytes(), []byte(`class="NewsBody"><p`)) {
			target = a.Path
			break
		}
	}
	if target == "" {
		t.Fatal("no UTF-8 article in the <p> layout")
	}
	long := strings.Repeat("فرماندار گفت: ", transform.MaxBodyRunes/14+100)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RequestURI() != target {
			h.ServeHTTP(w, r)
			return
		}
		rec := serve(target)
		page := bytes.Replace(rec.Body.Bytes(), []byte(`class="NewsBody">`), []byte(`class="NewsBody"><p>`+long+`</p>`), 1)
		w.Header().Set("Content-Type", rec.Header().Get("Content-Type"))
		w.Write(page)
	}))
	t.Cleanup(srv.Close)
	targetURL := canonical(t, srv.URL+target)

	dir := t.TempDir()
	opts := runOptions(t, dir, portalSources(portal, srv.URL))
	opts.Logger = nil // the long page logs a warning; the counts are what is checked
	check := func(t *testing.T, sum pipeline.Summary) {
		t.Helper()
		if sum.Status != pipeline.StatusSucceeded {
			t.Errorf("status %s, want %s", sum.Status, pipeline.StatusSucceeded)
		}
		if n := sum.Totals().Failed[pipeline.CauseTruncated]; n != 1 {
			t.Errorf("%d pages counted under %s, want 1", n, pipeline.CauseTruncated)
		}
		found := false
		for _, f := range sum.Failures {
			if f.Cause == pipeline.CauseTruncated {
				found = true
				if u, _ := url.Parse(f.URL); f.Stage != "analyze" || f.Err == nil || canonical(t, u.String()) != targetURL {
					t.Errorf("failure %+v, want stage analyze with an error for %s", f, targetURL)
				}
			}
		}
		if !found {
			t.Errorf("no %s failure kept in the summary", pipeline.CauseTruncated)
		}
		tb := mustReadTables(t, dir)
		checkIntegrity(t, tb)
		rows := tb.byURL()[targetURL]
		if len(rows) != 1 {
			t.Fatalf("%d rows for the long article, want 1", len(rows))
		}
		if rows[0].ParseKey != "" {
			t.Errorf("the cut article's row has parse_key %q; a reprocess must read its page again", rows[0].ParseKey)
		}
		body := rows[0].Body
		if n := utf8.RuneCountInString(body); n > transform.MaxBodyRunes+4 || n < transform.MaxBodyRunes/2 {
			t.Errorf("stored body has %d runes, want at most the bound %d", n, transform.MaxBodyRunes)
		}
		if !strings.HasPrefix(body, "فرماندار گفت:") || !strings.HasSuffix(body, "گفت:") {
			t.Errorf("stored body is not the first part of the long paragraph, cut at a space")
		}
		if run, ok := tb.run(sum.RunID); !ok || run.PagesFailed < 1 {
			t.Errorf("runs row %+v does not count the long page", run)
		}
	}
	t.Run("crawl", func(t *testing.T) {
		sum, err := pipeline.Crawl(t.Context(), opts)
		if err != nil {
			t.Fatalf("Crawl: %v", err)
		}
		check(t, sum)
	})
	t.Run("reprocess", func(t *testing.T) {
		sum, err := pipeline.Reprocess(t.Context(), opts)
		if err != nil {
			t.Fatalf("Reprocess: %v", err)
		}
		check(t, sum)
		// Every page but the long one is read back from its row.
		if want := len(portal.Articles()) - 1; sum.Reused != want {
			t.Errorf("%d pages read back from their stored rows, want %d", sum.Reused, want)
		}
	})
}
