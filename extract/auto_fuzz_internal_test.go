package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzAutoLayout feeds the automatic layout's readers arbitrary pages: they
// return an article, a listing or an error, and never panic.
func FuzzAutoLayout(f *testing.F) {
	for _, glob := range []string{"testdata/pages/*.html", "testdata/presets/*.html", "testdata/autosites/*/*.html"} {
		names, _ := filepath.Glob(glob)
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b, "ignored title")
		}
	}
	f.Add([]byte("<a href=/x/1>a b c</a><a href=/x/2>d e f</a> 1402/01/01"), "a b c")
	f.Fuzz(func(t *testing.T, page []byte, hint string) {
		a, err := learnArticle("s", "http://h.example/x/1", linkHint{title: hint, date: "1402/01/01"}, page, "")
		if err == nil && (a.art.Title == "" || len(a.art.Paragraphs) == 0 || a.art.RegisteredPrinted == "") {
			t.Errorf("article without a part: %+v", a.art)
		}
		if l, err := learnListing("http://h.example/list", page, ""); err == nil && len(l.links) == 0 {
			t.Errorf("listing without links: %+v", l)
		}
		_, _ = ParseArticle(Profile{Name: AutoProfile}, "s", "http://h.example/x/1", page, "text/html; charset=windows-1256")
	})
}
