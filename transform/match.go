package transform

import (
	"cmp"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
)

// automaton is an Aho-Corasick automaton over folded key runes (see keyRune).
// Patterns are lexicon phrases with spaces and ZWNJ removed, so that the
// automaton, fed with a key stream that skips spaces and ZWNJ, matches a
// phrase however its words are joined. Children of a node are kept sorted in
// one flat array and found by binary search; the same transitions, with the
// failure links followed in advance, are also kept as a dense table over
// the runes the patterns use, which the scan reads.
type automaton struct {
	first  []int32 // children of node n are edges first[n]:first[n+1]
	labels []rune
	next   []int32
	fail   []int32
	dict   []int32      // nearest node on the fail chain (itself included) with output, or -1
	out    [][]int32    // entry indices ending at node
	plen   []int32      // key length of each entry
	root   [0x700]int32 // child of the root for key runes below U+0700, -1 if none

	// delta[n*nclass+c] is step(n, r) for every key rune r of class c;
	// nil when the automaton has too many nodes for uint16 states.
	delta  []uint16
	nclass int
	lowCls [0x700]uint16 // class of key runes below U+0700; 0 for runes no pattern uses
	hiRune []rune        // other pattern runes, sorted
	hiCls  []uint16      // their classes
}

func newAutomaton(entries []entry) *automaton {
	type tnode struct {
		kids map[rune]int32
		out  []int32
	}
	nodes := []tnode{{kids: map[rune]int32{}}}
	plen := make([]int32, len(entries))
	for i, e := range entries {
		n := int32(0)
		for _, r := range e.phrase {
			k := keyRune(r)
			if k <= 0 {
				continue
			}
			plen[i]++
			c, ok := nodes[n].kids[k]
			if !ok {
				c = int32(len(nodes))
				nodes = append(nodes, tnode{kids: map[rune]int32{}})
				nodes[n].kids[k] = c
			}
			n = c
		}
		if n != 0 {
			nodes[n].out = append(nodes[n].out, int32(i))
		}
	}
	a := &automaton{
		first: make([]int32, len(nodes)+1),
		fail:  make([]int32, len(nodes)),
		dict:  make([]int32, len(nodes)),
		out:   make([][]int32, len(nodes)),
		plen:  plen,
	}
	for i, n := range nodes {
		a.first[i] = int32(len(a.labels))
		keys := make([]rune, 0, len(n.kids))
		for k := range n.kids {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(x, y int) bool { return keys[x] < keys[y] })
		for _, k := range keys {
			a.labels = append(a.labels, k)
			a.next = append(a.next, n.kids[k])
		}
		a.out[i] = n.out
	}
	a.first[len(nodes)] = int32(len(a.labels))
	for i := range a.root {
		a.root[i] = -1
	}
	for e := a.first[0]; e < a.first[1]; e++ {
		if a.labels[e] < 0x700 {
			a.root[a.labels[e]] = a.next[e]
		}
	}
	// Breadth-first failure links.
	queue := []int32{}
	for e := a.first[0]; e < a.first[1]; e++ {
		c := a.next[e]
		a.fail[c] = 0
		queue = append(queue, c)
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for e := a.first[n]; e < a.first[n+1]; e++ {
			c, r := a.next[e], a.labels[e]
			f := a.fail[n]
			for {
				if t := a.child(f, r); t >= 0 {
					a.fail[c] = t
					break
				}
				if f == 0 {
					a.fail[c] = 0
					break
				}
				f = a.fail[f]
			}
			queue = append(queue, c)
		}
	}
	// Dictionary links in BFS order so that a node's fail target is done first.
	order := []int32{0}
	for i := 0; i < len(order); i++ {
		n := order[i]
		for e := a.first[n]; e < a.first[n+1]; e++ {
			order = append(order, a.next[e])
		}
	}
	for _, n := range order {
		switch {
		case len(a.out[n]) > 0:
			a.dict[n] = n
		case n == 0:
			a.dict[n] = -1
		default:
			a.dict[n] = a.dict[a.fail[n]]
		}
	}
	a.buildDelta(order)
	return a
}

