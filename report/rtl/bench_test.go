package rtl_test

import (
	"testing"

	"govwatch/report/fonts"
	"govwatch/report/rtl"
)

func BenchmarkPrepare(b *testing.B) {
	measure := pdfMeasure()
	b.SetBytes(int64(len(seedParagraph)))
	for b.Loop() {
		rtl.Prepare(seedParagraph, 120, measure, fonts.Has)
	}
}

func BenchmarkShape(b *testing.B) {
	b.SetBytes(int64(len(seedParagraph)))
	for b.Loop() {
		rtl.Shape(seedParagraph, fonts.Has)
	}
}

func BenchmarkVisual(b *testing.B) {
	shaped := rtl.Shape(seedParagraph, fonts.Has)
	b.SetBytes(int64(len(shaped)))
	for b.Loop() {
		rtl.Visual(shaped)
	}
}
