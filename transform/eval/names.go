package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// NamesDoc is a passage of general news with the names of every person it
// names: the measure of how often an extracted name is a person's.
type NamesDoc struct {
	ID   string
	Text string
	// Names are the people named, each once, in their fullest form.
	Names []string
}

type namesLabel struct {
	ID    string   `json:"id"`
	URL   *string  `json:"url"`
	Query *string  `json:"query"`
	Names []string `json:"names"`
	Notes any      `json:"notes"`
}

// LoadNames reads the general-news passages under dir: every *.names.jsonl
// file in dir and its subfolders, with each passage's text in
// dir/texts/ID.txt (the real set's texts folder). Passages without a text
// are left out; with none at all, LoadNames returns an error wrapping
// [ErrNoTexts].
func LoadNames(dir string) ([]NamesDoc, error) {
	files, err := labelFiles(dir, ".names.jsonl")
	if err != nil {
		return nil, fmt.Errorf("find names labels: %w", err)
	}
	var docs []NamesDoc
	labelled := 0
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read names labels: %w", err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 64<<10), maxLine)
		for line := 1; sc.Scan(); line++ {
			raw := bytes.TrimSpace(sc.Bytes())
			if len(raw) == 0 {
				continue
			}
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.DisallowUnknownFields()
			var l namesLabel
			if err := dec.Decode(&l); err != nil {
				return nil, fmt.Errorf("%s: %w", path, &GoldError{Line: line, Field: jsonField(err), Err: err})
			}
			if l.ID == "" || strings.ContainsAny(l.ID, `/\.`) {
				return nil, fmt.Errorf("%s: %w", path, &GoldError{Line: line, Field: "id", Err: ErrMissing})
			}
			labelled++
			text, err := os.ReadFile(filepath.Join(dir, "texts", l.ID+".txt"))
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("read text of %s: %w", l.ID, err)
			}
			docs = append(docs, NamesDoc{ID: l.ID, Text: string(text), Names: l.Names})
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: %w (%d passages labelled)", filepath.Join(dir, "texts"), ErrNoTexts, labelled)
	}
	return docs, nil
}

// NamesScore is how the names an extractor finds in general news compare with
// the people the passages name.
type NamesScore struct {
	Docs int `json:"docs"`
	// Extracted is the number of names extracted; People of them are names
	// of people: the whole or a part (a surname) of a name in the labels.
	Extracted int `json:"extracted"`
	People    int `json:"people"`
	// Precision is People/Extracted, 1 when nothing was extracted.
	Precision float64 `json:"precision"`
	// NotPeople lists the extracted names that are no person's, as
	// "id: name".
	NotPeople []string `json:"not_people,omitempty"`
}

// ScoreNames scores the names extract finds in each passage.
func ScoreNames(docs []NamesDoc, extract func(NamesDoc) []string) NamesScore {
	var s NamesScore
	for _, d := range docs {
		s.Docs++
		gold := make([][]string, 0, len(d.Names))
		for _, n := range d.Names {
			gold = append(gold, nameWords(n))
		}
		for _, n := range extract(d) {
			s.Extracted++
			w := nameWords(n)
			ok := false
			for _, g := range gold {
				if contiguousIn(w, g) {
					ok = true
					break
				}
			}
			if ok {
				s.People++
			} else {
				s.NotPeople = append(s.NotPeople, d.ID+": "+n)
			}
		}
	}
	s.Precision = ratio(s.People, s.Extracted, true)
	return s
}

// nameWords returns the folded words of a name without its leading
// honorifics, as [FoldName] drops them.
func nameWords(n string) []string {
	words := strings.Fields(n)
	for dropped := true; dropped; {
		dropped = false
		for k := min(maxHonorificWords, len(words)-1); k >= 1; k-- {
			if honorifics[Fold(strings.Join(words[:k], ""))] {
				words, dropped = words[k:], true
				break
			}
		}
	}
	if len(words) > 1 {
		// «سیدمهدی موسوی», as FoldName reads it.
		for _, p := range []string{"سیده", "سید"} {
			if g, ok := strings.CutPrefix(Fold(words[0]), p); ok && len([]rune(g)) >= 3 {
				words[0] = g
				break
			}
		}
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		if f := Fold(w); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// contiguousIn reports whether words a stand together, in order, in b, or
// their joined keys are equal (names written with and without a space).
func contiguousIn(a, b []string) bool {
	if strings.Join(a, "") == strings.Join(b, "") {
		return true
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if slicesEqual(a, b[i:i+len(a)]) {
			return true
		}
	}
	return false
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
