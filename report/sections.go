package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"

	"govwatch/link"
	"govwatch/transform"
)

// sep joins list items in the document's language.
func (l lang) sep() string {
	if l.fa {
		return "، "
	}
	return ", "
}

// f1 formats v with one decimal, with the Persian decimal separator in Persian.
func (l lang) f1(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if l.fa {
		s = strings.Replace(s, ".", "٫", 1)
	}
	return l.digits(s)
}

func (l lang) f3(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	if l.fa {
		s = strings.Replace(s, ".", "٫", 1)
	}
	return l.digits(s)
}

func (l lang) pct(num, den int) string {
	if den == 0 {
		return "–"
	}
	s := l.digits(strconv.Itoa((num*100 + den/2) / den))
	if l.fa {
		return s + "٪"
	}
	return s + "%"
}

func (l lang) codes(list []transform.Code, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = codeLabel(list, c, l.fa)
	}
	return strings.Join(out, l.sep())
}

// bullet draws one summary sentence with a bullet in the reading direction.
func (d *doc) bullet(s string) {
	d.paragraph("• "+s, "", 10, 6, colInk)
}

// highlights returns the summary sentences of the first page, made from the
// figures of the Summary so that they agree with the tables.
func (d *doc) highlights() []string {
	l, x, s := d.l, d.l.x, d.s
	c, p := s.Current, s.Prior
	var out []string
	if c.Incidents == 0 {
		out = append(out, x.sumNoIncidents)
	} else {
		out = append(out, fmt.Sprintf(x.sumLead, l.period(s.Period), l.n(c.Incidents), l.n(c.Offices), l.n(c.CountiesWithIncidents)))
	}
	if s.Previous.Valid() {
		out = append(out, fmt.Sprintf(x.sumPrev, l.n(p.Incidents), l.n(p.Offices), l.delta(c.Incidents, p.Incidents)))
	}
	out = append(out, fmt.Sprintf(x.sumAvg, l.f1(s.Average6), l.f1(s.Average6Offices)))
	if c.Warnings+c.Denials > 0 {
		out = append(out, fmt.Sprintf(x.sumWarn, l.n(c.Warnings), l.n(c.Denials)))
	}
	if len(s.Rises) > 0 {
		var parts []string
		for _, r := range s.Rises {
			parts = append(parts, fmt.Sprintf(x.risesPair, l.place(r.County), l.n(r.Prior), l.n(r.Current)))
		}
		out = append(out, fmt.Sprintf(x.sumRise, strings.Join(parts, l.sep())))
	} else if c.Incidents > 0 {
		var parts []string
		for _, r := range s.Counties {
			if !r.Subtotal && r.Incidents > 0 && len(parts) < 3 {
				parts = append(parts, l.place(r.County)+" ("+l.n(r.Incidents)+")")
			}
		}
		out = append(out, fmt.Sprintf(x.sumTop, strings.Join(parts, l.sep())))
	}
	var sev []string
	for _, sc := range c.Sanctions {
		if sc.Count > 0 && len(sev) < 3 {
			sev = append(sev, l.sanction(sc.Code)+" ("+l.n(sc.Count)+")")
		}
	}
	if len(sev) > 0 {
		out = append(out, fmt.Sprintf(x.sumSevere, strings.Join(sev, l.sep())))
	}
	if s.EarlierWarnings > 0 {
		out = append(out, fmt.Sprintf(x.sumFollow, l.n(len(s.FollowUps)), l.n(s.EarlierWarnings), l.n(FollowUpDays)))
	}
	for _, it := range s.Notable {
		out = append(out, fmt.Sprintf(x.sumNotable, d.notableText(it)))
	}
	return out
}

