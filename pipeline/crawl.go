package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"govwatch/extract"
	"govwatch/pipeline/dataset"
	"govwatch/transform"
)

// ErrPartial is wrapped by the error of a run that committed what succeeded but
// had failed sources or pages (StatusPartial); the message names each failed
// source with its cause and an example.
var ErrPartial = errors.New("run partial")

// ErrNothingSucceeded is wrapped by the error of a crawl in which pages or
// sources failed and no article was fetched (StatusFailed).
var ErrNothingSucceeded = errors.New("run failed")

// Options configure one crawl or reprocess run.
type Options struct {
	// DataDir is the dataset directory.
	DataDir string
	// Sources are the portals to crawl, with their province and county.
	Sources []extract.Source
	// Crawl configures the crawler; Crawl.ArchiveDir is where WARC files go.
	Crawl extract.Config
	// Profiles are the site profiles by name.
	Profiles map[string]extract.Profile
	// Run, when set, is the run this crawl or reprocess is: its ID, job, trigger
	// and config hash are recorded, the dataset is written through the data
	// directory lock it holds, and it shows the progress live. Without it, Job,
	// Trigger, ConfigHash and RunID say what to record and the dataset takes its
	// own lock for the transaction.
	Run *Run
	// Job and Trigger are recorded in the runs table.
	Job, Trigger string
	// ConfigHash identifies the configuration, for the runs table.
	ConfigHash string
	// RunID names the run; a new one is made when empty.
	RunID string
	// Workers is the number of analysers; GOMAXPROCS when zero.
	Workers int
	// Logger receives structured logs; required.
	Logger *slog.Logger
	// Progress, when set, is called after every page with the running totals. It must
	// be quick: it runs on the writer's goroutine.
	Progress func(Progress)
	// Full walks every listing page and fetches every article in full, instead of
	// stopping at the first listing page whose articles are all known and asking for
	// known pages conditionally. Revisions of older articles are found this way; the
	// dataset still stores only versions whose content changed.
	Full bool
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// FromWARC makes a reprocess parse every archived page, instead of taking the
	// text of the pages whose stored article rows the current parse would give
	// back (see the articles table's parse_key).
	FromWARC bool
}

// Progress is the running state of a run, for progress bars and metrics.
type Progress struct {
	// Pages counts every page done; NotModified, Failed and Skipped those that
	// answered 304, failed, or were not requested on purpose.
	Pages, NotModified, Failed, Skipped, Articles int
	// Expected is the number of pages a reprocess will read, 0 when unknown.
	Expected int
	// Source is the source of the latest page.
	Source string
}

// SourceSummary counts what one source gave in one run.
type SourceSummary struct {
	ID           string
	ListingPages int // listing pages read
	Fetched      int
	NotModified  int
	Failed       map[string]int // by cause
	Skipped      int
	SkippedBy    map[string]int // by cause: robots, offhost, page_limit, listing_limit, pager_unfollowed
	// SourceFailed is true when the source gave nothing trustworthy in this run: a
	// listing page failed (robots.txt unreachable included), or it tried pages and
	// every one failed.
	SourceFailed bool
	// Example is the failure that best explains the source's failures: its first
	// failed listing page, else its first failed page; nil if none failed.
	Example *Failure
	// Examples holds the first failure of each cause in Failed.
	Examples  map[string]Failure
	Articles  int // article pages parsed
	New       int // articles never stored before
	Changed   int // articles whose content changed
	Unchanged int // fetched in full, same content hash as stored
}

// Summary is the outcome of a run, also written as one row of the runs table.
type Summary struct {
	RunID            string
	Job, Trigger     string
	ConfigHash       string
	Status           string
	Started, Ended   time.Time
	Sources          []SourceSummary
	Requests         int
	RowsArticles     int
	RowsPeople       int
	RowsViolations   int
	ExtractorVersion string
	// Reused counts the article pages a reprocess took from their stored rows
	// instead of parsing them again.
	Reused int
	// UnopenedWARC counts the WARC files a reprocess did not open: every page of
	// theirs came from its stored row, and the captures from the file's capture
	// index.
	UnopenedWARC int
	// Worker names the queue worker that ran the run; empty for a run in the
	// process that started it.
	Worker string
	// Failures holds the first per-page failures, for display; all are counted in Sources.
	Failures []Failure
	Err      error
}

