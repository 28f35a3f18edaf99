package extract

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/gzip"
)

// WARC header field names of the records govwatch writes.
const (
	warcVersion       = "WARC/1.1"
	fieldType         = "WARC-Type"
	fieldRecordID     = "WARC-Record-ID"
	fieldDate         = "WARC-Date"
	fieldTargetURI    = "WARC-Target-URI"
	fieldFilename     = "WARC-Filename"
	fieldContentType  = "Content-Type"
	fieldLength       = "Content-Length"
	fieldBlockDigest  = "WARC-Block-Digest"
	fieldPayloadDig   = "WARC-Payload-Digest"
	fieldConcurrentTo = "WARC-Concurrent-To"
	fieldWarcinfoID   = "WARC-Warcinfo-ID"
	fieldTruncated    = "WARC-Truncated"
)

// Response header fields left out of an archived response (the body is
// stored de-chunked and, when whole, with its own Content-Length).
var (
	excludeWhole     = map[string]bool{"Transfer-Encoding": true, "Content-Length": true}
	excludeTruncated = map[string]bool{"Transfer-Encoding": true}
)

// recordWriter serialises WARC records, each compressed into a gzip member
// of its own, into out. It holds reusable buffers and is used by one
// goroutine at a time (the archive pools them).
type recordWriter struct {
	out   bytes.Buffer // the gzip members built since the last reset
	head  []byte       // the WARC header of the record being built
	block bytes.Buffer // the HTTP message head of the record being built
	zw    *gzip.Writer
	sha   hash.Hash
	sum   [sha256.Size]byte
	hexd  [len("sha256:") + 2*sha256.Size]byte
}

func newRecordWriter() *recordWriter {
	// BestSpeed (flate level 1) costs a fraction of the default level's CPU;
	// article pages still shrink to about a third.
	zw, err := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	if err != nil {
		panic(err) // the level is a valid constant
	}
	return &recordWriter{zw: zw, sha: sha256.New()}
}

// warcRecord is one record to serialise. Its block is head followed by
// payload; payload is the HTTP body (nil for requests and warcinfo).
type warcRecord struct {
	typ, id, date, target, contentType  string
	filename, sourceID, kind, truncated string
	concurrentTo, infoID                string
	head, payload                       []byte
	payloadDigest                       bool
}

// exchange replaces rw.out with the request and response records of one
// exchange, which name each other in WARC-Concurrent-To and infoID as their
// warcinfo record.
func (rw *recordWriter) exchange(req *http.Request, res *http.Response, body []byte, truncated, sourceID, kind string, at time.Time, infoID string) error {
	rw.out.Reset()
	reqID, resID := newRecordID(), newRecordID()
	common := warcRecord{
		date:     at.UTC().Format(time.RFC3339Nano),
		target:   oneLine(req.URL.String()),
		sourceID: oneLine(sourceID),
		kind:     oneLine(kind),
		infoID:   infoID,
	}

	rw.block.Reset()
	rw.block.WriteString(req.Method)
	rw.block.WriteByte(' ')
	rw.block.WriteString(req.URL.RequestURI())
	rw.block.WriteString(" HTTP/1.1\r\nHost: ")
	rw.block.WriteString(req.URL.Host)
	rw.block.WriteString("\r\n")
	if err := req.Header.Write(&rw.block); err != nil {
		return err
	}
	rw.block.WriteString("\r\n")
	r := common
	r.typ, r.id, r.concurrentTo = "request", reqID, resID
	r.contentType = "application/http;msgtype=request"
	r.head, r.payloadDigest = rw.block.Bytes(), true
	if err := rw.record(&r); err != nil {
		return err
	}

	rw.block.Reset()
	proto := res.Proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	rw.block.WriteString(proto)
	rw.block.WriteByte(' ')
	rw.block.WriteString(oneLine(statusText(res)))
	rw.block.WriteString("\r\n")
	exclude := excludeWhole
	if truncated != "" {
		exclude = excludeTruncated
	}
	if err := res.Header.WriteSubset(&rw.block, exclude); err != nil {
		return err
	}
	if truncated == "" {
		rw.block.WriteString("Content-Length: ")
		rw.block.WriteString(strconv.Itoa(len(body)))
		rw.block.WriteString("\r\n")
	}
	rw.block.WriteString("\r\n")
	r = common
	r.typ, r.id, r.concurrentTo, r.truncated = "response", resID, reqID, oneLine(truncated)
	r.contentType = "application/http;msgtype=response"
	r.head, r.payload, r.payloadDigest = rw.block.Bytes(), body, true
	return rw.record(&r)
}

