package report

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

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
	violationColumns = []string{"article_id", "content_hash", "violation_id", "office_type",
		"office_label", "violation_type", "sanction", "count", "modality", "speaker", "evidence", "start"}
	peopleColumns = []string{"article_id", "content_hash", "person_key", "name", "role", "organization"}
	runColumns    = []string{"run_id", "job", "status", "started_at", "finished_at", "pages_fetched",
		"pages_not_modified", "pages_failed", "failures_by_cause", "extractor_version"}
)

// window is the span of Jalali days Build reads, and the Gregorian month
// partitions that hold it.
type window struct {
	start, end jalali.Date
	from, to   string
}

// readWindow returns the days of the period, the previous period and the trend
// weeks, which are all Build needs.
func readWindow(p, prev jalali.Period, weeks []jalali.Period) window {
	w := window{start: p.Start, end: p.End}
	if prev.Valid() && prev.Start.Before(w.start) {
		w.start = prev.Start
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

// version is the latest version of one article seen so far.
type version struct {
	row  dataset.ArticleRow
	date jalali.Date
}

// Build reads the dataset for opts.Period and opts.Scope and aggregates it into
// a Summary. It reads only the month partitions of the period, the previous
// period and the trend weeks, and only the columns it uses; the runs table,
// which has one small row per run, is read whole. A period without articles
// gives a Summary with Empty set, not an error.
func Build(ctx context.Context, ds *dataset.Dataset, opts Options) (Summary, error) {
	if err := opts.validate(); err != nil {
		return Summary{}, err
	}
	p := opts.Period
	s := Summary{Period: p, Previous: p.Previous(), Scope: opts.Scope}
	weeks := trendWeeks(p)
	win := readWindow(p, s.Previous, weeks)
	f := dataset.Filter{From: win.from, To: win.to}

	// Latest version of every article in the partitions read.
	latest := make(map[string]*version)
	f.Columns = articleColumns
	err := ds.ScanArticles(ctx, f, func(r dataset.ArticleRow) error {
		if v, ok := latest[r.ArticleID]; ok {
			if c := r.FetchedAt.Compare(v.row.FetchedAt); c < 0 || c == 0 && r.ContentHash <= v.row.ContentHash {
				return nil
			}
		}
		var d jalali.Date
		if !r.RegisteredDate.IsZero() {
			y, m, dd := r.RegisteredDate.Date()
			d = jalali.FromGregorian(y, m, dd)
		}
		latest[r.ArticleID] = &version{row: r, date: d}
		return nil
	})
	if err != nil {
		return Summary{}, fmt.Errorf("read articles: %w", err)
	}

	// Keep the versions in scope and in the window.
	m := newMatcher(opts.Scope)
	type place struct {
		province, county string
		in               bool
	}
	places := make(map[[2]string]place)
	selected := make(map[string]*version) // by article_id
	for id, v := range latest {
		if !v.date.Valid() || v.date.Before(win.start) || v.date.After(win.end) {
			continue
		}
		k := [2]string{v.row.Province, v.row.County}
		pl, seen := places[k]
		if !seen {
			pl = place{transform.Normalize(k[0]), transform.Normalize(k[1]), m.match(k[0], k[1])}
			places[k] = pl
		}
		if pl.in {
			v.row.Province, v.row.County = pl.province, pl.county
			selected[id] = v
		}
		if v.row.FetchedAt.After(s.DataTime) {
			s.DataTime = v.row.FetchedAt
		}
	}

	// Violations of the selected versions.
	var viols []violation
	f.Columns = violationColumns
	err = ds.ScanViolations(ctx, f, func(r dataset.ViolationRow) error {
		v, ok := selected[r.ArticleID]
		if !ok || v.row.ContentHash != r.ContentHash {
			return nil
		}
		viols = append(viols, violation{row: r, art: v})
		return nil
	})
	if err != nil {
		return Summary{}, fmt.Errorf("read violations: %w", err)
	}

	// People who are speakers of a violation mention in the period.
	// The speaker column holds a person_key; rows that hold the person's name
	// instead are matched by name within the same article version.
	speakers := make(map[[3]string]bool)
	for _, v := range viols {
		if v.row.Speaker != "" && p.Contains(v.art.date) {
			speakers[[3]string{v.row.ArticleID, v.row.ContentHash, v.row.Speaker}] = true
			speakers[nameKey(v.row.ArticleID, v.row.ContentHash, v.row.Speaker)] = true
		}
	}
	people := make(map[[3]string]dataset.PersonRow)
	if len(speakers) > 0 {
		f.Columns = peopleColumns
		err = ds.ScanPeople(ctx, f, func(r dataset.PersonRow) error {
			for _, k := range [][3]string{{r.ArticleID, r.ContentHash, r.PersonKey}, nameKey(r.ArticleID, r.ContentHash, r.Name)} {
				if _, dup := people[k]; speakers[k] && !dup {
					people[k] = r
				}
			}
			return nil
		})
		if err != nil {
			return Summary{}, fmt.Errorf("read people: %w", err)
		}
	}

	runs, err := readRuns(ctx, ds)
	if err != nil {
		return Summary{}, err
	}

	s.Current = figures(p, selected, viols)
	if s.Previous.Valid() {
		s.Prior = figures(s.Previous, selected, viols)
	} else {
		s.Prior = figures(jalali.Period{}, nil, nil)
	}
	s.Empty = s.Current.Articles == 0
	s.ByOfficeCounty = byOfficeCounty(p, viols)
	s.SanctionsByOffice = sanctionsByOffice(p, viols)
	s.Trend = trend(p, weeks, viols)
	s.Officials = officials(p, viols, people)
	s.Items = items(p, viols)
	// Only runs that read pages or wrote rows are about the data: a report run, which
	// does neither, must not change the bytes of the next report of the same data.
	var dataRuns []runRow
	for _, r := range runs {
		if r.PagesFetched+r.PagesNotModified+r.PagesFailed+r.RowsArticles+r.RowsPeople+r.RowsViolations > 0 {
			dataRuns = append(dataRuns, r)
		}
	}
	s.Appendix = appendix(p, selected, dataRuns, opts.ExtractorVersion)
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

// violation is one violation row with the article version it belongs to.
type violation struct {
	row dataset.ViolationRow
	art *version
}

func figures(p jalali.Period, arts map[string]*version, viols []violation) Figures {
	var f Figures
	counties := make(map[string]bool)
	for _, v := range arts {
		if p.Contains(v.date) {
			f.Articles++
			if v.row.County != "" {
				counties[transform.NormalizeKey(v.row.County)] = true
			}
		}
	}
	f.Counties = len(counties)
	with := make(map[string]bool)
	sanctions := make(map[string]int)
	for _, v := range viols {
		if !p.Contains(v.art.date) {
			continue
		}
		with[v.row.ArticleID] = true
		switch v.row.Modality {
		case transform.ModalityReported:
			f.Reported++
			if v.row.Sanction != "" {
				sanctions[v.row.Sanction]++
			}
		case transform.ModalityConditional:
			f.Conditional++
		case transform.ModalityDenied:
			f.Denied++
		}
	}
	f.ArticlesWithMentions = len(with)
	f.Sanctions = make([]CodeCount, len(transform.Sanctions))
	for i, c := range transform.Sanctions {
		f.Sanctions[i] = CodeCount{Code: c.Code, Count: sanctions[c.Code]}
	}
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

func byOfficeCounty(p jalali.Period, viols []violation) []OfficeCountyRow {
	idx := make(map[[3]string]int)
	var rows []OfficeCountyRow
	for _, v := range viols {
		if !p.Contains(v.art.date) {
			continue
		}
		k := [3]string{v.art.row.Province, v.art.row.County, v.row.OfficeType}
		i, ok := idx[k]
		if !ok {
			i = len(rows)
			idx[k] = i
			rows = append(rows, OfficeCountyRow{Province: k[0], County: k[1], OfficeType: k[2]})
		}
		switch v.row.Modality {
		case transform.ModalityReported:
			rows[i].Reported++
		case transform.ModalityConditional:
			rows[i].Conditional++
		case transform.ModalityDenied:
			rows[i].Denied++
		}
	}
	slices.SortFunc(rows, func(a, b OfficeCountyRow) int {
		return cmp.Or(strings.Compare(a.Province, b.Province), strings.Compare(a.County, b.County),
			cmp.Compare(codeIndex(transform.OfficeTypes, a.OfficeType), codeIndex(transform.OfficeTypes, b.OfficeType)),
			strings.Compare(a.OfficeType, b.OfficeType))
	})
	return rows
}

func sanctionsByOffice(p jalali.Period, viols []violation) []SanctionRow {
	idx := make(map[string]int)
	var rows []SanctionRow
	for _, v := range viols {
		if !p.Contains(v.art.date) || v.row.Sanction == "" {
			continue
		}
		if v.row.Modality != transform.ModalityReported && v.row.Modality != transform.ModalityConditional {
			continue
		}
		i, ok := idx[v.row.OfficeType]
		if !ok {
			i = len(rows)
			idx[v.row.OfficeType] = i
			rows = append(rows, SanctionRow{OfficeType: v.row.OfficeType, Imposed: make([]int, len(transform.Sanctions))})
		}
		if v.row.Modality == transform.ModalityConditional {
			rows[i].Warned++
			continue
		}
		if j := codeIndex(transform.Sanctions, v.row.Sanction); j < len(transform.Sanctions) {
			rows[i].Imposed[j]++
		}
	}
	slices.SortFunc(rows, func(a, b SanctionRow) int {
		return cmp.Or(cmp.Compare(codeIndex(transform.OfficeTypes, a.OfficeType), codeIndex(transform.OfficeTypes, b.OfficeType)),
			strings.Compare(a.OfficeType, b.OfficeType))
	})
	return rows
}

func trend(p jalali.Period, weeks []jalali.Period, viols []violation) []WeekCount {
	out := make([]WeekCount, len(weeks))
	for i, w := range weeks {
		out[i] = WeekCount{Week: w, InPeriod: !w.End.Before(p.Start) && !w.Start.After(p.End)}
	}
	for _, v := range viols {
		if v.row.Modality != transform.ModalityReported {
			continue
		}
		for i := range out {
			if out[i].Week.Contains(v.art.date) {
				out[i].Reported++
				break
			}
		}
	}
	return out
}

func officials(p jalali.Period, viols []violation, people map[[3]string]dataset.PersonRow) []Official {
	type agg struct {
		name     string
		roles    map[string]int
		orgs     map[string]int
		mentions int
		articles map[string]bool
	}
	byKey := make(map[string]*agg)
	for _, v := range viols {
		if v.row.Speaker == "" || !p.Contains(v.art.date) {
			continue
		}
		pr, ok := people[[3]string{v.row.ArticleID, v.row.ContentHash, v.row.Speaker}]
		if !ok {
			pr, ok = people[nameKey(v.row.ArticleID, v.row.ContentHash, v.row.Speaker)]
		}
		if !ok || strings.TrimSpace(pr.Name) == "" {
			continue
		}
		k := transform.NormalizeKey(pr.Name)
		a := byKey[k]
		if a == nil {
			a = &agg{name: pr.Name, roles: map[string]int{}, orgs: map[string]int{}, articles: map[string]bool{}}
			byKey[k] = a
		}
		if pr.Name < a.name {
			a.name = pr.Name
		}
		a.mentions++
		a.articles[v.row.ArticleID] = true
		if pr.Role != "" {
			a.roles[pr.Role]++
		}
		if pr.Organization != "" {
			a.orgs[pr.Organization]++
		}
	}
	out := make([]Official, 0, len(byKey))
	for _, a := range byKey {
		out = append(out, Official{Name: a.name, Role: mostFrequent(a.roles), Organization: mostFrequent(a.orgs),
			Mentions: a.mentions, Articles: len(a.articles)})
	}
	slices.SortFunc(out, func(a, b Official) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), strings.Compare(a.Name, b.Name))
	})
	return out
}

// nameKey is the key of a person by normalised name within one article version.
func nameKey(articleID, hash, name string) [3]string {
	return [3]string{articleID, hash, "name:" + transform.NormalizeKey(name)}
}

// mostFrequent returns the key with the greatest count, the smallest key on a
// tie, or "" for an empty map.
func mostFrequent(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

func items(p jalali.Period, viols []violation) []Item {
	type keyed struct {
		it    Item
		start int32
	}
	var ks []keyed
	for _, v := range viols {
		if !p.Contains(v.art.date) {
			continue
		}
		if v.row.Modality != transform.ModalityReported && v.row.Modality != transform.ModalityConditional {
			continue
		}
		it := Item{
			Date: v.art.date, Province: v.art.row.Province, County: v.art.row.County,
			OfficeType: v.row.OfficeType, ViolationType: v.row.ViolationType, Sanction: v.row.Sanction,
			Modality: v.row.Modality, OfficeLabel: v.row.OfficeLabel,
			Excerpt: shorten(v.row.Evidence, excerptRunes),
			Title:   v.art.row.Title, URL: v.art.row.URL,
			ArticleID: v.row.ArticleID, ViolationID: v.row.ViolationID,
		}
		if v.row.Count != nil {
			it.Count = int(*v.row.Count)
		}
		ks = append(ks, keyed{it, v.row.Start})
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(a.it.Date.Compare(b.it.Date), strings.Compare(a.it.Province, b.it.Province),
			strings.Compare(a.it.County, b.it.County), strings.Compare(a.it.URL, b.it.URL),
			cmp.Compare(a.start, b.start), strings.Compare(a.it.ViolationID, b.it.ViolationID))
	})
	out := make([]Item, len(ks))
	for i, k := range ks {
		out[i] = k.it
	}
	return out
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

func appendix(p jalali.Period, arts map[string]*version, runs []runRow, extractor string) Appendix {
	var a Appendix
	sources := make(map[string]int)
	runIDs := make(map[string]bool)
	versions := make(map[string]bool)
	if extractor != "" {
		versions[extractor] = true
	}
	for _, v := range arts {
		if !p.Contains(v.date) {
			continue
		}
		sources[v.row.SourceID]++
		runIDs[v.row.RunID] = true
		if v.row.ExtractorVersion != "" {
			versions[v.row.ExtractorVersion] = true
		}
	}
	for id, n := range sources {
		a.Sources = append(a.Sources, SourceCount{SourceID: id, Articles: n})
	}
	slices.SortFunc(a.Sources, func(x, y SourceCount) int {
		return cmp.Or(cmp.Compare(y.Articles, x.Articles), strings.Compare(x.SourceID, y.SourceID))
	})
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
