package demoportal_test

import (
	"bytes"
	"image/jpeg"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
	"github.com/temoto/robotstxt"
	"golang.org/x/net/html/charset"

	"govwatch/internal/demoportal"
)

func newServer(t testing.TB, opts demoportal.Options) (*demoportal.Portal, *httptest.Server) {
	t.Helper()
	p, err := demoportal.New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ts := httptest.NewServer(p.Handler())
	t.Cleanup(ts.Close)
	return p, ts
}

// get fetches path and returns the response with its whole body.
func get(t testing.TB, ts *httptest.Server, path string, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return resp, b
}

// parse decodes a page as a browser would (header, BOM, <meta>, sniffing).
func parse(t testing.TB, resp *http.Response, body []byte) *goquery.Document {
	t.Helper()
	r, err := charset.NewReader(bytes.NewReader(body), resp.Header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("charset: %v", err)
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return doc
}

// bodyParagraphs returns the non-empty text blocks of .NewsBody, whether
// the page uses <p> or <br /> layout.
func bodyParagraphs(doc *goquery.Document) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(strings.ReplaceAll(cur.String(), "\u00a0", " ")); s != "" {
			out = append(out, strings.TrimSpace(cur.String()))
		}
		cur.Reset()
	}
	var walk func(*goquery.Selection)
	walk = func(s *goquery.Selection) {
		s.Contents().Each(func(_ int, c *goquery.Selection) {
			switch goquery.NodeName(c) {
			case "#text":
				cur.WriteString(c.Text())
			case "p", "br":
				flush()
				walk(c)
				flush()
			default:
				walk(c)
			}
		})
	}
	walk(doc.Find(".NewsView .NewsBody").First())
	flush()
	return out
}

func TestArticlesRenderAndRoundTrip(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{})
	infos := p.Articles()
	if len(infos) < 64 {
		t.Errorf("got %d hand-written articles, want at least 64", len(infos))
	}
	for _, a := range infos {
		t.Run(strings.TrimPrefix(a.Path, "/"), func(t *testing.T) {
			resp, body := get(t, ts, a.Path, nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			fold := func(s string) string { return s }
			if a.Encoding == "windows-1256" {
				fold = demoportal.Fold1256
				if !bytes.Contains(body, []byte("charset=windows-1256")) {
					t.Error("windows-1256 page without a <meta> charset")
				}
				if bytes.ContainsRune(body, 'ی') || bytes.Contains(body, []byte("\xdb\x8c")) {
					t.Error("windows-1256 page still holds UTF-8 bytes")
				}
			} else if got := resp.Header.Get("Content-Type"); got != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", got)
			}
			doc := parse(t, resp, body)
			got := struct {
				Title, Registered, Occurred string
				Paras                       []string
			}{
				Title:      doc.Find(".NewsView .NewsTitle").Text(),
				Registered: doc.Find(".NewsView .NewsFooter span").Eq(0).Text(),
				Occurred:   doc.Find(".NewsView .NewsFooter span").Eq(1).Text(),
				Paras:      bodyParagraphs(doc),
			}
			want := got
			want.Title, want.Registered, want.Occurred = fold(a.Title), fold(a.Registered), fold(a.Occurred)
			want.Paras = nil
			for _, para := range a.Paragraphs {
				want.Paras = append(want.Paras, fold(para))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("page differs from source (-want +got):\n%s", diff)
			}
			if doc.Find(".NewsView .BoxTitle").Text() != "شرح خبر" && doc.Find(".NewsView .BoxTitle").Text() != demoportal.Fold1256("شرح خبر") {
				t.Error("missing «شرح خبر» box title")
			}
			src, _ := doc.Find("#ctl00_cph_imgNews").Attr("src")
			if !strings.HasPrefix(src, "../NewsImages/") || len(src) != len("../NewsImages/")+32+4 {
				t.Errorf("lead image src %q", src)
			}
			if _, ok := p.Truth(a.Path); !ok {
				t.Error("no truth")
			}
		})
	}
}