// notableText describes one incident in a line: date, county, offices, office
// types, sanctions, source.
func (d *doc) notableText(it Item) string {
	l := d.l
	sanc := ""
	if len(it.Sanctions) > 0 {
		sanc = " (" + l.codes(transform.Sanctions, it.Sanctions) + ")"
	}
	src := ""
	if len(it.Sources) > 0 {
		src = l.sourceText(it.Sources[0])
	}
	return fmt.Sprintf(l.x.notableLine, l.date(it.Date), orNone(l.place(it.County), l.unknownCounty), l.n(it.Offices),
		l.codes(transform.OfficeTypes, it.OfficeTypes), sanc, src)
}

// sourceText is how a source reads in print: the portal's name and the title
// (which stays Persian in English: it is quoted, not translated).
func (l lang) sourceText(s Source) string {
	portal := l.body(s.Portal)
	switch {
	case portal != "" && s.Title != "":
		return portal + ": «" + s.Title + "»"
	case s.Title != "":
		return "«" + s.Title + "»"
	case portal != "":
		return portal
	}
	return s.URL
}

func (d *doc) kpis() {
	l, x := d.l, d.l.x
	d.section(l.secKPI, 80, true)
	cols := []column{{head: l.figure, w: 70}, {head: l.current, w: 26, num: true}, {head: l.previous, w: 26, num: true},
		{head: l.change, w: 30, num: true}, {head: x.avg6, w: 28, num: true}}
	cur, prev := d.s.Current, d.s.Prior
	row := func(label string, a, b int, avg string) []cell {
		return []cell{{text: label}, {text: l.n(a), bold: true}, {text: l.n(b)}, {text: l.delta(a, b)}, {text: avg}}
	}
	rows := [][]cell{
		row(x.kIncidents, cur.Incidents, prev.Incidents, l.f1(d.s.Average6)),
		row(x.kOffices, cur.Offices, prev.Offices, l.f1(d.s.Average6Offices)),
		row(x.kSanctioned, cur.Sanctioned, prev.Sanctioned, ""),
		row(x.kUnsanctioned, cur.Incidents-cur.Sanctioned, prev.Incidents-prev.Sanctioned, ""),
		{{text: x.kRate}, {text: l.pct(cur.Sanctioned, cur.Incidents), bold: true}, {text: l.pct(prev.Sanctioned, prev.Incidents)}, {}, {}},
		row(x.kWarnings, cur.Warnings, prev.Warnings, ""),
		row(x.kDenials, cur.Denials, prev.Denials, ""),
		row(l.kArticles, cur.Articles, prev.Articles, ""),
		row(x.kArticlesWith, cur.ArticlesWithIncidents, prev.ArticlesWithIncidents, ""),
		row(l.kCounties, cur.Counties, prev.Counties, ""),
	}
	for i, sc := range cur.Sanctions {
		p := 0
		if i < len(prev.Sanctions) {
			p = prev.Sanctions[i].Count
		}
		rows = append(rows, row(l.kSanctionPrefix+l.sanction(sc.Code), sc.Count, p, ""))
	}
	d.table(cols, rows, -1)
	d.pdf.Ln(2)
	d.paragraph(l.prevPeriodLabel+": "+l.period(d.s.Previous)+" ("+l.gregorianPeriod(d.s.Previous)+")", "", 8.5, 5, colMuted)
}

