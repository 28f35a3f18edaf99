package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"govwatch/extract"
	"govwatch/pipeline/dataset"
)

// stateFile holds the HTTP validators of the pages a crawl has stored, relative to the
// data directory. It is only an optimisation: without it every known page costs a full
// GET instead of a 304, and the dataset still decides what is new.
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
// With deep set, Lookup reports every URL as unseen, so that listing discovery reads
// every listing page: it is set when a source of this crawl was left incomplete, or
// when the state file is lost while the dataset holds articles (nothing then says
// whether the last crawl finished).
type crawlState struct {
	mu         sync.RWMutex
	hashes     map[string]stored // canonical URL → latest stored version
	validators map[string]extract.Validators
	incomplete map[string]bool // source ID → its last committed crawl was incomplete
	deep       bool
}

type stored struct {
	hash      string
	fetchedAt time.Time
}

// loadState reads the article versions from the dataset and the validators from the
// state file. A missing or unreadable state file is not an error.
func loadState(ctx context.Context, ds *dataset.Dataset, dataDir string, sources []extract.Source) (*crawlState, error) {
	st := &crawlState{hashes: map[string]stored{}, validators: map[string]extract.Validators{}, incomplete: map[string]bool{}}
	err := ds.KnownArticles(ctx, func(_, url, hash string, fetchedAt time.Time) error {
		if prev, ok := st.hashes[url]; !ok || fetchedAt.After(prev.fetchedAt) {
			st.hashes[url] = stored{hash: hash, fetchedAt: fetchedAt}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read known articles: %w", err)
	}
	data, err := os.ReadFile(filepath.Join(dataDir, stateFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		st.deep = len(st.hashes) > 0
	case err != nil:
		return nil, fmt.Errorf("read crawl state: %w", err)
	default:
		// A corrupt state file is rebuilt rather than trusted.
		_ = json.Unmarshal(data, &st.validators)
	}
	data, err = os.ReadFile(filepath.Join(dataDir, incompleteFile))
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

// Lookup implements extract.Known.
func (s *crawlState) Lookup(url string) (extract.Validators, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if _, ok := s.hashes[url]; !ok || s.deep {
		return extract.Validators{}, false
	}
	return s.validators[url], true
}

// latest returns the content hash of the newest stored version of url.
func (s *crawlState) latest(url string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.hashes[url]
	return v.hash, ok
}

// record notes a version written (or confirmed) by this run.
func (s *crawlState) record(url, hash string, v extract.Validators, at time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if hash != "" {
		s.hashes[url] = stored{hash: hash, fetchedAt: at}
	}
	if v != (extract.Validators{}) {
		s.validators[url] = v
	}
}

// finishSources notes which sources a committed run left incomplete: all of them when
// the run did not succeed, else those with a failed listing page.
func (s *crawlState) finishSources(sources []extract.Source, succeeded bool, listingFailed map[string]bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, src := range sources {
		if !succeeded || listingFailed[src.ID] {
			s.incomplete[src.ID] = true
		} else {
			delete(s.incomplete, src.ID)
		}
	}
}

// save writes the validators and the incomplete sources atomically: temp file, fsync,
// rename. The incomplete sources are written first, so that a crash between the two
// files can only cost a deeper crawl.
func (s *crawlState) save(dataDir string) error {
	s.mu.RLock()
	ids := make([]string, 0, len(s.incomplete))
	for id := range s.incomplete {
		ids = append(ids, id)
	}
	data, err := json.Marshal(s.validators)
	s.mu.RUnlock()
	if err != nil {
		return fmt.Errorf("encode crawl state: %w", err)
	}
	sort.Strings(ids)
	inc, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("encode crawl state: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(dataDir, incompleteFile), inc); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dataDir, stateFile), data)
}

func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create state dir: %w", err)
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("create temp file: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename state file: %w", err)
	}
	return nil
}
