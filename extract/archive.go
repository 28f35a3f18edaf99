package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// WARC header fields govwatch adds to its records.
const (
	// WarcSourceHeader holds the ID of the source a capture was made for.
	WarcSourceHeader = "WARC-Govwatch-Source"
	// WarcKindHeader holds the fetch kind: listing, article or robots.
	WarcKindHeader = "WARC-Govwatch-Kind"
)

// maxArchiveBody caps a decompressed body read back by [ReadArchive].
const maxArchiveBody = 256 << 20

// archive writes request and response records to gzip-per-record WARC
// files named govwatch-<UTC timestamp>-<n>-<random>.warc.gz in Config.ArchiveDir. A
// file is written as <name>.open and renamed when closed, so readers never
// see a half-written file. A nil *archive writes nothing.
type archive struct {
	mu     sync.Mutex
	w      *gowarc.WarcFileWriter
	closed bool
}

func newArchive(cfg Config) (*archive, error) {
	if cfg.ArchiveDir == "" {
		return nil, nil
	}
	if err := os.MkdirAll(cfg.ArchiveDir, 0o755); err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	// The timestamp has a resolution of one second and the serial restarts with every
	// crawl, so a random token keeps two crawls started in the same second from
	// writing the same file name (the later one would replace the earlier archive).
	var token [4]byte
	if _, err := rand.Read(token[:]); err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	gen := &gowarc.PatternNameGenerator{
		Directory: cfg.ArchiveDir,
		Pattern:   "govwatch-%{ts}s-%{serial}d-" + hex.EncodeToString(token[:]) + ".%{ext}s",
	}
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(gen),
		gowarc.WithCompression(true),
		gowarc.WithMaxFileSize(cfg.ArchiveMaxBytes),
		gowarc.WithMaxConcurrentWriters(1),
		gowarc.WithAddWarcConcurrentToHeader(true),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: govwatch extract\r\nformat: WARC File Format 1.1\r\n" +
				"http-header-user-agent: " + cfg.UserAgent + "\r\n")
			return err
		}),
	)
	return &archive{w: w}, nil
}

// write archives one exchange: the request and the response with its
// body exactly as received (still gzip-encoded if it was), cut short where
// reading stopped; truncated is the WARC-Truncated reason or "".
func (a *archive) write(req *http.Request, res *http.Response, body []byte, truncated, sourceID, kind string, at time.Time) error {
	if a == nil {
		return nil
	}
	// gowarc's record builder touches package state (uuid.EnableRandPool),
	// so records are built, not only written, one at a time.
	a.mu.Lock()
	defer a.mu.Unlock()
	target := req.URL.String()
	reqRec, err := buildRecord(gowarc.Request, "application/http;msgtype=request", target, sourceID, kind, "", at,
		func(w io.Writer) error {
			if _, err := fmt.Fprintf(w, "%s %s HTTP/1.1\r\nHost: %s\r\n", req.Method, req.URL.RequestURI(), req.URL.Host); err != nil {
				return err
			}
			if err := req.Header.Write(w); err != nil {
				return err
			}
			_, err := io.WriteString(w, "\r\n")
			return err
		})
	if err != nil {
		return fmt.Errorf("archive request: %w", err)
	}
	resRec, err := buildRecord(gowarc.Response, "application/http;msgtype=response", target, sourceID, kind, truncated, at,
		func(w io.Writer) error {
			proto := res.Proto
			if proto == "" {
				proto = "HTTP/1.1"
			}
			if _, err := fmt.Fprintf(w, "%s %s\r\n", proto, statusText(res)); err != nil {
				return err
			}
			h := res.Header.Clone()
			// The body is stored de-chunked; say so, and say its length.
			h.Del("Transfer-Encoding")
			if truncated == "" {
				h.Set("Content-Length", strconv.Itoa(len(body)))
			}
			if err := h.Write(w); err != nil {
				return err
			}
			if _, err := io.WriteString(w, "\r\n"); err != nil {
				return err
			}
			_, err := w.Write(body)
			return err
		})
	if err != nil {
		reqRec.Close()
		return fmt.Errorf("archive response: %w", err)
	}
	if a.closed {
		reqRec.Close()
		resRec.Close()
		return errors.New("archive response: archive closed")
	}
	var errs []error
	for _, r := range a.w.Write(reqRec, resRec) {
		if r.Err != nil {
			errs = append(errs, r.Err)
		}
	}
	reqRec.Close()
	resRec.Close()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("archive write: %w", err)
	}
	return nil
}

