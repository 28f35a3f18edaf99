package link_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/link"
	"govwatch/pipeline/dataset"
)

// art is one fixture article: its county, registration date (Gregorian, day of
// November 2018; 0 for none), optional occurrence day, and violation rows.
type art struct {
	code       int
	county     string
	reg, occ   int
	violations []dataset.ViolationRow
	people     []dataset.PersonRow
	oldVersion bool // also store an older version with other rows
}

func nov(day int) time.Time {
	if day == 0 {
		return time.Time{}
	}
	return time.Date(2018, 11, day, 0, 0, 0, 0, time.UTC)
}

func input(arts ...art) link.Input {
	var in link.Input
	for _, a := range arts {
		url := fmt.Sprintf("https://%s.example.ir/News/%d", a.county, a.code)
		id := dataset.ArticleID(url)
		row := dataset.ArticleRow{ArticleID: id, URL: url, SourceID: a.county, Province: "فارس", County: a.county,
			RegisteredDate: nov(a.reg), OccurredDate: nov(a.occ), ContentHash: "h2", FetchedAt: nov(28)}
		in.Articles = append(in.Articles, row)
		if a.oldVersion {
			old := row
			old.ContentHash, old.FetchedAt = "h1", nov(27)
			in.Articles = append(in.Articles, old)
			in.Violations = append(in.Violations, dataset.ViolationRow{ArticleID: id, ContentHash: "h1", ViolationID: "old",
				OfficeType: "bakery", Modality: "reported", Evidence: "کهنه", Start: 0, End: 5})
		}
		for i, v := range a.violations {
			v.ArticleID, v.ContentHash = id, "h2"
			if v.ViolationID == "" {
				v.ViolationID = fmt.Sprintf("%s-%d", id[:6], i)
			}
			in.Violations = append(in.Violations, v)
		}
		for _, p := range a.people {
			p.ArticleID, p.ContentHash = id, "h2"
			in.People = append(in.People, p)
		}
	}
	return in
}

func n32(v int32) *int32 { return &v }

// sealed3 is a clause stating three bakeries sealed.
func sealed3(start int32) dataset.ViolationRow {
	return dataset.ViolationRow{OfficeType: "bakery", Sanction: "sealing", Count: n32(3), Modality: "reported",
		Evidence: "سه نانوایی پلمب شدند.", Start: start, End: start + 20}
}

