package report

import (
	"errors"
	"fmt"
	"strings"

	"govwatch/transform"
)

// ErrBadScope means a scope string is not one of the accepted forms.
var ErrBadScope = errors.New("bad scope")

// ErrBadOptions means Options hold a value Build or Render cannot use, such as
// a Period that is not Valid or an unknown language.
var ErrBadOptions = errors.New("bad report options")

// Scope is the part of the country a report covers. The zero Scope covers
// everything; with County set the report covers that county (Province, if also
// set, must match too); with only Province set it covers that province. Names
// are compared after Persian normalisation (transform.NormalizeKey), so Arabic
// ي/ك, ZWNJ and spacing variants match.
type Scope struct {
	Province, County string
}

// ParseScope reads a scope as the command line writes it: "" or "all" for
// everything, "province=فارس" or "county=کوار". Names are normalised with
// transform.Normalize (Arabic ي/ك become Persian ی/ک). Errors wrap ErrBadScope.
func ParseScope(s string) (Scope, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "all") {
		return Scope{}, nil
	}
	key, val, ok := strings.Cut(s, "=")
	if !ok {
		return Scope{}, fmt.Errorf("parse scope %q: %w: want all, province=NAME or county=NAME", s, ErrBadScope)
	}
	val = transform.Normalize(val)
	if val == "" {
		return Scope{}, fmt.Errorf("parse scope %q: %w: empty name", s, ErrBadScope)
	}
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "province":
		return Scope{Province: val}, nil
	case "county":
		return Scope{County: val}, nil
	}
	return Scope{}, fmt.Errorf("parse scope %q: %w: unknown kind %q, want province or county", s, ErrBadScope, key)
}

// IsAll reports whether s covers everything.
func (s Scope) IsAll() bool { return s.Province == "" && s.County == "" }

// String formats s in the form ParseScope reads: "all", "province=…" or
// "county=…".
func (s Scope) String() string {
	switch {
	case s.County != "":
		return "county=" + s.County
	case s.Province != "":
		return "province=" + s.Province
	}
	return "all"
}

// matcher compares article places with a Scope after normalisation.
type matcher struct {
	province, county string
}

func newMatcher(s Scope) matcher {
	var m matcher
	if s.Province != "" {
		m.province = transform.NormalizeKey(s.Province)
	}
	if s.County != "" {
		m.county = transform.NormalizeKey(s.County)
	}
	return m
}

// match reports whether an article of province and county is in scope. The
// keys of recent places are cached by the caller's reuse of the same strings.
func (m matcher) match(province, county string) bool {
	if m.province != "" && transform.NormalizeKey(province) != m.province {
		return false
	}
	if m.county != "" && transform.NormalizeKey(county) != m.county {
		return false
	}
	return true
}
