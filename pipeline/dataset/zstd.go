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
	pool chan *zstd.Encoder // of the default level
	fast chan *zstd.Encoder // of fastZstdLevel (Options.FastCompression)
}

// fastZstdLevel is the zstd level of Options.FastCompression: zstd.SpeedFastest.
const fastZstdLevel = 1

func init() {
	base, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		panic(err) // arrow-go registers zstd in its init
	}
	compress.RegisterCodec(compress.Codecs.Zstd, &pageZstd{Codec: base, pool: make(chan *zstd.Encoder, runtime.GOMAXPROCS(0)),
		fast: make(chan *zstd.Encoder, runtime.GOMAXPROCS(0))})
}

// encoder returns a pooled encoder of level, or a new one. Only the levels the
// dataset writes with, the default and fastZstdLevel, are pooled.
func (c *pageZstd) encoder(level zstd.EncoderLevel) *zstd.Encoder {
	if pool := c.poolOf(level); pool != nil {
		select {
		case enc := <-pool:
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

func (c *pageZstd) poolOf(level zstd.EncoderLevel) chan *zstd.Encoder {
	switch level {
	case zstd.SpeedDefault:
		return c.pool
	case zstd.EncoderLevelFromZstd(fastZstdLevel):
		return c.fast
	}
	return nil
}

// put gives enc back to the pool, or drops it when the pool is full.
func (c *pageZstd) put(enc *zstd.Encoder, level zstd.EncoderLevel) {
	pool := c.poolOf(level)
	if pool == nil {
		return
	}
	select {
	case pool <- enc:
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
