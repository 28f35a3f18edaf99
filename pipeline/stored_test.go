package pipeline_test

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/extract"
	"govwatch/internal/demoportal"
	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
)

// copyDataDir copies the data directory src (with its archive) to a new directory.
func copyDataDir(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "data")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatalf("copy %s: %v", src, err)
	}
	return dst
}

// contentRows are a dataset's content tables with what names the run left out, in the
// order the reader gives them.
func contentRows(t *testing.T, dir string) tables {
	t.Helper()
	tb := mustReadTables(t, dir)
	for i := range tb.articles {
		tb.articles[i].RunID = ""
	}
	for i := range tb.people {
		tb.people[i].RunID = ""
	}
	for i := range tb.violations {
		tb.violations[i].RunID = ""
	}
	tb.runs = nil
	return tb
}

func diffTables(t *testing.T, what string, want, got tables) {
	t.Helper()
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(tables{})); diff != "" {
		t.Errorf("%s: tables differ (-archive +stored rows):\n%s", what, diff)
	}
}

// TestReprocessFromStoredRows rebuilds the tables of an archive with repeated and
// revised captures twice, once reading the pages whose stored rows are current back
// from the old articles table and once parsing every page from the archive
// (FromWARC), and finds the rebuilt tables equal row for row; then again from the
// tables a reprocess wrote, and with a profile whose definition changed, which no
// stored row may serve.
func TestReprocessFromStoredRows(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{})
	dir := t.TempDir()
	opts := runOptions(t, dir, portalSources(portal, srv.URL))
	crawl := func(n int) {
		t.Helper()
		if _, err := pipeline.Crawl(t.Context(), opts); err != nil {
			t.Fatalf("Crawl: %v", err)
		}
		keepArchive(t, opts.Crawl.ArchiveDir, n)
	}
	crawl(1)
	if _, err := portal.Revise(portal.Articles()[0].Path); err != nil {
		t.Fatal(err)
	}
	crawl(2)
	// A crawl that forgot its state fetches every page again: captures of versions
	// already stored, which no row was written from.
	if err := os.RemoveAll(filepath.Join(dir, "_state")); err != nil {
		t.Fatal(err)
	}
	crawl(3)
	crawled := mustReadTables(t, dir)
	for _, a := range crawled.articles {
		if a.ParseKey == "" {
			t.Fatalf("%s: crawled row without parse_key", a.URL)
		}
	}
	srv.Close()

	reprocess := func(dir string, fromWARC bool, profiles map[string]extract.Profile) pipeline.Summary {
		t.Helper()
		o := opts
		o.DataDir, o.Crawl.ArchiveDir = dir, filepath.Join(dir, "_archive")
		o.Job, o.Workers, o.FromWARC = "reprocess-test", 3, fromWARC
		if profiles != nil {
			o.Profiles = profiles
		}
		sum, err := pipeline.Reprocess(t.Context(), o)
		if err != nil {
			t.Fatalf("Reprocess (from WARC %v): %v", fromWARC, err)
		}
		return sum
	}
	warcDir, storedDir := copyDataDir(t, dir), copyDataDir(t, dir)
	fromWARC := reprocess(warcDir, true, nil)
	stored := reprocess(storedDir, false, nil)
	if fromWARC.Reused != 0 {
		t.Errorf("--from-warc read %d pages back from stored rows", fromWARC.Reused)
	}
	if stored.Reused != len(crawled.articles) {
		t.Errorf("%d pages read back from stored rows, want one per crawled row (%d)", stored.Reused, len(crawled.articles))
	}
	want := contentRows(t, warcDir)
	if len(want.articles) != len(crawled.articles) || len(want.people) == 0 || len(want.violations) == 0 {
		t.Fatalf("rebuilt %d articles, %d people, %d violations from %d crawled articles", len(want.articles), len(want.people), len(want.violations), len(crawled.articles))
	}
	diffTables(t, "from the crawls' rows", want, contentRows(t, storedDir))
	checkIntegrity(t, mustReadTables(t, storedDir))

	if stored.UnopenedWARC != 0 {
		t.Errorf("first reprocess left %d WARC files unopened, with no capture index yet", stored.UnopenedWARC)
	}

	// The rows a reprocess wrote serve the next one as well, and so do the capture
	// indexes it wrote. A file is not opened when each of its captures has a row to
	// take back or its body in the index (a capture parsed last time). The first
	// reprocess took crawl rows for captures that turned out to repeat versions
	// captured earlier in the archive (the crawls' files are in name order, which
	// the random part of the name decides here), so their files are read once more;
	// after that, none is.
	again := reprocess(storedDir, false, nil)
	if again.Reused != len(crawled.articles) {
		t.Errorf("second reprocess read %d pages back from stored rows, want %d", again.Reused, len(crawled.articles))
	}
	if again.UnopenedWARC < 1 {
		t.Errorf("second reprocess opened every WARC file")
	}
	diffTables(t, "from a reprocess's rows", want, contentRows(t, storedDir))
	// Proof that the files are not read: garbage of their size and time in their place.
	files, _ := filepath.Glob(filepath.Join(storedDir, "_archive", "*.warc.gz"))
	if len(files) != 3 {
		t.Fatalf("%d WARC files, want 3", len(files))
	}
	var restore []func()
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		original, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		put := func(data []byte) {
			t.Helper()
			if err := os.WriteFile(f, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chtimes(f, fi.ModTime(), fi.ModTime()); err != nil {
				t.Fatal(err)
			}
		}
		put(make([]byte, fi.Size()))
		restore = append(restore, func() { put(original) })
	}
	third := reprocess(storedDir, false, nil)
	if third.UnopenedWARC != 3 {
		t.Errorf("third reprocess left %d WARC files unopened, want 3", third.UnopenedWARC)
	}
	diffTables(t, "from the capture indexes", want, contentRows(t, storedDir))
	for _, r := range restore {
		r()
	}

	// A profile whose definition changed has another key: every page is parsed.
	changed := extract.BuiltinProfiles()
	p := changed["iran_gov_cms"]
	p.Article.Drop = append(append([]string(nil), p.Article.Drop...), ".no-such-element")
	changed["iran_gov_cms"] = p
	other := reprocess(storedDir, false, changed)
	if other.Reused != 0 {
		t.Errorf("after a change of the profile %d pages were read back from stored rows", other.Reused)
	}
	withoutKeys := func(tb tables) tables {
		tb.articles = append([]dataset.ArticleRow(nil), tb.articles...)
		for i := range tb.articles {
			tb.articles[i].ParseKey = ""
		}
		return tb
	}
	diffTables(t, "profile changed", withoutKeys(want), withoutKeys(contentRows(t, storedDir)))
	// Its rows carry the new key, which the next reprocess with that profile uses.
	tb := mustReadTables(t, storedDir)
	if len(tb.articles) == 0 || tb.articles[0].ParseKey == crawled.articles[0].ParseKey {
		t.Errorf("rows after the profile changed keep the old parse key %q", crawled.articles[0].ParseKey)
	}
}

