package dataset

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// Filter selects the partitions and columns a scan reads. The zero Filter reads
// everything.
type Filter struct {
	// Months, if not empty, lists the partition values to read (YYYY-MM, or
	// "unknown" for articles without a registration date). For runs it is the month
	// the run started.
	Months []string
	// From and To, if not empty, bound the partition months, inclusive (YYYY-MM).
	// With either set, the "unknown" partition is not read.
	From, To string
	// Columns, if not nil, lists the columns to read; the row fields of other columns
	// are left at their zero values. The partition column is always filled in.
	// Naming a column the table does not have is an error (ErrUnknownColumn).
	Columns []string
}

// matches reports whether the partition value v is selected.
func (f Filter) matches(v string) bool {
	if len(f.Months) > 0 && !slices.Contains(f.Months, v) {
		return false
	}
	if f.From != "" || f.To != "" {
		if v == UnknownMonth {
			return false
		}
		if f.From != "" && v < f.From {
			return false
		}
		if f.To != "" && v > f.To {
			return false
		}
	}
	return true
}

// scanRows decodes every row of table selected by f with decode and passes it to fn.
func scanRows[T any](ctx context.Context, ds *Dataset, table *tableDef, f Filter, fn func(T) error, decode func(c *cursor, i int) T) error {
	err := ds.scan(ctx, table, f, func(c *cursor) error {
		for i := range c.n {
			if err := fn(decode(c, i)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("scan %s: %w", table.name, err)
	}
	return nil
}

// ScanArticles calls fn for every row of the articles table selected by f, partition
// by partition in ascending order. It stops at the first error, from fn or from a
// file; an unreadable file gives a *FileError naming it. Only partitions selected by
// f are opened, and only the columns in f.Columns are decoded.
func (ds *Dataset) ScanArticles(ctx context.Context, f Filter, fn func(ArticleRow) error) error {
	return scanRows(ctx, ds, articlesTable, f, fn, func(c *cursor, i int) ArticleRow {
		return ArticleRow{
			ArticleID:        c.str("article_id", i),
			URL:              c.str("url", i),
			SourceID:         c.str("source_id", i),
			Province:         c.str("province", i),
			County:           c.str("county", i),
			Title:            c.str("title", i),
			Body:             c.str("body", i),
			ParagraphCount:   c.i32("paragraph_count", i),
			RegisteredDate:   c.date("registered_date", i),
			RegisteredJalali: c.str("registered_jalali", i),
			OccurredDate:     c.date("occurred_date", i),
			OccurredJalali:   c.str("occurred_jalali", i),
			ImageURLs:        c.strs("image_urls", i),
			FetchedAt:        c.ts("fetched_at", i),
			ContentHash:      c.str("content_hash", i),
			RunID:            c.str("run_id", i),
			ExtractorVersion: c.str("extractor_version", i),
			Layout:           c.str("layout", i),
			ParseKey:         c.str("parse_key", i),
			RegisteredMonth:  c.part,
		}
	})
}

// ScanPeople calls fn for every row of the people table selected by f, as
// ScanArticles does.
func (ds *Dataset) ScanPeople(ctx context.Context, f Filter, fn func(PersonRow) error) error {
	return scanRows(ctx, ds, peopleTable, f, fn, func(c *cursor, i int) PersonRow {
		return PersonRow{
			ArticleID:       c.str("article_id", i),
			ContentHash:     c.str("content_hash", i),
			PersonKey:       c.str("person_key", i),
			Name:            c.str("name", i),
			Role:            c.str("role", i),
			Organization:    c.str("organization", i),
			Start:           c.i32("start", i),
			End:             c.i32("end", i),
			Sentence:        c.str("sentence", i),
			Quote:           c.str("quote", i),
			RunID:           c.str("run_id", i),
			RegisteredMonth: c.part,
		}
	})
}

// ScanViolations calls fn for every row of the violations table selected by f, as
// ScanArticles does.
func (ds *Dataset) ScanViolations(ctx context.Context, f Filter, fn func(ViolationRow) error) error {
	return scanRows(ctx, ds, violationsTable, f, fn, func(c *cursor, i int) ViolationRow {
		return ViolationRow{
			ArticleID:       c.str("article_id", i),
			ContentHash:     c.str("content_hash", i),
			ViolationID:     c.str("violation_id", i),
			OfficeType:      c.str("office_type", i),
			OfficeLabel:     c.str("office_label", i),
			ViolationType:   c.str("violation_type", i),
			Sanction:        c.str("sanction", i),
			Count:           c.i32ptr("count", i),
			Modality:        c.str("modality", i),
			Place:           c.str("place", i),
			Speaker:         c.str("speaker", i),
			Evidence:        c.str("evidence", i),
			Start:           c.i32("start", i),
			End:             c.i32("end", i),
			RunID:           c.str("run_id", i),
			RegisteredMonth: c.part,
		}
	})
}

// ScanRuns calls fn for every row of the runs table selected by f (by the month the
// run started), as ScanArticles does.
func (ds *Dataset) ScanRuns(ctx context.Context, f Filter, fn func(RunRow) error) error {
	return scanRows(ctx, ds, runsTable, f, fn, func(c *cursor, i int) RunRow {
		return RunRow{
			RunID:            c.str("run_id", i),
			Job:              c.str("job", i),
			Trigger:          c.str("trigger", i),
			StartedAt:        c.ts("started_at", i),
			FinishedAt:       c.ts("finished_at", i),
			Status:           c.str("status", i),
			PagesFetched:     c.i64("pages_fetched", i),
			PagesNotModified: c.i64("pages_not_modified", i),
			PagesFailed:      c.i64("pages_failed", i),
			FailuresByCause:  c.causes("failures_by_cause", i),
			ArticlesNew:      c.i64("articles_new", i),
			ArticlesChanged:  c.i64("articles_changed", i),
			RowsArticles:     c.i64("rows_articles", i),
			RowsPeople:       c.i64("rows_people", i),
			RowsViolations:   c.i64("rows_violations", i),
			Error:            c.str("error", i),
			ExtractorVersion: c.str("extractor_version", i),
			ConfigHash:       c.str("config_hash", i),
			Worker:           c.str("worker", i),
			PagesSkipped:     c.i64("pages_skipped", i),
			SkipsByCause:     c.causes("skips_by_cause", i),
			FailuresBySource: c.sourceFailures("failures_by_source", i),
			StartedMonth:     c.part,
		}
	})
}

// KnownArticles calls fn once for every stored article version, reading only the
// four columns it passes, so that a crawler can rebuild its state from the dataset.
// An article with several versions is passed once per version; the latest has the
// greatest fetchedAt.
func (ds *Dataset) KnownArticles(ctx context.Context, fn func(articleID, url, contentHash string, fetchedAt time.Time) error) error {
	f := Filter{Columns: []string{"article_id", "url", "content_hash", "fetched_at"}}
	err := ds.scan(ctx, articlesTable, f, func(c *cursor) error {
		for i := range c.n {
			if err := fn(c.str("article_id", i), c.str("url", i), c.str("content_hash", i), c.ts("fetched_at", i)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("known articles: %w", err)
	}
	return nil
}

// visible reports whether a directory entry is part of the dataset: readers skip
// names starting with "_" or "." (staging, manifests, temporary files).
func visible(name string) bool {
	return name != "" && name[0] != '_' && name[0] != '.'
}

// partitions lists the selected partition directories of tbl, in ascending order.
func (ds *Dataset) partitions(ctx context.Context, st store, tbl *tableDef, f Filter) (values []string, err error) {
	entries, err := st.list(ctx, tbl.name)
	if err != nil {
		return nil, &FileError{Path: st.path(tbl.name), Op: "list", Err: err}
	}
	prefix := tbl.partition + "="
	for _, e := range entries {
		name := e.name
		if !e.isDir || !visible(name) || !strings.HasPrefix(name, prefix) {
			continue
		}
		if v := strings.TrimPrefix(name, prefix); f.matches(v) {
			values = append(values, v)
		}
	}
	sort.Strings(values)
	return values, nil
}

// scan reads the selected files of tbl and calls fn once per record batch.
func (ds *Dataset) scan(ctx context.Context, tbl *tableDef, f Filter, fn func(*cursor) error) error {
	var want map[string]bool
	if f.Columns != nil {
		want = make(map[string]bool, len(f.Columns))
		for _, c := range f.Columns {
			if _, ok := tbl.index[c]; !ok && c != tbl.partition {
				return fmt.Errorf("%w: %s.%s", ErrUnknownColumn, tbl.name, c)
			}
			want[c] = true
		}
	}
	st, err := ds.store(ctx)
	if err != nil {
		return err
	}
	parts, err := ds.partitions(ctx, st, tbl, f)
	if err != nil {
		return err
	}
	for _, v := range parts {
		pd := tbl.name + "/" + tbl.partition + "=" + v
		entries, err := st.list(ctx, pd)
		if err != nil {
			return &FileError{Path: st.path(pd), Op: "list", Err: err}
		}
		for _, e := range entries {
			if e.isDir || !visible(e.name) || !strings.HasSuffix(e.name, ".parquet") {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := ds.readFile(ctx, st, pd+"/"+e.name, want, v, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// readFile reads one Parquet file, decoding only the wanted columns (all if want is
// nil). Errors from the file, including a panic inside the Parquet library on a
// corrupt file, come back as a *FileError; errors from fn are returned unchanged.
func (ds *Dataset) readFile(ctx context.Context, st store, key string, want map[string]bool, part string, fn func(*cursor) error) (err error) {
	var fnErr error
	path := st.path(key)
	defer func() {
		if p := recover(); p != nil {
			err = &FileError{Path: path, Op: "read", Err: fmt.Errorf("corrupt file: %v", p)}
		}
	}()
	obj, err := st.open(ctx, key)
	if err != nil {
		return &FileError{Path: path, Op: "open", Err: err}
	}
	defer obj.Close()
	rdr, err := file.NewParquetReader(obj)
	if err != nil {
		return &FileError{Path: path, Op: "open", Err: err}
	}
	defer rdr.Close()
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{BatchSize: int64(ds.opts.BatchRows)}, ds.mem)
	if err != nil {
		return &FileError{Path: path, Op: "open", Err: err}
	}
	var leaves []int
	for _, sf := range fr.Manifest.Fields {
		if want == nil || want[sf.Field.Name] {
			leaves = appendLeaves(leaves, sf)
		}
	}
	if len(leaves) == 0 {
		// Only the partition column was asked for: rows without columns.
		n := rdr.NumRows()
		for n > 0 {
			k := min(n, int64(ds.opts.BatchRows))
			if fnErr = fn(&cursor{n: int(k), part: part}); fnErr != nil {
				return fnErr
			}
			n -= k
		}
		return nil
	}
	rr, err := fr.GetRecordReader(ctx, leaves, nil)
	if err != nil {
		return &FileError{Path: path, Op: "read", Err: err}
	}
	defer rr.Release()
	for rr.Next() {
		rec := rr.RecordBatch()
		if fnErr = fn(newCursor(rec, part)); fnErr != nil {
			return fnErr
		}
	}
	if err := rr.Err(); err != nil {
		return &FileError{Path: path, Op: "read", Err: err}
	}
	return nil
}

func appendLeaves(dst []int, sf pqarrow.SchemaField) []int {
	if sf.IsLeaf() {
		return append(dst, sf.ColIndex)
	}
	for _, c := range sf.Children {
		dst = appendLeaves(dst, c)
	}
	return dst
}

// cursor gives typed access by column name to one record batch. A column that the
// batch lacks (projected out, or absent from an older file) reads as the zero value.
type cursor struct {
	n    int
	part string
	cols map[string]arrow.Array
}

func newCursor(rec arrow.RecordBatch, part string) *cursor {
	c := &cursor{n: int(rec.NumRows()), part: part, cols: make(map[string]arrow.Array, rec.NumCols())}
	for i, f := range rec.Schema().Fields() {
		c.cols[f.Name] = rec.Column(i)
	}
	return c
}

func (c *cursor) str(name string, i int) string {
	switch a := c.cols[name].(type) {
	case *array.String:
		if a.IsNull(i) {
			return ""
		}
		return strings.Clone(a.Value(i))
	case *array.LargeString:
		if a.IsNull(i) {
			return ""
		}
		return strings.Clone(a.Value(i))
	case *array.Dictionary:
		if a.IsNull(i) {
			return ""
		}
		if d, ok := a.Dictionary().(*array.String); ok {
			return strings.Clone(d.Value(a.GetValueIndex(i)))
		}
	}
	return ""
}

func (c *cursor) i32(name string, i int) int32 {
	if a, ok := c.cols[name].(*array.Int32); ok && a.IsValid(i) {
		return a.Value(i)
	}
	return 0
}

func (c *cursor) i32ptr(name string, i int) *int32 {
	if a, ok := c.cols[name].(*array.Int32); ok && a.IsValid(i) {
		v := a.Value(i)
		return &v
	}
	return nil
}

func (c *cursor) i64(name string, i int) int64 {
	if a, ok := c.cols[name].(*array.Int64); ok && a.IsValid(i) {
		return a.Value(i)
	}
	return 0
}

func (c *cursor) date(name string, i int) time.Time {
	if a, ok := c.cols[name].(*array.Date32); ok && a.IsValid(i) {
		return a.Value(i).ToTime()
	}
	return time.Time{}
}

func (c *cursor) ts(name string, i int) time.Time {
	if a, ok := c.cols[name].(*array.Timestamp); ok && a.IsValid(i) {
		return time.UnixMicro(int64(a.Value(i))).UTC()
	}
	return time.Time{}
}

func (c *cursor) strs(name string, i int) []string {
	a, ok := c.cols[name].(*array.List)
	if !ok || a.IsNull(i) {
		return nil
	}
	vals, ok := a.ListValues().(*array.String)
	if !ok {
		return nil
	}
	start, end := a.ValueOffsets(i)
	if start == end {
		return nil
	}
	out := make([]string, 0, end-start)
	for j := start; j < end; j++ {
		out = append(out, strings.Clone(vals.Value(int(j))))
	}
	return out
}

// structList returns the struct values of the list column name, and row i's
// range in them, when row i holds a non-empty list of structs of at least n
// fields.
func (c *cursor) structList(name string, i, n int) (st *array.Struct, start, end int, ok bool) {
	a, ok := c.cols[name].(*array.List)
	if !ok || a.IsNull(i) {
		return nil, 0, 0, false
	}
	st, ok = a.ListValues().(*array.Struct)
	if !ok || st.NumField() < n {
		return nil, 0, 0, false
	}
	s, e := a.ValueOffsets(i)
	return st, int(s), int(e), s < e
}

func (c *cursor) causes(name string, i int) []CauseCount {
	st, start, end, ok := c.structList(name, i, 2)
	if !ok {
		return nil
	}
	cause, ok1 := st.Field(0).(*array.String)
	count, ok2 := st.Field(1).(*array.Int64)
	if !ok1 || !ok2 {
		return nil
	}
	out := make([]CauseCount, 0, end-start)
	for j := start; j < end; j++ {
		out = append(out, CauseCount{Cause: strings.Clone(cause.Value(j)), Count: count.Value(j)})
	}
	return out
}

func (c *cursor) sourceFailures(name string, i int) []SourceFailure {
	st, start, end, ok := c.structList(name, i, 5)
	if !ok {
		return nil
	}
	src, ok1 := st.Field(0).(*array.String)
	cause, ok2 := st.Field(1).(*array.String)
	count, ok3 := st.Field(2).(*array.Int64)
	u, ok4 := st.Field(3).(*array.String)
	msg, ok5 := st.Field(4).(*array.String)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return nil
	}
	out := make([]SourceFailure, 0, end-start)
	for j := start; j < end; j++ {
		out = append(out, SourceFailure{SourceID: strings.Clone(src.Value(j)), Cause: strings.Clone(cause.Value(j)),
			Count: count.Value(j), URL: strings.Clone(u.Value(j)), Error: strings.Clone(msg.Value(j))})
	}
	return out
}
