package transform

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// This file holds the parts of person resolution that keep it linear in
// the text: each compares a mention with the persons or tokens it may
// concern instead of with all of them. Up to smallPersons persons, where
// comparing with all of them is cheaper than building an index, they do
// that instead; the results are the same.

// smallPersons is the number of persons up to which the indexes below
// compare with every person.
const smallPersons = 8

// nameOnlyMentions appends to ms the mentions of known persons by name
// alone elsewhere in the text: a person's full name, or their surname alone
// when it is not only a given name, even when it is also one («غلامرضا
// ملکی» … «ملکی گفت»), but not a surname after another name word. A place
// already taken by a name mention is not taken again; where the names of
// two persons could be read at one place, the person found first takes it.
//
// It reads the tokens once, looking each word up among the first words of
// the names sought. A name sought twice in the same way (two persons with
// one surname) can only be found the first time, so it is sought once.
func (d *document) nameOnlyMentions(ms []rawMention, ps []person) []rawMention {
	type sought struct {
		person  int
		keys    []string
		surname bool // the surname alone of a longer name
	}
	// With few persons, the names sought are a list that each word is
	// compared with; with more, a map by first word.
	small := len(ps) <= smallPersons
	var list []sought
	var byFirst map[string][]sought
	var once map[string]bool
	if !small {
		byFirst, once = make(map[string][]sought), make(map[string]bool)
	}
	add := func(pi int, keys []string, surname bool) {
		if len(keys) == 0 {
			return
		}
		if small {
			for _, c := range list {
				if c.surname == surname && slices.Equal(c.keys, keys) {
					return
				}
			}
			list = append(list, sought{pi, keys, surname})
			return
		}
		id := strings.Join(keys, "\x00")
		if surname {
			id += "\x00s"
		}
		if once[id] {
			return
		}
		once[id] = true
		byFirst[keys[0]] = append(byFirst[keys[0]], sought{pi, keys, surname})
	}
	for pi := range ps {
		keys := ps[pi].nameKeys
		add(pi, keys, false)
		if len(keys) > 1 {
			if last := keys[len(keys)-1]; !d.lx.given[last] || d.lx.surnames[last] {
				add(pi, keys[len(keys)-1:], true)
			}
		}
	}
	if len(list) == 0 && len(byFirst) == 0 {
		return ms
	}
	taken := make(map[int32]bool)
	for _, m := range ms {
		if m.kind == MentionName {
			taken[m.start] = true
		}
	}
	for t := range d.toks {
		if d.toks[t].punct != 0 || taken[d.toks[t].start] {
			continue
		}
		cs := list
		if !small {
			cs = byFirst[d.toks[t].key]
		}
	next:
		for _, c := range cs {
			if t+len(c.keys) > len(d.toks) || c.keys[0] != d.toks[t].key {
				continue
			}
			for j, k := range c.keys[1:] {
				if d.toks[t+1+j].key != k {
					continue next
				}
			}
			if c.surname && t > 0 && d.isWord(t-1) && d.nameToken(t-1) && !d.covered(t-1, catHonorific) {
				continue
			}
			start, end := d.toks[t].start, d.toks[t+len(c.keys)-1].end
			taken[start] = true
			ms = append(ms, rawMention{kind: MentionName, start: start, end: end, name: d.text(start, end), nameKeys: c.keys, person: c.person})
			break
		}
	}
	return ms
}

// roleKeys are the matching keys of a title's role and organisation, worked
// out once for the comparisons of title-only mentions with persons.
type roleKeys struct {
	role, org string // NormalizeKey of each
	words     string // the keys of the role's words, each followed by "\x00"
	orgLast   string // the key of the organisation's last word (lastWordKey)
}

func roleKeysOf(role, org string) roleKeys {
	var b strings.Builder
	b.Grow(len(role) + 8)
	for f := role; ; {
		f = strings.TrimLeftFunc(f, unicode.IsSpace)
		if f == "" {
			break
		}
		end := strings.IndexFunc(f, unicode.IsSpace)
		if end < 0 {
			end = len(f)
		}
		b.WriteString(NormalizeKey(f[:end]))
		b.WriteByte(0)
		f = f[end:]
	}
	last := strings.TrimRightFunc(org, unicode.IsSpace)
	last = last[strings.LastIndexFunc(last, unicode.IsSpace)+1:]
	return roleKeys{role: NormalizeKey(role), org: officeKey(NormalizeKey(org)), words: b.String(), orgLast: NormalizeKey(last)}
}