// Totals sums the per-source counts.
func (s Summary) Totals() SourceSummary {
	t := SourceSummary{Failed: map[string]int{}}
	for _, src := range s.Sources {
		t.ListingPages += src.ListingPages
		t.Fetched += src.Fetched
		t.NotModified += src.NotModified
		t.Skipped += src.Skipped
		for c, n := range src.SkippedBy {
			if t.SkippedBy == nil {
				t.SkippedBy = map[string]int{}
			}
			t.SkippedBy[c] += n
		}
		t.Articles += src.Articles
		t.New += src.New
		t.Changed += src.Changed
		t.Unchanged += src.Unchanged
		for c, n := range src.Failed {
			t.Failed[c] += n
		}
	}
	return t
}

// Failure is one page that could not be fetched, parsed or analysed. The run goes on.
type Failure struct {
	SourceID, URL string
	Stage         string // fetch, parse, analyze
	Cause         string // short code such as http_5xx, timeout, parse_title
	Err           error
}

func (f Failure) Error() string {
	return fmt.Sprintf("%s %s (%s): %v", f.Stage, f.URL, f.Cause, f.Err)
}

// maxKeptFailures bounds Summary.Failures so a broken portal cannot fill memory.
const maxKeptFailures = 100

// CauseTruncated is the cause recorded for an article longer than one analysis reads
// (transform.MaxBodyRunes runes of body): its rows, and the body stored, hold its
// first part only. Unlike other failures, such a page is also stored.
const CauseTruncated = "analyze_truncated"

// analysed is one page ready for the writer.
type analysed struct {
	page    extract.Page
	outcome pageOutcome
	rows    rows
	failure *Failure
	hash    string
	// note is a failure recorded for a page that is stored all the same: one whose
	// analysis was cut (CauseTruncated).
	note *Failure
	// stateErr is a failure to read the crawl state: it stops the run, as a
	// failure to write the dataset does.
	stateErr error
}

type pageOutcome int

const (
	outNotModified pageOutcome = iota
	outFailed
	outSkipped
	outNew
	outChanged
	outUnchanged
	// outStopped is a page whose analysis the run's context stopped: it is neither
	// stored nor counted, and the next run reads it again.
	outStopped
)

