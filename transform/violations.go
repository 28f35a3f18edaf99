package transform

import (
	"sort"
	"strconv"
	"strings"
)

// countWords are Persian number words accepted as counts.
var countWords = map[string]int{
	"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
	"یازده": 11, "دوازده": 12, "بیست": 20, "سی": 30,
}

// classifiers may stand between a number and what it counts.
var classifiers = map[string]bool{
	"مورد": true, "واحد": true, "باب": true, "فقره": true, "پرونده": true, "نفر": true, "دستگاه": true, "عدد": true, "واحدهای": true,
}

// inSentence returns the category-c matches inside sentence s.
func (d *document) inSentence(c category, s span) []match {
	ms := d.by[c]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= s.start })
	j := i
	for j < len(ms) && ms[j].end <= s.end {
		j++
	}
	return ms[i:j]
}

// orgSpans returns the spans of organisation phrases that belong to person
// mentions; office words inside them name an employer, not an offender.
func (d *document) personPhraseSpans() []span {
	var out []span
	for _, m := range d.by[catTitle] {
		s, _ := d.tokSpan(m)
		if s < 0 {
			continue
		}
		tp := d.parseTitle(m)
		out = append(out, span{d.toks[tp.head].start, d.toks[max(tp.end, tp.head+1)-1].end})
	}
	return out
}

func insideAny(sp []span, s, e int32) bool {
	for _, x := range sp {
		if s >= x.start && e <= x.end {
			return true
		}
	}
	return false
}

