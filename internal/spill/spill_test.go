package spill_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"testing"

	"govwatch/internal/spill"
)

// TestTableAgainstMap puts, overwrites and looks up keys in tables small enough in
// memory to spill and merge many runs, and checks every answer, and the final
// iteration, against a Go map.
func TestTableAgainstMap(t *testing.T) {
	tests := []struct {
		name   string
		vsize  int
		held   int
		ops    int
		hashed bool // keys are SHA-256 prefixes; else small integers (not uniform)
	}{
		{name: "set, hashed keys", vsize: 0, held: 50, ops: 20000, hashed: true},
		{name: "values, hashed keys", vsize: 36, held: 64, ops: 20000, hashed: true},
		{name: "values, integer keys", vsize: 4, held: 7, ops: 5000},
		{name: "one entry held", vsize: 8, held: 1, ops: 600, hashed: true},
		{name: "records bigger than a block", vsize: 5000, held: 3, ops: 200, hashed: true},
		{name: "never spills", vsize: 8, held: 1 << 20, ops: 3000, hashed: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := spill.New(spill.Options{Dir: t.TempDir(), Name: "test", ValueSize: tc.vsize, Held: tc.held})
			if err != nil {
				t.Fatal(err)
			}
			defer tab.Close()
			rng := rand.New(rand.NewPCG(1, uint64(tc.vsize)))
			key := func(i int) spill.Key {
				var k spill.Key
				if tc.hashed {
					sum := sha256.Sum256(binary.LittleEndian.AppendUint64(nil, uint64(i)))
					copy(k[:], sum[:])
				} else {
					binary.BigEndian.PutUint64(k[8:], uint64(i))
				}
				return k
			}
			want := map[spill.Key][]byte{}
			universe := tc.ops / 2 // so that keys are put again and looked up absent
			got := make([]byte, tc.vsize)
			for op := range tc.ops {
				i := rng.IntN(universe)
				k := key(i)
				if rng.IntN(3) > 0 {
					v := make([]byte, tc.vsize)
					for j := range v {
						v[j] = byte(op + j)
					}
					if err := tab.Put(k, v); err != nil {
						t.Fatalf("put %d: %v", i, err)
					}
					want[k] = v
					continue
				}
				ok, err := tab.Get(k, got)
				if err != nil {
					t.Fatalf("get %d: %v", i, err)
				}
				w, wok := want[k]
				if ok != wok || (ok && !bytes.Equal(got, w)) {
					t.Fatalf("op %d: get %d = %v %x, want %v %x", op, i, ok, got, wok, w)
				}
			}
			for k, w := range want {
				if ok, err := tab.Get(k, got); err != nil || !ok || !bytes.Equal(got, w) {
					t.Fatalf("get %x after the puts = %v %v %x, want %x", k, ok, err, got, w)
				}
			}
			var prev *spill.Key
			n := 0
			err = tab.All(func(k spill.Key, v []byte) bool {
				if prev != nil && bytes.Compare(prev[:], k[:]) >= 0 {
					t.Fatalf("All: %x after %x", k, *prev)
				}
				kk := k
				prev = &kk
				if w, ok := want[k]; !ok || !bytes.Equal(v, w) {
					t.Fatalf("All: %x = %x, want %x (held %v)", k, v, w, ok)
				}
				n++
				return true
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != len(want) {
				t.Fatalf("All yielded %d entries, want %d", n, len(want))
			}
			if tab.Len() != len(want) {
				t.Fatalf("Len after All = %d, want %d", tab.Len(), len(want))
			}
		})
	}
}

// TestAddAndClose checks the set insert, the size check of values, and that Close
// removes the table's files and makes later calls fail.
func TestAddAndClose(t *testing.T) {
	tab, err := spill.New(spill.Options{Dir: t.TempDir(), Held: 4})
	if err != nil {
		t.Fatal(err)
	}
	for round := range 2 {
		for i := range 100 {
			var k spill.Key
			k[0], k[1] = byte(i), byte(i>>8)
			added, err := tab.Add(k)
			if err != nil {
				t.Fatal(err)
			}
			if added != (round == 0) {
				t.Fatalf("round %d: Add(%d) = %v", round, i, added)
			}
		}
	}
	if err := tab.Put(spill.Key{}, []byte{1}); err == nil {
		t.Fatal("a 1-byte value in a set was taken")
	}
	dir := tab.Dir()
	if ents, err := os.ReadDir(dir); err != nil || len(ents) == 0 {
		t.Fatalf("the table wrote no run file: %v %v", ents, err)
	}
	if err := tab.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Close left %s: %v", dir, err)
	}
	if _, err := tab.Get(spill.Key{}, nil); !errors.Is(err, spill.ErrClosed) {
		t.Fatalf("Get after Close: %v, want ErrClosed", err)
	}
}
