package transform

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the body.
type token struct {
	start, end int32 // rune offsets into the body
	key        string
	punct      rune // the punctuation rune, or 0 for a word; '\n' for a line break
}

// document is the working state of one analysis.
//
// Its slices (body, boff, toks, sents, by, cover) live in a pooled scratch
// and are valid until release; nothing that outlives the analysis may keep
// them. The strings it hands out (text, token keys) are ordinary strings
// that may be kept.
type document struct {
	lx               *lexicon
	src              string  // the text, valid UTF-8 when it comes from the normaliser
	body             []rune  // the runes of src
	boff             []int32 // byte offset in src of each rune of body, and len(src) last
	toks             []token
	tokIdx           []int32 // per body rune: the token tokAt returns, see indexTokens
	sents            []span
	by               [numCategories][]match
	cover            []uint32 // per token: bit c set if a category-c match covers it
	county, province string
	mentions         []rawMention
	quoteSpans       []quoteSpan
	quoteReach       []int32              // see indexQuoteSpans
	keyIndex         map[string][]int     // see tokensWithKey
	orgsByHead       map[string][]fullOrg // see fullOrgs
	lineBreaks       []int32              // see lineBreakIn
	laterOffice      []int32              // see laterOfficeSentence
	goodsFound       map[int]goodsAt      // see goodsFoundAt
	market           struct {             // see marketArticle and marketNamed
		known, ok         bool
		m                 match
		placeKnown, place bool
		regulatorKnown    bool
		regulator         bool
		foodKnown, food   bool // see foodPremisesArticle
		premisesKnown     bool // see foodPremisesNamed
		guildUnitsKnown   bool // see guildUnitsNamed
		guildUnitsAt      int
		residenceKnown    bool // see residenceNamed
		residence         int  // see residenceNamed
		premises          bool
		soleKnown, sole   bool // see soleOffice
		soleAt            match
	}
	titleOffices []string              // office types named in the title
	titleKey     string                // the matching key of the title, "" if none
	titleLen     int32                 // the length of the title in runes
	titles       map[int32]titlePhrase // parsed title phrases by match start
	sc           *scratch              // the buffers behind the slices above
	cur          *tracer               // the rules of the output being decided, nil when none is
	all          *tracer               // every rule that fired, for Analysis.Trace; nil when not traced
	headline     []rawMention          // the mentions of the article's headline, for a body read with one
	introduces   bool                  // the headline introduces or bids farewell to an official («… معرفی شد»)
	isHeadline   bool                  // the document is an article's headline
	people       []person              // a headline's people, read before the body's
	bits         []uint32              // the word sets of each token, an index of lexicon.bitSets, see in
	pairBits     []uint32              // the same of each token typed together with the next, plus one; 0 when not yet looked up, see pairIn
	memos        []uint16              // answers of token tests, see memo
	cuts         []int                 // the clause cuts of the sentence clauses reads, reused from one to the next
	verbs        []uint16              // the verb classes of each token, see verbClass
	inspect      []bool                // per token: its key starts with an inspect_stem word, see inspectWord
	condStarts   []bool                // per token: a conditional marker starts at it, see startsConditional
	proseStart   int32                 // firstProse's answer plus one; 0 before it is worked out
}

