package report

import (
	"fmt"
	"math"

	"govwatch/transform"
	"govwatch/transform/jalali"
)

// panel is one small chart of the history: a value per period.
type panel struct {
	title  string
	values []int
	// pct draws the values as percentages on a fixed 0–100 scale.
	pct bool
	// top is the scale's maximum; panels of one kind share it so that their
	// bars compare.
	top float64
}

// multiples draws the history as small multiples: one small bar chart per
// figure (reported incidents, offices involved, warnings, sanction rate) and one
// per office type, each over the same HistoryPeriods periods, the report's own
// period last and darker. Under each panel the change from the period before is
// given in absolute numbers, which say more than a percentage on a small base.
func (d *doc) multiples() {
	l, x := d.l, d.l.x
	h := d.s.History
	if len(h) < 2 {
		return
	}
	d.section(x.secHistory, 100, false)
	d.paragraph(fmt.Sprintf(x.historyIntro, l.n(len(h)), l.period(h[0].Period), l.period(h[len(h)-1].Period)), "", 8.5, 5, colMuted)
	d.pdf.Ln(2)

	n := len(h)
	series := func(f func(PeriodCount) int) []int {
		out := make([]int, n)
		for i, pc := range h {
			out[i] = f(pc)
		}
		return out
	}
	rate := func(pc PeriodCount) int {
		if pc.Incidents == 0 {
			return 0
		}
		return (pc.Sanctioned*100 + pc.Incidents/2) / pc.Incidents
	}
	panels := []panel{
		{title: x.kIncidents, values: series(func(pc PeriodCount) int { return pc.Incidents })},
		{title: x.kOffices, values: series(func(pc PeriodCount) int { return pc.Offices })},
		{title: x.kWarningsShort, values: series(func(pc PeriodCount) int { return pc.Warnings })},
		{title: x.kRate, values: series(rate), pct: true, top: 100},
	}
	for i := range panels[:3] {
		panels[i].top = scaleTop(panels[i].values)
	}
	var offices []panel
	shared := 0
	for j, ot := range transform.OfficeTypes {
		v := series(func(pc PeriodCount) int {
			if j < len(pc.ByOffice) {
				return pc.ByOffice[j]
			}
			return 0
		})
		total := 0
		for _, k := range v {
			total += k
			shared = max(shared, k)
		}
		if total == 0 {
			continue
		}
		offices = append(offices, panel{title: l.office(ot.Code), values: v})
	}
	for i := range offices {
		offices[i].top = scaleTop([]int{shared})
	}

	d.panelGrid(panels)
	if len(offices) > 0 {
		d.ensure(12)
		d.pdf.Ln(2)
		d.paragraph(x.historyByOffice, "B", 9.5, 6, colAccent)
		d.panelGrid(offices)
	}
	d.paragraph(x.historyNote, "", 8, 5, colMuted)
}

// scaleTop returns a round maximum for a scale that holds every value.
func scaleTop(vs []int) float64 {
	m := 0
	for _, v := range vs {
		m = max(m, v)
	}
	if m == 0 {
		return 1
	}
	step := niceStep(float64(m) / 4)
	return math.Ceil(float64(m)/step) * step
}

// Geometry of the small multiples, in mm.
const (
	panelCols   = 3
	panelGap    = 6.0
	panelPlotH  = 20.0
	panelHeight = 41.0
)

// panelGrid draws panels in rows of panelCols, in the reading direction.
func (d *doc) panelGrid(ps []panel) {
	pw := (d.width() - panelGap*(panelCols-1)) / panelCols
	for i := 0; i < len(ps); i += panelCols {
		d.ensure(panelHeight)
		y := d.pdf.GetY()
		for k := 0; k < panelCols && i+k < len(ps); k++ {
			col := k
			if d.l.fa {
				col = panelCols - 1 - k
			}
			d.panel(ps[i+k], d.left+float64(col)*(pw+panelGap), y, pw)
		}
		d.pdf.SetY(y + panelHeight)
	}
}

