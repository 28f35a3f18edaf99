package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"govwatch/internal/config"
	"govwatch/pipeline"
	"govwatch/pipeline/dataset"
	"govwatch/schedules"
)

// scheduler builds the scheduler of the configured jobs. Every kind of run (schedule,
// manual, API, backfill) goes through it, so they share one lock and one history.
func (a *app) scheduler(cfg config.Config) (*schedules.Scheduler, error) {
	loc, err := cfg.Location()
	if err != nil {
		return nil, err
	}
	if !config.IsObjectStore(cfg.DataDir) {
		if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
			return nil, fmt.Errorf("create data dir: %w", err)
		}
	}
	scfg := schedules.Config{
		Jobs:       cfg.Jobs,
		Location:   loc,
		Listen:     cfg.Server.Listen,
		Token:      cfg.Server.Token,
		ReportDir:  cfg.ReportDir,
		DataDir:    cfg.DataDir,
		ConfigHash: configHash(cfg),
	}
	return schedules.New(scfg, a.runner(cfg), runHistory{dataDir: cfg.DataDir}, a.logger)
}

// runner does one run of a configured job, as req.Run: the scheduler made the run
// and holds the data directory's lock for it; the pipeline records it in the runs
// table and shows its progress through it.
func (a *app) runner(cfg config.Config) schedules.Runner {
	return func(ctx context.Context, req schedules.Request) (schedules.Result, error) {
		run := req.Run
		if run == nil { // a Request made by hand
			run = pipeline.NewRun(pipeline.RunConfig{DataDir: cfg.DataDir, Job: req.Job.Name, Trigger: string(req.Trigger),
				ConfigHash: configHash(cfg), Now: nowFunc})
			run.Start()
		}
		res := schedules.Result{RunID: run.ID(), Started: nowFunc()}
		var sum pipeline.Summary
		var err error
		switch req.Job.Kind {
		case schedules.KindCrawl:
			var srcs = cfg.Sources
			srcs, err = cfg.SelectSources(req.Job.Sources)
			if err != nil {
				break
			}
			if req.DryRun {
				for _, s := range srcs {
					printf(a.stdout, "would crawl %s (%s): %s\n", s.ID, s.Name, strings.Join(s.StartURLs, " "))
				}
				res.Status = pipeline.StatusSucceeded
				res.Finished = nowFunc()
				return res, nil
			}
			sum, err = a.crawl(ctx, cfg, srcs, run, req.Job.Full)
			printCrawlSummary(a.stdout, sum)
		case schedules.KindReprocess:
			if req.DryRun {
				printf(a.stdout, "would rebuild the tables of %s from %s\n", cfg.DataDir, cfg.Crawl.ArchiveDir)
				res.Status = pipeline.StatusSucceeded
				return res, nil
			}
			sum, err = a.reprocess(ctx, cfg, run)
			printCrawlSummary(a.stdout, sum)
		case schedules.KindReport:
			lang := req.Job.Lang
			if lang == "" {
				lang = cfg.Report.Lang
			}
			out := reportPath(cfg.ReportDir, req.Period.String(), req.Job.Scope, lang)
			if req.DryRun {
				printf(a.stdout, "would render %s\n", out)
				res.Status = pipeline.StatusSucceeded
				return res, nil
			}
			err = pipeline.Explain(ctx, a.renderReport(ctx, cfg, req.Period, req.Job.Scope, lang, out, run.HeldLock(cfg.DataDir)))
			sum = run.Summary(pipeline.StatusFor(ctx, err), err)
			if rerr := run.Record(context.WithoutCancel(ctx), cfg.DataDir, sum); rerr != nil {
				a.logger.Warn("record report run", pipeline.KeyRunID, run.ID(), "err", rerr)
			}
			if err == nil {
				res.Outputs = []string{filepath.Base(out)}
				printf(a.stdout, "report: %s\n", out)
			}
		default:
			err = fmt.Errorf("job %s: unknown kind %q", req.Job.Name, req.Job.Kind)
		}
		t := sum.Totals()
		res.Pages = t.Fetched + t.NotModified
		for _, n := range t.Failed {
			res.Failures += n
		}
		res.FailedSources = sum.FailuresBySource()
		res.Finished = nowFunc()
		res.Err = err
		// The status the pipeline recorded is the run's status everywhere.
		res.Status = sum.Status
		if res.Status == "" {
			res.Status = pipeline.StatusFor(ctx, err)
		}
		return res, err
	}
}

// reportPath names a report file by period, scope and language.
func reportPath(dir, period, scope, lang string) string {
	name := "govwatch-" + period
	if s := strings.TrimSpace(scope); s != "" && s != "all" {
		name += "-" + strings.NewReplacer("=", "-", "/", "-", " ", "_").Replace(s)
	}
	if lang != "" && lang != "fa" {
		name += "-" + lang
	}
	return filepath.Join(dir, name+".pdf")
}

