package transform

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"govwatch/transform/jalali"
)

// analyze is Analyze and AnalyzeContext: it returns the error of stop
// when stop, called between the stages of the analysis, returns one.
func analyze(in Input, stop func() error) (Analysis, error) {
	return analyzeWith(loadLexicon(), in, stop)
}

// analyzeWith is analyze with lexicon lx.
func analyzeWith(lx *lexicon, in Input, stop func() error) (Analysis, error) {
	if err := stop(); err != nil {
		return Analysis{}, err
	}
	in, truncated := cutInput(in)
	a := Analysis{Title: Normalize(in.Title), Version: ExtractorVersion, Truncated: truncated}
	sc := getScratch()
	a.Body, a.paras = normalizeBody(in.Paragraphs, &sc.norm)
	if err := stop(); err != nil {
		putScratch(sc)
		return Analysis{}, err
	}

	a.Registered = dateInfo(in.Registered)
	a.Occurred = dateInfo(in.Occurred)

	d := readDocument(lx, a.Body, sc)
	defer d.release()
	if err := stop(); err != nil {
		return Analysis{}, err
	}
	d.all = newTracer()
	d.county = Normalize(in.County)
	d.province = Normalize(in.Province)
	var td *document
	if a.Title != "" {
		td = readDocument(lx, a.Title, nil)
		td.isHeadline = true
	}
	if d.county == "" {
		d.county = d.inferPlace(catCounty, td)
	}
	if d.province == "" {
		d.province = d.inferPlace(catProvince, td)
	}
	if d.province == "" {
		d.province = d.datelineProvince()
	}
	if d.province == "" && d.county != "" {
		// A county named with no province: its province, as the
		// guidelines infer it («کوار» → «فارس»).
		d.province = lx.countyProvince[NormalizeKey(d.county)]
	}
	if td != nil {
		d.titleKey, d.titleLen = keyOf(td.body), int32(len(td.body))
		for _, m := range td.by[catOffice] {
			if code := lx.entries[m.entry].code; !contains(d.titleOffices, code) {
				d.titleOffices = append(d.titleOffices, code)
			}
		}
		// The headline names people too («فرماندار X: …»): read it first,
		// so that its unnamed official can be named in the lead.
		td.county, td.province = d.county, d.province
		td.people, _ = td.resolvePeople(td.collectMentions())
		d.headline = td.mentions
		_, d.introduces = td.findWord(0, len(td.toks), setIntroduction)
		defer td.release()
	}
	a.County, a.Province = d.county, d.province

	if a.Registered != nil {
		reg, err := jalali.Parse(a.Registered.Jalali)
		if err == nil {
			// The event day is told in the lead, within the first
			// paragraphs (after a kicker and a repeated title).
			lead := a.Body
			if len(lead) > maxLeadBytes {
				lead = lead[:maxLeadBytes]
				for len(lead) > 0 && !utf8.RuneStart(a.Body[len(lead)]) {
					lead = lead[:len(lead)-1]
				}
			}
			for i, n := 0, 0; i < len(lead); i++ {
				if lead[i] == '\n' {
					if n++; n == 6 {
						lead = lead[:i]
						break
					}
				}
			}
			if from, ok := relativeWindow(lead); ok {
				if rel, ok := jalali.FindRelative(lead[from:]); ok {
					off := utf8.RuneCountInString(lead[:from])
					if day, ok := rel.Resolve(reg); ok {
						a.EventDate = fromJalali(d.text(int32(off+rel.Start), int32(off+rel.End)), day)
					}
				}
			}
		}
	}

	if err := stop(); err != nil {
		return Analysis{}, err
	}
	ms := d.collectMentions()
	if err := stop(); err != nil {
		return Analysis{}, err
	}
	ps, quotes := d.resolvePeople(ms)
	if err := stop(); err != nil {
		return Analysis{}, err
	}
	if td != nil {
		ps = d.mergeHeadline(td, ps, ms)
	}
	a.Quotes = quotes
	for i, p := range ps {
		out := Person{Key: personKey(i), Name: lx.withoutGluedHonorific(p.name), Role: p.role, Organization: p.org, Rules: d.hits(p.rules)}
		for _, h := range p.titleHits {
			out.Rules = append(out.Rules, RuleHit{Rule: h.rule.Name, Start: int(h.start), End: int(h.end), Text: td.text(h.start, h.end), InTitle: true})
		}
		if len(p.mentions) > 0 {
			out.Mentions = make([]Mention, 0, len(p.mentions))
		}
		for _, mi := range p.mentions {
			m := d.mentions[mi]
			si := sentenceAt(d.sents, m.start)
			mm := Mention{Start: int(m.start), End: int(m.end), Text: d.text(m.start, m.end), Kind: m.kind, Quote: m.quote}
			if si >= 0 {
				s := d.sents[si]
				mm.Sentence, mm.SentenceStart, mm.SentenceEnd = d.text(s.start, s.end), int(s.start), int(s.end)
			}
			out.Mentions = append(out.Mentions, mm)
		}
		slices.SortStableFunc(out.Mentions, func(x, y Mention) int { return cmp.Compare(x.Start, y.Start) })
		a.People = append(a.People, out)
	}
	if err := stop(); err != nil {
		return Analysis{}, err
	}
	a.Violations = d.findViolations(ps)
	a.Trace = d.hits(d.all)
	return a, nil
}

