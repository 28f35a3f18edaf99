package report

// Accuracy is the extractors' measured accuracy on real portal text that the
// method page states: F1 on the check part of the real set (passages the
// rules were never tuned on) and the share of names from general news that
// are people's. cmd fills it from transform.MeasuredAccuracy, the figures
// `govwatch eval --write-accuracy` last wrote; report does not import the
// extractors.
type Accuracy struct {
	Extractor string
	// Passages is the number of check-part passages measured, of the
	// Labelled that the check part holds (0: all of them).
	Passages, Labelled                                     int
	Person, PersonRole, OfficeModality, Sanction, Modality float64
	GeneralPrecision                                       float64
	// OfficeModalityCount is OfficeModality with the count each entry
	// states agreeing too; 0 is not stated.
	OfficeModalityCount float64
	// The 95 % intervals of Person, PersonRole and OfficeModality over the
	// passages measured; a zero interval is not stated.
	PersonInterval, PersonRoleInterval, OfficeModalityInterval [2]float64
	// FreshPassages, if not zero, is the number of real passages scored
	// before any rule was tuned on them, with their F1: the figures to
	// expect on unseen text, lower than the check part's.
	FreshPassages                                     int
	FreshPerson, FreshPersonRole, FreshOfficeModality float64
	// WholePassages, if not zero, is the number of check-part passages of
	// the last measurement that covered the whole check part, by
	// WholeExtractor, with its F1: stated beside a measurement of only a
	// part, which need not score as the whole does.
	WholeExtractor                                    string
	WholePassages                                     int
	WholePerson, WholePersonRole, WholeOfficeModality float64
	// ByOffice splits OfficeModality by office type, most labelled
	// violations first; none is stated when it is empty.
	ByOffice []OfficeAccuracy
}

// OfficeAccuracy is the office type and modality F1 of one office type, over
// Gold labelled violations of that type.
type OfficeAccuracy struct {
	OfficeType string
	Gold       int
	F1         float64
}

// extra holds the labels of the incident-based sections of one language.
type extra struct {
	secSummary, secCounties, secUncovered         string
	kIncidents, kOffices, kCountiesWith           string
	kWarnings, kDenials, kSanctioned, kRate       string
	kArticlesWith, avg6                           string
	incidents, offices, warnings, denials         string
	sanctioned, rate, subtotal, articlesRead      string
	uncoveredNone, more, moreAppendix, moreCSV    string
	speaker, sources, andMore, datePub, dateEvent string
	dateRel, secFull, mentionsHead, merged        string
	dateSources, tablesNote, tablesNotStored      string
	accuracy, accuracySubset, accuracyFresh       string
	accuracyWhole                                 string
	accuracyCount                                 string
	methodIncidents                               string
	accByOffice, accOfficeItem                    string
	interval                                      string // a figure and its 95 % interval
	sumLead, sumPrev, sumAvg, sumWarn, sumRise    string
	sumTop, sumSevere, sumNotable, sumNoIncidents string
	notableLine, officeWord                       string
	attachNote                                    string
	secHistory, historyIntro, kWarningsShort      string
	historyByOffice, historyNote, historyNone     string
	historyRate, historyValue, kUnsanctioned      string
	unsanctioned, moreSources, risesPair          string
	sumFollow, secFollow, followIntro             string
	followWarned, followReported, moreFollow      string
	followNone                                    string
}

