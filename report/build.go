package report

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"govwatch/link"
	"govwatch/pipeline/dataset"
	"govwatch/transform"
	"govwatch/transform/jalali"
)

// Languages of the report's labels.
const (
	LangFA = "fa"
	LangEN = "en"
)

// DefaultTrendWeeks is the number of weeks the trend chart shows when the
// period spans fewer.
const DefaultTrendWeeks = 12

// excerptRunes bounds the length of an Item's Excerpt, in code points.
const excerptRunes = 280

// Options choose what a report covers and how it is labelled.
type Options struct {
	// Period is the Jalali period reported on. Required.
	Period jalali.Period
	// Scope is the part of the country covered; the zero Scope is everything.
	Scope Scope
	// Lang is LangFA (the default when empty) or LangEN; it selects the labels.
	// Names and excerpts stay Persian in both.
	Lang string
	// Location is the time zone in which the generation time is shown; nil means
	// Asia/Tehran (UTC if the zone database lacks it).
	Location *time.Location
	// ExtractorVersion, if set, is the version of the extraction rules of the
	// running binary, listed in the appendix beside those found in the data.
	ExtractorVersion string
	// SourceNames maps source IDs to the portals' names, with which source links
	// are labelled; a source without one is named after its county.
	SourceNames map[string]string
	// Accuracy, if its Extractor is set, is the extractors' measured accuracy
	// on real text that the method page states.
	Accuracy Accuracy
	// TopN bounds the rows of the detailed list and of the officials in the body
	// of the report (the rest are summed up in one line, listed in the appendix
	// when there are at most AppendixRows, and always in the attached CSV files).
	// Zero means DefaultTopN.
	TopN int
}

// DefaultTopN is the default of Options.TopN.
const DefaultTopN = 25

// AppendixRows is the greatest number of incidents the appendix lists in full;
// longer lists are only in the attached incidents.csv.
const AppendixRows = 150

func (o Options) topN() int {
	if o.TopN > 0 {
		return o.TopN
	}
	return DefaultTopN
}

func (o Options) validate() error {
	if !o.Period.Valid() {
		return fmt.Errorf("%w: period is not valid", ErrBadOptions)
	}
	switch o.Lang {
	case "", LangFA, LangEN:
	default:
		return fmt.Errorf("%w: language %q, want fa or en", ErrBadOptions, o.Lang)
	}
	return nil
}

func (o Options) location() *time.Location {
	if o.Location != nil {
		return o.Location
	}
	if loc, err := time.LoadLocation("Asia/Tehran"); err == nil {
		return loc
	}
	return time.UTC
}

// Columns read from each table. Build decodes nothing else.
var (
	articleColumns = []string{"article_id", "url", "source_id", "province", "county", "title",
		"registered_date", "fetched_at", "content_hash", "run_id", "extractor_version"}
	runColumns = []string{"run_id", "job", "status", "started_at", "finished_at", "pages_fetched",
		"pages_not_modified", "pages_failed", "failures_by_cause", "extractor_version"}
)

// window is the span of Jalali days Build reads, and the Gregorian month
// partitions that hold it.
type window struct {
	start, end jalali.Date
	from, to   string
}

// readWindow returns the days of the history periods (from first) and the trend
// weeks, which are all the articles Build needs.
func readWindow(p, first jalali.Period, weeks []jalali.Period) window {
	w := window{start: p.Start, end: p.End}
	if first.Valid() && first.Start.Before(w.start) {
		w.start = first.Start
	}
	if len(weeks) > 0 && weeks[0].Start.Before(w.start) {
		w.start = weeks[0].Start
	}
	if len(weeks) > 0 && weeks[len(weeks)-1].End.After(w.end) {
		w.end = weeks[len(weeks)-1].End
	}
	w.from = gregorianMonth(w.start)
	w.to = gregorianMonth(w.end)
	return w
}

func gregorianMonth(d jalali.Date) string {
	y, m, _ := d.Gregorian()
	return fmt.Sprintf("%04d-%02d", y, int(m))
}

