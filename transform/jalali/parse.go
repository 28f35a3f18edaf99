package jalali

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Sentinel errors wrapped by ParseError.
var (
	// ErrEmpty means the input held nothing but spaces and invisible marks.
	ErrEmpty = errors.New("empty date")
	// ErrFormat means the input is not in a recognised date or period form.
	ErrFormat = errors.New("unrecognised date format")
	// ErrOutOfRange means a field is outside its range (month 13, day 31 of Mehr,
	// a year outside [MinYear, MaxYear], a range that ends before it starts).
	ErrOutOfRange = errors.New("date field out of range")
	// ErrWeekday means the input names a weekday that the date does not fall on.
	ErrWeekday = errors.New("weekday does not match date")
)

// ParseError reports a date or period that could not be parsed. Offset is the byte
// offset into Input of the first token that could not be accepted (len(Input) if
// the input ended too early). Err wraps one of ErrEmpty, ErrFormat, ErrOutOfRange
// or ErrWeekday, so errors.Is works on a *ParseError.
type ParseError struct {
	Input  string
	Offset int
	Err    error
}

// Error implements error. Long inputs are shortened in the message.
func (e *ParseError) Error() string {
	in := e.Input
	if utf8.RuneCountInString(in) > 64 {
		in = string([]rune(in)[:64]) + "…"
	}
	return fmt.Sprintf("parse %q at byte %d: %v", in, e.Offset, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// normRune maps one input rune to its normalised form: Persian and Arabic-Indic
// digits to ASCII, Arabic ي/ى/ك to Persian ی/ک, every kind of space and ZWNJ to
// ' ', the Arabic comma to ','. It returns -1 for runes that are dropped:
// direction marks, ZWJ, BOM, tatweel and Arabic diacritics.
func normRune(r rune) rune {
	switch {
	case r >= '۰' && r <= '۹':
		return '0' + r - '۰'
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	}
	switch r {
	case 'ي', 'ى':
		return 'ی'
	case 'ك':
		return 'ک'
	case '\u200c', '\u00a0', '\u202f', '\u2007':
		return ' '
	case '،', '٬':
		return ','
	case '\u200d', '\u200e', '\u200f', '\ufeff', '\u0640',
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069':
		return -1
	}
	if (r >= '\u064b' && r <= '\u065f') || r == '\u0670' {
		return -1
	}
	if r >= '\u0600' && r <= '\u06ff' {
		// The rest of the Arabic block: letters and punctuation, kept.
		return r
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}

type tokKind int

const (
	tokNum tokKind = iota + 1
	tokWord
	tokPunct
)

// token is a run of ASCII digits, a run of letters, or one other rune, with the
// byte offset of its first rune in the original input.
type token struct {
	kind tokKind
	text string
	off  int
}

// tokenize normalises s and splits it into tokens. Spaces separate tokens and are
// not returned.
func tokenize(s string) []token {
	var toks []token
	var cur []rune
	var curKind tokKind
	curOff := 0
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, token{kind: curKind, text: string(cur), off: curOff})
			cur = cur[:0]
		}
	}
	for off, r := range s {
		n := normRune(r)
		var k tokKind
		switch {
		case n < 0:
			continue
		case n == ' ':
			flush()
			continue
		case n >= '0' && n <= '9':
			k = tokNum
		case unicode.IsLetter(n):
			k = tokWord
		default:
			k = tokPunct
		}
		if k != curKind || k == tokPunct {
			flush()
		}
		if len(cur) == 0 {
			curKind, curOff = k, off
		}
		cur = append(cur, n)
	}
	flush()
	return toks
}

// wordKey folds the spelling variants that do not change a word: alef with madda
// written as a plain alef.
func wordKey(s string) string {
	return strings.ReplaceAll(s, "آ", "ا")
}

// monthByKey maps folded month names (and common variants) to month numbers.
var monthByKey = map[string]int{
	"فروردین": 1, "اردیبهشت": 2, "اردیبهست": 2, "خرداد": 3, "تیر": 4,
	"مرداد": 5, "امرداد": 5, "شهریور": 6, "مهر": 7, "ابان": 8,
	"اذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}

// weekdayByKey maps weekday names with the inner space removed to weekdays.
var weekdayByKey = map[string]time.Weekday{
	"شنبه": time.Saturday, "یکشنبه": time.Sunday, "دوشنبه": time.Monday,
	"سهشنبه": time.Tuesday, "چهارشنبه": time.Wednesday, "پنجشنبه": time.Thursday,
	"جمعه": time.Friday,
}

// monthWord reports the month a word token names, accepting the word «ماه»
// glued to it («آبان‌ماه» with ZWNJ is split by tokenize and handled by the caller).
func monthWord(s string) (int, bool) {
	k := wordKey(s)
	if m, ok := monthByKey[k]; ok {
		return m, true
	}
	if base, ok := strings.CutSuffix(k, "ماه"); ok {
		m, ok := monthByKey[base]
		return m, ok
	}
	return 0, false
}

// parser walks the tokens of one input.
type parser struct {
	in   string
	toks []token
	pos  int
}

func (p *parser) peek(i int) (token, bool) {
	if p.pos+i < len(p.toks) {
		return p.toks[p.pos+i], true
	}
	return token{}, false
}

// here returns the byte offset of the current token, or len(in) at the end.
func (p *parser) here() int {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].off
	}
	return len(p.in)
}

