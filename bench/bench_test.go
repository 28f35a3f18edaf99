package bench_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"govwatch/extract"
	"govwatch/internal/demoportal"
	"govwatch/pipeline"
	"govwatch/transform"
)

// Environment variables that size the benchmarks. They only matter with -bench,
// so a plain `go test ./bench` never crawls anything large.
const (
	// envPages is the number of generated articles BenchmarkCrawl crawls
	// (default 1000).
	envPages = "GOVWATCH_BENCH_PAGES"
	// envURL, when set, is the first listing page of a portal that is already
	// running in another process (bench/portal), so that a CPU profile of
	// BenchmarkCrawl holds only govwatch's own work.
	envURL = "GOVWATCH_BENCH_URL"
	// envConcurrency is the requests in flight (default 8).
	envConcurrency = "GOVWATCH_BENCH_CONCURRENCY"
	// envData, for BenchmarkReprocess, is the data directory of a finished
	// benchmark crawl (with its _archive); each iteration reprocesses a copy.
	envData = "GOVWATCH_BENCH_DATA"
	// envHeap names a file BenchmarkCrawl writes a heap profile to every five
	// seconds while it crawls (after a GC), so that the last one shows what is
	// live late in a large crawl rather than after it.
	envHeap = "GOVWATCH_BENCH_HEAPPROFILE"
)

func envInt(tb testing.TB, name string, def int) int {
	tb.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 1 {
		tb.Fatalf("%s=%q: want a positive integer", name, s)
	}
	return v
}

// genSite returns the generated site of p.
func genSite(tb testing.TB, p *demoportal.Portal) demoportal.Site {
	tb.Helper()
	for _, s := range p.Sites() {
		if s.Slug == "gen" {
			return s
		}
	}
	tb.Fatal("portal has no generated site")
	return demoportal.Site{}
}

// benchOptions are the pipeline options the benchmark script's YAML config
// gives the govwatch binary: one source, politeness limits lifted to the shared
// concurrency, robots.txt obeyed, WARC archive under the data directory.
func benchOptions(dataDir, listURL string, n, conc int, site demoportal.Site) pipeline.Options {
	cfg := extract.DefaultConfig()
	cfg.UserAgent = "govwatch-bench/1.0"
	cfg.Rate = 100000
	cfg.Burst = 100000
	cfg.Concurrency = conc
	cfg.MaxPagesPerSource = 0
	cfg.MaxListingPages = n/10 + 10
	cfg.RespectRobots = true
	cfg.ArchiveDir = filepath.Join(dataDir, "_archive")
	return pipeline.Options{
		DataDir: dataDir,
		Sources: []extract.Source{{
			ID: "gen", Name: site.Name, Province: site.Province, County: site.County,
			StartURLs: []string{listURL}, Profile: extract.DefaultProfile,
		}},
		Crawl:    cfg,
		Profiles: extract.BuiltinProfiles(),
		Job:      "bench",
		Trigger:  "bench",
		Logger:   slog.New(slog.DiscardHandler),
	}
}

