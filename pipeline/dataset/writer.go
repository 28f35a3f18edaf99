package dataset

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/klauspost/compress/s2"

	"govwatch/internal/spill"
)

// Default values of [Options] fields left at zero.
const (
	DefaultRowGroupBytes = 1 << 20
	DefaultMaxFileBytes  = 256 << 20
	DefaultBatchRows     = 4096
	DefaultMaxOpenFiles  = 64
	DefaultMaxBuffered   = 1 << 20
)

// Options tunes a Dataset. The zero value gives the defaults.
type Options struct {
	// RowGroupBytes is the size of a Parquet row group, measured as the uncompressed
	// Arrow size of its rows. A Txn writes no part file before Commit: rows wait in
	// memory until more than MaxBufferedBytes do, then are spilled to a scratch file
	// as Arrow IPC record batches, one or more per partition, and Commit writes each
	// partition in turn, its batches gathered into row groups of about this size
	// (one row group is held in memory, compressed, until it is complete). Zero means
	// DefaultRowGroupBytes (1 MiB).
	RowGroupBytes int64
	// MaxFileBytes is the compressed size after which a part file is closed and the
	// partition continues in a new one. Zero means DefaultMaxFileBytes (256 MiB).
	MaxFileBytes int64
	// BatchRows is the number of rows in each record batch a read hands out. Zero
	// means DefaultBatchRows (4096).
	BatchRows int
	// MaxOpenFiles bounds the part files a Txn keeps open at once. Commit writes one
	// partition at a time, so one file is open at most. Zero means
	// DefaultMaxOpenFiles (64).
	MaxOpenFiles int
	// MaxBufferedBytes bounds the rows a Txn holds in memory, estimated as
	// uncompressed Arrow bytes. When it is exceeded, every waiting row is spilled to
	// the scratch directory (see RowGroupBytes): the size of row groups does not
	// depend on it. Zero means DefaultMaxBuffered (1 MiB).
	MaxBufferedBytes int64
	// ScratchDir is an existing local directory under which a Txn keeps the keys of
	// the article versions committed before it and added by it, and the partition of
	// each article added, in spill tables (see govwatch/internal/spill): in memory
	// only the latest few thousand, the rest in sorted files, so that a Txn's memory
	// does not grow with its rows. Empty means the run's scratch directory in the
	// dataset's staging area (DIR/_staging/RUN.scratch, removed by the recovery of
	// the next Begin if a crash leaves it) for a local dataset, and a directory
	// below os.TempDir for an object store.
	ScratchDir string
	// ReadOnly opens the dataset for reading only: Open does no recovery and Begin
	// returns ErrReadOnly.
	ReadOnly bool
	// FastCompression writes the part files with zstd's fastest level (1) instead of
	// its default (3): about half the CPU of compressing, for files a few per cent
	// larger. A reprocess, which writes every table again at its end on one core,
	// uses it.
	FastCompression bool
	// Lock, when set, is the write lock of the dataset's directory that the caller
	// already holds (a run takes it before it opens the dataset): Open and Begin use
	// it instead of taking the lock themselves, and a Txn leaves it held when it
	// ends. Nil means Begin takes the lock for the Txn and releases it at its end.
	Lock *Lock
}