var extraFA = extra{
	secSummary:      "خلاصه",
	secCounties:     "شهرستان‌ها به ترتیب تعداد رویدادها",
	secUncovered:    "شهرستان‌های بدون خبر در این دوره",
	kIncidents:      "رویداد تخلف گزارش‌شده",
	kOffices:        "واحد درگیر",
	kCountiesWith:   "شهرستان دارای رویداد",
	kWarnings:       "هشدار یا تهدید (مشروط)",
	kDenials:        "بازرسی بدون تخلف (نفی‌شده؛ جزو رویدادها نیست)",
	kSanctioned:     "رویدادهای دارای ضمانت اجرا",
	kRate:           "نرخ ضمانت اجرا",
	kArticlesWith:   "اخبار دارای رویداد",
	avg6:            "میانگین شش دوره پیش",
	incidents:       "رویداد",
	offices:         "واحد",
	warnings:        "هشدار",
	denials:         "بدون تخلف",
	sanctioned:      "با ضمانت اجرا",
	rate:            "نرخ",
	subtotal:        "جمع استان %s",
	articlesRead:    "اخبار خوانده‌شده",
	uncoveredNone:   "همه شهرستان‌های شناخته‌شده در این دوره خبر داشته‌اند.",
	more:            "و %s مورد دیگر",
	moreAppendix:    "فهرست کامل در پیوست آمده است.",
	moreCSV:         "فهرست کامل در پرونده پیوست incidents.csv آمده است.",
	speaker:         "گوینده",
	sources:         "منبع",
	andMore:         "و %s خبر دیگر",
	datePub:         "تاریخ انتشار",
	dateEvent:       "تاریخ رویداد",
	dateRel:         "از متن خبر",
	secFull:         "فهرست کامل رویدادها",
	mentionsHead:    "اشاره‌های پشت این رویدادها (سطرهای جدول violations)",
	merged:          "رویدادهای ادغام‌شده از چند خبر",
	dateSources:     "منبع تاریخ رویدادها",
	tablesNote:      "ارقام این گزارش با جدول incidents مجموعه داده برابر است.",
	tablesNotStored: "جدول incidents به‌روز نشد (مجموعه داده فقط‌خواندنی یا در حال نوشتن بود)؛ ارقام از همان قاعده محاسبه شده‌اند.",
	accuracy:        "دقت سنجیده استخراج‌گر (%s) روی متن واقعی پایگاه‌ها، بخش آزمون (%s متن که قواعد هرگز روی آن تنظیم نشده‌اند)، F1: نام افراد %s، نام و سمت %s، نوع واحد و وجه تخلف %s، ضمانت اجرا %s، وجه %s؛ از نام‌های استخراج‌شده از خبرهای عمومی %s نام افراد است. منبع: govwatch eval.",
	accuracyCount:   " همین سنجه برای نوع واحد و وجه تخلف همراه با تعداد واحدها (آنچه «واحد درگیر» جمع می‌زند) %s است.",
	accuracySubset:  " بخش آزمون %s متن دارد و %s متن از آن، آن‌ها که متنشان روی دستگاه سنجش بازسازی شده بود، سنجیده شد.",
	accuracyWhole:   " آخرین سنجش کل بخش آزمون (%[2]s متن، با %[1]s): نام افراد %[3]s، نام و سمت %[4]s، نوع واحد و وجه تخلف %[5]s؛ بخشی از متن‌ها که زودتر بازسازی می‌شود (خبرهای دارای تخلف) لزوماً هم‌تراز کل نیست.",
	interval:        "%s (بازه ۹۵ درصدی %s تا %s)",
	accByOffice:     "نوع واحد و وجه تخلف به تفکیک نوع واحد (F1، در پرانتز شمار تخلف‌های برچسب‌خورده): %s؛ به تخلف‌های واحدهای کم‌شمارتر کمتر اعتماد کنید.",
	accOfficeItem:   "%s %s (%s)",
	accuracyFresh:   "روی %s متن واقعی تازه که پیش از هر تنظیمی سنجیده شدند، F1 کمتر بود: نام افراد %s، نام و سمت %s، نوع واحد و وجه تخلف %s؛ این ارقام را برای متن‌های نادیده انتظار داشته باشید.",
	methodIncidents: "روش: واحد شمارش «رویداد» است: یک یافته، هشدار یا نفی درباره مجموعه‌ای از واحدها در یک مکان و زمان، هر چند جمله و خبر که آن را گفته باشند. هر جمله (بند) با همه انواع تخلف و ضمانت‌های اجرایش یک رویداد است و عددی که یک بار گفته شده یک بار شمرده می‌شود. رویدادهای خبرهای مختلف یک شهرستان یکی می‌شوند اگر وجه، انواع واحد و تعداد واحدها (یا در نبود تعداد، ضمانت‌های اجرا) یکی باشد و تاریخشان حداکثر سه روز از نخستین تاریخ فاصله داشته باشد. تاریخ رویداد از متن بند (مانند «روز گذشته»)، یا تاریخ وقوع درج‌شده در پایگاه، و در نبود آن تاریخ انتشار است. «واحد درگیر» جمع تعدادهای گفته‌شده است و رویداد بی‌تعداد یک واحد شمرده می‌شود. بازرسی‌هایی که تخلفی نیافته‌اند جدا شمرده شده و در جمع رویدادها نیستند. از هر خبر فقط آخرین نسخه به حساب آمده است.",
	sumLead:         "در %s، %s رویداد تخلف با %s واحد درگیر در %s شهرستان گزارش شد.",
	sumPrev:         "دوره قبل: %s رویداد و %s واحد (تغییر رویدادها: %s).",
	sumAvg:          "میانگین شش دوره پیش: %s رویداد و %s واحد.",
	sumWarn:         "%s هشدار یا تهدید و %s بازرسی بدون تخلف نیز ثبت شد که در جمع بالا نیستند.",
	sumRise:         "بیشترین افزایش: %s.",
	sumTop:          "بیشترین رویداد: %s.",
	sumSevere:       "شدیدترین ضمانت‌های اجرا: %s.",
	sumNotable:      "رویداد شاخص: %s",
	sumNoIncidents:  "در این دوره رویداد تخلف گزارش‌شده‌ای یافت نشد.",
	notableLine:     "%s، %s: %s %s%s — %s",
	officeWord:      "واحد",
	attachNote:      "پرونده‌های پیوست (CSV): incidents.csv (همه رویدادهای دوره)، counties.csv، officials.csv، sources.csv، followups.csv.",
	secHistory:      "دوازده دوره اخیر",
	historyIntro:    "هر نمودار یک شاخص را در %s دوره از %s تا %s نشان می‌دهد؛ ستون‌های پررنگ دوره همین گزارش‌اند و زیر هر نمودار مقدار آخرین دوره و تغییرش از دوره پیش از آن آمده است؛ خط کوتاه خاکستری یعنی در آن دوره خبری در داده‌ها نیست.",
	kWarningsShort:  "هشدار یا تهدید",
	historyByOffice: "رویدادهای گزارش‌شده به تفکیک نوع دستگاه (مقیاس یکسان)",
	historyNote:     "تغییرها به عدد آمده‌اند و درصد تنها وقتی داده شده که پایه دست‌کم ده باشد.",
	historyNone:     "رویدادی نیست",
	historyRate:     "%s، تغییر %s",
	historyValue:    "%s، تغییر %s",
	kUnsanctioned:   "رویدادهای بدون ضمانت اجرا",
	unsanctioned:    "بی ضمانت اجرا",
	moreSources:     "و %s منبع دیگر؛ فهرست کامل در پرونده پیوست sources.csv آمده است.",
	risesPair:       "%s (از %s به %s)",
	sumFollow:       "پیگیری هشدارها: %s مورد از %s هشدار %s روز پیش از این دوره با رویداد گزارش‌شده‌ای در همان شهرستان و همان نوع دستگاه دنبال شد.",
	secFollow:       "پیگیری هشدارهای پیشین",
	followIntro:     "هشدارها یا تهدیدهای %s روز پیش از این دوره که در این دوره رویداد گزارش‌شده‌ای در همان شهرستان و درباره همان نوع دستگاه پس از آنها آمده است: %s از %s هشدار. هر هشدار با نخستین رویداد پس از آن جفت شده است.",
	followWarned:    "هشدار (تاریخ و ضمانت اجرای گفته‌شده)",
	followReported:  "رویداد (تاریخ و ضمانت اجرا)",
	moreFollow:      "فهرست کامل در پرونده پیوست followups.csv آمده است.",
	followNone:      "در %s روز پیش از این دوره هشدار یا تهدیدی با نام شهرستان ثبت نشده است.",
}