// prosecutorKey and courtKey are the keys of a prosecutor's two bodies.
var prosecutorKey, courtKey = NormalizeKey(prosecutorOffice), NormalizeKey(courtOffice)

// officeKey folds the body of an organisation key that two forms of one
// title name differently: «دادستان کوار» heads the «دادستانی» and «دادستان
// عمومی و انقلاب کوار» the «دادسرای عمومی و انقلاب» of the same county, and
// both are the one prosecutor.
func officeKey(org string) string {
	if rest, ok := strings.CutPrefix(org, prosecutorKey); ok {
		return courtKey + rest // keys hold no spaces
	}
	return org
}

// first returns the key of the role's first word, "" if it has none.
func (k roleKeys) first() string {
	if i := strings.IndexByte(k.words, 0); i >= 0 {
		return k.words[:i]
	}
	return ""
}

// multiword reports whether the role has more than one word.
func (k roleKeys) multiword() bool {
	i := strings.IndexByte(k.words, 0)
	return i >= 0 && i+1 < len(k.words)
}

// extendsWords reports whether the role of word keys long is the role short
// with more words after it («دادستان عمومی و انقلاب» extends «دادستان»).
func extendsWords(long, short string) bool {
	return short != "" && len(long) > len(short) && strings.HasPrefix(long, short)
}

// nameIndex finds the first person whose name is the same name as a
// mention's (sameName: equal, or one the trailing words of the other)
// without comparing the mention with every person.
//
// It indexes each person once, by the name they have when it first sees
// them: every trailing part of that name, and the whole name. A person's
// name only ever grows to a fuller form that ends with it («احمدی» →
// «علی احمدی»), so what was indexed stays a trailing part of their name,
// and find checks the persons it finds by the whole name they had with
// sameName on the name they have now.
type nameIndex struct {
	lx       *lexicon         // the surname parts of sameName's typed-on relation; nil: none
	n        int              // persons indexed: ps[:n]
	bySuffix map[string]int   // a trailing part of a name → the first person whose name ends with it
	byName   map[string][]int // a whole name → the persons indexed with it
	byMiddle map[string]int   // words inside a name (not its first or last word) → the first such person
	byHead   map[string]int   // first parts of compound surnames («شبستری» of «شبستری‌خیابانی») → the first such person
	byPart   map[string][]int // a whole name with its last word's typed-on surname part cut («علیار اسکندری» of «علیار اسکندری‌نسب») → the persons indexed with it
}

// find returns the index in ps of the first person with the same name as
// keys, or -1. Persons appended to ps since the last call are indexed
// first.
func (x *nameIndex) find(ps []person, keys []string) int {
	if x.bySuffix == nil && len(ps) <= smallPersons {
		for pi := range ps {
			if x.lx.sameName(ps[pi].nameKeys, keys) {
				return pi
			}
		}
		return -1
	}
	if x.bySuffix == nil {
		x.bySuffix, x.byName, x.byMiddle, x.byHead, x.byPart = make(map[string]int), make(map[string][]int), make(map[string]int), make(map[string]int), make(map[string][]int)
	}
	for ; x.n < len(ps); x.n++ {
		x.add(x.n, ps[x.n].nameKeys)
	}
	if len(keys) == 0 {
		return -1
	}
	// A person whose name ends with keys.
	whole := strings.Join(keys, "\x00") // keys as one map key, built once
	found, ok := x.bySuffix[whole]
	if !ok {
		found = -1
	}
	if len(keys) == 1 {
		// The first part of a compound surname.
		if pi, ok := x.byHead[keys[0]]; ok && (found < 0 || pi < found) {
			found = pi
		}
	}
	// A person named by the first part of a compound surname of keys.
	for _, w := range keys[min(1, len(keys)):] {
		for _, h := range compoundHeads(w) {
			for _, pi := range x.byName[h] {
				if (found < 0 || pi < found) && x.lx.sameName(ps[pi].nameKeys, keys) {
					found = pi
				}
			}
		}
	}
	// Words inside a longer name.
	if pi, ok := x.byMiddle[whole]; ok && (found < 0 || pi < found) {
		found = pi
	}
	// A person named by words inside keys.
	for i := 1; i < len(keys)-1; i++ {
		for j := i + 1; j <= len(keys)-1; j++ {
			for _, pi := range x.byName[strings.Join(keys[i:j], "\x00")] {
				if (found < 0 || pi < found) && x.lx.sameName(ps[pi].nameKeys, keys) {
					found = pi
				}
			}
		}
	}
	// A person whose name was a trailing part of keys and still names the
	// same person.
	for j := 1; j < len(keys); j++ {
		for _, pi := range x.byName[strings.Join(keys[j:], "\x00")] {
			if (found < 0 || pi < found) && x.lx.sameName(ps[pi].nameKeys, keys) {
				found = pi
			}
		}
	}
	// A person named as keys with a surname's part typed on the last word,
	// or without the part keys type on it (sameName's typed-on relation).
	if n := len(keys); n >= 2 && x.lx != nil {
		for _, pi := range x.byPart[whole] {
			if (found < 0 || pi < found) && x.lx.sameName(ps[pi].nameKeys, keys) {
				found = pi
			}
		}
		for _, h := range x.lx.partHeads(keys[n-1]) {
			for _, pi := range x.byName[partCut(keys, h)] {
				if (found < 0 || pi < found) && x.lx.sameName(ps[pi].nameKeys, keys) {
					found = pi
				}
			}
		}
	}
	return found
}

