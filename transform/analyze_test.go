package transform

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestNormalizeBody checks the one-pass body against normalising each
// paragraph on its own: the body is the non-empty paragraphs joined by a
// blank line, and Source maps every offset as NormalizeOffsets does.
func TestNormalizeBody(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
	}{
		{"none", nil},
		{"all empty", []string{"", "  \u200c ", "\u00a0\n"}},
		{"one", []string{"  رئيس\u00a0\u00a0اداره  پست\u200c\u200cها "}},
		{"empty between", []string{"الف ب", " \t ", "ج\r\nد", "", "\ufef7\ufe8e ك"}},
		{"leading empty", []string{"\n\n", "a\xffb  c", "٢٦ اسفند"}},
		{"blank lines inside", []string{"اول\n\n\nدوم", "سوم"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w normWriter
			body, pm := normalizeBody(tt.paras, &w)
			a := Analysis{Body: body, paras: pm}
			var want []string
			for _, p := range tt.paras {
				if n := Normalize(p); n != "" {
					want = append(want, n)
				}
			}
			if diff := cmp.Diff(strings.Join(want, "\n\n"), body); diff != "" {
				t.Fatalf("body mismatch (-want +got):\n%s", diff)
			}
			// Walk the body: each offset maps to the paragraph and the
			// offset NormalizeOffsets gives for it.
			off, pi := 0, 0
			for i, p := range tt.paras {
				n := NormalizeOffsets(p)
				if n.Text == "" {
					continue
				}
				if off > 0 {
					if gp, _ := a.Source(off + 1); gp != -1 {
						t.Errorf("Source(%d) in the blank line = paragraph %d, want -1", off+1, gp)
					}
					off += 2
				}
				for j := 0; j <= n.Len(); j++ {
					gotPara, gotOff := a.Source(off + j)
					if gotPara != i || gotOff != n.SourceOffset(j) {
						t.Fatalf("Source(%d) = (%d, %d), want (%d, %d)", off+j, gotPara, gotOff, i, n.SourceOffset(j))
					}
				}
				if got := pm[pi].norm.Text; got != n.Text {
					t.Errorf("paragraph %d text = %q, want %q", i, got, n.Text)
				}
				pi++
				off += n.Len()
			}
			if pi != len(pm) {
				t.Errorf("%d paragraph maps, want %d", len(pm), pi)
			}
			if off != utf8.RuneCountInString(body) {
				t.Errorf("paragraphs cover %d runes, body has %d", off, utf8.RuneCountInString(body))
			}
		})
	}
}

