package dataset_test

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"govwatch/pipeline/dataset"
)

// writeSynthetic writes n articles over the given months, each with two people and
// one violation, generated on the fly so that only the writer holds rows in memory.
func writeSynthetic(b *testing.B, ds *dataset.Dataset, runID string, months []string, n int) {
	b.Helper()
	fx := makeFixture(b, runID, months[:1], 1)
	p0, p1, v0 := fx.people[0], fx.people[1], fx.violations[0]
	txn, err := ds.Begin(b.Context(), runID)
	if err != nil {
		b.Fatal(err)
	}
	base := fx.articles[0]
	for i := range n {
		a := base
		a.URL = fmt.Sprintf("https://kavar.example.ir/kavar/News/ShowNews.aspx?Code=%d", i)
		a.ArticleID = dataset.ArticleID(a.URL)
		a.ContentHash = fmt.Sprintf("%s-%d", runID, i)
		a.Title = fmt.Sprintf("خبر شماره %d درباره تخلفات دفاتر پیشخوان", i)
		d, _ := time.Parse("2006-01", months[i%len(months)])
		a.RegisteredDate = d.AddDate(0, 0, i%28)
		a.FetchedAt = a.FetchedAt.Add(time.Duration(i) * time.Millisecond)
		if err := txn.AddArticle(a); err != nil {
			b.Fatal(err)
		}
		for _, p := range []dataset.PersonRow{p0, p1} {
			p.ArticleID, p.ContentHash, p.RegisteredMonth = a.ArticleID, a.ContentHash, ""
			if err := txn.AddPerson(p); err != nil {
				b.Fatal(err)
			}
		}
		v := v0
		v.ArticleID, v.ContentHash, v.ViolationID, v.RegisteredMonth = a.ArticleID, a.ContentHash, "", ""
		if err := txn.AddViolation(v); err != nil {
			b.Fatal(err)
		}
	}
	if err := txn.Commit(b.Context()); err != nil {
		b.Fatal(err)
	}
}

func dirBytes(b *testing.B, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			n += info.Size()
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkWrite writes n articles, each with two people and one violation row,
// over 24 months (rows arrive round-robin over the months, the worst case for the
// partition buffers) or one month, in one run. It reports article rows per second,
// all rows per second, bytes on disk per article (with its mentions) and the peak
// heap in use, sampled every 20ms.
func BenchmarkWrite(b *testing.B) {
	for _, bc := range []struct {
		name   string
		n      int
		months []string
	}{
		{"25k articles 24 months", 25_000, months24()},
		{"100k articles 24 months", 100_000, months24()},
		{"100k articles 1 month", 100_000, months24()[:1]},
		{"400k articles 24 months", 400_000, months24()},
	} {
		b.Run(bc.name, func(b *testing.B) {
			runtime.GC()
			var peak atomic.Uint64
			done := make(chan struct{})
			go func() {
				var ms runtime.MemStats
				t := time.NewTicker(20 * time.Millisecond)
				defer t.Stop()
				for {
					select {
					case <-done:
						return
					case <-t.C:
						runtime.ReadMemStats(&ms)
						if ms.HeapInuse > peak.Load() {
							peak.Store(ms.HeapInuse)
						}
					}
				}
			}()
			var bytes int64
			for b.Loop() {
				dir := b.TempDir()
				ds, err := dataset.Open(dir, dataset.Options{})
				if err != nil {
					b.Fatal(err)
				}
				writeSynthetic(b, ds, "bench", bc.months, bc.n)
				bytes = dirBytes(b, dir)
			}
			close(done)
			sec := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(bc.n)/sec, "articles/s")
			b.ReportMetric(float64(4*bc.n)/sec, "rows/s")
			b.ReportMetric(float64(bytes)/float64(bc.n), "disk_B/article")
			b.ReportMetric(float64(peak.Load())/(1<<20), "peak_heap_MiB")
		})
	}
}

// BenchmarkReadMonth reads one month of 24 (all columns of articles, people and
// violations) and, for comparison, all 24.
func BenchmarkReadMonth(b *testing.B) {
	const n = 24_000
	dir := b.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		b.Fatal(err)
	}
	months := months24()
	writeSynthetic(b, ds, "bench", months, n)
	for _, bc := range []struct {
		name   string
		filter dataset.Filter
		want   int
	}{
		{"one of 24", dataset.Filter{Months: []string{months[7]}}, n / 24},
		{"all 24", dataset.Filter{}, n},
		{"one of 24 projected", dataset.Filter{Months: []string{months[7]}, Columns: []string{"article_id", "registered_date"}}, n / 24},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				rows := 0
				err := ds.ScanArticles(b.Context(), bc.filter, func(dataset.ArticleRow) error { rows++; return nil })
				if err != nil {
					b.Fatal(err)
				}
				if bc.filter.Columns == nil {
					err = ds.ScanPeople(b.Context(), bc.filter, func(dataset.PersonRow) error { return nil })
					if err == nil {
						err = ds.ScanViolations(b.Context(), bc.filter, func(dataset.ViolationRow) error { return nil })
					}
					if err != nil {
						b.Fatal(err)
					}
				}
				if rows != bc.want {
					b.Fatalf("read %d articles, want %d", rows, bc.want)
				}
			}
			b.ReportMetric(float64(bc.want)/(b.Elapsed().Seconds()/float64(b.N)), "articles/s")
		})
	}
}
