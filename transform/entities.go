package transform

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// rawMention is a mention before it is resolved to a person.
type rawMention struct {
	kind       string
	start, end int32 // mention text
	name       string
	nameKeys   []string
	role, org  string
	headKey    string
	rules      *tracer // the rules that found the mention
	person     int     // index into persons, -1 when unresolved
	speaker    bool
	quote      string
	bare       bool // a name with no title next to it
	martyr     bool // a name after «شهید»
	// commemorated marks a name after the noun of an anniversary or a
	// passing («سالروز شهادت آیت‌الله …», «رحلت …», «پیکر …»): one spoken
	// of, who neither holds nor breaks a link between a title and a name.
	commemorated bool
	listed       bool // a name in a list of names (person-listed-name)
	said         bool // a headline's surname before its colon (person-headline-speaker)
	// oblique marks a full name after a preposition or a common word
	// (person-full-name-after-word): no subject, so it takes no title by
	// discourse («در دولت محمود احمدی‌نژاد»).
	oblique bool
	// thankedQuoted marks a name in quotation marks after a noun of thanks
	// («از خدمات «…» تقدیر»): the marks set it off as a person's name.
	thankedQuoted bool
	// credit marks a newsroom's credit, a reporter's dateline or a byline
	// («باشگاه خبرنگاران جوان؛ فاطمه نادری - …»): it neither takes nor
	// breaks the link between an unnamed title and the name that speaks.
	credit bool
	// tailStart, when not zero, is where the name ended before
	// person-repeated-surname-tail added a surname's last part: whether a
	// bare name is one is judged on the words before it.
	tailStart int32
}

// person is a person under construction.
type person struct {
	name     string
	nameKeys []string
	role     string
	org      string
	first    int32
	mentions []int   // indices into the raw mention list
	rules    *tracer // the rules that made the person, their name and role
	// titleHits are rules that fired in the headline, offsets into the title.
	titleHits []ruleHit
}

// collectMentions finds name, title and pronoun mentions.
func (d *document) collectMentions() []rawMention {
	var ms []rawMention
	usedName := make(map[int]bool)
	phraseEnd := -1
	lastTitled, lastTitledEnd := -1, -1 // the last name found with a title, and where its title ends
	ms = d.agencyReporters(ms, usedName)
	for _, m := range d.by[catTitle] {
		if m.glued && !d.isWord(d.tokAt(m.start)) {
			continue
		}
		s, _ := d.tokSpan(m)
		if d.insidePronoun(m) {
			continue // «این مقام مسئول» refers back; «مسئول» is no title here
		}
		if s >= 0 && d.isWord(s+1) && d.lx.has(setNotTitlePhrase, d.toks[s].key+d.toks[s+1].key) && !d.standsIn(s) {
			d.fire(ruleRoleNotTitlePhrase, s, s+2)
			continue
		}
		if s >= 1 && (d.tokKey(s-1) == "بی" || d.tokKey(s-1) == "بد") {
			// «کودکان بی سرپرست و بد سرپرست»: children without a
			// guardian, no one's title.
			d.fire(ruleRoleNotTitlePhrase, s-1, s+1)
			continue
		}
		if s >= 2 && d.tokKey(s-1) == "عمومی" && d.tokKey(s-2) == "روابط" || s >= 1 && d.tokKey(s-1) == "دفتر" {
			// «به گزارش روابط عمومی معاونت بهداشت، …», «دفتر امام
			// جمعه»: an office (whose press desk reports), no one's title.
			d.fire(ruleRoleNotTitlePhrase, s-2, s+1)
			phraseEnd = d.titlePhraseOf(m).end
			continue
		}
		if s < 0 || usedName[s] || s < phraseEnd {
			// A title inside the phrase of the title before it names
			// the same person's organisation («معاون … استاندار کرمان»).
			continue
		}
		tp := d.titlePhraseOf(m)
		if tp.end <= tp.head+1 && d.speakerFollows(tp.head+1) && d.in(setKeyGiven, tp.head-1) && !d.covered(tp.head-1, catTitle) {
			// «یوسف قاضی افزود: …», «یوسف قاضی روز دوشنبه در گفت‌وگو
			// با …»: a one-word title between a given name and a
			// speech verb, or the scene of what the person said, is
			// the surname, no post.
			ms = append(ms, d.titleWordSurname(tp.head, usedName))
			phraseEnd = tp.head + 1
			continue
		}
		headship := d.tokKey(tp.head) == "ریاست"
		_, te := d.tokSpan(m)
		calling := !headship && d.callingSpan(tp.head, te)
		if calling {
			// «حسن کریمی خبرنگار ایرنا»: a calling is a title only
			// right after its holder's name; «به گزارش خبرنگار …» names
			// nobody.
			if ns, _, _, ok := d.nameBefore(tp.head); !ok || usedName[ns] || d.toks[tp.head-1].punct != 0 {
				phraseEnd = tp.head + 1
				continue
			}
		}
		if headship {
			// «دکتر اعلمی ریاست بیمارستان»: headship is a title only
			// right after its holder's name; «به ریاست فرماندار»,
			// «ریاست جلسه» name a chair, no post.
			// «نهاد ریاست جمهوری», «مناطق محروم نهاد ریاست جمهوری»: the
			// presidency, no one's headship, unless a surname of the lists
			// names its holder («به ریاست پزشکیان ریاست جمهوری»).
			if ns, _, _, ok := d.nameBefore(tp.head); !ok || usedName[ns] || d.toks[tp.head-1].punct != 0 || d.tokKey(tp.head+1) == "جمهوری" && !d.in(setKeySurname, tp.head-1) {
				phraseEnd = tp.end
				if d.tokKey(tp.head-1) == "به" && !d.isHeadline && !d.presenceBefore(tp.head-1) {
					if _, ok := d.matchAt(catTitle, tp.head+1); ok {
						// «به ریاست فرماندار …»: the chair's title is a
						// title of its own; «ریاست» alone is none.
						phraseEnd = tp.head + 1
					}
				}
				continue
			}
		}
		// A post the title's holder also holds, named after «و», is the
		// role («معاون استاندار و فرماندار ویژه مراغه», «نماینده ولی فقیه
		// در استان و امام جمعه شهر»); pairRule says which pair it was.
		var pairRule *Rule
		pairAt := tp.head
		switch key := NormalizeKey(tp.role); {
		case key == deputyGovernorGeneralKey:
			// A county's governor holds the province's deputyship with
			// the post; the governorship is the role.
			if tp2, ok := d.postAfterAnd(d.andAt(tp.end), governorKeyPrefix); ok {
				tp.role, tp.org, tp.end, tp.implied = tp2.role, tp2.org, tp2.end, tp2.implied
				pairRule = ruleRoleGovernorWithDeputyship
			}
		case isLeaderRepresentative(key):
			// The pulpit is the post the labels name; the representation
			// goes with it.
			if tp2, ok := d.postAfterAnd(d.andAfterSeat(tp.end), fridayImamKey); ok {
				tp.role, tp.org, tp.end, tp.implied = tp2.role, tp2.org, tp2.end, tp2.implied
				pairRule = ruleRoleImamWithRepresentation
			}
		}
		phraseEnd = tp.end
		rm := rawMention{role: tp.role, org: tp.org, headKey: tp.headKey, person: -1, rules: newTracer()}
		d.cur = rm.rules
		if headship {
			d.fire(ruleRoleHeadshipAfterName, tp.head, tp.head+1)
		}
		if d.tokKey(tp.head-1) == "ریاست" && d.tokKey(tp.head-2) == "به" {
			d.fire(ruleRoleChairTitle, tp.head-2, tp.head+1)
		}
		if calling {
			d.fire(ruleRoleCallingAfterName, tp.head, tp.head+1)
		}
		if pairRule != nil {
			d.fire(pairRule, pairAt, tp.end)
		}
		head := tp.head
		as := d.appointedAs(head)
		if as >= 0 {
			d.fire(rulePersonAsTitle, as, head)
			head = as
			if d.tokKey(head-1) == "رای" && startsDigit(d.tokKey(head-2)) && d.tokKey(head-3) == "با" {
				// «محمد آوازه با ۱۳ رای به عنوان منشی …»: the votes
				// between the one elected and the post.
				d.fire(rulePersonElectedWithVotes, head-3, head)
				head -= 3
			}
			if k := d.tokKey(head - 1); k == "را" || k == "نیز" {
				// «… حسن مظفری را به سمت مدیرکل … منصوب کرد», «“هادی
				// مصور” نیز به عنوان بخشدار … معرفی شد»
				head--
			}
			_, _, _, named := d.nameBefore(head)
			if r := d.objectBefore(as); !named && r >= 0 {
				// «استاندار … در حکمی مهدی محمدی را که پیش از این …
				// بود، به عنوان مدیرکل … منصوب کرد»
				d.fire(rulePersonAppointedObject, r, as)
				head = r
			} else if k := d.decreeBefore(as); k >= 0 {
				if !named {
					// «X با حکم استاندار … به عنوان فرماندار»: X, not the
					// one who signed, is appointed.
					d.fire(rulePersonByDecree, k, k+2)
					head = k
				}
			} else if !named {
				if ne := d.subjectBefore(as); ne >= 0 {
					// «حسن کریمی امروز در مراسمی به عنوان فرماندار
					// ملکان معرفی می‌شود»
					d.fire(rulePersonAsTitleSubject, ne, as)
					head = ne
				}
			}
		}
		d.fire(ruleRoleTitlePhrase, tp.head, max(tp.end, tp.head+1))
		for _, h := range tp.rules {
			d.fireSpan(h.rule, h.start, h.end)
		}
		// named makes tokens [ns,ne) the title's holder, found by rule r.
		named := func(ns, ne int, r *Rule, fireEnd int) {
			rm.kind = MentionName
			rm.start, rm.end = d.toks[ns].start, d.toks[ne-1].end
			for t := ns; t < ne; t++ {
				usedName[t] = true
			}
			d.fire(r, ns, fireEnd)
		}
		if ns, ne, _, ok := d.nameBefore(head); ok && !usedName[ns] {
			named(ns, ne, rulePersonNameBeforeTitle, ne)
		} else if ns, ne, _, ok := d.nameAfter(tp.end); ok && !usedName[ns] && !d.signerBeforeAppointee(tp.head, ne) && !d.titleInApposition(ne) && !d.saintAfter(tp) {
			named(ns, ne, rulePersonNameAfterTitle, ne)
		} else if ns, ne, ok := d.signatureName(tp.head); ok && !usedName[ns] {
			named(ns, ne, rulePersonSignature, tp.head+1)
		} else {
			rm.kind = MentionTitle
			rm.start, rm.end = d.toks[tp.head].start, d.toks[max(tp.end, tp.head+1)-1].end
		}
		d.cur = nil
		if rm.kind == MentionName {
			rm.name = d.text(rm.start, rm.end)
			for t := d.tokAt(rm.start); t < len(d.toks) && d.toks[t].start < rm.end; t++ {
				rm.nameKeys = append(rm.nameKeys, d.toks[t].key)
			}
		}
		over := -1 // the word that decided the appointment (appointedOver)
		if rm.kind == MentionTitle && as >= 0 && lastTitled >= 0 && d.onlyLinkWords(lastTitledEnd, as) && !d.in(setSeatTitle, tp.head) {
			over = d.appointedOver(tp)
		}
		if over >= 0 {
			// «مرتضی میرزایی معاون سیاسی فرمانداری دلگان به عنوان
			// بخشدار درودزن معرفی شد»: the post someone was appointed
			// to is their role, not the title they held.
			p := &ms[lastTitled]
			p.role, p.org = rm.role, rm.org
			p.rules.hits = append(p.rules.hits, rm.rules.hits...)
			d.cur = p.rules
			d.fire(ruleRoleAppointedOverHeld, as, tp.end)
			if over > tp.head {
				d.fire(ruleRoleAppointedNewPost, over, over+1)
			}
			d.cur = nil
			continue
		}
		ms = append(ms, rm)
		if rm.kind == MentionName {
			lastTitled, lastTitledEnd = len(ms)-1, tp.end
		}
	}
	ms = d.bylines(ms, usedName)
	ms = d.appointedLists(ms, usedName)
	ms = d.martyrs(ms, usedName)
	if rm, ok := d.headlineSpeaker(usedName); ok {
		ms = append(ms, rm)
	}
	// Names with no title next to them: kept when they name a person
	// already known or the official of an unnamed title just before.
	covered := make([]bool, len(d.toks))
	for _, rm := range ms {
		for t := d.tokAt(rm.start); t < len(d.toks) && d.toks[t].start < rm.end; t++ {
			covered[t] = true
		}
	}
	// The rules bareName fires are kept only for the names it accepts.
	var scratch tracer
	for t := 0; t < len(d.toks); t++ {
		if covered[t] || usedName[t] || !d.isWord(t) {
			continue
		}
		scratch.hits = scratch.buf[:0]
		d.cur = &scratch
		ns, ne, ok := d.bareName(t)
		listed := false
		if lns, lne, lok := d.listedName(t, usedName); lok && (!ok || ns == lns && ne == lne) {
			ns, ne, ok, listed = lns, lne, true, true
		}
		d.cur = nil
		if !ok || usedName[ns] {
			continue
		}
		if !listed && ne-ns == 2 && d.givenHead(ns) {
			// «فتح اله» alone is one given name written apart, as
			// «فتح‌اله» is one word: no surname, so no name to place.
			d.fire(rulePersonCompoundGivenAlone, ns, ne)
			continue
		}
		if ns > 0 && d.in(setPlaceNoun, ns-1) && !d.covered(ns, catHonorific) || d.placeOfAyatollah(ns) {
			// «درمانگاه خیری شلمزار»: a place's name after its noun,
			// no one the titles around it speak of.
			d.fire(rulePersonPlaceName, ns-1, ne)
			for k := ns; k < ne; k++ {
				usedName[k] = true
			}
			continue
		}
		if ns > 1 && isQuote(d.toks[ns-1].punct) && (d.in(setWorkNoun, ns-2) || d.in(setPlaceNoun, ns-2)) {
			// «طرح «رضا احمدی»», «پایگاه خبری «…»»: a plan, a work
			// or a site named in quotation marks.
			d.fire(rulePersonWorkName, ns-2, ne+1)
			for k := ns; k < ne; k++ {
				usedName[k] = true
			}
			continue
		}
		rm := rawMention{kind: MentionName, bare: true, listed: listed, person: -1, start: d.toks[ns].start, end: d.toks[ne-1].end, rules: newTracer()}
		for _, h := range scratch.hits {
			rm.rules.add(h.rule, h.start, h.end)
			rm.oblique = rm.oblique || h.rule == rulePersonFullNameAfterWord
		}
		k := ns - 1
		for k > 0 && d.covered(k, catHonorific) {
			k-- // «از زحمات حجت الاسلام …»
		}
		if d.objectOfWith(k) {
			rm.rules.add(rulePersonMetNotHolder, d.toks[k].start, rm.end)
			rm.oblique = true
		}
		if d.in(setCommemorated, k) {
			// «سالروز شهادت آیت‌الله سید حسن مدرس»: a figure of the past.
			rm.rules.add(rulePersonCommemorated, d.toks[k].start, rm.end)
			rm.oblique, rm.commemorated = true, true
		}
		if d.in(setGovernmentOf, k) {
			// «در پی سیاست‌های دولت جناب آقای دکتر X»: the head of the
			// government is spoken of, not the official of the headline.
			rm.rules.add(rulePersonGovernmentOf, d.toks[k].start, rm.end)
			rm.oblique = true
		}
		if tk := d.thankedNounBefore(k); tk >= 0 {
			rm.thankedQuoted = isQuote(d.toks[k].punct) && ne < len(d.toks) && isQuote(d.toks[ne].punct)
			k = tk
		}
		if d.in(setThankedNoun, k) {
			// «از زحمات حسن کریمی قدردانی شد»: the one thanked is spoken
			// of, not the official a title near it speaks of. (At a
			// farewell, «تودیع حسن کریمی», the one leaving keeps the post
			// the article speaks of: «تودیع» is no noun of thanks.)
			rm.rules.add(rulePersonThankedSpokenOf, d.toks[k].start, rm.end)
			rm.oblique = true
		}
		rm.name = d.text(rm.start, rm.end)
		for k := ns; k < ne; k++ {
			rm.nameKeys = append(rm.nameKeys, d.toks[k].key)
			usedName[k] = true
		}
		ms = append(ms, rm)
		t = ne - 1
	}
	d.surnameTails(ms, usedName)
	for _, m := range d.by[catPronoun] {
		ms = append(ms, rawMention{kind: MentionPronoun, start: m.start, end: m.end, person: -1})
	}
	slices.SortStableFunc(ms, func(a, b rawMention) int { return cmp.Compare(a.start, b.start) })
	return ms
}

// surnameTails extends a name of two words or more by the word after it when
// the text names the person again by their last word and that word together
// («حسن سامک مرن در این دیدار … مهندس سامک مرن در ادامه …»): the word is
// the last part of a surname of three words or of two, whatever list knows
// it. The pairs are counted in one pass over the tokens.
func (d *document) surnameTails(ms []rawMention, usedName map[int]bool) {
	// A surname of four words grows twice («حسن سامک مرن کوه»).
	for range 2 {
		if !d.surnameTail(ms, usedName) {
			return
		}
	}
}

// surnameTail extends each name as surnameTails says by one word, and reports
// whether any grew.
func (d *document) surnameTail(ms []rawMention, usedName map[int]bool) bool {
	type tail struct{ mention, last, next int }
	var cands []tail
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionName || len(m.nameKeys) < 2 {
			continue
		}
		last := d.tokAt(m.end - 1)
		next := last + 1
		if !(d.plainWordAnyShape(next) || d.in(setSurnameEndStop, next)) || usedName[next] || d.in(setKeyGivenAll, next) || d.anyCovered(next) {
			continue
		}
		cands = append(cands, tail{i, last, next})
	}
	if len(cands) == 0 {
		return false
	}
	// The candidates by the pair of words they would make. A pair counts
	// where it stands without the word before it in the name: a repeat of
	// the whole name («… سرمربی» twice in a page of teasers) tells nothing.
	byPair := make(map[[2]string][]int, len(cands))
	for ci, c := range cands {
		p := [2]string{d.toks[c.last].key, d.toks[c.next].key}
		byPair[p] = append(byPair[p], ci)
	}
	// For each pair, the keys of the words before its occurrences: the
	// first one and whether there is another. A candidate's pair is
	// repeated when it stands once after a word other than the name's
	// own. Asking each candidate of a pair at each occurrence would be
	// quadratic in a text that repeats one name thousands of times.
	type before struct {
		first string
		more  bool
	}
	befores := make(map[[2]string]*before, len(byPair))
	for t := 0; t+1 < len(d.toks); t++ {
		p := [2]string{d.toks[t].key, d.toks[t+1].key}
		if _, ok := byPair[p]; !ok || !d.isWord(t) || !d.isWord(t+1) {
			continue
		}
		k := "\x00" // the text's start: no word before, unlike any name's
		if t > 0 {
			k = d.toks[t-1].key
		}
		if b := befores[p]; b == nil {
			befores[p] = &before{first: k}
		} else if k != b.first {
			b.more = true
		}
	}
	repeated := make([]bool, len(cands))
	for ci, c := range cands {
		b := befores[[2]string{d.toks[c.last].key, d.toks[c.next].key}]
		repeated[ci] = b != nil && (b.more || b.first != d.toks[c.last-1].key)
	}
	grew := false
	for ci, c := range cands {
		if !repeated[ci] {
			continue
		}
		grew = true
		m := &ms[c.mention]
		if m.tailStart == 0 {
			m.tailStart = d.toks[c.last].end
		}
		m.end = d.toks[c.next].end
		m.name = d.text(m.start, m.end)
		m.nameKeys = append(m.nameKeys, d.toks[c.next].key)
		usedName[c.next] = true
		if m.rules != nil {
			m.rules.add(rulePersonRepeatedSurnameTail, d.toks[c.last].start, m.end)
		}
	}
	return grew
}

// gluedNames finds the person named by one word that is a given name typed
// together with a surname («حسنسامکی») from that surname alone. It indexes
// the persons appended since its last use, so that a long text costs time in
// proportion to its persons, not their square.
type gluedNames struct {
	n         int            // persons indexed: ps[:n]
	bySurname map[string]int // the surname after a given name of one word → the first such person
}