// TestAnalyzeConcurrent runs Analyze on many goroutines at once and
// compares every result with a sequential run: pooled buffers must never
// leak from one analysis into another or into a result.
func TestAnalyzeConcurrent(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var ins []Input
	for _, p := range paths {
		ins = append(ins, readCase(t, p))
	}
	// A long article and an empty one make the pooled buffers grow and
	// shrink between runs.
	long := Input{Title: ins[0].Title}
	for _, in := range ins {
		long.Paragraphs = append(long.Paragraphs, in.Paragraphs...)
	}
	ins = append(ins, long, Input{}, Input{Title: "عنوان", Paragraphs: []string{" ", ""}})
	want := make([][]byte, len(ins))
	for i, in := range ins {
		b, err := Analyze(in).JSON()
		if err != nil {
			t.Fatal(err)
		}
		want[i] = b
	}
	const workers, rounds = 4, 5
	var wg sync.WaitGroup
	got := make([][][]byte, workers)
	for w := range workers {
		got[w] = make([][]byte, len(ins)*rounds)
		wg.Go(func() {
			for r := range rounds {
				for k := range ins {
					i := (k*(w+1) + r) % len(ins)
					b, err := Analyze(ins[i]).JSON()
					if err != nil {
						b = []byte(err.Error())
					}
					got[w][r*len(ins)+k] = b
				}
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for r := range rounds {
			for k := range ins {
				i := (k*(w+1) + r) % len(ins)
				if diff := cmp.Diff(string(want[i]), string(got[w][r*len(ins)+k])); diff != "" {
					t.Fatalf("worker %d round %d input %d differs from the sequential run (-want +got):\n%s", w, r, i, diff)
				}
			}
		}
	}
}

func TestGregorianPrintedDate(t *testing.T) {
	for _, tc := range []struct{ printed, want, jalali string }{
		{"2018-11-06", "2018-11-06", "1397/08/15"},
		{"1397/08/15", "2018-11-06", "1397/08/15"},
		{"۱۳۹۷/۰۸/۱۵", "2018-11-06", "1397/08/15"},
	} {
		a := Analyze(Input{Paragraphs: []string{"خبر"}, Registered: tc.printed})
		if a.Registered == nil {
			t.Errorf("%q: no date", tc.printed)
			continue
		}
		if got := a.Registered.Date.Format("2006-01-02"); got != tc.want || a.Registered.Jalali != tc.jalali {
			t.Errorf("%q: %s %s, want %s %s", tc.printed, got, a.Registered.Jalali, tc.want, tc.jalali)
		}
	}
	if a := Analyze(Input{Paragraphs: []string{"خبر"}, Registered: "2018-02-30"}); a.Registered != nil {
		t.Errorf("2018-02-30: got %v, want no date", a.Registered.Date)
	}
}

// TestHeadlineTitleAfterRolelessPerson: a headline's unnamed official named
// in the lead after a person with no role (the martyrs of a ceremony) once
// made Analyze index the first word of an empty role and panic.
func TestHeadlineTitleAfterRolelessPerson(t *testing.T) {
	in := Input{County: "کوار", Province: "فارس", Title: "فرماندار کوار: نانوایی‌های متخلف پلمب می‌شوند",
		Paragraphs: []string{"مراسم گرامیداشت شهیدان نادری و سامکی در فرمانداری برگزار شد.", "حسن کریمی گفت: بازرسی‌ها ادامه دارد."}}
	a := Analyze(in)
	roles := map[string]string{}
	for _, p := range a.People {
		roles[p.Name] = p.Role
	}
	if roles["حسن کریمی"] != "فرماندار" {
		t.Errorf("people %v: want حسن کریمی as the headline's فرماندار", roles)
	}
}

// TestMartyrNameEndsAtSurname checks that the words after a commemorated
// martyr's surname are not taken into the name.
func TestMartyrNameEndsAtSurname(t *testing.T) {
	for text, want := range map[string]string{
		"فرماندار گفت: شهید نادری نمونه بارز خدمت صادقانه بود.":        "نادری",
		"یاد شهیدان نادری و سامکی الگوی مدیران است.":                   "نادری|سامکی",
		"فرماندار از شهید محمدعلی نادری یاد کرد.":                      "محمدعلی نادری",
		"یاد شهیدان رجایی و باهنر الگوی مدیران است.":                   "",
		"مراسم یادبود شهید حسن حسین زاده در مسجد جامع کوار برگزار شد.": "حسن حسین زاده",
		"نماز جماعت در خانه شهید اقامه شد.":                            "",
		"این نوجوانان هیچگاه از آموزه‌های اسلام منحرف نمی‌شوند.":       "",
	} {
		if got := peopleNames(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// peopleNames returns the names of the people Analyze finds in text, joined
// by «|».
func peopleNames(text string) string {
	var names []string
	for _, p := range Analyze(InputFromText(text)).People {
		names = append(names, p.Name)
	}
	return strings.Join(names, "|")
}

// peopleRoles returns the people Analyze finds in text as «name|role»,
// joined by «;».
func peopleRoles(text string) string {
	var got []string
	for _, p := range Analyze(InputFromText(text)).People {
		got = append(got, p.Name+"|"+p.Role)
	}
	return strings.Join(got, ";")
}

// TestHeadlineVerbalNounNotName checks that a verbal noun heading a headline
// before a title («برکناری فرماندار»), or an adjective in «…ه ای» before one
// («حرفه ای معاونت بهداشتی»), is no one's name.
func TestHeadlineVerbalNounNotName(t *testing.T) {
	for _, text := range []string{
		"برکناری فرماندار کوار تکذیب شد.",
		"با حکم استاندار، انتصاب سرپرست فرمانداری کوار اعلام شد.",
		"کوار بیش از صد شهید تقدیم انقلاب کرده است.",
		"کارشناسان بهداشت محیط و حرفه ای معاونت بهداشتی کوار از بازار بازدید کردند.",
		"اختلاف اعضای شورای شهر کوار و نارضایتی فرماندار",
	} {
		if ps := Analyze(InputFromText(text)).People; len(ps) != 0 {
			t.Errorf("%q: people %+v, want none", text, ps)
		}
	}
}

// TestReferralWording checks wordings of a referral that once gave a mention
// without its sanction: a case file followed up or brought before a
// commission, and a legal prosecution.
func TestReferralWording(t *testing.T) {
	for _, text := range []string{
		"در بازرسی از واحدهای صنفی کوار تخلف مشاهده شد و مراحل قضائی پرونده این تخلفات در حال پیگیری است.",
		"در بازرسی از نانوایی‌های کوار تعداد ۹ فقره پرونده متخلفین در جلسات کمیسیون مطرح شده است.",
		"در صورت کشتار غیرمجاز متصدی واحد متخلف مورد پیگرد قانونی قرار می‌گیرد.",
	} {
		vs := Analyze(InputFromText(text)).Violations
		if len(vs) != 1 || !slices.Contains(vs[0].Sanctions, SanctionReferral) {
			t.Errorf("%q: violations %+v, want one with a referral", text, vs)
		}
	}
}

// TestMajlisMemberRole checks that the people's representative is the Majlis
// member, role «نماینده», with a courtesy word inside the title and without
// the Majlis named.
func TestMajlisMemberRole(t *testing.T) {
	for _, text := range []string{
		"حسن کریمی نماینده محترم مردم کوار و خرامه در مجلس شورای اسلامی گفت: جلسه برگزار شد.",
		"حسن کریمی نماینده مردم کوار و خرامه گفت: جلسه برگزار شد.",
	} {
		ps := Analyze(InputFromText(text)).People
		if len(ps) != 1 || ps[0].Role != "نماینده" || ps[0].Organization != "مجلس شورای اسلامی" {
			t.Errorf("%q: people %+v, want حسن کریمی, نماینده of مجلس شورای اسلامی", text, ps)
		}
	}
}

// TestLodgingIsOther checks that an inn, a hotel, a swimming pool or a sports
// club is an office of type other, not a guild shop; TestLiquefiedGasSellers that sellers of bottled
// gas are fuel stations, as kerosene distributors are.
func TestLodgingIsOther(t *testing.T) {
	for _, text := range []string{
		"در بازرسی از یک باب مسافرخانه در کوار به دلیل نقض دستورالعمل‌های بهداشتی این مسافرخانه پلمب شد.",
		"یک هتل آپارتمان غیرمجاز در کوار پلمب شد.",
		"چهار استخر شنا در کوار به دلیل مسائل بهداشتی پلمب شد.",
		"ده باشگاه ورزشی متخلف در کوار پلمب شدند.",
	} {
		vs := Analyze(InputFromText(text)).Violations
		if len(vs) == 0 || vs[0].OfficeType != OfficeOther {
			t.Errorf("%q: violations %+v, want the first of type other", text, vs)
		}
	}
}

func TestLiquefiedGasSellers(t *testing.T) {
	text := "بازرسان صمت کوار ۴ واحد عرضه‌کننده گاز مایع غیرمجاز را شناسایی کردند و پرونده تخلفات آنها به تعزیرات ارسال شد."
	vs := Analyze(InputFromText(text)).Violations
	if len(vs) == 0 || vs[0].OfficeType != OfficeFuelStation {
		t.Errorf("violations %+v, want the first of type fuel_station", vs)
	}
}

// TestCityNamedByCommonWord checks that a city named by a common word
// («صاحب», «زیارت») is no place alone after an organisation's words, so
// the organisation goes on.
func TestCityNamedByCommonWord(t *testing.T) {
	for text, want := range map[string]string{
		"مراسم\n\nحسن کریمی فرمانده سپاه صاحب الامر استان قزوین گفت: مراسم برگزار شد.": "سپاه صاحب الامر استان قزوین",
		"مراسم\n\nحسن کریمی مدیر حج و زیارت استان فارس گفت: مراسم برگزار شد.":          "مدیریت حج و زیارت استان فارس",
	} {
		ps := Analyze(InputFromText(text)).People
		if len(ps) != 1 || ps[0].Organization != want {
			t.Errorf("%q: people %+v, want one of %s", text, ps, want)
		}
	}
}

// TestOfficeBreakdownInBrackets checks that the units in brackets after an
// office break it down and are no offices of their own.
func TestOfficeBreakdownInBrackets(t *testing.T) {
	text := "بازرسان بهداشت محیط کوار ۵ واحد صنفی متخلف (دو باشگاه ورزشی، یک آرایشگاه زنانه، یک عطاری و یک خواربارفروشی) را پلمب کردند."
	for _, v := range Analyze(InputFromText(text)).Violations {
		if v.OfficeType != OfficeGuildShop {
			t.Errorf("violation of type %s (%q), want guild_shop only", v.OfficeType, v.OfficeText)
		}
	}
}

// TestCourtesyInsideTitle checks that «محترم» right after a title is no
// word of the role or the organisation, and that the phrase goes on after it.
func TestCourtesyInsideTitle(t *testing.T) {
	for text, want := range map[string][2]string{
		"طرح\n\nحسن کریمی معاون محترم سیاسی امنیتی استاندار فارس گفت: طرح اجرا شد.": {"معاون سیاسی امنیتی استاندار", "استانداری فارس"},
		"طرح\n\nحسن کریمی مدیر کل محترم میراث فرهنگی استان فارس گفت: طرح اجرا شد.":  {"مدیرکل", "اداره کل میراث فرهنگی استان فارس"},
		"طرح\n\nحسن کریمی استاندار محترم البرز گفت: طرح اجرا شد.":                   {"استاندار", "استانداری البرز"},
		"طرح\n\nحسن کریمی امام جمعه محترم سابق کوار در این مراسم گفت: طرح اجرا شد.": {"امام جمعه سابق", "شهرستان کوار"},
	} {
		ps := Analyze(InputFromText(text)).People
		if len(ps) != 1 || ps[0].Role != want[0] || ps[0].Organization != want[1] {
			t.Errorf("%q: people %+v, want role %q of %q", text, ps, want[0], want[1])
		}
	}
}

// TestFileNotCase checks that a file no offence opens («پرونده ثبت جهانی»)
// is no referral and makes no violation mention, while a case file still is.
func TestFileNotCase(t *testing.T) {
	for text, want := range map[string]int{
		"نماینده کوار برای در اولویت قرار گرفتن پرونده ثبت ملی باغ‌های کوار از طرف اداره میراث فرهنگی و ارسال آن به تهران تلاش کرد.": 0,
		"برای ۱۲ واحد صنفی متخلف پرونده تشکیل شد.": 1,
	} {
		if got := len(Analyze(InputFromText(text)).Violations); got != want {
			t.Errorf("%q: %d violations, want %d", text, got, want)
		}
	}
}

// TestPriorNoticeReported checks that a notice after «پس از» is the
// threat's condition in a warning and a fact of its own in a report.
func TestPriorNoticeReported(t *testing.T) {
	for text, want := range map[string]string{
		"نانوایی‌های متخلف پس از دو بار اخطار، پلمب خواهند شد.":               "sealing",
		"پس از دو بار اخطار، پمپ بنزین ورودی کوار تا اصلاح کاستی‌ها پلمب شد.": "sealing,notice",
	} {
		var got []string
		for _, v := range Analyze(InputFromText(text)).Violations {
			got = append(got, strings.Join(v.Sanctions, ","))
		}
		if g := strings.Join(got, ";"); g != want {
			t.Errorf("%q: sanctions %q, want %q", text, g, want)
		}
	}
}