// grew indexes the name of person pi again after it grew to a fuller form;
// what was indexed under its shorter name still names the same person.
func (x *nameIndex) grew(ps []person, pi int) {
	if x.bySuffix != nil && pi < x.n {
		x.add(pi, ps[pi].nameKeys)
	}
}

// add indexes person pi under the name k.
func (x *nameIndex) add(pi int, k []string) {
	if len(k) == 0 {
		return
	}
	first := func(m map[string]int, s string) {
		if old, ok := m[s]; !ok || pi < old {
			m[s] = pi
		}
	}
	for j := range k {
		first(x.bySuffix, strings.Join(k[j:], "\x00"))
	}
	whole := strings.Join(k, "\x00")
	x.byName[whole] = append(x.byName[whole], pi)
	for i := 1; i < len(k)-1; i++ {
		for j := i + 1; j <= len(k)-1; j++ {
			first(x.byMiddle, strings.Join(k[i:j], "\x00"))
		}
	}
	for _, w := range k[min(1, len(k)):] {
		for _, h := range compoundHeads(w) {
			first(x.byHead, h)
		}
	}
	if n := len(k); n >= 2 && x.lx != nil {
		for _, h := range x.lx.partHeads(k[n-1]) {
			cut := partCut(k, h)
			x.byPart[cut] = append(x.byPart[cut], pi)
		}
	}
}

// partCut is name k as one map key with its last word replaced by h, that
// word without its typed-on surname part.
func partCut(k []string, h string) string {
	return strings.Join(append(slices.Clone(k[:len(k)-1]), h), "\x00")
}

// titleIndex gives the persons that a title-only mention may name: those
// with the same organisation, the same role, or a role that the mention's
// role extends, so that the mention is scored against these and not all
// persons. Any other person scores nothing.
type titleIndex struct {
	n                     int // persons indexed: ps[:n]
	byOrg, byRole, byHead map[string][]int
	seen                  []bool
	all                   []int // every person, while there are few
}

// update indexes person pi again when its keys changed from old to k; the
// entries under the old keys stay, and are scored and fail.
func (x *titleIndex) update(pi int, old, k roleKeys) {
	if x.n == 0 {
		return // not indexing yet: see candidates
	}
	if k.org != old.org || k.role != old.role || k.words != old.words {
		x.add(pi, k)
	}
}

// add indexes person pi under the keys k.
func (x *titleIndex) add(pi int, k roleKeys) {
	if x.byOrg == nil {
		x.byOrg, x.byRole, x.byHead = make(map[string][]int), make(map[string][]int), make(map[string][]int)
	}
	x.byOrg[k.org] = append(x.byOrg[k.org], pi)
	x.byRole[k.role] = append(x.byRole[k.role], pi)
	x.byHead[k.words] = append(x.byHead[k.words], pi)
}

// candidates returns, in increasing order, the persons that a title-only
// mention with keys mk (and an organisation when hasOrg) may name. Persons
// of pk not indexed yet are indexed first.
func (x *titleIndex) candidates(pk []roleKeys, mk roleKeys, hasOrg bool) []int {
	if x.n == 0 && len(pk) <= smallPersons {
		// Every person, in order.
		x.all = x.all[:0]
		for pi := range pk {
			x.all = append(x.all, pi)
		}
		return x.all
	}
	for ; x.n < len(pk); x.n++ {
		x.add(x.n, pk[x.n])
	}
	if len(x.seen) < len(pk) {
		x.seen = make([]bool, len(pk))
	}
	var out []int
	take := func(ps []int) {
		for _, pi := range ps {
			if !x.seen[pi] {
				x.seen[pi] = true
				out = append(out, pi)
			}
		}
	}
	if hasOrg {
		take(x.byOrg[mk.org])
		// Every leading part of the role's words, short of all of them.
		for i := strings.IndexByte(mk.words, 0); i >= 0 && i+1 < len(mk.words); {
			take(x.byHead[mk.words[:i+1]])
			n := strings.IndexByte(mk.words[i+1:], 0)
			if n < 0 {
				break
			}
			i += 1 + n
		}
	}
	if mk.multiword() {
		take(x.byRole[mk.role])
	}
	for _, pi := range out {
		x.seen[pi] = false
	}
	slices.Sort(out)
	return out
}