// trendWeeks returns the weeks of the trend chart: DefaultTrendWeeks weeks that
// end with the week of p's last day, or every week of p if it spans more.
func trendWeeks(p jalali.Period) []jalali.Period {
	last := jalali.WeekOf(p.End)
	first := jalali.WeekOf(p.Start)
	if !last.Valid() || !first.Valid() {
		return nil
	}
	n := last.Start.Sub(first.Start)/7 + 1
	n = max(n, DefaultTrendWeeks)
	weeks := make([]jalali.Period, 0, n)
	w := last
	for range n {
		if !w.Valid() {
			break
		}
		weeks = append(weeks, w)
		w = w.Previous()
	}
	slices.Reverse(weeks)
	return weeks
}

// averagePeriods is the number of periods before the report's that the
// averages of the first page are taken over.
const averagePeriods = 6

// history returns the periods of the same kind and length that end with p, the
// current one and averagePeriods before it, oldest first.
func history(p jalali.Period) []jalali.Period {
	out := []jalali.Period{p}
	for len(out) < averagePeriods+1 {
		prev := out[len(out)-1].Previous()
		if !prev.Valid() {
			break
		}
		out = append(out, prev)
	}
	slices.Reverse(out)
	return out
}

// longRange is the number of days above which a range's history is shown by
// months: twelve years of history for a report of one year say little.
const longRange = 62

// multiples returns the HistoryPeriods periods of the small multiples, oldest
// first: for a month, a week or a short range, the periods of the same kind that
// end with p; for a range of more than longRange days, the Jalali months that end
// with the month of its last day.
func multiples(p jalali.Period) []jalali.Period {
	last := p
	if p.Kind == jalali.PeriodRange && p.Days() > longRange {
		last = jalali.MonthOf(p.End)
	}
	out := []jalali.Period{last}
	for len(out) < HistoryPeriods {
		prev := out[len(out)-1].Previous()
		if !prev.Valid() {
			break
		}
		out = append(out, prev)
	}
	slices.Reverse(out)
	return out
}

// art is the latest version of one article in the window read.
type art struct {
	row  dataset.ArticleRow
	date jalali.Date // registration date
}

// inc is one incident with its date and place.
type inc struct {
	row  dataset.IncidentRow
	date jalali.Date
}

// collator sorts Persian names in Persian alphabetical order (CLDR "fa"), so
// that پ چ ژ گ sort beside ب ج ز ک and not after ی.
func collator() *collate.Collator { return collate.New(language.Persian) }

