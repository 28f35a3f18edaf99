package config

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
)

// checkWholeNumbers refuses a number with a fraction (max_body_bytes: 1.5) where the
// config holds a whole number. The decoder would truncate it without a word; a value
// with no fraction written as a float (1e6, 2.0) is the whole number it says.
func checkWholeNumbers(file string, f *ast.File) error {
	c := wholeCheck{file: file}
	for _, d := range f.Docs {
		c.walk(d.Body, reflect.TypeOf(Config{}))
	}
	return errors.Join(c.errs...)
}

type wholeCheck struct {
	file string
	errs []error
}

// walk checks n, which the decoder will decode into a value of type t.
func (c *wholeCheck) walk(n ast.Node, t reflect.Type) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n == nil || t == nil {
		return
	}
	switch n := n.(type) {
	case *ast.TagNode:
		c.walk(n.Value, t)
	case *ast.AnchorNode:
		c.walk(n.Value, t)
	case *ast.MappingNode:
		for _, v := range n.Values {
			c.walk(v, t)
		}
	case *ast.MappingValueNode:
		if n.Key == nil || n.Key.GetToken() == nil {
			return
		}
		key := n.Key.GetToken().Value
		switch t.Kind() {
		case reflect.Struct:
			if ft, ok := yamlField(t, key); ok {
				c.walk(n.Value, ft)
			}
		case reflect.Map:
			c.walk(n.Value, t.Elem())
		}
	case *ast.SequenceNode:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for _, v := range n.Values {
				c.walk(v, t.Elem())
			}
		}
	case *ast.FloatNode:
		if isInteger(t) && t != reflect.TypeOf(time.Duration(0)) && n.Value != math.Trunc(n.Value) {
			tk := n.GetToken()
			field := strings.TrimPrefix(strings.TrimPrefix(n.GetPath(), "$"), ".")
			e := &Error{File: c.file, Field: field, Err: fmt.Errorf("expected %s, got %s", expectation(field, t), tk.Value)}
			if tk.Position != nil {
				e.Line = tk.Position.Line
			}
			c.errs = append(c.errs, e)
		}
	}
}

// yamlField returns the type of the field of struct t whose yaml tag (or, untagged,
// lowercased name) is key.
func yamlField(t reflect.Type, key string) (reflect.Type, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if name == key {
			return f.Type, true
		}
	}
	return nil, false
}

func isInteger(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

// expectations says what a field holds, in words, for the fields whose Go type alone
// says too little. Keys are a field's path with its indexes left out
// (jobs[].sources), or its last element (rate), which serves wherever it appears.
var expectations = map[string]string{
	// top level
	"data_dir":      "a directory path",
	"report_dir":    "a directory path",
	"timezone":      "an IANA time zone name such as Asia/Tehran",
	"memory_limit":  "a size such as 192MiB or 1GiB, or 0",
	"crawl":         "a mapping of crawl settings (timeout, rate, …)",
	"profiles":      "a mapping from profile names to site layouts",
	"sources":       "a list of sources, each a mapping with id, name and start_urls",
	"sources[]":     "a source: a mapping with id, name and start_urls",
	"jobs":          "a list of jobs, each a mapping with name and kind",
	"jobs[]":        "a job: a mapping with name and kind",
	"report":        "a mapping with lang",
	"server":        "a mapping with listen and token",
	"server.listen": "an address such as 127.0.0.1:8090",
	// crawl and sources
	"user_agent":             "a User-Agent string",
	"rate":                   "a number of requests per second",
	"burst":                  "a whole number of requests",
	"concurrency":            "a whole number of requests in flight",
	"retries":                "a whole number of retries",
	"max_body_bytes":         "a whole number of bytes",
	"max_decompressed_bytes": "a whole number of bytes",
	"archive_max_bytes":      "a whole number of bytes",
	"max_redirects":          "a whole number of redirects",
	"max_pages_per_source":   "a whole number of pages (0: no limit)",
	"max_listing_pages":      "a whole number of listing pages",
	"archive_dir":            "a directory path",
	"start_urls":             "a list of URLs",
	"allowed_hosts":          "a list of host names",
	"profile":                "the name of a site profile",
	// profiles
	"list":             "a mapping of CSS selectors (item, next)",
	"article":          "a mapping of CSS selectors (title, body, …)",
	"drop":             "a list of CSS selectors",
	"default_charset":  "a charset name such as windows-1256",
	"registered_label": "the label the portal prints before the date, such as «تاریخ انتشار»",
	"occurred_label":   "the label the portal prints before the date, such as «تاریخ وقوع»",
	// jobs
	"jobs[].sources":  "a list of source ids",
	"jobs[].timeout":  "a duration such as 30s, 5m or 1h",
	"jobs[].schedule": `a cron expression such as "0 */6 * * *", or "@jalali-monthly 06:00"`,
	"kind":            "crawl, report or reprocess",
	"period":          "a period such as 1397-08, previous-month or previous-week",
	"scope":           "all, province=… or county=…",
	"lang":            "fa or en",
	"catch_up":        "a whole number of missed runs",
}

var index = regexp.MustCompile(`\[\d+\]`)

// expectation describes what field holds, from its name or else its Go type t
// (nil for a duration refused by time.ParseDuration).
func expectation(field string, t reflect.Type) string {
	if e, ok := expectations[index.ReplaceAllString(field, "[]")]; ok {
		return e
	}
	if name, ok := strings.CutPrefix(field, "profiles."); ok && !strings.ContainsAny(name, ".[") {
		return "a site layout: a mapping with list and article"
	}
	leaf := field[strings.LastIndexAny(field, ".]")+1:]
	if e, ok := expectations[leaf]; ok {
		return e
	}
	if t == nil || t == reflect.TypeOf(time.Duration(0)) {
		return "a duration such as 30s, 5m or 1h"
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "a mapping"
	}
	return t.String()
}
