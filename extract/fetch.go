package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Sentinel errors wrapped by [FetchError]; each maps to one Cause code.
var (
	// ErrHTTPStatus means the server answered with a status that is not a
	// success (the status is in FetchError.Status).
	ErrHTTPStatus = errors.New("unexpected http status")
	// ErrTimeout means an attempt did not finish within Config.Timeout.
	ErrTimeout = errors.New("timeout")
	// ErrReset means the connection was reset or closed before a response.
	ErrReset = errors.New("connection reset")
	// ErrNetwork means another transport failure (refused, DNS, TLS).
	ErrNetwork = errors.New("network error")
	// ErrTruncated means the body ended before its declared length.
	ErrTruncated = errors.New("body truncated")
	// ErrTooLarge means the body exceeded Config.MaxBodyBytes.
	ErrTooLarge = errors.New("body too large")
	// ErrDecompressionBomb means the decompressed body exceeded
	// Config.MaxDecompressedBytes.
	ErrDecompressionBomb = errors.New("decompressed body too large")
	// ErrBadEncoding means the body's Content-Encoding is unsupported or
	// its gzip stream is corrupt.
	ErrBadEncoding = errors.New("bad content encoding")
	// ErrRedirectLoop means a redirect led back to a URL already visited.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrTooManyRedirects means more than Config.MaxRedirects redirects;
	// its cause code is redirect_loop too, as a chain that long is one in
	// all but name.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrOffHost means a link or redirect points to a host the source does
	// not allow; the crawler does not request it.
	ErrOffHost = errors.New("host not allowed by source")
	// ErrRobots means robots.txt disallows the URL; it is not requested.
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrPageLimit means Config.MaxPagesPerSource was reached; the URL is
	// not requested.
	ErrPageLimit = errors.New("page limit reached")
	// ErrDeadline means the host's rate limit (Config.Rate, a source's
	// Rate or a robots.txt Crawl-delay) leaves no request before the
	// crawl's deadline; the page is not requested and the crawl's other
	// hosts go on.
	ErrDeadline = errors.New("host rate leaves no request before the deadline")
	// ErrSourceTime means the source ran for Config.MaxSourceDuration and
	// was stopped; its cause code is deadline too.
	ErrSourceTime = errors.New("source time limit reached")
	// ErrListingLimit means Config.MaxListingPages listing pages were read
	// from one start URL; the next listing page is not requested.
	ErrListingLimit = errors.New("listing page limit reached")
	// ErrRobotsUnavailable means the host's robots.txt could not be had (no
	// answer, or a 5xx after retries), so nothing on the host is requested
	// in this crawl. It wraps the robots.txt fetch's own error, whose cause
	// code the failed page carries.
	ErrRobotsUnavailable = errors.New("robots.txt unavailable")
)

// Cause codes recorded in [Page.Cause] and counted in [SourceStats.Failed]
// and [SourceStats.SkippedBy]. Parse failures are "parse_" + the
// [ParseError] part, for example "parse_title".
const (
	CauseHTTP5xx           = "http_5xx"
	CauseHTTP429           = "http_429"
	CauseHTTP4xx           = "http_4xx"
	CauseHTTPStatus        = "http_status"
	CauseTimeout           = "timeout"
	CauseReset             = "reset"
	CauseNetwork           = "network"
	CauseTruncated         = "truncated"
	CauseTooLarge          = "too_large"
	CauseDecompressionBomb = "decompression_bomb"
	CauseBadEncoding       = "bad_encoding"
	CauseRedirectLoop      = "redirect_loop"
	CauseOffhostRedirect   = "offhost_redirect"
	CauseOffhost           = "offhost"
	CauseRobots            = "robots"
	CausePageLimit         = "page_limit"
	CauseListingLimit      = "listing_limit"
	CauseDeadline          = "deadline"
	// CauseDNS is a host name that does not resolve; CauseRefused a host
	// that refuses connections. Other transport failures are CauseNetwork.
	CauseDNS     = "dns"
	CauseRefused = "refused"
)

