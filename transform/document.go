package transform

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the body.
type token struct {
	start, end int32 // rune offsets into the body
	key        string
	punct      rune // the punctuation rune, or 0 for a word; '\n' for a line break
}

// document is the working state of one analysis.
type document struct {
	lx               *lexicon
	body             []rune
	toks             []token
	sents            []span
	by               [numCategories][]match
	cover            []uint32 // per token: bit c set if a category-c match covers it
	county, province string
	mentions         []rawMention
	quoteSpans       []quoteSpan
	titleOffices     []string              // office types named in the title
	titleKey         string                // the matching key of the title, "" if none
	titleLen         int32                 // the length of the title in runes
	titles           map[int32]titlePhrase // parsed title phrases by match start
}

func newDocument(lx *lexicon, body []rune) *document {
	d := &document{lx: lx, body: body}
	ks := newKeyStream(body)
	all := lx.scan(ks)
	// Titles glued to a preceding name split the word in two.
	var splits []int32
	kept := all[:0]
	for _, m := range all {
		if m.glued {
			if !d.gluedNameBefore(m.start) {
				continue
			}
			splits = append(splits, m.start)
		}
		kept = append(kept, m)
	}
	d.by = lx.selectMatches(kept)
	d.toks = tokenize(body, splits, ks)
	d.sents = splitSentences(body)
	d.cover = make([]uint32, len(d.toks))
	for c := range d.by {
		for _, m := range d.by[c] {
			s, e := d.tokSpan(m)
			for t := max(s, 0); t < e; t++ {
				d.cover[t] |= 1 << c
			}
		}
	}
	return d
}

// gluedNameBefore reports whether the word part before p (inside the same
// word) looks like a name, so that a title found at p glued to it is real.
func (d *document) gluedNameBefore(p int32) bool {
	s := p
	for s > 0 && (wordClass(d.body[s-1]) != 0 || d.body[s-1] == zwnj && s > 1 && wordClass(d.body[s-2]) != 0) {
		s--
	}
	if p-s < 2 {
		return false
	}
	return d.lx.nameLike(keyOf(d.body[s:p]))
}

// keyOf folds runes for matching like NormalizeKey (the runes are already
// normalised).
func keyOf(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		if k := keyRune(r); k > 0 {
			b.WriteRune(k)
		}
	}
	return b.String()
}

// tokenize splits the body into words and punctuation marks. A word is a run
// of letters and digits, possibly joined by ZWNJ or hamza; a change between
// digits and letters, or an offset in splits, ends a word.
func tokenize(body []rune, splits []int32, ks *keyStream) []token {
	sort.Slice(splits, func(i, j int) bool { return splits[i] < splits[j] })
	var toks []token
	si := 0
	start := -1
	prev := 0
	flush := func(end int) {
		if start >= 0 {
			e := end
			for e > start && body[e-1] == zwnj {
				e--
			}
			toks = append(toks, token{start: int32(start), end: int32(e)})
		}
		start = -1
	}
	for i, r := range body {
		for si < len(splits) && int(splits[si]) < i {
			si++
		}
		c := wordClass(r)
		if c == 0 && (r == zwnj || r == 'ء' || r == '\u0654') && start >= 0 {
			continue
		}
		if c == 0 {
			flush(i)
			prev = 0
			if r != ' ' && r != zwnj {
				toks = append(toks, token{start: int32(i), end: int32(i + 1), punct: r, key: string(r)})
			}
			continue
		}
		if start >= 0 && ((c == 3) != (prev == 3) || (si < len(splits) && int(splits[si]) == i)) {
			flush(i)
		}
		if start < 0 {
			start = i
		}
		prev = c
	}
	flush(len(body))
	// Keys are substrings of one folded copy of the body: the key stream,
	// which holds the folded letters and digits of every word.
	kb := make([]byte, 0, len(ks.keys)*2)
	koff := make([]int32, len(ks.keys)+1)
	for i, k := range ks.keys {
		koff[i] = int32(len(kb))
		kb = utf8.AppendRune(kb, k)
	}
	koff[len(ks.keys)] = int32(len(kb))
	keyText := string(kb)
	ki := 0
	for i := range toks {
		if toks[i].punct != 0 {
			continue
		}
		for ki < len(ks.pos) && ks.pos[ki] < toks[i].start {
			ki++
		}
		kj := ki
		for kj < len(ks.pos) && ks.pos[kj] < toks[i].end {
			kj++
		}
		toks[i].key = keyText[koff[ki]:koff[kj]]
		ki = kj
	}
	return toks
}

