package dataset_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"govwatch/pipeline/dataset"
)

func countArticles(t *testing.T, dir string) int {
	t.Helper()
	ro, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	return len(readAll(t, ro).articles)
}

func TestUncommittedInvisible(t *testing.T) {
	tests := []struct {
		name   string
		finish func(t *testing.T, txn *dataset.Txn)
	}{
		{name: "abort", finish: func(t *testing.T, txn *dataset.Txn) {
			if err := txn.Abort(); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "cancelled commit", finish: func(t *testing.T, txn *dataset.Txn) {
			ctx, cancel := context.WithCancel(t.Context())
			cancel()
			if err := txn.Commit(ctx); !errors.Is(err, context.Canceled) {
				t.Fatalf("commit: %v, want context.Canceled", err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			ds, err := dataset.Open(dir, dataset.Options{RowGroupBytes: 4 << 10, MaxBufferedBytes: 4 << 10})
			if err != nil {
				t.Fatal(err)
			}
			txn, err := ds.Begin(t.Context(), "run-1")
			if err != nil {
				t.Fatal(err)
			}
			add(t, txn, makeFixture(t, "run-1", []string{"2018-11"}, 20))
			if n := countArticles(t, dir); n != 0 {
				t.Errorf("%d articles visible before commit", n)
			}
			// Another Open while the Txn holds the lock must not touch its files: the
			// rows it spilled (20 rows, 4 KiB held at most) wait in its scratch
			// directory until Commit writes the part files.
			spilled := filepath.Join(dir, "_staging", "run-1.scratch", "rows-articles.arrows")
			if _, err := os.Stat(spilled); err != nil {
				t.Fatalf("no spilled rows before the concurrent Open: %v", err)
			}
			if _, err := dataset.Open(dir, dataset.Options{}); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(spilled); err != nil {
				t.Errorf("a concurrent Open removed the active run's spilled rows: %v", err)
			}
			tc.finish(t, txn)
			if n := countArticles(t, dir); n != 0 {
				t.Errorf("%d articles visible after %s", n, tc.name)
			}
			for _, left := range []string{"run-1", "run-1.scratch"} {
				if _, err := os.Stat(filepath.Join(dir, "_staging", left)); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s left in the staging area: %v", left, err)
				}
			}
			if err := txn.AddArticle(dataset.ArticleRow{ArticleID: "a", ContentHash: "h"}); !errors.Is(err, dataset.ErrTxnDone) {
				t.Errorf("add after finish: %v, want ErrTxnDone", err)
			}
			// The run ID is free again, and the dataset accepts a new Txn.
			write(t, ds, "run-1", makeFixture(t, "run-1", []string{"2018-11"}, 2))
			if n := countArticles(t, dir); n != 2 {
				t.Errorf("%d articles after a committed retry, want 2", n)
			}
		})
	}
}

func TestBeginErrors(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, ds, "run-1", makeFixture(t, "run-1", []string{"2018-11"}, 1))
	ro, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ds   *dataset.Dataset
		run  string
		want error
	}{
		{name: "committed run", ds: ds, run: "run-1", want: dataset.ErrRunExists},
		{name: "empty id", ds: ds, run: "", want: dataset.ErrInvalidRunID},
		{name: "hidden id", ds: ds, run: "_x", want: dataset.ErrInvalidRunID},
		{name: "path in id", ds: ds, run: "a/../b", want: dataset.ErrInvalidRunID},
		{name: "read-only", ds: ro, run: "run-2", want: dataset.ErrReadOnly},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			txn, err := tc.ds.Begin(t.Context(), tc.run)
			if !errors.Is(err, tc.want) {
				t.Errorf("Begin(%q) = %v, want %v", tc.run, err, tc.want)
			}
			if txn != nil {
				txn.Abort()
			}
		})
	}
	t.Run("second txn", func(t *testing.T) {
		txn, err := ds.Begin(t.Context(), "run-2")
		if err != nil {
			t.Fatal(err)
		}
		defer txn.Abort()
		if _, err := ds.Begin(t.Context(), "run-3"); !errors.Is(err, dataset.ErrTxnActive) {
			t.Errorf("second Begin: %v, want ErrTxnActive", err)
		}
		other, err := dataset.Open(dir, dataset.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := other.Begin(t.Context(), "run-3"); !errors.Is(err, dataset.ErrLocked) {
			t.Errorf("Begin on a second Dataset: %v, want ErrLocked", err)
		}
	})
}