// buildDelta fills the dense transition table. order lists the nodes
// breadth first, so that a node's failure target has its row already.
func (a *automaton) buildDelta(order []int32) {
	runes := slices.Clone(a.labels)
	slices.Sort(runes)
	runes = slices.Compact(runes)
	nodes := len(a.fail)
	a.nclass = len(runes) + 1 // class 0: runes in no pattern, which always lead to the root
	if nodes > 1<<16 || nodes*a.nclass > 1<<24 {
		return
	}
	for i, r := range runes {
		c := uint16(i + 1)
		if r >= 0 && r < rune(len(a.lowCls)) {
			a.lowCls[r] = c
		} else {
			a.hiRune = append(a.hiRune, r)
			a.hiCls = append(a.hiCls, c)
		}
	}
	a.delta = make([]uint16, nodes*a.nclass)
	for _, n := range order {
		row := a.delta[int(n)*a.nclass : int(n+1)*a.nclass]
		for i, r := range runes {
			c := i + 1
			switch t := a.child(n, r); {
			case t >= 0:
				row[c] = uint16(t)
			case n != 0:
				row[c] = a.delta[int(a.fail[n])*a.nclass+c]
			}
		}
	}
}

// class returns the class of key rune r in the dense table.
func (a *automaton) class(r rune) int {
	if r >= 0 && r < rune(len(a.lowCls)) {
		return int(a.lowCls[r])
	}
	if i, ok := slices.BinarySearch(a.hiRune, r); ok {
		return int(a.hiCls[i])
	}
	return 0
}

// child returns the child of node n labelled r, or -1.
func (a *automaton) child(n int32, r rune) int32 {
	lo, hi := a.first[n], a.first[n+1]
	for lo < hi {
		m := (lo + hi) / 2
		switch l := a.labels[m]; {
		case l == r:
			return a.next[m]
		case l < r:
			lo = m + 1
		default:
			hi = m
		}
	}
	return -1
}

// step moves from node n on key rune r.
func (a *automaton) step(n int32, r rune) int32 {
	for {
		if n == 0 {
			if r >= 0 && r < 0x700 {
				return max(a.root[r], 0)
			}
			return max(a.child(0, r), 0)
		}
		if c := a.child(n, r); c >= 0 {
			return c
		}
		if n == 0 {
			return 0
		}
		n = a.fail[n]
	}
}

// match is one lexicon phrase found in the body.
type match struct {
	entry      int32
	start, end int32 // rune offsets into the body, end exclusive
	glued      bool  // starts inside a word (a title glued to a name)
	// tail marks a title that ends inside a word whose rest is a place
	// («فرماندارمهاباد»), and the place match that follows it; the word is
	// split between them.
	tail bool
}

// keyStream is the body folded for matching.
type keyStream struct {
	keys  []rune  // folded letters and digits; spaces and ZWNJ skipped
	pos   []int32 // body rune offset of each key
	start []bool  // a word starts at this key
	end   []bool  // a word ends after this key
	brk   []bool  // a break (punctuation or newline) precedes this key
	zw    []bool  // a ZWNJ, not a space, ends the word at this key
}

// wordClass classifies body runes for word boundaries: 0 not part of a
// word, 1 Persian/Arabic letter, 2 Latin or other letter, 3 digit.
func wordClass(r rune) int {
	if r >= 0 && r < rune(len(wordClasses)) {
		return int(wordClasses[r])
	}
	return classifyRune(r)
}

// wordClasses holds wordClass of every rune below U+0700.
var wordClasses = func() (t [0x700]uint8) {
	for r := range t {
		t[r] = uint8(classifyRune(rune(r)))
	}
	return t
}()

