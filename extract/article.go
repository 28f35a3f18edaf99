package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// ParseVersion identifies how this package reads an article page: the HTML
// parse, the profiles' selectors and date labels at work, the text of the
// title and the paragraphs, the image URLs and the dates as printed. It
// goes up with every change that can give another [Article] for the same
// page and profile, so that a row stored from an earlier parse is known
// to be stale: govwatch reprocess reuses the stored text of a row only when
// the row was written under this version (see the articles table's
// parse_key). A change of the parse without a change here needs
// `govwatch reprocess --from-warc`.
const ParseVersion = "extract/1"

// Sentinel errors wrapped by [ParseError].
var (
	// ErrNoMatch means a required selector matched no element.
	ErrNoMatch = errors.New("selector matched nothing")
	// ErrEmpty means a required part was found but holds no text.
	ErrEmpty = errors.New("part is empty")
	// ErrNoLabel means a date label was not found in the date scope.
	ErrNoLabel = errors.New("label not found")
	// ErrNoDate means no printed date was found where one was looked for.
	ErrNoDate = errors.New("no date printed")
	// ErrNavigation means the part found is made of links (a menu, a list
	// of other articles), not of the article's text.
	ErrNavigation = errors.New("links, not text")
	// ErrNoBody means the automatic layout found no article text.
	ErrNoBody = errors.New("no article text found")
)

// Parts named by [ParseError.Part]; the crawler records a parse failure with
// cause "parse_" + Part.
const (
	PartURL        = "url"
	PartHTML       = "html"
	PartTitle      = "title"
	PartBody       = "body"
	PartParagraphs = "paragraphs"
	PartDateScope  = "date_scope"
	PartRegistered = "registered_date"
	PartOccurred   = "occurred_date"
	PartLinks      = "links"
)

// ParseError reports a page that does not match its profile: URL is the
// page, Part the missing or empty part (one of the Part constants).
type ParseError struct {
	URL  string
	Part string
	Err  error
}

