package pipeline

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/s2"

	"govwatch/extract"
)

// A capture index lists, for one WARC file of the archive, the captures a reprocess
// reads from it (article responses, status 200, received whole): source, URL and
// fetch time, in file order. A reprocess writes one for each file it reads, under
// DATA_DIR/_state/warcindex/, named after the file and bound to its size and
// modification time. The next reprocess, when every capture such an index lists has
// a stored row it can take (see storedArticles), takes the captures from the index and
// does not open the WARC file at all: the file's records are inflated only to reach
// the next one. The index also holds the body (and Content-Type) of every capture the
// reprocess that wrote it parsed from the archive (one it had no stored row for: a
// page cut at the analysis bounds, a page that failed, a repeated capture), up to the
// WARC file's own size in all, so that such a capture does not make the next
// reprocess read the whole file; a capture with neither a row nor a body in the index
// does.
const warcIndexDir = "_state/warcindex"

// warcIndexMagic opens every index file; its version goes up with the format.
const warcIndexMagic = "govwatch-warcindex/3"

// indexEntry is one capture of an index.
type indexEntry struct {
	sourceID, url string
	fetchedAt     int64 // UnixNano of the WARC-Date
	hasBody       bool
	contentType   string
	body          []byte
	// offset is where the exchange's records start in the WARC file, for
	// an entry a crawl wrote (hasOffset): the page can be read alone there.
	hasOffset bool
	offset    int64
}

func (e indexEntry) capture() extract.Capture {
	c := extract.Capture{URL: e.url, SourceID: e.sourceID, Kind: extract.KindArticle, Status: 200,
		FetchedAt: time.Unix(0, e.fetchedAt).UTC()}
	if e.hasBody {
		c.Header = http.Header{"Content-Type": {e.contentType}}
		c.Body = e.body
		if c.Body == nil {
			c.Body = []byte{}
		}
	}
	return c
}

// indexed reports whether a reprocess reads c: the captures an index lists.
func indexed(c extract.Capture) bool {
	return c.Kind == extract.KindArticle && c.Status == 200 && c.Truncated == ""
}

// warcIndexes are the capture indexes of one data directory.
type warcIndexes struct {
	dir string // DATA_DIR/_state/warcindex
}

func (x warcIndexes) path(warcFile string) string {
	return filepath.Join(x.dir, filepath.Base(warcFile)+".idx")
}

// indexHeader is the first line of the index of the WARC file fi: its name, size and
// modification time, so that an index of another file of the same name is not read.
func indexHeader(fi fs.FileInfo) string {
	return warcIndexMagic + " " + fi.Name() + " " + strconv.FormatInt(fi.Size(), 10) + " " + strconv.FormatInt(fi.ModTime().UnixNano(), 10) + "\n"
}

// sweep removes the indexes of WARC files that are no longer in archiveDir.
func (x warcIndexes) sweep(archiveDir string) {
	ents, _ := os.ReadDir(x.dir)
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".idx")
		if !ok {
			os.Remove(filepath.Join(x.dir, e.Name())) // a temporary file a crash left
			continue
		}
		if _, err := os.Stat(filepath.Join(archiveDir, name)); errors.Is(err, fs.ErrNotExist) {
			os.Remove(filepath.Join(x.dir, e.Name()))
		}
	}
}

// indexWriter writes the index of one WARC file to a temporary file, renamed into
// place by commit.
type indexWriter struct {
	f    *os.File
	w    *s2.Writer
	dst  string
	buf  []byte
	fail bool
	// bodies is what the bodies written may still take, in bytes: the WARC
	// file's size at first.
	bodies int64
}

func (x warcIndexes) create(warcFile string, fi fs.FileInfo) *indexWriter {
	if err := os.MkdirAll(x.dir, 0o755); err != nil {
		return nil
	}
	f, err := os.CreateTemp(x.dir, "tmp-*")
	if err != nil {
		return nil
	}
	iw := &indexWriter{f: f, dst: x.path(warcFile), bodies: fi.Size()}
	if _, err := f.WriteString(indexHeader(fi)); err != nil {
		iw.abort()
		return nil
	}
	iw.w = s2.NewWriter(f, s2.WriterConcurrency(1))
	return iw
}

