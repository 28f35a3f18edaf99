package demoportal

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"
)

// Sizes of the fault pages, in bytes.
const (
	// HugePageSize is the size of /faults/huge.
	HugePageSize = 20 << 20
	// GzipBombMember is the expanded size of one gzip member of /faults/gzipbomb.
	GzipBombMember = 16 << 20
	// GzipBombMembers is how many members /faults/gzipbomb sends.
	GzipBombMembers = 80
)

// faultSite is the pseudo-site fault pages render in.
var faultSite = &site{Site: Site{Slug: "faults", Name: "صفحات آزمون خطا", Province: "آزمون", ListURL: "/faults/News/List.aspx"}, encoding: "utf-8"}

// faultLinks are the items of the fault listing, in order.
var faultLinks = []struct{ href, title string }{
	{"/faults/status?key=listing&fail=2", "خطای ۵۰۳ دو بار، سپس موفق"},
	{"/faults/ratelimit?key=listing&fail=1&retry=1", "خطای ۴۲۹ با Retry-After"},
	{"/faults/slow", "پاسخ کندتر از مهلت"},
	{"/faults/reset", "قطع اتصال"},
	{"/faults/truncated", "بدنه ناقص"},
	{"/faults/gzipbomb", "بمب فشرده"},
	{"/faults/huge", "صفحه ۲۰ مگابایتی"},
	{"/faults/loop?n=0", "حلقه تغییر مسیر"},
	{"/faults/offsite", "تغییر مسیر به میزبان دیگر"},
	{"/faults/private/ShowNews.aspx?Code=1", "صفحه ممنوع در robots.txt"},
	{"/faults/malformed", "HTML معیوب"},
}

func (p *Portal) faultRoutes(m *http.ServeMux) {
	m.HandleFunc("GET /faults/News/List.aspx", p.faultList)
	m.HandleFunc("GET /faults/status", p.faultStatus)
	m.HandleFunc("GET /faults/ratelimit", p.faultRateLimit)
	m.HandleFunc("GET /faults/slow", p.faultSlow)
	m.HandleFunc("GET /faults/reset", p.faultReset)
	m.HandleFunc("GET /faults/truncated", p.faultTruncated)
	m.HandleFunc("GET /faults/gzipbomb", p.faultGzipBomb)
	m.HandleFunc("GET /faults/huge", p.faultHuge)
	m.HandleFunc("GET /faults/loop", p.faultLoop)
	m.HandleFunc("GET /faults/offsite", p.faultOffsite)
	m.HandleFunc("GET /faults/private/ShowNews.aspx", p.faultPrivate)
	m.HandleFunc("GET /faults/malformed", p.faultMalformed)
}

// faultArticle is a small valid article that fault pages serve.
func faultArticle(key, title string) *article {
	return &article{
		site: faultSite, code: 1, title: title, registered: "1397/8/20", encoding: "utf-8", charsetHeader: true, layout: "p",
		ymd: [3]int{1397, 8, 20},
		paras: []string{
			"به گزارش روابط عمومی فرمانداری، این صفحه برای آزمون رفتار خزنده در برابر خطاها ساخته شده است.",
			"شناسه آزمون: " + key,
		},
	}
}

// writeFaultArticle sends a fault article with status 200.
func writeFaultArticle(w http.ResponseWriter, key, title string) {
	body, ctype, err := renderArticle(faultArticle(key, title), nil)
	if err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body)
}

// hit counts a request for (mode, key) and returns how many came before it.
func (p *Portal) hit(mode, key string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	k := mode + "\x00" + key
	n := p.faultHits[k]
	p.faultHits[k] = n + 1
	return n
}

// intParam reads a non-negative integer query parameter.
func intParam(r *http.Request, name string, def int) (int, bool) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= 0
}

