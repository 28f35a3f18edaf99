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
	"sync"
	"time"
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
//
// Records are serialised and compressed by the calling goroutine, outside
// the lock, so fetchers never wait on one another's gzip; the lock covers
// only the append of the finished gzip members to the current file. The
// records of one exchange (request, then response) are one append, so they
// stay together in one file; exchanges land in the order their appends win
// the lock.
type archive struct {
	dir       string
	maxBytes  int64 // rotate before a file would grow past this; <= 0: never
	userAgent string
	token     string // random, in every file name of this archive
	writers   sync.Pool

	mu      sync.Mutex
	f       *os.File
	bw      *bufio.Writer
	name    string // final name of the current file (without .open)
	size    int64  // bytes written to the current file
	records int    // exchanges in the current file
	serial  int
	// infoID is the WARC-Record-ID of the warcinfo record that opens the
	// current file, or the next one when none is open. gen changes with
	// it: members built for an older gen name the wrong warcinfo record and
	// are built again.
	infoID   string
	gen      uint64
	closed   bool
	observer ArchiveObserver // Config.ArchiveObserver
}

// openSuffix marks a WARC file still being written.
const openSuffix = ".open"

// errArchiveClosed is returned by writes after the crawler was closed.
var errArchiveClosed = errors.New("archive closed")

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
	return &archive{
		dir:       cfg.ArchiveDir,
		maxBytes:  cfg.ArchiveMaxBytes,
		userAgent: cfg.UserAgent,
		token:     hex.EncodeToString(token[:]),
		infoID:    newRecordID(),
		observer:  cfg.ArchiveObserver,
	}, nil
}

// write archives one exchange: the request and the response with its
// body exactly as received (still gzip-encoded if it was), cut short where
// reading stopped; truncated is the WARC-Truncated reason or "". It is safe
// for concurrent use.
func (a *archive) write(req *http.Request, res *http.Response, body []byte, truncated, sourceID, kind string, at time.Time) error {
	if a == nil {
		return nil
	}
	rw, _ := a.writers.Get().(*recordWriter)
	if rw == nil {
		rw = newRecordWriter()
	}
	defer a.writers.Put(rw)
	for {
		a.mu.Lock()
		infoID, gen, closed := a.infoID, a.gen, a.closed
		a.mu.Unlock()
		if closed {
			return fmt.Errorf("archive write: %w", errArchiveClosed)
		}
		if err := rw.exchange(req, res, body, truncated, sourceID, kind, at, infoID); err != nil {
			return fmt.Errorf("archive exchange: %w", err)
		}
		var meta Capture
		if a.observer != nil {
			// What a reader of the file gets for this exchange, as far as
			// an index needs it: the WARC-Date round-trips to the same
			// instant.
			meta = Capture{URL: oneLine(req.URL.String()), SourceID: sourceID, Kind: kind, Status: res.StatusCode, Truncated: truncated, FetchedAt: at.UTC()}
		}
		done, err := a.append(rw.out.Bytes(), gen, meta)
		if err != nil {
			return fmt.Errorf("archive write: %w", err)
		}
		if done {
			return nil
		}
	}
}

// append writes the gzip members of one exchange, built for file
// generation gen, to the current file, opening one if none is open and
// first closing a full one. It reports false, writing nothing, when the
// members must be built again for a new file.
func (a *archive) append(members []byte, gen uint64, meta Capture) (bool, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return false, errArchiveClosed
	}
	if gen != a.gen {
		return false, nil
	}
	if a.f != nil && a.records > 0 && a.maxBytes > 0 && a.size+int64(len(members)) > a.maxBytes {
		return false, a.closeFile()
	}
	if a.f == nil {
		if err := a.openFile(); err != nil {
			return false, err
		}
	}
	off := a.size
	n, err := a.bw.Write(members)
	a.size += int64(n)
	a.records++
	if a.observer != nil && err == nil {
		a.observer.Archived(a.name, off, meta)
	}
	return true, err
}

// openFile creates the next file as <name>.open and writes its warcinfo
// record. The caller holds a.mu.
func (a *archive) openFile() error {
	a.serial++
	now := time.Now().UTC()
	name := fmt.Sprintf("govwatch-%s-%d-%s.warc.gz", now.Format("20060102150405"), a.serial, a.token)
	f, err := os.OpenFile(filepath.Join(a.dir, name+openSuffix), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("create %s: %w", name, err)
	}
	rw := newRecordWriter()
	info := "software: govwatch extract\r\nformat: WARC File Format 1.1\r\n" +
		"http-header-user-agent: " + oneLine(a.userAgent) + "\r\n"
	if err := rw.warcinfo(a.infoID, name, now, info); err != nil {
		return errors.Join(fmt.Errorf("write %s: %w", name, err), f.Close(), os.Remove(f.Name()))
	}
	if a.bw == nil {
		a.bw = bufio.NewWriterSize(f, 256<<10)
	} else {
		a.bw.Reset(f)
	}
	a.f, a.name, a.records = f, name, 0
	n, err := a.bw.Write(rw.out.Bytes())
	a.size = int64(n)
	if err != nil {
		return errors.Join(fmt.Errorf("write %s: %w", name, err), a.closeFile())
	}
	return nil
}

// closeFile flushes, syncs and closes the current file and renames it to
// its final name; the next file gets a new warcinfo record ID. The caller
// holds a.mu.
func (a *archive) closeFile() error {
	if a.f == nil {
		return nil
	}
	f, name := a.f, a.name
	a.f, a.name, a.size, a.records = nil, "", 0, 0
	a.infoID = newRecordID()
	a.gen++
	open := filepath.Join(a.dir, name+openSuffix)
	err := a.bw.Flush()
	a.bw.Reset(nil)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("close %s: %w", name, err)
	}
	if err := os.Rename(open, filepath.Join(a.dir, name)); err != nil {
		return fmt.Errorf("close %s: %w", name, err)
	}
	if a.observer != nil {
		a.observer.Closed(filepath.Join(a.dir, name))
	}
	return nil
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
	if err := a.closeFile(); err != nil {
		return fmt.Errorf("rotate archive: %w", err)
	}
	return nil
}

// close closes the current file; later writes fail. Every write that
// returned before close is in a closed, renamed file when close returns.
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
	if err := a.closeFile(); err != nil {
		return fmt.Errorf("close archive: %w", err)
	}
	return nil
}

func statusText(res *http.Response) string {
	if res.Status != "" {
		return res.Status
	}
	return fmt.Sprintf("%d %s", res.StatusCode, http.StatusText(res.StatusCode))
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
