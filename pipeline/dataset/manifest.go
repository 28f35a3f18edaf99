package dataset

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"govwatch/internal/atomicfile"
)

const (
	manifestsDir = "_manifests"
	stagingDir   = "_staging"
	lockFile     = "_lock"

	stateCommitting = "committing"
	stateDone       = "done"
)

// manifest is the per-run record written at commit, in <dir>/_manifests/<run_id>.json.
type manifest struct {
	Format    int            `json:"format"`
	RunID     string         `json:"run_id"`
	State     string         `json:"state"`
	CreatedAt time.Time      `json:"created_at"`
	Files     []manifestFile `json:"files"`
}

// manifestFile is one file of a run: where it was staged, where it goes, what it holds.
// Paths are relative to the dataset directory, with forward slashes.
type manifestFile struct {
	Table     string `json:"table"`
	Partition string `json:"partition"`
	Staged    string `json:"staged"`
	Final     string `json:"final"`
	Rows      int64  `json:"rows"`
	Bytes     int64  `json:"bytes"`
}

func manifestPath(dir, runID string) string {
	return filepath.Join(dir, manifestsDir, runID+".json")
}

func writeManifest(dir string, m *manifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(manifestPath(dir, m.RunID), append(data, '\n')); err != nil {
		return &FileError{Path: manifestPath(dir, m.RunID), Op: "write manifest", Err: err}
	}
	return nil
}

func readManifest(path string) (*manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &FileError{Path: path, Op: "read manifest", Err: err}
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, &FileError{Path: path, Op: "read manifest", Err: fmt.Errorf("%w: %w", ErrBadManifest, err)}
	}
	for _, f := range m.Files {
		if !filepath.IsLocal(filepath.FromSlash(f.Staged)) || !filepath.IsLocal(filepath.FromSlash(f.Final)) {
			return nil, &FileError{Path: path, Op: "read manifest", Err: fmt.Errorf("%w: path outside the dataset: %q", ErrBadManifest, f.Final)}
		}
	}
	return &m, nil
}

// applyManifest moves every staged file of m into place. It is idempotent: a file
// already in place is left alone, so it can run again after a crash half-way through.
func applyManifest(dir string, m *manifest) error {
	dirs := map[string]bool{}
	for _, f := range m.Files {
		staged := filepath.Join(dir, filepath.FromSlash(f.Staged))
		final := filepath.Join(dir, filepath.FromSlash(f.Final))
		if _, err := os.Stat(staged); err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				return &FileError{Path: staged, Op: "stat", Err: err}
			}
			if _, ferr := os.Stat(final); ferr != nil {
				return &FileError{Path: final, Op: "apply manifest", Err: fmt.Errorf("%w: run %s: file neither staged nor in place", ErrBadManifest, m.RunID)}
			}
			continue
		}
		fd := filepath.Dir(final)
		if err := os.MkdirAll(fd, 0o755); err != nil {
			return &FileError{Path: fd, Op: "create directory", Err: err}
		}
		if err := os.Rename(staged, final); err != nil {
			return &FileError{Path: final, Op: "rename", Err: err}
		}
		dirs[fd] = true
		hook("rename")
	}
	keys := make([]string, 0, len(dirs))
	for d := range dirs {
		keys = append(keys, d)
	}
	sort.Strings(keys)
	for _, d := range keys {
		if err := atomicfile.SyncDir(d); err != nil {
			return &FileError{Path: d, Op: "sync directory", Err: err}
		}
	}
	return nil
}

// finishManifest applies m, marks it done and removes the run's staging directory.
func finishManifest(dir string, m *manifest) error {
	if err := applyManifest(dir, m); err != nil {
		return err
	}
	hook("renamed")
	m.State = stateDone
	if err := writeManifest(dir, m); err != nil {
		return err
	}
	hook("done")
	sd := filepath.Join(dir, stagingDir, m.RunID)
	if err := os.RemoveAll(sd); err != nil {
		return &FileError{Path: sd, Op: "remove staging", Err: err}
	}
	return nil
}

// recoverDir brings the dataset to a consistent state after a crash: manifests that
// are not done are rolled forward, staging directories of runs without a manifest
// are deleted (rolled back), and stray temporary manifests are removed. The caller
// holds the write lock.
func recoverDir(dir string) error {
	md := filepath.Join(dir, manifestsDir)
	entries, err := os.ReadDir(md)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return &FileError{Path: md, Op: "list manifests", Err: err}
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		p := filepath.Join(md, name)
		if strings.HasPrefix(name, ".") && strings.HasSuffix(name, ".tmp") {
			if err := os.Remove(p); err != nil {
				errs = append(errs, &FileError{Path: p, Op: "remove temporary manifest", Err: err})
			}
			continue
		}
		if e.IsDir() || !strings.HasSuffix(name, ".json") {
			continue
		}
		m, err := readManifest(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if m.State == stateDone {
			continue
		}
		if err := finishManifest(dir, m); err != nil {
			errs = append(errs, fmt.Errorf("roll forward run %s: %w", m.RunID, err))
		}
	}
	sd := filepath.Join(dir, stagingDir)
	runs, err := os.ReadDir(sd)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, &FileError{Path: sd, Op: "list staging", Err: err})
	}
	for _, r := range runs {
		p := filepath.Join(sd, r.Name())
		m, err := readManifest(manifestPath(dir, r.Name()))
		switch {
		case err == nil && m.State != stateDone:
			continue // roll forward failed above; keep the files for the next attempt
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			continue // an unreadable manifest: keep the files, the error is reported above
		}
		if err := os.RemoveAll(p); err != nil {
			errs = append(errs, &FileError{Path: p, Op: "remove staging", Err: err})
		}
	}
	return errors.Join(errs...)
}