func (a *app) jobsCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "jobs",
		Short:   "List the configured jobs with their next run time in both calendars",
		Example: `  govwatch jobs --config demo-out/govwatch.yaml`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			s, err := a.scheduler(cfg)
			if err != nil {
				return err
			}
			jobs, err := s.Jobs(cmd.Context())
			if err != nil {
				return err
			}
			loc, _ := cfg.Location()
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "job\tkind\tschedule\tnext (jalali)\tnext (gregorian)\tlast run")
			for _, j := range jobs {
				next, nextJ := "manual", "manual"
				if !j.Next.IsZero() {
					next = j.Next.In(loc).Format("2006-01-02 15:04 MST")
					nextJ = j.NextJalali
				}
				last := "-"
				if j.Last != nil {
					last = j.Last.Status + " " + j.Last.Started.In(loc).Format("2006-01-02 15:04")
				}
				sched := j.Job.Schedule
				if sched == "" {
					sched = "-"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", j.Job.Name, j.Job.Kind, sched, nextJ, next, last)
			}
			return tw.Flush()
		},
	}
}

func (a *app) runCommand() *cobra.Command {
	var opts schedules.RunOptions
	var toQueue bool
	cmd := &cobra.Command{
		Use:   "run JOB",
		Short: "Run a configured job now, in the foreground",
		Long: `Run runs one configured job now, through the same door as the scheduler: it takes the
data directory's lock (refused with the name of the run that holds it, unless --wait),
records the run in the runs table, and shows progress on a terminal.`,
		Example: `  govwatch run crawl-all --config demo-out/govwatch.yaml      # with the demo portal up: govwatch demo --serve
  govwatch run monthly-report --config demo-out/govwatch.yaml --period 1397-08
  govwatch run crawl-all --config demo-out/govwatch.yaml --dry-run`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			if _, ok := cfg.Job(args[0]); !ok {
				return usagef("see `govwatch jobs`", "no job %q in %s", args[0], cfg.File)
			}
			if toQueue {
				return a.enqueueRun(cmd.Context(), cfg, args[0], opts.Period) // worker.go
			}
			s, err := a.scheduler(cfg)
			if err != nil {
				return err
			}
			opts.Trigger = schedules.TriggerCLI
			res, err := s.Run(cmd.Context(), args[0], opts)
			if err != nil {
				return err
			}
			printf(a.stdout, "run %s %s\n", res.RunID, res.Status)
			return res.Err
		},
	}
	cmd.Flags().StringVar(&opts.Period, "period", "", "report period: 1397-08 (month), 1397-W12 (week) or a range; default: the period that just ended")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "say what would be done, write nothing")
	cmd.Flags().BoolVar(&opts.Queue, "wait", false, "wait for another run holding the data directory instead of failing")
	cmd.Flags().BoolVar(&toQueue, "queue", false, "put the job's runs in the shared queue (database_url) for the workers instead of running it here")
	cpuProfileFlag(cmd)
	return cmd
}

func (a *app) backfillCommand() *cobra.Command {
	var from, to string
	var dry bool
	cmd := &cobra.Command{
		Use:     "backfill JOB --from PERIOD --to PERIOD",
		Short:   "Run a report job over past periods",
		Example: `  govwatch backfill monthly-report --config demo-out/govwatch.yaml --from 1397-01 --to 1397-12`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if from == "" || to == "" {
				return usagef("give both --from and --to, e.g. --from 1397-01 --to 1397-12", "backfill needs a range")
			}
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			s, err := a.scheduler(cfg)
			if err != nil {
				return err
			}
			results, err := s.Backfill(cmd.Context(), args[0], from, to, schedules.RunOptions{Trigger: schedules.TriggerBackfill, DryRun: dry})
			for _, r := range results {
				printf(a.stdout, "run %s %s %s\n", r.RunID, r.Status, strings.Join(r.Outputs, " "))
			}
			return err
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "first period (1397-01 or 1397-W01)")
	cmd.Flags().StringVar(&to, "to", "", "last period, inclusive")
	cmd.Flags().BoolVar(&dry, "dry-run", false, "say what would be done, write nothing")
	return cmd
}

