package transform

import "sort"

// quoteSpan is a quote with the span it covers for attribution: from the
// start of the sentence that introduces it to the end of the quoted text.
type quoteSpan struct {
	attrStart, end int32
	person         int    // -1 when the speaker is unnamed or unknown
	label          string // the unnamed speaker's title
	role           string
}

// attribute finds quoted statements, resolves pronouns to the last person
// speaking and sets each quote's speaker.
func (d *document) attribute(ms []rawMention, ps []person) []Quote {
	type verb struct {
		m         match
		textStart int32
		sentStart int32
		paraEnd   int32
		// after marks «به گفته X، …»: the speaker follows the cue and
		// the statement follows the comma after the speaker.
		after bool
	}
	var verbs []verb
	// The end of the paragraph found last, and where the search for it
	// began: a text starting between the two ends there too, so that a
	// long paragraph is not searched again for each of its verbs.
	paraFrom, paraEnd := int32(-1), int32(-1)
	for _, v := range d.by[catSpeech] {
		p := v.end
		for p < int32(len(d.body)) && d.body[p] == ' ' {
			p++
		}
		var ts int32 = -1
		final := false
		switch {
		case p < int32(len(d.body)) && (d.body[p] == ':' || d.body[p] == '：'):
			ts = p + 1
		case p >= int32(len(d.body)) || d.body[p] == '.' || d.body[p] == '\n':
			// «دادستان … از پلمب ۵ نانوایی خبر داد.»: a speech verb
			// that ends its sentence reports what the sentence says.
			final = true
		case d.lx.entries[v.entry].phrase == accordingTo:
			ts = d.commaAfter(v.end)
		default:
			t := d.tokAt(p)
			if t < len(d.toks) && d.toks[t].key == "که" && d.toks[t].start == p {
				ts = d.toks[t].end
			}
		}
		si := sentenceAt(d.sents, v.start)
		if si < 0 {
			continue
		}
		if final {
			verbs = append(verbs, verb{m: v, textStart: -1, sentStart: d.sents[si].start, paraEnd: v.end})
			continue
		}
		if ts < 0 {
			continue
		}
		for ts < int32(len(d.body)) && d.body[ts] == ' ' {
			ts++
		}
		pe := ts
		if ts >= paraFrom && ts <= paraEnd {
			pe = paraEnd
		} else {
			for pe < int32(len(d.body)) && d.body[pe] != '\n' {
				pe++
			}
			paraFrom, paraEnd = ts, pe
		}
		verbs = append(verbs, verb{m: v, textStart: ts, sentStart: d.sents[si].start, paraEnd: pe, after: d.lx.entries[v.entry].phrase == accordingTo})
	}
	// A quote runs to the end of its paragraph or to the next attribution:
	// the sentence of the next speech verb after the quote begins or, when
	// that verb is in the quote's own sentence («… ثبت کنند.وی افزود: …»),
	// the last full stop before the verb, or else the verb itself. Quotes
	// thus never overlap, and all of them together hold at most the body.
	for i := range verbs {
		if verbs[i].textStart < 0 {
			continue
		}
		j := i + 1
		for j < len(verbs) && (verbs[j].m.start < verbs[i].textStart || verbs[j].textStart < 0 && verbs[j].sentStart < verbs[i].textStart) {
			// Verbs before the quote's text, and verbs that end the
			// quote's own sentence («… اشاره کرد.»), start no quote.
			j++
		}
		if j == len(verbs) {
			continue
		}
		end := verbs[j].sentStart
		if end < verbs[i].textStart {
			end = verbs[j].m.start
			for p := end - 1; p > verbs[i].textStart; p-- {
				if isTerminator(d.body[p]) {
					end = p + 1
					break
				}
			}
		}
		verbs[i].paraEnd = min(verbs[i].paraEnd, end)
	}
	lastSpeaker, lastPerson := -1, -1
	lastLabel, lastRole := "", ""
	mi := 0
	var quotes []Quote
	d.quoteSpans = d.quoteSpans[:0]
	advance := func(upTo int32) {
		for ; mi < len(ms) && ms[mi].start < upTo; mi++ {
			m := &ms[mi]
			if m.kind == MentionPronoun && m.person < 0 {
				if lastSpeaker >= 0 {
					m.person = lastSpeaker
				} else {
					m.person = lastPerson
				}
			}
			if m.person >= 0 {
				lastPerson = m.person
			}
		}
	}
	for _, v := range verbs {
		final := v.textStart < 0
		if !final && v.textStart <= v.m.start && !v.after || v.sentStart > v.m.start {
			continue
		}
		from, to := v.sentStart, v.m.start
		if v.after {
			from, to = v.m.end, v.textStart
		}
		advance(to)
		// The speaker is the first mention inside [from,to); ms is in text
		// order.
		speaker := -1
		for i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= from }); i < len(ms) && ms[i].start < to; i++ {
			if ms[i].end <= to {
				speaker = i
				break
			}
		}
		if final {
			// A reported statement covers its own sentence and gives
			// no quote; only a speaker named in it counts.
			qs := quoteSpan{attrStart: v.sentStart, end: v.paraEnd, person: -1}
			switch {
			case speaker >= 0 && ms[speaker].person >= 0:
				qs.person = ms[speaker].person
				ms[speaker].speaker = true
				lastSpeaker = qs.person
				qs.role = ps[qs.person].role
				lastLabel, lastRole = "", ""
			case speaker >= 0 && ms[speaker].kind == MentionTitle:
				qs.label, qs.role = d.text(ms[speaker].start, ms[speaker].end), ms[speaker].role
				lastSpeaker, lastLabel, lastRole = -1, qs.label, qs.role
			default:
				continue
			}
			d.quoteSpans = append(d.quoteSpans, qs)
			continue
		}
		q := Quote{Verb: d.text(v.m.start, v.m.end), Start: int(v.textStart), End: int(v.paraEnd)}
		for q.End > q.Start && (d.body[q.End-1] == ' ') {
			q.End--
		}
		q.Text = d.text(int32(q.Start), int32(q.End))
		qs := quoteSpan{attrStart: v.sentStart, end: v.paraEnd, person: -1}
		switch {
		case speaker >= 0 && ms[speaker].person >= 0:
			p := ms[speaker].person
			qs.person = p
			ms[speaker].speaker = true
			if ms[speaker].quote == "" {
				ms[speaker].quote = q.Text
			}
			lastSpeaker = p
		case speaker >= 0 && ms[speaker].kind == MentionTitle:
			qs.label = d.text(ms[speaker].start, ms[speaker].end)
			qs.role = ms[speaker].role
			lastSpeaker, lastLabel, lastRole = -1, qs.label, qs.role
		case lastSpeaker >= 0:
			qs.person = lastSpeaker
		default:
			qs.label, qs.role = lastLabel, lastRole
		}
		if qs.person >= 0 {
			lastLabel, lastRole = "", ""
		}
		if qs.person >= 0 {
			q.Speaker = ps[qs.person].name
			q.SpeakerKey = personKey(qs.person)
			qs.role = ps[qs.person].role
		} else {
			q.Speaker = qs.label
		}
		quotes = append(quotes, q)
		d.quoteSpans = append(d.quoteSpans, qs)
	}
	advance(int32(len(d.body)) + 1)
	d.indexQuoteSpans()
	sort.SliceStable(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
	return quotes
}