// panel draws one small chart at (x, y), w wide.
func (d *doc) panel(p panel, x, y, w float64) {
	pdf, l := d.pdf, d.l
	h := d.s.History
	n := len(p.values)
	// Title.
	d.font("B", 8)
	d.color(colInk)
	pdf.SetXY(x, y)
	d.cell(w, 4.5, d.line(p.title, l.fa), "", 0, d.align(), false, 0, "")
	// Scale maximum, at the top of the axis.
	top := p.top
	if top <= 0 {
		top = 1
	}
	y0 := y + 7.5
	y1 := y0 + panelPlotH
	d.font("", 6)
	d.color(colMuted)
	topLab := l.n(int(top))
	if p.pct {
		topLab = l.pct(int(top), 100)
	}
	pdf.SetXY(x, y0-2.6)
	d.cell(w, 2.6, d.line(topLab, l.fa), "", 0, "L", false, 0, "")
	d.draw(colRule)
	pdf.SetLineWidth(0.1)
	pdf.SetDashPattern([]float64{0.6, 0.6}, 0)
	pdf.Line(x, y0, x+w, y0)
	pdf.SetDashPattern(nil, 0)
	d.draw(colInk)
	pdf.SetLineWidth(0.25)
	pdf.Line(x, y1, x+w, y1)

	slot := w / float64(n)
	bw := slot * 0.7
	for i, v := range p.values {
		// Time runs left to right, as in the weekly chart.
		cx := x + slot*(float64(i)+0.5)
		if !h[i].Covered {
			d.draw(colRule)
			pdf.SetLineWidth(0.3)
			pdf.Line(cx-bw/2, y1-0.6, cx+bw/2, y1-0.6)
			continue
		}
		bh := math.Min(float64(v)/top, 1) * panelPlotH
		if d.inReport(h[i].Period) {
			d.fill(colBarIn)
		} else {
			d.fill(colBarOut)
		}
		if bh > 0 {
			pdf.Rect(cx-bw/2, y1-bh, bw, bh, "F")
		}
	}
	// First and last period under the axis.
	d.font("", 6)
	d.color(colMuted)
	first, last := l.shortPeriod(h[0].Period), l.shortPeriod(h[n-1].Period)
	pdf.SetXY(x, y1+0.8)
	d.cell(w, 3, d.line(first, l.fa), "", 0, "L", false, 0, "")
	pdf.SetXY(x, y1+0.8)
	d.cell(w, 3, d.line(last, l.fa), "", 0, "R", false, 0, "")
	// The period's value and its change from the one before, in numbers.
	cur, prev := p.values[n-1], p.values[n-2]
	var txt string
	if p.pct {
		if h[n-1].Incidents == 0 {
			txt = l.x.historyNone
		} else {
			txt = fmt.Sprintf(l.x.historyRate, l.pct(cur, 100), l.pointsDelta(cur, prev))
		}
	} else {
		txt = fmt.Sprintf(l.x.historyValue, l.n(cur), l.delta(cur, prev))
	}
	txt = l.shortPeriod(h[n-1].Period) + ": " + txt
	d.font("", 7)
	d.color(colInk)
	pdf.SetXY(x, y1+4.4)
	d.cell(w, 3.5, d.line(txt, l.fa), "", 0, d.align(), false, 0, "")
	d.color(colInk)
}

// inReport reports whether a period of the history lies within the report's.
func (d *doc) inReport(p jalali.Period) bool {
	return !p.Start.Before(d.s.Period.Start) && !p.End.After(d.s.Period.End)
}

// shortPeriod names a period of the history in a few characters: a month by its
// name and year, a week by its number, a range by its first day.
func (l lang) shortPeriod(p jalali.Period) string {
	switch p.Kind {
	case jalali.PeriodMonth:
		return l.period(p)
	case jalali.PeriodWeek:
		y, w := p.Week()
		if l.fa {
			return "هفته " + l.digits(itoa(w)) + " " + l.digits(itoa(y))
		}
		return fmt.Sprintf("W%d %d", w, y)
	}
	return l.date(p.Start)
}

// pointsDelta formats the change of a percentage in percentage points.
func (l lang) pointsDelta(cur, prev int) string {
	d := cur - prev
	sign := "+"
	if d < 0 {
		sign, d = "−", -d
	}
	if d == 0 {
		sign = ""
	}
	if l.fa {
		return lrm + sign + l.n(d) + " واحد درصد"
	}
	return sign + l.n(d) + " points"
}