func (o Options) withDefaults() Options {
	if o.RowGroupBytes <= 0 {
		o.RowGroupBytes = DefaultRowGroupBytes
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.BatchRows <= 0 {
		o.BatchRows = DefaultBatchRows
	}
	if o.MaxOpenFiles <= 0 {
		o.MaxOpenFiles = DefaultMaxOpenFiles
	}
	if o.MaxBufferedBytes <= 0 {
		o.MaxBufferedBytes = DefaultMaxBuffered
	}
	return o
}

// testHook, if set by a test, is called at each step of writing and committing, with
// the step's name; a crash test blocks in it and kills the process.
var testHook func(step string)

func hook(step string) {
	if testHook != nil {
		testHook(step)
	}
}

// Dataset is a directory, or an object-store prefix, of govwatch tables. Its methods
// are safe for concurrent use; it allows one open Txn at a time.
type Dataset struct {
	dir  string // the location as given: a path, a file:// or an s3:// URL
	ls   *lazyStore
	opts Options
	mem  memory.Allocator

	mu     sync.Mutex
	active *Txn
}

// Open opens the dataset at dir: a directory (created if needed), a file:// URL or
// an s3:// URL (see [IsURL]). Unless opts.ReadOnly is set, it first recovers a
// directory from an interrupted run: a run whose manifest was written but not
// marked done is rolled forward, and staged files of a run without a manifest are
// deleted. Recovery is skipped when another process holds the write lock (it is
// then that process's business), and Begin repeats it under the lock. An object
// store is recovered by Begin only, and is first reached at the first read or
// Begin, with that call's context.
func Open(dir string, opts Options) (*Dataset, error) {
	ds := &Dataset{dir: dir, opts: opts.withDefaults(), mem: memory.DefaultAllocator}
	ds.ls = &lazyStore{location: dir, create: !opts.ReadOnly}
	if IsURL(dir) {
		return ds, nil
	}
	local, _ := LocalPath(dir)
	if opts.ReadOnly {
		if _, err := os.Stat(local); err != nil {
			return nil, fmt.Errorf("open dataset: %w", err)
		}
		ds.ls.st = dirStore{dir: local}
		return ds, nil
	}
	if err := os.MkdirAll(local, 0o755); err != nil {
		return nil, fmt.Errorf("open dataset: %w", err)
	}
	st := dirStore{dir: local}
	ds.ls.st = st
	if !opts.Lock.Held(dir) {
		lock, err := TryLock(local, LockNote{})
		if errors.Is(err, ErrLocked) {
			return ds, nil
		}
		if err != nil {
			return nil, fmt.Errorf("open dataset: %w", err)
		}
		defer lock.Unlock()
	}
	if err := st.recover(); err != nil {
		return nil, fmt.Errorf("open dataset: recover: %w", err)
	}
	return ds, nil
}

// Dir returns the dataset's location as given to Open.
func (ds *Dataset) Dir() string { return ds.dir }

// store returns the dataset's storage, opening an object store at first use.
func (ds *Dataset) store(ctx context.Context) (store, error) {
	st, err := ds.ls.get(ctx)
	if err != nil {
		return nil, fmt.Errorf("open storage %s: %w", Redact(ds.dir), err)
	}
	return st, nil
}

// tryLock takes the dataset's write lock: the flock of a directory, or a lease on
// the object store the dataset is in.
func (ds *Dataset) tryLock(ctx context.Context, note LockNote) (*Lock, error) {
	st, err := ds.store(ctx)
	if err != nil {
		return nil, err
	}
	bs, ok := st.(*blobStore)
	if !ok {
		return TryLock(ds.dir, note)
	}
	fillNote(&note)
	l, err := takeLease(ctx, bs, note, false)
	if err != nil {
		var le *LockedError
		if errors.As(err, &le) {
			le.Path = bs.path(leaseDir)
		}
		return nil, err
	}
	return &Lock{dir: ds.dir, lease: l, note: note}, nil
}

// Close releases the dataset's connection to its object store, if any.
func (ds *Dataset) Close() error {
	ds.ls.mu.Lock()
	defer ds.ls.mu.Unlock()
	if ds.ls.st == nil {
		return nil
	}
	return ds.ls.st.close()
}

// TxnStats counts what a Txn has accepted and skipped so far.
type TxnStats struct {
	// Articles, People, Violations and Runs count rows written to each table.
	Articles, People, Violations, Runs int64
	// SkippedArticles, SkippedPeople and SkippedViolations count rows dropped because
	// their (article_id, content_hash) was already committed (for articles, also
	// already added in the same Txn).
	SkippedArticles, SkippedPeople, SkippedViolations int64
	// Files counts part files closed so far.
	Files int
}

// Txn writes the rows of one run. Rows become visible to readers only when Commit
// returns nil; Abort, or a crash before Commit has written the manifest, discards them.
// A Txn's methods are safe for concurrent use.
type Txn struct {
	ds *Dataset
	st store
	// wctx is the context of the part files' writers: Begin's, without its
	// cancellation, so that an interrupted run can still commit what it wrote (Add
	// methods take no context; an object store's writer needs one).
	wctx  context.Context
	runID string
	lock  *Lock
	// ownLock is true when Begin took lock, and finish releases it.
	ownLock bool
	props   *parquet.WriterProperties
	aprop   pqarrow.ArrowWriterProperties

	mu        sync.Mutex
	writers   map[string]*partWriter
	openFiles int
	buffered  int64 // estimated bytes of the waiting rows
	nextPart  int
	// waiting holds each table's rows not yet spilled, by table name.
	waiting map[string]*waitingRows
	staged  []manifestFile
	// spills holds the spill file of each table that spilled rows, by name.
	spills map[string]*spillFile
	// spillMsg takes the IPC writers' output for one batch, and spillComp its
	// compressed form; the tables share them.
	spillMsg  bytes.Buffer
	spillComp []byte
	// chunks reads a partition's spilled batches back at Commit; its buffers
	// serve one partition after another.
	chunks chunkReader
	// scratch is the directory of the spill tables; removed at the end when
	// ownScratch.
	scratch    string
	ownScratch bool
	// versions holds the (article_id, content_hash) keys (see pairKey) of the
	// versions committed before the Txn (value versionCommitted) and added by it
	// (versionAdded).
	versions *spill.Table
	// months maps the key of each article added (see articleKey) to the index of
	// its partition value in monthNames (4 bytes, little-endian), for mention rows
	// that leave theirs empty.
	months       *spill.Table
	monthNames   []string
	monthIndexes map[string]uint32
	stats        TxnStats
	done         bool
	err          error
}

// validRunID reports whether id is safe in file names and not hidden from readers.
func validRunID(id string) bool {
	if id == "" || len(id) > 128 || id[0] == '_' || id[0] == '.' {
		return false
	}
	for _, c := range []byte(id) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.':
		default:
			return false
		}
	}
	return true
}

// Begin starts the Txn of run runID. It takes the dataset's write lock (a
// *LockedError, wrapping ErrLocked, if another holder has it), unless Options.Lock
// holds it already, recovers from any interrupted run, and loads the
// (article_id, content_hash) pairs already committed so that the Txn skips them.
// The run ID must be unique in the dataset (ErrRunExists) and valid (ErrInvalidRunID).
func (ds *Dataset) Begin(ctx context.Context, runID string) (*Txn, error) {
	if ds.opts.ReadOnly {
		return nil, fmt.Errorf("begin run %s: %w", runID, ErrReadOnly)
	}
	if !validRunID(runID) {
		return nil, fmt.Errorf("begin run %q: %w", runID, ErrInvalidRunID)
	}
	ds.mu.Lock()
	defer ds.mu.Unlock()
	if ds.active != nil {
		return nil, fmt.Errorf("begin run %s: %w", runID, ErrTxnActive)
	}
	lock, own := ds.opts.Lock, false
	if !lock.Held(ds.dir) {
		if lock != nil {
			return nil, fmt.Errorf("begin run %s: the lock given in Options is not held on %s", runID, ds.dir)
		}
		var err error
		if lock, err = ds.tryLock(ctx, LockNote{RunID: runID}); err != nil {
			return nil, fmt.Errorf("begin run %s: %w", runID, err)
		}
		own = true
	}
	t, err := ds.begin(ctx, runID, lock)
	if err != nil {
		if own {
			lock.Unlock()
		}
		return nil, fmt.Errorf("begin run %s: %w", runID, err)
	}
	t.ownLock = own
	ds.active = t
	return t, nil
}

