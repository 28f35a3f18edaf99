package extract_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"govwatch/extract"
)

// testPortal is an httptest server serving testdata/pages in the iran_gov_cms
// layout under /kavar/, a WordPress-style blog under /wp/, and fault pages
// under /f/. It counts requests per path+query and answers conditional GETs.
type testPortal struct {
	*httptest.Server
	t *testing.T

	mu       sync.Mutex
	robots   string // served at /robots.txt; "" = 404; "503" = status 503
	hits     map[string]int
	statuses map[int]int
	faultN   map[string]int
}

// articleFiles maps a kavar article code to its page and Content-Type.
var articleFiles = map[string]struct{ file, ctype string }{
	"101": {"seed_kavar.html", "text/html; charset=utf-8"},
	"102": {"seed_kavar_1256_meta.html", "text/html"},
	"103": {"br_body.html", "text/html; charset=utf-8"},
	"104": {"seed_kavar_1256_nometa.html", "text/html; charset=windows-1256"},
	"105": {"no_title.html", "text/html; charset=utf-8"},
	"106": {"malformed.html", "text/html"},
}

func newTestPortal(t *testing.T) *testPortal {
	t.Helper()
	p := &testPortal{t: t, hits: map[string]int{}, statuses: map[int]int{}, faultN: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		robots := p.robots
		p.mu.Unlock()
		switch robots {
		case "":
			http.NotFound(w, r)
		case "503":
			http.Error(w, "busy", http.StatusServiceUnavailable)
		default:
			fmt.Fprint(w, robots)
		}
	})
	mux.HandleFunc("GET /kavar/News/List.aspx", func(w http.ResponseWriter, r *http.Request) {
		page := r.URL.Query().Get("page")
		if page == "" {
			page = "1"
		}
		p.serveFile(w, r, "list_"+page+".html", "text/html; charset=utf-8", false)
	})
	mux.HandleFunc("GET /kavar/News/ShowNews.aspx", func(w http.ResponseWriter, r *http.Request) {
		f, ok := articleFiles[r.URL.Query().Get("Code")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		p.serveFile(w, r, f.file, f.ctype, r.URL.Query().Get("Code") == "103")
	})
	mux.HandleFunc("GET /wp/", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		switch {
		case q.Get("p") != "":
			p.serveFile(w, r, "wp_post_"+q.Get("p")+".html", "text/html; charset=UTF-8", false)
		default:
			paged := q.Get("paged")
			if paged == "" {
				paged = "1"
			}
			p.serveFile(w, r, "wp_list_"+paged+".html", "text/html; charset=UTF-8", false)
		}
	})
	mux.HandleFunc("GET /index.jsp", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if v := q.Get("newsview"); v != "" {
			p.serveFile(w, r, "hp_news_"+v+".html", "text/html;charset=UTF-8", false)
			return
		}
		page := q.Get("page")
		if page == "" {
			page = "1"
		}
		p.serveFile(w, r, "hp_list_"+page+".html", "text/html;charset=UTF-8", false)
	})
	p.faultRoutes(mux)
	gzipBomb() // built before serving so that no request waits for it
	p.Server = httptest.NewServer(p.count(mux))
	t.Cleanup(func() {
		p.CloseClientConnections()
		p.Close()
	})
	return p
}

func (p *testPortal) setRobots(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.robots = s
}

// hitsFor returns how many requests path (with query) received.
func (p *testPortal) hitsFor(pathQuery string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hits[pathQuery]
}

func (p *testPortal) statusCount(code int) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.statuses[code]
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.code == 0 {
		s.code = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.code == 0 {
		s.code = 200
	}
	return s.ResponseWriter.Write(b)
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func (p *testPortal) count(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.hits[r.URL.RequestURI()]++
		p.mu.Unlock()
		rec := &statusRecorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		p.mu.Lock()
		p.statuses[rec.code]++
		p.mu.Unlock()
	})
}

// serveFile serves a testdata page with an ETag and Last-Modified,
// answering 304 to a matching conditional GET, gzip-encoded when asked.
func (p *testPortal) serveFile(w http.ResponseWriter, r *http.Request, name, ctype string, gz bool) {
	body := readPage(p.t, name)
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", "Tue, 06 Nov 2018 06:00:00 GMT")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", ctype)
	if gz && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(body)
		zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		body = buf.Bytes()
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}

// faultN counts requests per fault key and returns the count including
// this one.
func (p *testPortal) nth(key string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faultN[key]++
	return p.faultN[key]
}

var (
	bombOnce sync.Once
	bomb     []byte
)

// gzipBomb returns a gzip stream of 32 MiB of zeros (about 32 KiB).
func gzipBomb() []byte {
	bombOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zeros := make([]byte, 1<<20)
		for range 32 {
			zw.Write(zeros)
		}
		zw.Close()
		bomb = buf.Bytes()
	})
	return bomb
}

