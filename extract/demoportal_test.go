package extract_test

import (
	"bytes"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/extract"
	"govwatch/internal/demoportal"
)

// startDemo serves a demo portal on loopback.
func startDemo(t testing.TB, opts demoportal.Options) (*demoportal.Portal, *httptest.Server) {
	t.Helper()
	p, err := demoportal.New(opts)
	if err != nil {
		t.Fatalf("demoportal.New: %v", err)
	}
	srv := httptest.NewServer(p.Handler())
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	return p, srv
}

// demoSources returns one source per demo site.
func demoSources(p *demoportal.Portal, base string) []extract.Source {
	var out []extract.Source
	for _, s := range p.Sites() {
		out = append(out, extract.Source{ID: s.Slug, Name: s.Name, Province: s.Province, County: s.County,
			StartURLs: []string{base + s.ListURL}})
	}
	return out
}

// words collapses white space (the parser turns NBSP into a space).
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestDemoPortalCrawl(t *testing.T) {
	portal, srv := startDemo(t, demoportal.Options{})
	c := newCrawler(t, testConfig(), nil, nil)
	sources := demoSources(portal, srv.URL)
	pages, stats, err := crawl(t, t.Context(), c, sources, nil)
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	infos := portal.Articles()
	if len(infos) < 50 {
		t.Fatalf("demo portal lists only %d articles", len(infos))
	}
	charsets := map[string]int{}
	for _, info := range infos {
		t.Run(info.Path, func(t *testing.T) {
			u, err := extract.Canonical(srv.URL + info.Path)
			if err != nil {
				t.Fatal(err)
			}
			p, ok := pages[u]
			if !ok {
				t.Fatalf("article not found by the crawl")
			}
			if p.Outcome != extract.Fetched {
				t.Fatalf("outcome %v cause %q err %v", p.Outcome, p.Cause, p.Err)
			}
			fold := func(s string) string { return words(s) }
			if info.Encoding == "windows-1256" {
				fold = func(s string) string { return words(demoportal.Fold1256(s)) }
			}
			a := p.Article
			charsets[a.Charset]++
			var wantParas []string
			for _, para := range info.Paragraphs {
				if w := fold(para); w != "" {
					wantParas = append(wantParas, w)
				}
			}
			want := struct {
				Title, Registered, Occurred string
				Paragraphs                  []string
			}{fold(info.Title), fold(info.Registered), fold(info.Occurred), wantParas}
			got := struct {
				Title, Registered, Occurred string
				Paragraphs                  []string
			}{a.Title, a.RegisteredPrinted, a.OccurredPrinted, a.Paragraphs}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("article (-want +got):\n%s", diff)
			}
			if len(a.ImageURLs) == 0 || !strings.HasPrefix(a.ImageURLs[0], srv.URL+"/"+info.Site+"/NewsImages/") {
				t.Errorf("images = %q", a.ImageURLs)
			}
		})
	}
	if charsets["windows-1256"] == 0 || charsets["utf-8"] == 0 {
		t.Errorf("charsets seen = %v, want both utf-8 and windows-1256 pages", charsets)
	}
	total := 0
	for _, s := range stats.Sources {
		total += s.Articles
		if len(s.Failed) != 0 {
			t.Errorf("failures: %v", s.Failed)
		}
	}
	if total != len(infos) {
		t.Errorf("crawl parsed %d articles, portal has %d", total, len(infos))
	}

	// Second crawl: everything known; page 1 of each site is revalidated
	// with 304s except one revised article, which comes back changed.
	known := knownMap{}
	for u, p := range pages {
		if p.Outcome == extract.Fetched {
			known[u] = p.Validators
		}
	}
	revised := infos[0]
	if _, err := portal.Revise(revised.Path); err != nil {
		t.Fatal(err)
	}
	before := portal.Stats()
	pages2, stats2, err := crawl(t, t.Context(), c, sources, known)
	if err != nil {
		t.Fatal(err)
	}
	after := portal.Stats()
	notModified := 0
	for u, p := range pages2 {
		switch {
		case strings.HasSuffix(u, revised.Path):
			if p.Outcome != extract.Fetched || p.Article.ContentHash == pages[u].Article.ContentHash {
				t.Errorf("revised article: outcome %v, hash changed %v", p.Outcome, p.Article.ContentHash != pages[u].Article.ContentHash)
			}
		case p.Outcome == extract.NotModified:
			notModified++
		default:
			t.Errorf("%s: outcome %v on the second crawl", u, p.Outcome)
		}
	}
	if got := int(after.NotModified - before.NotModified); got != notModified || got == 0 {
		t.Errorf("portal answered %d 304s, crawler saw %d", got, notModified)
	}
	for id, s := range stats2.Sources {
		if s.ListingPages != 1 {
			t.Errorf("%s: second crawl read %d listing pages, want 1 (stop early)", id, s.ListingPages)
		}
	}
}

