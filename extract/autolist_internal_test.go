package extract

import (
	"net/url"
	"strings"
	"testing"
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
