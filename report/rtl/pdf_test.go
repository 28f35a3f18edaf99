package rtl_test

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"

	"govwatch/report/fonts"
	"govwatch/report/rtl"
)

var pdfDir = flag.String("rtl.pdfdir", "", "also keep the end-to-end test's PDF and PNG page in this directory")

// pdfLine is one paragraph of the test PDF.
type pdfLine struct {
	text string
	bold bool
	rtl  bool
}

var pdfLines = []pdfLine{
	{text: "گزارش ICT روستایی: 12 مورد تخلف در 3 دفتر", bold: true, rtl: true},
	{text: "تاریخ ثبت خبر: ۱۳۹۷/۰۸/۱۵ (سه‌شنبه)", rtl: true},
	{text: "لا الله پیشخوان برنامه‌ریزی گزارش ژاندارمری چهارشنبه سه‌شنبه فرمانداری ۱۳۹۷ ICT", rtl: true},
	{text: "لغو مجوز، پلمب، جریمه و اخطار به دفاتر پیشخوان خدمات دولت ۲۵٪", rtl: true},
	{text: seedParagraph, rtl: true},
	{text: "Violations reported in کوار county: 12 cases in 3 offices"},
}

// writePDF draws pdfLines with the embedded fonts on one A4 page, each
// paragraph wrapped to the text width and prepared with rtl.PrepareDir.
func writePDF(t *testing.T, path string) {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	fixed := time.Date(2018, 11, 6, 10, 0, 0, 0, time.UTC)
	pdf.SetCreationDate(fixed)
	pdf.SetModificationDate(fixed)
	pdf.SetCatalogSort(true)
	pdf.AddUTF8FontFromBytes(fonts.Family, "", fonts.Regular())
	pdf.AddUTF8FontFromBytes(fonts.Family, "B", fonts.Bold())
	pdf.SetMargins(15, 15, 15)
	pdf.AddPage()
	pageW, _ := pdf.GetPageSize()
	textW := pageW - 30
	for _, p := range pdfLines {
		style := ""
		if p.bold {
			style = "B"
		}
		pdf.SetFont(fonts.Family, style, 12)
		align := "L"
		if p.rtl {
			align = "R"
		}
		for _, line := range rtl.PrepareDir(p.text, textW, pdf.GetStringWidth, fonts.Has, p.rtl) {
			pdf.CellFormat(textW, 7, line, "", 1, align, false, 0, "")
		}
		pdf.Ln(3)
	}
	if err := pdf.OutputFileAndClose(path); err != nil {
		t.Fatalf("write pdf: %v", err)
	}
}

func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not on PATH (apt-get install -y poppler-utils qpdf): %v", name, err)
	}
	return p
}

func TestPDFEndToEnd(t *testing.T) {
	pdftotext := requireTool(t, "pdftotext")
	qpdf := requireTool(t, "qpdf")
	pdftoppm := requireTool(t, "pdftoppm")
	dir := t.TempDir()
	if *pdfDir != "" {
		dir = *pdfDir
	}
	pdfPath := filepath.Join(dir, "rtl.pdf")
	writePDF(t, pdfPath)

	t.Run("qpdf check", func(t *testing.T) {
		out, err := exec.CommandContext(t.Context(), qpdf, "--check", pdfPath).CombinedOutput()
		if err != nil {
			t.Fatalf("qpdf --check: %v\n%s", err, out)
		}
	})

	t.Run("pdftotext gives back the words", func(t *testing.T) {
		out, err := exec.CommandContext(t.Context(), pdftotext, "-enc", "UTF-8", pdfPath, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		// The page holds the joined presentation forms, not base letters.
		for _, w := range []string{"پیشخوان", "گزارش", "ژاندارمری", "فرمانداری", "الله"} {
			if shaped := rtl.Shape(w, fonts.Has); !strings.Contains(string(out), shaped) {
				t.Errorf("raw extracted text lacks the shaped word %q (%U)", w, []rune(shaped))
			}
		}
		// pdftotext rebuilds logical order itself and marks the runs it
		// found with embedding controls (U+202A–U+202C); drop them.
		text := strings.Map(func(r rune) rune {
			if r >= 0x202A && r <= 0x202E || r == 0x200E || r == 0x200F {
				return -1
			}
			return r
		}, norm.NFKC.String(string(out)))
		for _, p := range pdfLines {
			for _, w := range strings.Fields(p.text) {
				// Punctuation at a word's edge is a neutral that the
				// extractor may put on the other side of a number, and
				// fpdf's identity ToUnicode map cannot tell a mirrored
				// bracket from the original: compare the word's core.
				w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
				want := norm.NFKC.String(w)
				if !strings.Contains(text, want) {
					t.Errorf("extracted text lacks %q (%U)", w, []rune(want))
				}
			}
		}
		// Right-to-left lines come back in logical order. (Around a
		// left-to-right run the extractor moves spaces into its embedding,
		// so these phrases hold Persian words only.)
		for _, want := range []string{
			"مورد تخلف در",
			"تاریخ ثبت خبر",
			"لغو مجوز",
			"لا الله پیشخوان برنامه‌ریزی گزارش ژاندارمری چهارشنبه سه‌شنبه فرمانداری",
			"به گزارش روابط عمومی فرمانداری شهرستان کوار",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("extracted text lacks the phrase %q", want)
			}
		}
		// Wrapping happened in logical order: the paragraph's first words
		// come out before its last words.
		first := strings.Index(text, norm.NFKC.String("به گزارش روابط"))
		end := strings.Index(text, norm.NFKC.String("بررسی شد."))
		if first < 0 || end < 0 || first > end {
			t.Errorf("paragraph order broken: start at %d, end at %d in\n%s", first, end, text)
		}
		if t.Failed() {
			t.Logf("pdftotext output after NFKC:\n%s", text)
		}
	})

	t.Run("rendered page is right-aligned", func(t *testing.T) {
		prefix := filepath.Join(dir, "rtl")
		if out, err := exec.CommandContext(t.Context(), pdftoppm, "-png", "-r", "100", "-singlefile", pdfPath, prefix).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v\n%s", err, out)
		}
		data, err := os.ReadFile(prefix + ".png")
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("decode png: %v", err)
		}
		// At 100 dpi the A4 page is 827 px wide and the right margin (15 mm)
		// starts at 768 px. The first line (bold title) must reach close to
		// the right margin and leave the left margin well clear.
		minX, maxX := inkColumns(img, 55, 90)
		if maxX < 740 || maxX > 775 {
			t.Errorf("title ink ends at x=%d, want it right-aligned near 768", maxX)
		}
		if minX < 200 {
			t.Errorf("title ink starts at x=%d, want a short right-aligned line", minX)
		}
	})
}

// inkColumns returns the leftmost and rightmost columns with a dark pixel in
// rows y0..y1 of img, or (-1, -1) if there is none.
func inkColumns(img image.Image, y0, y1 int) (minX, maxX int) {
	minX, maxX = -1, -1
	b := img.Bounds()
	for y := max(y0, b.Min.Y); y < min(y1, b.Max.Y); y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r+g+bl < 3*0x8000 {
				if minX < 0 || x < minX {
					minX = x
				}
				maxX = max(maxX, x)
			}
		}
	}
	return minX, maxX
}
