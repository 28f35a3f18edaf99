package demoportal

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Site describes one county portal served under a path prefix.
type Site struct {
	// Slug is the latin path prefix of the site, such as "kavar".
	Slug string
	// Name is the portal's Persian name, such as «فرمانداری شهرستان کوار».
	Name string
	// Province is the Persian name of the province the county lies in.
	Province string
	// County is the Persian name of the county; it is empty for a provincial portal.
	County string
	// ListURL is the server-relative path of the first listing page,
	// such as "/kavar/News/List.aspx".
	ListURL string
}

// ArticleInfo describes one hand-written article as the portal serves it.
type ArticleInfo struct {
	// Path is the server-relative URL of the article page, query included,
	// such as "/kavar/News/ShowNews.aspx?Code=1204".
	Path string
	// Site is the slug of the site that serves the article.
	Site string
	// Code is the article's number in its site.
	Code int
	// Title is the title as written in the source file (UTF-8, before any
	// windows-1256 folding).
	Title string
	// Registered is the registration date exactly as printed in the footer,
	// for example "1397/8/15" or "۱۳۹۷/۰۸/۱۵".
	Registered string
	// Occurred is the occurrence date as printed; it may be empty.
	Occurred string
	// Encoding is "utf-8" or "windows-1256", the encoding of the page bytes.
	Encoding string
	// Paragraphs are the body paragraphs as written in the source file.
	Paragraphs []string
}

// Truth is the ground truth of one article: the people it names and the
// violation mentions it contains. Strings are written in standard Persian
// (Persian ی and ک, ZWNJ where the standard spelling has one), so compare
// them after mapping Arabic ي/ك to ی/ک and removing ZWNJ.
type Truth struct {
	// People lists each distinct person once, in order of first mention.
	// Groups that are not persons (روسای دفاتر پیشخوان) are not listed.
	People []TruthPerson
	// Violations lists each violation mention, in text order.
	Violations []TruthViolation
}

// TruthPerson is one person named in an article.
type TruthPerson struct {
	// Name is the fullest form of the name that the article gives, which may
	// be a surname only (for example «ناهید» or «علی احمدی»).
	Name string
	// Role is the person's title without the organisation when the text
	// separates them (for example «معاون برنامه‌ریزی و هماهنگی امور عمرانی»),
	// or the whole title when the organisation is part of it.
	Role string
	// Organization is the body the person works for (for example
	// «فرمانداری شهرستان کوار»); empty when the text does not say.
	Organization string
}

// TruthViolation is one mention of an office violation.
type TruthViolation struct {
	// OfficeType is a shared office_type code such as "government_counter".
	OfficeType string
	// ViolationType is a shared violation_type code such as "overcharging";
	// "other" when the text speaks of violations without saying which.
	ViolationType string
	// Sanction is a shared sanction code such as "sealing"; empty when the
	// mention names no sanction.
	Sanction string
	// Count is the number of violations the text states («۱۲ مورد»);
	// 0 when it states none.
	Count int
	// Modality is "reported", "conditional" or "denied".
	Modality string
	// Speaker is the Name of the person the mention is attributed to, as in
	// People; empty when the portal narrates it in its own voice.
	Speaker string
}

// Shared code sets; the source files and the generator use only these.
var (
	officeTypes = []string{"government_counter", "rural_ict", "post_office", "bakery",
		"fuel_station", "guild_shop", "health_unit", "pharmacy", "other"}
	violationTypes = []string{"overcharging", "short_selling", "hoarding", "holder_absent",
		"health_code", "unlicensed", "price_list", "subsidised_flour", "fuel_misuse",
		"service_fee", "working_hours", "other"}
	sanctions  = []string{"", "licence_revocation", "sealing", "fine", "notice", "referral", "suspension"}
	modalities = []string{"reported", "conditional", "denied"}
)

// ErrSource reports a malformed embedded article file.
var ErrSource = errors.New("malformed article source")

// SourceError is a positioned error in an embedded article or site file.
type SourceError struct {
	// File is the path of the file inside the embedded tree.
	File string
	// Line is the 1-based line number, 0 when the error concerns the whole file.
	Line int
	// Err is the cause; it wraps ErrSource.
	Err error
}

