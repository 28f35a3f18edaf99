package pipeline

import (
	"encoding/binary"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/extract"
	"govwatch/pipeline/dataset"
	"govwatch/transform"
)

// TestStoredTextAnalysesAlike holds what a reprocess from stored rows rests on: the
// analysis of an article row's stored text (normalised title, the body's paragraphs,
// the dates as stored) gives the rows the analysis of the page's text gave, over the
// real passages. It skips when their texts are absent.
func TestStoredTextAnalysesAlike(t *testing.T) {
	files, _ := filepath.Glob("../transform/testdata/real/texts/*.txt")
	if len(files) == 0 {
		t.Skip("real set: passage texts absent (rebuild them as transform/testdata/real/README.md says); skipped")
	}
	slices.Sort(files)
	log := slog.New(slog.DiscardHandler)
	src := extract.Source{ID: "real"}
	var differs int
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		in := transform.InputFromText(string(data))
		id := strings.TrimSuffix(filepath.Base(name), ".txt")
		art := extract.Article{URL: "https://portal.example/news/" + id, SourceID: src.ID, Title: in.Title, Paragraphs: in.Paragraphs,
			RegisteredPrinted: in.Registered, OccurredPrinted: in.Occurred, ContentHash: "h", Layout: "p",
			FetchedAt: time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)}
		page, err := buildRows(t.Context(), art, src, "key", log)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if page.truncated {
			continue
		}
		back := articleOfRow(page.article)
		if back.Title != art.Title || !slices.Equal(back.Paragraphs, art.Paragraphs) ||
			back.RegisteredPrinted != art.RegisteredPrinted || back.OccurredPrinted != art.OccurredPrinted {
			differs++
		}
		stored, err := buildRows(t.Context(), back, src, "key", log)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if diff := cmp.Diff(page, stored, cmp.AllowUnexported(rows{})); diff != "" {
			t.Errorf("%s: rows from the stored text differ (-page +stored):\n%s", id, diff)
		}
	}
	t.Logf("%d passages, %d of them stored in another form than the page's text", len(files), differs)
	if differs == 0 {
		t.Error("no passage's stored form differs from its text: the test holds nothing")
	}
}

// TestStoredRecord round-trips the scratch record of a row, and refuses a cut one.
func TestStoredRecord(t *testing.T) {
	for _, r := range []dataset.ArticleRow{
		{},
		{URL: "https://a.example/n/1?id=2", SourceID: "s", Title: "عنوان", Body: "یک\n\nدو", RegisteredJalali: "1397/8/15",
			OccurredJalali: "۱۳۹۷/۰۸/۱۴", ImageURLs: []string{"https://a.example/1.jpg", ""}, ContentHash: "ab",
			Layout: "iran_gov_cms", FetchedAt: time.Date(2026, 12, 5, 1, 2, 3, 4000, time.UTC)},
	} {
		b := encodeStored(nil, r)
		got, ok := decodeStored(b)
		if !ok {
			t.Fatalf("decode of %+v failed", r)
		}
		if r.FetchedAt.IsZero() {
			r.FetchedAt = time.UnixMicro(r.FetchedAt.UnixMicro()).UTC()
		}
		if diff := cmp.Diff(r, got); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
		for n := range len(b) {
			if _, ok := decodeStored(b[:n]); ok {
				t.Errorf("a record cut to %d of %d bytes decodes", n, len(b))
			}
		}
		if _, ok := decodeStored(binary.AppendUvarint(b, 1)); ok {
			t.Error("a record with bytes after it decodes")
		}
	}
}

