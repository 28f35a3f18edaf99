package transform

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

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

// portalHTML renders an article in the demo portal's layout (see the team
// notes), with the page chrome such a page carries.
func portalHTML(in Input) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html dir="rtl"><head><meta charset="utf-8"><title>` + html.EscapeString(in.Title) + `</title>`)
	b.WriteString(`<link rel="stylesheet" href="../css/main.css"><script src="../js/jquery.js"></script></head><body><form id="aspnetForm"><div id="header"><ul class="menu">`)
	for i := 0; i < 12; i++ {
		b.WriteString(`<li><a href="../Page.aspx?id=` + strings.Repeat("1", i+1) + `">صفحه</a></li>`)
	}
	b.WriteString(`</ul></div><table class="NewsView"><tr><td class="BoxTitle">شرح خبر</td></tr><tr><td class="NewsHead"><img id="ctl00_cph_imgNews" class="NewsImage" src="../NewsImages/ba920bd065d6fc00a112fff19e50d789.jpg" /> <span id="ctl00_cph_lblTitle" class="NewsTitle">`)
	b.WriteString(html.EscapeString(in.Title))
	b.WriteString(`</span></td></tr><tr><td id="ctl00_cph_tdBody" class="NewsBody">`)
	for _, p := range in.Paragraphs {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	b.WriteString(`</td></tr><tr><td class="NewsFooter">تاریخ ثبت خبر: <span>` + in.Registered + `</span><br />تاریخ وقوع خبر: <span></span></td></tr></table><div id="footer">کلیه حقوق محفوظ است</div></form></body></html>`)
	return b.Bytes()
}

// BenchmarkAnalyze reports the analysis speed in MB/s of article text.
func BenchmarkAnalyze(b *testing.B) {
	ins := benchInputs(b)
	total := 0
	for _, in := range ins {
		total += textBytes(in)
	}
	Analyze(ins[0]) // load the lexicons outside the timing
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, in := range ins {
			Analyze(in)
		}
	}
}

// BenchmarkGoqueryParse parses the same articles as portal pages with
// goquery and selects title and body, as extract does. It reports MB/s of
// article text (not of HTML) so that its figure compares with
// BenchmarkAnalyze: analysis must be faster than this.
func BenchmarkGoqueryParse(b *testing.B) {
	ins := benchInputs(b)
	var pages [][]byte
	total := 0
	for _, in := range ins {
		pages = append(pages, portalHTML(in))
		total += textBytes(in)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(p))
			if err != nil {
				b.Fatal(err)
			}
			_ = doc.Find(".NewsView .NewsTitle").Text()
			doc.Find(".NewsView .NewsBody p").Each(func(_ int, s *goquery.Selection) { _ = s.Text() })
		}
	}
}
