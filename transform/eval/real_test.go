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