// BenchmarkCrawl runs pipeline.Crawl, the whole ETL of `govwatch crawl`, from an
// empty data directory to finished Parquet tables and WARC, once per iteration.
// Run it with -benchtime 1x -cpuprofile to see where a crawl's time goes.
func BenchmarkCrawl(b *testing.B) {
	n := envInt(b, envPages, 1000)
	conc := envInt(b, envConcurrency, 8)
	portal, err := demoportal.New(demoportal.Options{Generate: n, Seed: 1, GeneratedOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	site := genSite(b, portal)
	listURL := os.Getenv(envURL)
	if listURL == "" {
		srv, err := portal.Start(b.Context(), "")
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { srv.Close() })
		listURL = srv.URL + site.ListURL
	}
	if path := os.Getenv(envHeap); path != "" {
		stop := make(chan struct{})
		done := make(chan struct{})
		go snapshotHeap(b, path, stop, done)
		b.Cleanup(func() { close(stop); <-done })
	}
	var articles int
	i := 0
	for b.Loop() {
		i++
		dir := filepath.Join(b.TempDir(), fmt.Sprintf("run%d", i))
		opts := benchOptions(dir, listURL, n, conc, site)
		if p := os.Getenv("GOVWATCH_BENCH_PROFILE"); p != "" {
			opts.Sources[0].Profile = p // iran_gov_cms: bench/run.sh's, for its small portal
		}
		sum, err := pipeline.Crawl(b.Context(), opts)
		if err != nil {
			b.Fatal(err)
		}
		if got := sum.Totals().Articles; got != n {
			b.Fatalf("crawl parsed %d articles, want %d (failures: %v)", got, n, sum.Failures)
		}
		articles += sum.RowsArticles
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

// snapshotHeap writes a heap profile to path every five seconds until stop is
// closed.
func snapshotHeap(b *testing.B, path string, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		runtime.GC()
		f, err := os.Create(path)
		if err != nil {
			b.Error(err)
			return
		}
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			b.Error(err)
			return
		}
	}
}

// BenchmarkReprocess runs pipeline.Reprocess, the whole of `govwatch reprocess`,
// on a copy of the data directory that GOVWATCH_BENCH_DATA names (a benchmark
// crawl's, made by bench/run.sh with --keep or by BenchmarkCrawl), once per
// iteration, and reports archived articles per second. Run it with -benchtime 1x
// -cpuprofile to see where a reprocess's time goes. Without the variable it is
// skipped.
func BenchmarkReprocess(b *testing.B) {
	src := os.Getenv(envData)
	if src == "" {
		b.Skip(envData + " is not set")
	}
	var articles int
	i := 0
	for b.Loop() {
		b.StopTimer()
		i++
		dir := filepath.Join(b.TempDir(), fmt.Sprintf("run%d", i))
		if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
			b.Fatal(err)
		}
		opts := benchOptions(dir, "http://127.0.0.1/unused", 1, 8, demoportal.Site{})
		// The profile of bench/run.sh's config, so that the rows its crawl stored
		// are read back as `govwatch reprocess` reads them (GOVWATCH_BENCH_FROM_WARC=1:
		// every page parsed from the archive).
		opts.Sources[0].Profile = "iran_gov_cms"
		opts.FromWARC = os.Getenv("GOVWATCH_BENCH_FROM_WARC") == "1"
		b.StartTimer()
		sum, err := pipeline.Reprocess(b.Context(), opts)
		if err != nil {
			b.Fatal(err)
		}
		articles += sum.RowsArticles
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

// samplePages returns the bytes of the first k generated article pages, served
// by the portal's handler in process.
func samplePages(tb testing.TB, k int) (pages [][]byte, urls []string, site demoportal.Site) {
	tb.Helper()
	portal, err := demoportal.New(demoportal.Options{Generate: k, Seed: 1, GeneratedOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	site = genSite(tb, portal)
	h := portal.Handler()
	prefix := strings.TrimSuffix(site.ListURL, "List.aspx")
	for code := 1; code <= k; code++ {
		path := fmt.Sprintf("%sShowNews.aspx?Code=%d", prefix, code)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			tb.Fatalf("GET %s: status %d", path, rec.Code)
		}
		pages = append(pages, rec.Body.Bytes())
		urls = append(urls, "http://127.0.0.1"+path)
	}
	return pages, urls, site
}

// BenchmarkAnalyze measures, in bytes of HTML per second, the work behind
// `govwatch analyze` on a portal page (extract.ParseArticle with the
// iran_gov_cms profile, then transform.Analyze), its parse step alone, and
// goquery's parse of the same pages with the title and body selected. Run it
// with -cpu 1 for MB/s per core.
func BenchmarkAnalyze(b *testing.B) {
	pages, urls, site := samplePages(b, 200)
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	profile := extract.BuiltinProfiles()[extract.DefaultProfile]
	b.Run("goquery", func(b *testing.B) {
		b.SetBytes(total)
		for b.Loop() {
			for _, p := range pages {
				doc, err := goquery.NewDocumentFromReader(bytes.NewReader(p))
				if err != nil {
					b.Fatal(err)
				}
				if doc.Find(".NewsView .NewsTitle").Text() == "" || doc.Find(".NewsView .NewsBody").Text() == "" {
					b.Fatal("goquery found no title or body")
				}
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(total)
		for b.Loop() {
			for i, p := range pages {
				if _, err := extract.ParseArticle(profile, "gen", urls[i], p, "text/html; charset=utf-8"); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("parse+analyze", func(b *testing.B) {
		b.SetBytes(total)
		for b.Loop() {
			for i, p := range pages {
				art, err := extract.ParseArticle(profile, "gen", urls[i], p, "text/html; charset=utf-8")
				if err != nil {
					b.Fatal(err)
				}
				transform.Analyze(transform.Input{
					Title: art.Title, Paragraphs: art.Paragraphs,
					Registered: art.RegisteredPrinted, Occurred: art.OccurredPrinted,
					Province: site.Province, County: site.County,
				})
			}
		}
	})
}

// TestSamplePages checks the benchmark's fixture: generated pages parse with
// the built-in profile and carry a title and a body, so BenchmarkAnalyze
// measures real work.
func TestSamplePages(t *testing.T) {
	pages, urls, _ := samplePages(t, 20)
	profile := extract.BuiltinProfiles()[extract.DefaultProfile]
	for i, p := range pages {
		t.Run(urls[i], func(t *testing.T) {
			art, err := extract.ParseArticle(profile, "gen", urls[i], p, "text/html; charset=utf-8")
			if err != nil {
				t.Fatal(err)
			}
			if art.Title == "" || len(art.Paragraphs) == 0 {
				t.Errorf("article %s: title %q, %d paragraphs", urls[i], art.Title, len(art.Paragraphs))
			}
		})
	}
}

// TestCrawlSmall runs the benchmark's crawl once on a 50-article portal and
// checks that every article becomes a row, so that BenchmarkCrawl's options
// are known to crawl the whole site.
func TestCrawlSmall(t *testing.T) {
	const n = 50
	portal, err := demoportal.New(demoportal.Options{Generate: n, Seed: 1, GeneratedOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := portal.Start(t.Context(), "")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	site := genSite(t, portal)
	sum, err := pipeline.Crawl(t.Context(), benchOptions(t.TempDir(), srv.URL+site.ListURL, n, 4, site))
	if err != nil {
		t.Fatal(err)
	}
	if sum.RowsArticles != n || sum.Totals().Articles != n {
		t.Errorf("rows %d, parsed %d; want %d each", sum.RowsArticles, sum.Totals().Articles, n)
	}
	if st := portal.Stats(); st.Articles != n {
		t.Errorf("portal served %d article pages, want %d", st.Articles, n)
	}
}