// TestReprocessStoredTableUnreadable damages the old articles table: the reprocess
// reads every page from the archive and rebuilds the same tables.
func TestReprocessStoredTableUnreadable(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{})
	dir := t.TempDir()
	opts := runOptions(t, dir, portalSources(portal, srv.URL, portal.Sites()[0].Slug))
	if _, err := pipeline.Crawl(t.Context(), opts); err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	srv.Close()
	warcDir := copyDataDir(t, dir)
	files, _ := filepath.Glob(filepath.Join(dir, dataset.TableArticles, "*", "*.parquet"))
	if len(files) == 0 {
		t.Fatal("no articles file")
	}
	if err := os.WriteFile(files[0], []byte("PAR1 not parquet PAR1"), 0o644); err != nil {
		t.Fatal(err)
	}
	o := opts
	o.FromWARC = true
	o.DataDir, o.Crawl.ArchiveDir = warcDir, filepath.Join(warcDir, "_archive")
	if _, err := pipeline.Reprocess(t.Context(), o); err != nil {
		t.Fatalf("Reprocess from WARC: %v", err)
	}
	sum, err := pipeline.Reprocess(t.Context(), opts)
	if err != nil {
		t.Fatalf("Reprocess: %v", err)
	}
	if sum.Reused != 0 {
		t.Errorf("%d pages read back from a damaged table", sum.Reused)
	}
	diffTables(t, "damaged table", contentRows(t, warcDir), contentRows(t, dir))
}

