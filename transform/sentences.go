package transform

import "sort"

// span is a half-open range of rune offsets into the body.
type span struct{ start, end int32 }

// isTerminator reports whether r ends a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '؟', '?', '!', '؛', ';', '…':
		return true
	}
	return false
}

// endsSentence reports whether r ends a sentence for the splitter: a
// terminator other than «؛» and «;», which join the items of a list or the
// clauses of one sentence («… پلمب شد؛ ۵ واحد اخطار گرفتند») and are cut as
// clauses, not sentences.
func endsSentence(r rune) bool {
	return isTerminator(r) && r != '؛' && r != ';'
}

func isClosing(r rune) bool {
	switch r {
	case '»', '"', ')', ']', '”', '\'':
		return true
	}
	return false
}

func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '۰' && r <= '۹') || (r >= '٠' && r <= '٩')
}

// maxSentenceRunes bounds a sentence. Real sentences stay well below it (the
// longest of the evaluation sets and real passages has 684 runes); a longer
// run of text without a full stop, such as a whole page on one line, is cut
// into sentences of at most this length at word boundaries, so that
// evidence strings and the work of every per-sentence rule stay bounded.
const maxSentenceRunes = 1000

// splitSentences splits body into sentences at . ؟ ? ! … and line breaks
// (not at «؛» and «;»: see endsSentence; not at a line break after a comma,
// see lineGoesOn). A full stop between digits (a decimal), or one not followed by a
// space or the end of the text (an abbreviation, a domain name), does not end
// a sentence. Spans exclude surrounding spaces and include the terminator. A
// sentence longer than maxSentenceRunes is cut at word boundaries (see
// cutLong).
func splitSentences(body []rune) []span {
	return splitSentencesInto(body, nil, nil, nil)
}

// splitSentencesInto is splitSentences appending to out. joins, when not
// nil, reports whether the word body[s:e) that ends a line cannot end a
// sentence («از», «در»), so that the sentence goes on on the next line.
func splitSentencesInto(body []rune, out []span, joins, given func(s, e int) bool) []span {
	start := -1
	n := len(body)
	emit := func(end int) {
		if start >= 0 {
			e := end
			for e > start && (body[e-1] == ' ' || body[e-1] == '\n') {
				e--
			}
			if e > start {
				out = cutLong(body, start, e, out)
			}
		}
		start = -1
	}
	for i := 0; i < n; i++ {
		r := body[i]
		if r == '\n' {
			if start >= 0 && lineGoesOn(body, i, joins) {
				continue // a sentence wrapped onto the next line
			}
			emit(i)
			continue
		}
		if start < 0 {
			if r == ' ' {
				continue
			}
			start = i
		}
		if !endsSentence(r) {
			continue
		}
		if r == '.' && i > 0 && i+1 < n && isDigit(body[i-1]) && isDigit(body[i+1]) {
			continue
		}
		j := i + 1
		for j < n && (endsSentence(body[j]) || isClosing(body[j])) {
			j++
		}
		if etCetera(body, i, j) {
			// «اعم از خرچنگ، هشت‌پا و… به متصدیان داده شد»: «و…» is
			// "and so on" inside the sentence.
			i = j - 1
			continue
		}
		if r == '.' && j < n && body[j] != ' ' && body[j] != '\n' && !agencyLeadAt(body, j) && !nameAfterStop(body, i, j, given) {
			continue
		}
		emit(j)
		i = j - 1
	}
	emit(n)
	return out
}

// nameAfterStop reports whether a full stop at body[i], typed with no space
// before body[j], ends a Persian word of two letters or more and a given name
// follows it («… کود است.حسن کریمی گفت»): a new sentence, whose speaker an
// unnamed title before it may be. given, when not nil, reports whether the
// word body[s:e) is a given name.
func nameAfterStop(body []rune, i, j int, given func(s, e int) bool) bool {
	if given == nil || i < 2 || wordClass(body[i-1]) != 1 || wordClass(body[i-2]) != 1 {
		return false
	}
	e := j
	for e < len(body) && wordClass(body[e]) == 1 {
		e++
	}
	return e-j >= 2 && given(j, e)
}

