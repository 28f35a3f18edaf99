package schedules_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"govwatch/pipeline"
	"govwatch/schedules"
)

// newHTTPScheduler returns an unstarted scheduler with a report directory and
// an httptest server on its Handler. The runner answers every run at once.
func newHTTPScheduler(t *testing.T, token string) (*schedules.Scheduler, *httptest.Server, string) {
	t.Helper()
	return newHTTPSchedulerOn(t, "127.0.0.1:0", token)
}

// newHTTPSchedulerOn is newHTTPScheduler with listen as Config.Listen; the
// httptest server itself always listens on loopback.
func newHTTPSchedulerOn(t *testing.T, listen, token string) (*schedules.Scheduler, *httptest.Server, string) {
	t.Helper()
	loc := tehran(t)
	reports := t.TempDir()
	cfg := schedules.Config{
		Jobs: []schedules.Job{
			{Name: "crawl-all", Kind: "crawl", Schedule: "30 2 * * *"},
			{Name: "report-monthly", Kind: "report", Schedule: "@jalali-monthly 02:00", Scope: "county=کوار"},
		},
		Location:  loc,
		Listen:    listen,
		Token:     token,
		ReportDir: reports,
		Clock:     newFakeClock(time.Date(2018, 11, 20, 10, 0, 0, 0, loc)),
	}
	runner := func(ctx context.Context, req schedules.Request) (schedules.Result, error) {
		return schedules.Result{Pages: 7, Failures: 1}, nil
	}
	s, err := schedules.New(cfg, runner, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return s, srv, reports
}

func do(t *testing.T, c *http.Client, method, u string, body io.Reader, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestAPI(t *testing.T) {
	s, srv, _ := newHTTPScheduler(t, "")
	c := srv.Client()

	resp, body := do(t, c, "GET", srv.URL+"/healthz", nil, nil)
	if resp.StatusCode != 200 || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz = %d %q", resp.StatusCode, body)
	}

	resp, body = do(t, c, "GET", srv.URL+"/api/jobs", nil, nil)
	var jobs []schedules.JobStatus
	if err := json.Unmarshal([]byte(body), &jobs); err != nil || resp.StatusCode != 200 || len(jobs) != 2 {
		t.Fatalf("/api/jobs = %d %s (%v)", resp.StatusCode, body, err)
	}
	if jobs[1].NextJalali != "1397/09/01 02:00" {
		t.Errorf("report-monthly next_jalali = %q, want 1397/09/01 02:00", jobs[1].NextJalali)
	}

	resp, body = do(t, c, "POST", srv.URL+"/api/jobs/report-monthly/run", strings.NewReader(`{"period":"1397-07"}`), map[string]string{"Content-Type": "application/json"})
	var info schedules.RunInfo
	if err := json.Unmarshal([]byte(body), &info); err != nil || resp.StatusCode != http.StatusAccepted {
		t.Fatalf("POST run = %d %s", resp.StatusCode, body)
	}
	if info.Period != "1397-07" || info.Trigger != schedules.TriggerAPI || resp.Header.Get("Location") != "/api/runs/"+info.RunID {
		t.Errorf("started run = %+v, Location %q", info, resp.Header.Get("Location"))
	}
	waitFor(t, "API run to finish", func() bool { return runStatus(t, s, info.RunID) == pipeline.StatusSucceeded })

	resp, body = do(t, c, "GET", srv.URL+"/api/runs/"+info.RunID, nil, nil)
	var got schedules.RunInfo
	if err := json.Unmarshal([]byte(body), &got); err != nil || resp.StatusCode != 200 || got.Pages != 7 || got.Status != "succeeded" {
		t.Errorf("/api/runs/{id} = %d %s", resp.StatusCode, body)
	}
	resp, body = do(t, c, "GET", srv.URL+"/api/runs?limit=5", nil, nil)
	var runs []schedules.RunInfo
	if err := json.Unmarshal([]byte(body), &runs); err != nil || len(runs) != 1 || runs[0].RunID != info.RunID {
		t.Errorf("/api/runs = %d %s", resp.StatusCode, body)
	}
	if v := metricValue(t, s, `govwatch_job_pages_fetched_total{job="report-monthly"}`); v != 7 {
		t.Errorf("pages fetched = %v, want 7", v)
	}

	tests := []struct {
		name, method, path, body string
		want                     int
	}{
		{"unknown job", "POST", "/api/jobs/nope/run", "", http.StatusNotFound},
		{"bad period", "POST", "/api/jobs/report-monthly/run", `{"period":"1397-13"}`, http.StatusBadRequest},
		{"period on crawl", "POST", "/api/jobs/crawl-all/run", `{"period":"1397-07"}`, http.StatusBadRequest},
		{"unknown field", "POST", "/api/jobs/crawl-all/run", `{"perod":"1397-07"}`, http.StatusBadRequest},
		{"unknown run", "GET", "/api/runs/none", "", http.StatusNotFound},
		{"bad limit", "GET", "/api/runs?limit=-1", "", http.StatusBadRequest},
		{"GET on run", "GET", "/api/jobs/crawl-all/run", "", http.StatusMethodNotAllowed},
		{"body too large", "POST", "/api/jobs/crawl-all/run", `{"period":"` + strings.Repeat("x", schedules.MaxRequestBody) + `"}`, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, c, tt.method, srv.URL+tt.path, strings.NewReader(tt.body), map[string]string{"Content-Type": "application/json"})
			if resp.StatusCode != tt.want {
				t.Errorf("%s %s = %d %s, want %d", tt.method, tt.path, resp.StatusCode, body, tt.want)
			}
		})
	}
}

