package report_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"govwatch/pipeline/dataset"
	"govwatch/transform"
	"govwatch/transform/jalali"
)

// The generated year: a dataset shaped like a year of crawling some fifty county
// portals of eight provinces, written with the dataset writer one run a month, as
// the crawl job would. All text is written for the project from templates; no
// sentence comes from a real article.

// genCounty is one county of the generated dataset with the weight of its
// portal's output (a busy portal publishes more).
type genCounty struct {
	province, county string
	weight           int
}

// genCounties are real counties (names as in the typhoon lexicon). The last
// three publish only before the year, so the year report lists them as counties
// without coverage.
var genCounties = []genCounty{
	{"فارس", "شیراز", 14}, {"فارس", "کوار", 5}, {"فارس", "فسا", 6}, {"فارس", "مرودشت", 7}, {"فارس", "جهرم", 6},
	{"فارس", "لارستان", 5}, {"فارس", "داراب", 4}, {"فارس", "آباده", 4}, {"فارس", "اقلید", 3}, {"فارس", "کازرون", 5},
	{"بوشهر", "بوشهر", 8}, {"بوشهر", "دشتستان", 5}, {"بوشهر", "گناوه", 3}, {"بوشهر", "دشتی", 2}, {"بوشهر", "تنگستان", 2},
	{"بوشهر", "کنگان", 3}, {"کرمان", "کرمان", 10}, {"کرمان", "بم", 4}, {"کرمان", "سیرجان", 5}, {"کرمان", "رفسنجان", 5},
	{"کرمان", "جیرفت", 4}, {"کرمان", "زرند", 2}, {"اصفهان", "اصفهان", 12}, {"اصفهان", "کاشان", 6}, {"اصفهان", "نجف آباد", 5},
	{"اصفهان", "خمینی شهر", 4}, {"اصفهان", "گلپایگان", 2}, {"خوزستان", "اهواز", 9}, {"خوزستان", "دزفول", 5},
	{"خوزستان", "آبادان", 4}, {"خوزستان", "بهبهان", 3}, {"خوزستان", "ایذه", 2}, {"یزد", "یزد", 7}, {"یزد", "میبد", 3},
	{"یزد", "اردکان", 3}, {"یزد", "ابرکوه", 2}, {"یزد", "تفت", 2}, {"گیلان", "رشت", 8}, {"گیلان", "لاهیجان", 3},
	{"گیلان", "بندرانزلی", 3}, {"گیلان", "آستارا", 2}, {"کردستان", "سنندج", 6}, {"کردستان", "سقز", 3},
	{"کردستان", "مریوان", 3}, {"کردستان", "بانه", 2},
	{"کردستان", "بیجار", 0}, {"گیلان", "رودسر", 0}, {"یزد", "بافق", 0},
}

// Names of the generated officials: made-up combinations of common given names
// and surnames.
var (
	genGiven = []string{"محمد", "علی", "حسین", "رضا", "مهدی", "حمیدرضا", "سعید", "مجید", "احمد", "محمود", "جواد",
		"غلامرضا", "عباس", "مرتضی", "ناصر", "کاظم", "فاطمه", "زهرا", "مریم", "اکبر", "یوسف", "بهروز", "داریوش", "کامران"}
	genSurname = []string{"توکلی", "رستمی", "کریمی", "احمدی", "موسوی", "حسینی", "جعفری", "رضایی", "نوری", "صالحی",
		"یزدان پناه", "قاسمی", "فرهادی", "شریفی", "امیری", "اکبری", "بهرامی", "سلیمانی", "کاظمی", "زارعی", "مرادی",
		"نیک‌نام", "حیدری", "عسگری", "طاهری", "ملکی", "یوسفی", "رحیمی", "باقری", "دهقان", "شفیعی", "نظری"}
)

// genRole is a role an official of each county holds; org is completed with the
// county's name.
type genRole struct{ role, org string }

var genRoles = []genRole{
	{"فرماندار", "فرمانداری شهرستان "},
	{"معاون سیاسی و امنیتی فرماندار", "فرمانداری شهرستان "},
	{"رئیس اداره صنعت، معدن و تجارت", "اداره صنعت، معدن و تجارت شهرستان "},
	{"رئیس شبکه بهداشت و درمان", "شبکه بهداشت و درمان شهرستان "},
	{"رئیس اداره تعزیرات حکومتی", "اداره تعزیرات حکومتی شهرستان "},
}

