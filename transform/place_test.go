package transform

import "testing"

// TestPlaceInferred checks the county and province read from a text that
// comes with none: the place a governor or governor-general heads counts as
// much as «شهرستان X» or «استان X», a county gives its province, and the
// bodies of bare titles are completed with them.
func TestPlaceInferred(t *testing.T) {
	for _, tc := range []struct {
		text, county, province, org string
	}{
		{"حسن کریمی فرماندار کوار گفت: بازدید از بازار ادامه دارد.\nفرماندار افزود: نظارت بر نانوایی‌ها ادامه دارد.",
			"کوار", "فارس", "فرمانداری شهرستان کوار"},
		{"رضا احمدی فرماندار ویژه سقز گفت: بازدید از بازار ادامه دارد.",
			"سقز", "کردستان", "فرمانداری ویژه شهرستان سقز"},
		{"رضا احمدی استاندار گیلان گفت: بازدید از بازار ادامه دارد.\nاستاندار افزود: نظارت ادامه دارد.",
			"", "گیلان", "استانداری گیلان"},
		// A county under its common name, which the place lexicon lacks.
		{"رضا احمدی فرماندار تالش گفت: بازدید از بازار ادامه دارد.",
			"تالش", "گیلان", "فرمانداری شهرستان تالش"},
		// A title glued to a place of several words.
		{"رضا احمدی فرماندارشاهین دژ گفت: بازدید از بازار ادامه دارد.",
			"شاهین دژ", "آذربایجان غربی", "فرمانداری شهرستان شاهین دژ"},
		{"رضا احمدی استاندارخراسان جنوبی گفت: بازدید از بازار ادامه دارد.",
			"", "خراسان جنوبی", "استانداری خراسان جنوبی"},
		// A provincial desk's dateline names the province, and nothing else does.
		{"به گزارش خبرگزاری صدا و سیمای گیلان، رضا احمدی استاندار در دیدار با خانواده شهدا گفت: یاد آنان را گرامی می‌داریم.",
			"", "گیلان", "استانداری گیلان"},
		{"به گزارش خبرنگار ایرنا از گیلان، رضا احمدی استاندار در دیدار با خانواده شهدا گفت: یاد آنان را گرامی می‌داریم.",
			"", "گیلان", "استانداری گیلان"},
		// A dateline with no comma ends after its first words: a province far in the body is not its desk's.
		{"به گزارش خبرنگار ما رضا احمدی استاندار در دیدار با خانواده شهدا و جمعی از مردم شهر در مسجد جامع و در حضور مسئولان گفت یاد آنان را گرامی می‌داریم و مردم گیلان قدردان هستند.",
			"", "", "استانداری"},
	} {
		a := Analyze(InputFromText(tc.text))
		if a.County != tc.county || a.Province != tc.province {
			t.Errorf("%q: county %q, province %q; want %q, %q", tc.text, a.County, a.Province, tc.county, tc.province)
		}
		if len(a.People) == 0 || a.People[0].Organization != tc.org {
			t.Errorf("%q: people %+v, want the first of %q", tc.text, a.People, tc.org)
		}
	}
}
