package transform

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"persian stops", "جلسه برگزار شد. وی گفت: خوب است؟ بله!", []string{"جلسه برگزار شد.", "وی گفت: خوب است؟", "بله!"}},
		{"semicolon", "وجود ندارد؛ لکن اگر تخلفی باشد", []string{"وجود ندارد؛ لکن اگر تخلفی باشد"}},
		{"semicolon list", "دو نانوایی پلمب شد؛ سه نانوایی اخطار گرفتند; یک مورد ارجاع شد. پایان", []string{"دو نانوایی پلمب شد؛ سه نانوایی اخطار گرفتند; یک مورد ارجاع شد.", "پایان"}},
		{"decimal", "نرخ ۲.۵ درصد است. پایان", []string{"نرخ ۲.۵ درصد است.", "پایان"}},
		{"ascii decimal", "rate 2.5 percent. end", []string{"rate 2.5 percent.", "end"}},
		{"date slashes", "در تاریخ 1397/08/15 برگزار شد.", []string{"در تاریخ 1397/08/15 برگزار شد."}},
		{"domain", "سایت kavar.gov.ir است.", []string{"سایت kavar.gov.ir است."}},
		{"agency lead after a full stop with no space", "بودجه کافی نیست.به گزارش خبرنگار ما، وی افزود: کافی نیست.", []string{"بودجه کافی نیست.", "به گزارش خبرنگار ما، وی افزود: کافی نیست."}},
		{"newlines", "عنوان\n\nمتن اول. متن دوم", []string{"عنوان", "متن اول.", "متن دوم"}},
		{"wrapped after a comma", "فرماندار در بازدید از نانوایی‌ها،\nاز نزدیک با مشکلات آشنا شد.\n\nپایان", []string{"فرماندار در بازدید از نانوایی‌ها،\nاز نزدیک با مشکلات آشنا شد.", "پایان"}},
		{"comma before a blank line", "فهرست واحدها،\n\nپایان", []string{"فهرست واحدها،", "پایان"}},
		{"et cetera", "اعم از خرچنگ، هشت پا و… به متصدیان تذکر داده شد. پایان", []string{"اعم از خرچنگ، هشت پا و… به متصدیان تذکر داده شد.", "پایان"}},
		{"et cetera at the end", "برنج، روغن و…\nپایان", []string{"برنج، روغن و…", "پایان"}},
		{"ellipsis and quote", "گفت «کافی است...» و رفت.", []string{"گفت «کافی است...»", "و رفت."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []rune(tt.in)
			var got []string
			for _, s := range splitSentences(body) {
				got = append(got, string(body[s.start:s.end]))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sentences mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSplitSentencesNameAfterStop splits at a full stop typed with no space
// before a given name («… است.حسن کریمی گفت»), and nowhere else such a stop
// stands: before a common word, after a single letter, in a domain.
func TestSplitSentencesNameAfterStop(t *testing.T) {
	given := func(body []rune) func(s, e int) bool {
		return func(s, e int) bool { return string(body[s:e]) == "حسن" }
	}
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"given name", "کود توزیع شده است.حسن کریمی گفت: کافی است.", []string{"کود توزیع شده است.", "حسن کریمی گفت: کافی است."}},
		{"common word", "کود توزیع شده است.بیشتر آن اوره بود.", []string{"کود توزیع شده است.بیشتر آن اوره بود."}},
		{"after one letter", "سال ۱۳۹۷ ه.حسن کریمی گفت.", []string{"سال ۱۳۹۷ ه.حسن کریمی گفت."}},
		{"domain", "سایت hasan.ir است.", []string{"سایت hasan.ir است."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []rune(tt.in)
			var got []string
			for _, s := range splitSentencesInto(body, nil, nil, given(body)) {
				got = append(got, string(body[s.start:s.end]))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sentences mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitSentencesCutsLongOnes(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantParts int
	}{
		{"words", strings.Repeat("علی احمدی گفت ", 200) + "پایان", 3},
		{"commas without spaces", strings.Repeat("پلمب،", 500), 3},
		{"one long word", strings.Repeat("۱", 1500) + " و " + strings.Repeat("ب", 10), 2},
		{"short", "جلسه برگزار شد", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []rune(tt.in)
			got := splitSentences(body)
			if len(got) != tt.wantParts {
				t.Fatalf("got %d sentences, want %d", len(got), tt.wantParts)
			}
			var parts []string
			for i, s := range got {
				if n := s.end - s.start; n > maxSentenceRunes && !(tt.name == "one long word" && i == 0) {
					t.Errorf("sentence %d has %d runes, more than %d", i, n, maxSentenceRunes)
				}
				if i > 0 && s.start < got[i-1].end {
					t.Errorf("sentence %d starts at %d, before the end of the previous one at %d", i, s.start, got[i-1].end)
				}
				parts = append(parts, string(body[s.start:s.end]))
			}
			// The pieces give back the text, with the spaces at the cuts.
			if j := strings.Join(parts, ""); strings.ReplaceAll(j, " ", "") != strings.ReplaceAll(tt.in, " ", "") {
				t.Errorf("pieces do not cover the text:\n%s", j)
			}
		})
	}
}