// add lists c, with its body when withBody is set and the bodies' budget allows.
func (iw *indexWriter) add(c extract.Capture, withBody bool) {
	if iw == nil || iw.fail {
		return
	}
	b := appendEntryHead(iw.buf[:0], c)
	if withBody && int64(len(c.Body)) <= iw.bodies {
		iw.bodies -= int64(len(c.Body))
		b = append(b, 1)
		ct := c.Header.Get("Content-Type")
		b = binary.AppendUvarint(b, uint64(len(ct)))
		b = append(b, ct...)
		b = binary.AppendUvarint(b, uint64(len(c.Body)))
		b = append(b, c.Body...)
	} else {
		b = append(b, 0)
	}
	iw.buf = b
	if _, err := iw.w.Write(b); err != nil {
		iw.fail = true
	}
}

// commit puts the index in place; an index that could not be written is dropped.
func (iw *indexWriter) commit() {
	if iw == nil {
		return
	}
	if iw.fail || iw.w.Close() != nil || iw.f.Sync() != nil {
		iw.abort()
		return
	}
	if iw.f.Close() != nil || os.Rename(iw.f.Name(), iw.dst) != nil {
		os.Remove(iw.f.Name())
	}
}

func (iw *indexWriter) abort() {
	if iw == nil {
		return
	}
	iw.f.Close()
	os.Remove(iw.f.Name())
}

// appendEntryHead appends what every entry of an index starts with: the capture's
// source, URL and fetch time.
func appendEntryHead(b []byte, c extract.Capture) []byte {
	for _, v := range []string{c.SourceID, c.URL} {
		b = binary.AppendUvarint(b, uint64(len(v)))
		b = append(b, v...)
	}
	return binary.AppendVarint(b, c.FetchedAt.UnixNano())
}

// crawlIndexer writes the capture index of each WARC file a crawl writes, as an
// extract.ArchiveObserver: entries (without bodies) stream to a temporary file as
// the exchanges are archived, and become the file's index, under the header that
// names its final size and time, when the file is closed. Nothing grows in memory
// with the crawl. An index that cannot be written is left out: the next reprocess
// reads that file.
type crawlIndexer struct {
	x    warcIndexes
	file string // the WARC file whose entries tmp holds
	tmp  *os.File
	w    *s2.Writer
	buf  []byte
	fail bool
}

func (ci *crawlIndexer) Archived(file string, offset int64, c extract.Capture) {
	if file != ci.file {
		ci.drop()
		ci.file = file
		if err := os.MkdirAll(ci.x.dir, 0o755); err != nil {
			ci.fail = true
			return
		}
		f, err := os.CreateTemp(ci.x.dir, "tmp-*")
		if err != nil {
			ci.fail = true
			return
		}
		ci.tmp, ci.w = f, s2.NewWriter(f, s2.WriterConcurrency(1))
	}
	if ci.fail || !indexed(c) {
		return
	}
	ci.buf = binary.AppendVarint(append(appendEntryHead(ci.buf[:0], c), 2), offset)
	if _, err := ci.w.Write(ci.buf); err != nil {
		ci.fail = true
	}
}

func (ci *crawlIndexer) Closed(path string) {
	if filepath.Base(path) != ci.file || ci.tmp == nil {
		ci.drop()
		return
	}
	defer ci.drop()
	fi, err := os.Stat(path)
	if ci.fail || err != nil || ci.w.Close() != nil {
		return
	}
	out, err := os.CreateTemp(ci.x.dir, "tmp-*")
	if err != nil {
		return
	}
	_, err = out.WriteString(indexHeader(fi))
	if err == nil {
		_, err = ci.tmp.Seek(0, io.SeekStart)
	}
	if err == nil {
		_, err = io.Copy(out, ci.tmp)
	}
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil || os.Rename(out.Name(), ci.x.path(path)) != nil {
		os.Remove(out.Name())
	}
}

