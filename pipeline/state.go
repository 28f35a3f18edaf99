package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"govwatch/extract"
	"govwatch/internal/spill"
	"govwatch/pipeline/dataset"
)

// stateFile holds the HTTP validators of the pages a crawl has stored, relative to the
// data directory. It is only an optimisation: without it every known page costs a full
// GET instead of a 304, and the dataset still decides what is new.
//
// It is a JSON object written one member per line, keyed by the 32 hex digits of the
// page's URL key (the same digits as the article ID the dataset gives its URL), each
// value an array of the ETag and the Last-Modified text:
//
//	{
//	"5d41402abc4b2a76b9719d911017c592":["\"abc\"","Mon, 23 Jul 2018 06:01:00 GMT"],
//	…
//	}
//
// so that it is read and written line by line, without holding the file in memory.
// Files of earlier versions, one object keyed by URL, are still read.
const stateFile = "_state/validators.json"

// incompleteFile lists, as a JSON array, the IDs of the sources whose last committed
// crawl did not walk all the listing pages it should have (it was interrupted, or a
// listing page failed). Listing discovery stops at the first page whose articles are
// all known, so after such a run the older pages would never be read again; the next
// crawl of these sources reports nothing as known and so walks their listings to the
// end (with full GETs) before the source is marked complete again.
const incompleteFile = "_state/incomplete.json"

// crawlState is what a crawl knows from earlier runs. hashes comes from the dataset,
// the truth about which article versions are stored; validators come from the state
// file and are used only for URLs the dataset has, so that a state file newer than the
// dataset (a run killed between commit and save, or a dataset restored from backup)
// can never make the crawler skip an article that was never written.
//
// The state is a spill table (govwatch/internal/spill) keyed by a fixed-size hash
// of the URL, whose values hold the stored version and the validators in
// fixed-size fields; the ETag's text and a Last-Modified that is not a canonical
// HTTP date are appended to a scratch file that a value points into. Only the
// latest entries are held in memory, the rest in sorted files in the run's
// scratch directory, so that the state's memory does not grow with the articles
// known or written. Only URLs the dataset has get an entry: validators of other
// URLs are never used, and are dropped.
//
// With deep set, Lookup reports every URL as unseen, so that listing discovery reads
// every listing page: it is set when a source of this crawl was left incomplete, or
// when the state file is lost while the dataset holds articles (nothing then says
// whether the last crawl finished).
type crawlState struct {
	mu         sync.Mutex
	pages      *spill.Table    // every URL with a stored version → its page
	texts      *textFile       // the ETags and odd Last-Modified texts of pages
	scratch    string          // the directory of both
	incomplete map[string]bool // source ID → its last committed crawl was incomplete
	deep       bool
}

// page is what the state keeps of one URL, stored as pageSize bytes (see
// encode).
type page struct {
	hash hashKey // content of the newest stored version
	// modified is the Last-Modified validator as Unix seconds plus one, when it is an
	// HTTP date that formats back to the same text; 0 when there is none, or it is
	// the raw text.
	modified int64
	// The ETag and the raw Last-Modified are texts.read(textOff, etagLen+rawLen),
	// one after the other.
	textOff uint64
	etagLen uint16
	rawLen  uint16
	// fetched is the fetch time of the version in hash (Unix nanoseconds), used
	// only while loading to pick the newest of several stored versions.
	fetched int64
}

const pageSize = 16 + 8 + 8 + 2 + 2 + 8