func (p *parser) fail(off int, err error) *ParseError {
	return &ParseError{Input: p.in, Offset: off, Err: err}
}

// weekday consumes a weekday name («سه شنبه», «سه‌شنبه», «سهشنبه») if one is next.
func (p *parser) weekday() (time.Weekday, bool) {
	t0, ok := p.peek(0)
	if !ok || t0.kind != tokWord {
		return 0, false
	}
	if t1, ok := p.peek(1); ok && t1.kind == tokWord {
		if w, ok := weekdayByKey[t0.text+t1.text]; ok {
			p.pos += 2
			return w, true
		}
	}
	if w, ok := weekdayByKey[t0.text]; ok {
		p.pos++
		return w, true
	}
	return 0, false
}

func (p *parser) punct(set string) (string, bool) {
	t, ok := p.peek(0)
	if ok && t.kind == tokPunct && strings.Contains(set, t.text) {
		p.pos++
		return t.text, true
	}
	return "", false
}

// number consumes a number token of minDigits..maxDigits digits.
func (p *parser) number(minDigits, maxDigits int) (int, *ParseError) {
	t, ok := p.peek(0)
	if !ok || t.kind != tokNum {
		return 0, p.fail(p.here(), ErrFormat)
	}
	if len(t.text) < minDigits || len(t.text) > maxDigits {
		return 0, p.fail(t.off, fmt.Errorf("%d-digit number: %w", len(t.text), ErrFormat))
	}
	n, err := strconv.Atoi(t.text)
	if err != nil {
		return 0, p.fail(t.off, ErrFormat)
	}
	p.pos++
	return n, nil
}

// trailer consumes what may follow a date: an era mark («ه.ش», «هجری شمسی») and a
// clock time («- ۱۰:۳۰», «ساعت 10:30:15»), which Parse ignores.
func (p *parser) trailer() {
	if t, ok := p.peek(0); ok && t.kind == tokWord {
		switch t.text {
		case "هجری":
			if t1, ok := p.peek(1); ok && t1.text == "شمسی" {
				p.pos += 2
			}
		case "ه", "ش":
			save := p.pos
			p.pos++
			if _, ok := p.punct("."); ok {
				if t1, ok := p.peek(0); ok && t1.text == "ش" {
					p.pos++
					p.punct(".")
					break
				}
			}
			p.pos = save
		}
	}
	save := p.pos
	p.punct("-,")
	if t, ok := p.peek(0); ok && t.kind == tokWord && t.text == "ساعت" {
		p.pos++
	}
	hh, ok1 := p.peek(0)
	colon, ok2 := p.peek(1)
	mm, ok3 := p.peek(2)
	if ok1 && ok2 && ok3 && hh.kind == tokNum && len(hh.text) <= 2 && colon.text == ":" &&
		mm.kind == tokNum && len(mm.text) == 2 && atoiLess(hh.text, 24) && atoiLess(mm.text, 60) {
		p.pos += 3
		if c, ok := p.peek(0); ok && c.text == ":" {
			if ss, ok := p.peek(1); ok && ss.kind == tokNum && len(ss.text) == 2 && atoiLess(ss.text, 60) {
				p.pos += 2
			}
		}
		return
	}
	p.pos = save
}

// atoiLess reports whether the ASCII digits s denote a number below limit.
func atoiLess(s string, limit int) bool {
	n, ok := digits(s, 1, len(s))
	return ok && n < limit
}

// checkDate returns an error if y/m/d is not a valid Jalali date; off is the
// offset of the year, month and day tokens.
func (p *parser) checkDate(d Date, offY, offM, offD int) *ParseError {
	switch {
	case d.Year < MinYear || d.Year > MaxYear:
		return p.fail(offY, fmt.Errorf("year %d: %w", d.Year, ErrOutOfRange))
	case d.Month < 1 || d.Month > 12:
		return p.fail(offM, fmt.Errorf("month %d: %w", d.Month, ErrOutOfRange))
	case d.Day < 1 || d.Day > MonthLength(d.Year, d.Month):
		return p.fail(offD, fmt.Errorf("day %d of month %d: %w", d.Day, d.Month, ErrOutOfRange))
	}
	return nil
}