// genOfficial is one official of a county.
type genOfficial struct {
	given, surname string
	role           genRole
	from, to       jalali.Date // in office from..to (inclusive)
}

func (o genOfficial) full() string { return o.given + " " + o.surname }

// Offices by how often they appear, with the violation types that fit them.
var genOffices = []struct {
	code   string
	weight int
	vtypes []string
	label  string // the words the article uses
}{
	{"government_counter", 6, []string{"service_fee", "holder_absent", "working_hours"}, "دفتر پیشخوان خدمات دولت"},
	{"rural_ict", 4, []string{"service_fee", "holder_absent"}, "دفتر خدمات فناوری اطلاعات روستایی"},
	{"post_office", 1, []string{"service_fee", "working_hours"}, "دفتر پست"},
	{"bakery", 10, []string{"subsidised_flour", "short_selling", "overcharging", "health_code"}, "نانوایی"},
	{"fuel_station", 3, []string{"fuel_misuse", "overcharging"}, "جایگاه سوخت"},
	{"guild_shop", 12, []string{"overcharging", "hoarding", "price_list", "unlicensed", "short_selling"}, "واحد صنفی"},
	{"health_unit", 3, []string{"health_code", "unlicensed"}, "مرکز بهداشتی"},
	{"pharmacy", 2, []string{"unlicensed", "overcharging", "holder_absent"}, "داروخانه"},
	{"other", 1, []string{"other"}, "کارگاه"},
}

var genSanctions = []struct {
	code, verb string
	weight     int
}{
	{"licence_revocation", "مجوزشان لغو شد", 2}, {"sealing", "پلمب شدند", 8}, {"suspension", "فعالیتشان تعلیق شد", 2},
	{"referral", "به تعزیرات معرفی شدند", 7}, {"fine", "جریمه شدند", 6}, {"notice", "اخطار گرفتند", 6},
}

var genNumbers = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده",
	"چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}

// genYear describes what writeYear wrote, for the assertions of the tests.
type genYear struct {
	Year     jalali.Period // the year reported on, as a range
	Articles int           // articles in the year
	Before   int           // articles in the months before it
	Names    map[string]string
}

