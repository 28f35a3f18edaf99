package dataset

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// Derived table names. Unlike the four tables a run appends to, the derived tables
// are computed from the whole of articles, people and violations and replaced as a
// whole by [Dataset.ReplaceDerived].
const (
	TableIncidents = "incidents"
	TableOfficials = "officials"
)

// derivedStampFile is the file, inside each derived table's directory, that records
// which state of the source tables the table was computed from. Readers of the
// table's partitions never see it (it is not in a partition directory).
const derivedStampFile = "_source.json"

// derivedDir holds derived tables while they are written and swapped in.
const derivedDir = "_derived"

var (
	roleType = arrow.StructOf(
		arrow.Field{Name: "role", Type: arrow.BinaryTypes.String, Nullable: true},
		arrow.Field{Name: "organization", Type: arrow.BinaryTypes.String, Nullable: true},
		arrow.Field{Name: "first_seen", Type: arrow.FixedWidthTypes.Date32, Nullable: true},
		arrow.Field{Name: "last_seen", Type: arrow.FixedWidthTypes.Date32, Nullable: true},
		arrow.Field{Name: "articles", Type: arrow.PrimitiveTypes.Int32},
	)
	roleList = arrow.ListOfNonNullable(roleType)
)

var incidentsTable = newTable(TableIncidents, "event_month",
	"Partition column (from the directory name, not stored in the file): the Gregorian month YYYY-MM of event_date, or \"unknown\" when the incident has no date.",
	"One row per incident: one finding, threat or denial about a set of offices at a place and time, however many clauses and articles state it. Derived from articles, people and violations (latest version of each article); replaced as a whole when they change.",
	[]fieldDef{
		{name: "incident_id", typ: strType, typeName: "string", doc: "Stable incident ID: the violation_id of the incident's first clause (earliest date, then article_id, then offset), as 16 lowercase hex digits."},
		{name: "event_date", typ: dateType, typeName: "date32", nullable: true, doc: "Gregorian date of the event: the earliest event date of the articles that state it (see date_source); NULL if no article gives any date."},
		{name: "event_jalali", typ: strType, typeName: "string", nullable: true, doc: "event_date in the Jalali calendar, YYYY/MM/DD with ASCII digits."},
		{name: "date_source", typ: strType, typeName: "string", dict: true, doc: "Where event_date comes from: occurred (the portal's occurrence date, تاریخ وقوع), relative (a relative date in the clause, such as «روز گذشته», resolved against the registration date), registered (the publication date, when the article gives no event date) or none."},
		{name: "province", typ: strType, typeName: "string", nullable: true, dict: true, doc: "Province of the source of the incident's first article, normalised."},
		{name: "county", typ: strType, typeName: "string", nullable: true, dict: true, doc: "County of the source of the incident's first article, normalised; NULL if the source has none."},
		{name: "source_id", typ: strType, typeName: "string", dict: true, doc: "Source (portal) of the incident's first article."},
		{name: "office_types", typ: strList, typeName: "list<string>", doc: "Kinds of office the clause names (office_type codes), in the order of the code list; never empty."},
		{name: "violation_types", typ: strList, typeName: "list<string>", doc: "Kinds of violation stated (violation_type codes), in the order of the code list; an empty list if none is stated."},
		{name: "sanctions", typ: strList, typeName: "list<string>", doc: "Sanctions stated (sanction codes), in the order of the code list; an empty list if none."},
		{name: "modality", typ: strType, typeName: "string", dict: true, doc: "reported (found or happened), conditional (a warning or threat) or denied (an inspection that found none)."},
		{name: "count", typ: i32Type, typeName: "int32", nullable: true, doc: "Number of offices the clause states: the sum of the distinct counts of its violation rows (one number stated once but attached to several types or offices counts once); NULL if it states none."},
		{name: "offices", typ: i32Type, typeName: "int32", doc: "Offices involved: count, or 1 when no count is stated. sum(offices) over reported incidents is the report's \"offices involved\"."},
		{name: "speaker", typ: strType, typeName: "string", nullable: true, doc: "Name of the person the first clause is attributed to, as in violations.speaker; NULL for the portal's own voice."},
		{name: "speaker_id", typ: strType, typeName: "string", nullable: true, doc: "officials.person_id of the speaker, NULL if none or not resolved to an official."},
		{name: "evidence", typ: strType, typeName: "string", doc: "The first clause's evidence text, exactly substring(body, start+1, end-start) of its article version."},
		{name: "article_id", typ: strType, typeName: "string", doc: "Article of the first clause; see articles.article_id."},
		{name: "content_hash", typ: strType, typeName: "string", doc: docHash},
		{name: "start", typ: i32Type, typeName: "int32", doc: docStart},
		{name: "end", typ: i32Type, typeName: "int32", doc: docEnd},
		{name: "article_ids", typ: strList, typeName: "list<string>", doc: "Every article that states the incident, the first clause's article first, then by date; length is the number of articles merged."},
		{name: "urls", typ: strList, typeName: "list<string>", doc: "Canonical URLs of article_ids, in the same order."},
		{name: "violation_ids", typ: strList, typeName: "list<string>", doc: "Every violations row the incident gathers (violations.violation_id), sorted."},
	})

