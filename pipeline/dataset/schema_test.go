package dataset_test

import (
	"errors"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/pipeline/dataset"
)

func TestDictionaryMatchesSchemas(t *testing.T) {
	byTable := map[string][]string{}
	for _, d := range dataset.Dictionary() {
		if d.Description == "" || d.Type == "" {
			t.Errorf("%s.%s lacks a type or description", d.Table, d.Field)
		}
		if !strings.HasSuffix(d.Type, "(partition)") {
			byTable[d.Table] = append(byTable[d.Table], d.Field)
		}
	}
	for _, table := range []string{dataset.TableArticles, dataset.TablePeople, dataset.TableViolations, dataset.TableRuns} {
		sc := dataset.Schema(table)
		if sc == nil {
			t.Fatalf("no schema for %s", table)
		}
		var names []string
		for _, f := range sc.Fields() {
			names = append(names, f.Name)
		}
		if diff := cmp.Diff(names, byTable[table]); diff != "" {
			t.Errorf("%s: dictionary and schema differ (-schema +dictionary):\n%s", table, diff)
		}
		if v, ok := sc.Metadata().GetValue("govwatch.table"); !ok || v != table {
			t.Errorf("%s: govwatch.table = %q", table, v)
		}
	}
	if dataset.Schema("nonesuch") != nil {
		t.Error("Schema of an unknown table is not nil")
	}
}

// TestReadmeDataDictionary checks that the README's data dictionary mentions every
// table and every field (as `field`). It is skipped while the README has no Data
// dictionary section.
func TestReadmeDataDictionary(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no README.md yet")
	}
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	head := regexp.MustCompile(`(?m)^#{2,3} Data dictionary\s*$`).FindStringIndex(text)
	if head == nil {
		t.Skip("README.md has no Data dictionary section yet")
	}
	section := text[head[1]:]
	if next := regexp.MustCompile(`(?m)^## `).FindStringIndex(section); next != nil {
		section = section[:next[0]]
	}
	for _, table := range []string{dataset.TableArticles, dataset.TablePeople, dataset.TableViolations, dataset.TableRuns} {
		if !regexp.MustCompile(`(?m)^#+ ` + table + `\s*$`).MatchString(section) {
			t.Errorf("README data dictionary has no heading for table %s", table)
		}
	}
	// Each table's part of the section runs from its heading to the next one.
	heads := regexp.MustCompile(`(?m)^#+ (\w+)\s*$`).FindAllStringSubmatchIndex(section, -1)
	parts := map[string]string{}
	for i, h := range heads {
		end := len(section)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		parts[section[h[2]:h[3]]] = section[h[1]:end]
	}
	for _, d := range dataset.Dictionary() {
		if !strings.Contains(parts[d.Table], "`"+d.Field+"`") {
			t.Errorf("README data dictionary does not mention %s.%s", d.Table, d.Field)
		}
	}
}

func TestIDs(t *testing.T) {
	url := "https://kavar.example.ir/kavar/News/ShowNews.aspx?Code=123"
	hex := regexp.MustCompile(`^[0-9a-f]+$`)
	tests := []struct {
		name  string
		got   string
		again string
		other string
		len   int
	}{
		{"article", dataset.ArticleID(url), dataset.ArticleID(url), dataset.ArticleID(url + "4"), 32},
		{"violation", dataset.ViolationID("a", 1, 20), dataset.ViolationID("a", 1, 20), dataset.ViolationID("a", 12, 0), 16},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.got) != tc.len || !hex.MatchString(tc.got) {
				t.Errorf("id %q: want %d lowercase hex digits", tc.got, tc.len)
			}
			if tc.got != tc.again {
				t.Errorf("id not stable: %q, %q", tc.got, tc.again)
			}
			if tc.got == tc.other {
				t.Errorf("different inputs give the same id %q", tc.got)
			}
		})
	}
	// The documented definition: the first 16 bytes of SHA-256 of the URL.
	if got, want := dataset.ArticleID("abc"), "ba7816bf8f01cfea414140de5dae2223"; got != want {
		t.Errorf("ArticleID(abc) = %s, want %s", got, want)
	}
}

func TestMonthOf(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"zero", "", dataset.UnknownMonth},
		{"date", "2018-11-06", "2018-11"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var d = parseDate(t, tc.in)
			if got := dataset.MonthOf(d); got != tc.want {
				t.Errorf("MonthOf(%s) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
