//go:build unix

package schedules_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"

	"govwatch/schedules"
)

// TestOperatorPageInBrowser loads the operator page in headless Chromium,
// presses "Run now" and reads the run from the page it lands on. It speaks
// the Chrome DevTools Protocol over a WebSocket and is skipped if no Chromium
// is installed (Debian: apt-get install chromium).
func TestOperatorPageInBrowser(t *testing.T) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("chromium not installed; apt-get install chromium to run the browser test")
	}

	loc := tehran(t)
	var mu sync.Mutex
	var ran []schedules.Request
	runner := func(ctx context.Context, req schedules.Request) (schedules.Result, error) {
		mu.Lock()
		ran = append(ran, req)
		mu.Unlock()
		return schedules.Result{Pages: 12, Failures: 2}, nil
	}
	cfg := schedules.Config{
		Jobs: []schedules.Job{
			{Name: "crawl-all", Kind: "crawl", Schedule: "30 2 * * *"},
			{Name: "report-monthly", Kind: "report", Schedule: "@jalali-monthly 02:00"},
		},
		Location: loc,
		Listen:   "127.0.0.1:0",
		DataDir:  t.TempDir(),
	}
	s, err := schedules.New(cfg, runner, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(t.Context()), 30*time.Second)
		defer cancel()
		s.Shutdown(ctx)
	})
	base := "http://" + s.Addr()

	cdp := startChromium(t, bin)
	page := base + "/"
	cdp.navigate(t, page)
	var before struct {
		Jobs []string
		Runs int
	}
	cdp.eval(t, `({jobs: [...document.querySelectorAll('#jobs tr[data-job]')].map(r => r.dataset.job),
		runs: document.querySelectorAll('#runs tr[data-run-id]').length})`, &before)
	if strings.Join(before.Jobs, ",") != "crawl-all,report-monthly" || before.Runs != 0 {
		t.Fatalf("page before the click: %+v", before)
	}

	// Press the button; the form POSTs and the page comes back after a 303.
	cdp.clickAndWait(t, `document.querySelector('button[data-job="crawl-all"]').click()`)

	type row struct {
		ID, Job, Status, Trigger, Pages string
	}
	var after struct {
		URL   string
		Flash string
		Rows  []row
	}
	cdp.eval(t, `({url: location.href, flash: (document.querySelector('#flash') || {}).innerText || '',
		rows: [...document.querySelectorAll('#runs tr[data-run-id]')].map(r => ({
			id: r.dataset.runId, job: r.dataset.job, status: r.dataset.status,
			trigger: r.cells[2].innerText, pages: r.cells[7].innerText}))})`, &after)
	if len(after.Rows) != 1 {
		t.Fatalf("runs on the page after the click: %+v", after)
	}
	got := after.Rows[0]
	if got.Job != "crawl-all" || got.Trigger != "page" || !strings.Contains(after.Flash, got.ID) || !strings.HasPrefix(after.URL, page+"?run=") {
		t.Errorf("after the click: %+v", after)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(ran) != 1 || ran[0].RunID != got.ID || ran[0].Trigger != schedules.TriggerPage {
		t.Errorf("runner saw %+v, want one API run %s", ran, got.ID)
	}
}

// cdpClient is a minimal Chrome DevTools Protocol client for one page.
type cdpClient struct {
	ws     *websocket.Conn
	mu     sync.Mutex
	nextID int
	wait   map[int]chan json.RawMessage
	events chan string // method names of events
}

func startChromium(t *testing.T, bin string) *cdpClient {
	t.Helper()
	// The profile is not a t.TempDir: Chromium's helper processes may still
	// be writing into it for a moment after the browser is killed, and the
	// testing package's cleanup would fail the test on a non-empty folder.
	profile, err := os.MkdirTemp("", "govwatch-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(t.Context()))
	cmd := exec.CommandContext(ctx, bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
		"--no-first-run", "--no-default-browser-check", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-extensions",
		"--user-data-dir="+profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
		"about:blank")
	// Its own process group, so that the helpers die with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		cmd.Wait()
		for i := 0; i < 50; i++ {
			if err := os.RemoveAll(profile); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("chromium profile %s left behind", profile)
	})
	wsURL := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "DevTools listening on "); ok {
				wsURL <- u
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	var browserWS string
	select {
	case browserWS = <-wsURL:
	case <-time.After(60 * time.Second):
		t.Fatal("chromium did not print its DevTools address")
	}
	// http://127.0.0.1:PORT from ws://127.0.0.1:PORT/devtools/browser/ID
	hostPort := strings.SplitN(strings.TrimPrefix(browserWS, "ws://"), "/", 2)[0]
	pageWS := pageTarget(t, hostPort)
	ws, err := websocket.Dial(pageWS, "", "http://127.0.0.1/")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	c := &cdpClient{ws: ws, wait: map[int]chan json.RawMessage{}, events: make(chan string, 64)}
	go c.read()
	c.call(t, "Page.enable", nil, nil)
	return c
}

