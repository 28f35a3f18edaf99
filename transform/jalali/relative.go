package jalali

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// RelativeKind says which day a relative expression refers to.
type RelativeKind int

// The kinds of relative expression FindRelative recognises. The zero value is not
// a kind.
const (
	// RelToday is the registration day: «امروز», «صبح امروز (سه شنبه)», «امشب».
	RelToday RelativeKind = iota + 1
	// RelYesterday is the day before: «دیروز», «روز گذشته», «دیشب», «شب گذشته».
	RelYesterday
	// RelDayBeforeYesterday is two days before: «پریروز».
	RelDayBeforeYesterday
	// RelTomorrow is the day after, for announcements: «فردا».
	RelTomorrow
	// RelWeekday is the most recent such weekday on or before the registration day:
	// «شامگاه دوشنبه», «صبح یکشنبه», «روز سه‌شنبه».
	RelWeekday
	// RelLastWeekday is the most recent such weekday strictly before the
	// registration day: «دوشنبه گذشته», «یکشنبه هفته قبل».
	RelLastWeekday
	// RelNextWeekday is the next such weekday strictly after the registration day:
	// «دوشنبه آینده», «شنبه هفته بعد».
	RelNextWeekday
	// RelLastWeek is «هفته گذشته» / «هفته قبل»: a week, not a day, so it does not
	// resolve to a date.
	RelLastWeek
)

var relativeKindNames = [...]string{
	RelToday: "today", RelYesterday: "yesterday", RelDayBeforeYesterday: "day_before_yesterday",
	RelTomorrow: "tomorrow", RelWeekday: "weekday", RelLastWeekday: "last_weekday",
	RelNextWeekday: "next_weekday", RelLastWeek: "last_week",
}

// String returns a lower_snake_case name for k, such as "yesterday", or "" for a
// value that is not a kind.
func (k RelativeKind) String() string {
	if k < RelToday || int(k) >= len(relativeKindNames) {
		return ""
	}
	return relativeKindNames[k]
}

// Relative is one relative day expression found in a text.
type Relative struct {
	// Start and End are Unicode code point (rune) offsets into the text given to
	// FindRelative: the expression is []rune(text)[Start:End]. The span includes a
	// time-of-day word before it («صبح») and a weekday in parentheses after it
	// («(سه شنبه )»).
	Start, End int
	// Kind is what the expression refers to.
	Kind RelativeKind
	// Weekday is the weekday the expression names; it is meaningful only when
	// HasWeekday is true. For RelToday and RelYesterday it is the weekday written
	// beside the word («امروز (سه شنبه)»), which is informative only.
	Weekday    time.Weekday
	HasWeekday bool
}

const (
	wdPat  = `(?:یک ?شنبه|دو ?شنبه|سه ?شنبه|چهار ?شنبه|پنج ?شنبه|شنبه|جمعه)`
	todPat = `(?:صبحگاه|صبح|ظهرگاه|ظهر|عصرگاه|عصر|شامگاه|شب|بامداد|سحرگاه|غروب|` +
		`بعد ?از ?ظهر|پیش ?از ?ظهر|قبل ?از ?ظهر)`
	// wdAfter is a weekday written after the day word, in parentheses or not.
	wdAfter = `(?: ?[(] ?(?P<%s>` + wdPat + `) ?[)]| (?P<%s>` + wdPat + `))?`
)

var relativeRE = regexp.MustCompile(`^(?:(?P<tod>` + todPat + `) (?:روز )?|(?P<ruz>روز) )?(?:` +
	`(?P<today>امروز|امشب)` + sprintf2(wdAfter, "wd1", "wd2") +
	`|(?P<yest>دیروز|دیشب|(?:روز|شب) گذشته)` + sprintf2(wdAfter, "wd3", "wd4") +
	`|(?P<dby>پریروز)` +
	`|(?P<tom>فردا)` + sprintf2(wdAfter, "wd5", "wd6") +
	`|(?P<lastwd>` + wdPat + `) (?:هفته )?(?:گذشته|قبل|پیش)` +
	`|(?P<nextwd>` + wdPat + `) (?:هفته )?(?:آینده|بعد)` +
	`|(?P<lastweek>هفته (?:گذشته|قبل|پیش))` +
	`|(?P<wd>` + wdPat + `))`)