// Crawl runs one crawl of opts.Sources into the dataset at opts.DataDir. A cancelled
// ctx stops the crawl; what was analysed so far is committed and the run is recorded
// as interrupted, so a SIGTERM never loses finished work.
func Crawl(ctx context.Context, opts Options) (Summary, error) {
	opts = withDefaults(opts)
	log := opts.Logger.With(KeyRunID, opts.RunID, KeyJob, opts.Job)
	sum := newSummary(opts)

	if err := RecoverSwap(opts.DataDir); err != nil {
		return sum, notRecorded(err)
	}
	ds, err := dataset.Open(opts.DataDir, dataset.Options{Lock: opts.Run.HeldLock(opts.DataDir)})
	if err != nil {
		return sum, notRecorded(fmt.Errorf("open dataset: %w", err))
	}
	txn, err := ds.Begin(ctx, opts.RunID)
	if err != nil {
		return sum, notRecorded(fmt.Errorf("begin dataset transaction: %w", err))
	}
	// The crawl's state and seen sets keep what grows with the pages in files
	// here (after Begin, whose recovery would remove it).
	scratch, err := dataset.MakeScratch(opts.DataDir, opts.RunID, "crawl")
	if err != nil {
		_ = txn.Abort()
		return sum, notRecorded(err)
	}
	defer dataset.RemoveScratch(opts.DataDir, scratch)
	st, err := loadState(ctx, ds, scratch, opts.Sources)
	if err != nil {
		_ = txn.Abort()
		return sum, notRecorded(err)
	}
	defer st.close()
	if opts.Full {
		st.deep = true
	}
	// Under the dataset's write lock, so that no live crawl can own them.
	sweepOpenArchives(opts.DataDir, opts.Crawl.ArchiveDir, log)
	ccfg := opts.Crawl
	ccfg.ScratchDir = scratch
	// Each WARC file the crawl closes gets its capture index, so that the first
	// reprocess after the crawl need not open a file whose pages all have
	// stored rows (see warcindex.go).
	// (Reprocess reads only a local data directory: a bucket's gets none.)
	if !dataset.IsURL(opts.DataDir) && ccfg.ArchiveDir != "" {
		indexer := &crawlIndexer{x: warcIndexes{dir: filepath.Join(opts.DataDir, filepath.FromSlash(warcIndexDir))}}
		defer indexer.drop() // entries of a file the crawl did not close
		ccfg.ArchiveObserver = indexer
	}
	crawler, err := extract.New(ccfg, opts.Profiles, log)
	if err != nil {
		_ = txn.Abort()
		return sum, fmt.Errorf("start crawler: %w", err)
	}
	log.Info("crawl started", "sources", len(opts.Sources), KeyTarget, opts.DataDir)

	bySource := map[string]extract.Source{}
	for _, s := range opts.Sources {
		bySource[s.ID] = s
	}
	pages := make(chan extract.Page, 64)
	results := make(chan analysed, 64)
	var stats extract.Stats
	var crawlErr error
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(pages)
		stats, crawlErr = crawler.Crawl(gctx, opts.Sources, st, pages)
		return nil // a crawl error is recorded in the run, not a reason to drop results
	})
	keys := parseKeys(opts)
	var workers sync.WaitGroup
	for range opts.Workers {
		workers.Add(1)
		g.Go(func() error {
			defer workers.Done()
			for p := range pages {
				results <- analysePage(gctx, p, bySource[p.SourceID], keys[p.SourceID], st, log)
			}
			return nil
		})
	}
	go func() { workers.Wait(); close(results) }()

	w := newRunWriter(txn, opts, &sum, st)
	var sinkErr error
	for r := range results {
		if sinkErr != nil {
			continue // drain so the producers can finish
		}
		sinkErr = w.add(r)
	}
	_ = g.Wait()
	if cerr := crawler.Close(); cerr != nil && sinkErr == nil {
		sinkErr = fmt.Errorf("close archive: %w", cerr)
	}
	if perr := publishArchive(context.WithoutCancel(ctx), ds, opts.Crawl.ArchiveDir, log); perr != nil && sinkErr == nil {
		sinkErr = perr
	}
	sum.Sources = w.sortedSources()
	mergeStats(&sum, stats)

	switch {
	case sinkErr != nil:
		sum.Status, sum.Err = StatusFailed, sinkErr
	case ctx.Err() != nil:
		sum.Status, sum.Err = StatusFor(ctx, ctx.Err()), Explain(ctx, ctx.Err())
	case crawlErr != nil:
		sum.Status, sum.Err = StatusFailed, crawlErr
	default:
		sum.Status, sum.Err = crawlOutcome(sum.Sources)
	}
	return finish(ctx, ds, txn, w, opts, sum, log)
}

// crawlOutcome decides the status of a crawl that ran to its end, marking the failed
// sources: succeeded when no source and no page failed and no listing was left with
// later pages it could not reach (skips of cause extract.CausePagerUnfollowed); partial
// when some did but an article was fetched or answered 304; failed when nothing was. A
// page stored in part (CauseTruncated) is a note, not a failure.
func crawlOutcome(sources []SourceSummary) (string, error) {
	var failedPages, good, unreached int
	var broken []string
	for i := range sources {
		s := &sources[i]
		n := 0
		for cause, k := range s.Failed {
			if cause != CauseTruncated {
				n += k
			}
		}
		failedPages += n
		unreached += s.SkippedBy[extract.CausePagerUnfollowed]
		good += s.Articles + s.NotModified
		if s.SourceFailed || (n > 0 && s.Articles+s.NotModified == 0) {
			s.SourceFailed = true
			msg := s.ID
			if f := s.Example; f != nil {
				msg = fmt.Sprintf("%s (%s): %v", s.ID, f.Cause, f.Err)
			}
			broken = append(broken, msg)
		}
	}
	if failedPages == 0 && unreached == 0 && len(broken) == 0 {
		return StatusSucceeded, nil
	}
	what := fmt.Sprintf("%d pages failed", failedPages)
	if unreached > 0 {
		note := fmt.Sprintf("%d listing pages show later pages that no next link leads to (%s)", unreached, extract.CausePagerUnfollowed)
		if what = note; failedPages > 0 {
			what = fmt.Sprintf("%d pages failed; %s", failedPages, note)
		}
	}
	if len(broken) > 0 {
		what = fmt.Sprintf("%d of %d sources failed: %s; %s", len(broken), len(sources), strings.Join(broken, "; "), what)
	}
	if good == 0 {
		return StatusFailed, fmt.Errorf("%w: nothing fetched: %s", ErrNothingSucceeded, what)
	}
	return StatusPartial, fmt.Errorf("%w: %s", ErrPartial, what)
}

