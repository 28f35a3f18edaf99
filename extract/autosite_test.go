package extract_test

import (
	"bytes"
	"fmt"
	"html/template"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/encoding/charmap"

	"govwatch/internal/demoportal"
	"govwatch/transform/jalali"
)

// A portal of a made-up template, served on loopback, for the automatic
// layout: articles written here from a small vocabulary (no real news
// text), listed newest first, ten to a page.

// siteArticle is one article of a template site and its truth.
type siteArticle struct {
	ID         int
	Title      string
	Lead       string
	ShortTitle string // the first four words and «...», as some listings print it
	Paras      []string
	Y, M, D    int
	NoDate     bool // the page prints no date at all
	MenuOnly   bool // the page's content area holds only links
	Views      int
	Latest     []*siteArticle
	Site       string
	DateNum    string // 1402/3/12 as the listing prints it
	DateFa     string // ۱۴۰۲/۰۳/۱۲
	DateNamed  string // ۱۲ خرداد ۱۴۰۲
	IDFa       string
	Weekday    string // the date's weekday in Persian
	Win1256    bool   // the page is served in windows-1256
	Charset    string // what the page's <meta> declares
	// Bullets, Ordered and Table are parts of the body some templates
	// print as <ul>, <ol> and <table> (see addBodyExtras).
	Bullets, Ordered []string
	Table            [][]string
}

// body is the article's text as the truth: its paragraphs, list items and
// table cells.
func (a *siteArticle) body() []string {
	out := append([]string(nil), a.Paras...)
	out = append(out, a.Bullets...)
	out = append(out, a.Ordered...)
	for _, row := range a.Table {
		out = append(out, row...)
	}
	return out
}

// siteItems are list items and table cells of made-up bodies.
var siteItems = []string{
	"تشکیل کارگروه ویژه برای پیگیری مطالبات اهالی",
	"بهسازی دو کیلومتر از راه روستایی تا پایان تابستان",
	"تأمین نهاده‌های کشاورزی با همکاری تعاونی روستایی",
	"برگزاری دوره آموزشی ایمنی برای کارکنان دستگاه‌ها",
	"راه‌اندازی دفتر پیشخوان خدمات دولت در مرکز بخش",
	"اعزام گروه بازرسی مشترک به واحدهای صنفی",
	"پیگیری تکمیل ساختمان خانه بهداشت",
}

// addBodyExtras gives every other article a bullet list, every third a
// numbered list and every fourth a table of figures, from a fixed pattern
// (no randomness, so the other sites' articles stay as they were).
func addBodyExtras(arts []*siteArticle) {
	for i, a := range arts {
		if i%2 == 0 {
			for k := range 2 + i%3 {
				a.Bullets = append(a.Bullets, siteItems[(i+k)%len(siteItems)])
			}
		}
		if i%3 == 0 {
			for k := range 3 {
				a.Ordered = append(a.Ordered, siteItems[(i+2*k+1)%len(siteItems)])
			}
		}
		if i%4 == 0 {
			a.Table = [][]string{
				{"بخش", "واحدهای بازرسی‌شده", "تخلف"},
				{sitePlaces[i%len(sitePlaces)], strconv.Itoa(10 + i), strconv.Itoa(1 + i%5)},
				{sitePlaces[(i+1)%len(sitePlaces)], strconv.Itoa(7 + i), strconv.Itoa(i % 4)},
			}
		}
	}
}