func (e *page) encode(b []byte) []byte {
	b = append(b[:0], e.hash[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(e.modified))
	b = binary.LittleEndian.AppendUint64(b, e.textOff)
	b = binary.LittleEndian.AppendUint16(b, e.etagLen)
	b = binary.LittleEndian.AppendUint16(b, e.rawLen)
	return binary.LittleEndian.AppendUint64(b, uint64(e.fetched))
}

func decodePage(b []byte) page {
	var e page
	copy(e.hash[:], b)
	e.modified = int64(binary.LittleEndian.Uint64(b[16:]))
	e.textOff = binary.LittleEndian.Uint64(b[24:])
	e.etagLen = binary.LittleEndian.Uint16(b[32:])
	e.rawLen = binary.LittleEndian.Uint16(b[34:])
	e.fetched = int64(binary.LittleEndian.Uint64(b[36:]))
	return e
}

// get returns the page of k. The caller holds the lock.
func (s *crawlState) get(k urlKey) (page, bool, error) {
	var b [pageSize]byte
	ok, err := s.pages.Get(spill.Key(k), b[:])
	if err != nil || !ok {
		return page{}, false, err
	}
	return decodePage(b[:]), true, nil
}

// put stores the page of k. The caller holds the lock.
func (s *crawlState) put(k urlKey, e page) error {
	var b [pageSize]byte
	return s.pages.Put(spill.Key(k), e.encode(b[:0]))
}

// setValidators stores v in e, appending its texts to the text file. The caller
// holds the lock.
func (s *crawlState) setValidators(e *page, v extract.Validators) error {
	e.modified, e.textOff, e.etagLen, e.rawLen = 0, 0, 0, 0
	etag, raw := "", ""
	if len(v.ETag) <= maxETag {
		etag = v.ETag
	}
	if v.LastModified != "" {
		if t, err := http.ParseTime(v.LastModified); err == nil && t.UTC().Format(http.TimeFormat) == v.LastModified && t.Unix() != -1 {
			e.modified = t.Unix() + 1
		} else if len(v.LastModified) <= maxETag {
			raw = v.LastModified
		}
	}
	if etag == "" && raw == "" {
		return nil
	}
	off, err := s.texts.append(etag, raw)
	if err != nil {
		return err
	}
	e.textOff, e.etagLen, e.rawLen = off, uint16(len(etag)), uint16(len(raw))
	return nil
}

// validators returns the validators of e. The caller holds the lock.
func (s *crawlState) validators(e page) (extract.Validators, error) {
	var v extract.Validators
	if e.etagLen+e.rawLen > 0 {
		b, err := s.texts.read(e.textOff, int(e.etagLen)+int(e.rawLen))
		if err != nil {
			return v, err
		}
		v.ETag, v.LastModified = string(b[:e.etagLen]), string(b[e.etagLen:])
	}
	if e.modified != 0 {
		v.LastModified = time.Unix(e.modified-1, 0).UTC().Format(http.TimeFormat)
	}
	return v, nil
}

// An ETag (or a Last-Modified that is not a canonical HTTP date) longer than maxETag
// is not kept: the page is then asked for with a full GET, as if it had none. Real
// ETags are tens of bytes.
const maxETag = 1 << 10

// textFile is an append-only scratch file of the validators' texts.
type textFile struct {
	f       *os.File
	w       *bufio.Writer
	size    int64 // bytes appended
	flushed int64 // bytes in the file
	buf     []byte
}

func newTextFile(dir string) (*textFile, error) {
	f, err := os.CreateTemp(dir, "validators-")
	if err != nil {
		return nil, err
	}
	return &textFile{f: f, w: bufio.NewWriterSize(f, 32<<10)}, nil
}

func (t *textFile) append(a, b string) (uint64, error) {
	off := t.size
	if _, err := t.w.WriteString(a); err != nil {
		return 0, err
	}
	if _, err := t.w.WriteString(b); err != nil {
		return 0, err
	}
	t.size += int64(len(a) + len(b))
	return uint64(off), nil
}

func (t *textFile) read(off uint64, n int) ([]byte, error) {
	if int64(off)+int64(n) > t.flushed {
		if err := t.w.Flush(); err != nil {
			return nil, err
		}
		t.flushed = t.size
	}
	if cap(t.buf) < n {
		t.buf = make([]byte, n)
	}
	b := t.buf[:n]
	if _, err := t.f.ReadAt(b, int64(off)); err != nil {
		return nil, fmt.Errorf("read crawl state: %w", err)
	}
	return b, nil
}

// close closes the state's scratch files and removes its directory.
func (s *crawlState) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pages != nil {
		s.pages.Close()
	}
	if s.texts != nil {
		s.texts.f.Close()
	}
	if s.scratch != "" {
		os.RemoveAll(s.scratch)
	}
	s.pages, s.texts, s.scratch = nil, nil, ""
}

