// Command floor is the benchmark's physical floor: the least work that still
// reads every article of the portal. It walks the listing pages from a start
// URL, GETs every article page they link to with a fixed number of requests in
// flight, parses each page with golang.org/x/net/html and does nothing else
// with it. It prints the number of article pages fetched and parsed.
//
//	floor -url http://127.0.0.1:PORT/gen/News/List.aspx -c 8
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"golang.org/x/net/html"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fs := flag.NewFlagSet("floor", flag.ContinueOnError)
	start := fs.String("url", "", "first listing page")
	conc := fs.Int("c", 8, "requests in flight")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	n, err := crawl(ctx, *start, *conc)
	if err != nil {
		fmt.Fprintf(os.Stderr, "floor: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("articles %d\n", n)
}

// crawl fetches the listing pages in order and every article they link to, with
// at most conc requests in flight, and returns the number of articles parsed.
func crawl(ctx context.Context, start string, conc int) (int64, error) {
	if start == "" || conc < 1 {
		return 0, errors.New("need -url and -c >= 1")
	}
	client := &http.Client{Transport: &http.Transport{
		MaxIdleConns:        conc + 1,
		MaxIdleConnsPerHost: conc + 1,
	}}
	sem := make(chan struct{}, conc)
	var (
		wg       sync.WaitGroup
		articles atomic.Int64
		errMu    sync.Mutex
		firstErr error
	)
	fail := func(err error) {
		errMu.Lock()
		defer errMu.Unlock()
		if firstErr == nil {
			firstErr = err
		}
	}
	seen := map[string]bool{}
	next := start
	for next != "" && ctx.Err() == nil {
		sem <- struct{}{}
		doc, err := get(ctx, client, next)
		<-sem
		if err != nil {
			return articles.Load(), err
		}
		base, _ := url.Parse(next)
		var links []string
		next = ""
		walk(doc, func(n *html.Node) {
			if n.Type != html.ElementNode || n.Data != "a" {
				return
			}
			href, class := attr(n, "href"), attr(n, "class")
			ref, err := base.Parse(href)
			if err != nil {
				return
			}
			switch {
			case hasClass(class, "NewsLink"):
				links = append(links, ref.String())
			case hasClass(class, "NextPage"):
				next = ref.String()
			}
		})
		for _, link := range links {
			if seen[link] {
				continue
			}
			seen[link] = true
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer func() { <-sem; wg.Done() }()
				if _, err := get(ctx, client, link); err != nil {
					fail(err)
					return
				}
				articles.Add(1)
			}()
		}
	}
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return articles.Load(), firstErr
}

// get fetches one page and parses it.
func get(ctx context.Context, client *http.Client, u string) (*html.Node, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch page: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, resp.Body)
		return nil, fmt.Errorf("fetch page %s: status %d", u, resp.StatusCode)
	}
	doc, err := html.Parse(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("parse page %s: %w", u, err)
	}
	return doc, nil
}

func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(class, want string) bool {
	for _, c := range strings.Fields(class) {
		if c == want {
			return true
		}
	}
	return false
}
