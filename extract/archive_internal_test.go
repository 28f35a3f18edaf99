package extract

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nlnwa/gowarc/v3"
)

// testExchange returns a request and response for article code.
func testExchange(t testing.TB, code int) (*http.Request, *http.Response, []byte) {
	t.Helper()
	u, err := url.Parse(fmt.Sprintf("http://127.0.0.1:8080/gen/News/ShowNews.aspx?Code=%d", code))
	if err != nil {
		t.Fatal(err)
	}
	req := &http.Request{Method: http.MethodGet, URL: u, Header: http.Header{
		"User-Agent":      {"govwatch-test/1.0"},
		"Accept":          {"text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"},
		"Accept-Encoding": {"gzip"},
	}}
	body := []byte(fmt.Sprintf("<html><body><p>خبر %d</p>%s</body></html>", code, strings.Repeat("<p>متن خبر</p>", code%7*40)))
	res := &http.Response{Proto: "HTTP/1.1", Status: "200 OK", StatusCode: 200, Header: http.Header{
		"Content-Type":      {"text/html; charset=utf-8"},
		"Transfer-Encoding": {"chunked"},
		"Etag":              {fmt.Sprintf(`"e%d"`, code)},
	}}
	return req, res, body
}

// TestArchiveConcurrentWrites writes exchanges from several goroutines and
// checks that nothing is readable before close, that close flushes every
// write into renamed files, that each file opens with its warcinfo record
// and holds each request directly before its response, and that gowarc's
// strict validation (digests included) accepts every record.
func TestArchiveConcurrentWrites(t *testing.T) {
	const workers, perWorker = 8, 25
	tests := []struct {
		name      string
		maxBytes  int64
		wantFiles func(int) bool
	}{
		{"one file", 1 << 30, func(n int) bool { return n == 1 }},
		{"rotating", 24 << 10, func(n int) bool { return n >= 3 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.ArchiveDir = t.TempDir()
			cfg.ArchiveMaxBytes = tt.maxBytes
			a, err := newArchive(cfg)
			if err != nil {
				t.Fatal(err)
			}
			at := time.Date(2025, 11, 26, 20, 0, 0, 123456789, time.UTC)
			var wg sync.WaitGroup
			for w := range workers {
				wg.Go(func() {
					for i := range perWorker {
						req, res, body := testExchange(t, w*perWorker+i)
						if err := a.write(req, res, body, "", "gen", KindArticle, at); err != nil {
							t.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
			if tt.maxBytes == 1<<30 {
				if done, _ := filepath.Glob(filepath.Join(cfg.ArchiveDir, "*.warc.gz")); len(done) != 0 {
					t.Errorf("complete files before close: %v", done)
				}
			}
			if err := a.close(); err != nil {
				t.Fatal(err)
			}
			req, res, body := testExchange(t, 1)
			if err := a.write(req, res, body, "", "gen", KindArticle, at); !errors.Is(err, errArchiveClosed) {
				t.Errorf("write after close: %v, want errArchiveClosed", err)
			}
			if open, _ := filepath.Glob(filepath.Join(cfg.ArchiveDir, "*"+openSuffix)); len(open) != 0 {
				t.Errorf("files left open after close: %v", open)
			}
			files, _ := filepath.Glob(filepath.Join(cfg.ArchiveDir, "*.warc.gz"))
			if !tt.wantFiles(len(files)) {
				t.Errorf("%d files", len(files))
			}
			for _, f := range files {
				checkWarcFile(t, f)
			}

			got := map[string]string{}
			err = ReadArchive(t.Context(), cfg.ArchiveDir, func(c Capture) error {
				if _, dup := got[c.URL]; dup {
					t.Errorf("%s archived twice", c.URL)
				}
				got[c.URL] = string(c.Body)
				if !c.FetchedAt.Equal(at) || c.SourceID != "gen" || c.Kind != KindArticle || c.Status != 200 {
					t.Errorf("%s: fetched %v, source %q, kind %q, status %d", c.URL, c.FetchedAt, c.SourceID, c.Kind, c.Status)
				}
				if c.Header.Get("Transfer-Encoding") != "" || c.Header.Get("Content-Length") != fmt.Sprint(len(c.Body)) {
					t.Errorf("%s: header %v", c.URL, c.Header)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]string{}
			for code := range workers * perWorker {
				req, _, body := testExchange(t, code)
				want[req.URL.String()] = string(body)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("captures (-want +got):\n%s", diff)
			}
		})
	}
}

// checkWarcFile reads name with gowarc's strict validation: a warcinfo
// record first, naming the file, then request-response pairs that name
// each other and the warcinfo record, with valid digests.
func checkWarcFile(t *testing.T, name string) {
	t.Helper()
	r, err := gowarc.NewWarcFileReader(name, 0, gowarc.WithStrictValidation())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var infoID, lastReqID string
	for i := 0; ; i++ {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			if i < 3 || lastReqID != "" {
				t.Errorf("%s: %d records, last request unanswered %q", name, i, lastReqID)
			}
			return
		}
		if err != nil {
			t.Fatalf("%s record %d: %v", name, i, err)
		}
		wr := rec.WarcRecord
		h := wr.WarcHeader()
		if v, ok := wr.(interface{ ValidateDigest() ([]error, error) }); ok {
			if _, err := v.ValidateDigest(); err != nil {
				t.Errorf("%s record %d: digest: %v", name, i, err)
			}
		} else {
			t.Fatal("gowarc record has no ValidateDigest")
		}
		switch {
		case i == 0:
			if wr.Type() != gowarc.Warcinfo || h.Get(gowarc.WarcFilename) != filepath.Base(name) {
				t.Errorf("%s: first record %v for file %q", name, wr.Type(), h.Get(gowarc.WarcFilename))
			}
			infoID = h.Get(gowarc.WarcRecordID)
		case wr.Type() == gowarc.Request:
			if lastReqID != "" {
				t.Errorf("%s record %d: two requests in a row", name, i)
			}
			lastReqID = h.Get(gowarc.WarcRecordID)
		case wr.Type() == gowarc.Response:
			if lastReqID == "" || h.Get(gowarc.WarcConcurrentTo) != lastReqID {
				t.Errorf("%s record %d: response concurrent to %q, after request %q", name, i, h.Get(gowarc.WarcConcurrentTo), lastReqID)
			}
			lastReqID = ""
		default:
			t.Errorf("%s record %d: type %v", name, i, wr.Type())
		}
		if i > 0 && h.Get(gowarc.WarcWarcinfoID) != infoID {
			t.Errorf("%s record %d: warcinfo %q, want %q", name, i, h.Get(gowarc.WarcWarcinfoID), infoID)
		}
		if len(rec.Validation) != 0 {
			t.Errorf("%s record %d: %v", name, i, rec.Validation)
		}
		rec.Close()
	}
}

// BenchmarkArchiveWrite archives one article exchange (the seed page, 7 KB)
// per iteration, from parallel goroutines as the crawler's fetchers do.
func BenchmarkArchiveWrite(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("testdata", "pages", "seed_kavar.html"))
	if err != nil {
		b.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.ArchiveDir = b.TempDir()
	a, err := newArchive(cfg)
	if err != nil {
		b.Fatal(err)
	}
	u, _ := url.Parse("http://127.0.0.1:8080/gen/News/ShowNews.aspx?Code=123")
	req := &http.Request{Method: http.MethodGet, URL: u, Header: http.Header{
		"User-Agent":      {"govwatch-bench/1.0"},
		"Accept":          {"text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"},
		"Accept-Encoding": {"gzip"},
	}}
	res := &http.Response{Proto: "HTTP/1.1", Status: "200 OK", StatusCode: 200, Header: http.Header{
		"Content-Type":   {"text/html; charset=utf-8"},
		"Content-Length": {"7000"},
		"Date":           {"Wed, 26 Nov 2025 20:00:00 GMT"},
		"Etag":           {`"abc123"`},
	}}
	at := time.Now().UTC()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := a.write(req, res, body, "", "gen", KindArticle, at); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	if err := a.close(); err != nil {
		b.Fatal(err)
	}
}
