package jalali_test

import (
	"errors"
	"fmt"
	"time"

	"govwatch/transform/jalali"
)

func ExampleParse() {
	for _, s := range []string{"1397/8/15", "۱۳۹۷/۰۸/۱۵", "سه‌شنبه ۱۵ آبان ماه ۱۳۹۷"} {
		d, err := jalali.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		y, m, dd := d.Gregorian()
		fmt.Println(d, y, m, dd, d.Weekday())
	}
	_, err := jalali.Parse("1397/07/31")
	fmt.Println(errors.Is(err, jalali.ErrOutOfRange), err)
	// Output:
	// 1397/08/15 2018 November 6 Tuesday
	// 1397/08/15 2018 November 6 Tuesday
	// 1397/08/15 2018 November 6 Tuesday
	// true parse "1397/07/31" at byte 8: day 31 of month 7: date field out of range
}

func ExampleFromTime() {
	tehran, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		fmt.Println(err)
		return
	}
	t := time.Date(2025, time.March, 20, 21, 0, 0, 0, time.UTC)
	fmt.Println(jalali.FromTime(t))            // the UTC calendar date
	fmt.Println(jalali.FromTime(t.In(tehran))) // already Nowruz in Tehran
	fmt.Println(jalali.Date{Year: 1404, Month: 1, Day: 1}.Time(tehran))
	// Output:
	// 1403/12/30
	// 1404/01/01
	// 2025-03-21 00:00:00 +0330 +0330
}

func ExampleDate_AddDays() {
	d := jalali.Date{Year: 1399, Month: 12, Day: 29}
	fmt.Println(d.AddDays(1), d.AddDays(2), jalali.IsLeap(1399))
	// Output: 1399/12/30 1400/01/01 true
}

func ExampleDate_Long() {
	d := jalali.Date{Year: 1397, Month: 8, Day: 15}
	fmt.Println(d.PersianDigits())
	fmt.Println(jalali.WeekdayName(d.Weekday()), d.Long())
	fmt.Println(d.Weekday(), d.LongEN())
	// Output:
	// ۱۳۹۷/۰۸/۱۵
	// سه‌شنبه ۱۵ آبان ۱۳۹۷
	// Tuesday 15 Aban 1397
}

func ExampleResolveRelative() {
	registered, _ := jalali.Parse("1397/8/15") // a Tuesday
	for _, text := range []string{
		"جلسه شهرستان صبح امروز (سه شنبه ) برگزار شد",
		"شامگاه دوشنبه سه واحد صنفی پلمب شد",
		"در بازدید روز گذشته",
		"طی هفته گذشته",
	} {
		d, ok := jalali.ResolveRelative(text, registered)
		fmt.Println(d, ok)
	}
	// Output:
	// 1397/08/15 true
	// 1397/08/14 true
	// 1397/08/14 true
	// 0000/00/00 false
}

func ExampleFindRelative() {
	text := "جلسه صبح امروز (سه شنبه ) برگزار شد"
	r, ok := jalali.FindRelative(text)
	fmt.Println(ok, r.Kind, r.Weekday, string([]rune(text)[r.Start:r.End]))
	// Output: true today Tuesday صبح امروز (سه شنبه )
}

func ExampleParsePeriod() {
	p, err := jalali.ParsePeriod("1397-08")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Kind, p.Start, p.End, p.Days())
	fmt.Println(p.Previous())
	fmt.Println(p.Title(), "/", p.TitleEN())
	w, _ := jalali.ParsePeriod("1397-W12")
	fmt.Println(w.Start, w.Start.Weekday(), w.End, w.End.Weekday())
	fmt.Println(jalali.WeekOf(jalali.Date{Year: 1397, Month: 8, Day: 15}))
	// Output:
	// month 1397/08/01 1397/08/30 30
	// 1397-07
	// آبان ۱۳۹۷ / Aban 1397
	// 1397/03/12 Saturday 1397/03/18 Friday
	// 1397-W34
}

func ExampleNextMonthly() {
	tehran, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2018, time.November, 6, 10, 0, 0, 0, tehran) // 1397/08/15
	next := jalali.NextMonthly(now, 3, 0)
	fmt.Println(next, jalali.FromTime(next))
	fmt.Println(jalali.NextWeekly(now, time.Saturday, 8, 0))
	// Output:
	// 2018-11-22 03:00:00 +0330 +0330 1397/09/01
	// 2018-11-10 08:00:00 +0330 +0330
}

func ExampleMonthly_Next() {
	tehran, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		fmt.Println(err)
		return
	}
	// The last day of every Jalali month at 20:00 Tehran time; the value can be
	// handed to robfig/cron as a cron.Schedule.
	s := jalali.Monthly{Day: -1, Hour: 20, Location: tehran}
	t := time.Date(2021, time.February, 1, 0, 0, 0, 0, time.UTC)
	for range 3 {
		t = s.Next(t)
		fmt.Println(jalali.FromTime(t), t)
	}
	// Output:
	// 1399/11/30 2021-02-18 20:00:00 +0330 +0330
	// 1399/12/30 2021-03-20 20:00:00 +0330 +0330
	// 1400/01/31 2021-04-20 20:00:00 +0430 +0430
}
