package demoportal

import "net/http"

func (p *Portal) faultRoutes(m *http.ServeMux) {}

// faultArticle is a small valid article used by fault pages.
func faultArticle(key, title string) *article {
	return &article{
		code: 1, title: title, registered: "1397/8/20", encoding: "utf-8", charsetHeader: true, layout: "p",
		ymd:   [3]int{1397, 8, 20},
		paras: []string{"به گزارش روابط عمومی فرمانداری، این صفحه برای آزمون رفتار خزنده در برابر خطاها ساخته شده است (" + key + ")."},
	}
}
