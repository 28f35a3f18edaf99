package transform

import "strings"

// roleBreak are words that end a role or organisation phrase.
var roleBreak = map[string]bool{}

func init() {
	for _, w := range strings.Fields("در به از با که را تا بر برای این آن ضمن طی گفت افزود نیز هم همچنین سپس ضمنا درباره پیرامون طبق برابر توسط جهت حضور گزارش وی او ایشان اما ولی لکن است بود شد کرد نمود داشت می‌گوید گردید اعلام اظهار بیان تاکید عنوان خاطرنشان یادآور اشاره دیدار بازدید روز امروز دیروز صبح عصر شامگاه جلسه نشست") {
		roleBreak[NormalizeKey(w)] = true
	}
}

// placeWords introduce a place name after an organisation.
var placeWords = map[string]string{
	"شهرستان": "county", "استان": "province", "بخش": "sector", "شهر": "city",
	"روستای": "village", "روستا": "village", "دهستان": "village",
}

// titlePhrase is a parsed title: role, organisation and place.
type titlePhrase struct {
	head, end int // tokens [head,end) of the whole phrase
	role, org string
	headKey   string
	implied   bool // the organisation was implied by the title
}

// phrase returns the display form of tokens [s,e): each word, or run of up
// to three words whose joined key has a preferred spelling, in that spelling.
func (d *document) phrase(s, e int) string {
	var parts []string
	for i := s; i < e; {
		if d.toks[i].punct != 0 {
			if d.toks[i].punct == '،' || d.toks[i].punct == ',' {
				if len(parts) > 0 {
					parts[len(parts)-1] += "،"
				}
			}
			i++
			continue
		}
		done := false
		for n := 3; n >= 1 && !done; n-- {
			if i+n > e {
				continue
			}
			var k strings.Builder
			ok := true
			for j := i; j < i+n; j++ {
				if d.toks[j].punct != 0 {
					ok = false
					break
				}
				k.WriteString(d.toks[j].key)
			}
			if !ok {
				continue
			}
			if w, found := d.lx.spell[k.String()]; found {
				parts = append(parts, w)
				i += n
				done = true
			}
		}
		if !done {
			parts = append(parts, d.tokText(i, i+1))
			i++
		}
	}
	return strings.Join(parts, " ")
}

// breaksPhrase reports whether token t cannot continue a role or
// organisation phrase.
func (d *document) breaksPhrase(t int) bool {
	if !d.isWord(t) {
		return true
	}
	k := d.toks[t].key
	if roleBreak[k] || isDigit([]rune(k)[0]) {
		return true
	}
	for _, c := range []category{catSpeech, catPronoun, catHonorific, catTrigger} {
		if d.covered(t, c) {
			return true
		}
	}
	if d.lx.given[k] && !d.hasSpell(t) {
		// A given name starts a person's name when a surname or the end
		// of the clause follows: «… کوار علی احمدی گفت».
		n := t + 1
		if !d.isWord(n) || d.covered(n, catSpeech) || d.lx.nameLike(d.tokKey(n)) {
			return true
		}
	}
	return false
}

// place parses a place at token i: «شهرستان کوار», «استان فارس», «کوار».
// It returns the end token, the place text and its level ("" if no place).
func (d *document) place(i int) (int, string, string) {
	if !d.isWord(i) {
		return i, "", ""
	}
	if lvl, ok := placeWords[d.toks[i].key]; ok {
		j := i + 1
		for _, c := range []category{catCounty, catProvince, catSector, catCity} {
			if m, ok := d.matchAt(c, j); ok {
				_, e := d.tokSpan(m)
				return e, d.tokText(i, e), lvl
			}
		}
		if lvl == "sector" || lvl == "village" {
			if d.isWord(j) && !d.breaksPhrase(j) {
				return j + 1, d.tokText(i, j+1), lvl
			}
		}
		return j, d.tokText(i, j), lvl
	}
	for _, c := range []category{catCounty, catProvince, catCity} {
		if m, ok := d.matchAt(c, i); ok {
			_, e := d.tokSpan(m)
			// A given name followed by a surname is a person, not a place.
			if d.lx.given[d.toks[i].key] && e < len(d.toks) && d.isWord(e) && d.lx.nameLike(d.toks[e].key) {
				return i, "", ""
			}
			lvl := "county"
			if c == catProvince {
				lvl = "province"
			} else if c == catCity {
				lvl = "city"
			}
			return e, "bare:" + d.tokText(i, e), lvl
		}
	}
	return i, "", ""
}

