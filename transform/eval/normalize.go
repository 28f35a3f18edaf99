package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// honorifics are the titles of address that the annotation guidelines exclude
// from a person's name, written folded (see [Fold]) and without spaces. They are
// dropped only as whole leading words of a name.
var honorifics = map[string]bool{
	"دکتر": true, "مهندس": true, "آقای": true, "آقا": true, "خانم": true,
	"سرکارخانم": true, "جناب": true, "جنابآقای": true, "حاج": true, "حاجی": true,
	"حجتالاسلام": true, "حجهالاسلام": true, "حجتالاسلاموالمسلمین": true,
	"حجهالاسلاموالمسلمین": true, "آیتالله": true, "استاد": true, "سردار": true,
	"سرهنگ": true, "سرتیپ": true, "سرگرد": true, "سرکار": true,
	// «سید» is part of a registered given name and stays in gold names, but
	// the press often leaves it out, so matching ignores it too.
	"سید": true, "سیده": true,
}

// maxHonorificWords is the largest number of space-separated words an honorific
// can be written with («حجت الاسلام و المسلمین»).
const maxHonorificWords = 4

// Fold returns the matching key of s: Arabic presentation forms become their
// letters, Arabic yeh and kaf (ي ى ے ك) become Persian
// ی and ک, hamza carriers and teh marbuta are simplified (ئ ؤ أ إ ة ۀ), Persian and
// Arabic-Indic digits become ASCII, and diacritics, tatweel, ZWNJ, whitespace and
// punctuation are removed. Two strings that differ only in these respects have the
// same key. Fold is idempotent.
func Fold(s string) string {
	if strings.IndexFunc(s, isPresentationForm) >= 0 {
		// A page typed in Arabic presentation forms («ﻣﺤﻤﺪ») spells the
		// same letters; compatibility decomposition gives them back.
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r2, keep := foldRune(r); keep {
			b.WriteRune(r2)
		}
	}
	return b.String()
}

// FoldOrganization returns the matching key of an organisation: the words
// «شهرستان», «استان», «بخش» and «شهر» before a place's name are dropped and
// the rest is folded with [Fold]. The guidelines complete a body with its
// county or province («فرمانداری شهرستان مهریز»), and annotators write it with
// or without that word («فرمانداری مهریز», a Friday imam's «شهر برازجان» or
// «برازجان»): the same body either way. The abbreviation «صمت» stands for
// «صنعت، معدن و تجارت», which the extractors write out and annotators write
// either way.
func FoldOrganization(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u200c' })
	kept := make([]string, 0, len(words))
	for _, w := range words {
		switch k := Fold(w); {
		case placeWords[k]:
		case k == tradeAbbreviation:
			kept = append(kept, tradeWords...)
		default:
			kept = append(kept, w)
		}
	}
	return Fold(strings.Join(kept, " "))
}

var (
	tradeAbbreviation = Fold("صمت")
	tradeWords        = strings.Fields("صنعت، معدن و تجارت")
)

var placeWords = map[string]bool{Fold("شهرستان"): true, Fold("استان"): true, Fold("بخش"): true, Fold("شهر"): true}

// FoldName returns the matching key of a person's name: the name's leading
// honorifics («دکتر», «مهندس», «حجت الاسلام», «آقای», …) and a leading «سید» or
// «سیده», apart or written together with the given name, are dropped and the rest is folded with [Fold]. At least one word is
// always kept, so a name made only of such words keeps its last one.
func FoldName(s string) string {
	words := strings.Fields(s)
	for {
		dropped := false
		for k := min(maxHonorificWords, len(words)-1); k >= 1; k-- {
			if honorifics[Fold(strings.Join(words[:k], ""))] {
				words = words[k:]
				dropped = true
				break
			}
		}
		if !dropped {
			break
		}
	}
	if len(words) > 1 {
		// «سیدعلی حسینی»: «سید» written together with the given name.
		for _, p := range []string{"سیده", "سید"} {
			if g, ok := strings.CutPrefix(Fold(words[0]), p); ok && len([]rune(g)) >= 3 {
				words[0] = g
				break
			}
		}
	}
	return Fold(strings.Join(words, " "))
}

// isPresentationForm reports whether r is one of the Arabic presentation
// forms (U+FB50–U+FDFF, U+FE70–U+FEFF), the contextual shapes of letters
// that some pages store instead of the letters.
func isPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// foldRune maps one rune to its folded form and reports whether it is kept.
func foldRune(r rune) (rune, bool) {
	switch r {
	case 'ي', 'ى', 'ے', 'ې', 'ئ':
		return 'ی', true
	case 'ك':
		return 'ک', true
	case 'ة', 'ۀ', 'ە':
		return 'ه', true
	case 'أ', 'إ', 'ٱ':
		return 'ا', true
	case 'ؤ':
		return 'و', true
	case '\u0640', '\u200c', '\u200d', '\u200e', '\u200f', '\ufeff':
		return 0, false
	}
	switch {
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰'), true
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠'), true
	case r >= '\u064b' && r <= '\u065f', r == '\u0670':
		return 0, false
	case unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r):
		return 0, false
	}
	return unicode.ToLower(r), true
}