// Error implements error.
func (e *ParseError) Error() string {
	return fmt.Sprintf("parse %s: %s: %v", e.URL, e.Part, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Article is one parsed article page. Text fields are UTF-8 as printed on
// the page, with runs of whitespace (including no-break spaces) collapsed
// to one space and trimmed; nothing else is changed.
type Article struct {
	// URL is the canonical URL of the page (see [Canonical]).
	URL string
	// SourceID is the ID of the [Source] the page was crawled for.
	SourceID string
	// Title is the article's title.
	Title string
	// Paragraphs are the body's non-empty paragraphs in page order.
	Paragraphs []string
	// ImageURLs are the absolute URLs of the article's images, in page
	// order, without duplicates.
	ImageURLs []string
	// RegisteredPrinted is the registration date exactly as printed (for
	// example "1397/8/15"); empty when printed empty.
	RegisteredPrinted string
	// OccurredPrinted is the occurrence date exactly as printed; empty when
	// printed empty or when the profile has no occurrence label.
	OccurredPrinted string
	// FetchedAt is when the response was received (UTC); zero when the
	// article was parsed outside a crawl.
	FetchedAt time.Time
	// Status is the HTTP status of the response; 0 outside a crawl.
	Status int
	// ContentHash is the hex SHA-256 over Title, Paragraphs, ImageURLs,
	// RegisteredPrinted and OccurredPrinted; it changes exactly when one of
	// them does.
	ContentHash string
	// Charset is the name of the charset the page was decoded from.
	Charset string
	// Layout says what read the page: the name of the profile (a preset
	// or one from the config file) whose selectors gave the article, or
	// [AutoProfile] when the automatic layout found its parts. It is not
	// part of ContentHash.
	Layout string
}

// ParseArticle decodes body (see the package doc for the charset order,
// contentType being the response's Content-Type header, possibly empty) and
// reads an [Article] from it with profile p. pageURL is the URL the page was
// fetched from; relative image links are resolved against it (or the page's
// <base href>). A page that lacks a required part returns a [*ParseError]
// naming pageURL and the part. When the page fails with the charset its
// header or <meta> declares, it is parsed once more with the charset its bytes
// suggest (UTF-8 when they read as UTF-8, else the profile's DefaultCharset or
// windows-1256), so that a wrong declaration does not lose the article.
// ParseArticle does not panic on any input.
//
// With [AutoProfile] (see [Profile.IsAuto]) each preset is tried in turn and,
// when none gives an article, the automatic layout reads the page; a page
// where it finds no article text, or no printed date, is a [*ParseError]
// (Part body or registered_date), never an article made of the page's menus.
func ParseArticle(p Profile, sourceID, pageURL string, body []byte, contentType string) (Article, error) {
	if p.IsAuto() {
		return parseAuto(presetList(), sourceID, pageURL, body, contentType)
	}
	return parseWithProfile(p, sourceID, pageURL, body, contentType, 0)
}

// parseWithProfile is ParseArticle with a profile of selectors. A
// positive minWords also refuses a body made of links or of fewer words of
// text than that (the automatic layout's guard against menus).
func parseWithProfile(p Profile, sourceID, pageURL string, body []byte, contentType string, minWords int) (Article, error) {
	a, err := parseArticle(p, sourceID, pageURL, body, contentType, minWords)
	if err == nil || a.Charset == "" {
		return a, err
	}
	sniffed := sniffCharset(body, p.DefaultCharset)
	if sniffed == a.Charset {
		return Article{}, err
	}
	b, berr := parseArticle(p, sourceID, pageURL, body, "text/html; charset="+sniffed, minWords)
	if berr != nil {
		return Article{}, err
	}
	return b, nil
}

// parseArticle is ParseArticle with the charset as declared. On a failure
// after the page was decoded, the returned Article holds only Charset.
func parseArticle(p Profile, sourceID, pageURL string, body []byte, contentType string, minWords int) (a Article, err error) {
	var decoded string
	defer func() {
		if err != nil {
			a = Article{Charset: decoded}
		}
	}()
	perr := func(part string, err error) (Article, error) {
		return Article{}, &ParseError{URL: pageURL, Part: part, Err: err}
	}
	base, err := url.Parse(pageURL)
	if err != nil {
		return perr(PartURL, err)
	}
	if base, err = canonical(base); err != nil {
		return perr(PartURL, err)
	}
	canon := base.String()
	pd, err := parseDocument(body, contentType, p.DefaultCharset)
	if err != nil {
		return perr(PartHTML, err)
	}
	decoded = pd.charset
	doc := pd.doc
	root := doc.Nodes[0]
	base = pd.resolveBase(base)
	for _, sel := range p.Article.Drop {
		doc.FindMatcher(matcher(sel)).Remove()
	}

	a = Article{URL: canon, SourceID: sourceID, Charset: pd.charset, Layout: p.Name}

	title := firstMatch(root, matcher(p.Article.Title))
	if title == nil {
		return perr(PartTitle, fmt.Errorf("%w: %s", ErrNoMatch, p.Article.Title))
	}
	if title.Data == "meta" {
		a.Title = collapse(attr(title, "content"))
	} else {
		a.Title = nodeText(title)
	}
	if a.Title == "" {
		return perr(PartTitle, ErrEmpty)
	}

	bodyNode := firstMatch(root, matcher(p.Article.Body))
	if bodyNode == nil {
		return perr(PartBody, fmt.Errorf("%w: %s", ErrNoMatch, p.Article.Body))
	}
	if a.Paragraphs = paragraphs(bodyNode, p.Article.Paragraphs); len(a.Paragraphs) == 0 {
		return perr(PartParagraphs, ErrEmpty)
	}

	if p.Article.Images != "" {
		a.ImageURLs = imageURLs(doc.FindMatcher(matcher(p.Article.Images)), base)
	}

	scope := firstMatch(root, matcher(p.Article.DateScope))
	if scope == nil {
		return perr(PartDateScope, fmt.Errorf("%w: %s", ErrNoMatch, p.Article.DateScope))
	}
	lines := blockLines(scope)
	labels := []string{p.Article.RegisteredLabel, p.Article.OccurredLabel}
	if p.Article.RegisteredLabel == "" {
		a.RegisteredPrinted = strings.Join(lines, " ")
	} else if v, ok := labelled(lines, p.Article.RegisteredLabel, labels); ok {
		a.RegisteredPrinted = v
	} else {
		return perr(PartRegistered, fmt.Errorf("%w: %s", ErrNoLabel, p.Article.RegisteredLabel))
	}
	if p.Article.TrimToDate {
		if a.RegisteredPrinted = firstDate(a.RegisteredPrinted); a.RegisteredPrinted == "" {
			return perr(PartRegistered, ErrNoDate)
		}
	}
	if p.Article.OccurredLabel != "" {
		v, ok := labelled(lines, p.Article.OccurredLabel, labels)
		if !ok {
			return perr(PartOccurred, fmt.Errorf("%w: %s", ErrNoLabel, p.Article.OccurredLabel))
		}
		a.OccurredPrinted = v
		if p.Article.TrimToDate {
			a.OccurredPrinted = firstDate(v)
		}
	}
	if minWords > 0 {
		if err := bodyLooksLikeText(bodyNode, articleText(a.Paragraphs, a.Title), minWords); err != nil {
			return perr(PartBody, err)
		}
	}
	a.ContentHash = contentHash(a)
	return a, nil
}

// parsedDocument is a decoded and parsed page.
type parsedDocument struct {
	doc     *goquery.Document
	charset string // the charset the page was decoded from
	base    string // href of the first <base href>, if hasBase
	hasBase bool
}

// parseDocument decodes body and parses it into a goquery document with
// script-like elements removed, noting the first <base href> outside them.
func parseDocument(body []byte, contentType, fallback string) (parsedDocument, error) {
	utf, cs, err := decodeHTML(body, contentType, fallback)
	if err != nil {
		return parsedDocument{charset: cs}, err
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(utf))
	if err != nil {
		return parsedDocument{charset: cs}, fmt.Errorf("parse html: %w", err)
	}
	pd := parsedDocument{doc: doc, charset: cs}
	pd.prune(doc.Nodes[0])
	return pd, nil
}

// prune removes the script-like elements under n and records the first
// <base href> it meets, in one walk.
func (pd *parsedDocument) prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch c.Data {
			case "script", "style", "noscript", "template":
				n.RemoveChild(c)
				c = next
				continue
			case "base":
				if href, ok := attrOK(c, "href"); ok && !pd.hasBase {
					pd.base, pd.hasBase = href, true
				}
			}
		}
		pd.prune(c)
		c = next
	}
}

