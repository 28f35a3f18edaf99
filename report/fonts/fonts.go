package fonts

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/go-text/typesetting/font"
)

//go:embed Vazirmatn-Regular.ttf
var regular []byte

//go:embed Vazirmatn-Bold.ttf
var bold []byte

// Family is the font family name under which the report registers the
// embedded font with fpdf.
const Family = "Vazirmatn"

// Regular returns the bytes of Vazirmatn-Regular.ttf. The slice is shared:
// callers must not modify it.
func Regular() []byte { return regular }

// Bold returns the bytes of Vazirmatn-Bold.ttf. The slice is shared:
// callers must not modify it.
func Bold() []byte { return bold }

// coverage is the set of code points mapped by the Regular font's cmap.
var coverage = sync.OnceValue(func() map[rune]struct{} {
	set, err := Coverage(regular)
	if err != nil {
		// The embedded file is fixed at build time and tested; an error
		// here is a programmer bug, not bad input.
		panic(fmt.Sprintf("fonts: embedded Vazirmatn-Regular.ttf: %v", err))
	}
	return set
})

// Has reports whether the embedded Regular font maps r to a glyph in its
// cmap, that is whether fpdf can draw r with it. It is safe for concurrent
// use; the cmap is read once, on first use.
func Has(r rune) bool {
	_, ok := coverage()[r]
	return ok
}

// Coverage parses the TrueType or OpenType font in ttf and returns the set
// of code points its cmap maps to a glyph other than .notdef.
func Coverage(ttf []byte) (map[rune]struct{}, error) {
	face, err := font.ParseTTF(bytes.NewReader(ttf))
	if err != nil {
		return nil, fmt.Errorf("parse font: %w", err)
	}
	set := make(map[rune]struct{}, 1024)
	it := face.Font.Cmap.Iter()
	for it.Next() {
		r, gid := it.Char()
		if gid != 0 {
			set[r] = struct{}{}
		}
	}
	return set, nil
}
