package report_test

import (
	"errors"
	"slices"
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
	none := report.Figures{Sanctions: sanctions(0, 0, 0, 0, 0, 0)}
	aban := report.Figures{Articles: 4, ArticlesWithIncidents: 3, Incidents: 4, Offices: 7, Warnings: 2, Denials: 1,
		Sanctioned: 4, Sanctions: sanctions(1, 1, 0, 1, 1, 0), Counties: 3, CountiesWithIncidents: 3, Mentions: [3]int{4, 2, 1}}
	mehr := report.Figures{Articles: 2, ArticlesWithIncidents: 2, Incidents: 2, Offices: 2, Denials: 1,
		Sanctioned: 2, Sanctions: sanctions(0, 1, 0, 0, 1, 0), Counties: 2, CountiesWithIncidents: 1, Mentions: [3]int{2, 0, 1}}
	tests := []struct {
		name       string
		period     string
		scope      string
		cur, prior report.Figures
		empty      bool
	}{
		// Aban: article 1's latest version states two revocations (count 2) and a
		// warning; article 2 three bakeries sealed, one fined and a denial (not an
		// incident); article 3 a referral and a warning; article 4 nothing.
		{name: "month all", period: "1397-08", cur: aban, prior: mehr},
		{
			name: "county with Arabic kaf", period: "1397-08", scope: "county=كوار",
			cur: report.Figures{Articles: 2, ArticlesWithIncidents: 1, Incidents: 1, Offices: 2, Warnings: 1, Sanctioned: 1,
				Sanctions: sanctions(1, 0, 0, 0, 0, 0), Counties: 1, CountiesWithIncidents: 1, Mentions: [3]int{1, 1, 0}},
			prior: none,
		},
		{
			name: "week", period: "1397-W34",
			// 1397-W34 is 1397/08/12..1397/08/18: article 1 only.
			cur: report.Figures{Articles: 1, ArticlesWithIncidents: 1, Incidents: 1, Offices: 2, Warnings: 1, Sanctioned: 1,
				Sanctions: sanctions(1, 0, 0, 0, 0, 0), Counties: 1, CountiesWithIncidents: 1, Mentions: [3]int{1, 1, 0}},
			prior: none,
		},
		{name: "empty month", period: "1397-11", empty: true, cur: none, prior: none},
		{name: "county without articles", period: "1397-08", scope: "county=تهران", empty: true, cur: none, prior: none},
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
			// The weeks of the period add up to the period's incidents.
			in := 0
			for _, w := range s.Trend {
				if w.InPeriod {
					in += w.Reported
				}
			}
			if in != s.Current.Incidents {
				t.Errorf("trend weeks of the period sum to %d, the period has %d incidents", in, s.Current.Incidents)
			}
		})
	}
}

