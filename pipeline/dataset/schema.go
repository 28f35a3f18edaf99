package dataset

import (
	"strconv"

	"github.com/apache/arrow-go/v18/arrow"
)

// SchemaVersion is the version of the table schemas written by this package. It is
// stored in every file's schema metadata under govwatch.schema_version and goes up by
// one whenever a field is added, removed or changes meaning.
const SchemaVersion = 1

// Table names, which are also the names of the tables' directories.
const (
	TableArticles   = "articles"
	TablePeople     = "people"
	TableViolations = "violations"
	TableRuns       = "runs"
)

// UnknownMonth is the partition value of rows whose registration date is unknown.
const UnknownMonth = "unknown"

// TableDoc documents one field of one table: its name, its type as readers see it,
// and what it holds. Partition columns are listed too, with the type "string
// (partition)".
type TableDoc struct {
	// Table is the table name, such as "articles".
	Table string
	// Field is the column name, such as "article_id".
	Field string
	// Type is the column type in Arrow/Parquet terms, such as "string", "date32",
	// "timestamp[us, UTC]" or "list<string>".
	Type string
	// Nullable reports whether the column may hold NULL.
	Nullable bool
	// Description says what the column holds, with units and invariants.
	Description string
}

// fieldDef is one column of a table schema.
type fieldDef struct {
	name     string
	typ      arrow.DataType
	typeName string
	nullable bool
	dict     bool // dictionary-encode: a low-cardinality string
	// noStats leaves out min/max statistics: a long free text, whose min and max
	// would be whole texts (kept in memory for every row group of an open part
	// file, and written to every page header) that no query prunes by.
	noStats bool
	doc     string
}

// tableDef is one table: its fields and its partition column.
type tableDef struct {
	name      string
	partition string // partition column name, such as registered_month
	partDoc   string
	doc       string
	fields    []fieldDef
	schema    *arrow.Schema
	index     map[string]int // field name → position in fields
}

var (
	tsType    = &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}
	strType   = arrow.BinaryTypes.String
	dateType  = arrow.FixedWidthTypes.Date32
	i32Type   = arrow.PrimitiveTypes.Int32
	i64Type   = arrow.PrimitiveTypes.Int64
	strList   = arrow.ListOfNonNullable(arrow.BinaryTypes.String)
	causeType = arrow.StructOf(
		arrow.Field{Name: "cause", Type: arrow.BinaryTypes.String},
		arrow.Field{Name: "count", Type: arrow.PrimitiveTypes.Int64},
	)
	causeList  = arrow.ListOfNonNullable(causeType)
	sourceType = arrow.StructOf(
		arrow.Field{Name: "source_id", Type: arrow.BinaryTypes.String},
		arrow.Field{Name: "cause", Type: arrow.BinaryTypes.String},
		arrow.Field{Name: "count", Type: arrow.PrimitiveTypes.Int64},
		arrow.Field{Name: "url", Type: arrow.BinaryTypes.String},
		arrow.Field{Name: "error", Type: arrow.BinaryTypes.String},
	)
	sourceList = arrow.ListOfNonNullable(sourceType)
)

const (
	docStart = "Start of the evidence as a 0-based offset in Unicode code points into articles.body of the same article_id and content_hash (inclusive); substring(body, start+1, end-start) in DuckDB gives the evidence."
	docEnd   = "End of the evidence as an offset in Unicode code points into articles.body (exclusive); end >= start."
	docMonth = "Partition column (from the directory name, not stored in the file): the Gregorian month YYYY-MM of the article's registration date, or \"unknown\" when the portal's date could not be parsed."
	docRunID = "ID of the run that wrote the row; see the runs table."
	docHash  = "Content hash of the article version the row was extracted from; join to articles on (article_id, content_hash)."
)

