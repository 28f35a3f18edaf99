package config_test

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/goccy/go-yaml"

	"govwatch/internal/config"
)

// typesBase is a valid config with one of each list and map element, so that a value
// can be put at any field's path.
const typesBase = `sources:
  - id: a
    name: A
    start_urls: ["http://127.0.0.1/list"]
jobs:
  - name: j
    kind: crawl
profiles:
  p:
    list: {item: a}
    article: {title: h1, body: div, date_scope: time}
`

// field is one settable field of the config file: its YAML path (sources[0].rate)
// and its Go type.
type field struct {
	path []any // keys (string) and indexes (int)
	t    reflect.Type
}

func (f field) String() string {
	var b strings.Builder
	for _, p := range f.path {
		switch p := p.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", p)
		case string:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(p)
		}
	}
	return b.String()
}

// configFields lists every field of the file, walking config.Config by its yaml tags:
// the first element of each list, the profile "p" of the profiles.
func configFields(t reflect.Type, path []any) []field {
	var out []field
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if name == "-" || !sf.IsExported() {
			continue
		}
		p := append(append([]any{}, path...), name)
		ft := sf.Type
		out = append(out, field{p, ft})
		switch {
		case ft.Kind() == reflect.Struct:
			out = append(out, configFields(ft, p)...)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			out = append(out, configFields(ft.Elem(), append(p, 0))...)
		case ft.Kind() == reflect.Map && ft.Elem().Kind() == reflect.Struct:
			out = append(out, configFields(ft.Elem(), append(p, "p"))...)
		}
	}
	return out
}

