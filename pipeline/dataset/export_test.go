package dataset

import "github.com/apache/arrow-go/v18/arrow/memory"

// SetTestHook installs f as the step hook for crash tests.
func SetTestHook(f func(step string)) { testHook = f }

// OpenFileBlob opens a dataset in dir through gocloud.dev's fileblob driver, so that
// the object-store code (moves by copy and delete, write-once manifests, leases)
// runs against a directory.
func OpenFileBlob(dir string, opts Options) (*Dataset, error) {
	st, err := openFileBlob(dir)
	if err != nil {
		return nil, err
	}
	ds := &Dataset{dir: "fileblob:" + dir, opts: opts.withDefaults(), mem: memory.DefaultAllocator}
	ds.ls = &lazyStore{st: st}
	return ds, nil
}

// SetScratchHeld sets the entries a Txn's spill tables hold in memory (0: the
// default) and returns a function that restores it.
func SetScratchHeld(n int) func() {
	old := scratchHeld
	scratchHeld = n
	return func() { scratchHeld = old }
}

// ScratchParent is scratchParent, for tests.
var ScratchParent = scratchParent
