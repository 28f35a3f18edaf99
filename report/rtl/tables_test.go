package rtl

import (
	"fmt"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestJoinTableSortedAndInBlock(t *testing.T) {
	for i, e := range joinTable {
		if e.lo > e.hi || e.lo < 0x0600 || e.hi > 0x06FF {
			t.Errorf("entry %d: range %U..%U is empty or outside the Arabic block", i, e.lo, e.hi)
		}
		if i > 0 && joinTable[i-1].hi >= e.lo {
			t.Errorf("entry %d: %U..%U overlaps or precedes the entry before it", i, e.lo, e.hi)
		}
	}
}

func TestJoiningTypeOf(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want joiningType
	}{
		{'ا', joinRight}, {'ب', joinDual}, {'پ', joinDual}, {'چ', joinDual},
		{'ژ', joinRight}, {'گ', joinDual}, {'ک', joinDual}, {'ی', joinDual},
		{'ه', joinDual}, {'ۀ', joinRight}, {'و', joinRight}, {'ء', joinNone},
		{'ـ', joinCausing}, {zwj, joinCausing}, {zwnj, joinNone},
		{0x064E, joinTransparent}, {0x0651, joinTransparent}, {0x0654, joinTransparent},
		{0x0670, joinTransparent}, {0x200E, joinTransparent}, {0x0600, joinNone},
		{'۱', joinNone}, {'A', joinNone}, {' ', joinNone}, {'،', joinNone},
		{0x0301, joinTransparent}, {0xFE91, joinNone},
	} {
		t.Run(fmt.Sprintf("%U", tc.r), func(t *testing.T) {
			if got := joiningTypeOf(tc.r); got != tc.want {
				t.Errorf("joiningTypeOf(%U) = %d, want %d", tc.r, got, tc.want)
			}
		})
	}
}

// TestFormsDecompose checks the presentation-form table against Unicode's
// compatibility decompositions, and against the joining table: a
// dual-joining letter has initial and medial forms, a right-joining one
// has not.
func TestFormsDecompose(t *testing.T) {
	for base, fs := range forms {
		t.Run(fmt.Sprintf("%U", base), func(t *testing.T) {
			jt := joiningTypeOf(base)
			if jt != joinDual && jt != joinRight {
				t.Fatalf("letter has forms but joining type %d", jt)
			}
			for idx, f := range fs {
				if f == 0 {
					if jt == joinDual && base != 0x06BA {
						t.Errorf("dual-joining letter lacks form %d", idx)
					}
					continue
				}
				if idx >= initial && jt == joinRight {
					t.Errorf("right-joining letter has form %d (%U)", idx, f)
				}
				if got := norm.NFKD.String(string(f)); got != norm.NFKD.String(string(base)) {
					t.Errorf("form %d %U decomposes to %U", idx, f, []rune(got))
				}
			}
		})
	}
	for alef, ligs := range lamAlef {
		for _, f := range ligs {
			if got, want := norm.NFKD.String(string(f)), norm.NFKD.String(string([]rune{lam, alef})); got != want {
				t.Errorf("ligature %U decomposes to %U, want %U", f, []rune(got), []rune(want))
			}
		}
	}
}