// warcinfo replaces rw.out with the warcinfo record that opens file name.
func (rw *recordWriter) warcinfo(id, name string, at time.Time, fields string) error {
	rw.out.Reset()
	return rw.record(&warcRecord{
		typ: "warcinfo", id: id, date: at.UTC().Format(time.RFC3339Nano), filename: name,
		contentType: "application/warc-fields", head: []byte(fields),
	})
}

// record appends r to rw.out as one gzip member.
func (rw *recordWriter) record(r *warcRecord) error {
	h := append(rw.head[:0], warcVersion+"\r\n"...)
	h = field(h, fieldType, r.typ)
	h = field(h, fieldRecordID, r.id)
	h = field(h, fieldDate, r.date)
	h = field(h, fieldTargetURI, r.target)
	h = field(h, fieldFilename, r.filename)
	h = field(h, fieldContentType, r.contentType)
	h = field(h, WarcSourceHeader, r.sourceID)
	h = field(h, WarcKindHeader, r.kind)
	h = field(h, fieldTruncated, r.truncated)
	h = field(h, fieldLength, strconv.Itoa(len(r.head)+len(r.payload)))
	h = field(h, fieldBlockDigest, rw.digest(r.head, r.payload))
	if r.payloadDigest {
		h = field(h, fieldPayloadDig, rw.digest(nil, r.payload))
	}
	h = field(h, fieldConcurrentTo, r.concurrentTo)
	h = field(h, fieldWarcinfoID, r.infoID)
	h = append(h, "\r\n"...)
	rw.head = h

	rw.zw.Reset(&rw.out)
	for _, b := range [][]byte{h, r.head, r.payload, []byte("\r\n\r\n")} {
		if _, err := rw.zw.Write(b); err != nil {
			return err
		}
	}
	return rw.zw.Close()
}

// digest returns the WARC digest ("sha256:" and lowercase hex) of a
// followed by b.
func (rw *recordWriter) digest(a, b []byte) string {
	rw.sha.Reset()
	rw.sha.Write(a)
	rw.sha.Write(b)
	sum := rw.sha.Sum(rw.sum[:0])
	n := copy(rw.hexd[:], "sha256:")
	hex.Encode(rw.hexd[n:], sum)
	return string(rw.hexd[:])
}

// field appends one header field; an empty value is left out.
func field(h []byte, name, value string) []byte {
	if value == "" {
		return h
	}
	h = append(h, name...)
	h = append(h, ": "...)
	h = append(h, value...)
	return append(h, "\r\n"...)
}

// oneLine replaces CR and LF, which would end a header field, with spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}

// newRecordID returns a new WARC-Record-ID: a random (version 4) UUID URN
// in angle brackets.
func newRecordID() string {
	var u [16]byte
	_, _ = rand.Read(u[:]) // crypto/rand.Read never fails (Go 1.24+)
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	var b [len("<urn:uuid:") + 36 + 1]byte
	n := copy(b[:], "<urn:uuid:")
	for i, part := range [][]byte{u[0:4], u[4:6], u[6:8], u[8:10], u[10:16]} {
		if i > 0 {
			b[n] = '-'
			n++
		}
		n += hex.Encode(b[n:], part)
	}
	b[n] = '>'
	return string(b[:])
}
