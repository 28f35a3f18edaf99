package rtl

import "unicode"

// joiningType is the Unicode Joining_Type of a code point, as given by
// ArabicShaping.txt in the Unicode Character Database.
type joiningType uint8

const (
	// joinNone (U) never joins: spaces, digits, punctuation, hamza, ZWNJ.
	joinNone joiningType = iota
	// joinRight (R) joins only to the letter before it in logical order
	// (to its right when drawn): alef, dal, reh, waw, jeh, and similar.
	joinRight
	// joinDual (D) joins on both sides: beh, seen, lam, farsi yeh, and similar.
	joinDual
	// joinCausing (C) makes its neighbours join without changing itself:
	// tatweel and ZWJ.
	joinCausing
	// joinTransparent (T) is skipped when finding the neighbours of a
	// letter: harakat and other nonspacing marks and format characters.
	joinTransparent
)

// joinRange gives one joining type to the code points lo..hi inclusive.
type joinRange struct {
	lo, hi rune
	t      joiningType
}

// joinTable lists the joining letters of the Arabic block (U+0600–U+06FF),
// tatweel and the few non-joining characters of the block that
// ArabicShaping.txt lists explicitly. It is written from the facts of that
// file; code points that it does not list fall back to the file's default
// rule in joiningTypeOf. The ranges are sorted and disjoint.
var joinTable = []joinRange{
	{0x0600, 0x0605, joinNone},    // number sign … footnote marker (format characters listed as U)
	{0x0620, 0x0620, joinDual},    // kashmiri yeh
	{0x0621, 0x0621, joinNone},    // hamza
	{0x0622, 0x0625, joinRight},   // alef madda, alef hamza above, waw hamza, alef hamza below
	{0x0626, 0x0626, joinDual},    // yeh hamza
	{0x0627, 0x0627, joinRight},   // alef
	{0x0628, 0x0628, joinDual},    // beh
	{0x0629, 0x0629, joinRight},   // teh marbuta
	{0x062A, 0x062E, joinDual},    // teh, theh, jeem, hah, khah
	{0x062F, 0x0632, joinRight},   // dal, thal, reh, zain
	{0x0633, 0x063F, joinDual},    // seen … farsi yeh variants
	{0x0640, 0x0640, joinCausing}, // tatweel
	{0x0641, 0x0647, joinDual},    // feh, qaf, kaf, lam, meem, noon, heh
	{0x0648, 0x0648, joinRight},   // waw
	{0x0649, 0x064A, joinDual},    // alef maksura, yeh
	{0x066E, 0x066F, joinDual},    // dotless beh, dotless qaf
	{0x0671, 0x0673, joinRight},   // alef wasla, alef wavy hamzas
	{0x0674, 0x0674, joinNone},    // high hamza
	{0x0675, 0x0677, joinRight},   // high hamza alef, waw, u
	{0x0678, 0x0687, joinDual},    // high hamza yeh, tteh, peh, tcheh, …
	{0x0688, 0x0699, joinRight},   // ddal … jeh … reh with four dots
	{0x069A, 0x06BF, joinDual},    // seen variants … keheh, gaf … noon variants
	{0x06C0, 0x06C0, joinRight},   // heh with yeh above
	{0x06C1, 0x06C2, joinDual},    // heh goal, heh goal with hamza
	{0x06C3, 0x06CB, joinRight},   // teh marbuta goal, waw variants
	{0x06CC, 0x06CC, joinDual},    // farsi yeh
	{0x06CD, 0x06CD, joinRight},   // yeh with tail
	{0x06CE, 0x06CE, joinDual},    // yeh with small v
	{0x06CF, 0x06CF, joinRight},   // waw with dot above
	{0x06D0, 0x06D1, joinDual},    // e, yeh with three dots below
	{0x06D2, 0x06D3, joinRight},   // yeh barree, yeh barree with hamza
	{0x06D5, 0x06D5, joinRight},   // ae
	{0x06DD, 0x06DD, joinNone},    // end of ayah
	{0x06EE, 0x06EF, joinRight},   // dal, reh with inverted v
	{0x06FA, 0x06FC, joinDual},    // sheen, dad, ghain with dot below
	{0x06FF, 0x06FF, joinDual},    // heh with inverted v
}

// joinUnlisted marks, in arabicJoining, a code point that joinTable does
// not list.
const joinUnlisted joiningType = 0xFF

// arabicJoining is joinTable expanded to one entry per code point of the
// Arabic block, indexed by r-0x0600.
var arabicJoining = func() (a [0x100]joiningType) {
	for i := range a {
		a[i] = joinUnlisted
	}
	for _, e := range joinTable {
		for r := e.lo; r <= e.hi; r++ {
			a[r-0x0600] = e.t
		}
	}
	return a
}()

// joiningTypeOf returns the joining type of r: the entry of joinTable if it
// lists r, otherwise transparent for nonspacing marks, enclosing marks and
// format characters (the default rule of ArabicShaping.txt), otherwise
// non-joining.
func joiningTypeOf(r rune) joiningType {
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		if t := arabicJoining[r-0x0600]; t != joinUnlisted {
			return t
		}
	case r == zwnj:
		return joinNone
	case r == zwj:
		return joinCausing
	case r < 0x0300:
		// Latin, digits and ASCII punctuation: the common case, decided
		// without a table look-up.
		return joinNone
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return joinTransparent
	}
	return joinNone
}
