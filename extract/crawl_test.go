package extract_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/extract"
)

func newCrawler(t *testing.T, cfg extract.Config, profiles map[string]extract.Profile, logger *slog.Logger) *extract.Crawler {
	t.Helper()
	if profiles == nil {
		profiles = extract.BuiltinProfiles()
	}
	c, err := extract.New(cfg, profiles, logger)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return c
}

func kavarSource(p *testPortal) extract.Source {
	return extract.Source{ID: "kavar", Name: "فرمانداری کوار", Province: "فارس", County: "کوار",
		StartURLs: []string{p.URL + "/kavar/News/List.aspx?page=1"}}
}

func TestCrawlPortalAndConditionalSecondCrawl(t *testing.T) {
	portal := newTestPortal(t)
	c := newCrawler(t, testConfig(), nil, nil)
	src := kavarSource(portal)

	pages, stats, err := crawl(t, t.Context(), c, []extract.Source{src}, nil)
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	art := func(code string) string { return portal.URL + "/kavar/News/ShowNews.aspx?Code=" + code }
	wantOutcome := map[string]extract.Outcome{
		art("101"): extract.Fetched, art("102"): extract.Fetched, art("103"): extract.Fetched,
		art("104"): extract.Fetched, art("105"): extract.Failed, art("106"): extract.Fetched,
	}
	gotOutcome := map[string]extract.Outcome{}
	for u, p := range pages {
		gotOutcome[u] = p.Outcome
	}
	if diff := cmp.Diff(wantOutcome, gotOutcome); diff != "" {
		t.Fatalf("outcomes (-want +got):\n%s", diff)
	}
	if p := pages[art("105")]; p.Cause != "parse_title" {
		t.Errorf("105 cause = %q, want parse_title", p.Cause)
	}
	var pe *extract.ParseError
	if !errors.As(pages[art("105")].Err, &pe) || pe.URL != art("105") {
		t.Errorf("105 err = %v, want *ParseError naming the URL", pages[art("105")].Err)
	}
	seed := seedParagraphs(t)
	for _, code := range []string{"102", "104"} {
		a := pages[art(code)].Article
		if diff := cmp.Diff(arabicYeh(seed), a.Paragraphs); diff != "" {
			t.Errorf("%s windows-1256 paragraphs (-want +got):\n%s", code, diff)
		}
		if a.Charset != "windows-1256" {
			t.Errorf("%s charset = %q", code, a.Charset)
		}
	}
	if a := pages[art("101")].Article; a.Status != 200 || a.FetchedAt.IsZero() || a.Title != seedTitle || a.RegisteredPrinted != "1397/8/15" {
		t.Errorf("101 article = status %d fetched %v title %q registered %q", a.Status, a.FetchedAt, a.Title, a.RegisteredPrinted)
	}
	if a := pages[art("103")].Article; len(a.Paragraphs) != 3 {
		t.Errorf("gzip-served 103 paragraphs = %q", a.Paragraphs)
	}
	want := extract.SourceStats{ListingPages: 3, Fetched: 6, Articles: 5, Failed: map[string]int{"parse_title": 1}, Requests: 10}
	if diff := cmp.Diff(want, stats.Sources["kavar"]); diff != "" {
		t.Errorf("first crawl stats (-want +got):\n%s", diff)
	}
	if stats.Requests != 10 { // robots.txt, 3 listings, 6 articles
		t.Errorf("Requests = %d, want 10", stats.Requests)
	}

	known := knownMap{}
	for u, p := range pages {
		if p.Outcome == extract.Fetched {
			if p.Validators.ETag == "" || p.Validators.LastModified == "" {
				t.Errorf("%s has no validators: %+v", u, p.Validators)
			}
			known[u] = p.Validators
		}
	}
	before304 := portal.statusCount(http.StatusNotModified)
	pages2, stats2, err := crawl(t, t.Context(), c, []extract.Source{src}, known)
	if err != nil {
		t.Fatalf("second Crawl: %v", err)
	}
	// Page 1 links 101..103, all known: those three are revalidated and the
	// listing stops there.
	for _, code := range []string{"101", "102", "103"} {
		if p := pages2[art(code)]; p.Outcome != extract.NotModified || p.Validators != known[art(code)] {
			t.Errorf("second crawl %s = %v %+v, want not_modified with the same validators", code, p.Outcome, p.Validators)
		}
	}
	if len(pages2) != 3 {
		t.Errorf("second crawl sent %d pages, want 3", len(pages2))
	}
	want2 := extract.SourceStats{ListingPages: 1, NotModified: 3, Requests: 5}
	if diff := cmp.Diff(want2, stats2.Sources["kavar"]); diff != "" {
		t.Errorf("second crawl stats (-want +got):\n%s", diff)
	}
	if got := portal.statusCount(http.StatusNotModified) - before304; got != 3 {
		t.Errorf("server answered %d 304s, want 3", got)
	}
}

