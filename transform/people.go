package transform

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words that introduce a place name after an organisation, one set per
// level of place («شهرستان», «استان», «بخش», «شهر», «روستای»).
var placeWordSets = []struct {
	set   wordSet
	level string
}{
	{newWordSet("place_word_county"), "county"},
	{newWordSet("place_word_province"), "province"},
	{newWordSet("place_word_sector"), "sector"},
	{newWordSet("place_word_city"), "city"},
	{newWordSet("place_word_village"), "village"},
}

// placeLevel returns the level of place that word key k introduces, or "".
func (lx *lexicon) placeLevel(k string) string {
	for _, p := range placeWordSets {
		if lx.has(p.set, k) {
			return p.level
		}
	}
	return ""
}

// titlePhrase is a parsed title: role, organisation and place.
type titlePhrase struct {
	head, end int // tokens [head,end) of the whole phrase
	role, org string
	headKey   string
	implied   bool      // the organisation was implied by the title
	rules     []ruleHit // the rules that shaped the role and organisation
}

// phrase returns the display form of tokens [s,e): each word, or run of up
// to three words whose joined key has a preferred spelling, in that spelling.
func (d *document) phrase(s, e int) string {
	var parts []string
	var keyBuf [96]byte // the keys of up to three words, looked up without allocating
	for i := s; i < e; {
		if i+3 <= e && d.bracketHonorific(i) {
			parts = append(parts, "("+d.tokText(i+1, i+2)+")")
			i += 3
			continue
		}
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
			k := keyBuf[:0]
			ok := true
			for j := i; j < i+n; j++ {
				if d.toks[j].punct != 0 {
					ok = false
					break
				}
				k = append(k, d.toks[j].key...)
			}
			if !ok {
				continue
			}
			if w, found := d.lx.spell[string(k)]; found {
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
	if k == "" || startsDigit(k) || d.lx.has(setRoleBreak, k) {
		return true
	}
	for _, c := range []category{catSpeech, catPronoun, catHonorific, catTrigger, catSanction, catConditional, catDenied, catReported, catFuture} {
		if d.covered(t, c) {
			return true
		}
	}
	if d.in(setKeyGiven, t) && !d.hasSpell(t) {
		// A given name starts a person's name when a surname or the end
		// of the clause follows: «… کوار علی احمدی گفت».
		n := t + 1
		if !d.isWord(n) || d.covered(n, catSpeech) || d.nameLikeAt(n) {
			return true
		}
	}
	return false
}

// keyRepresentative is the key of «نماینده», and majlisName the Majlis as
// the labels name it.
var keyRepresentative, majlisName = NormalizeKey("نماینده"), "مجلس شورای اسلامی"

// majlisAfter reports whether the words from token t on name a Majlis
// constituency and the Majlis («دشتستان در مجلس شورای اسلامی», «مردم
// استان در مجلس», «مجلس شورای اسلامی»): places, «مردم», «استان»,
// «شهرستان», «بخش مرکزی», «و», commas and brackets up to «مجلس».
func (d *document) majlisAfter(t int) bool {
	for n := 0; t < len(d.toks) && n < 14; n++ {
		tok := d.toks[t]
		switch {
		case tok.key == "مجلس":
			return true
		case tok.punct == '،' || tok.punct == ',' || tok.punct == '(' || tok.punct == ')':
			t++
		case !d.isWord(t):
			return false
		case d.lx.has(setConstituencyWord, tok.key):
			t++
		default:
			j, pt, _ := d.place(t)
			if pt == "" || j <= t {
				return false
			}
			t = j
		}
	}
	return false
}

// phraseSkipping returns the phrase of tokens [s,e) without token skip (a
// courtesy word inside a title: «سرپرست محترم»), or the whole phrase when
// skip is outside it.
func (d *document) phraseSkipping(s, e, skip int) string {
	if skip < s || skip >= e {
		return d.phrase(s, e)
	}
	if skip+1 >= e {
		return d.phrase(s, skip)
	}
	return d.phrase(s, skip) + " " + d.phrase(skip+1, e)
}

// place parses a place at token i: «شهرستان کوار», «استان فارس», «کوار».
// It returns the end token, the place text and its level ("" if no place).
func (d *document) place(i int) (int, string, string) {
	if !d.isWord(i) {
		return i, "", ""
	}
	if lvl := d.lx.placeLevel(d.toks[i].key); lvl != "" {
		j := i + 1
		for _, c := range []category{catCounty, catProvince, catSector, catCity} {
			if lvl == "province" && c != catProvince {
				continue // «استان خبر داد»: after «استان» only a province
			}
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
	// The longest place wins: «کهگیلویه و بویراحمد» is the province, not
	// the county «کهگیلویه» and a word.
	best, bestEnd, found := catCounty, i, false
	for _, c := range []category{catCounty, catProvince, catCity} {
		if m, ok := d.matchAt(c, i); ok {
			if _, e := d.tokSpan(m); e > bestEnd {
				best, bestEnd, found = c, e, true
			}
		}
	}
	if found && best == catCity && bestEnd == i+1 && d.in(setCityCommonWord, i) {
		found = false // «… توزیع آرد»: a common word that a city is named
	}
	if found {
		e := bestEnd
		// A given name followed by a surname is a person, not a place.
		if d.in(setKeyGiven, i) && e < len(d.toks) && d.isWord(e) && d.nameLikeAt(e) {
			return i, "", ""
		}
		lvl := "county"
		if best == catProvince {
			lvl = "province"
		} else if best == catCity {
			lvl = "city"
		}
		return e, "bare:" + d.tokText(i, e), lvl
	}
	if k := d.toks[i].key; strings.HasSuffix(k, "ی") && d.isCounty(strings.TrimSuffix(k, "ی")) && !d.lx.surnames[k] &&
		d.isWord(i+1) && !d.covered(i+1, catSpeech) && !d.covered(i+1, catTitle) {
		// «امام جمعه پیشوای مقدس»: a place with the ezafe «ی» before
		// the adjective that praises it.
		return i + 1, "bare:" + strings.TrimSuffix(d.tokText(i, i+1), "ی"), "county"
	}
	return i, "", ""
}

// isCounty reports whether key k is the one-word name of a county.
func (d *document) isCounty(k string) bool {
	e, ok := d.lx.placeEntry[k]
	return ok && d.lx.entries[e].cat == catCounty
}

// expandOrg writes out a short organisation name: «مجلس» alone is the Majlis, and
// the abbreviation «صمت» in an organisation's name becomes
// «صنعت، معدن و تجارت», the form organisations are named by.
func expandOrg(org string) string {
	if org == "مجلس" {
		return "مجلس شورای اسلامی" // the bare «مجلس» of Iranian news
	}
	if !strings.Contains(org, "صمت") {
		return org
	}
	w := strings.Fields(org)
	for i, x := range w {
		if x == "صمت" {
			w[i] = "صنعت، معدن و تجارت"
		}
	}
	return strings.Join(w, " ")
}

// titlePhraseOf returns the parsed phrase of title match m, parsing it once.
func (d *document) titlePhraseOf(m match) titlePhrase {
	if tp, ok := d.titles[m.start]; ok {
		return tp
	}
	if d.titles == nil {
		d.titles = make(map[int32]titlePhrase, len(d.by[catTitle]))
	}
	saved := d.cur
	t := newTracer()
	d.cur = t
	tp := d.parseTitle(m)
	d.cur = saved
	tp.org = expandOrg(tp.org)
	tp.rules = t.hits
	d.titles[m.start] = tp
	return tp
}

// standInTitle reads «نماینده عالی دولت در» and a place at token s, the
// government's highest representative there: the governor of a province
// («در استان کوار», «در فارس»), of a county («در شهرستان …») or of a
// district («در بخش …»). It returns the title, the body it implies, its
// level and the end of the phrase.
//
// «رئیس شورای اداری» and a province or a county, the chair of its council
// of department heads, is its governor likewise.
func (d *document) standInTitle(s int) (role, implied, level string, end int, ok bool) {
	at := -1 // the place's first token
	switch {
	case d.tokKey(s) == keyRepresentative && d.tokKey(s+1) == "عالی" && d.tokKey(s+2) == "دولت" && d.tokKey(s+3) == "در":
		at = s + 4
	case d.in(setHeadOfCouncilTitle, s) && d.tokKey(s+1) == "شورای" && d.tokKey(s+2) == "اداری":
		at = s + 3
	default:
		return "", "", "", 0, false
	}
	j, pt, pl := d.place(at)
	if pt == "" {
		return "", "", "", 0, false
	}
	switch pl {
	case "province":
		return "استاندار", "استانداری", pl, j, true
	case "county":
		return "فرماندار", "فرمانداری", pl, j, true
	case "sector":
		if at == s+4 {
			return "بخشدار", "بخشداری", pl, j, true
		}
	}
	return "", "", "", 0, false
}

var setHeadOfCouncilTitle = newWordSet("head_of_council_title") // «رئیس»: «رئیس شورای اداری شهرستان …» is the governor

// standsIn reports whether a stand-in for a governor's title starts at
// token s (standInTitle).
func (d *document) standsIn(s int) bool {
	_, _, _, _, ok := d.standInTitle(s)
	return ok
}

var ruleRoleGovernmentStandIn = newRule("role-government-stand-in",
	"«نماینده عالی دولت در» a province, a county or a district (the government's highest representative there) is the governor of the province, the county or the district, as the labels write it; so is «رئیس شورای اداری» of a province or a county, the chair of its council of department heads",
	"حسن کریمی نماینده عالی دولت در شهرستان کوار گفت: طرح‌های عمرانی ادامه دارد.",
	"بازدید از طرح‌های سامک\n\nرضا احمدی امروز از طرح‌های سامک بازدید کرد. نماینده عالی دولت در استان فارس افزود: کار ادامه دارد.",
	"جلسه شورای اداری کوار\n\nرئیس شورای اداری شهرستان کوار گفت: کار ادامه دارد. حسن کریمی افزود: طرح‌ها اجرا می‌شود.")

// parseTitle reads the role, organisation and place that follow a title head.
func (d *document) parseTitle(m match) titlePhrase {
	s, e := d.tokSpan(m)
	ent := d.lx.entries[m.entry]
	tp := titlePhrase{head: s, headKey: d.toks[s].key}
	if role, implied, level, end, ok := d.standInTitle(s); ok {
		// «نماینده عالی دولت در شهرستان کوار»: the governor, as the
		// labels write the one the text calls so.
		at := s + 4
		if d.tokKey(s) != keyRepresentative {
			at = s + 3
		}
		_, placeText, placeLevel := d.place(at)
		d.fire(ruleRoleGovernmentStandIn, s, end)
		tp.role, tp.end = role, end
		tp.org = d.completeOrg(implied, placeText, placeLevel, level)
		return tp
	}
	if d.callingSpan(s, e) {
		// «خبرنگار صدا و سیما در این مراسم …», «خبرنگار ما»: a calling of
		// the press is the role alone; the outlet named after it, as
		// written and with no place added, is the organisation.
		tp.role, tp.end = d.phrase(s, e), e
		j := e
		for j < len(d.toks) && j < e+6 && !d.breaksPhrase(j) && !d.covered(j, catTitle) && !d.in(setKeyGiven, j) {
			j++
		}
		if oe := d.dropTrailingAnd(j, e+1); oe > e && !(oe == e+1 && d.in(setKeyOwnOutlet, e)) {
			tp.org, tp.end = d.phrase(e, oe), oe
			d.fire(ruleOrgCallingOutlet, e, oe)
		}
		return tp
	}
	implied, level := ent.org, ent.level
	seat := level == seatLevel // «امام جمعه کوار»: the place is the organisation
	roleEnd := e
	i := e
	orgStart, orgEnd := -1, -1
	placeText, placeLevel := "", ""
	phase := "role"
	prefix, prefixOrg := "", false
	fixedRole := ""     // a title of the lexicon split by a qualifier
	skipped := false    // a word skipped after the role: the role is complete
	objectNext := false // the next word goes on a portfolio's preposition («نظارت بر توزیع …»)
	headOnly := d.lx.has(setHeadTitle, keyOf(d.body[d.toks[s].start:d.toks[e-1].end]))
	courtesy := -1 // «محترم» right after the title, no word of the role
	if d.in(setCourtesyWord, i) && d.isWord(i+1) && (!d.breaksPhrase(i+1) || d.tokKey(i+1) == "این") {
		// «معاون محترم امور عمرانی استانداری», «مدیر کل محترم میراث
		// فرهنگی»: the courtesy word stands inside the phrase; the role
		// and the organisation go on after it.
		d.fire(ruleRoleCourtesyWord, i, i+1)
		courtesy = i
		i++
		roleEnd, e = i, i // the checks of a complete title read past it
	}
	if p, ok := strings.CutSuffix(implied, "…"); ok || headOnly {
		// «مدیرکل امور اقتصادی و دارایی», «مدیر بازرسی و نظارت بر
		// اصناف»: the words after a head's title name the organisation,
		// a portfolio's verbal noun too («مدیر نظارت بر مواد غذایی»: the
		// labels write «مدیر» 31 times to 8 after «مدیر» or «رئیس»).
		prefix, implied = strings.TrimSpace(p), ""
		if _, isOrg := d.matchAt(catOrg, i); !isOrg && d.isWord(i) && !d.breaksPhrase(i) && d.toks[i].key != "و" && !d.in(setRoleQualifier, i) {
			if _, isTitle := d.matchAt(catTitle, i); !isTitle {
				if _, pt, _ := d.place(i); pt == "" {
					orgStart, orgEnd = i, i
					phase, prefixOrg = "org", true
					if headOnly {
						d.fire(ruleRoleHeadOnly, s, i+1)
					} else {
						d.fire(ruleOrgDirectorGeneral, s, i+1)
					}
				}
			}
		}
	}
	deputy := d.in(setDeputyHead, s) // a deputy's title: a portfolio follows it
	for steps := 0; phase == "role" && steps < 8 && i < len(d.toks); steps++ {
		if roleEnd == e && d.lx.has(setUnitHead, keyOf(d.body[d.toks[s].start:d.toks[e-1].end])) && (d.toks[i].key == "واحد" && d.isWord(i+1) || d.startsMatch(catOffice, i)) {
			// «مسئول واحد بهداشت محیط»: the one in charge of a unit;
			// the unit is the organisation. So are the offices one is
			// in charge of («کارشناس مسئول دفاتر پیشخوان»).
			d.fire(ruleRoleUnitHead, s, i+1)
			orgStart, orgEnd = i, i+1
			i++
			phase = "org"
			break
		}
		if d.toks[s].key == "سرپرست" && roleEnd == e && (d.toks[i].key == "معاونت" || d.toks[i].key == "معاون") {
			// «سرپرست معاونت امور اقتصادی»: the acting head of a
			// deputyship; the deputyship is the role, not a body.
			d.fire(ruleRoleActingHead, s, i+1)
			if tm, ok := d.matchAt(catTitle, i); ok {
				if _, te := d.tokSpan(tm); te > i+1 {
					// «سرپرست معاونت توسعه مدیریت و منابع»: a
					// deputyship of the lexicon, portfolio and all.
					i = te - 1
				}
			}
			i++
			roleEnd = i
			deputy = true // the deputyship's portfolio follows
			continue
		}
		if d.toks[i].key == "مرکز" && implied != "" {
			// «دادستان مرکز استان فارس»: the province's centre is a
			// place, the county of its capital, and no body. So is
			// «مرکز» before the province's name alone («دادستان مرکز
			// گلستان») or before a bare «استان», the source's province.
			j, pt, pl := d.place(i + 1)
			centre := ""
			switch {
			case d.tokKey(i+1) == "استان" && strings.Contains(pt, " "):
				centre = pt
			case d.tokKey(i+1) == "استان" && d.province != "" && j == i+2:
				centre = "استان " + d.province
			case pl == "province" && strings.HasPrefix(pt, "bare:"):
				centre = "استان " + strings.TrimPrefix(pt, "bare:")
			}
			if centre != "" {
				d.fire(ruleOrgProvinceCentre, i, j)
				if implied == prosecutorOffice {
					// The labels name the centre's court office, not
					// its prosecutor's office («دادسرای … مرکز استان»).
					implied = courtOffice
				}
				placeText, placeLevel, i = d.tokText(i, i+1)+" "+centre, "centre", j
				phase = "done"
				break
			}
		}
		if om, ok := d.matchAt(catOrg, i); ok {
			if _, oe := d.tokSpan(om); oe == i+1 && !strings.Contains(d.lx.entries[om.entry].phrase, " ") && (roleEnd == i || roleEnd == i-1 && d.toks[i-1].punct == '،') && i > e && deputy && !d.in(setExecutiveBody, i) &&
				(d.tokKey(i+1) == "و" && d.isWord(i+2) && !d.covered(i+2, catOrg) && !d.covered(i+2, catTitle) || d.toks[min(i+1, len(d.toks)-1)].punct == '،' && d.listContinues(i+1) ||
					d.tokKey(i-1) == "و" && d.isWord(i+1) && !d.breaksPhrase(i+1) && !d.covered(i+1, catOrg) && !d.covered(i+1, catTitle) && d.startsBody(i+2)) {
				// «معاون امور دولت، مجلس و استان‌ها», «معاون توسعه
				// مدیریت، پشتیبانی و …», «معاون توسعه و مدیریت منابع
				// اداره کل …»: a body's head word in the list of a
				// deputy's portfolio, before or after its «و», is a word
				// of the portfolio when the body itself comes after.
				d.fire(ruleRolePortfolioList, i, i+1)
				i++
				roleEnd = i
				continue
			}
			if _, oe := d.tokSpan(om); oe == i+1 && !strings.Contains(d.lx.entries[om.entry].phrase, " ") && roleEnd == i && i > e && deputy && d.in(setPortfolioObjectHead, i-1) && !d.in(setExecutiveBody, i) && !d.in(setBodyNoun, i) {
				// «معاون پشتیبانی و توسعه مدیریت منابع انسانی استاندار»,
				// «معاون برنامه‌ریزی و امور مجلس جمعیت …»: a body's head
				// word right after a portfolio's noun is what the
				// portfolio deals with, a word of the role, no body.
				d.fire(ruleRolePortfolioObject, i-1, i+1)
				i++
				roleEnd = i
				continue
			}
			if _, oe := d.tokSpan(om); oe <= i+3 && roleEnd == i && i == e && deputy {
				if d.in(setPortfolioTail, oe) {
					oe++ // «معاون محیط زیست انسانی اداره کل …»: the portfolio's qualifier
				}
				if d.startsBody(oe) {
					// «معاون راهداری اداره کل راهداری استان», «معاون میراث
					// فرهنگی وزارت میراث فرهنگی …»: a deputy's portfolio of
					// a word or a few right before the body it serves in.
					d.fire(ruleRolePortfolioBeforeBody, i, oe+1)
					i = oe
					roleEnd = i
					continue
				}
			}
			orgStart = i
			_, i = d.tokSpan(om)
			orgEnd = i
			phase = "org"
			break
		}
		if tm, ok := d.matchAt(catTitle, i); ok {
			te := d.lx.entries[tm.entry]
			if (te.org == "" || te.key == "وزیر") && roleEnd == i && servedTitle(te.key) && (deputy || d.toks[s].key == "مشاور" || d.toks[s].key == "نماینده") {
				_, tEnd := d.tokSpan(tm)
				if te.key == "وزیر" && roleEnd > e && deputy && d.isWord(tEnd) && !d.covered(tEnd, catSpeech) && !d.covered(tEnd, catTitle) {
					// «معاون سیاسی وزیر کشور»: a deputy minister with a
					// portfolio has the portfolio as role; the minister and
					// the ministry's name name the organisation.
					d.fire(ruleRoleMinistryDeputy, s, tEnd+1)
					// The ministry's name follows: «وزارت کشور».
					prefix, implied = ministryWord, ""
					orgStart, orgEnd, i = tEnd, tEnd, tEnd
					phase, prefixOrg = "org", true
					break
				}
				// «معاون پارلمانی وزیر», «مشاور وزیر», «معاون اجرایی
				// رئیس جمهور»: the minister or the president a deputy, an
				// adviser or a representative serves is a word of the role.
				d.fire(ruleRoleDeputyOfTitle, s, tEnd)
				roleEnd = tEnd
				i = tEnd
				break
			}
			if te.org == "" || strings.HasSuffix(te.org, "…") {
				// A second title whose body is named by the words after
				// it («مدیر کل …») names none by itself.
				break
			}
			// A second title is the official the deputy serves, part
			// of the role, and names the organisation: «معاون سیاسی و
			// امنیتی استاندار» of «استانداری». A county's governor
			// after a portfolio is read as the governorate («معاون
			// برنامه‌ریزی … فرماندار»), as the annotators read it.
			_, tEnd := d.tokSpan(tm)
			implied, level = te.org, te.level
			if d.lx.orgTitle[d.toks[i].key] && tEnd == i+1 && roleEnd == i && te.level != "county" {
				d.fire(ruleRoleDeputyOfTitle, s, tEnd)
				roleEnd = tEnd
			}
			i = tEnd
			phase = "place"
			break
		}
		if roleEnd == i && (d.in(setRoleQualifier, i) || d.in(setRoleSkip, i)) {
			if tm, ok := d.matchAt(catTitle, s); ok && e == s+1 {
				// «سرپرست جدید فرمانداری»: the qualifier stands inside
				// a title of the lexicon («سرپرست فرمانداری»), which is
				// the role.
				// The title may go on for one word or two after the
				// qualifier («نماینده جدید ولی فقیه»).
				key, n := d.toks[s].key+d.tokKey(i+1), 1
				if _, ok := d.lx.titleKey[key]; !ok && d.isWord(i+2) {
					key, n = key+d.tokKey(i+2), 2
				}
				if full, ok := d.lx.titleKey[key]; ok && tm.entry >= 0 && d.isWord(i+1) {
					d.fire(ruleRoleQualifierInside, s, i+1+n)
					fixedRole = full
					if d.in(setRoleQualifier, i) {
						// «سرپرست پیشین بخشداری»: a qualifier of time
						// stays in the role, where the text puts it.
						fixedRole = d.tokText(s, i+1+n)
					}
					if te := d.lx.entries[d.lx.titleEntry[key]]; te.org != "" && !strings.HasSuffix(te.org, "…") {
						implied, level = te.org, te.level
					} else if te.level == seatLevel {
						seat = true // «نماینده جدید ولی فقیه»
					}
					i += 1 + n
					roleEnd = i
					continue
				}
			}
		}
		if roleEnd == i && d.in(setRoleQualifier, i) {
			// «فرماندار پیشین», «استاندار سابق»: the role is complete;
			// only a place, an organisation or a title may follow.
			d.fire(ruleRoleQualifier, s, i+1)
			i++
			roleEnd = i
			skipped = true
			continue
		}
		if roleEnd == i && d.in(setRoleSkip, i) {
			// «فرماندار کنونی شهرستان …»: not part of the role, and
			// only a place, an organisation or a title may follow.
			i++
			skipped = true
			continue
		}
		if level == "sector" && roleEnd == e && d.isWord(i) && !d.breaksPhrase(i) && d.toks[i].key != "بخش" && d.toks[i].key != "و" {
			if _, isOrg := d.matchAt(catOrg, i); !isOrg {
				// «سرپرست بخشداری فردو»: a district's head is followed
				// by the district's name, known or not.
				d.fire(ruleOrgDistrictName, i, i+1)
				placeText, placeLevel, i = d.tokText(i, i+1), "sector", i+1
				phase = "done"
				break
			}
		}
		if sm, ok := d.matchAt(catSector, i); ok && level == "sector" && roleEnd == e {
			// «بخشدار تخت سلیمان»: a district's head is followed by the
			// district's name, which may be two words.
			_, j := d.tokSpan(sm)
			d.fire(ruleOrgDistrictName, i, j)
			placeText, placeLevel, i = d.tokText(i, j), "sector", j
			phase = "done"
			break
		}
		if j, pt, pl := d.place(i); pt != "" && !(objectNext && pl == "city" && strings.HasPrefix(pt, "bare:")) {
			// (After «نظارت بر توزیع» comes what is distributed: a
			// city's name there with no word of place is a word
			// («آرد», flour, and the city «ارد»).)
			placeText, placeLevel, i = pt, pl, j
			phase = "done"
			break
		}
		objectNext = false
		if d.toks[i].key == "این" && roleEnd == e && d.toks[s].key == "سرپرست" && e == s+1 && d.isWord(i+1) && (d.toks[i+1].key == "بخشداری" || d.toks[i+1].key == "فرمانداری") {
			// «به عنوان سرپرست این بخشداری معرفی شد»: the acting head
			// of the body the article is about; the executive title
			// stays whole («سرپرست بخشداری»).
			d.fire(ruleRoleActingThisBody, s, i+2)
			tp.role = d.phrase(s, e) + " " + d.phrase(i+1, i+2)
			if full := d.fullOrg(i + 1); full != "" {
				tp.org = full
			}
			tp.end = i + 2
			return tp
		}
		if d.toks[i].key == "این" {
			// «معاون بازرگانی این سازمان»: the organisation named
			// earlier in the article with the same head.
			if om, ok := d.matchAt(catOrg, i+1); ok {
				if _, oe := d.tokSpan(om); oe == i+2 {
					if full := d.fullOrg(i + 1); full != d.phrase(i+1, i+2) {
						d.fire(ruleOrgThisBody, i, i+2)
						tp.role, tp.org, tp.end = d.phraseSkipping(s, roleEnd, courtesy), full, i+2
						return tp
					}
				}
			}
		}
		if isDash(d.toks[i].punct) && roleEnd == i && i > e && deputy && d.isWord(i+1) && !d.nameToken(i+1) && !d.breaksPhrase(i+1) {
			// «معاونت سیاسی-امنیتی استاندار»: a hyphen between two words
			// of a deputy's portfolio.
			d.fire(ruleRoleCommaList, i-1, i+2)
			i++
			continue
		}
		if d.toks[i].punct == '،' && roleEnd > e-1 && d.listContinues(i) {
			// «معاون سیاسی، امنیتی و اجتماعی»: a comma inside a list
			// of role words that ends with «و».
			d.fire(ruleRoleCommaList, i-1, i+2)
			i++
			continue
		}
		if roleEnd == i && i > e && d.in(setPortfolioNoun, i-1) && d.isWord(i+1) && !d.breaksPhrase(i+1) && (d.toks[i].key == "از" || d.toks[i].key == "بر" || d.toks[i].key == "به" || d.toks[i].key == "با") {
			// «حمایت از حقوق مصرف‌کنندگان», «نظارت بر توزیع آرد»
			d.fire(ruleRolePortfolioPrep, i-1, i+2)
			i += 2
			roleEnd = i
			objectNext = true
			continue
		}
		if d.breaksPhrase(i) || skipped {
			break
		}
		if d.toks[i].key == "و" && (d.andBreaks(i) || roleEnd == e && (implied != "" || headOnly && !d.startsMatch(catTitle, i+1))) {
			// A title of a body («فرماندار», «بخشدار») takes no
			// portfolio: «فرماندار و تصمیم گیری» ends at the title. Nor
			// does a head's bare title before the staff it leads
			// («رئیس و پرسنل این اداره»).
			break
		}
		if utf8.RuneCountInString(d.toks[i].key) < 2 && d.toks[i].key != "و" {
			break // a lone letter, as where a text is cut off, is no word of a role
		}
		if roleEnd == e && d.lx.has(setClosedTitle, keyOf(d.body[d.toks[s].start:d.toks[e-1].end])) {
			// «رئیس جمهوری انتظارات زیادی …»: a title that names one
			// office whole takes no free words after it.
			d.fire(ruleRoleExecutiveBare, s, i+1)
			break
		}
		if roleEnd == e && level != "" && (implied != "" || seat) && !deputy {
			// «استاندار اهم برنامه‌ها …»: the head of a governorate,
			// district or city takes no portfolio, nor does a seat
			// («نماینده ولی فقیه درخواست کرد»); a word that is no
			// place, body or qualifier ends the role.
			d.fire(ruleRoleExecutiveBare, s, i+1)
			break
		}
		i++
		roleEnd = i
	}
	if phase == "org" && prefixOrg && prefix == ministryWord {
		// «وزیر کشور فرمانداران … را منصوب کرد»: a ministry's name is
		// one of the ministries', and no place completes it.
		if end := d.ministryEnd(orgStart); end > orgStart {
			orgEnd, i = end, end
			phase = "done"
		}
	}
	if phase == "org" {
		i, orgEnd = d.orgTail(i, orgEnd)
		phase = "place"
		if orgEnd == i && orgEnd > orgStart+1 && d.in(setParentBody, i) && !d.in(setParentBody, orgStart) {
			// «دفتر امور سیاسی … استانداری بوشهر»: an office of a
			// governorate names the governorate it is part of.
			d.fire(ruleOrgParentBody, i, i+1)
			i++
			orgEnd = i
		}
	}
	if phase == "place" {
		if j, pt, pl := d.place(i); pt != "" {
			placeText, placeLevel, i = pt, pl, j
		}
	}
	if seat && placeText == "" && d.tokKey(i) == "در" {
		// «نماینده ولی فقیه در استان کوار»: the seat's place after «در».
		if j, pt, pl := d.place(i + 1); strings.HasPrefix(pt, "bare:") || strings.Contains(pt, " ") {
			placeText, placeLevel, i = pt, pl, j // a place named, not a bare «استان»
		}
	}
	tp.end = i
	people := s + 1
	if d.in(setRoleSkip, people) {
		people++ // «نماینده محترم مردم …»
	}
	bareConstituency := false // «نماینده کوار و سامک»: a place's name right after
	if d.toks[s].key == keyRepresentative {
		_, pt, _ := d.place(people)
		bareConstituency = strings.HasPrefix(pt, "bare:")
	}
	if d.toks[s].key == keyRepresentative && (d.tokKey(people) == "مردم" || strings.HasPrefix(d.tokKey(people), "شهرستان") || bareConstituency || d.majlisAfter(people)) {
		// «نماینده مردم داراب و زریندشت در مجلس شورای اسلامی»,
		// «نماینده شهرستان‌های خوی و چایپاره»: the people's
		// representative sits in the Majlis; the constituency is not
		// part of the role.
		roleEnd = s + 1
		for j := i; j < len(d.toks) && j < i+10 && d.toks[j].punct != '.' && d.toks[j].punct != '\n'; j++ {
			if d.covered(j, catTitle) {
				break // «نظری نماینده خمین و بیاتی نماینده مردم … در مجلس»: the next one's
			}
			if d.toks[j].key == "مجلس" {
				d.fire(ruleRoleMajlisMember, s, j+1)
				tp.role, tp.org = "نماینده", majlisName
				if om, ok := d.matchAt(catOrg, j); ok {
					_, tp.end = d.tokSpan(om)
				} else {
					tp.end = j + 1
				}
				return tp
			}
		}
		if d.tokKey(people) == "مردم" || strings.HasPrefix(d.tokKey(people), "شهرستان") || bareConstituency {
			// «نماینده مردم کوار گفت», «نماینده کوار و سامک»,
			// «نماینده شهرستان»: the people's representative is the
			// Majlis member even where the text does not name it.
			d.fire(ruleRoleMajlisMember, s, people+1)
			tp.role, tp.org = "نماینده", majlisName
			return tp
		}
	}
	// «معاون توسعه منابع و پشتیبانی و رفیع زاده …»: the «و» that joins the
	// next person is no word of the role.
	roleEnd = d.dropTrailingAnd(roleEnd, e)
	if d.toks[s].key == keyRepresentative && e == s+1 && roleEnd > e && fixedRole == "" && !d.covered(e, catTitle) && !d.in(setRepresentativeQualifier, e) {
		// «نماینده گروه جهادی …», «نماینده بازرسی کل استان»: a
		// representative's role is the title alone; whom they represent is
		// no word of it (the labels write «نماینده» nine times in ten).
		// The Leader, a minister or the president served stays
		// («نماینده ولی فقیه», «نماینده وزیر»), and so does a qualifier
		// («نماینده ویژه رئیس جمهور»).
		d.fire(ruleRoleRepresentativeBare, s, roleEnd)
		roleEnd = e
	}
	tp.role = d.phraseSkipping(s, roleEnd, courtesy)
	if fixedRole != "" {
		tp.role = fixedRole
	}
	if roleEnd-s > 1 && roleEnd < len(d.toks) && d.covered(roleEnd, catOrg) {
		// «معاون غذا و داروی دانشگاه»: a word ending in a vowel takes
		// the ezafe «ی» before the organisation; the role is without it.
		if k := d.toks[roleEnd-1].key; (strings.HasSuffix(k, "وی") || strings.HasSuffix(k, "ای")) && !d.in(setEzafeAdjective, roleEnd-1) {
			if utf8.RuneCountInString(k) >= 4 {
				d.fire(ruleRoleEzafeDropped, roleEnd-1, roleEnd+1)
				tp.role = strings.TrimSuffix(tp.role, "ی")
			}
		}
	}
	if roleEnd-s == 1 && fixedRole == "" && courtesy < 0 {
		// «سخنگوی ستاد …» cut to its head: the ezafe «ی» of a title
		// ending in a vowel is no letter of the title («سخنگو»).
		if k := d.toks[s].key; strings.HasSuffix(k, "وی") && d.isWord(s+1) {
			if _, ok := d.lx.titleEntry[strings.TrimSuffix(k, "ی")]; ok {
				d.fire(ruleRoleEzafeDropped, s, s+2)
				tp.role = strings.TrimSuffix(tp.role, "ی")
			}
		}
	}
	orgEnd = d.dropTrailingAnd(orgEnd, orgStart+1) // an «و» the phrase stopped after is no word of the body
	var org string
	switch {
	case prefixOrg:
		if orgEnd > orgStart {
			org = strings.TrimSpace(prefix + " " + d.phrase(orgStart, orgEnd))
			if prefix == "" && NormalizeKey(tp.role) == managerKey && managedBody(org) {
				// «مدیر بازرسی و نظارت بر اصناف مشهد» heads «مدیریت
				// بازرسی و نظارت بر اصناف»
				d.fire(ruleOrgManagement, s, orgEnd)
				org = "مدیریت " + org
			}
		}
	case orgStart >= 0 && orgEnd-orgStart == 1 && placeText == "":
		// A bare head («سازمان», «شبکه») refers back to the organisation
		// the article named in full with the same head.
		org = d.fullOrg(orgStart)
		if org != d.phrase(orgStart, orgStart+1) {
			d.fire(ruleOrgBareHead, orgStart, orgStart+1)
		} else if lv, ok := d.lx.bodyLevel[d.toks[orgStart].key]; ok {
			// «معاون برنامه‌ریزی فرمانداری» with no place and no
			// earlier mention: the source's governorate or municipality.
			if full := d.completeOrg(org, "", "", lv); full != org {
				d.fire(ruleOrgSourcePlace, orgStart, orgStart+1)
				org = full
			}
		}
		tp.org = org
		return tp
	case orgStart >= 0:
		org = d.phrase(orgStart, orgEnd)
		if roleEnd == e && NormalizeKey(tp.role) == managerKey && managedBody(org) {
			// «مدیر جهاد کشاورزی فسا» heads the county's «مدیریت جهاد
			// کشاورزی», as the body names itself.
			d.fire(ruleOrgManagement, s, orgEnd)
			org = "مدیریت " + org
		}
		if prefix != "" && !strings.HasPrefix(NormalizeKey(org), NormalizeKey(prefix)) && countyLevelOrg(org) && !d.in(setOwnHeadBody, orgStart) {
			// «مدیرکل تعزیرات حکومتی استان» heads «اداره کل تعزیرات
			// حکومتی استان …».
			d.fire(ruleOrgDirectorGeneral, s, orgEnd)
			org = prefix + " " + org
		}
	case implied != "":
		org = implied
		tp.implied = true
	case seat:
		if org = d.seatOrg(placeText, placeLevel, d.lx.entries[m.entry].key, d.pastTitle(s, roleEnd)); org != "" {
			d.fire(ruleOrgSeatPlace, s, i)
		}
		tp.org = org
		return tp
	}
	if org != "" {
		org = d.completeOrg(org, placeText, placeLevel, level)
	} else if fixedRole == "" && courtesy < 0 && roleEnd > e && d.toks[s].key == "معاون" {
		// «معاون هماهنگی امور عمرانی گفت», «معاون برنامه‌ریزی و توسعه
		// گفت»: a deputy whose portfolio is one only a governorate has
		// serves the province's or the county's governorate.
		portfolio := strings.ReplaceAll(NormalizeKey(d.phrase(e, roleEnd)), "،", "")
		switch {
		case d.lx.has(setProvinceDeputyPortfolio, portfolio) && (d.province != "" || placeLevel == "province"):
			org = d.completeOrg("استانداری", placeText, placeLevel, "province")
		case d.lx.has(setCountyDeputyPortfolio, portfolio) && (d.county != "" || placeLevel == "county"):
			org = d.completeOrg("فرمانداری", placeText, placeLevel, "county")
		}
		if org != "" {
			d.fire(ruleOrgDeputyPortfolio, s, roleEnd)
		}
	}
	if org != "" && NormalizeKey(tp.role) == chiefKey && strings.HasPrefix(NormalizeKey(org), "دادگستری") && !strings.HasPrefix(NormalizeKey(org), "دادگستریکل") {
		// The head of a province's judiciary, «رئیس کل دادگستری فارس»,
		// heads the province's «دادگستری استان فارس», as the text and
		// the labels (23 of 24) write it; «کل» is his title's.
		d.fire(ruleOrgChiefJustice, s, i)
		place := d.province
		if _, p, ok := strings.Cut(org, "استان "); ok {
			place = p
		}
		if place != "" {
			org = "دادگستری استان " + place
		}
	}
	tp.org = org
	return tp
}

// seatLevel is the level, in titles.tsv, of a title whose organisation is
// the place it serves: a Friday imam's town, the Leader's representative's
// province.
const seatLevel = "seat"

// setProvinceDeputyPortfolio and setCountyDeputyPortfolio hold the
// portfolios of deputies that only a province's or a county's governorate
// has («هماهنگی امور اقتصادی», «برنامه‌ریزی و توسعه»).
var (
	setProvinceDeputyPortfolio = newWordSet("province_deputy_portfolio")
	setCountyDeputyPortfolio   = newWordSet("county_deputy_portfolio")
)

// setPastQualifier holds the qualifiers of a title held in the past.
var setPastQualifier = newWordSet("past_qualifier")

// pastTitle reports whether the words [s,e) of a title hold a qualifier of
// time past («سابق», «پیشین»).
func (d *document) pastTitle(s, e int) bool {
	for t := s; t < e; t++ {
		if d.in(setPastQualifier, t) {
			return true
		}
	}
	return false
}

// representativeKey is the key of «نماینده ولی فقیه», whose seat is a province.
var representativeKey = NormalizeKey("نماینده ولی فقیه")

// seatOrg names the place a seat serves as its organisation, with the word
// of its level where the text writes the name alone («امام جمعه کوار» →
// «شهرستان کوار»), as GUIDELINES writes a body with its county.
func (d *document) seatOrg(placeText, placeLevel, key string, past bool) string {
	p, bare := strings.CutPrefix(placeText, "bare:")
	switch {
	case p == "" && past:
		return "" // «امام جمعه سابق»: a former imam may have served anywhere
	case p == "" && key == representativeKey && d.province != "":
		return "استان " + d.province // the Leader's representative in the source's province
	case p == "" && key != representativeKey && d.county != "":
		return "شهرستان " + d.county // the imam of the source's county
	case p == "":
		return ""
	case p == "شهرستان" && d.county != "":
		return p + " " + d.county // «امام جمعه شهرستان»: the source's county
	case p == "استان" && d.province != "":
		return p + " " + d.province
	case !bare && !strings.Contains(p, " "):
		return "" // a word of place and no name known after it
	case !bare:
		return p
	}
	switch placeLevel {
	case "province":
		return "استان " + p
	case "city":
		return "شهر " + p
	case "sector":
		return "بخش " + p
	case "village":
		return "روستای " + p
	}
	return "شهرستان " + p
}

// orgTail extends an organisation phrase whose head ends at token i: the
// words that follow up to a place, a title or a word that breaks the
// phrase. It returns the next token and the end of the organisation.
func (d *document) orgTail(i, orgEnd int) (int, int) {
	first := orgEnd
	restarts, named := 0, 0
	{
		for steps := 0; steps < 8 && i < len(d.toks); steps++ {
			if _, pt, _ := d.place(i); pt != "" {
				break
			}
			if _, ok := d.matchAt(catTitle, i); ok {
				break
			}
			if _, ok := d.matchAt(catOrg, i); ok && i > first && restarts < maxTailRestarts {
				// «اداره نظارت و بازرسی سازمان صنعت، معدن و تجارت»: the
				// body a unit belongs to begins; its name has its own
				// length. (Twice at most, so that a text of body words
				// alone costs each title a bounded read.)
				steps = 0
				restarts++
				if d.in(setParentBody, i) {
					// «دفتر امور سیاسی … استانداری بوشهر»
					d.fire(ruleOrgParentBody, i, i+1)
				}
			}
			if named > 0 && d.isWord(i) && !d.covered(i, catSpeech) && !d.covered(i, catTitle) && !d.startsNumber(i) {
				// «سپاه حضرت عباس», «بیمارستان شهید محمد منتظری»: the
				// name of the saint or martyr a body is named after is a
				// word of the body's name, not a person of the news; it
				// goes on past its first word only after a given name.
				named--
				if !d.in(setKeyGiven, i) && d.toks[i].key != "سید" {
					named = 0
				}
				i++
				orgEnd = i
				continue
			}
			named = 0
			if d.bracketHonorific(i) {
				// «سپاه انصارالمهدی (عج) استان زنجان»: the honorific
				// after a saint's name stays in the body's name.
				i += 3
				orgEnd = i
				continue
			}
			if d.isWord(i) && (d.in(setSaintTitle, i) || d.toks[i].key == "شهید") && d.isWord(i+1) {
				if d.in(setSaintTitle, i) {
					d.fire(rulePersonSaintInBody, i, i+2)
				} else {
					d.fire(rulePersonPlaceName, i, i+2)
				}
				named = 3
				i++
				orgEnd = i
				continue
			}
			if d.toks[i].punct == '،' && steps < 4 && d.isWord(i+1) && !d.breaksPhrase(i+1) && !d.in(setGroupWord, i+1) && !d.in(setExecutiveBody, i-1) && d.hasAnd(i+1, 3) {
				// A comma of a list inside the name («میراث فرهنگی،
				// گردشگری و صنایع دستی») is no word of it. A governorate
				// ends its name («فرمانداری، بخشداران و …» lists people
				// next), as does a group of people after the comma.
				i++
				steps--
				continue
			}
			if i > first && d.in(setPortfolioNoun, i-1) && (d.toks[i].key == "بر" || d.toks[i].key == "از" || d.toks[i].key == "با") && d.isWord(i+1) && !d.breaksPhrase(i+1) {
				// «پلیس نظارت بر اماکن عمومی», «اداره حمایت از حقوق
				// مصرف‌کنندگان»: the object of the body's task is a
				// word of its name.
				d.fire(ruleOrgTaskPreposition, i-1, i+2)
				i += 2
				orgEnd = i
				continue
			}
			if d.breaksPhrase(i) {
				break
			}
			if d.toks[i].key == "و" && d.andBreaks(i) && !d.lastWordBeforePlace(i+1) {
				break
			}
			i++
			orgEnd = i
		}
	}
	// «… میراث فرهنگی، صنایع دستی و»: a body's name does not end on the
	// «و» of its list.
	return i, d.dropTrailingAnd(orgEnd, first)
}

// bracketHonorific reports whether tokens t to t+2 are a bracketed
// honorific after a saint's or a late leader's name: «(ع)», «(عج)», «(ره)».
func (d *document) bracketHonorific(t int) bool {
	return t+2 < len(d.toks) && d.toks[t].punct == '(' && d.isWord(t+1) && d.in(setBracketHonorific, t+1) && d.toks[t+2].punct == ')'
}

// setBracketHonorific holds the honorifics written in brackets after a
// saint's or a late leader's name.
var setBracketHonorific = newWordSet("bracket_honorific")

// maxTailRestarts bounds how often an organisation's name may restart its
// word budget at the head of a body it belongs to.
const maxTailRestarts = 2

// lastWordBeforePlace reports whether token t is a word of a body's name
// that a place follows («آموزش فنی و حرفه‌ای استان کرمانشاه»): after «و» it
// ends the name even when it could end a phrase («حرفه‌ای») or start a
// name elsewhere.
func (d *document) lastWordBeforePlace(t int) bool {
	if !d.isWord(t) || d.covered(t, catTitle) || d.covered(t, catSpeech) {
		return false
	}
	// A place that opens with its word of place («استان کرمانشاه»,
	// «شهرستان …»), not a bare name that could be a word of the body.
	_, pt, _ := d.place(t + 1)
	return pt != "" && !strings.HasPrefix(pt, "bare:")
}

// dropTrailingAnd moves the end of a phrase back over the «و» tokens it ends
// with, no further back than low.
func (d *document) dropTrailingAnd(end, low int) int {
	for end > low && d.tokKey(end-1) == "و" {
		end--
	}
	return end
}

// fullOrg returns the organisation named in full, with its place, at the
// first organisation in the article with the same head as token t
// («شبکه بهداشت و درمان شهرستان داراب» for «شبکه»), or the head alone.
func (d *document) fullOrg(t int) string {
	for _, o := range d.fullOrgs(d.toks[t].key) {
		if o.head != t {
			return o.org
		}
	}
	return d.phrase(t, t+1)
}

// fullOrgAt returns the organisation named in full by the organisation
// match m with its place, and false when m names only a bare head.
func (d *document) fullOrgAt(m match) (string, bool) {
	s, e := d.tokSpan(m)
	if s < 0 {
		return "", false
	}
	_, oe := d.orgTail(e, e)
	j, pt, pl := d.place(oe)
	if oe-s < 2 && pt == "" || j <= s {
		return "", false
	}
	return d.completeOrg(d.phrase(s, oe), pt, pl, ""), true
}

// completeOrg appends the place to an organisation, completing a bare
// «شهرستان» or a missing place with the county of the source.
func (d *document) completeOrg(org, placeText, placeLevel, level string) string {
	bare := strings.HasPrefix(placeText, "bare:")
	placeText = strings.TrimPrefix(placeText, "bare:")
	// The governorate of a province is «استانداری فارس», without «استان».
	provinceWord := " استان "
	if strings.HasSuffix(NormalizeKey(org), "استانداری") {
		// «استانداری فارس», «اداره کل مدیریت بحران استانداری فارس»
		provinceWord = " "
		if p, ok := strings.CutPrefix(placeText, "استان "); ok {
			placeText, bare, placeLevel = p, true, "province"
		}
	}
	switch {
	case placeText == "" && strings.HasSuffix(org, " منطقه") && d.county != "":
		// «شرکت ملی پخش فرآورده‌های نفتی منطقه»: the region is the
		// county of the source.
		return org + " " + d.county
	case placeText == "" && nationalOrg(org):
		// «دفتر بازرسی وزارت جهاد کشاورزی», «اداره کل توسعه
		// کتابخانه‌های نهاد کتابخانه‌های عمومی کشور»: a ministry's or the
		// country's body is no county's or province's.
		return org
	case placeText == "":
		if provinceWord == " " && d.province != "" {
			// «دفتر سیاسی و انتخابات استانداری»: a governorate's unit
			// is the province's, whatever its head.
			return org + " " + d.province
		}
		if d.county != "" && countyLevelOrg(org) && (level == "" || level == "county") {
			return org + " شهرستان " + d.county
		}
		if level == "province" && d.province != "" {
			return org + provinceWord + d.province
		}
		if level == "city" && d.county != "" {
			// «شهردار گفت»: the mayor of the county's seat, which is
			// named as the county is («شهرداری زرند»).
			return org + " " + d.county
		}
		return org
	case placeText == "شهرستان":
		if d.county != "" {
			return org + " شهرستان " + d.county
		}
	case placeText == "استان":
		if d.province != "" {
			return org + provinceWord + d.province
		}
	case level == "sector" && placeLevel != "county" && placeLevel != "province" && d.county != "":
		// A district's office is completed with its county: «بخشداری
		// دشتک شهرستان چالدران».
		return org + " " + placeText + " شهرستان " + d.county
	case bare && placeLevel == "county" && (level == "" || level == "county") && countyLevelOrg(org):
		return org + " شهرستان " + placeText
	case bare && placeLevel == "county" && provincialOrg(org) && d.lx.provinces[NormalizeKey(placeText)]:
		// «سازمان صنعت، معدن و تجارت اردبیل»: a provincial
		// organisation before a name that is a county and a province
		// is the province's.
		return org + provinceWord + placeText
	case bare && placeLevel == "province":
		return org + provinceWord + placeText
	}
	return org + " " + placeText
}

// nationalOrg reports whether org names a ministry's body or one of the
// whole country («… کشور»). An organisation is built from the normalised
// body, so its words are compared as they are.
func nationalOrg(org string) bool {
	return strings.Contains(org, "وزارت") || strings.HasSuffix(org, " کشور")
}

// chiefKey is the key of «رئیس کل», the title of a province's chief justice.
var chiefKey = NormalizeKey("رئیس کل")

// provincialOrg reports whether org is of a kind that each province has
// one of: an organisation («سازمان») or a directorate-general («اداره کل»).
func provincialOrg(org string) bool {
	k := NormalizeKey(org)
	return strings.HasPrefix(k, "سازمان") || strings.HasPrefix(k, "ادارهکل")
}

// countyLevelOrg reports whether an organisation with no place named is
// taken to be the county's own.
func countyLevelOrg(org string) bool {
	return !prefixInSet(setCountyOrgException, NormalizeKey(org))
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

// andBreaks reports whether «و» at token i ends a role or organisation
// phrase: it does when the next word cannot continue one (a verb, a
// preposition), is a name («فرماندار و اسدی بخشدار»), a group word («و جمعی
// از مدیران») or another title, or starts «و با حضور».
func (d *document) andBreaks(i int) bool {
	n := i + 1
	if d.breaksPhrase(n) || d.in(setGroupWord, n) {
		return true
	}
	if _, ok := d.matchAt(catTitle, n); ok {
		return true
	}
	if d.hasSpell(n) {
		return false
	}
	if d.in(setKeyStop, n) && !d.in(setAndAdjective, n) {
		return true
	}
	// A name's word after «و» starts another person, unless a body follows
	// it right away: then it is the last word of a list that the body ends
	// («معاون توسعه ورزش حرفه‌ای و قهرمانی وزارت ورزش», «قهرمانی» being
	// also a surname).
	if d.nameToken(n) && !d.covered(n, catOrg) && !d.startsBody(n+1) {
		return true
	}
	if _, ok := d.matchAt(catTitle, n+1); ok && d.isWord(n) && !d.covered(n, catOrg) && !d.covered(n, catTitle) {
		return true // «… و شهنوازی رئیس …»: a word before a title is a name
	}
	return false
}

// listContinues reports whether the comma at token i sits inside a list of
// role or organisation words closed by «و» («سیاسی، امنیتی و اجتماعی»,
// «صنعت، معدن و تجارت»).
func (d *document) listContinues(i int) bool {
	n := i + 1
	if d.in(setPortfolioWord, i-1) && d.in(setPortfolioWord, n) {
		return true // «معاون سیاسی، امنیتی، اجتماعی استاندار»: no «و» to close it
	}
	return d.isWord(n) && !d.breaksPhrase(n) && !d.nameToken(n) && d.hasAnd(n, 3)
}

// setAndAdjective holds common words that go on naming a unit after «و»
// («واحد بهداشت محیط و حرفه‌ای»), where a common word would end a role.
var setAndAdjective = newWordSet("and_adjective")

// setPortfolioWord holds the adjectives of deputies' portfolios («سیاسی»,
// «امنیتی», «اجتماعی»), which portals list with commas alone.
var setPortfolioWord = newWordSet("portfolio_word")

// setRepresentativeQualifier holds the qualifiers that stay in a
// representative's role («ویژه» of «نماینده ویژه رئیس جمهور»).
var setRepresentativeQualifier = newWordSet("representative_qualifier")

// setPortfolioObjectHead holds the nouns of deputies' portfolios whose
// object is a body's head word («توسعه» of «توسعه مدیریت», «امور» of «امور
// مجلس»).
var setPortfolioObjectHead = newWordSet("portfolio_object_head")

// setPortfolioTail holds the qualifiers that end a deputy's portfolio named
// by a body's word («انسانی» of «معاون محیط زیست انسانی»).
var setPortfolioTail = newWordSet("portfolio_tail")

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
	if r, ok := d.memoGet(memoNameToken, t); ok {
		return r
	}
	return d.memoSet(memoNameToken, t, d.nameTokenUncached(t))
}

func (d *document) nameTokenUncached(t int) bool {
	if !d.isWord(t) || d.demonstratedScene(t) {
		return false // «در پایان این آیین شفیعی فرماندار …»: the event
	}
	k := d.toks[t].key
	for _, c := range []category{catTitle, catOrg, catOffice, catSpeech, catTrigger, catPronoun} {
		if d.covered(t, c) && !(c == catOrg && d.surnameNamedBody(t)) && !(c == catOffice && d.officeWordSurname(t)) {
			return false
		}
	}
	if d.hasSpell(t) {
		return false
	}
	for _, c := range []category{catCounty, catCity, catSector, catProvince} {
		if d.covered(t, c) && (!d.in(setKeyGiven, t) && !d.in(setKeySurname, t) || d.lx.placeLevel(d.tokKey(t-1)) != "") {
			// «شهرستان فردوس»: after a word of place, a place.
			return false
		}
	}
	return d.nameLikeAt(t) || d.compoundGiven(t) || d.givenHead(t) || d.lx.allahCompound(k) && !d.in(setKeyStop, t) || d.in(setGivenTail, t) && d.isWord(t-1) || d.abdTail(t) ||
		d.in(setSurnamePart, t) && d.isWord(t-1) && (d.nameLikeAt(t-1) || d.plainWord(t-1)) ||
		d.listedSurnamePart(t)
}

// listedSurnamePart reports whether token t is one of two words that,
// typed apart, make a surname of the lists («زره تن», «سروش اول», «حق
// وردی»): a unit, an ordinal or a common word is a name's word there, as
// it is when a ZWNJ joins the two into one word.
func (d *document) listedSurnamePart(t int) bool {
	return d.listedSurnameAt(t-1) || d.listedSurnameAt(t)
}

// listedSurnameAt reports whether tokens t and t+1, one space apart, no
// title and the first no function word («با وقار»), together make a surname
// of the lists.
func (d *document) listedSurnameAt(t int) bool {
	if !d.isWord(t) || !d.isWord(t+1) || d.toks[t+1].start != d.toks[t].end+1 || d.covered(t, catTitle) || d.covered(t+1, catTitle) || d.in(setKeyStop, t) {
		return false
	}
	if d.asPhraseEnd(t+1) >= 0 {
		// «حسن کریمی پور به عنوان …»: «به» opens «به عنوان», though
		// «پور» and «به» make a surname of the lists.
		return false
	}
	return d.pairIn(setKeySurname, t)
}

// surnameNamedBody reports whether token t, a body's one-word name that is
// also a surname of the lists («کلانتری»), follows a common given name that
// no title or body covers: the surname, as in «حسین کلانتری گفت».
func (d *document) surnameNamedBody(t int) bool {
	if !d.in(setKeySurname, t) || !d.isWord(t-1) || !d.in(setKeyGiven, t-1) || d.covered(t-1, catOrg) || d.covered(t-1, catTitle) {
		return false
	}
	m, ok := d.matchAt(catOrg, t)
	if !ok {
		return false
	}
	s, e := d.tokSpan(m)
	return s == t && e == t+1
}

// ruleRoleCourtesyWord reads past a courtesy word right after a title.
var ruleRoleCourtesyWord = newRule("role-courtesy-word",
	"a courtesy word right after a title («معاون محترم امور عمرانی استانداری», «مدیر کل محترم میراث فرهنگی») is no word of the role or the organisation; the phrase goes on after it",
	"حسن کریمی معاون محترم امور عمرانی استانداری فارس گفت: طرح اجرا شد.")

// givenHead reports whether token t is the first word of a compound given
// name written apart («روح» in «روح الله», «حجت» in «حجت اله»).
func (d *document) givenHead(t int) bool {
	if !d.isWord(t) || !d.isWord(t+1) || !d.in(setGivenTail, t+1) && !d.abdTail(t+1) {
		return false
	}
	if d.covered(t, catTitle) || d.covered(t, catHonorific) {
		return false
	}
	if d.abdTail(t + 1) {
		return true // «عبد الحمید»
	}
	if d.in(setKeyGivenAll, t) && (d.toks[t+1].key == keyAllah || d.toks[t+1].key == keyAllahShort) {
		// «ولی الله»: a given name that is also a common word, even a
		// conjunction, heads a compound with «الله».
		return true
	}
	return !d.in(setKeyStop, t) && !d.in(setRoleBreak, t)
}

// keyAllah and keyAllahShort are «الله» and «اله», the tails of compound
// given names written apart («ولی الله», «روح اله»).
var (
	keyAllah      = NormalizeKey("الله")
	keyAllahShort = NormalizeKey("اله")
	keyAbd        = NormalizeKey("عبد") // «عبد الحمید»: the head of a compound given name typed apart
)

// abdTail reports whether token t ends a compound given name with «عبد»
// typed apart («عبد الحمید», «عبد الرضا»): after «عبد», a word with the
// Arabic article whose glued form is a given name of the lists.
func (d *document) abdTail(t int) bool {
	if t < 1 || !d.isWord(t) || d.toks[t-1].key != keyAbd || !strings.HasPrefix(d.toks[t].key, "ال") {
		return false
	}
	return d.lx.givenAll[keyAbd+d.toks[t].key]
}

// givenAt reports whether a given name starts at token t: a given name of
// the lists, two joined by ZWNJ, a compound with «الله» written as one word
// («وجیه‌الله»), or the head of a compound written apart.
func (d *document) givenAt(t int) bool {
	if r, ok := d.memoGet(memoGivenAt, t); ok {
		return r
	}
	return d.memoSet(memoGivenAt, t, d.isWord(t) && (d.in(setKeyGiven, t) || d.compoundGiven(t) || d.givenHead(t) || d.lx.allahCompound(d.toks[t].key) && !d.in(setKeyStop, t) || arabicCompoundGiven(d.toks[t].key)) && !d.broadcasterName(t))
}

// broadcasterName reports whether token t is «سیما» of «صدا و سیما», the
// state broadcaster, which a given-name list also holds: «به گزارش صدا و
// سیما علی سامکی گفت» names «علی سامکی», not «سیما علی سامکی».
func (d *document) broadcasterName(t int) bool {
	return t >= 2 && d.toks[t].key == keySima && d.tokKey(t-1) == "و" && d.tokKey(t-2) == keySeda
}

var (
	keySima = NormalizeKey("سیما")
	keySeda = NormalizeKey("صدا")
)

// demonstratedScene reports whether token t is a scene noun after «این» or
// «همین» («این آیین», «همین نشست»): the event, even where the noun is also a
// given name («آیین»).
func (d *document) demonstratedScene(t int) bool {
	if !d.in(setSceneNoun, t) {
		return false
	}
	k := d.tokKey(t - 1)
	return k == "این" || k == "همین"
}

// arabicCompoundGiven reports whether key k is a given name of the Arabic
// compound shapes «عبدال…» and «ابوال…» («عبدالسعید», «ابوالحسن») that no
// list holds whole: no other word of the language starts so.
func arabicCompoundGiven(k string) bool {
	return (strings.HasPrefix(k, "عبدال") || strings.HasPrefix(k, "ابوال")) && utf8.RuneCountInString(k) >= 7
}

// allahCompound reports whether k is a given name compounded with a tail of
// the given_tail set in one word («وجیه‌الله», «یداله», «زین‌العابدین»): a
// given name or a head of the given_head set before it.
func (lx *lexicon) allahCompound(k string) bool {
	if last, _ := utf8.DecodeLastRuneInString(k); last != 'ه' && last != 'ن' {
		return false // every tail ends in «ه» or «ن»
	}
	for _, tail := range lx.givenTails {
		// The head must be one a compound name is made of («یدالله»,
		// «وجیه‌الله»), not any word ending like one («پنجساله», «مقاله»).
		if stem, ok := strings.CutSuffix(k, tail); ok && (lx.givenAll[stem] || lx.has(setGivenHead, stem)) {
			return true
		}
	}
	return false
}

// compoundGiven reports whether token t is two given names joined by ZWNJ
// («قربان‌محمد», «علی‌اصغر»), itself a given name.
func (d *document) compoundGiven(t int) bool {
	if !d.isWord(t) {
		return false
	}
	rs := d.body[d.toks[t].start:d.toks[t].end]
	for i, r := range rs {
		if r == zwnj && i >= 2 && len(rs)-i-1 >= 2 {
			return d.lx.given[keyOf(rs[:i])] && d.lx.given[keyOf(rs[i+1:])]
		}
	}
	// «محمدطیب», «علیمراد»: a common first given name typed together with
	// a second one.
	k := d.toks[t].key
	if d.in(setKeySurname, t) {
		return false
	}
	if head, ok := strings.CutSuffix(k, "علی"); ok && utf8.RuneCountInString(head) >= 3 && d.lx.given[head] {
		return true // «مومنعلی», «قربانعلی»: a given name and «علی» typed together
	}
	return d.lx.gluedGiven(k, func(rest string) bool { return d.lx.given[rest] })
}

// gluedGiven reports whether key k is a head of the glued_given_head set
// («محمد», «علی») typed together with a rest of three letters or more that
// accept takes.
func (lx *lexicon) gluedGiven(k string, accept func(rest string) bool) bool {
	if len(k) < 12 {
		return false // a head and a rest of three letters each at least
	}
	for _, head := range lx.gluedGivenHeads {
		if rest, ok := strings.CutPrefix(k, head); ok && utf8.RuneCountInString(rest) >= 3 && accept(rest) {
			return true
		}
	}
	return false
}

// Word sets of the people extractor, in lexicons/words_people.tsv.
var (
	setRoleBreak          = newWordSet("role_break")           // words that end a role or organisation phrase
	setGroupWord          = newWordSet("group_word")           // after «و», words that start a group, not a role
	setMemberPlural       = newWordSet("member_plural")        // «اعضای»: the plural of the title «عضو»
	setSurnamePart        = newWordSet("surname_part")         // detached last parts of a compound surname
	setSurnameEndStop     = newWordSet("surname_end_stop")     // stop words that also end a compound surname typed apart («… بین»)
	setHajj               = newWordSet("hajj")                 // «حاج», «حاجی»: a pilgrim's title, or the head of a surname («حاجی زاده»)
	setGivenTail          = newWordSet("given_tail")           // second words of compound given names («روح الله»)
	setPluralHonorific    = newWordSet("plural_honorific")     // «آقایان»: a list of names follows
	setCeremonyNoun       = newWordSet("ceremony_noun")        // «معارفه», «تودیع»: a ceremony for an official
	setIntroduction       = newWordSet("introduction")         // «معرفی», «منصوب»: a headline's official introduced
	setCeremonyEvent      = newWordSet("ceremony_event")       // «آیین», «مراسم»: the ceremony, after «این»
	setNotNamePhrase      = newWordSet("not_name_phrase")      // a given name and a surname that together name a thing («سلامت نوروزی»)
	setGluedGivenHead     = newWordSet("glued_given_head")     // first given names typed together with a second («محمد» of «محمدطیب»)
	setOutletWord         = newWordSet("outlet_word")          // «روزنامه», «خبرگزاری»: the outlet after a reporter's name and a slash
	setUnitHead           = newWordSet("unit_head")            // «مسئول»: titles whose «واحد …» after them is the organisation
	setShrineNoun         = newWordSet("shrine_noun")          // «امامزاده»: a shrine named after the saint whose name follows
	setShrineTitle        = newWordSet("shrine_title")         // «سلطان», «شاهزاده»: a saint's title after the shrine noun
	setClosedTitle        = newWordSet("closed_title")         // «رئیس جمهور»: titles of one whole office, no free words after them
	setSurnameHead        = newWordSet("surname_head")         // detached first parts of a compound surname («خوش» of «خوش خبر»)
	setHeadTitle          = newWordSet("head_title")           // heads of a body whose role is the head title alone
	setAfterNameTitle     = newWordSet("after_name_title")     // callings that are a title only right after a name
	setKeyOwnOutlet       = newWordSet("own_outlet")           // «ما» of «خبرنگار ما»: the reporting outlet itself, no organisation
	setEzafeAdjective     = newWordSet("ezafe_adjective")      // «حوزوی», «منطقه‌ای»: adjectives that keep their «ی» before an organisation
	setCityCommonWord     = newWordSet("city_common_word")     // «آرد», «گشت»: cities named by a common word, a place only after a word of place
	setCourtesyWord       = newWordSet("courtesy_word")        // «محترم»: a courtesy inside a title's phrase, no word of the role
	setRoleQualifier      = newWordSet("role_qualifier")       // words after a title that stay in the role («پیشین»)
	setFormerQualifier    = newWordSet("former_qualifier")     // role qualifiers of a post no longer held («سابق»)
	setRoleSkip           = newWordSet("role_skip")            // words after a title left out of the role («کنونی»)
	setTitleComplement    = newWordSet("title_complement")     // nouns that take a title as complement («همراهی فرماندار»)
	setByline             = newWordSet("byline")               // words of a byline before a colon («خبرنگار:»)
	setBylineNoRole       = newWordSet("byline_no_role")       // «عکس:»: a byline whose word is no position
	setBylineHead         = newWordSet("byline_head")          // first words of two-word bylines («تهیه» of «تهیه کننده»), derived from the byline set when it is loaded
	setThanksWord         = newWordSet("thanks_word")          // «تقدیر», «قدردانی»: the words of thanks that end a name after «از زحمات»
	setNameEndWord        = newWordSet("name_end_word")        // «و», «در», «از»: function words that end a name
	setSpeechLeadNoun     = newWordSet("speech_lead_noun")     // «با بیان», «با اشاره»: after a speaker's name, what leads to what they said
	setConstituencyWord   = newWordSet("constituency_word")    // «مردم», «استان», «در»: words between «نماینده» and «مجلس» besides places
	setExecutiveBody      = newWordSet("executive_body")       // «فرمانداری», «استانداری»: bodies a deputy serves, never a word of the portfolio
	setDeputyHead         = newWordSet("deputy_head")          // «معاون», «معاونت»: titles whose portfolio follows them
	setTributeNoun        = newWordSet("tribute_noun")         // «زحمات», «تکریم»: a full name after them is the official thanked or welcomed
	setNameIntro          = newWordSet("name_intro")           // nouns a name in apposition may follow («با حضور X، …»)
	setPlaceNoun          = newWordSet("place_noun")           // places named after a person («خیابان شهید …»)
	setWorkNoun           = newWordSet("work_noun")            // works, campaigns and sites named in quotation marks («طرح «…»»)
	setMagnitude          = newWordSet("magnitude")            // «هزار», «صد»: number words of magnitude
	setPlacePlural        = newWordSet("place_plural")         // «روستاهای», «خیابان‌های»: the head of a list of places, whose items may be named after martyrs
	setMeasureUnit        = newWordSet("measure_unit")         // units of measure before what they measure («تن گندم»)
	setSceneNoun          = newWordSet("scene_noun")           // «در این بازدید» sets a clause's scene, a name may follow
	setSceneAdjective     = newWordSet("scene_adjective")      // «معنوی» of «این مراسم معنوی»: an adjective after a scene's noun, no name
	setPortfolioNoun      = newWordSet("portfolio_noun")       // verbal nouns whose preposition stays in a role («نظارت بر»)
	setTimeWord           = newWordSet("time_word")            // words of a time that may open a sentence before a name («صبح امروز»)
	setNotName            = newWordSet("not_name")             // given names of the lists that are mostly common words
	setOpeningNotSurname  = newWordSet("opening_not_surname")  // words opening a line before a title that are no surname
	setSpeakerPronoun     = newWordSet("speaker_pronoun")      // «وی», «او»: pronouns that open a line before a speech verb
	setGivenHead          = newWordSet("given_head")           // heads of compound given names that are no name alone («ید», «روح»)
	setSurnameSuffix      = newWordSet("surname_suffix")       // endings of surnames formed from a stem
	setTitleSurnameEnding = newWordSet("title_surname_ending") // endings that make a title word typed with them a surname
	setNotTitlePhrase     = newWordSet("not_title_phrase")     // a title word and the word after it that name no office («سرپرست خانوار»)
	setCountyOrgException = newWordSet("county_org_exception") // organisations that are not a county's own
	setMilitaryRank       = newWordSet("military_rank")        // ranks of the armed forces and police before a name («سرهنگ»)
)

// servedTitle reports whether key is the title of an official whose
// deputies, advisers and representatives name them in their role («معاون
// وزیر», «نماینده رئیس جمهور»).
func servedTitle(key string) bool {
	switch key {
	case "وزیر", "رئیسجمهور", "رییسجمهور", "رئیسجمهوری", "رییسجمهوری":
		return true
	}
	return false
}

// ambiguousGivenOpens reports whether token t is a given name that is also
// another word («بهمن», a month) and opens its clause.
func (d *document) ambiguousGivenOpens(t int) bool {
	return d.isWord(t) && d.in(setKeyGivenAll, t) && d.opensClause(t)
}

// startsMatch reports whether a match of category c starts at token t.
func (d *document) startsMatch(c category, t int) bool {
	_, ok := d.matchAt(c, t)
	return ok
}

// startsBody reports whether token t opens the name of a body: an
// organisation of the lexicon whose first word is of the body_noun set
// («اداره», «اداره کل», «سازمان»).
func (d *document) startsBody(t int) bool {
	_, ok := d.matchAt(catOrg, t)
	return ok && d.in(setBodyNoun, t)
}

// ministryWord opens a ministry's name: «وزارت کشور».
const ministryWord = "وزارت"

// A county prosecutor («دادستان») heads the «دادستانی» of the county; the
// prosecutor of a province's centre is written with the centre's court office.
const (
	prosecutorOffice = "دادستانی"
	courtOffice      = "دادسرای عمومی و انقلاب"
)

// setMinistry holds the names of the ministries, as they follow «وزیر».
var setMinistry = newWordSet("ministry")

// ministryEnd returns the end of the longest ministry name that starts at
// token t, or t when none does.
func (d *document) ministryEnd(t int) int {
	end := t
	var buf [160]byte
	k := buf[:0]
	for j := t; j < len(d.toks) && j < t+10; j++ {
		if d.toks[j].punct == '،' && j > t && d.isWord(j+1) {
			continue // «بهداشت، درمان و آموزش پزشکی»
		}
		if !d.isWord(j) {
			break
		}
		k = append(k, d.toks[j].key...)
		if d.lx.hasBytes(setMinistry, k) {
			end = j + 1
		}
	}
	return end
}

// managerKey is the key of «مدیر», a county manager's title.
var managerKey = NormalizeKey("مدیر")

// setManagedBody holds the bodies whose county office is a «مدیریت».
var setManagedBody = newWordSet("managed_body")

// managedBody reports whether org opens with a body of the managed_body set.
func managedBody(org string) bool {
	return prefixInSet(setManagedBody, NormalizeKey(org))
}

// setParentBody holds the governorates an office of a body's name can be part of.
var setParentBody = newWordSet("parent_body")

// setOwnHeadBody holds the words that open a body a director-general heads
// under its own name («مدیرکل دفتر بازرسی استانداری» heads «دفتر بازرسی
// استانداری», not an «اداره کل دفتر …»).
var setOwnHeadBody = newWordSet("own_head_body")

// setBodyNoun holds the words a body's name opens with («اداره», «سازمان»).
var setBodyNoun = newWordSet("body_noun")

// The rules that shape a role from the words after a title.
var (
	ruleRolePortfolioBeforeBody = newRule("role-portfolio-before-body",
		"a deputy's one-word portfolio right before the body it serves in («معاون راهداری اداره کل راهداری») stays in the role; the body is the organisation",
		"حسن کریمی معاون راهداری اداره کل راهداری استان کوار گفت: کار ادامه دارد.")
	ruleRoleRepresentativeBare = newRule("role-representative-bare",
		"a representative's role is «نماینده» alone; the body or group represented is no word of it («نماینده گروه جهادی …»), unless a title served («نماینده وزیر») or a qualifier («نماینده ویژه …») follows",
		"حسن کریمی نماینده گروه جهادی سامک در جلسه گفت: کار ادامه دارد.")
	ruleRolePortfolioObject = newRule("role-portfolio-object",
		"a body's head word right after a portfolio's noun («توسعه مدیریت», «امور مجلس») is the portfolio's object and stays in the role, whatever follows it («معاون پشتیبانی و توسعه مدیریت منابع انسانی استاندار»)",
		"حسن کریمی معاون پشتیبانی و توسعه مدیریت منابع انسانی استاندار کوار گفت: کار ادامه دارد.",
		"حسن کریمی معاون برنامه‌ریزی و امور مجلس جمعیت هلال احمر در کوار گفت: کار ادامه دارد.")
	ruleRoleHeadOnly = newRule("role-head-only",
		"the head of a body («رئیس», «مدیر», «سرپرست») has the head title as role; the words after it name the body",
		"حسن کریمی مدیر بازرسی و نظارت بر اصناف کوار گفت: بازرسی‌ها ادامه دارد.",
		"حسن کریمی سرپرست تربیت بدنی کوار گفت: مسابقات برگزار شد.")
	ruleRoleDeputyOfTitle = newRule("role-deputy-of-title",
		"a title after a deputy's portfolio («معاون سیاسی و امنیتی استاندار») stays in the role and names the organisation; so does the minister or the president a deputy, an adviser or a representative serves («معاون اجرایی رئیس جمهور»)",
		"حسن کریمی معاون سیاسی و امنیتی استاندار فارس گفت: جلسه برگزار شد.",
		"حسن کریمی معاون اجرایی رئیس جمهور در سفر به کوار گفت: طرح‌ها افتتاح شد.")
	ruleRoleMinistryDeputy = newRule("role-ministry-deputy",
		"a deputy minister given with a portfolio and the ministry's name («معاون سیاسی وزیر کشور») has the portfolio as role, as the labels write it, and the ministry («وزارت کشور») as organisation; without a portfolio the role is «معاون وزیر» («معاون وزیر نفت» of «وزارت نفت»)",
		"حسن کریمی معاون سیاسی وزیر کشور در سفر به کوار گفت: انتخابات برگزار می‌شود.")
	ruleOrgDirectorGeneral = newRule("organisation-director-general",
		"the words after «مدیرکل» name its directorate-general («مدیرکل امور اقتصادی …» heads «اداره کل امور اقتصادی …»)",
		"حسن کریمی مدیرکل تعزیرات حکومتی استان فارس گفت: بازرسی‌ها ادامه دارد.")
	ruleOrgDistrictName = newRule("organisation-district-name",
		"a district's head is followed by the district's name, known or not («سرپرست بخشداری فردو»)",
		"حسن کریمی بخشدار فردو گفت: جلسه برگزار شد.")
	ruleRoleActingThisBody = newRule("role-acting-this-body",
		"«سرپرست این بخشداری/فرمانداری» is the executive title «سرپرست بخشداری/فرمانداری» of the body the article is about",
		"بخش جدید کوار افتتاح شد و کامران نیکجو به عنوان سرپرست این بخشداری معرفی شد.")
	ruleOrgThisBody = newRule("organisation-this-body",
		"«این سازمان» after a title is the organisation named in full earlier with the same head",
		"سازمان صنعت، معدن و تجارت استان فارس جلسه‌ای برگزار کرد. حسن کریمی معاون بازرگانی این سازمان گفت: بازار آرام است.")
	ruleOrgBareHead = newRule("organisation-bare-head",
		"a bare organisation head after a title («رئیس شبکه») is the organisation named in full earlier with the same head",
		"شبکه بهداشت و درمان شهرستان داراب جلسه‌ای برگزار کرد. حسن کریمی رئیس شبکه گفت: بازرسی انجام شد.")
	ruleOrgSeatPlace = newRule("organisation-seat-place",
		"a Friday imam and the Leader's representative serve a place, not a body: the place after the title is the organisation («امام جمعه کوار» → «شهرستان کوار», «نماینده ولی فقیه در استان کوار» → «استان کوار»)",
		"حجت الاسلام حسن کریمی امام جمعه کوار گفت: نماز برگزار شد.",
		"آیت الله علی احمدی نماینده ولی فقیه در استان فارس گفت: کار ادامه دارد.")
	ruleOrgManagement = newRule("organisation-management",
		"a county manager («مدیر») of agriculture, education or pilgrimage heads the county's «مدیریت …», as those bodies name themselves",
		"حسن کریمی مدیر جهاد کشاورزی شهرستان کوار گفت: برداشت گندم آغاز شد.")
	ruleOrgProvinceCentre = newRule("organisation-province-centre",
		"«مرکز استان» after a county official's title is the place of the province's capital county, not a body («دادستان مرکز استان فارس» of «دادسرای عمومی و انقلاب مرکز استان فارس»); so is «مرکز» before a province's name alone, and «مرکز استان» with no name is the source's province",
		"حسن کریمی دادستان مرکز استان فارس گفت: پرونده تشکیل شد.")
	ruleOrgParentBody = newRule("organisation-parent-body",
		"an office's name goes on through the governorate it is part of and that governorate's place («دفتر امور سیاسی، انتخابات و تقسیمات کشوری استانداری بوشهر»)",
		"حسن کریمی مدیرکل دفتر سیاسی، انتخابات و تقسیمات کشوری استانداری فارس گفت: طرح اجرا شد.")
	ruleOrgChiefJustice = newRule("organisation-chief-justice",
		"the chief justice («رئیس کل دادگستری») heads the province's judiciary, «دادگستری استان P», with the province named whether the text writes «استان» or not",
		"حسن کریمی رئیس کل دادگستری استان فارس گفت: پرونده تشکیل شد.")
	ruleRoleCommaList = newRule("role-comma-list",
		"a comma inside a list of role words closed by «و» stays in the role («معاون سیاسی، امنیتی و اجتماعی»)",
		"حسن کریمی معاون سیاسی، امنیتی و اجتماعی فرمانداری کوار گفت: جلسه برگزار شد.")
	ruleRoleMajlisMember = newRule("role-majlis-member",
		"the people's representative of a constituency in the Majlis has role «نماینده» of «مجلس شورای اسلامی», whether the text names the people, the counties or the place alone before «در مجلس»",
		"حسن کریمی نماینده مردم کوار در مجلس شورای اسلامی گفت: جلسه برگزار شد.",
		"حسن کریمی نماینده شهرستان‌های کوار و خرامه در مجلس گفت: جلسه برگزار شد.",
		"حسن کریمی نماینده مردم کوار و خرامه گفت: جلسه برگزار شد.",
		"حسن کریمی نماینده خرامه در مجلس گفت: جلسه برگزار شد.")
	ruleRoleEzafeDropped = newRule("role-ezafe-dropped",
		"a role word ending in a vowel takes the ezafe «ی» before the organisation; the role is without it («معاون غذا و داروی دانشگاه», «سخنگوی ستاد …» → «سخنگو»), unless the word is an adjective in «ی» («معاون ارتباطات حوزوی دفتر …»)",
		"حسن کریمی معاون غذا و داروی دانشگاه علوم پزشکی یزد گفت: بازرسی انجام شد.",
		"حسن کریمی سخنگوی ستاد اربعین کوار گفت: موکب‌ها آماده است.")
	rulePersonFullNameAfterWord = newRule("person-full-name-after-word",
		"after a preposition or a common word, where a bare word is no name, a given name with a surname the lists know is one («با حضور محمود احمدی‌نژاد»)",
		"این جلسه با حضور محمود احمدی‌نژاد در تالار شهر برگزار شد.")
	rulePersonNameInPhrase = newBlockingRule("person-name-in-phrase",
		"a given name and a word no list knows inside a phrase, not where a name stands, are ordinary words («ثبت نام سهام عدالت»)",
		"متقاضیان برای ثبت نام سهام عدالت به دفاتر مراجعه کردند.")
	rulePersonMeasuredNoun = newBlockingRule("person-measured-noun",
		"after a number or a unit of measure a word is what is counted or measured, never a name («۷ هزار تن گندم»)",
		"امسال ۷ هزار تن گندم آردی از کشاورزان خریداری شد.")
	ruleRoleActingHead = newRule("role-acting-head",
		"«سرپرست» before «معاونت» or «معاون» is the acting head of a deputyship, which is the role and no body («سرپرست معاونت امور اقتصادی», «سرپرست معاون سیاسی»)",
		"حسن کریمی سرپرست معاونت امور اقتصادی استانداری گفت: جلسه برگزار شد.")
	ruleRolePortfolioPrep = newRule("role-portfolio-preposition",
		"the preposition of a portfolio's verbal noun stays in the role («معاون بازرسی و حمایت از حقوق مصرف‌کنندگان»)",
		"حسن کریمی معاون بازرسی و حمایت از حقوق مصرف‌کنندگان سازمان صمت گفت: بازرسی‌ها ادامه دارد.")
	ruleOrgDeputyPortfolio = newRule("organisation-deputy-portfolio",
		"a deputy named with no body, whose portfolio only a governorate has, serves the source's: «هماهنگی امور اقتصادی» the province's «استانداری», «برنامه‌ریزی و توسعه» the county's «فرمانداری»",
		"در جلسه شورای اداری استان فارس، معاون هماهنگی امور اقتصادی گفت: بازار آرام است. حسن کریمی افزود: نظارت ادامه دارد.")
	ruleOrgSourcePlace = newRule("organisation-source-place",
		"a bare governorate or municipality after a title («معاون برنامه‌ریزی فرمانداری», «کارشناس استانداری»), named nowhere in full, is the source's: its county's, province's or county seat's",
		"در جلسه شورای اداری استان فارس، حسن کریمی کارشناس استانداری گفت: کار ادامه دارد.")
	ruleOrgTaskPreposition = newRule("organisation-task-preposition",
		"the preposition after the verbal noun of a body's task and its object stay in the body's name («پلیس نظارت بر اماکن عمومی»)",
		"حسن کریمی رئیس پلیس نظارت بر اماکن عمومی استان فارس گفت: سه واحد پلمب شد.")
	ruleRoleQualifierInside = newRule("role-qualifier-inside-title",
		"a qualifier between the words of a title of the lexicon («سرپرست جدید فرمانداری», «نماینده جدید ولی فقیه») leaves the title whole as the role; a qualifier of time stays in it where the text puts it («سرپرست پیشین بخشداری»)",
		"حسن کریمی به عنوان سرپرست جدید فرمانداری کوار معرفی شد.",
		"حجت‌الاسلام حسن کریمی به عنوان نماینده جدید ولی فقیه در استان فارس معرفی شد.")
	ruleRolePortfolioList = newRule("role-portfolio-list",
		"a body's head word inside the list of a deputy's portfolio («معاون امور دولت، مجلس و استان‌ها») is a word of the role",
		"حسن کریمی معاون امور دولت، مجلس و استان‌ها گفت: جلسه برگزار شد.")
	ruleRoleUnitHead = newRule("role-unit-head",
		"«مسئول» before «واحد», or before a type of office, is in charge of the unit or the offices: the role is «مسئول» and the unit is the organisation («مسئول واحد بهداشت محیط», «کارشناس مسئول دفاتر پیشخوان»)",
		"حسن کریمی مسئول واحد بهداشت محیط شبکه بهداشت کوار گفت: بازرسی‌ها ادامه دارد.",
		"حسن کریمی کارشناس مسئول دفاتر پیشخوان فرمانداری کوار گفت: بازرسی‌ها ادامه دارد.")
	ruleRoleExecutiveBare = newBlockingRule("role-executive-bare",
		"an executive title with its own body («استاندار», «فرماندار», «بخشدار») takes no free words after it: the role is the title",
		"فرماندار نتایج بازدیدها را تشریح کرد.")
	ruleRoleQualifier = newRule("role-qualifier",
		"«پیشین», «سابق», «اسبق», «قبلی» right after a title stay in the role («فرماندار پیشین»); «جدید», «کنونی» do not",
		"حسن کریمی فرماندار پیشین شهرستان کوار از خدمات کارکنان قدردانی کرد.")
)

// verbShaped reports whether key k has the shape of a finite verb: a
// subjunctive, negative or continuous prefix with a personal ending
// («بفروشند», «نکنند», «می‌دهند»).
func verbShaped(k string) bool {
	rs := []rune(k)
	if len(rs) < 4 {
		return false
	}
	pre := strings.HasPrefix(k, "ب") || strings.HasPrefix(k, "ن") || strings.HasPrefix(k, "می")
	end := strings.HasSuffix(k, "ند") || strings.HasSuffix(k, "ید") || strings.HasSuffix(k, "یم") || strings.HasSuffix(k, "د")
	return pre && end
}

// plainWord reports whether token t is an ordinary word that no lexicon
// claims: a candidate surname when it stands next to a given name
// («سعید فلاح», «حسین فلاحتی»). A word shaped like a verb is not.
func (d *document) plainWord(t int) bool {
	if r, ok := d.memoGet(memoPlainWord, t); ok {
		return r
	}
	return d.memoSet(memoPlainWord, t, d.plainWordUncached(t))
}

func (d *document) plainWordUncached(t int) bool {
	if !d.isWord(t) {
		return false
	}
	if k := d.toks[t].key; verbShaped(k) && !d.lx.surnames[k] && !d.verbShapedSurname(t) {
		return false
	}
	return d.plainWordAnyShape(t)
}

// verbShapedSurname reports whether token t, shaped like a verb
// («بهداد»), is a surname: after a given name and before a time word or a
// speech verb («امیرحسین بهداد روز دوشنبه اعلام کرد»), where a verb, which
// ends its clause, never stands.
func (d *document) verbShapedSurname(t int) bool {
	if !d.givenAt(t-1) || !d.isWord(t+1) {
		return false
	}
	if d.in(setTimeWord, t+1) || d.covered(t+1, catSpeech) {
		d.fire(rulePersonVerbShapedSurname, t-1, t+1)
		return true
	}
	return false
}

var rulePersonVerbShapedSurname = newRule("person-verb-shaped-surname",
	"a word shaped like a verb («بهداد», «نیکزاد») after a given name and before a time word or a speech verb is the surname, since a verb ends its clause",
	"به گزارش خبرنگار ما، دکتر امیرحسین بهداد روز دوشنبه اعلام کرد: سه واحد پلمب شد.")

// plainWordAnyShape is plainWord for a word whose place already rules out a
// verb, right before a title («… مجتبی نورزاد، امام جمعه»): a verb ends its
// clause and never stands before a title, so a word shaped like one
// («نورزاد») may be a surname there.
func (d *document) plainWordAnyShape(t int) bool {
	if !d.isWord(t) {
		return false
	}
	k := d.toks[t].key
	if utf8.RuneCountInString(k) < 3 || startsDigit(k) || d.in(setKeyStop, t) || d.in(setRoleBreak, t) || d.in(setGroupWord, t) || d.hasSpell(t) {
		return false
	}
	if (strings.HasSuffix(k, "های") || strings.HasSuffix(k, "هایی")) && !d.givenAt(t-1) && !d.apartAy(t) {
		// A plural noun («دیدارهای رئیس جمهور»), never a name; but
		// after a given name, «…های» is a surname in «…ه‌ای» typed
		// without its ZWNJ («رضا سرچشمهای», «حسن کاشانهای») and
		// «…هایی» one after a vowel («علی ساهایی»).
		return false
	}
	if strings.HasSuffix(k, "ترین") {
		return false // a superlative («بالاترین»), never a name
	}
	if strings.HasSuffix(k, "نیوز") {
		return false // a news site («البرزنیوز»), never a name
	}
	for _, c := range []category{catTitle, catOrg, catOffice, catViolation, catSanction, catSpeech, catTrigger, catPronoun, catHonorific, catProvince, catCounty, catConditional, catFuture, catReported, catDenied, catGeneric} {
		if d.covered(t, c) {
			return false
		}
	}
	return true
}

// officeWordSurname reports whether token t, an office word that the
// surname lists hold, is a surname: after a given name that opens its clause
// or before a title («فاضل کارخانه فرماندار»), not after a noun in a list
// that is also a given name («… و مالک کارخانه تولید …»).
func (d *document) officeWordSurname(t int) bool {
	return d.in(setKeySurname, t) && d.givenAt(t-1) && (d.titleNext(t+1) || d.opensClause(t-1))
}

// titleNext reports whether a title starts at token t, or after a comma
// there.
func (d *document) titleNext(t int) bool {
	if t < len(d.toks) && (d.toks[t].punct == '،' || d.toks[t].punct == ',') {
		t++
	}
	return t < len(d.toks) && d.startsMatch(catTitle, t)
}

// apartAy reports whether token t is a word ending in «ه» with the «ای» it
// takes typed apart by a ZWNJ or a space («کوزه‌ای», «کوزه ای»), which
// folds to the same key as a plural in «…های» but is none.
func (d *document) apartAy(t int) bool {
	w := d.body[d.toks[t].start:d.toks[t].end]
	n := len(w)
	return n >= 5 && w[n-1] == 'ی' && w[n-2] == 'ا' && (w[n-3] == ' ' || w[n-3] == zwnj) && w[n-4] == 'ه'
}

// notNamePhrase reports whether the word at t and the one after it make a
// phrase of the not_name_phrase set («سلامت نوروزی», «حسن توجه»): a thing,
// never a person, though the first is a given name.
func (d *document) notNamePhrase(t int) bool {
	return d.pairIn(setNotNamePhrase, t)
}

var rulePersonTailBeforeTitle = newRule("person-tail-before-title",
	"a word that is no title, time or function word (a common word, a place's name, a surname's ending) right before a title ends the surname of a full name opening the clause or following an honorific, or of a surname after an honorific («حسن کریمی شهرستانی فرمانده …», «مهندس سامک فروش مدیرکل …»)",
	"به گزارش خبرنگار ما، سردار حسن کریمی شهرستانی فرمانده انتظامی کوار گفت: دو واحد پلمب شد.",
	"در این جلسه مهندس سامک فروش مدیرکل صنعت، معدن و تجارت کوار گفت: بازرسی ادامه دارد.")

// nameWithTailBeforeTitle finds a name whose last word, right before the
// title at token s, is no name word by itself (surnameTailBeforeTitle): a
// given name (or two) and one more word before it, or two that look like a
// surname's («… ایمن آبادی»), opening the clause or after an honorific or
// «با حضور»; or, after an honorific, a word no list knows before it. It
// returns the name's start and the start of its honorifics.
func (d *document) nameWithTailBeforeTitle(s int) (ns, hs int, ok bool) {
	t := s - 1
	if t < 2 || !d.surnameTailBeforeTitle(t, s) || d.in(setKeyGiven, t) || d.gluedFullName(t) {
		return 0, 0, false
	}
	mid := func(x int) bool {
		return d.isWord(x) && (d.nameToken(x) || d.plainWordAnyShape(x)) && !d.covered(x, catHonorific) && !d.in(setKeyGiven, x) && !d.in(setTimeWord, x)
	}
	lead := func(x int) (int, bool) {
		h := x
		for h > 0 && d.covered(h-1, catHonorific) {
			h--
		}
		return h, h < x || d.opensClause(x) || d.in(setNameIntro, x-1)
	}
	switch {
	case d.givenAt(t-2) && mid(t-1):
		ns = t - 2
	case t >= 3 && d.givenAt(t-3) && d.in(setKeyGivenAll, t-2) && mid(t-1):
		ns = t - 3 // «حیدر علی کامیاب کلانتری»
	case t >= 3 && d.givenAt(t-3) && d.surnameLike(t-2) && !d.in(setKeyGiven, t-2) && mid(t-1) && d.surnameLike(t):
		ns = t - 3 // «غلامعلی کریمی ایمن آبادی»
	case d.covered(t-2, catHonorific) && d.plainWord(t-1) && !d.in(setKeyGivenAll, t-1):
		ns = t - 1 // «مهندس سامک فروش»
	default:
		return 0, 0, false
	}
	h, ok := lead(ns)
	return ns, h, ok
}

// surnameTailBeforeTitle reports whether token t can end a surname whose
// title starts at token title: a word of three letters or more that is no
// title, body, time, pronoun, speech verb or honorific, and is a word no
// list knows, a place's name, a surname of the lists or of a surname's shape,
// or an adjective in «ی» that the stop list holds («شهرستانی», «کشاورزی»),
// not an ezafe form («شورای»).
func (d *document) surnameTailBeforeTitle(t, title int) bool {
	if !d.isWord(t) || d.in(setTimeWord, t) || d.in(setWeekdayNumber, t) || !d.titleStartsAt(title) {
		return false
	}
	k := d.toks[t].key
	if utf8.RuneCountInString(k) < 3 || startsDigit(k) {
		return false
	}
	for _, c := range []category{catTitle, catSpeech, catPronoun, catHonorific} {
		if d.covered(t, c) {
			return false
		}
	}
	if d.plainWordAnyShape(t) || d.in(setKeyPlace, t) || d.surnameLike(t) {
		return true
	}
	return d.in(setKeyStop, t) && strings.HasSuffix(k, "ی") && !strings.HasSuffix(k, "ای") && utf8.RuneCountInString(k) >= 4
}

// titleStartsAt reports whether a title starts at token t.
func (d *document) titleStartsAt(t int) bool {
	m, ok := d.matchAt(catTitle, t)
	return ok && d.tokAt(m.start) == t
}

// nameBefore finds a name that ends right before token s (or before a comma
// there: «علی اصغر جهانبخش، دادستان لارستان، گفت»). It returns the name
// tokens [ns,ne) without honorifics and the start of the honorifics.
//
// Name words are given names, surnames and words of a surname's shape; an
// unknown word counts as a surname right after a given name, and a word
// before a detached surname part («فلاح زاده») belongs to the surname. After
// an honorific a given name that is also a common word («آقای ولی …») is a
// name.
func (d *document) nameBefore(s int) (ns, ne, hs int, ok bool) {
	ns, ne, hs, ok = d.nameBeforeScan(s)
	if k, h, tok := d.nameWithTailBeforeTitle(s); tok && (!ok || ne == s && k < ns) {
		// «سردار حسن کریمی شهرستانی فرمانده …», «مهندس سامک فروش
		// مدیرکل …»: a surname whose last word is a common word, a
		// place's name or a surname's ending, right before a title,
		// where the words read alone make no name or a shorter one.
		d.fire(rulePersonTailBeforeTitle, k, s)
		return k, s, h, true
	}
	return ns, ne, hs, ok
}

// nameBeforeScan is nameBefore without the names whose last word is no
// name word by itself (nameWithTailBeforeTitle).
func (d *document) nameBeforeScan(s int) (ns, ne, hs int, ok bool) {
	q := s - 1
	if q > 1 && (d.toks[q].punct == '،' || d.toks[q].punct == ',') && isQuote(d.toks[q-1].punct) {
		q-- // «“سید محمدرضا موالی‌زاده”، استاندار خوزستان»
	}
	if q > 0 && isQuote(d.toks[q].punct) {
		// «“اکبری” فرماندار»: quotation marks around a name before a
		// title make it one, whatever its words.
		j := q - 1
		for j >= 0 && j > q-7 && d.isWord(j) && !d.covered(j, catTitle) && !d.covered(j, catOrg) {
			j--
		}
		if j >= 0 && j < q-1 && d.sourceQuote(j) {
			d.fire(rulePersonNewsSource, j-1, q+1) // «به گزارش «نسیم آنلاین»، فرماندار …»
			return 0, 0, 0, false
		}
		if j >= 0 && j < q-1 && isQuote(d.toks[j].punct) && !d.in(setPlaceNoun, j-1) {
			d.fire(rulePersonQuotedName, j, q+1)
			ns := j + 1
			for ns < q-1 && d.covered(ns, catHonorific) {
				ns++ // «“کاک درویشی”»: the honorific is no part of the name
			}
			return ns, q, j + 1, true
		}
	}
	e := s // the name's end: «علی پیام، معاون استاندار» ends before its comma
	if e > 0 && (d.toks[e-1].punct == '،' || d.toks[e-1].punct == ',') && d.covered(s, catTitle) {
		e--
	}
	if k := e - 2; k >= 0 && d.in(setKeyGiven, k) && d.isWord(k+1) && (d.in(setKeyStop, k+1) || d.hasSpell(k+1) || d.in(setKeyPlace, k+1) && d.covered(s, catTitle)) && utf8.RuneCountInString(d.tokKey(k+1)) >= 3 &&
		!d.covered(k+1, catSpeech) && !verbShaped(d.tokKey(k+1)) && (d.opensClause(k) || d.covered(k-1, catHonorific)) && !d.notNamePhrase(k) && (d.asPhraseEnd(s) >= 0 || d.covered(s, catTitle)) {
		// «…، جعفر توان به عنوان سرپرست …», «مهندس علی پیام فرماندار …»,
		// «علی پرورش، فرماندار …»: a given name opening the clause or
		// after an honorific, and a surname that is also a word (one of
		// roles and bodies too, or a place's name before a title),
		// right before the title, its comma or «به عنوان».
		d.fire(rulePersonCommonWordSurname, k, e)
		return k, e, k, true
	}
	if k := s - 1; k >= 1 && (d.tokKey(k-1) == "دکتر" || d.tokKey(k-1) == "مهندس") && d.isWord(k) && (d.in(setKeyStop, k) || d.hasSpell(k)) &&
		utf8.RuneCountInString(d.tokKey(k)) >= 3 && !d.covered(k, catSpeech) && !d.covered(k, catTitle) && !d.covered(k, catOrg) && !verbShaped(d.tokKey(k)) && d.covered(s, catTitle) {
		// «به ریاست دکتر کرد معاون هماهنگی امور عمرانی», «دکتر اجرایی
		// نماینده …»: between «دکتر» or «مهندس» and a title a word is
		// the surname, even one that is also a common word.
		d.fire(rulePersonHonorificWordSurname, k-1, s)
		return k, s, k - 1, true
	}
	end := s
	comma, semi := false, false
	if s > 0 && (d.toks[s-1].punct == '،' || d.toks[s-1].punct == ',' || isDash(d.toks[s-1].punct) || d.toks[s-1].punct == '؛' || d.toks[s-1].punct == '«' || d.toks[s-1].punct == '“' || d.toks[s-1].punct == '(') {
		// «سید حسین دهدشتی «معاون پارلمانی وزیر …»»: a title in
		// quotation marks after the name stands in apposition too.
		end, comma, semi = s-1, true, d.toks[s-1].punct == '؛'
		// After a semicolon, which ends a clause, only a full name
		// («خسرو آرنگ ؛فرماندار …») stands in apposition.
		// «علیرضا فعله گری، معاون …»: between the start of a clause and
		// the comma, a given name and the words after it are the name.
		j := end - 1
		for j >= 0 && end-j <= 4 && (d.nameToken(j) || d.plainWordAnyShape(j)) {
			j--
		}
		if ns := j + 1; end-ns >= 2 && (d.givenAt(ns) || d.rareGivenListedSurname(ns, end)) && (d.opensClause(ns) || d.covered(ns-1, catHonorific)) {
			d.fire(rulePersonApposition, ns, s+1)
			return ns, end, ns, true
		}
	}
	j := end - 1
	ns, hs = end, end
	n := 0
	for j >= 0 && n < 5 {
		if n > 0 && hs == ns && d.in(setHajj, j) && d.givenAt(j-1) && !d.covered(j-1, catHonorific) {
			// «محمد حاجی اسماعیلی امیری»: «حاجی» between a given name
			// and a surname is a word of the surname.
			ns = j
			n++
			j--
			continue
		}
		if n == 1 && hs == ns && (d.in(setHajj, j) || d.covered(j, catHonorific) && d.honorificSurnameTail(ns)) && d.in(setSurnamePart, ns) {
			// «حاجی پور», «سردار زاده»: an honorific's word before a
			// surname's ending is the surname's first part.
			ns = j
			n++
			j--
			continue
		}
		if d.covered(j, catHonorific) {
			hs = j
			j--
			continue
		}
		if n == 0 && d.insidePlace(j) || d.covered(j, catProvince) && (d.covered(j-1, catProvince) || n > 0) {
			// «خراسان رضوی مدیرکل …», «از چهارمحال و بختیاری حسین
			// برزگر رئیس …»: the last word of a place's name; «البرز
			// مجید صبائی سرپرست …»: a province before a name is the
			// dateline's or the scene's, no word of the name.
			break
		}
		if hs < ns {
			break // a name word before an honorific belongs elsewhere
		}
		if d.demonstratedScene(j) {
			break // «در پایان این آیین شفیعی فرماندار …»: the event
		}
		switch {
		case n == 0 && d.in(setSurnamePart, j) && d.wordBeforeSurnamePart(j-1):
			// «علی القاصی مهر فرمانده …», «مهدی کوار پور معاون …»: a
			// surname's ending written apart, after a word that is no
			// name alone, and a given name opening the clause.
			d.fire(rulePersonSurnamePartApart, j-2, s)
		case n == 1 && ns == j+1 && d.in(setSurnamePart, ns) && d.wordBeforeSurnamePart(j):
		case d.nameToken(j):
		case n == 0 && d.plainWordAnyShape(j) && (d.in(setKeyGiven, j-1) || d.compoundGiven(j-1) || d.in(setGivenTail, j-1) || d.isWord(j-1) && d.lx.allahCompound(d.toks[j-1].key)) && d.nameToken(j-1):
		case n == 0 && d.plainWordAnyShape(j) && d.isWord(j-1) && d.in(setKeySurname, j-1) && d.givenAt(j-2) && d.opensClause(j-2):
			// «مرتضی کشاورز کلهر به عنوان بخشدار …»: a surname of the lists
			// and a word after it, after a given name opening the clause.
		case n == 1 && d.in(setKeySurname, j) && d.givenAt(j-1) && d.opensClause(j-1) && d.plainWordAnyShape(ns):
		case n == 0 && d.plainWordAnyShape(j) && d.isWord(j-1) && d.in(setKeyGivenAll, j-1) && d.givenAt(j-2) && d.opensClause(j-2) && !comma:
			// «محمد صادق رحماندوست سرپرست …»: a given name in two words,
			// the second also a common word, and a surname no list knows,
			// opening a clause.
			d.fire(rulePersonThreeWordName, j-2, s)
		case n == 1 && d.in(setKeyGivenAll, j) && d.givenAt(j-1) && d.opensClause(j-1) && !d.covered(j, catTitle) && !comma:
		case n == 1 && d.in(setKeySurname, ns) && !comma && d.plainWord(j) && !d.givenAt(j) && (d.opensClause(j) && !d.afterScene(j) || d.in(setNameIntro, j-1)) && !d.in(setTimeWord, j):
			// «نیکروز سلیمانی فرمانده انتظامی …»: a given name no list
			// knows before a surname of the lists, opening a clause.
		case n == 0 && d.plainWordAnyShape(j) && d.plainWord(j-1) && strings.HasSuffix(d.toks[j-1].key, "ی") && (d.givenAt(j-2) || d.ambiguousGivenOpens(j-2)) && !d.givenAt(j-1):
			// «حمید پرورشی خرم مدیرکل …»: a surname in two words whose
			// first ends in «ی», after a given name.
		case n == 1 && d.plainWord(j) && strings.HasSuffix(d.toks[j].key, "ی") && (d.givenAt(j-1) || d.ambiguousGivenOpens(j-1)) && d.plainWordAnyShape(ns):
		case n == 2 && ns == j+1 && d.ambiguousGivenOpens(j) && strings.HasSuffix(d.toks[ns].key, "ی"):
			// «بهمن عسگری سوادجانی مدیرکل …»: a given name that is
			// also a month's or a common word's, opening the clause
			// before a surname in two words and a title.
		case n == 1 && d.plainWord(j) && !d.givenAt(j) && d.givenAt(j-1) && (!comma && d.opensClause(j-1) || d.covered(j-2, catHonorific) || d.in(setNameIntro, j-2)) && d.surnameLikeEnd(ns):
			// «حسین سامک خیابانی استاندار …» opening a clause, or after
			// «با حضور»: a given name, a word and a surname, three words
			// of one name.
			d.fire(rulePersonThreeWordName, j-1, s)
		case n == 0 && d.secondSurname(j) && d.plainWord(j-1) && d.givenAt(j-2):
			// «محمدعلی اصل مرزی رییس …»: a surname in two words after
			// a given name.
		case n == 0 && d.plainWordAnyShape(j) && d.in(setKeyGivenAll, j-1) && d.covered(j-2, catHonorific):
			// «سرهنگ درویش متولی فرمانده …»: after an honorific, a given
			// name that is also a word and an unknown surname.
		case n == 0 && d.plainWord(j) && d.covered(j-1, catHonorific):
			// «دکتر بجارزهی فرماندار …»: after an honorific, a word no
			// lexicon knows is a surname.
		case n == 0 && d.plainWord(j) && d.surnameLike(j-1) && !d.givenAt(j-1) && d.covered(j-2, catHonorific):
			// «مهندس کاظمی ژرفا فرماندار …»: after an honorific, a surname
			// of the lists and a word no lexicon knows are one surname in
			// two words.
			d.fire(rulePersonHonorificTwoWordSurname, j-1, j+1)
		case n == 1 && d.plainWordAnyShape(j) && d.covered(j-1, catHonorific) && d.surnameLike(ns):
			// «دکتر بنداد کرمانی سرپرست …»: after an honorific, a given
			// name no list knows before a surname.
		case n == 0 && d.givenAt(j-1) && d.isWord(j) && d.in(setKeyStop, j) && strings.HasSuffix(d.toks[j].key, "ی") && utf8.RuneCountInString(d.toks[j].key) >= 4 && !d.covered(j, catOrg) && !d.covered(j, catTitle):
			// «محمد اسلامی استاندار …»: a surname that is also a common
			// word, after a given name and before a title.
		case n == 0 && d.isWord(j) && d.in(setKeySurname, j) && d.covered(j, catOrg) && !d.covered(j, catTitle) && d.givenAt(j-1):
			// «حسین کلانتری استاندار …»: a surname of the lists that is
			// also a body's name, after a given name and before a title.
		case n == 0 && d.gluedHonorificSurname(j):
			// «دکترجوان مدیر شبکه …»: the honorific typed together with
			// the surname, right before a title.
			d.fire(rulePersonGluedHonorificSurname, j, s+1)
		case n == 0 && d.loneSurnameBefore(j):
			d.fire(rulePersonLoneSurnameBeforeTitle, j, s+1)
		case n == 0 && !comma && d.gluedFullName(j) && !d.nameToken(j-1):
			// «بهمراه محمدازه معاون …», «با محمدحمیدی فرماندار …»: a
			// given name typed together with the surname, right before
			// a title.
			d.fire(rulePersonGluedFullName, j, s+1)
		case n == 1 && d.in(setKeyGivenAll, j) && !d.in(setKeyStop, j) && d.surnameLike(ns) && !d.covered(j, catTitle):
			// «ربیع شاهوار استاندار …»: a rarer given name before a
			// known surname.
		case n == 0 && d.arabicArticleWord(j) && d.plainWordAnyShape(j-1) && (d.givenAt(j-2) || d.givenAt(j-3)):
			d.fire(rulePersonArabicArticle, j-1, j+1)
		case n == 1 && d.in(setKeyGivenAll, j) && !d.covered(j, catTitle) && d.givenAt(j-1) && strings.HasSuffix(d.toks[ns].key, "ی") && utf8.RuneCountInString(d.toks[ns].key) >= 4:
			// «محمد اعتماد اعجازی فرماندار …»: a second given name that is
			// also a word, between a given name and a surname.
		case n > 0 && hs == ns && d.in(setKeyGivenAll, j) && d.in(setKeyGiven, j-1) && !d.in(setKeyStop, j-1) && !d.covered(j, catTitle) && !d.covered(j, catOrg):
			// «محمد صادق امیر گلبو فرماندار …»: the second word of a
			// compound given name that is also a common word («صادق»),
			// after the first.
			d.fire(rulePersonCompoundGiven, j-1, j+1)
		case n > 0 && (d.in(setSurnamePart, ns) || d.arabicArticleWord(ns)) && d.plainWord(j):
		case n > 0 && d.in(setKeyGivenAll, j) && d.covered(j-1, catHonorific) && !d.covered(j, catTitle):
		case n == 0 && !comma && d.plainWordAnyShape(j) && d.rareGivenOpening(j-1):
		case n == 1 && !comma && d.plainWordAnyShape(ns) && d.rareGivenOpening(j):
			// «که ربیع شاهوار استاندار …»: a rarer given name and a word no
			// list knows, opening a clause right before a title.
		case n == 1 && d.in(setKeyGivenAll, j) && d.surnameLike(ns) && !comma && (!d.isWord(j-1) || phraseOpener(d.toks[j-1].key)):
			// «بهمن کریمی بخشدار …» at the start of a clause: a given
			// name that is also a common word, before a surname and a
			// title.
		case n < 3 && !comma && d.plainWordAnyShape(j) && d.givenOpensRun(j):
			// «حسن سامک قزل سفلی فرماندار …», «با حضور محمد تقی سامک سفلی
			// فرماندار …»: a given name opening the clause and up to
			// three words no lexicon knows right before a title are one
			// name.
			d.fire(rulePersonLongSurname, j, s)
		case n == 2 && hs == ns && !comma && d.in(setKeyGivenAll, j) && d.givenAt(ns) && !d.covered(j, catTitle) && !d.covered(j, catOrg) &&
			(d.opensClause(j) || d.tokKey(j-1) == "و" || d.in(setNameIntro, j-1) || d.in(setPastVerb, j-1)) && !d.in(setTimeWord, j):
			// «… برگزار شد امان محمد باشقره فرماندار سابق …», «و عرفان
			// کریم بیکی بخشدار …»: a given name that is also a common
			// word, opening the clause before a given name, a surname
			// and a title, is the name's first word.
			d.fire(rulePersonLeadingGiven, j, s)
		default:
			j = -1
			continue
		}
		ns, hs = j, j
		n++
		j--
	}
	if ns == end {
		return 0, 0, 0, false
	}
	if hs == ns && end-ns >= 2 && d.notNamePhrase(ns) {
		// «از حسن توجه استاندار …»: a fixed phrase, no name.
		d.fire(rulePersonNotNamePhrase, ns, ns+2)
		return 0, 0, 0, false
	}
	if k := d.tokKey(ns); end-ns == 1 && hs == ns && d.lx.given[k] && !d.lx.surnames[k] && ns > 0 && isPreposition(d.tokKey(ns-1)) {
		// «از زیر سایه استاندار»: a given name alone after a preposition,
		// before a title, is a word of the phrase, no holder's name.
		return 0, 0, 0, false
	}
	if comma {
		// An apposition needs a full name at the start of a clause or
		// after «با حضور», or a surname alone opening a clause.
		strong := hs < ns || end-ns >= 2 && d.givenAt(ns)
		opens := hs == 0 || !d.isWord(hs-1) || d.toks[hs-1].key == "و"
		last := d.toks[end-1].key
		full := end-ns >= 2 && d.givenAt(ns) && (d.surnameLike(end-1) || d.in(setSurnamePart, end-1) || strings.HasSuffix(last, "ی") && utf8.RuneCountInString(last) >= 4 && !d.in(setKeyStop, end-1))
		switch {
		case semi && !(full || hs < ns):
			// Before a semicolon only a full name («در ابتدای جلسه حسن
			// کریمی؛ معاون …»), or a name after an honorific («با حضور
			// دکتر کریمی؛ معاون …»), is in apposition.
			return 0, 0, 0, false
		case strong && (opens || full || hs < ns || d.in(setNameIntro, hs-1)):
			// «سفر دکتر رضایی، رئیس جمهور»: an honorific makes the
			// name before the comma one wherever it stands.
		case !strong && end-ns == 1 && d.loneSurnameBefore(ns):
			d.fire(rulePersonLoneSurnameBeforeTitle, ns, s+1)
		case !strong && end-ns == 1 && d.tokKey(ns-1) == "با" && d.surnameLikeEnd(ns) && !d.in(setKeyGiven, ns):
			// «دیدار با نقوی، نماینده مردم …»: the one met, named by
			// surname and then by title.
			d.fire(rulePersonLoneSurnameBeforeTitle, ns, s+1)
		default:
			return 0, 0, 0, false
		}
	}
	return ns, end, min(hs, ns), true
}

// gluedHonorificSurname reports whether token t is an honorific typed
// together with a surname that no name word is by itself («دکترجعفری»,
// «دکترجوان»): the honorific makes the rest a name.
func (d *document) gluedHonorificSurname(t int) bool {
	// The key's honorific first: most words have none, and the name rules
	// ask about every word before a title.
	if t < 0 || t >= len(d.toks) || !d.lx.gluedHonorificKey(d.toks[t].key) {
		return false
	}
	return d.isWord(t) && !d.nameToken(t) && !d.covered(t, catTitle) && !d.covered(t, catOrg)
}

var rulePersonGluedHonorificSurname = newRule("person-glued-honorific-surname",
	"«دکتر» or «مهندس» typed together with the word after it («دکترجعفری») is a name, whatever the word: alone, or before a title («دکترجوان مدیر شبکه …»)",
	"معاون وزیر کشور امروز به کوار سفر کرد. دکترنادری و استاندار فارس از روستاهای کوار بازدید کردند.",
	"دکترجوان مدیر شبکه بهداشت کوار گفت: بازرسی ادامه دارد.")

// andGluedWord reports whether token t is «و» typed together with a word
// portals glue to it («وسرکشی» of «بازدید وسرکشی»): two words, no name.
func (d *document) andGluedWord(t int) bool {
	rest, ok := strings.CutPrefix(d.tokKey(t), "و")
	return ok && d.lx.has(setAndGlued, rest)
}

var (
	setVisitNoun = newWordSet("visit_noun") // «بازدید»: opening a line, the visitor's surname may follow, before a title
	setVisitKind = newWordSet("visit_kind") // «میدانی», «نظارتی»: the kind of a visit, no visitor's surname
)

var rulePersonVisitorSurname = newRule("person-visitor-surname",
	"a word no list knows, ending in «ی», right after «بازدید» opening a line and before a title, is the visitor's surname («بازدید کریمی معاون وزیر از …»), as when the two are typed together («بازدیدکریمی»); a word of the visit's kind («بازدید میدانی فرماندار») is none",
	"طرح‌های کوار\n\nبازدید سامکی معاون وزیر کشور از طرح‌های کوار امروز انجام شد.")

// setVisitGlued holds the titles a portal types glued after «بازدید»
// («بازدیدفرماندار از …»); a surname of the lists is split off too.
var setVisitGlued = newWordSet("visit_glued")

// setGluedHonorific holds the honorifics that portals write together with
// the name after them («سیدمهدی», «دکترعلی مرادیان»).
var setGluedHonorific = newWordSet("glued_honorific")

// withoutGluedHonorific drops an honorific written together with the name
// that follows it («سیدمهدی محمدی» → «مهدی محمدی», «دکترعلیمرادیان» →
// «علیمرادیان»), as names leave out honorifics written apart. The rest must
// be a given name or start with one; «دکترا» and «مهندسی» stay words.
func (lx *lexicon) withoutGluedHonorific(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	if g, ok := lx.cutGluedHonorific(first); ok {
		return strings.TrimSpace(g + " " + rest)
	}
	return name
}

// cutGluedHonorific returns word w without a glued honorific, and whether it
// had one.
func (lx *lexicon) cutGluedHonorific(w string) (string, bool) {
	p, ok := lx.gluedHonorificOf(NormalizeKey(w))
	if !ok {
		return w, false
	}
	// Cut as many letters of the written word as the key's prefix has
	// (keys drop ZWNJ and fold letters one to one).
	rs := []rune(strings.TrimPrefix(w, "\u200c"))
	n := utf8.RuneCountInString(p)
	for i := 0; i < len(rs) && n > 0; i++ {
		if rs[i] != '\u200c' {
			n--
		}
		if n == 0 {
			return strings.TrimPrefix(string(rs[i+1:]), "\u200c"), true
		}
	}
	return w, false
}

// gluedHonorificKey reports whether key k is a glued honorific and a name
// (gluedHonorificOf).
func (lx *lexicon) gluedHonorificKey(k string) bool {
	_, ok := lx.gluedHonorificOf(k)
	return ok
}

// gluedHonorificOf returns the glued honorific key k starts with, when the
// rest is a name after it: a given name, or a word starting with one, or
// after «دکتر» and «مهندس» any word of four letters.
func (lx *lexicon) gluedHonorificOf(k string) (string, bool) {
	if r, _ := utf8.DecodeRuneInString(k); !strings.ContainsRune(lx.gluedHonorificFirsts, r) {
		return "", false // most words: no honorific starts with their letter
	}
	for _, p := range lx.gluedHonorifics {
		gk, ok := strings.CutPrefix(k, p)
		if !ok || utf8.RuneCountInString(gk) < 3 || lx.has(setSurnamePart, gk) {
			continue // «سردارزاده» is a surname, not «سردار» and «زاده»
		}
		if !lx.given[gk] && !lx.startsWithGiven(gk) && !((p == "دکتر" || p == "مهندس") && utf8.RuneCountInString(gk) >= 4 && !strings.HasPrefix(gk, "ی")) {
			// «دکترزمانی»: after «دکتر» and «مهندس» a word of four letters
			// is the name; «مهندسیان» is a surname of its own.
			continue
		}
		return p, true
	}
	return "", false
}

// startsWithGiven reports whether key k is a given name of three letters or
// more glued to a word of three or more («علیمرادیان»).
func (lx *lexicon) startsWithGiven(k string) bool {
	rs := []rune(k)
	for n := 3; n+3 <= len(rs); n++ {
		if lx.given[string(rs[:n])] {
			return true
		}
	}
	return false
}

// startsDigit reports whether k begins with a digit.
func startsDigit(k string) bool {
	r, _ := utf8.DecodeRuneInString(k)
	return k != "" && isDigit(r)
}

// isQuote reports whether r is a quotation mark.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '\'', '‘', '’', 'ˈ':
		return true
	}
	return false
}

// loneSurnameBefore reports whether token j, right before a title, is a
// surname alone in a list or at the start of a clause («، جوهری معاون …»,
// «و شهنوازی رئیس …»): an unknown word ending in «ی», or of a surname's
// shape, that opens a clause, and not a noun that takes a title as its
// complement («همراهی فرماندار»).
func (d *document) loneSurnameBefore(j int) bool {
	if !d.isWord(j) || d.in(setTitleComplement, j) {
		return false
	}
	if d.in(setCountWord, j) {
		// «هشت عضو اصلی و پنج عضو علی البدل»: a number of seats.
		d.fire(rulePersonCountNotSurname, j, j+2)
		return false
	}
	k := d.toks[j].key
	if d.in(setKeyStop, j) {
		return false // «مراکز دارای مسئول فنی»: a word of the language, whatever its shape
	}
	if !(d.plainWord(j) && strings.HasSuffix(k, "ی") && utf8.RuneCountInString(k) >= 4 || d.surnameLike(j)) {
		if !d.plainWord(j) || d.givenAt(j) {
			return false
		}
		switch {
		case d.afterTitledItem(j):
			// «… حسن رستمی بخشدار مرکزی، فقیه بخشدار …»: in a list of
			// names with their titles, a word no lexicon knows between
			// the comma and a title is a surname, whatever its shape.
			d.fire(rulePersonListSurname, j, j+1)
		case d.in(setNameIntro, j-1) && d.tokKey(j-2) == "با" && !d.in(setKeyPlace, j):
			// «با حضور بلاک رئیس ستاد انتخابات»: after «با حضور» a
			// word no lexicon knows right before a title is the
			// surname of the one present.
			d.fire(rulePersonPresentSurname, j-2, j+1)
		case d.toks[j+1].punct == '،' && (d.lineStart(j) || d.afterLeadComma(j)):
			// «سامک، فرماندار کوار گفت»: a word no lexicon knows
			// opening a paragraph or an agency's lead, set off by a
			// comma before a title, is a surname.
			d.fire(rulePersonOpeningSurname, j, j+1)
		case d.lineStart(j) && d.isWord(j+1) && !d.in(setKeyPlace, j) && !d.in(setOpeningNotSurname, j) && d.speechLater(j+1):
			// «سامک مدیرکل تعزیرات کوار گفت»: a word no lexicon knows
			// opening a paragraph right before a title is a surname.
			d.fire(rulePersonOpeningSurnameBare, j, j+1)
		case (d.afterLeadComma(j) || d.afterScene(j)) && d.isWord(j+1) && !d.in(setKeyPlace, j) && !d.in(setOpeningNotSurname, j) && !d.gluedInScene(j) && d.speechLater(j+1):
			// «در این جلسه سامک رئیس اداره صمت کوار گفت»: a word no
			// lexicon knows opening the clause after an agency's lead
			// or after a scene, right before a title, whose speech
			// verb comes later, is a surname.
			d.fire(rulePersonSceneSurnameBare, j, j+1)
		default:
			return false
		}
	}
	if d.covered(j, catTitle) || d.covered(j, catOrg) || d.covered(j, catOffice) {
		return false
	}
	if (d.covered(j, catCounty) || d.covered(j, catProvince) || d.covered(j, catCity)) && !d.in(setKeySurname, j) {
		return false // «دماوند- استاندار تهران …»: a dateline's place
	}
	if j == 0 || !d.isWord(j-1) && !isQuote(d.toks[j-1].punct) {
		return true
	}
	// After «را» a new phrase begins: «… استاندار را یونسی، معاون …
	// همراهی کردند». After a place the phrase of the place ends: «در
	// شهر ازنا فاتحی فرماندار ازنا …».
	if d.toks[j-1].key == "و" && d.in(setPortfolioNoun, j-2) {
		// «مدیر نظارت و اعتباربخشی معاونت درمان»: the next word of a
		// title's portfolio, no surname.
		d.fire(rulePersonPortfolioWord, j-2, j+1)
		return false
	}
	if d.in(setVisitNoun, j-1) && !d.isWord(j-2) && !d.in(setVisitKind, j) && !d.in(setKeyPlace, j) && !d.andGluedWord(j) {
		// «بازدید کریمی معاون وزیر از …» opening a line: the visitor,
		// named by surname right after the visit; not the visit's kind
		// («بازدید میدانی فرماندار …»).
		d.fire(rulePersonVisitorSurname, j-1, j+1)
		return true
	}
	return d.toks[j-1].key == "و" || d.toks[j-1].key == "را" || d.afterScene(j) || d.in(setNameIntro, j-1) && (d.tokKey(j-2) == "به" || d.tokKey(j-2) == "با") ||
		(d.covered(j-1, catCounty) || d.covered(j-1, catCity)) && !d.covered(j-1, catTitle) && !d.covered(j-1, catOrg)
}

// afterTitledItem reports whether token j follows the comma that closes a
// titled item of a list: a title within the six words before the comma,
// with only words between.
func (d *document) afterTitledItem(j int) bool {
	if j < 3 || d.toks[j-1].punct != '،' {
		return false
	}
	for t := j - 2; t >= 0 && t >= j-7; t-- {
		if !d.isWord(t) {
			return false
		}
		if d.covered(t, catTitle) && !d.callingWord(t) {
			return true
		}
	}
	return false
}

// callingWord reports whether token t is a calling of the press (set
// after_name_title), whole or the second half typed apart («خبر نگار»): in
// an agency's lead («به گزارش خبرنگار ما،») it is no list item's title.
func (d *document) callingWord(t int) bool {
	return d.in(setAfterNameTitle, t) || t > 0 && d.isWord(t-1) && d.callingPair(t-1)
}

// callingPair reports whether tokens t and t+1 together are a calling of the
// press typed in two («خبر نگار»); the key is built in a buffer, as most
// pairs asked are none.
func (d *document) callingPair(t int) bool {
	var buf [64]byte
	return d.lx.hasBytes(setAfterNameTitle, append(append(buf[:0], d.toks[t].key...), d.toks[t+1].key...))
}

// callingSpan reports whether the title of tokens [s,e) is a calling of the
// press (set after_name_title), one word or two typed apart.
func (d *document) callingSpan(s, e int) bool {
	switch e - s {
	case 1:
		return d.in(setAfterNameTitle, s)
	case 2:
		return d.isWord(s) && d.isWord(s+1) && d.callingPair(s)
	}
	return false
}

var rulePersonListSurname = newRule("person-list-surname",
	"in a list of names with their titles, a word no lexicon knows between a comma and a title is a surname, whatever its shape («… بخشدار مرکزی، فقیه بخشدار …»)",
	"با حضور حسن رستمی بخشدار مرکزی، فقیه بخشدار کوار، سعیدی رئیس جهاد کشاورزی جلسه برگزار شد.")

var rulePersonOpeningSurnameBare = newRule("person-opening-surname-bare",
	"a word no lexicon knows that opens a paragraph right before a title is a surname («سامک مدیرکل تعزیرات کوار گفت»)",
	"بازدید از نانوایی‌ها ادامه دارد.\nسامک مدیرکل تعزیرات کوار گفت: سه واحد پلمب شد.")

// gluedInScene reports whether token t is «در» typed together with a
// word that opens a scene after it and more («دراینمراسم»: «در این
// مراسم»), whose rest the tokenizer left unsplit: no surname.
func (d *document) gluedInScene(t int) bool {
	k := d.toks[t].key
	rest, ok := strings.CutPrefix(k, "در")
	if !ok {
		return false
	}
	for i, n := 0, 0; i < len(rest); n++ {
		_, w := utf8.DecodeRuneInString(rest[i:])
		i += w
		if n >= 2 && i < len(rest) && d.lx.has(setInGlued, rest[:i]) {
			return true
		}
	}
	return false
}

var rulePersonSceneSurnameBare = newRule("person-scene-surname-bare",
	"a word no lexicon knows that opens the clause after an agency's lead or after a scene («در این جلسه»), right before a title, in a sentence whose speech verb comes later, is a surname («در این جلسه سامک رئیس اداره صمت کوار گفت»)",
	"در این جلسه سامک رئیس اداره صمت کوار گفت: بازرسی ادامه دارد.",
	"به گزارش خبرنگار ما از کوار، سامک مدیرکل تعزیرات استان گفت: بازرسی ادامه دارد.")

var rulePersonOpeningSurname = newRule("person-opening-surname",
	"a word no lexicon knows that opens a paragraph or follows an agency's «به گزارش …،», set off by a comma before a title, is a surname («سامک، فرماندار کوار گفت»)",
	"بازدید از نانوایی‌ها ادامه دارد.\nسامک، فرماندار کوار گفت: سه واحد پلمب شد.",
	"به گزارش خبرنگار ما، سامک، فرماندار کوار گفت: سه واحد پلمب شد.")

// rareGivenListedSurname reports whether tokens [ns,end) are a given name
// that is also a common word («صادق», «حجت») and a surname of the lists
// («صادق جعفری») or a word with a surname's detached part («حجت نجف زاده»).
func (d *document) rareGivenListedSurname(ns, end int) bool {
	if !d.in(setKeyGivenAll, ns) || d.in(setKeyStop, ns) {
		return false
	}
	// «حجت نجف زاده»: a surname with its detached part is one of the
	// lists' shape.
	return end-ns == 2 && d.in(setKeySurname, ns+1) || end-ns == 3 && d.in(setSurnamePart, ns+2) && d.plainWordAnyShape(ns+1)
}

// honorificSurnameTail reports whether token t is «زاده» or «پور», which
// make the honorific before them a surname's first part («سردار زاده»,
// «حاجی پور»); other endings («راد», «فر») are surnames of their own after
// an honorific («مهندس راد»).
func (d *document) honorificSurnameTail(t int) bool {
	k := d.tokKey(t)
	return k == "زاده" || k == "پور"
}

// phraseOpener reports whether a noun phrase may start right after word k:
// «و», the relative «که», the object marker «را».
func phraseOpener(k string) bool {
	return k == "و" || k == "که" || k == "را"
}

// isBullet reports whether r is a symbol that portals put before a
// paragraph («🔹», «•», «▪»).
func isBullet(r rune) bool {
	return r == '•' || r == '▪' || r == '◾' || r == '■' || r == '●' || r >= 0x1F300 && r <= 0x1FAFF || unicode.Is(unicode.So, r)
}

// isDash reports whether r is a hyphen or dash, which lists of names and
// titles use as commas («یونسی – معاون سیاسی –».
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‐':
		return true
	}
	return false
}

