package dataset

import (
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
)

// rowEncoder appends one row to a record builder whose schema is the table's.
type rowEncoder func(b *array.RecordBuilder)

func appendString(b array.Builder, s string) {
	b.(*array.StringBuilder).Append(s)
}

func appendNullString(b array.Builder, s string) {
	sb := b.(*array.StringBuilder)
	if s == "" {
		sb.AppendNull()
		return
	}
	sb.Append(s)
}

func appendDate(b array.Builder, d time.Time) {
	db := b.(*array.Date32Builder)
	if d.IsZero() {
		db.AppendNull()
		return
	}
	y, m, day := d.Date()
	db.Append(arrow.Date32FromTime(time.Date(y, m, day, 0, 0, 0, 0, time.UTC)))
}

func appendTime(b array.Builder, t time.Time) {
	b.(*array.TimestampBuilder).Append(arrow.Timestamp(t.UTC().UnixMicro()))
}

func appendInt32(b array.Builder, v int32) { b.(*array.Int32Builder).Append(v) }

func appendInt64(b array.Builder, v int64) { b.(*array.Int64Builder).Append(v) }

func appendStrings(b array.Builder, ss []string) {
	lb := b.(*array.ListBuilder)
	lb.Append(true)
	vb := lb.ValueBuilder().(*array.StringBuilder)
	for _, s := range ss {
		vb.Append(s)
	}
}

func appendCauses(b array.Builder, cs []CauseCount) {
	lb := b.(*array.ListBuilder)
	lb.Append(true)
	sb := lb.ValueBuilder().(*array.StructBuilder)
	for _, c := range cs {
		sb.Append(true)
		sb.FieldBuilder(0).(*array.StringBuilder).Append(c.Cause)
		sb.FieldBuilder(1).(*array.Int64Builder).Append(c.Count)
	}
}

func appendSourceFailures(b array.Builder, fs []SourceFailure) {
	lb := b.(*array.ListBuilder)
	lb.Append(true)
	sb := lb.ValueBuilder().(*array.StructBuilder)
	for _, f := range fs {
		sb.Append(true)
		sb.FieldBuilder(0).(*array.StringBuilder).Append(f.SourceID)
		sb.FieldBuilder(1).(*array.StringBuilder).Append(f.Cause)
		sb.FieldBuilder(2).(*array.Int64Builder).Append(f.Count)
		sb.FieldBuilder(3).(*array.StringBuilder).Append(f.URL)
		sb.FieldBuilder(4).(*array.StringBuilder).Append(f.Error)
	}
}

func (r *ArticleRow) encode(b *array.RecordBuilder) {
	f := b.Fields()
	appendString(f[0], r.ArticleID)
	appendString(f[1], r.URL)
	appendString(f[2], r.SourceID)
	appendNullString(f[3], r.Province)
	appendNullString(f[4], r.County)
	appendString(f[5], r.Title)
	appendString(f[6], r.Body)
	appendInt32(f[7], r.ParagraphCount)
	appendDate(f[8], r.RegisteredDate)
	appendNullString(f[9], r.RegisteredJalali)
	appendDate(f[10], r.OccurredDate)
	appendNullString(f[11], r.OccurredJalali)
	appendStrings(f[12], r.ImageURLs)
	appendTime(f[13], r.FetchedAt)
	appendString(f[14], r.ContentHash)
	appendString(f[15], r.RunID)
	appendString(f[16], r.ExtractorVersion)
	appendNullString(f[17], r.Layout)
	appendNullString(f[18], r.ParseKey)
}

func (r *PersonRow) encode(b *array.RecordBuilder) {
	f := b.Fields()
	appendString(f[0], r.ArticleID)
	appendString(f[1], r.ContentHash)
	appendString(f[2], r.PersonKey)
	appendString(f[3], r.Name)
	appendNullString(f[4], r.Role)
	appendNullString(f[5], r.Organization)
	appendInt32(f[6], r.Start)
	appendInt32(f[7], r.End)
	appendString(f[8], r.Sentence)
	appendNullString(f[9], r.Quote)
	appendString(f[10], r.RunID)
}

