package latin

import (
	"bufio"
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"unicode"
)

//go:embed places.tsv
var placesTSV string

//go:embed names.tsv
var namesTSV string

// table maps the key of a Persian word or phrase (see key) to its spelling.
type table map[string]string

func load(tsv string) table {
	t := table{}
	sc := bufio.NewScanner(strings.NewReader(tsv))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fa, en, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		t[key(fa)] = strings.TrimSpace(en)
	}
	return t
}

var (
	places = load(placesTSV)
	names  = load(namesTSV)
)

// key folds the spellings of one name together: Arabic ي/ك/ة as Persian ی/ک/ه,
// no spaces, ZWNJ or tatweel.
func key(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ي', 'ى':
			return 'ی'
		case 'ك':
			return 'ک'
		case 'ة':
			return 'ه'
		case ' ', '\u200c', '\u200d', 'ـ', '\u00a0':
			return -1
		}
		return r
	}, strings.TrimSpace(s))
}

// Place returns a place's name in Latin letters: its usual English name if
// places.tsv has it, else each word by the tables or by [Letters]. Text with no
// Persian letter is returned as it is.
func Place(s string) string {
	if !hasPersian(s) {
		return s
	}
	if v, ok := places[key(s)]; ok {
		return v
	}
	return words(s, places, names)
}

// Name returns a person's name in Latin letters: a whole name or each of its
// words by names.tsv (two words such as «یزدان پناه» as one surname), else by
// [Letters]. Text with no Persian letter is returned as it is.
func Name(s string) string {
	if !hasPersian(s) {
		return s
	}
	if v, ok := names[key(s)]; ok {
		return v
	}
	return words(s, names, places)
}

// words spells s word by word, trying two words at a time first, in the tables
// in order, then by Letters.
func words(s string, tables ...table) string {
	ws := strings.Fields(strings.ReplaceAll(s, "\u200c", "\u200c "))
	// A ZWNJ ends a word for lookups but not for spelling: «نیک‌نام» is one word.
	var out []string
	for i := 0; i < len(ws); i++ {
		glued := strings.HasSuffix(ws[i], "\u200c")
		if i+1 < len(ws) {
			if v, ok := lookup(ws[i]+ws[i+1], tables); ok {
				out = append(out, v)
				i++
				continue
			}
		}
		w := strings.TrimSuffix(ws[i], "\u200c")
		v, ok := lookup(w, tables)
		if !ok {
			v = Letters(w)
		}
		if glued && i+1 < len(ws) {
			// Join the next part to this one: «نیک‌نام» Niknam.
			nxt := strings.TrimSuffix(ws[i+1], "\u200c")
			n, ok := lookup(nxt, tables)
			if !ok {
				n = Letters(nxt)
			}
			v += strings.ToLower(n)
			i++
		}
		out = append(out, v)
	}
	return strings.Join(out, " ")
}

func lookup(w string, tables []table) (string, bool) {
	k := key(w)
	for _, t := range tables {
		if v, ok := t[k]; ok {
			return v, true
		}
	}
	return "", false
}

// hasPersian reports whether s holds a letter of the Arabic script.
func hasPersian(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) })
}

// consonants spells the letters that are always consonants.
var consonants = map[rune]string{
	'ب': "b", 'پ': "p", 'ت': "t", 'ث': "s", 'ج': "j", 'چ': "ch", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "z",
	'ر': "r", 'ز': "z", 'ژ': "zh", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "z", 'ط': "t", 'ظ': "z", 'غ': "gh",
	'ف': "f", 'ق': "gh", 'ک': "k", 'ك': "k", 'گ': "g", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'ة': "h",
}

// isVowelLetter reports whether r is a letter that writes a long vowel (or
// may): alef, alef with madda, vav, yeh.
func isVowelLetter(r rune) bool {
	switch r {
	case 'ا', 'آ', 'أ', 'إ', 'و', 'ی', 'ي', 'ى', 'ئ', 'ؤ':
		return true
	}
	return false
}