func sprintf2(pat, a, b string) string {
	return strings.Replace(strings.Replace(pat, "%s", a, 1), "%s", b, 1)
}

var relGroups = struct {
	tod, ruz, today, yest, dby, tom, lastwd, nextwd, lastweek, wd int
	wdAfter                                                       [6]int
}{
	tod: relativeRE.SubexpIndex("tod"), ruz: relativeRE.SubexpIndex("ruz"),
	today: relativeRE.SubexpIndex("today"), yest: relativeRE.SubexpIndex("yest"),
	dby: relativeRE.SubexpIndex("dby"), tom: relativeRE.SubexpIndex("tom"),
	lastwd: relativeRE.SubexpIndex("lastwd"), nextwd: relativeRE.SubexpIndex("nextwd"),
	lastweek: relativeRE.SubexpIndex("lastweek"), wd: relativeRE.SubexpIndex("wd"),
	wdAfter: [6]int{
		relativeRE.SubexpIndex("wd1"), relativeRE.SubexpIndex("wd2"),
		relativeRE.SubexpIndex("wd3"), relativeRE.SubexpIndex("wd4"),
		relativeRE.SubexpIndex("wd5"), relativeRE.SubexpIndex("wd6"),
	},
}

// countWords are words that, before «روز گذشته» or «هفته گذشته», make it a
// duration («سه روز گذشته», «چند هفته گذشته») rather than a day.
var countWords = map[string]bool{
	"یک": true, "دو": true, "سه": true, "چهار": true, "پنج": true, "شش": true,
	"هفت": true, "هشت": true, "نه": true, "ده": true, "چند": true,
}

// normText is text normalised for matching, with a map back to rune offsets.
type normText struct {
	s string
	// runeAt[i] is the original rune offset of the normalised rune that starts at
	// byte i of s (only meaningful at rune starts); runeAt[len(s)] is the
	// original rune count.
	runeAt []int
	// endAt[i] is one past the original rune offset of the normalised rune that
	// ends just before byte i of s.
	endAt []int
}

// normalizeText folds text like Parse does (digits, ی/ک, spaces), collapses runs
// of spaces and drops invisible marks, remembering where each rune came from.
func normalizeText(text string) normText {
	var b strings.Builder
	b.Grow(len(text))
	runeAt := make([]int, 0, len(text)+1)
	endAt := make([]int, 0, len(text)+1)
	endAt = append(endAt, 0)
	ri := 0
	lastSpace := true
	for _, r := range text {
		n := normRune(r)
		i := ri
		ri++
		switch {
		case n < 0:
			if !lastSpace && (r == '\u0640' || unicode.Is(unicode.Mn, r)) {
				// A diacritic or tatweel belongs to the letter before it.
				endAt[len(endAt)-1] = i + 1
			}
			continue
		case n == ' ':
			if lastSpace {
				continue
			}
			lastSpace = true
		default:
			lastSpace = false
		}
		w := utf8.RuneLen(n)
		for range w {
			runeAt = append(runeAt, i)
		}
		for k := 1; k < w; k++ {
			endAt = append(endAt, i)
		}
		endAt = append(endAt, i+1)
		b.WriteRune(n)
	}
	runeAt = append(runeAt, ri)
	return normText{s: b.String(), runeAt: runeAt, endAt: endAt}
}

