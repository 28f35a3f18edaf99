package pipeline_test

import (
	"testing"

	"govwatch/internal/demoportal"
	"govwatch/pipeline"
)

// TestCrawlFull checks that an incremental crawl, which stops at the first listing
// page of known articles, misses a revision of an old article, and that a full crawl
// finds it and stores only that one new version.
func TestCrawlFull(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{})
	dir := t.TempDir()
	opts := runOptions(t, dir, portalSources(portal, srv.URL, "kavar"))
	if _, err := pipeline.Crawl(t.Context(), opts); err != nil {
		t.Fatalf("first crawl: %v", err)
	}
	// The oldest kavar article sits on the last listing page.
	var oldest demoportal.ArticleInfo
	for _, a := range portal.Articles() {
		if a.Site == "kavar" && (oldest.Path == "" || a.Code < oldest.Code) {
			oldest = a
		}
	}
	if _, err := portal.Revise(oldest.Path); err != nil {
		t.Fatal(err)
	}
	sum, err := pipeline.Crawl(t.Context(), opts)
	if err != nil {
		t.Fatalf("incremental crawl: %v", err)
	}
	if sum.RowsArticles != 0 {
		t.Fatalf("incremental crawl wrote %d articles; the revision is on a page it should not read", sum.RowsArticles)
	}
	opts.Full = true
	sum, err = pipeline.Crawl(t.Context(), opts)
	if err != nil {
		t.Fatalf("full crawl: %v", err)
	}
	if tot := sum.Totals(); sum.RowsArticles != 1 || tot.Changed != 1 || tot.NotModified != 0 {
		t.Errorf("full crawl: rows %d, changed %d, not modified %d; want 1, 1, 0", sum.RowsArticles, tot.Changed, tot.NotModified)
	}
	tb := mustReadTables(t, dir)
	checkIntegrity(t, tb)
	if n := len(tb.byURL()[canonical(t, srv.URL+oldest.Path)]); n != 2 {
		t.Errorf("revised article has %d versions, want 2", n)
	}
}
