package extract

import (
	"errors"
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
	// pager is what the page's row of page numbers says: the current page's
	// number (0 when the page marks none) and the first link to a page
	// after it (nil when there is none).
	pager pagerInfo
}

// ErrPagerUnfollowed means a listing page links to later pages by their
// numbers but no next-page link was found on it, so the crawl did not read
// them: the source's articles on those pages are missing.
var ErrPagerUnfollowed = errors.New("the listing's page numbers go on but no next-page link was found")

// CausePagerUnfollowed is the cause of a listing page skipped with
// [ErrPagerUnfollowed] (see [SourceStats.SkippedBy]).
const CausePagerUnfollowed = "pager_unfollowed"

// pagerInfo is a listing page's row of page numbers.
type pagerInfo struct {
	current int         // the page's own number when the pager marks it, else 0
	links   []pagerLink // the numbers linked, in page order
}

// pagerLink is one linked page number.
type pagerLink struct {
	n int
	u *url.URL
}

// after returns the page-number link to go on with from a listing page
// that is the page-th of its start URL's chain (or the page the pager
// marks, if later) when it has no next link: the number right after it,
// to follow, or else the first number beyond it, which the crawl cannot
// reach in order and reports (follow false). u is nil when the pager
// shows no later page.
func (pg pagerInfo) after(page int) (u *url.URL, n int, follow bool) {
	cur := max(pg.current, page)
	var later *pagerLink
	for i, l := range pg.links {
		if l.n == cur+1 {
			return l.u, l.n, true
		}
		if l.n > cur && (later == nil || l.n < later.n) {
			later = &pg.links[i]
		}
	}
	if later == nil {
		return nil, 0, false
	}
	return later.u, later.n, false
}

// readPager finds the page's row of page numbers: links whose text is a
// number, two or more in one container (or one beside the current page's
// mark: an element with a number and no link, or a link to the page
// itself), outside calendars; the first such row that links to a number
// above the current page (or above 1 when none is marked).
func readPager(root *html.Node, base, page *url.URL) pagerInfo {
	type num struct {
		n int
		u *url.URL // nil for the current page's mark
	}
	groups := map[*html.Node][]num{}
	var order []*html.Node
	container := func(n *html.Node) *html.Node {
		p := n.Parent
		for p != nil && p.Type == html.ElementNode && (p.Data == "li" || p.Data == "span" || p.Data == "td" || p.Data == "b" || p.Data == "strong" || p.Data == "em" || p.Data == "font") && pagerTextFits(p, 6) {
			p = p.Parent
		}
		return p
	}
	add := func(n *html.Node, x num) {
		c := container(n)
		if groups[c] == nil {
			order = append(order, c)
		}
		groups[c] = append(groups[c], x)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.DocumentNode:
		case n.Type != html.ElementNode, skippedElements[n.Data], n.Data == "head":
			return
		default:
			idc := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
			if strings.Contains(idc, "calendar") || strings.Contains(idc, "datepicker") {
				return
			}
			// A page number has at most 4 runes, so at most 16 bytes: a
			// longer text is not read to its end.
			var v int
			var isNum bool
			if t, ok := pagerTextUpTo(n, 16); ok {
				v, isNum = pageNumber(t)
			}
			switch {
			case n.Data == "a" && isNum:
				if u, ok := resolveLink(base, attr(n, "href")); ok {
					if page != nil && u.String() == page.String() {
						u = nil // a link to the page itself marks it
					}
					add(n, num{v, u})
				}
				return
			case n.Data == "a":
				return
			case isNum && !hasElementChild(n):
				add(n, num{v, nil}) // a number with no link: the current page
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var info pagerInfo
	for _, c := range order {
		nums := groups[c]
		var pg pagerInfo
		for _, x := range nums {
			if x.u != nil {
				pg.links = append(pg.links, pagerLink(x))
			} else if pg.current == 0 {
				pg.current = x.n
			}
		}
		if len(pg.links) == 0 || len(pg.links) < 2 && pg.current == 0 || len(nums) > 40 {
			continue
		}
		if u, _, _ := pg.after(1); u != nil {
			return pg
		}
		if info.current == 0 {
			info.current = pg.current
		}
	}
	return info
}

// pagerTextFits reports whether n's pager text is at most max bytes long.
func pagerTextFits(n *html.Node, max int) bool {
	_, ok := pagerTextUpTo(n, max)
	return ok
}

// pagerTextUpTo returns n's pager text, its collapsed text without spaces and
// the brackets pagers put around numbers, and true when it is at most max bytes
// long (any length when max < 0); else it stops reading n's text at the first
// text node that takes it past max and reports false. The readPager walk asks
// every element of a page for its pager text, so reading whole subtrees would
// cost the square of the page's depth.
func pagerTextUpTo(n *html.Node, max int) (string, bool) {
	var c collapser
	kept, checked := 0, 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			c.write(n.Data)
			// The collapsed text holds no white space but single spaces.
			for _, b := range c.buf[checked:] {
				if !pagerDropped(b) {
					kept++
				}
			}
			checked = len(c.buf)
			return max < 0 || kept <= max
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if !walk(ch) {
				return false
			}
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	out := make([]byte, 0, kept)
	for _, b := range c.buf {
		if !pagerDropped(b) {
			out = append(out, b)
		}
	}
	return string(out), true
}

// pagerDropped reports whether b, a byte of collapsed text, is left out of
// pager text: a space or a bracket pagers put around numbers. Every such
// character is ASCII, so no byte of a multi-byte character is one.
func pagerDropped(b byte) bool {
	switch b {
	case ' ', '[', ']', '(', ')', '|':
		return true
	}
	return false
}

// pageNumber reads s as a page number from 1 to 9999, in any digit set.
func pageNumber(s string) (int, bool) {
	if s == "" || len([]rune(s)) > 4 || !allDigits(s) {
		return 0, false
	}
	v := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			v = 10*v + int(r-'0')
		case r >= '۰' && r <= '۹':
			v = 10*v + int(r-'۰')
		default:
			v = 10*v + int(r-'٠')
		}
	}
	return v, v >= 1
}

func hasElementChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return true
		}
	}
	return false
}

// linkHint is what a listing prints of an article: the longest text of the
// links to it, and the first date printed in the list item that holds them.
// The automatic layout takes them as clues to the article page's title and
// date.
type linkHint struct {
	title string
	// date is the listed date when it is known; else listedDate reads it
	// from items, the texts of the list items that link to the article in
	// page order. Only the automatic layout asks for it, so the date search
	// is not run on every item of every listing page.
	date  string
	items []string
}

// listedDate returns the first date printed in the list items that link to
// the article, or "".
func (h linkHint) listedDate() string {
	if h.date != "" {
		return h.date
	}
	for _, t := range h.items {
		if d := firstDate(t); d != "" {
			return d
		}
	}
	return ""
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
	page, _ := canonical(base)
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
		h.items = append(h.items, nodeText(item))
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
	l.pager = readPager(doc.Nodes[0], base, page)
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
