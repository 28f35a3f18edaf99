package dataset

import (
	"errors"
	"fmt"
)

var (
	// ErrInvalidRow means a row lacks a required value or holds an impossible one
	// (an empty article_id, negative or reversed offsets, a bad partition month).
	ErrInvalidRow = errors.New("invalid row")
	// ErrInvalidRunID means a run ID is empty, starts with "_" or ".", or holds
	// characters other than ASCII letters, digits, "-", "_" and ".".
	ErrInvalidRunID = errors.New("invalid run id")
	// ErrRunExists means a run with the same ID has already been committed or staged.
	ErrRunExists = errors.New("run already exists")
	// ErrTxnActive means Begin was called while another Txn of the same Dataset is open.
	ErrTxnActive = errors.New("another transaction is active")
	// ErrTxnDone means a Txn was used after Commit or Abort.
	ErrTxnDone = errors.New("transaction already finished")
	// ErrLocked means another holder has the dataset's write lock; it is wrapped
	// by *LockedError, which names the holder.
	ErrLocked = errors.New("dataset is locked by another writer")
	// ErrReadOnly means a write was attempted on a Dataset opened with ReadOnly.
	ErrReadOnly = errors.New("dataset is read-only")
	// ErrUnknownColumn means a Filter named a column the table does not have.
	ErrUnknownColumn = errors.New("unknown column")
	// ErrBadManifest means a run manifest could not be read or names a file that is
	// neither staged nor in place.
	ErrBadManifest = errors.New("bad manifest")
)

// FileError is an error reading or writing one file of the dataset.
type FileError struct {
	// Path is the file's path.
	Path string
	// Op is the operation, such as "open" or "read".
	Op string
	// Err is the underlying error.
	Err error
}

// Error implements error.
func (e *FileError) Error() string {
	return fmt.Sprintf("%s %s: %v", e.Op, e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// ErrInvalidName means a file name given to WriteObject, OpenObject or PutFile is
// not a clean relative path, or names the dataset's manifests or staging area.
var ErrInvalidName = errors.New("invalid file name")
