package report

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"govwatch/pipeline/dataset"
	"govwatch/transform"
)

// ErrUnknownPlace means a scope names a province or county that no article of the
// dataset has: most likely a typo, which would otherwise render a plausible report
// of zeros.
var ErrUnknownPlace = errors.New("unknown place")

// CheckScope reports whether the province or county s names is one of the dataset's
// (in any period, compared as ParseScope compares them). An unknown name gives an
// error wrapping ErrUnknownPlace that suggests the nearest known name, or lists
// them. The whole scope, and a dataset without articles, always pass.
func CheckScope(ctx context.Context, ds *dataset.Dataset, s Scope) error {
	if s.IsAll() {
		return nil
	}
	kind, name, col := "county", s.County, "county"
	if s.County == "" {
		kind, name, col = "province", s.Province, "province"
	}
	want := transform.NormalizeKey(name)
	known := map[string]string{} // key → name as stored (normalised)
	err := ds.ScanArticles(ctx, dataset.Filter{Columns: []string{col}}, func(r dataset.ArticleRow) error {
		v := r.County
		if col == "province" {
			v = r.Province
		}
		if v != "" {
			if _, ok := known[v]; !ok {
				known[v] = transform.NormalizeKey(v)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read places: %w", err)
	}
	if len(known) == 0 {
		return nil
	}
	names := make([]string, 0, len(known))
	best, bestDist := "", -1
	for v, key := range known {
		if key == want {
			return nil
		}
		names = append(names, transform.Normalize(v))
		if d := editDistance(want, key); bestDist < 0 || d < bestDist || d == bestDist && v < best {
			best, bestDist = transform.Normalize(v), d
		}
	}
	// A suggestion only when it is near: at most a third of the name's letters differ.
	if bestDist <= max(1, len([]rune(want))/3) {
		return fmt.Errorf("%w: no %s %q in the dataset; did you mean %s=%s?", ErrUnknownPlace, kind, name, kind, best)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) > 12 {
		names = append(names[:12], "…")
	}
	return fmt.Errorf("%w: no %s %q in the dataset; known: %s", ErrUnknownPlace, kind, name, strings.Join(names, ", "))
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
