package link

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"govwatch/pipeline/dataset"
	"govwatch/transform"
	"govwatch/transform/jalali"
)

// Where an incident's date comes from (incidents.date_source).
const (
	DateOccurred   = "occurred"
	DateRelative   = "relative"
	DateRegistered = "registered"
	DateNone       = "none"
)

// MergeRule says when clauses of different articles are one incident. Two
// clauses are merged when all of these hold:
//
//   - they come from different articles (two clauses of one article are two
//     incidents, however alike);
//   - their articles' sources have the same county (or, without a county, the
//     same province), compared after Persian normalisation;
//   - they have the same modality and the same set of office types;
//   - they state the same count of offices, or both state none and then name the
//     same set of sanctions;
//   - both have an event date, and each lies within Days days of the incident's
//     first (earliest) date.
//
// A clause joins the earliest incident it fits; the incident keeps the first
// clause's evidence and speaker, the union of types and sanctions, and the links
// to every article.
type MergeRule struct {
	// Days is the greatest distance in days from the incident's first date.
	Days int
}

// DefaultMerge is the rule Derive uses: within three days.
var DefaultMerge = MergeRule{Days: 3}

// clause is one clause of one article version: the violation rows that share
// an evidence span and a modality.
type clause struct {
	art        *article
	start, end int32
	modality   string
	offices    []string
	vtypes     []string
	sanctions  []string
	count      *int32
	speaker    string
	evidence   string
	ids        []string
	date       jalali.Date
	dateSource string
}

// article is the latest version of one article, as Derive reads it.
type article struct {
	row  dataset.ArticleRow
	reg  jalali.Date // registration date, zero if none
	occ  jalali.Date // occurrence date, zero if none
	area string      // normalised county key, or province key without a county
}

func dateOf(t time.Time) jalali.Date {
	if t.IsZero() {
		return jalali.Date{}
	}
	y, m, d := t.Date()
	return jalali.FromGregorian(y, m, d)
}