func TestRunConflict(t *testing.T) {
	loc := tehran(t)
	release := make(chan struct{})
	started := make(chan string, 1)
	runner := func(ctx context.Context, req schedules.Request) (schedules.Result, error) {
		started <- req.RunID
		<-release
		return schedules.Result{}, nil
	}
	s, err := schedules.New(schedules.Config{Jobs: []schedules.Job{{Name: "crawl", Kind: "crawl"}}, Location: loc}, runner, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	resp, _ := do(t, srv.Client(), "POST", srv.URL+"/api/jobs/crawl/run", nil, nil)
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("first run = %d", resp.StatusCode)
	}
	id := <-started
	resp, body := do(t, srv.Client(), "POST", srv.URL+"/api/jobs/crawl/run", nil, nil)
	if resp.StatusCode != http.StatusConflict || !strings.Contains(body, id) {
		t.Errorf("second run = %d %s, want 409 naming %s", resp.StatusCode, body, id)
	}
	if _, err := s.Run(t.Context(), "crawl", schedules.RunOptions{}); !errors.Is(err, schedules.ErrJobRunning) {
		t.Errorf("manual run while running = %v, want ErrJobRunning", err)
	}
	close(release)
	waitFor(t, "run to finish", func() bool { return runStatus(t, s, id) == pipeline.StatusSucceeded })
}

func TestToken(t *testing.T) {
	const token = "correct horse battery staple"
	_, srv, _ := newHTTPScheduler(t, token)
	run := srv.URL + "/api/jobs/crawl-all/run"
	tests := []struct {
		name string
		hdr  map[string]string
		want int
	}{
		{"no token", nil, http.StatusUnauthorized},
		{"wrong token", map[string]string{"Authorization": "Bearer nope"}, http.StatusUnauthorized},
		{"token prefix", map[string]string{"Authorization": "Bearer correct horse"}, http.StatusUnauthorized},
		{"wrong scheme", map[string]string{"Authorization": "Basic " + token}, http.StatusUnauthorized},
		{"right token", map[string]string{"Authorization": "Bearer " + token}, http.StatusAccepted},
		{"cross-site with token", map[string]string{"Authorization": "Bearer " + token, "Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, srv.Client(), "POST", run, nil, tt.hdr)
			if resp.StatusCode != tt.want {
				t.Errorf("POST = %d %s, want %d", resp.StatusCode, body, tt.want)
			}
		})
	}
	// Reads need no token.
	if resp, _ := do(t, srv.Client(), "GET", srv.URL+"/api/jobs", nil, nil); resp.StatusCode != 200 {
		t.Errorf("GET /api/jobs = %d", resp.StatusCode)
	}

	// The page asks for the token, and a login sets a cookie that authorises forms.
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	_, page := do(t, c, "GET", srv.URL+"/", nil, nil)
	if !strings.Contains(page, `id="login"`) || strings.Contains(page, "Run now") {
		t.Errorf("page before login lacks the login form or shows run buttons")
	}
	form := map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
	resp, _ := do(t, c, "POST", srv.URL+"/login", strings.NewReader(url.Values{"token": {"bad"}}.Encode()), form)
	if u, _ := url.Parse(srv.URL); len(jar.Cookies(u)) != 0 || resp.Request.URL.Query().Get("error") == "" {
		t.Errorf("bad login set a cookie or showed no error")
	}
	do(t, c, "POST", srv.URL+"/login", strings.NewReader(url.Values{"token": {token}}.Encode()), form)
	u, _ := url.Parse(srv.URL)
	cookies := jar.Cookies(u)
	if len(cookies) != 1 || strings.Contains(cookies[0].Value, "horse") {
		t.Fatalf("cookies after login = %v, want one not holding the token", cookies)
	}
	_, page = do(t, c, "GET", srv.URL+"/", nil, nil)
	if !strings.Contains(page, "Run now") {
		t.Errorf("page after login shows no run buttons")
	}
	resp, _ = do(t, c, "POST", srv.URL+"/api/jobs/report-monthly/run", strings.NewReader("run=1"), form)
	if resp.StatusCode != 200 || resp.Request.URL.Query().Get("run") == "" {
		t.Errorf("form run after login = %d %s", resp.StatusCode, resp.Request.URL)
	}
}

