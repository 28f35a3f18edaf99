package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"govwatch/internal/config"
)

// app is what every subcommand shares: the streams, the global flags and the logger.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	configPath string
	logFormat  string
	logLevel   string

	logger *slog.Logger

	// resolver, when set (by tests), resolves the crawler's host names instead of
	// the system's resolver; a config file cannot name one.
	resolver *net.Resolver
}

// run parses args and executes one subcommand. It is main without the process: tests
// call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return (&app{stdin: stdin, stdout: stdout, stderr: stderr}).execute(ctx, args)
}

// execute parses args and executes one subcommand of a.
func (a *app) execute(ctx context.Context, args []string) error {
	stdin, stdout, stderr := a.stdin, a.stdout, a.stderr
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	usageArgs(root)
	err := root.ExecuteContext(ctx)
	var ue *usageError
	if err != nil && !errors.As(err, &ue) {
		// An unknown command fails in cobra's search for it, before any check of
		// ours runs: search again (it depends on args alone) to tell it apart.
		if c, rest, ferr := root.Find(args); ferr != nil {
			c.FParseErrWhitelist.UnknownFlags = true // the command is unknown, so are its flags
			if c.ParseFlags(rest) == nil {
				rest = c.Flags().Args()
			}
			return unknownCommand(c, rest)
		}
	}
	return err
}

// usageArgs makes the argument checks of cmd and its subcommands (cobra.NoArgs,
// cobra.ExactArgs) return usage errors, so that a wrong argument exits 2 as a wrong
// flag does.
func usageArgs(cmd *cobra.Command) {
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				if len(args) > 0 && c.HasSubCommands() {
					return unknownCommand(c, args)
				}
				return &usageError{err: err, hint: "see " + c.CommandPath() + " --help"}
			}
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		usageArgs(sub)
	}
}

// unknownCommand is the usage error of args naming no subcommand of cmd, with the
// nearest subcommand's name as the hint when one is near.
func unknownCommand(cmd *cobra.Command, args []string) error {
	name := ""
	if len(args) > 0 {
		name = args[0]
	}
	hint := "see " + cmd.CommandPath() + " --help"
	if s := cmd.SuggestionsFor(name); len(s) > 0 {
		hint = "did you mean " + cmd.CommandPath() + " " + s[0] + "?"
	}
	return &usageError{err: fmt.Errorf("unknown command %q for %q", name, cmd.CommandPath()), hint: hint}
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "govwatch",
		Short: "Crawl governorate portals, extract people and office violations, write Parquet, render PDF reports",
		Long: `govwatch is a batch ETL and reporting pipeline for Iranian governorate news portals.

It crawls portals politely, extracts the people named in each article with their roles
and every mention of an office violation, writes Hive-partitioned Parquet tables
(articles, people, violations, runs) and renders PDF compliance summaries per Jalali
month or week. Start with "govwatch demo".

Exit status: 0 success; 1 failure (or a crawl in which nothing succeeded); 2 usage
error; 3 another run holds the data directory; 4 partial: the run kept what succeeded,
but a source or a page failed (the runs table's error column names each failed source
with its cause).`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.setupLogging()
		},
	}
	root.PersistentFlags().StringVarP(&a.configPath, "config", "c", "govwatch.yaml", "path of the YAML config file")
	root.PersistentFlags().StringVar(&a.logFormat, "log-format", "auto", "log format: text, json, or auto (text on a terminal, json otherwise)")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{err: err, hint: "see " + cmd.CommandPath() + " --help"}
	})
	root.AddCommand(
		a.demoCommand(),
		a.crawlCommand(),
		a.reprocessCommand(),
		a.reportCommand(),
		a.runCommand(),
		a.jobsCommand(),
		a.runsCommand(),
		a.serveCommand(),
		a.workerCommand(),
		a.backfillCommand(),
		a.analyzeCommand(),
		a.evalCommand(),
		a.schemaCommand(),
		a.sourceCommand(),
	)
	return root
}

func (a *app) setupLogging() error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(a.logLevel)); err != nil {
		return usagef("use --log-level debug|info|warn|error", "bad --log-level %q", a.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	format := a.logFormat
	if format == "auto" {
		format = "json"
		if isTerminal(a.stderr) {
			format = "text"
		}
	}
	switch format {
	case "text":
		a.logger = slog.New(slog.NewTextHandler(a.stderr, opts))
	case "json":
		a.logger = slog.New(slog.NewJSONHandler(a.stderr, opts))
	default:
		return usagef("use --log-format text|json|auto", "bad --log-format %q", a.logFormat)
	}
	return nil
}

// loadConfig reads the --config file.
func (a *app) loadConfig() (config.Config, error) {
	cfg, err := config.Load(a.configPath)
	if errors.Is(err, os.ErrNotExist) {
		return cfg, usagef("pass --config FILE, or run `govwatch demo` to get an example config",
			"config file %s not found", a.configPath)
	}
	if err == nil {
		applyMemoryLimit(cfg)
		if a.resolver != nil {
			cfg.Crawl.Resolver = a.resolver
		}
	}
	return cfg, err
}

// applyMemoryLimit sets the soft memory limit of the config unless the environment
// already set one with GOMEMLIMIT.
func applyMemoryLimit(cfg config.Config) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if n, err := cfg.MemoryLimitBytes(); err == nil && n > 0 {
		debug.SetMemoryLimit(n)
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// oneLine flattens an error (errors.Join puts one per line) into a single line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", " ; ")), " ")
}

func printf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, format, args...)
}
