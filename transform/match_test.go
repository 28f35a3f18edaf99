package transform

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// selectMatchesSortSlice is selectMatches as first written, with sort.Slice
// and one slice per category: the reference for the allocation-free one.
func selectMatchesSortSlice(lx *lexicon, all []match) [numCategories][]match {
	var by [numCategories][]match
	for _, m := range all {
		c := lx.entries[m.entry].cat
		by[c] = append(by[c], m)
	}
	for c := range by {
		ms := by[c]
		sort.Slice(ms, func(i, j int) bool {
			if ms[i].start != ms[j].start {
				return ms[i].start < ms[j].start
			}
			return ms[i].end > ms[j].end
		})
		kept := ms[:0]
		end := int32(-1)
		for _, m := range ms {
			if m.start >= end {
				kept = append(kept, m)
				end = m.end
			}
		}
		by[c] = kept
	}
	return by
}

// TestSelectMatchesOrder checks that selectMatches keeps the same matches
// as the sort.Slice version, including which of several entries with the
// same span wins: the unstable sort decides that, so both must sort alike.
func TestSelectMatchesOrder(t *testing.T) {
	lx := loadLexicon()
	if err := LexiconCheck(); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var back []match
	for _, n := range []int{0, 1, 2, 5, 12, 13, 40, 200, 1000} {
		for round := range 20 {
			all := make([]match, n)
			for i := range all {
				s := int32(rng.IntN(n/3 + 2))
				all[i] = match{entry: int32(rng.IntN(len(lx.entries))), start: s, end: s + 1 + int32(rng.IntN(3))}
				if round%2 == 0 {
					// Few entries: many matches share a category and a span.
					all[i].entry = int32(rng.IntN(8))
				}
			}
			ref := append([]match(nil), all...)
			want := selectMatchesSortSlice(lx, ref)
			var got [numCategories][]match
			got, back = lx.selectMatches(all, back)
			for c := range got {
				if len(got[c]) == 0 && len(want[c]) == 0 {
					continue
				}
				if diff := cmp.Diff(want[c], got[c], cmp.AllowUnexported(match{})); diff != "" {
					t.Fatalf("n=%d round %d category %d (-want +got):\n%s", n, round, c, diff)
				}
			}
		}
	}
}

func TestIsMatchSuffix(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"ها", true},
		{"های", true},
		{"ی", true},
		{"یان", true},
		{"", false},
		{"هایش", false},
		{"ییییییییی", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := isMatchSuffix([]rune(tt.in)); got != tt.want {
				t.Errorf("isMatchSuffix(%q) = %v, want %v", tt.in, got, tt.want)
			}
			if got := matchSuffixes[tt.in]; got != tt.want {
				t.Errorf("matchSuffixes[%q] = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestAutomatonDelta checks the dense transition table against step, for
// every node of the embedded lexicon's automaton and every rune a pattern
// uses, plus runes none uses.
func TestAutomatonDelta(t *testing.T) {
	lx := loadLexicon()
	a := lx.ac
	if a.delta == nil {
		t.Fatalf("no dense table for %d nodes", len(a.fail))
	}
	runes := append([]rune{'؟', 'ء', 0x6ff, 0x700, 0x2000, 0x1F600, utf8.RuneError}, a.labels...)
	slices.Sort(runes)
	runes = slices.Compact(runes)
	for n := range int32(len(a.fail)) {
		for _, r := range runes {
			want := a.step(n, r)
			if got := int32(a.delta[int(n)*a.nclass+a.class(r)]); got != want {
				t.Fatalf("delta(%d, %q) = %d, step = %d", n, r, got, want)
			}
		}
	}
	t.Logf("%d nodes, %d classes, table %d KiB", len(a.fail), a.nclass, len(a.delta)*2/1024)
}

// TestAutomatonSmall builds an automaton with runes above U+0700 and
// checks the dense table against step.
func TestAutomatonSmall(t *testing.T) {
	entries := []entry{{phrase: "ab"}, {phrase: "b日c"}, {phrase: "日本"}, {phrase: "abc日"}, {phrase: "c"}}
	a := newAutomaton(entries)
	const text = "abc日本xy\u0700"
	for n := range int32(len(a.fail)) {
		for _, r := range text {
			if got, want := int32(a.delta[int(n)*a.nclass+a.class(r)]), a.step(n, r); got != want {
				t.Errorf("delta(%d, %q) = %d, step = %d", n, r, got, want)
			}
		}
	}
}
