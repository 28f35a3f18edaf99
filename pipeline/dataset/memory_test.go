package dataset_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"govwatch/pipeline/dataset"
)

// retainedHeap returns the bytes of live heap after two collections (the second
// empties the sync.Pool victim caches, so that pooled compressor state does not count).
func retainedHeap() int64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

// randomBody returns about n bytes of Persian-looking words that zstd cannot shrink
// much, so that the Parquet pages of a test are as large as real ones.
func randomBody(r *rand.Rand, n int) string {
	const letters = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
	runes := []rune(letters)
	var b strings.Builder
	for b.Len() < n {
		for range 2 + r.IntN(6) {
			b.WriteRune(runes[r.IntN(len(runes))])
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// TestBufferedBound checks that MaxBufferedBytes bounds the memory a Txn keeps
// between calls, counting what the Parquet writer holds of the partitions it has
// open, whatever the number of rows. Rows arrive round-robin over 12 months, the
// worst case for the per-partition buffers, and are made on the fly so that only
// the Txn holds them.
func TestBufferedBound(t *testing.T) {
	const bound = 2 << 20
	months := make([]string, 12)
	for i := range months {
		months[i] = fmt.Sprintf("2018-%02d", i+1)
	}
	for _, n := range []int{2000, 16000} {
		t.Run(fmt.Sprintf("%d articles", n), func(t *testing.T) {
			ds, err := dataset.Open(t.TempDir(), dataset.Options{RowGroupBytes: 512 << 10, MaxBufferedBytes: bound})
			if err != nil {
				t.Fatal(err)
			}
			txn, err := ds.Begin(t.Context(), "run-1")
			if err != nil {
				t.Fatal(err)
			}
			defer txn.Abort()
			base := retainedHeap()
			var peak int64
			r := rand.New(rand.NewPCG(1, uint64(n)))
			for i := range n {
				url := fmt.Sprintf("https://kavar.example.ir/kavar/News/ShowNews.aspx?Code=%d", i)
				id, hash := dataset.ArticleID(url), fmt.Sprintf("%064x", i)
				d, _ := time.Parse("2006-01", months[i%len(months)])
				a := dataset.ArticleRow{ArticleID: id, URL: url, SourceID: "kavar", Title: randomBody(r, 80),
					Body: randomBody(r, 1500), RegisteredDate: d, FetchedAt: d, ContentHash: hash}
				if err := txn.AddArticle(a); err != nil {
					t.Fatal(err)
				}
				p := dataset.PersonRow{ArticleID: id, ContentHash: hash, PersonKey: "p1", Name: randomBody(r, 20),
					Sentence: randomBody(r, 200), Start: 0, End: 10}
				if err := txn.AddPerson(p); err != nil {
					t.Fatal(err)
				}
				v := dataset.ViolationRow{ArticleID: id, ContentHash: hash, OfficeType: "bakery",
					Evidence: randomBody(r, 200), Start: 0, End: 10}
				if err := txn.AddViolation(v); err != nil {
					t.Fatal(err)
				}
				if i%500 == 499 {
					peak = max(peak, retainedHeap()-base)
				}
			}
			// Builders grow by doubling, the open files keep their row groups'
			// metadata, and the Txn keeps two small keys per article (for duplicates
			// and for the partition of mentions); the rows stay within the bound.
			if limit := int64(4*bound + 3<<20 + 128*n); peak > limit {
				t.Errorf("Txn retains %d KiB, want at most %d KiB (MaxBufferedBytes %d KiB)", peak>>10, limit>>10, bound>>10)
			}
			t.Logf("Txn retains at most %d KiB (MaxBufferedBytes %d KiB)", peak>>10, bound>>10)
			if err := txn.Commit(t.Context()); err != nil {
				t.Fatal(err)
			}
		})
	}
}
