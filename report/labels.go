package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"govwatch/report/latin"
	"govwatch/transform"
	"govwatch/transform/jalali"
)

// text holds the labels of one language.
type text struct {
	title, shortTitle                   string
	periodLabel, gregorianLabel         string
	scopeLabel, generatedLabel          string
	versionLabel, allScope              string
	provinceScope, countyScope          string
	intro                               string
	secKPI, secOffice, secSanction      string
	secTrend, secOfficials, secItems    string
	secAppendix, secEmpty               string
	figure, current, previous, change   string
	kArticles, kWithMentions            string
	kCounties, kSanctionPrefix          string
	county, province, officeType        string
	reported, conditional, denied       string
	total, warned                       string
	name, role, organization, mentions  string
	articles                            string
	dateHead, violationSanction, status string
	excerpt, source, link               string
	no                                  string
	trendCaption, trendAxis             string
	inPeriod, outPeriod                 string
	emptyText                           string
	noOfficials, noItems, noRows        string
	sources, runs, pagesFetched         string
	pagesNotModified, pagesFailed       string
	failures, extractor, runID, job     string
	started, noneValue                  string
	page                                string // "page %s of %s"
	unknownCounty                       string
	prevPeriodLabel                     string
	noData                              string
	cases                               string
}

var textFA = text{
	title:             "گزارش پایش تخلفات دستگاه‌ها و واحدها",
	shortTitle:        "گزارش پایش تخلفات",
	periodLabel:       "دوره",
	gregorianLabel:    "معادل میلادی",
	scopeLabel:        "محدوده",
	generatedLabel:    "تاریخ داده‌ها",
	versionLabel:      "نسخه داده",
	allScope:          "همه استان‌ها و شهرستان‌ها",
	provinceScope:     "استان %s",
	countyScope:       "شهرستان %s",
	intro:             "این گزارش از اخبار منتشرشده در پایگاه‌های خبری فرمانداری‌ها و استانداری‌ها ساخته شده است. هر رقم آن به خبرهایی برمی‌گردد که در فهرست تفصیلی با پیوند به منبع آمده‌اند.",
	secKPI:            "شاخص‌های اصلی",
	secOffice:         "رویدادها و نرخ ضمانت اجرا به تفکیک نوع دستگاه",
	secSanction:       "ضمانت‌های اجرایی به تفکیک نوع دستگاه",
	secTrend:          "روند هفتگی تخلفات گزارش‌شده",
	secOfficials:      "مقاماتی که درباره تخلفات سخن گفته‌اند",
	secItems:          "فهرست تفصیلی تخلفات",
	secAppendix:       "پیوست: داده‌ها و روش",
	secEmpty:          "نتیجه",
	figure:            "شاخص",
	current:           "این دوره",
	previous:          "دوره قبل",
	change:            "تغییر",
	kArticles:         "اخبار خوانده‌شده",
	kWithMentions:     "اخبار دارای اشاره به تخلف",
	kCounties:         "شهرستان‌های پوشش‌داده‌شده",
	kSanctionPrefix:   "ضمانت اجرا: ",
	county:            "شهرستان",
	province:          "استان",
	officeType:        "نوع دستگاه",
	reported:          "گزارش‌شده",
	conditional:       "مشروط یا هشدار",
	denied:            "نفی‌شده",
	total:             "جمع",
	warned:            "هشدار داده‌شده",
	name:              "نام",
	role:              "سمت",
	organization:      "دستگاه",
	mentions:          "اشاره‌ها",
	articles:          "خبرها",
	dateHead:          "تاریخ",
	violationSanction: "تخلف و ضمانت اجرا",
	status:            "وضعیت",
	excerpt:           "گزیده خبر",
	source:            "منبع",
	link:              "پیوند",
	no:                "ردیف",
	trendCaption:      "تعداد رویدادهای تخلف گزارش‌شده در هر هفته، به تاریخ رویداد؛ ستون‌های پررنگ هفته‌های همین دوره‌اند و تنها روزهای همین دوره را می‌شمارند، پس جمعشان با رقم اصلی برابر است.",
	trendAxis:         "تعداد",
	inPeriod:          "هفته‌های این دوره",
	outPeriod:         "هفته‌های پیشین",
	emptyText:         "برای این دوره و این محدوده هیچ خبری در داده‌ها یافت نشد؛ بنابراین رقمی برای گزارش وجود ندارد. این به معنای نبودن تخلف نیست، بلکه یعنی خبری از این بازه در داده‌های گردآوری‌شده نیست.",
	noOfficials:       "در این دوره هیچ رویدادی به مقام مشخصی نسبت داده نشده است.",
	noItems:           "در این دوره تخلف گزارش‌شده یا مشروطی یافت نشد.",
	noRows:            "در این دوره موردی نیست.",
	sources:           "منابع",
	runs:              "اجراها",
	pagesFetched:      "صفحات خوانده‌شده",
	pagesNotModified:  "صفحات بدون تغییر",
	pagesFailed:       "صفحات ناموفق",
	failures:          "علت خطاها",
	extractor:         "نسخه استخراج‌گر",
	runID:             "شناسه اجرا",
	job:               "کار",
	started:           "آغاز",
	noneValue:         "ندارد",
	page:              "صفحه %s از %s",
	unknownCounty:     "نامشخص",
	prevPeriodLabel:   "دوره مقایسه",
	noData:            "بدون داده",
	cases:             "%s مورد",
}