func (r *ViolationRow) encode(b *array.RecordBuilder) {
	f := b.Fields()
	appendString(f[0], r.ArticleID)
	appendString(f[1], r.ContentHash)
	appendString(f[2], r.ViolationID)
	appendString(f[3], r.OfficeType)
	appendString(f[4], r.OfficeLabel)
	appendNullString(f[5], r.ViolationType)
	appendNullString(f[6], r.Sanction)
	if r.Count == nil {
		f[7].AppendNull()
	} else {
		appendInt32(f[7], *r.Count)
	}
	appendString(f[8], r.Modality)
	appendNullString(f[9], r.Place)
	appendNullString(f[10], r.Speaker)
	appendString(f[11], r.Evidence)
	appendInt32(f[12], r.Start)
	appendInt32(f[13], r.End)
	appendString(f[14], r.RunID)
}

func (r *RunRow) encode(b *array.RecordBuilder) {
	f := b.Fields()
	appendString(f[0], r.RunID)
	appendString(f[1], r.Job)
	appendString(f[2], r.Trigger)
	appendTime(f[3], r.StartedAt)
	appendTime(f[4], r.FinishedAt)
	appendString(f[5], r.Status)
	appendInt64(f[6], r.PagesFetched)
	appendInt64(f[7], r.PagesNotModified)
	appendInt64(f[8], r.PagesFailed)
	appendCauses(f[9], r.FailuresByCause)
	appendInt64(f[10], r.ArticlesNew)
	appendInt64(f[11], r.ArticlesChanged)
	appendInt64(f[12], r.RowsArticles)
	appendInt64(f[13], r.RowsPeople)
	appendInt64(f[14], r.RowsViolations)
	appendNullString(f[15], r.Error)
	appendString(f[16], r.ExtractorVersion)
	appendNullString(f[17], r.ConfigHash)
	appendInt64(f[18], r.PagesSkipped)
	appendCauses(f[19], r.SkipsByCause)
	appendSourceFailures(f[20], r.FailuresBySource)
	appendNullString(f[21], r.Worker)
}

// The size methods estimate a row's bytes in a record builder: string bytes plus
// offsets, validity and fixed-width values.

func (r *ArticleRow) size() int64 {
	n := len(r.ArticleID) + len(r.URL) + len(r.SourceID) + len(r.Province) + len(r.County) +
		len(r.Title) + len(r.Body) + len(r.RegisteredJalali) + len(r.OccurredJalali) +
		len(r.ContentHash) + len(r.RunID) + len(r.ExtractorVersion) + len(r.Layout) + len(r.ParseKey)
	for _, u := range r.ImageURLs {
		n += len(u) + 4
	}
	return int64(n + 19*4 + 3*8)
}

func (r *PersonRow) size() int64 {
	n := len(r.ArticleID) + len(r.ContentHash) + len(r.PersonKey) + len(r.Name) + len(r.Role) +
		len(r.Organization) + len(r.Sentence) + len(r.Quote) + len(r.RunID)
	return int64(n + 11*4 + 8)
}

func (r *ViolationRow) size() int64 {
	n := len(r.ArticleID) + len(r.ContentHash) + len(r.ViolationID) + len(r.OfficeType) +
		len(r.OfficeLabel) + len(r.ViolationType) + len(r.Sanction) + len(r.Modality) +
		len(r.Place) + len(r.Speaker) + len(r.Evidence) + len(r.RunID)
	return int64(n + 15*4 + 12)
}

func (r *RunRow) size() int64 {
	n := len(r.RunID) + len(r.Job) + len(r.Trigger) + len(r.Status) + len(r.Error) +
		len(r.ExtractorVersion) + len(r.ConfigHash) + len(r.Worker)
	for _, c := range r.FailuresByCause {
		n += len(c.Cause) + 16
	}
	for _, c := range r.SkipsByCause {
		n += len(c.Cause) + 16
	}
	for _, f := range r.FailuresBySource {
		n += len(f.SourceID) + len(f.Cause) + len(f.URL) + len(f.Error) + 40
	}
	return int64(n + 21*8)
}
