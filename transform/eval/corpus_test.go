package eval_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"govwatch/transform/eval"
)

// goldPath is the corpus this package's tests check and the extractors are
// measured on.
const goldPath = "../testdata/eval/gold.jsonl"

// minDocs is the least number of documents the corpus must hold.
const minDocs = 80

var sourceStyles = []string{"fars_county", "west_azarbaijan_ag", "yazd_county", "province", "judiciary", "health", "trade"}

func loadCorpus(t *testing.T) []eval.Doc {
	t.Helper()
	docs, err := eval.LoadGold(goldPath)
	if err != nil {
		t.Fatalf("load corpus: %v", err)
	}
	return docs
}

func TestCorpusSanity(t *testing.T) {
	docs := loadCorpus(t)
	if len(docs) < minDocs {
		t.Errorf("corpus has %d documents, want at least %d", len(docs), minDocs)
	}
	date := regexp.MustCompile(`^1[34]\d\d/\d{1,2}/\d{1,2}$`)
	for _, d := range docs {
		t.Run(d.ID, func(t *testing.T) {
			text := eval.Fold(d.Title + " " + strings.Join(d.Paragraphs, " "))
			if !slices.Contains(sourceStyles, d.SourceStyle) {
				t.Errorf("source_style %q is not one of %v", d.SourceStyle, sourceStyles)
			}
			if d.Province == "" || d.Title == "" {
				t.Errorf("province %q or title %q empty", d.Province, d.Title)
			}
			if !date.MatchString(d.Registered) || (d.Occurred != "" && !date.MatchString(d.Occurred)) {
				t.Errorf("dates %q / %q are not Jalali y/m/d", d.Registered, d.Occurred)
			}
			checkStyle(t, d)
			names := make(map[string]bool)
			for _, p := range d.People {
				key := eval.FoldName(p.Name)
				bare := strings.TrimPrefix(strings.TrimPrefix(p.Name, "سیده "), "سید ")
				if eval.FoldName(bare) != eval.Fold(bare) {
					t.Errorf("name %q keeps an honorific", p.Name)
				}
				if !strings.Contains(text, key) {
					t.Errorf("name %q does not occur in the text", p.Name)
				}
				if names[key] {
					t.Errorf("person %q annotated twice", p.Name)
				}
				names[key] = true
				if p.Role == "" {
					t.Errorf("person %q has no role", p.Name)
				}
				if p.Organization != "" && d.County != "" && strings.Contains(p.Organization, "شهرستان") &&
					!strings.Contains(eval.Fold(p.Organization), eval.Fold(d.County)) {
					t.Errorf("organisation %q of %q is not completed with county %q", p.Organization, p.Name, d.County)
				}
			}
			for i, v := range d.Violations {
				if v.Speaker != "" && !names[eval.FoldName(v.Speaker)] {
					t.Errorf("violations[%d]: speaker %q is not one of the document's people", i, v.Speaker)
				}
				if v.OfficeLabel != "" && !strings.Contains(text, eval.Fold(v.OfficeLabel)) {
					t.Errorf("violations[%d]: office label %q does not occur in the text", i, v.OfficeLabel)
				}
				if v.Modality != "reported" && v.Count != 0 {
					t.Errorf("violations[%d]: %s mention has count %d, want none", i, v.Modality, v.Count)
				}
				if v.Modality == "denied" && v.Sanction != "" {
					t.Errorf("violations[%d]: denied mention has sanction %q", i, v.Sanction)
				}
			}
		})
	}
}

func TestCorpusCoverage(t *testing.T) {
	docs := loadCorpus(t)
	modality := make(map[string]int)
	office := make(map[string]int)
	style := make(map[string]int)
	people, violations, empty := 0, 0, 0
	for _, d := range docs {
		style[d.SourceStyle]++
		people += len(d.People)
		violations += len(d.Violations)
		if len(d.Violations) == 0 {
			empty++
		}
		for _, v := range d.Violations {
			modality[v.Modality]++
			office[v.OfficeType]++
		}
	}
	t.Logf("docs %d, people %d, violations %d, docs without violations %d", len(docs), people, violations, empty)
	t.Logf("by style %v", style)
	t.Logf("by modality %v", modality)
	t.Logf("by office type %v", office)
	for _, m := range []string{"reported", "conditional", "denied"} {
		if modality[m] < minDocs/8 {
			t.Errorf("only %d %s violations, want at least %d", modality[m], m, minDocs/8)
		}
	}
	for _, s := range sourceStyles {
		if style[s] == 0 {
			t.Errorf("no document in style %s", s)
		}
	}
	if empty < minDocs/8 {
		t.Errorf("%d documents without violations, want at least %d", empty, minDocs/8)
	}
}

// TestCorpusSelfScore checks that the corpus scores perfectly against itself
// after being written in a different but equivalent form.
func TestCorpusSelfScore(t *testing.T) {
	docs := loadCorpus(t)
	r := eval.Evaluate(docs, func(d eval.Doc) eval.Prediction {
		p := eval.Prediction{}
		for _, x := range d.People {
			x.Name = strings.ReplaceAll("دکتر "+x.Name, "ی", "ي")
			p.People = append(p.People, x)
		}
		p.Violations = append(p.Violations, d.Violations...)
		slices.Reverse(p.Violations)
		return p
	})
	for _, f := range r.Fields {
		if f.F1 != 1 {
			t.Errorf("field %s: F1 %.3f against itself, want 1", f.Field, f.F1)
		}
	}
	if err := r.Check(eval.DefaultThresholds()); err != nil {
		t.Error(err)
	}
}

// checkStyle checks the marks of the portal family a document imitates, as the
// corpus README describes them.
func checkStyle(t *testing.T, d eval.Doc) {
	t.Helper()
	body := strings.Join(d.Paragraphs, "\n")
	last := d.Paragraphs[len(d.Paragraphs)-1]
	switch d.SourceStyle {
	case "yazd_county":
		if strings.ContainsAny(body, "یک") || !strings.ContainsAny(body, "يك") {
			t.Error("yazd_county text should use Arabic ي and ك throughout")
		}
		if !strings.HasPrefix(last, "شناسه : ") {
			t.Errorf("yazd_county text should end with «شناسه : N», ends with %q", last)
		}
	case "west_azarbaijan_ag":
		if len(d.Paragraphs) < 3 || !strings.HasSuffix(d.Paragraphs[0], ":") || d.Paragraphs[1] != d.Title {
			t.Error("west_azarbaijan_ag text should open with a kicker and the repeated title")
		}
	case "fars_county":
		if !strings.Contains(eval.Fold(body), eval.Fold("فرمانداری شهرستان "+d.County)) {
			t.Errorf("fars_county text should credit «فرمانداری شهرستان %s»", d.County)
		}
	}
}
