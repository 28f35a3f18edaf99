package dataset_test

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/pipeline/dataset"
)

// months24 are 24 consecutive partition months.
func months24() []string {
	var ms []string
	d := time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC)
	for range 24 {
		ms = append(ms, d.Format("2006-01"))
		d = d.AddDate(0, 1, 0)
	}
	return ms
}

// corrupt overwrites every Parquet file of the table's partitions other than keep
// with garbage.
func corrupt(t *testing.T, dir, table string, keep map[string]bool) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, table, "*", "*.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if keep[filepath.Base(filepath.Dir(f))] {
			continue
		}
		if err := os.WriteFile(f, []byte("not a parquet file"), 0o644); err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}

func TestScanPruningAndProjection(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ms := append(months24(), "")
	fx := makeFixture(t, "run-1", ms, 5*len(ms))
	write(t, ds, "run-1", fx)

	// Every partition outside the selection is corrupted: a scan that opened one
	// would fail.
	keep := map[string]bool{"registered_month=2018-01": true, "registered_month=2018-02": true}
	if n := corrupt(t, dir, "articles", keep); n < 20 {
		t.Fatalf("corrupted only %d files", n)
	}

	tests := []struct {
		name   string
		filter dataset.Filter
		want   []string // months of the rows read
	}{
		{name: "one month", filter: dataset.Filter{Months: []string{"2018-02"}}, want: []string{"2018-02"}},
		{name: "range", filter: dataset.Filter{From: "2018-01", To: "2018-02"}, want: []string{"2018-01", "2018-02"}},
		{name: "months and range", filter: dataset.Filter{Months: []string{"2018-01", "2018-09"}, To: "2018-05"}, want: []string{"2018-01"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.filter.Columns = []string{"article_id", "title"}
			var got []dataset.ArticleRow
			err := ds.ScanArticles(t.Context(), tc.filter, func(r dataset.ArticleRow) error {
				got = append(got, r)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			var want []dataset.ArticleRow
			for _, m := range tc.want {
				for _, a := range fx.articles {
					if a.RegisteredMonth == m {
						want = append(want, dataset.ArticleRow{ArticleID: a.ArticleID, Title: a.Title, RegisteredMonth: m})
					}
				}
			}
			if diff := cmp.Diff(want, got, sortRows...); diff != "" {
				t.Errorf("projected rows (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("corrupt file named", func(t *testing.T) {
		err := ds.ScanArticles(t.Context(), dataset.Filter{Months: []string{"2017-05"}}, func(dataset.ArticleRow) error { return nil })
		var fe *dataset.FileError
		if !errors.As(err, &fe) {
			t.Fatalf("error %v is not a *FileError", err)
		}
		if filepath.Base(filepath.Dir(fe.Path)) != "registered_month=2017-05" || filepath.Ext(fe.Path) != ".parquet" {
			t.Errorf("error names %q, want the corrupt file", fe.Path)
		}
	})

	t.Run("unknown column", func(t *testing.T) {
		err := ds.ScanPeople(t.Context(), dataset.Filter{Columns: []string{"nonesuch"}}, func(dataset.PersonRow) error { return nil })
		if !errors.Is(err, dataset.ErrUnknownColumn) {
			t.Errorf("error %v, want ErrUnknownColumn", err)
		}
	})

	t.Run("partition column only", func(t *testing.T) {
		counts := map[string]int{}
		err := ds.ScanViolations(t.Context(), dataset.Filter{Columns: []string{"registered_month"}, Months: []string{dataset.UnknownMonth}}, func(r dataset.ViolationRow) error {
			if r.ArticleID != "" {
				t.Errorf("article_id %q read though not asked for", r.ArticleID)
			}
			counts[r.RegisteredMonth]++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(map[string]int{dataset.UnknownMonth: 5}, counts); diff != "" {
			t.Errorf("counts (-want +got):\n%s", diff)
		}
	})

	t.Run("callback error stops the scan", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := ds.ScanPeople(t.Context(), dataset.Filter{}, func(dataset.PersonRow) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("got %v after %d rows, want stop after 1", err, n)
		}
	})
}

func TestReadersSkipHiddenFiles(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fx := makeFixture(t, "run-1", []string{"2018-11"}, 3)
	write(t, ds, "run-1", fx)
	junk := []string{
		"articles/registered_month=2018-11/.part-x.parquet.tmp",
		"articles/registered_month=2018-11/_part-x.parquet",
		"articles/_registered_month=2018-12/part-x.parquet",
		"articles/.hidden/part-x.parquet",
	}
	for _, j := range junk {
		p := filepath.Join(dir, filepath.FromSlash(j))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("half a file"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := readAll(t, ds)
	if len(got.articles) != 3 {
		t.Errorf("read %d articles, want 3", len(got.articles))
	}
}

func TestKnownArticles(t *testing.T) {
	ds, err := dataset.Open(t.TempDir(), dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fx := makeFixture(t, "run-1", []string{"2018-11", ""}, 4)
	write(t, ds, "run-1", fx)
	type known struct {
		ID, URL, Hash string
		At            time.Time
	}
	var got, want []known
	for _, a := range fx.articles {
		want = append(want, known{a.ArticleID, a.URL, a.ContentHash, a.FetchedAt})
	}
	err = ds.KnownArticles(t.Context(), func(id, url, hash string, at time.Time) error {
		got = append(got, known{id, url, hash, at})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].ID < got[j].ID })
	sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("known articles (-want +got):\n%s", diff)
	}
}

func TestEmptyDataset(t *testing.T) {
	ds, err := dataset.Open(filepath.Join(t.TempDir(), "new"), dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, ds)
	if len(got.articles)+len(got.people)+len(got.violations)+len(got.runs) != 0 {
		t.Errorf("empty dataset has rows: %+v", got)
	}
}
