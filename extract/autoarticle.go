package extract

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// presetList returns the presets in the order [AutoProfile] tries them.
func presetList() []Profile {
	all := presetProfiles()
	all[PresetIranGovCMS] = BuiltinProfiles()[PresetIranGovCMS]
	var out []Profile
	for _, n := range PresetNames() {
		p := all[n]
		out = append(out, p)
	}
	return out
}

// parseAuto reads an article page with the first of presets that gives an
// article that passes the text guard, else with the automatic layout.
func parseAuto(presets []Profile, sourceID, pageURL string, body []byte, contentType string) (Article, error) {
	for _, p := range presets {
		if a, err := parseWithProfile(p, sourceID, pageURL, body, contentType, 1); err == nil {
			return a, nil
		}
	}
	f, err := learnArticle(sourceID, pageURL, linkHint{}, body, contentType)
	if err != nil {
		return Article{}, err
	}
	return f.art, nil
}

// autoParagraphs selects the blocks of an article's text that the automatic
// layout and the presets read as paragraphs: paragraphs, the items of
// bullet and numbered lists, quotes, and the cells of tables of figures
// (not a layout table's cells, which hold blocks: their paragraphs are
// read instead). Only the outermost match counts, so a <p> in an <li> is
// read once.
const autoParagraphs = "p, li, blockquote, pre, td:not(:has(p, div, table, ul, ol)), th:not(:has(p, div, table, ul, ol))"

// minBodyWords is the fewest words an article body the automatic layout
// accepts may have.
const minBodyWords = 8

// bodyLooksLikeText refuses a body whose text is mostly link text (a menu,
// a list of other articles) or shorter than minWords words.
func bodyLooksLikeText(n *html.Node, paras []string, minWords int) error {
	words := 0
	for _, p := range paras {
		if words >= minWords {
			break
		}
		words += fieldCount(p)
	}
	if words < minWords {
		return fmt.Errorf("%w: %d words", ErrNoBody, words)
	}
	total, linked := linkText(n, false)
	if total > 0 && 2*linked > total {
		return fmt.Errorf("%w: %d of %d letters are link text", ErrNavigation, linked, total)
	}
	return nil
}

// fieldCount returns len(strings.Fields(s)) without allocating.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// linkText counts the letters of n's text and those inside <a> elements.
func linkText(n *html.Node, inLink bool) (total, linked int) {
	return otherLinkText(n, noLink, inLink)
}

// noLink reports no link as the page's own: every link counts for linkText.
func noLink(*html.Node) bool { return false }

// found is what the automatic layout read on one article page: the
// article, and the selectors that give the same article on this page when
// they could be made (sel.Title == "" otherwise).
type found struct {
	art Article
	sel ArticleSelectors
}