var (
	sitePlaces    = []string{"روستای دشتک", "بخش مرکزی", "شهر نمونه‌آباد", "دهستان کوهپایه", "بخش چشمه‌سار", "روستای سرچشمه"}
	siteSubjects  = []string{"بازدید سرزده از نانوایی‌ها", "جلسه شورای اداری", "بررسی طرح آبرسانی", "افتتاح مدرسه", "نشست کارگروه اشتغال", "بازرسی از جایگاه سوخت", "دیدار مردمی فرماندار", "رسیدگی به شکایات"}
	siteSentences = []string{
		"در این نشست گزارشی از روند اجرای طرح‌های عمرانی ارائه شد و اعضا درباره اولویت‌های سال آینده گفتگو کردند.",
		"فرماندار با اشاره به اهمیت خدمت‌رسانی به مردم گفت همه دستگاه‌ها باید برنامه زمان‌بندی روشنی داشته باشند.",
		"بر پایه این گزارش، بازرسان از دوازده واحد صنفی بازدید کردند و برای دو واحد اخطار کتبی صادر شد.",
		"معاون فرماندار افزود که اعتبار لازم برای تکمیل این پروژه از محل منابع استانی تأمین شده است.",
		"در پایان جلسه مقرر شد گزارش پیشرفت کار هر ماه به دبیرخانه شورا فرستاده شود.",
		"اهالی روستا در این دیدار خواستار بهسازی جاده دسترسی و راه‌اندازی خانه بهداشت شدند.",
		"بخشدار مرکزی نیز از آغاز عملیات اجرایی فاز دوم طرح در هفته آینده خبر داد.",
		"این بازدید با حضور نمایندگان اداره صنعت و معدن و تجارت و اتاق اصناف انجام شد.",
		"به گفته مسئولان، تا پایان سال بیش از سیصد خانوار از این طرح بهره‌مند خواهند شد.",
		"کارشناسان آموزش و پرورش گزارشی از وضعیت فضاهای آموزشی شهرستان ارائه کردند.",
		"رئیس اداره جهاد کشاورزی گفت خرید تضمینی گندم از کشاورزان منطقه از هفته آینده آغاز می‌شود.",
		"وی تأکید کرد که نظارت بر قیمت کالاهای اساسی با جدیت ادامه خواهد داشت.",
	}
	persianWeekdays  = map[time.Weekday]string{time.Saturday: "شنبه", time.Sunday: "یکشنبه", time.Monday: "دوشنبه", time.Tuesday: "سه‌شنبه", time.Wednesday: "چهارشنبه", time.Thursday: "پنجشنبه", time.Friday: "جمعه"}
	jalaliMonthNames = []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}
)

func faDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '۰' + r - '0'
		}
		return r
	}, s)
}

// makeSiteArticles writes n articles from seed, newest first.
func makeSiteArticles(seed uint64, n int, site string) []*siteArticle {
	r := rand.New(rand.NewPCG(seed, 7))
	out := make([]*siteArticle, n)
	day := 0
	for i := range n {
		a := &siteArticle{ID: 5000 + 37*(n-i) + r.IntN(30), Site: site, Views: 10 + r.IntN(900)}
		a.Title = fmt.Sprintf("%s در %s", siteSubjects[r.IntN(len(siteSubjects))], sitePlaces[r.IntN(len(sitePlaces))])
		if r.IntN(3) == 0 {
			a.Title += fmt.Sprintf(" با حضور %d نفر", 5+r.IntN(40))
		}
		for k := range 2 + r.IntN(4) {
			var b strings.Builder
			for j := range 1 + r.IntN(3) {
				if j > 0 {
					b.WriteString(" ")
				}
				b.WriteString(siteSentences[(i*5+k*3+j+r.IntN(4))%len(siteSentences)])
			}
			a.Paras = append(a.Paras, b.String())
		}
		a.Lead = strings.Join(strings.Fields(a.Paras[0])[:8], " ") + " ..."
		a.ShortTitle = a.Title
		if w := strings.Fields(a.Title); len(w) > 4 {
			a.ShortTitle = strings.Join(w[:4], " ") + " ..."
		}
		day += 1 + r.IntN(3)
		ord := 300 - day // days since 1 Farvardin 1402, going back
		a.Y, a.M, a.D = 1402, 1+ord/30, 1+ord%30
		if a.M > 12 {
			a.M = 12
		}
		a.DateNum = fmt.Sprintf("%d/%d/%d", a.Y, a.M, a.D)
		a.DateFa = faDigits(fmt.Sprintf("%d/%02d/%02d", a.Y, a.M, a.D))
		a.DateNamed = faDigits(fmt.Sprintf("%d %s %d", a.D, jalaliMonthNames[a.M-1], a.Y))
		a.IDFa = faDigits(strconv.Itoa(a.ID))
		a.Weekday = persianWeekdays[jalali.Date{Year: a.Y, Month: a.M, Day: a.D}.Weekday()]
		a.Charset = "utf-8"
		out[i] = a
	}
	for i, a := range out {
		for k := 1; k <= 4; k++ {
			a.Latest = append(a.Latest, out[(i+k)%n])
		}
	}
	return out
}

// templateSite serves one template's listing and article pages.
type templateSite struct {
	*httptest.Server
	articles []*siteArticle
	byID     map[int]*siteArticle
	// articleURL and listURL give a page's path.
	articleURL func(id int) string
	listURL    func(page int) string
	win1256    bool
}

type pageLink struct {
	N       int
	Label   string
	Current bool
}

// Off is the page's first item's offset, for ?start= pagers.
func (p pageLink) Off() int { return (p.N - 1) * sitePerPage }