// agencyLeadAt reports whether an agency's lead («به گزارش …», «به نقل از
// …») starts at body[j]: after a full stop with no space («… است.به گزارش
// خبرنگار مهر، …») a new sentence begins all the same.
func agencyLeadAt(body []rune, j int) bool {
	for _, lead := range agencyLeads {
		if j+len(lead) <= len(body) && string(body[j:j+len(lead)]) == string(lead) {
			return true
		}
	}
	return false
}

// agencyLeads are the openings of an agency's lead, spaced and glued.
var agencyLeads = [][]rune{[]rune("به گزارش"), []rune("به\u200cگزارش"), []rune("بگزارش"), []rune("به نقل از")}

// lineGoesOn reports whether the line break at body[i] wraps a sentence
// rather than ending it: the line ends with a comma, or with a word that
// joins (see splitSentencesInto), and the next line has text at once (a blank
// line always ends a paragraph).
func lineGoesOn(body []rune, i int, joins func(s, e int) bool) bool {
	if i+1 >= len(body) || body[i+1] == '\n' || body[i+1] == ' ' && (i+2 >= len(body) || body[i+2] == '\n') {
		return false
	}
	p := i - 1
	for p >= 0 && body[p] == ' ' {
		p--
	}
	if p < 0 {
		return false
	}
	if body[p] == '،' || body[p] == ',' {
		return true
	}
	if joins == nil || wordClass(body[p]) == 0 {
		return false
	}
	s := p
	for s > 0 && (wordClass(body[s-1]) != 0 || body[s-1] == zwnj) {
		s--
	}
	return joins(s, p+1)
}

// etCetera reports whether the marks body[i:j) are an ellipsis («…» or
// «...») right after the word «و» with text going on after them on the same
// line: «و…» ("and so on") closes a list inside a sentence.
func etCetera(body []rune, i, j int) bool {
	ellipsis := body[i] == '…' || j-i >= 2 && body[i] == '.' && body[i+1] == '.'
	if !ellipsis {
		return false
	}
	p := i - 1
	for p >= 0 && body[p] == ' ' {
		p--
	}
	if p < 0 || body[p] != 'و' || p > 0 && wordClass(body[p-1]) != 0 {
		return false
	}
	for k := j; k < len(body); k++ {
		switch {
		case body[k] == ' ':
			continue
		case body[k] == '\n':
			return false
		}
		return wordClass(body[k]) != 0
	}
	return false
}

// cutLong appends the sentence body[start:end) to out, cut into pieces of
// at most maxSentenceRunes runes when it is longer: each piece ends at the
// last space before the bound, or else after the last punctuation mark
// before it, or else (one word longer than the bound) after that word. Pieces exclude
// surrounding spaces.
func cutLong(body []rune, start, end int, out []span) []span {
	for end-start > maxSentenceRunes {
		cut := -1
		limit := start + maxSentenceRunes
		for i := limit; i > start && cut < 0; i-- {
			if body[i] == ' ' {
				cut = i
			}
		}
		for i := limit - 1; i > start && cut < 0; i-- {
			if r := body[i]; wordClass(r) == 0 && r != zwnj {
				cut = i + 1
			}
		}
		for i := limit; i < end && cut < 0; i++ {
			switch r := body[i]; {
			case r == ' ':
				cut = i
			case wordClass(r) == 0 && r != zwnj:
				cut = i + 1
			}
		}
		if cut < 0 {
			break
		}
		e := cut
		for e > start && body[e-1] == ' ' {
			e--
		}
		out = append(out, span{int32(start), int32(e)})
		start = cut
		for start < end && body[start] == ' ' {
			start++
		}
	}
	if end > start {
		out = append(out, span{int32(start), int32(end)})
	}
	return out
}

// sentenceAt returns the index of the sentence containing offset p, or of
// the last sentence before it; -1 if none.
func sentenceAt(sents []span, p int32) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].end > p })
	if i < len(sents) && sents[i].start <= p {
		return i
	}
	return i - 1
}
