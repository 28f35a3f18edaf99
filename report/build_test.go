package report_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/report"
)

func sanctions(lr, seal, susp, ref, fine, notice int) []report.CodeCount {
	return []report.CodeCount{{"licence_revocation", lr}, {"sealing", seal}, {"suspension", susp},
		{"referral", ref}, {"fine", fine}, {"notice", notice}}
}

func TestBuildFigures(t *testing.T) {
	ds := openFixture(t)
	tests := []struct {
		name       string
		period     string
		scope      string
		cur, prior report.Figures
		empty      bool
	}{
		{
			name: "month all", period: "1397-08", scope: "",
			cur: report.Figures{Articles: 4, ArticlesWithMentions: 3, Reported: 4, Conditional: 2, Denied: 1,
				Sanctions: sanctions(1, 1, 0, 1, 1, 0), Counties: 3},
			prior: report.Figures{Articles: 2, ArticlesWithMentions: 2, Reported: 2, Conditional: 0, Denied: 1,
				Sanctions: sanctions(0, 1, 0, 0, 1, 0), Counties: 2},
		},
		{
			name: "county with Arabic kaf", period: "1397-08", scope: "county=كوار",
			cur: report.Figures{Articles: 2, ArticlesWithMentions: 1, Reported: 1, Conditional: 1,
				Sanctions: sanctions(1, 0, 0, 0, 0, 0), Counties: 1},
			prior: report.Figures{Sanctions: sanctions(0, 0, 0, 0, 0, 0)},
		},
		{
			name: "province", period: "1397-08", scope: "province=فارس",
			cur: report.Figures{Articles: 3, ArticlesWithMentions: 2, Reported: 3, Conditional: 1, Denied: 1,
				Sanctions: sanctions(1, 1, 0, 0, 1, 0), Counties: 2},
			prior: report.Figures{Articles: 1, ArticlesWithMentions: 1, Reported: 2,
				Sanctions: sanctions(0, 1, 0, 0, 1, 0), Counties: 1},
		},
		{
			name: "next month gets the corrected date", period: "1397-09", scope: "",
			cur: report.Figures{Articles: 2, ArticlesWithMentions: 2, Reported: 2,
				Sanctions: sanctions(0, 0, 0, 0, 1, 1), Counties: 2},
			prior: report.Figures{Articles: 4, ArticlesWithMentions: 3, Reported: 4, Conditional: 2, Denied: 1,
				Sanctions: sanctions(1, 1, 0, 1, 1, 0), Counties: 3},
		},
		{
			name: "week", period: "1397-W34", scope: "",
			// 1397-W34 is 1397/08/12..1397/08/18: article 1 only.
			cur: report.Figures{Articles: 1, ArticlesWithMentions: 1, Reported: 1, Conditional: 1,
				Sanctions: sanctions(1, 0, 0, 0, 0, 0), Counties: 1},
			prior: report.Figures{Sanctions: sanctions(0, 0, 0, 0, 0, 0)},
		},
		{
			name: "gregorian range", period: "2018-10-23..2018-10-31", scope: "",
			// 1397/08/01..1397/08/09: article 2; the nine days before hold article 6.
			cur: report.Figures{Articles: 1, ArticlesWithMentions: 1, Reported: 2, Denied: 1,
				Sanctions: sanctions(0, 1, 0, 0, 1, 0), Counties: 1},
			prior: report.Figures{Articles: 1, ArticlesWithMentions: 1, Denied: 1,
				Sanctions: sanctions(0, 0, 0, 0, 0, 0), Counties: 1},
		},
		{
			name: "empty month", period: "1397-11", scope: "", empty: true,
			cur:   report.Figures{Sanctions: sanctions(0, 0, 0, 0, 0, 0)},
			prior: report.Figures{Sanctions: sanctions(0, 0, 0, 0, 0, 0)},
		},
		{
			name: "county without articles", period: "1397-08", scope: "county=تهران", empty: true,
			cur:   report.Figures{Sanctions: sanctions(0, 0, 0, 0, 0, 0)},
			prior: report.Figures{Sanctions: sanctions(0, 0, 0, 0, 0, 0)},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := report.ParseScope(tc.scope)
			if err != nil {
				t.Fatal(err)
			}
			s, err := report.Build(t.Context(), ds, report.Options{Period: mustPeriod(t, tc.period), Scope: sc})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.cur, s.Current); diff != "" {
				t.Errorf("current figures (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.prior, s.Prior); diff != "" {
				t.Errorf("previous figures (-want +got):\n%s", diff)
			}
			if s.Empty != tc.empty {
				t.Errorf("Empty = %v, want %v", s.Empty, tc.empty)
			}
			if s.DataVersion != "run-20181130-b" {
				t.Errorf("DataVersion = %q, want the latest run", s.DataVersion)
			}
		})
	}
}