const sitePerPage = 10

func startTemplateSite(t testing.TB, name string, arts []*siteArticle, win1256 bool, articleURL func(int) string, listURL func(int) string, route func(r *http.Request) (page, id int)) *templateSite {
	t.Helper()
	dir := filepath.Join("testdata", "autosites", name)
	parse := func(f string) *template.Template {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		return template.Must(template.New(f).Parse(string(b)))
	}
	listT, artT := parse("list.html"), parse("article.html")
	s := &templateSite{articles: arts, byID: map[int]*siteArticle{}, articleURL: articleURL, listURL: listURL, win1256: win1256}
	for _, a := range arts {
		s.byID[a.ID] = a
	}
	pages := (len(arts) + sitePerPage - 1) / sitePerPage
	write := func(w http.ResponseWriter, tm *template.Template, data any, win1256 bool) {
		var buf bytes.Buffer
		if err := tm.Execute(&buf, data); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		if !win1256 {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(buf.Bytes())
			return
		}
		b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(demoportal.Fold1256(buf.String())))
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(b)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: *\nDisallow: /share/\n"))
			return
		}
		page, id := route(r)
		switch {
		case page > 0 && page <= pages:
			items := arts[(page-1)*sitePerPage : min(page*sitePerPage, len(arts))]
			var links []pageLink
			for n := 1; n <= pages; n++ {
				links = append(links, pageLink{N: n, Label: faDigits(strconv.Itoa(n)), Current: n == page})
			}
			next, prev := 0, 0
			if page < pages {
				next = page + 1
			}
			if page > 1 {
				prev = page - 1
			}
			write(w, listT, map[string]any{"Site": arts[0].Site, "Items": items, "Pages": links, "Next": next, "NextOff": (next - 1) * sitePerPage, "Prev": prev, "Popular": arts[3:8]}, win1256)
		case id > 0 && s.byID[id] != nil:
			a := s.byID[id]
			if a.MenuOnly {
				c := *a
				c.Paras = nil
				write(w, artT, &c, win1256 || a.Win1256)
				return
			}
			write(w, artT, a, win1256 || a.Win1256)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

// cardsSite is a made-up Bootstrap-like portal in windows-1256: cards with
// an image link and a title link, a numbered pager with no «next» link,
// a side box of popular articles with dates, and article pages whose body
// is split by <br> and whose date follows the label «تاریخ:» in Persian
// digits beside other fields, with a side box of latest articles and dates.
func cardsSite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(11, n, "پایگاه اطلاع‌رسانی فرمانداری نمونه")
	return startTemplateSite(t, "cards", arts, true,
		func(id int) string { return "/content/" + strconv.Itoa(id) },
		func(p int) string { return "/news?p=" + strconv.Itoa(p) },
		func(r *http.Request) (int, int) {
			if r.URL.Path == "/news" {
				p, _ := strconv.Atoi(r.URL.Query().Get("p"))
				return p, 0
			}
			if rest, ok := strings.CutPrefix(r.URL.Path, "/content/"); ok {
				id, _ := strconv.Atoi(rest)
				return 0, id
			}
			return 0, 0
		})
}

// tablesSite is a made-up old table-layout portal in UTF-8: a grid of
// links with ASCII dates whose titles are cut after four words, a «صفحه بعد» text link, and article pages whose
// date is printed with the month's name before the title and with no
// label, whose body's element also holds a box of related links, and whose
// footer prints a Gregorian date of its own.
func tablesSite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(23, n, "فرمانداری شهرستان نمونه")
	return startTemplateSite(t, "tables", arts, false,
		func(id int) string { return "/Portal/Show.aspx?ID=" + strconv.Itoa(id) + "&tabid=55" },
		func(p int) string { return "/Portal/Default.aspx?tabid=55&pg=" + strconv.Itoa(p) },
		func(r *http.Request) (int, int) {
			switch r.URL.Path {
			case "/Portal/Default.aspx":
				if r.URL.Query().Get("tabid") == "55" {
					p, _ := strconv.Atoi(r.URL.Query().Get("pg"))
					return p, 0
				}
			case "/Portal/Show.aspx":
				id, _ := strconv.Atoi(r.URL.Query().Get("ID"))
				return 0, id
			}
			return 0, 0
		})
}

