package report_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"govwatch/pipeline/dataset"
	"govwatch/transform/jalali"
)

// fxViolation is one violation mention of a fixture article.
type fxViolation struct {
	office, vtype, sanction, modality string
	count                             int32
	speaker                           string // person key
	evidence                          string
}

// fxPerson is one person of a fixture article.
type fxPerson struct {
	key, name, role, org string
}

// fxArticle is one article version of the fixture.
type fxArticle struct {
	code             int
	province, county string
	source           string
	date             string // Jalali registration date, "" for none
	hash             string
	fetched          time.Time
	people           []fxPerson
	violations       []fxViolation
}

var (
	t1 = time.Date(2018, 11, 25, 6, 0, 0, 0, time.UTC)
	t2 = time.Date(2018, 11, 30, 6, 0, 0, 0, time.UTC)
)

var (
	pRezaei  = fxPerson{"p1", "محمد رضایی", "فرماندار", "فرمانداری کوار"}
	pAhmadi  = fxPerson{"p1", "علی احمدی", "رئیس اداره صنعت، معدن و تجارت", "اداره صنعت، معدن و تجارت شیراز"}
	pKarimi  = fxPerson{"p1", "حسن کریمی", "فرماندار", "فرمانداری دشتستان"}
	pRezaei2 = fxPerson{"p2", "محمد رضایی", "فرماندار", "فرمانداری کوار"}
)

// run1 is the first crawl; run2 fetched a changed version of article 1 and a
// corrected date of article 9.
var run1 = []fxArticle{
	{code: 1, province: "فارس", county: "کوار", source: "kavar", date: "1397/08/15", hash: "h1a", fetched: t1,
		people: []fxPerson{pRezaei},
		violations: []fxViolation{
			{"government_counter", "service_fee", "sealing", "reported", 0, "p1", "دو دفتر پیشخوان به دلیل دریافت وجه اضافه پلمب شدند."},
			{"rural_ict", "", "", "reported", 0, "", "یک دفتر آی سی تی روستایی تخلف داشت."},
		}},
	{code: 2, province: "فارس", county: "شیراز", source: "shiraz", date: "1397/08/03", hash: "h2", fetched: t1,
		people: []fxPerson{pAhmadi},
		violations: []fxViolation{
			{"bakery", "subsidised_flour", "sealing", "reported", 3, "p1", "سه نانوایی به دلیل تخلف در آرد یارانه‌ای پلمب شدند."},
			{"bakery", "overcharging", "fine", "reported", 0, "p1", "یک نانوایی به دلیل گرانفروشی جریمه شد."},
			{"pharmacy", "", "", "denied", 0, "", "در بازرسی از داروخانه‌ها تخلفی مشاهده نشد."},
		}},
	{code: 3, province: "بوشهر", county: "دشتستان", source: "dashtestan", date: "1397/08/28", hash: "h3", fetched: t1,
		people: []fxPerson{pKarimi},
		violations: []fxViolation{
			{"fuel_station", "fuel_misuse", "referral", "reported", 0, "حسن کریمی", "متصدی جایگاه سوخت به دلیل قاچاق سوخت به تعزیرات معرفی شد."},
			{"guild_shop", "price_list", "notice", "conditional", 0, "p1", "اگر واحدهای صنفی نرخ‌نامه نصب نکنند اخطار می‌گیرند."},
		}},
	{code: 4, province: "فارس", county: "کوار", source: "kavar", date: "1397/08/20", hash: "h4", fetched: t1},
	{code: 5, province: "فارس", county: "شیراز", source: "shiraz", date: "1397/07/10", hash: "h5", fetched: t1,
		violations: []fxViolation{
			{"bakery", "overcharging", "fine", "reported", 0, "", "یک نانوایی به دلیل گرانفروشی جریمه شد."},
			{"guild_shop", "hoarding", "sealing", "reported", 0, "", "یک فروشگاه به دلیل احتکار پلمب شد."},
		}},
	{code: 6, province: "بوشهر", county: "دشتستان", source: "dashtestan", date: "1397/07/25", hash: "h6", fetched: t1,
		violations: []fxViolation{
			{"health_unit", "", "", "denied", 0, "", "در بازدید از مراکز بهداشت تخلفی دیده نشد."},
		}},
	{code: 7, province: "فارس", county: "کوار", source: "kavar", date: "1397/09/05", hash: "h7", fetched: t1,
		violations: []fxViolation{
			{"government_counter", "service_fee", "notice", "reported", 0, "", "به یک دفتر پیشخوان اخطار داده شد."},
		}},
	{code: 8, province: "فارس", county: "کوار", source: "kavar", date: "", hash: "h8", fetched: t1,
		violations: []fxViolation{
			{"bakery", "", "sealing", "reported", 0, "", "نانوایی پلمب شد."},
		}},
	{code: 9, province: "فارس", county: "شیراز", source: "shiraz", date: "1397/08/10", hash: "h9a", fetched: t1,
		violations: []fxViolation{
			{"bakery", "", "sealing", "reported", 0, "", "یک نانوایی پلمب شد."},
		}},
}

