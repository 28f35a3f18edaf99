package transform

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestNameIndexFindsAsAScan resolves random names as resolvePeople does
// (a new person for a name no one has, a fuller form growing a person's
// name) and checks that nameIndex.find gives the person the scan of all
// persons with sameName gives.
func TestNameIndexFindsAsAScan(t *testing.T) {
	// «کریمی» and «کریمینسب», «کریمینیا»: a surname and the same with a
	// surname's part typed on, the relation the lexicon adds to sameName.
	words := []string{"علی", "احمدی", "رضا", "کریمی", "زاده", "حسن", "شبستری", "شبستریخیابانی", "کریمینسب", "کریمینیا"}
	lx := loadLexicon()
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 50 {
		var ps []person
		x := nameIndex{lx: lx}
		for range 200 {
			keys := make([]string, 1+r.IntN(4))
			for i := range keys {
				keys[i] = words[r.IntN(len(words))]
			}
			want := -1
			for pi := range ps {
				if lx.sameName(ps[pi].nameKeys, keys) {
					want = pi
					break
				}
			}
			got := x.find(ps, keys)
			if got != want {
				t.Fatalf("round %d: find(%q) = %d, want %d; persons %v", round, keys, got, want, ps)
			}
			switch {
			case got < 0:
				ps = append(ps, person{nameKeys: keys})
			case len(keys) > len(ps[got].nameKeys):
				ps[got].nameKeys = keys
				x.grew(ps, got)
			}
		}
	}
}

// TestTitleCandidates checks that every person a title-only mention can
// score against (same organisation, same role of several words, or a role
// the mention's role extends at the same place) is among the candidates.
func TestTitleCandidates(t *testing.T) {
	roles := []string{"فرماندار", "معاون فرماندار", "معاون برنامه ریزی فرماندار", "دادستان", "دادستان عمومی و انقلاب", ""}
	orgs := []string{"فرمانداری شهرستان کوار", "دادسرای کوار", "فرمانداری کوار", ""}
	r := rand.New(rand.NewPCG(5, 6))
	for round := range 50 {
		var x titleIndex
		var pk []roleKeys
		for range 100 {
			pk = append(pk, roleKeysOf(roles[r.IntN(len(roles))], orgs[r.IntN(len(orgs))]))
			if r.IntN(4) == 0 {
				// A person's title changes: indexed again.
				pi := r.IntN(len(pk))
				old := pk[pi]
				pk[pi] = roleKeysOf(roles[r.IntN(len(roles))], orgs[r.IntN(len(orgs))])
				x.candidates(pk, old, false) // indexes the persons added so far
				x.update(pi, old, pk[pi])
			}
			mrole, morg := roles[r.IntN(len(roles))], orgs[r.IntN(len(orgs))]
			mk := roleKeysOf(mrole, morg)
			got := x.candidates(pk, mk, morg != "")
			for pi, k := range pk {
				may := morg != "" && mk.org == k.org ||
					mk.multiword() && mk.role == k.role ||
					morg != "" && extendsWords(mk.words, k.words) && mk.orgLast == k.orgLast
				if may && !slices.Contains(got, pi) {
					t.Fatalf("round %d: mention (%q, %q) may name person %d %+v, not among candidates %v", round, mrole, morg, pi, k, got)
				}
			}
			if !slices.IsSorted(got) {
				t.Fatalf("candidates %v not in order", got)
			}
		}
	}
}

// TestRoleKeys checks roleKeysOf against the word-by-word keys of the role
// and organisation that the comparisons of titles are defined by.
func TestRoleKeys(t *testing.T) {
	roles := []string{"", " ", "فرماندار", "معاون  فرماندار ", "دادستان عمومی و انقلاب", "رئيس\u00a0اداره", "مدیر‌کل امور"}
	orgs := []string{"", "فرمانداری شهرستان کوار", " دادسرای کوار  ", "اداره\tکل"}
	fieldKeys := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(s) {
			out = append(out, NormalizeKey(w))
		}
		return out
	}
	for _, role := range roles {
		for _, org := range orgs {
			k := roleKeysOf(role, org)
			words := fieldKeys(role)
			first, last := "", ""
			if len(words) > 0 {
				first = words[0]
			}
			if o := fieldKeys(org); len(o) > 0 {
				last = o[len(o)-1]
			}
			if k.role != NormalizeKey(role) || k.org != NormalizeKey(org) || k.first() != first || k.orgLast != last || k.multiword() != (len(words) > 1) {
				t.Errorf("roleKeysOf(%q, %q) = %+v; want first %q, last %q, %d words", role, org, k, first, last, len(words))
			}
			for _, short := range roles {
				sw := fieldKeys(short)
				want := len(sw) > 0 && len(words) > len(sw) && slices.Equal(words[:len(sw)], sw)
				if got := extendsWords(k.words, roleKeysOf(short, "").words); got != want {
					t.Errorf("extendsWords(%q, %q) = %v, want %v", role, short, got, want)
				}
			}
		}
	}
}