// magazineSite is a made-up HTML5 portal in UTF-8: list items whose one
// link wraps the image, the title and the lead, a numbered pager whose next link is
// «»», the site's name in an <h1> on every page, and article pages whose
// title is an <h2>, whose date follows «تاریخ انتشار:» in Persian digits
// with a time, in a list of fields, with tags and a comment form after the
// body and a box of related articles with dates beside it.
func magazineSite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(37, n, "فرمانداری ویژه شهرستان نمونه")
	return startTemplateSite(t, "magazine", arts, false,
		func(id int) string { return "/fa/akhbar/" + strconv.Itoa(id) + "-khabar" },
		func(p int) string { return "/fa/akhbar?page=" + strconv.Itoa(p) },
		func(r *http.Request) (int, int) {
			if r.URL.Path == "/fa/akhbar" {
				p, _ := strconv.Atoi(r.URL.Query().Get("page"))
				return p, 0
			}
			if rest, ok := strings.CutPrefix(r.URL.Path, "/fa/akhbar/"); ok {
				id, _ := strconv.Atoi(strings.TrimSuffix(rest, "-khabar"))
				return 0, id
			}
			return 0, 0
		})
}

// bootstrapSite is a made-up Bootstrap portal whose article pages are in
// UTF-8 or windows-1256 by turns: list items with an image link and an
// <h3> title link, a pager of page numbers whose current page is an
// "active" item with no link and no «next» link, the site's name in an
// <h1> on every page, and article pages whose date follows «تاریخ انتشار:»
// with a clock time and a weekday in between, whose first paragraph is
// bold, with tags, tools and a Gregorian "last edited" date after the body.
func bootstrapSite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(41, n, "فرمانداری شهرستان نمونه‌دشت")
	for i, a := range arts {
		if i%2 == 1 {
			a.Win1256, a.Charset = true, "windows-1256"
		}
	}
	return startTemplateSite(t, "bootstrap", arts, false,
		func(id int) string { return "/news/show/" + strconv.Itoa(id) + "/khabar-" + strconv.Itoa(id) },
		func(p int) string { return "/news?page=" + strconv.Itoa(p) },
		func(r *http.Request) (int, int) {
			if r.URL.Path == "/news" {
				p, _ := strconv.Atoi(r.URL.Query().Get("page"))
				return p, 0
			}
			if rest, ok := strings.CutPrefix(r.URL.Path, "/news/show/"); ok {
				id, _ := strconv.Atoi(strings.Split(rest, "/")[0])
				return 0, id
			}
			return 0, 0
		})
}

// moreLinkSite is the HTML5 portal of magazineSite with a listing whose
// titles are plain headings and whose only links are «ادامه خبر», and
// article pages whose <title> is the site's name, printed in a plain <h1>
// above the article's <h2>.
func moreLinkSite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(61, n, "فرمانداری شهرستان نمونه‌رود")
	return startTemplateSite(t, "morelink", arts, false,
		func(id int) string { return "/fa/akhbar/" + strconv.Itoa(id) + "-khabar" },
		func(p int) string { return "/fa/akhbar?page=" + strconv.Itoa(p) },
		func(r *http.Request) (int, int) {
			if r.URL.Path == "/fa/akhbar" {
				p, _ := strconv.Atoi(r.URL.Query().Get("page"))
				return p, 0
			}
			if rest, ok := strings.CutPrefix(r.URL.Path, "/fa/akhbar/"); ok {
				id, _ := strconv.Atoi(strings.TrimSuffix(rest, "-khabar"))
				return 0, id
			}
			return 0, 0
		})
}

// featuredSite is a made-up old PHP portal in UTF-8 whose listing shows its
// newest article in a featured box of its own above a table of the others,
// with a «صفحه بعدی »» link of class next; article pages print the title
// and «تاریخ ثبت:» in table cells, the body as text separated by <br>
// ending with a source line, and a table of other articles with dates.
func featuredSite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(53, n, "فرمانداری شهرستان نمونه‌کوه")
	return startTemplateSite(t, "featured", arts, false,
		func(id int) string { return "/news/item.php?nid=" + strconv.Itoa(id) },
		func(p int) string { return "/news/list.php?p=" + strconv.Itoa(p) },
		func(r *http.Request) (int, int) {
			switch r.URL.Path {
			case "/news/list.php":
				p, _ := strconv.Atoi(r.URL.Query().Get("p"))
				return p, 0
			case "/news/item.php":
				id, _ := strconv.Atoi(r.URL.Query().Get("nid"))
				return 0, id
			}
			return 0, 0
		})
}

