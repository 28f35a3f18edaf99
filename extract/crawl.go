package extract

import (
	"cmp"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"os"
	"sync"

	"golang.org/x/sync/errgroup"

	"govwatch/internal/spill"
)

// Validators are the HTTP cache validators of a page, sent back as
// If-None-Match and If-Modified-Since so that an unchanged page costs a 304.
// Empty fields are not sent.
type Validators struct {
	ETag         string
	LastModified string
}

// Known is the crawl state the pipeline keeps between runs. Lookup reports
// whether a canonical article URL was seen in an earlier crawl and, if so,
// its validators. It must be safe for concurrent use. A nil Known means
// nothing is known.
type Known interface {
	Lookup(url string) (v Validators, seen bool)
}

// Outcome is what became of one page.
type Outcome int

// Outcomes of a page.
const (
	// Fetched: the page was fetched (2xx) and parsed into Page.Article.
	Fetched Outcome = iota + 1
	// NotModified: the server answered 304 to a conditional GET; nothing
	// was parsed.
	NotModified
	// Failed: fetching or parsing failed; Page.Err and Page.Cause say why.
	Failed
	// Skipped: the page was not requested (robots.txt disallows it, a host
	// the source does not allow, Config.MaxPagesPerSource or
	// Config.MaxListingPages reached, a later listing page the pager shows
	// but no next link leads to); Page.Cause says why. A limit reached
	// and a listing page robots.txt disallows are logged as warnings, once
	// per source and cause.
	Skipped
)

// String returns the outcome's lower_snake_case name.
func (o Outcome) String() string {
	switch o {
	case Fetched:
		return "fetched"
	case NotModified:
		return "not_modified"
	case Failed:
		return "failed"
	case Skipped:
		return "skipped"
	}
	return fmt.Sprintf("outcome(%d)", int(o))
}

// Page is the outcome of one article page (or one failed listing page).
type Page struct {
	// SourceID is the source the page was crawled for.
	SourceID string
	// URL is the canonical URL as linked from the listing (the key for
	// [Known]); Article.URL is the canonical URL that answered, which
	// differs only after a redirect.
	URL string
	// Outcome says what became of the page.
	Outcome Outcome
	// Article is set when Outcome is Fetched; its FetchedAt and Status are
	// filled.
	Article Article
	// Validators are the page's ETag and Last-Modified as last answered
	// (for NotModified, the ones sent when the 304 repeated none).
	Validators Validators
	// Err is a *FetchError or *ParseError when Outcome is Failed or
	// Skipped, nil otherwise.
	Err error
	// Cause is the short code of a failure or skip (see the Cause
	// constants; parse failures are "parse_<part>"), empty otherwise.
	Cause string
	// Bytes is the number of body bytes received on the wire for the last
	// exchange (compressed size when gzip was used).
	Bytes int64
	// Listing is true for a listing page; only failed or skipped listing
	// pages are sent.
	Listing bool
}

// SourceStats counts one source's pages in one crawl.
type SourceStats struct {
	// ListingPages is the number of listing pages fetched and parsed.
	ListingPages int
	// Fetched is the number of article pages that answered 2xx (parsed or
	// not).
	Fetched int
	// NotModified is the number of article pages that answered 304.
	NotModified int
	// Articles is the number of article pages parsed into an Article.
	Articles int
	// Failed counts failed pages (listing and article) by cause.
	Failed map[string]int
	// Skipped is the number of pages not requested; SkippedBy counts them
	// by cause (robots, offhost, page_limit, listing_limit).
	Skipped   int
	SkippedBy map[string]int
	// Requests is the number of HTTP requests made for the source,
	// including robots.txt, retries and redirects.
	Requests int
}

// Stats counts one crawl.
type Stats struct {
	// Sources holds each source's counts by source ID.
	Sources map[string]SourceStats
	// Requests is the total number of HTTP requests made.
	Requests int
}

// Crawler crawls sources politely and archives what it fetches. It is
// safe for concurrent use, but concurrent Crawl calls do not share
// politeness state; run one at a time against the same hosts. Close it to
// flush the archive.
type Crawler struct {
	cfg      Config
	profiles map[string]Profile
	log      *slog.Logger
	client   *http.Client
	archive  *archive

	mu      sync.Mutex
	layouts map[string]Layout // learned by the last Crawl, by source ID
}