// newCrawlState makes an empty state whose scratch files go in a new directory
// inside dir.
func newCrawlState(dir string) (*crawlState, error) {
	scratch, err := os.MkdirTemp(dir, "state-")
	if err != nil {
		return nil, fmt.Errorf("make crawl state: %w", err)
	}
	st := &crawlState{scratch: scratch, incomplete: map[string]bool{}}
	st.pages, err = spill.New(spill.Options{Dir: scratch, Name: "pages", ValueSize: pageSize, Held: stateHeld})
	if err == nil {
		st.texts, err = newTextFile(scratch)
	}
	if err != nil {
		st.close()
		return nil, fmt.Errorf("make crawl state: %w", err)
	}
	return st, nil
}

// stateHeld is the number of pages the state holds in memory; zero means
// spill.DefaultHeld. Tests make it small.
var stateHeld int

// loadState reads the article versions from the dataset and the validators from the
// state file, into a state whose scratch files go in a new directory inside
// scratch. A missing or unreadable state file is not an error. The caller closes
// the state.
func loadState(ctx context.Context, ds *dataset.Dataset, scratch string, sources []extract.Source) (*crawlState, error) {
	st, err := newCrawlState(scratch)
	if err != nil {
		return nil, err
	}
	if err := st.load(ctx, ds, sources); err != nil {
		st.close()
		return nil, err
	}
	return st, nil
}