// FetchError reports a page that could not be fetched: URL is the URL
// requested (after redirects, the last one), Status the last HTTP status
// received (0 when none was).
type FetchError struct {
	URL    string
	Status int
	Err    error
}

// Error implements error.
func (e *FetchError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("fetch %s: status %d: %v", e.URL, e.Status, e.Err)
	}
	return fmt.Sprintf("fetch %s: %v", e.URL, e.Err)
}

// Unwrap returns the underlying error, one of the package's sentinels.
func (e *FetchError) Unwrap() error { return e.Err }

// Fetch kinds, archived as the WARC-Govwatch-Kind header.
const (
	KindListing = "listing"
	KindArticle = "article"
	KindRobots  = "robots"
)

// response is one successful (2xx or 304) HTTP exchange.
type response struct {
	url       *url.URL // the URL that answered, after redirects
	status    int
	header    http.Header
	body      []byte // decompressed
	wireBytes int64
	fetchedAt time.Time
}

// failure is a fetch that did not succeed.
type failure struct {
	cause      string
	retry      bool
	retryAfter time.Duration
	status     int
	url        string
	err        error
}

func (f *failure) fetchError() *FetchError {
	return &FetchError{URL: f.url, Status: f.status, Err: f.err}
}

// newHTTPClient returns the crawler's shared client: no automatic
// redirects (the crawler follows them itself, checking hosts and robots at
// every hop), no transparent decompression (gzip is decoded with a cap),
// and transport timeouts within Config.Timeout.
func newHTTPClient(cfg Config) *http.Client {
	dialer := &net.Dialer{Timeout: min(cfg.Timeout, 10*time.Second), KeepAlive: 30 * time.Second, Resolver: cfg.Resolver}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   min(cfg.Timeout, 10*time.Second),
		ResponseHeaderTimeout: cfg.Timeout,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   max(cfg.Concurrency, 2),
		DisableCompression:    true,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// fetch gets u for source sr, following redirects within the source's
// hosts, retrying retryable failures, and archiving every exchange. It
// returns ctx's error when ctx ends, else a response or a *failure. 3xx
// statuses never reach the caller; 304 does.
func (c *Crawler) fetch(ctx context.Context, run *crawlRun, sr *sourceRun, u *url.URL, v Validators, kind string) (response, *failure, error) {
	var visited map[string]bool // made at the first redirect
	for hop := 0; ; hop++ {
		if hop > 0 && !sr.src.allows(u) {
			return response{}, &failure{cause: CauseOffhostRedirect, url: u.String(), err: ErrOffHost}, nil
		}
		h := run.hosts[normalizeHost(u.Scheme, u.Host)]
		if h == nil {
			return response{}, &failure{cause: CauseOffhost, url: u.String(), err: ErrOffHost}, nil
		}
		if kind != KindRobots {
			ok, f, err := c.robotsAllow(ctx, run, sr, h, u)
			if err != nil || f != nil {
				return response{}, f, err
			}
			if !ok {
				return response{}, &failure{cause: CauseRobots, url: u.String(), err: ErrRobots}, nil
			}
		}
		resp, f, err := c.fetchRetrying(ctx, run, sr, h, u, v, kind)
		if err != nil || f != nil {
			return resp, f, err
		}
		if !isRedirect(resp.status) {
			return resp, nil, nil
		}
		loc := resp.header.Get("Location")
		next, err := u.Parse(strings.TrimSpace(loc))
		if loc == "" || err != nil || (next.Scheme != "http" && next.Scheme != "https") {
			return response{}, &failure{cause: CauseHTTPStatus, status: resp.status, url: u.String(),
				err: fmt.Errorf("%w: redirect to %q", ErrHTTPStatus, loc)}, nil
		}
		next.Fragment = ""
		key := next.String()
		if visited == nil {
			visited = map[string]bool{u.String(): true}
		}
		if visited[key] {
			return response{}, &failure{cause: CauseRedirectLoop, status: resp.status, url: key, err: ErrRedirectLoop}, nil
		}
		if hop+1 > c.cfg.MaxRedirects {
			return response{}, &failure{cause: CauseRedirectLoop, status: resp.status, url: key, err: ErrTooManyRedirects}, nil
		}
		visited[key] = true
		u = next
		v = Validators{}
	}
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// fetchRetrying makes up to Config.Retries+1 attempts at one URL.
func (c *Crawler) fetchRetrying(ctx context.Context, run *crawlRun, sr *sourceRun, h *hostState, u *url.URL, v Validators, kind string) (response, *failure, error) {
	for attempt := 0; ; attempt++ {
		resp, f, err := c.attempt(ctx, run, sr, h, u, v, kind)
		if err != nil || f == nil {
			return resp, f, err
		}
		if !f.retry || attempt >= c.cfg.Retries {
			return resp, f, nil
		}
		wait := c.backoff(attempt, f.retryAfter)
		c.log.Debug("fetch retry", "url", u.String(), "cause", f.cause, "attempt", attempt+1, "wait", wait)
		if err := sleep(ctx, wait); err != nil {
			return response{}, nil, err
		}
	}
}

// backoff returns the wait before retry attempt+1: a Retry-After the
// server asked for, else a uniform draw from [0, BackoffBase·2^attempt]
// (full jitter); both capped by BackoffMax.
func (c *Crawler) backoff(attempt int, retryAfter time.Duration) time.Duration {
	if retryAfter > 0 {
		return min(retryAfter, c.cfg.BackoffMax)
	}
	ceiling := c.cfg.BackoffBase
	for i := 0; i < attempt && ceiling < c.cfg.BackoffMax; i++ {
		ceiling *= 2
	}
	ceiling = min(ceiling, c.cfg.BackoffMax)
	if ceiling <= 0 {
		return 0
	}
	return time.Duration(rand.Int64N(int64(ceiling) + 1))
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// parseRetryAfter reads a Retry-After value in seconds or as an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0
		}
		return time.Duration(min(s, 86400)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0)
	}
	return 0
}