func statusText(res *http.Response) string {
	if res.Status != "" {
		return res.Status
	}
	return fmt.Sprintf("%d %s", res.StatusCode, http.StatusText(res.StatusCode))
}

func buildRecord(typ gowarc.RecordType, contentType, target, sourceID, kind, truncated string, at time.Time, block func(io.Writer) error) (gowarc.WarcRecord, error) {
	b := gowarc.NewRecordBuilder(typ,
		gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true),
		gowarc.WithFixContentLength(true),
		gowarc.WithFixDigest(true),
	)
	// The built record owns the builder's buffer: close the builder only
	// when no record comes out of it.
	bw := bufio.NewWriter(b)
	if err := block(bw); err != nil {
		b.Close()
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		b.Close()
		return nil, err
	}
	b.AddWarcHeader(gowarc.WarcTargetURI, target)
	b.AddWarcHeaderTime(gowarc.WarcDate, at)
	b.AddWarcHeader(gowarc.ContentType, contentType)
	b.AddWarcHeader(WarcSourceHeader, sourceID)
	b.AddWarcHeader(WarcKindHeader, kind)
	if truncated != "" {
		b.AddWarcHeader(gowarc.WarcTruncated, truncated)
	}
	rec, _, err := b.Build()
	if err != nil {
		b.Close()
		return nil, err
	}
	return rec, nil
}

// rotate closes the current file so that its captures become readable.
func (a *archive) rotate() error {
	if a == nil {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil
	}
	if err := a.w.Rotate(); err != nil {
		return fmt.Errorf("rotate archive: %w", err)
	}
	return nil
}

func (a *archive) close() error {
	if a == nil {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil
	}
	a.closed = true
	if err := a.w.Close(); err != nil {
		return fmt.Errorf("close archive: %w", err)
	}
	return nil
}

// Capture is one archived response.
type Capture struct {
	// URL is the URL requested (WARC-Target-URI), not canonicalised; pass
	// it to [ParseArticle] as the page URL.
	URL string
	// SourceID is the source the capture was made for.
	SourceID string
	// Kind is the fetch kind: "listing", "article" or "robots".
	Kind string
	// Status is the HTTP status.
	Status int
	// Header is the response header as received, except that when the
	// body was gzip-encoded Content-Encoding is removed and Content-Length
	// describes Body.
	Header http.Header
	// Body is the response body, decompressed.
	Body []byte
	// Truncated is the WARC-Truncated reason ("length", "time",
	// "disconnect") when the body was not received whole, or "decode" when
	// its gzip encoding could not be undone (Body is then as received).
	Truncated string
	// FetchedAt is the WARC-Date of the record.
	FetchedAt time.Time
}

// ReadArchive calls fn for every response record of every *.warc.gz file
// in dir, files in name order (which is time order) and records in file
// order, skipping other record types and files still being written. It
// stops at the first error from fn and returns it, and returns ctx's error
// if ctx ends.
func ReadArchive(ctx context.Context, dir string, fn func(Capture) error) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if err != nil {
		return fmt.Errorf("read archive: %w", err)
	}
	slices.Sort(files)
	for _, name := range files {
		if err := readWarcFile(ctx, name, fn); err != nil {
			return err
		}
	}
	return nil
}

func readWarcFile(ctx context.Context, name string, fn func(Capture) error) error {
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

func gunzipCapped(raw []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(out)) > limit {
		return nil, ErrDecompressionBomb
	}
	return out, nil
}