// normalizeBody normalises each paragraph on its own and joins the
// non-empty ones with a blank line, in one pass through w's buffer. Each
// paragraph's text is a substring of the body and the offset maps share
// one array.
func normalizeBody(paras []string, w *normWriter) (string, []paraMap) {
	w.out, w.src, w.track = w.out[:0], w.src[:0], true
	type part struct {
		index            int
		start            int // rune offset in the body
		byteStart        int
		srcStart, srcEnd int
	}
	parts := make([]part, 0, len(paras))
	pos := 0
	for i, p := range paras {
		mark, smark := len(w.out), len(w.src)
		sep := 0
		if mark > 0 {
			w.out = append(w.out, '\n', '\n')
			sep = 2
		}
		w.reset()
		total := w.normalize(p)
		if !w.started {
			w.out, w.src = w.out[:mark], w.src[:smark]
			continue
		}
		w.finish(total)
		pos += sep
		parts = append(parts, part{index: i, start: pos, byteStart: mark + sep, srcStart: smark, srcEnd: len(w.src)})
		pos += len(w.src) - smark - 1
	}
	body := string(w.out)
	if len(parts) == 0 {
		return body, nil
	}
	src := slices.Clone(w.src)
	pm := make([]paraMap, len(parts))
	for i, p := range parts {
		byteEnd := len(body)
		if i+1 < len(parts) {
			byteEnd = parts[i+1].byteStart - 2
		}
		pm[i] = paraMap{index: p.index, start: p.start, norm: Normalized{Text: body[p.byteStart:byteEnd], src: src[p.srcStart:p.srcEnd:p.srcEnd]}}
	}
	return body, pm
}

// relativeAnchors are words every relative day expression of
// jalali.FindRelative contains («امروز», «روز گذشته», «سه شنبه»…); «روز» also
// covers «دیروز» and «پریروز» written with a joiner.
var relativeAnchors = []string{"روز", "امشب", "دیشب", "گذشته", "فردا", "شنبه", "جمعه"}

// relativeWindow returns where in text to look for a relative day: a word
// boundary well before the first anchor word (an expression starts at most
// a few words before its anchor), and false when text has no anchor at all,
// so that the costly search runs only on text that can hold one.
func relativeWindow(text string) (int, bool) {
	first := -1
	for _, w := range relativeAnchors {
		if i := strings.Index(text, w); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		return 0, false
	}
	from := first - 256
	if from <= 0 {
		return 0, true
	}
	for from > 0 && text[from] != ' ' && text[from] != '\n' {
		from--
	}
	return from, true
}

