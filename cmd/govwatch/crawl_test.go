package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
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

// TestCrawlCPUProfile: --cpuprofile leaves a gzip-compressed pprof profile after a
// crawl, and a profile file that cannot be created fails the command before it crawls.
func TestCrawlCPUProfile(t *testing.T) {
	_, cfg := servePortal(t)
	prof := filepath.Join(t.TempDir(), "crawl.pprof")
	if _, stderr, code := govwatch(t, "crawl", "--config", cfg, "--cpuprofile", prof); code != 0 {
		t.Fatalf("crawl exit %d: %s", code, stderr)
	}
	f, err := os.Open(prof)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("profile is not gzip: %v", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil || len(b) == 0 {
		t.Fatalf("profile: %d bytes, %v", len(b), err)
	}

	bad := filepath.Join(t.TempDir(), "no", "such", "dir", "x.pprof")
	_, stderr, code := govwatch(t, "crawl", "--config", cfg, "--cpuprofile", bad)
	if code == 0 || !strings.Contains(stderr, "cpu profile") {
		t.Errorf("crawl with an uncreatable profile: exit %d, stderr %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(cfg), "data", "_archive")); err != nil {
		t.Errorf("the first crawl left no archive: %v", err)
	}
}
