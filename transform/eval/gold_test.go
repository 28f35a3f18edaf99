package eval_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/transform/eval"
)

const goodLine = `{"id":"a1","source_style":"fars_county","province":"فارس","county":"کوار","title":"t","paragraphs":["p"],"registered":"1397/8/15","occurred":null,` +
	`"people":[{"name":"ناهید","role":"معاون","organization":null}],` +
	`"violations":[{"office_type":"bakery","office_label":"نانوایی","violation_type":null,"sanction":"sealing","count":3,"modality":"reported","speaker":null}]}`

func TestReadGold(t *testing.T) {
	docs, err := eval.ReadGold(strings.NewReader(goodLine + "\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []eval.Doc{{
		ID: "a1", SourceStyle: "fars_county", Province: "فارس", County: "کوار", Title: "t",
		Paragraphs: []string{"p"}, Registered: "1397/8/15",
		People:     []eval.Person{{Name: "ناهید", Role: "معاون"}},
		Violations: []eval.Violation{{OfficeType: "bakery", OfficeLabel: "نانوایی", Sanction: "sealing", Count: 3, Modality: "reported"}},
	}}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("ReadGold mismatch (-want +got):\n%s", diff)
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		line     int
		field    string
		sentinel error
	}{
		{"bad json", goodLine + "\n{", 2, "", nil},
		{"unknown field", strings.Replace(goodLine, `"title"`, `"titel"`, 1), 1, "titel", nil},
		{"wrong type", strings.Replace(goodLine, `"count":3`, `"count":"3"`, 1), 1, "violations.count", nil},
		{"missing id", strings.Replace(goodLine, `"id":"a1"`, `"id":""`, 1), 1, "id", eval.ErrMissing},
		{"no paragraphs", strings.Replace(goodLine, `["p"]`, `[]`, 1), 1, "paragraphs", eval.ErrMissing},
		{"empty name", strings.Replace(goodLine, `"name":"ناهید"`, `"name":" "`, 1), 1, "people[0].name", eval.ErrMissing},
		{"bad office", strings.Replace(goodLine, `"bakery"`, `"bakeries"`, 1), 1, "violations[0].office_type", eval.ErrBadCode},
		{"bad sanction", strings.Replace(goodLine, `"sealing"`, `"seal"`, 1), 1, "violations[0].sanction", eval.ErrBadCode},
		{"null modality", strings.Replace(goodLine, `"reported"`, `null`, 1), 1, "violations[0].modality", eval.ErrMissing},
		{"negative count", strings.Replace(goodLine, `"count":3`, `"count":-1`, 1), 1, "violations[0].count", eval.ErrBadValue},
		{"duplicate id", goodLine + "\n" + goodLine, 2, "id", eval.ErrDuplicateID},
		{"two values", goodLine + " {}", 1, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := eval.ReadGold(strings.NewReader(tt.input))
			var ge *eval.GoldError
			if !errors.As(err, &ge) {
				t.Fatalf("ReadGold error = %v, want *GoldError", err)
			}
			if ge.Line != tt.line || ge.Field != tt.field {
				t.Errorf("error at line %d field %q, want line %d field %q (%v)", ge.Line, ge.Field, tt.line, tt.field, err)
			}
			if tt.sentinel != nil && !errors.Is(err, tt.sentinel) {
				t.Errorf("error %v does not wrap %v", err, tt.sentinel)
			}
		})
	}
}

func TestLoadGoldMissingFile(t *testing.T) {
	if _, err := eval.LoadGold(t.TempDir() + "/none.jsonl"); err == nil {
		t.Fatal("LoadGold of a missing file returned no error")
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(goodLine)
	f.Add(goodLine + "\n" + goodLine)
	f.Add(`{"id":"x","paragraphs":["p"],"violations":[{"office_type":"bakery","modality":"denied","count":null}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := eval.ReadGold(strings.NewReader(s))
		if err != nil {
			var ge *eval.GoldError
			if !errors.As(err, &ge) && !strings.HasPrefix(err.Error(), "read gold") {
				t.Errorf("error %v is neither a GoldError nor a read error", err)
			}
			return
		}
		seen := make(map[string]bool)
		for _, d := range docs {
			if d.ID == "" || len(d.Paragraphs) == 0 || seen[d.ID] {
				t.Errorf("accepted an invalid document %+v", d)
			}
			seen[d.ID] = true
		}
	})
}