// sweepOpenArchives removes the WARC files that a killed crawl left open (*.open) in
// the archive, when the archive lies inside the data directory and is therefore
// covered by the dataset's write lock that the caller holds. Such a file belongs to a
// run that committed nothing (a crawl closes its archive before it commits), and the
// archive names files by the second, so a crawl restarted in the same second as the
// killed one would otherwise fail to create its own file.
func sweepOpenArchives(dataDir, archiveDir string, log *slog.Logger) {
	if archiveDir == "" {
		return
	}
	// On an object store the archive is spooled locally (see publishArchive),
	// and only the lease holder writes to it.
	rel, err := filepath.Rel(dataDir, archiveDir)
	if !dataset.IsURL(dataDir) && (err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))) {
		return // shared with who knows what: leave it alone
	}
	open, _ := filepath.Glob(filepath.Join(archiveDir, "*.open"))
	for _, f := range open {
		if err := os.Remove(f); err != nil {
			log.Warn("remove archive file left open by a crash", "file", f, "err", err)
			continue
		}
		log.Info("removed archive file left open by a crash", "file", f)
	}
}

// finish writes the run row and commits, on a context that outlives a cancelled run so
// that an interrupted run still keeps what it finished.
func finish(ctx context.Context, ds *dataset.Dataset, txn *dataset.Txn, w *runWriter, opts Options, sum Summary, log *slog.Logger) (Summary, error) {
	commitCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
	defer cancel()
	sum.Ended = opts.Now()
	if sum.Status == StatusFailed && w.sinkBroken {
		// The transaction may hold a half-added row; throw it away and record only the run.
		_ = txn.Abort()
		sum.RowsArticles, sum.RowsPeople, sum.RowsViolations = 0, 0, 0
		if err := recordRunOnly(commitCtx, ds, sum, sum.RunID+dataset.RecordSuffix); err != nil {
			log.Error("record failed run", "err", err)
		}
		return sum, sum.Err
	}
	if err := txn.AddRun(runRow(sum)); err != nil {
		_ = txn.Abort()
		return sum, fmt.Errorf("add run row: %w", err)
	}
	if err := txn.Commit(commitCtx); err != nil {
		// Nothing of the run is visible: say so in its record, and record it in a
		// transaction of its own if the dataset still takes one.
		sum.Status, sum.Err = StatusFailed, fmt.Errorf("commit run: %w", err)
		sum.RowsArticles, sum.RowsPeople, sum.RowsViolations = 0, 0, 0
		if rerr := recordRunOnly(commitCtx, ds, sum, sum.RunID+dataset.RecordSuffix); rerr != nil {
			return sum, fmt.Errorf("%w; %w", sum.Err, notRecorded(rerr))
		}
		return sum, sum.Err
	}
	if w.st != nil {
		incomplete := map[string]bool{}
		for _, s := range sum.Sources {
			if s.SourceFailed || w.listingFailed[s.ID] {
				incomplete[s.ID] = true
			}
		}
		w.st.finishSources(opts.Sources, sum.Status == StatusSucceeded || sum.Status == StatusPartial, incomplete)
		if err := w.st.save(commitCtx, ds); err != nil {
			log.Warn("save crawl state", "err", err)
		}
	}
	for _, s := range sum.Sources {
		if s.SourceFailed && s.Example != nil {
			log.Warn("source failed", KeySource, s.ID, KeyCause, s.Example.Cause, KeyURL, s.Example.URL, "err", s.Example.Err)
		}
	}
	log.Info("run finished", "status", sum.Status, "articles", sum.RowsArticles, "people", sum.RowsPeople, "violations", sum.RowsViolations)
	if sum.Status != StatusSucceeded {
		return sum, sum.Err
	}
	return sum, nil
}

// ErrNotRecorded is wrapped by the error of a run that could not write its row
// to the runs table (its dataset could not be opened or committed to); the error
// says why, and the scheduler keeps the run in memory for the operator page.
var ErrNotRecorded = errors.New("run not recorded in the runs table")

func notRecorded(err error) error { return fmt.Errorf("%w: %w", ErrNotRecorded, err) }