// Layouts returns the layouts that [AutoProfile] sources used or learned in
// the last crawl, by source ID.
func (c *Crawler) Layouts() map[string]Layout {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.layouts)
}

// New returns a crawler with configuration cfg and layout profiles (usually
// [BuiltinProfiles] plus those from the config file). It validates both and
// opens the WARC archive when cfg.ArchiveDir is set. A nil logger discards.
func New(cfg Config, profiles map[string]Profile, logger *slog.Logger) (*Crawler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("new crawler: %w", err)
	}
	for name, p := range profiles {
		if err := p.Validate(); err != nil {
			return nil, fmt.Errorf("new crawler: profile %q: %w", name, err)
		}
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	a, err := newArchive(cfg)
	if err != nil {
		return nil, fmt.Errorf("new crawler: %w", err)
	}
	return &Crawler{
		cfg:      cfg,
		profiles: maps.Clone(profiles),
		log:      logger,
		client:   newHTTPClient(cfg),
		archive:  a,
	}, nil
}

// Close closes the archive's current file (renaming it to its final name)
// and the idle connections. It is safe to call more than once.
func (c *Crawler) Close() error {
	c.client.CloseIdleConnections()
	return c.archive.close()
}

// crawlRun is the state of one Crawl call.
type crawlRun struct {
	hosts map[string]*hostState
	known Known
	out   chan<- Page

	mu    sync.Mutex
	stats Stats
}

func (r *crawlRun) countRequest(sr *sourceRun) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Requests++
	s := r.stats.Sources[sr.src.ID]
	s.Requests++
	r.stats.Sources[sr.src.ID] = s
}

func (r *crawlRun) update(sr *sourceRun, f func(*SourceStats)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.stats.Sources[sr.src.ID]
	f(&s)
	r.stats.Sources[sr.src.ID] = s
}

func (r *crawlRun) snapshot() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := Stats{Requests: r.stats.Requests, Sources: make(map[string]SourceStats, len(r.stats.Sources))}
	for id, ss := range r.stats.Sources {
		ss.Failed = maps.Clone(ss.Failed)
		ss.SkippedBy = maps.Clone(ss.SkippedBy)
		s.Sources[id] = ss
	}
	return s
}

func (r *crawlRun) lookup(u string) (Validators, bool) {
	if r.known == nil {
		return Validators{}, false
	}
	return r.known.Lookup(u)
}

// sourceRun is the state of one source during one crawl.
type sourceRun struct {
	src     Source
	profile Profile
	auto    *autoState // nil unless the profile is AutoProfile

	// seen holds the article and listing URLs seen in this crawl.
	seen *seenSet

	mu    sync.Mutex
	pages int
	// warned holds the skip causes already logged as a warning for the
	// source, so that a limit reached logs once, not once a page.
	warned map[string]bool
}

// warnOnce reports whether cause is not yet warned about for the source, and
// notes it.
func (sr *sourceRun) warnOnce(cause string) bool {
	sr.mu.Lock()
	defer sr.mu.Unlock()
	if sr.warned[cause] {
		return false
	}
	if sr.warned == nil {
		sr.warned = map[string]bool{}
	}
	sr.warned[cause] = true
	return true
}

// seenSet holds the URLs that the crawl has seen, of every source: each listing
// page visited and each article link queued. It keeps a 16-byte hash of the
// source, the kind and the URL (a collision is 2^-64 likely) in a spill table
// (govwatch/internal/spill): the latest in memory, the rest in sorted files in
// Config.ScratchDir, so that the crawl's memory does not grow with its pages.
type seenSet struct {
	mu  sync.Mutex
	tab *spill.Table
	err error // the first failure to read or write the table
}

// What a URL was seen as.
const (
	seenArticle byte = 'a'
	seenListing byte = 'l'
)

func newSeenSet(dir string) (*seenSet, error) {
	if dir == "" {
		dir = os.TempDir()
	}
	tab, err := spill.New(spill.Options{Dir: dir, Name: "seen", Held: seenHeld})
	if err != nil {
		return nil, fmt.Errorf("crawl: seen set: %w", err)
	}
	return &seenSet{tab: tab}, nil
}

// seenHeld is the number of URLs a crawl's seen set holds in memory; zero means
// spill.DefaultHeld. Tests make it small.
var seenHeld int

