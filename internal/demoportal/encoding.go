package demoportal

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// Fold1256 maps text to what a windows-1256 portal stores: Persian yeh
// (U+06CC) becomes Arabic yeh (U+064A), Persian and Arabic-Indic digits become
// ASCII digits, heh with yeh above (U+06C0) becomes heh, and any other rune
// windows-1256 cannot encode becomes '?'. Tests compare decoded pages with
// Fold1256 applied to the source text.
func Fold1256(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == 'ی':
			return 'ي'
		case r == 'ۀ':
			return 'ه'
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		}
		if _, ok := charmap.Windows1256.EncodeRune(r); !ok {
			return '?'
		}
		return r
	}, s)
}

// encode1256 folds s and encodes it as windows-1256.
func encode1256(s string) ([]byte, error) {
	enc := encoding.ReplaceUnsupported(charmap.Windows1256.NewEncoder())
	b, err := enc.Bytes([]byte(Fold1256(s)))
	if err != nil {
		return nil, fmt.Errorf("encode windows-1256: %w", err)
	}
	return b, nil
}
