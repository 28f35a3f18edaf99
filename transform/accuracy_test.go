package transform_test

import (
	"testing"

	"govwatch/transform"
)

// TestMeasuredAccuracy checks that the committed figures are a measurement
// of this extractor version, with every figure a share.
func TestMeasuredAccuracy(t *testing.T) {
	a := transform.MeasuredAccuracy()
	if a.Extractor != transform.ExtractorVersion {
		t.Errorf("accuracy.json measures %s, the rules are %s: run go run ./cmd/govwatch eval --write-accuracy transform/accuracy.json", a.Extractor, transform.ExtractorVersion)
	}
	if a.Passages < 100 {
		t.Errorf("accuracy.json measures %d passages, want the whole check part", a.Passages)
	}
	for name, f := range map[string]float64{"person": a.Person, "person_role": a.PersonRole, "office_type_modality": a.OfficeModality,
		"office_type_modality_count": a.OfficeModalityCount, "sanction": a.Sanction, "modality": a.Modality, "general_news_precision": a.GeneralPrecision} {
		if f <= 0 || f > 1 {
			t.Errorf("accuracy.json: %s = %v, want a share in (0,1]", name, f)
		}
	}
	// The fresh batches' figures, what to expect on unseen text, are stated
	// beside the check part's on the report's method page.
	f := a.Fresh
	if f == nil || f.Passages < 60 || f.Batches == "" || f.Command == "" {
		t.Fatalf("accuracy.json: fresh = %+v, want the fresh batches' figures and how they were measured", f)
	}
	for name, v := range map[string]float64{"person": f.Person, "person_role": f.PersonRole, "office_type_modality": f.OfficeModality} {
		if v <= 0 || v > 1 {
			t.Errorf("accuracy.json: fresh %s = %v, want a share in (0,1]", name, v)
		}
	}
}

// TestKeepWhole checks which whole-check-part figures a new measurement
// keeps: none when it covers the check part itself, the replaced one's when
// that covered it, and what the replaced one kept otherwise.
func TestKeepWhole(t *testing.T) {
	whole := transform.Accuracy{Extractor: "transform/1.0.0", Passages: 3471, Labelled: 3474, Person: 0.92, PersonRole: 0.82, OfficeModality: 0.75}
	part := transform.Accuracy{Extractor: "transform/1.1.0", Passages: 796, Labelled: 3474, Person: 0.94, PersonRole: 0.86, OfficeModality: 0.79}
	kept := &transform.WholeAccuracy{Extractor: "transform/1.0.0", Passages: 3471, Person: 0.92, PersonRole: 0.82, OfficeModality: 0.75}
	partKept := part
	partKept.Whole = kept
	tests := []struct {
		name     string
		new, old transform.Accuracy
		want     *transform.WholeAccuracy
	}{
		{"whole replaces whole", whole, whole, nil},
		{"whole replaces part", whole, partKept, nil},
		{"part replaces whole", part, whole, kept},
		{"part replaces part that kept whole", part, partKept, kept},
		{"part with nothing before", part, transform.Accuracy{}, nil},
		{"no labelled count is whole", transform.Accuracy{Passages: 10}, whole, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.new
			a.KeepWhole(tt.old)
			if (a.Whole == nil) != (tt.want == nil) || a.Whole != nil && *a.Whole != *tt.want {
				t.Errorf("whole = %+v, want %+v", a.Whole, tt.want)
			}
		})
	}
}
