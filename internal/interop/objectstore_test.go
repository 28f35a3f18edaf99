//go:build cgo

package interop_test

import (
	"database/sql"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/extract"
	"govwatch/internal/demoportal"
	"govwatch/internal/s3test"
	"govwatch/link"
	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
)

// TestObjectStoreCrawl crawls the demo portal into an s3:// dataset on a real
// S3-compatible server (versitygw) and into a local directory, and checks with
// DuckDB, reading the server's backing directory, that the two hold the same
// article versions and mentions, none twice; that a second crawl adds nothing;
// that the WARC files reached the bucket; and that the derived tables are
// written there as they are locally.
func TestObjectStoreCrawl(t *testing.T) {
	srv := s3test.Start(t, "govwatch")
	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	web := httptest.NewServer(portal.Handler())
	defer web.Close()
	var sources []extract.Source
	for _, s := range portal.Sites() {
		sources = append(sources, extract.Source{ID: s.Slug, Name: s.Name, Province: s.Province, County: s.County,
			StartURLs: []string{web.URL + s.ListURL}})
	}
	crawl := func(dataDir, spool string) pipeline.Summary {
		t.Helper()
		cfg := extract.DefaultConfig()
		cfg.Rate, cfg.Burst, cfg.Concurrency = 1000, 100, 8
		cfg.ArchiveDir = spool
		sum, err := pipeline.Crawl(t.Context(), pipeline.Options{
			DataDir: dataDir, Sources: sources, Crawl: cfg, Profiles: extract.BuiltinProfiles(),
			Logger: slog.New(slog.DiscardHandler),
		})
		if err != nil {
			t.Fatalf("crawl %s: %v", dataset.Redact(dataDir), err)
		}
		return sum
	}
	local := t.TempDir()
	crawl(local, filepath.Join(local, "_archive"))
	remote := srv.Location("govwatch", "team/data")
	spool := t.TempDir()
	first := crawl(remote, spool)
	if first.RowsArticles == 0 {
		t.Fatal("the s3:// crawl stored no articles")
	}
	if again := crawl(remote, spool); again.RowsArticles != 0 || again.RowsPeople != 0 || again.RowsViolations != 0 {
		t.Errorf("second crawl added %d articles, %d people, %d violations; want none", again.RowsArticles, again.RowsPeople, again.RowsViolations)
	}
	backing := filepath.Join(srv.Backing, "govwatch", "team", "data")
	if warcs, _ := filepath.Glob(filepath.Join(backing, "_archive", "*.warc.gz")); len(warcs) == 0 {
		t.Error("no WARC file in the bucket's _archive/")
	}
	if left, _ := filepath.Glob(filepath.Join(spool, "*.warc.gz")); len(left) != 0 {
		t.Errorf("WARC files left in the local spool: %v", left)
	}

	// The derived tables, written through the object store as the report does.
	for _, dir := range []string{local, remote} {
		ds, err := dataset.Open(dir, dataset.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r, err := link.Refresh(t.Context(), ds)
		if err != nil || !r.Stored {
			t.Fatalf("refresh derived tables of %s: stored %v, %v", dataset.Redact(dir), r.Stored, err)
		}
		ds.Close()
	}

	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows := func(q string) []string {
		t.Helper()
		rs, err := db.QueryContext(t.Context(), q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rs.Close()
		var out []string
		for rs.Next() {
			var s string
			if err := rs.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		return out
	}
	scan := func(dir, table string) string {
		return "read_parquet('" + filepath.Join(dir, table, "*", "*.parquet") + "', hive_partitioning = true)"
	}
	for _, q := range []struct{ table, key string }{
		{"articles", "article_id || ' ' || content_hash || ' ' || registered_month"},
		{"people", "article_id || ' ' || content_hash || ' ' || start || ' ' || name"},
		{"violations", "violation_id || ' ' || content_hash || ' ' || modality"},
		{"incidents", "incident_id || ' ' || offices"},
		{"officials", "person_id || ' ' || name"},
	} {
		want := rows("SELECT " + q.key + " FROM " + scan(local, q.table) + " ORDER BY 1")
		got := rows("SELECT " + q.key + " FROM " + scan(backing, q.table) + " ORDER BY 1")
		if len(want) == 0 {
			t.Errorf("%s: the local crawl has no rows", q.table)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: s3:// dataset differs from the local one (-local +s3):\n%s", q.table, diff)
		}
		if dup := rows("SELECT " + q.key + " FROM " + scan(backing, q.table) + " GROUP BY 1 HAVING count(*) > 1"); len(dup) != 0 {
			t.Errorf("%s: rows stored twice in the s3:// dataset: %v", q.table, dup)
		}
	}
	if _, err := os.Stat(filepath.Join(backing, "_staging")); err == nil {
		if ents, _ := os.ReadDir(filepath.Join(backing, "_staging")); len(ents) != 0 {
			t.Errorf("staged objects left in the bucket: %d runs", len(ents))
		}
	}
}