func (d *doc) countyTable() {
	l, x := d.l, d.l.x
	d.section(x.secCounties, 40, false)
	if len(d.s.Counties) == 0 {
		d.paragraph(l.noRows, "", 10, 6, colMuted)
	} else {
		cols := []column{{head: l.no, w: 10, num: true}, {head: l.county, w: 32}, {head: l.province, w: 28},
			{head: x.incidents, w: 22, num: true}, {head: x.offices, w: 20, num: true}, {head: x.warnings, w: 20, num: true},
			{head: x.denials, w: 22, num: true}, {head: x.articlesRead, w: 26, num: true}}
		var rows [][]cell
		var t CountyRow
		k := 0
		for _, r := range d.s.Counties {
			if r.Subtotal {
				rows = append(rows, []cell{{}, {text: fmt.Sprintf(x.subtotal, l.place(r.Province)), bold: true}, {},
					{text: l.n(r.Incidents), bold: true}, {text: l.n(r.Offices), bold: true}, {text: l.n(r.Warnings), bold: true},
					{text: l.n(r.Denials), bold: true}, {text: l.n(r.Articles), bold: true}})
				continue
			}
			k++
			rows = append(rows, []cell{{text: l.n(k)}, {text: orNone(l.place(r.County), l.unknownCounty)}, {text: l.place(r.Province)},
				{text: l.n(r.Incidents), bold: true}, {text: l.n(r.Offices)}, {text: l.n(r.Warnings)}, {text: l.n(r.Denials)}, {text: l.n(r.Articles)}})
			t.Incidents += r.Incidents
			t.Offices += r.Offices
			t.Warnings += r.Warnings
			t.Denials += r.Denials
			t.Articles += r.Articles
			d.pdf.Bookmark(orNone(l.place(r.County), l.unknownCounty), 1, -1)
		}
		rows = append(rows, []cell{{}, {text: l.total, bold: true}, {}, {text: l.n(t.Incidents), bold: true}, {text: l.n(t.Offices), bold: true},
			{text: l.n(t.Warnings), bold: true}, {text: l.n(t.Denials), bold: true}, {text: l.n(t.Articles), bold: true}})
		d.table(cols, rows, len(rows)-1)
	}
	d.ensure(16)
	d.pdf.Ln(3)
	d.paragraph(x.secUncovered, "B", 10, 6, colAccent)
	if len(d.s.Uncovered) == 0 {
		d.paragraph(x.uncoveredNone, "", 9, 5.5, colMuted)
	} else {
		names := make([]string, len(d.s.Uncovered))
		for i, c := range d.s.Uncovered {
			names[i] = l.place(c)
		}
		d.paragraph(strings.Join(names, l.sep()), "", 9, 5.5, colInk)
	}
}

func (d *doc) officeTable() {
	l, x := d.l, d.l.x
	d.section(l.secOffice, 40, false)
	if len(d.s.ByOffice) == 0 {
		d.paragraph(l.noRows, "", 10, 6, colMuted)
		return
	}
	cols := []column{{head: l.officeType, w: 44}, {head: x.incidents, w: 20, num: true}, {head: x.offices, w: 18, num: true},
		{head: x.sanctioned, w: 22, num: true}, {head: x.unsanctioned, w: 22, num: true}, {head: x.rate, w: 16, num: true},
		{head: x.warnings, w: 20, num: true}, {head: x.denials, w: 18, num: true}}
	var rows [][]cell
	for _, r := range d.s.ByOffice {
		rows = append(rows, []cell{{text: l.office(r.OfficeType)}, {text: l.n(r.Incidents), bold: true}, {text: l.n(r.Offices)},
			{text: l.n(r.Sanctioned)}, {text: l.n(r.Incidents - r.Sanctioned)}, {text: l.pct(r.Sanctioned, r.Incidents)},
			{text: l.n(r.Warnings)}, {text: l.n(r.Denials)}})
	}
	c := d.s.Current
	rows = append(rows, []cell{{text: l.total, bold: true}, {text: l.n(c.Incidents), bold: true}, {text: l.n(c.Offices), bold: true},
		{text: l.n(c.Sanctioned), bold: true}, {text: l.n(c.Incidents - c.Sanctioned), bold: true}, {text: l.pct(c.Sanctioned, c.Incidents), bold: true},
		{text: l.n(c.Warnings), bold: true},
		{text: l.n(c.Denials), bold: true}})
	d.table(cols, rows, len(rows)-1)
	d.pdf.Ln(1)
	d.paragraph(l.x.officeNote(l), "", 8, 5, colMuted)
}

func (x extra) officeNote(l lang) string {
	if l.fa {
		return "رویدادی که درباره چند نوع واحد است زیر هر یک شمرده شده است؛ سطر جمع هر رویداد را یک بار می‌شمارد."
	}
	return "An incident about several office types counts under each; the total row counts each incident once."
}