// withValue returns typesBase with v put at path.
func withValue(t *testing.T, path []any, v any) []byte {
	t.Helper()
	var doc map[string]any
	if err := yaml.Unmarshal([]byte(typesBase), &doc); err != nil {
		t.Fatal(err)
	}
	var node any = doc
	for i, p := range path {
		last := i == len(path)-1
		switch p := p.(type) {
		case string:
			m := node.(map[string]any)
			if last {
				m[p] = v
			} else if _, ok := m[p]; !ok {
				m[p] = map[string]any{}
			}
			node = m[p]
		case int:
			node = node.([]any)[p]
		}
	}
	out, err := yaml.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// goTypeWords are what an error must not show an operator.
var goTypeWords = regexp.MustCompile(`\b(int|int64|float64|uint|struct|interface|time\.Duration)\b|map\[|\[\]|Go (struct|value)|unmarshal`)

// TestEveryFieldSaysWhatItExpects puts a value of the wrong kind in every field of
// the file (found by walking the config's types, so a new field is covered) and
// checks the error: file, line, field, what the field expects in words, what it got.
func TestEveryFieldSaysWhatItExpects(t *testing.T) {
	fields := configFields(reflect.TypeFor[config.Config](), nil)
	if len(fields) < 50 {
		t.Fatalf("found %d fields; the config has more", len(fields))
	}
	for _, f := range fields {
		t.Run(f.String(), func(t *testing.T) {
			var wrong any = map[string]any{"wrong": 1}
			got := "a mapping"
			switch f.t.Kind() {
			case reflect.Struct, reflect.Map:
				wrong, got = "oops", `"oops"`
			case reflect.Slice:
				if f.t.Elem().Kind() == reflect.Struct {
					wrong, got = "oops", `"oops"`
				}
			}
			_, err := config.Parse("cfg.yaml", withValue(t, f.path, wrong), env(nil))
			want := regexp.MustCompile(`^cfg\.yaml:\d+: ` + regexp.QuoteMeta(f.String()) + `: expected (.+), got ` + regexp.QuoteMeta(got) + `$`)
			m := want.FindStringSubmatch(fmt.Sprint(err))
			if m == nil {
				t.Fatalf("error %q, want it to match %s", err, want)
			}
			if goTypeWords.MatchString(err.Error()) {
				t.Errorf("error %q names Go types", err)
			}
		})
	}
}

// TestWholeNumbers puts a number with a fraction in every field that holds a whole
// number: refused, where the decoder would truncate it; the same number without a
// fraction, written as a float, is taken.
func TestWholeNumbers(t *testing.T) {
	n := 0
	for _, f := range configFields(reflect.TypeFor[config.Config](), nil) {
		switch f.t.Kind() {
		case reflect.Int, reflect.Int32, reflect.Int64:
		default:
			continue
		}
		if f.t == reflect.TypeFor[time.Duration]() {
			continue
		}
		n++
		t.Run(f.String(), func(t *testing.T) {
			data := withValue(t, f.path, 1.5)
			_, err := config.Parse("cfg.yaml", data, env(nil))
			var ce *config.Error
			if !errors.As(err, &ce) || ce.Field != f.String() || ce.Line == 0 ||
				!strings.Contains(err.Error(), ": expected a whole number") || !strings.HasSuffix(err.Error(), ", got 1.5") {
				t.Errorf("%s: 1.5: error %v, want cfg.yaml:LINE: %s: expected a whole number …, got 1.5", f, err, f)
			}
			if _, err := config.Parse("cfg.yaml", withValue(t, f.path, 3.0), env(nil)); err != nil && strings.Contains(err.Error(), "whole number") {
				t.Errorf("%s: 3.0 refused: %v", f, err)
			}
		})
	}
	if n < 8 {
		t.Errorf("found %d whole-number fields; the config has more", n)
	}
	cfg, err := config.Parse("cfg.yaml", []byte(typesBase+"crawl:\n  max_body_bytes: 1e6\n"), env(nil))
	if err != nil || cfg.Crawl.MaxBodyBytes != 1_000_000 {
		t.Errorf("max_body_bytes: 1e6 = %d, %v; want 1000000", cfg.Crawl.MaxBodyBytes, err)
	}
	_, err = config.Parse("cfg.yaml", []byte(typesBase+"crawl:\n  max_body_bytes: 1.5\n"), env(nil))
	if want := "cfg.yaml:13: crawl.max_body_bytes: expected a whole number of bytes, got 1.5"; fmt.Sprint(err) != want {
		t.Errorf("error %q, want %q", err, want)
	}
	_, err = config.Parse("cfg.yaml", []byte(typesBase+"crawl:\n  max_body_bytes: "+strconv.Itoa(1<<62)+"0\n"), env(nil))
	if !strings.Contains(fmt.Sprint(err), "cfg.yaml:13: crawl.max_body_bytes: expected a whole number of bytes, got 46116860184273879040, out of range") {
		t.Errorf("overflow: %v", err)
	}
}

// TestNothingConfigured checks that a file that configures no source and no job is an
// error that says so, not a run that "succeeds" at nothing.
func TestNothingConfigured(t *testing.T) {
	for name, data := range map[string]string{
		"empty":             "",
		"blank":             "\n  \n",
		"comments only":     "# govwatch\n# nothing yet\n",
		"empty document":    "---\n",
		"settings, no work": "data_dir: /srv/govwatch\ncrawl:\n  rate: 2\n",
		"empty lists":       "sources: []\njobs: []\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := config.Parse("cfg.yaml", []byte(data), env(nil))
			if !errors.Is(err, config.ErrNothingConfigured) || !strings.HasPrefix(err.Error(), "cfg.yaml: no sources and no jobs") {
				t.Errorf("error %v, want cfg.yaml: %v", err, config.ErrNothingConfigured)
			}
		})
	}
	for name, data := range map[string]string{
		"a source": "sources: [{id: a, start_urls: ['http://127.0.0.1/list']}]\n",
		"a job":    "jobs: [{name: r, kind: report, period: previous-month}]\n",
	} {
		if _, err := config.Parse("cfg.yaml", []byte(data), env(nil)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	_, err := config.Parse("cfg.yaml", []byte("~\n"), env(nil))
	if want := "cfg.yaml:1: expected a mapping of settings (data_dir, sources, jobs, …), got nothing (null)"; fmt.Sprint(err) != want {
		t.Errorf("null document: %v, want %s", err, want)
	}
}