// Build reads the dataset for opts.Period and opts.Scope and aggregates it into
// a Summary. It first brings the incidents and officials tables up to date with
// link.Refresh (deriving and writing them if the source tables changed since,
// unless the dataset is read-only or a run holds its lock) and counts from the
// same rows those tables hold. Articles are read from the partitions of the
// history periods and trend weeks only, with the columns used. A period without
// articles and incidents gives a Summary with Empty set, not an error.
func Build(ctx context.Context, ds *dataset.Dataset, opts Options) (Summary, error) {
	if err := opts.validate(); err != nil {
		return Summary{}, err
	}
	p := opts.Period
	s := Summary{Period: p, Previous: p.Previous(), Scope: opts.Scope}
	weeks := trendWeeks(p)
	hist := history(p)
	mult := multiples(p)
	first := hist[0]
	if mult[0].Start.Before(first.Start) {
		first = mult[0]
	}
	win := readWindow(p, first, weeks)

	derived, err := link.Refresh(ctx, ds)
	if err != nil {
		return Summary{}, fmt.Errorf("derive incidents: %w", err)
	}

	m := newMatcher(opts.Scope)
	inScope := func(province, county string) bool { return m.match(province, county) }

	// Latest version of every article in the partitions read.
	latest := make(map[string]*art)
	err = ds.ScanArticles(ctx, dataset.Filter{From: win.from, To: win.to, Columns: articleColumns}, func(r dataset.ArticleRow) error {
		if v, ok := latest[r.ArticleID]; ok {
			if c := r.FetchedAt.Compare(v.row.FetchedAt); c < 0 || c == 0 && r.ContentHash <= v.row.ContentHash {
				return nil
			}
		}
		r.Province, r.County = transform.Normalize(r.Province), transform.Normalize(r.County)
		a := &art{row: r}
		if !r.RegisteredDate.IsZero() {
			y, mm, dd := r.RegisteredDate.Date()
			a.date = jalali.FromGregorian(y, mm, dd)
		}
		latest[r.ArticleID] = a
		return nil
	})
	if err != nil {
		return Summary{}, fmt.Errorf("read articles: %w", err)
	}
	var arts []*art // in scope and window
	for _, a := range latest {
		if !a.date.Valid() || a.date.Before(win.start) || a.date.After(win.end) || !inScope(a.row.Province, a.row.County) {
			continue
		}
		arts = append(arts, a)
		if a.row.FetchedAt.After(s.DataTime) {
			s.DataTime = a.row.FetchedAt
		}
	}
	slices.SortFunc(arts, func(a, b *art) int { return strings.Compare(a.row.ArticleID, b.row.ArticleID) })

	var incs []inc // in scope, dated
	for _, r := range derived.Incidents {
		if r.EventDate.IsZero() || !inScope(r.Province, r.County) {
			continue
		}
		y, mm, dd := r.EventDate.Date()
		incs = append(incs, inc{row: r, date: jalali.FromGregorian(y, mm, dd)})
	}

	runs, err := readRuns(ctx, ds)
	if err != nil {
		return Summary{}, err
	}
	known, err := knownCounties(ctx, ds, inScope)
	if err != nil {
		return Summary{}, err
	}

	s.Current = figures(p, arts, incs)
	s.Prior = figures(s.Previous, arts, incs)
	s.Empty = s.Current.Articles == 0 && s.Current.Incidents+s.Current.Warnings+s.Current.Denials == 0
	_, s.Average6, s.Average6Offices = historyCounts(hist, arts, incs)
	s.History, _, _ = historyCounts(mult, arts, incs)
	s.Counties, s.Uncovered = counties(p, arts, incs, known)
	s.Rises = rises(p, s.Previous, incs)
	s.ByOffice = byOffice(p, incs)
	s.Trend = trend(p, weeks, incs)
	s.Officials = officials(p, incs, derived.Officials)
	titles := make(map[string]*art, len(latest))
	for id, a := range latest {
		titles[id] = a
	}
	names := make(map[string]string, len(derived.Officials))
	for _, o := range derived.Officials {
		names[o.PersonID] = o.Name
	}
	s.Items = items(p, incs, titles, opts.SourceNames, names)
	s.Notable = notable(s.Items)
	s.FollowUps, s.EarlierWarnings = followUps(p, incs, titles, opts.SourceNames)
	// Only runs that read pages or wrote rows are about the data: a report run, which
	// does neither, must not change the bytes of the next report of the same data.
	var dataRuns []runRow
	for _, r := range runs {
		if r.PagesFetched+r.PagesNotModified+r.PagesFailed+r.RowsArticles+r.RowsPeople+r.RowsViolations > 0 {
			dataRuns = append(dataRuns, r)
		}
	}
	s.Appendix = appendix(p, arts, incs, dataRuns, opts)
	s.Appendix.TablesStored = derived.Stored
	if len(dataRuns) > 0 {
		last := dataRuns[len(dataRuns)-1]
		s.DataVersion = last.RunID
		if s.DataTime.IsZero() {
			s.DataTime = last.FinishedAt
			if s.DataTime.IsZero() {
				s.DataTime = last.StartedAt
			}
		}
	}
	s.DataTime = s.DataTime.UTC()
	return s, nil
}

