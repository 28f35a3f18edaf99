package extract_test

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"govwatch/extract"
)

func TestArchiveRoundTrip(t *testing.T) {
	portal := newTestPortal(t)
	dir := t.TempDir()
	cfg := testConfig()
	cfg.ArchiveDir = dir
	cfg.ArchiveMaxBytes = 16 << 10 // rotate often
	cfg.MaxBodyBytes = 64 << 10
	c := newCrawler(t, cfg, nil, nil)
	sources := []extract.Source{
		kavarSource(portal),
		{ID: "huge", StartURLs: []string{portal.URL + "/f/hugechunked"}},
	}
	pages, _, err := crawl(t, t.Context(), c, sources, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "govwatch-20990101000000-9.warc.gz.open"), []byte("half a file"), 0o644); err != nil {
		t.Fatal(err)
	}

	// Files are complete and well named as soon as Crawl returns.
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	nameRE := regexp.MustCompile(`^govwatch-\d{14}-\d+-[0-9a-f]{8}\.warc\.gz$`)
	complete := 0
	for _, n := range names {
		base := filepath.Base(n)
		switch {
		case nameRE.MatchString(base):
			complete++
			if members := gzipMembers(t, n); members < 2 {
				t.Errorf("%s has %d gzip members, want one per record", base, members)
			}
		case base == "govwatch-20990101000000-9.warc.gz.open":
		default:
			t.Errorf("unexpected file %s", base)
		}
	}
	if complete < 2 {
		t.Errorf("%d complete WARC files, want rotation into several", complete)
	}

	byKind := map[string]int{}
	articles := map[string]extract.Article{}
	var huge *extract.Capture
	err = extract.ReadArchive(t.Context(), dir, func(cp extract.Capture) error {
		byKind[cp.Kind]++
		if cp.SourceID == "huge" && cp.Kind == extract.KindListing {
			huge = &cp
		}
		if cp.Kind != extract.KindArticle || cp.Status != 200 {
			return nil
		}
		if cp.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s: Content-Encoding %q left on a decoded body", cp.URL, cp.Header.Get("Content-Encoding"))
		}
		if cp.FetchedAt.IsZero() {
			t.Errorf("%s: no fetch time", cp.URL)
		}
		a, err := extract.ParseArticle(extract.BuiltinProfiles()["iran_gov_cms"], cp.SourceID, cp.URL, cp.Body, cp.Header.Get("Content-Type"))
		if err != nil {
			t.Logf("%s: %d bytes: %v", cp.URL, len(cp.Body), err)
			return nil // the crawl recorded the same failure; compared below
		}
		articles[a.URL] = a
		return nil
	})
	if err != nil {
		t.Fatalf("ReadArchive: %v", err)
	}
	// Both sources share the host, so robots.txt once; 3 listings plus the
	// huge one; 6 articles.
	if diff := cmp.Diff(map[string]int{"robots": 1, "listing": 4, "article": 6}, byKind); diff != "" {
		t.Errorf("captures by kind (-want +got):\n%s", diff)
	}
	crawled := map[string]extract.Article{}
	for _, p := range pages {
		if p.Outcome == extract.Fetched {
			crawled[p.Article.URL] = p.Article
		}
	}
	if len(crawled) != 5 {
		t.Errorf("crawl fetched %d articles, want 5", len(crawled))
	}
	if diff := cmp.Diff(crawled, articles, cmpopts.IgnoreFields(extract.Article{}, "FetchedAt", "Status")); diff != "" {
		t.Errorf("articles rebuilt from the archive differ (-crawl +archive):\n%s", diff)
	}
	if huge == nil || huge.Truncated != "length" || len(huge.Body) != 64<<10 {
		t.Errorf("huge capture = %v, want a truncated 64 KiB body", captureSummary(huge))
	}
}

// gzipMembers counts the gzip members of a file.
func gzipMembers(t *testing.T, name string) int {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	zr, err := gzip.NewReader(br)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for {
		zr.Multistream(false)
		if _, err := io.Copy(io.Discard, zr); err != nil {
			t.Fatal(err)
		}
		n++
		if err := zr.Reset(br); errors.Is(err, io.EOF) {
			return n
		} else if err != nil {
			t.Fatal(err)
		}
	}
}

func TestReadArchiveCancelledAndErrors(t *testing.T) {
	portal := newTestPortal(t)
	dir := t.TempDir()
	cfg := testConfig()
	cfg.ArchiveDir = dir
	c := newCrawler(t, cfg, nil, nil)
	if _, _, err := crawl(t, t.Context(), c, []extract.Source{kavarSource(portal)}, nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := extract.ReadArchive(ctx, dir, func(extract.Capture) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ReadArchive err = %v, want context.Canceled", err)
	}
	stop := errors.New("stop")
	n := 0
	err := extract.ReadArchive(t.Context(), dir, func(extract.Capture) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("ReadArchive returned %v after %d captures, want fn's error after 1", err, n)
	}
	if err := extract.ReadArchive(t.Context(), t.TempDir(), func(extract.Capture) error { return stop }); err != nil {
		t.Errorf("empty dir: %v", err)
	}
}

func captureSummary(c *extract.Capture) string {
	if c == nil {
		return "none"
	}
	return fmt.Sprintf("%s status %d truncated %q body %d bytes", c.URL, c.Status, c.Truncated, len(c.Body))
}
