package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Writing CSS selectors for elements the automatic layout found, so that
// what it learned can be kept, printed as a profile and pasted into the
// config file. A selector is built from tag names, ids and classes that
// look stable (no long runs of digits, which are record numbers), never
// from positions in the page.

// stableName reports whether an id or class looks the same on every page of
// a site: CSS-safe characters only, and no run of three digits or more.
func stableName(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	run := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if i == 0 {
				return false
			}
			if run++; run >= 3 {
				return false
			}
			continue
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '-', r == '_':
		default:
			return false
		}
		run = 0
	}
	return true
}

// recordClass matches classes that carry a record number (post-11,
// item_42), which differ from one list item or page to the next.
var recordClass = regexp.MustCompile(`[-_][0-9]+$`)

// classes returns n's stable classes, skipping the ones a theme adds for
// state (active, current, odd…).
func classes(n *html.Node) []string {
	var out []string
	for _, c := range strings.Fields(attr(n, "class")) {
		switch strings.ToLower(c) {
		case "active", "current", "selected", "odd", "even", "first", "last", "clearfix", "hidden":
			continue
		}
		if stableName(c) && !recordClass.MatchString(c) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// simpleSelectors returns the ways of naming n alone, most specific first:
// tag#id, tag.class (each stable class), tag[itemprop=…] (the schema.org
// name themes give an article's body, headline and date), tag.
func simpleSelectors(n *html.Node) []string {
	var out []string
	if id := attr(n, "id"); stableName(id) {
		out = append(out, n.Data+"#"+id)
	}
	cs := classes(n)
	for _, c := range cs {
		out = append(out, n.Data+"."+c)
	}
	if len(cs) >= 2 {
		out = append(out, n.Data+"."+cs[0]+"."+cs[1])
	}
	if ip := attr(n, "itemprop"); stableName(ip) {
		out = append(out, n.Data+`[itemprop="`+ip+`"]`)
	}
	return append(out, n.Data)
}

// uniqueSelector returns the shortest selector, of an element's own name
// and at most three ancestors' names, whose first match in root is n; ""
// when there is none.
func uniqueSelector(root, n *html.Node) string {
	if n == nil || n.Type != html.ElementNode {
		return ""
	}
	own := simpleSelectors(n)
	var ancestors [][]string
	for a := n.Parent; a != nil && a.Type == html.ElementNode && a.Data != "html" && len(ancestors) < 3; a = a.Parent {
		if a.Data == "body" {
			break
		}
		ancestors = append(ancestors, simpleSelectors(a))
	}
	ok := func(sel string) bool { return firstMatch(root, matcher(sel)) == n }
	for _, s := range own {
		if s != n.Data && ok(s) {
			return s
		}
	}
	// One ancestor, then two, then three; the ancestors' specific names
	// first.
	for depth := 1; depth <= len(ancestors); depth++ {
		for _, s := range own {
			for _, a := range ancestors[depth-1] {
				if a == ancestors[depth-1][len(ancestors[depth-1])-1] && depth > 1 {
					continue // a bare tag far up says little
				}
				sel := a + " " + s
				if depth > 1 {
					// Keep the nearer ancestors' most specific names.
					parts := []string{a}
					for k := depth - 2; k >= 0; k-- {
						parts = append(parts, ancestors[k][0])
					}
					sel = strings.Join(append(parts, s), " ")
				}
				if ok(sel) {
					return sel
				}
			}
		}
	}
	if ok(n.Data) {
		return n.Data
	}
	return ""
}

// relativeSelector names n inside its article body: tag#id or tag.class;
// "" when n has no stable id or class.
func relativeSelector(n *html.Node) string {
	s := simpleSelectors(n)
	if len(s) > 1 {
		return s[0]
	}
	return ""
}