// resolveBase returns the page's <base href> resolved against pageURL, or
// pageURL.
func (pd *parsedDocument) resolveBase(pageURL *url.URL) *url.URL {
	if pd.hasBase {
		if b, err := pageURL.Parse(strings.TrimSpace(pd.base)); err == nil && (b.Scheme == "http" || b.Scheme == "https") {
			return b
		}
	}
	return pageURL
}

// attrOK returns the value of n's attribute key and whether n has it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// paragraphs reads the body's paragraphs: the elements matching sel when
// they hold at least half of the body's text, else the body's text split at
// <br> and block elements.
func paragraphs(root *html.Node, sel string) []string {
	if sel == "" {
		sel = "p"
	}
	// Matches nested in another match are left out: their text is already
	// part of it.
	var w lineWalker
	eachOutermost(root, matcher(sel), w.add)
	if len(w.lines) == 0 {
		return blockLines(root)
	}
	pickedLen := 0
	for _, l := range w.lines {
		pickedLen += len(l)
	}
	if 2*pickedLen >= blockTextLen(root) {
		return w.lines
	}
	return blockLines(root)
}

// eachOutermost calls fn, in document order, for each descendant of n that
// m matches and that has no matching ancestor below n.
func eachOutermost(n *html.Node, m goquery.Matcher, fn func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if m.Match(c) {
			fn(c)
		} else {
			eachOutermost(c, m, fn)
		}
	}
}

