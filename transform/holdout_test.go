package transform_test

import (
	"strings"
	"testing"

	"govwatch/transform/eval"
)

const holdoutPath = "testdata/eval/holdout.jsonl"

// TestHoldoutScores scores Analyze on the first held-out corpus and logs
// the scores without failing. That corpus has been used for error analysis
// in full since extractor 1.3.0 (office type+modality F1 0.933 then) and no
// longer measures generalisation; holdout2.jsonl is the untouched test set,
// scored only in aggregate with «govwatch eval». It fails only when the
// corpus cannot be read or scored.
func TestHoldoutScores(t *testing.T) {
	gold, err := eval.LoadGold(holdoutPath)
	if err != nil {
		t.Fatalf("load holdout: %v", err)
	}
	if len(gold) != 50 {
		t.Fatalf("holdout has %d articles, want 50", len(gold))
	}
	rep := eval.Evaluate(gold, analyzeGold)
	if _, ok := rep.Field(eval.FieldOfficeModality); !ok {
		t.Fatalf("report lacks %s", eval.FieldOfficeModality)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatalf("write report: %v", err)
	}
	t.Logf("scores on %s (not enforced):\n%s", holdoutPath, b.String())
}