var textEN = text{
	title:             "Monitoring Report on Violations by Offices and Businesses",
	shortTitle:        "Violations monitoring report",
	periodLabel:       "Period",
	gregorianLabel:    "Gregorian",
	scopeLabel:        "Scope",
	generatedLabel:    "Data as of",
	versionLabel:      "Data version",
	allScope:          "All provinces and counties",
	provinceScope:     "Province of %s",
	countyScope:       "County of %s",
	intro:             "This report is built from the news published on the websites of governorates and county offices. Every figure in it leads back to the articles listed, with a link to each source, in the detailed list.",
	secKPI:            "Key figures",
	secOffice:         "Incidents and sanction rate by office type",
	secSanction:       "Sanctions by office type",
	secTrend:          "Weekly trend of reported violations",
	secOfficials:      "Officials who spoke about violations",
	secItems:          "Detailed list of violations",
	secAppendix:       "Appendix: data and method",
	secEmpty:          "Result",
	figure:            "Figure",
	current:           "This period",
	previous:          "Previous period",
	change:            "Change",
	kArticles:         "Articles read",
	kWithMentions:     "Articles mentioning violations",
	kCounties:         "Counties covered",
	kSanctionPrefix:   "Sanction: ",
	county:            "County",
	province:          "Province",
	officeType:        "Office type",
	reported:          "Reported",
	conditional:       "Conditional",
	denied:            "Denied",
	total:             "Total",
	warned:            "Warned",
	name:              "Name",
	role:              "Role",
	organization:      "Organisation",
	mentions:          "Mentions",
	articles:          "Articles",
	dateHead:          "Date",
	violationSanction: "Violation and sanction",
	status:            "Status",
	excerpt:           "Excerpt",
	source:            "Source",
	link:              "link",
	no:                "No.",
	trendCaption:      "Reported violation incidents per week, by event date; dark bars are the weeks of this period and count only its days, so they add up to the headline figure.",
	trendAxis:         "Incidents",
	inPeriod:          "Weeks of this period",
	outPeriod:         "Earlier weeks",
	emptyText:         "No articles were found in the data for this period and scope, so there are no figures to report. This does not mean there were no violations, only that the collected data holds no news from this period.",
	noOfficials:       "No incident of this period is attributed to a named official.",
	noItems:           "No reported or conditional violation was found in this period.",
	noRows:            "Nothing in this period.",
	sources:           "Sources",
	runs:              "Runs",
	pagesFetched:      "Pages read",
	pagesNotModified:  "Pages not modified",
	pagesFailed:       "Pages failed",
	failures:          "Failures by cause",
	extractor:         "Extractor version",
	runID:             "Run ID",
	job:               "Job",
	started:           "Started",
	noneValue:         "none",
	page:              "Page %s of %s",
	unknownCounty:     "unknown",
	prevPeriodLabel:   "Compared with",
	noData:            "no data",
	cases:             "%s cases",
}

// lang holds the language-dependent helpers of one rendering.
type lang struct {
	text
	x  extra
	fa bool
}

func newLang(code string) lang {
	if code == LangEN {
		return lang{text: textEN, x: extraEN}
	}
	return lang{text: textFA, x: extraFA, fa: true}
}

// num formats n with thousands separators, in Persian digits for Persian.
func (l lang) num(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			if l.fa {
				b.WriteRune('٬')
			} else {
				b.WriteByte(',')
			}
		}
		b.WriteRune(r)
	}
	out := b.String()
	if neg {
		out = "-" + out
	}
	return l.digits(out)
}

func (l lang) n(n int) string { return l.num(int64(n)) }

// digits turns ASCII digits into Persian ones for Persian.
func (l lang) digits(s string) string {
	if !l.fa {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '۰' + (r - '0')
		}
		return r
	}, s)
}

