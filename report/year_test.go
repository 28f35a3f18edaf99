package report_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/pipeline/dataset"
	"govwatch/report"
	"govwatch/report/latin"
	"govwatch/transform"
	"govwatch/transform/jalali"
)

// yearArticles is the size of the generated year, the check: a dataset
// of 12,000 articles gives a report under 40 pages with the full list attached.
const yearArticles = 12000

// maxPages is the most pages a report may have, however large the period.
const maxPages = 40

// attachments returns the files attached to the PDF by name, read back with
// qpdf (--list-attachments for the keys, --show-attachment for the bytes).
func attachments(t *testing.T, path string) map[string][]byte {
	t.Helper()
	qpdf := requireTool(t, "qpdf")
	list, err := exec.CommandContext(t.Context(), qpdf, "--list-attachments", "--verbose", path).Output()
	if err != nil {
		t.Fatalf("qpdf --list-attachments: %v", err)
	}
	// "Attachement1 -> 12,0" then details; the file name is in the "/UF" or
	// "preferred name" line that follows each key.
	out := map[string][]byte{}
	keyRE := regexp.MustCompile(`(?m)^(\S+) -> `)
	nameRE := regexp.MustCompile(`preferred name: (.+)`)
	keys := keyRE.FindAllSubmatchIndex(list, -1)
	for i, k := range keys {
		end := len(list)
		if i+1 < len(keys) {
			end = keys[i+1][0]
		}
		key := string(list[k[2]:k[3]])
		m := nameRE.FindSubmatch(list[k[0]:end])
		if m == nil {
			t.Fatalf("qpdf lists attachment %s without a name:\n%s", key, list)
		}
		data, err := exec.CommandContext(t.Context(), qpdf, "--show-attachment="+key, path).Output()
		if err != nil {
			t.Fatalf("qpdf --show-attachment=%s: %v", key, err)
		}
		out[strings.TrimSpace(string(m[1]))] = data
	}
	return out
}

func readCSV(t *testing.T, name string, data []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s is empty", name)
	}
	return recs
}

// inPeriod reports whether an incident's event date lies in p.
func inPeriod(p jalali.Period, r dataset.IncidentRow) bool {
	if r.EventDate.IsZero() {
		return false
	}
	y, m, d := r.EventDate.Date()
	return p.Contains(jalali.FromGregorian(y, m, d))
}

// TestYearReport renders the report of a generated year of 12,000 articles of
// 45 counties and checks that it is a report, not a dump: under 40 pages, the
// full lists in CSV files attached to the PDF that equal the dataset's incidents,
// articles and officials tables, a first page whose sentences agree with the
// tables, and weekly bars that add up to the headline figure. It also renders
// the busiest month of the same data. How long it takes is measured by
// BenchmarkYearReport, not here.
func TestYearReport(t *testing.T) {
	requireTool(t, "pdfinfo")
	requireTool(t, "qpdf")
	requireTool(t, "pdftotext")
	dir := t.TempDir()
	g := writeYear(t, dir, yearArticles)
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if *keep != "" {
		out = *keep
	}

	for _, tc := range []struct {
		name   string
		period jalali.Period
		lang   string
	}{
		{"year-fa", g.Year, report.LangFA},
		{"year-en", g.Year, report.LangEN},
		{"month-fa", mustPeriod(t, "1397-07"), report.LangFA},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := report.Options{Period: tc.period, Lang: tc.lang, SourceNames: g.Names, Accuracy: testAccuracy}
			path := filepath.Join(out, tc.name+".pdf")
			s, err := report.Write(t.Context(), ds, opts, path)
			if err != nil {
				t.Fatal(err)
			}
			keepPNG(t, path, tc.name)
			qpdfCheck(t, path)
			if n := pageCount(t, path); n >= maxPages {
				t.Errorf("report of %s has %d pages, want fewer than %d", tc.period, n, maxPages)
			} else {
				t.Logf("%s: %d pages, %d incidents, %d offices, %d warnings, %d listed items, %d counties, %d officials",
					tc.period, n, s.Current.Incidents, s.Current.Offices, s.Current.Warnings, len(s.Items), len(s.Counties), len(s.Officials))
			}
			if s.Current.Articles == 0 || s.Current.Incidents < 100 {
				t.Fatalf("generated period has %d articles, %d incidents: the generator is broken", s.Current.Articles, s.Current.Incidents)
			}
			if tc.name == "year-fa" && s.Current.Articles != g.Articles {
				t.Errorf("year has %d articles, the generator wrote %d", s.Current.Articles, g.Articles)
			}
			checkAttachments(t, ds, path, tc.period, s)
			if tc.lang == report.LangFA {
				raw, err := exec.CommandContext(t.Context(), "pdftotext", "-enc", "UTF-8", path, "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				checkNoEnglish(t, string(raw), s)
			} else {
				// Names and places in Latin letters: the top county's name
				// is printed as the tables spell it.
				if text := pdfText(t, path); !strings.Contains(text, latinPlace(s.Counties[0].County)) {
					t.Errorf("English report lacks the top county %s in Latin letters (%s)", s.Counties[0].County, latinPlace(s.Counties[0].County))
				}
			}
			checkFirstPage(t, path, s, tc.lang)
			in := 0
			for _, w := range s.Trend {
				if w.InPeriod {
					in += w.Reported
				}
			}
			if in != s.Current.Incidents {
				t.Errorf("weekly bars of the period sum to %d, the headline says %d incidents", in, s.Current.Incidents)
			}
		})
	}
}