// Parse reads a Jalali date as Iranian portals print it. Accepted forms, with
// ASCII, Persian (۰–۹) or Arabic-Indic (٠–٩) digits:
//
//	1397/08/15   1397/8/15   1397-08-15   1397.08.15
//	15 آبان 1397   ۱۵ آبان ماه ۱۳۹۷   ۱۵ آبان‌ماه ۱۳۹۷
//
// optionally preceded by a weekday («سه شنبه»، «سه‌شنبه»، «سهشنبه», with or without a
// comma after it) and followed by an era mark («ه.ش», «هجری شمسی») or a clock time
// («- 10:30», «ساعت ۱۰:۳۰:۰۰»), which are checked for form but otherwise ignored.
// Arabic ي/ك, ZWNJ, NBSP, direction marks and surrounding spaces are tolerated.
// The year must have four digits (two-digit years are rejected as ambiguous) and
// the month and day one or two.
//
// If a weekday is given it must be the weekday of the date; otherwise Parse fails
// with ErrWeekday, since a contradiction means one of the two is a typo and there
// is no telling which. All errors are *ParseError.
func Parse(s string) (Date, error) {
	p := &parser{in: s, toks: tokenize(s)}
	if len(p.toks) == 0 {
		return Date{}, p.fail(0, ErrEmpty)
	}
	wdOff := p.here()
	wd, hasWD := p.weekday()
	if hasWD {
		p.punct(",-")
	}
	d, perr := p.date()
	if perr != nil {
		return Date{}, perr
	}
	p.trailer()
	if p.pos < len(p.toks) {
		return Date{}, p.fail(p.here(), fmt.Errorf("unexpected %q: %w", p.toks[p.pos].text, ErrFormat))
	}
	if hasWD && d.Weekday() != wd {
		return Date{}, p.fail(wdOff, fmt.Errorf("%s is a %s: %w", d, d.Weekday(), ErrWeekday))
	}
	return d, nil
}

// date parses the numeric or the month-name form.
func (p *parser) date() (Date, *ParseError) {
	first, ok := p.peek(0)
	if !ok || first.kind != tokNum {
		return Date{}, p.fail(p.here(), ErrFormat)
	}
	if next, ok := p.peek(1); len(first.text) == 4 || (ok && next.kind == tokPunct) {
		// Numeric: Y sep M sep D with the same separator twice.
		y, perr := p.number(4, 4)
		if perr != nil {
			return Date{}, perr
		}
		sep, ok := p.punct("/-.")
		if !ok {
			return Date{}, p.fail(p.here(), ErrFormat)
		}
		offM := p.here()
		m, perr := p.number(1, 2)
		if perr != nil {
			return Date{}, perr
		}
		if _, ok := p.punct(sep); !ok {
			return Date{}, p.fail(p.here(), ErrFormat)
		}
		offD := p.here()
		d, perr := p.number(1, 2)
		if perr != nil {
			return Date{}, perr
		}
		date := Date{Year: y, Month: m, Day: d}
		return date, p.checkDate(date, first.off, offM, offD)
	}
	// Month name: D month [ماه] Y.
	d, perr := p.number(1, 2)
	if perr != nil {
		return Date{}, perr
	}
	mt, ok := p.peek(0)
	if !ok || mt.kind != tokWord {
		return Date{}, p.fail(p.here(), ErrFormat)
	}
	m, ok := monthWord(mt.text)
	if !ok {
		return Date{}, p.fail(mt.off, fmt.Errorf("unknown month %q: %w", mt.text, ErrFormat))
	}
	p.pos++
	if t, ok := p.peek(0); ok && t.kind == tokWord && t.text == "ماه" {
		p.pos++
	}
	offY := p.here()
	y, perr := p.number(4, 4)
	if perr != nil {
		return Date{}, perr
	}
	date := Date{Year: y, Month: m, Day: d}
	return date, p.checkDate(date, offY, mt.off, first.off)
}

// ParseIn parses s with Parse and returns the first instant of that day in loc
// (see Date.Time). A nil loc means UTC.
func ParseIn(s string, loc *time.Location) (time.Time, error) {
	d, err := Parse(s)
	if err != nil {
		return time.Time{}, err
	}
	return d.Time(loc), nil
}
