package demoportal

import (
	"embed"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// genLexicon holds the word lists the generator draws from.
type genLexicon struct {
	counties, male, female, surnames []string
}

func readList(name string) ([]string, error) {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil, &SourceError{File: "lexicon/" + name, Err: fmt.Errorf("%w: empty list", ErrSource)}
	}
	return out, nil
}

// genSlug is the slug of the generated site.
const genSlug = "gen"

// genSiteData is what the generated site needs to build articles on request.
type genSiteData struct {
	lex genLexicon
}

func newGenSite(n int) (*site, error) {
	var lex genLexicon
	for _, l := range []struct {
		dst  *[]string
		name string
	}{{&lex.counties, "counties_fars.txt"}, {&lex.male, "male_fa.txt"}, {&lex.female, "female_fa.txt"}, {&lex.surnames, "surnames.txt"}} {
		v, err := readList(l.name)
		if err != nil {
			return nil, err
		}
		*l.dst = v
	}
	return &site{
		Site: Site{Slug: genSlug, Name: "استانداری فارس - اخبار شهرستان‌ها", Province: "فارس",
			ListURL: "/" + genSlug + "/News/List.aspx"},
		encoding: "utf-8",
		gen:      &genSiteData{lex: lex},
		total:    n,
	}, nil
}

type genRole struct {
	intro string // title as printed before or after the name; %s = county
	role  string
	org   string // %s = county
	short string // for titles
}

var genRoles = []genRole{
	{"فرماندار شهرستان %s", "فرماندار", "فرمانداری شهرستان %s", "فرماندار"},
	{"معاون سیاسی، امنیتی و اجتماعی فرمانداری %s", "معاون سیاسی، امنیتی و اجتماعی فرمانداری", "فرمانداری شهرستان %s", "معاون فرماندار"},
	{"بخشدار مرکزی شهرستان %s", "بخشدار مرکزی", "بخشداری مرکزی شهرستان %s", "بخشدار"},
	{"رئیس اداره صنعت، معدن و تجارت شهرستان %s", "رئیس اداره صنعت، معدن و تجارت", "اداره صنعت، معدن و تجارت شهرستان %s", "رئیس صمت"},
	{"رئیس اداره تعزیرات حکومتی شهرستان %s", "رئیس اداره تعزیرات حکومتی", "اداره تعزیرات حکومتی شهرستان %s", "رئیس تعزیرات"},
	{"دادستان عمومی و انقلاب شهرستان %s", "دادستان عمومی و انقلاب", "دادسرای عمومی و انقلاب شهرستان %s", "دادستان"},
	{"رئیس شبکه بهداشت و درمان شهرستان %s", "رئیس شبکه بهداشت و درمان", "شبکه بهداشت و درمان شهرستان %s", "رئیس شبکه بهداشت"},
	{"رئیس اداره پست شهرستان %s", "رئیس اداره پست", "اداره پست شهرستان %s", "رئیس اداره پست"},
}

type genOffice struct {
	code, singular, plural string
	violations             []string
}

var genOffices = []genOffice{
	{"government_counter", "دفتر پیشخوان خدمات دولت", "دفاتر پیشخوان خدمات دولت", []string{"holder_absent", "service_fee", "working_hours"}},
	{"rural_ict", "دفتر ICT روستایی", "دفاتر ICT روستایی", []string{"holder_absent", "service_fee", "working_hours"}},
	{"post_office", "دفتر پستی", "دفاتر خدمات پستی", []string{"service_fee", "working_hours"}},
	{"bakery", "نانوایی", "نانوایی‌ها", []string{"short_selling", "subsidised_flour", "health_code", "price_list", "overcharging"}},
	{"fuel_station", "جایگاه عرضه سوخت", "جایگاه‌های عرضه سوخت", []string{"fuel_misuse", "short_selling", "working_hours"}},
	{"guild_shop", "واحد صنفی", "واحدهای صنفی", []string{"overcharging", "hoarding", "price_list", "unlicensed", "health_code"}},
	{"health_unit", "خانه بهداشت", "خانه‌های بهداشت", []string{"working_hours", "health_code"}},
	{"pharmacy", "داروخانه", "داروخانه‌ها", []string{"holder_absent", "overcharging", "unlicensed"}},
}

