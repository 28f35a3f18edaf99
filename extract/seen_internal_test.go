package extract

import (
	"fmt"
	"testing"
)

// TestFirstSightHashedKeys checks that the crawl's seen sets, which keep a
// 16-byte hash of each URL instead of the string, still tell a URL seen before
// from a new one: every distinct URL (including ones a byte apart) is new once,
// and seen on every later sight.
func TestFirstSightHashedKeys(t *testing.T) {
	sr := &sourceRun{queued: map[urlKey]struct{}{}, listing: map[urlKey]struct{}{}}
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
		if !sr.firstSight(sr.queued, u) {
			t.Fatalf("first sight of %q reported as seen", u)
		}
	}
	if got, want := len(sr.queued), len(urls); got != want {
		t.Fatalf("queued holds %d keys, want %d", got, want)
	}
	for _, u := range urls {
		if sr.firstSight(sr.queued, u) {
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
	if !sr.firstSight(sr.listing, "https://example.ir/News/List.aspx?page=2") {
		t.Fatal("first listing sight reported as seen")
	}
	if !sr.visited("https://example.ir/News/List.aspx?page=2") {
		t.Error("listing page not visited after its first sight")
	}
}
