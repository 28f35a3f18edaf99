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

// TestCrawlCPUProfile: --cpuprofile on crawl and on run leaves a gzip-compressed
// pprof profile after the run, and a profile file that cannot be created fails the
// command before it crawls.
func TestCrawlCPUProfile(t *testing.T) {
	for _, args := range [][]string{{"crawl"}, {"run", "crawl-all"}} {
		t.Run(args[0], func(t *testing.T) {
			_, cfg := servePortal(t)
			archive := filepath.Join(filepath.Dir(cfg), "data", "_archive")
			bad := filepath.Join(t.TempDir(), "no", "such", "dir", "x.pprof")
			_, stderr, code := govwatch(t, append(args, "--config", cfg, "--cpuprofile", bad)...)
			if code == 0 || !strings.Contains(stderr, "cpu profile") {
				t.Errorf("%s with an uncreatable profile: exit %d, stderr %s", args[0], code, stderr)
			}
			if _, err := os.Stat(archive); err == nil {
				t.Errorf("%s with an uncreatable profile crawled anyway", args[0])
			}

			prof := filepath.Join(t.TempDir(), "crawl.pprof")
			if _, stderr, code := govwatch(t, append(args, "--config", cfg, "--cpuprofile", prof)...); code != 0 {
				t.Fatalf("%s exit %d: %s", args[0], code, stderr)
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
			if _, err := os.Stat(archive); err != nil {
				t.Errorf("the crawl left no archive: %v", err)
			}
		})
	}
}
