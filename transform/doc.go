// Package transform turns the text of a Persian government news article into
// structured facts: normalised text, dates, the people named with their roles
// and organisations, quoted statements and their speakers, and every mention
// of a violation by an office or business with its office type, violation
// type, sanction, count, place, speaker and modality.
//
// The package is pure: it performs no I/O. All lexicons (titles,
// organisations, office types, violation and sanction terms, places, given
// names and surnames) are data files embedded from the lexicons directory;
// see lexicons/README.md for where each list comes from.
//
// # Offsets
//
// Every Start/End field of the results is a rune (Unicode code point) offset
// into [Analysis.Body], end exclusive, so that body[start:end] over code points
// gives the evidence back. [Normalized.SourceOffset] and [Analysis.Source] map
// those offsets back to the text as published.
//
// # Matching
//
// Lexicon phrases are found in one pass by an Aho-Corasick automaton that
// runs over a folded "key" stream of the body in which spaces and ZWNJ are
// skipped, so «برنامه‌ریزی», «برنامه ریزی» and «برنامهریزی» all match the
// same entry, while matches must still begin and end at word boundaries.
package transform
