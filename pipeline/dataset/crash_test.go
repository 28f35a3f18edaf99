package dataset_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"govwatch/pipeline/dataset"
)

const (
	crashDirEnv  = "GOVWATCH_DATASET_CRASH_DIR"
	crashStepEnv = "GOVWATCH_DATASET_CRASH_STEP"
	crashN       = 40
)

var crashMonths = []string{"2018-11", "2018-12", ""}

// TestCrashChild is the process that TestCrash kills. It writes one run and blocks
// forever at the step named in the environment.
func TestCrashChild(t *testing.T) {
	dir, step := os.Getenv(crashDirEnv), os.Getenv(crashStepEnv)
	if dir == "" {
		t.Skip("run by TestCrash only")
	}
	ds, err := dataset.Open(dir, dataset.Options{RowGroupBytes: 4 << 10})
	if err != nil {
		t.Fatal(err)
	}
	dataset.SetTestHook(func(s string) {
		fmt.Printf("step %s\n", s)
		if s == step {
			select {} // wait for SIGKILL
		}
	})
	write(t, ds, "run-1", makeFixture(t, "run-1", crashMonths, crashN))
	fmt.Println("step committed")
}

// TestCrash kills a writing process with SIGKILL at each step of a run, then checks
// that readers open the dataset without error, that Open finishes or discards the
// run, and that running the same work again leaves no duplicate article versions.
func TestCrash(t *testing.T) {
	tests := []struct {
		step    string
		visible bool // whether run-1's rows are visible after recovery
	}{
		{step: "flush", visible: false},
		{step: "staged", visible: false},
		{step: "manifest", visible: true},
		{step: "rename", visible: true},
		{step: "renamed", visible: true},
		{step: "done", visible: true},
		{step: "committed", visible: true},
	}
	for _, tc := range tests {
		t.Run(tc.step, func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestCrashChild$")
			cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, crashStepEnv+"="+tc.step)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(out)
			reached := false
			for sc.Scan() {
				if sc.Text() == "step "+tc.step {
					reached = true
					break
				}
			}
			if err := cmd.Process.Kill(); err != nil && tc.step != "committed" {
				t.Fatal(err)
			}
			cmd.Wait()
			if !reached {
				t.Fatalf("child never reached step %s", tc.step)
			}

			// A reader that does no recovery opens every visible file without error.
			ro, err := dataset.Open(dir, dataset.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			readAll(t, ro)

			ds, err := dataset.Open(dir, dataset.Options{})
			if err != nil {
				t.Fatalf("open after crash: %v", err)
			}
			got := readAll(t, ds)
			wantN := 0
			if tc.visible {
				wantN = crashN
			}
			if len(got.articles) != wantN || len(got.people) != 2*wantN || len(got.violations) != wantN {
				t.Errorf("after recovery: %d articles, %d people, %d violations; want %d, %d, %d",
					len(got.articles), len(got.people), len(got.violations), wantN, 2*wantN, wantN)
			}
			if entries, _ := os.ReadDir(dir + "/_staging"); len(entries) != 0 {
				t.Errorf("staging not cleaned: %v", entries)
			}

			// Run the same work again.
			txn, err := ds.Begin(t.Context(), "run-2")
			if err != nil {
				t.Fatal(err)
			}
			add(t, txn, makeFixture(t, "run-2", crashMonths, crashN))
			st := txn.Stats()
			if err := txn.Commit(t.Context()); err != nil {
				t.Fatal(err)
			}
			if int(st.SkippedArticles) != wantN || int(st.Articles) != crashN-wantN {
				t.Errorf("second run wrote %d and skipped %d articles; want %d and %d", st.Articles, st.SkippedArticles, crashN-wantN, wantN)
			}
			got = readAll(t, ds)
			seen := map[string]bool{}
			for _, a := range got.articles {
				k := a.ArticleID + "/" + a.ContentHash
				if seen[k] {
					t.Errorf("duplicate article version %s", k)
				}
				seen[k] = true
			}
			if len(seen) != crashN || len(got.people) != 2*crashN || len(got.violations) != crashN {
				t.Errorf("after rerun: %d articles, %d people, %d violations; want %d, %d, %d",
					len(seen), len(got.people), len(got.violations), crashN, 2*crashN, crashN)
			}
		})
	}
}