var officialsTable = newTable(TableOfficials, "first_seen_month",
	"Partition column (from the directory name, not stored in the file): the Gregorian month YYYY-MM of first_seen, or \"unknown\".",
	"One row per official: one person across the name forms (full name, surname only, title only) and articles of a county. Derived from people and articles (latest version of each article); replaced as a whole when they change.",
	[]fieldDef{
		{name: "person_id", typ: strType, typeName: "string", doc: "Stable person ID: the first 8 bytes of SHA-256 of the county and the normalised full name, as 16 lowercase hex digits."},
		{name: "name", typ: strType, typeName: "string", doc: "The person's name: the longest form found (a full name where one was found)."},
		{name: "name_variants", typ: strList, typeName: "list<string>", doc: "Every form of the name found in people.name (full name, surname only, spelling variants), sorted."},
		{name: "roles", typ: roleList, typeName: "list<struct<role: string, organization: string, first_seen: date32, last_seen: date32, articles: int32>>", doc: "Roles held, one entry per role and organisation, with the first and last article date it was seen on and the number of articles; in order of first_seen."},
		{name: "provinces", typ: strList, typeName: "list<string>", doc: "Provinces of the sources that name the person, sorted."},
		{name: "counties", typ: strList, typeName: "list<string>", doc: "Counties of the sources that name the person, sorted."},
		{name: "article_ids", typ: strList, typeName: "list<string>", doc: "Articles that name the person, sorted."},
		{name: "first_seen", typ: dateType, typeName: "date32", nullable: true, doc: "Earliest registration date of those articles; NULL if none has one."},
		{name: "last_seen", typ: dateType, typeName: "date32", nullable: true, doc: "Latest registration date of those articles; NULL if none has one."},
		{name: "mentions", typ: i32Type, typeName: "int32", doc: "Rows of the people table resolved to the person."},
		{name: "incidents", typ: i32Type, typeName: "int32", doc: "Incidents whose speaker_id is the person."},
	})

func init() {
	tables = append(tables, incidentsTable, officialsTable)
}

// IncidentRow is one row of the incidents table. Fields map one-to-one to the columns
// of the same names (see [Dictionary]); lists are nil when empty.
type IncidentRow struct {
	IncidentID string
	// EventDate is the Gregorian event date; the zero time is stored as NULL.
	EventDate time.Time
	// EventJalali is EventDate as YYYY/MM/DD; "" is stored as NULL.
	EventJalali string
	// DateSource is occurred, relative, registered or none.
	DateSource string
	// Province and County are normalised; "" is stored as NULL.
	Province, County string
	SourceID         string
	OfficeTypes      []string
	ViolationTypes   []string
	Sanctions        []string
	Modality         string
	// Count is the stated number of offices; nil is stored as NULL.
	Count *int32
	// Offices is Count, or 1 when Count is nil.
	Offices int32
	// Speaker and SpeakerID are "" (NULL) when unknown.
	Speaker, SpeakerID string
	Evidence           string
	// ArticleID, ContentHash, Start and End locate the first clause: Start and End
	// are offsets in Unicode code points into that article version's body.
	ArticleID, ContentHash string
	Start, End             int32
	ArticleIDs             []string
	URLs                   []string
	ViolationIDs           []string
	// EventMonth is the partition value; the writer sets it from EventDate with
	// [MonthOf], and the reader fills it in.
	EventMonth string
}

// RoleSpan is one role an official held, as seen in the articles.
type RoleSpan struct {
	// Role and Organization are as in the people table; "" is stored as NULL.
	Role, Organization string
	// FirstSeen and LastSeen are the first and last article dates; zero is NULL.
	FirstSeen, LastSeen time.Time
	// Articles counts the articles that give the role.
	Articles int32
}