// Letters transliterates one Persian word letter by letter and capitalises
// it. The short vowels the script leaves out cannot be known; Letters adds an
// «a» after a first consonant that another consonant follows, which gives a
// readable spelling of most names (فسا Fasa, کوار Kavar) if not always the
// usual one. Characters other than Persian letters are kept.
func Letters(w string) string {
	rs := []rune(key(w))
	var b strings.Builder
	cons := func(i int) bool {
		if i < 0 || i >= len(rs) {
			return false
		}
		_, ok := consonants[rs[i]]
		return ok || rs[i] == 'ع'
	}
	for i, r := range rs {
		prev, next := rune(0), rune(0)
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 'آ':
			b.WriteString("a")
		case r == 'ا' || r == 'أ' || r == 'إ':
			if i == 0 && (next == 'ی' || next == 'ي') {
				b.WriteString("i")
			} else if i == 0 && next == 'و' {
				// «او» at the start is read «u», written by the vav.
			} else {
				b.WriteString("a")
			}
		case r == 'و' || r == 'ؤ':
			switch {
			case i == 0:
				b.WriteString("v")
			case prev == 'ا' && i == 1:
				b.WriteString("u") // «او»
			case prev == 'خ' && next == 'ا':
				// «خوا» is read «kha».
			case isVowelLetter(next) || isVowelLetter(prev):
				if cons(i-1) && !strings.HasSuffix(b.String(), "a") {
					// A consonant vav after a consonant has a vowel before it
					// (کوار Kavar, علوی Alavi).
					b.WriteString("a")
				}
				b.WriteString("v")
			default:
				b.WriteString("u")
			}
		case r == 'ی' || r == 'ي' || r == 'ى' || r == 'ئ':
			switch {
			case i == 0:
				b.WriteString("y")
			case prev == 'ا' && i == 1:
				// «ای» at the start is read «i», written by the alef.
			case i == len(rs)-1:
				b.WriteString("i")
			case isVowelLetter(next) || isVowelLetter(prev):
				b.WriteString("y")
			default:
				b.WriteString("i")
			}
		case r == 'ع':
			if i == 0 || cons(i-1) && cons(i+1) {
				b.WriteString("a")
			}
		case r == 'ه' && i == len(rs)-1 && i > 0 && cons(i-1):
			b.WriteString("eh")
		case r == 'ء':
		default:
			if c, ok := consonants[r]; ok {
				b.WriteString(c)
				if i == 0 && cons(1) {
					b.WriteString("a")
				}
				continue
			}
			switch {
			case r >= '۰' && r <= '۹':
				b.WriteRune('0' + r - '۰')
			case unicode.Is(unicode.Mn, r):
			default:
				b.WriteRune(r)
			}
		}
	}
	out := b.String()
	if out == "" {
		return out
	}
	return strings.ToUpper(out[:1]) + out[1:]
}

//go:embed bodies.tsv
var bodiesTSV string

//go:embed roles.tsv
var rolesTSV string

// body is the opening of a body's name and its English form around the place
// (%s).
type body struct{ fa, en string }

// bodies are those of bodies.tsv, longest opening first.
var bodies = func() []body {
	var out []body
	sc := bufio.NewScanner(strings.NewReader(bodiesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if fa, en, ok := strings.Cut(line, "\t"); ok {
			out = append(out, body{fa, strings.TrimSpace(en)})
		}
	}
	slices.SortStableFunc(out, func(a, b body) int { return cmp.Compare(len(key(b.fa)), len(key(a.fa))) })
	return out
}()

var roles = load(rolesTSV)

// Role returns an official's role in English if roles.tsv has the whole role,
// and false otherwise (a role is not transliterated: its words are not names).
func Role(s string) (string, bool) {
	v, ok := roles[key(s)]
	return v, ok
}

// Org returns the name of a portal or body in English where it opens with a
// body of bodies.tsv («فرمانداری شهرستان کوار»: Kavar County Governorate), the place
// spelt by Place; else the name spelt word by word. Text with no Persian letter
// is returned as it is.
func Org(s string) string {
	if !hasPersian(s) {
		return s
	}
	s = strings.TrimSpace(s)
	k := key(s)
	for _, o := range bodies {
		if strings.HasPrefix(k, key(o.fa)) {
			rest := strings.TrimSpace(restAfter(s, o.fa))
			if rest == "" {
				break
			}
			// A dash after the place (a portal's subtitle) is dropped.
			if i := strings.IndexAny(rest, "-–—"); i > 0 {
				rest = strings.TrimSpace(rest[:i])
			}
			return strings.Replace(o.en, "%s", Place(rest), 1)
		}
	}
	return words(s, places, names)
}

// restAfter returns what follows prefix in s, where prefix matches s's words
// by key (spaces and ZWNJ aside).
func restAfter(s, prefix string) string {
	want := []rune(key(prefix))
	n := 0
	for i, r := range s {
		if n == len(want) {
			return s[i:]
		}
		if k := key(string(r)); k == "" {
			continue
		} else if []rune(k)[0] == want[n] {
			n++
		} else {
			return s
		}
	}
	return ""
}
