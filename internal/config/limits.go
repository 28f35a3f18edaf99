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

// MaxExpandedNodes bounds the YAML nodes of a config file once every alias is
// expanded. goccy/go-yaml has no limit of its own and expands aliases while
// decoding, so a few hundred bytes of nested aliases (a "billion laughs") would
// take gigabytes; the file is refused with ErrAliasExpansion before it is decoded.
// A config of a thousand sources has about 20,000 nodes.
const MaxExpandedNodes = 100_000

// Errors of a config file that is too big to read or decode.
var (
	// ErrTooLarge means the file is larger than MaxFileBytes.
	ErrTooLarge = errors.New("config file too large")
	// ErrAliasExpansion means the file's aliases expand to more than
	// MaxExpandedNodes nodes.
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

// checkExpansion counts the nodes of f with every alias expanded, and refuses the
// file when they pass MaxExpandedNodes, at the line of the alias that passes it.
func checkExpansion(file string, f *ast.File) error {
	e := expansion{anchors: map[string]int{}, limit: MaxExpandedNodes}
	total := 0
	for _, d := range f.Docs {
		total += e.size(d)
		if e.err == nil && total > e.limit {
			e.err = e.errorAt(d)
		}
		if e.err != nil {
			return &Error{File: file, Line: e.line, Err: e.err}
		}
	}
	return nil
}

// expansion walks a YAML tree in document order, so that an alias finds the size of
// the anchor defined last before it.
type expansion struct {
	anchors map[string]int // expanded size of each anchor's value
	limit   int
	err     error
	line    int
}

// size returns the number of nodes under n with aliases expanded, saturating at
// limit+1 (and setting err) so that it never overflows.
func (e *expansion) size(n ast.Node) int {
	if n == nil || e.err != nil {
		return 0
	}
	s := 1
	add := func(k int) {
		s += k
		if s > e.limit && e.err == nil {
			e.err = e.errorAt(n)
		}
	}
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
			add(e.anchors[n.Value.GetToken().Value])
		}
	}
	if e.err != nil {
		return e.limit + 1
	}
	return s
}

func (e *expansion) errorAt(n ast.Node) error {
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		e.line = tk.Position.Line
	}
	return fmt.Errorf("%w: more than %d nodes once aliases are expanded (an alias bomb?)", ErrAliasExpansion, e.limit)
}
