package transform_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"govwatch/transform"
)

// hostileLine is one paragraph of n bytes or more of random words that
// portals use, with no full stop: a whole page pasted on one line.
func hostileLine(n int) string {
	words := strings.Fields("فرماندار شهرستان کوار گفت علی احمدی رئیس اداره پست نانوایی پلمب شد تخلف دفاتر پیشخوان واحد صنفی ۱۲ مورد و در از به با که اخطار معاون")
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.String()
}

func TestAnalyzeCutsLongArticles(t *testing.T) {
	// «فرماندار گفت: » is 14 runes with its space.
	unit := "فرماندار گفت: "
	long := strings.Repeat(unit, transform.MaxBodyRunes/14+1)
	tests := []struct {
		name          string
		in            transform.Input
		wantTruncated bool
	}{
		{"short", transform.Input{Title: "پلمب نانوایی", Paragraphs: []string{"نانوایی پلمب شد."}}, false},
		{"body just under the bound", transform.Input{Paragraphs: []string{long[:len(long)-len(unit)*2], "پلمب شد"}}, false},
		{"one long paragraph", transform.Input{Paragraphs: []string{long}}, true},
		{"long paragraph after short ones", transform.Input{Paragraphs: []string{"نانوایی پلمب شد.", long, "این پاراگراف خوانده نمی شود"}}, true},
		{"long word", transform.Input{Paragraphs: []string{strings.Repeat("ب", transform.MaxBodyRunes+5)}}, true},
		{"long title", transform.Input{Title: strings.Repeat("پلمب ", 300), Paragraphs: []string{"نانوایی پلمب شد."}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := transform.Analyze(tt.in)
			if a.Truncated != tt.wantTruncated {
				t.Fatalf("Truncated = %v, want %v", a.Truncated, tt.wantTruncated)
			}
			// The body holds at most the bound and the blank lines
			// between paragraphs.
			if n, most := utf8.RuneCountInString(a.Body), transform.MaxBodyRunes+2*len(tt.in.Paragraphs); n > most {
				t.Errorf("body has %d runes, more than %d", n, most)
			}
			if n := utf8.RuneCountInString(a.Title); n > transform.MaxTitleRunes {
				t.Errorf("title has %d runes, more than %d", n, transform.MaxTitleRunes)
			}
			if strings.Contains(a.Body, "خوانده") {
				t.Errorf("a paragraph after the bound was read")
			}
			if tt.wantTruncated && strings.HasPrefix(tt.in.Paragraphs[len(tt.in.Paragraphs)-1], "فرماندار") && !strings.HasSuffix(a.Body, "گفت:") {
				t.Errorf("body is not cut at a word boundary: it ends with %q", a.Body[len(a.Body)-20:])
			}
			// Offsets into the cut body map back to the text as published.
			for _, q := range a.Quotes {
				if p, _ := a.Source(q.Start); p < 0 {
					t.Errorf("quote at %d maps to no paragraph", q.Start)
				}
			}
		})
	}
}

// cancelAt is a context that is cancelled when its Err is called for the
// n-th time: in the middle of an analysis, at a known point.
type cancelAt struct {
	context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	calls  int
	n      int
}

func (c *cancelAt) Err() error {
	c.mu.Lock()
	c.calls++
	if c.calls == c.n {
		c.cancel()
	}
	c.mu.Unlock()
	return c.Context.Err()
}

func TestAnalyzeContextStops(t *testing.T) {
	in := transform.Input{Title: "بازدید فرماندار", Paragraphs: []string{hostileLine(200 << 10), "فرماندار گفت: ۱۲ واحد پلمب شد."}, Registered: "1397/8/15"}

	t.Run("not cancelled", func(t *testing.T) {
		got, err := transform.AnalyzeContext(t.Context(), in)
		if err != nil {
			t.Fatalf("AnalyzeContext: %v", err)
		}
		if diff := cmp.Diff(transform.Analyze(in), got, cmpopts.IgnoreUnexported(transform.Analysis{})); diff != "" {
			t.Errorf("AnalyzeContext differs from Analyze (-want +got):\n%s", diff)
		}
	})
	t.Run("cancelled before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if _, err := transform.AnalyzeContext(ctx, in); !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
	})
	// Cancelled at each check in turn, during the analysis of a hostile
	// text: every stage stops.
	checks := 0
	for n := 1; ; n++ {
		ctx, cancel := context.WithCancel(t.Context())
		c := &cancelAt{Context: ctx, cancel: cancel, n: n}
		a, err := transform.AnalyzeContext(c, in)
		cancel()
		if c.calls < n {
			break // the analysis finished before the n-th check
		}
		checks++
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled at check %d: err = %v, want context.Canceled", n, err)
		}
		if a.Body != "" || a.People != nil || a.Violations != nil {
			t.Errorf("cancelled at check %d: got a partial analysis", n)
		}
	}
	if checks < 5 {
		t.Errorf("the analysis checks its context %d times, want one between each stage", checks)
	}
}
