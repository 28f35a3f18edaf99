package extract

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestFindNext finds the next-page link of pagers that name it in text,
// by an image's alt, by a title or aria-label on a link or its icon, or by
// an arrow alone, and checks that the selector it writes gives the same
// link.
func TestFindNext(t *testing.T) {
	tests := []struct {
		name, pager, want string
	}{
		{"text", `<a href="/l?p=1">۱</a> <a href="/l?p=2">بعدی</a>`, "/l?p=2"},
		{"text with arrow", `<a href="/l?p=2">صفحه بعد »</a>`, "/l?p=2"},
		{"image alt", `<a href="/l?p=0"><img src="/prev.gif" alt="صفحه قبل"></a> <a href="/l?p=2"><img src="/next.gif" alt="صفحه بعد"></a>`, "/l?p=2"},
		{"image alt with Arabic yeh", `<a href="/l?p=2"><img src="/n.gif" alt="بعدي"></a>`, "/l?p=2"},
		{"title on the link", `<a href="/l?p=0" title="قبلی"><i class="fa fa-right"></i></a><a href="/l?p=2" title="صفحه بعد"><i class="fa fa-left"></i></a>`, "/l?p=2"},
		{"aria-label on the link", `<a href="/l?p=2" aria-label="Next"><span class="icon"></span></a>`, "/l?p=2"},
		{"title on the icon", `<a href="/l?p=2"><span class="ico" title="بعدی"></span></a>`, "/l?p=2"},
		{"single guillemet", `<a href="/l?p=1">۱</a> <a href="/l?p=2">۲</a> <a href="/l?p=2">›</a>`, "/l?p=2"},
		{"left arrow", `<a href="/l?p=0">→</a> <a href="/l?p=2">←</a>`, "/l?p=2"},
		{"single arrow before double", `<a href="/l?p=2">›</a> <a href="/l?p=9">»</a>`, "/l?p=2"},
		{"word before arrow", `<a href="/l?p=9">»</a> <a href="/l?p=2">بعدی</a>`, "/l?p=2"},
		{"previous only", `<a href="/l?p=0" title="صفحه قبل"><img src="/p.gif"></a> <a href="/l?p=0">→</a>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><body><ul class="list"><li><a href="/n/1">خبر یک</a></li></ul><div class="pages">` + tt.pager + `</div></body></html>`
			pd, err := parseDocument([]byte(page), "text/html; charset=utf-8", "")
			if err != nil {
				t.Fatal(err)
			}
			base, _ := url.Parse("http://x.test/l?p=1")
			sel, u := findNext(pd.doc.Nodes[0], base, base)
			got := ""
			if u != nil {
				got = u.RequestURI()
			}
			if got != tt.want {
				t.Fatalf("findNext = %q (%s), want %q", got, sel, tt.want)
			}
			if tt.want == "" {
				return
			}
			l, err := parseListing(Profile{Name: "t", List: ListSelectors{Item: "ul.list a", Next: sel}}, base.String(), []byte(page), "text/html; charset=utf-8")
			if err != nil || len(l.next) == 0 || !strings.HasSuffix(l.next[0].String(), tt.want) {
				t.Errorf("selector %q gives %v (%v), want %s", sel, l.next, err, tt.want)
			}
		})
	}
}

