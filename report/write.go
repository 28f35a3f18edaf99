package report

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"govwatch/pipeline/dataset"
	"govwatch/transform"
	"govwatch/transform/jalali"
)

// Write builds the report for opts and renders it to path atomically: the PDF
// is written to a temporary file in the same directory, synced and renamed, so
// that path holds either the previous file or the whole new one.
func Write(ctx context.Context, ds *dataset.Dataset, opts Options, path string) (Summary, error) {
	s, err := Build(ctx, ds, opts)
	if err != nil {
		return Summary{}, err
	}
	if err := writeFile(path, func(f *os.File) error {
		w := bufio.NewWriter(f)
		if err := Render(w, s, opts); err != nil {
			return err
		}
		return w.Flush()
	}); err != nil {
		return Summary{}, err
	}
	return s, nil
}

// writeFile writes path through fn via a temporary file, fsync and rename.
func writeFile(path string, fn func(*os.File) error) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("create report file: %w", err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = fn(f); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err = f.Chmod(0o644); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("sync report: %w", err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("close report: %w", err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename report: %w", err)
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// BusiestMonth returns the Jalali month with the most reported violation
// mentions in the whole dataset (latest article versions only), the earliest
// such month on a tie. It reports false if the dataset has no reported
// mention. It reads every partition, but only the few columns it needs.
func BusiestMonth(ctx context.Context, ds *dataset.Dataset) (jalali.Period, bool, error) {
	type ver struct {
		hash    string
		fetched int64
		month   jalali.Period
	}
	latest := make(map[string]ver)
	err := ds.ScanArticles(ctx, dataset.Filter{Columns: []string{"article_id", "content_hash", "fetched_at", "registered_date"}},
		func(r dataset.ArticleRow) error {
			v, ok := latest[r.ArticleID]
			t := r.FetchedAt.UnixMicro()
			if ok && (t < v.fetched || t == v.fetched && r.ContentHash <= v.hash) {
				return nil
			}
			var mp jalali.Period
			if !r.RegisteredDate.IsZero() {
				y, m, d := r.RegisteredDate.Date()
				mp = jalali.MonthOf(jalali.FromGregorian(y, m, d))
			}
			latest[r.ArticleID] = ver{hash: r.ContentHash, fetched: t, month: mp}
			return nil
		})
	if err != nil {
		return jalali.Period{}, false, fmt.Errorf("read articles: %w", err)
	}
	counts := make(map[jalali.Period]int)
	err = ds.ScanViolations(ctx, dataset.Filter{Columns: []string{"article_id", "content_hash", "modality"}},
		func(r dataset.ViolationRow) error {
			if r.Modality != transform.ModalityReported {
				return nil
			}
			if v, ok := latest[r.ArticleID]; ok && v.hash == r.ContentHash && v.month.Valid() {
				counts[v.month]++
			}
			return nil
		})
	if err != nil {
		return jalali.Period{}, false, fmt.Errorf("read violations: %w", err)
	}
	var best jalali.Period
	n := 0
	for p, c := range counts {
		if c > n || c == n && cmp.Compare(p.Start.Compare(best.Start), 0) < 0 {
			best, n = p, c
		}
	}
	return best, n > 0, nil
}
