package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"govwatch/extract"
	"govwatch/internal/atomicfile"
	"govwatch/pipeline/dataset"
)

// rebuiltTables are the tables a reprocess rebuilds; the runs table is history and
// stays.
var rebuiltTables = []string{dataset.TableArticles, dataset.TablePeople, dataset.TableViolations}

// swapJournal records a table swap in progress, so that a crash between the renames
// is rolled forward by the next run instead of leaving a table missing.
const swapJournal = "_state/swap.json"

type swapPlan struct {
	RunID   string `json:"run_id"`
	Rebuild string `json:"rebuild"` // directory of the rebuilt dataset
	Old     string `json:"old"`     // where the replaced tables go
}

// ErrNoArchive is returned by Reprocess when the archive holds no WARC file.
var ErrNoArchive = errors.New("nothing archived")

// Reprocess rebuilds the articles, people and violations tables from the WARC archive
// in opts.Crawl.ArchiveDir, without touching the network, with the current extractors.
// The new tables are written as a complete dataset beside the old one and swapped in
// when finished, so that readers see either the old tables or the new ones. The old
// tables are kept under _replaced/<run_id> until the operator removes them.
func Reprocess(ctx context.Context, opts Options) (Summary, error) {
	if opts.Job == "" {
		opts.Job = "reprocess"
	}
	opts = withDefaults(opts)
	log := opts.Logger.With(KeyRunID, opts.RunID, KeyJob, opts.Job)
	sum := newSummary(opts)
	if dataset.IsURL(opts.DataDir) {
		return sum, notRecorded(fmt.Errorf("reprocess %s: %w", dataset.Redact(opts.DataDir), ErrReprocessObjectStore))
	}
	if err := RecoverSwap(opts.DataDir); err != nil {
		return sum, notRecorded(err)
	}
	if files, _ := filepath.Glob(filepath.Join(opts.Crawl.ArchiveDir, "*.warc.gz")); len(files) == 0 {
		// Rebuilding from nothing would replace the tables with empty ones
		// and call it a success.
		return sum, notRecorded(fmt.Errorf("reprocess: %w: no *.warc.gz under %s (crawl.archive_dir); reprocess rebuilds the tables from what crawls archived", ErrNoArchive, opts.Crawl.ArchiveDir))
	}
	main, err := dataset.Open(opts.DataDir, dataset.Options{Lock: opts.Run.HeldLock(opts.DataDir)})
	if err != nil {
		return sum, notRecorded(fmt.Errorf("open dataset: %w", err))
	}
	rebuildDir := filepath.Join(opts.DataDir, "_rebuild", opts.RunID)
	if err := os.RemoveAll(rebuildDir); err != nil {
		return sum, fmt.Errorf("clear rebuild dir: %w", err)
	}
	// The rebuild writes every table at its end, on one core: zstd's fastest level
	// halves that.
	fresh, err := dataset.Open(rebuildDir, dataset.Options{FastCompression: true})
	if err != nil {
		return sum, fmt.Errorf("open rebuild dataset: %w", err)
	}
	txn, err := fresh.Begin(ctx, opts.RunID)
	if err != nil {
		return sum, fmt.Errorf("begin rebuild: %w", err)
	}
	bySource := map[string]extract.Source{}
	for _, s := range opts.Sources {
		bySource[s.ID] = s
	}
	w := newRunWriter(txn, opts, &sum, nil)
	reparser := extract.NewReparser(opts.Crawl, opts.Profiles) // profile auto: the layouts the crawls kept
	keys := reprocessKeys(opts, reparser)
	scratch, err := dataset.MakeScratch(rebuildDir, opts.RunID, "reprocess")
	if err != nil {
		_ = txn.Abort()
		return sum, err
	}
	var stored *storedArticles
	if !opts.FromWARC {
		stored = openStored(ctx, scratch, opts, keys, log)
	}
	readErr := rebuild(ctx, opts, bySource, keys, stored, scratch, reparser, w, log)
	if stored != nil {
		sum.Reused = int(stored.reused.Load())
		sum.UnopenedWARC = stored.unopened
		stored.close()
	}
	sum.Sources = w.sortedSources()
	sum.Ended = opts.Now()
	switch {
	case w.sinkBroken:
		sum.Status, sum.Err = StatusFailed, readErr
	case ctx.Err() != nil:
		sum.Status, sum.Err = StatusFor(ctx, ctx.Err()), Explain(ctx, ctx.Err())
	case readErr != nil:
		sum.Status, sum.Err = StatusFailed, fmt.Errorf("read archive: %w", readErr)
	default:
		sum.Status = StatusSucceeded
	}
	if sum.Status != StatusSucceeded {
		// A partial rebuild must never replace complete tables.
		_ = txn.Abort()
		_ = os.RemoveAll(rebuildDir)
		sum.RowsArticles, sum.RowsPeople, sum.RowsViolations = 0, 0, 0
		if err := recordRunOnly(context.WithoutCancel(ctx), main, sum, sum.RunID); err != nil {
			log.Error("record failed run", "err", err)
		}
		return sum, sum.Err
	}
	if err := txn.Commit(ctx); err != nil {
		return sum, fmt.Errorf("commit rebuild: %w", err)
	}
	// A table the rebuild wrote no rows to has no directory; give it an empty one, so
	// that the swap replaces the old table instead of taking the missing directory
	// for a table already swapped in.
	for _, table := range rebuiltTables {
		if err := os.MkdirAll(filepath.Join(rebuildDir, table), 0o755); err != nil {
			return sum, fmt.Errorf("create rebuilt table: %w", err)
		}
	}
	plan := swapPlan{RunID: opts.RunID, Rebuild: rebuildDir, Old: filepath.Join(opts.DataDir, "_replaced", opts.RunID)}
	data, _ := json.Marshal(plan)
	if err := atomicfile.WriteFile(filepath.Join(opts.DataDir, swapJournal), data); err != nil {
		return sum, err
	}
	if err := RecoverSwap(opts.DataDir); err != nil {
		return sum, err
	}
	// The crawl state's validators may point at versions that the rebuild no longer
	// has (an archive pruned by hand); dropping them only costs full GETs.
	_ = os.Remove(filepath.Join(opts.DataDir, stateFile))
	if err := recordRunOnly(context.WithoutCancel(ctx), main, sum, sum.RunID); err != nil {
		return sum, fmt.Errorf("record run: %w", err)
	}
	log.Info("reprocess finished", "articles", sum.RowsArticles, "people", sum.RowsPeople, "violations", sum.RowsViolations)
	return sum, nil
}