func TestArticleVariety(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{})
	var meta, header, arabic, noZWNJ, persianDigits, emptyOccurred, nbsp, br int
	provinces := map[string]bool{}
	months := map[string]int{}
	for _, s := range p.Sites() {
		provinces[s.Province] = true
	}
	for _, a := range p.Articles() {
		text := a.Title + strings.Join(a.Paragraphs, "\n")
		if a.Encoding == "windows-1256" {
			resp, _ := get(t, ts, a.Path, nil)
			if strings.Contains(resp.Header.Get("Content-Type"), "charset=windows-1256") {
				header++
			} else {
				meta++
			}
		}
		if strings.ContainsAny(text, "يك") {
			arabic++
		}
		if strings.Contains(text, "برنامهریزی") || strings.Contains(text, "دستگاههای") {
			noZWNJ++
		}
		if strings.ContainsAny(a.Registered, "۰۱۲۳۴۵۶۷۸۹") {
			persianDigits++
		}
		if a.Occurred == "" {
			emptyOccurred++
		}
		if strings.Contains(text, "\u00a0") {
			nbsp++
		}
		_, body := get(t, ts, a.Path, nil)
		if !bytes.Contains(body, []byte("<p style")) {
			br++
		}
		months[strings.Split(strings.Map(func(r rune) rune {
			if r >= '۰' && r <= '۹' {
				return '0' + r - '۰'
			}
			return r
		}, a.Registered), "/")[1]]++
	}
	checks := map[string]int{"windows-1256 with header charset": header, "windows-1256 with meta only": meta,
		"Arabic yeh/kaf": arabic, "missing ZWNJ": noZWNJ, "Persian digits in footer": persianDigits,
		"empty occurrence date": emptyOccurred, "NBSP": nbsp, "br layout": br, "provinces": len(provinces) - 0}
	for name, n := range checks {
		if n == 0 {
			t.Errorf("no article with %s", name)
		}
	}
	if len(provinces) < 3 || len(p.Sites()) < 5 {
		t.Errorf("%d sites in %d provinces, want >= 5 in >= 3", len(p.Sites()), len(provinces))
	}
	busiest := slices.MaxFunc(slices.Collect(maps.Keys(months)), func(a, b string) int { return months[a] - months[b] })
	if busiest != "8" && busiest != "08" {
		t.Errorf("busiest month %s (%v), want 8", busiest, months)
	}
}

// crawl walks a site's listing from page 1 by NextPage links and returns
// the article paths in order.
func crawl(t testing.TB, ts *httptest.Server, listURL string) []string {
	t.Helper()
	var out []string
	next := listURL
	for pages := 0; next != ""; pages++ {
		if pages > 100 {
			t.Fatal("listing does not end")
		}
		resp, body := get(t, ts, next, nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d", next, resp.StatusCode)
		}
		doc := parse(t, resp, body)
		base := resp.Request.URL
		items := doc.Find("li.NewsItem a.NewsLink")
		if items.Length() == 0 || items.Length() > 10 {
			t.Errorf("%s: %d items", next, items.Length())
		}
		items.Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			u, err := base.Parse(href)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, u.RequestURI())
		})
		next = ""
		if href, ok := doc.Find(".Pager a.NextPage").Attr("href"); ok {
			u, err := base.Parse(href)
			if err != nil {
				t.Fatal(err)
			}
			next = u.RequestURI()
		}
	}
	return out
}

