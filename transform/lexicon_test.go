package transform

import "testing"

// TestLexiconPhrasesHaveOneCode fails when a phrase of the coded lexicons is
// listed twice with different codes: the first entry would win unseen
// (sports clubs were once both guild shops and offices of type other).
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
