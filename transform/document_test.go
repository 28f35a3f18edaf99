package transform

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestTokAtIndex checks the per-rune token index against a binary search
// over the tokens, at every offset of a body and around its ends.
func TestTokAtIndex(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"empty", ""},
		{"spaces only", "   "},
		{"words and marks", "علی احمدی، فرماندار شهرستان کوار گفت: ۱۲ مورد تخلف!"},
		{"zwnj and digits", "برنامه\u200cریزی ۱۳۹۷/۸/۱۵ و 2.5 درصد\n\nپایان"},
		{"trailing punctuation", "«پایان»."},
	}
	lx := loadLexicon()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := readDocument(lx, Normalize(tt.text), nil)
			defer d.release()
			n := int32(len(d.body))
			for p := int32(-2); p <= n+2; p++ {
				want := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > p })
				if got := d.tokAt(p); got != want {
					t.Errorf("tokAt(%d) = %d, want %d", p, got, want)
				}
			}
		})
	}
}

// TestDocumentText checks that text slices of the body string give the same
// runes as the body.
func TestDocumentText(t *testing.T) {
	text := Normalize("رئیس اداره پست\u200cها، ۱۲ مورد: «تخلف» a.b")
	d := readDocument(loadLexicon(), text, nil)
	defer d.release()
	n := int32(len(d.body))
	for s := int32(-1); s <= n+1; s++ {
		for e := s; e <= n+1; e++ {
			cs, ce := max(s, 0), min(e, n)
			want := ""
			if cs < ce {
				want = string(d.body[cs:ce])
			}
			if got := d.text(s, e); got != want {
				t.Fatalf("text(%d, %d) = %q, want %q", s, e, got, want)
			}
		}
	}
	for _, tk := range d.toks {
		if tk.punct != 0 && tk.key != string(tk.punct) {
			t.Errorf("key of mark %q = %q", tk.punct, tk.key)
		}
	}
	if !strings.Contains(text, "،") {
		t.Fatal("test text lost its comma")
	}
}

func TestWordClassTable(t *testing.T) {
	for r := rune(0); r < 0x800; r++ {
		if got, want := wordClass(r), classifyRune(r); got != want {
			t.Fatalf("wordClass(%U) = %d, want %d", r, got, want)
		}
	}
}

// TestDocumentDecode checks that a document reads any text, valid UTF-8 or
// not, into the same runes as a []rune conversion, with byte offsets that
// point at each rune.
func TestDocumentDecode(t *testing.T) {
	for _, text := range []string{
		"", "abc", "سلام ۱۲", "\xc0\x80\xc1\xbf", "a\xd8", "\xd8\xd8\xa7", "\xe0\x80\x80", "\xef\xbf\xbd", "日本\U0001F600", "\x80\xbf",
	} {
		d := readDocument(loadLexicon(), text, nil)
		if diff := cmp.Diff([]rune(text), d.body, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("runes of %q (-want +got):\n%s", text, diff)
		}
		if len(d.boff) != len(d.body)+1 || d.boff[len(d.body)] != int32(len(text)) {
			t.Errorf("offsets of %q = %v", text, d.boff)
		}
		for i := range d.body {
			if r, _ := utf8.DecodeRuneInString(text[d.boff[i]:]); r != d.body[i] {
				t.Errorf("offset %d of %q decodes to %q, want %q", d.boff[i], text, r, d.body[i])
			}
		}
		d.release()
	}
}

