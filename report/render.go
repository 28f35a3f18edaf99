package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"govwatch/report/fonts"
	"govwatch/report/rtl"
	"govwatch/transform"
)

// Page geometry in millimetres (A4 portrait).
const (
	pageMargin   = 15.0
	headerTop    = 8.0
	contentTop   = 20.0
	footerY      = 284.0
	contentLimit = 278.0
	totalAlias   = "¤¤" // replaced by the page count when the document closes
)

// Colours.
var (
	colInk    = [3]int{33, 37, 41}
	colMuted  = [3]int{108, 117, 125}
	colAccent = [3]int{22, 96, 110}
	colHead   = [3]int{220, 233, 236}
	colZebra  = [3]int{246, 248, 249}
	colRule   = [3]int{200, 205, 210}
	colLink   = [3]int{13, 80, 170}
	colBarIn  = [3]int{22, 96, 110}
	colBarOut = [3]int{160, 196, 204}
)

// Render draws s as a PDF and writes it to w. The bytes depend only on s and
// opts (the PDF's dates are s.DataTime), so the same inputs give the same file.
func Render(w io.Writer, s Summary, opts Options) error {
	if err := opts.validate(); err != nil {
		return err
	}
	d := newDoc(s, opts)
	d.cover()
	if s.Empty {
		d.empty()
	} else {
		d.kpis()
		d.officeTable()
		d.sanctionTable()
		d.trendChart()
		d.officialsTable()
		d.itemsTable()
	}
	d.appendix()
	d.pdf.RegisterAlias(totalAlias, d.l.n(d.pdf.PageNo()))
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	return nil
}

// doc is one report being drawn.
type doc struct {
	pdf         *fpdf.Fpdf
	l           lang
	s           Summary
	opts        Options
	left, right float64
}

func newDoc(s Summary, opts Options) *doc {
	l := newLang(opts.Lang)
	pdf := fpdf.New("P", "mm", "A4", "")
	created := s.DataTime
	if created.IsZero() {
		created = s.Period.GregorianStart(time.UTC)
	}
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.AddUTF8FontFromBytes(fonts.Family, "", fonts.Regular())
	pdf.AddUTF8FontFromBytes(fonts.Family, "B", fonts.Bold())
	pdf.SetMargins(pageMargin, contentTop, pageMargin)
	pdf.SetAutoPageBreak(false, 0)
	title := l.title + " — " + l.period(s.Period)
	pdf.SetTitle(title, true)
	pdf.SetSubject(l.scope(s.Scope)+" — "+s.Period.String(), true)
	pdf.SetAuthor("govwatch", true)
	pdf.SetCreator("govwatch report", true)
	pdf.SetProducer("govwatch (go-pdf/fpdf)", true)
	pdf.SetKeywords("govwatch "+s.Period.String()+" "+s.Scope.String()+" data:"+s.DataVersion, true)
	if l.fa {
		pdf.SetLang("fa-IR")
	} else {
		pdf.SetLang("en")
	}
	d := &doc{pdf: pdf, l: l, s: s, opts: opts, left: pageMargin}
	pw, _ := pdf.GetPageSize()
	d.right = pw - pageMargin
	pdf.SetHeaderFunc(d.header)
	pdf.SetFooterFunc(d.footer)
	return d
}

func (d *doc) width() float64 { return d.right - d.left }

func (d *doc) font(style string, size float64) { d.pdf.SetFont(fonts.Family, style, size) }

func (d *doc) color(c [3]int) { d.pdf.SetTextColor(c[0], c[1], c[2]) }

func (d *doc) fill(c [3]int) { d.pdf.SetFillColor(c[0], c[1], c[2]) }

func (d *doc) draw(c [3]int) { d.pdf.SetDrawColor(c[0], c[1], c[2]) }

// prep wraps s to width w with the current font and returns its lines shaped and
// in display order.
func (d *doc) prep(s string, w float64, rtlDir bool) []string {
	return rtl.PrepareDir(s, w, d.pdf.GetStringWidth, fonts.Has, rtlDir)
}

// line returns s as one drawable line, not wrapped.
func (d *doc) line(s string, rtlDir bool) string {
	return strings.Join(d.prep(s, 1e6, rtlDir), " ")
}

// align returns the alignment of text in the document's direction.
func (d *doc) align() string {
	if d.l.fa {
		return "R"
	}
	return "L"
}

