package extract

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// ErrUnknownCharset means a configured charset label is not known.
var ErrUnknownCharset = errors.New("unknown charset")

// fallbackCharset is assumed for non-UTF-8 pages that declare nothing.
const fallbackCharset = "windows-1256"

// decodeHTML converts body to UTF-8 and returns it with the name of the
// charset used. The charset is chosen in this order: the Content-Type
// header's charset parameter, a byte-order mark, a <meta> declaration in the
// first 1024 bytes, UTF-8 if the bytes are valid UTF-8, else fallback (or
// windows-1256 when fallback is empty). A header or <meta> that declares
// UTF-8 for bytes that are mostly not UTF-8 (see mostlyUTF8) is ignored (old IIS servers
// label windows-1256 pages utf-8); so is a header or <meta> that declares a
// legacy charset for valid UTF-8 bytes that are not all ASCII (a page
// re-encoded to UTF-8 with its old declaration kept). Invalid byte sequences
// become U+FFFD; decoding never fails on bad input.
func decodeHTML(body []byte, contentType, fallback string) ([]byte, string, error) {
	// utf8.Valid is cheap; the rune-by-rune mostlyUTF8 count only matters
	// for bytes that are not valid UTF-8, such as windows-1256 labelled utf-8.
	valid := utf8.Valid(body)
	enc, name := pickCharset(body, contentType, fallback, valid)
	if name == "utf-8" {
		body = trimBOM(body, "\xef\xbb\xbf")
		if valid {
			return body, name, nil
		}
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), name, nil
	}
	switch name {
	case "utf-16le":
		body = trimBOM(body, "\xff\xfe")
	case "utf-16be":
		body = trimBOM(body, "\xfe\xff")
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, name, fmt.Errorf("decode %s: %w", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), name, nil
}

func trimBOM(b []byte, bom string) []byte {
	return bytes.TrimPrefix(b, []byte(bom))
}

// pickCharset chooses the charset of body; valid tells whether body is
// valid UTF-8.
func pickCharset(body []byte, contentType, fallback string, valid bool) (encoding.Encoding, string) {
	validUTF8 := valid || mostlyUTF8(body)
	if name, ok := utf8Label(contentType); ok && validUTF8 {
		return encoding.Nop, name
	}
	// Valid UTF-8 with multi-byte characters is UTF-8 whatever a header or <meta>
	// says: a legacy single-byte page (windows-1256 Persian) is never valid UTF-8
	// in practice, and reading UTF-8 as windows-1256 loses the article.
	utf8Text := valid && !isASCII(body)
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs, ok := params["charset"]; ok {
			if e, name := charset.Lookup(cs); e != nil && (name != "utf-8" || validUTF8) {
				if name != "utf-8" && utf8Text && !strings.HasPrefix(name, "utf-16") {
					return encoding.Nop, "utf-8"
				}
				return e, name
			}
		}
	}
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		return encoding.Nop, "utf-8"
	case bytes.HasPrefix(body, []byte("\xff\xfe")):
		e, name := charset.Lookup("utf-16le")
		return e, name
	case bytes.HasPrefix(body, []byte("\xfe\xff")):
		e, name := charset.Lookup("utf-16be")
		return e, name
	}
	if label := metaCharset(body); label != "" {
		if e, name := charset.Lookup(label); e != nil {
			// A page cannot really be UTF-16 if its meta was readable as
			// ASCII; HTML says to use UTF-8 then.
			if strings.HasPrefix(name, "utf-16") {
				name = "utf-8"
				e = encoding.Nop
			}
			if name != "utf-8" && utf8Text {
				return encoding.Nop, "utf-8"
			}
			if name != "utf-8" || validUTF8 {
				return e, name
			}
		}
	}
	if validUTF8 {
		return encoding.Nop, "utf-8"
	}
	if fallback == "" {
		fallback = fallbackCharset
	}
	if e, name := charset.Lookup(fallback); e != nil {
		return e, name
	}
	e, name := charset.Lookup(fallbackCharset)
	return e, name
}

// sniffCharset returns the charset body's bytes suggest, ignoring every
// declaration: UTF-8 when they read as UTF-8, else fallback (windows-1256 when
// fallback is empty or unknown).
func sniffCharset(body []byte, fallback string) string {
	if utf8.Valid(body) || mostlyUTF8(body) {
		return "utf-8"
	}
	if fallback != "" {
		if e, name := charset.Lookup(fallback); e != nil {
			return name
		}
	}
	return fallbackCharset
}

// isASCII reports whether b holds only 7-bit bytes.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// utf8Label reports whether contentType is the common "text/html;
// charset=utf-8" (any case, optional space), which needs no MIME parsing.
func utf8Label(contentType string) (string, bool) {
	const typ, param = "text/html;", "charset=utf-8"
	if len(contentType) < len(typ)+len(param) || !strings.EqualFold(contentType[:len(typ)], typ) {
		return "", false
	}
	rest := strings.TrimLeft(contentType[len(typ):], " ")
	if strings.EqualFold(rest, param) {
		return "utf-8", true
	}
	return "", false
}

// mostlyUTF8 reports whether body reads as UTF-8: no invalid sequences,
// or at least ten valid multi-byte characters for each invalid byte (a
// UTF-8 page with a few stray bytes is still UTF-8; windows-1256 Persian
// text is almost all invalid).
func mostlyUTF8(body []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return bad == 0 || good >= 10*bad
}

// metaCharset returns the charset label declared by a <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=..."> in the first
// 1024 bytes, or "".
func metaCharset(body []byte) string {
	if len(body) > 1024 {
		body = body[:1024]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var cs, content string
			var httpEquiv bool
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				}
			}
			if cs != "" {
				return strings.TrimSpace(cs)
			}
			if httpEquiv && content != "" {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
				if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
					return strings.Trim(strings.TrimSpace(content[i+len("charset="):]), `"';`)
				}
			}
		}
	}
}
