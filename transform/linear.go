package transform

import "strings"

// This file holds the parts of person resolution that keep it linear in
// the text: each compares a mention with the persons or tokens it may
// concern instead of with all of them.

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
	byFirst := make(map[string][]sought)
	once := make(map[string]bool)
	add := func(pi int, keys []string, surname bool) {
		if len(keys) == 0 {
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
	if len(byFirst) == 0 {
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
	next:
		for _, c := range byFirst[d.toks[t].key] {
			if t+len(c.keys) > len(d.toks) {
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
	role, org string   // NormalizeKey of each
	roleFirst string   // the key of the role's first word
	roleWords []string // the keys of the role's words
	orgLast   string   // the key of the organisation's last word (lastWordKey)
}

func roleKeysOf(role, org string) roleKeys {
	k := roleKeys{role: NormalizeKey(role), org: NormalizeKey(org), orgLast: lastWordKey(org)}
	for _, w := range strings.Fields(role) {
		k.roleWords = append(k.roleWords, NormalizeKey(w))
	}
	if len(k.roleWords) > 0 {
		k.roleFirst = k.roleWords[0]
	}
	return k
}

// extendsWords reports whether the role of word keys long is the role short
// with more words after it («دادستان عمومی و انقلاب» extends «دادستان»).
func extendsWords(long, short []string) bool {
	if len(short) == 0 || len(long) <= len(short) {
		return false
	}
	for i := range short {
		if long[i] != short[i] {
			return false
		}
	}
	return true
}
