// Package fonts embeds the Vazirmatn typeface (Regular and Bold static
// TrueType files, SIL Open Font License 1.1, see OFL.txt beside this file)
// that the report package hands to fpdf, and answers which code points the
// font can draw.
//
// fpdf silently draws nothing for a code point that the font's cmap lacks,
// so callers decide with [Has] (which reads the cmap itself) rather than from
// fpdf's width tables. Regular and Bold share the same coverage.
package fonts