// newSummary starts the summary of the run opts describe.
func newSummary(opts Options) Summary {
	return Summary{RunID: opts.RunID, Job: opts.Job, Trigger: opts.Trigger, ConfigHash: opts.ConfigHash,
		Started: opts.Now(), ExtractorVersion: transform.ExtractorVersion, Worker: opts.Run.worker()}
}

// recordRunOnly writes a runs row in a transaction of its own, named txnID.
func recordRunOnly(ctx context.Context, ds *dataset.Dataset, sum Summary, txnID string) error {
	txn, err := ds.Begin(ctx, txnID)
	if err != nil {
		return err
	}
	if err := txn.AddRun(runRow(sum)); err != nil {
		_ = txn.Abort()
		return err
	}
	return txn.Commit(ctx)
}

func withDefaults(o Options) Options {
	if o.Now == nil {
		o.Now = time.Now
	}
	if r := o.Run; r != nil {
		o.RunID, o.Job, o.Trigger, o.ConfigHash = r.id, r.cfg.Job, r.cfg.Trigger, r.cfg.ConfigHash
	}
	if o.Job == "" {
		o.Job = "crawl"
	}
	if o.RunID == "" {
		o.RunID = NewRunID(o.Now(), o.Job)
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Trigger == "" {
		o.Trigger = DefaultTrigger
	}
	return o
}

// analysePage decides what a page means for the dataset and, for new or changed
// articles, runs the extractors, which stop when ctx is done. It runs on the worker
// pool. parseKey is the source's parse key (see parseKeys).
func analysePage(ctx context.Context, p extract.Page, src extract.Source, parseKey string, st *crawlState, log *slog.Logger) analysed {
	r := analysed{page: p}
	switch p.Outcome {
	case extract.NotModified:
		r.outcome = outNotModified
		return r
	case extract.Skipped:
		r.outcome = outSkipped
		return r
	case extract.Failed:
		r.outcome = outFailed
		stage := "fetch"
		var pe *extract.ParseError
		if errors.As(p.Err, &pe) {
			stage = "parse"
		}
		r.failure = &Failure{SourceID: p.SourceID, URL: p.URL, Stage: stage, Cause: p.Cause, Err: p.Err}
		return r
	}
	art := p.Article
	r.hash = art.ContentHash
	same, known, err := st.version(art.URL, art.ContentHash)
	switch {
	case err != nil:
		r.stateErr = err
		return r
	case same:
		r.outcome = outUnchanged
		return r
	case known:
		r.outcome = outChanged
	default:
		r.outcome = outNew
	}
	rows, err := buildRows(ctx, art, src, parseKey, log)
	if err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		r.outcome = outStopped
		return r
	}
	if err != nil {
		r.outcome = outFailed
		r.failure = &Failure{SourceID: p.SourceID, URL: p.URL, Stage: "analyze", Cause: "analyze", Err: err}
		return r
	}
	r.rows = rows
	r.note = truncationNote(p, rows)
	return r
}

// truncationNote returns the failure recorded for a page whose analysis was cut, or
// nil.
func truncationNote(p extract.Page, rs rows) *Failure {
	if !rs.truncated {
		return nil
	}
	return &Failure{SourceID: p.SourceID, URL: p.URL, Stage: "analyze", Cause: CauseTruncated,
		Err: fmt.Errorf("article longer than one analysis reads (%d runes of body, %d of title): analysed and stored in part", transform.MaxBodyRunes, transform.MaxTitleRunes)}
}

// runWriter is the single goroutine that adds rows to the transaction and keeps the
// counts.
type runWriter struct {
	txn        *dataset.Txn
	opts       Options
	sum        *Summary
	st         *crawlState
	sources    map[string]*SourceSummary
	progress   Progress
	sinkBroken bool
	// listingFailed holds the sources with a failed listing page in this run.
	listingFailed map[string]bool
}

func newRunWriter(txn *dataset.Txn, opts Options, sum *Summary, st *crawlState) *runWriter {
	w := &runWriter{txn: txn, opts: opts, sum: sum, st: st, sources: map[string]*SourceSummary{}, listingFailed: map[string]bool{}}
	for _, s := range opts.Sources {
		w.source(s.ID)
	}
	return w
}

func (w *runWriter) source(id string) *SourceSummary {
	s, ok := w.sources[id]
	if !ok {
		s = &SourceSummary{ID: id, Failed: map[string]int{}}
		w.sources[id] = s
	}
	return s
}

