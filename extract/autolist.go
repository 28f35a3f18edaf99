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
		dated, itemWords, headWords, leads := 0, 0, 0, 0
		for _, a := range g.members {
			item := itemOf(a.n, g.urls)
			if item == nil {
				continue
			}
			text := nodeText(item)
			if len(findDates(text)) > 0 {
				dated++
			}
			extra := len(strings.Fields(text)) - len(strings.Fields(a.text))
			itemWords += extra
			title := len(strings.Fields(a.text))
			if title < 3 && !hasTitledLink(item, a.n) {
				// A «ادامه خبر» link beside a heading that is no link.
				if h := len(strings.Fields(itemHeading(item))); h >= 3 {
					headWords += h
					title = h
					extra -= h
				}
			}
			// A lead beside the title (not only a date): the page's own
			// list, rather than a box of titles beside it.
			if extra >= 6 {
				leads++
			}
		}
		n := float64(len(g.members))
		avgWords := avgWords(g)
		if avgWords < 3 {
			// Menus, page numbers; or «ادامه خبر» links whose items print
			// the title beside them, which count by the title's words when
			// it is a heading, else by the item's words, less.
			if float64(itemWords)/n < 3 {
				continue
			}
			avgWords = max(1, float64(headWords)/n)
		}
		g.score = float64(len(g.urls)) * (1 + min(avgWords, 12)/4) * (1 + float64(dated)/n) * (1 + float64(leads)/n/2)
		if inChrome(g.members[0].n) {
			g.score /= 5
		}
		if sideBox(g.members[0].n) {
			g.score /= 4
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
		if g == best || urlPattern(g.members[0].u) != l.pattern || inChrome(g.members[0].n) || sideBox(g.members[0].n) || avgWords(g) < 3 || avgWords(best) < 3 {
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

// sideBoxNames are the words of the classes and ids themes give boxes of
// links to other articles beside a page's own content, and sideBoxHeads
// the words such boxes' headings start with («آخرین اخبار»،
// «پربازدیدترین»، «مطالب مرتبط»).
var (
	sideBoxNames = []string{"side", "sidebar", "sidebox", "aside", "latest", "popular", "most", "mostread", "mostviewed", "related", "widget", "module", "moduletable", "hot"}
	sideBoxHeads = []string{"آخرین", "تازه", "جدیدترین", "پربازدید", "پربیننده", "پرخواننده", "پرطرفدار", "پر بازدید", "پر بیننده", "محبوب", "برگزیده", "پیشنهاد", "مطالب مرتبط", "اخبار مرتبط", "خبرهای مرتبط", "مطالب مشابه", "اخبار مشابه", "مرتبط", "همچنین بخوانید", "داغ"}
)

// sideBox reports whether n sits in a box of links beside the page's own
// content: an ancestor (up to five levels) whose class or id names such a
// box, or whose first child, not holding n, is a short heading that does.
// A page's own list may be headed «آخرین اخبار» too: this is a clue, not
// a verdict.
func sideBox(n *html.Node) bool {
	for a, up := n.Parent, 0; a != nil && a.Type == html.ElementNode && a.Data != "body" && up < 5; a, up = a.Parent, up+1 {
		for _, tok := range strings.FieldsFunc(strings.ToLower(attr(a, "class")+" "+attr(a, "id")), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_'
		}) {
			if slices.Contains(sideBoxNames, tok) {
				return true
			}
		}
		var head *html.Node
		for c := a.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				head = c
				break
			}
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				break
			}
		}
		if head == nil || contains(head, n) {
			continue
		}
		t := foldYK(strings.ReplaceAll(nodeText(head), "\u200c", " "))
		if len([]rune(t)) > 40 {
			continue
		}
		for _, h := range sideBoxHeads {
			if strings.HasPrefix(t, h) {
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
// spaces, and nextArrows the arrows a next link may print alone, in the
// order they are trusted: «›» and «←» point forward in a right-to-left
// pager, «»» is next on many Persian portals but "last" where «›» is next.
var (
	nextWords  = []string{"بعدی", "صفحهبعد", "صفحهبعدی", "بعد", "next", "nextpage", "older", "قدیمیتر", "مطالبقدیمیتر", "اخبارقدیمیتر"}
	nextArrows = [][]string{{"›", "←", "⟵", ">", "〉", "◄", "❮"}, {"»", ">>"}, {"»»", "›»"}}
)

// linkLabel is what a link says: its text, or when it has none (an image
// or an icon), its title or aria-label, or its images' alt, or its
// children's title or aria-label. kind is "" for text, else the attribute
// ("title", or "img alt" for a child's), and raw the attribute's value as
// written.
func linkLabel(n *html.Node) (label, kind, raw string) {
	if t := strings.TrimSpace(nodeText(n)); t != "" {
		return t, "", ""
	}
	for _, k := range []string{"title", "aria-label"} {
		if v := collapse(attr(n, k)); v != "" {
			return v, k, attr(n, k)
		}
	}
	var found, fkind, fraw string
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for c := c.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			for _, k := range []string{"alt", "title", "aria-label"} {
				if k == "alt" && c.Data != "img" && c.Data != "input" {
					continue
				}
				if v := collapse(attr(c, k)); v != "" {
					found, fkind, fraw = v, c.Data+" "+k, attr(c, k)
					return
				}
			}
			walk(c)
		}
	}
	walk(n)
	return found, fkind, fraw
}

// nextRank says whether a link's label or class says "next page": 0 for
// words and rel or class next, 1 to 3 for arrows (see nextArrows), -1 when
// it does not.
func nextRank(n *html.Node, label string) int {
	t := strings.ToLower(strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u200c', '\u00a0', '«', '»', '‹', '›', '<', '>', '&', ';', '←', '→', '|':
			return -1
		case 'ي':
			return 'ی'
		}
		return r
	}, label))
	if slices.Contains(nextWords, t) {
		return 0
	}
	cls := strings.ToLower(attr(n, "class") + " " + attr(attrParent(n), "class") + " " + attr(n, "rel"))
	if strings.Contains(cls, "next") {
		return 0
	}
	raw := strings.ReplaceAll(strings.TrimSpace(label), " ", "")
	for i, as := range nextArrows {
		if slices.Contains(as, raw) {
			return i + 1
		}
	}
	return -1
}

// findNext finds the next-page link: <link rel=next>, <a rel=next>, a link
// that says next in its text, or when it has no text in its title,
// aria-label or image's alt («بعدی»، «صفحه بعد»، «»»، «›»، «←»), or whose
// class does, or the page number after the current one. It returns a
// selector whose first usable match is that link, and the link.
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
	var cands [4][]*html.Node
	var numbered []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			label, _, _ := linkLabel(n)
			if r := nextRank(n, label); r >= 0 {
				cands[r] = append(cands[r], n)
			} else if allDigits(strings.TrimSpace(nodeText(n))) {
				numbered = append(numbered, n)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, rank := range cands {
		for _, n := range rank {
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
	// A link without text: by the attribute that says what it is.
	if _, kind, raw := linkLabel(n); kind != "" && !strings.ContainsAny(raw, `"\`+"\n") {
		switch kind {
		case "title", "aria-label":
			out = append(out, `a[`+kind+`="`+raw+`"]`)
		default:
			tag, key, _ := strings.Cut(kind, " ")
			out = append(out, `a:has(`+tag+`[`+key+`="`+raw+`"])`)
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
