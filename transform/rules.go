package transform

import (
	"cmp"
	"slices"
)

// Rule is one contextual rule of the extractors: a named decision that makes
// a person, a role, a violation, its modality or its sanction out of the words
// around it, or that keeps words from becoming one. Every rule is declared once
// as a package-level value with [newRule]; the decision point that applies it
// calls [document.fire], so that [Analysis] can say which rules produced each
// output (govwatch analyze --explain).
type Rule struct {
	// Name is the rule's stable name, lower-case words joined by hyphens,
	// first the output it is about («person-…», «role-…», «violation-…»,
	// «modality-…», «sanction-…»).
	Name string
	// Purpose says in one line what the rule decides and why.
	Purpose string
	// Examples are sentences on which the rule fires. A table test analyses
	// each one and fails when the rule does not fire on it, or when a rule
	// has no example.
	Examples []string
	// Blocks is true for a rule that keeps words from becoming an output
	// («an obligation is no mention»); such firings are listed in
	// [Analysis.Trace] since no output carries them.
	Blocks bool
}

// RuleHit records that a rule fired on a span of the body.
type RuleHit struct {
	// Rule is the [Rule.Name].
	Rule string `json:"rule"`
	// Start and End delimit the words the rule fired on in Analysis.Body
	// (runes); Text is those words.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// InTitle is true when the span is in Analysis.Title, not the body.
	InTitle bool `json:"in_title,omitempty"`
}

// ruleBook holds every rule, in declaration order.
var ruleBook []*Rule

// newRule declares a rule. It is called only in package-level variable
// declarations, so the book is complete before any analysis.
func newRule(name, purpose string, examples ...string) *Rule {
	r := &Rule{Name: name, Purpose: purpose, Examples: examples}
	ruleBook = append(ruleBook, r)
	return r
}

// newBlockingRule declares a rule that keeps words from becoming an output.
func newBlockingRule(name, purpose string, examples ...string) *Rule {
	r := newRule(name, purpose, examples...)
	r.Blocks = true
	return r
}

// Rules returns a copy of the rule book, sorted by name.
func Rules() []Rule {
	out := make([]Rule, len(ruleBook))
	for i, r := range ruleBook {
		out[i] = *r
		out[i].Examples = slices.Clone(r.Examples)
	}
	slices.SortFunc(out, func(a, b Rule) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// ruleHit is a firing inside the document: rune offsets into the body.
type ruleHit struct {
	rule       *Rule
	start, end int32
}

// tracer collects the rules that fire while one output is being decided.
// Its hits only grow, by add or by appending to hits.
type tracer struct {
	hits []ruleHit
	// seen holds hits[:n] once there are more than a few, so that add does
	// not compare with every hit (a person named a thousand times).
	seen map[ruleHit]bool
	n    int
	// buf holds the first hits: most outputs name a few rules, and they
	// come with the tracer's own allocation.
	buf [4]ruleHit
}

// newTracer returns an empty tracer.
func newTracer() *tracer {
	t := new(tracer)
	t.hits = t.buf[:0]
	return t
}

func (t *tracer) add(r *Rule, start, end int32) {
	if t == nil {
		return
	}
	h := ruleHit{r, start, end}
	if len(t.hits) <= 16 {
		for _, x := range t.hits {
			if x == h {
				return
			}
		}
		t.hits = append(t.hits, h)
		return
	}
	if t.seen == nil || t.n > len(t.hits) {
		t.seen, t.n = make(map[ruleHit]bool, 2*len(t.hits)), 0
	}
	for ; t.n < len(t.hits); t.n++ { // hits appended directly
		t.seen[t.hits[t.n]] = true
	}
	if !t.seen[h] {
		t.seen[h] = true
		t.hits = append(t.hits, h)
		t.n++
	}
}

// fired reports whether rule r is among the tracer's firings.
func (t *tracer) fired(r *Rule) bool {
	if t == nil {
		return false
	}
	for _, h := range t.hits {
		if h.rule == r {
			return true
		}
	}
	return false
}

// fire records that rule r fired on tokens [s,e): in the tracer of the output
// being decided, if any, and, for a blocking rule, in the document's trace.
func (d *document) fire(r *Rule, s, e int) {
	if s < 0 || s >= len(d.toks) {
		return
	}
	e = max(min(e, len(d.toks)), s+1)
	d.fireSpan(r, d.toks[s].start, d.toks[e-1].end)
}

// fireSpan is fire for a span given in runes.
func (d *document) fireSpan(r *Rule, start, end int32) {
	d.cur.add(r, start, end)
	if r.Blocks {
		d.all.add(r, start, end)
	}
}

// withHit adds to hits, kept in text order, rule r firing on span sp.
func (d *document) withHit(hits []RuleHit, r *Rule, sp span) []RuleHit {
	hits = append(hits, RuleHit{Rule: r.Name, Start: int(sp.start), End: int(sp.end), Text: d.text(sp.start, sp.end)})
	slices.SortStableFunc(hits, func(a, b RuleHit) int { return cmp.Compare(a.Start, b.Start) })
	return hits
}

// hits turns a tracer's firings into RuleHits in text order.
func (d *document) hits(t *tracer) []RuleHit {
	if t == nil || len(t.hits) == 0 {
		return nil
	}
	out := make([]RuleHit, 0, len(t.hits))
	for _, h := range t.hits {
		out = append(out, RuleHit{Rule: h.rule.Name, Start: int(h.start), End: int(h.end), Text: d.text(h.start, h.end)})
	}
	slices.SortStableFunc(out, func(a, b RuleHit) int { return cmp.Compare(a.Start, b.Start) })
	return out
}
