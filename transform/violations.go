package transform

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The word sets of lexicons/words_violations.tsv that the violation rules
// look up with d.lx.has.
var (
	setIndividual       = newWordSet("individual")        // people who are not offices: drivers, smugglers, hunters
	setLandOffence      = newWordSet("land_offence")      // «قلع و قمع», «رفع تصرف»: offences against the land and their undoing
	setAgainstSmuggling = newWordSet("against_smuggling") // «مبارزه» of «مبارزه با قاچاق»: the fight against smuggling, a body or a campaign
	setBackReference    = newWordSet("back_reference")    // «رابطه» of «در این رابطه»: nouns that tie a clause to the fact before
	setSeizedGoods      = newWordSet("seized_goods")      // «مکشوفه»: goods already seized, whose fate is no threat
	setFindAct          = newWordSet("find_act")          // «کشف», «دستگیر»: finding goods or catching offenders
	setFindNoun         = newWordSet("find_noun")         // «دستگیری»: catching told as a noun, often a lead's topic
	setOffenceFound     = newWordSet("offence_found")     // «احتکار», «غیرمجاز», «شکار»: what a find is a find of
	setSpoiledGoods     = newWordSet("spoiled_goods")     // «فاسد», «تاریخ گذشته»: food or goods unfit, found or destroyed
	setDisposal         = newWordSet("disposal")          // «معدوم», «امحا»: goods destroyed or taken off the market
	setDestroyed        = newWordSet("destroyed")         // «معدوم», «امحا»: goods destroyed, not only taken off the market
	setObligation       = newWordSet("obligation")        // «موظفند», «باید»: an obligation, no mention by itself
	setTraining         = newWordSet("training")          // phrases that mark an article about a training course
	setSubgroup         = newWordSet("subgroup")          // «بقیه», «بیشتر»: a clause about a part of the offices
	setLead             = newWordSet("lead")              // words that may stand before the subject of a clause
	setListJoint        = newWordSet("list_joint")        // «و», «یا», «هرگونه»: words that join or open the items of a list of offences
	setPreventNoun      = newWordSet("prevent_noun")      // «جلوگیری»: prevention nouns that close «از …»
	setEnemy            = newWordSet("enemy")             // «دشمن»: the country's enemies, whose abuse is no office's violation
	setRank             = newWordSet("rank")              // «نخست», «ویژه»: after «جایگاه» alone, a rank or standing, no fuel station
	setOutbreak         = newWordSet("outbreak")          // «کرونا», «شیوع»: an epidemic, whose closures are no sanction
	setGoodsBack        = newWordSet("goods_back")        // «داروها», «اقلام»: goods a demonstrative points back at
	setServiceLine      = newWordSet("service_line")      // «انشعاب»: water, power and gas lines, whose cut is a suspension
	setSupplyWord       = newWordSet("supply_word")       // «عرضه», «پخش»: supplying goods, as to the market
	setCodeWord         = newWordSet("code_word")         // «کد», «شناسه»: a news code's number follows
	setGoodsPiece       = newWordSet("goods_piece")       // «عدد», «نخ»: goods counted by the piece
	setStandardsLead    = newWordSet("standards_lead")    // «اداره», «مدیرکل» before «استاندارد»: the standards office
	setRepair           = newWordSet("repair")            // «تعمیرات»: works whose stoppages are no sanction
	setVehicle          = newWordSet("vehicle")           // «تانکر», «خودرو»: vehicles the police stop
	setGenericOffice    = newWordSet("generic_office")    // «واحد», «دفاتر»: office nouns typed by the context
	setFoodPremises     = newWordSet("food_premises")     // «مراکز», «اماکن» before «تهیه», «عمومی»: food and public premises
	setFoodPremisesNext = newWordSet("premises_next")     // «تهیه», «توزیع», «عمومی» after them
	setPremisesFood     = newWordSet("premises_food")     // «مواد», «غذایی» after «مراکز توزیع»: food distributed
	setGuildWord        = newWordSet("guild_word")        // «صنفی», «اصناف»: the guilds named
	setOfficeRef        = newWordSet("office_ref")        // «آنها», «این»: references back to offices
	setPastVerb         = newWordSet("past_verb")         // past finite verbs and auxiliaries
	setFileNotCase      = newWordSet("file_not_case")     // words after «پرونده» that name a file no offence opens («پرونده ثبت جهانی»)
	setInspectorNoun    = newWordSet("inspector_noun")    // inspectors and their teams, whose office is theirs («کارشناسان … مرکز بهداشت»)
	setParticiple       = newWordSet("participle")        // participles that end a clause before «و» or a comma
	setOversight        = newWordSet("oversight")         // «نظارت», «رسیدگی»: the routine work of an authority, before an active present verb
	setPresentStem      = newWordSet("present_stem")      // stems that follow «می» in the present
	setNegatedPast      = newWordSet("negated_past")      // negated past verbs: «نشد», «نداشتند»
	setCopula           = newWordSet("copula")            // «هستند», «نیست»: a stated fact
	setSubjunctive      = newWordSet("subjunctive")       // bare subjunctives of a condition or obligation
	setAuthority        = newWordSet("authority")         // «درخواست», «دستور» before a court: it acts, no referral
	setBelongsTo        = newWordSet("belongs_to")        // «مربوط», «متعلق» before «به» and a court: whose the cases are, no referral
	setOnlyOne          = newWordSet("only_one")          // «تنها», «یگانه» before an office closed: the only one, a lack of service
	setCourtsAll        = newWordSet("courts_all")        // «دادسراهای», «محاکم»: the courts taken together, whose caseload a count is
	setEncounterCue     = newWordSet("encounter_cue")     // «مشاهده» before «و برخورد»: coming across, not dealing with
	setNear             = newWordSet("near")              // «اطراف», «جنب» before an office: a landmark
	setCentreWord       = newWordSet("centre_word")       // «مرکز», «مراکز»: centres, the health authority's word for the premises it inspects
	setHealthBody       = newWordSet("health_body")       // «شبکه», «مرکز» before «بهداشت»: the health authority
	setTreatmentBody    = newWordSet("treatment_body")    // «معاون», «امور» before «درمان»: the health authority's treatment arm
	setBreadWord        = newWordSet("bread_word")        // «نان», «چانه»: bread and its dough, the goods of bakeries
	setGuildViolation   = newWordSet("guild_violation")   // «تخلف صنفی»: office phrases that name a violation as a guild's, not an office
	setClassifier       = newWordSet("classifier")        // «مورد», «واحد» between a number and what it counts
	setCountWord        = newWordSet("count_word")        // number words accepted as counts
	setAgenda           = newWordSet("agenda")            // «دستور کار», «موضوع»: cues of a meeting's agenda
	setAgendaGap        = newWordSet("agenda_gap")        // «بررسی», «رسیدگی»: words between an agenda cue and its topic
	setNegation         = newWordSet("negation")          // «عدم», «بدون»: words that negate the noun after them
	setNegatedVerb      = newWordSet("negated_verb")      // «نکرده», «نمی‌کنند»: negated verbs after a rule kept or not
	setNoSanction       = newWordSet("no_sanction")       // «بدون», «هیچ‌گونه» right before a sanction: none imposed
	setSanctionTime     = newWordSet("sanction_time")     // «زمان» of «در زمان تعلیق»: the time a sanction lasts, none imposed
	setSelfClosure      = newWordSet("self_closure")      // «خودسرانه» near «اقدام به تعطیلی»: offices closing without leave, no sealing
	setSealLifted       = newWordSet("seal_lifted")       // «فک», «رفع» right before «پلمب»: a seal lifted
	setNotCopula        = newWordSet("not_copula")        // «نیست», «نمی‌باشد»: a conformity not found
	setOneAccused       = newWordSet("one_accused")       // «متهم», «پرونده‌ای»: one offender or one case, a count of one
	setCaseFiled        = newWordSet("case_filed")        // «تشکیل»: a case file opened, with «پرونده»
	setSentenced        = newWordSet("sentenced")         // «محکوم»: sentenced, a fine with a sum of money
	setMoney            = newWordSet("money")             // «ریال», «تومان»: units of a sum of money
	setFutureAux        = newWordSet("future_aux")        // «خواهد», «نخواهیم»: auxiliaries of the future
	setGeneralRule      = newWordSet("general_rule")      // «محسوب»: a clause that defines an offence
	setDeemVerb         = newWordSet("deem_verb")         // «دانست», «تلقی» after «تخلف»: a practice called an offence
	setOffenceNoun      = newWordSet("offence_noun")      // «تخلف», «جرم»: the offence a practice is deemed
	setMostCommon       = newWordSet("most_common")       // «بیشترین»: violations found, summed up
	setCaseNoun         = newWordSet("case_noun")         // «پرونده»: a number of case files counts cases
	setPenalBody        = newWordSet("penal_body")        // «تعزیرات»: the penal body offenders are dealt with in
	setPenalGovernment  = newWordSet("penal_government")  // «حکومتی»: after «تعزیرات», the market's penal regulator
	setPenalSeat        = newWordSet("penal_seat")        // «حوزه», «شعب»: the part of the penal body after «در»
	setCaseOffence      = newWordSet("case_offence")      // «تخلف»: counted case files of violations are a referral
	setCaseFileOut      = newWordSet("case_file_out")     // «مجموع», «بررسی»: words before counted case files that take or review them
	setCopulaVerb       = newWordSet("copula_verb")       // «است», «می‌باشد»: a copula as a clause's main verb
	setDealing          = newWordSet("dealing")           // «برخورد»: dealing with offenders, as a noun before «با»
	setManner           = newWordSet("manner")            // «قاطع», «قانونی», «اغماض»: how offenders are dealt with, listed after «برخورد»
	setLegalStep        = newWordSet("legal_step")        // «اقدامات», «مراحل» before «قانونی»: legal steps threatened
	setCleanFinding     = newWordSet("clean_finding")     // «هیچ اشکالی مشاهده نشد»: nothing wrong found, without «تخلف»
	setMajority         = newWordSet("majority")          // «اکثر», «اغلب»: most of, before offices said to comply
	setInspection       = newWordSet("inspection")        // «بازرسی», «بازدید», «بررسی»: words of an inspection or review
	setHedge            = newWordSet("hedge")             // «احتمالی», «احتمال»: a hedged violation
	setDegree           = newWordSet("degree")            // «کامل», «دقیق»: words of degree after «رعایت»
	setRefute           = newWordSet("refute")            // «تکذیب»: the clause refutes a claim
	setClaim            = newWordSet("claim")             // «شایعه», «خبر»: a claim that may be refuted
	setTruth            = newWordSet("truth")             // «صحت», «واقعیت»: truth, said to be lacking
	setLacks            = newWordSet("lacks")             // «ندارد», «نداشت»: lacks, after a noun of truth
	setPurpose          = newWordSet("purpose")           // «هدف», «به منظور»: a statement of purpose
	setGoalList         = newWordSet("goal_list")         // «اهداف», «اولویت‌های»: goals or priorities, after «از»
	setBody             = newWordSet("body")              // «ستاد», «کارگروه»: a body a violation word may name
	setMeeting          = newWordSet("meeting")           // «جلسه», «نشست»: a meeting
	setLastResort       = newWordSet("last_resort")       // «راه حل», «راهکار»: a means, after «آخرین»
	setOngoingVerb      = newWordSet("ongoing_verb")      // «دنبال», «اجرایی»: before a present verb, a policy pursued
	setHabitual         = newWordSet("habitual")          // «سالانه», «هر ساله»: what happens every year, in general
	setDiscussed        = newWordSet("discussed")         // «بحث», «مطرح»: discussed, before a past verb
	setBodyGap          = newWordSet("body_gap")          // «مبارزه», «ویژه»: words inside a body's name
	setGoalVerb         = newWordSet("goal_verb")         // «است», «بود»: the copula that ends a clause of goals
	setCheckWord        = newWordSet("check_word")        // «نظارت», «رصد»: inspecting, before a present verb
	setMust             = newWordSet("must")              // «باید»: what must be done
	setOperator         = newWordSet("operator")          // «متصدی»: who runs an establishment
	setRemark           = newWordSet("remark")            // «ذکر», «توضیح»: in «لازم به ذکر است», a formula
	setExhort           = newWordSet("exhort")            // «تاکید», «خواستار»: urging, with «رعایت»
	setEmergency        = newWordSet("emergency")         // «گرما», «اضطرار»: a closure they cause is a public measure
	setHeed             = newWordSet("heed")              // «تمکین», «بی‌توجهی»: heeding a notice, or not
	setActivity         = newWordSet("activity")          // «فعالیت», «عرضه»: what offices do, before a present verb
	setArticleEnd       = newWordSet("article_end")       // «انتهای پیام», «اخبار مرتبط»: lines that end the article
	setArticleClose     = newWordSet("article_close")     // «انتهای», «پایان»: first words of a line that always ends the article
	setInspectStem      = newWordSet("inspect_stem")      // «بازرسی», «بازدید»: stems of an inspection, for inspected offices
	setReportSource     = newWordSet("report_source")     // «گزارش», «عمومی»: before an office, the source of a report
	setRevoke           = newWordSet("revoke")            // «لغو», «فسخ»: revoking, after a deed
	setDeed             = newWordSet("deed")              // «مجوز», «قرارداد»: a licence or contract (prefixes)
	setExamined         = newWordSet("examined")          // «مورد بررسی»: what was examined, a checklist
	setVerbPrefix       = newWordSet("verb_prefix")       // «می», «درمی»: prefixes of the present tense
	setMarketPlace      = newWordSet("market_place")      // «بازار»: the market as a whole, an office only alone
	setGuildUnits       = newWordSet("guild_units")       // «واحد صنفی»: office phrases that name guild units as such
	setNeutralActivity  = newWordSet("neutral_activity")  // «توزیع سوخت»: a violation only after a violation word
	setPurposeWord      = newWordSet("purpose_word")      // «برای», «جهت»: what a referral is for follows
	setFineVerbNoun     = newWordSet("fine_verb_noun")    // «پرداخت», «تعیین»: the verbal noun before a fine a referral is for
	setEvaluative       = newWordSet("evaluative")        // «بازدارنده», «کافی»: judgements of sanctions before a copula
	setNegCopula        = newWordSet("neg_copula")        // «نیست», «نمی‌باشد»
	setMarketWord       = newWordSet("market_word")       // «بازار»: the market as a whole, no units
	setDurationNoun     = newWordSet("duration_noun")     // «زمان», «رفع»: after «که تا», how long a sanction lasts
	setEpidemic         = newWordSet("epidemic")          // «کرونا»: the epidemic whose health protocols offices were sanctioned for breaking
	setGoodsKind        = newWordSet("goods_kind")        // «تقلبی», «جعلی»: a kind of goods that gives the violation's type, never a mention by itself
	setTopicTerm        = newWordSet("topic_term")        // «کیفیت نان»: a subject of inspection, a violation only when negated or near a violation word
	setNeedsNegation    = newWordSet("needs_negation")    // «کارتخوان»: a violation only when missing
	setBareCourt        = newWordSet("bare_court")        // «مراجع قضایی»: the courts named, a referral only after a word of court_direction
	setCourtDirection   = newWordSet("court_direction")   // «به», «تحویل» before «مراجع قضایی»: a case sent to the courts or heard there
	setEffect           = newWordSet("effect")            // «موجب», «باعث»: what something causes
	setContrast         = newWordSet("contrast")          // «اما», «ولی»: a contrast that starts a clause
	setNotQualifier     = newWordSet("not_qualifier")     // «برای», «وی»: words in «ی» that qualify no noun before them
	setPriority         = newWordSet("priority")          // «اولویت»: what «قرار دارد» after it puts first
	setDeemWord         = newWordSet("deem_word")         // «محسوب»: the word of deeming among the general_rule words
	setDeemedOffence    = newWordSet("deemed_offence")    // «تخلف», «جرم»: what a practice is deemed when the clause defines an offence
	setOtherwise        = newWordSet("otherwise")         // «در غیر این صورت»: a condition that undoes the clause before it
	setReason           = newWordSet("reason")            // «دلیل», «علت»: after «به», a reason
	setNone             = newWordSet("none")              // «هیچ», «هیچ‌یک»: no one of, before a finding
	setNoneObject       = newWordSet("none_object")       // «مورد», «نشانه‌ای»: what no inspection showed
	setAll              = newWordSet("all")               // «تمامی», «همه»: all of the offices
	setBlockWell        = newWordSet("block_well")        // «انسداد», «مسدود»: blocking a well seals it
	setWell             = newWordSet("well")              // «چاه», «چاه‌های»: wells
	setClosure          = newWordSet("closure")           // «تعطیلی», «تعطیل»: a closure, a sealing when given a term
	setClosureOrder     = newWordSet("closure_order")     // «دستور», «حکم»: an order a closure follows, a sealing
	setDuration         = newWordSet("duration")          // «روزه», «ماهه»: words of a term after a number
	setPublicOrder      = newWordSet("public_order")      // «اغتشاش», «آسایش»: breaches of public order, no office's
	setRumour           = newWordSet("rumour")            // «شایعه», «کذب»: rumours, whose spreaders are no office
	setAgendaItemHead   = newWordSet("agenda_item_head")  // «بررسی», «پیگیری»: words that open an item of a list of a meeting's topics
	setTreatedKindly    = newWordSet("treated_kindly")    // «خبرنگاران», «نخبگان», «مهربانی»: after «با», «برخورد» is treatment, not dealing with offenders
	setAndGlued         = newWordSet("and_glued")         // «پلمب», «تذکر»: words split from a «و» glued before them
	setWithGlued        = newWordSet("with_glued")        // «بیان», «اشاره»: words split from a «با» glued before them
	setInGlued          = newWordSet("in_glued")          // «این», «خصوص»: words split from a «در» glued before them
	setTitleGlued       = newWordSet("title_glued")       // «شهرستان»: place words split from an executive title glued before them
	setMartyrGlued      = newWordSet("martyr_glued")      // «حاج», «سید»: honorifics split from a «شهید» glued before them
	setPresenceGlued    = newWordSet("presence_glued")    // «آیت», «استاندار»: honorifics and titles split from a «حضور» glued before them
	setPollution        = newWordSet("pollution")         // «آلودگی», «آلاینده»: pollution, an offence a sanction is told for
	setProsecution      = newWordSet("prosecution")       // «پیگرد» before «قانونی»: a deed told to be prosecuted
	setHasVerb          = newWordSet("has_verb")          // «دارد», «دارند»: «پیگرد قانونی دارد»
	setCopyrightCue     = newWordSet("copyright_cue")     // «کپی»: a site's copyright notice, no threat
	setDealingGlued     = newWordSet("dealing_glued")     // «قانونی», «میشود»: words split from a «برخورد» glued before them
	setFutureGlued      = newWordSet("future_glued")      // «شد», «آمد»: verbs split from a future auxiliary glued before them
	setCountGlued       = newWordSet("count_glued")       // «پرونده», «واحد»: count nouns split from a number word glued before them
	setQuota            = newWordSet("quota")             // «سهمیه»: a quota, cut as a sanction
	setQuotaCut         = newWordSet("quota_cut")         // «قطع», «کسر»: cutting a quota after it
	setUtility          = newWordSet("utility")           // «گاز», «برق»: a supply cut as a sanction on an office
	setUtilityCut       = newWordSet("utility_cut")       // «قطع», «قطعی»: cutting a supply
	setUtilityCustomer  = newWordSet("utility_customer")  // «ادارات», «دستگاه‌ها»: bodies whose supply is cut when they waste it
	setLeniency         = newWordSet("leniency")          // «اغماض», «مماشات»: overlooking an offence
	setSeen             = newWordSet("seen")              // «مشاهده», «یافت»: seeing or finding, before a verb
	setRight            = newWordSet("right")             // «حق», «اجازه»: a right or permission, denied in a prohibition
	setPraise           = newWordSet("praise")            // «تقدیر», «قدردانی»: praise for the work of an authority
	setLineGoesOn       = newWordSet("line_goes_on")      // «از», «در»: words that cannot end a sentence, so a line ending in one wraps
	setLicence          = newWordSet("licence")           // «پروانه», «مجوز»: a licence, lacking when a verb of not having follows
	setStaff            = newWordSet("staff")             // «مدیران», «کارکنان»: the staff of a public body
	setPartOf           = newWordSet("part_of")           // «تعدادی», «برخی»: a part of a group
)

// violationWordsFile is the lexicon file of the violation word sets.
const violationWordsFile = "lexicons/words_violations.tsv"

// countWordValues maps the key of each count_word of violationWordsFile
// to its number (the line's third column).
var countWordValues = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	// A read error is reported by the lexicon load (LexiconCheck), which
	// reads the same file.
	_ = eachLine(violationWordsFile, func(f []string) {
		if len(f) > 2 && f[0] == wordSetNames[setCountWord] {
			if n, err := strconv.Atoi(f[2]); err == nil {
				out[NormalizeKey(f[1])] = n
			}
		}
	})
	return out
})

// inSentence returns the category-c matches inside sentence s.
func (d *document) inSentence(c category, s span) []match {
	ms := d.by[c]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= s.start })
	j := i
	for j < len(ms) && ms[j].end <= s.end {
		j++
	}
	return ms[i:j]
}

// orgSpans returns the spans of organisation phrases that belong to person
// mentions; office words inside them name an employer, not an offender.
func (d *document) personPhraseSpans() []span {
	var out []span
	for _, m := range d.by[catTitle] {
		s, _ := d.tokSpan(m)
		if s < 0 || d.in(setOperator, s) {
			// «متصدی یک واحد قصابی»: who runs the office stands for it.
			continue
		}
		tp := d.titlePhraseOf(m)
		out = append(out, span{d.toks[tp.head].start, d.toks[max(tp.end, tp.head+1)-1].end})
	}
	// For insideAny: in order of start, each end raised to the furthest end
	// so far.
	slices.SortFunc(out, func(a, b span) int { return int(a.start - b.start) })
	for i := 1; i < len(out); i++ {
		out[i].end = max(out[i].end, out[i-1].end)
	}
	return out
}

// insideAny reports whether [s,e) lies inside one of the spans that
// personPhraseSpans returned: the furthest end of those that start at or
// before s reaches e.
func insideAny(sp []span, s, e int32) bool {
	i := sort.Search(len(sp), func(i int) bool { return sp[i].start > s })
	return i > 0 && sp[i-1].end >= e
}

// clause is a part of a sentence with its own verb: [start,end) in tokens.
type clause struct {
	start, end int
	modality   string
	offices    []string // office types named in the clause
	generic    bool     // a generic office noun («واحد», «دفتر») or a reference («آنها») stands in the clause
	viols      []string // violation types, in text order
	sancs      []string // sanctions, in text order
	anchor     int32    // offset of the first violation word, for speaker lookup
	content    bool     // the clause speaks of a violation or sanction
	newGroup   bool     // the clause opens with a subject of its own («۹ واحد دیگر», «بقیه»)
	verb       bool     // the clause has a finite verb
	repeat     bool     // the clause starts with «در صورت تکرار»
	guildTalk  bool     // the clause's only offender is a violation called a guild's («پرونده تخلف صنفی»)
	// peopleSancs are the sanctions of a clause about people, not offices
	// («راننده دستگیر و به مراجع قضایی معرفی شد»), which gives no mention
	// but may tell the sanction of a find (offenceFind).
	peopleSancs []string
	rules       *tracer // the rules that fired while the clause was read
}

// findViolations returns the violation mentions of the document: one per
// clause group, office type and violation type, with the clause group's
// sanctions. A sentence is split into clauses at a colon, at «اما»/«ولی», at
// «و» or a comma after a finite verb, and before a conditional marker; next
// clauses with the same modality and no office of their own are merged.
func (d *document) findViolations(ps []person) []Violation {
	var out []Violation
	personSpans := d.personPhraseSpans()
	lastOffices := d.titleOffices
	// storeHoard tells that a hoard found in a store (type other) was
	// reported earlier in the passage.
	storeHoard := false
	// lastCount holds the count of the last counted entry of each office
	// type, for «این واحدها» pointing back at them (ruleCountPointedBack).
	var lastCount officeCounts
	training := d.isTraining()
	// semi is the modality of the last mention of a sentence that ended
	// with «؛», which the verbless items after it continue.
	semi := ""
	// mentioned says whether the sentence before, ending at prevEnd, gave a
	// mention, and mentionedBefore whether the one before that did.
	mentioned, prevEnd := false, int32(0)
	mentionedBefore := false
	// fallback holds the mentions whose office type no word told
	// (ruleSanctionOtherOffice).
	var fallback []fallbackMention
	// sentClauses holds the clauses of each sentence read, for
	// offenceFind.
	sentClauses := make([][]clause, len(d.sents))
	for si, s := range d.sents {
		if d.repeatsTitle(s) {
			continue
		}
		if d.articleEnds(s) {
			d.cur = nil
			if len(out) == 0 && !d.in(setArticleClose, d.tokAt(s.start)) && s.start < d.firstProse() {
				// «مطالب مرتبط:» and its links above the article: the
				// portal's chrome at the top of the page, no end.
				d.fireSpan(ruleChromeAtTop, s.start, s.end)
				continue
			}
			// «انتهای پیام», «اخبار مرتبط»: what follows is the
			// portal's page, related headlines and comments.
			d.fireSpan(rulePageChrome, s.start, s.end)
			break
		}
		before := len(out)
		cls := d.clauses(s, personSpans)
		sentClauses[si] = cls
		// Merge clauses into groups.
		var groups []clause
		var pending *clause // a clause with a sanction and no mention, before any group
		for i, c := range cls {
			if !c.content && d.peopleOfGroup(groups, c) {
				continue
			}
			if !c.content {
				if n := len(groups); n > 0 && len(c.sancs) > 0 && groups[n-1].modality == c.modality && c.modality != ModalityDenied {
					// «… برخورد خواهد شد و در صورت اعلام نظر استان مبنی
					// بر لغو مجوز، …»: a sanction in the next clause of
					// the same threat or report belongs to it.
					d.joinSanctions(&groups[n-1], c, c.sancs, ruleSanctionNextClause)
				} else if n > 0 && len(c.sancs) > 0 && c.modality != ModalityDenied {
					// «… اخطاریه دریافت کردند که در صورت عدم رفع نقص
					// پلمب خواهند شد»: a sanction of another modality
					// after a mention is a mention of its own, about the
					// same offices.
					c.content = true
					d.cur = c.rules
					d.fire(ruleSanctionOwnModality, c.start, c.end)
					groups = append(groups, c)
				} else if j := d.countedUnitsBefore(cls[:i], c, len(groups) == 0); j >= 0 {
					// «برای چهار واحد صنفی برگه گزارش بازرسی تنظیم شد و
					// جهت رسیدگی به تعزیرات ارسال گردید»: a sanction
					// after a clause that counted offices of the same
					// modality is a mention about them.
					c.content = true
					d.cur = c.rules
					d.fire(ruleSanctionOfCountedUnits, cls[j].start, c.end)
					groups = append(groups, c)
				} else if len(groups) == 0 && len(c.sancs) > 0 && c.modality != ModalityDenied {
					pending = &cls[i]
				}
				continue
			}
			if p := pending; p != nil && len(groups) == 0 && p.modality == c.modality && c.modality != ModalityDenied {
				// «از کل مواردی که تذکر کتبی دریافت کردند، هفت مورد
				// تعلیق …»: a sanction in a clause before the first
				// mention of the same report belongs to it.
				c.start = p.start
				if len(c.offices) == 0 {
					c.offices = p.offices
				}
				c.sancs = appendNew(append([]string(nil), p.sancs...), c.sancs...)
				c.rules.hits = append(c.rules.hits, p.rules.hits...)
				d.cur = c.rules
				d.fire(ruleSanctionPrevClause, p.start, p.end)
			}
			pending = nil
			if n := len(groups); n > 0 {
				g := &groups[n-1]
				// «… اخطار می‌گیرند و در صورت تکرار، قرارداد آنها لغو
				// می‌شود»: a further sanction for a repeat is a mention
				// of its own.
				repeat := c.repeat && len(g.sancs) > 0
				// «… هیچ تخلفی مشاهده نشد و داروخانه‌ها موازین را رعایت
				// کرده بودند»: a second denial is the same finding.
				denial := g.modality == ModalityDenied && c.modality == ModalityDenied && len(c.sancs) == 0 && (len(g.offices) == 0 || len(c.offices) == 0 || equalSets(c.offices, g.offices))
				if denial && !equalSets(c.offices, g.offices) {
					if len(g.offices) == 0 {
						g.offices = c.offices
					}
					d.cur = g.rules
					d.fire(ruleDenialContinues, c.start, c.end)
				}
				if denial || g.modality == c.modality && !c.newGroup && !repeat && (len(c.offices) == 0 || equalSets(c.offices, g.offices)) {
					g.end = c.end
					g.viols = appendNew(g.viols, c.viols...)
					g.sancs = appendNew(g.sancs, c.sancs...)
					g.generic = g.generic || c.generic
					g.rules.hits = append(g.rules.hits, c.rules.hits...)
					continue
				}
			}
			groups = append(groups, c)
		}
		if pending == nil && len(groups) == 0 && (mentioned || mentionedBefore) {
			d.peopleAfterReport(cls, out)
		}
		if p := pending; p != nil && len(groups) == 0 && (mentioned || mentionedBefore && p.modality == ModalityReported) && (!d.paraBreakBetween(prevEnd, s.start) || len(d.inSentence(catAppeal, s)) == 0) {
			// «… یک انبار غیرمجاز دارو شناسایی شد. پرونده مربوطه در
			// حال رسیدگی است.»: a sanction alone in the sentence after a
			// mention is about the same offices, in its own paragraph too
			// (portals set each sentence apart), unless the sentence
			// appeals to citizens. A reported one may come a sentence
			// later, after the goods' value or the patrol's make-up
			// (tuning part sanction +4 matched for +5, office type +
			// modality +1 for +2).
			p.content = true
			d.cur = p.rules
			d.fire(ruleSanctionNextSentence, p.start, p.end)
			groups = append(groups, *p)
		}
		for i := range groups {
			if g := &groups[i]; semi != "" && !g.verb && g.modality == ModalityReported {
				// «… با نانوایی‌هایی که عدم رعایت موازین بهداشتی ؛
				// عرضه خارج از شبکه ؛ … داشته باشند»: a verbless item
				// after «؛» continues the sentence before it.
				d.cur = g.rules
				d.fire(ruleSemicolonItem, g.start, g.end)
				g.modality = semi
			}
		}
		if n := len(groups); n > 0 && d.endsWithSemicolon(s) {
			semi = groups[n-1].modality
		} else if !d.endsWithSemicolon(s) {
			semi = ""
		}
		// groupOffices are the offices of the last group of the sentence
		// that gave a mention.
		var groupOffices []string
		for _, g := range groups {
			otherFallback := false
			d.cur = g.rules
			// gs is the group's span; its count is read once, when first
			// asked for (groupCount).
			gs := span{d.toks[g.start].start, d.toks[g.end-1].end}
			gcount, gcounted := 0, false
			groupCount := func() int {
				if !gcounted {
					gcount, gcounted = d.count(gs), true
				}
				return gcount
			}
			if training && len(g.sancs) == 0 && g.modality != ModalityDenied && groupCount() == 0 {
				d.fire(ruleTrainingTopic, g.start, g.end)
				continue
			}
			offices := g.offices
			// hoardStore is set when the offices are a store of hoarded
			// stock that no word names (ruleHoardedStock).
			hoardStore := false
			if len(offices) > 0 {
				d.fire(ruleOfficeNamed, g.start, g.end)
			}
			if g.guildTalk && d.pointsBack(g.start, g.end) {
				earlier := false
				for i := len(cls) - 1; i >= 0; i-- {
					if cls[i].end <= g.start && len(cls[i].offices) > 0 {
						earlier = true
						if !contains(cls[i].offices, OfficeGuildShop) {
							// «از ۱۱ هزار واحد نانوایی بازرسی شد که برای ۹۴۵
							// مورد آن پرونده تخلف صنفی تشکیل شد»: the guild
							// violations are those of the offices named before.
							offices = cls[i].offices
							d.fire(ruleGuildTalkOfType, cls[i].start, cls[i].end)
						}
						break
					}
				}
				if !earlier && len(lastOffices) > 0 && !contains(lastOffices, OfficeGuildShop) {
					offices = lastOffices
					d.fire(ruleGuildTalkOfType, g.start, g.end)
				}
			}
			for i := len(cls) - 1; i >= 0 && len(offices) == 0; i-- {
				if cls[i].end <= g.start && len(cls[i].offices) > 0 {
					offices = cls[i].offices
					d.fire(ruleOfficeEarlierClause, cls[i].start, cls[i].end)
				}
			}
			if len(offices) == 0 && len(groupOffices) > 0 {
				// «… سه واحد پلمب شد و با سایر متخلفان نیز برخورد خواهد
				// شد»: the threat after a mention is about its offices.
				offices = groupOffices
				d.fire(ruleOfficeEarlierGroup, g.start, g.end)
			}
			if len(offices) == 0 && len(lastOffices) > 0 {
				if len(lastOffices) == 1 && lastOffices[0] == OfficeFuelStation && d.smugglingIn(g.start, g.end) {
					offices = []string{OfficeOther}
					d.fire(ruleSmugglingNotCarried, g.start, g.end)
				} else if land, ok := d.landOffence(g.start, g.end); ok && g.modality == ModalityReported && !d.copulaOnly(g.start, g.end) {
					offices = []string{OfficeOther}
					d.fireSpan(ruleLandOffence, land.start, land.end)
				} else if t, ok := d.healthCentres(g.start, g.end); ok && len(lastOffices) == 1 && lastOffices[0] == OfficeGuildShop {
					// «… از رستوران‌ها و اصناف بازدید شد. ۲۷۴ مرکز پلمب
					// شدند» in a report of the health network: the centres
					// it seals are its health units, not the shops named
					// before them.
					offices = []string{OfficeHealthUnit}
					d.fire(ruleHealthCentres, t, t+1)
				} else if g.modality == ModalityConditional && len(lastOffices) == 1 && lastOffices[0] == OfficeOther && priceViolations(g.viols) {
					// «… بر عمده فروشان نظارت می‌شود. با هرگونه گرانفروشی
					// و کم فروشی برخورد خواهد شد»: a threat to overcharging
					// or short selling is the market's, not the offices
					// of the sentence before.
					offices = []string{OfficeGuildShop}
					d.fire(ruleMarketThreatNotCarried, g.start, g.end)
				} else {
					offices = lastOffices
					d.fire(ruleOfficePreviousSentence, g.start, g.end)
				}
			}
			for i := range cls {
				if len(offices) == 0 && g.generic && cls[i].start >= g.end && len(cls[i].offices) > 0 {
					// «لغو پروانه این دفاتر … و افزود: ساماندهی دفاتر
					// پیشخوان …»: a generic office noun takes the type
					// named in a later clause of its sentence.
					offices = cls[i].offices
					d.fire(ruleOfficeLaterClause, cls[i].start, cls[i].end)
				}
			}
			if len(offices) == 0 && fuelViolations(g.viols) && !d.smugglingIn(g.start, g.end) {
				// «تخلف در توزیع سوخت»: misusing fuel is a fuel
				// outlet's violation when no office is named.
				offices = []string{OfficeFuelStation}
				d.fire(ruleFuelMisuseStation, g.start, g.end)
			}
			if len(offices) == 0 && len(g.viols) > 0 && allViolations(g.viols, ViolationHealthCode) {
				if d.goodsOnly(g) && !d.foodPremisesNamed() {
					// «۱۳ تن مواد غذایی فاسد کشف و معدوم شد»: spoiled
					// food found names no premises that offended.
					d.fire(ruleGoodsOnly, g.start, g.end)
				} else if t, ok := d.residenceNamed(); ok {
					// «… گوشت در یک واحد مسکونی در شرایط غیر بهداشتی
					// نگهداری می‌شد»: a health offence of a passage that
					// finds it in a home is no premises' (type other).
					offices = []string{OfficeOther}
					d.fire(ruleHealthResidence, t-1, t+1)
				} else {
					// «۵۵ پرونده تخلف بهداشتی به تعزیرات ارسال شد»:
					// health violations with no office named are the food
					// and health premises' the health network inspects.
					offices = []string{OfficeHealthUnit}
					d.fire(ruleHealthViolationUnit, g.start, g.end)
				}
			}
			if len(offices) == 0 && g.modality == ModalityReported && len(g.viols) > 0 && allViolations(g.viols, ViolationHoarding) {
				// «۳۲ تن روغن نباتی احتکار شده در بابل کشف و ضبط شد»:
				// hoarded stock found where no office is named lies in a
				// store, which the labels call other; not units that
				// offended («دو واحد متخلف»), which stay the market's.
				if _, units := d.unitOffender(g.start, g.end); units {
				} else if t, ok := d.guildUnitsNamed(); ok {
					// «… در بازرسی از دو واحد صنفی کشف شد»: a passage
					// that names guild units holds their stock.
					offices = []string{OfficeGuildShop}
					d.fire(ruleHoardedGuildUnits, t, t+1)
				} else {
					offices = []string{OfficeOther}
					d.fire(ruleHoardedStock, g.start, g.end)
					hoardStore = true
				}
			}
			if len(offices) == 0 && marketViolations(g.viols) {
				// Market violations are the guild shops' before an
				// office named later, often a store or a warehouse.
				offices = []string{OfficeGuildShop}
				d.fire(ruleMarketGuildShop, g.start, g.end)
			}
			if len(offices) == 0 {
				if offices = d.laterOffices(s, personSpans); len(offices) > 0 {
					d.fire(ruleOfficeLater, g.start, g.end)
				} else if o, t, ok := d.goodsFoundAt(sentenceAt(d.sents, s.start), personSpans); ok {
					offices = o
					d.fire(ruleGoodsFoundAt, t, t+2)
				}
			}
			if rest, ok := d.marketSetting(offices, g); ok {
				offices = rest
			} else if mixed := d.mixedUnits(offices, g); mixed != nil {
				offices = mixed
				d.fire(ruleMixedUnits, g.start, g.end)
			}
			if len(offices) == 0 && len(g.sancs) == 0 && g.modality == ModalityConditional && d.marketNamed() {
				// «با متخلفان به شدت برخورد می‌شود» in an article about
				// the market: a threat to the market's guild shops.
				offices = []string{OfficeGuildShop}
				d.fire(ruleMarketThreat, g.start, g.end)
			}
			if len(offices) == 0 {
				land, isLand := d.landOffence(g.start, g.end)
				if isLand && g.modality == ModalityReported && len(g.sancs) == 0 && d.copulaOnly(g.start, g.end) {
					// «ساخت و ساز غیرمجاز در حریم رودخانه‌ها تخلف است»:
					// what the law holds, no offence found.
					d.fireSpan(ruleLandOffenceStated, land.start, land.end)
					isLand = false
				}
				counted := g.modality == ModalityReported && g.rules.fired(ruleTrigger) && groupCount() > 0
				if len(g.sancs) == 0 && !(g.modality == ModalityConditional && g.rules.fired(ruleTrigger)) && !(g.modality == ModalityReported && isLand) && !counted {
					d.fire(ruleNoOfficeNoSanction, g.start, g.end)
					continue
				}
				if isLand {
					// «۱۴ مورد ساخت و ساز غیرمجاز در اراضی کشاورزی کوار
					// قلع و قمع شد»: an offence against the land, no shop's.
					offices = []string{OfficeOther}
					d.fireSpan(ruleLandOffence, land.start, land.end)
				}
			}
			if len(offices) == 0 {
				if t, ok := d.healthCentres(g.start, g.end); ok {
					// «سه مرکز متخلف پلمب شدند» in a report of the health
					// network, with no office named before: centres of no
					// named type are the food and health premises it
					// inspects.
					offices = []string{OfficeHealthUnit}
					d.fire(ruleHealthCentres, t, t+1)
				}
			}
			if len(offices) == 0 {
				if len(g.sancs) == 0 && g.modality == ModalityReported {
					// «در این مدت ۷۲ تخلف … شناسایی شد»: violations
					// counted and found, though no office or sanction.
					d.fire(ruleCountedFinding, g.start, g.end)
				} else if len(g.sancs) == 0 {
					// «با متخلفان برخورد قانونی خواهد شد»: a threat to
					// offenders names its wrong, though no office or
					// sanction.
					d.fire(ruleThreatNoOffice, g.start, g.end)
				}
				if m, ok := d.marketArticle(); ok {
					// «۳۸ پرونده تخلف تشکیل شد … عمده تخلفات گرانفروشی و
					// عدم درج قیمت بود»: the market's
					offices = []string{OfficeGuildShop}
					d.fireSpan(ruleMarketArticle, m.start, m.end)
				} else if g.modality == ModalityConditional && d.marketNamed() {
					// «متخلفان به تعزیرات معرفی خواهند شد» in an article
					// about the market
					offices = []string{OfficeGuildShop}
					d.fire(ruleMarketThreat, g.start, g.end)
				} else if t, ok := d.healthOffender(g.start, g.end); ok {
					// «پلمپ ۲۴ واحد متخلف بهداشتی»: offenders called
					// health ones are the food and health premises.
					offices = []string{OfficeHealthUnit}
					d.fire(ruleHealthOffender, t, t+1)
				} else if t, ok := d.unitOffender(g.start, g.end); ok {
					// «۴۶ واحد متخلف پلمب شد», «۱۸۳ صنف متخلف»: units or
					// trades of no named type that offended are the
					// market's guild shops, as the guidelines default.
					offices = []string{OfficeGuildShop}
					d.fire(ruleUnitOffender, t, t+1)
				} else if g.modality == ModalityReported && (d.marketNamed() || d.tradeRegulatorNamed()) {
					offices = []string{OfficeGuildShop}
					d.fire(ruleMarketSanction, g.start, g.end)
					otherFallback = true
				} else if m, ok := d.soleOffice(); g.modality == ModalityConditional && ok {
					// «… نظارت بر مراکز فروش لوازم التحریر آغاز شد. … در
					// صورت مشاهده تخلف با متخلفان برخورد می‌شود»: a threat
					// to the one kind of office the passage names.
					offices = []string{d.lx.entries[m.entry].code}
					d.fireSpan(ruleThreatPassageOffice, m.start, m.end)
				} else if t, ok := d.regulatorThreat(g, s); ok {
					// «کارشناسان تعزیرات حکومتی در صورت مشاهده تخلف با
					// متخلفان برخورد خواهند کرد»: the market's regulator
					// threatens the market's shops.
					offices = []string{OfficeGuildShop}
					d.fire(ruleRegulatorThreat, t, t+1)
				} else {
					offices = []string{OfficeOther}
					d.fire(ruleSanctionOtherOffice, g.start, g.end)
					otherFallback = true
				}
			}
			if storeHoard && g.modality == ModalityReported && len(g.offices) == 0 && len(offices) == 1 && offices[0] == OfficeGuildShop {
				// «… ۱۰ تن شکر احتکار شده در یک منزل کشف شد. … برای
				// متخلف پرونده تشکیل شد»: a later mention with no office
				// of its own is about the store, not the market's shops.
				offices = []string{OfficeOther}
				d.fire(ruleHoardStore, g.start, g.end)
			}
			if g.modality == ModalityReported && len(offices) == 1 && offices[0] == OfficeOther && contains(g.viols, ViolationHoarding) {
				storeHoard = true
			}
			if len(offices) == 1 && offices[0] == OfficeGuildShop && d.foodPremisesArticle() && !d.shopNamed(s) {
				// «… ۲۷۴ مرکز پلمب شدند» in a report on «مراکز تهیه و
				// توزیع مواد غذایی و اماکن عمومی» that names no guild
				// unit: the guidelines' health units.
				offices = []string{OfficeHealthUnit}
				d.fire(ruleFoodPremisesArticle, g.start, g.end)
			}
			if t, ok := d.breadThreat(g, s, offices); ok {
				// «با متخلفین عرضه کننده آرد و نان برخورد می‌کنیم»: a
				// threat to the market over bread is to its bakeries.
				offices = []string{OfficeBakery}
				d.fire(ruleBreadThreat, t, t+1)
			}
			groupOffices = offices
			v := Violation{
				Modality: g.modality,
				Evidence: d.text(s.start, s.end),
				Start:    int(s.start),
				End:      int(s.end),
				Place:    d.violationPlace(s, personSpans),
			}
			if g.modality == ModalityReported {
				v.Count = groupCount()
				if v.Count == 0 && hoardStore {
					// «۳۲ تن روغن احتکار شده کشف شد»: one find, one store.
					v.Count = 1
					d.fire(ruleCountHoardStore, g.start, g.end)
				}
				if v.Count == 0 {
					// «۱۰ پرونده برای … تشکیل شد»: the cases counted. Read
					// for the count alone: case files of no violation
					// («پرونده طلاق») make no mention.
					if n, t, ok := d.caseCount(g.start, g.end); ok {
						v.Count = n
						d.fire(ruleCountCaseFiles, t, t+2)
					}
				}
				if v.Count == 0 {
					// «متهم را به پرداخت جزای نقدی محکوم کرد», «پرونده‌ای
					// تشکیل و …»: one offender, one case. Read for the
					// count alone, after the mention is kept.
					if t, ok := d.oneAccused(gs); ok {
						v.Count = 1
						d.fire(ruleCountOneAccused, t, t+1)
					}
				}
			}
			// perOffice holds each office type's own number when the
			// counted group names several (ruleCountPerOffice).
			var perOffice []officeNumber
			if len(offices) > 1 && v.Count > 0 {
				perOffice = d.officeNumbers(gs)
				own := false
				for _, on := range perOffice {
					own = own || on.n == v.Count
				}
				if !own {
					perOffice = nil
				}
			}
			setSanctions(&v, append([]string(nil), g.sancs...))
			anchor := g.anchor
			if anchor < 0 {
				anchor = gs.start
			}
			d.setSpeaker(&v, ps, anchor)
			types := g.viols
			if len(types) == 0 {
				types = []string{""}
			}
			// «۸ واحد صنفی متخلف در شرایط شیوع کرونا پلمب شد»: offices
			// sanctioned against the epidemic broke its health protocols.
			epidemic, inEpidemic := -1, false
			if len(g.viols) == 0 && g.modality == ModalityReported {
				epidemic, inEpidemic = d.findWord(g.start, g.end, setEpidemic)
			}
			for _, code := range offices {
				codeTypes, typeRule, typeSpan := types, (*Rule)(nil), span{}
				switch {
				case len(g.viols) == 0 && uncodedOffenceOffice(code, g.modality):
					codeTypes, typeRule, typeSpan = []string{ViolationOther}, ruleUncodedOffence, gs
				case inEpidemic:
					codeTypes, typeRule, typeSpan = []string{ViolationHealthCode}, ruleEpidemicHealthCode, span{d.toks[epidemic].start, d.toks[epidemic].end}
				}
				for _, vt := range codeTypes {
					w := v
					w.OfficeType, w.OfficeLabel = code, OfficeLabel(code)
					w.OfficeText = d.officeText(gs, code, personSpans)
					w.ViolationType = vt
					w.Sanctions = append([]string(nil), v.Sanctions...)
					w.Rules = d.hits(g.rules)
					if typeRule != nil {
						// The type is this office's alone, so its rule
						// joins this entry's hits, not the clause's.
						w.Rules = d.withHit(w.Rules, typeRule, typeSpan)
					}
					if otherFallback {
						told := len(g.viols) > 0 || groupCount() > 0 || g.rules.fired(ruleCountedSanction) || g.modality != ModalityDenied && g.rules.fired(ruleTrigger)
						if !told {
							// «… سیگار قاچاق کشف شد. متهم به مراجع قضایی
							// معرفی شد»: the accused of a smuggling find.
							if t, ok := d.smuggledBefore(si); ok {
								told = true
								w.Rules = d.withHit(w.Rules, ruleSmugglingAccused, span{d.toks[t].start, d.toks[t].end})
							}
						}
						if !told && contains(v.Sanctions, SanctionSuspension) {
							// «ادارات … باید وسایل گرمایشی را خاموش کنند در
							// غیر این صورت … قطع اشتراک آنها»: the bodies
							// whose supply (word set utility) is cut.
							_, supply := d.findWord(g.start, g.end, setUtility)
							if t, ok := d.findWord(g.start, g.end, setUtilityCustomer); ok && supply {
								told = true
								w.Rules = d.withHit(w.Rules, ruleUtilityCustomer, span{d.toks[t].start, d.toks[t].end})
							}
						}
						fallback = append(fallback, fallbackMention{at: len(out), told: told})
					}
					if len(perOffice) > 0 {
						w.Count = 0
						for _, on := range perOffice {
							if on.code == code {
								// Parts of one type are summed, as the
								// guidelines sum disjoint parts.
								w.Count += on.n
								w.Rules = d.withHit(w.Rules, ruleCountPerOffice, on.at)
							}
						}
						if w.Count == 0 {
							if at, ok := d.singleOffice(gs, code); ok {
								// «یک سالن ورزشی، یک باب نانوایی و فست
								// فودی»: an office named in the singular
								// is one unit.
								w.Count = 1
								w.Rules = d.withHit(w.Rules, ruleCountPerOffice, at)
							}
						}
					}
					if n := lastCount.of(code); w.Count == 0 && g.modality == ModalityReported && n > 0 {
						if t, ok := d.unitsPointedBack(g.start, g.end); ok {
							// «۸ واحد صنفی متخلف شناسایی شد. این واحدها
							// پلمب شدند»: the units counted before.
							w.Count = n
							w.Rules = d.withHit(w.Rules, ruleCountPointedBack, span{d.toks[t].start, d.toks[t+1].end})
						}
					}
					if w.Count > 0 {
						lastCount.set(code, w.Count)
					}
					out = append(out, w)
				}
			}
		}
		if o := d.sentenceOffices(s, personSpans); len(o) > 0 {
			lastOffices = o
		}
		mentionedBefore = mentioned
		mentioned, prevEnd = len(out) > before, s.end
	}
	d.cur = nil
	out = d.dropSameCount(d.passageOffice(out, fallback))
	out = d.standardsMakers(out)
	if !hasModality(out, ModalityReported) {
		if v, ok := d.offenceFind(ps, sentClauses, personSpans); ok {
			out = insertInOrder(out, v)
		}
	}
	if !hasModality(out, ModalityConditional) {
		if v, ok := d.dealingThreat(out, ps, sentClauses, personSpans); ok {
			out = insertInOrder(out, v)
		}
	}
	return shareTypes(out)
}

// insertInOrder inserts v into vs in text order: before the first mention
// that starts after it.
func insertInOrder(vs []Violation, v Violation) []Violation {
	at := slices.IndexFunc(vs, func(x Violation) bool { return x.Start > v.Start })
	if at < 0 {
		at = len(vs)
	}
	return slices.Insert(vs, at, v)
}

// sentenceMention returns a mention whose evidence is the whole of sentence
// s, of office type office and modality mod, with the first violation type
// of clause c (else type other): the passage-level mentions of
// dealingThreat and offenceFind.
func (d *document) sentenceMention(s span, c *clause, office, mod string, personSpans []span) Violation {
	v := Violation{
		OfficeType: office, OfficeLabel: OfficeLabel(office), ViolationType: ViolationOther,
		Modality: mod, Place: d.violationPlace(s, personSpans),
		Evidence: d.text(s.start, s.end), Start: int(s.start), End: int(s.end),
	}
	if c != nil && len(c.viols) > 0 {
		v.ViolationType = c.viols[0]
	}
	return v
}

// dealingThreat returns the first threat to deal with someone in the
// passage («با قاچاقچیان برخورد قانونی خواهد شد», «با آنها برخورد شدید
// می‌شود»): «با», then a dealing word that a future or present passive verb
// follows within a few words. Called only for a passage with no threat
// mention: the object is seldom a violation word, yet annotators label one
// general threat a passage. Its office is the one the clause names, else the
// one the passage's mentions name most, else the market's guild shops in an
// article about the market, else type other.
func (d *document) dealingThreat(out []Violation, ps []person, sentClauses [][]clause, personSpans []span) (Violation, bool) {
	for si, s := range d.sents {
		cls := sentClauses[si]
		if cls == nil {
			continue
		}
		first := d.tokAt(s.start)
		if first < 0 {
			continue
		}
		with := -1 // the latest «با» before t in the sentence
		cond := -1 // the first condition marker of the sentence
		for t := first; t < len(d.toks) && d.toks[t].start < s.end; t++ {
			if d.toks[t].key == "با" {
				with = t
				continue
			}
			if cond < 0 && d.startsConditional(t) {
				cond = t
			}
			rule, from := ruleDealingThreat, with
			if cond >= 0 && d.legalSteps(t, s.end) {
				// «در صورت عدم رفع نواقص، مراحل قانونی بعدی برای این
				// واحدها اعمال خواهد شد»: legal steps threatened on a
				// condition, with no one dealt with named.
				rule, from = ruleLegalStepsThreat, cond
			} else if d.prosecutionThreat(t, s) {
				// «… ممنوع بوده و پیگرد قانونی دارد»: what is forbidden
				// is told to be prosecuted.
				rule, from = ruleProsecutionThreat, t
			} else if with < 0 || !d.in(setDealing, t) || !d.threatVerbAfter(t, s.end) {
				continue
			}
			if rule == ruleDealingThreat && d.in(setTreatedKindly, with+1) {
				// «گاهی مسئولان با نخبگان بد برخورد می‌کنند»: how someone
				// treats people who did no wrong, no threat.
				d.fire(ruleDealingTreatment, with, t+1)
				continue
			}
			if len(d.inSentence(catAppeal, span{s.start, d.toks[t].start})) > 0 {
				// «… از مردم خواست … تا با عوامل خاطی برخورد شود»: a call
				// to citizens, no threat.
				continue
			}
			c := clauseAt(cls, t)
			office := ""
			if c != nil && len(c.offices) > 0 {
				office = c.offices[0]
			}
			if office == "" {
				if j, ok := d.findWord(first, d.tokAt(s.end-1)+1, setPublicOrder); ok {
					// «با عوامل اغتشاشات برخورد می‌شود»: a threat to rioters.
					d.fire(rulePublicOrder, j, j+1)
					continue
				}
				if j, ok := d.findWord(first, d.tokAt(s.end-1)+1, setRumour); ok {
					// «با عاملان این خبرهای کذب برخورد می‌شود»
					d.fire(ruleRumour, j, j+1)
					continue
				}
				office = commonestOffice(out, nil)
			}
			if office == "" && d.marketNamed() {
				office = OfficeGuildShop
			}
			if office == "" {
				office = OfficeOther
			}
			bread := -1
			if office == OfficeGuildShop && (c == nil || len(c.offices) == 0) {
				if j, ok := d.breadSentence(s); ok {
					office, bread = OfficeBakery, j
				}
			}
			v := d.sentenceMention(s, c, office, ModalityConditional, personSpans)
			if bread >= 0 {
				v.Rules = d.withHit(v.Rules, ruleBreadThreat, span{d.toks[bread].start, d.toks[bread].end})
			}
			if c != nil {
				sancs := append([]string(nil), c.sancs...)
				if rule == ruleProsecutionThreat {
					// «پیگرد قانونی دارد» names no referral of
					// anyone.
					sancs = slices.DeleteFunc(sancs, func(x string) bool { return x == SanctionReferral })
				}
				setSanctions(&v, sancs)
			}
			d.setSpeaker(&v, ps, d.toks[t].start)
			v.Rules = d.withHit(v.Rules, rule, span{d.toks[from].start, d.toks[t].end})
			return v, true
		}
	}
	return Violation{}, false
}

// legalSteps reports whether token t opens legal steps («اقدامات قانونی»,
// «مراحل قانونی بعدی»: a word of the legal_step set, then «قانونی» or
// «قضایی») whose first verb, within legalStepsReach words and before offset
// end (verbAfter), is a future («… اقدامات قانونی لازم علیه
// مدیرعامل شرکت انجام خواهد شد»).
func (d *document) legalSteps(t int, end int32) bool {
	if !d.in(setLegalStep, t) || (d.tokKey(t+1) != "قانونی" && d.tokKey(t+1) != "قضایی") {
		return false
	}
	return d.verbAfter(t+1, legalStepsReach, end) == tenseFuture
}

// prosecutionThreat reports whether token t, in sentence s, tells that
// something is prosecuted: a word of the prosecution set, then «قانونی» or
// «قضایی», then «دارد» or a future («پیگرد قانونی دارد», «… پیگرد
// قانونی خواهد داشت»), in a sentence that is no site's copyright notice
// («هر گونه کپی‌برداری از مطالب پیگرد قانونی دارد»; word set
// copyright_cue).
func (d *document) prosecutionThreat(t int, s span) bool {
	if !d.in(setProsecution, t) || (d.tokKey(t+1) != "قانونی" && d.tokKey(t+1) != "قضایی") {
		return false
	}
	if !d.in(setHasVerb, t+2) && d.verbAfter(t+1, 3, s.end) != tenseFuture {
		return false
	}
	_, copyright := d.findWord(d.tokAt(s.start), d.tokAt(s.end-1)+1, setCopyrightCue)
	return !copyright
}

// legalStepsReach is how far after «قانونی» legalSteps looks for the verb,
// whose tense a future is read at its last word («خواهد شد»): the steps
// are often said against whom («… لازم علیه مدیرعامل شرکت انجام خواهد
// شد»).
const legalStepsReach = 8

// threatVerbAfter reports whether a future, present or subjunctive verb
// («خواهد شد», «می‌شود», «می‌کند», «باید … شود») comes within four words
// after dealing word t, before offset end, with no «و» or past verb
// between («برخورد شده و …» tells what was done).
func (d *document) threatVerbAfter(t int, end int32) bool {
	switch d.verbAfter(t, 4, end) {
	case tenseFuture, tensePresent, tenseSubjunctive:
		return true
	}
	return false
}

// verbAfter returns the tense of the first verb within n words after token
// t, before offset end and before a «و» that would start another clause,
// or "" when there is none.
func (d *document) verbAfter(t, n int, end int32) tense {
	for j := t + 1; j < len(d.toks) && j <= t+n && d.toks[j].start < end && d.isWord(j); j++ {
		if v := verbTense(d, j); v != "" {
			return v
		}
		if d.toks[j].key == "و" {
			return ""
		}
	}
	return ""
}

// hasModality reports whether one of vs has modality mod.
func hasModality(vs []Violation, mod string) bool {
	for _, v := range vs {
		if v.Modality == mod {
			return true
		}
	}
	return false
}

// offenceFind returns a mention for the first sentence that reports a find
// of an offence: a find word («کشف», «دستگیر»; word set find_act) in a
// reported clause, and smuggled goods or an offence word («احتکار»,
// «غیرمجاز»; word set offence_found) in the sentence. It is called only for
// a passage that reported no other mention (threats aside): such finds are
// mostly of smuggled or hoarded goods, poaching or pollution, whose
// offenders are people or stores that no office word names, and which
// annotators code as type other (tuning part +30 matched for +40
// predicted, check +19 for +28). Where the find is told beside offices'
// findings, it is mostly one of them, already counted (tried: beside
// anything but a report of type other, +19 for +46).
func (d *document) offenceFind(ps []person, sentClauses [][]clause, personSpans []span) (Violation, bool) {
	for si, s := range d.sents {
		f, ok := d.findIn(si, sentClauses)
		if !ok {
			continue
		}
		c := f.c
		office := OfficeOther
		if len(c.offices) > 0 {
			office = c.offices[0]
		} else if f.rule == ruleSpoiledGoodsFind {
			if office = d.spoiledOffice(); office == "" {
				continue
			}
		}
		// «… کشف شد. متهم به مراجع قضایی معرفی شد»: the sanction of
		// the find may come in one of the next three sentences, after
		// the goods' value or the place (against the next sentence
		// alone, tuning part sanction +13 matched for +18; up to five
		// sentences, +15 for +28).
		sancs := findSanctions(si, sentClauses)
		retold := -1
		if len(sancs) == 0 && d.in(setFindNoun, f.find) && d.tokKey(f.find-1) == "از" {
			// «از دستگیری چهار حفار غیرمجاز خبر داد»: a lead's topic,
			// which the body tells again with its sanction (for any
			// find word, not only this noun after «از», tuning part
			// sanction +3 matched for +9).
			sancs, retold = d.retoldFindSanctions(si, sentClauses)
		}
		v := d.sentenceMention(s, c, office, ModalityReported, personSpans)
		setSanctions(&v, sancs)
		if retold >= 0 {
			v.Rules = d.withHit(v.Rules, ruleRetoldFind, d.sents[retold])
		}
		d.setSpeaker(&v, ps, d.toks[f.find].start)
		lo, hi := min(f.find, f.offence), max(f.find, f.offence)
		v.Rules = d.withHit(v.Rules, f.rule, span{d.toks[lo].start, d.toks[hi].end})
		if v.Count == 0 {
			if n, t, ok := d.findCount(d.tokAt(s.start), d.tokAt(s.end-1)+1); ok {
				// «پنج حفار غیرمجاز … دستگیر شدند», «از ۳ دستگاه خودرو»
				v.Count = n
				v.Rules = d.withHit(v.Rules, ruleCountFind, span{d.toks[t].start, d.toks[min(t+1, len(d.toks)-1)].end})
			}
		}
		return v, true
	}
	return Violation{}, false
}

// findSanctions returns the reported sanctions of sentence si or, where it
// has none, of the first of the next three sentences that has some.
func findSanctions(si int, sentClauses [][]clause) []string {
	sancs := reportedSanctions(sentClauses[si])
	for k := si + 1; len(sancs) == 0 && k < len(sentClauses) && k <= si+3; k++ {
		sancs = reportedSanctions(sentClauses[k])
	}
	return sancs
}

// retoldFindSanctions returns the sanctions of the next sentence after si
// that reports a find again («از دستگیری چهار حفار غیرمجاز خبر داد. …
// چهار حفار غیرمجاز دستگیر و به مراجع قضایی معرفی شدند»): the lead told
// the find, the body tells it again with its sanction.
// It returns the sanctions and that sentence, -1 when there is none.
func (d *document) retoldFindSanctions(si int, sentClauses [][]clause) ([]string, int) {
	for k := si + 1; k < len(d.sents); k++ {
		if _, ok := d.findIn(k, sentClauses); ok {
			if sancs := findSanctions(k, sentClauses); len(sancs) > 0 {
				return sancs, k
			}
		}
	}
	return nil, -1
}

// offenceFound is a find of an offence in a sentence: its find word, its
// offence word, the reported clause of the find and the rule that found it.
type offenceFound struct {
	find, offence int
	c             *clause
	rule          *Rule
}

// findIn returns the find of an offence that sentence si reports: a find
// word in a reported clause and an offence word in the sentence (see
// offenceFind).
func (d *document) findIn(si int, sentClauses [][]clause) (offenceFound, bool) {
	cls := sentClauses[si]
	if cls == nil {
		return offenceFound{}, false // a repeated title, or after the article's end
	}
	s := d.sents[si]
	find, offence := -1, -1
	spoiled, disposal, destroyed := -1, -1, -1
	if t, ok := d.smugglingWord(s); ok {
		offence = t
	}
	for t := d.tokAt(s.start); t >= 0 && t < len(d.toks) && d.toks[t].start < s.end; t++ {
		if find < 0 && (d.in(setFindAct, t) || d.in(setFindNoun, t)) {
			// «موفق به دستگیری سه شکارچی شدند»
			find = t
		}
		// «غیر مجاز» written apart is the key of «غیرمجاز».
		if offence < 0 && (d.in(setOffenceFound, t) || d.pairIn(setOffenceFound, t)) {
			offence = t
		}
		if spoiled < 0 && (d.in(setSpoiledGoods, t) || d.pairIn(setSpoiledGoods, t)) {
			spoiled = t
		}
		if disposal < 0 && (d.in(setDisposal, t) || d.pairIn(setDisposal, t)) {
			disposal = t
		}
		if destroyed < 0 && d.in(setDestroyed, t) {
			destroyed = t
		}
	}
	rule := ruleOffenceFind
	if find < 0 && offence >= 0 && d.in(setPollution, offence) {
		if c := clauseAt(cls, offence); c != nil && c.modality == ModalityReported && len(c.sancs) > 0 {
			// «این واحدها … به دلیل ایجاد آلودگی پلمب شدند»: the
			// sanction for pollution tells what was found.
			find, rule = c.start, ruleOffenceSanctioned
		}
	}
	if offence < 0 && spoiled < 0 && find >= 0 && destroyed >= 0 {
		// «۶۰ کیلوگرم مواد غذایی کشف و معدوم شد»: goods found and
		// destroyed were unfit (tuning +5 matched for +6).
		spoiled = destroyed
	}
	if offence < 0 && spoiled >= 0 && (find >= 0 || disposal >= 0) {
		// «۱۳ تن مواد غذایی فاسد کشف و معدوم شد»: spoiled goods
		// found or destroyed are a find at the premises the article
		// tells (spoiledOffice), none where it tells none (tuning
		// part +5 matched for +5; the market's guild shops wherever
		// no premises are told, +9 for +12 and check +2 for +8).
		rule, offence = ruleSpoiledGoodsFind, spoiled
		if find < 0 {
			find = disposal
		}
	}
	if find < 0 || offence < 0 {
		return offenceFound{}, false
	}
	c := clauseAt(cls, find)
	if c == nil || c.modality != ModalityReported {
		return offenceFound{}, false
	}
	return offenceFound{find, offence, c, rule}, true
}

// spoiledOffice returns the office type of the premises where an article
// that names none in the clause found spoiled goods: the one kind of office
// it names, else the health units of a report on food premises
// («مراکز تهیه و توزیع مواد غذایی»), else the guild shops of an article about
// the market; "" when it tells none of these.
func (d *document) spoiledOffice() string {
	if m, ok := d.soleOffice(); ok {
		return d.lx.entries[m.entry].code
	}
	if d.foodPremisesArticle() {
		return OfficeHealthUnit
	}
	if d.marketNamed() {
		return OfficeGuildShop
	}
	return ""
}

// setSanctions gives v the sanctions sancs, most severe first, and the first
// of them as its Sanction.
func setSanctions(v *Violation, sancs []string) {
	slices.SortStableFunc(sancs, func(x, y string) int { return cmp.Compare(sanctionRank(x), sanctionRank(y)) })
	v.Sanctions = sancs
	if len(sancs) > 0 {
		v.Sanction = sancs[0]
	}
}

// setSpeaker gives v the speaker of the quote that holds offset at, if any.
func (d *document) setSpeaker(v *Violation, ps []person, at int32) {
	if q := d.quoteAt(at); q != nil {
		if q.person >= 0 {
			v.Speaker = ps[q.person].name
			v.SpeakerKey = personKey(q.person)
		}
		v.SpeakerRole = q.role
	}
}

// clauseAt returns the clause of cls that holds token t, or nil.
func clauseAt(cls []clause, t int) *clause {
	for i := range cls {
		if cls[i].start <= t && t < cls[i].end {
			return &cls[i]
		}
	}
	return nil
}

// reportedSanctions returns the sanctions of the reported clauses of cls,
// those on people too.
func reportedSanctions(cls []clause) []string {
	var out []string
	for _, c := range cls {
		if c.modality == ModalityReported {
			out = appendNew(out, c.sancs...)
			out = appendNew(out, c.peopleSancs...)
		}
	}
	return out
}

// uncodedOffenceOffice reports whether an offence of an office of type code,
// told with modality mod and no type of the list, is of a kind outside it:
// the guidelines' «other» for what offices of type other (factories, stores,
// transport companies) and fuel stations are found doing (polluting,
// smuggling, selling off the card system), which the list does not code. A
// fuel station threatened names no offence as often as it names one.
func uncodedOffenceOffice(code, mod string) bool {
	switch code {
	case OfficeOther:
		return mod != ModalityDenied
	case OfficeFuelStation:
		return mod == ModalityReported
	}
	return false
}

// goodsOnly reports whether clause g is a find of goods and no more: a
// reported clause with no sanction and no count of offices («۱۳ تن مواد
// غذایی فاسد کشف و معدوم شد»).
func (d *document) goodsOnly(g clause) bool {
	return g.modality == ModalityReported && len(g.sancs) == 0 &&
		d.count(span{d.toks[g.start].start, d.toks[g.end-1].end}) == 0
}

// fallbackMention is a mention whose office type no word told: its index in
// the mentions, and whether it states a violation, a count or, when it
// reports or threatens, a violation word of its own («۵۴ مورد منجر به تشکیل
// پرونده تخلف شد»: tuning part +9 matched for +17 predicted, check +7 for
// +11; «با متخلفان … برخورد خواهد شد»).
type fallbackMention struct {
	at   int
	told bool
}

// passageOffice gives the fallback mentions, sanctions whose office no word
// told, the office type the passage's other mentions name most («… برای ۳
// مورد پرونده تشکیل شد. همچنین ۵ نانوایی متخلف پلمب شدند»): an article about
// one kind of office reports its sanctions on it. In a passage with no other
// mention, one that states none of these is dropped: a bare sanction word on
// no office is mostly about a person, a dispute or a project («در این رابطه
// پرونده قضایی تشکیل شد»), and the rest stay of type other («۴ مورد تخلف
// پلمب شد»). A sealing is kept all the same: a place is sealed, not a
// person («… با نامه دادستان پلمب شده است»; tuning part +3 matched for +6).
func (d *document) passageOffice(out []Violation, fallback []fallbackMention) []Violation {
	if len(fallback) == 0 {
		return out
	}
	told := make(map[int]bool, len(fallback))
	for _, f := range fallback {
		told[f.at] = f.told
	}
	best := commonestOffice(out, func(i int) bool { _, ok := told[i]; return ok })
	kept := out[:0]
	for i, v := range out {
		t, ok := told[i]
		switch {
		case !ok:
		case best != "":
			v.OfficeType, v.OfficeLabel, v.OfficeText = best, OfficeLabel(best), ""
			v.Rules = append(v.Rules, RuleHit{Rule: rulePassageOffice.Name, Start: v.Start, End: v.End, Text: v.Evidence})
		case !t && !contains(v.Sanctions, SanctionSealing):
			d.all.add(ruleNoPassageOffice, int32(v.Start), int32(v.End))
			continue
		default:
			if h, ok := d.healthLead(); ok {
				// «معاون درمان دانشگاه علوم پزشکی … گفت: … پلمب آن در
				// دستور کار قرار گرفت»: the health authority's sanctions
				// fall on the units it licenses and inspects.
				v.OfficeType, v.OfficeLabel, v.OfficeText = OfficeHealthUnit, OfficeLabel(OfficeHealthUnit), ""
				v.Rules = append(v.Rules, RuleHit{Rule: ruleHealthLead.Name, Start: int(d.toks[h].start), End: int(d.toks[h].end), Text: d.text(d.toks[h].start, d.toks[h].end)})
			}
		}
		kept = append(kept, v)
	}
	return kept
}

// commonestOffice returns the office type that most of vs name, the first
// to reach the highest count in text order; skip, when not nil, leaves out
// the mentions at the indices it reports. It returns "" when none is left.
func commonestOffice(vs []Violation, skip func(int) bool) string {
	counts := map[string]int{}
	best := ""
	for i, v := range vs {
		if skip != nil && skip(i) {
			continue
		}
		counts[v.OfficeType]++
		if best == "" || counts[v.OfficeType] > counts[best] {
			best = v.OfficeType
		}
	}
	return best
}

// dropSameCount drops the mentions with a count and no sanction whose
// office type, modality and count a mention with a sanction in another
// sentence repeats, unless both bring in one unit of their own
// («شناسایی هشت واحد صنفی متخلف» above «… هشت واحد متخلف شناسایی و برای
// آنان پرونده تشکیل شد»): the same units, told twice.
func (d *document) dropSameCount(vs []Violation) []Violation {
	type key struct {
		office, modality string
		count            int
	}
	// sanctioned holds the first sanctioned mention of each key: its
	// evidence start (a mention of another sentence repeats it) and whether
	// it brings in one unit with «یک».
	type first struct {
		start int
		one   bool
	}
	sanctioned := map[key]first{}
	for _, v := range vs {
		if k := (key{v.OfficeType, v.Modality, v.Count}); v.Count > 0 && v.Sanction != "" {
			if _, ok := sanctioned[k]; !ok {
				sanctioned[k] = first{v.Start, v.Count == 1 && d.newOne(v)}
			}
		}
	}
	if len(sanctioned) == 0 {
		return vs
	}
	out := vs[:0]
	for _, v := range vs {
		if at, ok := sanctioned[key{v.OfficeType, v.Modality, v.Count}]; ok && v.Count > 0 && v.Sanction == "" && at.start != v.Start && !(at.one && d.newOne(v)) {
			d.fireSpan(ruleSameCount, int32(v.Start), int32(v.End))
			continue
		}
		out = append(out, v)
	}
	return out
}

// newOne reports whether mention v brings in a unit of its own with «یک»:
// two such are two units («یک رستوران … پلمب شد. … از یک فروشگاه کشف شد»),
// where one unit told again is pointed back at («این جایگاه»).
func (d *document) newOne(v Violation) bool {
	for _, m := range d.inSentence(catOffice, span{int32(v.Start), int32(v.End)}) {
		if a, _ := d.tokSpan(m); a >= 0 && d.oneBefore(a) {
			return true
		}
	}
	return false
}

// The rules that decide which offices a clause group is about, and the
// groups that are no office's violation.
var (
	ruleOfficeNamed = newRule("office-named",
		"the office named in the clause as the one that did wrong or was punished",
		"دو نانوایی به دلیل کم‌فروشی پلمب شدند.")
	ruleHealthCentres = newRule("office-health-centres",
		"centres counted or called offenders with no type («سه مرکز متخلف پلمب شدند»), with no office named before or after guild shops were, are the health units in a passage of the health authority («شبکه بهداشت», «معاونت بهداشتی», «بهداشت محیط») that calls no premises guild units («واحد صنفی»)",
		"رئیس شبکه بهداشت کوار گفت: بازرسان از رستوران‌های شهر بازدید کردند. در این بازرسی‌ها سه مرکز متخلف پلمب شدند.")
	ruleBreadThreat = newRule("office-bread-threat",
		"a threat whose offices are only the market's guild shops, in a sentence about bread («نان», «وزن چانه») that names no shop or guild unit, is addressed to bakeries",
		"مدیرکل تعزیرات کوار گفت: با گرانفروشان نان به شدت برخورد خواهد شد.")
	ruleGuildTalkOfType = newRule("office-guild-violation-of-type",
		"a violation called a guild's («پرونده تخلف صنفی», «تخلفات صنفی») is that of the offices of one type an earlier clause of its sentence names, inspected ones too, not of the guild shops",
		"از ۲۰۰ واحد نانوایی بازرسی شد که برای ۱۲ مورد آن پرونده تخلف صنفی تشکیل شد.")
	ruleOfficeEarlierClause = newRule("office-earlier-clause",
		"a clause with no office of its own is about the office of an earlier clause of the sentence",
		"بازرسان از نانوایی‌های شهر بازدید کردند: ۳ مورد تخلف ثبت شد و پرونده آنها به تعزیرات ارسال شد.")
	ruleOfficeEarlierGroup = newRule("office-earlier-mention",
		"a mention with no office of its own after another mention of its sentence is about the same offices, however these were found",
		"در این بازدید سه واحد پلمب شد و با سایر متخلفان نیز برخورد خواهد شد.")
	ruleSmugglingNotCarried = newRule("office-smuggling-not-carried",
		"smuggling in a sentence that names no office, after one about fuel stations, is the smugglers' offence (type other), not the stations'",
		"دو جایگاه سوخت به دلیل کم‌فروشی پلمب شد. همچنین ۲۸ پرونده قاچاق در تعزیرات تشکیل شد.")
	ruleOfficePreviousSentence = newRule("office-previous-sentence",
		"a clause with no office in its sentence is about the offices of the sentence before",
		"گشت مشترک از جایگاه‌های سوخت شهر بازدید کرد. در این بازدید ۲ مورد تخلف ثبت شد.")
	ruleMarketThreatNotCarried = newRule("office-market-threat-not-carried",
		"a threat to overcharging or short selling in a sentence that names no office is the market's guild shops', not the offices of type other named in the sentence before",
		"بازرسان بر عمده فروشان شهر کوار نظارت می‌کنند. با هرگونه گرانفروشی و کم فروشی به شدت برخورد خواهد شد.")
	ruleOfficeLaterClause = newRule("office-later-clause",
		"a generic office noun («این دفاتر», «واحدهای متخلف») with no type before it takes the type named in a later clause of its sentence",
		"پروانه این دفاتر به دلیل فعالیت نکردن لغو شد و ساماندهی دفاتر پیشخوان به سازمان دیگری سپرده شد.")
	ruleOfficeLater = newRule("office-later",
		"a clause with no office before it is about the office named later in its sentence",
		"در این طرح ۴ مورد تخلف ثبت شد. بازرسان از نانوایی‌های شهر بازدید کرده بودند.")
	ruleFuelMisuseStation = newRule("office-fuel-misuse-station",
		"fuel misuse («تخلف در توزیع سوخت») with no office named is a fuel outlet's violation",
		"در صورت مشاهده هرگونه تخلف در توزیع سوخت، با متخلفان برخورد قاطع خواهد شد.")
	ruleHealthViolationUnit = newRule("office-health-violation-unit",
		"health violations («تخلف بهداشتی») with no office named are the food and health premises' (health_unit)",
		"۵۵ پرونده تخلف بهداشتی به تعزیرات حکومتی ارسال شد.")
	ruleFoodPremisesArticle = newRule("office-food-premises-article",
		"units given no type of their own («۷ مرکز متخلف پلمب شد»), or taken for the market's, in an article on food and public premises («مراکز تهیه و توزیع مواد غذایی», «اماکن عمومی») that names no guild unit («واحد صنفی», «اصناف») are health units, as the guidelines call those premises",
		"کارشناسان بهداشت محیط کوار از اماکن عمومی شهر بازدید کردند.\nدر این بازدیدها ۷ واحد متخلف پلمب شد.")
	ruleMarketGuildShop = newRule("office-market-guild-shop",
		"market violations (overcharging, short selling, hoarding, price lists) with no office named are the guild shops'",
		"۴۵ پرونده گرانفروشی و احتکار تشکیل شد.")
	ruleSanctionNextClause = newRule("sanction-next-clause",
		"a sanction in a clause with no mention of its own belongs to the threat or report of the clause before it",
		"با نانوایی‌های متخلف برخورد خواهد شد و در صورت تکرار، لغو مجوز در دستور قرار می‌گیرد.")
	ruleSanctionNextSentence = newRule("sanction-next-sentence",
		"a sentence with only a sanction («پرونده مربوطه در حال رسیدگی است»), right after a mention, or a reported one a sentence later, is a mention about the same offices; in a paragraph of its own too, unless it appeals to citizens",
		"یک انبار غیرمجاز دارو در شهر شناسایی شد. پرونده مربوطه به دادسرا ارسال شد.",
		"دو واحد صنفی متخلف در کوار شناسایی و به تعزیرات حکومتی معرفی شدند.\n\nکریمی افزود: پس از سیر مراحل قانونی به پرداخت جزای نقدی محکوم شدند.")
	ruleSanctionOwnModality = newRule("sanction-own-modality",
		"a sanction in a clause with no mention of its own and another modality than the mention before is a mention of its own about the same offices",
		"دو نانوایی اخطار گرفتند و در صورت تکرار، پلمب خواهند شد.")
	ruleSanctionPrevClause = newRule("sanction-previous-clause",
		"a sanction in a clause with no mention of its own, before the first mention of its sentence, belongs to that mention",
		"از میان پرونده‌هایی که اخطار گرفتند، دو داروخانه به تعزیرات معرفی شدند.")
	ruleCountedOffender = newRule("office-counted-offender",
		"a counted office type beside an uncounted «واحد صنفی» is the offender, and the guild unit names the same units",
		"در بازرسی از واحدهای صنفی، سه نانوایی به دلیل کم‌فروشی به پلمب واحد صنفی محکوم شدند.")
	ruleMixedUnits = newRule("office-mixed-units",
		"shops mixed with bakeries, clinics, pharmacies, fuel stations or warehouses and not broken down by count are guild shops",
		"واحدهای نانوایی و اغذیه‌فروشی‌هایی که کم‌فروشی کنند یک هفته پلمب خواهند شد.")
	ruleMarketArticle = newRule("office-market-article",
		"a sanction with no office near, in an article about market violations (overcharging, short selling, hoarding, price tags), is the guild shops'",
		"در این طرح ۳۸ پرونده تخلف تشکیل شد. عمده تخلفات گرانفروشی و عدم درج قیمت بود.")
	ruleMarketThreat = newRule("office-market-threat",
		"a threat with no office («با متخلفان برخورد می‌شود», «متخلفان معرفی خواهند شد»), in an article about the market, is addressed to its guild shops",
		"نشست شورای اداری شهرستان\nفرماندار گفت: با متخلفان به شدت برخورد خواهد شد.\nوی افزود: گشت‌های مشترک در بازار شهر فعال هستند.")
	ruleHealthOffender = newRule("office-health-offender",
		"a sanction with no office type near, whose offenders or units are called health ones («واحد متخلف بهداشتی», «متخلفان بهداشتی»), is the food and health premises' (health_unit)",
		"در ایام نوروز ۲۴ واحد متخلف بهداشتی پلمپ شد.")
	ruleUnitOffender = newRule("office-unit-offender",
		"a sanction on offending units or trades of no named type («۴۶ واحد متخلف پلمب شد», «۱۸۳ صنف متخلف») is the market's guild shops'",
		"در این طرح ۴۶ واحد متخلف پلمب شد.")
	ruleMarketSanction = newRule("office-market-sanction",
		"a sanction with no office near, in an article about the market or by the trade regulator («اصناف», «صمت»), is the guild shops'",
		"بازرسان صمت از ۴۰ واحد بازدید کردند. برای ۱۲ مورد پرونده تشکیل و به تعزیرات ارسال شد.")
	ruleHealthLead = newRule("office-health-authority-lead",
		"a sanction whose office no word tells, in a passage whose first three sentences name the health authority's hygiene or treatment arm («شبکه بهداشت», «معاونت درمان», «بهداشت محیط») and whose other mentions name no office, is about the health units it licenses and inspects, not an office of type other",
		"معاون درمان دانشگاه علوم پزشکی کوار گفت: با هماهنگی دادستان، پلمب آن در دستور کار قرار گرفت.")
	ruleRegulatorThreat = newRule("office-regulator-threat",
		"a threat with no office near and no sanction, in a sentence that names the market's regulator («تعزیرات حکومتی», «صمت», «اصناف») and no smuggling, is addressed to the market's guild shops, as the guidelines default",
		"مدیرکل تعزیرات حکومتی کوار گفت: بازرسان در صورت مشاهده تخلف با متخلفان برخورد قانونی خواهند کرد.")
	ruleSanctionOtherOffice = newRule("office-other-with-sanction",
		"a sanction with no office anywhere near is an office of type other",
		"در این طرح ۴ مورد تخلف پلمب شد.")
	ruleThreatPassageOffice = newRule("office-threat-of-passage",
		"a threat with no office near, in a passage whose every office word is of one type (a title's too: «رئیس اتحادیه نانوایان»), is addressed to that type",
		"رئیس انجمن داروخانه‌داران کوار از آغاز طرح نظارتی خبر داد.\nاین طرح تا پایان ماه ادامه دارد.\nوی افزود: در صورت مشاهده هرگونه تخلف با متخلفان برخورد می‌شود.")
	rulePassageOffice = newRule("office-of-passage",
		"a sanction whose office no word tells is about the office type the passage's other mentions name most",
		"طی این طرح برای سه مورد پرونده تشکیل شد.\nهمچنین ۵ نانوایی متخلف در کوار پلمب شدند.")
	ruleLandOffence = newRule("office-other-land-offence",
		"an offence against farmland or national land, unauthorised building, or the act that undoes one («ساخت و ساز غیرمجاز … قلع و قمع شد», «بنای غیرمجاز … تخریب شد», «رفع تصرف»), with no office named is a mention of type other, reported with no sanction too",
		"بیش از ۳۰ فقره ساخت و ساز غیرمجاز در اراضی کشاورزی کوار قلع و قمع شد.")
	ruleLandOffenceStated = newBlockingRule("office-other-land-offence-stated",
		"an offence against the land told with a bare copula and no sanction («ساخت و ساز غیرمجاز در حریم رودخانه تخلف است») states what the law holds: no offence found",
		"فرماندار کوار گفت: ساخت و ساز غیرمجاز در حریم رودخانه‌ها تخلف است.")
	ruleSmugglingAccused = newRule("office-other-smuggling-accused",
		"a bare sanction on no office in a sentence about smuggled goods or smugglers, or in one of the two sentences after it, is about the accused of the find: a mention of office type other",
		"در بازرسی از یک خودروی سواری ۴۰۰ بسته سیگار قاچاق در کوار کشف شد.\nدو متهم در این رابطه دستگیر و به مراجع قضایی معرفی شدند.")
	ruleNoPassageOffice = newBlockingRule("violation-no-office-in-passage",
		"a bare sanction word other than a sealing whose office no word tells, with no violation, count or (in a report or a threat) violation word of its own, in a passage that names no office's violation, mentions none",
		"در این رابطه پرونده قضایی تشکیل شد.")
	ruleSameCount = newBlockingRule("violation-same-count",
		"a mention with a count and no sanction whose office type, modality and count a sanctioned mention of another sentence repeats is the same units told twice",
		"هشت واحد صنفی متخلف در بازار شهر شناسایی شدند. این هشت واحد صنفی متخلف به تعزیرات معرفی شدند.")
	ruleHoardStore = newRule("office-hoard-store",
		"after a hoard found in a store (type other), a later report whose office is no more than the market's guild shops is about the store",
		"۱۰ تن شکر احتکار شده در کوار کشف شد.\nبه گفته وی، گزارش‌های مردم از کمبود شکر در بازار کوار خبر می‌داد. در این رابطه برای صاحب کالا پرونده تشکیل و به تعزیرات معرفی شد.")
	ruleHoardedStock = newRule("office-hoarded-stock",
		"hoarded goods found where no office is named («۳۲ تن روغن احتکار شده کشف شد») are a store's: office type other",
		"۳۲ تن روغن نباتی احتکار شده در کوار کشف و ضبط شد.")
	ruleHoardedGuildUnits = newRule("office-hoarded-guild-units",
		"hoarded goods found where no office is named, in a passage that names guild units («واحد صنفی», «واحدهای صنفی»), are those units': office type guild_shop, as the labels code them",
		"۴۰ تن برنج احتکار شده در کوار کشف شد.\nاین کالاها در بازرسی از دو واحد صنفی پیدا شد.")
	ruleKnownUnitsUntil = newRule("modality-known-units-until",
		"a future verb on a unit already named («این واحد», «این جایگاه») whose sanction lasts until something («تا اطلاع ثانوی», «تا رفع نواقص») states a sanction in force, reported",
		"یک جایگاه سوخت در کوار به دلیل کم‌فروشی بازرسی شد. این جایگاه تا رفع کامل نواقص پلمب خواهد بود.")
	ruleGoodsOnly = newBlockingRule("office-goods-only",
		"a health violation found in goods («مواد غذایی فاسد کشف و معدوم شد») with no office, no sanction and no count of offices names no premises that offended, unless the passage names food premises as health reports do («مراکز تهیه و توزیع مواد غذایی»), where the goods were found",
		"بیش از ۱۳ تن مواد غذایی فاسد در کوار کشف و معدوم شد.")
	ruleOffenceFind = newRule("violation-offence-find",
		"in a passage that reported no other mention, the first sentence that reports a find of an offence («… سیگار قاچاق کشف شد», «شکارچی غیرمجاز دستگیر شد») is a mention: of the office its clause names, else of type other, as annotators code the offences of people and stores with no establishment; its sanction may come in one of the next three sentences",
		"در بازرسی از یک خودروی سواری در کوار ۴۰۰ بسته سیگار قاچاق کشف شد.")
	ruleSpoiledGoodsFind = newRule("violation-spoiled-goods-find",
		"in a passage that reported no other mention, the first sentence that reports spoiled or expired goods found or destroyed («… مواد غذایی فاسد کشف و معدوم شد»), or goods found and destroyed, unfit though no word says so («… مواد غذایی کشف و معدوم شد»), is a mention of the premises the article tells: the office its clause names, else the one kind the article names, else the health units of a report on food premises, else the guild shops of an article about the market; with none of these it is no mention",
		"در جلسه ستاد تنظیم بازار کوار اعلام شد که بازرسان ۴۰۰ کیلوگرم مواد غذایی فاسد را کشف و معدوم کردند.",
		"رضا احمدی گفت: در بازدید از قصابی‌های کوار ۶۰ کیلوگرم گوشت ضبط و امحا شد.")
	ruleDealingThreat = newRule("violation-dealing-threat",
		"in a passage with no threat mention, the first threat to deal with someone («با … برخورد قانونی خواهد شد») is one: of the office its clause names, else the passage's commonest, else the market's in an article about it, else of type other",
		"رئیس محیط زیست کوار گفت: با قاچاقچیان چوب برخورد قاطع خواهد شد.")
	ruleDealingTreatment = newBlockingRule("mention-dealing-treatment",
		"«برخورد» with people who did no wrong («با خبرنگاران», «با نخبگان») or in a manner («با مهربانی») tells how someone treats them: no threat",
		"فرماندار کوار گفت: هر مدیری که بخواهد با خبرنگاران تند برخورد کند از کار کنار گذاشته می‌شود.",
		"حسن کریمی گفت: گاهی مسئولان با نخبگان با بی‌مهری برخورد می‌کنند.")
	ruleRetoldFind = newRule("sanction-retold-find",
		"a find of an offence told as a lead's topic («از دستگیری … خبر داد») whose sentence and the three after it tell no sanction takes the sanctions of a later sentence that tells the find again",
		"رئیس محیط زیست کوار از دستگیری دو شکارچی غیرمجاز خبر داد. وی گفت: ماموران در گشت شبانه به منطقه رفتند. آنها سلاح های خود را پنهان کرده بودند. این منطقه شکار ممنوع است. دو شکارچی غیرمجاز دستگیر و به مراجع قضایی معرفی شدند.")
	ruleOffenceSanctioned = newRule("violation-offence-sanctioned",
		"in a passage that reported no other mention, a sanction told in a clause with a word of pollution («… به دلیل ایجاد آلودگی پلمب شدند») is a mention of office type other, as violation-offence-find makes one",
		"رئیس اداره محیط زیست کوار گفت: این کارگاه‌ها فعالیت داشتند و به دلیل ایجاد آلودگی پلمب شدند.")
	ruleProsecutionThreat = newRule("violation-prosecution-threat",
		"in a passage with no threat mention, a deed told to be prosecuted («… ممنوع است و پیگرد قانونی دارد») is a threat, placed as violation-dealing-threat places one; a site's copyright notice is none",
		"رئیس اتاق اصناف کوار گفت: فروش نان در آرایشگاه‌ها ممنوع است و پیگرد قانونی دارد.")
	ruleLegalStepsThreat = newRule("violation-legal-steps-threat",
		"in a passage with no threat mention, legal steps threatened on a condition («در صورت عدم رفع نواقص، مراحل قانونی بعدی … اعمال خواهد شد») are a threat, placed as violation-dealing-threat places one",
		"مدیر میراث فرهنگی کوار گفت: دو دفتر خدمات مسافرتی به مدت یک ماه تعلیق شدند. در صورت عدم رفع نواقص، مراحل قانونی بعدی برای این واحدها اعمال خواهد شد.")
	ruleCountedFinding = newRule("violation-counted-finding",
		"violations counted and found («۷۲ تخلف … شناسایی شد»), in a report, are a mention though no office or sanction is named: of type other unless the article tells the market's",
		"مدیرکل راهداری گفت: در این مدت ۷۲ تخلف مربوط به شرکت‌های حمل بار شناسایی شد.")
	ruleThreatNoOffice = newRule("violation-threat-no-office",
		"a threat that names a wrong («تخلف», «متخلفان») with no office anywhere near and no sanction is still a mention: of the market's shops in an article about the market, else of type other (land, forests, schools, transport)",
		"رئیس منابع طبیعی کوار گفت: با هرگونه تخلف و تصرف در اراضی ملی برخورد قانونی خواهد شد.")
	ruleNoOfficeNoSanction = newBlockingRule("violation-no-office-no-sanction",
		"a wrong with no office anywhere near and no sanction, unless a threat, is not an office's violation",
		"برداشت غیرمجاز آب از رودخانه با تخلف همراه است.")
	rulePageChrome = newBlockingRule("mention-page-chrome",
		"after the end of the article («انتهای پیام», «اخبار مرتبط») come related headlines and comments, no mentions of the article",
		"دو نانوایی متخلف پلمب شدند.\nانتهای پیام\nاخبار مرتبط\nپلمب سه واحد صنفی متخلف در شهر")
	ruleChromeAtTop = newBlockingRule("mention-chrome-at-top",
		"a line of related news or tags («مطالب مرتبط», «اخبار مرتبط») before any line of prose and any mention is the portal's chrome at the top of the page; the article comes after it",
		"پلمب دو واحد فولادی در کوار\nمطالب مرتبط:\nقیمت طلا\nدر بازرسی هفته گذشته کارشناسان اداره حفاظت محیط زیست کوار از واحدهای صنعتی شهرک صنعتی، دو واحد فولادی به دلیل آلودگی هوا با دستور مقام قضایی پلمب شدند.")
	ruleTrainingTopic = newBlockingRule("violation-training-topic",
		"in a workshop or training course, violations are the subject taught; only a sanction, a count or a denial reports",
		"کارگاه آموزشی آشنایی با تخلفات رایج دفاتر پیشخوان برگزار شد و کارشناسان درباره تخلف کم‌فروشی توضیح دادند.")
)

// Keys of «آن» and «آنها».
var keyThat, keyThose = NormalizeKey("آن"), NormalizeKey("آنها")

// keyStation is the key of «جایگاه» alone, a fuel station in the office
// lexicon and a word of standing after «به».
var keyStation = NormalizeKey("جایگاه")

// standing reports whether the office phrase of tokens [s,e) is «جایگاه»
// alone (with its plural suffix) after «به» or before a word of rank: «با
// توجه به جایگاه برنج در سبد خانوار», «جایگاه نخست استان», «جایگاه‌های
// درمانی اعتیاد», the standing or place of something, no fuel station. It
// fires office-station-rank for a word of rank.
func (d *document) standing(s, e int) bool {
	if e-s != 1 {
		return false
	}
	k := d.toks[s].key
	if k == keyStation && d.tokKey(s-1) == "به" {
		return true
	}
	if suffix, ok := strings.CutPrefix(k, keyStation); !ok || suffix != "" && !pluralSuffix([]rune(suffix)) {
		return false
	}
	if d.in(setRank, e) {
		d.fire(ruleStationRank, s, e+1)
		return true
	}
	return false
}

// peopleOfGroup adds to the last group of groups, a report, the sanctions
// of clause c about people («… ۲۰ تن برنج احتکاری کشف شد و متصدی آن به
// مرجع قضایی معرفی شد»): the people sanctioned after a fact reported in the
// same sentence are its case. It reports whether it did.
func (d *document) peopleOfGroup(groups []clause, c clause) bool {
	n := len(groups)
	if n == 0 || len(c.peopleSancs) == 0 || c.modality != ModalityReported || groups[n-1].modality != ModalityReported {
		return false
	}
	d.joinSanctions(&groups[n-1], c, c.peopleSancs, rulePeopleOfReport)
	return true
}

// joinSanctions extends group g over clause c, whose sanctions sancs g
// takes, and fires rule r, which joined them, on c.
func (d *document) joinSanctions(g *clause, c clause, sancs []string, r *Rule) {
	g.end = c.end
	g.sancs = appendNew(g.sancs, sancs...)
	g.rules.hits = append(g.rules.hits, c.rules.hits...)
	d.cur = g.rules
	d.fire(r, c.start, c.end)
}

// peopleAfterReport gives the last mention of out, a report with no
// sanction, the sanctions of the first clause of cls that reports people
// sanctioned («متهمان پس از تشکیل پرونده به مرجع قضایی معرفی شدند»), in a
// sentence that gives no mention: the people are the case of the fact reported, and
// their sanctions its own. Every entry of that mention (one per office and
// violation type, all of one start) gets them.
func (d *document) peopleAfterReport(cls []clause, out []Violation) {
	n := len(out)
	if n == 0 || out[n-1].Modality != ModalityReported || len(out[n-1].Sanctions) > 0 {
		return
	}
	for i := range cls {
		c := &cls[i]
		if len(c.peopleSancs) == 0 || c.modality != ModalityReported {
			continue
		}
		sp := span{d.toks[c.start].start, d.toks[c.end-1].end}
		for k := n - 1; k >= 0 && out[k].Start == out[n-1].Start; k-- {
			setSanctions(&out[k], appendNew(append([]string(nil), out[k].Sanctions...), c.peopleSancs...))
			out[k].Rules = d.withHit(out[k].Rules, rulePeopleOfReport, sp)
		}
		return
	}
}

// courtNamed reports whether the referral phrase m at token t only names
// the courts («مراجع قضایی», «مراجع قانونی»; word set bare_court) with no
// word before it that sends a case to them or has it heard there («به»,
// «تحویل», «در اختیار», «از طریق», «در»; word set court_direction): the
// courts that a sealing was coordinated with («پس از هماهنگی با مراجع
// قضایی»), that fined or ordered («از سوی مراجع قضایی», «با حکم مراجع
// قضایی»), or that are thanked or listed, refer no one.
func (d *document) courtNamed(m match, t int) bool {
	return d.lx.has(setBareCourt, d.lx.entries[m.entry].key) && !d.in(setCourtDirection, t-1)
}

// selfClosure reports whether the closure m («اقدام به تعطیلی», a sealing
// phrase that opens with «اقدام») is one that offices do themselves, the
// violation of closing without leave: a «که» of a clause about them
// («نانوایانی که اقدام به تعطیلی کنند») or a word of set self_closure
// («خودسرانه», «غیرمجاز», «اطلاع» of «بدون اطلاع») within selfClosureReach
// words before it in its clause (from token a), or such a word right after
// it («اقدام به تعطیلی خودسرانه»). It returns the first token of the words
// read. An authority that closes an office («این اداره اقدام به تعطیلی
// واحد کرد») has none of them.
func (d *document) selfClosure(m match, a int) (int, bool) {
	t := d.tokAt(m.start)
	if d.lx.entries[m.entry].code != SanctionSealing || t < 0 || d.toks[t].key != keyMeasure {
		return 0, false
	}
	if e := d.tokAt(m.end - 1); d.selfClosureWord(e+1) || d.selfClosureWord(e+2) {
		return t, true
	}
	for j := t - 1; j >= a && j >= t-selfClosureReach; j-- {
		if d.toks[j].key == "که" || d.selfClosureWord(j) {
			return j, true
		}
	}
	return 0, false
}

// selfClosureWord reports whether token t, or t with the next, is a word of
// set self_closure («غیر قانونی» written apart too).
func (d *document) selfClosureWord(t int) bool {
	return t >= 0 && t < len(d.toks) && (d.in(setSelfClosure, t) || d.pairIn(setSelfClosure, t))
}

// selfClosureReach is how far before «اقدام به تعطیلی» selfClosure looks:
// «بدون اطلاع کارگروه دفاتر پیشخوان اقدام به تعطیلی» puts the mark five
// words before.
const selfClosureReach = 6

// afterPrior reports whether the sanction at token t follows «پس از» within
// four words of the same clause (from token a), with no other sanction
// between: a sanction already imposed, the condition of the one threatened
// («پس از دو بار اخطار، پلمب …»).
func (d *document) afterPrior(t, a int) bool {
	for j := t - 1; j > a && j >= t-4 && d.isWord(j); j-- {
		if d.toks[j].key == "از" && d.tokKey(j-1) == "پس" {
			return true
		}
		if d.covered(j, catSanction) {
			return false // «پس از چند مرتبه تذکر تعطیل شد»: that one is the condition
		}
	}
	return false
}

// heededNotice reports whether the notice m is the object of heeding in its
// clause [a, b): after «به» and a word of heeding («عدم تمکین به اخطارها»,
// «بی‌توجهی به اخطاریه‌های صادره»), or before one within three words
// («به اخطارهای بهداشتی توجه نکنند»). Such a notice was given before or is
// the condition of the sanction threatened, none itself; when the rest of
// the sentence is past («بی‌توجهی به اخطارها، … پلمب شدند») the notices are
// the background the guidelines keep. «با توجه به» (given) is no heeding.
// It returns the first token of the words it read. The words around the
// notice are read first, the rest of the sentence only for a heeded one.
func (d *document) heededNotice(m match, a, b int) (int, bool) {
	t, e := d.tokAt(m.start), d.tokAt(m.end-1)
	if d.lx.entries[m.entry].code != SanctionNotice || d.tokKey(t-1) != "به" {
		return 0, false
	}
	from := -1
	if t-2 >= a && d.in(setHeed, t-2) && d.tokKey(t-3) != "با" {
		from = t - 2
	}
	for k := e + 1; from < 0 && k <= e+3 && k < b && d.isWord(k) && !d.covered(k, catSanction); k++ {
		if d.in(setHeed, k) {
			from = t - 1
		}
	}
	if from < 0 {
		return 0, false
	}
	if si := sentenceAt(d.sents, m.start); si >= 0 && d.clausePast(e+1, d.tokAt(d.sents[si].end-1)+1) {
		return 0, false
	}
	return from, true
}

// startsNumber reports whether token t is a number («۱۲», «سه»).
func (d *document) startsNumber(t int) bool {
	if !d.isWord(t) {
		return false
	}
	_, ok := d.number(t)
	return ok
}

// marketViolations reports whether vs names violations and all of them are
// the market's: overcharging, short selling, hoarding or a missing price
// list.
func marketViolations(vs []string) bool {
	for _, v := range vs {
		switch v {
		case ViolationOvercharging, ViolationShortSelling, ViolationHoarding, ViolationPriceList:
		default:
			return false
		}
	}
	return len(vs) > 0
}

// priceViolations reports whether vs names violations and all of them are
// overcharging or short selling, offences of the shops that sell.
func priceViolations(vs []string) bool {
	for _, v := range vs {
		if v != ViolationOvercharging && v != ViolationShortSelling {
			return false
		}
	}
	return len(vs) > 0
}

// allViolations reports whether every violation code of vs is v.
func allViolations(vs []string, v string) bool {
	for _, x := range vs {
		if x != v {
			return false
		}
	}
	return true
}

// fuelViolations reports whether vs names violations and all of them are
// fuel misuse («تخلف در توزیع سوخت», «کارت سوخت»).
func fuelViolations(vs []string) bool {
	for _, v := range vs {
		if v != ViolationFuelMisuse {
			return false
		}
	}
	return len(vs) > 0
}

// clauses splits sentence s into clauses and reads each one.
func (d *document) clauses(s span, personSpans []span) []clause {
	first := d.tokAt(s.start)
	last := first
	for last < len(d.toks) && d.toks[last].end <= s.end {
		last++
	}
	cuts := d.cuts[:0] // the buffer of the sentence before: clauses is not reentered
	for t := first + 1; t < last; t++ {
		tk := d.toks[t]
		switch {
		case d.paraBreakBetween(d.toks[t-1].end, tk.start) && !d.wrapped(t-1):
			// A line break inside a sentence (a line with no final
			// stop) ends a clause, unless the line wraps the sentence.
			cuts = append(cuts, t)
		case tk.punct == ':':
			cuts = append(cuts, t+1)
		case tk.punct == '/' && d.isWord(t-1) && d.isWord(t+1) && !d.isNum(t-1) && !d.isNum(t+1):
			// «تشکیل ۱۸ پرونده برای نانوایان کوار/باید بهترین نان …»: a
			// slash between words joins the two halves of a headline.
			d.cur = nil
			d.fire(ruleSlashClause, t, t+1)
			cuts = append(cuts, t+1)
		case d.in(setContrast, t):
			cuts = append(cuts, t)
		case (tk.key == "و" || isListMark(tk.punct)) && (verbTense(d, t-1) != "" || d.in(setParticiple, t-1)):
			// A comma after a subjunctive closes the relative clause of
			// the subject («هر جایگاهی که … عرضه کند، … معرفی می‌شود»);
			// only «و» or «؛» coordinates two clauses there.
			if tk.key == "و" || isSemicolon(tk.punct) || verbTense(d, t-1) != tenseSubjunctive {
				if tk.key != "و" && !isSemicolon(tk.punct) {
					if j, ok := d.relativeSubject(segStart(cuts, first), t); ok {
						// «عاملینی که … تحویل نداده بودند، به تعزیرات
						// معرفی شدند»: the comma closes the relative
						// clause of the subject.
						d.cur = nil
						d.fire(ruleRelativeSubject, j-1, t+1)
						break
					}
					if j, ok := d.offenderRelative(segStart(cuts, first), t-1); ok && verbTense(d, t-1) == tensePresent {
						// «از اجرای طرح برخورد با صنوفی که ساعت کاری را
						// رعایت نمی‌کنند، خبر داد»: the comma closes the
						// relative clause of offices; the verb after it
						// is the main one.
						d.cur = nil
						d.fire(ruleOffenderRelativeComma, j-1, t+1)
						break
					}
					if j, ok := d.relativeObject(segStart(cuts, first), t); ok {
						// «با افرادی که به دنبال اخلال در بازار هستند،
						// برخورد خواهد شد»: the comma closes the relative
						// clause of those dealt with; the verb after it
						// decides.
						d.cur = nil
						d.fire(ruleRelativeObject, j-1, t+1)
						break
					}
				}
				cuts = append(cuts, t+1)
			}
			if isSemicolon(tk.punct) {
				d.cur = nil
				d.fire(ruleSemicolonClause, t, t+1)
			}
		case isSemicolon(tk.punct) && (d.startsConditional(t+1) || d.in(setContrast, t+1) || d.in(setDealing, t+1) || d.opensSubject(t+1) && d.hasPredicate(segStart(cuts, first), t)):
			// «؛» within a sentence before a condition, a contrast, dealing
			// with offenders («پلمب ۶ واحد …؛ برخورد قاطع با متخلفان») or a
			// counted subject of its own («… پلمب شد؛ ۵ واحد دیگر …»)
			// joins two clauses; between the items of a list it does not.
			d.cur = nil
			d.fire(ruleSemicolonClause, t, t+1)
			cuts = append(cuts, t+1)
		case d.startsConditional(t) && (d.tokKey(t-1) == "و" || isListMark(d.toks[t-1].punct)):
			cuts = append(cuts, t)
		case d.startsConditional(t) && (verbTense(d, t-1) == tensePast || verbTense(d, t-1) == tenseSubjunctive && d.clausePast(segStart(cuts, first), t)):
			// «… و تاکید شد در صورت تکرار، …»: a condition right after
			// a past verb opens a threat of its own; so does one after
			// the purpose clause of a past act («تذکر داده شد تا …
			// رفع نمایند در غیر این صورت پلمب خواهند شد»).
			d.cur = nil
			d.fire(ruleConditionAfterVerb, t-1, t+1)
			cuts = append(cuts, t)
		case (tk.key == "و" || (tk.punct == '،' || tk.punct == ',') && d.startsNumber(t+1)) && !d.isNum(t-1) && d.tokKey(t-1) != keyThousand && d.opensSubject(t+1) && !d.joinsNumberWords(t) && d.hasPredicate(segStart(cuts, first), t):
			// «۴ نانوایی … پلمب و ۹ واحد دیگر …», «۸۶ واحد پلمب و ۱۳
			// انبار …»: a second counted subject starts a clause of its
			// own even when the verb of the first one is left out.
			cuts = append(cuts, t+1)
		case tk.key == "که" && (verbTense(d, t-1) == tensePast || d.in(setParticiple, t-1)) && d.opensSubject(t+1):
			// «… شناسایی شده که ۷ واحد از آنها پلمب شد»
			cuts = append(cuts, t+1)
		case tk.key == "که" && verbTense(d, t-1) == tensePast && d.startsConditional(t+1):
			// «… اخطاریه دریافت کردند که در صورت عدم رفع نقص پلمب
			// خواهند شد»: a threat of its own after a fact
			cuts = append(cuts, t+1)
			d.cur = nil
			d.fire(ruleThreatAfterFact, t-1, t+2)
		}
	}
	out := make([]clause, 0, len(cuts)+1)
	a := first
	cuts = append(cuts, last)
	d.cuts = cuts
	for _, b := range cuts {
		if b > a {
			out = append(out, d.readClause(a, b, personSpans))
		}
		a = b
	}
	// A clause whose verb is left out shares the sanction and modality of
	// the next one: «سه قصابی به دلیل گرانفروشی و یک میوه‌فروشی به علت عدم
	// درج قیمت به تعزیرات معرفی شدند».
	for i := len(out) - 2; i >= 0; i-- {
		c, n := &out[i], out[i+1]
		if c.verb || !n.newGroup || !n.content || !c.content && len(c.offices) == 0 {
			continue
		}
		if e := d.toks[c.end-1]; e.key != "و" && e.punct != '،' && e.punct != ',' {
			continue
		}
		d.cur = c.rules
		d.fire(ruleSharedVerb, c.start, n.end)
		d.cur = nil
		// «تمامی ۸ باجه پست بانک و ۵ دفتر پیشخوان فاقد تخلف بودند»
		c.content, c.modality = true, n.modality
		if len(c.sancs) == 0 {
			c.sancs = append([]string(nil), n.sancs...)
		}
	}
	return out
}

// wrapped reports whether token t ends a line that wraps its sentence onto
// the next: a comma or a word of the line_goes_on set («از», «در»), as the
// sentence splitter reads it (see lineGoesOn).
func (d *document) wrapped(t int) bool {
	return isListMark(d.toks[t].punct) && !isSemicolon(d.toks[t].punct) || d.isWord(t) && d.in(setLineGoesOn, t)
}

// relativeSubject reports whether tokens [a,t) are an office subject and
// its relative clause: «که» within the first six words, after an office or
// a generic office noun («عاملین توزیع نفت سفید که», «واحدهایی که»). It
// returns the token of «که».
func (d *document) relativeSubject(a, t int) (int, bool) {
	for j := a + 1; j < t && j <= a+6 && d.isWord(j); j++ {
		if d.toks[j].key != "که" {
			continue
		}
		for p := j - 1; p >= a; p-- {
			if d.covered(p, catOffice) || d.in(setGenericOffice, p) {
				return j, true
			}
		}
		return 0, false
	}
	return 0, false
}

// relativeObject reports whether tokens [a,t) are the fronted object of
// dealing and its relative clause: the clause opens with «با» and «که»
// follows within six words («با افرادی که», «با کسانی که»). It returns the
// token of «که».
func (d *document) relativeObject(a, t int) (int, bool) {
	if d.toks[a].key != "با" {
		return 0, false
	}
	for j := a + 2; j < t && j <= a+6 && d.isWord(j); j++ {
		if d.toks[j].key == "که" {
			return j, true
		}
	}
	return 0, false
}

// isListMark reports whether r is a comma or a semicolon, the marks that
// join the clauses or items of one sentence.
func isListMark(r rune) bool {
	return r == '،' || r == ',' || isSemicolon(r)
}

// isSemicolon reports whether r is «؛» or «;».
func isSemicolon(r rune) bool { return r == '؛' || r == ';' }

// relativeCondition returns the span of a relative clause that states the
// condition on the subject («دفاتری که بیش از دو بار اخطار دریافت کنند،
// مجوزشان لغو می‌شود»): from «که» to a subjunctive verb before a comma. A
// sanction inside it is the condition, not the sanction threatened. The
// span is empty when there is none.
func (d *document) relativeCondition(a, b int) span {
	for t := a; t < b; t++ {
		if d.toks[t].key != "که" {
			continue
		}
		for v := t + 1; v < b-1 && v <= t+12; v++ {
			if d.toks[v+1].punct == '،' || d.toks[v+1].punct == ',' {
				if verbTense(d, v) == tenseSubjunctive {
					return span{d.toks[t].start, d.toks[v].end}
				}
				break
			}
		}
	}
	return span{}
}

// repeatCondition reports whether the clause at token a starts with «در
// صورت تکرار»: a further sanction for a repeat, a mention of its own that
// names no violation type.
func (d *document) repeatCondition(a int) bool {
	for t := a; t < a+4 && d.isWord(t); t++ {
		if strings.HasPrefix(d.toks[t].key, "تکرار") {
			return d.covered(t-1, catConditional) || d.covered(t-2, catConditional)
		}
	}
	return false
}

// segStart returns the first token of the clause being cut: the last cut
// so far, or first.
func segStart(cuts []int, first int) int {
	if len(cuts) > 0 {
		return cuts[len(cuts)-1]
	}
	return first
}

// hasPredicate reports whether tokens [a,b) say something of their subject:
// a violation, a sanction or a verb. A list of inspected offices («از ۹
// جایگاه سوخت و دو جایگاه CNG») does not.
func (d *document) hasPredicate(a, b int) bool {
	for t := a; t < b; t++ {
		if d.covered(t, catTrigger) || d.covered(t, catViolation) || d.covered(t, catSanction) || verbTense(d, t) != "" || d.in(setParticiple, t) {
			return true
		}
		if k := d.toks[t].key; k == "به" && d.in(setReason, t+1) {
			return true // «سه تالار به دلیل …»: a reason of its own
		}
	}
	return false
}

// opensSubject reports whether a counted or partitive subject starts at
// token t: a number with an office or a generic office noun («۹ واحد
// دیگر», «یک داروخانه»), or a word such as «بقیه» or «بیشتر».
func (d *document) opensSubject(t int) bool {
	for n := 0; n < 4 && d.isWord(t); n++ {
		if d.in(setSubgroup, t) {
			return true
		}
		if n, ok := d.number(t); ok {
			_, next := d.wordCompound(t, n) // «پنجاه و هفت واحد»
			t = next - 1
			j := d.afterUnitWords(t)
			if j > t+1 && d.tokKey(j) == "دیگر" {
				return true // «۹ واحد دیگر»
			}
			if k := d.tokKey(j); j > t+1 && (k == keyThat || k == keyThose || k == "از" && (d.tokKey(j+1) == keyThose || d.tokKey(j+1) == "این")) {
				return true // «۳۸ مورد آن», «۳ واحد از آنها»: a part of the total
			}
			return d.covered(j, catOffice) || d.in(setGenericOffice, j) || j > t+1 && (d.in(setGenericOffice, j-1) || d.covered(j, catTrigger) || d.covered(j, catViolation))
		}
		if !d.in(setLead, t) {
			return false
		}
		t++
	}
	return false
}

// utilityCutReach is how many tokens after a supply word («برق») its cut
// («قطع») may come: a relative clause on the customers and the hour or the
// say of a manager may stand between («برق بانک‌هایی که … کاهش ندهند در ساعت
// ۱۰ با اطلاع رئیس بانک قطع می‌شود»; 12 missed them).
const utilityCutReach = 20

// readClause reads the offices, violation types, sanctions and modality of
// tokens [a,b).
func (d *document) readClause(a, b int, personSpans []span) clause {
	c := clause{start: a, end: b, anchor: -1, rules: newTracer()}
	saved := d.cur
	d.cur = c.rules
	defer func() { d.cur = saved }()
	cs := span{d.toks[a].start, d.toks[b-1].end}
	// The clause's count, which several rules below ask about, is read
	// once, when the first of them does.
	counted := -1
	clauseCount := func() int {
		if counted < 0 {
			counted = d.count(cs)
		}
		return counted
	}
	c.offices, c.guildTalk = d.offenders(cs, personSpans)
	trigger := false
	var triggerAt match
	hedged := -1
	for _, m := range d.inSentence(catTrigger, cs) {
		if t, ok := d.hedge(m); ok {
			// «مقابله با افزایش تخلفات احتمالی»: a hedged violation is
			// a mention, conditional, even as the object of prevention.
			hedged = t
			c.content, trigger = true, true
			if c.anchor < 0 {
				c.anchor, triggerAt = m.start, m
			}
			continue
		}
		if d.prevented(m) {
			continue
		}
		if t, ok := d.enemyAfter(m); ok {
			d.fireSpan(ruleEnemyAbuse, m.start, d.toks[t].end)
			continue
		}
		if t, ok := d.agendaBefore(m); ok {
			d.fireSpan(ruleAgenda, d.toks[t].start, m.end)
			continue
		}
		if t, ok := d.bodyNameBefore(m); ok {
			d.fireSpan(ruleBodyName, d.toks[t].start, m.end)
			continue
		}
		c.content, trigger = true, true
		if c.anchor < 0 {
			c.anchor, triggerAt = m.start, m
		}
	}
	offices := d.inSentence(catOffice, cs)
	violMatches := d.inSentence(catViolation, cs)
	for _, m := range violMatches {
		if t, ok := d.hedge(m); ok && hedged < 0 {
			// «احتمال کم‌فروشی», «مقابله با گرانفروشی احتمالی»: a
			// hedged violation term, as a hedged violation word.
			hedged = t
			c.content = true
			d.fire(ruleHedgedTerm, t, t+1)
		} else if d.prevented(m) {
			continue
		} else if t := d.tokAt(m.start); d.tokKey(t-1) == "عدم" {
			d.fireSpan(ruleViolationNegated, d.toks[t-1].start, m.end)
			continue
		}
		if t, ok := d.bodyNameBefore(m); ok {
			// «کارگروه مبارزه با قاچاق کالا»
			d.fireSpan(ruleBodyName, d.toks[t].start, m.end)
			continue
		}
		if overlapsAny(offices, m) {
			// «جایگاه عرضه سوخت» names an office, not the violation
			// «عرضه سوخت».
			d.fireSpan(ruleOfficeNotViolation, m.start, m.end)
			continue
		}
		if d.definedAsViolation(m) {
			d.fireSpan(ruleViolationDefined, m.start, m.end)
			continue
		}
		if d.qualifiesOther(m) {
			d.fireSpan(ruleUnauthorisedProduct, m.start, m.end)
			continue
		}
		if t, ok := d.compliance(m); ok {
			d.fireSpan(ruleCompliance, d.toks[t].start, m.end)
			continue
		}
		if d.lx.has(setNeedsNegation, d.lx.entries[m.entry].key) && !d.negatedPhrase(m) {
			// «۳۳۴ نانوایی مجهز به دستگاه کارتخوان هستند»
			d.fireSpan(ruleNeedsNegation, m.start, m.end)
			continue
		}
		if d.lx.has(setGoodsKind, d.lx.entries[m.entry].key) {
			// «کالای تقلبی», «مدارک جعلی»: the kind of the goods
			// found says what the violation was, but a clause with no
			// other word of offence or sanction is news of goods.
			c.viols = appendNew(c.viols, d.lx.entries[m.entry].code)
			d.fireSpan(ruleGoodsKind, m.start, m.end)
			continue
		}
		if d.lx.has(setNeutralActivity, d.lx.entries[m.entry].key) && !d.triggerNear(m, 3) {
			// «جایگاه‌ها برای عرضه سوخت مطلوب آماده‌اند»
			d.fireSpan(ruleNeutralActivity, m.start, m.end)
			continue
		}
		if d.lx.has(setTopicTerm, d.lx.entries[m.entry].key) && !d.triggerNear(m, 6) && !d.negatedPhrase(m) {
			// «بر لزوم ارتقای کیفیت نان تاکید کرد»
			d.fireSpan(ruleTopicTerm, m.start, m.end)
			continue
		}
		c.viols = appendNew(c.viols, d.lx.entries[m.entry].code)
		c.content = true
		d.fireSpan(ruleViolationTerm, m.start, m.end)
		if c.anchor < 0 || m.start < c.anchor {
			c.anchor = m.start
		}
	}
	if contains(c.viols, ViolationSubsidisedFlour) && contains(c.viols, ViolationHoarding) {
		// Stockpiling subsidised flour («آرد یارانه‌ای را دپو کنند») is a
		// flour violation, not hoarding.
		c.viols = slices.DeleteFunc(c.viols, func(v string) bool { return v == ViolationHoarding })
		d.fire(ruleFlourNotHoarding, a, b)
	}
	rel := d.relativeCondition(a, b)
	for _, m := range d.inSentence(catSanction, cs) {
		if t := d.tokAt(m.start); d.lx.entries[m.entry].code == SanctionReferral && d.in(setAuthority, t-1) {
			d.fireSpan(ruleSanctionAuthority, d.toks[t-1].start, m.end)
			continue
		}
		if t := d.tokAt(m.start); d.lx.entries[m.entry].code == SanctionReferral && d.tokKey(t) == "به" && d.in(setBelongsTo, t-1) {
			// «… فقره آن مربوط به دادسرای مرکز استان بوده»: whose the
			// cases are, not where they are sent
			d.fireSpan(ruleCourtBelongs, d.toks[t-1].start, m.end)
			continue
		}
		if t := d.tokAt(m.start); d.lx.entries[m.entry].code == SanctionReferral && d.courtNamed(m, t) {
			d.fireSpan(ruleCourtNamed, d.toks[max(t-1, 0)].start, m.end)
			continue
		}
		if t := d.tokAt(m.start); d.lx.entries[m.entry].code == SanctionReferral && d.tokKey(t-1) == "از" {
			// «بدون مجوز از مراجع ذیصلاح»: the source of a permit
			d.fireSpan(ruleReferralSource, d.toks[t-1].start, m.end)
			continue
		}
		if d.afterPrior(d.tokAt(m.start), a) && !d.clausePast(d.tokAt(m.end-1)+1, b) {
			d.fireSpan(ruleSanctionAfterPrior, m.start, m.end)
			continue
		}
		if s, ok := d.heededNotice(m, a, b); ok {
			d.fireSpan(ruleSanctionHeeded, d.toks[s].start, m.end)
			continue
		}
		if t, ok := d.selfClosure(m, a); ok {
			// The closure is the offices' violation (type other, as
			// «تعطیلی خودسرانه»), though no sanction.
			d.fireSpan(ruleSelfClosure, d.toks[t].start, m.end)
			c.viols, c.content = appendNew(c.viols, ViolationOther), true
			if c.anchor < 0 || m.start < c.anchor {
				c.anchor = m.start
			}
			continue
		}
		if t := d.tokAt(m.start); d.in(setSanctionTime, t-1) {
			// «تولید در زمان تعلیق پروانه»: the time a sanction lasts
			d.fireSpan(ruleSanctionTime, d.toks[t-1].start, m.end)
			continue
		}
		if t := d.tokAt(m.start); d.in(setNoSanction, t-1) {
			d.fireSpan(ruleSanctionNegated, d.toks[t-1].start, m.end)
			continue
		}
		if t := d.tokAt(m.start); d.lx.entries[m.entry].code == SanctionSealing && d.in(setSealLifted, t-1) {
			d.fireSpan(ruleSealLifted, d.toks[t-1].start, m.end)
			continue
		}
		if e := d.tokAt(m.end - 1); d.negatedAfter(e) {
			// «هیچ‌کدام از رستوران‌ها جریمه نشدند»
			d.fireSpan(ruleSanctionNegatedVerb, m.start, d.toks[min(e+2, len(d.toks)-1)].end)
			continue
		}
		if endsViolation(violMatches, m) {
			d.fireSpan(ruleSanctionEndsViolation, m.start, m.end)
			continue
		}
		if t := d.tokAt(m.start); d.lx.entries[m.entry].code == SanctionFine && d.referredFor(t) {
			// «به تعزیرات حکومتی برای پرداخت جریمه معرفی شدند»: the
			// fine is what the referral is for, not yet imposed.
			d.fireSpan(ruleSanctionReferredFor, d.toks[max(t-2, 0)].start, m.end)
			continue
		}
		if t, rule, ok := d.publicClosure(m, a, b, trigger || len(violMatches) > 0); ok {
			// The outbreak or emergency word may stand before the
			// closure or after it.
			d.fireSpan(rule, min(m.start, d.toks[t].start), max(m.end, d.toks[t].end))
			continue
		}
		if t, ok := d.repairStop(m, a, trigger || len(violMatches) > 0); ok {
			d.fireSpan(ruleRepairStop, d.toks[t].start, m.end)
			continue
		}
		if t, ok := d.onlyOneClosed(m, a, trigger || len(violMatches) > 0); ok {
			d.fireSpan(ruleOnlyOneClosed, d.toks[t].start, m.end)
			continue
		}
		if t, ok := d.closedAsState(m, trigger || len(violMatches) > 0); ok {
			d.fireSpan(ruleClosedAsState, m.start, d.toks[t].end)
			continue
		}
		if t, ok := d.vehicleStop(m, a); ok {
			d.fireSpan(ruleVehicleStop, d.toks[t].start, m.end)
			continue
		}
		if !insideAny(personSpans, m.start, m.end) && !(m.start >= rel.start && m.end <= rel.end) {
			c.sancs = appendNew(c.sancs, d.lx.entries[m.entry].code)
			d.fireSpan(ruleSanctionTerm, m.start, m.end)
		}
	}
	person, must := false, false
	for t := a; t < b; t++ {
		k := d.toks[t].key
		if d.in(setGenericOffice, t) || d.in(setOfficeRef, t) && t > a {
			c.generic = true
		}
		person = person || d.in(setIndividual, t)
		// «لازم به ذکر است …» is a formula of the text, no obligation.
		must = must || d.in(setObligation, t) && !(d.tokKey(t+1) == "به" && d.in(setRemark, t+2))
		if strings.HasPrefix(k, "پرونده") && !contains(c.sancs, SanctionReferral) && !(d.toks[t].start >= rel.start && d.toks[t].end <= rel.end) && !d.in(setFileNotCase, t+1) {
			// «۱۲ فقره پرونده تخلف تشکیل شد», «برای آنها پرونده تشکیل»
			if d.courtsCaseload(t) {
				d.fire(ruleCourtCaseload, d.countBefore(t), t+3)
			} else if j, ok := d.caseFiled(t, a, b); ok {
				c.sancs = append(c.sancs, SanctionReferral)
				d.fire(ruleSanctionCaseFiled, min(t, j), max(t, j)+1)
			} else if j, ok := d.countedCaseFile(t, a); ok {
				c.sancs = append(c.sancs, SanctionReferral)
				d.fire(ruleSanctionCaseCounted, j, t+2)
			}
		}
		if d.in(setPenalBody, t) && !contains(c.sancs, SanctionReferral) {
			if j, ok := d.dealtWithIn(t, a, b); ok {
				c.sancs = append(c.sancs, SanctionReferral)
				d.fire(ruleSanctionDealtWithIn, j, t+1)
			}
		}
		if d.in(setSentenced, t) && !contains(c.sancs, SanctionFine) {
			// «… به پرداخت ۵۰ میلیون ریال جزای … محکوم شدند», «… ریال در حق دولت محکوم»
			if j, ok := d.nearWord(t, a, b, 8, setMoney); ok {
				c.sancs = append(c.sancs, SanctionFine)
				d.fire(ruleSanctionFineAmount, min(t, j), max(t, j)+1)
			}
		}
		if k == keyCut && !contains(c.sancs, SanctionSuspension) {
			// «۱۰۴ فقره انشعاب غیرمجاز شناسایی و قطع شد»: a service
			// line cut is a suspension, however the words fall.
			sa, sb := d.sentenceWindow(t, lineCutReach)
			if j, ok := d.nearWord(t, sa, sb, lineCutReach, setServiceLine); ok {
				c.sancs = append(c.sancs, SanctionSuspension)
				d.fire(ruleSanctionLineCut, min(t, j), max(t, j)+1)
			}
		}
		if d.in(setLicence, t) && !contains(c.viols, ViolationUnlicensed) {
			if j, ok := d.licenceLacking(t, b); ok {
				// «… شماره پروانه بهداشتی ندارد», «مجوز فعالیت نداشتند»
				c.viols = append(c.viols, ViolationUnlicensed)
				c.content = true
				d.fire(ruleNoLicence, t, j+1)
				if c.anchor < 0 || d.toks[t].start < c.anchor {
					c.anchor = d.toks[t].start
				}
			}
		}
		if k == keyKeep && !c.content && d.isWord(t+1) && (d.in(setNegatedVerb, t+1) || d.in(setNegatedPast, t+1)) {
			// «مطب‌هایی که تعرفه‌ها را رعایت نکنند»: rules not kept
			c.content = true
			d.fire(ruleNotKept, t, t+2)
			if c.anchor < 0 {
				c.anchor = d.toks[t].start
			}
		}
		if k == keyPrevent {
			if j, ok := d.activityStopped(t, a); ok && d.sealedInSentence(t) {
				// «… پلمب و از ادامه فعالیت آنها جلوگیری شد»: the
				// stop is what the sealing does, no second sanction.
				d.fire(ruleStopBySealing, j, t+1)
			} else if ok {
				// «از ادامه فعالیت جایگاه‌های متخلف جلوگیری … شد»: the
				// office is closed, as the labels read it.
				c.sancs = appendNew(c.sancs, SanctionSealing)
				d.fire(ruleSanctionActivityStopped, j, t+1)
			}
		}
		if d.in(setQuota, t) && !contains(c.sancs, SanctionSuspension) {
			for j := t + 1; j < b && j <= t+4 && d.isWord(j); j++ {
				if d.in(setQuotaCut, j) {
					// «سهمیه آرد آنها قطع خواهد شد»
					c.sancs = append(c.sancs, SanctionSuspension)
					d.fire(ruleSanctionQuotaCut, t, j+1)
					break
				}
			}
		}
		if d.in(setUtility, t) && !contains(c.sancs, SanctionSuspension) && d.utilityCustomer(t, c.offices, personSpans) {
			if t > a && d.in(setUtilityCut, t-1) {
				// «مشمول قطعی برق شدند»: the cut named before the supply
				d.fire(ruleSanctionUtilityCut, t-1, t+1)
				c.sancs = append(c.sancs, SanctionSuspension)
			}
			for j := t + 1; j < b && j <= t+utilityCutReach && !contains(c.sancs, SanctionSuspension); j++ {
				if d.in(setUtilityCut, j) {
					// «گاز ۱۲ اداره دولتی پرمصرف قطع شد», «جریان گاز
					// آنان قطع می‌شود»: an office's gas or power cut
					d.fire(ruleSanctionUtilityCut, t, j+1)
					c.sancs = append(c.sancs, SanctionSuspension)
					break
				}
				if !d.isWord(j) && d.toks[j].punct != '،' {
					break
				}
			}
		}
		if d.in(setClosure, t) && !contains(c.sancs, SanctionSealing) {
			if j, ok := d.closureOfAll(a, b, trigger || len(violMatches) > 0); ok {
				// «دستور تعطیلی به تمام پاساژها داده شد»: a public measure
				d.fire(ruleClosureOfAll, min(t, j), max(t, j)+1)
			} else if j, ok := d.closureFor(t); ok {
				// «تعطیلی چند روزه تا چند ماهه», «تعطیل به مدت ۱۰ روز»
				c.sancs = append(c.sancs, SanctionSealing)
				d.fire(ruleSanctionClosureTerm, t, j+1)
			} else if j, ok := d.findWord(max(a, t-6), t, setClosureOrder); ok {
				// «این دو مرکز با دستور کتبی دادستان تعطیل و …»
				c.sancs = append(c.sancs, SanctionSealing)
				d.fire(ruleSanctionOrderedClosure, j, t+1)
			} else if j, ok := d.countedClosed(t, b); ok {
				// «منجر به تعطیلی ۱۶ مرکز خدماتی شد», «از تعطیلی یک
				// نانوایی … خبر داد»
				c.sancs = append(c.sancs, SanctionSealing)
				d.fire(ruleSanctionCountedClosure, t, j+1)
			} else if j, ok := d.offenderClosed(t, a); ok {
				// «چهار مرکز متخلف تعطیل و چندین مرکز تذکر …»
				c.sancs = append(c.sancs, SanctionSealing)
				d.fire(ruleSanctionOffenderClosed, j, t+1)
			}
		}
		if d.in(setBlockWell, t) && !contains(c.sancs, SanctionSealing) {
			if j, ok := d.nearWord(t, a, b, 20, setWell); ok {
				// «انسداد ۱۵ حلقه چاه غیرمجاز», «… چاه پر و مسلوب‌المنفعه
				// شد»: a well blocked is sealed, as the labels read it.
				// Twenty words reach a blocking word at the end of a
				// long clause about the wells («چاه غیرمجاز که آب آن‌ها
				// برای … برداشت می‌شد پر و مسدود شد»; ten did not:
				// tuning +2 sealings, check +3, none spurious).
				c.sancs = append(c.sancs, SanctionSealing)
				d.fire(ruleSanctionWellBlocked, min(t, j), max(t, j)+1)
			}
		}
		if d.in(setRevoke, t) && !contains(c.sancs, SanctionLicenceRevocation) {
			// «قرارداد آنها با اداره پست لغو …», «مجوز فعالیتشان لغو …»
			for j := t - 1; j >= a && j >= t-8; j-- {
				if prefixInSet(setDeed, d.toks[j].key) {
					c.sancs = append(c.sancs, SanctionLicenceRevocation)
					d.fire(ruleSanctionRevokedDeed, j, t+1)
					break
				}
			}
		}
	}
	if !c.content {
		if t, o, ok := d.threatToOffices(a, b, offices); ok {
			// «با داروخانه‌هایی که از مقررات عدول کنند برخورد خواهد
			// شد»: offices described by what they may do, threatened.
			c.content, trigger = true, true
			if c.anchor < 0 {
				c.anchor, triggerAt = d.toks[o].start, match{start: d.toks[o].start, end: d.toks[o].end}
			}
			d.fire(ruleThreatToOffices, o, t+1)
		}
	}
	if len(c.sancs) > 0 && (len(c.offices) > 0 || c.generic) {
		c.content = true
	}
	if len(c.sancs) > 0 && !c.content && len(c.offices) == 0 {
		if s, t, ok := d.staffSanctioned(a, b); ok {
			// «به سه مدیر به دلیل کم‌کاری تذکر داده شد»: a counted part of
			// a body's staff sanctioned is a mention of their bodies.
			c.content = true
			c.offices = []string{OfficeOther}
			d.fire(ruleStaffSanctioned, s, t+1)
		}
	}
	if !c.content && (len(c.offices) > 0 || c.generic) && len(d.inSentence(catConditional, cs)) > 0 {
		if t, ok := d.dealingWith(a, b); ok {
			// «… موظفند فعال باشند، در غیر این صورت با آنها برخورد
			// می‌شود»: a condition with dealing threatens the offices.
			c.content = true
			d.fire(ruleThreatDealing, t, t+2)
		}
	}
	if !c.content && len(c.offices) > 0 {
		if t, ok := d.dealtOffices(a, b); ok {
			// «باید با این خبازی‌ها برخورد قاطع شود»: dealing with
			// offices named as its object is about their offences.
			c.content = true
			d.fire(ruleDealtOffices, t, t+1)
		}
	}
	if !c.content {
		if t, ok := d.dealtPronoun(a, b); ok && (len(c.offices) > 0 || d.officesBeforeClause(a, personSpans)) {
			// «… در برابر واحدهای آلاینده تسامحی نخواهد شد و با آنان
			// طبق قانون برخورد می‌شود»: «آنان» are the offices named
			// before it in the sentence.
			c.content = true
			d.fire(ruleDealtPronoun, t, t+1)
		}
	}
	if len(c.sancs) > 0 && !c.content {
		if t, ok := d.countedCases(a, b); ok {
			// «۸۴۴ پرونده قاچاق تنظیم و به مراجع قانونی ارجاع شد»
			d.fire(ruleCountedSanction, t, t+2)
			c.content = true
		}
	}
	if c.content && d.toks[b-1].punct == ':' && b-2 >= a && d.covered(b-2, catSpeech) {
		if hedged >= 0 {
			// «… برای جلوگیری از تخلفات احتمالی اشاره و خاطرنشان کرد:»:
			// a hedged violation is a mention even as a speech's topic.
			d.fire(ruleHedgedTopic, hedged, hedged+1)
		} else if (len(c.sancs) > 0 || trigger) && clauseCount() > 0 {
			// «با اشاره به پلمب ۳ نانوایی متخلف گفت:», «با اشاره به
			// شناسایی ۱۵ واحد متخلف گفت:»: a counted sanction or
			// counted offenders told as the topic are a fact all the same.
			d.fire(ruleSanctionTopic, a, b)
		} else {
			d.fire(ruleSpeechTopic, a, b)
			c.content = false
		}
	}
	if ms := d.inSentence(catAppeal, cs); c.content && len(ms) > 0 {
		if t, ok := d.factBeforeAppeal(a, d.tokAt(ms[0].start)); ok {
			// «با بیان اینکه متصدیان این واحدها به دادسرا معرفی شدند از
			// شهروندان درخواست کرد: …»: the clause before the appeal
			// tells a fact.
			d.fire(ruleFactBeforeAppeal, t, d.tokAt(ms[0].start))
		} else if t, ok := d.dealingWith(a, b); ok && !d.appealPurpose(ms[0], t) {
			// «خواستار برخورد قاطع با متخلفان بازار شد»: a demand to deal
			// with offenders is a threat, not an appeal to report them.
			d.fire(ruleDemandDealing, t, t+1)
		} else {
			d.fireSpan(ruleAppeal, ms[0].start, ms[0].end)
			c.content = false
		}
	}
	if c.content && len(c.sancs) == 0 {
		if m, ok := d.appealIntro(a); ok {
			if _, dealing := d.dealingWith(a, b); !dealing {
				// «از همشهریان درخواست کرد: در صورت مشاهده هر گونه
				// تخلف، مراتب را … در میان بگذارند»: the appeal is
				// the clause before.
				d.fireSpan(ruleAppealIntro, m.start, m.end)
				c.content = false
			}
		}
	}
	if c.content && len(c.sancs) == 0 {
		d.reportAppealSentence(a, b, cs, clauseCount, &c)
	}
	if person && len(c.offices) == 0 && (c.content || len(c.sancs) > 0) {
		if t, ok := d.backReference(a, b); ok && len(c.sancs) > 0 {
			// «… پلمب شد. در این رابطه یک نفر دستگیر و به مراجع
			// قضایی معرفی شد»: the case of the fact before, whose
			// office the people arrested belong to.
			d.fire(ruleIndividualsOfFact, t, t+3)
		} else {
			d.fire(ruleIndividuals, a, b)
			c.content, c.viols, c.sancs, c.peopleSancs = false, nil, nil, c.sancs
		}
	}
	if c.content && len(c.offices) == 0 {
		if t, ok := d.findWord(a, b, setPublicOrder); ok {
			// «با اخلالگران در نظم و آسایش عمومی برخورد می‌شود»: rioters
			// and breaches of public order are no office's violation.
			d.fire(rulePublicOrder, t, t+1)
			c.content, c.viols, c.sancs = false, nil, nil
		} else if t, ok := d.findWord(a, b, setRumour); ok && len(c.sancs) == 0 && d.dealsWithSomeone(a, b) {
			// «با عاملان این خبرهای کذب برخورد قانونی خواهد شد»
			d.fire(ruleRumour, t, t+1)
			c.content, c.viols = false, nil
		}
	}
	if c.content && len(c.sancs) == 0 {
		if t, ok := d.agendaListItem(a, b); ok {
			// «- بررسی ساخت و سازهای غیرمجاز در روستاها»: an item of a
			// list of a meeting's topics, with no verb, reports nothing.
			d.fire(ruleAgendaItem, t, t+2)
			c.content, c.viols = false, nil
		}
	}
	if len(c.sancs) == 0 && c.content && d.definesViolations(cs) {
		d.fire(ruleRanking, a, b)
		c.content, c.viols = false, nil
	}
	if must && !trigger && len(c.sancs) == 0 && c.content {
		if t, ok := d.findWord(a, b, setDealing); ok {
			// «… را از چالش‌ها دانست که باید با آنها برخورد شود»: an
			// obligation to deal with violations is a threat
			d.fire(ruleMustDeal, t, t+1)
		} else {
			d.fire(ruleObligation, a, b)
			c.content = false
		}
	}
	if c.content && len(c.sancs) == 0 {
		if ms := d.inSentence(catAdvice, span{d.toks[a].start, d.toks[b-1].end}); len(ms) > 0 {
			if _, dealing := d.dealingWith(a, b); !dealing {
				// «شهروندان از مراجعه به مراکز غیرمجاز خودداری کنند»,
				// «سامانه ۱۲۴ آماده دریافت گزارش‌های مردمی است»:
				// advice names violations to avoid, not ones found or
				// threatened. Only the clause's own words count, so a
				// finding told before the advice in the same sentence
				// stays one.
				d.fireSpan(ruleAdvice, ms[0].start, ms[0].end)
				c.content = false
			}
		}
	}
	// Clauses that name violations without stating any: exhortations,
	// statements of purpose and inspection checklists.
	if c.content && len(c.sancs) == 0 {
		if t, ok := d.exhortation(a, b); ok && !trigger {
			// «بر رعایت بهداشت و پرهیز از گرانفروشی تاکید کرد»
			d.fire(ruleExhortation, t, t+1)
			c.content = false
		} else if t, ok := d.findWord(a, b, setPraise); ok && hedged < 0 && clauseCount() == 0 {
			// «از عملکرد اداره صمت در برخورد با متخلفان تقدیر کرد»
			d.fire(rulePraise, t, t+1)
			c.content = false
		} else if t, ok := d.findWord(a, b, setPurpose); ok && hedged < 0 && (!trigger || clauseCount() == 0) && !d.offendersDealtWith(a, b, t) && !d.afterPastFinding(a, t) {
			// «هدف از اجرای این طرح جلوگیری از گرانفروشی و کم‌فروشی است»
			d.fire(rulePurpose, t, t+1)
			c.content = false
		} else if t, ok := d.meetingDiscussed(a, b, c.anchor); ok && clauseCount() == 0 {
			// «در این جلسه … رسیدگی به تخلفات نانوایی‌ها مورد بحث و
			// بررسی قرار گرفت»: a meeting's topics.
			d.fire(ruleMeetingDiscussed, t, t+1)
			c.content = false
		} else if t, ok := d.goalList(a, b); ok && clauseCount() == 0 && !d.dealsWithSomeone(a, b) {
			// «جلوگیری از تخلفات احتمالی از دیگر اهداف این نظارت‌ها است»:
			// violations named as what a plan or a body works against.
			d.fire(ruleGoalList, t, t+1)
			c.content = false
		} else if t, ok := d.findWord(a, b, setEffect); ok && len(c.offices) == 0 && hedged < 0 && clauseCount() == 0 && verbTense(d, b-2) != tensePast && verbTense(d, b-1) != tensePast {
			// «احتکار کالاهای اساسی موجب افزایش قیمت‌ها می‌شود»
			d.fire(ruleEffect, t, t+1)
			c.content = false
		} else if t, ok := d.checklist(a, b, trigger); ok && hedged < 0 {
			// «بازرسان بر رعایت نرخ‌ها و نصب برچسب قیمت نظارت می‌کنند»
			d.fire(ruleChecklist, t, t+2)
			c.content = false
		}
	}
	if c.content || len(c.sancs) > 0 {
		if t, ok := d.evaluation(a, b); ok && clauseCount() == 0 {
			// «جریمه‌های موجود بازدارنده نیست», «پلمب به تنهایی کافی
			// نیست»: a judgement of sanctions, not a mention.
			d.fire(ruleSanctionEvaluation, t, t+2)
			c.content, c.sancs, c.viols = false, nil, nil
		}
	}
	if len(c.sancs) > 0 {
		if t, ok := d.lastResort(a, b); ok {
			// «پلمب و ارجاع قضایی به عنوان آخرین راه حل محسوب می‌شود»:
			// the sanction ranked as a means, none imposed or threatened.
			d.fire(ruleLastResort, t, t+2)
			c.content, c.sancs, c.viols = false, nil, nil
		}
	}
	if c.content && len(c.sancs) == 0 {
		if t, ok := d.ongoingPolicy(a, b); ok && clauseCount() == 0 {
			// «برخورد با نانوایی‌های متخلف به صورت مستمر اجرایی
			// می‌شود»: a policy pursued, told in the present.
			d.fire(ruleOngoingPolicy, t, t+2)
			c.content = false
		}
	}
	if c.content || len(c.sancs) > 0 {
		if t, ok := d.habitualPresent(a, b); ok {
			// «هر ساله تعداد زیادی از اماکن … پلمب می‌شوند»: what
			// happens every year, told in general.
			d.fire(ruleEveryYear, t, t+1)
			c.content, c.sancs, c.viols = false, nil, nil
		}
	}
	if c.content && trigger {
		d.fireSpan(ruleTrigger, triggerAt.start, triggerAt.end)
	}
	clean := false
	if len(c.sancs) > 0 {
		if s, e, ok := d.rumourUntrue(a, b, cs); ok {
			// «خبر لغو سهمیه جایگاه‌ها صحت ندارد»: a sanction said
			// untrue was not imposed, and names no violation.
			d.fire(ruleRumouredSanction, s, e)
			c.content, c.sancs, c.viols = false, nil, nil
		}
	}
	if len(c.sancs) == 0 {
		if s, e, ok := d.cleanFinding(a, b); ok {
			if t, most := d.findWord(a, s, setMajority); most {
				// «اکثر واحدهای صنفی پروتکل‌ها را رعایت می‌کنند»: that
				// most comply denies nothing and reports nothing.
				d.fire(ruleMostComply, t, e)
				c.content = false
			} else {
				// «بررسی‌ها حاکی از فعالیت منظم نانوایی‌ها است», «در
				// بازدید از ۳۰ جایگاه هیچ اشکالی مشاهده نشد»
				d.fire(ruleCleanFinding, s, e)
				c.content, clean = true, true
			}
		} else if s, e, ok := d.noneFound(a, b); ok {
			// «هیچ‌یک از این بازرسی‌ها نشان‌دهنده … نبوده است», «با هیچ
			// مورد مشابهی مواجه نشدند»
			d.fire(ruleNoneFound, s, e)
			c.content, clean = true, true
		} else if s, e, ok := d.violationsDenied(a, b, violMatches, trigger); ok {
			// «بررسی‌ها نشان داد جایگاه‌ها کم‌فروشی نداشته‌اند»
			d.fire(ruleViolationsDenied, s, e)
			c.content, clean = true, true
		} else if s, e, ok := d.allConform(a, b); ok {
			// «تمامی نازل‌های سوخت … با استانداردها مطابقت دارند»
			d.fire(ruleAllConform, s, e)
			c.content, clean = true, true
		} else if t, ok := d.findWord(a, b, setRefute); ok && c.content {
			// «شایعه کم‌فروشی در جایگاه‌های شهر را تکذیب کرد»
			d.fire(ruleRefuted, t, t+1)
			clean = true
		} else if s, e, ok := d.rumourUntrue(a, b, cs); ok && c.content {
			// «شایعه کم‌فروشی نانوایی‌ها صحت ندارد», «با تکذیب شایعات …
			// اعلام کرد: …»
			d.fire(ruleRumourUntrue, s, e)
			clean = true
		}
	}
	c.modality = d.clauseModality(a, b, cs, len(c.sancs) > 0)
	if c.content && c.modality == ModalityReported && !clean {
		if t, ok := d.findWord(a, b, setMust); ok && !d.inRelative(a, t) {
			// «باید با متخلفان برخورد شود»: what must be done is a threat
			d.fire(ruleMustAct, t, t+1)
			c.modality = ModalityConditional
		} else if ok {
			if j, ok := d.findWord(t+1, b, setDealing); ok {
				// «… را از چالش‌ها دانست که باید با آنها برخورد شود»:
				// violations that must be dealt with are threatened.
				d.fire(ruleMustDealRelative, t, j+1)
				c.modality = ModalityConditional
			}
		}
	}
	if c.content && c.modality == ModalityReported && !clean && len(c.sancs) == 0 {
		if t, ok := d.findWord(a, b, setExhort); ok {
			if j, ok := d.dealingWith(a, b); ok {
				// «بر برخورد جدی با گرانفروشان تاکید کرد»: urging to deal
				// with offenders threatens them; it reports none.
				d.fire(ruleUrgedDealing, min(t, j), max(t, j)+1)
				c.modality = ModalityConditional
			}
		}
	}
	if c.content && !clean && c.modality == ModalityReported && len(c.sancs) == 0 && !trigger && hedged < 0 &&
		clauseCount() == 0 && marketViolations(c.viols) && d.marketOnlySentence(cs) {
		// «دولت فکری به حال گرانفروشی‌ها بکند»: a complaint about the
		// market that names no units (GUIDELINES: not annotated).
		d.fire(ruleMarketComplaint, a, b)
		c.content = false
	}
	if clean {
		c.modality = ModalityDenied
	}
	if c.content && c.modality == ModalityConditional && len(c.sancs) == 0 && !trigger && hedged < 0 {
		if t, ok := d.findWord(a, b, setSeizedGoods); ok {
			// «این میزان گوشت مکشوفه به زودی معدوم خواهد شد», «محموله
			// احتکار شده … در اختیار جهاد کشاورزی قرار می‌گیرد»: what
			// becomes of goods already seized is no threat to anyone.
			d.fire(ruleSeizedGoodsFate, t, t+1)
			c.content = false
		}
	}
	if hedged >= 0 && c.modality == ModalityReported {
		d.fire(ruleHedged, hedged, hedged+1)
		c.modality = ModalityConditional
	}
	c.newGroup = d.opensSubject(a)
	c.repeat = d.repeatCondition(a)
	for t := a; t < b && !c.verb; t++ {
		if d.toks[t].key == "که" {
			break // a verb of a relative clause is not the clause's own
		}
		c.verb = verbTense(d, t) != "" || d.in(setParticiple, t)
	}
	return c
}

// staffSanctioned reports whether the clause [a,b), or its sentence before
// it, names a counted or partitive group of a body's staff: a number («سه
// مدیر», «۲۳ مدیر») or a word of a part («تعدادی از مدیران», «برخی
// کارکنان») before a staff word. The group may stand in the clause before
// the sanction's («به تعدادی از مدیران که … حضور نداشتند، تذکر داده
// شد»). It returns the first and the last token. «به مدیران … اخطار داد»:
// all the managers are told what to do, none found at fault.
func (d *document) staffSanctioned(a, b int) (int, int, bool) {
	from := d.tokAt(d.sents[sentenceAt(d.sents, d.toks[a].start)].start)
	for _, r := range [][2]int{{a, b}, {from, a}} {
		for t := r[0]; t < r[1]; t++ {
			if !d.isWord(t) || !d.in(setStaff, t) {
				continue
			}
			g := -1
			if t-1 >= r[0] && (d.startsNumber(t-1) || d.in(setPartOf, t-1)) {
				g = t - 1
			} else if t-2 >= r[0] && d.tokKey(t-1) == "از" && d.in(setPartOf, t-2) {
				g = t - 2
			}
			// Before the clause, the group is the sanction's only as
			// its recipient, after «به» («… با حضور تعدادی از مدیران
			// برگزار شد و … متوقف شد» sanctions none of them).
			if g >= 0 && (r[0] == a || d.tokKey(g-1) == "به") {
				return g, t, true
			}
		}
	}
	return 0, 0, false
}

// marketOnlySentence reports whether sentence cs speaks of the market as a
// whole: no office but the market («بازار»), no violation word, no sanction
// and no number anywhere in it.
func (d *document) marketOnlySentence(cs span) bool {
	if len(d.inSentence(catTrigger, cs)) > 0 || len(d.inSentence(catSanction, cs)) > 0 {
		return false
	}
	if t := d.tokAt(cs.start); t > 0 {
		// A line after «؛» is an item of the sentence before.
		for p := t - 1; p >= 0 && !d.isWord(p); p-- {
			if r := d.toks[p].punct; r == '؛' || r == ';' {
				return false
			}
		}
	}
	for _, m := range d.inSentence(catOffice, cs) {
		if !d.lx.has(setMarketWord, d.lx.entries[m.entry].key) {
			return false
		}
	}
	for t := d.tokAt(cs.start); t >= 0 && t < len(d.toks) && d.toks[t].start < cs.end; t++ {
		if _, num := d.number(t); num {
			return false
		}
	}
	return true
}

// The rules of reading one clause: its violation words and types, its
// sanctions, and the clauses that are no mention at all.
var (
	ruleSanctionEvaluation = newBlockingRule("mention-sanction-evaluation",
		"a clause that judges sanctions («جریمه‌های موجود بازدارنده نیست», «پلمب به تنهایی کافی نیست») mentions none",
		"امام جمعه گفت: جریمه‌های کنونی برای گرانفروشان بازدارنده نیست.")
	ruleMarketComplaint = newBlockingRule("mention-market-complaint",
		"a reported market violation with no units, count, sanction or violation word («دولت فکری به حال گرانفروشی‌ها بکند») is a complaint about the market, not a mention",
		"مردم از گرانفروشی در بازار شهر گلایه دارند.")
	ruleStaffSanctioned = newRule("office-staff-sanctioned",
		"a sanction on a counted or partitive group of a body's staff («به سه مدیر تذکر داده شد», «تعدادی از کارکنان») names no office, yet is a mention of their bodies, of type other",
		"به گزارش خبرنگار ما، به تعدادی از مدیران ادارات کوار به دلیل تاخیر در حضور تذکر کتبی داده شد.")
	ruleTrigger = newRule("violation-word",
		"a violation word («تخلف», «متخلف») makes the clause a violation mention",
		"دو مورد تخلف در دفاتر پیشخوان ثبت شد.")
	ruleHedgedTerm = newRule("violation-hedged-term",
		"a violation term with a hedge («احتمال کم‌فروشی», «گرانفروشی احتمالی») is a mention, even as the object of prevention",
		"گشت‌های ویژه برای مقابله با گرانفروشی احتمالی واحدهای صنفی در بازار تشکیل شد.")
	ruleViolationTerm = newRule("violation-type-term",
		"a violation term of the lexicon («گرانفروشی», «کم‌فروشی») names the violation type",
		"یک میوه‌فروشی به دلیل گرانفروشی پلمب شد.")
	ruleSharedVerb = newRule("modality-shared-verb",
		"an item of a list whose verb is left out («سه قصابی …، یک میوه‌فروشی … و …») shares the sanction and modality of the next",
		"دو مطب بدون مجوز، یک نانوایی و یک قلیان‌سرای متخلف پلمب شدند.")
	ruleFlourNotHoarding = newRule("violation-flour-not-hoarding",
		"stockpiling subsidised flour is a flour violation, not hoarding",
		"نانوایی‌هایی که آرد یارانه‌ای را احتکار کنند پلمب می‌شوند.")
	ruleSanctionTerm = newRule("sanction-term",
		"a sanction word of the lexicon («پلمب», «اخطار», «معرفی به تعزیرات») is the clause's sanction",
		"سه نانوایی متخلف پلمب شدند.")
	ruleSealLifted = newBlockingRule("sanction-seal-lifted",
		"a seal lifted («فک پلمب», «رفع پلمب») is no sealing",
		"تعدادی از تالارهای کوار پس از پلمب اقدام به فک پلمب کردند.")
	ruleThreatDealing = newRule("mention-threat-dealing",
		"a condition with dealing («در غیر این صورت با آنها برخورد می‌شود») threatens the offices of its sentence, with no violation word",
		"جایگاه‌داران موظفند در ایام نوروز فعال باشند، در غیر این صورت با آنها برخورد می‌شود.")
	ruleNotKept = newRule("violation-not-kept",
		"rules or prices not kept («… را رعایت نکنند», «رعایت نکرده بودند») state a violation, as «عدم رعایت» does",
		"مدیر شبکه بهداشت گفت: با مطب‌هایی که تعرفه‌های مصوب را رعایت نکنند برخورد می‌شود.")
	ruleNoLicence = newRule("violation-no-licence",
		"a licence or permit said to be lacking («پروانه بهداشتی ندارد», «مجوز فعالیت نداشتند») is operating without a licence",
		"بازرسان دریافتند که دو قنادی شهر پروانه کسب نداشتند و پلمب شدند.")
	ruleSanctionActivityStopped = newRule("sanction-activity-stopped",
		"stopping an office's activity with the office between («از ادامه فعالیت جایگاه‌های متخلف جلوگیری شد») closes it: a sealing, as the labels read it (11 to 1 against a suspension)",
		"از ادامه فعالیت دو جایگاه سوخت متخلف جلوگیری شد.")
	ruleSanctionCountedClosure = newRule("sanction-counted-closure",
		"the closure of offices counted right after it («تعطیلی ۱۶ مرکز خدماتی», «تعطیلی یک نانوایی») is a sealing",
		"تخلفات این ایام به تعطیلی ۱۶ نانوایی در کوار منجر شد.")
	ruleSanctionWellBlocked = newRule("sanction-well-blocked",
		"blocking or filling a well («انسداد ۱۵ حلقه چاه», «چاه … مسدود شد», «مسلوب‌المنفعه») is a sealing, as the labels read it",
		"با حکم قضایی ۱۲ حلقه چاه غیرمجاز در کوار مسدود شد.")
	ruleSanctionOffenderClosed = newRule("sanction-offender-closed",
		"offenders closed with the verb left out («… متخلف تعطیل و …», «… متخلف تعطیل، …») are sealed, as «تعطیل شدند» is",
		"در این بازدیدها چهار واحد صنفی متخلف تعطیل و چند واحد دیگر تذکر کتبی گرفتند.")
	ruleStopBySealing = newRule("sanction-stop-by-sealing",
		"stopping an office's activity in a sentence that seals it is the sealing's effect, no suspension of its own («… پلمب و از ادامه فعالیت آنها جلوگیری شد»)",
		"در این بازرسی‌ها سه واحد صنفی متخلف پلمب و از ادامه فعالیت آنها جلوگیری شد.")
	ruleSanctionUtilityCut = newRule("sanction-utility-cut",
		"an office's gas or power («گاز», «برق») cut later in the clause, or after «قطعی» («قطعی برق»), is a suspension of its service, as «قطع سرویس» is; not a bakery's, whose gas is cut by outages",
		"گاز دوازده اداره پرمصرف در کوار به دلیل رعایت نکردن دمای مجاز قطع شد.",
		"ادارات پرمصرف کوار به علت رعایت نکردن مصوبه دولت مشمول قطعی برق شدند.",
		"برق بانک‌هایی که ۲۰ درصد مصرف خود را کم نکنند از هفته آینده در ساعت ۱۰ با هماهنگی فرماندار کوار قطع می‌شود.")
	ruleUtilityCustomer = newRule("office-utility-customer",
		"a supply cut («قطع اشتراک») of government bodies told as a whole («ادارات», «دستگاه‌ها») is a mention of type other, though no office word names them",
		"رئیس اداره گاز کوار گفت: ادارات در ایام تعطیل باید وسایل گرمایشی را خاموش کنند در غیر این صورت قطع اشتراک آنها در دستور کار قرار می‌گیرد.")
	ruleSanctionQuotaCut = newRule("sanction-quota-cut",
		"a quota («سهمیه») cut or reduced within four words after it («سهمیه آرد آنها قطع شد») is a suspension, as «قطع سهمیه» is",
		"به دلیل کم‌فروشی، سهمیه آرد این نانوایی قطع شد.")
	ruleSanctionClosureTerm = newRule("sanction-closure-term",
		"a closure for a term («تعطیلی چند روزه», «تعطیل به مدت ۱۰ روز») is ordered: a sealing",
		"برای واحدهای صنفی متخلف تعطیلی یک هفته‌ای در نظر گرفته شده است.")
	ruleSanctionOrderedClosure = newRule("sanction-ordered-closure",
		"a closure by an order («با دستور دادستان تعطیل», «به حکم قاضی تعطیل») is a sealing, as the labels read it",
		"این دو قلیان‌سرا در کوار با دستور کتبی دادستان تعطیل و قلیان‌های آنها جمع‌آوری شد.")
	ruleSanctionRevokedDeed = newRule("sanction-revoked-deed",
		"«لغو», «ابطال» or «فسخ» after a contract, licence or permit within eight words revokes the licence",
		"قرارداد دو دفتر پیشخوان متخلف فسخ شد.")
	ruleViolationDefined = newBlockingRule("violation-defined",
		"a violation phrase that a definition follows («… نیز تخلف محسوب می‌شود») is the subject defined, not a type found",
		"در این صنف، کم‌فروشی نیز تخلف محسوب می‌شود.")
	ruleUnauthorisedProduct = newBlockingRule("violation-unauthorised-product",
		"«غیرمجاز» after a word that is no office qualifies a product or manner («جوش شیرین غیرمجاز»), not an unlicensed office",
		"در این بازرسی جوش شیرین غیرمجاز در یک نانوایی کشف و پلمب شد.")
	ruleCountPointedBack = newRule("count-pointed-back",
		"a reported mention of units pointed back at («این واحدها», «این تعداد») with no number of its own counts the units of the last counted mention of its office type",
		"در بازرسی از بازار کوار ۸ واحد صنفی متخلف شناسایی شد. این واحدهای صنفی به دلیل گرانفروشی پلمب شدند.")
	ruleCountHoardStore = newRule("count-hoard-store",
		"hoarded stock found where no office is named and no number counts units («۳۲ تن روغن احتکار شده کشف شد») is one store, one unit",
		"۳۲ تن روغن نباتی احتکار شده در کوار کشف و ضبط شد.")
	ruleCountCaseFiles = newRule("count-case-files",
		"a reported mention with no count of units counts the case files or violation forms it names («۱۰ پرونده برای … تشکیل شد», «۱۷۲ فرم تخلف»), as the guidelines count cases",
		"در جریان بازدیدها ۱۰ پرونده برای تعدادی از واحدهای صنفی کوار به علت گرانفروشی تشکیل شد.")
	ruleCountFind = newRule("count-find",
		"a find of an offence with no count of units counts the offenders, vehicles or units it names («پنج حفار غیرمجاز … دستگیر شدند», «از ۳ دستگاه خودرو»), not the goods' measure or worth",
		"پنج حفار غیرمجاز در حین حفاری در قبرستانی تاریخی در کوار دستگیر شدند.")
	ruleCountOneAccused = newRule("count-one-accused",
		"one offender or one case named in the singular beside a sanction («متهم … محکوم شد», «یک متهم … معرفی شد», «پرونده‌ای تشکیل شد»), with no other number, is a count of one",
		"در بازرسی از یک انبار در کوار ۲ تن برنج احتکاری کشف شد. شعبه تعزیرات متهم را به پرداخت جزای نقدی محکوم کرد.")
	ruleCountTheseUnits = newRule("count-these-units",
		"«واحد» pointed back at in the plural («این واحدها») with no number of its own counts the units its sentence counted before it",
		"در بازرسی از ۵۰ واحد صنفی کوار تخلف ۲۰ واحد محرز شد و برای این واحدها پرونده تشکیل شد.")
	ruleCountThisUnit = newRule("count-this-unit",
		"«واحد» pointed at in the singular («این واحد», «واحد مذکور») with no number is one unit of the office type told before",
		"در بازرسی از بازار کوار یک قصابی متخلف شناسایی شد. این واحد به دلیل گرانفروشی پلمب شد.")
	ruleCountPerOffice = newRule("count-per-office",
		"a counted mention naming several office types gives each the number told right before it («دو نانوایی و یک باشگاه ورزشی»), not the clause's first number",
		"در این طرح دو نانوایی و یک باشگاه ورزشی در کوار پلمب شدند.")
	ruleCountedSanction = newRule("violation-counted-sanction",
		"a sanction on a counted number of cases or units («۸۴۴ پرونده … ارجاع شد») is a mention even with no office named",
		"از ابتدای امسال ۸۴۴ پرونده قاچاق تنظیم و به مراجع قضایی ارجاع شد.")
	ruleCourtNamed = newBlockingRule("sanction-court-named",
		"the courts named («مراجع قضایی», «مراجع قانونی») with no word that sends a case to them or has it heard there («به», «تحویل», «در اختیار», «از طریق», «در») are the authority coordinated with, thanked or acting, not a referral",
		"رئیس اداره صمت کوار گفت: یک کارگاه غیرمجاز در کوار پس از هماهنگی با مراجع قضایی پلمب شد.")
	ruleSanctionAuthority = newBlockingRule("sanction-authority-not-referral",
		"a court after «به درخواست», «با دستور», «با هماهنگی» or «بازرسی مشترک» is the authority that acts, not a referral",
		"به درخواست دادسرا، دو نانوایی متخلف پلمب شدند.")
	rulePeopleOfReport = newRule("sanction-people-of-report",
		"people sanctioned (arrested and referred, fined) with no office named, in the clause after a reported fact, or in one of the next two sentences when they give no mention and the fact has no sanction, are its case: their sanctions are the fact's",
		"حسن کریمی گفت: در بازرسی از یک انبار در کوار ۲۰ تن برنج احتکاری کشف شد. یک نفر دستگیر و به مرجع قضایی معرفی شد.",
		"رضا احمدی گفت: در بازرسی از یک فروشگاه در سامک ۳۰ تن شکر احتکاری کشف شد و متصدی آن دستگیر و به مرجع قضایی معرفی شد.")
	ruleCourtBelongs = newBlockingRule("sanction-court-belongs",
		"a court after «مربوط به», «متعلق به» («… پرونده مربوط به دادسرای مرکز استان است») says whose the cases are, not where one is sent: no referral",
		"از این تعداد، ۴۰ فقره پرونده مربوط به دادسرای کوار بوده است.")
	ruleCourtCaseload = newBlockingRule("sanction-court-caseload",
		"counted cases heard in the courts of a place taken together, with no offence named («۲ هزار فقره پرونده در دادسراهای استان رسیدگی شد»), are the courts' caseload, not an office's referral",
		"رئیس دادگستری کوار گفت: امسال ۱۲ هزار فقره پرونده در دادسراهای استان رسیدگی شده است.")
	ruleReferralSource = newBlockingRule("sanction-referral-source",
		"a court or authority after «از» is where a permit comes from («بدون مجوز از مراجع ذیصلاح»), not a referral",
		"این مراکز بدون مجوز از مراجع ذیصلاح فعالیت می‌کردند و پلمب شدند.")
	ruleCleanFinding = newRule("modality-clean-finding",
		"an inspection that found nothing, worded without «تخلف» («هیچ اشکالی مشاهده نشد», «حاکی از فعالیت منظم»), denies",
		"بررسی‌های انجام شده حاکی از فعالیت منظم نانوایی‌های شهر است.",
		"در بازدید از ۴۰ جایگاه سوخت هیچ‌گونه اشکالی مشاهده نشد.")
	ruleCleanFindingNegated = newBlockingRule("modality-clean-finding-negated",
		"a finding of conformity that a negated verb follows («مطابق با استاندارد نبوده است») found the opposite: it denies nothing",
		"در بازرسی از نانوایی‌های کوار، وزن چانه‌ها مطابق با استاندارد نبود.")
	ruleMostComply = newBlockingRule("mention-most-comply",
		"that most offices comply («اکثر واحدها … رعایت می‌کنند») is a general statement, not an inspection that found nothing",
		"در بازدیدهای انجام شده، اکثر قریب به اتفاق واحدهای صنفی سامک پروتکل‌های بهداشتی را رعایت می‌کنند.")
	ruleDenialContinues = newRule("modality-denial-continues",
		"a second denial in a sentence, after the first («… تخلفی مشاهده نشد و داروخانه‌ها موازین را رعایت کرده بودند»), is the same finding",
		"بازرسان گفتند: در این بازدیدها هیچ تخلفی مشاهده نشد و نانوایی‌ها ضوابط را رعایت کرده بودند.")
	ruleNoneFound = newRule("modality-none-found",
		"no inspection or case showed anything («هیچ‌یک از بازرسی‌ها … نبوده است», «با هیچ مورد مشابهی مواجه نشدند»), in a sentence about an inspection, denies",
		"در بازرسی از جایگاه‌های سوخت شهر، هیچ‌کدام از نمونه‌ها نشان‌دهنده کم‌فروشی نبوده است.",
		"بازرسان پس از بازدید از قنادی‌های شهر با هیچ مورد مشکوکی مواجه نشدند.")
	ruleViolationsDenied = newRule("modality-violations-denied",
		"violations named and said not to have happened («کم‌فروشی نداشته‌اند»), in a sentence about an inspection, are denied",
		"بازرسی‌ها نشان داد قنادی‌های شهر گرانفروشی نداشته‌اند.")
	ruleAllConform = newRule("modality-all-conform",
		"all the offices of a clause said to conform («تمامی نازل‌ها … مطابقت دارند») is a finding that denies, even with no inspection word",
		"تمامی جایگاه‌های سوخت شهر با استانداردهای ملی مطابقت دارند.")
	ruleSanctionAfterPrior = newBlockingRule("sanction-after-prior-condition",
		"a sanction after «پس از» is the condition of the threat, not the threatened sanction; when the clause's verbs are past it was imposed too («پس از صدور اخطار … پلمپ شد»)",
		"نانوایی‌های متخلف پس از دو بار اخطار پلمب خواهند شد.")
	ruleSanctionHeeded = newBlockingRule("sanction-heeded-notice",
		"a notice that is heeded or not («در صورت عدم تمکین به اخطارها», «به اخطارهای بهداشتی توجه نکنند»), in a sentence whose rest is not past, is the condition of the sanction, not one",
		"واحدهای صنفی در صورت عدم تمکین به اخطارها پلمب خواهند شد.",
		"قنادی‌هایی که به اخطارهای بهداشتی توجه نکنند پلمب می‌شوند.")
	ruleSelfClosure = newBlockingRule("sanction-self-closure",
		"a closure that offices do themselves («نانوایانی که اقدام به تعطیلی کنند», «اقدام به تعطیلی خودسرانه», «بدون اطلاع … اقدام به تعطیلی») is their violation of closing without leave, no sealing",
		"فرماندار کوار گفت: با نانوایی‌هایی که به صورت خودسرانه اقدام به تعطیلی کنند برخورد خواهد شد.")
	ruleSanctionTime = newBlockingRule("sanction-time",
		"a sanction after a word of time («در زمان تعلیق پروانه», «در دوران تعلیق») tells when something else happened (producing while the licence was suspended), no sanction imposed",
		"مدیرکل استاندارد کوار گفت: یک واحد تولیدی به دلیل تولید در زمان تعلیق پروانه استاندارد پلمب شد.")
	ruleSanctionNegated = newBlockingRule("sanction-negated",
		"a sanction after «بدون», «عدم» or «هیچ‌گونه» is not imposed («هیچ‌گونه پلمبی انجام نشده است»)",
		"واحدهای متخلف بدون اخطار قبلی پلمب خواهند شد.")
	ruleSanctionNegatedVerb = newBlockingRule("sanction-negated-verb",
		"a sanction followed by a negated verb («جریمه نشدند», «پلمب نشد») was not imposed",
		"در این بازدید هیچ‌کدام از نانوایی‌ها جریمه نشدند.")
	ruleRelativeSubject = newBlockingRule("clause-relative-subject",
		"a comma after the verb of an office subject's relative clause («عاملینی که … نداده بودند، …») closes that clause, not the sentence's first clause",
		"دو نانوایی که آرد یارانه‌ای را به قنادی‌ها فروخته بودند، به تعزیرات معرفی شدند.")
	ruleOffenderRelativeComma = newBlockingRule("clause-offender-relative",
		"a comma after the present verb of a relative clause on offices or offenders («با صنوفی که … رعایت نمی‌کنند، …») closes that clause: the verb after the comma gives the modality",
		"نادری از اجرای طرح برخورد با واحدهای صنفی که نرخ‌ها را رعایت نمی‌کنند، در کوار خبر داد.")
	ruleRelativeObject = newBlockingRule("clause-relative-object",
		"a comma after the verb of a relative clause that follows a fronted «با …» («با افرادی که … هستند، برخورد … خواهد شد») closes that clause: the verb after the comma gives the modality",
		"با افرادی که به دنبال اخلال در بازار هستند، برخورد قاطع خواهد شد.")
	ruleConditionAfterVerb = newBlockingRule("clause-condition-after-verb",
		"a condition right after a past verb, or after the subjunctive of a clause that told a past act («تذکر داده شد تا … رفع نمایند در غیر این صورت …»), with no «که» or «و» between («… تاکید شد در صورت تکرار …»), opens a clause of its own",
		"سه نانوایی اخطار گرفتند و اعلام شد در صورت تکرار تخلف، سهمیه آرد آنها قطع خواهد شد.")
	ruleSlashClause = newBlockingRule("clause-slash",
		"a slash between words joins the two halves of a headline, each a clause of its own («تشکیل ۱۸ پرونده برای نانوایان کوار/باید نان بهتر عرضه شود»)",
		"فرماندار کوار خبر داد:\n\nتشکیل ۱۸ پرونده تعزیراتی برای نانوایان کوار/باید بهترین نان به مردم ارایه شود\n\nبه گزارش خبرنگار، جلسه کارگروه آرد و نان برگزار شد.")
	ruleSemicolonClause = newBlockingRule("clause-semicolon",
		"«؛» inside a sentence joins two clauses after a verb or before a condition, a contrast, dealing with offenders («؛ برخورد قاطع با …») or a counted subject; between the items of a list it joins none",
		"در این گشت دو نانوایی پلمب شد؛ در صورت تکرار تخلف، مجوز آنها لغو خواهد شد.")
	ruleThreatAfterFact = newBlockingRule("clause-threat-after-fact",
		"«که» and a condition after a past verb («دریافت کردند که در صورت …») open a threat of their own after the fact",
		"سه واحد صنفی اخطار دریافت کردند که در صورت تکرار تخلف پلمب خواهند شد.")
	ruleSanctionEndsViolation = newBlockingRule("sanction-ends-violation-phrase",
		"a closure that ends a violation phrase («بدون هماهنگی تعطیل») names the violation, not a sanction",
		"دفاتر پیشخوانی که بدون هماهنگی تعطیل می‌شوند متخلف هستند.")
	ruleSpeechTopic = newBlockingRule("mention-speech-topic",
		"a clause ending in a speech verb and a colon introduces a quote; its words are the topic, unless they count offenders",
		"فرماندار با اشاره به تخلفات نانوایی‌ها گفت:")
	ruleAppeal = newBlockingRule("mention-appeal",
		"an appeal to citizens to report violations mentions none",
		"از مردم خواست تخلفات نانوایی‌ها را به سامانه ۱۲۴ گزارش کنند.",
		"شهروندان در صورت مشاهده تخلف واحدهای صنفی مراتب را از طریق سامانه ۱۲۴ اطلاع دهند تا با متخلفان برخورد شود.")
	ruleAdvice = newBlockingRule("mention-advice",
		"advice to refrain from something or to use a hotline («خودداری کنند», «توصیه می‌شود», «آماده دریافت») that names no sanction and no dealing with offenders mentions no violation",
		"شهروندان از مراجعه به مراکز غیرمجاز زیبایی برای دریافت خدمات درمانی خودداری کنند.",
		"سامانه ۱۲۴ آماده دریافت گزارش‌های مردمی درباره گرانفروشی و کم‌فروشی است.")
	ruleFactBeforeAppeal = newRule("mention-fact-before-appeal",
		"a clause that «با بیان اینکه» opens and a past verb ends, right before an appeal to citizens, tells a fact the appeal does not undo",
		"رئیس پلیس اماکن با بیان اینکه متصدیان این واحدهای صنفی به دادسرا معرفی شدند از شهروندان درخواست کرد تخلفات را گزارش کنند.")
	ruleAppealIntro = newBlockingRule("mention-appeal-intro",
		"a clause that an appeal to citizens introduces, before a colon, a comma or «که», is the appeal's content and mentions no violation",
		"بازرسی از نانوایی‌های کوار ادامه دارد. وی از همشهریان درخواست کرد: در صورت مشاهده هر گونه تخلف در نانوایی‌ها، مراتب را در میان بگذارند.",
		"بازرسی از قصابی‌های سامک ادامه دارد. حسن کریمی از مردم درخواست کرد که در صورت مشاهده واحدهای غیرمجاز عرضه گوشت در سطح شهرستان ، مراتب")
	ruleWorkContinues = newRule("modality-work-continues",
		"a verb saying that the work goes on («… که بازرسی‌ها ادامه خواهد داشت») after «که» is no threat; the verb before it decides the modality",
		"طی دو روز گذشته چهار واحد صنفی متخلف را به پلمب کشانده که این بازرسی‌ها تا پایان سال ادامه خواهد داشت.")
	ruleSeizedGoodsFate = newBlockingRule("mention-seized-goods-fate",
		"what will become of goods already seized («مکشوفه», «کشف شده»: destroyed, handed over) is no threat, when the clause names no violation word or sanction",
		"این میزان گوشت مرغ آلوده مکشوفه به زودی معدوم خواهد شد.")
	ruleUncodedOffence = newRule("violation-type-uncoded-offence",
		"an offence of an office of type other, or one found at a fuel station, told with no type of the list is of a kind outside it (type other): what such offices are found doing (polluting, smuggling, selling off the card system) has no code",
		"سه کارگاه تولیدی در کوار به دلیل تخلف پلمب شدند.")
	ruleEpidemicHealthCode = newRule("violation-type-epidemic",
		"offices reported sanctioned, with no type named, in a clause about the epidemic («کرونا», «کووید») broke its health protocols (health_code)",
		"۸ واحد صنفی متخلف در شرایط شیوع کرونا در کوار پلمب شد.")
	ruleGoodsKind = newRule("violation-goods-kind",
		"the kind of goods found («تقلبی», «جعلی», «فاقد اصالت») gives the violation's type, but makes no mention without another word of offence or a sanction in its clause",
		"در این بازرسی سه واحد عرضه کالای تقلبی پلمب شدند.")
	ruleIndividualsOfFact = newRule("mention-individuals-of-fact",
		"people arrested «in this connection» or after it («در این رابطه»، «در این زمینه»، «به دنبال این اقدام») and sanctioned are the case of the fact before, not offences of their own",
		"در بازرسی از یک واحد صنفی در کوار ۲۰ تن چای احتکاری کشف شد. در این رابطه یک نفر دستگیر و به مراجع قضایی معرفی شد.")
	ruleIndividuals = newBlockingRule("mention-individuals",
		"violations of individuals (drivers, smugglers, hunters) with no office named are no office's",
		"۱۲ راننده متخلف به مراجع قضایی معرفی شدند.")
	rulePublicOrder = newBlockingRule("mention-public-order",
		"a breach of public order (riots, disturbing public peace) with no office named is no office's violation",
		"دادستان گفت: با اخلالگران در نظم و آسایش عمومی برخورد قاطع می‌شود.")
	ruleRumour = newBlockingRule("mention-rumour",
		"a threat to the spreaders of rumours or false news («با عاملان این خبرهای کذب برخورد می‌شود») with no office named and no sanction is no office's violation",
		"مدیرکل دامپزشکی کوار گفت: این خبر نادرست است و با عاملان انتشار این شایعه برخورد قانونی خواهد شد.")
	ruleRanking = newBlockingRule("mention-ranking-or-definition",
		"a clause that ranks or defines violations («از رایج‌ترین تخلفات») reports none",
		"گرانفروشی از رایج‌ترین تخلفات واحدهای صنفی است.")
	rulePreventionTalk = newBlockingRule("mention-prevention-talk",
		"a violation word that is the object of prevention talk («جلوگیری از تخلفات», «کاهش تخلفات») mentions none",
		"هدف این طرح پیشگیری از تخلفات صنفی در بازار شب عید است.")
	rulePreventionList = newBlockingRule("mention-prevention-list",
		"an item of a list of offences that is the object of prevention talk, after its first item («مقابله با هر گونه کم‌فروشی، گرانفروشی و تخلفات صنفی») or closed by it («از هرگونه تخلف، گرانفروشی و یا احتکار جلوگیری کنند»), mentions none",
		"گشت‌های مشترک برای مقابله با هر گونه کم‌فروشی، گرانفروشی و تخلفات صنفی در بازار فعال است.",
		"بازرسان تلاش می‌کنند با حضور در بازار از هرگونه تخلف، گرانفروشی و یا احتکار جلوگیری کنند.")
	ruleViolationNegated = newBlockingRule("violation-negated",
		"a violation term after «عدم» («عدم گرانفروشی») names its absence, no violation",
		"بازرسان بر عدم گرانفروشی واحدهای صنفی در بازار شب عید نظارت خواهند کرد.")
	ruleEnemyAbuse = newBlockingRule("mention-enemy-abuse",
		"abuse by the country's enemies («اجازه سوءاستفاده به دشمنان را نمی‌دهند») is political talk, no office's violation",
		"امام جمعه کوار گفت: مردم اجازه سوءاستفاده به دشمنان را نخواهند داد.")
	ruleEpidemicClosure = newBlockingRule("sanction-epidemic-closure",
		"a closure («تعطیل») in a sentence about an epidemic that names no violation («برای جلوگیری از شیوع کرونا صنوف غیرضروری تعطیل می‌شوند») is a health measure, no sanction",
		"فرماندار کوار گفت: برای جلوگیری از شیوع کرونا صنوف غیرضروری شهرستان تا پایان هفته تعطیل می‌شوند.")
	ruleEmergencyClosure = newBlockingRule("sanction-emergency-closure",
		"a closure («تعطیل») in a sentence about a heatwave, a cold spell or an emergency that names no violation («ادارات به علت شدت گرما تعطیل شدند») is a public measure, no sanction",
		"مدیرکل مدیریت بحران گفت: ادارات دولتی کوار روز چهارشنبه به علت شدت گرما و مدیریت مصرف برق تعطیل شدند.")
	ruleRepairStop = newBlockingRule("sanction-repair-stop",
		"a closure or stoppage caused by repairs («به علت تعمیرات … متوقف شده») in a clause that names no violation is no sanction",
		"رئیس شرکت نفت کوار گفت: فعالیت یک جایگاه سوخت به علت تعمیرات اساسی دو ماه است که متوقف شده است.")
	ruleClosureOfAll = newBlockingRule("sanction-closure-of-all",
		"a closure of all the offices of a kind («تمامی صنوف تعطیل شدند», «دستور تعطیلی به تمام پاساژها») in a clause that names no violation and counts none is a public measure, not a sanction",
		"فرماندار کوار گفت: تمامی تالارهای پذیرایی شهر تا پایان هفته تعطیل شدند.")
	ruleClosedAsState = newBlockingRule("sanction-closed-as-state",
		"a participle of closure that qualifies its noun («کارخانه تعطیل شده», «بازگشایی سینماهای تعطیل شده») in a clause that names no violation tells a state, not a closure by order",
		"مدیرکل صنعت کوار از کارخانه تعطیل شده سامک بازدید کرد.")
	ruleOnlyOneClosed = newBlockingRule("sanction-only-one-closed",
		"the closure of the only office of its kind («تنها مرکز ترک اعتیاد شهرستان تعطیل شده است») in a clause that names no violation tells a service lost, not a sanction",
		"رئیس بهزیستی کوار گفت: تنها مهد کودک روستای سامک تعطیل شده است.")
	ruleVehicleStop = newBlockingRule("sanction-vehicle-stopped",
		"a vehicle stopped («تانکر حامل سوخت قاچاق … متوقف شد», «خودروهای متوقف شده») is pulled over by the police, not an office whose activity is suspended",
		"در ایست و بازرسی کوار یک تانکر حامل سوخت قاچاق متوقف شد.")
	ruleAgenda = newBlockingRule("mention-agenda",
		"a violation word on a meeting's agenda or subject («با دستور کار بررسی تخلفات», «با موضوع رسیدگی به تخلفات») reports none",
		"جلسه شورای اداری با دستور کار بررسی تخلفات دفاتر پیشخوان برگزار شد.",
		"نشست کارگروه با موضوع رسیدگی به تخلفات نانوایی‌ها در فرمانداری تشکیل شد.")
	ruleAgendaItem = newBlockingRule("mention-agenda-item",
		"an item of a list of a meeting's topics («- بررسی …», «- پیگیری …») with no verb and no sanction reports no violation",
		"موضوعات مطرح شده در جلسه شورای بخش کوار:\n- بررسی ساخت و سازهای غیرمجاز در روستاهای بخش\n- پیگیری گازرسانی به روستاها")
	ruleOfficeNotViolation = newBlockingRule("violation-inside-office-name",
		"a violation term inside an office name («جایگاه عرضه سوخت») names the office, not a violation",
		"از جایگاه عرضه سوخت شهر بازدید شد و یک مورد تخلف ثبت شد.")
	ruleNeutralActivity = newBlockingRule("violation-neutral-activity",
		"an activity that is a violation only when said so («توزیع سوخت», «عرضه سوخت») needs a violation word next to it («تخلف در توزیع سوخت»)",
		"جایگاه‌های سوخت شهر برای عرضه سوخت در ایام نوروز آماده شدند.")
	ruleSanctionReferredFor = newBlockingRule("sanction-referred-for",
		"a fine that a referral is for («به تعزیرات برای پرداخت جریمه معرفی شدند») is not yet imposed: the sanction is the referral",
		"۱۲ واحد صنفی متخلف پس از بازرسی به تعزیرات برای پرداخت جریمه معرفی شدند.")
	ruleTopicTerm = newBlockingRule("violation-topic-term",
		"a subject that inspections look at («کیفیت نان», «ساعات پخت», «موازین بهداشتی») is a violation only when negated or next to a violation word («تخلف در ساعات پخت»)",
		"فرماندار بر لزوم ارتقای کیفیت نان و رعایت ساعات پخت در نانوایی‌ها تاکید کرد.")
	ruleNeedsNegation = newBlockingRule("violation-needs-negation",
		"equipment or documents («کارتخوان», «کارت بهداشت») are a violation only when missing («فاقد», «عدم», «ندارند»)",
		"همه نانوایی‌های شهر مجهز به دستگاه کارتخوان هستند و با تخلفی روبرو نشدند.")
	ruleCompliance = newBlockingRule("violation-compliance",
		"a rule or standard after «رعایت» with no negation («به دلیل رعایت دستورالعمل‌های بهداشتی») is compliance, not a violation",
		"دو نانوایی به دلیل رعایت دستورالعمل‌های بهداشتی مورد تقدیر قرار گرفتند.")
	ruleGuildUnitOfType = newRule("office-guild-unit-of-type",
		"«واحد صنفی» followed by a trade («واحد صنفی نانوایی») is a unit of that trade's office type, not guild shops mixed with it",
		"اگر تخلف یک واحد صنفی نانوایی ثابت شود، برای آن پرونده تشکیل می‌شود.")
	ruleSanctionCaseCounted = newRule("sanction-case-counted",
		"a number of case files of violations («۴۲ پرونده تخلف», «۱۵ فقره پرونده تخلفاتی») with no verb that opens them is a referral: the files are there",
		"در این طرح ۳۰ پرونده تخلف با موضوع گرانفروشی برای واحدهای صنفی کوار.")
	ruleSanctionDealtWithIn = newRule("sanction-dealt-with-in",
		"offenders dealt with in the penal body («در حوزه تعزیرات با متخلفان برخورد می‌شود», «در شعب تعزیرات … برخورد») are referred to it",
		"فرماندار کوار گفت: تخلفات نانوایی‌ها بررسی و در حوزه تعزیرات با متخلفان برخورد می‌شود.")
	ruleSanctionCaseFiled = newRule("sanction-case-filed",
		"a case file opened or issued («پرونده … تشکیل», «تشکیل … پرونده», «پرونده … صادر») in the same clause is a referral",
		"برای ۱۲ واحد صنفی پرونده تخلف تشکیل شد.",
		"در این بازرسی‌ها ۴۰ فقره پرونده تخلفات صنفی تشکیل شد.")
	ruleSanctionLineCut = newRule("sanction-line-cut",
		"«قطع» near a service line («انشعاب») is a suspension, the line cut («انشعاب غیرمجاز … شناسایی و قطع شد», «قطع ۱۰۴ فقره انشعاب غیرمجاز»)",
		"مدیر آبفای کوار گفت: ۳۰ فقره انشعاب غیرمجاز آب شناسایی و قطع شد.")
	ruleSanctionFineAmount = newRule("sanction-fine-amount",
		"a sentence to a sum of money («به پرداخت ۲۰ میلیون ریال محکوم شدند») is a fine",
		"متخلفان این سه فروشگاه به پرداخت ۹۰ میلیون ریال در حق دولت محکوم شدند.")
	rulePraise = newBlockingRule("mention-praise",
		"praise for the work against violations («از … برخورد با متخلفان تقدیر کرد») with no sanction, hedge or count mentions no violation",
		"فرماندار از تلاش بازرسان در برخورد با واحدهای صنفی متخلف قدردانی کرد.")
	rulePurpose = newBlockingRule("mention-purpose",
		"a statement of purpose («هدف از این طرح …», «به منظور پیشگیری از … تخلفات») with no sanction, hedge or counted finding mentions no violation",
		"هدف این طرح، شناسایی گرانفروشی در واحدهای صنفی شهر است.")
	ruleBodyName = newBlockingRule("mention-body-name",
		"a violation word inside the name of a body that works against it («ستاد ساماندهی ساخت و ساز غیرمجاز», «کارگروه مقابله با قاچاق», «شعبه ویژه رسیدگی به تخلفات») names the body, not a violation",
		"جلسه ستاد ساماندهی ساخت و ساز غیرمجاز کوار در فرمانداری برگزار شد.")
	ruleLastResort = newBlockingRule("sanction-last-resort",
		"a sanction ranked as the last resort of a procedure («پلمب … به عنوان آخرین راه حل محسوب می‌شود», «آخرین راهکار»), in the sentence that ranks it, describes how offenders are dealt with: no sanction imposed, no mention",
		"در برخورد با واحدهای متخلف کوار، تذکر در اولویت است و پلمب به عنوان آخرین راه حل به کار می‌رود.")
	ruleOngoingPolicy = newBlockingRule("mention-ongoing-policy",
		"dealing with offenders told as a policy pursued in the present («برخورد با متخلفان صنفی با جدیت دنبال می‌شود», «… به صورت مستمر اجرایی می‌شود»), with no future verb, condition, sanction or count, names no violation found or threatened: annotators skip it, while «… برخورد خواهد شد» stays a threat",
		"رئیس اداره صمت کوار گفت: برخورد با واحدهای صنفی متخلف به صورت مستمر دنبال می‌شود.")
	ruleEveryYear = newBlockingRule("mention-habitual-present",
		"a clause that tells in the present what happens every year or in general («هر ساله … پلمب می‌شوند», «سالانه … به پرداخت جریمه محکوم می‌شوند», «ابطال پروانه به دلایلی چون … انجام می‌شود»), with no future verb, describes a procedure, not a violation found or threatened",
		"هر ساله شمار زیادی از واحدهای صنفی کوار به دلیل گرانفروشی پلمب می‌شوند.")
	ruleMeetingDiscussed = newBlockingRule("mention-meeting-discussed",
		"what a meeting discussed («در این جلسه … رسیدگی به تخلفات نانوایی‌ها مورد بحث و بررسی قرار گرفت», «… مطرح شد»), with no sanction and no count, names its topics, not violations found",
		"در این جلسه رسیدگی به تخلفات نانوایی‌های کوار و نحوه توزیع آرد مورد بحث و بررسی قرار گرفت.")
	ruleGoalList = newBlockingRule("mention-goal-list",
		"a clause that counts violations among the goals, priorities or duties of a body or a plan («جلوگیری از تخلفات احتمالی از اهداف این طرح است»), with no sanction, no dealing with offenders and no count, mentions none, hedged or not",
		"رئیس اداره صمت کوار گفت: جلوگیری از گرانفروشی و تخلفات احتمالی از مهم‌ترین اهداف این طرح است.")
	ruleChecklist = newBlockingRule("mention-inspection-checklist",
		"what inspectors check or examined («… نظارت می‌کنند», «… مورد بررسی قرار گرفت») with no sanction is no mention",
		"بازرسان بر نصب برچسب قیمت و کم‌فروشی در واحدهای صنفی نظارت می‌کنند.",
		"در این بازدید وزن نان، ساعات پخت و کم‌فروشی نانوایی‌ها مورد بررسی قرار گرفت.")
	ruleExhortation = newBlockingRule("mention-exhortation",
		"an exhortation to keep rules («بر رعایت … تاکید کرد») with no violation word and no sanction is no mention",
		"فرماندار بر رعایت پروتکل‌های بهداشتی و پرهیز از گرانفروشی در واحدهای صنفی تاکید کرد.")
	ruleMustDeal = newRule("mention-must-deal",
		"an obligation to deal with violations («باید با آنها برخورد شود») is a threat, not an obligation of the offices",
		"گرانفروشی از چالش‌های بازار است که باید با جدیت با آن برخورد شود.")
	ruleMustDealRelative = newRule("modality-must-deal-relative",
		"violations that «باید … برخورد شود» follows in a relative clause («… را از مشکلات دانست که باید با آنها برخورد شود») are threatened, conditional",
		"مدیرکل کم‌فروشی نانوایی‌ها را از مشکلات شهر دانست که باید با جدیت با آن برخورد شود.")
	ruleUrgedDealing = newRule("modality-urged-dealing",
		"urging or demanding to deal with offenders («بر برخورد با گرانفروشان تاکید کرد») threatens them; it reports no violation",
		"فرماندار بر برخورد جدی با گرانفروشان بازار میوه تاکید کرد.")
	ruleDealingDespitePurpose = newRule("mention-dealing-despite-purpose",
		"dealing with offenders («با واحدهای متخلف … برخورد خواهد شد») is a threat even when the clause also gives its purpose («با هدف صیانت از سلامت عمومی»)",
		"با واحدهای صنفی متخلف مطابق قانون و با هدف صیانت از سلامت عمومی برخورد قاطع خواهد شد.")
	ruleThreatToOffices = newRule("mention-threat-to-offices",
		"offices a relative clause describes, with «با» before them and a dealing word after («با داروخانه‌هایی که از مقررات عدول کنند برخورد خواهد شد»), are threatened: a mention with no word of offence",
		"با داروخانه‌هایی که از این مقررات عدول کنند طبق قانون برخورد خواهد شد.")
	ruleDemandDealing = newRule("mention-demand-dealing",
		"a demand to deal with offenders («خواستار برخورد با متخلفان شد») is a threat, not an appeal to report them",
		"فرماندار خواستار برخورد قاطع با واحدهای صنفی متخلف شد.",
		"حسن کریمی خواستار برخورد جدی، قانونی و بدون اغماض با هرگونه گرانفروشی در بازار کوار شد.")
	ruleSanctionTopic = newRule("mention-sanction-topic",
		"a counted sanction or counted offenders in a clause that introduces a quote («با اشاره به پلمب ۳ نانوایی متخلف گفت:») are a fact told as background: a mention",
		"فرماندار با اشاره به پلمب ۳ نانوایی متخلف در هفته گذشته گفت: نظارت‌ها ادامه دارد.")
	ruleHedgedTopic = newRule("mention-hedged-topic",
		"a hedged violation («تخلفات احتمالی») in a clause that introduces a quote is a mention all the same",
		"فرماندار با اشاره به نظارت بر واحدهای صنفی برای جلوگیری از تخلفات احتمالی گفت: گشت‌های مشترک در بازار ادامه دارد.")
	ruleEffect = newBlockingRule("mention-effect-statement",
		"what a violation causes in general («احتکار موجب افزایش قیمت‌ها می‌شود»), with no office, count or sanction, mentions no violation",
		"گرانفروشی موجب نارضایتی مردم و افزایش تورم می‌شود.")
	ruleMustAct = newRule("modality-must-act",
		"what must be done about violators («باید با متخلفان برخورد شود») is a threat, conditional",
		"باید نانوایی‌های متخلف را به تعزیرات معرفی کرد.")
	ruleObligation = newBlockingRule("mention-obligation",
		"an obligation («موظفند», «باید») with no violation word and no sanction is no mention",
		"نانوایی‌ها موظفند از کم‌فروشی خودداری کنند.")
)

// offenders returns the office types named in span cs as the offices that
// commit or are punished for a violation. Office words inside a person's
// title do not count, nor an office that is the source of a report («بر
// اساس گزارش اداره پست»). When the span also names other offices, these do
// not count either: the inspected offices after «از» in an inspection
// («در بازرسی از انبارهای سطح شهرستان … در انبار یک فروشگاه کشف شد»), a
// store that belongs to the office after it («انبار یک نانوایی»), and
// offices inside the relative clause of an office subject («نانوایی‌هایی که
// آرد را به قنادی‌ها بفروشند»).
func (d *document) offenders(cs span, personSpans []span) ([]string, bool) {
	type om struct {
		code            string
		s, e            int
		weak, rel, talk bool
	}
	var buf [8]om
	ms := buf[:0]
	inspection := false
	first := d.tokAt(cs.start)
	for t := first; t < len(d.toks) && d.toks[t].end <= cs.end && !inspection; t++ {
		inspection = d.inspectWord(t)
	}
	for _, m := range d.inSentence(catOffice, cs) {
		if insideAny(personSpans, m.start, m.end) {
			// «رئیس اداره پست شهرستان»: the employer of a person
			d.fireSpan(ruleOfficeInTitle, m.start, m.end)
			continue
		}
		s, e := d.tokSpan(m)
		if s < 0 {
			continue
		}
		if d.standing(s, e) {
			continue
		}
		x := om{code: d.lx.entries[m.entry].code, s: s, e: e, talk: d.lx.has(setGuildViolation, d.lx.entries[m.entry].key)}
		// «نظارت بر بازار»: the market as a whole gives way to an
		// office named beside it.
		x.weak = d.lx.has(setMarketPlace, d.lx.entries[m.entry].key)
		if d.in(setReportSource, s-1) {
			d.fire(ruleOfficeReportSource, s-1, e)
			continue
		}
		if d.in(setNear, s-1) {
			d.fire(ruleOfficeLandmark, s-1, e)
			continue
		}
		if j, ok := d.marketDestination(s); ok {
			d.fire(ruleMarketDestination, min(j, s), max(j, s)+1)
			continue
		}
		if a, ok := d.agentBefore(s); ok {
			// «از سوی ماموران فرمانداری، مرکز بهداشت و سازمان صمت»: who
			// inspected, not who offended.
			d.fire(ruleOfficeAgent, a, e)
			continue
		}
		for j := s - 1; j >= first && j >= s-3; j-- {
			if d.tokKey(j) == "از" && inspection || d.tokKey(j) == "بر" && d.overseeBefore(j) {
				x.weak = true
			}
			if !d.isWord(j) {
				break
			}
		}
		if n := len(ms); n > 0 && ms[n-1].weak && d.listedAfter(ms[n-1].e, s) {
			x.weak = true // «از ۴۵ نانوایی و ۳۰ جایگاه سوخت»
		}
		if n := len(ms); n > 0 && d.breakdownOf(ms[n-1].e, s) {
			if ms[n-1].code == OfficeGuildShop && x.code != OfficeGuildShop && d.toks[s-1].punct == '(' && d.toks[e].punct == ')' {
				// «شش واحد صنفی متخلف (نانوایی)»: one type alone in
				// brackets says what the guild units are.
				d.fire(ruleOfficeBracketedType, ms[n-1].s, e+1)
				ms[n-1].weak = true
			} else {
				// «۵ واحد صنفی متخلف (دو باشگاه ورزشی، یک آرایشگاه …)»:
				// the units in brackets after an office are that office's.
				d.fire(ruleOfficeBreakdown, ms[n-1].s, e)
				x.weak = true
			}
		}
		if n := len(ms); n > 0 && x.code == OfficeOther && ms[0].code != OfficeOther && d.tokKey(s-1) == "در" {
			// «سه داروخانه به دلیل نگهداری داروها در انبار پلمب شد»:
			// a storeroom where an office named before kept its goods.
			x.weak = true
		}
		ms = append(ms, x)
	}
	for i := range ms {
		if i+1 < len(ms) && ms[i+1].s-ms[i].e <= 1 && ms[i].code == OfficeOther {
			ms[i].weak = true // «انبار یک نانوایی»
		}
		if d.tokKey(ms[i].e) == "که" {
			for j := i + 1; j < len(ms); j++ {
				ms[j].rel = true
			}
		}
	}
	var strong, all []string
	talk := len(ms) > 0
	for _, x := range ms {
		all = appendNew(all, x.code)
		talk = talk && x.talk
		if !x.weak && !x.rel {
			strong = appendNew(strong, x.code)
		}
	}
	if len(strong) == 0 {
		return all, talk
	}
	for _, x := range ms {
		switch {
		case x.weak && !contains(strong, x.code):
			d.fire(ruleOfficeInspected, x.s, x.e)
		case x.rel && !contains(strong, x.code):
			d.fire(ruleOfficeInRelative, x.s, x.e)
		}
	}
	return strong, false
}

// ruleOfficeBreakdown keeps the units listed in brackets after an office
// from being offices of their own.
var ruleOfficeBreakdown = newRule("office-breakdown",
	"offices in brackets right after an office («۵ واحد صنفی متخلف (دو باشگاه ورزشی، یک آرایشگاه …)») break it down; the office before the bracket is the offender",
	"بازرسان ۵ واحد صنفی متخلف (دو باشگاه ورزشی و سه آرایشگاه) را پلمب کردند.")

// ruleOfficeBracketedType reads one office type alone in brackets after
// guild units as their type.
var ruleOfficeBracketedType = newRule("office-bracketed-type",
	"one office type alone in brackets right after guild units («شش واحد صنفی متخلف (نانوایی)») says what the units are: that type is the offender",
	"رئیس شبکه بهداشت کوار از پلمب سه واحد صنفی متخلف (نانوایی) خبر داد.")

// breakdownOf reports whether an opening bracket stands between an office
// that ends at token a and the office at token b, with at most a word of
// offence or a count between the office and the bracket, and no closing one.
func (d *document) breakdownOf(a, b int) bool {
	open := -1
	for t := a; t < b; t++ {
		switch {
		case d.toks[t].punct == '(':
			if open < 0 && t-a <= 1 {
				open = t
			}
		case d.toks[t].punct == ')':
			return false
		case open < 0 && !d.isWord(t):
			return false
		}
	}
	return open >= 0
}

// unitOffender returns the token of a generic unit or trade («واحد»,
// «صنف») that «متخلف» qualifies in [a,b), written apart or glued
// («واحدمتخلف»).
func (d *document) unitOffender(a, b int) (int, bool) {
	for t := a; t < b; t++ {
		k := d.tokKey(t)
		if !strings.HasPrefix(k, "واحد") && !strings.HasPrefix(k, "صنف") && k != "صنوف" {
			continue
		}
		if strings.HasPrefix(k, "واحد") && strings.Contains(k, "متخلف") {
			// «پرونده این واحدمتخلف»: the two words glued, as
			// some portals type them.
			return t, true
		}
		if t+1 < b && (strings.HasPrefix(d.tokKey(t+1), "متخلف") || d.in(setClassifier, t) && strings.HasPrefix(d.tokKey(t+1), "صنفی") && strings.HasPrefix(d.tokKey(t+2), "متخلف")) {
			return t, true
		}
	}
	return 0, false
}

// healthOffender returns the token of «بهداشتی» right after an offender or
// a unit in [a,b) («واحد متخلف بهداشتی», «متخلفان بهداشتی»).
func (d *document) healthOffender(a, b int) (int, bool) {
	for t := a + 1; t < b; t++ {
		if d.tokKey(t) != "بهداشتی" {
			continue
		}
		for j := t - 1; j >= a && j >= t-2 && d.isWord(j); j-- {
			if k := d.toks[j].key; strings.HasPrefix(k, "واحد") || strings.HasPrefix(k, "متخلف") {
				return t, true
			}
		}
	}
	return 0, false
}

// offendersDealtWith reports whether clause [a,b) deals with offenders: «با»
// and a word of offence («متخلف», «متخلفان») before a dealing word
// («با واحدهای متخلف … برخورد قاطع خواهد شد»), whatever purpose the clause
// also gives.
func (d *document) offendersDealtWith(a, b, purpose int) bool {
	for t := a; t+1 < b; t++ {
		if d.tokKey(t) != "با" || !strings.HasPrefix(d.tokKey(t+1), "واحد") && !strings.HasPrefix(d.tokKey(t+1), "متخلف") {
			continue
		}
		off := false
		for j := t + 1; j < b; j++ {
			if strings.HasPrefix(d.tokKey(j), "متخلف") {
				off = true
			}
			if off && d.in(setDealing, j) {
				d.fire(ruleDealingDespitePurpose, purpose, j+1)
				return true
			}
		}
	}
	return false
}

// landOffence returns the first word of offence of tokens [a,b) that is an
// offence against farmland or national land or the act that undoes one
// (word set land_offence).
func (d *document) landOffence(a, b int) (match, bool) {
	for _, m := range d.inSentence(catTrigger, span{d.toks[a].start, d.toks[b-1].end}) {
		if d.lx.has(setLandOffence, d.lx.entries[m.entry].key) {
			return m, true
		}
	}
	return match{}, false
}

// smuggledBefore returns the smuggling word of sentence si or, failing
// that, of the latest of the two sentences before it: police news tells the
// find, then the arrest and the referral of the accused.
func (d *document) smuggledBefore(si int) (int, bool) {
	for j := si; j >= max(si-2, 0); j-- {
		if t, ok := d.smugglingWord(d.sents[j]); ok {
			return t, true
		}
	}
	return 0, false
}

// smugglingWord returns the first token of sentence s that speaks of
// smuggled goods or smugglers («چوب قاچاق», «قاچاقچیان»), not of the fight
// against smuggling («ستاد مبارزه با قاچاق کالا و ارز»), which names a body
// or a campaign.
func (d *document) smugglingWord(s span) (int, bool) {
	for t := d.tokAt(s.start); t < len(d.toks) && d.toks[t].start < s.end; t++ {
		if !strings.HasPrefix(d.tokKey(t), "قاچاق") {
			continue
		}
		if d.in(setAgainstSmuggling, t-1) || t >= 2 && d.tokKey(t-1) == "با" && d.in(setAgainstSmuggling, t-2) {
			continue
		}
		return t, true
	}
	return 0, false
}

// smugglingIn reports whether tokens [a,b) speak of smuggling («قاچاق سوخت»,
// «قاچاقچیان»): a smuggler's offence, not a fuel outlet's.
func (d *document) smugglingIn(a, b int) bool {
	for t := a; t < b; t++ {
		if strings.HasPrefix(d.tokKey(t), "قاچاق") {
			return true
		}
	}
	return false
}

// threatToOffices reports whether clause [a,b) threatens offices that a
// relative clause describes: «با» and an office phrase, «که» right after it,
// and a dealing word («برخورد») later in the clause. It returns the dealing
// word and the office's first token.
func (d *document) threatToOffices(a, b int, offices []match) (int, int, bool) {
	for _, m := range offices {
		o := d.tokAt(m.start)
		e := d.tokAt(m.end - 1)
		if o <= a || o >= b || d.tokKey(o-1) != "با" || d.tokKey(e+1) != "که" {
			continue
		}
		for t := e + 2; t < b; t++ {
			if d.in(setDealing, t) {
				return t, o, true
			}
		}
	}
	return 0, 0, false
}

// overseeBefore reports whether «بر» at token j follows a word of
// inspection or oversight within two words («نظارت بر عملکرد واحدهای
// صنفی», «نظارت مشترک بر نانوایی‌ها»): the offices after it are overseen.
func (d *document) overseeBefore(j int) bool {
	for i := j - 1; i >= j-2 && d.isWord(i); i-- {
		if d.inspectWord(i) || strings.HasPrefix(d.toks[i].key, "نظارت") {
			return true
		}
	}
	return false
}

// The rules that keep an office named in a clause from being its offender.
var (
	ruleStationRank = newBlockingRule("office-station-rank",
		"«جایگاه» alone before a word of rank («جایگاه نخست استان», «جایگاه‌های درمانی») is a rank or a place, no fuel station",
		"شهرستان کوار در کشف کالای قاچاق جایگاه نخست استان را دارد.")
	ruleOfficeInTitle = newBlockingRule("office-in-person-title",
		"an office word inside a person's title («رئیس اداره پست») names the person's employer, not an offender",
		"محمد رضایی رئیس خانه بهداشت روستا گفت: سه نانوایی متخلف پلمب شدند.")
	ruleOfficeReportSource = newBlockingRule("office-report-source",
		"an office after «گزارش», «عمومی», «اتاق», «اتحادیه» or «تنظیم» is the source of a report or an authority («ستاد تنظیم بازار»), not an offender",
		"بر اساس گزارش دفاتر پست، دو نانوایی متخلف پلمب شدند.")
	ruleOfficeLandmark = newBlockingRule("office-landmark",
		"an office after a word of place («اطراف», «جنب», «درب») is a landmark, not an offender",
		"دو دستفروش متخلف در اطراف بیمارستان شهر جریمه شدند.")
	ruleOfficeAgent = newBlockingRule("office-agent",
		"an office in the phrase of the agent («از سوی ماموران … خانه بهداشت», «توسط …», «کارشناسان … خانه بهداشت») is who acted, not an offender",
		"بازدید از نانوایی‌ها از سوی ماموران فرمانداری، خانه بهداشت و سازمان صمت انجام شد و یک نانوایی متخلف پلمب شد.",
		"بازرسان خانه بهداشت کوار هنگام سرکشی به فروشگاه‌ها مقداری گوشت فاسد پیدا کردند.")
	ruleOfficeInspected = newBlockingRule("office-inspected-not-offender",
		"offices inspected («از ۴۵ نانوایی … بازدید») beside an offender named in the clause are not offenders",
		"در بازرسی از ۴۵ نانوایی، انبار یک فروشگاه متخلف پلمب شد.")
	ruleOfficeInRelative = newBlockingRule("office-in-relative-clause",
		"offices inside the relative clause of an office subject («نانوایی‌هایی که آرد را به قنادی‌ها بفروشند») are not offenders",
		"نانوایی‌هایی که آرد یارانه‌ای را به قنادی‌ها بفروشند پلمب خواهند شد.")
)

// listedAfter reports whether tokens [a,b) join two items of a list: «و»
// with the next item's number and classifier.
func (d *document) listedAfter(a, b int) bool {
	joined := false
	for t := a; t < b; t++ {
		k := d.toks[t].key
		_, num := d.number(t)
		switch {
		case k == "و":
			joined = true
		case num || d.in(setClassifier, t):
		default:
			return false
		}
	}
	return joined
}

// preventedAny reports whether the token t of «هرگونه» (or «هر» of «هر
// گونه») follows a prevention noun and «از» («جلوگیری از هرگونه», «پیشگیری
// از بروز هرگونه»). It returns the prevention noun's token.
func (d *document) preventedAny(t int) (int, bool) {
	j := t - 1
	if d.tokKey(j) == "بروز" {
		j--
	}
	if d.tokKey(j) != "از" || !d.in(setPreventNoun, j-1) {
		return 0, false
	}
	return j - 1, true
}

// clauseModality decides whether a clause reports, threatens or denies: a
// denial («تخلفی مشاهده نشد», «فاقد تخلف») denies; a condition («اگر»,
// «چنانچه», «در صورت», «هرگونه», «هر … که») or a main verb in the future
// («خواهد شد») or the present («لغو می‌شود», «برخورد می‌شود») threatens;
// otherwise the clause reports.
func (d *document) clauseModality(a, b int, cs span, sanctioned bool) string {
	if ms := d.inSentence(catDenied, cs); len(ms) > 0 {
		if t, ok := d.noneSpared(ms[0], b); ok {
			// «هیچ تخلفی بی‌پاسخ نمی‌ماند»: a promise that no
			// violation goes unpunished, a threat.
			d.fire(ruleNoneSpared, d.tokAt(ms[0].start), t+1)
			return ModalityConditional
		}
		if !d.sanctionAfterDenial(ms[0], a, b, sanctioned) {
			d.fireSpan(ruleDenied, ms[0].start, ms[0].end)
			return ModalityDenied
		}
	}
	for _, m := range d.inSentence(catConditional, cs) {
		if t := d.tokAt(m.start); t > 0 && (d.tokKey(t-1) == "فاقد" || d.tokKey(t-1) == "بدون") {
			// «فاقد هرگونه مجوز»: lacking any licence, no condition
			continue
		}
		if p, ok := d.preventedAny(d.tokAt(m.start)); ok {
			// «برای جلوگیری از هرگونه گرانفروشی … بازرسی شد»: what
			// the work is to prevent, no condition; the verb decides.
			d.fire(rulePreventedAny, p, d.tokAt(m.start)+1)
			continue
		}
		d.fireSpan(ruleConditionMarker, m.start, m.end)
		return ModalityConditional
	}
	if m, ok := d.otherwiseNext(a, b); ok {
		// «لغو مجوز این واحدها کمترین انتظار ما است؛ در غیر این صورت
		// …»: what the clause before «otherwise» states is demanded,
		// not done.
		d.fireSpan(ruleDemandOtherwise, d.toks[a].start, m.end)
		return ModalityConditional
	}
	if t, ok := d.noLeniency(a, b); ok {
		// «در برخورد با متخلفان هیچ مماشاتی در کار نیست»: a promise
		// that offenders are not spared, with no verb of the future.
		d.fire(ruleNoLeniency, t, t+1)
		return ModalityConditional
	}
	t, ok := d.generalRuleWord(a, b)
	if !ok {
		t, ok = d.offenceDefined(a, b)
	}
	if ok && !d.pastBeforeRelative(a, t) {
		if s, ok := d.findWord(a, b, setMostCommon); ok {
			// «گرانفروشی بیشترین تخلف این واحدها محسوب می‌شود»,
			// «پلمب … و سایر مجازات از مهم‌ترین اقدامات بود»: what was
			// found or done, summed up, and no definition of an offence;
			// its present verb says what is, not what will be.
			d.fire(ruleMostCommon, min(s, t), max(s, t)+1)
			return ModalityReported
		}
		// «… تخطی از آن جرم محسوب شده و …»: a definition of an offence
		// states a general rule.
		d.fire(ruleGeneralRule, t, t+1)
		return ModalityConditional
	}
	if t, ok := d.noRight(a, b); ok {
		// «هیچ واحد صنفی حق افزایش خودسرانه قیمت را ندارد»: a
		// prohibition, a general rule.
		d.fire(ruleNoRight, t, t+1)
		return ModalityConditional
	}
	for t := a; t < b-1; t++ {
		if d.toks[t].key == "هر" && (d.covered(t+1, catOffice) || d.in(setGenericOffice, t+1) || d.covered(t+1, catTrigger) || d.covered(t+1, catViolation)) {
			d.fire(ruleEveryOffice, t, t+2)
			return ModalityConditional
		}
	}
	subjunctive := -1
	for t := b - 1; t >= a; t-- {
		if d.onAgenda(t) {
			if h, ok := d.policyStatement(a, t); ok {
				// «برخورد با محتکران در اولویت قرار دارد»: dealing
				// with offenders on the agenda is a policy, a threat.
				d.fire(rulePolicyStatement, h, t+1)
				return ModalityConditional
			}
		}
		switch verbTense(d, t) {
		case tensePresent, tenseFuture:
			if _, off := d.offenceBefore(a, t-1); d.isWord(t-1) && d.in(setDeemWord, t-1) && !off {
				// «نان که قوت غالب مردم محسوب می‌شود»: what something
				// is counted, no offence, decides nothing.
				continue
			}
			if u, ok := d.untilClause(a, t); ok {
				// «… پلمب شدند که تا رفع نواقص بسته خواهند ماند»: how
				// long a sanction lasts, not a threat; the verb before
				// decides.
				d.fire(ruleSanctionDuration, u, t+1)
				continue
			}
			if c, ok := d.continuesClause(a, t); ok {
				// «… چهار واحد را به پلمب کشانده که این بازرسی‌ها تا
				// پایان سال ادامه خواهد داشت»: that the work goes on
				// is no threat; the verb before decides.
				d.fire(ruleWorkContinues, c, t+1)
				continue
			}
			if k, ok := d.offenderRelative(a, t); ok && subjunctive < 0 {
				// «… خانه‌های استیجاری بوده‌اند که اقدام به ارائه خدمات
				// می‌کنند»: the present verb of a relative clause says
				// what the offices do; the verb before it, or none,
				// decides.
				d.fire(ruleOffenderRelative, k-1, t+1)
				continue
			}
			if k, ok := d.mainVerbBefore(a, t); ok && verbTense(d, k-1) == tensePresent && d.habitual(a, k, span{d.toks[a].start, d.toks[k-1].end}, k-1) {
				// «… اقدام به تخلف می‌کنند که بازرسان قادر به شناسایی
				// آنها خواهند بود»: the main verb states what offices do.
				d.fire(ruleHabitual, k-1, k)
				return ModalityReported
			}
			if verbTense(d, t) == tensePresent && d.habitual(a, b, cs, t) {
				// «سه هزار واحد بدون پروانه فعالیت می‌کنند»: what the
				// offices do, a fact
				d.fire(ruleHabitual, t, t+1)
				return ModalityReported
			}
			if h, ok := d.routineOversight(a, t); ok {
				// «بازرسان بر جایگاه‌ها نظارت می‌کنند»: what an
				// authority does as routine, no threat
				d.fire(ruleRoutineOversight, h, t+1)
				return ModalityReported
			}
			if u, ok := d.sanctionedUnits(a, t); ok {
				// «سهمیه آرد واحدهای تعطیل شده به نانوایی‌های مجاور
				// اختصاص می‌یابد»: units a sanction already closed, a
				// report of it whatever comes of them.
				d.fire(ruleSanctionedUnits, u, u+2)
				return ModalityReported
			}
			if verbTense(d, t) == tenseFuture {
				if r, ok := d.referredUnits(a, t); ok && d.lastsUntil(a, t) {
					// «سهمیه آرد این واحد تا اطلاع ثانوی قطع … خواهد
					// شد»: a sanction on a unit already named, said to
					// last until something, is in force, no threat.
					d.fire(ruleKnownUnitsUntil, r, t+1)
					return ModalityReported
				}
			}
			if verbTense(d, t) == tensePresent {
				if r, ok := d.referredUnits(a, t); ok {
					// «این واحدها به مدت دو هفته پلمب می‌شوند»: what
					// happens to units already counted or named, a
					// report of them, no threat.
					d.fire(rulePresentOfKnownUnits, r, t+1)
					return ModalityReported
				}
			}
			d.fire(ruleFutureVerb, t, t+1)
			return ModalityConditional
		case tensePast:
			if h, ok := d.policyStatement(a, t); ok {
				d.fire(rulePolicyStatement, h, t+1)
				return ModalityConditional
			}
			d.fire(rulePastVerb, t, t+1)
			return ModalityReported
		case tenseSubjunctive:
			subjunctive = t
		}
	}
	if subjunctive >= 0 {
		d.fire(ruleSubjunctive, subjunctive, subjunctive+1)
		return ModalityConditional
	}
	if ms := d.inSentence(catFuture, cs); len(ms) > 0 {
		d.fireSpan(ruleFutureVerb, ms[0].start, ms[0].end)
		return ModalityConditional
	}
	d.fire(ruleNoVerbReports, a, b)
	return ModalityReported
}

// otherwiseNext returns the marker of «otherwise» (word set otherwise) that
// opens the clause after [a,b) when a «؛» or «،» ends [a,b), and the clause
// tells no act of its own: every past verb in it is a bare copula («… انتظار
// ما است»), no perfect («داده شده است») and no past of an act («داده شد»).
func (d *document) otherwiseNext(a, b int) (match, bool) {
	if b-1 <= a || b >= len(d.toks) {
		return match{}, false
	}
	if !isListMark(d.toks[b-1].punct) {
		return match{}, false
	}
	m, ok := d.matchAt(catConditional, b)
	if !ok || !d.lx.has(setOtherwise, d.lx.entries[m.entry].key) {
		return match{}, false
	}
	for t := a; t < b; t++ {
		if verbTense(d, t) != tensePast {
			continue
		}
		if d.verbClass(t)&vcCopula != 0 {
			continue
		}
		if d.tokKey(t) == "است" && !strings.HasSuffix(d.tokKey(t-1), "ه") {
			continue
		}
		return match{}, false
	}
	return m, true
}

// countedUnitsBefore returns the index of the last of the three clauses
// before c that names offices with a count and has c's modality, reported,
// when c has a sanction and the sentence no mention yet (first); -1 if none.
// Three clauses bound the look back, so a sentence of many clauses costs
// linear time.
func (d *document) countedUnitsBefore(before []clause, c clause, first bool) int {
	if !first || len(c.sancs) == 0 || c.modality != ModalityReported {
		return -1
	}
	for j := len(before) - 1; j >= 0 && j >= len(before)-3; j-- {
		b := before[j]
		if len(b.offices) > 0 && b.modality == c.modality && d.countsOffices(b.start, b.end) {
			return j
		}
	}
	return -1
}

// countsOffices reports whether tokens [a,b) count offices: a number right
// before an office («برای چهار واحد صنفی»), not the number inspected («از ۶۰
// واحد»).
func (d *document) countsOffices(a, b int) bool {
	for t := a; t < b; t++ {
		_, next, ok := d.countAt(t)
		if !ok || d.tokKey(t-1) == "از" || d.in(setInspectStem, t-1) || d.inInspectedList(t) {
			continue
		}
		if next < b && d.startsMatch(catOffice, next) {
			return true
		}
	}
	return false
}

var ruleSanctionOfCountedUnits = newRule("sanction-of-counted-units",
	"a sanction in a clause with no office, after a clause of the sentence that counted offices, is a mention about them («برای چهار واحد صنفی گزارش بازرسی تنظیم شد و به تعزیرات ارسال گردید»)",
	"وی اضافه کرد: طی این بازدیدها برای چهار واحد صنفی برگه گزارش بازرسی تنظیم شد و جهت رسیدگی به اداره کل تعزیرات حکومتی ارسال گردید.")

// sanctionedUnits reports whether the clause [a,t) names units by a
// sanction they already took: an office or a generic office noun, the
// sanction's word and the participle «شده» («واحدهای تعطیل شده»). It returns
// the sanction's token.
func (d *document) sanctionedUnits(a, t int) (int, bool) {
	for k := a + 1; k+1 < t; k++ {
		if d.tokKey(k+1) == "شده" && d.covered(k, catSanction) && (d.covered(k-1, catOffice) || d.in(setGenericOffice, k-1)) {
			return k, true
		}
	}
	return 0, false
}

var ruleSanctionedUnits = newRule("modality-sanctioned-units",
	"units named by a sanction they already took («واحدهای تعطیل شده», «نانوایی‌های پلمب شده») report it, whatever the clause's verb says will come of them",
	"فرماندار کوار گفت: سهمیه آرد نانوایی‌های پلمب شده به صورت موقت به نانوایی‌های مجاور اختصاص می‌یابد.")

// referredUnits reports whether the clause [a,t) speaks of units already
// counted or named: a number («۲۷۴ مرکز»), or «این» before a generic
// office noun or a word of offence («این واحدها», «این متخلفان»).
func (d *document) referredUnits(a, t int) (int, bool) {
	for k := a; k < t; k++ {
		if d.isNum(k) && (d.in(setClassifier, k+1) || d.in(setGenericOffice, k+1) || d.covered(k+1, catOffice)) {
			return k, true
		}
		if d.tokKey(k) != "این" {
			// Not «آن»: «برق آن مرکز تجاری قطع می‌شود» is any centre that
			// breaks the rule, a procedure. (The key of «آن» is «ان»; an
			// earlier «آن» here never matched, and matching it cost two
			// entries of the tuning part.)
			continue
		}
		if d.in(setGenericOffice, k+1) || d.covered(k+1, catOffice) || d.covered(k+1, catTrigger) {
			return k, true
		}
	}
	return 0, false
}

// pastBeforeRelative reports whether a past verb comes before a relative
// «که» that comes before token t in [a,t): «هشت واحد پلمب شدند که مراکز
// تاثیرگذار محسوب می‌شوند» reports the sealing; the relative clause only
// describes the units.
func (d *document) pastBeforeRelative(a, t int) bool {
	for k := t - 1; k > a; k-- {
		if d.toks[k].key != "که" {
			continue
		}
		for v := k - 1; v >= a && v >= k-3; v-- {
			if verbTense(d, v) == tensePast {
				d.fire(ruleRelativeAfterFact, v, t+1)
				return true
			}
		}
		return false
	}
	return false
}

// sanctionAfterDenial reports whether a sanction the clause ending at token b
// keeps (sanctioned) follows the denial m in that clause («… یا مشاهده نشده یا
// به قیمت گزاف فروخته می‌شود که پرونده تشکیل شد»): something was found and
// punished, so the words of not seeing deny no violation.
func (d *document) sanctionAfterDenial(m match, a, b int, sanctioned bool) bool {
	if !sanctioned {
		return false
	}
	for t := d.tokAt(m.end-1) + 1; t > a && t < b; t++ {
		if d.covered(t, catSanction) {
			d.fire(ruleDenialSanctioned, d.tokAt(m.start), t+1)
			return true
		}
		if strings.HasPrefix(d.toks[t].key, "پرونده") {
			if j, ok := d.caseFiled(t, a, b); ok {
				d.fire(ruleDenialSanctioned, d.tokAt(m.start), max(t, j)+1)
				return true
			}
		}
	}
	return false
}

// offenderRelative reports whether the present verb at token t is the verb
// of a relative clause that describes offices or offenders: «که» right after
// an office, a generic office noun or a word of offence («واحدهایی که»,
// «متخلفینی که»), and no other finite verb between it and t. It returns the
// token of «که».
func (d *document) offenderRelative(a, t int) (int, bool) {
	if d.covered(t-1, catSanction) || d.in(setDealing, t-1) || t >= 2 && (d.covered(t-2, catSanction) || d.in(setDealing, t-2)) {
		// «واحدهایی که … پلمب می‌شوند»: the verb of a sanction is the
		// main verb after the relative clause.
		return 0, false
	}
	for k := t - 1; k > a; k-- {
		if verbTense(d, k) != "" {
			return 0, false
		}
		if d.toks[k].key != "که" {
			continue
		}
		p := k - 1
		if d.offenderWord(p) || d.qualifier(p) && d.offenderWord(p-1) {
			// «واحدهایی که …», or with an adjective of the offices
			// between («رستوران‌های سنتی که …»)
			return k, true
		}
		return 0, false
	}
	return 0, false
}

// qualifier reports whether token t may be an adjective of relation after
// a noun («سنتی», «غذایی»): a word that ends in «ی» and is none of the
// word set not_qualifier («برای»).
func (d *document) qualifier(t int) bool {
	return d.isWord(t) && strings.HasSuffix(d.tokKey(t), "ی") && !d.in(setNotQualifier, t)
}

// offenderWord reports whether token t names offices or offenders: an office
// phrase, a generic office word or «متخلف…».
func (d *document) offenderWord(t int) bool {
	return d.covered(t, catOffice) || d.in(setGenericOffice, t) || strings.HasPrefix(d.tokKey(t), "متخلف")
}

// lastsUntil reports whether tokens [a,t) say how long something lasts:
// «تا» before a word of the duration_noun set («تا اطلاع ثانوی», «تا رفع
// نواقص»).
func (d *document) lastsUntil(a, t int) bool {
	for u := a; u+1 < t; u++ {
		if d.toks[u].key == "تا" && d.in(setDurationNoun, u+1) {
			return true
		}
	}
	return false
}

// untilClause returns the token of «تا» when the verb at token t stands in
// a clause of duration that «که تا» or «و تا» opens after the start of the
// clause a («… که تا زمان رفع نواقص …»).
func (d *document) untilClause(a, t int) (int, bool) {
	for u := t - 1; u > a && u >= t-12; u-- {
		if d.toks[u].key == "تا" && (d.tokKey(u-1) == "که" || d.tokKey(u-1) == "و") && d.in(setDurationNoun, u+1) {
			return u, true
		}
	}
	return 0, false
}

// The rules of a clause's modality, tried in this order.
var (
	ruleSanctionDuration = newRule("modality-sanction-duration",
		"a future verb in a clause of duration after a sanction («که تا رفع نواقص بسته خواهند ماند») says how long it lasts; the verb before it decides",
		"۱۹ نانوایی غیر بهداشتی پلمب شدند که تا زمان رفع نواقص بسته خواهند ماند.")
	ruleDenied = newRule("modality-denied",
		"a clause that says no violation was found denies: an inspection that found nothing",
		"در بازدید از ۱۲ نانوایی شهر هیچ تخلفی مشاهده نشد.")
	rulePreventedAny = newRule("modality-prevented-any",
		"«هرگونه» right after a prevention noun and «از» («جلوگیری از هرگونه احتکار») names what the work is to prevent, no condition: the clause's verb decides",
		"نادری گفت: جهت پیشگیری از بروز هرگونه حادثه، اداره استاندارد کوار جایگاه‌های سوخت غیراستاندارد را پلمب کرد.")
	ruleDenialSanctioned = newRule("modality-denial-sanctioned",
		"words of not finding («مشاهده نشده») followed in the clause by a sanction it keeps («پرونده تشکیل شد») deny nothing: something was found and punished; the verb decides",
		"حسن کریمی گفت: شکر دولتی در فروشگاه‌های کوار یا مشاهده نشده یا گران فروخته می‌شود که برای دو فروشگاه پرونده تشکیل شد.")
	ruleConditionMarker = newRule("modality-condition-marker",
		"a condition («اگر», «چنانچه», «در صورت») makes the clause a threat or hypothetical",
		"در صورت تکرار تخلف، مجوز دفاتر پیشخوان لغو می‌شود.")
	ruleDemandOtherwise = newRule("modality-demand-otherwise",
		"a clause that «؛» or «،» ends right before «در غیر این صورت» states what is demanded, not done, when it tells no act of its own in the past: a threat",
		"حسن کریمی گفت: لغو پروانه این تالارها کمترین خواسته مردم کوار است؛ در غیر این صورت پیگیری خواهیم کرد.")
	ruleNoRight = newRule("modality-no-right",
		"a right or permission denied («هیچ واحدی حق گرانفروشی ندارد», «اجازه فعالیت ندارند») is a prohibition, a general rule: conditional",
		"فرماندار گفت: هیچ نانوایی حق کم‌فروشی ندارد.")
	ruleNoneSpared = newRule("modality-none-spared",
		"«هیچ تخلفی» before a present or future verb that is no verb of seeing («هیچ تخلفی بی‌پاسخ نمی‌ماند»), or before a word of overlooking («قابل اغماض نیست», «مماشات»), promises that none goes unpunished: a threat",
		"فرماندار گفت: در بازار شب عید هیچ تخلفی از سوی واحدهای صنفی نادیده گرفته نمی‌شود.",
		"دادستان کوار گفت: هیچگونه تخلفی در بازار کالاهای اساسی قابل چشم‌پوشی نیست.")
	ruleEveryOffice = newRule("modality-every-office",
		"«هر» before an office or a violation word («هر واحد صنفی که …») states a general rule, a threat",
		"با هر واحد صنفی که گرانفروشی کند برخورد قانونی خواهد شد.")
	rulePresentOfKnownUnits = newRule("modality-present-known-units",
		"a present verb about units already counted or named («این واحدها … پلمب می‌شوند», «۲۷۴ مرکز پلمب می‌شوند») reports what happens to them, no threat",
		"در این بازرسی‌ها شش واحد متخلف شناسایی شد و این واحدها به مدت دو هفته پلمب می‌شوند.")
	ruleOffenderRelative = newRule("modality-offender-relative",
		"the present verb of a relative clause after offices or offenders («واحدهایی که نرخ‌ها را رعایت نمی‌کنند») describes them and decides nothing; the verb before it decides",
		"اجرای طرح برخورد با واحدهای صنفی که نرخ‌ها را رعایت نمی‌کنند در کوار")
	ruleFutureVerb = newRule("modality-future-verb",
		"a main verb in the future or present («پلمب خواهد شد», «لغو می‌شود») threatens",
		"نانوایی‌های متخلف پلمب خواهند شد.")
	rulePastVerb = newRule("modality-past-verb",
		"a main verb in the past («پلمب شد», «معرفی شدند») reports what happened",
		"سه نانوایی متخلف پلمب شدند.")
	ruleRefuted = newRule("modality-refuted",
		"a violation that the clause refutes («… را تکذیب کرد») is denied, not reported",
		"مدیرکل شایعه کم‌فروشی نانوایی‌های شهر را تکذیب کرد.")
	ruleRumourUntrue = newRule("modality-rumour-untrue",
		"a rumour or report said to be untrue («شایعه … صحت ندارد»), or the clause after a rumour refuted earlier in the sentence («با تکذیب شایعات … گفت: …»), denies the violation it names",
		"مدیرکل گفت: شایعه کم‌فروشی نانوایی‌های کوار صحت ندارد.",
		"رئیس اتاق اصناف با تکذیب شایعات گفت: آرایشگاه‌های سامک تعطیل بوده‌اند.")
	ruleRumouredSanction = newBlockingRule("mention-rumoured-sanction",
		"a sanction that a rumour or report said untrue tells of («خبر لغو سهمیه جایگاه‌ها صحت ندارد») was not imposed: no mention",
		"مدیر پخش فرآورده‌های نفتی کوار گفت: خبر قطع سهمیه جایگاه‌های سوخت سامک صحت ندارد.")
	ruleHedged = newRule("modality-hedged",
		"a hedged violation («تخلفات احتمالی», «احتمال تخلف») is a possibility, conditional",
		"بازرسان برای مقابله با تخلفات احتمالی واحدهای صنفی در بازار حضور یافتند.")
	ruleRelativeAfterFact = newBlockingRule("modality-relative-after-fact",
		"a general-rule word in a relative clause after a past verb («پلمب شدند که … محسوب می‌شوند») describes the units; the past verb reports",
		"هشت واحد صنفی پلمب شدند که تخلف آنها گرانفروشی محسوب می‌شود.")
	ruleNoLeniency = newRule("modality-no-leniency",
		"«هیچ» or «بدون» before a word of overlooking («هیچ مماشاتی در کار نیست», «بدون اغماض»), in a clause that tells nothing done, promises that offenders are not spared: a threat",
		"فرماندار گفت: در برخورد با گرانفروشان بازار هیچ مماشاتی در کار نیست.")
	ruleGeneralRule = newRule("modality-general-rule",
		"a clause that defines an offence («… تخلف محسوب می‌شود», «جرم به شمار می‌رود») states a general rule, a threat",
		"فروش دارو بدون حضور مسئول فنی در داروخانه‌ها جرم محسوب شده و پیگرد دارد.")
	ruleDeemedNoOffence = newBlockingRule("modality-deemed-no-offence",
		"«محسوب» with no word of offence in the six words before it, back to a mark or «که» («نان که قوت غالب مردم محسوب می‌شود»), counts something as no offence: no general rule, and its verb decides nothing",
		"حسن کریمی گفت: در این بازرسی گرانفروشی دو قصابی کوار گزارش شد که گوشت آنها غذای اصلی مردم روستا محسوب می‌شود.")
	ruleMostCommon = newRule("modality-most-common",
		"a superlative that sums up the violations found («بیشترین تخلفات … محسوب می‌شود», «مهم‌ترین مجازات‌ها») reports them; the clause defines no offence",
		"در این بازرسی‌ها ۴۰ واحد متخلف شناسایی شدند و گرانفروشی بیشترین تخلف این واحدها محسوب می‌شود.")
	rulePolicyStatement = newRule("modality-policy-statement",
		"dealing with violators named as a noun with a copula («برخورد با متخلفان از اولویت‌های ما است») or put on the agenda («… در دستور کار پلیس قرار دارد») is a policy, a threat",
		"برخورد با واحدهای صنفی متخلف از اولویت‌های این اداره است.",
		"نادری گفت: برخورد با قصابی‌های متخلف سامک در دستور کار شبکه دامپزشکی قرار دارد.")
	ruleRoutineOversight = newRule("modality-routine-oversight",
		"an active present verb of an authority's routine work («نظارت می‌کنند», «رسیدگی می‌کنند») with no sanction in the clause tells what is done, no threat",
		"شعب تعزیرات حکومتی در همه شهرستان‌ها به تخلفات گرانفروشی نانوایی‌ها رسیدگی می‌کنند.")
	ruleHabitual = newRule("modality-habitual",
		"an active present verb of what offices do («بدون پروانه فعالیت می‌کنند»), with no sanction or enforcement in the clause, states a fact",
		"در این شهر چهل واحد صنفی بدون پروانه فعالیت می‌کنند.",
		"در این بخش هشتاد قنادی هست، که ده قنادی بدون پروانه فعالیت می‌کنند.",
		"نادری گفت: مشاهده شده است که برخی از نانوایان کوار نان را با وزن کم پخت می‌کنند.")
	ruleSubjunctive = newRule("modality-subjunctive",
		"a bare subjunctive with no finite verb after it («دفاتری که … رعایت نکنند») is hypothetical",
		"دفاتر پیشخوانی که تعرفه را رعایت نکنند با تخلف روبرو باشند")
	ruleSemicolonItem = newRule("modality-semicolon-item",
		"a verbless item on the line after a sentence that ends in «؛» continues that sentence and takes its modality",
		"نظارت بر نانوایی‌ها\nبازرسان اعلام کردند که با نانوایی‌هایی که در پخت نان تخلف داشته باشند برخورد خواهد شد؛\nکم‌فروشی، گرانفروشی و عرضه آرد خارج از شبکه")
	ruleNoVerbReports = newRule("modality-no-verb-reports",
		"a clause with no verb of tense (a headline, a list) reports",
		"پلمب پنج نانوایی متخلف در شهرستان کوار")
)

// tense is the tense or mood of a finite verb; the zero value is no verb.
type tense string

const (
	tensePast        tense = "past"
	tensePresent     tense = "present"
	tenseFuture      tense = "future"
	tenseSubjunctive tense = "subjunctive"
)

// verbTense returns tensePast, tensePresent, tenseFuture or tenseSubjunctive when token
// t is a finite verb of that tense or mood, and "" otherwise. Negated past
// verbs and the copula («هستند», «نیست») count as past: they state facts. Keys are folded, so «می‌شود»,
// «می شود» and «میشود» are all read.
func verbTense(d *document, t int) tense {
	if !d.isWord(t) {
		return ""
	}
	k := d.toks[t].key
	c := d.verbClass(t)
	switch {
	case c&vcFuture != 0:
		return tenseFuture
	case c&vcPast != 0:
		if d.verbClass(t-1)&vcFuture != 0 {
			return tenseFuture // «جریمه خواهند شد»
		}
		return tensePast
	case strings.HasSuffix(k, "هاند") || strings.HasSuffix(k, "هاست"):
		return tensePast // «شده‌اند», «گرفته‌است»
	case c&(vcNegated|vcCopula) != 0:
		return tensePast // a negated past or a stated fact: «بقیه تعطیل‌اند»
	case c&vcPrefixedPast != 0:
		return tensePast // «حمل می‌شد»
	case c&vcPrefixedPresent != 0:
		return tensePresent // «می‌شود», «درمی‌آید»
	case c&vcPrefix != 0 && d.verbClass(t+1)&vcPresent != 0:
		return "" // «می» written apart: the stem after it is the verb
	}
	if c&vcPresent != 0 {
		if p := d.verbClass(t - 1); p&vcPrefix != 0 && p&vcPresentPrefix != 0 {
			if verbClasses()[d.tokKey(t-1)+k]&vcCopula != 0 {
				return tensePast // «می باشد» written apart: a stated fact
			}
			if t >= 2 && d.verbClass(t-2)&vcFuture != 0 {
				return tenseFuture
			}
			return tensePresent
		}
	}
	if c&vcSubj != 0 {
		if p := d.verbClass(t - 1); p&(vcPresentPrefix|vcFuture) == 0 {
			return tenseSubjunctive
		}
	}
	return ""
}

// Verb classes of a word key, as bits: the word sets verbTense reads,
// joined in one table so that a token needs one lookup.
const (
	vcFuture          uint16 = 1 << iota // future_aux: «خواهد»
	vcPast                               // past_verb: «شد»
	vcNegated                            // negated_past: «نشد»
	vcCopula                             // copula: «هستند»
	vcPresent                            // present_stem: «شود»
	vcSubj                               // subjunctive: «کند»
	vcPrefix                             // verb_prefix: «می», «درمی»
	vcPresentPrefix                      // «می» or «نمی» written apart before a present stem
	vcPrefixedPast                       // «می» and a past verb in one key: «میشد»
	vcPrefixedPresent                    // a prefix and a present stem in one key: «میشود»
)

// verbClasses maps word keys to their verb classes, built once from the
// word sets of violationWordsFile (the lexicon is loaded once).
var verbClasses = sync.OnceValue(func() map[string]uint16 {
	lx := loadLexicon()
	out := map[string]uint16{}
	add := func(ws wordSet, bit uint16) {
		for _, k := range lx.members(ws) {
			out[k] |= bit
		}
	}
	add(setFutureAux, vcFuture)
	add(setPastVerb, vcPast)
	add(setNegatedPast, vcNegated)
	add(setCopula, vcCopula)
	add(setPresentStem, vcPresent)
	add(setSubjunctive, vcSubj)
	add(setVerbPrefix, vcPrefix)
	for _, p := range []string{"می", "نمی"} {
		out[p] |= vcPresentPrefix
	}
	for _, p := range lx.members(setVerbPrefix) {
		for _, s := range lx.members(setPresentStem) {
			out[p+s] |= vcPrefixedPresent
		}
	}
	for _, v := range lx.members(setPastVerb) {
		out["می"+v] |= vcPrefixedPast
	}
	return out
})

// verbClass returns the verb classes of token t, looked up once per
// document and token: verbTense asks them of the same tokens again and
// again. A token out of range has the classes of the empty key.
func (d *document) verbClass(t int) uint16 {
	if t < 0 || t >= len(d.toks) {
		return verbClasses()[""]
	}
	if d.verbs == nil {
		vc := verbClasses()
		d.verbs = make([]uint16, len(d.toks))
		for i := range d.toks {
			d.verbs[i] = vc[d.toks[i].key]
		}
	}
	return d.verbs[t]
}

// startsConditional reports whether a conditional marker starts at token t
// (the first one that starts in it starts with it, as matchAt finds it).
// The tokens where one starts are marked once per document: clauses asks
// of every token.
func (d *document) startsConditional(t int) bool {
	if t < 0 || t >= len(d.toks) {
		return false
	}
	if d.condStarts == nil {
		d.condStarts = make([]bool, len(d.toks))
		for _, m := range d.by[catConditional] {
			// matchAt returns the first match that starts in a token,
			// and the matches are sorted by start: a marker starts at
			// token t when any one starts at its first rune.
			if i := d.tokAt(m.start); i < len(d.toks) && d.toks[i].start == m.start {
				d.condStarts[i] = true
			}
		}
	}
	return d.condStarts[t]
}

// inspectWord reports whether the key of token t starts with a word of
// the inspect_stem set («بازرسی», «بازدید»), worked out once per document
// and token: offenders asks it of every token of every clause.
func (d *document) inspectWord(t int) bool {
	if d.inspect == nil {
		d.inspect = make([]bool, len(d.toks))
		stems := setList(setInspectStem)
		for i := range d.toks {
			for _, w := range stems {
				if strings.HasPrefix(d.toks[i].key, w) {
					d.inspect[i] = true
					break
				}
			}
		}
	}
	return d.inspect[t]
}

// isTraining reports whether the article is about a training course or
// workshop: its title or first sentence names one.
func (d *document) isTraining() bool {
	var keys []string
	if d.titleKey != "" {
		keys = append(keys, d.titleKey)
	}
	if len(d.sents) > 0 {
		keys = append(keys, keyOf(d.body[d.sents[0].start:d.sents[0].end]))
	}
	for _, k := range keys {
		for _, w := range setList(setTraining) {
			if strings.Contains(k, w) {
				return true
			}
		}
	}
	return false
}

// repeatsTitle reports whether sentence s is a whole paragraph that repeats
// the headline, as some portals print it again above the body.
func (d *document) repeatsTitle(s span) bool {
	if d.titleKey == "" || s.end-s.start > d.titleLen+8 || s.end-s.start < d.titleLen-8 {
		return false
	}
	if (s.start > 0 && d.body[s.start-1] != '\n') || (int(s.end) < len(d.body) && d.body[s.end] != '\n') {
		return false
	}
	return keyOf(d.body[s.start:s.end]) == d.titleKey
}

// sentenceOffices returns the office types named in sentence s outside
// person titles.
func (d *document) sentenceOffices(s span, personSpans []span) []string {
	var out []string
	for _, m := range d.inSentence(catOffice, s) {
		if insideAny(personSpans, m.start, m.end) || d.in(setNear, d.tokAt(m.start)-1) {
			continue
		}
		if ts, te := d.tokSpan(m); ts >= 0 {
			if d.standing(ts, te) {
				continue
			}
			if _, ok := d.agentBefore(ts); ok {
				continue // «… توسط آزمایشگاه‌های معتمد»: who checks, no offender
			}
			if _, ok := d.marketDestination(ts); ok {
				continue // «… در بازار عرضه کرده بودند»: where goods went
			}
		}
		out = appendNew(out, d.lx.entries[m.entry].code)
	}
	return out
}

// laterOffices returns the office types of the first sentence after s, in
// the same paragraph, that names any.
func (d *document) laterOffices(s span, personSpans []span) []string {
	if j := d.laterOfficeSentence(sentenceAt(d.sents, s.start), personSpans); j >= 0 {
		return d.sentenceOffices(d.sents[j], personSpans)
	}
	return nil
}

// officeText returns the words of the first office phrase of type code in
// span g, or "" when the type came from the context.
func (d *document) officeText(g span, code string, personSpans []span) string {
	for _, m := range d.inSentence(catOffice, g) {
		if d.lx.entries[m.entry].code == code && !insideAny(personSpans, m.start, m.end) {
			return d.text(m.start, m.end)
		}
	}
	return ""
}

// endsViolation reports whether sanction match m begins inside a violation
// phrase that starts before it, so that its first word ends the violation.
func endsViolation(vs []match, m match) bool {
	for _, v := range vs {
		if v.start < m.start && v.end > m.start {
			return true
		}
	}
	return false
}

// overlapsAny reports whether m overlaps one of ms.
func overlapsAny(ms []match, m match) bool {
	for _, x := range ms {
		if x.start < m.end && m.start < x.end {
			return true
		}
	}
	return false
}

// appendNew appends the values of vs that xs does not hold yet.
func appendNew(xs []string, vs ...string) []string {
	for _, v := range vs {
		if !contains(xs, v) {
			xs = append(xs, v)
		}
	}
	return xs
}

// equalSets reports whether a and b hold the same values.
func equalSets(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// paraBreakBetween reports whether a line break lies in [a,b).
func (d *document) paraBreakBetween(a, b int32) bool {
	return d.lineBreakIn(a, b)
}

// genericBefore reports whether a trigger is the object of prevention talk
// («جلوگیری از تخلفات»), which does not mention a violation.
func (d *document) genericBefore(m match) bool {
	// The cues are in text order and do not overlap: only those ending
	// just before m, and one starting inside it, can count.
	gs := d.by[catGeneric]
	i := sort.Search(len(gs), func(i int) bool { return gs[i].start >= m.start })
	if i < len(gs) && gs[i].start < m.end {
		if d.definitionCue(gs[i]) {
			return false // «… تخلف محسوب می‌شود»: the offence defined
		}
		return true // «عدم تخلف»
	}
	t := d.tokAt(m.start)
	for j := i - 1; j >= 0; j-- {
		if gs[j].end > m.start {
			continue
		}
		ge := d.tokAt(gs[j].end - 1)
		if t-ge > 3 {
			break
		}
		if t-ge >= 1 {
			return true
		}
	}
	return false
}

// definitionCue reports whether generic cue g defines an offence («تخلف
// محسوب», «تخلف به شمار»): the clause states a rule, not abstract talk.
func (d *document) definitionCue(g match) bool {
	p := d.lx.entries[g.entry].phrase
	return strings.HasPrefix(p, "تخلف") && (strings.Contains(p, "محسوب") || strings.Contains(p, "شمار"))
}

// enemyAfter reports whether the enemy («دشمن», «دشمنان») is the agent of
// trigger m, right after it or after «به» or «از سوی» («سوءاستفاده دشمن»,
// «اجازه سوءاستفاده به دشمنان»), and where that word is.
func (d *document) enemyAfter(m match) (int, bool) {
	t := d.tokAt(m.end-1) + 1
	switch d.tokKey(t) {
	case "به", "توسط":
		t++
	case "از":
		if d.tokKey(t+1) == "سوی" {
			t += 2
		}
	}
	return t, d.in(setEnemy, t)
}

// closureKey is the key that begins every closure phrase («تعطیل شد»).
var closureKey = NormalizeKey("تعطیل")

// publicClosure reports whether sanction m is a closure («تعطیل») in a
// sentence that names an epidemic or an emergency, in clause [a,b) with no
// violation word (violation false) and no count of offices, where that
// word is and the rule that says so. Shops closed to stop an epidemic, and
// offices closed for a heatwave or an emergency, are closed by a public
// measure, not for an offence. A closure for breaking the health rules
// names its violation, or counts the units closed, and stays one. The
// clause and the sentence are read only for a closure, the cheap tests
// first.
func (d *document) publicClosure(m match, a, b int, violation bool) (int, *Rule, bool) {
	if violation || d.lx.entries[m.entry].code != SanctionSealing || !d.closurePhrase(m) || d.countsOffices(a, b) {
		return 0, nil, false
	}
	if t, ok := d.closureOfAll(a, b, violation); ok {
		return t, ruleClosureOfAll, true
	}
	if !strings.HasPrefix(d.tokKey(d.tokAt(m.start)), closureKey) {
		return 0, nil, false
	}
	i := sentenceAt(d.sents, m.start)
	if i < 0 {
		return 0, nil, false
	}
	s, e := d.tokAt(d.sents[i].start), d.tokAt(d.sents[i].end-1)+1
	if t, ok := d.findWord(s, e, setOutbreak); ok {
		return t, ruleEpidemicClosure, true
	}
	if t, ok := d.findWord(s, e, setEmergency); ok {
		return t, ruleEmergencyClosure, true
	}
	return 0, nil, false
}

// closureOfAll returns the word of all («تمام», «همه») in clause [a,b) of
// a closure when the clause names no violation (violation false) and
// counts no offices: the offices of a kind all closed are closed by a
// public measure (ruleClosureOfAll).
func (d *document) closureOfAll(a, b int, violation bool) (int, bool) {
	if violation {
		return 0, false
	}
	j, ok := d.findWord(a, b, setAll)
	if !ok || d.countsOffices(a, b) {
		return 0, false
	}
	return j, true
}

// closurePhrase reports whether sanction phrase m holds a word of closure
// («تعطیل شد», «دستور تعطیلی»).
func (d *document) closurePhrase(m match) bool {
	for t := d.tokAt(m.start); t >= 0 && t < len(d.toks) && d.toks[t].start < m.end; t++ {
		if strings.HasPrefix(d.toks[t].key, closureKey) {
			return true
		}
	}
	return false
}

// repairSpan bounds how far before a closure or stoppage repairStop looks
// for its cause.
const repairSpan = 8

// repairStop reports whether sanction m, a closure or a stoppage, follows
// its cause, repairs («به علت تعمیرات اساسی … متوقف شده»), in a clause
// (from token a) that names no violation, and where the cause is.
func (d *document) repairStop(m match, a int, violation bool) (int, bool) {
	if violation {
		return 0, false
	}
	if c := d.lx.entries[m.entry].code; c != SanctionSealing && c != SanctionSuspension {
		return 0, false
	}
	return d.causeBefore(m, a, setRepair)
}

// closedAsState reports whether closure m, ending in the participle «شده»,
// qualifies the noun before it («کارخانه تعطیل شده سامک», «جایگاه‌های
// تعطیل شده به مدار بازگشتند»): a word that is no verb and no «و» follows
// the participle. With no violation word in its clause (violation false) it
// tells what state the place is in, not that it was closed by order. It
// returns the participle's token.
func (d *document) closedAsState(m match, violation bool) (int, bool) {
	if violation || d.lx.entries[m.entry].code != SanctionSealing || !strings.HasPrefix(d.tokKey(d.tokAt(m.start)), closureKey) {
		return 0, false
	}
	e := d.tokAt(m.end - 1)
	if d.tokKey(e) != participleKey || !d.isWord(e+1) || d.tokKey(e+1) == "و" || verbTense(d, e+1) != "" || d.verbClass(e+1) != 0 {
		return 0, false
	}
	return e, true
}

// onlyOneClosed reports whether closure m, in a clause from a with no
// violation word (violation false), is said of the only office of its kind
// («تنها مرکز ترک اعتیاد شهرستان تعطیل شده»): a word of set only_one within
// repairSpan words before it, followed by a noun, not a preposition («تنها
// به دلیل …») or the closure itself («نه تنها تعطیل نشد»). The place's
// loss is told, not a sanction. It returns the word's token.
func (d *document) onlyOneClosed(m match, a int, violation bool) (int, bool) {
	if violation || d.lx.entries[m.entry].code != SanctionSealing || !strings.HasPrefix(d.tokKey(d.tokAt(m.start)), closureKey) {
		return 0, false
	}
	j, ok := d.causeBefore(m, a, setOnlyOne)
	if !ok || j+1 >= d.tokAt(m.start) || !d.isWord(j+1) {
		return 0, false
	}
	switch d.tokKey(j + 1) {
	case "به", "در", "از", "با", "برای", "یک":
		return 0, false
	}
	return j, true
}

// participleKey is the key of the participle «شده».
var participleKey = NormalizeKey("شده")

// vehicleStop returns the vehicle a stoppage m is said of: a word of set
// vehicle within repairSpan words before it in its clause, which starts at
// a. The police stop vehicles; the suspensions annotators code are of
// offices' activity («فعالیت این واحد متوقف شد»).
func (d *document) vehicleStop(m match, a int) (int, bool) {
	if d.lx.entries[m.entry].code != SanctionSuspension {
		return 0, false
	}
	return d.causeBefore(m, a, setVehicle)
}

// causeBefore returns the last word of set ws within repairSpan words
// before sanction m, in its clause, which starts at token a.
func (d *document) causeBefore(m match, a int, ws wordSet) (int, bool) {
	t := d.tokAt(m.start)
	for j := t - 1; j >= a && j >= t-repairSpan; j-- {
		if d.in(ws, j) {
			return j, true
		}
	}
	return 0, false
}

// prevented reports whether violation or trigger m is the object of
// prevention talk, alone («جلوگیری از تخلفات») or as an item of a list,
// and fires the rule that says so.
func (d *document) prevented(m match) bool {
	if d.genericBefore(m) {
		d.fireSpan(rulePreventionTalk, m.start, m.end)
		return true
	}
	if t, ok := d.preventionList(m); ok {
		d.fireSpan(rulePreventionList, d.toks[t].start, m.end)
		return true
	}
	return false
}

// listSpan bounds the tokens preventionList walks each way from an item.
const listSpan = 12

// preventionList reports whether m is an item of a list of offences that is
// the object of prevention talk, and where that talk starts: a later item
// when genericBefore catches an earlier one («مقابله با هر گونه کم‌فروشی،
// گرانفروشی و تخلفات صنفی»), or any item of a list that «از» opens and a
// prevention noun closes («از هرگونه تخلف، گرانفروشی و یا احتکار جلوگیری
// کنند»), where the noun comes too late for genericBefore.
func (d *document) preventionList(m match) (int, bool) {
	t, e := d.tokSpan(m)
	if t < 0 {
		return 0, false
	}
	item := func(u int) bool {
		return d.covered(u, catViolation) || d.covered(u, catTrigger)
	}
	joint := func(u int) bool {
		return d.toks[u].punct == '،' || d.in(setListJoint, u)
	}
	first := t // the first token of the list, walking back
	for u := t - 1; u >= 0 && t-u <= listSpan; u-- {
		if joint(u) {
			first = u
			continue
		}
		if !item(u) {
			break
		}
		first = u
		for _, c := range []category{catViolation, catTrigger} {
			if p, ok := d.matchAt(c, u); ok && p.end <= m.start && d.genericBefore(p) {
				return u, true
			}
		}
	}
	if d.tokKey(first-1) != "از" {
		return 0, false
	}
	for u := e; u < len(d.toks) && u-e < listSpan; u++ {
		if d.in(setPreventNoun, u) {
			return first - 1, true
		}
		if !joint(u) && !item(u) {
			break
		}
	}
	return 0, false
}

// unauthorisedKey is the key of the bare adjective «غیرمجاز».
var unauthorisedKey = NormalizeKey("غیرمجاز")

// qualifiesOther reports whether m is the bare adjective «غیرمجاز» after a
// word that is not an office: it then qualifies a product or a manner
// («جوش شیرین غیرمجاز», «به صورت غیرمجاز»), not an unlicensed office.
func (d *document) qualifiesOther(m match) bool {
	if d.lx.entries[m.entry].key != unauthorisedKey {
		return false
	}
	t := d.tokAt(m.start)
	if d.tokKey(t+1) == "محسوب" || !d.isWord(t-1) {
		return false // «… غیرمجاز محسوب و پلمب می‌شوند»
	}
	if k := d.tokKey(t - 1); (k == "ها" || k == "های") && d.isWord(t-2) {
		t-- // «بنگاه های غیرمجاز»
	}
	return !d.covered(t-1, catOffice) && !d.in(setGenericOffice, t-1)
}

// definesViolations reports whether span cs holds a cue that ranks
// violations («از رایج‌ترین تخلفات»).
func (d *document) definesViolations(cs span) bool {
	for _, g := range d.inSentence(catGeneric, cs) {
		if strings.HasPrefix(d.lx.entries[g.entry].phrase, "رایج") {
			return true
		}
	}
	return false
}

// definedAsViolation reports whether a violation phrase is the subject of a
// definition («فعالیت بدون حضور مسئول فنی نیز تخلف محسوب می‌شود»): a generic
// cue that begins with «تخلف» follows it within three words.
func (d *document) definedAsViolation(m match) bool {
	t := d.tokAt(m.end - 1)
	// The cues are in text order: only those starting just after m count.
	gs := d.by[catGeneric]
	for j := sort.Search(len(gs), func(i int) bool { return gs[i].start >= m.end }); j < len(gs); j++ {
		gt := d.tokAt(gs[j].start)
		if gt-t > 3 {
			break
		}
		if gt-t >= 1 && strings.HasPrefix(d.lx.entries[gs[j].entry].phrase, "تخلف") {
			return true
		}
	}
	return false
}

// countCand is a number that may count units: its value n, its first token
// t, the token after it next, and the token j after its unit words.
type countCand struct{ n, t, next, j int }

// count finds a number that counts the violations or offending offices:
// «۱۲ مورد تخلف», «۵ واحد نانوایی متخلف», «سه باب مغازه پلمب شد». A number
// of inspected offices («از ۸۵ واحد صنفی بازدید شد») is not a count.
func (d *document) count(s span) int {
	first := d.tokAt(s.start)
	var cands []countCand
	for t := first; t < len(d.toks) && d.toks[t].end <= s.end; t++ {
		n, last, outOf, ok := d.numberFrom(t)
		if !ok {
			continue
		}
		at := t
		t = last // the words of «دو هزار و ۸۲۷» are one number
		if outOf && n != 1 || d.inspectedNumber(at) {
			// «از ۴۰ واحد»: out of those inspected («بیش از ۴۰» and «از
			// یک درمانگاه» count); «از ۶۰ نانوایی و ۲۵ واحد صنفی».
			continue
		}
		if d.in(setGoodsPiece, t+1) {
			continue // «۴ هزار و ۲۰۰ عدد ماسک»: goods counted by the piece
		}
		j := d.afterUnitWords(t)
		if j >= len(d.toks) || d.toks[j].start >= s.end {
			continue
		}
		if d.covered(j, catSanction) {
			// «۶۲ اخطاریه صادر», «۱۴ واحد پلمب و …»; «۱۴۸ مورد تذکر
			// شفاهی و ۲۵ مورد تذکر کتبی»: 173, parts of one sanction.
			return n + d.sanctionParts(j, s.end)
		}
		if d.covered(j, catTrigger) || d.covered(j, catViolation) {
			return n // «۳۸ مورد تخلف»
		}
		if d.tokKey(j) == keyHaving && d.covered(j+1, catTrigger) {
			return n // «۸۱۲ واحد دارای تخلف بودند»
		}
		cands = append(cands, countCand{n, at, t + 1, j})
	}
	for ci, c := range cands {
		if d.utilityBefore(c.t) {
			return c.n // «گاز ۱۲ اداره دولتی پرمصرف قطع شد»: the customers cut off
		}
		m, ok := d.matchAt(catOffice, c.j)
		if !ok {
			if c.j == c.next {
				continue // a bare number and no office: not a count of units
			}
			if d.sanctionBefore(c.t) {
				return c.n // «از پلمب ۸۱ باب سوئیت غیرمجاز خبر داد»
			}
			// «۱۹۸ واحد به سبب … پلمب شده است»: units with no office
			// named, sanctioned by the clause's verb.
			stop, ok := d.afterCount(c.j, s.end)
			if ok {
				return c.n
			}
			if n, ok := d.listedCounts(cands[ci:], stop, s.end); ok {
				return n // «۲۸ واحد به دلیل … و ۱۷ واحد به علت … معرفی شدند»: 45
			}
			continue
		}
		_, oe := d.tokSpan(m)
		for k := oe; k < len(d.toks) && k <= oe+5 && d.toks[k].start < s.end; k++ {
			if d.covered(k, catTrigger) || d.covered(k, catSanction) || d.covered(k, catViolation) {
				return c.n
			}
		}
		if d.sanctionBefore(c.t) {
			return c.n // «از پلمب ۸۱ مرکز تهیه و توزیع مواد غذایی خبر داد»
		}
		stop, ok := d.afterCount(oe, s.end)
		if ok {
			return c.n // «۱۰ باشگاه ورزشی به دلیل … در این شهرستان پلمب شدند»
		}
		if n, ok := d.listedCounts(cands[ci:], stop, s.end); ok {
			return n // «سه واحد در کوار و ۱۰ واحد در سامک … پلمب شدند»: 13
		}
	}
	if d.oneUnit(s) {
		return 1 // also beside numbers that count no unit («۲ روز پیش یکی از تالارها …»)
	}
	if t, ok := d.thisUnit(s); ok {
		d.fire(ruleCountThisUnit, t, t+2)
		return 1
	}
	if t, ok := d.theseUnits(s); ok {
		// «… تخلف ۲۰ واحد محرز شد و برای این واحدها پرونده تشکیل شد»:
		// the units counted earlier in the sentence.
		if si := sentenceAt(d.sents, s.start); si >= 0 {
			if n, ok := d.unitsCountedBefore(d.tokAt(d.sents[si].start), t); ok {
				d.fire(ruleCountTheseUnits, t, t+2)
				return n
			}
		}
	}
	return 0
}

// unitsCountedBefore returns the last number in tokens [a,b) that counts
// offices or units («۲۰ واحد», «15 عطاری»), not those inspected out of
// («از ۵۰ واحد»).
func (d *document) unitsCountedBefore(a, b int) (int, bool) {
	n, found := 0, false
	for t := a; t < b; t++ {
		v, last, _, ok := d.numberFrom(t)
		if !ok {
			continue
		}
		at := t
		t = last
		if d.tokKey(at-1) == "از" || d.inspectedNumber(at) {
			continue // «از ۵۰ واحد», and here «بیش از ۵۰» too
		}
		j := d.afterUnitWords(last)
		if j >= b {
			continue
		}
		if _, ok := d.matchAt(catOffice, j); ok || j > last+1 && d.tokKey(last+1) == keyUnit {
			n, found = v, true
		}
	}
	return n, found
}

// inspectedNumber reports whether the number at token t counts the offices
// inspected, not those found or sanctioned: after an inspection's stem
// («بازرسی از ۴۰ واحد»), after «از تعداد», or in a list of the inspected
// («از ۶۰ نانوایی و ۲۵ واحد صنفی»).
func (d *document) inspectedNumber(t int) bool {
	return d.in(setInspectStem, t-1) || d.tokKey(t-1) == keyNumberOf && d.tokKey(t-2) == "از" || d.inInspectedList(t)
}

// oneAccused finds in span s, beside a sanction of the clause, a noun of
// one offender or one case in the singular (word set one_accused: «متهم»,
// «پرونده‌ای»; not «متخلف», mostly an adjective after a plural) and
// returns its token.
func (d *document) oneAccused(s span) (int, bool) {
	if len(d.inSentence(catSanction, s)) == 0 {
		return 0, false
	}
	for t := d.tokAt(s.start); t < len(d.toks) && d.toks[t].end <= s.end; t++ {
		if d.in(setOneAccused, t) && (!d.startsNumber(t-1) || d.oneWord(t-1)) {
			return t, true
		}
	}
	return 0, false
}

// oneWord reports whether token t is the number one («یک», «۱»): «یک
// متهم» is one offender all the same.
func (d *document) oneWord(t int) bool {
	n, ok := d.number(t)
	return ok && n == 1
}

// keyUnit is the key of «واحد», the unit an office type told before is
// pointed back at with.
var keyUnit = NormalizeKey("واحد")

// thisUnit finds in span s «واحد» pointed at in the singular («این واحد»,
// «واحد مذکور»), not before a plural suffix written apart («این واحد های
// صنفی»): one unit of the office type told before. It returns the first
// token of the pair.
func (d *document) thisUnit(s span) (int, bool) {
	for t := d.tokAt(s.start); t+1 < len(d.toks) && d.toks[t+1].end <= s.end; t++ {
		if d.tokKey(t+1) != keyUnit {
			continue
		}
		if pluralSuffix([]rune(d.tokKey(t + 2))) {
			continue
		}
		if d.in(setThisOne, t) && d.tokKey(t-1) != "از" {
			return t, true
		}
		if d.in(setUnitPointed, t+2) || d.pairIn(setUnitPointed, t+2) {
			return t + 1, true
		}
	}
	return 0, false
}

// oneUnit reports whether the offices of span s are one unit: pointed at
// («این واحد صنفی», «فروشگاه مورد نظر», «یکی از تالارهای پذیرایی») or
// named in the singular as the subject of the clause's sanction verb
// («نانوایی متخلف … پلمب شد»). The guidelines count such a unit as one; a
// plural office is not one.
func (d *document) oneUnit(s span) bool {
	ms := d.inSentence(catOffice, s)
	for i, m := range ms {
		a, e := d.tokSpan(m)
		if a < 0 {
			continue
		}
		if d.tokKey(a-1) == "از" && d.in(setOneOf, a-2) {
			return true // «یکی از تالارهای پذیرایی»
		}
		if d.pluralOffice(a, e) || d.tokKey(a-1) == keyNumberOf {
			continue // «این تعداد آرایشگاه … پلمب شدند»: the units counted before
		}
		if d.oneBefore(a) {
			return true // «در یک انبار … کشف شد»
		}
		if d.in(setThisOne, a-1) || d.in(setUnitPointed, e) || d.pairIn(setUnitPointed, e) {
			return true
		}
		if d.covered(a-1, catSanction) && !d.covered(a-1, catOffice) {
			return true // «دستور پلمب نانوایی … صادر شد»: the one office sanctioned
		}
		if d.in(setFindAct, a-1) && !d.covered(a-1, catOffice) {
			return true // «از کشف انبار احتکار برنج خبر داد»: the one office found
		}
		// The scan ends at the next office, which is scanned in turn: each
		// token is read once («نانوایی متخلف، نانوایی متخلف، …»).
		scanEnd := s.end
		for _, n := range ms[i+1:] {
			if n.start >= m.end {
				scanEnd = min(scanEnd, n.start)
				break
			}
		}
		if _, ok := d.afterCount(e, scanEnd); ok {
			return true // «نانوایی متخلف … پلمب شد»: one office, the subject sanctioned
		}
	}
	return false
}

// oneBefore reports whether «یک» stands right before the office at token
// a, or before a classifier and it («یک باب نانوایی»).
func (d *document) oneBefore(a int) bool {
	if d.in(setClassifier, a-1) {
		a--
	}
	n, ok := d.number(a - 1)
	return ok && n == 1
}

// unitsPointedBack finds in tokens [a,b) «این» or «همین» before a plural
// office or «تعداد»: units told of before («این واحدهای صنفی», «این
// تعداد»). It returns the token of the determiner.
func (d *document) unitsPointedBack(a, b int) (int, bool) {
	for t := a; t+1 < b; t++ {
		if !d.in(setThisOne, t) || d.tokKey(t-1) == "از" {
			continue // «از این تعداد ۲۸ واحد …»: a part of them, counted anew
		}
		if d.tokKey(t+1) == keyNumberOf {
			return t, true
		}
		if m, ok := d.matchAt(catOffice, t+1); ok {
			if ms, me := d.tokSpan(m); ms == t+1 && d.pluralOffice(ms, me) {
				return t, true
			}
		}
	}
	return 0, false
}

// theseUnits finds in span s «این» or «همین» before «واحد» in the plural
// («این واحدها», «این واحد ها») and returns the token of the determiner.
// (unitsPointedBack, which reads plural offices for a count carried from an
// earlier sentence, leaves these out: there the written regression sets
// keep apart entries of the same count.)
func (d *document) theseUnits(s span) (int, bool) {
	for t := d.tokAt(s.start); t+1 < len(d.toks) && d.toks[t+1].end <= s.end; t++ {
		if d.in(setThisOne, t) && d.pluralUnit(t+1) {
			return t, true
		}
	}
	return 0, false
}

// pluralUnit reports whether token t is «واحد» in the plural, its suffix
// joined or apart («واحدها», «واحد های»).
func (d *document) pluralUnit(t int) bool {
	k := d.tokKey(t)
	if k == keyUnit {
		return pluralSuffix([]rune(d.tokKey(t + 1)))
	}
	return strings.HasPrefix(k, keyUnit) && pluralSuffix([]rune(strings.TrimPrefix(k, keyUnit)))
}

// officeCounts holds a count per office type in place, with no map to
// allocate per document: there are few office types.
type officeCounts struct {
	codes [16]string
	n     [16]int
	len   int
}

// of returns the count held for office type code, or 0.
func (c *officeCounts) of(code string) int {
	for i := range c.len {
		if c.codes[i] == code {
			return c.n[i]
		}
	}
	return 0
}

// set holds count n for office type code; a type past the array's room is
// not held (there are fewer office types than that).
func (c *officeCounts) set(code string, n int) {
	for i := range c.len {
		if c.codes[i] == code {
			c.n[i] = n
			return
		}
	}
	if c.len < len(c.codes) {
		c.codes[c.len], c.n[c.len] = code, n
		c.len++
	}
}

// keyNumberOf is the key of «تعداد»: «این تعداد» points back at a count.
var keyNumberOf = NormalizeKey("تعداد")

// pluralOffice reports whether the office in tokens [a,e) is named in the
// plural: a plural suffix on any of its words, or a broken plural head
// («دفاتر», «مراکز», «اماکن»).
func (d *document) pluralOffice(a, e int) bool {
	if d.in(setPluralOfficeHead, a) {
		return true
	}
	for t := a; t < e; t++ {
		k := d.tokKey(t)
		if strings.HasSuffix(k, "ها") || strings.HasSuffix(k, "های") || strings.HasSuffix(k, "هایی") {
			return true
		}
	}
	return false
}

// officeNumber is a number told right before an office in a clause: its
// value, the office's type and the span of both.
type officeNumber struct {
	n    int
	code string
	at   span
}

// officeNumbers returns the numbers in span s that stand right before an
// office, past classifiers («دو باب نانوایی»), in text order; a number of
// the units inspected («از ۴۰ واحد») is none, and so are the parts of a
// whole of the same type told before them («۳ واحد صنفی شامل یک …»).
func (d *document) officeNumbers(s span) []officeNumber {
	var out []officeNumber
	whole := "" // the type of a whole whose parts follow
	for t := d.tokAt(s.start); t < len(d.toks) && d.toks[t].end <= s.end; t++ {
		n, last, outOf, ok := d.numberFrom(t)
		if !ok {
			continue
		}
		at := t
		t = last
		if outOf || d.inInspectedList(at) {
			continue
		}
		j := d.afterUnitWords(t)
		if m, ok := d.matchAt(catOffice, j); ok && d.toks[j].start < s.end {
			_, e := d.tokSpan(m)
			code := d.lx.entries[m.entry].code
			if code == whole {
				continue
			}
			out = append(out, officeNumber{n, code, span{d.toks[at].start, d.toks[e-1].end}})
			if d.breakdownAfter(e) {
				whole = code
			}
		}
	}
	return out
}

// breakdownAfter reports whether a word that opens a list of parts
// («شامل», «از جمله») follows token e within four words: «۳ واحد صنفی در
// کوار شامل …».
func (d *document) breakdownAfter(e int) bool {
	for t := e; t < e+4 && d.isWord(t); t++ {
		if d.in(setBreakdown, t) || d.pairIn(setBreakdown, t) {
			return true
		}
		if _, num := d.number(t); num {
			return false
		}
	}
	return false
}

// singleOffice returns the span of an office of type code named in the
// singular in span s, with no number before it.
func (d *document) singleOffice(s span, code string) (span, bool) {
	for t := d.tokAt(s.start); t < len(d.toks) && d.toks[t].end <= s.end; t++ {
		m, ok := d.matchAt(catOffice, t)
		if !ok || d.lx.entries[m.entry].code != code {
			continue
		}
		a, e := d.tokSpan(m)
		if _, num := d.number(a - 1); !num && !d.in(setClassifier, a-1) && !d.pluralOffice(a, e) && d.toks[e-1].end <= s.end {
			return span{d.toks[a].start, d.toks[e-1].end}, true
		}
	}
	return span{}, false
}

// afterUnitWords returns the token after the unit words («واحد», «مورد»,
// at most two) that follow the number ending at token t: what the number
// counts starts there.
func (d *document) afterUnitWords(t int) int {
	j := t + 1
	for j < len(d.toks) && j-t <= 2 && d.in(setClassifier, j) && !d.covered(j, catOffice) {
		j++
	}
	return j
}

// findCount reads in tokens [a,b) the number of what a find counts: the
// offenders, vehicles or units («پنج حفار غیرمجاز», «از ۳ دستگاه خودرو»,
// «۱۸۹ واحد آلاینده»), the first number that is no sum of money, measure
// of goods («۳۲ تن», «۷ هزار لیتر»; a vehicle's «دستگاه» counts), term
// («۱۰ روز») or year, with its token.
func (d *document) findCount(a, b int) (int, int, bool) {
	return d.firstNumber(a, b, func(n, last int, _ bool) bool {
		if n >= minYear && n <= maxYear {
			return false // «سال ۱۴۰۲»
		}
		if n >= maxFindCount {
			return false // «۳۹ هزار ماسک»: goods, not offenders
		}
		u, amount := d.amountUnit(last + 1)
		return !(amount && !d.in(setClassifier, u) || d.in(setDuration, last+1) || d.in(setGoodsPiece, u))
	})
}

// maxFindCount bounds the number of offenders, vehicles or units one find
// counts; a larger number counts the goods found.
const maxFindCount = 1000

// firstNumber returns the first number in tokens [a,b) that keep accepts,
// given its value, its last token and whether it counts the units out of
// which others were taken (numberFrom), with its first token.
func (d *document) firstNumber(a, b int, keep func(n, last int, outOf bool) bool) (int, int, bool) {
	for t := a; t < b; t++ {
		n, last, outOf, ok := d.numberFrom(t)
		if !ok {
			continue
		}
		if keep(n, last, outOf) {
			return n, t, true
		}
		t = last
	}
	return 0, 0, false
}

// minYear and maxYear bound the numbers read as Jalali years, no count.
const minYear, maxYear = 1300, 1499

// numberFrom reads the number that starts at token t: its value, its last
// token (t itself, or the last word of «دو هزار و ۸۲۷»), and whether it
// follows «از» as the units out of which others were taken («از ۴۰ واحد»;
// «بیش از ۴۰» is no such number).
func (d *document) numberFrom(t int) (n, last int, outOf, ok bool) {
	n, next, ok := d.countAt(t)
	if !ok {
		return 0, t, false, false
	}
	return n, max(t, next-1), d.tokKey(t-1) == "از" && !d.in(setMoreThan, t-2), true
}

// caseCount finds in tokens [a,b) a number of case files or violation
// forms («۱۰ پرونده», «۱۷۲ فرم تخلف»), not one out of which others were
// taken («از ۵۰۰ پرونده»), and returns it with its token.
func (d *document) caseCount(a, b int) (int, int, bool) {
	return d.firstNumber(a, b, func(_, last int, outOf bool) bool {
		j := d.afterUnitWords(last)
		return !outOf && j <= b && d.caseFiles(last+1, j)
	})
}

// caseFiles reports whether the unit words in tokens [a,b) after a number
// name case files or violation forms («۱۰ پرونده», «۱۱۱ فقره پرونده»,
// «۱۷۲ فرم»): the number counts cases whatever follows.
func (d *document) caseFiles(a, b int) bool {
	for t := a; t < b; t++ {
		if d.in(setCaseNoun, t) {
			return true
		}
	}
	return a == b && d.in(setCaseNoun, a)
}

// sanctionBefore reports whether a sanction stands right before the number
// at token t, or before «به»/«برای» and it: the number counts the units
// sanctioned («پلمب ۸۱ مرکز», «اخطار به ۴۲۶ واحد صنفی»).
func (d *document) sanctionBefore(t int) bool {
	t = d.moreThanStart(t) // «پلمب بیش از ۱۰۰ واحد صنفی»
	if k := d.tokKey(t - 1); k == "به" || k == "برای" {
		t--
	}
	return d.covered(t-1, catSanction) && !d.covered(t-1, catOffice)
}

// utilityBefore reports whether a utility («گاز», «برق») stands right
// before the number at token t, or before «بیش از» and it: the number
// counts the customers whose supply is cut («برق ۱۹۸ اداره پرمصرف»).
func (d *document) utilityBefore(t int) bool {
	return d.in(setUtility, d.moreThanStart(t)-1)
}

// moreThanStart returns the token that opens «بیش از» right before the
// number at token t, else t: what stands before the count stands there.
func (d *document) moreThanStart(t int) int {
	if d.tokKey(t-1) == "از" && d.in(setMoreThan, t-2) {
		return t - 2
	}
	return t
}

// listedCounts sums counted units listed before one sanction verb, as the
// guidelines sum disjoint parts: cs[0] is a counted office whose scan
// (afterCount) stopped at token stop, and each next count of cs joins the
// list after «و» or a comma with a unit word or an office of the same type.
// The sum is a count when the first verb after the last part is a
// sanction's.
func (d *document) listedCounts(cs []countCand, stop int, end int32) (int, bool) {
	sum := cs[0].n
	code := "" // a unit word with no office: the next parts name none either
	if first, ok := d.matchAt(catOffice, cs[0].j); ok {
		code = d.lx.entries[first.entry].code
	}
	for i := 1; i < len(cs); i++ {
		c := cs[i]
		if stop != c.t || (d.tokKey(c.t-1) != "و" && d.toks[c.t-1].punct != '،' && d.toks[c.t-1].punct != ',') {
			return 0, false
		}
		var from int
		if m, ok := d.matchAt(catOffice, c.j); ok {
			if d.lx.entries[m.entry].code != code {
				return 0, false // «یک سالن ورزشی، یک باب نانوایی …»: each type its own
			}
			_, from = d.tokSpan(m)
		} else if c.j > c.next {
			from = c.j
		} else {
			return 0, false
		}
		sum += c.n
		next, ok := d.afterCount(from, end)
		if ok {
			return sum, true
		}
		stop = next
	}
	return 0, false
}

// afterCount scans the clause after the counted office ending at token oe
// for what comes first: a sanction's verb («… پلمب شدند»: the office is the
// subject sanctioned, sanctioned is true), the next count (next is its
// token, for a list of parts), or anything else that gives the count to
// someone else: a verb of its own, an inspection, a number that counts
// nothing, the end of the clause (next is -1). A verb up to three words
// after a sanction is the sanction's light verb («به تعزیرات حکومتی استان
// معرفی شدند»), and a sanction with no verb lets a list of parts go on.
func (d *document) afterCount(oe int, end int32) (next int, sanctioned bool) {
	const lightVerbGap = 4 // a sanction's last word to its verb, in tokens
	lastSanction := -lightVerbGap - 1
	for k := oe; k < len(d.toks) && d.toks[k].start < end; k++ {
		verb := verbTense(d, k) != ""
		if d.covered(k, catSanction) {
			if verb || verbTense(d, k+1) != "" {
				return -1, true
			}
			lastSanction = k
		}
		if _, next, ok := d.countAt(k); ok {
			if u, amount := d.amountUnit(next); amount {
				k = u // «… به ۱۰۰ میلیون ریال جریمه شد»: a sum, not the next count
				continue
			}
			return k, false
		}
		if d.tokKey(k) == "که" {
			// «۲ واحد که در خانه فعالیت می‌کردند به مراجع قضایی معرفی
			// شدند»: a relative clause describes the units; the scan goes
			// on after its verb.
			if v, ok := d.relativeVerb(k, end); ok {
				k = v
				continue
			}
		}
		if verb && k-lastSanction <= lightVerbGap {
			return -1, true
		}
		if verb || !d.isWord(k) && d.toks[k].punct != '،' && d.toks[k].punct != ',' ||
			d.in(setInspectStem, k) || startsDigit(d.tokKey(k)) {
			return -1, false
		}
	}
	return -1, false
}

// amountUnit reports whether the number that ends before token t is an
// amount: a unit of money or measure follows it, after any more parts of
// the number («۱۰۰ میلیون ریال», «۴۲ میلیون و ۵۵۱ هزار ریال», «۶۰ تن»). It
// returns the unit's token.
func (d *document) amountUnit(t int) (int, bool) {
	for ; t < len(d.toks); t++ {
		if _, num := d.number(t); num || d.isNum(t) || d.in(setMagnitude, t) {
			continue // «میلیون», «۵۵۱»
		}
		if _, num := d.number(t + 1); d.tokKey(t) == "و" && (num || d.isNum(t+1)) {
			continue // the «و» inside «۴۲ میلیون و ۵۵۱ هزار»
		}
		break
	}
	return t, d.in(setMoney, t) || d.in(setMeasureUnit, t)
}

// relativeSpan bounds the words of a relative clause that afterCount skips.
const relativeSpan = 12

// relativeVerb returns the verb that closes the relative clause «که» at
// token k opens, when it comes within relativeSpan words with no sanction,
// number or inspection before it.
func (d *document) relativeVerb(k int, end int32) (int, bool) {
	for j := k + 1; j < len(d.toks) && d.toks[j].start < end && j-k <= relativeSpan; j++ {
		if d.covered(j, catSanction) || d.in(setInspectStem, j) || startsDigit(d.tokKey(j)) {
			return 0, false
		}
		if !d.isWord(j) {
			return 0, false
		}
		if verbTense(d, j) != "" {
			return j, true
		}
	}
	return 0, false
}

// agentBefore returns the token that opens an agent phrase («از سوی»,
// «توسط», «به همت») that the office at token s stands in: the words between
// are a list of bodies (words, commas, «و»), at most eight. A place
// («در») between opens a phrase of its own: «توسط بازرسان … در یکی از
// واحدهای توزیع» names where they found it, the office inspected.
func (d *document) agentBefore(s int) (int, bool) {
	prep, place := false, false
	for j := s - 1; j >= 0 && j >= s-8; j-- {
		k := d.tokKey(j)
		switch {
		case (k == "توسط" || k == "همت" && d.tokKey(j-1) == "به") && !place:
			return j, true
		case k == "سوی" && d.tokKey(j-1) == "از" && !place:
			return j - 1, true
		case !prep && d.in(setInspectorNoun, j):
			// «کارشناسان واحد بهداشت محیط مرکز بهداشت …»: the office the
			// inspectors belong to, in a chain of words with no
			// preposition or count, is theirs.
			return j, true
		case isPreposition(k) || k == "در" || k == "را" || k == "که" || startsDigit(k):
			prep = true // a new phrase or a count: the chain ends
			place = place || k == "در"
		case !d.isWord(j) && d.toks[j].punct != '،' && d.toks[j].punct != ',':
			return 0, false
		case d.covered(j, catTrigger) || d.covered(j, catSanction) || verbTense(d, j) != "":
			return 0, false
		}
	}
	return 0, false
}

// clausePast reports whether the verbs of tokens [a,b) are past and none is
// future or present: after «پس از اخطار …» a past verb tells what was done,
// the earlier notice a fact of its own («پس از صدور اخطار … پلمپ شد»).
func (d *document) clausePast(a, b int) bool {
	past := false
	for t := a; t < b; t++ {
		switch verbTense(d, t) {
		case tensePast:
			past = true
		case tenseFuture, tensePresent:
			return false
		}
	}
	return past
}

// evaluation returns the token of an evaluative adjective («بازدارنده»,
// «کافی») right before a copula in tokens [a,b).
func (d *document) evaluation(a, b int) (int, bool) {
	for t := a; t+1 < b; t++ {
		if d.in(setEvaluative, t) && (d.in(setCopulaVerb, t+1) || d.in(setNegCopula, t+1)) {
			return t, true
		}
	}
	return 0, false
}

// countAt reads a count that starts at token t: a number, a number of
// thousands with the rest after «و» («دو هزار و ۸۲۷», «یک هزار و 212»), or
// a large number in digits («۲۸۲۷»; one between 1300 and 1500 only before a
// classifier, since it is most often a Jalali year). It returns the value
// and the token after it.
func (d *document) countAt(t int) (n, next int, ok bool) {
	n, ok = d.number(t)
	next = t + 1
	if ok {
		n, next = d.wordCompound(t, n)
	}
	if k := d.tokKey(t); !ok && (k == keyThousand || k == "هزارو") && !d.isNum(t-1) {
		if _, num := d.number(t - 1); !num {
			// «برای هزار و ۱۷ واحد»: a thousand with no number before it
			n, ok, next = 1, true, t
		}
	}
	if !ok {
		k := d.toks[t].key
		r, _ := utf8.DecodeRuneInString(k)
		if k == "" || !isDigit(r) || utf8.RuneCountInString(k) > 7 || d.tokKey(t-1) == "سال" {
			return 0, 0, false
		}
		if t+1 < len(d.toks) && (d.toks[t+1].punct == '/' || d.toks[t+1].punct == '.') || d.fractionAfter(t) || d.codeNumber(t) {
			return 0, 0, false
		}
		v, err := strconv.Atoi(asciiDigits(k))
		if err != nil || v < 1300 || v <= 1500 && !d.in(setClassifier, t+1) {
			return 0, 0, false
		}
		n, ok = v, true
	}
	if k := d.tokKey(next); (k == keyThousand || k == "هزارو") && n < 1000 {
		n *= 1000
		next++
		and := k == "هزارو" // «یک هزارو ۳۰۸»: the «و» typed with «هزار»
		if !and && d.tokKey(next) == "و" {
			and = true
			next++
		}
		if and {
			if y, ok := d.number(next); ok && y < 1000 {
				y, next = d.wordCompound(next, y)
				n += y
			} else if k == keyThousand {
				next-- // the «و» joins what follows, not a number
			}
		}
	}
	return n, next, true
}

// sanctionPartGap bounds the words that qualify a counted sanction
// («شفاهی», «کتبی») before the next part of its list.
const sanctionPartGap = 3

// sanctionParts sums the further parts of a list of counted sanctions of
// one kind whose first sanction starts at token j: «و» or a comma, a number,
// unit words and a sanction of the same code, each within sanctionPartGap
// words of the last («… ۱۴۸ مورد تذکر شفاهی و ۲۵ مورد تذکر کتبی»).
func (d *document) sanctionParts(j int, end int32) int {
	first, ok := d.matchAt(catSanction, j)
	if !ok {
		return 0
	}
	code := d.lx.entries[first.entry].code
	sum := 0
	for {
		_, e := d.tokSpan(first)
		k := e
		for k < len(d.toks) && k-e < sanctionPartGap && d.isWord(k) && d.tokKey(k) != "و" && verbTense(d, k) == "" && !d.covered(k, catSanction) {
			k++ // «شفاهی»
		}
		if k+1 >= len(d.toks) || d.toks[k+1].start >= end || d.tokKey(k) != "و" && d.toks[k].punct != '،' && d.toks[k].punct != ',' {
			return sum // the list ends, or the text does («… صادر و»)
		}
		n, next, ok := d.countAt(k + 1)
		if !ok {
			return sum
		}
		u := d.afterUnitWords(next - 1)
		m, ok := d.matchAt(catSanction, u)
		if !ok || d.lx.entries[m.entry].code != code || m.start >= end {
			return sum
		}
		sum += n
		first = m
	}
}

// wordCompound reads the parts of a number in words that follow the one at
// token t, of value n, after «و»: a hundred takes tens or units, tens take
// units («یکصد و پانزده», «سیصد و ۷۹», «پنجاه و هفت»). It returns the
// whole and the token after it; a number in digits takes no parts.
func (d *document) wordCompound(t, n int) (int, int) {
	next := t + 1
	if !d.in(setCountWord, t) {
		return n, next
	}
	for d.joinsNumberWords(next) {
		m, _ := d.number(next + 1)
		n, next = n+m, next+2
	}
	return n, next
}

// joinsNumberWords reports whether the «و» at token t joins two parts of
// one number in words: a hundred and tens or units, or tens and units
// («یکصد و 15», «پنجاه و هفت»), not two counts.
func (d *document) joinsNumberWords(t int) bool {
	if d.tokKey(t) != "و" || !d.in(setCountWord, t-1) {
		return false
	}
	last, _ := d.number(t - 1)
	m, ok := d.number(t + 1)
	return ok && (last%100 == 0 && last < 1000 && m < 100 || last%10 == 0 && last >= 20 && last < 100 && m < 10)
}

// inInspectedList reports whether the number at token t counts a later
// item of a list of inspected offices that starts after «از».
func (d *document) inInspectedList(t int) bool {
	if d.tokKey(t-1) != "و" {
		return false
	}
	for j := t - 2; j >= 0 && j >= t-12; j-- {
		k := d.tokKey(j)
		_, num := d.number(j)
		switch {
		case k == "از":
			return true
		case num:
			// «… مواد غذایی یک کارگاه قنادی و یک نانوایی»: a number
			// right after an office opens a list of its own.
			if _, pn := d.number(j - 1); !pn && d.isWord(j-1) && d.tokKey(j-1) != "از" && d.tokKey(j-1) != "و" {
				return false
			}
		case k == "و" || d.in(setClassifier, j) || d.covered(j, catOffice):
		default:
			return false
		}
	}
	return false
}

// keyThousand is the key of «هزار»: the «و» after it joins the parts of one
// number («۲ هزار و ۷۳۵ پرونده»), never two clauses.
var keyThousand = NormalizeKey("هزار")

// Word sets of a unit counted as one: a determiner before it, a word that
// points back after it, «یکی» before «از» and a plural, and the broken
// plurals that name many offices.
var (
	setThisOne          = newWordSet("this_one")
	setUnitPointed      = newWordSet("unit_pointed")
	setOneOf            = newWordSet("one_of")
	setPluralOfficeHead = newWordSet("plural_office_head")
	setBreakdown        = newWordSet("breakdown")
)

// setMoreThan holds «بیش», «بیشتر»: before «از» and a number, «more
// than», a count and not the set counted out of.
var setMoreThan = newWordSet("more_than")

// number reads token t as a count: digits (not a year or a date part) or a
// number word.
func (d *document) number(t int) (int, bool) {
	if t < 0 || t >= len(d.toks) {
		return 0, false // «شهید» opening the text: no word before it
	}
	if d.codeNumber(t) {
		return 0, false // «کمیسیون ماده صد»
	}
	k := d.toks[t].key
	if n, ok := countWordValues()[k]; ok {
		return n, true
	}
	if r, _ := utf8.DecodeRuneInString(k); k == "" || !isDigit(r) {
		return 0, false
	}
	if t+1 < len(d.toks) && (d.toks[t+1].punct == '/' || (d.toks[t+1].punct == '.' || d.toks[t+1].punct == ':') && t+2 < len(d.toks) && d.isNum(t+2)) {
		return 0, false // «۵/۱۲», «۲.۵», the hour of «12:45»
	}
	if d.fractionAfter(t) {
		return 0, false
	}
	n, err := strconv.Atoi(asciiDigits(k))
	if err != nil || n <= 0 || n >= 1300 {
		return 0, false
	}
	return n, true
}

// fractionAfter reports whether the number at token t follows a slash or a
// colon that follows a number: a date's, a fraction's or a time's part
// («۱۴۰۲/۰۵/۱۲», «۵/۱۲», «12:45»). A slash after a word ends a dateline
// («ایسنا/ ۱۸ واحد صنفی …»).
func (d *document) fractionAfter(t int) bool {
	return t > 0 && (d.toks[t-1].punct == '/' || d.toks[t-1].punct == ':') && d.isNum(t-2)
}

// codeNumber reports whether the number at token t names something rather
// than counts it: a page's news code or a law's article, after a word of set
// code_word and perhaps a colon («کد : 288205», «شماره خبر: 161038»,
// «کمیسیون ماده صد»).
func (d *document) codeNumber(t int) bool {
	if t > 0 && d.toks[t-1].punct == ':' {
		t--
	}
	return d.in(setCodeWord, t-1)
}

func (d *document) isNum(t int) bool {
	k := d.tokKey(t)
	r, _ := utf8.DecodeRuneInString(k)
	return k != "" && isDigit(r)
}

// violationPlace names the place of a violation: a village, city or county
// named in the sentence outside person titles, else the source's county.
func (d *document) violationPlace(s span, personSpans []span) string {
	first := d.tokAt(s.start)
	for t := first; t < len(d.toks) && d.toks[t].end <= s.end; t++ {
		if d.toks[t].key == "روستای" && d.isWord(t+1) {
			return d.tokText(t+1, t+2)
		}
	}
	for _, c := range []category{catCity, catCounty} {
		for _, m := range d.inSentence(c, s) {
			if insideAny(personSpans, m.start, m.end) {
				continue
			}
			t := d.tokAt(m.start)
			if t > 0 && (d.toks[t-1].key == "شهرستان" || d.toks[t-1].key == "شهر") || d.lx.places[NormalizeKey(d.text(m.start, m.end))] && NormalizeKey(d.text(m.start, m.end)) == NormalizeKey(d.county) {
				return d.text(m.start, m.end)
			}
		}
	}
	return strings.TrimSpace(d.county)
}

// nearWord returns a token of set ws within n words of token t inside
// tokens [a,b), before or after it.
func (d *document) nearWord(t, a, b, n int, ws wordSet) (int, bool) {
	for j := max(a, t-n); j < min(b, t+n+1); j++ {
		if j != t && d.isWord(j) && d.in(ws, j) {
			return j, true
		}
	}
	return 0, false
}

// agendaBefore reports whether violation word m is on a meeting's agenda
// or subject: an agenda cue («دستور کار», «با موضوع», «با محوریت») ends
// within three words before it, with only words such as «بررسی» or
// «رسیدگی به» between. It returns the cue's first token.
func (d *document) agendaBefore(m match) (int, bool) {
	t := d.tokAt(m.start)
	for j := t - 1; j >= 0 && j >= t-4 && d.isWord(j); j-- {
		if d.in(setAgenda, j) {
			return j, true
		}
		if j > 0 && d.isWord(j-1) && d.lx.has(setAgenda, d.toks[j-1].key+d.toks[j].key) {
			return j - 1, true
		}
		if !d.in(setAgendaGap, j) {
			return 0, false
		}
	}
	return 0, false
}

// agendaListItem reports whether the clause of tokens [a,b) is (part of) an
// item of a list of topics: its line opens with a list mark («-», «•»)
// right before a word of set agenda_item_head («بررسی», «پیگیری»,
// «گزارش»), and no verb stands between the mark and b. It returns the token
// of the list mark.
func (d *document) agendaListItem(a, b int) (int, bool) {
	// An item is short: its mark is looked for at most agendaItemReach
	// words back, so that a long line with no punctuation is not walked
	// again for each of its clauses.
	p := a
	for p >= 0 && p < len(d.toks) && d.isWord(p) && a-p <= agendaItemReach {
		p--
	}
	if p < 0 || p >= len(d.toks) || !strings.ContainsRune(listMarks, d.toks[p].punct) {
		return 0, false
	}
	if p > 0 && d.toks[p-1].punct != '\n' {
		return 0, false
	}
	if !d.in(setAgendaItemHead, p+1) {
		return 0, false
	}
	for j := p + 1; j < b && j < len(d.toks); j++ {
		if verbTense(d, j) != "" {
			return 0, false
		}
	}
	return p, true
}

// agendaItemReach is how many words before a clause an item's list mark
// may stand («- بررسی ساخت و سازهای غیرمجاز …»: the clause after «و»).
const agendaItemReach = 16

// listMarks are the marks that open an item of a list.
const listMarks = "-–—•▪*"

// bodyNameBefore reports whether violation match m is part of the name of
// a body that works against it: a word of set body stands up to five words
// before it with only words of sets agenda_gap or body_gap between
// («ستاد ساماندهی ساخت و ساز غیرمجاز», «شعبه ویژه رسیدگی به تخلفات»). It
// returns the token of the body word.
func (d *document) bodyNameBefore(m match) (int, bool) {
	t := d.tokAt(m.start)
	for j := t - 1; j >= 0 && j >= t-5 && d.isWord(j); j-- {
		if d.in(setBody, j) {
			return j, j < t-1
		}
		if !d.in(setAgendaGap, j) && !d.in(setBodyGap, j) {
			return 0, false
		}
	}
	return 0, false
}

// compliance reports whether violation phrase m is a rule or standard that
// is kept: «رعایت» stands just before it, or before a word of degree
// («کامل»), («به دلیل رعایت ضوابط بهداشتی»),
// with no negation before «رعایت» and no negated verb right after the
// phrase. It returns the token of «رعایت».
func (d *document) compliance(m match) (int, bool) {
	t := d.tokAt(m.start)
	if d.isWord(t-1) && d.in(setDegree, t-1) {
		t-- // «رعایت کامل ضوابط بهداشتی»
	}
	if !d.isWord(t-1) || d.toks[t-1].key != keyKeep {
		return 0, false
	}
	if d.in(setNegation, t-2) {
		return 0, false
	}
	e := d.tokAt(m.end - 1)
	for j := e + 1; j <= e+3 && d.isWord(j); j++ {
		if d.in(setNegatedVerb, j) || strings.HasPrefix(d.toks[j].key, "ن") && verbTense(d, j) != "" {
			return 0, false
		}
	}
	return t - 1, true
}

// keyKeep is the key of «رعایت» (keeping a rule).
var keyKeep = NormalizeKey("رعایت")

// mixedUnits returns {guild_shop} when offices are guild shops mixed with
// bakeries, health units, pharmacies, fuel stations or other offices
// (warehouses, wholesalers) that the group does not break down
// (at most one of them is counted): the real set's guidelines then use
// guild_shop. It returns nil otherwise.
func (d *document) mixedUnits(offices []string, g clause) []string {
	if len(offices) < 2 || !contains(offices, OfficeGuildShop) {
		return nil
	}
	for _, o := range offices {
		switch o {
		case OfficeGuildShop, OfficeBakery, OfficeHealthUnit, OfficePharmacy, OfficeFuelStation, OfficeOther:
		default:
			return nil
		}
	}
	counted, countedCode, namedShop := 0, "", false
	gs := span{d.toks[g.start].start, d.toks[g.end-1].end}
	ms := d.inSentence(catOffice, gs)
	for i, m := range ms {
		if i+1 < len(ms) && d.lx.entries[m.entry].code == OfficeGuildShop && strings.Contains(d.lx.entries[m.entry].key, "صنف") {
			n := ms[i+1]
			if code := d.lx.entries[n.entry].code; code != OfficeGuildShop && d.tokAt(n.start) == d.tokAt(m.end-1)+1 {
				// «تخلف یک واحد صنفی نانوایی»: the guild unit named by its
				// trade is of that trade's type, not one of mixed units.
				d.fireSpan(ruleGuildUnitOfType, m.start, n.end)
				return []string{code}
			}
		}
	}
	for _, m := range ms {
		code := d.lx.entries[m.entry].code
		if t := d.tokAt(m.start); d.startsNumber(t-1) || d.in(setClassifier, t-1) && d.startsNumber(t-2) {
			counted++
			countedCode = code
		} else if code == OfficeGuildShop && !strings.Contains(d.lx.entries[m.entry].key, "صنف") {
			namedShop = true
		}
	}
	if counted > 1 {
		return nil
	}
	if counted == 1 && countedCode != OfficeGuildShop && !namedShop {
		// «… چهار نانوایی … به پلمب واحد صنفی محکوم شدند»: the units
		// counted are the offenders, and «واحد صنفی» beside them names
		// the same units by the guild they belong to.
		d.fire(ruleCountedOffender, g.start, g.end)
		return []string{countedCode}
	}
	return []string{OfficeGuildShop}
}

// factBeforeAppeal reports whether the words from a to the appeal at token e
// hold a clause that «اینکه» («با بیان اینکه») opens and a past verb right
// before the appeal ends; it returns the token of «اینکه».
func (d *document) factBeforeAppeal(a, e int) (int, bool) {
	if verbTense(d, e-1) != tensePast {
		return 0, false
	}
	for t := a; t < e-1; t++ {
		if d.toks[t].key == keyThatClause || d.toks[t].key == "که" && d.tokKey(t-1) == "این" {
			return t, true
		}
	}
	return 0, false
}

// keyHaving is the key of «دارای» (having): «۸۱۲ واحد دارای تخلف».
var keyHaving = NormalizeKey("دارای")

// keyThatClause is the key of «اینکه», which opens a clause told as a fact.
var keyThatClause = NormalizeKey("اینکه")

// marketKey is the key of «بازار», the market.
var marketKey = NormalizeKey("بازار")

// marketSetting returns the offices of group g other than the guild shops
// when the clause's only guild-shop office is the market noun beside an
// office of another type («برای ثبات در بازار از کارخانه … بازدید و پرونده
// تشکیل شد»): the market is the setting, not a unit; the other offices are
// the ones dealt with.
func (d *document) marketSetting(offices []string, g clause) ([]string, bool) {
	if len(offices) < 2 || !contains(offices, OfficeGuildShop) {
		return nil, false
	}
	if !d.onlyMarketNoun(d.inSentence(catOffice, span{d.toks[g.start].start, d.toks[g.end-1].end})) {
		return nil, false
	}
	var rest []string
	for _, o := range offices {
		if o != OfficeGuildShop {
			rest = append(rest, o)
		}
	}
	d.fire(ruleMarketSetting, g.start, g.end)
	return rest, true
}

// onlyMarketNoun reports whether the only guild-shop office among matches ms
// is the market noun «بازار».
func (d *document) onlyMarketNoun(ms []match) bool {
	market := false
	for _, m := range ms {
		if d.lx.entries[m.entry].code != OfficeGuildShop {
			continue
		}
		if d.lx.entries[m.entry].key != marketKey || d.tokKey(d.tokAt(m.start)) != marketKey {
			return false // «بازاریان», the merchants, are units
		}
		market = true
	}
	return market
}

var ruleMarketSetting = newRule("office-market-setting",
	"the market («بازار») beside an office of another type in a clause is the setting, not a unit of mixed types: the other office is the one dealt with («برای ثبات در بازار از کارخانه … بازدید و پرونده تشکیل شد»)",
	"برای ایجاد ثبات در بازار از کارخانه تولید روغن خودرو بازدید صورت گرفته و برای این واحد پرونده تشکیل شد.")

// findWord returns the first token of tokens [a,b) that is in set ws.
func (d *document) findWord(a, b int, ws wordSet) (int, bool) {
	for t := a; t < b; t++ {
		if d.isWord(t) && d.in(ws, t) {
			return t, true
		}
	}
	return 0, false
}

// generalRuleWord returns the first word of the general_rule set in tokens
// [a,b) («محسوب», «مجازات»), but not a word of deeming (deem_word) with no
// word of offence before it (offenceBefore): what «نان که قوت غالب مردم
// محسوب می‌شود» counts is no offence.
func (d *document) generalRuleWord(a, b int) (int, bool) {
	for t := a; t < b; t++ {
		if !d.isWord(t) || !d.in(setGeneralRule, t) {
			continue
		}
		if d.in(setDeemWord, t) {
			if u, ok := d.offenceBefore(a, t); !ok {
				d.fire(ruleDeemedNoOffence, u, t+1)
				continue
			}
		}
		return t, true
	}
	return 0, false
}

// offenceBefore reports whether one of the six words before token t, back
// to a mark, to «که» or to a, is a word of offence: one of the
// deemed_offence set («تخلف», «جرم», «خلاف») or a violation term. It
// returns the first token it read.
func (d *document) offenceBefore(a, t int) (int, bool) {
	u := t
	for u-1 >= a && u-1 >= t-6 && d.isWord(u-1) && d.tokKey(u-1) != "که" {
		u--
		if d.in(setDeemedOffence, u) || d.covered(u, catViolation) {
			return u, true
		}
	}
	return u, false
}

// setPerfectParticiple holds participles of light verbs («گرفته», «یافته»)
// that with «است» tell what was done, beside those of the participle set.
var setPerfectParticiple = newWordSet("perfect_participle")

// policyStatement reports whether the clause [a,v] whose main verb at v is
// a copula («است», «می‌باشد») names dealing with offenders as a noun
// («برخورد با …») before it: a policy, not a report. It returns the token
// of «برخورد».
func (d *document) policyStatement(a, v int) (int, bool) {
	if !d.bareCopula(v) && !d.onAgenda(v) {
		return 0, false
	}
	for t := a; t < v; t++ {
		if d.tokKey(t) == "در" && d.tokKey(t+1) == "حال" {
			// «برخورد با مراکز متخلف در حال انجام است»: what is going on
			return 0, false
		}
	}
	for t := a; t < v; t++ {
		if d.toks[t].key == "که" && t > a && (d.in(setParticiple, t-1) || d.in(setPerfectParticiple, t-1) || verbTense(d, t-1) == tensePast) {
			// «۲۴ پرونده تشکیل شده که نشان‌دهنده جدیت در برخورد با
			// آلاینده‌ها است»: the copula comments on a fact told
			// before «که».
			return 0, false
		}
		if d.in(setDealing, t) && d.tokKey(t+1) == "با" && !d.isNum(t+2) {
			// Not «برخورد با ۷۵ دستفروش …»: those counted were dealt with.
			return t, true
		}
	}
	return 0, false
}

// cleanFinding reports whether tokens [a,b) say that an inspection found
// nothing wrong without a violation word: a phrase of the clean_finding set
// («هیچ اشکالی مشاهده نشد», «حاکی از فعالیت منظم») in a clause or sentence
// about an inspection or review, and no negated verb right after the phrase
// («مطابق با استاندارد نبوده است» found the opposite). It returns the
// phrase's tokens.
func (d *document) cleanFinding(a, b int) (int, int, bool) {
	s, e, ok := d.findPhrase(a, b, setCleanFinding, 5)
	if !ok {
		return 0, 0, false
	}
	sent := d.sents[sentenceAt(d.sents, d.toks[a].start)]
	for t := d.tokAt(sent.start); t < len(d.toks) && d.toks[t].end <= sent.end; t++ {
		if !d.in(setInspection, t) {
			continue
		}
		if d.negatedAfter(e-1) || d.isWord(e) && d.in(setNotCopula, e) {
			// «نمونه گرفته شده مطابق با استاندارد نبوده است»
			d.fire(ruleCleanFindingNegated, s, min(e+1, b))
			return 0, 0, false
		}
		return s, e, true
	}
	return 0, 0, false
}

// noneFound reports whether tokens [a,b) say that no inspection or case
// showed anything: a word of none («هیچ», «هیچ‌یک», «هیچ‌کدام») with a
// finding or an inspection within four words after it («هیچ مورد
// مشابهی», «هیچ‌یک از این بازرسی‌ها») and a negated past verb later in the
// clause, in a sentence about an inspection. It returns the tokens from the
// word of none to the verb.
func (d *document) noneFound(a, b int) (int, int, bool) {
	for t := a; t < b; t++ {
		if !d.isWord(t) || !d.in(setNone, t) {
			continue
		}
		object := false
		for j := t + 1; j < b && j <= t+4 && d.isWord(j); j++ {
			if d.in(setNoneObject, j) || d.in(setInspection, j) || d.covered(j, catTrigger) {
				object = true
				break
			}
		}
		if !object {
			continue
		}
		for j := t + 2; j < b && j <= t+14; j++ {
			if d.isWord(j) && d.in(setNegatedPast, j) {
				if d.sentenceInspects(a) {
					return t, j + 1, true
				}
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// violationsDenied reports whether the clause [a,b), with no violation word
// of its own, says that its offices did not commit the violations it names:
// every violation term is followed within two words by a negated past verb
// («کم‌فروشی نداشته‌اند»), in a sentence about an inspection. It returns
// the first term's tokens to its verb.
func (d *document) violationsDenied(a, b int, vs []match, trigger bool) (int, int, bool) {
	if trigger || len(vs) == 0 {
		return 0, 0, false
	}
	first, last := -1, -1
	cs := span{d.toks[a].start, d.toks[b-1].end}
	for _, m := range vs {
		if m.start < cs.start || m.end > cs.end {
			continue
		}
		e := d.tokAt(m.end - 1)
		neg := -1
		for j := e + 1; j < b && j <= e+2 && d.isWord(j); j++ {
			if d.in(setNegatedPast, j) {
				neg = j
				break
			}
		}
		if neg < 0 {
			return 0, 0, false
		}
		if first < 0 {
			first = d.tokAt(m.start)
		}
		last = neg
	}
	if first < 0 || !d.sentenceInspects(a) {
		return 0, 0, false
	}
	return first, last + 1, true
}

// noRight reports whether the clause [a,b) denies a right or a permission
// («حق … ندارد», «اجازه فعالیت ندارند»): a prohibition. It returns the
// token of «حق» or «اجازه».
func (d *document) noRight(a, b int) (int, bool) {
	for t := a; t < b; t++ {
		if !d.in(setRight, t) {
			continue
		}
		for j := t + 1; j < b && j <= t+8; j++ {
			if k := d.toks[j].key; k == "ندارد" || k == "ندارند" || k == "نخواهد" || k == "نخواهند" {
				return t, true
			}
		}
	}
	return 0, false
}

// allConform reports whether the clause [a,b) says that all of its offices
// conform: a phrase of the clean_finding set after a word of all
// («تمامی», «همه», «کلیه») that opens the clause and an office, with no
// inspection word needed. It returns the phrase's tokens.
func (d *document) allConform(a, b int) (int, int, bool) {
	if !d.isWord(a) || !d.in(setAll, a) || len(d.inSentence(catOffice, span{d.toks[a].start, d.toks[b-1].end})) == 0 {
		return 0, 0, false
	}
	return d.findPhrase(a, b, setCleanFinding, 5)
}

// sentenceInspects reports whether the sentence of token a names an
// inspection or review (a word of the inspection set).
func (d *document) sentenceInspects(a int) bool {
	sent := d.sents[sentenceAt(d.sents, d.toks[a].start)]
	for t := d.tokAt(sent.start); t < len(d.toks) && d.toks[t].end <= sent.end; t++ {
		if d.in(setInspection, t) {
			return true
		}
	}
	return false
}

// findPhrase returns the first phrase of set ws in tokens [a,b), of at most
// n words, matched on the words' keys joined.
func (d *document) findPhrase(a, b int, ws wordSet, n int) (int, int, bool) {
	first := phraseFirstWords()[ws]
	for t := a; t < b; t++ {
		if !d.isWord(t) || !first[d.toks[t].key] {
			continue
		}
		var buf [128]byte
		k := buf[:0]
		for j := t; j < b && j < t+n && d.isWord(j); j++ {
			k = append(k, d.toks[j].key...)
			if d.lx.hasBytes(ws, k) {
				return t, j + 1, true
			}
		}
	}
	return 0, 0, false
}

// hedge reports whether violation word m is hedged: «احتمالی» right after
// it, or «احتمال» up to two words before it. It returns the hedge's token.
func (d *document) hedge(m match) (int, bool) {
	e := d.tokAt(m.end - 1)
	if d.isWord(e+1) && d.in(setHedge, e+1) {
		return e + 1, true
	}
	t := d.tokAt(m.start)
	for j := t - 1; j >= t-3 && d.isWord(j); j-- {
		if d.in(setHedge, j) {
			return j, true
		}
	}
	return 0, false
}

// checklist reports whether the clause [a,b) ends in a present-tense verb
// of inspecting («نظارت می‌کنند», «رصد می‌شود»), or, with no violation word,
// says what was examined («… وزن نان و ساعات پخت مورد بررسی قرار گرفت»):
// it lists what inspectors check, not what they found. It returns the
// inspection word.
func (d *document) checklist(a, b int, trigger bool) (int, bool) {
	if !trigger {
		if s, _, ok := d.findPhrase(a, b, setExamined, 3); ok {
			return s, true
		}
	}
	for t := b - 1; t > a; t-- {
		if !d.isWord(t) {
			continue
		}
		if tn := verbTense(d, t); tn != tensePresent && tn != tenseSubjunctive {
			return 0, false
		}
		j := t - 1
		if d.tokKey(j) == "می" || d.tokKey(j) == "نمی" {
			j--
		}
		if j >= a && d.in(setCheckWord, j) {
			return j, true
		}
		return 0, false
	}
	return 0, false
}

// caseFiled returns the word of a case file opened or issued with
// «پرونده» at token t: up to three words before it or before the count
// that precedes it («تشکیل … پرونده», «تشکیل ۳ هزار و ۸۱۸ فقره پرونده») or
// after it to the end of the clause [a,b) («پرونده برای ۱۰ واحد صنفی متخلف
// تشکیل»).
func (d *document) caseFiled(t, a, b int) (int, bool) {
	for j := max(a, d.countBefore(t)-3); j < b; j++ {
		if j != t && d.isWord(j) && d.in(setCaseFiled, j) {
			return j, true
		}
	}
	return 0, false
}

// courtsCaseload reports whether «پرونده» at token t is counted and heard
// in the courts of a place taken together, with no word of an offence
// between («۹۵ هزار فقره پرونده در دادسراهای استان رسیدگی شده»): the
// courts' caseload, no office's case.
func (d *document) courtsCaseload(t int) bool {
	return d.countBefore(t) < t && d.tokKey(t+1) == "در" && d.isWord(t+2) && d.in(setCourtsAll, t+2)
}

// dealtWithIn reports whether the penal body at token t is where offenders
// are dealt with: «در» before it, or «در» and a word of set penal_seat
// («در حوزه تعزیرات», «در شعب تعزیرات»), and a dealing with someone after
// it in the clause [a,b) («… با متخلفان برخورد می‌شود»). It returns «در».
func (d *document) dealtWithIn(t, a, b int) (int, bool) {
	j := t - 1
	if d.isWord(j) && d.in(setPenalSeat, j) {
		j--
	}
	if j < a || d.tokKey(j) != "در" {
		return 0, false
	}
	if _, ok := d.dealingWith(t+1, b); !ok {
		return 0, false
	}
	return j, true
}

// countedCaseFile reports whether «پرونده» at token t is counted by a
// number in the clause from a («۴۲ پرونده تخلف»), not one out of which
// others were taken («از ۵۰۰ پرونده»), and followed by a word of the
// offence (word set case_offence). It returns the count's first token.
func (d *document) countedCaseFile(t, a int) (int, bool) {
	c := d.countBefore(t)
	if c == t || c < a || d.tokKey(c-1) == "از" || d.in(setCaseFileOut, c-1) {
		return 0, false
	}
	if !d.isWord(t+1) || !d.in(setCaseOffence, t+1) {
		return 0, false
	}
	return c, true
}

// countBefore returns the first token of the count that tokens before t
// make («تشکیل ۳ هزار و ۸۱۸ فقره پرونده»: digits, number words, «هزار»,
// «و» between them, and a classifier), or t when none does.
func (d *document) countBefore(t int) int {
	from := t
	for j := t - 1; j >= 0 && t-j <= 8; j-- {
		if _, ok := d.number(j); ok || d.isNum(j) {
			from = j
			continue
		}
		if d.isWord(j) && (d.toks[j].key == "و" || d.toks[j].key == keyThousand || d.toks[j].key == "هزارو" || d.in(setClassifier, j)) {
			continue
		}
		break
	}
	return from
}

// exhortation reports whether the clause [a,b) urges keeping rules: a word
// of emphasis or request («تاکید», «خواستار») with «رعایت». It returns the
// word of emphasis.
func (d *document) exhortation(a, b int) (int, bool) {
	t, ok := d.findWord(a, b, setExhort)
	if !ok {
		return 0, false
	}
	for j := a; j < b; j++ {
		if d.toks[j].key == keyKeep && !d.in(setNegation, j-1) {
			return t, true
		}
	}
	return 0, false
}

// habitual reports whether the present verb at token v of the clause [a,b)
// says what offices do rather than what will be done to them: an active
// verb of activity («فعالیت می‌کنند», «عرضه می‌کنند») with no sanction, no
// enforcement phrase and no relative clause («که») in the clause; a «که»
// that opens the clause or follows a comma adds a statement, no relative
// clause («… وجود دارد، که ده واحد بدون پروانه فعالیت می‌کنند»).
func (d *document) habitual(a, b int, cs span, v int) bool {
	j := v - 1
	if d.tokKey(j) == "می" || d.tokKey(j) == "نمی" {
		j--
	}
	if j < a || !d.in(setActivity, j) && !d.committing(a, j) {
		return false
	}
	if len(d.inSentence(catSanction, cs)) > 0 || len(d.inSentence(catFuture, cs)) > 0 {
		return false
	}
	for t := a; t < v; t++ {
		if d.toks[t].key == "که" && t > a && !isListMark(d.toks[t-1].punct) && !d.seenThat(a, t) {
			return false
		}
	}
	return true
}

// seenThat reports whether the «که» at token t follows a perfect participle
// of seeing («مشاهده شده که», «دیده شده است که»): it opens what was seen,
// a statement, no relative clause.
func (d *document) seenThat(a, t int) bool {
	j := t - 1
	if d.tokKey(j) == "است" {
		j--
	}
	return j-1 >= a && d.tokKey(j) == "شده" && d.in(setSeen, j-1)
}

// committing reports whether token j is a violation after «اقدام به»
// («اقدام به تخلف می‌کنند», «اقدام به کم‌فروشی می‌کنند»): what offices
// commit, as an activity.
func (d *document) committing(a, j int) bool {
	return j-2 >= a && (d.covered(j, catTrigger) || d.covered(j, catViolation)) && d.tokKey(j-1) == "به" && d.toks[j-2].key == keyMeasure
}

// keyMeasure is the key of «اقدام» (taking a step, doing).
var keyMeasure = NormalizeKey("اقدام")

// mainVerbBefore returns the token of «که» in (a,t) that a verb ends the
// main clause before («… اقدام به تخلف می‌کنند که بازرسان قادر به
// شناسایی آنها خواهند بود»): the relative clause after it does not set the
// sentence's modality, unless it deals with, sanctions or warns them.
func (d *document) mainVerbBefore(a, t int) (int, bool) {
	for k := a + 2; k < t; k++ {
		if d.toks[k].key == "که" && verbTense(d, k-1) != "" {
			for j := k + 1; j <= t; j++ {
				if d.in(setDealing, j) || d.covered(j, catSanction) || strings.HasPrefix(d.toks[j].key, "هشدار") {
					// «… اقدام می‌کنند که به آنها هشدار می‌دهیم»: the
					// relative clause threatens them.
					return 0, false
				}
			}
			return k, true
		}
	}
	return 0, false
}

// routineOversight reports whether the present verb at token v is an
// active «کردن» of an authority's routine work: an oversight noun right
// before it («نظارت می‌کنند», «رسیدگی می‌کنند»), with no sanction in the
// clause from a. It returns the oversight noun's token.
func (d *document) routineOversight(a, v int) (int, bool) {
	k := d.toks[v].key
	if !strings.HasSuffix(k, "کنند") && !strings.HasSuffix(k, "کند") && !strings.HasSuffix(k, "نمایند") && !strings.HasSuffix(k, "نماید") {
		return 0, false
	}
	j := v - 1
	if d.tokKey(j) == "می" {
		j--
	}
	if j < a || !d.in(setOversight, j) {
		return 0, false
	}
	for t := a; t < v; t++ {
		if d.covered(t, catSanction) {
			return 0, false
		}
	}
	return j, true
}

// licenceLacking reports whether the licence word at token t is said to be
// lacking: a verb of not having («ندارد», «نداشتند», «نداشته‌اند») within
// three words after it in the clause ending at b. It returns the verb's
// token.
func (d *document) licenceLacking(t, b int) (int, bool) {
	for j := t + 1; j < b && j <= t+3 && d.isWord(j); j++ {
		if k := d.toks[j].key; strings.HasPrefix(k, "ندار") || strings.HasPrefix(k, "نداشت") {
			return j, true
		}
	}
	return 0, false
}

// noneSpared reports whether the denial m is «هیچ تخلفی» (or «هیچ گونه
// تخلفی») before a word of overlooking («اغماض», «مماشات», «چشم‌پوشی»)
// within fourteen words, or as the subject of a present or future verb that
// is no verb of seeing or finding («مشاهده نمی‌شود»): no violation will go
// unanswered, not a finding. It returns the token of that word or verb.
func (d *document) noneSpared(m match, b int) (int, bool) {
	t := d.tokAt(m.start)
	if !d.in(setNone, t) {
		return 0, false
	}
	e := d.tokAt(m.end - 1)
	for j := e + 1; j < b && j <= e+14; j++ {
		if d.in(setLeniency, j) || d.pairIn(setLeniency, j-1) {
			// «هیچ تخلفی … قابل چشم‌پوشی نیست», «با هیچ تخلفی …
			// مماشات نمی‌شود»: no violation is overlooked.
			return j, true
		}
	}
	for j := e + 1; j < b && j <= e+8; j++ {
		switch verbTense(d, j) {
		case tensePresent, tenseFuture:
			if p := j - 1; d.in(setSeen, p) || (d.tokKey(p) == "می" || d.tokKey(p) == "نمی") && d.in(setSeen, p-1) {
				return 0, false // «هیچ تخلفی مشاهده نمی‌شود»: a finding
			}
			return j, true
		case "":
			continue
		}
		return 0, false
	}
	return 0, false
}

// noLeniency finds a word of overlooking after «هیچ» or «بدون» («هیچ
// مماشاتی», «بدون اغماض») in tokens [a,b) whose verbs are not past: what
// was done without leniency («بدون اغماض پلمب شد») is a report.
func (d *document) noLeniency(a, b int) (int, bool) {
	for t := a + 1; t < b; t++ {
		// The word before first: it is rare, and the test of a word
		// typed apart («چشم پوشی») builds a key.
		if p := d.tokKey(t - 1); p != "بدون" && !d.in(setNone, t-1) {
			continue
		}
		if d.in(setLeniency, t) || d.pairIn(setLeniency, t) {
			return t, !d.toldDone(a, b)
		}
	}
	return 0, false
}

// copulaOnly reports whether the only verbs of tokens [a,b) that tell a fact
// are bare copulas («است», «می‌باشد» after no participle): the clause says
// what something is, not what was done.
func (d *document) copulaOnly(a, b int) bool {
	cop := false
	for t := a; t < b; t++ {
		if verbTense(d, t) != tensePast {
			continue
		}
		if !d.bareCopula(t) {
			return false
		}
		cop = true
	}
	return cop
}

// bareCopula reports whether token t is a copula («است», «می‌باشد») that no
// participle comes before: with one it is a perfect, what was done («برخورد
// با این اصناف صورت گرفته است»).
func (d *document) bareCopula(t int) bool {
	return d.in(setCopulaVerb, t) && !d.in(setParticiple, t-1) && !d.in(setPerfectParticiple, t-1)
}

// onAgenda reports whether token t is «دارد» or «دارند» of «قرار دارد»
// after «دستور کار» or «اولویت» at most six words before («در دستور کار
// پلیس قرار دارد», «در اولویت قرار دارند»): a present copula of what is
// on the agenda, which verbTense reads as no verb.
func (d *document) onAgenda(t int) bool {
	if k := d.tokKey(t); k != keyHave && k != keyHavePl || d.tokKey(t-1) != keyPlace {
		return false
	}
	for u := t - 2; u >= 0 && u >= t-8 && d.isWord(u); u-- {
		if d.in(setPriority, u) || u > 0 && d.isWord(u-1) && d.lx.has(setAgenda, d.toks[u-1].key+d.toks[u].key) {
			return true
		}
	}
	return false
}

// Keys of «دارد», «دارند» and «قرار» of «قرار دارد».
var (
	keyHave   = NormalizeKey("دارد")
	keyHavePl = NormalizeKey("دارند")
	keyPlace  = NormalizeKey("قرار")
)

// toldDone reports whether a verb of tokens [a,b) is past, a negated copula
// («نیست») aside, or says that work goes on («… بدون اغماض ادامه دارد»):
// the clause tells what was or is being done.
func (d *document) toldDone(a, b int) bool {
	for t := a; t < b; t++ {
		if verbTense(d, t) == tensePast && !d.in(setNegCopula, t) || d.tokKey(t) == keyGoOn {
			return true
		}
	}
	return false
}

// keyPrevent is the key of «جلوگیری» (stopping, preventing).
var keyPrevent = NormalizeKey("جلوگیری")

// keyGoOn is the key of «ادامه» (going on).
var keyGoOn = NormalizeKey("ادامه")

// activityStopped reports whether «جلوگیری» at token t stops an office's
// activity: «از فعالیت» or «از ادامه فعالیت» up to six words before it in
// the clause starting at a («از ادامه فعالیت جایگاه‌های متخلف جلوگیری»).
// It returns the token of «از».
func (d *document) activityStopped(t, a int) (int, bool) {
	for j := t - 1; j >= a && j >= t-16 && d.isWord(j); j-- {
		if d.toks[j].key == keyFromActivity {
			// «ازفعالیت ۷ واحد … جلوگیری»: typed glued
			return j, true
		}
		if j == a || d.toks[j].key != keyActivity {
			continue
		}
		p := j - 1
		if d.toks[p].key == keyGoOn {
			p--
		}
		if p >= a && d.tokKey(p) == "از" {
			return p, true
		}
	}
	return 0, false
}

// offenderClosed reports whether the closure word at token t closes
// offenders with its verb left out: «تعطیل» right before «و» or «،», a
// violation word up to four words before it in the clause starting at a
// («۲۴ مرکز متخلف تعطیل و ۳۴۸ اخطار صادر شد»). It returns the violation
// word's token.
func (d *document) offenderClosed(t, a int) (int, bool) {
	if d.toks[t].key != keyClosed || d.tokKey(t+1) != "و" && !(t+1 < len(d.toks) && d.toks[t+1].punct == '،') {
		return 0, false
	}
	for j := t - 1; j >= a && j >= t-4 && d.isWord(j); j-- {
		if d.covered(j, catTrigger) {
			return j, true
		}
	}
	return 0, false
}

// countedClosed reports whether «تعطیلی» at token t closes offices
// counted right after it («تعطیلی ۱۶ مرکز», «تعطیلی یک نانوایی»), and
// returns the office's last token.
func (d *document) countedClosed(t, b int) (int, bool) {
	j := t + 1
	if d.toks[t].key != keyClosure || !d.isWord(j) || !d.startsNumber(j) {
		return 0, false
	}
	for k := j + 1; k < b && k <= j+3 && d.isWord(k); k++ {
		if d.covered(k, catOffice) {
			return k, true
		}
	}
	return 0, false
}

// keyClosure is the key of «تعطیلی», the closure («روز تعطیل» is a day off).
var keyClosure = NormalizeKey("تعطیلی")

// keyClosed is the key of «تعطیل».
var keyClosed = NormalizeKey("تعطیل")

// keyActivity is the key of «فعالیت».
var keyActivity = NormalizeKey("فعالیت")

// keyFromActivity is the key of «ازفعالیت», «از فعالیت» typed glued.
var keyFromActivity = NormalizeKey("ازفعالیت")

// closureFor reports whether the closure word at token t is given a term:
// a number or «چند» and a word of duration after it, with «به مدت»
// between them or not («تعطیلی چند روزه», «تعطیل به مدت ۱۰ روز»). It
// returns the duration's token.
func (d *document) closureFor(t int) (int, bool) {
	j := t + 1
	if d.tokKey(j) == "به" && d.tokKey(j+1) == "مدت" {
		j += 2
	}
	if !d.isWord(j) || !d.startsNumber(j) && d.toks[j].key != "چند" {
		return 0, false
	}
	if d.isWord(j+1) && d.in(setDuration, j+1) {
		return j + 1, true
	}
	return 0, false
}

// dealingWith returns the token of a dealing word with «با» within three
// words after it («برخورد جدی با متخلفان») or four before it («با آنها
// برخورد می‌شود») in tokens [a,b).
func (d *document) dealingWith(a, b int) (int, bool) {
	for t := a; t < b; t++ {
		if !d.in(setDealing, t) || d.encounter(t) {
			continue
		}
		for j := t + 1; j < b && j <= t+3 && d.isWord(j); j++ {
			if d.toks[j].key == "با" {
				return t, true
			}
		}
		if j, ok := d.mannerList(t+1, b); ok && d.toks[j].key == "با" {
			// «برخورد قاطع، قانونی و بدون اغماض با …»
			return t, true
		}
		for j := t - 1; j >= a && j >= t-4 && d.isWord(j); j-- {
			if d.toks[j].key == "با" {
				return t, true
			}
		}
	}
	return 0, false
}

// mannerList returns the token after a list of manners that starts at token
// j, before b, and has a comma in it («قاطع، قانونی و بدون اغماض»): at most
// seven words and commas, each word a manner (word set manner), «و» or
// «بدون» before one.
func (d *document) mannerList(j, b int) (int, bool) {
	comma := false
	for k := j; k < b && k <= j+7; k++ {
		switch {
		case d.toks[k].punct == '،':
			comma = true
		case !d.isWord(k):
			return 0, false
		case d.in(setManner, k) || d.toks[k].key == "و" || d.toks[k].key == "بدون":
		default:
			return k, comma && k > j
		}
	}
	return 0, false
}

// ongoingPolicy returns the dealing word of clause [a,b) when it is a noun
// before «با» («برخورد با …», «برخورد قانونی با …») and the clause ends on a
// word of set ongoing_verb before a present verb («دنبال می‌شود», «اجرایی
// می‌شود»), with no future verb and no condition in the clause: a policy
// told as pursued, not a threat on a condition nor a finding.
func (d *document) ongoingPolicy(a, b int) (int, bool) {
	deal := -1
	for t := a; t < b; t++ {
		if !d.isWord(t) {
			continue
		}
		if d.startsConditional(t) || verbTense(d, t) == tenseFuture {
			return 0, false
		}
		if deal < 0 && d.in(setDealing, t) && !d.encounter(t) {
			for j := t + 1; j < b && j <= t+2 && d.isWord(j); j++ {
				if d.tokKey(j) == "با" {
					deal = t
					break
				}
			}
			continue
		}
		if deal >= 0 && d.in(setOngoingVerb, t) && t+1 < b && verbTense(d, t+1) == tensePresent {
			return deal, true
		}
	}
	return 0, false
}

// habitualPresent returns the word of set habitual («سالانه», «هر ساله»,
// «به دلایلی چون») in clause [a,b) whose verb is in the present, with no
// future verb and no condition in the clause: it tells what happens every
// year or in general («هر ساله … پلمب می‌شوند»), no violation found or
// threatened.
func (d *document) habitualPresent(a, b int) (int, bool) {
	h, present := -1, false
	for t := a; t < b; t++ {
		if !d.isWord(t) {
			continue
		}
		if d.startsConditional(t) {
			return 0, false // «همه ساله … که در صورت عرضه غیرمجاز پلمب می‌شود»
		}
		switch verbTense(d, t) {
		case tenseFuture, tensePast:
			return 0, false
		case tensePresent:
			present = true
		}
		if h < 0 && (d.in(setHabitual, t) || d.tokKey(t) == "ساله" && (d.tokKey(t-1) == "هر" || d.tokKey(t-1) == "همه")) {
			h = t // «سالانه», «هر ساله»
		}
	}
	return h, h >= 0 && present
}

// lastResort returns the token of «آخرین» before a noun of means (word set
// last_resort: «راه حل», «راهکار», «گزینه») in the sentence of tokens
// [a,b): a sanction named there is ranked among the means of a procedure
// («آموزش و تذکر در اولویت است و پلمب به عنوان آخرین راه حل محسوب
// می‌شود»), not imposed. The whole sentence is read, since the ranking is
// often told in the clause after the sanctions it ranks.
func (d *document) lastResort(a, b int) (int, bool) {
	si := sentenceAt(d.sents, d.toks[a].start)
	if si < 0 {
		return 0, false
	}
	s := d.sents[si]
	for t := d.tokAt(s.start); t+1 < len(d.toks) && d.toks[t].start < s.end; t++ {
		if d.tokKey(t) == "اخرین" && d.isWord(t+1) && d.in(setLastResort, t+1) {
			return t, true
		}
	}
	return 0, false
}

// meetingDiscussed returns the token of a word of discussion (set
// discussed) that a past verb follows within three words, in clause [a,b)
// that names a meeting (set meeting) before its first violation word, at
// rune anchor: the clause tells what the meeting discussed («در این جلسه …
// مورد بحث و بررسی قرار گرفت»). A meeting named only after the violations
// («… تخلفات برخی نانوایان از دلایل شلوغی است که در این جلسه مورد بحث
// قرار گرفت») is where a finding was told.
func (d *document) meetingDiscussed(a, b int, anchor int32) (int, bool) {
	meeting := false
	for t := a; t < b; t++ {
		if !d.isWord(t) {
			continue
		}
		if d.in(setMeeting, t) && (anchor < 0 || d.toks[t].start < anchor) {
			meeting = true
			continue
		}
		if !meeting || !d.in(setDiscussed, t) {
			continue
		}
		for j := t + 1; j < b && j <= t+4 && d.isWord(j); j++ {
			if verbTense(d, j) == tensePast {
				return t, true
			}
		}
	}
	return 0, false
}

// goalList returns the token of a noun of goals or priorities (word set
// goal_list) that «از» stands up to three words before («از اهداف», «از
// مهم‌ترین اولویت‌های») and a copula of word set goal_verb ends after it, in
// clause [a,b): the clause names what a body or a plan works for.
func (d *document) goalList(a, b int) (int, bool) {
	for t := a; t < b; t++ {
		if !d.isWord(t) || !d.in(setGoalList, t) {
			continue
		}
		from := false
		for j := t - 1; j >= a && j >= t-3 && d.isWord(j); j-- {
			if d.tokKey(j) == "از" {
				from = true
				break
			}
		}
		if !from {
			continue
		}
		for j := t + 1; j < b; j++ {
			if d.isWord(j) && d.in(setGoalVerb, j) {
				return t, true
			}
		}
	}
	return 0, false
}

// dealsWithSomeone reports whether clause [a,b) speaks of dealing with
// someone (dealingWith).
func (d *document) dealsWithSomeone(a, b int) bool {
	_, ok := d.dealingWith(a, b)
	return ok
}

// offenceDefined returns a verb of deeming («دانست», «تلقی») right after
// the word of an offence («تخلف», «جرم») in clause [a,b): «… را تخلف
// دانست» calls a practice an offence, a general rule.
func (d *document) offenceDefined(a, b int) (int, bool) {
	for t := a + 1; t < b; t++ {
		if d.in(setDeemVerb, t) && d.in(setOffenceNoun, t-1) {
			return t, true
		}
	}
	return 0, false
}

// encounter reports whether dealing word t means coming across («در صورت
// مشاهده و برخورد با …»): a word of the encounter_cue set before it, or
// before the «و» before it. The citizen who sees or comes across a
// violation is asked to report it; no one is threatened.
func (d *document) encounter(t int) bool {
	if d.tokKey(t-1) == "و" && d.isWord(t-2) && d.in(setEncounterCue, t-2) {
		return true
	}
	return d.isWord(t-1) && d.in(setEncounterCue, t-1)
}

// dealtOffices reports whether an office is the object of dealing in
// [a,b): «با», an office (after «این» or «آن» too) and a word of dealing
// at most five words after «با» («با این نانوایی‌ها برخورد قاطع شود»). It
// returns the dealing word.
func (d *document) dealtOffices(a, b int) (int, bool) {
	return d.dealtObject(a, b, func(o, t int) bool {
		if k := d.tokKey(o); k == "این" || k == "ان" { // «آن», its key
			o++
		}
		return o < t && d.startsMatch(catOffice, o)
	})
}

// dealtPronoun returns the dealing word in tokens [a,b) whose object is a
// plural pronoun («با آنان برخورد می‌شود», «با آنها برخورد قانونی خواهد
// شد»).
func (d *document) dealtPronoun(a, b int) (int, bool) {
	return d.dealtObject(a, b, func(o, t int) bool {
		k := d.tokKey(o)
		return o < t && (k == keyThemHuman || k == keyThose || k == keyThemPolite)
	})
}

// dealtObject returns the first dealing word in tokens [a,b) with «با» at
// most five words before it whose object, the token after «با» up to the
// dealing word t, isObject accepts.
func (d *document) dealtObject(a, b int, isObject func(o, t int) bool) (int, bool) {
	for t := a; t < b; t++ {
		if !d.in(setDealing, t) {
			continue
		}
		for j := t - 1; j >= a && j >= t-5 && d.isWord(j); j-- {
			if d.toks[j].key != "با" {
				continue
			}
			if isObject(j+1, t) {
				return t, true
			}
			break
		}
	}
	return 0, false
}

// Keys of «آنان» and «ایشان», plural pronouns of people.
var keyThemHuman, keyThemPolite = NormalizeKey("آنان"), NormalizeKey("ایشان")

// officesBeforeClause reports whether the sentence of token a names offices
// that offend before a.
func (d *document) officesBeforeClause(a int, personSpans []span) bool {
	si := sentenceAt(d.sents, d.toks[a].start)
	if si < 0 || d.sents[si].start >= d.toks[a].start {
		return false
	}
	offices, _ := d.offenders(span{d.sents[si].start, d.toks[a].start}, personSpans)
	return len(offices) > 0
}

var ruleDealtPronoun = newRule("mention-dealt-pronoun",
	"dealing with «آنان», «آنها» or «ایشان» after offices named earlier in the sentence («… در برابر واحدهای آلاینده تسامحی نخواهد شد و با آنان برخورد می‌شود») threatens those offices",
	"رئیس محیط زیست کوار افزود: در برابر واحدهای آلاینده کوتاه نمی‌آییم و با آنان طبق قانون برخورد می‌شود.")

var ruleDealtOffices = newRule("mention-dealt-offices",
	"offices named as the object of dealing («با این خبازی‌ها برخورد شود», «با نانوایی‌ها برخورد قانونی خواهد شد») are a mention of their offences, a threat or a report as the verb says",
	"بازرسی از نانوایی‌های کوار ادامه دارد.\nوی گفت: باید با این نانوایی‌ها برخورد قاطع شود.")

// appealIntro finds an appeal to citizens that ends the clause before token a,
// right before a colon, a comma or «که» («از شهروندان خواست، در صورت …»,
// «از مردم درخواست کرد که در صورت مشاهده …»).
func (d *document) appealIntro(a int) (match, bool) {
	p := a - 1
	if p < 1 || d.toks[p].punct != ':' && d.toks[p].punct != '،' && d.toks[p].punct != ',' && d.toks[p].key != "که" {
		return match{}, false
	}
	end := d.toks[p-1].end
	for _, m := range d.inSentence(catAppeal, span{d.toks[max(0, p-6)].start, end}) {
		if m.end == end {
			return m, true
		}
	}
	return match{}, false
}

// appealPurpose reports whether the dealing word at token t is the purpose
// of an appeal that comes before it («… از طریق سامانه ۱۲۴ اطلاع دهند تا با
// متخلفان برخورد شود»): citizens are asked to report so that offenders can be
// dealt with, which threatens no one in particular.
func (d *document) appealPurpose(m match, t int) bool {
	for j := t - 1; j >= 0 && d.toks[j].start >= m.end; j-- {
		if d.toks[j].key == "تا" {
			return true
		}
	}
	return false
}

// afterPastFinding reports whether token t stands in a relative clause that
// follows a past verb («… تخلفاتی مشاهده شد که نیازمند نظارت دقیق‌تر است»):
// what the finding calls for is no purpose that would unsay it.
func (d *document) afterPastFinding(a, t int) bool {
	for j := a + 1; j < t; j++ {
		if d.toks[j].key == "که" && verbTense(d, j-1) == tensePast {
			return true
		}
	}
	return false
}

// inRelative reports whether token t of the clause starting at a lies in a
// relative clause: a «که» stands between them.
func (d *document) inRelative(a, t int) bool {
	for j := a; j < t; j++ {
		if d.toks[j].key == "که" {
			return true
		}
	}
	return false
}

// negatedAfter reports whether a negated verb follows token e within two
// words («جریمه ریالی نشدند»).
func (d *document) negatedAfter(e int) bool {
	for j := e + 1; j <= e+2 && d.isWord(j); j++ {
		if d.in(setNegatedPast, j) || d.in(setNegatedVerb, j) {
			return true
		}
	}
	return false
}

// proseLineWords is the least number of words of a line of an article's
// prose; the portal's links and headlines are shorter.
const proseLineWords = 20

// firstProse returns where the first line of prose starts: a line of at
// least proseLineWords words that is no list of links or tags (three or
// more « - » or «|» between its items); len(body) when there is none. It is
// worked out at the first call.
func (d *document) firstProse() int32 {
	if d.proseStart != 0 {
		return d.proseStart - 1
	}
	at := int32(len(d.body))
	words, seps, lineStart := 0, 0, int32(0)
	for t := range d.toks {
		switch {
		case d.toks[t].punct == '\n':
			words, seps, lineStart = 0, 0, d.toks[t].end
		case d.isWord(t):
			words++
		case d.toks[t].punct == '-' || d.toks[t].punct == '|':
			seps++
		}
		if words >= proseLineWords && seps < 3 {
			at = lineStart
			break
		}
	}
	d.proseStart = at + 1
	return at
}

// articleEnds reports whether sentence s starts a line that ends the
// article: a line that begins with a phrase of the article_end set
// («انتهای پیام», «اخبار مرتبط», «تبادل نظر»).
func (d *document) articleEnds(s span) bool {
	if s.start > 0 && d.body[s.start-1] != '\n' {
		return false
	}
	if t := d.tokAt(s.start); t < 0 || t >= len(d.toks) || !phraseFirstWords()[setArticleEnd][d.toks[t].key] {
		return false
	}
	k := keyOf(d.body[s.start:s.end])
	for _, w := range setList(setArticleEnd) {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// prefixInSet reports whether key k starts with a member of set ws (for
// words that take suffixes: «مجوزشان», «قراردادهای»).
func prefixInSet(ws wordSet, k string) bool {
	for _, w := range setList(ws) {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// countedCases returns the number of a number-and-classifier pair («۴۶
// پرونده», «۱۲ مورد») in tokens [a,b).
func (d *document) countedCases(a, b int) (int, bool) {
	for t := a; t+1 < b; t++ {
		if _, ok := d.number(t); ok && d.isWord(t) && d.in(setClassifier, t+1) {
			return t, true
		}
	}
	return 0, false
}

// phraseFirstWords maps each word set of violationWordsFile to the keys of
// the first words of its entries, so that findPhrase joins words only where
// a phrase may start.
var phraseFirstWords = sync.OnceValue(func() map[wordSet]map[string]bool {
	out := map[wordSet]map[string]bool{}
	byName := make(map[string]wordSet, len(wordSetNames))
	for i, n := range wordSetNames {
		byName[n] = wordSet(i)
	}
	// A read error is reported by the lexicon load (LexiconCheck).
	_ = eachLine(violationWordsFile, func(f []string) {
		if len(f) < 2 {
			return
		}
		w := strings.Fields(Normalize(f[1]))
		ws, ok := byName[f[0]]
		if len(w) == 0 || !ok {
			return
		}
		if out[ws] == nil {
			out[ws] = map[string]bool{}
		}
		out[ws][NormalizeKey(w[0])] = true
	})
	return out
})

// setList returns the keys of a word set of violationWordsFile as a
// slice, for the sets that are scanned rather than looked up (prefixes,
// phrases inside a longer key).
func setList(ws wordSet) []string { return setLists()[ws] }

var setLists = sync.OnceValue(func() map[wordSet][]string {
	lx := loadLexicon()
	out := map[wordSet][]string{}
	for i := range wordSetNames {
		ws := wordSet(i)
		out[ws] = lx.members(ws)
		slices.Sort(out[ws])
	}
	return out
})

// referredFor reports whether the sanction at token t is the purpose of a
// referral: «برای», «جهت» or «به منظور» (with «پرداخت», «تعیین» or «اعمال»)
// before it, and a referral word of the sanctions lexicon in the five words
// before that.
func (d *document) referredFor(t int) bool {
	p := t - 1
	if d.in(setFineVerbNoun, p) {
		p--
	}
	if !d.in(setPurposeWord, p) {
		return false
	}
	for j := p - 1; j >= 0 && j >= p-6; j-- {
		if m, ok := d.matchAt(catSanction, j); ok && d.lx.entries[m.entry].code == SanctionReferral {
			return true
		}
	}
	return false
}

// triggerNear reports whether a violation word stands within n words
// before or after match m («تخلف در توزیع سوخت», «در توزیع سوخت تخلف
// کنند»).
func (d *document) triggerNear(m match, n int) bool {
	t, e := d.tokAt(m.start), d.tokAt(m.end-1)
	for j := t - 1; j >= 0 && j >= t-n; j-- {
		if d.covered(j, catTrigger) {
			return true
		}
	}
	for j := e + 1; j < len(d.toks) && j <= e+n; j++ {
		if d.covered(j, catTrigger) {
			return true
		}
	}
	return false
}

// negatedPhrase reports whether phrase m is negated: a word of negation
// («فاقد», «عدم», «بدون», «نداشتن») up to two words before it, three when
// «از» stands right before it («استفاده نکردن کارکنان از ماسک»), or a
// negated verb up to three words after it («کارتخوان ندارند»).
func (d *document) negatedPhrase(m match) bool {
	t, e := d.tokAt(m.start), d.tokAt(m.end-1)
	back := 2
	if d.tokKey(t-1) == "از" {
		back = 3 // «استفاده نکردن کارکنان از ماسک»: the negated noun governs «از»
	}
	for j := t - 1; j >= 0 && j >= t-back && d.isWord(j); j-- {
		if d.in(setNegation, j) {
			return true
		}
	}
	for j := e + 1; j < len(d.toks) && j <= e+3 && d.isWord(j); j++ {
		if d.in(setNegatedVerb, j) || d.in(setNegatedPast, j) || strings.HasPrefix(d.toks[j].key, "ندار") {
			return true
		}
	}
	return false
}

// marketArticle returns the first market violation term of the article
// (overcharging, short selling, hoarding, a missing price list), if any.
func (d *document) marketArticle() (match, bool) {
	if d.market.known { // found once per article
		return d.market.m, d.market.ok
	}
	d.market.known = true
	for _, m := range d.by[catViolation] {
		if marketViolations([]string{d.lx.entries[m.entry].code}) && !d.genericBefore(m) {
			d.market.m, d.market.ok = m, true
			return m, true
		}
	}
	return match{}, false
}

// soleOffice returns the first office word of the passage when every office
// word in it, those in people's titles too, is of one type: the passage is
// about that type. It is worked out once per document.
func (d *document) soleOffice() (match, bool) {
	if !d.market.soleKnown {
		d.market.soleKnown = true
		ms := d.by[catOffice]
		d.market.sole = len(ms) > 0
		for _, m := range ms {
			if d.lx.entries[m.entry].code != d.lx.entries[ms[0].entry].code {
				d.market.sole = false
				break
			}
		}
		if d.market.sole {
			d.market.soleAt = ms[0]
		}
	}
	return d.market.soleAt, d.market.sole
}

// marketNamed reports whether the article is about the market: it names a
// market violation (see marketArticle) or the market or its guilds as a
// place («بازار», «اصناف», «ستاد تنظیم بازار»). It is worked out once per
// article.
func (d *document) marketNamed() bool {
	if d.market.placeKnown {
		return d.market.place
	}
	d.market.placeKnown = true
	if _, ok := d.marketArticle(); ok {
		d.market.place = true
		return true
	}
	for _, m := range d.by[catOffice] {
		if d.lx.has(setMarketPlace, d.lx.entries[m.entry].key) {
			d.market.place = true
			break
		}
	}
	return d.market.place
}

// endsWithSemicolon reports whether sentence s ends with «؛» (an item of a
// list cut by the sentence splitter).
func (d *document) endsWithSemicolon(s span) bool {
	for p := s.end - 1; p >= s.start; p-- {
		switch d.body[p] {
		case ' ', '\u200c':
			continue
		case '؛':
			return true
		}
		return false
	}
	return false
}

// sealedInSentence reports whether the sentence of token t names a sealing.
func (d *document) sealedInSentence(t int) bool {
	si := sentenceAt(d.sents, d.toks[t].start)
	if si < 0 {
		return false
	}
	for _, m := range d.inSentence(catSanction, d.sents[si]) {
		if d.lx.entries[m.entry].code == SanctionSealing {
			return true
		}
	}
	return false
}

// backReference finds «در این رابطه», «در این زمینه» (in this connection),
// «به دنبال این …» or «در پی این …» (following this) in tokens [a,b): a
// phrase that ties the clause to the fact told before.
func (d *document) backReference(a, b int) (int, bool) {
	for t := a; t+2 < b; t++ {
		if d.tokKey(t) == "در" && d.tokKey(t+1) == "این" && d.in(setBackReference, t+2) {
			return t, true
		}
		if (d.tokKey(t) == "دنبال" || d.tokKey(t) == "پی") && d.tokKey(t+1) == "این" {
			return t, true
		}
	}
	return 0, false
}

// guildUnitKey is the key of «صنفی», as in «واحد صنفی»: a passage that
// calls premises guild units makes its centres guild shops (GUIDELINES 3,
// nw022).
var guildUnitKey = NormalizeKey("صنفی")

// healthCentres returns the token of «مرکز» or «مراکز» in clause [a,b) that
// a number counts or «متخلف» qualifies («۲۷۴ مرکز پلمب شدند», «سه مرکز
// متخلف»), in a passage of the health authority (healthAuthority) that
// calls no premises guild units: the centres are its health units.
func (d *document) healthCentres(a, b int) (int, bool) {
	t, ok := d.centreOffender(a, b)
	if !ok || !d.healthAuthority() || len(d.tokensWithKey(guildUnitKey)) > 0 {
		return 0, false
	}
	return t, true
}

// centreOffender returns the token of «مرکز» or «مراکز» in clause [a,b)
// that a number counts or «متخلف» qualifies: centres as the offenders.
func (d *document) centreOffender(a, b int) (int, bool) {
	for t := a; t < b; t++ {
		if !d.in(setCentreWord, t) {
			continue
		}
		if d.startsNumber(t-1) || strings.HasPrefix(d.tokKey(t+1), "متخلف") {
			return t, true
		}
	}
	return 0, false
}

// healthAuthority reports whether the passage speaks for the health
// authority: «شبکه بهداشت», «مرکز بهداشت», «معاونت بهداشتی», «بهداشت محیط»;
// not a university's food and drug deputy alone, whose centres make goods.
func (d *document) healthAuthority() bool {
	for _, k := range [...]string{"بهداشت", "بهداشتی"} {
		for _, t := range d.tokensWithKey(k) {
			if d.in(setHealthBody, t-1) || d.tokKey(t+1) == "محیط" {
				return true
			}
		}
	}
	return false
}

// healthLead returns the token of «بهداشت», «بهداشتی» or «درمان» by which
// the passage's first three sentences name the health authority's hygiene
// or treatment arm: «شبکه بهداشت», «معاونت بهداشتی», «بهداشت محیط» as
// healthAuthority reads them, or «معاون درمان», «امور درمان» (word set
// treatment_body). A passage the authority opens speaks of the units it
// licenses and inspects; one that names it further down only cites its
// inspectors.
func (d *document) healthLead() (int, bool) {
	if len(d.sents) == 0 {
		return 0, false
	}
	limit := d.sents[min(2, len(d.sents)-1)].end
	for _, k := range [...]string{"بهداشت", "بهداشتی", "درمان"} {
		for _, t := range d.tokensWithKey(k) {
			if d.toks[t].start >= limit {
				break
			}
			if k == "درمان" {
				if d.in(setTreatmentBody, t-1) {
					return t, true
				}
			} else if d.in(setHealthBody, t-1) || d.tokKey(t+1) == "محیط" {
				return t, true
			}
		}
	}
	return 0, false
}

// breadThreat returns the word of bread in sentence s when group g, a threat
// whose offices are only the market's guild shops, names no shop or guild
// unit there («با متخلفین کالاهای اساسی به‌خصوص آرد و نان برخورد می‌کنیم»).
func (d *document) breadThreat(g clause, s span, offices []string) (int, bool) {
	if g.modality != ModalityConditional || len(offices) != 1 || offices[0] != OfficeGuildShop {
		return 0, false
	}
	return d.breadSentence(s)
}

// breadSentence returns the word of bread in sentence s when s names no shop
// or guild unit, only the market if anything (breadThreat).
func (d *document) breadSentence(s span) (int, bool) {
	for _, m := range d.inSentence(catOffice, s) {
		if e := d.lx.entries[m.entry]; e.code == OfficeGuildShop && !d.lx.has(setMarketPlace, e.key) {
			return 0, false
		}
	}
	return d.findWord(d.tokAt(s.start), d.tokAt(s.end-1)+1, setBreadWord)
}

// pointsBack reports whether tokens [a,b) point back at offices told before:
// «در این خصوص», «در پی این», or a count of them («۹۴۵ مورد آن»).
func (d *document) pointsBack(a, b int) bool {
	if _, ok := d.backReference(a, b); ok {
		return true
	}
	for t := a + 1; t < b; t++ {
		if k := d.tokKey(t); (k == keyThat || k == keyThose) && d.in(setClassifier, t-1) {
			return true
		}
	}
	return false
}

// utilityCustomer reports whether the clause of token t, or its sentence
// («… و در صورت …، جریان گاز آنان قطع می‌شود»), names offices whose supply
// can be cut as a sanction: any but bakeries, whose gas is cut by outages.
func (d *document) utilityCustomer(t int, offices []string, personSpans []span) bool {
	if len(offices) == 0 {
		if si := sentenceAt(d.sents, d.toks[t].start); si >= 0 {
			offices = d.sentenceOffices(d.sents[si], personSpans)
		}
	}
	return len(offices) > 0 && !contains(offices, OfficeBakery)
}

// continuesClause reports whether the verb at token t says that something
// goes on («ادامه خواهد داشت», «ادامه دارد», «ادامه می‌یابد») inside a
// clause opened by «که» after the start a, and where «که» is.
func (d *document) continuesClause(a, t int) (int, bool) {
	v := t - 1
	if d.in(setFutureAux, v) {
		v--
	}
	if v < a || d.tokKey(v) != keyGoOn {
		return 0, false
	}
	for k := v - 1; k > a && k >= v-10; k-- {
		if d.tokKey(k) == "که" {
			return k, true
		}
	}
	return 0, false
}

// foodPremisesArticle reports whether the article names food and public
// premises as health reports do («مراکز تهیه و توزیع مواد غذایی», «اماکن
// عمومی»; word set food_premises) and no guild unit («واحد صنفی», «اصناف»;
// word set guild_word). It is worked out once per article.
func (d *document) foodPremisesArticle() bool {
	if d.market.foodKnown {
		return d.market.food
	}
	d.market.foodKnown = true
	if !d.foodPremisesNamed() {
		return false
	}
	if _, guild := d.findWord(0, len(d.toks), setGuildWord); guild {
		return false
	}
	d.market.food = true
	return true
}

// shopNamed reports whether sentence s names a guild shop by a word of its
// own («رستوران», «قصابی»), not by a generic noun («مرکز», «واحد»).
func (d *document) shopNamed(s span) bool {
	for _, m := range d.inSentence(catOffice, s) {
		if d.lx.entries[m.entry].code == OfficeGuildShop && !d.in(setGenericOffice, d.tokAt(m.start)) && !d.in(setFoodPremises, d.tokAt(m.start)) {
			return true
		}
	}
	return false
}

// tradeRegulatorNamed reports whether the article names the trade regulator
// that inspects the guilds: «صمت», or «صنعت، معدن و تجارت». It is worked
// out once per article.
func (d *document) tradeRegulatorNamed() bool {
	if !d.market.regulatorKnown {
		d.market.regulatorKnown = true
		d.market.regulator = d.findTradeRegulator()
	}
	return d.market.regulator
}

// regulatorThreat reports whether group g, a threat with no sanction in
// sentence s, is told in a sentence that names the market's regulator
// («صمت», «اصناف», «تعزیرات حکومتی») and no smuggling, and returns the
// regulator's token (ruleRegulatorThreat).
func (d *document) regulatorThreat(g clause, s span) (int, bool) {
	if g.modality != ModalityConditional || len(g.sancs) > 0 {
		return 0, false
	}
	a, b := d.tokAt(s.start), d.tokAt(s.end-1)+1
	if d.smugglingIn(a, b) {
		return 0, false
	}
	for t := a; t < b; t++ {
		switch {
		case d.toks[t].key == keySamt, d.toks[t].key == keyGuilds:
			return t, true
		case d.in(setPenalBody, t) && d.in(setPenalGovernment, t+1):
			return t, true
		}
	}
	return 0, false
}

func (d *document) findTradeRegulator() bool {
	for t := range d.toks {
		switch d.toks[t].key {
		case keySamt, keyGuilds:
			return true
		case keyIndustry:
			if d.tokKey(t+1) == keyMine || d.tokKey(t+2) == keyMine {
				return true
			}
		}
	}
	return false
}

// keyGuilds is the key of «اصناف», the guilds and their chamber.
var keyGuilds = NormalizeKey("اصناف")

// sentenceWindow returns the tokens [a,b) within n words of token t that
// stand in t's sentence: a bounded look, so that a long sentence full of
// cue words costs no square of its length.
func (d *document) sentenceWindow(t, n int) (int, int) {
	si := sentenceAt(d.sents, d.toks[t].start)
	if si < 0 {
		return t, t + 1
	}
	a := max(d.tokAt(d.sents[si].start), t-n, 0)
	b := t + 1
	for b < len(d.toks) && b <= t+n && d.toks[b].start < d.sents[si].end {
		b++
	}
	return a, b
}

// keyCut is the key of «قطع», a cut; lineCutReach is how many words from
// it a service line may stand (sanction-line-cut).
var keyCut = NormalizeKey("قطع")

const lineCutReach = 6

// Keys of «صمت», «صنعت» and «معدن».
var keySamt, keyIndustry, keyMine = NormalizeKey("صمت"), NormalizeKey("صنعت"), NormalizeKey("معدن")

// goodsAt is what goodsFoundAt found after one sentence.
type goodsAt struct {
	offices []string
	tok     int
}

// goodsFoundAt returns the offices of the sentence after sentence si when
// that sentence points back at goods with a demonstrative («این داروها در
// بازدید از داروخانه‌ها … کشف شد»): the goods a lead tells of were found in
// those offices. It is asked when no later sentence of si's paragraph names
// an office (laterOffices), so the sentence is most often the next
// paragraph's first. It returns the demonstrative's token too, and is
// worked out once per sentence.
func (d *document) goodsFoundAt(si int, personSpans []span) ([]string, int, bool) {
	if si < 0 || si+1 >= len(d.sents) {
		return nil, 0, false
	}
	if g, ok := d.goodsFound[si]; ok {
		return g.offices, g.tok, len(g.offices) > 0
	}
	var g goodsAt
	next := d.sents[si+1]
	if first := d.tokAt(next.start); first >= 0 {
		for t := first; t < len(d.toks) && d.toks[t].start < next.end && t < first+goodsBackReach; t++ {
			if d.tokKey(t) == "این" && d.in(setGoodsBack, t+1) {
				g = goodsAt{d.sentenceOffices(next, personSpans), t}
				break
			}
		}
	}
	if d.goodsFound == nil {
		d.goodsFound = make(map[int]goodsAt)
	}
	d.goodsFound[si] = g
	return g.offices, g.tok, len(g.offices) > 0
}

// goodsBackReach is how far into its sentence a demonstrative may stand
// (after «X گفت:»).
const goodsBackReach = 8

var ruleGoodsFoundAt = newRule("office-goods-found-at",
	"goods a sentence tells of, found where the next sentence says with a demonstrative («… داروی تاریخ گذشته معدوم شد. این داروها در بازدید از داروخانه‌ها کشف شد»), are the offences of those offices",
	"۲۰۰ کیلوگرم داروی دامی تاریخ گذشته در کوار معدوم شد.\nرئیس دامپزشکی گفت: این داروها در بازدید از داروخانه‌های دامپزشکی کشف شد.")

// guildUnitsNamed returns the first token of an office phrase that names
// guild units as such («واحد صنفی», «واحدهای صنفی»: set guild_units) in the
// passage, if there is one. It is worked out once per document.
func (d *document) guildUnitsNamed() (int, bool) {
	if !d.market.guildUnitsKnown {
		d.market.guildUnitsKnown = true
		d.market.guildUnitsAt = -1
		for _, m := range d.by[catOffice] {
			if d.lx.has(setGuildUnits, d.lx.entries[m.entry].key) {
				d.market.guildUnitsAt = d.tokAt(m.start)
				break
			}
		}
	}
	return d.market.guildUnitsAt, d.market.guildUnitsAt >= 0
}

var ruleHealthResidence = newRule("office-other-health-residence",
	"a health violation with no office named, in a passage that names a home as where the offence was found («واحد مسکونی», «منزل مسکونی»), is no premises' but of type other",
	"ماموران در بازرسی از یک واحد مسکونی در کوار ۲۰۰ کیلوگرم گوشت کشف کردند. این گوشت در شرایط غیر بهداشتی نگهداری می‌شد و پرونده به تعزیرات ارسال شد.")

// keyResidential is the key of «مسکونی» (residential).
var keyResidential = NormalizeKey("مسکونی")

// setResidenceHead holds the nouns that «مسکونی» makes a home («واحد»,
// «منزل»).
var setResidenceHead = newWordSet("residence_head")

// residenceNamed returns the token of «مسکونی» of the first home the
// passage names («یک واحد مسکونی», «منازل مسکونی»). It is worked out once
// per document.
func (d *document) residenceNamed() (int, bool) {
	if !d.market.residenceKnown {
		d.market.residenceKnown = true
		d.market.residence = -1
		for _, t := range d.tokensWithKey(keyResidential) {
			if t > 0 && d.isWord(t-1) && d.in(setResidenceHead, t-1) {
				d.market.residence = t
				break
			}
		}
	}
	return d.market.residence, d.market.residence >= 0
}

// foodPremisesNamed reports whether the passage names food and public
// premises as health reports do («مراکز تهیه و توزیع مواد غذایی»): spoiled
// goods it tells of were found in them. It is worked out once per
// document.
func (d *document) foodPremisesNamed() bool {
	if !d.market.premisesKnown {
		d.market.premisesKnown = true
		for t := range d.toks {
			if !d.in(setFoodPremises, t) || !d.in(setFoodPremisesNext, t+1) {
				continue
			}
			if d.tokKey(t+1) == keyPublic && d.tokKey(t-1) == "بر" && d.tokKey(t-2) == keyOversight {
				// «پلیس نظارت بر اماکن عمومی»: the police unit named,
				// no premises inspected.
				d.fire(rulePremisesPoliceUnit, t-2, t+2)
				continue
			}
			if d.tokKey(t+1) == keyDistribution && !d.in(setPremisesFood, t+2) && d.tokKey(t+2) != "و" {
				// «مراکز توزیع لوازم تحریر»: outlets of other goods;
				// «مراکز توزیع و عرضه» stay food premises.
				d.fire(rulePremisesOtherGoods, t, t+3)
				continue
			}
			d.market.premises = true
			break
		}
	}
	return d.market.premises
}

// marketDestination reports whether the market noun at token t («بازار»,
// after «در» or «به») is where goods were supplied («در بازار عرضه کرده»,
// «به بازار عرضه کرده بودند», «قصد پخش آنها را در بازار داشتند»): the
// offenders made or carried the goods, and are no shops of the market. It
// returns the word of supply, within marketSupplyReach words either side.
func (d *document) marketDestination(t int) (int, bool) {
	if d.tokKey(t) != marketKey {
		return 0, false
	}
	if k := d.tokKey(t - 1); k != "در" && k != "به" {
		return 0, false
	}
	for j := max(t-marketSupplyReach, 0); j < len(d.toks) && j <= t+marketSupplyReach; j++ {
		if j != t && d.isWord(j) && d.in(setSupplyWord, j) {
			return j, true
		}
	}
	return 0, false
}

// marketSupplyReach is how far from «بازار» marketDestination looks for a
// word of supply.
const marketSupplyReach = 3

// keyPublic, keyOversight and keyDistribution are the keys of «عمومی»,
// «نظارت» and «توزیع».
var (
	keyPublic       = NormalizeKey("عمومی")
	keyOversight    = NormalizeKey("نظارت")
	keyDistribution = NormalizeKey("توزیع")
)

var rulePremisesPoliceUnit = newBlockingRule("office-premises-police-unit",
	"«اماکن عمومی» after «نظارت بر» is the police unit's name («پلیس نظارت بر اماکن عمومی»), not food and public premises inspected: it makes no article on health units' premises",
	"رئیس پلیس نظارت بر اماکن عمومی کوار گفت: در این طرح ۷ واحد متخلف پلمب شد.")

var rulePremisesOtherGoods = newBlockingRule("office-premises-other-goods",
	"«مراکز توزیع» followed by goods that are no food («مراکز توزیع لوازم تحریر») are outlets of those goods, not food premises: they make no article on health units' premises",
	"رئیس تعزیرات کوار گفت: بازرسان از مراکز توزیع لوازم تحریر شهر بازدید کردند. در این بازدیدها ۵ واحد متخلف پلمب شد.")

var ruleMarketDestination = newBlockingRule("office-market-destination",
	"the market after «در» or «به» beside a word of supply («در بازار عرضه کرده», «قصد پخش آنها را در بازار داشتند») is where goods went, not a shop that offended",
	"تولیدکنندگان کوار رب گوجه فرنگی غیربهداشتی تولید و در بازار عرضه کرده بودند و به مراجع قضایی معرفی شدند.")

// standardsMakers gives type other to the mentions of out whose office type
// was taken from the context as the guild shops' (no office phrase of
// their own), in a passage the standards office tells («مدیرکل استاندارد
// …»): it tests what producers make, and the labels write those producers
// as type other («… محصولات غیراستاندارد … پرونده تشکیل شد»).
func (d *document) standardsMakers(out []Violation) []Violation {
	if !d.standardsLead() {
		return out
	}
	for i, v := range out {
		if v.OfficeType != OfficeGuildShop || v.OfficeText != "" {
			continue
		}
		out[i].OfficeType, out[i].OfficeLabel = OfficeOther, OfficeLabel(OfficeOther)
		out[i].Rules = append(out[i].Rules, RuleHit{Rule: ruleStandardsMakers.Name, Start: v.Start, End: v.End, Text: v.Evidence})
	}
	return out
}

// standardsLead reports whether the standards office tells the news:
// «استاندارد» after a word of set standards_lead («اداره», «مدیرکل»)
// among the text's first standardsLeadReach words.
func (d *document) standardsLead() bool {
	for t := 1; t < len(d.toks) && t < standardsLeadReach; t++ {
		if d.toks[t].key == keyStandard && d.in(setStandardsLead, t-1) {
			return true
		}
	}
	return false
}

// keyStandard is the key of «استاندارد».
var keyStandard = NormalizeKey("استاندارد")

// standardsLeadReach bounds how far into a text standardsLead looks.
const standardsLeadReach = 80

// shareTypes gives a mention that states no violation type the type of the
// nearest mention after it of the same office type and modality, else of the
// nearest before it: the guidelines attach types stated for a set of units
// («… ۱۲ واحد صنفی پلمب شدند. عمده تخلفات این واحدها گرانفروشی بود») to each
// entry about those units. A mention of type other (an offence no code
// names, or none named) takes a coded type so from another sentence, as the
// guidelines keep the first coded type of an entry. A counted total keeps no
// type from its own breakdown. The hit spans the mention the type came from.
func shareTypes(out []Violation) []Violation {
	// A type other that a term states («تخلف در کیفیت نان») is the mention's
	// own; one the rules gave for want of a term is as good as none.
	weak := func(v Violation) bool {
		return v.ViolationType == "" || v.ViolationType == ViolationOther && !slices.ContainsFunc(v.Rules, func(h RuleHit) bool { return h.Rule == ruleViolationTerm.Name })
	}
	if !slices.ContainsFunc(out, weak) {
		return out // every mention states a coded type: nothing to share, nothing to allocate
	}
	type key struct{ office, modality string }
	keyOf := func(i int) key { return key{out[i].OfficeType, out[i].Modality} }
	sameSpan := func(i, j int) bool { return out[i].Start == out[j].Start && out[i].End == out[j].End }
	n := len(out)
	flags := make([]bool, 2*n)
	typed, coded := flags[:n:n], flags[n:]
	for i, v := range out {
		typed[i], coded[i] = v.ViolationType != "", !weak(v)
	}
	// nearestOf returns, for each mention, the nearest mention of its key
	// after and before it that src holds, or -1; the one before is the first
	// of its run of src mentions of one evidence (the first type its sentence
	// states: «گرانفروشی و عدم نصب نرخ‌نامه»). One pass each way keeps the
	// sharing linear in the mentions.
	// One allocation holds the scratch first slice and both passes' next
	// and prev.
	buf := make([]int, 5*n)
	first, rest := buf[:n:n], buf[n:]
	nearest := make(map[key]int)
	nearestOf := func(src []bool) (next, prev []int) {
		next, prev, rest = rest[:n:n], rest[n:2*n:2*n], rest[2*n:]
		for j := range out {
			first[j] = j
			if j > 0 && src[j] && src[j-1] && keyOf(j-1) == keyOf(j) && sameSpan(j-1, j) {
				first[j] = first[j-1]
			}
		}
		clear(nearest)
		for i := n - 1; i >= 0; i-- {
			next[i] = -1
			if j, ok := nearest[keyOf(i)]; ok {
				next[i] = j
			}
			if src[i] {
				nearest[keyOf(i)] = i
			}
		}
		clear(nearest)
		for i := range out {
			prev[i] = -1
			if j, ok := nearest[keyOf(i)]; ok {
				prev[i] = first[j]
			}
			if src[i] {
				nearest[keyOf(i)] = i
			}
		}
		return next, prev
	}
	nextTyped, prevTyped := nearestOf(typed)
	nextCoded, prevCoded := nearestOf(coded)
	types := make([]string, n) // the types as stated, so that none is shared twice over
	for i, v := range out {
		types[i] = v.ViolationType
	}
	for i := range out {
		var cands [2]int
		switch {
		case types[i] == "":
			cands = [2]int{nextTyped[i], prevTyped[i]}
		case !coded[i]: // type other for want of a term
			cands = [2]int{nextCoded[i], prevCoded[i]}
		default:
			continue
		}
		for _, j := range cands {
			if j < 0 || sameSpan(i, j) && (types[i] != "" || out[i].Count > 0) {
				// «۶۴ پرونده … که ۳۸ مورد آن گرانفروشی بوده»: a total
				// beside its breakdown; an uncoded offence beside a coded
				// one in its own sentence is an offence of its own.
				continue
			}
			out[i].ViolationType = types[j]
			out[i].Rules = append(out[i].Rules, RuleHit{Rule: ruleTypeShared.Name, Start: out[j].Start, End: out[j].End, Text: out[j].Evidence})
			break
		}
	}
	return out
}

var ruleTypeShared = newRule("violation-type-shared",
	"a mention that states no violation type, or only an offence no code names, takes the type stated (coded, for the latter, and in another sentence) for the same office type and modality nearest after it, else before it: types told for a set of units belong to each mention of them",
	"۱۲ واحد صنفی در کوار پلمب شدند.\nبه گفته رئیس اتاق اصناف، عمده تخلفات این واحدها گرانفروشی بود.")

var ruleStandardsMakers = newRule("office-standards-makers",
	"in a passage the standards office tells («مدیرکل استاندارد …»), a mention whose office the context gave as the guild shops' is the producers', type other: the office tests what they make",
	"مدیرکل استاندارد کوار گفت: در طرح نظارت بر بازار، ۱۲ قلم کالای غیراستاندارد توقیف شد.\nوی افزود: برای متخلفان پرونده تشکیل و به مراجع قضایی معرفی شدند.")

// rumourUntrue reports whether the clause [a,b), of span cs, denies a
// rumour: a rumour word followed in the clause by a noun of truth and a
// verb of lacking («شایعه … صحت ندارد»), or a refutation of a rumour
// («تکذیب شایعات») before the clause in its sentence. It returns the tokens
// of the evidence.
func (d *document) rumourUntrue(a, b int, cs span) (int, int, bool) {
	if r, ok := d.findWord(a, b, setClaim); ok {
		for t := r + 1; t+1 < b; t++ {
			if d.in(setTruth, t) && d.in(setLacks, t+1) {
				return r, t + 2, true
			}
		}
	}
	first := a
	if i := sentenceAt(d.sents, cs.start); i >= 0 && d.sents[i].start <= cs.start && cs.start < d.sents[i].end {
		first = d.tokAt(d.sents[i].start)
	}
	for t := first; t+1 < a; t++ {
		if d.in(setRefute, t) && d.in(setClaim, t+1) {
			return t, t + 2, true
		}
	}
	return 0, 0, false
}

var setReportAppeal = newWordSet("report_appeal") // «گزارش», «اطلاع», «سامانه»: an appeal that asks citizens to report

var ruleReportAppealSentence = newBlockingRule("mention-report-appeal-sentence",
	"a clause in the sentence of an appeal that asks citizens to report violations («… به سامانه ۱۹۰ اطلاع دهند», «… گزارش دهند», «با سامانه ۱۳۵ تماس …») or is addressed to them («از شهروندان خواست»), outside the appeal's own clause and its speech colon, with no dealing with offenders, sanction, count, or past or future verb up to the appeal, names the violations to report: no mention",
	"حسن کریمی گفت: از مردم تقاضا داریم هرگونه تخلف بهداشتی که در قصابی‌های سامک مشاهده می‌کنند، بلافاصله به سامانه ۱۹۰ اطلاع دهند.",
	"رضا احمدی گفت: از همشهریان درخواست داریم بازرسان را در شناسایی نانوایی‌های متخلف سامک یاری کنند و با سامانه ۱۲۴ تماس بگیرند.")

// reportAppealSentence clears clause [a,b) (span cs) when its sentence holds,
// outside it, an appeal to citizens with a word of set report_appeal
// («… گزارش دهند», «به سامانه ۱۹۰ اطلاع دهند», «با سامانه ۱۳۵ تماس …»,
// «از شهروندان خواست») and
// the clause counts nothing (count, the clause's count, read only when the
// sentence has an appeal) and deals with no one: the clause names the
// violations citizens are asked to report. Demands and expectations («خواستار», «انتظار داریم») are
// appeals of another kind and are left alone.
func (d *document) reportAppealSentence(a, b int, cs span, count func() int, c *clause) {
	si := sentenceAt(d.sents, d.toks[a].start)
	if si < 0 {
		return
	}
	appeals := d.inSentence(catAppeal, d.sents[si])
	if len(appeals) == 0 || count() > 0 {
		return
	}
	if _, dealing := d.dealingWith(a, b); dealing {
		return
	}
	for _, m := range appeals {
		if m.end > cs.start && m.start < cs.end || d.colonBetween(m, cs) || d.toldOrThreatenedUpTo(m, a, b) {
			continue
		}
		for t := d.tokAt(m.start); t < len(d.toks) && d.toks[t].start < m.end; t++ {
			if d.in(setReportAppeal, t) {
				d.fireSpan(ruleReportAppealSentence, m.start, m.end)
				c.content = false
				return
			}
		}
	}
}

// toldOrThreatenedUpTo reports whether a past or a future verb stands in
// clause [a,b) or between it and appeal m: what was done or is threatened
// there is no part of the appeal.
func (d *document) toldOrThreatenedUpTo(m match, a, b int) bool {
	from, to := a, d.tokAt(m.start)
	if d.toks[a].start >= m.end {
		from, to = d.tokAt(m.end), b
	}
	for t := from; t < to && t < len(d.toks); t++ {
		tn := verbTense(d, t)
		if tn == tensePast && d.tokKey(t) == "است" && !d.in(setParticiple, t-1) {
			continue // «لازم است …»: a copula, not a perfect
		}
		if tn == tensePast || tn == tenseFuture {
			return true
		}
	}
	return false
}

// colonBetween reports whether a colon stands between match m and span cs:
// a speech's colon parts the narration from what is said.
func (d *document) colonBetween(m match, cs span) bool {
	from, to := m.end, cs.start
	if cs.end <= m.start {
		from, to = cs.end, m.start
	}
	for t := d.tokAt(from); t < len(d.toks) && d.toks[t].start < to; t++ {
		if d.toks[t].punct == ':' && d.toks[t].start >= from {
			return true
		}
	}
	return false
}
