//go:build cgo

package interop_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readmeSQL returns the statements of the README's DuckDB example: the ```sql block
// that starts with "-- DuckDB", split at semicolons (the block has none in strings).
func readmeSQL(t *testing.T) []string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "```sql\n-- DuckDB\n")
	if !ok {
		t.Fatal("README has no ```sql block starting with -- DuckDB")
	}
	block, _, ok = strings.Cut(block, "```")
	if !ok {
		t.Fatal("README's DuckDB block does not end")
	}
	var stmts []string
	for _, s := range strings.Split(block, ";") {
		if strings.TrimSpace(stripComments(s)) != "" {
			stmts = append(stmts, strings.TrimSpace(s))
		}
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

// TestReadmeSQL runs the README's DuckDB example, as printed, on a crawl of the demo
// portal: every statement runs, every query returns rows, and every boolean it
// returns (the evidence check) is true.
func TestReadmeSQL(t *testing.T) {
	dir, _ := crawlDemo(t)
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
	if queries < 2 {
		t.Errorf("README's DuckDB block has %d queries, want the two it shows", queries)
	}
}
