// Package version reads the version constraints that software documents
// state ("Node.js 18 or later", ">=3.10", "3.8 to 3.11", "^1.2", "18+")
// and compares them as ranges, so that a floor of 18 and a floor of 16
// differ while "18+" and a pinned 18.19.0 agree.
//
//	c, err := version.ParseConstraint(">=3.9, <4")
//	c.Floor() // 3.9
package version

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Version is a release number of up to four numeric parts; Parts holds
// only the parts written, so "18" and "18.0.0" keep their precision.
type Version struct {
	Parts []int
}

// MaxParts is the most numeric parts a version may have.
const MaxParts = 4

// Parse reads a version such as "1.73", "v18.19.0", "3.9.*" or "3.x":
// a trailing wildcard part is dropped, a pre-release or build suffix
// ("-rc1", "+build") is ignored.
func Parse(s string) (Version, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "v"), "V")
	if i := strings.IndexAny(s, "-+ "); i > 0 {
		s = s[:i]
	}
	if s == "" {
		return Version{}, errors.New("empty version")
	}
	var v Version
	for i, p := range strings.Split(s, ".") {
		if p == "*" || p == "x" || p == "X" {
			if i == 0 {
				return Version{}, fmt.Errorf("version %q: no number", s)
			}
			break
		}
		if len(v.Parts) == MaxParts {
			return Version{}, fmt.Errorf("version %q: more than %d parts", s, MaxParts)
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || len(p) > 9 {
			return Version{}, fmt.Errorf("version %q: %q is not a number", s, p)
		}
		v.Parts = append(v.Parts, n)
	}
	return v, nil
}

// String writes the parts joined by dots.
func (v Version) String() string {
	var b strings.Builder
	for i, p := range v.Parts {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(strconv.Itoa(p))
	}
	return b.String()
}

// IsZero reports whether v holds no parts.
func (v Version) IsZero() bool { return len(v.Parts) == 0 }

// Compare orders a and b, missing parts counting as 0 ("18" equals
// "18.0.0").
func Compare(a, b Version) int {
	n := max(len(a.Parts), len(b.Parts))
	for i := range n {
		x, y := part(a, i), part(b, i)
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// SamePrefix reports whether a and b agree on the parts both write:
// "22" and "22.12" do, "1.65" and "1.73" do not. A document that writes
// fewer parts is less precise, not different.
func SamePrefix(a, b Version) bool {
	n := min(len(a.Parts), len(b.Parts))
	for i := range n {
		if a.Parts[i] != b.Parts[i] {
			return false
		}
	}
	return true
}

func part(v Version, i int) int {
	if i < len(v.Parts) {
		return v.Parts[i]
	}
	return 0
}

// Truncate returns v with at most n parts.
func (v Version) Truncate(n int) Version {
	if len(v.Parts) <= n {
		return v
	}
	return Version{Parts: v.Parts[:n]}
}
