package extract

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/gzip"
)

// readWarcFile calls fn for every response record of one WARC file (gzip per
// record, or one gzip stream, or plain), in file order.
//
// It reads the format itself, with net/textproto for the header fields and
// the HTTP message head: a reprocess reads every record of the archive, and
// gowarc's reader, which validates each record's fields (a WHATWG parse of
// every URL) and digests and copies each block before it can be read, cost
// more than parsing the page (and with validation off it drops the payload).
// What this reader skips is only what gowarc would report without failing:
// digests, and fields it does not need. Records other than responses are
// skipped without parsing their blocks.
func readWarcFile(ctx context.Context, name string, fn func(Capture) error) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("read archive %s: %w", name, err)
	}
	defer f.Close()
	fb := bufio.NewReaderSize(f, 256<<10)
	var src io.Reader = fb
	if head, err := fb.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(fb) // multistream: one member per record reads as one stream
		if err != nil {
			return fmt.Errorf("read archive %s: %w", name, err)
		}
		defer zr.Close()
		src = zr
	}
	rr := warcReader{br: bufio.NewReaderSize(src, 64<<10)}
	rr.tp = textproto.NewReader(rr.br)
	for i := 0; ; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		c, ok, err := rr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read archive %s: record %d: %w", name, i, err)
		}
		if !ok {
			continue
		}
		if err := fn(c); err != nil {
			return err
		}
	}
}

// ReadArchiveAt reads the response record of the exchange whose records start at
// byte offset in the WARC file at path (an offset an [ArchiveObserver] was given):
// a reprocess reads one page of a file without reading the file.
func ReadArchiveAt(path string, offset int64) (Capture, error) {
	f, err := os.Open(path)
	if err != nil {
		return Capture{}, fmt.Errorf("read archive %s: %w", path, err)
	}
	defer f.Close()
	if _, err := f.Seek(offset, io.SeekStart); err != nil {
		return Capture{}, fmt.Errorf("read archive %s at %d: %w", path, offset, err)
	}
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 64<<10))
	if err != nil {
		return Capture{}, fmt.Errorf("read archive %s at %d: %w", path, offset, err)
	}
	defer zr.Close()
	rr := warcReader{br: bufio.NewReaderSize(zr, 64<<10)}
	rr.tp = textproto.NewReader(rr.br)
	for i := 0; i < 4; i++ { // the request, then the response
		c, ok, err := rr.next()
		if err != nil {
			return Capture{}, fmt.Errorf("read archive %s at %d: %w", path, offset, err)
		}
		if ok {
			return c, nil
		}
	}
	return Capture{}, fmt.Errorf("read archive %s at %d: no response record", path, offset)
}

// warcReader reads WARC records from a decompressed stream.
type warcReader struct {
	br    *bufio.Reader
	tp    *textproto.Reader
	block bufio.Reader // reused for the HTTP head of each response block
}

// next reads one record: a Capture and true for a response record, false for
// any other. It returns io.EOF at the end of the stream.
func (r *warcReader) next() (Capture, bool, error) {
	// The version line, after the blank lines that end the previous record.
	var line string
	for line == "" {
		l, err := r.tp.ReadLine()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return Capture{}, false, io.EOF
			}
			return Capture{}, false, fmt.Errorf("version line: %w", err)
		}
		line = strings.TrimSpace(l)
	}
	if !strings.HasPrefix(line, "WARC/") {
		return Capture{}, false, fmt.Errorf("not a WARC record: %.40q", line)
	}
	h, err := r.tp.ReadMIMEHeader()
	if err != nil {
		return Capture{}, false, fmt.Errorf("header: %w", err)
	}
	n, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return Capture{}, false, fmt.Errorf("header: Content-Length %q", h.Get("Content-Length"))
	}
	block := io.LimitReader(r.br, n)
	defer io.Copy(io.Discard, block) // the part of the block not read
	if !strings.EqualFold(h.Get("WARC-Type"), "response") ||
		!strings.HasPrefix(strings.ToLower(h.Get("Content-Type")), "application/http") {
		return Capture{}, false, nil
	}
	c := Capture{
		URL:       strings.Trim(h.Get("WARC-Target-URI"), "<>"),
		SourceID:  h.Get(WarcSourceHeader),
		Kind:      h.Get(WarcKindHeader),
		Truncated: h.Get("WARC-Truncated"),
	}
	if t, err := time.Parse(time.RFC3339Nano, h.Get("WARC-Date")); err == nil {
		c.FetchedAt = t
	}
	// The HTTP message head, then the payload: the rest of the block.
	r.block.Reset(block)
	tp := textproto.NewReader(&r.block)
	status, err := tp.ReadLine()
	if err != nil {
		return Capture{}, false, fmt.Errorf("http status line: %w", err)
	}
	_, code, _ := strings.Cut(status, " ")
	code, _, _ = strings.Cut(code, " ")
	if c.Status, err = strconv.Atoi(code); err != nil || !strings.HasPrefix(status, "HTTP/") {
		return Capture{}, false, fmt.Errorf("http status line %.40q", status)
	}
	mh, err := tp.ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return Capture{}, false, fmt.Errorf("http header: %w", err)
	}
	c.Header = http.Header(mh)
	if c.Header == nil {
		c.Header = http.Header{}
	}
	var body bytes.Buffer
	body.Grow(int(min(n, 1<<20)))
	if _, err := io.Copy(&body, io.LimitReader(&r.block, maxArchiveBody)); err != nil {
		return Capture{}, false, fmt.Errorf("payload: %w", err)
	}
	r.block.Reset(nil)
	c.Body = body.Bytes()
	enc := strings.ToLower(strings.TrimSpace(c.Header.Get("Content-Encoding")))
	if enc == "gzip" || enc == "x-gzip" {
		b, derr := gunzipCapped(c.Body, maxArchiveBody)
		if derr != nil {
			if c.Truncated == "" {
				c.Truncated = "decode"
			}
		} else {
			c.Body = b
			c.Header.Del("Content-Encoding")
			c.Header.Set("Content-Length", strconv.Itoa(len(b)))
		}
	}
	return c, true, nil
}