// TestReprocessAutoFromStoredRows reprocesses sources read by the automatic layout:
// the crawl's rows get no key (the crawl reads with the listing's hints), the
// reprocess's rows get the key of the kept layout, and the next reprocess takes them
// back, to the same tables as parsing every page; a kept layout that changed makes
// every page parsed again.
func TestReprocessAutoFromStoredRows(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{})
	dir := t.TempDir()
	srcs := portalSources(portal, srv.URL)
	for i := range srcs {
		srcs[i].Profile = extract.AutoProfile
	}
	opts := runOptions(t, dir, srcs)
	opts.Crawl.LayoutDir = filepath.Join(dir, "_state", "layouts")
	if _, err := pipeline.Crawl(t.Context(), opts); err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	srv.Close()
	for _, a := range mustReadTables(t, dir).articles {
		if a.ParseKey != "" {
			t.Fatalf("%s: a crawl's row of the automatic layout has parse_key %q", a.URL, a.ParseKey)
		}
	}
	layouts, _ := filepath.Glob(filepath.Join(opts.Crawl.LayoutDir, "*.json"))
	if len(layouts) == 0 {
		t.Fatal("the crawl kept no layout")
	}
	reprocess := func(dir string, fromWARC bool) pipeline.Summary {
		t.Helper()
		o := opts
		o.DataDir, o.Crawl.ArchiveDir, o.Crawl.LayoutDir = dir, filepath.Join(dir, "_archive"), filepath.Join(dir, "_state", "layouts")
		o.Job, o.FromWARC = "reprocess-test", fromWARC
		sum, err := pipeline.Reprocess(t.Context(), o)
		if err != nil {
			t.Fatalf("Reprocess (from WARC %v): %v", fromWARC, err)
		}
		return sum
	}
	if sum := reprocess(dir, false); sum.Reused != 0 {
		t.Errorf("first reprocess read %d pages back from the crawl's rows", sum.Reused)
	}
	warcDir, storedDir := copyDataDir(t, dir), copyDataDir(t, dir)
	reprocess(warcDir, true)
	sum := reprocess(storedDir, false)
	want := contentRows(t, warcDir)
	if len(want.articles) == 0 || sum.Reused != len(want.articles) {
		t.Errorf("second reprocess read %d pages back from stored rows, want %d", sum.Reused, len(want.articles))
	}
	for _, a := range want.articles {
		if a.ParseKey == "" {
			t.Fatalf("%s: a reprocess's row of the automatic layout has no parse_key", a.URL)
		}
	}
	diffTables(t, "automatic layout", want, contentRows(t, storedDir))

	// Another kept layout: nothing is taken back.
	if err := os.RemoveAll(filepath.Join(storedDir, "_state", "layouts")); err != nil {
		t.Fatal(err)
	}
	if sum := reprocess(storedDir, false); sum.Reused != 0 {
		t.Errorf("after the kept layouts were removed %d pages were read back from stored rows", sum.Reused)
	}
}

