package eval_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/transform/eval"
)

var goldDoc = eval.Doc{
	ID:         "d1",
	Paragraphs: []string{"متن"},
	People: []eval.Person{
		{Name: "محمد رضایی", Role: "فرماندار", Organization: "فرمانداری شهرستان بوکان"},
		{Name: "کریمی", Role: "دادستان عمومی و انقلاب", Organization: "دادسرای عمومی و انقلاب شهرستان بوکان"},
	},
	Violations: []eval.Violation{
		{OfficeType: "bakery", ViolationType: "subsidised_flour", Sanction: "sealing", Count: 12, Modality: "reported", Speaker: "محمد رضایی"},
		{OfficeType: "government_counter", Sanction: "licence_revocation", Modality: "conditional", Speaker: "کریمی"},
	},
}

// counts is (gold, predicted, matched) of one field.
type counts [3]int

func fieldCounts(r eval.Report) map[string]counts {
	m := make(map[string]counts)
	for _, f := range r.Fields {
		m[f.Field] = counts{f.Gold, f.Predicted, f.Matched}
	}
	return m
}

func TestScore(t *testing.T) {
	perfect := eval.Prediction{ID: "d1", People: goldDoc.People, Violations: goldDoc.Violations}
	tests := []struct {
		name string
		pred []eval.Prediction
		want map[string]counts
	}{
		{
			name: "perfect",
			pred: []eval.Prediction{perfect},
			want: map[string]counts{
				eval.FieldPersonName: {2, 2, 2}, eval.FieldPersonRole: {2, 2, 2}, eval.FieldPersonOrganization: {2, 2, 2},
				eval.FieldOfficeType: {2, 2, 2}, eval.FieldOfficeModality: {2, 2, 2}, eval.FieldOfficeModalityCount: {2, 2, 2}, eval.FieldViolationType: {1, 1, 1},
				eval.FieldSanction: {2, 2, 2}, eval.FieldModality: {2, 2, 2}, eval.FieldSpeaker: {2, 2, 2}, eval.FieldViolation: {2, 2, 2},
			},
		},
		{
			name: "nothing predicted",
			pred: nil,
			want: map[string]counts{
				eval.FieldPersonName: {2, 0, 0}, eval.FieldPersonRole: {2, 0, 0}, eval.FieldPersonOrganization: {2, 0, 0},
				eval.FieldOfficeType: {2, 0, 0}, eval.FieldOfficeModality: {2, 0, 0}, eval.FieldOfficeModalityCount: {2, 0, 0}, eval.FieldViolationType: {1, 0, 0},
				eval.FieldSanction: {2, 0, 0}, eval.FieldModality: {2, 0, 0}, eval.FieldSpeaker: {2, 0, 0}, eval.FieldViolation: {2, 0, 0},
			},
		},
		{
			name: "one person missing, wrong role, wrong modality",
			pred: []eval.Prediction{{ID: "d1",
				People: []eval.Person{{Name: "محمد رضایی", Role: "معاون", Organization: "فرمانداری شهرستان بوکان"}},
				Violations: []eval.Violation{
					{OfficeType: "bakery", ViolationType: "subsidised_flour", Sanction: "sealing", Modality: "reported", Speaker: "محمد رضایی"},
					{OfficeType: "government_counter", Sanction: "licence_revocation", Modality: "reported", Speaker: "کریمی"},
				}}},
			want: map[string]counts{
				eval.FieldPersonName: {2, 1, 1}, eval.FieldPersonRole: {2, 1, 0}, eval.FieldPersonOrganization: {2, 1, 1},
				eval.FieldOfficeType: {2, 2, 2}, eval.FieldOfficeModality: {2, 2, 1}, eval.FieldOfficeModalityCount: {2, 2, 0}, eval.FieldViolationType: {1, 1, 1},
				eval.FieldSanction: {2, 2, 2}, eval.FieldModality: {2, 2, 1}, eval.FieldSpeaker: {2, 2, 2}, eval.FieldViolation: {2, 2, 1},
			},
		},
		{
			name: "extra and duplicated items",
			pred: []eval.Prediction{{ID: "d1",
				People: append(append([]eval.Person{}, goldDoc.People...),
					eval.Person{Name: "محمد رضایی", Role: "فرماندار", Organization: "فرمانداری شهرستان بوکان"},
					eval.Person{Name: "اصناف"}),
				Violations: append(append([]eval.Violation{}, goldDoc.Violations...),
					eval.Violation{OfficeType: "bakery", Modality: "reported"}),
			}},
			want: map[string]counts{
				eval.FieldPersonName: {2, 4, 2}, eval.FieldPersonRole: {2, 4, 2}, eval.FieldPersonOrganization: {2, 4, 2},
				eval.FieldOfficeType: {2, 3, 2}, eval.FieldOfficeModality: {2, 3, 2}, eval.FieldOfficeModalityCount: {2, 3, 2}, eval.FieldViolationType: {1, 1, 1},
				eval.FieldSanction: {2, 2, 2}, eval.FieldModality: {2, 3, 2}, eval.FieldSpeaker: {2, 2, 2}, eval.FieldViolation: {2, 3, 2},
			},
		},
		{
			name: "normalisation variants",
			pred: []eval.Prediction{{ID: "d1",
				People: []eval.Person{
					{Name: "دکتر محمد رضايي", Role: "فرماندار", Organization: "فرمانداري شهرستان بوكان"},
					{Name: "حجت‌الاسلام کریمی", Role: "دادستان عمومی‌و‌انقلاب", Organization: "دادسرای عمومی و انقلاب شهرستان  بوکان"},
				},
				Violations: []eval.Violation{
					{OfficeType: " Bakery ", ViolationType: "subsidised_flour", Sanction: "sealing", Modality: "REPORTED", Speaker: "مهندس محمد رضايے"},
					{OfficeType: "government_counter", Sanction: "licence_revocation", Modality: "conditional", Speaker: "كريمي"},
				}}},
			want: map[string]counts{
				eval.FieldPersonName: {2, 2, 2}, eval.FieldPersonRole: {2, 2, 2}, eval.FieldPersonOrganization: {2, 2, 2},
				eval.FieldOfficeType: {2, 2, 2}, eval.FieldOfficeModality: {2, 2, 2}, eval.FieldOfficeModalityCount: {2, 2, 1}, eval.FieldViolationType: {1, 1, 1},
				eval.FieldSanction: {2, 2, 2}, eval.FieldModality: {2, 2, 2}, eval.FieldSpeaker: {2, 2, 2}, eval.FieldViolation: {2, 2, 2},
			},
		},
		{
			name: "split predictions are merged",
			pred: []eval.Prediction{
				{ID: "d1", People: goldDoc.People},
				{ID: "d1", Violations: goldDoc.Violations},
			},
			want: map[string]counts{
				eval.FieldPersonName: {2, 2, 2}, eval.FieldPersonRole: {2, 2, 2}, eval.FieldPersonOrganization: {2, 2, 2},
				eval.FieldOfficeType: {2, 2, 2}, eval.FieldOfficeModality: {2, 2, 2}, eval.FieldOfficeModalityCount: {2, 2, 2}, eval.FieldViolationType: {1, 1, 1},
				eval.FieldSanction: {2, 2, 2}, eval.FieldModality: {2, 2, 2}, eval.FieldSpeaker: {2, 2, 2}, eval.FieldViolation: {2, 2, 2},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := eval.Score([]eval.Doc{goldDoc}, tt.pred)
			if diff := cmp.Diff(tt.want, fieldCounts(r)); diff != "" {
				t.Errorf("counts (gold, pred, matched) mismatch (-want +got):\n%s", diff)
			}
			if r.Docs != 1 {
				t.Errorf("Docs = %d, want 1", r.Docs)
			}
		})
	}
}

