// Command colly is the benchmark's colly v2 peer: a collector that visits the
// same listing and article pages as govwatch and extracts each article's title
// and body text with its HTML callbacks, as colly's documentation recommends
// for a fast crawl: Async(true), one LimitRule whose Parallelism is the shared
// concurrency, and a transport that keeps that many idle connections. Like
// govwatch it obeys robots.txt. It prints the number of articles extracted.
//
//	colly -url http://127.0.0.1:PORT/gen/News/List.aspx -c 8
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/gocolly/colly/v2"
)

func main() {
	start := flag.String("url", "", "first listing page")
	conc := flag.Int("c", 8, "requests in flight")
	flag.Parse()
	if *start == "" || *conc < 1 {
		fmt.Fprintln(os.Stderr, "colly: need -url and -c >= 1")
		os.Exit(2)
	}
	n, errs, err := crawl(*start, *conc)
	if err != nil {
		fmt.Fprintf(os.Stderr, "colly: %v\n", err)
		os.Exit(1)
	}
	if errs > 0 {
		fmt.Fprintf(os.Stderr, "colly: %d failed requests\n", errs)
	}
	fmt.Printf("articles %d\n", n)
}

// crawl runs the collector from start and returns the articles extracted and
// the number of failed requests.
func crawl(start string, conc int) (articles, failed int64, err error) {
	c := colly.NewCollector(colly.Async(true))
	c.IgnoreRobotsTxt = false
	c.WithTransport(&http.Transport{
		DialContext:         (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        conc + 1,
		MaxIdleConnsPerHost: conc + 1,
		IdleConnTimeout:     90 * time.Second,
	})
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: conc}); err != nil {
		return 0, 0, fmt.Errorf("limit rule: %w", err)
	}
	var nArticles, nFailed atomic.Int64
	c.OnHTML("li.NewsItem a.NewsLink", func(e *colly.HTMLElement) {
		e.Request.Visit(e.Attr("href"))
	})
	c.OnHTML(".Pager a.NextPage", func(e *colly.HTMLElement) {
		e.Request.Visit(e.Attr("href"))
	})
	c.OnHTML("table.NewsView", func(e *colly.HTMLElement) {
		title := strings.TrimSpace(e.ChildText(".NewsTitle"))
		var body []string
		e.DOM.Find(".NewsBody").Each(func(_ int, s *goquery.Selection) {
			body = append(body, strings.TrimSpace(s.Text()))
		})
		if title != "" && len(body) > 0 {
			nArticles.Add(1)
		}
	})
	c.OnError(func(_ *colly.Response, _ error) { nFailed.Add(1) })
	if err := c.Visit(start); err != nil {
		return 0, 0, fmt.Errorf("visit start: %w", err)
	}
	c.Wait()
	return nArticles.Load(), nFailed.Load(), nil
}
