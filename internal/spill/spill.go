// Package spill keeps a map from 16-byte keys to fixed-size values whose memory
// does not grow with the number of entries: the entries put last are held in
// memory, and when they reach a set number they are sorted and written to a run
// file in a scratch directory. A lookup tries the entries in memory, then each
// run, newest first, through a Bloom filter and a sparse index (the first key of
// every block of about 4 KiB) kept in memory, reading at most one block from a
// run's file. Runs of similar size are merged, as in a binary counter, so that a
// table of n entries has about log2(n/held) runs and every entry is rewritten
// about as many times.
//
// A table costs its entries in memory (at most Options.Held of them) plus about
// 1.4 bytes per entry on disk-backed runs (the Bloom filter's 10 bits and the
// sparse index). It is scratch: nothing is fsynced, and Close removes its files;
// after a crash the directory is left for its owner to remove. The crawl's state,
// its seen sets and a dataset transaction's keys use it, so that a crawl's memory
// stays flat from 10,000 to 100,000 pages and beyond (issue 14). Embedded
// key-value stores were weighed and not taken: bbolt maps its file into memory
// (every page touched counts in the resident set), and pebble brings a memtable,
// a block cache and background compactions for what is a sorted set of fixed-size
// records here.
//
// A Table is not safe for concurrent use; its users hold a lock.
package spill

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
)

// Key is a table's key. Keys should be hashes (the tables here are keyed by
// SHA-256 prefixes); others work, the Bloom filters mix them first.
type Key = [16]byte

// DefaultHeld is the number of entries a table holds in memory when Options.Held
// is zero.
const DefaultHeld = 1 << 12

// blockBytes is the size of the blocks that a run's sparse index points into.
const blockBytes = 4096

// bloomBitsPerKey sizes a run's Bloom filter: 10 bits and 7 probes a key give about
// 1 % false positives.
const (
	bloomBitsPerKey = 10
	bloomProbes     = 7
)

// Options configure a table.
type Options struct {
	// Dir is an existing local directory for the run files; the table makes its own
	// directory inside it. Required.
	Dir string
	// Name prefixes the table's directory, to tell tables apart when debugging.
	Name string
	// ValueSize is the size of every value in bytes (0 for a set).
	ValueSize int
	// Held is the number of entries held in memory before they are written out as a
	// run; DefaultHeld when zero.
	Held int
}

// Table maps keys to values of Options.ValueSize bytes.
type Table struct {
	dir   string
	vsize int
	rsize int // a record on disk: key and value
	held  int

	mem  map[Key]int // key → offset of its value in vals
	vals []byte
	runs []*run // oldest first
	seq  int
	buf  []byte // a block read from a run
	err  error  // a failed write: the table no longer answers
}

// run is one sorted file of records, with what finds a key in it.
type run struct {
	path  string
	f     *os.File
	n     int      // records
	index []Key    // index[i] is the first key of block i
	bloom []uint64 // Bloom filter over the run's keys
}

// ErrClosed is returned by a table's methods after Close.
var ErrClosed = errors.New("spill table closed")

// New makes an empty table with its own directory in opts.Dir.
func New(opts Options) (*Table, error) {
	if opts.ValueSize < 0 {
		return nil, fmt.Errorf("new spill table: value size %d", opts.ValueSize)
	}
	if opts.Held <= 0 {
		opts.Held = DefaultHeld
	}
	dir, err := os.MkdirTemp(opts.Dir, "spill-"+opts.Name+"-")
	if err != nil {
		return nil, fmt.Errorf("new spill table: %w", err)
	}
	return &Table{
		dir:   dir,
		vsize: opts.ValueSize,
		rsize: len(Key{}) + opts.ValueSize,
		held:  opts.Held,
		mem:   make(map[Key]int),
	}, nil
}

// Len reports an upper bound of the entries in the table: a key put again after it
// was written out is counted twice until its runs are merged.
func (t *Table) Len() int {
	n := len(t.mem)
	for _, r := range t.runs {
		n += r.n
	}
	return n
}

// Put sets the value of k to v (len(v) must be the table's value size).
func (t *Table) Put(k Key, v []byte) error {
	if t.err != nil {
		return t.err
	}
	if len(v) != t.vsize {
		return fmt.Errorf("spill put: value of %d bytes in a table of %d-byte values", len(v), t.vsize)
	}
	if off, ok := t.mem[k]; ok {
		copy(t.vals[off:off+t.vsize], v)
		return nil
	}
	t.mem[k] = len(t.vals)
	t.vals = append(t.vals, v...)
	if len(t.mem) >= t.held {
		if err := t.spill(); err != nil {
			t.err = err
			return err
		}
	}
	return nil
}

