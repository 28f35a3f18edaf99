package transform

import (
	"errors"
	"strings"
	"testing"
)

// TestLexiconPhrasesHaveOneCode fails when a phrase of the coded lexicons is
// listed twice with different codes: the first entry would win unseen
// (sports clubs were once both guild shops and offices of type other). It
// fails too when a phrase is listed twice with the same code, as another
// spacing of it («دندان سازی», «دندانسازی»): matching ignores spaces and
// ZWNJ, so the second line only hides what the file holds.
func TestLexiconPhrasesHaveOneCode(t *testing.T) {
	for _, file := range []string{"lexicons/office_types.tsv", "lexicons/sanctions.tsv", "lexicons/violation_types.tsv"} {
		codes := map[string]string{}
		err := eachLine(file, func(f []string) {
			if len(f) < 2 {
				return
			}
			k := NormalizeKey(f[1])
			if c, ok := codes[k]; ok && c != f[0] {
				t.Errorf("%s: «%s» is listed as %s and as %s", file, f[1], c, f[0])
			} else if ok {
				t.Errorf("%s: «%s» is listed twice as %s (spaces and ZWNJ do not count)", file, f[1], c)
			}
			codes[k] = f[0]
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(codes) < 20 {
			t.Errorf("%s: %d phrases read, want the whole file", file, len(codes))
		}
	}
}

// TestCountyAliasesNameCounties checks that each alias of county_aliases.tsv
// names a county of the place lexicon, and so comes with its province: a
// misspelt county would leave the alias with none.
func TestCountyAliasesNameCounties(t *testing.T) {
	lx := loadLexicon()
	n := 0
	if err := eachLine(countyAliasesFile, func(f []string) {
		n++
		if len(f) < 2 {
			t.Errorf("%s: %q: want alias<TAB>county", countyAliasesFile, f)
			return
		}
		if p := lx.countyProvince[NormalizeKey(f[1])]; p == "" {
			t.Errorf("%s: %s: %q is no county of typhoon/counties.csv with one province", countyAliasesFile, f[0], f[1])
		}
		if p, q := lx.countyProvince[NormalizeKey(f[0])], lx.countyProvince[NormalizeKey(f[1])]; p != q {
			t.Errorf("%s: %s gives province %q, %s %q", countyAliasesFile, f[0], p, f[1], q)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatalf("%s holds no alias", countyAliasesFile)
	}
}

// TestAnalyzeWithBrokenLexicon runs the analysis with the lexicon a build
// gets when its embedded files cannot be read (a word set in a file that the
// code does not declare, say): the rules must find nothing and say so, not
// index past the empty tables (they once panicked in the byline rule).
func TestAnalyzeWithBrokenLexicon(t *testing.T) {
	lx := emptyLexicon(errors.New("lexicons/words_people.tsv: no word set \"x\" is declared in the code"))
	in := Input{Title: "فرماندار کوار: بازرسی ادامه دارد", Paragraphs: []string{
		"به گزارش خبرنگار ما، حسن کریمی فرماندار کوار گفت: دو واحد صنفی متخلف پلمب شد و با متخلفان برخورد خواهد شد.",
	}}
	a, err := analyzeWith(lx, in, func() error { return nil })
	if err != nil {
		t.Fatalf("analyzeWith: %v", err)
	}
	if !strings.Contains(a.Body, "حسن کریمی") {
		t.Errorf("body %q lost the text", a.Body)
	}
}