// sideboxSite is a made-up portal in UTF-8 whose listing prints titles as
// plain headings with a «ادامه مطلب» link each, beside «آخرین اخبار» and
// «پربازدیدترین» boxes of titled, dated links to articles of the same URL
// shape; its pager is page numbers with no current-page mark and an image
// link whose only text is its alt «صفحه بعد», with ?start= offsets. Its
// article pages put those boxes before the article in the page, print the
// title as a link to the page itself, the date after «انتشار:», bullet
// lists in some bodies and a «مطالب مرتبط» box after the body.
func sideboxSite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(71, n, "فرمانداری شهرستان نمونه‌زار")
	addBodyExtras(arts)
	for i, a := range arts {
		a.Ordered, a.Table = nil, nil
		// Large boxes: on a short article, most of the page's text is
		// other articles' titles.
		a.Latest = nil
		for k := 1; k <= 8; k++ {
			a.Latest = append(a.Latest, arts[(i+k)%len(arts)])
		}
	}
	return startTemplateSite(t, "sidebox", arts, false,
		func(id int) string { return "/khabarha/" + strconv.Itoa(id) + "/matn" },
		func(p int) string { return "/khabarha?start=" + strconv.Itoa((p-1)*sitePerPage) },
		func(r *http.Request) (int, int) {
			if r.URL.Path == "/khabarha" {
				off, err := strconv.Atoi(r.URL.Query().Get("start"))
				if err != nil {
					return 0, 0
				}
				return off/sitePerPage + 1, 0
			}
			if rest, ok := strings.CutPrefix(r.URL.Path, "/khabarha/"); ok {
				id, _ := strconv.Atoi(strings.TrimSuffix(rest, "/matn"))
				return 0, id
			}
			return 0, 0
		})
}

// oldPortalSite is a made-up old table-layout portal in windows-1256
// (declared in a meta tag only): a «پربازدیدترین» box of titled, dated
// links before the list in the page, list items with an image link and a
// title link, a pager whose next link is an icon with a title attribute
// and no text, and article pages whose title is a plain <div> under a
// super-title, whose date follows «تاریخ خبر:» beside the article's code,
// whose bodies hold numbered lists and tables, followed by «اخبار مرتبط»
// and «پربازدیدترین» boxes.
func oldPortalSite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(83, n, "فرمانداری شهرستان نمونه‌گل")
	addBodyExtras(arts)
	for _, a := range arts {
		a.Bullets = nil
	}
	return startTemplateSite(t, "oldportal", arts, true,
		func(id int) string { return "/NewsView.aspx?nid=" + strconv.Itoa(id) },
		func(p int) string { return "/NewsList.aspx?pg=" + strconv.Itoa(p) },
		func(r *http.Request) (int, int) {
			switch r.URL.Path {
			case "/NewsList.aspx":
				p, _ := strconv.Atoi(r.URL.Query().Get("pg"))
				return p, 0
			case "/NewsView.aspx":
				id, _ := strconv.Atoi(r.URL.Query().Get("nid"))
				return 0, id
			}
			return 0, 0
		})
}

// pagesOnlySite is a made-up portal whose listing's pager is page numbers
// alone: no next link, no current-page mark.
func pagesOnlySite(t testing.TB, n int) *templateSite {
	arts := makeSiteArticles(97, n, "فرمانداری شهرستان نمونه‌دره")
	return startTemplateSite(t, "pagesonly", arts, false,
		func(id int) string { return "/matlab/" + strconv.Itoa(id) },
		func(p int) string { return "/matalib/" + strconv.Itoa(p) },
		func(r *http.Request) (int, int) {
			if rest, ok := strings.CutPrefix(r.URL.Path, "/matalib/"); ok {
				p, _ := strconv.Atoi(rest)
				return p, 0
			}
			if rest, ok := strings.CutPrefix(r.URL.Path, "/matlab/"); ok {
				id, _ := strconv.Atoi(rest)
				return 0, id
			}
			return 0, 0
		})
}

// tokens splits text into words as the F1 measure counts them: letters
// and digits, Arabic yeh and kaf folded, digits folded to ASCII.
func tokens(s string) map[string]int {
	s = demoportal.Fold1256(s)
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) }) {
		m[w]++
	}
	return m
}

// tokenF1 is the bag-of-words F1 of got against want.
func tokenF1(got, want string) float64 {
	g, w := tokens(got), tokens(want)
	ng, nw, both := 0, 0, 0
	for k, c := range g {
		ng += c
		both += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if both == 0 {
		return 0
	}
	p, r := float64(both)/float64(ng), float64(both)/float64(nw)
	return 2 * p * r / (p + r)
}
