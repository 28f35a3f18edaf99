package transform_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"govwatch/transform"
	"govwatch/transform/eval"
)

// analyzeReal merges the predictions of a passage as the real set's
// guidelines annotate them.
func analyzeReal(d eval.Doc) eval.Prediction { return eval.MergeByKey(analyzeGold(d)) }

// TestRealShaped scores the extractors on passages written for govwatch in
// the shape of real portal text (lead first, agency style, bylines, kickers,
// glued words), annotated by the real set's guidelines. It is a regression
// test that CI runs without the real texts.
func TestRealShaped(t *testing.T) {
	set, err := eval.LoadReal("testdata/realshaped")
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if len(set.Docs) < 10 || len(set.MissingText) > 0 {
		t.Fatalf("%d passages with text, missing %v", len(set.Docs), set.MissingText)
	}
	rep := eval.Evaluate(set.Docs, analyzeReal)
	var b strings.Builder
	rep.WriteText(&b)
	t.Logf("real-shaped set:\n%s", b.String())
	if err := rep.Check(eval.RealThresholds()); err != nil {
		t.Error(err)
	}
}

// TestRealSet scores the extractors on the real set when its texts have been
// rebuilt on this machine (see testdata/real/README.md), and skips with one
// line when they are absent, as on CI. The check part must stay at or above
// the floors measured when the rules were last tuned, so that a change that
// loses ground on real text fails here.
func TestRealSet(t *testing.T) {
	set, err := eval.LoadReal("testdata/real")
	if errors.Is(err, eval.ErrNoTexts) {
		t.Skip("real set: passage texts absent (rebuild them as testdata/real/README.md says); skipped")
	}
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	for _, d := range set.Docs {
		// analyze --explain must name a rule for every output.
		a := transform.Analyze(transform.InputFromText(d.Text))
		for _, p := range a.People {
			if len(p.Rules) == 0 {
				t.Errorf("%s: person %q names no rule", d.ID, p.Name)
			}
		}
		for _, v := range a.Violations {
			if len(v.Rules) == 0 {
				t.Errorf("%s: violation %s/%s names no rule", d.ID, v.OfficeType, v.Modality)
			}
		}
	}
	for _, part := range []string{eval.PartTune, eval.PartCheck} {
		rep := eval.Evaluate(eval.Split(set.Docs, part), analyzeReal)
		var b strings.Builder
		rep.WriteText(&b)
		t.Logf("%s part:\n%s", part, b.String())
		if part != eval.PartCheck {
			continue
		}
		if err := rep.Check(realFloors); err != nil {
			t.Errorf("check part below its floors: %v", err)
		}
		if n := len(set.MissingText); n > 0 {
			// A partial rebuild measures a subset: it cannot confirm
			// the figures stated for the whole check part.
			t.Logf("%d passages without text: accuracy.json not compared", n)
			continue
		}
		// The figures the README and the report state must be these.
		acc := transform.MeasuredAccuracy()
		for _, f := range []struct {
			field    string
			want     float64
			interval [2]float64
		}{{eval.FieldPersonName, acc.Person, acc.PersonInterval}, {eval.FieldPersonRole, acc.PersonRole, acc.PersonRoleInterval},
			{eval.FieldOfficeModality, acc.OfficeModality, acc.OfficeModalityInterval},
			{eval.FieldOfficeModalityCount, acc.OfficeModalityCount, [2]float64{}},
			{eval.FieldSanction, acc.Sanction, [2]float64{}}, {eval.FieldModality, acc.Modality, [2]float64{}}} {
			got, _ := rep.Field(f.field)
			if f.interval != ([2]float64{}) && (math.Abs(got.F1Low-f.interval[0]) > 0.0005 || math.Abs(got.F1High-f.interval[1]) > 0.0005) {
				t.Errorf("accuracy.json states %s interval %.3f–%.3f, the check part measures %.3f–%.3f: run go run ./cmd/govwatch eval --write-accuracy transform/accuracy.json",
					f.field, f.interval[0], f.interval[1], got.F1Low, got.F1High)
			}
			if math.Abs(got.F1-f.want) > 0.0005 || rep.Docs != acc.Passages {
				t.Errorf("accuracy.json states %s %.3f on %d passages, the check part measures %.3f on %d: run go run ./cmd/govwatch eval --write-accuracy transform/accuracy.json and update the README",
					f.field, f.want, acc.Passages, got.F1, rep.Docs)
			}
		}
	}
}

// realFloors are the check-part figures last measured, rounded down, that a
// change must not fall below.
var realFloors = map[string]float64{
	eval.FieldPersonName:     0.85,
	eval.FieldPersonRole:     0.68,
	eval.FieldOfficeModality: 0.68,
}

// BenchmarkAnalyzeRealPassages analyses every real passage whose text is on
// the machine (see testdata/real/README.md) and reports the time per passage;
// it skips without them.
func BenchmarkAnalyzeRealPassages(b *testing.B) {
	set, err := eval.LoadReal("testdata/real")
	if err != nil {
		b.Skipf("real set: %v", err)
	}
	ins := make([]transform.Input, len(set.Docs))
	size := 0
	for i, d := range set.Docs {
		ins[i] = transform.InputFromText(d.Text)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, in := range ins {
			transform.Analyze(in)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ins))/1e6, "ms/passage")
	b.ReportMetric(float64(size)/float64(len(ins)), "bytes/passage")
}

// TestRealPassagesAsPages analyses every real passage on the machine as a
// crawled page gives it (the first line of five words or more as the title,
// the other lines as paragraphs, the portal's dates and place), the shape in
// which a headline's titles are read apart, and checks that no passage makes
// Analyze panic and that every person it finds has a name. It skips without
// the texts.
func TestRealPassagesAsPages(t *testing.T) {
	set, err := eval.LoadReal("testdata/real")
	if err != nil {
		t.Skipf("real set: %v", err)
	}
	for _, d := range set.Docs {
		in := transform.Input{Registered: "1397/08/15", Occurred: "1397/08/15", Province: d.Province, County: d.County}
		for _, line := range strings.Split(d.Text, "\n") {
			line = strings.TrimSpace(line)
			switch {
			case line == "":
			case in.Title == "" && len(strings.Fields(line)) >= 5:
				in.Title = line
			default:
				in.Paragraphs = append(in.Paragraphs, line)
			}
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: Analyze panicked: %v", d.ID, r)
				}
			}()
			for _, p := range transform.Analyze(in).People {
				if strings.TrimSpace(p.Name) == "" {
					t.Errorf("%s: a person with no name", d.ID)
				}
			}
		}()
	}
}
