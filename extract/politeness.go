package extract

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// hostState is the politeness state of one host during one crawl: a token
// bucket, a concurrency semaphore and the host's robots.txt rules.
type hostState struct {
	host    string
	scheme  string
	limiter *rate.Limiter
	sem     chan struct{}

	robotsMu   sync.Mutex
	robotsDone bool
	// robotsReady is set, under robotsMu, once robotsErr and robots are
	// final; after that they are read without the lock.
	robotsReady atomic.Bool
	robotsErr   *failure         // robots.txt could not be had: every page fails with it
	robots      *robotstxt.Group // nil allows everything
}

// newHostState returns the state for a host crawled at perSecond requests
// a second with burst and concurrency slots.
func newHostState(scheme, host string, perSecond float64, burst, concurrency int) *hostState {
	return &hostState{
		host:    host,
		scheme:  scheme,
		limiter: rate.NewLimiter(rate.Limit(perSecond), burst),
		sem:     make(chan struct{}, concurrency),
	}
}

// slowerLimit returns the slower of a configured rate and a robots.txt
// Crawl-delay (a delay <= 0 means none).
func slowerLimit(configured rate.Limit, crawlDelay time.Duration) rate.Limit {
	if crawlDelay <= 0 {
		return configured
	}
	return min(configured, rate.Every(crawlDelay))
}

// robotsAllow reports whether robots.txt allows u. The host's robots.txt is
// fetched once per crawl, by the first caller, with the source's limits and
// archived like any page. Its status decides:
//   - 2xx: the rules of the group matching Config.UserAgent apply, and a
//     Crawl-delay (capped at Config.MaxCrawlDelay) slows the host's rate
//     limiter to the slower of the two;
//   - 4xx (including 404, after redirects): everything is allowed;
//   - 5xx after retries, or no answer at all (refused, DNS, timeout, reset,
//     too large): nothing on the host is requested in this crawl, and every
//     page asked for fails with a *failure wrapping [ErrRobotsUnavailable]
//     and the robots.txt fetch's cause (a dead host is a failure, not a
//     page that robots.txt disallows).
func (c *Crawler) robotsAllow(ctx context.Context, run *crawlRun, sr *sourceRun, h *hostState, u *url.URL) (bool, *failure, error) {
	if !c.cfg.RespectRobots {
		return true, nil, nil
	}
	if !h.robotsReady.Load() {
		if err := c.robotsLoad(ctx, run, sr, h); err != nil {
			return false, nil, err
		}
	}
	if h.robotsErr != nil {
		f := *h.robotsErr
		return false, &f, nil
	}
	if h.robots == nil {
		return true, nil, nil
	}
	return h.robots.Test(u.RequestURI()), nil, nil
}

// robotsLoad loads the host's rules unless another caller did.
func (c *Crawler) robotsLoad(ctx context.Context, run *crawlRun, sr *sourceRun, h *hostState) error {
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	if !h.robotsDone {
		group, ferr, err := c.loadRobots(ctx, run, sr, h)
		if err != nil {
			return err
		}
		h.robots, h.robotsErr, h.robotsDone = group, ferr, true
		h.robotsReady.Store(true)
	}
	return nil
}

// loadRobots fetches and parses the host's robots.txt and applies its
// Crawl-delay. A nil group allows everything; a non-nil unavailable means
// robots.txt could not be had and every page of the host fails with it.
func (c *Crawler) loadRobots(ctx context.Context, run *crawlRun, sr *sourceRun, h *hostState) (group *robotstxt.Group, unavailable *failure, err error) {
	ru := &url.URL{Scheme: h.scheme, Host: h.host, Path: "/robots.txt"}
	resp, f, err := c.fetch(ctx, run, sr, ru, Validators{}, KindRobots)
	if err != nil {
		return nil, nil, err
	}
	status := resp.status
	if f != nil {
		if f.status < 400 || f.status >= 500 || f.cause == CauseOffhostRedirect {
			c.log.Warn("robots.txt unavailable", "source", sr.src.ID, "url", ru.String(), "cause", f.cause, "status", f.status, "err", f.err)
			// No usable answer: nothing on the host is requested, and each
			// page asked for fails with the cause.
			return nil, &failure{cause: f.cause, status: f.status, url: f.url,
				err: fmt.Errorf("%w: %w", ErrRobotsUnavailable, f.err)}, nil
		}
		status = f.status
	}
	data, perr := robotstxt.FromStatusAndBytes(status, resp.body)
	if perr != nil {
		// An unparsable file is read leniently as allowing everything.
		c.log.Warn("robots.txt unparsable", "url", ru.String(), "err", perr)
		return nil, nil, nil
	}
	if status >= 400 {
		return nil, nil, nil
	}
	if group = data.FindGroup(c.cfg.UserAgent); group == nil {
		return nil, nil, nil
	}
	if !group.Test("/") {
		c.log.Warn("robots.txt disallows the site root", "source", sr.src.ID, "url", ru.String())
	}
	if d := group.CrawlDelay; d > 0 {
		if d > c.cfg.MaxCrawlDelay {
			c.log.Warn("robots crawl delay capped", "source", sr.src.ID, "host", h.host,
				"crawl_delay", d, "max_crawl_delay", c.cfg.MaxCrawlDelay)
			d = c.cfg.MaxCrawlDelay
		}
		old := h.limiter.Limit()
		if lim := slowerLimit(old, d); lim < old {
			h.limiter.SetLimit(lim)
			h.limiter.SetBurst(1)
			c.log.Info("robots crawl delay applied", "host", h.host, "crawl_delay", d)
		}
	}
	return group, nil, nil
}
