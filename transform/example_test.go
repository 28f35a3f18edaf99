package transform_test

import (
	"fmt"

	"govwatch/transform"
)

func ExampleNormalize() {
	fmt.Println(transform.Normalize("رئيس\u00a0اداره  پست كوار ١٣٩٧"))
	// Output: رئیس اداره پست کوار ۱۳۹۷
}

func ExampleNormalizeKey() {
	a := transform.NormalizeKey("برنامه‌ریزی")
	b := transform.NormalizeKey("برنامه ریزی")
	c := transform.NormalizeKey("برنامهریزی")
	fmt.Println(a == b, b == c)
	// Output: true true
}

func ExampleAnalyze() {
	a := transform.Analyze(transform.Input{
		Title: "بازدید از نانوایی ها",
		Paragraphs: []string{
			"علی احمدی فرماندار شهرستان کوار گفت: در بازدید امروز ۵ واحد نانوایی متخلف پلمب شدند.",
			"وی افزود: اگر تخلفی از دفاتر پیشخوان گزارش شود، مجوز آنها لغو خواهد شد.",
		},
		Registered: "1397/8/15",
		County:     "کوار",
	})
	for _, p := range a.People {
		fmt.Printf("%s | %s | %s | %d mentions\n", p.Name, p.Role, p.Organization, len(p.Mentions))
	}
	for _, v := range a.Violations {
		fmt.Println(v.OfficeType, v.Modality, v.Sanction, v.Count, v.Speaker)
	}
	fmt.Println(a.Registered.Jalali, a.Registered.Date.Format("2006-01-02"))
	// Output:
	// علی احمدی | فرماندار | فرمانداری شهرستان کوار | 2 mentions
	// bakery reported sealing 5 علی احمدی
	// government_counter conditional licence_revocation 0 علی احمدی
	// 1397/08/15 2018-11-06
}

func ExampleOfficeLabel() {
	fmt.Println(transform.OfficeLabel("government_counter"))
	// Output: دفتر پیشخوان خدمات دولت
}
