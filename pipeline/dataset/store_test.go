package dataset_test

import (
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"govwatch/internal/s3test"
	"govwatch/pipeline/dataset"
)

// storeKind opens datasets of one storage kind; all of them share one location
// per test, as separate processes would.
type storeKind struct {
	name string
	open func(t *testing.T) func(opts dataset.Options) *dataset.Dataset
	// files lists the objects of the dataset, relative and sorted.
	files func(t *testing.T) []string
}

// fakeS3 starts gofakes3 on loopback with one bucket and sets the AWS environment
// for it; it returns the s3:// location of a dataset prefix in that bucket.
func fakeS3(t *testing.T) (location string, backend *s3mem.Backend) {
	t.Helper()
	backend = s3mem.New()
	if err := backend.CreateBucket("govwatch"); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(srv.Close)
	t.Setenv("AWS_ACCESS_KEY_ID", "test")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "test")
	t.Setenv("AWS_REGION", "us-east-1")
	t.Setenv("AWS_CONFIG_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", filepath.Join(t.TempDir(), "none"))
	return "s3://govwatch/team/data?endpoint=" + srv.URL + "&region=us-east-1", backend
}

func walkFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(out)
	return out
}

func storeKinds() []storeKind {
	var dirs = map[*testing.T]string{}
	return []storeKind{
		{
			name: "dir",
			open: func(t *testing.T) func(dataset.Options) *dataset.Dataset {
				dir := t.TempDir()
				dirs[t] = dir
				return func(opts dataset.Options) *dataset.Dataset {
					ds, err := dataset.Open(dir, opts)
					if err != nil {
						t.Fatal(err)
					}
					return ds
				}
			},
			files: func(t *testing.T) []string { return walkFiles(t, dirs[t]) },
		},
		{
			name: "fileblob",
			open: func(t *testing.T) func(dataset.Options) *dataset.Dataset {
				dir := t.TempDir()
				dirs[t] = dir
				return func(opts dataset.Options) *dataset.Dataset {
					ds, err := dataset.OpenFileBlob(dir, opts)
					if err != nil {
						t.Fatal(err)
					}
					t.Cleanup(func() { ds.Close() })
					return ds
				}
			},
			files: func(t *testing.T) []string { return walkFiles(t, dirs[t]) },
		},
		{
			name: "gofakes3",
			open: func(t *testing.T) func(dataset.Options) *dataset.Dataset {
				loc, backend := fakeS3(t)
				backends[t] = backend
				return func(opts dataset.Options) *dataset.Dataset {
					ds, err := dataset.Open(loc, opts)
					if err != nil {
						t.Fatal(err)
					}
					t.Cleanup(func() { ds.Close() })
					return ds
				}
			},
			files: func(t *testing.T) []string { return listFake(t, backends[t]) },
		},
	}
}

var backends = map[*testing.T]*s3mem.Backend{}