// nameAfter finds a name that starts at token i (after an optional comma or
// colon) and is not itself followed by a title.
func (d *document) nameAfter(i int) (ns, ne, hs int, ok bool) {
	if i < len(d.toks) && (d.toks[i].punct == '،' || d.toks[i].punct == ',' || d.toks[i].punct == ':' || d.toks[i].punct == '-') {
		i++
	}
	hs = i
	hon := false
	for i < len(d.toks) && d.covered(i, catHonorific) && !d.honorificSurnameTail(i+1) {
		// «سردار زاده با اشاره …»: before a surname's ending the word
		// is the surname's first part, no honorific.
		i++
		hon = true
	}
	ns = i
	if !hon && ns < len(d.toks) && (d.covered(ns, catCounty) || d.covered(ns, catCity)) && (!d.givenAt(ns) || !d.nameToken(ns+1)) {
		return 0, 0, 0, false // «بخشدار مرکزی نیر»: the place the title is of
	}
	if hon && d.tokKey(hs) == "شهید" {
		// «کارشناس … مرکز بهداشت شهید پیرویان»: a martyr after a title's
		// body names the body, not its holder.
		d.fire(rulePersonPlaceName, hs, ns+1)
		return 0, 0, 0, false
	}
	ns, ne = d.nameWords(ns, hon)
	if ne == ns {
		return 0, 0, 0, false
	}
	if d.tokKey(ne) == "را" {
		// «استاندار فارس علی کریمی را … منصوب کرد»: the name is the
		// object of what the title's holder did, not the holder.
		d.fire(rulePersonObjectNotHolder, ns, ne+1)
		return 0, 0, 0, false
	}
	if !hon && ne-ns >= 2 && d.notNamePhrase(ns) {
		// «استاندار سمنان علی رغم …»: a fixed phrase, no name.
		d.fire(rulePersonNotNamePhrase, ns, ns+2)
		return 0, 0, 0, false
	}
	if !hon && hs == i && ne == ns+1 && ne < len(d.toks) && d.toks[ne].punct == '،' && d.isWord(ne+1) && !d.breaksPhrase(ne+1) && d.hasAnd(ne+1, 3) {
		// «رئیس سازمان سیما، منظر و فضای شهری»: a lone word right after
		// the title that opens a list goes on naming the body.
		return 0, 0, 0, false
	}
	first := d.toks[ns].key
	strong := hon || d.givenAt(ns) || (ne-ns >= 2 && d.in(setKeySurname, ne-1))
	if !strong {
		// A lone surname only when the clause goes on with punctuation or
		// a speech verb: «…، رستمی، گفت».
		if !(d.lx.surnames[first] && (!d.isWord(ne) || d.covered(ne, catSpeech) || !d.isWord(hs-1) && d.speechLater(ne))) {
			return 0, 0, 0, false
		}
	}
	if _, ok := d.matchAt(catTitle, ne); ok {
		return 0, 0, 0, false
	}
	if d.asPhraseEnd(ne) >= 0 {
		return 0, 0, 0, false // the name holds the title after «به عنوان»
	}
	return ns, ne, hs, true
}

