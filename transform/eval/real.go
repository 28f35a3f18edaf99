package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The two parts of the real set. Rules are tuned on [PartTune] only; the figures
// reported for the extractors are those of [PartCheck].
const (
	PartTune  = "tune"
	PartCheck = "check"
)

// Part returns the part of the real set a passage belongs to, by a fixed rule
// on its id alone: [PartCheck] when the FNV-1a 32-bit hash of the id is 0 or 1
// modulo 5 (two passages in five), [PartTune] otherwise. The rule never looks
// at a passage's text or labels, so adding passages never moves old ones.
func Part(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%5 < 2 {
		return PartCheck
	}
	return PartTune
}

// RealSet is the set of real passages: annotations that are committed, and the
// passage texts, which belong to their publishers and live only in a
// git-ignored folder on the machine that rebuilt them.
type RealSet struct {
	// Docs holds the passages whose text was found, in label-file order, with
	// Text set and the codes mapped to the project's own.
	Docs []Doc
	// Labelled is the number of annotated passages, with or without text.
	Labelled int
	// MissingText lists the ids of annotated passages with no text file.
	MissingText []string
	// CheckLabelled is the number of annotated passages of the check part,
	// with or without text: what share of it a measurement covers.
	CheckLabelled int
}

// ErrNoTexts reports a real set whose texts folder is absent or empty.
var ErrNoTexts = errors.New("no passage texts")

