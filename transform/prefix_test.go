package transform_test

import (
	"fmt"
	"strings"
	"testing"

	"govwatch/transform"
	"govwatch/transform/eval"
)

// TestEveryPrefixAnalyses cuts the written passages after every word and
// analyses each prefix, as a headline and as a body. Real pages end
// anywhere (a truncated body, a three-word headline ending in a title), and
// a rule that looks one word ahead must never read past the text.
func TestEveryPrefixAnalyses(t *testing.T) {
	var texts []string
	for _, set := range []string{"testdata/eval/dev2.jsonl", "testdata/eval/holdout2.jsonl"} {
		docs, err := eval.LoadGold(set)
		if err != nil {
			t.Fatalf("load %s: %v", set, err)
		}
		for _, d := range docs {
			texts = append(texts, d.Title, strings.Join(d.Paragraphs, "\n"))
		}
	}
	texts = append(texts, "انتصاب استاندار جدید", "معارفه سرپرست جدید", "فرماندار")
	cuts := 0
	for _, text := range texts {
		words := strings.Fields(text)
		for n := 1; n <= len(words); n++ {
			prefix := strings.Join(words[:n], " ")
			cuts++
			for _, in := range []transform.Input{
				{Title: prefix, Paragraphs: []string{"گزارش ادامه دارد."}},
				{Title: "خبر", Paragraphs: []string{prefix}},
			} {
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Fatalf("analyse %q: panic: %v", shorten(prefix), p)
						}
					}()
					transform.Analyze(in)
				}()
			}
		}
	}
	if cuts < 1000 {
		t.Fatalf("only %d prefixes tried", cuts)
	}
}

// shorten keeps the end of a long prefix, where the cut is.
func shorten(s string) string {
	r := []rune(s)
	if len(r) <= 80 {
		return s
	}
	return fmt.Sprintf("…%s", string(r[len(r)-80:]))
}