var genViolationWords = map[string]string{
	"overcharging":     "گرانفروشی",
	"short_selling":    "کم‌فروشی",
	"hoarding":         "احتکار کالا",
	"holder_absent":    "عدم حضور دارنده مجوز در محل",
	"health_code":      "رعایت نکردن موازین بهداشتی",
	"unlicensed":       "فعالیت بدون پروانه کسب",
	"price_list":       "عدم نصب نرخ‌نامه",
	"subsidised_flour": "تخلف در مصرف آرد یارانه‌ای",
	"fuel_misuse":      "تخلف در توزیع سوخت",
	"service_fee":      "دریافت وجه اضافه بر تعرفه",
	"working_hours":    "رعایت نکردن ساعت کاری",
}

var genSanctionDone = map[string]string{
	"":                   "پرونده آنها در دست بررسی است",
	"licence_revocation": "مجوز فعالیت متخلفان لغو شد",
	"sealing":            "واحدهای متخلف پلمب شدند",
	"fine":               "متخلفان به پرداخت جریمه نقدی محکوم شدند",
	"notice":             "به متخلفان اخطار کتبی داده شد",
	"referral":           "پرونده متخلفان برای رسیدگی به اداره تعزیرات حکومتی ارجاع شد",
	"suspension":         "فعالیت واحدهای متخلف به طور موقت متوقف شد",
}

var genSanctionThreat = map[string]string{
	"licence_revocation": "مجوز آن لغو خواهد شد",
	"sealing":            "بدون اغماض پلمب خواهد شد",
	"fine":               "به پرداخت جریمه محکوم خواهد شد",
	"notice":             "در مرحله نخست اخطار کتبی دریافت خواهد کرد",
	"referral":           "به تعزیرات حکومتی معرفی خواهد شد",
	"suspension":         "فعالیت آن به طور موقت متوقف خواهد شد",
}

var genEvents = []string{"ستاد تنظیم بازار", "شورای اداری", "کارگروه نظارت بر اصناف", "شورای سلامت و امنیت غذایی", "کارگروه دفاتر پیشخوان خدمات دولت"}

var weekdays = [...]string{"یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"}

