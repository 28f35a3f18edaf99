package link

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"slices"
	"strings"
	"time"
	"unicode"

	"govwatch/pipeline/dataset"
	"govwatch/transform"
	"govwatch/transform/jalali"
)

//go:embed lexicon/not_names.txt
var notNamesText string

// notNames holds the keys of words that never stand in a person's name.
var notNames = func() map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(notNamesText))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		m[transform.NormalizeKey(w)] = true
	}
	return m
}()

// mention is one people row of a latest article version.
type mention struct {
	art        *article
	key        string // people.person_key
	name, role string
	org        string
	tokens     []string // name words, normalised
	compact    string   // NormalizeKey of the name
	roleKey    string   // NormalizeKey of role
	orgKey     string   // NormalizeKey of org
}

// person is one official being resolved.
type person struct {
	area     string
	compact  string // key of the fullest name
	mentions []*mention
}

// isName reports whether a mention's name can be a person's: some letters, no
// digit or Latin letter, no word of lexicon/not_names.txt, and not the name of a
// place of the dataset.
func isName(m *mention, places map[string]bool) bool {
	if len(m.tokens) == 0 || places[m.compact] {
		return false
	}
	for _, t := range m.tokens {
		if notNames[transform.NormalizeKey(t)] {
			return false
		}
		for _, r := range t {
			if unicode.IsDigit(r) || r < 0x80 && unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// titleOnly reports whether a mention names the person only by title: an
// empty name, or a name that is the role itself.
func titleOnly(m *mention) bool {
	return m.compact == "" || m.roleKey != "" && m.compact == m.roleKey
}

// surnameKeys returns the keys of the last word and of the last two words of a
// full name, the forms a surname-only mention may take («یزدان‌پناه» for «علی
// یزدان پناه»).
func surnameKeys(tokens []string) []string {
	n := len(tokens)
	keys := []string{transform.NormalizeKey(tokens[n-1])}
	if n >= 3 {
		keys = append(keys, transform.NormalizeKey(tokens[n-2]+tokens[n-1]))
	}
	return keys
}

// resolvePeople groups mentions into persons, area by area:
//
//  1. every distinct full name (two words or more, compared by NormalizeKey, so
//     «محمدعلی» and «محمد علی» agree) is a person;
//  2. a one-word name joins the person of its area whose surname it is, if there
//     is exactly one, or exactly one with the same organisation, or then with the
//     same role; otherwise it is a person of its own;
//  3. a title-only mention joins the person of its area with the same role and
//     organisation seen nearest in time; with none it is dropped.
//
// Mentions whose name cannot be a person's (see isName) are dropped.
func resolvePeople(ms []*mention, places map[string]bool) []*person {
	byArea := map[string][]*mention{}
	var areas []string
	for _, m := range ms {
		if _, ok := byArea[m.art.area]; !ok {
			areas = append(areas, m.art.area)
		}
		byArea[m.art.area] = append(byArea[m.art.area], m)
	}
	slices.Sort(areas)
	var out []*person
	for _, area := range areas {
		list := byArea[area]
		full := map[string]*person{}
		var fulls []*person
		var single, titles []*mention
		for _, m := range list {
			switch {
			case titleOnly(m):
				titles = append(titles, m)
			case !isName(m, places):
			case len(m.tokens) >= 2:
				p := full[m.compact]
				if p == nil {
					p = &person{area: area, compact: m.compact}
					full[m.compact] = p
					fulls = append(fulls, p)
				}
				p.mentions = append(p.mentions, m)
			default:
				single = append(single, m)
			}
		}
		bySurname := map[string][]*person{}
		for _, p := range fulls {
			for _, k := range surnameKeys(p.mentions[0].tokens) {
				bySurname[k] = append(bySurname[k], p)
			}
		}
		alone := map[string]*person{}
		for _, m := range single {
			if p := full[m.compact]; p != nil { // «یزدان‌پناه» for «یزدان پناه»
				p.mentions = append(p.mentions, m)
				continue
			}
			if p := pick(bySurname[m.compact], m); p != nil {
				p.mentions = append(p.mentions, m)
				continue
			}
			p := alone[m.compact]
			if p == nil {
				p = &person{area: area, compact: m.compact}
				alone[m.compact] = p
				fulls = append(fulls, p)
			}
			p.mentions = append(p.mentions, m)
		}
		byRole := titleIndex(fulls)
		for _, m := range titles {
			if p := nearestByTitle(byRole[m.roleKey], m); p != nil {
				p.mentions = append(p.mentions, m)
			}
		}
		out = append(out, fulls...)
	}
	return out
}

// pick chooses among the persons a surname may name: the only one, or the only
// one with the mention's organisation, or then with its role.
func pick(cands []*person, m *mention) *person {
	cands = slices.Compact(cands)
	if len(cands) == 1 {
		return cands[0]
	}
	for _, same := range []func(*mention) string{
		func(x *mention) string { return x.orgKey },
		func(x *mention) string { return x.roleKey },
	} {
		want := same(m)
		if want == "" {
			continue
		}
		var hit []*person
		for _, p := range cands {
			if slices.ContainsFunc(p.mentions, func(x *mention) bool { return same(x) == want }) {
				hit = append(hit, p)
			}
		}
		if len(hit) == 1 {
			return hit[0]
		}
	}
	return nil
}

// titled is a mention with a name, and the person it was resolved to.
type titled struct {
	p *person
	m *mention
}

// titleIndex lists the named mentions of persons by role key, the candidates a
// title-only mention may refer to. Title-only mentions are never candidates, so
// the result does not depend on the order in which they are resolved.
func titleIndex(ps []*person) map[string][]titled {
	out := map[string][]titled{}
	for _, p := range ps {
		for _, m := range p.mentions {
			if m.roleKey != "" {
				out[m.roleKey] = append(out[m.roleKey], titled{p, m})
			}
		}
	}
	return out
}

// nearestByTitle returns, among cands (named mentions with the mention's role),
// the person with the mention's organisation whose closest mention in time is
// nearest to it, or nil.
func nearestByTitle(cands []titled, m *mention) *person {
	if m.roleKey == "" {
		return nil
	}
	var best *person
	bestD := -1
	for _, c := range cands {
		x := c.m
		if m.orgKey != "" && x.orgKey != m.orgKey {
			continue
		}
		d := 1 << 30
		if m.art.reg.Valid() && x.art.reg.Valid() {
			d = abs(m.art.reg.Sub(x.art.reg))
		}
		if bestD < 0 || d < bestD || d == bestD && c.p.compact < best.compact {
			best, bestD = c.p, d
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// personID is the stable ID of a person: 16 hex digits of SHA-256 of the area
// and the name key.
func personID(area, compact string) string {
	sum := sha256.Sum256([]byte(area + "\x00" + compact))
	return hex.EncodeToString(sum[:8])
}

// row turns a person into an officials row (Incidents is filled in later).
func (p *person) row() dataset.OfficialRow {
	r := dataset.OfficialRow{PersonID: personID(p.area, p.compact)}
	variants := map[string]bool{}
	provinces, counties, arts := map[string]bool{}, map[string]bool{}, map[string]bool{}
	type span struct {
		role, org   string
		first, last jalali.Date
		arts        map[string]bool
	}
	spans := map[[2]string]*span{}
	var first, last jalali.Date
	for _, m := range p.mentions {
		if !titleOnly(m) {
			variants[m.name] = true
		}
		if v := transform.Normalize(m.art.row.Province); v != "" {
			provinces[v] = true
		}
		if v := transform.Normalize(m.art.row.County); v != "" {
			counties[v] = true
		}
		arts[m.art.row.ArticleID] = true
		d := m.art.reg
		if d.Valid() {
			if !first.Valid() || d.Before(first) {
				first = d
			}
			if !last.Valid() || d.After(last) {
				last = d
			}
		}
		if m.role == "" && m.org == "" {
			continue
		}
		k := [2]string{m.roleKey, m.orgKey}
		s := spans[k]
		if s == nil {
			s = &span{role: m.role, org: m.org, arts: map[string]bool{}}
			spans[k] = s
		}
		s.arts[m.art.row.ArticleID] = true
		if d.Valid() {
			if !s.first.Valid() || d.Before(s.first) {
				s.first = d
			}
			if !s.last.Valid() || d.After(s.last) {
				s.last = d
			}
		}
	}
	r.NameVariants = sortedKeys(variants)
	for _, v := range r.NameVariants {
		if n, b := len([]rune(v)), len([]rune(r.Name)); n > b || n == b && v < r.Name {
			r.Name = v
		}
	}
	r.Provinces, r.Counties, r.ArticleIDs = sortedKeys(provinces), sortedKeys(counties), sortedKeys(arts)
	for _, s := range spans {
		r.Roles = append(r.Roles, dataset.RoleSpan{Role: s.role, Organization: s.org,
			FirstSeen: gregorian(s.first), LastSeen: gregorian(s.last), Articles: int32(len(s.arts))})
	}
	slices.SortFunc(r.Roles, func(a, b dataset.RoleSpan) int {
		return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), cmp.Compare(b.Articles, a.Articles),
			strings.Compare(a.Role, b.Role), strings.Compare(a.Organization, b.Organization))
	})
	r.FirstSeen, r.LastSeen = gregorian(first), gregorian(last)
	r.FirstSeenMonth = dataset.MonthOf(r.FirstSeen)
	r.Mentions = int32(len(p.mentions))
	return r
}

func gregorian(d jalali.Date) time.Time {
	if !d.Valid() {
		return time.Time{}
	}
	return d.Time(time.UTC)
}

func sortedKeys(m map[string]bool) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