func (ds *Dataset) begin(ctx context.Context, runID string, lock *Lock) (*Txn, error) {
	st, err := ds.store(ctx)
	if err != nil {
		return nil, err
	}
	if err := recoverStore(ctx, st); err != nil {
		return nil, fmt.Errorf("recover: %w", err)
	}
	if ok, err := st.exists(ctx, manifestKey(runID)); ok || err != nil {
		if err == nil {
			err = ErrRunExists
		}
		return nil, err
	}
	t := &Txn{
		ds:           ds,
		st:           st,
		wctx:         context.WithoutCancel(ctx),
		runID:        runID,
		lock:         lock,
		writers:      make(map[string]*partWriter),
		monthIndexes: make(map[string]uint32),
		props:        writerProps(ds.mem, ds.opts),
		aprop:        pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(ds.mem)),
	}
	if err := t.openScratch(st); err != nil {
		return nil, err
	}
	err = ds.scan(ctx, articlesTable, Filter{Columns: []string{"article_id", "content_hash"}}, func(c *cursor) error {
		for i := range c.n {
			if err := t.versions.Put(pairKey(c.str("article_id", i), c.str("content_hash", i)), versionCommitted); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.closeScratch()
		return nil, fmt.Errorf("load committed articles: %w", err)
	}
	return t, nil
}

// scratchHeld is the number of entries each spill table of a Txn holds in memory;
// zero means spill.DefaultHeld. Tests make it small.
var scratchHeld int

// The values of Txn.versions.
var (
	versionCommitted = []byte{1}
	versionAdded     = []byte{2}
)

// openScratch makes the Txn's scratch directory and its spill tables.
func (t *Txn) openScratch(st store) error {
	t.scratch = t.ds.opts.ScratchDir
	if t.scratch == "" {
		t.ownScratch = true
		var err error
		if t.scratch, err = makeScratch(st, t.ds.dir, t.runID, "scratch"); err != nil {
			return err
		}
	}
	var err error
	if t.versions, err = spill.New(spill.Options{Dir: t.scratch, Name: "versions", ValueSize: 1, Held: scratchHeld}); err == nil {
		t.months, err = spill.New(spill.Options{Dir: t.scratch, Name: "months", ValueSize: 4, Held: scratchHeld})
	}
	if err != nil {
		t.closeScratch()
		return fmt.Errorf("make scratch tables: %w", err)
	}
	return nil
}

// MakeScratch makes a local scratch directory for the run runID of the dataset at
// location, named for what it holds: inside the staging area of a local dataset
// (DIR/_staging/RUN.WHAT), where the recovery of the next Begin removes it if a
// crash leaves it behind, or for an object store below os.TempDir, in a directory
// of the location's own (govwatch-scratch-<hash>/RUN.WHAT) whose entries of other
// runs, left by a crash, are removed first. The caller holds the dataset's write
// lock (a run's Txn is open), makes it after Begin (whose recovery would remove
// it), and removes it.
func MakeScratch(location, runID, what string) (string, error) {
	if IsURL(location) {
		return makeScratch(nil, location, runID, what)
	}
	local, _ := LocalPath(location)
	return makeScratch(dirStore{dir: local}, location, runID, what)
}

func makeScratch(st store, location, runID, what string) (string, error) {
	var dir string
	if ds, ok := st.(dirStore); ok {
		dir = filepath.Join(ds.dir, filepath.FromSlash(stagingDir), runID+"."+what)
	} else {
		parent := scratchParent(location)
		sweepScratch(parent, runID)
		dir = filepath.Join(parent, runID+"."+what)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("make scratch directory: %w", err)
	}
	return dir, nil
}

// RemoveScratch removes a scratch directory that MakeScratch made for the dataset
// at location, and the location's scratch parent below os.TempDir if it is then
// empty.
func RemoveScratch(location, dir string) error {
	err := os.RemoveAll(dir)
	if parent := filepath.Dir(dir); parent == scratchParent(location) {
		os.Remove(parent) // fails, and is meant to, while another scratch directory is in it
	}
	return err
}

// scratchParent is the local directory that holds the scratch directories of the
// runs of an object-store dataset at location: below os.TempDir, one per location.
func scratchParent(location string) string {
	sum := sha256.Sum256([]byte(location))
	return filepath.Join(os.TempDir(), "govwatch-scratch-"+hex.EncodeToString(sum[:6]))
}

// sweepScratch removes the scratch directories in parent of runs other than runID:
// runs killed before they could remove them. The caller holds the dataset's write
// lock, so no live run owns them.
func sweepScratch(parent, runID string) {
	ents, _ := os.ReadDir(parent)
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), runID+".") {
			os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
}

// closeScratch closes the spill tables and removes the scratch directory if the
// Txn made it.
func (t *Txn) closeScratch() {
	t.closeSpills()
	for _, tab := range []*spill.Table{t.versions, t.months} {
		if tab != nil {
			tab.Close()
		}
	}
	if t.ownScratch && t.scratch != "" {
		RemoveScratch(t.ds.dir, t.scratch)
	}
	t.scratch = ""
}

// writerProps are the Parquet properties of every file: zstd, statistics but on
// the long texts (noStats), and dictionary encoding for the columns marked as
// low-cardinality.
func writerProps(mem memory.Allocator, o Options) *parquet.WriterProperties {
	ps := []parquet.WriterProperty{
		parquet.WithAllocator(mem),
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithStats(true),
		parquet.WithDictionaryDefault(false),
		parquet.WithCreatedBy("govwatch dataset (arrow-go v18)"),
		parquet.WithVersion(parquet.V2_LATEST),
	}
	if o.FastCompression {
		ps = append(ps, parquet.WithCompressionLevel(fastZstdLevel))
	}
	dict, noStats := map[string]bool{}, map[string]bool{}
	for _, t := range tables {
		for _, f := range t.fields {
			if f.dict && !dict[f.name] {
				dict[f.name] = true
				ps = append(ps, parquet.WithDictionaryFor(f.name, true))
			}
			if f.noStats && !noStats[f.name] {
				noStats[f.name] = true
				ps = append(ps, parquet.WithStatsFor(f.name, false))
			}
		}
	}
	return parquet.NewWriterProperties(ps...)
}

