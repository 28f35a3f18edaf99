// Package demoportal is the bundled demo governorate portal: the site that
// `govwatch demo` crawls, and the fixture that the crawler's, pipeline's and
// benchmark's tests run against over real loopback HTTP.
//
// It imitates an old ASP.NET governorate CMS that hosts several county
// sites under path prefixes, as described in the team's HTML contract:
//
//	/                                   index of the sites
//	/robots.txt                         "Disallow: /*/private/", optional Crawl-delay
//	/{site}/News/List.aspx?page=N       listing, 10 items a page, page 1 newest
//	/{site}/News/ShowNews.aspx?Code=C   article
//	/{site}/NewsImages/{md5}.jpg        small real JPEGs (any prefix, any 32-hex name)
//	/{site}/private/ShowNews.aspx?Code=C an article robots.txt disallows
//	/faults/...                         fault modes, listed below
//
// Articles and listings carry ETag (a hash of the bytes) and Last-Modified
// (the registration date at 09:30 Tehran time, plus one hour per revision)
// and answer 304 to a matching If-None-Match, or to If-Modified-Since when
// there is no If-None-Match. Portal.Revise appends a correction paragraph to
// an article so that tests can see a changed page. Portal.Stats counts
// requests, statuses and conditional hits.
//
// # Hand-written articles
//
// The hand-written sites live in articles/<slug>/: site.txt gives the name,
// province, county (real names from the typhoon-iran-cities lexicon) and the
// listing encoding; each <code>.txt is one article, named by its code. An
// article file has three parts separated by lines holding only "---":
//
//	title: پلمب ۳ واحد نانوایی متخلف در شهرستان کوار
//	registered: ۱۳۹۷/۰۸/۲۳      (as printed in the footer)
//	occurred:                   (as printed; may be empty)
//	encoding: utf-8             (or windows-1256)
//	charset: header             (windows-1256 only: header = in Content-Type, meta = only in <meta>)
//	layout: p                   (p = <p> paragraphs; br = text separated by <br />)
//	images: 1                   (extra images inside the body, 0..5)
//	---
//	one paragraph per line, written as the portal prints it: Arabic ي/ك,
//	missing ZWNJ, NBSP (U+00A0, served as &nbsp;) and Persian digits appear
//	where the article has them
//	---
//	person: name | role | organization
//	violation: office_type | violation_type | sanction | count | modality | speaker
//
// The last part is the ground truth (see Truth): one person line per
// distinct person in order of first mention, one violation line per mention
// in text order, using the team's shared codes. Name is the fullest form the
// text gives (a surname alone when that is all it gives); Role is the title
// as printed without the place name («فرماندار», «رئیس اداره پست»,
// «معاون برنامه‌ریزی و هماهنگی امور عمرانی فرمانداری»); Organization is the
// body with its place («اداره پست شهرستان کوار»), filled from the portal
// when the text implies it. Truth strings use Persian ی/ک and standard ZWNJ;
// compare after folding ي/ك and removing ZWNJ. A sanction is empty when the
// mention names none; a count is 0 when the text states none; the speaker
// is empty when the portal narrates in its own voice. A mention that names
// two sanctions («پلمب و ... ارجاع») is two lines, one per sanction.
//
// Windows-1256 pages are encoded with golang.org/x/text's charmap after
// Fold1256 (Persian ی becomes Arabic ي and Persian digits become ASCII, as
// such portals store them); tests compare the decoded page with Fold1256 of
// the source.
//
// # Generated site
//
// With Options.Generate = N the portal adds a site "gen" (a provincial
// portal of Fars) with articles 1..N built on request from Options.Seed and
// the code by templates and lexicons (lexicon/: counties of Fars, given
// names, surnames), each with its ground truth. The hand-written sites stay
// unless Options.GeneratedOnly is set. Nothing is stored per article, so
// 100,000 articles cost no memory; the same seed gives the same bytes.
// Higher codes are newer, so listing page 1 shows codes N..N-9.
//
// # Fault modes
//
// Each fault page that ends in success serves a small valid article. Pages
// that count requests take a key parameter; each (mode, key) pair has its own
// counter, so tests using different keys do not disturb each other.
//
//	/faults/News/List.aspx                  a listing that links to every fault page
//	/faults/status?key=K&fail=N&code=C      C (default 503, any 5xx) for the first N (default 2) requests of K, then 200
//	/faults/ratelimit?key=K&fail=N&retry=S  429 with "Retry-After: S" (seconds, default 1) N (default 1) times, then 200;
//	                                        &form=date sends Retry-After as an HTTP date instead
//	/faults/slow?delay=D                    waits D (a Go duration; default Options.SlowDelay) before any byte, then 200;
//	                                        &stage=body sends the headers and half the body first; gives up when the request ends
//	/faults/reset                           hijacks the connection and closes it with SO_LINGER 0 (a TCP RST), no response
//	/faults/truncated                       Content-Length larger than the bytes sent, then the connection closes
//	/faults/gzipbomb                        Content-Encoding: gzip, about 1.3 MB on the wire that expand to 1.25 GiB of zeros
//	                                        (80 concatenated gzip members of 16 MiB each), streamed until the client stops reading
//	/faults/huge                            a 20 MiB (20,971,520-byte) article page with Content-Length
//	/faults/loop?n=K                        302 to /faults/loop?n=K+1, forever
//	/faults/offsite                         302 to Options.OffsiteURL, or to http://127.0.0.2:<same port>/faults/News/List.aspx
//	/faults/private/ShowNews.aspx?Code=1    an article that robots.txt disallows
//	/faults/malformed                       an article with unclosed tags, stray </td>, and junk after </html>
//
// # Serving
//
// Handler returns an http.Handler for httptest.NewServer; Start binds a
// listener (127.0.0.1:0 by default) and serves until its context ends or
// Close is called, which is what `govwatch demo` uses.
package demoportal