func (d *doc) sanctionTable() {
	l, x := d.l, d.l.x
	d.section(l.secSanction, 40, false)
	var any bool
	for _, r := range d.s.ByOffice {
		if r.Sanctioned+r.Warnings > 0 {
			any = true
		}
	}
	if !any {
		d.paragraph(l.noRows, "", 10, 6, colMuted)
		return
	}
	cols := []column{{head: l.officeType, w: 36}}
	for _, c := range transform.Sanctions {
		head := l.sanction(c.Code)
		if !l.fa {
			head = sanctionShortEN[c.Code]
		}
		cols = append(cols, column{head: head, w: 18.5, num: true})
	}
	cols = append(cols, column{head: x.sanctioned, w: 15, num: true}, column{head: l.warned, w: 18, num: true})
	var rows [][]cell
	totals := make([]int, len(transform.Sanctions))
	for _, r := range d.s.ByOffice {
		if r.Sanctioned+r.Warnings == 0 {
			continue
		}
		row := []cell{{text: l.office(r.OfficeType)}}
		for i, n := range r.Imposed {
			row = append(row, cell{text: l.n(n)})
			totals[i] += n
		}
		row = append(row, cell{text: l.n(r.Sanctioned), bold: true}, cell{text: l.n(r.Warnings)})
		rows = append(rows, row)
	}
	tr := []cell{{text: l.total, bold: true}}
	for i := range totals {
		tr = append(tr, cell{text: l.n(d.s.Current.Sanctions[i].Count), bold: true})
	}
	tr = append(tr, cell{text: l.n(d.s.Current.Sanctioned), bold: true}, cell{text: l.n(d.s.Current.Warnings), bold: true})
	rows = append(rows, tr)
	d.table(cols, rows, len(rows)-1)
}

func (d *doc) officialsTable() {
	l, x := d.l, d.l.x
	d.section(l.secOfficials, 40, false)
	if len(d.s.Officials) == 0 {
		d.paragraph(l.noOfficials, "", 10, 6, colMuted)
		return
	}
	cols := []column{{head: l.name, w: 40}, {head: l.role, w: 34}, {head: l.organization, w: 60},
		{head: l.county, w: 24}, {head: x.incidents, w: 22, num: true}}
	var rows [][]cell
	n := d.opts.topN()
	for i, o := range d.s.Officials {
		if i == n {
			break
		}
		name := l.person(o.Name)
		if len(o.Variants) > 0 {
			vs := make([]string, len(o.Variants))
			for i, v := range o.Variants {
				vs[i] = l.person(v)
			}
			name += " (" + strings.Join(vs, l.sep()) + ")"
		}
		rows = append(rows, []cell{{text: name}, {text: l.roleName(o.Role)}, {text: l.body(o.Organization)}, {text: l.place(o.County)},
			{text: l.n(o.Incidents), bold: true}})
	}
	d.table(cols, rows, -1)
	if k := len(d.s.Officials) - n; k > 0 {
		d.paragraph(fmt.Sprintf(x.more, l.n(k))+". "+x.moreCSVOfficials(l), "", 9, 5.5, colMuted)
	}
}

func (x extra) moreCSVOfficials(l lang) string {
	if l.fa {
		return "فهرست کامل در پرونده پیوست officials.csv آمده است."
	}
	return "The full list is in the attached file officials.csv."
}

