package transform

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzAnalyze(f *testing.F) {
	f.Add("عنوان", "ناهید معاون فرماندار گفت: اگر تخلفی از دفاتر پیشخوان گزارش شود مجوز لغو خواهد شد.", "وی افزود: ۱۲ مورد تخلف کشف شد.", "1397/8/15")
	f.Add("", "", "", "")
	f.Add("x", "\u200c\u200cرئيس\u00a0:", "گفت:", "۱۳۹۷/۰۸/۱۵")
	f.Add("ك", "فرماندار شهرستان، ، علی احمدی", "وی وی وی گفت: گفت:", "bad")
	f.Add("فرماندار کوار: نانوایی‌ها پلمب شدند", "مراسم شهیدان رجایی و باهنر برگزار شد.", "حسن کریمی گفت: بازرسی ادامه دارد.", "1397/8/15")
	// Every rule's examples, cut at their first line break, seed the
	// fuzzer near the shapes the rules look for.
	for _, r := range Rules() {
		for _, ex := range r.Examples {
			head, rest, _ := strings.Cut(ex, "\n")
			f.Add("", head, rest, "")
		}
	}
	f.Fuzz(func(t *testing.T, title, p1, p2, reg string) {
		a := Analyze(Input{Title: title, Paragraphs: []string{p1, p2}, Registered: reg, County: "کوار"})
		body := []rune(a.Body)
		if !utf8.ValidString(a.Body) {
			t.Fatalf("body is not valid UTF-8")
		}
		check := func(what string, s, e int, text string) {
			if s < 0 || e > len(body) || s > e {
				t.Fatalf("%s span [%d,%d) outside body of %d runes", what, s, e, len(body))
			}
			if text != "" && string(body[s:e]) != text {
				t.Fatalf("%s span [%d,%d) = %q, want %q", what, s, e, string(body[s:e]), text)
			}
		}
		for _, p := range a.People {
			for _, m := range p.Mentions {
				check("mention", m.Start, m.End, m.Text)
			}
		}
		for _, v := range a.Violations {
			check("violation", v.Start, v.End, v.Evidence)
		}
		for _, q := range a.Quotes {
			check("quote", q.Start, q.End, q.Text)
		}
		if _, err := a.JSON(); err != nil {
			t.Fatalf("JSON: %v", err)
		}
	})
}
