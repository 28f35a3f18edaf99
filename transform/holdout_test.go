package transform_test

import (
	"strings"
	"testing"

	"govwatch/transform/eval"
)

const holdoutPath = "testdata/eval/holdout.jsonl"

// TestHoldoutScores scores Analyze on the held-out corpus and logs the
// scores without failing: the rules were never tuned on the test half of
// that corpus (h026–h050), whose office type+modality F1 (0.857 with
// extractor 1.2.0) is still below eval.DefaultThresholds, so no threshold
// is enforced here. It fails only when the corpus cannot be read or scored.
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
