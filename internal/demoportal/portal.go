package demoportal

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed articles
var articleFS embed.FS

// ErrNotFound reports a path that names no article.
var ErrNotFound = errors.New("no such article")

// ErrOptions reports invalid Options.
var ErrOptions = errors.New("invalid demo portal options")

// MaxGenerate is the largest Options.Generate that New accepts.
const MaxGenerate = 1_000_000

// Options configures a Portal. The zero value serves the hand-written sites
// only.
type Options struct {
	// Generate is the number of synthetic articles of the site "gen"
	// (0 = no such site). Pages are built on request from Seed and the code.
	Generate int
	// Seed selects the synthetic articles; the same Seed and Generate give
	// the same bytes on every run.
	Seed uint64
	// GeneratedOnly drops the hand-written sites, leaving only "gen".
	GeneratedOnly bool
	// CrawlDelay, when positive, is announced in robots.txt as Crawl-delay
	// (in seconds, with fractions).
	CrawlDelay time.Duration
	// SlowDelay is how long /faults/slow waits when the request gives no
	// delay parameter; 0 means 30 seconds.
	SlowDelay time.Duration
	// OffsiteURL is where /faults/offsite redirects. Empty means the same
	// port and path on host 127.0.0.2, a different host on loopback.
	OffsiteURL string
}

// Portal is the demo governorate portal. Its methods are safe for
// concurrent use.
type Portal struct {
	opts   Options
	sites  []*site // hand-written, in slug order
	bySlug map[string]*site
	gen    *site // nil without Generate
	images [][]byte
	mux    *http.ServeMux
	stats  statsCounter

	mu        sync.Mutex
	revisions map[string]int // article key → revision
	faultHits map[string]int // fault mode + key → requests so far
}

// New builds a portal. It parses the embedded articles and draws the images;
// it returns an error wrapping ErrOptions for bad options, or a *SourceError
// for a malformed embedded file.
func New(opts Options) (*Portal, error) {
	if opts.Generate < 0 || opts.Generate > MaxGenerate {
		return nil, fmt.Errorf("%w: Generate %d outside 0..%d", ErrOptions, opts.Generate, MaxGenerate)
	}
	if opts.GeneratedOnly && opts.Generate == 0 {
		return nil, fmt.Errorf("%w: GeneratedOnly without Generate", ErrOptions)
	}
	if opts.CrawlDelay < 0 || opts.SlowDelay < 0 {
		return nil, fmt.Errorf("%w: negative delay", ErrOptions)
	}
	if opts.SlowDelay == 0 {
		opts.SlowDelay = 30 * time.Second
	}
	if opts.OffsiteURL != "" {
		u, err := url.Parse(opts.OffsiteURL)
		if err != nil || u.Host == "" {
			return nil, fmt.Errorf("%w: OffsiteURL %q is not an absolute URL", ErrOptions, opts.OffsiteURL)
		}
	}
	p := &Portal{opts: opts, bySlug: map[string]*site{}, revisions: map[string]int{}, faultHits: map[string]int{}}
	if !opts.GeneratedOnly {
		sites, err := loadSites(articleFS, "articles")
		if err != nil {
			return nil, fmt.Errorf("load articles: %w", err)
		}
		p.sites = sites
	}
	if opts.Generate > 0 {
		g, err := newGenSite(opts.Generate)
		if err != nil {
			return nil, err
		}
		p.gen = g
		p.sites = append(p.sites, g)
	}
	for _, s := range p.sites {
		p.bySlug[s.Slug] = s
	}
	imgs, err := makeImages()
	if err != nil {
		return nil, err
	}
	p.images = imgs
	p.routes()
	return p, nil
}

// Handler returns the portal's HTTP handler. Every request it serves is
// counted in Stats.
func (p *Portal) Handler() http.Handler {
	return p.stats.wrap(p.mux)
}

// Sites lists the sites the portal serves: the hand-written ones in slug
// order, then "gen" when Options.Generate is set.
func (p *Portal) Sites() []Site {
	out := make([]Site, len(p.sites))
	for i, s := range p.sites {
		out[i] = s.Site
	}
	return out
}

// Articles lists the hand-written articles, site by site in slug order and
// newest first within a site, as the listings show them. Generated articles
// are not listed; use Truth with their paths.
func (p *Portal) Articles() []ArticleInfo {
	var out []ArticleInfo
	for _, s := range p.sites {
		if s == p.gen {
			continue
		}
		for _, a := range s.articles {
			out = append(out, ArticleInfo{
				Path: a.path(), Site: s.Slug, Code: a.code, Title: a.title,
				Registered: a.registered, Occurred: a.occurred, Encoding: a.encoding,
				Paragraphs: append([]string(nil), a.paras...),
			})
		}
	}
	return out
}

