package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"govwatch/pipeline/dataset"
)

// ErrReprocessObjectStore is wrapped by the error of a reprocess asked of a dataset
// on an object store: its table swap renames directories, which an object store
// cannot do at once. Reprocess a local copy and upload it, or crawl again.
var ErrReprocessObjectStore = errors.New("reprocess works on a local data directory only")

// archivePrefix is where the WARC files of a dataset on an object store go.
const archivePrefix = "_archive"

// publishArchive uploads the closed WARC files of a crawl's local archive spool
// to <data>/_archive/ when the dataset is on an object store, streaming each
// file, and removes each local file once it is uploaded. A file that fails to
// upload stays in the spool for the next crawl. On a local data directory the
// archive is already where it belongs, and nothing is done.
func publishArchive(ctx context.Context, ds *dataset.Dataset, spool string, log *slog.Logger) error {
	if spool == "" || !dataset.IsURL(ds.Dir()) {
		return nil
	}
	ents, err := os.ReadDir(spool)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("publish archive: %w", err)
	}
	var errs []error
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".warc.gz") {
			continue
		}
		p := filepath.Join(spool, name)
		err := ds.WriteObject(ctx, archivePrefix+"/"+name, func(w io.Writer) error {
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = io.Copy(w, f)
			return err
		})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := os.Remove(p); err != nil {
			errs = append(errs, err)
			continue
		}
		log.Debug("archive file uploaded", "file", name, KeyTarget, dataset.Redact(ds.Dir()))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("publish archive: %w", err)
	}
	return nil
}

// readObject reads a small file of the dataset whole.
func readObject(ctx context.Context, ds *dataset.Dataset, name string) ([]byte, error) {
	r, err := ds.OpenObject(ctx, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}
