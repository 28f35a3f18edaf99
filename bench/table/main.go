// Command table reads the measurements that bench/run.sh records, one line per
// timed run, and prints the benchmark's Markdown table: per tool the median wall
// time, pages per second, CPU seconds, peak RSS, the portal's own CPU, the
// requests and articles of the run, and the ratios to the floor and to govwatch,
// followed by the goals with their measured values.
//
// Input lines are tab-separated: tool, round, wall seconds, user seconds, system
// seconds, peak RSS in KiB, portal requests, articles found, portal CPU seconds.
//
//	table -in results.tsv -n 10000
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// run is one timed run of one tool.
type run struct {
	wall, cpu, rssMB, portalCPU float64
	requests, articles          int
}

// tool gathers the runs of one tool in input order.
type tool struct {
	name string
	runs []run
}

// Tool names that run.sh records and the table treats specially.
const (
	floorName    = "floor"
	govwatchName = "govwatch"
	secondName   = "govwatch-2nd"
	reprocName   = "govwatch-reprocess"
	collyName    = "colly"
	analyzeName  = "analyze"
	scrapyName   = "scrapy"
)

func main() {
	in := flag.String("in", "", "measurements file (tab-separated)")
	n := flag.Int("n", 0, "articles the portal serves; each full crawl must find this many")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		fmt.Fprintf(os.Stderr, "table: %v\n", err)
		os.Exit(2)
	}
	defer f.Close()
	tools, err := read(f)
	if err != nil {
		fmt.Fprintf(os.Stderr, "table: %v\n", err)
		os.Exit(2)
	}
	if ok := write(os.Stdout, tools, *n); !ok {
		os.Exit(1)
	}
}

