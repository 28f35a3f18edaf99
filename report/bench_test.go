package report_test

import (
	"fmt"
	"io"
	"testing"
	"time"

	"govwatch/pipeline/dataset"
	"govwatch/report"
	"govwatch/transform/jalali"
)

// benchBody is an article body of realistic length (about 1.5 KB), so that
// reading columns the report does not need would show in the timings.
var benchBody = func() string {
	s := ""
	for range 6 {
		s += "به گزارش روابط عمومی فرمانداری، جلسه کارگروه نظارت بر دفاتر پیشخوان خدمات دولت و دفاتر ICT روستایی با حضور اعضا برگزار شد و گزارش بازرسی‌ها ارائه شد.\n"
	}
	return s
}()

var benchCounties = [][2]string{{"فارس", "کوار"}, {"فارس", "شیراز"}, {"فارس", "فسا"}, {"بوشهر", "دشتستان"}, {"بوشهر", "گناوه"}, {"کرمان", "بم"}}

// writeBenchDataset writes perMonth articles in each Jalali month from first
// for months months, one in ten with a reported violation, every fifth of
// those with a conditional one too, and a person for each speaker.
func writeBenchDataset(b *testing.B, dir string, first jalali.Period, months, perMonth int) {
	b.Helper()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		b.Fatal(err)
	}
	txn, err := ds.Begin(b.Context(), "bench-run")
	if err != nil {
		b.Fatal(err)
	}
	fetched := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	p := first
	code := 0
	for range months {
		for i := range perMonth {
			code++
			d := p.Start.AddDays(i % p.Days())
			pc := benchCounties[code%len(benchCounties)]
			url := fmt.Sprintf("http://127.0.0.1/site%d/News/ShowNews.aspx?Code=%d", code%len(benchCounties), code)
			id := dataset.ArticleID(url)
			hash := fmt.Sprintf("h%d", code)
			if err := txn.AddArticle(dataset.ArticleRow{ArticleID: id, URL: url, SourceID: fmt.Sprintf("site%d", code%len(benchCounties)),
				Province: pc[0], County: pc[1], Title: "جلسه بررسی تخلفات", Body: benchBody, ParagraphCount: 6,
				RegisteredDate: d.Time(time.UTC), RegisteredJalali: d.String(), FetchedAt: fetched.Add(time.Duration(code) * time.Second),
				ContentHash: hash, ExtractorVersion: "transform/1.0.0"}); err != nil {
				b.Fatal(err)
			}
			if code%10 != 0 {
				continue
			}
			if err := txn.AddPerson(dataset.PersonRow{ArticleID: id, ContentHash: hash, PersonKey: "p1", Name: fmt.Sprintf("مقام %d", code%17),
				Role: "فرماندار", Organization: "فرمانداری " + pc[1], Start: 0, End: 20, Sentence: benchBody[:40]}); err != nil {
				b.Fatal(err)
			}
			ev := "دو دفتر پیشخوان به دلیل دریافت وجه اضافه پلمب شدند."
			if err := txn.AddViolation(dataset.ViolationRow{ArticleID: id, ContentHash: hash, OfficeType: "government_counter",
				ViolationType: "service_fee", Sanction: "sealing", Modality: "reported", Speaker: "p1", Evidence: ev, Start: 0, End: 40}); err != nil {
				b.Fatal(err)
			}
			if code%50 == 0 {
				if err := txn.AddViolation(dataset.ViolationRow{ArticleID: id, ContentHash: hash, OfficeType: "rural_ict",
					Sanction: "licence_revocation", Modality: "conditional", Evidence: ev, Start: 50, End: 90}); err != nil {
					b.Fatal(err)
				}
			}
		}
		p = p.Next()
	}
	if err := txn.AddRun(dataset.RunRow{Job: "bench", Trigger: "manual", StartedAt: fetched, FinishedAt: fetched, Status: "succeeded"}); err != nil {
		b.Fatal(err)
	}
	if err := txn.Commit(b.Context()); err != nil {
		b.Fatal(err)
	}
}

func mustBenchPeriod(b *testing.B, s string) jalali.Period {
	p, err := jalali.ParsePeriod(s)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkMonthReport renders the report of 1397-08 from a dataset of that
// month alone, from one of the five months its read window touches (the
// previous month and the trend weeks start in 1397-05), and from one of 24
// months (1396-01 to 1397-12) with about 100,000 articles. Pruning partitions
// and columns makes the last two take the same time.
func BenchmarkMonthReport(b *testing.B) {
	const perMonth = 4200 // 24 × 4200 = 100,800 articles
	month, err := jalali.ParsePeriod("1397-08")
	if err != nil {
		b.Fatal(err)
	}
	first, _ := jalali.ParsePeriod("1396-01")
	cases := []struct {
		name   string
		first  jalali.Period
		months int
	}{
		{"month_only", month, 1},
		{"read_window", mustBenchPeriod(b, "1397-05"), 5},
		{"24_months_100k", first, 24},
	}
	for _, c := range cases {
		dir := b.TempDir()
		start := time.Now()
		writeBenchDataset(b, dir, c.first, c.months, perMonth)
		b.Logf("%s: wrote %d articles in %v", c.name, c.months*perMonth, time.Since(start).Round(time.Millisecond))
		b.Run(c.name+"/build", func(b *testing.B) {
			ds, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := report.Build(b.Context(), ds, report.Options{Period: month}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/build+render", func(b *testing.B) {
			ds, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			opts := report.Options{Period: month}
			var s report.Summary
			for b.Loop() {
				s, err = report.Build(b.Context(), ds, opts)
				if err != nil {
					b.Fatal(err)
				}
				if err := report.Render(io.Discard, s, opts); err != nil {
					b.Fatal(err)
				}
			}
			if s.Current.Articles != perMonth {
				b.Fatalf("month has %d articles, want %d", s.Current.Articles, perMonth)
			}
			b.ReportMetric(float64(s.Current.Incidents), "reported")
		})
	}
}