func pairKey(articleID, contentHash string) [16]byte {
	h := sha256.New()
	h.Write([]byte(articleID))
	h.Write([]byte{0})
	h.Write([]byte(contentHash))
	var k [16]byte
	copy(k[:], h.Sum(nil))
	return k
}

// articleKey is the 16-byte form of an article ID: the bytes of an ID made by
// [ArticleID] (32 hex digits), or for any other ID the first 16 bytes of its SHA-256.
// It keeps a Txn's per-article state at a fixed small size.
func articleKey(id string) [16]byte {
	var k [16]byte
	if len(id) == 2*len(k) {
		if _, err := hex.Decode(k[:], []byte(id)); err == nil {
			return k
		}
	}
	sum := sha256.Sum256([]byte(id))
	copy(k[:], sum[:])
	return k
}

// monthIndex returns the index of the partition value m in t.monthNames, adding it
// if needed.
func (t *Txn) monthIndex(m string) uint32 {
	i, ok := t.monthIndexes[m]
	if !ok {
		i = uint32(len(t.monthNames))
		t.monthNames = append(t.monthNames, m)
		t.monthIndexes[m] = i
	}
	return i
}

// RunID returns the Txn's run ID.
func (t *Txn) RunID() string { return t.runID }

// Stats returns the counts so far.
func (t *Txn) Stats() TxnStats {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.stats
}

func (t *Txn) check() error {
	if t.done {
		return ErrTxnDone
	}
	return t.err
}

func (t *Txn) fillRunID(id *string) error {
	if *id == "" {
		*id = t.runID
		return nil
	}
	if *id != t.runID {
		return fmt.Errorf("%w: run_id %q in a transaction of run %q", ErrInvalidRow, *id, t.runID)
	}
	return nil
}

// AddArticle adds an article row. It is skipped (and counted in Stats) if its
// (ArticleID, ContentHash) is already committed or already added in this Txn.
// ArticleID and ContentHash are required.
func (t *Txn) AddArticle(r ArticleRow) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.check(); err != nil {
		return fmt.Errorf("add article: %w", err)
	}
	if r.ArticleID == "" || r.ContentHash == "" {
		return fmt.Errorf("add article %q: %w: article_id and content_hash are required", r.URL, ErrInvalidRow)
	}
	if err := t.fillRunID(&r.RunID); err != nil {
		return fmt.Errorf("add article %s: %w", r.ArticleID, err)
	}
	k := pairKey(r.ArticleID, r.ContentHash)
	if ok, err := t.versions.Get(k, nil); err != nil || ok {
		if err != nil {
			t.err = err
			return fmt.Errorf("add article %s: %w", r.ArticleID, err)
		}
		t.stats.SkippedArticles++
		return nil
	}
	r.RegisteredMonth = MonthOf(r.RegisteredDate)
	var m [4]byte
	binary.LittleEndian.PutUint32(m[:], t.monthIndex(r.RegisteredMonth))
	if err := errors.Join(t.versions.Put(k, versionAdded), t.months.Put(articleKey(r.ArticleID), m[:])); err != nil {
		t.err = err
		return fmt.Errorf("add article %s: %w", r.ArticleID, err)
	}
	r.ImageURLs = slices.Clone(r.ImageURLs) // the row waits until it is spilled
	if err := t.add(articlesTable, r.RegisteredMonth, r.encode, r.size()); err != nil {
		return fmt.Errorf("add article %s: %w", r.ArticleID, err)
	}
	t.stats.Articles++
	return nil
}

// mentionMonth resolves the partition of a people or violations row.
func (t *Txn) mentionMonth(articleID, month string) (string, error) {
	if month == "" {
		var m [4]byte
		ok, err := t.months.Get(articleKey(articleID), m[:])
		if err != nil {
			t.err = err
			return "", err
		}
		if ok {
			return t.monthNames[binary.LittleEndian.Uint32(m[:])], nil
		}
		return UnknownMonth, nil
	}
	if !validMonth(month) {
		return "", fmt.Errorf("%w: registered_month %q is neither YYYY-MM nor %q", ErrInvalidRow, month, UnknownMonth)
	}
	return month, nil
}

func checkMention(articleID, contentHash string, start, end int32) error {
	if articleID == "" || contentHash == "" {
		return fmt.Errorf("%w: article_id and content_hash are required", ErrInvalidRow)
	}
	if start < 0 || end < start {
		return fmt.Errorf("%w: offsets [%d, %d) are not a range", ErrInvalidRow, start, end)
	}
	return nil
}

// prepareMention validates a people or violations row, fills in its run ID and
// partition, and reports whether it belongs to an article version that an earlier
// run committed (and is to be skipped).
func (t *Txn) prepareMention(articleID, hash string, start, end int32, runID, month *string) (skip bool, err error) {
	if err := checkMention(articleID, hash, start, end); err != nil {
		return false, err
	}
	if err := t.fillRunID(runID); err != nil {
		return false, err
	}
	if *month, err = t.mentionMonth(articleID, *month); err != nil {
		return false, err
	}
	var v [1]byte
	ok, err := t.versions.Get(pairKey(articleID, hash), v[:])
	if err != nil {
		t.err = err
		return false, err
	}
	return ok && v[0] == versionCommitted[0], nil
}

