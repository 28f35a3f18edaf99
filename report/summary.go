package report

import (
	"time"

	"govwatch/transform/jalali"
)

// Summary is everything a report shows, aggregated from the dataset by Build.
// It is plain data: Render draws it and tests compare it. Counts are numbers
// of rows of the violations table (mentions) unless a field says otherwise.
type Summary struct {
	// Period is the period reported on; Previous is the period just before it,
	// of the same kind and length, that the changes are measured against.
	Period, Previous jalali.Period
	// Scope is the part of the country covered.
	Scope Scope
	// Current and Prior are the key figures of Period and Previous.
	Current, Prior Figures
	// ByOfficeCounty counts the mentions of Period by county and office type, in
	// order of province, county and then transform.OfficeTypes.
	ByOfficeCounty []OfficeCountyRow
	// SanctionsByOffice counts the sanctions of Period by office type, in the
	// order of transform.OfficeTypes; office types without a sanction are left out.
	SanctionsByOffice []SanctionRow
	// Trend counts the reported mentions of each week of the trend chart, oldest
	// first: the twelve weeks that end with the week holding Period's last day, or
	// every week of Period if it spans more.
	Trend []WeekCount
	// Officials are the people that violation mentions of Period are attributed
	// to, most mentions first.
	Officials []Official
	// Items are the reported and conditional mentions of Period, in order of date,
	// county, article and position in the article.
	Items []Item
	// Appendix describes the data behind the report.
	Appendix Appendix
	// DataVersion names the state of the dataset the report was made from: the ID
	// of the latest run committed to it, or "" for a dataset without runs.
	DataVersion string
	// DataTime is the latest fetched_at (UTC) of the article versions read, or,
	// if none were read, the finish time of the latest run; the zero time for an
	// empty dataset. Render uses it as the PDF's creation date and as the report's
	// generation time, so that the same data gives the same bytes.
	DataTime time.Time
	// Empty reports that Period has no article in Scope.
	Empty bool
}

// Figures are the key figures of one period.
type Figures struct {
	// Articles counts the articles (latest versions) registered in the period.
	Articles int
	// ArticlesWithMentions counts those with at least one violation mention of
	// any modality.
	ArticlesWithMentions int
	// Reported, Conditional and Denied count the mentions by modality.
	Reported, Conditional, Denied int
	// Sanctions counts the reported mentions that carry each sanction, one entry
	// per code of transform.Sanctions in that order (zero counts included).
	Sanctions []CodeCount
	// Counties counts the distinct counties of the articles.
	Counties int
}

// Mentions returns the number of mentions of every modality.
func (f Figures) Mentions() int { return f.Reported + f.Conditional + f.Denied }

// CodeCount is a count for one code of a controlled vocabulary.
type CodeCount struct {
	Code  string
	Count int
}

// OfficeCountyRow counts the mentions of one office type in one county.
type OfficeCountyRow struct {
	Province, County string
	OfficeType       string
	Reported         int
	Conditional      int
	Denied           int
}

// Total returns the mentions of every modality.
func (r OfficeCountyRow) Total() int { return r.Reported + r.Conditional + r.Denied }

// SanctionRow counts the sanctions named for one office type.
type SanctionRow struct {
	OfficeType string
	// Imposed counts reported mentions per sanction, aligned with
	// transform.Sanctions.
	Imposed []int
	// Warned counts conditional mentions (warnings and threats) that name any
	// sanction.
	Warned int
}

// TotalImposed returns the sum of Imposed.
func (r SanctionRow) TotalImposed() int {
	n := 0
	for _, c := range r.Imposed {
		n += c
	}
	return n
}

// WeekCount is the number of reported mentions in one Jalali week.
type WeekCount struct {
	Week jalali.Period
	// InPeriod reports whether the week overlaps the report's Period.
	InPeriod bool
	Reported int
}

// Official is one person that violation mentions are attributed to.
type Official struct {
	// Name, Role and Organization are as extracted; Role and Organization are the
	// most frequent non-empty values over the person's mentions.
	Name, Role, Organization string
	// Mentions counts the violation mentions attributed to the person.
	Mentions int
	// Articles counts the distinct articles they are in.
	Articles int
}

// Item is one reported or conditional violation mention in the detailed list.
type Item struct {
	// Date is the article's Jalali registration date.
	Date jalali.Date
	// Province and County are the article's.
	Province, County string
	// OfficeType, ViolationType, Sanction and Modality are codes ("" if none).
	OfficeType, ViolationType, Sanction, Modality string
	// OfficeLabel is the article's own words for the office.
	OfficeLabel string
	// Count is the number of offices or cases the mention gives, 0 if none.
	Count int
	// Excerpt is the evidence text, shortened to at most excerptRunes code points.
	Excerpt string
	// Title and URL identify the source article; ArticleID and ViolationID are the
	// dataset's keys, so that the mention can be found again.
	Title, URL             string
	ArticleID, ViolationID string
}

// Appendix describes where the report's data came from.
type Appendix struct {
	// Sources counts the articles of Period per source, by source ID.
	Sources []SourceCount
	// Runs are the runs that wrote the article versions of Period, oldest first;
	// for an empty Period, every run of the dataset.
	Runs []RunInfo
	// PagesFetched, PagesNotModified and PagesFailed add up those runs' counters.
	PagesFetched, PagesNotModified, PagesFailed int64
	// Failures adds up those runs' failed pages by cause, most first.
	Failures []CauseCount
	// ExtractorVersions lists the extractor versions of the article versions and
	// runs, sorted; it includes Options.ExtractorVersion if set.
	ExtractorVersions []string
}

// SourceCount is the number of articles from one source.
type SourceCount struct {
	SourceID string
	Articles int
}

// RunInfo is one run of the runs table.
type RunInfo struct {
	RunID, Job, Status string
	StartedAt          time.Time
	PagesFetched       int64
	PagesNotModified   int64
	PagesFailed        int64
}

// CauseCount is a number of failed pages with one cause.
type CauseCount struct {
	Cause string
	Count int64
}
