package eval

import "testing"

func TestScoreNames(t *testing.T) {
	docs := []NamesDoc{
		{ID: "a", Names: []string{"مجتبی جباری", "سید احمد خاتمی"}},
		{ID: "b", Names: nil},
	}
	got := map[string][]string{
		"a": {"جباری", "مجتبی جباری", "احمد خاتمی", "دکتر مجتبی جباری", "بهبود کیفیت", "جباری گفت"},
		"b": {"امنیت غذایی"},
	}
	s := ScoreNames(docs, func(d NamesDoc) []string { return got[d.ID] })
	if s.Extracted != 7 || s.People != 4 {
		t.Errorf("extracted %d, people %d, want 7 and 4 (not people: %v)", s.Extracted, s.People, s.NotPeople)
	}
	if want := 4.0 / 7; s.Precision != want {
		t.Errorf("precision %v, want %v", s.Precision, want)
	}
	if len(s.NotPeople) != 3 || s.NotPeople[2] != "b: امنیت غذایی" {
		t.Errorf("not people %v", s.NotPeople)
	}
}

func TestMergeByKey(t *testing.T) {
	p := Prediction{ID: "x", Violations: []Violation{
		{OfficeType: "bakery", Modality: "reported"},
		{OfficeType: "bakery", Modality: "reported", Sanction: "sealing", Count: 3},
		{OfficeType: "bakery", Modality: "reported", Sanction: "sealing"},
		{OfficeType: "guild_shop", Modality: "reported", Count: 12},
		{OfficeType: "guild_shop", Modality: "reported", Sanction: "referral"},
		{OfficeType: "bakery", Modality: "conditional"},
	}}
	got := MergeByKey(p).Violations
	var keys []string
	for _, v := range got {
		keys = append(keys, v.OfficeType+"/"+v.Modality+"/"+v.Sanction)
	}
	want := []string{"bakery/reported/sealing", "guild_shop/reported/referral", "bakery/conditional/"}
	if len(keys) != len(want) {
		t.Fatalf("got %v, want %v", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Errorf("got %v, want %v", keys, want)
			break
		}
	}
}

// TestMergeByKeyType checks the type an entry keeps after merging: the first
// specific one of its key in text order, the project's finer types first put in
// the guidelines' words.
func TestMergeByKeyType(t *testing.T) {
	tests := []struct {
		name  string
		types []string
		want  string
	}{
		{"first specific kept", []string{"overcharging", "hoarding"}, "overcharging"},
		{"other gives way to a specific type", []string{"other", "health_code"}, "health_code"},
		{"folded type is other", []string{"working_hours"}, "other"},
		{"folded type gives way", []string{"fuel_misuse", "unlicensed"}, "unlicensed"},
		{"service fee is overcharging", []string{"service_fee"}, "overcharging"},
		{"none stays none", []string{"", ""}, ""},
		{"a type after none", []string{"", "short_selling"}, "short_selling"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Prediction{ID: "x"}
			for _, vt := range tt.types {
				p.Violations = append(p.Violations, Violation{OfficeType: "bakery", Modality: "reported", Sanction: "sealing", ViolationType: vt})
			}
			got := MergeByKey(p).Violations
			if len(got) != 1 || got[0].ViolationType != tt.want {
				t.Errorf("types %v: got %+v, want one entry of type %q", tt.types, got, tt.want)
			}
		})
	}
}
