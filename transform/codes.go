package transform

// ExtractorVersion identifies the extraction rules and lexicons. It changes
// whenever Analyze may give a different result for the same input, so that
// stored rows can say which version produced them.
const ExtractorVersion = "transform/1.4.0"

// Code is one value of a controlled vocabulary with its Persian and English
// labels.
type Code struct {
	Code    string // stable lower_snake_case code stored in the dataset
	LabelFA string // Persian label for reports
	LabelEN string // English label for reports
}

// Office type codes.
const (
	OfficeGovernmentCounter = "government_counter"
	OfficeRuralICT          = "rural_ict"
	OfficePost              = "post_office"
	OfficeBakery            = "bakery"
	OfficeFuelStation       = "fuel_station"
	OfficeGuildShop         = "guild_shop"
	OfficeHealthUnit        = "health_unit"
	OfficePharmacy          = "pharmacy"
	OfficeOther             = "other"
)

// Modality codes.
const (
	ModalityReported    = "reported"
	ModalityConditional = "conditional"
	ModalityDenied      = "denied"
)

// OfficeTypes lists the office types a violation can be attributed to, in
// report order. The codes are shared by all govwatch packages.
var OfficeTypes = []Code{
	{OfficeGovernmentCounter, "دفتر پیشخوان خدمات دولت", "Government service counter"},
	{OfficeRuralICT, "دفتر ICT روستایی", "Rural ICT office"},
	{OfficePost, "دفتر پست", "Post office"},
	{OfficeBakery, "نانوایی", "Bakery"},
	{OfficeFuelStation, "جایگاه سوخت", "Fuel station"},
	{OfficeGuildShop, "واحد صنفی", "Shop or guild business"},
	{OfficeHealthUnit, "مرکز بهداشتی درمانی", "Health unit"},
	{OfficePharmacy, "داروخانه", "Pharmacy"},
	{OfficeOther, "سایر", "Other"},
}

// ViolationTypes lists the violation types.
var ViolationTypes = []Code{
	{"overcharging", "گرانفروشی", "Overcharging"},
	{"short_selling", "کم‌فروشی", "Short selling"},
	{"hoarding", "احتکار", "Hoarding"},
	{"holder_absent", "عدم حضور دارنده مجوز", "Licence holder absent"},
	{"health_code", "رعایت نکردن موازین بهداشتی", "Health code breach"},
	{"unlicensed", "فعالیت بدون مجوز", "Operating without a licence"},
	{"price_list", "عدم نصب نرخ‌نامه", "No price list"},
	{"subsidised_flour", "تخلف در آرد یارانه‌ای", "Subsidised flour misuse"},
	{"fuel_misuse", "تخلف در توزیع سوخت", "Fuel distribution violation"},
	{"service_fee", "دریافت وجه اضافه", "Excess service fee"},
	{"working_hours", "رعایت نکردن ساعت کار", "Working hours not kept"},
	{"other", "سایر", "Other"},
}

// Sanctions lists the sanctions, most severe first.
var Sanctions = []Code{
	{"licence_revocation", "لغو مجوز", "Licence revocation"},
	{"sealing", "پلمب", "Sealing"},
	{"suspension", "تعلیق", "Suspension"},
	{"referral", "معرفی به مراجع", "Referral to authorities"},
	{"fine", "جریمه", "Fine"},
	{"notice", "اخطار", "Notice"},
}

// Modalities lists the modalities of a violation mention.
var Modalities = []Code{
	{ModalityReported, "گزارش‌شده", "Reported"},
	{ModalityConditional, "مشروط یا هشدار", "Conditional or warning"},
	{ModalityDenied, "نفی‌شده", "Denied"},
}

// OfficeLabel returns the Persian label of an office type code, or "" for an
// unknown code.
func OfficeLabel(code string) string {
	return label(OfficeTypes, code)
}

// Label returns the Persian label of code in list, or "" if it is absent.
func label(list []Code, code string) string {
	for _, c := range list {
		if c.Code == code {
			return c.LabelFA
		}
	}
	return ""
}

// sanctionRank orders sanctions by severity, lower is more severe.
func sanctionRank(code string) int {
	for i, c := range Sanctions {
		if c.Code == code {
			return i
		}
	}
	return len(Sanctions)
}