// openStored reads the current rows of the old articles table into a scratch file of
// the rebuild (see storedArticles), or returns nil, after logging why, when none can
// be used: the archive path then reads every page.
func openStored(ctx context.Context, dir string, opts Options, keys map[string]string, log *slog.Logger) *storedArticles {
	layouts := map[string]string{} // what a source's rows name in layout; none for the automatic layout's
	some := false
	for _, s := range opts.Sources {
		if keys[s.ID] != "" {
			if p, ok := opts.Profiles[s.ProfileName()]; ok && !p.IsAuto() {
				layouts[s.ID] = p.Name
			}
			some = true
		}
	}
	if !some {
		return nil
	}
	stored, err := loadStored(ctx, opts.DataDir, dir, keys, layouts)
	if err != nil {
		log.Warn("reprocess reads every page from the archive: old articles table unreadable", "err", err)
		return nil
	}
	log.Info("stored article rows reusable", "rows", stored.rows)
	return stored
}

// reprocessed is one archived article page, parsed and analysed by a worker.
type reprocessed struct {
	res analysed
	key versionKey // of the article URL and content hash; zero when the page did not parse
	dup bool       // an earlier capture of the archive has the same key: not analysed
	seq int32      // the capture's place in the archive's article captures, from 1
	err error      // ends the rebuild: the run was interrupted
}