// parseTitle reads the role, organisation and place that follow a title head.
func (d *document) parseTitle(m match) titlePhrase {
	s, e := d.tokSpan(m)
	ent := d.lx.entries[m.entry]
	tp := titlePhrase{head: s, headKey: d.toks[s].key}
	implied, level := ent.org, ent.level
	roleEnd := e
	i := e
	orgStart, orgEnd := -1, -1
	placeText, placeLevel := "", ""
	phase := "role"
	for steps := 0; phase == "role" && steps < 8 && i < len(d.toks); steps++ {
		if om, ok := d.matchAt(catOrg, i); ok {
			orgStart = i
			_, i = d.tokSpan(om)
			orgEnd = i
			phase = "org"
			break
		}
		if tm, ok := d.matchAt(catTitle, i); ok {
			te := d.lx.entries[tm.entry]
			if te.org == "" {
				break
			}
			_, tEnd := d.tokSpan(tm)
			if roleEnd-s == e-s {
				roleEnd = tEnd
			}
			implied, level = te.org, te.level
			i = tEnd
			phase = "place"
			break
		}
		if j, pt, pl := d.place(i); pt != "" {
			placeText, placeLevel, i = pt, pl, j
			phase = "done"
			break
		}
		if d.breaksPhrase(i) {
			break
		}
		if d.toks[i].key == "و" && (d.breaksPhrase(i+1) || d.lx.stop[d.tokKey(i+1)] && !d.hasSpell(i+1)) {
			break
		}
		i++
		roleEnd = i
	}
	if phase == "org" {
		for steps := 0; steps < 6 && i < len(d.toks); steps++ {
			if _, pt, _ := d.place(i); pt != "" {
				break
			}
			if _, ok := d.matchAt(catTitle, i); ok {
				break
			}
			if d.toks[i].punct == '،' && steps < 4 && d.isWord(i+1) && !d.breaksPhrase(i+1) && d.hasAnd(i+1, 3) {
				i++
				continue
			}
			if d.breaksPhrase(i) {
				break
			}
			if d.toks[i].key == "و" && (d.breaksPhrase(i+1) || d.lx.stop[d.tokKey(i+1)] && !d.hasSpell(i+1)) {
				break
			}
			i++
			orgEnd = i
		}
		phase = "place"
	}
	if phase == "place" {
		if j, pt, pl := d.place(i); pt != "" {
			placeText, placeLevel, i = pt, pl, j
		}
	}
	tp.end = i
	tp.role = d.phrase(s, roleEnd)
	var org string
	switch {
	case orgStart >= 0:
		org = d.phrase(orgStart, orgEnd)
	case implied != "":
		org = implied
		tp.implied = true
	}
	if org != "" {
		org = d.completeOrg(org, placeText, placeLevel, level)
	}
	tp.org = org
	return tp
}

// completeOrg appends the place to an organisation, completing a bare
// «شهرستان» or a missing place with the county of the source.
func (d *document) completeOrg(org, placeText, placeLevel, level string) string {
	bare := strings.HasPrefix(placeText, "bare:")
	placeText = strings.TrimPrefix(placeText, "bare:")
	switch {
	case placeText == "":
		if d.county != "" && countyLevelOrg(org) && (level == "" || level == "county") {
			return org + " شهرستان " + d.county
		}
		if level == "province" && d.province != "" {
			return org + " استان " + d.province
		}
		return org
	case placeText == "شهرستان":
		if d.county != "" {
			return org + " شهرستان " + d.county
		}
	case placeText == "استان":
		if d.province != "" {
			return org + " استان " + d.province
		}
	case bare && placeLevel == "county" && (level == "" || level == "county"):
		return org + " شهرستان " + placeText
	case bare && placeLevel == "province":
		return org + " استان " + placeText
	}
	return org + " " + placeText
}