// drop removes the entries of the current file, written or not.
func (ci *crawlIndexer) drop() {
	if ci.tmp != nil {
		ci.tmp.Close()
		os.Remove(ci.tmp.Name())
	}
	ci.file, ci.tmp, ci.w, ci.fail = "", nil, nil, false
}

// each calls fn for every entry of the index of warcFile, in file order. ok is false
// when there is no index for the file as it is now, or it cannot be read to its end.
func (x warcIndexes) each(warcFile string, fi fs.FileInfo, fn func(indexEntry) bool) (ok bool) {
	f, err := os.Open(x.path(warcFile))
	if err != nil {
		return false
	}
	defer f.Close()
	br := bufio.NewReader(f)
	head, err := br.ReadString('\n')
	if err != nil || head != indexHeader(fi) {
		return false
	}
	r := bufio.NewReader(s2.NewReader(br))
	bytesOf := func(limit uint64) ([]byte, error) {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		if n > limit {
			return nil, errors.New("index entry too long")
		}
		b := make([]byte, n)
		_, err = io.ReadFull(r, b)
		return b, err
	}
	str := func() (string, error) {
		b, err := bytesOf(1 << 20)
		return string(b), err
	}
	for {
		var e indexEntry
		e.sourceID, err = str()
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return false
		}
		if e.url, err = str(); err != nil {
			return false
		}
		if e.fetchedAt, err = binary.ReadVarint(r); err != nil {
			return false
		}
		flag, err := r.ReadByte()
		if err != nil || flag > 2 {
			return false
		}
		if e.hasOffset = flag == 2; e.hasOffset {
			if e.offset, err = binary.ReadVarint(r); err != nil || e.offset < 0 || e.offset >= fi.Size() {
				return false
			}
		}
		if e.hasBody = flag == 1; e.hasBody {
			if e.contentType, err = str(); err != nil {
				return false
			}
			if e.body, err = bytesOf(uint64(fi.Size())); err != nil {
				return false
			}
		}
		if !fn(e) {
			return false
		}
	}
}

// readArchive calls fn for every capture of the archive in opts.Crawl.ArchiveDir that a
// rebuild reads, in archive order, as extract.ReadArchive does, with the place of its
// stored row (-1 for none, see storedArticles.take). A file whose index lists only
// captures whose rows stored can give, or whose bodies it holds, is not opened: its
// captures come from the index, those with a row without a body (and fromIndex set).
// Every file it reads gets a fresh index. use says what a capture needs.
func readArchive(ctx context.Context, opts Options, scratch string, stored *storedArticles, use func(c extract.Capture) captureUse,
	fn func(c extract.Capture, row int64, canon string, fromIndex bool) error) error {
	archiveDir := opts.Crawl.ArchiveDir
	files, err := filepath.Glob(filepath.Join(archiveDir, "*.warc.gz"))
	if err != nil {
		return fmt.Errorf("read archive: %w", err)
	}
	slices.Sort(files)
	x := warcIndexes{dir: filepath.Join(opts.DataDir, filepath.FromSlash(warcIndexDir))}
	x.sweep(archiveDir)
	// ReadArchive reads a directory: each file is read through a directory that
	// holds only a link to it.
	links := filepath.Join(scratch, "warc")
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		fi, err := os.Stat(name)
		if err != nil {
			return fmt.Errorf("read archive: %w", err)
		}
		if stored != nil {
			done, err := readIndexed(x, name, fi, stored, use, fn)
			if err != nil {
				return err
			}
			if done {
				continue
			}
		}
		if err := os.RemoveAll(links); err != nil {
			return fmt.Errorf("read archive: %w", err)
		}
		if err := os.MkdirAll(links, 0o755); err != nil {
			return fmt.Errorf("read archive: %w", err)
		}
		abs, err := filepath.Abs(name)
		if err != nil {
			return fmt.Errorf("read archive: %w", err)
		}
		if err := os.Symlink(abs, filepath.Join(links, filepath.Base(name))); err != nil {
			return fmt.Errorf("read archive: %w", err)
		}
		iw := x.create(name, fi)
		err = extract.ReadArchive(ctx, links, func(c extract.Capture) error {
			if !indexed(c) {
				return nil
			}
			row, canon := int64(-1), ""
			if stored != nil && use(c) == useRow {
				if u, err := extract.Canonical(c.URL); err == nil {
					row, canon = stored.take(c, u), u
				}
			}
			// The body of a page parsed now, for the next reprocess; none from a
			// reprocess that reads every page (it would copy the archive).
			iw.add(c, row < 0 && stored != nil)
			return fn(c, row, canon, false)
		})
		if err != nil {
			iw.abort()
			return err
		}
		iw.commit()
	}
	return nil
}