// pageTarget returns the WebSocket URL of a page target, creating one if needed.
func pageTarget(t *testing.T, hostPort string) string {
	t.Helper()
	var targets []struct {
		Type, WebSocketDebuggerURL string
	}
	get := func(method, path string) {
		req, _ := http.NewRequestWithContext(t.Context(), method, "http://"+hostPort+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if strings.HasPrefix(strings.TrimSpace(string(b)), "{") {
			b = []byte("[" + string(b) + "]")
		}
		if err := json.Unmarshal(b, &targets); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, b)
		}
	}
	get("GET", "/json/list")
	for _, tg := range targets {
		if tg.Type == "page" && tg.WebSocketDebuggerURL != "" {
			return tg.WebSocketDebuggerURL
		}
	}
	get("PUT", "/json/new?about:blank")
	if len(targets) == 0 || targets[0].WebSocketDebuggerURL == "" {
		t.Fatal("no page target")
	}
	return targets[0].WebSocketDebuggerURL
}

func (c *cdpClient) read() {
	for {
		var msg struct {
			ID     int             `json:"id"`
			Method string          `json:"method"`
			Result json.RawMessage `json:"result"`
			Error  json.RawMessage `json:"error"`
		}
		if err := websocket.JSON.Receive(c.ws, &msg); err != nil {
			close(c.events)
			return
		}
		if msg.Method != "" {
			select {
			case c.events <- msg.Method:
			default:
			}
			continue
		}
		c.mu.Lock()
		ch := c.wait[msg.ID]
		delete(c.wait, msg.ID)
		c.mu.Unlock()
		if ch != nil {
			if len(msg.Error) > 0 {
				ch <- json.RawMessage(`{"cdp_error":` + string(msg.Error) + `}`)
			} else {
				ch <- msg.Result
			}
		}
	}
}

// call sends one command and decodes its result into out (if not nil).
func (c *cdpClient) call(t *testing.T, method string, params, out any) {
	t.Helper()
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan json.RawMessage, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	if err := websocket.JSON.Send(c.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		t.Fatal(err)
	}
	select {
	case res := <-ch:
		if strings.HasPrefix(string(res), `{"cdp_error":`) {
			t.Fatalf("%s: %s", method, res)
		}
		if out != nil {
			if err := json.Unmarshal(res, out); err != nil {
				t.Fatalf("%s: %v", method, err)
			}
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("%s: no answer from chromium", method)
	}
}

// drainEvents forgets the events received so far.
func (c *cdpClient) drainEvents() {
	for {
		select {
		case <-c.events:
		default:
			return
		}
	}
}

func (c *cdpClient) waitEvent(t *testing.T, method string) {
	t.Helper()
	timeout := time.After(60 * time.Second)
	for {
		select {
		case m, ok := <-c.events:
			if !ok {
				t.Fatal("DevTools connection closed")
			}
			if m == method {
				return
			}
		case <-timeout:
			t.Fatalf("no %s from chromium", method)
		}
	}
}

func (c *cdpClient) navigate(t *testing.T, url string) {
	t.Helper()
	c.drainEvents()
	var res struct{ ErrorText string }
	c.call(t, "Page.navigate", map[string]any{"url": url}, &res)
	if res.ErrorText != "" {
		t.Fatalf("navigate %s: %s", url, res.ErrorText)
	}
	c.waitEvent(t, "Page.loadEventFired")
}

func (c *cdpClient) clickAndWait(t *testing.T, js string) {
	t.Helper()
	c.drainEvents()
	c.eval(t, "("+js+", true)", nil)
	c.waitEvent(t, "Page.loadEventFired")
}

// eval evaluates a JavaScript expression in the page and decodes its value.
func (c *cdpClient) eval(t *testing.T, expr string, out any) {
	t.Helper()
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	c.call(t, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &res)
	if res.ExceptionDetails != nil {
		t.Fatalf("evaluate %s: %s %s", expr, res.ExceptionDetails.Text, res.ExceptionDetails.Exception.Description)
	}
	if out != nil {
		if err := json.Unmarshal(res.Result.Value, out); err != nil {
			t.Fatalf("evaluate %s: %v (%s)", expr, err, res.Result.Value)
		}
	}
}
