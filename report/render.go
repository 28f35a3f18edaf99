package report

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/go-pdf/fpdf"

	"govwatch/report/fonts"
	"govwatch/report/rtl"
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
		d.countyTable()
		d.officeTable()
		d.sanctionTable()
		d.trendChart()
		d.multiples()
		d.officialsTable()
		d.followUpTable()
		d.itemsTable()
	}
	d.appendix()
	d.attach()
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
	// logical maps each prepared line, as drawn, to its text in logical order.
	logical map[string]string
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
	d := &doc{pdf: pdf, l: l, s: s, opts: opts, left: pageMargin, logical: map[string]string{}}
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
// in display order. It remembers each line's logical text, which cell writes as
// the line's ActualText.
func (d *doc) prep(s string, w float64, rtlDir bool) []string {
	vis, logical := rtl.PrepareLines(s, w, d.pdf.GetStringWidth, fonts.Has, rtlDir)
	for i, v := range vis {
		if v != logical[i] {
			d.logical[v] = rtl.ExtractOrder(logical[i], rtlDir)
		}
	}
	return vis
}

// cell draws one prepared line as fpdf's CellFormat does. A line whose drawn
// glyphs differ from its text (shaped or reordered) is wrapped in a marked-content
// span whose ActualText is the text in logical order, so that text extraction and
// search (pdftotext, a viewer's find) give back the letters as written, brackets
// the right way round, instead of presentation forms in display order.
func (d *doc) cell(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	actual, ok := d.logical[txt]
	if ok {
		d.pdf.RawWriteStr("/Span <</ActualText " + utf16Hex(actual) + ">> BDC\n")
	}
	d.pdf.CellFormat(w, h, txt, border, ln, align, fill, link, linkStr)
	if ok {
		d.pdf.RawWriteStr("EMC\n")
	}
}

// utf16Hex returns s as a PDF hexadecimal text string in UTF-16BE with a byte
// order mark.
func utf16Hex(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
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
		d.cell(d.width(), 5, title, "", 0, "R", false, 0, "")
		pdf.SetXY(d.left, headerTop)
		d.cell(d.width(), 5, period, "", 0, "L", false, 0, "")
	} else {
		d.cell(d.width(), 5, title, "", 0, "L", false, 0, "")
		pdf.SetXY(d.left, headerTop)
		d.cell(d.width(), 5, period, "", 0, "R", false, 0, "")
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
	d.pdf.CellFormat(d.width(), 5, txt, "", 0, "C", false, 0, "")
	ver := d.s.DataVersion
	if ver != "" {
		pdf.SetXY(d.left, footerY)
		al := "L"
		if !d.l.fa {
			al = "R"
		}
		d.pdf.CellFormat(d.width(), 5, d.line(ver, d.l.fa), "", 0, al, false, 0, "")
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
		d.cell(d.width(), lh, ln, "", 1, al, false, 0, "")
	}
	d.color(colInk)
}

// notes draws paragraphs of small print as one block that starts a new page
// rather than break, when it fits on one: the method notes read as one text,
// and a page holding only the tail of the last one reads as an orphan.
func (d *doc) notes(paras []string) {
	const size, lh, gap = 8.5, 5.2, 1.0
	d.font("", size)
	h := 0.0
	for _, p := range paras {
		h += float64(len(d.prep(p, d.width(), d.l.fa)))*lh + gap
	}
	if h <= contentLimit-contentTop {
		d.ensure(h - gap)
	}
	for i, p := range paras {
		if i > 0 {
			d.pdf.Ln(gap)
		}
		d.paragraph(p, "", size, lh, colMuted)
	}
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
	d.cell(d.width(), 8, d.line(title, d.l.fa), "", 1, d.align(), false, 0, "")
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
		d.cell(d.width(), 11, ln, "", 1, "C", false, 0, "")
	}
	d.font("", 14)
	pdf.SetX(d.left)
	d.cell(d.width(), 9, d.line(l.period(d.s.Period)+" — "+l.scope(d.s.Scope), l.fa), "", 1, "C", false, 0, "")

	// Three headline figures.
	c := d.s.Current
	tiles := [][2]string{
		{l.x.kIncidents, l.n(c.Incidents)},
		{l.x.kOffices, l.n(c.Offices)},
		{l.x.kCountiesWith, l.n(c.CountiesWithIncidents)},
	}
	y := 78.0
	tw := (d.width() - 10) / 3
	for i, t := range tiles {
		k := i
		if l.fa {
			k = 2 - i
		}
		x := d.left + float64(k)*(tw+5)
		d.fill(colHead)
		pdf.Rect(x, y, tw, 26, "F")
		d.font("B", 20)
		d.color(colAccent)
		pdf.SetXY(x, y+3)
		d.cell(tw, 11, d.line(t[1], l.fa), "", 0, "C", false, 0, "")
		d.font("", 9.5)
		d.color(colInk)
		pdf.SetXY(x, y+16)
		d.cell(tw, 6, d.line(t[0], l.fa), "", 0, "C", false, 0, "")
	}
	pdf.SetY(y + 32)

	// What matters, in sentences made from the figures.
	if !d.s.Empty {
		d.font("B", 12)
		d.color(colAccent)
		pdf.SetX(d.left)
		d.cell(d.width(), 8, d.line(l.x.secSummary, l.fa), "", 1, d.align(), false, 0, "")
		pdf.Bookmark(l.x.secSummary, 1, -1)
		for _, sn := range d.highlights() {
			d.bullet(sn)
		}
		pdf.Ln(2)
	}

	// Facts of the report, label and value.
	facts := [][2]string{
		{l.periodLabel, l.period(d.s.Period) + " (" + l.mark() + d.s.Period.String() + "), " + l.gregorianPeriod(d.s.Period)},
		{l.scopeLabel, l.scope(d.s.Scope)},
		{l.prevPeriodLabel, l.period(d.s.Previous)},
		{l.generatedLabel, l.timestamp(d.s.DataTime, d.opts.location())},
		{l.versionLabel, orNone(d.s.DataVersion, l.noneValue)},
	}
	labelW := 38.0
	d.ensure(float64(len(facts)) * 6.5)
	for _, f := range facts {
		y := pdf.GetY()
		d.font("B", 9)
		d.color(colMuted)
		lx, vx := d.left, d.left+labelW
		if l.fa {
			lx, vx = d.right-labelW, d.left
		}
		pdf.SetXY(lx, y)
		d.cell(labelW, 6, d.line(f[0], l.fa), "", 0, d.align(), false, 0, "")
		d.font("", 9)
		d.color(colInk)
		pdf.SetXY(vx, y)
		d.cell(d.width()-labelW, 6, d.line(f[1], l.fa), "", 0, d.align(), false, 0, "")
		d.draw(colRule)
		pdf.SetLineWidth(0.2)
		pdf.Line(d.left, y+6, d.right, y+6)
		pdf.SetY(y + 6.5)
	}
	pdf.Ln(2)
	d.paragraph(l.intro, "", 8.5, 5, colMuted)
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
