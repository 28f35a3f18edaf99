package extract

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadBody: readBody gives what io.ReadAll of an io.LimitReader gives, error
// included, and no two bodies share memory through its reused buffer.
func TestReadBody(t *testing.T) {
	long := strings.Repeat("صفحه ", 50_000) // 500 KB, beyond a first buffer
	errCut := errors.New("connection reset")
	tests := []struct {
		name string
		r    func() io.Reader
		n    int64
	}{
		{"empty", func() io.Reader { return strings.NewReader("") }, 10},
		{"short", func() io.Reader { return strings.NewReader("<html>سلام</html>") }, 1 << 20},
		{"exactly n", func() io.Reader { return strings.NewReader("0123456789") }, 10},
		{"cut at n", func() io.Reader { return strings.NewReader("0123456789abc") }, 10},
		{"long", func() io.Reader { return strings.NewReader(long) }, 8 << 20},
		{"long, cut", func() io.Reader { return strings.NewReader(long) }, 300_001},
		{"one byte at a time", func() io.Reader { return iotest.OneByteReader(strings.NewReader("abcdefgh")) }, 100},
		{"error midway", func() io.Reader {
			return io.MultiReader(strings.NewReader("partial body"), iotest.ErrReader(errCut))
		}, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantErr := io.ReadAll(io.LimitReader(tt.r(), tt.n))
			got, err := readBody(tt.r(), tt.n)
			if !bytes.Equal(got, want) || !errors.Is(err, wantErr) && err != wantErr {
				t.Errorf("readBody: %d bytes, err %v; want %d bytes, err %v", len(got), err, len(want), wantErr)
			}
		})
	}
	first, err := readBody(strings.NewReader("first body"), 100)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readBody(strings.NewReader("SECOND BODY, LONGER"), 100); err != nil {
		t.Fatal(err)
	}
	if string(first) != "first body" {
		t.Errorf("a later read changed an earlier body: %q", first)
	}
}