// learnArticle reads an article page without a profile: the body is the
// element of the page that best matches the text a readability library
// finds, the title the heading that best matches the title it finds (or
// og:title), and the registration date the printed date after a
// registration label, or else the one nearest the title outside the body.
// hint, when not empty, is what the listing printed of the page: the text
// of its link, which most portals print as the title, and the date beside it,
// which favours the same date among unlabelled ones.
// It then writes selectors for what it found and, when they give the same
// article on the page, returns them too.
func learnArticle(sourceID, pageURL string, hint linkHint, body []byte, contentType string) (found, error) {
	var f found
	perr := func(part string, err error) (found, error) {
		return found{}, &ParseError{URL: pageURL, Part: part, Err: err}
	}
	base, err := url.Parse(pageURL)
	if err != nil {
		return perr(PartURL, err)
	}
	if base, err = canonical(base); err != nil {
		return perr(PartURL, err)
	}
	pd, err := parseDocument(body, contentType, "")
	if err != nil {
		return perr(PartHTML, err)
	}
	root := pd.doc.Nodes[0]
	rd, err := readability.FromDocument(root, base)
	if err != nil || rd.Node == nil {
		return perr(PartBody, ErrNoBody)
	}
	want := tokenSet(nodeText(rd.Node))
	if len(want) == 0 {
		return perr(PartBody, ErrNoBody)
	}
	bodyNode := bestBody(root, want)
	if bodyNode == nil {
		return perr(PartBody, ErrNoBody)
	}
	selfLink := func(n *html.Node) bool {
		u, ok := resolveLink(pd.resolveBase(base), attr(n, "href"))
		return ok && u.String() == base.String()
	}
	titleNode, titleText := bestTitle(root, hint.title, rd.Title(), bodyNode, selfLink)
	if titleText == "" {
		// Say what is missing first: the text, or only the title.
		if err := bodyLooksLikeText(bodyNode, blockLines(bodyNode), minBodyWords); err != nil {
			return perr(PartBody, err)
		}
		return perr(PartTitle, fmt.Errorf("%w: no heading", ErrNoMatch))
	}
	bodyNode = belowTitle(bodyNode, titleNode, want)
	drops := boilerplate(bodyNode, want)
	scope, label, date, occ := findPrintedDates(root, titleNode, bodyNode, hint.listedDate())
	if date == "" {
		return perr(PartRegistered, ErrNoDate)
	}

	// What was found, read directly.
	for _, d := range drops {
		if d.Parent != nil {
			d.Parent.RemoveChild(d)
		}
	}
	a := Article{URL: base.String(), SourceID: sourceID, Charset: pd.charset, Layout: AutoProfile,
		Title: titleText, RegisteredPrinted: date, OccurredPrinted: occ}
	a.Paragraphs = paragraphs(bodyNode, autoParagraphs)
	if err := bodyLooksLikeText(bodyNode, articleText(a.Paragraphs, titleText), minBodyWords); err != nil {
		return perr(PartBody, err)
	}
	a.ImageURLs = imageURLs(pd.doc.FindNodes(bodyNode).FindMatcher(imgElement), pd.resolveBase(base))
	a.ContentHash = contentHash(a)
	f.art = a

	// The same as selectors, kept only when they read the page the same way.
	sel := ArticleSelectors{Paragraphs: autoParagraphs, TrimToDate: true}
	if titleNode != nil && titleNode.Data == "meta" {
		sel.Title = "meta[property='og:title']"
	} else if titleNode != nil {
		sel.Title = uniqueSelector(root, titleNode)
	}
	sel.Body = uniqueSelector(root, bodyNode)
	// The date's element, or the nearest ancestor that a selector can
	// name and in which the same label still gives the same date.
	for n, up := scope, 0; n != nil && n.Type == html.ElementNode && up < 4; n, up = n.Parent, up+1 {
		s := uniqueSelector(root, n)
		if s == "" {
			continue
		}
		lines := blockLines(n)
		v := strings.Join(lines, " ")
		if label != "" {
			v, _ = labelled(lines, label, []string{label})
		}
		if firstDate(v) == date {
			sel.DateScope = s
		}
		break
	}
	sel.RegisteredLabel = label
	if occ != "" {
		sel.OccurredLabel = occurrenceLabelIn(scope)
	}
	if sel.Body != "" {
		sel.Images = sel.Body + " img"
	}
	for _, d := range drops {
		if s := relativeSelector(d); s != "" && sel.Body != "" {
			sel.Drop = append(sel.Drop, sel.Body+" "+s)
		}
	}
	if sel.Title == "" || sel.Body == "" || sel.DateScope == "" {
		return f, nil
	}
	p := Profile{Name: AutoProfile + "-learned", List: ListSelectors{Item: "a"}, Article: sel}
	if p.Validate() != nil {
		return f, nil
	}
	check, err := parseArticle(p, sourceID, pageURL, body, contentType, minBodyWords)
	if err != nil || check.ContentHash != a.ContentHash {
		return f, nil
	}
	f.sel = sel
	return f, nil
}

// articleText returns the paragraphs that are text of the article: not the
// title again, and not a short line that prints a date (a meta line such as
// «تاریخ انتشار: …» or «آخرین ویرایش: …»), which a body's element may hold
// when the page has no text of its own.
func articleText(paras []string, title string) []string {
	var out []string
	for _, p := range paras {
		if p == title || wordsAtMost(p, 12) && len(findDates(p)) > 0 {
			continue
		}
		out = append(out, p)
	}
	return out
}

