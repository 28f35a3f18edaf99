package main

import (
	"bytes"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"govwatch/internal/demoportal"
	"govwatch/pipeline/dataset"
)

// TestSigtermKeepsFinishedWork stops a real `govwatch crawl` process with SIGTERM, as
// a service manager would: the process exits, what it finished is committed and
// readable, and the run is recorded as interrupted.
func TestSigtermKeepsFinishedWork(t *testing.T) {
	portal, err := demoportal.New(demoportal.Options{Generate: 4000, Seed: 3, GeneratedOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(portal.Handler())
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "govwatch.yaml")
	// A slow enough crawl (about 40 s) that the signal lands in the middle of it.
	conf := strings.Replace(demoConfig(portal, srv.URL), "rate: 500", "rate: 100", 1)
	if err := os.WriteFile(cfg, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), os.Args[0], "--log-format", "json", "crawl", "--config", cfg)
	cmd.Env = append(os.Environ(), "GOVWATCH_AS_MAIN=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the crawl has fetched some articles, then signal. A hundred
	// and fifty (1.5 s at the configured rate) leaves the analysers time to
	// finish some of them even on a loaded machine, where the first fifty
	// fetched may all still be in flight.
	deadline := time.Now().Add(30 * time.Second)
	for portal.Stats().Articles < 150 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if err == nil {
		t.Fatalf("interrupted crawl exited 0:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "interrupted") {
		t.Errorf("output does not say the run was interrupted:\n%.3000s", out.String())
	}
	ds, err := dataset.Open(filepath.Join(dir, "data"), dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	articles := 0
	if err := ds.ScanArticles(t.Context(), dataset.Filter{Columns: []string{"article_id"}}, func(dataset.ArticleRow) error {
		articles++
		return nil
	}); err != nil {
		t.Fatalf("dataset unreadable after SIGTERM: %v", err)
	}
	var runs []dataset.RunRow
	if err := ds.ScanRuns(t.Context(), dataset.Filter{}, func(r dataset.RunRow) error {
		runs = append(runs, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(runs) != 1 || runs[0].Status != "interrupted" || runs[0].RowsArticles != int64(articles) {
		t.Errorf("runs = %+v; want one interrupted run that wrote the %d articles in the table", runs, articles)
	}
	if articles == 0 || articles >= 4000 {
		t.Errorf("%d articles committed; want the work finished before the signal, not none or all", articles)
	}
	t.Logf("SIGTERM after %d fetched articles: %d committed", portal.Stats().Articles, articles)
}
