package demoportal

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// errDate reports a date that is not y/m/d in the Jalali calendar.
var errDate = errors.New("bad jalali date")

// parseJalali reads "1397/8/15" or "۱۳۹۷/۰۸/۱۵" (Persian, Arabic-Indic or
// ASCII digits).
func parseJalali(s string) ([3]int, error) {
	var ymd [3]int
	parts := strings.Split(asciiDigits(strings.TrimSpace(s)), "/")
	if len(parts) != 3 {
		return ymd, fmt.Errorf("%w: %q", errDate, s)
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return ymd, fmt.Errorf("%w: %q", errDate, s)
		}
		ymd[i] = n
	}
	if ymd[0] < 1300 || ymd[0] > 1500 || ymd[1] < 1 || ymd[1] > 12 || ymd[2] < 1 || ymd[2] > monthDays(ymd[1]) {
		return ymd, fmt.Errorf("%w: %q", errDate, s)
	}
	return ymd, nil
}

func monthDays(m int) int {
	switch {
	case m <= 6:
		return 31
	case m <= 11:
		return 30
	}
	return 30 // Esfand; 29 in common years, accepted loosely
}

// asciiDigits maps Persian and Arabic-Indic digits to ASCII.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		}
		return r
	}, s)
}

// persianDigits maps ASCII digits to Persian ones.
func persianDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '۰' + (r - '0')
		}
		return r
	}, s)
}

// jalaliToGregorian converts a Jalali date to a Gregorian one.
func jalaliToGregorian(jy, jm, jd int) (int, time.Month, int) {
	jy += 1595
	days := -355668 + 365*jy + (jy/33)*8 + ((jy%33)+3)/4 + jd
	if jm < 7 {
		days += (jm - 1) * 31
	} else {
		days += (jm-7)*30 + 186
	}
	gy := 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	gd := days + 1
	feb := 28
	if (gy%4 == 0 && gy%100 != 0) || gy%400 == 0 {
		feb = 29
	}
	months := [...]int{31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	gm := 0
	for gm < 11 && gd > months[gm] {
		gd -= months[gm]
		gm++
	}
	return gy, time.Month(gm + 1), gd
}

// tehran is a fixed +03:30 zone, which is what the portal's clock used in 1397
// outside daylight saving; only used to build Last-Modified stamps.
var tehran = time.FixedZone("IRST", 3*3600+1800)

// publishedAt is the moment an article registered on ymd was published:
// 09:30 Tehran time plus a few minutes derived from its code.
func publishedAt(ymd [3]int, code int) time.Time {
	y, m, d := jalaliToGregorian(ymd[0], ymd[1], ymd[2])
	return time.Date(y, m, d, 9, 30+code%120, 0, 0, tehran).UTC()
}
