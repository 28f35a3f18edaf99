package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/spf13/cobra"

	"govwatch/extract"
	"govwatch/internal/config"
)

func (a *app) sourceCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "source",
		Short: "Look at a portal before adding it as a source",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(a.sourceProbeCommand())
	return cmd
}

func (a *app) sourceProbeCommand() *cobra.Command {
	var samples int
	var id string
	var noPresets bool
	cmd := &cobra.Command{
		Use:   "probe URL",
		Short: "Find a portal's layout from its news listing and print the profile to use",
		Long: `Probe fetches a portal's news listing page and a few of the articles it links to,
politely (robots.txt, the configured rate and User-Agent), finds the layout as a
source with "profile: auto" would, and prints what it found: the article links and
their URL pattern, the next-page link, sample titles, dates and first lines of bodies,
and the YAML to paste into the config (a built-in preset when one fits the portal,
else the selectors it learned). It exits 1 with the reason when it finds no article.

The crawl settings of --config are used when that file exists, the defaults otherwise.`,
		Example: `  govwatch source probe "http://127.0.0.1:8765/kavar/News/List.aspx"    # with the demo portal up: govwatch demo --serve
  govwatch source probe --no-presets --samples 3 --id kavar "http://127.0.0.1:8765/kavar/News/List.aspx"    # the selectors it would learn without a preset`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			u, err := url.Parse(args[0])
			if err != nil || !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return usagef("give the full address of the portal's news listing, such as https://kavar-ag.ir/fa/news/list", "not an http(s) URL: %q", args[0])
			}
			if samples < 1 || samples > 50 {
				return usagef("use --samples 1..50", "bad --samples %d", samples)
			}
			crawl := extract.DefaultConfig()
			if cfg, err := config.Load(a.configPath); err == nil {
				crawl = cfg.Crawl
			} else if !errors.Is(err, os.ErrNotExist) || cmd.Flags().Changed("config") {
				return err
			}
			crawl.NoPresets = noPresets
			if a.resolver != nil {
				crawl.Resolver = a.resolver
			}
			if id == "" {
				id = sourceID(u)
			}
			res, err := extract.Probe(cmd.Context(), crawl, u.String(), samples)
			printProbe(a.stdout, res, id)
			if err != nil {
				return fmt.Errorf("probe %s: %w", u, err)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&samples, "samples", 5, "article pages to read")
	cmd.Flags().StringVar(&id, "id", "", "source id (and profile name) in the printed YAML; default from the host name")
	cmd.Flags().BoolVar(&noPresets, "no-presets", false, "learn the layout from the pages even when a built-in preset fits")
	return cmd
}

var nonID = regexp.MustCompile(`[^a-z0-9_]+`)

// sourceID makes a source id from a URL's host: kavar-ag.ir → kavar_ag;
// 127.0.0.1:8765/kavar/News/List.aspx → kavar.
func sourceID(u *url.URL) string {
	h := strings.ToLower(u.Hostname())
	if net.ParseIP(h) != nil {
		// A portal on an address: its first path segment, if any.
		h = strings.Split(strings.Trim(u.Path, "/"), "/")[0] + ".x"
	}
	h = strings.TrimPrefix(h, "www.")
	if i := strings.LastIndexByte(h, '.'); i > 0 {
		h = h[:i]
	}
	s := strings.Trim(nonID.ReplaceAllString(h, "_"), "_")
	if s == "" {
		return "portal"
	}
	return s
}

