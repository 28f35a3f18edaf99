package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govwatch/internal/demoportal"
)

// brokenConfig writes a config with the demo portal's sources and two broken ones:
// a host refusing connections and one whose listing answers 500 (a host that does
// not resolve is tested in pipeline and extract, with a resolver that sends no
// query; a config file cannot set one). Retries are quick.
func brokenConfig(t *testing.T) string {
	t.Helper()
	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(portal.Handler())
	t.Cleanup(srv.Close)
	refused, err := demoportal.ClosedAddress()
	if err != nil {
		t.Fatal(err)
	}
	down := httptest.NewServer(demoportal.ListingDown())
	t.Cleanup(down.Close)
	cfg := demoConfig(portal, srv.URL)
	cfg = strings.Replace(cfg, "  concurrency: 8\n", "  concurrency: 8\n  retries: 1\n  backoff_base: 1ms\n  backoff_max: 2ms\n", 1)
	extra := ""
	for id, u := range map[string]string{
		"refused":    refused,
		"listing500": down.URL,
	} {
		extra += "  - id: " + id + "\n    start_urls: [\"" + u + "/News/List.aspx\"]\n    profile: iran_gov_cms\n"
	}
	cfg = strings.Replace(cfg, "\njobs:\n", extra+"\njobs:\n", 1)
	path := filepath.Join(t.TempDir(), "govwatch.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPartialExitStatus crawls the demo portal beside two broken sources, with
// `crawl` and with `run`: both exit with the partial status, say which sources failed
// and why, and the runs table shows the runs as partial.
func TestPartialExitStatus(t *testing.T) {
	cfg := brokenConfig(t)
	for _, args := range [][]string{{"crawl"}, {"run", "crawl-all"}} {
		t.Run(args[0], func(t *testing.T) {
			stdout, stderr, code := govwatch(t, append(args, "--config", cfg)...)
			if code != exitPartial {
				t.Fatalf("%s exit %d, want %d\nstdout:\n%s\nstderr:\n%s", args[0], code, exitPartial, stdout, stderr)
			}
			for _, want := range []string{"source refused failed (refused)", "source listing500 failed (http_5xx)"} {
				if !strings.Contains(stdout, want) {
					t.Errorf("stdout lacks %q:\n%s", want, stdout)
				}
			}
			// Logs come first; the reason is the last line.
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "govwatch: run partial: 2 of ") {
				t.Errorf("stderr's last line does not give the partial run's reason:\n%s", stderr)
			}
			for _, want := range []string{"refused (refused)", "listing500 (http_5xx)"} {
				if !strings.Contains(last, want) {
					t.Errorf("reason lacks %q: %s", want, last)
				}
			}
		})
	}
	stdout, _, code := govwatch(t, "runs", "--config", cfg)
	if code != 0 || strings.Count(stdout, " partial ") != 2 {
		t.Errorf("runs (exit %d) does not show two partial runs:\n%s", code, stdout)
	}
}