// OfficialRow is one row of the officials table.
type OfficialRow struct {
	PersonID     string
	Name         string
	NameVariants []string
	Roles        []RoleSpan
	Provinces    []string
	Counties     []string
	ArticleIDs   []string
	// FirstSeen and LastSeen are registration dates; the zero time is NULL.
	FirstSeen, LastSeen time.Time
	Mentions            int32
	Incidents           int32
	// FirstSeenMonth is the partition value; the writer sets it from FirstSeen.
	FirstSeenMonth string
}

func (r *IncidentRow) encode(b *array.RecordBuilder) {
	f := b.Fields()
	appendString(f[0], r.IncidentID)
	appendDate(f[1], r.EventDate)
	appendNullString(f[2], r.EventJalali)
	appendString(f[3], r.DateSource)
	appendNullString(f[4], r.Province)
	appendNullString(f[5], r.County)
	appendString(f[6], r.SourceID)
	appendStrings(f[7], r.OfficeTypes)
	appendStrings(f[8], r.ViolationTypes)
	appendStrings(f[9], r.Sanctions)
	appendString(f[10], r.Modality)
	if r.Count == nil {
		f[11].AppendNull()
	} else {
		appendInt32(f[11], *r.Count)
	}
	appendInt32(f[12], r.Offices)
	appendNullString(f[13], r.Speaker)
	appendNullString(f[14], r.SpeakerID)
	appendString(f[15], r.Evidence)
	appendString(f[16], r.ArticleID)
	appendString(f[17], r.ContentHash)
	appendInt32(f[18], r.Start)
	appendInt32(f[19], r.End)
	appendStrings(f[20], r.ArticleIDs)
	appendStrings(f[21], r.URLs)
	appendStrings(f[22], r.ViolationIDs)
}

func (r *OfficialRow) encode(b *array.RecordBuilder) {
	f := b.Fields()
	appendString(f[0], r.PersonID)
	appendString(f[1], r.Name)
	appendStrings(f[2], r.NameVariants)
	lb := f[3].(*array.ListBuilder)
	lb.Append(true)
	sb := lb.ValueBuilder().(*array.StructBuilder)
	for _, ro := range r.Roles {
		sb.Append(true)
		appendNullString(sb.FieldBuilder(0), ro.Role)
		appendNullString(sb.FieldBuilder(1), ro.Organization)
		appendDate(sb.FieldBuilder(2), ro.FirstSeen)
		appendDate(sb.FieldBuilder(3), ro.LastSeen)
		appendInt32(sb.FieldBuilder(4), ro.Articles)
	}
	appendStrings(f[4], r.Provinces)
	appendStrings(f[5], r.Counties)
	appendStrings(f[6], r.ArticleIDs)
	appendDate(f[7], r.FirstSeen)
	appendDate(f[8], r.LastSeen)
	appendInt32(f[9], r.Mentions)
	appendInt32(f[10], r.Incidents)
}

// ScanIncidents calls fn for every row of the incidents table selected by f (by
// event month), as ScanArticles does. A dataset whose incidents were never derived
// has no rows.
func (ds *Dataset) ScanIncidents(ctx context.Context, f Filter, fn func(IncidentRow) error) error {
	return scanRows(ctx, ds, incidentsTable, f, fn, func(c *cursor, i int) IncidentRow {
		return IncidentRow{
			IncidentID:     c.str("incident_id", i),
			EventDate:      c.date("event_date", i),
			EventJalali:    c.str("event_jalali", i),
			DateSource:     c.str("date_source", i),
			Province:       c.str("province", i),
			County:         c.str("county", i),
			SourceID:       c.str("source_id", i),
			OfficeTypes:    c.strs("office_types", i),
			ViolationTypes: c.strs("violation_types", i),
			Sanctions:      c.strs("sanctions", i),
			Modality:       c.str("modality", i),
			Count:          c.i32ptr("count", i),
			Offices:        c.i32("offices", i),
			Speaker:        c.str("speaker", i),
			SpeakerID:      c.str("speaker_id", i),
			Evidence:       c.str("evidence", i),
			ArticleID:      c.str("article_id", i),
			ContentHash:    c.str("content_hash", i),
			Start:          c.i32("start", i),
			End:            c.i32("end", i),
			ArticleIDs:     c.strs("article_ids", i),
			URLs:           c.strs("urls", i),
			ViolationIDs:   c.strs("violation_ids", i),
			EventMonth:     c.part,
		}
	})
}

