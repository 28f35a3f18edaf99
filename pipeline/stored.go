package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/s2"
	"golang.org/x/sync/errgroup"

	"govwatch/extract"
	"govwatch/pipeline/dataset"
)

// storedArticles holds the text of the article rows that a reprocess may take instead
// of parsing their archived pages again: rows whose parse key is the one their source
// has now (see parseKeys), so that the page would parse to the same title, paragraphs,
// images and dates. They are read once from the old articles table, column by column
// in record batches, and copied to a scratch file (S2-compressed), so that memory
// holds only an index of 16 bytes a row; the old table stays in place until the swap.
// Two loaders read it, each its own partitions into its own file.
//
// A capture is matched to its row by source, canonical URL and fetch time (the row's
// fetched_at is the capture's WARC-Date to the microsecond): a row written by a crawl
// or a reprocess from that capture. Each row serves one capture at most; a later
// capture of the same time and URL, a capture whose row was not stored (a page that
// failed, a crawl that did not commit) and every page of a source without a key take
// the archive path, which is the reference: storedArticles only saves its work.
type storedArticles struct {
	files [storedLoaders]*os.File
	seed  maphash.Seed
	// index holds a capture key and the place of its row's record for each row,
	// sorted by key; the place is -1 once taken, or when two rows have the key. A
	// sorted slice takes 16 bytes a row, a map about twice that and its growth,
	// which the 100k reprocess's peak RSS felt.
	index []storedEntry
	rows  int
	// reused counts the pages whose article was read back from a row.
	reused atomic.Int64
	// unopened counts the WARC files whose captures came from their capture index.
	unopened int
}

// storedKey is the index key of a capture or row: its source, canonical URL and
// fetch time in microseconds. Two keys that collide are told apart by the record,
// which holds all three.
func (s *storedArticles) key(sourceID, url string, micros int64) uint64 {
	var h maphash.Hash
	h.SetSeed(s.seed)
	h.WriteString(sourceID)
	h.WriteByte(0)
	h.WriteString(url)
	h.WriteByte(0)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(micros))
	h.Write(b[:])
	return h.Sum64()
}

// storedColumns are the columns of the articles table that loadStored reads.
var storedColumns = []string{"url", "source_id", "title", "body", "registered_jalali", "occurred_jalali",
	"image_urls", "fetched_at", "content_hash", "layout", "parse_key"}

// storedBatchRows is the record batch of the scan of the old articles table: a few
// hundred rows of text, so that the scan holds well under a MiB of it at a time
// (the dataset's default batch of 4,096 rows put the reprocess's peak over 100 MiB).
const storedBatchRows = 256

// storedLoaders is the number of goroutines that read the old table, each its own
// partitions into its own file: the load comes before any page is analysed, so it is
// time of the run's wall on one core otherwise.
const storedLoaders = 2

