package config

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/goccy/go-yaml/ast"
)

// MaxFileBytes bounds the size of a config file: a larger file (or an endless one
// such as /dev/zero) is refused with ErrTooLarge before it is parsed. A config of a
// thousand sources is about 200 KB.
const MaxFileBytes = 1 << 20

// MaxAliasNodes bounds the YAML nodes that aliases add to a config file once
// expanded (each use of an alias adds the nodes of its anchor). goccy/go-yaml has no
// limit of its own and expands aliases while decoding, so a few hundred bytes of
// nested aliases (a "billion laughs") would take gigabytes; the file is refused with
// ErrAliasExpansion before it is decoded. Decoding costs about 1.4 KB a node, so
// aliases add at most about 30 MB to what the file's own nodes cost (a 1 MiB file
// of 5,000 sources without aliases: about 140 MB).
const MaxAliasNodes = 20_000

// Errors of a config file that is too big to read or decode.
var (
	// ErrTooLarge means the file is larger than MaxFileBytes.
	ErrTooLarge = errors.New("config file too large")
	// ErrAliasExpansion means the file's aliases add more than
	// MaxAliasNodes nodes once expanded.
	ErrAliasExpansion = errors.New("yaml aliases expand too far")
)

// readFile reads at most MaxFileBytes of the file at path, through a LimitReader so
// that an endless file costs no more than that.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read config %s: %w", path, err)
	}
	if len(data) > MaxFileBytes {
		return nil, tooLarge(path)
	}
	return data, nil
}

func tooLarge(file string) error {
	return &Error{File: file, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxFileBytes)}
}

// checkExpansion counts the nodes that f's aliases add once expanded, and refuses
// the file when they pass MaxAliasNodes, at the line of the alias that passes it.
func checkExpansion(file string, f *ast.File) error {
	e := expansion{anchors: map[string]int{}}
	for _, d := range f.Docs {
		e.size(d)
		if e.err != nil {
			return &Error{File: file, Line: e.line, Err: e.err}
		}
	}
	return nil
}

// expansion walks a YAML tree in document order, so that an alias finds the size of
// the anchor defined last before it.
type expansion struct {
	anchors map[string]int // expanded size of each anchor's value, at most MaxAliasNodes+1
	added   int            // nodes added by aliases so far
	err     error
	line    int
}

// size returns the number of nodes under n with aliases expanded, saturating at
// MaxAliasNodes+1 so that it never overflows; it stops at the first error.
func (e *expansion) size(n ast.Node) int {
	if n == nil || e.err != nil {
		return 0
	}
	s := 1
	add := func(k int) { s = min(s+k, MaxAliasNodes+1) }
	switch n := n.(type) {
	case *ast.DocumentNode:
		add(e.size(n.Body))
	case *ast.MappingNode:
		for _, v := range n.Values {
			add(e.size(v))
		}
	case *ast.MappingValueNode:
		add(e.size(n.Key))
		add(e.size(n.Value))
	case *ast.MappingKeyNode:
		add(e.size(n.Value))
	case *ast.SequenceNode:
		for _, v := range n.Values {
			add(e.size(v))
		}
	case *ast.TagNode:
		add(e.size(n.Value))
	case *ast.AnchorNode:
		v := e.size(n.Value)
		add(v)
		if n.Name != nil && n.Name.GetToken() != nil {
			e.anchors[n.Name.GetToken().Value] = v
		}
	case *ast.AliasNode:
		if n.Value != nil && n.Value.GetToken() != nil {
			k := e.anchors[n.Value.GetToken().Value]
			add(k)
			e.added += k
			if e.added > MaxAliasNodes {
				e.err = fmt.Errorf("%w: aliases add more than %d nodes once expanded (an alias bomb?)", ErrAliasExpansion, MaxAliasNodes)
				if tk := n.GetToken(); tk != nil && tk.Position != nil {
					e.line = tk.Position.Line
				}
			}
		}
	}
	return s
}
