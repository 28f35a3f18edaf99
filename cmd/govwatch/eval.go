package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"govwatch/internal/atomicfile"
	"govwatch/pipeline/dataset"
	"govwatch/transform"
	"govwatch/transform/eval"
)

// defaultRealDir is where the real set lives in a checkout: labels committed,
// texts rebuilt on the machine into its git-ignored texts/ folder.
const defaultRealDir = "transform/testdata/real"

func (a *app) evalCommand() *cobra.Command {
	var gold, real, errorsOf, writeAccuracy, batch, agreement string
	var asJSON, check bool
	cmd := &cobra.Command{
		Use:   "eval [--real DIR | --gold FILE]",
		Short: "Score the extractors on the real passages (or a written gold set)",
		Long: `Eval runs the extractors over annotated passages and prints precision, recall and F1
per field (person name, role, organisation, office type, office type with modality,
the same with the count, sanction, modality, violation type, speaker), matching entities one to one after
Persian normalisation.

By default it reads the real set in ` + defaultRealDir + `: the labels of real
portal passages (*.labels.jsonl, committed) and their texts (texts/ID.txt, rebuilt on
this machine and never committed). It prints the tuning part and the check part
separately: rules are tuned on the first; the second is the figure to expect on real
text the rules have never seen. Without the texts it says so in one line and exits 0.

With --gold it scores a written set instead (transform/testdata/eval/*.jsonl, the
regression sets). --check fails when the check part is below person 0.90, person+role
0.80 or office type+modality 0.80 (for --gold: person+role or office type+modality
below 0.90). --errors tune lists what the extractors missed or added, passage by
passage, on the tuning part.

--batch PREFIX scores only the passages whose id starts with PREFIX and goes on with
no letter (se: se001…, not seed), both parts together: run on a new batch before any
rule is tuned on it, it is the one figure no rule was ever selected on.

--agreement FILE scores a second, independent annotation of some real passages
(FILE, in the labels' format) against the set's labels for the same passages: how
far two annotators agree, the ceiling any extractor's figures should be read
against. It needs no texts.`,
		Example: `  govwatch eval
  govwatch eval --errors tune
  govwatch eval --batch rj
  govwatch eval --agreement transform/testdata/agreement/second.jsonl
  govwatch eval --gold transform/testdata/eval/holdout2.jsonl
  govwatch eval --gold transform/testdata/eval/gold.jsonl --json > eval.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold != "" && cmd.Flags().Changed("real") {
				return usagef("pass one of --gold and --real", "both --gold and --real given")
			}
			if errorsOf != "" && errorsOf != eval.PartTune && errorsOf != eval.PartCheck {
				return usagef("--errors tune or --errors check", "unknown part %q", errorsOf)
			}
			if gold != "" {
				return a.evalGold(gold, asJSON, check)
			}
			if agreement != "" {
				if batch != "" || errorsOf != "" || writeAccuracy != "" || check {
					return usagef("--agreement alone, or with --json and --real", "--agreement given with --batch, --errors, --write-accuracy or --check")
				}
				return a.evalAgreement(real, agreement, asJSON)
			}
			if batch != "" {
				if errorsOf != "" || writeAccuracy != "" || check {
					return usagef("--batch alone, or with --json and --real", "--batch given with --errors, --write-accuracy or --check")
				}
				return a.evalBatch(real, batch, asJSON)
			}
			return a.evalReal(real, errorsOf, writeAccuracy, asJSON, check)
		},
	}
	cmd.Flags().StringVar(&real, "real", defaultRealDir, "folder of the real set (labels and texts/)")
	cmd.Flags().StringVar(&gold, "gold", "", "score a written gold set (JSON Lines) instead of the real set")
	cmd.Flags().StringVar(&errorsOf, "errors", "", "list the unmatched items of one part of the real set: tune or check")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON, with every unmatched item")
	cmd.Flags().BoolVar(&check, "check", false, "exit non-zero if a field is below its F1 threshold")
	cmd.Flags().StringVar(&agreement, "agreement", "", "score a second annotation of real passages (labels format) against the set's labels: annotator agreement")
	cmd.Flags().StringVar(&batch, "batch", "", "score only the real passages whose id starts with this prefix and goes on with no letter, both parts together")
	cmd.Flags().StringVar(&writeAccuracy, "write-accuracy", "", "write the check part's figures as JSON to this file (transform/accuracy.json, which the README and the report state)")
	return cmd
}

func (a *app) evalGold(path string, asJSON, check bool) error {
	docs, err := eval.LoadGold(path)
	if err != nil {
		return err
	}
	rep := eval.Evaluate(docs, analyzeGold)
	if asJSON {
		if err := a.writeJSON(rep); err != nil {
			return err
		}
	} else if err := rep.WriteText(a.stdout); err != nil {
		return err
	}
	if check {
		return rep.Check(eval.DefaultThresholds())
	}
	return nil
}

// inBatch reports whether passage id belongs to the batch prefix names: it
// starts with prefix and goes on with no letter, so that batch «se» (se001…)
// does not take in «seed».
func inBatch(id, prefix string) bool {
	rest, ok := strings.CutPrefix(id, prefix)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r)
}

// evalBatch scores the real passages whose id starts with prefix, both parts
// together.
func (a *app) evalBatch(dir, prefix string, asJSON bool) error {
	set, ok, err := a.loadReal(dir)
	if !ok {
		return err
	}
	var docs []eval.Doc
	for _, d := range set.Docs {
		if inBatch(d.ID, prefix) {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		missing := 0
		for _, id := range set.MissingText {
			if inBatch(id, prefix) {
				missing++
			}
		}
		if missing == 0 {
			return fmt.Errorf("eval --batch %s: no passage of %s has an id starting with %q and going on with no letter", prefix, dir, prefix)
		}
		// A machine that has rebuilt only part of the texts: as with no texts
		// at all, say so in one line rather than fail.
		fmt.Fprintf(a.stdout, "real set skipped: batch %s has %d labelled passages in %s and none of their texts on this machine\n", prefix, missing, dir)
		return nil
	}
	rep := eval.Evaluate(docs, analyzeReal)
	if asJSON {
		return a.writeJSON(rep)
	}
	fmt.Fprintf(a.stdout, "batch %s of %s: %d passages with text, both parts\n", prefix, dir, len(docs))
	if err := rep.WriteText(a.stdout); err != nil {
		return err
	}
	return rep.WriteByOfficeType(a.stdout)
}

// evalAgreement scores the second annotation in path against the real set's
// labels for the same passages.
func (a *app) evalAgreement(dir, path string, asJSON bool) error {
	second, err := eval.LoadAnnotation(path)
	if err != nil {
		return err
	}
	if len(second) == 0 {
		return fmt.Errorf("eval --agreement: %s holds no passage", path)
	}
	first, err := eval.LoadRealLabels(dir)
	if err != nil {
		return err
	}
	byID := make(map[string]eval.Doc, len(first))
	for _, d := range first {
		byID[d.ID] = d
	}
	gold := make([]eval.Doc, 0, len(second))
	for i := range second {
		d, ok := byID[second[i].ID]
		if !ok {
			return fmt.Errorf("eval --agreement: %s: passage %q is not labelled in %s", path, second[i].ID, dir)
		}
		gold = append(gold, d)
		second[i] = eval.MergeByKey(second[i])
	}
	rep := eval.Score(gold, second)
	if asJSON {
		return a.writeJSON(rep)
	}
	fmt.Fprintf(a.stdout, "second annotation %s against the labels of %s, %d passages\n", path, dir, len(gold))
	return rep.WriteText(a.stdout)
}

// realReport is the JSON form of a real-set evaluation.
type realReport struct {
	Dir         string      `json:"dir"`
	Labelled    int         `json:"labelled"`
	MissingText []string    `json:"missing_text,omitempty"`
	Tune        eval.Report `json:"tune"`
	Check       eval.Report `json:"check"`
	// GeneralTune and GeneralCheck say how often a name extracted from
	// general news is a person's, on the two parts of those passages (split
	// by the same rule); nil without their texts.
	GeneralTune  *eval.NamesScore `json:"general_tune,omitempty"`
	GeneralCheck *eval.NamesScore `json:"general_check,omitempty"`
}

// loadReal reads the real set under dir. Without its texts it says so in one
// line and reports ok false with a nil error: the set is skipped, not failed.
func (a *app) loadReal(dir string) (set eval.RealSet, ok bool, err error) {
	set, err = eval.LoadReal(dir)
	if errors.Is(err, eval.ErrNoTexts) {
		fmt.Fprintf(a.stdout, "real set skipped: %v\n", err)
		return set, false, nil
	}
	return set, err == nil, err
}

// analyzeReal analyses a real passage and merges its violations as the real
// set's guidelines annotate them.
func analyzeReal(d eval.Doc) eval.Prediction { return eval.MergeByKey(analyzeGold(d)) }

func (a *app) evalReal(dir, errorsOf, writeAccuracy string, asJSON, check bool) error {
	set, ok, err := a.loadReal(dir)
	if !ok {
		return err
	}
	rr := realReport{Dir: dir, Labelled: set.Labelled, MissingText: set.MissingText,
		Tune:  eval.Evaluate(eval.Split(set.Docs, eval.PartTune), analyzeReal),
		Check: eval.Evaluate(eval.Split(set.Docs, eval.PartCheck), analyzeReal)}
	if general, err := eval.LoadNames(dir); err == nil {
		var tune, check []eval.NamesDoc
		for _, d := range general {
			if eval.Part(d.ID) == eval.PartCheck {
				check = append(check, d)
			} else {
				tune = append(tune, d)
			}
		}
		t, c := eval.ScoreNames(tune, extractNames), eval.ScoreNames(check, extractNames)
		rr.GeneralTune, rr.GeneralCheck = &t, &c
	} else if !errors.Is(err, eval.ErrNoTexts) {
		return err
	}
	if asJSON {
		if err := a.writeJSON(rr); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(a.stdout, "real set %s: %d passages labelled, %d with text", dir, set.Labelled, len(set.Docs))
		if n := len(set.MissingText); n > 0 {
			fmt.Fprintf(a.stdout, " (%d without: %s)", n, strings.Join(set.MissingText, " "))
		}
		fmt.Fprintln(a.stdout)
		for _, part := range []struct {
			name string
			rep  eval.Report
		}{{"tuning part (rules are tuned on it)", rr.Tune}, {"check part (never tuned on: the figure to expect)", rr.Check}} {
			fmt.Fprintf(a.stdout, "\n%s, %d passages\n", part.name, part.rep.Docs)
			if err := part.rep.WriteText(a.stdout); err != nil {
				return err
			}
			if err := part.rep.WriteByOfficeType(a.stdout); err != nil {
				return err
			}
		}
		for _, g := range []struct {
			part string
			s    *eval.NamesScore
		}{{"tuning", rr.GeneralTune}, {"check", rr.GeneralCheck}} {
			if g.s != nil {
				fmt.Fprintf(a.stdout, "general news, %s part, %d passages: %d names extracted, %d of them people's: precision %.3f\n",
					g.part, g.s.Docs, g.s.Extracted, g.s.People, g.s.Precision)
			}
		}
		if errorsOf != "" {
			rep := rr.Tune
			if errorsOf == eval.PartCheck {
				rep = rr.Check
			}
			fmt.Fprintf(a.stdout, "\nunmatched items of the %s part:\n", errorsOf)
			if g := rr.GeneralTune; errorsOf == eval.PartTune && g != nil {
				for _, n := range g.NotPeople {
					fmt.Fprintf(a.stdout, "general\tnot a person\t%s\n", n)
				}
			}
			if g := rr.GeneralCheck; errorsOf == eval.PartCheck && g != nil {
				for _, n := range g.NotPeople {
					fmt.Fprintf(a.stdout, "general\tnot a person\t%s\n", n)
				}
			}
			for _, m := range rep.Mismatches {
				if m.Field == eval.FieldPersonName || m.Field == eval.FieldPersonRole || m.Field == eval.FieldOfficeModality || m.Field == eval.FieldSanction {
					fmt.Fprintf(a.stdout, "%s\t%s\t%s\t%s\n", m.DocID, m.Field, m.Kind, m.Key)
				}
			}
		}
	}
	if writeAccuracy != "" {
		if rr.GeneralCheck == nil {
			return fmt.Errorf("write %s: the general-news texts are missing, so their precision cannot be measured", writeAccuracy)
		}
		acc := accuracyOf(rr.Check, *rr.GeneralCheck)
		acc.Labelled = set.CheckLabelled
		old, err := readAccuracy(writeAccuracy)
		if err != nil {
			return err
		}
		acc.Fresh = old.Fresh // measured batch by batch, by earlier rules: kept as they are
		acc.KeepWhole(old)    // a partial rebuild keeps the last whole measurement beside its own
		b, err := json.MarshalIndent(acc, "", "  ")
		if err != nil {
			return err
		}
		if err := atomicfile.WriteFile(writeAccuracy, append(b, '\n')); err != nil {
			return fmt.Errorf("write accuracy: %w", err)
		}
		fmt.Fprintf(a.stdout, "wrote the check part's figures to %s\n", writeAccuracy)
	}
	if check {
		return rr.Check.Check(eval.RealThresholds())
	}
	return nil
}

// readAccuracy reads an accuracy file written before; a missing file is an
// empty one.
func readAccuracy(path string) (transform.Accuracy, error) {
	var a transform.Accuracy
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return a, nil
	}
	if err != nil {
		return a, fmt.Errorf("read accuracy: %w", err)
	}
	if err := json.Unmarshal(b, &a); err != nil {
		return a, fmt.Errorf("read accuracy %s: %w", path, err)
	}
	return a, nil
}

// accuracyOf gives the figures of the check part as the README and the
// report's method page state them, to three decimals.
func accuracyOf(check eval.Report, general eval.NamesScore) transform.Accuracy {
	f1 := func(field string) float64 {
		f, _ := check.Field(field)
		return math.Round(f.F1*1000) / 1000
	}
	interval := func(field string) [2]float64 {
		f, _ := check.Field(field)
		return [2]float64{math.Round(f.F1Low*1000) / 1000, math.Round(f.F1High*1000) / 1000}
	}
	var byOffice []transform.OfficeAccuracy
	for _, o := range check.ByOfficeType {
		if o.Gold >= transform.MinOfficeGold {
			byOffice = append(byOffice, transform.OfficeAccuracy{OfficeType: o.Field, Gold: o.Gold, F1: math.Round(o.F1*1000) / 1000})
		}
	}
	return transform.Accuracy{
		ByOfficeType:           byOffice,
		PersonInterval:         interval(eval.FieldPersonName),
		PersonRoleInterval:     interval(eval.FieldPersonRole),
		OfficeModalityInterval: interval(eval.FieldOfficeModality),
		Extractor:              transform.ExtractorVersion,
		Passages:               check.Docs,
		Person:                 f1(eval.FieldPersonName),
		PersonRole:             f1(eval.FieldPersonRole),
		OfficeModality:         f1(eval.FieldOfficeModality),
		OfficeModalityCount:    f1(eval.FieldOfficeModalityCount),
		Sanction:               f1(eval.FieldSanction),
		Modality:               f1(eval.FieldModality),
		GeneralPrecision:       math.Round(general.Precision*1000) / 1000,
		Command:                "go run ./cmd/govwatch eval",
	}
}

// extractNames returns the names of the people Analyze finds in a passage.
func extractNames(d eval.NamesDoc) []string {
	an := transform.Analyze(transform.InputFromText(d.Text))
	names := make([]string, 0, len(an.People))
	for _, p := range an.People {
		names = append(names, p.Name)
	}
	return names
}

func (a *app) writeJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// analyzeGold adapts transform.Analyze to the scorer. A real passage is read as
// text copied from a page, as "govwatch analyze" reads it, with no place given:
// its province and county are annotations, not input. The sets annotate one entry
// per stated sanction, so a mention with several sanctions becomes several entries.
func analyzeGold(d eval.Doc) eval.Prediction {
	in := transform.Input{
		Title: d.Title, Paragraphs: d.Paragraphs, Registered: d.Registered, Occurred: d.Occurred,
		Province: d.Province, County: d.County,
	}
	if d.Text != "" {
		in = transform.InputFromText(d.Text)
	}
	an := transform.Analyze(in)
	p := eval.Prediction{ID: d.ID}
	for _, per := range an.People {
		p.People = append(p.People, eval.Person{Name: per.Name, Role: per.Role, Organization: per.Organization})
	}
	for _, v := range an.Violations {
		base := eval.Violation{OfficeType: v.OfficeType, OfficeLabel: v.OfficeLabel, ViolationType: v.ViolationType,
			Count: v.Count, Modality: v.Modality, Speaker: v.Speaker}
		sanctions := v.Sanctions
		if len(sanctions) == 0 {
			sanctions = []string{v.Sanction}
		}
		for _, s := range sanctions {
			e := base
			e.Sanction = s
			p.Violations = append(p.Violations, e)
		}
	}
	return p
}

func (a *app) schemaCommand() *cobra.Command {
	var markdown bool
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the data dictionary of the Parquet tables",
		Example: `  govwatch schema
  govwatch schema --markdown`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return printDictionary(a, markdown)
		},
	}
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print Markdown tables, as in the README")
	return cmd
}

func printDictionary(a *app, markdown bool) error {
	table := ""
	for _, f := range datasetDictionary() {
		if f.Table != table {
			table = f.Table
			if markdown {
				fmt.Fprintf(a.stdout, "\n### %s\n\n| column | type | null | description |\n|---|---|---|---|\n", table)
			} else {
				fmt.Fprintf(a.stdout, "\n%s\n", table)
			}
		}
		null := ""
		if f.Nullable {
			null = "yes"
		}
		if markdown {
			fmt.Fprintf(a.stdout, "| `%s` | %s | %s | %s |\n", f.Field, f.Type, null, f.Description)
		} else {
			fmt.Fprintf(a.stdout, "  %-20s %-22s %-4s %s\n", f.Field, f.Type, null, f.Description)
		}
	}
	return nil
}

func datasetDictionary() []dataset.TableDoc { return dataset.Dictionary() }
