// Command smallportal serves the benchmark's second portal: N articles of
// real-portal size and shape (about 1.7 KB of text each) in a plain template,
// as most county portals are, so that the per-page cost of a crawl (fetch,
// parse, archive, write) weighs as it does there, where the demo portal's
// pages carry twice the text in heavier chrome.
//
// The texts are the real set's passages (transform/testdata/real/texts, rebuilt
// on the machine and never committed; see its README), article i taking
// passage i mod their number: the first line of five words or more is the
// title, the other lines the paragraphs. Without that folder it falls back to
// the demo portal's generated articles, three joined into one, and says so on
// stderr. The markup uses the class names of the iran_gov_cms profile, so the
// floor, colly and govwatch read it as they read the demo portal.
//
// It prints the URL of the first listing page once the listener is bound and
// serves until SIGINT or SIGTERM. With -jsonl FILE it first writes the N
// articles as `govwatch analyze --jsonl` input (title, paragraphs and printed
// date, as a crawl reads them), so that analysis alone can be timed on the
// same texts.
//
//	smallportal -n 10000 -texts transform/testdata/real/texts -jsonl texts.jsonl
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"govwatch/extract"
	"govwatch/internal/demoportal"
)

// perPage is the number of articles on one listing page.
const perPage = 10

// siteName is printed in every page's header and <title>.
const siteName = "فرمانداری شهرستان نمونه"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "smallportal: %v\n", err)
		os.Exit(1)
	}
}

// text is one article's content.
type text struct {
	title string
	paras []string
}

// portal serves n articles cycling over texts.
type portal struct {
	n        int
	texts    []text
	requests atomic.Int64
	articles atomic.Int64
	modified time.Time
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("smallportal", flag.ContinueOnError)
	n := fs.Int("n", 10000, "number of articles")
	dir := fs.String("texts", "transform/testdata/real/texts", "folder of passage texts (*.txt)")
	addr := fs.String("addr", "127.0.0.1:0", "listen address")
	jsonl := fs.String("jsonl", "", "also write the articles as `govwatch analyze --jsonl` input to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n < 1 {
		return fmt.Errorf("-n %d: want at least 1", *n)
	}
	texts, err := readTexts(*dir)
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		fmt.Fprintf(stderr, "smallportal: no texts in %s; serving the demo portal's generated articles instead\n", *dir)
		if texts, err = generatedTexts(600); err != nil {
			return err
		}
	}
	p := &portal{n: *n, texts: texts, modified: time.Date(2018, 11, 6, 8, 0, 0, 0, time.UTC)}
	if *jsonl != "" {
		if err := p.writeJSONL(*jsonl); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: p.handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "http://%s/news/List.aspx\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}

// readTexts reads every *.txt of dir in name order; a missing folder gives none.
func readTexts(dir string) ([]text, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("read texts: %w", err)
	}
	slices.Sort(names)
	var out []text
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read texts: %w", err)
		}
		if t, ok := splitText(string(b)); ok {
			out = append(out, t)
		}
	}
	return out, nil
}

// splitText takes the first line of five words or more as the title and the
// other non-empty lines as paragraphs.
func splitText(s string) (text, bool) {
	var t text
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case t.title == "" && len(strings.Fields(line)) >= 5:
			t.title = line
		default:
			t.paras = append(t.paras, line)
		}
	}
	return t, t.title != "" && len(t.paras) > 0
}

// generatedTexts reads k articles of the demo portal's generator, three of its
// articles to one text, so that a text is about as long as a real passage.
func generatedTexts(k int) ([]text, error) {
	dp, err := demoportal.New(demoportal.Options{Generate: 3 * k, Seed: 1, GeneratedOnly: true})
	if err != nil {
		return nil, fmt.Errorf("generate texts: %w", err)
	}
	h := dp.Handler()
	profile := extract.BuiltinProfiles()[extract.DefaultProfile]
	var out []text
	for i := range k {
		var t text
		for j := 1; j <= 3; j++ {
			path := fmt.Sprintf("/gen/News/ShowNews.aspx?Code=%d", 3*i+j)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			art, err := extract.ParseArticle(profile, "gen", "http://127.0.0.1"+path, rec.Body.Bytes(), rec.Header().Get("Content-Type"))
			if err != nil {
				return nil, fmt.Errorf("generate texts: %w", err)
			}
			if t.title == "" {
				t.title = art.Title
			}
			t.paras = append(t.paras, art.Paragraphs...)
		}
		out = append(out, t)
	}
	return out, nil
}

