package extract

// Presets of the portal families that most Iranian county and provincial
// governorates run. They are written from what the families' pages look
// like (URL shapes, the class names their themes print), not from any one
// site: a portal of the family that was themed differently fails the
// preset's test on its first listing page, and the automatic layout takes
// over. [AutoProfile] tries them in the order of [PresetNames].

// Preset names.
const (
	// PresetIranGovCMS is the old ASP.NET governorate CMS (News/List.aspx,
	// ShowNews.aspx?Code=N, .NewsTitle/.NewsBody/.NewsFooter); the demo
	// portal's layout. It is also the profile named "iran_gov_cms".
	PresetIranGovCMS = "iran_gov_cms"
	// PresetCountyPortal is the newer ASP.NET county portal served under
	// <county>-ag.ir (or <county>.<province>.gov.ir) with article URLs
	// /fa/news/detail/<GUID>/<slug> and listings /fa/news/list/....
	PresetCountyPortal = "county_portal"
	// PresetLiferay is the Liferay portal of provincial governorates
	// (*.gov.ir), whose articles are web content under friendly URLs
	// /-/<slug> (or /web/<site>/-/<slug>) shown by an asset publisher.
	PresetLiferay = "liferay_gov"
	// PresetHighPortal is the HighPortal JSP portal of ministries and some
	// governorates: index.jsp?siteid=…&pageid=…&newsview=N.
	PresetHighPortal = "highportal"
	// PresetWordPress is a WordPress news site with a Persian theme
	// (entry-title, entry-content, time.published, page-numbers).
	PresetWordPress = "wordpress"
)

// PresetNames returns the presets [AutoProfile] tries, most specific first.
func PresetNames() []string {
	return []string{PresetIranGovCMS, PresetCountyPortal, PresetLiferay, PresetHighPortal, PresetWordPress}
}

// registrationLabels are the labels portals print before the date an
// article was registered or published, most specific first.
var registrationLabels = []string{
	"تاریخ ثبت خبر", "تاریخ انتشار خبر", "تاریخ و ساعت انتشار", "تاریخ انتشار", "تاریخ ثبت", "تاریخ درج",
	"تاریخ خبر", "تاریخ ارسال", "تاریخ مخابره", "زمان انتشار", "منتشر شده در", "انتشار", "تاریخ",
}

// occurrenceLabels are the labels of the date the event occurred.
var occurrenceLabels = []string{"تاریخ وقوع خبر", "تاریخ وقوع", "تاریخ رویداد"}

func presetProfiles() map[string]Profile {
	return map[string]Profile{
		PresetCountyPortal: {
			Name: PresetCountyPortal,
			List: ListSelectors{
				// The detail URL is the family's signature; the link with
				// the title is the one inside a heading or with text, but
				// image links to the same URL are deduplicated anyway.
				Item: "a[href*='/news/detail/'], a[href*='/News/Detail/']",
				Next: "link[rel='next'], a[rel='next'], .pagination li.PagedList-skipToNext a, .pagination a.next, .pager a.next",
			},
			Article: ArticleSelectors{
				Title:      ".news-detail h1, .newsDetail h1, .news-detail .news-title, h1.news-title, .NewsTitle, article h1",
				Body:       ".news-detail .news-body, .news-detail .news-text, .news-body, .newsBody, .NewsText, .body-news",
				Paragraphs: autoParagraphs,
				Images:     ".news-detail img, .news-body img, .news-image img",
				DateScope:  ".news-detail .news-date, .news-detail .news-info, .news-detail .date, .newsDate, .NewsDate",
				Drop:       []string{".share", ".social", ".tags", ".news-tags", ".related-news", ".print"},
				TrimToDate: true,
			},
		},
		PresetLiferay: {
			Name: PresetLiferay,
			List: ListSelectors{
				Item: ".asset-abstract .asset-title a, .asset-abstract h3 a, .portlet-asset-publisher a[href*='/-/']",
				Next: "link[rel='next'], .lfr-pagination-buttons a:containsOwn('بعدی'), .pagination a[rel='next'], ul.pager li.next a, .lfr-pagination-buttons li:last-child a",
			},
			Article: ArticleSelectors{
				Title:      ".asset-full-content .header-title, .portlet-asset-publisher h3.header-title, .asset-full-content h1, .journal-content-article h1",
				Body:       ".asset-full-content .journal-content-article, .asset-full-content .asset-content, .journal-content-article",
				Paragraphs: autoParagraphs,
				Images:     ".asset-full-content img, .journal-content-article img",
				DateScope:  ".asset-full-content .metadata-publish-date, .asset-metadata .metadata-publish-date, .metadata-entry.metadata-publish-date, .asset-full-content .date",
				Drop:       []string{".taglib-social-bookmarks", ".asset-links", ".asset-ratings", ".taglib-ratings", ".asset-related-assets"},
				TrimToDate: true,
			},
		},
		PresetHighPortal: {
			Name: PresetHighPortal,
			List: ListSelectors{
				Item: "a[href*='newsview='], .titr-news-h a, a.titr-news",
				Next: "ul.pagination li.next a, ul.pagination li.next, .pagination a:containsOwn('بعدی'), .pagination a:containsOwn('بعدي')",
			},
			Article: ArticleSelectors{
				Title:      "meta[property='og:title'], .news-content h1, .news-content .titr",
				Body:       ".news-content .newsbody, .newsbody, .news-content .body",
				Paragraphs: autoParagraphs,
				Images:     ".news-content img",
				DateScope:  ".news-content .news-info, .news-info",
				Drop:       []string{".newsbody .tags", ".tags", ".share", ".related"},
				TrimToDate: true,
			},
		},
		PresetWordPress: {
			Name: PresetWordPress,
			List: ListSelectors{
				Item: "article h2.entry-title a, article h3.entry-title a, article .entry-title a, .post h2 a[rel='bookmark']",
				Next: "a.next.page-numbers, link[rel='next'], .nav-previous a, .pagination a.next",
			},
			Article: ArticleSelectors{
				Title:      "article h1.entry-title, h1.entry-title, .single-post h1, article h1",
				Body:       "article .entry-content, .entry-content, .post-content, .single-content",
				Paragraphs: autoParagraphs,
				Images:     "article .post-thumbnail img, article .entry-content img",
				DateScope:  "article time.published, time.entry-date.published, time.entry-date, .posted-on time, .post-date, .entry-date",
				Drop:       []string{".sharedaddy", ".jp-relatedposts", ".yarpp-related", ".post-tags", ".entry-tags", ".share-buttons"},
				TrimToDate: true,
			},
		},
	}
}
