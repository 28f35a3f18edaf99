package extract

import (
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// listing is what a listing page yields: article links and the next page,
// resolved to absolute URLs but not yet checked against the source's hosts.
type listing struct {
	links  []*url.URL        // in page order, canonical, without duplicates
	titles map[string]string // the longest text of the links to each URL
	next   []*url.URL        // next-page candidates in page order; empty on the last page
}

// parseListing reads the article links and the next-page link of a listing
// page with profile p. A page whose item selector matches nothing is a
// [*ParseError] with Part "links".
func parseListing(p Profile, pageURL string, body []byte, contentType string) (listing, error) {
	var l listing
	base, err := url.Parse(pageURL)
	if err != nil {
		return l, &ParseError{URL: pageURL, Part: PartURL, Err: err}
	}
	pd, err := parseDocument(body, contentType, p.DefaultCharset)
	if err != nil {
		return l, &ParseError{URL: pageURL, Part: PartHTML, Err: err}
	}
	doc := pd.doc
	base = pd.resolveBase(base)
	seen := map[string]bool{}
	l.titles = map[string]string{}
	items := doc.FindMatcher(matcher(p.List.Item))
	for _, n := range items.Nodes {
		u, ok := resolveLink(base, linkHref(n))
		if !ok {
			continue
		}
		key := u.String()
		if t := nodeText(n); len(t) > len(l.titles[key]) {
			l.titles[key] = t
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		l.links = append(l.links, u)
	}
	if len(l.links) == 0 {
		return l, &ParseError{URL: pageURL, Part: PartLinks, Err: fmt.Errorf("%w: %s", ErrNoMatch, p.List.Item)}
	}
	if p.List.Next != "" {
		for _, n := range doc.FindMatcher(matcher(p.List.Next)).Nodes {
			if u, ok := resolveLink(base, linkHref(n)); ok {
				l.next = append(l.next, u)
			}
		}
	}
	return l, nil
}

// linkHref returns the href of n, or when n has none (a selector that
// matched a container such as <h2> or <li>), of its first descendant with
// one.
func linkHref(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "href" {
			return a.Val
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if h := linkHref(c); h != "" {
			return h
		}
	}
	return ""
}

// resolveLink resolves href against base and returns it canonicalised, or
// false for empty, non-http(s) and unparsable links.
func resolveLink(base *url.URL, href string) (*url.URL, bool) {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return nil, false
	}
	u, err := base.Parse(href)
	if err != nil {
		return nil, false
	}
	c, err := canonical(u)
	if err != nil {
		return nil, false
	}
	return c, true
}
