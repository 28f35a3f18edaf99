package latin_test

import (
	"testing"

	"govwatch/report/latin"
)

func TestPlace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"کوار", "Kavar"},
		{"كوار", "Kavar"}, // Arabic kaf
		{"آذربایجان غربی", "West Azerbaijan"},
		{"نجف آباد", "Najafabad"},
		{"نجف‌آباد", "Najafabad"}, // ZWNJ
		{"خمینی شهر", "Khomeyni Shahr"},
		{"بندرانزلی", "Bandar-e Anzali"},
		// Not in the table: letter by letter.
		{"فیروزکوه", "Firuzkuh"},
		{"Kavar", "Kavar"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := latin.Place(tc.in); got != tc.want {
				t.Errorf("Place(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"حمیدرضا توکلی", "Hamidreza Tavakoli"},
		{"توکلی", "Tavakoli"},
		{"علی یزدان پناه", "Ali Yazdanpanah"},
		{"علی یزدان‌پناه", "Ali Yazdanpanah"},
		{"سعید نیک‌نام", "Saeed Niknam"},
		{"محمد رضایی", "Mohammad Rezaei"},
		// Not in the tables: letter by letter.
		{"شاهو", "Shahu"},
		{"بهنام", "Bahnam"}, // not the usual Behnam: short vowels are unwritten
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := latin.Name(tc.in); got != tc.want {
				t.Errorf("Name(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLetters(t *testing.T) {
	tests := []struct{ in, want string }{
		{"فسا", "Fasa"},
		{"کوار", "Kavar"},
		{"آباده", "Abadeh"},
		{"شیراز", "Shiraz"},
		{"خواجه", "Khajeh"},
		{"ایذه", "Izeh"},
		{"اوز", "Uz"},
		{"علوی", "Alavi"},
		{"۱۲", "12"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := latin.Letters(tc.in); got != tc.want {
				t.Errorf("Letters(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestOrg(t *testing.T) {
	tests := []struct{ in, want string }{
		{"فرمانداری شهرستان کوار", "Kavar County Governorate"},
		{"فرمانداری کوار", "Kavar Governorate"},
		{"استانداری فارس - اخبار شهرستان‌ها", "Fars Province Governorate"},
		{"بخشداری مرکزی شیراز", "Shiraz Central District Office"},
		{"فرمانداری", "Farmandari"},
		{"اداره صنعت، معدن و تجارت شهرستان شیراز", "Shiraz County Office of Industry, Mine and Trade"},
		{"شبکه بهداشت و درمان شهرستان بم", "Bam County Health Network"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := latin.Org(tc.in); got != tc.want {
				t.Errorf("Org(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestRole(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"فرماندار", "Governor", true},
		{"معاون سیاسی و امنیتی فرماندار", "Deputy Governor for Political and Security Affairs", true},
		{"معاون برنامه ریزی و هماهنگی امور عمرانی", "Deputy for Planning and Development", true},
		{"سرپرست اداره", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := latin.Role(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Role(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}
