package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"govwatch/internal/config"
	"govwatch/internal/demoportal"
	"govwatch/pipeline/dataset"
	"govwatch/report"
)

// defaultDemoAddr is where the demo portal listens when it can, so that the config the
// demo leaves behind stays valid for `govwatch demo --serve` and `govwatch crawl`.
const defaultDemoAddr = "127.0.0.1:8765"

func (a *app) demoCommand() *cobra.Command {
	var out, addr string
	var serve, fresh bool
	var generate int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "demo [--out DIR]",
		Short: "Run the whole pipeline on the bundled demo portal",
		Long: `Demo starts the bundled demo portal (hand-written articles of six county
governorates in three provinces, served like a real portal, some in windows-1256) on
127.0.0.1, writes a config for it to DIR/govwatch.yaml, crawls it into the Parquet
dataset in DIR/data (WARC archive included), and renders the PDF report of the busiest
month into DIR/reports. Every other command can then be tried on the same data with
--config DIR/govwatch.yaml. Running it again crawls incrementally: unchanged pages cost
a 304 and add no rows.

With --serve it only serves the portal, at the address the config names, for trying
"govwatch crawl" by hand.`,
		Example: `  go run ./cmd/govwatch demo
  govwatch demo --out demo-out --fresh
  govwatch demo --serve            # then, in another terminal:
  govwatch crawl --config demo-out/govwatch.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			portal, err := demoportal.New(demoportal.Options{Generate: generate, Seed: seed})
			if err != nil {
				return err
			}
			explicit := cmd.Flags().Changed("addr")
			if serve && !explicit {
				// Serve where the config of an earlier demo points its sources,
				// not on a fallback port that no config names.
				if named, ok := demoAddr(filepath.Join(out, "govwatch.yaml")); ok {
					addr, explicit = named, true
				}
			}
			srv, err := startPortal(ctx, portal, addr, explicit)
			if err != nil {
				return err
			}
			defer srv.Close()
			if serve {
				printf(a.stdout, "demo portal serving at %s (Ctrl-C to stop)\n", srv.URL)
				for _, s := range portal.Sites() {
					printf(a.stdout, "  %-8s %s  %s%s\n", s.Slug, s.Name, srv.URL, s.ListURL)
				}
				<-ctx.Done()
				return nil
			}
			return a.runDemo(ctx, portal, srv.URL, out, fresh)
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "demo-out", "directory for the config, data and reports")
	cmd.Flags().StringVar(&addr, "addr", defaultDemoAddr, "address of the demo portal (falls back to a free port when the default is taken)")
	cmd.Flags().BoolVar(&serve, "serve", false, "only serve the demo portal and print its address")
	cmd.Flags().BoolVar(&fresh, "fresh", false, "delete DIR/data and DIR/reports first")
	cmd.Flags().IntVar(&generate, "generate", 0, "also serve N synthetic articles (site gen), for scale tests")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed of the synthetic articles")
	return cmd
}

// demoAddr returns the host:port of the first start URL of the config at path, the
// address an earlier demo's portal had; ok is false when there is no such config.
func demoAddr(path string) (string, bool) {
	cfg, err := config.Load(path)
	if err != nil || len(cfg.Sources) == 0 || len(cfg.Sources[0].StartURLs) == 0 {
		return "", false
	}
	u, err := url.Parse(cfg.Sources[0].StartURLs[0])
	if err != nil || u.Host == "" {
		return "", false
	}
	return u.Host, true
}

// startPortal listens on addr; when addr is the default and taken, on a free port.
func startPortal(ctx context.Context, p *demoportal.Portal, addr string, explicit bool) (*demoportal.Server, error) {
	srv, err := p.Start(ctx, addr)
	var opErr *net.OpError
	if err != nil && !explicit && errors.As(err, &opErr) {
		return p.Start(ctx, "127.0.0.1:0")
	}
	if err != nil {
		return nil, fmt.Errorf("start demo portal: %w", err)
	}
	return srv, nil
}

func (a *app) runDemo(ctx context.Context, portal *demoportal.Portal, baseURL, out string, fresh bool) error {
	if fresh {
		for _, d := range []string{"data", "reports"} {
			if err := os.RemoveAll(filepath.Join(out, d)); err != nil {
				return fmt.Errorf("clear %s: %w", d, err)
			}
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create demo dir: %w", err)
	}
	cfgPath := filepath.Join(out, "govwatch.yaml")
	if err := os.WriteFile(cfgPath, []byte(demoConfig(portal, baseURL)), 0o644); err != nil {
		return fmt.Errorf("write demo config: %w", err)
	}
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return fmt.Errorf("load demo config: %w", err)
	}
	applyMemoryLimit(cfg)
	printf(a.stdout, "demo portal: %s (%d sites)\nconfig:      %s\n\n", baseURL, len(portal.Sites()), cfgPath)

	run, err := a.startRun(ctx, cfg, "crawl-all", false)
	if err != nil {
		return err
	}
	sum, err := a.crawl(ctx, cfg, cfg.Sources, run, false)
	a.endRun(run)
	printCrawlSummary(a.stdout, sum)
	if err != nil {
		return err
	}

	ds, err := dataset.Open(cfg.DataDir, dataset.Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("open dataset: %w", err)
	}
	counts, err := tableCounts(ctx, ds)
	if err != nil {
		return err
	}
	printf(a.stdout, "\ndataset %s: articles %d, people %d, violations %d, runs %d rows\n",
		cfg.DataDir, counts[dataset.TableArticles], counts[dataset.TablePeople], counts[dataset.TableViolations], counts[dataset.TableRuns])

	month, ok, err := report.BusiestMonth(ctx, ds)
	if err != nil {
		return fmt.Errorf("find busiest month: %w", err)
	}
	if ok {
		path := reportPath(cfg.ReportDir, month.String(), "", cfg.Report.Lang)
		if err := a.renderReport(ctx, cfg, month, "", cfg.Report.Lang, path, nil); err != nil {
			return err
		}
		printf(a.stdout, "report of the busiest month (%s): %s\n", month, path)
	}
	printf(a.stdout, `
next:
  govwatch runs   --config %[1]s
  govwatch report --config %[1]s --period 1397-08 --scope county=کوار
  govwatch demo --serve   # then: govwatch crawl --config %[1]s
`, cfgPath)
	return nil
}

// tableCounts counts the rows of every table.
func tableCounts(ctx context.Context, ds *dataset.Dataset) (map[string]int, error) {
	counts := map[string]int{}
	one := []string{"run_id"}
	if err := ds.ScanArticles(ctx, dataset.Filter{Columns: one}, func(dataset.ArticleRow) error { counts[dataset.TableArticles]++; return nil }); err != nil {
		return nil, err
	}
	if err := ds.ScanPeople(ctx, dataset.Filter{Columns: one}, func(dataset.PersonRow) error { counts[dataset.TablePeople]++; return nil }); err != nil {
		return nil, err
	}
	if err := ds.ScanViolations(ctx, dataset.Filter{Columns: one}, func(dataset.ViolationRow) error { counts[dataset.TableViolations]++; return nil }); err != nil {
		return nil, err
	}
	if err := ds.ScanRuns(ctx, dataset.Filter{Columns: one}, func(dataset.RunRow) error { counts[dataset.TableRuns]++; return nil }); err != nil {
		return nil, err
	}
	return counts, nil
}

// demoConfig writes the config of the demo: one source per site of the portal, a
// crawl job, monthly and weekly report jobs on the Jalali calendar, and a rebuild job.
func demoConfig(p *demoportal.Portal, baseURL string) string {
	q := strconv.Quote
	var b strings.Builder
	fmt.Fprintf(&b, `# govwatch configuration written by "govwatch demo" for its bundled portal at %s.
# Paths are relative to this file. See the README for every key.
data_dir: data
report_dir: reports
timezone: Asia/Tehran

crawl:
  user_agent: "govwatch-demo/1.0 (+https://example.invalid/govwatch)"
  timeout: 15s
  # The demo portal runs on this machine, so politeness limits are lifted; keep the
  # defaults (4 requests/s, 2 at a time per host) for real portals.
  rate: 500
  burst: 50
  concurrency: 8

sources:
`, baseURL)
	for _, s := range p.Sites() {
		fmt.Fprintf(&b, "  - id: %s\n    name: %s\n    province: %s\n", s.Slug, q(s.Name), q(s.Province))
		if s.County != "" {
			fmt.Fprintf(&b, "    county: %s\n", q(s.County))
		}
		fmt.Fprintf(&b, "    start_urls: [%s]\n    profile: iran_gov_cms\n", q(baseURL+s.ListURL))
	}
	b.WriteString(`
jobs:
  - name: crawl-all
    kind: crawl
    schedule: "0 */6 * * *"
  - name: monthly-report
    kind: report
    schedule: "@jalali-monthly 06:00"
    period: previous-month
  - name: weekly-report
    kind: report
    schedule: "@jalali-weekly 07:00"
    period: previous-week
  - name: rebuild
    kind: reprocess

report:
  lang: fa

server:
  listen: 127.0.0.1:8090
`)
	return b.String()
}