// ScanOfficials calls fn for every row of the officials table selected by f (by the
// month of first_seen), as ScanArticles does.
func (ds *Dataset) ScanOfficials(ctx context.Context, f Filter, fn func(OfficialRow) error) error {
	return scanRows(ctx, ds, officialsTable, f, fn, func(c *cursor, i int) OfficialRow {
		return OfficialRow{
			PersonID:       c.str("person_id", i),
			Name:           c.str("name", i),
			NameVariants:   c.strs("name_variants", i),
			Roles:          c.roles("roles", i),
			Provinces:      c.strs("provinces", i),
			Counties:       c.strs("counties", i),
			ArticleIDs:     c.strs("article_ids", i),
			FirstSeen:      c.date("first_seen", i),
			LastSeen:       c.date("last_seen", i),
			Mentions:       c.i32("mentions", i),
			Incidents:      c.i32("incidents", i),
			FirstSeenMonth: c.part,
		}
	})
}

func (c *cursor) roles(name string, i int) []RoleSpan {
	st, start, end, ok := c.structList(name, i, 5)
	if !ok {
		return nil
	}
	role, ok1 := st.Field(0).(*array.String)
	org, ok2 := st.Field(1).(*array.String)
	first, ok3 := st.Field(2).(*array.Date32)
	last, ok4 := st.Field(3).(*array.Date32)
	arts, ok5 := st.Field(4).(*array.Int32)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return nil
	}
	str := func(s *array.String, j int) string {
		if s.IsNull(j) {
			return ""
		}
		return strings.Clone(s.Value(j))
	}
	date := func(d *array.Date32, j int) time.Time {
		if d.IsNull(j) {
			return time.Time{}
		}
		return d.Value(j).ToTime()
	}
	out := make([]RoleSpan, 0, end-start)
	for j := start; j < end; j++ {
		out = append(out, RoleSpan{Role: str(role, j), Organization: str(org, j),
			FirstSeen: date(first, j), LastSeen: date(last, j), Articles: arts.Value(j)})
	}
	return out
}

// DerivedSet is the content of the derived tables, computed from one state of the
// source tables.
type DerivedSet struct {
	// Stamp identifies the state of the source tables the rows were computed from,
	// such as the value [Dataset.SourceStamp] returned before they were read. It is
	// stored beside each table and returned by [Dataset.DerivedStamp].
	Stamp     string
	Incidents []IncidentRow
	Officials []OfficialRow
}

// derivedStamp is the content of a derived table's stamp file.
type derivedStamp struct {
	Stamp   string    `json:"stamp"`
	Rows    int       `json:"rows"`
	Written time.Time `json:"written_at"`
}

// SourceStamp returns an identifier of the current state of the articles, people and
// violations tables: a hash of their visible files' partitions, names and sizes. It
// changes whenever a run commits rows or a reprocess swaps tables, and only then; it
// reads directory listings, not files.
func (ds *Dataset) SourceStamp(ctx context.Context) (string, error) {
	st, err := ds.store(ctx)
	if err != nil {
		return "", fmt.Errorf("source stamp: %w", err)
	}
	var b strings.Builder
	for _, tbl := range []*tableDef{articlesTable, peopleTable, violationsTable} {
		parts, err := ds.partitions(ctx, st, tbl, Filter{})
		if err != nil {
			return "", fmt.Errorf("source stamp: %w", err)
		}
		for _, v := range parts {
			pd := tbl.name + "/" + tbl.partition + "=" + v
			entries, err := st.list(ctx, pd)
			if err != nil {
				return "", fmt.Errorf("source stamp: %w", &FileError{Path: st.path(pd), Op: "list", Err: err})
			}
			for _, e := range entries {
				if e.isDir || !visible(e.name) || !strings.HasSuffix(e.name, ".parquet") {
					continue
				}
				fmt.Fprintf(&b, "%s/%s/%s:%d\n", tbl.name, v, e.name, e.size)
			}
		}
	}
	return ViolationID(b.String(), 0, 0), nil
}

