//go:build !cgo

package interop_test

import "testing"

func TestDuckDB(t *testing.T) {
	t.Skip("the DuckDB interop test needs cgo (CGO_ENABLED=1 and a C compiler)")
}
