// Package interop holds tests only: they write a dataset with govwatch/pipeline/dataset
// and query it with DuckDB, through the duckdb-go bindings (cgo), the way the data team
// reads it: read_parquet with hive_partitioning over the table globs.
package interop
