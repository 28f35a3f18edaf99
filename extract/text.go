package extract

import (
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// imgElement is compiled once: goquery's Find compiles its selector
// string on every call.
var imgElement = cascadia.MustCompile("img")

// maxCachedSelectors bounds the selector cache. Profiles hold a handful of
// selectors each, so only a program that makes up selectors as it goes
// reaches it; past it selectors are compiled on every use.
const maxCachedSelectors = 1024

// selectorCache maps selector text to its compiled goquery.Matcher.
var (
	selectorCache  sync.Map
	selectorsCount atomic.Int64
)

// matcher returns the compiled form of sel, from the cache when it was
// compiled before. An invalid selector matches nothing, as in goquery's Find.
func matcher(sel string) goquery.Matcher {
	if m, ok := selectorCache.Load(sel); ok {
		return m.(goquery.Matcher)
	}
	var m goquery.Matcher = matchNothing{}
	if s, err := cascadia.Compile(sel); err == nil {
		m = s
	}
	if selectorsCount.Add(1) <= maxCachedSelectors {
		selectorCache.Store(sel, m)
	}
	return m
}

// matchNothing is the matcher of an invalid selector.
type matchNothing struct{}

func (matchNothing) Match(*html.Node) bool               { return false }
func (matchNothing) MatchAll(*html.Node) []*html.Node    { return nil }
func (matchNothing) Filter(ns []*html.Node) []*html.Node { return nil }

// collapser accumulates text with runs of Unicode white space (including
// U+00A0) turned into one space, other control characters and U+FEFF
// dropped, and no space at either end; invalid UTF-8 bytes become U+FFFD.
// Feeding it pieces gives the same text as feeding it their concatenation.
type collapser struct {
	buf   []byte
	space bool // white space seen since the last character kept
}

func (c *collapser) write(s string) {
	for i := 0; i < len(s); {
		// Copy a run of characters that are never white space or control
		// characters at once: printable ASCII, and valid two-byte sequences
		// from U+00C0 to U+07FF, which hold the Arabic script.
		j := i
		for j < len(s) {
			b := s[j]
			if b < utf8.RuneSelf && b > ' ' && b != 0x7f {
				j++
			} else if 0xc3 <= b && b <= 0xdf && j+1 < len(s) && s[j+1]&0xc0 == 0x80 {
				j += 2
			} else {
				break
			}
		}
		if j > i {
			if c.space && len(c.buf) > 0 {
				c.buf = append(c.buf, ' ')
			}
			c.space = false
			c.buf = append(c.buf, s[i:j]...)
			i = j
			continue
		}
		if b := s[i]; b < utf8.RuneSelf {
			i++
			switch {
			case b == ' ' || ('\t' <= b && b <= '\r'):
				c.space = true
			case b < 0x20 || b == 0x7f:
			default:
				if c.space && len(c.buf) > 0 {
					c.buf = append(c.buf, ' ')
				}
				c.space = false
				c.buf = append(c.buf, b)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsSpace(r):
			c.space = true
		case r == '\uFEFF' || unicode.IsControl(r):
		default:
			if c.space && len(c.buf) > 0 {
				c.buf = append(c.buf, ' ')
			}
			c.space = false
			c.buf = utf8.AppendRune(c.buf, r)
		}
	}
}

func (c *collapser) reset() {
	c.buf = c.buf[:0]
	c.space = false
}

// collapse returns s with runs of Unicode white space (including U+00A0)
// replaced by one space, other control characters and U+FEFF dropped, and
// the ends trimmed. It returns s itself when nothing changes.
func collapse(s string) string {
	var c collapser
	c.write(s)
	if string(c.buf) == s {
		return s
	}
	return string(c.buf)
}

// nodeText returns the collapsed text of n and its descendants, as
// collapse(goquery's Text()) would.
func nodeText(n *html.Node) string {
	var c collapser
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			c.write(n.Data)
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	return string(c.buf)
}

// blockElements end a line of text in [blockLines].
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true,
	"center": true, "dd": true, "div": true, "dl": true, "dt": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "header": true, "hr": true, "li": true,
	"main": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true,
	"table": true, "tbody": true, "td": true, "th": true, "thead": true, "tr": true,
	"ul": true,
}

// skippedElements contribute no text.
var skippedElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"iframe": true, "object": true, "select": true, "textarea": true,
}

// lineWalker splits the text under a node into lines, where <br> and block
// elements end a line, and collapses each line. It either keeps the lines
// or, with count set, only adds up their lengths in bytes.
type lineWalker struct {
	c     collapser
	lines []string
	count bool
	total int
}

// add walks n and ends the line at its end.
func (w *lineWalker) add(n *html.Node) {
	w.walk(n, 0)
	w.flush()
}

func (w *lineWalker) flush() {
	if len(w.c.buf) > 0 {
		if w.count {
			w.total += len(w.c.buf)
		} else {
			w.lines = append(w.lines, string(w.c.buf))
		}
	}
	w.c.reset()
}

func (w *lineWalker) walk(n *html.Node, depth int) {
	if depth > 512 {
		return
	}
	block := false
	switch n.Type {
	case html.TextNode:
		w.c.write(n.Data)
		return
	case html.ElementNode:
		if skippedElements[n.Data] {
			return
		}
		if block = blockElements[n.Data]; block {
			w.flush()
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.walk(ch, depth+1)
	}
	if block {
		w.flush()
	}
}

// blockLines returns the non-empty, whitespace-collapsed lines of n's text,
// where <br> and block elements end a line.
func blockLines(n *html.Node) []string {
	var w lineWalker
	w.add(n)
	return w.lines
}

// blockTextLen returns the total length in bytes of blockLines(n), without
// building the lines.
func blockTextLen(n *html.Node) int {
	w := lineWalker{count: true}
	w.add(n)
	return w.total
}