// inferPlace returns the county (or province) the article is about: the one
// most often named after «شهرستان» («استان»), a governorate or its head
// («فرماندار», «استاندار»), in the title or body.
func (d *document) inferPlace(c category, tdoc *document) string {
	counts := map[string]int{}
	names := map[string]string{}
	firstAt := map[string]int32{}
	intro, head := "شهرستان", "فرماندار"
	if c == catProvince {
		intro, head = "استان", "استاندار"
	}
	for _, m := range d.by[c] {
		t := d.tokAt(m.start)
		if t == 0 {
			continue
		}
		prev := d.toks[t-1].key
		if prev == "ویژه" && t > 1 {
			prev = d.toks[t-2].key // «فرماندار ویژه سقز»
		}
		if prev != intro && prev != "فرمانداری" && prev != "استانداری" && prev != head {
			continue // «فرماندار تالش», «استاندار گیلان»: the head of its place
		}
		name := d.text(m.start, m.end)
		k := NormalizeKey(name)
		if _, ok := counts[k]; !ok {
			firstAt[k] = m.start
			names[k] = name
		}
		counts[k]++
	}
	// The title weighs like two mentions.
	if tdoc != nil {
		for _, m := range tdoc.by[c] {
			t := tdoc.tokAt(m.start)
			if t > 0 && (tdoc.toks[t-1].key == intro || tdoc.toks[t-1].key == "فرمانداری") {
				k := NormalizeKey(tdoc.text(m.start, m.end))
				if _, ok := counts[k]; !ok {
					firstAt[k] = 1 << 30
					names[k] = tdoc.text(m.start, m.end)
				}
				counts[k] += 2
			}
		}
	}
	best := ""
	for k, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && firstAt[k] < firstAt[best] {
			best = k
		}
	}
	return names[best]
}

// datelineSpan bounds how many tokens after «به گزارش» datelineProvince
// reads for the desk's province.
const datelineSpan = 16

// datelineProvince returns the province a news desk's dateline names («به
// گزارش خبرگزاری صدا و سیمای خراسان جنوبی، …», «به گزارش ایرنا از قزوین،
// …»), read from «به گزارش» near the start of the body to the first comma
// or colon: a provincial desk reports its province's news. It is the
// fallback of a text that names its province nowhere else.
func (d *document) datelineProvince() string {
	for t := 0; t+1 < len(d.toks) && t < datelineSpan; t++ {
		if d.tokKey(t) != "به" || d.tokKey(t+1) != "گزارش" {
			continue
		}
		// The dateline ends at its first comma or colon, or after
		// datelineSpan words when it has none.
		j := t + 2
		for j < len(d.toks) && j < t+2+datelineSpan && d.isWord(j) {
			j++
		}
		end := d.toks[j-1].end
		for _, m := range d.by[catProvince] {
			if m.start >= d.toks[t].end && m.end <= end {
				return d.text(m.start, m.end)
			}
		}
		return ""
	}
	return ""
}

// dateInfo parses a portal date as printed; nil when empty or unparsable.
func dateInfo(printed string) *DateInfo {
	p := Normalize(printed)
	if p == "" {
		return nil
	}
	jd, err := jalali.Parse(p)
	if err != nil {
		return nil
	}
	if jd.Year >= minGregorianYear {
		// «2018-11-06»: no portal prints a Jalali year past 1700; a
		// four-digit year of 1900 or more is a Gregorian date.
		g := time.Date(jd.Year, time.Month(jd.Month), jd.Day, 0, 0, 0, 0, time.UTC)
		if g.Year() != jd.Year || int(g.Month()) != jd.Month || g.Day() != jd.Day {
			return nil // «2018-02-30»: no such day
		}
		return &DateInfo{Printed: p, Date: g, Jalali: jalali.FromTime(g).String()}
	}
	return fromJalali(p, jd)
}

// minGregorianYear is the least year of a printed date read as Gregorian.
const minGregorianYear = 1900

func fromJalali(printed string, jd jalali.Date) *DateInfo {
	y, m, dd := jd.Gregorian()
	if y == 0 {
		return nil
	}
	return &DateInfo{Printed: printed, Date: time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), Jalali: jd.String()}
}
