package transform

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"govwatch/transform/jalali"
)

// Analyze normalises an article and extracts its dates, people, quotes and
// violation mentions. It never fails: text it cannot read yields empty
// results, and dates that cannot be parsed are nil.
func Analyze(in Input) Analysis {
	lx := loadLexicon()
	a := Analysis{Title: Normalize(in.Title), Version: ExtractorVersion}
	var b strings.Builder
	pos := 0
	for i, p := range in.Paragraphs {
		n := NormalizeOffsets(p)
		if n.Text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
			pos += 2
		}
		a.paras = append(a.paras, paraMap{index: i, start: pos, norm: n})
		b.WriteString(n.Text)
		pos += n.Len()
	}
	a.Body = b.String()
	body := []rune(a.Body)

	a.Registered = dateInfo(in.Registered)
	a.Occurred = dateInfo(in.Occurred)

	d := newDocument(lx, body)
	d.county = Normalize(in.County)
	d.province = Normalize(in.Province)
	var td *document
	if a.Title != "" {
		td = newDocument(lx, []rune(a.Title))
	}
	if d.county == "" {
		d.county = d.inferPlace(catCounty, td)
	}
	if d.province == "" {
		d.province = d.inferPlace(catProvince, td)
	}
	if td != nil {
		d.titleKey, d.titleLen = keyOf(td.body), int32(len(td.body))
		for _, m := range td.by[catOffice] {
			if code := lx.entries[m.entry].code; !contains(d.titleOffices, code) {
				d.titleOffices = append(d.titleOffices, code)
			}
		}
	}
	a.County, a.Province = d.county, d.province

	if a.Registered != nil {
		reg, err := jalali.Parse(a.Registered.Jalali)
		if err == nil {
			// The event day is told in the lead, within the first
			// paragraphs (after a kicker and a repeated title).
			lead := a.Body
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
						a.EventDate = fromJalali(string(body[off+rel.Start:off+rel.End]), day)
					}
				}
			}
		}
	}

	ms := d.collectMentions()
	ps, quotes := d.resolvePeople(ms)
	a.Quotes = quotes
	for i, p := range ps {
		out := Person{Key: personKey(i), Name: p.name, Role: p.role, Organization: p.org}
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
		sort.SliceStable(out.Mentions, func(i, j int) bool { return out.Mentions[i].Start < out.Mentions[j].Start })
		a.People = append(a.People, out)
	}
	a.Violations = d.findViolations(ps)
	return a
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
// most often named after «شهرستان» («استان») or an organisation, in the
// title or body.
func (d *document) inferPlace(c category, tdoc *document) string {
	counts := map[string]int{}
	names := map[string]string{}
	firstAt := map[string]int32{}
	intro := "شهرستان"
	if c == catProvince {
		intro = "استان"
	}
	for _, m := range d.by[c] {
		t := d.tokAt(m.start)
		if t == 0 {
			continue
		}
		prev := d.toks[t-1].key
		if prev != intro && prev != "فرمانداری" && prev != "استانداری" {
			continue
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
	return fromJalali(p, jd)
}

func fromJalali(printed string, jd jalali.Date) *DateInfo {
	y, m, dd := jd.Gregorian()
	if y == 0 {
		return nil
	}
	return &DateInfo{Printed: printed, Date: time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), Jalali: jd.String()}
}