// firstMatch returns the first descendant of n in document order that m
// matches, or nil.
func firstMatch(n *html.Node, m goquery.Matcher) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if m.Match(c) {
			return c
		}
		if f := firstMatch(c, m); f != nil {
			return f
		}
	}
	return nil
}

// imageURLs returns the absolute http(s) URLs of the images in sel (the
// elements themselves when they are <img>, else their <img> descendants),
// in order, without duplicates.
func imageURLs(sel *goquery.Selection, base *url.URL) []string {
	var out []string
	seen := map[string]bool{}
	add := func(img *goquery.Selection) {
		src := strings.TrimSpace(img.AttrOr("src", ""))
		if src == "" || strings.HasPrefix(strings.ToLower(src), "data:") {
			src = strings.TrimSpace(img.AttrOr("data-src", ""))
		}
		if src == "" {
			return
		}
		u, err := base.Parse(src)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return
		}
		u.Fragment = ""
		s := u.String()
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sel.Each(func(_ int, s *goquery.Selection) {
		if goquery.NodeName(s) == "img" {
			add(s)
			return
		}
		s.FindMatcher(imgElement).Each(func(_ int, img *goquery.Selection) { add(img) })
	})
	return out
}

// labelled finds label in lines and returns the text after it, up to the
// end of the line or the next of labels on the same line, without a
// leading colon. When nothing follows the label on its line, the next line
// is the value unless it holds a label itself (a <dt>/<dd> layout). Matching
// folds Arabic yeh and kaf to their Persian forms and ZWNJ to a space; the
// returned text is as printed.
func labelled(lines []string, label string, labels []string) (string, bool) {
	fl := []rune(collapse(fold(label)))
	hasLabel := func(line string) bool {
		fline := []rune(fold(line))
		for _, l := range labels {
			if l != "" && runeIndex(fline, []rune(collapse(fold(l))), 0) >= 0 {
				return true
			}
		}
		return false
	}
	for k, line := range lines {
		rl := []rune(line)
		fline := []rune(fold(line))
		i := runeIndex(fline, fl, 0)
		if i < 0 {
			continue
		}
		start := i + len(fl)
		end := len(rl)
		for _, other := range labels {
			if other == "" || other == label {
				continue
			}
			if j := runeIndex(fline, []rune(collapse(fold(other))), start); j >= 0 && j < end {
				end = j
			}
		}
		v := collapse(strings.TrimLeft(strings.TrimSpace(string(rl[start:end])), ":："))
		if v == "" && end == len(rl) && k+1 < len(lines) && !hasLabel(lines[k+1]) {
			v = collapse(strings.TrimLeft(lines[k+1], ":："))
		}
		return v, true
	}
	return "", false
}

// fold maps runes one to one, so that rune offsets into the folded string
// are offsets into the original.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ي', 'ى':
			return 'ی'
		case 'ك':
			return 'ک'
		case '\u200c', '\u00a0':
			return ' '
		}
		return r
	}, s)
}

func runeIndex(s, sub []rune, from int) int {
	if len(sub) == 0 {
		return -1
	}
	for i := from; i+len(sub) <= len(s); i++ {
		match := true
		for j := range sub {
			if s[i+j] != sub[j] {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// contentHash is the hex SHA-256 over the article's printed content, each
// field length-prefixed so that moving text between fields changes it.
func contentHash(a Article) string {
	n := 8*5 + len(a.Title) + len(a.RegisteredPrinted) + len(a.OccurredPrinted)
	for _, l := range [][]string{a.Paragraphs, a.ImageURLs} {
		for _, s := range l {
			n += 8 + len(s)
		}
	}
	buf := make([]byte, 0, n)
	put := func(s string) {
		buf = binary.BigEndian.AppendUint64(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	putList := func(l []string) {
		buf = binary.BigEndian.AppendUint64(buf, uint64(len(l)))
		for _, s := range l {
			put(s)
		}
	}
	put(a.Title)
	putList(a.Paragraphs)
	putList(a.ImageURLs)
	put(a.RegisteredPrinted)
	put(a.OccurredPrinted)
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:])
}
