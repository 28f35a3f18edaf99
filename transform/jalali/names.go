package jalali

import (
	"strconv"
	"strings"
	"time"
)

var monthNames = [12]string{
	"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
	"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
}

var monthNamesEN = [12]string{
	"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
	"Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
}

// weekdayNames are indexed by time.Weekday (Sunday = 0). Compound names are
// written with ZERO WIDTH NON-JOINER (U+200C), the standard spelling.
var weekdayNames = [7]string{
	"یک\u200cشنبه", "دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنج\u200cشنبه", "جمعه", "شنبه",
}

// MonthName returns the Persian name of Jalali month m (1 = «فروردین» …
// 12 = «اسفند»), or "" if m is out of range.
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNames[m-1]
}

// MonthNameEN returns the usual English transliteration of Jalali month m
// (1 = "Farvardin" … 12 = "Esfand"), or "" if m is out of range.
func MonthNameEN(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNamesEN[m-1]
}

// WeekdayName returns the Persian name of w («شنبه» for Saturday, «یک‌شنبه» for
// Sunday, …), spelled with ZWNJ in compound names, or "" if w is out of range.
func WeekdayName(w time.Weekday) string {
	if w < time.Sunday || w > time.Saturday {
		return ""
	}
	return weekdayNames[w]
}

// WeekdayNameEN returns the English name of w ("Saturday"), or "" if w is out of
// range. It exists beside WeekdayName so that reports can pick the language in one
// place; for valid w it equals w.String().
func WeekdayNameEN(w time.Weekday) string {
	if w < time.Sunday || w > time.Saturday {
		return ""
	}
	return w.String()
}

// toPersianDigits replaces the ASCII digits of s with Persian digits (U+06F0–U+06F9).
func toPersianDigits(s string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = '۰' + (r - '0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// PersianDigits formats d like String but with Persian digits, such as
// «۱۳۹۷/۰۸/۱۵». Parse reads it back.
func (d Date) PersianDigits() string {
	return toPersianDigits(d.String())
}

// Long formats d the way Persian prose writes a date, with Persian digits and the
// month name, such as «۱۵ آبان ۱۳۹۷». Parse reads it back. It returns String() for a
// date whose month is out of range.
func (d Date) Long() string {
	if d.Month < 1 || d.Month > 12 {
		return d.String()
	}
	return toPersianDigits(strconv.Itoa(d.Day)) + " " + monthNames[d.Month-1] + " " + toPersianDigits(strconv.Itoa(d.Year))
}

// LongEN formats d in English with the transliterated month name, such as
// "15 Aban 1397". It returns String() for a date whose month is out of range.
func (d Date) LongEN() string {
	if d.Month < 1 || d.Month > 12 {
		return d.String()
	}
	return strconv.Itoa(d.Day) + " " + monthNamesEN[d.Month-1] + " " + strconv.Itoa(d.Year)
}