// genDate spreads codes 1..n over 1397/05/01..1397/10/30 in code order.
func genDate(code, n int) [3]int {
	d := (code - 1) * 182 / max(n, 1)
	if d < 62 {
		return [3]int{1397, 5 + d/31, 1 + d%31}
	}
	d -= 62
	return [3]int{1397, 7 + d/30, 1 + d%30}
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// genArticle builds generated article code (1..n) of site s from seed. It
// is a pure function of (seed, code, n).
func genArticle(s *site, seed uint64, code int) *article {
	lex := &s.gen.lex
	r := rand.New(rand.NewPCG(seed, uint64(code)*0x9E3779B97F4A7C15))
	county := pick(r, lex.counties)
	ymd := genDate(code, s.total)
	a := &article{site: s, code: code, encoding: "utf-8", charsetHeader: true, layout: "p", ymd: ymd}
	if r.IntN(4) == 0 {
		a.registered = fmt.Sprintf("%d/%02d/%02d", ymd[0], ymd[1], ymd[2])
	} else {
		a.registered = fmt.Sprintf("%d/%d/%d", ymd[0], ymd[1], ymd[2])
	}
	if r.IntN(3) > 0 {
		a.occurred = a.registered
	}
	switch r.IntN(10) {
	case 0:
		a.encoding, a.charsetHeader = "windows-1256", r.IntN(2) == 0
	case 1:
		a.layout = "br"
	}
	person := func() (name, surname string) {
		given := lex.male
		if r.IntN(10) < 3 {
			given = lex.female
		}
		surname = pick(r, lex.surnames)
		return pick(r, given) + " " + surname, surname
	}
	role := pick(r, genRoles)
	name, surname := person()
	p1 := TruthPerson{Name: name, Role: role.role, Organization: fmt.Sprintf(role.org, county)}
	a.truth.People = append(a.truth.People, p1)
	intro := fmt.Sprintf(role.intro, county)
	event := pick(r, genEvents)
	gy, gm, gd := jalaliToGregorian(ymd[0], ymd[1], ymd[2])
	day := weekdays[time.Date(gy, gm, gd, 0, 0, 0, 0, time.UTC).Weekday()]
	var first string
	if r.IntN(2) == 0 {
		first = fmt.Sprintf("به گزارش روابط عمومی استانداری فارس، جلسه %s شهرستان %s صبح امروز (%s) به ریاست %s، %s و با حضور اعضا در محل فرمانداری برگزار شد.", event, county, day, intro, name)
	} else {
		first = fmt.Sprintf("به گزارش روابط عمومی استانداری فارس، %s %s در جلسه %s این شهرستان که صبح روز %s برگزار شد، گزارشی از وضعیت نظارت بر بازار و خدمات عمومی ارائه کرد.", name, intro, event, day)
	}
	a.paras = append(a.paras, first)

	office := pick(r, genOffices)
	vtype := pick(r, office.violations)
	vword := genViolationWords[vtype]
	num := func(n int) string {
		if r.IntN(2) == 0 {
			return persianDigits(strconv.Itoa(n))
		}
		return strconv.Itoa(n)
	}
	switch m := r.IntN(20); {
	case m < 9: // reported
		sanction := pick(r, sanctions)
		count := 0
		if r.IntN(3) > 0 {
			count = 2 + r.IntN(40)
			a.paras = append(a.paras, fmt.Sprintf("وی با اشاره به بازرسی‌های انجام‌شده از %s اظهار داشت: در این بازرسی‌ها %s مورد تخلف %s شناسایی شد و %s.", office.plural, num(count), vword, genSanctionDone[sanction]))
			a.title = fmt.Sprintf("شناسایی %s مورد تخلف در %s شهرستان %s", num(count), office.plural, county)
		} else {
			a.paras = append(a.paras, fmt.Sprintf("%s عنوان نمود: متأسفانه برخی از %s مرتکب %s شده‌اند و %s.", surname, office.plural, vword, genSanctionDone[sanction]))
			a.title = fmt.Sprintf("برخورد با %s متخلف در شهرستان %s", office.plural, county)
		}
		a.truth.Violations = append(a.truth.Violations, TruthViolation{OfficeType: office.code, ViolationType: vtype, Sanction: sanction, Count: count, Modality: "reported", Speaker: name})
	case m < 13: // conditional
		sanction := pick(r, sanctions[1:])
		a.paras = append(a.paras, fmt.Sprintf("وی خاطرنشان ساخت: اگر هر یک از %s مرتکب %s شود، %s.", office.plural, vword, genSanctionThreat[sanction]))
		a.title = fmt.Sprintf("هشدار %s %s به %s", role.short, county, office.plural)
		a.truth.Violations = append(a.truth.Violations, TruthViolation{OfficeType: office.code, ViolationType: vtype, Sanction: sanction, Modality: "conditional", Speaker: name})
	case m < 16: // denied
		a.paras = append(a.paras, fmt.Sprintf("وی افزود: در بازرسی‌های هفته گذشته از %s سطح شهرستان از نظر %s تخلفی مشاهده نشد.", office.plural, vword))
		a.title = fmt.Sprintf("بازدید %s از %s شهرستان %s", role.short, office.plural, county)
		a.truth.Violations = append(a.truth.Violations, TruthViolation{OfficeType: office.code, ViolationType: vtype, Modality: "denied", Speaker: name})
	default: // no violation
		a.paras = append(a.paras, "وی بر لزوم هماهنگی بیشتر دستگاه‌های اجرایی در خدمت‌رسانی به مردم تأکید کرد و گفت: رضایت ارباب رجوع باید معیار ارزیابی عملکرد ادارات باشد.")
		a.title = fmt.Sprintf("برگزاری جلسه %s شهرستان %s", event, county)
	}
	if r.IntN(5) < 2 {
		role2 := pick(r, genRoles)
		if role2 != role {
			name2, _ := person()
			if name2 != name {
				a.truth.People = append(a.truth.People, TruthPerson{Name: name2, Role: role2.role, Organization: fmt.Sprintf(role2.org, county)})
				a.paras = append(a.paras, fmt.Sprintf("در ادامه %s، %s نیز با ارائه گزارشی از اقدامات این اداره، بر همکاری همه‌جانبه با فرمانداری تأکید کرد.", fmt.Sprintf(role2.intro, county), name2))
			}
		}
	}
	a.paras = append(a.paras, fmt.Sprintf("در پایان این جلسه مقرر شد گزارش اقدامات انجام‌شده تا پایان ماه جاری به %s ارسال شود.", fmt.Sprintf("فرمانداری شهرستان %s", county)))
	return a
}
