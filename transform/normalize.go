package transform

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Special characters the normaliser treats by name.
const (
	zwnj = '\u200c' // zero-width non-joiner, the Persian half-space
	nbsp = '\u00a0'
)

// Normalized is a normalised text together with the map from its runes back
// to the runes of the text it was made from.
//
// Text is valid UTF-8 and a fixed point of [Normalize]. The zero value is an
// empty text.
type Normalized struct {
	// Text is the normalised text.
	Text string
	// src[i] is the rune offset in the original text of the rune that
	// produced normalised rune i; src[len] is the original rune count.
	src []int32
}

// Len returns the length of n.Text in runes.
func (n Normalized) Len() int {
	if len(n.src) == 0 {
		return 0
	}
	return len(n.src) - 1
}

// SourceOffset maps a rune offset i into n.Text back to the rune offset in
// the original text where the same character (or the run of whitespace it was
// folded from) begins. Offsets at or past the end map to the original length;
// negative offsets map to 0. A span [s,e) of n.Text corresponds to
// [SourceOffset(s), SourceOffset(e)) of the original, which also covers any
// characters the normaliser dropped inside or right after the span.
func (n Normalized) SourceOffset(i int) int {
	if len(n.src) == 0 || i < 0 {
		return 0
	}
	if i >= len(n.src) {
		return int(n.src[len(n.src)-1])
	}
	return int(n.src[i])
}

// Normalize returns the normalised form of s used for display and storage.
//
// It maps Arabic letter variants to Persian (ي ى ے → ی, ك → ک, ة ۀ → ه),
// Arabic-Indic digits to Persian digits (ASCII digits are kept), Arabic
// presentation forms to ordinary letters, removes diacritics, tatweel,
// bidirectional controls, BOM and soft hyphens, folds NBSP and other odd
// spaces to a single space, collapses whitespace (one newline stays one
// newline, two or more become a blank line), trims the ends, and cleans ZWNJ
// (collapsed, and dropped where it does not sit between two letters).
// Invalid UTF-8 bytes and control characters are dropped. Normalize is
// idempotent and always returns valid UTF-8.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	w := normWriter{out: make([]byte, 0, len(s))}
	w.normalize(s)
	return string(w.out)
}

// isNormal reports whether Normalize(s) is s itself: s is valid UTF-8 made
// of runes that the normaliser keeps as they are, with single spaces
// between them and no other whitespace or ZWNJ. It errs on the side of
// false.
func isNormal(s string) bool {
	prevSpace := true // no space at the start
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
				continue
			case c < 0x20 || c == 0x7f:
				return false
			}
			prevSpace = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError || isPresentationForm(r) || r == zwnj || mapRune(r) != r {
			return false
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}

// NormalizeOffsets normalises s like [Normalize] and keeps the map from the
// result back to s, for quoting evidence exactly as published.
func NormalizeOffsets(s string) Normalized {
	w := normWriter{out: make([]byte, 0, len(s)), track: true}
	w.src = make([]int32, 0, utf8.RuneCountInString(s)+1)
	w.finish(w.normalize(s))
	return Normalized{Text: string(w.out), src: w.src}
}

// normalize appends the normalised form of s to w.out (and, when w.track
// is set, the source offset of each rune to w.src). It returns the number
// of runes of s, the total that [normWriter.finish] records.
func (w *normWriter) normalize(s string) int {
	idx := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != ' ' {
			// Printable ASCII other than space maps to itself.
			i++
			if w.pend != pendNone {
				w.flush(rune(c))
			}
			w.out = append(w.out, c)
			if w.track {
				w.src = append(w.src, int32(idx))
			}
			w.last, w.started = rune(c), true
			idx++
			continue
		}
		if c >= 0xd8 && c <= 0xdb && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			// U+0600 to U+06FF: most of them map to themselves.
			r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
			if keepsArabic[r-0x600] {
				if w.pend != pendNone {
					w.flush(r)
				}
				w.out = append(w.out, c, s[i+1])
				if w.track {
					w.src = append(w.src, int32(idx))
				}
				w.last, w.started = r, true
				i += 2
				idx++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			idx++
			continue
		}
		if r == '\r' {
			if i < len(s) && s[i] == '\n' {
				idx++
				continue
			}
			r = '\n'
		}
		if isPresentationForm(r) {
			for _, q := range norm.NFKC.String(string(r)) {
				w.add(q, idx)
			}
		} else {
			w.add(r, idx)
		}
		idx++
	}
	return idx
}