// article returns the text and printed date of article code (1..n).
func (p *portal) article(code int) (text, string) {
	d := (p.n - code) / 20 // twenty articles a day, newest first
	y, m, day := 1398-d/360, 12-(d%360)/30, 30-d%30
	if y < 1390 {
		y = 1390
	}
	return p.texts[(code-1)%len(p.texts)], fmt.Sprintf("%d/%d/%d", y, m, day)
}

func (p *portal) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "User-agent: *\nDisallow: /admin/\n")
	})
	mux.HandleFunc("/news/List.aspx", p.serveList)
	mux.HandleFunc("/news/ShowNews.aspx", p.serveArticle)
	mux.HandleFunc("/_bench/stats", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]int64{"Requests": p.requests.Load(), "Articles": p.articles.Load()})
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/_bench/stats" {
			p.requests.Add(1)
		}
		mux.ServeHTTP(w, r)
	})
}

const pageHead = `<!DOCTYPE html>
<html dir="rtl" lang="fa">
<head>
<meta charset="utf-8">
<title>%s - ` + siteName + `</title>
</head>
<body>
<div id="Header"><a href="/news/List.aspx">` + siteName + `</a></div>
`

const pageFoot = `<div id="Footer">کلیه حقوق این پایگاه برای ` + siteName + ` محفوظ است.</div>
</body>
</html>
`

func (p *portal) serveList(w http.ResponseWriter, r *http.Request) {
	pages := (p.n + perPage - 1) / perPage
	page, err := strconv.Atoi(r.URL.Query().Get("page"))
	if r.URL.Query().Get("page") == "" {
		page, err = 1, nil
	}
	if err != nil || page < 1 || page > pages {
		http.NotFound(w, r)
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, pageHead, "اخبار")
	b.WriteString("<ul class=\"NewsList\">\n")
	for code := p.n - (page-1)*perPage; code > max(0, p.n-page*perPage); code-- {
		t, date := p.article(code)
		fmt.Fprintf(&b, "<li class=\"NewsItem\"><a class=\"NewsLink\" href=\"ShowNews.aspx?Code=%d\">%s</a> <span class=\"NewsDate\">%s</span></li>\n",
			code, html.EscapeString(t.title), date)
	}
	b.WriteString("</ul>\n<div class=\"Pager\">")
	if page < pages {
		fmt.Fprintf(&b, "<a class=\"NextPage\" href=\"List.aspx?page=%d\">صفحه بعد</a>", page+1)
	}
	b.WriteString("</div>\n")
	b.WriteString(pageFoot)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, b.String())
}

func (p *portal) serveArticle(w http.ResponseWriter, r *http.Request) {
	code, err := strconv.Atoi(r.URL.Query().Get("Code"))
	if err != nil || code < 1 || code > p.n {
		http.NotFound(w, r)
		return
	}
	etag := fmt.Sprintf(`"a%d"`, code)
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", p.modified.Format(http.TimeFormat))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	p.articles.Add(1)
	t, date := p.article(code)
	var b strings.Builder
	b.Grow(4096)
	fmt.Fprintf(&b, pageHead, html.EscapeString(t.title))
	b.WriteString("<table class=\"NewsView\">\n<tr><td class=\"NewsHead\"><span class=\"NewsTitle\">")
	b.WriteString(html.EscapeString(t.title))
	b.WriteString("</span></td></tr>\n<tr><td class=\"NewsBody\">\n")
	for _, para := range t.paras {
		b.WriteString("<p>")
		b.WriteString(html.EscapeString(para))
		b.WriteString("</p>\n")
	}
	fmt.Fprintf(&b, "</td></tr>\n<tr><td class=\"NewsFooter\">تاریخ ثبت خبر: <span>%s</span><br>تاریخ وقوع خبر: <span>%s</span></td></tr>\n</table>\n", date, date)
	b.WriteString(pageFoot)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	io.WriteString(w, b.String())
}

// writeJSONL writes the n articles as `govwatch analyze --jsonl` input: one
// {"id","text"} a line, the text being the title, the paragraphs and the
// printed date line, separated by blank lines, as a crawl hands them to the
// analysis.
func (p *portal) writeJSONL(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(bw)
	for code := 1; code <= p.n; code++ {
		t, date := p.article(code)
		txt := t.title + "\n\n" + strings.Join(t.paras, "\n\n") + "\n\nتاریخ ثبت خبر: " + date
		if err := enc.Encode(map[string]string{"id": strconv.Itoa(code), "text": txt, "province": "فارس"}); err != nil {
			f.Close()
			return fmt.Errorf("write jsonl: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write jsonl: %w", err)
	}
	return f.Close()
}
