package eval_test

import (
	"testing"

	"govwatch/transform/eval"
)

func TestFoldEquivalences(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"arabic yeh and kaf", "يزد كوار", "یزد کوار"},
		{"yeh barree", "رضاے", "رضای"},
		{"zwnj versus space versus none", "برنامه‌ریزی", "برنامه ریزی"},
		{"glued words", "برنامهریزی", "برنامه ریزی"},
		{"persian digits", "۱۲ واحد", "12 واحد"},
		{"arabic-indic digits", "٣٥ مورد", "35 مورد"},
		{"punctuation", "معاون سیاسی، امنیتی و اجتماعی", "معاون سیاسی امنیتی و اجتماعی"},
		{"hamza seat", "رئیس", "رییس"},
		{"diacritics and tatweel", "مُحمّد", "محـمد"},
		{"nbsp", "اداره\u00a0پست", "اداره پست"},
		{"presentation forms", "\ufee3\ufea3\ufee4\ufeaa \ufedb\ufeae\ufef4\ufee4\ufef3", "محمد کریمی"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := eval.Fold(tt.a), eval.Fold(tt.b); got != want {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", tt.a, got, tt.b, want)
			}
		})
	}
}

func TestFoldDistinguishes(t *testing.T) {
	if eval.Fold("رضایی") == eval.Fold("رضوی") {
		t.Error("different names fold to the same key")
	}
}

func TestFoldName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"دکتر علی احمدی", "علی احمدی"},
		{"مهندس احمدی", "احمدی"},
		{"حجت الاسلام والمسلمین محمد کریمی", "محمد کریمی"},
		{"حجت‌الاسلام کریمی", "کریمی"},
		{"حجت الاسلام و المسلمین کریمی", "کریمی"},
		{"آقای دکتر رضا صادقی", "رضا صادقی"},
		{"سید حسن موسوی", "حسن موسوی"},
		{"حجت الاسلام سید مهدی حسینی", "مهدی حسینی"},
		{"سیدی", "سیدی"},
		{"حاجی‌زاده", "حاجی‌زاده"},
		{"حاج محمد حاجی زاده", "محمد حاجی زاده"},
		{"دکتر", "دکتر"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got, want := eval.FoldName(tt.in), eval.Fold(tt.want); got != want {
				t.Errorf("FoldName(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

func FuzzFoldIdempotent(f *testing.F) {
	for _, s := range []string{"يزد", "۱۲ واحد", "برنامه‌ریزی", "دکتر علی", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := eval.Fold(s)
		if twice := eval.Fold(once); twice != once {
			t.Errorf("Fold not idempotent: %q -> %q -> %q", s, once, twice)
		}
		name := eval.FoldName(s)
		if again := eval.Fold(name); again != name {
			t.Errorf("FoldName result not folded: %q -> %q", s, name)
		}
	})
}

// TestFoldOrganization checks that a body written with or without the word for
// its county, province, district or city matches, and that different bodies do not.
func TestFoldOrganization(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"فرمانداری شهرستان مهریز", "فرمانداری مهريز", true},
		{"اداره کل تعزیرات حکومتی استان فارس", "اداره کل تعزیرات حکومتی فارس", true},
		{"بخشداری بخش مرکزی کوار", "بخشداری مرکزی کوار", true},
		{"شبکه بهداشت\u200cو درمان شهرستان کوار", "شبکه بهداشت و درمان کوار", true},
		{"شهر برازجان", "برازجان", true},
		{"شورای اسلامی شهر کوار", "شورای اسلامی کوار", true},
		{"شهرداری کوار", "کوار", false},
		{"فرمانداری شهرستان کوار", "بخشداری کوار", false},
		{"استانداری فارس", "فرمانداری فارس", false},
		{"سازمان صمت استان زنجان", "سازمان صنعت، معدن و تجارت استان زنجان", true},
		{"اداره کل صمت فارس", "اداره کل صنعت معدن و تجارت فارس", true},
		{"سازمان صمت زنجان", "سازمان صنعت زنجان", false},
	}
	for _, tt := range tests {
		if got := eval.FoldOrganization(tt.a) == eval.FoldOrganization(tt.b); got != tt.same {
			t.Errorf("FoldOrganization(%q) == FoldOrganization(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}
