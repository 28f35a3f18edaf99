package report

import (
	"time"

	"govwatch/transform/jalali"
)

// Summary is everything a report shows, aggregated from the dataset by Build.
// It is plain data: Render draws it and tests compare it. The unit of counting
// is the incident (a row of the incidents table, see govwatch/link): one
// finding, threat or denial about a set of offices, however many sentences and
// articles state it. Incidents are placed in time by their event date.
type Summary struct {
	// Period is the period reported on; Previous is the period just before it,
	// of the same kind and length, that the changes are measured against.
	Period, Previous jalali.Period
	// Scope is the part of the country covered.
	Scope Scope
	// Current and Prior are the key figures of Period and Previous.
	Current, Prior Figures
	// History holds the counts of the HistoryPeriods periods that end with
	// Period, oldest first, drawn as small multiples: periods of Period's kind,
	// or months for a range of more than two months (the months that end with
	// the month of its last day).
	History []PeriodCount
	// Average6 is the mean of reported incidents, and Average6Offices of offices,
	// over the (up to) six periods before Period that the dataset covers.
	Average6, Average6Offices float64
	// Counties ranks the counties of Scope that had articles or incidents in
	// Period: by province (most incidents first), then by incidents, offices and
	// Persian collation.
	Counties []CountyRow
	// Uncovered lists, in Persian collation order, the counties of Scope that the
	// dataset knows but that had no article in Period.
	Uncovered []string
	// Rises are the counties whose reported incidents rose most from Previous,
	// largest rise first (at most three, rises only).
	Rises []CountyChange
	// ByOffice counts the incidents of Period by office type, in the order of
	// transform.OfficeTypes; an incident about several office types counts under
	// each.
	ByOffice []OfficeRow
	// Trend counts the reported incidents of each week of the trend chart,
	// oldest first. The weeks that overlap Period count only Period's days, so
	// that their bars add up to Current.Incidents.
	Trend []WeekCount
	// Officials are the officials (officials table) that reported or
	// conditional incidents of Period are attributed to, most incidents first.
	Officials []Official
	// Items are the reported and conditional incidents of Period, in order of
	// date, county and ID.
	Items []Item
	// Notable are up to three reported incidents of Period: most offices, then
	// most severe sanction, then earliest.
	Notable []Item
	// FollowUps are the warnings (conditional incidents) of the FollowUpDays
	// days before Period that a reported incident of Period followed up: the
	// same county and one of the same office types. Each warning is paired with
	// the first such incident; in order of the warning's date.
	FollowUps []FollowUp
	// EarlierWarnings counts the warnings of the FollowUpDays days before
	// Period that name a county, followed up or not.
	EarlierWarnings int
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
	// Empty reports that Period has no article and no incident in Scope.
	Empty bool
}

// HistoryPeriods is the number of periods of Summary.History.
const HistoryPeriods = 12

// Figures are the key figures of one period.
type Figures struct {
	// Articles counts the articles (latest versions) published (registered) in
	// the period; ArticlesWithIncidents those that state an incident of it.
	Articles, ArticlesWithIncidents int
	// Incidents counts reported incidents (found or happened); Offices adds up
	// their offices (the stated count, or 1). Denials are not in either.
	Incidents, Offices int
	// Warnings counts conditional incidents (warnings and threats); Denials
	// counts inspections that found nothing.
	Warnings, Denials int
	// Sanctioned counts reported incidents that name at least one sanction.
	Sanctioned int
	// Sanctions counts the reported incidents that name each sanction, one entry
	// per code of transform.Sanctions in that order (zero counts included).
	Sanctions []CodeCount
	// Counties counts the distinct counties of the articles read;
	// CountiesWithIncidents those of the reported incidents.
	Counties, CountiesWithIncidents int
	// Mentions counts the violations rows behind the period's incidents by
	// modality: reported, conditional, denied.
	Mentions [3]int
}

// SanctionRate returns Sanctioned / Incidents, or 0 without incidents.
func (f Figures) SanctionRate() float64 {
	if f.Incidents == 0 {
		return 0
	}
	return float64(f.Sanctioned) / float64(f.Incidents)
}

// CodeCount is a count for one code of a controlled vocabulary.
type CodeCount struct {
	Code  string
	Count int
}