func TestListingCoversEveryArticleOnce(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{})
	want := map[string][]string{}
	for _, a := range p.Articles() {
		want[a.Site] = append(want[a.Site], a.Path)
	}
	for _, s := range p.Sites() {
		t.Run(s.Slug, func(t *testing.T) {
			got := crawl(t, ts, s.ListURL)
			if diff := cmp.Diff(want[s.Slug], got); diff != "" {
				t.Errorf("listing differs from Articles (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGeneratedListing(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{Generate: 95, Seed: 7, GeneratedOnly: true})
	if got := len(p.Sites()); got != 1 {
		t.Fatalf("%d sites, want only gen", got)
	}
	got := crawl(t, ts, p.Sites()[0].ListURL)
	if len(got) != 95 {
		t.Fatalf("%d items, want 95", len(got))
	}
	seen := map[string]bool{}
	for _, path := range got {
		if seen[path] {
			t.Errorf("%s listed twice", path)
		}
		seen[path] = true
		if _, ok := p.Truth(path); !ok {
			t.Errorf("%s has no truth", path)
		}
	}
	if got[0] != "/gen/News/ShowNews.aspx?Code=95" || got[94] != "/gen/News/ShowNews.aspx?Code=1" {
		t.Errorf("order: first %s, last %s", got[0], got[94])
	}
}

func TestConditionalGet(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{})
	path := p.Articles()[0].Path
	for _, target := range []string{path, p.Sites()[0].ListURL} {
		resp, _ := get(t, ts, target, nil)
		etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag == "" || lm == "" {
			t.Fatalf("%s: ETag %q Last-Modified %q", target, etag, lm)
		}
		tests := []struct {
			name string
			hdr  map[string]string
			want int
		}{
			{"etag match", map[string]string{"If-None-Match": etag}, http.StatusNotModified},
			{"etag list match", map[string]string{"If-None-Match": `"x", ` + etag}, http.StatusNotModified},
			{"etag mismatch", map[string]string{"If-None-Match": `"other"`}, http.StatusOK},
			{"etag wins over date", map[string]string{"If-None-Match": `"other"`, "If-Modified-Since": lm}, http.StatusOK},
			{"not modified since", map[string]string{"If-Modified-Since": lm}, http.StatusNotModified},
			{"modified since", map[string]string{"If-Modified-Since": "Mon, 01 Jan 2018 00:00:00 GMT"}, http.StatusOK},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				resp, body := get(t, ts, target, tc.hdr)
				if resp.StatusCode != tc.want {
					t.Errorf("status %d, want %d", resp.StatusCode, tc.want)
				}
				if tc.want == http.StatusNotModified && len(body) != 0 {
					t.Errorf("304 with %d body bytes", len(body))
				}
			})
		}
	}
	st := p.Stats()
	if st.NotModified != 6 || st.Conditional != 12 || st.ByStatus[http.StatusNotModified] != 6 || st.Requests != 14 {
		t.Errorf("stats %+v, want 6 not-modified of 12 conditional in 14 requests", st)
	}
	if st.Articles != 4 {
		t.Errorf("article pages served %d, want 4 (304s do not count)", st.Articles)
	}
}

func TestRevise(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{Generate: 3})
	for _, path := range []string{p.Articles()[3].Path, "/gen/News/ShowNews.aspx?Code=2"} {
		t.Run(path, func(t *testing.T) {
			resp1, body1 := get(t, ts, path, nil)
			truth1, _ := p.Truth(path)
			rev, err := p.Revise(path)
			if err != nil || rev != 1 {
				t.Fatalf("Revise = %d, %v", rev, err)
			}
			resp2, body2 := get(t, ts, path, map[string]string{"If-None-Match": resp1.Header.Get("ETag")})
			if resp2.StatusCode != http.StatusOK {
				t.Fatalf("revised page answered %d to the old ETag", resp2.StatusCode)
			}
			if resp2.Header.Get("ETag") == resp1.Header.Get("ETag") || bytes.Equal(body1, body2) {
				t.Error("ETag or body unchanged after Revise")
			}
			t1, _ := http.ParseTime(resp1.Header.Get("Last-Modified"))
			t2, _ := http.ParseTime(resp2.Header.Get("Last-Modified"))
			if !t2.After(t1) {
				t.Errorf("Last-Modified %v not after %v", t2, t1)
			}
			doc1, doc2 := parse(t, resp1, body1), parse(t, resp2, body2)
			if n1, n2 := len(bodyParagraphs(doc1)), len(bodyParagraphs(doc2)); n2 != n1+1 {
				t.Errorf("paragraphs %d -> %d, want one more", n1, n2)
			}
			truth2, _ := p.Truth(path)
			if diff := cmp.Diff(truth1, truth2); diff != "" {
				t.Errorf("truth changed:\n%s", diff)
			}
		})
	}
	if _, err := p.Revise("/kavar/News/ShowNews.aspx?Code=1"); err == nil {
		t.Error("Revise of a missing article succeeded")
	}
}