// nameWords reads the words of a name from token i: name words, an unknown
// word right after a given name, a detached surname part; after an
// honorific (hon) a given name that is also a common word.
func (d *document) nameWords(i int, hon bool) (ns, ne int) {
	ns = i
	if i > 0 && isQuote(d.toks[i-1].punct) && d.givenAt(i) {
		// «حسین فلاح جوشقانی»: in quotation marks, every word up to the
		// closing mark is the name's.
		for q := i + 1; q < len(d.toks) && q <= i+4; q++ {
			if isQuote(d.toks[q].punct) {
				if q-i >= 2 && d.anySurnameLike(i+1, q) {
					return i, q
				}
				break
			}
			if !d.isWord(q) || !d.nameToken(q) && !d.plainWordAnyShape(q) {
				break
			}
		}
	}
	for i < len(d.toks) && i-ns < 4 {
		switch {
		case i > ns && d.blessedAfter(i):
			// «حضرت علی علیه السلام»: the blessing is no word of the
			// name; the caller sees it after the name.
			return ns, i
		case i >= ns+2 && (d.in(setTimeWord, i) || d.in(setWeekdayNumber, i) && d.tokKey(i+1) == "شنبه"):
			// «فریدون بندری بامداد سه شنبه …»: a time after a full name
			// is no third word of it, nor a weekday typed apart («… پنج
			// شنبه ۱۸ اسفند»).
			if !d.in(setTimeWord, i) {
				d.fire(rulePersonWeekdayApart, i, i+2)
			}
			return ns, i
		case d.nameToken(i):
		case i == ns && hon && d.in(setKeyGivenAll, i) && d.isWord(i) && !d.covered(i, catTitle) && !d.in(setKeyStop, i):
		case i == ns && hon && d.plainWord(i) && d.tokKey(i-1) != "شهید" && (!strings.HasSuffix(d.toks[i].key, "ا") || d.speakerNext(i+1)) && !d.cutShort(i):
			// «جناب آقای دکتر زیویار»: after an honorific, a word no
			// lexicon knows is a surname; not an adverb («جناب دکتر
			// لطفاً …»), and not after «شهید», which names places and
			// bodies («دانشگاه … شهید صدوقی»).
		case i == ns && d.rareGivenBeforeSurname(i):
		case i > ns && (d.in(setKeyGiven, i-1) || d.in(setGivenTail, i-1) || d.compoundGiven(i-1)) && (d.plainWord(i) || d.plainWordAnyShape(i) && d.covered(i+1, catSpeech)):
			// A word shaped like a verb after a given name is still its
			// surname right before a speech verb, which no verb stands
			// before («علی باخرد افزود»).
		case i == ns+1 && hon && d.in(setKeyGivenAll, ns) && d.plainWord(i):
			// «مهندس ولی کریمی»: a given name that is also a word, after
			// an honorific, and its surname.
		case i == ns+1 && hon && d.plainWord(i) && (d.lx.surnameShape(d.toks[i].key) || strings.HasSuffix(d.toks[i].key, "ی")) && d.tokKey(i+1) != "را":
			// «دکتر حسینی مقدم»: a surname in two words after an
			// honorific; an ordinary word after a surname («مهندس بلوردی
			// روند پیشرفت …») is not part of it, nor a noun that «را»
			// marks as an object («آقای شعیبی اقداماتی را …»).
		case i == ns+1 && hon && d.surnameLike(ns) && !d.givenAt(ns) && d.plainWord(i) && !d.in(setTimeWord, i) && d.leadAfterWord(i+1):
			// «دکتر کریمی جوان در این خصوص گفت», «سرهنگ احمدی مطلق با
			// بیان اینکه …»: after an honorific, a surname and a common
			// word right before the speaker's lead or the scene are a
			// surname in two words.
			d.fire(rulePersonHonorificSurnameWordLead, ns, i+1)
		case i > ns && d.in(setSurnamePart, i):
		case i >= ns+2 && d.arabicArticleWord(i) && d.givenAt(ns) && d.plainWord(i-1):
			d.fire(rulePersonArabicArticle, i-1, i+1)
		case i >= ns+2 && d.secondSurname(i):
		case i == ns+2 && d.givenAt(ns) && d.surnameLike(i-1) && d.plainWord(i) && !d.in(setTimeWord, i) && d.tokKey(i+1) == "و" && d.givenAt(i+2) && d.surnameLike(i+3):
			// «حسن کریمی آزاد و رضا احمدی …»: a word no list knows
			// between a full name and «و» that another full name
			// follows is the first surname's last word.
			d.fire(rulePersonThirdWordBeforeAnd, ns, i+1)
		case i == ns+1 && d.givenAt(ns) && d.in(setHajj, i) && (d.surnameLikeEnd(i+1) || d.in(setKeySurname, i+1) || d.honorificSurnameTail(i+1)):
			// «داود حاج حسینی»: «حاج» between a given name and a surname
			// is the surname's first word, no honorific.
			d.fire(rulePersonHajjInside, ns, i+2)
		case i == ns+2 && d.in(setHajj, i-1) && d.givenAt(ns) && (d.surnameLikeEnd(i) || d.in(setKeySurname, i)):
		case (i == ns+1 || i == ns+2 && d.givenAt(ns)) && d.givenAt(i-1) && d.in(setHajj, i) && d.hajjSurnameWord(i+1):
			// «احمد حاج پروانه در جمع …», «محمد رضا حاجی رضا گفت»: «حاج»
			// after a given name and one word before the name's end (a
			// title, the scene, a speech verb) heads the surname, whatever
			// the word after it.
			d.fire(rulePersonHajjInsideBeforeEnd, ns, i+2)
			i++
		case (i == ns+2 || i == ns+3) && d.givenAt(ns) && !d.in(setTimeWord, i) &&
			((d.plainWordAnyShape(i) && (d.speakerNext(i+1) || d.sceneNext(i+1)) || d.in(setKeyPlace, i) && d.covered(i+1, catSpeech)) && d.opensClause(ns) ||
				(d.plainWordAnyShape(i) || d.in(setKeyPlace, i)) && d.sceneNext(i+1) && (d.opensClause(ns) || hon)):
			// «محمد مرادی کفراج شامگاه شنبه …», «محمد زارعی هدک روز
			// دوشنبه در جلسه …», «رضا سام کوارج در گفت‌وگو …»: a surname's
			// last word no list knows, between a name opening the clause
			// and its scene or verb; the words before it need not look
			// like a surname's. Before the scene, a place's name is one
			// too, and after an honorific the name need not open the
			// clause («دکتر حسن کریمی کوار در این جلسه …»).
			d.fire(rulePersonThirdWord, ns, i+1)
		case (i == ns+2 || i == ns+3) && d.givenAt(ns) && (d.plainWordAnyShape(i) || d.in(setKeyPlace, i)) && d.commaAt(i+1) && !d.in(setTimeWord, i) && !d.covered(i, catTitle) && (d.opensClause(ns) || hon):
			// «حسن رضایی کوار، از … خبر داد», «سرهنگ محمد کریمی
			// سامکو، از …»: a word no list knows, or a place's name,
			// between a name opening the clause (or after an
			// honorific) and a comma is the surname's last word.
			d.fire(rulePersonThirdWordBeforeComma, ns, i+1)
		case (i == ns+1 && d.in(setKeyGiven, ns) || i == ns+2 && d.in(setKeyGiven, ns) && d.in(setKeyGiven, ns+1)) && d.in(setKeyStop, i) && strings.HasSuffix(d.toks[i].key, "ی") && (d.covered(i+1, catSpeech) || d.tokKey(i+1) == "با" && d.in(setSpeechLeadNoun, i+2) || d.in(setTimeWord, i+1) && d.opensClause(ns) && d.speechLater(i+1)):
			// «فرامرز روستایی افزود»: a surname that is also a common
			// word, between a given name (or two: «حسن رضا روستایی
			// شامگاه …») and a speech verb or a time.
		case i == ns+1 && d.in(setKeyGiven, ns) && d.in(setKeyStop, i) && utf8.RuneCountInString(d.toks[i].key) >= 3 && d.opensClause(ns) && (d.sceneNext(i+1) && d.speechLater(i+1) || d.asPhraseEnd(i+1) >= 0):
			d.fire(rulePersonCommonWordSurname, ns, i+1)
		case i == ns+1 && d.givenAt(ns) && d.opensClause(ns) && d.commonWordOpensSurname(i):
			// «محمد گل فشان ظهر امروز …», «امیرعلی گل چشمه در گفت‌وگو …»:
			// a common word and a word no list knows between a given name
			// opening the clause and its scene or speech verb are a
			// surname in two words.
			d.fire(rulePersonCommonWordHead, ns, i+2)
		case i == ns+1 && d.in(setKeyGiven, ns) && d.commonWordBeforeSpeech(i) && (d.opensClause(ns) || hon):
			// «یوسف روستا اظهار کرد», «دکتر بهرام دلفان افزود»: a common
			// word or a place's name between a given name opening the
			// clause, or after an honorific, and a speech verb is the
			// surname.
			d.fire(rulePersonCommonWordSurname, ns, i+1)
		default:
			return ns, i
		}
		i++
	}
	return ns, i
}