func TestScoreRatios(t *testing.T) {
	pred := []eval.Prediction{{ID: "d1", People: []eval.Person{
		{Name: "محمد رضایی", Role: "فرماندار"}, {Name: "احمدی"}, {Name: "صادقی"},
	}}}
	r := eval.Score([]eval.Doc{goldDoc}, pred)
	got, ok := r.Field(eval.FieldPersonName)
	if !ok {
		t.Fatal("no person_name field")
	}
	f1 := 2 * (1.0 / 3) * 0.5 / (1.0/3 + 0.5)
	// One document resampled is always itself: the interval is the point.
	want := eval.FieldScore{Field: eval.FieldPersonName, Gold: 2, Predicted: 3, Matched: 1,
		Precision: 1.0 / 3, Recall: 0.5, F1: f1, F1Low: f1, F1High: f1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("person_name score mismatch (-want +got):\n%s", diff)
	}
}

func TestScoreEmptySides(t *testing.T) {
	empty := eval.Doc{ID: "e", Paragraphs: []string{"جلسه"}}
	tests := []struct {
		name                 string
		pred                 eval.Prediction
		wantP, wantR, wantF1 float64
	}{
		{"nothing to find, nothing found", eval.Prediction{ID: "e"}, 1, 1, 1},
		{"nothing to find, something found", eval.Prediction{ID: "e", People: []eval.Person{{Name: "الف"}}}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := eval.Score([]eval.Doc{empty}, []eval.Prediction{tt.pred}).Field(eval.FieldPersonName)
			if f.Precision != tt.wantP || f.Recall != tt.wantR || f.F1 != tt.wantF1 {
				t.Errorf("P/R/F1 = %v/%v/%v, want %v/%v/%v", f.Precision, f.Recall, f.F1, tt.wantP, tt.wantR, tt.wantF1)
			}
		})
	}
}

