package main

import (
	"bytes"
	"strings"
	"testing"

	"govwatch/pipeline"
)

// TestCrawlSummaryCommitted: the summary's last line counts the rows committed, and
// says "nothing written" for a failed run that committed none.
func TestCrawlSummaryCommitted(t *testing.T) {
	tests := []struct {
		name string
		sum  pipeline.Summary
		want string
	}{
		{"committed", pipeline.Summary{RunID: "r1", Status: pipeline.StatusSucceeded, Requests: 5, RowsArticles: 3, RowsPeople: 2},
			"run r1 succeeded: 5 requests; rows written: articles 3, people 2, violations 0"},
		{"commit failed", pipeline.Summary{RunID: "r2", Status: pipeline.StatusFailed, Requests: 5},
			"run r2 failed: 5 requests; nothing written"},
		{"nothing new", pipeline.Summary{RunID: "r3", Status: pipeline.StatusSucceeded, Requests: 5},
			"run r3 succeeded: 5 requests; rows written: articles 0, people 0, violations 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			printCrawlSummary(&b, tt.sum)
			lines := strings.Split(strings.TrimSpace(b.String()), "\n")
			if got := lines[len(lines)-1]; got != tt.want {
				t.Errorf("last line %q, want %q", got, tt.want)
			}
		})
	}
}