// wordsAtMost reports whether s has at most n words in the sense of
// tokenize (runs of letters, digits and marks), counting without
// allocating and stopping at word n+1.
func wordsAtMost(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			if words++; words > n {
				return false
			}
		}
		in = w
	}
	return true
}

// tokenize splits s into words: runs of letters and digits, with Arabic
// yeh and kaf folded to their Persian forms.
func tokenize(s string) []string {
	return strings.FieldsFunc(foldYK(s), func(r rune) bool {
		return !isWordRune(r)
	})
}

// runeClass caches, for the runes below U+0800 (Latin, Greek, Cyrillic,
// Hebrew and the Arabic script), whether a rune is a letter or digit and
// whether it is one or a nonspacing mark: the unicode tables are searched
// rune by rune, which costs more than the rest of a page's text checks.
var runeClass = func() (c [0x800]uint8) {
	for r := range rune(len(c)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			c[r] |= classLetterDigit
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			c[r] |= classWord
		}
	}
	return c
}()

const (
	classLetterDigit = 1 << iota
	classWord
)

// isLetterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r).
func isLetterOrDigit(r rune) bool {
	if r >= 0 && r < rune(len(runeClass)) {
		return runeClass[r]&classLetterDigit != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordRune reports whether r belongs to a word in the sense of tokenize: a
// letter, a digit or a nonspacing mark.
func isWordRune(r rune) bool {
	if r >= 0 && r < rune(len(runeClass)) {
		return runeClass[r]&classWord != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func tokenSet(s string) map[string]int {
	m := map[string]int{}
	for _, t := range tokenize(s) {
		m[t]++
	}
	return m
}

// bestBody returns the element whose words best match want (token F1, with
// want's words as a set), preferring the deeper element on a tie.
func bestBody(root *html.Node, want map[string]int) *html.Node {
	wantN := 0
	for _, c := range want {
		wantN += c
	}
	var best *html.Node
	bestF := 0.0
	var walk func(n *html.Node) (all, in int)
	walk = func(n *html.Node) (all, in int) {
		switch n.Type {
		case html.TextNode:
			for _, t := range tokenize(n.Data) {
				all++
				if want[t] > 0 {
					in++
				}
			}
			return all, in
		case html.ElementNode:
			if skippedElements[n.Data] || n.Data == "head" {
				return 0, 0
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			a, i := walk(c)
			all += a
			in += i
		}
		if n.Type == html.ElementNode && all > 0 && in > 0 && n.Data != "html" && n.Data != "body" && n.Data != "p" && n.Data != "a" {
			prec := float64(in) / float64(all)
			rec := min(1, float64(in)/float64(wantN))
			f := 2 * prec * rec / (prec + rec)
			// Children are visited first: only a strictly better ancestor
			// replaces a descendant.
			if f > bestF+1e-9 {
				best, bestF = n, f
			}
		}
		return all, in
	}
	walk(root)
	if bestF < 0.5 {
		return nil
	}
	return best
}

// belowTitle returns, when body holds the title too (readability kept the
// heading and its meta line), the child of body that holds most of the
// rest of its text; else body.
func belowTitle(body, title *html.Node, want map[string]int) *html.Node {
	in := func(n *html.Node) int {
		k := 0
		for _, t := range tokenize(nodeText(n)) {
			if want[t] > 0 {
				k++
			}
		}
		return k
	}
	for title != nil && body != title && contains(body, title) {
		rest := in(body)
		if title.Type == html.ElementNode && title.Data != "meta" {
			rest -= in(title)
		}
		var best *html.Node
		bestIn := 0
		for c := body.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || contains(c, title) {
				continue
			}
			if k := in(c); k > bestIn {
				best, bestIn = c, k
			}
		}
		if best == nil || 10*bestIn < 7*rest {
			return body
		}
		body = best
	}
	return body
}

// boilerplate returns the blocks inside body that are no part of the
// article: mostly links (tags, share buttons) or words readability left
// out (a related-news box), largest first.
func boilerplate(body *html.Node, want map[string]int) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skippedElements[c.Data] {
				continue
			}
			if !blockElements[c.Data] || c.Data == "br" || c.Data == "hr" {
				continue
			}
			total, linked := linkText(c, false)
			all, in := 0, 0
			for _, t := range tokenize(nodeText(c)) {
				all++
				if want[t] > 0 {
					in++
				}
			}
			switch {
			case total == 0:
			case 2*linked > total, all > 0 && 10*in < 3*all, boxName(c):
				out = append(out, c)
			default:
				walk(c)
			}
		}
	}
	walk(body)
	return out
}

// boxWords are words of the classes and ids themes give the boxes that
// follow an article's text (related articles, sharing, tags, comments),
// and boxHeads the headings such boxes open with.
var (
	boxWords = []string{"related", "share", "sharing", "social", "tags", "comment", "rating", "print", "mortabet"}
	boxHeads = []string{"مطالب مرتبط", "اخبار مرتبط", "خبرهای مرتبط", "مرتبط", "برچسب", "اشتراک", "همچنین بخوانید", "نظرات"}
)

// boxName reports whether n is named or headed as such a box.
func boxName(n *html.Node) bool {
	idc := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range boxWords {
		if strings.Contains(idc, w) {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type == html.ElementNode && (c.Data == "h2" || c.Data == "h3" || c.Data == "h4" || c.Data == "b" || c.Data == "strong") {
			t := foldYK(nodeText(c))
			for _, h := range boxHeads {
				if strings.HasPrefix(t, h) && len([]rune(t)) < 40 {
					return true
				}
			}
		}
		break
	}
	return false
}

// bestTitle returns the element that prints the title and its text: of
// the headings, the elements whose class or id says title and the short
// bold or plain text blocks outside the body, the one whose text best
// matches hint or readability's title (an <h1> first, then the earliest);
// og:title when none matches; else the heading nearest before the body.
// A title may be a link to the page itself (self reports such links);
// other links, and boxes of them that do not hold the body (menus, latest
// and most-read lists), are not read, but a page whose text is mostly
// such links is.
func bestTitle(root *html.Node, hint, rtitle string, body *html.Node, self func(*html.Node) bool) (*html.Node, string) {
	// The listing's link text is the best clue; without it, readability's
	// title and og:title.
	var wants []map[string]int
	if hint != "" {
		wants = append(wants, tokenSet(hint))
	} else {
		if rtitle != "" {
			wants = append(wants, tokenSet(rtitle))
		}
		if m := firstMatch(root, matcher("meta[property='og:title']")); m != nil {
			wants = append(wants, tokenSet(attr(m, "content")))
		}
	}
	var best, nearest *html.Node
	og := firstMatch(root, matcher("meta[property='og:title']"))
	if og != nil && collapse(attr(og, "content")) == "" {
		og = nil
	}
	bestScore := 0.0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "a":
				if !self(n) {
					return
				}
			case "nav", "footer", "aside", "head", "script", "style", "select", "option", "button":
				return
			}
			heading := n.Data == "h1" || n.Data == "h2" || n.Data == "h3" || n.Data == "h4"
			idc := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
			titled := strings.Contains(idc, "title") || strings.Contains(idc, "titr") || strings.Contains(idc, "ttl") || strings.Contains(idc, "headline") || strings.Contains(idc, "subject")
			short := false
			if !heading && !titled {
				w := len(strings.Fields(nodeText(n)))
				short = w >= 2 && w <= 40 && !hasBlockChild(n) && (n.Data == "b" || n.Data == "strong" || n.Data == "span" || n.Data == "div" || n.Data == "td" || n.Data == "p")
			}
			if total, linked := otherLinkText(n, self, false); total > 0 && 2*linked > total && (body == nil || !contains(n, body)) {
				return // a menu, a box of links or a link, not a title
			}
			if n.Data != "a" && (heading || titled || short) && !inLinkList(n) {
				text := nodeText(n)
				got := tokenSet(text)
				score := 0.0
				for _, w := range wants {
					score = max(score, tokenF1(got, w))
				}
				if hint != "" {
					score = max(score, hintContainment(got, wants[0]))
				}
				switch {
				case n.Data == "h1":
					score += 0.05
				case heading || titled:
					score += 0.03
				}
				if score > bestScore+1e-9 {
					best, bestScore = n, score
				}
				if (heading || titled) && w(text) >= 2 && w(text) <= 40 && (body == nil || precedes(n, body)) {
					nearest = n
				}
				if heading {
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	ogScore := 0.0
	if og != nil {
		for _, w := range wants {
			ogScore = max(ogScore, tokenF1(tokenSet(attr(og, "content")), w))
		}
	}
	switch {
	case best != nil && bestScore >= 0.6 && bestScore+0.1 >= ogScore:
		return best, nodeText(best)
	case hint != "":
		// The listing said what the title is: a page that prints nothing
		// like it has no title to give.
		if og != nil && ogScore >= 0.3 {
			return og, collapse(attr(og, "content"))
		}
		if nearest != nil && tokenF1(tokenSet(nodeText(nearest)), wants[0]) >= 0.3 {
			return nearest, nodeText(nearest)
		}
	case og != nil:
		return og, collapse(attr(og, "content"))
	case nearest != nil:
		return nearest, nodeText(nearest)
	}
	return nil, ""
}

func w(s string) int { return len(strings.Fields(s)) }

// otherLinkText counts the letters of n's text and those inside <a>
// elements that self does not report (links to other pages).
func otherLinkText(n *html.Node, self func(*html.Node) bool, inLink bool) (total, linked int) {
	switch n.Type {
	case html.TextNode:
		for _, r := range n.Data {
			if isLetterOrDigit(r) {
				total++
			}
		}
		if inLink {
			linked = total
		}
		return total, linked
	case html.ElementNode:
		if skippedElements[n.Data] {
			return 0, 0
		}
		if n.Data == "a" && !self(n) {
			inLink = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l := otherLinkText(c, self, inLink)
		total += t
		linked += l
	}
	return total, linked
}

// hasBlockChild reports whether n has a block element among its children.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockElements[c.Data] && c.Data != "br" {
			return true
		}
	}
	return false
}

// precedes reports whether a comes before b in document order (and is not
// its ancestor).
func precedes(a, b *html.Node) bool {
	if contains(a, b) {
		return false
	}
	order := func(n *html.Node) []int {
		var path []int
		for ; n.Parent != nil; n = n.Parent {
			i := 0
			for s := n.PrevSibling; s != nil; s = s.PrevSibling {
				i++
			}
			path = append(path, i)
		}
		slices.Reverse(path)
		return path
	}
	return slices.Compare(order(a), order(b)) < 0
}

// hintContainment scores a candidate title against the listing's link
// text when one holds the other: a listing that cuts long titles short
// («… ...») gives a link text the title starts with, and a link that wraps
// the title with its date and lead gives one that holds the title.
func hintContainment(got, hint map[string]int) float64 {
	ng, nh, both := 0, 0, 0
	for t, c := range got {
		ng += c
		both += min(c, hint[t])
	}
	for _, c := range hint {
		nh += c
	}
	switch {
	case ng == 0 || nh == 0:
		return 0
	case ng <= 40 && nh >= 3 && float64(both) >= 0.9*float64(nh):
		return 0.85 // the title, of which the link shows the start
	case ng >= 4 && float64(both) >= 0.95*float64(ng):
		return 0.75 // the title, which the link shows among more
	}
	return 0
}

// tokenF1 is the F1 of two bags of words.
func tokenF1(got, want map[string]int) float64 {
	g, w, both := 0, 0, 0
	for t, c := range got {
		g += c
		both += min(c, want[t])
	}
	for _, c := range want {
		w += c
	}
	if both == 0 {
		return 0
	}
	p, r := float64(both)/float64(g), float64(both)/float64(w)
	return 2 * p * r / (p + r)
}

// contains reports whether a is b or an ancestor of b.
func contains(a, b *html.Node) bool {
	for n := b; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// dateLine is one line of a page's text with the element it ends in.
type dateLine struct {
	text  string
	block *html.Node
	order int
}

// findPrintedDates looks for the registration date: on a line with a
// registration label, else the date nearest after the title that is
// neither inside the body nor in a list of links. It returns the element
// that holds it (the date scope), the label as the page prints it (empty
// when unlabelled), the date and, when a line carries an occurrence label,
// the occurrence date.
func findPrintedDates(root, title, body *html.Node, listed string) (scope *html.Node, label, date, occurred string) {
	var lines []dateLine
	titleOrder, bodyOrder, bodyEnd := -1, -1, -1
	order := 0
	var cur strings.Builder
	var curBlock *html.Node
	flush := func() {
		if t := collapse(cur.String()); t != "" {
			lines = append(lines, dateLine{text: t, block: curBlock, order: order})
		}
		cur.Reset()
	}
	var walk func(n *html.Node, block *html.Node)
	walk = func(n *html.Node, block *html.Node) {
		order++
		if n == title {
			titleOrder = order
		}
		if n == body {
			bodyOrder = order
		}
		switch n.Type {
		case html.TextNode:
			if curBlock != block {
				flush()
				curBlock = block
			}
			cur.WriteString(n.Data)
			cur.WriteByte(' ')
			return
		case html.ElementNode:
			if skippedElements[n.Data] || n.Data == "head" {
				return
			}
			if n.Data == "time" || n.Data == "span" && strings.Contains(strings.ToLower(attr(n, "class")), "date") {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c, n)
				}
				flush()
				curBlock = block
				return
			}
			if blockElements[n.Data] {
				flush()
				block = n
				curBlock = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, block)
		}
		if n.Type == html.ElementNode && blockElements[n.Data] {
			flush()
		}
		if n == body {
			bodyEnd = order
		}
	}
	walk(root, root)
	flush()
	if titleOrder < 0 {
		titleOrder = bodyOrder
	}
	// An unlabelled date counts only near the article: from a little
	// before the title to a little after the body.
	lo, hi := titleOrder-40, bodyEnd+40
	if bodyOrder >= 0 && bodyOrder < titleOrder {
		lo = bodyOrder - 40
	}
	if bodyEnd < titleOrder {
		hi = titleOrder + 80
	}

	type cand struct {
		line  dateLine
		date  string
		label string
		score float64
	}
	var best *cand
	for _, l := range lines {
		ds := findDates(l.text)
		if len(ds) == 0 {
			continue
		}
		inBody := body != nil && contains(body, l.block)
		if lbl, v := labelledDate(l.text, occurrenceLabels); v != "" && occurred == "" && !inBody {
			occurred = v
			_ = lbl
		}
		c := cand{line: l}
		if lbl, v := labelledDate(l.text, registrationLabels); v != "" {
			c.label, c.date, c.score = lbl, v, 100
		} else {
			d := ds[0]
			for _, x := range ds {
				if x.jalali {
					d = x
					break
				}
			}
			c.date = l.text[d.start:d.end]
			if l.order < lo || l.order > hi {
				continue
			}
			// The date the listing printed beside the link.
			if listed != "" && sameDay(c.date, listed) {
				c.score += 25
			}
			// Unlabelled: the nearer the title, the better.
			dist := l.order - titleOrder
			if dist < 0 {
				dist = -dist * 3
			}
			c.score = 50 - float64(min(dist, 400))/10
			if !d.jalali {
				c.score -= 5
			}
			// A label that is not a registration label names another
			// date (an update, a deadline).
			before := foldYK(string([]rune(l.text[:d.start])[max(0, len([]rune(l.text[:d.start]))-30):]))
			switch {
			case otherDateLabel.MatchString(strings.ReplaceAll(before, "\u200c", " ")):
				c.score -= 40
			case strings.ContainsAny(before, ":："):
				c.score -= 10
			}
			// The line should be the date and little else.
			if n := len(tokenize(l.text)); n > 12 {
				c.score -= 20
			}
		}
		if inBody {
			// A short line inside the body's element is a byline or a
			// meta line; a date in the prose is some other day.
			if len(tokenize(l.text)) > 12 {
				c.score -= 60
			} else {
				c.score -= 10
			}
		}
		if inLinkList(l.block) {
			c.score -= 60
		}
		if best == nil || c.score > best.score {
			cc := c
			best = &cc
		}
	}
	if best == nil || best.score < 20 {
		return nil, "", "", occurred
	}
	return narrowScope(best.line.block, best.label, best.date), best.label, best.date, occurred
}