// Error implements error.
func (e *SourceError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the cause.
func (e *SourceError) Unwrap() error { return e.Err }

func srcErr(file string, line int, format string, args ...any) error {
	return &SourceError{File: file, Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrSource}, args...)...)}
}

// site is a site with its articles, newest first.
type site struct {
	Site
	encoding string // listing pages' encoding
	articles []*article
	byCode   map[int]*article
	gen      *genSiteData // set for the generated site only
	total    int          // number of generated articles
}

// article is one article ready to render. Generated articles are built on
// request and never stored.
type article struct {
	site          *site
	code          int
	title         string
	registered    string
	occurred      string
	encoding      string // "utf-8" or "windows-1256"
	charsetHeader bool   // send charset in Content-Type (else only in <meta>)
	layout        string // "p" or "br"
	images        int    // extra images inside the body
	paras         []string
	truth         Truth
	ymd           [3]int // Jalali registration date
}

func (a *article) path() string {
	return fmt.Sprintf("/%s/News/ShowNews.aspx?Code=%d", a.site.Slug, a.code)
}

// loadSites reads every site under root in fsys.
func loadSites(fsys fs.FS, root string) ([]*site, error) {
	entries, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	var sites []*site
	var errs []error
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		s, err := loadSite(fsys, path.Join(root, e.Name()))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sites = append(sites, s)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return sites, nil
}

func loadSite(fsys fs.FS, dir string) (*site, error) {
	slug := path.Base(dir)
	s := &site{Site: Site{Slug: slug, ListURL: "/" + slug + "/News/List.aspx"}, encoding: "utf-8", byCode: map[int]*article{}}
	siteFile := path.Join(dir, "site.txt")
	b, err := fs.ReadFile(fsys, siteFile)
	if err != nil {
		return nil, fmt.Errorf("read site: %w", err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, srcErr(siteFile, i+1, "want key: value")
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "name":
			s.Name = v
		case "province":
			s.Province = v
		case "county":
			s.County = v
		case "encoding":
			if v != "utf-8" && v != "windows-1256" {
				return nil, srcErr(siteFile, i+1, "unknown encoding %q", v)
			}
			s.encoding = v
		default:
			return nil, srcErr(siteFile, i+1, "unknown key %q", k)
		}
	}
	if s.Name == "" || s.Province == "" {
		return nil, srcErr(siteFile, 0, "name and province are required")
	}
	files, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	var errs []error
	for _, f := range files {
		if path.Base(f) == "site.txt" {
			continue
		}
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, fmt.Errorf("read article: %w", err))
			continue
		}
		a, err := parseArticle(f, string(b))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if _, dup := s.byCode[a.code]; dup {
			errs = append(errs, srcErr(f, 0, "duplicate code %d", a.code))
			continue
		}
		a.site = s
		s.byCode[a.code] = a
		s.articles = append(s.articles, a)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	sortNewestFirst(s.articles)
	return s, nil
}

func sortNewestFirst(as []*article) {
	slices.SortFunc(as, func(a, b *article) int {
		for i := range 3 {
			if a.ymd[i] != b.ymd[i] {
				return b.ymd[i] - a.ymd[i]
			}
		}
		return b.code - a.code
	})
}