// loadStored copies the current rows of the articles table of the dataset at dataDir
// (those whose parse_key is keys[source_id], not empty, and whose layout is
// layouts[source_id] when that is set) to files in dir. An error means the table could not be read;
// the caller then reads every page from the archive.
func loadStored(ctx context.Context, dataDir, dir string, keys, layouts map[string]string) (*storedArticles, error) {
	ds, err := dataset.Open(dataDir, dataset.Options{ReadOnly: true, BatchRows: storedBatchRows})
	if err != nil {
		return nil, fmt.Errorf("stored articles: %w", err)
	}
	defer ds.Close()
	ents, err := os.ReadDir(filepath.Join(dataDir, dataset.TableArticles))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("stored articles: %w", err)
	}
	groups := make([][]string, storedLoaders)
	n := 0
	for _, e := range ents {
		if m, ok := strings.CutPrefix(e.Name(), "registered_month="); ok && e.IsDir() {
			groups[n%storedLoaders] = append(groups[n%storedLoaders], m)
			n++
		}
	}
	s := &storedArticles{seed: maphash.MakeSeed()}
	parts := make([]storedPart, storedLoaders)
	g, gctx := errgroup.WithContext(ctx)
	for i := range parts {
		if len(groups[i]) == 0 {
			continue
		}
		g.Go(func() error {
			var err error
			parts[i], err = s.loadPart(gctx, ds, filepath.Join(dir, fmt.Sprintf("stored-articles-%d", i)), groups[i], keys, layouts)
			return err
		})
	}
	err = g.Wait()
	for i, p := range parts {
		if p.f != nil {
			s.files[i] = p.f
		}
	}
	if err != nil {
		s.close()
		return nil, fmt.Errorf("stored articles: %w", err)
	}
	// The place of a record is its offset times storedLoaders plus its file.
	n = 0
	for _, p := range parts {
		n += len(p.index)
	}
	s.index = make([]storedEntry, 0, n)
	for i := range parts {
		for _, e := range parts[i].index {
			s.index = append(s.index, storedEntry{key: e.key, at: e.at*storedLoaders + int64(i)})
		}
		parts[i].index = nil
	}
	slices.SortFunc(s.index, func(a, b storedEntry) int { return cmp.Compare(a.key, b.key) })
	for i := range s.index {
		if (i > 0 && s.index[i-1].key == s.index[i].key) || (i+1 < len(s.index) && s.index[i+1].key == s.index[i].key) {
			s.index[i].at = -1 // two rows of one key (a collision): neither is taken
		} else {
			s.rows++
		}
	}
	return s, nil
}

// storedPart is what one loader read: its file and the offsets of its records.
type storedPart struct {
	f     *os.File
	index []storedEntry // in file order
}

// storedEntry is a row's capture key and the place of its record.
type storedEntry struct {
	key uint64
	at  int64
}

// loadPart copies the current rows of the partitions months to the file name.
func (s *storedArticles) loadPart(ctx context.Context, ds *dataset.Dataset, name string, months []string, keys, layouts map[string]string) (storedPart, error) {
	f, err := os.Create(name)
	if err != nil {
		return storedPart{}, err
	}
	p := storedPart{f: f}
	bw := bufio.NewWriterSize(f, 256<<10)
	var off int64
	var raw, comp []byte
	err = ds.ScanArticles(ctx, dataset.Filter{Months: months, Columns: storedColumns}, func(r dataset.ArticleRow) error {
		if r.ParseKey == "" || r.ParseKey != keys[r.SourceID] || (layouts[r.SourceID] != "" && r.Layout != layouts[r.SourceID]) {
			return nil
		}
		k := s.key(r.SourceID, r.URL, r.FetchedAt.UnixMicro())
		raw = encodeStored(raw[:0], r)
		comp = s2.Encode(comp[:cap(comp)], raw)
		var n [4]byte
		binary.LittleEndian.PutUint32(n[:], uint32(len(comp)))
		if _, err := bw.Write(n[:]); err != nil {
			return err
		}
		if _, err := bw.Write(comp); err != nil {
			return err
		}
		p.index = append(p.index, storedEntry{key: k, at: off})
		off += int64(4 + len(comp))
		return nil
	})
	if err == nil {
		err = bw.Flush()
	}
	return p, err
}

// take returns the place of the stored row of capture c with canonical URL canon, or
// -1; a row is taken once.
func (s *storedArticles) take(c extract.Capture, canon string) int64 {
	_, at := s.takeAt(c, canon)
	return at
}

// takeAt is take that also returns the row's place in the index, for giving it
// back.
func (s *storedArticles) takeAt(c extract.Capture, canon string) (pos int, at int64) {
	if s == nil || len(s.index) == 0 {
		return -1, -1
	}
	k := s.key(c.SourceID, canon, c.FetchedAt.UnixMicro())
	i, ok := slices.BinarySearchFunc(s.index, k, func(e storedEntry, k uint64) int { return cmp.Compare(e.key, k) })
	if !ok || s.index[i].at < 0 {
		return -1, -1
	}
	at = s.index[i].at
	s.index[i].at = -1
	return i, at
}

