package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"govwatch/pipeline/dataset"
	"govwatch/transform"
	"govwatch/transform/eval"
)

func (a *app) evalCommand() *cobra.Command {
	var gold string
	var asJSON, check bool
	cmd := &cobra.Command{
		Use:   "eval --gold FILE",
		Short: "Score the extractors against an annotated gold set",
		Long: `Eval runs the extractors over every article of an annotated gold set (JSON Lines, as
in transform/testdata/eval/gold.jsonl, whose README gives the annotation rules) and
prints precision, recall and F1 per field (person name, role, organisation, office
type, office type with modality, sanction, modality, violation type, speaker), matching
entities one to one after Persian normalisation. With --check it fails when person+role
or office type+modality F1 is below 0.90.`,
		Example: `  govwatch eval --gold transform/testdata/eval/gold.jsonl
  govwatch eval --gold gold.jsonl --json | jq '.fields'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return usagef("pass --gold transform/testdata/eval/gold.jsonl", "no gold file")
			}
			docs, err := eval.LoadGold(gold)
			if err != nil {
				return err
			}
			rep := eval.Evaluate(docs, analyzeGold)
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(rep); err != nil {
					return err
				}
			} else if err := rep.WriteText(a.stdout); err != nil {
				return err
			}
			if check {
				return rep.Check(eval.DefaultThresholds())
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "annotated gold set (JSON Lines)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON, with every unmatched item")
	cmd.Flags().BoolVar(&check, "check", false, "exit non-zero if a field is below its F1 threshold")
	return cmd
}

// analyzeGold adapts transform.Analyze to the scorer. The corpus annotates one entry
// per stated sanction, so a mention with several sanctions becomes several entries.
func analyzeGold(d eval.Doc) eval.Prediction {
	an := transform.Analyze(transform.Input{
		Title: d.Title, Paragraphs: d.Paragraphs, Registered: d.Registered, Occurred: d.Occurred,
		Province: d.Province, County: d.County,
	})
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