// AddPerson adds a people row. It is skipped (and counted in Stats) if its
// (ArticleID, ContentHash) was committed by an earlier run.
func (t *Txn) AddPerson(r PersonRow) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.check(); err != nil {
		return fmt.Errorf("add person: %w", err)
	}
	skip, err := t.prepareMention(r.ArticleID, r.ContentHash, r.Start, r.End, &r.RunID, &r.RegisteredMonth)
	if err != nil {
		return fmt.Errorf("add person %s in %s: %w", r.PersonKey, r.ArticleID, err)
	}
	if skip {
		t.stats.SkippedPeople++
		return nil
	}
	if err := t.add(peopleTable, r.RegisteredMonth, r.encode, r.size()); err != nil {
		return fmt.Errorf("add person %s in %s: %w", r.PersonKey, r.ArticleID, err)
	}
	t.stats.People++
	return nil
}

// AddViolation adds a violations row, filling in ViolationID if it is empty. It is
// skipped (and counted in Stats) if its (ArticleID, ContentHash) was committed by an
// earlier run.
func (t *Txn) AddViolation(r ViolationRow) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.check(); err != nil {
		return fmt.Errorf("add violation: %w", err)
	}
	skip, err := t.prepareMention(r.ArticleID, r.ContentHash, r.Start, r.End, &r.RunID, &r.RegisteredMonth)
	if err != nil {
		return fmt.Errorf("add violation in %s: %w", r.ArticleID, err)
	}
	if r.ViolationID == "" {
		r.ViolationID = ViolationID(r.ArticleID, r.Start, r.End)
	}
	if skip {
		t.stats.SkippedViolations++
		return nil
	}
	if r.Count != nil { // the row waits until it is spilled
		c := *r.Count
		r.Count = &c
	}
	if err := t.add(violationsTable, r.RegisteredMonth, r.encode, r.size()); err != nil {
		return fmt.Errorf("add violation %s: %w", r.ViolationID, err)
	}
	t.stats.Violations++
	return nil
}

// RecordSuffix names the Txn that records a run again, in a transaction of its own,
// after the run's own Txn could not commit: the Txn of run ID+RecordSuffix may add
// the runs row of run ID.
const RecordSuffix = "-r"

// AddRun adds a runs row. StartedAt is required; it sets the partition. Its RunID is
// the Txn's, or empty (filled in), or that of the run a Txn named RunID+RecordSuffix
// records again.
func (t *Txn) AddRun(r RunRow) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.check(); err != nil {
		return fmt.Errorf("add run: %w", err)
	}
	if r.RunID == "" || r.RunID+RecordSuffix != t.runID {
		if err := t.fillRunID(&r.RunID); err != nil {
			return fmt.Errorf("add run: %w", err)
		}
	}
	if r.StartedAt.IsZero() {
		return fmt.Errorf("add run %s: %w: started_at is required", r.RunID, ErrInvalidRow)
	}
	r.StartedMonth = r.StartedAt.UTC().Format("2006-01")
	// The row waits until it is spilled: it keeps no slice of the caller's.
	r.FailuresByCause, r.SkipsByCause = slices.Clone(r.FailuresByCause), slices.Clone(r.SkipsByCause)
	r.FailuresBySource = slices.Clone(r.FailuresBySource)
	if err := t.add(runsTable, r.StartedMonth, r.encode, r.size()); err != nil {
		return fmt.Errorf("add run %s: %w", r.RunID, err)
	}
	t.stats.Runs++
	return nil
}

// add appends one row, of about size bytes, of (table, month). Rows wait in
// arrival order, as their encoders, until the Txn holds more than MaxBufferedBytes;
// then every waiting row is spilled: each table's rows are grouped by partition, and
// each partition's go as one Arrow IPC record batch to the table's spill file in the
// scratch directory, the partition noting where. No part file is written before
// Commit, which spills what waits and writes each partition from its batches. A
// write error makes the Txn fail: every later call returns it.
func (t *Txn) add(tbl *tableDef, month string, enc rowEncoder, size int64) error {
	pw := t.part(tbl, tbl.partition+"="+month)
	pt := t.waiting[tbl.name]
	if pt == nil {
		pt = &waitingRows{table: tbl}
		if t.waiting == nil {
			t.waiting = map[string]*waitingRows{}
		}
		t.waiting[tbl.name] = pt
	}
	pt.rows = append(pt.rows, waitingRow{pw: pw, enc: enc, size: size})
	t.buffered += size
	if t.buffered <= t.ds.opts.MaxBufferedBytes {
		return nil
	}
	err := t.spillAll()
	if err != nil {
		t.err = err
	}
	return err
}

// waitingRows are a table's rows not yet spilled, in arrival order, and the
// record builder that encodes them, one partition's at a time, when they are.
type waitingRows struct {
	table *tableDef
	rows  []waitingRow
	bld   *array.RecordBuilder
}

type waitingRow struct {
	pw   *partWriter
	enc  rowEncoder
	size int64
}

// spillAll spills every waiting row, table by table in name order, each table's
// rows grouped by partition in key order, keeping the arrival order within a
// partition.
func (t *Txn) spillAll() error {
	for _, name := range slices.Sorted(maps.Keys(t.waiting)) {
		pt := t.waiting[name]
		if len(pt.rows) == 0 {
			continue
		}
		sort.SliceStable(pt.rows, func(i, j int) bool { return pt.rows[i].pw.key < pt.rows[j].pw.key })
		if pt.bld == nil {
			pt.bld = array.NewRecordBuilder(t.ds.mem, pt.table.schema)
		}
		for i := 0; i < len(pt.rows); {
			pw := pt.rows[i].pw
			var bytes int64
			j := i
			// A batch holds at most about a row group: Commit cuts row groups
			// between batches.
			for ; j < len(pt.rows) && pt.rows[j].pw == pw && bytes < t.ds.opts.RowGroupBytes; j++ {
				pt.rows[j].enc(pt.bld)
				bytes += pt.rows[j].size
			}
			rec := pt.bld.NewRecordBatch()
			err := t.spill(pw, rec, bytes)
			rec.Release()
			if err != nil {
				return err
			}
			t.buffered -= bytes
			i = j
		}
		clear(pt.rows) // the encoders hold their rows
		pt.rows = pt.rows[:0]
	}
	return nil
}