var rulePersonObjectNotHolder = newBlockingRule("person-object-not-holder",
	"a name right after a title and marked by «را» is the object of what the title's holder did («استاندار فارس علی کریمی را منصوب کرد»), not the holder",
	"استاندار فارس علی کریمی را به سمت فرماندار کوار منصوب کرد.")

var rulePersonQuotedSubject = newRule("person-quoted-subject",
	"one to three words in quotation marks opening a clause, with a speaker's words or the scene of a report right after them and a speech verb later, are the name of whoever speaks («“نژاد جهانی” در این جلسه … گفت»)",
	"نشست مشترک فرماندار با شورای بخش برگزار شد.\n«نژاد جهانی» در این جلسه با اشاره به ضرورت نظارت گفت: کار ادامه دارد.")

// quotedSubject reports whether token t starts one to three words in
// quotation marks that open their clause and name whoever speaks: a
// speaker's words («ضمن», «با اشاره», a speech verb) or the scene of a
// report («در این جلسه», «روز شنبه») right after the closing mark, and a
// speech verb in the sentence. It returns the end of the words.
func (d *document) quotedSubject(t int) (int, bool) {
	if t == 0 || !isQuote(d.toks[t-1].punct) || !d.opensClause(t-1) {
		return 0, false
	}
	e := t
	for e < len(d.toks) && e-t < 3 && d.isWord(e) && (d.nameToken(e) || d.plainWordAnyShape(e) || d.in(setKeySurname, e)) {
		e++
	}
	if e == t || e >= len(d.toks) || !isQuote(d.toks[e].punct) {
		return 0, false
	}
	next := e + 1
	if d.in(setSceneNoun, t) || !(d.speakerNext(next) || d.sceneNext(next) || d.tokKey(next) == "در" && d.tokKey(next+1) == "این" && d.in(setSceneNoun, next+2)) || !d.speechLater(next) {
		return 0, false
	}
	return e, true
}

