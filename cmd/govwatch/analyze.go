package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"govwatch/extract"
	"govwatch/transform"
)

func (a *app) analyzeCommand() *cobra.Command {
	var province, county, profile, pageURL string
	var jsonl, explain bool
	cmd := &cobra.Command{
		Use:   "analyze [FILE|-]",
		Short: "Extract people, roles and violations from one article and print JSON",
		Long: `Analyze reads one article, as plain text copied from a portal or as the HTML page
(detected), and prints what the extractors find as JSON: title, registration date,
people with roles, organisations and mentions, violation mentions with office type,
sanction, count, modality, speaker and evidence offsets, and attributed quotes.

HTML is read with the site profile given by --profile (default iran_gov_cms), falling
back to a generic article layout. With --jsonl, each input line is a JSON object
{"id","text"} (plus optional "province", "county") and each output line is the result
with its "id", so that thousands of articles are analysed in one process. With
--explain it prints, instead of JSON, each person and violation with the named rules
that produced it and the words each rule fired on (see transform/README.md).`,
		Example: `  govwatch analyze extract/testdata/seed/kavar-pishkhan-1397-08-15.txt --county کوار --province فارس
  govwatch analyze - --profile iran_gov_cms < extract/testdata/pages/seed_kavar_1256_meta.html
  echo '{"id":"a1","county":"کوار","text":"علی رضایی فرماندار کوار گفت: مجوز سه دفتر پیشخوان متخلف لغو شد."}' | govwatch analyze --jsonl
  govwatch analyze --explain transform/testdata/realshaped/texts/rs01.txt`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, name, closeIn, err := a.openInput(args)
			if err != nil {
				return err
			}
			defer closeIn()
			if jsonl {
				return analyzeJSONL(cmd.Context(), in, a.stdout, name)
			}
			data, err := io.ReadAll(io.LimitReader(in, 64<<20))
			if err != nil {
				return fmt.Errorf("read %s: %w", name, err)
			}
			input, err := articleInput(data, name, profile, pageURL)
			if err != nil {
				return err
			}
			if province != "" {
				input.Province = province
			}
			if county != "" {
				input.County = county
			}
			an, err := transform.AnalyzeContext(cmd.Context(), input)
			if err != nil {
				return fmt.Errorf("analyze %s: %w", name, err)
			}
			if an.Truncated {
				fmt.Fprintf(a.stderr, "govwatch: %s is longer than one analysis reads (%d runes of body, %d of title): analysed in part\n", name, transform.MaxBodyRunes, transform.MaxTitleRunes)
			}
			if explain {
				return writeExplain(a.stdout, an)
			}
			return writeReport(a.stdout, an.Report())
		},
	}
	cmd.Flags().StringVar(&province, "province", "", "province of the source (Persian), used to complete organisations")
	cmd.Flags().StringVar(&county, "county", "", "county of the source (Persian), used to complete organisations")
	cmd.Flags().StringVar(&profile, "profile", extract.DefaultProfile, "site profile for HTML input")
	cmd.Flags().StringVar(&pageURL, "url", "http://localhost/article", "URL of an HTML page, to resolve its image links")
	cmd.Flags().BoolVar(&explain, "explain", false, "print each person and violation with the rules that produced it, and their spans")
	cmd.Flags().BoolVar(&jsonl, "jsonl", false, `read {"id","text"} objects one a line and write one result a line`)
	return cmd
}

// openInput opens FILE, or stdin for "-" or no argument.
func (a *app) openInput(args []string) (io.Reader, string, func(), error) {
	if len(args) == 0 || args[0] == "-" {
		return a.stdin, "stdin", func() {}, nil
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, "", nil, fmt.Errorf("open input: %w", err)
	}
	return f, args[0], func() { f.Close() }, nil
}

// looksLikeHTML reports whether data is an HTML page rather than plain text.
func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 4096)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(head, []byte("<")) &&
		(bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype")) ||
			bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<p")) || bytes.Contains(head, []byte("<div")))
}

// articleInput turns the bytes of one article into the extractors' input: HTML through
// a site profile, anything else as text copied from a portal.
func articleInput(data []byte, name, profile, pageURL string) (transform.Input, error) {
	if !looksLikeHTML(data) {
		return transform.InputFromText(string(data)), nil
	}
	profiles := extract.BuiltinProfiles()
	p, ok := profiles[profile]
	if !ok {
		return transform.Input{}, usagef("built-in profiles: "+strings.Join(profileNames(profiles), ", "), "unknown profile %q", profile)
	}
	art, err := extract.ParseArticle(p, "analyze", pageURL, data, "")
	if err != nil {
		generic, ok := profiles[genericProfile]
		if !ok || profile == genericProfile {
			return transform.Input{}, fmt.Errorf("%s: %w", name, err)
		}
		var gerr error
		if art, gerr = extract.ParseArticle(generic, "analyze", pageURL, data, ""); gerr != nil {
			return transform.Input{}, fmt.Errorf("%s: %w", name, errors.Join(err, gerr))
		}
	}
	return transform.Input{Title: art.Title, Paragraphs: art.Paragraphs, Registered: art.RegisteredPrinted, Occurred: art.OccurredPrinted}, nil
}

func profileNames(m map[string]extract.Profile) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// jsonlInput is one line of `analyze --jsonl` input.
type jsonlInput struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Province string `json:"province"`
	County   string `json:"county"`
}

