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