// Truth returns the ground truth of the article at path, which is a
// server-relative path such as "/kavar/News/ShowNews.aspx?Code=1204" or an
// absolute URL on the portal. It reports false when no article is there.
// Revisions do not change the truth.
func (p *Portal) Truth(path string) (Truth, bool) {
	a, err := p.lookup(path)
	if err != nil {
		return Truth{}, false
	}
	return cloneTruth(a.truth), true
}

func cloneTruth(t Truth) Truth {
	return Truth{
		People:     append([]TruthPerson(nil), t.People...),
		Violations: append([]TruthViolation(nil), t.Violations...),
	}
}

// Revise makes the article at path change: each call appends a correction
// paragraph, which changes the page bytes, the ETag and Last-Modified. It
// returns the new revision number (1 after the first call), or an error
// wrapping ErrNotFound.
func (p *Portal) Revise(path string) (int, error) {
	a, err := p.lookup(path)
	if err != nil {
		return 0, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.revisions[a.path()]++
	return p.revisions[a.path()], nil
}

// lookup finds the article a path or URL names.
func (p *Portal) lookup(raw string) (*article, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, raw)
	}
	parts := strings.Split(strings.TrimPrefix(u.Path, "/"), "/")
	if len(parts) != 3 || parts[1] != "News" || !strings.EqualFold(parts[2], "ShowNews.aspx") {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, raw)
	}
	s, ok := p.bySlug[parts[0]]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, raw)
	}
	code, err := strconv.Atoi(u.Query().Get("Code"))
	if err != nil {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, raw)
	}
	a, ok := p.article(s, code)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, raw)
	}
	return a, nil
}

// article returns code of site s; generated ones are built now.
func (p *Portal) article(s *site, code int) (*article, bool) {
	if s == p.gen {
		if code < 1 || code > p.opts.Generate {
			return nil, false
		}
		return genArticle(s, p.opts.Seed, code), true
	}
	a, ok := s.byCode[code]
	return a, ok
}

// revision returns the article's revision and the paragraphs it adds.
func (p *Portal) revision(a *article) (int, []string) {
	p.mu.Lock()
	n := p.revisions[a.path()]
	p.mu.Unlock()
	var extra []string
	for i := 1; i <= n; i++ {
		extra = append(extra, fmt.Sprintf("اصلاحیه %s: متن این خبر پس از انتشار به درخواست روابط عمومی به‌روزرسانی شد.", persianDigits(strconv.Itoa(i))))
	}
	return n, extra
}

// serveBytes answers with body, an ETag computed from it and Last-Modified
// mod, or 304 when the request's validators match; it reports whether it
// sent the body.
func (p *Portal) serveBytes(w http.ResponseWriter, r *http.Request, body []byte, ctype string, mod time.Time) bool {
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:10]) + `"`
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Last-Modified", mod.UTC().Format(http.TimeFormat))
	h.Set("Cache-Control", "private")
	if notModified(r, etag, mod) {
		w.WriteHeader(http.StatusNotModified)
		return false
	}
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
	return true
}

// notModified applies If-None-Match, or If-Modified-Since when there is no
// If-None-Match (RFC 9110, section 13.2.2).
func notModified(r *http.Request, etag string, mod time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == etag || t == "*" {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		t, err := http.ParseTime(ims)
		return err == nil && !mod.Truncate(time.Second).After(t)
	}
	return false
}

// Server is a portal listening on a TCP address.
type Server struct {
	// URL is the base URL without a trailing slash, such as
	// "http://127.0.0.1:41234".
	URL  string
	srv  *http.Server
	stop func() bool
	done chan error
}

// Start serves the portal on addr ("" means 127.0.0.1:0, a free loopback
// port) until ctx is done or Close is called. It returns once the listener
// is bound, so URL is reachable at once.
func (p *Portal) Start(ctx context.Context, addr string) (*Server, error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen demo portal: %w", err)
	}
	s := &Server{
		URL:  "http://" + ln.Addr().String(),
		srv:  &http.Server{Handler: p.Handler(), ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }},
		done: make(chan error, 1),
	}
	go func() {
		err := s.srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.done <- err
	}()
	s.stop = context.AfterFunc(ctx, func() { _ = s.srv.Close() })
	return s, nil
}

// Close stops the server, dropping open connections, and returns the error
// that ended serving, if any other than the close itself.
func (s *Server) Close() error {
	if s.stop() { // the context had not closed the server yet
		if err := s.srv.Close(); err != nil {
			return fmt.Errorf("close demo portal: %w", err)
		}
	}
	err := <-s.done
	s.done <- err // let a second Close see it too
	return err
}