func read(r io.Reader) ([]*tool, error) {
	var tools []*tool
	byName := map[string]*tool{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fs := strings.Split(text, "\t")
		if len(fs) != 9 {
			return nil, fmt.Errorf("line %d: %d fields, want 9", line, len(fs))
		}
		var nums [8]float64
		for i, s := range fs[1:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, fmt.Errorf("line %d field %d: %w", line, i+2, err)
			}
			nums[i] = v
		}
		t := byName[fs[0]]
		if t == nil {
			t = &tool{name: fs[0]}
			byName[fs[0]] = t
			tools = append(tools, t)
		}
		t.runs = append(t.runs, run{
			wall: nums[1], cpu: nums[2] + nums[3], rssMB: nums[4] / 1024,
			requests: int(nums[5]), articles: int(nums[6]), portalCPU: nums[7],
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read measurements: %w", err)
	}
	if len(tools) == 0 {
		return nil, errors.New("no measurements")
	}
	return tools, nil
}

// median returns the median of the values get picks from runs.
func median(runs []run, get func(run) float64) float64 {
	v := make([]float64, len(runs))
	for i, r := range runs {
		v[i] = get(r)
	}
	slices.Sort(v)
	m := len(v) / 2
	if len(v)%2 == 1 {
		return v[m]
	}
	return (v[m-1] + v[m]) / 2
}

// summary is the median view of one tool.
type summary struct {
	wall, cpu, rss, portalCPU, pagesPerSec float64
	requests, articles                     int
	articlesOK                             bool
}

func summarize(t *tool, n int) summary {
	s := summary{
		wall:      median(t.runs, func(r run) float64 { return r.wall }),
		cpu:       median(t.runs, func(r run) float64 { return r.cpu }),
		rss:       median(t.runs, func(r run) float64 { return r.rssMB }),
		portalCPU: median(t.runs, func(r run) float64 { return r.portalCPU }),
		requests:  int(median(t.runs, func(r run) float64 { return float64(r.requests) })),
		articles:  int(median(t.runs, func(r run) float64 { return float64(r.articles) })),
	}
	pages := float64(s.requests)
	if t.name == reprocName || t.name == analyzeName {
		pages = float64(s.articles) // archived pages or texts, not the portal's
	}
	if s.wall > 0 {
		s.pagesPerSec = pages / s.wall
	}
	s.articlesOK = true
	for _, r := range t.runs {
		if t.name == secondName {
			continue // an incremental run finds nothing new by design
		}
		if n > 0 && r.articles != n {
			s.articlesOK = false
		}
	}
	return s
}

// write prints the table and the goals; it reports false when a tool found the
// wrong number of articles.
func write(w io.Writer, tools []*tool, n int) bool {
	sums := map[string]summary{}
	for _, t := range tools {
		sums[t.name] = summarize(t, n)
	}
	floor, hasFloor := sums[floorName]
	gov, hasGov := sums[govwatchName]
	ratio := func(a, b float64, ok bool) string {
		if !ok || b == 0 {
			return "–"
		}
		return fmt.Sprintf("%.2f×", a/b)
	}
	fmt.Fprintln(w, "| tool | runs | wall s (median) | pages/s | CPU s (user+sys) | peak RSS MB | portal CPU s | requests | articles | time ÷ floor | time ÷ govwatch | CPU ÷ floor | articles check |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|")
	allOK := true
	for _, t := range tools {
		s := sums[t.name]
		check := "ok"
		switch {
		case t.name == secondName:
			check = "incremental (new articles)"
		case !s.articlesOK:
			check = fmt.Sprintf("MISMATCH (want %d)", n)
			allOK = false
		}
		fmt.Fprintf(w, "| %s | %d | %.2f | %.0f | %.2f | %.0f | %.2f | %d | %d | %s | %s | %s | %s |\n",
			t.name, len(t.runs), s.wall, s.pagesPerSec, s.cpu, s.rss, s.portalCPU, s.requests, s.articles,
			ratio(s.wall, floor.wall, hasFloor), ratio(s.wall, gov.wall, hasGov), ratio(s.cpu, floor.cpu, hasFloor), check)
	}
	fmt.Fprintln(w)
	goal := func(name string, value float64, target string, met bool) {
		mark := "met"
		if !met {
			mark = "MISSED"
		}
		fmt.Fprintf(w, "- %s: %.2f (goal %s) — %s\n", name, value, target, mark)
	}
	if hasGov && hasFloor {
		goal("govwatch time ÷ floor time", gov.wall/floor.wall, "≤ 1.5", gov.wall/floor.wall <= 1.5)
		fmt.Fprintf(w, "- govwatch CPU ÷ floor CPU: %.2f\n", gov.cpu/floor.cpu)
	}
	if sc, ok := sums[scrapyName]; ok && hasGov && sc.pagesPerSec > 0 {
		r := gov.pagesPerSec / sc.pagesPerSec
		goal("govwatch pages/s ÷ Scrapy pages/s", r, "≥ 3", r >= 3)
		fmt.Fprintf(w, "- Scrapy CPU ÷ govwatch CPU: %.2f\n", sc.cpu/gov.cpu)
	}
	if co, ok := sums[collyName]; ok && hasGov {
		goal("govwatch time ÷ colly time", gov.wall/co.wall, "< 1", gov.wall < co.wall)
	}
	an, hasAn := sums[analyzeName]
	if co, ok := sums[collyName]; ok && hasGov && hasAn {
		goal("govwatch CPU ÷ (colly CPU + analyze CPU)", gov.cpu/(co.cpu+an.cpu), "≤ 1", gov.cpu <= co.cpu+an.cpu)
	}
	if rp, ok := sums[reprocName]; ok && hasAn && an.wall > 0 {
		goal("reprocess time ÷ analyze --jsonl time", rp.wall/an.wall, "≤ 1.3", rp.wall <= 1.3*an.wall)
		fmt.Fprintf(w, "- reprocess CPU ÷ analyze CPU: %.2f; reprocess %.0f articles/s, peak RSS %.0f MB\n", rp.cpu/an.cpu, rp.pagesPerSec, rp.rss)
	}
	if hasGov {
		goal("govwatch crawl peak RSS MiB", gov.rss, "< 100", gov.rss < 100)
	}
	if sec, ok := sums[secondName]; ok && hasGov {
		goal("second run time ÷ first run time", sec.wall/gov.wall, "< 0.10", sec.wall/gov.wall < 0.10)
		if gov.requests > 0 {
			fmt.Fprintf(w, "- second run requests ÷ first run requests: %.4f (%d of %d)\n",
				float64(sec.requests)/float64(gov.requests), sec.requests, gov.requests)
		}
	}
	return allOK
}
