package jalali_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govwatch/transform/jalali"
)

func TestFindRelative(t *testing.T) {
	tests := []struct {
		name string
		text string
		want jalali.Relative
		span string // []rune(text)[Start:End]
		ok   bool
	}{
		{
			name: "seed-shaped article",
			text: "نشست کارگروه دفاتر پیشخوان شهرستان صبح امروز (سه شنبه ) به ریاست ناهید برگزار شد.",
			want: jalali.Relative{Kind: jalali.RelToday, Weekday: time.Tuesday, HasWeekday: true},
			span: "صبح امروز (سه شنبه )", ok: true,
		},
		{name: "bare today", text: "امروز جلسه برگزار شد", want: jalali.Relative{Kind: jalali.RelToday}, span: "امروز", ok: true},
		{name: "afternoon today", text: "این نشست عصر امروز برگزار شد", want: jalali.Relative{Kind: jalali.RelToday}, span: "عصر امروز", ok: true},
		{name: "today weekday zwnj", text: "امروز سه\u200cشنبه", want: jalali.Relative{Kind: jalali.RelToday, Weekday: time.Tuesday, HasWeekday: true}, span: "امروز سه\u200cشنبه", ok: true},
		{name: "tonight", text: "امشب مراسم برگزار می‌شود", want: jalali.Relative{Kind: jalali.RelToday}, span: "امشب", ok: true},
		{name: "yesterday", text: "دیروز بازدید شد", want: jalali.Relative{Kind: jalali.RelYesterday}, span: "دیروز", ok: true},
		{name: "previous day", text: "در بازدید روز گذشته", want: jalali.Relative{Kind: jalali.RelYesterday}, span: "روز گذشته", ok: true},
		{name: "last night", text: "شب گذشته", want: jalali.Relative{Kind: jalali.RelYesterday}, span: "شب گذشته", ok: true},
		{name: "evening monday", text: "شامگاه دوشنبه ۳ واحد پلمب شد", want: jalali.Relative{Kind: jalali.RelWeekday, Weekday: time.Monday, HasWeekday: true}, span: "شامگاه دوشنبه", ok: true},
		{name: "morning sunday arabic yeh kaf", text: "صبح يكشنبه", want: jalali.Relative{Kind: jalali.RelWeekday, Weekday: time.Sunday, HasWeekday: true}, span: "صبح يكشنبه", ok: true},
		{name: "morning of the day", text: "صبح روز پنج شنبه", want: jalali.Relative{Kind: jalali.RelWeekday, Weekday: time.Thursday, HasWeekday: true}, span: "صبح روز پنج شنبه", ok: true},
		{name: "saturday", text: "روز شنبه", want: jalali.Relative{Kind: jalali.RelWeekday, Weekday: time.Saturday, HasWeekday: true}, span: "روز شنبه", ok: true},
		{name: "last monday", text: "دوشنبه گذشته", want: jalali.Relative{Kind: jalali.RelLastWeekday, Weekday: time.Monday, HasWeekday: true}, span: "دوشنبه گذشته", ok: true},
		{name: "next saturday", text: "شنبه هفته آینده", want: jalali.Relative{Kind: jalali.RelNextWeekday, Weekday: time.Saturday, HasWeekday: true}, span: "شنبه هفته آینده", ok: true},
		{name: "last week", text: "در هفته گذشته ۱۲ مورد", want: jalali.Relative{Kind: jalali.RelLastWeek}, span: "هفته گذشته", ok: true},
		{name: "tomorrow", text: "فردا (چهارشنبه)", want: jalali.Relative{Kind: jalali.RelTomorrow, Weekday: time.Wednesday, HasWeekday: true}, span: "فردا (چهارشنبه)", ok: true},
		{name: "first wins", text: "دیروز و امروز", want: jalali.Relative{Kind: jalali.RelYesterday}, span: "دیروز", ok: true},
		{name: "nowadays is not today", text: "امروزه دفاتر پیشخوان زیاد است", ok: false},
		{name: "nowadays then today", text: "امروزه ... صبح امروز", want: jalali.Relative{Kind: jalali.RelToday}, span: "صبح امروز", ok: true},
		{name: "the day after", text: "فردای آن روز", ok: false},
		{name: "duration days", text: "در سه روز گذشته", ok: false},
		{name: "duration digits", text: "طی ۱۰ روز گذشته", ok: false},
		{name: "duration weeks", text: "چند هفته گذشته", ok: false},
		{name: "every monday", text: "هر دوشنبه", ok: false},
		{name: "thursdays", text: "پنجشنبه\u200cها تعطیل است", ok: false},
		{name: "shanbe inside word", text: "کارشنبه", ok: false},
		{name: "offsets after dropped marks", text: "\u200f\u200fخبر  \u00a0 دیروز", want: jalali.Relative{Kind: jalali.RelYesterday}, span: "دیروز", ok: true},
		{name: "diacritic and tatweel inside", text: "ما دیـروزِ", want: jalali.Relative{Kind: jalali.RelYesterday}, span: "دیـروزِ", ok: true},
		{name: "persian digits before duration", text: "در ۳ روز گذشته", ok: false},
		{name: "nothing", text: "جلسه برگزار شد", ok: false},
		{name: "empty", text: "", ok: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := jalali.FindRelative(tc.text)
			if ok != tc.ok {
				t.Fatalf("FindRelative ok = %v, want %v (%+v)", ok, tc.ok, got)
			}
			if !ok {
				return
			}
			span := string([]rune(tc.text)[got.Start:got.End])
			if span != tc.span {
				t.Errorf("span = %q, want %q", span, tc.span)
			}
			got.Start, got.End = 0, 0
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("FindRelative (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResolveRelative(t *testing.T) {
	tue := jalali.Date{Year: 1397, Month: 8, Day: 15} // a Tuesday
	tests := []struct {
		name string
		text string
		reg  jalali.Date
		want jalali.Date
		ok   bool
	}{
		{"seed today", "صبح امروز (سه شنبه ) جلسه", tue, tue, true},
		// Portals register news the day it happens, so «امروز» wins over a
		// weekday that disagrees with the registration date.
		{"today wrong weekday", "صبح امروز (دوشنبه) جلسه", tue, tue, true},
		{"today", "امروز", tue, tue, true},
		{"afternoon today", "عصر امروز", tue, tue, true},
		{"yesterday", "دیروز", tue, jalali.Date{Year: 1397, Month: 8, Day: 14}, true},
		{"previous day", "روز گذشته", tue, jalali.Date{Year: 1397, Month: 8, Day: 14}, true},
		{"day before yesterday", "پریروز", tue, jalali.Date{Year: 1397, Month: 8, Day: 13}, true},
		{"tomorrow", "فردا", tue, jalali.Date{Year: 1397, Month: 8, Day: 16}, true},
		{"monday evening", "شامگاه دوشنبه", tue, jalali.Date{Year: 1397, Month: 8, Day: 14}, true},
		{"sunday morning", "صبح یکشنبه", tue, jalali.Date{Year: 1397, Month: 8, Day: 13}, true},
		{"same weekday is that day", "صبح سه شنبه", tue, tue, true},
		{"wednesday is last week", "عصر چهارشنبه", tue, jalali.Date{Year: 1397, Month: 8, Day: 9}, true},
		{"saturday", "روز شنبه", tue, jalali.Date{Year: 1397, Month: 8, Day: 12}, true},
		{"last tuesday", "سه شنبه گذشته", tue, jalali.Date{Year: 1397, Month: 8, Day: 8}, true},
		{"last monday", "دوشنبه هفته قبل", tue, jalali.Date{Year: 1397, Month: 8, Day: 14}, true},
		{"next tuesday", "سه شنبه آینده", tue, jalali.Date{Year: 1397, Month: 8, Day: 22}, true},
		{"next wednesday", "چهارشنبه آینده", tue, jalali.Date{Year: 1397, Month: 8, Day: 16}, true},
		{"across new year", "دیروز", jalali.Date{Year: 1398, Month: 1, Day: 1}, jalali.Date{Year: 1397, Month: 12, Day: 29}, true},
		{"last week", "هفته گذشته", tue, jalali.Date{}, false},
		{"none", "جلسه برگزار شد", tue, jalali.Date{}, false},
		{"invalid registered", "امروز", jalali.Date{Year: 1397, Month: 13, Day: 1}, jalali.Date{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := jalali.ResolveRelative(tc.text, tc.reg)
			if ok != tc.ok || got != tc.want {
				t.Errorf("ResolveRelative(%q, %v) = %v, %v; want %v, %v", tc.text, tc.reg, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestResolveWeekdayEveryDay checks the weekday arithmetic for every pair of
// registration weekday and named weekday.
func TestResolveWeekdayEveryDay(t *testing.T) {
	start := jalali.Date{Year: 1397, Month: 8, Day: 12} // a Saturday
	for i := range 7 {
		reg := start.AddDays(i)
		for w := time.Sunday; w <= time.Saturday; w++ {
			for _, kind := range []jalali.RelativeKind{jalali.RelWeekday, jalali.RelLastWeekday, jalali.RelNextWeekday} {
				got, ok := jalali.Relative{Kind: kind, Weekday: w, HasWeekday: true}.Resolve(reg)
				if !ok || got.Weekday() != w {
					t.Fatalf("%v from %v: %v (%v), ok=%v", kind, reg, got, got.Weekday(), ok)
				}
				n := got.Sub(reg)
				var lo, hi int
				switch kind {
				case jalali.RelWeekday:
					lo, hi = -6, 0
				case jalali.RelLastWeekday:
					lo, hi = -7, -1
				case jalali.RelNextWeekday:
					lo, hi = 1, 7
				}
				if n < lo || n > hi {
					t.Errorf("%v %v from %v is %d days away, want [%d, %d]", kind, w, reg, n, lo, hi)
				}
			}
		}
	}
}

func FuzzFindRelative(f *testing.F) {
	for _, s := range []string{"صبح امروز (سه شنبه )", "شامگاه دوشنبه", "امروزه", "۳ روز گذشته", "هفته گذشته", "\u200fدیروز"} {
		f.Add(s)
	}
	reg := jalali.Date{Year: 1397, Month: 8, Day: 15}
	f.Fuzz(func(t *testing.T, text string) {
		r, ok := jalali.FindRelative(text)
		if !ok {
			return
		}
		n := len([]rune(text))
		if r.Start < 0 || r.Start >= r.End || r.End > n || r.Kind.String() == "" {
			t.Fatalf("FindRelative(%q) = %+v with %d runes", text, r, n)
		}
		if d, ok := r.Resolve(reg); ok != (r.Kind != jalali.RelLastWeek) || (ok && !d.Valid()) {
			t.Fatalf("Resolve(%+v) = %v, %v", r, d, ok)
		}
	})
}

func BenchmarkFindRelative(b *testing.B) {
	text := "به گزارش روابط عمومی فرمانداری شهرستان کوار، نشست کارگروه دفاتر پیشخوان خدمات دولت و دفاتر آی سی تی روستایی شهرستان صبح امروز (سه شنبه ) به ریاست ناهید معاون برنامه ریزی برگزار شد."
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := jalali.FindRelative(text); !ok {
			b.Fatal("not found")
		}
	}
}
