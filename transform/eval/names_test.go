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
