package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"govwatch/internal/config"
	"govwatch/pipeline"
	"govwatch/schedules"
)

// openQueue connects to the configured database_url.
func (a *app) openQueue(ctx context.Context, cfg config.Config) (*schedules.Queue, error) {
	if cfg.DatabaseURL == "" {
		return nil, usagef("set database_url in "+cfg.File+" to a PostgreSQL database (postgres://…)", "no shared queue: database_url is not set")
	}
	return schedules.OpenQueue(ctx, cfg.DatabaseURL, cfg.DataDir, cfg.Queue, a.logger)
}

// workerConfig is what queue clients of cfg share.
func (a *app) workerConfig(cfg config.Config) (schedules.WorkerConfig, error) {
	loc, err := cfg.Location()
	if err != nil {
		return schedules.WorkerConfig{}, err
	}
	ids := make([]string, len(cfg.Sources))
	for i, s := range cfg.Sources {
		ids[i] = s.ID
	}
	return schedules.WorkerConfig{Jobs: cfg.Jobs, Sources: ids, Location: loc, ConfigHash: configHash(cfg), Runner: a.runner(cfg)}, nil
}

func (a *app) workerCommand() *cobra.Command {
	var name string
	var workers int
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Run queued crawl, report and reprocess jobs from the shared queue (River on PostgreSQL)",
		Long: `Worker takes the runs that serve (or govwatch run --queue) put in the shared queue, in the
PostgreSQL database of database_url, and runs them: crawls one source each, reports,
reprocesses. Any number of workers may run, on any machines that reach the database and
the data directory (an s3:// data_dir). A run holds the data directory's lock as a
PostgreSQL advisory lock, so runs of one dataset write one at a time; a worker that dies
mid-run releases it with its session, its staged files are never committed, and the run
goes back to the queue for another worker after queue.rescue_after. The runs table's
worker column and the operator page say which worker ran what. SIGINT or SIGTERM stops it:
running jobs are cancelled and go back to the queue.

It needs a config with database_url (and, for workers on several machines, an s3://
data_dir); for example, with such a config in /etc/govwatch/govwatch.yaml:

    govwatch worker --config /etc/govwatch/govwatch.yaml --name fars-1 --workers 2
    govwatch run crawl-all --config /etc/govwatch/govwatch.yaml --queue

(These are not in Examples, which run as printed against the demo's config; see
deploy/README.md.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			if workers > 0 {
				cfg.Queue.Workers = workers
			}
			ctx := cmd.Context()
			q, err := a.openQueue(ctx, cfg)
			if err != nil {
				return err
			}
			defer q.Close()
			wc, err := a.workerConfig(cfg)
			if err != nil {
				return err
			}
			wc.Name, wc.Work = name, true
			return q.Run(ctx, wc)
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "the worker's name in the runs table and on the operator page (default: HOST-PID)")
	cmd.Flags().IntVar(&workers, "workers", 0, "jobs at a time (overrides queue.workers; default 1)")
	return cmd
}

// serveQueue is serve with a shared queue: the operator page and API as without
// one, but the jobs' schedules are River periodic jobs that only the elected leader
// among the serve processes inserts, and every run (scheduled, from the page or
// the API) is enqueued for the workers instead of run here.
func (a *app) serveQueue(ctx context.Context, cfg config.Config) error {
	q, err := a.openQueue(ctx, cfg)
	if err != nil {
		return err
	}
	defer q.Close()
	wc, err := a.workerConfig(cfg)
	if err != nil {
		return err
	}
	wc.Schedule = true
	loc := wc.Location
	scfg := schedules.Config{Location: loc, Listen: cfg.Server.Listen, Token: cfg.Server.Token,
		ReportDir: cfg.ReportDir, ConfigHash: configHash(cfg)}
	for _, j := range cfg.Jobs {
		j.Schedule = "" // River's leader inserts the ticks
		j.CatchUp = -1
		scfg.Jobs = append(scfg.Jobs, j)
	}
	enqueue := func(ctx context.Context, req schedules.Request) (schedules.Result, error) {
		period := ""
		if req.Job.Kind == schedules.KindReport {
			period = req.Period.String()
		}
		n, err := q.Enqueue(ctx, req.Job, wc.Sources, period, nowFunc(), schedules.TriggerQueue)
		res := schedules.Result{RunID: req.RunID, Started: nowFunc(), Finished: nowFunc(), Status: pipeline.StatusQueued, Err: err}
		if err == nil {
			res.Outputs = []string{fmt.Sprintf("%d runs enqueued, %d already queued", n.Inserted, n.Duplicates)}
		}
		return res, err
	}
	s, err := schedules.New(scfg, enqueue, runHistory{dataDir: cfg.DataDir}, a.logger)
	if err != nil {
		return err
	}
	if err := s.Start(ctx); err != nil {
		return err
	}
	a.logger.Info("serving with a shared queue", "addr", s.Addr(), "jobs", len(cfg.Jobs))
	qerr := q.Run(ctx, wc)
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if err := s.Shutdown(shutdownCtx); err != nil {
		return err
	}
	return qerr
}

// enqueueRun is govwatch run --queue: the job's runs go to the shared queue.
func (a *app) enqueueRun(ctx context.Context, cfg config.Config, name, period string) error {
	job, ok := cfg.Job(name)
	if !ok {
		return usagef("see `govwatch jobs`", "no job %q in %s", name, cfg.File)
	}
	q, err := a.openQueue(ctx, cfg)
	if err != nil {
		return err
	}
	defer q.Close()
	wc, err := a.workerConfig(cfg)
	if err != nil {
		return err
	}
	if job.Kind == schedules.KindReport && period == "" {
		p, err := schedules.DefaultPeriod(job, nowFunc(), wc.Location)
		if err != nil {
			return err
		}
		period = p.String()
	}
	n, err := q.Enqueue(ctx, job, wc.Sources, period, nowFunc(), schedules.TriggerQueue)
	if err != nil {
		return err
	}
	printf(a.stdout, "job %s: %d runs enqueued, %d already queued\n", name, n.Inserted, n.Duplicates)
	return nil
}