func TestBuildTablesAndLists(t *testing.T) {
	ds := openFixture(t)
	s, err := report.Build(t.Context(), ds, report.Options{Period: mustPeriod(t, "1397-08")})
	if err != nil {
		t.Fatal(err)
	}
	wantOC := []report.OfficeCountyRow{
		{Province: "بوشهر", County: "دشتستان", OfficeType: "fuel_station", Reported: 1},
		{Province: "بوشهر", County: "دشتستان", OfficeType: "guild_shop", Conditional: 1},
		{Province: "فارس", County: "شیراز", OfficeType: "bakery", Reported: 2},
		{Province: "فارس", County: "شیراز", OfficeType: "pharmacy", Denied: 1},
		{Province: "فارس", County: "کوار", OfficeType: "government_counter", Reported: 1},
		{Province: "فارس", County: "کوار", OfficeType: "rural_ict", Conditional: 1},
	}
	if diff := cmp.Diff(wantOC, s.ByOfficeCounty); diff != "" {
		t.Errorf("ByOfficeCounty (-want +got):\n%s", diff)
	}
	wantSan := []report.SanctionRow{
		{OfficeType: "government_counter", Imposed: []int{1, 0, 0, 0, 0, 0}},
		{OfficeType: "rural_ict", Imposed: []int{0, 0, 0, 0, 0, 0}, Warned: 1},
		{OfficeType: "bakery", Imposed: []int{0, 1, 0, 0, 1, 0}},
		{OfficeType: "fuel_station", Imposed: []int{0, 0, 0, 1, 0, 0}},
		{OfficeType: "guild_shop", Imposed: []int{0, 0, 0, 0, 0, 0}, Warned: 1},
	}
	if diff := cmp.Diff(wantSan, s.SanctionsByOffice); diff != "" {
		t.Errorf("SanctionsByOffice (-want +got):\n%s", diff)
	}
	wantOff := []report.Official{
		{Name: "علی احمدی", Role: "رئیس اداره صنعت، معدن و تجارت", Organization: "اداره صنعت، معدن و تجارت شیراز", Mentions: 2, Articles: 1},
		{Name: "محمد رضایی", Role: "فرماندار", Organization: "فرمانداری کوار", Mentions: 2, Articles: 1},
		{Name: "حسن کریمی", Role: "فرماندار", Organization: "فرمانداری دشتستان", Mentions: 2, Articles: 1},
	}
	// Sorted by mentions, then name.
	if diff := cmp.Diff(sortedOfficials(wantOff), s.Officials); diff != "" {
		t.Errorf("Officials (-want +got):\n%s", diff)
	}
	if len(s.Items) != 6 {
		t.Fatalf("got %d items, want 6 reported or conditional mentions", len(s.Items))
	}
	first := s.Items[0]
	if first.Date.String() != "1397/08/03" || first.County != "شیراز" || first.Count != 3 || first.Sanction != "sealing" ||
		first.URL != articleURL("shiraz", 2) {
		t.Errorf("first item = %+v, want article 2's sealing of three bakeries", first)
	}
	for _, it := range s.Items {
		if it.URL == articleURL("kavar", 1) && it.Sanction == "sealing" {
			t.Errorf("item %+v is from the superseded version of article 1", it)
		}
		if it.URL == "" || it.Excerpt == "" || it.ViolationID == "" {
			t.Errorf("item %+v lacks its link, excerpt or ID", it)
		}
	}
	// The trend has twelve weeks ending with the week of 1397/08/30.
	if len(s.Trend) != 12 {
		t.Fatalf("trend has %d weeks, want 12", len(s.Trend))
	}
	if last := s.Trend[11].Week; !last.Contains(s.Period.End) {
		t.Errorf("last trend week %v does not hold the period's end", last)
	}
	total := 0
	for _, w := range s.Trend {
		total += w.Reported
	}
	// Mehr's 2, Aban's 4, and article 9's corrected version on 1397/09/02, which
	// shares the last week with the end of Aban.
	if total != 7 {
		t.Errorf("trend total = %d, want 7", total)
	}
	a := s.Appendix
	if diff := cmp.Diff([]report.SourceCount{{"kavar", 2}, {"dashtestan", 1}, {"shiraz", 1}}, a.Sources); diff != "" {
		t.Errorf("Sources (-want +got):\n%s", diff)
	}
	if len(a.Runs) != 2 || a.PagesFetched != 35 || a.PagesFailed != 3 {
		t.Errorf("runs %d, pages %d, failed %d; want 2, 35, 3", len(a.Runs), a.PagesFetched, a.PagesFailed)
	}
	if diff := cmp.Diff([]report.CauseCount{{"http_5xx", 2}, {"parse", 1}}, a.Failures); diff != "" {
		t.Errorf("Failures (-want +got):\n%s", diff)
	}
	if !s.DataTime.Equal(t2) {
		t.Errorf("DataTime = %v, want the latest fetch %v", s.DataTime, t2)
	}
}

func sortedOfficials(o []report.Official) []report.Official {
	// All have two mentions: by name.
	out := append([]report.Official(nil), o...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Name < out[j-1].Name; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func TestBusiestMonth(t *testing.T) {
	ds := openFixture(t)
	p, ok, err := report.BusiestMonth(t.Context(), ds)
	if err != nil || !ok {
		t.Fatalf("BusiestMonth: %v, %v", ok, err)
	}
	if p.String() != "1397-08" {
		t.Errorf("BusiestMonth = %s, want 1397-08", p)
	}
}

func TestParseScope(t *testing.T) {
	tests := []struct {
		in      string
		want    report.Scope
		wantErr bool
	}{
		{in: "", want: report.Scope{}},
		{in: "all", want: report.Scope{}},
		{in: "county=كوار", want: report.Scope{County: "کوار"}},
		{in: " province = فارس ", want: report.Scope{Province: "فارس"}},
		{in: "city=شیراز", wantErr: true},
		{in: "county=", wantErr: true},
		{in: "کوار", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := report.ParseScope(tc.in)
			if tc.wantErr {
				if !errors.Is(err, report.ErrBadScope) {
					t.Fatalf("ParseScope(%q) error = %v, want ErrBadScope", tc.in, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("ParseScope(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestBuildRejectsBadOptions(t *testing.T) {
	ds := openFixture(t)
	for _, o := range []report.Options{{}, {Period: mustPeriod(t, "1397-08"), Lang: "de"}} {
		if _, err := report.Build(t.Context(), ds, o); !errors.Is(err, report.ErrBadOptions) {
			t.Errorf("Build(%+v) error = %v, want ErrBadOptions", o, err)
		}
	}
}
