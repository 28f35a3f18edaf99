package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// TestServe runs the daemon, triggers a job through the API as an operator would, and
// stops it as a service manager would, by cancelling its context (SIGTERM in main).
func TestServe(t *testing.T) {
	_, cfg := servePortal(t)
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	var stderr bytes.Buffer
	go func() {
		done <- run(ctx, []string{"--log-format", "json", "serve", "--config", cfg, "--listen", addr},
			strings.NewReader(""), io.Discard, &stderr)
	}()
	base := "http://" + addr
	waitFor(t, func() bool {
		resp, err := http.Get(base + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})

	req, _ := http.NewRequest(http.MethodPost, base+"/api/jobs/crawl-all/run", strings.NewReader(`{}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var started struct {
		RunID string `json:"run_id"`
	}
	json.NewDecoder(resp.Body).Decode(&started)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted || started.RunID == "" {
		t.Fatalf("POST run: %s, run %q", resp.Status, started.RunID)
	}

	var status string
	waitFor(t, func() bool {
		resp, err := http.Get(base + "/api/runs/" + started.RunID)
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		var info struct {
			Status string `json:"status"`
			Pages  int    `json:"pages"`
		}
		json.NewDecoder(resp.Body).Decode(&info)
		status = info.Status
		return status == "succeeded" || status == "failed"
	})
	if status != "succeeded" {
		t.Fatalf("API run ended %s\n%s", status, stderr.String())
	}

	resp, err = http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Contains(metrics, []byte("crawl-all")) {
		t.Errorf("metrics do not mention the job:\n%.2000s", metrics)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after shutdown", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after its context was cancelled")
	}
	// The run is in the runs table, where `govwatch runs` reads it.
	stdout, _, _ := govwatch(t, "runs", "--config", cfg)
	if !strings.Contains(stdout, started.RunID) {
		t.Errorf("runs does not list %s:\n%s", started.RunID, stdout)
	}
}

// waitFor polls cond until it holds; the test's own deadline bounds it.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-t.Context().Done():
			t.Fatal("condition never held")
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// serveAndRun starts `govwatch serve` for cfg on a free loopback address,
// waits until it answers, and starts job through the API as an operator
// would. It returns the API's base URL, the run's id, what serve writes to
// stderr, and stop, which ends serve and returns its error.
func serveAndRun(t *testing.T, cfg, job string) (api, runID string, serveErr *bytes.Buffer, stop func() error) {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	serveErr = new(bytes.Buffer)
	go func() {
		done <- execute(ctx, []string{"serve", "--config", cfg, "--listen", addr}, io.Discard, serveErr)
	}()
	api = "http://" + addr
	waitFor(t, func() bool {
		resp, err := http.Get(api + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == http.StatusOK
	})
	resp, err := http.Post(api+"/api/jobs/"+job+"/run", "application/json", strings.NewReader(`{}`))
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	var started struct {
		RunID string `json:"run_id"`
	}
	json.NewDecoder(resp.Body).Decode(&started)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted || started.RunID == "" {
		cancel()
		t.Fatalf("POST run: %s, run %q", resp.Status, started.RunID)
	}
	stop = func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(30 * time.Second):
			return errors.New("serve did not stop within 30 s")
		}
	}
	return api, started.RunID, serveErr, stop
}