// releaseWaiting drops the waiting rows and their builders.
func (t *Txn) releaseWaiting() {
	for _, pt := range t.waiting {
		if pt.bld != nil {
			pt.bld.Release()
		}
	}
	t.waiting = nil
}

// spillFile is the scratch file of one table's spilled rows. The rows are an Arrow
// IPC stream: its first messages, the table's schema and an empty batch (prefix),
// stay in memory, and each later message, one spilled batch, is compressed with S2
// on its own and appended to the file behind a header (spillHeader), so that a
// partition's batches can be read back, each where it lies, behind the prefix. The
// header links each batch to the partition's one before it, so that a partition
// keeps only the offset of its last batch in memory, whatever the number of batches.
type spillFile struct {
	path   string
	f      *os.File
	bw     *bufio.Writer
	size   int64 // bytes given to bw: the offset of the next batch
	w      *ipc.Writer
	prefix []byte
}

// spillChunk is one batch of a partition's rows in its table's spill file: where
// its compressed message is, its length uncompressed, and the estimated Arrow size
// of its rows.
type spillChunk struct {
	off, n, raw, bytes int64
}

// spillHeader is the length of the header before each batch in a spill file: the
// offset of the partition's batch before it (-1 for none) and the batch's
// compressed and uncompressed lengths and estimated Arrow size, little-endian.
const spillHeader = 8 + 4 + 4 + 4

// readChunks returns the batches of a partition whose last batch's header is at
// last, in the order they were spilled.
func (sf *spillFile) readChunks(last int64, count int) ([]spillChunk, error) {
	out := make([]spillChunk, 0, count)
	var h [spillHeader]byte
	for off := last; off >= 0; {
		if len(out) == count {
			return nil, fmt.Errorf("more than %d spilled batches linked from %d", count, last)
		}
		if _, err := sf.f.ReadAt(h[:], off); err != nil {
			return nil, err
		}
		out = append(out, spillChunk{off: off + spillHeader, n: int64(binary.LittleEndian.Uint32(h[8:])),
			raw: int64(binary.LittleEndian.Uint32(h[12:])), bytes: int64(binary.LittleEndian.Uint32(h[16:]))})
		next := int64(binary.LittleEndian.Uint64(h[:8]))
		if next >= off {
			return nil, fmt.Errorf("spilled batch at %d links forward to %d", off, next)
		}
		off = next
	}
	if len(out) != count {
		return nil, fmt.Errorf("%d of %d spilled batches linked from %d", len(out), count, last)
	}
	slices.Reverse(out)
	return out, nil
}

// spillFileOf returns the spill file of tbl, creating it in the scratch directory.
func (t *Txn) spillFileOf(tbl *tableDef) (*spillFile, error) {
	if sf := t.spills[tbl.name]; sf != nil {
		return sf, nil
	}
	path := filepath.Join(t.scratch, "rows-"+tbl.name+".arrows")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_RDWR, 0o644)
	if err != nil {
		return nil, &FileError{Path: path, Op: "create", Err: err}
	}
	sf := &spillFile{path: path, f: f, bw: bufio.NewWriterSize(f, 64<<10)}
	t.spillMsg.Reset()
	sf.w = ipc.NewWriter(&t.spillMsg, ipc.WithSchema(tbl.schema), ipc.WithAllocator(t.ds.mem))
	bld := array.NewRecordBuilder(t.ds.mem, tbl.schema)
	empty := bld.NewRecordBatch()
	err = sf.w.Write(empty)
	empty.Release()
	bld.Release()
	if err != nil {
		f.Close()
		return nil, &FileError{Path: path, Op: "write", Err: err}
	}
	sf.prefix = bytes.Clone(t.spillMsg.Bytes())
	t.spillMsg.Reset()
	if t.spills == nil {
		t.spills = map[string]*spillFile{}
	}
	t.spills[tbl.name] = sf
	return sf, nil
}

// spill appends rec, rows of pw of about size bytes, to its table's spill file as
// one record batch.
func (t *Txn) spill(pw *partWriter, rec arrow.RecordBatch, size int64) error {
	sf, err := t.spillFileOf(pw.table)
	if err != nil {
		return err
	}
	msg := &t.spillMsg
	msg.Reset()
	if err := sf.w.Write(rec); err != nil {
		return &FileError{Path: sf.path, Op: "write", Err: err}
	}
	t.spillComp = s2.Encode(t.spillComp[:cap(t.spillComp)], msg.Bytes())
	comp := t.spillComp
	if len(comp) > math.MaxUint32 || msg.Len() > math.MaxUint32 || size > math.MaxUint32 {
		return &FileError{Path: sf.path, Op: "write", Err: fmt.Errorf("spilled batch of %d bytes", msg.Len())}
	}
	var h [spillHeader]byte
	binary.LittleEndian.PutUint64(h[:8], uint64(pw.lastChunk))
	binary.LittleEndian.PutUint32(h[8:], uint32(len(comp)))
	binary.LittleEndian.PutUint32(h[12:], uint32(msg.Len()))
	binary.LittleEndian.PutUint32(h[16:], uint32(size))
	if _, err := sf.bw.Write(h[:]); err != nil {
		return &FileError{Path: sf.path, Op: "write", Err: err}
	}
	if _, err := sf.bw.Write(comp); err != nil {
		return &FileError{Path: sf.path, Op: "write", Err: err}
	}
	pw.lastChunk = sf.size
	pw.chunks++
	sf.size += spillHeader + int64(len(comp))
	return nil
}