func TestGeneratorDeterminism(t *testing.T) {
	fetch := func(seed uint64, paths ...string) [][]byte {
		_, ts := newServer(t, demoportal.Options{Generate: 500, Seed: seed, GeneratedOnly: true})
		var out [][]byte
		for _, path := range paths {
			_, b := get(t, ts, path, nil)
			out = append(out, b)
		}
		return out
	}
	paths := []string{"/gen/News/ShowNews.aspx?Code=1", "/gen/News/ShowNews.aspx?Code=250", "/gen/News/List.aspx?page=7"}
	a, b, c := fetch(42, paths...), fetch(42, paths...), fetch(43, paths...)
	for i := range paths {
		if !bytes.Equal(a[i], b[i]) {
			t.Errorf("%s: same seed, different bytes", paths[i])
		}
		if bytes.Equal(a[i], c[i]) {
			t.Errorf("%s: different seeds, same bytes", paths[i])
		}
	}
}

func TestGeneratedTruthMatchesText(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{Generate: 200, Seed: 3, GeneratedOnly: true})
	modalities := map[string]int{}
	for code := 1; code <= 200; code++ {
		path := "/gen/News/ShowNews.aspx?Code=" + strconv.Itoa(code)
		truth, ok := p.Truth(path)
		if !ok {
			t.Fatalf("%s: no truth", path)
		}
		resp, body := get(t, ts, path, nil)
		doc := parse(t, resp, body)
		text := strings.Join(bodyParagraphs(doc), "\n")
		for _, person := range truth.People {
			if !strings.Contains(text, demoportal.Fold1256(person.Name)) && !strings.Contains(text, person.Name) {
				t.Errorf("%s: person %q not in text", path, person.Name)
			}
		}
		for _, v := range truth.Violations {
			modalities[v.Modality]++
		}
	}
	for _, m := range []string{"reported", "conditional", "denied"} {
		if modalities[m] == 0 {
			t.Errorf("no %s violation in 200 generated articles", m)
		}
	}
}

func TestHundredThousandPages(t *testing.T) {
	allocs := func(n int) float64 {
		return testing.AllocsPerRun(1, func() {
			if _, err := demoportal.New(demoportal.Options{Generate: n, GeneratedOnly: true}); err != nil {
				t.Fatal(err)
			}
		})
	}
	small, big := allocs(10), allocs(100_000)
	if big > small+100 {
		t.Errorf("New with 100k articles made %v allocations, with 10 made %v: pages are being built up front", big, small)
	}
	p, ts := newServer(t, demoportal.Options{Generate: 100_000, Seed: 1, GeneratedOnly: true})
	for _, tc := range []struct {
		page      string
		wantFirst string
		wantNext  bool
	}{
		{"1", "ShowNews.aspx?Code=100000", true},
		{"5000", "ShowNews.aspx?Code=50010", true},
		{"10000", "ShowNews.aspx?Code=10", false},
	} {
		t.Run(tc.page, func(t *testing.T) {
			resp, body := get(t, ts, "/gen/News/List.aspx?page="+tc.page, nil)
			doc := parse(t, resp, body)
			if href, _ := doc.Find("li.NewsItem a.NewsLink").First().Attr("href"); href != tc.wantFirst {
				t.Errorf("first item %q, want %q", href, tc.wantFirst)
			}
			if doc.Find("li.NewsItem").Length() != 10 {
				t.Errorf("%d items", doc.Find("li.NewsItem").Length())
			}
			if got := doc.Find(".Pager a.NextPage").Length() == 1; got != tc.wantNext {
				t.Errorf("NextPage present %v, want %v", got, tc.wantNext)
			}
			if n := doc.Find(".Pager a, .Pager span").Length(); n > 15 {
				t.Errorf("pager has %d entries", n)
			}
		})
	}
	resp, _ := get(t, ts, "/gen/News/List.aspx?page=10001", nil)
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("page past the end: %d", resp.StatusCode)
	}
	if _, ok := p.Truth("/gen/News/ShowNews.aspx?Code=100001"); ok {
		t.Error("truth for a code past the end")
	}
}

