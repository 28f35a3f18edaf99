package fonts_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"govwatch/report/fonts"
)

func TestEmbedded(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"regular", fonts.Regular()},
		{"bold", fonts.Bold()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.data) < 50_000 {
				t.Fatalf("font is %d bytes, want a full TTF", len(tc.data))
			}
			if got := string(tc.data[:4]); got != "\x00\x01\x00\x00" {
				t.Errorf("sfnt version = %q, want TrueType 0x00010000", got)
			}
		})
	}
}

func TestHas(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    rune
		want bool
	}{
		{"latin A", 'A', true},
		{"slash", '/', true},
		{"paren", '(', true},
		{"percent", '%', true},
		{"beh", 'ب', true},
		{"peh", 'پ', true},
		{"tcheh", 'چ', true},
		{"jeh", 'ژ', true},
		{"gaf", 'گ', true},
		{"keheh", 'ک', true},
		{"farsi yeh", 'ی', true},
		{"persian digit 1", '۱', true},
		{"zwnj", '\u200c', true},
		{"beh initial", '\uFE91', true},
		{"lam alef isolated", '\uFEFB', true},
		{"gaf medial", '\uFB95', true},
		{"farsi yeh final", '\uFBFD', true},
		{"heh with yeh above isolated", '\uFBA4', false},
		{"cjk", '中', false},
		{"private use", '\uE000', false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fonts.Has(tc.r); got != tc.want {
				t.Errorf("Has(%U) = %v, want %v", tc.r, got, tc.want)
			}
		})
	}
}

func TestBoldSameCoverage(t *testing.T) {
	reg, err := fonts.Coverage(fonts.Regular())
	if err != nil {
		t.Fatal(err)
	}
	b, err := fonts.Coverage(fonts.Bold())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(reg, b); diff != "" {
		t.Errorf("bold coverage differs from regular (-regular +bold):\n%s", diff)
	}
}

func TestCoverageBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"garbage", []byte("not a font at all, just text")},
		{"truncated", fonts.Regular()[:100]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := fonts.Coverage(tc.data); err == nil {
				t.Error("Coverage succeeded, want an error")
			}
		})
	}
}
