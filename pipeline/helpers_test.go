package pipeline_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"govwatch/extract"
	"govwatch/internal/demoportal"
	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
)

// startPortal serves a demo portal on a loopback httptest server that is closed when
// the test ends.
func startPortal(t testing.TB, opts demoportal.Options) (*demoportal.Portal, *httptest.Server) {
	t.Helper()
	p, err := demoportal.New(opts)
	if err != nil {
		t.Fatalf("demoportal.New: %v", err)
	}
	srv := httptest.NewServer(p.Handler())
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	return p, srv
}

// portalSources returns one iran_gov_cms source per site of the portal, with its
// province and county; with slugs, only those sites.
func portalSources(p *demoportal.Portal, base string, slugs ...string) []extract.Source {
	want := map[string]bool{}
	for _, s := range slugs {
		want[s] = true
	}
	var out []extract.Source
	for _, s := range p.Sites() {
		if len(slugs) > 0 && !want[s.Slug] {
			continue
		}
		out = append(out, extract.Source{
			ID: s.Slug, Name: s.Name, Province: s.Province, County: s.County,
			StartURLs: []string{base + s.ListURL}, Profile: "iran_gov_cms",
		})
	}
	return out
}

// crawlConfig is a crawl configuration for a loopback portal: no politeness limits
// worth the name, quick retries, and the WARC archive in archiveDir.
func crawlConfig(archiveDir string) extract.Config {
	c := extract.DefaultConfig()
	c.UserAgent = "govwatch-pipeline-test/1.0"
	c.Timeout = 5 * time.Second
	c.Retries = 2
	c.BackoffBase = time.Millisecond
	c.BackoffMax = 5 * time.Millisecond
	c.Rate = 10000
	c.Burst = 100
	c.Concurrency = 4
	c.ArchiveDir = archiveDir
	return c
}

// testLogger writes warnings and errors to the test's output.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// runOptions are the options of a crawl of srcs into dataDir, archiving under dataDir.
func runOptions(t testing.TB, dataDir string, srcs []extract.Source) pipeline.Options {
	return pipeline.Options{
		DataDir:  dataDir,
		Sources:  srcs,
		Crawl:    crawlConfig(filepath.Join(dataDir, "_archive")),
		Profiles: extract.BuiltinProfiles(),
		Job:      "crawl-test",
		Trigger:  "manual",
		Logger:   testLogger(t),
	}
}

// tables is every row of a dataset.
type tables struct {
	articles   []dataset.ArticleRow
	people     []dataset.PersonRow
	violations []dataset.ViolationRow
	runs       []dataset.RunRow
}

// readTables opens the dataset in dir read-only and scans every table fully.
func readTables(ctx context.Context, dir string) (tables, error) {
	var tb tables
	ds, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
	if err != nil {
		return tb, fmt.Errorf("open: %w", err)
	}
	if err := ds.ScanArticles(ctx, dataset.Filter{}, func(r dataset.ArticleRow) error { tb.articles = append(tb.articles, r); return nil }); err != nil {
		return tb, fmt.Errorf("scan articles: %w", err)
	}
	if err := ds.ScanPeople(ctx, dataset.Filter{}, func(r dataset.PersonRow) error { tb.people = append(tb.people, r); return nil }); err != nil {
		return tb, fmt.Errorf("scan people: %w", err)
	}
	if err := ds.ScanViolations(ctx, dataset.Filter{}, func(r dataset.ViolationRow) error { tb.violations = append(tb.violations, r); return nil }); err != nil {
		return tb, fmt.Errorf("scan violations: %w", err)
	}
	if err := ds.ScanRuns(ctx, dataset.Filter{}, func(r dataset.RunRow) error { tb.runs = append(tb.runs, r); return nil }); err != nil {
		return tb, fmt.Errorf("scan runs: %w", err)
	}
	return tb, nil
}

// mustReadTables is readTables that fails the test on error.
func mustReadTables(t testing.TB, dir string) tables {
	t.Helper()
	tb, err := readTables(t.Context(), dir)
	if err != nil {
		t.Fatalf("read dataset %s: %v", dir, err)
	}
	return tb
}

// version is the key of one stored article version.
type version struct{ articleID, hash string }

// byURL groups the article rows by URL.
func (tb tables) byURL() map[string][]dataset.ArticleRow {
	m := map[string][]dataset.ArticleRow{}
	for _, a := range tb.articles {
		m[a.URL] = append(m[a.URL], a)
	}
	return m
}

