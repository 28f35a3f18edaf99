package report_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"govwatch/report"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files in testdata")
	keep   = flag.String("report.out", "", "also write the test reports and their PNG pages into this directory")
)

func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not on PATH (apt-get install -y poppler-utils qpdf): %v", name, err)
	}
	return p
}

// renderCase builds and renders one report of the fixture and returns the path
// of the PDF.
func renderCase(t *testing.T, name string, opts report.Options) (string, report.Summary) {
	t.Helper()
	ds := openFixture(t)
	dir := t.TempDir()
	if *keep != "" {
		dir = *keep
	}
	path := filepath.Join(dir, name+".pdf")
	s, err := report.Write(t.Context(), ds, opts, path)
	if err != nil {
		t.Fatal(err)
	}
	if *keep != "" {
		if ppm, err := exec.LookPath("pdftoppm"); err == nil {
			out, err := exec.CommandContext(t.Context(), ppm, "-png", "-r", "70", path, filepath.Join(dir, name)).CombinedOutput()
			if err != nil {
				t.Errorf("pdftoppm: %v\n%s", err, out)
			}
		}
	}
	return path, s
}

// pdfText returns the text layer of the PDF, NFKC-normalised (which turns the
// presentation forms back into letters) and without the bidi embedding controls
// pdftotext adds.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	pdftotext := requireTool(t, "pdftotext")
	out, err := exec.CommandContext(t.Context(), pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E || r == 0x200E || r == 0x200F || r >= 0x2066 && r <= 0x2069 {
			return -1
		}
		return r
	}, norm.NFKC.String(string(out)))
}

func pageCount(t *testing.T, path string) int {
	t.Helper()
	pdfinfo := requireTool(t, "pdfinfo")
	out, err := exec.CommandContext(t.Context(), pdfinfo, path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo printed no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

func qpdfCheck(t *testing.T, path string) {
	t.Helper()
	qpdf := requireTool(t, "qpdf")
	if out, err := exec.CommandContext(t.Context(), qpdf, "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
}

// qdf returns the PDF uncompressed, for looking at its objects.
func qdf(t *testing.T, path string) string {
	t.Helper()
	qpdf := requireTool(t, "qpdf")
	out, err := exec.CommandContext(t.Context(), qpdf, "--qdf", "--object-streams=disable", path, "-").Output()
	if err != nil {
		t.Fatalf("qpdf --qdf: %v", err)
	}
	return string(out)
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update): %v", err)
	}
	if got != string(want) {
		t.Errorf("text layer differs from %s (run go test -update after checking the pages):\n%s", path, lineDiff(string(want), got))
	}
}

// lineDiff lists the first few lines that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < max(len(w), len(g)) && n < 10; i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want " + strconv.Quote(a) + "\n  got  " + strconv.Quote(c) + "\n")
			n++
		}
	}
	return b.String()
}