// chunkReader reads the spilled batches chunks of a spill file, decompressed, one
// after the other.
type chunkReader struct {
	f           *os.File
	chunks      []spillChunk
	comp, plain []byte
	rest        []byte // what is left of the current chunk
}

func (r *chunkReader) Read(p []byte) (int, error) {
	for len(r.rest) == 0 {
		if len(r.chunks) == 0 {
			return 0, io.EOF
		}
		c := r.chunks[0]
		r.chunks = r.chunks[1:]
		r.comp = slices.Grow(r.comp[:0], int(c.n))[:c.n]
		if _, err := r.f.ReadAt(r.comp, c.off); err != nil {
			return 0, err
		}
		plain, err := s2.Decode(r.plain[:cap(r.plain)], r.comp)
		if err != nil {
			return 0, err
		}
		if int64(len(plain)) != c.raw {
			return 0, fmt.Errorf("spilled batch at %d: %d bytes, want %d", c.off, len(plain), c.raw)
		}
		r.plain, r.rest = plain, plain
	}
	n := copy(p, r.rest)
	r.rest = r.rest[n:]
	return n, nil
}

// closeSpills closes and removes the spill files.
func (t *Txn) closeSpills() {
	for _, sf := range t.spills {
		sf.f.Close()
		os.Remove(sf.path)
	}
	t.spills = nil
}

// partWriter is the write state of one partition: where its spilled batches are,
// and at Commit the part file they go to.
type partWriter struct {
	table     *tableDef
	partition string
	key       string

	// The part file; fw is nil while none is open.
	staged string // relative, slash-separated
	final  string
	w      objectWriter
	sink   *countingWriter
	fw     *pqarrow.FileWriter
	rows   int64 // rows written to fw
	// lastChunk is the offset of the header of the partition's last spilled batch
	// in its table's spill file, -1 while none was; chunks counts its batches.
	lastChunk int64
	chunks    int
}

// countingWriter is the sink of a FileWriter. It has no Close method, so that
// closing the FileWriter leaves the file open for fsync.
type countingWriter struct {
	f io.Writer
	n int64
}

func (w *countingWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	w.n += int64(n)
	return n, err
}

// part returns the write state of a partition, creating it if needed.
func (t *Txn) part(tbl *tableDef, partition string) *partWriter {
	key := tbl.name + "/" + partition
	pw, ok := t.writers[key]
	if !ok {
		pw = &partWriter{table: tbl, partition: partition, key: key, lastChunk: -1}
		t.writers[key] = pw
	}
	return pw
}

// openFile starts a new part file for pw. Commit writes one partition at a time,
// so one file is open at most.
func (t *Txn) openFile(pw *partWriter) error {
	name := "part-" + t.runID + "-" + strconv.Itoa(t.nextPart) + ".parquet"
	t.nextPart++
	pw.staged = stagingDir + "/" + t.runID + "/" + pw.table.name + "/" + pw.partition + "/" + name
	pw.final = pw.table.name + "/" + pw.partition + "/" + name
	path := t.st.path(pw.staged)
	f, err := t.st.create(t.wctx, pw.staged)
	if err != nil {
		return &FileError{Path: path, Op: "create", Err: err}
	}
	sink := &countingWriter{f: f}
	fw, err := pqarrow.NewFileWriter(pw.table.schema, sink, t.props, t.aprop)
	if err != nil {
		f.abort()
		return &FileError{Path: path, Op: "create", Err: err}
	}
	pw.w, pw.sink, pw.fw = f, sink, fw
	pw.rows = 0
	t.openFiles++
	return nil
}

// writePartition writes pw's rows, all spilled by then (closeAll spills the
// waiting ones first), read back from the table's spill file in one IPC stream in
// arrival order, to part files of the partition: buffered row groups of about
// RowGroupBytes of rows each, a new file once one holds MaxFileBytes. A row group
// is held in memory (compressed pages) until it is complete, so it is written
// while no other partition's is.
func (t *Txn) writePartition(pw *partWriter) error {
	var rg int64 // estimated bytes of the rows in the current row group
	put := func(rec arrow.RecordBatch, size int64) error {
		if pw.fw == nil {
			if err := t.openFile(pw); err != nil {
				return err
			}
			rg = 0
		}
		if rg > 0 && rg+size > t.ds.opts.RowGroupBytes {
			if err := pw.fw.NewBufferedRowGroupChecked(); err != nil {
				return &FileError{Path: t.st.path(pw.staged), Op: "write", Err: err}
			}
			hook("flush")
			rg = 0
		}
		if err := pw.fw.WriteBuffered(rec); err != nil {
			return &FileError{Path: t.st.path(pw.staged), Op: "write", Err: err}
		}
		pw.rows += rec.NumRows()
		rg += size
		if pw.fw.TotalCompressedBytes() >= t.ds.opts.MaxFileBytes {
			return t.closeFile(pw)
		}
		return nil
	}
	if pw.chunks > 0 {
		sf := t.spills[pw.table.name]
		chunks, err := sf.readChunks(pw.lastChunk, pw.chunks)
		if err != nil {
			return &FileError{Path: sf.path, Op: "read", Err: err}
		}
		t.chunks.f, t.chunks.chunks, t.chunks.rest = sf.f, chunks, nil
		rdr, err := ipc.NewReader(io.MultiReader(bytes.NewReader(sf.prefix), &t.chunks),
			ipc.WithSchema(pw.table.schema), ipc.WithAllocator(t.ds.mem))
		if err != nil {
			return &FileError{Path: sf.path, Op: "read", Err: err}
		}
		i := 0
		for rdr.Next() {
			rec := rdr.RecordBatch()
			if rec.NumRows() == 0 {
				continue // the prefix's empty batch
			}
			if i == len(chunks) {
				break
			}
			if err := put(rec, chunks[i].bytes); err != nil {
				rdr.Release()
				return err
			}
			i++
		}
		err = rdr.Err()
		rdr.Release()
		if err == nil && i != len(chunks) {
			err = fmt.Errorf("%d of %d spilled batches of %s read back", i, len(chunks), pw.key)
		}
		if err != nil {
			return &FileError{Path: sf.path, Op: "read", Err: err}
		}
		pw.chunks, pw.lastChunk = 0, -1
	}
	return t.closeFile(pw)
}

