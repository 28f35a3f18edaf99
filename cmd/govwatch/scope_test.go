package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportScopeChecked renders reports of scopes after a crawl of the demo portal:
// a name the dataset has (spelt with the Arabic kaf too) renders; a typo near a known
// name is a usage error that suggests it; a name near none lists the known ones; and
// no PDF is written for either.
func TestReportScopeChecked(t *testing.T) {
	_, cfg := servePortal(t)
	if _, stderr, code := govwatch(t, "crawl", "--config", cfg); code != 0 {
		t.Fatalf("crawl: %s", stderr)
	}
	tests := []struct {
		name, scope string
		code        int
		want        string // in stderr
	}{
		{"known, Arabic kaf", "county=كوار", 0, ""},
		{"known province", "province=فارس", 0, ""},
		{"typo", "county=کوا", exitUsage, "did you mean county=کوار?"},
		{"latin spelling", "county=Kavar", exitUsage, "known: "},
		{"unknown province", "province=Fars", exitUsage, "no province \"Fars\" in the dataset"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "r.pdf")
			_, stderr, code := govwatch(t, "report", "--config", cfg, "--period", "1397-08", "--scope", tt.scope, "--out", out)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Fatalf("report --scope %s: exit %d, stderr %q; want %d and %q", tt.scope, code, stderr, tt.code, tt.want)
			}
			_, err := os.Stat(out)
			if (err == nil) != (tt.code == 0) {
				t.Errorf("report --scope %s: PDF written = %v, want %v", tt.scope, err == nil, tt.code == 0)
			}
		})
	}
}
