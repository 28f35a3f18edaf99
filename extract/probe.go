package extract

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
)

// ErrNoArticles is returned by [Probe] when no article could be read from
// the URL.
var ErrNoArticles = errors.New("no articles found")

// ProbeResult is what [Probe] found on a portal.
type ProbeResult struct {
	// URL is the listing page probed.
	URL string
	// Layout is what was learned: the preset that fits, or the selectors.
	Layout Layout
	// Articles are the article pages read, in the listing's order.
	Articles []Article
	// Failed counts the pages that could not be read, by cause, and
	// Examples holds one error of each cause.
	Failed   map[string]int
	Examples map[string]string
	// Links is the number of article links the listing page gave; Tried
	// the number of article pages requested.
	Links, Tried int
	// Requests is the number of HTTP requests made, robots.txt included.
	Requests int
	// NextListing is the listing page a crawl would read after the one
	// probed, or "" when it would read none; Unfollowed is true when the
	// page has no next link and its pager shows only later pages, which a
	// crawl reports as skipped (cause pager_unfollowed) rather than reads.
	NextListing string
	Unfollowed  bool
}

// Probe reads one listing page and up to samples of the articles it links
// to with [AutoProfile], through a crawler of configuration cfg (politeness,
// robots.txt and limits as in a crawl; cfg.ArchiveDir and cfg.LayoutDir are
// not used), and returns what it learned. It returns an error wrapping
// [ErrNoArticles], with the cause, when no article could be read.
func Probe(ctx context.Context, cfg Config, listURL string, samples int) (ProbeResult, error) {
	res := ProbeResult{URL: listURL, Failed: map[string]int{}, Examples: map[string]string{}}
	if samples < 1 {
		samples = 1
	}
	cfg.ArchiveDir, cfg.LayoutDir = "", ""
	cfg.MaxListingPages = 1
	cfg.MaxPagesPerSource = 1 + samples
	src := Source{ID: "probe", StartURLs: []string{listURL}, Profile: AutoProfile}
	if err := src.Validate(BuiltinProfiles()); err != nil {
		return res, fmt.Errorf("probe: %w", err)
	}
	c, err := New(cfg, BuiltinProfiles(), nil)
	if err != nil {
		return res, fmt.Errorf("probe: %w", err)
	}
	defer c.Close()
	out := make(chan Page, 16)
	done := make(chan struct{})
	var pages []Page
	go func() {
		defer close(done)
		for p := range out {
			pages = append(pages, p)
		}
	}()
	stats, err := c.Crawl(ctx, []Source{src}, nil, out)
	close(out)
	<-done
	res.Requests = stats.Requests
	if err != nil {
		return res, fmt.Errorf("probe: %w", err)
	}
	res.Layout = c.Layouts()[src.ID]
	var listingErr error
	for _, p := range pages {
		switch {
		case p.Listing && p.Outcome == Skipped && (p.Cause == CauseListingLimit || p.Cause == CausePagerUnfollowed):
			res.NextListing, res.Unfollowed = p.URL, p.Cause == CausePagerUnfollowed
		case p.Outcome == Fetched:
			res.Articles = append(res.Articles, p.Article)
		case p.Outcome == Failed:
			res.Failed[p.Cause]++
			if _, ok := res.Examples[p.Cause]; !ok && p.Err != nil {
				res.Examples[p.Cause] = p.Err.Error()
			}
			if p.Listing && listingErr == nil {
				listingErr = p.Err
			}
		}
		if !p.Listing {
			res.Links++
			if p.Outcome == Fetched || p.Outcome == Failed {
				res.Tried++
			}
		}
	}
	if len(res.Articles) > 0 {
		return res, nil
	}
	switch {
	case listingErr != nil:
		return res, fmt.Errorf("%w: the listing page: %w", ErrNoArticles, listingErr)
	case res.Links == 0:
		return res, fmt.Errorf("%w: the page links to no articles", ErrNoArticles)
	}
	causes := slices.Collect(maps.Keys(res.Failed))
	sort.Strings(causes)
	if len(causes) == 0 {
		return res, fmt.Errorf("%w: no article page could be requested", ErrNoArticles)
	}
	return res, fmt.Errorf("%w: none of the %d article pages tried could be read (%s: %s)",
		ErrNoArticles, res.Failed[causes[0]], causes[0], res.Examples[causes[0]])
}
