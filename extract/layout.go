package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Layout is what the crawler learned about one source's pages under
// [AutoProfile]: the preset that fits its pages, or the selectors it wrote
// for them. It is kept per source in Config.LayoutDir and used by the next
// crawl, until pages stop fitting it.
type Layout struct {
	// Source is the source's ID; StartURL its first start URL when the
	// layout was learned (a layout learned for another URL is not used).
	Source   string `json:"source"`
	StartURL string `json:"start_url"`
	// Preset is the name of the preset that fits the source, if one does.
	Preset string `json:"preset,omitempty"`
	// List holds the listing selectors: the preset's, or learned.
	List ListSelectors `json:"list"`
	// Article holds the article selectors learned (Title empty until two
	// article pages gave the same ones); unused with a preset.
	Article ArticleSelectors `json:"article"`
	// LinkPattern is the shape of the article URLs the listing links to.
	LinkPattern string `json:"link_pattern,omitempty"`
	// NextURL is the next-page link found on the listing page the layout
	// was learned on, and NextPattern its shape (/news?page={n}).
	NextURL     string `json:"next_url,omitempty"`
	NextPattern string `json:"next_pattern,omitempty"`
	// LearnedAt is when the listing layout was learned.
	LearnedAt time.Time `json:"learned_at"`
}

// Profile returns the layout as a profile named name: the preset's
// selectors when a preset fits, else the learned ones. ok is false when
// the article selectors are not learned yet.
func (l Layout) Profile(name string) (p Profile, ok bool) {
	if l.Preset != "" {
		p = BuiltinProfiles()[l.Preset]
		p.Name = name
		return p, true
	}
	p = Profile{Name: name, List: l.List, Article: l.Article}
	return p, l.Article.Title != "" && l.List.Item != ""
}

// autoState is one source's automatic layout during a crawl.
type autoState struct {
	mu       sync.Mutex
	layout   Layout
	dirty    bool
	presets  []Profile
	derived  map[string]int // learned article selectors → pages that gave them
	misses   int            // pages in a row the learned selectors failed on
	presetOK int            // article pages the preset read
	presetNo int            // article pages it did not
}

func newAutoState(src Source, presetsOff bool) *autoState {
	st := &autoState{derived: map[string]int{}}
	if len(src.StartURLs) > 0 {
		st.layout = Layout{Source: src.ID, StartURL: src.StartURLs[0]}
	}
	if !presetsOff {
		st.presets = presetList()
	}
	return st
}

func (st *autoState) snapshot() Layout {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.layout
}

func (st *autoState) preset(name string) (Profile, bool) {
	for _, p := range st.presets {
		if p.Name == name {
			return p, true
		}
	}
	return Profile{}, false
}

// listing reads a listing page with the layout learned so far, and learns
// it (presets first) when there is none or it no longer finds links.
func (st *autoState) listing(log *slog.Logger, pageURL string, body []byte, contentType string) (listing, error) {
	lay := st.snapshot()
	if lay.List.Item != "" {
		l, err := parseListing(Profile{Name: AutoProfile, List: lay.List}, pageURL, body, contentType)
		if err == nil {
			return l, nil
		}
		log.Warn("layout relearn", "source", lay.Source, "url", pageURL, "part", "listing", "err", err)
	}
	for _, p := range st.presets {
		l, err := parseListing(p, pageURL, body, contentType)
		if err != nil || len(l.links) < 2 {
			continue
		}
		st.setListing(Layout{Preset: p.Name, List: p.List}, l)
		log.Info("layout learned", "source", lay.Source, "preset", p.Name)
		return l, nil
	}
	learned, err := learnListing(pageURL, body, contentType)
	if err != nil {
		return listing{}, err
	}
	l, err := parseListing(Profile{Name: AutoProfile, List: learned.sel}, pageURL, body, contentType)
	if err != nil {
		return listing{}, err
	}
	st.setListing(Layout{List: learned.sel, LinkPattern: learned.pattern}, l)
	log.Info("layout learned", "source", lay.Source, "item", learned.sel.Item, "next", learned.sel.Next, "pattern", learned.pattern)
	return l, nil
}

func (st *autoState) setListing(nl Layout, l listing) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.layout.Preset, st.layout.List, st.layout.LinkPattern = nl.Preset, nl.List, nl.LinkPattern
	st.layout.Article = ArticleSelectors{}
	st.layout.NextURL, st.layout.NextPattern = "", ""
	if len(l.next) > 0 {
		st.layout.NextURL, st.layout.NextPattern = l.next[0].String(), urlPattern(l.next[0])
	}
	if nl.LinkPattern == "" && len(l.links) > 0 {
		st.layout.LinkPattern = urlPattern(l.links[0])
	}
	st.layout.LearnedAt = time.Now().UTC()
	st.derived = map[string]int{}
	st.misses, st.presetOK, st.presetNo = 0, 0, 0
	st.dirty = true
}

