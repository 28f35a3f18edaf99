package schedules

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"govwatch/pipeline"
)

// metrics are the scheduler's Prometheus collectors, on a registry of its own.
type metrics struct {
	reg         *prometheus.Registry
	runs        *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	pages       *prometheus.CounterVec
	failures    *prometheus.CounterVec
	lastSuccess *prometheus.GaugeVec
	inProgress  *prometheus.GaugeVec
}

func newMetrics(jobs []Job) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "govwatch_job_runs_total",
			Help: "Runs of each job by final status (succeeded, partial, failed, interrupted, skipped).",
		}, []string{"job", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "govwatch_job_run_duration_seconds",
			Help:    "Wall time of finished runs, lock wait excluded.",
			Buckets: []float64{1, 5, 15, 60, 300, 900, 1800, 3600, 7200, 21600},
		}, []string{"job"}),
		pages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "govwatch_job_pages_fetched_total",
			Help: "Pages fetched by finished runs of each job.",
		}, []string{"job"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "govwatch_job_page_failures_total",
			Help: "Per-page failures recorded by finished runs of each job.",
		}, []string{"job"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "govwatch_job_last_success_timestamp_seconds",
			Help: "Unix time at which the last successful run of each job finished; partial and failed runs leave it.",
		}, []string{"job"}),
		inProgress: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "govwatch_job_runs_in_progress",
			Help: "Runs of each job in progress (0 or 1).",
		}, []string{"job"}),
	}
	m.reg.MustRegister(m.runs, m.duration, m.pages, m.failures, m.lastSuccess, m.inProgress,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, j := range jobs {
		for _, st := range []string{pipeline.StatusSucceeded, pipeline.StatusPartial, pipeline.StatusFailed, pipeline.StatusInterrupted, pipeline.StatusSkipped} {
			m.runs.WithLabelValues(j.Name, st)
		}
		m.pages.WithLabelValues(j.Name)
		m.failures.WithLabelValues(j.Name)
		m.inProgress.WithLabelValues(j.Name)
	}
	return m
}