func TestRenderPersian(t *testing.T) {
	requireTool(t, "pdftotext")
	path, s := renderCase(t, "report-fa", report.Options{Period: mustPeriod(t, "1397-08"), Accuracy: testAccuracy})
	qpdfCheck(t, path)
	if n := pageCount(t, path); n < 4 {
		t.Errorf("report has %d pages, want at least 4", n)
	}
	text := pdfText(t, path)
	for _, want := range []string{
		// Title, sections, period.
		"گزارش پایش تخلفات دستگاه‌ها و واحدها", "شاخص‌های اصلی", "رویدادها و نرخ ضمانت اجرا به تفکیک نوع دستگاه",
		"ضمانت‌های اجرایی به تفکیک نوع دستگاه", "روند هفتگی تخلفات گزارش‌شده", "مقاماتی که درباره تخلفات سخن گفته‌اند",
		"فهرست تفصیلی تخلفات", "پیوست", "آبان", "۱۳۹۷", "مهر", "1397-08",
		// Twelve months as small multiples, changes in numbers, incidents without a sanction.
		"دوازده دوره اخیر", "آذر ۱۳۹۶", "تغییر +۲", "رویدادهای بدون ضمانت اجرا",
		// Counties, provinces, officials.
		"کوار", "شیراز", "دشتستان", "فارس", "بوشهر", "محمد رضایی", "علی احمدی", "حسن کریمی",
		// Labels of codes.
		"نانوایی", "جایگاه سوخت", "لغو مجوز", "پلمب",
		// An excerpt.
		"سه نانوایی به دلیل تخلف",
		// The data version and run IDs.
		"run-20181130-b", "run-20181125-a", "transform/1.0.0",
		// The method page's accuracy by office type.
		"به تفکیک نوع واحد", "۰٫۸۲۵", "۰٫۵۵۰", "بخش آزمون ۳۰۰ متن دارد",
		// The last measurement of the whole check part, beside one of a part.
		"آخرین سنجش کل بخش آزمون (۲۹۰ متن، با", "transform/9.8.0", "۰٫۷۲۵",
		// The count figure, which offices involved sums.
		"همراه با تعداد واحدها", "۰٫۶۲۵",
	} {
		if !has(text, want) {
			t.Errorf("text layer lacks %q", want)
		}
	}
	// Key figures in Persian digits: articles 4 (previous 2, +2 (+100٪)),
	// reported 4 (previous 2), counties 3.
	for _, want := range []string{"۴", "+۲", "۳"} {
		if !has(text, want) {
			t.Errorf("text layer lacks the figure %q", want)
		}
	}
	if strings.ContainsAny(text, "¤") {
		t.Errorf("the page-count placeholder was not replaced")
	}
	last := pageCount(t, path)
	if want := "صفحه " + digitsFA(last) + " از " + digitsFA(last); !has(text, want) {
		t.Errorf("text layer lacks the footer %q", want)
	}
	raw := qdf(t, path)
	for _, it := range s.Items {
		if !strings.Contains(raw, "/URI ("+it.Sources[0].URL+")") {
			t.Errorf("no link annotation to %s", it.Sources[0].URL)
		}
	}
	if n := strings.Count(raw, "/Subtype /Link"); n < len(s.Items) {
		t.Errorf("%d link annotations, want at least %d", n, len(s.Items))
	}
	for _, want := range []string{"/Outlines", "/Title", "/CreationDate (D:20181130060000)", "/Lang (fa-IR)"} {
		if !strings.Contains(raw, want) {
			t.Errorf("PDF lacks %s", want)
		}
	}
	if n := strings.Count(raw, "/Parent") - strings.Count(raw, "/Type /Page\n"); n < 7 {
		t.Errorf("outline has %d entries, want at least 7", n)
	}
	// The text layer gives the letters as written (ActualText), not presentation
	// forms: a plain search finds a county without any normalisation.
	out, err := exec.CommandContext(t.Context(), "pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"کوار", "شیراز", "رویداد تخلف گزارش‌شده", "خلاصه"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("raw pdftotext output lacks %q", want)
		}
	}
	// The period's tables travel with the PDF as CSV files (fpdf names them
	// Attachement1… in the name tree, with the file names in their specs, in
	// UTF-16).
	for _, name := range []string{"incidents.csv", "counties.csv", "officials.csv", "sources.csv"} {
		hex := "feff"
		for _, r := range name {
			hex += fmt.Sprintf("%04x", r)
		}
		if !strings.Contains(raw, "/UF <"+hex+">") {
			t.Errorf("PDF has no attached file %s", name)
		}
	}
	csvText, err := exec.CommandContext(t.Context(), "qpdf", "--show-attachment=Attachement1", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if rows := strings.Count(string(csvText), "\n") - 1; !strings.HasPrefix(string(csvText), "incident_id,") || rows != len(s.Items) {
		t.Errorf("incidents.csv has %d rows, the report lists %d incidents", rows, len(s.Items))
	}
	checkNoEnglish(t, string(out), s)
	golden(t, "report-fa.txt", text)
}

// allowedLatin are the words in Latin letters a Persian report may print: names
// of files, tables and commands, the units and acronyms Persian writes so, and
// HTTP status classes. Identifiers from the data (run IDs, job names, extractor
// versions such as transform/2.1.0, URLs) are allowed by checkNoEnglish.
var allowedLatin = map[string]bool{
	"incidents.csv": true, "counties.csv": true, "officials.csv": true, "sources.csv": true, "followups.csv": true,
	"incidents": true, "violations": true, "govwatch": true, "eval": true,
	"CSV": true, "ICT": true, "F1": true, "5xx": true, "4xx": true,
}

// checkNoEnglish fails if the Persian report's text prints a word in Latin
// letters other than those allowed: no English label, status or source ID
// leaks into it.
func checkNoEnglish(t *testing.T, text string, s report.Summary) {
	t.Helper()
	ids := map[string]bool{s.DataVersion: true}
	for _, r := range s.Appendix.Runs {
		ids[r.RunID], ids[r.Job] = true, true
	}
	for _, v := range s.Appendix.ExtractorVersions {
		ids[v] = true
	}
	bad := map[string]int{}
	for _, w := range regexp.MustCompile(`[0-9]*[A-Za-z][A-Za-z0-9._/:+-]*[A-Za-z0-9]|[A-Za-z]`).FindAllString(text, -1) {
		w = strings.TrimRight(w, ".:")
		if allowedLatin[w] || ids[w] || strings.HasPrefix(w, "http") || strings.HasPrefix(w, "transform/") {
			continue
		}
		bad[w]++
	}
	if len(bad) > 0 {
		t.Errorf("the Persian report prints words in Latin letters: %v", bad)
	}
}