// tokAt returns the index of the token containing rune offset p, or of the
// first token after p.
func (d *document) tokAt(p int32) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > p })
}

// tokSpan returns the token range [s,e) of a match, or -1 if it has none.
func (d *document) tokSpan(m match) (int, int) {
	s := d.tokAt(m.start)
	e := d.tokAt(m.end - 1)
	if s >= len(d.toks) || e >= len(d.toks) {
		return -1, -1
	}
	return s, e + 1
}

// matchAt returns the category-c match that starts in token t.
func (d *document) matchAt(c category, t int) (match, bool) {
	if t < 0 || t >= len(d.toks) {
		return match{}, false
	}
	ms := d.by[c]
	ts := d.toks[t].start
	i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= ts })
	if i < len(ms) && ms[i].start < d.toks[t].end {
		return ms[i], true
	}
	return match{}, false
}

// covered reports whether token t is inside a match of category c.
func (d *document) covered(t int, c category) bool {
	return t >= 0 && t < len(d.toks) && d.cover[t]&(1<<c) != 0
}

// text returns the body text of [s,e).
func (d *document) text(s, e int32) string {
	if s < 0 {
		s = 0
	}
	if e > int32(len(d.body)) {
		e = int32(len(d.body))
	}
	if s >= e {
		return ""
	}
	return string(d.body[s:e])
}

// tokText returns the body text of tokens [s,e).
func (d *document) tokText(s, e int) string {
	if s >= e {
		return ""
	}
	return d.text(d.toks[s].start, d.toks[e-1].end)
}

// isWord reports whether t is a word token.
func (d *document) isWord(t int) bool {
	return t >= 0 && t < len(d.toks) && d.toks[t].punct == 0
}

// sentenceOfTok returns the sentence index of token t.
func (d *document) sentenceOfTok(t int) int {
	return sentenceAt(d.sents, d.toks[t].start)
}

// nameLike reports whether a word key may be a (part of a) person's name:
// a given name or surname from the lexicons, or a surname by its shape.
func (lx *lexicon) nameLike(k string) bool {
	if k == "" || lx.stop[k] {
		return false
	}
	if lx.given[k] || lx.surnames[k] {
		return true
	}
	return lx.surnameShape(k)
}

// surnameShape reports whether k has the shape of a Persian surname: a given
// name or place with the suffix «ی» (رستمی، کرمانی) or a stem with one of the
// surname suffixes (زاده، پور، نیا، نژاد، فر، راد، وند، لو، کیا، یان).
func (lx *lexicon) surnameShape(k string) bool {
	rs := []rune(k)
	if len(rs) < 4 {
		return false
	}
	for _, suf := range []string{"زاده", "پور", "نیا", "نژاد", "وند", "کیا", "راد", "فر", "لو", "یان", "خانی"} {
		if strings.HasSuffix(k, suf) {
			stem := strings.TrimSuffix(k, suf)
			if len([]rune(stem)) >= 2 && !lx.stop[stem] {
				return true
			}
		}
	}
	if strings.HasSuffix(k, "ی") {
		stem := strings.TrimSuffix(k, "ی")
		if lx.given[stem] || lx.places[stem] {
			return true
		}
	}
	return false
}
