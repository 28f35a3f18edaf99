package transform

import "testing"

// TestCountWords checks that every count word has its number.
func TestCountWords(t *testing.T) {
	lx := loadLexicon()
	if lx.loadErr != nil {
		t.Fatalf("lexicon: %v", lx.loadErr)
	}
	if got, want := len(countWordValues()), len(lx.members(setCountWord)); got != want {
		t.Errorf("count words: %d with a number, %d in the set: every count_word needs its number", got, want)
	}
}

// TestViolationPatterns runs sentences written for govwatch in the shape of
// real portal text through Analyze and compares the violation keys the real
// set's guidelines count (office type, modality, sanction; one per key).
func TestViolationPatterns(t *testing.T) {
	type key struct{ office, modality, sanction string }
	cases := []struct {
		name string
		text string
		want []key
	}{
		{"spoiled goods found in an article about the market are its shops'",
			"رضا احمدی رئیس اتاق اصناف کوار گفت: در طرح نظارت نوروزی ۳۰۰ کیلوگرم گوشت فاسد کشف و معدوم شد.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"spoiled goods found where the article names one kind of premises are theirs",
			"رئیس شبکه دامپزشکی کوار گفت: امسال ۱۵۳ تن فرآورده دامی غیربهداشتی در کوار کشف و ضبط شد.\nوی افزود: بازرسان هر هفته از قصابی‌های شهر بازدید می‌کنند.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"spoiled goods destroyed where the article names no premises are no mention",
			"رضا احمدی گفت: امسال ۴۰۰ کیلوگرم مواد غذایی فاسد در کوار معدوم شد.",
			nil},
		{"an item of a list of a meeting's topics is no mention",
			"موضوعات مطرح شده در نشست دهیاران بخش کوار:\n- پیگیری گازرسانی به روستاهای سامک\n- بررسی ساخت و سازهای غیرمجاز در روستاهای بخش",
			nil},
		{"«برخورد» with reporters is how a manager treats them, no threat",
			"فرماندار کوار گفت: هر مدیری که بخواهد با اصحاب رسانه و خبرنگاران بد برخورد کند از کار برکنار می‌شود.",
			nil},
		{"«برخورد» in a manner is treatment, no threat",
			"حسن کریمی گفت: گاهی مسئولان با نخبگان با بی‌مهری برخورد می‌کنند.",
			nil},
		{"a threat to those behind breaches of public norms is no office's",
			"فرماندار کوار گفت: با عوامل این گونه هنجارشکنی‌ها به شدت برخورد خواهد شد.",
			nil},
		{"«اماکن عمومی» in the police unit's name makes no article on food premises",
			"رئیس پلیس نظارت بر اماکن عمومی کوار گفت: در این طرح ۷ واحد متخلف پلمب شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"outlets distributing goods that are no food are no food premises",
			"رئیس تعزیرات کوار گفت: بازرسان از مراکز توزیع لوازم تحریر شهر بازدید کردند. در این بازدیدها ۵ واحد متخلف پلمب شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"outlets distributing food are food premises",
			"رئیس مرکز بهداشت کوار گفت: بازرسان از مراکز توزیع مواد غذایی شهر بازدید کردند. در این بازدیدها ۵ واحد متخلف پلمب شد.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"people referred in the sentence after a find are its case",
			"حسن کریمی گفت: در بازرسی از یک انبار در کوار ۲۰ تن برنج احتکاری کشف شد. یک نفر دستگیر و به مرجع قضایی معرفی شد.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"people referred in the clause after a find are its case",
			"رضا احمدی گفت: در بازرسی از یک فروشگاه در سامک ۳۰ تن شکر احتکاری کشف شد و متصدی آن دستگیر و به مرجع قضایی معرفی شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"the courts a sealing was coordinated with refer no one",
			"رئیس اداره صمت کوار گفت: یک کارگاه غیرمجاز در کوار پس از هماهنگی با مراجع قضایی پلمب شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a fine by the courts is no referral",
			"رئیس اداره صمت کوار گفت: برای دو واحد متخلف در کوار جریمه نقدی از سوی مراجع قضایی صادر شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionFine}}},
		{"producing while a licence was suspended is no suspension",
			"مدیرکل استاندارد کوار گفت: یک واحد تولیدی به دلیل تولید در زمان تعلیق پروانه استاندارد پلمب شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"offices that close without leave are threatened, not sealed",
			"فرماندار کوار گفت: با نانوایی‌هایی که به صورت خودسرانه اقدام به تعطیلی کنند برخورد خواهد شد.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"an authority that closes an office seals it",
			"رئیس اداره محیط زیست کوار گفت: با دستور دادستان، این اداره اقدام به تعطیلی یک کارگاه آلاینده کرد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a case file glued to the number word before it is opened",
			"رئیس اداره تعزیرات حکومتی سامک گفت: در گشت دیروز پنجپرونده گرانفروشی برای نانوایی‌های سامک تشکیل شد.",
			[]key{{OfficeBakery, ModalityReported, SanctionReferral}}},
		{"counted case files of violations are a referral with no verb",
			"رئیس اداره تعزیرات حکومتی کوار گفت: در طرح نظارتی نوروز از ۴۰ واحد صنفی بازرسی شد و ۱۸ پرونده تخلف با موضوع گرانفروشی",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"offenders dealt with in the penal body are referred to it",
			"فرماندار سامک گفت: تخلفات نانوایی‌های سامک بررسی و مطابق قانون در حوزه تعزیرات با متخلفان برخورد خواهد شد.",
			[]key{{OfficeBakery, ModalityConditional, SanctionReferral}}},
		{"a guild violation of offices counted before is theirs",
			"رئیس جهاد کشاورزی کوار گفت: امسال از ۹۰۰ واحد نانوایی بازرسی شده که برای ۴۰ مورد آن پرونده تخلف صنفی تشکیل شد.",
			[]key{{OfficeBakery, ModalityReported, SanctionReferral}}},
		{"a guild violation «در این خصوص» after bakeries is theirs",
			"حسن کریمی گفت: کم‌فروشی نان در نانوایی‌های کوار بررسی شد.\nوی افزود: در این خصوص ۱۲ پرونده تخلف صنفی به تعزیرات حکومتی معرفی شدند.",
			[]key{{OfficeBakery, ModalityReported, ""}, {OfficeBakery, ModalityReported, SanctionReferral}}},
		{"one type alone in brackets after guild units is theirs",
			"مدیر شبکه بهداشت سامک گفت: چهار واحد صنفی متخلف (نانوایی) به دلیل رعایت نکردن موازین بهداشتی پلمب شدند.",
			[]key{{OfficeBakery, ModalityReported, SanctionSealing}}},
		{"a threat over bread to the market is to bakeries",
			"مدیرکل تعزیرات حکومتی کوار گفت: با متخلفین عرضه آرد و نان در بازار به شدت برخورد خواهد شد.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"a threat typed with «برخورد» glued to the word after it is read",
			"رئیس اتاق اصناف کوار گفت: آرایشگاه‌ها باید تا پایان هفته تعطیل باشند و با آنها برخوردقانونی خواهد شد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a threat typed with «برخورد» glued to its verb is read",
			"رئیس اتاق اصناف کوار گفت: آرایشگاه‌ها باید تا پایان هفته تعطیل باشند و با آنها برخوردمی‌شود.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a threat typed with «با» glued to the offenders is read",
			"رئیس اتاق اصناف کوار گفت: آرایشگاه‌ها باید تا پایان هفته تعطیل باشند و بامتخلفین وفق مقررات برخورد خواهد شد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a threat typed with the future auxiliary glued to its verb is a threat",
			"رئیس اتاق اصناف کوار گفت: آرایشگاه‌ها باید تا پایان هفته تعطیل باشند و با آنها برخورد لازم بعمل خواهدآمد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a deed told to be prosecuted is a threat, with no referral",
			"حسن کریمی رئیس اتاق اصناف سامک گفت: به کارگیری کودکان در واحدهای صنفی ممنوع است و پیگرد قانونی دارد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a site's copyright notice is no threat",
			"رضا احمدی گفت: هوای کوار امروز سرد است.\nکپی برداری از مطالب این پایگاه پیگرد قانونی دارد.",
			nil},
		{"units sealed for pollution, with no office named, are of type other",
			"رئیس اداره حفاظت محیط زیست سامک گفت: این واحدها سال‌ها در حاشیه شهر فعالیت داشتند و به دلیل ایجاد آلودگی پلمب شدند.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"units closed for no offence make no mention",
			"رئیس اداره حفاظت محیط زیست سامک گفت: این واحدها سال‌ها در حاشیه شهر فعالیت داشتند و به دلیل کمبود آب تعطیل شدند.",
			nil},
		{"case files opened, with a count in thousands between, are a referral",
			"رئیس سازمان صمت سامک از تشکیل ۲ هزار و ۴۱۵ فقره پرونده تخلف برای واحدهای صنفی در سال گذشته خبر داد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"a threat to deal with someone over bread in a market article is to bakeries",
			"جلسه تنظیم بازار کوار در فرمانداری برگزار شد و وضعیت بازار شب عید بررسی شد.\nفرماندار کوار با اشاره به نرخ جدید گفت: افزایش قیمت نان پیش از ابلاغ مصوبه مجاز نیست و در صورت مشاهده برخورد قانونی خواهد شد.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"a slash joins the halves of a headline",
			"فرماندار کوار خبر داد:\n\nتشکیل ۱۸ پرونده تعزیراتی برای نانوایان کوار/باید بهترین نان به مردم ارایه شود\n\nبه گزارش خبرنگار، جلسه کارگروه آرد و نان برگزار شد.",
			[]key{{OfficeBakery, ModalityReported, SanctionReferral}}},
		{"a notice disregarded in a threat is its condition",
			"رئیس شبکه بهداشت کوار گفت: قنادی‌هایی که به اخطارهای بهداشتی توجه نکنند پلمب خواهند شد.",
			[]key{{OfficeGuildShop, ModalityConditional, SanctionSealing}}},
		{"notices disregarded before a sealing done are its background",
			"رئیس شبکه بهداشت کوار گفت: به دلیل بی‌توجهی به اخطارهای صادر شده، دو قنادی پلمب شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}, {OfficeGuildShop, ModalityReported, SanctionNotice}}},
		{"a sanction on no named office in a passage the treatment arm of the health authority opens is a health unit's",
			"حسن کریمی معاون درمان دانشگاه علوم پزشکی کوار گفت: فعالیت غیرمجاز در حوزه زیبایی پیگیری شد.\nوی افزود: با هماهنگی دادستان، پلمب آن در دستور کار قرار گرفت.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"a sanction on no named office in a passage the health authority does not open stays of type other",
			"حسن کریمی رئیس اداره ورزش کوار گفت: فعالیت غیرمجاز در حوزه ورزش پیگیری شد.\nوی افزود: با هماهنگی دادستان، پلمب آن در دستور کار قرار گرفت.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a court that a sealing was coordinated with is no referral",
			"رئیس اداره محیط زیست کوار گفت: با هماهنگی مراجع قضایی، یک کارگاه آلاینده پلمب شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"offices closed for a heatwave are no sanction",
			"مدیرکل مدیریت بحران گفت: ادارات دولتی کوار روز چهارشنبه به علت شدت گرما و مدیریت مصرف برق تعطیل شدند.",
			nil},
		{"a closed factory visited is a state, no sealing",
			"استاندار کوار صبح امروز از کارخانه تعطیل شده سامک بازدید کرد و خواستار راه‌اندازی مجدد آن شد.",
			nil},
		{"a closed station returning to service is no sealing",
			"بازگشت دو جایگاه سوخت تعطیل شده به مدار در کوار\nمدیر شرکت نفت کوار گفت: دو جایگاه تعطیل شده در روزهای آینده بازگشایی می‌شوند.",
			nil},
		{"all the halls of a town closed are closed by a public measure",
			"فرماندار کوار گفت: تمامی تالارهای پذیرایی شهر تا پایان هفته تعطیل شدند.",
			nil},
		{"an order to close all the shops is a public measure",
			"رئیس اداره صمت سامک گفت: دستور تعطیلی به همه پاساژها و فروشگاه‌های شهر داده شده است.",
			nil},
		{"a closure of counted offices stays a sealing",
			"فرماندار کوار گفت: تمامی ۱۲ تالار پذیرایی متخلف شهر تعطیل شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"offices of the hot counties closed are closed for the heat",
			"مدیرکل مدیریت بحران کوار گفت: فعالیت مراکز دولتی در چهار شهرستان گرمسیری استان روز شنبه تعطیل شد.",
			nil},
		{"seeing and coming across an offence is an appeal, no threat",
			"فرمانده انتظامی سامک از مردم خواست در صورت مشاهده و برخورد با هر گونه احتکار کالا موضوع را به پلیس اطلاع دهند.",
			nil},
		{"a demand to deal with offenders stays a threat",
			"فرماندار کوار خواستار برخورد قاطع با نانوایان متخلف شد.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"treatment places are clinics, not fuel stations",
			"مدیرکل بهزیستی کوار گفت: سه جایگاه درمانی اعتیاد بدون مجوز در شهر پلمب شدند.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"masks as goods that only pharmacies may sell are no violation",
			"معاون غذا و داروی کوار گفت: فقط داروخانه‌ها مجازند ماسک و دستکش بهداشتی را عرضه کنند.",
			nil},
		{"a mask not worn breaks the health code",
			"رئیس مرکز بهداشت سامک گفت: دو آرایشگاه به دلیل نزدن ماسک کارکنان پلمب شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"a threat to the spreaders of false news is no office's",
			"مدیرکل دامپزشکی کوار گفت: انتشار دوباره این مطلب نادرست است و با عاملان این خبرهای کذب برخورد قانونی خواهد شد.",
			nil},
		{"a case filed for selling banned goods and rumours stays",
			"فرمانده انتظامی کوار گفت: ۱۲ فقره پرونده برای فروش اقلام غیرمجاز و شایعه پراکنی تشکیل شده است.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"a practice deemed an offence is a general rule",
			"دادستان کوار ایجاد وقفه در سوخت‌رسانی از سوی جایگاه‌داران را تخلف دانست.",
			[]key{{OfficeFuelStation, ModalityConditional, ""}}},
		{"centres the health network sealed after shops were named are its health units",
			"رئیس شبکه بهداشت کوار گفت: بازرسان از رستوران‌ها و اصناف شهر بازدید کردند. در این بازرسی‌ها ۱۲ مرکز پلمب شدند.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"centres in a passage that calls premises guild units stay guild shops",
			"رئیس شبکه بهداشت کوار گفت: بازرسان از رستوران‌ها و واحدهای صنفی شهر بازدید کردند. در این بازرسی‌ها ۱۲ مرکز پلمب شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"centres the health network sealed, no office named, are its health units",
			"رئیس شبکه بهداشت کوار گفت: در این بازرسی‌ها سه مرکز متخلف پلمب شدند.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"the fight against an offence as a plan's aim is no mention",
			"معاون بازرسی صمت کوار گفت: این طرح نظارتی با محوریت مبارزه با کالای قاچاق و تقلبی در فروشگاه‌های پوشاک اجرا می‌شود.",
			nil},
		{"a rumour of a violation said untrue is denied",
			"رئیس شبکه بهداشت کوار گفت: شایعه کم‌فروشی در نانوایی‌های سامک صحت ندارد.",
			[]key{{OfficeBakery, ModalityDenied, ""}}},
		{"a sanction a report said untrue is no mention",
			"مدیر پخش فرآورده‌های نفتی کوار گفت: خبر قطع سهمیه جایگاه‌های سوخت سامک صحت ندارد.",
			nil},
		{"the clause after a rumour refuted is denied",
			"رئیس اتاق اصناف کوار با تکذیب شایعات اعلام کرد: آرایشگاه‌های زنانه سامک تعطیل بوده و هیچ فعالیتی ندارند.",
			[]key{{OfficeGuildShop, ModalityDenied, ""}}},
		{"a sealing planned is conditional",
			"رئیس اداره آب کوار گفت: قرار است چهار چاه غیرمجاز روستای سامک تا پایان ماه پلمب شوند.",
			[]key{{OfficeOther, ModalityConditional, SanctionSealing}}},
		{"a school outside the state system is an establishment of type other",
			"مدیر آموزش و پرورش کوار گفت: دو مدرسه غیردولتی به دلیل دریافت شهریه اضافه به مراجع قضایی معرفی شدند.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"units a sanction already closed report it",
			"فرماندار کوار گفت: سهمیه آرد نانوایی‌های پلمب شده به صورت موقت به نانوایی‌های مجاور اختصاص می‌یابد.",
			[]key{{OfficeBakery, ModalityReported, SanctionSealing}}},
		{"purpose after «تا از» is no mention",
			"مسئول بازرسی کوار گفت: بازرسی از واحدهای صنفی کوار به صورت مستمر برگزار می‌شود تا از تخلفات صنفی جلوگیری شود.",
			nil},
		{"a sanction after a clause that counted offices",
			"وی اضافه کرد: طی این بازدیدها برای چهار واحد صنفی برگه گزارش بازرسی تنظیم شد و جهت رسیدگی به اداره کل تعزیرات حکومتی ارسال گردید.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"offices as the object of dealing are threatened",
			"بازرسی از نانوایی‌های کوار ادامه دارد.\nوی گفت: با این نانوایی‌ها برخورد قانونی خواهد شد.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"offices after «آن» as the object of dealing",
			"بازرسی از نانوایی‌های کوار ادامه دارد.\nوی گفت: با آن نانوایی‌ها برخورد قانونی خواهد شد.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"the market beside a factory is the setting",
			"برای ایجاد ثبات در بازار از کارخانه تولید روغن خودرو در کوار بازدید صورت گرفته و برای این واحد پرونده تشکیل شد.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"a production unit called a guild's is a guild shop",
			"رئیس اداره صمت کوار گفت: یک واحد تولیدی صنفی به دلیل گرانفروشی پلمب شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"no leniency toward offenders, with a negated copula, is a threat",
			"بازرسی از بازار میوه کوار ادامه دارد.\nفرماندار گفت: در برخورد با گرانفروشان هیچ مماشاتی در کار نیست.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"sanctions done without leniency are a report",
			"فرماندار گفت: دو واحد صنفی گرانفروش بدون اغماض پلمب شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"people arrested «به دنبال این اقدام» are the case of the fact before",
			"مرغ‌فروشان کوار مرغ را بالاتر از نرخ مصوب فروختند و دو واحد صنفی پلمب شد.\nبه دنبال این اقدام، پرونده قضایی تشکیل و متهمان بازداشت شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}, {OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"a threat with no office is addressed to the one kind of office the passage names",
			"رئیس انجمن داروخانه‌داران کوار از آغاز طرح نظارتی خبر داد.\nاین طرح تا پایان ماه ادامه دارد.\nوی افزود: در صورت مشاهده هرگونه تخلف با متخلفان برخورد می‌شود.",
			[]key{{OfficePharmacy, ModalityConditional, ""}}},
		{"sale centres are shops",
			"گشت‌های تعزیرات نظارت بر مراکز فروش پوشاک و کیف و کفش کوار را آغاز کردند.\nوی افزود: در صورت مشاهده هرگونه تخلف با متخلفان برخورد می‌شود.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a plan «from now on» is a threat",
			"فرماندار کوار گفت: بنا داریم از این پس نانوایی نانوایان متخلف را پلمب کنیم.",
			[]key{{OfficeBakery, ModalityConditional, SanctionSealing}}},
		{"violations counted and found are a mention with no office or sanction named",
			"مدیرکل راهداری کوار گفت: در این مدت ۳۴ تخلف مربوط به شرکت‌های حمل بار شناسایی شد.",
			[]key{{OfficeOther, ModalityReported, ""}}},
		{"a game net is a shop, not the counter offices of the sentence before",
			"بازرسان از دفاتر پیشخوان کوار بازدید کردند.\nوی افزود: یک واحدبازی رایانه ای (گیم‌نت) به دلیل رعایت نکردن پروتکل‌های بهداشتی پلمب شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"an ice-cream shop and a sweet shop are shops, not the health centres of the sentence before",
			"کارشناسان بهداشت محیط از مراکز درمانی کوار بازدید کردند.\nوی افزود: یک بستنی‌فروشی و یک شیرینی‌پزی به دلیل عدم رعایت موازین بهداشتی پلمب شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"a dental lab is a health unit, not a shop of the sentence before",
			"بازرسان از فروشگاه‌های کوار بازدید کردند.\nوی افزود: یک لابراتوار دندانسازی غیرمجاز شناسایی و پلمب شد.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"an unlicensed camp is an addiction-treatment centre, a health unit",
			"مدیرکل بهزیستی کوار گفت: فعالیت ۱۲ کمپ غیرمجاز در شهرستان شناسایی و به مراجع قضایی معرفی شد.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionReferral}}},
		{"print shops and pesticide sellers are shops, not the health centres of the sentence before",
			"کارشناسان بهداشت از مراکز درمانی کوار بازدید کردند.\nوی افزود: دو واحد چاپی و یک فروشنده سموم متخلف پلمب شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"cases in the flour and bread sector are bakeries'",
			"رئیس سازمان صمت کوار از تشکیل ۸۵ فقره پرونده تخلف در حوزه آرد و نان خبر داد.",
			[]key{{OfficeBakery, ModalityReported, SanctionReferral}}},
		{"traders («کاسبان») are shops, not the counter offices of the sentence before",
			"بازرسان از دفاتر پیشخوان کوار بازدید کردند.\nوی افزود: برای ۱۲ نفر از کاسبان پرونده گرانفروشی تشکیل شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"rules found kept in an inspection deny",
			"فرماندار کوار گفت: در بازدید از نانوایی‌های شهر، ضوابط بهداشتی به طور کامل رعایت شده بود.",
			[]key{{OfficeBakery, ModalityDenied, ""}}},
		{"agenda item is no mention",
			"جلسه کارگروه با دستور کار بررسی تخلفات دفاتر ICT روستایی در بخشداری برگزار شد.", nil},
		{"the accused of a shop's case is fined as the shop",
			"پرونده گرانفروشی یک مرغ‌فروشی در کوار در شعبه تعزیرات رسیدگی شد. شعبه متهم را به پرداخت جزای نقدی محکوم کرد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}, {OfficeGuildShop, ModalityReported, SanctionFine}}},
		{"what a finding calls for is no purpose",
			"در بازدید هفته گذشته از برخی نانوایی‌های کوار تخلفاتی از جمله کم‌فروشی مشاهده شد که نیازمند نظارت‌های دقیق‌تر است.",
			[]key{{OfficeBakery, ModalityReported, ""}}},
		{"a factory is an office of type other, whatever it did",
			"پرونده گرانفروشی یک کارخانه تولید آجر در کوار تشکیل و برای رسیدگی به شعب تعزیرات ارجاع شد.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"a bare sanction in the next paragraph is about the offices before",
			"دو واحد صنفی متخلف در کوار شناسایی و به تعزیرات حکومتی معرفی شدند.\n\nکریمی افزود: پس از سیر مراحل قانونی به پرداخت جزای نقدی محکوم شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}, {OfficeGuildShop, ModalityReported, SanctionFine}}},
		{"an appeal in the next paragraph is none",
			"دو واحد صنفی متخلف در کوار شناسایی و به تعزیرات حکومتی معرفی شدند.\n\nاز شهروندان درخواست می‌شود در صورت مشاهده تخلف از طریق سامانه ۱۲۴ اطلاع دهند تا پرونده تشکیل شود.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"an arcade's power cut threatened is a conditional suspension of a guild shop",
			"مدیرعامل شرکت توزیع برق کوار گفت: چنانچه مصرف کاهش نیابد، در نهایت برق آن پاساژ قطع می‌شود.",
			[]key{{OfficeGuildShop, ModalityConditional, SanctionSuspension}}},
		{"stopping an office's activity closes it",
			"در بازرسی‌های کوار از ادامه فعالیت دو جایگاه سوخت متخلف جلوگیری شد.",
			[]key{{OfficeFuelStation, ModalityReported, SanctionSealing}}},
		{"a closure by an order is a sealing",
			"این دو قلیان‌سرا در کوار با دستور کتبی دادستان تعطیل و قلیان‌های آنها جمع‌آوری شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"a statement of purpose is no mention",
			"هدف این طرح، شناسایی گرانفروشی در واحدهای صنفی شهر است.", nil},
		{"an unlicensed medical institute is a health unit, closed by a ruling",
			"شعبه تعزیرات پس از احراز تخلف، رأی به تعطیلی یک مؤسسه پزشکی غیرمجاز در کوار صادر کرد.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"warnings typed glued to their plural suffix",
			"در ایام نوروز از مرغ فروشی‌های کوار بازرسی شد و به بعضی از این واحدها اخطاریههایی هم داده شده است.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionNotice}}},
		{"real-estate agencies are shops",
			"ماموران پلیس اماکن ۸۰ املاکی متخلف را در شهر کوار شناسایی و آنها را پلمب کردند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"a reception garden is another office",
			"یک باغ تشریفاتی در سامک که مراسم عروسی برگزار کرده بود، توسط کارشناسان بهداشت پلمب شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"factories, distributors and slaughter places are other offices",
			"در بازرسی از کارخانه های رب کوار و یک مکان کشتار غیرمجاز، تخلف مشاهده و هر دو پلمب شدند.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a nuts shop is a shop",
			"یک واحد خشکبار فروشی در سامک به علت عدم رعایت بهداشت پلمب شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"food preparation centres are health units, however the list is typed",
			"بازرسین بهداشت محیط از 830مرکز تهیه، توزیع وفروش موادغذایی بازدید کردند و 3 مورد مرکز غیر بهداشتی تعطیل شد.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"hoarded stock found with no office named is a store's",
			"۳۲ تن روغن نباتی احتکار شده در کوار کشف و ضبط شد.",
			[]key{{OfficeOther, ModalityReported, ""}}},
		{"a threat to hoarders with no office named is the market's",
			"مجموعه قضایی استان با افرادی که اقدام به احتکار کالا کنند برخورد قاطع خواهد کرد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"an inspection that approved the offices denies",
			"در این بازدید از دفاتر پیشخوان کوار، عملکرد دفاتر مورد تایید قرار گرفت.",
			[]key{{OfficeGovernmentCounter, ModalityDenied, ""}}},
		{"prices at the approved rate deny overcharging",
			"در بازدید بازرسان از مغازه‌های کوار، قیمت‌ها مطابق نرخ مصوب بود.",
			[]key{{OfficeGuildShop, ModalityDenied, ""}}},
		{"closed and deactivated is a sealing, contaminated meat a health violation",
			"در بازرسی بهداشت، یک رستوران در کوار به دلیل وضعیت بهداشتی بحرانی تعطیل و غیرفعال شد. همچنین یک تن گوشت مرغ آلوده از یک فروشگاه مواد غذایی کشف و ضبط شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}, {OfficeGuildShop, ModalityReported, ""}}},
		{"drivers are no office",
			"۱۲ راننده متخلف به مراجع قضایی معرفی شدند.", nil},
		{"sealing warning is a notice",
			"در این گشت به ۶ واحد صنفی اخطار پلمب داده شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionNotice}}},
		{"closure by order is a sealing",
			"چهار نانوایی متخلف با حکم تعزیرات یک هفته تعطیل شدند.",
			[]key{{OfficeBakery, ModalityReported, SanctionSealing}}},
		{"inspection that found nothing without the word violation",
			"در بازدید کارشناسان از ۲۰ جایگاه سوخت شهر هیچ اشکالی مشاهده نشد.",
			[]key{{OfficeFuelStation, ModalityDenied, ""}}},
		{"threat after a fact in one sentence",
			"سه داروخانه اخطار کتبی گرفتند که در صورت تکرار پلمب خواهند شد.",
			[]key{{OfficePharmacy, ModalityReported, SanctionNotice}, {OfficePharmacy, ModalityConditional, SanctionSealing}}},
		{"hedged violations are conditional",
			"گشت‌های مشترک برای مقابله با تخلفات احتمالی واحدهای صنفی در ایام عید فعال شدند.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"first-person future threatens",
			"اجازه نخواهیم داد نانوایی‌های متخلف آرد را در بازار آزاد بفروشند.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"statement of purpose is no mention",
			"هدف این گشت‌ها کنترل قیمت‌ها و پیشگیری از گرانفروشی و کم‌فروشی در میوه‌فروشی‌ها است.", nil},
		{"compliance is no violation",
			"یک قصابی به دلیل رعایت کامل موازین بهداشتی مورد تشویق قرار گرفت.", nil},
		{"appeal to citizens is no mention",
			"شهروندان می‌توانند تخلفات نانوایی‌ها را از طریق سامانه ۱۲۴ گزارش دهند.", nil},
		{"case file opened is a referral",
			"برای ۹ واحد صنفی متخلف پرونده تشکیل شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"a conformity negated is no clean finding",
			"در بازرسی از نانوایی‌های کوار، وزن چانه‌ها مطابق با استاندارد نبود.",
			[]key{{OfficeBakery, ModalityReported, ""}}},
		{"the judiciary named with a courtesy word or a short form is a referral",
			"سه قصابی متخلف به مراجع محترم قضایی و دو نانوایی به دستگاه قضا معرفی شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}, {OfficeBakery, ModalityReported, SanctionReferral}}},
		{"notices in the plural with «ها» are notices",
			"بازرسان تذکرهای لازم را به مدیران رستوران‌ها ارائه نمودند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionNotice}}},
		{"a seal lifted is no sealing",
			"رفع پلمب این دو رستوران منوط به رعایت کامل موازین بهداشتی است.", nil},
		{"a sanction that was not imposed",
			"در این بازدید هیچ‌یک از مغازه‌ها جریمه نشدند.", nil},
		{"«جایگاه» of standing is no fuel station",
			"با توجه به جایگاه برنج در سبد خانوار، با گرانفروشان برنج برخورد خواهد شد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"offenders called health ones are health units",
			"در ایام نوروز ۲۴ واحد متخلف بهداشتی در شهر پلمپ شد.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"a storeroom where the office kept its goods is no offender",
			"در این بازدید سه داروخانه به دلیل نداشتن مسئول فنی و نگهداری نامناسب داروها در انبار پلمب شدند.",
			[]key{{OfficePharmacy, ModalityReported, SanctionSealing}}},
		{"the operator of a unit stands for it",
			"متصدی یک واحد قصابی در شهر به علت عرضه گوشت بدون مهر دامپزشکی به پرداخت جزای نقدی محکوم شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionFine}}},
		{"a decision is still to come",
			"در نشست کارگروه تنظیم بازار مصوب شد واحدهای صنفی متخلف از همان ابتدا پلمب شوند.",
			[]key{{OfficeGuildShop, ModalityConditional, SanctionSealing}}},
		{"a counted office beside the guild unit it belongs to",
			"با تشدید نظارت بر عملکرد واحدهای صنفی، سه نانوایی به دلیل کم‌فروشی به پلمب واحد صنفی محکوم شدند.",
			[]key{{OfficeBakery, ModalityReported, SanctionSealing}}},
		{"a tradesman named by his trade stands for his shop",
			"سه قصاب متخلف در کوار به پرداخت جزای نقدی محکوم شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionFine}}},
		{"bakers named by their trade stand for their bakeries",
			"دو نانوا در شهر سامک به دلیل کم‌فروشی جریمه شدند.",
			[]key{{OfficeBakery, ModalityReported, SanctionFine}}},
		{"a threat to those who disrupt the market, after their relative clause",
			"فرماندار کوار گفت: با کسانی که به دنبال اخلال در بازار هستند، برخورد قاطع خواهد شد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a sanction on a named unit that lasts until its faults are mended is in force",
			"یک جایگاه سوخت در کوار به دلیل کم‌فروشی بازرسی شد. این جایگاه تا رفع کامل نواقص پلمب خواهد بود.",
			// «یک جایگاه» and «این جایگاه» both count one: the same unit told
			// twice, so the inspection merges into the sealing.
			[]key{{OfficeFuelStation, ModalityReported, SanctionSealing}}},
		{"dealing named with a perfect was done, no policy",
			"بازرسی از واحدهای صنفی کوار ادامه دارد و برخورد با واحدهای صنفی متخلف تشدید شده است.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"dealing said to be going on is no policy",
			"برخورد با واحدهای صنفی متخلف در کوار در حال انجام است.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"dealing with offices counted is no policy",
			"برخورد با ۱۲ واحد صنفی متخلف در کوار از اقدامات مهم این هفته است.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"spoiled food found with no premises, sanction or count is no office's violation",
			"بیش از ۱۳ تن مواد غذایی فاسد در کوار کشف و معدوم شد.",
			nil},
		{"a health violation found in a home is no premises' but of type other",
			"حسن کریمی رئیس شبکه دامپزشکی کوار گفت: ماموران در بازرسی از یک واحد مسکونی در کوار ۲۰۰ کیلوگرم گوشت کشف کردند. این گوشت در شرایط غیر بهداشتی نگهداری می‌شد و پرونده به تعزیرات ارسال شد.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"offending units glued to their word («واحدمتخلف») are the market's, as written apart",
			"حسن کریمی گفت: پرونده دو واحدمتخلف در کوار به دادسرا ارسال شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"health violations counted with no office are the health premises'",
			"در کوار ۱۲ مورد تخلف بهداشتی شناسایی شد.",
			[]key{{OfficeHealthUnit, ModalityReported, ""}}},
		{"a production unit written with the verb's stem («واحد تولید») is of type other",
			"بیش از پنج واحد تولید بتن در سطح استان پلمب شده است.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a production line is of type other",
			"خط تولید یک واحد در کوار پلمب شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"government offices whose gas is cut for overuse are of type other",
			"گاز ۳ دستگاه دولتی در کوار به دلیل رعایت نکردن الگوی مصرف قطع شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSuspension}}},
		{"a power cut after a long relative clause on the offices is still theirs",
			"رضا احمدی گفت: برق بانک‌هایی که ۲۰ درصد مصرف خود را کم نکنند از هفته آینده در ساعت ۱۰ با هماهنگی فرماندار کوار قطع می‌شود.",
			[]key{{OfficeOther, ModalityConditional, SanctionSuspension}}},
		{"offices the law will be applied to («اعمال قانون می‌شوند») are threatened",
			"حسن کریمی گفت: تالارها و رستوران‌هایی که در کوار مراسم عروسی برپا کنند بدون اغماض اعمال قانون می‌شوند.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"homes let to travellers are lodgings of type other",
			"در دوران کرونا ۱۲ خانه مسافر غیر مجاز در کوار پلمب شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"sealing typed with its letters out of order («پملب»)",
			"در این طرح سه واحد صنفی متخلف در کوار پملب شدند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"reports sent to the court of justice refer the offices",
			"بازرسان کار از کارگاه‌های ساختمانی کوار بازدید کردند و گزارش تخلف دو کارگاه ناایمن به دادگستری ارسال شد.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"activity stopped with a long phrase between",
			"از فعالیت هشت واحد صنفی متخلف با صدور برگ اخطاریه و برابر قانون نظام صنفی در کوار جلوگیری شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}, {OfficeGuildShop, ModalityReported, SanctionNotice}}},
		{"activity stopped, «از» typed glued",
			"مدیر استاندارد گفت: ازفعالیت ۷ واحد تولیدی غیراستاندارد در کوار جلوگیری شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"offenders closed with the verb left out",
			"بازرسان بهداشت از مراکز تهیه و توزیع مواد غذایی کوار بازدید کردند. در این بازدیدها ۲۴ مرکز متخلف تعطیل و ۳۴۸ مورد اخطار کتبی صادر شده است.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}, {OfficeHealthUnit, ModalityReported, SanctionNotice}}},
		{"a storage place is of type other, after the market it starved",
			"گزارش‌های مردم از کمبود روغن در بازار کوار خبر می‌داد.\nبازرسان از محل نگهداری کالا بازدید کردند. در این بازرسی ۴۵ تن روغن بدون مجوز توزیع دپو شده بود و پرونده متخلف به تعزیرات ارجاع شد.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"a later report about a hoard found in a store is the store's",
			"۱۰ تن شکر احتکار شده در کوار کشف شد.\nبه گفته وی، گزارش‌های مردم از کمبود شکر در بازار کوار خبر می‌داد. در این رابطه برای صاحب کالا پرونده تشکیل و به تعزیرات معرفی شد.",
			[]key{{OfficeOther, ModalityReported, ""}, {OfficeOther, ModalityReported, SanctionReferral}}},
		{"hoarding units that offended are guild shops, not a store",
			"ماموران در بازرسی از دو واحد متخلف بیش از چهار هزار قلم کالای احتکار شده کشف کردند.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"hoarded stock of a passage that names guild units is theirs, not a store's",
			"۴۰ تن برنج احتکار شده در کوار کشف شد. رئیس اداره صمت گفت: نظارت بر واحدهای صنفی ادامه دارد.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"a notice to a counted group of managers is their bodies' mention",
			"فرماندار سامک گفت: به سه مدیر به دلیل کم‌کاری تذکر کتبی داده شد.",
			[]key{{OfficeOther, ModalityReported, SanctionNotice}}},
		{"a notice to some managers named before the clause of the notice is theirs",
			"حسن کریمی فرماندار کوار در بازدید از ادارات خطاب به تعدادی از مدیران که در محل کار حضور نداشتند، تذکر جدی داد.",
			[]key{{OfficeOther, ModalityReported, SanctionNotice}}},
		{"a warning to all managers about their future conduct is no mention",
			"فرماندار کوار به مدیران ادارات اخطار داد و گفت: از این پس هیچ مدیری بدون هماهنگی حق خروج از شهرستان را ندارد.",
			nil},
		{"catching told as a noun is a find of an offence",
			"ماموران محیط زیست کوار موفق به دستگیری سه شکارچی غیرمجاز شدند.",
			[]key{{OfficeOther, ModalityReported, ""}}},
		{"a lead's catching takes the sanction of the body that tells it again",
			"رئیس محیط زیست کوار از دستگیری دو شکارچی غیرمجاز خبر داد. وی گفت: ماموران در گشت شبانه به منطقه رفتند. آنها سلاح های خود را پنهان کرده بودند. این منطقه شکار ممنوع است. دو شکارچی غیرمجاز دستگیر و به مراجع قضایی معرفی شدند.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"case files of violations with no office, by the guilds' inspectors",
			"مدیر بازرسی و نظارت اصناف استان گفت: از ابتدای ماه ۳۲۵ مورد بازرسی در این حوزه انجام شده که ۵۴ مورد منجر به تشکیل پرونده تخلف و ارجاع به تعزیرات حکومتی شده است.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"activity stopped, as the lexicon words it, is a sealing",
			"سه واحد صنفی متخلف در کوار شناسایی و از فعالیت آنها جلوگیری شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"lacking any licence is no condition",
			"در این راستا دو درمانگاه متخلف در کوار که فاقد هرگونه مجوز قانونی بودند شناسایی و نسبت به توقف فعالیت آنها اقدام شد.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"dealing with «آنان» after offices named in the sentence",
			"مدیر صمت کوار گفت: نانوایی‌ها موظف به رعایت نرخ مصوب هستند و با آنان برخورد قانونی خواهد شد.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"what offices commit, before a relative clause about the inspectors",
			"وی گفت: تعداد معدودی از نانوایی‌های کوار اقدام به تخلف می‌کنند که بازرسان قادر به شناسایی آنها خواهند بود.",
			[]key{{OfficeBakery, ModalityReported, ""}}},
		{"what offices commit, before a relative clause that warns them",
			"وی گفت: تعدادی از داروخانه‌های کوار اقدام به احتکار دارو می‌کنند که به آنها هشدار می‌دهیم.",
			[]key{{OfficePharmacy, ModalityConditional, ""}}},
		{"travel agencies are offices of type other",
			"بازرسان از واحدهای صنفی کوار بازدید کردند.\nهمچنین ۲ دفتر خدمات مسافرتی هم اخطاریه کتبی گرفتند.",
			[]key{{OfficeOther, ModalityReported, SanctionNotice}}},
		{"travel offices by their older name",
			"رئیس میراث فرهنگی کوار گفت: دفترهای سیاحتی جهانگردی سامک و کوار، لغو پروانه بهره برداری شدند.",
			[]key{{OfficeOther, ModalityReported, SanctionLicenceRevocation}}},
		{"a place of business is a guild shop",
			"در این طرح دو محل کسب متخلف در کوار پلمب شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"pharmacies go to the Article 20 commission",
			"دو داروخانه متخلف در کوار به کمیسیون ماده ۲۰ معرفی شدند.",
			[]key{{OfficePharmacy, ModalityReported, SanctionReferral}}},
		{"closed typed without a half-space",
			"در این مدت ۴۴ مرکز تهیه و توزیع مواد غذایی متخلف تعطیل شدهاند.",
			[]key{{OfficeHealthUnit, ModalityReported, SanctionSealing}}},
		{"the closure of counted offices is a sealing",
			"فرماندار کوار از تعطیلی یک نانوایی به دلیل کم‌فروشی خبر داد.",
			[]key{{OfficeBakery, ModalityReported, SanctionSealing}}},
		{"a bank branch is of type other",
			"یک شعبه بانک در کوار به دلیل رعایت نکردن پروتکل‌های بهداشتی پلمب شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a well blocked is sealed",
			"امور آب کوار از انسداد ۱۵ حلقه چاه غیرمجاز در این شهرستان خبر داد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a well filled further on is sealed",
			"به دستور دادستان سه حلقه چاه غیرمجاز در روستای سامک پر و مسلوب المنفعه شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a well blocked at the end of a long clause is sealed",
			"در شش ماه گذشته ۲۰ حلقه چاه غیرمجاز که آب آن‌ها برای آبیاری باغ‌های اطراف روستای سامک و کوار برداشت می‌شد پر و مسدود شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"handed to the judiciary is a referral",
			"مدیر یک واحد صنفی متخلف در کوار شناسایی و به همراه مدارک در اختیار مرجع قضائی قرار گرفت.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"judicial pursuit is a referral",
			"برای ۵۷ حلقه چاه غیر مجاز در کوار پیگیری قضایی شد.",
			[]key{{OfficeOther, ModalityReported, SanctionReferral}}},
		{"offices closed on a holiday report no violation",
			"فردا، روز عاشورا، نانوایی‌های کوار تعطیل اند و ۱۸ نانوایی به صورت کشیک نان پخت می‌کنند.",
			nil},
		{"a day off of counted offices is none",
			"برای حل این مشکل روز تعطیل ۳۰ واحد نانوایی به سایر ایام هفته منتقل شد.",
			nil},
		{"a fact told before an appeal stays a fact",
			"رئیس پلیس اماکن کوار با بیان اینکه متصدیان واحدهای صنفی متخلف به دادسرا معرفی شدند از شهروندان درخواست کرد: در صورت مشاهده تخلف مراتب را گزارش کنند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"what is to be done «soon» is a threat",
			"یک انبار احتکار برنج در کوار کشف شد. رئیس اداره صمت کوار گفت: عوامل این انبار به زودی شناسایی و به مراجع قضایی معرفی می‌شوند.",
			[]key{{OfficeOther, ModalityReported, ""}, {OfficeOther, ModalityConditional, SanctionReferral}}},
		{"related links above the article are the page's chrome, not its end",
			"پلمب دو واحد آلاینده در کوار\nمطالب مرتبط:\nقیمت طلا\nاخبار نرخ ارز\nرئیس اداره حفاظت محیط زیست کوار گفت: در بازرسی هفته گذشته کارشناسان این اداره از واحدهای صنعتی شهرک صنعتی کوار، دو واحد فولادی به دلیل آلودگی هوا با دستور مقام قضایی پلمب شدند.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}}},
		{"a sanction after «پس از» and another sanction is the clause's verb, imposed",
			"رئیس اداره حفاظت محیط زیست کوار گفت: در ماه گذشته یکی از کشتارگاه‌های طیور شهرستان پس از چند مرتبه تذکر تعطیل شد.",
			[]key{{OfficeOther, ModalityReported, SanctionSealing}, {OfficeOther, ModalityReported, SanctionNotice}}},
		{"a lab that checks, named in the sentence before, is no office of the threat",
			"کارشناسان محیط زیست از واحدهای تولید آسفالت کوار بازدید کردند. مدیران واحدهای صنعتی ملزم به ارائه گزارش پایش توسط آزمایشگاه‌های معتمد هستند. در صورت تداوم آلایندگی پرونده واحد به مراجع قضایی معرفی می‌شود.",
			[]key{{OfficeOther, ModalityConditional, SanctionReferral}}},
		{"the most common violations found are summed up, not defined",
			"مدیرکل تعزیرات کوار گفت: گرانفروشی و عدم درج قیمت بیشترین تخلف واحدهای صنفی کوار محسوب می‌شود.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"violations counted among a body's priorities are no mention, hedged or not",
			"حسن کریمی رئیس اداره صمت کوار گفت: جلوگیری از کم‌فروشی و تخلفات احتمالی واحدهای صنفی از مهم‌ترین اولویت‌های این اداره در ایام نوروز است.",
			nil},
		{"a priority of dealing with offenders is still a threat",
			"حسن کریمی رئیس شبکه بهداشت کوار گفت: برخورد با مطب‌های غیرمجاز از اولویت‌های این شبکه است.",
			[]key{{OfficeHealthUnit, ModalityConditional, ""}}},
		{"a violation word in the name of a body that fights it is no mention",
			"جلسه ستاد ساماندهی ساخت و ساز غیرمجاز سامک به ریاست رضا احمدی معاون فرماندار در محل فرمانداری برگزار شد.",
			nil},
		{"a case of counted units heard by a body named for violations is a mention",
			"پرونده دو واحد صنفی در شعبه ویژه رسیدگی به تخلفات قاچاق کالای تعزیرات کوار رسیدگی شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"a sanction ranked as the last resort of a procedure is not imposed",
			"حسن کریمی گفت: در برخورد با واحدهای متخلف سامک، آموزش و تذکر شفاهی در اولویت است و پلمب و ارجاع قضایی به عنوان آخرین راه حل محسوب می‌شود.",
			nil},
		{"dealing with offenders told as a policy pursued in the present is no mention",
			"رضا احمدی گفت: برخورد با نانوایی‌های متخلف سامک به صورت مستمر در شهرستان اجرایی می‌شود.",
			nil},
		{"dealing with offenders told in the future stays a threat",
			"رضا احمدی گفت: برخورد با نانوایی‌های متخلف سامک به صورت مستمر انجام خواهد شد.",
			[]key{{OfficeBakery, ModalityConditional, ""}}},
		{"sanctions told as what happens every year describe a procedure",
			"نادری گفت: هر ساله شماری از واحدهای صنفی سامک به دلیل گرانفروشی پلمب می‌شوند.",
			nil},
		{"a yearly sanction on a condition stays a threat",
			"نادری گفت: همه ساله شاهد عرضه مواد محترقه هستیم که در صورت عرضه، مغازه فرد متخلف در سامک پلمب می‌شود.",
			[]key{{OfficeGuildShop, ModalityConditional, SanctionSealing}}},
		{"what a meeting discussed names its topics, not violations found",
			"در این جلسه رسیدگی به تخلفات نانوایی‌های سامک و نحوه توزیع آرد میان واحدها مورد بحث و بررسی قرار گرفت.",
			nil},
		{"violations told before the meeting that discussed them are a finding",
			"حسن کریمی گفت: تخلفات برخی نانوایان سامک از دلایل صف‌های طولانی است که در این جلسه مورد بحث و بررسی قرار گرفت.",
			[]key{{OfficeBakery, ModalityReported, ""}}},
		{"the main sanctions applied, summed up after them",
			"مدیرکل تعزیرات کوار گفت: تعطیلی واحدهای صنفی متخلف و سایر مجازات‌ها از مهم‌ترین اقدامات این اداره در سال گذشته بود.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"violations citizens are asked to report, in a clause before the appeal's verb, are no mention",
			"حسن کریمی گفت: از مردم تقاضا داریم هرگونه تخلف بهداشتی که در قصابی‌های سامک مشاهده می‌کنند، بلافاصله به سامانه ۱۹۰ اطلاع دهند.",
			nil},
		{"offenders citizens are asked to help find, beside an appeal to call a hotline, are no mention",
			"رضا احمدی گفت: از همشهریان درخواست داریم بازرسان را در شناسایی نانوایی‌های متخلف سامک یاری کنند و با سامانه ۱۲۴ تماس بگیرند.",
			nil},
		{"violations named beside an appeal addressed to citizens are no mention",
			"نادری از شهروندان خواست از مراجعه به آرایشگاه‌های غیرمجاز کوار خودداری کنند و هرگونه تخلف بهداشتی این واحدها را پیگیری کنند.",
			nil},
		{"a threat by the market's penal regulator that names no office is to the guild shops",
			"رضا احمدی مدیرکل تعزیرات حکومتی کوار گفت: بازرسان در صورت مشاهده تخلف با متخلفان برخورد قانونی خواهند کرد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a threat under the penal code's chapter named «تعزیرات» names no regulator",
			"رضا احمدی گفت: هرگونه تصرف در حریم این اثر تاریخی طبق قانون مجازات اسلامی، تعزیرات و مجازات‌های بازدارنده جرم است و با متخلفان برخورد خواهد شد.",
			[]key{{OfficeOther, ModalityConditional, ""}}},
		{"a threat whose «با» is typed glued to the «و» before it and to the offenders after it is a threat",
			"حسن کریمی رئیس شبکه دامپزشکی کوار گفت: تمام توان خود را به کار خواهیم بست وبامتخلفان برخورد قانونی خواهد شد.",
			[]key{{OfficeOther, ModalityConditional, ""}}},
		{"a threat to overcharging after a sentence on wholesalers is the market's, not theirs",
			"حسن کریمی رئیس اداره صمت کوار گفت: نظارت بر عمده فروشان شهر در ایام نوروز افزایش یافته است. وی افزود: با هرگونه گرانفروشی و کم فروشی به شدت برخورد خواهد شد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a football school opened without a licence is an office of type other",
			"رضا احمدی گفت: اگر مدرسه فوتبالی بدون مجوز به بازگشایی اقدام کند، این کار غیرقانونی است.",
			[]key{{OfficeOther, ModalityConditional, ""}}},
		{"a demand to deal with offenders in a list of manners with a comma is a threat",
			"حسن کریمی خواستار برخورد جدی، قانونی و بدون اغماض با هرگونه گرانفروشی در بازار کوار شد.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"a threat told before an appeal to report stays a threat",
			"نادری گفت: فروش مواد محترقه در مغازه‌های سامک جرم است و فروشندگان متخلف برابر قانون مجازات خواهند شد و از شهروندان انتظار داریم موارد را به پلیس گزارش دهند.",
			[]key{{OfficeGuildShop, ModalityConditional, ""}}},
		{"what some bakeries are said to produce with a present verb is a fact",
			"حسن کریمی گفت: برخی نانوایی‌های متخلف کوار با آرد نامرغوب نان بی‌کیفیت تولید می‌کنند.",
			[]key{{OfficeBakery, ModalityReported, ""}}},
		{"«هرگونه» after a prevention noun names what the work prevents, no condition",
			"نادری گفت: به منظور جلوگیری از هرگونه گرانفروشی، بازرسان تعزیرات کوار به پنج فروشگاه متخلف اخطار دادند.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionNotice}}},
		{"what some bakeries were seen to do, after «مشاهده شده که», is a fact",
			"رضا احمدی گفت: اخیرا مشاهده شده که برخی از نانوایان سامک نان را با وزن کم پخت می‌کنند.",
			[]key{{OfficeBakery, ModalityReported, ""}}},
		{"cases counted in the courts of a province and a court's share of them are a caseload, no referral",
			"رئیس دادگستری کوار گفت: امسال ۱۲ هزار فقره پرونده در دادسراهای استان رسیدگی شده که ۴ هزار فقره آن مربوط به دادسرای سامک بوده است.",
			nil},
		{"the only office of its kind closed, with no violation, is a service lost, no sanction",
			"حسن کریمی رئیس بهزیستی کوار با بیان اینکه تنها مرکز مشاوره شهرستان تعطیل شده، خواستار راه‌اندازی مرکزی تازه شد.",
			nil},
		{"the present verb of a relative clause on offices, closed by a comma, leaves the main verb to decide",
			"رضا احمدی از اجرای طرح برخورد با واحدهای صنفی که نرخ مصوب را رعایت نمی‌کنند، در شهرستان کوار خبر داد.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"goods not seen in shops, then a case filed for them in the clause, deny nothing",
			"رضا احمدی افزود: روغن دولتی در مغازه‌های سامک یا مشاهده نشده یا به قیمت بالا فروخته می‌شود که برای سه مغازه پرونده تشکیل شد.",
			[]key{{OfficeGuildShop, ModalityReported, SanctionReferral}}},
		{"the present verb of a relative clause on offenders that ends a clause decides nothing",
			"نادری گفت: سه آرایشگاه در کوار پلمب شدند و طرح برخورد با متخلفانی که سلامت مردم را تهدید می‌کنند",
			[]key{{OfficeGuildShop, ModalityReported, SanctionSealing}}},
		{"a distribution unit named after the agent and «در» is where the goods were found, not the agent",
			"نادری گفت: هفته گذشته دویست کیلوگرم مرغ تاریخ مصرف گذشته توسط ماموران دامپزشکی در یک واحد توزیع مرغ در سامک کشف شد.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"food found and destroyed with no word of spoiling was unfit: a find",
			"نادری گفت: در بازرسی از فروشگاه‌های سامک ۸۰ کیلوگرم مواد غذایی کشف و معدوم شد.",
			[]key{{OfficeGuildShop, ModalityReported, ""}}},
		{"an unauthorised wall torn down is an offence against the land, of type other",
			"حسن کریمی شهردار سامک گفت: با حکم کمیسیون ماده صد یک مورد دیوارکشی غیرمجاز در کوچه‌ای از شهر تخریب شد.",
			[]key{{OfficeOther, ModalityReported, ""}}},
		{"cases of land-use change counted («چند مورد تغییر کاربری») are offences against the land though no word says unauthorised",
			"حسن کریمی گفت: در بازدید از باغ‌های کوار چند مورد تغییر کاربری شناسایی و اخطار توقف عملیات صادر شد.",
			[]key{{OfficeOther, ModalityReported, SanctionNotice}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Analyze(InputFromText(c.text))
			seen := map[key]bool{}
			var got []key
			for _, v := range a.Violations {
				ss := v.Sanctions
				if len(ss) == 0 {
					ss = []string{""}
				}
				for _, s := range ss {
					k := key{v.OfficeType, v.Modality, s}
					if !seen[k] {
						seen[k] = true
						got = append(got, k)
					}
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("%q: got %v, want %v", c.text, got, c.want)
			}
			for _, w := range c.want {
				if !seen[w] {
					t.Errorf("%q: got %v, want %v", c.text, got, c.want)
				}
			}
		})
	}
}

// TestCounts checks that a violation's count is read whole from the ways
// portals write numbers.
func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"از ابتدای امسال دو هزار و ۸۲۷ واحد صنفی متخلف در استان پلمب شدند.", 2827},
		{"یک هزار و 212 پرونده تخلف به تعزیرات حکومتی ارسال شد.", 1212},
		{"طی این مدت یک هزارو ۳۰۸ تخلف در واحدهای صنفی کوار کشف شد.", 1308},
		{"در این طرح ۲۹۰۰۰ مورد تخلف صنفی کشف شد.", 29000},
		{"در سال ۱۴۰۲ سه نانوایی متخلف پلمب شدند.", 3},
		{"۱۷ واحد صنفی متخلف پلمب شدند.", 17},
		{"از ابتدای طرح بیش از ۲ هزار و ۱۰۰ واحد صنفی متخلف پلمب شد.", 2100},
		{"بیش از ۴۰۰ پرونده تخلف صنفی به تعزیرات ارسال شد.", 400},
		{"از واحدهای صنفی بازرسی انجام شده که منجر به تشکیل ۲هزار و ۷۳۵ پرونده تخلف شده است.", 2735},
		{"از آغاز طرح برای هزار و ۱۷ واحد صنفی متخلف پرونده تشکیل شد.", 1017},
		{"در بازرسی از بازار کوار ۱۴ واحد پلمب شد.", 14},
		// The counted office is the subject of the clause's sanction verb.
		{"۱۲ باشگاه ورزشی در جریان گشت مشترک شبانه در شهرستان کوار پلمب شدند.", 12},
		{"در این طرح ۴۰ واحد صنفی بازرسی شدند که سه واحد پلمب شد.", 3},
		// A sanction noun right before the number.
		{"رئیس مرکز بهداشت کوار از پلمب ۲۳ مرکز تهیه و توزیع مواد غذایی خبر داد.", 23},
		{"رئیس اتاق اصناف کوار از صدور اخطار برای ۴۲ واحد صنفی در هفته گذشته خبر داد.", 42},
		// Units with no office named, sanctioned by the clause's verb.
		{"در بازرسی‌های هفته گذشته از بازار کوار ۱۹ واحد به سبب گرانفروشی در روزهای پایانی سال پلمب شد.", 19},
		// Parts listed before one sanction verb are summed, when of one type.
		{"رئیس مرکز بهداشت گفت: سه واحد صنفی در کوار و ۱۰ واحد در سامک به دلیل بی‌توجهی به دستورالعمل‌ها پلمب شدند.", 13},
		// A sanction whose light verb follows it («… معرفی شدند»).
		{"در بازار کوار ۱۲۰ واحد به دلیل گرانفروشی به مراجع قضایی معرفی شدند.", 120},
		// A number after the slash of a dateline is a count; after a number's
		// slash it is a date's or a fraction's part.
		{"ایسنا/ ۱۸ واحد صنفی متخلف در شهرستان کوار پلمب شد.", 18},
		// A page's time and news code count nothing.
		{"ساعت 12:45 فرمانده انتظامی کوار از کشف کالای قاچاق از ۳ دستگاه خودرو خبر داد.", 3},
		{"کد : 288205 فرمانده انتظامی کوار از کشف کالای قاچاق از ۳ دستگاه خودرو خبر داد.", 3},
		// «صنف» and «باشگاه» count units as «واحد» does; «دارای تخلف» says they offended.
		{"در اجرای محدودیت‌های کرونایی در کوار ۱۸۳ صنف متخلف که مصوبات ستاد را اجرا نکرده بودند پلمب شدند.", 183},
		{"در ۱۴۶ مورد بازرسی از باشگاه‌های کوار برای ۵۳باشگاه اخطار اولیه صادر شد.", 53},
		{"در این ایام ۲ هزار مورد از واحدها بازرسی شد که ۸۱۲ واحد دارای تخلف بودند.", 812},
		// A law's article names a number, and goods counted by the item are no units.
		{"یک واحد صنفی در کوار به دلیل اجرای رای کمیسیون ماده صد پلمب شد.", 1},
		{"ماموران در بازرسی از انبارها موفق به کشف ۲۸ هزار و ۵۰۳ قلم لوازم آرایشی قاچاق در کوار شدند.", 0},
		{"۲۸ واحد نانوایی در همین مدت به علت رعایت نکردن ضوابط به تعزیرات حکومتی استان معرفی شدند.", 28},
		// Notices or sealings counted themselves.
		{"در بازدید از ۶۵۰ عطاری کوار ۶۲ اخطاریه صادر و ۲۴ عطاری هم پلمب شدند.", 62},
		// «مرکز» between a number and the office it counts.
		{"رئیس مرکز بهداشت کوار گفت: ۹۷ مرکز تولید و عرضه مواد غذایی از ابتدای سال در کوار تعطیل شده است.", 97},
		// A sanction named with no verb of its own lets the list go on.
		{"در هفته گذشته ۱۲ مورد از واحدهای صنفی پلمب و ۳۰ مورد نیز تعطیل شدند.", 42},
		// One unit pointed at, not a plural.
		{"این واحد صنفی به دلیل گرانفروشی پلمب شد.", 1},
		{"یکی از تالارهای پذیرایی کوار به دلیل برگزاری جشن پلمب شد.", 1},
		{"در بازرسی دیروز دستور پلمب نانوایی متخلف کوار صادر شد.", 1},
		// «از یک …» is the one unit a find came from, not a set inspected.
		{"فرمانده انتظامی کوار از کشف ۷۹ هزار قلم داروی قاچاق در بازرسی از یک درمانگاه غیرمجاز در سامک خبر داد.", 1},
		// A number that counts no unit does not hide the one unit.
		{"۲ روز پیش یکی از تالارهای پذیرایی کوار به دلیل برگزاری جشن پلمب شد.", 1},
		{"نانوایی مذکور به دلیل کم‌فروشی پلمب شد.", 1},
		{"در بازرسی از بازار کوار نانوایی متخلف به دلیل کم‌فروشی پلمب شد.", 1},
		{"این نانوایی‌ها به دلیل کم‌فروشی پلمب شدند.", 0},
		{"این دفاتر پیشخوان به دلیل دریافت وجه اضافه پلمب شدند.", 0},
		// A sanction noun before a number of units of no office named, or
		// before «بیش از» and the number.
		{"فرمانده انتظامی کوار از پلمب ۸۱ باب سوئیت غیرمجاز در سامک خبر داد.", 81},
		{"رئیس اتاق اصناف کوار از پلمب بیش از ۱۰۰ واحد صنفی در سامک خبر داد.", 100},
		// A relative clause between the units and their sanction verb.
		{"در بازار کوار ۲ واحد که بدون پروانه فعالیت می‌کردند به مراجع قضایی معرفی شدند.", 2},
		{"در این طرح ۱۱ واحد صنفی که پوشاک قاچاق عرضه می‌کردند، شناسایی و پلمب شدند.", 11},
		// A sum of money or a measure is no next count that ends the scan.
		{"یک واحد مرغ فروشی نیز به دلیل عرضه مرغ بدون بسته بندی بهداشتی توسط مقام قضایی به ۱۰۰ میلیون ریال جریمه شد.", 1},
		{"سه واحد مرغ فروشی به دلیل عرضه مرغ فله توسط مقام قضایی به ۴۲ میلیون و ۵۵۱ هزار ریال جریمه شدند.", 3},
		// One offender named with «یک» beside a sanction: one case.
		{"در بازرسی از یک کامیون در کوار ۲۷ هزار لیتر گازوئیل قاچاق کشف و در این رابطه یک متهم دستگیر و به مراجع قضایی معرفی شد.", 1},
		{"رئیس دامپزشکی کوار گفت: محموله ماهی فاسد در ورودی کوار ضبط و فرد متخلف به تعزیرات حکومتی معرفی شد.", 1},
		// «یک» right before an office named in the singular: one unit.
		{"در بازرسی مشترک ۲ هزار کیسه شیر خشک احتکار شده در یک انبار در کوار کشف و توقیف شد.", 1},
		// Parts of one counted sanction are summed.
		{"در این مدت ۱۴۸ مورد تذکر شفاهی و ۲۵ مورد تذکر کتبی به واحدهای صنفی کوار داده شد.", 173},
		{"در این مدت ۴۵۹ مورد اخطاریه و ۵۰۰ مورد تذکر شفاهی برای اصناف کوار صادر شد.", 959},
		// A utility right before a number: the customers cut off.
		{"گاز ۱۲ اداره دولتی پرمصرف در کوار به دلیل رعایت نکردن الگوی مصرف قطع شد.", 12},
		{"در این طرح تاکنون برق بیش از ۴۰ اداره و بانک پرمصرف در کوار قطع شده است.", 40},
		// Numbers in words: a hundred or tens joined to the smaller parts by «و».
		{"در این مدت برای یکصد و 15 واحد صنفی متخلف اخطار صادر شد.", 115},
		{"در این مدت برای سیصد و بیست و پنج واحد صنفی متخلف در کوار اخطار صادر شد.", 325},
		// An office named in the singular right after a find noun.
		{"مدیرکل تعزیرات حکومتی از کشف انبار احتکار برنج در کوار خبر داد.", 1},
		// Case files or violation forms counted, whatever follows them.
		{"در جریان بازدیدها تعداد ۱۰ پرونده برای تعدادی از واحدهای صنفی کوار به علت گرانفروشی تشکیل شد.", 10},
		{"در نتیجه این بازرسی‌ها ۱۷۲ فرم تخلف در زمینه گرانفروشی در کوار تنظیم شد.", 172},
		// «این واحد» is one unit of the type told before; «این واحد های …» is not.
		{"این واحد به دلیل گرانفروشی در کوار پلمب شد.", 1},
		{"این واحد های صنفی به دلیل گرانفروشی در کوار پلمب شدند.", 0},
		// «این تعداد» points at the units counted before, not at one.
		{"این تعداد آرایشگاه به دلیل توجه نکردن به اخطارها در کوار پلمب شدند.", 0},
		// A find of an offence counts its offenders or vehicles, not the goods.
		{"پنج حفار غیرمجاز در حین حفاری در قبرستانی تاریخی در کوار دستگیر شدند.", 5},
		{"فرمانده انتظامی از کشف ۱۰ میلیارد ریال کالای قاچاق از ۳ دستگاه خودرو در کوار خبر داد.", 3},
		// Goods counted by the piece, or by the thousand, are no offenders.
		{"فرمانده انتظامی کوار از کشف بیش از ۲۹۲ هزار و ۲۶۰ نخ سیگار قاچاق خارجی خبر داد.", 0},
		// Hoarded stock found where no office is named: one store, not
		// the 4200 pieces.
		{"در این استان ۴ هزار و ۲۰۰ عدد ماسک احتکار شده کشف و ضبط شد.", 1},
		{"۳۲ تن روغن نباتی احتکار شده در کوار کشف و ضبط شد.", 1},
		// One accused or one case named in the singular beside a sanction.
		{"شعبه تعزیرات حکومتی کوار متهم را به دلیل گرانفروشی به پرداخت جزای نقدی محکوم کرد.", 1},
		{"در این رابطه پرونده‌ای برای متخلف تشکیل و به تعزیرات حکومتی ارجاع شد.", 1},
	} {
		a := Analyze(Input{Paragraphs: []string{tc.text}})
		if len(a.Violations) == 0 {
			t.Errorf("%q: no violation", tc.text)
			continue
		}
		if got := a.Violations[0].Count; got != tc.want {
			t.Errorf("%q: count %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestCountPerOffice checks that a counted mention naming several office
// types gives each its own number, sums the parts of one type and leaves the
// parts of a whole out of it.
func TestCountPerOffice(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]int // office type → count
	}{
		{"در این طرح دو نانوایی و یک باشگاه ورزشی در کوار پلمب شدند.",
			map[string]int{OfficeBakery: 2, OfficeOther: 1}},
		{"در هفته گذشته ۴ دفتر پیشخوان، ۷ نانوایی، ۱۲ واحد صنفی و ۵ آرایشگاه پلمب شدند.",
			map[string]int{OfficeGovernmentCounter: 4, OfficeBakery: 7, OfficeGuildShop: 17}},
		{"رئیس مرکز بهداشت گفت: ۳ واحد صنفی در کوار شامل یک سالن ورزشی، یک باب نانوایی و یک فست فودی پلمب شدند.",
			map[string]int{OfficeGuildShop: 3, OfficeBakery: 1}},
		{"در بازرسی از مراکز تهیه و توزیع مواد غذایی یک کارگاه قنادی و یک نانوایی پلمب شدند.",
			map[string]int{OfficeBakery: 1}},
	} {
		got := map[string]int{}
		for _, v := range Analyze(Input{Paragraphs: []string{tc.text}}).Violations {
			got[v.OfficeType] = v.Count
		}
		wantEach(t, tc.text, "count", got, tc.want)
	}
}

// TestCountPointedBack checks that units pointed back at take the count told
// before them, and that «از این تعداد» (a part of them) never takes the
// whole's.
func TestCountPointedBack(t *testing.T) {
	for _, tc := range []struct {
		text      string
		sanction  string
		want, not int // want -1: any count but not
	}{
		{"در بازرسی از بازار کوار ۸ واحد صنفی متخلف شناسایی شد. این واحدهای صنفی به دلیل گرانفروشی پلمب شدند.", SanctionSealing, 8, 0},
		{"در بازرسی از بازار کوار ۵۰ واحد صنفی متخلف شناسایی شد. از این تعداد ۲۸ واحد به دلیل عدم درج قیمت و ۱۷ واحد به علت گرانفروشی به تعزیرات معرفی شدند.", SanctionReferral, -1, 50},
		{"در بازرسی از بازار کوار ۵۰ واحد صنفی متخلف شناسایی شد. از این تعداد شماری از واحدها به تعزیرات معرفی شدند.", SanctionReferral, 0, 0},
		// «این واحدها» later in the sentence counts the units counted before it, not those inspected.
		{"در بازدیدهای صورت گرفته در کوار تخلف ۱۲ عطاری مشخص و برای این واحد ها پرونده تخلفاتی تشکیل شد.", SanctionReferral, 12, 0},
		{"در بازرسی از ۴۰ واحد صنفی کوار تخلف ۱۲ عطاری مشخص و برای این واحدها پرونده تشکیل و به تعزیرات ارجاع شد.", SanctionReferral, 12, 0},
		// A singular office further on in the clause is not its subject.
		{"در بازرسی از بازار کوار ۲۰ واحد صنفی متخلف شناسایی شد. این تعداد واحد صنفی کالای غیراستاندارد عرضه می‌کردند که ضمن جمع آوری کالاها از واحد صنفی، فروشندگان متخلف به تعزیرات معرفی شدند.", SanctionReferral, 20, 0},
	} {
		a := Analyze(Input{Paragraphs: []string{tc.text}})
		found := false
		for _, v := range a.Violations {
			if v.Sanction != tc.sanction {
				continue
			}
			found = true
			if tc.want >= 0 && v.Count != tc.want || tc.want < 0 && v.Count == tc.not {
				t.Errorf("%q: %s count %d, want %d (not %d)", tc.text, tc.sanction, v.Count, tc.want, tc.not)
			}
		}
		if !found {
			t.Errorf("%q: no %s entry in %+v", tc.text, tc.sanction, a.Violations)
		}
	}
}

// TestCountNumberWords checks that a number in words is read whole and that
// the «و» inside it («پنجاه و هفت») neither splits its clause nor starts a
// count of its own.
func TestCountNumberWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]int // sanction → count
	}{
		{"در بازرسی هفته گذشته برای یکصد و 15 واحد صنفی متخلف اخطار و پنجاه و هفت واحد متخلف نیز پلمب شدند.",
			map[string]int{SanctionNotice: 115, SanctionSealing: 57}},
		{"از ابتدای سال دو هزار و سیصد و ۷۹ واحد صنفی متخلف در کوار پلمب شدند.",
			map[string]int{SanctionSealing: 2379}},
		{"در این طرح سه واحد پلمب و دو واحد نیز اخطار گرفتند.",
			map[string]int{SanctionSealing: 3, SanctionNotice: 2}},
		// Parts of two sanctions are not summed.
		{"در این طرح ۱۴ واحد پلمب و ۲ واحد اخطار گرفتند.",
			map[string]int{SanctionSealing: 14, SanctionNotice: 2}},
	} {
		got := map[string]int{}
		for _, v := range Analyze(Input{Paragraphs: []string{tc.text}}).Violations {
			got[v.Sanction] = v.Count
		}
		wantEach(t, tc.text, "count", got, tc.want)
	}
}

// wantEach reports each key of want whose value in got, what the analysis of
// text gave, is missing or differs.
func wantEach[V comparable](t *testing.T, text, what string, got, want map[string]V) {
	t.Helper()
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("%q: %s %s %v (found %v), want %v; all %v", text, k, what, g, ok, w, got)
		}
	}
}
