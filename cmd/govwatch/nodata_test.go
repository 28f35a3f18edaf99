package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadersWithoutDataDir checks that the commands that read the dataset say in
// one line that its directory does not exist, and create nothing, rather than
// printing an empty table or rendering a report of zeros.
func TestReadersWithoutDataDir(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "govwatch.yaml")
	yaml := "data_dir: nowhere\nreport_dir: reports\nsources:\n  - id: a\n    name: A\n    start_urls: [\"http://127.0.0.1:1/list\"]\n"
	if err := os.WriteFile(cfg, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"runs"},
		{"report", "--period", "1397-08"},
		{"report", "--period", "1397-08", "--scope", "county=کوار"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			stdout, stderr, code := govwatch(t, append(args, "--config", cfg)...)
			want := "data directory " + filepath.Join(dir, "nowhere") + " does not exist"
			if code != 1 || !strings.Contains(stderr, want) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Errorf("exit %d, stderr %q; want 1 and one line with %q", code, stderr, want)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			for _, d := range []string{"nowhere", "reports"} {
				if _, err := os.Stat(filepath.Join(dir, d)); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s created %s (stat: %v)", args[0], d, err)
				}
			}
		})
	}
}

// TestReportWithoutArticles checks that a report job on a data directory that
// exists but holds no article (nothing crawled yet: the job's own lock made the
// directory) fails saying so, instead of rendering a report of zeros.
func TestReportWithoutArticles(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "govwatch.yaml")
	yaml := "data_dir: data\nreport_dir: reports\nsources:\n  - id: a\n    name: A\n    start_urls: [\"http://127.0.0.1:1/list\"]\n" +
		"jobs:\n  - name: monthly-report\n    kind: report\n    schedule: \"@jalali-monthly 06:00\"\n    period: previous-month\n"
	if err := os.WriteFile(cfg, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := govwatch(t, "run", "monthly-report", "--period", "1397-08", "--config", cfg)
	if code != 1 || !strings.Contains(stderr, "holds no articles yet") {
		t.Errorf("exit %d, stderr %q; want 1 and «holds no articles yet»", code, stderr)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "reports", "*.pdf")); len(files) > 0 {
		t.Errorf("a report of zeros was written: %v", files)
	}
}