// find returns the person named by one word of a given name and the surname
// m names alone («… حسنسامکی …» and later «سامکی افزود»), or -1.
func (g *gluedNames) find(d *document, ps []person, m *rawMention) int {
	if len(m.nameKeys) != 1 || utf8.RuneCountInString(m.nameKeys[0]) < 3 {
		return -1
	}
	for ; g.n < len(ps); g.n++ {
		if len(ps[g.n].nameKeys) != 1 {
			continue
		}
		w := ps[g.n].nameKeys[0]
		letters := utf8.RuneCountInString(w)
		before := 0 // letters before byte offset i
		for i := range w {
			if before >= 2 && letters-before >= 3 && d.lx.given[w[:i]] {
				if g.bySurname == nil {
					g.bySurname = make(map[string]int)
				}
				if _, seen := g.bySurname[w[i:]]; !seen {
					g.bySurname[w[i:]] = g.n
				}
			}
			before++
		}
	}
	pi, ok := g.bySurname[m.nameKeys[0]]
	if !ok {
		return -1
	}
	ps[pi].rules.add(rulePersonGluedGivenSurname, m.start, m.end)
	return pi
}

var rulePersonGluedGivenSurname = newRule("person-glued-given-surname",
	"a surname alone names the person the text first wrote as one word of a given name and that surname («حسن‌کریمی» typed «حسنکریمی», later «کریمی افزود»)",
	"به گزارش روابط عمومی فرمانداری کوار، حسنسامکی، فرماندار کوار، در نشست خبری گفت: بازرسی ادامه دارد.\nسامکی افزود: کار ادامه دارد.")

// anyCovered reports whether token t is a word of any phrase of the lexicon
// (a title, a body, a place, a speech verb …).
func (d *document) anyCovered(t int) bool {
	return t >= 0 && t < len(d.cover) && d.cover[t] != 0
}

var rulePersonSurnameOtherHolder = newRule("person-surname-other-holder",
	"a surname alone with a title of another body, in the sentence that named a full name of that surname with its own title, names another holder of the surname («دکتر حسن کریمی سرپرست فرمانداری … با کریمی رئیس راهداری …»)",
	"به گزارش خبرنگار ما، دکتر حسن کریمی سرپرست فرمانداری کوار با کریمی رئیس اداره راهداری کوار از ورودی شهر بازدید کرد.")

var rulePersonMartyrNotOfficial = newBlockingRule("person-martyr-not-official",
	"a martyr named in full after «شهید» is not the official a surname alone named before with a title, though the surnames are one («کریمی فرماندار کوار … با خانواده شهید حسن کریمی دیدار کرد»)",
	"در این سفر کریمی فرماندار کوار با خانواده شهید حسن کریمی دیدار کرد.")

var rulePersonRepeatedSurnameTail = newRule("person-repeated-surname-tail",
	"the word after a name of two words or more is the last part of its surname when the text names the person again by its last word and that word together («حسن سامک مرن از روند طرح‌ها …؛ سامک مرن در ادامه …»); a stop word that also ends surnames typed apart (set surname_end_stop: «… بین») may be that word",
	"به گزارش خبرنگار ما، حسن سامک مرن از روند طرح‌ها گزارش داد.\nسامک مرن در ادامه گفت: کار ادامه دارد.",
	"به گزارش خبرنگار ما، حسن روشن بین در جلسه شورا گفت: کار ادامه دارد.\nروشن بین افزود: طرح ادامه دارد.")

// ruleRoleHeadshipAfterName takes «ریاست» (headship) right after a name as
// the name's title.
var ruleRoleHeadshipAfterName = newRule("role-headship-after-name",
	"«ریاست» right after a name, with no mark between, is the name's title as the text writes it («دکتر اعلمی ریاست بیمارستان»); elsewhere («به ریاست …», «ریاست جلسه», and «ریاست جمهوری» after anything but a surname of the lists: «نهاد ریاست جمهوری») it is no title",
	"در این دیدار دکتر حسن اعلمی ریاست بیمارستان امام حسین از خدمات کارکنان تقدیر کرد.")

// presenceBefore reports whether «با حضور» stands before token t in its
// sentence: the chair named after those present may not be the one the
// next sentence goes on from.
func (d *document) presenceBefore(t int) bool {
	si := sentenceAt(d.sents, d.toks[t].start)
	if si < 0 {
		return false
	}
	for k := t - 1; k > 0 && d.toks[k].start >= d.sents[si].start; k-- {
		if d.tokKey(k) == "حضور" && d.tokKey(k-1) == "با" {
			return true
		}
	}
	return false
}

// ruleRoleChairTitle reads the title after «به ریاست» as a title mention.
var ruleRoleChairTitle = newRule("role-chair-title",
	"the title after «به ریاست» («جلسه … به ریاست فرماندار و با حضور …») is the chair's, a title of its own that a name after it may take, before the titles of those present",
	"جلسه شورای اداری\n\nجلسه شورای اداری کوار به ریاست فرماندار و با حضور مدیرکل امور سیاسی استانداری برگزار شد.\n\nبه گزارش خبرنگار ما، حسن کریمی در این جلسه گفت: کار ادامه دارد.")

// ruleRoleCallingAfterName takes a calling of the press («خبرنگار»,
// «گزارشگر») right after a name as the name's title.
var ruleRoleCallingAfterName = newRule("role-calling-after-name",
	"a calling of the press (set after_name_title: «خبرنگار», «گزارشگر», «عکاس») right after a name, with no mark between, is the name's role, the outlet after it its organisation («حسن کریمی خبرنگار ایرنا»); elsewhere («به گزارش خبرنگار …», «در گفت‌وگو با خبرنگار …») it names nobody",
	"حسن کریمی خبرنگار رادیو سامک در این مراسم گفت: کار ما دشوار است.")

var ruleOrgCallingOutlet = newRule("org-calling-outlet",
	"the words after a calling of the press, up to a break, name the outlet, as written and with no place added («خبرنگار رادیو سامک در …»); «خبرنگار ما» names none",
	"حسن کریمی خبرنگار رادیو سامک در این مراسم گفت: کار ما دشوار است.")

// deputyGovernorGeneralKey is the key of «معاون استاندار».
const deputyGovernorGeneralKey = "معاوناستاندار"

// fridayImamKey is the key of «امام جمعه», the Friday-prayer leader.
const fridayImamKey = "امامجمعه"

// isLeaderRepresentative reports whether k is the key of «نماینده ولی
// فقیه», with a qualifier between its words or not («نماینده محترم ولی
// فقیه»).
func isLeaderRepresentative(k string) bool {
	return strings.HasPrefix(k, "نماینده") && strings.HasSuffix(k, "ولیفقیه")
}

// governorKeyPrefix begins the keys of a county governor's titles
// («فرماندار», «فرماندار ویژه»).
const governorKeyPrefix = "فرماندار"

// andAt returns t when token t is «و»; -1 otherwise.
func (d *document) andAt(t int) int {
	if t < len(d.toks) && d.tokKey(t) == "و" {
		return t
	}
	return -1
}

// postAfterAnd returns the title phrase right after the «و» at token and
// when its lexicon key begins with prefix: a second post of the same
// holder.
func (d *document) postAfterAnd(and int, prefix string) (titlePhrase, bool) {
	if and < 0 {
		return titlePhrase{}, false
	}
	m, ok := d.matchAt(catTitle, and+1)
	if !ok || !strings.HasPrefix(d.lx.entries[m.entry].key, prefix) {
		return titlePhrase{}, false
	}
	return d.titlePhraseOf(m), true
}

// andAfterSeat returns the «و» at token t, or after «در» and at most three
// words of a place («… در استان کوار و …»); -1 if none.
func (d *document) andAfterSeat(t int) int {
	if t >= len(d.toks) {
		return -1
	}
	if a := d.andAt(t); a >= 0 {
		return a
	}
	if d.tokKey(t) != "در" || d.toks[t].punct != 0 {
		return -1
	}
	for k := t + 1; k < len(d.toks) && k <= t+4 && d.isWord(k); k++ {
		if d.tokKey(k) == "و" {
			return k
		}
		if d.toks[k].punct != 0 || d.covered(k, catTitle) {
			return -1
		}
	}
	return -1
}

var ruleRoleImamWithRepresentation = newRule("role-imam-with-representation",
	"«نماینده ولی فقیه … و امام جمعه …»: the Friday-prayer leader who is also the Leader's representative has the pulpit as role",
	"آیت‌الله حسن کریمی نماینده ولی فقیه در استان و امام جمعه کوار در دیدار با مردم گفت: کار ادامه دارد.")

// ruleRoleGovernorWithDeputyship gives a county governor who is also the
// province's deputy governor the governorship as role.
var ruleRoleGovernorWithDeputyship = newRule("role-governor-with-deputyship",
	"«معاون استاندار و فرماندار …»: a county's governor who also holds the province's deputyship has the governorship as role",
	"حسن کریمی معاون استاندار و فرماندار ویژه شهرستان کوار از نانوایی‌ها بازدید کرد.")

// rulePersonListedName accepts a given name and a word as one item of a list
// of names.
var rulePersonListedName = newRule("person-listed-name",
	"in a list of names a given name and the word after it, between a name and a comma or «و», are a name too («آقایان محمود رستم‌زاده، حسین نیکنامی، محمد شکیبا و …»), and after «آقایان» so is a surname alone («آقایان شهنوازی، رضایی و کرمی»)",
	"در این جلسه آقایان محمود رستم‌زاده، حسین نیکنامی، محمد شکیبا و علی کریمی حضور داشتند.",
	"جلسه با حضور آقایان کاظمی، رحیمی و احمدی برگزار شد.")

// listedName finds a name at token t that continues a list of names: right
// after a comma that follows a name already found, a given name and one word
// before a comma or «و».
func (d *document) listedName(t int, usedName map[int]bool) (ns, ne int, ok bool) {
	if e, ok := d.honoredListItem(t, usedName); ok {
		d.fire(rulePersonListedName, t, e)
		return t, e, true
	}
	if t < 2 || d.toks[t-1].punct != '،' || !usedName[t-2] || !d.givenAt(t) || !d.plainWordAnyShape(t+1) {
		return 0, 0, false
	}
	if n := t + 2; n < len(d.toks) && d.toks[n].punct != '،' && d.tokKey(n) != "و" {
		return 0, 0, false
	}
	d.fire(rulePersonListedName, t, t+2)
	return t, t + 2, true
}

// honoredListItem reports whether token t starts an item of a list of names
// after a plural honorific («آقایان شهنوازی، رضایی و کرد»): one to three
// words between separators that look like a name (a given name and more, or
// a surname of the lists or of a surname's shape), and where it ends.
func (d *document) honoredListItem(t int, usedName map[int]bool) (int, bool) {
	if t == 0 {
		return 0, false
	}
	listSep := func(k int) bool {
		p := d.toks[k].punct
		return p == '،' || p == ',' || p == '-' || d.toks[k].key == "و"
	}
	if !d.in(setPluralHonorific, t-1) && !listSep(t-1) {
		return 0, false
	}
	found := false
	for k := t - 1; k >= 0 && k >= t-24; k-- {
		if d.in(setPluralHonorific, k) {
			found = true
			break
		}
		if !listSep(k) && !usedName[k] {
			return 0, false
		}
	}
	if !found {
		return 0, false
	}
	e := t
	for e < len(d.toks) && e-t < 3 && d.isWord(e) && d.tokKey(e) != "و" && !d.covered(e, catTitle) && (d.nameToken(e) || d.plainWordAnyShape(e) || d.in(setKeySurname, e)) {
		e++
	}
	last := d.tokKey(t-1) == "و" && e == t+1 && d.surnameLikeEnd(t) // «… رحیمی و احمدی برگزار شد»
	if e == t || !last && e < len(d.toks) && d.isWord(e) && d.tokKey(e) != "و" && !d.covered(e, catTitle) {
		return 0, false
	}
	if !(d.givenAt(t) && e-t >= 2 || d.surnameLikeEnd(e-1) || d.in(setKeySurname, e-1)) {
		return 0, false
	}
	return e, true
}

// appointedAs returns the token of «به» when «به عنوان» or «به سمت», and
// perhaps an ordinal («به عنوان ششمین استاندار»), stand right before the
// title at head; -1 otherwise.
func (d *document) appointedAs(head int) int {
	k := head - 1
	if d.ordinalAt(k) {
		k--
	}
	for _, s := range []int{k - 1, k} {
		if d.asPhraseEnd(s) == k+1 {
			return s
		}
	}
	return -1
}

// ruleRoleAppointedOverHeld gives a person named with a title the post
// «به عنوان» names right after it, when the sentence tells the appointment
// as done.
var ruleRoleAppointedOverHeld = newRule("role-appointed-over-held",
	"«X T1 به عنوان T2 منصوب شد»: the post T2 a named official was appointed to, told as done, is their role, not the title T1 they held (an appointment to come, «معرفی می‌شود», one told as past before another, «شده بود», or a seat held beside the post, «به عنوان عضو هیئت مدیره», leaves T1)",
	"حسن کریمی معاون سیاسی فرمانداری کوار به عنوان بخشدار مرکزی کوار معرفی شد.")

// onlyLinkWords reports whether tokens [from,to) hold nothing but commas and
// the particles that may stand between a title and «به عنوان» («نیز», «را»,
// «هم»).
func (d *document) onlyLinkWords(from, to int) bool {
	if from > to {
		return false
	}
	for t := from; t < to; t++ {
		switch {
		case d.toks[t].punct == '،' || d.toks[t].punct == ',':
		case d.tokKey(t) == "نیز" || d.tokKey(t) == "را" || d.tokKey(t) == "هم":
		default:
			return false
		}
	}
	return true
}

// appointedOver reports whether the post of title phrase tp after «به
// عنوان» was given to the official named before it: the clause tells the
// appointment as done, or calls the post new («به عنوان فرماندار جدید …»)
// and tells of no appointment in another tense before it ends.
//
// It returns the word that calls the post new when that decided, the
// title's head when the past tense did, and -1 otherwise.
func (d *document) appointedOver(tp titlePhrase) int {
	past, told := d.appointedPast(tp.end)
	if past {
		return tp.head
	}
	if told {
		return -1
	}
	for k := tp.head + 1; k < tp.end; k++ {
		if d.in(setNewPostWord, k) {
			return k
		}
	}
	return -1
}

var setNewPostWord = newWordSet("new_post_word") // «جدید» in «به عنوان فرماندار جدید …»: the post given

var ruleRoleAppointedNewPost = newRule("role-appointed-new-post",
	"«X T1 به عنوان T2 جدید …»: a post after «به عنوان» called new is the one the named official was given, their role, even where the clause's verb is cut off or not a verb of appointment",
	"حسن کریمی معاون سیاسی فرمانداری کوار به عنوان بخشدار جدید سامک معرفی و از زحمات")

// appointedPast reports whether the clause from token t goes on, within
// thirty words and with no stop or colon between, to an appointment told as
// done («… منصوب شد», «… معرفی گردید»), and whether it tells of one in
// another tense (a noun of appointment with a verb after it that is none of
// the past's).
func (d *document) appointedPast(t int) (past, told bool) {
	noun := false
	for k := t; k < len(d.toks) && k < t+30; k++ {
		if !d.isWord(k) {
			if d.toks[k].punct == '،' || d.toks[k].punct == ',' || d.toks[k].punct == '«' || d.toks[k].punct == '»' || d.toks[k].punct == '"' {
				continue
			}
			return false, told
		}
		if d.in(setAppointNoun, k) {
			if d.in(setAppointPast, k+1) {
				return true, true
			}
			// «… معرفی می‌شود», «… منصوب شده بود»: told in another
			// tense; «… معرفی و …» or a clause cut off tells none.
			told = told || d.isWord(k+1) && d.tokKey(k+1) != "و"
			// «… معرفی و از زحمات … تقدیر شد»: the light verb of both
			// comes after the second.
			noun = noun || d.tokKey(k+1) == "و"
		}
		if noun && d.in(setAppointPast, k) {
			return true, true
		}
	}
	return false, told
}

// asPhraseEnd returns the token after «به عنوان» or «به سمت» starting at
// token t, written apart or as one word («بعنوان», «به‌عنوان»); -1 if none
// starts there.
func (d *document) asPhraseEnd(t int) int {
	switch d.tokKey(t) {
	case "بعنوان", "بهعنوان":
		return t + 1
	case "به":
		if k := d.tokKey(t + 1); k == "عنوان" || k == "سمت" {
			return t + 2
		}
	}
	return -1
}

// rulePersonElectedWithVotes lets the votes stand between the one elected and
// «به عنوان».
var rulePersonElectedWithVotes = newRule("person-elected-with-votes",
	"in «X با N رأی به عنوان T» the post T is X's: the votes stand between the one elected and «به عنوان»",
	"در این انتخابات حسن کریمی با ۸ رای به عنوان رئیس و علی احمدی با ۷ رأی به عنوان منشی شورا انتخاب شدند.")

// rulePersonByDecree gives the title after «به عنوان» to the name before a
// decree that someone else signed.
var rulePersonByDecree = newRule("person-by-decree",
	"in «X با حکم Y … به عنوان T» (or «طی حکمی», «در حکمی از سوی Y») the title T is X's, the one appointed, not the signer Y's",
	"حسن کریمی با حکم استاندار فارس به عنوان فرماندار شهرستان کوار منصوب شد.",
	"کامران نیکجو در حکمی از سوی استاندار فارس به عنوان سرپرست فرمانداری کوار منصوب شد.")

// decreeBefore returns the token that opens «با حکم» («طی حکمی», «با
// پیشنهاد») in the sentence before token as, when the words between name
// the signer; -1 otherwise.
func (d *document) decreeBefore(as int) int {
	for k := as - 2; k >= 0 && k > as-16; k-- {
		if !d.isWord(k) && d.toks[k].punct != '،' && d.toks[k].punct != ',' {
			return -1
		}
		if d.in(setDecreeNoun, k+1) && (d.tokKey(k) == "با" || d.tokKey(k) == "طی" || d.tokKey(k) == "در") {
			return k
		}
	}
	return -1
}

// rulePersonSignature links a name alone on its line to the title that fills
// the line after it, as letters, messages and notices are signed.
var rulePersonSignature = newRule("person-signature",
	"a full name alone on its line, and a line that holds only a title after it, are a signature: the name holds the title («حسن کریمی» / «فرماندار شهرستان کوار»)",
	"موفقیت روزافزون همکاران را آرزومندم.\nحسن کریمی\nفرماندار شهرستان کوار")

// signatureName returns the name [ns,ne) of the line before the title at
// head when that line holds only a full name (honorifics allowed) and the
// title's line holds only the title and a few words of its place, with no
// verb or mark: a signature or an address («جناب آقای …» / «استاندار
// محترم …»).
func (d *document) signatureName(head int) (ns, ne int, ok bool) {
	if head < 3 || d.toks[head-1].punct != '\n' {
		return 0, 0, false
	}
	for t := head + 1; t < len(d.toks) && d.toks[t].punct != '\n'; t++ {
		if !d.isWord(t) || t > head+7 || d.covered(t, catSpeech) || verbShaped(d.toks[t].key) {
			return 0, 0, false
		}
	}
	ne = head - 1
	for ne > 0 && d.toks[ne-1].punct == '\n' {
		ne-- // paragraphs are parted by a blank line
	}
	ls := ne
	for ls > 0 && d.toks[ls-1].punct != '\n' {
		ls--
	}
	ns = ls
	for ns < ne && (d.covered(ns, catHonorific) || d.tokKey(ns) == "جناب") {
		ns++
	}
	if ne-ns < 2 || ne-ns > 4 || !d.givenAt(ns) {
		return 0, 0, false
	}
	for t := ns + 1; t < ne; t++ {
		if !d.nameToken(t) && !d.plainWordAnyShape(t) {
			return 0, 0, false
		}
	}
	return ns, ne, true
}

// speakerFollows reports whether what follows token t is what a speaker
// does: a speech verb, or a time, an interview or a scene that a speech verb
// later in the sentence ends.
func (d *document) speakerFollows(t int) bool {
	if d.covered(t, catSpeech) || d.interviewAt(t) {
		return true
	}
	for j := t; j < t+3 && d.in(setTimeWord, j); j++ {
		if d.covered(j+1, catSpeech) || d.interviewAt(j+1) || d.sceneNext(j+1) && d.speechLater(j+1) {
			return true
		}
	}
	return false
}

// titleWordSurname returns the name mention of a given name and the title
// word at head after it, which is the surname («یوسف قاضی افزود»).
func (d *document) titleWordSurname(head int, usedName map[int]bool) rawMention {
	ns := head - 1
	for ns > 0 && (d.in(setKeyGiven, ns-1) || d.compoundGiven(ns-1)) && !d.covered(ns-1, catTitle) {
		ns-- // «محمد علی قاضی»
	}
	rm := rawMention{kind: MentionName, bare: true, person: -1, start: d.toks[ns].start, end: d.toks[head].end, rules: newTracer()}
	rm.rules.add(rulePersonTitleWordSurname, d.toks[ns].start, d.toks[head+1].end)
	rm.name = d.text(rm.start, rm.end)
	for t := ns; t <= head; t++ {
		rm.nameKeys = append(rm.nameKeys, d.toks[t].key)
		usedName[t] = true
	}
	return rm
}

