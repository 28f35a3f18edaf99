package demoportal

import (
	"errors"
	"testing"
	"time"
)

func TestParseArticleErrors(t *testing.T) {
	good := "title: t\nregistered: 1397/8/15\n---\nبند\n---\nperson: الف | فرماندار | فرمانداری\n"
	if _, err := parseArticle("x/12.txt", good); err != nil {
		t.Fatalf("good article: %v", err)
	}
	tests := map[string]struct{ file, text string }{
		"bad code":        {"x/abc.txt", good},
		"no truth part":   {"x/1.txt", "title: t\nregistered: 1397/8/15\n---\nبند\n"},
		"bad date":        {"x/1.txt", "title: t\nregistered: 1397/13/15\n---\nبند\n---\n"},
		"unknown header":  {"x/1.txt", "title: t\nregistered: 1397/8/1\ncolour: red\n---\nبند\n---\n"},
		"no body":         {"x/1.txt", "title: t\nregistered: 1397/8/1\n---\n---\n"},
		"bad office":      {"x/1.txt", "title: t\nregistered: 1397/8/1\n---\nبند\n---\nviolation: shop | other | | 0 | reported |\n"},
		"bad modality":    {"x/1.txt", "title: t\nregistered: 1397/8/1\n---\nبند\n---\nviolation: bakery | other | | 0 | maybe |\n"},
		"bad count":       {"x/1.txt", "title: t\nregistered: 1397/8/1\n---\nبند\n---\nviolation: bakery | other | | -2 | reported |\n"},
		"unknown speaker": {"x/1.txt", "title: t\nregistered: 1397/8/1\n---\nبند\n---\nviolation: bakery | other | | 0 | reported | کسی\n"},
		"extra separator": {"x/1.txt", "title: t\nregistered: 1397/8/1\n---\nبند\n---\n---\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := parseArticle(tc.file, tc.text)
			var se *SourceError
			if !errors.Is(err, ErrSource) || !errors.As(err, &se) || se.File != tc.file {
				t.Errorf("err = %v, want a *SourceError for %s wrapping ErrSource", err, tc.file)
			}
		})
	}
}

func TestJalali(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"1397/8/15", "2018-11-06"},
		{"۱۳۹۷/۰۸/۱۵", "2018-11-06"},
		{"1397/1/1", "2018-03-21"},
		{"1397/10/30", "2019-01-20"},
		{"1399/12/30", "2021-03-20"},
		{"1403/1/1", "2024-03-20"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ymd, err := parseJalali(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			y, m, d := jalaliToGregorian(ymd[0], ymd[1], ymd[2])
			if got := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
	for _, bad := range []string{"", "1397/8", "1397/0/1", "1397/7/31", "x/1/1"} {
		if _, err := parseJalali(bad); !errors.Is(err, errDate) {
			t.Errorf("parseJalali(%q) = %v, want errDate", bad, err)
		}
	}
}

func TestGenDateSpread(t *testing.T) {
	for _, n := range []int{1, 7, 1000, 100_000} {
		first, last := genDate(1, n), genDate(n, n)
		if first != [3]int{1397, 5, 1} {
			t.Errorf("n=%d: first %v", n, first)
		}
		if last[1] < 5 || last[1] > 10 || (n > 182 && last[1] != 10) {
			t.Errorf("n=%d: last %v", n, last)
		}
		prev := first
		for code := 2; code <= min(n, 2000); code++ {
			d := genDate(code, n)
			if d[1] < prev[1] || (d[1] == prev[1] && d[2] < prev[2]) || d[2] > monthDays(d[1]) {
				t.Fatalf("n=%d code=%d: %v after %v", n, code, d, prev)
			}
			prev = d
		}
	}
}