// ensure starts a new page unless h millimetres fit below the current position.
func (d *doc) ensure(h float64) bool {
	if d.pdf.GetY()+h > contentLimit {
		d.pdf.AddPage()
		return true
	}
	return false
}

func (d *doc) header() {
	if d.pdf.PageNo() == 1 {
		return
	}
	pdf := d.pdf
	d.font("", 8)
	d.color(colMuted)
	title := d.line(d.l.title, d.l.fa)
	period := d.line(d.l.period(d.s.Period)+" — "+d.l.scope(d.s.Scope), d.l.fa)
	pdf.SetXY(d.left, headerTop)
	if d.l.fa {
		pdf.CellFormat(d.width(), 5, title, "", 0, "R", false, 0, "")
		pdf.SetXY(d.left, headerTop)
		pdf.CellFormat(d.width(), 5, period, "", 0, "L", false, 0, "")
	} else {
		pdf.CellFormat(d.width(), 5, title, "", 0, "L", false, 0, "")
		pdf.SetXY(d.left, headerTop)
		pdf.CellFormat(d.width(), 5, period, "", 0, "R", false, 0, "")
	}
	d.draw(colAccent)
	pdf.SetLineWidth(0.4)
	pdf.Line(d.left, headerTop+6, d.right, headerTop+6)
	pdf.SetXY(d.left, contentTop)
	d.color(colInk)
}

func (d *doc) footer() {
	pdf := d.pdf
	d.font("", 8)
	d.color(colMuted)
	d.draw(colRule)
	pdf.SetLineWidth(0.2)
	pdf.Line(d.left, footerY-2, d.right, footerY-2)
	txt := d.line(fmt.Sprintf(d.l.page, d.l.n(pdf.PageNo()), totalAlias), d.l.fa)
	pdf.SetXY(d.left, footerY)
	pdf.CellFormat(d.width(), 5, txt, "", 0, "C", false, 0, "")
	ver := d.s.DataVersion
	if ver != "" {
		pdf.SetXY(d.left, footerY)
		al := "L"
		if !d.l.fa {
			al = "R"
		}
		pdf.CellFormat(d.width(), 5, d.line(ver, d.l.fa), "", 0, al, false, 0, "")
	}
	d.color(colInk)
}

// paragraph draws s wrapped to the text width.
func (d *doc) paragraph(s string, style string, size, lh float64, c [3]int) {
	d.paragraphDir(s, style, size, lh, c, d.l.fa)
}

func (d *doc) paragraphDir(s string, style string, size, lh float64, c [3]int, rtlDir bool) {
	d.font(style, size)
	d.color(c)
	al := "L"
	if rtlDir {
		al = "R"
	}
	for _, ln := range d.prep(s, d.width(), rtlDir) {
		d.ensure(lh)
		d.pdf.SetX(d.left)
		d.pdf.CellFormat(d.width(), lh, ln, "", 1, al, false, 0, "")
	}
	d.color(colInk)
}

// section starts a numbered section with a bookmark; if fewer than need
// millimetres are left on the page it starts a new page.
func (d *doc) section(title string, need float64, newPage bool) {
	if newPage || d.pdf.GetY() > contentTop+1 && d.pdf.GetY()+need > contentLimit {
		d.pdf.AddPage()
	} else if d.pdf.GetY() > contentTop+1 {
		d.pdf.Ln(6)
	}
	d.font("B", 13)
	d.pdf.Bookmark(title, 0, -1)
	d.color(colAccent)
	y := d.pdf.GetY()
	d.pdf.SetXY(d.left, y)
	d.pdf.CellFormat(d.width(), 8, d.line(title, d.l.fa), "", 1, d.align(), false, 0, "")
	d.draw(colAccent)
	d.pdf.SetLineWidth(0.6)
	if d.l.fa {
		d.pdf.Line(d.right-30, y+8.5, d.right, y+8.5)
	} else {
		d.pdf.Line(d.left, y+8.5, d.left+30, y+8.5)
	}
	d.pdf.Ln(4)
	d.color(colInk)
}