var rulePersonTitleWordSurname = newRule("person-title-word-surname",
	"a one-word title between a given name and a speech verb, or the time or interview before one, is the surname, no post («یوسف قاضی افزود: …»)",
	"به گزارش خبرنگار، یوسف قاضی افزود: نانوایی متخلف پلمب شد.",
	"یوسف قاضی روز دوشنبه در گفت و گو با خبرنگار ما افزود: نانوایی متخلف پلمب شد.")

var ruleRolePastTitledName = newRule("role-past-titled-name",
	"a name given with a title of its own in an earlier sentence does not keep a later bare name from the unnamed title before it",
	"فرماندار کوار در آیینی با حضور حسن رضایی نماینده مردم کوار در مجلس افزود: خدمت به مردم ادامه دارد.\nکاوه نیکنام با بیان اینکه طرح‌ها ادامه دارد گفت: کار ادامه دارد.")

// signerBeforeAppointee reports whether the title at head is the one who
// signs a decree («از سوی استاندار فارس، X … به عنوان بخشدار … منصوب شد»)
// and the name ending before token ne the one appointed: the name then takes
// the title after «به عنوان», not the signer's.
func (d *document) signerBeforeAppointee(head, ne int) bool {
	switch d.tokKey(head - 1) {
	case "سوی", "توسط", "حکم", "حکمی":
	default:
		return false
	}
	for k := ne; k < len(d.toks) && k < ne+12; k++ {
		if p := d.toks[k].punct; p == '.' || p == '\n' || p == ':' || p == '؛' {
			return false
		}
		if d.asPhraseEnd(k) >= 0 {
			d.fire(rulePersonSignerNotAppointee, head, ne)
			return true
		}
	}
	return false
}

// rulePersonSignerNotAppointee keeps the title of a decree's signer from the
// name after it when that name is the one appointed.
var rulePersonSignerNotAppointee = newBlockingRule("person-signer-not-appointee",
	"after «از سوی», «توسط» or «با حکم» a title is the decree's signer; the name after it that «به عنوان» follows is the one appointed, not the signer",
	"با حکمی از سوی استاندار فارس، کاوه نیکنام با پیشنهاد فرماندار کوار به عنوان بخشدار جدید منصوب شد.")

// rulePersonAppointedObject gives the title after «به عنوان» to the name that
// «را» marks as the object of the appointment, across a relative clause.
var rulePersonAppointedObject = newRule("person-appointed-object",
	"a name marked by «را» earlier in the clause is the one appointed to the title after «به عنوان» or «به سمت», across a relative clause about them («… مهدی محمدی را که پیش از این فرماندار بود، به عنوان مدیرکل … منصوب کرد»)",
	"استاندار مازندران در حکمی مهدی محمدی را که پیش از این فرماندار قائمشهر بود، به عنوان مدیرکل سیاسی استانداری منصوب کرد.")

// objectBefore returns the token of «را» that follows a name within the
// twenty tokens before «به عنوان» at as, in the same sentence, when no other
// «به عنوان» stands between; -1 if none. The name right before that «را» is
// the one appointed.
func (d *document) objectBefore(as int) int {
	for k := as - 1; k >= 1 && k >= as-20; k-- {
		if d.toks[k].punct == '.' || d.toks[k].punct == '\n' || d.toks[k].punct == ':' || d.asPhraseEnd(k) >= 0 && k != as {
			return -1
		}
		if d.tokKey(k) != "را" {
			continue
		}
		if _, _, _, ok := d.nameBefore(k); ok {
			return k
		}
		return -1
	}
	return -1
}

// rulePersonAsTitleSubject gives the title after «به عنوان» to the name that
// opens the clause, across the words of time and place between them.
var rulePersonAsTitleSubject = newRule("person-as-title-subject",
	"a full name opening a clause holds the title after «به عنوان» later in it, across words of time and place («X امروز در مراسمی به عنوان فرماندار … معرفی شد»)",
	"علی احمدی امروز در مراسمی به عنوان فرماندار شهرستان کوار معرفی شد.")

// subjectBefore returns the end of a full name (a given name and a surname)
// that opens the clause of token as, with only words that are neither names
// nor titles between it and as; -1 if none.
func (d *document) subjectBefore(as int) int {
	for k := as - 1; k >= 0 && k >= as-10; k-- {
		if !d.isWord(k) || d.covered(k, catTitle) || d.covered(k, catSpeech) {
			return -1
		}
		if !d.opensClause(k) || !d.givenAt(k) {
			continue
		}
		ns, ne := d.nameWords(k, false)
		if ns != k || ne-ns < 2 || ne >= as {
			return -1
		}
		if !(d.surnameLike(ne-1) || d.in(setSurnamePart, ne-1) || strings.HasSuffix(d.toks[ne-1].key, "ی") || ne-ns >= 3) {
			return -1
		}
		return ne
	}
	return -1
}

// ordinalAt reports whether token t is an ordinal adjective that precedes
// its noun: a word of the list («نخستین», «اولین») or a number word with
// «ـمین» («ششمین»).
func (d *document) ordinalAt(t int) bool {
	if !d.isWord(t) {
		return false
	}
	k := d.toks[t].key
	return d.in(setOrdinalWord, t) || strings.HasSuffix(k, "مین") && utf8.RuneCountInString(k) >= 4
}

var (
	setMartyrEpithet  = newWordSet("martyr_epithet")  // «شهید خدمت»: words after «شهید» that name no one
	setNationalMartyr = newWordSet("national_martyr") // «سلیمانی», «بهشتی»: martyrs of the whole country, no person of the news
	setSaintTitle     = newWordSet("saint_title")     // «امام», «حضرت»: the name after them, ending a body's name, is a saint's
	setMartyrPraise   = newWordSet("martyr_praise")   // «بزرگوار», «والامقام»: praise after «شهدای» before the martyrs' names
	setOrdinalWord    = newWordSet("ordinal_word")    // ordinals without «ـمین» («نخستین», «اولین»)
	setDecreeNoun     = newWordSet("decree_noun")     // «حکم», «پیشنهاد»: after «با» or «طی», a decree someone signed
	setWelcomeNoun    = newWordSet("welcome_noun")    // «خیرمقدم به X»: X is the one welcomed
	setWithDescriptor = newWordSet("with_descriptor") // «جانباز», «سرافراز»: words that say who the one met after «با» is
	setThankedNoun    = newWordSet("thanked_noun")    // «زحمات», «تکریم»: the one named after them is thanked, spoken of
	setGovernmentOf   = newWordSet("government_of")   // «دولت»: the one named after it heads the government spoken of
	setCommemorated   = newWordSet("commemorated")    // «سالروز», «رحلت», «پیکر»: the one named after them is spoken of as of the past
	setAppointNoun    = newWordSet("appoint_noun")    // «منصوب», «معرفی»: the noun of an appointment before its light verb
	setAppointPast    = newWordSet("appoint_past")    // «شد», «گردید», «کرد»: the light verb of an appointment told as done
	setSeatTitle      = newWordSet("seat_title")      // «عضو», «نماینده»: a seat in a body, held beside one's post
)

// headlinePerson returns the index in d.headline of the unnamed official of
// the headline that bare name m names: m must be in the lead (the first three
// sentences of the body) with no unnamed title before it there, and the
// headline's title not yet named; -1 if none.
func (d *document) headlinePerson(m *rawMention, ps []person) int {
	if si := sentenceAt(d.sents, m.start); si < 0 || si > 2 {
		return -1
	}
	if t, ok := d.atCeremony(m); ok {
		// «مهدی رمضانی در آیین تکریم و معارفه فرماندار … گفت» under
		// «فرماندار جدید … معرفی شد»: who speaks at a ceremony for an
		// official is not the official.
		d.fire(rulePersonCeremonySpeaker, t, t+1)
		return -1
	}
	for i := range d.headline {
		h := d.headline[i]
		if h.kind != MentionTitle || h.person >= 0 || h.role == "" {
			continue
		}
		named := false
		for _, p := range ps {
			// The lead named the headline's official already
			// («مدیرکل سیاسی …: …» and «حمید ملانوری … مدیرکل سیاسی …»).
			// A person with no role names no title (their role's key is
			// empty, and an empty key has no first word to compare).
			pk := NormalizeKey(p.role)
			named = named || pk != "" && pk == NormalizeKey(h.role) && lastWordKey(p.org) == lastWordKey(h.org)
		}
		if !named {
			return i
		}
	}
	return -1
}

// companionTitle reports whether title mention m follows «به همراه»,
// «بهمراه» or «همراه با», or stands in the list after «با حضور»: an official
// who came along or was present.
func (d *document) companionTitle(m rawMention) bool {
	t := d.tokAt(m.start)
	switch {
	case d.tokKey(t-1) == "بهمراه", d.tokKey(t-1) == "همراه" && d.tokKey(t-2) == "به":
		return true
	case d.tokKey(t-1) == "با" && d.tokKey(t-2) == "همراه":
		return true
	}
	// «… با حضور نماینده ولی فقیه و امام جمعه کوار …», «… به همراه
	// امام جمعه، رئیس تبلیغات و رئیس محیط زیست …»: a title in the list
	// of those present or of the companions.
	for k := t - 1; k > 0 && k >= t-20; k-- {
		if d.tokKey(k) == "حضور" && d.tokKey(k-1) == "با" || d.tokKey(k) == "بهمراه" || d.tokKey(k) == "همراه" && d.tokKey(k-1) == "به" {
			return true
		}
		if !d.isWord(k) && d.toks[k].punct != '،' || verbTense(d, k) != "" {
			return false
		}
	}
	return false
}

// titleAfterNoun reports whether title mention m follows a word with no
// mark between, as the complement of a noun («خبر برکناری فرماندار …»,
// «با پیگیری فرماندار …»): spoken of, not the one who acts.
func (d *document) titleAfterNoun(m rawMention) bool {
	t := d.tokAt(m.start)
	if d.tokKey(t-1) == "و" && d.covered(t-2, catTitle) {
		// «از سفر قائم مقام و معاون وزیر … خبر داد»: a title joined to
		// one a noun governs is governed too.
		t -= 2
		for t > 0 && d.covered(t-1, catTitle) {
			t--
		}
	}
	if !d.isWord(t-1) || d.tokKey(t-1) == "و" {
		return false
	}
	// «به سمت فرماندار …», «به عنوان استاندار …» name a post someone
	// takes, which is theirs.
	return d.tokKey(t-1) != "سمت" && d.tokKey(t-1) != "عنوان"
}

// actingTitleBefore reports whether an unnamed title mention, not yet
// linked and itself no noun's complement, stands before mention j in its
// sentence sj: the sentence's subject.
func (d *document) actingTitleBefore(ms []rawMention, j, sj int) bool {
	for k := j - 1; k >= 0; k-- {
		if sentenceAt(d.sents, ms[k].start) != sj {
			return false
		}
		if ms[k].kind == MentionTitle && ms[k].person < 0 && ms[k].role != "" && !d.titleAfterNoun(ms[k]) && !d.companionTitle(ms[k]) {
			return true
		}
	}
	return false
}

// subjectTitleBefore reports whether an unnamed title mention, not yet
// linked, stands before mention j in its sentence sj.
func (d *document) subjectTitleBefore(ms []rawMention, j, sj int) bool {
	for k := j - 1; k >= 0; k-- {
		if sentenceAt(d.sents, ms[k].start) != sj {
			return false
		}
		if ms[k].kind == MentionTitle && ms[k].person < 0 && ms[k].role != "" {
			return true
		}
	}
	return false
}

// atCeremony reports whether a ceremony of introduction or farewell
// («معارفه», «تودیع», «تکریم») follows the name of m within six words of
// its sentence, and where.
func (d *document) atCeremony(m *rawMention) (int, bool) {
	e := d.tokAt(m.end - 1)
	for t := e + 1; t < len(d.toks) && t <= e+6 && d.isWord(t); t++ {
		if d.in(setCeremonyNoun, t) || d.introduces && d.in(setCeremonyEvent, t) && d.tokKey(t-1) == "این" {
			// «… در این آیین …» under «امام جمعه کوار معرفی شد»
			return t, true
		}
	}
	return 0, false
}

var rulePersonCeremonySpeaker = newBlockingRule("person-ceremony-speaker",
	"a name right before a ceremony of introduction or farewell («X در آیین تکریم و معارفه فرماندار …») does not take the title of the headline's official: the speaker at a ceremony is not the one introduced",
	"فرماندار جدید کوار معرفی شد\nمهدی رمضانی در آیین تکریم و معارفه فرماندار کوار گفت: خدمت به مردم اولویت است.",
	"امام جمعه سامک معرفی شد\n\nبه گزارش خبرگزاری، حسن کریمی در این آیین با تقدیر از زحمات امام جمعه سابق اظهار کرد: نماز جمعه نماد وحدت است.")

// ruleRoleHeadlineNameBodyTitle gives a headline's one name without a title
// the title that speaks first in the body, unnamed.
var ruleRoleHeadlineNameBodyTitle = newRule("role-headline-name-body-title",
	"a headline's only name, with no title there or in the body, has the role of the unnamed title that speaks first in the body's first sentences («مرداس کیانی در جمع خبرنگاران» / «فرماندار کوار گفت: …»)",
	"مرداس کیانی در جمع خبرنگاران\n\nفرماندار شهرستان کوار گفت: جلسه خدمات سفر برگزار شد.")

// leadSpeakingTitle finds the unnamed title that speaks in the body's first
// three sentences before any name, or -1.
func (d *document) leadSpeakingTitle(ms []rawMention) int {
	if len(d.sents) == 0 {
		return -1
	}
	limit := d.sents[min(2, len(d.sents)-1)].end
	for i := range ms {
		m := &ms[i]
		if m.start >= limit {
			break
		}
		switch {
		case m.kind == MentionName && !m.oblique:
			return -1
		case m.kind == MentionTitle && m.role != "":
			if m.person < 0 && d.speaks(ms, i) {
				return i
			}
			return -1
		}
	}
	return -1
}

// addressesSomeone reports whether the document (a headline) opens with the
// honorific that addresses a letter («جناب», «سرکار خانم»).
func (d *document) addressesSomeone() bool {
	if len(d.toks) == 0 {
		return false
	}
	k := d.toks[0].key
	return k == "جناب" || k == "سرکار"
}

// openingTitle returns the unnamed title mention that opens the body's first
// line, or -1.
func (d *document) openingTitle(ms []rawMention) int {
	if len(ms) == 0 || ms[0].kind != MentionTitle || ms[0].person >= 0 || ms[0].role == "" || d.tokAt(ms[0].start) != 0 {
		return -1
	}
	return 0
}

var ruleRoleAddressee = newRule("role-addressee",
	"a letter's addressee in its first line («جناب آقای کریمی») has the title that opens the next («فرماندار محترم شهرستان کوار»)",
	"جناب آقای کریمی\nفرماندار محترم شهرستان کوار\nبا سلام و احترام؛ مردم خواستار پیگیری هستند.")

// mergeHeadline adds the people of the headline (td) to ps: a headline person
// who is also in the body gives the body person a role when the body gave none;
// one who is only in the headline is a person with no mention in the body.
func (d *document) mergeHeadline(td *document, ps []person, ms []rawMention) []person {
	for _, hp := range td.people {
		found := -1
		for i := range ps {
			if d.lx.sameName(ps[i].nameKeys, hp.nameKeys) {
				found = i
				break
			}
		}
		if found < 0 {
			if hp.rules != nil {
				for _, h := range hp.rules.hits {
					if h.rule == rulePersonHeadlineSpeaker {
						// The headline's own reading of the name, at its
						// offsets in the headline.
						hp.titleHits = append(hp.titleHits, h)
					}
				}
			}
			hp.rules = newTracer()
			hp.titleHits = append(hp.titleHits, ruleHit{rule: rulePersonInHeadline, start: hp.first, end: hp.first + int32(len([]rune(hp.name)))})
			hp.mentions = nil
			if hp.role == "" && len(td.people) == 1 {
				ti, rule := d.leadSpeakingTitle(ms), ruleRoleHeadlineNameBodyTitle
				if ti < 0 && td.addressesSomeone() {
					// «جناب آقای معینی» / «فرماندار محترم شهرستان
					// فلاورجان»: a letter's addressee, and the title
					// that opens the body.
					ti, rule = d.openingTitle(ms), ruleRoleAddressee
				}
				if ti >= 0 {
					// «مرداس طاهری در گفتگو با خبرنگار» / «فرماندار
					// شهرستان فارسان گفت: …»: the unnamed title that
					// speaks first in the body is the headline's person.
					t := &ms[ti]
					hp.role, hp.org = t.role, t.org
					d.cur = hp.rules
					hp.rules.hits = append(hp.rules.hits, t.rules.hits...)
					d.fireSpan(rule, t.start, t.end)
					d.cur = nil
					t.person = len(ps)
				}
			}
			ps = append(ps, hp)
			continue
		}
		p := &ps[found]
		if len(hp.nameKeys) > len(p.nameKeys) {
			p.name, p.nameKeys = hp.name, hp.nameKeys
		}
		if p.role == "" && hp.role != "" {
			p.role, p.org = hp.role, hp.org
			p.titleHits = append(p.titleHits, hp.titleHits...)
			p.titleHits = append(p.titleHits, ruleHit{rule: rulePersonInHeadline, start: hp.first, end: hp.first + int32(len([]rune(hp.name)))})
		}
	}
	return ps
}