// rebuild reads the archive in order, parses and analyses its article pages on
// opts.Workers goroutines, and writes their rows on the calling goroutine in archive
// order, so that the tables are those of a rebuild one page at a time: of several
// captures of one article version (URL and content hash) the first is kept, and only
// it is analysed. The reader runs ahead of the writer by a bounded number of pages.
// It returns the first error of the archive, of an interrupted analysis or of the
// writer.
//
// A page whose stored row can be used (see storedArticles) is not parsed: its
// article is read back from the row. keys are the sources' parse keys.
func rebuild(ctx context.Context, opts Options, bySource map[string]extract.Source, keys map[string]string, stored *storedArticles, scratch string, reparser *extract.Reparser, w *runWriter, log *slog.Logger) error {
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq   int32
		c     extract.Capture
		src   extract.Source
		row   int64  // offset of the page's stored row, -1 for none
		canon string // the capture's canonical URL, when row is set
		// fromIndex is set for a capture taken from a capture index, without its
		// body: its stored row must be read back.
		fromIndex bool
		out       chan reprocessed
	}
	workers := max(opts.Workers, 1)
	jobs := make(chan job, 2*workers)
	order := make(chan chan reprocessed, 4*workers)
	// first holds, for each article version, the earliest capture a worker has
	// claimed; a later capture of the same version is not analysed. It is also what
	// the writer keeps: when it takes capture seq, every capture before it has
	// claimed its version, so seq is the first of its version exactly when first
	// holds it (no capture after it can claim below it). One set of 20 bytes a
	// version, where a second set of the versions written took as much again.
	var mu sync.Mutex
	first := map[versionKey]int32{}
	claim := func(key versionKey, seq int32) bool {
		mu.Lock()
		defer mu.Unlock()
		if s, ok := first[key]; ok && s < seq {
			return false
		}
		first[key] = seq
		return true
	}
	isFirst := func(key versionKey, seq int32) bool {
		mu.Lock()
		defer mu.Unlock()
		return first[key] == seq
	}
	var readErr error
	g, gctx := errgroup.WithContext(rctx)
	g.SetLimit(workers + 1)
	g.Go(func() error {
		defer close(order)
		defer close(jobs)
		seq := int32(0)
		use := func(c extract.Capture) captureUse {
			switch src, ok := bySource[c.SourceID]; {
			case !ok:
				return useSkip
			case keys[src.ID] == "":
				return useParse
			}
			return useRow
		}
		readErr = readArchive(gctx, opts, scratch, stored, use, func(c extract.Capture, row int64, canon string, fromIndex bool) error {
			src, ok := bySource[c.SourceID]
			if !ok {
				return nil // a source no longer configured
			}
			if _, ok := opts.Profiles[src.ProfileName()]; !ok && src.ProfileName() != extract.AutoProfile {
				return fmt.Errorf("source %s: unknown profile %q", src.ID, src.ProfileName())
			}
			seq++
			j := job{seq: seq, c: c, src: src, row: row, canon: canon, fromIndex: fromIndex, out: make(chan reprocessed, 1)}
			select {
			case order <- j.out:
			case <-gctx.Done():
				return gctx.Err()
			}
			select {
			case jobs <- j:
			case <-gctx.Done():
				return gctx.Err()
			}
			return nil
		})
		return nil
	})
	for range workers {
		g.Go(func() error {
			for j := range jobs {
				var art *extract.Article
				if j.row >= 0 {
					if a, ok := stored.article(j.row, j.c, j.canon); ok {
						art = &a
						stored.reused.Add(1)
					}
				}
				if art == nil && j.fromIndex {
					// No body to parse instead: the rebuild cannot go on.
					j.out <- reprocessed{err: fmt.Errorf("stored row of %s (%s) unreadable; run reprocess --from-warc", j.c.URL, j.c.FetchedAt.Format(time.RFC3339Nano))}
					continue
				}
				r := reprocessOne(gctx, j.c, j.src, art, keys[j.src.ID], reparser, log, func(key versionKey) bool { return claim(key, j.seq) })
				r.seq = j.seq
				j.out <- r
			}
			return nil
		})
	}
	var procErr error
	for out := range order {
		var r reprocessed
		select {
		case r = <-out:
		case <-gctx.Done():
			// The reader stopped before handing this page to a worker; only an
			// error ends the rebuild early, and it is recorded below.
			continue
		}
		if procErr != nil {
			continue // drain, so that the reader and the workers finish
		}
		if r.err != nil {
			procErr = r.err
			cancel()
			continue
		}
		if r.key != (versionKey{}) && (r.dup || !isFirst(r.key, r.seq)) {
			// A duplicate's earlier capture came before it, in order: written, or
			// failed.
			continue
		}
		if procErr = w.add(r.res); procErr != nil {
			cancel()
		}
	}
	_ = g.Wait()
	if procErr != nil {
		return procErr
	}
	return readErr
}

