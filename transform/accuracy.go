package transform

import (
	_ "embed"
	"encoding/json"
)

// Accuracy is the extractors' accuracy measured on real portal text: F1 on
// the check part of the real set (passages the rules were never tuned on),
// and the share of names extracted from general news that are people's.
// `govwatch eval --write-accuracy transform/accuracy.json` writes it from a
// measurement; the real-set test fails when it no longer matches what the
// rules score, so the README and the report's method page never state a
// figure nobody measured.
type Accuracy struct {
	Extractor string `json:"extractor"`
	// Passages is the number of check-part passages measured, and Labelled
	// the number the check part holds: fewer are measured when only some
	// passages' texts are at hand (they are rebuilt on each machine).
	Passages       int     `json:"passages"`
	Labelled       int     `json:"labelled,omitempty"`
	Person         float64 `json:"person"`
	PersonRole     float64 `json:"person_role"`
	OfficeModality float64 `json:"office_type_modality"`
	// OfficeModalityCount also asks the count the entry states to agree.
	OfficeModalityCount float64 `json:"office_type_modality_count"`
	Sanction            float64 `json:"sanction"`
	Modality            float64 `json:"modality"`
	GeneralPrecision    float64 `json:"general_news_precision"`
	// The 95 % bootstrap intervals of the first three F1 figures over the
	// check part's passages: how far F1 on other real passages of the same
	// kind may fall from the figure (see eval.FieldScore).
	PersonInterval         [2]float64 `json:"person_interval"`
	PersonRoleInterval     [2]float64 `json:"person_role_interval"`
	OfficeModalityInterval [2]float64 `json:"office_type_modality_interval"`
	// ByOfficeType splits OfficeModality by office type, for the types with
	// at least MinOfficeGold gold items in the check part: how far each kind
	// of establishment's violations can be trusted.
	ByOfficeType []OfficeAccuracy `json:"by_office_type,omitempty"`
	// Command is how the figures were measured.
	Command string `json:"command"`
	// Fresh holds the figures of the batches of real passages that were
	// scored whole before any rule was tuned on them: the figure to expect
	// on unseen text. They were measured by earlier rules, batch by batch,
	// so `govwatch eval --write-accuracy` keeps them as they are.
	Fresh *FreshAccuracy `json:"fresh,omitempty"`
	// Whole holds the last measurement that covered the whole check part,
	// when this one covers only part of it: a new machine rebuilds the
	// texts over several sessions, violation-bearing passages first, and
	// such a part need not score as the whole does.
	Whole *WholeAccuracy `json:"whole,omitempty"`
}

// WholeAccuracy is the headline F1 of a measurement that covered the whole
// check part.
type WholeAccuracy struct {
	Extractor      string  `json:"extractor"`
	Passages       int     `json:"passages"`
	Person         float64 `json:"person"`
	PersonRole     float64 `json:"person_role"`
	OfficeModality float64 `json:"office_type_modality"`
}

// CoversCheckPart reports whether the measurement scored the whole check
// part: all but the fraction of a percent of passages whose pages the search
// no longer returns.
func (a Accuracy) CoversCheckPart() bool {
	return a.Labelled == 0 || a.Passages*100 >= a.Labelled*99
}

// KeepWhole sets a.Whole from the measurement that a replaces: nothing when
// a covers the check part itself, else that measurement's figures when it
// covered the check part, else what it kept.
func (a *Accuracy) KeepWhole(old Accuracy) {
	switch {
	case a.CoversCheckPart():
		a.Whole = nil
	case old.Passages > 0 && old.CoversCheckPart():
		a.Whole = &WholeAccuracy{Extractor: old.Extractor, Passages: old.Passages, Person: old.Person,
			PersonRole: old.PersonRole, OfficeModality: old.OfficeModality}
	default:
		a.Whole = old.Whole
	}
}

// OfficeAccuracy is the office type and modality F1 of one office type.
type OfficeAccuracy struct {
	OfficeType string `json:"office_type"`
	// Gold is the number of the check part's labelled violations of the type.
	Gold int     `json:"gold"`
	F1   float64 `json:"f1"`
}

// MinOfficeGold is the least number of labelled violations of an office type
// for its own F1 to be stated: with fewer, one passage moves it by tenths.
const MinOfficeGold = 20

// FreshAccuracy is F1 on batches of real passages scored before any rule was
// tuned on them, each by the rules of the day it arrived.
type FreshAccuracy struct {
	Batches        string  `json:"batches"`
	Passages       int     `json:"passages"`
	Person         float64 `json:"person"`
	PersonRole     float64 `json:"person_role"`
	OfficeModality float64 `json:"office_type_modality"`
	// Command is how each batch was measured.
	Command string `json:"command"`
}

//go:embed accuracy.json
var accuracyJSON []byte

// MeasuredAccuracy returns the accuracy last measured on the real set's
// check part, as committed in accuracy.json.
func MeasuredAccuracy() Accuracy {
	var a Accuracy
	if err := json.Unmarshal(accuracyJSON, &a); err != nil {
		panic("transform: accuracy.json: " + err.Error()) // a broken build, caught by TestMeasuredAccuracy
	}
	return a
}