// TestReprocessAfterCrawlIndex checks that a crawl leaves a capture index for each
// WARC file it closes, so that the first reprocess after it opens none of them: the
// files replaced by garbage of their size and time, it rebuilds the same tables as a
// reprocess that parses every page from the intact archive.
func TestReprocessAfterCrawlIndex(t *testing.T) {
	portal, srv := startPortal(t, demoportal.Options{})
	dir := t.TempDir()
	opts := runOptions(t, dir, portalSources(portal, srv.URL))
	if _, err := pipeline.Crawl(t.Context(), opts); err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	srv.Close()
	files, _ := filepath.Glob(filepath.Join(opts.Crawl.ArchiveDir, "*.warc.gz"))
	indexes, _ := filepath.Glob(filepath.Join(dir, "_state", "warcindex", "*.idx"))
	if len(files) == 0 || len(indexes) != len(files) {
		t.Fatalf("%d WARC files, %d capture indexes after the crawl; want one index a file", len(files), len(indexes))
	}
	crawled := mustReadTables(t, dir)
	reprocess := func(dir string, fromWARC bool) pipeline.Summary {
		t.Helper()
		o := opts
		o.DataDir, o.Crawl.ArchiveDir = dir, filepath.Join(dir, "_archive")
		o.Job, o.Workers, o.FromWARC = "reprocess-test", 2, fromWARC
		sum, err := pipeline.Reprocess(t.Context(), o)
		if err != nil {
			t.Fatalf("Reprocess (from WARC %v): %v", fromWARC, err)
		}
		return sum
	}
	// The reference parses every page of a copy; the crawl's own directory keeps
	// the files' times its indexes name.
	warcDir, storedDir := copyDataDir(t, dir), dir
	reprocess(warcDir, true)
	// Proof that the files are not read: garbage of their size and time in their place.
	stored, _ := filepath.Glob(filepath.Join(storedDir, "_archive", "*.warc.gz"))
	for _, f := range stored {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, make([]byte, fi.Size()), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(f, fi.ModTime(), fi.ModTime()); err != nil {
			t.Fatal(err)
		}
	}
	sum := reprocess(storedDir, false)
	if sum.UnopenedWARC != len(files) || sum.Reused != len(crawled.articles) {
		t.Errorf("first reprocess left %d of %d WARC files unopened and read %d of %d pages back from stored rows; want all", sum.UnopenedWARC, len(files), sum.Reused, len(crawled.articles))
	}
	diffTables(t, "from the crawl's capture indexes", contentRows(t, warcDir), contentRows(t, storedDir))

	// A crawl that forgot its state (its capture indexes kept) fetches every page
	// again: captures no row was written from, which a reprocess reads alone at
	// the offsets the index gives, still opening no file to read it through.
	srv2 := httptest.NewServer(portal.Handler())
	defer srv2.Close()
	again := runOptions(t, dir, portalSources(portal, srv2.URL))
	ents, _ := os.ReadDir(filepath.Join(dir, "_state"))
	for _, e := range ents {
		if e.Name() != "warcindex" {
			if err := os.RemoveAll(filepath.Join(dir, "_state", e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The garbage of the test above goes: the first crawl's file is read again.
	for _, f := range stored {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
		os.Remove(filepath.Join(dir, "_state", "warcindex", filepath.Base(f)+".idx"))
	}
	if _, err := pipeline.Crawl(t.Context(), again); err != nil {
		t.Fatalf("second Crawl: %v", err)
	}
	files, _ = filepath.Glob(filepath.Join(dir, "_archive", "*.warc.gz"))
	warcDir = copyDataDir(t, dir)
	reprocess(warcDir, true)
	sum = reprocess(dir, false)
	if sum.UnopenedWARC != len(files) {
		t.Errorf("reprocess after a crawl that forgot its state left %d of %d WARC files unopened; want all", sum.UnopenedWARC, len(files))
	}
	diffTables(t, "pages read alone at their offsets", contentRows(t, warcDir), contentRows(t, dir))
}