// versionKey identifies an article version (canonical URL and content hash) in 16
// bytes, so that the sets of versions a rebuild keeps stay small on a large archive
// (URL and hex hash took about 150 bytes a version).
type versionKey [16]byte

func newVersionKey(url, contentHash string) versionKey {
	h := fnv.New128a()
	h.Write([]byte(url))
	h.Write([]byte{0})
	h.Write([]byte(contentHash))
	var k versionKey
	h.Sum(k[:0])
	return k
}

// reprocessOne parses and analyses one archived article page; claim says whether the
// page is the first capture of its article version, the one to analyse. stored, when
// not nil, is the page's article read back from its stored row, which the page is
// not parsed again for.
func reprocessOne(ctx context.Context, c extract.Capture, src extract.Source, stored *extract.Article, parseKey string, reparser *extract.Reparser, log *slog.Logger, claim func(key versionKey) bool) reprocessed {
	page := extract.Page{SourceID: c.SourceID, URL: c.URL, Outcome: extract.Fetched}
	var art extract.Article
	if stored != nil {
		art = *stored
	} else {
		var err error
		art, err = reparser.Parse(src, c.URL, c.Body, c.Header.Get("Content-Type"))
		if err != nil {
			page.Outcome, page.Err, page.Cause = extract.Failed, err, "parse"
			return reprocessed{res: analysePage(ctx, page, src, parseKey, nil, log)}
		}
		art.FetchedAt = c.FetchedAt
	}
	key := newVersionKey(art.URL, art.ContentHash)
	if !claim(key) {
		return reprocessed{key: key, dup: true}
	}
	page.Article = art
	rs, err := buildRows(ctx, art, src, parseKey, log)
	if err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return reprocessed{err: err} // the rebuild is interrupted
	}
	if err != nil {
		page.Outcome, page.Err, page.Cause = extract.Failed, err, "analyze"
		return reprocessed{key: key, res: analysePage(ctx, page, src, parseKey, nil, log)}
	}
	return reprocessed{key: key, res: analysed{page: page, outcome: outNew, rows: rs, hash: art.ContentHash, note: truncationNote(page, rs)}}
}

// RecoverSwap finishes a table swap that a crash interrupted. Each step is idempotent:
// a table still in the rebuild directory is moved aside and replaced; a table already
// replaced is left alone.
func RecoverSwap(dataDir string) error {
	data, err := os.ReadFile(filepath.Join(dataDir, swapJournal))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read swap journal: %w", err)
	}
	var plan swapPlan
	if err := json.Unmarshal(data, &plan); err != nil {
		return fmt.Errorf("read swap journal %s: %w", filepath.Join(dataDir, swapJournal), err)
	}
	if err := os.MkdirAll(plan.Old, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", plan.Old, err)
	}
	for _, table := range rebuiltTables {
		next := filepath.Join(plan.Rebuild, table)
		if _, err := os.Stat(next); errors.Is(err, fs.ErrNotExist) {
			continue // already swapped in
		}
		cur := filepath.Join(dataDir, table)
		if _, err := os.Stat(cur); err == nil {
			if err := os.Rename(cur, filepath.Join(plan.Old, table)); err != nil {
				return fmt.Errorf("move old %s aside: %w", table, err)
			}
		}
		if err := os.Rename(next, cur); err != nil {
			return fmt.Errorf("swap in %s: %w", table, err)
		}
	}
	if err := atomicfile.SyncDir(dataDir); err != nil {
		return fmt.Errorf("sync %s: %w", dataDir, err)
	}
	if err := os.RemoveAll(plan.Rebuild); err != nil {
		return fmt.Errorf("remove rebuild dir: %w", err)
	}
	return os.Remove(filepath.Join(dataDir, swapJournal))
}
