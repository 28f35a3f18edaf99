package transform_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"govwatch/transform"
)

// The same article reaches govwatch in several spellings: typed on an Arabic
// keyboard (ي, ك), with the zero-width non-joiner that careful writers put
// after «می» and before plural endings, or with none at all, as most portals
// and every search excerpt have it. The facts extracted must not depend on
// which.
var (
	zwnjPrefix   = regexp.MustCompile(`(^|[\s«(])(ن?می)(\pL{2,}(?:د|ند|م|یم|ید))([\s.،:»)]|$)`)
	zwnjPlural   = regexp.MustCompile(`(\pLه)(ها|های|هایی)([\s.،:»)]|$)`)
	zwnjSuperlat = regexp.MustCompile(`(\pL\pL)(ترین)([\s.،:»)]|$)`)
)

// seedTextPath is the canonical seed article, kept beside the extractor's tests.
const seedTextPath = "../extract/testdata/seed/kavar-pishkhan-1397-08-15.txt"

var spellingVariants = []struct {
	name    string
	rewrite func(string) string
}{
	{"arabic letters", func(s string) string {
		return strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}},
	{"latin digits", func(s string) string {
		return strings.NewReplacer("۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9").Replace(s)
	}},
	{"persian digits", func(s string) string {
		return strings.NewReplacer("0", "۰", "1", "۱", "2", "۲", "3", "۳", "4", "۴", "5", "۵", "6", "۶", "7", "۷", "8", "۸", "9", "۹").Replace(s)
	}},
	{"yeh for hamza", func(s string) string {
		return strings.NewReplacer("ئی", "یی", "ئ", "ی").Replace(s)
	}},
	{"straight quotes", func(s string) string {
		return strings.NewReplacer("«", "\"", "»", "\"").Replace(s)
	}},
	{"latin comma", func(s string) string {
		return strings.NewReplacer("،", ",").Replace(s)
	}},
	{"latin semicolon and question mark", func(s string) string {
		return strings.NewReplacer("؛", ";", "؟", "?").Replace(s)
	}},
	{"kashida", func(s string) string {
		return strings.NewReplacer("تخلف", "تخلــف", "پلمب", "پلــمب", "فرماندار", "فرمانــدار").Replace(s)
	}},
	{"no-break spaces", func(s string) string {
		return strings.ReplaceAll(s, " ", "\u00a0")
	}},
	{"double spaces", func(s string) string {
		return strings.ReplaceAll(s, " ", "  ")
	}},
	{"zwnj added", func(s string) string {
		// Applied twice: a match consumes the space that a neighbouring
		// word's match needs as its left edge.
		for range 2 {
			s = zwnjPrefix.ReplaceAllString(s, "$1$2\u200c$3$4")
			s = zwnjPlural.ReplaceAllString(s, "$1\u200c$2$3")
			s = zwnjSuperlat.ReplaceAllString(s, "$1\u200c$2$3")
		}
		return s
	}},
	{"space for zwnj", func(s string) string {
		for range 2 {
			s = zwnjPrefix.ReplaceAllString(s, "$1$2 $3$4")
			s = zwnjPlural.ReplaceAllString(s, "$1 $2$3")
			s = zwnjSuperlat.ReplaceAllString(s, "$1 $2$3")
		}
		return strings.ReplaceAll(s, "\u200c", " ")
	}},
	{"zwnj removed", func(s string) string {
		return strings.ReplaceAll(s, "\u200c", "")
	}},
}

// facts is what an analysis asserts, in a form that ignores spelling:
// people with their roles and organisations, and violations with office type,
// modality, sanctions and count.
func facts(a transform.Analysis) []string {
	var out []string
	k := transform.NormalizeKey
	for _, p := range a.People {
		out = append(out, fmt.Sprintf("person %s | %s | %s", k(p.Name), k(p.Role), k(p.Organization)))
	}
	for _, v := range a.Violations {
		out = append(out, fmt.Sprintf("violation %s | %s | %s | %d", v.OfficeType, v.Modality, strings.Join(v.Sanctions, ","), v.Count))
	}
	slices.Sort(out)
	return out
}

// TestSpellingVariants analyses each passage of the real-shaped set, the seed
// and, where its texts were rebuilt on this machine, the real set, as written
// and in each spelling variant, and requires the same facts from all.
func TestSpellingVariants(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"testdata/realshaped/texts/*.txt", "testdata/real/texts/*.txt"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if _, err := os.Stat(seedTextPath); err == nil {
		paths = append(paths, seedTextPath)
	}
	if len(paths) < 10 {
		t.Fatalf("only %d passages found", len(paths))
	}
	changed := 0
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		want := facts(transform.Analyze(transform.InputFromText(text)))
		for _, v := range spellingVariants {
			variant := v.rewrite(text)
			if variant != text {
				changed++
			}
			got := facts(transform.Analyze(transform.InputFromText(variant)))
			if !slices.Equal(got, want) {
				t.Errorf("%s, %s: facts differ\n as written: %q\n variant:    %q", filepath.Base(path), v.name, want, got)
			}
		}
	}
	if changed == 0 {
		t.Fatal("no variant changed any passage: the rewrites are broken")
	}
	t.Logf("%d passages, %d rewritten passages analysed", len(paths), changed)
}

func TestSpellingVariantRewrites(t *testing.T) {
	tests := []struct {
		variant, in, want string
	}{
		{"arabic letters", "یک کارگروه", "يك كارگروه"},
		{"zwnj added", "بازرسی میشود و پروندههای مهمترین واحد", "بازرسی می\u200cشود و پرونده\u200cهای مهم\u200cترین واحد"},
		{"zwnj added", "میدان میلیون", "میدان میلیون"},
		{"zwnj removed", "می\u200cشود", "میشود"},
	}
	for _, tt := range tests {
		for _, v := range spellingVariants {
			if v.name != tt.variant {
				continue
			}
			if got := v.rewrite(tt.in); got != tt.want {
				t.Errorf("%s(%q) = %q, want %q", v.name, tt.in, got, tt.want)
			}
		}
	}
}