// article reads an article page: with the preset that fits the source,
// else with the learned selectors, else (or when they fail) with the
// automatic layout, whose selectors are adopted once two pages gave the
// same. Learned selectors that fail on three pages in a row are dropped.
func (st *autoState) article(log *slog.Logger, sourceID, pageURL string, hint linkHint, body []byte, contentType string) (Article, error) {
	lay := st.snapshot()
	var presetErr error
	// read is an article the preset or the learned selectors read whose
	// title is not the one the listing printed: the automatic layout reads
	// the page instead, and read stands when it finds nothing.
	var read *Article
	if lay.Preset != "" {
		if p, ok := st.preset(lay.Preset); ok {
			a, err := parseWithProfile(p, sourceID, pageURL, body, contentType, 1)
			if err == nil {
				if err = hint.check(pageURL, a); err != nil {
					read = &a
				}
			}
			if err == nil {
				st.count(true)
				return a, nil
			}
			presetErr = err
		}
	} else if lay.Article.Title != "" {
		p := Profile{Name: AutoProfile, List: lay.List, Article: lay.Article}
		a, err := parseWithProfile(p, sourceID, pageURL, body, contentType, minBodyWords)
		if err == nil {
			if err = hint.check(pageURL, a); err != nil {
				read = &a
			}
		}
		if err == nil {
			st.mu.Lock()
			st.misses = 0
			st.mu.Unlock()
			return a, nil
		}
		st.mu.Lock()
		st.misses++
		if st.misses >= 3 && st.layout.Article.Title != "" {
			st.layout.Article = ArticleSelectors{}
			st.derived = map[string]int{}
			st.dirty = true
			log.Warn("layout relearn", "source", sourceID, "url", pageURL, "part", "article", "err", err)
		}
		st.mu.Unlock()
	}
	f, err := learnArticle(sourceID, pageURL, hint, body, contentType)
	if err != nil {
		switch {
		case read != nil:
			if lay.Preset != "" {
				st.count(true)
			}
			return *read, nil
		case presetErr != nil:
			st.count(false)
			return Article{}, presetErr
		}
		return Article{}, err
	}
	if f.sel.Title != "" && lay.Preset == "" {
		key := fmt.Sprintf("%#v", f.sel)
		st.mu.Lock()
		st.derived[key]++
		if st.derived[key] >= 2 && st.layout.Article.Title == "" {
			st.layout.Article = f.sel
			st.dirty = true
			st.misses = 0
			log.Info("layout learned", "source", sourceID, "title", f.sel.Title, "body", f.sel.Body, "date_scope", f.sel.DateScope)
		}
		st.mu.Unlock()
	}
	if presetErr != nil {
		// The preset fits the listing but not this page: when it has
		// read none of the source's pages, let the automatic layout read
		// the source from now on.
		st.count(false)
		st.mu.Lock()
		if st.presetOK == 0 && st.presetNo >= 2 && st.layout.Preset != "" {
			st.layout.Preset = ""
			st.dirty = true
			log.Warn("layout relearn", "source", sourceID, "url", pageURL, "part", "article", "err", presetErr)
		}
		st.mu.Unlock()
	}
	return f.art, nil
}

// count notes an article page the preset read (ok) or did not.
func (st *autoState) count(ok bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if ok {
		st.presetOK++
	} else {
		st.presetNo++
	}
}

// ErrNotListed means the title a profile read on an article page is not
// the one the listing printed for it: the profile read something else.
var ErrNotListed = errors.New("not the title the listing gives")

// check refuses an article whose title does not match the listing's link
// text (when the listing printed one): a preset or learned selectors that
// picked another heading.
func (h linkHint) check(pageURL string, a Article) error {
	if h.title == "" || titleFits(a.Title, h.title) {
		return nil
	}
	return &ParseError{URL: pageURL, Part: PartTitle, Err: fmt.Errorf("%w: %q", ErrNotListed, a.Title)}
}

// titleFits reports whether title is the listing's link text, in full, cut
// short, or within a longer link text.
func titleFits(title, link string) bool {
	if title == link {
		// The same words: a token F1 of 1 if there is a word at all.
		return !wordsAtMost(title, 0)
	}
	got, want := tokenSet(title), tokenSet(link)
	return tokenF1(got, want) >= 0.5 || hintContainment(got, want) > 0
}

// layoutFile is the file of source id's layout in dir.
func layoutFile(dir, id string) string {
	safe := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' {
			return r
		}
		return '_'
	}, id)
	return filepath.Join(dir, safe+".json")
}

