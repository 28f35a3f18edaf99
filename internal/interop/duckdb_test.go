//go:build cgo

package interop_test

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	_ "github.com/duckdb/duckdb-go/v2"

	"govwatch/pipeline/dataset"
)

const body = "به گزارش روابط عمومی فرمانداری شهرستان کوار، جلسه بررسی تخلفات دفاتر پیشخوان خدمات دولت برگزار شد.\n" +
	"معاون فرماندار گفت: در صورت تکرار تخلف، مجوز دفاتر متخلف لغو خواهد شد.\n" +
	"در بازرسی‌های هفته گذشته سه دفتر آی‌سی‌تی روستایی به دلیل دریافت وجه اضافه پلمب شدند."

// span returns the code-point offsets of sub in body.
func span(t *testing.T, sub string) (int32, int32) {
	t.Helper()
	i := strings.Index(body, sub)
	if i < 0 {
		t.Fatalf("%q not in body", sub)
	}
	s := utf8.RuneCountInString(body[:i])
	return int32(s), int32(s + utf8.RuneCountInString(sub))
}

var months = []string{"2018-10", "2018-11", "2018-12", ""}

// writeRun writes n articles, each with two people and one violation, spread over
// months, in one committed run.
func writeRun(t *testing.T, ds *dataset.Dataset, runID string, n int) {
	t.Helper()
	s1 := "معاون فرماندار گفت: در صورت تکرار تخلف، مجوز دفاتر متخلف لغو خواهد شد."
	s2 := "در بازرسی‌های هفته گذشته سه دفتر آی‌سی‌تی روستایی به دلیل دریافت وجه اضافه پلمب شدند."
	a1, b1 := span(t, s1)
	a2, b2 := span(t, s2)
	txn, err := ds.Begin(t.Context(), runID)
	if err != nil {
		t.Fatal(err)
	}
	defer txn.Abort()
	for i := range n {
		url := fmt.Sprintf("https://kavar.example.ir/kavar/News/ShowNews.aspx?Code=%d", i)
		id := dataset.ArticleID(url)
		hash := fmt.Sprintf("h%d", i)
		a := dataset.ArticleRow{ArticleID: id, URL: url, SourceID: "kavar", Province: "فارس", County: "کوار",
			Title: "جلسه دفاتر پیشخوان", Body: body, ParagraphCount: 3, ContentHash: hash,
			FetchedAt: time.Date(2026, 11, 20, 8, 0, i, 0, time.UTC), ExtractorVersion: "x1",
			ImageURLs: []string{"https://kavar.example.ir/kavar/NewsImages/a.jpg"}}
		if m := months[i%len(months)]; m != "" {
			d, _ := time.Parse("2006-01", m)
			a.RegisteredDate, a.RegisteredJalali = d.AddDate(0, 0, 3), "1397/8/15"
		}
		if err := txn.AddArticle(a); err != nil {
			t.Fatal(err)
		}
		for _, p := range []dataset.PersonRow{
			{ArticleID: id, ContentHash: hash, PersonKey: "p1", Name: "ناهید", Role: "معاون فرماندار", Start: a1, End: b1, Sentence: s1},
			{ArticleID: id, ContentHash: hash, PersonKey: "p2", Name: "علی رضایی", Start: a2, End: b2, Sentence: s2},
		} {
			if err := txn.AddPerson(p); err != nil {
				t.Fatal(err)
			}
		}
		count := int32(3)
		v := dataset.ViolationRow{ArticleID: id, ContentHash: hash, OfficeType: "rural_ict", OfficeLabel: "دفتر آی‌سی‌تی روستایی",
			ViolationType: "service_fee", Sanction: "sealing", Count: &count, Modality: "reported", Evidence: s2, Start: a2, End: b2}
		if err := txn.AddViolation(v); err != nil {
			t.Fatal(err)
		}
	}
	st := txn.Stats()
	err = txn.AddRun(dataset.RunRow{Job: "kavar", Trigger: "manual", Status: "succeeded",
		StartedAt: time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC), FinishedAt: time.Date(2026, 11, 20, 8, 5, 0, 0, time.UTC),
		FailuresByCause: []dataset.CauseCount{{Cause: "timeout", Count: 1}},
		RowsArticles:    st.Articles, RowsPeople: st.People, RowsViolations: st.Violations})
	if err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
}