// countyLevelOrg reports whether an organisation with no place named is
// taken to be the county's own.
func countyLevelOrg(org string) bool {
	k := NormalizeKey(org)
	for _, p := range []string{"استانداری", "ادارهکل", "سازمان", "شرکت", "دانشگاه", "مجلس", "بانک", "پستبانک", "ستاد", "کمیسیون", "هیئت", "هیات", "مجمع", "دبیرخانه"} {
		if strings.HasPrefix(k, p) {
			return false
		}
	}
	return true
}

func (d *document) tokKey(t int) string {
	if t < 0 || t >= len(d.toks) {
		return ""
	}
	return d.toks[t].key
}

func (d *document) hasSpell(t int) bool {
	_, ok := d.lx.spell[d.tokKey(t)]
	return ok
}

// hasAnd reports whether «و» occurs within n tokens after t (a listed
// organisation name such as «صنعت، معدن و تجارت»).
func (d *document) hasAnd(t, n int) bool {
	for i := t; i < t+n && i < len(d.toks); i++ {
		if d.toks[i].key == "و" {
			return true
		}
		if !d.isWord(i) {
			return false
		}
	}
	return false
}

// nameToken reports whether token t can be part of a person's name.
func (d *document) nameToken(t int) bool {
	if !d.isWord(t) {
		return false
	}
	for _, c := range []category{catTitle, catOrg, catOffice, catSpeech, catTrigger, catPronoun} {
		if d.covered(t, c) {
			return false
		}
	}
	k := d.toks[t].key
	if d.hasSpell(t) {
		return false
	}
	for _, c := range []category{catCounty, catCity, catSector, catProvince} {
		if d.covered(t, c) && !d.lx.given[k] && !d.lx.surnames[k] {
			return false
		}
	}
	return d.lx.nameLike(k) || k == "زاده" || k == "پور" || k == "نیا" || k == "نژاد"
}

// nameBefore finds a name that ends right before token s. It returns the
// name tokens [ns,ne) without honorifics and the start of the honorifics.
func (d *document) nameBefore(s int) (ns, ne, hs int, ok bool) {
	j := s - 1
	ns, hs = s, s
	n := 0
	for j >= 0 && n < 5 {
		if d.covered(j, catHonorific) {
			hs = j
			j--
			continue
		}
		if hs < s && hs < ns {
			break // a name word before an honorific belongs elsewhere
		}
		if !d.nameToken(j) {
			break
		}
		ns, hs = j, j
		n++
		j--
	}
	if ns == s {
		return 0, 0, 0, false
	}
	// A single word that is only surname-shaped, right after a word that
	// continues a phrase, is too weak.
	return ns, s, min(hs, ns), true
}

// nameAfter finds a name that starts at token i (after an optional comma or
// colon) and is not itself followed by a title.
func (d *document) nameAfter(i int) (ns, ne, hs int, ok bool) {
	if i < len(d.toks) && (d.toks[i].punct == '،' || d.toks[i].punct == ',' || d.toks[i].punct == ':' || d.toks[i].punct == '-') {
		i++
	}
	hs = i
	hon := false
	for i < len(d.toks) && d.covered(i, catHonorific) {
		i++
		hon = true
	}
	ns = i
	for i < len(d.toks) && i-ns < 4 && d.nameToken(i) {
		i++
	}
	ne = i
	if ne == ns {
		return 0, 0, 0, false
	}
	first := d.toks[ns].key
	strong := hon || d.lx.given[first] || (ne-ns >= 2 && d.lx.surnames[d.toks[ne-1].key])
	if !strong {
		// A lone surname only when the clause goes on with punctuation or
		// a speech verb: «…، رستمی، گفت».
		if !(d.lx.surnames[first] && (!d.isWord(ne) || d.covered(ne, catSpeech))) {
			return 0, 0, 0, false
		}
	}
	if _, ok := d.matchAt(catTitle, ne); ok {
		return 0, 0, 0, false
	}
	return ns, ne, hs, true
}
