//go:build cgo

package interop_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govwatch/link"
	"govwatch/pipeline/dataset"
)

// readmeSQL returns the statements of every ```sql block of the README, in order,
// split at semicolons (the blocks have none in strings).
func readmeSQL(t *testing.T) []string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var stmts []string
	rest, blocks := string(readme), 0
	for {
		_, block, ok := strings.Cut(rest, "```sql\n")
		if !ok {
			break
		}
		block, rest, ok = strings.Cut(block, "```")
		if !ok {
			t.Fatal("a ```sql block of the README does not end")
		}
		blocks++
		for _, s := range strings.Split(block, ";") {
			if strings.TrimSpace(stripComments(s)) != "" {
				stmts = append(stmts, strings.TrimSpace(s))
			}
		}
	}
	if blocks < 2 || !strings.HasPrefix(stmts[0], "-- DuckDB") {
		t.Fatalf("README has %d ```sql blocks, want the DuckDB example (starting with -- DuckDB) and the incidents query", blocks)
	}
	return stmts
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line, _, _ = strings.Cut(line, "--")
		b.WriteString(line + "\n")
	}
	return b.String()
}

// TestReadmeSQL runs the README's SQL, every block as printed, on a crawl of the demo
// portal with its incidents and officials tables derived (as a report does): every
// statement runs, every query returns rows without NULLs, and every boolean it
// returns (the evidence check) is true.
func TestReadmeSQL(t *testing.T) {
	dir, _ := crawlDemo(t)
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := link.Refresh(t.Context(), ds); err != nil || !r.Written || len(r.Incidents) == 0 {
		t.Fatalf("derive incidents: %v (written %v, %d incidents)", err, r.Written, len(r.Incidents))
	}
	stmts := readmeSQL(t)
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	queries := 0
	for _, stmt := range stmts {
		// The README runs from the directory above data/.
		q := strings.ReplaceAll(stmt, "'data/", "'"+filepath.ToSlash(dir)+"/")
		if !strings.HasPrefix(strings.ToUpper(strings.TrimSpace(stripComments(stmt))), "SELECT") {
			if _, err := db.ExecContext(t.Context(), q); err != nil {
				t.Fatalf("%s: %v", stmt, err)
			}
			continue
		}
		queries++
		rows, err := db.QueryContext(t.Context(), q)
		if err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			n++
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("%s: %v", stmt, err)
			}
			for i, v := range vals {
				if b, ok := v.(bool); ok && !b {
					t.Errorf("%s: row %d: %s is false", stmt, n, cols[i])
				}
				if v == nil {
					t.Errorf("%s: row %d: %s is NULL", stmt, n, cols[i])
				}
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
		rows.Close()
		if n == 0 {
			t.Errorf("%s: no rows on the demo dataset", stmt)
		}
	}
	if queries < 3 {
		t.Errorf("README's SQL has %d queries, want the three it shows", queries)
	}
}
