package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nlnwa/gowarc/v3"
)

// TestReadWarcFileAgainstGowarc writes an archive of every kind of exchange the
// crawler archives (whole pages, a gzip-encoded body, a body cut short with its
// Transfer-Encoding kept, a 304, robots.txt, listings) and checks that
// readWarcFile gives the same captures as gowarc's reader, on the gzip-per-record
// file, on the same records as one plain file, and as one gzip stream.
func TestReadWarcFileAgainstGowarc(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "pages", "seed_kavar.html"))
	if err != nil {
		t.Fatal(err)
	}
	var zbody bytes.Buffer
	zw := gzip.NewWriter(&zbody)
	zw.Write(page)
	zw.Close()
	cfg := DefaultConfig()
	cfg.ArchiveDir = t.TempDir()
	a, err := newArchive(cfg)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2018, 11, 6, 8, 30, 0, 123456789, time.UTC)
	type ex struct {
		status          int
		header          http.Header
		body            []byte
		truncated, kind string
	}
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Etag": {`"x1"`}}
	exchanges := []ex{
		{200, http.Header{"Content-Type": {"text/plain"}}, []byte("User-agent: *\nDisallow:\n"), "", KindRobots},
		{200, html, []byte("<html><body><a href=x>listing</a></body></html>"), "", KindListing},
		{200, html, page, "", KindArticle},
		{200, http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, zbody.Bytes(), "", KindArticle},
		{200, http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, zbody.Bytes()[:40], "", KindArticle},
		{200, http.Header{"Content-Type": {"text/html"}, "Transfer-Encoding": {"chunked"}}, page[:1000], "length", KindArticle},
		{304, http.Header{"Etag": {`"x1"`}}, nil, "", KindArticle},
		{200, html, []byte{}, "", KindArticle},
	}
	for i, e := range exchanges {
		req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("http://127.0.0.1/gen/News/ShowNews.aspx?Code=%d&x=%%D8%%A7", i), nil)
		req.Header.Set("User-Agent", "govwatch-test/1.0")
		res := &http.Response{Proto: "HTTP/1.1", StatusCode: e.status, Status: strconv.Itoa(e.status) + " " + http.StatusText(e.status), Header: e.header}
		if err := a.write(req, res, e.body, e.truncated, "gen", e.kind, at); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(cfg.ArchiveDir, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("%d archive files, want 1", len(files))
	}
	read := func(fn func(context.Context, string, func(Capture) error) error, name string) []Capture {
		t.Helper()
		var out []Capture
		if err := fn(t.Context(), name, func(c Capture) error { out = append(out, c); return nil }); err != nil {
			t.Fatalf("read %s: %v", filepath.Base(name), err)
		}
		return out
	}
	want := read(readWarcFileGowarc, files[0])
	if len(want) != len(exchanges) {
		t.Fatalf("gowarc reads %d captures, want %d", len(want), len(exchanges))
	}
	// The same records as one plain file and as one gzip stream.
	zr, err := gzip.NewReader(mustOpen(t, files[0]))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	plainName := filepath.Join(t.TempDir(), "plain.warc")
	os.WriteFile(plainName, plain, 0o644)
	var one bytes.Buffer
	zw = gzip.NewWriter(&one)
	zw.Write(plain)
	zw.Close()
	oneName := filepath.Join(t.TempDir(), "one.warc.gz")
	os.WriteFile(oneName, one.Bytes(), 0o644)
	for _, name := range []string{files[0], plainName, oneName} {
		got := read(readWarcFile, name)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: captures (-gowarc +readWarcFile):\n%s", filepath.Base(name), diff)
		}
	}
	if got := read(readWarcFile, files[0]); got[3].Truncated != "" || !bytes.Equal(got[3].Body, page) || got[4].Truncated != "decode" {
		t.Errorf("gzip bodies: truncated %q and %q, body decoded %v", got[3].Truncated, got[4].Truncated, bytes.Equal(got[3].Body, page))
	}
}

