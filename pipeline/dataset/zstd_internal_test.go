package dataset

import (
	"bytes"
	"testing"

	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// TestPageZstd checks that the zstd codec the Parquet writer gets is the page codec,
// and that what it compresses, at the default level and another one, decodes with
// a plain zstd decoder and with the codec, for pages smaller and larger than its
// window.
func TestPageZstd(t *testing.T) {
	codec, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := codec.(*pageZstd); !ok {
		t.Fatalf("zstd codec is %T, want *pageZstd", codec)
	}
	dec, err := zstd.NewReader(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer dec.Close()
	for _, size := range []int{1, 1000, pageWindow, 3*pageWindow + 17} {
		src := make([]byte, size)
		x := uint32(size)
		for i := range src {
			x = x*1664525 + 1013904223
			src[i] = "فرماندار کوار گفت: دفتر پیشخوان"[x>>27] // repetitive, so matches reach back
		}
		for _, level := range []int{compress.DefaultCompressionLevel, 1} {
			enc := codec.EncodeLevel(nil, src, level)
			got, err := dec.DecodeAll(enc, nil)
			if err != nil || !bytes.Equal(got, src) {
				t.Fatalf("size %d level %d: zstd decodes %d bytes (err %v), want the %d compressed", size, level, len(got), err, size)
			}
			back, err := compress.Decode(codec, make([]byte, size), enc)
			if err != nil || !bytes.Equal(back, src) {
				t.Fatalf("size %d level %d: codec decodes %d bytes (err %v)", size, level, len(back), err)
			}
		}
	}
	if n, c := len(codec.(*pageZstd).pool), cap(codec.(*pageZstd).pool); n > c || c < 1 {
		t.Errorf("encoder pool holds %d of %d", n, c)
	}
}