func TestIncidents(t *testing.T) {
	tests := []struct {
		name string
		in   link.Input
		// want lists, per incident in order, its number of articles and offices.
		wantArticles []int
		wantOffices  []int32
	}{
		{
			name: "one clause with several rows is one incident, its count once",
			in: input(art{code: 1, county: "کوار", reg: 5, violations: []dataset.ViolationRow{
				{OfficeType: "bakery", ViolationType: "overcharging", Sanction: "fine", Count: n32(12), Modality: "reported", Start: 0, End: 30},
				{OfficeType: "bakery", ViolationType: "short_selling", Sanction: "fine", Count: n32(12), Modality: "reported", Start: 0, End: 30},
				{OfficeType: "bakery", ViolationType: "hoarding", Sanction: "sealing", Count: n32(12), Modality: "reported", Start: 0, End: 30},
			}}),
			wantArticles: []int{1}, wantOffices: []int32{12},
		},
		{
			name: "distinct counts in one clause add up",
			in: input(art{code: 1, county: "کوار", reg: 5, violations: []dataset.ViolationRow{
				{OfficeType: "bakery", Sanction: "notice", Count: n32(5), Modality: "reported", Start: 0, End: 30},
				{OfficeType: "fuel_station", Sanction: "notice", Count: n32(3), Modality: "reported", Start: 0, End: 30},
			}}),
			wantArticles: []int{1}, wantOffices: []int32{8},
		},
		{
			name:         "two articles of one county two days apart merge",
			in:           input(art{code: 1, county: "کوار", reg: 5, violations: []dataset.ViolationRow{sealed3(0)}}, art{code: 2, county: "کوار", reg: 7, violations: []dataset.ViolationRow{sealed3(10)}}),
			wantArticles: []int{2}, wantOffices: []int32{3},
		},
		{
			name:         "four days apart do not merge",
			in:           input(art{code: 1, county: "کوار", reg: 5, violations: []dataset.ViolationRow{sealed3(0)}}, art{code: 2, county: "کوار", reg: 9, violations: []dataset.ViolationRow{sealed3(0)}}),
			wantArticles: []int{1, 1}, wantOffices: []int32{3, 3},
		},
		{
			name:         "other county does not merge",
			in:           input(art{code: 1, county: "کوار", reg: 5, violations: []dataset.ViolationRow{sealed3(0)}}, art{code: 2, county: "شیراز", reg: 5, violations: []dataset.ViolationRow{sealed3(0)}}),
			wantArticles: []int{1, 1}, wantOffices: []int32{3, 3},
		},
		{
			name:         "two clauses of one article never merge",
			in:           input(art{code: 1, county: "کوار", reg: 5, violations: []dataset.ViolationRow{sealed3(0), sealed3(40)}}),
			wantArticles: []int{1, 1}, wantOffices: []int32{3, 3},
		},
		{
			name:         "the occurrence date is the event date",
			in:           input(art{code: 1, county: "کوار", reg: 20, occ: 6, violations: []dataset.ViolationRow{sealed3(0)}}, art{code: 2, county: "کوار", reg: 5, violations: []dataset.ViolationRow{sealed3(0)}}),
			wantArticles: []int{2}, wantOffices: []int32{3},
		},
		{
			name:         "only the latest version counts",
			in:           input(art{code: 1, county: "کوار", reg: 5, oldVersion: true, violations: []dataset.ViolationRow{sealed3(0)}}),
			wantArticles: []int{1}, wantOffices: []int32{3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := link.Derive(tt.in)
			var arts []int
			var offices []int32
			for _, r := range res.Incidents {
				arts = append(arts, len(r.ArticleIDs))
				offices = append(offices, r.Offices)
				if len(r.ArticleIDs) != len(r.URLs) {
					t.Errorf("incident %s: %d articles, %d urls", r.IncidentID, len(r.ArticleIDs), len(r.URLs))
				}
			}
			if !slices.Equal(arts, tt.wantArticles) || !slices.Equal(offices, tt.wantOffices) {
				t.Errorf("articles %v offices %v, want %v %v", arts, offices, tt.wantArticles, tt.wantOffices)
			}
		})
	}
}

func TestIncidentTypesAndDates(t *testing.T) {
	in := input(art{code: 1, county: "کوار", reg: 10, violations: []dataset.ViolationRow{
		{OfficeType: "bakery", ViolationType: "overcharging", Sanction: "fine", Modality: "reported", Start: 0, End: 30, Evidence: "روز گذشته یک نانوایی جریمه شد."},
		{OfficeType: "bakery", ViolationType: "hoarding", Sanction: "sealing", Modality: "reported", Start: 0, End: 30, Evidence: "روز گذشته یک نانوایی جریمه شد."},
		{OfficeType: "pharmacy", Modality: "denied", Start: 31, End: 50, Evidence: "در داروخانه‌ها تخلفی دیده نشد."},
	}})
	res := link.Derive(in)
	if len(res.Incidents) != 2 {
		t.Fatalf("%d incidents, want 2", len(res.Incidents))
	}
	r := res.Incidents[0]
	if !slices.Equal(r.ViolationTypes, []string{"overcharging", "hoarding"}) || !slices.Equal(r.Sanctions, []string{"licence_revocation", "sealing", "fine"}[1:]) {
		t.Errorf("types %v sanctions %v", r.ViolationTypes, r.Sanctions)
	}
	if r.DateSource != link.DateRelative || r.EventJalali != "1397/08/18" {
		t.Errorf("date %s from %s, want 1397/08/18 (the day before 19 Aban) from relative", r.EventJalali, r.DateSource)
	}
	if d := res.Incidents[1]; d.Modality != "denied" || d.DateSource != link.DateRegistered || d.Count != nil || d.Offices != 1 {
		t.Errorf("denial: %+v", d)
	}
}

