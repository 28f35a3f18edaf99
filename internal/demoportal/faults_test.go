package demoportal_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/internal/demoportal"
)

func TestFaultStatusThenSuccess(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{})
	tests := []struct {
		name  string
		query string
		want  []int
	}{
		{"default two 503s", "key=a", []int{503, 503, 200, 200}},
		{"one 500", "key=b&fail=1&code=500", []int{500, 200}},
		{"none", "key=c&fail=0", []int{200}},
		{"not a 5xx", "key=d&code=404", []int{400}},
		{"same key as a is spent", "key=a", []int{200}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for range tc.want {
				resp, body := get(t, ts, "/faults/status?"+tc.query, nil)
				got = append(got, resp.StatusCode)
				if resp.StatusCode == 200 && !bytes.Contains(body, []byte(`class="NewsTitle"`)) {
					t.Error("success page is not an article")
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("statuses (-want +got):\n%s", diff)
			}
		})
	}
	if st := p.Stats(); st.ByStatus[503] != 2 || st.ByStatus[500] != 1 {
		t.Errorf("stats by status %v", st.ByStatus)
	}
}

func TestFaultRateLimit(t *testing.T) {
	_, ts := newServer(t, demoportal.Options{})
	resp, _ := get(t, ts, "/faults/ratelimit?key=x&fail=2&retry=3", nil)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "3" {
		t.Errorf("first: %d Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	resp, _ = get(t, ts, "/faults/ratelimit?key=x&fail=2&retry=3", nil)
	if resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("second: %d", resp.StatusCode)
	}
	if resp, _ = get(t, ts, "/faults/ratelimit?key=x&fail=2&retry=3", nil); resp.StatusCode != http.StatusOK {
		t.Errorf("third: %d", resp.StatusCode)
	}
	resp, _ = get(t, ts, "/faults/ratelimit?key=y&form=date&retry=60", nil)
	if _, err := http.ParseTime(resp.Header.Get("Retry-After")); resp.StatusCode != 429 || err != nil {
		t.Errorf("date form: %d Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
}

func TestFaultSlow(t *testing.T) {
	_, ts := newServer(t, demoportal.Options{SlowDelay: time.Hour})
	tests := []struct {
		name     string
		path     string
		wantBody bool // headers arrive and the error comes while reading the body
	}{
		{"before headers, default delay", "/faults/slow", false},
		{"before headers", "/faults/slow?delay=1h", false},
		{"mid body", "/faults/slow?delay=1h&stage=body", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
			defer cancel()
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL+tc.path, nil)
			resp, err := ts.Client().Do(req)
			if !tc.wantBody {
				if !errors.Is(err, context.DeadlineExceeded) {
					t.Fatalf("err = %v, want deadline exceeded", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("headers: %v", err)
			}
			defer resp.Body.Close()
			if _, err := io.ReadAll(resp.Body); !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("body err = %v, want deadline exceeded", err)
			}
		})
	}
	if resp, body := get(t, ts, "/faults/slow?delay=1ms", nil); resp.StatusCode != 200 || !bytes.Contains(body, []byte("NewsBody")) {
		t.Errorf("short delay: %d", resp.StatusCode)
	}
	if resp, _ := get(t, ts, "/faults/slow?delay=soon", nil); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad delay: %d", resp.StatusCode)
	}
}

func TestFaultReset(t *testing.T) {
	p, ts := newServer(t, demoportal.Options{})
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, ts.URL+"/faults/reset", nil)
	resp, err := ts.Client().Do(req)
	if err == nil {
		resp.Body.Close()
		t.Fatalf("reset answered %d", resp.StatusCode)
	}
	if !errors.Is(err, syscall.ECONNRESET) && !errors.Is(err, io.EOF) {
		t.Errorf("err = %v, want connection reset", err)
	}
	if got := p.Stats().ByStatus[0]; got < 1 {
		t.Errorf("hijacked connections counted %d", got)
	}
}

func TestFaultTruncated(t *testing.T) {
	_, ts := newServer(t, demoportal.Options{})
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, ts.URL+"/faults/truncated", nil)
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("err = %v, want unexpected EOF", err)
	}
	if int64(len(b)) >= resp.ContentLength {
		t.Errorf("read %d of declared %d", len(b), resp.ContentLength)
	}
}

func TestFaultGzipBomb(t *testing.T) {
	_, ts := newServer(t, demoportal.Options{})
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, ts.URL+"/faults/gzipbomb", nil)
	req.Header.Set("Accept-Encoding", "gzip") // explicit, so the transport leaves the body compressed
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	wire, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if len(wire) > 2<<20 {
		t.Errorf("%d bytes on the wire, want a small stream", len(wire))
	}
	zr, err := gzip.NewReader(bytes.NewReader(wire))
	if err != nil {
		t.Fatal(err)
	}
	limit := int64(demoportal.GzipBombMember) + 1
	if !testing.Short() {
		limit = 1<<30 + 1
	}
	n, err := io.CopyN(io.Discard, zr, limit)
	if err != nil || n != limit {
		t.Errorf("expanded %d bytes (%v), want more than %d", n, err, limit-1)
	}
}

