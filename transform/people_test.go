package transform

import "testing"

// TestPeopleRoles checks the people and roles the rules give, one group of
// cases a rule or a pattern of real text; each case names every person of
// its text with their role, in the order found («name|role;…»).
func TestPeopleRoles(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// A common word, a place's name or a surname's ending right before a title ends the surname of a full name opening the clause or after an honorific, or of a surname after an honorific.
		{"common word ending a full name before a title", "به گزارش خبرنگار ما، سردار حسن کریمی شهرستانی فرمانده انتظامی کوار گفت: دو واحد پلمب شد.", "حسن کریمی شهرستانی|فرمانده انتظامی"},
		{"two-word surname after an honorific before a title", "در این جلسه مهندس سامک فروش مدیرکل صنعت، معدن و تجارت کوار گفت: بازرسی ادامه دارد.", "سامک فروش|مدیرکل"},
		// An interview («در گفت وگو با») or the matter shown («در این خصوص») after a name sets the scene as «در این جلسه» does: the word before it ends the surname.
		{"third word before an interview", "حسن کریمی سامکار در گفت وگو با خبرنگار ما گفت: بازرسی ادامه دارد.", "حسن کریمی سامکار|"},
		{"third word before a visit", "به گزارش روابط عمومی فرمانداری کوار، حسن کریمی سامکار با حضور در محل حادثه گفت: کار ادامه دارد.", "حسن کریمی سامکار|"},
		// A stop word that also ends surnames typed apart («… بین») is the surname's last word when the text names the person again by that surname whole.
		{"stop word ending a surname named again whole", "به گزارش خبرنگار ما، حسن روشن بین در جلسه شورا گفت: کار ادامه دارد.\nروشن بین افزود: طرح ادامه دارد.", "حسن روشن بین|"},
		{"third word before the matter shown", "حسن کریمی سامکار در این خصوص گفت: بازرسی ادامه دارد.", "حسن کریمی سامکار|"},
		// After an honorific, a place's name or a word no list knows between a full name and the scene ends the surname.
		{"place's name ending a surname after an honorific before the scene", "سید رضا احمدی سامک روز دوشنبه در جمع خبرنگاران گفت: بازرسی ادامه دارد.", "رضا احمدی سامک|"},
		{"place's name after an honorific before a speech verb stays out", "سید رضا احمدی کوار گفت: بازرسی ادامه دارد.", "رضا احمدی|"},
		// After an honorific, a surname and a common word right before «با بیان», «ضمن» or «در» and the scene (a speech verb later) are a surname in two words; an adverb before a speech verb, or a noun before a time word, is not.
		{"common word ending a surname after an honorific before a speaker's lead", "به گزارش خبرنگار ما، سرهنگ کریمی جوان با بیان اینکه گشت‌ها ادامه دارد گفت: دو واحد پلمب شد.", "کریمی جوان|"},
		{"common word ending a surname after an honorific before the matter shown", "دکتر احمدی مطلق در این خصوص گفت: بازرسی ادامه دارد.", "احمدی مطلق|"},
		{"adverb after an honorific and a surname stays out", "دکتر احمدی همواره تاکید کرد: بازرسی ادامه دارد.", "احمدی|"},
		{"noun before a time word after an honorific and a surname stays out", "حجت الاسلام احمدی نماز جمعه را نماد وحدت دانست.", "احمدی|"},
		// A surname alone with a title of another body, in the sentence that named a full name of that surname with its own title, is another holder of the surname.
		{"surname alone with another body's title in the full name's sentence", "به گزارش خبرنگار ما، دکتر حسن کریمی سرپرست فرمانداری کوار با کریمی رئیس اداره راهداری کوار از ورودی شهر بازدید کرد.", "حسن کریمی|سرپرست فرمانداری;کریمی|رئیس"},
		// A martyr named in full after «شهید» is not the official a surname alone named before with a title.
		{"martyr in full apart from the official of his surname", "در این سفر کریمی فرماندار کوار با خانواده شهید حسن کریمی دیدار کرد.", "کریمی|فرماندار;حسن کریمی|"},
		// A surname that is also a common word in «ی» after a given name of two words, before a time and a speech verb later.
		{"common-word surname after a two-word given name before a time", "به گزارش خبرنگار ما، حسن رضا روستایی شامگاه یکشنبه در جلسه شورا گفت: بازرسی ادامه دارد.", "حسن رضا روستایی|"},
		// A word no lexicon knows after an agency's lead or a scene, right before a title, in a sentence whose speech verb comes later, is a surname.
		{"unknown word after a scene before a title", "در این جلسه سامک رئیس اداره صمت کوار گفت: بازرسی ادامه دارد.", "سامک|رئیس"},
		{"unknown word after an agency's lead before a title", "به گزارش خبرنگار ما از کوار، سامک مدیرکل تعزیرات استان گفت: بازرسی ادامه دارد.", "سامک|مدیرکل"},
		{"glued scene is no surname", "به گزارش خبرنگار ما، دراینمراسم معاون فرماندار کوار گفت: بازرسی ادامه دارد.", ""},
		// Surnames alone joined by «و» right before a plural title each hold its singular.
		{"lone surnames before a plural title", "در این بازدید کریمی و رستمی بخشداران مرکزی و سامک حضور داشتند.", "کریمی|بخشدار;رستمی|بخشدار"},
		{"common words before a plural title", "در این بازدید کارکنان و مدیران بخشداران مرکزی و سامک حضور داشتند.", ""},
		// A word no list knows, or a place's name, between a full name opening the clause (or after an honorific) and a comma ends the surname.
		{"third word before a comma", "معصومه رضایی کوار، از اجرای طرح کتابخوانی در روستاها خبر داد.", "معصومه رضایی کوار|"},
		{"third word before a comma after an honorific", "در این زمینه سرهنگ محمد کریمی سامکو، از اجرای طرح مقابله با قاچاق خبر داد.", "محمد کریمی سامکو|"},
		// After the first name of a list of martyrs, an item opening with no name word is the next clause.
		{"martyrs' list ends before a clause", "در منزل شهیدان کریمی و نادری، عملیات نصب پلاک آغاز شد.", "کریمی|;نادری|"},
		{"martyrs' list goes on with a surname of «ی»", "فرماندار از خانواده شهیدان کریمی و سامکی دلجویی کرد.", "کریمی|;سامکی|"},
		// «حاج» after a given name heads the surname when one word and then the scene, a speech verb or a title follow, whatever that word.
		{"pilgrim's title inside a name before the scene", "سرهنگ احمد حاج پروانه در جمع خبرنگاران کوار گفت: کار ادامه دارد.", "احمد حاج پروانه|"},
		{"pilgrim's title after a two-word given name", "حسن رضا حاجی رضا در این مراسم گفت: کار ادامه دارد.", "حسن رضا حاجی رضا|"},
		// A name after «حاجی» or «سید» in a list of places is a village's.
		{"village named with a pilgrim's title in a list", "راه روستاهای سامک، حاجی کریم و کوار بازسازی شد.", ""},
		{"village named with a sayyid's title in a list", "گازرسانی به روستاهای سامک و سید رضا انجام شد.", ""},
		{"village named with a sayyid's title in a list of areas", "پایش در مناطق سامک، کوار و سید رضا ادامه دارد.", ""},
		// A martyr's name after a school, a sports complex, a roadside tent or a ring road is the place's, no person.
		{"martyr's name of a primary school", "فرماندار کوار از دبستان شهید کریمی بازدید کرد.", ""},
		{"martyr's name of a sports complex", "مدیرکل ورزش کوار از مجموعه ورزشی شهید نادری بازدید کرد.", ""},
		{"martyr's name of a roadside tent", "موکب شهید احمدی در ورودی کوار برپا شد.", ""},
		// A word of the language or a given name opening a line right before a speech verb and its colon is a surname; a pronoun is not.
		{"common word opening a line before a speech verb", "مدیرکل تعزیرات کوار از بازار سامک بازدید کرد.\nنیکو افزود: سه واحد پلمب شد.", "نیکو|مدیرکل"},
		{"pronoun opening a line before a speech verb", "مدیرکل تعزیرات کوار از بازار سامک بازدید کرد.\nبرخی گفتند: سه واحد پلمب شد.", ""},
		// «نماینده عالی دولت در» a county, a province or a district stands for the governor's title.
		{"government's stand-in in a county", "حسن کریمی نماینده عالی دولت در شهرستان کوار گفت: طرح‌های عمرانی ادامه دارد.", "حسن کریمی|فرماندار"},
		{"government's stand-in in a province, next sentence", "رضا احمدی امروز از طرح‌های سامک بازدید کرد. نماینده عالی دولت در استان فارس افزود: کار ادامه دارد.", "رضا احمدی|استاندار"},
		{"government's stand-in with no place", "حسن کریمی به عنوان نماینده عالی دولت از مردم کوار تشکر کرد.", "حسن کریمی|"},
		// A name with its own title after «با» is the one met; the next name of the sentence still takes the unnamed title before both.
		{"titled name met between", "در دیدار امروز بخشدار مرکزی کوار با کریمی، نماینده مردم کوار در مجلس، رضا احمدی گزارشی از عملکرد بخشداری ارائه کرد.", "کریمی|نماینده;رضا احمدی|بخشدار"},
		// «رئیس شورای اداری» of a county, the chair of its council of department heads, is its governor.
		{"chair of a county's council", "رئیس شورای اداری شهرستان کوار گفت: کار ادامه دارد. حسن کریمی افزود: طرح‌ها اجرا می‌شود.", "حسن کریمی|فرماندار"},
		// «بازدید» opening a headline, typed together with the visitor's surname or apart from it, and the visit's kind.
		{"visit glued to a surname", "بازدیدسامکی معاون وزیر کشور از کوار\nدر این بازدید از طرح‌ها گزارش داده شد.", "سامکی|معاون وزیر"},
		{"visit apart from a surname", "بازدید سامکی معاون وزیر کشور از کوار\nدر این بازدید از طرح‌ها گزارش داده شد.", "سامکی|معاون وزیر"},
		{"visit's kind is no surname", "بازدید نظارتی فرماندار کوار از نانوایی‌ها\nدر این بازدید از طرح‌ها گزارش داده شد.", ""},
		{"visit and inspection glued", "بازدیدوسرکشی فرماندار کوار از روستاها\nدر این بازدید از طرح‌ها گزارش داده شد.", ""},
		// «به» of «به عنوان» is no second word of a surname, though a surname's ending typed apart and «به» make one of the lists.
		{"surname ending apart before as", "با صدور حکمی از طرف استاندار فارس حسن کریمی پور به عنوان شهردار کوار معرفی شد.", "حسن کریمی پور|شهردار"},
		// A post after «به عنوان» called new is the named official's role over the title they held, with no verb of appointment.
		{"new post over held title", "حسن کریمی معاون سیاسی فرمانداری کوار به عنوان بخشدار جدید سامک کار خود را آغاز کرد.", "حسن کریمی|بخشدار"},
		{"new post to come leaves the held title", "حسن کریمی معاون سیاسی فرمانداری کوار به عنوان بخشدار جدید سامک معرفی می‌شود.", "حسن کریمی|معاون سیاسی"},
		// The title after «به ریاست» is the chair's, which a name in the next sentence goes on from rather than the titles of those present after it.
		{"chair's title before those present", "صبح امروز جلسه شورای اداری کوار به ریاست فرماندار و با حضور مدیرکل امور سیاسی استانداری برگزار شد. به گزارش خبرنگار ما، حسن کریمی در این جلسه گفت: کار ادامه دارد.", "حسن کریمی|فرماندار"},
		// Two words after the comma of an agency's lead and before the time of the event are a name, even words of the language.
		{"lead pair before the time", "به گزارش خبرنگار ما، سامک کشاورزی صبح امروز در جمع خبرنگاران کوار گفت: کار ادامه دارد.", "سامک کشاورزی|"},
		{"lead pair before the scene", "به گزارش خبرنگار ما، سامک هدایت در جمع خبرنگاران کوار گفت: کار ادامه دارد.", "سامک هدایت|"},
		// A given name in two words takes the next word as its surname when a surname's detached part follows it.
		{"two-word given name, common word and surname part", "به گزارش خبرنگار ما، حسن رضا کی زاده در دیدار با مردم کوار گفت: کار ادامه دارد.", "حسن رضا کی زاده|"},
		// A word no list knows opening a line right before a title whose sentence has a speech verb is a surname; «به گزارش» typed as one word is not.
		{"unknown word opening a line before a title", "بازرسی‌ها ادامه دارد.\nکوارزان مدیرکل تعزیرات سامک گفت: سه واحد پلمب شد.", "کوارزان|مدیرکل"},
		{"report opener typed as one word before a title", "بازرسی‌ها ادامه دارد.\nبگزارش خبرنگار سامک گفت: سه واحد پلمب شد.", ""},
		// A word no list knows between a full name and «و» and another full name ends the first surname.
		{"third word before and", "در این دیدار حسن کریمی سامکار و رضا احمدی با مردم کوار گفت‌وگو کردند.", "حسن کریمی سامکار|;رضا احمدی|"},
		// «حق» typed apart after a given name opens a compound surname.
		{"surname head typed apart before a glued comma", "به گزارش خبرنگار ما، جواد حق سامکی،مدیرکل راهداری استان کوار از انسداد راه‌ها خبر داد.", "جواد حق سامکی|مدیرکل"},
		// A word no list knows and a surname opening a sentence, then a time and a speaker's lead, are a name.
		{"unknown given name, time, interview", "بازار رصد می‌شود. سامک کواریان روز جمعه در گفت و گو با خبرنگار ما اظهار داشت: کار ادامه دارد.", "سامک کواریان|"},
		// «میر» typed apart before a given name is the given name's first word.
		{"mir typed apart", "به گزارش خبرنگار ما؛ میر محمد کریمی گفت: تردد در روستاها دشوار است. معاون عمرانی استاندار کوار افزود: کار ادامه دارد.", "میر محمد کریمی|معاون عمرانی استاندار"},
		// A weekday typed apart after a full name is a time, no word of the name.
		{"weekday typed apart after a name", "به گزارش خبرنگار ما، حسن کریمی پنج شنبه ۱۸ اسفند با اعلام این خبر گفت: کار ادامه دارد. مدیرکل بهزیستی کوار افزود: طرح ادامه دارد.", "حسن کریمی|مدیرکل"},
		// A word that reads as a name but is not surely one does not keep a later sentence's title from the name.
		{"unsure name between a name and the next title", "حسن کریمی از تخریب ساخت و سازها خبر داد. این ساخت و سازها در اراضی منطقه سامک، حسین آبادو یحیی قیه قرار داشتند.\nدادستان کوار افزود: برخورد ادامه دارد.", "حسن کریمی|دادستان"},
		// A name with no title takes the post its clause says it held by the post's abstract noun.
		{"held post, in charge", "حسن کریمی در دو ماهی که سرپرستی استانداری کوار را بر عهده داشت کارها را پیش برد.", "حسن کریمی|سرپرست استانداری"},
		{"held post, tenure", "در این مراسم از رضا احمدی در طول مدت تصدی سمت سرپرستی این اداره قدردانی شد.", "رضا احمدی|سرپرست"},
		{"held post, body noun", "از رضا احمدی در دوران تصدی فرمانداری کوار قدردانی شد.", "رضا احمدی|فرماندار"},
		{"chairing a meeting is no post", "حسن کریمی که ریاست جلسه را بر عهده داشت گفت: کار ادامه دارد.", "حسن کریمی|"},
		// A calling of the press right after a name is the name's role; elsewhere it names nobody.
		{"calling after a name", "حسن کریمی خبرنگار رادیو سامک در این مراسم گفت: کار ما دشوار است.", "حسن کریمی|خبرنگار"},
		{"calling after a name, own outlet", "رضا احمدی گزارشگر ما از کوار گزارش داد.", "رضا احمدی|گزارشگر"},
		{"calling in the lead names nobody", "به گزارش خبرنگار ایرنا، رضا احمدی فرماندار کوار گفت: کار ادامه دارد.", "رضا احمدی|فرماندار"},
		{"talk with a reporter is no name", "گفتگوی خبرنگار سامک با مردم کوار نشان داد که کار ادامه دارد.", ""},
		{"ordinal after a calling's lead is no surname", "به گزارش خبرنگار سامک، هفدهمین استاندار کوار امروز معرفی شد.", ""},
		// A title made plural names a group and gives no person a role, typed apart from its suffix or glued to it.
		{"plural title, ZWNJ", "رضا احمدی گفت: نماینده‌های مجلس مانند حسن کریمی از طرح دفاع کردند.", "رضا احمدی|;حسن کریمی|"},
		{"plural title, space", "رضا احمدی گفت: نماینده های مجلس مانند حسن کریمی از طرح دفاع کردند.", "رضا احمدی|;حسن کریمی|"},
		{"plural title, glued", "رضا احمدی گفت: نمایندههای مجلس مانند حسن کریمی از طرح دفاع کردند.", "رضا احمدی|;حسن کریمی|"},
		// A representative's role is the title alone, unless a qualifier or a title served follows it.
		{"representative of a group", "حسن کریمی نماینده گروه جهادی سامک در جلسه گفت: کار ادامه دارد.", "حسن کریمی|نماینده"},
		{"special representative of the president", "رضا احمدی نماینده ویژه رئیس جمهور در سفر به کوار گفت: کار ادامه دارد.", "رضا احمدی|نماینده ویژه رئیس جمهور"},
		// «دکتر» typed together with a surname makes a name of it, even of a common word («جوان»).
		{"glued honorific and surname before a title", "دکترجوان مدیر شبکه بهداشت کوار گفت: بازرسی ادامه دارد.", "جوان|مدیر"},
		{"glued honorific and surname alone", "معاون وزیر کشور امروز به کوار سفر کرد. دکترنادری و استاندار فارس از روستاهای کوار بازدید کردند.", "نادری|معاون وزیر"},
		// «مجلس» right after «امور» is the affairs a deputy's portfolio deals with, no body.
		{"body word after affairs", "حسن کریمی معاون برنامه‌ریزی و امور مجلس جمعیت هلال احمر در کوار گفت: کار ادامه دارد.", "حسن کریمی|معاون برنامه‌ریزی و امور مجلس"},
		// A word after «و» that is also a surname, right before a body, ends a deputy's portfolio list.
		{"surname-like last word of a portfolio before a body", "حسن کریمی معاون توسعه ورزش حرفه‌ای و قهرمانی وزارت ورزش و جوانان در کوار گفت: کار ادامه دارد.", "حسن کریمی|معاون توسعه ورزش حرفه‌ای و قهرمانی"},
		// A university, a network or a foundation is a body a deputy's portfolio list ends before.
		{"portfolio list before a university", "حسن کریمی معاون توسعه و مدیریت منابع دانشگاه علوم پزشکی کوار گفت: کار ادامه دارد.", "حسن کریمی|معاون توسعه و مدیریت منابع"},
		// «مدیریت» right after «توسعه» is what a deputy's portfolio develops, a word of the role, no body.
		{"body word after a portfolio's verbal noun", "حسن کریمی معاون پشتیبانی و توسعه مدیریت منابع انسانی استاندار کوار گفت: کار ادامه دارد.", "حسن کریمی|معاون پشتیبانی و توسعه مدیریت منابع انسانی استاندار"},
		{"body word after a portfolio's verbal noun, the title served after it", "رضا احمدی معاون توسعه مدیریت منابع انسانی استاندار فارس از روستاها بازدید کرد.", "رضا احمدی|معاون توسعه مدیریت منابع انسانی استاندار"},
		// A full name before a semicolon and a title stands in apposition to it inside a clause too.
		{"full name inside a clause before a semicolon", "در ابتدای جلسه حسن کریمی؛ معاون فرماندار کوار گزارشی ارائه کرد.", "حسن کریمی|معاون فرماندار"},
		// An honorific and a surname alone before a semicolon and a title stand in apposition to it.
		{"honorific and surname before a semicolon", "این مراسم با حضور دکتر سامکی؛ معاون سیاسی و امنیتی استانداری کوار برگزار شد.", "سامکی|معاون سیاسی و امنیتی"},
		{"honorific and surname before a semicolon, title before", "فرماندار کوار به همراه مهندس نادری ؛ رئیس اداره راهداری کوار از جاده بازدید کرد.", "نادری|رئیس"},
		// A word no lexicon knows opening a sentence before «با اشاره به», «با بیان اینکه» or «با تاکید بر»
		// is the surname of the speaker when a speech verb follows; without one it names nobody.
		{"speech lead subject/1", "مدیرکل بهزیستی کوار از طرح‌ها بازدید کرد. سامکان با اشاره به طرح‌های نیمه‌تمام روستاها گفت: طرح ادامه دارد.", "سامکان|مدیرکل"},
		{"speech lead subject/2", "فرماندار کوار از طرح‌ها بازدید کرد. گلسام با بیان اینکه کار ادامه دارد افزود: طرح به پایان می‌رسد.", "گلسام|فرماندار"},
		{"speech lead subject after the lead", "به گزارش ایرنا، گلسام با تاکید بر اهمیت طرح اظهار کرد: کار ادامه دارد.", "گلسام|"},
		{"speech lead with no speech verb", "فرماندار کوار از طرح‌ها بازدید کرد. گلسام با اشاره به طرح از کار بازدید کرد.", ""},
		// A light verb's infinitive is never a word of a name («آرام شدن جو»: the air calming down).
		{"infinitive after a given name", "با گرم شدن هوا و آرام شدن جو، بارش‌ها در کوار پایان می‌یابد.", ""},
		// A shrine or a tomb is named after the one buried there; an adverb of time is no given name.
		{"tomb named after a person", "فرماندار کوار بر مزار شهدا و آرامگاه حسن کریمی گل نثار کرد.", ""},
		{"adverb after martyrs", "مردم کوار یاد شهیدان همیشه جاوید را گرامی داشتند.", ""},
		// After «شهیدان» a verb or a word of quantity is no martyr's name.
		{"verb after martyrs", "ما قدردان شهیدان هستیم و نمی‌گذاریم راه شهیدان پایمال شود.", ""},
		{"quantity after martyrs", "روستای سامک در سال‌های دفاع مقدس شهیدان زیادی داشته است.", ""},
		// A calling after a name («مجری، نویسنده و پژوهشگر») is no word of it.
		{"calling after a name", "در این نشست دکتر مریم سامکی مجری، نویسنده و پژوهشگر از کوار سخنرانی کرد.", "مریم سامکی|"},
		// «سیما» of «صدا و سیما», the state broadcaster, opens no name after it.
		{"broadcaster before a name", "به گزارش صدا و سیما علی سامکی امروز گفت: کار ادامه دارد.", "علی سامکی|"},
		// A title found across a word boundary and inside a word («باکری است» holds «ریاست») is not taken
		// for a title glued to a name, while a title really glued to one still is.
		// Military and clerical honorifics typed together with the given name after them.
		{"glued military honorific", "سردارحسن کریمی فرمانده انتظامی کوار گفت: گشت‌ها ادامه دارد.", "حسن کریمی|فرمانده انتظامی"},
		{"glued clerical honorific", "ماموستامصطفی رضایی امام جمعه کوار گفت: مردم همراهی کنند.", "مصطفی رضایی|امام جمعه"},
		// «در» typed together with the noun after it («درسالن», «درشهرستان») is split off, so that a
		// hall named after a martyr stays a place.
		{"glued در before a hall", "جلسه شورای اداری کوار با حضور مدیرکل و معاونین درسالن شهید کریمی این شهرستان برگزار شد. فرماندار کوار در این جلسه گفت: کار ادامه دارد.", ""},
		// A name in quotation marks right after a noun of a plan, a work or a news site is that
		// thing's name; the official's own name still takes the title.
		{"plan named like a person", "مدیرکل بهزیستی کوار با اشاره به اجرای طرح «رضا احمدی» در روستاها گفت: طرح ادامه دارد.", ""},
		{"news site named like a person", "به گزارش خبرنگار پایگاه خبری تحلیلی «حسن سامکی»؛ فرماندار کوار گفت: کار ادامه دارد.", ""},
		{"official beside a quoted plan", "حسن کریمی مدیرکل بهزیستی کوار با اشاره به اجرای طرح «رضا احمدی» گفت: طرح ادامه دارد.", "حسن کریمی|مدیرکل"},
		// Right after «و» and before a speech verb only a surname of the lists speaks alone; a word
		// merely shaped like one is the second of two nouns («انجمن اولیاء و مربیان خبر داد»). After
		// «و» and a verb, a surname's shape still names the speaker («… بازدید کرد و کریمیان گفت»).
		{"noun shaped like a surname after و", "فرماندار کوار از جشنواره انجمن اولیاء و مربیان خبر داد.", ""},
		{"surname after و and a verb", "فرماندار کوار از بازار بازدید کرد و کریمیان گفت: طرح ادامه دارد.", "کریمیان|فرماندار"},
		// A province before a name is the dateline's or the scene's, no word of the name.
		// A surname that is also a word of roles and bodies («پرورش» of «آموزش و پرورش»).
		{"common-word surname of a body", "علی پرورش فرماندار کوار ضمن تشکر از مدیران گفت: طرح ادامه دارد.", "علی پرورش|فرماندار"},
		{"province before a name/1", "به گزارش خبرگزاری صدا و سیمای گلستان کوارزاده فرماندار کوار اعلام کرد: طرح آسفالت ادامه دارد.", "کوارزاده|فرماندار"},
		{"province before a name/2", "البرز حسن کوارزاده سرپرست فرمانداری کوار گفت: طرح ادامه دارد.", "حسن کوارزاده|سرپرست فرمانداری"},
		{"glued title within one word/1", "امروز در کوار یادواره شهید مهدی باکری است.", "مهدی باکری|"},
		{"glued title within one word/2", "حسن کریمیفرماندار کوار گفت: بازدید انجام شد.", "حسن کریمی|فرماندار"},
		// A title word typed with a surname's ending, apart by a ZWNJ or glued, is a surname
		// («رئیس‌وندی»), while a title glued to the body it heads is still a title.
		{"title with surname ending/1", "به گفته حسن رئیس‌وندی، مدیر شبکه بهداشت کوار، سه واحد پلمب شد.", "حسن رئیس‌وندی|مدیر"},
		{"title with surname ending/2", "به گفته حسن رئیسوندی، مدیر شبکه بهداشت کوار، سه واحد پلمب شد.", "حسن رئیسوندی|مدیر"},
		{"title with surname ending/3", "حسن رئیس‌دانا مدیر شبکه بهداشت کوار گفت: سه واحد پلمب شد.", "حسن رئیس‌دانا|مدیر"},
		{"title with surname ending/4", "حسن کریمی مدیرجهادکشاورزی کوار گفت: بازدید انجام شد.", "حسن کریمی|مدیر"},
		// After a given name a word ending like a plural («…هایی») is a surname («ساهایی»), a word in
		// «ه» keeps the «ای» typed apart from it («سرچشمه ای»), and a plural noun before a title is
		// still no name.
		{"surname like plural/1", "علی اکبر ساهایی استاندار کوار گفت: بازدید انجام شد.", "علی اکبر ساهایی|استاندار"},
		{"surname like plural/2", "دیدارهایی استاندار کوار با مردم برگزار شد.", ""},
		{"surname like plural/3", "حسن سرچشمه ای فرماندار کوار گفت: بازدید انجام شد.", "حسن سرچشمه ای|فرماندار"},
		// A surname typed with a space less than in the full name given before («نیکالدینی» of «حسن نیک الدینی»)
		// is the same person.
		{"surname typed glued", "به گزارش خبرگزاری کوار، حسن نیک الدینی ظهر امروز در بازدید از بازار کوار گفت: کار ادامه دارد.\nاستاندار کوار با بیان اینکه بازار آرام است افزود: نظارت ادامه دارد.\nنیکالدینی گفت: مردم همکاری کنند.", "حسن نیک الدینی|استاندار"},
		// Words that stand where a name could and are none: a modal verb before «گفت», a profession after
		// «دکتر», «حسن» qualifying a noun, and the presidency's office («نهاد ریاست جمهوری») after a word
		// and a surname's ending written apart.
		{"the president named by surname", "استاندار فارس از سفر رئیس جمهور به کوار خبر داد. وی افزود: در این سفر آیت‌الله رئیسی از طرح‌های عمرانی بازدید خواهد کرد.", "رئیسی|رئیس جمهور"},
		{"the president named by a two-word surname", "محمود احمدی نژاد امروز به کوار سفر کرد. برنامه سفر رئیس جمهور به کوار دو روز است.", "محمود احمدی نژاد|رئیس جمهور"},
		{"a Baluchi compound given name typed glued", "نیکمحمد سامکی مدیر کل ارتباطات استان اظهار داشت: کار ادامه دارد.", "نیکمحمد سامکی|مدیرکل"},
		{"a given name of the south-east before a two-word surname", "عبدالمالک حسن زاده مدیر کل میراث فرهنگی استان گفت: بازدیدها ادامه دارد.", "عبدالمالک حسن زاده|مدیرکل"},
		{"an honorific glued after «حضور»", "این مراسم با حضورآیت الله حسن کریمی امام جمعه کوار برگزار شد.", "حسن کریمی|امام جمعه"},
		{"hope expressed is speech", "فرماندار کوار گفت: کار ادامه دارد. دشتی اظهار امیدواری کرد: با تلاش همه مسئولان کار زودتر تمام شود.", "دشتی|فرماندار"},
		{"a former head's title is not the new head's", "با حکم فرماندار، رئیس اسبق محیط زیست کوار برکنار شد. پس از آن حسن کریمی به عنوان رئیس اداره محیط زیست کوار منصوب شد.", "حسن کریمی|رئیس"},
		{"modal verb before a speech verb", "بخشدار کوار عنوان داشت: با اقداماتی که در این بخش صورت گرفته، می‌توان گفت تلاش‌ها قابل تحسین بوده است.", ""},
		{"profession after an honorific", "داروها باید با نسخه دکتر دامپزشک تحویل شوند.", ""},
		{"qualifying hasan", "فرماندار کوار از حسن توجه استاندار محترم جناب آقای سامکی قدردانی کرد.", "سامکی|استاندار"},
		{"the presidency's office", "معاون توسعه روستایی و مناطق محروم نهاد ریاست جمهوری از روستاهای کوار بازدید کرد.", ""},
		{"the president named before the presidency", "جلسه به ریاست پزشکیان ریاست جمهوری برگزار شد.", "پزشکیان|ریاست جمهوری"},
		// A deputy's portfolio goes on past a body's head word on either side of its «و» when the body
		// comes after («معاون توسعه و مدیریت منابع اداره کل …»), and the acting head of a deputyship of
		// the lexicon takes the deputyship whole («سرپرست معاونت توسعه مدیریت و منابع»).
		{"portfolio with a body word after and", "حسن کریمی معاون توسعه و مدیریت منابع اداره کل راهداری کوار گفت: جاده‌ها باز است.", "حسن کریمی|معاون توسعه و مدیریت منابع"},
		{"acting head of a deputyship of the lexicon", "حسن کریمی سرپرست معاونت توسعه مدیریت و منابع اداره کل محیط زیست کوار گفت: کار ادامه دارد.", "حسن کریمی|سرپرست معاونت توسعه مدیریت و منابع"},
		// Alternate members («عضو علی‌البدل»), named one by one or in a list under the plural.
		{"alternate member", "حسن کریمی عضو علی البدل شورای اسلامی شهر کوار گفت: کار ادامه دارد.", "حسن کریمی|عضو علی البدل"},
		{"alternate members listed", "حسن کریمی و علی احمدی به عنوان اعضای علی‌البدل شورای شهر کوار انتخاب شدند.", "حسن کریمی|عضو علی‌البدل;علی احمدی|عضو علی‌البدل"},
		// A given name that is also a number before a unit of measure («صفر درجه»), and a verb after «شهیدان».
		{"a number before a unit", "به گزارش خبرگزاری کوار، دمای هوای کوار امروز به صفر درجه سانتیگراد رسید.", ""},
		{"a verb after martyrs", "فرماندار کوار گفت: این شهیدان هست که راه را نشان دادند.", ""},
		// Names listed before «به ترتیب به عنوان» take the titles listed after it, in order.
		{"respective titles", "محمد سامکی، حسین کرمانی و مهدی نادری به ترتیب به عنوان رئیس، نایب رئیس و منشی هیئت انتخاب شدند.", "محمد سامکی|رئیس;حسین کرمانی|نایب رئیس;مهدی نادری|منشی"},
		// Between «دکتر» or «مهندس» and a title a common word is the surname.
		{"honorific, common word, title", "جلسه کمیسیون به ریاست دکتر کرد معاون هماهنگی امور عمرانی استانداری کوار برگزار شد.", "کرد|معاون هماهنگی امور عمرانی"},
		// A reporter's dateline between an unnamed title and the name that speaks breaks no link.
		{"reporter credit between title and speaker", "رییس اداره حفاظت محیط زیست شهرستان کوار از پایش روزانه خبر داد.\nباشگاه خبرنگاران جوان؛ فاطمه نادری - حسن کریمی گفت: پایش ها ادامه دارد.", "فاطمه نادری|;حسن کریمی|رئیس"},
		// A name after «دولت» heads the government spoken of and takes no title of the lead.
		{"a name after the government", "فرماندار شهرستان کوار امروز دوشنبه در جلسه کمیته برنامه ریزی این شهرستان\nافزود، در پی سیاستهای محرومیت زدایی دولت جناب آقای دکتر نادری و مساعدت استاندار\nمحترم جناب آقای دکتر سامکی در سال جاری ۱۲۵ میلیارد تومان به این شهرستان تخصیص یافت.\nحسن کریمی گفت : با تخصیص این مبلغ کارها پیش می رود.", "سامکی|استاندار;نادری|;حسن کریمی|فرماندار"},
		// A given name that is also a common word («عرفان», «امان») before a given name, a surname and a
		// title, after «و» or a verb, is the name's first word.
		{"leading given name after and", "جلسه برگزار شد و عرفان رضا سامکی بخشدار مرکزی کوار گزارش داد.", "عرفان رضا سامکی|بخشدار"},
		{"leading given name after a verb", "آیین تکریم برگزار شد امان محمد سامکی فرماندار سابق کوار از همکاران قدردانی کرد.", "امان محمد سامکی|فرماندار سابق"},
		// A stand-in Friday preacher named with the town's prayer and no «جمعه» («خطیب موقت نماز کوار»).
		{"stand-in preacher", "حجت الاسلام حسن کریمی خطیب موقت نماز کوار گفت: وحدت مردم حفظ شود.", "حسن کریمی|خطیب موقت"},
		// A surname in two words no lexicon knows, opening a sentence before a speech verb and its colon,
		// takes the unnamed title before it; after a given name, a surname's part that more words follow
		// opens the surname, so the surname alone later names the same person.
		{"two-word surname speaker", "فرماندار کوار از روستاهای بخش مرکزی بازدید کرد.\nسامک گیر گفت: طرح آبرسانی ادامه دارد.", "سامک گیر|فرماندار"},
		{"surname part opening a two-word surname", "بازرسی از بازار ادامه دارد.\nحسن اصل سامکی اظهار کرد: طرح ادامه دارد.\nاصل سامکی گفت: مردم همکاری کنند.", "حسن اصل سامکی|"},
		// A word no lexicon knows opening a sentence before «همچنین», with a speech verb later, is a surname.
		{"surname before also", "فرماندار کوار از بازار بازدید کرد.\nسامک همچنین بر لزوم نظارت بیشتر تاکید کرد.", "سامک|فرماندار"},
		// Rarer given names and other spellings of common ones («کیامرث», «صارم») open a full name.
		{"rarer given name in a list", "حسن رحیمی به عنوان فرماندار شهرستان کوار و کیامرث کریمی نفر به عنوان فرماندار شهرستان سامک منصوب شدند.", "حسن رحیمی|فرماندار;کیامرث کریمی نفر|فرماندار"},
		{"rarer given name in apposition", "صارم رضایی، مدیرعامل هلال احمر کوار گفت: امدادرسانی ادامه دارد.", "صارم رضایی|مدیرعامل"},
		// A surname the labelled surnames list holds («جانفشان», rebuilt from the tuning part's labels) opens a
		// sentence whose speech verb comes later.
		{"labelled surname opening a sentence", "فرماندار کوار از بازار بازدید کرد.\nجانفشان در نشست شورای اداری شهرستان گفت: نظارت ادامه دارد.", "جانفشان|فرماندار"},
		// A common word and a word no list knows between a given name opening the clause and its scene are
		// a surname in two words.
		{"common word opening a surname", "فرماندار کوار از بازار بازدید کرد.\nحسن گل سامک در گفت‌وگو با خبرنگار ما افزود: نظارت ادامه دارد.", "حسن گل سامک|فرماندار"},
		// A given name that is also a common word, even a conjunction («ولی»), heads a compound with «الله».
		{"conjunction heading a compound given name", "به گزارش خبرنگار ما، ولی الله کریمی گفت: طرح ادامه دارد.", "ولی الله کریمی|"},
		{"conjunction alone", "ولی الله را شکر که طرح ادامه دارد.", ""},
		// A compound given name with «عبد» typed apart («عبد الرضا»).
		{"compound given name with abd apart", "عبد الرضا کریمی فرماندار کوار گفت: طرح ادامه دارد.", "عبد الرضا کریمی|فرماندار"},
		{"rarer given name before a title", "رحمدل سامکی فرماندار کوار در گفت و گو با خبرنگار ما گفت: طرح ادامه دارد.", "رحمدل سامکی|فرماندار"},
		{"rarer given name before a former title", "در این جلسه از تلاشهای باباله سامکی فرماندار سابق کوار قدردانی شد.", "باباله سامکی|فرماندار سابق"},
		// A surname that is also a common word, between a given name opening the clause and a comma before the title.
		{"common-word surname before a comma and a title", "به گزارش روابط عمومی فرمانداری کوار، علی پیام، فرماندار ویژه شهرستان کوار در کارگروه گفت: طرح ادامه دارد.", "علی پیام|فرماندار ویژه"},
		{"place-named surname before a comma and a title", "اکوایران: حسن کوار، استاندار فارس در حاشیه نشست وزیران گفت: طرح ادامه دارد.", "حسن کوار|استاندار"},
		{"rarer given name that is also a noun", "یادگار سامکی فرماندار کوار در گفت و گو با خبرنگار ما گفت: طرح ادامه دارد.", "یادگار سامکی|فرماندار"},
		// A surname with its part typed apart («کریمی نسب») and later without it names one person.
		{"surname without its typed-on part", "بازرسی انجام شد.\nحسن کریمی نسب فرماندار کوار گفت: طرح ادامه دارد.\nحسن کریمی افزود: مردم همکاری کنند.", "حسن کریمی نسب|فرماندار"},
		// A compound given name written apart with «الامین» («روح الامین»).
		{"compound given name with al-amin", "به گزارش خبرگزاری کوار، سردار روح الامین کریمی گفت: ماموران دو متهم را دستگیر کردند.", "روح الامین کریمی|"},
		// A day of the week typed glued («سهشنبه») that opens a sentence before a speech verb is no surname.
		{"weekday glued", "مدیرکل ورزش کوار گفت: کار ادامه دارد.\nسهشنبه بیان داشت: کار ادامه دارد.", ""},
		// An adjective after a scene's noun («این مراسم معنوی») is no surname opening the clause.
		{"adjective after a scene's noun", "سرپرست فرمانداری کوار شامگاه یکشنبه در حاشیه این مراسم معنوی بیان داشت: باید یاد شهیدان را گرامی داشت.\nحسن کریمی افزود: این آیین هر سال برگزار می‌شود.", "حسن کریمی|سرپرست فرمانداری"},
		// A title after the «به گزارش …،» opener names the name given first even with a comma after it
		// («استاندار کوار، سامک را … خواند»); a title that opens a list does not.
		{"title after opener with a comma", "حسن کریمی، شامگاه سه شنبه در جلسه دیدار گفت: جلسه برگزار شد.\nبه گزارش ایسنا، استاندار کوار، سامک را از نگین‌های منطقه خواند.", "حسن کریمی|استاندار"},
		// A title after an agency's dateline («کوار- ایرنا- …») names the article's first name too, and
		// not a byline's name printed before the lead.
		{"title after a dateline", "حسن کریمی روز سه شنبه در گفت و گو با خبرنگاران گفت: جلسه برگزار شد.\nکوار- ایرنا- فرماندار کوار گفت: کار ادامه دارد.", "حسن کریمی|فرماندار"},
		{"dateline after a byline", "حسن کریمی روز سه شنبه در گفت و گو با خبرنگاران گفت: جلسه برگزار شد.\nتنظیم کننده: زهرا احمدی\nکوار- ایرنا- فرماندار کوار گفت: کار ادامه دارد.", "حسن کریمی|;زهرا احمدی|"},
		{"title opening a list", "حسن کریمی در این آیین گفت: جلسه برگزار شد.\nبه گزارش ایسنا، بخشدار کوار، معاون فرماندار سامک و رئیس اداره راه از سوابق اوست.", "حسن کریمی|"},
		// A deputy's one-word portfolio right before the body it serves in stays in the role.
		// A surname's second word no list knows, between a name opening the clause and a speaker's lead
		// («با بیان اینکه»), is the name's.
		{"third word before speaker's lead", "به گزارش خبرگزاری کوار، مسعود احمدی پرور با بیان اینکه بازرسی‌ها ادامه دارد گفت: سه واحد پلمب شد.", "مسعود احمدی پرور|"},
		// After an honorific and a surname, a noun that «را» marks as an object is no second word of the name.
		{"object after honorific surname", "فرماندار پیشین کوار، آقای کریمی اقداماتی را برای ساخت بیمارستان انجام داد.", "کریمی|فرماندار پیشین"},
		{"deputy portfolio before body", "حسن کریمی معاون راهداری اداره کل راهداری استان کوار گفت: کار ادامه دارد.", "حسن کریمی|معاون راهداری"},
		// «نهاد» typed apart ends a surname («کمالی نهاد»), as «بخت» and «مند» do.
		{"surname part nahad", "در گشت مشترک کمالی نهاد معاون فرماندار شهرستان کوار به همراه اصناف از بازار بازدید کرد.", "کمالی نهاد|معاون فرماندار"},
		// A name inside the name of a body («مرکز خدمات جامع سلامت سلطان امیر احمد») does not stand between a name given
		// first and the unnamed title that names it later.
		{"name inside a body's name between", "حسن کریمی در گفتگو با خبرنگار اظهار کرد: بازرسی ادامه دارد.\nوی افزود: یک کافه در محدوده مرکز خدمات جامع سلامت سلطان امیر احمد تعطیل شد.\nسرپرست مرکز بهداشت شهرستان کوار در ادامه، از کشف گوشت فاسد خبر داد.", "حسن کریمی|سرپرست"},
		// A post no longer held («مدیر سابق …») gives way to the title the person holds, however long.
		{"former post gives way", "حسن کریمی مدیرکل روابط عمومی استانداری کوار گفت: کار ادامه دارد.\nحسن کریمی مدیر سابق آموزش و پرورش ناحیه یک کوار نیز در این جلسه حضور داشت.", "حسن کریمی|مدیرکل"},
		// «شاخص» after «شهید» praises the martyr, and «تجدید میثاق» after «شهیدان» renews a pledge: neither is a name.
		{"martyr epithet shakhes", "مراسم رونمایی از تمثال شهید شاخص قشر کارگر در کوار برگزار شد.", ""},
		{"pledge renewed with the martyrs", "مردم کوار با آرمان‌های امام راحل و راه شهیدان تجدید میثاق کردند.", ""},
		// A saint a shrine is named after, with a title between («امامزاده سلطان سیدمحمد»), is no person of the news.
		{"shrine saint with a title", "گنبد امامزاده سلطان سیدمحمد روستای سامک در کوار مرمت شد.", ""},
		// A martyr of the whole country remembered in passing is no person of the news; a county's martyr is.
		{"national martyr", "امام جمعه کوار گفت: مسلمانان انتقام خون شهید سلیمانی را خواهند گرفت.", ""},
		{"county martyr", "مراسم گرامیداشت شهید حسن کریمی در کوار برگزار شد.", "حسن کریمی|"},
		// «شهید غزه» names a place's martyrs, and «نظیر» (such as) after a given name that is also a word is no surname.
		{"martyr of a place", "امام جمعه کوار گفت: خون شهید غزه پایمال نخواهد شد.", ""},
		{"such as after a word", "بازرسان بر قیمت کالاهای شب یلدا نظیر شیرینی و آجیل در کوار نظارت می‌کنند.", ""},
		// «شادروان» and «مرحوم» (the late) are honorifics, no part of the name.
		{"the late", "وی پیشتر فرماندار سامک بوده است.\nشادروان کریمی فرماندار خوشنام کوار بود.", "کریمی|فرماندار"},
		// A place named after an ayatollah («بیمارستان آیت‌الله …») names no person of the news, and the word after
		// an epithet of «شهید» («مردم شهید پرور») is no surname either.
		{"place named after an ayatollah", "ساختمان مرکز ناباروری بیمارستان آیت‌الله سامکی کوار افتتاح شد.", ""},
		{"martyr-raising people", "فرماندار شهرستان کوار و مردم شهید پرور منطقه در این آیین حضور داشتند.", ""},
		// «پروفسور» is an honorific, no name.
		{"professor honorific", "روز جمعه خانم پرفسور ماری کوار نویسنده کتاب از آثار تاریخی سامک بازدید کرد.", "ماری|"},
		// A plural noun such as «تغییرات» after a full name is no part of it.
		{"plural noun after a name", "مهندس محمد علی جاوید تغییرات را نشانه پویایی سیستم عنوان کرد.", "محمد علی جاوید|"},
		// «چی» and «لو» typed apart end a surname («وقف چی», «حاجی لو»).
		{"surname part chi", "فرماندار کوار گفت: کار ادامه دارد.\nوقف چی گفت: نظارت ادامه دارد.", "وقف چی|فرماندار"},
		// «مند» typed apart ends a surname («بهره مند»), as «بخت» does.
		{"surname part mand", "رئیس اتحادیه قنادان کوار گفت: کار ادامه دارد.\nعلی بهره مند با اشاره به اینکه بازار آرام است، افزود: نظارت ادامه دارد.", "علی بهره مند|رئیس"},
		// The Leader's representative who also leads the Friday prayer («نماینده ولی فقیه (در …) و امام جمعه …») has
		// the pulpit as role, as the labels name it.
		{"imam and representative/1", "آیت‌الله حسین رضایی نماینده ولی فقیه و امام جمعه سامک در دیدار با مردم گفت: نان خوب است.", "حسین رضایی|امام جمعه"},
		{"imam and representative/2", "نماینده ولی فقیه در استان کوار و امام جمعه سامک گفت: کار ادامه دارد.\nحجت‌الاسلام حسن کریمی افزود: مردم آمدند.", "حسن کریمی|امام جمعه"},
		// A name inside a phrase («دولت دکتر …», «رای به دکتر …») is no subject that a later unnamed title stands for.
		{"name in a phrase/1", "مردم کوار با رای بالا از دولت دکتر حسن کریمی حمایت کردند.\nفرماندار کوار گفت: کار ادامه دارد.", "حسن کریمی|"},
		{"name in a phrase/2", "به گزارش پایگاه خبری کوار به نقل از روابط عمومی اداره کل میراث فرهنگی استان فارس حسن کریمی گفت: نمایشگاه برپا شد.\nمدیرکل میراث فرهنگی استان فارس افزود: کار ادامه دارد.", "حسن کریمی|مدیرکل"},
		// A name inside a phrase right after the title's sentence («گنجینه عظیم معنوی») is not the title's holder,
		// and a figure of the past («سالروز شهادت آیت‌الله …») stands between no name and its title.
		{"name in a phrase after the title", "به گزارش خبرنگار، حسن کریمی در جلسه شورای اداری کوار گفت: کار ادامه دارد.\n\nفرماندار کوار با اشاره به اعتبارات گفت: باید تلاش کنیم.\n\nکریمی از آغاز هفته فرهنگی خبر داد و گفت: سامک گنجینه عظیم معنوی در سایه محبت علوی است.", "حسن کریمی|فرماندار"},
		{"figure of the past between", "به گزارش خبرنگار، حسن کریمی در جلسه شورای اداری کوار گفت: کار ادامه دارد.\nوی به مناسبت سالروز شهادت آیت‌الله سید رضا سامکی از نمایندگان تجلیل کرد.\nفرماندار کوار افزود: طرح‌ها اجرا شد.", "حسن کریمی|فرماندار;رضا سامکی|"},
		// Words that follow a name in real text and are never part of it: «بعداز» of «بعداز ظهر», «اقدام» of
		// «اقدام به …», the infinitive «بودن», the verb «خواست» («از صدا و سیما خواست:»), «تعارفات», and «اوی»,
		// a typing of «وی»; «هدیه» (a gift) is no given name; a county's name that is also a surname
		// («چگنی») after a given name.
		{"never a name's word/after", "به گزارش خبرنگار، حسن کریمی بعداز ظهر چهارشنبه در جلسه ستاد تنظیم بازار گفت: کار ادامه دارد.", "حسن کریمی|"},
		{"never a name's word/deed", "در این جلسه جناب آقای سید حسن نوراشرف الدین اقدام به ارائه گزارش عملکرد نمود.", "حسن نوراشرف الدین|"},
		{"never a name's word/infinitive", "استاندار کوار به دانش‌آموزان گفت: شما افتخار فرزند شهید بودن را دارید.", ""},
		{"never a name's word/verb", "استاندار کوار با بیان اینکه دکل ضعیف است، از صدا و سیما خواست: نسبت به تقویت دکل اقدام کند.", ""},
		{"never a name's word/niceties", "شاید وقت آن رسیده دکتر ارسلان تعارفات را کنار بگذارد و تکلیف اداره ورزش کوار را روشن کند.", "ارسلان|"},
		{"gift is no given name", "برق رسانی به شش روستای شهرستان و کلنگ زنی سد کوار هدیه وزیر نیرو به شهرستان کوار بود.", ""},
		{"never a name's word/typed pronoun", "حسن کریمی مدیر جهاد کشاورزی کوار گفت: گندم برداشت شد.\nاوی گفت: پارسال باران کم بود.", "حسن کریمی|مدیر"},
		{"county name as surname", "علی چگنی سخنگوی شورای اسلامی شهر کوار هم گفت: شهرداری کار می‌کند.", "علی چگنی|سخنگو"},
		// «شهیدان دوران دفاع مقدس» are the martyrs of an era, and «طرح هادی روستایی» is a plan: no one is named.
		{"martyrs of an era", "امام جمعه کوار گفت: ما باید راه شهیدان دوران دفاع مقدس را ادامه دهیم.", ""},
		{"the rural guide plan", "قوچه ناسو فرماندار شهرستان کوار از اختصاص ۲۳ میلیارد تومان برای اجرای طرح‌های آب رسانی روستایی و ۱۴ میلیارد تومان برای اجرای طرح‌های هادی روستایی خبر داد.", ""},
		// The saint a body is named after («بیمارستان امام علی (ع)») is not its head.
		{"saint in a body's name", "جلسه با حضور فرماندار کوار، رئیس شبکه بهداشت، رئیس بیمارستان امام علی (ع) کوار و تعدادی از دیگر مسئولان برگزار شد.", ""},
		// After a portfolio's verbal noun and «و», the word before a title is the portfolio's next word (and after a head's title the portfolio names the organisation).
		{"portfolio's next word", "محمد حسنی، مدیر نظارت و اعتباربخشی معاونت درمان دانشگاه علوم پزشکی کوار گفت: شش مطب پلمب شد.", "محمد حسنی|مدیر"},
		// «محله» ends a village's name («حسن محله»), never a surname.
		{"village named with a neighbourhood", "آیت الله سامکی ضمن بازدید میدانی با مردم گفت و گو کرد و آنان مشکلات خود را با نماینده ولی فقیه در استان در میان گذاشتند.\nطی گزارشات میدانی ارتباط چندین روستای کوار از جمله سید سرا، حسن محله، پیرسرا و تکله کش با مرکز شهرستان قطع شده است.", "سامکی|"},
		// An agency's reporter before an underscore typed for the dash is the reporter, not the speaker after it.
		{"reporter before an underscore", "به گزارش خبرنگار باشگاه خبرنگاران جوان ؛ سمیه کریمی _ سید حسن سامکی در جلسه کارگروه آرد و نان شهرستان کوار گفت : نانوایی‌ها بازرسی شدند.\nفرماندار کوار افزود: کار ادامه دارد.", "سمیه کریمی|;حسن سامکی|فرماندار"},
		// «بخت» typed apart is the end of a surname («آزاد بخت»).
		{"detached surname part bakht", "همزمان با هفته دولت طرح دامداری آقای حسن آزاد بخت با سرمایه گذاری ۱۵۰۰ میلیون ریال در شهرستان کوار افتتاح شد.", "حسن آزاد بخت|"},
		// The one whose body («پیکر») was found is spoken of: the governor's title is not his.
		{"body of one who died", "طرح دامداری در شهرستان کوار با حضور فرماندار ،امام جمعه و مدیر جهاد کشاورزی افتتاح گردید.\n\nبه گزارش روابط عمومی جمعیت هلال احمر استان، پیکر علی احمدی جوان ۳۰ ساله که در رودخانه غرق شده بود توسط امدادگران از آب بیرون کشیده شد.", "علی احمدی|"},
		// A number before a title counts seats («پنج عضو»); «تخصیص» is no name's word; «شهید بسیجی» names no one.
		{"number of seats", "وی گفت: هیات اجرایی ستاد انتخابات دارای هشت عضو اصلی ،پنج عضو علی البدل و سه عضو ثابت رئیس ثبت احوال شهرستان کوار و فرماندار است.", ""},
		{"never a name's word/allocation", "بخشدار مرکزی کوار در جلسه شورا گفت: آب شرب روستاها تامین شد.\nصالح تخصیص آب شرب از سرشاخه‌ها به بخش را یکی دیگر از نیازها دانست.", ""},
		{"the Basij martyr", "مدیرکل آموزش و پرورش کوار ضمن گرامیداشت یاد ۲۲۰ دانش آموز شهید بسیجی استان اظهار کرد: برنامه‌ها اجرا می‌شود.", ""},
		// After «با حضور», a word no lexicon knows right before a title is the surname of the one present;
		// an adjective («مستقیم») or a group («خبرنگاران») is not.
		{"present by surname/1", "جلسه انتخاب اعضای هیئت اجرایی کوار با حضور سامکو رئیس ستاد انتخابات شهرستان برگزار شد.", "سامکو|رئیس"},
		{"present by surname/2", "جلسه با حضور مستقیم رئیس سازمان صمت کوار برگزار شد.", ""},
		// A martyr named after a later unnamed title is spoken of, not its holder: the title still stands for
		// the name given first.
		// A name after «و» in a list that began with a martyr is one more commemorated, not the next sentence's official.
		{"martyr list item before the next sentence's title/1", "در گفت‌وگو با خانواده‌های شهدای والامقام مجید و رضا نظام الله حاجی کواری و مهدی رضایی، به مقام این شهدا ادای احترام کرد.\nفرماندار کوار افزود: راه شهدا ادامه دارد.", "مجید|;رضا نظام الله|;کواری|;مهدی رضایی|"},
		{"martyr after the next sentence's title/1", "به گزارش خبرنگار، حسن کریمی در دیدار با مردم کوار گفت: هفته دولت فرصتی است.\nفرماندار کوار در ادامه افزود: شهید سامکی راه را باز کرد.", "حسن کریمی|فرماندار;سامکی|"},
		{"martyr after the next sentence's title/2", "به گزارش خبرنگار، حسن کریمی در دیدار با مردم کوار گفت: کار ادامه دارد.\nشهیدان سامکی و کواری راه را باز کردند.\nفرماندار کوار افزود: پروژه‌ها افتتاح می‌شود.", "حسن کریمی|فرماندار;سامکی|;کواری|"},
		// A word no lexicon knows opening a paragraph or an agency's lead, set off by a comma before a title,
		// is a surname; a place's name there is a dateline.
		{"opening surname before a title/1", "بازدید از نانوایی‌ها ادامه دارد.\nسامک، فرماندار کوار گفت: سه واحد پلمب شد.", "سامک|فرماندار"},
		{"opening surname before a title/2", "به گزارش خبرنگار ما، سامک، فرماندار کوار گفت: سه واحد پلمب شد.", "سامک|فرماندار"},
		{"opening surname before a title/3", "بازدید از نانوایی‌ها ادامه دارد.\nشیراز، فرماندار کوار گفت: سه واحد پلمب شد.", ""},
		{"opening surname before a title/4", "بازدید از نانوایی‌ها ادامه دارد.\nدر جلسه سامک، فرماندار کوار گفت: سه واحد پلمب شد.", ""},
		// A word shaped like a verb after a given name and before a time word or a speech verb is the surname.
		{"verb-shaped surname/1", "مدیرکل دامپزشکی کوار از پلمب یک کشتارگاه خبر داد.\nدکتر حسن بهداد روز دوشنبه اعلام کرد: دام‌ها کشتار می‌شد.", "حسن بهداد|مدیرکل"},
		{"verb-shaped surname/2", "حسن کریمی فرماندار کوار گفت: مردم بدانند که کار ادامه دارد.", "حسن کریمی|فرماندار"},
		{"common word surname before speech after an honorific", "رئیس دانشگاه علوم پزشکی کوار از افتتاح مرکز خبر داد.\nدکتر حسن روستا افزود: کار ادامه دارد.", "حسن روستا|رئیس"},
		{"rare given name and two listed surnames", "بازدید ادامه دارد.\nربیع فلاح کریمی در این جشن گفت: کار ادامه دارد.", "ربیع فلاح کریمی|"},
		// Right after an agency's lead, a given name and a word before the time of the event are its subject.
		{"agency lead subject before a time/1", "به گزارش خبرنگار مهر، محمدرضا سامک ظهر سه‌شنبه وارد کوار شد.", "محمدرضا سامک|"},
		{"agency lead subject before a time/2", "به گزارش خبرنگار مهر، کار سامک ظهر سه‌شنبه آغاز شد.", ""},
		// A spokesman's title cut to its head drops the ezafe «ی»; kept whole with its body, it keeps it.
		{"spokesman's ezafe/1", "حسن کریمی سخنگوی ستاد اربعین کوار گفت: موکب‌ها آماده است.", "حسن کریمی|سخنگو"},
		{"spokesman's ezafe/2", "حسن کریمی سخنگوی دولت گفت: کار ادامه دارد.", "حسن کریمی|سخنگوی دولت"},
		// «ایام الله» (the days of God) is a phrase, no compound given name.
		{"days of God", "فرماندار کوار به مناسبت ایام الله دهه فجر از طرح‌ها بازدید کرد.\nایام الله دهه فجر فرصت خدمت است.", ""},
		// A blessing written out («سلام الله علیها») ends a holy figure's name and begins none.
		{"blessing written out", "سخنگوی ستاد کوار از برگزاری مراسم خبر داد.\nمردم در سوگ شهادت فاطمه زهرا سلام الله علیها اشک ریختند.", ""},
		// The official met («دیدار با امام جمعه») is not the one who came to meet him; «وارد» ends a
		// headline's title; an honorific before a surname is no given name of a fuller form.
		{"official met/1", "به منظور دیدار با امام جمعه کوار و بازدید از موکب‌ها، خانم سامانی امروز وارد این استان شد.", "سامانی|"},
		{"official met/2", "سخنگوی دولت وارد کوار شد\nبه منظور دیدار با امام جمعه کوار و بازدید از موکب‌ها، خانم سامانی امروز وارد این استان شد.", "سامانی|سخنگوی دولت"},
		// «مدیرکل» followed by anything but a qualifier is the role, a portfolio too; a head's portfolio stays.
		{"director general's portfolio/1", "حسن کریمی مدیر کل نظارت و بازرسی استان یزد گفت: کار ادامه دارد.", "حسن کریمی|مدیرکل"},
		{"director general's portfolio/2", "حسن کریمی مسئول نظارت بر توزیع آرد کوار گفت: کار ادامه دارد.", "حسن کریمی|مسئول نظارت بر توزیع آرد"},
		// A name after a common word («به گزارش خبرنگار …») that speaks still takes the next sentence's title.
		{"speaking name after a word", "به گزارش خبرنگار حسن کریمی بعدازظهر سه شنبه در گفتگو با خبرنگاران اظهار کرد: بافت تاریخی مهم است.\nمدیرکل میراث فرهنگی کوار افزود: کار ادامه دارد.", "حسن کریمی|مدیرکل"},
		// «اسلام» is far more often the word than the given name («اسلام ناب محمدی»).
		{"Islam is no given name", "امام جمعه کوار در خطبه‌ها گفت: مردم بصیرت دارند.\nخطیب نماز جمعه کوار شهید سامکی را نماد بصیرت دانست و گفت: شهید سامکی با درک صحیح از معیارهای انسانیت و اسلام ناب محمدی توانست ملت‌ها را بسیج کند.", "سامکی|"},
		// An executive title typed together with its place («بخشدارکوار») is the title and the place.
		{"title glued to its place", "به گزارش خبرنگار، حسن کریمی از روستاها بازدید کرد.\nبخشدارهیر گفت: راه‌ها باز است.", "حسن کریمی|بخشدار"},
		// A letter's addressee in its first line has the title that opens the next.
		{"letter's addressee", "جناب آقای کریمی\nفرماندار محترم شهرستان کوار\nبا سلام و احترام؛ مردم خواستار پیگیری هستند.", "کریمی|فرماندار"},
		// A given name that is also a common word and a surname of the lists, set off by commas before a title.
		{"common-word given name in apposition", "در ادامه این آیین، صادق جعفری، مدیرکل بهزیستی خراسان شمالی، گفت: واحدها آماده است.", "صادق جعفری|مدیرکل"},
		// A name after «آیت الله» names the article's unnamed Friday-prayer leader however far before; one
		// revered as «حضرت» does not.
		{"ayatollah names the unnamed imam", "خبر روز\nامام جمعه شهرستان کوار:\n\nآمریکا منزوی شده است\n\nمردم در نماز جمعه حاضر شدند.\n\nبه گزارش خبرنگار، آیت الله حسن کریمی در خطبه اول نماز جمعه گفت: مردم بصیرت دارند.", "حسن کریمی|امام جمعه"},
		{"a revered ayatollah is no unnamed imam", "خبر روز\nامام جمعه شهرستان کوار:\n\nآمریکا منزوی شده است\n\nمردم در نماز جمعه حاضر شدند.\n\nدر حکم آمده است: جنابعالی از طرف حضرت آیت الله حسن کریمی منصوب شدید.", "حسن کریمی|"},
		{"common-word given name and a detached surname part in apposition", "جلسه برگزار شد.\n\nحجت سامک زاده، معاون اجرایی معاونت بهداشتی دانشگاه در این جلسه گفت: کار ادامه دارد.", "حجت سامک زاده|معاون اجرایی"},
		// A surname opening a headline before a colon and a quotation is the speaker; the body's first
		// unnamed title that speaks gives the role. A date or an outlet there is none.
		{"headline speaker/1", "رحیمیان: سرانه فضای ورزشی کوار آخر است\n\nرئیس اداره ورزش و جوانان شهرستان کوار از واگذاری سالن‌ها خبر داد.", "رحیمیان|رئیس"},
		{"headline speaker/2", "امروز: سرانه فضای ورزشی کوار آخر است\n\nرئیس اداره ورزش و جوانان شهرستان کوار از واگذاری سالن‌ها خبر داد.", ""},
		{"headline speaker/3", "ایرنا: سرانه فضای ورزشی کوار آخر است\n\nرئیس اداره ورزش و جوانان شهرستان کوار از واگذاری سالن‌ها خبر داد.", ""},
		// «بی» or «بد» before «سرپرست» make a word of it (children without a guardian), no one's title; and
		// «شایان بذکر است» (it is worth saying) names no one.
		{"without a guardian", "مدیرکل بهزیستی گفت: از کودکان بی سرپرست و بد سرپرست حمایت می‌کنیم.\n\nدر پایان هدایایی اهدا شد.\n\nشایان بذکر است که در کوار چهار مرکز فعال است.", ""},
		// «جو» after a surname is its detached part («حسینی جو»).
		{"detached surname part jo", "به گزارش خبرنگار، حسینی جو فرماندار ویژه کوار جلسه شورای اداری را برگزار کرد.", "حسینی جو|فرماندار ویژه"},
		// A title that named no place takes its fuller form that names one, later in the article.
		{"fuller title with a place", "حسن کریمی فرماندار گفت: بازدید انجام شد. فرماندار ویژه کوار افزود: کار ادامه دارد.", "حسن کریمی|فرماندار ویژه"},
		// A deputy of a head with no portfolio between keeps the head in the role, as «معاون فرماندار» does.
		{"deputy of a head/1", "حسن کریمی معاون مدیرکل آموزش و پرورش استان فارس گفت: کار ادامه دارد.", "حسن کریمی|معاون مدیرکل"},
		{"deputy of a head/2", "حسن کریمی معاون دادستان کوار گفت: کار ادامه دارد.", "حسن کریمی|معاون دادستان"},
		// A given name that is the noun of an idiom after «در» begins no name.
		{"idiom after in", "فرماندار گفت: کوار در سایه همدلی کریمی مردم آباد شد.", ""},
		// A common word or a place's name between a given name opening the clause and a speech verb is the
		// surname.
		{"common word surname before speech/1", "بازرسی از بازار ادامه دارد.\nحسن روستا اظهار کرد: دو واحد پلمب شد.", "حسن روستا|"},
		{"common word surname before speech/2", "بازرسی از بازار ادامه دارد.\nحسن کوار افزود: دو واحد پلمب شد.", "حسن کوار|"},
		// A news site's name in «…نیوز» and «علیه» (against) are no names.
		{"news site and against/1", "آوا نیوز\nآوا نیوز\nبه گزارش خبرگزاری آوا نیوز، حسن کریمی گفت: بازدید انجام شد.", "حسن کریمی|"},
		{"news site and against/2", "اقدامات قانونی لازم علیه مدیرعامل شرکت انجام خواهد شد.", ""},
		// «میر» typed together with a given name is a given name.
		{"mir before a given name", "به گزارش خبرگزاری، میرحسن سامک اظهار کرد: بازدید انجام شد.", "میرحسن سامک|"},
		// A word shaped like a surname («…ی») opening a sentence before a scene is its subject too.
		{"subject surname shape before a scene", "به گزارش خبرگزاری کوار، سامکی در مراسم روز زن از برگزیدگان تقدیر کرد.", "سامکی|"},
		// «پور» before a given name is a surname's shape.
		{"pour before a given name", "جلسه شورای اداری کوار برگزار شد.\nپورحسن در این جلسه گفت: کار ادامه دارد.", "پورحسن|"},
		// A surname of the lists opening a sentence before «همچنین» or a scene («در دومین سفر») is its subject.
		{"subject surname before a scene/1", "سفر استاندار به کوار\nکریمی در دومین سفر شهرستانی خود از روستاها بازدید کرد.", "کریمی|استاندار"},
		{"subject surname before a scene/2", "جلسه شورای اداری برگزار شد.\nکریمی همچنین از پروژه‌های عمرانی روستاها بازدید کرد.", "کریمی|"},
		// «و» typed together with a surname of the lists in a list of names is split from it, but not
		// from the second word of a place's name, nor from a word of its own («وکیلی»).
		{"and glued to a surname/1", "جلسه با حضور حسن احمدی وکریمی فرماندار کوار برگزار شد.", "کریمی|فرماندار;حسن احمدی|"},
		{"and glued to a surname/2", "به گزارش مرکزچهارمحال وبختیاری، حسن سامکی فرماندار کوار گفت: بازدید انجام شد.", "حسن سامکی|فرماندار"},
		{"and glued to a surname/3", "حسن احمدی و وکیلی فرماندار کوار از بازار بازدید کردند.", "وکیلی|فرماندار;حسن احمدی|"},
		// A compound surname's last part written apart («… گر», «… مهر») ends the name, while a news site
		// named like a person («حکیم مهر») is none.
		{"detached surname part/1", "حسن سامک گر رئیس اداره محیط زیست کوار گفت: دو واحد پلمب شد.", "حسن سامک گر|رئیس"},
		{"detached surname part/2", "به گزارش حکیم مهر، بازدید از واحدهای صنفی کوار انجام شد.", ""},
		// An office word that is also a surname («کارخانه», «عطاری») is one after a given name.
		{"office word as surname/1", "برنامه بازدید علی کارخانه فرماندار کوار از روستاها انجام شد.", "علی کارخانه|فرماندار"},
		{"office word as surname/2", "حسن عطاری شهردار کوار گفت: کار ادامه دارد.", "حسن عطاری|شهردار"},
		// The one met after «با» does not take the title of the one who met him; a name after «با» with its
		// own title keeps it.
		{"met after with/1", "استاندار کوار در سفر به سامک با جانباز سرافراز «حسن کریمی» دیدار کرد.", "حسن کریمی|"},
		{"met after with/2", "استاندار کوار با حسن کریمی فرماندار سامک دیدار کرد.", "حسن کریمی|فرماندار"},
		// A reporter's name between an outlet's slash and a colon is a byline, not the unnamed official's.
		{"outlet slash byline", "استاندار کوار:\nبازرسی‌ها ادامه دارد\nاستاندار کوار با تاکید بر ادامه بازرسی‌ها گفت: کار ادامه دارد.\nپایگاه خبری صدای کوار/ مریم کریمی: علی احمدی استاندار کوار گفت: بازرسی‌ها ادامه دارد.", "علی احمدی|استاندار;مریم کریمی|"},
		// «پرور» is a surname after a given name, but an epithet after «شهید»; «جابجایی» heading a
		// headline and an outlet's first word in a dateline («آوای …؛») are no names.
		{"epithet or surname/1", "حسن پرور مدیرکل بهزیستی استان از مناطق زلزله زده کوار بازدید کرد.", "حسن پرور|مدیرکل"},
		{"epithet or surname/2", "فرماندار کوار گفت: مردم شهید پرور این شهر همیشه پای کار بوده‌اند.", ""},
		{"headline noun and dateline outlet/1", "جابجایی شهردار کوار\nشورای شهر کوار با استعفای شهردار موافقت کرد.", ""},
		{"headline noun and dateline outlet/2", "شهردار کوار گفت: طرح‌ها ادامه دارد.\nآوای جنوب؛ حسن کریمی ظهر امروز در همایش شهرداران افزود: کار ادامه دارد.", "حسن کریمی|شهردار"},
		{"office word as surname/3", "فرماندار کوار گفت: نانوای متخلف و مالک کارخانه تولید خوراک دام دستگیر شدند.", ""},
		// A time phrase at the start of a sentence («پیش از ظهر جمعه») and a scene such as «در پاسخ به» frame a
		// name of three words as they frame one of two.
		{"time and scene around a long name", "به گزارش خبرنگار مهر، پیش از ظهر جمعه حسن کریمی سامکانی در پاسخ به مطالبات مردم گفت: سفر انجام می‌شود.", "حسن کریمی سامکانی|"},
		{"met after with/3", "امام جمعه کوار ضمن خیرمقدم به جناب آقای کریمی خواستار توجه به آب کشاورزی شد. کریمی گفت: پیگیری می‌شود.", "کریمی|"},
		// A place's name after its noun («درمانگاه خیری …»), an adjective of an order before a title («دستور
		// کتبی دادستان»), a phrase of a given name and a surname that names a culture («فرهنگ علوی») and an
		// event after «این» whose noun is also a given name («این آیین») are no people.
		{"no people/1", "استاندار کوار از طرح‌های شهرستان بازدید کرد. وی بر پیگیری پروژه‌های نیمه‌تمام از جمله درمانگاه خیری شلمزار تاکید کرد.", ""},
		{"no people/2", "این دو مرکز با دستور کتبی دادستان کوار تعطیل شد.", ""},
		{"no people/3", "معاون اصلاح و تربیت زندان‌های کوار از برگزاری جشن خبر داد. این جشن‌ها در راستای اشاعه فرهنگ علوی با نگاه تحکیم خانواده صورت می‌گیرد.", ""},
		{"no people/4", "در پایان این آیین شفیعی فرماندار کوار از دبیران تقدیر کرد.", "شفیعی|فرماندار"},
		// Of two unnamed titles joined by «و» a name after them takes the first when it is a post («فرماندار و
		// رئیس شورای تأمین»); a companion listed after «به همراه» is not the subject the next name stands for.
		{"first of a title pair", "فرماندار و رئیس شورای تأمین شهرستان کوار گفت: تجمع برگزار شد. به گزارش خبرنگار ما، حسن کریمی اظهار داشت: کار ادامه دارد.", "حسن کریمی|فرماندار"},
		{"companions in a list", "فرماندار کوار به همراه امام جمعه، رئیس تبلیغات اسلامی و رئیس محیط زیست این شهرستان از مصلی بازدید کرد.\nبه گزارش روابط عمومی فرمانداری کوار، حسن کریمی ظهر امروز از مصلی بازدید کرد.", "حسن کریمی|فرماندار"},
		// Where roles end as the annotators of the real set draw them: a Friday-prayer leader's title
		// takes no words after it but a qualifier («امام جمعه موقت»), a qualifier stays in the role
		// («فرماندار مستعفی»), and the speaker of the Majlis is the head of a body.
		{"role extent/1", "حجت الاسلام حسن کریمی امام جمعه گلستانک در خطبه‌ها گفت: مردم همکاری کنند.", "حسن کریمی|امام جمعه"},
		{"role extent/2", "حجت الاسلام حسن کریمی امام جمعه موقت کوار در خطبه‌ها گفت: مردم همکاری کنند.", "حسن کریمی|امام جمعه موقت"},
		{"role extent/3", "حسن کریمی رئیس مجلس شورای اسلامی در سفر به کوار گفت: طرح‌ها افتتاح شد.", "حسن کریمی|رئیس"},
		{"role extent/4", "حسن کریمی فرماندار مستعفی کوار گفت: کار ادامه دارد.", "حسن کریمی|فرماندار مستعفی"},
		// A name that speaks after a sentence with two unnamed titles takes the subject's title, not that
		// of a title a noun governs («خبر برکناری فرماندار»), while a post someone is appointed to («به
		// سمت فرماندار») is still theirs.
		{"subject title over noun complement/1", "خبر فرمانداری سامک\nاستاندار کوار خبر برکناری فرماندار شهرستان سامک را تکذیب کرد. حسن کریمی در گفت‌وگو با خبرنگار افزود: این خبر درست نیست.", "حسن کریمی|استاندار"},
		{"subject title over noun complement/2", "طرح‌های سامک\nاستاندار کوار از پیشرفت طرح‌ها با پیگیری فرماندار سامک خبر داد. حسن کریمی افزود: کارها ادامه دارد.", "حسن کریمی|استاندار"},
		{"subject title over noun complement/3", "سفر معاون وزیر به کوار\nرئیس جهاد کشاورزی کوار از سفر قائم مقام و معاون وزیر جهاد کشاورزی به این شهرستان خبر داد. حسن کریمی با اعلام این خبر افزود: بازدیدها فردا است.", "حسن کریمی|رئیس"},
		{"subject title over noun complement/4", "فرماندار جدید سامک\nدر حکم وزیر کشور آمده است: بنا به پیشنهاد استاندار کوار به سمت فرماندار شهرستان سامک منصوب می‌شوید. حسن کریمی گفت: خدمت می‌کنم.", "حسن کریمی|فرماندار"},
		// The post a named official was appointed to, told as done, is their role, while a seat held
		// beside the post or an appointment to come leaves the title they hold.
		{"appointed post over held title/1", "حسن کریمی معاون سیاسی فرمانداری کوار به عنوان بخشدار مرکزی کوار معرفی شد.", "حسن کریمی|بخشدار"},
		{"appointed post over held title/2", "حسن کریمی معاون فرماندار به عنوان سرپرست فرمانداری کوار و علی احمدی نیز به عنوان بخشدار سامک منصوب شد.", "حسن کریمی|سرپرست فرمانداری;علی احمدی|بخشدار"},
		{"appointed post over held title/3", "حسن کریمی شهردار کوار به عنوان عضو هیئت مدیره سازمان همیاری شهرداری‌ها انتخاب شد.", "حسن کریمی|شهردار"},
		{"appointed post over held title/4", "علی احمدی فرماندار سابق کوار نیز به عنوان مدیرعامل سازمان همیاری شهرداری‌ها معرفی می‌شود.", "علی احمدی|فرماندار سابق"},
		// A given name the lists hold as rare or as a common word, opening its clause before a surname the
		// article gives a person, completes that person's name.
		{"fuller name with rare given/1", "نشست خبری پست\n\nبه گزارش خبرنگار، هدایت سامکی در نشست خبری روز جهانی پست گفت: خدمات پست گسترش یافت.\n\nسامکی مدیرکل پست استان فارس افزود: کار ادامه دارد.", "هدایت سامکی|مدیرکل"},
		{"fuller name with rare given/2", "نشست خبری پست\n\nبه گزارش خبرنگار، انتقام سامکی در نشست خبری روز جهانی پست گفت: خدمات پست گسترش یافت.\n\nسامکی مدیرکل پست استان فارس افزود: کار ادامه دارد.", "انتقام سامکی|مدیرکل"},
		// «شیخ» after a clerical honorific is part of the honorific, not of the name, and so is «پاسدار»
		// after a rank.
		{"sheikh after clerical honorific/1", "آیین معارفه امام جمعه\n\nآیت‌الله شیخ حسن کریمی، نماینده ولی فقیه در استان فارس در این مراسم گفت: خدمت به مردم اولویت است.", "حسن کریمی|نماینده ولی فقیه"},
		{"sheikh after clerical honorific/2", "آیین معارفه امام جمعه\n\nحجت الاسلام شیخ حسن کریمی امام جمعه کوار در این مراسم گفت: خدمت به مردم اولویت است.", "حسن کریمی|امام جمعه"},
		// A cleric's name in quotation marks after his honorific names the unnamed Friday-prayer
		// leader who spoke before, as it does without them.
		{"quoted cleric names unnamed title/1", "آیین معارفه\n\nبه گزارش خبرگزاری، حسن کریمی در آیین معارفه گفت: کار ادامه دارد.\nامام جمعه کوار نیز در این آیین گفت: دولت روی کار آمده است.\nحجت الاسلام «علی سامکی» افزود: باید کار کنیم.", "حسن کریمی|;علی سامکی|امام جمعه"},
		// Under a headline that introduces an official, who speaks «در این آیین» is not the one introduced;
		// a title later in the body names him.
		{"speaker at introduction ceremony/1", "امام جمعه سامک معرفی شد\n\nبه گزارش خبرگزاری، حسن کریمی در این آیین با تقدیر از زحمات امام جمعه سابق اظهار کرد: نماز جمعه نماد وحدت است.\nفرماندار کوار افزود: مردم همراهی کنند.", "حسن کریمی|فرماندار"},
		// The acting police commander keeps the body, as the acting governor does.
		{"acting police commander/1", "پلمب واحدهای صنفی\n\nبه گزارش خبرنگار، سرهنگ حسن کریمی، سرپرست فرماندهی انتظامی کوار گفت: ۲۰ واحد صنفی پلمب شد.", "حسن کریمی|سرپرست فرماندهی انتظامی"},
		// A deputy minister with a portfolio and the ministry's name has the portfolio as role.
		// A deputy's portfolio of two words that also opens a body's name, right before the body he serves in.
		{"portfolio before body/two words", "نامه وزارت\n\nعلی احمدی معاون میراث فرهنگی وزارت میراث فرهنگی، گردشگری و صنایع دستی به استاندار نامه نوشت.", "علی احمدی|معاون میراث فرهنگی"},
		// A lone given name right after a title, before a comma that opens a list closed by «و», names the body.
		{"given name opening a body's list", "رئیس سازمان سیما، منظر و فضای شهری شهرداری کوار افزود: طرح اجرا شد.\nبه گزارش خبرنگار، حسن کریمی گفت: کار ادامه دارد.", "حسن کریمی|رئیس"},
		{"deputy minister with portfolio/1", "سفر معاون وزیر\n\nحسن کریمی معاون سیاسی وزیر کشور در سفر به کوار گفت: انتخابات برگزار می‌شود.", "حسن کریمی|معاون سیاسی"},
		{"deputy minister with portfolio/2", "سفر معاون وزیر\n\nحسن کریمی معاون وزیر نفت در سفر به کوار گفت: طرح افتتاح شد.", "حسن کریمی|معاون وزیر"},
		// «کارشناس مسئول» keeps the field after it, and heads a unit named with «واحد» as «مسئول» does.
		{"responsible expert/1", "بازرسی\n\nحسن کریمی کارشناس مسئول بهداشت محیط شبکه بهداشت کوار گفت: بازرسی ادامه دارد.", "حسن کریمی|کارشناس مسئول بهداشت محیط"},
		{"responsible expert/2", "بازرسی\n\nحسن کریمی کارشناس مسئول واحد بهداشت محیط شبکه بهداشت کوار گفت: بازرسی ادامه دارد.", "حسن کریمی|کارشناس مسئول"},
		// A given name opening the clause and words no lexicon knows before a title are one name.
		{"long surname/1", "جلسه مسکن\n\nجلسه با حضور حسن تقی سامک سفلی فرماندار کوار برگزار شد.", "حسن تقی سامک سفلی|فرماندار"},
		// A list of surnames each with the body it came from: an item no lexicon knows counts after one it does.
		{"list from bodies/1", "جلسه\n\nجلسه با حضور مدیران، کریمی از شهرداری، سامکوند از کمیته امداد برگزار شد.", "کریمی|;سامکوند|"},
		{"commander in chief/1", "سفر\n\nسردار حسن کریمی فرمانده کل سپاه پاسداران در سفر به کوار گفت: کار ادامه دارد.", "حسن کریمی|فرمانده کل"},
		// A count after «شهید» names no martyr, nor does a health centre named after one, a word typed apart
		// in its name.
		{"martyr count and named centre/1", "کاشت نهال\n\nدر این برنامه سراسری به یاد هر شهید هزار نهال کاشته شد.", ""},
		{"martyr count and named centre/2", "افتتاح طرح‌ها\n\nافتتاح مرکز بهداشتی در مانی شهید حسن کریمی در شهرک سامک با حضور فرماندار انجام شد.", ""},
		// The last word of a province's name before a speech verb is no surname speaking.
		{"province tail is no speaker/1", "کوچ عشایر\n\nشهرکرد- مدیرکل امور عشایر چهارمحال و بختیاری از آغاز کوچ عشایر در چهارمحال و بختیاری خبر داد.\n\nحسن کریمی گفت: کوچ آغاز شد.", "حسن کریمی|مدیرکل"},
		// Villages named like people, in a list of places, are no people.
		{"villages named like people/1", "گازرسانی\n\nگازرسانی به روستاهای کنار نرو، محمد طاهری و شورکی انجام شد.", ""},
		// A surname of the lists with the body it came from, in a list of those present, is a person.
		{"surname from a body in a list/1", "جلسه شورا\n\nاین جلسه با حضور نمایندگان دستگاه‌ها، کریمی از شهرداری، احمدی از شورای اسلامی و جمعی از مدیران برگزار شد.", "کریمی|;احمدی|"},
		// A martyr typed glued to his honorific («شهیدحاج») and the late («مرحوم») take no unnamed title
		// of their sentence; the temporary Friday preacher is a cleric's title.
		{"glued martyr and the late/1", "هفته دولت\n\nدر این مراسم استاندار کوار با آرمان‌های شهیدحاج حسن کریمی تجدید پیمان کرد.\nعلی احمدی گفت: کار ادامه دارد.", "حسن کریمی|;علی احمدی|استاندار"},
		{"glued martyr and the late/2", "هفته دولت\n\nدر این مراسم فرماندار کوار از مرحوم حاج حسن کریمی تجلیل کرد.\nعلی احمدی گفت: کار ادامه دارد.", "حسن کریمی|;علی احمدی|فرماندار"},
		{"temporary Friday preacher/1", "خطیب موقت جمعه کوار گفت: گرانی کنترل نشده است.\n\nبه گزارش خبرگزاری، آیت الله کریمی در توییتی نوشت: گرانی کنترل نشده است.", "کریمی|خطیب موقت جمعه"},
		// A qualifier of time inside a title stays where the text puts it; «جدید» does not.
		{"qualifier inside title/1", "خبر\n\nحسن کریمی سرپرست پیشین بخشداری کوار و علی احمدی سرپرست جدید فرمانداری کوار در این مراسم حضور داشتند.", "حسن کریمی|سرپرست پیشین بخشداری;علی احمدی|سرپرست فرمانداری"},
		// A given name that is also a month's («بهمن») opens a three-word name before a title.
		{"month given name three words/1", "خبر\n\nبه گزارش خبرگزاری، بهمن کریمی سوادجانی مدیرکل میراث فرهنگی استان امروز گفت: کار ادامه دارد.", "بهمن کریمی سوادجانی|مدیرکل"},
		{"sheikh after clerical honorific/3", "عملیات سپاه\n\nسرگرد پاسدار حسن کریمی روز شنبه اظهار کرد: عملیات ادامه دارد.", "حسن کریمی|"},
		// Of several byline roles listed the first is the role, and a given name's initial stays in
		// the name.
		{"byline roles and initial/1", "بازرسی نانوایی‌ها\n\nبازرسی از نانوایی‌های شهر ادامه دارد.\nنویسنده ،خبرنگار و سردبیر: م. کریمی", "م. کریمی|نویسنده"},
		{"byline roles and initial/2", "بازرسی نانوایی‌ها\n\nبازرسی از نانوایی‌های شهر ادامه دارد.\nخبرنگار و عکاس: مریم کریمی", "مریم کریمی|خبرنگار"},
		{"byline roles and initial/3", "بازرسی نانوایی‌ها\n\nبازرسی از نانوایی‌های شهر ادامه دارد.\nخبرنگار افتخاری: مریم کریمی", "مریم کریمی|خبرنگار افتخاری"},
		// A weekday typed together with its part of the day («شنبه‌شب») ends a name as the two words apart
		// do, and «عطالله», a common spelling of «عطاءالله», is a given name.
		{"day and time glued not name/1", "نشست شورا\n\nبه گزارش خبرنگار، حسن کریمی شنبه‌شب در نشست شورای پیشگیری گفت: طرح اجرا شد.", "حسن کریمی|"},
		{"day and time glued not name/2", "نشست شورا\n\nبه گزارش خبرنگار، حسن کریمی دوشنبه‌صبح در نشست شورای پیشگیری گفت: طرح اجرا شد.", "حسن کریمی|"},
		{"day and time glued not name/4", "نشست خبری\n\nبه گزارش خبرنگار، حسن کریمی بعدازظهر امروز در جمع خبرنگاران گفت: کار ادامه دارد.", "حسن کریمی|"},
		{"day and time glued not name/3", "نشست شورا\n\nعطالله ساهایی صبور نماینده مردم کوار در مجلس شورای اسلامی در گفت و گو با خبرنگار گفت: طرح اجرا شد.", "عطالله ساهایی صبور|نماینده"},
		// The name between an agency's name with its semicolon and a dash is the reporter's, with no role,
		// and the title after the dash goes to the name after it.
		{"agency reporter/1", "پلمب سه واحد صنفی\n\nباشگاه خبرنگاران جوان؛ سید حسن کریمی - مدیرکل تعزیرات حکومتی فارس از پلمب سه واحد صنفی خبر داد.", "حسن کریمی|"},
		{"agency reporter/2", "پلمب سه واحد صنفی\n\nباشگاه خبرنگاران جوان؛ حسن کریمی ساهایی - علی احمدی مدیرکل تعزیرات حکومتی فارس از پلمب سه واحد صنفی خبر داد.", "حسن کریمی ساهایی|;علی احمدی|مدیرکل"},
		// Names joined by «و» before a comma and a plural title hold its singular.
		{"list before comma and plural title/1", "بازدید وزیر\n\nوزیر با همراهی حسن کریمی، استاندار فارس، علی احمدی و رضا ساهایی، نمایندگان مردم کوار در مجلس شورای اسلامی از طرح بازدید کرد.", "حسن کریمی|استاندار;علی احمدی|نماینده;رضا ساهایی|نماینده"},
		// A surname of the lists that is also a body's one-word name («کلانتری», a police station) is a
		// surname after a common given name, and still a body elsewhere.
		{"surname that names a body/1", "نشست شورا\n\nبه گزارش خبرنگار، حسین کلانتری صبح امروز در جلسه شورای اداری گفت: مردم سنگ تمام گذاشتند.", "حسین کلانتری|"},
		{"surname that names a body/2", "دستگیری سارق\n\nماموران کلانتری ۱۲ کوار سارق را دستگیر کردند.", ""},
		// A surname shaped like a verb («باخرد») after a given name is the surname right before a speech
		// verb.
		{"verb shaped surname before speech/1", "کشف سوخت\n\nبازرسی‌ها ادامه دارد. علی باخرد افزود: مرکز نگهداری سوخت کشف شد.", "علی باخرد|"},
		// An adjective in «ی» before an organisation keeps its «ی», while a noun's ezafe is dropped.
		{"ezafe adjective kept/1", "مراسم\n\nدر این مراسم حسن کریمی معاون ارتباطات حوزوی دفتر مقام معظم رهبری نیز حضور داشت.", "حسن کریمی|معاون ارتباطات حوزوی"},
		{"ezafe adjective kept/2", "بازرسی\n\nحسن کریمی معاون غذا و داروی دانشگاه علوم پزشکی یزد گفت: بازرسی انجام شد.", "حسن کریمی|معاون غذا و دارو"},
		// The word after a portfolio's preposition is what the portfolio is about, even when a city bears
		// its name («آرد», flour, and the city «ارد»).
		{"portfolio object not place/1", "نظارت بر نانوایی‌ها\n\nحسن کریمی مسئول نظارت بر توزیع آرد و پخت نان اداره جهاد کشاورزی کوار گفت: بازرسی انجام شد.", "حسن کریمی|مسئول نظارت بر توزیع آرد و پخت نان"},
		// The one thanked («از خدمات X قدردانی») takes no unnamed title of the sentences around, while the
		// one bid farewell («تودیع X») keeps the post the article speaks of.
		{"thanked name takes no title/1", "معارفه معاون استاندار\n\nنماینده مردم کوار در مجلس شورای اسلامی گفت: همدان به زیرساخت نیاز دارد.\nاز خدمات حسن کریمی قدردانی و علی احمدی به عنوان سرپرست معاونت سیاسی استانداری معرفی شد.", "علی احمدی|سرپرست معاونت سیاسی;حسن کریمی|"},
		// The noun of thanks governs the name across an opening quote mark or the years served.
		{"thanked name apart takes no title/1", "معارفه سرپرست شعبه\n\nمراسم معارفه سرپرست شعبه هلال احمر کوار برگزار شد.\nدر این آیین از خدمات «حسن کریمی» تقدیر و «علی احمدی» به عنوان سرپرست جدید شعبه معرفی شد.", "علی احمدی|سرپرست;حسن کریمی|"},
		{"thanked name apart takes no title/2", "تودیع رئیس اداره راهداری\n\nفرماندار کوار در مراسم تودیع رئیس اداره راهداری سخن گفت.\nدر پایان از تلاش‌های پنج ساله رضا احمدی تقدیر و حسن کریمی به عنوان رئیس جدید اداره معرفی شد.", "حسن کریمی|رئیس;رضا احمدی|"},
		// A name in quotation marks after a noun of thanks is a person's, with no title, even with a given name
		// the lists lack.
		{"thanked name apart takes no title/3", "سفر وزیر\n\nوزیر کشور امروز به کوار سفر می‌کند.\nقرار است در این جلسه «حسن کریمی» به عنوان استاندار کوار معرفی و از خدمات «ربیع کریمی» تجلیل به عمل آید.", "حسن کریمی|استاندار;ربیع کریمی|"},
		// A bare name opening a list of names, or of candidates with their votes, takes no unnamed title of
		// an earlier sentence.
		{"name list takes no title/1", "گزینه‌های شهرداری\n\nشورای شهر کوار امروز شهردار جدید را انتخاب می‌کند.\nحسن کریمی، رضا احمدی و علی نادری سه گزینه این سمت هستند.", "حسن کریمی|;رضا احمدی|;علی نادری|"},
		{"name list takes no title/2", "انتخاب شهردار\n\nاعضای شورا امروز شهردار کوار را انتخاب کردند.\nاز گزینه‌های دیگر حسن کریمی سه رای، رضا احمدی دو رای و علی نادری یک رای را کسب کردند.", "حسن کریمی|;رضا احمدی|;علی نادری|"},
		// A title marked as the object by «را» is the official acted on: the name that speaks next goes on from
		// the subject before it.
		{"object title not the speaker/1", "برکناری در کوار\n\nفرماندار شهرستان کوار شبانه در اقدامی ناگهانی با هماهنگی مدیرکل آب منطقه ای، رئیس اداره منابع آب کوار را برکنار کرد.\n\nحسن کریمی در گفت و گو با خبرنگار گفت: این تصمیم به دلیل کم کاری بود.", "حسن کریمی|فرماندار"},
		// A publisher's byline, one word or two, names a person with the byline's words as role.
		{"publisher byline/1", "نانوایی پلمب شد\n\nحسن کریمی فرماندار کوار گفت: یک نانوایی پلمب شد.\n7105/6012 خبرنگار: رضا احمدی ** انتشار دهنده: علی نادری", "حسن کریمی|فرماندار;رضا احمدی|خبرنگار;علی نادری|انتشار دهنده"},
		{"thanked name takes no title/2", "تودیع امام جمعه کوار\n\nمراسم تودیع حجت الاسلام حسن کریمی پس از ۱۶ سال برگزار شد.", "حسن کریمی|امام جمعه"},
		// The votes between the one elected and «به عنوان» do not move the post to the next name.
		{"elected with votes/1", "انتخابات شورا\n\nدر این انتخابات حسن کریمی با ۸ رای به عنوان رئیس و علی احمدی با ۷ رأی به عنوان منشی شورا انتخاب شدند.", "حسن کریمی|رئیس;علی احمدی|منشی"},
		// «تبار» typed apart ends a compound surname, after a common word too.
		{"tabar surname ending/1", "همایش\n\nجناب آقای کوشش تبار مدیر کل دفتر امور اقتصادی استانداری فارس گفت: طرح اجرا شد.", "کوشش تبار|مدیرکل"},
		// A common word shaped like a surname («دارای») is no second word of a surname.
		{"common word after surname/1", "اورژانس کوار\n\nعبدالحمید ساهایی فرماندار کوار گفت: اورژانس راه می‌افتد. عبدالحمید ساهایی دارای مدرک دکترای مدیریت است.", "عبدالحمید ساهایی|فرماندار"},
		// A saint's name with the blessing in guillemets («حضرت فاطمه معصومه «س»») is no person of the news.
		{"saint blessed in guillemets/1", "سفر رئیس جمهور\n\nرئیس جمهور ضمن تشرف به حرم مطهر حضرت فاطمه معصومه «س»، با مردم دیدار کرد.", ""},
		// «خود» (one's own) after a title ends the role.
		{"own after title/1", "بحران کوار\n\nاستاندار فارس حسن کریمی معاون عمرانی خود را به عنوان نماینده تام الاختیار در کوار منصوب کرد.", "حسن کریمی|معاون عمرانی"},
		// An ordinal after a title stays in it («منشی اول», «نایب رئیس اول»).
		{"ordinal after title/1", "شورای استان\n\nدر این انتخابات حسن کریمی به‌عنوان منشی اول و علی احمدی منشی دوم انتخاب شدند.", "حسن کریمی|منشی اول;علی احمدی|منشی دوم"},
		// «حضرت» before «آیت‌الله» is an honorific of a living cleric, not a saint's title.
		{"hazrat before ayatollah/1", "به گزارش ایرنا، امام جمعه کوار حضرت آیت‌الله سید حسن کریمی در مراسم گفت: مردم آمدند.", "حسن کریمی|امام جمعه"},
		// An underscore typed for a dash parts a name from its title.
		{"underscore for dash/1", "به گزارش ایرنا، علی احمدی_ فرماندار کوار، عصر امروز گفت: مردم آمدند.", "علی احمدی|فرماندار"},
		// A plural title after names joined by «و» holds for each, with honorifics before the last name and
		// a surname alone after an honorific.
		{"plural title after honorifics/1", "در این آیین با حضور دکتر حسن کریمی و خانم دکتر مریم سامکی نمایندگان مجلس شورای اسلامی طرح افتتاح شد.", "حسن کریمی|نماینده;مریم سامکی|نماینده"},
		// A list appointed with «را به ترتیب به عنوان» or elected «با اکثریت آرا به عنوان اعضای …» gives each
		// name the singular title; «دادیار» is a title.
		{"appointed list with ra/1", "استاندار فارس در حکمی حسن کریمی، علی احمدی و مجتبی سامکی را به ترتیب به عنوان شهرداران شهرهای کوار و سامک منصوب کرد.", "حسن کریمی|شهردار;علی احمدی|شهردار;مجتبی سامکی|شهردار"},
		{"elected members list/1", "رئیس هیئت افزود: حسن کریمی، علی احمدی و مریم زارعی با اکثریت آرا به عنوان اعضای هیئت اجرایی انتخاب شدند.", "حسن کریمی|عضو;علی احمدی|عضو;مریم زارعی|عضو"},
		{"assistant prosecutor title/1", "با حضور حسن کریمی دادیار شعبه سوم دادسرای عمومی و انقلاب کوار کارگاه پلمب شد.", "حسن کریمی|دادیار"},
		// «سالروز» after an honorific is no name, a pool is a place named after a martyr, and quoted
		// words after «به گزارش» are the news source.
		{"anniversary after honorific/1", "فرماندار کوار ضمن تبریک روز مهندس سالروز تشکیل کمیته امداد گفت: کار ادامه دارد.", ""},
		{"pool named after martyr/1", "تجلیل از خیران مدرسه‌ساز و بازدید از استخر شهید فهمیده از دیگر برنامه‌های سفر وزیر بود.", ""},
		{"news source in quotes/1", "به گزارش «نسیم آنلاین»، فرماندار کوار از نانوایی‌ها بازدید کرد.", ""},
		// A place in quotation marks after «منطقه», a headline glued to the title that opens the lead, is no name.
		{"quoted place before title/1", "برخورد با تورهای غیرمجاز در منطقه «دره سامک»مدیرکل میراث فرهنگی فارس از برخورد با تورهای غیرمجاز خبر داد.", ""},
		// After an honorific, a given name and a word that is also a common word right before a title are the name.
		{"common-word surname after honorific/1", "در این بازدید مهندس علی پیام فرماندار شهرستان کوار گفت: کار ادامه دارد.", "علی پیام|فرماندار"},
		// Adjectives and formulas after «و» before a title are no surnames («معاونین سیاسی و پارلمانی وزیر»).
		{"adjective after and before title/1", "نمایندگان کوار با وزیر کشور و معاونین سیاسی و پارلمانی وزیر دیدار کردند.", ""},
		{"adjective after and before title/2", "جلسه با حضور ویدئوکنفرانسی رئیس جمهور برگزار شد.", ""},
		// A compound given name or a surname with a second part is the same name whether its parts are
		// joined by a ZWNJ or typed apart («فتح‌اله»/«فتح اله», «قاسمی‌رو»/«قاسمی رو»).
		{"compound given name alone/1", "فرماندار کوار از روستاها بازدید کرد.\n\nفتح‌اله", ""},
		{"compound given name alone/2", "فرماندار کوار از روستاها بازدید کرد.\n\nفتح اله", ""},
		{"surname second part/1", "حسن قاسمی‌رو فرماندار کوار گفت: کار ادامه دارد.", "حسن قاسمی‌رو|فرماندار"},
		{"surname second part/2", "حسن قاسمی رو فرماندار کوار گفت: کار ادامه دارد.", "حسن قاسمی رو|فرماندار"},
		// «شد» joined to a surname by a ZWNJ or glued to it, a slip of typing, leaves the name whole.
		{"verb joined to a surname", "حسن کریمی فرماندار کوار جایگزین محمد احمدی\u200cشد.", "حسن کریمی|فرماندار;محمد احمدی|"},
		{"verb glued to a surname", "حسن کریمی فرماندار کوار جایگزین محمد احمدیشد.", "حسن کریمی|فرماندار;محمد احمدی|"},
		// A surname of the lists whose second part is a unit or an ordinal alone («زره‌تن», «سروش‌اول») is
		// the same name typed apart; a given name and a word after it that make an idiom («سایه افکن») are
		// no name however they are typed; and a listed surname typed with its «ای» glued is the same too.
		{"listed surname typed apart/1", "حسن زره‌تن فرماندار کوار گفت: کار ادامه دارد.", "حسن زره‌تن|فرماندار"},
		{"listed surname typed apart/2", "حسن زره تن فرماندار کوار گفت: کار ادامه دارد.", "حسن زره تن|فرماندار"},
		{"listed surname typed apart/3", "حسن سروش اول مدیرکل ثبت اسناد کوار گفت: کار ادامه دارد.", "حسن سروش اول|مدیرکل"},
		{"listed surname typed apart/4", "مراسم با وقار برگزار شد و حسن کریمی گفت: کار ادامه دارد.", "حسن کریمی|"},
		{"idiom typed apart", "امید است بحران دیگر بر این اداره سایه افکن نشود.", ""},
		{"surname with its ezafe glued", "حضرت آیت الله خامنهای صبح امروز با مردم کوار دیدار کرد.", "خامنهای|"},
		// A deputy's portfolio list keeps a body's one-word head («مجلس»), not a two-word body typed as one
		// word with a ZWNJ («میراث‌فرهنگی»), which names the body as it does typed apart.
		{"two-word body joined by a ZWNJ", "در این آیین حسن کریمی معاون گردشگری وزات میراث\u200cفرهنگی، گردشگری و صنایع\u200cدستی گفت: کار ادامه دارد.", "حسن کریمی|معاون گردشگری وزات"},
		{"plural title after honorifics/2", "در این آیین با حضور دکتر کریمی و خانم دکتر سامکی نمایندگان مجلس شورای اسلامی طرح افتتاح شد.", "کریمی|نماینده;سامکی|نماینده"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := peopleRoles(tt.text); got != tt.want {
				t.Errorf("%q: people %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSameName checks which name keys name one person, a space more or less
// included.
func TestSameName(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"کریمی"}, []string{"حسن", "کریمی"}, true},
		{[]string{"نیکالدینی"}, []string{"حسن", "نیک", "الدینی"}, true},
		{[]string{"نیک", "الدینی"}, []string{"حسن", "نیکالدینی"}, true},
		{[]string{"حسنکریمی"}, []string{"حسن", "کریمی"}, true},
		{[]string{"نیکالدین"}, []string{"حسن", "نیک", "الدینی"}, false},
		{[]string{"کریمیان"}, []string{"حسن", "کریمی"}, false},
		{[]string{"رضایی"}, []string{"حسن", "کریمی"}, false},
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestMajlisMember checks that a representative of a constituency sits in
// the Majlis, whether the text names the Majlis, the people or only the
// constituency, and that the Majlis named after the next representative of
// a list is not taken for this one's.
func TestMajlisMember(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // name → organisation
	}{
		{"حسن کریمی نماینده کوار و سامک گفت: طرح ادامه دارد.",
			map[string]string{"حسن کریمی": "مجلس شورای اسلامی"}},
		{"در این نشست حسن کریمی نماینده شهرستان گفت: طرح ادامه دارد.",
			map[string]string{"حسن کریمی": "مجلس شورای اسلامی"}},
		{"در این نشست کریمی نماینده کوار و احمدی نماینده مردم سامک در مجلس شورای اسلامی سخن گفتند.",
			map[string]string{"کریمی": "مجلس شورای اسلامی", "احمدی": "مجلس شورای اسلامی"}},
		{"جلسه شورای اداری کوار برگزار شد، حسن کریمی و رضا احمدی نمایندگان مردم کوار و سامک نیز حضور داشتند.",
			map[string]string{"حسن کریمی": "مجلس شورای اسلامی", "رضا احمدی": "مجلس شورای اسلامی"}},
	} {
		got := map[string]string{}
		for _, p := range Analyze(InputFromText(tc.text)).People {
			got[p.Name] = p.Organization
		}
		wantEach(t, tc.text, "organisation", got, tc.want)
	}
}

// TestProsecutorOffice checks the body of each form of a prosecutor's title,
// as the labels write it: the short title heads the county's «دادستانی», the
// full one its «دادسرای عمومی و انقلاب», and so does the prosecutor of a
// province's centre.
func TestProsecutorOffice(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // name → organisation
	}{
		{"حسن کریمی دادستان کوار گفت: پرونده تشکیل شد.",
			map[string]string{"حسن کریمی": "دادستانی شهرستان کوار"}},
		{"حسن کریمی دادستان عمومی و انقلاب کوار گفت: پرونده تشکیل شد.",
			map[string]string{"حسن کریمی": "دادسرای عمومی و انقلاب شهرستان کوار"}},
		{"رضا احمدی دادستان مرکز استان فارس گفت: پرونده تشکیل شد.",
			map[string]string{"رضا احمدی": "دادسرای عمومی و انقلاب مرکز استان فارس"}},
	} {
		got := map[string]string{}
		for _, p := range Analyze(InputFromText(tc.text)).People {
			got[p.Name] = p.Organization
		}
		wantEach(t, tc.text, "organisation", got, tc.want)
	}
}
