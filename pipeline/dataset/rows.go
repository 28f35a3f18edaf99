package dataset

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// ArticleRow is one row of the articles table: one stored version of an article.
// Fields map one-to-one to the columns of the same names (see [Dictionary]).
type ArticleRow struct {
	// ArticleID is the stable article ID, normally [ArticleID] of URL. Required.
	ArticleID string
	// URL is the canonical URL of the article page.
	URL string
	// SourceID is the ID of the configured source.
	SourceID string
	// Province is the source's province; "" is stored as NULL.
	Province string
	// County is the source's county; "" is stored as NULL.
	County string
	// Title is the normalised headline.
	Title string
	// Body is the normalised body text that mention offsets point into.
	Body string
	// ParagraphCount is the number of paragraphs in Body.
	ParagraphCount int32
	// RegisteredDate is the Gregorian registration date; only its year, month and day
	// in its own location are stored. The zero time is stored as NULL.
	RegisteredDate time.Time
	// RegisteredJalali is the registration date as printed; "" is stored as NULL.
	RegisteredJalali string
	// OccurredDate is the Gregorian occurrence date; the zero time is stored as NULL.
	OccurredDate time.Time
	// OccurredJalali is the occurrence date as printed; "" is stored as NULL.
	OccurredJalali string
	// ImageURLs are the article's image URLs. Nil and empty are both stored as an
	// empty list and read back as nil.
	ImageURLs []string
	// FetchedAt is the fetch time, stored in UTC with microsecond precision.
	FetchedAt time.Time
	// ContentHash is the hash of the extracted content. Required.
	ContentHash string
	// RunID is the run that wrote the row; if empty, the Txn fills it in.
	RunID string
	// ExtractorVersion is the version of the extraction rules.
	ExtractorVersion string
	// Layout is what read the page: a profile's name or "auto"; "" is stored
	// as NULL.
	Layout string
	// ParseKey names what produced Title, Body and the printed dates (extract's
	// parse version, the profile, the normalisation); "" is stored as NULL, and
	// is what a row whose text was cut at the analysis bounds carries.
	ParseKey string
	// RegisteredMonth is the partition value. The writer ignores it and sets it from
	// RegisteredDate with [MonthOf]; the reader fills it in from the partition.
	RegisteredMonth string
}

// PersonRow is one row of the people table: one mention of a person.
type PersonRow struct {
	// ArticleID is the article the mention is in. Required.
	ArticleID string
	// ContentHash is the content hash of the article version. Required.
	ContentHash string
	// PersonKey identifies the person within the article version.
	PersonKey string
	// Name is the person's normalised name.
	Name string
	// Role is the person's role or title; "" is stored as NULL.
	Role string
	// Organization is the person's organisation; "" is stored as NULL.
	Organization string
	// Start is the offset in Unicode code points of the sentence in the article
	// body (inclusive).
	Start int32
	// End is the offset in Unicode code points of the end of the sentence in the
	// article body (exclusive).
	End int32
	// Sentence is the sentence that holds the mention, Body[Start:End] in code points.
	Sentence string
	// Quote is what the person is quoted as saying; "" is stored as NULL.
	Quote string
	// RunID is the run that wrote the row; if empty, the Txn fills it in.
	RunID string
	// RegisteredMonth is the partition value (YYYY-MM or "unknown"). If empty, the
	// writer uses the month of the article with the same ArticleID added in the same
	// Txn, or "unknown".
	RegisteredMonth string
}

// ViolationRow is one row of the violations table: one mention of an office
// violation.
type ViolationRow struct {
	// ArticleID is the article the mention is in. Required.
	ArticleID string
	// ContentHash is the content hash of the article version. Required.
	ContentHash string
	// ViolationID is the stable mention ID, normally [ViolationID]; if empty, the
	// Txn fills it in from ArticleID, Start and End.
	ViolationID string
	// OfficeType is the office_type code.
	OfficeType string
	// OfficeLabel is the words the article uses for the office.
	OfficeLabel string
	// ViolationType is the violation_type code; "" is stored as NULL.
	ViolationType string
	// Sanction is the sanction code; "" is stored as NULL.
	Sanction string
	// Count is the number of offices or cases given; nil is stored as NULL.
	Count *int32
	// Modality is reported, conditional or denied.
	Modality string
	// Place is the place named with the violation; "" is stored as NULL.
	Place string
	// Speaker is the person_key of the speaker; "" is stored as NULL.
	Speaker string
	// Evidence is the evidence text, Body[Start:End] in code points.
	Evidence string
	// Start is the offset in Unicode code points of the evidence (inclusive).
	Start int32
	// End is the offset in Unicode code points of the end of the evidence (exclusive).
	End int32
	// RunID is the run that wrote the row; if empty, the Txn fills it in.
	RunID string
	// RegisteredMonth is the partition value, as for [PersonRow.RegisteredMonth].
	RegisteredMonth string
}