// has reports whether text holds want, ignoring white space and brackets:
// pdftotext moves spaces around numbers inside right-to-left lines, and fpdf's
// identity ToUnicode map gives back a mirrored bracket as drawn.
func has(text, want string) bool {
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || strings.ContainsRune("()[]", r) {
				return -1
			}
			return r
		}, s)
	}
	return strings.Contains(squash(text), squash(want))
}

func digitsFA(n int) string {
	return strings.Map(func(r rune) rune { return '۰' + r - '0' }, strconv.Itoa(n))
}

func TestRenderEnglish(t *testing.T) {
	requireTool(t, "pdftotext")
	path, _ := renderCase(t, "report-en", report.Options{Period: mustPeriod(t, "1397-08"), Lang: report.LangEN, Accuracy: testAccuracy})
	qpdfCheck(t, path)
	text := pdfText(t, path)
	for _, want := range []string{
		"Key figures", "Incidents and sanction rate by office type", "Sanctions by office type",
		"Weekly trend of reported violations", "Officials who spoke about violations", "Detailed list of violations",
		"Appendix", "Aban 1397", "Articles read", "Bakery", "Licence revocation",
		// Names and places in Latin letters; titles and excerpts stay Persian.
		"Kavar", "Shiraz", "Dashtestan", "Fars", "Bushehr", "Mohammad Rezaei", "Ali Ahmadi", "Hassan Karimi",
		"Kavar Governorate", "Governor", "Shiraz Office of Industry, Mine and Trade",
		"سه نانوایی به دلیل تخلف",
		"+2",
		"Office type and modality by office type", "Bakery 0.825 (40)", "Fuel station 0.550 (21)",
		// The share of the check part measured.
		"The check part holds 300 passages; the 120 whose texts were rebuilt",
		"with the count of units (what offices involved sums), F1: 0.625",
		"The last measurement of the whole check part (transform/9.8.0, 290 passages)", "office type and modality 0.725",
	} {
		if !has(text, want) {
			t.Errorf("text layer lacks %q", want)
		}
	}
	// A person's name is never left in Persian in the English report.
	for _, name := range []string{"محمد رضایی", "علی احمدی", "حسن کریمی"} {
		if has(text, name) {
			t.Errorf("English text layer has the name %q in Persian", name)
		}
	}
	golden(t, "report-en.txt", text)
}

func TestRenderEmpty(t *testing.T) {
	requireTool(t, "pdftotext")
	for _, lang := range []string{report.LangFA, report.LangEN} {
		t.Run(lang, func(t *testing.T) {
			path, s := renderCase(t, "report-empty-"+lang, report.Options{Period: mustPeriod(t, "1397-11"), Lang: lang, Accuracy: testAccuracy})
			if !s.Empty {
				t.Fatal("summary of 1397-11 is not Empty")
			}
			qpdfCheck(t, path)
			if n := pageCount(t, path); n > 3 {
				t.Errorf("empty report has %d pages, want at most 3 (cover, result and appendix)", n)
			}
			text := pdfText(t, path)
			want := "هیچ خبری در داده‌ها یافت نشد"
			if lang == report.LangEN {
				want = "No articles were found"
			}
			if !has(text, want) {
				t.Errorf("text layer lacks %q", want)
			}
			golden(t, "report-empty-"+lang+".txt", text)
		})
	}
}

func TestRenderDeterministic(t *testing.T) {
	ds := openFixture(t)
	opts := report.Options{Period: mustPeriod(t, "1397-08")}
	s, err := report.Build(t.Context(), ds, opts)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := report.Render(&a, s, opts); err != nil {
		t.Fatal(err)
	}
	s2, err := report.Build(t.Context(), ds, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := report.Render(&b, s2, opts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two renderings of the same data differ (%d and %d bytes)", a.Len(), b.Len())
	}
	if !bytes.HasPrefix(a.Bytes(), []byte("%PDF-")) {
		t.Errorf("output does not start with a PDF header")
	}
}

// testAccuracy is an accuracy statement for the method page of the golden
// reports; the real one comes from transform through cmd.
var testAccuracy = report.Accuracy{Extractor: "transform/9.9.9", Passages: 120, Labelled: 300, Person: 0.9, PersonRole: 0.8,
	OfficeModality: 0.85, OfficeModalityCount: 0.625, Sanction: 0.95, Modality: 0.875, GeneralPrecision: 0.96,
	PersonInterval: [2]float64{0.87, 0.93}, PersonRoleInterval: [2]float64{0.76, 0.84},
	FreshPassages: 60, FreshPerson: 0.85, FreshPersonRole: 0.7, FreshOfficeModality: 0.75,
	WholeExtractor: "transform/9.8.0", WholePassages: 290, WholePerson: 0.88, WholePersonRole: 0.78, WholeOfficeModality: 0.725,
	ByOffice: []report.OfficeAccuracy{{OfficeType: "bakery", Gold: 40, F1: 0.825}, {OfficeType: "fuel_station", Gold: 21, F1: 0.55}}}
