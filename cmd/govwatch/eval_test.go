package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govwatch/transform/eval"
)

// TestEvalBatch scores one batch of a real-shaped set whole, both parts: the
// passages with the prefix and no other, in text and in JSON, and refuses a
// prefix no passage has and flags that do not go with it.
func TestEvalBatch(t *testing.T) {
	const dir = "../../transform/testdata/realshaped"
	set, err := eval.LoadReal(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, d := range set.Docs {
		if strings.HasPrefix(d.ID, "rs0") {
			want++
		}
	}
	if want == 0 || want == len(set.Docs) {
		t.Fatalf("fixture: %d of %d passages start with rs0; the test needs some and not all", want, len(set.Docs))
	}

	var out bytes.Buffer
	if err := execute(t.Context(), []string{"eval", "--real", dir, "--batch", "rs0"}, &out, &out); err != nil {
		t.Fatalf("eval --batch: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "both parts") || !strings.Contains(out.String(), "person_role") {
		t.Errorf("output names neither the batch nor the fields:\n%s", out.String())
	}

	out.Reset()
	if err := execute(t.Context(), []string{"eval", "--real", dir, "--batch", "rs0", "--json"}, &out, &out); err != nil {
		t.Fatalf("eval --batch --json: %v", err)
	}
	var rep eval.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("no JSON report: %v\n%.300s", err, out.String())
	}
	if rep.Docs != want {
		t.Errorf("scored %d passages, want the %d whose id starts with rs0", rep.Docs, want)
	}
	if f, ok := rep.Field(eval.FieldPersonName); !ok || f.Gold == 0 || f.F1Low > f.F1 || f.F1 > f.F1High {
		t.Errorf("person_name score %+v: no gold items or F1 outside its interval", f)
	}

	for _, args := range [][]string{
		{"eval", "--real", dir, "--batch", "zz"},
		{"eval", "--real", dir, "--batch", "r"}, // «r» is not the batch of «rs01»
		{"eval", "--real", dir, "--batch", "rs0", "--errors", "tune"},
	} {
		out.Reset()
		if err := execute(t.Context(), args, &out, &out); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// TestEvalBatchWithoutTexts runs --batch on a machine that has rebuilt the
// texts of other batches only: one line says the batch was skipped, as eval
// says of a set with no texts, and the run succeeds.
func TestEvalBatchWithoutTexts(t *testing.T) {
	const from = "../../transform/testdata/realshaped"
	dir := t.TempDir()
	labels, err := os.ReadFile(filepath.Join(from, "realshaped.labels.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "realshaped.labels.jsonl"), labels, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "texts"), 0o755); err != nil {
		t.Fatal(err)
	}
	texts, err := filepath.Glob(filepath.Join(from, "texts", "rs1*.txt"))
	if err != nil || len(texts) == 0 {
		t.Fatalf("fixture: no text rs1*: %v", err)
	}
	for _, f := range texts {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "texts", filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := execute(t.Context(), []string{"eval", "--real", dir, "--batch", "rs0"}, &out, &out); err != nil {
		t.Fatalf("eval --batch rs0 without its texts: %v\n%s", err, out.String())
	}
	if got := out.String(); !strings.HasPrefix(got, "real set skipped: batch rs0 has 9 labelled passages") || strings.Count(got, "\n") != 1 {
		t.Errorf("want one line saying the batch's 9 texts are missing, got:\n%s", got)
	}
	if err := execute(t.Context(), []string{"eval", "--real", dir, "--batch", "zz"}, &out, &out); err == nil {
		t.Errorf("--batch zz, a prefix no passage has: no error")
	}
}

// TestEvalAgreement scores a second annotation against the set's labels: four
// passages annotated again, the same but for one role, agree on every name
// and on all roles but that one; a passage the set does not hold is an error
// naming it.
func TestEvalAgreement(t *testing.T) {
	const dir = "../../transform/testdata/realshaped"
	var out bytes.Buffer
	if err := execute(t.Context(), []string{"eval", "--real", dir, "--agreement", "testdata/agreement_second.jsonl", "--json"}, &out, &out); err != nil {
		t.Fatalf("eval --agreement: %v\n%s", err, out.String())
	}
	var rep eval.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("no JSON report: %v\n%.300s", err, out.String())
	}
	if rep.Docs != 4 {
		t.Errorf("scored %d passages, want the 4 of the second annotation", rep.Docs)
	}
	names, _ := rep.Field(eval.FieldPersonName)
	roles, _ := rep.Field(eval.FieldPersonRole)
	if names.Gold == 0 || names.F1 != 1 {
		t.Errorf("names: %+v, want every name agreed", names)
	}
	if roles.Matched != roles.Gold-1 || roles.Predicted != roles.Gold {
		t.Errorf("roles: %+v, want all but one of %d agreed", roles, roles.Gold)
	}

	bad := filepath.Join(t.TempDir(), "second.jsonl")
	if err := os.WriteFile(bad, []byte(`{"id": "zz99", "people": [], "violations": []}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	err := execute(t.Context(), []string{"eval", "--real", dir, "--agreement", bad}, &out, &out)
	if err == nil || !strings.Contains(err.Error(), "zz99") {
		t.Errorf("a passage the set does not hold: error %v, want one naming zz99", err)
	}
}

// TestReadAccuracyKeepsFresh checks that rewriting the accuracy file keeps
// the fresh batches' figures, which no single measurement can redo.
func TestReadAccuracyKeepsFresh(t *testing.T) {
	dir := t.TempDir()
	if a, err := readAccuracy(filepath.Join(dir, "missing.json")); err != nil || a.Fresh != nil {
		t.Fatalf("missing file: %+v, %v; want an empty accuracy", a, err)
	}
	path := filepath.Join(dir, "accuracy.json")
	if err := os.WriteFile(path, []byte(`{"extractor":"transform/0.1","fresh":{"batches":"x","passages":60,"person":0.8,"person_role":0.6,"office_type_modality":0.7,"command":"c"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := readAccuracy(path)
	if err != nil {
		t.Fatal(err)
	}
	if a.Fresh == nil || a.Fresh.Passages != 60 || a.Fresh.PersonRole != 0.6 {
		t.Errorf("fresh = %+v, want the file's block", a.Fresh)
	}
	if err := os.WriteFile(path, []byte(`{"extractor":`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readAccuracy(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("broken file: error %v, want one naming %s", err, path)
	}
}

func TestInBatch(t *testing.T) {
	tests := []struct {
		id, prefix string
		want       bool
	}{
		{"se001", "se", true},
		{"seed", "se", false}, // the seed passage is no passage of batch «se»
		{"rd_007", "rd", true},
		{"rs01", "rs0", true},
		{"rs10", "rs0", false},
		{"sh", "sh", true},
		{"qa001", "qb", false},
	}
	for _, tt := range tests {
		if got := inBatch(tt.id, tt.prefix); got != tt.want {
			t.Errorf("inBatch(%q, %q) = %v, want %v", tt.id, tt.prefix, got, tt.want)
		}
	}
}
