package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"govwatch/extract"
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
// The state is one map keyed by a fixed-size hash of the URL, whose entries hold
// the stored version and the validators in fixed-size fields (and the ETag's own
// text), so that a large crawl costs about 100 bytes per article, not a copy of
// every URL and hex hash. Only URLs the dataset has get an entry: validators of
// other URLs are never used, and are dropped.
//
// With deep set, Lookup reports every URL as unseen, so that listing discovery reads
// every listing page: it is set when a source of this crawl was left incomplete, or
// when the state file is lost while the dataset holds articles (nothing then says
// whether the last crawl finished).
type crawlState struct {
	mu    sync.RWMutex
	pages map[urlKey]page // every URL with a stored version
	// rawModified holds the Last-Modified values that page.modified cannot: those
	// that are not HTTP dates in their canonical form.
	rawModified map[urlKey]string
	// etags holds the ETags of pages, one after another; a page refers to its own
	// by offset and length, so that an entry holds no string (and no pointer).
	// An ETag replaced leaves its old bytes behind, at most one per page written.
	etags      []byte
	incomplete map[string]bool // source ID → its last committed crawl was incomplete
	deep       bool
}

// page is what the state keeps of one URL: 32 bytes, with its 16-byte key a
// 48-byte map slot.
type page struct {
	hash    hashKey // content of the newest stored version
	etagOff uint32  // the ETag is etags[etagOff : etagOff+etagLen]
	etagLen uint32
	// modified is the Last-Modified validator as Unix seconds plus one, when it is an
	// HTTP date that formats back to the same text; 0 when there is none, or it is
	// in rawModified.
	modified int64
}

// setValidators stores v in e (and in rawModified, for an unusual Last-Modified).
// The caller holds the write lock.
func (s *crawlState) setValidators(k urlKey, e *page, v extract.Validators) {
	e.etagOff, e.etagLen, e.modified = 0, 0, 0
	if v.ETag != "" && len(v.ETag) <= maxETag && len(s.etags)+len(v.ETag) <= maxETags {
		e.etagOff, e.etagLen = uint32(len(s.etags)), uint32(len(v.ETag))
		s.etags = append(s.etags, v.ETag...)
	}
	delete(s.rawModified, k)
	if v.LastModified == "" {
		return
	}
	if t, err := http.ParseTime(v.LastModified); err == nil && t.UTC().Format(http.TimeFormat) == v.LastModified && t.Unix() != -1 {
		e.modified = t.Unix() + 1
		return
	}
	s.rawModified[k] = v.LastModified
}

// validators returns the validators of e. The caller holds the read lock.
func (s *crawlState) validators(k urlKey, e page) extract.Validators {
	v := extract.Validators{ETag: s.etag(e)}
	switch {
	case e.modified != 0:
		v.LastModified = time.Unix(e.modified-1, 0).UTC().Format(http.TimeFormat)
	default:
		v.LastModified = s.rawModified[k]
	}
	return v
}

// An ETag longer than maxETag, or one that would take the ETags past maxETags bytes,
// is not kept: the page is then asked for with a full GET, as if it had none.
// Real ETags are tens of bytes; the caps keep offsets in 32 bits.
const (
	maxETag  = 1 << 10
	maxETags = 1<<32 - 1
)

// etag returns the ETag of e. The caller holds the lock.
func (s *crawlState) etag(e page) string {
	if e.etagLen == 0 {
		return ""
	}
	return string(s.etags[e.etagOff : e.etagOff+e.etagLen])
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

// loadState reads the article versions from the dataset and the validators from the
// state file. A missing or unreadable state file is not an error.
func loadState(ctx context.Context, ds *dataset.Dataset, dataDir string, sources []extract.Source) (*crawlState, error) {
	st := &crawlState{pages: map[urlKey]page{}, rawModified: map[urlKey]string{}, incomplete: map[string]bool{}}
	// The fetch time only picks the newest version of a URL stored more than once, so
	// it is kept only while loading.
	fetched := map[urlKey]int64{}
	err := ds.KnownArticles(ctx, func(_, url, hash string, fetchedAt time.Time) error {
		k, at := keyOf(url), fetchedAt.UnixNano()
		if prev, ok := fetched[k]; !ok || at > prev {
			st.pages[k] = page{hash: hashKeyOf(hash)}
			fetched[k] = at
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read known articles: %w", err)
	}
	f, err := ds.OpenObject(ctx, stateFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		st.deep = len(st.pages) > 0
	case err != nil:
		return nil, fmt.Errorf("read crawl state: %w", err)
	default:
		err := readValidators(f, func(k urlKey, v extract.Validators) {
			if e, ok := st.pages[k]; ok {
				st.setValidators(k, &e, v)
				st.pages[k] = e
			}
		})
		f.Close()
		if err != nil {
			// A corrupt state file is rebuilt rather than trusted.
			for k, e := range st.pages {
				st.setValidators(k, &e, extract.Validators{})
				st.pages[k] = e
			}
		}
	}
	data, err := readObject(ctx, ds, incompleteFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("read crawl state: %w", err)
	default:
		var ids []string
		if json.Unmarshal(data, &ids) != nil {
			st.deep = true // unreadable: assume the worst
		}
		for _, id := range ids {
			st.incomplete[id] = true
		}
	}
	for _, s := range sources {
		if st.incomplete[s.ID] {
			st.deep = true
		}
	}
	return st, nil
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

// Lookup implements extract.Known.
func (s *crawlState) Lookup(url string) (extract.Validators, bool) {
	k := keyOf(url)
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.pages[k]
	if !ok || s.deep {
		return extract.Validators{}, false
	}
	return s.validators(k, e), true
}

// version reports whether the newest stored version of url has content hash hash,
// and whether url has a stored version at all.
func (s *crawlState) version(url, hash string) (same, known bool) {
	k := keyOf(url)
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.pages[k]
	return ok && e.hash == hashKeyOf(hash), ok
}

// record notes a version written (or confirmed) by this run: its content hash, if
// not empty, and its validators, if any. Without a hash it only updates the
// validators of a URL with a stored version.
func (s *crawlState) record(url, hash string, v extract.Validators) {
	k := keyOf(url)
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.pages[k]
	if hash != "" {
		e.hash, ok = hashKeyOf(hash), true
	}
	if !ok {
		return
	}
	if v != (extract.Validators{}) {
		s.setValidators(k, &e, v)
	}
	s.pages[k] = e
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
	s.mu.RLock()
	ids := make([]string, 0, len(s.incomplete))
	for id := range s.incomplete {
		ids = append(ids, id)
	}
	s.mu.RUnlock()
	sort.Strings(ids)
	inc, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("encode crawl state: %w", err)
	}
	if err := ds.WriteObject(ctx, incompleteFile, func(w io.Writer) error { _, err := w.Write(inc); return err }); err != nil {
		return err
	}
	return ds.WriteObject(ctx, stateFile, func(w io.Writer) error {
		s.mu.RLock()
		defer s.mu.RUnlock()
		return writeValidators(w, func(yield func(urlKey, extract.Validators) bool) {
			for k, e := range s.pages {
				if e.etagLen != 0 || e.modified != 0 || s.rawModified[k] != "" {
					if !yield(k, s.validators(k, e)) {
						return
					}
				}
			}
		})
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
