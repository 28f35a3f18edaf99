// Package transform turns the text of a Persian government news article into
// structured facts: normalised text, dates, the people named with their roles
// and organisations, quoted statements and their speakers, and every mention
// of a violation by an office or business with its office type, violation
// type, sanction, count, place, speaker and modality.
//
// The package is pure: it performs no I/O. All lexicons (titles,
// organisations, office types, violation and sanction terms, places, given
// names and surnames) are data files embedded from the lexicons directory;
// see lexicons/README.md for where each list comes from.
//
// # Offsets
//
// Every Start/End field of the results is a rune (Unicode code point) offset
// into [Analysis.Body], end exclusive, so that body[start:end] over code points
// gives the evidence back. [Normalized.SourceOffset] and [Analysis.Source] map
// those offsets back to the text as published.
//
// # Rules
//
// Every contextual decision is a named [Rule] with a one-line purpose and
// example sentences that a table test runs ([Rules] lists them). Each person
// and violation carries the rules that produced it ([Person.Rules],
// [Violation.Rules]); the rules that kept words from becoming an output are
// in [Analysis.Trace]; `govwatch analyze --explain` prints both. Word lists
// are lexicon files (lexicons/words_*.tsv), not Go. transform/README.md says
// how to add a rule and how rules are measured on real text.
//
// # People and violations
//
// A person is a name next to a title («ناهید معاون …», «علی احمدی، فرماندار
// کوار،»), or a name with no title (a given name and a surname, a name after
// an honorific, or a surname, with its detached part «زاده» or «پور» if any,
// opening a clause before a speech verb) that names a person already known
// or the unnamed official of a title in the same or the three previous
// sentences. A title inside «این مقام مسئول» is no title, and two given
// names joined by ZWNJ («قربان‌محمد») are a given name. A role ends at a
// verb, a preposition, «و» before a name, a group word or another title, and
// at a comma unless a list closed by «و» follows; a second title names the
// organisation («معاون … استاندار»). Portfolio words joined by «و» stay in
// the role («معاون بازرسی و نظارت»), without the ezafe «ی» of a vowel-final
// word before the organisation («معاون غذا و داروی دانشگاه»). A title given
// without its organisation takes the one of the same title given in full
// elsewhere in the article. A title written together with its county
// («فرماندارمهاباد») is split in two, and so is a title glued to the word
// after a given name («آرش پیروزیرئیس»). «این سازمان» after a title names
// the organisation given in full earlier in the article; a provincial
// organisation («سازمان», «اداره کل») before a name that is both a county
// and a province is the province's; a «منطقه» named without its place is the
// source county's; the abbreviation «صمت» is written out as «صنعت، معدن و
// تجارت»; the chief justice («رئیس کل») heads «دادگستری استان P» and a
// prosecutor «دادسرای عمومی و انقلاب». A known person's surname alone refers
// to them even when it is also a given name, and a word after a number is a
// counted noun, never a name.
//
// A statement is attributed to the first person or title of the sentence
// that introduces it: before a colon or «که» after a speech verb, or, when
// the speech verb ends its sentence («… از پلمب ۵ نانوایی خبر داد.»), the
// sentence itself. After «به گفته» the speaker comes first and the statement
// follows the comma («به گفته این مقام مسئول، …»). A title resolves to the
// person known with the same or a fuller form of it at the same place, and
// «وی» to the last speaker.
//
// Violations are read per clause: a sentence is cut at a colon, at «اما» or
// «ولی», at «و» or a comma after a finite verb (negated or not), before a
// conditional marker, and where a second subject with its own number begins
// («و ۹ واحد دیگر», «بقیه», «که ۳۸ مورد آن», «۳ واحد از آنها», or after a
// comma «، سه سوپرمارکت …»), also when the first subject has only a reason
// of its own («سه تالار به دلیل … و دو باشگاه به دلیل … پلمب شدند»); a verb
// inside a relative clause («که … کرده بودند») is not the subject's own
// verb. A clause is denied when it says no violation was found («تخلفی
// مشاهده نشد», «فاقد تخلف»), conditional when it states a condition («اگر»,
// «چنانچه», «در صورت», «هرگونه», «هر … که», «پذیرفته نیست») or a decision
// for the future («مقرر شد») or its main verb is future, present or a bare
// subjunctive («لغو خواهد شد», «پلمب می‌شوند», «برخورد شود»), reported when
// its verb is past or a present copula. A sanction word that ends a
// violation phrase («بدون هماهنگی تعطیل می‌شوند»), a court after «به
// درخواست», «با دستور» or «بازرسی مشترک» (the authority that acts), a
// sanction after «بدون» («بدون تذکر قبلی») and one after «پس از» (the
// condition of a threat) are no sanctions; stockpiled subsidised flour is a
// flour violation and not hoarding, and a subject without a verb of its own
// takes the next clause's predicate. Clauses that are not office violations
// give nothing: individuals' offences (drivers, smugglers) with no office
// named, obligations without a violation or sanction («باید», «موظفند»),
// requests («خواستار»), conformity («مطابق تعرفه»), abstract talk («تخلفات
// رایج», «بررسی وضعیت توزیع سوخت», «نظارت بر …»), ordered closures («تا
// اطلاع ثانوی تعطیل»), «غیرمجاز» after a word that is not an office («جوش
// شیرین غیرمجاز», «به صورت غیرمجاز»), rankings («از رایج‌ترین تخلفات») or
// definitions of a violation («… بدون حضور مسئول فنی نیز تخلف محسوب
// می‌شود»), and workshop news without a sanction, count or denial. Market
// violations (overcharging, short selling, hoarding, price lists) with no
// office named anywhere near are the guild shops'. An office after a word of
// place («اطراف بیمارستان‌ها») is a landmark, also for the offices a later
// sentence refers back to. Offices listed as inspected («بازدید از …») are
// not offenders, and a number in such a list is not a count. Next clauses
// with the same modality and no office of their own are merged, and each
// group gives one [Violation] per office type and violation type.
//
// # Cost and bounds
//
// Analysis time and memory grow linearly with the text, whatever its shape:
// a sentence longer than 1,000 runes (a page pasted on one line) is cut at
// word boundaries for analysis, so evidence strings and the work of each
// per-sentence rule stay bounded; quotes end at the next attribution and
// never overlap; and a mention is compared only with the persons, quotes and
// person phrases it may concern, found through indexes, not with all of
// them. One analysis reads at most [MaxBodyRunes] runes of body and
// [MaxTitleRunes] of title: a longer article is cut at the last space before
// the bound and [Analysis.Truncated] says so. [AnalyzeContext] checks its
// context between the stages of the analysis and stops with the context's
// error. BENCHMARKS.md in the repository gives the figures.
//
// # Matching
//
// Lexicon phrases are found in one pass by an Aho-Corasick automaton that
// runs over a folded "key" stream of the body in which spaces and ZWNJ are
// skipped, so «برنامه‌ریزی», «برنامه ریزی» and «برنامهریزی» all match the
// same entry, while matches must still begin and end at word boundaries.
package transform
