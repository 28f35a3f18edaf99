package dataset_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

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