// narrowScope returns the deepest element under block whose text still
// holds label and date.
func narrowScope(block *html.Node, label, date string) *html.Node {
	holds := func(n *html.Node) bool {
		t := foldYK(nodeText(n))
		return strings.Contains(t, foldYK(collapse(date))) && (label == "" || strings.Contains(t, foldYK(label)))
	}
	for n := block; ; {
		next := (*html.Node)(nil)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !skippedElements[c.Data] && holds(c) {
				next = c
				break
			}
		}
		if next == nil {
			return n
		}
		n = next
	}
}

// labelledDate returns the first of labels that l carries right before a
// date (within a few characters, a colon allowed) and that date.
func labelledDate(l string, labels []string) (string, string) {
	fl := foldYK(l)
	for _, lab := range labels {
		i := strings.Index(fl, lab)
		if i < 0 {
			continue
		}
		rest := l[i+len(lab):]
		ds := findDates(rest)
		if len(ds) == 0 || ds[0].start > 64 {
			continue
		}
		if gap := []rune(dateFiller.ReplaceAllString(rest[:ds[0].start], "")); len(gap) > 6 {
			continue
		}
		// The label as printed, so that the profile's label matches.
		return strings.TrimSpace(l[i : i+len(lab)]), rest[ds[0].start:ds[0].end]
	}
	return "", ""
}