// TestParseKey checks what the parse key depends on.
func TestParseKey(t *testing.T) {
	profiles := extract.BuiltinProfiles()
	src := extract.Source{ID: "s", Profile: "iran_gov_cms"}
	k := parseKeyOf(src, profiles)
	if !strings.HasPrefix(k, extract.ParseVersion+" profile=iran_gov_cms@") || !strings.Contains(k, " norm@") {
		t.Errorf("key %q", k)
	}
	if k2 := parseKeyOf(src, extract.BuiltinProfiles()); k2 != k {
		t.Errorf("key changed between two calls: %q, %q", k, k2)
	}
	p := profiles["iran_gov_cms"]
	p.Article.TrimToDate = !p.Article.TrimToDate
	profiles["iran_gov_cms"] = p
	if k2 := parseKeyOf(src, profiles); k2 == k {
		t.Error("a changed profile kept its key")
	}
	for _, s := range []extract.Source{{ID: "a", Profile: extract.AutoProfile}, {ID: "b"}, {ID: "c", Profile: "nonesuch"}} {
		if k := parseKeyOf(s, profiles); k != "" {
			t.Errorf("source with profile %q has key %q, want none", s.ProfileName(), k)
		}
	}
}

// TestLoadStored checks which rows of an articles table a reprocess may take: those
// with the source's key and layout, each for the one capture of its source, URL and
// time, once; two rows of one capture serve none.
func TestLoadStored(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 5, 1, 2, 3, 456789000, time.UTC)
	row := func(url, hash, key, layout string, at time.Time) dataset.ArticleRow {
		return dataset.ArticleRow{ArticleID: dataset.ArticleID(url), URL: url, SourceID: "s", Title: "عنوان " + hash,
			Body: "یک\n\nدو", ContentHash: hash, FetchedAt: at, ParseKey: key, Layout: layout,
			RegisteredDate: time.Date(2018, 11, 6, 0, 0, 0, 0, time.UTC), RegisteredJalali: "1397/8/15"}
	}
	rows := []dataset.ArticleRow{
		row("https://a.example/1", "h1", "k", "p", at),
		row("https://a.example/2", "h2", "old", "p", at),   // another key
		row("https://a.example/3", "h3", "k", "other", at), // another layout
		row("https://a.example/4", "h4", "k", "p", at),     // two rows of one capture
		row("https://a.example/4", "h5", "k", "p", at),     //
		row("https://a.example/5", "h6", "", "p", at),      // cut: no key
		row("https://a.example/6", "h7", "k", "p", at.Add(time.Hour)),
	}
	for _, r := range rows {
		if err := txn.AddArticle(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	s, err := loadStored(t.Context(), dir, t.TempDir(), map[string]string{"s": "k"}, map[string]string{"s": "p"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	if s.rows != 2 {
		t.Errorf("%d rows usable, want 2 (the first and the sixth)", s.rows)
	}
	capture := func(url string, at time.Time) extract.Capture {
		return extract.Capture{URL: url, SourceID: "s", FetchedAt: at, Kind: extract.KindArticle, Status: 200}
	}
	for _, tc := range []struct {
		url  string
		at   time.Time
		want string // the title read back, "" for none
	}{
		{"https://a.example/1", at.Add(time.Microsecond), ""},              // another capture of the page
		{"https://a.example/1", at.Add(300 * time.Nanosecond), "عنوان h1"}, // the WARC-Date has nanoseconds
		{"https://a.example/1", at, ""},                                    // taken already
		{"https://a.example/2", at, ""},
		{"https://a.example/3", at, ""},
		{"https://a.example/4", at, ""},
		{"https://a.example/5", at, ""},
		{"https://a.example/6", at.Add(time.Hour), "عنوان h7"},
	} {
		c := capture(tc.url, tc.at)
		got := ""
		if off := s.take(c, tc.url); off >= 0 {
			art, ok := s.article(off, c, tc.url)
			if !ok {
				t.Errorf("%s at %s: row taken but not read back", tc.url, tc.at)
				continue
			}
			got = art.Title
			if !art.FetchedAt.Equal(tc.at) || !slices.Equal(art.Paragraphs, []string{"یک", "دو"}) || art.RegisteredPrinted != "1397/8/15" {
				t.Errorf("%s: article read back %+v", tc.url, art)
			}
		}
		if got != tc.want {
			t.Errorf("%s at %s: read back %q, want %q", tc.url, tc.at.Format(time.RFC3339Nano), got, tc.want)
		}
	}
}