// The rules that find people and give them a name and a role.
var (
	rulePersonPlaceName = newBlockingRule("person-place-named-after",
		"a name after «شهید» inside the name of a place, body, plan or event («دانشگاه علوم پزشکی شهید بهشتی», «طرح شهید حاج قاسم سلیمانی»), or a name with no title right after a word of place («خیابان کامران دلاوری»), is the place's, no person",
		"همایش در تالار شهید آوینی اداره کل فرهنگ برگزار شد.",
		"نزاع در خیابان کامران دلاوری به پلیس گزارش شد.",
		"پلمب واحدها در قالب طرح شهید حاج قاسم سلیمانی انجام شد.",
		"کارشناس واحد سلامت محیط مرکز بهداشت شهید کامرانی از تعطیلی یک خواربارفروشی خبر داد.")
	rulePersonNationalMartyr = newBlockingRule("person-national-martyr",
		"a martyr of the whole country («شهید سلیمانی», «شهید بهشتی», «شهید مطهری»), remembered in passing or lending a place its name, is no person of the news, as the labels mostly read them (of 20 on the tuning part, the labels name 5)",
		"مسلمانان انتقام خون شهید سلیمانی را خواهند گرفت.")
	rulePersonMartyr = newRule("person-martyr",
		"names after «شهید», «شهیدان» or «شهدای بزرگوار» are commemorated persons, unless a word of place comes before («خیابان شهید …»); a surname ends the name («شهید رجایی نمونه …»)",
		"مراسم گرامیداشت شهیدان کریمی و نادری در فرمانداری برگزار شد.",
		"فرماندار گفت: شهید کریمی نمونه بارز خدمت صادقانه بود.",
		"فرماندار از شهدای بزرگوار کریمی و نادری یاد کرد.")
	rulePersonGovernmentOf = newRule("person-government-of",
		"a name after «دولت» («دولت جناب آقای دکتر X») heads the government spoken of: no subject, so it takes no title of the headline or a sentence before",
		"فرماندار کوار گفت: در پی سیاست‌های دولت دکتر نادری اعتبارات افزایش یافت.")
	rulePersonRespectiveTitles = newRule("person-respective-titles",
		"names listed before «به ترتیب به عنوان» take the titles listed after it, in order, when the two lists are as long",
		"در این انتخابات حسن کریمی و علی احمدی به ترتیب به عنوان رئیس و نایب رئیس شورای شهر کوار انتخاب شدند.")
	rulePersonMartyrListEnd = newBlockingRule("person-martyr-list-end",
		"after the first name of a list of martyrs («شهیدان …»), an item that opens with no name word («، عملیات …») is the sentence's next clause, no martyr's name",
		"در منزل شهیدان کریمی و نادری، عملیات نصب پلاک آغاز شد.")
	rulePersonMartyrVerb = newBlockingRule("person-martyr-verb",
		"a verb right after «شهید» or «شهیدان» («… شهیدان هست که …», «… شهید را الگو دانست») is no martyr's name",
		"فرماندار گفت: راه شهیدان هست که راه ما را روشن می‌کند.")
	rulePersonNameLine = newRule("person-name-line",
		"a name alone on its line, or with a place or an outlet after a slash («مهدی زکی پور / لرستان», «… /روزنامه …»), or between an outlet's slash and a colon at the start of a line («پایگاه خبری …/ X:»), is a byline: a person with no role",
		"فرماندار شهرستان کوار از نانوایی‌ها بازدید کرد.\nمهدی زکی پور / لرستان",
		"تخلفات نانوایی‌ها\nمریم کریمی/روزنامه فارس روز گذشته همراه بازرسان از نانوایی‌ها بازدید کرد.",
		"استاندار کوار:\nبازرسی‌ها ادامه دارد\nاستاندار کوار با تاکید بر ادامه بازرسی‌ها گفت: کار ادامه دارد.\nپایگاه خبری صدای کوار/ مریم کریمی: علی احمدی استاندار کوار گفت: بازرسی‌ها ادامه دارد.")
	rulePersonByline = newRule("person-byline",
		"a byline at the start of a line or in parentheses («خبرنگار: …», «توسط سردبیر: …», «(عکس: …)»), or «توسط» and a name alone on a line, names a person whose role is the byline's words (none for a photo credit or «توسط»); of several roles listed («نویسنده، خبرنگار و سردبیر:») the first; a given name's initial («م. کریمی») stays in the name; the name ends with its line, a star, bar or slash, or the next byline on the same line («خبرنگار: … انتشاردهنده: …»)",
		"بازرسی از نانوایی‌های شهر ادامه دارد.\nخبرنگار: مریم کریمی",
		"بازرسی از نانوایی‌های شهر ادامه دارد.\nتوسط سردبیر: مریم کریمی",
		"بازرسی از نانوایی‌های شهر ادامه دارد.\nخبرنگار دانش آموز: مریم کریمی",
		"بازرسی از نانوایی‌های شهر ادامه دارد.\nنویسنده ،خبرنگار و سردبیر: م. کریمی",
		"فرماندار از کارگاه‌ها بازدید کرد. (عکس: مریم کریمی)",
		"بازرسی از نانوایی‌های شهر ادامه دارد.\nتوسط مریم کریمی\nفرماندار گفت: کار ادامه دارد.")
	ruleRoleNotTitlePhrase = newBlockingRule("role-not-title-phrase",
		"a title word with the word after it can be an ordinary phrase that names no office («سرپرست خانوار» is the head of a household), «بی» or «بد» before it make a word of it («کودکان بی سرپرست»), and a title after «روابط عمومی» or «دفتر» names an office («روابط عمومی معاونت بهداشت», «دفتر امام جمعه»), no one's title",
		"به هر سرپرست خانوار یک کیسه آرد داده شد.",
		"حسن کریمی از مرکز نگهداری کودکان بی سرپرست و بد سرپرست بازدید کرد.",
		"به گزارش روابط عمومی معاونت غذا و داروی دانشگاه، دکتر کامران نیکجو گفت: طرح ادامه دارد.")
	rulePersonFullerName = newRule("person-fuller-name",
		"a person known by a surname alone is named in the fullest form the article writes: a given name before the same surname elsewhere, a rare one or one that is also a common word («هدایت», «انتقام») when it opens its clause",
		"جلسه با حضور ارسلان تنگسیر در فرمانداری برگزار شد. دکتر تنگسیر استاندار بوشهر گفت: بازار آرام است.",
		"نشست خبری پست\n\nبه گزارش خبرنگار، هدایت سامکی در نشست خبری روز جهانی پست گفت: خدمات پست گسترش یافت.\n\nسامکی مدیرکل پست استان فارس افزود: کار ادامه دارد.")
	ruleRoleMartyrListItem = newBlockingRule("role-martyr-list-item",
		"a name after «و» in a sentence that named a martyr before it is one more of those commemorated, and takes no title of the next sentences",
		"در گفت‌وگو با خانواده‌های شهدای والامقام مجید و رضا نظام الله حاجی کواری و مهدی رضایی، به مقام این شهدا ادای احترام کرد.\nفرماندار کوار افزود: راه شهدا ادامه دارد.")
	ruleRoleNextSentenceTitle = newRule("role-next-sentence-title",
		"a name given first, as a clause's subject (not inside a phrase such as «دولت دکتر …»), takes the role of the unnamed title that opens one of the next eight sentences, or follows their «به گزارش …،» opener or, for the article's first name, an agency's dateline («کوار- ایرنا- …»), with no other name between but a martyr's («X گفت: … وی افزود: … فرماندار کوار افزود: …»)",
		"به گزارش خبرگزاری، حسن کریمی در این دیدار گفت: بازرسی‌ها ادامه دارد.\nفرماندار شهرستان کوار افزود: نانوایی‌ها بازرسی شدند.",
		"حسن کریمی از نانوایی‌های کوار بازدید کرد.\nبه گزارش روابط عمومی فرمانداری کوار، فرماندار کوار در این بازدید گفت: کار ادامه دارد.",
		"حسن کریمی روز سه شنبه در گفت و گو با خبرنگاران گفت: جلسه برگزار شد.\nکوار- ایرنا- فرماندار کوار گفت: کار ادامه دارد.")
	rulePersonPastQuotedNames = newRule("person-past-quoted-names",
		"a name takes the role of an unnamed title that spoke before it even when the title's words named other people",
		"وزیر کشور گفت: هدف سفر معرفی مهدی دوستی است. احمد وحیدی افزود: جلسه ادامه دارد.")
	rulePersonStandalone = newRule("person-standalone-name",
		"a name no title stands near is a person with no role when it is surely a name: after an honorific, a given name with a surname, or before a speech verb",
		"به گزارش خبرگزاری، حسن کریمی در این دیدار از تلاش کارکنان قدردانی کرد.")
	rulePersonNamesHeadlineTitle = newRule("person-names-headline-title",
		"a name with no title in the lead names the unnamed official of the headline («فرماندار آوج: …»)",
		"فرماندار کوار: نانوایی‌های متخلف پلمب می‌شوند\nحسن کریمی گفت: بازرسی‌ها ادامه دارد.")
	rulePersonInHeadline = newRule("person-in-headline",
		"the headline is read for people too; a person named only there is a person of the article",
		"حسن کریمی فرماندار کوار: بازرسی‌ها ادامه دارد\nبه گزارش روابط عمومی، جلسه ستاد تنظیم بازار برگزار شد.")
	ruleRoleTitlePhrase = newRule("role-title-phrase",
		"a title of the lexicon with the words that complete it is a role, and the body it names the organisation",
		"علی احمدی فرماندار شهرستان کوار گفت: جلسه برگزار شد.")
	rulePersonNameBeforeTitle = newRule("person-name-before-title",
		"a name right before a title («ناهید معاون …», «علی احمدی، فرماندار کوار،») is the person holding it",
		"علی احمدی فرماندار شهرستان کوار گفت: جلسه برگزار شد.")
	rulePersonNameAfterTitle = newRule("person-name-after-title",
		"a name right after a title («فرماندار کوار علی احمدی») is the person holding it",
		"فرماندار شهرستان کوار، علی احمدی گفت: جلسه برگزار شد.")
	rulePersonAsTitle = newRule("person-as-title",
		"a name before «به عنوان» or «به سمت» and a title is appointed to it",
		"حسن کریمی به عنوان فرماندار جدید شهرستان کوار معرفی شد.")
	rulePersonCompoundGivenAlone = newBlockingRule("person-compound-given-alone",
		"a compound given name written apart with nothing after it («فتح اله», «روح الله») is a given name alone, as the same name written as one word is: no name of a person",
		"استاندار زنجان از روستاها بازدید کرد.\n\nروح الله")
	rulePersonNamesUnnamedTitle = newRule("person-names-unnamed-title",
		"a name with no title (a given name and surname, or a surname opening a clause before a speech verb) names the unnamed official of a title in the same or the three sentences before; a name after a clerical honorific names the article's one unnamed cleric's title («امام جمعه») however far before",
		"دادستان شهرستان کوار از پلمب دو انبار خبر داد. حسن کریمی گفت: این کار ادامه دارد.")
	rulePersonKnownName = newRule("person-known-name",
		"a name with no title that is the name, or the surname, of a person already found refers to them",
		"علی احمدی فرماندار شهرستان کوار از نانوایی‌ها بازدید کرد. احمدی گفت: وضعیت مطلوب است.")
	ruleRoleFullerTitle = newRule("role-fuller-title",
		"a fuller form of a person's title given elsewhere in the article («دادستان عمومی و انقلاب»), or a form that names the place their title did not («فرماندار ویژه کوار» after «فرماندار»), is their role; a title of a post no longer held («رئیس اسبق …») is no fuller form of a title held",
		"حسن کریمی دادستان کوار گفت: پرونده تشکیل شد. دادستان عمومی و انقلاب شهرستان کوار افزود: رسیدگی ادامه دارد.")
)

// bylines adds the names of bylines: a byline word at the start of a line,
// a colon, and the words of a name up to the end of the line, a mark of
// page chrome or the next byline («خبرنگار: مهدیه حاج ملک», «عکاس: سعید
// قاسمی / …»). The byline word is the role.
func (d *document) bylines(ms []rawMention, usedName map[int]bool) []rawMention {
	runEnd := -1 // the token after the last byline's name
	for t := 0; t+2 < len(d.toks); t++ {
		if !d.isWord(t) || d.toks[t].key != "توسط" && !d.bylineWord(t) {
			continue
		}
		paren := t > 0 && d.toks[t-1].punct == '('
		if !d.lineStart(t) && !d.bylineRun(t) && !paren && t != runEnd {
			continue
		}
		if d.toks[t].key == "توسط" && d.lineStart(t) {
			// «توسط علی ایبک آبادی» alone on its line: the author.
			if ne, ok := d.nameToLineEnd(t+1, usedName); ok {
				ms = append(ms, d.nameMention(t+1, ne, usedName, rulePersonByline, t))
				continue
			}
		}
		b := t // the byline word, after «توسط» («توسط سردبیر: …»)
		if d.toks[t].key == "توسط" && d.isWord(t+1) {
			b = t + 1
		}
		e := b + 1
		noRole := d.in(setBylineNoRole, b)
		if d.isWord(e) && d.lx.has(setByline, d.toks[b].key+d.toks[e].key) {
			e++ // «تهیه کننده»
		} else if !d.in(setByline, b) && !noRole {
			continue
		}
		roleEnd := e
		for k := 0; k < 3 && !noRole; k++ {
			// «نویسنده ،خبرنگار و سردبیر: …»: one person in several
			// byline roles; the first is the role.
			j := e
			if j < len(d.toks) && (d.toks[j].punct == '،' || d.toks[j].punct == ',') {
				j++
			}
			if d.tokKey(j) == "و" {
				j++
			}
			if j == e || !d.isWord(j) || !d.in(setByline, j) {
				break
			}
			e = j + 1
		}
		for k := 0; k < 2 && e < len(d.toks) && d.isWord(e) && d.toks[e].punct != ':'; k++ {
			e++ // «خبرنگار دانش آموز:», «خبرنگار افتخاری:»
			roleEnd = max(roleEnd, e)
		}
		if e >= len(d.toks) || d.toks[e].punct != ':' {
			continue
		}
		ns := e + 1
		for ns < len(d.toks) && ns <= e+3 && d.toks[ns].punct == '\n' {
			ns++ // «خبرنگار:» alone on its line, the name on the next
		}
		initial := -1
		if ns+2 < len(d.toks) && d.isWord(ns) && utf8.RuneCountInString(d.toks[ns].key) == 1 && d.toks[ns+1].punct == '.' && d.isWord(ns+2) {
			// «سردبیر: ا. حسن‌پور»: the initial of a given name.
			initial, ns = ns, ns+2
		}
		ne := ns
		for ne < len(d.toks) && ne-ns < 4 && d.isWord(ne) && !usedName[ne] && !d.bylineNext(ne) && (d.nameToken(ne) || d.plainWord(ne) || d.covered(ne, catHonorific)) {
			ne++
		}
		if ne-ns < 1 || ne < len(d.toks) && !d.bylineEnd(ne) && !(paren && d.toks[ne].punct == ')') {
			continue
		}
		for initial < 0 && ns < ne-1 && d.covered(ns, catHonorific) {
			ns++ // «خبرنگار: سید …»: the name drops the honorific
		}
		rm := d.nameMention(ns, ne, usedName, rulePersonByline, t)
		rm.credit = true
		runEnd = ne
		if initial >= 0 {
			rm.start = d.toks[initial].start
			rm.name = d.text(rm.start, rm.end)
			rm.nameKeys = append([]string{d.toks[initial].key}, rm.nameKeys...)
			usedName[initial] = true
		}
		if !noRole {
			rm.role = d.tokText(b, roleEnd)
		}
		ms = append(ms, rm)
	}
	return d.reporterDatelines(ms, usedName)
}

// bylineEnd reports whether token t ends the name of a byline: the end of
// its line, a star, bar or slash of page chrome, or the next byline run on
// the same line («خبرنگار: حسن کریمی انتشاردهنده: رضا احمدی»).
func (d *document) bylineEnd(t int) bool {
	switch d.toks[t].punct {
	case '\n', '*', '|', '/':
		return true
	}
	return d.bylineNext(t)
}

// bylineWord reports whether token t is a byline word («خبرنگار», «عکس») or
// the first word of a two-word one.
func (d *document) bylineWord(t int) bool {
	return d.in(setByline, t) || d.in(setBylineNoRole, t) || d.in(setBylineHead, t)
}

// bylineNext reports whether a byline word and its colon start at token t.
func (d *document) bylineNext(t int) bool {
	if !d.isWord(t) || !d.bylineWord(t) {
		return false
	}
	for j := t + 1; j < len(d.toks) && j <= t+2; j++ {
		if d.toks[j].punct == ':' {
			return true
		}
	}
	return false
}

// nameToLineEnd reports whether the words from token ns to the end of their
// line are a name of two to four words starting with a given name, and
// where they end.
func (d *document) nameToLineEnd(ns int, usedName map[int]bool) (int, bool) {
	if !d.givenAt(ns) {
		return 0, false
	}
	ne := ns
	for ne < len(d.toks) && ne-ns < 4 && d.isWord(ne) && !usedName[ne] && (d.nameToken(ne) || d.plainWord(ne)) {
		ne++
	}
	if ne-ns < 2 || ne < len(d.toks) && d.toks[ne].punct != '\n' {
		return 0, false
	}
	return ne, true
}

// bylineRun reports whether token t follows what runs bylines together on
// one line in page chrome: a star or bar, or a news code before it
// («6155خبرنگار: …**انتشاردهنده: …»).
func (d *document) bylineRun(t int) bool {
	if t == 0 {
		return false
	}
	p := d.toks[t-1]
	return p.punct == '*' || p.punct == '|' || p.punct == 0 && startsDigit(p.key)
}

// lineStart reports whether token t starts its line, perhaps after a dash or
// bullet that marks a list item («- نویسنده : …»).
func (d *document) lineStart(t int) bool {
	if t > 0 && (isDash(d.toks[t-1].punct) || d.toks[t-1].punct == '•' || d.toks[t-1].punct == '*') {
		t--
	}
	return t == 0 || d.toks[t-1].punct == '\n'
}

// rulePersonMetNotHolder keeps a name after «با» from taking a title by
// discourse: the one met is not the one who met him.
var rulePersonMetNotHolder = newBlockingRule("person-met-not-holder",
	"a name with no title after «با», or after «با» and a word that says who he is («با جانباز …»), or after «خیرمقدم به», is the one met, not the holder of the title before it («دیدار استاندار با جانباز حسن کریمی»)",
	"استاندار کوار در سفر به سامک با جانباز سرافراز حسن کریمی دیدار کرد.",
	"امام جمعه کوار ضمن خیرمقدم به جناب آقای کریمی خواستار توجه به آب کشاورزی شد.")

// objectOfWith reports whether the name before which token k stands (k is
// the last word before it, honorifics skipped) is the object of «با»: «با»
// itself, or «با» and up to two words of the with-descriptor set.
func (d *document) objectOfWith(k int) bool {
	for k >= 0 && isQuote(d.toks[k].punct) {
		k--
	}
	for n := 0; n <= 2 && k >= 0 && d.isWord(k); n++ {
		if d.toks[k].key == "با" || d.toks[k].key == "به" && d.in(setWelcomeNoun, k-1) {
			return true
		}
		if !d.in(setWithDescriptor, k) {
			return false
		}
		k--
	}
	return false
}

// rulePersonReporterDateline names the reporter of an agency dateline.
var rulePersonReporterDateline = newRule("person-reporter-dateline",
	"a name after a dash or colon that closes «به گزارش خبرنگار …» is the reporter's («به گزارش خبرنگار ملکان – مریم کریمی»), and so is a name between an agency's name and its semicolon and a dash («باشگاه خبرنگاران جوان؛ مریم کریمی - …»; one word only if the surname list knows it), with no role",
	"به گزارش خبرنگار کوار – مریم کریمی\nبازرسی از نانوایی‌های شهر ادامه دارد.",
	"پلمب سه واحد صنفی\n\nباشگاه خبرنگاران جوان؛ مریم کریمی - مدیرکل تعزیرات حکومتی فارس از پلمب سه واحد صنفی خبر داد.")

// reporterDatelines finds «به گزارش خبرنگار [place] – name» with nothing
// after the name on its line: the reporter who filed the story.
func (d *document) reporterDatelines(ms []rawMention, usedName map[int]bool) []rawMention {
	for _, m := range d.tokensWithKey("خبرنگار") {
		if d.tokKey(m-1) != "گزارش" {
			continue
		}
		k := m + 1
		for k < len(d.toks) && k <= m+4 && d.isWord(k) {
			k++
		}
		if k >= len(d.toks) || !isDash(d.toks[k].punct) && d.toks[k].punct != ':' {
			continue
		}
		ns, ne := d.nameWords(k+1, false)
		if ne-ns < 2 || !d.givenAt(ns) || usedName[ns] || ne < len(d.toks) && d.toks[ne].punct != '\n' && d.toks[ne].punct != '/' {
			continue
		}
		rm := d.nameMention(ns, ne, usedName, rulePersonReporterDateline, m)
		rm.role = d.tokText(m, m+1)
		rm.credit = true
		ms = append(ms, rm)
	}
	return ms
}

// rulePersonCommemorated keeps one spoken of as of the past from the titles
// around it and from breaking the link between a name and a later title.
var rulePersonCommemorated = newRule("person-commemorated",
	"a name after the noun of an anniversary or a passing («سالروز شهادت آیت‌الله …», «رحلت …») or after «پیکر» (the body of one who died) is spoken of: it takes no unnamed title of the sentences around it, and does not stop an earlier name taking the unnamed title of a later sentence",
	"حسن کریمی در جلسه شورای اداری کوار گفت: کار ادامه دارد.\nوی به مناسبت سالروز شهادت آیت‌الله سید حسن مدرس از نمایندگان مجلس تجلیل کرد.\nفرماندار کوار افزود: طرح‌ها اجرا شد.")

// rulePersonSaintInBody keeps the saint a body is named after from holding
// the body's title.
var rulePersonSaintInBody = newBlockingRule("person-saint-in-body",
	"a name after «امام» or «حضرت» that ends a body's name in a title («رئیس بیمارستان امام علی») is the saint the body is named after, not the title's holder",
	"جلسه با حضور فرماندار کوار، رئیس شبکه بهداشت، رئیس بیمارستان امام علی (ع) کوار و تعدادی از دیگر مسئولان برگزار شد.")

// rulePersonThankedSpokenOf keeps the one thanked from the role of an
// unnamed title near the thanks.
var rulePersonThankedSpokenOf = newBlockingRule("person-thanked-spoken-of",
	"a name after a noun of thanks («از زحمات …», «تکریم …») is the one thanked, spoken of: it takes no unnamed title of the sentences around it («از خدمات حسن کریمی قدردانی شد. استاندار فارس گفت: …»)",
	"معارفه معاون استاندار\n\nنماینده مردم کوار در مجلس شورای اسلامی گفت: همدان به زیرساخت نیاز دارد.\nاز خدمات حسن کریمی قدردانی و علی احمدی به عنوان سرپرست معاونت سیاسی استانداری معرفی شد.")

// thankedNounBefore returns the noun of thanks that governs a name whose
// words (after its honorifics) end before token k+1, when an opening quote
// mark («از خدمات «حسن کریمی» تقدیر») or the years served («از تلاش‌های
// پنج ساله حسن کریمی») stand between them; else -1.
func (d *document) thankedNounBefore(k int) int {
	j, skipped := k, false
	for j > 0 && isQuote(d.toks[j].punct) {
		j--
		skipped = true
	}
	for j > 0 && d.covered(j, catHonorific) {
		j--
	}
	if j > 1 && d.in(setYearsServed, j) {
		if _, ok := d.number(j - 1); ok {
			j -= 2
			skipped = true
		}
	}
	if !skipped || !d.in(setThankedNoun, j) {
		return -1
	}
	d.fire(rulePersonThankedSpokenOfApart, j, k+1)
	return j
}

var setYearsServed = newWordSet("years_served") // «ساله» of «تلاش‌های پنج ساله»: the years a post was held