func TestCrawlFaults(t *testing.T) {
	portal := newTestPortal(t)
	portal.setRobots("User-agent: *\nDisallow: /f/private/\n")
	var offsiteHits atomic.Int64
	offsite := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		offsiteHits.Add(1)
		fmt.Fprint(w, "should never be asked")
	}))
	t.Cleanup(offsite.Close)
	faultLinks[len(faultLinks)-1] = "offsite?to=" + offsite.URL + "/kavar/News/ShowNews.aspx"

	cfg := testConfig()
	cfg.Timeout = time.Second
	c := newCrawler(t, cfg, nil, nil)
	src := extract.Source{ID: "faults", StartURLs: []string{portal.URL + "/f/List.aspx"}}
	pages, stats, err := crawl(t, t.Context(), c, []extract.Source{src}, nil)
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	tests := []struct {
		path     string
		outcome  extract.Outcome
		cause    string
		sentinel error
		hits     int // requests the server saw for this exact path
	}{
		// A connection closed without a response is retried by net/http
		// itself when it was a reused keep-alive connection, again on each
		// further idle connection it picks, until one it dials fresh; the
		// pool holds up to Concurrency idle connections. So reset and
		// truncated allow up to 1+Concurrency times the crawler's attempts.
		{"5xx", extract.Fetched, "", nil, 3},
		{"always500", extract.Failed, "http_5xx", extract.ErrHTTPStatus, 3},
		{"429", extract.Fetched, "", nil, 2},
		{"429date", extract.Fetched, "", nil, 2},
		{"slow", extract.Failed, "timeout", extract.ErrTimeout, 3},
		{"slowbody", extract.Failed, "timeout", extract.ErrTimeout, 3},
		{"reset", extract.Failed, "reset", extract.ErrReset, 3},
		{"truncated", extract.Failed, "truncated", extract.ErrTruncated, 3},
		{"gzipbomb", extract.Failed, "decompression_bomb", extract.ErrDecompressionBomb, 1},
		{"huge", extract.Failed, "too_large", extract.ErrTooLarge, 1},
		{"hugechunked", extract.Failed, "too_large", extract.ErrTooLarge, 1},
		{"loop", extract.Failed, "redirect_loop", extract.ErrTooManyRedirects, 1},
		{"cycle", extract.Failed, "redirect_loop", extract.ErrRedirectLoop, 1},
		{"moved", extract.Fetched, "", nil, 1},
		{"private/ShowNews.aspx?Code=1", extract.Skipped, "robots", extract.ErrRobots, 0},
		{"malformed", extract.Failed, "parse_date_scope", extract.ErrNoMatch, 1},
		{"gone", extract.Failed, "http_4xx", extract.ErrHTTPStatus, 1},
		{"brotli", extract.Failed, "bad_encoding", extract.ErrBadEncoding, 1},
		{"offsite?to=" + offsite.URL + "/kavar/News/ShowNews.aspx", extract.Failed, "offhost_redirect", extract.ErrOffHost, 1},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u, err := extract.Canonical(portal.URL + "/f/" + tt.path)
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
			if tt.sentinel == nil && p.Err != nil {
				t.Errorf("err = %v, want nil", p.Err)
			}
			got := portal.hitsFor("/f/" + tt.path)
			switch tt.cause {
			case "timeout":
				// A request the client abandons before the server reads
				// it is never seen there.
				if got < 1 || got > tt.hits {
					t.Errorf("server saw %d requests, want 1 to %d", got, tt.hits)
				}
			case "reset", "truncated":
				if most := (1 + cfg.Concurrency) * tt.hits; got < tt.hits || got > most {
					t.Errorf("server saw %d requests, want %d to %d", got, tt.hits, most)
				}
			default:
				if got != tt.hits {
					t.Errorf("server saw %d requests, want %d", got, tt.hits)
				}
			}
		})
	}
	if n := offsiteHits.Load(); n != 0 {
		t.Errorf("off-site server got %d requests, want 0", n)
	}
	if p := pages[portal.URL+"/f/moved"]; p.Article.URL != portal.URL+"/f/ok" {
		t.Errorf("redirected article URL = %q, want the target", p.Article.URL)
	}
	if got := portal.hitsFor("/f/loop?n=5"); got != 1 {
		t.Errorf("loop hop 5 requested %d times, want 1 (MaxRedirects 5)", got)
	}
	if got := portal.hitsFor("/f/loop?n=6"); got != 0 {
		t.Errorf("loop hop 6 requested %d times, want 0", got)
	}
	ss := stats.Sources["faults"]
	if ss.Failed["timeout"] != 2 || ss.Failed["too_large"] != 2 || ss.SkippedBy["robots"] != 1 || ss.Articles != 4 {
		t.Errorf("stats = %+v", ss)
	}
}