func (s *crawlState) load(ctx context.Context, ds *dataset.Dataset, sources []extract.Source) error {
	known := false
	err := ds.KnownArticles(ctx, func(_, url, hash string, fetchedAt time.Time) error {
		known = true
		k, at := keyOf(url), fetchedAt.UnixNano()
		prev, ok, err := s.get(k)
		if err != nil {
			return err
		}
		if !ok || at > prev.fetched {
			return s.put(k, page{hash: hashKeyOf(hash), fetched: at})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read known articles: %w", err)
	}
	f, err := ds.OpenObject(ctx, stateFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		s.deep = known
	case err != nil:
		return fmt.Errorf("read crawl state: %w", err)
	default:
		var putErr error
		err := readValidators(f, func(k urlKey, v extract.Validators) {
			if putErr != nil {
				return
			}
			e, ok, err := s.get(k)
			if err == nil && ok {
				if err = s.setValidators(&e, v); err == nil {
					err = s.put(k, e)
				}
			}
			putErr = err
		})
		f.Close()
		if putErr != nil {
			return fmt.Errorf("read crawl state: %w", putErr)
		}
		if err != nil {
			// A corrupt state file is rebuilt rather than trusted: the pages are
			// copied without their validators.
			if err := s.dropValidators(); err != nil {
				return fmt.Errorf("read crawl state: %w", err)
			}
		}
	}
	data, err := readObject(ctx, ds, incompleteFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("read crawl state: %w", err)
	default:
		var ids []string
		if json.Unmarshal(data, &ids) != nil {
			s.deep = true // unreadable: assume the worst
		}
		for _, id := range ids {
			s.incomplete[id] = true
		}
	}
	for _, src := range sources {
		if s.incomplete[src.ID] {
			s.deep = true
		}
	}
	return nil
}

// dropValidators replaces the pages by copies without validators.
func (s *crawlState) dropValidators() error {
	fresh, err := spill.New(spill.Options{Dir: s.scratch, Name: "pages", ValueSize: pageSize, Held: stateHeld})
	if err != nil {
		return err
	}
	var putErr error
	err = s.pages.All(func(k spill.Key, v []byte) bool {
		e := decodePage(v)
		var b [pageSize]byte
		putErr = fresh.Put(k, (&page{hash: e.hash}).encode(b[:0]))
		return putErr == nil
	})
	if err = errors.Join(err, putErr); err != nil {
		fresh.Close()
		return err
	}
	s.pages.Close()
	s.pages = fresh
	return nil
}

// urlKey identifies a canonical URL: the first 16 bytes of its SHA-256, the bytes
// that dataset.ArticleID writes as hex digits.
type urlKey [16]byte

func keyOf(url string) urlKey {
	sum := sha256.Sum256([]byte(url))
	return urlKey(sum[:16])
}

// hashKey is a content hash in 16 bytes: the first half of the SHA-256 the
// extractor writes as 64 hex digits, or the first 16 bytes of the SHA-256 of any
// other text. Only equality matters.
type hashKey [16]byte

func hashKeyOf(h string) hashKey {
	var k hashKey
	if len(h) == 64 && isHex(h[32:]) {
		if _, err := hex.Decode(k[:], []byte(h[:32])); err == nil {
			return k
		}
	}
	sum := sha256.Sum256([]byte(h))
	return hashKey(sum[:16])
}

func isHex(s string) bool {
	for i := range len(s) {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

// errBadState reports a state file that is neither format.
var errBadState = errors.New("malformed validators file")

// readValidators reads a validators file (see stateFile), calling put for each entry.
// On an error, put may have been called for some entries.
func readValidators(r io.Reader, put func(urlKey, extract.Validators)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	first, err := br.ReadSlice('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	if string(bytes.TrimSpace(first)) != "{" {
		// An earlier version: one object keyed by URL, on one line.
		data, err := io.ReadAll(io.MultiReader(bytes.NewReader(bytes.Clone(first)), br))
		if err != nil {
			return err
		}
		var byURL map[string]extract.Validators
		if err := json.Unmarshal(data, &byURL); err != nil {
			return err
		}
		for u, v := range byURL {
			put(keyOf(u), v)
		}
		return nil
	}
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return errBadState // no member is that long
		}
		line = bytes.TrimSuffix(bytes.TrimSpace(line), []byte(","))
		switch {
		case string(line) == "}":
			return nil
		case len(line) > 0:
			k, v, ok := parseValidators(line)
			if !ok {
				return errBadState
			}
			put(k, v)
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return errBadState // cut short
			}
			return err
		}
	}
}

// parseValidators parses one member line: "<32 hex>":["<etag>","<last-modified>"].
func parseValidators(line []byte) (urlKey, extract.Validators, bool) {
	var k urlKey
	var v extract.Validators
	const head = len(`"`) + 32 + len(`":[`)
	if len(line) < head+len(`"",""]`) || line[0] != '"' || string(line[33:head]) != `":[` || line[len(line)-1] != ']' {
		return k, v, false
	}
	if _, err := hex.Decode(k[:], line[1:33]); err != nil {
		return k, v, false
	}
	rest := line[head : len(line)-1]
	etag, rest, ok := cutJSONString(rest)
	if !ok || len(rest) == 0 || rest[0] != ',' {
		return k, v, false
	}
	lm, rest, ok := cutJSONString(rest[1:])
	if !ok || len(rest) != 0 {
		return k, v, false
	}
	v.ETag, v.LastModified = etag, lm
	return k, v, true
}

// cutJSONString decodes the JSON string at the start of b and returns the rest.
func cutJSONString(b []byte) (string, []byte, bool) {
	if len(b) < 2 || b[0] != '"' {
		return "", b, false
	}
	escaped := false
	for i := 1; i < len(b); i++ {
		switch {
		case escaped:
			escaped = false
		case b[i] == '\\':
			escaped = true
		case b[i] == '"':
			raw := b[:i+1]
			if bytes.IndexByte(raw, '\\') < 0 {
				return string(raw[1:i]), b[i+1:], true
			}
			var s string
			if json.Unmarshal(raw, &s) != nil {
				return "", b, false
			}
			return s, b[i+1:], true
		}
	}
	return "", b, false
}

// appendJSONString appends s to b as a JSON string.
func appendJSONString(b []byte, s string) []byte {
	plain := utf8.ValidString(s)
	for i := 0; plain && i < len(s); i++ {
		c := s[i]
		plain = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	if plain {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	q, _ := json.Marshal(s) // a string always encodes
	return append(b, q...)
}

// Lookup implements extract.Known. A state that cannot be read reports the URL
// unseen: the page is then fetched in full, and the dataset still decides whether
// it is new.
func (s *crawlState) Lookup(url string) (extract.Validators, bool) {
	k := keyOf(url)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.deep {
		return extract.Validators{}, false
	}
	e, ok, err := s.get(k)
	if err != nil || !ok {
		return extract.Validators{}, false
	}
	v, err := s.validators(e)
	if err != nil {
		return extract.Validators{}, false
	}
	return v, true
}

// version reports whether the newest stored version of url has content hash hash,
// and whether url has a stored version at all.
func (s *crawlState) version(url, hash string) (same, known bool, err error) {
	k := keyOf(url)
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok, err := s.get(k)
	return ok && e.hash == hashKeyOf(hash), ok, err
}

// record notes a version written (or confirmed) by this run: its content hash, if
// not empty, and its validators, if any. Without a hash it only updates the
// validators of a URL with a stored version.
func (s *crawlState) record(url, hash string, v extract.Validators) error {
	k := keyOf(url)
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok, err := s.get(k)
	if err != nil {
		return err
	}
	if hash != "" {
		e.hash, ok = hashKeyOf(hash), true
	}
	if !ok {
		return nil
	}
	if v != (extract.Validators{}) {
		if err := s.setValidators(&e, v); err != nil {
			return err
		}
	}
	return s.put(k, e)
}

// finishSources notes which sources a committed run left incomplete: all of them when
// the run did not run to its end (succeeded false), else those in failed (a failed
// listing page, or a failed source).
func (s *crawlState) finishSources(sources []extract.Source, succeeded bool, failed map[string]bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, src := range sources {
		if !succeeded || failed[src.ID] {
			s.incomplete[src.ID] = true
		} else {
			delete(s.incomplete, src.ID)
		}
	}
}

// save writes the validators and the incomplete sources atomically: temp file, fsync,
// rename. The incomplete sources are written first, so that a crash between the two
// files can only cost a deeper crawl. The validators are streamed to the file.
func (s *crawlState) save(ctx context.Context, ds *dataset.Dataset) error {
	s.mu.Lock()
	ids := make([]string, 0, len(s.incomplete))
	for id := range s.incomplete {
		ids = append(ids, id)
	}
	s.mu.Unlock()
	sort.Strings(ids)
	inc, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("encode crawl state: %w", err)
	}
	if err := ds.WriteObject(ctx, incompleteFile, func(w io.Writer) error { _, err := w.Write(inc); return err }); err != nil {
		return err
	}
	return ds.WriteObject(ctx, stateFile, func(w io.Writer) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		var readErr error
		err := writeValidators(w, func(yield func(urlKey, extract.Validators) bool) {
			readErr = s.pages.All(func(k spill.Key, b []byte) bool {
				e := decodePage(b)
				if e.etagLen == 0 && e.rawLen == 0 && e.modified == 0 {
					return true
				}
				v, err := s.validators(e)
				if err != nil {
					readErr = err
					return false
				}
				return yield(urlKey(k), v)
			})
		})
		return errors.Join(err, readErr)
	})
}

// writeValidators writes the entries of seq in the format of stateFile.
func writeValidators(w io.Writer, seq iter.Seq2[urlKey, extract.Validators]) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("{")
	line := make([]byte, 0, 256)
	sep := "\n"
	var err error
	seq(func(k urlKey, v extract.Validators) bool {
		line = append(line[:0], sep...)
		line = append(line, '"')
		line = hex.AppendEncode(line, k[:])
		line = append(line, `":[`...)
		line = appendJSONString(line, v.ETag)
		line = append(line, ',')
		line = appendJSONString(line, v.LastModified)
		line = append(line, ']')
		_, err = bw.Write(line)
		sep = ",\n"
		return err == nil
	})
	if err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}
