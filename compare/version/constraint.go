package version

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Constraint is a range of versions: a floor, a ceiling, or both; a
// pinned version has both at that version (Pin set).
type Constraint struct {
	Min, Max         Version // zero when open
	MinOpen, MaxOpen bool    // ">" and "<" rather than ">=" and "<="
	Pin              bool    // one version, as in a .nvmrc or "==3.9"
}

// Floor returns the least version the constraint allows, if it has one.
func (c Constraint) Floor() (Version, bool) { return c.Min, !c.Min.IsZero() }

// Ceiling returns the greatest version the constraint names, if any.
func (c Constraint) Ceiling() (Version, bool) { return c.Max, !c.Max.IsZero() }

// String writes c in the form of a Python specifier: ">=3.9", ">=3.8,<=3.11",
// "==22.12.0".
func (c Constraint) String() string {
	if c.Pin {
		return "==" + c.Min.String()
	}
	var parts []string
	if !c.Min.IsZero() {
		op := ">="
		if c.MinOpen {
			op = ">"
		}
		parts = append(parts, op+c.Min.String())
	}
	if !c.Max.IsZero() {
		op := "<="
		if c.MaxOpen {
			op = "<"
		}
		parts = append(parts, op+c.Max.String())
	}
	if len(parts) == 0 {
		return "*"
	}
	return strings.Join(parts, ",")
}

// Allows reports whether v lies in c.
func (c Constraint) Allows(v Version) bool {
	if c.Pin {
		return SamePrefix(c.Min, v)
	}
	if !c.Min.IsZero() {
		k := Compare(v, c.Min)
		if k < 0 && !SamePrefix(v, c.Min) || c.MinOpen && k == 0 {
			return false
		}
	}
	if !c.Max.IsZero() {
		k := Compare(v, c.Max)
		if k > 0 && !SamePrefix(v, c.Max) || c.MaxOpen && k >= 0 {
			return false
		}
	}
	return true
}

var (
	rangeWords = regexp.MustCompile(`(?i)^v?([0-9][0-9.x*]*)\s*(?:to|through|thru|-|–|\.\.)\s*v?([0-9][0-9.x*]*)$`)
	plusSuffix = regexp.MustCompile(`(?i)^v?([0-9][0-9.x*]*)\s*(?:\+|or (?:later|newer|higher|above|greater)|and (?:up|above|later|newer|higher)|or more)$`)
	opTerm     = regexp.MustCompile(`^(>=|<=|==|===|~=|!=|>|<|=|\^|~)?\s*v?([0-9][0-9.x*]*)`)
)

// ErrNoConstraint is returned for text that holds no version.
var ErrNoConstraint = errors.New("no version")

// MaxLen is the longest constraint text read: a constraint is a short
// phrase, and a bound keeps the cost linear on any input.
const MaxLen = 200

// ParseConstraint reads a constraint as written in manifests and prose:
// ">=3.10", ">=3.8,<4", "^18.2", "~1.2.3", "~=3.9", "18+", "18 or later",
// "3.8 to 3.11", "1.70", "==3.9.*", ">=16 <21", "18.x || 20.x". A bare
// version is a pin. Of alternatives ("||"), the widest range is kept.
func ParseConstraint(s string) (Constraint, error) {
	s = strings.TrimSpace(s)
	if len(s) > MaxLen {
		return Constraint{}, fmt.Errorf("constraint longer than %d bytes", MaxLen)
	}
	if s == "" || s == "*" {
		return Constraint{}, ErrNoConstraint
	}
	if alts := strings.Split(s, "||"); len(alts) > 1 {
		var out Constraint
		for i, a := range alts {
			c, err := ParseConstraint(a)
			if err != nil {
				return Constraint{}, err
			}
			if i == 0 {
				out = c
				continue
			}
			out = widen(out, c)
		}
		return out, nil
	}
	if m := rangeWords.FindStringSubmatch(s); m != nil {
		lo, err1 := Parse(m[1])
		hi, err2 := Parse(m[2])
		if err := errors.Join(err1, err2); err != nil {
			return Constraint{}, err
		}
		return Constraint{Min: lo, Max: hi}, nil
	}
	if m := plusSuffix.FindStringSubmatch(s); m != nil {
		v, err := Parse(m[1])
		if err != nil {
			return Constraint{}, err
		}
		return Constraint{Min: v}, nil
	}
	var c Constraint
	terms, bare := 0, 0
	rest := s
	for rest != "" {
		rest = strings.TrimLeft(rest, " ,\t")
		if rest == "" {
			break
		}
		m := opTerm.FindStringSubmatch(rest)
		if m == nil {
			return Constraint{}, fmt.Errorf("constraint %q: cannot read %q", s, rest)
		}
		rest = rest[len(m[0]):]
		v, err := Parse(m[2])
		if err != nil {
			return Constraint{}, err
		}
		terms++
		switch m[1] {
		case ">=":
			c.Min, c.MinOpen = v, false
		case ">":
			c.Min, c.MinOpen = v, true
		case "<=":
			c.Max, c.MaxOpen = v, false
		case "<":
			c.Max, c.MaxOpen = v, true
		case "!=":
			terms-- // an exclusion leaves the range as it is
		case "^", "~", "~=":
			// Compatible releases: the floor is what matters for a
			// requirement; the ceiling is implied, not stated.
			c.Min, c.MinOpen = v, false
		default: // "", "=", "==", "==="
			c.Min, c.MinOpen = v, false
			c.Pin = true
			if m[1] == "" {
				bare++
			}
		}
	}
	if terms == 0 {
		return Constraint{}, ErrNoConstraint
	}
	if bare > 1 {
		return Constraint{}, fmt.Errorf("constraint %q: a list of versions, not a range", s)
	}
	if c.Pin && (terms > 1) {
		c.Pin = false
	}
	return c, nil
}

// widen returns the smallest range holding both a and b.
func widen(a, b Constraint) Constraint {
	out := Constraint{}
	if !a.Min.IsZero() && !b.Min.IsZero() {
		out.Min = a.Min
		if Compare(b.Min, a.Min) < 0 {
			out.Min = b.Min
		}
	}
	if !a.Max.IsZero() && !b.Max.IsZero() {
		out.Max = a.Max
		if Compare(b.Max, a.Max) > 0 {
			out.Max = b.Max
		}
	}
	return out
}
