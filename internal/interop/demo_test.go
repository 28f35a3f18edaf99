//go:build cgo

package interop_test

import (
	"database/sql"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"govwatch/extract"
	"govwatch/internal/demoportal"
	"govwatch/pipeline"
)

// crawlDemo crawls the demo portal, served on loopback, with the real pipeline into
// a new data directory.
func crawlDemo(t *testing.T) (string, pipeline.Summary) {
	t.Helper()
	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(portal.Handler())
	defer srv.Close()
	var sources []extract.Source
	for _, s := range portal.Sites() {
		sources = append(sources, extract.Source{ID: s.Slug, Name: s.Name, Province: s.Province, County: s.County,
			StartURLs: []string{srv.URL + s.ListURL}})
	}
	dir := t.TempDir()
	crawl := extract.DefaultConfig()
	crawl.Rate, crawl.Burst, crawl.Concurrency = 1000, 100, 8
	crawl.ArchiveDir = filepath.Join(dir, "_archive")
	sum, err := pipeline.Crawl(t.Context(), pipeline.Options{
		DataDir: dir, Sources: sources, Crawl: crawl, Profiles: extract.BuiltinProfiles(),
		Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	return dir, sum
}

// TestDemoDatasetInDuckDB crawls the demo portal with the real pipeline and checks
// that DuckDB, reading the files with hive_partitioning, sees exactly what govwatch
// says it wrote, and that every mention's offsets give its evidence back.
func TestDemoDatasetInDuckDB(t *testing.T) {
	dir, sum := crawlDemo(t)

	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	scan := func(table string) string {
		return "read_parquet('" + filepath.Join(dir, table, "*", "*.parquet") + "', hive_partitioning = true)"
	}
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.QueryRowContext(t.Context(), q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	for _, c := range []struct {
		table string
		want  int
	}{
		{"articles", sum.RowsArticles},
		{"people", sum.RowsPeople},
		{"violations", sum.RowsViolations},
		{"runs", 1},
	} {
		if got := count("SELECT count(*) FROM " + scan(c.table)); got != c.want || got == 0 {
			t.Errorf("%s: DuckDB counts %d rows, govwatch wrote %d", c.table, got, c.want)
		}
	}
	if got := count("SELECT articles_new FROM " + scan("runs")); got != sum.Totals().New {
		t.Errorf("runs.articles_new = %d, summary says %d", got, sum.Totals().New)
	}
	// Every person mention joins to its article version, and its offsets give back its sentence.
	if bad := count(`SELECT count(*) FROM ` + scan("people") + ` p LEFT JOIN ` + scan("articles") + ` a
		USING (article_id, content_hash)
		WHERE a.body IS NULL OR substring(a.body, p.start + 1, p."end" - p.start) <> p.sentence`); bad != 0 {
		t.Errorf("%d people rows do not join to their article or point at the wrong text", bad)
	}
	if bad := count(`SELECT count(*) FROM ` + scan("violations") + ` v JOIN ` + scan("articles") + ` a
		USING (article_id, content_hash)
		WHERE substring(a.body, v.start + 1, v."end" - v.start) <> v.evidence`); bad != 0 {
		t.Errorf("%d violations rows point at the wrong text", bad)
	}
	// Mentions live in the partition of their article.
	if bad := count(`SELECT count(*) FROM ` + scan("violations") + ` v JOIN ` + scan("articles") + ` a
		USING (article_id, content_hash) WHERE v.registered_month <> a.registered_month`); bad != 0 {
		t.Errorf("%d violations rows are in another partition than their article", bad)
	}
	if n := count(`SELECT count(*) FROM (SELECT article_id, content_hash FROM ` + scan("articles") + `
		GROUP BY ALL HAVING count(*) > 1)`); n != 0 {
		t.Errorf("%d duplicate article versions", n)
	}
	if n := count(`SELECT count(DISTINCT violation_id) FROM ` + scan("violations")); n != sum.RowsViolations {
		t.Errorf("%d distinct violation ids for %d rows", n, sum.RowsViolations)
	}
	// The busiest month of the demo portal, as an analyst would ask it.
	var month string
	if err := db.QueryRowContext(t.Context(), `SELECT registered_month FROM `+scan("articles")+`
		GROUP BY ALL ORDER BY count(*) DESC LIMIT 1`).Scan(&month); err != nil || month != "2018-11" {
		t.Errorf("busiest month = %q, %v; want 2018-11 (آبان ۱۳۹۷)", month, err)
	}
}