// DerivedStamp returns the stamp the derived tables were last written with, or "" if
// they were never written, or if the two tables do not carry the same stamp (a swap
// was interrupted).
func (ds *Dataset) DerivedStamp(ctx context.Context) (string, error) {
	st, err := ds.store(ctx)
	if err != nil {
		return "", fmt.Errorf("read derived stamp: %w", err)
	}
	var stamp string
	for i, name := range []string{TableIncidents, TableOfficials} {
		data, err := st.readFile(ctx, name+"/"+derivedStampFile)
		if errors.Is(err, fs.ErrNotExist) {
			return "", nil
		}
		if err != nil {
			return "", fmt.Errorf("read derived stamp: %w", err)
		}
		var s derivedStamp
		if err := json.Unmarshal(data, &s); err != nil {
			return "", nil // a damaged stamp: derive again
		}
		if i > 0 && s.Stamp != stamp {
			return "", nil
		}
		stamp = s.Stamp
	}
	return stamp, nil
}

// derivedJournal records a swap of derived tables in progress.
type derivedJournal struct {
	Next string `json:"next"` // directory holding the new tables
	Old  string `json:"old"`  // where the old tables go
}

// ReplaceDerived replaces the incidents and officials tables with set's rows. The
// tables are written in full under _derived/ and then swapped in, recorded in a
// journal so that a crash half-way is finished by the next call. On a directory a
// table is swapped by two renames, and a reader sees the old table or the new one
// (or, for the instant between the two renames, none); on an object store its
// objects are moved one by one (copy and delete), and a reader listing the table
// during the swap may see part of each. It holds the dataset's write lock
// throughout, through an empty Txn (see [Dataset.Begin]), and returns an error
// wrapping ErrLocked if another writer holds it, ErrTxnActive if a Txn of ds is
// open, ErrReadOnly on a read-only Dataset.
func (ds *Dataset) ReplaceDerived(ctx context.Context, set DerivedSet) (err error) {
	id := strconv.FormatInt(time.Now().UnixNano(), 36)
	// An empty Txn holds the write lock (and keeps runs of this process out)
	// while the tables are written and swapped; aborting it releases the lock.
	txn, err := ds.Begin(ctx, "derive-"+id)
	if err != nil {
		return fmt.Errorf("replace derived tables: %w", err)
	}
	defer func() {
		if aerr := txn.Abort(); err == nil && aerr != nil {
			err = fmt.Errorf("replace derived tables: %w", aerr)
		}
	}()
	st := txn.st
	if err := finishDerivedSwap(ctx, st); err != nil {
		return fmt.Errorf("replace derived tables: %w", err)
	}
	next := derivedDir + "/next-" + id
	if err := st.removeAll(ctx, next); err != nil {
		return fmt.Errorf("replace derived tables: %w", err)
	}
	err = writeDerivedTable(ctx, ds, st, next, incidentsTable, set.Stamp, len(set.Incidents), func(add func(month string, enc rowEncoder)) {
		for i := range set.Incidents {
			r := &set.Incidents[i]
			add(MonthOf(r.EventDate), r.encode)
		}
	})
	if err == nil {
		err = writeDerivedTable(ctx, ds, st, next, officialsTable, set.Stamp, len(set.Officials), func(add func(month string, enc rowEncoder)) {
			for i := range set.Officials {
				r := &set.Officials[i]
				add(MonthOf(r.FirstSeen), r.encode)
			}
		})
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = txn.lock.check(ctx)
	}
	if err != nil {
		st.removeAll(context.WithoutCancel(ctx), next)
		return fmt.Errorf("replace derived tables: %w", err)
	}
	j := derivedJournal{Next: "next-" + id, Old: "old-" + id}
	data, _ := json.Marshal(j)
	if err := writeDerivedFile(ctx, st, derivedDir+"/swap.json", data); err != nil {
		st.removeAll(context.WithoutCancel(ctx), next)
		return fmt.Errorf("replace derived tables: %w", err)
	}
	if err := finishDerivedSwap(context.WithoutCancel(ctx), st); err != nil {
		return fmt.Errorf("replace derived tables: %w", err)
	}
	return nil
}

