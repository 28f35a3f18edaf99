package dataset

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"
)

const (
	manifestsDir = "_manifests"
	stagingDir   = "_staging"
	lockFile     = "_lock"

	stateCommitting = "committing"
	stateDone       = "done"
)

// manifest is the per-run record written at commit, in <dir>/_manifests/<run_id>.json.
// It is created once (write-once: a second writer of the same run ID fails, on a
// directory by link(2), on an object store by a conditional PUT), which is the
// commit point of the run; the lock holder later replaces it with the same content
// in state done.
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

func manifestKey(runID string) string {
	return manifestsDir + "/" + runID + ".json"
}

func encodeManifest(m *manifest) []byte {
	data, _ := json.MarshalIndent(m, "", "  ")
	return append(data, '\n')
}

// createManifest writes m as the run's manifest, failing with ErrRunExists if the
// run has one: the commit point.
func createManifest(ctx context.Context, st store, m *manifest) error {
	key := manifestKey(m.RunID)
	err := st.writeOnce(ctx, key, encodeManifest(m))
	if errors.Is(err, fs.ErrExist) {
		err = fmt.Errorf("%w: %w", ErrRunExists, err)
	}
	if err != nil {
		return &FileError{Path: st.path(key), Op: "write manifest", Err: err}
	}
	return nil
}

// replaceManifest replaces the run's manifest with m (to mark it done).
func replaceManifest(ctx context.Context, st store, m *manifest) error {
	key := manifestKey(m.RunID)
	data := encodeManifest(m)
	err := st.writeFile(ctx, key, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return &FileError{Path: st.path(key), Op: "write manifest", Err: err}
	}
	return nil
}

func validKey(k string) bool {
	return k != "" && !strings.HasPrefix(k, "/") && path.Clean(k) == k && k != ".." && !strings.HasPrefix(k, "../") && !strings.Contains(k, "\\")
}

func readManifest(ctx context.Context, st store, key string) (*manifest, error) {
	data, err := st.readFile(ctx, key)
	if err != nil {
		return nil, &FileError{Path: st.path(key), Op: "read manifest", Err: err}
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, &FileError{Path: st.path(key), Op: "read manifest", Err: fmt.Errorf("%w: %w", ErrBadManifest, err)}
	}
	for _, f := range m.Files {
		if !validKey(f.Staged) || !validKey(f.Final) {
			return nil, &FileError{Path: st.path(key), Op: "read manifest", Err: fmt.Errorf("%w: path outside the dataset: %q", ErrBadManifest, f.Final)}
		}
	}
	return &m, nil
}

// applyManifest moves every staged file of m into place (a rename on a directory, a
// server-side copy and a delete on an object store). It is idempotent: a file
// already in place is left alone, so it can run again after a crash half-way
// through.
func applyManifest(ctx context.Context, st store, m *manifest) error {
	dirs := map[string]bool{}
	for _, f := range m.Files {
		ok, err := st.exists(ctx, f.Staged)
		if err != nil {
			return &FileError{Path: st.path(f.Staged), Op: "stat", Err: err}
		}
		if !ok {
			if in, ferr := st.exists(ctx, f.Final); ferr != nil || !in {
				return &FileError{Path: st.path(f.Final), Op: "apply manifest", Err: fmt.Errorf("%w: run %s: file neither staged nor in place", ErrBadManifest, m.RunID)}
			}
			continue
		}
		if err := st.move(ctx, f.Staged, f.Final); err != nil {
			return &FileError{Path: st.path(f.Final), Op: "rename", Err: err}
		}
		dirs[path.Dir(f.Final)] = true
		hook("rename")
	}
	keys := make([]string, 0, len(dirs))
	for d := range dirs {
		keys = append(keys, d)
	}
	if err := st.syncDirs(keys); err != nil {
		return &FileError{Path: st.path(""), Op: "sync directory", Err: err}
	}
	return nil
}

// finishManifest applies m, marks it done and removes the run's staging directory.
func finishManifest(ctx context.Context, st store, m *manifest) error {
	if err := applyManifest(ctx, st, m); err != nil {
		return err
	}
	hook("renamed")
	m.State = stateDone
	if err := replaceManifest(ctx, st, m); err != nil {
		return err
	}
	hook("done")
	sd := stagingDir + "/" + m.RunID
	if err := st.removeAll(ctx, sd); err != nil {
		return &FileError{Path: st.path(sd), Op: "remove staging", Err: err}
	}
	return nil
}

// recoverStore brings the dataset to a consistent state after a crash: manifests
// that are not done are rolled forward, staging directories of runs without a
// manifest are deleted (rolled back), and stray temporary manifests are removed.
// The caller holds the write lock.
func recoverStore(ctx context.Context, st store) error {
	entries, err := st.list(ctx, manifestsDir)
	if err != nil {
		return &FileError{Path: st.path(manifestsDir), Op: "list manifests", Err: err}
	}
	var errs []error
	for _, e := range entries {
		name := e.name
		key := manifestsDir + "/" + name
		if strings.HasPrefix(name, ".") && strings.HasSuffix(name, ".tmp") {
			if err := st.remove(ctx, key); err != nil {
				errs = append(errs, &FileError{Path: st.path(key), Op: "remove temporary manifest", Err: err})
			}
			continue
		}
		if e.isDir || !strings.HasSuffix(name, ".json") {
			continue
		}
		m, err := readManifest(ctx, st, key)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if m.State == stateDone {
			continue
		}
		if err := finishManifest(ctx, st, m); err != nil {
			errs = append(errs, fmt.Errorf("roll forward run %s: %w", m.RunID, err))
		}
	}
	runs, err := st.list(ctx, stagingDir)
	if err != nil {
		errs = append(errs, &FileError{Path: st.path(stagingDir), Op: "list staging", Err: err})
	}
	for _, r := range runs {
		m, err := readManifest(ctx, st, manifestKey(r.name))
		switch {
		case err == nil && m.State != stateDone:
			continue // roll forward failed above; keep the files for the next attempt
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			continue // an unreadable manifest: keep the files, the error is reported above
		}
		p := stagingDir + "/" + r.name
		if err := st.removeAll(ctx, p); err != nil {
			errs = append(errs, &FileError{Path: st.path(p), Op: "remove staging", Err: err})
		}
	}
	return errors.Join(errs...)
}
