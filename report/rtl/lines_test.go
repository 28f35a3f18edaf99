package rtl_test

import (
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/go-pdf/fpdf"
	"github.com/google/go-cmp/cmp"

	"govwatch/report/fonts"
	"govwatch/report/rtl"
)

// seedParagraph is a paragraph written for govwatch in the shape of the seed
// article, with the ZWNJs and spaces that the transform package's
// normalisation leaves, brackets, Latin letters and both digit scripts.
const seedParagraph = "به گزارش روابط عمومی فرمانداری شهرستان کوار، نشست کارگروه دفاتر پیشخوان خدمات دولت و دفاتر آی سی تی روستایی صبح امروز (سه‌شنبه) به ریاست ناهید معاون برنامه‌ریزی و هماهنگی امور عمرانی فرمانداری در سالن جلسات فرمانداری برگزار شد و عملکرد دفاتر بررسی شد. در این نشست 12 مورد تخلف در 3 دفتر ICT روستایی در تاریخ ۱۳۹۷/۰۸/۱۵ بررسی شد."

// pdfMeasure returns a measure function backed by fpdf's GetStringWidth
// with the embedded Vazirmatn at 11 pt, in millimetres.
var pdfMeasure = sync.OnceValue(func() func(string) float64 {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(fonts.Family, "", fonts.Regular())
	pdf.SetFont(fonts.Family, "", 11)
	var mu sync.Mutex
	return func(s string) float64 {
		mu.Lock()
		defer mu.Unlock()
		return pdf.GetStringWidth(s)
	}
})

func TestLines(t *testing.T) {
	measure := pdfMeasure()
	for _, tc := range []struct {
		name  string
		text  string
		width float64
	}{
		{"seed paragraph narrow", seedParagraph, 60},
		{"seed paragraph wide", seedParagraph, 170},
		{"table cell", "دفتر پیشخوان خدمات دولت شماره ۱۲۳ کوار", 25},
		{"mixed", "گزارش ICT روستایی: 12 مورد تخلف در 3 دفتر", 30},
		{"english", "Violations reported by government service counters in کوار county", 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := rtl.Lines(tc.text, tc.width, measure)
			if len(lines) < 2 {
				t.Fatalf("got %d lines, want the text wrapped: %q", len(lines), lines)
			}
			for i, l := range lines {
				if w := measure(rtl.Shape(l, nil)); w > tc.width {
					t.Errorf("line %d %q is %.2f wide, more than %.2f", i, l, w, tc.width)
				}
				if l != strings.TrimSpace(l) || l == "" {
					t.Errorf("line %d %q is empty or has edge spaces", i, l)
				}
				// Greedy: the next line's first word would not have fitted.
				if i+1 < len(lines) {
					next := strings.Fields(lines[i+1])[0]
					if w := measure(rtl.Shape(l+" "+next, nil)); w <= tc.width {
						t.Errorf("line %d %q had room for %q (%.2f <= %.2f)", i, l, next, w, tc.width)
					}
				}
			}
			if diff := cmp.Diff(strings.Fields(tc.text), strings.Fields(strings.Join(lines, " "))); diff != "" {
				t.Errorf("words changed or reordered (-want +got):\n%s", diff)
			}
			// Idempotent: each line wraps to itself, and so does the whole.
			for i, l := range lines {
				if got := rtl.Lines(l, tc.width, measure); !cmp.Equal(got, []string{l}) {
					t.Errorf("line %d %q wraps again to %q", i, l, got)
				}
			}
			if got := rtl.Lines(strings.Join(lines, "\n"), tc.width, measure); !cmp.Equal(got, lines) {
				t.Errorf("wrapping the joined lines gives %q, want %q", got, lines)
			}
		})
	}
}

func TestLinesEdgeCases(t *testing.T) {
	runeWidth := func(s string) float64 { // one unit a visible rune
		n := 0
		for _, r := range s {
			if r != '\u200C' && !unicode.Is(unicode.Mn, r) {
				n++
			}
		}
		return float64(n)
	}
	for _, tc := range []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"blank", " \n ", 10, nil},
		{"fits", "الف ب", 10, []string{"الف ب"}},
		{"spaces collapse", "الف   ب\tج", 10, []string{"الف ب ج"}},
		{"hard breaks and empty paragraph", "الف\r\n\nب", 10, []string{"الف", "", "ب"}},
		{"break at spaces", "یک دو سه چهار", 6, []string{"یک دو", "سه", "چهار"}},
		{"long word broken", "برنامه‌ریزی", 4, []string{"برنا", "مه‌ری", "زی"}},
		{"marks stay with letter", "مُحَمَّد", 2, []string{"مُحَ", "مَّد"}},
		{"no-break space holds", "۱۲\u00a0مورد تخلف", 7, []string{"۱۲\u00a0مورد", "تخلف"}},
		{"narrower than a letter", "ab", 0.5, []string{"a", "b"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rtl.Lines(tc.text, tc.width, runeWidth)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Lines(%q, %v) mismatch (-want +got):\n%s", tc.text, tc.width, diff)
			}
		})
	}
}

func TestLinesMeasuresShapedText(t *testing.T) {
	// A measure under which base letters are twice as wide as their
	// presentation forms: "لا" fits in 1 only once it is the ligature.
	measure := func(s string) float64 {
		w := 0.0
		for _, r := range s {
			if r >= 0xFB50 {
				w++
			} else {
				w += 2
			}
		}
		return w
	}
	got := rtl.Lines("لا لا", 1, measure)
	if diff := cmp.Diff([]string{"لا", "لا"}, got); diff != "" {
		t.Errorf("Lines mismatch (-want +got):\n%s", diff)
	}
}

func TestPrepare(t *testing.T) {
	measure := pdfMeasure()
	lines := rtl.Lines(seedParagraph, 80, measure)
	got := rtl.Prepare(seedParagraph, 80, measure, fonts.Has)
	if len(got) != len(lines) {
		t.Fatalf("Prepare gave %d lines, Lines %d", len(got), len(lines))
	}
	for i := range lines {
		if want := rtl.Visual(rtl.Shape(lines[i], fonts.Has)); got[i] != want {
			t.Errorf("line %d = %q, want %q", i, got[i], want)
		}
		for _, r := range got[i] {
			if !fonts.Has(r) {
				t.Errorf("line %d holds %U, which the font lacks", i, r)
			}
		}
	}
	// The first visual line ends (on its right) with the paragraph's first
	// word: wrapping happened before reordering.
	first := rtl.Shape(strings.Fields(seedParagraph)[0], fonts.Has)
	if !strings.HasSuffix(got[0], rev(first)) {
		t.Errorf("first line %q does not end with the first word %q reversed", got[0], first)
	}
	en := rtl.PrepareDir("County کوار report", 100, measure, fonts.Has, false)
	if want := []string{"County " + rev(rtl.Shape("کوار", fonts.Has)) + " report"}; !cmp.Equal(en, want) {
		t.Errorf("PrepareDir LTR = %q, want %q", en, want)
	}
}