func (w *runWriter) add(r analysed) error {
	if r.stateErr != nil {
		w.sinkBroken = true
		return fmt.Errorf("read crawl state: %w", r.stateErr)
	}
	if r.outcome == outStopped {
		return nil
	}
	src := w.source(r.page.SourceID)
	w.progress.Pages++
	w.progress.Source = r.page.SourceID
	switch r.outcome {
	case outNotModified:
		src.NotModified++
		w.progress.NotModified++
	case outSkipped:
		src.Skipped++
		w.progress.Skipped++
		if src.SkippedBy == nil {
			src.SkippedBy = map[string]int{}
		}
		src.SkippedBy[r.page.Cause]++
	case outFailed:
		if r.page.Listing {
			if !w.listingFailed[r.page.SourceID] {
				ex := *r.failure
				src.Example = &ex // a failed listing explains a source best
			}
			w.listingFailed[r.page.SourceID] = true
			src.SourceFailed = true
		}
		if src.Example == nil {
			ex := *r.failure
			src.Example = &ex
		}
		w.fail(src, r.failure, "page failed")
	case outUnchanged:
		src.Fetched++
		src.Articles++
		src.Unchanged++
		w.progress.Articles++
		if err := w.st.record(r.page.URL, "", r.page.Validators); err != nil {
			w.sinkBroken = true
			return fmt.Errorf("record crawl state: %w", err)
		}
	case outNew, outChanged:
		src.Fetched++
		src.Articles++
		w.progress.Articles++
		if r.outcome == outNew {
			src.New++
		} else {
			src.Changed++
		}
		if err := w.write(r.rows); err != nil {
			w.sinkBroken = true
			return err
		}
		if r.note != nil {
			w.fail(src, r.note, "page stored in part")
		}
		if w.st != nil {
			if err := w.st.record(r.page.URL, r.hash, r.page.Validators); err != nil {
				w.sinkBroken = true
				return fmt.Errorf("record crawl state: %w", err)
			}
		}
	}
	w.opts.Run.setProgress(w.progress)
	if w.opts.Progress != nil {
		w.opts.Progress(w.progress)
	}
	return nil
}

// fail counts a per-page failure by its cause, keeps it for display and logs it.
func (w *runWriter) fail(src *SourceSummary, f *Failure, msg string) {
	if _, ok := src.Examples[f.Cause]; !ok {
		if src.Examples == nil {
			src.Examples = map[string]Failure{}
		}
		src.Examples[f.Cause] = *f
	}
	src.Failed[f.Cause]++
	w.progress.Failed++
	if len(w.sum.Failures) < maxKeptFailures {
		w.sum.Failures = append(w.sum.Failures, *f)
	}
	w.opts.Logger.Warn(msg, KeyRunID, w.opts.RunID, KeySource, f.SourceID, KeyURL, f.URL,
		KeyStage, f.Stage, KeyCause, f.Cause, "err", f.Err)
}

func (w *runWriter) write(rs rows) error {
	a := rs.article
	a.RunID = w.opts.RunID
	if err := w.txn.AddArticle(a); err != nil {
		return fmt.Errorf("write article %s: %w", a.URL, err)
	}
	w.sum.RowsArticles++
	for _, p := range rs.people {
		p.RunID = w.opts.RunID
		if err := w.txn.AddPerson(p); err != nil {
			return fmt.Errorf("write person of %s: %w", a.URL, err)
		}
		w.sum.RowsPeople++
	}
	for _, v := range rs.violations {
		v.RunID = w.opts.RunID
		if err := w.txn.AddViolation(v); err != nil {
			return fmt.Errorf("write violation of %s: %w", a.URL, err)
		}
		w.sum.RowsViolations++
	}
	return nil
}

// mergeStats adds what only the crawler counted: requests and listing pages.
func mergeStats(sum *Summary, stats extract.Stats) {
	sum.Requests = stats.Requests
	for i := range sum.Sources {
		sum.Sources[i].ListingPages = stats.Sources[sum.Sources[i].ID].ListingPages
	}
}

// sortedSources returns the per-source summaries in config order.
func (w *runWriter) sortedSources() []SourceSummary {
	out := make([]SourceSummary, 0, len(w.sources))
	for _, s := range w.sources {
		out = append(out, *s)
	}
	order := map[string]int{}
	for i, s := range w.opts.Sources {
		order[s.ID] = i
	}
	sort.Slice(out, func(i, j int) bool { return order[out[i].ID] < order[out[j].ID] })
	return out
}
