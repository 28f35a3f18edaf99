package transform

import (
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// TestRuleBook runs every rule's examples: each rule needs at least one, has a
// well-formed unique name and a purpose, and fires on every example it gives.
func TestRuleBook(t *testing.T) {
	name := regexp.MustCompile(`^[a-z]+(-[a-z]+)+$`)
	seen := map[string]bool{}
	rules := Rules()
	if len(rules) < 20 {
		t.Fatalf("rule book has %d rules, want the extractors' rules in it", len(rules))
	}
	for _, r := range rules {
		t.Run(r.Name, func(t *testing.T) {
			if !name.MatchString(r.Name) {
				t.Errorf("name %q is not lower-case words joined by hyphens", r.Name)
			}
			if seen[r.Name] {
				t.Errorf("name %q declared twice", r.Name)
			}
			seen[r.Name] = true
			if r.Purpose == "" {
				t.Error("no purpose")
			}
			if len(r.Examples) == 0 {
				t.Fatal("no example sentence: every rule needs one that the test runs")
			}
			for _, ex := range r.Examples {
				a := Analyze(InputFromText(ex))
				all := slices.Clone(a.Trace)
				for _, p := range a.People {
					all = append(all, p.Rules...)
				}
				for _, v := range a.Violations {
					all = append(all, v.Rules...)
				}
				for _, h := range all {
					if h.Start >= h.End {
						t.Errorf("%q: rule %s fired on the empty or backward span %d..%d", ex, h.Rule, h.Start, h.End)
					}
				}
				fired := slices.ContainsFunc(all, func(h RuleHit) bool { return h.Rule == r.Name })
				if !fired {
					var got []string
					for _, h := range all {
						got = append(got, h.Rule)
					}
					t.Errorf("does not fire on its example %q; fired: %v", ex, got)
				}
			}
		})
	}
}

// TestEveryOutputNamesARule checks on the golden articles that every person and
// every violation names at least one rule that produced it, with a span inside
// the body.
func TestEveryOutputNamesARule(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*", "input.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("golden inputs: %v (%d found)", err, len(inputs))
	}
	for _, in := range inputs {
		c := struct{ name string }{filepath.Base(filepath.Dir(in))}
		a := Analyze(readCase(t, in))
		body := []rune(a.Body)
		check := func(what string, hits []RuleHit) {
			if len(hits) == 0 {
				t.Errorf("%s: %s names no rule", c.name, what)
			}
			for _, h := range hits {
				in := body
				if h.InTitle {
					in = []rune(a.Title)
				}
				if h.Start < 0 || h.End > len(in) || h.Start >= h.End || string(in[h.Start:h.End]) != h.Text {
					t.Errorf("%s: %s: rule %s has span %d..%d %q not in the body", c.name, what, h.Rule, h.Start, h.End, h.Text)
				}
			}
		}
		for _, p := range a.People {
			check("person "+p.Name, p.Rules)
		}
		for _, v := range a.Violations {
			check("violation "+v.OfficeType+"/"+v.Modality, v.Rules)
		}
	}
}

// TestWordSets checks that every word set the rules look up is in the
// lexicon files with words in it: a set misspelt in code would otherwise
// silently match nothing.
func TestWordSets(t *testing.T) {
	lx := loadLexicon()
	if lx.loadErr != nil {
		t.Fatalf("lexicon: %v", lx.loadErr)
	}
	if len(wordSetNames) < 20 {
		t.Fatalf("%d word sets declared, want the extractors' sets", len(wordSetNames))
	}
	for i, name := range wordSetNames {
		if len(lx.members(wordSet(i))) == 0 {
			t.Errorf("word set %q is empty or missing from lexicons/words_*.tsv", name)
		}
	}
}
