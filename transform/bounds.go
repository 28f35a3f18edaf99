package transform

import (
	"context"
	"unicode"
	"unicode/utf8"
)

// MaxBodyRunes bounds the body text that one analysis reads: 1,048,576 runes
// (code points) of the paragraphs as published, about 2 MB of Persian text
// and hundreds of times a long portal article. A longer body is cut at the
// last space before the bound, the paragraphs after it are dropped, and
// [Analysis.Truncated] is set; Body and every result then come from the
// part that was read. Analysis time and memory grow linearly with the text
// (see BENCHMARKS.md), so the bound caps what one article may cost.
const MaxBodyRunes = 1 << 20

// MaxTitleRunes bounds the title that one analysis reads, as MaxBodyRunes
// bounds the body; a headline is rarely longer than 200 runes.
const MaxTitleRunes = 1000

// maxLeadBytes bounds the lead in which the event day is looked for (the
// first paragraphs of the body).
const maxLeadBytes = 16 << 10

// Analyze normalises an article and extracts its dates, people, quotes and
// violation mentions. It never fails: text it cannot read yields empty
// results, and dates that cannot be parsed are nil. A body longer than
// MaxBodyRunes (a title longer than MaxTitleRunes) is analysed in part, see
// [Analysis.Truncated].
func Analyze(in Input) Analysis {
	a, _ := analyze(in, func() error { return nil })
	return a
}

// AnalyzeContext is Analyze that stops when ctx is done: it checks ctx
// between the stages of the analysis (normalising, reading the text,
// finding mentions, resolving people, finding violations), each of which
// takes time linear in the text, and returns ctx.Err() and an empty
// Analysis when ctx is done. On a body of MaxBodyRunes runes no stage takes
// more than a few tenths of a second on one core.
func AnalyzeContext(ctx context.Context, in Input) (Analysis, error) {
	return analyze(in, ctx.Err)
}

// cutInput cuts the title and the body of in to MaxTitleRunes and
// MaxBodyRunes runes, and reports whether it cut anything.
func cutInput(in Input) (Input, bool) {
	cut := false
	if t, ok := cutRunes(in.Title, MaxTitleRunes); ok {
		in.Title, cut = t, true
	}
	size := 0
	for _, p := range in.Paragraphs {
		size += len(p)
	}
	if size <= MaxBodyRunes {
		return in, cut // fewer bytes than the bound, so fewer runes
	}
	left := MaxBodyRunes
	for i, p := range in.Paragraphs {
		n := utf8.RuneCountInString(p)
		if n <= left {
			left -= n
			continue
		}
		paras := make([]string, i+1)
		copy(paras, in.Paragraphs[:i])
		paras[i], _ = cutRunes(p, left)
		in.Paragraphs, cut = paras, true
		break
	}
	return in, cut
}

// cutRunes returns the first max runes of s, cut back to the last space
// among them when there is one, and whether s was longer.
func cutRunes(s string, max int) (string, bool) {
	if len(s) <= max {
		return s, false // fewer bytes than max, so fewer runes
	}
	end, n := 0, 0
	for end < len(s) && n < max {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		n++
	}
	if end == len(s) {
		return s, false
	}
	for i := end; i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) && i > size {
			return s[:i-size], true
		}
		i -= size
	}
	return s[:end], true
}
