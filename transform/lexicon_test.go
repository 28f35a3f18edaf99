package transform

import "testing"

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
