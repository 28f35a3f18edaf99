package dataset

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"gocloud.dev/blob"
	"gocloud.dev/blob/fileblob"
	"gocloud.dev/blob/s3blob"
	"gocloud.dev/gcerrors"

	"govwatch/internal/atomicfile"
)

// A dataset's location is a directory path, a file:// URL, or an s3:// URL:
//
//	data                                   a directory, relative to the working directory
//	file:///srv/govwatch/data              the same as the path /srv/govwatch/data
//	s3://bucket/prefix?endpoint=http://127.0.0.1:7070&region=us-east-1
//
// A directory is written with the operating system's file calls (fsync and rename,
// an flock lock). An s3:// location is written through gocloud.dev/blob's s3blob
// driver, with credentials from the usual AWS environment (AWS_ACCESS_KEY_ID,
// AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ...); its query holds the driver's settings
// (endpoint, region, use_path_style, ...), and an endpoint implies use_path_style=true
// and response_checksum_validation=when_required unless the query says otherwise,
// as S3-compatible servers expect.

// IsURL reports whether location is an object-store URL (s3://) rather than a
// directory path or a file:// URL.
func IsURL(location string) bool {
	return strings.HasPrefix(location, "s3://")
}

// LocalPath returns the directory a location names, and false for an object-store
// URL. A file:// URL gives its path.
func LocalPath(location string) (string, bool) {
	if IsURL(location) {
		return "", false
	}
	if strings.HasPrefix(location, "file://") {
		u, err := url.Parse(location)
		if err == nil {
			return filepath.FromSlash(u.Path), true
		}
	}
	return location, true
}

// JoinLocation returns the location of name inside location: a path joined to a
// directory, or a key prefix extended inside an s3:// URL (its query kept).
func JoinLocation(location, name string) string {
	if !IsURL(location) {
		dir, _ := LocalPath(location)
		return filepath.Join(dir, filepath.FromSlash(name))
	}
	u, err := url.Parse(location)
	if err != nil {
		return location + "/" + name
	}
	u.Path = path.Join("/", u.Path, name)
	return u.String()
}

// Redact returns location without its query (which may name endpoints and
// profiles), for messages and logs.
func Redact(location string) string {
	if i := strings.IndexByte(location, '?'); i >= 0 && IsURL(location) {
		return location[:i]
	}
	return location
}

// entry is one name in a listing: an object, or a prefix ("directory").
type entry struct {
	name  string
	isDir bool
	size  int64
}

// objectWriter streams one object. Close makes it complete (durable on a
// directory, visible on an object store); abort discards it.
type objectWriter interface {
	io.Writer
	Close() error
	abort()
}

// objectReader reads one object at random offsets, as the Parquet reader needs.
type objectReader interface {
	io.ReaderAt
	io.ReadSeeker
	io.Closer
	Size() int64
}

// store is the storage seam under a Dataset: a directory on local disk (dirStore)
// or a bucket prefix on an object store (blobStore). Keys are slash-separated and
// relative to the dataset's root.
type store interface {
	// path names key for messages.
	path(key string) string
	// create starts writing key; the object appears at Close.
	create(ctx context.Context, key string) (objectWriter, error)
	// open opens key for reading; a missing key is fs.ErrNotExist.
	open(ctx context.Context, key string) (objectReader, error)
	// readFile reads key whole (small objects only); missing is fs.ErrNotExist.
	readFile(ctx context.Context, key string) ([]byte, error)
	// writeFile replaces key atomically with what fn writes.
	writeFile(ctx context.Context, key string, fn func(io.Writer) error) error
	// writeOnce creates key with data, or fails with fs.ErrExist if it exists.
	writeOnce(ctx context.Context, key string, data []byte) error
	// list returns the names one level below prefix (a directory), sorted; a
	// missing prefix gives none.
	list(ctx context.Context, prefix string) ([]entry, error)
	// exists reports whether key is an object (or, on a directory, a file).
	exists(ctx context.Context, key string) (bool, error)
	// move puts the object from at to; a from that is gone while to exists is done
	// already, so that a move can be repeated after a crash.
	move(ctx context.Context, from, to string) error
	// moveTree moves every object below prefix from to below prefix to. It can be
	// repeated after a crash half-way.
	moveTree(ctx context.Context, from, to string) error
	// remove deletes key; a missing key is no error.
	remove(ctx context.Context, key string) error
	// removeAll deletes every object below prefix.
	removeAll(ctx context.Context, prefix string) error
	// syncDirs makes the names below the given prefixes durable (fsync of
	// directories; nothing on an object store, where a write is durable when it
	// returns).
	syncDirs(prefixes []string) error
	// close releases the store.
	close() error
}