// run returns the runs row with id.
func (tb tables) run(id string) (dataset.RunRow, bool) {
	for _, r := range tb.runs {
		if r.RunID == id {
			return r, true
		}
	}
	return dataset.RunRow{}, false
}

// integrity lists every broken invariant of a dataset: duplicate article versions,
// duplicate mention rows, mentions of versions that are not stored, and evidence
// that is not the code-point substring of the body it points into.
func (tb tables) integrity() []string {
	var bad []string
	seen := map[version]bool{}
	for _, a := range tb.articles {
		k := version{a.ArticleID, a.ContentHash}
		if seen[k] {
			bad = append(bad, fmt.Sprintf("duplicate article version %s %s (%s)", a.ArticleID, a.ContentHash[:8], a.URL))
		}
		seen[k] = true
		if a.ArticleID != dataset.ArticleID(a.URL) {
			bad = append(bad, fmt.Sprintf("article %s: id %s is not ArticleID(url)", a.URL, a.ArticleID))
		}
	}
	bodies := map[version][]rune{}
	for _, a := range tb.articles {
		bodies[version{a.ArticleID, a.ContentHash}] = []rune(a.Body)
	}
	span := func(k version, start, end int32) (string, error) {
		body, ok := bodies[k]
		switch {
		case !ok:
			return "", fmt.Errorf("no article version %s %.8s", k.articleID, k.hash)
		case start < 0 || end < start || int(end) > len(body):
			return "", fmt.Errorf("offsets [%d:%d] outside a body of %d code points", start, end, len(body))
		}
		return string(body[start:end]), nil
	}
	people := map[string]bool{}
	for _, p := range tb.people {
		key := fmt.Sprintf("%s|%s|%d|%d|%s", p.ArticleID, p.ContentHash, p.Start, p.End, p.PersonKey)
		if people[key] {
			bad = append(bad, "duplicate people row "+key)
		}
		people[key] = true
		got, err := span(version{p.ArticleID, p.ContentHash}, p.Start, p.End)
		if err != nil {
			bad = append(bad, fmt.Sprintf("person %s: %v", key, err))
		} else if got != p.Sentence {
			bad = append(bad, fmt.Sprintf("person %s: body[%d:%d] = %q, sentence %q", key, p.Start, p.End, got, p.Sentence))
		}
	}
	viols := map[string]bool{}
	for _, v := range tb.violations {
		key := fmt.Sprintf("%s|%s|%d|%d|%s", v.ArticleID, v.ContentHash, v.Start, v.End, v.ViolationID)
		if viols[key] {
			bad = append(bad, "duplicate violations row "+key)
		}
		viols[key] = true
		got, err := span(version{v.ArticleID, v.ContentHash}, v.Start, v.End)
		if err != nil {
			bad = append(bad, fmt.Sprintf("violation %s: %v", key, err))
		} else if got != v.Evidence {
			bad = append(bad, fmt.Sprintf("violation %s: body[%d:%d] = %q, evidence %q", key, v.Start, v.End, got, v.Evidence))
		}
	}
	return bad
}

// checkIntegrity fails the test for every broken invariant of tb.
func checkIntegrity(t testing.TB, tb tables) {
	t.Helper()
	bad := tb.integrity()
	for i, b := range bad {
		if i == 20 {
			t.Errorf("... and %d more", len(bad)-i)
			break
		}
		t.Error(b)
	}
}

// articleURLs returns the canonical URLs of the hand-written articles of the portal
// served at base, limited to the sites in slugs when given.
func articleURLs(t testing.TB, p *demoportal.Portal, base string, slugs ...string) []string {
	t.Helper()
	want := map[string]bool{}
	for _, s := range slugs {
		want[s] = true
	}
	var out []string
	for _, a := range p.Articles() {
		if len(slugs) > 0 && !want[a.Site] {
			continue
		}
		out = append(out, canonical(t, base+a.Path))
	}
	return out
}

func canonical(t testing.TB, raw string) string {
	t.Helper()
	u, err := extract.Canonical(raw)
	if err != nil {
		t.Fatalf("canonical %s: %v", raw, err)
	}
	return u
}

// asciiDigits maps Persian and Arabic-Indic digits to ASCII.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		}
		return r
	}, s)
}

// jalaliKey folds a printed Jalali date to y/m/d with ASCII digits and no zero padding.
func jalaliKey(s string) string {
	parts := strings.Split(strings.TrimSpace(asciiDigits(s)), "/")
	for i, p := range parts {
		p = strings.TrimLeft(p, "0")
		if p == "" {
			p = "0"
		}
		parts[i] = p
	}
	return strings.Join(parts, "/")
}