// finishDerivedSwap carries out a journalled swap, if any: each table still in the
// new directory replaces the current one, which is first moved aside (a marker
// object records that it was, so that a move cut short on an object store is not
// mistaken for the old table). Every step can be repeated after a crash.
func finishDerivedSwap(ctx context.Context, st store) error {
	jp := derivedDir + "/swap.json"
	data, err := st.readFile(ctx, jp)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return &FileError{Path: st.path(jp), Op: "read", Err: err}
	}
	var j derivedJournal
	if err := json.Unmarshal(data, &j); err != nil || !validKey(j.Next) || !validKey(j.Old) || strings.Contains(j.Next+j.Old, "/") {
		return &FileError{Path: st.path(jp), Op: "read", Err: fmt.Errorf("%w: bad swap journal", ErrBadManifest)}
	}
	old := derivedDir + "/" + j.Old
	for _, name := range []string{TableIncidents, TableOfficials} {
		src := derivedDir + "/" + j.Next + "/" + name
		left, err := st.list(ctx, src)
		if err != nil {
			return &FileError{Path: st.path(src), Op: "list", Err: err}
		}
		if len(left) == 0 {
			continue // already swapped in
		}
		moved := old + "/" + name + ".moved"
		aside, err := st.exists(ctx, moved)
		if err != nil {
			return &FileError{Path: st.path(moved), Op: "stat", Err: err}
		}
		if !aside {
			if err := st.moveTree(ctx, name, old+"/"+name); err != nil {
				return &FileError{Path: st.path(name), Op: "move aside", Err: err}
			}
			if err := writeDerivedFile(ctx, st, moved, []byte("{}\n")); err != nil {
				return err
			}
		}
		if err := st.moveTree(ctx, src, name); err != nil {
			return &FileError{Path: st.path(name), Op: "swap in", Err: err}
		}
	}
	if err := st.syncDirs([]string{""}); err != nil {
		return &FileError{Path: st.path(""), Op: "sync directory", Err: err}
	}
	if err := st.remove(ctx, jp); err != nil {
		return &FileError{Path: st.path(jp), Op: "remove", Err: err}
	}
	// What is left (the old tables, an empty new directory) is garbage.
	st.removeAll(ctx, derivedDir)
	return nil
}

// writeDerivedTable writes one derived table under dir/<table>/: one Parquet file per
// partition, row groups of at most derivedRowGroup rows, and the stamp file.
func writeDerivedTable(ctx context.Context, ds *Dataset, st store, dir string, tbl *tableDef, stamp string, rows int, each func(add func(month string, enc rowEncoder))) error {
	td := dir + "/" + tbl.name
	type part struct {
		month string
		encs  []rowEncoder
	}
	parts := map[string]*part{}
	each(func(month string, enc rowEncoder) {
		p := parts[month]
		if p == nil {
			p = &part{month: month}
			parts[month] = p
		}
		p.encs = append(p.encs, enc)
	})
	months := make([]string, 0, len(parts))
	for m := range parts {
		months = append(months, m)
	}
	slices.Sort(months)
	props := writerProps(ds.mem, ds.opts)
	aprops := pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(ds.mem))
	var dirs []string
	for _, m := range months {
		if err := ctx.Err(); err != nil {
			return err
		}
		pd := td + "/" + tbl.partition + "=" + m
		key := pd + "/part-derived-0.parquet"
		path := st.path(key)
		_ = st.remove(ctx, key)
		f, err := st.create(ctx, key)
		if err != nil {
			return &FileError{Path: path, Op: "create", Err: err}
		}
		sink := &countingWriter{f: f}
		fw, err := pqarrow.NewFileWriter(tbl.schema, sink, props, aprops)
		if err != nil {
			f.abort()
			return &FileError{Path: path, Op: "create", Err: err}
		}
		bld := array.NewRecordBuilder(ds.mem, tbl.schema)
		encs := parts[m].encs
		for len(encs) > 0 && err == nil {
			n := min(len(encs), derivedRowGroup)
			for _, enc := range encs[:n] {
				enc(bld)
			}
			encs = encs[n:]
			rec := bld.NewRecordBatch()
			err = fw.Write(rec)
			rec.Release()
		}
		bld.Release()
		if cerr := fw.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			f.abort()
		} else {
			err = f.Close()
		}
		if err != nil {
			return &FileError{Path: path, Op: "write", Err: err}
		}
		dirs = append(dirs, pd)
	}
	if err := st.syncDirs(dirs); err != nil {
		return &FileError{Path: st.path(td), Op: "sync directory", Err: err}
	}
	data, _ := json.Marshal(derivedStamp{Stamp: stamp, Rows: rows, Written: time.Now().UTC()})
	return writeDerivedFile(ctx, st, td+"/"+derivedStampFile, data)
}

// derivedRowGroup is the number of rows in a row group of a derived table.
const derivedRowGroup = 16384

// writeDerivedFile writes data to key atomically (on a directory: temporary file,
// fsync, rename, fsync of the directory).
func writeDerivedFile(ctx context.Context, st store, key string, data []byte) error {
	err := st.writeFile(ctx, key, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return &FileError{Path: st.path(key), Op: "write", Err: err}
	}
	return nil
}
