package dataset_test

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"govwatch/pipeline/dataset"
)

var sortRows = []cmp.Option{
	cmpopts.SortSlices(func(a, b dataset.ArticleRow) bool { return a.ArticleID+a.ContentHash < b.ArticleID+b.ContentHash }),
	cmpopts.SortSlices(func(a, b dataset.PersonRow) bool { return a.ArticleID+a.PersonKey < b.ArticleID+b.PersonKey }),
	cmpopts.SortSlices(func(a, b dataset.ViolationRow) bool { return a.ViolationID < b.ViolationID }),
	cmp.AllowUnexported(fixture{}),
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		months []string
		n      int
		opts   dataset.Options
	}{
		{name: "one month", months: []string{"2018-11"}, n: 3},
		{name: "several months and unknown", months: []string{"2018-11", "2018-12", "", "2019-01"}, n: 20},
		{name: "small batches and row groups", months: []string{"2018-11", "2019-02"}, n: 500,
			opts: dataset.Options{BatchRows: 7, RowGroupBytes: 4 << 10, MaxOpenFiles: 2}},
		{name: "tiny files", months: []string{"2018-11"}, n: 300,
			opts: dataset.Options{BatchRows: 10, RowGroupBytes: 1 << 10, MaxFileBytes: 8 << 10}},
		{name: "fast compression", months: []string{"2018-11", "2018-12"}, n: 200,
			opts: dataset.Options{FastCompression: true, RowGroupBytes: 4 << 10}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := dataset.Open(t.TempDir(), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			want := makeFixture(t, "run-1", tc.months, tc.n)
			write(t, ds, "run-1", want)
			got := readAll(t, ds)
			if diff := cmp.Diff(want, got, sortRows...); diff != "" {
				t.Errorf("read back differs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLayout(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, ds, "run-1", makeFixture(t, "run-1", []string{"2018-11", "", "2018-12"}, 6))
	var got []string
	parts := map[string]bool{}
	partNum := regexp.MustCompile(`part-run-1-[0-9]+\.parquet$`)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			rel = filepath.ToSlash(rel)
			if strings.HasSuffix(rel, ".parquet") {
				base := filepath.Base(rel)
				if parts[base] {
					t.Errorf("part file name %s used twice", base)
				}
				parts[base] = true
				rel = partNum.ReplaceAllString(rel, "part-run-1-N.parquet")
			}
			got = append(got, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	want := []string{
		"_lock",
		"_manifests/run-1.json",
		"articles/registered_month=2018-11/part-run-1-N.parquet",
		"articles/registered_month=2018-12/part-run-1-N.parquet",
		"articles/registered_month=unknown/part-run-1-N.parquet",
		"people/registered_month=2018-11/part-run-1-N.parquet",
		"people/registered_month=2018-12/part-run-1-N.parquet",
		"people/registered_month=unknown/part-run-1-N.parquet",
		"runs/started_month=2026-11/part-run-1-N.parquet",
		"violations/registered_month=2018-11/part-run-1-N.parquet",
		"violations/registered_month=2018-12/part-run-1-N.parquet",
		"violations/registered_month=unknown/part-run-1-N.parquet",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("files on disk (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(dir, "_staging", "run-1")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("staging directory left after commit: %v", err)
	}
	m, err := os.ReadFile(filepath.Join(dir, "_manifests", "run-1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(m), `"state": "done"`) {
		t.Errorf("manifest not marked done:\n%s", m)
	}
}

// TestSpilledRows writes articles round-robin over 12 months with a buffer bound
// far below the rows' size, so that each partition's rows are spilled to the
// scratch file in many small batches before Commit: every partition still comes
// out as one part file with one row group (the batches gathered again), its rows in
// the order they were added, and the spill file is gone after Commit.
func TestSpilledRows(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{MaxBufferedBytes: 24 << 10, RowGroupBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	const n, months = 600, 12
	want := map[string][]string{} // partition month -> article IDs in arrival order
	for i := range n {
		month := fmt.Sprintf("2019-%02d", i%months+1)
		d, _ := time.Parse("2006-01", month)
		url := fmt.Sprintf("https://x.example/news/%d", i)
		a := dataset.ArticleRow{ArticleID: dataset.ArticleID(url), URL: url, SourceID: "x", Title: fmt.Sprintf("title %d", i),
			Body: strings.Repeat(fmt.Sprintf("body of article %d. ", i), 50), RegisteredDate: d, FetchedAt: d,
			ContentHash: fmt.Sprintf("%064x", i)}
		if err := txn.AddArticle(a); err != nil {
			t.Fatal(err)
		}
		want[month] = append(want[month], a.ArticleID)
	}
	// The spill file is made by the first spill.
	spilled, err := filepath.Glob(filepath.Join(dir, "_staging", "run-1.scratch", "rows-articles.arrows"))
	if err != nil || len(spilled) != 1 {
		t.Fatalf("no spill file before Commit: %v %v", spilled, err)
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(spilled[0]); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("spill file left after Commit: %v", err)
	}
	for month, ids := range want {
		files, err := filepath.Glob(filepath.Join(dir, "articles", "registered_month="+month, "*.parquet"))
		if err != nil || len(files) != 1 {
			t.Fatalf("%s: want one part file, got %v (%v)", month, files, err)
		}
		rdr, err := file.OpenParquetFile(files[0], false)
		if err != nil {
			t.Fatal(err)
		}
		if g, r := rdr.NumRowGroups(), rdr.NumRows(); g != 1 || r != int64(len(ids)) {
			t.Errorf("%s: %d row groups of %d rows, want 1 of %d", month, g, r, len(ids))
		}
		rdr.Close()
		var got []string
		err = ds.ScanArticles(t.Context(), dataset.Filter{Months: []string{month}, Columns: []string{"article_id"}},
			func(r dataset.ArticleRow) error { got = append(got, r.ArticleID); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ids, got); diff != "" {
			t.Errorf("%s: rows not in arrival order (-want +got):\n%s", month, diff)
		}
	}
}

// TestSpillFileDamaged cuts a Txn's spill file short before Commit: Commit fails,
// nothing of the run becomes visible, and no staged file is left.
func TestSpillFileDamaged(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{MaxBufferedBytes: 16 << 10})
	if err != nil {
		t.Fatal(err)
	}
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 7))
	for i := range 600 {
		d, _ := time.Parse("2006-01", fmt.Sprintf("2019-%02d", i%12+1))
		url := fmt.Sprintf("https://x.example/news/%d", i)
		a := dataset.ArticleRow{ArticleID: dataset.ArticleID(url), URL: url, SourceID: "x", Title: "t",
			Body: randomBody(r, 2000), RegisteredDate: d, FetchedAt: d, ContentHash: fmt.Sprintf("%064x", i)}
		if err := txn.AddArticle(a); err != nil {
			t.Fatal(err)
		}
	}
	spilled := filepath.Join(dir, "_staging", "run-1.scratch", "rows-articles.arrows")
	st, err := os.Stat(spilled)
	if err != nil || st.Size() < 256<<10 {
		t.Fatalf("spill file: %v, %v; want more than its write buffer", st, err)
	}
	if err := os.Truncate(spilled, st.Size()/2); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(t.Context()); err == nil {
		t.Fatal("Commit of a damaged spill file succeeded")
	}
	if n := countArticles(t, dir); n != 0 {
		t.Errorf("%d articles visible after a failed Commit", n)
	}
	if _, err := os.Stat(filepath.Join(dir, "_staging", "run-1")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("staged files left: %v", err)
	}
}

// TestRowsKeepNoCallerSlice changes the slices of rows after adding them: the rows
// wait in the Txn until they are spilled, and must come back as they were added.
func TestRowsKeepNoCallerSlice(t *testing.T) {
	ds, err := dataset.Open(t.TempDir(), dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := time.Parse("2006-01-02", "2019-03-04")
	images := []string{"https://x.example/a.jpg", "https://x.example/b.jpg"}
	a := dataset.ArticleRow{ArticleID: dataset.ArticleID("https://x.example/n/1"), URL: "https://x.example/n/1", SourceID: "x",
		Title: "t", Body: "b", RegisteredDate: d, FetchedAt: d, ContentHash: "h", ImageURLs: images}
	if err := txn.AddArticle(a); err != nil {
		t.Fatal(err)
	}
	causes := []dataset.CauseCount{{Cause: "http_5xx", Count: 2}}
	if err := txn.AddRun(dataset.RunRow{StartedAt: d, FailuresByCause: causes}); err != nil {
		t.Fatal(err)
	}
	images[0], causes[0].Cause = "changed", "changed"
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	got := readAll(t, ds)
	if len(got.articles) != 1 || len(got.articles[0].ImageURLs) != 2 || got.articles[0].ImageURLs[0] != "https://x.example/a.jpg" {
		t.Errorf("article read back with images %v", got.articles)
	}
	if len(got.runs) != 1 || len(got.runs[0].FailuresByCause) != 1 || got.runs[0].FailuresByCause[0].Cause != "http_5xx" {
		t.Errorf("run read back with causes %+v", got.runs)
	}
}