func TestCrawlRobots(t *testing.T) {
	tests := []struct {
		name          string
		robots        string
		respect       bool
		wantOutcome   extract.Outcome
		wantListing   int // server hits on the listing page
		wantDelayLog  bool
		wantSkipCause string
	}{
		{"disallowed article", "User-agent: *\nDisallow: /kavar/News/ShowNews.aspx?Code=101\n", true, extract.Skipped, 1, false, "robots"},
		{"disallowed for our agent only", "User-agent: other\nDisallow:\n\nUser-agent: govwatch-test\nDisallow: /kavar/News/ShowNews\n", true, extract.Skipped, 1, false, "robots"},
		{"crawl delay", "User-agent: *\nCrawl-delay: 0.01\nDisallow: /private/\n", true, extract.Fetched, 1, true, ""},
		{"missing robots allows all", "", true, extract.Fetched, 1, false, ""},
		{"robots ignored when configured", "User-agent: *\nDisallow: /\n", false, extract.Fetched, 1, false, ""},
		{"server error fails the source", "503", true, extract.Failed, 0, false, "http_5xx"},
		{"disallow all is a skip", "User-agent: *\nDisallow: /\n", true, extract.Skipped, 0, false, "robots"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			portal := newTestPortal(t)
			portal.setRobots(tt.robots)
			cfg := testConfig()
			cfg.RespectRobots = tt.respect
			cfg.MaxListingPages = 1
			var logs bytes.Buffer
			logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			c := newCrawler(t, cfg, nil, logger)
			pages, stats, err := crawl(t, t.Context(), c, []extract.Source{kavarSource(portal)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			u := portal.URL + "/kavar/News/ShowNews.aspx?Code=101"
			listing := portal.URL + "/kavar/News/List.aspx?page=1"
			if got := portal.hitsFor("/kavar/News/List.aspx?page=1"); got != tt.wantListing {
				t.Errorf("listing requested %d times, want %d", got, tt.wantListing)
			}
			if tt.wantListing == 0 {
				p := pages[listing]
				if p.Outcome != tt.wantOutcome || p.Cause != tt.wantSkipCause || !p.Listing {
					t.Errorf("listing page = %+v, want a %v listing with cause %s", p, tt.wantOutcome, tt.wantSkipCause)
				}
				// A robots.txt that cannot be had is a failure that says so; one
				// that forbids everything is a skip with a warning.
				if got := errors.Is(p.Err, extract.ErrRobotsUnavailable); got != (tt.wantOutcome == extract.Failed) {
					t.Errorf("listing error %v: wraps ErrRobotsUnavailable = %v", p.Err, got)
				}
				if tt.wantOutcome == extract.Skipped && !strings.Contains(logs.String(), "robots.txt disallows the site root") {
					t.Errorf("no warning for a robots.txt that disallows everything; logs:\n%s", logs.String())
				}
				return
			}
			p := pages[u]
			if p.Outcome != tt.wantOutcome || p.Cause != tt.wantSkipCause {
				t.Errorf("101 = %v %q, want %v %q", p.Outcome, p.Cause, tt.wantOutcome, tt.wantSkipCause)
			}
			if tt.wantOutcome == extract.Skipped {
				if got := portal.hitsFor("/kavar/News/ShowNews.aspx?Code=101"); got != 0 {
					t.Errorf("disallowed page requested %d times", got)
				}
				if stats.Sources["kavar"].SkippedBy["robots"] == 0 {
					t.Errorf("stats do not count the robots skip: %+v", stats.Sources["kavar"])
				}
			}
			if got := strings.Contains(logs.String(), "robots crawl delay applied"); got != tt.wantDelayLog {
				t.Errorf("crawl delay logged = %v, want %v; logs:\n%s", got, tt.wantDelayLog, logs.String())
			}
			wantRobotsHits := 1
			if !tt.respect {
				wantRobotsHits = 0
			}
			if got := portal.hitsFor("/robots.txt"); got != wantRobotsHits && tt.robots != "503" {
				t.Errorf("robots.txt requested %d times, want %d", got, wantRobotsHits)
			}
		})
	}
}

func TestCrawlOffHostLinks(t *testing.T) {
	var otherHits atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		otherHits.Add(1)
		fmt.Fprint(w, "<html></html>")
	}))
	t.Cleanup(other.Close)
	var hits atomic.Int64
	mux := http.NewServeMux()
	var self string
	mux.HandleFunc("GET /list", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprintf(w, `<ul><li class="NewsItem"><a class="NewsLink" href="%s/kavar/News/ShowNews.aspx?Code=1">off</a></li>
<li class="NewsItem"><a class="NewsLink" href="/article">on</a></li></ul>
<div class="Pager"><a class="NextPage" href="%s/list?page=2">next</a></div>`, other.URL, other.URL)
	})
	mux.HandleFunc("GET /article", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write(readPage(t, "seed_kavar.html"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	self = srv.URL

	c := newCrawler(t, testConfig(), nil, nil)
	pages, stats, err := crawl(t, t.Context(), c, []extract.Source{{ID: "s", StartURLs: []string{self + "/list"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := otherHits.Load(); n != 0 {
		t.Errorf("other host got %d requests, want 0", n)
	}
	off := pages[other.URL+"/kavar/News/ShowNews.aspx?Code=1"]
	if off.Outcome != extract.Skipped || off.Cause != "offhost" || !errors.Is(off.Err, extract.ErrOffHost) {
		t.Errorf("off-host link page = %+v", off)
	}
	if p := pages[self+"/article"]; p.Outcome != extract.Fetched {
		t.Errorf("on-host article = %v %v", p.Outcome, p.Err)
	}
	if next := pages[other.URL+"/list?page=2"]; next.Outcome != extract.Skipped || !next.Listing {
		t.Errorf("off-host next page = %+v, want a skipped listing page", next)
	}
	if got := stats.Sources["s"].SkippedBy["offhost"]; got != 2 {
		t.Errorf("offhost skips = %d, want 2", got)
	}
}

func TestCrawlProfileFromConfig(t *testing.T) {
	tests := []struct {
		profile  string
		start    string
		want     map[string]string // path → title | registered date
		wantImgs int               // images of the first article
	}{
		{
			profile: "wordpress_fa.yaml", start: "/wp/?paged=1",
			want: map[string]string{
				"/wp/?p=11": "پلمب سه واحد صنفی متخلف در شهر بروجن | ۱۵ آبان ۱۳۹۷",
				"/wp/?p=12": "بازدید سرزده از جایگاه‌های سوخت | ۱۴ آبان ۱۳۹۷",
				"/wp/?p=13": "اخطار به داروخانه‌های شبانه‌روزی | ۱۲ آبان ۱۳۹۷",
			},
			wantImgs: 2,
		},
		{
			// Repeated siteid parameters collapse in the canonical URL.
			profile: "highportal_like.yaml", start: "/index.jsp?siteid=1&fkeyid=&siteid=1&pageid=55373",
			want: map[string]string{
				"/index.jsp?fkeyid=&newsview=201&pageid=55373&siteid=1": "بازديد سرزده از نانوايي هاي شهرستان و برخورد با متخلفين | 1396/12/26 - 10:25",
				"/index.jsp?fkeyid=&newsview=202&pageid=55373&siteid=1": "جلسه ستاد تنظيم بازار برگزار شد | 1396/12/25 - 09:10",
				"/index.jsp?fkeyid=&newsview=203&pageid=55373&siteid=1": "هشدار به داروخانه ها | 1396/12/24 - 14:00",
			},
			wantImgs: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.profile, func(t *testing.T) {
			portal := newTestPortal(t)
			profiles := extract.BuiltinProfiles()
			prof := loadProfile(t, tt.profile)
			profiles[prof.Name] = prof
			c := newCrawler(t, testConfig(), profiles, nil)
			src := extract.Source{ID: "other", StartURLs: []string{portal.URL + tt.start}, Profile: prof.Name}
			pages, stats, err := crawl(t, t.Context(), c, []extract.Source{src}, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for u, p := range pages {
				if p.Outcome != extract.Fetched {
					t.Errorf("%s: %v %v", u, p.Outcome, p.Err)
				}
				got[strings.TrimPrefix(u, portal.URL)] = p.Article.Title + " | " + p.Article.RegisteredPrinted
				for _, para := range p.Article.Paragraphs {
					if strings.Contains(para, "اشتراک") || strings.Contains(para, "مرتبط") || strings.Contains(para, "برچسب") {
						t.Errorf("dropped box leaked into paragraphs: %q", para)
					}
				}
				if len(p.Article.Paragraphs) == 0 || len(p.Article.ImageURLs) != tt.wantImgs {
					t.Errorf("%s: %d paragraphs, images %q", u, len(p.Article.Paragraphs), p.Article.ImageURLs)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if s := stats.Sources["other"]; s.ListingPages != 2 || s.Articles != 3 {
				t.Errorf("stats = %+v", s)
			}
		})
	}
}

func TestCrawlLimits(t *testing.T) {
	tests := []struct {
		name         string
		mutate       func(*extract.Config)
		wantListing  int
		wantArticles int
		wantSkipped  map[string]int
	}{
		// The third listing page is not read: a recorded skip.
		{"max listing pages", func(c *extract.Config) { c.MaxListingPages = 2 }, 2, 5, map[string]int{"listing_limit": 1}},
		// Listing 1 and two articles fit; article 103 and listing 2 do not.
		{"max pages per source", func(c *extract.Config) { c.MaxPagesPerSource = 3 }, 1, 2, map[string]int{"page_limit": 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			portal := newTestPortal(t)
			cfg := testConfig()
			tt.mutate(&cfg)
			var logs bytes.Buffer
			logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
			c := newCrawler(t, cfg, nil, logger)
			_, stats, err := crawl(t, t.Context(), c, []extract.Source{kavarSource(portal)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			s := stats.Sources["kavar"]
			if s.ListingPages != tt.wantListing || s.Fetched != tt.wantArticles {
				t.Errorf("listing %d fetched %d, want %d %d", s.ListingPages, s.Fetched, tt.wantListing, tt.wantArticles)
			}
			if diff := cmp.Diff(tt.wantSkipped, s.SkippedBy); diff != "" {
				t.Errorf("skips (-want +got):\n%s", diff)
			}
			// Each limit reached is one warning, however many pages it skips.
			for cause := range tt.wantSkipped {
				if n := strings.Count(logs.String(), "cause="+cause); n != 1 {
					t.Errorf("%d warnings for %s, want 1; logs:\n%s", n, cause, logs.String())
				}
			}
		})
	}
}

func TestCrawlCancellation(t *testing.T) {
	portal := newTestPortal(t)
	cfg := testConfig()
	cfg.Timeout = time.Minute
	c := newCrawler(t, cfg, nil, nil)
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	src := extract.Source{ID: "slow", StartURLs: []string{portal.URL + "/f/slow"}}
	_, _, err := crawl(t, ctx, c, []extract.Source{src}, nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Crawl err = %v, want context.DeadlineExceeded", err)
	}
}

func TestCrawlInvalidSources(t *testing.T) {
	c := newCrawler(t, testConfig(), nil, nil)
	out := make(chan extract.Page, 1)
	_, err := c.Crawl(t.Context(), []extract.Source{{ID: "x", StartURLs: []string{"not a url"}}}, nil, out)
	var ce *extract.ConfigError
	if !errors.As(err, &ce) || !errors.Is(err, extract.ErrBadURL) {
		t.Fatalf("err = %v, want a *ConfigError wrapping ErrBadURL", err)
	}
	_, err = c.Crawl(t.Context(), []extract.Source{{ID: "x", StartURLs: []string{"http://a.test/"}}, {ID: "x", StartURLs: []string{"http://a.test/"}}}, nil, out)
	if !errors.As(err, &ce) {
		t.Fatalf("duplicate ids: err = %v, want *ConfigError", err)
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	cfg := testConfig()
	cfg.Rate = -1
	if _, err := extract.New(cfg, extract.BuiltinProfiles(), nil); !errors.Is(err, extract.ErrOutOfRange) {
		t.Errorf("bad config: err = %v", err)
	}
	bad := extract.BuiltinProfiles()
	p := bad["iran_gov_cms"]
	p.List.Item = ":::"
	bad["iran_gov_cms"] = p
	if _, err := extract.New(testConfig(), bad, nil); !errors.Is(err, extract.ErrBadSelector) {
		t.Errorf("bad profile: err = %v", err)
	}
}

func TestCrawlNumberedPagerAsNext(t *testing.T) {
	portal := newTestPortal(t)
	profiles := extract.BuiltinProfiles()
	p := profiles["iran_gov_cms"]
	p.Name = "pager"
	p.List.Next = ".Pager a" // every page number, not just the next one
	profiles["pager"] = p
	c := newCrawler(t, testConfig(), profiles, nil)
	src := kavarSource(portal)
	src.Profile = "pager"
	_, stats, err := crawl(t, t.Context(), c, []extract.Source{src}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := stats.Sources["kavar"]; s.ListingPages != 3 || s.Fetched != 6 {
		t.Errorf("stats = %+v, want all 3 listing pages and 6 articles", s)
	}
	for page := 1; page <= 3; page++ {
		if got := portal.hitsFor(fmt.Sprintf("/kavar/News/List.aspx?page=%d", page)); got != 1 {
			t.Errorf("listing page %d requested %d times, want 1", page, got)
		}
	}
}

// TestCrawlDeadHosts crawls a host that refuses connections (a closed
// listener's address) and one that does not resolve (the reserved .invalid
// TLD, asked of a resolver that never leaves the machine): each start URL is a failed listing page whose cause names the fault
// and whose error says robots.txt could not be had, not a silent skip.
func TestCrawlDeadHosts(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := "http://" + ln.Addr().String()
	ln.Close()
	tests := []struct {
		name, base, cause string
	}{
		{"refused", refused, extract.CauseRefused},
		{"not resolving", "http://portal.govwatch-test.invalid", extract.CauseDNS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.Resolver = offlineResolver()
			c := newCrawler(t, cfg, nil, nil)
			listing := tt.base + "/News/List.aspx"
			src := extract.Source{ID: "dead", StartURLs: []string{listing}, Profile: "iran_gov_cms"}
			pages, stats, err := crawl(t, t.Context(), c, []extract.Source{src}, nil)
			if err != nil {
				t.Fatal(err)
			}
			p := pages[listing]
			if p.Outcome != extract.Failed || p.Cause != tt.cause || !p.Listing {
				t.Fatalf("listing page = %v %q listing=%v (%v), want failed %q", p.Outcome, p.Cause, p.Listing, p.Err, tt.cause)
			}
			if !errors.Is(p.Err, extract.ErrRobotsUnavailable) || !errors.Is(p.Err, extract.ErrNetwork) {
				t.Errorf("listing error %v: want ErrRobotsUnavailable wrapping ErrNetwork", p.Err)
			}
			if s := stats.Sources["dead"]; s.Failed[tt.cause] != 1 || s.Skipped != 0 {
				t.Errorf("stats = %+v, want one failure with cause %s and no skips", s, tt.cause)
			}
		})
	}
}

// TestCrawlDelayBounded serves a robots.txt asking for a day between requests. The
// delay is capped at Config.MaxCrawlDelay with a warning; and when even the capped
// rate leaves no request before the crawl's deadline, the slow host's pages fail
// with cause deadline at once while another source is crawled in full.
func TestCrawlDelayBounded(t *testing.T) {
	t.Run("capped", func(t *testing.T) {
		portal := newTestPortal(t)
		portal.setRobots("User-agent: *\nCrawl-delay: 86400\n")
		cfg := testConfig()
		cfg.MaxCrawlDelay = time.Millisecond
		cfg.MaxListingPages = 1
		var logs bytes.Buffer
		logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
		c := newCrawler(t, cfg, nil, logger)
		_, stats, err := crawl(t, t.Context(), c, []extract.Source{kavarSource(portal)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if s := stats.Sources["kavar"]; s.Articles == 0 || len(s.Failed) != 0 {
			t.Errorf("stats = %+v, want articles and no failures under the capped delay", s)
		}
		if !strings.Contains(logs.String(), "robots crawl delay capped") || !strings.Contains(logs.String(), "crawl_delay=24h0m0s") {
			t.Errorf("no warning for the capped delay; logs:\n%s", logs.String())
		}
	})
	t.Run("deadline fails only the slow source", func(t *testing.T) {
		healthy, slow := newTestPortal(t), newTestPortal(t)
		slow.setRobots("User-agent: *\nCrawl-delay: 86400\n")
		cfg := testConfig()
		cfg.MaxCrawlDelay = 48 * time.Hour // not capped: the day stands
		// A deadline that no request of the slow host can meet; the test never waits for it.
		ctx, cancel := context.WithTimeout(t.Context(), time.Hour)
		defer cancel()
		c := newCrawler(t, cfg, nil, nil)
		slowSrc := kavarSource(slow)
		slowSrc.ID = "slow"
		_, stats, err := crawl(t, ctx, c, []extract.Source{kavarSource(healthy), slowSrc}, nil)
		if err != nil {
			t.Fatalf("Crawl: %v, want the slow source's pages failed, not the crawl", err)
		}
		ref, _, err := crawl(t, t.Context(), newCrawler(t, testConfig(), nil, nil), []extract.Source{kavarSource(newTestPortal(t))}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := stats.Sources["kavar"].Articles, len(articlePages(ref)); got != want || got == 0 {
			t.Errorf("healthy source: %d articles, want %d", got, want)
		}
		if s := stats.Sources["slow"]; s.Failed[extract.CauseDeadline] == 0 {
			t.Errorf("slow source stats = %+v, want failures with cause deadline", s)
		}
	})
}

// articlePages returns the fetched article pages of a crawl.
func articlePages(pages map[string]extract.Page) []extract.Page {
	var out []extract.Page
	for _, p := range pages {
		if p.Outcome == extract.Fetched {
			out = append(out, p)
		}
	}
	return out
}

// TestCrawlSourceTimeLimit crawls a source whose listing never answers beside a
// healthy one, with a source time limit far above what the healthy source needs:
// the slow source stops at the limit with one failed page of cause deadline, and the
// healthy one is crawled in full; the crawl returns no error.
func TestCrawlSourceTimeLimit(t *testing.T) {
	healthy, slow := newTestPortal(t), newTestPortal(t)
	cfg := testConfig()
	cfg.Timeout = time.Minute // the source limit, not the request timeout, stops the slow one
	cfg.MaxSourceDuration = 2 * time.Second
	c := newCrawler(t, cfg, nil, nil)
	slowSrc := extract.Source{ID: "slow", StartURLs: []string{slow.URL + "/f/slow"}}
	pages, stats, err := crawl(t, t.Context(), c, []extract.Source{kavarSource(healthy), slowSrc}, nil)
	if err != nil {
		t.Fatalf("Crawl: %v, want the slow source stopped, not the crawl", err)
	}
	ref, _, err := crawl(t, t.Context(), newCrawler(t, testConfig(), nil, nil), []extract.Source{kavarSource(newTestPortal(t))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := stats.Sources["kavar"].Articles, len(articlePages(ref)); got != want || got == 0 {
		t.Errorf("healthy source: %d articles, want %d", got, want)
	}
	p := pages[slow.URL+"/f/slow"]
	if p.Outcome != extract.Failed || p.Cause != extract.CauseDeadline || !p.Listing || !errors.Is(p.Err, extract.ErrSourceTime) {
		t.Errorf("slow source's page = %v %q listing=%v (%v), want a failed listing with cause deadline and ErrSourceTime", p.Outcome, p.Cause, p.Listing, p.Err)
	}
}

// offlineResolver resolves nothing and sends no query anywhere: every host name
// that /etc/hosts lacks fails as a DNS error.
func offlineResolver() *net.Resolver {
	return &net.Resolver{PreferGo: true, Dial: func(context.Context, string, string) (net.Conn, error) {
		return nil, errors.New("no DNS server in tests")
	}}
}