// openStore opens the store of a location.
func openStore(ctx context.Context, location string, create bool) (store, error) {
	if !IsURL(location) {
		dir, _ := LocalPath(location)
		if create {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		} else if _, err := os.Stat(dir); err != nil {
			return nil, err
		}
		return dirStore{dir: dir}, nil
	}
	b, prefix, err := openBucket(ctx, location)
	if err != nil {
		return nil, err
	}
	return &blobStore{b: b, loc: Redact(location), prefix: prefix}, nil
}

// openBucket opens the bucket of an s3:// location and returns it with the key
// prefix of the dataset inside it ("" or ending in "/").
func openBucket(ctx context.Context, location string) (*blob.Bucket, string, error) {
	u, err := url.Parse(location)
	if err != nil {
		return nil, "", fmt.Errorf("parse storage url: %w", err)
	}
	if u.Host == "" {
		return nil, "", fmt.Errorf("storage url %s: no bucket", Redact(location))
	}
	prefix := strings.Trim(u.Path, "/")
	if prefix != "" {
		prefix += "/"
	}
	q := u.Query()
	if q.Get("endpoint") != "" {
		// An S3-compatible server (not AWS): path-style addressing, and response
		// checksums only where required, as many such servers send none (the SDK
		// would log a warning on every read).
		if q.Get("use_path_style") == "" && q.Get("s3ForcePathStyle") == "" {
			q.Set("use_path_style", "true")
		}
		if q.Get("response_checksum_validation") == "" {
			q.Set("response_checksum_validation", "when_required")
		}
	}
	bu := &url.URL{Scheme: u.Scheme, Host: u.Host, RawQuery: q.Encode()}
	b, err := (&s3blob.URLOpener{}).OpenBucketURL(ctx, bu)
	if err != nil {
		return nil, "", fmt.Errorf("open bucket %s: %w", Redact(location), err)
	}
	return b, prefix, nil
}

// openFileBlob opens a directory through gocloud.dev's fileblob driver, as an
// object store: used by the tests, so that the object-store path of the commit
// protocol runs without a server.
func openFileBlob(dir string) (store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	b, err := fileblob.OpenBucket(dir, &fileblob.Options{Metadata: fileblob.MetadataDontWrite, NoTempDir: true})
	if err != nil {
		return nil, err
	}
	return &blobStore{b: b, loc: "fileblob://" + dir}, nil
}

// dirStore is a dataset in a local directory.
type dirStore struct{ dir string }

func (s dirStore) abs(key string) string { return filepath.Join(s.dir, filepath.FromSlash(key)) }

func (s dirStore) path(key string) string { return s.abs(key) }

type fileWriter struct {
	f    *os.File
	path string
}

func (w *fileWriter) Write(p []byte) (int, error) { return w.f.Write(p) }

func (w *fileWriter) Close() error {
	err := w.f.Sync()
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	return err
}

func (w *fileWriter) abort() {
	w.f.Close()
	os.Remove(w.path)
}