// findViolations returns the violation mentions of the document.
func (d *document) findViolations(ps []person) []Violation {
	var out []Violation
	personSpans := d.personPhraseSpans()
	for si, s := range d.sents {
		var triggers []match
		for _, m := range d.inSentence(catTrigger, s) {
			if d.genericBefore(m) {
				continue
			}
			triggers = append(triggers, m)
		}
		viols := d.inSentence(catViolation, s)
		sancs := d.inSentence(catSanction, s)
		var offices []match
		for _, m := range d.inSentence(catOffice, s) {
			if !insideAny(personSpans, m.start, m.end) {
				offices = append(offices, m)
			}
		}
		if len(triggers) == 0 && len(viols) == 0 && (len(sancs) == 0 || len(offices) == 0) {
			continue
		}
		// Office types: stated in the sentence, else in the previous
		// sentences of the same paragraph.
		type office struct {
			code, text string
		}
		var types []office
		seen := map[string]bool{}
		for _, m := range offices {
			code := d.lx.entries[m.entry].code
			if !seen[code] {
				seen[code] = true
				types = append(types, office{code, d.text(m.start, m.end)})
			}
		}
		if len(types) == 0 {
			for pj := si - 1; pj >= 0 && pj >= si-2 && !d.paraBreakBetween(d.sents[pj].end, s.start); pj-- {
				for _, m := range d.inSentence(catOffice, d.sents[pj]) {
					if insideAny(personSpans, m.start, m.end) {
						continue
					}
					code := d.lx.entries[m.entry].code
					if !seen[code] {
						seen[code] = true
						types = append(types, office{code, ""})
					}
				}
				if len(types) > 0 {
					break
				}
			}
		}
		if len(types) == 0 {
			for _, code := range d.titleOffices {
				types = append(types, office{code, ""})
			}
		}
		if len(types) == 0 {
			if len(triggers) == 0 && len(viols) == 0 {
				continue
			}
			types = append(types, office{OfficeOther, ""})
		}
		v := Violation{
			Modality: d.modality(s, triggers),
			Evidence: d.text(s.start, s.end),
			Start:    int(s.start),
			End:      int(s.end),
			Count:    d.count(s),
			Place:    d.violationPlace(s, personSpans),
		}
		if len(viols) > 0 {
			v.ViolationType = d.lx.entries[viols[0].entry].code
		}
		for _, m := range sancs {
			code := d.lx.entries[m.entry].code
			if !contains(v.Sanctions, code) {
				v.Sanctions = append(v.Sanctions, code)
			}
		}
		sort.Slice(v.Sanctions, func(i, j int) bool { return sanctionRank(v.Sanctions[i]) < sanctionRank(v.Sanctions[j]) })
		if len(v.Sanctions) > 0 {
			v.Sanction = v.Sanctions[0]
		}
		anchor := s.start
		if len(triggers) > 0 {
			anchor = triggers[0].start
		} else if len(viols) > 0 {
			anchor = viols[0].start
		}
		if q := d.quoteAt(anchor); q != nil {
			if q.person >= 0 {
				v.Speaker = ps[q.person].name
				v.SpeakerKey = personKey(q.person)
			}
			v.SpeakerRole = q.role
		}
		for _, t := range types {
			w := v
			w.OfficeType, w.OfficeText = t.code, t.text
			w.OfficeLabel = OfficeLabel(t.code)
			w.Sanctions = append([]string(nil), v.Sanctions...)
			out = append(out, w)
		}
	}
	return out
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// paraBreakBetween reports whether a line break lies in [a,b).
func (d *document) paraBreakBetween(a, b int32) bool {
	for p := a; p < b && p < int32(len(d.body)); p++ {
		if d.body[p] == '\n' {
			return true
		}
	}
	return false
}

// genericBefore reports whether a trigger is the object of prevention talk
// («جلوگیری از تخلفات»), which does not mention a violation.
func (d *document) genericBefore(m match) bool {
	t := d.tokAt(m.start)
	for _, g := range d.by[catGeneric] {
		if g.end <= m.start {
			ge := d.tokAt(g.end - 1)
			if t-ge >= 1 && t-ge <= 3 {
				return true
			}
		}
		if g.start >= m.start && g.start < m.end {
			return true // «عدم تخلف»
		}
	}
	return false
}

// modality decides whether the sentence reports, threatens or denies.
func (d *document) modality(s span, triggers []match) string {
	if len(d.inSentence(catDenied, s)) > 0 {
		return ModalityDenied
	}
	if len(d.inSentence(catConditional, s)) > 0 {
		return ModalityConditional
	}
	if len(d.inSentence(catFuture, s)) > 0 && len(d.inSentence(catReported, s)) == 0 && d.count(s) == 0 {
		return ModalityConditional
	}
	return ModalityReported
}

// count finds a number that counts the violations or offending offices:
// «۱۲ مورد تخلف», «۵ واحد نانوایی متخلف», «سه باب مغازه پلمب شد». A number
// of inspected offices («از ۸۵ واحد صنفی بازدید شد») is not a count.
func (d *document) count(s span) int {
	first := d.tokAt(s.start)
	type cand struct{ n, j int }
	var cands []cand
	for t := first; t < len(d.toks) && d.toks[t].end <= s.end; t++ {
		n, ok := d.number(t)
		if !ok {
			continue
		}
		if p := d.tokKey(t - 1); p == "از" || p == "بازرسی" || p == "بازدید" || p == "تعداد" && d.tokKey(t-2) == "از" {
			continue
		}
		j := t + 1
		for j < len(d.toks) && j-t <= 2 && classifiers[d.toks[j].key] && !d.covered(j, catOffice) {
			j++
		}
		if j >= len(d.toks) || d.toks[j].start >= s.end {
			continue
		}
		if d.covered(j, catTrigger) || d.covered(j, catViolation) {
			return n
		}
		cands = append(cands, cand{n, j})
	}
	for _, c := range cands {
		m, ok := d.matchAt(catOffice, c.j)
		if !ok {
			continue
		}
		_, oe := d.tokSpan(m)
		for k := oe; k < len(d.toks) && k <= oe+5 && d.toks[k].start < s.end; k++ {
			if d.covered(k, catTrigger) || d.covered(k, catSanction) || d.covered(k, catViolation) {
				return c.n
			}
		}
	}
	return 0
}

// number reads token t as a count: digits (not a year or a date part) or a
// number word.
func (d *document) number(t int) (int, bool) {
	k := d.toks[t].key
	if n, ok := countWords[k]; ok {
		return n, true
	}
	if k == "" || !isDigit([]rune(k)[0]) {
		return 0, false
	}
	if t+1 < len(d.toks) && (d.toks[t+1].punct == '/' || d.toks[t+1].punct == '.' && t+2 < len(d.toks) && d.isNum(t+2)) {
		return 0, false
	}
	if t > 0 && d.toks[t-1].punct == '/' {
		return 0, false
	}
	n, err := strconv.Atoi(asciiDigits(k))
	if err != nil || n <= 0 || n >= 1300 {
		return 0, false
	}
	return n, true
}

func (d *document) isNum(t int) bool {
	k := d.tokKey(t)
	return k != "" && isDigit([]rune(k)[0])
}

// violationPlace names the place of a violation: a village, city or county
// named in the sentence outside person titles, else the source's county.
func (d *document) violationPlace(s span, personSpans []span) string {
	first := d.tokAt(s.start)
	for t := first; t < len(d.toks) && d.toks[t].end <= s.end; t++ {
		if d.toks[t].key == "روستای" && d.isWord(t+1) {
			return d.tokText(t+1, t+2)
		}
	}
	for _, c := range []category{catCity, catCounty} {
		for _, m := range d.inSentence(c, s) {
			if insideAny(personSpans, m.start, m.end) {
				continue
			}
			t := d.tokAt(m.start)
			if t > 0 && (d.toks[t-1].key == "شهرستان" || d.toks[t-1].key == "شهر") || d.lx.places[NormalizeKey(d.text(m.start, m.end))] && NormalizeKey(d.text(m.start, m.end)) == NormalizeKey(d.county) {
				return d.text(m.start, m.end)
			}
		}
	}
	return strings.TrimSpace(d.county)
}