func TestBuildTablesAndLists(t *testing.T) {
	ds := openFixture(t)
	s, err := report.Build(t.Context(), ds, report.Options{Period: mustPeriod(t, "1397-08"),
		SourceNames: map[string]string{"kavar": "فرمانداری شهرستان کوار"}})
	if err != nil {
		t.Fatal(err)
	}
	// Ranked by incidents (Fars 3 before Bushehr 1), each province with its
	// subtotal; within Fars, Shiraz (2) before Kavar (1).
	var got []string
	for _, r := range s.Counties {
		if r.Subtotal {
			got = append(got, "Σ"+r.Province)
		} else {
			got = append(got, r.County)
		}
	}
	if want := []string{"شیراز", "کوار", "Σفارس", "دشتستان", "Σبوشهر"}; !cmp.Equal(want, got) {
		t.Errorf("county ranking %v, want %v", got, want)
	}
	if s.Counties[2].Incidents != 3 || s.Counties[2].Offices != 6 || s.Counties[2].Articles != 3 {
		t.Errorf("Fars subtotal %+v, want 3 incidents, 6 offices, 3 articles", s.Counties[2])
	}
	if len(s.Uncovered) != 0 {
		t.Errorf("uncovered %v, want none (every county had articles)", s.Uncovered)
	}
	if len(s.Items) != 6 {
		t.Fatalf("got %d items, want 6 reported or conditional incidents", len(s.Items))
	}
	first := s.Items[0]
	if first.Date.String() != "1397/08/03" || first.County != "شیراز" || len(first.Sources) != 1 || first.Sources[0].URL != articleURL("shiraz", 2) {
		t.Errorf("first item = %+v, want article 2", first)
	}
	for _, it := range s.Items {
		if it.Sources[0].URL == articleURL("kavar", 1) {
			if it.Sources[0].Portal != "فرمانداری شهرستان کوار" || it.Sources[0].Title == "" {
				t.Errorf("source %+v lacks the portal's name or the title", it.Sources[0])
			}
			if slices.Contains(it.Sanctions, "sealing") {
				t.Errorf("item %+v is from the superseded version of article 1", it)
			}
		}
	}
	if len(s.Notable) == 0 || s.Notable[0].Offices != 3 {
		t.Errorf("notable %+v, want the three sealed bakeries first", s.Notable)
	}
	var names []string
	for _, o := range s.Officials {
		names = append(names, o.Name)
	}
	if len(names) != 3 {
		t.Errorf("officials %v, want the three speakers", names)
	}
	a := s.Appendix
	if len(a.Runs) != 2 || a.PagesFetched != 35 || a.PagesFailed != 3 {
		t.Errorf("runs %d, pages %d, failed %d; want 2, 35, 3", len(a.Runs), a.PagesFetched, a.PagesFailed)
	}
	if !a.TablesStored {
		t.Errorf("the incidents table was not stored")
	}
	if !s.DataTime.Equal(t2) {
		t.Errorf("DataTime = %v, want the latest fetch %v", s.DataTime, t2)
	}
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

func TestBuildHistory(t *testing.T) {
	ds := openFixture(t)
	tests := []struct {
		period    string
		last      string // the last period of the history
		first     string
		incidents []int // reported incidents of the last three periods
	}{
		// Twelve months that end with Aban: Mehr has two reported incidents,
		// Aban four (the fixture's figures, see TestBuildFigures).
		{period: "1397-08", first: "1396-09", last: "1397-08", incidents: []int{0, 2, 4}},
		// A range of more than two months is shown by months: those that end
		// with the month of its last day.
		{period: "1397-07-01..1397-09-30", first: "1396-10", last: "1397-09", incidents: []int{2, 4, 2}},
		// A week: twelve weeks (W32 holds article 2's two incidents, W33 none:
		// article 9's first version there was superseded).
		{period: "1397-W34", first: "1397-W23", last: "1397-W34", incidents: []int{2, 0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.period, func(t *testing.T) {
			s, err := report.Build(t.Context(), ds, report.Options{Period: mustPeriod(t, tc.period)})
			if err != nil {
				t.Fatal(err)
			}
			h := s.History
			if len(h) != report.HistoryPeriods {
				t.Fatalf("history has %d periods, want %d", len(h), report.HistoryPeriods)
			}
			if got := h[0].Period.String(); got != tc.first {
				t.Errorf("history starts with %s, want %s", got, tc.first)
			}
			if got := h[len(h)-1].Period.String(); got != tc.last {
				t.Errorf("history ends with %s, want %s", got, tc.last)
			}
			var got []int
			for _, pc := range h[len(h)-3:] {
				got = append(got, pc.Incidents)
			}
			if !cmp.Equal(got, tc.incidents) {
				t.Errorf("reported incidents of the last three periods %v, want %v", got, tc.incidents)
			}
			// By office type, an incident counts under each of its types: at
			// least as many as the incidents.
			last := h[len(h)-1]
			sum := 0
			for _, n := range last.ByOffice {
				sum += n
			}
			if sum < last.Incidents || last.Sanctioned > last.Incidents {
				t.Errorf("last period: %d incidents, %d by office type, %d sanctioned", last.Incidents, sum, last.Sanctioned)
			}
			if h[0].Covered {
				t.Errorf("%s is covered, but the fixture has no article before 1397-07", h[0].Period)
			}
		})
	}
}