// CauseCount is a number of failed pages that share one cause.
type CauseCount struct {
	// Cause is a short lower_snake_case cause, such as http_5xx or parse.
	Cause string
	// Count is the number of pages that failed with Cause.
	Count int64
}

// SourceFailure counts the pages of one source that failed with one cause in one
// run, with the first of them as an example.
type SourceFailure struct {
	// SourceID is the configured source.
	SourceID string `json:"source_id"`
	// Cause is the failure's cause, as in CauseCount.
	Cause string `json:"cause"`
	// Count is the number of the source's pages that failed with Cause.
	Count int64 `json:"count"`
	// URL and Error are those of the first page that failed with Cause.
	URL   string `json:"url"`
	Error string `json:"error"`
}

// RunRow is one row of the runs table: one committed run of a job.
type RunRow struct {
	// RunID is the run's ID. If empty, the Txn fills it in.
	RunID string
	// Job is the job's name.
	Job string
	// Trigger is what started the run: schedule, catchup, cli, backfill, api or
	// page.
	Trigger string
	// StartedAt is when the run started (stored UTC, microseconds). Required.
	StartedAt time.Time
	// FinishedAt is when the run finished (stored UTC, microseconds).
	FinishedAt time.Time
	// Status is succeeded, partial, failed, interrupted or skipped.
	Status string
	// PagesFetched counts pages fetched with a 200 response.
	PagesFetched int64
	// PagesNotModified counts 304 responses.
	PagesNotModified int64
	// PagesFailed counts pages that failed at any stage.
	PagesFailed int64
	// FailuresByCause breaks PagesFailed down by cause; nil and empty are both
	// stored as an empty list and read back as nil.
	FailuresByCause []CauseCount
	// ArticlesNew counts articles seen for the first time.
	ArticlesNew int64
	// ArticlesChanged counts articles whose content hash changed.
	ArticlesChanged int64
	// RowsArticles counts rows written to articles.
	RowsArticles int64
	// RowsPeople counts rows written to people.
	RowsPeople int64
	// RowsViolations counts rows written to violations.
	RowsViolations int64
	// Error is the error that ended the run; "" is stored as NULL.
	Error string
	// ExtractorVersion is the version of the extraction rules.
	ExtractorVersion string
	// ConfigHash is the hash of the configuration; "" is stored as NULL.
	ConfigHash string
	// PagesSkipped counts pages not requested on purpose (robots, limits).
	PagesSkipped int64
	// SkipsByCause breaks PagesSkipped down by cause; nil and empty are both
	// stored as an empty list and read back as nil.
	SkipsByCause []CauseCount
	// FailuresBySource breaks PagesFailed down by source and cause, each with an
	// example; nil and empty are both stored as an empty list and read back as nil.
	FailuresBySource []SourceFailure
	// Worker names the queue worker that ran the run; "" (stored as NULL) for a
	// run in the process that started it.
	Worker string
	// StartedMonth is the partition value. The writer ignores it and sets it to the
	// UTC month of StartedAt; the reader fills it in from the partition.
	StartedMonth string
}

// ArticleID returns the stable ID of the article at canonicalURL: the first 16 bytes
// of the SHA-256 of the URL's bytes, as 32 lowercase hex digits. The URL must already
// be canonical; ArticleID does not normalise it.
func ArticleID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:16])
}

// ViolationID returns the stable ID of a violation mention: the first 8 bytes of the
// SHA-256 of "articleID:start:end", as 16 lowercase hex digits. Offsets are in Unicode
// code points, as in the table.
func ViolationID(articleID string, start, end int32) string {
	b := make([]byte, 0, len(articleID)+24)
	b = append(b, articleID...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(end), 10)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// MonthOf returns the partition value for a registration date: "YYYY-MM" of the date
// in its own location, or [UnknownMonth] for the zero time.
func MonthOf(d time.Time) string {
	if d.IsZero() {
		return UnknownMonth
	}
	return d.Format("2006-01")
}

// validMonth reports whether s is a partition value: YYYY-MM or "unknown".
func validMonth(s string) bool {
	if s == UnknownMonth {
		return true
	}
	t, err := time.Parse("2006-01", s)
	return err == nil && t.Format("2006-01") == s
}
