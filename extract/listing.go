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
	links []*url.URL          // in page order, canonical, without duplicates
	hints map[string]linkHint // what the listing prints of each URL's article
	next  []*url.URL          // next-page candidates in page order; empty on the last page
}

// linkHint is what a listing prints of an article: the longest text of the
// links to it, and the first date printed in the list item that holds them.
// The automatic layout takes them as clues to the article page's title and
// date.
type linkHint struct {
	title, date string
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
	l.hints = map[string]linkHint{}
	items := doc.FindMatcher(matcher(p.List.Item))
	for _, n := range items.Nodes {
		u, ok := resolveLink(base, linkHref(n))
		if !ok {
			continue
		}
		key := u.String()
		h := l.hints[key]
		// Only a link text of three words or more is taken as a title
		// («ادامه خبر» is not one); else the item's heading.
		item := listItem(n)
		t := nodeText(n)
		if len(strings.Fields(t)) < 3 {
			t = itemHeading(item)
		}
		if len(t) > len(h.title) && len(strings.Fields(t)) >= 3 {
			h.title = t
		}
		if h.date == "" {
			h.date = firstDate(nodeText(item))
		}
		l.hints[key] = h
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

// listItem returns the list item of link (or link container) n: the
// largest of its nearest four ancestors that links to no other URL.
func listItem(n *html.Node) *html.Node {
	href := linkHref(n)
	item := n
	for p, up := n.Parent, 0; p != nil && p.Type == html.ElementNode && p.Data != "body" && up < 4; p, up = p.Parent, up+1 {
		if linksElsewhere(p, href) {
			break
		}
		item = p
	}
	return item
}

// itemHeading returns the text of the first heading (h1–h6, or an element
// whose class says title) in item, or "".
func itemHeading(item *html.Node) string {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode {
			cls := strings.ToLower(attr(n, "class"))
			switch {
			case len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6',
				strings.Contains(cls, "title") || strings.Contains(cls, "titr") || strings.Contains(cls, "head"):
				found = nodeText(n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(item)
	return found
}

// linksElsewhere reports whether n holds a link to another href than href.
func linksElsewhere(n *html.Node, href string) bool {
	if n.Type == html.ElementNode && n.Data == "a" {
		if h := strings.TrimSpace(attr(n, "href")); h != "" && h != href && !strings.HasPrefix(h, "#") {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if linksElsewhere(c, href) {
			return true
		}
	}
	return false
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
