package transform

import (
	"bytes"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// benchInputs returns the seed article (when present) and the golden cases.
func benchInputs(b *testing.B) []Input {
	b.Helper()
	var ins []Input
	if raw, err := os.ReadFile(seedPath); err == nil {
		ins = append(ins, readArticleText(string(raw)))
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "*", "input.txt"))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, readArticleText(string(raw)))
	}
	if len(ins) == 0 {
		b.Skip("no inputs")
	}
	return ins
}

func textBytes(in Input) int {
	n := len(in.Title)
	for _, p := range in.Paragraphs {
		n += len(p)
	}
	return n
}

// portalHTML renders an article as a whole governorate portal page in the
// iran_gov_cms layout (see the team notes) with the chrome real pages carry
// around it: a head with meta tags, stylesheets and inline scripts, a header
// with the date and a search form, a two-level menu, a sidebar of latest news
// and links, and a footer with links, address and counter scripts. Real
// pages of this family weigh 40 to 80 KB for a 5 KB article; the structure
// follows the HighPortal page in /work/shared/data/portal-pages.
func portalHTML(in Input) []byte {
	var b bytes.Buffer
	esc := html.EscapeString
	b.WriteString(`<!DOCTYPE html>
<html dir="rtl" lang="fa"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="ASP.NET">
<meta name="keywords" content="فرمانداری,اخبار,شهرستان,` + esc(in.Title) + `"><meta name="description" content="` + esc(in.Title) + `">
<title>` + esc(in.Title) + ` - فرمانداری شهرستان</title>
`)
	for i := 0; i < 24; i++ {
		fmt.Fprintf(&b, "<link rel=\"stylesheet\" type=\"text/css\" href=\"../App_Themes/Default/css/style%02d.css?v=1397081%d\" />\n", i, i%10)
	}
	b.WriteString("<style type=\"text/css\">\n")
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, ".box%d{margin:%dpx 0;padding:4px 8px;border:1px solid #d%dd%dd%d;background:#f%df%df%d;font:12px Tahoma,'B Nazanin',sans-serif;direction:rtl;text-align:justify}\n", i, i%7, i%10, i%10, i%10, i%10, i%10, i%10)
	}
	b.WriteString("</style>\n")
	for i := 0; i < 3; i++ {
		b.WriteString("<script type=\"text/javascript\">\n//<![CDATA[\n")
		for j := 0; j < 40; j++ {
			fmt.Fprintf(&b, "function WebForm_Fn%d_%d(a,b){var e=document.getElementById('ctl00_cph_p%d');if(e&&a>%d){e.style.display=b?'block':'none';}return __doPostBack('ctl00$cph$lnk%d','');}\n", i, j, j, j, j)
		}
		b.WriteString("//]]>\n</script>\n")
	}
	b.WriteString(`<script type="text/javascript" src="../js/jquery-1.8.2.min.js"></script><script type="text/javascript" src="../js/menu.js"></script>
</head><body><form name="aspnetForm" method="post" action="ShowNews.aspx?Code=123" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="`)
	for i := 0; i < 40; i++ {
		b.WriteString("/wEPDwUKMTY1NDU2MTA1MmRkZ8xJq0Hc2fLq7W9q1x0p4mXv3E4=")
	}
	b.WriteString(`" /></div>
<div id="header"><div class="logo"><a href="../Default.aspx"><img src="../images/logo.png" alt="فرمانداری" /></a></div>
<div class="topdate">سه شنبه ۱۵ آبان ۱۳۹۷</div><div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /><input type="submit" name="ctl00$btnSearch" value="جستجو" /></div></div>
<div id="menu"><ul class="menu">`)
	sections := []string{"صفحه اصلی", "درباره ما", "معاونت ها", "بخشداری ها", "اخبار", "خدمات الکترونیک", "قوانین و مقررات", "تماس با ما"}
	for i, sec := range sections {
		fmt.Fprintf(&b, "<li class=\"top\"><a href=\"../Page.aspx?id=%d\">%s</a><ul class=\"sub\">", i+1, sec)
		for j := 0; j < 8; j++ {
			fmt.Fprintf(&b, "<li><a href=\"../Page.aspx?id=%d%d\" title=\"%s - بخش %d\">%s - بخش %d</a></li>", i+1, j, sec, j+1, sec, j+1)
		}
		b.WriteString("</ul></li>")
	}
	b.WriteString(`</ul></div>
<div id="main"><div id="sidebar"><div class="BoxTitle">آخرین اخبار</div><div class="NewsList"><ul>`)
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, "<li class=\"NewsItem\"><a class=\"NewsLink\" href=\"ShowNews.aspx?Code=%d\">برگزاری جلسه شورای اداری شهرستان با حضور فرماندار و مدیران دستگاه های اجرایی شماره %d</a> <span class=\"NewsDate\">1397/08/%02d</span></li>", 120-i, i+1, 15-i)
	}
	b.WriteString(`</ul></div><div class="BoxTitle">پیوندها</div><ul class="links">`)
	for i := 0; i < 15; i++ {
		fmt.Fprintf(&b, "<li><a href=\"http://www.site%d.gov.ir/\" target=\"_blank\">پایگاه اطلاع رسانی دستگاه شماره %d</a></li>", i, i+1)
	}
	b.WriteString(`</ul></div><div id="content">
<table class="NewsView"><tr><td class="BoxTitle">شرح خبر</td></tr><tr><td class="NewsHead"><img id="ctl00_cph_imgNews" class="NewsImage" src="../NewsImages/ba920bd065d6fc00a112fff19e50d789.jpg" /> <span id="ctl00_cph_lblTitle" class="NewsTitle">`)
	b.WriteString(esc(in.Title))
	b.WriteString(`</span></td></tr><tr><td id="ctl00_cph_tdBody" class="NewsBody">`)
	for _, p := range in.Paragraphs {
		b.WriteString("<p>" + esc(p) + "</p>")
	}
	b.WriteString(`</td></tr><tr><td class="NewsFooter">تاریخ ثبت خبر: <span>` + esc(in.Registered) + `</span><br />تاریخ وقوع خبر: <span>` + esc(in.Occurred) + `</span></td></tr></table>
</div></div><div id="footer"><ul class="footlinks">`)
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, "<li><a href=\"../Page.aspx?id=9%02d\">پیوند پایین صفحه %d</a></li>", i, i+1)
	}
	b.WriteString(`</ul><p class="address">نشانی: خیابان اصلی، ساختمان فرمانداری، تلفن ۳۲۶۲۰۰۰۰ - کلیه حقوق این پایگاه محفوظ است.</p>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-0000000-1']);_gaq.push(['_trackPageview']);(function(){var ga=document.createElement('script');ga.async=true;ga.src='/js/ga.js';document.body.appendChild(ga);})();</script>
</div></form></body></html>`)
	return b.Bytes()
}

