package dataset_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/pipeline/dataset"
)

func derivedFixture() dataset.DerivedSet {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	return dataset.DerivedSet{
		Stamp: "s1",
		Incidents: []dataset.IncidentRow{
			{IncidentID: "a1", EventDate: d(2018, 11, 6), EventJalali: "1397/08/15", DateSource: "occurred",
				Province: "فارس", County: "کوار", SourceID: "kavar", OfficeTypes: []string{"rural_ict"},
				ViolationTypes: []string{"service_fee"}, Sanctions: []string{"sealing", "fine"}, Modality: "reported",
				Count: ptr(int32(3)), Offices: 3, Speaker: "ناهید", SpeakerID: "p1", Evidence: "سه دفتر پلمب شدند.",
				ArticleID: "x", ContentHash: "h", Start: 4, End: 20, ArticleIDs: []string{"x", "y"},
				URLs: []string{"https://a/1", "https://a/2"}, ViolationIDs: []string{"v1", "v2"}, EventMonth: "2018-11"},
			{IncidentID: "a2", DateSource: "none", SourceID: "kavar", OfficeTypes: []string{"bakery"},
				Modality: "denied", Offices: 1, Evidence: "تخلفی دیده نشد.", ArticleID: "z", ContentHash: "h",
				ArticleIDs: []string{"z"}, URLs: []string{"https://a/3"}, ViolationIDs: []string{"v3"}, EventMonth: "unknown"},
		},
		Officials: []dataset.OfficialRow{
			{PersonID: "p1", Name: "ناهید کریمی", NameVariants: []string{"کریمی", "ناهید کریمی"},
				Roles: []dataset.RoleSpan{{Role: "معاون فرماندار", Organization: "فرمانداری شهرستان کوار",
					FirstSeen: d(2018, 10, 1), LastSeen: d(2018, 11, 6), Articles: 2}, {Role: "فرماندار", Articles: 1, FirstSeen: d(2018, 12, 1), LastSeen: d(2018, 12, 1)}},
				Provinces: []string{"فارس"}, Counties: []string{"کوار"}, ArticleIDs: []string{"x", "y"},
				FirstSeen: d(2018, 10, 1), LastSeen: d(2018, 12, 1), Mentions: 5, Incidents: 1, FirstSeenMonth: "2018-10"},
		},
	}
}

func TestReplaceDerivedRoundTrip(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s, err := ds.DerivedStamp(t.Context()); err != nil || s != "" {
		t.Fatalf("DerivedStamp of a new dataset = %q, %v; want empty", s, err)
	}
	want := derivedFixture()
	for round := range 2 { // the second replaces the first
		if err := ds.ReplaceDerived(t.Context(), want); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
	if s, err := ds.DerivedStamp(t.Context()); err != nil || s != "s1" {
		t.Fatalf("DerivedStamp = %q, %v; want s1", s, err)
	}
	var inc []dataset.IncidentRow
	if err := ds.ScanIncidents(t.Context(), dataset.Filter{}, func(r dataset.IncidentRow) error { inc = append(inc, r); return nil }); err != nil {
		t.Fatal(err)
	}
	var off []dataset.OfficialRow
	if err := ds.ScanOfficials(t.Context(), dataset.Filter{}, func(r dataset.OfficialRow) error { off = append(off, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Incidents, inc); diff != "" {
		t.Errorf("incidents differ (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want.Officials, off); diff != "" {
		t.Errorf("officials differ (-want +got):\n%s", diff)
	}
	// Nothing but the two tables is left behind.
	left, _ := os.ReadDir(filepath.Join(dir, "_derived"))
	if len(left) != 0 {
		t.Errorf("_derived holds %d entries after the swap", len(left))
	}
	// A month filter reads only that partition.
	n := 0
	if err := ds.ScanIncidents(t.Context(), dataset.Filter{From: "2018-11", To: "2018-11"}, func(dataset.IncidentRow) error { n++; return nil }); err != nil || n != 1 {
		t.Errorf("incidents of 2018-11: %d rows, %v; want 1", n, err)
	}
}

func TestReplaceDerivedRefused(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	if err := ds.ReplaceDerived(t.Context(), derivedFixture()); !errors.Is(err, dataset.ErrTxnActive) {
		t.Errorf("ReplaceDerived during a Txn: %v, want ErrTxnActive", err)
	}
	txn.Abort()
	ro, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := ro.ReplaceDerived(t.Context(), derivedFixture()); !errors.Is(err, dataset.ErrReadOnly) {
		t.Errorf("ReplaceDerived on a read-only dataset: %v, want ErrReadOnly", err)
	}
}

func TestSourceStampChangesWithCommits(t *testing.T) {
	ds, err := dataset.Open(t.TempDir(), dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s0, err := ds.SourceStamp(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	write(t, ds, "run-1", makeFixture(t, "run-1", []string{"2018-11"}, 2))
	s1, _ := ds.SourceStamp(t.Context())
	s1b, _ := ds.SourceStamp(t.Context())
	if s0 == s1 || s1 != s1b {
		t.Errorf("stamps %q, %q, %q: want a change at the commit and none without", s0, s1, s1b)
	}
	if err := ds.ReplaceDerived(t.Context(), dataset.DerivedSet{Stamp: s1}); err != nil {
		t.Fatal(err)
	}
	if s2, _ := ds.SourceStamp(t.Context()); s2 != s1 {
		t.Errorf("writing the derived tables changed the source stamp")
	}
}
