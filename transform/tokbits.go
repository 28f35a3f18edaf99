package transform

// in reports whether token t is a word of word set ws. The sets of every
// token are looked up once per document, on first use, so that rules that
// test the same tokens again and again cost an array index, not a map
// lookup. A token out of range is in no set.
func (d *document) in(ws wordSet, t int) bool {
	if t < 0 || t >= len(d.toks) {
		return false
	}
	if d.bits == nil {
		d.bits = make([]uint32, len(d.toks))
		for i := range d.toks {
			if d.toks[i].punct == 0 {
				d.bits[i] = d.lx.wordIDs[d.toks[i].key]
			}
		}
	}
	return d.lx.bitSets[d.bits[t]][ws/64]&(1<<(ws%64)) != 0
}

// Token tests whose answers memo keeps, one bit pair per test.
const (
	memoNameToken = iota
	memoPlainWord
	memoRareGiven
	memoSentenceFirst
	memoSurnameLike
	memoGivenAt
	numMemos
)

// memoGet returns the answer of test which for token t if it is known: the
// name rules ask the same questions of the same tokens many times.
func (d *document) memoGet(which, t int) (answer, known bool) {
	if t < 0 || t >= len(d.toks) || d.memos == nil {
		return false, false
	}
	m := d.memos[t]
	return m&(2<<(2*which)) != 0, m&(1<<(2*which)) != 0
}

// memoSet records the answer of test which for token t and returns it.
func (d *document) memoSet(which, t int, answer bool) bool {
	if t < 0 || t >= len(d.toks) {
		return answer
	}
	if d.memos == nil {
		d.memos = make([]uint16, len(d.toks))
	}
	d.memos[t] |= 1 << (2 * which)
	if answer {
		d.memos[t] |= 2 << (2 * which)
	}
	return answer
}

// sentenceFirst reports whether token t opens its sentence, worked out
// once per document and token.
func (d *document) sentenceFirst(t int) bool {
	if r, ok := d.memoGet(memoSentenceFirst, t); ok {
		return r
	}
	first := false
	if t >= 0 && t < len(d.toks) {
		si := sentenceAt(d.sents, d.toks[t].start)
		first = si >= 0 && d.tokAt(d.sents[si].start) == t
	}
	return d.memoSet(memoSentenceFirst, t, first)
}

// The answers of all the memos fit the uint16 of a token: two bits each.
var _ [16 - 2*numMemos]struct{}

// The lists the name rules ask of a token most are word sets too, filled
// from the lists when the lexicon is built (lexicon.addListSets), so that
// one lookup per token answers them with its other sets (see in).
var (
	setKeyStop     = newWordSet("key_stop")      // lexicons/stopwords.txt
	setKeyGiven    = newWordSet("key_given")     // given names that are no common word
	setKeyGivenAll = newWordSet("key_given_all") // given names, common words too («ولی», «امید»)
	setKeySurname  = newWordSet("key_surname")   // the surname lists
	setKeyPlace    = newWordSet("key_place")     // places' names
)

// surnameLike reports whether token t is a surname of the lists or a word of
// a surname's shape, worked out once per document and token.
func (d *document) surnameLike(t int) bool {
	if r, ok := d.memoGet(memoSurnameLike, t); ok {
		return r
	}
	k := d.tokKey(t)
	return d.memoSet(memoSurnameLike, t, d.isWord(t) && (d.in(setKeySurname, t) || d.lx.surnameShape(k)))
}

// nameLikeAt is lexicon.nameLike of token t's key, from the token's sets:
// a given name or a surname of the lists, or a word of a surname's shape,
// and no stopword.
func (d *document) nameLikeAt(t int) bool {
	return d.isWord(t) && d.toks[t].key != "" && !d.in(setKeyStop, t) && (d.in(setKeyGiven, t) || d.surnameLike(t))
}

// pairIn reports whether tokens t and t+1 joined are in word set ws: a
// word typed apart («غیر مجاز», «چشم پوشی») whose set lists it whole. As
// with in, the sets of a pair are looked up once per document.
func (d *document) pairIn(ws wordSet, t int) bool {
	var buf [64]byte
	if t < 0 || t >= len(d.toks) {
		return d.lx.hasBytes(ws, d.joinedKey(buf[:0], t))
	}
	if d.pairBits == nil {
		d.pairBits = make([]uint32, len(d.toks))
	}
	if d.pairBits[t] == 0 {
		d.pairBits[t] = d.lx.wordIDs[string(d.joinedKey(buf[:0], t))] + 1
	}
	return d.lx.bitSets[d.pairBits[t]-1][ws/64]&(1<<(ws%64)) != 0
}

// joinedKey appends the keys of tokens t and t+1 to buf, the key of the two
// as one word. Callers pass a stack buffer, so a lookup of the result
// allocates nothing, where a concatenation of the keys would.
func (d *document) joinedKey(buf []byte, t int) []byte {
	return append(append(buf, d.tokKey(t)...), d.tokKey(t+1)...)
}