var rulePersonInterviewed = newRule("person-interviewed",
	"a word opening a sentence right before «در گفت‌وگو با» (in an interview with) and a speech verb later is the surname of whoever was interviewed («عدل در گفت‌وگو با ایسنا گفت»)",
	"برنامه ادامه دارد.\nعدل در گفت‌وگو با ایسنا گفت: کار ادامه دارد.")

// interviewAt reports whether the words at token t are «در گفت‌وگو با» or
// «در گفتگو با», however the compound is spaced («گفت و گو», «گفت وگو»).
func (d *document) interviewAt(t int) bool {
	if d.tokKey(t) != "در" {
		return false
	}
	var b strings.Builder
	for j := t + 1; j <= t+3 && d.isWord(j); j++ {
		b.WriteString(d.toks[j].key)
		if w := b.String(); w == "گفتوگو" || w == "گفتگو" {
			return d.tokKey(j+1) == "با"
		}
	}
	return false
}

var rulePersonHajjInsideBeforeEnd = newRule("person-hajj-inside-before-end",
	"«حاج» or «حاجی» after a given name, with one word after it and then a title, the scene or a speech verb, is the first word of the surname, whatever that word («احمد حاج پروانه در جمع خبرنگاران گفت»)",
	"به گزارش خبرنگار ما، احمد حاج پیمان در جمع خبرنگاران گفت: کار ادامه دارد.")

