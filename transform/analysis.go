package transform

import "time"

// Input is one article as published.
type Input struct {
	// Title is the headline as published.
	Title string
	// Paragraphs is the body as published, one string per paragraph. Empty
	// paragraphs are dropped.
	Paragraphs []string
	// Registered and Occurred are the portal's dates as printed, such as
	// «1397/8/15»; either may be empty.
	Registered, Occurred string
	// Province and County name the place the source belongs to; either may
	// be empty, in which case the county is inferred from the text.
	Province, County string
}

// Analysis is everything Analyze found in one article. All Start/End fields
// are rune (code point) offsets into Body, end exclusive.
type Analysis struct {
	// Title is the normalised title.
	Title string
	// Body is the normalised body: the normalised non-empty paragraphs
	// joined with "\n\n". This is the text the dataset stores.
	Body string
	// Registered and Occurred are the portal's dates; nil when absent or
	// unparsable.
	Registered, Occurred *DateInfo
	// EventDate is the day the event happened when the text says so
	// relative to the registration date («صبح امروز (سه شنبه)»); nil when
	// not found.
	EventDate *DateInfo
	// County and Province are the place of the source as given in Input or,
	// when empty there, inferred from the text ("" when unknown).
	County, Province string
	// People are the persons named in the article, in order of first mention.
	People []Person
	// Violations are the violation mentions, in text order.
	Violations []Violation
	// Quotes are the attributed statements, in text order.
	Quotes []Quote
	// Version is ExtractorVersion at the time of analysis.
	Version string
	// Truncated reports that the article was longer than one analysis
	// reads (MaxBodyRunes of body, MaxTitleRunes of title): the text was
	// cut at a space before the bound, and Title, Body and every result
	// come from the part that was read.
	Truncated bool
	// Trace lists, in text order, the firings of the rules that kept words
	// from becoming a person or a violation ([Rule.Blocks]); the rules that
	// produced an output are in its Rules.
	Trace []RuleHit

	paras []paraMap
}

// paraMap places one normalised paragraph in Body.
type paraMap struct {
	index int // index in Input.Paragraphs
	start int // rune offset of the paragraph in Body
	norm  Normalized
}

// Source maps a rune offset into Body back to the paragraph it came from
// (an index into Input.Paragraphs) and the rune offset inside that paragraph
// as published. It returns (-1, 0) for an offset outside every paragraph
// (such as the blank line between two).
func (a Analysis) Source(offset int) (paragraph, runeOffset int) {
	for _, p := range a.paras {
		if offset >= p.start && offset <= p.start+p.norm.Len() {
			return p.index, p.norm.SourceOffset(offset - p.start)
		}
	}
	return -1, 0
}

// DateInfo is a date as printed with its reading.
type DateInfo struct {
	// Printed is the date as printed, normalised.
	Printed string
	// Date is UTC midnight of the Gregorian day.
	Date time.Time
	// Jalali is the Jalali date as YYYY/MM/DD with ASCII digits.
	Jalali string
}

// Person is one person named in the article with all mentions of them.
type Person struct {
	// Key identifies the person within the article ("p1", "p2", …).
	Key string
	// Name is the name as written (normalised), without honorifics such as
	// «آقای» or «دکتر».
	Name string
	// Role is the position («فرماندار», «معاون برنامه‌ریزی و هماهنگی امور
	// عمرانی»), "" when unknown.
	Role string
	// Organization is the body the role belongs to, completed with the
	// county («فرمانداری شهرستان کوار»), "" when unknown.
	Organization string
	// Mentions are the places the person is mentioned, in text order.
	Mentions []Mention
	// Rules are the rules that found the person and gave the name and role,
	// in text order.
	Rules []RuleHit
}

// Mention kinds.
const (
	MentionName    = "name"
	MentionTitle   = "title"
	MentionPronoun = "pronoun"
)

// Mention is one mention of a person.
type Mention struct {
	// Start and End delimit the mention text in Body (runes).
	Start, End int
	// Text is the mention as written: the name, the title phrase or the
	// pronoun.
	Text string
	// Sentence is the sentence containing the mention, and SentenceStart and
	// SentenceEnd its offsets in Body.
	Sentence                   string
	SentenceStart, SentenceEnd int
	// Kind is MentionName, MentionTitle or MentionPronoun.
	Kind string
	// Quote is the statement attributed to the person at this mention, or "".
	Quote string
}

// Violation is one mention of a violation by an office or business.
type Violation struct {
	// OfficeType is one of the OfficeTypes codes and OfficeLabel its
	// Persian label.
	OfficeType, OfficeLabel string
	// OfficeText is the office phrase as written, "" when the type was taken
	// from the context.
	OfficeText string
	// ViolationType is one of the ViolationTypes codes: the mention's own, or
	// when it states none the one the article states for the same office
	// type and modality (rule violation-type-shared); "" when there is none.
	ViolationType string
	// Sanction is the most severe of the Sanctions codes stated, "" when none.
	Sanction string
	// Sanctions lists every sanction code stated, most severe first.
	Sanctions []string
	// Count is the number of violations or offices given, 0 when not given.
	Count int
	// Modality is one of the Modalities codes.
	Modality string
	// Place is the place named for the violation, or the county of the
	// source; "" when unknown.
	Place string
	// Speaker is the name of the person who said it, "" when it is the
	// reporter's text or the speaker is unnamed; SpeakerKey is their
	// Person.Key. SpeakerRole is the role of the speaker when known.
	Speaker, SpeakerKey, SpeakerRole string
	// Evidence is the sentence that states the violation.
	Evidence string
	// Start and End delimit Evidence in Body (runes).
	Start, End int
	// Rules are the rules that found the violation and decided its office
	// type, modality and sanction, in text order.
	Rules []RuleHit
}

// Quote is a statement attributed to a speaker.
type Quote struct {
	// Speaker is the speaker's name, or their title when they are unnamed;
	// SpeakerKey is their Person.Key, "" when unnamed.
	Speaker, SpeakerKey string
	// Verb is the speech verb as written («گفت», «اظهار داشت»).
	Verb string
	// Text is the statement.
	Text string
	// Start and End delimit Text in Body (runes).
	Start, End int
}