func TestDemoPortalFaults(t *testing.T) {
	var offsiteHits atomic.Int64
	offsite := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		offsiteHits.Add(1)
	}))
	t.Cleanup(offsite.Close)
	_, srv := startDemo(t, demoportal.Options{SlowDelay: 10 * time.Second, OffsiteURL: offsite.URL + "/kavar/News/List.aspx"})
	cfg := testConfig()
	cfg.Timeout = time.Second
	c := newCrawler(t, cfg, nil, nil)
	src := extract.Source{ID: "faults", StartURLs: []string{srv.URL + "/faults/News/List.aspx"}}
	pages, stats, err := crawl(t, t.Context(), c, []extract.Source{src}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path     string
		outcome  extract.Outcome
		cause    string
		sentinel error
	}{
		{"/faults/status?key=listing&fail=2", extract.Fetched, "", nil},
		{"/faults/ratelimit?key=listing&fail=1&retry=1", extract.Fetched, "", nil},
		{"/faults/slow", extract.Failed, "timeout", extract.ErrTimeout},
		{"/faults/reset", extract.Failed, "reset", extract.ErrReset},
		{"/faults/truncated", extract.Failed, "truncated", extract.ErrTruncated},
		{"/faults/gzipbomb", extract.Failed, "decompression_bomb", extract.ErrDecompressionBomb},
		{"/faults/huge", extract.Failed, "too_large", extract.ErrTooLarge},
		{"/faults/loop?n=0", extract.Failed, "redirect_loop", extract.ErrTooManyRedirects},
		{"/faults/offsite", extract.Failed, "offhost_redirect", extract.ErrOffHost},
		{"/faults/private/ShowNews.aspx?Code=1", extract.Skipped, "robots", extract.ErrRobots},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u, err := extract.Canonical(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			p, ok := pages[u]
			if !ok {
				t.Fatalf("no page for %s", u)
			}
			if p.Outcome != tt.outcome || p.Cause != tt.cause {
				t.Errorf("outcome %v cause %q, want %v %q (err %v)", p.Outcome, p.Cause, tt.outcome, tt.cause, p.Err)
			}
			if tt.sentinel != nil && !errors.Is(p.Err, tt.sentinel) {
				t.Errorf("err = %v, want it to wrap %v", p.Err, tt.sentinel)
			}
		})
	}
	// Malformed HTML is either parsed (the HTML parser repairs it) or a
	// named parse failure; never an empty article.
	mal := pages[srv.URL+"/faults/malformed"]
	switch mal.Outcome {
	case extract.Fetched:
		if mal.Article.Title == "" || len(mal.Article.Paragraphs) == 0 {
			t.Errorf("malformed page parsed empty: %+v", mal.Article)
		}
	case extract.Failed:
		if !strings.HasPrefix(mal.Cause, "parse_") {
			t.Errorf("malformed page cause %q", mal.Cause)
		}
	default:
		t.Errorf("malformed page outcome %v", mal.Outcome)
	}
	if n := offsiteHits.Load(); n != 0 {
		t.Errorf("off-site server got %d requests, want 0", n)
	}
	s := stats.Sources["faults"]
	if s.ListingPages != 2 || s.SkippedBy["robots"] != 1 {
		t.Errorf("stats = %+v", s)
	}
}

func TestDemoPortalCrawlDelay(t *testing.T) {
	_, srv := startDemo(t, demoportal.Options{CrawlDelay: 10 * time.Millisecond})
	var logs bytes.Buffer
	c := newCrawler(t, testConfig(), nil, slog.New(slog.NewTextHandler(&logs, nil)))
	cfgSrc := extract.Source{ID: "kavar", StartURLs: []string{srv.URL + "/kavar/News/List.aspx"}}
	_, stats, err := crawl(t, t.Context(), c, []extract.Source{cfgSrc}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "robots crawl delay applied") || !strings.Contains(logs.String(), "crawl_delay=10ms") {
		t.Errorf("crawl delay not applied; logs:\n%s", logs.String())
	}
	if stats.Sources["kavar"].Articles == 0 {
		t.Error("no articles crawled")
	}
}

// BenchmarkCrawlDemoPortal crawls a generated portal of 200 articles (21
// listing pages) over loopback, from a fresh crawler each time, with the
// politeness limits lifted.
func BenchmarkCrawlDemoPortal(b *testing.B) {
	const n = 200
	portal, srv := startDemo(b, demoportal.Options{Generate: n, Seed: 1, GeneratedOnly: true})
	cfg := testConfig()
	cfg.Concurrency = 8
	sources := demoSources(portal, srv.URL)
	var pages, bytesIn int64
	for b.Loop() {
		c, err := extract.New(cfg, extract.BuiltinProfiles(), nil)
		if err != nil {
			b.Fatal(err)
		}
		out := make(chan extract.Page, 64)
		done := make(chan struct{})
		go func() {
			defer close(done)
			for p := range out {
				if p.Outcome != extract.Fetched {
					b.Errorf("%s: %v %v", p.URL, p.Outcome, p.Err)
				}
				pages++
				bytesIn += p.Bytes
			}
		}()
		if _, err := c.Crawl(b.Context(), sources, nil, out); err != nil {
			b.Fatal(err)
		}
		close(out)
		<-done
		c.Close()
	}
	if pages != int64(b.N)*n {
		b.Fatalf("crawled %d pages in %d runs, want %d each", pages, b.N, n)
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(bytesIn)/b.Elapsed().Seconds()/1e6, "MB/s")
}