func (d *doc) cover() {
	pdf := d.pdf
	l := d.l
	pdf.AddPage()
	pw, _ := pdf.GetPageSize()
	d.fill(colAccent)
	pdf.Rect(0, 0, pw, 70, "F")
	d.font("B", 22)
	pdf.SetTextColor(255, 255, 255)
	pdf.Bookmark(l.title, 0, 0)
	pdf.SetY(22)
	for _, ln := range d.prep(l.title, d.width()-10, l.fa) {
		pdf.SetX(d.left)
		pdf.CellFormat(d.width(), 11, ln, "", 1, "C", false, 0, "")
	}
	d.font("", 14)
	pdf.SetX(d.left)
	pdf.CellFormat(d.width(), 9, d.line(l.period(d.s.Period)+" — "+l.scope(d.s.Scope), l.fa), "", 1, "C", false, 0, "")

	// Facts of the report, label and value.
	pdf.SetY(84)
	facts := [][2]string{
		{l.periodLabel, l.period(d.s.Period) + " (" + l.mark() + d.s.Period.String() + ")"},
		{l.gregorianLabel, l.gregorianPeriod(d.s.Period)},
		{l.scopeLabel, l.scope(d.s.Scope)},
		{l.prevPeriodLabel, l.period(d.s.Previous)},
		{l.generatedLabel, l.timestamp(d.s.DataTime, d.opts.location())},
		{l.versionLabel, orNone(d.s.DataVersion, l.noneValue)},
	}
	labelW := 45.0
	for _, f := range facts {
		y := pdf.GetY()
		d.font("B", 11)
		d.color(colMuted)
		lx, vx := d.left, d.left+labelW
		if l.fa {
			lx, vx = d.right-labelW, d.left
		}
		pdf.SetXY(lx, y)
		pdf.CellFormat(labelW, 8, d.line(f[0], l.fa), "", 0, d.align(), false, 0, "")
		d.font("", 11)
		d.color(colInk)
		pdf.SetXY(vx, y)
		pdf.CellFormat(d.width()-labelW, 8, d.line(f[1], l.fa), "", 0, d.align(), false, 0, "")
		d.draw(colRule)
		pdf.SetLineWidth(0.2)
		pdf.Line(d.left, y+8, d.right, y+8)
		pdf.SetY(y + 9)
	}

	// Three headline figures.
	c := d.s.Current
	tiles := [][2]string{
		{l.kArticles, l.n(c.Articles)},
		{l.reported, l.n(c.Reported)},
		{l.kCounties, l.n(c.Counties)},
	}
	y := pdf.GetY() + 12
	tw := (d.width() - 10) / 3
	for i, t := range tiles {
		k := i
		if l.fa {
			k = 2 - i
		}
		x := d.left + float64(k)*(tw+5)
		d.fill(colHead)
		pdf.Rect(x, y, tw, 30, "F")
		d.font("B", 22)
		d.color(colAccent)
		pdf.SetXY(x, y+4)
		pdf.CellFormat(tw, 12, d.line(t[1], l.fa), "", 0, "C", false, 0, "")
		d.font("", 10)
		d.color(colInk)
		pdf.SetXY(x, y+18)
		pdf.CellFormat(tw, 7, d.line(t[0], l.fa), "", 0, "C", false, 0, "")
	}
	pdf.SetY(y + 40)
	d.paragraph(l.intro, "", 10.5, 6.5, colInk)
}

// lrm is LEFT-TO-RIGHT MARK. Put before "1397-08" in Persian text it keeps the
// digits European numbers, so that the hyphen between them does not reverse
// the two halves (rule W2 of the bidi algorithm makes digits after Arabic
// letters Arabic numbers, which a hyphen does not join).
const lrm = "\u200e"

// mark returns lrm in Persian and "" in English.
func (l lang) mark() string {
	if l.fa {
		return lrm
	}
	return ""
}

// sanctionShortEN are short English column heads for the sanctions.
var sanctionShortEN = map[string]string{"licence_revocation": "Revocation", "sealing": "Sealing",
	"suspension": "Suspension", "referral": "Referral", "fine": "Fine", "notice": "Notice"}

func orNone(s, none string) string {
	if s == "" {
		return none
	}
	return s
}

func (d *doc) empty() {
	d.section(d.l.secEmpty, 40, true)
	d.paragraph(d.l.period(d.s.Period)+" — "+d.l.scope(d.s.Scope), "B", 11, 7, colInk)
	d.pdf.Ln(2)
	d.paragraph(d.l.emptyText, "", 11, 7, colInk)
}