// dateFiller matches what may stand between a date label and the date:
// punctuation, a weekday, a clock time.
var dateFiller = regexp.MustCompile(`[\s\x{00a0}\x{200c}:：\-–|،,()]+|(?:یک|دو|سه|چهار|پنج)?[\x{200c} ]?شنبه|جمعه|ساعت|[0-9۰-۹٠-٩]{1,2}[:：][0-9۰-۹٠-٩]{2}(?:[:：][0-9۰-۹٠-٩]{2})?`)

// otherDateLabel matches labels of dates that are not the article's: an
// update, an edit, a deadline, a count of visits.
var otherDateLabel = regexp.MustCompile(`روزرسانی|روز رسانی|بروزرسانی|ویرایش|آخرین|بازدید|مهلت|انقضا|اعتبار|تولد|تاسیس|تأسیس|کپی`)

// occurrenceLabelIn returns the occurrence label printed in scope, or "".
func occurrenceLabelIn(scope *html.Node) string {
	if scope == nil {
		return ""
	}
	t := foldYK(nodeText(scope))
	for _, l := range occurrenceLabels {
		if strings.Contains(t, l) {
			return l
		}
	}
	return ""
}

// inLinkList reports whether n sits in an item of a list of links (a
// "latest news" box): a list item whose text is mostly links, or a short
// table row or list item that also holds a titled link (three words or
// more besides any date) that n is not part of.
func inLinkList(n *html.Node) bool {
	for a, depth := n, 0; a != nil && depth < 4; a, depth = a.Parent, depth+1 {
		if a.Type != html.ElementNode {
			continue
		}
		switch a.Data {
		case "li", "nav":
			if total, linked := linkText(a, false); total > 0 && 3*linked > total {
				return true
			}
		case "body", "html", "table", "tbody", "main", "article":
			return false
		}
		if (a.Data == "tr" || a.Data == "li" || a.Data == "dd") && len(tokenize(nodeText(a))) <= 40 && hasTitledLink(a, n) {
			return true
		}
	}
	return false
}

// hasTitledLink reports whether n holds a link, other than one holding
// self, whose text has three words or more besides the dates in it.
func hasTitledLink(n, self *html.Node) bool {
	if n.Type == html.ElementNode && n.Data == "a" {
		if contains(n, self) {
			return false
		}
		t := nodeText(n)
		for _, d := range findDates(t) {
			t = t[:d.start] + strings.Repeat(" ", d.end-d.start) + t[d.end:]
		}
		return len(strings.Fields(t)) >= 3
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasTitledLink(c, self) {
			return true
		}
	}
	return false
}