// tokensWithKey returns, in order, the tokens whose key is k, so that a
// rule looking for a word across the article reads only where it stands
// and not every token. The index of keys is built at the first call on a
// long text; a short one is scanned.
func (d *document) tokensWithKey(k string) []int {
	if len(d.toks) <= 2048 {
		var out []int
		for t := range d.toks {
			if d.toks[t].key == k {
				out = append(out, t)
			}
		}
		return out
	}
	if d.keyIndex == nil {
		d.keyIndex = make(map[string][]int)
		for t := range d.toks {
			d.keyIndex[d.toks[t].key] = append(d.keyIndex[d.toks[t].key], t)
		}
	}
	return d.keyIndex[k]
}

// fullOrg is one organisation named in full, for fullOrg.
type fullOrg struct {
	head int    // the token of its head word
	org  string // the organisation with its place
}

// fullOrgs returns the first two organisations of the article named in
// full whose head word is head, at two different tokens, in text order:
// fullOrg takes the first that is not at the token it completes. They are found once per head
// word, among the tokens with that key only.
func (d *document) fullOrgs(head string) []fullOrg {
	if out, ok := d.orgsByHead[head]; ok {
		return out
	}
	var out []fullOrg
	orgs := d.by[catOrg]
	for _, t := range d.tokensWithKey(head) {
		// The organisation matches that start in token t.
		i := sort.Search(len(orgs), func(i int) bool { return orgs[i].start >= d.toks[t].start })
		for ; i < len(orgs) && orgs[i].start < d.toks[t].end; i++ {
			if org, ok := d.fullOrgAt(orgs[i]); ok {
				out = append(out, fullOrg{t, org})
				break // the first of each head token
			}
		}
		if len(out) == 2 {
			break
		}
	}
	if d.orgsByHead == nil {
		d.orgsByHead = make(map[string][]fullOrg)
	}
	d.orgsByHead[head] = out
	return out
}

// lineBreakIn reports whether a line break lies in [a,b) of the body. The
// line breaks are listed at the first call.
func (d *document) lineBreakIn(a, b int32) bool {
	if d.lineBreaks == nil {
		d.lineBreaks = make([]int32, 0, 8)
		for p, r := range d.body {
			if r == '\n' {
				d.lineBreaks = append(d.lineBreaks, int32(p))
			}
		}
	}
	i := sort.Search(len(d.lineBreaks), func(i int) bool { return d.lineBreaks[i] >= a })
	return i < len(d.lineBreaks) && d.lineBreaks[i] < b
}

// laterOfficeSentence returns the first sentence after sentence si, in the
// same paragraph, that names offices outside the person phrases
// personSpans (sentenceOffices), or -1. The answers for all sentences are
// worked out at the first call, from the last sentence back; personSpans
// must be the document's (personPhraseSpans), the same at every call.
// Sentences hold no line break, so a paragraph ends in the gap after one.
func (d *document) laterOfficeSentence(si int, personSpans []span) int {
	n := len(d.sents)
	if d.laterOffice == nil {
		d.laterOffice = make([]int32, n)
		// from is the first sentence at or after j, before the next line
		// break, that names offices.
		from := int32(-1)
		for j := n - 1; j >= 0; j-- {
			if j+1 < n && d.lineBreakIn(d.sents[j].end, d.sents[j+1].start) {
				from = -1
			}
			d.laterOffice[j] = from // for sentence j: the first after it
			if len(d.sentenceOffices(d.sents[j], personSpans)) > 0 {
				from = int32(j)
			}
		}
	}
	if si < 0 || si >= n {
		return -1
	}
	return int(d.laterOffice[si])
}

// compoundHeads returns the first parts that may name the compound surname
// w (see compoundHead).
func compoundHeads(w string) []string {
	rs := []rune(w)
	var hs []string
	for n := minCompoundPart; len(rs)-n >= minCompoundPart; n++ {
		hs = append(hs, string(rs[:n]))
	}
	return hs
}
