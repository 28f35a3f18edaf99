// Package pipeline runs one job of govwatch from end to end: sources → extract →
// transform → Arrow rows → Parquet dataset.
//
// A crawl streams pages from the crawler through a bounded channel to a pool of
// analysers and from there to a single dataset writer, so memory stays flat however
// large the crawl. Runs are incremental: the crawl state (validators for conditional
// GET) lives beside the dataset, and the dataset itself is the truth of which article
// versions exist, so that running a crawl twice writes no duplicate rows and a lost
// state file only costs full GETs and one walk of every listing page. A run that was
// interrupted or lost a listing page costs the same on its sources' next crawl, which
// so reads what it missed. A page that fails becomes a Failure counted by cause and
// the run goes on; config, schema and sink errors abort it.
package pipeline
