// Package bench holds govwatch's benchmark harness: run.sh, which times govwatch
// against a floor program and against colly and Scrapy on the same generated demo
// portal, the commands it runs (portal, floor, table; colly in its own module;
// the Scrapy spider), and Go benchmarks for a profiled in-process crawl, the
// analysers' throughput against goquery, and report rendering. The package itself
// has no code; see BENCHMARKS.md at the repository root for the results.
package bench
