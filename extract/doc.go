// Package extract is everything in govwatch that touches the web: a polite
// crawler for the news sections of government portals and the parser that
// turns one article page into an [Article].
//
// The crawler ([Crawler]) fetches listing pages, follows their pagination
// and fetches the articles they link to. It is polite: every host has its
// own token-bucket rate limit and concurrency bound, robots.txt is honoured
// (including Crawl-delay), and a configurable User-Agent is sent. It is
// robust: 5xx, 429 (with Retry-After), timeouts, connection resets and
// truncated bodies are retried a bounded number of times with exponential
// backoff and full jitter; bodies, decompressed sizes, redirects and pages per
// source are capped; every wait watches its context. It is incremental:
// validators supplied through [Known] make an unchanged page cost one 304,
// and listing discovery stops at the first page whose articles were all seen
// before. It is confined: it only ever requests hosts that a configured
// [Source] allows; a link or redirect to any other host is not followed.
// Every request and response is archived in gzip-per-record WARC files (see
// [ReadArchive]) so that tables can be rebuilt later without crawling.
//
// Site layouts are described by a [Profile]: CSS selectors for the listing
// (article links, next page) and for the article (title, body, images, the
// footer dates by their labels). [BuiltinProfiles] holds the profile of the
// old ASP.NET governorate CMS family, "iran_gov_cms"; further profiles can
// be defined in the YAML configuration. [ParseArticle] decodes the page's
// charset (header, BOM, <meta>, then sniffing; windows-1256 comes out as
// UTF-8; a declaration the bytes contradict is overridden, and a page that
// fails under its declared charset is parsed again with the sniffed one) and
// applies a profile. A page that does not match its profile is a
// [*ParseError] naming the URL and the missing part, never an empty article.
//
// The package never interprets text: titles, paragraphs and dates are
// returned as printed, with only whitespace collapsed.
package extract