// printProbe prints what a probe found and the YAML to paste.
func printProbe(w io.Writer, res extract.ProbeResult, id string) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	lay := res.Layout
	p("probed %s (%d requests)\n", res.URL, res.Requests)
	switch {
	case lay.Preset != "":
		p("layout: the built-in preset %q fits this portal\n", lay.Preset)
	case lay.List.Item != "":
		p("layout: learned from the pages (no built-in preset fits)\n")
	default:
		p("layout: none found\n")
	}
	if lay.List.Item != "" {
		p("article links: %d on the page, URL pattern %s, selector %q\n", res.Links, orDash(lay.LinkPattern), lay.List.Item)
		switch {
		case lay.NextURL != "":
			p("next page: %s, URL pattern %s, selector %q\n", lay.NextURL, orDash(lay.NextPattern), lay.List.Next)
		case res.Unfollowed:
			p("next page: no next link, and the page numbers skip to %s: a crawl reads this page only and ends partial (pager_unfollowed)\n", res.NextListing)
		case res.NextListing != "":
			p("next page: %s, by the page numbers (no next link)\n", res.NextListing)
		default:
			p("next page: none found (the listing is read as one page)\n")
		}
	}
	p("articles read: %d of %d tried\n", len(res.Articles), res.Tried)
	for i, a := range res.Articles {
		p("\n%d. %s\n", i+1, a.Title)
		p("   %s\n", a.URL)
		p("   registered: %s", orDash(a.RegisteredPrinted))
		if a.OccurredPrinted != "" {
			p("   occurred: %s", a.OccurredPrinted)
		}
		p("   paragraphs: %d   read by: %s\n", len(a.Paragraphs), a.Layout)
		if len(a.Paragraphs) > 0 {
			p("   %s\n", firstRunes(a.Paragraphs[0], 140))
		}
	}
	if len(res.Failed) > 0 {
		causes := make([]string, 0, len(res.Failed))
		for c := range res.Failed {
			causes = append(causes, c)
		}
		sort.Strings(causes)
		p("\nfailed pages:\n")
		for _, c := range causes {
			p("  %-24s %d  e.g. %s\n", c, res.Failed[c], res.Examples[c])
		}
	}
	if len(res.Articles) == 0 {
		return
	}
	p("\n# paste into the config file:\n")
	src := yamlSource{ID: id, StartURLs: []string{res.URL}}
	var doc yamlDoc
	prof, ok := lay.Profile(id)
	switch {
	case lay.Preset != "":
		src.Profile = lay.Preset
	case ok:
		src.Profile = id
		doc.Profiles = map[string]yamlProfile{id: toYAMLProfile(prof)}
	default:
		src.Profile = extract.AutoProfile
		p("# (the article pages did not settle on one set of selectors: profile auto reads them page by page)\n")
	}
	doc.Sources = []yamlSource{src}
	b, err := yaml.Marshal(doc)
	if err != nil {
		p("# cannot print the YAML: %v\n", err)
		return
	}
	w.Write(b)
}

// yamlDoc is the part of the config file a probe prints.
type yamlDoc struct {
	Profiles map[string]yamlProfile `yaml:"profiles,omitempty"`
	Sources  []yamlSource           `yaml:"sources"`
}

type yamlSource struct {
	ID        string   `yaml:"id"`
	StartURLs []string `yaml:"start_urls,flow"`
	Profile   string   `yaml:"profile"`
}

type yamlProfile struct {
	List struct {
		Item string `yaml:"item"`
		Next string `yaml:"next,omitempty"`
	} `yaml:"list"`
	Article struct {
		Title           string   `yaml:"title"`
		Body            string   `yaml:"body"`
		Paragraphs      string   `yaml:"paragraphs,omitempty"`
		Images          string   `yaml:"images,omitempty"`
		DateScope       string   `yaml:"date_scope"`
		RegisteredLabel string   `yaml:"registered_label,omitempty"`
		OccurredLabel   string   `yaml:"occurred_label,omitempty"`
		TrimToDate      bool     `yaml:"trim_to_date,omitempty"`
		Drop            []string `yaml:"drop,omitempty"`
	} `yaml:"article"`
}

func toYAMLProfile(p extract.Profile) yamlProfile {
	var y yamlProfile
	y.List.Item, y.List.Next = p.List.Item, p.List.Next
	a := p.Article
	y.Article.Title, y.Article.Body, y.Article.Paragraphs, y.Article.Images = a.Title, a.Body, a.Paragraphs, a.Images
	y.Article.DateScope, y.Article.RegisteredLabel, y.Article.OccurredLabel = a.DateScope, a.RegisteredLabel, a.OccurredLabel
	y.Article.TrimToDate, y.Article.Drop = a.TrimToDate, a.Drop
	return y
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + " …"
}
