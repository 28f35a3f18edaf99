package eval

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Prediction is what an extractor found in one gold document.
type Prediction struct {
	// ID is the [Doc.ID] the prediction is for.
	ID string `json:"id"`
	// People and Violations use the same conventions as the gold annotations.
	People     []Person    `json:"people"`
	Violations []Violation `json:"violations"`
}

// Analyzer runs an extractor on one gold document. [Evaluate] sets the ID of
// the returned prediction when the analyzer leaves it empty.
type Analyzer func(Doc) Prediction

// Names of the scored fields, in the order a [Report] lists them.
const (
	FieldPersonName          = "person_name"
	FieldPersonRole          = "person_role"
	FieldPersonOrganization  = "person_organization"
	FieldOfficeType          = "office_type"
	FieldOfficeModality      = "office_type_modality"
	FieldOfficeModalityCount = "office_type_modality_count"
	FieldViolationType       = "violation_type"
	FieldSanction            = "sanction"
	FieldModality            = "modality"
	FieldSpeaker             = "speaker"
	FieldViolation           = "violation"
)

// field describes one scored field: how an item becomes its matching key. An
// item whose key function returns ok=false is not an item of that field (a
// violation without a sanction, for instance, is not scored for sanction).
type field struct {
	name      string
	person    func(Person) (string, bool)
	violation func(Violation) (string, bool)
}

// sep joins the parts of a compound key; it cannot occur in a folded string.
const sep = "\x1f"

var fields = []field{
	{name: FieldPersonName, person: func(p Person) (string, bool) {
		return FoldName(p.Name), FoldName(p.Name) != ""
	}},
	{name: FieldPersonRole, person: func(p Person) (string, bool) {
		return FoldName(p.Name) + sep + Fold(p.Role), FoldName(p.Name) != ""
	}},
	{name: FieldPersonOrganization, person: func(p Person) (string, bool) {
		return FoldName(p.Name) + sep + FoldOrganization(p.Organization), FoldName(p.Name) != ""
	}},
	{name: FieldOfficeType, violation: func(v Violation) (string, bool) {
		return code(v.OfficeType), code(v.OfficeType) != ""
	}},
	{name: FieldOfficeModality, violation: func(v Violation) (string, bool) {
		return code(v.OfficeType) + sep + code(v.Modality), code(v.OfficeType) != ""
	}},
	// The count the report shows beside a mention: an entry matches when
	// its office type, modality and count agree (no count matches no count).
	{name: FieldOfficeModalityCount, violation: func(v Violation) (string, bool) {
		return code(v.OfficeType) + sep + code(v.Modality) + sep + strconv.Itoa(v.Count), code(v.OfficeType) != ""
	}},
	{name: FieldViolationType, violation: func(v Violation) (string, bool) {
		return code(v.ViolationType), code(v.ViolationType) != ""
	}},
	{name: FieldSanction, violation: func(v Violation) (string, bool) {
		return code(v.Sanction), code(v.Sanction) != ""
	}},
	{name: FieldModality, violation: func(v Violation) (string, bool) {
		return code(v.Modality), code(v.Modality) != ""
	}},
	{name: FieldSpeaker, violation: func(v Violation) (string, bool) {
		return FoldName(v.Speaker), FoldName(v.Speaker) != ""
	}},
	{name: FieldViolation, violation: func(v Violation) (string, bool) {
		k := strings.Join([]string{code(v.OfficeType), code(v.ViolationType),
			code(v.Sanction), code(v.Modality)}, sep)
		return k, code(v.OfficeType) != ""
	}},
}