// knownCounties returns the counties (normalised) of every article of the
// dataset in scope, by province.
func knownCounties(ctx context.Context, ds *dataset.Dataset, inScope func(p, c string) bool) (map[string]string, error) {
	seen := map[[2]string]bool{}
	out := map[string]string{}
	err := ds.ScanArticles(ctx, dataset.Filter{Columns: []string{"province", "county"}}, func(r dataset.ArticleRow) error {
		k := [2]string{r.Province, r.County}
		if seen[k] {
			return nil
		}
		seen[k] = true
		if r.County != "" && inScope(r.Province, r.County) {
			out[transform.Normalize(r.County)] = transform.Normalize(r.Province)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read counties: %w", err)
	}
	return out, nil
}

func figures(p jalali.Period, arts []*art, incs []inc) Figures {
	f := Figures{Sanctions: make([]CodeCount, len(transform.Sanctions))}
	for i, c := range transform.Sanctions {
		f.Sanctions[i].Code = c.Code
	}
	if !p.Valid() {
		return f
	}
	counties, incCounties, with := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, a := range arts {
		if p.Contains(a.date) {
			f.Articles++
			if a.row.County != "" {
				counties[a.row.County] = true
			}
		}
	}
	inPeriod := map[string]bool{}
	for _, a := range arts {
		if p.Contains(a.date) {
			inPeriod[a.row.ArticleID] = true
		}
	}
	for _, in := range incs {
		if !p.Contains(in.date) {
			continue
		}
		for _, id := range in.row.ArticleIDs {
			if inPeriod[id] {
				with[id] = true
			}
		}
		n := len(in.row.ViolationIDs)
		switch in.row.Modality {
		case transform.ModalityReported:
			f.Incidents++
			f.Offices += int(in.row.Offices)
			f.Mentions[0] += n
			if in.row.County != "" {
				incCounties[in.row.County] = true
			}
			if len(in.row.Sanctions) > 0 {
				f.Sanctioned++
			}
			for _, sc := range in.row.Sanctions {
				if j := codeIndex(transform.Sanctions, sc); j < len(f.Sanctions) {
					f.Sanctions[j].Count++
				}
			}
		case transform.ModalityConditional:
			f.Warnings++
			f.Mentions[1] += n
		case transform.ModalityDenied:
			f.Denials++
			f.Mentions[2] += n
		}
	}
	f.ArticlesWithIncidents = len(with)
	f.Counties, f.CountiesWithIncidents = len(counties), len(incCounties)
	return f
}

// codeIndex returns the position of code in list, or len(list) for an unknown
// code, so that unknown codes sort last.
func codeIndex(list []transform.Code, code string) int {
	for i, c := range list {
		if c.Code == code {
			return i
		}
	}
	return len(list)
}

// historyCounts counts each period of hist, and averages the reported
// incidents and offices of the (up to) averagePeriods covered periods before the
// last one.
func historyCounts(hist []jalali.Period, arts []*art, incs []inc) ([]PeriodCount, float64, float64) {
	out := make([]PeriodCount, len(hist))
	for i, h := range hist {
		out[i].Period = h
		out[i].ByOffice = make([]int, len(transform.OfficeTypes))
	}
	// Periods are consecutive and ordered: find each date's period by search.
	find := func(d jalali.Date) int {
		i, _ := slices.BinarySearchFunc(out, d, func(pc PeriodCount, d jalali.Date) int {
			if pc.Period.End.Before(d) {
				return -1
			}
			if pc.Period.Start.After(d) {
				return 1
			}
			return 0
		})
		if i < len(out) && out[i].Period.Contains(d) {
			return i
		}
		return -1
	}
	for _, a := range arts {
		if i := find(a.date); i >= 0 {
			out[i].Articles++
			out[i].Covered = true
		}
	}
	for _, in := range incs {
		i := find(in.date)
		if i < 0 {
			continue
		}
		pc := &out[i]
		pc.Covered = true
		switch in.row.Modality {
		case transform.ModalityReported:
			pc.Incidents++
			pc.Offices += int(in.row.Offices)
			if len(in.row.Sanctions) > 0 {
				pc.Sanctioned++
			}
			for _, ot := range in.row.OfficeTypes {
				if j := codeIndex(transform.OfficeTypes, ot); j < len(pc.ByOffice) {
					pc.ByOffice[j]++
				}
			}
		case transform.ModalityConditional:
			pc.Warnings++
		case transform.ModalityDenied:
			pc.Denials++
		}
	}
	var n, sum, sumO int
	for i := len(out) - 2; i >= 0 && i >= len(out)-1-averagePeriods; i-- {
		if out[i].Covered {
			n++
			sum += out[i].Incidents
			sumO += out[i].Offices
		}
	}
	if n == 0 {
		return out, 0, 0
	}
	return out, float64(sum) / float64(n), float64(sumO) / float64(n)
}

func counties(p jalali.Period, arts []*art, incs []inc, known map[string]string) ([]CountyRow, []string) {
	rows := map[[2]string]*CountyRow{}
	get := func(province, county string) *CountyRow {
		k := [2]string{province, county}
		r := rows[k]
		if r == nil {
			r = &CountyRow{Province: province, County: county}
			rows[k] = r
		}
		return r
	}
	covered := map[string]bool{}
	for _, a := range arts {
		if p.Contains(a.date) {
			get(a.row.Province, a.row.County).Articles++
			covered[a.row.County] = true
		}
	}
	for _, in := range incs {
		if !p.Contains(in.date) {
			continue
		}
		r := get(in.row.Province, in.row.County)
		switch in.row.Modality {
		case transform.ModalityReported:
			r.Incidents++
			r.Offices += int(in.row.Offices)
		case transform.ModalityConditional:
			r.Warnings++
		case transform.ModalityDenied:
			r.Denials++
		}
	}
	col := collator()
	byProv := map[string][]CountyRow{}
	provTotal := map[string]*CountyRow{}
	for _, r := range rows {
		byProv[r.Province] = append(byProv[r.Province], *r)
		t := provTotal[r.Province]
		if t == nil {
			t = &CountyRow{Province: r.Province, Subtotal: true}
			provTotal[r.Province] = t
		}
		t.Incidents += r.Incidents
		t.Offices += r.Offices
		t.Warnings += r.Warnings
		t.Denials += r.Denials
		t.Articles += r.Articles
	}
	rank := func(a, b CountyRow) int {
		return cmp.Or(cmp.Compare(b.Incidents, a.Incidents), cmp.Compare(b.Offices, a.Offices),
			cmp.Compare(b.Warnings, a.Warnings), col.CompareString(a.County, b.County), strings.Compare(a.County, b.County))
	}
	provs := make([]CountyRow, 0, len(provTotal))
	for _, t := range provTotal {
		provs = append(provs, *t)
	}
	slices.SortFunc(provs, func(a, b CountyRow) int {
		return cmp.Or(cmp.Compare(b.Incidents, a.Incidents), cmp.Compare(b.Offices, a.Offices),
			col.CompareString(a.Province, b.Province), strings.Compare(a.Province, b.Province))
	})
	var out []CountyRow
	for _, t := range provs {
		list := byProv[t.Province]
		slices.SortFunc(list, rank)
		out = append(out, list...)
		if len(provs) > 1 {
			out = append(out, t)
		}
	}
	var unc []string
	for c := range known {
		if !covered[c] {
			unc = append(unc, c)
		}
	}
	col.SortStrings(unc)
	return out, unc
}

func rises(p, prev jalali.Period, incs []inc) []CountyChange {
	cur, old := map[string]int{}, map[string]int{}
	for _, in := range incs {
		if in.row.Modality != transform.ModalityReported || in.row.County == "" {
			continue
		}
		switch {
		case p.Contains(in.date):
			cur[in.row.County]++
		case prev.Valid() && prev.Contains(in.date):
			old[in.row.County]++
		}
	}
	var out []CountyChange
	for c, n := range cur {
		if n > old[c] {
			out = append(out, CountyChange{County: c, Current: n, Prior: old[c]})
		}
	}
	col := collator()
	slices.SortFunc(out, func(a, b CountyChange) int {
		return cmp.Or(cmp.Compare(b.Current-b.Prior, a.Current-a.Prior), cmp.Compare(b.Current, a.Current),
			col.CompareString(a.County, b.County))
	})
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

func byOffice(p jalali.Period, incs []inc) []OfficeRow {
	idx := map[string]*OfficeRow{}
	for _, in := range incs {
		if !p.Contains(in.date) {
			continue
		}
		for _, ot := range in.row.OfficeTypes {
			r := idx[ot]
			if r == nil {
				r = &OfficeRow{OfficeType: ot, Imposed: make([]int, len(transform.Sanctions))}
				idx[ot] = r
			}
			switch in.row.Modality {
			case transform.ModalityReported:
				r.Incidents++
				r.Offices += int(in.row.Offices)
				if len(in.row.Sanctions) > 0 {
					r.Sanctioned++
				}
				for _, sc := range in.row.Sanctions {
					if j := codeIndex(transform.Sanctions, sc); j < len(r.Imposed) {
						r.Imposed[j]++
					}
				}
			case transform.ModalityConditional:
				r.Warnings++
			case transform.ModalityDenied:
				r.Denials++
			}
		}
	}
	out := make([]OfficeRow, 0, len(idx))
	for _, r := range idx {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b OfficeRow) int {
		return cmp.Or(cmp.Compare(codeIndex(transform.OfficeTypes, a.OfficeType), codeIndex(transform.OfficeTypes, b.OfficeType)),
			strings.Compare(a.OfficeType, b.OfficeType))
	})
	return out
}

func trend(p jalali.Period, weeks []jalali.Period, incs []inc) []WeekCount {
	out := make([]WeekCount, len(weeks))
	for i, w := range weeks {
		out[i] = WeekCount{Week: w, InPeriod: !w.End.Before(p.Start) && !w.Start.After(p.End)}
	}
	for _, in := range incs {
		if in.row.Modality != transform.ModalityReported {
			continue
		}
		for i := range out {
			if !out[i].Week.Contains(in.date) {
				continue
			}
			// A week at the edge of the period counts only the period's days.
			if !out[i].InPeriod || p.Contains(in.date) {
				out[i].Reported++
			}
			break
		}
	}
	return out
}

func officials(p jalali.Period, incs []inc, offs []dataset.OfficialRow) []Official {
	count := map[string]int{}
	for _, in := range incs {
		if in.row.SpeakerID != "" && in.row.Modality != transform.ModalityDenied && p.Contains(in.date) {
			count[in.row.SpeakerID]++
		}
	}
	var out []Official
	for _, o := range offs {
		n := count[o.PersonID]
		if n == 0 {
			continue
		}
		of := Official{PersonID: o.PersonID, Name: o.Name, Incidents: n}
		for _, v := range o.NameVariants {
			if v != o.Name {
				of.Variants = append(of.Variants, v)
			}
		}
		if len(o.Counties) > 0 {
			of.County = o.Counties[0]
		}
		var last time.Time
		for _, r := range o.Roles {
			if of.Role == "" && of.Organization == "" || !r.LastSeen.Before(last) {
				of.Role, of.Organization, last = r.Role, r.Organization, r.LastSeen
			}
		}
		out = append(out, of)
	}
	col := collator()
	slices.SortFunc(out, func(a, b Official) int {
		return cmp.Or(cmp.Compare(b.Incidents, a.Incidents), col.CompareString(a.Name, b.Name), strings.Compare(a.PersonID, b.PersonID))
	})
	return out
}

// portalName names a source for a reader: the configured name, else one made
// from the county ("" if neither is known).
func portalName(names map[string]string, sourceID, county string) string {
	if n := names[sourceID]; n != "" {
		return n
	}
	if county != "" {
		return "فرمانداری " + county
	}
	return ""
}

// items lists the reported and conditional incidents of p. An incident's
// speaker is named by the official it was resolved to (officials, by person
// ID: the fullest form of the name), else as the violations row gives it.
func items(p jalali.Period, incs []inc, arts map[string]*art, names, officials map[string]string) []Item {
	var out []Item
	for _, in := range incs {
		r := in.row
		if !p.Contains(in.date) || r.Modality == transform.ModalityDenied {
			continue
		}
		it := Item{IncidentID: r.IncidentID, Date: in.date, DateSource: r.DateSource, Province: r.Province, County: r.County,
			OfficeTypes: r.OfficeTypes, ViolationTypes: r.ViolationTypes, Sanctions: r.Sanctions, Modality: r.Modality,
			Offices: int(r.Offices), Speaker: r.Speaker, Excerpt: shorten(r.Evidence, excerptRunes)}
		if n := officials[r.SpeakerID]; n != "" {
			it.Speaker = n
		}
		if r.Count != nil {
			it.Count = int(*r.Count)
		}
		for i, id := range r.ArticleIDs {
			src := Source{URL: r.URLs[i]}
			if a := arts[id]; a != nil {
				src.Title = a.row.Title
				src.Portal = portalName(names, a.row.SourceID, a.row.County)
			} else if i == 0 {
				src.Portal = portalName(names, r.SourceID, r.County)
			}
			it.Sources = append(it.Sources, src)
		}
		out = append(out, it)
	}
	col := collator()
	slices.SortFunc(out, func(a, b Item) int {
		return cmp.Or(a.Date.Compare(b.Date), col.CompareString(a.County, b.County), strings.Compare(a.IncidentID, b.IncidentID),
			strings.Compare(a.Modality, b.Modality))
	})
	return out
}

// FollowUpDays is how far back before a period the report looks for the
// warnings that a reported incident of the period may follow up.
const FollowUpDays = 180

// followUps pairs warnings (conditional incidents) of the FollowUpDays before p
// with the first reported incident of p in the same county about one of the same
// office types, after the warning. It also counts those warnings.
func followUps(p jalali.Period, incs []inc, arts map[string]*art, names map[string]string) ([]FollowUp, int) {
	from := p.Start.AddDays(-FollowUpDays)
	var warns, reps []inc
	for _, in := range incs {
		if in.row.County == "" {
			continue
		}
		switch {
		case in.row.Modality == transform.ModalityConditional && !in.date.Before(from) && in.date.Before(p.Start):
			warns = append(warns, in)
		case in.row.Modality == transform.ModalityReported && p.Contains(in.date):
			reps = append(reps, in)
		}
	}
	byDate := func(a, b inc) int {
		return cmp.Or(a.date.Compare(b.date), strings.Compare(a.row.IncidentID, b.row.IncidentID))
	}
	slices.SortFunc(warns, byDate)
	slices.SortFunc(reps, byDate)
	source := func(r dataset.IncidentRow) Source {
		src := Source{URL: r.URLs[0]}
		if a := arts[r.ArticleIDs[0]]; a != nil {
			src.Title, src.Portal = a.row.Title, portalName(names, a.row.SourceID, a.row.County)
		} else {
			src.Portal = portalName(names, r.SourceID, r.County)
		}
		return src
	}
	var out []FollowUp
	for _, w := range warns {
		for _, r := range reps {
			if r.row.County != w.row.County {
				continue
			}
			var common []string
			for _, ot := range r.row.OfficeTypes {
				if slices.Contains(w.row.OfficeTypes, ot) {
					common = append(common, ot)
				}
			}
			if len(common) == 0 {
				continue
			}
			out = append(out, FollowUp{Province: w.row.Province, County: w.row.County, OfficeTypes: common,
				WarningID: w.row.IncidentID, WarningDate: w.date, WarningSanctions: w.row.Sanctions, Warning: source(w.row),
				ReportedID: r.row.IncidentID, ReportedDate: r.date, ReportedSanctions: r.row.Sanctions, Offices: int(r.row.Offices),
				Reported: source(r.row)})
			break
		}
	}
	return out, len(warns)
}

// severity ranks an item's most severe sanction: the position of the first of
// its sanctions in transform.Sanctions (most severe first), len when none.
func severity(it Item) int {
	best := len(transform.Sanctions)
	for _, s := range it.Sanctions {
		best = min(best, codeIndex(transform.Sanctions, s))
	}
	return best
}

func notable(its []Item) []Item {
	var rep []Item
	for _, it := range its {
		if it.Modality == transform.ModalityReported {
			rep = append(rep, it)
		}
	}
	slices.SortStableFunc(rep, func(a, b Item) int {
		return cmp.Or(cmp.Compare(b.Offices, a.Offices), cmp.Compare(severity(a), severity(b)), a.Date.Compare(b.Date))
	})
	if len(rep) > 3 {
		rep = rep[:3]
	}
	return rep
}

// shorten returns s with its spaces collapsed, cut to at most n code points at
// a word boundary where possible, with an ellipsis if it was cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// runRow is one row of the runs table as Build reads it.
type runRow = dataset.RunRow

func readRuns(ctx context.Context, ds *dataset.Dataset) ([]runRow, error) {
	var runs []runRow
	err := ds.ScanRuns(ctx, dataset.Filter{Columns: runColumns}, func(r dataset.RunRow) error {
		runs = append(runs, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read runs: %w", err)
	}
	slices.SortFunc(runs, func(a, b runRow) int {
		return cmp.Or(a.StartedAt.Compare(b.StartedAt), strings.Compare(a.RunID, b.RunID))
	})
	return runs, nil
}

func appendix(p jalali.Period, arts []*art, incs []inc, runs []runRow, opts Options) Appendix {
	var a Appendix
	type src struct {
		n      int
		county string
	}
	sources := make(map[string]*src)
	runIDs := make(map[string]bool)
	versions := make(map[string]bool)
	if opts.ExtractorVersion != "" {
		versions[opts.ExtractorVersion] = true
	}
	for _, v := range arts {
		if !p.Contains(v.date) {
			continue
		}
		s := sources[v.row.SourceID]
		if s == nil {
			s = &src{county: v.row.County}
			sources[v.row.SourceID] = s
		}
		s.n++
		runIDs[v.row.RunID] = true
		if v.row.ExtractorVersion != "" {
			versions[v.row.ExtractorVersion] = true
		}
	}
	for id, s := range sources {
		a.Sources = append(a.Sources, SourceCount{SourceID: id, Portal: portalName(opts.SourceNames, id, s.county), Articles: s.n})
	}
	slices.SortFunc(a.Sources, func(x, y SourceCount) int {
		return cmp.Or(cmp.Compare(y.Articles, x.Articles), strings.Compare(x.SourceID, y.SourceID))
	})
	dates := map[string]int{}
	for _, in := range incs {
		if p.Contains(in.date) {
			dates[in.row.DateSource]++
			if len(in.row.ArticleIDs) > 1 {
				a.Merged++
			}
		}
	}
	for _, k := range []string{link.DateOccurred, link.DateRelative, link.DateRegistered} {
		a.DateSources = append(a.DateSources, CodeCount{Code: k, Count: dates[k]})
	}
	causes := make(map[string]int64)
	for _, r := range runs {
		if len(runIDs) > 0 && !runIDs[r.RunID] {
			continue
		}
		a.Runs = append(a.Runs, RunInfo{RunID: r.RunID, Job: r.Job, Status: r.Status, StartedAt: r.StartedAt,
			PagesFetched: r.PagesFetched, PagesNotModified: r.PagesNotModified, PagesFailed: r.PagesFailed})
		a.PagesFetched += r.PagesFetched
		a.PagesNotModified += r.PagesNotModified
		a.PagesFailed += r.PagesFailed
		for _, c := range r.FailuresByCause {
			causes[c.Cause] += c.Count
		}
		if r.ExtractorVersion != "" {
			versions[r.ExtractorVersion] = true
		}
	}
	for c, n := range causes {
		a.Failures = append(a.Failures, CauseCount{Cause: c, Count: n})
	}
	slices.SortFunc(a.Failures, func(x, y CauseCount) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), strings.Compare(x.Cause, y.Cause))
	})
	for v := range versions {
		a.ExtractorVersions = append(a.ExtractorVersions, v)
	}
	slices.Sort(a.ExtractorVersions)
	return a
}

// sortByWeight orders items for the body of the report: reported before
// conditional, then most offices, most severe sanction, earliest date.
func sortByWeight(its []Item) {
	slices.SortStableFunc(its, func(a, b Item) int {
		ra, rb := a.Modality == transform.ModalityReported, b.Modality == transform.ModalityReported
		if ra != rb {
			if ra {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.Offices, a.Offices), cmp.Compare(severity(a), severity(b)), a.Date.Compare(b.Date))
	})
}
