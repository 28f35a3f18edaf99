package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/encoding/charmap"

	"govwatch/extract"
)

// seedParagraphs returns the paragraphs of the real seed article.
func seedParagraphs(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "seed", "kavar-pishkhan-1397-08-15.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for l := range strings.SplitSeq(string(b), "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" || strings.HasPrefix(l, "شرح خبر") || strings.HasPrefix(l, "'../") || strings.HasPrefix(l, "تاریخ") {
			continue
		}
		out = append(out, l)
	}
	return out
}

const seedTitle = "نشست کارگروه دفاتر پیشخوان و دفاتر آی سی تی روستایی شهرستان کوار برگزار شد"

func readPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func loadProfile(t testing.TB, name string) extract.Profile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "profiles", name))
	if err != nil {
		t.Fatal(err)
	}
	var p extract.Profile
	if err := yaml.UnmarshalWithOptions(b, &p, yaml.Strict()); err != nil {
		t.Fatalf("decode profile: %v", err)
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("validate profile: %v", err)
	}
	return p
}

func arabicYeh(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ReplaceAll(s, "ی", "ي")
	}
	return out
}

func TestParseArticle(t *testing.T) {
	cms := extract.BuiltinProfiles()["iran_gov_cms"]
	dl := cms
	dl.Article.DateScope = "dl.dates"
	const base = "http://portal.test/kavar/News/ShowNews.aspx?Code=101"
	seedImg := []string{"http://portal.test/kavar/NewsImages/ba920bd065d6fc00a112fff19e50d789.jpg"}
	ignore := cmpopts.IgnoreFields(extract.Article{}, "ContentHash")
	tests := []struct {
		name        string
		profile     extract.Profile
		page        string
		url         string
		contentType string
		want        extract.Article
	}{
		{
			name: "seed utf-8", profile: cms, page: "seed_kavar.html", url: base, contentType: "text/html",
			want: extract.Article{
				URL: base, SourceID: "kavar", Title: seedTitle, Paragraphs: seedParagraphs(t),
				ImageURLs: seedImg, RegisteredPrinted: "1397/8/15", Charset: "utf-8",
			},
		},
		{
			name: "windows-1256 declared in meta", profile: cms, page: "seed_kavar_1256_meta.html", url: base, contentType: "text/html",
			want: extract.Article{
				URL: base, SourceID: "kavar", Title: arabicYeh([]string{seedTitle})[0], Paragraphs: arabicYeh(seedParagraphs(t)),
				ImageURLs: seedImg, RegisteredPrinted: "1397/8/15", Charset: "windows-1256",
			},
		},
		{
			name: "windows-1256 declared in header only", profile: cms, page: "seed_kavar_1256_nometa.html", url: base,
			contentType: "text/html; charset=windows-1256",
			want: extract.Article{
				URL: base, SourceID: "kavar", Title: arabicYeh([]string{seedTitle})[0], Paragraphs: arabicYeh(seedParagraphs(t)),
				ImageURLs: seedImg, RegisteredPrinted: "1397/8/15", Charset: "windows-1256",
			},
		},
		{
			name: "windows-1256 undeclared is sniffed", profile: cms, page: "seed_kavar_1256_nometa.html", url: base, contentType: "",
			want: extract.Article{
				URL: base, SourceID: "kavar", Title: arabicYeh([]string{seedTitle})[0], Paragraphs: arabicYeh(seedParagraphs(t)),
				ImageURLs: seedImg, RegisteredPrinted: "1397/8/15", Charset: "windows-1256",
			},
		},
		{
			name: "windows-1256 mislabelled utf-8 in the header", profile: cms, page: "seed_kavar_1256_nometa.html", url: base,
			contentType: "text/html; charset=utf-8",
			want: extract.Article{
				URL: base, SourceID: "kavar", Title: arabicYeh([]string{seedTitle})[0], Paragraphs: arabicYeh(seedParagraphs(t)),
				ImageURLs: seedImg, RegisteredPrinted: "1397/8/15", Charset: "windows-1256",
			},
		},
		{
			name: "utf-8 with a stray byte stays utf-8", profile: cms, page: "seed_kavar_stray_byte.html", url: base,
			contentType: "text/html; charset=utf-8",
			want: extract.Article{
				URL: base, SourceID: "kavar", Title: seedTitle, Paragraphs: append(append([]string(nil), seedParagraphs(t)...), "\uFFFD"),
				ImageURLs: seedImg, RegisteredPrinted: "1397/8/15", Charset: "utf-8",
			},
		},
		{
			name: "dates in a dt/dd layout", profile: dl, page: "dl_dates.html", url: base, contentType: "text/html; charset=utf-8",
			want: extract.Article{
				URL: base, SourceID: "kavar", Title: "عنوان", Paragraphs: []string{"متن خبر."},
				RegisteredPrinted: "۱۳۹۷/۰۸/۱۵", OccurredPrinted: "", Charset: "utf-8",
			},
		},
		{
			name: "br separated body with nbsp and body images", profile: cms, page: "br_body.html",
			url: "HTTP://Portal.Test:80/kavar/News/ShowNews.aspx?Code=7&siteid=2&siteid=2#top", contentType: "text/html; charset=utf-8",
			want: extract.Article{
				URL: "http://portal.test/kavar/News/ShowNews.aspx?Code=7&siteid=2", SourceID: "kavar",
				Title: "بازدید از نانوایی‌های شهرستان",
				Paragraphs: []string{
					"به گزارش روابط عمومی فرمانداری شهرستان کوار، بازرسان اداره صنعت، معدن و تجارت از ۱۲ نانوایی سطح شهر بازدید کردند.",
					"در این بازدیدها دو واحد به دلیل کم‌فروشی به تعزیرات معرفی شدند.",
					"فرماندار گفت: نظارت ادامه دارد.",
				},
				ImageURLs: []string{
					"http://portal.test/kavar/NewsImages/11112222333344445555666677778888.jpg",
					"http://portal.test/kavar/NewsImages/0a1b2c3d4e5f60718293a4b5c6d7e8f9.jpg",
					"http://portal.test/kavar/NewsImages/ffeeddccbbaa99887766554433221100.jpg",
				},
				RegisteredPrinted: "1397/9/2", OccurredPrinted: "1397/9/1", Charset: "utf-8",
			},
		},
		{
			name: "malformed html still yields its parts", profile: cms, page: "malformed.html", url: base, contentType: "text/html; charset=utf-8",
			want: extract.Article{
				URL: base, SourceID: "kavar", Title: "عنوان ناقص",
				Paragraphs:        []string{"متن بدون بستن", "پاراگراف دوم <<<>>>"},
				RegisteredPrinted: "1397/02/03", OccurredPrinted: "1397/02/01", Charset: "utf-8",
			},
		},
		{
			name: "profile from yaml on a wordpress layout", profile: loadProfile(t, "wordpress_fa.yaml"), page: "wp_post_11.html",
			url: "http://blog.test/wp/?p=11", contentType: "text/html; charset=UTF-8",
			want: extract.Article{
				URL: "http://blog.test/wp/?p=11", SourceID: "kavar", Title: "پلمب سه واحد صنفی متخلف در شهر بروجن",
				Paragraphs: []string{
					"به گزارش خبرنگار ما، در پی گشت مشترک تعزیرات حکومتی و اتاق اصناف، سه واحد صنفی به دلیل گرانفروشی پلمب شدند.",
					"رئیس اداره صمت شهرستان گفت: با متخلفان برخورد قانونی خواهد شد.",
				},
				ImageURLs: []string{
					"https://cdn.borujen-news.example/wp-content/uploads/2018/11/post-11.jpg",
					"http://blog.test/wp/wp-content/uploads/2018/11/inline-11.jpg",
				},
				RegisteredPrinted: "۱۵ آبان ۱۳۹۷", Charset: "utf-8",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := extract.ParseArticle(tt.profile, "kavar", tt.url, readPage(t, tt.page), tt.contentType)
			if err != nil {
				t.Fatalf("ParseArticle: %v", err)
			}
			tt.want.Layout = tt.profile.Name
			if diff := cmp.Diff(tt.want, got, ignore); diff != "" {
				t.Errorf("article mismatch (-want +got):\n%s", diff)
			}
			if len(got.ContentHash) != 64 {
				t.Errorf("ContentHash = %q, want 64 hex digits", got.ContentHash)
			}
		})
	}
}