// PeriodCount holds the counts of one period of the history.
type PeriodCount struct {
	Period jalali.Period
	// Incidents counts reported incidents, Offices adds up their offices,
	// Sanctioned counts those that name a sanction; Warnings and Denials count
	// conditional incidents and inspections that found none.
	Incidents, Offices, Sanctioned, Warnings, Denials int
	// ByOffice counts reported incidents by office type, aligned with
	// transform.OfficeTypes (an incident about several types counts under each).
	ByOffice []int
	// Articles counts the articles published in the period.
	Articles int
	// Covered reports whether any article of the dataset was published in the
	// period (in scope), or any incident happened in it; periods before the data
	// began are not counted in averages and are drawn as having no data.
	Covered bool
}

// CountyRow is one county's line in the ranking, or a province's subtotal.
type CountyRow struct {
	Province, County string
	// Subtotal marks a province subtotal row (County is "").
	Subtotal                              bool
	Incidents, Offices, Warnings, Denials int
	// Articles counts the articles read from the county's portals in Period.
	Articles int
}

// CountyChange is the change of one county's reported incidents.
type CountyChange struct {
	County         string
	Current, Prior int
}

// OfficeRow counts the incidents of one office type.
type OfficeRow struct {
	OfficeType           string
	Incidents, Offices   int
	Sanctioned, Warnings int
	Denials              int
	// Imposed counts reported incidents per sanction, aligned with
	// transform.Sanctions.
	Imposed []int
}

// WeekCount is the number of reported incidents in one Jalali week.
type WeekCount struct {
	Week jalali.Period
	// InPeriod reports whether the week overlaps the report's Period.
	InPeriod bool
	Reported int
}

// Official is one official that incidents of the period are attributed to.
type Official struct {
	PersonID string
	// Name is the official's fullest name; Variants the other forms found.
	Name     string
	Variants []string
	// Role and Organization are those of the latest role seen.
	Role, Organization string
	// County is the official's (first) county.
	County string
	// Incidents counts the incidents of Period attributed to them.
	Incidents int
}

// Source is one article an incident is stated in.
type Source struct {
	// Portal is the portal's name (Options.SourceNames, or a name made from the
	// county); Title the article's headline; URL its address.
	Portal, Title, URL string
}

// Item is one incident in the detailed list.
type Item struct {
	IncidentID string
	// Date is the event date and DateSource where it comes from (occurred,
	// relative, registered).
	Date       jalali.Date
	DateSource string
	// Province and County are the incident's.
	Province, County string
	// OfficeTypes, ViolationTypes and Sanctions are codes; Modality is reported
	// or conditional.
	OfficeTypes, ViolationTypes, Sanctions []string
	Modality                               string
	// Count is the stated number of offices, 0 if none; Offices is Count or 1.
	Count, Offices int
	// Speaker is the name of the official the incident is attributed to (the
	// officials table's fullest form when it was resolved to one), "" if none.
	Speaker string
	// Excerpt is the evidence text, shortened to at most excerptRunes code points.
	Excerpt string
	// Sources are the articles that state the incident, the first one first.
	Sources []Source
}

// Appendix describes where the report's data came from.
type Appendix struct {
	// Sources counts the articles of Period per source.
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
	// DateSources counts the period's incidents by where their date comes from.
	DateSources []CodeCount
	// Merged counts the period's incidents stated by more than one article.
	Merged int
	// TablesStored reports whether the dataset's incidents and officials tables
	// hold the incidents this report counts (false when they could not be
	// written, for a read-only or locked dataset).
	TablesStored bool
}

// SourceCount is the number of articles from one source.
type SourceCount struct {
	SourceID, Portal string
	Articles         int
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

// FollowUp is an earlier warning and the reported incident that followed it.
type FollowUp struct {
	Province, County string
	// OfficeTypes are the office types the two have in common.
	OfficeTypes []string
	// The warning: its incident ID, event date, the sanctions it threatened and
	// its first source.
	WarningID        string
	WarningDate      jalali.Date
	WarningSanctions []string
	Warning          Source
	// The reported incident: ID, event date, sanctions imposed, offices and
	// first source.
	ReportedID        string
	ReportedDate      jalali.Date
	ReportedSanctions []string
	Offices           int
	Reported          Source
}