// indexQuoteSpans fills d.quoteReach for quoteAt when there are more than
// a few quote spans: for each, the furthest end of it and the spans before
// it. Spans are in the order of their speech verbs, so their attrStart
// never decreases.
func (d *document) indexQuoteSpans() {
	if len(d.quoteSpans) <= 8 {
		d.quoteReach = nil // few: quoteAt scans
		return
	}
	d.quoteReach = d.quoteReach[:0]
	reach := int32(-1)
	for i, q := range d.quoteSpans {
		if i > 0 && q.attrStart < d.quoteSpans[i-1].attrStart {
			d.quoteReach = nil // not in order: quoteAt scans
			return
		}
		reach = max(reach, q.end)
		d.quoteReach = append(d.quoteReach, reach)
	}
}

// accordingTo is the normalised cue «به گفته», which puts the speaker after
// it: «به گفته این مقام مسئول، …».
var accordingTo = Normalize("به گفته")

// commaAfter returns the offset after the first comma within eight words
// after p in the same sentence, or -1.
func (d *document) commaAfter(p int32) int32 {
	t := d.tokAt(p)
	for j := t; j < len(d.toks) && j < t+9; j++ {
		switch d.toks[j].punct {
		case '،', ',':
			return d.toks[j].end
		case '.', ':', '\n':
			return -1
		}
	}
	return -1
}

// quoteAt returns the first quote span covering offset p, or nil.
func (d *document) quoteAt(p int32) *quoteSpan {
	if len(d.quoteReach) != len(d.quoteSpans) {
		for i := range d.quoteSpans {
			q := &d.quoteSpans[i]
			if p >= q.attrStart && p < q.end {
				return q
			}
		}
		return nil
	}
	// The first span that ends after p is where the reach first passes p;
	// it covers p when it starts at or before p.
	i := sort.Search(len(d.quoteReach), func(i int) bool { return d.quoteReach[i] > p })
	if i < len(d.quoteSpans) && d.quoteSpans[i].attrStart <= p {
		return &d.quoteSpans[i]
	}
	return nil
}