func (s dirStore) create(_ context.Context, key string) (objectWriter, error) {
	p := s.abs(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	return &fileWriter{f: f, path: p}, nil
}

type fileReader struct {
	*os.File
	size int64
}

func (r fileReader) Size() int64 { return r.size }

func (s dirStore) open(_ context.Context, key string) (objectReader, error) {
	f, err := os.Open(s.abs(key))
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	return fileReader{File: f, size: info.Size()}, nil
}

func (s dirStore) readFile(_ context.Context, key string) ([]byte, error) {
	return os.ReadFile(s.abs(key))
}

func (s dirStore) writeFile(_ context.Context, key string, fn func(io.Writer) error) error {
	p := s.abs(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(p, fn)
}

func (s dirStore) writeOnce(_ context.Context, key string, data []byte) error {
	// Written to a temporary name and linked into place: link(2) fails when the
	// name exists, so the first writer wins and readers never see a partial file.
	p := s.abs(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Link(tmp.Name(), p); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fs.ErrExist
		}
		return err
	}
	return atomicfile.SyncDir(filepath.Dir(p))
}

func (s dirStore) list(_ context.Context, prefix string) ([]entry, error) {
	des, err := os.ReadDir(s.abs(prefix))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := make([]entry, 0, len(des))
	for _, d := range des {
		e := entry{name: d.Name(), isDir: d.IsDir()}
		if !e.isDir {
			if info, err := d.Info(); err == nil {
				e.size = info.Size()
			}
		}
		out = append(out, e)
	}
	return out, nil
}

func (s dirStore) exists(_ context.Context, key string) (bool, error) {
	_, err := os.Stat(s.abs(key))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}

func (s dirStore) move(_ context.Context, from, to string) error {
	src, dst := s.abs(from), s.abs(to)
	if _, err := os.Stat(src); errors.Is(err, fs.ErrNotExist) {
		if _, ferr := os.Stat(dst); ferr == nil {
			return nil
		}
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.Rename(src, dst)
}

func (s dirStore) moveTree(ctx context.Context, from, to string) error {
	src, dst := s.abs(from), s.abs(to)
	if _, err := os.Stat(src); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if _, err := os.Stat(dst); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.Rename(src, dst)
	}
	// dst exists: a move interrupted half-way (only an object store moves
	// object by object, but keep the same meaning here); merge what is left.
	ents, err := s.list(ctx, from)
	if err != nil {
		return err
	}
	for _, e := range ents {
		var err error
		if e.isDir {
			err = s.moveTree(ctx, from+"/"+e.name, to+"/"+e.name)
		} else {
			err = s.move(ctx, from+"/"+e.name, to+"/"+e.name)
		}
		if err != nil {
			return err
		}
	}
	return os.RemoveAll(src)
}

func (s dirStore) remove(_ context.Context, key string) error {
	err := os.Remove(s.abs(key))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

func (s dirStore) removeAll(_ context.Context, prefix string) error {
	return os.RemoveAll(s.abs(prefix))
}

func (s dirStore) syncDirs(prefixes []string) error {
	sort.Strings(prefixes)
	for _, p := range prefixes {
		if err := atomicfile.SyncDir(s.abs(p)); err != nil {
			return err
		}
	}
	return nil
}

func (s dirStore) close() error { return nil }

// blobStore is a dataset under a key prefix of a gocloud.dev/blob bucket.
type blobStore struct {
	b      *blob.Bucket
	loc    string // the location without its query, for messages
	prefix string // "" or ending in "/"
}

func (s *blobStore) key(k string) string { return s.prefix + k }

func (s *blobStore) path(key string) string { return s.loc + "/" + key }

// notExist maps a blob NotFound error to fs.ErrNotExist, keeping the message.
func notExist(err error) error {
	if err != nil && gcerrors.Code(err) == gcerrors.NotFound {
		return fmt.Errorf("%w: %v", fs.ErrNotExist, err)
	}
	return err
}

type blobWriter struct {
	w      *blob.Writer
	cancel context.CancelFunc
}

func (w *blobWriter) Write(p []byte) (int, error) { return w.w.Write(p) }

func (w *blobWriter) Close() error {
	defer w.cancel()
	return w.w.Close()
}

func (w *blobWriter) abort() {
	// Cancelling the writer's context before Close abandons the upload: the
	// object never appears.
	w.cancel()
	w.w.Close()
}

func (s *blobStore) create(ctx context.Context, key string) (objectWriter, error) {
	wctx, cancel := context.WithCancel(ctx)
	w, err := s.b.NewWriter(wctx, s.key(key), &blob.WriterOptions{ContentType: contentType(key)})
	if err != nil {
		cancel()
		return nil, err
	}
	return &blobWriter{w: w, cancel: cancel}, nil
}

func contentType(key string) string {
	switch {
	case strings.HasSuffix(key, ".parquet"):
		return "application/vnd.apache.parquet"
	case strings.HasSuffix(key, ".json"):
		return "application/json"
	}
	return "application/octet-stream"
}

// rangeReader reads an object by ranged GETs, one per ReadAt: the Parquet reader
// reads the footer, then whole column chunks.
type rangeReader struct {
	ctx  context.Context
	b    *blob.Bucket
	key  string
	size int64
}

func (r *rangeReader) ReadAt(p []byte, off int64) (int, error) {
	if off >= r.size {
		return 0, io.EOF
	}
	n := int64(len(p))
	if off+n > r.size {
		n = r.size - off
	}
	rd, err := r.b.NewRangeReader(r.ctx, r.key, off, n, nil)
	if err != nil {
		return 0, err
	}
	defer rd.Close()
	got, err := io.ReadFull(rd, p[:n])
	if err == nil && got < len(p) {
		err = io.EOF
	}
	return got, err
}

type blobReader struct {
	*io.SectionReader
	size int64
}

func (r blobReader) Size() int64  { return r.size }
func (r blobReader) Close() error { return nil }

func (s *blobStore) open(ctx context.Context, key string) (objectReader, error) {
	attrs, err := s.b.Attributes(ctx, s.key(key))
	if err != nil {
		return nil, notExist(err)
	}
	rr := &rangeReader{ctx: ctx, b: s.b, key: s.key(key), size: attrs.Size}
	return blobReader{SectionReader: io.NewSectionReader(rr, 0, attrs.Size), size: attrs.Size}, nil
}

func (s *blobStore) readFile(ctx context.Context, key string) ([]byte, error) {
	data, err := s.b.ReadAll(ctx, s.key(key))
	return data, notExist(err)
}

func (s *blobStore) writeFile(ctx context.Context, key string, fn func(io.Writer) error) error {
	w, err := s.create(ctx, key)
	if err != nil {
		return err
	}
	if err := fn(w); err != nil {
		w.abort()
		return err
	}
	return w.Close()
}

func (s *blobStore) writeOnce(ctx context.Context, key string, data []byte) error {
	err := s.b.WriteAll(ctx, s.key(key), data, &blob.WriterOptions{IfNotExist: true, ContentType: contentType(key)})
	if err != nil && gcerrors.Code(err) == gcerrors.FailedPrecondition {
		return fmt.Errorf("%w: %v", fs.ErrExist, err)
	}
	return err
}

func (s *blobStore) list(ctx context.Context, prefix string) ([]entry, error) {
	p := s.key(prefix)
	if p != "" && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	it := s.b.List(&blob.ListOptions{Prefix: p, Delimiter: "/"})
	var out []entry
	for {
		obj, err := it.Next(ctx)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(strings.TrimPrefix(obj.Key, p), "/")
		if name == "" {
			continue
		}
		out = append(out, entry{name: name, isDir: obj.IsDir, size: obj.Size})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

func (s *blobStore) exists(ctx context.Context, key string) (bool, error) {
	return s.b.Exists(ctx, s.key(key))
}

func (s *blobStore) move(ctx context.Context, from, to string) error {
	err := s.b.Copy(ctx, s.key(to), s.key(from), nil)
	if gcerrors.Code(err) == gcerrors.NotFound {
		if ok, xerr := s.b.Exists(ctx, s.key(to)); xerr == nil && ok {
			return nil
		}
		return notExist(err)
	}
	if err != nil {
		return err
	}
	if err := s.b.Delete(ctx, s.key(from)); err != nil && gcerrors.Code(err) != gcerrors.NotFound {
		return err
	}
	return nil
}

// walk calls fn with the key (relative to the store) of every object below prefix.
func (s *blobStore) walk(ctx context.Context, prefix string, fn func(key string) error) error {
	p := s.key(prefix)
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	it := s.b.List(&blob.ListOptions{Prefix: p})
	var keys []string
	for {
		obj, err := it.Next(ctx)
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		keys = append(keys, strings.TrimPrefix(obj.Key, s.prefix))
	}
	for _, k := range keys {
		if err := fn(k); err != nil {
			return err
		}
	}
	return nil
}

func (s *blobStore) moveTree(ctx context.Context, from, to string) error {
	return s.walk(ctx, from, func(k string) error {
		return s.move(ctx, k, to+strings.TrimPrefix(k, from))
	})
}

func (s *blobStore) remove(ctx context.Context, key string) error {
	err := s.b.Delete(ctx, s.key(key))
	if err != nil && gcerrors.Code(err) == gcerrors.NotFound {
		return nil
	}
	return err
}

func (s *blobStore) removeAll(ctx context.Context, prefix string) error {
	return s.walk(ctx, prefix, func(k string) error { return s.remove(ctx, k) })
}

func (s *blobStore) syncDirs([]string) error { return nil }

func (s *blobStore) close() error { return s.b.Close() }

// lazyStore opens a location's store at first use, with the context of that use,
// so that Open, which takes no context, does no I/O on an object store.
type lazyStore struct {
	location string
	create   bool

	mu  sync.Mutex
	st  store
	err error
}

func (l *lazyStore) get(ctx context.Context) (store, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.st == nil && l.err == nil {
		l.st, l.err = openStore(ctx, l.location, l.create)
	}
	return l.st, l.err
}

// recover runs recoverStore on a directory, whose calls ignore their
// context: opening a dataset is not cancelled half-way through recovery.
func (s dirStore) recover() error {
	return recoverStore(context.Background(), s)
}