// closeFile, if pw has a part file open, writes its last row group and footer,
// fsyncs and closes it and records it for the manifest; the partition's next rows
// go to a new part file.
func (t *Txn) closeFile(pw *partWriter) error {
	if pw.fw == nil {
		return nil
	}
	var err error
	path := t.st.path(pw.staged)
	if cerr := pw.fw.Close(); cerr != nil {
		err = &FileError{Path: path, Op: "close", Err: cerr}
	}
	// Close fsyncs a file, completes an upload.
	if err != nil {
		pw.w.abort()
	} else if cerr := pw.w.Close(); cerr != nil {
		err = &FileError{Path: path, Op: "close", Err: cerr}
	}
	t.openFiles--
	if err == nil {
		hook("flush")
		t.staged = append(t.staged, manifestFile{
			Table: pw.table.name, Partition: pw.partition,
			Staged: pw.staged, Final: pw.final, Rows: pw.rows, Bytes: pw.sink.n,
		})
		t.stats.Files++
	}
	pw.fw, pw.w = nil, nil
	return err
}

// closeAll writes out every partition, in a stable order, one at a time. The
// waiting rows are spilled first, so that while a partition is written no other
// partition's rows are held in memory.
func (t *Txn) closeAll() error {
	if err := t.spillAll(); err != nil {
		return err
	}
	t.releaseWaiting()
	for _, sf := range t.spills {
		if err := sf.bw.Flush(); err != nil {
			return &FileError{Path: sf.path, Op: "write", Err: err}
		}
		sf.bw, sf.w = nil, nil // nothing more is spilled
	}
	t.spillMsg, t.spillComp = bytes.Buffer{}, nil
	for _, k := range slices.Sorted(maps.Keys(t.writers)) {
		pw := t.writers[k]
		if err := t.writePartition(pw); err != nil {
			return err
		}
		delete(t.writers, k)
	}
	return nil
}

// Commit makes the Txn's rows visible. It closes and fsyncs every part file, writes
// the run's manifest atomically, renames the files into their partitions and marks the
// manifest done. If it fails before the manifest is written, the staged files are
// removed and nothing becomes visible; once the manifest is written the run is
// committed, and if renaming fails half-way the next Open or Begin finishes it.
// Cancelling ctx stops Commit only before the manifest is written.
func (t *Txn) Commit(ctx context.Context) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.done {
		return fmt.Errorf("commit run %s: %w", t.runID, ErrTxnDone)
	}
	defer t.finish()
	err := t.err
	if err == nil {
		err = t.closeAll()
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = t.syncStaging()
	}
	if err == nil {
		hook("staged")
	}
	m := &manifest{Format: 1, RunID: t.runID, State: stateCommitting, CreatedAt: time.Now().UTC(), Files: t.staged}
	if m.Files == nil {
		m.Files = []manifestFile{}
	}
	if err == nil {
		err = t.lock.check(ctx)
	}
	if err == nil {
		err = createManifest(ctx, t.st, m)
	}
	if err != nil {
		t.discard()
		return fmt.Errorf("commit run %s: %w", t.runID, err)
	}
	hook("manifest")
	if err := finishManifest(context.WithoutCancel(ctx), t.st, m); err != nil {
		return fmt.Errorf("commit run %s: %w", t.runID, err)
	}
	return nil
}

// syncStaging fsyncs the staging directories so that the staged files' names are
// durable before the manifest that points at them.
func (t *Txn) syncStaging() error {
	dirs := map[string]bool{}
	for _, f := range t.staged {
		dirs[path.Dir(f.Staged)] = true
	}
	keys := make([]string, 0, len(dirs))
	for d := range dirs {
		keys = append(keys, d)
	}
	if err := t.st.syncDirs(keys); err != nil {
		return &FileError{Path: t.st.path(stagingDir + "/" + t.runID), Op: "sync directory", Err: err}
	}
	return nil
}

// Abort discards the Txn: open files are closed and every staged file is removed.
// Aborting a finished Txn is a no-op.
func (t *Txn) Abort() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.done {
		return nil
	}
	defer t.finish()
	if err := t.discard(); err != nil {
		return fmt.Errorf("abort run %s: %w", t.runID, err)
	}
	return nil
}

// discard closes any open part files, without caring for their content, and removes
// the run's staging directory.
func (t *Txn) discard() error {
	for _, pw := range t.writers {
		if pw.fw != nil {
			pw.fw.Close()
			pw.w.abort()
		}
	}
	t.writers = nil
	t.releaseWaiting()
	sd := stagingDir + "/" + t.runID
	if err := t.st.removeAll(t.wctx, sd); err != nil {
		return &FileError{Path: t.st.path(sd), Op: "remove staging", Err: err}
	}
	return nil
}

// finish releases the Txn's lock and lets the Dataset begin another.
func (t *Txn) finish() {
	t.done = true
	t.closeScratch()
	t.versions, t.months, t.monthNames, t.monthIndexes = nil, nil, nil, nil
	if t.ownLock {
		t.lock.Unlock()
	}
	t.ds.mu.Lock()
	if t.ds.active == t {
		t.ds.active = nil
	}
	t.ds.mu.Unlock()
}
