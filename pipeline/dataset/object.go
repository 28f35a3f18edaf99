package dataset

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"govwatch/internal/atomicfile"
)

// Files beside the tables (crawl state, the WARC archive, rendered reports) go
// through the same storage as the tables: these functions read and write them by
// name, a slash-separated path relative to the dataset's location.

// OpenObject opens the file name of the dataset for streaming reads. A missing
// file is an error wrapping fs.ErrNotExist.
func (ds *Dataset) OpenObject(ctx context.Context, name string) (io.ReadCloser, error) {
	st, err := ds.store(ctx)
	if err != nil {
		return nil, err
	}
	if !validKey(name) {
		return nil, fmt.Errorf("open %s: %w", name, ErrInvalidName)
	}
	if bs, ok := st.(*blobStore); ok {
		r, err := bs.b.NewReader(ctx, bs.key(name), nil)
		if err != nil {
			return nil, &FileError{Path: st.path(name), Op: "open", Err: notExist(err)}
		}
		return r, nil
	}
	f, err := os.Open(st.path(name))
	if err != nil {
		return nil, &FileError{Path: st.path(name), Op: "open", Err: err}
	}
	return f, nil
}

// WriteObject replaces the file name of the dataset with what fn writes, streamed:
// on a directory through a temporary file, fsync and rename; on an object store as
// one upload that appears complete or not at all. If fn fails, nothing changes.
// The caller holds the dataset's write lock.
func (ds *Dataset) WriteObject(ctx context.Context, name string, fn func(io.Writer) error) error {
	st, err := ds.store(ctx)
	if err != nil {
		return err
	}
	if !validKey(name) || strings.HasPrefix(name, manifestsDir+"/") || strings.HasPrefix(name, stagingDir+"/") {
		return fmt.Errorf("write %s: %w", name, ErrInvalidName)
	}
	if err := st.writeFile(ctx, name, fn); err != nil {
		return &FileError{Path: st.path(name), Op: "write", Err: err}
	}
	return nil
}

// PutFile copies the local file at path to name below location (a directory, a
// file:// or an s3:// URL), streaming it. On a directory it is written to a
// temporary name, fsynced and renamed.
func PutFile(ctx context.Context, location, name, path string) error {
	st, err := openStore(ctx, location, true)
	if err != nil {
		return fmt.Errorf("put %s: %w", name, err)
	}
	defer st.close()
	if !validKey(name) {
		return fmt.Errorf("put %s: %w", name, ErrInvalidName)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("put %s: %w", name, err)
	}
	defer f.Close()
	err = st.writeFile(ctx, name, func(w io.Writer) error {
		_, err := io.Copy(w, f)
		return err
	})
	if err != nil {
		return &FileError{Path: st.path(name), Op: "put", Err: err}
	}
	return nil
}

// GetFile copies name below location to the local file at path (replaced
// atomically), streaming it. A missing name is an error wrapping fs.ErrNotExist.
func GetFile(ctx context.Context, location, name, path string) error {
	ds, err := Open(location, Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("get %s: %w", name, err)
	}
	defer ds.Close()
	r, err := ds.OpenObject(ctx, name)
	if err != nil {
		return fmt.Errorf("get %s: %w", name, err)
	}
	defer r.Close()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("get %s: %w", name, err)
	}
	err = atomicfile.Write(path, func(w io.Writer) error {
		_, err := io.Copy(w, r)
		return err
	})
	if err != nil {
		return fmt.Errorf("get %s: %w", name, err)
	}
	return nil
}

// ListFiles returns the names of the files directly below prefix in location,
// sorted; a missing prefix has none.
func ListFiles(ctx context.Context, location, prefix string) ([]string, error) {
	st, err := openStore(ctx, location, false)
	if err != nil {
		if IsURL(location) {
			return nil, fmt.Errorf("list %s: %w", prefix, err)
		}
		return nil, nil
	}
	defer st.close()
	ents, err := st.list(ctx, prefix)
	if err != nil {
		return nil, &FileError{Path: st.path(prefix), Op: "list", Err: err}
	}
	var out []string
	for _, e := range ents {
		if !e.isDir {
			out = append(out, e.name)
		}
	}
	return out, nil
}