// labelFiles returns, in name order, the files under dir (its texts folder
// excepted) whose names end in suffix.
func labelFiles(dir, suffix string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && e.Name() == "texts" {
			return filepath.SkipDir
		}
		if !e.IsDir() && strings.HasSuffix(e.Name(), suffix) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// realLabel is one line of a real labels file, as written by the annotation
// guidelines (../shared/data/real-dev/GUIDELINES.md): no text, no evidence.
type realLabel struct {
	ID         string        `json:"id"`
	URL        *string       `json:"url"`
	Query      *string       `json:"query"`
	Province   *string       `json:"province"`
	County     *string       `json:"county"`
	People     []realPerson  `json:"people"`
	Violations []realViolate `json:"violations"`
	Notes      any           `json:"notes"`
}

type realPerson struct {
	Name         string  `json:"name"`
	Role         *string `json:"role"`
	Organization *string `json:"organization"`
	Note         any     `json:"note"`
}

type realViolate struct {
	OfficeType     string   `json:"office_type"`
	Modality       string   `json:"modality"`
	Sanction       *string  `json:"sanction"`
	ViolationType  *string  `json:"violation_type"`
	ViolationTypes []string `json:"violation_types"`
	Count          *int     `json:"count"`
	Note           any      `json:"note"`
	Evidence       any      `json:"evidence"`
}

// guidelineCodes maps the codes of the annotation guidelines to the project's
// own where they are spelled differently.
var guidelineCodes = map[string]string{
	"government_service_counter": "government_counter",
	"rural_ict_office":           "rural_ict",
	"no_price_tag":               "price_list",
	"absence_of_manager":         "holder_absent",
}

func mapCode(s string) string {
	if c, ok := guidelineCodes[s]; ok {
		return c
	}
	return s
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// LoadReal reads the real set under dir: every *.labels.jsonl file in dir and
// its subfolders (texts/ excepted), in name order, and for each passage the text
// in dir/texts/ID.txt. A passage without a text file is listed in
// [RealSet.MissingText]; when no passage has one, LoadReal returns the labels'
// count and an error wrapping [ErrNoTexts]. Label errors name the file and line.
func LoadReal(dir string) (RealSet, error) {
	labels, err := readSetLabels(dir)
	if err != nil {
		return RealSet{}, err
	}
	var set RealSet
	seenURL := make(map[string]string)
	for _, l := range labels {
		if u := pageKey(deref(l.URL)); u != "" {
			// The same page twice would sit in both parts of the split
			// and tune the check part through its twin.
			if first, dup := seenURL[u]; dup {
				return RealSet{}, fmt.Errorf("%s: id %q: %w, first at %s", l.where, l.ID, ErrDuplicateURL, first)
			}
			seenURL[u] = l.where
		}
		set.Labelled++
		text, err := os.ReadFile(filepath.Join(dir, "texts", l.ID+".txt"))
		if errors.Is(err, fs.ErrNotExist) {
			set.MissingText = append(set.MissingText, l.ID)
			continue
		}
		if err != nil {
			return RealSet{}, fmt.Errorf("read text of %s: %w", l.ID, err)
		}
		set.Docs = append(set.Docs, l.doc(string(text)))
	}
	twins, err := readTwins(filepath.Join(dir, twinsFile))
	if err != nil {
		return RealSet{}, err
	}
	for i := range set.Docs {
		set.Docs[i].Part = twins.part(set.Docs[i].ID)
	}
	for _, l := range labels {
		if twins.part(l.ID) == PartCheck {
			set.CheckLabelled++
		}
	}
	if len(set.Docs) == 0 {
		return set, fmt.Errorf("%s: %w (%d passages labelled; rebuild the texts as transform/testdata/real/README.md says)",
			filepath.Join(dir, "texts"), ErrNoTexts, set.Labelled)
	}
	return set, nil
}

// LoadRealLabels reads the labels of the real set under dir without the
// texts: the passages' people and violations with the project's codes, in
// file order. Like [LoadReal] it refuses an id labelled twice.
func LoadRealLabels(dir string) ([]Doc, error) {
	labels, err := readSetLabels(dir)
	if err != nil {
		return nil, err
	}
	docs := make([]Doc, 0, len(labels))
	for _, l := range labels {
		docs = append(docs, l.doc(""))
	}
	return docs, nil
}

// setLabel is a label of the real set with where it was read («file:line»).
type setLabel struct {
	realLabel
	where string
}

// readSetLabels reads every *.labels.jsonl file under dir (texts/ excepted),
// in name order, and refuses an id labelled twice.
func readSetLabels(dir string) ([]setLabel, error) {
	files, err := labelFiles(dir, ".labels.jsonl")
	if err != nil {
		return nil, fmt.Errorf("find real labels: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("find real labels: no *.labels.jsonl under %s", dir)
	}
	var out []setLabel
	seen := make(map[string]string)
	for _, path := range files {
		labels, err := readRealLabels(path)
		if err != nil {
			return nil, err
		}
		for _, l := range labels {
			where := fmt.Sprintf("%s:%d", path, l.line)
			if first, dup := seen[l.ID]; dup {
				return nil, fmt.Errorf("%s: id %q: %w, first at %s", where, l.ID, ErrDuplicateID, first)
			}
			seen[l.ID] = where
			out = append(out, setLabel{l.realLabel, where})
		}
	}
	return out, nil
}

// LoadAnnotation reads a second annotation of real passages, a file in the
// real labels' format (see [LoadReal]), as predictions to score against the
// first: how far two annotators agree on the same passages.
func LoadAnnotation(path string) ([]Prediction, error) {
	labels, err := readRealLabels(path)
	if err != nil {
		return nil, err
	}
	out := make([]Prediction, 0, len(labels))
	seen := make(map[string]int)
	for _, l := range labels {
		if first, dup := seen[l.ID]; dup {
			return nil, fmt.Errorf("%s:%d: id %q: %w, first at line %d", path, l.line, l.ID, ErrDuplicateID, first)
		}
		seen[l.ID] = l.line
		d := l.doc("")
		out = append(out, Prediction{ID: d.ID, People: d.People, Violations: d.Violations})
	}
	return out, nil
}

// twinsFile lists, in the real set's folder, the pairs of passages that
// share much of their text (one story published by several sites): a line
// holds two ids and, after a tab, a note.
const twinsFile = "twins.tsv"

// twinSet joins twin passages into groups that stay in one part of the split.
type twinSet struct{ parent map[string]string }

func (t twinSet) root(id string) string {
	for {
		p, ok := t.parent[id]
		if !ok || p == id {
			return id
		}
		id = p
	}
}

// part returns the part of passage id: [Part] of its id, or [PartTune] when
// any twin of its group falls in the tuning part by its own id. Tuning on a
// story teaches the rules its twin's text, so the twin cannot be checked on.
func (t twinSet) part(id string) string {
	if Part(id) == PartTune {
		return PartTune
	}
	r := t.root(id)
	for other := range t.parent {
		if t.root(other) == r && Part(other) == PartTune {
			return PartTune
		}
	}
	return PartCheck
}

// readTwins reads the twins file at path; a missing file means no twins.
func readTwins(path string) (twinSet, error) {
	t := twinSet{parent: map[string]string{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return t, fmt.Errorf("read twins: %w", err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || strings.TrimSpace(f[0]) == "" || strings.TrimSpace(f[1]) == "" {
			return t, fmt.Errorf("%s:%d: want two ids separated by a tab, got %q", path, n+1, line)
		}
		a, b := t.root(strings.TrimSpace(f[0])), t.root(strings.TrimSpace(f[1]))
		t.parent[a], t.parent[b] = a, a
	}
	return t, nil
}

// ErrDuplicateURL reports a real passage whose page another passage of the
// set already comes from.
var ErrDuplicateURL = errors.New("duplicate url")

// pageKey is the form of a page's URL under which two labels name the same
// page: percent-decoded until it no longer changes (some pages' URLs are
// encoded twice), without the scheme, a «www.», «m.» or «mail.» host prefix,
// and a trailing slash.
func pageKey(u string) string {
	for i := 0; i < 4; i++ {
		d, err := url.PathUnescape(u)
		if err != nil || d == u {
			break
		}
		u = d
	}
	u = strings.TrimSpace(u)
	for _, p := range []string{"https://", "http://"} {
		u = strings.TrimPrefix(u, p)
	}
	for _, p := range []string{"www.", "mail.", "m."} {
		u = strings.TrimPrefix(u, p)
	}
	if host, path, ok := strings.Cut(u, "/"); ok {
		u = strings.TrimSuffix(host, ".") + "/" + path // «borna.news./…»: a host's root dot
	}
	return strings.TrimSuffix(u, "/")
}

type numberedLabel struct {
	realLabel
	line int
}

// readRealLabels reads one labels file strictly: unknown fields, a missing id
// or name, and unknown codes are errors naming the file, line and field.
func readRealLabels(path string) ([]numberedLabel, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open real labels: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var out []numberedLabel
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var l realLabel
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("%s: %w", path, &GoldError{Line: line, Field: jsonField(err), Err: err})
		}
		if field, err := l.validate(); err != nil {
			return nil, fmt.Errorf("%s: %w", path, &GoldError{Line: line, Field: field, Err: err})
		}
		out = append(out, numberedLabel{l, line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

func (l realLabel) validate() (string, error) {
	if strings.TrimSpace(l.ID) == "" {
		return "id", ErrMissing
	}
	if strings.ContainsAny(l.ID, `/\.`) {
		return "id", fmt.Errorf("%w: %q is not a file name", ErrBadValue, l.ID)
	}
	for i, p := range l.People {
		if strings.TrimSpace(p.Name) == "" {
			return fmt.Sprintf("people[%d].name", i), ErrMissing
		}
	}
	for i, v := range l.Violations {
		at := func(f string) string { return fmt.Sprintf("violations[%d].%s", i, f) }
		if !contains(officeTypes, mapCode(v.OfficeType)) {
			return at("office_type"), fmt.Errorf("%w %q", ErrBadCode, v.OfficeType)
		}
		if !contains(modalities, v.Modality) {
			return at("modality"), fmt.Errorf("%w %q", ErrBadCode, v.Modality)
		}
		if s := deref(v.Sanction); s != "" && !contains(sanctions, s) {
			return at("sanction"), fmt.Errorf("%w %q", ErrBadCode, s)
		}
	}
	return "", nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// doc turns a label and its passage text into a [Doc] with the project's codes.
// The guidelines' violation types that the project has no code for are kept
// as written and simply never match.
func (l realLabel) doc(text string) Doc {
	d := Doc{ID: l.ID, Province: deref(l.Province), County: deref(l.County), Text: text,
		Paragraphs: []string{text}}
	for _, p := range l.People {
		d.People = append(d.People, Person{Name: p.Name, Role: deref(p.Role), Organization: deref(p.Organization)})
	}
	for _, v := range l.Violations {
		d.Violations = append(d.Violations, Violation{
			OfficeType:    mapCode(v.OfficeType),
			Modality:      v.Modality,
			Sanction:      deref(v.Sanction),
			ViolationType: mapCode(deref(v.ViolationType)),
			Count:         deref(v.Count),
		})
	}
	return d
}

// Split returns the documents of one part ([PartTune] or [PartCheck]).
func Split(docs []Doc, part string) []Doc {
	var out []Doc
	for _, d := range docs {
		p := d.Part
		if p == "" {
			p = Part(d.ID)
		}
		if p == part {
			out = append(out, d)
		}
	}
	return out
}

// MergeByKey merges a prediction's violations as the real set's guidelines
// annotate them: one entry per distinct (office type, modality, sanction) in a
// passage, the first one of each key kept; and a mention with no sanction is
// the same finding as a sanctioned mention of the same office type and
// modality («۲۰ واحد متخلف شناسایی و پلمب شدند»), which the guidelines keep
// apart only when it covers other units, something a count alone does not
// tell (tried: keeping counted ones cost the tuning part 29 spurious entries
// for 10 matches).
//
// The kept entry's violation type is the guidelines' single one: the first
// specific (not "other") type among the entries of its key, in text order,
// else "other" when one of them says so; the project's own finer types are
// first put in the guidelines' words ([GuidelineType]).
func MergeByKey(p Prediction) Prediction {
	seen := make(map[string]int, len(p.Violations))
	sanctioned := make(map[string]bool)
	for _, v := range p.Violations {
		if code(v.Sanction) != "" {
			sanctioned[code(v.OfficeType)+sep+code(v.Modality)] = true
		}
	}
	out := p.Violations[:0:0]
	for _, v := range p.Violations {
		v.ViolationType = GuidelineType(v.ViolationType)
		k := code(v.OfficeType) + sep + code(v.Modality) + sep + code(v.Sanction)
		if at, ok := seen[k]; ok {
			out[at].ViolationType = firstSpecific(out[at].ViolationType, v.ViolationType)
			continue
		}
		if code(v.Sanction) == "" && sanctioned[code(v.OfficeType)+sep+code(v.Modality)] {
			continue
		}
		seen[k] = len(out)
		out = append(out, v)
	}
	p.Violations = out
	return p
}

// firstSpecific returns the type the guidelines keep of two met in text
// order: the first that is not "other", else "other", else "".
func firstSpecific(first, next string) string {
	if first == "" || first == violationOther && next != "" {
		return next
	}
	return first
}

const violationOther = "other"

// foldedTypes holds the project's violation types that the guidelines have no
// code of their own for, and the guidelines' code each is annotated with.
var foldedTypes = map[string]string{
	"working_hours":    violationOther, // «عدم رعایت ساعت کار → other»
	"subsidised_flour": violationOther, // flour sold off the network: «عرضه خارج از شبکه → other»
	"fuel_misuse":      violationOther, // fuel smuggled or sold off the card system: «قاچاق → other»
	"service_fee":      "overcharging", // charging above the approved tariff
}

// GuidelineType returns the code the annotation guidelines give a violation
// type of the project's: its own where the guidelines have it, else the one
// they fold it into.
func GuidelineType(t string) string {
	if g, ok := foldedTypes[t]; ok {
		return g
	}
	return t
}