// hajjSurnameWord reports whether token t, after «حاج» that follows a given
// name, is the surname's last word: a name word, a word no lexicon knows or a
// word of the language («پروانه»), with a title, the scene of a report or a
// speaker's words right after it.
func (d *document) hajjSurnameWord(t int) bool {
	if !d.isWord(t) || !(d.nameToken(t) || d.plainWordAnyShape(t) || d.in(setKeyStop, t)) || d.in(setTimeWord, t) || d.covered(t, catTitle) || d.covered(t, catSpeech) {
		return false
	}
	n := t + 1
	return d.covered(n, catTitle) || d.speakerNext(n) || d.sceneNext(n) || d.tokKey(n) == "در" && d.tokKey(n+1) == "این" && d.in(setSceneNoun, n+2)
}

var rulePersonHajjInside = newRule("person-hajj-inside",
	"«حاج» or «حاجی» between a given name and a surname («داود حاج حسینی») is part of the surname, not an honorific that starts a new name",
	"به گزارش خبرنگار مهر، داود حاج حسینی امروز در جلسه گفت: کار ادامه دارد.")

// mirKey is the key of «میر», which opens a given name («میرمحمد»).
var mirKey = NormalizeKey("میر")

// mirApart reports whether token t is «میر» typed apart before a given name
// it makes one with («میر محمد»: «میرمحمد» is a given name).
func (d *document) mirApart(t int) bool {
	return d.tokKey(t) == mirKey && d.in(setKeyGiven, t+1) && d.lx.given[mirKey+d.tokKey(t+1)]
}

var rulePersonMirApart = newRule("person-mir-apart",
	"«میر» typed apart before a given name is the given name's first word («میر محمد کریمی»), as «میرمحمد» typed together is a given name",
	"به گزارش خبرنگار ما؛ میر محمد کریمی گفت: تردد در روستاها دشوار است.")

var rulePersonThirdWordBeforeAnd = newRule("person-third-word-before-and",
	"a word no list knows between a given name and surname and «و» that another given name and surname follow is the first surname's last word («حسن کریمی آزاد و رضا احمدی …»)",
	"در این دیدار حسن کریمی سامکار و رضا احمدی با مردم کوار گفت‌وگو کردند.")

var rulePersonThirdWordBeforeComma = newRule("person-third-word-before-comma",
	"a given name (of one word or two) and a surname opening a clause or after an honorific take a word no list knows, or a place's name, between them and a comma: a surname in two words («حسن رضایی کوار، از … خبر داد»)",
	"حسن رضایی کوار، از اجرای طرح کتابخوانی در روستاها خبر داد.",
	"در این زمینه سرهنگ محمد کریمی سامکو، از اجرای طرح مقابله با قاچاق خبر داد.")

// commaAt reports whether token t is a comma, Persian or Latin.
func (d *document) commaAt(t int) bool {
	return t < len(d.toks) && (d.toks[t].punct == '،' || d.toks[t].punct == ',')
}

var rulePersonWeekdayApart = newRule("person-weekday-apart",
	"the number of a weekday typed apart from «شنبه» («پنج شنبه», «سه شنبه»; set weekday_number) after a full name is a time, no third word of the name",
	"به گزارش خبرنگار ما، حسن کریمی پنج شنبه ۱۸ اسفند با اعلام این خبر گفت: کار ادامه دارد.")

var setWeekdayNumber = newWordSet("weekday_number") // «پنج» of «پنج شنبه»: a weekday's number typed apart

var rulePersonThirdWord = newRule("person-third-word",
	"a given name (of one word or two) and a surname opening a clause take a word no list knows when the scene («شامگاه شنبه», «در جلسه …»), a speech verb or a speaker's lead («با بیان اینکه») follows it: a surname in two words («محمد مرادی کفراج», «علی اصغر کریمی آثار»); an interview («در گفت وگو با»), the matter shown («در این خصوص») or a visit («با حضور در») sets the scene too; before the scene a place's name is such a word as well, and after an honorific the name need not open the clause",
	"محمد مرادی سامکج شامگاه شنبه در گفت‌وگو با خبرنگاران گفت: طرح ادامه دارد.",
	"رضا سام کوارج در گفت‌وگو با خبرنگاران گفت: طرح ادامه دارد.",
	"محمد علی کریمی کوارک روز دوشنبه در گفت و گو با خبرنگار ما افزود: طرح ادامه دارد.",
	"به گزارش خبرگزاری کوار، مسعود احمدی پرور با بیان اینکه بازرسی‌ها ادامه دارد گفت: سه واحد پلمب شد.",
	"حسن رضایی سامکار در این خصوص گفت: بازرسی ادامه دارد.",
	"حسن رضایی سامکار در گفت وگو با خبرنگار ما گفت: بازرسی ادامه دارد.",
	"به گزارش خبرنگار ما، دکتر حسن کریمی کوار در این جلسه گفت: بازرسی ادامه دارد.",
	"به گزارش روابط عمومی فرمانداری، حسن کریمی سامکار با حضور در محل حادثه گفت: کار ادامه دارد.")

var rulePersonHonorificSurnameWordLead = newRule("person-honorific-surname-word-lead",
	"after an honorific, a surname and a common word right before a speaker's lead («با بیان», a speech verb) or the scene and a speech verb later are one surname in two words («سرهنگ کریمی جوان با بیان اینکه …»)",
	"به گزارش خبرنگار ما، سرهنگ کریمی جوان با بیان اینکه گشت‌ها ادامه دارد گفت: دو واحد پلمب شد.",
	"دکتر احمدی مطلق در این خصوص گفت: بازرسی ادامه دارد.")

// leadAfterWord reports whether the words at token t lead to what a
// speaker said in a way no adverb or object noun before them can be read
// into: «با» and a speech noun («با بیان»), «ضمن», or «در» and the scene or
// the matter («در این خصوص») with a speech verb later. A bare speech verb
// or time word is left out: «همواره تاکید کرد», «آرامش روز …».
func (d *document) leadAfterWord(t int) bool {
	if d.tokKey(t) == "ضمن" || d.tokKey(t) == "با" && d.in(setSpeechLeadNoun, t+1) {
		return true
	}
	return d.tokKey(t) == "در" && d.sceneNext(t) && d.speechLater(t)
}

var rulePersonHonorificWordSurname = newRule("person-honorific-word-surname",
	"a word between «دکتر» or «مهندس» and a title is a surname, even one that is also a common word («دکتر کرد معاون …»)",
	"جلسه به ریاست دکتر کرد معاون هماهنگی امور عمرانی استانداری برگزار شد.")

var rulePersonCommonWordSurname = newRule("person-common-word-surname",
	"a given name opening a clause and a common word after it are a name whose surname is also a word when a title follows (after a comma too; a place's name too) or «به عنوان», or the scene of what the sentence reports («در جلسه …», «صبح امروز») and a speech verb later, or a speech verb right away (a place's name too): «جعفر توان در جلسه ستاد گفت», «علی پیام، معاون …», «جعفر توان به عنوان سرپرست …», «حسن کوار افزود»",
	"جعفر توان در جلسه ستاد برنامه‌ریزی سفر گفت: همه دستگاه‌ها آماده‌اند.",
	"بازرسی از بازار ادامه دارد.\nحسن کوار افزود: دو واحد پلمب شد.",
	"به گزارش خبرنگار ما، علی پیام، معاون استاندار فارس در کارگروه گفت: طرح ادامه دارد.")

// isPreposition reports whether k is a simple preposition, after which a
// word begins a noun phrase («از زیر سایه …»).
func isPreposition(k string) bool {
	switch k {
	case "از", "به", "با", "بر", "زیر", "برای", "بدون", "روی", "درباره":
		return true
	}
	return false
}

// cutShort reports whether token t is a short word that ends the text with
// no mark after it: an excerpt cut in the middle of a word («… دکتر الب»).
func (d *document) cutShort(t int) bool {
	return t == len(d.toks)-1 && int(d.toks[t].end) == len(d.body) && utf8.RuneCountInString(d.toks[t].key) < 5
}

// commonWordOpensSurname reports whether token t, a word that is no title,
// body, office, pronoun, speech verb, verb or time (a common word, as a
// surname's first word often is: «گل»), and the word after it, which no list
// knows, come right before a speech verb or the scene of one.
func (d *document) commonWordOpensSurname(t int) bool {
	if !d.isWord(t) || !d.isWord(t+1) || d.toks[t].key == "و" || utf8.RuneCountInString(d.toks[t].key) < 2 {
		return false
	}
	for _, c := range []category{catTitle, catOrg, catSpeech, catPronoun, catOffice} {
		if d.covered(t, c) || d.covered(t+1, c) {
			return false
		}
	}
	if verbShaped(d.toks[t].key) || d.in(setTimeWord, t) || d.in(setTimeWord, t+1) || !d.plainWordAnyShape(t+1) {
		return false
	}
	return d.speakerNext(t+2) || d.sceneNext(t+2) && d.speechLater(t+2)
}

// colonWithin reports whether a colon follows token t within n tokens, with
// only words between: the quotation a speech verb opens.
func (d *document) colonWithin(t, n int) bool {
	for k := t + 1; k < len(d.toks) && k <= t+n; k++ {
		if d.toks[k].punct == ':' {
			return true
		}
		if !d.isWord(k) {
			return false
		}
	}
	return false
}

// sceneNext reports whether the words at token t set the scene of a
// report: «در» and a scene noun («در جلسه», «در نشست»), or a time word
// («صبح امروز», «روز شنبه»).
func (d *document) sceneNext(t int) bool {
	if d.in(setTimeWord, t) {
		return true
	}
	if d.presenceAt(t) {
		return true
	}
	if d.tokKey(t) != "در" {
		return false
	}
	if d.in(setSceneNoun, t+1) || d.interviewAt(t) {
		return true
	}
	// «در این جلسه», «در این خصوص»: the scene or the matter shown.
	return d.tokKey(t+1) == "این" && (d.in(setSceneNoun, t+2) || d.in(setMatterNoun, t+2))
}

// presenceAt reports whether the words at token t are «با حضور در» (by
// going to): the scene of a visit, as «در جلسه» is of a meeting.
func (d *document) presenceAt(t int) bool {
	return d.tokKey(t) == "با" && d.tokKey(t+1) == "حضور" && d.tokKey(t+2) == "در"
}

var setMatterNoun = newWordSet("matter_noun") // «خصوص» of «در این خصوص»: the matter a speaker turns to

// speakerNext reports whether the words at token t follow a speaker's
// name: a speech verb, «ضمن», or «با» and a speech noun («با اشاره»).
func (d *document) speakerNext(t int) bool {
	return d.covered(t, catSpeech) || d.tokKey(t) == "ضمن" || d.tokKey(t) == "با" && d.in(setSpeechLeadNoun, t+1)
}

// rulePersonArabicArticle joins a surname's word that carries the Arabic
// article to the word before it («مروج الشریعه», «بحر العلوم»).
var rulePersonArabicArticle = newRule("person-arabic-article",
	"a word with the Arabic article «ال» after a given name and a surname's first word ends the surname («محمد مهدی مروج الشریعه»)",
	"محمد مهدی مروج السامکه به عنوان استاندار خراسان جنوبی منصوب شد.")

// arabicArticleWord reports whether token t is a word that no lexicon claims
// and that starts with the Arabic article («الشریعه», «العلوم»).
func (d *document) arabicArticleWord(t int) bool {
	if !d.isWord(t) {
		return false
	}
	k := d.toks[t].key
	return strings.HasPrefix(k, "ال") && utf8.RuneCountInString(k) >= 5 && d.plainWordAnyShape(t)
}

// anySurnameLike reports whether a word of [s,e) is a surname of the lists,
// of a surname's shape, or ends in «ی» («فریبا برنایی بجد»).
func (d *document) anySurnameLike(s, e int) bool {
	for t := s; t < e; t++ {
		if d.surnameLike(t) || strings.HasSuffix(d.toks[t].key, "ی") {
			return true
		}
	}
	return false
}

// rareGivenBeforeSurname reports whether token t is a given name of the long
// tail of the lists («محبوب», «ادریس») right before a surname of the lists
// or of a surname's shape: together they are a name.
func (d *document) rareGivenBeforeSurname(t int) bool {
	if r, ok := d.memoGet(memoRareGiven, t); ok {
		return r
	}
	return d.memoSet(memoRareGiven, t, d.rareGivenBeforeSurnameUncached(t))
}

func (d *document) rareGivenBeforeSurnameUncached(t int) bool {
	if !d.isWord(t) || !d.isWord(t+1) {
		return false
	}
	if !d.in(setKeyGivenAll, t) || d.in(setKeyStop, t) || d.covered(t, catTitle) || d.covered(t+1, catTitle) || d.covered(t+1, catOrg) {
		return false
	}
	return d.surnameLike(t + 1)
}

// secondSurname reports whether token t can be the second word of a surname
// written in two words after a given name and a first word («اصل مرزی»,
// «آذری جهرمی»): a word of a surname's shape, or an unknown word ending in
// «ی» (a surname of place), not a verb or a word of any lexicon.
func (d *document) secondSurname(t int) bool {
	if !d.isWord(t) {
		return false
	}
	k := d.toks[t].key
	if d.in(setKeyStop, t) {
		return false // «عبدالحمید پناهی دارای مدرک …»: a common word shaped like a surname
	}
	if d.surnameLike(t) {
		return !d.covered(t, catTitle) && !d.covered(t, catOrg)
	}
	// An unknown word ending in «ی» is often a noun with the indefinite
	// «ی» («گزارشی»): only a title, a speech verb or a mark after it makes
	// it the end of a name.
	n := t + 1
	boundary := !d.isWord(n) || d.covered(n, catTitle) || d.speakerNext(n) || d.in(setTimeWord, n) && d.speechLater(n)
	if boundary && d.plainWord(t) && strings.HasSuffix(k, "ی") && utf8.RuneCountInString(k) >= 4 {
		return true
	}
	// «زارع تالی رئیس …», «حسن دهقان پور منشادی به عنوان …»: after a
	// surname of the lists or of a surname's shape, any word no list knows
	// is the surname's last when a title or «به عنوان» comes right after.
	return (d.surnameLike(t-1) || d.in(setSurnamePart, t-1)) && d.plainWord(t) && utf8.RuneCountInString(k) >= 3 &&
		(d.covered(n, catTitle) && !d.covered(t, catTitle) || d.asPhraseEnd(n) >= 0)
}

// sourceQuote reports whether token q opens a quotation right after «به
// گزارش», which names the news source («به گزارش «نسیم آنلاین»»).
func (d *document) sourceQuote(q int) bool {
	return isQuote(d.toks[q].punct) && d.tokKey(q-1) == "گزارش"
}

// standaloneName reports whether the name tokens [ns,ne), with no title
// anywhere to give it a role, are surely a person's: after an honorific, or a
// given name with a surname of the lists or of a surname's shape, or with a
// speech verb after it («محسن صیادی اظهار کرد»).
func (d *document) standaloneName(ns, ne int) bool {
	if d.mirApart(ns) && ne-ns >= 3 {
		return d.standaloneName(ns+1, ne) // «میر محمد کریمی»: the name is «محمد کریمی»'s
	}
	k := ns - 1
	for k > 0 && (d.in(setHajj, k) || d.tokKey(k) == "سید") {
		k-- // «تپه حاج عنایت»: a place named after someone with his title («جایگاه آقای …» is his, a person)
	}
	if d.in(setPlaceNoun, k) {
		d.fire(rulePersonPlaceName, k, ne) // «خیابان ابوذر …»: a street's name
		return false
	}
	if ns > 1 && d.sourceQuote(ns-1) {
		d.fire(rulePersonNewsSource, ns-2, ne+1) // «به گزارش «نسیم آنلاین»»: the news source
		return false
	}
	if d.placeListItem(ns) {
		// «روستاهای کنار نرو، محمد طاهری، حسین سادنی …»: villages
		// named like people, in a list of places.
		d.fire(rulePersonPlaceName, ns, ne)
		return false
	}
	if k+1 < ns && d.placeListItem(k+1) {
		// «روستاهای سامک، حاجی کریم و …»: a village named after someone
		// with his title, an item of a list of places.
		d.fire(rulePersonTitledPlaceListItem, k+1, ne)
		return false
	}
	if ne-ns == 1 && d.in(setMartyrEpithet, ns) && d.covered(ns-1, catHonorific) {
		d.fire(rulePersonEpithet, ns-1, ne)
		return false
	}
	if d.covered(ns-1, catHonorific) || ns > 1 && isQuote(d.toks[ns-1].punct) && d.covered(ns-2, catHonorific) {
		return true // «سرهنگ «برزو همتی» گفت»
	}
	if e, ok := d.loneSpeaker(ns); ok && e == ne {
		d.fire(rulePersonLoneSpeaker, ns, ne)
		return true
	}
	if ne-ns >= 2 && d.givenAt(ns) && ns > 0 && ne < len(d.toks) && isQuote(d.toks[ns-1].punct) && isQuote(d.toks[ne].punct) {
		// «حسین فلاح جوشقانی»: a given name and the words after it in
		// quotation marks.
		d.fire(rulePersonQuotedName, ns-1, ne+1)
		return true
	}
	if e, ok := d.quotedSubject(ns); ok && e == ne {
		return true // fired when the name was read
	}
	if e, ok := d.unknownGivenLead(ns); ok && e == ne {
		d.fire(rulePersonUnknownGivenLead, ns, ne)
		return true
	}
	if ne-ns == 2 && d.rareAgencyLead(ns) {
		d.fire(rulePersonAgencyLead, ns, ne)
		return true
	}
	if ne-ns == 2 && !d.givenAt(ns) && d.leadPairBeforeTime(ns) {
		d.fire(rulePersonLeadPairBeforeTime, ns, ne+1)
		return true
	}
	if d.fromBodyItem(ns, ne) {
		d.fire(rulePersonFromBody, ns, ne+2)
		return true
	}
	if ne-ns < 2 || !d.givenAt(ns) {
		return false
	}
	if d.in(setTributeNoun, ns-1) {
		// «از زحمات جابر جهان بین تقدیر شد», «تکریم عیسی فرهادی»
		d.fire(rulePersonTribute, ns-1, ne)
		return true
	}
	if d.surnameLike(ne-1) || d.in(setSurnamePart, ne-1) {
		return true
	}
	next := ne
	if d.tokKey(next) == "نیز" {
		next++
	}
	if d.covered(next, catSpeech) {
		return true
	}
	// «به گزارش خبرنگار، مریم کریمی عصر دیروز در نشست … گفت:»:
	// the agency's lead opens with the speaker's name and ends with their
	// speech verb.
	if d.opensClause(ns) && d.speechLater(ne) {
		d.fire(rulePersonAgencyLead, ns, ne)
		return true
	}
	// «به گزارش خبرنگار مهر جواد مزروعی ظهر چهارشنبه … اظهار داشت»: with
	// no comma after the source, a given name and a surname of the lists
	// or of a surname's shape in the lead.
	// The same with a surname no list knows when the scene comes right
	// after it («… از اراک فرزاد مخلص ظهر امروز در … گفت»).
	if d.afterReportLead(ns) && (d.surnameLikeEnd(ne-1) || d.sceneNext(ne)) && d.speechLater(ne) {
		d.fire(rulePersonAgencyLead, ns, ne)
		return true
	}
	// «به گزارش خبرنگار مهر، محمدرضا سامک ظهر سه‌شنبه وارد کوار شد»:
	// right after the agency's lead, a given name and a word before the
	// time of the event are its subject, whatever the verb.
	if ne-ns == 2 && d.afterLeadComma(ns) && d.in(setTimeWord, ne) {
		d.fire(rulePersonAgencyLead, ns, ne)
		return true
	}
	return false
}

