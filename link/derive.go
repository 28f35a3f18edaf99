package link

import (
	"cmp"
	"slices"
	"strings"

	"govwatch/pipeline/dataset"
	"govwatch/transform"
)

// Input is what Derive reads. Articles may hold several versions of an article;
// only the latest (greatest fetched_at, then greatest content_hash) counts, and
// only the people and violation rows of that version. Bodies are not needed.
type Input struct {
	Articles   []dataset.ArticleRow
	People     []dataset.PersonRow
	Violations []dataset.ViolationRow
}

// Result holds the rows of the derived tables.
type Result struct {
	// Incidents are sorted by event date (undated last), county and ID.
	Incidents []dataset.IncidentRow
	// Officials are sorted by first county, name and ID.
	Officials []dataset.OfficialRow
}

// Derive computes incidents and officials from in, with DefaultMerge. The same
// input gives the same rows, in the same order, whatever the order of its rows.
func Derive(in Input) Result {
	return DefaultMerge.Derive(in)
}

// Derive computes incidents and officials from in with rule r.
func (r MergeRule) Derive(in Input) Result {
	arts := latest(in.Articles)
	places := map[string]bool{}
	for _, a := range arts {
		for _, p := range []string{a.row.County, a.row.Province} {
			if k := transform.NormalizeKey(p); k != "" {
				places[k] = true
			}
		}
	}

	// Officials, and the map from an article's speaker to them.
	var ms []*mention
	for _, p := range in.People {
		a, ok := arts[p.ArticleID]
		if !ok || a.row.ContentHash != p.ContentHash {
			continue
		}
		name := transform.Normalize(p.Name)
		m := &mention{art: a, key: p.PersonKey, name: name, role: transform.Normalize(p.Role),
			org: transform.Normalize(p.Organization), tokens: strings.Fields(name), compact: transform.NormalizeKey(name)}
		m.roleKey, m.orgKey = transform.NormalizeKey(m.role), transform.NormalizeKey(m.org)
		ms = append(ms, m)
	}
	persons := resolvePeople(ms, places)
	speakers := map[[2]string]string{} // (article_id, key or name key) → person_id
	var res Result
	for _, p := range persons {
		row := p.row()
		for _, m := range p.mentions {
			speakers[[2]string{m.art.row.ArticleID, "key:" + m.key}] = row.PersonID
			if m.compact != "" {
				speakers[[2]string{m.art.row.ArticleID, m.compact}] = row.PersonID
			}
		}
		res.Officials = append(res.Officials, row)
	}
	speakerID := func(c *clause) string {
		if c.speaker == "" {
			return ""
		}
		if id, ok := speakers[[2]string{c.art.row.ArticleID, transform.NormalizeKey(c.speaker)}]; ok {
			return id
		}
		return speakers[[2]string{c.art.row.ArticleID, "key:" + c.speaker}]
	}

	// Incidents.
	incs := r.merge(clauses(arts, in.Violations))
	spoke := map[string]int32{}
	for _, in := range incs {
		row := in.row(speakerID)
		if row.SpeakerID != "" {
			spoke[row.SpeakerID]++
		}
		res.Incidents = append(res.Incidents, row)
	}
	slices.SortFunc(res.Incidents, func(a, b dataset.IncidentRow) int {
		if a.EventDate.IsZero() != b.EventDate.IsZero() {
			if a.EventDate.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(a.EventDate.Compare(b.EventDate), strings.Compare(a.County, b.County),
			strings.Compare(a.IncidentID, b.IncidentID), cmp.Compare(a.Modality, b.Modality))
	})
	for i := range res.Officials {
		res.Officials[i].Incidents = spoke[res.Officials[i].PersonID]
	}
	slices.SortFunc(res.Officials, func(a, b dataset.OfficialRow) int {
		return cmp.Or(strings.Compare(first(a.Counties), first(b.Counties)), strings.Compare(a.Name, b.Name),
			strings.Compare(a.PersonID, b.PersonID))
	})
	return res
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

// latest keeps the latest version of each article.
func latest(rows []dataset.ArticleRow) map[string]*article {
	out := make(map[string]*article, len(rows))
	for _, r := range rows {
		if v, ok := out[r.ArticleID]; ok {
			if c := r.FetchedAt.Compare(v.row.FetchedAt); c < 0 || c == 0 && r.ContentHash <= v.row.ContentHash {
				continue
			}
		}
		a := &article{row: r, reg: dateOf(r.RegisteredDate), occ: dateOf(r.OccurredDate)}
		a.area = transform.NormalizeKey(r.County)
		if a.area == "" {
			a.area = "province:" + transform.NormalizeKey(r.Province)
		}
		out[r.ArticleID] = a
	}
	return out
}