func TestScoreIDs(t *testing.T) {
	other := eval.Doc{ID: "d2", Paragraphs: []string{"x"}}
	r := eval.Score([]eval.Doc{goldDoc, other}, []eval.Prediction{{ID: "d2"}, {ID: "zz"}})
	if diff := cmp.Diff([]string{"d1"}, r.MissingIDs); diff != "" {
		t.Errorf("MissingIDs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"zz"}, r.UnknownIDs); diff != "" {
		t.Errorf("UnknownIDs (-want +got):\n%s", diff)
	}
	if r.Docs != 2 {
		t.Errorf("Docs = %d, want 2", r.Docs)
	}
}

func TestMismatches(t *testing.T) {
	pred := []eval.Prediction{{ID: "d1", People: []eval.Person{goldDoc.People[0], {Name: "اصناف"}}, Violations: goldDoc.Violations}}
	r := eval.Score([]eval.Doc{goldDoc}, pred)
	var got []eval.Mismatch
	for _, m := range r.Mismatches {
		if m.Field == eval.FieldPersonName {
			got = append(got, m)
		}
	}
	want := []eval.Mismatch{
		{DocID: "d1", Field: eval.FieldPersonName, Kind: "missed", Key: eval.FoldName("کریمی")},
		{DocID: "d1", Field: eval.FieldPersonName, Kind: "spurious", Key: eval.FoldName("اصناف")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("person_name mismatches (-want +got):\n%s", diff)
	}
}

func TestEvaluate(t *testing.T) {
	var seen []string
	r := eval.Evaluate([]eval.Doc{goldDoc}, func(d eval.Doc) eval.Prediction {
		seen = append(seen, d.ID)
		return eval.Prediction{People: d.People, Violations: d.Violations}
	})
	if diff := cmp.Diff([]string{"d1"}, seen); diff != "" {
		t.Errorf("analyzer calls (-want +got):\n%s", diff)
	}
	for _, f := range r.Fields {
		if f.F1 != 1 {
			t.Errorf("field %s: F1 = %v, want 1", f.Field, f.F1)
		}
	}
}

func TestCheck(t *testing.T) {
	r := eval.Score([]eval.Doc{goldDoc}, []eval.Prediction{{ID: "d1", People: goldDoc.People}})
	if err := r.Check(map[string]float64{eval.FieldPersonRole: 0.9}); err != nil {
		t.Errorf("Check(person_role) = %v, want nil", err)
	}
	err := r.Check(eval.DefaultThresholds())
	if !errors.Is(err, eval.ErrBelowThreshold) {
		t.Fatalf("Check(defaults) = %v, want ErrBelowThreshold", err)
	}
	var te *eval.ThresholdError
	if !errors.As(err, &te) || te.Field != eval.FieldOfficeModality || te.F1 != 0 {
		t.Errorf("Check(defaults) = %v, want office_type_modality at 0", err)
	}
	if err := r.Check(map[string]float64{"no_such_field": 0.5}); err == nil {
		t.Error("Check of an unknown field returned nil")
	}
}

func TestWriteText(t *testing.T) {
	r := eval.Score([]eval.Doc{goldDoc}, []eval.Prediction{{ID: "d1", People: goldDoc.People}})
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if got, want := len(lines), 1+11+1; got != want {
		t.Fatalf("got %d lines, want %d:\n%s", got, want, b.String())
	}
	col := strings.Index(lines[0], "f1")
	for _, l := range lines[1:12] {
		if !strings.HasSuffix(strings.TrimRight(l, " "), "1.000") && !strings.HasSuffix(strings.TrimRight(l, " "), "0.000") {
			t.Errorf("row %q does not end in an F1 value", l)
		}
		if strings.Index(l, ".") > col {
			t.Errorf("row %q is not aligned under the header", l)
		}
	}
	if !strings.Contains(b.String(), "person_role") || !strings.Contains(lines[12], "documents: 1") {
		t.Errorf("report text misses fields or totals:\n%s", b.String())
	}
}

// TestScoreInterval checks the bootstrap interval over documents: it holds
// F1, is wider for fewer documents, does not move between runs, and is a
// point when every document is scored alike.
func TestScoreInterval(t *testing.T) {
	corpus := func(n int) ([]eval.Doc, []eval.Prediction) {
		var gold []eval.Doc
		var pred []eval.Prediction
		for i := range n {
			id := fmt.Sprintf("d%d", i)
			gold = append(gold, eval.Doc{ID: id, People: []eval.Person{{Name: "محمد رضایی"}, {Name: "علی احمدی"}}})
			p := eval.Prediction{ID: id, People: []eval.Person{{Name: "محمد رضایی"}}}
			if i%3 == 0 {
				p.People = append(p.People, eval.Person{Name: "علی احمدی"})
			}
			pred = append(pred, p)
		}
		return gold, pred
	}
	width := func(n int) float64 {
		gold, pred := corpus(n)
		f, _ := eval.Score(gold, pred).Field(eval.FieldPersonName)
		if !(f.F1Low < f.F1 && f.F1 < f.F1High) {
			t.Errorf("%d docs: interval %.3f–%.3f does not hold F1 %.3f inside", n, f.F1Low, f.F1High, f.F1)
		}
		again, _ := eval.Score(gold, pred).Field(eval.FieldPersonName)
		if again != f {
			t.Errorf("%d docs: a second score differs: %+v, then %+v", n, f, again)
		}
		return f.F1High - f.F1Low
	}
	if small, large := width(30), width(900); !(large < small) {
		t.Errorf("interval over 900 docs (%.3f) is not narrower than over 30 (%.3f)", large, small)
	}
	gold, _ := corpus(50)
	var exact []eval.Prediction
	for _, d := range gold {
		exact = append(exact, eval.Prediction{ID: d.ID, People: d.People})
	}
	if f, _ := eval.Score(gold, exact).Field(eval.FieldPersonName); f.F1Low != 1 || f.F1High != 1 {
		t.Errorf("all right: interval %.3f–%.3f, want 1–1", f.F1Low, f.F1High)
	}
}

// TestScoreByOfficeType checks the office_type_modality score split by
// office type: each type counts its own gold and predicted items, a type
// only one side names still has a row, and the rows add up to the field.
func TestScoreByOfficeType(t *testing.T) {
	gold := []eval.Doc{
		goldDoc,
		{ID: "d2", Violations: []eval.Violation{{OfficeType: "bakery", Modality: "reported"}, {OfficeType: "guild_shop", Modality: "conditional"}}},
	}
	pred := []eval.Prediction{
		{ID: "d1", Violations: []eval.Violation{{OfficeType: "bakery", Modality: "reported"}, {OfficeType: "bakery", Modality: "conditional"}}},
		{ID: "d2", Violations: []eval.Violation{{OfficeType: "bakery", Modality: "conditional"}, {OfficeType: "pharmacy", Modality: "reported"}}},
	}
	r := eval.Score(gold, pred)
	got := map[string]counts{}
	var order []string
	for _, f := range r.ByOfficeType {
		got[f.Field] = counts{f.Gold, f.Predicted, f.Matched}
		order = append(order, f.Field)
	}
	want := map[string]counts{
		"bakery":             {2, 3, 1},
		"government_counter": {1, 0, 0},
		"guild_shop":         {1, 0, 0},
		"pharmacy":           {0, 1, 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ByOfficeType counts (-want +got):\n%s", diff)
	}
	if order[0] != "bakery" {
		t.Errorf("rows in order %v, want the most gold items first", order)
	}
	var sum counts
	for _, c := range got {
		sum = counts{sum[0] + c[0], sum[1] + c[1], sum[2] + c[2]}
	}
	if field := fieldCounts(r)[eval.FieldOfficeModality]; sum != field {
		t.Errorf("rows add up to %v, the field is %v", sum, field)
	}
	var b strings.Builder
	if err := r.WriteByOfficeType(&b); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(b.String()), "\n"); len(lines) != 1+4 || !strings.Contains(lines[1], "bakery") {
		t.Errorf("by-office table:\n%s", b.String())
	}
	b.Reset()
	if err := eval.Score([]eval.Doc{{ID: "p"}}, nil).WriteByOfficeType(&b); err != nil || b.Len() != 0 {
		t.Errorf("with no violation scored, wrote %q (err %v), want nothing", b.String(), err)
	}
}
