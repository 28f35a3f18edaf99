package transform_test

import (
	"strings"
	"testing"

	"govwatch/transform"
	"govwatch/transform/eval"
)

const goldPath = "testdata/eval/gold.jsonl"

// analyzeGold adapts transform.Analyze to the scorer, as govwatch eval does. The corpus has one
// entry per distinct sanction of a clause, so a violation that states
// several sanctions becomes one prediction per sanction.
func analyzeGold(d eval.Doc) eval.Prediction {
	in := transform.Input{
		Title:      d.Title,
		Paragraphs: d.Paragraphs,
		Registered: d.Registered,
		Occurred:   d.Occurred,
		Province:   d.Province,
		County:     d.County,
	}
	if d.Text != "" {
		// A real passage is text copied from a page; its place is an
		// annotation, not input.
		in = transform.InputFromText(d.Text)
	}
	a := transform.Analyze(in)
	p := eval.Prediction{ID: d.ID}
	for _, x := range a.People {
		p.People = append(p.People, eval.Person{Name: x.Name, Role: x.Role, Organization: x.Organization})
	}
	for _, v := range a.Violations {
		ev := eval.Violation{
			OfficeType:    v.OfficeType,
			OfficeLabel:   v.OfficeText,
			ViolationType: v.ViolationType,
			Count:         v.Count,
			Modality:      v.Modality,
			Speaker:       v.Speaker,
		}
		if len(v.Sanctions) == 0 {
			p.Violations = append(p.Violations, ev)
			continue
		}
		for _, s := range v.Sanctions {
			ev.Sanction = s
			p.Violations = append(p.Violations, ev)
		}
	}
	return p
}

// TestEvalThresholds scores Analyze on the annotated corpus and fails when
// person+role or office type+modality falls below eval.DefaultThresholds.
func TestEvalThresholds(t *testing.T) {
	gold, err := eval.LoadGold(goldPath)
	if err != nil {
		t.Fatalf("load gold: %v", err)
	}
	if len(gold) == 0 {
		t.Fatal("gold corpus is empty")
	}
	rep := eval.Evaluate(gold, analyzeGold)
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatalf("write report: %v", err)
	}
	t.Logf("scores on %s:\n%s", goldPath, b.String())
	if err := rep.Check(eval.DefaultThresholds()); err != nil {
		t.Errorf("extractor below thresholds: %v", err)
	}
}