// Add puts k with a zero value if the table does not hold it, and reports whether
// it was added. It is the insert of a set.
func (t *Table) Add(k Key) (added bool, err error) {
	ok, err := t.Get(k, nil)
	if err != nil || ok {
		return false, err
	}
	return true, t.Put(k, make([]byte, t.vsize))
}

// Get reports whether the table holds k and, if so and v is not nil, copies its
// value into v (which must hold the value size).
func (t *Table) Get(k Key, v []byte) (bool, error) {
	if t.err != nil {
		return false, t.err
	}
	if off, ok := t.mem[k]; ok {
		copy(v, t.vals[off:off+t.vsize])
		return true, nil
	}
	for i := len(t.runs) - 1; i >= 0; i-- {
		ok, err := t.runs[i].get(k, v, t)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// get looks for k in r.
func (r *run) get(k Key, v []byte, t *Table) (bool, error) {
	if !r.mayHold(k) {
		return false, nil
	}
	// The last block whose first key is <= k.
	b, found := slices.BinarySearchFunc(r.index, k, compareKeys)
	if !found {
		b--
	}
	if b < 0 {
		return false, nil
	}
	per := max(1, blockBytes/t.rsize)
	first := b * per
	n := min(per, r.n-first)
	buf := t.block(n * t.rsize)
	if _, err := r.f.ReadAt(buf, int64(first)*int64(t.rsize)); err != nil {
		return false, fmt.Errorf("spill get: read %s: %w", r.path, err)
	}
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch c := bytes.Compare(buf[m*t.rsize:m*t.rsize+len(k)], k[:]); {
		case c == 0:
			copy(v, buf[m*t.rsize+len(k):(m+1)*t.rsize])
			return true, nil
		case c < 0:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false, nil
}

// block returns the table's block buffer with n bytes.
func (t *Table) block(n int) []byte {
	if cap(t.buf) < n {
		t.buf = make([]byte, n)
	}
	return t.buf[:n]
}

func compareKeys(a, b Key) int { return bytes.Compare(a[:], b[:]) }

// All calls yield for every entry, in key order, with the newest value of each
// key, until yield returns false. It first writes out the entries in memory and
// merges every run into one. The table must not change during All.
func (t *Table) All(yield func(k Key, v []byte) bool) error {
	if t.err != nil {
		return t.err
	}
	if len(t.mem) > 0 {
		if err := t.writeRun(); err != nil {
			t.err = err
			return err
		}
	}
	for len(t.runs) > 1 {
		if err := t.mergeLast(); err != nil {
			t.err = err
			return err
		}
	}
	if len(t.runs) == 0 {
		return nil
	}
	r := t.runs[0]
	br := bufio.NewReaderSize(io.NewSectionReader(r.f, 0, int64(r.n)*int64(t.rsize)), 64<<10)
	rec := make([]byte, t.rsize)
	for range r.n {
		if _, err := io.ReadFull(br, rec); err != nil {
			return fmt.Errorf("spill all: read %s: %w", r.path, err)
		}
		if !yield(Key(rec[:len(Key{})]), rec[len(Key{}):]) {
			return nil
		}
	}
	return nil
}

// spill writes the entries in memory as a run, then merges the newest runs while
// the older of the last two is less than twice the size of the newer.
func (t *Table) spill() error {
	if err := t.writeRun(); err != nil {
		return err
	}
	for len(t.runs) >= 2 && t.runs[len(t.runs)-2].n < 2*t.runs[len(t.runs)-1].n {
		if err := t.mergeLast(); err != nil {
			return err
		}
	}
	return nil
}

// writeRun writes the entries in memory, sorted, as the newest run, and empties
// the memory (keeping its capacity).
func (t *Table) writeRun() error {
	keys := slices.SortedFunc(maps.Keys(t.mem), compareKeys)
	w, err := t.newRunWriter(len(keys))
	if err != nil {
		return err
	}
	for _, k := range keys {
		off := t.mem[k]
		w.add(k, t.vals[off:off+t.vsize])
	}
	r, err := w.finish()
	if err != nil {
		return err
	}
	t.runs = append(t.runs, r)
	clear(t.mem)
	t.vals = t.vals[:0]
	return nil
}

// mergeLast merges the two newest runs into one; of a key in both, the newer
// value is kept.
func (t *Table) mergeLast() error {
	old, young := t.runs[len(t.runs)-2], t.runs[len(t.runs)-1]
	w, err := t.newRunWriter(old.n + young.n)
	if err != nil {
		return err
	}
	a, b := newRunReader(old, t.rsize), newRunReader(young, t.rsize)
	for a.ok || b.ok {
		switch c := cmpReaders(a, b); {
		case c < 0:
			w.add(a.key(), a.val())
			a.next()
		case c > 0:
			w.add(b.key(), b.val())
			b.next()
		default:
			w.add(b.key(), b.val())
			a.next()
			b.next()
		}
	}
	if err := errors.Join(a.err, b.err); err != nil {
		w.abort()
		return fmt.Errorf("spill merge: %w", err)
	}
	r, err := w.finish()
	if err != nil {
		return err
	}
	for _, x := range []*run{old, young} {
		x.f.Close()
		os.Remove(x.path)
	}
	t.runs = append(t.runs[:len(t.runs)-2], r)
	return nil
}

// cmpReaders orders two readers by their current keys, a finished one last.
func cmpReaders(a, b *runReader) int {
	switch {
	case !a.ok:
		return 1
	case !b.ok:
		return -1
	}
	return bytes.Compare(a.rec[:len(Key{})], b.rec[:len(Key{})])
}

// runReader reads a run's records in order.
type runReader struct {
	br  *bufio.Reader
	rec []byte
	ok  bool
	err error
	n   int
}

func newRunReader(r *run, rsize int) *runReader {
	rr := &runReader{br: bufio.NewReaderSize(io.NewSectionReader(r.f, 0, int64(r.n)*int64(rsize)), 32<<10), rec: make([]byte, rsize), n: r.n}
	rr.next()
	return rr
}

func (r *runReader) next() {
	if r.n == 0 {
		r.ok = false
		return
	}
	r.n--
	if _, err := io.ReadFull(r.br, r.rec); err != nil {
		r.ok, r.err = false, err
		return
	}
	r.ok = true
}

func (r *runReader) key() Key    { return Key(r.rec[:len(Key{})]) }
func (r *runReader) val() []byte { return r.rec[len(Key{}):] }

// runWriter writes a new run and builds its index and Bloom filter.
type runWriter struct {
	t     *Table
	f     *os.File
	path  string
	bw    *bufio.Writer
	r     *run
	per   int
	err   error
	nbits uint64
}

func (t *Table) newRunWriter(capacity int) (*runWriter, error) {
	t.seq++
	path := t.dir + string(os.PathSeparator) + "run-" + strconv.Itoa(t.seq)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("spill: create run: %w", err)
	}
	per := max(1, blockBytes/t.rsize)
	words := (capacity*bloomBitsPerKey + 63) / 64
	if words == 0 {
		words = 1
	}
	return &runWriter{
		t: t, f: f, path: path, bw: bufio.NewWriterSize(f, 64<<10), per: per,
		r:     &run{path: path, f: f, bloom: make([]uint64, words), index: make([]Key, 0, (capacity+per-1)/per)},
		nbits: uint64(words) * 64,
	}, nil
}

func (w *runWriter) add(k Key, v []byte) {
	if w.r.n%w.per == 0 {
		w.r.index = append(w.r.index, k)
	}
	w.r.n++
	h1, h2 := bloomHashes(k)
	for i := range uint64(bloomProbes) {
		bit := (h1 + i*h2) % w.nbits
		w.r.bloom[bit/64] |= 1 << (bit % 64)
	}
	if w.err == nil {
		if _, err := w.bw.Write(k[:]); err != nil {
			w.err = err
		} else if _, err := w.bw.Write(v); err != nil {
			w.err = err
		}
	}
}

func (w *runWriter) finish() (*run, error) {
	err := w.err
	if err == nil {
		err = w.bw.Flush()
	}
	if err != nil {
		w.abort()
		return nil, fmt.Errorf("spill: write run: %w", err)
	}
	return w.r, nil
}

func (w *runWriter) abort() {
	w.f.Close()
	os.Remove(w.path)
}

// mayHold reports whether r may hold k (false: it surely does not).
func (r *run) mayHold(k Key) bool {
	nbits := uint64(len(r.bloom)) * 64
	h1, h2 := bloomHashes(k)
	for i := range uint64(bloomProbes) {
		bit := (h1 + i*h2) % nbits
		if r.bloom[bit/64]&(1<<(bit%64)) == 0 {
			return false
		}
	}
	return true
}

// bloomHashes derives the two hashes of double hashing from a key, mixed with
// splitmix64's finaliser so that keys that are not hashes spread as well.
func bloomHashes(k Key) (h1, h2 uint64) {
	a := binary.LittleEndian.Uint64(k[:8])
	b := binary.LittleEndian.Uint64(k[8:])
	return mix(a ^ mix(b)), mix(b+0x9e3779b97f4a7c15) | 1
}

func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Close closes the table's files and removes its directory. Later calls fail with
// ErrClosed.
func (t *Table) Close() error {
	if errors.Is(t.err, ErrClosed) {
		return nil
	}
	for _, r := range t.runs {
		r.f.Close()
	}
	t.runs, t.mem, t.vals, t.buf = nil, nil, nil, nil
	t.err = ErrClosed
	if err := os.RemoveAll(t.dir); err != nil {
		return fmt.Errorf("close spill table: %w", err)
	}
	return nil
}

// Dir returns the table's own directory.
func (t *Table) Dir() string { return t.dir }