func (d *doc) kpis() {
	l := d.l
	d.section(l.secKPI, 80, true)
	cols := []column{{head: l.figure, w: 75}, {head: l.current, w: 32, num: true}, {head: l.previous, w: 32, num: true}, {head: l.change, w: 41, num: true}}
	cur, prev := d.s.Current, d.s.Prior
	row := func(label string, a, b int) []cell {
		return []cell{{text: label}, {text: l.n(a), bold: true}, {text: l.n(b)}, {text: l.delta(a, b)}}
	}
	rows := [][]cell{
		row(l.kArticles, cur.Articles, prev.Articles),
		row(l.kWithMentions, cur.ArticlesWithMentions, prev.ArticlesWithMentions),
		row(l.reported, cur.Reported, prev.Reported),
		row(l.conditional, cur.Conditional, prev.Conditional),
		row(l.denied, cur.Denied, prev.Denied),
	}
	for i, sc := range cur.Sanctions {
		p := 0
		if i < len(prev.Sanctions) {
			p = prev.Sanctions[i].Count
		}
		rows = append(rows, row(l.kSanctionPrefix+l.sanction(sc.Code), sc.Count, p))
	}
	rows = append(rows, row(l.kCounties, cur.Counties, prev.Counties))
	d.table(cols, rows, -1)
	d.pdf.Ln(2)
	d.paragraph(l.prevPeriodLabel+": "+l.period(d.s.Previous)+" ("+l.gregorianPeriod(d.s.Previous)+")", "", 8.5, 5, colMuted)
}

func (d *doc) officeTable() {
	l := d.l
	d.section(l.secOffice, 40, false)
	if len(d.s.ByOfficeCounty) == 0 {
		d.paragraph(l.noRows, "", 10, 6, colMuted)
		return
	}
	cols := []column{{head: l.province, w: 24}, {head: l.county, w: 28}, {head: l.officeType, w: 52},
		{head: l.reported, w: 20, num: true}, {head: l.conditional, w: 20, num: true}, {head: l.denied, w: 18, num: true}, {head: l.total, w: 18, num: true}}
	var rows [][]cell
	var t OfficeCountyRow
	for _, r := range d.s.ByOfficeCounty {
		rows = append(rows, []cell{{text: r.Province}, {text: orNone(r.County, l.unknownCounty)}, {text: l.office(r.OfficeType)},
			{text: l.n(r.Reported)}, {text: l.n(r.Conditional)}, {text: l.n(r.Denied)}, {text: l.n(r.Total()), bold: true}})
		t.Reported += r.Reported
		t.Conditional += r.Conditional
		t.Denied += r.Denied
	}
	rows = append(rows, []cell{{text: l.total, bold: true}, {}, {}, {text: l.n(t.Reported), bold: true},
		{text: l.n(t.Conditional), bold: true}, {text: l.n(t.Denied), bold: true}, {text: l.n(t.Total()), bold: true}})
	d.table(cols, rows, len(rows)-1)
}

