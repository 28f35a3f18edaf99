package report_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"govwatch/report"
	"govwatch/transform/jalali"
)

// readTable reads every Parquet file of one table with arrow-go directly,
// independently of the dataset package's reader, and calls fn for each record.
func readTable(t *testing.T, dir, table string, fn func(arrow.RecordBatch)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, table, "*", "*.parquet"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no files of %s: %v", table, err)
	}
	for _, path := range files {
		rdr, err := file.OpenParquetFile(path, false)
		if err != nil {
			t.Fatal(err)
		}
		fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
		if err != nil {
			t.Fatal(err)
		}
		tbl, err := fr.ReadTable(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		tr := array.NewTableReader(tbl, 1024)
		for tr.Next() {
			fn(tr.RecordBatch())
		}
		tr.Release()
		tbl.Release()
		rdr.Close()
	}
}

func column(rec arrow.RecordBatch, name string) arrow.Array {
	idx := rec.Schema().FieldIndices(name)
	if len(idx) == 0 {
		return nil
	}
	return rec.Column(idx[0])
}

func str(a arrow.Array, i int) string {
	if a.IsNull(i) {
		return ""
	}
	switch c := a.(type) {
	case *array.String:
		return c.Value(i)
	case *array.Dictionary:
		return c.Dictionary().(*array.String).Value(c.GetValueIndex(i))
	}
	return a.ValueStr(i)
}

// TestFiguresMatchArrowQuery computes the month's figures with a plain arrow-go
// query over the Parquet files and compares them with Build's.
func TestFiguresMatchArrowQuery(t *testing.T) {
	ds := openFixture(t)
	dir := ds.Dir()
	period := mustPeriod(t, "1397-08")
	type ver struct {
		hash    string
		fetched int64
		date    jalali.Date
		county  string
	}
	latest := map[string]ver{}
	readTable(t, dir, "articles", func(rec arrow.RecordBatch) {
		ids, hashes := column(rec, "article_id"), column(rec, "content_hash")
		fetched := column(rec, "fetched_at").(*array.Timestamp)
		dates := column(rec, "registered_date").(*array.Date32)
		counties := column(rec, "county")
		for i := range int(rec.NumRows()) {
			id, h, f := str(ids, i), str(hashes, i), int64(fetched.Value(i))
			if v, ok := latest[id]; ok && (f < v.fetched || f == v.fetched && h <= v.hash) {
				continue
			}
			var d jalali.Date
			if dates.IsValid(i) {
				y, m, dd := dates.Value(i).ToTime().Date()
				d = jalali.FromGregorian(y, m, dd)
			}
			latest[id] = ver{hash: h, fetched: f, date: d, county: str(counties, i)}
		}
	})
	articles := 0
	for _, v := range latest {
		if period.Contains(v.date) {
			articles++
		}
	}
	byModality := map[string]int{}
	readTable(t, dir, "violations", func(rec arrow.RecordBatch) {
		ids, hashes, mods := column(rec, "article_id"), column(rec, "content_hash"), column(rec, "modality")
		for i := range int(rec.NumRows()) {
			v, ok := latest[str(ids, i)]
			if ok && v.hash == str(hashes, i) && period.Contains(v.date) {
				byModality[str(mods, i)]++
			}
		}
	})
	s, err := report.Build(t.Context(), ds, report.Options{Period: period})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{"reported": s.Current.Reported, "conditional": s.Current.Conditional, "denied": s.Current.Denied}
	for k, want := range byModality {
		if got[k] != want {
			t.Errorf("%s mentions: Build %d, arrow query %d", k, got[k], want)
		}
	}
	if s.Current.Articles != articles || articles == 0 {
		t.Errorf("articles: Build %d, arrow query %d", s.Current.Articles, articles)
	}
}