func seenKey(source string, kind byte, u string) spill.Key {
	h := sha256.New()
	h.Write([]byte{kind})
	h.Write([]byte(source))
	h.Write([]byte{0})
	h.Write([]byte(u))
	var k spill.Key
	copy(k[:], h.Sum(nil))
	return k
}

// add records u and reports whether it is new. A table that fails reports every
// URL as new (the page is then fetched again, and the dataset keeps one row), and
// the failure ends the crawl with an error.
func (s *seenSet) add(k spill.Key) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	added, err := s.tab.Add(k)
	if err != nil {
		s.err = cmp.Or(s.err, err)
		return true
	}
	return added
}

func (s *seenSet) has(k spill.Key) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	ok, err := s.tab.Get(k, nil)
	if err != nil {
		s.err = cmp.Or(s.err, err)
	}
	return ok
}

// close removes the set's files and returns its first failure.
func (s *seenSet) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return errors.Join(s.err, s.tab.Close())
}

// takePage reserves one page of the source's budget.
func (sr *sourceRun) takePage(limit int) bool {
	sr.mu.Lock()
	defer sr.mu.Unlock()
	if limit > 0 && sr.pages >= limit {
		return false
	}
	sr.pages++
	return true
}

// visited reports whether listing page u was visited in this crawl.
func (sr *sourceRun) visited(u string) bool {
	return sr.seen.has(seenKey(sr.src.ID, seenListing, u))
}

// firstSight records u, seen as kind (seenArticle or seenListing), and reports
// whether it is new in this crawl.
func (sr *sourceRun) firstSight(kind byte, u string) bool {
	return sr.seen.add(seenKey(sr.src.ID, kind, u))
}