// captureUse is what a rebuild does with a capture.
type captureUse int

const (
	useSkip  captureUse = iota // not read at all (a source no longer configured)
	useParse                   // parsed from its body (a source with no parse key)
	useRow                     // taken from its stored row if there is one, else parsed
)

// takenRow is a capture's stored row taken by readIndexed: its place in the index and
// the place of its record.
type takenRow struct {
	pos int
	at  int64
}

// readIndexed passes the captures of warcFile to fn from its index, without opening
// the file, when the index is current and every capture it lists that the rebuild
// reads has a stored row to take; done is false, and nothing was passed, when not.
func readIndexed(x warcIndexes, warcFile string, fi fs.FileInfo, stored *storedArticles, use func(c extract.Capture) captureUse,
	fn func(c extract.Capture, row int64, canon string, fromIndex bool) error) (done bool, err error) {
	var taken []takenRow
	covered := x.each(warcFile, fi, func(e indexEntry) bool {
		c := e.capture()
		switch use(c) {
		case useSkip:
			return true
		case useParse:
			taken = append(taken, takenRow{pos: -1, at: -1})
			return e.hasBody || e.hasOffset
		}
		canon, err := extract.Canonical(c.URL)
		if err != nil {
			taken = append(taken, takenRow{pos: -1, at: -1})
			return e.hasBody || e.hasOffset
		}
		pos, at := stored.takeAt(c, canon)
		if at < 0 && !e.hasBody && !e.hasOffset {
			return false
		}
		taken = append(taken, takenRow{pos: pos, at: at})
		return true
	})
	if !covered {
		for _, t := range taken {
			if t.at >= 0 {
				stored.index[t.pos].at = t.at // given back: the file is read
			}
		}
		return false, nil
	}
	i := 0
	var fnErr error
	ok := x.each(warcFile, fi, func(e indexEntry) bool {
		c := e.capture()
		if use(c) == useSkip {
			return true
		}
		if i == len(taken) {
			fnErr = fmt.Errorf("read archive: index of %s changed while read", warcFile)
			return false
		}
		if c.Body == nil && taken[i].at < 0 && e.hasOffset {
			// A page with no row to take back, read alone at its offset.
			one, err := extract.ReadArchiveAt(warcFile, e.offset)
			if err != nil {
				fnErr = fmt.Errorf("%w (run reprocess --from-warc)", err)
				return false
			}
			c = one
		}
		canon, _ := extract.Canonical(c.URL)
		if fnErr = fn(c, taken[i].at, canon, c.Body == nil); fnErr != nil {
			return false
		}
		i++
		return true
	})
	if fnErr != nil {
		return true, fnErr
	}
	if !ok || i != len(taken) {
		// Some captures were passed already: the file cannot be read instead.
		return true, fmt.Errorf("read archive: index of %s unreadable on its second reading; run reprocess --from-warc", warcFile)
	}
	stored.unopened++
	return true, nil
}
