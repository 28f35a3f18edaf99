package transform

import (
	"fmt"
	"sort"
	"strings"
)

// rawMention is a mention before it is resolved to a person.
type rawMention struct {
	kind       string
	start, end int32 // mention text
	name       string
	nameKeys   []string
	role, org  string
	headKey    string
	person     int // index into persons, -1 when unresolved
	speaker    bool
	quote      string
}

// person is a person under construction.
type person struct {
	name     string
	nameKeys []string
	role     string
	org      string
	first    int32
	mentions []int // indices into the raw mention list
}

// collectMentions finds name, title and pronoun mentions.
func (d *document) collectMentions() []rawMention {
	var ms []rawMention
	usedName := make(map[int]bool)
	for _, m := range d.by[catTitle] {
		if m.glued && !d.isWord(d.tokAt(m.start)) {
			continue
		}
		s, _ := d.tokSpan(m)
		if s < 0 || usedName[s] {
			continue
		}
		tp := d.parseTitle(m)
		rm := rawMention{role: tp.role, org: tp.org, headKey: tp.headKey, person: -1}
		if ns, ne, _, ok := d.nameBefore(tp.head); ok && !usedName[ns] {
			rm.kind = MentionName
			rm.start, rm.end = d.toks[ns].start, d.toks[ne-1].end
			for t := ns; t < ne; t++ {
				usedName[t] = true
			}
		} else if ns, ne, _, ok := d.nameAfter(tp.end); ok && !usedName[ns] {
			rm.kind = MentionName
			rm.start, rm.end = d.toks[ns].start, d.toks[ne-1].end
			for t := ns; t < ne; t++ {
				usedName[t] = true
			}
		} else {
			rm.kind = MentionTitle
			rm.start, rm.end = d.toks[tp.head].start, d.toks[max(tp.end, tp.head+1)-1].end
		}
		if rm.kind == MentionName {
			rm.name = d.text(rm.start, rm.end)
			for t := d.tokAt(rm.start); t < len(d.toks) && d.toks[t].start < rm.end; t++ {
				rm.nameKeys = append(rm.nameKeys, d.toks[t].key)
			}
		}
		ms = append(ms, rm)
	}
	for _, m := range d.by[catPronoun] {
		ms = append(ms, rawMention{kind: MentionPronoun, start: m.start, end: m.end, person: -1})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// sameName reports whether two names (as word keys) name the same person:
// equal, or one is the trailing words of the other (a surname alone).
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	off := len(b) - len(a)
	for i := range a {
		if a[i] != b[off+i] {
			return false
		}
	}
	return true
}

// resolvePeople merges mentions into persons and attributes quotes.
func (d *document) resolvePeople(ms []rawMention) ([]person, []Quote) {
	var ps []person
	// Named mentions.
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionName {
			continue
		}
		found := -1
		for pi := range ps {
			if sameName(ps[pi].nameKeys, m.nameKeys) {
				found = pi
				break
			}
		}
		if found < 0 {
			ps = append(ps, person{name: m.name, nameKeys: m.nameKeys, first: m.start})
			found = len(ps) - 1
		}
		p := &ps[found]
		if len(m.nameKeys) > len(p.nameKeys) {
			p.name, p.nameKeys = m.name, m.nameKeys
		}
		if len([]rune(m.role)) > len([]rune(p.role)) || (p.org == "" && m.org != "") {
			p.role, p.org = m.role, m.org
		}
		m.person = found
	}
	// Name-only mentions of known persons elsewhere in the text.
	taken := make(map[int32]bool)
	for _, m := range ms {
		if m.kind == MentionName {
			taken[m.start] = true
		}
	}
	for pi := range ps {
		keys := ps[pi].nameKeys
		cands := [][]string{keys}
		if len(keys) > 1 {
			last := keys[len(keys)-1]
			if !d.lx.given[last] {
				cands = append(cands, []string{last})
			}
		}
		for _, ck := range cands {
			for t := 0; t+len(ck) <= len(d.toks); t++ {
				ok := true
				for j, k := range ck {
					if d.toks[t+j].key != k {
						ok = false
						break
					}
				}
				if !ok || taken[d.toks[t].start] || (t > 0 && d.isWord(t-1) && d.nameToken(t-1) && !d.covered(t-1, catHonorific) && len(ck) == 1 && len(keys) > 1) {
					continue
				}
				start, end := d.toks[t].start, d.toks[t+len(ck)-1].end
				taken[start] = true
				ms = append(ms, rawMention{kind: MentionName, start: start, end: end, name: d.text(start, end), nameKeys: ck, person: pi})
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	// Title-only mentions: the person with the same organisation and role head.
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionTitle {
			continue
		}
		best, bestScore := -1, 0
		for pi, p := range ps {
			score := 0
			switch {
			case m.org != "" && NormalizeKey(m.org) == NormalizeKey(p.org):
				score = 2
				if NormalizeKey(m.role) == NormalizeKey(p.role) {
					score = 4
				} else if firstWordKey(m.role) == firstWordKey(p.role) {
					score = 3
				} else {
					score = 0
				}
			case m.org == "" && len(strings.Fields(m.role)) > 1 && NormalizeKey(m.role) == NormalizeKey(p.role):
				score = 3
			}
			if score > bestScore || (score == bestScore && score > 0 && p.first > ps[best].first && p.first < m.start) {
				best, bestScore = pi, score
			}
		}
		m.person = best
	}
	quotes := d.attribute(ms, ps)
	for i := range ms {
		if ms[i].person >= 0 {
			ps[ms[i].person].mentions = append(ps[ms[i].person].mentions, i)
		}
	}
	d.mentions = ms
	return ps, quotes
}

func firstWordKey(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return NormalizeKey(f[0])
}

// personKey is the stable key of the i-th person.
func personKey(i int) string { return fmt.Sprintf("p%d", i+1) }
