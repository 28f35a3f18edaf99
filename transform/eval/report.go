package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteText writes the report as an aligned plain-text table: one row per field
// with gold, predicted and matched counts, precision, recall, F1 and its 95 %
// bootstrap interval over documents, followed by
// the number of documents and any missing or unknown prediction IDs.
func (r Report) WriteText(w io.Writer) error {
	if err := writeScores(w, "field", "", r.Fields); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "documents: %d, without prediction: %d, unknown predictions: %d\n",
		r.Docs, len(r.MissingIDs), len(r.UnknownIDs))
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// writeScores writes scores as an aligned table under a header whose first
// column is named first, each row's name after indent.
func writeScores(w io.Writer, first, indent string, scores []FieldScore) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\tgold\tpred\tmatch\tprecision\trecall\tf1\tf1 95%% interval\n", first)
	for _, f := range scores {
		fmt.Fprintf(tw, "%s%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f–%.3f\n",
			indent, f.Field, f.Gold, f.Predicted, f.Matched, f.Precision, f.Recall, f.F1, f.F1Low, f.F1High)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// WriteByOfficeType writes the office_type_modality score split by office
// type (see [Report.ByOfficeType]) as an aligned plain-text table, one row
// per office type: how far each kind of establishment's violations can be
// trusted. It writes nothing when no violation was scored.
func (r Report) WriteByOfficeType(w io.Writer) error {
	if len(r.ByOfficeType) == 0 {
		return nil
	}
	return writeScores(w, "office_type_modality by office type", "  ", r.ByOfficeType)
}