// pick returns an index drawn with the given weights.
func pick(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// writeYear writes into dir a dataset of n articles registered in the Jalali year
// 1397 (and a few hundred in the last quarter of 1396), one run a month. Each
// county has its officials (the governor replaced mid-year in some counties),
// named in full, by surname or by title alone; about a third of the articles
// state violations: reported (with counts, one number sometimes given for two
// violation types, sanctions), warnings and inspections that found none, some
// dated by «روز گذشته» or the portal's occurrence date, some restated by a second
// portal of the county within two days.
func writeYear(tb testing.TB, dir string, n int) genYear {
	tb.Helper()
	r := rand.New(rand.NewPCG(1397, 12))
	year, err := jalali.NewRange(jalali.Date{Year: 1397, Month: 1, Day: 1}, jalali.Date{Year: 1397, Month: 12, Day: 29})
	if err != nil {
		tb.Fatal(err)
	}
	g := genYear{Year: year, Names: map[string]string{}}

	// Officials per county; one in four governors is replaced on a day of the year.
	officials := make([][]genOfficial, len(genCounties))
	for ci := range genCounties {
		for ri, role := range genRoles {
			o := genOfficial{given: genGiven[(ci*7+ri*3)%len(genGiven)], surname: genSurname[(ci*5+ri*11)%len(genSurname)],
				role: role, from: jalali.Date{Year: 1390, Month: 1, Day: 1}, to: jalali.Date{Year: 1400, Month: 1, Day: 1}}
			if ri == 0 && ci%4 == 1 {
				change := year.Start.AddDays(100 + ci*3)
				o.to = change.AddDays(-1)
				officials[ci] = append(officials[ci], o)
				o = genOfficial{given: genGiven[(ci*3+13)%len(genGiven)], surname: genSurname[(ci*7+17)%len(genSurname)],
					role: role, from: change, to: jalali.Date{Year: 1400, Month: 1, Day: 1}}
			}
			officials[ci] = append(officials[ci], o)
		}
	}
	weights := make([]int, len(genCounties))
	for i, c := range genCounties {
		weights[i] = c.weight
		g.Names[sourceOf(i, 0)] = "فرمانداری شهرستان " + c.county
		g.Names[sourceOf(i, 1)] = "بخشداری مرکزی " + c.county
	}
	officeW := make([]int, len(genOffices))
	for i, o := range genOffices {
		officeW[i] = o.weight
	}
	sanctionW := make([]int, len(genSanctions))
	for i, s := range genSanctions {
		sanctionW[i] = s.weight
	}

	// The articles, by month: three months of 1396, then the year.
	type planned struct {
		county int
		date   jalali.Date
		clause []genClause
		second bool // from the county's second portal
	}
	months := []jalali.Period{}
	for m := 10; m <= 12; m++ {
		p, _ := jalali.MonthPeriod(1396, m)
		months = append(months, p)
	}
	for m := 1; m <= 12; m++ {
		p, _ := jalali.MonthPeriod(1397, m)
		months = append(months, p)
	}
	byMonth := make([][]planned, len(months))
	// Busier in the months before Nowruz and in summer.
	season := []int{9, 9, 10, 7, 8, 9, 11, 11, 10, 9, 9, 8}
	seasonTotal := 0
	for _, s := range season {
		seasonTotal += s
	}
	code := 0
	for mi, p := range months {
		var count int
		if p.Start.Year == 1396 {
			count = n / 40
		} else {
			count = n * season[p.Start.Month-1] / seasonTotal
			if p.Start.Month == 12 {
				count = n - g.Articles // the rest, so the year has exactly n
			}
		}
		for range count {
			ci := pick(r, weights)
			if p.Start.Year == 1396 && r.IntN(12) == 0 {
				ci = len(genCounties) - 1 - r.IntN(3) // the counties the year has no news from
			}
			d := p.Start.AddDays(r.IntN(p.Days()))
			a := planned{county: ci, date: d}
			if r.IntN(100) < 32 {
				for range 1 + pick(r, []int{6, 3, 1}) {
					a.clause = append(a.clause, genClauseFor(r, officeW, sanctionW))
				}
			}
			byMonth[mi] = append(byMonth[mi], a)
			if p.Start.Year == 1397 {
				g.Articles++
			} else {
				g.Before++
			}
			// One in eight reported clauses is restated by the county's second
			// portal within two days (the same offices, count and sanctions).
			for _, c := range a.clause {
				if c.modality == transform.ModalityReported && r.IntN(8) == 0 {
					d2 := d.AddDays(r.IntN(3))
					if !p.Contains(d2) || p.Start.Year == 1397 && g.Articles >= n {
						continue
					}
					c2 := c
					c2.restated = true
					byMonth[mi] = append(byMonth[mi], planned{county: ci, date: d2, clause: []genClause{c2}, second: true})
					if p.Start.Year == 1397 {
						g.Articles++
					} else {
						g.Before++
					}
				}
			}
		}
	}

	ds, err := dataset.Open(dir, dataset.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for mi, p := range months {
		runID := fmt.Sprintf("run-%s", p.String())
		txn, err := ds.Begin(tb.Context(), runID)
		if err != nil {
			tb.Fatal(err)
		}
		fetchedBase := p.End.AddDays(1).Time(time.UTC).Add(2 * time.Hour)
		for ai, a := range byMonth[mi] {
			code++
			c := genCounties[a.county]
			src := sourceOf(a.county, 0)
			if a.second {
				src = sourceOf(a.county, 1)
			}
			url := fmt.Sprintf("https://%s.example.ir/News/ShowNews.aspx?Code=%d", src, 10000+code)
			id := dataset.ArticleID(url)
			hash := fmt.Sprintf("g%06d", code)
			off := officialAt(officials[a.county], 0, a.date)
			if len(a.clause) > 0 {
				off = officialAt(officials[a.county], a.clause[0].role, a.date)
			}
			// Name form: full name, surname alone, or the title alone.
			var name string
			switch form := r.IntN(20); {
			case form < 12:
				name = off.full()
			case form < 17:
				name = off.surname
			default:
				name = off.role.role
			}
			var body strings.Builder
			lead := "به گزارش روابط عمومی " + g.Names[src] + "، " + off.role.role + " " + c.county + " در جلسه شورای اداری از برنامه‌های نظارتی شهرستان سخن گفت."
			if name != off.role.role {
				lead = "به گزارش روابط عمومی " + g.Names[src] + "، " + name + " " + off.role.role + " " + c.county + " در جلسه شورای اداری از برنامه‌های نظارتی شهرستان سخن گفت."
			}
			body.WriteString(lead)
			nameStart := int32(utf8.RuneCountInString("به گزارش روابط عمومی " + g.Names[src] + "، "))
			title := "جلسه شورای اداری شهرستان " + c.county
			type span struct {
				c          genClause
				start, end int32
				text       string
			}
			var spans []span
			for _, cl := range a.clause {
				body.WriteString("\n\n")
				text := cl.text(r)
				start := int32(utf8.RuneCountInString(body.String()))
				body.WriteString(text)
				spans = append(spans, span{cl, start, start + int32(utf8.RuneCountInString(text)), text})
				if cl.modality == transform.ModalityReported && title == "جلسه شورای اداری شهرستان "+c.county {
					title = "برخورد با متخلفان در شهرستان " + c.county
				}
			}
			body.WriteString("\n\nوی در پایان بر همکاری دستگاه‌های اجرایی و اطلاع‌رسانی به مردم تاکید کرد.")
			row := dataset.ArticleRow{ArticleID: id, URL: url, SourceID: src, Province: c.province, County: c.county,
				Title: title, Body: body.String(), ParagraphCount: int32(2 + len(spans)),
				RegisteredDate: a.date.Time(time.UTC), RegisteredJalali: a.date.String(),
				FetchedAt: fetchedBase.Add(time.Duration(ai) * time.Second), ContentHash: hash, ExtractorVersion: "transform/2.1.0"}
			// One article in five carries the portal's occurrence date, a day or two before.
			if r.IntN(5) == 0 {
				occ := a.date.AddDays(-r.IntN(3))
				row.OccurredDate, row.OccurredJalali = occ.Time(time.UTC), occ.String()
			}
			if err := txn.AddArticle(row); err != nil {
				tb.Fatal(err)
			}
			if err := txn.AddPerson(dataset.PersonRow{ArticleID: id, ContentHash: hash, PersonKey: "p1", Name: name,
				Role: off.role.role, Organization: off.role.org + c.county, Start: nameStart,
				End: nameStart + int32(utf8.RuneCountInString(name)), Sentence: lead}); err != nil {
				tb.Fatal(err)
			}
			for _, sp := range spans {
				speaker := ""
				if sp.c.attributed {
					speaker = name
				}
				for k, vt := range sp.c.vtypes {
					vid := dataset.ViolationID(id, sp.start, sp.end)
					if k > 0 {
						vid = dataset.ViolationID(fmt.Sprintf("%s#%d", id, k), sp.start, sp.end)
					}
					v := dataset.ViolationRow{ArticleID: id, ContentHash: hash, ViolationID: vid, OfficeType: sp.c.office,
						OfficeLabel: sp.c.label, ViolationType: vt, Sanction: sp.c.sanction, Modality: sp.c.modality,
						Place: c.county, Speaker: speaker, Evidence: sp.text, Start: sp.start, End: sp.end}
					if sp.c.count > 0 {
						cnt := int32(sp.c.count)
						v.Count = &cnt
					}
					if err := txn.AddViolation(v); err != nil {
						tb.Fatal(err)
					}
				}
			}
		}
		failed := int64(r.IntN(6))
		var causes []dataset.CauseCount
		if failed > 0 {
			causes = []dataset.CauseCount{{Cause: []string{"http_5xx", "timeout", "parse"}[mi%3], Count: failed}}
		}
		fetched := int64(len(byMonth[mi])) + 120
		if err := txn.AddRun(dataset.RunRow{Job: "crawl-all", Trigger: "schedule", StartedAt: fetchedBase.Add(-time.Hour),
			FinishedAt: fetchedBase.Add(time.Hour), Status: "succeeded", PagesFetched: fetched, PagesFailed: failed,
			FailuresByCause: causes, ArticlesNew: int64(len(byMonth[mi])), ExtractorVersion: "transform/2.1.0"}); err != nil {
			tb.Fatal(err)
		}
		if err := txn.Commit(tb.Context()); err != nil {
			tb.Fatal(err)
		}
	}
	return g
}

// sourceOf is the source ID of a county's first (k = 0) or second portal.
func sourceOf(county, k int) string {
	if k == 0 {
		return fmt.Sprintf("c%02d", county)
	}
	return fmt.Sprintf("c%02d-b", county)
}

// officialAt returns the holder of role ri of a county on day d.
func officialAt(list []genOfficial, ri int, d jalali.Date) genOfficial {
	var last genOfficial
	for _, o := range list {
		if o.role != genRoles[ri] {
			continue
		}
		last = o
		if !d.Before(o.from) && !d.After(o.to) {
			return o
		}
	}
	return last
}

// genClause is one generated violation clause.
type genClause struct {
	office, label string
	vtypes        []string // "" for none; two for a number given for two types
	sanction      string
	verb          string
	count         int
	modality      string
	role          int // the official who speaks about it (index of genRoles)
	attributed    bool
	yesterday     bool
	restated      bool
}

func genClauseFor(r *rand.Rand, officeW, sanctionW []int) genClause {
	o := genOffices[pick(r, officeW)]
	c := genClause{office: o.code, label: o.label}
	switch m := r.IntN(100); {
	case m < 62:
		c.modality = transform.ModalityReported
	case m < 85:
		c.modality = transform.ModalityConditional
	default:
		c.modality = transform.ModalityDenied
	}
	c.role = []int{0, 1, 2, 2, 3, 4}[r.IntN(6)]
	if o.code == "health_unit" || o.code == "pharmacy" {
		c.role = 3
	}
	c.attributed = r.IntN(10) < 7
	if c.modality == transform.ModalityDenied {
		c.vtypes = []string{""}
		return c
	}
	vt := o.vtypes[r.IntN(len(o.vtypes))]
	c.vtypes = []string{vt}
	if len(o.vtypes) > 1 && r.IntN(7) == 0 {
		c.vtypes = append(c.vtypes, o.vtypes[(indexOf(o.vtypes, vt)+1)%len(o.vtypes)])
	}
	if c.modality == transform.ModalityReported {
		if r.IntN(100) < 55 {
			c.count = 1 + min(r.IntN(6), r.IntN(20))
			if r.IntN(20) == 0 {
				c.count = 8 + r.IntN(13)
			}
		}
		if r.IntN(100) < 75 {
			s := genSanctions[pick(r, sanctionW)]
			c.sanction, c.verb = s.code, s.verb
		}
		c.yesterday = r.IntN(10) == 0
	} else {
		s := genSanctions[pick(r, sanctionW)]
		c.sanction, c.verb = s.code, s.verb
	}
	return c
}

func sanctionLabel(code string) string {
	for _, s := range transform.Sanctions {
		if s.Code == code {
			return s.LabelFA
		}
	}
	return code
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// text writes the clause as a sentence.
func (c genClause) text(r *rand.Rand) string {
	vlabel := func(code string) string {
		for _, v := range transform.ViolationTypes {
			if v.Code == code {
				return v.LabelFA
			}
		}
		return "تخلف"
	}
	reasons := make([]string, 0, len(c.vtypes))
	for _, v := range c.vtypes {
		reasons = append(reasons, vlabel(v))
	}
	reason := strings.Join(reasons, " و ")
	switch c.modality {
	case transform.ModalityDenied:
		return "در بازرسی از " + c.label + "‌های شهرستان تخلفی مشاهده نشد."
	case transform.ModalityConditional:
		return "با " + c.label + "‌هایی که " + reason + " داشته باشند برخورد می‌شود و در صورت تکرار با " + sanctionLabel(c.sanction) + " روبه‌رو خواهند شد."
	}
	var b strings.Builder
	if c.yesterday {
		b.WriteString("روز گذشته ")
	} else if c.restated {
		b.WriteString("در پی گزارش‌های مردمی، ")
	}
	if c.count > 0 {
		b.WriteString(genNumbers[min(c.count, len(genNumbers)-1)] + " " + c.label)
	} else {
		b.WriteString(c.label + "‌هایی")
	}
	b.WriteString(" به دلیل " + reason)
	if c.verb != "" {
		b.WriteString(" " + c.verb + ".")
	} else {
		b.WriteString(" شناسایی شدند.")
	}
	if r.IntN(3) == 0 {
		b.WriteString(" پرونده آنها برای رسیدگی ارسال شد.")
	}
	return b.String()
}