func TestFaultHuge(t *testing.T) {
	_, ts := newServer(t, demoportal.Options{})
	resp, body := get(t, ts, "/faults/huge", nil)
	if len(body) != demoportal.HugePageSize || resp.ContentLength != demoportal.HugePageSize {
		t.Errorf("got %d bytes, Content-Length %d, want %d", len(body), resp.ContentLength, demoportal.HugePageSize)
	}
	if !bytes.Contains(body[:4096], []byte(`class="NewsTitle"`)) || !bytes.HasSuffix(bytes.TrimSpace(body), []byte("</html>")) {
		t.Error("huge page is not a whole article page")
	}
}

func TestFaultRedirects(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "other host")
	}))
	t.Cleanup(other.Close)
	p, ts := newServer(t, demoportal.Options{OffsiteURL: other.URL + "/landing"})

	t.Run("loop", func(t *testing.T) {
		seen := map[string]bool{}
		client := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if seen[req.URL.String()] {
				return errors.New("repeated location")
			}
			seen[req.URL.String()] = true
			if len(via) >= 30 {
				return errors.New("too many redirects")
			}
			return nil
		}}
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, ts.URL+"/faults/loop", nil)
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
			t.Fatal("redirect loop ended")
		}
		if !strings.Contains(err.Error(), "too many redirects") || len(seen) != 30 {
			t.Errorf("err = %v after %d distinct locations", err, len(seen))
		}
	})
	t.Run("offsite option", func(t *testing.T) {
		resp, body := get(t, ts, "/faults/offsite", nil)
		if resp.Request.URL.Host != strings.TrimPrefix(other.URL, "http://") || string(body) != "other host" {
			t.Errorf("landed on %s with %q", resp.Request.URL, body)
		}
	})
	t.Run("offsite default", func(t *testing.T) {
		p2, ts2 := newServer(t, demoportal.Options{})
		_ = p2
		client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, ts2.URL+"/faults/offsite", nil)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		loc, err := url.Parse(resp.Header.Get("Location"))
		_, port, _ := net.SplitHostPort(strings.TrimPrefix(ts2.URL, "http://"))
		if err != nil || resp.StatusCode != http.StatusFound || loc.Host != "127.0.0.2:"+port {
			t.Errorf("%d to %q", resp.StatusCode, resp.Header.Get("Location"))
		}
	})
	if got := p.Stats().ByStatus[http.StatusFound]; got < 30 {
		t.Errorf("counted %d redirects", got)
	}
}

func TestFaultPagesParse(t *testing.T) {
	_, ts := newServer(t, demoportal.Options{})
	tests := []struct {
		path, title, bodyHas string
	}{
		{"/faults/private/ShowNews.aspx?Code=1", "گزارش محرمانه جلسه داخلی (نباید خزش شود)", "آزمون"},
		{"/kavar/private/ShowNews.aspx?Code=7", "گزارش محرمانه جلسه داخلی (نباید خزش شود)", "آزمون"},
		{"/faults/malformed", "بازدید سرزده از نانوایی‌های شهر", "بازدیدها ادامه دارد"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, body := get(t, ts, tc.path, nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			doc := parse(t, resp, body)
			if got := doc.Find(".NewsView .NewsTitle").Text(); got != tc.title {
				t.Errorf("title %q", got)
			}
			if got := doc.Find(".NewsView .NewsBody").Text(); !strings.Contains(got, tc.bodyHas) {
				t.Errorf("body %q lacks %q", got, tc.bodyHas)
			}
			if got := doc.Find(".NewsView .NewsFooter span").First().Text(); got != "1397/8/20" {
				t.Errorf("registered %q", got)
			}
		})
	}
	_, body := get(t, ts, "/faults/malformed", nil)
	if i := bytes.Index(body, []byte("</html>")); i < 0 || len(bytes.TrimSpace(body[i+len("</html>"):])) == 0 {
		t.Error("malformed page has nothing after </html>")
	}
}

func TestFaultListing(t *testing.T) {
	_, ts := newServer(t, demoportal.Options{})
	got := crawl(t, ts, "/faults/News/List.aspx")
	if len(got) != 11 {
		t.Fatalf("%d fault links: %v", len(got), got)
	}
	for _, want := range []string{"/faults/private/ShowNews.aspx?Code=1", "/faults/gzipbomb", "/faults/offsite", "/faults/reset"} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("listing lacks %s", want)
		}
	}
}

func TestStart(t *testing.T) {
	p, err := demoportal.New(demoportal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	srv, err := p.Start(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(srv.URL, "http://127.0.0.1:") {
		t.Errorf("URL %q", srv.URL)
	}
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+"/kavar/News/List.aspx", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status %d", resp.StatusCode)
	}
	if err := srv.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	req, _ = http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+"/robots.txt", nil)
	if resp, err := (&http.Client{Transport: &http.Transport{}}).Do(req); err == nil {
		resp.Body.Close()
		t.Error("server still answers after Close")
	}
	if err := srv.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	ctx2, cancel2 := context.WithCancel(t.Context())
	srv2, err := p.Start(ctx2, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cancel2()
	if err := srv2.Close(); err != nil {
		t.Errorf("Close after the context ended: %v", err)
	}
	if _, err := p.Start(ctx, "256.0.0.1:"+strconv.Itoa(1)); err == nil {
		t.Error("Start on a bad address succeeded")
	}
}
