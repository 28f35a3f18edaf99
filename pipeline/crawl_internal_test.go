package pipeline

import (
	"errors"
	"strings"
	"testing"

	"govwatch/extract"
)

// TestCrawlOutcome decides a finished crawl's status from its sources'
// counts: a listing whose later pages were not reached (no next link) makes
// the run partial, like a failed page; the configured limits do not.
func TestCrawlOutcome(t *testing.T) {
	tests := []struct {
		name    string
		src     SourceSummary
		status  string
		wantErr error
		errHas  string
	}{
		{"all read", SourceSummary{ID: "a", Articles: 10}, StatusSucceeded, nil, ""},
		{"listing limit", SourceSummary{ID: "a", Articles: 10, Skipped: 1, SkippedBy: map[string]int{extract.CauseListingLimit: 1}}, StatusSucceeded, nil, ""},
		{"pager unfollowed", SourceSummary{ID: "a", Articles: 10, Skipped: 1, SkippedBy: map[string]int{extract.CausePagerUnfollowed: 1}},
			StatusPartial, ErrPartial, "1 listing pages show later pages that no next link leads to (pager_unfollowed)"},
		{"pager unfollowed and a failed page", SourceSummary{ID: "a", Articles: 10, Failed: map[string]int{"parse_title": 2}, SkippedBy: map[string]int{extract.CausePagerUnfollowed: 1}},
			StatusPartial, ErrPartial, "2 pages failed; 1 listing pages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, err := crawlOutcome([]SourceSummary{tt.src})
			if status != tt.status || !errors.Is(err, tt.wantErr) || tt.wantErr == nil && err != nil {
				t.Fatalf("crawlOutcome = %s, %v; want %s, %v", status, err, tt.status, tt.wantErr)
			}
			if tt.errHas != "" && !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("error %q does not say %q", err, tt.errHas)
			}
		})
	}
}