var rulePersonThankedSpokenOfApart = newBlockingRule("person-thanked-spoken-of-apart",
	"a noun of thanks governs the name after it across an opening quote mark («از خدمات «…» تقدیر») or the years served («از تلاش‌های پنج ساله …»): the one thanked is spoken of, as with the noun right before the name",
	"معارفه سرپرست شعبه\n\nمراسم معارفه سرپرست شعبه هلال احمر کوار برگزار شد.\nدر این آیین از خدمات «حسن کریمی» تقدیر و «علی احمدی» به عنوان سرپرست جدید شعبه معرفی شد.",
	"تودیع رئیس اداره راهداری\n\nفرماندار کوار در مراسم تودیع رئیس اداره راهداری سخن گفت.\nدر پایان از تلاش‌های پنج ساله رضا احمدی تقدیر و حسن کریمی به عنوان رئیس جدید اداره معرفی شد.")

// agencyReporters finds «باشگاه خبرنگاران جوان؛ سارا کریمی - …»: an
// agency's name, a semicolon, and the reporter's name before a dash. It runs
// before titles are read, so that a title after the dash does not take the
// reporter's name.
func (d *document) agencyReporters(ms []rawMention, usedName map[int]bool) []rawMention {
	for t := 1; t+2 < len(d.toks); t++ {
		if d.toks[t].punct != '؛' && d.toks[t].punct != ';' || !d.agencyBefore(t) {
			continue
		}
		ns := t + 1
		for ns+1 < len(d.toks) && d.covered(ns, catHonorific) {
			ns++ // «سید سجاد …»: the name drops the honorific
		}
		// The slot is the evidence: every word up to the dash, two to four
		// of them, is the name («سید سجاد حسنی بالاجاده -»).
		ne := ns
		for ne < len(d.toks) && ne-ns < 5 && d.isWord(ne) && !d.in(setKeyStop, ne) {
			ne++
		}
		// Some portals type an underscore for the dash («سمیه کریمی _ …»).
		// One word is a name only when the surname list knows it
		// («باشگاه خبرنگاران جوان؛ کریمی - …»).
		single := ne-ns == 1 && d.in(setKeySurname, ns) && !d.givenAt(ns)
		if ne-ns < 2 && !single || ne-ns > 4 || usedName[ns] || ne >= len(d.toks) || !isDash(d.toks[ne].punct) && d.toks[ne].punct != '_' || !d.givenAt(ns) && !d.nameToken(ns) {
			continue
		}
		rm := d.nameMention(ns, ne, usedName, rulePersonReporterDateline, t)
		rm.credit = true
		ms = append(ms, rm)
	}
	return ms
}

// agencyBefore reports whether an agency's or outlet's name ends right before
// token t: «خبرنگاران» or an outlet word among the three words before it.
func (d *document) agencyBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && d.isWord(k); k-- {
		if d.tokKey(k) == "خبرنگاران" || d.in(setOutletWord, k) {
			return true
		}
	}
	return false
}

// rulePersonAppointedList gives each name of a list the singular of a plural
// title after «به عنوان».
var rulePersonAppointedList = newRule("person-appointed-list",
	"each name of a list before «به عنوان» and a plural title, or right before a plural title (or a comma and one) when the names are joined by «و» (honorifics may stand before a name, and after one a surname alone is a name) or each stands in quotation marks, holds the singular title, «به ترتیب» (respectively) between them too («… علی احمدی و حسن زارعی به عنوان فرمانداران جدید معرفی شدند», «“احمد مرادی”،“فاطمه جراره” نمایندگان …»)",
	"در داراب علی احمدی، در فسا رضا ملکی و در کوار حسن زارعی به عنوان فرمانداران جدید معرفی شدند.",
	"استاندار از بندر بازدید کرد و «احمد مرادی»،«فاطمه جراره» نمایندگان مردم استان در مجلس او را همراهی کردند.",
	"حسن کریمی و علی احمدی به ترتیب به عنوان فرمانداران کوار و لامرد منصوب شدند.")

// appointedLists finds lists of names appointed together under a plural
// title («… به عنوان فرمانداران جدید»), which no title match covers.
func (d *document) appointedLists(ms []rawMention, usedName map[int]bool) []rawMention {
	var byStart map[int32]int // name mentions by where they start, for respectiveTitles
	for as := 0; as < len(d.toks); as++ {
		p := d.asPhraseEnd(as)
		if p < 0 {
			continue
		}
		if d.ordinalAt(p) {
			p++
		}
		single, role, ok := d.singularTitle(p)
		if !ok {
			if d.tokKey(as-1) == "ترتیب" && d.tokKey(as-2) == "به" {
				ms = d.respectiveTitles(ms, usedName, as, p, &byStart)
			}
			continue
		}
		if n := d.alternateAfter(p + 1); n > 0 && single == "عضو" {
			// «… به عنوان اعضای علی‌البدل انتخاب شدند»: alternate
			// members, a title of its own, written as the text has it.
			d.fire(rulePersonAppointedList, p, p+1+n)
			role += " " + d.tokText(p+1, p+1+n)
		}
		org, level := "", ""
		if e, ok := d.lx.titleEntry[single]; ok {
			org, level = d.lx.entries[e].org, d.lx.entries[e].level
		}
		end := as
		if d.tokKey(end-1) == "ترتیب" && d.tokKey(end-2) == "به" {
			end -= 2 // «A، B و C به ترتیب به عنوان استانداران …»: respectively
		}
		if k := d.tokKey(end - 1); (k == "آرا" || k == "ارا") && (d.tokKey(end-2) == "اکثریت" || d.tokKey(end-2) == "اتفاق") && d.tokKey(end-3) == "با" {
			end -= 3 // «A و B با اکثریت آرا به عنوان اعضای …»: the vote
		}
		if d.tokKey(end-1) == "را" {
			end-- // «… A، B و C را به ترتیب به عنوان شهرداران … منصوب کرد»
		}
		for _, it := range d.listItemsBefore(end) {
			ms = d.appointedItem(ms, usedName, it, as, p, single, role, org, level)
		}
	}
	// «علی نادری و حسن کرمانشاهی نمایندگان استان در مجلس»: a plural
	// title right after two or more names joined by «و».
	for t := 2; t < len(d.toks); t++ {
		single, role, ok := d.singularTitle(t)
		if !ok {
			continue
		}
		end := t
		if d.toks[t-1].punct == '،' || d.toks[t-1].punct == ',' {
			end = t - 1 // «کمال علیپور و کیوان مرادیان، نمایندگان …»
		}
		items, lones := d.listItemsBeforeLone(end, true)
		last := items
		if len(items) >= 2 {
			last = items[len(items)-1:]
		}
		// Joined by «و», or each in quotation marks («…»،«…» نمایندگان);
		// the last name's honorifics stand between («… و خانم دکتر …»).
		if len(items) < 2 {
			continue
		}
		j := last[0][0] - 1
		for j > 0 && d.covered(j, catHonorific) {
			j--
		}
		if d.tokKey(j) != "و" && !isQuote(d.toks[j].punct) {
			continue
		}
		org, level := "", ""
		if e, ok := d.lx.titleEntry[single]; ok {
			org, level = d.lx.entries[e].org, d.lx.entries[e].level
		}
		if single == keyRepresentative && (d.majlisAfter(t+1) || d.tokKey(t+1) == "مردم") {
			// «… نمایندگان مردم استان در مجلس شورای اسلامی»; «…
			// نمایندگان مردم کوار»: the people's representatives sit in
			// the Majlis even where the text does not name it.
			org = majlisName
		}
		for k, it := range items {
			n := len(ms)
			ms = d.appointedItem(ms, usedName, it, t, t, single, role, org, level)
			if lones&(1<<k) != 0 && len(ms) > n {
				ms[n].rules.hits = append(ms[n].rules.hits, ruleHit{rule: rulePersonPluralTitleSurnames, start: d.toks[it[0]].start, end: d.toks[t].end})
			}
		}
	}
	return ms
}

// respectiveTitles pairs the names listed before «به ترتیب به عنوان» (as,
// the «به» of «به عنوان») with the titles listed after it from token p, in
// order, when there are as many of each and two or more: «حسن کریمی و
// علی احمدی به ترتیب به عنوان رئیس و نایب رئیس شورا انتخاب شدند».
func (d *document) respectiveTitles(ms []rawMention, usedName map[int]bool, as, p int, byStart *map[int32]int) []rawMention {
	type title struct{ s, e int }
	var titles []title
	for t := p; t < len(d.toks) && len(titles) < 15; {
		tm, ok := d.matchAt(catTitle, t)
		if !ok {
			break
		}
		s, e := d.tokSpan(tm)
		titles = append(titles, title{s, e})
		if after := d.toks[min(e, len(d.toks)-1)].punct; d.tokKey(e) == "و" || after == '،' || after == ',' {
			t = e + 1
			continue
		}
		break
	}
	items := d.listItemsBefore(as - 2)
	if len(titles) < 2 || len(items) != len(titles) {
		return ms
	}
	for k, it := range items {
		ti := titles[k]
		if usedName[it[0]] {
			// A name a title rule took first («… کرمانی به ترتیب به
			// عنوان رئیس، …» read as the first title's) takes its own.
			if *byStart == nil {
				// Built once a document, so that a page of many lists
				// stays linear.
				*byStart = make(map[int32]int, len(ms))
				for j := range ms {
					if ms[j].kind == MentionName {
						(*byStart)[ms[j].start] = j
					}
				}
			}
			if j, ok := (*byStart)[d.toks[it[0]].start]; ok {
				ms[j].rules.hits = append(ms[j].rules.hits, ruleHit{rule: rulePersonRespectiveTitles, start: d.toks[ti.s].start, end: d.toks[ti.e-1].end})
				ms[j].role, ms[j].org, ms[j].headKey = d.tokText(ti.s, ti.e), "", d.toks[ti.s].key
			}
			continue
		}
		rm := d.nameMention(it[0], it[1], usedName, rulePersonRespectiveTitles, it[0])
		rm.rules.hits = append(rm.rules.hits, ruleHit{rule: rulePersonRespectiveTitles, start: d.toks[ti.s].start, end: d.toks[ti.e-1].end})
		rm.role, rm.headKey = d.tokText(ti.s, ti.e), d.toks[ti.s].key
		ms = append(ms, rm)
	}
	return ms
}

// alternateAfter returns how many tokens at t spell «علی‌البدل»
// (alternate), glued, apart by a ZWNJ or a space; 0 if none.
func (d *document) alternateAfter(t int) int {
	switch {
	case d.tokKey(t) == keyAlternate:
		return 1
	case d.tokKey(t) == "علی" && d.tokKey(t+1) == "البدل":
		return 2
	}
	return 0
}

// keyAlternate is the key of «علی‌البدل» typed as one word.
var keyAlternate = NormalizeKey("علی‌البدل")

// appointedItem adds the mention of list item it, whose names hold the
// singular title of the plural at token p (the phrase [from,p] names it).
func (d *document) appointedItem(ms []rawMention, usedName map[int]bool, it [2]int, from, p int, single, role, org, level string) []rawMention {
	ns, ne := it[0], it[1]
	if usedName[ns] {
		return ms
	}
	rm := d.nameMention(ns, ne, usedName, rulePersonAppointedList, ns)
	rm.rules.hits = append(rm.rules.hits, ruleHit{rule: rulePersonAppointedList, start: d.toks[from].start, end: d.toks[p].end})
	rm.role, rm.org, rm.headKey = role, org, single
	if org != "" && level == "county" && d.covered(ns-1, catCounty) {
		// «در کرمان علی بابائی»: the county the item names.
		rm.org = org + " شهرستان " + d.tokText(ns-1, ns)
	}
	return append(ms, rm)
}

// singularTitle returns the key and the spelling of the singular of the
// plural title at token t («فرمانداران» → «فرماندار», «نمایندگان» →
// «نماینده»).
func (d *document) singularTitle(t int) (key, role string, ok bool) {
	k, ok := d.lx.pluralTitle[d.tokKey(t)]
	if !ok {
		return "", "", false
	}
	return k, d.lx.titleKey[k], true
}

// listItemsBefore returns the names [ns,ne) of the list that ends right
// before token end: items parted by commas and «و», each ending in a name
// that starts with a given name («در کرمان علی بابائی»). It stops at the
// first item without one.
func (d *document) listItemsBefore(end int) [][2]int {
	items, _ := d.listItemsBeforeLone(end, false)
	return items
}

// listItemsBeforeLone is listItemsBefore; with lone, an item may also end in
// a surname alone, of the lists or of a surname's shape («کریمی و رستمی
// نمایندگان …»); the bits of lones mark those items.
func (d *document) listItemsBeforeLone(end int, lone bool) (items [][2]int, lones uint16) {
	for e := end; e > 0 && len(items) < 15; {
		quoted := isQuote(d.toks[e-1].punct) // «… «احمد مرادی»،«فاطمه جراره» نمایندگان»
		if quoted {
			e--
		}
		s := e - 1
		for s >= 0 && d.isWord(s) && d.toks[s].key != "و" && e-s <= 6 {
			s--
		}
		ns := -1
		for t := max(s+1, e-4); t < e-1; t++ {
			if d.givenAt(t) && d.allNameWords(t, e) && !(d.covered(t, catCounty) && d.givenAt(t+1)) {
				// «در فردوس رضا ملکی»: a county that is also a given
				// name, before a given name, is the item's place.
				ns = t
				break
			}
		}
		for t := max(s+2, e-2); ns < 0 && t < e; t++ {
			if d.covered(t-1, catHonorific) && !d.covered(t, catHonorific) && d.allNameWords(t, e) {
				// «دکتر بابایی کارنامی و خانم دکتر زمانی نمایندگان …»:
				// after an honorific a surname alone is a name.
				ns = t
			}
		}
		if ns < 0 && lone && d.loneListSurname(e-1) {
			ns = e - 1
			lones |= 1 << len(items)
		}
		if ns < 0 {
			break
		}
		items = append(items, [2]int{ns, e})
		if quoted && s >= 0 && isQuote(d.toks[s].punct) {
			s-- // the opening mark; the separator is before it
		}
		if s < 0 || d.toks[s].key != "و" && d.toks[s].punct != '،' && d.toks[s].punct != ',' {
			break
		}
		e = s
	}
	slices.Reverse(items)
	var rev uint16
	for k := range items {
		if lones&(1<<k) != 0 {
			rev |= 1 << (len(items) - 1 - k)
		}
	}
	return items, rev
}

// loneListSurname reports whether token t, the last word of a list's
// item, is a surname alone: of the lists or of a surname's shape, no given
// name, stopword, title, body or place, after no name word.
func (d *document) loneListSurname(t int) bool {
	if t < 1 || !d.surnameLike(t) || d.in(setKeyGiven, t) || d.in(setKeyStop, t) || d.in(setKeyPlace, t) {
		return false
	}
	if d.covered(t, catTitle) || d.covered(t, catOrg) || d.covered(t, catHonorific) {
		return false
	}
	return !d.nameToken(t-1) || !d.isWord(t-1) || d.tokKey(t-1) == "و"
}

var rulePersonPluralTitleSurnames = newRule("person-plural-title-surnames",
	"surnames alone, of the lists or of a surname's shape, joined by «و» right before a plural title each hold its singular («کریمی و رستمی نمایندگان مردم کوار»)",
	"در این جلسه کریمی و رستمی نمایندگان مردم کوار در مجلس حضور داشتند.")

// allNameWords reports whether every token of [s,e) can be a word of a name.
func (d *document) allNameWords(s, e int) bool {
	for t := s; t < e; t++ {
		if !d.nameToken(t) && !d.plainWordAnyShape(t) {
			return false
		}
	}
	return true
}

// compoundHead reports whether h is the first part of the compound surname
// w, written as one word with a ZWNJ («شبستری» of «شبستری‌خیابانی»): a
// prefix of four letters or more, before at least four more.
func compoundHead(w, h string) bool {
	n, m := utf8.RuneCountInString(h), utf8.RuneCountInString(w)
	return n >= minCompoundPart && m-n >= minCompoundPart && strings.HasPrefix(w, h)
}

// minCompoundPart is the shortest part of a compound surname that names it.
const minCompoundPart = 4

// containsRun reports whether the words of run stand together in ws.
func containsRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// nameMention returns the name mention of tokens [ns,ne), marks them used,
// and records that rule r found it from token from on.
func (d *document) nameMention(ns, ne int, usedName map[int]bool, r *Rule, from int) rawMention {
	rm := rawMention{kind: MentionName, person: -1, start: d.toks[ns].start, end: d.toks[ne-1].end, rules: newTracer()}
	rm.name = d.text(rm.start, rm.end)
	for k := ns; k < ne; k++ {
		rm.nameKeys = append(rm.nameKeys, d.toks[k].key)
		usedName[k] = true
	}
	d.cur = rm.rules
	d.fire(r, from, ne)
	d.cur = nil
	return rm
}

// headlineSpeaker reads the surname that opens a headline before a colon and
// what the person said («رحیمیان: سرانه فضای ورزشی …»): a surname of the
// lists or of a surname's shape, no word the stop list holds.
func (d *document) headlineSpeaker(usedName map[int]bool) (rawMention, bool) {
	if !d.isHeadline || len(d.toks) < 4 || !d.isWord(0) || d.toks[1].punct != ':' || usedName[0] || !d.isWord(2) {
		return rawMention{}, false
	}
	k := d.toks[0].key
	if d.in(setKeyStop, 0) || d.in(setKeyGiven, 0) || !d.plainWordAnyShape(0) && !d.in(setKeySurname, 0) {
		return rawMention{}, false
	}
	if !(d.surnameLike(0) || strings.HasSuffix(k, "ی") && utf8.RuneCountInString(k) >= 4) {
		return rawMention{}, false
	}
	rm := d.nameMention(0, 1, usedName, rulePersonHeadlineSpeaker, 0)
	rm.bare, rm.said = true, true
	return rm, true
}

var rulePersonHeadlineSpeaker = newRule("person-headline-speaker",
	"a surname opening a headline before a colon and what was said («رحیمیان: سرانه فضای ورزشی …») is the person who said it; the body's first unnamed title that speaks gives the role",
	"رحیمیان: سرانه فضای ورزشی کوار آخر است\n\nرئیس اداره ورزش و جوانان شهرستان کوار از واگذاری سالن‌ها خبر داد.")

// martyrListItem reports whether mention i follows «و» in a sentence where
// a martyr was named before it («شهدای والامقام … و حسن کریمی»): one more of
// those commemorated, who takes no title of the news.
func (d *document) martyrListItem(ms []rawMention, i int) bool {
	t := d.tokAt(ms[i].start)
	if t < 1 || d.tokKey(t-1) != "و" {
		return false
	}
	si := sentenceAt(d.sents, ms[i].start)
	for j := i - 1; j >= 0; j-- {
		if sentenceAt(d.sents, ms[j].start) != si {
			return false
		}
		if ms[j].martyr {
			return true
		}
	}
	return false
}