func (p *Portal) faultList(w http.ResponseWriter, r *http.Request) {
	pages := (len(faultLinks) + pageSize - 1) / pageSize
	page, ok := intParam(r, "page", 1)
	if !ok || page < 1 || page > pages {
		http.NotFound(w, r)
		return
	}
	ld := &listData{Pages: pager(page, pages)}
	if page < pages {
		ld.Next = page + 1
	}
	for _, l := range faultLinks[(page-1)*pageSize : min(page*pageSize, len(faultLinks))] {
		ld.Items = append(ld.Items, listItem{Href: l.href, Title: l.title, Date: "1397/08/20", Lead: "صفحه آزمون خطا"})
	}
	d := pageData{PageTitle: "صفحات آزمون خطا", SiteName: faultSite.Name, Province: faultSite.Province, Slug: faultSite.Slug,
		Action: "List.aspx", ViewState: viewState("faults"), List: ld}
	body, ctype, err := encodePage(listTmpl, &d, "utf-8", true)
	if err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	_, _ = w.Write(body)
}

func (p *Portal) faultStatus(w http.ResponseWriter, r *http.Request) {
	fail, ok1 := intParam(r, "fail", 2)
	code, ok2 := intParam(r, "code", http.StatusServiceUnavailable)
	if !ok1 || !ok2 || code < 500 || code > 599 {
		http.Error(w, "bad fault parameters", http.StatusBadRequest)
		return
	}
	key := r.URL.Query().Get("key")
	if p.hit("status", key) < fail {
		http.Error(w, "Server Error in '/' Application. Service Unavailable", code)
		return
	}
	writeFaultArticle(w, "status/"+key, "پاسخ موفق پس از خطای سرور")
}

func (p *Portal) faultRateLimit(w http.ResponseWriter, r *http.Request) {
	fail, ok1 := intParam(r, "fail", 1)
	retry, ok2 := intParam(r, "retry", 1)
	if !ok1 || !ok2 {
		http.Error(w, "bad fault parameters", http.StatusBadRequest)
		return
	}
	key := r.URL.Query().Get("key")
	if p.hit("ratelimit", key) < fail {
		if r.URL.Query().Get("form") == "date" {
			w.Header().Set("Retry-After", time.Now().Add(time.Duration(retry)*time.Second).UTC().Format(http.TimeFormat))
		} else {
			w.Header().Set("Retry-After", strconv.Itoa(retry))
		}
		http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
		return
	}
	writeFaultArticle(w, "ratelimit/"+key, "پاسخ موفق پس از محدودیت نرخ")
}

// sleep waits d or until ctx is done, and reports whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

func (p *Portal) faultSlow(w http.ResponseWriter, r *http.Request) {
	delay := p.opts.SlowDelay
	if v := r.URL.Query().Get("delay"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			http.Error(w, "bad delay", http.StatusBadRequest)
			return
		}
		delay = d
	}
	if r.URL.Query().Get("stage") != "body" {
		if sleep(r.Context(), delay) {
			writeFaultArticle(w, "slow", "پاسخ کند")
		}
		return
	}
	body, ctype, err := renderArticle(faultArticle("slow-body", "بدنه کند"), nil)
	if err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	half := len(body) / 2
	_, _ = w.Write(body[:half])
	_ = http.NewResponseController(w).Flush()
	if sleep(r.Context(), delay) {
		_, _ = w.Write(body[half:])
	}
}

func (p *Portal) faultReset(w http.ResponseWriter, _ *http.Request) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		http.Error(w, "cannot hijack", http.StatusInternalServerError)
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0) // close sends RST instead of FIN
	}
	_ = conn.Close()
}

func (p *Portal) faultTruncated(w http.ResponseWriter, _ *http.Request) {
	body, ctype, err := renderArticle(faultArticle("truncated", "بدنه ناقص"), nil)
	if err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)+4096))
	// net/http closes the connection when fewer bytes than Content-Length
	// were written, so the client sees an unexpected EOF.
	_, _ = w.Write(body[:len(body)/2])
}

var (
	bombOnce   sync.Once
	bombMember []byte
	bombErr    error
)

// gzipMember is one gzip member that expands to GzipBombMember zero bytes.
func gzipMember() ([]byte, error) {
	bombOnce.Do(func() {
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			bombErr = fmt.Errorf("gzip bomb: %w", err)
			return
		}
		zeros := make([]byte, 1<<20)
		for range GzipBombMember / len(zeros) {
			if _, err := zw.Write(zeros); err != nil {
				bombErr = fmt.Errorf("gzip bomb: %w", err)
				return
			}
		}
		if err := zw.Close(); err != nil {
			bombErr = fmt.Errorf("gzip bomb: %w", err)
			return
		}
		bombMember = buf.Bytes()
	})
	return bombMember, bombErr
}

