// Package deps pins the modules that govwatch's packages are being built on, so that
// go.mod keeps them while those packages are written in parallel. It is removed once
// every module here is imported by real code.
package deps

import (
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/apache/arrow-go/v18/arrow/array"
	_ "github.com/apache/arrow-go/v18/parquet/pqarrow"
	_ "github.com/go-pdf/fpdf"
	_ "github.com/go-text/typesetting/bidi"
	_ "github.com/goccy/go-yaml"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/nlnwa/gowarc/v3"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/robfig/cron/v3"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/spf13/cobra"
	_ "github.com/temoto/robotstxt"
	_ "golang.org/x/net/html/charset"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/term"
	_ "golang.org/x/text/encoding/charmap"
	_ "golang.org/x/time/rate"
)
