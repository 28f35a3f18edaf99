package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"govwatch/internal/config"
	"govwatch/pipeline"
)

func (a *app) reprocessCommand() *cobra.Command {
	var wait, fromWARC bool
	cmd := &cobra.Command{
		Use:   "reprocess",
		Short: "Rebuild the tables from the archived WARC files, without the network",
		Long: `Reprocess reads every archived article response (WARC, under crawl.archive_dir),
parses it with its source's profile and runs the current extractors, writing a complete
new set of articles, people and violations tables with the current extractor_version.
The new tables replace the old ones only when they are complete; the old ones are kept
under DATA_DIR/_replaced/RUN_ID. The runs table keeps its history.

A page whose stored article row was written by the current parse (its parse_key is
the one the source has now: the same extract.ParseVersion, profile and normalisation;
for profile auto, rows a reprocess wrote with the same kept layout) is not parsed
again: its title, paragraphs and dates are read back from the old articles table. A WARC file all of whose pages are read back so, and whose capture
index (DATA_DIR/_state/warcindex, written by the reprocess before) is current, is not
opened. --from-warc parses every page from the archive, for when the parse changed
without a new version or the tables may be damaged.`,
		Example: `  govwatch reprocess --config demo-out/govwatch.yaml
  govwatch reprocess --config demo-out/govwatch.yaml --from-warc`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			run, err := a.startRun(cmd.Context(), cfg, "reprocess", wait)
			if err != nil {
				return err
			}
			defer a.endRun(run)
			sum, err := a.reprocessWith(cmd.Context(), cfg, run, fromWARC)
			printCrawlSummary(a.stdout, sum)
			if sum.RowsArticles > 0 {
				fmt.Fprintf(a.stdout, "article pages read back from their stored rows: %d (the others parsed from the archive); WARC files not opened: %d\n", sum.Reused, sum.UnopenedWARC)
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&wait, "wait", false, "wait for another run holding the data directory instead of failing")
	cmd.Flags().BoolVar(&fromWARC, "from-warc", false, "parse every archived page again, even where the stored article row holds what the current parse gives")
	return cmd
}

// reprocess rebuilds the tables as run, which holds the data directory's lock.
func (a *app) reprocess(ctx context.Context, cfg config.Config, run *pipeline.Run) (pipeline.Summary, error) {
	return a.reprocessWith(ctx, cfg, run, false)
}

// reprocessWith is reprocess; fromWARC parses every page from the archive.
func (a *app) reprocessWith(ctx context.Context, cfg config.Config, run *pipeline.Run, fromWARC bool) (pipeline.Summary, error) {
	bar := a.newProgress("reprocess")
	defer bar.finish()
	return pipeline.Reprocess(ctx, pipeline.Options{
		DataDir:  cfg.DataDir,
		Sources:  cfg.Sources,
		Crawl:    cfg.Crawl,
		Profiles: cfg.AllProfiles(),
		Run:      run,
		Logger:   a.logger,
		Progress: bar.update,
		FromWARC: fromWARC,
	})
}