// followUpTable lists the earlier warnings that a reported incident of the
// period followed up.
func (d *doc) followUpTable() {
	l, x := d.l, d.l.x
	d.section(x.secFollow, 40, false)
	if d.s.EarlierWarnings == 0 {
		d.paragraph(fmt.Sprintf(x.followNone, l.n(FollowUpDays)), "", 9, 5.5, colMuted)
		return
	}
	d.paragraph(fmt.Sprintf(x.followIntro, l.n(FollowUpDays), l.n(len(d.s.FollowUps)), l.n(d.s.EarlierWarnings)), "", 8.5, 5, colMuted)
	d.pdf.Ln(1)
	if len(d.s.FollowUps) == 0 {
		return
	}
	cols := []column{{head: l.no, w: 10, num: true}, {head: l.county, w: 20}, {head: l.officeType, w: 28},
		{head: x.followWarned, w: 30}, {head: x.followReported, w: 30}, {head: x.offices, w: 12, num: true}, {head: x.sources, w: 50}}
	var rows [][]cell
	for i, f := range d.s.FollowUps {
		if i == d.opts.topN() {
			break
		}
		warned := l.date(f.WarningDate)
		if len(f.WarningSanctions) > 0 {
			warned += "\n" + l.codes(transform.Sanctions, f.WarningSanctions)
		}
		reported := l.date(f.ReportedDate)
		if len(f.ReportedSanctions) > 0 {
			reported += "\n" + l.codes(transform.Sanctions, f.ReportedSanctions)
		}
		rows = append(rows, []cell{{text: l.n(i + 1)}, {text: l.place(f.County)}, {text: l.codes(transform.OfficeTypes, f.OfficeTypes)},
			{text: warned, small: true}, {text: reported, small: true}, {text: l.n(f.Offices)},
			{text: l.sourceText(f.Reported), link: f.Reported.URL, small: true}})
	}
	d.table(cols, rows, -1)
	if k := len(d.s.FollowUps) - len(rows); k > 0 {
		d.pdf.Ln(1)
		d.paragraph(fmt.Sprintf(x.more, l.n(k))+". "+x.moreFollow, "", 9, 5.5, colMuted)
	}
}

// itemRows returns the table rows of incidents.
func (d *doc) itemRows(its []Item, from int) [][]cell {
	l, x := d.l, d.l.x
	var rows [][]cell
	for i, it := range its {
		vs := l.codes(transform.ViolationTypes, it.ViolationTypes)
		if len(it.Sanctions) > 0 {
			if vs != "" {
				vs += (map[bool]string{true: "؛ ", false: "; "})[l.fa]
			}
			vs += l.codes(transform.Sanctions, it.Sanctions)
		}
		date := l.date(it.Date) + "\n"
		switch it.DateSource {
		case link.DateRegistered:
			date += x.datePub
		case link.DateRelative:
			date += x.dateRel
		default:
			date += x.dateEvent
		}
		src := ""
		link := ""
		if len(it.Sources) > 0 {
			src, link = l.sourceText(it.Sources[0]), it.Sources[0].URL
			if k := len(it.Sources) - 1; k > 0 {
				src += " (" + fmt.Sprintf(x.andMore, l.n(k)) + ")"
			}
		}
		status := l.modality(it.Modality)
		if it.Speaker != "" {
			status += "\n" + l.person(it.Speaker)
		}
		rows = append(rows, []cell{{text: l.n(from + i + 1)}, {text: date, small: true}, {text: orNone(l.place(it.County), l.unknownCounty)},
			{text: l.codes(transform.OfficeTypes, it.OfficeTypes)}, {text: vs}, {text: l.n(it.Offices)}, {text: status},
			{text: it.Excerpt}, {text: src, link: link, small: true}})
	}
	return rows
}

func (d *doc) itemColumns() []column {
	l, x := d.l, d.l.x
	return []column{{head: l.no, w: 10, num: true}, {head: l.dateHead, w: 17, num: true}, {head: l.county, w: 15},
		{head: l.officeType, w: 20}, {head: l.violationSanction, w: 24}, {head: x.offices, w: 10, num: true}, {head: l.status + " / " + x.speaker, w: 20},
		{head: l.excerpt, w: 40, rtl: true, small: true}, {head: x.sources, w: 24}}
}

// topItems returns the items the body lists: the reported ones with most
// offices and most severe sanctions first, then the conditional ones.
func (d *doc) topItems() []Item {
	its := append([]Item(nil), d.s.Items...)
	sortByWeight(its)
	if n := d.opts.topN(); len(its) > n {
		its = its[:n]
	}
	return its
}