// jsonlOutput is one line of `analyze --jsonl` output: the result with its id, or an
// error naming the line.
type jsonlOutput struct {
	ID    string `json:"id"`
	Error string `json:"error,omitempty"`
	*transform.Report
}

// analyzeJSONL analyses one article a line on all cores and writes the results in
// input order. A bad line gives an output line with an error, and the run goes on.
// When ctx is done it stops reading, analysing and writing, and returns ctx's error.
func analyzeJSONL(ctx context.Context, in io.Reader, out io.Writer, name string) error {
	type job struct {
		line int
		raw  []byte
		res  chan []byte
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers*4)
	order := make(chan chan []byte, workers*4)
	var g errgroup.Group
	for range workers {
		g.Go(func() error {
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return nil
					}
					j.res <- analyzeLine(ctx, j.line, j.raw, name)
				case <-ctx.Done():
					return nil
				}
			}
		})
	}
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for n := 1; sc.Scan(); n++ {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			j := job{line: n, raw: bytes.Clone(sc.Bytes()), res: make(chan []byte, 1)}
			select {
			case order <- j.res:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
		readErr = sc.Err()
	}()
	w := bufio.NewWriter(out)
write:
	for {
		select {
		case res, ok := <-order:
			if !ok {
				break write
			}
			select {
			case b := <-res:
				w.Write(b)
				w.WriteByte('\n')
			case <-ctx.Done():
				break write
			}
		case <-ctx.Done():
			break write
		}
	}
	_ = g.Wait()
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("analyze %s: %w", name, err)
	}
	if readErr != nil {
		return fmt.Errorf("read %s: %w", name, readErr)
	}
	return nil
}

func analyzeLine(ctx context.Context, line int, raw []byte, name string) []byte {
	var in jsonlInput
	var res jsonlOutput
	if err := json.Unmarshal(raw, &in); err != nil {
		res.Error = fmt.Sprintf("%s:%d: bad JSON: %v", name, line, err)
	} else {
		res.ID = in.ID
		input := transform.InputFromText(in.Text)
		if looksLikeHTML([]byte(in.Text)) {
			if hi, err := articleInput([]byte(in.Text), fmt.Sprintf("%s:%d", name, line), extract.DefaultProfile, "http://localhost/article"); err == nil {
				input = hi
			} else {
				res.Error = err.Error()
			}
		}
		input.Province, input.County = in.Province, in.County
		if res.Error == "" {
			if an, err := transform.AnalyzeContext(ctx, input); err != nil {
				res.Error = fmt.Sprintf("%s:%d: %v", name, line, err)
			} else {
				r := an.Report()
				res.Report = &r
			}
		}
	}
	b, err := json.Marshal(res)
	if err != nil {
		b, _ = json.Marshal(jsonlOutput{ID: in.ID, Error: err.Error()})
	}
	return b
}

// genericProfile names the built-in profile for pages of no known portal family.
const genericProfile = "generic"

// writeReport writes r as json.MarshalIndent(r, "", "  ") does, and a
// newline, but encodes its people, violations and quotes one at a time: a
// long article of many mentions would otherwise be held three times over
// (the compact encoding, the indented copy and their buffers' growth) before
// a byte is written, which tripled the memory of a 1 MB line of mentions.
func writeReport(w io.Writer, r transform.Report) error {
	lists := []struct {
		key  string
		n    int
		null bool // a nil list, encoded as null in place
		elem func(int) any
	}{
		{"people", len(r.People), r.People == nil, func(i int) any { return r.People[i] }},
		{"violations", len(r.Violations), r.Violations == nil, func(i int) any { return r.Violations[i] }},
		{"quotes", len(r.Quotes), r.Quotes == nil, func(i int) any { return r.Quotes[i] }},
	}
	// The lists are left empty in the head and filled in as it is
	// written.
	head := r
	if r.People != nil {
		head.People = []transform.ReportPerson{}
	}
	if r.Violations != nil {
		head.Violations = []transform.ReportViolation{}
	}
	if r.Quotes != nil {
		head.Quotes = []transform.ReportQuote{}
	}
	rest, err := json.MarshalIndent(head, "", "  ")
	if err != nil {
		return fmt.Errorf("encode result: %w", err)
	}
	bw := bufio.NewWriter(w)
	for _, l := range lists {
		if l.null {
			continue
		}
		// A newline inside a string is escaped, so the key at the
		// start of a line of the top level is found only as a key.
		key := []byte("\n  \"" + l.key + "\": [")
		i := bytes.Index(rest, key)
		if i < 0 || len(rest) < i+len(key)+1 || rest[i+len(key)] != ']' {
			return fmt.Errorf("encode result: no empty %q list in the report's encoding", l.key)
		}
		bw.Write(rest[:i+len(key)])
		rest = rest[i+len(key):]
		if l.n == 0 {
			continue // rest opens with the list's "]"
		}
		for j := range l.n {
			b, err := json.MarshalIndent(l.elem(j), "    ", "  ")
			if err != nil {
				return fmt.Errorf("encode result: %s %d: %w", l.key, j, err)
			}
			if j > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n    ")
			bw.Write(b)
		}
		bw.WriteString("\n  ")
	}
	bw.Write(rest)
	bw.WriteByte('\n')
	return bw.Flush()
}