// keepsArabic tells for each rune from U+0600 to U+06FF whether the
// normaliser keeps it as it is.
var keepsArabic = func() (t [0x100]bool) {
	for i := range t {
		r := rune(0x600 + i)
		t[i] = mapRune(r) == r
	}
	return t
}()

// isPresentationForm reports whether r is an Arabic presentation form or a
// compatibility character that NFKC maps to ordinary letters.
func isPresentationForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE)
}

// space kinds pending in the writer, in increasing strength.
const (
	pendNone = iota
	pendZWNJ
	pendSpace
	pendNewline
	pendBlank
)

// normWriter builds a normalised text rune by rune.
type normWriter struct {
	out     []byte
	src     []int32 // source offset of each rune written, when track is set
	track   bool    // keep src
	last    rune    // last rune written, 0 at start
	pend    int     // pending whitespace kind
	pendAt  int     // source index of the pending whitespace
	started bool    // something other than whitespace has been written
}

func (w *normWriter) add(r rune, idx int) {
	r = mapRune(r)
	switch r {
	case 0:
		return
	case '\n':
		switch {
		case w.pend < pendNewline:
			w.pend, w.pendAt = pendNewline, idx
		case w.pend == pendNewline:
			w.pend = pendBlank
		}
		return
	case ' ':
		if w.pend < pendSpace {
			w.pend, w.pendAt = pendSpace, idx
		}
		return
	case zwnj:
		if w.pend < pendZWNJ {
			w.pend, w.pendAt = pendZWNJ, idx
		}
		return
	}
	w.flush(r)
	w.emit(r, idx)
}

// flush writes the pending whitespace before the letter r.
func (w *normWriter) flush(next rune) {
	p := w.pend
	w.pend = pendNone
	if !w.started || p == pendNone {
		return
	}
	switch p {
	case pendZWNJ:
		if unicode.IsLetter(w.last) && unicode.IsLetter(next) {
			w.emit(zwnj, w.pendAt)
		}
	case pendSpace:
		w.emit(' ', w.pendAt)
	case pendNewline:
		w.emit('\n', w.pendAt)
	case pendBlank:
		w.emit('\n', w.pendAt)
		w.emit('\n', w.pendAt)
	}
}

func (w *normWriter) emit(r rune, idx int) {
	w.out = utf8.AppendRune(w.out, r)
	if w.track {
		w.src = append(w.src, int32(idx))
	}
	w.last = r
	w.started = true
}

// reset prepares w for the next independent text, keeping its buffers.
func (w *normWriter) reset() {
	w.last, w.pend, w.pendAt, w.started = 0, pendNone, 0, false
}

func (w *normWriter) finish(total int) {
	w.src = append(w.src, int32(total))
}

