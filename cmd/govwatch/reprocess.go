package main

import (
	"context"

	"github.com/spf13/cobra"

	"govwatch/internal/config"
	"govwatch/pipeline"
)

func (a *app) reprocessCommand() *cobra.Command {
	var wait bool
	cmd := &cobra.Command{
		Use:   "reprocess",
		Short: "Rebuild the tables from the archived WARC files, without the network",
		Long: `Reprocess reads every archived article response (WARC, under crawl.archive_dir),
parses it with its source's profile and runs the current extractors, writing a complete
new set of articles, people and violations tables with the current extractor_version.
The new tables replace the old ones only when they are complete; the old ones are kept
under DATA_DIR/_replaced/RUN_ID. The runs table keeps its history.`,
		Example: `  govwatch reprocess --config demo-out/govwatch.yaml`,
		Args:    cobra.NoArgs,
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
			sum, err := a.reprocess(cmd.Context(), cfg, run)
			printCrawlSummary(a.stdout, sum)
			return err
		},
	}
	cmd.Flags().BoolVar(&wait, "wait", false, "wait for another run holding the data directory instead of failing")
	return cmd
}

// reprocess rebuilds the tables as run, which holds the data directory's lock.
func (a *app) reprocess(ctx context.Context, cfg config.Config, run *pipeline.Run) (pipeline.Summary, error) {
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
	})
}
