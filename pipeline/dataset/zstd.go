package dataset

import (
	"io"
	"runtime"

	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// pageWindow is the zstd window of the encoders that compress Parquet pages: the
// size of a data page (parquet.DefaultDataPageSize, 1 MiB). Each page is one zstd
// frame, so no match can reach further back than the page's start anyway, and the
// frames are the same as with a larger window.
const pageWindow = 1 << 20

// pageZstd is arrow-go's zstd codec with the page encoders it keeps changed: arrow-go
// makes them with zstd's default window of 8 MiB, which gives each a history buffer
// of 16 MiB, and keeps them in a sync.Pool, which drops them at every garbage
// collection, so a crawl held 32 MiB of encoder history and allocated it again and
// again. These have a window of one page and stay in a pool bounded by GOMAXPROCS.
// Decoding, and everything else, is arrow-go's.
type pageZstd struct {
	compress.Codec
	pool chan *zstd.Encoder
}

func init() {
	base, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		panic(err) // arrow-go registers zstd in its init
	}
	compress.RegisterCodec(compress.Codecs.Zstd, &pageZstd{Codec: base, pool: make(chan *zstd.Encoder, runtime.GOMAXPROCS(0))})
}

// encoder returns a pooled encoder of level, or a new one. Only the default
// level, the one the dataset writes with, is pooled.
func (c *pageZstd) encoder(level zstd.EncoderLevel) *zstd.Encoder {
	if level == zstd.SpeedDefault {
		select {
		case enc := <-c.pool:
			return enc
		default:
		}
	}
	enc, err := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(level),
		zstd.WithEncoderConcurrency(1), zstd.WithAllLitEntropyCompression(true), zstd.WithWindowSize(pageWindow))
	if err != nil {
		panic(err) // the options are valid constants
	}
	return enc
}

// put gives enc back to the pool, or drops it when the pool is full.
func (c *pageZstd) put(enc *zstd.Encoder, level zstd.EncoderLevel) {
	if level != zstd.SpeedDefault {
		return
	}
	select {
	case c.pool <- enc:
	default:
	}
}

// Encode compresses one page at the default level.
func (c *pageZstd) Encode(dst, src []byte) []byte {
	return c.EncodeLevel(dst, src, compress.DefaultCompressionLevel)
}

// EncodeLevel compresses one page at level, as arrow-go's codec does.
func (c *pageZstd) EncodeLevel(dst, src []byte, level int) []byte {
	l := zstd.SpeedDefault
	if level != compress.DefaultCompressionLevel {
		l = zstd.EncoderLevelFromZstd(level)
	}
	enc := c.encoder(l)
	defer c.put(enc, l)
	return enc.EncodeAll(src, dst[:0])
}

// DecodeWithError is arrow-go's.
func (c *pageZstd) DecodeWithError(dst, src []byte) ([]byte, error) {
	if ec, ok := c.Codec.(compress.ErrorCodec); ok {
		return ec.DecodeWithError(dst, src)
	}
	return compress.Decode(c.Codec, dst, src)
}

// NewReader is arrow-go's.
func (c *pageZstd) NewReader(r io.Reader) io.ReadCloser {
	return c.Codec.(compress.StreamingCodec).NewReader(r)
}

// NewWriter is arrow-go's.
func (c *pageZstd) NewWriter(w io.Writer) io.WriteCloser {
	return c.Codec.(compress.StreamingCodec).NewWriter(w)
}

// NewWriterLevel is arrow-go's.
func (c *pageZstd) NewWriterLevel(w io.Writer, level int) (io.WriteCloser, error) {
	return c.Codec.(compress.StreamingCodec).NewWriterLevel(w, level)
}