// opensClause reports whether token t opens a sentence or a clause after a
// comma, colon or semicolon.
func (d *document) opensClause(t int) bool {
	if t == 0 {
		return true
	}
	if si := sentenceAt(d.sents, d.toks[t].start); si >= 0 && d.tokAt(d.sents[si].start) == t {
		return true
	}
	switch d.toks[t-1].punct {
	case '،', ',', ':', '؛', ';', '.', '!', '؟', '?':
		return true
	}
	if r := d.toks[t-1].punct; (isDash(r) || isBullet(r)) && d.sentenceFirst(t-1) {
		return true // «- عباس راشاد امروز در گفت‌وگو … گفت»: a list item
	}
	return d.afterScene(t)
}

// afterScene reports whether token t follows a phrase that sets the scene
// of a clause without a comma: «در این بازدید», «در پایان این مراسم».
func (d *document) afterScene(t int) bool {
	if t >= 2 && d.tokKey(t-2) == "این" && d.in(setSceneNoun, t-1) {
		// «در حاشیه این مراسم معنوی بیان داشت»: an adjective of the
		// scene's noun is no name opening the clause.
		return !d.in(setSceneAdjective, t)
	}
	// «صبح امروز اداوی، …», «دقایقی پیش علی نیکزاد، …», «پیش از ظهر
	// جمعه محمد …»: a time at the start of a sentence.
	j := t - 1
	for j >= 0 && t-j <= 4 && d.isWord(j) && (d.in(setTimeWord, j) || d.beforeAfterNoon(j)) {
		j--
	}
	return j < t-1 && (j < 0 || !d.isWord(j))
}

// beforeAfterNoon reports whether token t is a word of «پیش از» or «بعد
// از» before a time word («پیش از ظهر»).
func (d *document) beforeAfterNoon(t int) bool {
	switch d.tokKey(t) {
	case "پیش", "بعد":
		return d.tokKey(t+1) == "از" && d.in(setTimeWord, t+2)
	case "از":
		return (d.tokKey(t-1) == "پیش" || d.tokKey(t-1) == "بعد") && d.in(setTimeWord, t+1)
	}
	return false
}

// speechLater reports whether a speech verb follows token t in its sentence.
func (d *document) speechLater(t int) bool {
	si := sentenceAt(d.sents, d.toks[min(t, len(d.toks)-1)].start)
	if si < 0 {
		return false
	}
	for ; t < len(d.toks) && d.toks[t].start < d.sents[si].end; t++ {
		if d.covered(t, catSpeech) {
			return true
		}
	}
	return false
}

// The rules of names before a title that no lexicon knows.
var (
	rulePersonApposition = newRule("person-apposition",
		"a given name and the words after it, from the start of a clause to a comma before a title, are the title holder's name («علیرضا فعله گری، معاون …»)",
		"بازدید ادامه دارد. مرتضی دلاورگری، معاون فرماندار گفت: کار ادامه دارد.")
	rulePersonLoneSpeaker = newRule("person-lone-speaker",
		"a surname alone opening a clause before a speech verb («تهوری افزود:»), or opening a sentence (or the clause after an agency's lead) whose speech verb comes later, is a person",
		"بازرسی‌ها ادامه دارد. تهوری افزود: انبار پلمب شد.",
		"به گزارش خبرنگار ما، رحمانی در نشست شورای اداری شهرستان گفت: انبار پلمب شد.")
	rulePersonFromBody = newRule("person-from-body",
		"a surname of the lists followed by «از» and a body, as an item of a list («با حضور …، سهرابی از شهرداری، مرادی از شورای اسلامی»), is a person who came from that body",
		"این جلسه با حضور کریمی از شهرداری، احمدی از شورای اسلامی و جمعی از مدیران برگزار شد.")
	rulePersonNewsSource = newBlockingRule("person-news-source",
		"words in quotation marks right after «به گزارش» name the news source, not a person («به گزارش «نسیم آنلاین»»)",
		"به گزارش «نسیم آنلاین»، فرماندار کوار از نانوایی‌ها بازدید کرد.")
	rulePersonWorkName = newBlockingRule("person-work-name",
		"a name in quotation marks right after a noun of a plan, a campaign, a festival, a programme, a work or a news site («طرح «رضا احمدی»», «پایگاه خبری تحلیلی «…»») is that thing's name, not a person's",
		"مدیرکل بهزیستی کوار با اشاره به اجرای طرح «رضا احمدی» در روستاها گفت: طرح ادامه دارد.")
	rulePersonQuotedName = newRule("person-quoted-name",
		"words in quotation marks right before a title are the name of its holder («“اکبری” فرماندار»), and a given name with the words after it, or any words after an honorific, in quotation marks are a name",
		"به گزارش روابط عمومی، “اکبری” فرماندار کوار از نانوایی‌ها بازدید کرد.",
		"فرمانده انتظامی کوار از کشف کالای قاچاق خبر داد.\nدر این بازدید سرهنگ «هورداد کیانی» گفت: بازرسی‌ها ادامه دارد.")
	rulePersonPresentSurname = newRule("person-present-surname",
		"after «با حضور», a word no lexicon knows right before a title is the surname of the one present («با حضور بلاک رئیس ستاد …»)",
		"جلسه انتخاب اعضای هیئت اجرایی کوار با حضور سامکو رئیس ستاد انتخابات شهرستان برگزار شد.")
	rulePersonCountNotSurname = newBlockingRule("person-count-not-surname",
		"a number word before a title («پنج عضو») counts the seats; it is no surname alone",
		"وی گفت: هیات اجرایی ستاد انتخابات دارای هشت عضو اصلی ،پنج عضو علی البدل و سه عضو ثابت رئیس ثبت احوال شهرستان کوار و فرماندار است.")
	rulePersonPortfolioWord = newBlockingRule("person-portfolio-word",
		"after a portfolio's verbal noun and «و» («نظارت و …», «حمایت و …»), a word before a title is the next word of the portfolio, not a surname alone",
		"محمد حسنی، مدیر نظارت و اعتباربخشی معاونت درمان دانشگاه علوم پزشکی کوار گفت: شش مطب پلمب شد.")
	rulePersonLoneSurnameBeforeTitle = newRule("person-lone-surname-before-title",
		"a surname alone (ending in «ی» or of a surname's shape) before a title at the start of a clause or list item, or after «با» and before a comma, is its holder («، جوهری معاون …», «دیدار با نقوی، نماینده …»)",
		"در این جلسه کریمی فرماندار و دلفروزی رئیس اداره ورزش حضور داشتند.",
		"در پی گزارش‌های مردمی در شهر کوار دلفروزی فرماندار کوار از میدان میوه بازدید کرد.",
		"بخشدار در دیدار با نوروزی، نماینده مردم کوار در مجلس از طرح‌ها گفت.")
)

// rulePersonTribute accepts a full name after the nouns of farewells and
// welcomes.
var rulePersonTribute = newRule("person-tribute",
	"a given name and the words after it, after a noun of farewell or welcome («از زحمات …», «تکریم …», «معارفه …»), are the official thanked or introduced",
	"در پایان این مراسم از زحمات جابر جهان بین تقدیر شد.")

// tributeName returns the end of a name that starts with a given name at
// token i after a noun of farewell or welcome: the words up to the verb of
// thanks («تقدیر», «قدردانی»), a title or a mark, at most four.
func (d *document) tributeName(i int) (int, bool) {
	for j := i + 1; j <= i+4 && j <= len(d.toks); j++ {
		if j == len(d.toks) || !d.isWord(j) || d.covered(j, catTitle) || d.in(setThanksWord, j) {
			return j, j-i >= 2
		}
		if d.in(setNameEndWord, j) {
			return 0, false // the name ended without thanks: not this shape
		}
		if d.covered(j, catOrg) {
			return 0, false
		}
	}
	return 0, false
}

// rulePersonEpithet keeps an epithet after an honorific from being a
// name: «شهید پرور» is «martyr-raising», said of a people.
var rulePersonEpithet = newBlockingRule("person-epithet",
	"a word of the martyr epithets alone after an honorific («مردم شهید پرور») is an epithet, no name; after a given name it may still be a surname («حسن پرور»)",
	"فرماندار کوار گفت: مردم شهید پرور این شهر همیشه پای کار بوده‌اند.")

// rulePersonUnknownGivenLead accepts a name whose given name no list knows
// where only a person's name can stand.
var rulePersonUnknownGivenLead = newRule("person-unknown-given-lead",
	"a word no list knows and a surname opening a sentence, followed by «با بیان», «با اشاره», «ضمن», «در گفت‌وگو با» or a speech verb, are a person's name («آرتاش مومنی زاده با بیان اینکه …»)",
	"بازار رصد می‌شود. آرتاش مومنی زاده با بیان اینکه قیمت‌ها پایش می‌شود، گفت: با متخلفان برخورد می‌شود.",
	"بازار رصد می‌شود. کیانمهر حاجی زاده اظهار داشت: با متخلفان برخورد می‌شود.",
	"بازار رصد می‌شود. سامک کریمی‌زاده در گفت‌وگو با خبرنگار ما گفت: با متخلفان برخورد می‌شود.")

var rulePersonUnknownGivenTimed = newRule("person-unknown-given-timed",
	"a word no list knows and a surname opening a sentence are a name when a time («روز جمعه», «صبح امروز») and then a speaker's lead follow them («… روز جمعه در گفت‌وگو با خبرنگار … گفت»)",
	"بازار رصد می‌شود. سامک کواریان روز جمعه در گفت و گو با خبرنگار ما اظهار داشت: کار ادامه دارد.")

// unknownGivenLead returns the end of a name at token t made of a word no
// list knows and a surname of the lists or of a surname's shape (with its
// detached part), when it opens a sentence and the words after it lead to
// what the person said.
func (d *document) unknownGivenLead(t int) (int, bool) {
	// The cheap tests first: this runs at every word of a text.
	if !d.isWord(t) || !d.isWord(t+1) {
		return 0, false
	}
	k := d.toks[t+1].key
	if !(d.in(setSurnamePart, t+2) || d.surnameLike(t+1)) || !d.opensClause(t) {
		return 0, false
	}
	hajj := d.in(setHajj, t+1) && d.in(setSurnamePart, t+2) // «کیامرث حاجی زاده»
	if !(d.surnameLike(t+1) || d.plainWordAnyShape(t+1) || hajj) || d.covered(t+1, catTitle) || d.covered(t+1, catOrg) {
		return 0, false
	}
	if d.givenAt(t) || !d.plainWord(t) || d.afterScene(t) {
		return 0, false
	}
	e := t + 2
	if d.in(setSurnamePart, e) {
		e++
	} else if d.isWord(e) && d.surnameLike(e) && d.covered(e+1, catSpeech) {
		e++ // «امین سلطانی زرندی افزود»: a surname in two words
	} else if d.isWord(e) && d.plainWordAnyShape(e) && !d.in(setTimeWord, e) && (d.sceneNext(e+1) || d.in(setKeySurname, e)) {
		// «امین احمدیان المشیری امروز در …»: before the scene, too; and
		// a second surname of the lists wherever the sentence goes on
		// («ربیع فلاح جلودار در این جشن …»).
		e++
	}
	// «… در گفت‌وگو با خبرنگار …» after the name is a speaker's lead too,
	// after a time too («… روز جمعه در گفت‌وگو با …»).
	lead := d.speakerNext(e) || d.interviewAt(e)
	if s := e; !lead && d.in(setTimeWord, e) {
		for s < e+3 && d.in(setTimeWord, s) {
			s++
		}
		if lead = d.speakerNext(s) || d.interviewAt(s); lead {
			d.fire(rulePersonUnknownGivenTimed, t, s)
		}
	}
	// A surname of the lists, or one with its detached part («بیگ
	// زاده»), is evidence enough when a speech verb ends the sentence.
	strong := e == t+3 || d.lx.surnames[k]
	if !(lead || strong) || !d.speechLater(e) {
		return 0, false
	}
	return e, true
}

// rulePersonNotNamePhrase keeps fixed phrases shaped like names from
// becoming people.
var rulePersonNotNamePhrase = newBlockingRule("person-not-name-phrase",
	"a given name and a surname that together name a campaign or a thing («طرح سلامت نوروزی») are no person, nor is a given name that is the noun of an idiom after «در» («در سایه …»)",
	"تیم‌های سلامت نوروزی از ۴۰ واحد صنفی بازدید کردند.",
	"استاندار سمنان علی رغم ممنوعیت سفر به شهرستان آمد.",
	"فرماندار گفت: کوار در سایه همدلی کریمی مردم آباد شد.")

// setInIdiom holds given names that are also the noun of an idiom after
// «در» («در سایه», «در پرتو»).
var setInIdiom = newWordSet("in_idiom")

// rulePersonThreeWordName accepts a surname in two words between a given
// name opening a clause and a title.
var rulePersonHonorificTwoWordSurname = newRule("person-honorific-two-word-surname",
	"after an honorific, a surname of the lists and a word no lexicon knows right before a title are one surname in two words («مهندس کاظمی ژرفا فرماندار …»)",
	"جلسه با حضور مهندس کاظمی ژرفا فرماندار شهرستان کوار برگزار شد.")

var rulePersonCompoundGiven = newRule("person-compound-given",
	"before a name's surname, a given name that is also a common word («صادق», «امین») is the second word of a compound given name when a given name comes right before it",
	"صبح امروز محمد صادق امیر گلبو فرماندار کوار از ستاد بازدید کرد.")

var rulePersonThreeWordName = newRule("person-three-word-name",
	"a given name opening a clause or after «با حضور», a word and a surname right before a title are one name («حسین سامک خیابانی استاندار …», «محمد صادق رحماندوست سرپرست …»)",
	"به گزارش خبرگزاری، حسین سامک خیابانی استاندار فارس گفت: بازرسی‌ها ادامه دارد.",
	"نشست با حضور کاوه گلبن کلاهی، فرماندار کوار، برگزار شد.",
	"به گزارش روابط عمومی بخشداری، محمد صادق دلاورگرد سرپرست بخشداری مرکزی از روستا بازدید کرد.")

// givenOpensRun reports whether a given name opens the clause (or follows an
// honorific or «با حضور») within the three words before token j, with only
// name words or words no lexicon knows between them.
func (d *document) givenOpensRun(j int) bool {
	for g := j - 1; g >= 0 && g >= j-3; g-- {
		if d.givenAt(g) && (d.opensClause(g) || d.covered(g-1, catHonorific) || d.in(setNameIntro, g-1)) {
			return true
		}
		if !d.nameToken(g) && !d.plainWordAnyShape(g) {
			return false
		}
	}
	return false
}

var rulePersonCommonWordHead = newRule("person-common-word-head",
	"a common word and a word no list knows, between a given name opening the clause and its speech verb or scene, are a surname in two words («محمد گل فشان ظهر امروز … گفت»)",
	"به گزارش خبرنگار ما، حسن گل سامک ظهر امروز در جلسه شورای اداری گفت: طرح ادامه دارد.")

var rulePersonTwoWordSpeaker = newRule("person-two-word-speaker",
	"two words no lexicon knows, opening a sentence right before a speech verb and its colon, are a surname in two words («پالیز گیر گفت: …»)",
	"فرماندار کوار از روستاهای بخش مرکزی بازدید کرد.\nسامک گیر گفت: طرح آبرسانی ادامه دارد.")

var rulePersonAlsoSpeaker = newRule("person-also-speaker",
	"a word no lexicon knows opening a sentence before «همچنین», with a speech verb later in it, is the surname of one who spoke («بیوته همچنین بر لزوم … تاکید کرد»)",
	"فرماندار کوار از بازار بازدید کرد.\nسامک همچنین بر لزوم نظارت بیشتر تاکید کرد.")

var rulePersonLeadingGiven = newRule("person-leading-given",
	"a given name that is also a common word, opening a clause or after «و» or a verb, before a given name, a surname and a title, is the name's first word («و عرفان رضا سامکی بخشدار …»)",
	"جلسه برگزار شد و عرفان رضا سامکی بخشدار مرکزی کوار گزارش داد.")

var rulePersonLongSurname = newRule("person-long-surname",
	"a given name opening a clause and up to three words no lexicon knows right before a title are one name («حسن سامک قزل سفلی فرماندار …»)",
	"به گزارش روابط عمومی، حسن سامک قزل سفلی فرماندار کوار از بازار بازدید کرد.",
	"جلسه با حضور محمد تقی سامک سفلی فرماندار کوار برگزار شد.")

// rareGivenOpening reports whether token t is a given name of the full lists
// (not one of the common words among them) opening a clause: the start of a
// name whose surname no list knows («که ربیع شاهوار استاندار …»).
func (d *document) rareGivenOpening(t int) bool {
	if !d.isWord(t) {
		return false
	}
	return d.in(setKeyGivenAll, t) && !d.in(setKeyStop, t) && !d.in(setNotName, t) && !d.covered(t, catTitle) && (!d.isWord(t-1) || phraseOpener(d.tokKey(t-1)))
}

// rulePersonGluedFullName accepts a given name typed together with its
// surname right before a title.
var rulePersonGluedFullName = newRule("person-glued-full-name",
	"a common given name typed together with the surname after it («محمدحمیدی») right before a title is the holder's full name",
	"مردم با محمدحمیدی فرماندار شهرستان کوار دیدار کردند.")

// gluedFullName reports whether token t is a common given name of the
// glued_given_head set typed together with a surname of three letters or
// more that is no given name, no surname part and no common word.
func (d *document) gluedFullName(t int) bool {
	if !d.isWord(t) || d.in(setKeyStop, t) || d.covered(t, catTitle) || d.covered(t, catOrg) {
		return false
	}
	return d.lx.gluedGiven(d.toks[t].key, func(rest string) bool {
		return !d.lx.given[rest] && !d.lx.has(setSurnamePart, rest) && !d.lx.stop[rest]
	})
}

// rareAgencyLead reports whether a given name of the full lists (not a
// common word) and a surname-like word open a clause at token t whose
// sentence ends with a speech verb («…، ایاد زرگانی در نشست … تاکید کرد»).
func (d *document) rareAgencyLead(t int) bool {
	return d.in(setKeyGivenAll, t) && d.opensClause(t) && d.rareGivenOpening(t) && !d.in(setKeyGiven, t) &&
		d.surnameLikeEnd(t+1) && !d.nameToken(t+2) && d.speechLater(t+2)
}

// leadPairBeforeTime reports whether tokens t and t+1, right after the comma
// of an agency's lead and before the time of the event or the «در»/«با» of
// its scene, are a given name and
// a surname whatever lists know them («به گزارش …، سامک کشاورزی صبح امروز
// … گفت»): the sentence has a speech verb later, the first word is neither
// a word of the language nor a given name of the lists (person-agency-lead
// reads those), and neither word is a title, body, place or honorific.
func (d *document) leadPairBeforeTime(t int) bool {
	if t+2 >= len(d.toks) || !d.afterLeadComma(t) || !d.isWord(t) || !d.isWord(t+1) || d.in(setKeyStop, t) {
		return false
	}
	if !d.in(setTimeWord, t+2) && (d.tokKey(t+2) != "در" && d.tokKey(t+2) != "با" || d.in(setKeyGivenAll, t)) {
		// Before the scene's «در» or «با» only a first word no given-name
		// list knows; a given name there is the agency-lead rules' to read.
		return false
	}
	for k := t; k <= t+1; k++ {
		if d.covered(k, catTitle) || d.covered(k, catOrg) || d.covered(k, catHonorific) || d.covered(k, catSpeech) || d.covered(k, catProvince) || d.covered(k, catCounty) || d.covered(k, catCity) ||
			d.in(setTimeWord, k) || startsDigit(d.tokKey(k)) || verbShaped(d.tokKey(k)) || utf8.RuneCountInString(d.tokKey(k)) < 3 {
			return false
		}
	}
	return d.speechLater(t + 2)
}

var rulePersonLeadPairBeforeTime = newRule("person-lead-pair-before-time",
	"two words right after the comma of an agency's lead and before the time of the event or the «در»/«با» of its scene, in a sentence with a speech verb later, are a given name and a surname, even words of the language («به گزارش …، سامک کشاورزی صبح امروز … گفت»)",
	"به گزارش خبرنگار ما، سامک کشاورزی صبح امروز در جمع خبرنگاران گفت: کار ادامه دارد.",
	"به گزارش خبرنگار ما، سامک هدایت در جمع خبرنگاران کوار گفت: کار ادامه دارد.")

// insidePlace reports whether token t continues the name of a place that
// starts before it («رضوی» of «خراسان رضوی»).
func (d *document) insidePlace(t int) bool {
	for _, c := range []category{catProvince, catCounty, catCity} {
		if d.covered(t, c) && d.covered(t-1, c) {
			return true
		}
	}
	return false
}

// surnameLikeEnd reports whether token t can end a surname: a surname of the
// lists or of a surname's shape, or an unknown word of four letters or more
// ending in «ی».
func (d *document) surnameLikeEnd(t int) bool {
	if !d.isWord(t) {
		return false
	}
	k := d.toks[t].key
	return d.surnameLike(t) || d.plainWordAnyShape(t) && strings.HasSuffix(k, "ی") && utf8.RuneCountInString(k) >= 4
}

// rulePersonReportLeadSpeaker accepts a surname right before a speech verb in
// the sentence of an agency's lead that has no comma after its source.
var rulePersonReportLeadSpeaker = newRule("person-report-lead-speaker",
	"a surname right before a speech verb in a sentence that opens with «به گزارش» and no comma is the speaker («به گزارش روابط عمومی فرمانداری کوار کریمی گفت»)",
	"به گزارش روابط عمومی فرمانداری کوار کریمی گفت: بازرسی‌ها ادامه دارد.")

// afterReportLead reports whether token t stands within the first ten words
// of a sentence that opens with «به گزارش».
func (d *document) afterReportLead(t int) bool {
	s, ok := d.reportLeadStart(t)
	return ok && t-s >= 3 && t-s <= 10
}

// reportLeadStart returns the first token of the sentence of token t when
// that sentence opens with «به گزارش».
func (d *document) reportLeadStart(t int) (int, bool) {
	si := sentenceAt(d.sents, d.toks[t].start)
	if si < 0 {
		return 0, false
	}
	s := d.tokAt(d.sents[si].start)
	// «به گزارش …», and «به نقل از …» (quoting the source) the same way.
	return s, d.tokKey(s) == "به" && (d.tokKey(s+1) == "گزارش" || d.tokKey(s+1) == "نقل" && d.tokKey(s+2) == "از")
}

// afterLeadComma reports whether token t opens the clause after the comma
// of an agency's lead («به گزارش ایرنا، رحمانی در نشست … گفت»): the
// sentence proper starts there.
func (d *document) afterLeadComma(t int) bool {
	if t == 0 {
		return false
	}
	switch d.toks[t-1].punct {
	case '،', ',', '؛', ':':
	default:
		return false
	}
	s, ok := d.reportLeadStart(t)
	if !ok || t-s < 3 || t-s > 16 {
		return false
	}
	for j := s + 2; j < t-1; j++ {
		if !d.isWord(j) {
			return false // only the first comma ends the lead
		}
	}
	return true
}

// twoGivenSurname reports whether name words [ns,ne) are only a given name
// in two words («علی اکبر») and the word after them, which the name's words
// stopped at, is the surname (a common word only with its detached part,
// «کی زاده»): the clause
// they open has a speech verb later. It returns the name's new end.
func (d *document) twoGivenSurname(ns, ne int) (int, bool) {
	if ne-ns != 2 || !d.in(setKeyGiven, ns) || !d.in(setKeyGivenAll, ns+1) || d.in(setKeySurname, ns+1) || !d.opensClause(ns) {
		return 0, false
	}
	t := ne
	if t+1 >= len(d.toks) || !d.isWord(t) || utf8.RuneCountInString(d.tokKey(t)) < 2 || d.covered(t, catSpeech) || d.covered(t, catTitle) || d.covered(t, catOrg) ||
		d.in(setTimeWord, t) || d.in(setKeyGivenAll, t) || verbShaped(d.tokKey(t)) || d.tokKey(t) == "نیز" || d.tokKey(t) == "و" || d.in(setKeyStop, t) && !d.in(setSurnamePart, t+1) {
		return 0, false
	}
	e := t + 1
	if d.in(setSurnamePart, e) {
		e++
	}
	if !d.speechLater(e) {
		return 0, false
	}
	return e, true
}

var rulePersonTwoGivenSurname = newRule("person-two-given-surname",
	"a given name in two words opening a clause whose sentence has a speech verb later takes the word after it as its surname, a word no list knows or a common word before a surname's detached part («حسن رضا کی زاده … گفت»)",
	"به گزارش خبرنگار ما، حسن رضا کی زاده شامگاه یکشنبه در دیدار با مردم کوار گفت: کار ادامه دارد.")

