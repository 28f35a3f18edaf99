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
		Paragraphs: []string{"مراسم گرامیداشت شهیدان رجایی و باهنر در فرمانداری برگزار شد.", "حسن کریمی گفت: بازرسی‌ها ادامه دارد."}}
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
		"فرماندار گفت: شهید رجایی نمونه بارز خدمت صادقانه بود.":        "رجایی",
		"یاد شهیدان رجایی و باهنر الگوی مدیران است.":                   "رجایی|باهنر",
		"فرماندار از شهید محمدعلی رجایی یاد کرد.":                      "محمدعلی رجایی",
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

// TestGluedTitleWithinOneWord checks that a title found across a word
// boundary and inside a word («باکری است» holds «ریاست») is not taken for a
// title glued to a name, while a title really glued to one still is.
func TestGluedTitleWithinOneWord(t *testing.T) {
	for text, want := range map[string]string{
		"امروز در کوار یادواره شهید مهدی باکری است.":   "مهدی باکری|",
		"حسن کریمیفرماندار کوار گفت: بازدید انجام شد.": "حسن کریمی|فرماندار",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestTitleWithSurnameEnding checks that a title word typed with a surname's
// ending, apart by a ZWNJ or glued, is a surname («رئیس‌وندی»), while a title
// glued to the body it heads is still a title.
func TestTitleWithSurnameEnding(t *testing.T) {
	for text, want := range map[string]string{
		"به گفته حسن رئیس‌وندی، مدیر شبکه بهداشت کوار، سه واحد پلمب شد.": "حسن رئیس‌وندی|مدیر",
		"به گفته حسن رئیسوندی، مدیر شبکه بهداشت کوار، سه واحد پلمب شد.":  "حسن رئیسوندی|مدیر",
		"حسن رئیس‌دانا مدیر شبکه بهداشت کوار گفت: سه واحد پلمب شد.":      "حسن رئیس‌دانا|مدیر",
		"حسن کریمی مدیرجهادکشاورزی کوار گفت: بازدید انجام شد.":           "حسن کریمی|مدیر",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
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

// TestSurnameLikePlural checks that after a given name a word ending like a
// plural («…هایی») is a surname («ساهایی»), that a word in «ه» keeps the
// «ای» typed apart from it («سرچشمه ای»), and that a plural noun before a
// title is still no name.
func TestSurnameLikePlural(t *testing.T) {
	for text, want := range map[string]string{
		"علی اکبر ساهایی استاندار کوار گفت: بازدید انجام شد.": "علی اکبر ساهایی|استاندار",
		"دیدارهایی استاندار کوار با مردم برگزار شد.":          "",
		"حسن سرچشمه ای فرماندار کوار گفت: بازدید انجام شد.":   "حسن سرچشمه ای|فرماندار",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
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

// TestRoleExtent checks where roles end as the annotators of the real set
// draw them: a Friday-prayer leader's title takes no words after it but a
// qualifier («امام جمعه موقت»), a qualifier stays in the role («فرماندار
// مستعفی»), and the speaker of the Majlis is the head of a body.
func TestRoleExtent(t *testing.T) {
	for text, want := range map[string]string{
		"حجت الاسلام حسن کریمی امام جمعه گلستانک در خطبه‌ها گفت: مردم همکاری کنند.":   "حسن کریمی|امام جمعه",
		"حجت الاسلام حسن کریمی امام جمعه موقت کوار در خطبه‌ها گفت: مردم همکاری کنند.": "حسن کریمی|امام جمعه موقت",
		"حسن کریمی رئیس مجلس شورای اسلامی در سفر به کوار گفت: طرح‌ها افتتاح شد.":      "حسن کریمی|رئیس",
		"حسن کریمی فرماندار مستعفی کوار گفت: کار ادامه دارد.":                         "حسن کریمی|فرماندار مستعفی",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestSubjectTitleOverNounComplement checks that a name that speaks after a
// sentence with two unnamed titles takes the subject's title, not that of a
// title a noun governs («خبر برکناری فرماندار»), while a post someone is
// appointed to («به سمت فرماندار») is still theirs.
func TestSubjectTitleOverNounComplement(t *testing.T) {
	for text, want := range map[string]string{
		"خبر فرمانداری سامک\nاستاندار کوار خبر برکناری فرماندار شهرستان سامک را تکذیب کرد. حسن کریمی در گفت‌وگو با خبرنگار افزود: این خبر درست نیست.":                            "حسن کریمی|استاندار",
		"طرح‌های سامک\nاستاندار کوار از پیشرفت طرح‌ها با پیگیری فرماندار سامک خبر داد. حسن کریمی افزود: کارها ادامه دارد.":                                                       "حسن کریمی|استاندار",
		"سفر معاون وزیر به کوار\nرئیس جهاد کشاورزی کوار از سفر قائم مقام و معاون وزیر جهاد کشاورزی به این شهرستان خبر داد. حسن کریمی با اعلام این خبر افزود: بازدیدها فردا است.": "حسن کریمی|رئیس",
		"فرماندار جدید سامک\nدر حکم وزیر کشور آمده است: بنا به پیشنهاد استاندار کوار به سمت فرماندار شهرستان سامک منصوب می‌شوید. حسن کریمی گفت: خدمت می‌کنم.":                    "حسن کریمی|فرماندار",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestAppointedPostOverHeldTitle checks that the post a named official was
// appointed to, told as done, is their role, while a seat held beside the
// post or an appointment to come leaves the title they hold.
func TestAppointedPostOverHeldTitle(t *testing.T) {
	for text, want := range map[string]string{
		"حسن کریمی معاون سیاسی فرمانداری کوار به عنوان بخشدار مرکزی کوار معرفی شد.":                              "حسن کریمی|بخشدار",
		"حسن کریمی معاون فرماندار به عنوان سرپرست فرمانداری کوار و علی احمدی نیز به عنوان بخشدار سامک منصوب شد.": "حسن کریمی|سرپرست فرمانداری;علی احمدی|بخشدار",
		"حسن کریمی شهردار کوار به عنوان عضو هیئت مدیره سازمان همیاری شهرداری‌ها انتخاب شد.":                      "حسن کریمی|شهردار",
		"علی احمدی فرماندار سابق کوار نیز به عنوان مدیرعامل سازمان همیاری شهرداری‌ها معرفی می‌شود.":              "علی احمدی|فرماندار سابق",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestFullerNameWithRareGiven checks that a given name the lists hold as rare
// or as a common word, opening its clause before a surname the article gives
// a person, completes that person's name.
func TestFullerNameWithRareGiven(t *testing.T) {
	for text, want := range map[string]string{
		"نشست خبری پست\n\nبه گزارش خبرنگار، هدایت سامکی در نشست خبری روز جهانی پست گفت: خدمات پست گسترش یافت.\n\nسامکی مدیرکل پست استان فارس افزود: کار ادامه دارد.":  "هدایت سامکی|مدیرکل",
		"نشست خبری پست\n\nبه گزارش خبرنگار، انتقام سامکی در نشست خبری روز جهانی پست گفت: خدمات پست گسترش یافت.\n\nسامکی مدیرکل پست استان فارس افزود: کار ادامه دارد.": "انتقام سامکی|مدیرکل",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestSheikhAfterClericalHonorific checks that «شیخ» after a clerical
// honorific is part of the honorific, not of the name, and so is «پاسدار»
// after a rank.
func TestSheikhAfterClericalHonorific(t *testing.T) {
	for text, want := range map[string]string{
		"آیین معارفه امام جمعه\n\nآیت‌الله شیخ حسن کریمی، نماینده ولی فقیه در استان فارس در این مراسم گفت: خدمت به مردم اولویت است.": "حسن کریمی|نماینده ولی فقیه",
		"آیین معارفه امام جمعه\n\nحجت الاسلام شیخ حسن کریمی امام جمعه کوار در این مراسم گفت: خدمت به مردم اولویت است.":               "حسن کریمی|امام جمعه",
		"عملیات سپاه\n\nسرگرد پاسدار حسن کریمی روز شنبه اظهار کرد: عملیات ادامه دارد.":                                               "حسن کریمی|",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestBylineRolesAndInitial checks that of several byline roles listed the
// first is the role, and that a given name's initial stays in the name.
func TestBylineRolesAndInitial(t *testing.T) {
	for text, want := range map[string]string{
		"بازرسی نانوایی‌ها\n\nبازرسی از نانوایی‌های شهر ادامه دارد.\nنویسنده ،خبرنگار و سردبیر: م. کریمی": "م. کریمی|نویسنده",
		"بازرسی نانوایی‌ها\n\nبازرسی از نانوایی‌های شهر ادامه دارد.\nخبرنگار و عکاس: مریم کریمی":          "مریم کریمی|خبرنگار",
		"بازرسی نانوایی‌ها\n\nبازرسی از نانوایی‌های شهر ادامه دارد.\nخبرنگار افتخاری: مریم کریمی":         "مریم کریمی|خبرنگار افتخاری",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestDayAndTimeGluedNotName checks that a weekday typed together with its
// part of the day («شنبه‌شب») ends a name as the two words apart do, and
// that «عطالله», a common spelling of «عطاءالله», is a given name.
func TestDayAndTimeGluedNotName(t *testing.T) {
	for text, want := range map[string]string{
		"نشست شورا\n\nبه گزارش خبرنگار، حسن کریمی شنبه‌شب در نشست شورای پیشگیری گفت: طرح اجرا شد.":                        "حسن کریمی|",
		"نشست شورا\n\nبه گزارش خبرنگار، حسن کریمی دوشنبه‌صبح در نشست شورای پیشگیری گفت: طرح اجرا شد.":                     "حسن کریمی|",
		"نشست شورا\n\nعطالله ساهایی صبور نماینده مردم کوار در مجلس شورای اسلامی در گفت و گو با خبرنگار گفت: طرح اجرا شد.": "عطالله ساهایی صبور|نماینده",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestAgencyReporter checks that the name between an agency's name with its
// semicolon and a dash is the reporter's, with no role, and that the title
// after the dash goes to the name after it.
func TestAgencyReporter(t *testing.T) {
	for text, want := range map[string]string{
		"پلمب سه واحد صنفی\n\nباشگاه خبرنگاران جوان؛ سید حسن کریمی - مدیرکل تعزیرات حکومتی فارس از پلمب سه واحد صنفی خبر داد.":              "حسن کریمی|",
		"پلمب سه واحد صنفی\n\nباشگاه خبرنگاران جوان؛ حسن کریمی ساهایی - علی احمدی مدیرکل تعزیرات حکومتی فارس از پلمب سه واحد صنفی خبر داد.": "حسن کریمی ساهایی|;علی احمدی|مدیرکل",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestListBeforeCommaAndPluralTitle checks that names joined by «و» before a
// comma and a plural title hold its singular.
func TestListBeforeCommaAndPluralTitle(t *testing.T) {
	text := "بازدید وزیر\n\nوزیر با همراهی حسن کریمی، استاندار فارس، علی احمدی و رضا ساهایی، نمایندگان مردم کوار در مجلس شورای اسلامی از طرح بازدید کرد."
	if got, want := peopleRoles(text), "حسن کریمی|استاندار;علی احمدی|نماینده;رضا ساهایی|نماینده"; got != want {
		t.Errorf("people %q, want %q", got, want)
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

// TestSurnameThatNamesABody checks that a surname of the lists that is also
// a body's one-word name («کلانتری», a police station) is a surname after a
// common given name, and still a body elsewhere.
func TestSurnameThatNamesABody(t *testing.T) {
	for text, want := range map[string]string{
		"نشست شورا\n\nبه گزارش خبرنگار، حسین کلانتری صبح امروز در جلسه شورای اداری گفت: مردم سنگ تمام گذاشتند.": "حسین کلانتری|",
		"دستگیری سارق\n\nماموران کلانتری ۱۲ کوار سارق را دستگیر کردند.":                                         "",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestVerbShapedSurnameBeforeSpeech checks that a surname shaped like a
// verb («باخرد») after a given name is the surname right before a speech
// verb.
func TestVerbShapedSurnameBeforeSpeech(t *testing.T) {
	text := "کشف سوخت\n\nبازرسی‌ها ادامه دارد. علی باخرد افزود: مرکز نگهداری سوخت کشف شد."
	if got, want := peopleRoles(text), "علی باخرد|"; got != want {
		t.Errorf("people %q, want %q", got, want)
	}
}

// TestEzafeAdjectiveKept checks that an adjective in «ی» before an
// organisation keeps its «ی», while a noun's ezafe is dropped.
func TestEzafeAdjectiveKept(t *testing.T) {
	for text, want := range map[string]string{
		"مراسم\n\nدر این مراسم حسن کریمی معاون ارتباطات حوزوی دفتر مقام معظم رهبری نیز حضور داشت.": "حسن کریمی|معاون ارتباطات حوزوی",
		"بازرسی\n\nحسن کریمی معاون غذا و داروی دانشگاه علوم پزشکی یزد گفت: بازرسی انجام شد.":       "حسن کریمی|معاون غذا و دارو",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestPortfolioObjectNotPlace checks that the word after a portfolio's
// preposition is what the portfolio is about, even when a city bears its name
// («آرد», flour, and the city «ارد»).
func TestPortfolioObjectNotPlace(t *testing.T) {
	text := "نظارت بر نانوایی‌ها\n\nحسن کریمی مسئول نظارت بر توزیع آرد و پخت نان اداره جهاد کشاورزی کوار گفت: بازرسی انجام شد."
	if got, want := peopleRoles(text), "حسن کریمی|مسئول نظارت بر توزیع آرد و پخت نان"; got != want {
		t.Errorf("people %q, want %q", got, want)
	}
}

// TestCityNamedByCommonWord checks that a city named by a common word
// («صاحب», «زیارت») is no place alone after an organisation's words, so
// the organisation goes on.
func TestCityNamedByCommonWord(t *testing.T) {
	for text, want := range map[string]string{
		"مراسم\n\nحسن کریمی فرمانده سپاه صاحب الامر استان قزوین گفت: مراسم برگزار شد.": "سپاه صاحب الامر استان قزوین",
		"مراسم\n\nحسن کریمی مدیر حج و زیارت استان فارس گفت: مراسم برگزار شد.":          "حج و زیارت استان فارس",
	} {
		ps := Analyze(InputFromText(text)).People
		if len(ps) != 1 || ps[0].Organization != want {
			t.Errorf("%q: people %+v, want one of %s", text, ps, want)
		}
	}
}

// TestThankedNameTakesNoTitle checks that the one thanked («از خدمات X
// قدردانی») takes no unnamed title of the sentences around, while the one
// bid farewell («تودیع X») keeps the post the article speaks of.
func TestThankedNameTakesNoTitle(t *testing.T) {
	for text, want := range map[string]string{
		"معارفه معاون استاندار\n\nنماینده مردم کوار در مجلس شورای اسلامی گفت: همدان به زیرساخت نیاز دارد.\nاز خدمات حسن کریمی قدردانی و علی احمدی به عنوان سرپرست معاونت سیاسی استانداری معرفی شد.": "علی احمدی|سرپرست معاونت سیاسی;حسن کریمی|",
		"تودیع امام جمعه کوار\n\nمراسم تودیع حجت الاسلام حسن کریمی پس از ۱۶ سال برگزار شد.":                                                                                                         "حسن کریمی|امام جمعه",
	} {
		if got := peopleRoles(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}

// TestElectedWithVotes checks that the votes between the one elected and
// «به عنوان» do not move the post to the next name.
func TestElectedWithVotes(t *testing.T) {
	text := "انتخابات شورا\n\nدر این انتخابات حسن کریمی با ۸ رای به عنوان رئیس و علی احمدی با ۷ رأی به عنوان منشی شورا انتخاب شدند."
	if got, want := peopleRoles(text), "حسن کریمی|رئیس;علی احمدی|منشی"; got != want {
		t.Errorf("people %q, want %q", got, want)
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
		"طرح\n\nحسن کریمی امام جمعه محترم سابق کوار در این مراسم گفت: طرح اجرا شد.": {"امام جمعه سابق", ""},
	} {
		ps := Analyze(InputFromText(text)).People
		if len(ps) != 1 || ps[0].Role != want[0] || ps[0].Organization != want[1] {
			t.Errorf("%q: people %+v, want role %q of %q", text, ps, want[0], want[1])
		}
	}
}

// TestTabarSurnameEnding checks that «تبار» typed apart ends a compound
// surname, after a common word too.
func TestTabarSurnameEnding(t *testing.T) {
	text := "همایش\n\nجناب آقای کوشش تبار مدیر کل دفتر امور اقتصادی استانداری فارس گفت: طرح اجرا شد."
	if got, want := peopleRoles(text), "کوشش تبار|مدیرکل"; got != want {
		t.Errorf("people %q, want %q", got, want)
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