// martyrs adds the names after «شهید» or «شهیدان» («شهیدان رجایی، باهنر و
// رئیسی», «خانواده شهید فایق سبحانی»): commemorated persons, named without a
// role. After a word of place («اسکله شهید ذاکری», «خیابان شهید بهشتی»)
// the name is the place's and no person.
func (d *document) martyrs(ms []rawMention, usedName map[int]bool) []rawMention {
	for t := 0; t+1 < len(d.toks); t++ {
		k := d.toks[t].key
		if k == "شهدای" {
			// «شهدای بزرگوار ناصری و کاوه»: after the plural and its
			// praise, names of the lists only («شهدای دولت» names none).
			e := t + 1
			for e < len(d.toks) && e-t <= 2 && d.in(setMartyrPraise, e) {
				e++
			}
			if e == t+1 || !d.isWord(e) || !d.nameToken(e) {
				continue
			}
			t, k = e-1, "شهیدان"
		} else if k != "شهید" && k != "شهیدان" && k != "مرحوم" {
			// «مرحوم حاج علی اصغر باهنر»: the late are remembered as the
			// martyrs are, and hold no title of the news.
			continue
		}
		if _, ok := d.number(t - 1); ok || d.isNum(t-1) {
			continue // «۷۰۰ شهید», «سی شهید»: a count of martyrs, no name after it
		}
		if _, ok := d.number(t + 1); ok || d.isNum(t+1) || d.in(setMagnitude, t+1) {
			continue // «به یاد هر شهید هزار نهال»: a count after, no name
		}
		if d.namedPlaceBefore(t) {
			// «تالار شهید آوینی», «طرح شهید حاج قاسم سلیمانی»: the words
			// after are the name of the place or the plan.
			i := t + 1
			for i < len(d.toks) && i-t <= 2 && d.covered(i, catHonorific) {
				usedName[i] = true
				i++
			}
			for i < len(d.toks) && i-t <= 4 && d.isWord(i) && (d.nameToken(i) || d.plainWord(i)) && !verbShaped(d.toks[i].key) {
				usedName[i] = true
				i++
			}
			if i > t+1 {
				d.fire(rulePersonPlaceName, t, i)
			}
			continue
		}
		if d.in(setMartyrEpithet, t+1) {
			// «شهید خدمت», «شهید گمنام», «مردم شهید پرور»: an epithet,
			// no name, and no surname for a later rule either.
			usedName[t+1] = true
			d.fire(rulePersonEpithet, t, t+2)
			continue
		}
		i := t + 1
		for i < len(d.toks) && i-t <= 2 && d.covered(i, catHonorific) {
			i++ // «سردار شهید حاج حسین همدانی»
		}
		for i < len(d.toks) {
			ns := i
			for i < len(d.toks) && i-ns < 3 && d.isWord(i) && !usedName[i] && d.toks[i].key != "و" &&
				!verbShaped(d.toks[i].key) && !d.in(setRoleBreak, i) && (d.nameToken(i) || d.plainWord(i)) {
				i++
				if !d.givenAt(i-1) && !d.surnameGoesOn(i) {
					// «شهید رجایی نمونه بارز …»: the surname ends the name;
					// an ordinary word after it is the sentence's.
					break
				}
			}
			if i == ns {
				break
			}
			if nk := d.toks[ns].key; ns > t+1 && !d.nameToken(ns) && !d.in(setKeySurname, ns) && !(strings.HasSuffix(nk, "ی") && utf8.RuneCountInString(nk) >= 4) {
				// «شهیدان مهدی و حمید کریمی، عملیات …»: after the first
				// name of a list, an item that opens with no name word
				// nor a word of a surname's «ی» is the sentence's next
				// clause.
				d.fire(rulePersonMartyrListEnd, ns, i)
				break
			}
			if i == ns+1 && !d.nameToken(ns) && d.in(setPastVerb, i) {
				// «در خانه شهید اقامه شد»: a verbal noun before its
				// verb, no name.
				break
			}
			if i == ns+1 && !d.nameToken(ns) && (d.in(setPastVerb, ns) || d.in(setCopula, ns)) {
				// «… را الگو دانست», «این شهیدان هست که …»: a verb right
				// after the word, no name.
				d.fire(rulePersonMartyrVerb, t, ns+1)
				break
			}
			if d.in(setNationalMartyr, i-1) {
				// «شهید سلیمانی», «بیمارستان شهید بهشتی»: a martyr of the
				// whole country, remembered or lending a name, is no
				// person of the county's news.
				for j := ns; j < i; j++ {
					usedName[j] = true
				}
				d.fire(rulePersonNationalMartyr, ns, i)
			} else {
				rm := d.nameMention(ns, i, usedName, rulePersonMartyr, t)
				rm.bare, rm.martyr = true, true
				ms = append(ms, rm)
			}
			if k != "شهیدان" || i >= len(d.toks) || (d.toks[i].punct != '،' && d.toks[i].punct != ',' && d.toks[i].key != "و") {
				break
			}
			i++ // the next name of the list
		}
		t = i - 1
	}
	return ms
}

// placeOfAyatollah reports whether the name at token ns follows «آیت الله»
// right after a place noun («بیمارستان آیت‌الله طالقانی»): a place named
// after a revered cleric, whose honorific does not make the name a person
// of the news.
func (d *document) placeOfAyatollah(ns int) bool {
	k := ns - 1
	for k >= 0 && d.covered(k, catHonorific) {
		k--
	}
	if k < 0 || k == ns-1 || !d.in(setPlaceNoun, k) {
		return false
	}
	return ayatollahKey(d.tokKey(k + 1))
}

// ayatollahKey reports whether token key k opens «آیت الله» or «آیه الله»
// (keys fold «آ» to «ا»: «آیت» is «ایت» here).
func ayatollahKey(k string) bool {
	return strings.HasPrefix(k, "ایت") || strings.HasPrefix(k, "ایه")
}

// clericBefore reports whether a clerical honorific («حجت الاسلام», «آیت
// الله») stands right before name mention m.
func (d *document) clericBefore(m *rawMention) bool {
	for t := d.beforeName(m); t >= 0 && d.covered(t, catHonorific); t-- {
		// Keys fold «آ» to «ا»: «آیت» is «ایت» here.
		if k := d.toks[t].key; strings.HasPrefix(k, "حجت") || strings.HasPrefix(k, "حجه") || ayatollahKey(k) {
			return true
		}
	}
	return false
}

// revered reports whether «حضرت» stands among the honorifics right before
// name mention m («حضرت آیت الله …»): the Leader or a marja, spoken of.
func (d *document) revered(m *rawMention) bool {
	t := d.beforeName(m)
	for ; t >= 0 && d.covered(t, catHonorific); t-- {
		if d.toks[t].key == "حضرت" {
			return true
		}
	}
	return d.tokKey(t) == "حضرت"
}

// beforeName returns the token before name mention m, stepping over the
// quotation mark that opens a quoted name («حجت الاسلام «علی سامکی»»).
func (d *document) beforeName(m *rawMention) int {
	t := d.tokAt(m.start) - 1
	if t > 0 && isQuote(d.toks[t].punct) {
		t--
	}
	return t
}

// clericTitleBefore returns the first unnamed mention before ms[i] of a
// cleric's title (the cleric_title set: «امام جمعه», «نماینده ولی فقیه»),
// or -1 when there is none or more than one distinct such title. A title
// with no place («با حضور امام جمعه») is the same as one with a place.
func (d *document) clericTitleBefore(ms []rawMention, i int) int {
	found, role, place := -1, "", ""
	for j := 0; j < i; j++ {
		if ms[j].kind != MentionTitle || ms[j].person >= 0 || ms[j].role == "" || !d.lx.has(setClericTitle, NormalizeKey(ms[j].role)) {
			continue
		}
		r, p := NormalizeKey(ms[j].role), lastWordKey(ms[j].org)
		if found >= 0 && (r != role || p != "" && place != "" && p != place) {
			return -1 // two clerics' titles: which one is unclear
		}
		if found < 0 {
			found, role = j, r
		}
		if place == "" {
			place = p
		}
	}
	return found
}

// setClericTitle holds the keys of the titles clerics hold.
var setClericTitle = newWordSet("cleric_title")

// setExecutiveTitle holds the keys of executive titles that clerics do not
// hold (governors, district governors, ministers).
var setExecutiveTitle = newWordSet("executive_title")

// ruleClericNotExecutive keeps a cleric named after an unnamed executive
// title from taking it.
var ruleClericNotExecutive = newBlockingRule("person-cleric-not-executive",
	"a name after a clerical honorific («حجت الاسلام») or a military rank («سرهنگ») does not take an unnamed governor's or minister's title from the sentences before: clerics and officers speak at their ceremonies",
	"فرماندار جدید کوار معرفی شد. حجت الاسلام حسن کریمی در مراسم معارفه فرماندار جدید گفت: مردم زحمات را فراموش نمی‌کنند.",
	"فرماندار کوار از افتتاح سه مدرسه خبر داد. سرهنگ حسن کریمی با اشاره به کمک بسیجیان گفت: کار ادامه دارد.")

// rankBefore reports whether a military rank («سرهنگ», «سردار») stands right
// before name mention m, among its honorifics.
func (d *document) rankBefore(m *rawMention) bool {
	for t := d.beforeName(m); t >= 0 && d.covered(t, catHonorific); t-- {
		if d.in(setMilitaryRank, t) {
			return true
		}
	}
	return false
}

// nameLine reports whether name mention m stands alone on its line, or with
// only a place after a slash or dash («مهدی زکی پور / لرستان»): a byline,
// whose person has no role in the article.
func (d *document) nameLine(m *rawMention) bool {
	s, e := d.tokAt(m.start), d.tokAt(m.end-1)+1
	if e-s < 2 {
		return false
	}
	for s > 0 && d.covered(s-1, catHonorific) {
		s-- // «سید مهرداد حسینی» alone on its line
	}
	if s > 0 && d.toks[s-1].punct == '/' && e < len(d.toks) && d.toks[e].punct == ':' && d.outletOpensLine(s-1) {
		// «پایگاه خبری صدای کوار/ مریم کریمی: …»: the outlet, then its
		// reporter before the lead.
		return true
	}
	if s > 0 && d.toks[s-1].punct != '\n' {
		return false
	}
	if e == len(d.toks) || d.toks[e].punct == '\n' {
		return true
	}
	if p := d.toks[e].punct; p != '/' && p != '-' && p != '–' {
		return false
	}
	if d.toks[e].punct == '/' && d.in(setOutletWord, e+1) {
		// «بهاره موفقی/روزنامه خراسان روز گذشته …»: the reporter and
		// the paper, run into the lead.
		return true
	}
	for t := e + 1; t < len(d.toks) && d.toks[t].punct != '\n'; t++ {
		if !d.isWord(t) || t > e+3 {
			return false
		}
	}
	return true
}

// outletOpensLine reports whether the words from the start of the line to
// token t (a slash) name an outlet: at most six words, the first an outlet
// word («پایگاه خبری …», «خبرگزاری …»).
func (d *document) outletOpensLine(t int) bool {
	j := t - 1
	for j >= 0 && d.isWord(j) && t-j <= 6 {
		j--
	}
	if j >= 0 && d.toks[j].punct != '\n' || j+1 >= t {
		return false
	}
	return d.in(setOutletWord, j+1)
}

// namedPlaceBefore reports whether «شهید» at token t is part of the name of
// a place or body: a word of place or an organisation within the three words
// before it («دانشگاه علوم پزشکی شهید بهشتی», «اتوبان شهید فهمیده»).
func (d *document) namedPlaceBefore(t int) bool {
	for j := t - 1; j >= 0 && j >= t-4 && d.isWord(j); j-- {
		// Four words back: «مرکز بهداشتی در مانی شهید …», a word typed apart.
		if d.in(setPlaceNoun, j) || d.covered(j, catOrg) {
			return true
		}
	}
	return d.placeListItem(t)
}

// placeListItem reports whether token t is an item of a list of places
// («روستاهای حیدرآباد، لطف آباد و شهید دلیری»): «و» or a comma before it,
// and before the items, each of one to three words, the plural of a place
// noun.
func (d *document) placeListItem(t int) bool {
	if t < 2 || d.tokKey(t-1) != "و" && d.toks[t-1].punct != '،' && d.toks[t-1].punct != ',' {
		return false
	}
	words := 0
	for j := t - 2; j >= 0 && j >= t-14; j-- {
		switch {
		case d.isWord(j) && d.tokKey(j) != "و":
			if d.in(setPlacePlural, j) {
				return true
			}
			if words++; words > 3 {
				return false
			}
		case d.tokKey(j) == "و" || d.toks[j].punct == '،' || d.toks[j].punct == ',':
			words = 0
		default:
			return false
		}
	}
	return false
}

// insidePronoun reports whether title match m lies inside a pronoun phrase
// such as «این مقام مسئول».
func (d *document) insidePronoun(m match) bool {
	// The matches of one category are in text order and do not overlap:
	// only the last one starting at or before m can hold it.
	ps := d.by[catPronoun]
	i := sort.Search(len(ps), func(i int) bool { return ps[i].start > m.start })
	return i > 0 && ps[i-1].end >= m.end
}

// sameName is the package's sameName with one relation more: two names of
// two words or more that differ only in a surname's part typed on the last
// word of one («علیار اسکندری» and «علیار اسکندری نسب», whose detached part
// resolvePeople joins to the word before) name the same person.
func (lx *lexicon) sameName(a, b []string) bool {
	if sameName(a, b) {
		return true
	}
	n := len(a)
	if lx == nil || n < 2 || len(b) != n || !slices.Equal(a[:n-1], b[:n-1]) {
		return false
	}
	return lx.typedOn(a[n-1], b[n-1]) || lx.typedOn(b[n-1], a[n-1])
}

// typedOn reports whether surname key y is x, of three letters or more,
// with a surname's part typed on («اسکندری» → «اسکندری‌نسب»).
func (lx *lexicon) typedOn(x, y string) bool {
	return len(y) > len(x) && strings.HasPrefix(y, x) && utf8.RuneCountInString(x) >= 3 && lx.has(setSurnamePart, y[len(x):])
}

// partHeads returns key y without each surname's part it may end with
// («اسکندری» of «اسکندری‌نسب»), heads of three letters or more.
func (lx *lexicon) partHeads(y string) []string {
	var hs []string
	for i := range y {
		if i > 0 && lx.typedOn(y[:i], y) {
			hs = append(hs, y[:i])
		}
	}
	return hs
}

// sameName reports whether two names (as word keys) name the same person:
// equal, or one is the trailing words of the other (a surname alone), or
// one is the words inside the other, without its first and last words (the
// first words of a surname in several: «فلاح» of «حسین فلاح جوشقانی»,
// «زارع زاده» of «رضا زارع زاده مهریزی»).
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) >= 3 && len(a) <= len(b)-2 && containsRun(b[1:len(b)-1], a) {
		return true
	}
	if len(a) == 1 && len(b) >= 2 {
		for _, w := range b[1:] {
			if compoundHead(w, a[0]) {
				return true
			}
		}
	}
	return slices.Equal(a, b[len(b)-len(a):]) || sameSpelledApart(a, b)
}

// sameSpelledApart reports whether name a is name b's trailing words typed
// with a space more or less: «مخلصالائمه» of «فرزاد مخلص الائمه».
func sameSpelledApart(a, b []string) bool {
	la := 0
	for _, w := range a {
		la += len(w)
	}
	lb := 0
	for off := len(b) - 1; off >= 0 && lb < la; off-- {
		lb += len(b[off])
		if lb == la && len(b)-off != len(a) && sameLetters(a, b[off:]) {
			return true
		}
	}
	return false
}

// sameLetters reports whether the words of a and of b, each run together,
// are the same string, without building either.
func sameLetters(a, b []string) bool {
	i, j, x, y := 0, 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case x == len(a[i]):
			i, x = i+1, 0
		case y == len(b[j]):
			j, y = j+1, 0
		case a[i][x] != b[j][y]:
			return false
		default:
			x, y = x+1, y+1
		}
	}
	for i < len(a) && x == len(a[i]) {
		i, x = i+1, 0
	}
	for j < len(b) && y == len(b[j]) {
		j, y = j+1, 0
	}
	return i == len(a) && j == len(b)
}