// keepPNG writes the pages of path as PNG files beside it when -report.out is set.
func keepPNG(t *testing.T, path, name string) {
	t.Helper()
	if *keep == "" {
		return
	}
	if ppm, err := exec.LookPath("pdftoppm"); err == nil {
		out, err := exec.CommandContext(t.Context(), ppm, "-png", "-r", "70", path, filepath.Join(*keep, name)).CombinedOutput()
		if err != nil {
			t.Errorf("pdftoppm: %v\n%s", err, out)
		}
	}
}

// checkAttachments reads the CSV files attached to the PDF and compares them
// with the dataset's tables: incidents.csv with the incidents of the period
// (reported and conditional), counties.csv with the same incidents and the
// articles counted by county, officials.csv with the officials table.
func checkAttachments(t *testing.T, ds *dataset.Dataset, path string, p jalali.Period, s report.Summary) {
	t.Helper()
	files := attachments(t, path)
	for _, name := range []string{"incidents.csv", "counties.csv", "officials.csv", "sources.csv", "followups.csv"} {
		if _, ok := files[name]; !ok {
			t.Fatalf("PDF has no attachment %s (has %v)", name, slices.Sorted(mapsKeys(files)))
		}
	}

	// The incidents table, for the period.
	want := map[string]dataset.IncidentRow{}
	var period []dataset.IncidentRow
	if err := ds.ScanIncidents(t.Context(), dataset.Filter{}, func(r dataset.IncidentRow) error {
		if inPeriod(p, r) {
			period = append(period, r)
			if r.Modality != transform.ModalityDenied {
				want[r.IncidentID] = r
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, "incidents.csv", files["incidents.csv"])
	head := recs[0]
	col := func(name string) int {
		i := slices.Index(head, name)
		if i < 0 {
			t.Fatalf("incidents.csv has no column %s: %v", name, head)
		}
		return i
	}
	iID, iDate, iMod, iCounty, iOff, iOT, iSanc, iCount, iURLs := col("incident_id"), col("event_jalali"), col("modality"),
		col("county"), col("offices"), col("office_types"), col("sanctions"), col("count"), col("urls")
	if len(recs)-1 != len(want) {
		t.Errorf("incidents.csv has %d rows, the incidents table %d reported or conditional incidents in %s", len(recs)-1, len(want), p)
	}
	bad := 0
	for _, rec := range recs[1:] {
		r, ok := want[rec[iID]]
		if !ok {
			t.Errorf("incidents.csv row %s is not an incident of the period in the table", rec[iID])
			bad++
			continue
		}
		count := ""
		if r.Count != nil {
			count = strconv.Itoa(int(*r.Count))
		}
		got := []string{rec[iDate], rec[iMod], rec[iCounty], rec[iOff], rec[iOT], rec[iSanc], rec[iCount], rec[iURLs]}
		exp := []string{r.EventJalali, r.Modality, r.County, strconv.Itoa(int(r.Offices)), strings.Join(r.OfficeTypes, " "),
			strings.Join(r.Sanctions, " "), count, strings.Join(r.URLs, " ")}
		if diff := cmp.Diff(exp, got); diff != "" && bad < 5 {
			t.Errorf("incidents.csv row %s differs from the table (-table +csv):\n%s", rec[iID], diff)
			bad++
		}
	}

	// counties.csv: a recount from the incidents table and the articles table.
	type tally struct{ inc, off, warn, den, arts int }
	byCounty := map[[2]string]*tally{}
	get := func(prov, county string) *tally {
		k := [2]string{prov, county}
		if byCounty[k] == nil {
			byCounty[k] = &tally{}
		}
		return byCounty[k]
	}
	for _, r := range period {
		c := get(r.Province, r.County)
		switch r.Modality {
		case transform.ModalityReported:
			c.inc++
			c.off += int(r.Offices)
		case transform.ModalityConditional:
			c.warn++
		case transform.ModalityDenied:
			c.den++
		}
	}
	latest := map[string]dataset.ArticleRow{}
	if err := ds.ScanArticles(t.Context(), dataset.Filter{Columns: []string{"article_id", "province", "county", "registered_date", "fetched_at", "content_hash"}},
		func(r dataset.ArticleRow) error {
			if v, ok := latest[r.ArticleID]; !ok || r.FetchedAt.After(v.FetchedAt) {
				latest[r.ArticleID] = r
			}
			return nil
		}); err != nil {
		t.Fatal(err)
	}
	for _, a := range latest {
		y, m, d := a.RegisteredDate.Date()
		if !a.RegisteredDate.IsZero() && p.Contains(jalali.FromGregorian(y, m, d)) {
			get(transform.Normalize(a.Province), transform.Normalize(a.County)).arts++
		}
	}
	recs = readCSV(t, "counties.csv", files["counties.csv"])
	seen := 0
	for _, rec := range recs[1:] {
		if rec[2] == "true" { // subtotal
			continue
		}
		seen++
		w := byCounty[[2]string{rec[0], rec[1]}]
		if w == nil {
			t.Errorf("counties.csv has %s/%s, which has no article or incident in %s", rec[0], rec[1], p)
			continue
		}
		got := rec[3:8]
		exp := []string{strconv.Itoa(w.inc), strconv.Itoa(w.off), strconv.Itoa(w.warn), strconv.Itoa(w.den), strconv.Itoa(w.arts)}
		if !slices.Equal(got, exp) {
			t.Errorf("counties.csv %s: incidents, offices, warnings, denials, articles = %v, the tables give %v", rec[1], got, exp)
		}
	}
	if seen != len(byCounty) {
		t.Errorf("counties.csv has %d counties, the tables %d", seen, len(byCounty))
	}

	// officials.csv: every official with the period's incidents attributed to them.
	spoke := map[string]int{}
	for _, r := range period {
		if r.SpeakerID != "" && r.Modality != transform.ModalityDenied {
			spoke[r.SpeakerID]++
		}
	}
	names := map[string]string{}
	if err := ds.ScanOfficials(t.Context(), dataset.Filter{}, func(r dataset.OfficialRow) error {
		names[r.PersonID] = r.Name
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	recs = readCSV(t, "officials.csv", files["officials.csv"])
	if len(recs)-1 != len(spoke) {
		t.Errorf("officials.csv has %d officials, the incidents of the period name %d", len(recs)-1, len(spoke))
	}
	for _, rec := range recs[1:] {
		if names[rec[0]] != rec[1] || strconv.Itoa(spoke[rec[0]]) != rec[6] {
			t.Errorf("officials.csv row %v: the officials table names %s %q with %d incidents", rec, rec[0], names[rec[0]], spoke[rec[0]])
		}
	}
	if len(s.Items) != len(want) {
		t.Errorf("the summary lists %d items, the table has %d", len(s.Items), len(want))
	}
	checkFollowUps(t, ds, files["followups.csv"], p, s)
}

// checkFollowUps recounts from the incidents table the warnings of the
// FollowUpDays before p that a reported incident of p in the same county, about
// one of the same office types, followed; and checks followups.csv against it.
func checkFollowUps(t *testing.T, ds *dataset.Dataset, data []byte, p jalali.Period, s report.Summary) {
	t.Helper()
	from := p.Start.AddDays(-report.FollowUpDays)
	type row struct {
		r dataset.IncidentRow
		d jalali.Date
	}
	var warns, reps []row
	if err := ds.ScanIncidents(t.Context(), dataset.Filter{}, func(r dataset.IncidentRow) error {
		if r.EventDate.IsZero() || r.County == "" {
			return nil
		}
		y, m, dd := r.EventDate.Date()
		d := jalali.FromGregorian(y, m, dd)
		switch {
		case r.Modality == transform.ModalityConditional && !d.Before(from) && d.Before(p.Start):
			warns = append(warns, row{r, d})
		case r.Modality == transform.ModalityReported && p.Contains(d):
			reps = append(reps, row{r, d})
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	followed := map[string]bool{}
	for _, w := range warns {
		for _, r := range reps {
			if r.r.County == w.r.County && slices.ContainsFunc(r.r.OfficeTypes, func(ot string) bool { return slices.Contains(w.r.OfficeTypes, ot) }) {
				followed[w.r.IncidentID] = true
				break
			}
		}
	}
	if s.EarlierWarnings != len(warns) || len(s.FollowUps) != len(followed) {
		t.Errorf("follow-ups: %d of %d warnings, the incidents table gives %d of %d", len(s.FollowUps), s.EarlierWarnings, len(followed), len(warns))
	}
	if len(followed) == 0 {
		t.Errorf("no earlier warning was followed up in %s: the generated data should have some", p)
	}
	recs := readCSV(t, "followups.csv", data)
	if len(recs)-1 != len(followed) {
		t.Errorf("followups.csv has %d rows, want %d", len(recs)-1, len(followed))
	}
	for _, rec := range recs[1:] {
		if !followed[rec[3]] {
			t.Errorf("followups.csv pairs warning %s, which the incidents table does not show followed up", rec[3])
		}
	}
}

func mapsKeys(m map[string][]byte) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// checkFirstPage checks that the first page states the headline figures and
// names the counties the tables rank first (or that rose most).
func checkFirstPage(t *testing.T, path string, s report.Summary, lang string) {
	t.Helper()
	raw, err := exec.CommandContext(t.Context(), "pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	page := string(raw)
	num := func(n int) string {
		s := strconv.Itoa(n)
		if len(s) > 3 {
			s = s[:len(s)-3] + "," + s[len(s)-3:]
		}
		if lang == report.LangFA {
			s = strings.NewReplacer(",", "٬").Replace(s)
			return strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return '۰' + r - '0'
				}
				return r
			}, s)
		}
		return s
	}
	if !strings.Contains(page, num(s.Current.Incidents)) || !strings.Contains(page, num(s.Current.Offices)) {
		t.Errorf("first page lacks the incidents (%s) or offices (%s)", num(s.Current.Incidents), num(s.Current.Offices))
	}
	var named []string
	for _, r := range s.Rises {
		named = append(named, r.County)
	}
	if len(named) == 0 {
		for _, r := range s.Counties {
			if !r.Subtotal && len(named) < 3 {
				named = append(named, r.County)
			}
		}
	}
	for _, c := range named {
		if lang == report.LangFA && !strings.Contains(page, c) {
			t.Errorf("first page does not name %s, which the tables rank first", c)
		}
	}
}

// BenchmarkYearReport builds and renders the report of the generated year
// (12,000 articles): "cold" derives the incidents and officials in memory each
// time (a read-only dataset whose derived tables were never written), "warm"
// reads the stored tables, as every report after the first does.
func BenchmarkYearReport(b *testing.B) {
	dir := b.TempDir()
	start := time.Now()
	g := writeYear(b, dir, yearArticles)
	b.Logf("wrote %d articles (+%d before the year) in %v", g.Articles, g.Before, time.Since(start).Round(time.Millisecond))
	run := func(b *testing.B, ds *dataset.Dataset, p jalali.Period) {
		opts := report.Options{Period: p, SourceNames: g.Names}
		var s report.Summary
		var err error
		for b.Loop() {
			s, err = report.Build(b.Context(), ds, opts)
			if err != nil {
				b.Fatal(err)
			}
			if err := report.Render(io.Discard, s, opts); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(s.Current.Incidents), "incidents")
	}
	month := mustBenchPeriod(b, "1397-07")
	b.Run("year/cold", func(b *testing.B) {
		ds, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		run(b, ds, g.Year)
	})
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("year/warm", func(b *testing.B) { run(b, ds, g.Year) })
	b.Run("month/warm", func(b *testing.B) { run(b, ds, month) })
}

func latinPlace(s string) string { return latin.Place(s) }
