package pipeline

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/extract"
	"govwatch/pipeline/dataset"
)

// TestMain runs every test of the package with a crawl state that holds 8 pages
// in memory, so that the crawls the tests run keep their state mostly in the
// spill table's files, as a large crawl does.
func TestMain(m *testing.M) {
	stateHeld = 8
	os.Exit(m.Run())
}

// TestValidatorsFile checks the state file's round trip, including validators that
// need escaping, and that a file cut short or garbled is refused rather than half
// trusted.
func TestValidatorsFile(t *testing.T) {
	want := map[urlKey]extract.Validators{
		keyOf("http://a.example/News/ShowNews.aspx?Code=1"): {ETag: `"9c715a67b040d3fcfd0a"`, LastModified: "Mon, 23 Jul 2018 06:01:00 GMT"},
		keyOf("http://a.example/News/ShowNews.aspx?Code=2"): {ETag: `W/"x\y"<&>`},
		keyOf("http://a.example/News/ShowNews.aspx?Code=3"): {LastModified: "دوشنبه\t۱۳۹۷"},
		keyOf("http://a.example/News/ShowNews.aspx?Code=4"): {ETag: "bad\xffutf8"},
	}
	var buf bytes.Buffer
	if err := writeValidators(&buf, maps.All(want)); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "{\n") || strings.Count(buf.String(), "\n") != len(want)+2 {
		t.Errorf("not one member per line:\n%s", buf.String())
	}
	if !json.Valid(buf.Bytes()) {
		t.Errorf("not valid JSON:\n%s", buf.String())
	}
	got := map[urlKey]extract.Validators{}
	if err := readValidators(bytes.NewReader(buf.Bytes()), func(k urlKey, v extract.Validators) { got[k] = v }); err != nil {
		t.Fatal(err)
	}
	// Invalid UTF-8 comes back as U+FFFD, as encoding/json gives it.
	want[keyOf("http://a.example/News/ShowNews.aspx?Code=4")] = extract.Validators{ETag: "bad\ufffdutf8"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("read back differs (-want +got):\n%s", diff)
	}

	lines := strings.Split(buf.String(), "\n")
	for _, tc := range []struct {
		name, file string
	}{
		{"cut short", strings.Join(lines[:3], "\n") + "\n"},
		{"bad key", "{\n\"zz\":[\"a\",\"b\"]\n}\n"},
		{"bad value", "{\n\"" + strings.Repeat("0", 32) + "\":[\"a\"]\n}\n"},
		{"not json", "garbage"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := readValidators(strings.NewReader(tc.file), func(urlKey, extract.Validators) {}); err == nil {
				t.Errorf("read %q: no error", tc.file)
			}
		})
	}
}