func (d *doc) sanctionTable() {
	l := d.l
	d.section(l.secSanction, 40, false)
	if len(d.s.SanctionsByOffice) == 0 {
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
	cols = append(cols, column{head: l.total, w: 15, num: true}, column{head: l.warned, w: 18, num: true})
	var rows [][]cell
	totals := make([]int, len(transform.Sanctions)+2)
	for _, r := range d.s.SanctionsByOffice {
		row := []cell{{text: l.office(r.OfficeType)}}
		for i, n := range r.Imposed {
			row = append(row, cell{text: l.n(n)})
			totals[i] += n
		}
		row = append(row, cell{text: l.n(r.TotalImposed()), bold: true}, cell{text: l.n(r.Warned)})
		totals[len(totals)-2] += r.TotalImposed()
		totals[len(totals)-1] += r.Warned
		rows = append(rows, row)
	}
	tr := []cell{{text: l.total, bold: true}}
	for _, n := range totals {
		tr = append(tr, cell{text: l.n(n), bold: true})
	}
	rows = append(rows, tr)
	d.table(cols, rows, len(rows)-1)
	d.pdf.Ln(1)
	d.paragraph(l.method, "", 8, 5, colMuted)
}

func (d *doc) officialsTable() {
	l := d.l
	d.section(l.secOfficials, 40, false)
	if len(d.s.Officials) == 0 {
		d.paragraph(l.noOfficials, "", 10, 6, colMuted)
		return
	}
	cols := []column{{head: l.name, w: 42}, {head: l.role, w: 48}, {head: l.organization, w: 56},
		{head: l.mentions, w: 17, num: true}, {head: l.articles, w: 17, num: true}}
	var rows [][]cell
	for _, o := range d.s.Officials {
		rows = append(rows, []cell{{text: o.Name}, {text: o.Role}, {text: o.Organization}, {text: l.n(o.Mentions), bold: true}, {text: l.n(o.Articles)}})
	}
	d.table(cols, rows, -1)
}

func (d *doc) itemsTable() {
	l := d.l
	d.section(l.secItems, 40, true)
	if len(d.s.Items) == 0 {
		d.paragraph(l.noItems, "", 10, 6, colMuted)
		return
	}
	cols := []column{{head: l.no, w: 10, num: true}, {head: l.dateHead, w: 19, num: true}, {head: l.county, w: 18},
		{head: l.officeType, w: 24}, {head: l.violationSanction, w: 28}, {head: l.status, w: 18},
		{head: l.excerpt, w: 49, rtl: true, small: true}, {head: l.source, w: 14}}
	var rows [][]cell
	for i, it := range d.s.Items {
		vs := ""
		if it.ViolationType != "" {
			vs = l.violationType(it.ViolationType)
		}
		if it.Sanction != "" {
			if vs != "" {
				vs += (map[bool]string{true: "؛ ", false: "; "})[l.fa]
			}
			vs += l.sanction(it.Sanction)
		}
		if it.Count > 0 {
			vs += " (" + fmt.Sprintf(l.cases, l.n(it.Count)) + ")"
		}
		rows = append(rows, []cell{{text: l.n(i + 1)}, {text: l.date(it.Date)}, {text: orNone(it.County, l.unknownCounty)},
			{text: l.office(it.OfficeType)}, {text: vs}, {text: l.modality(it.Modality)},
			{text: it.Excerpt}, {text: l.link, link: it.URL}})
	}
	d.table(cols, rows, -1)
}

func (d *doc) appendix() {
	l := d.l
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
	var rows [][]cell
	for _, p := range kv {
		rows = append(rows, []cell{{text: p[0], bold: true}, {text: p[1]}})
	}
	d.table([]column{{head: "", w: 60}, {head: "", w: 120}}, rows, -2)

	sub := func(title string) {
		d.ensure(20)
		d.pdf.Ln(4)
		d.paragraph(title, "B", 11, 7, colAccent)
	}
	// tableOrNone draws a subsection's table, or says there is nothing to show.
	tableOrNone := func(title string, cols []column, rows [][]cell) {
		sub(title)
		if len(rows) == 0 {
			d.paragraph(l.noneValue, "", 9.5, 6, colMuted)
			return
		}
		d.table(cols, rows, -1)
	}
	rows = nil
	for _, f := range a.Failures {
		rows = append(rows, []cell{{text: f.Cause}, {text: l.num(f.Count)}})
	}
	tableOrNone(l.failures, []column{{head: l.failures, w: 90}, {head: l.pagesFailed, w: 40, num: true}}, rows)
	rows = nil
	for _, s := range a.Sources {
		rows = append(rows, []cell{{text: s.SourceID}, {text: l.n(s.Articles)}})
	}
	tableOrNone(l.sources, []column{{head: l.source, w: 90}, {head: l.articles, w: 40, num: true}}, rows)
	rows = nil
	for _, r := range a.Runs {
		rows = append(rows, []cell{{text: r.RunID, small: true}, {text: r.Job}, {text: r.Status},
			{text: l.timestamp(r.StartedAt, d.opts.location()), small: true},
			{text: l.num(r.PagesFetched)}, {text: l.num(r.PagesNotModified)}, {text: l.num(r.PagesFailed)}})
	}
	tableOrNone(l.runs, []column{{head: l.runID, w: 44}, {head: l.job, w: 22}, {head: l.status, w: 18}, {head: l.started, w: 45},
		{head: l.pagesFetched, w: 17, num: true}, {head: l.pagesNotModified, w: 17, num: true}, {head: l.pagesFailed, w: 17, num: true}}, rows)
	d.pdf.Ln(3)
	d.paragraph(l.method, "", 8.5, 5.2, colMuted)
}