// classifyRune computes wordClass.
func classifyRune(r rune) int {
	switch {
	case r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A, r >= 0x067E && r <= 0x06D3 && r != 0x06D4:
		return 1
	case r == ' ' || r == zwnj:
		return 0
	case r >= '0' && r <= '9', r >= '۰' && r <= '۹', r >= '٠' && r <= '٩':
		return 3
	case r >= 0x0600 && r <= 0x06FF && unicode.IsLetter(r):
		return 1
	case r >= 0x02B0 && r <= 0x02FF:
		// Spacing modifier letters («ˈ») stand as quotation marks in
		// portal text: «ˈداریوش صفاریˈ».
		return 0
	case unicode.IsLetter(r):
		return 2
	}
	return 0
}

// newKeyStream folds body into ks, reusing its buffers, and returns ks.
func newKeyStream(body []rune, ks *keyStream) *keyStream {
	if ks == nil {
		ks = &keyStream{}
	}
	if cap(ks.keys) < len(body) {
		n := len(body) + len(body)/4
		ks.keys, ks.pos = make([]rune, 0, n), make([]int32, 0, n)
		ks.start, ks.end, ks.brk = make([]bool, 0, n), make([]bool, 0, n), make([]bool, 0, n)
		ks.zw = make([]bool, 0, n)
	}
	ks.keys, ks.pos = ks.keys[:0], ks.pos[:0]
	ks.start, ks.end, ks.brk = ks.start[:0], ks.end[:0], ks.brk[:0]
	ks.zw = ks.zw[:0]
	prevClass := 0
	pendBreak := true
	for i, r := range body {
		c := wordClass(r)
		if c == 0 {
			if r == 'ء' || r == '\u0654' {
				continue // hamza is skipped, not a boundary
			}
			if r != ' ' && r != zwnj {
				pendBreak = true
			}
			if n := len(ks.keys); n > 0 {
				ks.end[n-1] = true
				if r == zwnj && prevClass != 0 {
					ks.zw[n-1] = true
				}
			}
			prevClass = 0
			continue
		}
		k := keyRune(r)
		if k <= 0 {
			continue
		}
		boundary := c != prevClass
		if n := len(ks.keys); n > 0 && boundary {
			ks.end[n-1] = true
		}
		ks.keys = append(ks.keys, k)
		ks.pos = append(ks.pos, int32(i))
		ks.start = append(ks.start, boundary)
		ks.end = append(ks.end, false)
		ks.brk = append(ks.brk, pendBreak)
		ks.zw = append(ks.zw, false)
		pendBreak = false
		prevClass = c
	}
	if n := len(ks.keys); n > 0 {
		ks.end[n-1] = true
	}
	return ks
}

// suffixes that a suffix-taking phrase may carry inside the same word.
var matchSuffixes = map[string]bool{
	"ها": true, "های": true, "هایی": true, "ی": true, "یی": true, "ای": true, "ان": true, "ات": true,
	"هاى": true, "یان": true,
}

