package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"govwatch/internal/config"
	"govwatch/pipeline/dataset"
	"govwatch/report"
	"govwatch/transform"
	"govwatch/transform/jalali"
)

func (a *app) reportCommand() *cobra.Command {
	var period, scope, lang, out string
	cmd := &cobra.Command{
		Use:   "report --period PERIOD [--scope SCOPE] [--out FILE]",
		Short: "Render the PDF compliance summary of a period and scope",
		Long: `Report reads the dataset for a period and scope and renders the PDF compliance summary:
key figures with the change from the previous period, violations by office type and
county, sanctions, a weekly trend chart, the officials who spoke about violations, the
list of reported and conditional violations with links to their source articles, and a
method and data appendix. The same data and options always give the same bytes.

PERIOD is a Jalali month (1397-08), a Jalali week (1397-W32, weeks start on Saturday)
or a range (1397-08-01..1397-08-15, or Gregorian 2018-11-01..2018-11-30).
SCOPE is all (default), province=NAME or county=NAME, names in Persian.`,
		Example: `  govwatch report --config demo-out/govwatch.yaml --period 1397-08
  govwatch report --config demo-out/govwatch.yaml --period 1397-08 --scope county=کوار --out kavar.pdf
  govwatch report --config demo-out/govwatch.yaml --period 1397-W32 --lang en`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if period == "" {
				return usagef("e.g. --period 1397-08", "--period is required")
			}
			p, err := jalali.ParsePeriod(period)
			if err != nil {
				return usagef("a Jalali month 1397-08, a week 1397-W32 or a range 1397-08-01..1397-08-15", "bad --period: %v", err)
			}
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			if lang == "" {
				lang = cfg.Report.Lang
			}
			if out == "" {
				out = reportPath(cfg.ReportDir, p.String(), scope, lang)
			}
			if err := a.renderReport(cmd.Context(), cfg, p, scope, lang, out, nil); err != nil {
				return err
			}
			printf(a.stdout, "%s\n", out)
			return nil
		},
	}
	cmd.Flags().StringVar(&period, "period", "", "Jalali month 1397-08, week 1397-W32, or range A..B")
	cmd.Flags().StringVar(&scope, "scope", "", "all, province=NAME or county=NAME")
	cmd.Flags().StringVar(&lang, "lang", "", "label language: fa (default) or en")
	cmd.Flags().StringVarP(&out, "out", "o", "", "output file (default: REPORT_DIR/govwatch-PERIOD[-SCOPE].pdf)")
	return cmd
}

// renderReport writes the report of period and scope to out.
// lock is the data directory's lock when a run of the caller holds it (a
// report job), so that the incidents and officials tables are written under
// it; nil when the report takes the lock itself.
func (a *app) renderReport(ctx context.Context, cfg config.Config, p jalali.Period, scope, lang, out string, lock *dataset.Lock) error {
	sc, err := report.ParseScope(scope)
	if err != nil {
		return usagef("scope is all, province=NAME or county=NAME", "bad scope: %v", err)
	}
	loc, err := cfg.Location()
	if err != nil {
		return err
	}
	// A dataset that is not there is not empty but unknown: most likely the wrong
	// --config, or nothing has run yet. A report of zeros would hide that.
	if _, err := os.Stat(cfg.DataDir); errors.Is(err, os.ErrNotExist) && !config.IsObjectStore(cfg.DataDir) {
		return fmt.Errorf("read dataset: data directory %s does not exist (no run has used this config yet, or --config names another file)", cfg.DataDir)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("create report dir: %w", err)
	}
	// Writable, so that the report brings the incidents and officials tables up
	// to date before it counts from them (it skips that if a run holds the lock).
	ds, err := dataset.Open(cfg.DataDir, dataset.Options{ReadOnly: !isDataDir(cfg.DataDir) && !config.IsObjectStore(cfg.DataDir), Lock: lock})
	if err != nil {
		return fmt.Errorf("open dataset: %w", err)
	}
	if empty, err := noArticles(ctx, ds); err != nil {
		return fmt.Errorf("read dataset: %w", err)
	} else if empty {
		// A report of zeros would hide that nothing has been crawled yet
		// (or that --config names another data directory).
		return fmt.Errorf("read dataset: %s holds no articles yet: run a crawl first (govwatch crawl or a crawl job)", cfg.DataDir)
	}
	names := make(map[string]string, len(cfg.Sources))
	for _, s := range cfg.Sources {
		names[s.ID] = s.Name
	}
	if err := report.CheckScope(ctx, ds, sc); err != nil {
		if errors.Is(err, report.ErrUnknownPlace) {
			return usagef("a scope names a province or county of the dataset's articles", "bad scope: %v", err)
		}
		return err
	}
	_, err = report.Write(ctx, ds, report.Options{
		Period:           p,
		Scope:            sc,
		Lang:             lang,
		Location:         loc,
		ExtractorVersion: transform.ExtractorVersion,
		SourceNames:      names,
		Accuracy:         reportAccuracy(),
	}, out)
	if err == nil && cfg.ReportStore != "" {
		// report_dir is an object store: ReportDir is where the report was rendered.
		if rel, rerr := filepath.Rel(cfg.ReportDir, out); rerr == nil && filepath.IsLocal(rel) {
			if err = dataset.PutFile(ctx, cfg.ReportStore, filepath.ToSlash(rel), out); err != nil {
				err = fmt.Errorf("upload report: %w", err)
			}
		}
	}
	return err
}

// isDataDir reports whether path is a directory.
func isDataDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// reportAccuracy is the extractors' measured accuracy on real text, as the
// report's method page states it.
func reportAccuracy() report.Accuracy {
	a := transform.MeasuredAccuracy()
	r := report.Accuracy{Extractor: a.Extractor, Passages: a.Passages, Labelled: a.Labelled, Person: a.Person, PersonRole: a.PersonRole,
		OfficeModality: a.OfficeModality, OfficeModalityCount: a.OfficeModalityCount, Sanction: a.Sanction, Modality: a.Modality, GeneralPrecision: a.GeneralPrecision,
		PersonInterval: a.PersonInterval, PersonRoleInterval: a.PersonRoleInterval, OfficeModalityInterval: a.OfficeModalityInterval}
	for _, o := range a.ByOfficeType {
		r.ByOffice = append(r.ByOffice, report.OfficeAccuracy{OfficeType: o.OfficeType, Gold: o.Gold, F1: o.F1})
	}
	if f := a.Fresh; f != nil {
		r.FreshPassages, r.FreshPerson, r.FreshPersonRole, r.FreshOfficeModality = f.Passages, f.Person, f.PersonRole, f.OfficeModality
	}
	if w := a.Whole; w != nil {
		r.WholeExtractor, r.WholePassages = w.Extractor, w.Passages
		r.WholePerson, r.WholePersonRole, r.WholeOfficeModality = w.Person, w.PersonRole, w.OfficeModality
	}
	return r
}

// errFound stops a scan at its first row.
var errFound = errors.New("found")

// noArticles reports whether the dataset holds no article at all.
func noArticles(ctx context.Context, ds *dataset.Dataset) (bool, error) {
	err := ds.ScanArticles(ctx, dataset.Filter{Columns: []string{"article_id"}}, func(dataset.ArticleRow) error { return errFound })
	if errors.Is(err, errFound) {
		return false, nil
	}
	return err == nil, err
}
