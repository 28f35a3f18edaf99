package rtl

// Prepare wraps a right-to-left paragraph s into lines no wider than width
// and returns them shaped and in display order, ready to be drawn one run
// per line, aligned to the right, top line first. It is PrepareDir with rtl
// true.
//
// measure gives the drawn width of a string (fpdf's GetStringWidth with the
// font and size set); has tells which code points the font draws
// ([govwatch/report/fonts.Has] for the embedded font), or nil for all.
func Prepare(s string, width float64, measure func(string) float64, has func(rune) bool) []string {
	return PrepareDir(s, width, measure, has, true)
}

// PrepareDir is [Prepare] for a paragraph direction of right to left (rtl
// true) or left to right (rtl false, for English text with Persian names in
// it, drawn aligned to the left). It wraps s in logical order as [Lines]
// does, but measuring with the shaping that has allows, then shapes each
// line with [Shape] and orders it with [VisualDir].
func PrepareDir(s string, width float64, measure func(string) float64, has func(rune) bool, rtl bool) []string {
	lines := wrap(s, width, measure, has)
	for i, l := range lines {
		lines[i] = VisualDir(Shape(l, has), rtl)
	}
	return lines
}