func (d *doc) itemsTable() {
	l, x := d.l, d.l.x
	d.section(l.secItems, 40, true)
	if len(d.s.Items) == 0 {
		d.paragraph(l.noItems, "", 10, 6, colMuted)
		return
	}
	top := d.topItems()
	d.table(d.itemColumns(), d.itemRows(top, 0), -1)
	if k := len(d.s.Items) - len(top); k > 0 {
		more := x.moreCSV
		if len(d.s.Items) <= AppendixRows {
			more = x.moreAppendix
		}
		d.pdf.Ln(1)
		d.paragraph(fmt.Sprintf(x.more, l.n(k))+". "+more, "", 9, 5.5, colMuted)
	}
}

func (d *doc) appendix() {
	l, x := d.l, d.l.x
	a := d.s.Appendix
	d.section(l.secAppendix, 60, !d.s.Empty)
	kv := [][2]string{
		{l.pagesFetched, l.num(a.PagesFetched)},
		{l.pagesNotModified, l.num(a.PagesNotModified)},
		{l.pagesFailed, l.num(a.PagesFailed)},
		{l.extractor, orNone(strings.Join(a.ExtractorVersions, ", "), l.noneValue)},
		{l.versionLabel, orNone(d.s.DataVersion, l.noneValue)},
		{l.generatedLabel, l.timestamp(d.s.DataTime, d.opts.location())},
	}
	c := d.s.Current
	kv = append(kv,
		[2]string{x.mentionsHead, l.reported + " " + l.n(c.Mentions[0]) + l.sep() + l.conditional + " " + l.n(c.Mentions[1]) + l.sep() + l.denied + " " + l.n(c.Mentions[2])},
		[2]string{x.merged, l.n(a.Merged)})
	var ds []string
	for _, cc := range a.DateSources {
		lab := map[string]string{link.DateOccurred: x.dateEvent, link.DateRelative: x.dateRel, link.DateRegistered: x.datePub}[cc.Code]
		ds = append(ds, lab+" "+l.n(cc.Count))
	}
	kv = append(kv, [2]string{x.dateSources, strings.Join(ds, l.sep())})
	var rows [][]cell
	for _, p := range kv {
		rows = append(rows, []cell{{text: p[0], bold: true}, {text: p[1]}})
	}
	d.table([]column{{head: "", w: 70}, {head: "", w: 110}}, rows, noHeader)

	sub := func(title string) {
		d.ensure(20)
		d.pdf.Ln(4)
		d.paragraph(title, "B", 11, 7, colAccent)
	}
	tableOrNone := func(title string, cols []column, rows [][]cell) {
		sub(title)
		if len(rows) == 0 {
			d.paragraph(l.noneValue, "", 9.5, 6, colMuted)
			return
		}
		d.table(cols, rows, -1)
	}
	if n := len(d.s.Items); n > len(d.topItems()) && n <= AppendixRows {
		sub(x.secFull)
		d.pdf.Bookmark(x.secFull, 1, -1)
		d.table(d.itemColumns(), d.itemRows(d.s.Items, 0), -1)
	}
	rows = nil
	for _, f := range a.Failures {
		rows = append(rows, []cell{{text: l.cause(f.Cause)}, {text: l.num(f.Count)}})
	}
	tableOrNone(l.failures, []column{{head: l.failures, w: 90}, {head: l.pagesFailed, w: 40, num: true}}, rows)
	rows = nil
	for i, s := range a.Sources {
		if i == d.opts.topN() {
			break
		}
		rows = append(rows, []cell{{text: orNone(l.body(s.Portal), s.SourceID)}, {text: l.n(s.Articles)}})
	}
	tableOrNone(l.sources, []column{{head: l.source, w: 90}, {head: l.articles, w: 40, num: true}}, rows)
	if k := len(a.Sources) - len(rows); k > 0 && len(rows) > 0 {
		d.pdf.Ln(1)
		d.paragraph(fmt.Sprintf(x.moreSources, l.n(k)), "", 9, 5.5, colMuted)
	}
	rows = nil
	for _, r := range a.Runs {
		rows = append(rows, []cell{{text: r.RunID, small: true}, {text: r.Job}, {text: l.runStatus(r.Status)},
			{text: l.timestamp(r.StartedAt, d.opts.location()), small: true},
			{text: l.num(r.PagesFetched)}, {text: l.num(r.PagesNotModified)}, {text: l.num(r.PagesFailed)}})
	}
	tableOrNone(l.runs, []column{{head: l.runID, w: 44}, {head: l.job, w: 22}, {head: l.status, w: 18}, {head: l.started, w: 45},
		{head: l.pagesFetched, w: 17, num: true}, {head: l.pagesNotModified, w: 17, num: true}, {head: l.pagesFailed, w: 17, num: true}}, rows)
	d.pdf.Ln(3)
	notes := []string{x.methodIncidents}
	if ac := d.opts.Accuracy; ac.Extractor != "" {
		withInterval := func(v float64, iv [2]float64) string {
			if iv == ([2]float64{}) {
				return l.f3(v)
			}
			return fmt.Sprintf(x.interval, l.f3(v), l.f3(iv[0]), l.f3(iv[1]))
		}
		text := fmt.Sprintf(x.accuracy, ac.Extractor, l.n(ac.Passages), withInterval(ac.Person, ac.PersonInterval),
			withInterval(ac.PersonRole, ac.PersonRoleInterval), withInterval(ac.OfficeModality, ac.OfficeModalityInterval),
			l.f3(ac.Sanction), l.f3(ac.Modality), l.f3(ac.GeneralPrecision))
		if ac.OfficeModalityCount > 0 {
			// The offices-involved figure sums counts: say how far they hold.
			text += fmt.Sprintf(x.accuracyCount, l.f3(ac.OfficeModalityCount))
		}
		if ac.Labelled > ac.Passages {
			// Only the passages whose texts were at hand were scored:
			// say of how many.
			text += fmt.Sprintf(x.accuracySubset, l.n(ac.Labelled), l.n(ac.Passages))
			if ac.WholePassages > 0 {
				text += fmt.Sprintf(x.accuracyWhole, ac.WholeExtractor, l.n(ac.WholePassages), l.f3(ac.WholePerson),
					l.f3(ac.WholePersonRole), l.f3(ac.WholeOfficeModality))
			}
		}
		notes = append(notes, text)
		if len(ac.ByOffice) > 0 {
			items := make([]string, len(ac.ByOffice))
			for i, o := range ac.ByOffice {
				items[i] = fmt.Sprintf(x.accOfficeItem, l.office(o.OfficeType), l.f3(o.F1), l.n(o.Gold))
			}
			notes = append(notes, fmt.Sprintf(x.accByOffice, strings.Join(items, l.sep())))
		}
		if ac.FreshPassages > 0 {
			notes = append(notes, fmt.Sprintf(x.accuracyFresh, l.n(ac.FreshPassages), l.f3(ac.FreshPerson), l.f3(ac.FreshPersonRole),
				l.f3(ac.FreshOfficeModality)))
		}
	}
	note := x.tablesNote
	if !a.TablesStored {
		note = x.tablesNotStored
	}
	if !d.s.Empty {
		// An empty report has no tables to attach.
		note += " " + x.attachNote
	}
	d.notes(append(notes, note))
}