// parseArticle parses one article file. The format is described in doc.go.
func parseArticle(file, text string) (*article, error) {
	base := strings.TrimSuffix(path.Base(file), ".txt")
	code, err := strconv.Atoi(base)
	if err != nil || code <= 0 {
		return nil, srcErr(file, 0, "file name %q is not a positive article code", base)
	}
	a := &article{code: code, encoding: "utf-8", charsetHeader: true, layout: "p"}
	section := 0 // 0 header, 1 body, 2 truth
	seen := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		raw := strings.TrimRight(sc.Text(), "\r")
		line := strings.TrimSpace(raw)
		if line == "---" {
			section++
			if section > 2 {
				return nil, srcErr(file, n, "more than two --- separators")
			}
			continue
		}
		if line == "" {
			continue
		}
		switch section {
		case 0:
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				return nil, srcErr(file, n, "want key: value in header")
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if seen[k] {
				return nil, srcErr(file, n, "duplicate header %q", k)
			}
			seen[k] = true
			if err := a.setHeader(k, v); err != nil {
				return nil, srcErr(file, n, "%v", err)
			}
		case 1:
			a.paras = append(a.paras, line)
		case 2:
			if err := a.addTruth(line); err != nil {
				return nil, srcErr(file, n, "%v", err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("scan %s: %w", file, err)
	}
	if a.title == "" || a.registered == "" || len(a.paras) == 0 {
		return nil, srcErr(file, 0, "title, registered and at least one paragraph are required")
	}
	if section != 2 {
		return nil, srcErr(file, 0, "want header --- body --- truth")
	}
	if err := a.checkSpeakers(); err != nil {
		return nil, srcErr(file, 0, "%v", err)
	}
	return a, nil
}

func (a *article) setHeader(k, v string) error {
	switch k {
	case "title":
		a.title = v
	case "registered":
		ymd, err := parseJalali(v)
		if err != nil {
			return err
		}
		a.registered, a.ymd = v, ymd
	case "occurred":
		if v != "" {
			if _, err := parseJalali(v); err != nil {
				return err
			}
		}
		a.occurred = v
	case "encoding":
		if v != "utf-8" && v != "windows-1256" {
			return fmt.Errorf("unknown encoding %q", v)
		}
		a.encoding = v
	case "charset":
		switch v {
		case "header":
			a.charsetHeader = true
		case "meta":
			a.charsetHeader = false
		default:
			return fmt.Errorf("charset must be header or meta, not %q", v)
		}
	case "layout":
		if v != "p" && v != "br" {
			return fmt.Errorf("layout must be p or br, not %q", v)
		}
		a.layout = v
	case "images":
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 5 {
			return fmt.Errorf("images must be 0..5, not %q", v)
		}
		a.images = n
	default:
		return fmt.Errorf("unknown header %q", k)
	}
	return nil
}

func (a *article) addTruth(line string) error {
	kind, rest, ok := strings.Cut(line, ":")
	if !ok {
		return errors.New("want person: or violation: line")
	}
	f := strings.Split(rest, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	switch strings.TrimSpace(kind) {
	case "person":
		if len(f) != 3 || f[0] == "" || f[1] == "" {
			return errors.New("person wants name | role | organization")
		}
		a.truth.People = append(a.truth.People, TruthPerson{Name: f[0], Role: f[1], Organization: f[2]})
	case "violation":
		if len(f) != 6 {
			return errors.New("violation wants office | type | sanction | count | modality | speaker")
		}
		v := TruthViolation{OfficeType: f[0], ViolationType: f[1], Sanction: f[2], Modality: f[4], Speaker: f[5]}
		n, err := strconv.Atoi(f[3])
		if err != nil || n < 0 {
			return fmt.Errorf("bad count %q", f[3])
		}
		v.Count = n
		if err := v.check(); err != nil {
			return err
		}
		a.truth.Violations = append(a.truth.Violations, v)
	default:
		return fmt.Errorf("unknown truth kind %q", kind)
	}
	return nil
}

func (v TruthViolation) check() error {
	switch {
	case !slices.Contains(officeTypes, v.OfficeType):
		return fmt.Errorf("unknown office_type %q", v.OfficeType)
	case !slices.Contains(violationTypes, v.ViolationType):
		return fmt.Errorf("unknown violation_type %q", v.ViolationType)
	case !slices.Contains(sanctions, v.Sanction):
		return fmt.Errorf("unknown sanction %q", v.Sanction)
	case !slices.Contains(modalities, v.Modality):
		return fmt.Errorf("unknown modality %q", v.Modality)
	}
	return nil
}

func (a *article) checkSpeakers() error {
	for _, v := range a.truth.Violations {
		if v.Speaker == "" {
			continue
		}
		if !slices.ContainsFunc(a.truth.People, func(p TruthPerson) bool { return p.Name == v.Speaker }) {
			return fmt.Errorf("speaker %q is not among the people", v.Speaker)
		}
	}
	return nil
}
