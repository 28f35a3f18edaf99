package extract

import (
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Finding a listing page's layout: which links are articles and which one
// is the next page.

// learnedListing is what the automatic layout found on a listing page.
type learnedListing struct {
	sel     ListSelectors
	links   []*url.URL
	titles  []string // the link texts, for the probe
	pattern string   // the article URLs' shape, such as /fa/news/detail/{id}/{slug}
	next    *url.URL
}

// anchor is one link of a listing page.
type anchor struct {
	n     *html.Node
	u     *url.URL
	text  string
	group string
}

// learnListing finds the article links of a listing page: the largest
// group of links that sit in the same place of the page (same ancestors'
// tags and classes), point to URLs of the same shape and carry titles, best
// with a printed date beside them; then the next-page link. It returns
// selectors for both, checked to give the same links on this page.
func learnListing(pageURL string, body []byte, contentType string) (learnedListing, error) {
	var l learnedListing
	perr := func(part string, err error) (learnedListing, error) {
		return l, &ParseError{URL: pageURL, Part: part, Err: err}
	}
	base, err := url.Parse(pageURL)
	if err != nil {
		return perr(PartURL, err)
	}
	pd, err := parseDocument(body, contentType, "")
	if err != nil {
		return perr(PartHTML, err)
	}
	root := pd.doc.Nodes[0]
	base = pd.resolveBase(base)
	page, _ := canonical(base)
	pagePattern := ""
	if page != nil {
		pagePattern = urlPattern(page)
	}

	var anchors []anchor
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			if u, ok := resolveLink(base, attr(n, "href")); ok && u.Host == base.Host && (page == nil || u.String() != page.String()) {
				anchors = append(anchors, anchor{n: n, u: u, text: nodeText(n), group: domPath(n) + " " + urlPattern(u)})
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)

	type group struct {
		key     string
		members []anchor
		urls    map[string]bool
		score   float64
	}
	groups := map[string]*group{}
	for _, a := range anchors {
		g := groups[a.group]
		if g == nil {
			g = &group{key: a.group, urls: map[string]bool{}}
			groups[a.group] = g
		}
		g.members = append(g.members, a)
		g.urls[a.u.String()] = true
	}
	avgWords := func(g *group) float64 {
		words := 0
		for _, a := range g.members {
			words += len(strings.Fields(a.text))
		}
		return float64(words) / float64(len(g.members))
	}
	var best *group
	for _, g := range groups {
		if len(g.urls) < 2 {
			continue
		}
		pattern := urlPattern(g.members[0].u)
		if pattern == pagePattern {
			continue // the pager's own links
		}
		dated, itemWords := 0, 0
		for _, a := range g.members {
			item := itemOf(a.n, g.urls)
			if item == nil {
				continue
			}
			text := nodeText(item)
			if len(findDates(text)) > 0 {
				dated++
			}
			itemWords += len(strings.Fields(text)) - len(strings.Fields(a.text))
		}
		avgWords := avgWords(g)
		if avgWords < 3 {
			// Menus, page numbers; or «ادامه خبر» links whose items print
			// the title beside them, which count by the item's words, less.
			if float64(itemWords)/float64(len(g.members)) < 3 {
				continue
			}
			avgWords = 1
		}
		g.score = float64(len(g.urls)) * (1 + min(avgWords, 12)/4) * (1 + float64(dated)/float64(len(g.members)))
		if inChrome(g.members[0].n) {
			g.score /= 5
		}
		if !strings.ContainsAny(pattern, "{") {
			g.score /= 3 // the same URL shape with nothing that varies
		}
		if best == nil || g.score > best.score || g.score == best.score && g.key < best.key {
			best = g
		}
	}
	if best == nil {
		return perr(PartLinks, fmt.Errorf("%w: no repeated links with titles", ErrNoMatch))
	}
	l.pattern = urlPattern(best.members[0].u)
	sels := []string{listSelector(root, best.members, best.urls)}
	if sels[0] == "" {
		return perr(PartLinks, fmt.Errorf("%w: no selector picks the article links out", ErrNoMatch))
	}
	// Other blocks of titled links to pages of the same shape, outside the
	// page's chrome: a featured box above the list, a second column.
	keys := slices.Sorted(maps.Keys(groups))
	for _, k := range keys {
		g := groups[k]
		if g == best || urlPattern(g.members[0].u) != l.pattern || inChrome(g.members[0].n) || avgWords(g) < 3 || avgWords(best) < 3 {
			continue
		}
		if s := listSelector(root, g.members, g.urls); s != "" && !slices.Contains(sels, s) {
			sels = append(sels, s)
		}
	}
	l.sel.Item = strings.Join(sels, ", ")
	seen := map[string]bool{}
	for _, n := range pd.doc.FindMatcher(matcher(l.sel.Item)).Nodes {
		if u, ok := resolveLink(base, linkHref(n)); ok && !seen[u.String()] {
			seen[u.String()] = true
			l.links = append(l.links, u)
			l.titles = append(l.titles, nodeText(n))
		}
	}
	l.sel.Next, l.next = findNext(root, base, page)
	return l, nil
}

// domPath is the tags and stable classes of n and its ancestors up to
// <body>, at most six levels.
func domPath(n *html.Node) string {
	var parts []string
	for a := n; a != nil && a.Type == html.ElementNode && a.Data != "body" && len(parts) < 6; a = a.Parent {
		s := a.Data
		if cs := classes(a); len(cs) > 0 {
			c := slices.Clone(cs)
			sort.Strings(c)
			s += "." + strings.Join(c, ".")
		}
		parts = append(parts, s)
	}
	slices.Reverse(parts)
	return strings.Join(parts, ">")
}

var (
	guidRE  = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	numRE   = regexp.MustCompile(`^[0-9]+$`)
	digitRE = regexp.MustCompile(`[0-9]+`)
)

// urlPattern is the shape of a URL: its path with numbers, GUIDs and slugs
// replaced by {n}, {id} and {slug}, and its query keys with numeric values
// replaced by {n}.
func urlPattern(u *url.URL) string {
	segs := strings.Split(u.EscapedPath(), "/")
	for i, s := range segs {
		dec, err := url.PathUnescape(s)
		if err != nil {
			dec = s
		}
		switch {
		case s == "":
		case numRE.MatchString(s):
			segs[i] = "{n}"
		case guidRE.MatchString(dec):
			segs[i] = "{id}"
		case strings.ContainsAny(dec, "-_ ") && len([]rune(dec)) > 12, !asciiOnly(dec):
			segs[i] = "{slug}"
		default:
			segs[i] = digitRE.ReplaceAllString(s, "{n}")
		}
	}
	p := strings.Join(segs, "/")
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs []string
	for _, k := range keys {
		v := q.Get(k)
		if numRE.MatchString(v) {
			v = "{n}"
		}
		qs = append(qs, k+"="+v)
	}
	if len(qs) > 0 {
		p += "?" + strings.Join(qs, "&")
	}
	return p
}

func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// itemOf returns the largest ancestor of a that links to a's URL only
// among urls (the list item that holds the link, its date and lead).
func itemOf(a *html.Node, urls map[string]bool) *html.Node {
	href := attr(a, "href")
	item := a
	for p := a.Parent; p != nil && p.Type == html.ElementNode && p.Data != "body"; p = p.Parent {
		other := false
		var scan func(n *html.Node)
		scan = func(n *html.Node) {
			if other {
				return
			}
			if n.Type == html.ElementNode && n.Data == "a" && attr(n, "href") != href {
				other = true
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				scan(c)
			}
		}
		scan(p)
		if other {
			break
		}
		item = p
	}
	return item
}

// inChrome reports whether n sits in the page's navigation, header,
// footer or a side box.
func inChrome(n *html.Node) bool {
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch a.Data {
		case "nav", "header", "footer", "aside":
			return true
		}
		idc := strings.ToLower(attr(a, "id") + " " + attr(a, "class"))
		for _, w := range []string{"menu", "navbar", "footer", "sidebar", "header", "breadcrumb"} {
			if strings.Contains(idc, w) {
				return true
			}
		}
	}
	return false
}