// runeBefore returns the rune of s that ends at byte i, or 0 at the start.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAfter returns the rune of s that starts at byte i, or 0 at the end.
func runeAfter(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// wordBefore returns the word that ends just before byte i of s (skipping one
// space), or "".
func wordBefore(s string, i int) string {
	s = strings.TrimRight(s[:i], " ")
	j := strings.LastIndexByte(s, ' ')
	w := s[j+1:]
	w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return w
}

// wordAfter returns the word that starts just after byte i of s (skipping one
// space), or "".
func wordAfter(s string, i int) string {
	s = strings.TrimLeft(s[i:], " ")
	if j := strings.IndexAny(s, " ()،,.:؛"); j >= 0 {
		s = s[:j]
	}
	return s
}

func isCount(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return countWords[w]
}

// FindRelative finds the first relative day expression in text: «امروز», «صبح
// امروز (سه شنبه)», «عصر امروز», «دیروز», «روز گذشته», «شامگاه دوشنبه», «صبح
// یکشنبه», «دوشنبه گذشته», «هفته گذشته» and the like (see RelativeKind). Spelling
// variants are folded as in Parse (Arabic ي/ك, ZWNJ, NBSP). It skips look-alikes
// that are not days: «امروزه» (nowadays), «فردای» (the day after), durations such as
// «سه روز گذشته», and habitual weekdays («هر دوشنبه», «پنجشنبه‌ها»). It reports
// false if there is none.
func FindRelative(text string) (Relative, bool) {
	nt := normalizeText(text)
	s := nt.s
	// Every expression starts a word and contains one of relAnchors within
	// relWindow bytes of its start, so the anchored expression is tried only at
	// word starts shortly before an anchor, in increasing order; the first match
	// accepted is the leftmost. This keeps a long article cheap.
	next := 0 // positions before next have been tried
	for pos := 0; pos < len(s); {
		a := nextAnchor(s, pos)
		if a < 0 {
			break
		}
		p := max(next, runeFloor(s, a-relWindow))
		for p <= a {
			r, w := utf8.DecodeRuneInString(s[p:])
			if unicode.IsLetter(r) && !unicode.IsLetter(runeBefore(s, p)) {
				if rel, ok := matchAt(nt, p); ok {
					return rel, true
				}
			}
			p += w
		}
		next = p
		_, w := utf8.DecodeRuneInString(s[a:])
		pos = a + w
	}
	return Relative{}, false
}

// relWindow bounds, in bytes, how far an expression's start lies before its
// anchor and how far its end lies after its start; it covers the longest prefix
// («بعد از ظهر روز پنج ») and suffix («(سه شنبه )», «هفته آینده») with room to spare.
const relWindow = 96

// relAnchors are words every relative expression contains.
var relAnchors = []string{"امروز", "امشب", "دیروز", "دیشب", "پریروز", "گذشته", "فردا", "شنبه", "جمعه"}

// nextAnchor returns the byte offset of the first anchor in s at or after pos, or
// -1.
func nextAnchor(s string, pos int) int {
	first := -1
	for _, a := range relAnchors {
		if i := strings.Index(s[pos:], a); i >= 0 && (first < 0 || pos+i < first) {
			first = pos + i
		}
	}
	return first
}

// runeFloor clamps i to [0, len(s)] and moves it back to the start of a rune.
func runeFloor(s string, i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// matchAt tries the anchored expression at byte p of the normalised text.
func matchAt(nt normText, p int) (Relative, bool) {
	s := nt.s
	end := runeFloor(s, p+3*relWindow)
	loc := relativeRE.FindStringSubmatchIndex(s[p:end])
	if loc == nil {
		return Relative{}, false
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += p
		}
	}
	return acceptRelative(nt, loc)
}

// acceptRelative applies the checks a regular expression cannot express and
// builds the Relative for one match.
func acceptRelative(nt normText, m []int) (Relative, bool) {
	s := nt.s
	start, end := m[0], m[1]
	if unicode.IsLetter(runeBefore(s, start)) || unicode.IsLetter(runeAfter(s, end)) {
		return Relative{}, false
	}
	has := func(g int) bool { return g >= 0 && m[2*g] >= 0 }
	text := func(g int) string { return s[m[2*g]:m[2*g+1]] }
	rel := Relative{Start: nt.runeAt[start], End: nt.endAt[end]}
	prefixed := has(relGroups.tod) || has(relGroups.ruz)
	switch {
	case has(relGroups.today):
		rel.Kind = RelToday
	case has(relGroups.yest):
		rel.Kind = RelYesterday
		if !prefixed && strings.HasPrefix(text(relGroups.yest), "روز") && isCount(wordBefore(s, start)) {
			return Relative{}, false
		}
	case has(relGroups.dby):
		rel.Kind = RelDayBeforeYesterday
	case has(relGroups.tom):
		rel.Kind = RelTomorrow
	case has(relGroups.lastwd):
		rel.Kind = RelLastWeekday
		rel.Weekday, rel.HasWeekday = weekdayByKey[strings.ReplaceAll(text(relGroups.lastwd), " ", "")], true
	case has(relGroups.nextwd):
		rel.Kind = RelNextWeekday
		rel.Weekday, rel.HasWeekday = weekdayByKey[strings.ReplaceAll(text(relGroups.nextwd), " ", "")], true
	case has(relGroups.lastweek):
		if prefixed || isCount(wordBefore(s, start)) {
			return Relative{}, false
		}
		rel.Kind = RelLastWeek
	case has(relGroups.wd):
		next := wordAfter(s, end)
		prev := wordBefore(s, start)
		if next == "ها" || next == "های" || prev == "هر" || prev == "روزهای" || prev == "روزها" {
			return Relative{}, false
		}
		rel.Kind = RelWeekday
		rel.Weekday, rel.HasWeekday = weekdayByKey[strings.ReplaceAll(text(relGroups.wd), " ", "")], true
	default:
		return Relative{}, false
	}
	if rel.Kind == RelToday || rel.Kind == RelYesterday || rel.Kind == RelTomorrow {
		for _, g := range relGroups.wdAfter {
			if has(g) {
				rel.Weekday, rel.HasWeekday = weekdayByKey[strings.ReplaceAll(text(g), " ", "")], true
			}
		}
	}
	return rel, true
}

// ResolveRelative finds the first relative day expression in text (see
// FindRelative) and returns the day it names, counted from registered, the date
// the portal registered the article. It reports false if text has none, if the
// expression is not a single day («هفته گذشته»), or if registered is not Valid.
//
// A weekday written beside «امروز» that disagrees with registered («امروز (دوشنبه)»
// on a Tuesday) does not move the date: portals register news on the day it is
// written, so «امروز» is the registration day and the weekday is the likelier
// slip (often a draft from the day before, published unchanged).
func ResolveRelative(text string, registered Date) (Date, bool) {
	if !registered.Valid() {
		return Date{}, false
	}
	rel, ok := FindRelative(text)
	if !ok {
		return Date{}, false
	}
	return rel.Resolve(registered)
}

// Resolve returns the day r names, counted from registered. It reports false for
// RelLastWeek, for a Relative that is not a kind, when registered is not Valid,
// and when the result would leave [MinYear, MaxYear].
func (r Relative) Resolve(registered Date) (Date, bool) {
	if !registered.Valid() {
		return Date{}, false
	}
	var n int
	rw := registered.Weekday()
	switch r.Kind {
	case RelToday:
		// The weekday beside «امروز» is not checked; see ResolveRelative.
		n = 0
	case RelYesterday:
		n = -1
	case RelDayBeforeYesterday:
		n = -2
	case RelTomorrow:
		n = 1
	case RelWeekday:
		n = -((int(rw) - int(r.Weekday) + 7) % 7)
	case RelLastWeekday:
		n = -((int(rw)-int(r.Weekday)+6)%7 + 1)
	case RelNextWeekday:
		n = (int(r.Weekday)-int(rw)+6)%7 + 1
	default:
		return Date{}, false
	}
	d := registered.AddDays(n)
	return d, d.Valid()
}
