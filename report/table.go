package report

// column is one column of a table. In Persian the first column is drawn on the
// right.
type column struct {
	head string
	w    float64 // width in mm
	num  bool    // centred figures
	rtl  bool    // right-to-left text whatever the document's language
	// small draws the column's cells in a smaller font.
	small bool
}

// cell is one cell of a table row.
type cell struct {
	text  string
	bold  bool
	link  string // URL the cell links to
	small bool
}

// Table metrics in mm and points.
const (
	cellPad    = 1.4
	cellLine   = 4.2
	cellFont   = 8.5
	smallFont  = 7.5
	smallLine  = 3.8
	headerFont = 8.5
)

// noHeader, as the total argument of table, draws a table without a header row
// and without a total row.
const noHeader = -2

// table draws rows under a shaded header row, breaking pages between rows and
// repeating the header on each new page. Row total (if >= 0) is drawn as a
// total row.
func (d *doc) table(cols []column, rows [][]cell, total int) {
	pdf := d.pdf
	xs := d.columnX(cols)
	header := func() {
		if total == noHeader {
			return
		}
		d.font("B", headerFont)
		lines := make([][]string, len(cols))
		h := 0.0
		for i, c := range cols {
			lines[i] = d.prep(c.head, c.w-2*cellPad, d.l.fa)
			h = max(h, float64(len(lines[i]))*cellLine)
		}
		h += 2 * cellPad
		d.ensure(h + cellLine + 2*cellPad)
		y := pdf.GetY()
		d.fill(colHead)
		d.color(colInk)
		for i, c := range cols {
			pdf.Rect(xs[i], y, c.w, h, "F")
			d.cellLines(lines[i], xs[i], y, c.w, h, cellLine, "C")
		}
		pdf.SetY(y + h)
	}
	header()
	for ri, row := range rows {
		lines := make([][]string, len(cols))
		lhs := make([]float64, len(cols))
		h := 0.0
		for i, c := range cols {
			if i >= len(row) {
				continue
			}
			cl := row[i]
			d.cellFont(c, cl)
			lhs[i] = cellLine
			if c.small || cl.small {
				lhs[i] = smallLine
			}
			lines[i] = d.prep(cl.text, c.w-2*cellPad, d.cellRTL(c, cl))
			h = max(h, float64(len(lines[i]))*lhs[i])
		}
		h = max(h, cellLine) + 2*cellPad
		if pdf.GetY()+h > contentLimit {
			pdf.AddPage()
			header()
		}
		y := pdf.GetY()
		switch {
		case ri == total:
			d.fill(colHead)
			pdf.Rect(d.left, y, d.width(), h, "F")
		case ri%2 == 1:
			d.fill(colZebra)
			pdf.Rect(d.left, y, d.width(), h, "F")
		}
		for i, c := range cols {
			if i >= len(row) {
				continue
			}
			cl := row[i]
			d.cellFont(c, cl)
			al := "C"
			if !c.num {
				al = "L"
				if d.cellRTL(c, cl) {
					al = "R"
				}
			}
			if cl.link != "" {
				d.color(colLink)
				pdf.LinkString(xs[i], y, c.w, h, cl.link)
			} else {
				d.color(colInk)
			}
			d.cellLines(lines[i], xs[i], y, c.w, h, lhs[i], al)
			if cl.link != "" {
				// Underline the link text.
				top := y + (h-float64(len(lines[i]))*lhs[i])/2
				for k, ln := range lines[i] {
					tw := pdf.GetStringWidth(ln)
					ly := top + float64(k)*lhs[i] + lhs[i]/2 + 1.5
					x0 := xs[i] + cellPad
					switch al {
					case "R":
						x0 = xs[i] + c.w - cellPad - tw
					case "C":
						x0 = xs[i] + (c.w-tw)/2
					}
					d.draw(colLink)
					pdf.SetLineWidth(0.15)
					pdf.Line(x0, ly, x0+tw, ly)
				}
			}
		}
		d.draw(colRule)
		pdf.SetLineWidth(0.15)
		if ri == total {
			d.draw(colAccent)
			pdf.SetLineWidth(0.3)
			pdf.Line(d.left, y, d.right, y)
		}
		d.draw(colRule)
		pdf.SetLineWidth(0.15)
		pdf.Line(d.left, y+h, d.right, y+h)
		pdf.SetY(y + h)
	}
	d.color(colInk)
	pdf.SetX(d.left)
}

// columnX returns the left edge of each column: left to right in English, right
// to left in Persian. The table is as wide as its columns and starts at the
// margin of the reading direction.
func (d *doc) columnX(cols []column) []float64 {
	xs := make([]float64, len(cols))
	if d.l.fa {
		x := d.right
		for i, c := range cols {
			x -= c.w
			xs[i] = x
		}
		return xs
	}
	x := d.left
	for i, c := range cols {
		xs[i] = x
		x += c.w
	}
	return xs
}

// cellRTL reports whether a cell is laid out right to left. Figures are laid
// out left to right in both languages, so that "+2 (+50%)" keeps its order.
func (d *doc) cellRTL(c column, cl cell) bool {
	if c.num {
		return false
	}
	return c.rtl || d.l.fa
}

func (d *doc) cellFont(c column, cl cell) {
	style := ""
	if cl.bold {
		style = "B"
	}
	size := cellFont
	if c.small || cl.small {
		size = smallFont
	}
	d.font(style, size)
}

// cellLines draws prepared lines inside a cell box, vertically centred.
func (d *doc) cellLines(lines []string, x, y, w, h, lh float64, align string) {
	top := y + (h-float64(len(lines))*lh)/2
	for k, ln := range lines {
		d.pdf.SetXY(x+cellPad, top+float64(k)*lh)
		d.cell(w-2*cellPad, lh, ln, "", 0, align, false, 0, "")
	}
}
