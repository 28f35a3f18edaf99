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
