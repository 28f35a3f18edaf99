package main

import (
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"testing"
)

// TestLiveProgressThroughAPI starts a crawl through the daemon's API, as an
// operator would from the page, and reads /api/runs/{id} while it runs: the
// run is running, its pages count up and it names the source it is on,
// before it ends with every article fetched.
func TestLiveProgressThroughAPI(t *testing.T) {
	portal, cfg := servePortal(t)
	// About three seconds of crawling, so that the run is seen in flight.
	conf, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	slow := strings.Replace(string(conf), "rate: 500", "rate: 25", 1)
	if slow == string(conf) {
		t.Fatal("the demo config has no «rate: 500» to slow down")
	}
	if err := os.WriteFile(cfg, []byte(slow), 0o644); err != nil {
		t.Fatal(err)
	}
	api, runID, _, stop := serveAndRun(t, cfg, "crawl-all")
	type info struct {
		Status string `json:"status"`
		Pages  int    `json:"pages"`
		Source string `json:"current_source"`
	}
	var inFlight []info
	var last info
	waitFor(t, func() bool {
		resp, err := http.Get(api + "/api/runs/" + runID)
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		var i info
		if json.NewDecoder(resp.Body).Decode(&i) != nil {
			return false
		}
		last = i
		if i.Status == "running" {
			inFlight = append(inFlight, i)
			return false
		}
		return i.Status != "queued"
	})
	total := len(portal.Articles())
	seen := false
	for _, i := range inFlight {
		if i.Pages > 0 && i.Pages < total && i.Source != "" {
			seen = true
			break
		}
	}
	if !seen {
		t.Errorf("no poll saw the run in flight with pages between 0 and %d and a current source: %+v", total, inFlight)
	}
	if last.Status != "succeeded" || last.Pages < total {
		t.Errorf("run ended %+v, want succeeded with at least %d pages", last, total)
	}
	if err := stop(); err != nil {
		t.Errorf("serve: %v", err)
	}
}