// code normalises a shared code for comparison.
func code(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// FieldScore is the score of one field over a corpus. Precision is
// Matched/Predicted and Recall is Matched/Gold; an empty denominator gives 1
// when the other side is empty too and 0 otherwise. F1 is their harmonic mean
// (0 when both are 0).
type FieldScore struct {
	Field     string  `json:"field"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// F1Low and F1High bound the 95 % bootstrap interval of F1: the
	// documents resampled with replacement (see [bootstrapF1]). They say how
	// far F1 on other passages of the same kind may fall from this one.
	F1Low  float64 `json:"f1_low"`
	F1High float64 `json:"f1_high"`
}

// Mismatch is one unmatched item: a gold item no prediction matched ("missed")
// or a predicted item no gold item matched ("spurious"). Key is the item's
// folded matching key, its parts separated by " | ".
type Mismatch struct {
	DocID string `json:"doc_id"`
	Field string `json:"field"`
	Kind  string `json:"kind"`
	Key   string `json:"key"`
}

// Report is the result of scoring predictions against a gold corpus.
type Report struct {
	// Docs is the number of gold documents scored.
	Docs int `json:"docs"`
	// Fields holds one score per field, in a fixed order.
	Fields []FieldScore `json:"fields"`
	// MissingIDs lists gold documents without a prediction; they are scored as
	// predictions with nothing found.
	MissingIDs []string `json:"missing_ids,omitempty"`
	// UnknownIDs lists predictions whose ID is not in the gold corpus; they are
	// not scored.
	UnknownIDs []string `json:"unknown_ids,omitempty"`
	// Mismatches lists every unmatched item, by document and field.
	Mismatches []Mismatch `json:"mismatches,omitempty"`
	// ByOfficeType splits the office_type_modality score by office type:
	// each entry's Field is an office type code, and its counts are those
	// of the items of that type, gold or predicted. Their counts add up to
	// the field's. Most gold items first.
	ByOfficeType []FieldScore `json:"by_office_type,omitempty"`
}

// Field returns the score of the named field and whether the report has it.
func (r Report) Field(name string) (FieldScore, bool) {
	for _, f := range r.Fields {
		if f.Field == name {
			return f, true
		}
	}
	return FieldScore{}, false
}

// Score compares predictions with the gold corpus. Within each document and
// field, gold and predicted items are reduced to their matching keys and paired
// one to one; since two items match exactly when their keys are equal, counting
// the common keys with multiplicity is a maximum bipartite matching. Several
// predictions with the same ID are merged.
func Score(gold []Doc, pred []Prediction) Report {
	byID := make(map[string]*Prediction, len(pred))
	known := make(map[string]bool, len(gold))
	for _, d := range gold {
		known[d.ID] = true
	}
	var rep Report
	for i := range pred {
		p := pred[i]
		if !known[p.ID] {
			rep.UnknownIDs = append(rep.UnknownIDs, p.ID)
			continue
		}
		if q, ok := byID[p.ID]; ok {
			q.People = append(q.People, p.People...)
			q.Violations = append(q.Violations, p.Violations...)
			continue
		}
		byID[p.ID] = &p
	}
	scores := make([]FieldScore, len(fields))
	for i, f := range fields {
		scores[i].Field = f.name
	}
	// perDoc holds each document's counts per field, for the bootstrap.
	perDoc := make([][]docCounts, len(fields))
	// byOffice holds each document's office_type_modality counts per office
	// type, for ByOfficeType.
	byOffice := map[string][]docCounts{}
	for _, d := range gold {
		rep.Docs++
		p, ok := byID[d.ID]
		if !ok {
			rep.MissingIDs = append(rep.MissingIDs, d.ID)
			p = &Prediction{ID: d.ID}
		}
		for i, f := range fields {
			g := keys(f, d.People, d.Violations)
			q := keys(f, p.People, p.Violations)
			matched := 0
			for k, n := range g {
				m := min(n, q[k])
				matched += m
				rep.Mismatches = appendMismatches(rep.Mismatches, d.ID, f.name, "missed", k, n-m)
			}
			for k, n := range q {
				rep.Mismatches = appendMismatches(rep.Mismatches, d.ID, f.name, "spurious", k, n-min(n, g[k]))
			}
			if f.name == FieldOfficeModality {
				addByOffice(byOffice, rep.Docs-1, g, q)
			}
			c := docCounts{gold: total(g), pred: total(q), match: matched}
			perDoc[i] = append(perDoc[i], c)
			scores[i].Gold += c.gold
			scores[i].Predicted += c.pred
			scores[i].Matched += c.match
		}
	}
	for i := range scores {
		s := &scores[i]
		s.Precision, s.Recall, s.F1 = prf(s.Gold, s.Predicted, s.Matched)
		s.F1Low, s.F1High = bootstrapF1(perDoc[i])
	}
	rep.Fields = scores
	rep.ByOfficeType = officeScores(byOffice, rep.Docs)
	sort.SliceStable(rep.Mismatches, func(i, j int) bool {
		a, b := rep.Mismatches[i], rep.Mismatches[j]
		if a.DocID != b.DocID {
			return a.DocID < b.DocID
		}
		if a.Field != b.Field {
			return fieldIndex(a.Field) < fieldIndex(b.Field)
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Key < b.Key
	})
	return rep
}

// docCounts are one document's item counts for one field.
type docCounts struct{ gold, pred, match int }

// addByOffice adds document doc's office_type_modality keys, gold g and
// predicted q, to the per-document counts of their office types. A key is
// the office type, sep and the modality; a type first seen at a later
// document gets zero counts for the documents before it.
func addByOffice(byOffice map[string][]docCounts, doc int, g, q map[string]int) {
	at := func(key string) *docCounts {
		office, _, _ := strings.Cut(key, sep)
		cs := byOffice[office]
		for len(cs) <= doc {
			cs = append(cs, docCounts{})
		}
		byOffice[office] = cs
		return &cs[doc]
	}
	for k, n := range g {
		c := at(k)
		c.gold += n
		c.match += min(n, q[k])
	}
	for k, n := range q {
		at(k).pred += n
	}
}

// officeScores turns the per-document counts of each office type into
// scores over docs documents, most gold items first.
func officeScores(byOffice map[string][]docCounts, docs int) []FieldScore {
	out := make([]FieldScore, 0, len(byOffice))
	for office, cs := range byOffice {
		for len(cs) < docs {
			cs = append(cs, docCounts{})
		}
		s := FieldScore{Field: office}
		for _, c := range cs {
			s.Gold, s.Predicted, s.Matched = s.Gold+c.gold, s.Predicted+c.pred, s.Matched+c.match
		}
		s.Precision, s.Recall, s.F1 = prf(s.Gold, s.Predicted, s.Matched)
		s.F1Low, s.F1High = bootstrapF1(cs)
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Gold != out[j].Gold {
			return out[i].Gold > out[j].Gold
		}
		return out[i].Field < out[j].Field
	})
	return out
}

// prf returns precision, recall and F1 of the counts, as [FieldScore] defines
// them.
func prf(gold, pred, match int) (p, r, f1 float64) {
	p = ratio(match, pred, gold == 0)
	r = ratio(match, gold, pred == 0)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// bootstrapRounds is the number of resamples of [bootstrapF1]; 2,000 keeps
// the bounds stable to about 0.002.
const bootstrapRounds = 2000

// bootstrapF1 returns the 2.5th and 97.5th percentiles of F1 over documents
// resampled with replacement. Documents, not items, are resampled, because
// the items of one passage are not independent: one misread passage loses
// several. The seed is fixed, so the same counts always give the same bounds.
func bootstrapF1(docs []docCounts) (low, high float64) {
	if len(docs) == 0 {
		_, _, f1 := prf(0, 0, 0)
		return f1, f1
	}
	rng := rand.New(rand.NewPCG(1, uint64(len(docs))))
	f1s := make([]float64, bootstrapRounds)
	for b := range f1s {
		var g, p, m int
		for range docs {
			c := docs[rng.IntN(len(docs))]
			g, p, m = g+c.gold, p+c.pred, m+c.match
		}
		_, _, f1s[b] = prf(g, p, m)
	}
	slices.Sort(f1s)
	return f1s[bootstrapRounds*25/1000], f1s[bootstrapRounds*975/1000-1]
}

// Evaluate runs analyze on every gold document and scores the predictions.
func Evaluate(gold []Doc, analyze Analyzer) Report {
	pred := make([]Prediction, 0, len(gold))
	for _, d := range gold {
		p := analyze(d)
		if p.ID == "" {
			p.ID = d.ID
		}
		pred = append(pred, p)
	}
	return Score(gold, pred)
}

// ErrBelowThreshold reports a field whose F1 is below its required minimum.
var ErrBelowThreshold = errors.New("f1 below threshold")

// ThresholdError reports that one field's F1 is below its required minimum.
type ThresholdError struct {
	Field string
	F1    float64
	Min   float64
}

// Error implements error.
func (e *ThresholdError) Error() string {
	return fmt.Sprintf("field %s: f1 %.3f below %.2f", e.Field, e.F1, e.Min)
}

// Unwrap returns [ErrBelowThreshold].
func (e *ThresholdError) Unwrap() error { return ErrBelowThreshold }

// DefaultThresholds returns the minimum F1 the extractors must reach on the
// gold corpus: 0.90 for person+role and for office type+modality.
func DefaultThresholds() map[string]float64 {
	return map[string]float64{FieldPersonRole: 0.90, FieldOfficeModality: 0.90}
}

// RealThresholds returns the minimum F1 the extractors must reach on real
// passages they were not tuned on: 0.90 for the person, 0.80 for person+role
// and for office type+modality.
func RealThresholds() map[string]float64 {
	return map[string]float64{FieldPersonName: 0.90, FieldPersonRole: 0.80, FieldOfficeModality: 0.80}
}

// Check returns nil when every field named in minF1 reaches its minimum F1, and
// otherwise the joined *[ThresholdError]s of the fields below it, in report
// order. A field the report lacks counts as F1 0.
func (r Report) Check(minF1 map[string]float64) error {
	var errs []error
	names := make([]string, 0, len(minF1))
	for name := range minF1 {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return fieldIndex(names[i]) < fieldIndex(names[j]) })
	for _, name := range names {
		f, _ := r.Field(name)
		if f.F1 < minF1[name] {
			errs = append(errs, &ThresholdError{Field: name, F1: f.F1, Min: minF1[name]})
		}
	}
	return errors.Join(errs...)
}

// keys returns the multiset of matching keys of the items of one field.
func keys(f field, people []Person, violations []Violation) map[string]int {
	m := make(map[string]int)
	if f.person != nil {
		for _, p := range people {
			if k, ok := f.person(p); ok {
				m[k]++
			}
		}
	}
	if f.violation != nil {
		for _, v := range violations {
			if k, ok := f.violation(v); ok {
				m[k]++
			}
		}
	}
	return m
}

func total(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

func ratio(num, den int, emptyOK bool) float64 {
	if den == 0 {
		if emptyOK {
			return 1
		}
		return 0
	}
	return float64(num) / float64(den)
}

func appendMismatches(ms []Mismatch, doc, field, kind, key string, n int) []Mismatch {
	for range n {
		ms = append(ms, Mismatch{DocID: doc, Field: field, Kind: kind,
			Key: strings.ReplaceAll(key, sep, " | ")})
	}
	return ms
}

// fieldIndex orders field names as [Report.Fields] does; unknown names sort last.
func fieldIndex(name string) int {
	for i, f := range fields {
		if f.name == name {
			return i
		}
	}
	return len(fields)
}
