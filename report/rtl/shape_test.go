package rtl_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/report/fonts"
	"govwatch/report/rtl"
)

// oracleWords are the words and phrases that TestShapeMatchesHarfBuzz
// shapes both ways. They cover every Persian letter in every position, the
// lam-alef ligatures, ZWNJ, ZWJ, tatweel, harakat, digits and Latin.
var oracleWords = []string{
	"لا", "الله", "پیشخوان", "برنامه‌ریزی", "گزارش", "ژاندارمری", "چهارشنبه",
	"سه‌شنبه", "فرمانداری", "۱۳۹۷", "ICT", "کوار", "شهرستان", "دفاتر",
	"خدمات دولت", "روستایی", "تخلف", "تخلفات", "گرانفروشی", "کم‌فروشی",
	"احتکار", "پلمب", "جریمه", "اخطار", "تعزیرات", "دادسرا", "نانوایی",
	"داروخانه", "مرکز بهداشت", "پمپ بنزین", "لغو مجوز", "ابطال پروانه",
	"نرخ‌نامه", "یارانه‌ای", "قاچاق سوخت", "معاون فرماندار", "رئیس اداره پست",
	"مسئولیت", "سئوالات", "بهبود", "همکاری", "ضایع", "ظرفیت", "اشباع",
	"غیر دولتی", "آی سی تی", "ثبت", "ذخیره", "صبح امروز", "طی هماهنگی",
	"سلام", "کلاس", "الا", "لأ", "لإ", "لآ", "بلأ", "بلا", "خانهٔ", "همه‌ٔ",
	"ـبـ", "کُشتِ", "مُحَمَّد", "شدّه", "ه‍", "گ‍", "ی‍ک", "ء", "مؤسسه",
	"سؤال", "ئی", "ۀ", "ك", "ي", "استانداری فارس", "گچساران", "ژ", "پ",
	"چ", "ک", "گ", "ی", "ییی", "ببب", "لل", "للا", "۱۳۹۷/۰۸/۱۵",
}

// needsLiga lists the oracle words whose lam-alef ligature Vazirmatn makes
// only with the 'liga' feature on.
var needsLiga = map[string]bool{"لأ": true, "لإ": true, "لآ": true, "بلأ": true}

func TestShapeMatchesHarfBuzz(t *testing.T) {
	if len(oracleWords) < 50 {
		t.Fatalf("only %d oracle words, want at least 50", len(oracleWords))
	}
	o, err := loadOracle()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range oracleWords {
		t.Run(w, func(t *testing.T) {
			want, unmapped := o.shape(w, needsLiga[w])
			if len(unmapped) > 0 {
				t.Fatalf("HarfBuzz used glyphs %v that no code point maps to", unmapped)
			}
			shaped := rtl.Shape(w, fonts.Has)
			got := o.canonical(shaped)
			if diff := cmp.Diff(fmt.Sprintf("%U", want), fmt.Sprintf("%U", got)); diff != "" {
				t.Errorf("Shape(%q) = %U; glyphs differ from HarfBuzz (-harfbuzz +shape):\n%s", w, []rune(shaped), diff)
			}
		})
	}
}

// hasAllBut returns a coverage function that draws everything but the given
// code points.
func hasAllBut(missing ...rune) func(rune) bool {
	return func(r rune) bool {
		for _, m := range missing {
			if r == m {
				return false
			}
		}
		return true
	}
}