// Crawl crawls every source and sends one [Page] to out for each article
// link found (fetched, not modified, failed or skipped) and for each
// listing page that failed or was skipped (Listing = true). Listing pages
// that succeed are archived and counted in [Stats] but not sent. out is
// owned by the caller and not closed; Crawl blocks while out is full.
//
// Sources are crawled concurrently. For each start URL, listing pages are
// followed through the profile's next link (the first match not yet
// visited), or when there is none through the pager's number after the
// current page (a pager that shows only later numbers is a listing page
// Skipped with cause pager_unfollowed), until a page whose article
// links were all seen before (per known, or earlier in this crawl), a last
// page, Config.MaxListingPages, or Config.MaxPagesPerSource. Every article
// linked from a visited listing page is fetched, seen ones with a
// conditional GET. Links and redirects to hosts the source does not allow
// are never requested. A listing page a limit stops before is sent as
// Skipped (cause listing_limit or page_limit). When a host's robots.txt
// cannot be had (no answer, or 5xx), each page asked of the host is sent as
// Failed with the robots.txt fetch's cause and an error wrapping
// [ErrRobotsUnavailable].
//
// Crawl returns ctx's error if ctx ends, an error for invalid sources or a
// failing archive, and nil otherwise: page failures are reported in pages
// and Stats, not as an error. On return the archive's current file is
// closed, so every capture of this crawl can be read with [ReadArchive].
func (c *Crawler) Crawl(ctx context.Context, sources []Source, known Known, out chan<- Page) (Stats, error) {
	run := &crawlRun{hosts: map[string]*hostState{}, known: known, out: out,
		stats: Stats{Sources: map[string]SourceStats{}}}
	var errs []error
	var runs []*sourceRun
	type hostLimits struct {
		scheme      string
		rate        float64
		concurrency int
	}
	limits := map[string]hostLimits{}
	for i, s := range sources {
		if err := s.Validate(c.profiles); err != nil {
			errs = append(errs, fmt.Errorf("source %d (%s): %w", i, s.ID, err))
			continue
		}
		if _, dup := run.stats.Sources[s.ID]; dup {
			errs = append(errs, &ConfigError{Field: fmt.Sprintf("sources[%d].id", i), Value: s.ID, Err: errors.New("duplicate source id")})
			continue
		}
		run.stats.Sources[s.ID] = SourceStats{}
		prof, ok := c.profiles[s.ProfileName()]
		if !ok {
			prof = Profile{Name: AutoProfile}
		}
		sr := &sourceRun{src: s, profile: prof}
		if prof.IsAuto() {
			sr.auto = newAutoState(s, c.cfg.NoPresets)
			if l, ok, err := loadLayout(c.cfg.LayoutDir, s); err != nil {
				c.log.Warn("layout unreadable", "source", s.ID, "err", err)
			} else if ok {
				sr.auto.layout = l
			}
		}
		runs = append(runs, sr)
		r, n := c.cfg.Rate, c.cfg.Concurrency
		if s.Rate > 0 {
			r = s.Rate
		}
		if s.Concurrency > 0 {
			n = s.Concurrency
		}
		// robots.txt is fetched with the scheme of the host's first start
		// URL, or of the source's first start URL for other allowed hosts.
		schemes := map[string]string{}
		first := ""
		for _, raw := range s.StartURLs {
			if u, err := url.Parse(raw); err == nil {
				h := normalizeHost(u.Scheme, u.Host)
				if _, ok := schemes[h]; !ok {
					schemes[h] = u.Scheme
				}
				if first == "" {
					first = u.Scheme
				}
			}
		}
		for _, h := range s.Hosts() {
			l, ok := limits[h]
			if !ok {
				scheme := schemes[h]
				if scheme == "" {
					scheme = first
				}
				l = hostLimits{scheme: scheme, rate: r, concurrency: n}
			}
			l.rate, l.concurrency = min(l.rate, r), min(l.concurrency, n)
			limits[h] = l
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Stats{}, fmt.Errorf("crawl: %w", err)
	}
	seen, err := newSeenSet(c.cfg.ScratchDir)
	if err != nil {
		return Stats{}, err
	}
	for _, sr := range runs {
		sr.seen = seen
	}
	for h, l := range limits {
		run.hosts[h] = newHostState(l.scheme, h, l.rate, c.cfg.Burst, l.concurrency)
	}

	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(1, min(len(runs), 4)))
	for _, sr := range runs {
		g.Go(func() error { return c.crawlSource(gctx, run, sr) })
	}
	err = g.Wait()
	if serr := seen.close(); serr != nil && err == nil {
		err = fmt.Errorf("seen set: %w", serr)
	}
	learned := map[string]Layout{}
	for _, sr := range runs {
		if sr.auto == nil {
			continue
		}
		sr.auto.mu.Lock()
		l, dirty := sr.auto.layout, sr.auto.dirty
		sr.auto.mu.Unlock()
		learned[sr.src.ID] = l
		if dirty && c.cfg.LayoutDir != "" && (l.List.Item != "" || l.Preset != "") {
			if serr := saveLayout(c.cfg.LayoutDir, l); serr != nil {
				c.log.Warn("layout not kept", "source", sr.src.ID, "err", serr)
			}
		}
	}
	c.mu.Lock()
	c.layouts = learned
	c.mu.Unlock()
	if rerr := c.archive.rotate(); rerr != nil && err == nil {
		err = rerr
	}
	stats := run.snapshot()
	if ctx.Err() != nil {
		return stats, ctx.Err()
	}
	if err != nil {
		return stats, fmt.Errorf("crawl: %w", err)
	}
	return stats, nil
}

// crawlSource walks one source's listings and fans out its article fetches,
// within Config.MaxSourceDuration: a source stopped by it records one failed
// page (cause deadline) and returns nil, so that the other sources go on.
func (c *Crawler) crawlSource(ctx context.Context, run *crawlRun, sr *sourceRun) error {
	sctx := ctx
	if d := c.cfg.MaxSourceDuration; d > 0 {
		var cancel context.CancelFunc
		sctx, cancel = context.WithTimeoutCause(ctx, d, ErrSourceTime)
		defer cancel()
	}
	err := c.walkSource(sctx, run, sr)
	if err != nil && ctx.Err() == nil && errors.Is(context.Cause(sctx), ErrSourceTime) {
		start := ""
		if len(sr.src.StartURLs) > 0 {
			start = sr.src.StartURLs[0]
		}
		c.log.Warn("source stopped", "source", sr.src.ID, "cause", CauseDeadline, "max_source_duration", c.cfg.MaxSourceDuration)
		f := &failure{cause: CauseDeadline, url: start,
			err: fmt.Errorf("%w: %s", ErrSourceTime, c.cfg.MaxSourceDuration)}
		return c.fail(ctx, run, sr, start, true, f)
	}
	return err
}

