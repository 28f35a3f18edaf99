package eval_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govwatch/transform/eval"
)

// TestLoadRealDuplicatePage checks that two passages from one page, however
// their URLs are written, are refused with the file and line of both.
func TestLoadRealDuplicatePage(t *testing.T) {
	tests := []struct {
		name        string
		first, next string
		dup         bool
	}{
		{"same url", "https://kavar.gov.ir/news/12", "https://kavar.gov.ir/news/12", true},
		{"encoded and decoded", "https://kavar.gov.ir/news/%D9%BE%D9%84%D9%85%D8%A8", "https://kavar.gov.ir/news/پلمب", true},
		{"encoded twice", "https://kavar.gov.ir/news/%25D9%25BE", "https://kavar.gov.ir/news/پ", true},
		{"www and a trailing slash", "http://www.kavar.gov.ir/news/12/", "https://kavar.gov.ir/news/12", true},
		{"a host's root dot", "https://kavar.gov.ir./news/12", "https://kavar.gov.ir/news/12", true},
		{"another page", "https://kavar.gov.ir/news/12", "https://kavar.gov.ir/news/13", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			labels := `{"id": "a1", "url": "` + tt.first + `", "people": [], "violations": []}` + "\n" +
				`{"id": "a2", "url": "` + tt.next + `", "people": [], "violations": []}` + "\n"
			if err := os.WriteFile(filepath.Join(dir, "x.labels.jsonl"), []byte(labels), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := eval.LoadReal(dir)
			if got := errors.Is(err, eval.ErrDuplicateURL); got != tt.dup {
				t.Fatalf("LoadReal error %v, duplicate url: %v, want %v", err, got, tt.dup)
			}
			if tt.dup && (!strings.Contains(err.Error(), "x.labels.jsonl:2") || !strings.Contains(err.Error(), "x.labels.jsonl:1")) {
				t.Errorf("error %q does not name both lines", err)
			}
		})
	}
}

// TestRealLabelsUniquePages checks the committed real set: no page is
// labelled twice (CI runs it without the texts).
func TestRealLabelsUniquePages(t *testing.T) {
	_, err := eval.LoadReal("../testdata/real")
	if errors.Is(err, eval.ErrDuplicateURL) || errors.Is(err, eval.ErrDuplicateID) {
		t.Fatal(err)
	}
	if err != nil && !errors.Is(err, eval.ErrNoTexts) {
		t.Fatal(err)
	}
}

// TestLoadRealTwins checks that twins (one story from several sites) share
// the tuning part when either falls there, and that a bad twins line is an
// error naming the file and line.
func TestLoadRealTwins(t *testing.T) {
	var check, tune []string
	for i := 0; len(check) < 2 || len(tune) < 1; i++ {
		id := "p" + strings.Repeat("x", i%3) + string(rune('a'+i%26)) + string(rune('a'+i/26))
		if eval.Part(id) == eval.PartCheck {
			check = append(check, id)
		} else {
			tune = append(tune, id)
		}
	}
	dir := t.TempDir()
	var labels strings.Builder
	for i, id := range []string{check[0], check[1], tune[0]} {
		labels.WriteString(`{"id": "` + id + `", "url": "https://kavar.gov.ir/news/` + string(rune('1'+i)) + `", "people": [], "violations": []}` + "\n")
		if err := os.MkdirAll(filepath.Join(dir, "texts"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "texts", id+".txt"), []byte("متن"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("x.labels.jsonl", labels.String())
	write("twins.tsv", "# twins\n"+check[0]+"\t"+tune[0]+"\tshare 0.60\n")
	set, err := eval.LoadReal(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range set.Docs {
		got[d.ID] = d.Part
	}
	want := map[string]string{check[0]: eval.PartTune, check[1]: eval.PartCheck, tune[0]: eval.PartTune}
	for id, p := range want {
		if got[id] != p {
			t.Errorf("part of %s = %q, want %q", id, got[id], p)
		}
	}
	if n := len(eval.Split(set.Docs, eval.PartCheck)); n != 1 || set.CheckLabelled != 1 {
		t.Errorf("check part holds %d passages of %d labelled, want 1 of 1", n, set.CheckLabelled)
	}
	// A check passage without its text still counts as labelled.
	if err := os.Remove(filepath.Join(dir, "texts", check[1]+".txt")); err != nil {
		t.Fatal(err)
	}
	if set, err = eval.LoadReal(dir); err != nil {
		t.Fatal(err)
	}
	if n := len(eval.Split(set.Docs, eval.PartCheck)); n != 0 || set.CheckLabelled != 1 {
		t.Errorf("without a text, check part holds %d passages of %d labelled, want 0 of 1", n, set.CheckLabelled)
	}
	write("twins.tsv", check[0]+" "+tune[0]+"\n")
	if _, err := eval.LoadReal(dir); err == nil || !strings.Contains(err.Error(), "twins.tsv:1") {
		t.Errorf("bad twins line: error %v, want one naming twins.tsv:1", err)
	}
}