// mapRune maps one rune to its normalised form: 0 to drop it, ' ' for any
// horizontal space, '\n' for any line break, zwnj for a joiner break.
func mapRune(r rune) rune {
	switch {
	case r >= 0x0621 && r <= 0x063A && r != 0x0629, r >= 0x0644 && r <= 0x0648, r == 0x0641, r == 0x0642,
		r == 'پ', r == 'چ', r == 'ژ', r == 'گ', r == 'ک', r == 'ی', r >= '۰' && r <= '۹':
		return r // Persian letters and digits, the bulk of the text
	case r < 0x80:
		switch {
		case r == '\n':
			return '\n'
		case r == '\t' || r == ' ' || r == '\v' || r == '\f':
			return ' '
		case r < 0x20 || r == 0x7f:
			return 0
		}
		return r
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640, // diacritics, superscript alef, tatweel
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E4, r == 0x06E7, r == 0x06E8, r >= 0x06EA && r <= 0x06ED:
		return 0
	case r >= 0x0660 && r <= 0x0669: // Arabic-Indic digits
		return r - 0x0660 + 0x06F0
	}
	switch r {
	case 0x064A, 0x0649, 0x06D2, 0x06CD, 0x06D0, 0x06CE: // ي ى ے ۍ ې ێ
		return 'ی'
	case 0x0643, 0x06AA: // ك ڪ
		return 'ک'
	case 0x0629, 0x06C0, 0x06D5, 0x06BE, 0x06C1, 0x06C2: // ة ۀ ە ھ ہ ۂ
		return 'ه'
	case 0x0085, 0x2028, 0x2029:
		return '\n'
	case nbsp, 0x1680, 0x180E, 0x202F, 0x205F, 0x3000:
		return ' '
	case zwnj, 0x200B: // ZWSP is used for ZWNJ by some editors
		return zwnj
	case 0x200D, 0x200E, 0x200F, 0xFEFF, 0x00AD, 0x061C, 0x2060:
		return 0
	case utf8.RuneError:
		return r
	}
	switch {
	case r >= 0x2000 && r <= 0x200A:
		return ' '
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return 0
	case r >= 0x80 && r < 0xA0: // C1 controls
		return 0
	case isPresentationForm(r):
		// Reached only for presentation forms that NFKC leaves alone.
		return r
	}
	if r >= 0x0600 && r <= 0x06FF && unicode.Is(unicode.Mn, r) {
		return 0
	}
	return r
}

// NormalizeKey returns the matching key of s: [Normalize] followed by folding
// all digits to ASCII, hamza-carrying letters to their base (أ إ آ ٱ → ا,
// ؤ → و, ئ → ی, ء dropped), Latin letters to lower case, and removing spaces
// and ZWNJ, so that «برنامه‌ریزی», «برنامه ریزی» and «برنامهریزی» have the same
// key. Punctuation is kept. Use it to compare names, roles and organisations.
func NormalizeKey(s string) string {
	// The key drops every kind of whitespace, so it is the fold of each
	// rune Normalize keeps, in order; most keys are already folded and
	// come back as they are.
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' || c < 0x20 || c == ' ' || c == 0x7f {
				return keyFrom(s, i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || isPresentationForm(r) || keyFold(r) != r {
			return keyFrom(s, i)
		}
		i += size
	}
	return s
}

// keyFrom returns s[:i], which must be its own key, followed by the key of
// s[i:].
func keyFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
		case isPresentationForm(r):
			for _, q := range norm.NFKC.String(string(r)) {
				if k := keyFold(q); k >= 0 {
					b.WriteRune(k)
				}
			}
		default:
			if k := keyFold(r); k >= 0 {
				b.WriteRune(k)
			}
		}
	}
	return b.String()
}

// keyFold returns the key rune of one rune of the original text, the fold
// of what the normaliser makes of it, or -1 when the key skips it.
func keyFold(r rune) rune {
	switch m := mapRune(r); m {
	case 0, ' ', '\n', zwnj:
		return -1
	default:
		if k := keyRune(m); k > 0 {
			return k
		}
		return -1
	}
}

// keyRune folds one normalised rune for matching. It returns 0 to skip the
// rune (spaces, ZWNJ, hamza), -1 for a line break.
func keyRune(r rune) rune {
	switch {
	case r >= '۰' && r <= '۹':
		return r - '۰' + '0'
	case r >= '٠' && r <= '٩':
		return r - '٠' + '0'
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	}
	switch r {
	case ' ', zwnj:
		return 0
	case '\n':
		return -1
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ی'
	case 'ء':
		return 0
	}
	return r
}

// asciiDigits returns s with Persian and Arabic-Indic digits replaced by
// ASCII digits, for parsing numbers and dates.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '۰' && r <= '۹':
			return r - '۰' + '0'
		case r >= '٠' && r <= '٩':
			return r - '٠' + '0'
		}
		return r
	}, s)
}