// loadLayout reads the kept layout of src, if any and if it was learned for
// the same first start URL.
func loadLayout(dir string, src Source) (Layout, bool, error) {
	if dir == "" || len(src.StartURLs) == 0 {
		return Layout{}, false, nil
	}
	b, err := os.ReadFile(layoutFile(dir, src.ID))
	if errors.Is(err, os.ErrNotExist) {
		return Layout{}, false, nil
	}
	if err != nil {
		return Layout{}, false, fmt.Errorf("read layout: %w", err)
	}
	var l Layout
	if err := json.Unmarshal(b, &l); err != nil {
		return Layout{}, false, fmt.Errorf("read layout %s: %w", layoutFile(dir, src.ID), err)
	}
	if l.Source != src.ID || l.StartURL != src.StartURLs[0] {
		return Layout{}, false, nil
	}
	if l.List.Item != "" {
		if err := (Profile{Name: "layout", List: l.List, Article: ArticleSelectors{Title: "x", Body: "x", DateScope: "x"}}).Validate(); err != nil {
			return Layout{}, false, nil
		}
	}
	return l, true, nil
}

// saveLayout writes l to dir atomically.
func saveLayout(dir string, l Layout) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("save layout: %w", err)
	}
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return fmt.Errorf("save layout: %w", err)
	}
	name := layoutFile(dir, l.Source)
	tmp, err := os.CreateTemp(dir, ".layout-*")
	if err != nil {
		return fmt.Errorf("save layout: %w", err)
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("save layout: %w", err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("save layout: %w", err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("save layout: %w", err)
	}
	return nil
}

// Reparser parses archived article pages as a crawl would read them now,
// for rebuilding tables without the network: with the source's profile, or
// for [AutoProfile] with the layout kept in Config.LayoutDir (the preset
// that fits the source, or the selectors learned), and with the presets and
// the automatic layout when no kept layout reads the page. It is safe for
// concurrent use.
type Reparser struct {
	cfg      Config
	profiles map[string]Profile
	presets  []Profile

	mu      sync.Mutex
	layouts map[string]Layout // by source ID; the zero Layout when none is kept
}

// NewReparser returns a Reparser over profiles (usually [BuiltinProfiles]
// plus those of the config file) and the layouts kept in cfg.LayoutDir.
func NewReparser(cfg Config, profiles map[string]Profile) *Reparser {
	r := &Reparser{cfg: cfg, profiles: profiles, layouts: map[string]Layout{}}
	if !cfg.NoPresets {
		r.presets = presetList()
	}
	return r
}

// Parse reads one archived page of src.
func (r *Reparser) Parse(src Source, pageURL string, body []byte, contentType string) (Article, error) {
	p, ok := r.profiles[src.ProfileName()]
	if !ok && src.ProfileName() == AutoProfile {
		p, ok = Profile{Name: AutoProfile}, true
	}
	if !ok {
		return Article{}, &ParseError{URL: pageURL, Part: PartURL, Err: fmt.Errorf("%w: %s", ErrUnknownProfile, src.ProfileName())}
	}
	if !p.IsAuto() {
		return ParseArticle(p, src.ID, pageURL, body, contentType)
	}
	lay := r.layout(src)
	var kept Profile
	minWords := 1
	switch {
	case lay.Preset != "":
		kept = BuiltinProfiles()[lay.Preset]
	case lay.Article.Title != "":
		kept, _ = lay.Profile(AutoProfile)
		minWords = minBodyWords
	}
	if kept.Name != "" {
		if a, err := parseWithProfile(kept, src.ID, pageURL, body, contentType, minWords); err == nil {
			return a, nil
		}
	}
	return parseAuto(r.presets, src.ID, pageURL, body, contentType)
}

// ParseInputs returns, as JSON, everything besides the page and [ParseVersion]
// that Parse reads src's pages with: src's profile, or for [AutoProfile] the
// layout kept for src (without when it was learned) and the presets in use. Two
// calls that return the same bytes parse the same page alike, so a digest of
// them names the parse (govwatch's articles table records one in parse_key).
// It returns nil when src's profile is unknown.
func (r *Reparser) ParseInputs(src Source) []byte {
	p, ok := r.profiles[src.ProfileName()]
	if !ok && src.ProfileName() == AutoProfile {
		p, ok = Profile{Name: AutoProfile}, true
	}
	if !ok {
		return nil
	}
	in := struct {
		Profile Profile   `json:"profile"`
		Layout  *Layout   `json:"layout,omitempty"`
		Presets []Profile `json:"presets,omitempty"`
	}{Profile: p}
	if p.IsAuto() {
		lay := r.layout(src)
		lay.LearnedAt = time.Time{}
		in.Layout, in.Presets = &lay, r.presets
	}
	b, err := json.Marshal(in)
	if err != nil {
		return nil
	}
	return b
}

func (r *Reparser) layout(src Source) Layout {
	r.mu.Lock()
	defer r.mu.Unlock()
	if l, ok := r.layouts[src.ID]; ok {
		return l
	}
	l, _, err := loadLayout(r.cfg.LayoutDir, src)
	if err != nil {
		l = Layout{}
	}
	r.layouts[src.ID] = l
	return l
}
