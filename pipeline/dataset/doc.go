// Package dataset owns govwatch's tables: their Arrow schemas, the Parquet writer that
// puts them on disk and the reader that the report and the tests use, and the storage
// seam under them. It is the only package in govwatch that imports arrow-go and the
// gocloud.dev/blob drivers.
//
// # Storage
//
// A dataset's location is a directory (or a file:// URL), written with the operating
// system's calls (create, fsync, rename, flock), or an s3:// URL
// (s3://bucket/prefix?endpoint=…&region=…), written through gocloud.dev/blob's s3blob
// driver: objects are streamed (uploaded in parts as they are written), moved into
// place by a server-side copy and a delete, and the write lock is a lease of objects
// created write-once (see [TryLockContext]). The same commit protocol runs on both
// (see store.go); [OpenObject], [WriteObject], [PutFile] and [GetFile] move the files
// beside the tables (crawl state, WARC, reports) through the same seam.
//
// # Layout
//
// A dataset is a directory (or a key prefix) with one folder per table (articles,
// people, violations, runs) and Hive-style partitions below it:
//
//	<dir>/articles/registered_month=2018-11/part-<run_id>-<n>.parquet
//	<dir>/people/registered_month=2018-11/part-<run_id>-<n>.parquet
//	<dir>/violations/registered_month=2018-11/part-<run_id>-<n>.parquet
//	<dir>/runs/started_month=2026-11/part-<run_id>-<n>.parquet
//	<dir>/_manifests/<run_id>.json
//	<dir>/_staging/<run_id>/...           (only while a run writes, or after a crash)
//
// The partition value is the Gregorian month (YYYY-MM) of the article's registration
// date; articles whose date could not be parsed go to registered_month=unknown. The
// partition column is not stored inside the files: Hive-aware readers (DuckDB with
// hive_partitioning=true, Spark, pyarrow.dataset) take it from the path, and this
// package's reader fills it in the same way.
//
// Files are zstd-compressed, dictionary-encoded for low-cardinality strings, carry
// column statistics (but on the long texts body, sentence, quote and evidence, whose
// min and max no query prunes by), and are cut into row groups by size. Every field carries a
// description in its Arrow field metadata (key "description"); the schema metadata
// holds govwatch.table, govwatch.schema_version and one govwatch.field.<name> entry per
// field, so that the documentation travels with the file. [Dictionary] returns the same
// documentation for the command line and the README.
//
// # Writing and crash safety
//
// All rows of one run are written inside a [Txn]. Files are written to
// <dir>/_staging/<run_id>/ and become visible only at [Txn.Commit], which fsyncs them,
// creates the run's manifest write-once (a temporary file, fsync and link(2) on a
// directory; a conditional PUT, If-None-Match: *, on an object store): the commit
// point, which a second writer of the same run ID cannot pass; it then moves every
// file into place and marks the manifest done. [Open] (on a directory) and Begin
// recover from a crash at any point: a manifest that is not done is rolled forward
// (the moves are idempotent), and a staging directory without a manifest is deleted.
// Readers never look into directories or files whose names start with "_" or ".", so a
// reader never sees a partial file. One writer at a time holds the dataset's write
// [Lock] (flock on <dir>/_lock, with a note naming the holding run; a lease on an
// object store; or a lock taken elsewhere, [NewHeldLock]): Begin takes it
// for its Txn, or uses the one a run took before it opened the dataset
// ([Options].Lock), so that a run holds one lock from its start to its end.
//
// A Txn also refuses to write an article version twice: rows whose (article_id,
// content_hash) pair is already committed are skipped, together with their people and
// violation rows, so that running a run again after a crash adds no duplicates.
//
// # Nulls
//
// Rows are plain Go values. Nullable string columns map NULL to and from the empty
// string, nullable dates map NULL to and from the zero time.Time, and the one nullable
// number (violations.count) is a *int32.
//
// # Offsets
//
// The start and end columns of people and violations are int32 offsets in Unicode code
// points (not bytes, not UTF-16 units) into the stored articles.body of the same
// (article_id, content_hash), with end exclusive, so that substring(body, start+1,
// end-start) in DuckDB and body[start:end] in Python give back the evidence.
package dataset