// scan runs the automaton over the key stream and returns the matches that
// begin and end on word boundaries (or carry an allowed suffix, or are titles
// glued to a preceding word).
//
// The matches are appended to out.
func (lx *lexicon) scan(ks *keyStream, out []match) []match {
	a := lx.ac
	n := int32(0)
	for i, k := range ks.keys {
		if ks.brk[i] {
			n = 0
		}
		if a.delta != nil {
			n = int32(a.delta[int(n)*a.nclass+a.class(k)])
		} else {
			n = a.step(n, k)
		}
		for d := a.dict[n]; d >= 0; d = a.dict[a.fail[d]] {
			for _, ei := range a.out[d] {
				s := i - int(a.plen[ei]) + 1
				if s < 0 || !lx.contiguous(ks, s, i) {
					continue
				}
				e := &lx.entries[ei]
				m := match{entry: ei, start: ks.pos[s], end: ks.pos[i] + 1}
				if !ks.start[s] {
					if e.cat != catTitle || a.plen[ei] < 4 || crossesWord(ks, s, s+int(e.firstLen)-1) {
						// A title glued to a name is typed as one word
						// with it, its first word at least: «ریاست» is
						// no title inside «باکری است».
						continue
					}
					m.glued = true
				}
				if e.cat == catTitle && ks.end[i] && pluralWordAfter(ks, i+1) {
					// «نماینده‌های مجلس», «نماینده های مجلس»: a title
					// made plural names a group, no person's title, as
					// «نمایندههای», typed glued, never matches one.
					continue
				}
				if e.cat == catTitle && (ks.zw[i] || !ks.end[i]) && lx.surnameEnding(ks, i+1) {
					// «حسن رئیس‌وندی», «رئیسوندی»: a title word typed
					// with a surname's ending is a surname.
					continue
				}
				if !ks.end[i] {
					if e.cat == catTitle && !m.glued && a.plen[ei] >= 4 {
						if pm, ok := lx.gluedPlace(ks, i+1); ok {
							m.end, m.tail = ks.pos[i]+1, true
							out = append(out, m, pm)
							continue
						}
					}
					if e.cat == catTitle && !m.glued && e.gluedHead && gluedRest(ks, i+1) {
						// «مدیرجهادکشاورزی»: a head's title typed
						// together with the body it heads.
						m.end, m.tail = ks.pos[i]+1, true
						out = append(out, m)
						continue
					}
					if !e.suffix {
						continue
					}
					j := i + 1
					for j < len(ks.keys) && !ks.end[j] && j-i < 6 {
						j++
					}
					if j >= len(ks.keys) || !ks.end[j] || !isMatchSuffix(ks.keys[i+1:j+1]) {
						continue
					}
					m.end = ks.pos[j] + 1
				}
				out = append(out, m)
			}
			if d == 0 {
				break
			}
		}
	}
	return out
}

// gluedHeads are the heads' titles that portals type together with the body
// after them («مدیرجهادکشاورزی», «رئیساداره»).
var gluedHeads = []string{"مدیر", "مدیرکل", "رئیس", "رییس", "سرپرست", "فرمانده"}

// surnameEnding reports whether the keys from i to the end of their word
// make a title word before them a surname (setTitleSurnameEnding).
func (lx *lexicon) surnameEnding(ks *keyStream, i int) bool {
	j := i
	for j < len(ks.keys) && j-i < 5 && !ks.end[j] {
		j++
	}
	if j >= len(ks.keys) || !ks.end[j] {
		return false
	}
	return lx.has(setTitleSurnameEnding, string(ks.keys[i:j+1]))
}

// pluralWordAfter reports whether the word that starts at key i, with no
// break before it, is a plural suffix («ها», «های», «هایی») typed apart
// from the word before it, after a ZWNJ or a space.
func pluralWordAfter(ks *keyStream, i int) bool {
	if i >= len(ks.keys) || ks.brk[i] {
		return false
	}
	j := i
	for j < len(ks.keys) && j-i < 4 && !ks.end[j] {
		j++
	}
	return j < len(ks.keys) && ks.end[j] && pluralSuffix(ks.keys[i:j+1])
}

// crossesWord reports whether a word of the text ends before key i among
// keys [s,i].
func crossesWord(ks *keyStream, s, i int) bool {
	for k := s; k < i; k++ {
		if ks.end[k] {
			return true
		}
	}
	return false
}

// gluedRest reports whether the rest of the word from key i is long enough to
// be a body's name and does not start like an ending of the title itself
// («مدیریت», «مدیران», «رئیس‌ها», «معاونین»).
func gluedRest(ks *keyStream, i int) bool {
	j := i
	for j < len(ks.keys) && !ks.end[j] {
		j++
	}
	if j >= len(ks.keys) || j-i+1 < 4 {
		return false
	}
	a, b := ks.keys[i], ks.keys[i+1]
	switch {
	case a == 'ی' && b == 'ت', a == 'ا' && b == 'ن', a == 'ه' && b == 'ا', a == 'ی' && b == 'ن':
		return false
	}
	return true
}