// TestReadWarcFileErrors checks that a file that is not WARC, or a record cut
// short, is an error naming the file, and that a cancelled context stops the read.
func TestReadWarcFileErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.warc")
	os.WriteFile(bad, []byte("<html>not an archive</html>\n"), 0o644)
	cut := filepath.Join(dir, "cut.warc")
	os.WriteFile(cut, []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\n"+
		"Content-Length: x\r\n\r\nHTTP/1.1 200 OK\r\n"), 0o644)
	for _, name := range []string{bad, cut, filepath.Join(dir, "missing.warc")} {
		err := readWarcFile(t.Context(), name, func(Capture) error { return nil })
		if err == nil || !strings.Contains(err.Error(), filepath.Base(name)) {
			t.Errorf("%s: err %v, want an error naming the file", filepath.Base(name), err)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := readWarcFile(ctx, bad, func(Capture) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}

func mustOpen(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// readWarcFileGowarc is the archive reader before readWarcFile: gowarc's, with its
// default validation. The tests hold readWarcFile to it.
func readWarcFileGowarc(ctx context.Context, name string, fn func(Capture) error) error {
	// The default policies collect validation findings without failing.
	// (With ErrIgnore, gowarc v3.1.0 cuts payloads short: do not use it.)
	r, err := gowarc.NewWarcFileReader(name, 0)
	if err != nil {
		return fmt.Errorf("read archive %s: %w", name, err)
	}
	defer r.Close()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read archive %s at %d: %w", name, rec.Offset, err)
		}
		c, ok, err := capture(rec.WarcRecord)
		rec.Close()
		if err != nil {
			return fmt.Errorf("read archive %s at %d: %w", name, rec.Offset, err)
		}
		if !ok {
			continue
		}
		if err := fn(c); err != nil {
			return err
		}
	}
}

// capture turns a response record into a Capture; ok is false for other
// records.
func capture(wr gowarc.WarcRecord) (Capture, bool, error) {
	if wr == nil || wr.Type() != gowarc.Response {
		return Capture{}, false, nil
	}
	blk, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return Capture{}, false, nil
	}
	h := wr.WarcHeader()
	c := Capture{
		URL:       h.Get(gowarc.WarcTargetURI),
		SourceID:  h.Get(WarcSourceHeader),
		Kind:      h.Get(WarcKindHeader),
		Status:    blk.HttpStatusCode(),
		Truncated: h.Get(gowarc.WarcTruncated),
	}
	if t, err := h.GetTime(gowarc.WarcDate); err == nil {
		c.FetchedAt = t
	}
	if hh := blk.HttpHeader(); hh != nil {
		c.Header = hh.Clone()
	} else {
		c.Header = http.Header{}
	}
	pr, err := blk.PayloadBytes()
	if err != nil {
		return Capture{}, false, fmt.Errorf("payload: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(pr, maxArchiveBody))
	if err != nil {
		return Capture{}, false, fmt.Errorf("payload: %w", err)
	}
	c.Body = raw
	enc := strings.ToLower(strings.TrimSpace(c.Header.Get("Content-Encoding")))
	if enc == "gzip" || enc == "x-gzip" {
		body, derr := gunzipCapped(raw, maxArchiveBody)
		if derr != nil {
			if c.Truncated == "" {
				c.Truncated = "decode"
			}
		} else {
			c.Body = body
			c.Header.Del("Content-Encoding")
			c.Header.Set("Content-Length", strconv.Itoa(len(body)))
		}
	}
	return c, true, nil
}

// recordingObserver keeps what an archive tells its observer.
type recordingObserver struct {
	caps    map[string][]Capture // by file name
	offsets map[string][]int64
	closed  []string
}

func (o *recordingObserver) Archived(file string, offset int64, c Capture) {
	if o.caps == nil {
		o.caps, o.offsets = map[string][]Capture{}, map[string][]int64{}
	}
	o.caps[file] = append(o.caps[file], c)
	o.offsets[file] = append(o.offsets[file], offset)
}

func (o *recordingObserver) Closed(path string) { o.closed = append(o.closed, path) }

// TestArchiveObserver checks that an archive's observer is told of every
// exchange of a WARC file, in file order, as a reader of the file gets it: URL,
// source, kind, status, truncation and the instant of its WARC-Date. Only a body
// whose gzip encoding is cut short differs: the reader marks it "decode", which
// the writer cannot know.
func TestArchiveObserver(t *testing.T) {
	cfg := DefaultConfig()
	cfg.ArchiveDir = t.TempDir()
	cfg.ArchiveMaxBytes = 4 << 10 // several files
	obs := &recordingObserver{}
	cfg.ArchiveObserver = obs
	a, err := newArchive(cfg)
	if err != nil {
		t.Fatal(err)
	}
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	body := []byte(strings.Repeat("<p>متن خبر</p>", 60))
	for i := range 12 {
		req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("http://127.0.0.1/n/%d?q=%%D8%%A7", i), nil)
		status, kind, truncated := 200, KindArticle, ""
		switch i % 4 {
		case 1:
			kind = KindListing
		case 2:
			status = 404
		case 3:
			truncated = "length"
		}
		res := &http.Response{Proto: "HTTP/1.1", StatusCode: status, Status: strconv.Itoa(status) + " " + http.StatusText(status), Header: html}
		at := time.Date(2024, 3, 1, 10, 0, i, 123456789+i, time.FixedZone("IRST", 12600))
		if err := a.write(req, res, body, truncated, fmt.Sprintf("src%d", i%2), kind, at); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(cfg.ArchiveDir, "*.warc.gz"))
	if len(files) < 2 || len(obs.closed) != len(files) {
		t.Fatalf("%d files, %d closes observed; want several, one a file", len(files), len(obs.closed))
	}
	total := 0
	for _, path := range obs.closed {
		c := struct {
			path string
			caps []Capture
		}{path, obs.caps[filepath.Base(path)]}
		var got []Capture
		if err := readWarcFile(t.Context(), c.path, func(r Capture) error {
			r.Header, r.Body = nil, nil
			got = append(got, r)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		// Each exchange read alone at its offset is the one the file gives.
		for i, off := range obs.offsets[filepath.Base(path)] {
			one, err := ReadArchiveAt(path, off)
			if err != nil {
				t.Fatalf("ReadArchiveAt(%s, %d): %v", filepath.Base(path), off, err)
			}
			one.Header, one.Body = nil, nil
			if i < len(got) && !cmp.Equal(one, got[i]) {
				t.Errorf("%s at %d: %+v, want %+v", filepath.Base(path), off, one, got[i])
			}
		}
		if diff := cmp.Diff(got, c.caps, cmp.Comparer(func(x, y time.Time) bool { return x.Equal(y) && x.UnixNano() == y.UnixNano() })); diff != "" {
			t.Errorf("%s: observed captures differ from the file's (-read +observed):\n%s", filepath.Base(c.path), diff)
		}
		total += len(c.caps)
	}
	if total != 12 {
		t.Errorf("observer was told of %d exchanges, want 12", total)
	}
}
