package dataset_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"govwatch/pipeline/dataset"
)

// TestFileProperties checks what the Parquet files themselves hold: several row groups
// cut by size, zstd, statistics, dictionary pages only where asked for, and the field
// documentation in the schema metadata.
func TestFileProperties(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{BatchRows: 64, RowGroupBytes: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	write(t, ds, "run-1", makeFixture(t, "run-1", []string{"2018-11"}, 2000))

	files, err := filepath.Glob(filepath.Join(dir, "articles", "registered_month=2018-11", "*.parquet"))
	if err != nil || len(files) != 1 {
		t.Fatalf("want one articles file, got %v (%v)", files, err)
	}
	rdr, err := file.OpenParquetFile(files[0], false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	md := rdr.MetaData()
	if rdr.NumRows() != 2000 {
		t.Errorf("rows = %d, want 2000", rdr.NumRows())
	}
	// 32 batches of 64 rows, about 50 KiB each, in 256 KiB row groups: several
	// groups, each holding several batches.
	if n := rdr.NumRowGroups(); n < 3 || n > 32/3 {
		t.Errorf("row groups = %d, want between 3 and %d (cut by size, not one per batch)", n, 32/3)
	}
	schema := md.Schema
	col := func(name string) int {
		i := schema.ColumnIndexByName(name)
		if i < 0 {
			t.Fatalf("no column %s", name)
		}
		return i
	}
	for rg := range rdr.NumRowGroups() {
		rgm := md.RowGroup(rg)
		for c := range schema.NumColumns() {
			cc, err := rgm.ColumnChunk(c)
			if err != nil {
				t.Fatal(err)
			}
			if cc.Compression() != compress.Codecs.Zstd {
				t.Errorf("row group %d column %s: codec %v, want zstd", rg, cc.PathInSchema(), cc.Compression())
			}
			// Every column has statistics but the long text, body.
			long := cc.PathInSchema().String() == "body"
			if ok, err := cc.StatsSet(); ok == long || err != nil {
				t.Errorf("row group %d column %s: statistics %v (%v), want %v", rg, cc.PathInSchema(), ok, err, !long)
			}
		}
		for _, tc := range []struct {
			column string
			dict   bool
		}{{"source_id", true}, {"run_id", true}, {"county", true}, {"body", false}, {"article_id", false}} {
			cc, err := rgm.ColumnChunk(col(tc.column))
			if err != nil {
				t.Fatal(err)
			}
			if cc.HasDictionaryPage() != tc.dict {
				t.Errorf("row group %d column %s: dictionary page %v, want %v", rg, tc.column, cc.HasDictionaryPage(), tc.dict)
			}
		}
	}
	kv := md.KeyValueMetadata()
	for key, want := range map[string]string{
		"govwatch.table":          "articles",
		"govwatch.schema_version": "1",
	} {
		if got := kv.FindValue(key); got == nil || *got != want {
			t.Errorf("metadata %s = %v, want %q", key, got, want)
		}
	}
	if got := kv.FindValue("govwatch.field.start"); got != nil {
		t.Errorf("articles metadata documents a people field: %q", *got)
	}
	if got := kv.FindValue("govwatch.field.article_id"); got == nil || *got == "" {
		t.Error("metadata lacks govwatch.field.article_id")
	}

	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := fr.Schema()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range sc.Fields() {
		if d, ok := f.Metadata.GetValue("description"); !ok || d == "" {
			t.Errorf("field %s has no description in its Arrow metadata", f.Name)
		}
	}
}

// TestPeopleOffsetsDocumented checks that the meaning of start and end travels in
// the people files.
func TestPeopleOffsetsDocumented(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, ds, "run-1", makeFixture(t, "run-1", []string{"2018-11"}, 1))
	files, _ := filepath.Glob(filepath.Join(dir, "people", "*", "*.parquet"))
	if len(files) != 1 {
		t.Fatalf("people files: %v", files)
	}
	rdr, err := file.OpenParquetFile(files[0], false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	got := rdr.MetaData().KeyValueMetadata().FindValue("govwatch.field.start")
	if got == nil || !strings.Contains(*got, "Unicode code points") || !strings.Contains(*got, "substring(body, start+1, end-start)") {
		t.Errorf("govwatch.field.start = %v, want the offset convention", got)
	}
}