func (a *app) serveCommand() *cobra.Command {
	var listen string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the scheduler and the operator's HTTP interface",
		Long: `Serve runs the configured jobs on their schedules (Asia/Tehran by default, Jalali
monthly and weekly schedules included), catches up runs missed while it was down, and
serves the operator page (/), the JSON API (/api/jobs, /api/runs), Prometheus metrics
(/metrics), /healthz and the rendered reports (/reports/). SIGINT or SIGTERM stops it
gracefully: running jobs are cancelled and recorded as interrupted.`,
		Example: `  govwatch serve --config demo-out/govwatch.yaml
  GOVWATCH_TOKEN=secret govwatch serve --config demo-out/govwatch.yaml --listen 0.0.0.0:8090`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			if listen != "" {
				cfg.Server.Listen = listen
			}
			if cfg.Server.Token == "" {
				cfg.Server.Token = os.Getenv("GOVWATCH_TOKEN")
			}
			if cfg.DatabaseURL != "" {
				return a.serveQueue(cmd.Context(), cfg) // worker.go
			}
			s, err := a.scheduler(cfg)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if err := s.Start(ctx); err != nil {
				return err
			}
			a.logger.Info("serving", "addr", s.Addr(), "jobs", len(cfg.Jobs))
			<-ctx.Done()
			shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
			defer cancel()
			return s.Shutdown(shutdownCtx)
		},
	}
	cmd.Flags().StringVar(&listen, "listen", "", "address of the HTTP interface (overrides server.listen)")
	return cmd
}

func (a *app) runsCommand() *cobra.Command {
	var n int
	cmd := &cobra.Command{
		Use:     "runs",
		Short:   "List the run history from the runs table",
		Example: `  govwatch runs --config demo-out/govwatch.yaml -n 20`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			// The history of a data directory that is not there is not empty but
			// unknown: most likely the wrong --config, or nothing has run yet.
			if _, err := os.Stat(cfg.DataDir); errors.Is(err, os.ErrNotExist) && !config.IsObjectStore(cfg.DataDir) {
				return fmt.Errorf("read run history: data directory %s does not exist (no run has used this config yet, or --config names another file)", cfg.DataDir)
			}
			runs, err := runHistory{dataDir: cfg.DataDir}.Recent(cmd.Context(), n)
			if err != nil {
				return err
			}
			loc, _ := cfg.Location()
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "run\tjob\ttrigger\tstatus\tstarted\tduration\tpages\tfailed\terror")
			for _, r := range runs {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", r.RunID, r.Job, r.Trigger, r.Status,
					r.Started.In(loc).Format("2006-01-02 15:04:05"), r.Finished.Sub(r.Started).Round(time.Millisecond),
					r.Pages, r.Failures, r.Error)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			// What went wrong where: each failed source's causes with the first
			// page that failed so, as the operator page shows them.
			for _, r := range runs {
				for _, f := range r.FailedSources {
					fmt.Fprintf(a.stdout, "%s  %s: %d %s, first %s: %s\n", r.RunID, f.SourceID, f.Count, f.Cause, f.URL, f.Error)
				}
			}
			return nil
		},
	}
	cmd.Flags().IntVarP(&n, "limit", "n", 50, "show at most this many runs, newest first")
	return cmd
}

// runHistory reads the run history from the runs table.
type runHistory struct{ dataDir string }

func (h runHistory) all(ctx context.Context) ([]schedules.RunInfo, error) {
	if _, err := os.Stat(h.dataDir); errors.Is(err, os.ErrNotExist) && !config.IsObjectStore(h.dataDir) {
		return nil, nil
	}
	ds, err := dataset.Open(h.dataDir, dataset.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	var out []schedules.RunInfo
	err = ds.ScanRuns(ctx, dataset.Filter{}, func(r dataset.RunRow) error {
		out = append(out, schedules.RunInfo{
			RunID:         r.RunID,
			Job:           r.Job,
			Trigger:       schedules.Trigger(r.Trigger),
			Worker:        r.Worker,
			Status:        r.Status,
			Started:       r.StartedAt,
			Finished:      r.FinishedAt,
			Pages:         int(r.PagesFetched + r.PagesNotModified),
			Failures:      int(r.PagesFailed),
			FailedSources: r.FailuresBySource,
			Error:         r.Error,
		})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Started.After(out[j].Started) })
	return out, err
}

// Recent implements schedules.History.
func (h runHistory) Recent(ctx context.Context, n int) ([]schedules.RunInfo, error) {
	runs, err := h.all(ctx)
	if len(runs) > n && n > 0 {
		runs = runs[:n]
	}
	return runs, err
}

// Get implements schedules.History.
func (h runHistory) Get(ctx context.Context, id string) (schedules.RunInfo, bool, error) {
	runs, err := h.all(ctx)
	for _, r := range runs {
		if r.RunID == id {
			return r, true, err
		}
	}
	return schedules.RunInfo{}, false, err
}

// LastSuccess implements schedules.History.
func (h runHistory) LastSuccess(ctx context.Context, job string) (time.Time, bool, error) {
	runs, err := h.all(ctx)
	for _, r := range runs {
		if r.Job == job && r.Status == pipeline.StatusSucceeded {
			return r.Started, true, err
		}
	}
	return time.Time{}, false, err
}
