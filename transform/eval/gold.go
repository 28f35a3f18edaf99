package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// Doc is one annotated article of the gold corpus, one JSON object a line.
// Unknown values are JSON null and read as "" (or 0 for Count).
type Doc struct {
	// ID identifies the article; it is unique within a corpus.
	ID string `json:"id"`
	// Part is the real set's part the passage belongs to, set by [LoadReal]
	// (see [RealSet]); empty for the written sets, where [Split] falls back
	// to [Part] of the id.
	Part string `json:"-"`
	// SourceStyle names the portal family whose style the article imitates,
	// such as "fars_county" or "west_azarbaijan_ag".
	SourceStyle string `json:"source_style"`
	// Province and County are the place of the publishing portal; County is ""
	// for a province-level portal.
	Province string `json:"province"`
	County   string `json:"county"`
	// Title is the article's headline.
	Title string `json:"title"`
	// Paragraphs is the article body, one element per paragraph, never empty.
	Paragraphs []string `json:"paragraphs"`
	// Text is the whole passage as plain text copied from a page, set for the
	// real set's passages (see [LoadReal]), whose first line may be a headline,
	// a kicker or the lead itself; when it is set an analyzer reads it instead
	// of Title and Paragraphs.
	Text string `json:"text,omitempty"`
	// Registered and Occurred are the portal's dates as printed (Jalali,
	// "1397/8/15"); either may be "".
	Registered string `json:"registered"`
	Occurred   string `json:"occurred"`
	// People are the distinct named persons of the article.
	People []Person `json:"people"`
	// Violations are the article's violation mentions, one per clause and office
	// type, violation type, sanction and modality.
	Violations []Violation `json:"violations"`
}

// Person is a named individual: a gold annotation or a prediction.
type Person struct {
	// Name is the person's name as written, without honorifics; never "".
	Name string `json:"name"`
	// Role is the position without its organisation («فرماندار», «رئیس»), or "".
	Role string `json:"role"`
	// Organization is the organisation completed with its county or province
	// («فرمانداری شهرستان کوار»), or "".
	Organization string `json:"organization"`
}

// Violation is one mention of an office violation: a gold annotation or a
// prediction. Codes are the team's shared lower_snake_case strings.
type Violation struct {
	// OfficeType is the kind of office, such as "bakery"; never "" in gold.
	OfficeType string `json:"office_type"`
	// OfficeLabel is the text's own words for the office; informational, not scored.
	OfficeLabel string `json:"office_label"`
	// ViolationType is the kind of violation, or "" when the text names none.
	ViolationType string `json:"violation_type"`
	// Sanction is the sanction applied or threatened, or "" when none is named.
	Sanction string `json:"sanction"`
	// Count is the number of units or cases the clause states, or 0 when unknown.
	Count int `json:"count"`
	// Modality is "reported", "conditional" or "denied"; never "" in gold.
	Modality string `json:"modality"`
	// Speaker is the name of the person who said it, or "" for the portal's own voice.
	Speaker string `json:"speaker"`
}

// The code lists shared by every govwatch package.
var (
	officeTypes = []string{"government_counter", "rural_ict", "post_office", "bakery",
		"fuel_station", "guild_shop", "health_unit", "pharmacy", "other"}
	violationTypes = []string{"overcharging", "short_selling", "hoarding", "holder_absent",
		"health_code", "unlicensed", "price_list", "subsidised_flour", "fuel_misuse",
		"service_fee", "working_hours", "expired_goods", "fraud", "other"}
	sanctions  = []string{"licence_revocation", "sealing", "fine", "notice", "referral", "suspension"}
	modalities = []string{"reported", "conditional", "denied"}
)

// Sentinel errors of [ReadGold], wrapped in a [GoldError].
var (
	// ErrMissing reports a required field that is absent, null or empty.
	ErrMissing = errors.New("required field missing")
	// ErrBadCode reports a code that is not in the shared code lists.
	ErrBadCode = errors.New("unknown code")
	// ErrDuplicateID reports a document ID seen on an earlier line.
	ErrDuplicateID = errors.New("duplicate id")
	// ErrBadValue reports a value out of its range, such as a negative count.
	ErrBadValue = errors.New("bad value")
)

// GoldError is an error in one line of a gold file. Line counts from 1; Field is
// the JSON path of the offending field («violations[2].modality»), or "" when
// the line is not valid JSON.
type GoldError struct {
	Line  int
	Field string
	Err   error
}

// Error implements error.
func (e *GoldError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("gold line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("gold line %d: field %s: %v", e.Line, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *GoldError) Unwrap() error { return e.Err }

// maxLine bounds one line of a gold file.
const maxLine = 4 << 20

// ReadGold reads a gold corpus in JSON Lines form: one [Doc] a line, blank lines
// ignored. Unknown fields, invalid codes, missing required fields and duplicate
// IDs are errors; the first one is returned as a *[GoldError] naming the line and
// the field.
func ReadGold(r io.Reader) ([]Doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var docs []Doc
	seen := make(map[string]int)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var d Doc
		if err := dec.Decode(&d); err != nil {
			return nil, &GoldError{Line: line, Field: jsonField(err), Err: err}
		}
		if dec.More() {
			return nil, &GoldError{Line: line, Err: errors.New("more than one JSON value on the line")}
		}
		if field, err := validate(d); err != nil {
			return nil, &GoldError{Line: line, Field: field, Err: err}
		}
		if first, ok := seen[d.ID]; ok {
			return nil, &GoldError{Line: line, Field: "id",
				Err: fmt.Errorf("%w: %q first on line %d", ErrDuplicateID, d.ID, first)}
		}
		seen[d.ID] = line
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold line %d: %w", line+1, err)
	}
	return docs, nil
}

// LoadGold reads the gold corpus in the file at path with [ReadGold].
func LoadGold(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	docs, err := ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// jsonField returns the field a JSON decoding error is about, or "".
func jsonField(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return te.Field
	}
	const unknown = "json: unknown field "
	if msg := err.Error(); strings.HasPrefix(msg, unknown) {
		return strings.Trim(strings.TrimPrefix(msg, unknown), `"`)
	}
	return ""
}

// validate checks one document and returns the offending field and error.
func validate(d Doc) (string, error) {
	if strings.TrimSpace(d.ID) == "" {
		return "id", ErrMissing
	}
	if len(d.Paragraphs) == 0 {
		return "paragraphs", ErrMissing
	}
	for i, p := range d.Paragraphs {
		if strings.TrimSpace(p) == "" {
			return fmt.Sprintf("paragraphs[%d]", i), ErrMissing
		}
	}
	for i, p := range d.People {
		if strings.TrimSpace(p.Name) == "" {
			return fmt.Sprintf("people[%d].name", i), ErrMissing
		}
	}
	for i, v := range d.Violations {
		at := func(f string) string { return fmt.Sprintf("violations[%d].%s", i, f) }
		checks := []struct {
			field, value string
			codes        []string
			required     bool
		}{
			{"office_type", v.OfficeType, officeTypes, true},
			{"violation_type", v.ViolationType, violationTypes, false},
			{"sanction", v.Sanction, sanctions, false},
			{"modality", v.Modality, modalities, true},
		}
		for _, c := range checks {
			switch {
			case c.value == "" && c.required:
				return at(c.field), ErrMissing
			case c.value != "" && !slices.Contains(c.codes, c.value):
				return at(c.field), fmt.Errorf("%w %q", ErrBadCode, c.value)
			}
		}
		if v.Count < 0 {
			return at("count"), fmt.Errorf("%w: %d", ErrBadValue, v.Count)
		}
	}
	return "", nil
}
