package transform

import (
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
		{"semicolon", "وجود ندارد؛ لکن اگر تخلفی باشد", []string{"وجود ندارد؛", "لکن اگر تخلفی باشد"}},
		{"decimal", "نرخ ۲.۵ درصد است. پایان", []string{"نرخ ۲.۵ درصد است.", "پایان"}},
		{"ascii decimal", "rate 2.5 percent. end", []string{"rate 2.5 percent.", "end"}},
		{"date slashes", "در تاریخ 1397/08/15 برگزار شد.", []string{"در تاریخ 1397/08/15 برگزار شد."}},
		{"domain", "سایت kavar.gov.ir است.", []string{"سایت kavar.gov.ir است."}},
		{"newlines", "عنوان\n\nمتن اول. متن دوم", []string{"عنوان", "متن اول.", "متن دوم"}},
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
