package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"govwatch/extract"
	"govwatch/internal/config"
	"govwatch/pipeline"
)

func (a *app) crawlCommand() *cobra.Command {
	var sources []string
	var wait, full bool
	cmd := &cobra.Command{
		Use:   "crawl [--source ID]... [--full]",
		Short: "Crawl the configured sources into the dataset",
		Long: `Crawl fetches the listing and article pages of the configured sources (all of them,
or those named with --source), archives every response as WARC, extracts people and
violations, and appends new or changed articles to the Parquet dataset. Unchanged pages
cost a conditional GET. It prints a summary per source. An incremental crawl stops at the first listing page
whose articles are all known; --full walks them all and fetches every page in full,
which finds revisions of older articles (only changed content is stored).`,
		Example: `  govwatch crawl --config demo-out/govwatch.yaml --full    # with the demo portal up: govwatch demo --serve
  govwatch crawl --config demo-out/govwatch.yaml --source kavar`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			srcs, err := cfg.SelectSources(sources)
			if err != nil {
				return usagef("see the sources in "+cfg.File, "%v", err)
			}
			run, err := a.startRun(cmd.Context(), cfg, "crawl", wait)
			if err != nil {
				return err
			}
			defer a.endRun(run)
			sum, err := a.crawl(cmd.Context(), cfg, srcs, run, full)
			printCrawlSummary(a.stdout, sum)
			return err
		},
	}
	cmd.Flags().StringSliceVar(&sources, "source", nil, "crawl only this source id (repeatable)")
	cmd.Flags().BoolVar(&full, "full", false, "walk every listing page and fetch every article in full, to find revisions of older articles")
	cmd.Flags().BoolVar(&wait, "wait", false, "wait for another run holding the data directory instead of failing")
	cpuProfileFlag(cmd)
	return cmd
}

// crawl runs one crawl as run, which holds the data directory's lock, with a
// progress bar on a terminal.
func (a *app) crawl(ctx context.Context, cfg config.Config, srcs []extract.Source, run *pipeline.Run, full bool) (pipeline.Summary, error) {
	bar := a.newProgress("crawl")
	defer bar.finish()
	return pipeline.Crawl(ctx, pipeline.Options{
		DataDir:  cfg.DataDir,
		Sources:  srcs,
		Crawl:    cfg.Crawl,
		Profiles: cfg.AllProfiles(),
		Run:      run,
		Logger:   a.logger,
		Progress: bar.update,
		Full:     full,
	})
}

func printCrawlSummary(w io.Writer, sum pipeline.Summary) {
	if sum.RunID == "" {
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "source\tlistings\tfetched\tnot modified\tfailed\tarticles\tnew\tchanged\tskipped\n")
	for _, s := range append(sum.Sources, total(sum)) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%d\t%d\t%d\t%s\n", s.ID, s.ListingPages, s.Fetched, s.NotModified,
			failures(s.Failed), s.Articles, s.New, s.Changed, failures(s.SkippedBy))
	}
	tw.Flush()
	for _, s := range sum.Sources {
		if s.SourceFailed && s.Example != nil {
			fmt.Fprintf(w, "source %s failed (%s): %v\n", s.ID, s.Example.Cause, s.Example.Err)
		}
	}
	// The rows counted are those committed: a run whose commit failed wrote none.
	if sum.RowsArticles+sum.RowsPeople+sum.RowsViolations == 0 && sum.Status == pipeline.StatusFailed {
		fmt.Fprintf(w, "run %s %s: %d requests; nothing written\n", sum.RunID, sum.Status, sum.Requests)
		return
	}
	fmt.Fprintf(w, "run %s %s: %d requests; rows written: articles %d, people %d, violations %d\n",
		sum.RunID, sum.Status, sum.Requests, sum.RowsArticles, sum.RowsPeople, sum.RowsViolations)
}

func total(sum pipeline.Summary) pipeline.SourceSummary {
	t := sum.Totals()
	t.ID = "total"
	return t
}

// failures renders counts by cause: "3 (http_5xx 2, timeout 1)"; skips too.
func failures(by map[string]int) string {
	n := 0
	causes := make([]string, 0, len(by))
	for c, k := range by {
		n += k
		causes = append(causes, c)
	}
	if n == 0 {
		return "0"
	}
	sort.Strings(causes)
	parts := make([]string, len(causes))
	for i, c := range causes {
		parts[i] = fmt.Sprintf("%s %d", c, by[c])
	}
	return fmt.Sprintf("%d (%s)", n, strings.Join(parts, ", "))
}
