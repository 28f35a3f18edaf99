// Command portal serves the demo portal's generated site on loopback for the
// benchmark script: N synthetic articles under /gen/, built on request, plus
// /_bench/stats, a JSON snapshot of the portal's request counters.
//
// It prints one line, the absolute URL of the first listing page, once the
// listener is bound, and serves until it receives SIGINT or SIGTERM.
//
//	portal -n 10000 -addr 127.0.0.1:0
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"govwatch/internal/demoportal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "portal: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("portal", flag.ContinueOnError)
	n := fs.Int("n", 10000, "number of generated articles")
	seed := fs.Uint64("seed", 1, "generator seed; the same seed gives the same pages")
	addr := fs.String("addr", "127.0.0.1:0", "listen address")
	delay := fs.Duration("crawl-delay", 0, "Crawl-delay announced in robots.txt (0 = none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	p, err := demoportal.New(demoportal.Options{Generate: *n, Seed: *seed, GeneratedOnly: true, CrawlDelay: *delay})
	if err != nil {
		return fmt.Errorf("build portal: %w", err)
	}
	listPath := ""
	for _, s := range p.Sites() {
		if s.Slug == "gen" {
			listPath = s.ListURL
		}
	}
	if listPath == "" {
		return errors.New("build portal: no generated site")
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/_bench/stats", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(p.Stats())
	})
	mux.Handle("/", p.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "http://%s%s\n", ln.Addr(), listPath)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}
