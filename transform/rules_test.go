package transform_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/transform"
)

// personFact is the part of a person the rule tests compare.
type personFact struct{ Name, Role, Organization string }

// violationFact is the part of a violation the rule tests compare.
type violationFact struct{ Office, Type, Modality, Speaker string }

// TestRules checks the people and speakers that single rules of extractor
// 1.4 give on short articles written for these tests.
func TestRules(t *testing.T) {
	tests := []struct {
		name       string
		in         transform.Input
		people     []personFact
		violations []violationFact // compared only when non-nil
		sanctions  []string        // every violation's sanctions in order; compared only when non-nil
	}{
		{
			name: "surname that is also a given name",
			in: transform.Input{County: "لامرد", Province: "فارس", Paragraphs: []string{
				"نشست شورای اداری به ریاست غلامرضا ملکی فرماندار برگزار شد.",
				"ملکی گفت: هر نانوایی که کم‌فروشی کند پلمب می‌شود.",
			}},
			people:     []personFact{{"غلامرضا ملکی", "فرماندار", "فرمانداری شهرستان لامرد"}},
			violations: []violationFact{{"bakery", "short_selling", "conditional", "غلامرضا ملکی"}},
		},
		{
			name: "the last part of a surname the text repeats",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیرعامل شرکت آب منطقه‌ای فارس در سفر به کوار از سد درودزن بازدید کرد.",
				"مهندس حسن سامک مرن در این دیدار از روند طرح‌ها گزارش داد.",
				"مهندس سامک مرن در ادامه گفت: کار ادامه دارد.",
			}},
			people: []personFact{{"حسن سامک مرن", "مدیرعامل", "شرکت آب منطقه‌ای استان فارس"}},
		},
		{
			name: "speech verb that ends its sentence",
			in: transform.Input{County: "نقده", Province: "آذربایجان غربی", Paragraphs: []string{
				"دادستان عمومی و انقلاب نقده از پلمب ۴ نانوایی به دلیل کم‌فروشی خبر داد.",
				"حسن رضایی گفت: پرونده این واحدها در دست رسیدگی است.",
			}},
			people: []personFact{{"حسن رضایی", "دادستان عمومی و انقلاب", "دادسرای عمومی و انقلاب شهرستان نقده"}},
			// The case files being dealt with are a referral of the same
			// bakeries, a mention of its own (GUIDELINES: «پرونده … در حال
			// رسیدگی» is a referral).
			// It takes the type the sentence before states for them
			// (violation-type-shared).
			violations: []violationFact{{"bakery", "short_selling", "reported", "حسن رضایی"}, {"bakery", "short_selling", "reported", "حسن رضایی"}},
		},
		{
			// A Friday imam's and the Leader's representative's
			// organisation is the place they serve, named with its level
			// as GUIDELINES writes a body's county; a bare title is the
			// source's, and a former imam's is not known.
			name: "a seat's place is its organisation",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حجت الاسلام حسن کریمی امام جمعه لامرد گفت: نماز برگزار شد.",
				"آیت الله علی احمدی نماینده ولی فقیه در استان فارس در این آیین سخنرانی کرد.",
				"حجت الاسلام رضا زارعی امام جمعه موقت شهرستان داراب گفت: کار ادامه دارد.",
				"در این مراسم امام جمعه سابق از خدمات مسئولان تقدیر کرد.",
			}},
			people: []personFact{
				{"حسن کریمی", "امام جمعه", "شهرستان لامرد"},
				{"علی احمدی", "نماینده ولی فقیه", "استان فارس"},
				{"رضا زارعی", "امام جمعه موقت", "شهرستان داراب"},
			},
		},
		{
			name: "a bare imam's title is the source county's, and names the imam named later",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"بازدید امام جمعه و فرماندار کوار از نمایشگاه صنایع دستی",
				"در این نمایشگاه غرفه سوخت نگار چوب و سفال برپا شد.",
				"حجت الاسلام محمدی امام جمعه شهرستان کوار گفت: هنرمندان حمایت شوند.",
			}},
			people: []personFact{{"محمدی", "امام جمعه", "شهرستان کوار"}},
		},
		{
			// A Friday preacher serves the town named after his title, as a
			// Friday imam does; a Sunni imam's title keeps «اهل سنت».
			name: "a Friday preacher's town and a Sunni imam's title",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حجت الاسلام حسن کریمی خطیب جمعه ساوه گفت: نظارت بر بازار باید بیشتر شود.",
				"ماموستا علی احمدی امام جمعه اهل سنت کوار نیز گفت: مردم همکاری کنند.",
			}},
			people: []personFact{
				{"حسن کریمی", "خطیب جمعه", "شهرستان ساوه"},
				{"علی احمدی", "امام جمعه اهل سنت", "شهرستان کوار"},
			},
		},
		{
			name: "«نماینده ولی فقیه» takes no free word as a portfolio",
			in: transform.Input{County: "قزوین", Province: "قزوین", Paragraphs: []string{
				"حجت الاسلام حسن کریمی، نماینده ولی فقیه در استان قزوین، در نشست شورا گفت: کار ادامه دارد.",
				"نماینده ولی فقیه درخواست کرد که طرح‌ها پیگیری شود.",
			}},
			people: []personFact{{"حسن کریمی", "نماینده ولی فقیه", "استان قزوین"}},
		},
		{
			// A county manager of agriculture or education heads the
			// county's «مدیریت …»; a director-general of an office
			// («دفتر …») heads it under its own name, no «اداره کل دفتر».
			name: "a manager's «مدیریت» and a director-general's own office",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی مدیر جهاد کشاورزی شهرستان کوار گفت: برداشت گندم آغاز شد.",
				"علی احمدی مدیر آموزش و پرورش کوار افزود: مدارس آماده‌اند.",
				"رضا زارعی مدیرکل دفتر امور شهری استانداری فارس نیز گفت: طرح اجرا شد.",
				"مهدی نادری مدیر بازرسی و نظارت بر اصناف کوار گفت: بازرسی ادامه دارد.",
			}},
			people: []personFact{
				{"حسن کریمی", "مدیر", "مدیریت جهاد کشاورزی شهرستان کوار"},
				{"علی احمدی", "مدیر", "مدیریت آموزش و پرورش شهرستان کوار"},
				{"رضا زارعی", "مدیرکل", "دفتر امور شهری استانداری فارس"},
				{"مهدی نادری", "مدیر", "مدیریت بازرسی و نظارت بر اصناف شهرستان کوار"},
			},
		},
		{
			// A minister and a deputy minister serve the ministry the
			// title names («وزیر کشور» of «وزارت کشور»), with its name
			// as one of the ministries' and no place after it.
			name: "a minister's ministry",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"وزیر کشور فرمانداران سه شهرستان فارس را منصوب کرد",
				"به گزارش خبرگزاری، حسن کریمی وزیر کشور در حکمی علی احمدی را به عنوان فرماندار کوار منصوب کرد.",
				"رضا زارعی معاون سیاسی وزیر کشور و مهدی نادری معاون وزیر بهداشت، درمان و آموزش پزشکی نیز حضور داشتند.",
			}},
			people: []personFact{
				{"حسن کریمی", "وزیر", "وزارت کشور"},
				{"علی احمدی", "فرماندار", "فرمانداری شهرستان کوار"},
				{"رضا زارعی", "معاون سیاسی", "وزارت کشور"},
				{"مهدی نادری", "معاون وزیر", "وزارت بهداشت، درمان و آموزش پزشکی"},
			},
		},
		{
			// «بخشدار بخش مرکزی» names its district whole; a bare mayor is
			// the county seat's; an office of a governorate goes on
			// through it; the province's centre is a place, no body.
			name: "a district's, a mayor's, a governorate office's and the province centre's places",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی بخشدار بخش مرکزی کوار گفت: طرح اجرا شد.",
				"علی احمدی شهردار نیز در این جلسه گفت: کار ادامه دارد.",
				"رضا زارعی مدیرکل دفتر سیاسی، انتخابات و تقسیمات کشوری استانداری فارس گفت: طرح اجرا شد.",
				"مهدی نادری دادستان مرکز استان فارس گفت: پرونده تشکیل شد.",
			}},
			people: []personFact{
				{"حسن کریمی", "بخشدار", "بخشداری بخش مرکزی شهرستان کوار"},
				{"علی احمدی", "شهردار", "شهرداری کوار"},
				{"رضا زارعی", "مدیرکل", "دفتر سیاسی، انتخابات و تقسیمات کشوری استانداری فارس"},
				{"مهدی نادری", "دادستان", "دادسرای عمومی و انقلاب مرکز استان فارس"},
			},
		},
		{
			name: "«حاجی» before a surname's ending is part of the surname",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"بازدید از روستاها ادامه دارد.",
				"حاجی پور فرماندار کوار در این بازدید گفت: کار ادامه دارد.",
			}},
			people: []personFact{{"حاجی پور", "فرماندار", "فرمانداری شهرستان کوار"}},
		},
		{
			name: "an honorific's word before «زاده» is the surname's first part",
			in: transform.Input{Province: "کردستان", Paragraphs: []string{
				"به گزارش خبرنگار ما، کامران سردارزاده در گفت و گو با خبرنگاران گفت: بازرسی‌ها ادامه دارد.",
				"معاون بازرسی سازمان صمت استان در ادامه گفت: ۴۰ پرونده تشکیل شد.",
				"سردار زاده با اشاره به تخلفات ادامه داد: نظارت ادامه دارد.",
			}},
			people: []personFact{{"کامران سردارزاده", "معاون بازرسی", "سازمان صنعت، معدن و تجارت استان کردستان"}},
		},
		{
			name: "given name in two words before an unknown surname",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"به گزارش روابط عمومی بخشداری، محمد صادق دلاورگرد سرپرست بخشداری مرکزی کوار از روستا بازدید کرد.",
			}},
			people: []personFact{{"محمد صادق دلاورگرد", "سرپرست بخشداری", "بخشداری مرکزی شهرستان کوار"}},
		},
		{
			name: "attendees after «با حضور» set off by semicolons",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"جلسه کمیته برنامه ریزی شهرستان با حضور مسعود دلاوری؛رئیس اداره ورزش و جوانان شهرستان، کامران نیکجو؛فرماندار کوار برگزار شد.",
			}},
			people: []personFact{
				{"مسعود دلاوری", "رئیس", "اداره ورزش و جوانان شهرستان کوار"},
				{"کامران نیکجو", "فرماندار", "فرمانداری شهرستان کوار"},
			},
		},
		{
			name: "a province's last word before a name is no surname; a glued honorific is dropped",
			in: transform.Input{Province: "چهارمحال و بختیاری", Paragraphs: []string{
				"به گزارش خبرنگار ما از چهارمحال و بختیاری حسین دلاورگرد رئیس جهاد کشاورزی استان گفت: قیمت نان ثابت است.",
				"در این مراسم #حجتالاسلاموالمسلمینمحمدصادقکریمی امام جمعه شهرکرد نیز حضور داشت.",
			}},
			people: []personFact{
				{"حسین دلاورگرد", "رئیس", "جهاد کشاورزی استان چهارمحال و بختیاری"},
				{"محمدصادقکریمی", "امام جمعه", "شهرستان شهرکرد"},
			},
		},
		{
			name: "a modifier letter as quotation marks; no name cut off by the end of the excerpt",
			in: transform.Input{County: "ملایر", Province: "همدان", Paragraphs: []string{
				"عرضه میوه شب عید در ملایر آغاز شد.",
				"ˈداریوش نیکجوˈ روز یکشنبه در گفت و گو با خبرنگاران افزود: عرضه تا پایان ماه ادامه دارد.",
				"فروش میوه در روزهای محرم بای",
			}},
			people: []personFact{{"داریوش نیکجو", "", ""}},
		},
		{
			name: "no surname after an honorific cut off by the end of the excerpt",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"اعضای شورا مشکلات شهر را به اطلاع فرماندار رساندند.دکتر الب",
			}},
			people: nil,
		},
		{
			name: "a given name alone after a preposition, before a title, is a word of the phrase",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"او البته از زیر سایه استاندار پر انرژی بیرون آمد.",
			}},
			people: nil,
		},
		{
			name: "fuel smuggling is no fuel station's violation",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"طی نه ماه ابتدای امسال تنها دو مورد قاچاق سوخت در شهرستان گزارش شده است.",
			}},
			people:     nil,
			violations: []violationFact{},
		},
		{
			name: "«سردار پاسدار» is one rank before a quoted name",
			in: transform.Input{Paragraphs: []string{
				"مراسم با حضور سردار پاسدار «جهانبخش کرمی» فرمانده سپاه استان برگزار شد.",
			}},
			people: []personFact{{"جهانبخش کرمی", "فرمانده", "سپاه استان"}},
		},
		{
			name: "a station named after a martyr names no person",
			in: transform.Input{Paragraphs: []string{
				"در ایستگاه بازرسی شهید مصطفی کاظمی در شهرستان از یک کامیون بازرسی شد.",
			}},
			people: nil,
		},
		{
			name: "a list item opened by a dash opens a clause",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"نانوایی‌های متخلف پلمب می‌شوند.",
				"- کامران دلاورگرد امروز در گفت‌وگو با خبرنگاران گفت: نظارت ادامه دارد.",
			}},
			people: []personFact{{"کامران دلاورگرد", "", ""}},
		},
		{
			name: "a title after «روابط عمومی» is the reporting office's, not the speaker's",
			in: transform.Input{Province: "قزوین", Paragraphs: []string{
				"به گزارش روابط عمومی معاونت غذا و داروی دانشگاه، دکتر کامران نیکجو گفت: طرح ضربتی ادامه دارد.",
			}},
			people: []personFact{{"کامران نیکجو", "", ""}},
		},
		{
			name: "a dateline's place before a title is no surname; «ادای احترام» after martyrs is no name",
			in: transform.Input{Province: "تهران", Paragraphs: []string{
				"دماوند- استاندار تهران به همراه معاونان از طرح‌های شهرستان بازدید کرد.",
				"وی بر مزار شهدا حاضر شد و از شهیدان ادای احترام نمود.",
			}},
			people: nil,
		},
		{
			name: "a quoted name, a comma and its title",
			in: transform.Input{Province: "خوزستان", Paragraphs: []string{
				"وزیر کشور وارد استان شد و مورد استقبال «کامران نیکجو»، استاندار خوزستان قرار گرفت.",
			}},
			people: []personFact{{"کامران نیکجو", "استاندار", "استانداری خوزستان"}},
		},
		{
			name: "a quoted name and «نیز» before «به عنوان»; a count of martyrs names no one",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"بخش جدید فعالیت خود را آغاز کرد و «کامران نیکجو» نیز به عنوان بخشدار این بخش معرفی شد.",
				"این شهرستان ۷۰۰ شهید تقدیم کرده است و اجازه بی‌نظمی نخواهیم داد.",
			}},
			people: []personFact{{"کامران نیکجو", "بخشدار", "بخشداری"}},
		},
		{
			name: "a byline word alone on its line, the name on the next",
			in: transform.Input{County: "کوار", Province: "فارس", Title: "سفر یکروزه استاندار فارس به شهرستان کوار", Paragraphs: []string{
				"خبرنگار:",
				"سید کامران نیکجو",
				"استاندار فارس به همراه معاونان از روستاهای کوار بازدید کرد.",
			}},
			people: []personFact{{"کامران نیکجو", "خبرنگار", ""}},
		},
		{
			name: "a given name of the «عبدال…» shape no list holds",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"به گزارش خبرنگار ما، عبدالمطلب دلاورگرد، فرماندار کوار، در جلسه شورای اداری گفت: کار ادامه دارد.",
			}},
			people: []personFact{{"عبدالمطلب دلاورگرد", "فرماندار", "فرمانداری شهرستان کوار"}},
		},
		{
			name: "a deputy's portfolio listed with commas and no «و»",
			in: transform.Input{Province: "اردبیل", Paragraphs: []string{
				"به گزارش خبرنگار ما، کامران نیکجو، معاون سیاسی، امنیتی، اجتماعی استاندار اردبیل در این آیین گفت: وحدت ضروری است.",
			}},
			people: []personFact{{"کامران نیکجو", "معاون سیاسی، امنیتی، اجتماعی استاندار", "استانداری اردبیل"}},
		},
		{
			name: "an «و» that joins the next person ends the role and the body",
			in: transform.Input{Paragraphs: []string{
				"طی مراسمی با حضور کریم زاده معاون توسعه منابع و پشتیبانی و رفیع زاده رئیس امور شهرستان‌های اداره کل ورزش و جوانان استان کرمان، سالن افتتاح شد.",
			}},
			people: []personFact{
				{"کریم زاده", "معاون توسعه منابع و پشتیبانی", ""},
				{"رفیع زاده", "رئیس", "امور شهرستان‌های اداره کل ورزش و جوانان استان کرمان"},
			},
		},
		{
			name: "a body's name read back does not end on the «و» of its list",
			in: transform.Input{Paragraphs: []string{
				"به گزارش روابط عمومی اداره کل میراث فرهنگی، صنایع دستی و گردشگری استان فارس، جلسه برگزار شد.",
				"حسن کریمی رئیس سابق این اداره گفت: کار ادامه دارد.",
			}},
			people: []personFact{{"حسن کریمی", "رئیس سابق", "اداره کل میراث فرهنگی، صنایع‌دستی و گردشگری استان فارس"}},
		},
		{
			name: "byline with «توسط» and a modified byline word",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی فرماندار کوار از نانوایی‌های شهر بازدید کرد.",
				"توسط سردبیر: مریم احمدی",
				"خبرنگار افتخاری: سارا نیکو",
				"- نویسنده : نرگس تابان",
				"6155خبرنگار: لیلا سپهری**ویرایش: نگار کوهی ** انتشاردهنده: بهمن راستی",
			}},
			people: []personFact{
				{"حسن کریمی", "فرماندار", "فرمانداری شهرستان کوار"},
				{"مریم احمدی", "سردبیر", ""},
				{"سارا نیکو", "خبرنگار افتخاری", ""},
				{"نرگس تابان", "نویسنده", ""},
				{"لیلا سپهری", "خبرنگار", ""},
				{"نگار کوهی", "ویرایش", ""},
				{"بهمن راستی", "انتشاردهنده", ""},
			},
		},
		{
			name: "bylines run on one line, ended by a slash or the next byline word",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی فرماندار کوار از نانوایی‌های شهر بازدید کرد.",
				"خبرنگار:لیلا سپهری /مدیرمسئول نگار کوهی / کوار نیوز",
				"خبرنگار: سارا نیکو انتشاردهنده: بهمن راستی",
			}},
			people: []personFact{
				{"حسن کریمی", "فرماندار", "فرمانداری شهرستان کوار"},
				{"لیلا سپهری", "خبرنگار", ""},
				{"نگار کوهی", "مدیر مسئول", ""},
				{"سارا نیکو", "خبرنگار", ""},
				{"بهمن راستی", "انتشاردهنده", ""},
			},
		},
		{
			name: "a second title whose body the words after it name gives no body by itself",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"جلسه با حضور کریمی سرپرست معاون سیاسی مدیر کل سیاسی استانداری در فرمانداری کوار تشکیل شد.",
			}},
			people: []personFact{{"کریمی", "سرپرست معاون سیاسی", ""}},
		},
		{
			name: "a courtesy word before «این» and a body's head",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"نماینده مردم کوار با حضور در اداره راهداری و حمل و نقل جاده‌ای کوار با حسن کریمی سرپرست محترم این اداره دیدار کرد.",
			}},
			people: []personFact{{"حسن کریمی", "سرپرست", "اداره راهداری و حمل و نقل جاده‌ای شهرستان کوار"}},
		},
		{
			name: "a head's bare title before «و» and the staff it leads",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"وی از زحمات حسن کریمی رئیس و پرسنل خدوم این اداره قدردانی کرد.",
			}},
			people: []personFact{{"حسن کریمی", "رئیس", ""}},
		},
		{
			name: "«و» after a district's head is no district's name",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"جلسه با حضور احمدی بخشدار و دهیاران بخش سامک برگزار شد.",
			}},
			people: []personFact{{"احمدی", "بخشدار", "بخشداری"}},
		},
		{
			name: "a governorate's unit is the province's, and «بوده» ends its name",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رضا احمدی کارشناس دفتر سیاسی و انتخابات استانداری بوده است.",
			}},
			people: []personFact{{"رضا احمدی", "کارشناس", "دفتر سیاسی و انتخابات استانداری فارس"}},
		},
		{
			name: "a governorate before a comma ends its name, and a bare one is the source's",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"با حضور حسن کریمی معاون توسعه و برنامه ریزی فرمانداری ، بخشداران و سایر اعضا، جلسه کارگروه آرد و نان برگزار شد.",
				"رضا احمدی معاون خدمات شهری شهرداری گفت: کار ادامه دارد.",
			}},
			people: []personFact{
				{"حسن کریمی", "معاون توسعه و برنامه‌ریزی", "فرمانداری شهرستان کوار"},
				{"رضا احمدی", "معاون خدمات شهری", "شهرداری کوار"},
			},
		},
		{
			name: "«دبیر اجرایی» is a title",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی دبیر اجرایی اتاق اصناف کوار گفت: بازار آرام است.",
			}},
			people: []personFact{{"حسن کریمی", "دبیر اجرایی", "اتاق اصناف شهرستان کوار"}},
		},
		{
			name: "a Majlis member named by constituency alone, and a plural title before the Majlis",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی نماینده کوار در مجلس شورای اسلامی گفت: جلسه برگزار شد.",
				"استاندار فارس به همراه علی احمدی و رضا سامکی نمایندگان مردم استان در مجلس شورای اسلامی از کوار بازدید کرد.",
			}},
			people: []personFact{
				{"حسن کریمی", "نماینده", "مجلس شورای اسلامی"},
				{"علی احمدی", "نماینده", "مجلس شورای اسلامی"},
				{"رضا سامکی", "نماینده", "مجلس شورای اسلامی"},
			},
		},
		{
			name: "executive title followed by plain words",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی در جلسه حضور داشت.",
				"استاندار اهم برنامه‌ها و بازدیدها را تشریح کرد.",
			}},
			people: []personFact{{"حسن کریمی", "استاندار", "استانداری فارس"}},
		},
		{
			name: "honorific and surname before a comma and a title, inside a phrase",
			in: transform.Input{County: "سمنان", Province: "سمنان", Paragraphs: []string{
				"برنامه‌های سفر دکتر رضایی، رییس جمهور به استان اعلام شد.",
				"در این نشست علی کریمی رئیس مجلس نیز سخن گفت.",
			}},
			people: []personFact{{"رضایی", "رئیس جمهور", ""}, {"علی کریمی", "رئیس", "مجلس شورای اسلامی"}},
		},
		{
			name: "plural suffix typed apart inside a deputy's portfolio",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی معاون امور دولت، مجلس و استان ها، و علی نوری معاون فناوری در نشست حضور داشتند.",
			}},
			people: []personFact{{"حسن کریمی", "معاون امور دولت، مجلس و استان ها", ""}, {"علی نوری", "معاون فناوری", ""}},
		},
		{
			name: "compound surname typed apart after a given name",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"در حکمی ناصر خوش نیت معاون سیاسی فرمانداری کوار را به عنوان سرپرست فرمانداری منصوب کرد.",
				"این کار خوش آیند مردم بود.",
			}},
			people: []personFact{{"ناصر خوش نیت", "سرپرست فرمانداری", "فرمانداری شهرستان کوار"}},
		},
		{
			name: "quoted name after a rank",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرمانده انتظامی شهرستان کوار از کشف کالای قاچاق خبر داد.",
				"در این بازدید سرهنگ «هورداد کیانی» گفت: بازرسی‌ها ادامه دارد.",
			}},
			people: []personFact{{"هورداد کیانی", "فرمانده انتظامی", "فرماندهی انتظامی شهرستان کوار"}},
		},
		{
			name: "speaker after an agency's lead with no comma",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"به گزارش روابط عمومی فرمانداری ویژه شهرستان کوار کریمی گفت: بازرسی‌ها ادامه دارد.",
				"به گزارش روابط عمومی اداره کل بازرسی گفت و گو برگزار شد.",
			}},
			people: []personFact{{"کریمی", "", ""}},
		},
		{
			name: "headline ending in a place glued to the lead's title",
			in: transform.Input{County: "اراک", Province: "مرکزی", Paragraphs: []string{
				"بازدید از نانوایی‌های اراکاستاندار مرکزی خواستار نظارت بیشتر بر پخت نان شد.",
				"حسن کریمی در این سفر گفت: سهمیه افزایش می‌یابد.",
			}},
			people: []personFact{{"حسن کریمی", "استاندار", "استانداری مرکزی"}},
		},
		{
			name: "a portfolio's verbal noun after a head's title names the organisation",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی مدیر نظارت و بازرسی محصولات سازمان جهاد کشاورزی استان فارس گفت: پنج واحد پلمب شد.",
			}},
			people: []personFact{{"حسن کریمی", "مدیر", "مدیریت نظارت و بازرسی محصولات سازمان جهاد کشاورزی استان فارس"}},
		},
		{
			name: "a surname alone names the person first written as given name and surname in one word",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"به گزارش روابط عمومی فرمانداری کوار، حسنسامکی، فرماندار کوار، در نشست خبری گفت: بازرسی ادامه دارد.",
				"سامکی افزود: کار ادامه دارد.",
			}},
			people: []personFact{{"حسنسامکی", "فرماندار", "فرمانداری شهرستان کوار"}},
		},
		{
			name: "a name after a full stop typed with no space speaks for the unnamed title before",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"بیش از ۸۵۰ تن کود بین کشاورزان کوار توزیع شد. رئیس اداره تعاون روستایی کوار با بیان این مطلب افزود: از این میزان ۸۳۲ تن کود اوره است.حسن سامکی گفت: این خدمات ادامه دارد.",
			}},
			people: []personFact{{"حسن سامکی", "رئیس", "اداره تعاون روستایی شهرستان کوار"}},
		},
		{
			name: "the prosecutor's deputy holds a title of its own",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی جانشین دادستان کوار گفت: پرونده واحدهای متخلف به دادگاه ارسال شد.",
			}},
			people: []personFact{{"حسن کریمی", "جانشین دادستان", "دادسرای عمومی و انقلاب شهرستان کوار"}},
		},
		{
			name: "a deputy's portfolio of a body's word and its qualifier before the body",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی معاون محیط زیست انسانی اداره کل حفاظت محیط زیست استان فارس گفت: پایش واحدها ادامه دارد.",
			}},
			people: []personFact{{"حسن کریمی", "معاون محیط‌زیست انسانی", "اداره کل حفاظت محیط‌زیست استان فارس"}},
		},
		{
			name: "headline ending in any word glued to the lead's title",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رستوران‌ها زیر ذره‌بین تعزیرات حکومتیمدیرکل تعزیرات حکومتی استان فارس از نظارت ویژه بر رستوران‌ها خبر داد.",
				"حسن کریمی صبح امروز در گشت بازرسی گفت: نظارت ادامه دارد.",
			}},
			people: []personFact{{"حسن کریمی", "مدیرکل", "اداره کل تعزیرات حکومتی استان فارس"}},
		},
		{
			name: "rarer given name and unknown surname after «که», and a role that stops at a verb prefix",
			in: transform.Input{County: "ساری", Province: "مازندران", Paragraphs: []string{
				"در این نشست که ربیع شاهوار استاندار مازندران را کریمی معاون سیاسی همراهی می کرد، طرح‌ها بررسی شد.",
			}},
			people: []personFact{{"ربیع شاهوار", "استاندار", "استانداری مازندران"}, {"کریمی", "معاون سیاسی", ""}},
		},
		{
			name: "head's title typed together with its body",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"بازدید از نانوایی‌های کوار ادامه دارد.",
				"قربان‌زاده مدیرجهادکشاورزی افزود: مدیریت این طرح با مدیران شهرستان است.",
			}},
			people: []personFact{{"قربان‌زاده", "مدیر", "مدیریت جهادکشاورزی شهرستان کوار"}},
		},
		{
			name: "a sanction that awaits offenders, and one after a deadline, are threats",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"لغو مجوز در انتظار نانوایان متخلف کوار",
				"پس از اتمام ضرب الاجل ده روزه، مجوز نانوایی‌هایی که نکات بهداشتی را رعایت نکنند لغو می‌شود.",
			}},
			violations: []violationFact{{"bakery", "health_code", "conditional", ""}, {"bakery", "health_code", "conditional", ""}},
		},
		{
			name: "a title's holder named right after it, not a name sentences before",
			in: transform.Input{County: "خمین", Province: "مرکزی", Paragraphs: []string{
				"سرهنگ «رضا کاویانی» افزود: سه واحد صنفی تذکر گرفتند.",
				"نظارت بر بازار ادامه دارد.",
				"جانشین فرماندهی انتظامی استان مرکزی نیز گفت: محموله قاچاق کشف شد.",
				"سرهنگ «یوسف سپهری» افزود: طرح‌ها ادامه دارد.",
			}},
			people: []personFact{{"رضا کاویانی", "", ""}, {"یوسف سپهری", "جانشین فرماندهی انتظامی", "فرماندهی انتظامی استان مرکزی"}},
		},
		{
			name: "full name and a semicolon before a title",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"به گزارش روابط عمومی، بهرام آرنگ ؛فرماندار شهرستان کوار در این جلسه گفت: کار ادامه دارد.",
				"بازرسی‌ها ادامه دارد؛ فرماندار نیز از نانوایی‌ها بازدید کرد.",
			}},
			people: []personFact{{"بهرام آرنگ", "فرماندار", "فرمانداری شهرستان کوار"}},
		},
		{
			name: "county governor who is also the province's deputy governor",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی معاون استاندار و فرماندار ویژه شهرستان کوار از نانوایی‌ها بازدید کرد.",
			}},
			people: []personFact{{"حسن کریمی", "فرماندار ویژه", "فرمانداری ویژه شهرستان کوار"}},
		},
		{
			name: "the last word of a province's name before a title is no surname",
			in: transform.Input{County: "مشهد", Province: "خراسان رضوی", Paragraphs: []string{
				"دسته‌بندی: خراسان رضوی",
				"مدیرکل تعزیرات حکومتی استان خبر داد: پرونده‌ها رسیدگی شد.",
				"مرتضی کهن‌سال در گفت‌وگو با خبرنگار اظهار کرد: رسیدگی ادامه دارد.",
			}},
			people: []personFact{{"مرتضی کهن‌سال", "مدیرکل", "اداره کل تعزیرات حکومتی استان خراسان رضوی"}},
		},
		{
			name: "a written sealing warning is a notice",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اداره صمت کوار گفت: امروز ۳۰ اخطار کتبی پلمب به واحدهای صنفی متخلف داده شد.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}},
			sanctions:  []string{"notice"},
		},
		{
			name: "titles in quotation marks after names, a deputy and an adviser of a minister",
			in: transform.Input{County: "یاسوج", Province: "کهگیلویه و بویراحمد", Paragraphs: []string{
				"این آیین با حضور حسن کریمی «معاون پارلمانی وزیر جهاد کشاورزی»، مریم احمدی «مشاور وزیر» و جمعی از مدیران برگزار شد.",
			}},
			people: []personFact{{"حسن کریمی", "معاون پارلمانی وزیر", "وزارت جهاد کشاورزی"}, {"مریم احمدی", "مشاور وزیر", ""}},
		},
		{
			name: "workshops and production units are office type other, confectionery workshops guild shops",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"دو کارگاه ضایعاتی فاقد مجوز در شهرستان کوار پلمب شدند.",
				"همچنین یک کارگاه شیرینی‌پزی به دلیل رعایت نکردن موازین بهداشتی پلمب شد.",
			}},
			violations: []violationFact{{"other", "unlicensed", "reported", ""}, {"guild_shop", "health_code", "reported", ""}},
		},
		{
			name: "the president spoken of is no local official named after him",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرماندار کوار با اشاره به سفر رئیس جمهور به استان گفت: مقدمات سفر فراهم است.",
				"به گزارش خبرگزاری، حسن کریمی ظهر امروز در جلسه شورای اداری گفت: رئیس جمهور یکشنبه وارد می‌شود.",
			}},
			people: []personFact{{"حسن کریمی", "فرماندار", "فرمانداری شهرستان کوار"}},
		},
		{
			name: "«حاجی» between a given name and a surname",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"در این جلسه محمد حاجی نصیری امیری بخشدار مرکزی کوار گزارشی ارائه کرد.",
			}},
			people: []personFact{{"محمد حاجی نصیری امیری", "بخشدار", "بخشداری مرکزی شهرستان کوار"}},
		},
		{
			name: "a county after a district governor's title is the place, not a name",
			in: transform.Input{County: "اردبیل", Province: "اردبیل", Paragraphs: []string{
				"مریم کریمی در آیین معارفه بخشدار مرکزی نیر گفت: انتخابات نزدیک است.",
			}},
			people: []personFact{{"مریم کریمی", "", ""}},
		},
		{
			name: "title glued to its county",
			in: transform.Input{County: "مهاباد", Province: "آذربایجان غربی", Paragraphs: []string{
				"جلسه به ریاست کاوه احمدی فرماندار مهاباد برگزار شد.",
				"فرماندارمهاباد در این جلسه گفت: سه نانوایی به دلیل گرانفروشی جریمه شدند.",
			}},
			people:     []personFact{{"کاوه احمدی", "فرماندار", "فرمانداری شهرستان مهاباد"}},
			violations: []violationFact{{"bakery", "overcharging", "reported", "کاوه احمدی"}},
		},
		{
			name: "short form of a prosecutor's title",
			in: transform.Input{County: "کازرون", Province: "فارس", Paragraphs: []string{
				"علی نوری دادستان عمومی و انقلاب کازرون در این نشست حضور داشت.",
				"دادستان کازرون هشدار داد: داروخانه‌ای که دارو احتکار کند پلمب خواهد شد.",
			}},
			people:     []personFact{{"علی نوری", "دادستان عمومی و انقلاب", "دادسرای عمومی و انقلاب شهرستان کازرون"}},
			violations: []violationFact{{"pharmacy", "hoarding", "conditional", "علی نوری"}},
		},
		{
			name: "portfolio words joined by and",
			in: transform.Input{Province: "زنجان", Paragraphs: []string{
				"مریم کاظمی معاون نظارت و بازرسی سازمان صنعت، معدن و تجارت استان زنجان گفت: بازرسی‌ها ادامه دارد.",
			}},
			people: []personFact{{"مریم کاظمی", "معاون نظارت و بازرسی", "سازمان صنعت، معدن و تجارت استان زنجان"}},
		},
		{
			name: "organisation named earlier, referred to with «این»",
			in: transform.Input{Province: "فارس", Paragraphs: []string{
				"به گزارش روابط عمومی سازمان صنعت، معدن و تجارت استان فارس، رضا شریفی معاون بازرگانی این سازمان گفت: نظارت ادامه دارد.",
			}},
			people: []personFact{{"رضا شریفی", "معاون بازرگانی", "سازمان صنعت، معدن و تجارت استان فارس"}},
		},
		{
			name: "provincial organisation before a province named alone",
			in: transform.Input{Province: "اردبیل", Paragraphs: []string{
				"نادر صمدی رئیس سازمان صنعت، معدن و تجارت اردبیل گفت: نظارت ادامه دارد.",
			}},
			people: []personFact{{"نادر صمدی", "رئیس", "سازمان صنعت، معدن و تجارت استان اردبیل"}},
		},
		{
			name: "chief justice of a province",
			in: transform.Input{Province: "کرمان", Paragraphs: []string{
				"در این جلسه احمد صادقی رئیس کل دادگستری استان گفت: با محتکران برخورد می‌شود.",
			}},
			people: []personFact{{"احمد صادقی", "رئیس‌کل", "دادگستری استان کرمان"}},
		},
		{
			name: "task of a body with its preposition",
			in: transform.Input{Paragraphs: []string{
				"حسن کریمی رئیس پلیس نظارت بر اماکن عمومی استان فارس گفت: سه واحد پلمب شد.",
			}},
			people: []personFact{{"حسن کریمی", "رئیس", "پلیس نظارت بر اماکن عمومی استان فارس"}},
		},
		{
			name: "body a unit belongs to, named in full",
			in: transform.Input{Paragraphs: []string{
				"حسن کریمی رئیس اداره نظارت و بازرسی سازمان صنعت، معدن و تجارت استان فارس گفت: سه واحد پلمب شد.",
			}},
			people: []personFact{{"حسن کریمی", "رئیس", "اداره نظارت و بازرسی سازمان صنعت، معدن و تجارت استان فارس"}},
		},
		{
			name: "a unit's name goes on after «و» with a common adjective",
			in: transform.Input{Paragraphs: []string{
				"در بازدید از نانوایی‌های کوار، حسن کریمی مسئول واحد بهداشت محیط و حرفه‌ای مرکز بهداشت شهرستان کوار گفت: ۱۲ اخطاریه صادر شد.",
			}},
			people: []personFact{{"حسن کریمی", "مسئول", "واحد بهداشت محیط و حرفه‌ای مرکز بهداشت شهرستان کوار"}},
		},
		{
			name: "a comma of a list inside a body's name costs no word",
			in: transform.Input{Paragraphs: []string{
				"حسن کریمی رئیس اداره میراث فرهنگی، گردشگری و صنایع دستی شهرستان کوار گفت: بازدید انجام شد.",
			}},
			people: []personFact{{"حسن کریمی", "رئیس", "اداره میراث فرهنگی، گردشگری و صنایع‌دستی شهرستان کوار"}},
		},
		{
			name: "deputy of a portfolio only a governorate has",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی معاون برنامه‌ریزی و توسعه در این جلسه گفت: طرح‌ها اجرا شد.",
				"رضا احمدی معاون هماهنگی امور اقتصادی نیز گفت: بازار آرام است.",
			}},
			people: []personFact{
				{"حسن کریمی", "معاون برنامه‌ریزی و توسعه", "فرمانداری شهرستان کوار"},
				{"رضا احمدی", "معاون هماهنگی امور اقتصادی", "استانداری فارس"},
			},
		},
		{
			name: "a body's long name, a ministry's body and a last word after «و» before the place",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی مدیرکل حفظ آثار و نشر ارزش‌های دفاع مقدس استان کرمانشاه گفت: یادواره برگزار شد.",
				"رضا احمدی مدیرکل دفتر بازرسی وزارت جهاد کشاورزی گفت: بازرسی انجام شد.",
				"علی سامکی مدیرکل آموزش فنی و حرفه‌ای استان بوشهر گفت: دوره برگزار شد.",
			}},
			people: []personFact{
				{"حسن کریمی", "مدیرکل", "اداره کل حفظ آثار و نشر ارزش‌های دفاع مقدس استان کرمانشاه"},
				{"رضا احمدی", "مدیرکل", "دفتر بازرسی وزارت جهاد کشاورزی"},
				{"علی سامکی", "مدیرکل", "اداره کل آموزش فنی و حرفه‌ای استان بوشهر"},
			},
		},
		{
			name: "province centre named by the province alone or a bare «استان»",
			in: transform.Input{Province: "ایلام", Paragraphs: []string{
				"حسن کریمی دادستان مرکز گلستان گفت: پرونده تشکیل شد.",
				"دادستان عمومی و انقلاب مرکز استان گفت: پرونده تشکیل شد. رضا احمدی افزود: رسیدگی ادامه دارد.",
			}},
			people: []personFact{
				{"حسن کریمی", "دادستان", "دادسرای عمومی و انقلاب مرکز استان گلستان"},
				{"رضا احمدی", "دادستان عمومی و انقلاب", "دادسرای عمومی و انقلاب مرکز استان ایلام"},
			},
		},
		{
			name: "a body named after a saint or a martyr keeps the name and its bracketed honorific",
			in: transform.Input{Paragraphs: []string{
				"حسن کریمی فرمانده سپاه حضرت عباس (ع) استان اردبیل گفت: رزمایش برگزار شد.",
				"رضا احمدی مدیرکل کمیته امداد امام خمینی (ره) استان فارس گفت: کمک‌ها توزیع شد.",
				"علی سامکی رئیس بیمارستان شهید بهشتی شهرستان کوار گفت: بخش جدید افتتاح شد.",
			}},
			people: []personFact{
				{"حسن کریمی", "فرمانده", "سپاه حضرت عباس (ع) استان اردبیل"},
				{"رضا احمدی", "مدیرکل", "اداره کل کمیته امداد امام خمینی (ره) استان فارس"},
				{"علی سامکی", "رئیس", "بیمارستان شهید بهشتی شهرستان کوار"},
			},
		},
		{
			name: "chief justice named with the province alone",
			in: transform.Input{Paragraphs: []string{
				"حسن کریمی رئیس کل دادگستری هرمزگان گفت: پرونده تشکیل شد.",
			}},
			people: []personFact{{"حسن کریمی", "رئیس‌کل", "دادگستری استان هرمزگان"}},
		},
		{
			name: "Kurdish given name",
			in: transform.Input{County: "مریوان", Province: "کردستان", Paragraphs: []string{
				"دکتر هیمن کریمی رئیس شبکه بهداشت و درمان مریوان گفت: دو قصابی پلمب شدند.",
			}},
			people: []personFact{{"هیمن کریمی", "رئیس", "شبکه بهداشت و درمان شهرستان مریوان"}},
		},
		{
			name: "counted noun after a number is not a name",
			in: transform.Input{County: "بوکان", Province: "آذربایجان غربی", Paragraphs: []string{
				"رئیس شبکه بهداشت و درمان بوکان گفت: برای ۱۵ واحد تهیه غذا اخطاریه صادر شد.",
				"دکتر آسو رحیمی افزود: بازرسی‌ها ادامه دارد.",
			}},
			people: []personFact{{"آسو رحیمی", "رئیس", "شبکه بهداشت و درمان شهرستان بوکان"}},
		},
		{
			name: "health protocol phrasing",
			in: transform.Input{County: "بروجن", Province: "چهارمحال و بختیاری", Paragraphs: []string{
				"در هفته گذشته ۸ تالار پذیرایی به دلیل رعایت نکردن پروتکل های بهداشتی پلمب شدند.",
			}},
			violations: []violationFact{{"guild_shop", "health_code", "reported", ""}},
		},
		{
			name: "a definition of a violation is not a mention",
			in: transform.Input{County: "دزفول", Province: "خوزستان", Paragraphs: []string{
				"دادستان با اشاره به اینکه فعالیت داروخانه بدون حضور مسئول فنی نیز تخلف محسوب می‌شود، گفت: داروخانه‌ای که دارو احتکار کند پلمب خواهد شد.",
			}},
			violations: []violationFact{{"pharmacy", "hoarding", "conditional", ""}},
		},
		{
			name: "surname with a detached part opens a statement",
			in: transform.Input{County: "مهریز", Province: "یزد", Paragraphs: []string{
				"علی اکبر دهقانی زاده معاون فرماندار مهریز از جایگاه‌های سوخت بازدید کرد.",
				"دهقانی زاده گفت: در یکی از جایگاه‌ها به دلیل عدم رعایت ساعات کاری اخطار صادر شد.",
			}},
			people:     []personFact{{"علی اکبر دهقانی زاده", "معاون فرماندار", "فرمانداری شهرستان مهریز"}},
			violations: []violationFact{{"fuel_station", "working_hours", "reported", "علی اکبر دهقانی زاده"}},
		},
		{
			name: "acting head of a special governorate",
			in: transform.Input{County: "ایذه", Province: "خوزستان", Paragraphs: []string{
				"رضا احمدی سرپرست فرمانداری ویژه ایذه گفت: جلسه ادامه دارد.",
			}},
			people: []personFact{{"رضا احمدی", "سرپرست فرمانداری ویژه", "فرمانداری ویژه شهرستان ایذه"}},
		},
		{
			name: "title glued to a surname after a given name",
			in: transform.Input{County: "پیرانشهر", Province: "آذربایجان غربی", Paragraphs: []string{
				"دکتر آرش پیروزیرئیس شبکه بهداشت و درمان پیرانشهر گفت: در بازرسی از داروخانه‌ها تخلفی مشاهده نشد.",
			}},
			people:     []personFact{{"آرش پیروزی", "رئیس", "شبکه بهداشت و درمان شهرستان پیرانشهر"}},
			violations: []violationFact{{"pharmacy", "", "denied", "آرش پیروزی"}},
		},
		{
			name: "abbreviated trade organisation",
			in: transform.Input{County: "گچساران", Province: "کهگیلویه و بویراحمد", Paragraphs: []string{
				"فرزاد موسوی رئیس اداره صمت گچساران گفت: بازرسی‌ها ادامه دارد.",
			}},
			people: []personFact{{"فرزاد موسوی", "رئیس", "اداره صنعت، معدن و تجارت شهرستان گچساران"}},
		},
		{
			name: "second title after «و»",
			in: transform.Input{County: "ابرکوه", Province: "یزد", Paragraphs: []string{
				"سیدعلی حسینی فرماندار و رئیس شورای تأمین شهرستان ابرکوه گفت: جلسه ادامه دارد.",
			}},
			people: []personFact{{"علی حسینی", "فرماندار", "فرمانداری شهرستان ابرکوه"}},
		},
		{
			name: "wholesalers are not guild shops",
			in: transform.Input{Province: "هرمزگان", Paragraphs: []string{
				"یک واحد عمده‌فروشی به دلیل احتکار شکر پلمب شد و پنج طلافروشی به دلیل کم‌فروشی اخطار گرفتند.",
			}},
			violations: []violationFact{{"other", "hoarding", "reported", ""}, {"guild_shop", "short_selling", "reported", ""}},
		},
		{
			name: "statement introduced by «به گفته»",
			in: transform.Input{Province: "کرمانشاه", Paragraphs: []string{
				"فرهاد کرمی مدیرکل غله و خدمات بازرگانی استان گفت: نظارت ادامه دارد.",
				"به گفته این مقام مسئول، در بازرسی از ۱۲۰ نانوایی تخلفی مشاهده نشده است.",
			}},
			people:     []personFact{{"فرهاد کرمی", "مدیرکل", "اداره کل غله و خدمات بازرگانی استان کرمانشاه"}},
			violations: []violationFact{{"bakery", "", "denied", "فرهاد کرمی"}},
		},
		{
			name: "«غیرمجاز» after a product is not an unlicensed office",
			in: transform.Input{County: "ایذه", Province: "خوزستان", Paragraphs: []string{
				"یک نانوایی که از جوش شیرین غیرمجاز استفاده می‌کرد، به تعزیرات معرفی شد.",
			}},
			violations: []violationFact{{"bakery", "health_code", "reported", ""}},
		},
		{
			name: "a decision about the future is conditional",
			in: transform.Input{County: "سلماس", Province: "آذربایجان غربی", Paragraphs: []string{
				"در این جلسه مقرر شد نانوایی‌هایی که ساعت پخت را رعایت نکنند، اخطار دریافت کنند.",
			}},
			violations: []violationFact{{"bakery", "working_hours", "conditional", ""}},
		},
		{
			name: "a hedged report of no violation is a denial",
			in: transform.Input{County: "الیگودرز", Province: "لرستان", Paragraphs: []string{
				"در بازرسی از نانوایی‌ها تخلف عمده‌ای گزارش نشده است.",
			}},
			violations: []violationFact{{"bakery", "", "denied", ""}},
		},
		{
			name: "appointment with an ordinal before the title",
			in: transform.Input{Title: "انتصاب استاندار جدید", Paragraphs: []string{
				"در جلسه امروز دولت، محمد مهدی نجم الشریعه به عنوان ششمین استاندار کرمان برگزیده شد.",
			}},
			people: []personFact{{"محمد مهدی نجم الشریعه", "استاندار", "استانداری کرمان"}},
		},
		{
			name: "the appointed, not the signer, holds the title after «به عنوان»",
			in: transform.Input{Paragraphs: []string{
				"در آیین امروز، سید مهدی رضایی با حکم حسین کلانتری استاندار فارس به عنوان سرپرست فرمانداری شهرستان کوار معرفی شد.",
			}},
			people: []personFact{
				{"مهدی رضایی", "سرپرست فرمانداری", "فرمانداری شهرستان کوار"},
				{"حسین کلانتری", "استاندار", "استانداری فارس"},
			},
		},
		{
			name: "names listed under a plural title",
			in: transform.Input{Paragraphs: []string{
				"در بیرجند علی احمدی، در طبس حسن زارعی و در فردوس رضا ملکی به عنوان فرمانداران جدید معرفی شدند.",
			}},
			people: []personFact{
				{"علی احمدی", "فرماندار", "فرمانداری شهرستان بیرجند"},
				{"حسن زارعی", "فرماندار", "فرمانداری شهرستان طبس"},
				{"رضا ملکی", "فرماندار", "فرمانداری شهرستان فردوس"},
			},
		},
		{
			name: "surnames and titles listed with dashes",
			in: transform.Input{Paragraphs: []string{
				"در این نشست یونسی – معاون سیاسی و امنیتی – و احسانی – معاون برنامه ریزی – حضور داشتند.",
			}},
			people: []personFact{{"یونسی", "معاون سیاسی و امنیتی", ""}, {"احسانی", "معاون برنامه‌ریزی", ""}},
		},
		{
			name: "«و» glued to a word of a deputy's portfolio",
			in: transform.Input{County: "کوار", Paragraphs: []string{
				"علی رضایی معاون سیاسی وامنیتی فرمانداری کوار گفت: جلسه برگزار شد.",
			}},
			people: []personFact{{"علی رضایی", "معاون سیاسی و امنیتی", "فرمانداری شهرستان کوار"}},
		},
		{
			name: "a request to the guilds is no violation",
			in: transform.Input{County: "تاکستان", Paragraphs: []string{
				"فرماندار از اتحادیه‌های صنفی خواست نظارت بر تخلفات واحدهای صنفی را تشدید کنند.",
			}},
			violations: []violationFact{},
		},
		{
			name: "bread quality as a subject is no violation",
			in: transform.Input{County: "اردبیل", Paragraphs: []string{
				"وی بر لزوم رقابت نانوایی‌ها برای ارتقای کیفیت نان در شهرستان تاکید کرد.",
			}},
			violations: []violationFact{},
		},
		{
			name: "stockpiled subsidised flour is not hoarding",
			in: transform.Input{County: "شوشتر", Province: "خوزستان", Paragraphs: []string{
				"نانوایانی که آرد یارانه‌ای را دپو کنند، پرونده آنها به دادگاه ارسال خواهد شد.",
			}},
			violations: []violationFact{{"bakery", "subsidised_flour", "conditional", ""}},
		},
		{
			name: "oil products region completed with the county",
			in: transform.Input{County: "آباده", Province: "فارس", Paragraphs: []string{
				"زارعی مدیر شرکت ملی پخش فرآورده‌های نفتی منطقه در این جلسه گفت: بازرسی‌ها ادامه دارد.",
			}},
			people: []personFact{{"زارعی", "مدیر", "شرکت ملی پخش فرآورده‌های نفتی منطقه آباده"}},
		},
		{
			name: "ezafe after a vowel and the organisation of the same title given in full",
			in: transform.Input{County: "مهریز", Province: "یزد", Paragraphs: []string{
				"جلسه شورای سلامت با حضور معاون غذا و داروی دانشگاه علوم پزشکی یزد برگزار شد.",
				"دکتر مریم شریفی معاون غذا و دارو در این جلسه گفت: نظارت ادامه دارد.",
			}},
			people: []personFact{{"مریم شریفی", "معاون غذا و دارو", "دانشگاه علوم پزشکی یزد"}},
		},
		{
			name: "each listed office with its own reason",
			in: transform.Input{County: "کاشان", Province: "اصفهان", Paragraphs: []string{
				"سه تالار پذیرایی به دلیل برگزاری مراسم عروسی و دو کارگاه به دلیل فعالیت خارج از ساعات مجاز پلمب شدند.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}, {"other", "working_hours", "reported", ""}},
		},
		{
			name: "a sanction after «هیچ‌گونه» is none imposed",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اتاق اصناف کوار گفت: هیچ‌گونه پلمب از سفره‌خانه‌های شهر طی روزهای گذشته انجام نشده است.",
			}},
			violations: []violationFact{},
		},
		{
			name: "a sanction after «بدون» is not imposed",
			in: transform.Input{County: "کاشان", Province: "اصفهان", Paragraphs: []string{
				"واحدهای صنفی که بر خلاف مصوبات ستاد کرونا فعالیت کنند، بدون تذکر قبلی پلمب می‌شوند.",
			}},
			violations: []violationFact{{"guild_shop", "", "conditional", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "market violations with no office named are guild shops'",
			in: transform.Input{Province: "کردستان", Paragraphs: []string{
				"در طرح نظارت نوروزی ۴۵ پرونده تخلف شامل گرانفروشی و احتکار تشکیل شد.",
			}},
			violations: []violationFact{{"guild_shop", "overcharging", "reported", ""}, {"guild_shop", "hoarding", "reported", ""}},
		},
		{
			name: "a breakdown keeps a typeless total",
			in: transform.Input{County: "فیروزآباد", Province: "فارس", Paragraphs: []string{
				"۶۴ پرونده تخلف برای واحدهای صنفی تشکیل شده که ۳۸ مورد آن گرانفروشی بوده است.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}, {"guild_shop", "overcharging", "reported", ""}},
		},
		{
			name: "«این مقام مسئول» is no title and a name three sentences later",
			in: transform.Input{County: "نیریز", Province: "فارس", Paragraphs: []string{
				"معاون برنامه‌ریزی و توسعه فرمانداری نیریز گفت: برخی جایگاه‌ها شب‌ها تعطیل می‌شوند.",
				"این مقام مسئول افزود: این موضوع قابل قبول نیست. نظارت ادامه دارد.",
				"رضا دهقانی همچنین از تشکیل پرونده برای یک جایگاه بنزین خبر داد.",
			}},
			people: []personFact{{"رضا دهقانی", "معاون برنامه‌ریزی و توسعه", "فرمانداری شهرستان نیریز"}},
		},
		{
			name: "an office after «اطراف» is a landmark",
			in: transform.Input{County: "بروجرد", Province: "لرستان", Paragraphs: []string{
				"۱۱ واحد عرضه مواد غذایی اطراف بیمارستان‌ها به دلیل نداشتن کارت بهداشت به تعزیرات معرفی شدند.",
			}},
			violations: []violationFact{{"guild_shop", "health_code", "reported", ""}},
		},
		{
			name: "selling to smugglers; the prosecutor as the authority",
			in: transform.Input{County: "گنبدکاووس", Province: "گلستان", Paragraphs: []string{
				"مجوز یک جایگاه سوخت که گازوئیل را به قاچاقچیان فروخته بود به درخواست دادسرا لغو شد.",
			}},
			violations: []violationFact{{"fuel_station", "fuel_misuse", "reported", ""}},
			sanctions:  []string{"licence_revocation"},
		},
		{
			name: "licences annulled with «باطل» and «ابطال» alone",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"از ابتدای سال پروانه ۱۲ واحد تولیدی متخلف کوار باطل و پروانه ۹ واحد دیگر تعلیق شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}, {"other", "other", "reported", ""}},
			sanctions:  []string{"licence_revocation", "suspension"},
		},
		{
			name: "the accused of a smuggling find are referred: type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرمانده انتظامی کوار گفت: در بازرسی از یک کامیون ۳ تن چوب قاچاق کشف شد.",
				"وی افزود: دو متهم در این رابطه دستگیر و به مراجع قضایی معرفی شدند.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "the fight against smuggling is no smuggled goods",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"جلسه ستاد مبارزه با قاچاق کالا و ارز کوار برگزار شد.",
				"در این رابطه پرونده قضایی تشکیل شد.",
			}},
			violations: []violationFact{},
		},
		{
			name: "a threat to those who encroach on national land is of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اداره منابع طبیعی کوار گفت: حفاظت از اراضی ملی وظیفه همگانی است و با متخلفان برخورد قانونی خواهد شد.",
			}},
			violations: []violationFact{{"other", "other", "conditional", ""}},
		},
		{
			name: "a closure told as a noun or in the perfect is a sealing",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"سه باب از اماکن عمومی کوار به علت تخلف بهداشتی تعطیل گردیده است.",
				"برای بار سوم علاوه بر جریمه، تعطیلی محل کسب متخلف در نظر گرفته می‌شود.",
			}},
			violations: []violationFact{{"health_unit", "health_code", "reported", ""}, {"guild_shop", "", "conditional", ""}},
			sanctions:  []string{"sealing", "sealing", "fine"},
		},
		{
			name: "unauthorised building on farmland demolished is a mention of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس جهاد کشاورزی کوار گفت: از ابتدای امسال ۱۴ مورد ساخت و ساز غیرمجاز در اراضی کشاورزی قلع و قمع شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{},
		},
		{
			name: "unauthorised buildings demolished by court order are a mention of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیر پیشگیری از تخلفات شهرداری کوار گفت: با حکم مراجع قضایی ۱۲ بنای غیرمجاز در حاشیه شهر تخریب شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{},
		},
		{
			name: "unauthorised building demolished after a sentence on the market is still of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"نرخ طلا و سکه در بازار کوار امروز کاهش یافت.",
				"مدیر جهاد کشاورزی کوار گفت: مهرماه امسال ۲۱ مورد دیوارکشی و بنای غیر مجاز در اراضی کشاورزی تخریب شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{},
		},
		{
			name: "unauthorised building called an offence with a bare copula is no mention",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرماندار کوار در نشست مدیریت بحران گفت: ساخت و ساز غیرمجاز در حریم رودخانه‌ها تخلف است و دهیاری‌ها باید از آن جلوگیری کنند.",
			}},
			violations: []violationFact{},
		},
		{
			name: "fuel stations among mixed units not broken down are guild shops",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"بازرسی‌های بهداشتی از سفره‌خانه‌ها، ادارات، اصناف و پمپ بنزین‌های کوار انجام شد.",
				"در این بازرسی‌ها ۴۰ مورد نقص بهداشتی در این واحدها شناسایی شد و پنج واحد تعطیل شد.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "units of no type in an article on food and public premises are health units",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"کارشناسان بهداشت محیط کوار از اماکن عمومی شهر بازدید کردند.",
				"در این بازدیدها ۷ واحد متخلف پلمب شد.",
			}},
			violations: []violationFact{{"health_unit", "", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "the same units in an article that names guild units are guild shops",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"کارشناسان بهداشت محیط کوار از اماکن عمومی و واحدهای صنفی شهر بازدید کردند.",
				"در این بازدیدها ۷ واحد متخلف پلمب شد.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "a find of counterfeit goods in a passage with no other mention is of type other, its referral in the next sentence",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس پلیس آگاهی کوار گفت: ماموران ۵۰ کیلوگرم زعفران تقلبی را در یک اتوبوس مسافربری کشف کردند.",
				"در این رابطه یک متهم دستگیر و به مراجع قضایی معرفی شد.",
			}},
			violations: []violationFact{{"other", "fraud", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "a reported sanction alone in its sentence may come a sentence after the mention it belongs to",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"در بازرسی از دو واحد صنفی در کوار ۲ تن الکل احتکار شده کشف شد.",
				"ارزش این کالاها ۵ میلیارد ریال برآورد شده است.",
				"وی گفت: متهمان به تعزیرات حکومتی استان معرفی شدند.",
			}},
			violations: []violationFact{{"guild_shop", "hoarding", "reported", ""}, {"guild_shop", "hoarding", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "a well filled and blocked ten words after the word «چاه» is sealed",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس امور منابع آب کوار گفت: با دستور قضایی ۳ حلقه چاه غیر مجاز به عمق ۱۲۰ متر پر و مسدود شد.",
			}},
			violations: []violationFact{{"other", "unlicensed", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "a find's referral may come two or three sentences after it",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرمانده مرزبانی کوار گفت: ماموران در بازرسی از یک کامیون ۱۲ هزار لیتر سوخت قاچاق کشف کردند.",
				"ارزش این محموله ۸ میلیارد ریال برآورد شده است.",
				"وی افزود: در این عملیات دو متهم دستگیر و به مراجع قضایی تحویل داده شدند.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "a poacher caught is a find of an offence",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اداره حفاظت محیط زیست کوار گفت: یک شکارچی غیرمجاز در منطقه حفاظت شده دستگیر شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{},
		},
		{
			name: "a find beside a threat is a mention too, in text order",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"یک شکارچی غیرمجاز در منطقه حفاظت شده کوار دستگیر شد.",
				"رئیس اداره حفاظت محیط زیست کوار گفت: با متخلفان شکار برخورد قانونی خواهد شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}, {"other", "other", "conditional", ""}},
			sanctions:  []string{},
		},
		{
			name: "a find told beside an office's mention gives no mention of its own",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"در بازرسی از بازار کوار سه نانوایی متخلف پلمب شدند.",
				"همچنین ۴۰۰ بسته سیگار قاچاق در یک خودروی سواری کشف شد.",
			}},
			violations: []violationFact{{"bakery", "", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "«برشمرد» is a finite verb: the clause before «و ادامه داد:» reports, it is no speech's topic",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اداره صمت کوار بیشترین تخلفات را گرانفروشی در برخی از واحدهای صنفی برشمرد و ادامه داد: گشت‌های بازرسی در شهر ادامه دارد.",
			}},
			violations: []violationFact{{"guild_shop", "overcharging", "reported", ""}},
			sanctions:  []string{},
		},
		{
			name: "«جایگاه» after «به» is the standing of goods, no fuel station for the next sentence either",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیرکل تعزیرات حکومتی فارس گفت: با توجه به جایگاه برنج در سبد غذایی خانوار، هرگونه تخلف در فروش این کالا در دستور کار بازرسی‌ها قرار دارد.",
				"او افزود: از ابتدای سال ۱۱۵ پرونده تخلف در زمینه گرانفروشی برنج در شعب تعزیرات تشکیل شده است.",
			}},
			violations: []violationFact{{"guild_shop", "", "conditional", ""}, {"guild_shop", "overcharging", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "a threat to deal with smugglers is a mention though it names no violation word",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرمانده انتظامی کوار گفت: پلیس با قاچاقچیان سوخت به شدت برخورد قانونی خواهد کرد.",
			}},
			violations: []violationFact{{"other", "other", "conditional", ""}},
			sanctions:  []string{},
		},
		{
			name: "a threat to deal with someone takes the office of the passage's reports",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"سه نانوایی متخلف در کوار پلمب شدند.",
				"فرماندار کوار گفت: با این افراد برخورد قاطع می‌شود.",
			}},
			violations: []violationFact{{"bakery", "", "reported", ""}, {"bakery", "other", "conditional", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "a call to citizens to report offenders so that they are dealt with is no threat",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس منابع طبیعی کوار از مردم خواست در صورت مشاهده تخریب جنگل با شماره ۱۵۰۴ تماس بگیرند تا با عوامل خاطی برخورد شود.",
			}},
			violations: []violationFact{},
			sanctions:  []string{},
		},
		{
			name: "dealing already done («برخورد شده و …») is no threat",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس منابع طبیعی کوار گفت: با عوامل تخریب جنگل برخورد شده و این کار ادامه خواهد یافت.",
			}},
			violations: []violationFact{},
			sanctions:  []string{},
		},
		{
			name: "a copula after «که» comments on the fact told before it, no policy statement",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیرکل حفاظت محیط زیست فارس گفت: از ابتدای سال ۲۴ پرونده قضایی برای تخلفات زیست‌محیطی در کوار تشکیل شده که نشان‌دهنده جدیت در برخورد با آلاینده‌ها است.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "a call to telephone the office when an offence is seen («تماس حاصل نمایند») is an appeal, no threat",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس دامپزشکی کوار افزود: در صورت مشاهده عرضه گوشت غیر بهداشتی با اداره دامپزشکی به شماره ۱۵۱۲ تماس حاصل نمایند.",
			}},
			violations: []violationFact{},
			sanctions:  []string{},
		},
		{
			name: "advice to citizens to refrain from unlicensed centres is no threat",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیر شبکه بهداشت کوار گفت: شهروندان برای حفظ سلامت خود از مراجعه به آرایشگاه‌های غیرمجاز برای خدمات پوست خودداری کنند.",
			}},
			violations: []violationFact{},
			sanctions:  []string{},
		},
		{
			name: "a finding told before advice in the same sentence stays a finding",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اتاق اصناف کوار گفت: در بازرسی‌های این هفته تخلفات گرانفروشی در ۵ واحد صنفی مشاهده شد و شهروندان از خرید از واحدهای فاقد نرخ‌نامه خودداری کنند.",
			}},
			violations: []violationFact{{"guild_shop", "overcharging", "reported", ""}},
		},
		{
			// A verbless headline reports its count; «برخورد» after «؛»
			// opens a threat of its own and leaves the sealing reported.
			name: "a headline's sealing before «؛ برخورد قاطع …» is reported",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"پلمب ۶ واحد صنفی فاقد پروانه در کوار؛ برخورد قاطع با متخلفان بازار",
				"رئیس اتاق اصناف کوار گفت: بازرسی از بازار ادامه دارد.",
			}},
			violations: []violationFact{{"guild_shop", "unlicensed", "reported", ""}, {"guild_shop", "", "conditional", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			// Prevention talk governs a whole list of offences, not its
			// first item alone, whether the cue opens the list or
			// closes it («از … جلوگیری»).
			name: "a list of offences to be prevented is no violation",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرماندار کوار گفت: گشت‌های مشترک برای مقابله با هر گونه کم‌فروشی، گرانفروشی، تخلفات صنفی در بازار فعال است.",
				"بازرسان تلاش می‌کنند با حضور میدانی از هرگونه تخلف، گرانفروشی، کم‌فروشی و یا احتکار جلوگیری کنند.",
			}},
			violations: []violationFact{},
		},
		{
			// Shops closed to stop an epidemic are closed by a health
			// measure; units counted as closed in such a sentence are
			// still reported.
			name: "a closure to stop an epidemic is no sanction, counted closed units are",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرماندار کوار گفت: برای جلوگیری از شیوع کرونا صنوف غیرضروری شهرستان از فردا تا پایان هفته تعطیل می‌شوند.",
				"رئیس مرکز بهداشت کوار گفت: در روزهای شیوع کرونا ۱۲ باشگاه ورزشی تعطیل شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			// «سوءاستفاده» whose agent is the enemy is political talk;
			// a shop's abuse in the next sentence is still a violation.
			name: "the enemy's abuse is no violation, a shop's is",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"امام جمعه کوار گفت: مردم از گرانی ناراضی‌اند اما اجازه سوءاستفاده به دشمنان را نخواهند داد.",
				"رئیس اتاق اصناف کوار گفت: سه واحد صنفی به دلیل سوءاستفاده از کالای یارانه‌ای پلمب شدند.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			// «عدم» before a violation term names its absence; «عدم» that
			// begins a violation phrase («عدم صدور فاکتور») is the phrase.
			name: "overseeing that no one overcharges is no violation, failing to issue invoices is",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرماندار کوار گفت: بازرسان بر عدم گرانفروشی واحدهای صنفی در بازار شب عید نظارت خواهند کرد.",
				"رئیس اتاق اصناف کوار گفت: دو واحد صنفی به دلیل عدم صدور فاکتور به تعزیرات معرفی شدند.",
			}},
			violations: []violationFact{{"guild_shop", "other", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			// «جایگاه» alone before a word of rank is a rank, no fuel
			// station; a station named as one is still an office.
			name: "a county's first rank is no fuel station, a sealed station is",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرماندار کوار گفت: شهرستان کوار بدون هیچ تخلفی در اجرای طرح جایگاه نخست استان را کسب کرد.",
				"رئیس اداره صمت کوار گفت: یک جایگاه سوخت به دلیل کم‌فروشی پلمب شد.",
			}},
			violations: []violationFact{{"fuel_station", "short_selling", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			// A stoppage caused by repairs is no sanction; a sealing for
			// an offence in the next sentence is.
			name: "a station stopped for repairs is not suspended, one sealed for short selling is",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس شرکت نفت کوار گفت: فعالیت یک جایگاه سوخت به علت تعمیرات اساسی دو ماه است که متوقف شده است.",
				"رئیس اداره صمت کوار گفت: یک جایگاه سوخت دیگر به دلیل کم‌فروشی پلمب شد.",
			}},
			violations: []violationFact{{"fuel_station", "short_selling", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			// Smuggling in a sentence that names no office is the
			// smugglers' offence, not the fuel stations' of the sentence
			// before.
			name: "smuggling cases after sealed fuel stations are type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اداره صمت کوار گفت: دو جایگاه سوخت به دلیل کم‌فروشی پلمب شد. وی افزود: از ابتدای امسال ۲۸ پرونده قاچاق در تعزیرات حکومتی شهرستان تشکیل شده است.",
			}},
			violations: []violationFact{{"fuel_station", "short_selling", "reported", ""}, {"other", "other", "reported", ""}},
			sanctions:  []string{"sealing", "referral"},
		},
		{
			name: "a hotline ready to take reports of overcharging is no violation",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اتاق اصناف کوار اعلام کرد: سامانه ۱۲۴ آماده دریافت گزارش‌های مردمی درباره گرانفروشی یا کم‌فروشی است.",
			}},
			violations: []violationFact{},
			sanctions:  []string{},
		},
		{
			name: "traders told to refrain, with a sealing if they do not, are threatened",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اتاق اصناف کوار گفت: واحدهای صنفی از گرانفروشی خودداری کنند در غیر این صورت پلمب خواهند شد.",
			}},
			violations: []violationFact{{"guild_shop", "overcharging", "conditional", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "no violation overlooked («هیچ تخلفی … قابل چشم‌پوشی نیست», «مماشات») is a threat, no denial",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"دادستان کوار گفت: بازار زیر نظر است و هیچگونه تخلفی در حوزه کالاهای اساسی از سوی واحدهای صنفی قابل چشم پوشی نیست.",
				"معاون غذا و دارو گفت: با هیچ تخلفی در داروخانه‌ها و واحدهایی که پس از تذکر همچنان متخلف باشند مماشات نمی‌شود.",
			}},
			violations: []violationFact{{"guild_shop", "", "conditional", ""}, {"pharmacy", "", "conditional", ""}},
		},
		{
			name: "notices told in the indefinite plural («تذکراتی داده شد») beside a sealing",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اتاق اصناف کوار گفت: در این طرح پنج قهوه‌خانه متخلف پلمب شدند و به تعدادی واحد صنفی نیز تذکراتی داده شد.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}},
			sanctions:  []string{"sealing", "notice"},
		},
		{
			name: "judicial pursuit («تحت تعقیب قضایی») is a referral",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"دادستان کوار گفت: یک کارگاه غیرمجاز تولید سم در کوار پلمب شد و مسئول آن تحت تعقیب قضایی قرار گرفت.",
			}},
			violations: []violationFact{{"other", "unlicensed", "reported", ""}},
			sanctions:  []string{"sealing", "referral"},
		},
		{
			name: "expired drugs of a lead found where the next paragraph says («این داروها … داروخانه‌ها») are the pharmacies' violation",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اداره دامپزشکی کوار از کشف و معدوم سازی ۳۰۰ کیلوگرم داروی تاریخ گذشته دامی خبر داد.",
				"حسن کریمی افزود: این داروها در جریان بازدید از داروخانه‌های دامپزشکی شهرستان کشف شد.",
			}},
			people:     []personFact{{"حسن کریمی", "رئیس", "اداره دامپزشکی شهرستان کوار"}},
			violations: []violationFact{{"pharmacy", "expired_goods", "reported", "حسن کریمی"}},
			sanctions:  []string{},
		},
		{
			name: "illegal water connections cut («قطع … انشعاب غیرمجاز») are a suspension",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیر امور آبفای کوار از شناسایی و قطع ۱۰۴ فقره انشعاب غیرمجاز آب در شهرک صنعتی خبر داد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"suspension"},
		},
		{
			name: "a sale-and-slaughter centre of livestock («مرکز فروش و کشتار») is of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"یک مرکز فروش وکشتار غیر مجاز دام و طیور در حومه کوار به مراجع قضایی معرفی شد.",
			}},
			violations: []violationFact{{"other", "unlicensed", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "a factory's activity stopped outright («توقف کامل فعالیت») or closed by the guard («اقدام به تعطیلی») is sealed",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس محیط زیست کوار از توقف کامل فعالیت یک واحد شن و ماسه به دلیل تخلیه غیرمجاز پساب خبر داد.",
				"وی افزود: یگان حفاظت محیط زیست همچنین اقدام به تعطیلی کارخانه آسفالت شهرستان کرد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}, {"other", "other", "reported", ""}},
			sanctions:  []string{"sealing", "sealing"},
		},
		{
			name: "fishing boats («قایق», «شناور», «لنج») are of type other, not the market's shops",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"در بازرسی از بازار ماهی کوار دو فروند قایق صیادی متخلف پلمب شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "a sealing for a stated failing, in a passage that names no office, is a mention of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مجموعه تاریخی کوار با نامه دادستان پلمب شد.",
				"مدیرکل میراث فرهنگی افزود: نداشتن مصوبه برای نرخ بلیت مشکل اصلی این مجموعه بوده است که به واسطه آن این پلمب انجام شده است.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "spoiled food seized in food premises a health report names («اماکن توزیع مواد غذایی») is the health units' violation",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"حسن کریمی کارشناس مسئول واحد بهداشت محیط شهرستان کوار از معدوم سازی ۲ تن مواد غذایی غیر قابل مصرف که طی بازرسی از اماکن توزیع مواد غذایی ضبط شده بود خبر داد.",
			}},
			people:     []personFact{{"حسن کریمی", "کارشناس مسئول", "واحد بهداشت محیط شهرستان کوار"}},
			violations: []violationFact{{"health_unit", "health_code", "reported", "حسن کریمی"}},
			sanctions:  []string{},
		},
		{
			name: "the bodies whose representatives report an inspection («نمایندگان … مرکز بهداشت») are not offenders",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"گفتنی است در این جلسه نمایندگان جهاد، مرکز بهداشت و صمت به بیان گزارش بازرسی از واحدهای نانوایی پرداختند و در همین راستا چند واحد نانوایی مشمول تذکرات بهداشتی و جریمه شدند.",
			}},
			violations: []violationFact{{"bakery", "", "reported", ""}},
			sanctions:  []string{"fine", "notice"},
		},
		{
			name: "the market goods were supplied to («عرضه شده در بازار») is no offending shop",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"محصول دستمال کاغذی عرضه شده در بازار کوار غیر استاندارد است.",
			}},
			violations: []violationFact{},
		},
		{
			name: "the county health centre («مرکز بهداشت») among the bodies that acted is no offender",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"این کارگاه با هماهنگی نیروی انتظامی، تعزیرات حکومتی و مرکز بهداشت استان کشف و پلمب شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "offenders the standards office tells of with no office of their own are producers, type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیرکل استاندارد کوار گفت: در طرح نظارت بر بازار، ۱۲ قلم کالای غیراستاندارد توقیف شد.",
				"وی افزود: برای متخلفان پرونده تشکیل و به مراجع قضایی معرفی شدند.",
			}},
			violations: []violationFact{{"guild_shop", "other", "reported", ""}, {"other", "", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "roadside service complexes («مجتمع‌های بین راهی») are of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"معاون گردشگری میراث فرهنگی کوار گفت: در بازدید از ۱۲ مجتمع خدماتی رفاهی بین راهی کوار سه واحد متخلف پلمب شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "non-conformities found in a standards test («عدم انطباق») are violations of the offices tested",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیرکل استاندارد کوار گفت: امسال از ۴۰ جایگاه سوخت بازدید و ۳۲۰ نازل آزمون شد که ۶ مورد عدم انطباق مشاهده شد.",
			}},
			violations: []violationFact{{"fuel_station", "other", "reported", ""}},
			sanctions:  []string{},
		},
		{
			name: "food-selling places as health reports name them («اماکن عرضه مواد غذایی») are health units",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"کارشناس بهداشت محیط کوار گفت: در طرح سلامت نوروزی از ۹۰۰ اماکن عرضه مواد غذایی بازدید و متصدیان ۱۲ مکان متخلف به مراجع قضایی معرفی شدند.",
			}},
			violations: []violationFact{{"health_unit", "", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "a tanker of smuggled fuel stopped at a checkpoint is no suspension",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"فرمانده انتظامی کوار گفت: در ایست و بازرسی یک تانکر حامل ۲۰ هزار لیتر سوخت قاچاق متوقف شد.",
				"در این عملیات یک متخلف شناسایی و به مراجع قضایی معرفی شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}},
			sanctions:  []string{"referral"},
		},
		{
			name: "«در غیر این صورت» after a purpose clause of a sentence that told a notice given opens the threat: the notice is reported, the sealing conditional",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اداره صمت کوار گفت: به صاحبان واحدهای صنفی متخلف تذکر داده شد تا ظرف سه روز نواقص را رفع نمایند در غیر این صورت پلمب خواهند شد.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}, {"guild_shop", "", "conditional", ""}},
			sanctions:  []string{"notice", "sealing"},
		},
		{
			name: "legal steps threatened on a condition, with no one dealt with named, are a threat of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس محیط زیست کوار گفت: چنانچه آلودگی هوا از سوی این واحد صنعتی ادامه یابد، اقدامات قانونی لازم علیه مدیرعامل شرکت انجام خواهد شد.",
			}},
			violations: []violationFact{{"other", "other", "conditional", ""}},
		},
		{
			name: "academic tutoring institutes («آموزشگاه علمی»), licensed by the education department as schools are, are of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس آموزش و پرورش کوار از پلمب سه آموزشگاه علمی غیرمجاز در این شهرستان خبر داد.",
			}},
			violations: []violationFact{{"other", "unlicensed", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "an offence defined («… تخلف محسوب می‌شود») is a general rule, a threat, though its «تخلف» is the only violation word",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رئیس اداره صمت کوار گفت: نصب نکردن پروانه کسب در دید مشتریان در واحدهای صنفی تخلف محسوب می‌شود.",
			}},
			violations: []violationFact{{"guild_shop", "", "conditional", ""}},
		},
		{
			name: "a crime defined («… جرم محسوب می‌شود») is a general rule, a threat",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیر استاندارد کوار افزود: تولید فرآورده‌های مشمول استاندارد اجباری بدون پروانه کاربرد علامت استاندارد جرم محسوب می‌شود.",
			}},
			violations: []violationFact{{"other", "unlicensed", "conditional", ""}},
		},
		{
			name: "a sanction that names no offence of its own takes the coded type the sentence before states for the same units (violation-type-shared)",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"ماموران در بازرسی از یک انبار در کوار ۲۰ تن برنج احتکار شده کشف کردند.",
				"کارشناسان ارزش کالاها را ۸ میلیارد ریال برآورد کردند و برای صاحب کالا پرونده تخلف تشکیل و به تعزیرات حکومتی ارسال شد.",
			}},
			violations: []violationFact{{"other", "hoarding", "reported", ""}, {"other", "hoarding", "reported", ""}},
		},
		{
			name: "health deficiencies and conditions not kept («نواقص بهداشتی», «رعایت نکردن شرایط بهداشتی») are health-code violations",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"۵ واحد صنفی مواد غذایی در کوار که نواقص بهداشتی داشتند به مراجع قضایی معرفی شدند.",
				"سه واحد نانوایی در سامک به دلیل رعایت نکردن شرایط بهداشتی پلمب شدند.",
			}},
			violations: []violationFact{{"guild_shop", "health_code", "reported", ""}, {"bakery", "health_code", "reported", ""}},
		},
		{
			name: "a supply cut threatened to government bodies told as a whole («ادارات») is a mention of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"مدیر گاز کوار افزود: ادارات نیز در ایام تعطیل باید وسایل گرمایشی را خاموش کنند در غیر این صورت شرکت گاز اقدام به قطع اشتراک آنها خواهد کرد.",
			}},
			violations: []violationFact{{"other", "other", "conditional", ""}},
			sanctions:  []string{"suspension"},
		},
		{
			name: "a threat to rioters and breakers of the public peace is no office's violation",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"دادستان کوار گفت: با عوامل اغتشاشات و برهم زنندگان آسایش عمومی در شب چهارشنبه آخر سال برخورد قاطع خواهد شد.",
				"وی افزود: در بازدید از بازار کوار دو واحد صنفی به دلیل گرانفروشی پلمب شد.",
			}},
			violations: []violationFact{{"guild_shop", "overcharging", "reported", ""}},
			sanctions:  []string{"sealing"},
		},
		{
			name: "a list of counted offices separated by commas",
			in: transform.Input{County: "بروجن", Province: "چهارمحال و بختیاری", Paragraphs: []string{
				"چهار قصابی به دلیل عرضه گوشت بدون مهر دامپزشکی، سه سوپرمارکت به دلیل فروش کالای تاریخ‌گذشته و دو مرغ‌فروشی به دلیل کم‌فروشی به دادسرا معرفی شدند.",
			}},
			violations: []violationFact{{"guild_shop", "health_code", "reported", ""}, {"guild_shop", "expired_goods", "reported", ""}, {"guild_shop", "short_selling", "reported", ""}},
		},
		{
			name: "a second counted subject after «فعالیت»",
			in: transform.Input{County: "استهبان", Province: "فارس", Paragraphs: []string{
				"دو دفتر پیشخوان به دلیل دریافت وجه اضافه تذکر کتبی دریافت کردند و فعالیت یک دفتر نیز که مدیر آن در محل حضور نداشت، به مدت یک هفته متوقف شد.",
			}},
			violations: []violationFact{{"government_counter", "service_fee", "reported", ""}, {"government_counter", "holder_absent", "reported", ""}},
		},
		{
			name: "fees «مطابق تعرفه» are no violation",
			in: transform.Input{County: "اقلید", Province: "فارس", Paragraphs: []string{
				"در دفاتر پیشخوان بازدید شده تخلفی مشاهده نشد و کارمزد خدمات مطابق تعرفه مصوب دریافت می‌شد.",
			}},
			violations: []violationFact{{"government_counter", "", "denied", ""}},
		},
		{
			name: "a ranking of violations is no mention",
			in: transform.Input{County: "تربت حیدریه", Province: "خراسان رضوی", Paragraphs: []string{
				"رعایت نکردن بهداشت فردی و نداشتن کارت بهداشت از رایج ترین تخلفات بهداشتی در واحدهای صنفی است.",
			}},
			violations: []violationFact{},
		},
		{
			name: "a warning given before is the condition, not the sanction",
			in: transform.Input{County: "بروجرد", Province: "لرستان", Paragraphs: []string{
				"۱۱ واحد عرضه مواد غذایی اطراف بیمارستان‌ها به تعزیرات معرفی شدند.",
				"گفتنی است واحدهای متخلف پس از دو بار اخطار، پلمب خواهند شد.",
			}},
			violations: []violationFact{{"guild_shop", "", "reported", ""}, {"guild_shop", "", "conditional", ""}},
			sanctions:  []string{"referral", "sealing"},
		},
		{
			name: "the prosecutor in a joint inspection is no referral",
			in: transform.Input{County: "سقز", Province: "کردستان", Paragraphs: []string{
				"در بازرسی مشترک دادسرا و شبکه بهداشت، مقادیری داروی احتکار شده در انبار یک داروخانه کشف شد.",
			}},
			violations: []violationFact{{"pharmacy", "hoarding", "reported", ""}},
			sanctions:  []string{},
		},
		{
			name: "a meeting on the state of fuel distribution is no mention",
			in: transform.Input{Province: "خراسان رضوی", Paragraphs: []string{
				"نشست بررسی وضعیت توزیع سوخت در استان با حضور مدیران برگزار شد.",
			}},
			violations: []violationFact{},
		},
		{
			name: "a surname's last word no list knows, after a first word that looks like no surname",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"رضا سام کوارج در گفت‌وگو با خبرنگاران گفت: بازرسی‌ها ادامه دارد.",
			}},
			people: []personFact{{"رضا سام کوارج", "", ""}},
		},
		{
			name: "a reporter's surname alone in an agency's dateline",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"باشگاه خبرنگاران جوان؛کریمی - علی احمدی فرماندار کوار گفت: کار ادامه دارد.",
			}},
			people: []personFact{{"کریمی", "", ""}, {"علی احمدی", "فرماندار", "فرمانداری شهرستان کوار"}},
		},
		{
			name: "a surname's ending written apart after a common word",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"سرهنگ علی القاصی مهر فرمانده انتظامی کوار گفت: ماموران تلاش کردند.",
			}},
			people: []personFact{{"علی القاصی مهر", "فرمانده انتظامی", "فرماندهی انتظامی شهرستان کوار"}},
		},
		{
			name: "compound given name and an unknown surname",
			in: transform.Input{County: "گنبدکاووس", Province: "گلستان", Paragraphs: []string{
				"قربان‌محمد آق‌آتابای دادستان عمومی و انقلاب شهرستان گفت: بازرسی‌ها ادامه دارد.",
			}},
			people: []personFact{{"قربان‌محمد آق‌آتابای", "دادستان عمومی و انقلاب", "دادسرای عمومی و انقلاب شهرستان گنبدکاووس"}},
		},
		{
			// GUIDELINES' fraud: counterfeit goods give the type of a
			// sanctioned clause but make no mention on their own.
			name: "counterfeit goods give the type fraud",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"در بازرسی از فروشگاه‌های کوار سه واحد صنفی به دلیل عرضه کالای تقلبی پلمب شدند.",
				"کالای تقلبی در بازار کوار فراوان است و مردم باید هوشیار باشند.",
			}},
			violations: []violationFact{{"guild_shop", "fraud", "reported", ""}},
		},
		{
			// GUIDELINES map «عدم صدور فاکتور» to other, not to a price list.
			name: "no invoice is of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"سه واحد صنفی کوار به دلیل عدم صدور فاکتور اخطار کتبی گرفتند.",
			}},
			violations: []violationFact{{"guild_shop", "other", "reported", ""}},
		},
		{
			// What offices of type other and fuel stations are found doing
			// has no code of the list: the guidelines' type other. A fuel
			// station threatened names no offence.
			name: "an uncoded offence of an office of type other",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"سه کارگاه تولیدی در کوار به دلیل تخلف پلمب شدند.",
				"جایگاه‌های سوخت متخلف به تعزیرات معرفی خواهند شد.",
			}},
			violations: []violationFact{{"other", "other", "reported", ""}, {"fuel_station", "", "conditional", ""}},
		},
		{
			name: "offices sanctioned against the epidemic broke its health protocols",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"۸ واحد صنفی متخلف در شرایط شیوع کرونا در کوار پلمب شد.",
				"در صورت شیوع دوباره کرونا واحدهای متخلف پلمب خواهند شد.",
			}},
			violations: []violationFact{{"guild_shop", "health_code", "reported", ""}, {"guild_shop", "", "conditional", ""}},
		},
		{
			// «رعایت نکردن» negates the rules after it as «عدم رعایت» does.
			name: "rules not kept, worded with «نکردن»",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"دو واحد صنفی کوار به دلیل رعایت نکردن شیوه نامه های بهداشتی پلمب شدند.",
			}},
			violations: []violationFact{{"guild_shop", "health_code", "reported", ""}},
		},
		{
			name: "expired goods have a type of their own",
			in: transform.Input{County: "کوار", Province: "فارس", Paragraphs: []string{
				"در بازرسی از فروشگاه‌های کوار یک سوپرمارکت به دلیل فروش کالای تاریخ گذشته پلمب شد.",
			}},
			violations: []violationFact{{"guild_shop", "expired_goods", "reported", ""}},
		},
		{
			name: "mask and quality phrasing",
			in: transform.Input{County: "بروجن", Province: "چهارمحال و بختیاری", Paragraphs: []string{
				"۳۵ واحد صنفی به دلیل استفاده نکردن کارکنان از ماسک اخطار گرفتند.",
			}},
			violations: []violationFact{{"guild_shop", "health_code", "reported", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := transform.Analyze(tt.in)
			var people []personFact
			for _, p := range a.People {
				people = append(people, personFact{p.Name, p.Role, p.Organization})
			}
			if diff := cmp.Diff(tt.people, people); diff != "" {
				t.Errorf("people mismatch (-want +got):\n%s", diff)
			}
			if tt.violations == nil {
				return
			}
			vs := []violationFact{}
			for _, v := range a.Violations {
				vs = append(vs, violationFact{v.OfficeType, v.ViolationType, v.Modality, v.Speaker})
			}
			if diff := cmp.Diff(tt.violations, vs); diff != "" {
				t.Errorf("violations mismatch (-want +got):\n%s", diff)
			}
			if tt.sanctions != nil {
				sancs := []string{}
				for _, v := range a.Violations {
					sancs = append(sancs, v.Sanctions...)
				}
				if diff := cmp.Diff(tt.sanctions, sancs); diff != "" {
					t.Errorf("sanctions mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}