// TestParseArticleCharsetTwins parses a windows-1256 page and its UTF-8
// twin (the same page decoded) under every way of labelling them, the fast
// path for valid UTF-8 labelled utf-8 included, and wants one Article.
func TestParseArticleCharsetTwins(t *testing.T) {
	cms := extract.BuiltinProfiles()["iran_gov_cms"]
	const pageURL = "http://portal.test/kavar/News/ShowNews.aspx?Code=101"
	cp1256 := readPage(t, "seed_kavar_1256_nometa.html")
	utf, err := charmap.Windows1256.NewDecoder().Bytes(cp1256)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(utf) || utf8.Valid(cp1256) {
		t.Fatal("fixture: want a valid UTF-8 twin of a page that is not UTF-8")
	}
	want, err := extract.ParseArticle(cms, "kavar", pageURL, utf, "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if want.Title == "" || len(want.Paragraphs) < 3 || want.RegisteredPrinted != "1397/8/15" || want.Charset != "utf-8" {
		t.Fatalf("utf-8 twin parsed to %+v", want)
	}
	tests := []struct {
		name, contentType, charset string
		body                       []byte
	}{
		{"utf-8 unlabelled", "", "utf-8", utf},
		{"utf-8 labelled without space", "text/html;charset=UTF-8", "utf-8", utf},
		{"utf-8 labelled with quotes", `text/html; charset="utf-8"`, "utf-8", utf},
		{"utf-8 with a BOM", "text/html; charset=utf-8", "utf-8", append([]byte("\xef\xbb\xbf"), utf...)},
		{"windows-1256 labelled", "text/html; charset=windows-1256", "windows-1256", cp1256},
		{"windows-1256 mislabelled utf-8", "text/html; charset=utf-8", "windows-1256", cp1256},
		{"windows-1256 mislabelled utf-8 without space", "text/html;charset=utf-8", "windows-1256", cp1256},
		{"windows-1256 unlabelled", "", "windows-1256", cp1256},
		// A page re-encoded to UTF-8 that still declares windows-1256.
		{"utf-8 mislabelled windows-1256", "text/html; charset=windows-1256", "utf-8", utf},
		{"utf-8 with a windows-1256 meta", "", "utf-8", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`), utf...)},
		// A wrong legacy declaration fails the parse; the sniffed charset saves it.
		{"windows-1256 labelled iso-8859-1", "text/html; charset=iso-8859-1", "windows-1256", cp1256},
		{"windows-1256 with an iso-8859-6 meta", "", "windows-1256", append([]byte(`<meta charset="iso-8859-6">`), cp1256...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := extract.ParseArticle(cms, "kavar", pageURL, tt.body, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if got.Charset != tt.charset {
				t.Errorf("charset %q, want %q", got.Charset, tt.charset)
			}
			if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(extract.Article{}, "Charset")); diff != "" {
				t.Errorf("article differs from the utf-8 twin's (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseArticleContentHash(t *testing.T) {
	cms := extract.BuiltinProfiles()["iran_gov_cms"]
	page := readPage(t, "seed_kavar.html")
	a, err := extract.ParseArticle(cms, "kavar", "http://portal.test/a", page, "")
	if err != nil {
		t.Fatal(err)
	}
	b, err := extract.ParseArticle(cms, "other", "http://portal.test/b", page, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.ContentHash != b.ContentHash {
		t.Errorf("same content, different hashes: %s %s", a.ContentHash, b.ContentHash)
	}
	changed := strings.Replace(string(page), "1397/8/15", "1397/8/16", 1)
	c, err := extract.ParseArticle(cms, "kavar", "http://portal.test/a", []byte(changed), "")
	if err != nil {
		t.Fatal(err)
	}
	if c.ContentHash == a.ContentHash {
		t.Error("changed date kept the hash")
	}
}

func TestParseArticleFailures(t *testing.T) {
	cms := extract.BuiltinProfiles()["iran_gov_cms"]
	noOccurred := cms
	noOccurred.Article.OccurredLabel = "تاریخ انتشار"
	tests := []struct {
		name     string
		profile  extract.Profile
		url      string
		body     []byte
		wantPart string
		wantErr  error
	}{
		{"no footer", cms, "http://p.test/1", readPage(t, "no_footer.html"), extract.PartDateScope, extract.ErrNoMatch},
		{"empty title", cms, "http://p.test/2", readPage(t, "no_title.html"), extract.PartTitle, extract.ErrEmpty},
		{"listing page is not an article", cms, "http://p.test/3", readPage(t, "list_1.html"), extract.PartTitle, extract.ErrNoMatch},
		{"empty body", cms, "http://p.test/4", []byte(`<table class="NewsView"><tr><td><span class="NewsTitle">t</span></td></tr><tr><td class="NewsBody"> &nbsp; <p></p></td></tr></table>`), extract.PartParagraphs, extract.ErrEmpty},
		{"label missing", noOccurred, "http://p.test/5", readPage(t, "seed_kavar.html"), extract.PartOccurred, extract.ErrNoLabel},
		{"malformed and truncated", cms, "http://p.test/7", readPage(t, "malformed_truncated.html"), extract.PartDateScope, extract.ErrNoMatch},
		{"binary garbage", cms, "http://p.test/6", []byte{0x1f, 0x8b, 0, 0xff, 0xfe, 0}, extract.PartTitle, extract.ErrNoMatch},
		{"relative url", cms, "/kavar/News/ShowNews.aspx", readPage(t, "seed_kavar.html"), extract.PartURL, extract.ErrBadURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract.ParseArticle(tt.profile, "kavar", tt.url, tt.body, "")
			var pe *extract.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *ParseError", err)
			}
			if pe.Part != tt.wantPart || pe.URL != tt.url {
				t.Errorf("ParseError{URL: %q, Part: %q}, want {%q, %q}", pe.URL, pe.Part, tt.url, tt.wantPart)
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want it to wrap %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.url) || !strings.Contains(err.Error(), tt.wantPart) {
				t.Errorf("message %q does not name the url and part", err)
			}
		})
	}
}

func FuzzParseArticle(f *testing.F) {
	for _, name := range []string{"seed_kavar.html", "seed_kavar_1256_meta.html", "br_body.html", "malformed.html", "malformed_truncated.html", "no_footer.html", "wp_post_12.html"} {
		f.Add(readPage(f, name), "text/html")
	}
	f.Add([]byte("\xef\xbb\xbf<span class=NewsTitle>x"), "text/html; charset=utf-16")
	f.Add([]byte(`<meta charset="utf-16"><p>`), "")
	cms := extract.BuiltinProfiles()["iran_gov_cms"]
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		a, err := extract.ParseArticle(cms, "s", "http://portal.test/kavar/News/ShowNews.aspx?Code=1", body, contentType)
		if err != nil {
			var pe *extract.ParseError
			if !errors.As(err, &pe) || pe.Part == "" {
				t.Fatalf("error %v is not a *ParseError with a part", err)
			}
			return
		}
		if a.Title == "" || len(a.Paragraphs) == 0 {
			t.Fatalf("article without title or paragraphs and no error: %+v", a)
		}
		for _, s := range append([]string{a.Title, a.RegisteredPrinted, a.OccurredPrinted}, a.Paragraphs...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
			if s != strings.TrimSpace(s) {
				t.Fatalf("untrimmed text %q", s)
			}
		}
		for _, p := range a.Paragraphs {
			if p == "" {
				t.Fatal("empty paragraph")
			}
		}
		for _, u := range a.ImageURLs {
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Fatalf("image url %q is not absolute", u)
			}
		}
	})
}

func BenchmarkParseArticle(b *testing.B) {
	cms := extract.BuiltinProfiles()["iran_gov_cms"]
	for _, name := range []string{"seed_kavar.html", "seed_kavar_1256_meta.html"} {
		page := readPage(b, name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := extract.ParseArticle(cms, "kavar", "http://portal.test/kavar/News/ShowNews.aspx?Code=1", page, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