var run2 = []fxArticle{
	{code: 1, province: "فارس", county: "كوار", source: "kavar", date: "1397/08/15", hash: "h1b", fetched: t2,
		people: []fxPerson{pRezaei, pRezaei2},
		violations: []fxViolation{
			{"government_counter", "service_fee", "licence_revocation", "reported", 2, "p1", "مجوز دو دفتر پیشخوان خدمات دولت به دلیل دریافت وجه اضافه لغو شد."},
			{"rural_ict", "", "licence_revocation", "conditional", 0, "p1", "اگر دفاتر ICT روستایی تخلف کنند مجوزشان لغو خواهد شد."},
		}},
	{code: 9, province: "فارس", county: "شیراز", source: "shiraz", date: "1397/09/02", hash: "h9b", fetched: t2,
		violations: []fxViolation{
			{"guild_shop", "overcharging", "fine", "reported", 0, "", "یک واحد صنفی به دلیل گرانفروشی جریمه شد."},
		}},
}

func articleURL(source string, code int) string {
	return fmt.Sprintf("http://127.0.0.1:8080/%s/News/ShowNews.aspx?Code=%d", source, code)
}

// writeRun commits one run of fixture articles.
func writeRun(t testing.TB, ds *dataset.Dataset, runID string, started time.Time, arts []fxArticle, fetched, failed int64, causes []dataset.CauseCount) {
	t.Helper()
	txn, err := ds.Begin(t.Context(), runID)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		url := articleURL(a.source, a.code)
		id := dataset.ArticleID(url)
		var sentences []string
		for _, v := range a.violations {
			sentences = append(sentences, v.evidence)
		}
		body := "به گزارش روابط عمومی فرمانداری شهرستان " + a.county + "، جلسه بررسی تخلفات برگزار شد.\n" + strings.Join(sentences, "\n")
		row := dataset.ArticleRow{
			ArticleID: id, URL: url, SourceID: a.source, Province: a.province, County: a.county,
			Title: "جلسه بررسی تخلفات در " + a.county, Body: body, ParagraphCount: int32(1 + len(sentences)),
			FetchedAt: a.fetched, ContentHash: a.hash, ExtractorVersion: "transform/1.0.0",
		}
		if a.date != "" {
			d, err := jalali.Parse(a.date)
			if err != nil {
				t.Fatal(err)
			}
			row.RegisteredDate = d.Time(time.UTC)
			row.RegisteredJalali = a.date
		}
		if err := txn.AddArticle(row); err != nil {
			t.Fatal(err)
		}
		for _, p := range a.people {
			if err := txn.AddPerson(dataset.PersonRow{ArticleID: id, ContentHash: a.hash, PersonKey: p.key, Name: p.name,
				Role: p.role, Organization: p.org, Start: 0, End: 10, Sentence: "به گزارش"}); err != nil {
				t.Fatal(err)
			}
		}
		for _, v := range a.violations {
			i := strings.Index(body, v.evidence)
			start := int32(utf8.RuneCountInString(body[:i]))
			end := start + int32(utf8.RuneCountInString(v.evidence))
			row := dataset.ViolationRow{ArticleID: id, ContentHash: a.hash, OfficeType: v.office, OfficeLabel: v.office,
				ViolationType: v.vtype, Sanction: v.sanction, Modality: v.modality, Speaker: v.speaker,
				Evidence: v.evidence, Start: start, End: end}
			if v.count > 0 {
				c := v.count
				row.Count = &c
			}
			if err := txn.AddViolation(row); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := txn.AddRun(dataset.RunRow{Job: "crawl-all", Trigger: "manual", StartedAt: started, FinishedAt: started.Add(10 * time.Minute),
		Status: "succeeded", PagesFetched: fetched, PagesFailed: failed, FailuresByCause: causes,
		ArticlesNew: int64(len(arts)), ExtractorVersion: "transform/1.0.0"}); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// openFixture writes the fixture dataset into a temporary directory.
func openFixture(t testing.TB) *dataset.Dataset {
	t.Helper()
	ds, err := dataset.Open(t.TempDir(), dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	writeRun(t, ds, "run-20181125-a", t1.Add(-time.Hour), run1, 20, 2, []dataset.CauseCount{{Cause: "http_5xx", Count: 2}})
	writeRun(t, ds, "run-20181130-b", t2.Add(-time.Hour), run2, 15, 1, []dataset.CauseCount{{Cause: "parse", Count: 1}})
	return ds
}

func mustPeriod(t testing.TB, s string) jalali.Period {
	t.Helper()
	p, err := jalali.ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