func TestInvalidRows(t *testing.T) {
	ds, err := dataset.Open(t.TempDir(), dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	defer txn.Abort()
	tests := []struct {
		name string
		add  func() error
	}{
		{"article without id", func() error { return txn.AddArticle(dataset.ArticleRow{ContentHash: "h"}) }},
		{"article without hash", func() error { return txn.AddArticle(dataset.ArticleRow{ArticleID: "a"}) }},
		{"article of another run", func() error {
			return txn.AddArticle(dataset.ArticleRow{ArticleID: "a", ContentHash: "h", RunID: "run-0"})
		}},
		{"person with reversed offsets", func() error {
			return txn.AddPerson(dataset.PersonRow{ArticleID: "a", ContentHash: "h", Start: 5, End: 4})
		}},
		{"person with bad month", func() error {
			return txn.AddPerson(dataset.PersonRow{ArticleID: "a", ContentHash: "h", RegisteredMonth: "2018-13"})
		}},
		{"violation with negative offset", func() error {
			return txn.AddViolation(dataset.ViolationRow{ArticleID: "a", ContentHash: "h", Start: -1})
		}},
		{"violation without hash", func() error { return txn.AddViolation(dataset.ViolationRow{ArticleID: "a"}) }},
		{"run without start", func() error { return txn.AddRun(dataset.RunRow{Job: "j"}) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.add(); !errors.Is(err, dataset.ErrInvalidRow) {
				t.Errorf("got %v, want ErrInvalidRow", err)
			}
		})
	}
	// Invalid rows do not break the Txn.
	if err := txn.AddRun(dataset.RunRow{StartedAt: time.Now()}); err != nil {
		t.Errorf("valid row after invalid ones: %v", err)
	}
}

func TestDuplicatesSkipped(t *testing.T) {
	ds, err := dataset.Open(t.TempDir(), dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fx := makeFixture(t, "run-1", []string{"2018-11"}, 3)
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	add(t, txn, fx)
	dup := fx.articles[0]
	dup.Title = "another title, same version"
	if err := txn.AddArticle(dup); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}

	// A second run: one changed article (new hash), the rest unchanged.
	fx2 := makeFixture(t, "run-2", []string{"2018-11"}, 3)
	fx2.articles[1].ContentHash = "changed"
	for i := range fx2.people {
		if fx2.people[i].ArticleID == fx2.articles[1].ArticleID {
			fx2.people[i].ContentHash = "changed"
		}
	}
	for i := range fx2.violations {
		if fx2.violations[i].ArticleID == fx2.articles[1].ArticleID {
			fx2.violations[i].ContentHash = "changed"
		}
	}
	txn, err = ds.Begin(t.Context(), "run-2")
	if err != nil {
		t.Fatal(err)
	}
	add(t, txn, fx2)
	st := txn.Stats()
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	want := dataset.TxnStats{Articles: 1, People: 2, Violations: 1, Runs: 1, SkippedArticles: 2, SkippedPeople: 4, SkippedViolations: 2}
	if st != want {
		t.Errorf("second run stats = %+v, want %+v", st, want)
	}
	got := readAll(t, ds)
	if len(got.articles) != 4 || len(got.people) != 8 || len(got.violations) != 4 || len(got.runs) != 2 {
		t.Errorf("got %d articles, %d people, %d violations, %d runs; want 4, 8, 4, 2",
			len(got.articles), len(got.people), len(got.violations), len(got.runs))
	}
	for _, a := range got.articles {
		if a.Title == dup.Title {
			t.Error("duplicate article version within one Txn was written")
		}
	}
}

// TestTxnKeysSpilled writes runs whose Txn holds only a few keys in memory, so
// that the keys of committed and added article versions and the partitions of the
// articles added are mostly read back from the spill files: an article added
// twice in one Txn, or committed by an earlier run, is still skipped with its
// mentions, and mention rows without a partition still land in their article's.
func TestTxnKeysSpilled(t *testing.T) {
	defer dataset.SetScratchHeld(3)()
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	months := []string{"2018-10", "2018-11", "", "2019-01"}
	fx := makeFixture(t, "run-1", months, 60)
	for i := range fx.people {
		fx.people[i].RegisteredMonth = "" // resolved through the Txn's months
	}
	for i := range fx.violations {
		fx.violations[i].RegisteredMonth = ""
	}
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	add(t, txn, fx)
	for _, a := range fx.articles[:10] { // again, in the same Txn
		if err := txn.AddArticle(a); err != nil {
			t.Fatal(err)
		}
	}
	if got := txn.Stats(); got.Articles != 60 || got.SkippedArticles != 10 || got.People != 120 {
		t.Fatalf("first run: %+v, want 60 articles, 10 skipped, 120 people", got)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "_staging", "run-1.scratch")); len(ents) != 2 {
		t.Errorf("scratch directory holds %d entries, want the 2 spill tables", len(ents))
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "_staging", "run-1.scratch")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the scratch directory outlived the commit: %v", err)
	}
	got := readAll(t, ds)
	month := map[string]string{}
	for _, a := range got.articles {
		month[a.ArticleID] = a.RegisteredMonth
	}
	for _, p := range got.people {
		if p.RegisteredMonth != month[p.ArticleID] {
			t.Fatalf("person of %s in partition %q, its article in %q", p.ArticleID, p.RegisteredMonth, month[p.ArticleID])
		}
	}
	if len(got.articles) != 60 || len(got.people) != 120 || len(got.violations) != 60 {
		t.Fatalf("read back %d articles, %d people, %d violations, want 60, 120, 60", len(got.articles), len(got.people), len(got.violations))
	}

	// A second run with the same versions and 5 new ones writes only the new.
	fx2 := makeFixture(t, "run-2", months, 65)
	txn, err = ds.Begin(t.Context(), "run-2")
	if err != nil {
		t.Fatal(err)
	}
	add(t, txn, fx2)
	if got := txn.Stats(); got.Articles != 5 || got.SkippedArticles != 60 || got.People != 10 || got.SkippedPeople != 120 || got.SkippedViolations != 60 {
		t.Fatalf("second run: %+v, want 5 articles and 10 people written, 60, 120 and 60 skipped", got)
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := countArticles(t, dir); n != 65 {
		t.Fatalf("%d articles after the second run, want 65", n)
	}
}

// TestScratchOnObjectStore checks where a Txn on an object store keeps its spill
// tables: in a local directory of the location's own below TMPDIR, where what a
// crashed run left is removed by the next Begin, and the Txn's own directory when
// it commits.
func TestScratchOnObjectStore(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	ds, err := dataset.OpenFileBlob(t.TempDir(), dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	parent := dataset.ScratchParent(ds.Dir())
	stale := filepath.Join(parent, "run-0.scratch", "spill-versions-1")
	if err := os.MkdirAll(stale, 0o755); err != nil {
		t.Fatal(err)
	}
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != "run-1.scratch" {
		t.Fatalf("scratch parent holds %v, want only run-1.scratch", ents)
	}
	add(t, txn, makeFixture(t, "run-1", []string{"2018-11"}, 5))
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(parent); !errors.Is(err, os.ErrNotExist) {
		ents, _ := os.ReadDir(parent)
		t.Fatalf("scratch parent still there after the commit (%v), holding %v", err, ents)
	}
	if n := len(readAll(t, ds).articles); n != 5 {
		t.Fatalf("%d articles committed, want 5", n)
	}
}
