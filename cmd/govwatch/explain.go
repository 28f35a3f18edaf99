package main

import (
	"fmt"
	"io"
	"strings"

	"govwatch/transform"
)

// writeExplain prints, for each person and violation of a, the rules that
// produced it with the words each one fired on, then the rules that fired
// without producing an output (the ones that kept words from becoming one).
func writeExplain(w io.Writer, a transform.Analysis) error {
	var b strings.Builder
	used := map[transform.RuleHit]bool{}
	hits := func(hs []transform.RuleHit) {
		for _, h := range hs {
			used[h] = true
			where := ""
			if h.InTitle {
				where = "title "
			}
			fmt.Fprintf(&b, "    %-34s %s%d..%d «%s»\n", h.Rule, where, h.Start, h.End, clip(h.Text, 60))
		}
	}
	fmt.Fprintf(&b, "people: %d\n", len(a.People))
	for _, p := range a.People {
		fmt.Fprintf(&b, "  %s «%s»", p.Key, p.Name)
		if p.Role != "" {
			fmt.Fprintf(&b, " role «%s»", p.Role)
		}
		if p.Organization != "" {
			fmt.Fprintf(&b, " organisation «%s»", p.Organization)
		}
		b.WriteString("\n")
		hits(p.Rules)
	}
	fmt.Fprintf(&b, "violations: %d\n", len(a.Violations))
	for i, v := range a.Violations {
		fmt.Fprintf(&b, "  v%d %s %s", i+1, v.OfficeType, v.Modality)
		if v.ViolationType != "" {
			fmt.Fprintf(&b, " type=%s", v.ViolationType)
		}
		if len(v.Sanctions) > 0 {
			fmt.Fprintf(&b, " sanctions=%s", strings.Join(v.Sanctions, ","))
		}
		if v.Count > 0 {
			fmt.Fprintf(&b, " count=%d", v.Count)
		}
		fmt.Fprintf(&b, " evidence %d..%d\n", v.Start, v.End)
		hits(v.Rules)
	}
	var rest []transform.RuleHit
	for _, h := range a.Trace {
		if !used[h] {
			rest = append(rest, h)
		}
	}
	if len(rest) > 0 {
		fmt.Fprintf(&b, "rules that produced no output: %d\n", len(rest))
		hits(rest)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
