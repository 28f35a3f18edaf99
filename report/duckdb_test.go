//go:build cgo

package report_test

import (
	"database/sql"
	"path/filepath"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"

	"govwatch/report"
)

// TestFiguresEqualDuckDB checks that the report's headline figures are what a
// data team gets from the incidents table with DuckDB.
func TestFiguresEqualDuckDB(t *testing.T) {
	ds := openFixture(t)
	p := mustPeriod(t, "1397-08")
	s, err := report.Build(t.Context(), ds, report.Options{Period: p})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	glob := filepath.Join(ds.Dir(), "incidents", "*", "*.parquet")
	y1, m1, d1 := p.Start.Gregorian()
	y2, m2, d2 := p.End.Gregorian()
	from := sqlDate(y1, int(m1), d1)
	to := sqlDate(y2, int(m2), d2)
	var incidents, offices, warnings, denials, sanctioned, counties int
	err = db.QueryRowContext(t.Context(), `
		SELECT count(*) FILTER (WHERE modality = 'reported'),
		       coalesce(sum(offices) FILTER (WHERE modality = 'reported'), 0),
		       count(*) FILTER (WHERE modality = 'conditional'),
		       count(*) FILTER (WHERE modality = 'denied'),
		       count(*) FILTER (WHERE modality = 'reported' AND len(sanctions) > 0),
		       count(DISTINCT county) FILTER (WHERE modality = 'reported')
		FROM read_parquet(?, hive_partitioning = true)
		WHERE event_date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, glob, from, to).
		Scan(&incidents, &offices, &warnings, &denials, &sanctioned, &counties)
	if err != nil {
		t.Fatal(err)
	}
	c := s.Current
	got := [6]int{c.Incidents, c.Offices, c.Warnings, c.Denials, c.Sanctioned, c.CountiesWithIncidents}
	want := [6]int{incidents, offices, warnings, denials, sanctioned, counties}
	if got != want || incidents == 0 {
		t.Errorf("report (incidents, offices, warnings, denials, sanctioned, counties) = %v, DuckDB over the incidents table = %v", got, want)
	}
}

func sqlDate(y, m, d int) string {
	return string([]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)})
}