// resolvePeople merges mentions into persons and attributes quotes.
func (d *document) resolvePeople(ms []rawMention) ([]person, []Quote) {
	for i := range ms {
		// «دکترعلیمرادیان» and «دکتر علیمرادیان» are one name.
		if m := &ms[i]; m.kind == MentionName && len(m.nameKeys) > 0 {
			if k, ok := d.lx.cutGluedHonorific(m.nameKeys[0]); ok {
				m.nameKeys = append([]string{NormalizeKey(k)}, m.nameKeys[1:]...)
			}
			// «فتح اللهی» and «فتح الهی», «روح الله» and «روح اله»: one
			// name in two spellings.
			for j, k := range m.nameKeys {
				if strings.Contains(k, "الله") {
					m.nameKeys = slices.Clone(m.nameKeys)
					m.nameKeys[j] = strings.ReplaceAll(k, "الله", "اله")
				}
			}
			// «عبداله زاده» and «عبدالهزاده»: a detached surname part is
			// one key with the word before it.
			for j := 1; j < len(m.nameKeys); j++ {
				if j == 1 && j+1 < len(m.nameKeys) && d.lx.given[m.nameKeys[0]] {
					// «محمدعلی اصل مرزی»: after a given name, a part that
					// more words follow opens the surname («اصل مرزی»
					// alone names the same person).
					continue
				}
				if d.lx.has(setSurnamePart, m.nameKeys[j]) {
					keys := slices.Clone(m.nameKeys[:j-1])
					keys = append(keys, m.nameKeys[j-1]+m.nameKeys[j])
					m.nameKeys = append(keys, m.nameKeys[j+1:]...)
					j--
				}
			}
		}
	}
	// «شیر یزدانی» and «شیریزدانی»: a name written in two words is the
	// one-word name of another mention when the words make it up.
	singles := make(map[string]bool)
	for i := range ms {
		if m := &ms[i]; m.kind == MentionName && len(m.nameKeys) == 1 {
			singles[m.nameKeys[0]] = true
		}
	}
	if len(singles) > 0 {
		for i := range ms {
			if m := &ms[i]; m.kind == MentionName && len(m.nameKeys) == 2 && singles[m.nameKeys[0]+m.nameKeys[1]] {
				m.nameKeys = []string{m.nameKeys[0] + m.nameKeys[1]}
			}
		}
	}
	var ps []person
	names := nameIndex{lx: d.lx} // finds the person of a name, see nameIndex
	var glued gluedNames         // finds a person named by given name and surname in one word
	// Named mentions.
	titledIn := map[int]int{}  // a person → the sentence of its last titled name
	others := map[string]int{} // a surname alone and its title's body → the other holder found for them
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionName || m.bare {
			continue
		}
		found := names.find(ps, m.nameKeys)
		si, other := sentenceAt(d.sents, m.start), ""
		if found >= 0 && len(m.nameKeys) == 1 && len(ps[found].nameKeys) >= 2 && m.org != "" && ps[found].org != "" {
			// «دکتر حسن کریمی سرپرست فرمانداری … با کریمی رئیس
			// راهداری …»: a surname alone with a title of another
			// body, in the sentence that named the full name with its
			// own, is another holder of the surname.
			mo := roleKeysOf(m.role, m.org).org
			if ts, ok := titledIn[found]; ok && ts == si && mo != roleKeysOf(ps[found].role, ps[found].org).org {
				other = m.nameKeys[0] + "\x00" + mo
				found = -1
				if pi, ok := others[other]; ok {
					found = pi
				}
			}
		}
		if found < 0 {
			ps = append(ps, person{name: m.name, nameKeys: m.nameKeys, first: m.start, rules: newTracer()})
			found = len(ps) - 1
		}
		if other != "" {
			others[other] = found
			d.cur = ps[found].rules
			d.fireSpan(rulePersonSurnameOtherHolder, m.start, m.end)
			d.cur = nil
		}
		p := &ps[found]
		if len(m.nameKeys) > len(p.nameKeys) {
			p.name, p.nameKeys = m.name, m.nameKeys
			names.grew(ps, found)
		}
		if p.role == "" || m.role != "" && (m.role != p.role || p.org == "" && m.org != "") && d.betterRole(m.role, m.org, p.role, p.org) {
			p.role, p.org = m.role, m.org
		}
		p.rules.hits = append(p.rules.hits, m.rules.hits...)
		m.person = found
		if m.role != "" {
			titledIn[found] = si
		}
	}
	// Names without a title: a known person (the fuller form wins), or the
	// official an unnamed title in the same or the previous three sentences
	// spoke of («دادستان نقده … خبر داد. کریم قادرزاده گفت: …»).
	for i := range ms {
		m := &ms[i]
		if !m.bare {
			continue
		}
		found := names.find(ps, m.nameKeys)
		if found >= 0 && m.martyr && ps[found].role != "" && len(m.nameKeys) > len(ps[found].nameKeys) {
			// «کریمی فرماندار کوار … با خانواده شهید حسن کریمی
			// دیدار کرد»: a martyr named in full is not the official
			// the surname alone named with a title.
			d.fireSpan(rulePersonMartyrNotOfficial, m.start, m.end)
			found = -1
		} else if found < 0 {
			found = glued.find(d, ps, m)
		}
		if found < 0 {
			ti, goesOn := -1, false
			if !m.martyr && !m.oblique && !d.nameLine(m) {
				ti, goesOn = d.titleBefore(ms, i)
				if ti >= 0 && sentenceAt(d.sents, ms[ti].start) != sentenceAt(d.sents, m.start) && d.opensNameList(ms, i) {
					// «… شهردار جدید انتخاب شود. حسن کریمی، رضا
					// احمدی و …»: a list of names is several people,
					// not the one official the title before spoke of.
					d.fireSpan(ruleRoleNameListNoTitle, m.start, ms[i+1].end)
					ti, goesOn = -1, false
				}
				if ti >= 0 && (d.clericBefore(m) || d.rankBefore(m)) && d.lx.has(setExecutiveTitle, NormalizeKey(ms[ti].role)) {
					// «حجت الاسلام احمد جباری در مراسم معارفه فرماندار
					// جدید …»: a cleric speaks at the governor's
					// ceremony; he is not the governor.
					d.fireSpan(ruleClericNotExecutive, m.start, m.end)
					ti, goesOn = -1, false
				}
				if ti < 0 && d.clericBefore(m) && !d.revered(m) {
					// «امام جمعه سرخس … گفت: …» many sentences before
					// «حجت الاسلام حسن …»: the cleric is the unnamed
					// Friday-prayer leader of the article; not one
					// revered as «حضرت», the Leader or a marja.
					if ci := d.clericTitleBefore(ms, i); ci >= 0 {
						ti = ci
					}
				}
			}
			if ti < 0 {
				hp := d.headlinePerson(m, ps)
				if hp >= 0 && d.inNameList(ms, i) {
					// A name of a list is not the headline's one official.
					d.fireSpan(ruleRoleNameListNoTitle, m.start, m.end)
					hp = -1
				}
				if hp >= 0 && !m.martyr && !m.oblique && !d.nameLine(m) {
					// (A name alone on its line is a byline's
					// («خبرنگار:» on the line before), not the official's.)
					// The headline's official («فرماندار آوج:») named in the lead.
					h := &d.headline[hp]
					ps = append(ps, person{name: m.name, nameKeys: m.nameKeys, first: m.start, role: h.role, org: h.org, rules: newTracer()})
					found = len(ps) - 1
					h.person = found
					d.cur = ps[found].rules
					d.fireSpan(rulePersonNamesHeadlineTitle, m.start, m.end)
					d.cur = nil
					ps[found].titleHits = append(ps[found].titleHits, h.rules.hits...)
					if m.rules != nil {
						ps[found].rules.hits = append(ps[found].rules.hits, m.rules.hits...)
					}
					m.person = found
					continue
				}
				tr := newTracer()
				d.cur = tr
				line := d.nameLine(m)
				if line {
					d.fireSpan(rulePersonNameLine, m.start, m.end)
				}
				core := m.end
				if m.tailStart > 0 {
					core = m.tailStart
				}
				ok := m.martyr || m.listed || m.said || m.thankedQuoted || line || d.standaloneName(d.tokAt(m.start), d.tokAt(core-1)+1)
				d.cur = nil
				if ok {
					if m.rules != nil {
						tr.hits = append(tr.hits, m.rules.hits...)
					}
					ps = append(ps, person{name: m.name, nameKeys: m.nameKeys, first: m.start, rules: tr})
					found = len(ps) - 1
					m.person = found
					d.cur = ps[found].rules
					d.fireSpan(rulePersonStandalone, m.start, m.end)
					next := d.titleAfter(ms, i)
					if next >= 0 && !m.martyr && d.martyrListItem(ms, i) {
						d.fireSpan(ruleRoleMartyrListItem, m.start, m.end)
						next = -1
					}
					if next >= 0 && !m.martyr && (!m.oblique || d.speaks(ms, i)) && !line && !d.nameInPhrase(m) {
						// «محسن صیادی اظهار کرد: … مدیر بازرسی … بیان کرد:»
						t := &ms[next]
						ps[found].role, ps[found].org = t.role, t.org
						ps[found].rules.hits = append(ps[found].rules.hits, t.rules.hits...)
						d.fireSpan(ruleRoleNextSentenceTitle, t.start, t.end)
						t.person = found
					}
					d.cur = nil
					continue
				}
				m.kind = "" // not a person we can place
				continue
			}
			t := &ms[ti]
			ps = append(ps, person{name: m.name, nameKeys: m.nameKeys, first: t.start, role: t.role, org: t.org, rules: newTracer()})
			found = len(ps) - 1
			t.person = found
			ps[found].rules.hits = append(ps[found].rules.hits, t.rules.hits...)
			if m.rules != nil {
				ps[found].rules.hits = append(ps[found].rules.hits, m.rules.hits...)
			}
			d.cur = ps[found].rules
			d.fireSpan(rulePersonNamesUnnamedTitle, m.start, m.end)
			if goesOn {
				d.fireSpan(ruleRoleSpeakerGoesOn, t.start, m.end)
			}
			for k := ti + 1; k < i; k++ {
				if ms[k].kind == MentionName {
					if ms[k].role != "" && sentenceAt(d.sents, ms[k].start) != sentenceAt(d.sents, m.start) && !d.spokenByTitle(ms, k, sentenceAt(d.sents, ms[k].start)) {
						d.fireSpan(ruleRolePastTitledName, ms[k].start, ms[k].end)
					} else {
						d.fireSpan(rulePersonPastQuotedNames, ms[k].start, ms[k].end)
					}
					break
				}
			}
		} else {
			d.cur = ps[found].rules
			d.fireSpan(rulePersonKnownName, m.start, m.end)
		}
		d.cur = nil
		p := &ps[found]
		if len(m.nameKeys) > len(p.nameKeys) {
			p.name, p.nameKeys = m.name, m.nameKeys
			names.grew(ps, found)
		}
		m.person = found
	}
	kept := ms[:0]
	for _, m := range ms {
		if m.kind != "" {
			kept = append(kept, m)
		}
	}
	ms = kept
	d.fullerNames(ps)
	// Name-only mentions of known persons elsewhere in the text.
	ms = d.nameOnlyMentions(ms, ps)
	slices.SortStableFunc(ms, func(a, b rawMention) int { return cmp.Compare(a.start, b.start) })
	// Title-only mentions: the person with the same organisation and role head.
	var pk []roleKeys     // see roleKeys; worked out at the first title-only mention
	var titles titleIndex // the persons a title may name, see titleIndex
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionTitle || m.person >= 0 {
			continue
		}
		if pk == nil {
			pk = make([]roleKeys, len(ps))
			for pi := range ps {
				pk[pi] = roleKeysOf(ps[pi].role, ps[pi].org)
			}
		}
		mk := roleKeysOf(m.role, m.org)
		best, bestScore := -1, 0
		former := d.formerRole(m.role)
		for _, pi := range titles.candidates(pk, mk, m.org != "") {
			p, k := ps[pi], &pk[pi]
			if former && !d.formerRole(p.role) {
				// «رئیس اسبق محیط زیست کوار» is the one dismissed, not
				// the head appointed in his place.
				continue
			}
			score := 0
			switch {
			case m.org != "" && mk.org == k.org:
				score = 2
				if mk.role == k.role {
					score = 4
				} else if mk.first() == k.first() {
					score = 3
				} else {
					score = 0
				}
			case m.org == "" && mk.multiword() && mk.role == k.role:
				score = 3
			case p.org == "" && mk.multiword() && mk.role == k.role:
				// «معاون غذا و داروی دانشگاه علوم پزشکی یزد» … «مریم
				// شریفی معاون غذا و دارو»: the same title given in full.
				score = 3
			case m.org != "" && extendsWords(mk.words, k.words) && mk.orgLast == k.orgLast:
				// «دادستان عمومی و انقلاب شهرستان لارستان» … «جهانبخش،
				// دادستان لارستان»: a fuller form of the same title at
				// the same place.
				score = 2
			case m.org != "" && extendsWords(mk.words, k.words) && k.org != "" && k.org == k.orgLast && strings.HasPrefix(mk.org, k.org):
				// «مراد یگانه فرماندار گفت» … «فرماندار ویژه دهلران
				// افزود»: the person's title named no place, and the
				// fuller form names where.
				score = 2
			}
			if score > bestScore || (score == bestScore && score > 0 && p.first > ps[best].first && p.first < m.start) {
				best, bestScore = pi, score
			}
		}
		m.person = best
		if best >= 0 && ps[best].org == "" && mk.role == pk[best].role {
			ps[best].org = m.org
		}
		if best >= 0 && extendsWords(mk.words, pk[best].words) {
			// The most specific form of the title is the person's role.
			ps[best].role, ps[best].org = m.role, m.org
			d.cur = ps[best].rules
			d.fireSpan(ruleRoleFullerTitle, m.start, m.end)
			d.cur = nil
		}
		if best >= 0 {
			old := pk[best]
			pk[best] = roleKeysOf(ps[best].role, ps[best].org)
			titles.update(best, old, pk[best])
		}
	}
	// «سفر رئیس جمهور به کوار … آیت‌الله رئیسی»: the president named by
	// surname with no title of his own. The title mentions are looked up
	// only once such a name is found, which few articles have.
	pt := -2
	for pi := range ps {
		if p := &ps[pi]; p.role == "" && d.presidentName(p.nameKeys) {
			if pt == -2 {
				pt = d.unnamedPresident(ms)
			}
			if pt < 0 {
				break
			}
			p.role, p.org = ms[pt].role, ms[pt].org
			d.cur = p.rules
			d.fireSpan(ruleRolePresidentNamed, ms[pt].start, ms[pt].end)
			d.cur = nil
		}
	}
	// «… سرپرستی استانداری کوار را بر عهده داشت», «در دوران تصدی
	// فرمانداری کوار»: a name with no title of its own whose clause says
	// the post it held.
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionName || m.person < 0 || ps[m.person].role != "" {
			continue
		}
		if role, org, s, e, ok := d.heldOffice(d.tokAt(m.end-1) + 1); ok {
			p := &ps[m.person]
			p.role, p.org = role, org
			d.cur = p.rules
			d.fire(ruleRoleHeldOffice, s, e)
			d.cur = nil
		}
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

// heldOffice reads, from token t right after a name, a clause that says the
// post the person held or holds by its abstract noun: «(در دوران) تصدی
// (سمت) فرمانداری کوار», «سرپرستی استانداری کوار را بر عهده داشت»,
// «عهده‌دار فرمانداری کوار». A few words may stand between the name and the
// noun («در دو ماهی که …»), but no mark, title or time before now («پیش از
// این …» names a former post). It returns the role, the organisation and the
// tokens [s,e) the rule fired on.
func (d *document) heldOffice(t int) (role, org string, s, e int, ok bool) {
	n, tenure, charge := -1, false, false
	for j := t; j < len(d.toks) && j < t+8; j++ {
		if !d.isWord(j) {
			return
		}
		k := d.toks[j].key
		if d.in(setHeldHeadNoun, j) || d.in(setHeldBodyNoun, j) {
			n = j
			break
		}
		switch {
		case k == "تصدی":
			tenure = true
		case k == "عهدهدار" || k == "دار" && d.tokKey(j-1) == "عهده":
			charge = true
		case d.covered(j, catTitle) || d.in(setTimeWord, j) || d.in(setKeyGiven, j):
			return
		}
	}
	if n < 0 {
		return
	}
	body := d.in(setHeldBodyNoun, n)
	if !body {
		// A head's noun heads a body that follows it («سرپرستی اداره …»,
		// «ریاست شورای …», «سرپرستی این مجموعه»), not a meeting («ریاست
		// جلسه»).
		_, isOrg := d.matchAt(catOrg, n+1)
		if !isOrg && !d.in(setHeldBodyNoun, n+1) && d.tokKey(n+1) != "این" && d.tokKey(n) != "مدیرکلی" {
			return
		}
	}
	end := n + 1
	for end < len(d.toks) && end < n+10 && d.isWord(end) && !d.breaksPhrase(end) {
		end++
	}
	if !tenure && !charge {
		// «… را بر عهده داشت», «… را به عهده دارد»
		r := end
		if d.tokKey(r) != "را" {
			return
		}
		switch k := d.tokKey(r + 1); {
		case (k == "بر" || k == "به") && d.tokKey(r+2) == "عهده":
		case k == "برعهده" || k == "بهعهده":
		default:
			return
		}
	}
	title := strings.TrimSuffix(d.phrase(n, n+1), "ی")
	if d.tokKey(n) == "ریاست" {
		title = "رئیس"
	}
	orgStart := n + 1
	if body {
		orgStart = n
	} else if d.in(setHeldBodyNoun, n+1) {
		if _, ok := d.lx.titleEntry[NormalizeKey(title)+d.tokKey(n+1)]; ok {
			// «سرپرستی استانداری کوار»: the acting head of a
			// governorate, a title of its own.
			title += " " + d.phrase(n+1, n+2)
		}
	}
	if oe := d.dropTrailingAnd(end, orgStart); oe > orgStart && d.tokKey(orgStart) != "این" {
		org = d.phrase(orgStart, oe)
	}
	return title, org, n, end, true
}

// ruleRoleHeldOffice gives a name with no title the post its clause says it
// held, by the post's abstract noun.
var ruleRoleHeldOffice = newRule("role-held-office",
	"a name with no title of its own takes the post its clause says it held or holds by the post's abstract noun (sets held_head_noun, held_body_noun): «… سرپرستی استانداری کوار را بر عهده داشت», «در دوران تصدی فرمانداری کوار», «عهده‌دار فرمانداری کوار»; the role is the title as such («سرپرست استانداری», «فرماندار», «رئیس»), with no «سابق» the text does not write",
	"حسن کریمی در دو ماهی که سرپرستی استانداری کوار را بر عهده داشت کارها را پیش برد.",
	"از رضا احمدی در دوران تصدی فرمانداری کوار قدردانی شد.")

var (
	setHeldHeadNoun = newWordSet("held_head_noun") // «سرپرستی», «ریاست»: a head's post as an abstract noun
	setHeldBodyNoun = newWordSet("held_body_noun") // «فرمانداری», «شهرداری»: a body whose head's post the noun also names
)

// unnamedPresident returns the first title mention of the president that
// no person took («سفر رئیس جمهور به کوار»), or -1.
func (d *document) unnamedPresident(ms []rawMention) int {
	for i := range ms {
		if ms[i].kind == MentionTitle && ms[i].person < 0 && d.lx.has(setPresidentTitle, NormalizeKey(ms[i].role)) {
			return i
		}
	}
	return -1
}

// presidentName reports whether a name ends in a president's surname, of
// one word or two («رئیسی», «احمدی نژاد»).
func (d *document) presidentName(keys []string) bool {
	n := len(keys)
	return n > 0 && (d.lx.has(setPresidentSurname, keys[n-1]) || n > 1 && d.lx.has(setPresidentSurname, keys[n-2]+keys[n-1]))
}

// ruleRolePresidentNamed gives the president's title, named with no name,
// to a name that ends in a president's surname and has no title of its own.
var ruleRolePresidentNamed = newRule("role-president-named",
	"a name that ends in a president's surname and has no title of its own, in an article that gives the president's title with no name and to no one («سفر رئیس جمهور به کوار»), is the president's",
	"استاندار فارس از سفر رئیس جمهور به کوار خبر داد. وی افزود: در این سفر آیت‌الله رئیسی از طرح‌های عمرانی بازدید خواهد کرد.")

var (
	setPresidentTitle   = newWordSet("president_title")   // «رئیس جمهور»: the president's title
	setPresidentSurname = newWordSet("president_surname") // «رئیسی», «روحانی»: presidents' surnames
)

// betterRole reports whether a person's title given again, role with org,
// should replace the one they have, held with heldOrg: the longer title is
// the fuller, or the one that names the body; but a post no longer held
// («مدیر سابق آموزش و پرورش») gives way to one held, however short.
func (d *document) betterRole(role, org, held, heldOrg string) bool {
	if former, wasFormer := d.formerRole(role), d.formerRole(held); former != wasFormer {
		return wasFormer
	}
	return len([]rune(role)) > len([]rune(held)) || heldOrg == "" && org != ""
}

// formerRole reports whether role ends in a qualifier of a post no longer
// held («فرماندار سابق», «بخشدار پیشین»).
func (d *document) formerRole(role string) bool {
	i := strings.LastIndexByte(role, ' ')
	return i > 0 && d.lx.has(setFormerQualifier, NormalizeKey(role[i+1:]))
}

// fullerNames gives a person known by a surname alone the fullest form the
// article writes it in: a given name right before the same surname anywhere
// («… با ارسلان تنگسیر …» and «دکتر تنگسیر استاندار بوشهر»).
func (d *document) fullerNames(ps []person) {
	for pi := range ps {
		p := &ps[pi]
		n := len(p.nameKeys)
		if n == 0 || n > 2 || n == 2 && !d.lx.has(setSurnamePart, p.nameKeys[1]) && !d.lx.surnames[p.nameKeys[1]] {
			continue // a surname alone, or in two words («رحمانی فضلی»)
		}
		if d.lx.given[p.nameKeys[0]] {
			continue
		}
		for _, t := range d.tokensWithKey(p.nameKeys[0]) {
			if t < 1 || !d.keysAt(t, p.nameKeys) || d.covered(t-1, catTitle) {
				continue
			}
			if !d.givenAt(t-1) && !d.givenOfKnownSurname(t-1) || d.covered(t-1, catHonorific) {
				continue // «خانم سامانی»: an honorific is no given name
			}
			g := t - 1
			if d.in(setGivenTail, g) && d.givenHead(g-1) {
				g-- // «روح الله»
			}
			other := false
			for qi := range ps {
				if qi != pi && len(ps[qi].nameKeys) > n && d.lx.sameName(ps[qi].nameKeys, append([]string{d.toks[g].key}, p.nameKeys...)) {
					other = true
				}
			}
			if other {
				continue
			}
			start, end := d.toks[g].start, d.toks[t+n-1].end
			p.name = d.text(start, end)
			p.nameKeys = nil
			for k := g; k < t+n; k++ {
				p.nameKeys = append(p.nameKeys, d.toks[k].key)
			}
			saved := d.cur
			d.cur = p.rules
			d.fireSpan(rulePersonFullerName, start, end)
			d.cur = saved
			break
		}
	}
}

// givenOfKnownSurname reports whether token t is a given name that the lists
// hold as rare or as a common word («هدایت», «انتقام») and opens its clause:
// before a surname the article already gives a person, it is their given name
// («هدایت فیلی در نشست خبری …» and «فیلی، مدیرکل پست …»).
func (d *document) givenOfKnownSurname(t int) bool {
	if !d.isWord(t) || !d.in(setKeyGivenAll, t) || d.in(setKeyStop, t) {
		return false
	}
	return !d.isWord(t-1) || phraseOpener(d.tokKey(t-1))
}

// keysAt reports whether the tokens from t have the keys ks.
func (d *document) keysAt(t int, ks []string) bool {
	if t+len(ks) > len(d.toks) {
		return false
	}
	for i, k := range ks {
		if d.toks[t+i].key != k {
			return false
		}
	}
	return true
}

// maxTitleAfter bounds how many sentences after a name its title may come,
// with only pronouns («وی افزود») between.
const maxTitleAfter = 8

// titleAfter returns the index of the unnamed title mention that names the
// role of the bare name at ms[i] in agency style, where the name is given
// first and the title stands for it as the subject of one of the next
// sentences («X گفت: … وی افزود: … استاندار یزد گفت: …»): the title opens
// its sentence or follows «به گفته», no other name comes between, and it is
// not yet linked; -1 if none.
func (d *document) titleAfter(ms []rawMention, i int) int {
	si := sentenceAt(d.sents, ms[i].start)
	if si < 0 {
		return -1
	}
	unsure := -1 // a word passed over that reads as a name but is not surely one
	for j := i + 1; j < len(ms); j++ {
		m := ms[j]
		tj := sentenceAt(d.sents, m.start)
		if tj < 0 || tj > si+maxTitleAfter {
			return -1
		}
		if m.kind == MentionName && !m.martyr && !m.commemorated && !d.lx.sameName(m.nameKeys, ms[i].nameKeys) && tj > si && m.bare && !d.nameInPhrase(&ms[j]) && !d.speaks(ms, j) && d.unsureName(&ms[j]) {
			unsure = j
			continue
		}
		if m.kind == MentionName && !m.martyr && !m.commemorated && !d.lx.sameName(m.nameKeys, ms[i].nameKeys) && tj > si && (m.bare && !d.nameInPhrase(&ms[j]) || d.speaks(ms, j)) {
			// Another person named in a later sentence is the one its
			// title stands for; one named beside the name in its own
			// sentence («با حضور …») is not, nor one named with a
			// title of their own in passing («خبر رفتن جعفر طولابی،
			// فرماندار دلفان …»).
			return -1
		}
		if m.kind != MentionTitle || m.person >= 0 || m.role == "" || tj == si {
			continue
		}
		t := d.tokAt(m.start)
		if first := d.tokAt(d.sents[tj].start); t == first || d.tokKey(t-1) == "گفته" && d.tokKey(t-2) == "به" || (d.afterReportOpener(t, first) || d.afterDateline(t, first) && firstNamed(ms, i)) && !d.titleListedAfter(ms, j) {
			if d.namedRightAfter(ms, j, tj, ms[i].nameKeys) {
				// «جانشین فرماندهی … گفت: …. سرهنگ یوسف سپهوند افزود»:
				// the name right after the title is its holder.
				return -1
			}
			if unsure >= 0 {
				d.fireSpan(ruleRoleUnsureNameBetween, ms[unsure].start, ms[unsure].end)
			}
			return j
		}
	}
	return -1
}

// unsureName reports whether a bare name mention, with no title of its own,
// is not surely a name («حسین آبادو یحیی قیه»: places that read as a given
// name and a word): no martyr, list item, speaker or name alone on its
// line, and no name by its words (standaloneName). Such a word is no person
// a later title could stand for instead.
func (d *document) unsureName(m *rawMention) bool {
	if m.martyr || m.listed || m.said || d.nameLine(m) {
		return false
	}
	core := m.end
	if m.tailStart > 0 {
		core = m.tailStart
	}
	saved := d.cur
	d.cur = newTracer() // what the check fires is no output's
	sure := d.standaloneName(d.tokAt(m.start), d.tokAt(core-1)+1)
	d.cur = saved
	return !sure
}

