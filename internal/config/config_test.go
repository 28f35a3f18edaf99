package config_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"govwatch/internal/config"
)

func env(vars map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := vars[k]; return v, ok }
}

func TestParseGood(t *testing.T) {
	data, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse("/etc/govwatch/govwatch.yaml", data, env(map[string]string{
		"BLOG_URL": "http://127.0.0.1:9000", "GOVWATCH_TOKEN": "s3cret",
	}))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if cfg.DataDir != "/etc/govwatch/data" || cfg.ReportDir != "/etc/govwatch/reports" {
		t.Errorf("dirs = %q, %q; want them resolved against the config file", cfg.DataDir, cfg.ReportDir)
	}
	if cfg.Crawl.ArchiveDir != filepath.Join("/etc/govwatch/data", "_archive") {
		t.Errorf("archive dir = %q", cfg.Crawl.ArchiveDir)
	}
	if cfg.Crawl.Timeout != 10*time.Second || cfg.Crawl.Rate != 20 {
		t.Errorf("crawl = %+v; want timeout 10s, rate 20", cfg.Crawl)
	}
	if cfg.Crawl.MaxBodyBytes != 5<<20 {
		t.Errorf("max body = %d; unset keys must keep their defaults", cfg.Crawl.MaxBodyBytes)
	}
	if got := cfg.Sources[1].StartURLs[0]; got != "http://127.0.0.1:9000/news/" {
		t.Errorf("expanded start url = %q", got)
	}
	if cfg.Server.Token != "s3cret" || cfg.Server.Listen != "127.0.0.1:8090" {
		t.Errorf("server = %+v", cfg.Server)
	}
	if _, ok := cfg.AllProfiles()["blog"]; !ok {
		t.Error("profile blog missing from AllProfiles")
	}
	if _, ok := cfg.AllProfiles()["iran_gov_cms"]; !ok {
		t.Error("built-in profile missing from AllProfiles")
	}
	if j, ok := cfg.Job("monthly"); !ok || j.Kind != "report" {
		t.Errorf("Job(monthly) = %+v, %v", j, ok)
	}
	if srcs, err := cfg.SelectSources([]string{"blog"}); err != nil || len(srcs) != 1 || srcs[0].ID != "blog" {
		t.Errorf("SelectSources = %v, %v", srcs, err)
	}
	if _, err := cfg.SelectSources([]string{"nope"}); err == nil {
		t.Error("SelectSources(nope) succeeded")
	}
}

// TestParseErrors checks that every error names the file, the line and the field.
func TestParseErrors(t *testing.T) {
	base := `data_dir: data
sources:
  - id: a
    name: "A"
    start_urls: ["http://127.0.0.1/list"]
`
	tests := []struct {
		name string
		yaml string
		env  map[string]string
		want []string // substrings of the error
	}{
		{"unknown top-level key", base + "dat_dir: x\n", nil, []string{"cfg.yaml:6", "dat_dir"}},
		{"unknown nested key", base + "    start_url: x\n", nil, []string{"cfg.yaml:6", "start_url"}},
		{"wrong type", base + "crawl:\n  timeout: soon\n", nil, []string{`cfg.yaml:7: crawl.timeout: expected a duration such as 30s, 5m or 1h, got "soon"`}},
		{"string for a rate", base + "crawl:\n  rate: fast\n", nil, []string{`cfg.yaml:7: crawl.rate: expected a number of requests per second, got "fast"`}},
		{"string for a source's concurrency", base + "    concurrency: many\n", nil, []string{`cfg.yaml:6: sources[0].concurrency: expected a whole number of requests in flight, got "many"`}},
		{"string for a bool", base + "crawl:\n  respect_robots: maybe\n", nil, []string{`cfg.yaml:7: crawl.respect_robots: expected true or false, got "maybe"`}},
		{"number for a list", base + "    allowed_hosts: 3\n", nil, []string{"cfg.yaml:6: sources[0].allowed_hosts:"}},
		{"syntax error", "sources:\n  - id: [\n", nil, []string{"cfg.yaml:"}},
		{"bad time zone", base + "timezone: Mars/Olympus\n", nil, []string{"cfg.yaml:6", "timezone", "Mars/Olympus"}},
		{"undefined variable", base + "server:\n  token: ${NOPE}\n", nil, []string{"cfg.yaml:7", "server.token", "NOPE"}},
		{"duplicate source", base + `  - id: a
    name: "B"
    start_urls: ["http://127.0.0.1/other"]
`, nil, []string{"cfg.yaml:6", "sources[1].id", "duplicate"}},
		{"source without start urls", `sources:
  - id: a
    name: "A"
`, nil, []string{"cfg.yaml:2", "sources[0]"}},
		{"unknown profile", base + "    profile: nope\n", nil, []string{"cfg.yaml:6", "sources[0].profile"}},
		{"bad schedule", base + `jobs:
  - name: j
    kind: crawl
    schedule: "61 * * * *"
`, nil, []string{"cfg.yaml:9", "jobs[0].schedule"}},
		{"schedule that never fires", base + `jobs:
  - name: j
    kind: crawl
    schedule: "0 0 31 2 *"
`, nil, []string{"cfg.yaml:9", "jobs[0].schedule", "never fires"}},
		{"schedule faster than the floor", base + `jobs:
  - name: j
    kind: report
    schedule: "@every 1ns"
`, nil, []string{"cfg.yaml:9", "jobs[0].schedule", "more often than every 1m0s"}},
		{"job names unknown source", base + `jobs:
  - name: j
    kind: crawl
    sources: [zz]
`, nil, []string{"cfg.yaml:9", "jobs[0].sources[0]", "zz"}},
		{"bad lang", base + "report:\n  lang: de\n", nil, []string{"cfg.yaml:7", "report.lang"}},
		{"bad selector in profile", base + `profiles:
  p:
    list: {item: "a[["}
    article: {title: h1, body: div, date_scope: time}
`, nil, []string{"cfg.yaml:8", "profiles.p.list.item"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := config.Parse("cfg.yaml", []byte(tt.yaml), env(tt.env))
			if err == nil {
				t.Fatal("Parse succeeded, want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			var ce *config.Error
			if !errors.As(err, &ce) {
				t.Errorf("error %T is not a *config.Error", err)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := config.Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load of a missing file = %v, want ErrNotExist", err)
	}
}

func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/good.yaml"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("sources: [{id: a, start_urls: ['http://x/']}]\njobs: [{name: j, kind: crawl, schedule: '@every 1h'}]"))
	f.Add([]byte("crawl: {timeout: -1s, rate: -3}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := config.Parse("fuzz.yaml", data, env(nil))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if cfg.DataDir == "" {
			t.Fatal("valid config without data_dir")
		}
	})
}

func TestMemoryLimitBytes(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"", 0, false}, {"0", 0, false}, {"192MiB", 192 << 20, false}, {"1GiB", 1 << 30, false},
		{"500MB", 500e6, false}, {"4096", 4096, false}, {"12 KiB", 12 << 10, false},
		{"lots", 0, true}, {"-1MiB", 0, true}, {"1.5GiB", 0, true},
	}
	for _, tt := range tests {
		got, err := config.Config{MemoryLimit: tt.in}.MemoryLimitBytes()
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("MemoryLimitBytes(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	if _, err := config.Parse("m.yaml", []byte("memory_limit: lots\n"), env(nil)); err == nil || !strings.Contains(err.Error(), "m.yaml:1: memory_limit") {
		t.Errorf("bad memory_limit: %v", err)
	}
}