// TestLoadStateLegacy checks that a validators file of an earlier version, one JSON
// object keyed by URL, is still read, and that validators count only for URLs the
// dataset has.
func TestLoadStateLegacy(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const stored, unknown = "http://a.example/News/ShowNews.aspx?Code=1", "http://a.example/News/ShowNews.aspx?Code=2"
	hash := strings.Repeat("ab", 32)
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	if err := txn.AddArticle(dataset.ArticleRow{ArticleID: dataset.ArticleID(stored), URL: stored, ContentHash: hash, FetchedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	legacy := `{"` + stored + `":{"ETag":"\"e1\"","LastModified":"Mon, 23 Jul 2018 06:01:00 GMT"},"` + unknown + `":{"ETag":"\"e2\"","LastModified":""}}`
	if err := os.MkdirAll(filepath.Join(dir, "_state"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, stateFile), []byte(legacy), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := loadState(t.Context(), ds, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	tests := []struct {
		url  string
		want extract.Validators
		seen bool
	}{
		{stored, extract.Validators{ETag: `"e1"`, LastModified: "Mon, 23 Jul 2018 06:01:00 GMT"}, true},
		{unknown, extract.Validators{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			v, seen := st.Lookup(tc.url)
			if v != tc.want || seen != tc.seen {
				t.Errorf("Lookup = %+v, %v; want %+v, %v", v, seen, tc.want, tc.seen)
			}
		})
	}
	if same, known, err := st.version(stored, hash); !same || !known || err != nil {
		t.Errorf("version(stored hash) = %v, %v, %v; want true, true", same, known, err)
	}
	if same, known, err := st.version(stored, strings.Repeat("cd", 32)); same || !known || err != nil {
		t.Errorf("version(other hash) = %v, %v, %v; want false, true", same, known, err)
	}
	// Saving writes the current format, which loads back the same; a Last-Modified
	// that is not a canonical HTTP date is kept as it was.
	odd := extract.Validators{LastModified: "Monday, 23-Jul-18 06:01:00 GMT"}
	if err := st.record(stored, "", odd); err != nil {
		t.Fatal(err)
	}
	if v, _ := st.Lookup(stored); v != odd {
		t.Errorf("after record, Lookup = %+v, want %+v", v, odd)
	}
	if err := st.save(t.Context(), ds); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, stateFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("{\n\"")) || !json.Valid(data) {
		t.Errorf("saved state is not in the current format:\n%s", data)
	}
	again, err := loadState(t.Context(), ds, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer again.close()
	for _, u := range []string{stored, unknown} {
		v1, ok1 := st.Lookup(u)
		v2, ok2 := again.Lookup(u)
		if v1 != v2 || ok1 != ok2 {
			t.Errorf("%s: Lookup after reload = %+v, %v; before %+v, %v", u, v2, ok2, v1, ok1)
		}
	}
}

// TestStateETags checks the ETags the state keeps side by side in its text file,
// with most pages in the spill table's files (it holds 16 in memory here): each URL
// gets back its own after others were recorded, a replaced ETag is the new one,
// validators without an ETag clear it, an ETag too long to keep is dropped (the page
// is then fetched in full), and URLs without a stored version keep nothing.
func TestStateETags(t *testing.T) {
	defer func(old int) { stateHeld = old }(stateHeld)
	stateHeld = 16
	st, err := newCrawlState(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	u := func(i int) string { return "http://a.example/News/ShowNews.aspx?Code=" + strconv.Itoa(i) }
	hash := strings.Repeat("ab", 32)
	const lm = "Mon, 23 Jul 2018 06:01:00 GMT"
	want := map[string]extract.Validators{}
	for i := range 200 {
		v := extract.Validators{ETag: `"` + strings.Repeat("x", i%37) + strconv.Itoa(i) + `"`}
		if i%3 == 0 {
			v.LastModified = lm
		}
		if err := st.record(u(i), hash, v); err != nil {
			t.Fatal(err)
		}
		want[u(i)] = v
	}
	tests := []struct {
		name string
		url  string
		v    extract.Validators
		want extract.Validators
	}{
		{"replaced", u(5), extract.Validators{ETag: `W/"new"`}, extract.Validators{ETag: `W/"new"`}},
		{"cleared", u(6), extract.Validators{LastModified: lm}, extract.Validators{LastModified: lm}},
		{"too long", u(7), extract.Validators{ETag: `"` + strings.Repeat("y", maxETag) + `"`, LastModified: lm}, extract.Validators{LastModified: lm}},
		{"longest kept", u(8), extract.Validators{ETag: strings.Repeat("z", maxETag)}, extract.Validators{ETag: strings.Repeat("z", maxETag)}},
	}
	for _, tc := range tests {
		if err := st.record(tc.url, "", tc.v); err != nil {
			t.Fatal(err)
		}
		want[tc.url] = tc.want
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := st.Lookup(tc.url); !ok || got != tc.want {
				t.Errorf("Lookup = %+v, %v; want %+v, true", got, ok, tc.want)
			}
		})
	}
	for url, v := range want {
		if got, ok := st.Lookup(url); !ok || got != v {
			t.Errorf("Lookup(%s) = %+v, %v; want %+v, true", url, got, ok, v)
		}
	}
	// No stored version: nothing kept.
	if err := st.record(u(1000), "", extract.Validators{ETag: `"e"`}); err != nil {
		t.Fatal(err)
	}
	if got, ok := st.Lookup(u(1000)); ok || got != (extract.Validators{}) {
		t.Errorf("Lookup of a URL never stored = %+v, %v; want nothing", got, ok)
	}
}

// TestLoadStateCorrupt checks that a validators file garbled part-way is not half
// trusted: the validators read before the garbage are dropped too, and every stored
// URL is still known (asked for with a full GET, its content hash still compared).
func TestLoadStateCorrupt(t *testing.T) {
	dir := t.TempDir()
	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	u := func(i int) string { return "http://a.example/News/ShowNews.aspx?Code=" + strconv.Itoa(i) }
	hash := strings.Repeat("ab", 32)
	txn, err := ds.Begin(t.Context(), "run-1")
	if err != nil {
		t.Fatal(err)
	}
	file := "{\n"
	for i := range 30 { // more than the 8 pages held in memory (TestMain)
		if err := txn.AddArticle(dataset.ArticleRow{ArticleID: dataset.ArticleID(u(i)), URL: u(i), ContentHash: hash, FetchedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
		k := keyOf(u(i))
		file += `"` + hex.EncodeToString(k[:]) + `":["\"e` + strconv.Itoa(i) + `\"",""],` + "\n"
	}
	file += "garbage\n}\n"
	if err := txn.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "_state"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, stateFile), []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := loadState(t.Context(), ds, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	for i := range 30 {
		if v, seen := st.Lookup(u(i)); !seen || v != (extract.Validators{}) {
			t.Errorf("Lookup(%d) = %+v, %v; want no validators, seen", i, v, seen)
		}
		if same, known, err := st.version(u(i), hash); !same || !known || err != nil {
			t.Errorf("version(%d) = %v, %v, %v; want true, true", i, same, known, err)
		}
	}
	if v, seen := st.Lookup(u(99)); seen || v != (extract.Validators{}) {
		t.Errorf("Lookup of a URL never stored = %+v, %v", v, seen)
	}
}