// article reads the row at off back as the article that parsing capture c would give;
// false when the record cannot be read or is not c's (a collision of keys).
func (s *storedArticles) article(off int64, c extract.Capture, canon string) (extract.Article, bool) {
	f := s.files[off%storedLoaders]
	off /= storedLoaders
	var n [4]byte
	if _, err := f.ReadAt(n[:], off); err != nil {
		return extract.Article{}, false
	}
	comp := make([]byte, binary.LittleEndian.Uint32(n[:]))
	if _, err := f.ReadAt(comp, off+4); err != nil {
		return extract.Article{}, false
	}
	raw, err := s2.Decode(nil, comp)
	if err != nil {
		return extract.Article{}, false
	}
	r, ok := decodeStored(raw)
	if !ok || r.SourceID != c.SourceID || r.URL != canon || r.FetchedAt.UnixMicro() != c.FetchedAt.UnixMicro() {
		return extract.Article{}, false
	}
	art := articleOfRow(r)
	art.FetchedAt = c.FetchedAt
	return art, true
}

// articleOfRow is the article whose analysis gives row r back: the stored title, the
// body's paragraphs, and the dates as printed. transform's normalisation is
// idempotent, so the analysis of the stored (normalised) text is the analysis of the
// page's (TestStoredTextAnalysesAlike holds this over the real passages).
func articleOfRow(r dataset.ArticleRow) extract.Article {
	a := extract.Article{
		URL:               r.URL,
		SourceID:          r.SourceID,
		Title:             r.Title,
		ImageURLs:         r.ImageURLs,
		RegisteredPrinted: r.RegisteredJalali,
		OccurredPrinted:   r.OccurredJalali,
		FetchedAt:         r.FetchedAt,
		ContentHash:       r.ContentHash,
		Layout:            r.Layout,
	}
	if r.Body != "" {
		a.Paragraphs = strings.Split(r.Body, "\n\n")
	}
	return a
}

func (s *storedArticles) close() {
	if s == nil {
		return
	}
	for i, f := range s.files {
		if f != nil {
			f.Close()
			s.files[i] = nil
		}
	}
}

// encodeStored appends the fields of r that articleOfRow needs, each as a uvarint
// length and its bytes.
func encodeStored(b []byte, r dataset.ArticleRow) []byte {
	for _, v := range []string{r.URL, r.SourceID, r.Title, r.Body, r.RegisteredJalali, r.OccurredJalali, r.ContentHash, r.Layout} {
		b = binary.AppendUvarint(b, uint64(len(v)))
		b = append(b, v...)
	}
	b = binary.AppendVarint(b, r.FetchedAt.UnixMicro())
	b = binary.AppendUvarint(b, uint64(len(r.ImageURLs)))
	for _, u := range r.ImageURLs {
		b = binary.AppendUvarint(b, uint64(len(u)))
		b = append(b, u...)
	}
	return b
}

func decodeStored(b []byte) (dataset.ArticleRow, bool) {
	var r dataset.ArticleRow
	str := func() (string, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return "", false
		}
		v := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return v, true
	}
	for _, p := range []*string{&r.URL, &r.SourceID, &r.Title, &r.Body, &r.RegisteredJalali, &r.OccurredJalali, &r.ContentHash, &r.Layout} {
		v, ok := str()
		if !ok {
			return r, false
		}
		*p = v
	}
	us, k := binary.Varint(b)
	if k <= 0 {
		return r, false
	}
	b = b[k:]
	r.FetchedAt = time.UnixMicro(us).UTC()
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return r, false
	}
	b = b[k:]
	for range n {
		u, ok := str()
		if !ok {
			return r, false
		}
		r.ImageURLs = append(r.ImageURLs, u)
	}
	return r, len(b) == 0
}