func TestOfficials(t *testing.T) {
	p := func(key, name, role, org string) dataset.PersonRow {
		return dataset.PersonRow{PersonKey: key, Name: name, Role: role, Organization: org}
	}
	const org = "فرمانداری شهرستان کوار"
	in := input(
		art{code: 1, county: "کوار", reg: 3, people: []dataset.PersonRow{p("p1", "حمیدرضا توکلی", "فرماندار", org)},
			violations: []dataset.ViolationRow{{OfficeType: "bakery", Modality: "reported", Speaker: "حمیدرضا توکلی", Start: 0, End: 9}}},
		art{code: 2, county: "کوار", reg: 9, people: []dataset.PersonRow{p("p1", "توکلی", "فرماندار", org), p("p2", "سهام عدالت", "فرماندار", org)}},
		art{code: 3, county: "کوار", reg: 12, people: []dataset.PersonRow{p("p1", "فرماندار", "فرماندار", org)}},
		art{code: 4, county: "کوار", reg: 20, people: []dataset.PersonRow{p("p1", "حمید رضا توکلی", "سرپرست فرمانداری", org)}},
		art{code: 5, county: "کوار", reg: 20, people: []dataset.PersonRow{p("p1", "کوار", "", "")}},
		// The same surname in another county is another person.
		art{code: 6, county: "شیراز", reg: 4, people: []dataset.PersonRow{p("p1", "توکلی", "رئیس", "اداره صنعت")}},
	)
	res := link.Derive(in)
	if len(res.Officials) != 2 {
		for _, o := range res.Officials {
			t.Logf("%s %v", o.Name, o.NameVariants)
		}
		t.Fatalf("%d officials, want 2 (Tavakoli of Kavar, Tavakoli of Shiraz)", len(res.Officials))
	}
	var kavar dataset.OfficialRow
	for _, o := range res.Officials {
		if slices.Equal(o.Counties, []string{"کوار"}) {
			kavar = o
		}
	}
	if kavar.Name != "حمید رضا توکلی" && kavar.Name != "حمیدرضا توکلی" {
		t.Errorf("name %q", kavar.Name)
	}
	if want := []string{"توکلی", "حمید رضا توکلی", "حمیدرضا توکلی"}; !slices.Equal(kavar.NameVariants, want) {
		t.Errorf("variants %v, want %v", kavar.NameVariants, want)
	}
	if len(kavar.ArticleIDs) != 4 || kavar.Mentions != 4 {
		t.Errorf("articles %d mentions %d, want 4 and 4 (full, surname, title, spaced full name)", len(kavar.ArticleIDs), kavar.Mentions)
	}
	if len(kavar.Roles) != 2 || kavar.Roles[0].Role != "فرماندار" || kavar.Roles[0].Articles != 3 ||
		!kavar.Roles[0].FirstSeen.Equal(nov(3)) || !kavar.Roles[0].LastSeen.Equal(nov(12)) {
		t.Errorf("roles %+v", kavar.Roles)
	}
	if kavar.Incidents != 1 || len(res.Incidents) != 1 || res.Incidents[0].SpeakerID != kavar.PersonID {
		t.Errorf("the incident's speaker is not the official: %d incidents, speaker_id %q", kavar.Incidents, res.Incidents[0].SpeakerID)
	}
}

func TestDeriveDeterministic(t *testing.T) {
	in := input(art{code: 1, county: "کوار", reg: 5, violations: []dataset.ViolationRow{sealed3(0), sealed3(40)}},
		art{code: 2, county: "کوار", reg: 6, violations: []dataset.ViolationRow{sealed3(0)}})
	a := link.Derive(in)
	slices.Reverse(in.Violations)
	slices.Reverse(in.Articles)
	b := link.Derive(in)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("the order of the input rows changes the result:\n%s", diff)
	}
}