// listSelector writes the selector of a group of links: the links' own
// tag and class under their nearest ancestors' names, the shortest that
// matches only links to the group's URLs and all of them.
func listSelector(root *html.Node, members []anchor, urls map[string]bool) string {
	n := members[0].n
	own := simpleSelectors(n)
	var levels [][]string
	for a := n.Parent; a != nil && a.Type == html.ElementNode && a.Data != "body" && len(levels) < 5; a = a.Parent {
		levels = append(levels, simpleSelectors(a))
	}
	ok := func(sel string) bool {
		m := matcher(sel)
		got := map[string]bool{}
		bad := false
		var walk func(x *html.Node)
		walk = func(x *html.Node) {
			if bad {
				return
			}
			if x.Type == html.ElementNode && m.Match(x) {
				href := linkHref(x)
				for _, mem := range members {
					if attr(mem.n, "href") == href {
						got[mem.u.String()] = true
						return
					}
				}
				bad = true
				return
			}
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		return !bad && len(got) == len(urls)
	}
	for _, s := range own {
		if s != "a" && ok(s) {
			return s
		}
	}
	// The links' name under one ancestor's name, then under a chain of the
	// nearer ancestors' most specific names.
	for depth := 1; depth <= len(levels); depth++ {
		for _, a := range levels[depth-1] {
			parts := []string{a}
			for k := depth - 2; k >= 0; k-- {
				if len(levels[k]) > 1 {
					parts = append(parts, levels[k][0])
				}
			}
			for _, s := range own {
				sel := strings.Join(append(slices.Clone(parts), s), " ")
				if ok(sel) {
					return sel
				}
			}
		}
	}
	return ""
}

// nextWords are the texts of a next-page link, after removing arrows and
// spaces.
var nextWords = []string{"بعدی", "صفحهبعد", "صفحهبعدی", "بعد", "next", "older", "قدیمیتر"}

// findNext finds the next-page link: <link rel=next>, <a rel=next>, a link
// whose text says next («بعدی»، «صفحه بعد»، «»») or whose class does, or
// the page number after the current one. It returns a selector whose
// first usable match is that link, and the link.
func findNext(root *html.Node, base, page *url.URL) (string, *url.URL) {
	resolve := func(n *html.Node) *url.URL {
		u, ok := resolveLink(base, linkHref(n))
		if !ok || page != nil && u.String() == page.String() {
			return nil
		}
		return u
	}
	first := func(sel string) *url.URL {
		for _, n := range matcher(sel).MatchAll(root) {
			if u := resolve(n); u != nil {
				return u
			}
		}
		return nil
	}
	for _, sel := range []string{"link[rel='next']", "a[rel='next']"} {
		if u := first(sel); u != nil {
			return sel, u
		}
	}
	var cands []*html.Node
	var numbered []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			t := strings.ToLower(strings.Map(func(r rune) rune {
				switch r {
				case ' ', '\u200c', '«', '»', '‹', '›', '<', '>', '&', ';':
					return -1
				case 'ي':
					return 'ی'
				}
				return r
			}, nodeText(n)))
			raw := strings.TrimSpace(nodeText(n))
			cls := strings.ToLower(attr(n, "class") + " " + attr(attrParent(n), "class"))
			if slices.Contains(nextWords, t) || raw == "»" || raw == "›" || raw == "»»" || strings.Contains(cls, "next") {
				cands = append(cands, n)
			} else if allDigits(raw) {
				numbered = append(numbered, n)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, n := range cands {
		u := resolve(n)
		if u == nil {
			continue
		}
		for _, sel := range nextSelectors(root, n) {
			if got := first(sel); got != nil && got.String() == u.String() {
				return sel, u
			}
		}
	}
	// Page numbers: the link right after the current page's mark.
	for _, n := range numbered {
		prev := prevElement(n)
		container := n
		if prev == nil && n.Parent != nil && n.Parent.Data == "li" {
			container = n.Parent
			prev = prevElement(n.Parent)
		}
		if prev == nil || (prev.Data == "a" && !hasStateClass(prev)) {
			continue
		}
		if prev.Data != "a" && prev.Data != "span" && prev.Data != "li" && prev.Data != "strong" && prev.Data != "b" {
			continue
		}
		pn := digitRuns(nodeText(prev))
		nn := digitRuns(nodeText(n))
		if len(pn) != 1 || len(nn) != 1 || nn[0] != pn[0]+1 {
			continue
		}
		u := resolve(n)
		if u == nil {
			continue
		}
		mark := prev.Data
		if hasStateClass(prev) {
			mark += "." + stateClass(prev)
		} else if cs := classes(prev); len(cs) > 0 {
			mark += "." + cs[0]
		}
		sel := mark + " + " + container.Data
		if container != n {
			sel += " a"
		}
		if got := first(sel); got != nil && got.String() == u.String() {
			return sel, u
		}
	}
	return "", nil
}

// nextSelectors are the selectors tried for a next link n: by its class,
// by its container's class, by its text.
func nextSelectors(root, n *html.Node) []string {
	var out []string
	for _, c := range classes(n) {
		if strings.Contains(strings.ToLower(c), "next") {
			out = append(out, "a."+c)
		}
	}
	p := attrParent(n)
	for _, c := range classes(p) {
		if strings.Contains(strings.ToLower(c), "next") {
			out = append(out, p.Data+"."+c+" a")
		}
	}
	text := strings.TrimSpace(nodeText(n))
	if text != "" && !strings.ContainsAny(text, `"\`) {
		scope := ""
		for a := n.Parent; a != nil && a.Type == html.ElementNode && a.Data != "body"; a = a.Parent {
			if s := simpleSelectors(a); len(s) > 1 {
				scope = s[0] + " "
				break
			}
		}
		out = append(out, scope+`a:containsOwn("`+text+`")`, `a:containsOwn("`+text+`")`)
	}
	if s := uniqueSelector(root, n); s != "" {
		out = append(out, s)
	}
	return out
}

func attrParent(n *html.Node) *html.Node {
	if n.Parent != nil && n.Parent.Type == html.ElementNode {
		return n.Parent
	}
	return n
}

func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
	}
	return nil
}

func hasStateClass(n *html.Node) bool { return stateClass(n) != "" }

func stateClass(n *html.Node) string {
	for _, c := range strings.Fields(attr(n, "class")) {
		switch strings.ToLower(c) {
		case "active", "current", "selected":
			return c
		}
	}
	return ""
}

// allDigits reports whether s is a number written in any digit set.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= '۰' && r <= '۹' || r >= '٠' && r <= '٩') {
			return false
		}
	}
	return true
}