func TestShape(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		has  func(rune) bool
		want []rune
	}{
		{"empty", "", nil, nil},
		{"latin untouched", "ICT 12", nil, []rune("ICT 12")},
		{"beh isolated", "ب", nil, []rune{0xFE8F}},
		{"beh initial medial final", "ببب", nil, []rune{0xFE91, 0xFE92, 0xFE90}},
		{"peh tcheh gaf keheh", "پچگک", nil, []rune{0xFB58, 0xFB7D, 0xFB95, 0xFB8F}},
		{"jeh after dual", "مژ", nil, []rune{0xFEE3, 0xFB8B}},
		{"jeh never joins left", "ژب", nil, []rune{0xFB8A, 0xFE8F}},
		{"farsi yeh forms", "ی یی", nil, []rune{0xFBFC, ' ', 0xFBFE, 0xFBFD}},
		{"farsi yeh medial", "بیت", nil, []rune{0xFE91, 0xFBFF, 0xFE96}},
		{"lam alef isolated", "لا", nil, []rune{0xFEFB}},
		{"lam alef final", "بلا", nil, []rune{0xFE91, 0xFEFC}},
		{"lam alef madda", "لآ", nil, []rune{0xFEF5}},
		{"lam alef hamza above", "لأ", nil, []rune{0xFEF7}},
		{"lam alef hamza below", "لإ", nil, []rune{0xFEF9}},
		{"allah", "الله", nil, []rune{0xFE8D, 0xFEDF, 0xFEE0, 0xFEEA}},
		{"lam alef with mark between", "لَا", nil, []rune{0xFEFB, 0x064E}},
		{"lam alef missing falls back", "لا", hasAllBut(0xFEFB), []rune{0xFEDF, 0xFE8E}},
		{"zwnj breaks joining and is kept", "سه‌شنبه", nil, []rune{0xFEB3, 0xFEEA, 0x200C, 0xFEB7, 0xFEE8, 0xFE92, 0xFEEA}},
		{"zwnj dropped when font lacks it", "می‌شود", hasAllBut(0x200C), []rune{0xFEE3, 0xFBFD, 0xFEB7, 0xFEEE, 0xFEA9}},
		{"zwj causes joining", "ه\u200d", nil, []rune{0xFEEB, 0x200D}},
		{"zwj dropped but still joins", "ه\u200d", hasAllBut(0x200D), []rune{0xFEEB}},
		{"tatweel joins both sides", "ـبـ", nil, []rune{0x0640, 0xFE92, 0x0640}},
		{"harakat transparent", "بَب", nil, []rune{0xFE91, 0x064E, 0xFE90}},
		{"hamza never joins", "ءب", nil, []rune{0x0621, 0xFE8F}},
		{"missing form falls back to base", "ۀ", fonts.Has, []rune{0x06C0}},
		{"heh yeh final kept", "خانهٔ", fonts.Has, []rune{0xFEA7, 0xFE8E, 0xFEE7, 0xFEEA, 0x0654}},
		{"missing medial falls back", "ببب", hasAllBut(0xFE92), []rune{0xFE91, 0x0628, 0xFE90}},
		{"digits and punctuation break joining", "ب۱ب،ب", nil, []rune{0xFE8F, 0x06F1, 0xFE8F, 0x060C, 0xFE8F}},
		{"space breaks joining", "ب ب", nil, []rune{0xFE8F, ' ', 0xFE8F}},
		{"presentation forms pass through", "\uFE91\uFE90", nil, []rune{0xFE91, 0xFE90}},
		{"invalid utf8 becomes replacement", "ب\xffب", nil, []rune{0xFE8F, 0xFFFD, 0xFE8F}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rtl.Shape(tc.in, tc.has)
			if diff := cmp.Diff(fmt.Sprintf("%U", tc.want), fmt.Sprintf("%U", []rune(got))); diff != "" {
				t.Errorf("Shape(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestShapeNonArabicUnchanged(t *testing.T) {
	for _, s := range []string{"", "hello, world", "1397/08/15", "ICT (50%)", "naïve café"} {
		t.Run(s, func(t *testing.T) {
			if got := rtl.Shape(s, fonts.Has); got != s {
				t.Errorf("Shape(%q) = %q, want it unchanged", s, got)
			}
		})
	}
}

func TestShapeOnlyDrawableForms(t *testing.T) {
	// With the embedded font's coverage, every rune that Shape emits is one
	// that the font draws, so fpdf never silently drops a letter.
	for _, w := range oracleWords {
		t.Run(w, func(t *testing.T) {
			for _, r := range rtl.Shape(w, fonts.Has) {
				if !fonts.Has(r) {
					t.Errorf("Shape(%q) emitted %U, which the font lacks", w, r)
				}
			}
			if strings.ContainsRune(w, 0xFFFD) {
				t.Fatal("test word holds U+FFFD")
			}
		})
	}
}