var ruleRoleUnsureNameBetween = newRule("role-unsure-name-between",
	"a word between a name and the unnamed title of a later sentence that reads as a name but is not surely one (a place such as «حسین آبادو یحیی قیه»: no honorific, given name with a known surname, or speech verb) does not keep the title from the name",
	"حسن کریمی از تخریب ساخت و سازها خبر داد. این ساخت و سازها در اراضی منطقه سامک، حسین آبادو یحیی قیه قرار داشتند.\nدادستان کوار افزود: برخورد ادامه دارد.")

// afterReportOpener reports whether token t comes right after the comma
// that closes a sentence's «به گزارش …» opener, the sentence's first comma
// («به گزارش روابط عمومی فرمانداری کوار، فرماندار کوار در این بازدید …»):
// the title then opens the sentence's own words, unless a comma after it
// makes it the first of a list («…، بخشدار کوار، معاون … از سوابق اوست»).
func (d *document) afterReportOpener(t, first int) bool {
	if d.tokKey(first) != "به" || d.tokKey(first+1) != "گزارش" || t-first > 30 || t < first+3 || d.toks[t-1].punct != '،' {
		return false
	}
	for k := first + 2; k < t-1; k++ {
		if !d.isWord(k) {
			return false
		}
	}
	return true
}

// afterDateline reports whether token t comes right after an agency's
// dateline that opens its sentence, a place and the agency each of at most
// three words, each closed by a dash («زاهدان- ایرنا- فرماندار …»): the
// title then opens the sentence's own words.
func (d *document) afterDateline(t, first int) bool {
	k := first
	for part := 0; part < 2; part++ {
		n := 0
		for k < t && d.isWord(k) {
			k++
			n++
		}
		if n == 0 || n > 3 || k >= t || !isDash(d.toks[k].punct) {
			return false
		}
		k++
	}
	return k == t
}

// firstNamed reports whether mention i is the article's first name: a
// dateline's official is the lead's speaker, not a byline's name that a
// portal prints before the lead.
func firstNamed(ms []rawMention, i int) bool {
	for k := 0; k < i; k++ {
		if ms[k].kind == MentionName {
			return false
		}
	}
	return true
}

// titleListedAfter reports whether title mention j is the first of a list: a
// comma after it and another title or a name right after the comma
// («…، بخشدار کوار، معاون …»). A comma before the rest of the sentence
// («استاندار کوار، سامک را … خواند») makes no list.
func (d *document) titleListedAfter(ms []rawMention, j int) bool {
	c := d.tokAt(ms[j].end-1) + 1
	if c >= len(d.toks) || d.toks[c].punct != '،' {
		return false
	}
	return j+1 < len(ms) && d.tokAt(ms[j+1].start) <= c+1
}

// namedRightAfter reports whether a bare name other than keys follows title
// mention j, in its sentence tj or the next, before any other title.
func (d *document) namedRightAfter(ms []rawMention, j, tj int, keys []string) bool {
	for k := j + 1; k < len(ms); k++ {
		sk := sentenceAt(d.sents, ms[k].start)
		if sk < 0 || sk > tj+1 || ms[k].kind == MentionTitle {
			return false
		}
		if ms[k].kind == MentionName && ms[k].bare && !ms[k].martyr && !d.lx.sameName(ms[k].nameKeys, keys) && !d.nameInPhrase(&ms[k]) {
			// (A name inside a phrase, «گنجینه عظیم معنوی», is no holder.)
			return true
		}
	}
	return false
}

// saintAfter reports whether the title phrase tp ends its body's name with
// «امام» or «حضرت» («رئیس بیمارستان امام علی»): the name after it is the
// saint the body is named after, not the title's holder.
func (d *document) saintAfter(tp titlePhrase) bool {
	if tp.end-1 <= tp.head || !d.in(setSaintTitle, tp.end-1) {
		return false
	}
	d.fire(rulePersonSaintInBody, tp.end-1, tp.end+1)
	return true
}

// titleBefore returns the index of the unnamed title mention that a bare
// name at ms[i] names: the nearest title-only mention, not yet linked, in
// the same sentence or the three before it, with no other name between; -1
// if none.
func (d *document) titleBefore(ms []rawMention, i int) (ti int, goesOn bool) {
	si := sentenceAt(d.sents, ms[i].start)
	if si < 0 {
		return -1, false
	}
	from := d.sents[max(si-3, 0)].start
	// A name that speaks («زارع افزود:») goes on from a title that spoke,
	// not from one named in passing («به همراه کارشناس آرد و نان»).
	speaker := d.speaks(ms, i)
	fallback := -1
	passing, replaced := false, false // fallback is a title in passing; a subject replaced it
	for j := i - 1; j >= 0 && ms[j].start >= from; j-- {
		switch {
		case ms[j].kind == MentionName:
			if ms[j].oblique || ms[j].martyr || ms[j].credit {
				// «… در دولت محمود احمدی‌نژاد …», «با آرمان‌های شهید …»:
				// spoken of, no subject; «باشگاه خبرنگاران جوان؛ فاطمه
				// نادری - حسن کریمی گفت»: the reporter credited.
				continue
			}
			if sj := sentenceAt(d.sents, ms[j].start); sj != si && d.spokenByTitle(ms, j, sj) {
				// «وزیر کشور گفت: … معرفی مهدی دوستی …. احمد وحیدی
				// افزود»: names inside what an unnamed title said are
				// not the speaker the next name stands for.
				continue
			}
			if sj := sentenceAt(d.sents, ms[j].start); sj == si && ms[j].role != "" && !ms[j].bare && d.objectOfWith(d.tokAt(ms[j].start)-1) {
				// «در دیدار بخشدار کوار با کریمی، نماینده مردم …، رضا
				// احمدی گزارشی ارائه کرد»: the official met, with a
				// title of their own, is no subject between.
				d.fireSpan(ruleRoleMetNameBetween, ms[j].start, ms[i].end)
				continue
			}
			if sj := sentenceAt(d.sents, ms[j].start); sj != si && ms[j].role != "" {
				// «فرماندار کوار در آیینی با حضور حسن رضایی نماینده مردم
				// … افزود: …. کاوه نیکنام با بیان اینکه …»:
				// a name given with a title of its own in an earlier
				// sentence is in passing; the unnamed title before it
				// may still be the later name's.
				continue // fired with the link (see the caller)
			}
			return fallback, false
		case ms[j].kind == MentionTitle && ms[j].person < 0 && ms[j].role != "":
			sj := sentenceAt(d.sents, ms[j].start)
			if sj == si && d.spokenByTitle(ms, i, si) {
				// A name in what the title says is not the title's.
				return -1, false
			}
			if sj == si && d.metTitle(ms[j]) {
				// «به منظور دیدار با امام جمعه …، خانم X وارد شد»: the
				// official met is not the one who came to meet him.
				d.fireSpan(ruleRoleMetNotHolder, ms[j].start, ms[i].end)
				continue
			}
			if sj != si && d.spokenByTitle(ms, j, sj) {
				// «معاون سیاسی … گفت: … اولویت بخشدار باشد. مرتضی حیدری
				// گفت»: a title inside what another title said is no
				// speaker; the speaker is.
				continue
			}
			if d.lx.has(setClosedTitle, NormalizeKey(ms[j].role)) && len(ms[i].nameKeys) > 1 {
				// «سفر رئیس جمهور …. فتح الله نوروزی … گفت»: the president
				// of county news is spoken of, not speaking; a full name
				// after the title is a local official's.
				continue
			}
			if sj != si && ((d.companionTitle(ms[j]) || d.objectTitle(ms[j])) && d.subjectTitleBefore(ms, j, sj) || d.titleAfterNoun(ms[j]) && d.actingTitleBefore(ms, j, sj)) {
				// «فرماندار اهر به همراه رئیس اداره غله … بازدید کرد.
				// X در این بازدید …»: the companion is not the one the
				// next sentence names; the subject before it is.
				if fallback < 0 {
					fallback, passing = j, true
				}
				continue
			}
			if speaker && sj != si && !d.speaks(ms, j) {
				if fallback < 0 {
					fallback = j
				} else if passing && sj == sentenceAt(d.sents, ms[fallback].start) {
					// No title spoke: the subject of the sentence that
					// named one in passing is still the one the name goes
					// on from («استاندار … خبر برکناری فرماندار … را
					// تکذیب کرد. X افزود»).
					fallback, passing, replaced = j, false, true
				}
				continue
			}
			return d.firstOfTitlePair(ms, j), fallback >= 0
		}
	}
	return fallback, replaced
}

// opensNameList reports whether the bare name ms[i] opens a list of names:
// the next mention is a bare name after a comma, or after the votes each
// name won and a comma or «و» («حسن کریمی سه رای، رضا احمدی دو رای و …»).
func (d *document) opensNameList(ms []rawMention, i int) bool {
	if i+1 >= len(ms) || ms[i+1].kind != MentionName || !ms[i+1].bare {
		return false
	}
	t, next := d.tokAt(ms[i].end-1)+1, d.tokAt(ms[i+1].start)
	votes := false
	if n, ok := d.number(t); ok && n > 0 && d.in(setVoteWord, t+1) {
		t += 2
		votes = true
	}
	if t+1 != next || !(d.toks[t].punct == '،' || d.toks[t].punct == ',' || votes && d.tokKey(t) == "و") {
		return false
	}
	// «X، Y و Z را به ترتیب به عنوان …»: the titles after the list go to
	// its names one by one; that is no list spoken of apart from a title.
	si := sentenceAt(d.sents, ms[i].start)
	for k := next; k < len(d.toks) && k < next+40 && d.toks[k].start < d.sents[si].end; k++ {
		if d.tokKey(k) == "ترتیب" && d.tokKey(k-1) == "به" {
			return false
		}
	}
	return true
}

// inNameList reports whether the bare name ms[i] opens a list of names or
// is the next item of one.
func (d *document) inNameList(ms []rawMention, i int) bool {
	if d.opensNameList(ms, i) {
		return true
	}
	return i > 0 && ms[i-1].kind == MentionName && ms[i-1].bare && d.opensNameList(ms, i-1)
}

var setVoteWord = newWordSet("vote_word") // «رای» after a number: the votes a name won

var ruleRoleNameListNoTitle = newBlockingRule("role-name-list-no-title",
	"a bare name that opens a list of names («حسن کریمی، رضا احمدی و …», or each with its votes: «حسن کریمی سه رای، …») takes no unnamed title of an earlier sentence, and no name of such a list takes the headline's title: the list is several people, the title one official",
	"گزینه‌های شهرداری\n\nشورای شهر کوار امروز شهردار جدید را انتخاب می‌کند.\nحسن کریمی، رضا احمدی و علی نادری سه گزینه این سمت هستند.",
	"انتخاب شهردار\n\nاعضای شورا امروز شهردار کوار را انتخاب کردند.\nاز گزینه‌های دیگر حسن کریمی سه رای، رضا احمدی دو رای و علی نادری یک رای را کسب کردند.")

// objectTitle reports whether title mention m is followed by «را», the
// mark of the object («فرماندار … رئیس اداره آب را برکنار کرد»): the
// official acted on, not the sentence's subject.
func (d *document) objectTitle(m rawMention) bool {
	e := d.tokAt(m.end-1) + 1
	if d.tokKey(e) != "را" {
		return false
	}
	d.fire(ruleRoleObjectTitle, d.tokAt(m.start), e+1)
	return true
}

var ruleRoleObjectTitle = newBlockingRule("role-object-title",
	"a title followed by «را» in an earlier sentence is the official acted on, not the subject: a name that goes on from that sentence takes the subject's title before it («فرماندار کوار … رئیس اداره آب را برکنار کرد. حسن کریمی گفت: …»)",
	"برکناری در کوار\n\nفرماندار شهرستان کوار شبانه در اقدامی ناگهانی با هماهنگی مدیرکل آب منطقه ای، رئیس اداره منابع آب کوار را برکنار کرد.\n\nحسن کریمی در گفت و گو با خبرنگار گفت: این تصمیم به دلیل کم کاری بود.")

// metTitle reports whether title mention m follows «با» after a noun of
// meeting («دیدار با امام جمعه …»): the official met.
func (d *document) metTitle(m rawMention) bool {
	t := d.tokAt(m.start)
	return d.tokKey(t-1) == "با" && d.in(setMeetingNoun, t-2)
}

// ruleRoleMetNotHolder keeps a name from the title of the official its
// subject met.
var ruleRoleMetNotHolder = newBlockingRule("role-met-not-holder",
	"a title after «دیدار با» or «ملاقات با» in the sentence of a name is the official met, not the name's («به منظور دیدار با امام جمعه کوار، حسن کریمی وارد شد»)",
	"به منظور دیدار با امام جمعه کوار و بازدید از موکب‌ها، حسن سامکی امروز وارد این استان شد.")

// ruleRoleMetNameBetween lets a name reach an unnamed title past a titled
// name its sentence says was met.
var ruleRoleMetNameBetween = newBlockingRule("role-met-name-between",
	"a name with a title of its own after «با» (the official met or joined: «در دیدار بخشدار کوار با کریمی، نماینده مردم …») does not keep a later name of its sentence from the unnamed title before it",
	"در دیدار امروز بخشدار مرکزی کوار با کریمی، نماینده مردم کوار در مجلس، رضا احمدی گزارشی از عملکرد بخشداری ارائه کرد.")

var setMeetingNoun = newWordSet("meeting_noun") // «دیدار با X»: X is the one met

// firstOfTitlePair returns the first title of a pair joined by «و» that
// names one official («فرماندار و رئیس شورای تأمین شهرستان … گفت»), the
// title mention j being the second, when the first is a post of the
// executive or the pulpit (postTitle); else j. The post is the role, the
// second a seat that goes with it (GUIDELINES: a second role goes to the
// note). Other pairs are two people as often as one («معاون وزیر نفت و
// مدیرعامل شرکت ملی گاز»).
func (d *document) firstOfTitlePair(ms []rawMention, j int) int {
	if j == 0 || ms[j-1].kind != MentionTitle || ms[j-1].person >= 0 || ms[j-1].role == "" || !d.postTitle(ms[j-1].role) {
		return j
	}
	a, b := d.tokAt(ms[j-1].end-1), d.tokAt(ms[j].start)
	if b != a+2 || d.tokKey(a+1) != "و" {
		return j
	}
	if ms[j-1].rules != nil {
		// On the title's own trace: the person it goes to takes its hits.
		ms[j-1].rules.add(ruleRoleFirstOfPair, int32(ms[j-1].start), int32(ms[j].end))
	}
	return j - 1
}

// postTitle reports whether role is a post of the executive or the pulpit
// (executive_title, cleric_title).
func (d *document) postTitle(role string) bool {
	k := NormalizeKey(role)
	return d.lx.has(setExecutiveTitle, k) || d.lx.has(setClericTitle, k)
}

// ruleRoleFirstOfPair takes the first of two titles joined by «و».
var ruleRoleFirstOfPair = newRule("role-first-of-pair",
	"of two unnamed titles joined by «و» that name one official («فرماندار و رئیس شورای تأمین شهرستان …»), a name after them takes the first, the post; the second is a seat that goes with it",
	"فرماندار و رئیس شورای تأمین شهرستان کوار گفت: تجمع برگزار شد. به گزارش خبرنگار ما، حسن کریمی اظهار داشت: کار ادامه دارد.")

// ruleRoleSpeakerGoesOn links a speaking name to the title that spoke before
// it rather than to a title named in passing closer to it.
var ruleRoleSpeakerGoesOn = newRule("role-speaker-goes-on",
	"a name that speaks («زارع افزود:») goes on from the unnamed title that spoke before it, not from a title named in passing nearer to it: one that came along, or one a noun governs («خبر برکناری فرماندار …») after the sentence's subject",
	"بازدید از نانوایی‌های کوار\nفرماندار کوار با همراهی کارشناس آرد و نان از نانوایی‌ها بازدید کرد.\nبه گزارش خبرگزاری، فرماندار کوار گفت: بازرسی‌ها ادامه دارد و امروز به همراه کارشناس آرد و نان از نانوایی‌ها بازدید شد.\nزارع افزود: چند نانوایی متخلف بودند.",
	"خبر فرمانداری سامک\nاستاندار کوار خبر برکناری فرماندار شهرستان سامک را تکذیب کرد. حسن کریمی در گفت‌وگو با خبرنگار افزود: این خبر درست نیست.")

// speaks reports whether mention i is followed, in its clause and before the
// next mention, by a speech verb: the one who said what follows.
func (d *document) speaks(ms []rawMention, i int) bool {
	t := d.tokAt(ms[i].end)
	si := sentenceAt(d.sents, ms[i].start)
	if si < 0 {
		return false
	}
	limit := d.sents[si].end
	if i+1 < len(ms) && ms[i+1].start < limit {
		limit = ms[i+1].start
	}
	for k := 0; t < len(d.toks) && d.toks[t].start < limit && k < 30; t, k = t+1, k+1 {
		if d.covered(t, catSpeech) {
			return true
		}
	}
	return false
}

// spokenByTitle reports whether mention ms[j], in sentence sj, stands in
// what an unnamed title at the start of that sentence says («وزیر کشور گفت:
// …»).
func (d *document) spokenByTitle(ms []rawMention, j, sj int) bool {
	first := d.tokAt(d.sents[sj].start)
	for k := j - 1; k >= 0 && ms[k].start >= d.sents[sj].start; k-- {
		if ms[k].kind == MentionName {
			return false
		}
		if ms[k].kind == MentionTitle && ms[k].person < 0 && d.tokAt(ms[k].start) == first {
			// The title opens the sentence; a speech verb after it
			// makes what follows its words.
			for t := d.tokAt(ms[k].end - 1); t < d.tokAt(ms[j].start); t++ {
				if d.covered(t, catSpeech) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// lastWordKey returns the key of the last word of s.
func lastWordKey(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return NormalizeKey(f[len(f)-1])
}

// personKey is the stable key of the i-th person.
func personKey(i int) string { return fmt.Sprintf("p%d", i+1) }

// surnameGoesOn reports whether token t, right after a surname, is more of
// it: a surname's second part («زاده», «پور») or a second surname of the
// lists or of a surname's shape («حسینی بهشتی»), not a title or a body.
func (d *document) surnameGoesOn(t int) bool {
	if !d.isWord(t) || d.covered(t, catTitle) || d.covered(t, catOrg) {
		return false
	}
	return d.in(setSurnamePart, t) || d.surnameLike(t)
}

// titleInApposition reports whether a title follows the name ending before
// token ne, set off by a comma («استاندار مازندران، عباسی، نماینده مردم …»):
// the name between two titles is the holder of the one after it.
func (d *document) titleInApposition(ne int) bool {
	if ne+1 >= len(d.toks) || d.toks[ne].punct != '،' && d.toks[ne].punct != ',' {
		return false
	}
	if _, ok := d.matchAt(catTitle, ne+1); !ok {
		return false
	}
	for t := ne + 2; t < len(d.toks) && t < ne+12; t++ {
		if p := d.toks[t].punct; p == '،' || p == ',' {
			if d.givenAt(t+1) || d.covered(t+1, catHonorific) {
				// «شهردار قم، محمد دلبری، مدیران …» after «تولیت …،
				// رحیمیان»: a list of titles each with its name after it
				return false
			}
			break
		}
		if !d.isWord(t) {
			break
		}
		if d.covered(t, catHonorific) {
			return false // «…، فرماندار لارستان آقای داریوش دهقان»: its own name
		}
	}
	d.fire(rulePersonTitleInApposition, ne-1, ne+2)
	return true
}

var rulePersonTitleInApposition = newBlockingRule("person-title-in-apposition",
	"a name between two titles set off by commas holds the title after it («با حضور استاندار کوار، کریمی، نماینده مردم …»)",
	"به حکم استاندار فارس، سید حسن کریمی، فرماندار کوار شد.")

// nameInPhrase reports whether the name of mention m, with the honorifics
// before it, stands inside a phrase rather than opening a clause: after a
// noun or a preposition («دولت دکتر پزشکیان», «رای به دکتر روحانی»). Such a
// name is no subject that a later title could stand for.
func (d *document) nameInPhrase(m *rawMention) bool {
	t := d.tokAt(m.start)
	for t > 0 && d.covered(t-1, catHonorific) {
		t--
	}
	if t == 0 || !d.isWord(t-1) || d.tokKey(t-1) == "و" {
		return false
	}
	if e := d.tokAt(m.end-1) + 1; d.covered(e, catSpeech) || d.sceneNext(e) {
		return false // «… استان مرکزی محمد اتابکی گفت»: the speaker after a long lead
	}
	return !d.opensClause(t) && !d.afterReportLead(t) && !d.in(setTimeWord, t-1)
}
