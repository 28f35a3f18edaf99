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

// splitSentences splits body into sentences at . ؟ ? ! ؛ ; … and line
// breaks. A full stop between digits (a decimal), or one not followed by a
// space or the end of the text (an abbreviation, a domain name), does not end
// a sentence. Spans exclude surrounding spaces and include the terminator.
func splitSentences(body []rune) []span {
	return splitSentencesInto(body, nil)
}

// splitSentencesInto is splitSentences appending to out.
func splitSentencesInto(body []rune, out []span) []span {
	start := -1
	n := len(body)
	emit := func(end int) {
		if start >= 0 {
			e := end
			for e > start && (body[e-1] == ' ' || body[e-1] == '\n') {
				e--
			}
			if e > start {
				out = append(out, span{int32(start), int32(e)})
			}
		}
		start = -1
	}
	for i := 0; i < n; i++ {
		r := body[i]
		if r == '\n' {
			emit(i)
			continue
		}
		if start < 0 {
			if r == ' ' {
				continue
			}
			start = i
		}
		if !isTerminator(r) {
			continue
		}
		if r == '.' && i > 0 && i+1 < n && isDigit(body[i-1]) && isDigit(body[i+1]) {
			continue
		}
		j := i + 1
		for j < n && (isTerminator(body[j]) || isClosing(body[j])) {
			j++
		}
		if r == '.' && j < n && body[j] != ' ' && body[j] != '\n' {
			continue
		}
		emit(j)
		i = j - 1
	}
	emit(n)
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
