package rtl_test

import (
	"fmt"

	"govwatch/report/rtl"
)

func ExampleShape() {
	// Each letter becomes the presentation form its neighbours call for;
	// ZWNJ stops the heh joining the sheen after it.
	fmt.Printf("%U\n", []rune(rtl.Shape("سه‌شنبه", nil)))
	// Output:
	// [U+FEB3 U+FEEA U+200C U+FEB7 U+FEE8 U+FE92 U+FEEA]
}

func ExampleVisual() {
	// The Persian words are reversed for a left-to-right renderer; the
	// number and the Latin word keep their order.
	fmt.Println(rtl.Visual("دفتر ICT شماره 12"))
	// Output:
	// 12 هرامش ICT رتفد
}

func ExamplePrepare() {
	// A toy measure: one unit per rune. With fpdf, pass pdf.GetStringWidth
	// after SetFont, and fonts.Has for the embedded font.
	measure := func(s string) float64 { return float64(len([]rune(s))) }
	for _, line := range rtl.Prepare("یک دو سه چهار", 6, measure, nil) {
		fmt.Printf("%U\n", []rune(line))
	}
	// Output:
	// [U+FEED U+FEA9 U+0020 U+FB8F U+FBFE]
	// [U+FEEA U+FEB3]
	// [U+FEAD U+FE8E U+FEEC U+FB7C]
}
