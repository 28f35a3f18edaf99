package transform

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestInputFromText(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Input
	}{
		{
			name: "portal copy with box title, image path and footer",
			text: "شرح خبر\n\n\n'../NewsImages/0a1b.jpg' بازدید فرماندار از نانوایی‌ها\n\nبه گزارش روابط عمومی، بازدید انجام شد.\n \nدو واحد پلمب شد.\n\nتاریخ ثبت خبر: 1397/9/2\nتاریخ وقوع خبر:",
			want: Input{
				Title:      "بازدید فرماندار از نانوایی‌ها",
				Paragraphs: []string{"به گزارش روابط عمومی، بازدید انجام شد.", "دو واحد پلمب شد."},
				Registered: "1397/9/2",
			},
		},
		{
			name: "Arabic letters in the footer label and both dates",
			text: "عنوان\nمتن\nتاريخ ثبت خبر: ۱۳۹۷/۰۸/۱۵\nتاريخ وقوع خبر: ۱۳۹۷/۰۸/۱۴",
			want: Input{Title: "عنوان", Paragraphs: []string{"متن"}, Registered: "۱۳۹۷/۰۸/۱۵", Occurred: "۱۳۹۷/۰۸/۱۴"},
		},
		{
			name: "a line repeating the headline is no paragraph cut by the page's width",
			text: "بازدید فرماندار از نانوایی‌های شهر و روستاهای بخش مرکزی\nبازدید فرماندار از نانوایی‌های شهر و روستاهای بخش مرکزی\nتوسط مریم کریمی\nفرماندار از ده نانوایی بازدید کرد.",
			want: Input{
				Title:      "بازدید فرماندار از نانوایی‌های شهر و روستاهای بخش مرکزی",
				Paragraphs: []string{"بازدید فرماندار از نانوایی‌های شهر و روستاهای بخش مرکزی", "توسط مریم کریمی", "فرماندار از ده نانوایی بازدید کرد."},
			},
		},
		{
			name: "a short heading typed with double spaces is no line cut by the page's width",
			text: "پلمب نانوایی‌ها در کوار\nفرماندار از ده نانوایی بازدید کرد و گفت که کار ادامه دارد.\nکشف  یک  محموله  بزرگ  آرد  قاچاق  در  کوار\nفرمانده انتظامی کوار از کشف آرد خبر داد.",
			want: Input{
				Title:      "پلمب نانوایی‌ها در کوار",
				Paragraphs: []string{"فرماندار از ده نانوایی بازدید کرد و گفت که کار ادامه دارد.", "کشف  یک  محموله  بزرگ  آرد  قاچاق  در  کوار", "فرمانده انتظامی کوار از کشف آرد خبر داد."},
			},
		},
		{
			name: "a statement typed with double spaces opens a paragraph of its own",
			text: "سفر استاندار\nکوار آمادگی سفر هیئت دولت را از چند ماه پیش دارد\nحسن  سامکی  صبح  امروز  در  گفت‌وگو  با  خبرنگار  ما  در  شهرستان  کوار  اظهار  داشت:  کار  ادامه  دارد.",
			want: Input{
				Title:      "سفر استاندار",
				Paragraphs: []string{"کوار آمادگی سفر هیئت دولت را از چند ماه پیش دارد", "حسن  سامکی  صبح  امروز  در  گفت‌وگو  با  خبرنگار  ما  در  شهرستان  کوار  اظهار  داشت:  کار  ادامه  دارد."},
			},
		},
		{
			name: "a title opening a line whose statement comes past its first hundred runes opens a paragraph of its own",
			text: "جلسه شورای اداری کوار\nحسن سامکی صبح امروز در جلسه شورای اداری شهرستان کوار از پیشرفت طرح‌های عمرانی و خدماتی روستاها گفت و بر کار جهادی تأکید کرد\nفرماندار شهرستان کوار در پایان این جلسه توجه به مشکلات مردم روستاهای بخش مرکزی و رسیدگی سریع به آنها را از برنامه‌های مهم دولت دانست و افزود: کار ادامه دارد.",
			want: Input{
				Title: "جلسه شورای اداری کوار",
				Paragraphs: []string{
					"حسن سامکی صبح امروز در جلسه شورای اداری شهرستان کوار از پیشرفت طرح‌های عمرانی و خدماتی روستاها گفت و بر کار جهادی تأکید کرد",
					"فرماندار شهرستان کوار در پایان این جلسه توجه به مشکلات مردم روستاهای بخش مرکزی و رسیدگی سریع به آنها را از برنامه‌های مهم دولت دانست و افزود: کار ادامه دارد.",
				},
			},
		},
		{
			name: "a single line is body, not title",
			text: "فقط یک بند متن.",
			want: Input{Paragraphs: []string{"فقط یک بند متن."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, InputFromText(tt.text)); diff != "" {
				t.Errorf("InputFromText (-want +got):\n%s", diff)
			}
		})
	}
}

func TestInputFromTextSeed(t *testing.T) {
	data, err := os.ReadFile("../../shared/seed/kavar-pishkhan-1397-08-15.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	in := InputFromText(string(data))
	if in.Registered != "1397/8/15" || in.Occurred != "" {
		t.Errorf("dates = %q, %q; want 1397/8/15 and empty", in.Registered, in.Occurred)
	}
	// The headline is the line of the image reference, without it (the
	// seed's words are its publisher's: they are read, not copied here).
	var want string
	for l := range strings.SplitSeq(string(data), "\n") {
		if _, rest, ok := strings.Cut(l, ".jpg' "); ok {
			want = strings.TrimSpace(rest)
			break
		}
	}
	if want == "" || in.Title != want {
		t.Errorf("title = %q, want the line of the image reference %q", in.Title, want)
	}
	if len(in.Paragraphs) != 9 {
		t.Errorf("got %d paragraphs, want 9", len(in.Paragraphs))
	}
}
