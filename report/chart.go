package report

import (
	"math"
)

// trendChart draws the weekly bar chart of reported mentions with fpdf
// primitives: a y axis with ticks and grid lines, one bar per week with its
// count above it, and the week's first day below it.
func (d *doc) trendChart() {
	l := d.l
	pdf := d.pdf
	d.section(l.secTrend, 125, false)
	weeks := d.s.Trend
	if len(weeks) == 0 {
		d.paragraph(l.noRows, "", 10, 6, colMuted)
		return
	}
	maxV := 0
	for _, w := range weeks {
		maxV = max(maxV, w.Reported)
	}
	step := niceStep(float64(maxV) / 5)
	top := math.Max(step, math.Ceil(float64(maxV)/step)*step)

	const plotH = 62.0
	y0 := pdf.GetY() + 8 // top of plot
	y1 := y0 + plotH     // x axis
	x0 := d.left + 12
	x1 := d.right - 2

	// Axis title.
	d.font("", 7.5)
	d.color(colMuted)
	pdf.SetXY(d.left, y0-7)
	d.cell(30, 4, d.line(l.trendAxis, l.fa), "", 0, "L", false, 0, "")

	// Grid and y ticks.
	for v := 0.0; v <= top+step/2; v += step {
		y := y1 - v/top*plotH
		d.draw(colRule)
		pdf.SetLineWidth(0.1)
		pdf.SetDashPattern([]float64{0.8, 0.8}, 0)
		if v > 0 {
			pdf.Line(x0, y, x1, y)
		}
		pdf.SetDashPattern(nil, 0)
		d.draw(colInk)
		pdf.SetLineWidth(0.25)
		pdf.Line(x0-1.5, y, x0, y)
		d.font("", 7)
		d.color(colMuted)
		pdf.SetXY(d.left, y-2)
		d.cell(x0-d.left-2.5, 4, d.l.n(int(v)), "", 0, "R", false, 0, "")
	}
	// Axes.
	d.draw(colInk)
	pdf.SetLineWidth(0.3)
	pdf.Line(x0, y0-2, x0, y1)
	pdf.Line(x0, y1, x1, y1)

	slot := (x1 - x0) / float64(len(weeks))
	bw := slot * 0.62
	// With many weeks (a long period) the slots are too narrow for a count and
	// a date each: counts are left off and only the first week of each month is
	// labelled, with the month's name.
	narrow := slot < 9
	for i, w := range weeks {
		cx := x0 + slot*(float64(i)+0.5)
		h := float64(w.Reported) / top * plotH
		if w.InPeriod {
			d.fill(colBarIn)
		} else {
			d.fill(colBarOut)
		}
		if h > 0 {
			pdf.Rect(cx-bw/2, y1-h, bw, h, "F")
		}
		d.draw(colInk)
		pdf.SetLineWidth(0.25)
		pdf.Line(cx, y1, cx, y1+1.2)
		if narrow {
			if i == 0 || w.Week.Start.Month != weeks[i-1].Week.Start.Month {
				d.draw(colInk)
				pdf.SetLineWidth(0.25)
				pdf.Line(cx, y1, cx, y1+2.5)
				d.font("", 6.5)
				d.color(colMuted)
				lab := monthNameEN(w.Week.Start.Month)[:3]
				if l.fa {
					lab = monthNameFA(w.Week.Start.Month)
				}
				pdf.SetXY(cx-10, y1+2.8)
				d.cell(20, 3.5, d.line(lab, l.fa), "", 0, "C", false, 0, "")
			}
			continue
		}
		// Count above the bar.
		d.font("B", 7)
		d.color(colInk)
		pdf.SetXY(cx-slot/2, y1-h-4.5)
		d.cell(slot, 4, l.n(w.Reported), "", 0, "C", false, 0, "")
		// Week start below the axis, and the week number.
		d.font("", 6.5)
		d.color(colMuted)
		start := w.Week.Start
		var lab string
		if l.fa {
			lab = l.digits(itoa(start.Day)) + " " + monthNameFA(start.Month)
		} else {
			lab = itoa(start.Day) + " " + monthNameEN(start.Month)[:3]
		}
		pdf.SetXY(cx-slot/2, y1+1.8)
		d.cell(slot, 3.5, d.line(lab, l.fa), "", 0, "C", false, 0, "")
		_, wk := w.Week.Week()
		wl := "W" + itoa(wk)
		if l.fa {
			wl = "هفته " + l.digits(itoa(wk))
		}
		pdf.SetXY(cx-slot/2, y1+5.3)
		d.cell(slot, 3.5, d.line(wl, l.fa), "", 0, "C", false, 0, "")
	}

	// Legend.
	ly := y1 + 12
	d.font("", 7.5)
	items := []struct {
		c   [3]int
		txt string
	}{{colBarIn, l.inPeriod}, {colBarOut, l.outPeriod}}
	x := d.left
	if l.fa {
		x = d.right
	}
	for _, it := range items {
		txt := d.line(it.txt, l.fa)
		tw := pdf.GetStringWidth(txt)
		d.fill(it.c)
		d.color(colInk)
		if l.fa {
			pdf.Rect(x-3.5, ly+0.5, 3.5, 3, "F")
			pdf.SetXY(x-5-tw, ly)
			d.cell(tw, 4, txt, "", 0, "R", false, 0, "")
			x -= tw + 12
		} else {
			pdf.Rect(x, ly+0.5, 3.5, 3, "F")
			pdf.SetXY(x+5, ly)
			d.cell(tw, 4, txt, "", 0, "L", false, 0, "")
			x += tw + 12
		}
	}
	pdf.SetY(ly + 6)
	d.paragraph(l.trendCaption, "", 8, 5, colMuted)
}

// niceStep returns a tick step of 1, 2 or 5 times a power of ten not below v,
// and at least 1.
func niceStep(v float64) float64 {
	if v <= 1 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}