// attempt makes one request, waiting for the host's rate limiter and
// concurrency slot, and archives the exchange once the slot is free again.
func (c *Crawler) attempt(ctx context.Context, run *crawlRun, sr *sourceRun, h *hostState, u *url.URL, v Validators, kind string) (response, *failure, error) {
	if err := h.limiter.Wait(ctx); err != nil {
		if ctx.Err() == nil {
			// The host's rate leaves no request before ctx's deadline: this
			// page fails, and the run's other hosts go on.
			return response{}, &failure{cause: CauseDeadline, url: u.String(), err: fmt.Errorf("%w: %v", ErrDeadline, err)}, nil
		}
		return response{}, nil, ctx.Err()
	}
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return response{}, nil, ctx.Err()
	}
	// The slot is given back as soon as the body is read: archiving and
	// decoding need no connection, so the next request can start.
	held := true
	release := func() {
		if held {
			held = false
			<-h.sem
		}
	}
	defer release()

	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return response{}, &failure{cause: CauseNetwork, url: u.String(), err: fmt.Errorf("%w: %v", ErrNetwork, err)}, nil
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	run.countRequest(sr)
	res, err := c.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return response{}, nil, ctx.Err()
		}
		cause, sentinel := classify(err, false)
		return response{}, &failure{cause: cause, retry: true, url: u.String(), err: fmt.Errorf("%w: %v", sentinel, err)}, nil
	}
	defer res.Body.Close()
	fetchedAt := time.Now().UTC()
	limit := c.cfg.MaxBodyBytes

	var raw []byte
	var readErr error
	truncated := ""
	if res.ContentLength > limit {
		truncated = "length"
	} else {
		raw, readErr = io.ReadAll(io.LimitReader(res.Body, limit+1))
		if int64(len(raw)) > limit {
			raw = raw[:limit]
			truncated = "length"
		} else if readErr != nil {
			truncated = "disconnect"
			if cause, _ := classify(readErr, true); cause == CauseTimeout {
				truncated = "time"
			}
		}
	}
	res.Body.Close()
	release()
	if err := c.archive.write(req, res, raw, truncated, sr.src.ID, kind, fetchedAt); err != nil {
		return response{}, nil, err
	}
	if ctx.Err() != nil {
		return response{}, nil, ctx.Err()
	}
	f := &failure{status: res.StatusCode, url: u.String()}
	switch {
	case truncated == "length":
		f.cause, f.err = CauseTooLarge, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
		return response{}, f, nil
	case readErr != nil:
		cause, sentinel := classify(readErr, true)
		f.cause, f.retry, f.err = cause, true, fmt.Errorf("%w: %v", sentinel, readErr)
		return response{}, f, nil
	}
	switch s := res.StatusCode; {
	case s == http.StatusTooManyRequests:
		f.cause, f.retry, f.err = CauseHTTP429, true, ErrHTTPStatus
		f.retryAfter = parseRetryAfter(res.Header.Get("Retry-After"), fetchedAt)
		return response{}, f, nil
	case s >= 500:
		f.cause, f.retry, f.err = CauseHTTP5xx, true, ErrHTTPStatus
		f.retryAfter = parseRetryAfter(res.Header.Get("Retry-After"), fetchedAt)
		return response{}, f, nil
	case s >= 400:
		f.cause, f.err = CauseHTTP4xx, ErrHTTPStatus
		return response{}, f, nil
	case s == http.StatusNotModified || isRedirect(s):
		return response{url: u, status: s, header: res.Header, wireBytes: int64(len(raw)), fetchedAt: fetchedAt}, nil, nil
	case s < 200 || s >= 300:
		f.cause, f.err = CauseHTTPStatus, ErrHTTPStatus
		return response{}, f, nil
	}
	body, cause, err := decodeContent(raw, res.Header.Get("Content-Encoding"), c.cfg.MaxDecompressedBytes)
	if err != nil {
		f.cause, f.err = cause, err
		f.retry = cause == CauseTruncated
		return response{}, f, nil
	}
	return response{url: u, status: res.StatusCode, header: res.Header, body: body, wireBytes: int64(len(raw)), fetchedAt: fetchedAt}, nil, nil
}