// rulePersonAgencyLead accepts a given name and an unknown surname opening a
// clause whose sentence has a speech verb.
var rulePersonAgencyLead = newRule("person-agency-lead",
	"a given name and an unknown surname opening a clause are a person when their sentence ends with a speech verb («به گزارش …، X Y عصر دیروز در نشست … گفت»), or, right after the lead, when the time of the event follows them",
	"به گزارش خبرنگار ما، داریوش کوارده عصر دیروز در نشست کارگروه آرد و نان گفت: سهمیه‌ها کافی است.",
	"به گزارش خبرنگار ایرنا داریوش کشتکاری ظهر امروز در جمع خبرنگاران گفت: سهمیه‌ها کافی است.",
	"به گزارش خبرگزاری فارس از اراک داریوش دیودک ظهر امروز در حاشیه بازدید گفت: سهمیه‌ها کافی است.",
	"به گزارش ایرنا، ایاد زرگانی در نشست کارگروه بر تامین سوخت کشاورزان تاکید کرد.",
	"به گزارش خبرنگار مهر، محمدرضا سامک ظهر سه‌شنبه وارد کوار شد.")

// loneSurname reports whether the name tokens [ns,ne) are one surname: a
// single word, or a word with its detached surname part («دهقانی زاده»).
func (d *document) loneSurname(ns, ne int) bool {
	return ne-ns == 1 || ne-ns == 2 && d.in(setSurnamePart, ne-1)
}

// shrineBefore returns the token of the shrine noun right before token t,
// or before a saint's title right before t («امامزاده سلطان سیدمحمد»).
func (d *document) shrineBefore(t int) (int, bool) {
	switch {
	case t > 0 && d.in(setShrineNoun, t-1):
		return t - 1, true
	case t > 1 && d.in(setShrineTitle, t-1) && d.in(setShrineNoun, t-2):
		return t - 2, true
	}
	return 0, false
}

// bareName finds a name at token t that no title stands next to: a given
// name and a surname («حمیدرضا ابراهیمی گفت»), a name after an honorific, or
// a surname alone (with its detached part, «دهقانی زاده») that opens a
// clause and is followed by a speech verb
// («خسروی گفت»). It returns the name tokens [ns,ne).
func (d *document) bareName(t int) (ns, ne int, ok bool) {
	if d.insidePlace(t) {
		// «… در چهارمحال و بختیاری خبر داد»: the last word of a place's
		// name before a speech verb is no surname speaking.
		d.fire(rulePersonPlaceName, t, t+1)
		return 0, 0, false
	}
	if d.isWord(t) && t > 0 && d.blessedAfter(t) {
		return 0, 0, false // «… سلام الله علیها»: a blessing, no name
	}
	i := t
	hon := false
	for i < len(d.toks) && d.covered(i, catHonorific) && !d.honorificSurnameTail(i+1) {
		// «سردار زاده با اشاره …»: before a surname's ending the word
		// is the surname's first part, no honorific.
		i++
		hon = true
	}
	if hon && d.covered(t-1, catHonorific) {
		return 0, 0, false
	}
	if !hon && d.gluedHonorificSurname(t) {
		// «دکترجعفری و استاندار …»: the honorific typed together with
		// the surname after it makes the word a name.
		d.fire(rulePersonGluedHonorificSurname, t, t+1)
		hon = true
	}
	if s, ok := d.shrineBefore(t); ok && (hon || s < t-1 || d.in(setKeyGivenAll, t) || d.givenHead(t)) {
		d.fire(rulePersonPlaceName, s, i+1)
		return 0, 0, false // «امامزاده سید مظفر», «امامزاده سلطان سیدمحمد»: a shrine's saint, no person of the news
	}
	if !hon && (d.in(setKeyGivenAll, t) || d.givenHead(t)) && d.isWord(t+1) && d.notNamePhrase(t) {
		d.fire(rulePersonNotNamePhrase, t, t+2)
		return 0, 0, false
	}
	if !hon && d.tokKey(t-1) == "در" && d.in(setInIdiom, t) {
		// «در سایه محبت علوی», «در پرتو …»: a given name that is also
		// the noun of an idiom after «در» begins no name.
		d.fire(rulePersonNotNamePhrase, t-1, t+1)
		return 0, 0, false
	}
	if hon && i < len(d.toks) && isQuote(d.toks[i].punct) {
		// «سرهنگ «نیکروز سلیمانی»»: the words in quotation marks after
		// an honorific are the name, whatever list knows them.
		j := i + 1
		for j < len(d.toks) && j <= i+4 && d.isWord(j) && !d.covered(j, catTitle) && !d.covered(j, catOrg) {
			j++
		}
		if j < len(d.toks) && j > i+1 && isQuote(d.toks[j].punct) {
			d.fire(rulePersonQuotedName, i, j+1)
			return i + 1, j, true
		}
	}
	if !hon && d.in(setTributeNoun, i-1) && d.givenAt(i) {
		// Before the test for a preposition: a noun of tribute may be
		// a stop word too («از خدمات رحیم قاسم زاده قدردانی شد»).
		if e, ok := d.tributeName(i); ok {
			return i, e, true
		}
	}
	if !hon && d.in(setKeyStop, t-1) && d.toks[t-1].key != "و" && !d.afterScene(t) && !d.accordingTo(t) {
		// After a preposition («به صورت», «در حضور») a word is not the
		// subject a bare name would be; only a full name of the lists
		// is a name there («با حضور محمود احمدی‌نژاد»).
		if e, ok := d.fullListedName(t); ok {
			d.fire(rulePersonFullNameAfterWord, t, e)
			return t, e, true
		}
		return 0, 0, false
	}
	if k := d.tokKey(t - 1); !hon && t > 0 && d.isWord(t-1) && startsDigit(k) {
		// After a number a word is the counted noun («۲۰ واحد تهیه»),
		// not a given name.
		if d.in(setKeyGivenAll, t) {
			d.fire(rulePersonMeasuredNoun, t, t+1)
		}
		return 0, 0, false
	}
	if !hon && d.in(setMeasureUnit, t-1) {
		// «۷ هزار تن گندم»: after a unit of measure, what is measured.
		d.fire(rulePersonMeasuredNoun, t, t+1)
		return 0, 0, false
	}
	if !hon && d.mirApart(t) {
		// «میر محمد کریمی»: «میر» typed apart before a given name is the
		// given name's first word, as «میرمحمد» typed together is.
		if s, e, ok := d.bareName(t + 1); ok && s == t+1 {
			d.fire(rulePersonMirApart, t, t+2)
			return t, e, true
		}
	}
	if !hon {
		if e, ok := d.unknownGivenLead(t); ok {
			return t, e, true
		}
	}
	if !hon {
		if e, ok := d.quotedSubject(t); ok {
			d.fire(rulePersonQuotedSubject, t-1, e+1)
			return t, e, true
		}
	}
	if !hon && !d.mayStartName(t) {
		return 0, 0, false
	}
	if !hon && d.commonWordLineSpeaker(t) {
		d.fire(rulePersonCommonWordLineSpeaker, t, t+2)
		return t, t + 1, true
	}
	if !hon && d.rareAgencyLead(t) {
		return t, t + 2, true
	}
	if !hon && !d.givenAt(t) && d.leadPairBeforeTime(t) {
		return t, t + 2, true
	}
	ns, ne = d.nameWords(i, hon)
	if e, ok := d.twoGivenSurname(ns, ne); !hon && ok {
		d.fire(rulePersonTwoGivenSurname, ns, e)
		ne = e
	}
	if ne > ns && d.blessedAfter(ne) {
		// «رزمایش محمد رسول‌الله (ص)», «امام رضا (ع)»: a saint's name.
		d.fire(rulePersonSaint, ns, ne+3)
		return 0, 0, false
	}
	if ne == ns && !hon {
		if e, ok := d.loneSpeaker(t); ok {
			return t, e, true
		}
	}
	if ne == ns {
		return 0, 0, false
	}
	if _, ok := d.matchAt(catTitle, ne); ok {
		return 0, 0, false
	}
	switch {
	case hon:
		return ns, ne, true
	case ne-ns >= 2 && (d.givenAt(ns) || d.rareGivenBeforeSurname(ns)):
		if d.surnameLike(ne-1) || d.in(setSurnamePart, ne-1) || ne-ns >= 3 {
			return ns, ne, true
		}
		// A given name and a word no list knows («سهام عدالت» in «ثبت
		// نام سهام عدالت») name a person only where a name stands: at
		// the start of a clause or before a speech verb or a mark.
		// The end of the text is no mark: an excerpt may stop in the
		// middle of a word («در روزهای محرم بای…»).
		if d.opensClause(ns) || ne < len(d.toks) && !d.isWord(ne) || d.covered(ne, catSpeech) || d.afterReportLead(ns) && (d.surnameLikeEnd(ne-1) || d.sceneNext(ne)) && d.speechLater(ne) {
			return ns, ne, true
		}
		d.fire(rulePersonNameInPhrase, ns, ne)
	case d.loneSurname(ns, ne) && (ne-ns > 1 || d.surnameLike(ns)) && !d.in(setKeyGiven, ns):
		opens := t == 0 || !d.isWord(t-1) || d.toks[t-1].key == "و" && d.in(setKeySurname, ns)
		next := ne
		if d.tokKey(next) == "نیز" {
			next++
		}
		if opens && d.covered(next, catSpeech) {
			return ns, ne, true
		}
		if _, ok := d.loneSpeaker(t); ok {
			return ns, ne, true
		}
		if d.fromBodyItem(ns, ne) {
			return ns, ne, true
		}
	}
	return 0, 0, false
}

// fromBodyItem reports whether the surname of the lists at [ns,ne) is an item
// of a list of those present, with the body it came from after «از» («با
// حضور …، سهرابی از شهرداری، مرادی از شورای اسلامی»).
func (d *document) fromBodyItem(ns, ne int) bool {
	if ne-ns != 1 || ns == 0 || d.tokKey(ne) != "از" {
		return false
	}
	if !d.in(setKeySurname, ns) && !((d.surnameLike(ns) || d.plainWord(ns)) && d.fromBodyListBefore(ns)) {
		return false
	}
	if !d.startsMatch(catOrg, ne+1) && !d.startsMatch(catTitle, ne+1) {
		return false
	}
	p := ns - 1
	return d.toks[p].punct == '،' || d.toks[p].punct == ',' || d.tokKey(p) == "و" || d.tokKey(p) == "حضور"
}

// fullListedName reports whether a given name of the lists at token t is
// followed by a surname the lists know or whose shape is a surname's, and
// where the name ends: evidence enough of a person wherever it stands.
func (d *document) fullListedName(t int) (int, bool) {
	if !d.givenAt(t) || d.in(setKeyPlace, t) {
		return 0, false // «در فردوس رضا ملکی»: a place that is a given name too
	}
	ns, ne := d.nameWords(t, false)
	if ns != t || ne-ns < 2 {
		return 0, false
	}
	if _, ok := d.matchAt(catTitle, ne); ok {
		return 0, false // the title's own rules place the name
	}
	if d.blessedAfter(ne) {
		return 0, false // «امام حسن عسکری (ع)»: a saint's name
	}
	if d.surnameLike(ne-1) || d.in(setSurnamePart, ne-1) {
		return ne, true // (a surname's detached part: «علی حسین زاده»)
	}
	return 0, false
}

// mayStartName reports whether a name can start at token t at all: an
// honorific, a name word or a given name of any list, or a word opening its
// sentence or with a speech verb close after it (a surname speaking). Most
// words are none of these, and bareName's longer tests are skipped for them.
func (d *document) mayStartName(t int) bool {
	if !d.isWord(t) {
		return false
	}
	if d.covered(t, catHonorific) || d.covered(t+1, catSpeech) || d.covered(t+2, catSpeech) || d.covered(t+3, catSpeech) {
		return true
	}
	return d.in(setKeyGivenAll, t) || d.sentenceFirst(t) || d.nameToken(t) || d.afterLeadComma(t) || d.afterScene(t) || d.accordingTo(t)
}

// accordingTo reports whether token t follows «به گفته» (according to): the
// word there names whoever said it («به گفته مظفری، طرح …»).
func (d *document) accordingTo(t int) bool {
	return t >= 2 && d.tokKey(t-1) == "گفته" && d.tokKey(t-2) == "به"
}

// loneSpeaker reports whether a surname alone opens a clause at token t as
// the subject of a statement, and where it ends: a word no lexicon claims,
// or of a surname's shape (with a detached part, «مهاجریان مقدم»), right
// before a speech verb («تهوری افزود:»), or a surname of the lists or of a
// surname's shape at the start of a sentence whose speech verb comes later
// («رحیمی با تاکید بر … گفت»).
func (d *document) loneSpeaker(t int) (int, bool) {
	if !d.isWord(t) {
		return 0, false
	}
	// Cheap tests first: a speech verb right after the word or its
	// detached part, or the word opening its sentence.
	first := d.sentenceFirst(t) || t > 0 && isBullet(d.toks[t-1].punct) && d.sentenceFirst(t-1) || d.afterLeadComma(t)
	scene := !first && d.afterScene(t) // «در این بازدید سقلی ضمن …»
	according := d.accordingTo(t)
	if !first && !scene && !according && !d.covered(t+1, catSpeech) && !d.covered(t+2, catSpeech) && !d.covered(t+3, catSpeech) {
		return 0, false
	}
	lead := false // «به گزارش روابط عمومی فرمانداری X خسروی گفت»
	if !first && !according && !d.opensClause(t) {
		if lead = d.afterReportLead(t); !lead {
			return 0, false
		}
	}
	k := d.toks[t].key
	if d.commonWordLineSpeaker(t) {
		// «شایسته گفت: …» opening a line: a surname that is also a
		// word of the language or a given name, right before a speech
		// verb and its colon.
		d.fire(rulePersonCommonWordLineSpeaker, t, t+2)
		return t + 1, true
	}
	if d.in(setKeyGiven, t) || d.in(setKeyStop, t) || !(d.plainWord(t) || d.surnameLike(t)) {
		return 0, false
	}
	if d.coveredNameless(t) {
		return 0, false
	}
	e := t + 1
	if d.isWord(e) && (d.in(setSurnamePart, e) || d.in(setKeySurname, e)) {
		e++ // «مهاجریان مقدم», «دست پاک»
	} else if first && utf8.RuneCountInString(d.toks[t].key) >= 3 && d.plainWord(e) && utf8.RuneCountInString(d.toks[e].key) >= 3 && d.covered(e+1, catSpeech) && d.colonWithin(e+1, 3) {
		// «پالیز گیر گفت: …»: two words no lexicon knows, opening the
		// sentence right before a speech verb and its colon, are a
		// surname in two words.
		e++
		d.fire(rulePersonTwoWordSpeaker, t, e+1)
	}
	next := e
	if d.tokKey(next) == "نیز" {
		next++
	}
	surnameLike := d.surnameLike(t)
	if according {
		// «به گفته مظفری، …»: the surname of whoever said it, before a
		// comma or the rest of the sentence.
		if surnameLike || d.plainWord(t) && strings.HasSuffix(k, "ی") && utf8.RuneCountInString(k) >= 4 {
			d.fire(rulePersonAccordingTo, t-2, e)
			return e, true
		}
		return 0, false
	}
	if lead {
		// After an agency's lead with no comma the source's words run up
		// to the name: only a surname of the lists or of a surname's
		// shape right before the speech verb is the speaker.
		if surnameLike && d.covered(next, catSpeech) {
			d.fire(rulePersonReportLeadSpeaker, t, e)
			return e, true
		}
		return 0, false
	}
	if d.covered(next, catSpeech) && utf8.RuneCountInString(k) >= 3 {
		return e, true
	}
	if first && surnameLike && d.speechLater(e) {
		return e, true
	}
	if first && d.tokKey(e) == "همچنین" && d.plainWord(t) && utf8.RuneCountInString(k) >= 3 && d.speechLater(e) {
		// «بیوته همچنین بر لزوم … تاکید کرد»: a word opening a
		// sentence before «همچنین» and a speech verb later is the
		// surname of one who spoke before.
		d.fire(rulePersonAlsoSpeaker, t, e+1)
		return e, true
	}
	if first && d.plainWord(t) && d.interviewAt(next) && d.speechLater(e) {
		// «عدل در گفت‌وگو با ایسنا گفت»: whoever gives an interview is a
		// person, whatever the shape of the surname.
		d.fire(rulePersonInterviewed, t, e)
		return e, true
	}
	if (first || scene) && (surnameLike || d.plainWord(t) && strings.HasSuffix(k, "ی") && utf8.RuneCountInString(k) >= 4) &&
		(d.tokKey(next) == "ضمن" || d.tokKey(next) == "به" && d.tokKey(next+1) == "همراه" || d.tokKey(next) == "در" && d.tokKey(next+1) == "این" && d.in(setSceneNoun, next+2) ||
			d.tokKey(next) == "با" && d.in(setSpeechLeadNoun, next+1) || first && d.subjectSceneAfter(next)) {
		// «ملانوری به همراه معاون … از بازار بازدید کرد»: a surname
		// opening a sentence as the subject of a visit.
		d.fire(rulePersonSubjectSurname, t, next+1)
		return e, true
	}
	if first && d.plainWord(t) && d.tokKey(next) == "با" && d.in(setSpeechLeadNoun, next+1) && d.speechLater(e) {
		// «سامکان با اشاره به … گفت»: a sentence that goes on to say
		// what its subject said has a speaker, so the word opening it is
		// the speaker's surname, whatever its shape.
		d.fire(rulePersonSpeechLeadSubject, t, next+2)
		return e, true
	}
	return 0, false
}

// coveredNameless reports whether token t is a word of a title, a body, an
// office or a place, which no lone surname is.
func (d *document) coveredNameless(t int) bool {
	for _, c := range []category{catTitle, catOrg, catOffice, catCounty, catProvince, catCity} {
		if d.covered(t, c) {
			return true
		}
	}
	return false
}

// commonWordLineSpeaker reports whether token t, a given name or a word of
// the language («شایسته», «دهقان»), opens a line right before a speech verb
// whose colon follows: there it can only be the surname of the one who
// speaks, unless it is a pronoun («وی», «او»).
func (d *document) commonWordLineSpeaker(t int) bool {
	if !d.lineStart(t) || !d.isWord(t) || d.in(setKeySurname, t) || d.surnameLike(t) || d.in(setSpeakerPronoun, t) {
		return false
	}
	if !d.covered(t+1, catSpeech) || !d.colonWithin(t+1, 3) || d.coveredNameless(t) || d.covered(t, catSpeech) || d.in(setTimeWord, t) {
		return false
	}
	if utf8.RuneCountInString(d.toks[t].key) < 3 {
		return false
	}
	// Written elsewhere in the article too («احمد حاج پروانه … پروانه
	// گفت:»), the word is read where it stands in a fuller name, or is a
	// word of the text after all.
	return len(d.tokensWithKey(d.toks[t].key)) == 1
}

var rulePersonTitledPlaceListItem = newBlockingRule("person-titled-place-list-item",
	"a name after «حاج», «حاجی» or «سید» that is an item of a list of places («روستاهای سامک، حاجی کریم و کوار») is a village or a quarter named after someone, no person",
	"راه روستاهای سامک، حاجی کریم و کوار بازسازی شد.")

var rulePersonCommonWordLineSpeaker = newRule("person-common-word-line-speaker",
	"a word of the language or a given name opening a line right before a speech verb and its colon («شایسته گفت:») is the surname of the one who speaks, unless it is a pronoun («وی», «او»)",
	"بازرسی از بازار ادامه دارد.\nشایسته افزود: دو واحد پلمب شد.")

// rulePersonSpeechLeadSubject accepts any word no lexicon knows opening a
// sentence that leads to a speech verb through «با اشاره به» and the like.
var rulePersonSpeechLeadSubject = newRule("person-speech-lead-subject",
	"a word no lexicon knows opening a sentence (or the clause after an agency's lead) before «با اشاره به», «با بیان اینکه» or «با تاکید بر» and a speech verb later is the speaker's surname, whatever its shape",
	"بازدید از طرح‌ها ادامه دارد. سامکان با اشاره به طرح‌های نیمه‌تمام روستاها گفت: طرح ادامه دارد.")

var rulePersonSaint = newBlockingRule("person-saint",
	"a name followed by a blessing in parentheses («(ع)», «(ص)», «(س)», «(عج)») or written out («علیه السلام») is a saint's or the Prophet's, no person of the news",
	"این رزمایش با نام محمد رسول‌الله (ص) در چابهار برگزار شد.",
	"زائران برای مراسم شهادت حضرت علی علیه السلام به عراق رفتند.")

// blessedAfter reports whether a blessing in parentheses follows token e
// («(ع)», «(ص)», «(س)», «(عج)»); «(ره)», said of the late, is not one of
// them: a late local figure is still a named person of the news.
func (d *document) blessedAfter(e int) bool {
	switch d.tokKey(e) {
	case "علیه", "علیها", "علیهم", "علیهما":
		// «حضرت علی علیه السلام», «حضرت زهرا علیهاالسلام»: the blessing
		// written out.
		k := d.tokKey(e + 1)
		return k == "السلام" || strings.HasSuffix(d.tokKey(e), "السلام")
	case "علیهالسلام", "علیهاالسلام", "علیهمالسلام":
		return true
	case "سلام", "صلوات", "صلی":
		// «حضرت فاطمه زهرا سلام الله علیها», «صلی الله علیه و آله»
		return d.tokKey(e+1) == "الله" && strings.HasPrefix(d.tokKey(e+2), "علیه")
	case "سلامالله", "صلواتالله", "صلیالله":
		return strings.HasPrefix(d.tokKey(e+1), "علیه")
	}
	// «(ع)», and ««س»» in guillemets or quotes as some portals write it.
	if e+2 >= len(d.toks) || !(d.toks[e].punct == '(' && d.toks[e+2].punct == ')' || isQuote(d.toks[e].punct) && isQuote(d.toks[e+2].punct)) {
		return false
	}
	switch d.toks[e+1].key {
	case "ع", "ص", "س", "عج":
		return true
	}
	return false
}

var rulePersonAccordingTo = newRule("person-according-to",
	"a surname right after «به گفته» (according to) is whoever said it («به گفته مظفری، طرح ادامه دارد»)",
	"فرماندار از بازار بازدید کرد. به گفته دلاوری، طرح نظارتی تا پایان ماه ادامه دارد.")

// rulePersonSubjectSurname accepts a surname opening a sentence before
// «به همراه» or «ضمن»: the subject of what the sentence reports.
var rulePersonSubjectSurname = newRule("person-subject-surname",
	"a surname opening a sentence (or the clause after «در این بازدید» or an agency's lead) right before «به همراه», «ضمن», «در این بازدید» or «با اشاره/تاکید/بیان», or such a surname opening a sentence before «همچنین» or a scene («در جلسه», «در دومین سفر»), is its subject («ملانوری به همراه معاون … بازدید کرد»)",
	"استاندار فارس از بازار کوار بازدید کرد.\nدلاوری به همراه معاون اقتصادی از بازار بازدید کرد.",
	"سفر استاندار به کوار\nکریمی در دومین سفر شهرستانی خود از روستاها بازدید کرد.",
	"استاندار فارس از بازار کوار بازدید کرد.\n🔹دلاوری در این بازدید از نانوایی‌ها نیز سرکشی کرد.",
	"فرماندار از روستاها بازدید کرد. در این بازدید دلاوری ضمن گفت‌وگو با اهالی از طرح‌ها خبر داد.",
	"به گزارش خبرگزاری از کرمان؛ دلاوری با تاکید بر نظارت بر بازار از نانوایی‌ها بازدید کرد.",
	"به گزارش ایسنا و به نقل از روابط عمومی و امور بین‌الملل استانداری قم، دلاوری در این مراسم از تلاش کارکنان قدردانی کرد.")

// fromBodyListBefore reports whether a surname of the lists with «از» and a
// body stands among the twelve tokens before token t, after a comma: t is
// then a further item of the same list («سهرابی از شهرداری، مرادی از
// شورای اسلامی، یگانه از شبکه بهداشت»), whatever lexicon knows its word.
func (d *document) fromBodyListBefore(t int) bool {
	for j := t - 2; j > 0 && j >= t-12; j-- {
		if d.tokKey(j+1) == "از" && d.in(setKeySurname, j) && (d.toks[j-1].punct == '،' || d.toks[j-1].punct == ',' || d.tokKey(j-1) == "حضور") {
			return true
		}
	}
	return false
}

// subjectSceneAfter reports whether the words from token t set the scene of
// a sentence whose subject comes before them: «همچنین», or «در» and a scene
// noun, after an ordinal or not («در جلسه شورای اداری», «در دومین سفر»).
func (d *document) subjectSceneAfter(t int) bool {
	switch d.tokKey(t) {
	case "همچنین":
		return true
	case "در":
		n := t + 1
		if d.ordinalAt(n) {
			n++
		}
		return d.in(setSceneNoun, n)
	}
	return false
}

// commonWordBeforeSpeech reports whether token t is a word of the language or
// a place's name («روستا», «دلفان») right before a speech verb: where a
// name's surname stands, whatever else the word is.
func (d *document) commonWordBeforeSpeech(t int) bool {
	if !d.isWord(t) || !d.covered(t+1, catSpeech) {
		return false
	}
	k := d.toks[t].key
	if utf8.RuneCountInString(k) < 3 || verbShaped(k) || startsDigit(k) {
		return false
	}
	if !d.lx.stop[k] && !d.lx.places[k] && !d.covered(t, catCounty) && !d.covered(t, catCity) {
		return false
	}
	for _, c := range []category{catTitle, catOrg, catOffice, catHonorific, catPronoun, catSpeech, catProvince} {
		if d.covered(t, c) {
			return false
		}
	}
	return true
}

// rulePersonSurnamePartApart reads a word and a surname's ending written
// apart after a given name as one surname.
var rulePersonSurnamePartApart = newRule("person-surname-part-apart",
	"a given name opening a clause (or after an honorific), any word of three letters or more and a surname's ending written apart («پور», «زاده», «مهر»), right before a title, are one name («مهدی کوار پور معاون …»)",
	"در این جلسه مهدی کوار پور معاون عمرانی فرمانداری کوار گفت: طرح‌ها اجرا شد.")

// wordBeforeSurnamePart reports whether token k, before a surname's ending
// written apart, is the surname's first word: a word of three letters or
// more that is no title, body or honorific, after a given name that opens
// the clause or follows an honorific.
func (d *document) wordBeforeSurnamePart(k int) bool {
	return k >= 1 && d.isWord(k) && utf8.RuneCountInString(d.toks[k].key) >= 3 && !d.covered(k, catTitle) && !d.covered(k, catOrg) &&
		!d.covered(k, catHonorific) && d.givenAt(k-1) && (d.opensClause(k-1) || d.covered(k-2, catHonorific))
}
