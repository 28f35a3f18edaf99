package extract

import (
	"errors"
	"fmt"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html/charset"
)

// Profile describes one portal layout: where a listing page keeps its
// article links and next-page link, and where an article page keeps its
// parts. Selectors are CSS selectors as understood by goquery (cascadia).
type Profile struct {
	// Name identifies the profile; sources refer to it.
	Name string `yaml:"name"`
	// List holds the listing-page selectors.
	List ListSelectors `yaml:"list"`
	// Article holds the article-page selectors.
	Article ArticleSelectors `yaml:"article"`
	// DefaultCharset is the charset assumed when neither the header, a BOM,
	// a <meta> nor UTF-8 sniffing decides; empty means windows-1256, the
	// usual legacy charset of Persian sites.
	DefaultCharset string `yaml:"default_charset"`
}

// ListSelectors locate the parts of a listing page.
type ListSelectors struct {
	// Item selects the elements that link to articles: <a> elements, whose
	// href is read, or containers, whose first descendant link is read.
	// Required.
	Item string `yaml:"item" json:"item,omitempty"`
	// Next selects the link to the next (older) listing page (an <a> or
	// <link rel=next>, or a container of one); the first match with a
	// usable link wins. Empty means the listing has one page.
	Next string `yaml:"next" json:"next,omitempty"`
}

// ArticleSelectors locate the parts of an article page.
type ArticleSelectors struct {
	// Title selects the element whose text is the title (or, for a <meta>
	// element such as og:title, whose content). Required.
	Title string `yaml:"title" json:"title,omitempty"`
	// Body selects the element that holds the article text. Required.
	Body string `yaml:"body" json:"body,omitempty"`
	// Paragraphs selects paragraphs inside Body; empty means "p". When it
	// matches no non-empty element, or covers less than half of the body's
	// text, the body's text is split at <br> and block elements instead.
	Paragraphs string `yaml:"paragraphs" json:"paragraphs,omitempty"`
	// Images selects <img> elements whose src (or data-src) are the
	// article's images. Empty means no images are read.
	Images string `yaml:"images" json:"images,omitempty"`
	// DateScope selects the element that holds the printed dates. Required.
	DateScope string `yaml:"date_scope" json:"date_scope,omitempty"`
	// RegisteredLabel is the label printed before the registration date.
	// Empty means the whole text of DateScope is the registration date.
	RegisteredLabel string `yaml:"registered_label" json:"registered_label,omitempty"`
	// OccurredLabel is the label printed before the occurrence date. Empty
	// means the page has no occurrence date.
	OccurredLabel string `yaml:"occurred_label" json:"occurred_label,omitempty"`
	// Drop lists selectors whose elements are removed from the page before
	// anything is read (share buttons, related-news boxes).
	Drop []string `yaml:"drop" json:"drop,omitempty"`
	// TrimToDate keeps, of the text a date label (or the whole DateScope)
	// gives, only the first date printed in it (Jalali before Gregorian),
	// so that "۱۵ آبان ۱۳۹۷ | کد خبر: ۱۲" reads as "۱۵ آبان ۱۳۹۷". A scope or
	// label with no date in it is then a failure of that date's part.
	TrimToDate bool `yaml:"trim_to_date" json:"trim_to_date,omitempty"`
}

// BuiltinProfiles returns the profiles compiled into the binary, keyed by
// name: the presets of the portal families ([PresetNames]: "iran_gov_cms",
// the old ASP.NET governorate CMS family and the demo portal's layout,
// "county_portal", "liferay_gov", "highportal", "wordpress"),
// [AutoProfile] ("auto", the presets then the automatic layout) and
// [GenericProfile]. Other layouts are defined in the config file (see
// testdata/profiles for a WordPress-style and a HighPortal-style one). The
// map is new on every call.
func BuiltinProfiles() map[string]Profile {
	m := presetProfiles()
	for name, p := range map[string]Profile{
		AutoProfile: {Name: AutoProfile},
		"iran_gov_cms": {
			Name: "iran_gov_cms",
			List: ListSelectors{
				Item: "li.NewsItem a.NewsLink",
				Next: ".Pager a.NextPage",
			},
			Article: ArticleSelectors{
				Title:           ".NewsView .NewsTitle",
				Body:            ".NewsView .NewsBody",
				Paragraphs:      "p",
				Images:          ".NewsView img",
				DateScope:       ".NewsView .NewsFooter",
				RegisteredLabel: "تاریخ ثبت خبر",
				OccurredLabel:   "تاریخ وقوع خبر",
			},
		},
		GenericProfile: {
			Name: GenericProfile,
			List: ListSelectors{Item: "h2 a[href], h3 a[href], li a[href]"},
			Article: ArticleSelectors{
				Title:           "h1",
				Body:            "body",
				Paragraphs:      "p",
				Images:          "img",
				DateScope:       "body",
				RegisteredLabel: "تاریخ ثبت خبر",
				OccurredLabel:   "تاریخ وقوع خبر",
				Drop:            []string{"script", "style", "noscript", "nav", "header", "footer", "aside", "form"},
			},
		},
	} {
		m[name] = p
	}
	return m
}

// AutoProfile names the built-in profile that finds a portal's layout
// itself: on a source's first listing page it tries each preset of
// [PresetNames], and when none fits it finds the article links and the
// next-page link from the page's structure; on article pages it finds the
// title, the body (with a readability library) and the printed dates, and
// turns what it found into selectors that the rest of the crawl uses. It is
// the profile of a source that names none.
const AutoProfile = "auto"

// IsAuto reports whether p is the automatic layout rather than a set of
// selectors: the built-in [AutoProfile], which has no list selector.
func (p Profile) IsAuto() bool { return p.Name == AutoProfile && p.List.Item == "" }

// GenericProfile names a built-in fallback for article pages of no known portal
// family: the first <h1> is the title and every <p> outside navigation, header,
// footer and side boxes is a paragraph. It is meant for `govwatch analyze` on a single
// page, not for crawling, where a real profile finds exactly the article's parts.
const GenericProfile = "generic"

// Validate checks that every selector compiles and that the required ones
// are present. It returns a [*ConfigError] (joined when several fields are
// wrong) whose Field is relative to the profile ("article.title").
func (p Profile) Validate() error {
	var errs []error
	check := func(field, sel string, required bool) {
		if sel == "" {
			if required {
				errs = append(errs, &ConfigError{Field: field, Err: ErrRequired})
			}
			return
		}
		if _, err := cascadia.ParseGroup(sel); err != nil {
			errs = append(errs, &ConfigError{Field: field, Value: sel, Err: fmt.Errorf("%w: %v", ErrBadSelector, err)})
		}
	}
	if p.Name == "" {
		errs = append(errs, &ConfigError{Field: "name", Err: ErrRequired})
	}
	if p.IsAuto() {
		return errors.Join(errs...)
	}
	check("list.item", p.List.Item, true)
	check("list.next", p.List.Next, false)
	check("article.title", p.Article.Title, true)
	check("article.body", p.Article.Body, true)
	check("article.paragraphs", p.Article.Paragraphs, false)
	check("article.images", p.Article.Images, false)
	check("article.date_scope", p.Article.DateScope, true)
	for i, d := range p.Article.Drop {
		check(fmt.Sprintf("article.drop[%d]", i), d, true)
	}
	if p.DefaultCharset != "" {
		if e, _ := charset.Lookup(p.DefaultCharset); e == nil {
			errs = append(errs, &ConfigError{Field: "default_charset", Value: p.DefaultCharset, Err: ErrUnknownCharset})
		}
	}
	return errors.Join(errs...)
}