// TestReadPager reads rows of page numbers: the current page marked by an
// element with no link or by a link to the page itself, or not marked;
// numbers in Persian digits and brackets; a calendar's days are no pager.
func TestReadPager(t *testing.T) {
	tests := []struct {
		name, html string
		page       int // the page's place in its chain
		want       string
		follow     bool
	}{
		{"marked by a span", `<div class="p"><span>۱</span> <a href="/l/2">۲</a> <a href="/l/3">۳</a></div>`, 1, "/l/2", true},
		{"marked by a self link", `<div class="p"><a href="/l/1">1</a> <a href="/l/2">2</a></div>`, 1, "/l/2", true},
		{"unmarked, second of the chain", `<ul class="p"><li><a href="/l/x1">[1]</a></li><li><a href="/l/x2">[2]</a></li><li><a href="/l/x3">[3]</a></li></ul>`, 2, "/l/x3", true},
		{"a gap", `<div class="p"><b>1</b> … <a href="/l/7">7</a></div>`, 1, "/l/7", false},
		{"last page", `<div class="p"><a href="/l/2">2</a> <a href="/l/3">3</a> <span>4</span></div>`, 1, "", false},
		{"a calendar", `<table id="wp-calendar"><tr><td><a href="/d/1">1</a></td><td><a href="/d/2">2</a></td><td><a href="/d/3">3</a></td></tr></table>`, 1, "", false},
		{"one number alone", `<p>بازدید: <a href="/stats">12</a></p>`, 1, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pd, err := parseDocument([]byte(`<html><body>`+tt.html+`</body></html>`), "text/html; charset=utf-8", "")
			if err != nil {
				t.Fatal(err)
			}
			base, _ := url.Parse("http://x.test/l/1")
			u, _, follow := readPager(pd.doc.Nodes[0], base, base).after(tt.page)
			got := ""
			if u != nil {
				got = u.RequestURI()
			}
			if got != tt.want || follow != tt.follow {
				t.Errorf("after(%d) = %q follow %v, want %q follow %v", tt.page, got, follow, tt.want, tt.follow)
			}
		})
	}
}

// TestPagerTextUpTo holds the bounded pager text to the whole subtree's
// collapsed text with spaces and brackets taken out, on every element of
// every fixture page and of pages made of pager rows, for several bounds.
func TestPagerTextUpTo(t *testing.T) {
	want := func(n *html.Node) string {
		return strings.Map(func(r rune) rune {
			switch r {
			case ' ', '\u00a0', '[', ']', '(', ')', '|', '\n', '\t', '\r':
				return -1
			}
			return r
		}, nodeText(n))
	}
	pages := []string{
		`<div class="p"><span>[ 1 ]</span> <a href="?p=2">( ۲ )</a> | <a href="?p=3">3</a><b>&nbsp;4&#10;</b></div>`,
		`<ul><li><b>1</b></li><li><a href="?p=2">۲</a></li><li>` + strings.Repeat(" ", 50) + `<a>10000</a></li></ul><p>text of a paragraph</p>`,
		`<td>` + strings.Repeat("[]|() ", 20) + `7</td><td>12345678901234567</td><script>1</script>`,
	}
	files, err := filepath.Glob("testdata/*/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture pages: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	checked := 0
	for _, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			w := want(n)
			for _, max := range []int{-1, 0, 1, 4, 6, 16, 200} {
				got, ok := pagerTextUpTo(n, max)
				if fits := max < 0 || len(w) <= max; ok != fits || ok && got != w {
					t.Fatalf("pagerTextUpTo(<%s>, %d) = %q, %v; want %q, %v", n.Data, max, got, ok, w, fits)
				}
			}
			checked++
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
	if checked < 1000 {
		t.Fatalf("only %d nodes checked", checked)
	}
}

// TestListedDate reads the date a listing prints beside a link only when
// asked: the first date of the items that link to the article, in page
// order, whatever digits it is printed in.
func TestListedDate(t *testing.T) {
	page := `<html><body><ul class="l">
<li><a href="/n/1">خبر اول در سه کلمه</a> بدون تاریخ</li>
<li><a href="/n/2">خبر دوم در سه کلمه</a> <span>۱۴۰۲/۰۱/۱۵</span></li>
<li><a href="/n/1">همان خبر اول دوباره</a> <span>1401/12/29</span> و 1400/01/01</li>
<li><a href="/n/3">خبر سوم بی تاریخ</a> شماره 12345</li>
</ul></body></html>`
	l, err := parseListing(Profile{Name: "t", List: ListSelectors{Item: "ul.l a"}}, "http://x.test/l", []byte(page), "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ url, want string }{
		{"http://x.test/n/1", "1401/12/29"},
		{"http://x.test/n/2", "۱۴۰۲/۰۱/۱۵"},
		{"http://x.test/n/3", ""},
	} {
		h, ok := l.hints[tt.url]
		if !ok {
			t.Fatalf("no hint for %s in %v", tt.url, l.hints)
		}
		if got := h.listedDate(); got != tt.want {
			t.Errorf("listedDate(%s) = %q, want %q", tt.url, got, tt.want)
		}
	}
	if got := (linkHint{date: "1399/01/01", items: []string{"1400/01/01"}}).listedDate(); got != "1399/01/01" {
		t.Errorf("a known date gives %q", got)
	}
}