// delta formats the change from prev to cur: "+3 (+25%)" from a base of ten
// or more, else "+3", "−2" or "0".
func (l lang) delta(cur, prev int) string {
	d := cur - prev
	if d == 0 {
		return l.digits("0")
	}
	sign := "+"
	if d < 0 {
		sign = "−"
		d = -d
	}
	// In Persian a left-to-right mark keeps the sign on the left of the
	// number, where a signed figure's sign belongs, inside right-to-left text.
	s := l.mark() + sign + l.n(d)
	// A percentage on a small base (+500 % for 1 → 6) says less than the
	// numbers: it is given only from a base of ten.
	if prev >= 10 {
		pct := float64(cur-prev) * 100 / float64(prev)
		ps := fmt.Sprintf("%+.0f", pct)
		ps = strings.Replace(ps, "-", "−", 1)
		if l.fa {
			s += " (" + lrm + l.digits(ps) + "٪)"
		} else {
			s += " (" + ps + "%)"
		}
	}
	return s
}

func codeLabel(list []transform.Code, code string, fa bool) string {
	for _, c := range list {
		if c.Code == code {
			if fa {
				return c.LabelFA
			}
			return c.LabelEN
		}
	}
	return code
}

func (l lang) office(code string) string   { return codeLabel(transform.OfficeTypes, code, l.fa) }
func (l lang) sanction(code string) string { return codeLabel(transform.Sanctions, code, l.fa) }

// place, person and body give the name of a place, a person or a body (a
// portal, an office) as the document writes it: as stored in Persian, in Latin
// letters in English (govwatch/report/latin). roleName gives an official's role in
// English where the table of roles has it, else as stored.
func (l lang) place(s string) string {
	if l.fa {
		return s
	}
	return latin.Place(s)
}

func (l lang) person(s string) string {
	if l.fa {
		return s
	}
	return latin.Name(s)
}

func (l lang) body(s string) string {
	if l.fa {
		return s
	}
	return latin.Org(s)
}

func (l lang) roleName(s string) string {
	if !l.fa {
		if v, ok := latin.Role(s); ok {
			return v
		}
	}
	return s
}

func (l lang) modality(code string) string {
	switch code {
	case transform.ModalityReported:
		return l.reported
	case transform.ModalityConditional:
		return l.conditional
	case transform.ModalityDenied:
		return l.denied
	}
	return code
}

func (l lang) scope(s Scope) string {
	switch {
	case s.County != "":
		return fmt.Sprintf(l.countyScope, l.place(s.County))
	case s.Province != "":
		return fmt.Sprintf(l.provinceScope, l.place(s.Province))
	}
	return l.allScope
}

func (l lang) period(p jalali.Period) string {
	if l.fa {
		return p.Title()
	}
	return p.TitleEN()
}

func (l lang) date(d jalali.Date) string {
	if !d.Valid() {
		return ""
	}
	if l.fa {
		return d.PersianDigits()
	}
	return d.String()
}

var gregorianMonthsFA = [...]string{"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن",
	"ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"}

// gregorianDate formats the Gregorian day of d.
func (l lang) gregorianDate(d jalali.Date) string {
	y, m, dd := d.Gregorian()
	if l.fa {
		return l.digits(strconv.Itoa(dd)) + " " + gregorianMonthsFA[m-1] + " " + l.digits(strconv.Itoa(y))
	}
	return fmt.Sprintf("%d %s %d", dd, m.String(), y)
}

// gregorianPeriod formats the Gregorian days of p.
func (l lang) gregorianPeriod(p jalali.Period) string {
	if l.fa {
		return l.gregorianDate(p.Start) + " تا " + l.gregorianDate(p.End)
	}
	return l.gregorianDate(p.Start) + " – " + l.gregorianDate(p.End)
}

// timestamp formats t in loc as a Jalali date and a clock time.
func (l lang) timestamp(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return l.noData
	}
	t = t.In(loc)
	d := jalali.FromTime(t)
	clock := t.Format("15:04")
	zone := "UTC" + t.Format("-07:00")
	if l.fa {
		return d.Long() + "، ساعت " + l.digits(clock) + " (گرینویچ " + lrm + l.digits(t.Format("-07:00")) + ")"
	}
	return d.LongEN() + ", " + clock + " (" + zone + ")"
}

func itoa(n int) string { return strconv.Itoa(n) }

func monthNameFA(m int) string { return jalali.MonthName(m) }

func monthNameEN(m int) string {
	s := jalali.MonthNameEN(m)
	if len(s) < 3 {
		return s + "   "
	}
	return s
}