// TestReadsNeedTokenBeyondLoopback checks that, on a bind other than loopback,
// the runs, reports, jobs and metrics are read with the token only, and the page
// shows its login form and nothing else until a login.
func TestReadsNeedTokenBeyondLoopback(t *testing.T) {
	const token = "correct horse battery staple"
	for _, tt := range []struct {
		listen    string
		needToken bool
	}{
		{"0.0.0.0:8090", true},
		{"192.0.2.10:8090", true},
		{"127.0.0.1:8090", false},
		{"[::1]:8090", false},
		{"localhost:8090", false},
	} {
		t.Run(tt.listen, func(t *testing.T) {
			_, srv, reports := newHTTPSchedulerOn(t, tt.listen, token)
			if err := os.WriteFile(filepath.Join(reports, "kavar.pdf"), []byte("%PDF-1.4 report"), 0o644); err != nil {
				t.Fatal(err)
			}
			bearer := map[string]string{"Authorization": "Bearer " + token}
			wrong := map[string]string{"Authorization": "Bearer nope"}
			for _, path := range []string{"/metrics", "/api/jobs", "/api/runs", "/api/runs?limit=1", "/reports/kavar.pdf"} {
				resp, body := do(t, srv.Client(), "GET", srv.URL+path, nil, nil)
				if want := map[bool]int{true: http.StatusUnauthorized, false: http.StatusOK}[tt.needToken]; resp.StatusCode != want {
					t.Errorf("GET %s without token = %d %.80q, want %d", path, resp.StatusCode, body, want)
				}
				if resp, _ := do(t, srv.Client(), "GET", srv.URL+path, nil, wrong); tt.needToken && resp.StatusCode != http.StatusUnauthorized {
					t.Errorf("GET %s with a wrong token = %d, want 401", path, resp.StatusCode)
				}
				if resp, body := do(t, srv.Client(), "GET", srv.URL+path, nil, bearer); resp.StatusCode != http.StatusOK {
					t.Errorf("GET %s with the token = %d %.80q, want 200", path, resp.StatusCode, body)
				}
			}
			if resp, _ := do(t, srv.Client(), "GET", srv.URL+"/api/runs/nope", nil, nil); tt.needToken && resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("GET /api/runs/nope without token = %d, want 401 before any lookup", resp.StatusCode)
			}
			if resp, _ := do(t, srv.Client(), "GET", srv.URL+"/healthz", nil, nil); resp.StatusCode != http.StatusOK {
				t.Errorf("GET /healthz without token = %d, want 200 (liveness stays open)", resp.StatusCode)
			}

			jar, _ := cookiejar.New(nil)
			c := &http.Client{Jar: jar}
			_, page := do(t, c, "GET", srv.URL+"/", nil, nil)
			if !strings.Contains(page, `id="login"`) {
				t.Errorf("page before login lacks the login form")
			}
			if shown := strings.Contains(page, `id="runs"`) || strings.Contains(page, "kavar.pdf"); shown == tt.needToken {
				t.Errorf("page before login shows runs or reports: %v, want %v", shown, !tt.needToken)
			}
			form := map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
			do(t, c, "POST", srv.URL+"/login", strings.NewReader(url.Values{"token": {token}}.Encode()), form)
			_, page = do(t, c, "GET", srv.URL+"/", nil, nil)
			if !strings.Contains(page, `id="runs"`) || !strings.Contains(page, "kavar.pdf") || !strings.Contains(page, "Run now") {
				t.Errorf("page after login lacks the runs, the report or the run buttons")
			}
			if resp, _ := do(t, c, "GET", srv.URL+"/api/runs", nil, nil); resp.StatusCode != http.StatusOK {
				t.Errorf("GET /api/runs with the login cookie = %d, want 200", resp.StatusCode)
			}
		})
	}
}