// walkSource walks one source's listings and fans out its article fetches.
func (c *Crawler) walkSource(ctx context.Context, run *crawlRun, sr *sourceRun) error {
	limit := sr.src.Concurrency
	if limit <= 0 {
		limit = c.cfg.Concurrency
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(limit)
	for _, start := range sr.src.StartURLs {
		u, ok := resolveLink(&url.URL{}, start)
		if !ok {
			continue // Validate rejects these; never reached.
		}
		if err := c.walkListing(gctx, run, sr, g, u); err != nil {
			_ = g.Wait()
			return err
		}
	}
	return g.Wait()
}

// walkListing follows one start URL's pagination.
func (c *Crawler) walkListing(ctx context.Context, run *crawlRun, sr *sourceRun, g *errgroup.Group, u *url.URL) error {
	for page := 1; u != nil && page <= c.cfg.MaxListingPages; page++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !sr.firstSight(seenListing, u.String()) {
			return nil
		}
		if !sr.takePage(c.cfg.MaxPagesPerSource) {
			return c.skip(ctx, run, sr, u.String(), true, CausePageLimit, ErrPageLimit)
		}
		resp, f, err := c.fetch(ctx, run, sr, u, Validators{}, KindListing)
		if err != nil {
			return err
		}
		if f != nil {
			return c.fail(ctx, run, sr, u.String(), true, f)
		}
		var l listing
		var perr error
		if sr.auto != nil {
			l, perr = sr.auto.listing(c.log, resp.url.String(), resp.body, resp.header.Get("Content-Type"))
		} else {
			l, perr = parseListing(sr.profile, resp.url.String(), resp.body, resp.header.Get("Content-Type"))
		}
		if perr != nil {
			var pe *ParseError
			errors.As(perr, &pe)
			return c.send(ctx, run, sr, Page{SourceID: sr.src.ID, URL: u.String(), Outcome: Failed, Err: perr,
				Cause: "parse_" + pe.Part, Bytes: resp.wireBytes, Listing: true})
		}
		run.update(sr, func(s *SourceStats) { s.ListingPages++ })
		allSeen := true
		for _, link := range l.links {
			key := link.String()
			if !sr.firstSight(seenArticle, key) {
				continue // linked twice in this crawl: counts as seen
			}
			if !sr.src.allows(link) {
				if err := c.skip(ctx, run, sr, key, false, CauseOffhost, ErrOffHost); err != nil {
					return err
				}
				continue
			}
			v, seen := run.lookup(key)
			if !seen {
				allSeen = false
			}
			if !sr.takePage(c.cfg.MaxPagesPerSource) {
				if err := c.skip(ctx, run, sr, key, false, CausePageLimit, ErrPageLimit); err != nil {
					return err
				}
				continue
			}
			hint := l.hints[key]
			g.Go(func() error { return c.crawlArticle(ctx, run, sr, link, v, hint) })
		}
		if allSeen {
			c.log.Debug("listing stop early", "source", sr.src.ID, "url", u.String(), "page", page)
			return nil
		}
		// The next page is the first candidate not yet visited, so that a
		// selector matching a whole numbered pager works too.
		var next *url.URL
		for _, cand := range l.next {
			if !sr.visited(cand.String()) {
				next = cand
				break
			}
		}
		if next == nil {
			// No next link: the page number after this page's, if the
			// pager shows it; a later one only is reported, not guessed.
			if pu, n, follow := l.pager.after(page); pu != nil && !sr.visited(pu.String()) {
				if !follow {
					return c.skip(ctx, run, sr, pu.String(), true, CausePagerUnfollowed,
						fmt.Errorf("%w: %s links to page %d", ErrPagerUnfollowed, u, n))
				}
				next = pu
			}
		}
		if next != nil && !sr.src.allows(next) {
			return c.skip(ctx, run, sr, next.String(), true, CauseOffhost, ErrOffHost)
		}
		u = next
	}
	if u != nil && !sr.visited(u.String()) {
		// Stopped by Config.MaxListingPages with a next page to read.
		return c.skip(ctx, run, sr, u.String(), true, CauseListingLimit, ErrListingLimit)
	}
	return nil
}

