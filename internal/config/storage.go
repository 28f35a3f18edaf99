package config

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// IsObjectStore reports whether a data_dir or report_dir value is an object-store
// URL (s3://bucket/prefix?endpoint=…&region=…), read and written through
// pipeline/dataset's storage seam, rather than a local directory.
func IsObjectStore(location string) bool {
	return strings.HasPrefix(location, "s3://")
}

// resolveLocation resolves a data_dir or report_dir value: an s3:// URL is kept as
// it is, a file:// URL becomes its path, and a path is resolved against base.
func resolveLocation(base, p string) string {
	switch {
	case IsObjectStore(p):
		return p
	case strings.HasPrefix(p, "file://"):
		if u, err := url.Parse(p); err == nil {
			return filepath.FromSlash(u.Path)
		}
	}
	return resolve(base, p)
}

// WorkDir is the local directory that stands in for an object-store location
// where a file must be on local disk: the WARC files of a crawl before they are
// uploaded to DATA_DIR/_archive/, the layouts profile auto learned, and reports
// before they are uploaded to report_dir. It is below os.TempDir (TMPDIR), one per
// location.
func WorkDir(location string) string {
	sum := sha256.Sum256([]byte(location))
	return filepath.Join(os.TempDir(), "govwatch-"+hex.EncodeToString(sum[:6]))
}

// localPaths fills in the local paths that follow from data_dir and report_dir.
func (c *Config) localPaths(base string) {
	c.DataDir = resolveLocation(base, c.DataDir)
	c.ReportDir = resolveLocation(base, c.ReportDir)
	work := c.DataDir
	if IsObjectStore(c.DataDir) {
		work = WorkDir(c.DataDir)
	}
	c.Crawl.LayoutDir = filepath.Join(work, "_state", "layouts") // what profile auto learned, per source
	if c.Crawl.ArchiveDir == "" {
		c.Crawl.ArchiveDir = filepath.Join(work, "_archive")
	} else {
		c.Crawl.ArchiveDir = resolve(base, c.Crawl.ArchiveDir)
	}
	c.ReportStore = ""
	if IsObjectStore(c.ReportDir) {
		c.ReportStore = c.ReportDir
		c.ReportDir = filepath.Join(WorkDir(c.ReportStore), "reports")
	}
}