func listFake(t *testing.T, b *s3mem.Backend) []string {
	t.Helper()
	res, err := b.ListBucket("govwatch", &gofakes3.Prefix{}, gofakes3.ListBucketPage{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range res.Contents {
		out = append(out, strings.TrimPrefix(c.Key, "team/data/"))
	}
	sort.Strings(out)
	return out
}

// normalise replaces the part number of part file names, which depends on the
// order files are closed in.
func normalise(files []string) []string {
	var out []string
	for _, f := range files {
		if strings.HasPrefix(f, "_lease/") || f == "_lock" {
			continue
		}
		if i := strings.LastIndex(f, "-"); i >= 0 && strings.HasSuffix(f, ".parquet") {
			f = f[:i] + "-N.parquet"
		}
		out = append(out, f)
	}
	return out
}

// TestStoreContract runs the commit protocol on each kind of storage: rows written
// and read back, the layout of the files, duplicates skipped by a second run, a run
// ID used twice refused, and the lock of one writer refusing a second.
func TestStoreContract(t *testing.T) {
	months := []string{"2018-11", "2018-12", ""}
	for _, kind := range storeKinds() {
		t.Run(kind.name, func(t *testing.T) {
			open := kind.open(t)
			ds := open(dataset.Options{RowGroupBytes: 4 << 10})
			fx := makeFixture(t, "run-1", months, 30)
			write(t, ds, "run-1", fx)

			got := readAll(t, open(dataset.Options{ReadOnly: true}))
			if len(got.articles) != 30 || len(got.people) != len(fx.people) || len(got.violations) != len(fx.violations) || len(got.runs) != 1 {
				t.Fatalf("read back %d articles, %d people, %d violations, %d runs; want 30, %d, %d, 1",
					len(got.articles), len(got.people), len(got.violations), len(got.runs), len(fx.people), len(fx.violations))
			}
			byID := map[string]dataset.ArticleRow{}
			for _, a := range got.articles {
				byID[a.ArticleID] = a
			}
			for _, a := range fx.articles {
				g := byID[a.ArticleID]
				if g.Body != a.Body || g.ContentHash != a.ContentHash || !g.FetchedAt.Equal(a.FetchedAt) {
					t.Fatalf("article %s read back differs", a.ArticleID)
				}
			}
			want := []string{
				"_manifests/run-1.json",
				"articles/registered_month=2018-11/part-run-1-N.parquet",
				"articles/registered_month=2018-12/part-run-1-N.parquet",
				"articles/registered_month=unknown/part-run-1-N.parquet",
				"people/registered_month=2018-11/part-run-1-N.parquet",
				"people/registered_month=2018-12/part-run-1-N.parquet",
				"people/registered_month=unknown/part-run-1-N.parquet",
				"runs/started_month=2026-11/part-run-1-N.parquet",
				"violations/registered_month=2018-11/part-run-1-N.parquet",
				"violations/registered_month=2018-12/part-run-1-N.parquet",
				"violations/registered_month=unknown/part-run-1-N.parquet",
			}
			if diff := cmp.Diff(want, normalise(kind.files(t))); diff != "" {
				t.Errorf("objects after commit (-want +got):\n%s", diff)
			}

			// The same articles again: nothing but the run row is added.
			fx2 := makeFixture(t, "run-2", months, 30)
			txn, err := open(dataset.Options{}).Begin(t.Context(), "run-2")
			if err != nil {
				t.Fatal(err)
			}
			add(t, txn, fx2)
			if st := txn.Stats(); st.Articles != 0 || st.SkippedArticles != 30 {
				t.Errorf("second run: %d articles written, %d skipped; want 0, 30", st.Articles, st.SkippedArticles)
			}
			// A second writer is refused while the first holds the lock.
			if _, err := open(dataset.Options{}).Begin(t.Context(), "run-3"); !errors.Is(err, dataset.ErrLocked) {
				t.Errorf("Begin while another Txn holds the lock: %v, want ErrLocked", err)
			}
			if err := txn.Commit(t.Context()); err != nil {
				t.Fatal(err)
			}
			if _, err := open(dataset.Options{}).Begin(t.Context(), "run-1"); !errors.Is(err, dataset.ErrRunExists) {
				t.Errorf("Begin of a committed run: %v, want ErrRunExists", err)
			}
			again := readAll(t, open(dataset.Options{ReadOnly: true}))
			if len(again.articles) != 30 || len(again.runs) != 2 {
				t.Errorf("after the second run: %d articles, %d runs; want 30, 2", len(again.articles), len(again.runs))
			}
		})
	}
}

// TestStoreRecovery stops a commit at each step (the step hook panics, as a
// process dies there) and checks that the next writer rolls the run forward once
// its manifest exists, and back before, on each kind of storage.
func TestStoreRecovery(t *testing.T) {
	steps := []struct {
		step    string
		visible bool
	}{
		{"staged", false},
		{"manifest", true},
		{"rename", true},
		{"renamed", true},
		{"done", true},
	}
	for _, kind := range storeKinds() {
		for _, tc := range steps {
			t.Run(kind.name+"/"+tc.step, func(t *testing.T) {
				open := kind.open(t)
				ds := open(dataset.Options{RowGroupBytes: 4 << 10})
				fx := makeFixture(t, "run-1", []string{"2018-11", "2018-12"}, 12)
				txn, err := ds.Begin(t.Context(), "run-1")
				if err != nil {
					t.Fatal(err)
				}
				add(t, txn, fx)
				dataset.SetTestHook(func(s string) {
					if s == tc.step {
						panic("crash at " + s)
					}
				})
				func() {
					defer func() { recover() }()
					txn.Commit(t.Context())
				}()
				dataset.SetTestHook(nil)

				// The next writer recovers under the lock.
				next := open(dataset.Options{})
				write(t, next, "run-2", makeFixture(t, "run-2", []string{"2018-11", "2018-12"}, 12))
				got := readAll(t, open(dataset.Options{ReadOnly: true}))
				runs := map[string]int{}
				for _, a := range got.articles {
					runs[a.RunID]++
				}
				wantRuns := map[string]int{"run-2": 12}
				if tc.visible {
					wantRuns = map[string]int{"run-1": 12}
				}
				if diff := cmp.Diff(wantRuns, runs); diff != "" {
					t.Errorf("articles by run after recovery (-want +got):\n%s", diff)
				}
				for _, f := range kind.files(t) {
					if strings.HasPrefix(f, "_staging/") {
						t.Errorf("staged object left after recovery: %s", f)
					}
				}
			})
		}
	}
}

func ExampleJoinLocation() {
	fmt.Println(dataset.JoinLocation("s3://team-bucket/govwatch?endpoint=http://127.0.0.1:7070", "_archive"))
	fmt.Println(dataset.Redact("s3://team-bucket/govwatch?endpoint=http://127.0.0.1:7070"))
	fmt.Println(dataset.IsURL("file:///srv/govwatch/data"), dataset.IsURL("s3://team-bucket/govwatch"))
	// Output:
	// s3://team-bucket/govwatch/_archive?endpoint=http://127.0.0.1:7070
	// s3://team-bucket/govwatch
	// false true
}

// TestVersityGW runs the contract on a real S3-compatible server, versitygw, and
// checks that what it stores are the Parquet files themselves, under the keys a
// Hive-aware reader expects.
func TestVersityGW(t *testing.T) {
	srv := s3test.Start(t, "govwatch")
	loc := srv.Location("govwatch", "team/data")
	open := func(opts dataset.Options) *dataset.Dataset {
		ds, err := dataset.Open(loc, opts)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ds.Close() })
		return ds
	}
	fx := makeFixture(t, "run-1", []string{"2018-11", "2018-12", ""}, 30)
	write(t, open(dataset.Options{RowGroupBytes: 4 << 10}), "run-1", fx)
	if _, err := open(dataset.Options{}).Begin(t.Context(), "run-1"); !errors.Is(err, dataset.ErrRunExists) {
		t.Errorf("Begin of a committed run: %v, want ErrRunExists", err)
	}
	got := readAll(t, open(dataset.Options{ReadOnly: true}))
	if len(got.articles) != 30 || len(got.violations) != len(fx.violations) {
		t.Errorf("read back %d articles, %d violations; want 30, %d", len(got.articles), len(got.violations), len(fx.violations))
	}
	files := normalise(walkFiles(t, filepath.Join(srv.Backing, "govwatch", "team", "data")))
	for _, f := range files {
		if strings.HasPrefix(f, "_staging/") {
			t.Errorf("staged object left after commit: %s", f)
		}
	}
	if !slices.Contains(files, "articles/registered_month=2018-11/part-run-1-N.parquet") {
		t.Errorf("no articles file in the backing directory: %v", files)
	}
}
