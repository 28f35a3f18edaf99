package transform

import "encoding/json"

// Report is the JSON shape of an analysis that `govwatch analyze` prints.
// Unknown values are null. Offsets are runes into the analysed body.
type Report struct {
	Title      string            `json:"title"`
	Registered *ReportDate       `json:"registered"`
	Occurred   *ReportDate       `json:"occurred"`
	EventDate  *ReportDate       `json:"event_date"`
	County     *string           `json:"county"`
	People     []ReportPerson    `json:"people"`
	Violations []ReportViolation `json:"violations"`
	Quotes     []ReportQuote     `json:"quotes"`
	Version    string            `json:"extractor_version"`
	// Truncated is Analysis.Truncated: the article was longer than one
	// analysis reads, and the results come from its first part. Absent
	// when false.
	Truncated bool `json:"truncated,omitempty"`
}

// ReportDate is a date in a Report: the Jalali date ("1397/08/15") and the
// Gregorian day ("2018-11-06").
type ReportDate struct {
	Jalali string `json:"jalali"`
	Date   string `json:"date"`
}

// ReportPerson is a person in a Report.
type ReportPerson struct {
	Name         string          `json:"name"`
	Role         *string         `json:"role"`
	Organization *string         `json:"organization"`
	Mentions     []ReportMention `json:"mentions"`
}

// ReportMention is a mention in a Report.
type ReportMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

// ReportViolation is a violation mention in a Report.
type ReportViolation struct {
	OfficeType    string   `json:"office_type"`
	OfficeLabel   string   `json:"office_label"`
	ViolationType *string  `json:"violation_type"`
	Sanction      *string  `json:"sanction"`
	Sanctions     []string `json:"sanctions"`
	Count         *int     `json:"count"`
	Modality      string   `json:"modality"`
	Place         *string  `json:"place"`
	Speaker       *string  `json:"speaker"`
	Evidence      string   `json:"evidence"`
	Start         int      `json:"start"`
	End           int      `json:"end"`
}

// ReportQuote is a quote in a Report.
type ReportQuote struct {
	Speaker *string `json:"speaker"`
	Text    string  `json:"text"`
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func reportDate(d *DateInfo) *ReportDate {
	if d == nil {
		return nil
	}
	return &ReportDate{Jalali: d.Jalali, Date: d.Date.Format("2006-01-02")}
}

// Report returns the JSON shape of a. Empty lists are empty arrays, not null.
func (a Analysis) Report() Report {
	r := Report{
		Title:      a.Title,
		Registered: reportDate(a.Registered),
		Occurred:   reportDate(a.Occurred),
		EventDate:  reportDate(a.EventDate),
		County:     strOrNil(a.County),
		People:     []ReportPerson{},
		Violations: []ReportViolation{},
		Quotes:     []ReportQuote{},
		Version:    a.Version,
		Truncated:  a.Truncated,
	}
	for _, p := range a.People {
		rp := ReportPerson{Name: p.Name, Role: strOrNil(p.Role), Organization: strOrNil(p.Organization), Mentions: []ReportMention{}}
		for _, m := range p.Mentions {
			rp.Mentions = append(rp.Mentions, ReportMention{Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind})
		}
		r.People = append(r.People, rp)
	}
	for _, v := range a.Violations {
		rv := ReportViolation{
			OfficeType: v.OfficeType, OfficeLabel: v.OfficeLabel,
			ViolationType: strOrNil(v.ViolationType), Sanction: strOrNil(v.Sanction),
			Sanctions: append([]string{}, v.Sanctions...),
			Modality:  v.Modality, Place: strOrNil(v.Place), Speaker: strOrNil(v.Speaker),
			Evidence: v.Evidence, Start: v.Start, End: v.End,
		}
		if v.Count > 0 {
			c := v.Count
			rv.Count = &c
		}
		r.Violations = append(r.Violations, rv)
	}
	for _, q := range a.Quotes {
		r.Quotes = append(r.Quotes, ReportQuote{Speaker: strOrNil(q.Speaker), Text: q.Text})
	}
	return r
}

// JSON returns the Report of a as indented JSON.
func (a Analysis) JSON() ([]byte, error) {
	return json.MarshalIndent(a.Report(), "", "  ")
}