func (p *Portal) faultGzipBomb(w http.ResponseWriter, r *http.Request) {
	member, err := gzipMember()
	if err != nil {
		http.Error(w, "gzip error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Encoding", "gzip")
	w.WriteHeader(http.StatusOK)
	for range GzipBombMembers {
		if r.Context().Err() != nil {
			return
		}
		if _, err := w.Write(member); err != nil {
			return
		}
	}
}

func (p *Portal) faultHuge(w http.ResponseWriter, r *http.Request) {
	const mark = "@@FILL@@"
	a := faultArticle("huge", "صفحه بسیار بزرگ")
	a.paras = append(a.paras, mark)
	page, ctype, err := renderArticle(a, nil)
	if err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	head, tail, _ := bytes.Cut(page, []byte(mark))
	fill := HugePageSize - len(head) - len(tail)
	para := []byte("به گزارش روابط عمومی فرمانداری، این بند برای ساختن صفحه‌ای بسیار بزرگ بارها تکرار شده است.</p>\n<p>")
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(HugePageSize))
	if _, err := w.Write(head); err != nil {
		return
	}
	for fill >= len(para) {
		if r.Context().Err() != nil {
			return
		}
		if _, err := w.Write(para); err != nil {
			return
		}
		fill -= len(para)
	}
	_, _ = w.Write(bytes.Repeat([]byte(" "), fill))
	_, _ = w.Write(tail)
}

func (p *Portal) faultLoop(w http.ResponseWriter, r *http.Request) {
	n, ok := intParam(r, "n", 0)
	if !ok {
		n = 0
	}
	http.Redirect(w, r, "/faults/loop?n="+strconv.Itoa(n+1), http.StatusFound)
}

// offsiteURL is where /faults/offsite points for a request to host.
func (p *Portal) offsiteURL(host string) string {
	if p.opts.OffsiteURL != "" {
		return p.opts.OffsiteURL
	}
	port := ""
	if _, pt, err := net.SplitHostPort(host); err == nil {
		port = ":" + pt
	}
	return (&url.URL{Scheme: "http", Host: "127.0.0.2" + port, Path: "/faults/News/List.aspx"}).String()
}

func (p *Portal) faultOffsite(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, p.offsiteURL(r.Host), http.StatusFound)
}

func (p *Portal) faultPrivate(w http.ResponseWriter, _ *http.Request) {
	writeFaultArticle(w, "private", "گزارش محرمانه جلسه داخلی (نباید خزش شود)")
}

// malformedPage is an article page with unclosed and stray tags and junk
// after </html>; an HTML5 parser still finds the title, body and footer.
const malformedPage = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>خبر با HTML معیوب</title>
<body><div id="Content"><font face=Tahoma>
<table class="NewsView"><tr><td class="BoxTitle">شرح خبر
<tr><td class="NewsHead"><img id="ctl00_cph_imgNews" class="NewsImage" src="/faults/NewsImages/0123456789abcdef0123456789abcdef.jpg"> <span id="ctl00_cph_lblTitle" class="NewsTitle">بازدید سرزده از نانوایی‌های شهر</span>
<tr><td id="ctl00_cph_tdBody" class="NewsBody"><p>به گزارش روابط عمومی فرمانداری، بازرسان از نانوایی‌های شهر بازدید کردند.<p>در این بازدید <b>دو نانوایی <i>به دلیل کم‌فروشی</b></i> اخطار گرفتند.</span></div><p>بازدیدها ادامه دارد.
<tr><td class="NewsFooter">تاریخ ثبت خبر: <span>1397/8/20</span><br>تاریخ وقوع خبر: <span></span>
</table></font>
</body></html>
<script>document.write("<div>")</script></td></tr> پایان صفحه <p>junk
`

func (p *Portal) faultMalformed(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(malformedPage))
}
