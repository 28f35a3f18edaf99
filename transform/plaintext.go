package transform

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Footer labels under which governorate portals print an article's dates.
var (
	registeredLabel = regexp.MustCompile(`^\s*تاریخ\s*ثبت(?:\s*خبر)?\s*[:：]\s*(.*)$`)
	occurredLabel   = regexp.MustCompile(`^\s*تاریخ\s*وقوع(?:\s*خبر)?\s*[:：]\s*(.*)$`)
	// imageRef is a lead-image path left in text copied from a page, as in
	// «'../NewsImages/ba92….jpg' برگزاری جلسه …».
	imageRef = regexp.MustCompile(`^\s*['"]?[./]*[A-Za-z]*Images?/[^\s'"]+\.(?:jpe?g|png|gif)['"]?\s*`)
)

// boxTitles are the box headings a portal prints above an article («شرح خبر»).
var boxTitles = map[string]bool{"شرح خبر": true, "متن خبر": true, "شرح‌خبر": true}

// maxHeadlineRunes bounds a headline; a longer first line is the lead.
const maxHeadlineRunes = 150

// looksLikeHeadline reports whether the first line of a copied article is its
// headline rather than its lead paragraph: short, not opening with the
// agency's «به گزارش», and not ending a sentence with a full stop.
func looksLikeHeadline(line string) bool {
	key := Normalize(line)
	if utf8.RuneCountInString(key) > maxHeadlineRunes || strings.HasPrefix(key, "به گزارش") {
		return false
	}
	return !strings.HasSuffix(key, ".")
}

// minWrappedRunes is the least length of a line that may have been cut by the
// width of a page rather than ended by its writer.
const minWrappedRunes = 40

// wrapsOn reports whether line next continues line prev, cut by the width of
// the page: prev is long and ends without a stop, colon or closing quote, and
// next starts with a letter, not with the agency's «به گزارش».
func wrapsOn(prev, next string) bool {
	// Runes are counted on the normalised line, so that a portal's double
	// spaces do not make a heading long enough to be a wrapped line.
	nextNorm := Normalize(next)
	if utf8.RuneCountInString(Normalize(prev)) < minWrappedRunes || strings.HasPrefix(nextNorm, "به گزارش") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?؟:؛;»\"”)*", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLetter(first) {
		return false
	}
	// «وی افزود: …», «X گفت: …»: a line that opens with a statement of its
	// own within its first words is a new paragraph, not the rest of prev.
	head := []rune(nextNorm)
	if len(head) > statementHeadRunes {
		head = head[:statementHeadRunes]
	}
	return !strings.ContainsAny(string(head), ":：")
}

// statementHeadRunes is how far into a line, in runes of its normalised form
// (a portal's double spaces do not count), a colon makes the line a statement
// of its own: a name, a title and a scene before «… اظهار داشت:» fit in it,
// and so does a title with the clause it opens («فرماندار … را از برنامه‌های
// دولت دانست و افزود:»). Tuning part: roles +1 from 100 runes; check part: no change.
const statementHeadRunes = 200

// InputFromText reads an article copied as plain text from a portal page: an optional
// box heading, the title (possibly behind the lead image's path), the body paragraphs
// one a line, and the footer lines «تاریخ ثبت خبر: …» and «تاریخ وقوع خبر: …». The
// first remaining line is the title when more lines follow it and it looks like
// a headline (see looksLikeHeadline); otherwise it is the lead and every line is
// body.
func InputFromText(text string) Input {
	var in Input
	var lines []string
	blank := true // the line before was blank
	for _, raw := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line := strings.TrimSpace(strings.ReplaceAll(raw, "\u00a0", " "))
		if line == "" {
			blank = true
			continue
		}
		// A line that repeats the headline is a heading of its own, never
		// a paragraph cut by the page's width.
		wrapped := !blank && len(lines) > 1 && lines[len(lines)-1] != lines[0] && wrapsOn(lines[len(lines)-1], line)
		blank = false
		if wrapped {
			// A line cut by the page's width goes on on the next one
			// («… احمد تجریمفرد» / «فرماندار شهرستان …»).
			lines[len(lines)-1] += " " + line
			continue
		}
		key := Normalize(line)
		if boxTitles[key] && len(lines) == 0 {
			continue
		}
		if m := registeredLabel.FindStringSubmatch(key); m != nil {
			in.Registered = strings.TrimSpace(m[1])
			continue
		}
		if m := occurredLabel.FindStringSubmatch(key); m != nil {
			in.Occurred = strings.TrimSpace(m[1])
			continue
		}
		if len(lines) == 0 {
			line = strings.TrimSpace(imageRef.ReplaceAllString(line, ""))
			if line == "" {
				continue
			}
		}
		lines = append(lines, line)
	}
	if len(lines) > 1 && looksLikeHeadline(lines[0]) {
		in.Title, lines = lines[0], lines[1:]
	}
	in.Paragraphs = lines
	return in
}