// classify maps a transport error to a cause code and sentinel. inBody
// tells whether the error came while reading the body, where an early EOF
// means a truncated body rather than a reset connection.
func classify(err error, inBody bool) (string, error) {
	var ne net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return CauseTimeout, ErrTimeout
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE):
		return CauseReset, ErrReset
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		if inBody {
			return CauseTruncated, ErrTruncated
		}
		return CauseReset, ErrReset
	}
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &dnsErr):
		return CauseDNS, ErrNetwork
	case errors.Is(err, syscall.ECONNREFUSED):
		return CauseRefused, ErrNetwork
	}
	return CauseNetwork, ErrNetwork
}

// decodeContent undoes a gzip Content-Encoding with a cap on the output.
func decodeContent(raw []byte, encoding string, maxBytes int64) ([]byte, string, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return raw, "", nil
	case "gzip", "x-gzip":
	default:
		return nil, CauseBadEncoding, fmt.Errorf("%w: %q", ErrBadEncoding, encoding)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, CauseTruncated, fmt.Errorf("%w: gzip: %v", ErrTruncated, err)
		}
		return nil, CauseBadEncoding, fmt.Errorf("%w: gzip: %v", ErrBadEncoding, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxBytes+1))
	switch {
	case int64(len(out)) > maxBytes:
		return nil, CauseDecompressionBomb, fmt.Errorf("%w: more than %d bytes", ErrDecompressionBomb, maxBytes)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, CauseTruncated, fmt.Errorf("%w: gzip: %v", ErrTruncated, err)
	case err != nil:
		return nil, CauseBadEncoding, fmt.Errorf("%w: gzip: %v", ErrBadEncoding, err)
	}
	return out, "", nil
}