// parseArticle parses a portal page with goquery and selects the title and
// body paragraphs with the iran_gov_cms profile's selectors, as extract does.
func parseArticle(page []byte) (string, []string, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		return "", nil, err
	}
	title := doc.Find(".NewsView .NewsTitle").Text()
	var paras []string
	doc.Find(".NewsView .NewsBody p").Each(func(_ int, s *goquery.Selection) { paras = append(paras, s.Text()) })
	return title, paras, nil
}

// benchPages returns the bench inputs, their portal pages and the bytes of
// article text (title and paragraphs) in all of them.
func benchPages(b *testing.B) ([]Input, [][]byte, int) {
	ins := benchInputs(b)
	pages := make([][]byte, len(ins))
	total := 0
	for i, in := range ins {
		pages[i] = portalHTML(in)
		total += textBytes(in)
	}
	return ins, pages, total
}

// BenchmarkAnalyze reports the analysis speed in MB/s of article text, on
// one core.
func BenchmarkAnalyze(b *testing.B) {
	ins, _, total := benchPages(b)
	Analyze(ins[0]) // load the lexicons outside the timing
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, in := range ins {
			Analyze(in)
		}
	}
}

// BenchmarkGoqueryParse parses the same articles as whole portal pages (see
// portalHTML) with goquery and selects title and body as extract does. It
// reports MB/s of article text, not of HTML, so that its figure compares with
// BenchmarkAnalyze: analysis must be faster than this.
func BenchmarkGoqueryParse(b *testing.B) {
	_, pages, total := benchPages(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, _, err := parseArticle(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAnalyzeVsGoquery times, in the same run, goquery's parse of each
// portal page and the analysis of the article parsed from it, and reports
// text MB/s per core for both and the ratio of analysis time to parse time
// (analysis must cost less than parsing: ratio below 1).
func BenchmarkAnalyzeVsGoquery(b *testing.B) {
	ins, pages, total := benchPages(b)
	Analyze(ins[0])
	htmlBytes := 0
	for _, p := range pages {
		htmlBytes += len(p)
	}
	var parse, analyze time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, p := range pages {
			t0 := time.Now()
			title, paras, err := parseArticle(p)
			t1 := time.Now()
			if err != nil {
				b.Fatal(err)
			}
			in := ins[i]
			in.Title, in.Paragraphs = title, paras
			Analyze(in)
			analyze += time.Since(t1)
			parse += t1.Sub(t0)
		}
	}
	mb := float64(total) * float64(b.N) / 1e6
	b.ReportMetric(mb/parse.Seconds(), "parse-text-MB/s")
	b.ReportMetric(mb/analyze.Seconds(), "analyze-text-MB/s")
	b.ReportMetric(analyze.Seconds()/parse.Seconds(), "analyze/parse")
	b.ReportMetric(float64(htmlBytes)/float64(len(pages)), "html-B/page")
}

// sizeTexts returns articles of at least n bytes of text in three shapes:
// "line" is random portal words on one line with no full stop, as a whole
// page pasted on one line; "quotes" is «فرماندار گفت: …» again and again on
// one line, a speech verb every five words; "article" is the paragraphs of
// the bench inputs (the seed and the golden cases) one after another, as a
// long article of real sentences; "sanctions" is sentences reporting a
// sanction on no named office, each of which asks what the article is about;
// "offices" is singular offices listed with commas and no verb, each of which
// the count reader may scan from; "names" is one full name with a word after
// it before a title, again and again on one line, each a candidate for the
// surname's tail; "units" is clauses of offending units found, joined by «و»
// with no full stop, each a mention.
func sizeTexts(b *testing.B, n int) map[string]Input {
	words := strings.Fields("فرماندار شهرستان کوار گفت علی احمدی رئیس اداره پست نانوایی پلمب شد تخلف دفاتر پیشخوان واحد صنفی ۱۲ مورد و در از به با که اخطار معاون")
	r := rand.New(rand.NewPCG(1, 2))
	var line, quotes, sanctions, offices, cuts, names, units strings.Builder
	for names.Len() < n {
		names.WriteString("حسن کریمی سامک ایمن آبادی رئیس اداره ")
	}
	for units.Len() < n {
		units.WriteString("دو واحد متخلف شناسایی شد و ")
	}
	for cuts.Len() < n {
		// one sentence of service lines cut (sanction-line-cut), and
		// goods pointed back at across lines (office-goods-found-at)
		cuts.WriteString("۲۰ انشعاب غیرمجاز قطع و این اقلام در داروخانه کشف و ")
	}
	for offices.Len() < n {
		offices.WriteString("نانوایی متخلف، ")
	}
	for sanctions.Len() < n {
		fmt.Fprintf(&sanctions, "در این طرح برای %d مورد پرونده تشکیل و به تعزیرات ارسال شد. ", 2+r.IntN(40))
	}
	for line.Len() < n {
		line.WriteString(words[r.IntN(len(words))])
		line.WriteByte(' ')
	}
	for quotes.Len() < n {
		fmt.Fprintf(&quotes, "فرماندار گفت: %s %s ", words[r.IntN(len(words))], words[r.IntN(len(words))])
	}
	var paras []string
	for size := 0; size < n; {
		for _, in := range benchInputs(b) {
			for _, p := range in.Paragraphs {
				paras = append(paras, p)
				size += len(p)
			}
		}
	}
	return map[string]Input{
		"line":      {Paragraphs: []string{line.String()}},
		"quotes":    {Paragraphs: []string{quotes.String()}},
		"article":   {Title: "برگزاری جلسه کارگروه دفاتر پیشخوان", Paragraphs: paras, Registered: "1397/8/15"},
		"sanctions": {Paragraphs: []string{sanctions.String()}},
		"offices":   {Paragraphs: []string{offices.String()}},
		"cuts":      {Paragraphs: []string{cuts.String()}},
		"names":     {Paragraphs: []string{names.String()}},
		"units":     {Paragraphs: []string{units.String()}},
	}
}

// BenchmarkAnalyzeSize analyses texts of 10 KB, 100 KB and 1 MB in each
// shape of sizeTexts and reports MB/s of text: a flat MB/s across sizes
// means time linear in the text. All three sizes are under MaxBodyRunes,
// so every byte is analysed.
func BenchmarkAnalyzeSize(b *testing.B) {
	Analyze(Input{Paragraphs: []string{"x"}}) // load the lexicons outside the timing
	for _, shape := range []string{"line", "quotes", "article", "sanctions", "offices", "cuts", "names", "units"} {
		for _, size := range []struct {
			name  string
			bytes int
		}{{"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}} {
			in := sizeTexts(b, size.bytes)[shape]
			b.Run(shape+"/"+size.name, func(b *testing.B) {
				b.SetBytes(int64(textBytes(in)))
				b.ReportAllocs()
				for b.Loop() {
					if a := Analyze(in); a.Truncated {
						b.Fatal("text cut: the benchmark would not measure all of it")
					}
				}
			})
		}
	}
}

// BenchmarkRuleExamplesLine analyses, for each rule of the rule book, its
// example sentences joined on one line and repeated to 100 KB and to 1 MB:
// a text made of nothing but what one rule reads, again and again, is the
// hostile text for that rule. A rule whose look-ups grow with the square of
// the text shows as an MB/s at 1 MB far below its MB/s at 100 KB. Run it
// with -benchtime 1x: it analyses 1.1 MB for each of some 400 rules.
func BenchmarkRuleExamplesLine(b *testing.B) {
	Analyze(Input{Paragraphs: []string{"x"}}) // load the lexicons outside the timing
	for _, r := range Rules() {
		line := strings.ReplaceAll(strings.Join(r.Examples, " "), "\n", " ") + " "
		for _, size := range []struct {
			name  string
			bytes int
		}{{"100KB", 100 << 10}, {"1MB", 1 << 20}} {
			in := Input{Paragraphs: []string{strings.Repeat(line, size.bytes/len(line)+1)}}
			b.Run(r.Name+"/"+size.name, func(b *testing.B) {
				b.SetBytes(int64(textBytes(in)))
				for b.Loop() {
					Analyze(in)
				}
			})
		}
	}
}
