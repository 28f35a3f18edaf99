package transform

import (
	"bufio"
	"cmp"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed lexicons/*.tsv lexicons/*.txt lexicons/typhoon/*.csv lexicons/nabidam/names_1.csv lexicons/armanyazdi/*_fa.txt
var lexiconFS embed.FS

// category is the kind of a lexicon entry.
type category uint8

const (
	catNone category = iota
	catTitle
	catOrg
	catOffice
	catViolation
	catSanction
	catTrigger
	catConditional
	catFuture
	catReported
	catDenied
	catGeneric
	catSpeech
	catPronoun
	catHonorific
	catProvince
	catCounty
	catSector
	catCity
	catAppeal
	catAdvice
	numCategories
)

// entry is one phrase of a lexicon.
type entry struct {
	cat    category
	phrase string // as written in the lexicon, normalised
	code   string // office, violation or sanction code
	org    string // for titles: implied organisation
	level  string // for titles: place level of the implied organisation
	suffix bool   // the phrase may carry a plural or ezafe suffix
	key    string // NormalizeKey(phrase), for the word sets that name phrases
	// gluedHead marks a head's title that portals type together with the
	// body after it («مدیرجهادکشاورزی»).
	gluedHead bool
	// firstLen is the key length of the phrase's first word: a title glued
	// to the name before it is typed as one word with that name.
	firstLen int32
}

// lexicon holds every embedded list and the automaton built over them.
type lexicon struct {
	// gluedHonorifics are the keys of honorifics that portals write together
	// with the name after them («سیدمهدی», «دکترعلی…»).
	gluedHonorifics []string
	entries         []entry
	ac              *automaton
	given           map[string]bool   // keys of given names
	givenAll        map[string]bool   // given names including those that are also common words («ولی», «امید»)
	surnames        map[string]bool   // keys of surnames
	stop            map[string]bool   // keys of stopwords
	places          map[string]bool   // keys of county and city names, for surnames such as «کرمانی»
	spell           map[string]string // key -> preferred spelling of a word in roles and organisations
	// placeEntry maps the key of a county or province name (keys hold no
	// spaces) to its entry, for places glued to a title («فرماندارمهاباد»,
	// «استاندارخراسان جنوبی»).
	placeEntry map[string]int32
	// provinces holds the keys of province names.
	provinces map[string]bool
	// countyProvince maps the key of a county's name to its province's
	// name, for the counties whose name is no other province's county.
	countyProvince map[string]string
	orgTitle       map[string]bool   // keys of one-word titles that imply an organisation («فرماندار»)
	bodyLevel      map[string]string // keys of the one-word bodies those titles imply («فرمانداری») and the level of the place that completes them
	// titleKey maps the key of each title phrase of the lexicon to the
	// phrase, and titleEntry to its entry.
	titleKey map[string]string
	// pluralTitle maps the key of a title's plural to the title's key.
	pluralTitle map[string]string
	titleEntry  map[string]int32
	// surnameSuffixes are the endings of surnames formed from a stem,
	// longest first (the surname_suffix set).
	surnameSuffixes []string
	// givenTails are the second words of compound given names (the
	// given_tail set: «الله», «الدین»).
	givenTails []string
	// gluedGivenHeads are the first given names that portals type
	// together with a second one («محمدطیب»).
	gluedGivenHeads []string
	// surnameHeads are the detached first parts of compound surnames
	// («خوش»), few enough to compare one by one at every token.
	surnameHeads []string
	// gluedHonorificFirsts holds the first letter of each glued honorific,
	// so that the words that start with none are passed over unread.
	gluedHonorificFirsts string
	// words maps the key of every word of lexicons/words_*.tsv to the
	// sets it is in, one bit per wordSet, while the lexicon is loaded.
	// Once the sets are final, internWordSets moves them to wordIDs, the
	// same keys to an index of bitSets, where each distinct combination of
	// sets is kept once (index 0: no set): a word's sets cost one lookup,
	// and a document holds four bytes a token for them, not a wordBits.
	words   map[string]wordBits
	wordIDs map[string]uint32
	bitSets []wordBits
	loadErr error
}

// wordSet is a set of single words that a rule looks for, listed in a
// lexicons/words_*.tsv file as «set<TAB>word» lines. Sets are declared with
// newWordSet in package-level variables.
type wordSet uint16

// wordBits holds one bit per declared wordSet.
type wordBits [maxWordSets / 64]uint64

// maxWordSets bounds the number of word sets: five 64-bit words a token and
// a lexicon word (198 sets were declared at transform/2.78.0, 257 at
// transform/2.164.0).
const maxWordSets = 320

// wordSetNames are the names of the declared word sets, by wordSet.
var wordSetNames []string

// newWordSet declares the word set of the lexicon files named name.
func newWordSet(name string) wordSet {
	if len(wordSetNames) == maxWordSets {
		panic("transform: more than maxWordSets word sets")
	}
	wordSetNames = append(wordSetNames, name)
	return wordSet(len(wordSetNames) - 1)
}

// members returns the keys of the words of set ws, in no order. It reads
// every word of the lexicon files: for tables built once, not per token.
func (lx *lexicon) members(ws wordSet) []string {
	var out []string
	for k, b := range lx.words {
		if b[ws/64]&(1<<(ws%64)) != 0 {
			out = append(out, k)
		}
	}
	for k, id := range lx.wordIDs {
		if lx.bitSets[id][ws/64]&(1<<(ws%64)) != 0 {
			out = append(out, k)
		}
	}
	return out
}

// has reports whether the word with key k is in set ws.
func (lx *lexicon) has(ws wordSet, k string) bool {
	return lx.bitSets[lx.wordIDs[k]][ws/64]&(1<<(ws%64)) != 0
}

// hasBytes is has for a key being built in a byte buffer; the map lookup
// with string(k) builds no string.
func (lx *lexicon) hasBytes(ws wordSet, k []byte) bool {
	return lx.bitSets[lx.wordIDs[string(k)]][ws/64]&(1<<(ws%64)) != 0
}

// addListSets puts the keys of the stopword, given-name, surname and place
// lists in their word sets (setKeyStop …), once the lists are final: a
// token's lists and sets then cost one lookup (document.in).
func (lx *lexicon) addListSets() {
	for _, l := range []struct {
		ws   wordSet
		keys map[string]bool
	}{{setKeyStop, lx.stop}, {setKeyGiven, lx.given}, {setKeyGivenAll, lx.givenAll}, {setKeySurname, lx.surnames}, {setKeyPlace, lx.places}} {
		for k, ok := range l.keys {
			if ok {
				b := lx.words[k]
				b[l.ws/64] |= 1 << (l.ws % 64)
				lx.words[k] = b
			}
		}
	}
}

// internWordSets moves words to wordIDs and bitSets, once the sets are
// final.
func (lx *lexicon) internWordSets() {
	lx.bitSets = []wordBits{{}}
	index := map[wordBits]uint32{{}: 0}
	lx.wordIDs = make(map[string]uint32, len(lx.words))
	for k, b := range lx.words {
		id, ok := index[b]
		if !ok {
			id = uint32(len(lx.bitSets))
			index[b] = id
			lx.bitSets = append(lx.bitSets, b)
		}
		lx.wordIDs[k] = id
	}
	lx.words = nil
}

// loadWordSets reads every lexicons/words_*.tsv file into lx.words.
// addWord puts word w, by its key, in word set ws.
func (lx *lexicon) addWord(ws wordSet, w string) {
	k := NormalizeKey(w)
	b := lx.words[k]
	b[ws/64] |= 1 << (ws % 64)
	lx.words[k] = b
}

func (lx *lexicon) loadWordSets() error {
	files, err := fs.Glob(lexiconFS, "lexicons/words_*.tsv")
	if err != nil {
		return &LexiconError{File: "lexicons/words_*.tsv", Err: err}
	}
	byName := make(map[string]wordSet, len(wordSetNames))
	for i, n := range wordSetNames {
		byName[n] = wordSet(i)
	}
	lx.words = map[string]wordBits{}
	for _, name := range files {
		var bad error
		err := eachLine(name, func(f []string) {
			if bad != nil {
				return
			}
			if len(f) < 2 || f[0] == "" || f[1] == "" {
				bad = fmt.Errorf("line %q: want set<TAB>word", strings.Join(f, "\t"))
				return
			}
			ws, ok := byName[f[0]]
			if !ok {
				bad = fmt.Errorf("line %q: no word set %q is declared in the code", strings.Join(f, "\t"), f[0])
				return
			}
			lx.addWord(ws, f[1])
			if first, _, two := strings.Cut(strings.TrimSpace(Normalize(f[1])), " "); two && ws == setByline {
				// «تهیه کننده»: the first word of a two-word byline
				// is where a byline may start.
				lx.addWord(setBylineHead, first)
			}
		})
		if err == nil {
			err = bad
		}
		if err != nil {
			return &LexiconError{File: name, Err: err}
		}
	}
	return nil
}

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx, err := buildLexicon()
	if err != nil {
		// Embedded data is part of the build; a broken file is a
		// programmer error caught by the package tests.
		return emptyLexicon(err)
	}
	return lx
})

// emptyLexicon is the lexicon of a build whose embedded files could not be
// read: it knows no word, and every lookup the rules make finds nothing
// rather than indexing past a table, so that Analyze still runs.
func emptyLexicon(err error) *lexicon {
	return &lexicon{loadErr: err, ac: newAutomaton(nil), given: map[string]bool{}, givenAll: map[string]bool{}, orgTitle: map[string]bool{}, surnames: map[string]bool{}, stop: map[string]bool{}, places: map[string]bool{}, spell: map[string]string{}, placeEntry: map[string]int32{}, provinces: map[string]bool{}, bitSets: []wordBits{{}}}
}

func buildLexicon() (*lexicon, error) {
	lx := &lexicon{
		given:    map[string]bool{},
		surnames: map[string]bool{},
		stop:     map[string]bool{},
		places:   map[string]bool{},
		spell:    map[string]string{},

		placeEntry: map[string]int32{},
		provinces:  map[string]bool{},
	}
	if err := lx.loadWordSets(); err != nil {
		return nil, err
	}
	lx.gluedHonorifics = lx.members(setGluedHonorific)
	// Longest first, so that «سیده» is cut before «سید».
	slices.SortFunc(lx.gluedHonorifics, func(a, b string) int { return len(b) - len(a) })
	for _, h := range lx.gluedHonorifics {
		if r, _ := utf8.DecodeRuneInString(h); !strings.ContainsRune(lx.gluedHonorificFirsts, r) {
			lx.gluedHonorificFirsts += string(r)
		}
	}
	add := func(e entry) {
		e.phrase = Normalize(e.phrase)
		e.key = NormalizeKey(e.phrase)
		e.gluedHead = e.cat == catTitle && slices.Contains(gluedHeads, e.key)
		if w := strings.Fields(e.phrase); len(w) > 0 {
			e.firstLen = int32(utf8.RuneCountInString(NormalizeKey(w[0])))
		}
		if e.phrase != "" {
			lx.entries = append(lx.entries, e)
		}
	}
	if err := eachLine("lexicons/titles.tsv", func(f []string) {
		e := entry{cat: catTitle, phrase: f[0]}
		if len(f) > 1 {
			e.org = strings.TrimSpace(f[1])
		}
		if len(f) > 2 {
			e.level = strings.TrimSpace(f[2])
		}
		add(e)
	}); err != nil {
		return nil, err
	}
	if err := eachLine("lexicons/organizations.txt", func(f []string) {
		add(entry{cat: catOrg, phrase: f[0]})
	}); err != nil {
		return nil, err
	}
	coded := []struct {
		file string
		cat  category
	}{
		{"lexicons/office_types.tsv", catOffice},
		{"lexicons/violation_types.tsv", catViolation},
		{"lexicons/sanctions.tsv", catSanction},
	}
	for _, c := range coded {
		if err := eachLine(c.file, func(f []string) {
			if len(f) > 1 {
				add(entry{cat: c.cat, code: f[0], phrase: f[1], suffix: c.cat != catSanction})
			}
		}); err != nil {
			return nil, err
		}
	}
	kinds := map[string]category{
		"trigger": catTrigger, "conditional": catConditional, "future": catFuture,
		"reported": catReported, "denied": catDenied, "generic": catGeneric,
		"speech": catSpeech, "pronoun": catPronoun, "honorific": catHonorific,
		"appeal": catAppeal, "advice": catAdvice,
	}
	if err := eachLine("lexicons/markers.tsv", func(f []string) {
		if len(f) > 1 {
			if c, ok := kinds[f[0]]; ok {
				add(entry{cat: c, phrase: f[1], suffix: c == catTrigger})
			}
		}
	}); err != nil {
		return nil, err
	}
	places := []struct {
		file string
		cat  category
	}{
		{"lexicons/typhoon/provinces.csv", catProvince},
		{"lexicons/typhoon/counties.csv", catCounty},
		{"lexicons/typhoon/sectors.csv", catSector},
		{"lexicons/typhoon/cities.csv", catCity},
	}
	for _, p := range places {
		names, err := csvNames(p.file)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			add(entry{cat: p.cat, phrase: n})
			if p.cat == catProvince {
				lx.provinces[NormalizeKey(n)] = true
			}
			if k := NormalizeKey(n); (p.cat == catCounty || p.cat == catProvince) && len(lx.entries) > 0 {
				if _, dup := lx.placeEntry[k]; !dup {
					lx.placeEntry[k] = int32(len(lx.entries) - 1)
				}
			}
			if p.cat == catCounty || p.cat == catCity {
				lx.places[NormalizeKey(n)] = true
			}
		}
	}
	countyProvince, err := countyProvinces()
	if err != nil {
		return nil, err
	}
	lx.countyProvince = countyProvince
	// A county written under another name («تالش» for «طوالش») is that
	// county, of its province.
	if err := eachLine(countyAliasesFile, func(f []string) {
		if len(f) < 2 {
			return
		}
		add(entry{cat: catCounty, phrase: f[0]})
		k := NormalizeKey(f[0])
		lx.places[k] = true
		if !strings.Contains(f[0], " ") {
			if _, dup := lx.placeEntry[k]; !dup {
				lx.placeEntry[k] = int32(len(lx.entries) - 1)
			}
		}
		lx.countyProvince[k] = lx.countyProvince[NormalizeKey(f[1])]
	}); err != nil {
		return nil, err
	}
	for _, f := range []string{"lexicons/armanyazdi/male_fa.txt", "lexicons/armanyazdi/female_fa.txt", "lexicons/given_extra.txt"} {
		if err := eachLine(f, func(f []string) { lx.given[NormalizeKey(f[0])] = true }); err != nil {
			return nil, err
		}
	}
	names, err := givenShares("lexicons/nabidam/names_1.csv")
	if err != nil {
		return nil, err
	}
	rare := map[string]bool{}
	for _, n := range names {
		k := NormalizeKey(n.name)
		if n.share < minGivenShare && !lx.given[k] {
			// Thousands of names in the long tail are ordinary words
			// («بهبود», «انتظار», «واحد»): without a curated list
			// vouching for them they name nobody on their own.
			rare[k] = true
			continue
		}
		lx.given[k] = true
	}
	for _, f := range []string{"lexicons/surnames.txt", "lexicons/surnames_labelled.txt"} {
		if err := eachLine(f, func(f []string) { lx.surnames[NormalizeKey(f[0])] = true }); err != nil {
			return nil, err
		}
	}
	if err := eachLine("lexicons/spellings.txt", func(f []string) {
		w := Normalize(f[0])
		lx.spell[NormalizeKey(w)] = w
	}); err != nil {
		return nil, err
	}
	if err := eachLine("lexicons/stopwords.txt", func(f []string) { lx.stop[NormalizeKey(f[0])] = true }); err != nil {
		return nil, err
	}
	// «میرداود», «میرحسین»: «میر» typed together with a given name is a
	// given name of its own.
	mir := NormalizeKey("میر")
	var mirGiven []string
	for k := range lx.given {
		if utf8.RuneCountInString(k) >= 3 && !strings.HasPrefix(k, mir) && !lx.stop[mir+k] && !lx.surnames[mir+k] {
			mirGiven = append(mirGiven, mir+k)
		}
	}
	for _, k := range mirGiven {
		lx.given[k] = true
	}
	lx.givenAll = make(map[string]bool, len(lx.given)+len(rare))
	for k := range lx.given {
		lx.givenAll[k] = true
	}
	for k := range rare {
		lx.givenAll[k] = true
	}
	// Words that are given names in the lists but are far more often
	// ordinary words in news text.
	for _, w := range lx.members(setNotName) {
		delete(lx.given, NormalizeKey(w))
	}
	for k := range lx.stop {
		delete(lx.given, k)
		delete(lx.surnames, k)
	}
	lx.orgTitle = map[string]bool{}
	lx.bodyLevel = map[string]string{}
	lx.titleKey, lx.titleEntry, lx.pluralTitle = map[string]string{}, map[string]int32{}, map[string]string{}
	for i, e := range lx.entries {
		if e.cat == catTitle {
			k := NormalizeKey(e.phrase)
			lx.titleKey[k] = e.phrase
			lx.titleEntry[k] = int32(i)
			// «فرمانداران» of «فرماندار», «نمایندگان» of «نماینده».
			if stem, ok := strings.CutSuffix(k, "ه"); ok {
				lx.pluralTitle[stem+"گان"] = k
			} else {
				lx.pluralTitle[k+"ان"] = k
			}
		}
	}
	// «اعضای» is the broken plural of «عضو» (member), which no suffix makes.
	for _, k := range lx.members(setMemberPlural) {
		lx.pluralTitle[k] = NormalizeKey("عضو")
	}
	for _, e := range lx.entries {
		if e.cat == catTitle && e.org != "" && !strings.HasSuffix(e.org, "…") && !strings.Contains(e.phrase, " ") {
			lx.orgTitle[NormalizeKey(e.phrase)] = true
			if !strings.Contains(e.org, " ") {
				lx.bodyLevel[NormalizeKey(e.org)] = e.level
			}
		}
	}
	lx.givenTails = lx.members(setGivenTail)
	lx.gluedGivenHeads = lx.members(setGluedGivenHead)
	lx.surnameHeads = lx.members(setSurnameHead)
	lx.surnameSuffixes = lx.members(setSurnameSuffix)
	slices.SortFunc(lx.surnameSuffixes, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a, b)) })
	lx.addListSets()
	lx.internWordSets()
	lx.ac = newAutomaton(lx.entries)
	return lx, nil
}

// eachLine calls fn with the tab-separated fields of every non-empty,
// non-comment line of an embedded file.
func eachLine(name string, fn func(fields []string)) error {
	f, err := lexiconFS.Open(name)
	if err != nil {
		return &LexiconError{File: name, Err: err}
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		fn(fields)
	}
	if err := sc.Err(); err != nil {
		return &LexiconError{File: name, Err: err}
	}
	return nil
}

// minGivenShare is the least share of the population (in percent) that a
// name of the frequency list must have to count as a given name on its own.
const minGivenShare = 0.01

// givenName is a name of the frequency list with its share in percent.
type givenName struct {
	name  string
	share float64
}

// givenShares reads the frequency list of given names: «name,share%» lines
// under a header line.
func givenShares(name string) ([]givenName, error) {
	f, err := lexiconFS.Open(name)
	if err != nil {
		return nil, &LexiconError{File: name, Err: err}
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 2
	var out []givenName
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, &LexiconError{File: name, Err: err}
		}
		if line == 1 {
			continue // header
		}
		share, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rec[1]), "%"), 64)
		if err != nil {
			return nil, &LexiconError{File: name, Err: fmt.Errorf("line %d: share %q: %w", line, rec[1], err)}
		}
		out = append(out, givenName{rec[0], share})
	}
}

// csvNames returns the name column of an embedded CSV file: the column
// titled "name", or the first column.
func csvNames(name string) ([]string, error) {
	f, err := lexiconFS.Open(name)
	if err != nil {
		return nil, &LexiconError{File: name, Err: err}
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	col := -1
	var out []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &LexiconError{File: name, Err: err}
		}
		if col < 0 {
			col = 0
			for i, h := range rec {
				if strings.TrimPrefix(h, "\ufeff") == "name" {
					col = i
				}
			}
			if strings.TrimPrefix(rec[0], "\ufeff") != "name" && col == 0 && !strings.Contains(strings.Join(rec, ","), "name") {
				// Header-less file or header naming another column:
				// first_name,... in names_1.csv.
				if !strings.Contains(rec[0], "first_name") {
					out = append(out, rec[0])
				}
			}
			continue
		}
		if col < len(rec) && rec[col] != "" {
			out = append(out, rec[col])
		}
	}
	return out, nil
}

// countyAliasesFile lists other names of counties, with the name the place
// lexicon gives each.
const countyAliasesFile = "lexicons/county_aliases.tsv"

// countyProvinces maps the key of each county name of the place lexicon to
// its province's name («کوار» → «فارس»); a name that counties of two
// provinces share maps to "".
func countyProvinces() (map[string]string, error) {
	provinces, err := csvColumns("lexicons/typhoon/provinces.csv", "id", "name")
	if err != nil {
		return nil, err
	}
	nameOf := make(map[string]string, len(provinces))
	for _, r := range provinces {
		nameOf[r[0]] = r[1]
	}
	counties, err := csvColumns("lexicons/typhoon/counties.csv", "name", "province_id")
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(counties))
	for _, r := range counties {
		k, p := NormalizeKey(r[0]), nameOf[r[1]]
		if prev, seen := out[k]; seen && prev != p {
			p = ""
		}
		out[k] = p
	}
	return out, nil
}

// csvColumns returns the named columns of each record of an embedded CSV
// file whose first line names its columns.
func csvColumns(name string, cols ...string) ([][]string, error) {
	f, err := lexiconFS.Open(name)
	if err != nil {
		return nil, &LexiconError{File: name, Err: err}
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, &LexiconError{File: name, Err: err}
	}
	if len(recs) == 0 {
		return nil, &LexiconError{File: name, Err: errors.New("no header")}
	}
	idx := make([]int, len(cols))
	for i, c := range cols {
		idx[i] = slices.Index(recs[0], c)
		if idx[i] < 0 {
			return nil, &LexiconError{File: name, Err: fmt.Errorf("no column %q", c)}
		}
	}
	out := make([][]string, 0, len(recs)-1)
	for _, rec := range recs[1:] {
		row := make([]string, len(cols))
		for i, j := range idx {
			if j < len(rec) {
				row[i] = rec[j]
			}
		}
		out = append(out, row)
	}
	return out, nil
}

// LexiconError reports an embedded lexicon file that could not be read.
// It can only occur in a broken build; [LexiconCheck] returns it.
type LexiconError struct {
	File string // path inside the embedded lexicons directory
	Err  error
}

// Error implements error.
func (e *LexiconError) Error() string { return "read lexicon " + e.File + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *LexiconError) Unwrap() error { return e.Err }

// LexiconCheck loads the embedded lexicons and reports whether they could be
// read. Analyze works without it (with empty lexicons) but a program can call
// it at start-up to fail early.
func LexiconCheck() error { return loadLexicon().loadErr }
