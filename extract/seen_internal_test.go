package extract

import (
	"fmt"
	"os"
	"testing"
)

// TestMain runs every test of the package with seen sets that hold 8 URLs in
// memory, so that the crawls the tests run keep them mostly in the spill table's
// files, as a large crawl does.
func TestMain(m *testing.M) {
	seenHeld = 8
	os.Exit(m.Run())
}

// TestFirstSightHashedKeys checks that the crawl's seen set, which keeps a
// 16-byte hash of each URL instead of the string, mostly in files (it holds only
// 100 in memory here), still tells a URL seen before from a new one: every
// distinct URL (including ones a byte apart) is new once, and seen on every later
// sight; a URL is seen per source and per kind.
func TestFirstSightHashedKeys(t *testing.T) {
	defer func(old int) { seenHeld = old }(seenHeld)
	seenHeld = 100
	dir := t.TempDir()
	seen, err := newSeenSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	sr := &sourceRun{src: Source{ID: "a"}, seen: seen}
	var urls []string
	for i := range 5000 {
		urls = append(urls,
			fmt.Sprintf("https://example.ir/News/ShowNews.aspx?Code=%d", i),
			fmt.Sprintf("https://example.ir/News/ShowNews.aspx?Code=%d&lang=fa", i),
			fmt.Sprintf("http://example.ir/News/ShowNews.aspx?Code=%d", i),
		)
	}
	urls = append(urls, "", "a", "b", "https://example.ir/", "https://example.ir")
	for _, u := range urls {
		if !sr.firstSight(seenArticle, u) {
			t.Fatalf("first sight of %q reported as seen", u)
		}
	}
	if got, want := seen.tab.Len(), len(urls); got != want {
		t.Fatalf("the seen set holds %d keys, want %d", got, want)
	}
	for _, u := range urls {
		if sr.firstSight(seenArticle, u) {
			t.Fatalf("second sight of %q reported as new", u)
		}
	}
	// The two sets are apart: an article URL seen is not a listing visited.
	tests := []struct {
		name string
		u    string
		want bool
	}{
		{"article set does not mark the listing", urls[0], false},
		{"unknown listing", "https://example.ir/News/List.aspx?page=2", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sr.visited(tt.u); got != tt.want {
				t.Errorf("visited(%q) = %v, want %v", tt.u, got, tt.want)
			}
		})
	}
	if !sr.firstSight(seenListing, "https://example.ir/News/List.aspx?page=2") {
		t.Fatal("first listing sight reported as seen")
	}
	if !sr.visited("https://example.ir/News/List.aspx?page=2") {
		t.Error("listing page not visited after its first sight")
	}
	other := &sourceRun{src: Source{ID: "b"}, seen: seen}
	if !other.firstSight(seenArticle, urls[0]) || other.visited("https://example.ir/News/List.aspx?page=2") {
		t.Error("another source's URLs count as this source's")
	}
	if err := seen.close(); err != nil {
		t.Fatal(err)
	}
	if ents, err := os.ReadDir(dir); err != nil || len(ents) != 0 {
		t.Errorf("closing the seen set left %v (%v)", ents, err)
	}
}