func TestTruthLookup(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{})
	tests := []struct {
		name, path string
		ok         bool
	}{
		{"relative", "/kavar/News/ShowNews.aspx?Code=2248", true},
		{"absolute", ts.URL + "/kavar/News/ShowNews.aspx?Code=2248", true},
		{"unknown code", "/kavar/News/ShowNews.aspx?Code=1", false},
		{"unknown site", "/nowhere/News/ShowNews.aspx?Code=2248", false},
		{"listing", "/kavar/News/List.aspx", false},
		{"garbage", "%%", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := p.Truth(tc.path); ok != tc.ok {
				t.Errorf("Truth ok = %v, want %v", ok, tc.ok)
			}
		})
	}
	got, _ := p.Truth("/kavar/News/ShowNews.aspx?Code=2248")
	want := demoportal.Truth{
		People: []demoportal.TruthPerson{
			{Name: "فروتن", Role: "معاون برنامه‌ریزی و هماهنگی امور عمرانی فرمانداری", Organization: "فرمانداری شهرستان کوار"},
			{Name: "کامرانی", Role: "رئیس اداره پست", Organization: "اداره پست شهرستان کوار"},
		},
		Violations: []demoportal.TruthViolation{
			{OfficeType: "rural_ict", ViolationType: "holder_absent", Sanction: "notice", Count: 2, Modality: "reported", Speaker: "فروتن"},
			{OfficeType: "rural_ict", ViolationType: "holder_absent", Sanction: "licence_revocation", Modality: "conditional", Speaker: "فروتن"},
			{OfficeType: "rural_ict", ViolationType: "other", Modality: "denied", Speaker: "کامرانی"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("truth (-want +got):\n%s", diff)
	}
}

func TestImagesAndRobots(t *testing.T) {
	_, ts := newServer(t, demoportal.Options{CrawlDelay: 1500 * time.Millisecond})
	resp, body := get(t, ts, "/kavar/NewsImages/9dd18efa8bed6b052d9e89ed16e33d00.jpg", nil)
	if resp.Header.Get("Content-Type") != "image/jpeg" {
		t.Errorf("image Content-Type %q", resp.Header.Get("Content-Type"))
	}
	if img, err := jpeg.Decode(bytes.NewReader(body)); err != nil || img.Bounds().Dx() == 0 {
		t.Errorf("image does not decode: %v", err)
	}
	if resp, _ := get(t, ts, "/kavar/NewsImages/nothex.jpg", nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("bad image name: %d", resp.StatusCode)
	}
	resp, body = get(t, ts, "/robots.txt", nil)
	robots, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		t.Fatal(err)
	}
	g := robots.FindGroup("govwatch")
	for path, want := range map[string]bool{
		"/kavar/News/List.aspx": true, "/kavar/private/ShowNews.aspx?Code=1": false, "/faults/private/ShowNews.aspx?Code=1": false,
	} {
		if got := g.Test(path); got != want {
			t.Errorf("robots allows %s = %v, want %v", path, got, want)
		}
	}
	if g.CrawlDelay.Seconds() != 1.5 {
		t.Errorf("Crawl-delay %v, want 1.5s", g.CrawlDelay)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	for name, o := range map[string]demoportal.Options{
		"negative generate": {Generate: -1},
		"too many":          {Generate: demoportal.MaxGenerate + 1},
		"generated only":    {GeneratedOnly: true},
		"bad offsite":       {OffsiteURL: "not a url"},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := demoportal.New(o); err == nil {
				t.Error("New accepted bad options")
			}
		})
	}
}

func BenchmarkServeGenerated(b *testing.B) {
	p, err := demoportal.New(demoportal.Options{Generate: 100_000, Seed: 1, GeneratedOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	h := p.Handler()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		req := httptest.NewRequest(http.MethodGet, "/gen/News/ShowNews.aspx?Code="+strconv.Itoa(1+i*7919%100_000), nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
	}
}