func TestDuckDB(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{BatchRows: 16})
	if err != nil {
		t.Fatal(err)
	}
	const n = 48
	writeRun(t, ds, "run-1", n)
	writeRun(t, ds, "run-2", n) // the same articles again: all skipped

	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tbl := func(name string) string {
		return fmt.Sprintf("read_parquet('%s', hive_partitioning=true)", filepath.ToSlash(filepath.Join(dir, name, "*", "*.parquet")))
	}
	for _, name := range []string{"articles", "people", "violations", "runs"} {
		if _, err := db.ExecContext(t.Context(), fmt.Sprintf("CREATE VIEW %s AS SELECT * FROM %s", name, tbl(name))); err != nil {
			t.Fatalf("create view %s: %v", name, err)
		}
	}

	tests := []struct {
		name  string
		query string
		want  string
	}{
		{"article rows", "SELECT count(*) FROM articles", fmt.Sprint(n)},
		{"people rows", "SELECT count(*) FROM people", fmt.Sprint(2 * n)},
		{"violation rows", "SELECT count(*) FROM violations", fmt.Sprint(n)},
		{"run rows", "SELECT count(*) FROM runs", "2"},
		{"partition column", "SELECT string_agg(DISTINCT registered_month::VARCHAR, ',' ORDER BY registered_month::VARCHAR) FROM articles",
			"2018-10,2018-11,2018-12,unknown"},
		{"one month", "SELECT count(*) FROM articles WHERE registered_month = '2018-11'", fmt.Sprint(n / 4)},
		{"partition type without unknown", "SELECT typeof(registered_month) FROM read_parquet('" + filepath.ToSlash(filepath.Join(dir, "articles", "registered_month=2018-*", "*.parquet")) +
			"', hive_partitioning=true) LIMIT 1", "VARCHAR"},
		{"registered date type", "SELECT typeof(registered_date) FROM articles LIMIT 1", "DATE"},
		{"fetched_at type", "SELECT typeof(fetched_at) FROM articles LIMIT 1", "TIMESTAMP WITH TIME ZONE"},
		{"unknown month has no date", "SELECT count(*) FROM articles WHERE registered_month = 'unknown' AND registered_date IS NULL", fmt.Sprint(n / 4)},
		{"date matches partition", "SELECT count(*) FROM articles WHERE registered_month <> 'unknown' AND strftime(registered_date, '%Y-%m') <> registered_month", "0"},
		{"no duplicate versions", "SELECT count(*) FROM (SELECT article_id, content_hash FROM articles GROUP BY ALL HAVING count(*) > 1)", "0"},
		{"people join articles", `SELECT count(*) FROM people p JOIN articles a USING (article_id, content_hash)
			WHERE p.registered_month = a.registered_month AND a.county = 'کوار'`, fmt.Sprint(2 * n)},
		{"people offsets give the sentence", `SELECT count(*) FROM people p JOIN articles a USING (article_id, content_hash)
			WHERE substring(a.body, p.start + 1, p."end" - p.start) = p.sentence`, fmt.Sprint(2 * n)},
		{"violation offsets give the evidence", `SELECT count(*) FROM violations v JOIN articles a USING (article_id, content_hash)
			WHERE substring(a.body, v.start + 1, v."end" - v.start) = v.evidence`, fmt.Sprint(n)},
		{"null role", "SELECT count(*) FROM people WHERE role IS NULL", fmt.Sprint(n)},
		{"image list", "SELECT sum(len(image_urls))::VARCHAR FROM articles", fmt.Sprint(n)},
		{"failures by cause", "SELECT sum(f.count)::VARCHAR FROM (SELECT unnest(failures_by_cause) AS f FROM runs)", "2"},
		{"rows written by run-1", "SELECT rows_articles || '/' || rows_people || '/' || rows_violations FROM runs WHERE run_id = 'run-1'",
			fmt.Sprintf("%d/%d/%d", n, 2*n, n)},
		{"field description in metadata", `SELECT count(*) FROM parquet_kv_metadata('` + filepath.ToSlash(filepath.Join(dir, "violations", "*", "*.parquet")) +
			`') WHERE decode(key) = 'govwatch.field.start' AND contains(decode(value), 'code points')`, "4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got sql.NullString
			if err := db.QueryRowContext(t.Context(), tc.query).Scan(&got); err != nil {
				t.Fatalf("%s: %v", tc.query, err)
			}
			if got.String != tc.want {
				t.Errorf("%s = %q, want %q", tc.query, got.String, tc.want)
			}
		})
	}
}