func TestWithoutGluedHonorific(t *testing.T) {
	lx := loadLexicon()
	for _, tc := range []struct{ in, want string }{
		{"سیدمهدی محمدی", "مهدی محمدی"},
		{"سیده‌فاطمه رضایی", "فاطمه رضایی"},
		{"دکترعلیمرادیان", "علیمرادیان"},
		{"مهندس‌حسن کریمی", "حسن کریمی"},
		{"دکترزمانی", "زمانی"},   // after «دکتر» a surname no list knows
		{"مهندسیان", "مهندسیان"}, // a surname that starts like the honorific
		{"سیدحسینی", "سیدحسینی"}, // a surname that starts like the honorific
		{"دکترا", "دکترا"},       // a word
		{"مهندسی ساختمان", "مهندسی ساختمان"},
		{"علی احمدی", "علی احمدی"},
	} {
		if got := lx.withoutGluedHonorific(tc.in); got != tc.want {
			t.Errorf("withoutGluedHonorific(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSplitAffixesJoined checks that a plural suffix, a comparative ending or
// a verb's continuous prefix typed apart from its word makes one token with
// it, the token the ZWNJ-written word makes, and that nothing else is joined.
func TestSplitAffixesJoined(t *testing.T) {
	tests := []struct {
		text string
		want []string // the keys of the word tokens
	}{
		{"استان ها", []string{"استانها"}},
		{"استان‌ها", []string{"استانها"}},
		{"شهرداری های کشور", []string{"شهرداریهای", "کشور"}},
		{"بازرسی هایی انجام شد", []string{"بازرسیهایی", "انجام", "شد"}},
		{"ها گفت", []string{"ها", "گفت"}},           // nothing before it
		{"۱۲ ها", []string{"12", "ها"}},             // a number takes no suffix
		{"استان، ها", []string{"استان", "ها"}},      // a comma between
		{"استان هامون", []string{"استان", "هامون"}}, // a word that starts like one
		{"رعایت نمی کنند", []string{"رعایت", "نمیکنند"}},
		{"رعایت نمی‌کنند", []string{"رعایت", "نمیکنند"}},
		{"پلمب می شود", []string{"پلمب", "میشود"}},
		{"عمده ترین تخلفات", []string{"عمدهترین", "تخلفات"}},
		{"بیش تر", []string{"بیشتر"}},
		{"می ۱۲", []string{"می", "12"}},             // a number is no verb
		{"تر شد", []string{"تر", "شد"}},             // nothing before it
		{"می، شود", []string{"می", "شود"}},          // a comma between
		{"میلاد رضایی", []string{"میلاد", "رضایی"}}, // a word that starts like one
		{"خشک و تر", []string{"خشک", "و", "تر"}},    // «و» takes no ending
	}
	for _, tt := range tests {
		d := readDocument(loadLexicon(), Normalize(tt.text), nil)
		var got []string
		for _, tk := range d.toks {
			if tk.punct == 0 {
				got = append(got, tk.key)
			}
		}
		d.release()
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: word keys (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestCompoundGiven checks which words are two given names in one word.
func TestCompoundGiven(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"علی\u200cاصغر", true},
		{"محمدطیب", true},
		{"قربانعلی", true}, // a given name and «علی» typed together
		{"رمضانعلی", true},
		{"علیمراد", true},
		{"محمدی", false},    // a surname: «ی» is no given name
		{"محمدزاده", false}, // a surname suffix
		{"علیرغم", false},   // a word
	}
	for _, tt := range tests {
		d := readDocument(loadLexicon(), Normalize(tt.word), nil)
		got := len(d.toks) == 1 && d.compoundGiven(0)
		d.release()
		if got != tt.want {
			t.Errorf("compoundGiven(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestGluedPrefixSplit checks that «و» and «با» typed together with a word of
// their sets are tokens of their own, and that other words starting with the
// same letters are left whole.
func TestGluedPrefixSplit(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"عادل مقدس بابیان اینکه", []string{"عادل", "مقدس", "با", "بیان", "اینکه"}},
		{"وی بااشاره به بازار", []string{"وی", "با", "اشاره", "به", "بازار"}},
		{"سه واحد وپلمب شد", []string{"سه", "واحد", "و", "پلمب", "شد"}},
		{"بابا و باران", []string{"بابا", "و", "باران"}},
		{"بازرسی باتجربه", []string{"بازرسی", "باتجربه"}},
		{"دراین جلسه درخصوص بازار", []string{"در", "این", "جلسه", "در", "خصوص", "بازار"}},
		{"درمان و درآمد", []string{"درمان", "و", "درامد"}},
		{"دکترعباس علیمرادیان", []string{"دکتر", "عباس", "علیمرادیان"}},
		{"سیدمهدی محمدی", []string{"سید", "مهدی", "محمدی"}},
		{"سیدحسینی و دکترا", []string{"سیدحسینی", "و", "دکترا"}},
		{"البرزی فرماندارشهرستان ساوجبلاغ", []string{"البرزی", "فرماندار", "شهرستان", "ساوجبلاغ"}},
		{"بخشدارمرکزی و فرمانداری", []string{"بخشدار", "مرکزی", "و", "فرمانداری"}},
	}
	lx := loadLexicon()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := readDocument(lx, Normalize(tt.text), nil)
			defer d.release()
			var got []string
			for i := range d.toks {
				if d.isWord(i) {
					got = append(got, d.toks[i].key)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPersianMark checks which marks the rules read as Persian ones.
func TestPersianMark(t *testing.T) {
	tests := []struct {
		text string
		at   int // rune index of the mark
		want rune
	}{
		{"کوار, فارس", 4, '،'},
		{"۱,۲۰۰ واحد", 1, ','}, // a thousands separator
		{"12,500", 2, ','},
		{"جلسه; سپس", 4, '؛'},
		{"چرا?", 3, '؟'},
		{`گفت "معاون`, 4, '«'},
		{`معاون" گفت`, 5, '»'},
		{`" "`, 0, '"'},
		{"کوار، فارس", 4, '،'},
	}
	for _, tt := range tests {
		if got := persianMark([]rune(tt.text), tt.at); got != tt.want {
			t.Errorf("persianMark(%q, %d) = %q, want %q", tt.text, tt.at, got, tt.want)
		}
	}
}

// TestSurnameShapeNotVerb checks that a verb ending like a surname («…وند»)
// is not taken for one, and that surnames of that shape still are.
func TestSurnameShapeNotVerb(t *testing.T) {
	lx := loadLexicon()
	for k, want := range map[string]bool{
		"نمیشوند":  false,
		"میشوند":   false,
		"میروند":   false,
		"نمیکنند":  false,
		"میرزاوند": true,
		"بیرانوند": true,
		"حسینوند":  true,
	} {
		if got := lx.surnameShape(k); got != want {
			t.Errorf("surnameShape(%q) = %v, want %v", k, got, want)
		}
	}
}

// TestSurnameInHai checks that a surname in «…ه‌ای» typed without its ZWNJ
// («سرچشمهای») is a name after a given name, while a plural stays none.
func TestSurnameInHai(t *testing.T) {
	for text, want := range map[string]string{
		"رضا سرچشمهای فرماندار کوار گفت: کار ادامه دارد.": "رضا سرچشمهای",
		"دیدارهای فرماندار کوار با مردم ادامه دارد.":      "",
	} {
		if got := peopleNames(text); got != want {
			t.Errorf("%q: people %q, want %q", text, got, want)
		}
	}
}