// scratch holds the buffers of one document so that they can be reused by
// the next analysis instead of being allocated again.
type scratch struct {
	norm   normWriter
	body   []rune
	boff   []int32
	ks     keyStream
	all    []match
	by     []match
	splits []int32
	toks   []token
	tokIdx []int32
	cover  []uint32
	sents  []span
	keys   []byte
	koff   []int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledRunes bounds the texts whose buffers go back to the pool, so
// that one huge article does not pin its buffers for the next thousands.
const maxPooledRunes = 1 << 16

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

func putScratch(sc *scratch) {
	if sc == nil || cap(sc.body) > maxPooledRunes || cap(sc.norm.out) > 4*maxPooledRunes {
		return
	}
	scratchPool.Put(sc)
}

// readDocument reads text with the buffers of sc (a fresh scratch when
// nil). The document owns sc until release.
func readDocument(lx *lexicon, text string, sc *scratch) *document {
	if sc == nil {
		sc = getScratch()
	}
	d := &document{lx: lx, src: text, sc: sc}
	body, boff := sc.body[:0], sc.boff[:0]
	for i := 0; i < len(text); {
		var r rune
		size := 1
		switch c := text[i]; {
		case c < utf8.RuneSelf:
			r = rune(c)
		case c >= 0xc2 && c < 0xe0 && i+1 < len(text) && text[i+1]&0xc0 == 0x80:
			r, size = rune(c&0x1f)<<6|rune(text[i+1]&0x3f), 2
		default:
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		body = append(body, r)
		boff = append(boff, int32(i))
		i += size
	}
	boff = append(boff, int32(len(text)))
	sc.body, sc.boff = body, boff
	d.body, d.boff = body, boff
	ks := newKeyStream(body, &sc.ks)
	// «و» glued to the word after it («وپلمب», «وتذکر») is a word of its
	// own when the rest is a word of the and_glued set.
	splits := splitGluedAnd(lx, ks, sc.splits[:0])
	splits = splitGluedHonorific(lx, ks, splits)
	splits = splitVerbAfterSurname(lx, ks, splits)
	all := lx.scan(ks, sc.all[:0])
	sc.all = all
	// Titles glued to a preceding name split the word in two.
	kept := all[:0]
	for _, m := range all {
		if lx.entries[m.entry].cat == catTitle && surnameSuffixAfter(lx, body, int(m.end)) {
			continue // «قاضی‌پور», «امام‌زاده»: a surname made from a title
		}
		if m.glued {
			if !d.gluedNameBefore(m.start) {
				continue
			}
			splits = append(splits, m.start)
		}
		if m.tail && d.lx.entries[m.entry].cat == catTitle {
			splits = append(splits, m.end)
		}
		kept = append(kept, m)
	}
	sc.splits = splits
	d.by, sc.by = lx.selectMatches(kept, sc.by)
	d.toks = tokenize(d, splits, ks)
	d.indexTokens()
	d.sents = splitSentencesInto(body, sc.sents[:0], func(s, e int) bool {
		return lx.has(setLineGoesOn, keyOf(body[s:e]))
	}, func(s, e int) bool {
		return lx.given[keyOf(body[s:e])]
	})
	sc.sents = d.sents
	if cap(sc.cover) < len(d.toks) {
		sc.cover = make([]uint32, len(d.toks), len(d.toks)+len(d.toks)/4)
	}
	d.cover = sc.cover[:len(d.toks)]
	clear(d.cover)
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

// splitVerbAfterSurname splits «شد» from a surname of the lists that a ZWNJ
// joins it to, or that it is typed glued to («بنافی‌شد», «بنافیشد»), a slip
// of typing: written with a space the name reads as a name, and it must read
// the same however the slip was typed. The surname has four letters or more
// and the whole word is no word the lists know.
func splitVerbAfterSurname(lx *lexicon, ks *keyStream, splits []int32) []int32 {
	var buf [64]byte
	n := len(ks.keys)
	for i := 4; i+1 < n; i++ {
		if ks.keys[i] != 'ش' || ks.keys[i+1] != 'د' || !ks.end[i+1] || ks.start[i] && !ks.zw[i-1] {
			continue
		}
		j := i - 1
		for j > 0 && !ks.start[j] {
			j--
		}
		if i-j < 4 || i-j > 24 {
			continue
		}
		w := buf[:0]
		for _, k := range ks.keys[j:i] {
			w = utf8.AppendRune(w, k)
		}
		if !lx.surnames[string(w)] {
			continue
		}
		if !ks.start[i] {
			whole := string(w) + "شد"
			if lx.surnames[whole] || lx.given[whole] || lx.stop[whole] {
				continue
			}
			ks.end[i-1], ks.start[i] = true, true
		}
		splits = append(splits, ks.pos[i])
	}
	return splits
}

// splitGluedAnd splits «و» from the word it is glued to when the rest of
// the word is in the and_glued word set («وپلمب» → «و» «پلمب»), «وبا» from
// a word «با» is split from (see andWithPrefix), then «با» and «در» likewise
// (see gluedPrefixes).
func splitGluedAnd(lx *lexicon, ks *keyStream, splits []int32) []int32 {
	splits = splitGluedPrefixes(lx, ks, splits, andWithPrefix, 1)
	splits = splitGluedPrefixes(lx, ks, splits, andPrefix, 0)
	splits = splitGluedAndSurname(lx, ks, splits)
	return splitGluedPrefixes(lx, ks, splits, gluedPrefixes, 0)
}

// splitGluedAndSurname splits «و» from a surname of the lists typed together
// with it in a list of names («پاشا ودارایی», «وایمانی فرماندار …»): the rest
// has four letters or more and is a surname, and the whole word is no word
// any list knows («وکیلی», «ولایتی» and «وحیدی» stay whole).
func splitGluedAndSurname(lx *lexicon, ks *keyStream, splits []int32) []int32 {
	var buf [64]byte
	n := len(ks.keys)
	for i := 0; i < n; i++ {
		if !ks.start[i] || ks.end[i] || ks.keys[i] != 'و' {
			continue
		}
		j := i
		for j < n && !ks.end[j] {
			j++
		}
		if j >= n || j-i > 20 || j-i < 4 {
			i = j
			continue
		}
		w := buf[:0]
		for _, k := range ks.keys[i : j+1] {
			w = utf8.AppendRune(w, k)
		}
		// The lookups convert in place, so that most words, no surname
		// after their «و», cost no string. A word in none of the lists
		// is in none of their sets either (addListSets): «no set» is
		// the lexicon files' sets.
		if lx.surnames[string(w[len("و"):])] && !lx.surnames[string(w)] && !lx.givenAll[string(w)] && !lx.stop[string(w)] && !lx.places[string(w)] && lx.wordIDs[string(w)] == 0 && !inPlaceName(lx, ks, i, string(w)) {
			ks.end[i], ks.start[i+1] = true, true
			splits = append(splits, ks.pos[i+1])
		}
		i = j
	}
	return splits
}

// splitGluedHonorific splits a one-word honorific («سید», «دکتر», «مهندس»)
// from a given name typed together with it («دکترعباس علیمرادیان» → «دکتر»
// «عباس»), so that the name reads as a given name and a surname. Only a
// given name of the lists after it is split off: «سیدحسینی» and «دکترا»
// stay whole.
func splitGluedHonorific(lx *lexicon, ks *keyStream, splits []int32) []int32 {
	var buf [64]byte
	n := len(ks.keys)
	for i := 0; i < n; i++ {
		if !ks.start[i] || ks.end[i] || !strings.ContainsRune(lx.gluedHonorificFirsts, ks.keys[i]) {
			continue
		}
		j := i
		for j < n && !ks.end[j] {
			j++
		}
		if j >= n || j-i > 24 {
			i = j
			continue
		}
		w := buf[:0]
		for _, k := range ks.keys[i : j+1] {
			w = utf8.AppendRune(w, k)
		}
		for _, p := range lx.gluedHonorifics {
			// Compared and looked up as bytes: no string is built.
			if len(w) < len(p) || string(w[:len(p)]) != p {
				continue
			}
			rest := w[len(p):]
			if strings.Contains(p, " ") || utf8.RuneCount(rest) < 3 || !lx.given[string(rest)] || lx.hasBytes(setSurnamePart, rest) {
				continue
			}
			at := i + utf8.RuneCountInString(p)
			ks.end[at-1], ks.start[at] = true, true
			splits = append(splits, ks.pos[at])
			break
		}
		i = j
	}
	return splits
}

// inPlaceName reports whether the word w starting at key i ends a place's
// name with the word before it («چهارمحال وبختیاری»).
func inPlaceName(lx *lexicon, ks *keyStream, i int, w string) bool {
	b := i - 1
	for b > 0 && !ks.start[b] {
		b--
	}
	if b < 0 || i == 0 {
		return false
	}
	prev := string(ks.keys[b:i])
	if lx.provinces[prev+w] || lx.places[prev+w] {
		return true
	}
	// «مرکزچهارمحال وبختیاری»: the place's first word may itself be glued
	// to the word before it.
	for p := range lx.provinces {
		if head, ok := strings.CutSuffix(p, w); ok && head != "" && strings.HasSuffix(prev, head) {
			return true
		}
	}
	return false
}

// gluedPrefix is a short word that portals type together with the word after
// it, and the word set whose members are split from it.
type gluedPrefix struct {
	word []rune
	set  wordSet
}

// andPrefix is «و», split first: «وپلمب» → «و» «پلمب».
var andPrefix = []gluedPrefix{{[]rune("و"), setAndGlued}}

// andWithPrefix is «و» and «با» typed together before a word «با» is split
// from («وبامتخلفان» → «و» «با» «متخلفان»), split before andPrefix: «وبا»
// alone is a word (and_glued leaves «با» out), glued to such a word it is not.
// It is cut after its first rune too (splitGluedPrefixes' inner).
var andWithPrefix = []gluedPrefix{{[]rune("وبا"), setWithGlued}}

// gluedPrefixes are «با» and «در»: «بابیان اینکه» → «با» «بیان», «دراین جلسه»
// → «در» «این».
//
// The executive titles are split the same way from the place word a portal
// types glued after them: «فرماندارشهرستان ساوجبلاغ» → «فرماندار» «شهرستان»,
// and «شهید» from an honorific: «شهیدحاج قاسم سلیمانی» → «شهید» «حاج»,
// and «حضور» from an honorific or a title: «با حضورآیت الله …» → «حضور» «آیت»,
// and «بازدید» from a title or a surname of the lists: «بازدیدفرماندار …» →
// «بازدید» «فرماندار» (before «با», which «بازدید» starts with).
// A threat's words are split likewise: «برخورد» from what follows it
// («برخوردقانونی», «برخوردمی‌شود») and the future auxiliary from its verb
// («خواهدشد», «خواهدآمد»), and a number word from one to ten from the count
// noun after it («چهارپرونده» → «چهار» «پرونده»).
var gluedPrefixes = []gluedPrefix{{[]rune("بازدید"), setVisitGlued}, {[]rune("با"), setWithGlued}, {[]rune("در"), setInGlued},
	{[]rune("فرماندار"), setTitleGlued}, {[]rune("بخشدار"), setTitleGlued}, {[]rune("استاندار"), setTitleGlued}, {[]rune("شهردار"), setTitleGlued},
	{[]rune("شهید"), setMartyrGlued}, {[]rune("حضور"), setPresenceGlued},
	{[]rune("برخورد"), setDealingGlued}, {[]rune("خواهد"), setFutureGlued}, {[]rune("خواهند"), setFutureGlued},
	{[]rune("خواهیم"), setFutureGlued}, {[]rune("نخواهد"), setFutureGlued}, {[]rune("نخواهند"), setFutureGlued},
	{[]rune("یک"), setCountGlued}, {[]rune("دو"), setCountGlued}, {[]rune("سه"), setCountGlued}, {[]rune("چهار"), setCountGlued},
	{[]rune("پنج"), setCountGlued}, {[]rune("شش"), setCountGlued}, {[]rune("هفت"), setCountGlued}, {[]rune("هشت"), setCountGlued},
	{[]rune("نه"), setCountGlued}, {[]rune("ده"), setCountGlued}}

// splitGluedPrefixes splits a prefix of ps from the word it is glued to when
// the rest of the word is in the prefix's word set: it marks the word
// boundary in ks, so that the lexicon matches the rest, and appends the
// rest's body offset to splits, so that the tokenizer cuts there too. Each
// word is looked at once. When inner is not 0 the prefix is two words typed
// together and is cut after its first inner runes too.
func splitGluedPrefixes(lx *lexicon, ks *keyStream, splits []int32, ps []gluedPrefix, inner int) []int32 {
	var buf [64]byte
	// The prefixes' first keys: most words start with none of them.
	var firsts []rune
	for _, p := range ps {
		if len(p.word) > 0 && !slices.Contains(firsts, p.word[0]) {
			firsts = append(firsts, p.word[0])
		}
	}
	n := len(ks.keys)
	for i := 0; i < n; i++ {
		if !ks.start[i] || !slices.Contains(firsts, ks.keys[i]) {
			continue
		}
		var g *gluedPrefix
		for k := range ps {
			if hasGluedPrefix(ks, i, ps[k].word) {
				g = &ps[k]
				break
			}
		}
		if g == nil {
			continue
		}
		at := i + len(g.word) // the rest's first key
		j := at
		for j < n && !ks.end[j] {
			j++
		}
		if j >= n || j-i > 20 {
			i = j
			continue
		}
		b := buf[:0]
		for _, k := range ks.keys[at : j+1] {
			b = utf8.AppendRune(b, k)
		}
		id, ok := lx.wordIDs[string(b)]
		if bits := lx.bitSets[id]; ok && bits[g.set/64]&(1<<(g.set%64)) != 0 || g.set == setTitleGlued && j+1-at >= 3 && (lx.places[string(b)] || lx.provinces[string(b)]) ||
			g.set == setVisitGlued && j+1-at >= 4 && (lx.surnames[string(b)] || !ok && ks.keys[j] == 'ی') && !lx.stop[string(b)] && !lx.givenAll[string(b)] {
			// «بازدیدکریمی معاون وزیر …»: a headline's visit typed
			// together with the visitor's surname, one of the lists or
			// a word no list knows ending in «ی».
			// «بخشدارهیر»: an executive title typed together with the
			// place it governs, too.
			if inner > 0 {
				ks.end[i+inner-1], ks.start[i+inner] = true, true
				splits = append(splits, ks.pos[i+inner])
			}
			ks.end[at-1], ks.start[at] = true, true
			splits = append(splits, ks.pos[at])
		}
		i = j
	}
	return splits
}

// hasGluedPrefix reports whether the word starting at key i starts with p and
// goes on after it.
func hasGluedPrefix(ks *keyStream, i int, p []rune) bool {
	if i+len(p) >= len(ks.keys) {
		return false
	}
	for k, r := range p {
		if ks.keys[i+k] != r || ks.end[i+k] {
			return false
		}
	}
	return true
}

// release gives the document's buffers back to the pool. The document must
// not be used afterwards.
func (d *document) release() {
	if d == nil || d.sc == nil {
		return
	}
	putScratch(d.sc)
	*d = document{}
}

// gluedNameBefore reports whether the word part before p (inside the same
// word) looks like a name, or follows a given name, so that a title found
// at p glued to it is real.
func (d *document) gluedNameBefore(p int32) bool {
	s := p
	for s > 0 && (wordClass(d.body[s-1]) != 0 || d.body[s-1] == zwnj && s > 1 && wordClass(d.body[s-2]) != 0) {
		s--
	}
	if p-s < 2 {
		return false
	}
	if k := keyOf(d.body[s:p]); d.lx.nameLike(k) || d.lx.places[k] || d.lx.provinces[k] {
		// «اراکاستاندار»: a headline ending in a place glued to the
		// lead's first word.
		return true
	}
	if p-s >= 3 && s < headlineReach && !slices.Contains(d.body[:s], '\n') {
		// «… زیر ذره بین تعزیرات حکومتیمدیرکل تعزیرات …»: a headline
		// copied with no break before the lead, whose first word is a
		// title.
		return true
	}
	// «آرش پیروزیرئیس»: the word after a given name is its surname,
	// whatever its shape.
	e := s
	for e > 0 && d.body[e-1] == ' ' {
		e--
	}
	if e == s {
		return false
	}
	b := e
	for b > 0 && (wordClass(d.body[b-1]) != 0 || d.body[b-1] == zwnj && b > 1 && wordClass(d.body[b-2]) != 0) {
		b--
	}
	return e-b >= 2 && d.lx.given[keyOf(d.body[b:e])]
}

// headlineReach is how far into a text, in runes, a headline copied with no
// line break before its lead may end.
const headlineReach = 300

// keyOf folds runes for matching like NormalizeKey (the runes are already
// normalised).
func keyOf(rs []rune) string {
	var b strings.Builder
	b.Grow(2 * len(rs))
	for _, r := range rs {
		if k := keyRune(r); k > 0 {
			b.WriteRune(k)
		}
	}
	return b.String()
}

// tokenize splits the body of d into words and punctuation marks. A word is
// a run of letters and digits, possibly joined by ZWNJ or hamza; a change
// between digits and letters, or an offset in splits, ends a word.
func tokenize(d *document, splits []int32, ks *keyStream) []token {
	body := d.body
	slices.Sort(splits)
	toks := d.sc.toks[:0]
	si := 0
	start := -1
	prev := 0
	for i, r := range body {
		for si < len(splits) && int(splits[si]) < i {
			si++
		}
		c := wordClass(r)
		if c == 0 && (r == zwnj || r == 'ء' || r == '\u0654') && start >= 0 {
			continue
		}
		if c == 0 {
			if start >= 0 {
				toks = appendWord(toks, body, start, i)
				start = -1
			}
			prev = 0
			if r != ' ' && r != zwnj {
				// The key of a mark is the mark itself, as it stands in
				// the text.
				key := d.src[d.boff[i]:d.boff[i+1]]
				if r == utf8.RuneError {
					key = string(r) // an invalid byte in a text that did not come from the normaliser
				}
				toks = append(toks, token{start: int32(i), end: int32(i + 1), punct: persianMark(body, i), key: key})
			}
			continue
		}
		if start >= 0 && ((c == 3) != (prev == 3) || (si < len(splits) && int(splits[si]) == i)) {
			toks = appendWord(toks, body, start, i)
			start = -1
		}
		if start < 0 {
			start = i
		}
		prev = c
	}
	if start >= 0 {
		toks = appendWord(toks, body, start, len(body))
	}
	toks = joinSplitAffixes(toks, body)
	d.sc.toks = toks
	// Keys are substrings of one folded copy of the body: the key stream,
	// which holds the folded letters and digits of every word.
	kb := d.sc.keys[:0]
	koff := d.sc.koff[:0]
	for _, k := range ks.keys {
		koff = append(koff, int32(len(kb)))
		if k >= 0x80 && k < 0x800 {
			// Persian letters: two bytes, encoded in place.
			kb = append(kb, 0xc0|byte(k>>6), 0x80|byte(k)&0x3f)
		} else {
			kb = utf8.AppendRune(kb, k)
		}
	}
	koff = append(koff, int32(len(kb)))
	d.sc.keys, d.sc.koff = kb, koff
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
	return joinSurnameHeads(d.lx, toks, body)
}

// persianMark returns the mark body[i] as the rules know it: the Latin comma,
// semicolon and question mark that some portals type in Persian text are the
// Persian «،», «؛» and «؟», and straight double quotes are guillemets; a
// comma between two digits («۱,۲۰۰») stays a thousands separator.
func persianMark(body []rune, i int) rune {
	switch r := body[i]; r {
	case ',':
		if i > 0 && i+1 < len(body) && wordClass(body[i-1]) == 3 && wordClass(body[i+1]) == 3 {
			return r
		}
		return '،'
	case ';':
		return '؛'
	case '_':
		// Portals type an underscore for a dash («گروه استان‌ها _
		// کردستان», «آیت‌الله X_ نماینده ولی فقیه»).
		return '-'
	case '?':
		return '؟'
	case '"':
		// A straight quote opens before a word and closes after one.
		before := i > 0 && wordClass(body[i-1]) != 0
		after := i+1 < len(body) && wordClass(body[i+1]) != 0
		switch {
		case after && !before:
			return '«'
		case before && !after:
			return '»'
		}
		return r
	default:
		return r
	}
}

// joinSurnameHeads joins the first part of a compound surname typed apart
// («خوش خبر», «خوش اقبال») to the word after it when a given name comes
// before it: «ناصر خوش خبر» is a given name and one surname.
func joinSurnameHeads(lx *lexicon, toks []token, body []rune) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if n := len(out); n > 0 && i+1 < len(toks) && t.punct == 0 && slices.Contains(lx.surnameHeads, t.key) &&
			out[n-1].punct == 0 && lx.given[out[n-1].key] && t.start == out[n-1].end+1 &&
			toks[i+1].punct == 0 && toks[i+1].start == t.end+1 && body[t.end] == ' ' {
			t.end, t.key = toks[i+1].end, t.key+toks[i+1].key
			i++
		}
		out = append(out, t)
	}
	return out
}

// joinSplitAffixes joins the affixes that a portal typed apart from their
// word with a space, where careful writers put a ZWNJ or nothing, so that the
// three spellings give one token: a plural suffix («استان ها», «شهرداری
// های»), the comparative and superlative endings («مهم ترین», «بیش تر») and
// the continuous prefix of a verb («نمی کنند», «می شود»). None of them
// stands alone in news text; a noun split from its suffix would end a role or
// an organisation at the noun, and a verb split from its prefix would be no
// verb.
func joinSplitAffixes(toks []token, body []rune) []token {
	out := toks[:0]
	for _, t := range toks {
		if n := len(out); n > 0 && t.punct == 0 && out[n-1].punct == 0 && t.start == out[n-1].end+1 && body[out[n-1].end] == ' ' {
			prev, w := body[out[n-1].start:out[n-1].end], body[t.start:t.end]
			suffix := (pluralSuffix(w) || comparativeSuffix(w)) && wordClass(prev[len(prev)-1]) == 1 && !slices.Equal(prev, runesVa) ||
				// «کوزه ای», «سرچشمه ای»: the «ای» a word ending in «ه» takes.
				slices.Equal(w, runesAy) && len(prev) >= 3 && prev[len(prev)-1] == 'ه'
			prefix := verbPrefix(prev) && wordClass(w[0]) == 1 && len(w) >= 2
			if suffix || prefix {
				out[n-1].end = t.end
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// comparativeSuffix reports whether w is «تر» or «ترین».
func comparativeSuffix(w []rune) bool {
	return slices.Equal(w, runesTar) || slices.Equal(w, runesTarin)
}

// verbPrefix reports whether w is the continuous prefix «می» or its negative
// «نمی».
func verbPrefix(w []rune) bool {
	return slices.Equal(w, runesMi) || slices.Equal(w, runesNami)
}

var (
	runesTar, runesTarin = []rune("تر"), []rune("ترین")
	runesMi, runesNami   = []rune("می"), []rune("نمی")
	runesVa              = []rune("و")
	runesAy              = []rune("ای")
)

// pluralSuffix reports whether w is «ها», «های» or «هایی».
func pluralSuffix(w []rune) bool {
	if len(w) < 2 || len(w) > 4 || w[0] != 'ه' || w[1] != 'ا' {
		return false
	}
	return len(w) == 2 || len(w) == 3 && w[2] == 'ی' || len(w) == 4 && w[2] == 'ی' && w[3] == 'ی'
}

// appendWord appends the word token body[start:end], without trailing ZWNJ.
func appendWord(toks []token, body []rune, start, end int) []token {
	e := end
	for e > start && body[e-1] == zwnj {
		e--
	}
	return append(toks, token{start: int32(start), end: int32(e)})
}

// tokAt returns the index of the token containing rune offset p, or of the
// first token after p.
func (d *document) tokAt(p int32) int {
	switch {
	case p < 0:
		return 0
	case int(p) < len(d.tokIdx):
		return int(d.tokIdx[p])
	case d.tokIdx != nil:
		return len(d.toks)
	}
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > p })
}

// indexTokens fills d.tokIdx: for each rune offset p of the body, the
// index of the first token that ends after p.
func (d *document) indexTokens() {
	idx := d.sc.tokIdx[:0]
	t := 0
	for p := range int32(len(d.body)) {
		for t < len(d.toks) && d.toks[t].end <= p {
			t++
		}
		idx = append(idx, int32(t))
	}
	d.sc.tokIdx = idx
	d.tokIdx = idx
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
	return d.src[d.boff[s]:d.boff[e]]
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
	if utf8.RuneCountInString(k) < 4 {
		return false
	}
	for _, suf := range lx.surnameSuffixes {
		if stem, ok := strings.CutSuffix(k, suf); ok {
			if utf8.RuneCountInString(stem) >= 3 && !lx.stop[stem] && !verbBeforeSuffix(stem, suf) {
				return true
			}
		}
	}
	if stem, ok := strings.CutSuffix(k, "ی"); ok {
		if lx.given[stem] || lx.places[stem] {
			return true
		}
	}
	// «پورمهدی», «پوراحمد»: «پور» (son of) before a given name.
	if rest, ok := strings.CutPrefix(k, "پور"); ok && utf8.RuneCountInString(rest) >= 3 && lx.given[rest] {
		return true
	}
	return false
}

// verbBeforeSuffix reports whether a word that ends like a surname is a verb
// in the continuous tense: «نمی…» always, and «می» with a short stem before
// «وند» («می‌شوند», «می‌روند»), where «میرزاوند» is a surname.
func verbBeforeSuffix(stem, suf string) bool {
	if strings.HasPrefix(stem, "نمی") {
		return true
	}
	return suf == "وند" && strings.HasPrefix(stem, "می") && utf8.RuneCountInString(stem) <= 4
}

// surnameSuffixAfter reports whether the word that goes on at body offset i,
// after a ZWNJ or a space, is a surname suffix («پور» of «قاضی‌پور», «قاضی
// پور»): the title is then the first part of a surname.
func surnameSuffixAfter(lx *lexicon, body []rune, i int) bool {
	if i >= len(body) || body[i] != zwnj && body[i] != ' ' {
		return false
	}
	j := i + 1
	for j < len(body) && j-i <= 8 && wordClass(body[j]) != 0 {
		j++
	}
	return j > i+1 && lx.has(setSurnameSuffix, NormalizeKey(string(body[i+1:j])))
}
