package demoportal

import (
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// pageSize is the number of items on a listing page.
const pageSize = 10

func (p *Portal) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /robots.txt", p.serveRobots)
	m.HandleFunc("GET /{$}", p.serveIndex)
	m.HandleFunc("GET /{site}/News/List.aspx", p.serveList)
	m.HandleFunc("GET /{site}/News/ShowNews.aspx", p.serveArticle)
	m.HandleFunc("GET /{site}/private/ShowNews.aspx", p.servePrivate)
	m.HandleFunc("GET /{site}/NewsImages/{file}", p.serveImage)
	p.faultRoutes(m)
	p.mux = m
}

func (p *Portal) serveRobots(w http.ResponseWriter, _ *http.Request) {
	var b strings.Builder
	b.WriteString("# robots.txt for the govwatch demo portal\nUser-agent: *\nDisallow: /*/private/\n")
	if d := p.opts.CrawlDelay; d > 0 {
		fmt.Fprintf(&b, "Crawl-delay: %s\n", strconv.FormatFloat(d.Seconds(), 'f', -1, 64))
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}

// serveIndex lists the sites, as a portal of portals would.
func (p *Portal) serveIndex(w http.ResponseWriter, _ *http.Request) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" /><title>درگاه فرمانداری‌ها</title></head><body><ul class="Sites">`)
	for _, s := range p.sites {
		fmt.Fprintf(&b, `<li><a href="%s">%s</a> (%s)</li>`, s.ListURL, html.EscapeString(s.Name), html.EscapeString(s.Province))
	}
	b.WriteString(`<li><a href="/faults/News/List.aspx">صفحات خطا برای آزمون</a></li></ul></body></html>`)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}

func (p *Portal) site(w http.ResponseWriter, r *http.Request) (*site, bool) {
	s, ok := p.bySlug[r.PathValue("site")]
	if !ok {
		http.NotFound(w, r)
	}
	return s, ok
}

func (p *Portal) serveList(w http.ResponseWriter, r *http.Request) {
	s, ok := p.site(w, r)
	if !ok {
		return
	}
	total := len(s.articles)
	if s == p.gen {
		total = p.opts.Generate
	}
	pages := max(1, (total+pageSize-1)/pageSize)
	page := 1
	if v := r.URL.Query().Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > pages {
			http.NotFound(w, r)
			return
		}
		page = n
	}
	first := (page - 1) * pageSize
	var items []*article
	for i := first; i < min(first+pageSize, total); i++ {
		if s == p.gen {
			items = append(items, genArticle(s, p.opts.Seed, total-i)) // newest = highest code
		} else {
			items = append(items, s.articles[i])
		}
	}
	body, ctype, err := renderList(s, items, page, pages)
	if err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	// The listing changes when any article on it changes; its date is its
	// newest item's.
	var mod time.Time
	for _, a := range items {
		rev, _ := p.revision(a)
		if t := publishedAt(a.ymd, a.code).Add(time.Duration(rev) * time.Hour); t.After(mod) {
			mod = t
		}
	}
	p.serveBytes(w, r, body, ctype, mod)
}

func (p *Portal) serveArticle(w http.ResponseWriter, r *http.Request) {
	s, ok := p.site(w, r)
	if !ok {
		return
	}
	code, err := strconv.Atoi(r.URL.Query().Get("Code"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	a, ok := p.article(s, code)
	if !ok {
		http.NotFound(w, r)
		return
	}
	rev, extra := p.revision(a)
	body, ctype, err := renderArticle(a, extra)
	if err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	if p.serveBytes(w, r, body, ctype, publishedAt(a.ymd, a.code).Add(time.Duration(rev)*time.Hour)) {
		p.stats.add(func(st *Stats) { st.Articles++ })
	}
}

// servePrivate serves an ordinary-looking article that robots.txt
// disallows; a polite crawler never fetches it.
func (p *Portal) servePrivate(w http.ResponseWriter, r *http.Request) {
	s, ok := p.site(w, r)
	if !ok {
		return
	}
	a := faultArticle(s.Slug+"-private", "گزارش محرمانه جلسه داخلی (نباید خزش شود)")
	a.site = s
	body, ctype, err := renderArticle(a, nil)
	if err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	_, _ = w.Write(body)
}

func (p *Portal) serveImage(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutSuffix(r.PathValue("file"), ".jpg")
	if !ok {
		http.NotFound(w, r)
		return
	}
	v, ok := imageVariant(name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	p.serveBytes(w, r, p.images[v], "image/jpeg", time.Date(2018, 7, 1, 8, 0, 0, 0, time.UTC))
}