var extraEN = extra{
	secSummary:      "Summary",
	secCounties:     "Counties ranked by incidents",
	secUncovered:    "Counties with no articles this period",
	kIncidents:      "Reported violation incidents",
	kOffices:        "Offices involved",
	kCountiesWith:   "Counties with incidents",
	kWarnings:       "Warnings or threats (conditional)",
	kDenials:        "Inspections that found none (denied; not incidents)",
	kSanctioned:     "Incidents with a sanction",
	kRate:           "Sanction rate",
	kArticlesWith:   "Articles stating incidents",
	avg6:            "Avg. last 6",
	incidents:       "Incidents",
	offices:         "Offices",
	warnings:        "Warnings",
	denials:         "None found",
	sanctioned:      "Sanctioned",
	rate:            "Rate",
	subtotal:        "Province of %s",
	articlesRead:    "Articles read",
	uncoveredNone:   "Every known county had articles this period.",
	more:            "and %s more",
	moreAppendix:    "The full list is in the appendix.",
	moreCSV:         "The full list is in the attached file incidents.csv.",
	speaker:         "Speaker",
	sources:         "Source",
	andMore:         "and %s more articles",
	datePub:         "published",
	dateEvent:       "event",
	dateRel:         "from text",
	secFull:         "All incidents of the period",
	mentionsHead:    "Mentions behind these incidents (rows of the violations table)",
	merged:          "Incidents merged from several articles",
	dateSources:     "Where incident dates come from",
	tablesNote:      "The figures of this report equal the dataset's incidents table.",
	tablesNotStored: "The incidents table was not updated (the dataset was read-only or being written); the figures follow the same rule.",
	accuracy:        "Measured accuracy of the extractors (%s) on real portal text, check part (%s passages the rules were never tuned on), F1: person %s, person and role %s, office type and modality %s, sanction %s, modality %s; of the names extracted from general news, %s are people's. Source: govwatch eval.",
	accuracyCount:   " Office type and modality with the count of units (what offices involved sums), F1: %s.",
	accuracySubset:  " The check part holds %s passages; the %s whose texts were rebuilt on the measuring machine were scored.",
	accuracyWhole:   " The last measurement of the whole check part (%s, %s passages): person %s, person and role %s, office type and modality %s; the part rebuilt first (the passages with violations) need not score as the whole does.",
	interval:        "%s (95%% interval %s–%s)",
	accByOffice:     "Office type and modality by office type (F1, in brackets the labelled violations): %s; trust the violations of the rarer kinds less.",
	accOfficeItem:   "%s %s (%s)",
	accuracyFresh:   "On %s fresh real passages scored before any rule was tuned on them, F1 was lower: person %s, person and role %s, office type and modality %s; expect these figures on unseen text.",
	methodIncidents: "Method: the unit counted is the incident: one finding, threat or denial about a set of offices at a place and time, however many sentences and articles state it. Each clause is one incident with all its violation types and sanctions, and a number stated once counts once. Incidents of different articles of one county are merged when modality, office types and the count of offices (or, without a count, the sanctions) agree and their dates lie within three days of the first. An incident's date is a date in its clause («روز گذشته»), else the portal's occurrence date, else the publication date. Offices involved add up the stated counts, an incident without a count counting as one office. Inspections that found none are counted apart and are not in the incident totals. Only the latest version of each article counts.",
	sumLead:         "In %s, %s violation incidents involving %s offices were reported in %s counties.",
	sumPrev:         "Previous period: %s incidents and %s offices (change in incidents: %s).",
	sumAvg:          "Average of the six periods before: %s incidents and %s offices.",
	sumWarn:         "Also %s warnings or threats and %s inspections that found none, not in the totals above.",
	sumRise:         "Largest rises: %s.",
	sumTop:          "Most incidents: %s.",
	sumSevere:       "Most severe sanctions: %s.",
	sumNotable:      "Notable: %s",
	sumNoIncidents:  "No reported violation incident was found this period.",
	notableLine:     "%s, %s: %s %s%s — %s",
	officeWord:      "offices",
	attachNote:      "Attached files (CSV): incidents.csv (every incident of the period), counties.csv, officials.csv, sources.csv, followups.csv.",
	secHistory:      "The last twelve periods",
	historyIntro:    "Each chart shows one figure over %s periods, %s to %s; dark bars lie in this report's period, and under each chart are the last period's value and its change from the one before; a short grey line marks a period with no articles in the data.",
	kWarningsShort:  "Warnings or threats",
	historyByOffice: "Reported incidents by office type (same scale)",
	historyNote:     "Changes are given in numbers, and as a percentage only from a base of ten or more.",
	historyNone:     "no incidents",
	historyRate:     "%s, change %s",
	historyValue:    "%s, change %s",
	kUnsanctioned:   "Incidents without a sanction",
	unsanctioned:    "No sanction",
	moreSources:     "and %s more sources; the full list is in the attached file sources.csv.",
	risesPair:       "%s (from %s to %s)",
	sumFollow:       "Follow-up of warnings: %s of the %s warnings of the %s days before this period were followed by a reported incident in the same county and office type.",
	secFollow:       "Follow-up of earlier warnings",
	followIntro:     "Warnings or threats of the %s days before this period that a reported incident in the same county, about the same office type, followed in this period: %s of %s warnings. Each warning is paired with the first incident after it.",
	followWarned:    "Warning (date, sanction threatened)",
	followReported:  "Incident (date, sanction)",
	moreFollow:      "The full list is in the attached file followups.csv.",
	followNone:      "No warning or threat naming a county was recorded in the %s days before this period.",
}