var articlesTable = newTable(TableArticles, "registered_month", docMonth,
	"One row per stored version of a news article (an article is rewritten only when its content hash changes).",
	[]fieldDef{
		{name: "article_id", typ: strType, typeName: "string", doc: "Stable article ID: the first 16 bytes of SHA-256 of the canonical URL, as 32 lowercase hex digits."},
		{name: "url", typ: strType, typeName: "string", doc: "Canonical URL of the article page."},
		{name: "source_id", typ: strType, typeName: "string", dict: true, doc: "ID of the configured source (portal) the article came from."},
		{name: "province", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Province of the source, in Persian, as configured."},
		{name: "county", typ: strType, typeName: "string", nullable: true, dict: true, doc: "County of the source, in Persian, as configured."},
		{name: "title", typ: strType, typeName: "string", doc: "Headline, Persian-normalised."},
		{name: "body", typ: strType, typeName: "string", noStats: true, doc: "Body text, Persian-normalised, paragraphs separated by a blank line (two newlines); the text that mention offsets point into."},
		{name: "paragraph_count", typ: i32Type, typeName: "int32", doc: "Number of paragraphs in body."},
		{name: "registered_date", typ: dateType, typeName: "date32", nullable: true, doc: "Gregorian date the portal says the article was registered (تاریخ ثبت خبر); NULL if it could not be parsed."},
		{name: "registered_jalali", typ: strType, typeName: "string", nullable: true, doc: "Registration date as the portal printed it (Solar Hijri), digits normalised, such as 1397/8/15."},
		{name: "occurred_date", typ: dateType, typeName: "date32", nullable: true, doc: "Gregorian date the portal says the event occurred (تاریخ وقوع خبر); NULL if absent or unparsable."},
		{name: "occurred_jalali", typ: strType, typeName: "string", nullable: true, doc: "Occurrence date as the portal printed it (Solar Hijri), digits normalised."},
		{name: "image_urls", typ: strList, typeName: "list<string>", doc: "Absolute URLs of the article's images, in page order; an empty list if none."},
		{name: "fetched_at", typ: tsType, typeName: "timestamp[us, UTC]", doc: "When the page was fetched, UTC, microsecond precision."},
		{name: "content_hash", typ: strType, typeName: "string", doc: "Hash of the extracted content; (article_id, content_hash) is unique in the table."},
		{name: "run_id", typ: strType, typeName: "string", dict: true, doc: docRunID},
		{name: "extractor_version", typ: strType, typeName: "string", dict: true, doc: "Version of the extraction rules that produced the row."},
		{name: "layout", typ: strType, typeName: "string", nullable: true, dict: true, doc: "What read the article page: the name of the profile whose selectors did (a built-in preset such as iran_gov_cms or wordpress, or a profile of the config file), or auto when the automatic layout found its parts; NULL in rows written before it was recorded."},
		{name: "parse_key", typ: strType, typeName: "string", nullable: true, dict: true, doc: "What produced title, body and the dates as printed: the version of the page parse (extract), the profile and its definition, and the Persian normalisation, as one key. govwatch reprocess takes a row's text instead of parsing the archived page again when the key is the one it would use now. NULL when the text was cut at the analysis bounds, for pages a crawl read with the automatic layout (a reprocess gives them the key of the layout it kept), and in rows written before it was recorded."},
	})

var peopleTable = newTable(TablePeople, "registered_month", docMonth,
	"One row per person and sentence that mentions them (a name, a title or «وی»), with the sentence as evidence.",
	[]fieldDef{
		{name: "article_id", typ: strType, typeName: "string", doc: "Article the mention is in; see articles.article_id."},
		{name: "content_hash", typ: strType, typeName: "string", doc: docHash},
		{name: "person_key", typ: strType, typeName: "string", doc: "Key of the person, stable within one article version: all mentions of one person share it."},
		{name: "name", typ: strType, typeName: "string", doc: "Person's name as normalised from the text."},
		{name: "role", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Role or title (such as فرماندار), NULL if none was found."},
		{name: "organization", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Organisation the person speaks for, NULL if none was found."},
		{name: "start", typ: i32Type, typeName: "int32", doc: docStart},
		{name: "end", typ: i32Type, typeName: "int32", doc: docEnd},
		{name: "sentence", typ: strType, typeName: "string", noStats: true, doc: "The sentence that contains the mention, exactly substring(body, start+1, end-start)."},
		{name: "quote", typ: strType, typeName: "string", noStats: true, nullable: true, doc: "What the person is quoted as saying in this mention, NULL if the mention is not a quote."},
		{name: "run_id", typ: strType, typeName: "string", dict: true, doc: docRunID},
	})

var violationsTable = newTable(TableViolations, "registered_month", docMonth,
	"One row per mention of an office violation (تخلف) in an article.",
	[]fieldDef{
		{name: "article_id", typ: strType, typeName: "string", doc: "Article the mention is in; see articles.article_id."},
		{name: "content_hash", typ: strType, typeName: "string", doc: docHash},
		{name: "violation_id", typ: strType, typeName: "string", doc: "Stable mention ID: the first 8 bytes of SHA-256 of article_id, start and end, as 16 lowercase hex digits; when one evidence sentence states several violations, the k-th after the first hashes article_id#k instead of article_id."},
		{name: "office_type", typ: strType, typeName: "string", dict: true, doc: "Kind of office: government_counter, rural_ict, post_office, bakery, fuel_station, guild_shop, health_unit, pharmacy or other."},
		{name: "office_label", typ: strType, typeName: "string", dict: true, doc: "The words the article uses for the office, normalised."},
		{name: "violation_type", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Kind of violation: overcharging, short_selling, hoarding, holder_absent, health_code, unlicensed, price_list, subsidised_flour, fuel_misuse, service_fee, working_hours, expired_goods, fraud or other: as the mention states it, or, when it states none (or names an offence but no term of one), as the article states it for the same office type and modality, the nearest after, else before; NULL if the article states none."},
		{name: "sanction", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Sanction: licence_revocation, sealing, fine, notice, referral or suspension; NULL if none."},
		{name: "count", typ: i32Type, typeName: "int32", nullable: true, doc: "Number of offices or cases the mention gives, NULL if it gives none."},
		{name: "modality", typ: strType, typeName: "string", dict: true, doc: "reported (found or happened), conditional (a warning or threat) or denied (an inspection that found none)."},
		{name: "place", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Place named with the violation (county, city or village), NULL if none."},
		{name: "speaker", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Name of the person the statement is attributed to, as in people.name of the same article version; NULL when it is the portal's own voice or the speaker is unnamed."},
		{name: "evidence", typ: strType, typeName: "string", noStats: true, doc: "The evidence text, exactly substring(body, start+1, end-start)."},
		{name: "start", typ: i32Type, typeName: "int32", doc: docStart},
		{name: "end", typ: i32Type, typeName: "int32", doc: docEnd},
		{name: "run_id", typ: strType, typeName: "string", dict: true, doc: docRunID},
	})

var runsTable = newTable(TableRuns, "started_month", "Partition column (from the directory name, not stored in the file): the UTC month YYYY-MM in which the run started.",
	"One row per committed run of a job.",
	[]fieldDef{
		{name: "run_id", typ: strType, typeName: "string", doc: "Unique ID of the run; also in the names of the files it wrote and of its manifest."},
		{name: "job", typ: strType, typeName: "string", dict: true, doc: "Name of the configured job."},
		{name: "trigger", typ: strType, typeName: "string", dict: true, doc: "What started the run: schedule (its cron line), catchup (a tick missed while the scheduler was down), cli (govwatch crawl, reprocess, run, demo), backfill, api (POST /api/jobs/{name}/run) or page (the operator page's button). Runs written before these names may say manual (the command line)."},
		{name: "started_at", typ: tsType, typeName: "timestamp[us, UTC]", doc: "When the run started, UTC."},
		{name: "finished_at", typ: tsType, typeName: "timestamp[us, UTC]", doc: "When the run finished, UTC."},
		{name: "status", typ: strType, typeName: "string", dict: true, doc: "Outcome: succeeded; partial (a source or a page failed, what succeeded is stored); failed (nothing succeeded, the run could not go on, or its job's timeout was reached); interrupted (stopped by a signal or the scheduler's shutdown; what it finished is stored); skipped (a scheduled tick not run because the job was still running)."},
		{name: "pages_fetched", typ: i64Type, typeName: "int64", doc: "Pages fetched with a 200 response."},
		{name: "pages_not_modified", typ: i64Type, typeName: "int64", doc: "Pages answered 304 Not Modified."},
		{name: "pages_failed", typ: i64Type, typeName: "int64", doc: "Pages that failed at any stage."},
		{name: "failures_by_cause", typ: causeList, typeName: "list<struct<cause: string, count: int64>>", doc: "Failed pages counted by cause (such as http_5xx, timeout, parse); an empty list if none failed."},
		{name: "articles_new", typ: i64Type, typeName: "int64", doc: "Articles seen for the first time."},
		{name: "articles_changed", typ: i64Type, typeName: "int64", doc: "Articles seen before whose content hash changed."},
		{name: "rows_articles", typ: i64Type, typeName: "int64", doc: "Rows the run wrote to articles."},
		{name: "rows_people", typ: i64Type, typeName: "int64", doc: "Rows the run wrote to people."},
		{name: "rows_violations", typ: i64Type, typeName: "int64", doc: "Rows the run wrote to violations."},
		{name: "error", typ: strType, typeName: "string", nullable: true, doc: "Error that ended the run, NULL if none."},
		{name: "extractor_version", typ: strType, typeName: "string", dict: true, doc: "Version of the extraction rules the run used."},
		{name: "config_hash", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Hash of the configuration file the run used: the first 16 hex digits of the SHA-256 of its bytes; NULL if not recorded."},
		{name: "pages_skipped", typ: i64Type, typeName: "int64", doc: "Pages not requested on purpose: disallowed by robots.txt, off the source's hosts, or beyond max_pages_per_source or max_listing_pages."},
		{name: "skips_by_cause", typ: causeList, typeName: "list<struct<cause: string, count: int64>>", doc: "Skipped pages counted by cause (robots, offhost, page_limit, listing_limit); an empty list if none."},
		{name: "failures_by_source", typ: sourceList, typeName: "list<struct<source_id: string, cause: string, count: int64, url: string, error: string>>", doc: "Failed pages by source and cause, each with the URL and error of the first page that failed so: what broke where. An empty list if none failed."},
		{name: "worker", typ: strType, typeName: "string", nullable: true, dict: true, doc: "The process that ran the run: the queue worker's name (govwatch worker --name, by default host-pid) for a run taken from the shared queue; NULL for a run in the process that started it (the command line, serve without a queue)."},
	})

var tables = []*tableDef{articlesTable, peopleTable, violationsTable, runsTable}

func newTable(name, partition, partDoc, doc string, fields []fieldDef) *tableDef {
	t := &tableDef{name: name, partition: partition, partDoc: partDoc, doc: doc, fields: fields, index: make(map[string]int, len(fields))}
	afields := make([]arrow.Field, len(fields))
	keys := []string{"govwatch.table", "govwatch.schema_version", "govwatch.description", "govwatch.partition"}
	vals := []string{name, strconv.Itoa(SchemaVersion), doc, partition + ": " + partDoc}
	for i, f := range fields {
		t.index[f.name] = i
		afields[i] = arrow.Field{
			Name:     f.name,
			Type:     f.typ,
			Nullable: f.nullable,
			Metadata: arrow.NewMetadata([]string{"description"}, []string{f.doc}),
		}
		keys = append(keys, "govwatch.field."+f.name)
		vals = append(vals, f.doc)
	}
	md := arrow.NewMetadata(keys, vals)
	t.schema = arrow.NewSchema(afields, &md)
	return t
}

// Schema returns the Arrow schema of the named table as stored in its files (without
// the partition column), with a description in every field's metadata. It returns nil
// for an unknown table.
func Schema(table string) *arrow.Schema {
	for _, t := range tables {
		if t.name == table {
			return t.schema
		}
	}
	return nil
}

// Dictionary returns the data dictionary: one entry per field of every table, in table
// and column order, followed for each table by its partition column.
func Dictionary() []TableDoc {
	var out []TableDoc
	for _, t := range tables {
		for _, f := range t.fields {
			out = append(out, TableDoc{Table: t.name, Field: f.name, Type: f.typeName, Nullable: f.nullable, Description: f.doc})
		}
		out = append(out, TableDoc{Table: t.name, Field: t.partition, Type: "string (partition)", Description: t.partDoc})
	}
	return out
}
