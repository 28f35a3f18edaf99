package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govwatch/internal/demoportal"
	"govwatch/pipeline/dataset"
)

// TestSourceProbe probes a demo portal site: the preset that fits is named;
// with --no-presets the learned profile is printed, and pasted into a
// config file it crawls every article of the site; a page with no articles
// exits 1 with the reason.
func TestSourceProbe(t *testing.T) {
	portal, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(portal.Handler())
	t.Cleanup(srv.Close)
	list := srv.URL + "/kavar/News/List.aspx"
	t.Chdir(t.TempDir()) // no govwatch.yaml here: the crawl defaults

	stdout, stderr, code := govwatch(t, "source", "probe", "--samples", "3", list)
	if code != 0 {
		t.Fatalf("probe exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{`preset "iran_gov_cms" fits`, "articles read: 3 of 3 tried", "profile: iran_gov_cms", "id: kavar", "next page: " + list + "?page=2, URL pattern /kavar/News/List.aspx?page={n}"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("probe output lacks %q:\n%s", want, stdout)
		}
	}

	stdout, stderr, code = govwatch(t, "source", "probe", "--no-presets", "--samples", "4", "--id", "kv", list)
	if code != 0 {
		t.Fatalf("probe --no-presets exit %d\n%s\n%s", code, stdout, stderr)
	}
	_, pasted, ok := strings.Cut(stdout, "# paste into the config file:\n")
	if !ok || !strings.Contains(pasted, "profiles:") || !strings.Contains(pasted, "profile: kv") {
		t.Fatalf("no learned profile printed:\n%s", stdout)
	}
	dir := t.TempDir()
	cfg := filepath.Join(dir, "govwatch.yaml")
	conf := "data_dir: data\ncrawl:\n  rate: 500\n  burst: 50\n  concurrency: 8\n" + pasted
	if err := os.WriteFile(cfg, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code = govwatch(t, "crawl", "--config", cfg)
	if code != 0 {
		t.Fatalf("crawl with the pasted profile: exit %d\n%s\n%s\nconfig:\n%s", code, stdout, stderr, conf)
	}
	want := 0
	for _, a := range portal.Articles() {
		if a.Site == "kavar" {
			want++
		}
	}
	ds, err := dataset.Open(filepath.Join(dir, "data"), dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	got := 0
	if err := ds.ScanArticles(t.Context(), dataset.Filter{Columns: []string{"article_id", "layout"}}, func(r dataset.ArticleRow) error {
		got++
		if r.Layout != "kv" {
			t.Errorf("article %s: layout %q, want the pasted profile kv", r.ArticleID, r.Layout)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("crawl with the pasted profile stored %d articles, the site has %d\n%s", got, want, stdout)
	}

	stdout, stderr, code = govwatch(t, "source", "probe", srv.URL+"/")
	if code != 1 || !strings.Contains(stderr, "no articles found") || !strings.Contains(stdout, "parse_links") {
		t.Errorf("probe of a page with no article links: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if _, stderr, code = govwatch(t, "source", "probe", "kavar.example"); code != 2 || !strings.Contains(stderr, "not an http(s) URL") {
		t.Errorf("probe of a bare name: exit %d, %s", code, stderr)
	}
}
