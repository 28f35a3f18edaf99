// Package latin writes Persian names of people and places in Latin letters for
// the English report.
//
// Persian script leaves most short vowels unwritten, so no letter-by-letter
// rule can spell «کرمان» Kerman rather than Karman. [Name] and [Place] first
// look a name up in tables written for the project (places.tsv: the 31
// provinces and many counties under their usual English names; names.tsv:
// common given names and surnames as they are usually spelt, Mohammad, Hossein,
// Rezaei), whole phrase first and then word by word, and only then fall back on
// a transliteration of the letters ([Letters]): consonants by a table, «و» and
// «ی» read as vowels or consonants by their neighbours, an «a» put after a first
// consonant that another follows, a final «ه» after a consonant as «eh».
// [Org] names the portals and bodies the report cites (a governorate, a
// district office) in English around the place's name.
//
// The package is pure: no I/O, no imports from govwatch.
package latin