// orderedCodes returns the codes present in set, in the order of list, then any
// unknown codes sorted.
func orderedCodes(list []transform.Code, set map[string]bool) []string {
	var out []string
	for _, c := range list {
		if set[c.Code] {
			out = append(out, c.Code)
		}
	}
	var rest []string
	for c := range set {
		if !slices.ContainsFunc(list, func(k transform.Code) bool { return k.Code == c }) {
			rest = append(rest, c)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// clauses groups the violation rows of the latest article versions into clauses.
// Rows whose article version is not the latest are ignored.
func clauses(arts map[string]*article, viols []dataset.ViolationRow) []*clause {
	type key struct {
		id         string
		start, end int32
		modality   string
	}
	type acc struct {
		c                          *clause
		offices, vtypes, sanctions map[string]bool
		counts                     map[int32]bool
		firstID                    string
	}
	groups := map[key]*acc{}
	var order []key
	for _, v := range viols {
		a, ok := arts[v.ArticleID]
		if !ok || a.row.ContentHash != v.ContentHash {
			continue
		}
		k := key{v.ArticleID, v.Start, v.End, v.Modality}
		g := groups[k]
		if g == nil {
			g = &acc{c: &clause{art: a, start: v.Start, end: v.End, modality: v.Modality, evidence: v.Evidence},
				offices: map[string]bool{}, vtypes: map[string]bool{}, sanctions: map[string]bool{}, counts: map[int32]bool{}}
			groups[k] = g
			order = append(order, k)
		}
		g.offices[v.OfficeType] = true
		if v.ViolationType != "" {
			g.vtypes[v.ViolationType] = true
		}
		if v.Sanction != "" {
			g.sanctions[v.Sanction] = true
		}
		if v.Count != nil && *v.Count > 0 {
			g.counts[*v.Count] = true
		}
		g.c.ids = append(g.c.ids, v.ViolationID)
		// The speaker of the clause is the speaker of its first row (by ID, so
		// that the order rows are read in does not matter).
		if v.Speaker != "" && (g.firstID == "" || v.ViolationID < g.firstID) {
			g.c.speaker, g.firstID = v.Speaker, v.ViolationID
		}
	}
	out := make([]*clause, 0, len(order))
	for _, k := range order {
		g := groups[k]
		c := g.c
		c.offices = orderedCodes(transform.OfficeTypes, g.offices)
		c.vtypes = orderedCodes(transform.ViolationTypes, g.vtypes)
		c.sanctions = orderedCodes(transform.Sanctions, g.sanctions)
		if len(g.counts) > 0 {
			var n int32
			for v := range g.counts {
				n += v
			}
			c.count = &n
		}
		slices.Sort(c.ids)
		c.ids = slices.Compact(c.ids)
		c.date, c.dateSource = eventDate(c.art, c.evidence)
		out = append(out, c)
	}
	return out
}

// eventDate dates a clause: a relative day the clause names («روز گذشته»)
// resolved against the registration date, else the portal's occurrence date,
// else the registration date.
func eventDate(a *article, evidence string) (jalali.Date, string) {
	if a.reg.Valid() {
		if d, ok := jalali.ResolveRelative(evidence, a.reg); ok {
			return d, DateRelative
		}
	}
	if a.occ.Valid() {
		return a.occ, DateOccurred
	}
	if a.reg.Valid() {
		return a.reg, DateRegistered
	}
	return jalali.Date{}, DateNone
}

// incident is a set of clauses that state one finding.
type incident struct {
	clauses []*clause
	first   *clause
	arts    map[string]bool
}

// mergeKey is what clauses must share to be merged; "" for a clause that never
// merges (no date).
func mergeKey(c *clause) string {
	if !c.date.Valid() {
		return ""
	}
	k := c.art.area + "|" + c.modality + "|" + strings.Join(c.offices, ",") + "|"
	if c.count != nil {
		return k + "n=" + strconv.Itoa(int(*c.count))
	}
	return k + "s=" + strings.Join(c.sanctions, ",")
}

// clauseOrder orders clauses by date (undated last), article and offset.
func clauseOrder(a, b *clause) int {
	if a.date.Valid() != b.date.Valid() {
		if a.date.Valid() {
			return -1
		}
		return 1
	}
	return cmp.Or(a.date.Compare(b.date), strings.Compare(a.art.row.ArticleID, b.art.row.ArticleID),
		cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), strings.Compare(a.modality, b.modality))
}

// merge groups clauses into incidents by r.
func (r MergeRule) merge(cs []*clause) []*incident {
	slices.SortFunc(cs, clauseOrder)
	open := map[string][]*incident{}
	var out []*incident
	for _, c := range cs {
		k := mergeKey(c)
		var into *incident
		if k != "" {
			for _, in := range open[k] {
				if c.date.Sub(in.first.date) <= r.Days && !in.arts[c.art.row.ArticleID] {
					into = in
					break
				}
			}
		}
		if into == nil {
			into = &incident{first: c, arts: map[string]bool{}}
			out = append(out, into)
			if k != "" {
				// Incidents whose first date is too far back to take new clauses
				// are dropped from the open list.
				kept := open[k][:0]
				for _, in := range open[k] {
					if c.date.Sub(in.first.date) <= r.Days {
						kept = append(kept, in)
					}
				}
				open[k] = append(kept, into)
			}
		}
		into.clauses = append(into.clauses, c)
		into.arts[c.art.row.ArticleID] = true
	}
	return out
}

// row turns an incident into its table row. speakerID maps a clause to the
// official who is its speaker ("" if none).
func (in *incident) row(speakerID func(*clause) string) dataset.IncidentRow {
	f := in.first
	offices, vtypes, sanctions := map[string]bool{}, map[string]bool{}, map[string]bool{}
	var ids []string
	var artIDs, urls []string
	seen := map[string]bool{}
	for _, c := range in.clauses {
		for _, x := range c.offices {
			offices[x] = true
		}
		for _, x := range c.vtypes {
			vtypes[x] = true
		}
		for _, x := range c.sanctions {
			sanctions[x] = true
		}
		ids = append(ids, c.ids...)
		if id := c.art.row.ArticleID; !seen[id] {
			seen[id] = true
			artIDs = append(artIDs, id)
			urls = append(urls, c.art.row.URL)
		}
	}
	slices.Sort(ids)
	r := dataset.IncidentRow{
		IncidentID:     f.ids[0],
		DateSource:     f.dateSource,
		Province:       transform.Normalize(f.art.row.Province),
		County:         transform.Normalize(f.art.row.County),
		SourceID:       f.art.row.SourceID,
		OfficeTypes:    orderedCodes(transform.OfficeTypes, offices),
		ViolationTypes: orderedCodes(transform.ViolationTypes, vtypes),
		Sanctions:      orderedCodes(transform.Sanctions, sanctions),
		Modality:       f.modality,
		Count:          f.count,
		Offices:        1,
		Speaker:        f.speaker,
		SpeakerID:      speakerID(f),
		Evidence:       f.evidence,
		ArticleID:      f.art.row.ArticleID,
		ContentHash:    f.art.row.ContentHash,
		Start:          f.start,
		End:            f.end,
		ArticleIDs:     artIDs,
		URLs:           urls,
		ViolationIDs:   slices.Compact(ids),
	}
	if f.count != nil {
		r.Offices = *f.count
	}
	if f.date.Valid() {
		r.EventDate = f.date.Time(time.UTC)
		r.EventJalali = f.date.String()
		r.EventMonth = dataset.MonthOf(r.EventDate)
	} else {
		r.EventMonth = dataset.UnknownMonth
	}
	return r
}
