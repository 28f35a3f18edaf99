package transform

// ExtractorVersion identifies the extraction rules and lexicons. It changes
// whenever Analyze may give a different result for the same input, so that
// stored rows can say which version produced them.
const ExtractorVersion = "transform/2.165.0"

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

// Violation type codes.
const (
	ViolationOvercharging    = "overcharging"
	ViolationShortSelling    = "short_selling"
	ViolationHoarding        = "hoarding"
	ViolationHolderAbsent    = "holder_absent"
	ViolationHealthCode      = "health_code"
	ViolationUnlicensed      = "unlicensed"
	ViolationPriceList       = "price_list"
	ViolationSubsidisedFlour = "subsidised_flour"
	ViolationFuelMisuse      = "fuel_misuse"
	ViolationServiceFee      = "service_fee"
	ViolationWorkingHours    = "working_hours"
	ViolationExpiredGoods    = "expired_goods"
	ViolationFraud           = "fraud"
	ViolationOther           = "other"
)

// Sanction codes.
const (
	SanctionLicenceRevocation = "licence_revocation"
	SanctionSealing           = "sealing"
	SanctionSuspension        = "suspension"
	SanctionReferral          = "referral"
	SanctionFine              = "fine"
	SanctionNotice            = "notice"
)

// ViolationTypes lists the violation types.
var ViolationTypes = []Code{
	{ViolationOvercharging, "گرانفروشی", "Overcharging"},
	{ViolationShortSelling, "کم‌فروشی", "Short selling"},
	{ViolationHoarding, "احتکار", "Hoarding"},
	{ViolationHolderAbsent, "عدم حضور دارنده مجوز", "Licence holder absent"},
	{ViolationHealthCode, "رعایت نکردن موازین بهداشتی", "Health code breach"},
	{ViolationUnlicensed, "فعالیت بدون مجوز", "Operating without a licence"},
	{ViolationPriceList, "عدم نصب نرخ‌نامه", "No price list"},
	{ViolationSubsidisedFlour, "تخلف در آرد یارانه‌ای", "Subsidised flour misuse"},
	{ViolationFuelMisuse, "تخلف در توزیع سوخت", "Fuel distribution violation"},
	{ViolationServiceFee, "دریافت وجه اضافه", "Excess service fee"},
	{ViolationWorkingHours, "رعایت نکردن ساعت کار", "Working hours not kept"},
	{ViolationExpiredGoods, "کالای تاریخ‌گذشته", "Expired goods"},
	{ViolationFraud, "تقلب", "Fraud or counterfeit goods"},
	{ViolationOther, "سایر", "Other"},
}

// Sanctions lists the sanctions, most severe first.
var Sanctions = []Code{
	{SanctionLicenceRevocation, "لغو مجوز", "Licence revocation"},
	{SanctionSealing, "پلمب", "Sealing"},
	{SanctionSuspension, "تعلیق", "Suspension"},
	{SanctionReferral, "معرفی به مراجع", "Referral to authorities"},
	{SanctionFine, "جریمه", "Fine"},
	{SanctionNotice, "اخطار", "Notice"},
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
