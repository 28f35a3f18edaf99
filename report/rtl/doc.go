// Package rtl prepares Persian (and other Arabic-script) text for PDF
// renderers that do no shaping and no bidirectional layout, such as
// github.com/go-pdf/fpdf: they draw each code point's nominal glyph from left
// to right.
//
// Three steps, applied per line, turn logical text into drawable text:
//
//  1. [Lines] wraps a paragraph into lines in logical order, at word
//     boundaries, measuring each candidate line after shaping.
//  2. [Shape] replaces each letter with the Arabic presentation form its
//     neighbours call for (initial, medial, final, isolated, lam-alef
//     ligatures), falling back to the base letter where the font lacks a
//     form.
//  3. [Visual] (or [VisualDir] for a left-to-right paragraph) reorders the
//     line for display with the Unicode Bidirectional Algorithm from
//     github.com/go-text/typesetting/bidi: right-to-left runs are reversed
//     and their brackets mirrored, while digits, dates and Latin words keep
//     their left-to-right order inside them.
//
// [Prepare] does all three; draw each returned line as one run, aligned to
// the right. Drawing a reordered line as one run also keeps text extraction
// usable: pdftotext gives back the presentation forms in logical order, and
// NFKC normalisation of its output gives back the words.
//
// Wrap before reordering: a line wrapped after reordering puts the last words
// of a right-to-left paragraph on its first line.
//
// With fpdf and the embedded font of package govwatch/report/fonts:
//
//	pdf.AddUTF8FontFromBytes(fonts.Family, "", fonts.Regular())
//	pdf.SetFont(fonts.Family, "", 11)
//	for _, line := range rtl.Prepare(text, width, pdf.GetStringWidth, fonts.Has) {
//		pdf.CellFormat(width, 6, line, "", 1, "R", false, 0, "")
//	}
//
// Known limits: fpdf applies no kerning and no mark positioning, so harakat
// sit where the font's zero-width glyphs put them; the optional Allah
// ligature is not made; and text copied out of the PDF gives brackets back
// swapped, since fpdf's ToUnicode map is the identity on the mirrored
// glyphs.
package rtl
