package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"sync"
	"unicode/utf8"

	"govwatch/extract"
	"govwatch/transform"
)

// A parse key names what produced an article row's title, body and printed dates:
// extract's parse version, the source's profile with a digest of its definition, and
// a digest of what transform.Normalize does. A reprocess takes a row's text instead of
// parsing its archived page again only when the row's key is the one it would write
// now (see storedArticles), so every part that can change the text is in it:
//
//	extract/1 profile=iran_gov_cms@1f0c9a2b norm@5e77d1c0
//
// A crawl gives no key to the pages of a source read by the automatic layout: what
// reads them there depends on hints from the listing as well. A reprocess reads them
// with the layout kept for the source and no hints, so the rows it writes for them
// get a key of that layout and the presets (autoParseKey): the next reprocess with
// the same kept layout takes their text back.

// parseKeys returns the parse key a crawl gives the pages of each source of opts, by
// source ID, "" for a source whose pages get none.
func parseKeys(opts Options) map[string]string {
	keys := make(map[string]string, len(opts.Sources))
	for _, s := range opts.Sources {
		keys[s.ID] = parseKeyOf(s, opts.Profiles)
	}
	return keys
}

func parseKeyOf(s extract.Source, profiles map[string]extract.Profile) string {
	p, ok := profiles[s.ProfileName()]
	if !ok || p.IsAuto() {
		return ""
	}
	def, err := json.Marshal(p)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(def)
	return extract.ParseVersion + " profile=" + p.Name + "@" + hex.EncodeToString(sum[:4]) + " norm@" + normDigest()
}

// reprocessKeys returns the parse key a reprocess gives the pages of each source of
// opts: the crawl's, and for a source of the automatic layout the key of what
// reparser reads its pages with.
func reprocessKeys(opts Options, reparser *extract.Reparser) map[string]string {
	keys := parseKeys(opts)
	for _, s := range opts.Sources {
		if p, ok := opts.Profiles[s.ProfileName()]; (ok && p.IsAuto()) || (!ok && s.ProfileName() == extract.AutoProfile) {
			keys[s.ID] = autoParseKey(reparser, s)
		}
	}
	return keys
}

// autoParseKey is the parse key of the pages of src, a source of the automatic
// layout, as reparser reads them: the kept layout and the presets in use.
func autoParseKey(reparser *extract.Reparser, src extract.Source) string {
	in := reparser.ParseInputs(src)
	if in == nil {
		return ""
	}
	sum := sha256.Sum256(in)
	return extract.ParseVersion + " auto@" + hex.EncodeToString(sum[:4]) + " norm@" + normDigest()
}

// normDigest is a digest of transform.Normalize's behaviour: of its output on every
// code point alone and between letters, and on the runs of spaces, line breaks and
// joiners whose collapsing it decides. transform has no version of its own for the
// normalisation (its ExtractorVersion changes with every rule, and a reprocess
// runs because a rule changed), so the rows record what the normaliser does. A
// change that shows on none of these probes (a rule over longer contexts) is not
// seen: `govwatch reprocess --from-warc` is the way then.
var normDigest = sync.OnceValue(func() string {
	h := sha256.New()
	var b strings.Builder
	flush := func() {
		h.Write([]byte(transform.Normalize(b.String())))
		h.Write([]byte{0})
		b.Reset()
	}
	for r := rune(1); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if r > 0x2FFFF && r < 0xE0000 {
			r = 0xE0000 // unassigned planes: nothing there to map
		}
		// Alone between separators, and inside a word.
		b.WriteString("|")
		b.WriteRune(r)
		b.WriteString("| ب")
		b.WriteRune(r)
		b.WriteString("ب ")
		if b.Len() > 64<<10 {
			flush()
		}
	}
	flush()
	spaces := []string{" ", "  ", "\t", "\u00a0", "\u200c", "\u200c\u200c", "\u200b", "\n", "\n\n", "\n\n\n", "\r\n", "\r", " \n ", "\u200c ", " \u200c", "\u2028", "\u200f"}
	around := []string{"ب", "1", "۱", ".", "«", ""}
	for _, l := range around {
		for _, s := range spaces {
			for _, r := range around {
				for _, t := range spaces {
					b.WriteString(l + s + r + t + l)
					flush()
				}
			}
		}
	}
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:4])
})