// crawlArticle fetches and parses one article page and sends its outcome.
// hint is what the listing printed of it (the automatic layout's clues to
// the title and the date).
func (c *Crawler) crawlArticle(ctx context.Context, run *crawlRun, sr *sourceRun, u *url.URL, v Validators, hint linkHint) error {
	resp, f, err := c.fetch(ctx, run, sr, u, v, KindArticle)
	if err != nil {
		return err
	}
	key := u.String()
	if f != nil {
		return c.fail(ctx, run, sr, key, false, f)
	}
	got := Validators{ETag: resp.header.Get("ETag"), LastModified: resp.header.Get("Last-Modified")}
	if resp.status == 304 {
		if got == (Validators{}) {
			got = v
		}
		run.update(sr, func(s *SourceStats) { s.NotModified++ })
		return c.send(ctx, run, sr, Page{SourceID: sr.src.ID, URL: key, Outcome: NotModified, Validators: got, Bytes: resp.wireBytes})
	}
	run.update(sr, func(s *SourceStats) { s.Fetched++ })
	var a Article
	var perr error
	if sr.auto != nil {
		a, perr = sr.auto.article(c.log, sr.src.ID, resp.url.String(), hint, resp.body, resp.header.Get("Content-Type"))
	} else {
		a, perr = ParseArticle(sr.profile, sr.src.ID, resp.url.String(), resp.body, resp.header.Get("Content-Type"))
	}
	if perr != nil {
		var pe *ParseError
		cause := "parse"
		if errors.As(perr, &pe) {
			cause += "_" + pe.Part
		}
		run.update(sr, func(s *SourceStats) { bump(&s.Failed, cause) })
		c.log.Info("article failed", "source", sr.src.ID, "url", key, "cause", cause)
		return c.send(ctx, run, sr, Page{SourceID: sr.src.ID, URL: key, Outcome: Failed, Validators: got,
			Err: perr, Cause: cause, Bytes: resp.wireBytes})
	}
	a.FetchedAt = resp.fetchedAt
	a.Status = resp.status
	run.update(sr, func(s *SourceStats) { s.Articles++ })
	return c.send(ctx, run, sr, Page{SourceID: sr.src.ID, URL: key, Outcome: Fetched, Article: a,
		Validators: got, Bytes: resp.wireBytes})
}

func bump(m *map[string]int, k string) {
	if *m == nil {
		*m = map[string]int{}
	}
	(*m)[k]++
}

// fail records and sends a fetch failure; robots and off-host redirects
// are skips rather than failures only when nothing was requested.
func (c *Crawler) fail(ctx context.Context, run *crawlRun, sr *sourceRun, key string, listing bool, f *failure) error {
	if f.cause == CauseRobots {
		return c.skip(ctx, run, sr, key, listing, CauseRobots, f.fetchError())
	}
	run.update(sr, func(s *SourceStats) { bump(&s.Failed, f.cause) })
	c.log.Info("page failed", "source", sr.src.ID, "url", key, "cause", f.cause, "status", f.status, "listing", listing)
	return c.send(ctx, run, sr, Page{SourceID: sr.src.ID, URL: key, Outcome: Failed, Err: f.fetchError(),
		Cause: f.cause, Listing: listing})
}

// skip records and sends a page that was not requested.
func (c *Crawler) skip(ctx context.Context, run *crawlRun, sr *sourceRun, key string, listing bool, cause string, err error) error {
	var fe *FetchError
	if !errors.As(err, &fe) {
		fe = &FetchError{URL: key, Err: err}
	}
	run.update(sr, func(s *SourceStats) {
		s.Skipped++
		bump(&s.SkippedBy, cause)
	})
	switch {
	case cause == CausePageLimit || cause == CauseListingLimit || cause == CausePagerUnfollowed || (listing && cause == CauseRobots):
		// A limit reached, or a listing robots.txt forbids, leaves part of
		// the source unread: say so once per source and cause.
		if sr.warnOnce(cause) {
			c.log.Warn("pages skipped", "source", sr.src.ID, "url", key, "cause", cause, "listing", listing, "err", err)
		}
	default:
		c.log.Debug("page skipped", "source", sr.src.ID, "url", key, "cause", cause)
	}
	return c.send(ctx, run, sr, Page{SourceID: sr.src.ID, URL: key, Outcome: Skipped, Err: fe, Cause: cause, Listing: listing})
}

// send delivers p to the caller's channel unless ctx ends first.
func (c *Crawler) send(ctx context.Context, run *crawlRun, _ *sourceRun, p Page) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case run.out <- p:
		return nil
	}
}
