package schedules_test

import (
	"bufio"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"govwatch/schedules"
)

// metricValue scrapes s's /metrics and returns the sample named by line, such
// as `govwatch_job_runs_total{job="crawl",status="skipped"}`.
func metricValue(t *testing.T, s *schedules.Scheduler, sample string) float64 {
	t.Helper()
	v, ok := metricSample(t, s, sample)
	if !ok {
		t.Fatalf("no sample %s in /metrics", sample)
	}
	return v
}

// metricSample is metricValue that reports a missing sample instead of failing.
func metricSample(t *testing.T, s *schedules.Scheduler, sample string) (float64, bool) {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/metrics", nil)
	req.Host = "127.0.0.1"
	s.Handler().ServeHTTP(rec, req)
	sc := bufio.NewScanner(rec.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), sample+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			return f, true
		}
	}
	return 0, false
}

func runsTotal(t *testing.T, s *schedules.Scheduler, job, status string) float64 {
	t.Helper()
	return metricValue(t, s, `govwatch_job_runs_total{job="`+job+`",status="`+status+`"}`)
}