// isMatchSuffix reports whether the key runes ks spell one of matchSuffixes.
func isMatchSuffix(ks []rune) bool {
	var buf [8 * utf8.UTFMax]byte
	if len(ks) > 8 {
		return false
	}
	b := buf[:0]
	for _, k := range ks {
		b = utf8.AppendRune(b, k)
	}
	return matchSuffixes[string(b)]
}

// contiguous reports whether keys s..e contain no break.
func (lx *lexicon) contiguous(ks *keyStream, s, e int) bool {
	for j := s + 1; j <= e; j++ {
		if ks.brk[j] {
			return false
		}
	}
	return true
}

// selectMatches keeps, for each category, the leftmost-longest matches that
// do not overlap each other; matches of different categories may overlap.
// The kept matches are stored in back, which it returns grown as needed;
// each category's slice is capped so that appending to it cannot overwrite
// the next one.
func (lx *lexicon) selectMatches(all []match, back []match) ([numCategories][]match, []match) {
	var by [numCategories][]match
	var at [numCategories + 1]int
	for _, m := range all {
		at[lx.entries[m.entry].cat+1]++
	}
	for c := 1; c <= int(numCategories); c++ {
		at[c] += at[c-1]
	}
	if cap(back) < len(all) {
		back = make([]match, len(all), len(all)+len(all)/4)
	}
	back = back[:len(all)]
	fill := at
	for _, m := range all {
		c := lx.entries[m.entry].cat
		back[fill[c]] = m
		fill[c]++
	}
	for c := range by {
		ms := back[at[c]:at[c+1]]
		if len(ms) == 0 {
			continue
		}
		// slices.SortFunc orders exactly as sort.Slice did with the same
		// comparison: both are the same pattern-defeating quicksort.
		slices.SortFunc(ms, cmpMatch)
		kept := ms[:0]
		end := int32(-1)
		for _, m := range ms {
			if m.start >= end {
				kept = append(kept, m)
				end = m.end
			}
		}
		by[c] = kept[:len(kept):len(kept)]
	}
	return by, back
}

// cmpMatch orders matches by start, the longer first at the same start.
func cmpMatch(a, b match) int {
	switch {
	case a.start != b.start:
		return cmp.Compare(a.start, b.start)
	case a.end > b.end:
		return -1
	case a.end < b.end:
		return 1
	}
	return 0
}

// gluedPlace returns a place match for the rest of the word that starts at
// key i, when that rest is a county or province name or the first word of
// one whose other words follow: a title written together with its place
// («فرماندارمهاباد», «معاون فرمانداربوکان», «استاندارخراسان جنوبی»).
func (lx *lexicon) gluedPlace(ks *keyStream, i int) (match, bool) {
	j := i
	for j < len(ks.keys) && !ks.end[j] {
		j++
	}
	if j >= len(ks.keys) || j-i < 2 || j-i > 12 {
		return match{}, false
	}
	var buf [96]byte
	b := buf[:0]
	for _, r := range ks.keys[i : j+1] {
		b = utf8.AppendRune(b, r)
	}
	// Place keys hold no spaces, so the words after the rest join its key;
	// at most maxGluedPlaceWords more, with no break between them.
	for more := 0; ; more++ {
		if ei, ok := lx.placeEntry[string(b)]; ok {
			return match{entry: ei, start: ks.pos[i], end: ks.pos[j] + 1, tail: true}, true
		}
		if more == maxGluedPlaceWords || j+1 >= len(ks.keys) || ks.brk[j+1] {
			return match{}, false
		}
		k := j + 1
		for k < len(ks.keys) && !ks.end[k] {
			k++
		}
		if k >= len(ks.keys) || k-j > 12 {
			return match{}, false
		}
		for _, r := range ks.keys[j+1 : k+1] {
			b = utf8.AppendRune(b, r)
		}
		j = k
	}
}

// maxGluedPlaceWords bounds the words after a glued place's first that
// gluedPlace joins to it: «استاندارکهگیلویه و بویراحمد» has two.
const maxGluedPlaceWords = 2