func TestForeignHostRefusedWithoutToken(t *testing.T) {
	_, srv, _ := newHTTPScheduler(t, "")
	tests := []struct {
		host string
		want int
	}{
		{"", http.StatusOK},
		{"localhost:8090", http.StatusOK},
		{"[::1]:8090", http.StatusOK},
		{"evil.example:8090", http.StatusMisdirectedRequest},
		{"10.0.0.5", http.StatusMisdirectedRequest},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			req, _ := http.NewRequestWithContext(t.Context(), "GET", srv.URL+"/api/jobs", nil)
			if tt.host != "" {
				req.Host = tt.host
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("Host %q: %d, want %d", tt.host, resp.StatusCode, tt.want)
			}
		})
	}
}

func TestNewRefusesPublicBindWithoutToken(t *testing.T) {
	cfg, err := schedules.DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Listen = "0.0.0.0:8090"
	noop := func(ctx context.Context, req schedules.Request) (schedules.Result, error) {
		return schedules.Result{}, nil
	}
	if _, err := schedules.New(cfg, noop, nil, discardLogger()); !errors.Is(err, schedules.ErrTokenRequired) {
		t.Errorf("New on 0.0.0.0 without token = %v, want ErrTokenRequired", err)
	}
	cfg.Token = "t"
	if _, err := schedules.New(cfg, noop, nil, discardLogger()); err != nil {
		t.Errorf("New on 0.0.0.0 with token = %v", err)
	}
}

func TestReports(t *testing.T) {
	_, srv, reports := newHTTPScheduler(t, "")
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(reports, "1397-08"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(reports, "1397-08", "kavar.pdf"), []byte("%PDF-1.4 report"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(reports, ".hidden.pdf"), []byte("hidden"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(reports, "link.pdf")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(reports, "linkdir")); err != nil {
		t.Fatal(err)
	}
	rel, _ := filepath.Rel(reports, filepath.Join(outside, "secret.txt"))

	tests := []struct {
		name, path string
		want       int
		body       string
	}{
		{"report", "/reports/1397-08/kavar.pdf", 200, "%PDF-1.4 report"},
		{"dot-dot", "/reports/../" + rel, 404, ""},
		{"encoded dot-dot", "/reports/%2e%2e/%2e%2e/etc/passwd", 404, ""},
		{"encoded slash", "/reports/..%2f..%2fetc%2fpasswd", 404, ""},
		{"relative escape", "/reports/" + rel, 404, ""},
		{"symlinked file", "/reports/link.pdf", 404, ""},
		{"symlinked dir", "/reports/linkdir/secret.txt", 404, ""},
		{"hidden", "/reports/.hidden.pdf", 404, ""},
		{"directory", "/reports/1397-08/", 404, ""},
		{"missing", "/reports/none.pdf", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequestWithContext(t.Context(), "GET", srv.URL, nil)
			req.URL.Opaque = tt.path // send the path as written
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.want || tt.body != "" && string(b) != tt.body {
				t.Errorf("GET %s = %d %q, want %d", tt.path, resp.StatusCode, b, tt.want)
			}
			if strings.Contains(string(b), "secret") || strings.Contains(string(b), "root:") {
				t.Errorf("GET %s leaked a file outside the report directory", tt.path)
			}
		})
	}

	_, page := do(t, srv.Client(), "GET", srv.URL+"/", nil, nil)
	if !strings.Contains(page, `href="/reports/1397-08/kavar.pdf"`) || strings.Contains(page, ".hidden") {
		t.Errorf("page does not link the report (or links a hidden file)")
	}
}
