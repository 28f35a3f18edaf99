package demoportal

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"strconv"
	"strings"
)

// pageTemplate is the CMS chrome shared by every page; "content" is filled
// by the listing or article template.
const pageTemplate = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="fa">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={{.Charset}}" />
<title>{{.PageTitle}} - {{.SiteName}}</title>
<meta name="keywords" content="{{.SiteName}}، اخبار، شهرستان" />
<style type="text/css">body{font-family:Tahoma;font-size:9pt;direction:rtl} .NewsTitle{font-weight:bold;color:#003366} .NewsFooter{color:#666}</style>
</head>
<body>
<form name="aspnetForm" method="post" action="{{.Action}}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{{.ViewState}}" /></div>
<div id="Header"><div class="Logo"><a href="/{{.Slug}}/Default.aspx">{{.SiteName}}</a></div><div class="Province">{{.Province}}</div></div>
<ul id="TopMenu">
<li><a href="/{{.Slug}}/Default.aspx">صفحه اصلی</a></li>
<li><a href="/{{.Slug}}/News/List.aspx">اخبار</a></li>
<li><a href="/{{.Slug}}/Pages/About.aspx">معرفی شهرستان</a></li>
<li><a href="/{{.Slug}}/Pages/Contact.aspx">تماس با ما</a></li>
</ul>
<div id="Content">
{{template "content" .}}
</div>
<div id="Footer">کلیه حقوق این پایگاه برای {{.SiteName}} محفوظ است.<br />تعداد بازدید: {{.Visits}}</div>
</form>
</body>
</html>
`

const listTemplate = `{{define "content"}}<div class="NewsList"><div class="BoxTitle">آرشیو اخبار</div><ul>
{{range .List.Items}}<li class="NewsItem"><a class="NewsLink" href="{{.Href}}">{{.Title}}</a> <span class="NewsDate">{{.Date}}</span><p class="Lead">{{.Lead}}</p></li>
{{end}}</ul>
<div class="Pager">{{range .List.Pages}}{{if .Gap}}<span>…</span> {{else if .Current}}<span class="CurrentPage">{{.N}}</span> {{else}}<a href="List.aspx?page={{.N}}">{{.N}}</a> {{end}}{{end}}{{if .List.Next}}<a class="NextPage" href="List.aspx?page={{.List.Next}}">صفحه بعد</a>{{end}}</div></div>{{end}}`

const articleTemplate = `{{define "content"}}<table class="NewsView" width="100%" cellpadding="0" cellspacing="0"><tr><td class="BoxTitle">شرح خبر</td></tr>
<tr><td class="NewsHead"><img id="ctl00_cph_imgNews" class="NewsImage" src="../NewsImages/{{.Art.Image}}.jpg" /> <span id="ctl00_cph_lblTitle" class="NewsTitle">{{.Art.Title}}</span></td></tr>
<tr><td id="ctl00_cph_tdBody" class="NewsBody">{{.Art.Body}}</td></tr>
<tr><td class="NewsFooter">تاریخ ثبت خبر: <span>{{.Art.Registered}}</span><br />تاریخ وقوع خبر: <span>{{.Art.Occurred}}</span></td></tr></table>
<div class="Tools"><a href="List.aspx">بازگشت به فهرست اخبار</a></div>{{end}}`

var (
	listTmpl    = template.Must(template.Must(template.New("page").Parse(pageTemplate)).Parse(listTemplate))
	articleTmpl = template.Must(template.Must(template.New("page").Parse(pageTemplate)).Parse(articleTemplate))
)

// pageData is what the page templates read.
type pageData struct {
	Charset   string
	PageTitle string
	SiteName  string
	Province  string
	Slug      string
	Action    string
	ViewState string
	Visits    int
	List      *listData
	Art       *articleData
}

type listData struct {
	Items []listItem
	Pages []pagerLink
	Next  int
}

type listItem struct {
	Href  string
	Title string
	Date  string
	Lead  string
}

type pagerLink struct {
	N       int
	Current bool
	Gap     bool
}

type articleData struct {
	Image      string
	Title      string
	Body       template.HTML
	Registered string
	Occurred   string
}

// viewState is a deterministic stand-in for ASP.NET's __VIEWSTATE blob.
func viewState(key string) string {
	return "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIB" + imageName(key, len(key), 0)[:20] + "ZGQ="
}

// bodyHTML renders paragraphs in the article's layout: each NBSP becomes
// &nbsp;, extra images go after the first paragraph, and p-layout pages end
// with the empty paragraphs such CMS editors leave behind.
func bodyHTML(a *article, paras []string) template.HTML {
	var b strings.Builder
	esc := func(s string) string {
		return strings.ReplaceAll(html.EscapeString(s), "\u00a0", "&nbsp;")
	}
	imgs := func() {
		for i := 1; i <= a.images; i++ {
			fmt.Fprintf(&b, `<img src="../NewsImages/%s.jpg" alt="" border="0" />`, imageName(a.site.Slug, a.code, i))
			if a.layout == "br" {
				b.WriteString("<br />\n")
			}
		}
	}
	switch a.layout {
	case "br":
		for i, p := range paras {
			if i > 0 {
				b.WriteString("<br />\n<br />\n")
			}
			b.WriteString(esc(p))
			if i == 0 && a.images > 0 {
				b.WriteString("<br />\n")
				imgs()
			}
		}
	default:
		for i, p := range paras {
			fmt.Fprintf(&b, "<p style=\"text-align: justify;\">%s</p>\n", esc(p))
			if i == 0 && a.images > 0 {
				b.WriteString("<p>")
				imgs()
				b.WriteString("</p>\n")
			}
		}
		b.WriteString("<p>&nbsp;</p>\n<p>&nbsp;</p>\n")
	}
	return template.HTML(b.String()) //nolint:gosec // built from escaped text above
}

// renderArticle renders an article page and returns the encoded bytes and
// the Content-Type to send.
func renderArticle(a *article, extra []string) ([]byte, string, error) {
	paras := a.paras
	if len(extra) > 0 {
		paras = append(append([]string(nil), a.paras...), extra...)
	}
	d := pageData{
		PageTitle: a.title,
		SiteName:  a.site.Name,
		Province:  a.site.Province,
		Slug:      a.site.Slug,
		Action:    "ShowNews.aspx?Code=" + strconv.Itoa(a.code),
		ViewState: viewState(a.path()),
		Visits:    137 + (a.code*7919)%4000,
		Art: &articleData{
			Image:      imageName(a.site.Slug, a.code, 0),
			Title:      a.title,
			Body:       bodyHTML(a, paras),
			Registered: a.registered,
			Occurred:   a.occurred,
		},
	}
	return encodePage(articleTmpl, &d, a.encoding, a.charsetHeader)
}

// encodePage executes t and encodes the result.
func encodePage(t *template.Template, d *pageData, enc string, charsetHeader bool) ([]byte, string, error) {
	d.Charset = enc
	var buf bytes.Buffer
	if err := t.Execute(&buf, d); err != nil {
		return nil, "", fmt.Errorf("render page: %w", err)
	}
	if enc == "windows-1256" {
		b, err := encode1256(buf.String())
		if err != nil {
			return nil, "", err
		}
		if charsetHeader {
			return b, "text/html; charset=windows-1256", nil
		}
		return b, "text/html", nil
	}
	return buf.Bytes(), "text/html; charset=utf-8", nil
}

// lead is the first words of an article's first paragraph.
func lead(a *article) string {
	words := strings.Fields(strings.ReplaceAll(a.paras[0], "\u00a0", " "))
	if len(words) <= 28 {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:28], " ") + " ..."
}

// listDate prints a Jalali date as 1397/08/15.
func listDate(ymd [3]int) string {
	return fmt.Sprintf("%04d/%02d/%02d", ymd[0], ymd[1], ymd[2])
}

// pager lists page links around the current page: the first, the last, and
// four neighbours on each side, with gaps between.
func pager(cur, last int) []pagerLink {
	var out []pagerLink
	prev := 0
	add := func(n int) {
		if n < 1 || n > last || n <= prev {
			return
		}
		if prev != 0 && n != prev+1 {
			out = append(out, pagerLink{Gap: true})
		}
		out = append(out, pagerLink{N: n, Current: n == cur})
		prev = n
	}
	add(1)
	for n := cur - 4; n <= cur+4; n++ {
		add(n)
	}
	add(last)
	return out
}

// renderList renders listing page n (1-based) of a site whose items are given.
func renderList(s *site, items []*article, page, pages int) ([]byte, string, error) {
	ld := &listData{Pages: pager(page, pages)}
	if page < pages {
		ld.Next = page + 1
	}
	for _, a := range items {
		ld.Items = append(ld.Items, listItem{
			Href:  "ShowNews.aspx?Code=" + strconv.Itoa(a.code),
			Title: a.title,
			Date:  listDate(a.ymd),
			Lead:  lead(a),
		})
	}
	d := pageData{
		PageTitle: "آرشیو اخبار - صفحه " + strconv.Itoa(page),
		SiteName:  s.Name,
		Province:  s.Province,
		Slug:      s.Slug,
		Action:    "List.aspx?page=" + strconv.Itoa(page),
		ViewState: viewState(s.Slug + strconv.Itoa(page)),
		Visits:    5000 + page,
		List:      ld,
	}
	return encodePage(listTmpl, &d, s.encoding, true)
}