// status names a run status in the document's language.
func (l lang) runStatus(s string) string {
	if !l.fa {
		return s
	}
	if v, ok := map[string]string{"succeeded": "موفق", "partial": "ناقص", "failed": "ناموفق", "interrupted": "قطع‌شده", "skipped": "ردشده"}[s]; ok {
		return v
	}
	return s
}

// cause names a failure cause in the document's language.
func (l lang) cause(s string) string {
	if !l.fa {
		return s
	}
	if v, ok := map[string]string{"http_5xx": "خطای کارساز (5xx)", "http_4xx": "خطای درخواست (4xx)", "timeout": "پایان مهلت",
		"parse": "خطای خواندن صفحه", "network": "خطای شبکه", "dns": "نام دامنه", "refused": "اتصال ردشده",
		"deadline": "پایان زمان اجرا", "analyze": "خطای تحلیل", "analyze_truncated": "متن بلند (بخشی خوانده شد)"}[s]; ok {
		return v
	}
	return s
}

// attach embeds the period's tables as CSV files in the PDF.
func (d *doc) attach() {
	if d.s.Empty {
		return
	}
	var inc bytes.Buffer
	w := csv.NewWriter(&inc)
	w.Write([]string{"incident_id", "event_jalali", "date_source", "province", "county", "modality", "office_types",
		"violation_types", "sanctions", "count", "offices", "speaker", "evidence", "urls"})
	for _, it := range d.s.Items {
		var urls []string
		for _, s := range it.Sources {
			urls = append(urls, s.URL)
		}
		count := ""
		if it.Count > 0 {
			count = strconv.Itoa(it.Count)
		}
		w.Write([]string{it.IncidentID, it.Date.String(), it.DateSource, it.Province, it.County, it.Modality,
			strings.Join(it.OfficeTypes, " "), strings.Join(it.ViolationTypes, " "), strings.Join(it.Sanctions, " "),
			count, strconv.Itoa(it.Offices), it.Speaker, it.Excerpt, strings.Join(urls, " ")})
	}
	w.Flush()
	var cty bytes.Buffer
	w = csv.NewWriter(&cty)
	w.Write([]string{"province", "county", "subtotal", "incidents", "offices", "warnings", "denials", "articles"})
	for _, r := range d.s.Counties {
		w.Write([]string{r.Province, r.County, strconv.FormatBool(r.Subtotal), strconv.Itoa(r.Incidents), strconv.Itoa(r.Offices),
			strconv.Itoa(r.Warnings), strconv.Itoa(r.Denials), strconv.Itoa(r.Articles)})
	}
	w.Flush()
	var off bytes.Buffer
	w = csv.NewWriter(&off)
	w.Write([]string{"person_id", "name", "name_variants", "role", "organization", "county", "incidents"})
	for _, o := range d.s.Officials {
		w.Write([]string{o.PersonID, o.Name, strings.Join(o.Variants, "|"), o.Role, o.Organization, o.County, strconv.Itoa(o.Incidents)})
	}
	w.Flush()
	var fol bytes.Buffer
	w = csv.NewWriter(&fol)
	w.Write([]string{"province", "county", "office_types", "warning_incident_id", "warning_jalali", "warning_sanctions", "warning_url",
		"reported_incident_id", "reported_jalali", "reported_sanctions", "offices", "reported_url"})
	for _, f := range d.s.FollowUps {
		w.Write([]string{f.Province, f.County, strings.Join(f.OfficeTypes, " "), f.WarningID, f.WarningDate.String(),
			strings.Join(f.WarningSanctions, " "), f.Warning.URL, f.ReportedID, f.ReportedDate.String(),
			strings.Join(f.ReportedSanctions, " "), strconv.Itoa(f.Offices), f.Reported.URL})
	}
	w.Flush()
	var src bytes.Buffer
	w = csv.NewWriter(&src)
	w.Write([]string{"source_id", "portal", "articles"})
	for _, s := range d.s.Appendix.Sources {
		w.Write([]string{s.SourceID, s.Portal, strconv.Itoa(s.Articles)})
	}
	w.Flush()
	d.pdf.SetAttachments([]fpdf.Attachment{
		{Content: inc.Bytes(), Filename: "incidents.csv", Description: "incidents of the period (reported and conditional)"},
		{Content: cty.Bytes(), Filename: "counties.csv", Description: "counties ranked by incidents"},
		{Content: off.Bytes(), Filename: "officials.csv", Description: "officials the incidents are attributed to"},
		{Content: src.Bytes(), Filename: "sources.csv", Description: "articles of the period by source"},
		{Content: fol.Bytes(), Filename: "followups.csv", Description: "earlier warnings followed by a reported incident in the period"},
	})
}
