package dataset_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"govwatch/pipeline/dataset"
)

// body is a normalised Persian article body of the kind the pipeline stores.
const body = "به گزارش روابط عمومی فرمانداری شهرستان کوار، جلسه بررسی تخلفات دفاتر پیشخوان خدمات دولت برگزار شد.\n" +
	"معاون فرماندار گفت: در صورت تکرار تخلف، مجوز دفاتر متخلف لغو خواهد شد.\n" +
	"در بازرسی‌های هفته گذشته سه دفتر آی‌سی‌تی روستایی به دلیل دریافت وجه اضافه پلمب شدند."

// span returns the code-point offsets of sub in s.
func span(t testing.TB, s, sub string) (int32, int32) {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in body", sub)
	}
	start := utf8.RuneCountInString(s[:i])
	return int32(start), int32(start + utf8.RuneCountInString(sub))
}

func ptr[T any](v T) *T { return &v }

// fixture is a consistent set of rows for one run.
type fixture struct {
	articles   []dataset.ArticleRow
	people     []dataset.PersonRow
	violations []dataset.ViolationRow
	runs       []dataset.RunRow
}

// makeFixture builds n articles spread over the given months ("" for an article with
// no registration date), each with two people and one violation.
func makeFixture(t testing.TB, runID string, months []string, n int) fixture {
	t.Helper()
	var fx fixture
	s1 := "معاون فرماندار گفت: در صورت تکرار تخلف، مجوز دفاتر متخلف لغو خواهد شد."
	s2 := "در بازرسی‌های هفته گذشته سه دفتر آی‌سی‌تی روستایی به دلیل دریافت وجه اضافه پلمب شدند."
	a1, b1 := span(t, body, s1)
	a2, b2 := span(t, body, s2)
	fetched := time.Date(2026, 11, 20, 8, 30, 15, 123456000, time.UTC)
	for i := range n {
		m := months[i%len(months)]
		url := fmt.Sprintf("https://kavar.example.ir/kavar/News/ShowNews.aspx?Code=%d", 1000+i)
		id := dataset.ArticleID(url)
		hash := fmt.Sprintf("sha256:%064x", i)
		a := dataset.ArticleRow{
			ArticleID:        id,
			URL:              url,
			SourceID:         "kavar",
			Province:         "فارس",
			County:           "کوار",
			Title:            fmt.Sprintf("برگزاری جلسه کارگروه دفاتر پیشخوان شماره %d", i),
			Body:             body,
			ParagraphCount:   3,
			FetchedAt:        fetched.Add(time.Duration(i) * time.Second),
			ContentHash:      hash,
			RunID:            runID,
			ExtractorVersion: "x1",
			ImageURLs:        []string{"https://kavar.example.ir/kavar/NewsImages/ba920bd065d6fc00a112fff19e50d789.jpg"},
		}
		if i%3 != 0 {
			a.Layout, a.ParseKey = "iran_gov_cms", "extract/1 profile=iran_gov_cms@00000000 norm@00000000"
		}
		if m != "" {
			d, err := time.Parse("2006-01", m)
			if err != nil {
				t.Fatal(err)
			}
			a.RegisteredDate = d.AddDate(0, 0, 5)
			a.RegisteredJalali = "1397/8/15"
			a.RegisteredMonth = m
		} else {
			a.RegisteredMonth = dataset.UnknownMonth
			a.County = "" // a NULL
			a.ImageURLs = nil
		}
		if i%2 == 0 {
			a.OccurredDate = a.RegisteredDate
			a.OccurredJalali = a.RegisteredJalali
		}
		fx.articles = append(fx.articles, a)
		fx.people = append(fx.people,
			dataset.PersonRow{ArticleID: id, ContentHash: hash, PersonKey: "p1", Name: "ناهید", Role: "معاون فرماندار",
				Organization: "فرمانداری کوار", Start: a1, End: b1, Sentence: s1, Quote: "مجوز دفاتر متخلف لغو خواهد شد", RunID: runID, RegisteredMonth: a.RegisteredMonth},
			dataset.PersonRow{ArticleID: id, ContentHash: hash, PersonKey: "p2", Name: "علی رضایی",
				Start: a2, End: b2, Sentence: s2, RunID: runID, RegisteredMonth: a.RegisteredMonth},
		)
		v := dataset.ViolationRow{ArticleID: id, ContentHash: hash, ViolationID: dataset.ViolationID(id, a2, b2),
			OfficeType: "rural_ict", OfficeLabel: "دفتر آی‌سی‌تی روستایی", ViolationType: "service_fee", Sanction: "sealing",
			Count: ptr(int32(3)), Modality: "reported", Place: "کوار", Speaker: "p1",
			Evidence: s2, Start: a2, End: b2, RunID: runID, RegisteredMonth: a.RegisteredMonth}
		if i%3 == 0 {
			v.Count, v.Sanction, v.Place, v.Speaker = nil, "", "", ""
		}
		fx.violations = append(fx.violations, v)
	}
	fx.runs = []dataset.RunRow{{
		RunID: runID, Job: "kavar-daily", Trigger: "manual",
		StartedAt:  time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC),
		FinishedAt: time.Date(2026, 11, 20, 8, 45, 0, 0, time.UTC),
		Status:     "partial", PagesFetched: int64(n), PagesNotModified: 2, PagesFailed: 3,
		FailuresByCause: []dataset.CauseCount{{Cause: "http_5xx", Count: 2}, {Cause: "parse", Count: 1}},
		ArticlesNew:     int64(n), RowsArticles: int64(n), RowsPeople: int64(2 * n), RowsViolations: int64(n),
		ExtractorVersion: "x1", StartedMonth: "2026-11",
	}}
	return fx
}

// write writes fx in one transaction and commits it.
func write(t testing.TB, ds *dataset.Dataset, runID string, fx fixture) {
	t.Helper()
	txn, err := ds.Begin(t.Context(), runID)
	if err != nil {
		t.Fatal(err)
	}
	add(t, txn, fx)
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
}

func add(t testing.TB, txn *dataset.Txn, fx fixture) {
	t.Helper()
	for _, r := range fx.articles {
		if err := txn.AddArticle(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range fx.people {
		if err := txn.AddPerson(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range fx.violations {
		if err := txn.AddViolation(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range fx.runs {
		if err := txn.AddRun(r); err != nil {
			t.Fatal(err)
		}
	}
}

// readAll reads every table with the zero Filter.
func readAll(t testing.TB, ds *dataset.Dataset) fixture {
	t.Helper()
	var fx fixture
	ctx := t.Context()
	if err := ds.ScanArticles(ctx, dataset.Filter{}, func(r dataset.ArticleRow) error { fx.articles = append(fx.articles, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := ds.ScanPeople(ctx, dataset.Filter{}, func(r dataset.PersonRow) error { fx.people = append(fx.people, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := ds.ScanViolations(ctx, dataset.Filter{}, func(r dataset.ViolationRow) error { fx.violations = append(fx.violations, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := ds.ScanRuns(ctx, dataset.Filter{}, func(r dataset.RunRow) error { fx.runs = append(fx.runs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return fx
}

func parseDate(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