// faultRoutes serves /f/: a listing linking to every fault page, and the
// faults themselves. Pages that succeed serve seed_kavar.html.
func (p *testPortal) faultRoutes(mux *http.ServeMux) {
	ok := func(w http.ResponseWriter, r *http.Request) {
		p.serveFile(w, r, "seed_kavar.html", "text/html; charset=utf-8", false)
	}
	mux.HandleFunc("GET /f/List.aspx", func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<html><body><div class="NewsList"><ul>`)
		for _, href := range faultLinks {
			fmt.Fprintf(&b, `<li class="NewsItem"><a class="NewsLink" href="%s">x</a></li>`, href)
		}
		b.WriteString(`</ul></div></body></html>`)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, b.String())
	})
	mux.HandleFunc("GET /f/5xx", func(w http.ResponseWriter, r *http.Request) {
		if p.nth("5xx") <= 2 {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		ok(w, r)
	})
	mux.HandleFunc("GET /f/always500", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "broken", http.StatusInternalServerError)
	})
	mux.HandleFunc("GET /f/429", func(w http.ResponseWriter, r *http.Request) {
		if p.nth("429") <= 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		ok(w, r)
	})
	mux.HandleFunc("GET /f/429date", func(w http.ResponseWriter, r *http.Request) {
		if p.nth("429date") <= 1 {
			w.Header().Set("Retry-After", time.Now().Add(time.Second).UTC().Format(http.TimeFormat))
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		ok(w, r)
	})
	mux.HandleFunc("GET /f/slow", func(w http.ResponseWriter, r *http.Request) {
		// Answer only after the client gives up (or a long time).
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	})
	mux.HandleFunc("GET /f/slowbody", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "100000")
		w.Write(bytes.Repeat([]byte("<p>x</p>"), 100))
		http.NewResponseController(w).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	})
	mux.HandleFunc("GET /f/reset", func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := http.NewResponseController(w).Hijack()
		if err != nil {
			return
		}
		if tc, ok := conn.(*net.TCPConn); ok {
			tc.SetLinger(0)
		}
		conn.Close()
	})
	mux.HandleFunc("GET /f/truncated", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "5000")
		w.Write([]byte("<html><body><p>only the beginning"))
		http.NewResponseController(w).Flush()
		panic(http.ErrAbortHandler)
	})
	mux.HandleFunc("GET /f/gzipbomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gzipBomb())
	})
	mux.HandleFunc("GET /f/huge", func(w http.ResponseWriter, r *http.Request) {
		const size = 20 << 20
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(size))
		chunk := bytes.Repeat([]byte("<p>حجیم</p>"), 1<<10)
		for n := 0; n < size; n += len(chunk) {
			if _, err := w.Write(chunk[:min(len(chunk), size-n)]); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("GET /f/hugechunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>x</p>"), 1<<14)
		for n := 0; n < 20<<20; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("GET /f/loop", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		http.Redirect(w, r, "/f/loop?n="+strconv.Itoa(n+1), http.StatusFound)
	})
	mux.HandleFunc("GET /f/cycle", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/f/cycle2", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /f/cycle2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/f/cycle", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /f/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/f/ok", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /f/ok", ok)
	mux.HandleFunc("GET /f/offsite", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("to"), http.StatusFound)
	})
	mux.HandleFunc("GET /f/private/ShowNews.aspx", ok)
	mux.HandleFunc("GET /f/malformed", func(w http.ResponseWriter, r *http.Request) {
		p.serveFile(w, r, "malformed_truncated.html", "text/html", false)
	})
	mux.HandleFunc("GET /f/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	mux.HandleFunc("GET /f/brotli", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "br")
		w.Write([]byte{1, 2, 3})
	})
}

// faultLinks are the hrefs on /f/List.aspx; /f/offsite's target is added by
// the test.
var faultLinks = []string{
	"5xx", "always500", "429", "429date", "slow", "slowbody", "reset", "truncated", "gzipbomb",
	"huge", "hugechunked", "loop", "cycle", "moved", "private/ShowNews.aspx?Code=1", "malformed",
	"gone", "brotli", "offsite?to=OFFSITE",
}

// testConfig is fast: tiny backoffs and a short timeout; nothing in the
// tests depends on how long anything takes.
func testConfig() extract.Config {
	c := extract.DefaultConfig()
	c.UserAgent = "govwatch-test/1.0"
	c.Timeout = 2 * time.Second
	c.Retries = 2
	c.BackoffBase = time.Millisecond
	c.BackoffMax = 5 * time.Millisecond
	c.Rate = 10000
	c.Burst = 100
	c.Concurrency = 4
	return c
}

// crawl runs one crawl and collects its pages by URL.
func crawl(t *testing.T, ctx context.Context, c *extract.Crawler, sources []extract.Source, known extract.Known) (map[string]extract.Page, extract.Stats, error) {
	t.Helper()
	out := make(chan extract.Page, 4)
	pages := map[string]extract.Page{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for p := range out {
			if _, dup := pages[p.URL]; dup {
				t.Errorf("page %s sent twice", p.URL)
			}
			pages[p.URL] = p
		}
	}()
	stats, err := c.Crawl(ctx, sources, known, out)
	close(out)
	<-done
	return pages, stats, err
}

// knownMap is a Known built from a crawl's pages.
type knownMap map[string]extract.Validators

func (k knownMap) Lookup(u string) (extract.Validators, bool) {
	v, ok := k[u]
	return v, ok
}
