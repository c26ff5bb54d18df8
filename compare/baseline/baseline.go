// Package baseline records the conflicts a set of documents is known to
// have, so that a CI run fails only on new ones.
//
// A conflict is identified by its alignment key and, for each claim, the
// document's path and the claim's normalised value: never by line or
// offset, so that an edit elsewhere in a document keeps the match, while
// a changed value, a conflict between other documents or a new claim
// joining it makes a new conflict.
//
// The file is JSON:
//
//	{
//	  "schema": "claimdiff/baseline/v1",
//	  "conflicts": [
//	    {
//	      "key": "quantity/death/count",
//	      "question": "How many people died?",
//	      "claims": [
//	        {"path": "articles/a.txt", "value": "316000"},
//	        {"path": "articles/b.txt", "value": "230000"}
//	      ]
//	    }
//	  ]
//	}
//
// question is there for people reading the file; matching ignores it.
// Conflicts and claims are sorted, so the same report writes the same bytes.
package baseline

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/bounded"
)

// Schema names the format of a baseline file; a file with another is refused.
const Schema = "claimdiff/baseline/v1"

// MaxBytes bounds the file Read reads (a device such as /dev/zero never
// ends): a baseline of a hundred thousand conflicts takes about 20 MiB.
const MaxBytes = 64 << 20

// Known is the qualifier Mark adds to a conflict found in the baseline.
const Known = "known (in baseline)"

// Baseline is the set of known conflicts.
type Baseline struct {
	Schema    string     `json:"schema"`
	Conflicts []Conflict `json:"conflicts"`
}

// Conflict is one known conflict.
type Conflict struct {
	Key      string  `json:"key"`
	Question string  `json:"question,omitempty"`
	Claims   []Claim `json:"claims"`
}

// Claim is one side of a known conflict.
type Claim struct {
	Path  string `json:"path"`
	Value string `json:"value"`
}

// FromReport returns the conflicts of r.
func FromReport(r *compare.Report) *Baseline {
	b := &Baseline{Schema: Schema, Conflicts: []Conflict{}}
	for _, a := range r.Alignments {
		if a.Verdict.Outcome == compare.Conflict || a.Verdict.Outcome == compare.Update {
			b.Conflicts = append(b.Conflicts, conflictOf(r, a))
		}
	}
	slices.SortFunc(b.Conflicts, func(x, y Conflict) int {
		return cmp.Or(strings.Compare(x.Key, y.Key), strings.Compare(identity(x), identity(y)))
	})
	b.Conflicts = slices.CompactFunc(b.Conflicts, func(x, y Conflict) bool { return identity(x) == identity(y) })
	return b
}

// Mark adds the qualifier Known to every conflict of r found in b and
// returns how many it marked.
func (b *Baseline) Mark(r *compare.Report) int {
	known := map[string]bool{}
	for _, c := range b.Conflicts {
		known[identity(normal(c))] = true
	}
	n := 0
	for i, a := range r.Alignments {
		if (a.Verdict.Outcome != compare.Conflict && a.Verdict.Outcome != compare.Update) || !known[identity(conflictOf(r, a))] {
			continue
		}
		if !slices.Contains(a.Verdict.Qualifiers, Known) {
			r.Alignments[i].Verdict.Qualifiers = append(slices.Clone(a.Verdict.Qualifiers), Known)
		}
		n++
	}
	return n
}

// IsKnown reports whether Mark marked a.
func IsKnown(a compare.Alignment) bool { return slices.Contains(a.Verdict.Qualifiers, Known) }

// Write writes b as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return fmt.Errorf("encode baseline: %w", err)
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// Read reads a baseline written by Write; name is the file's name, for
// errors.
func Read(name string, r io.Reader) (*Baseline, error) {
	data, err := bounded.Read(r, MaxBytes)
	if errors.Is(err, bounded.ErrTooLarge) {
		return nil, &compare.InputError{Path: name, Err: fmt.Errorf("baseline: larger than %s", bounded.Size(MaxBytes))}
	}
	if err != nil {
		return nil, fmt.Errorf("read baseline %s: %w", name, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line := bytes.Count(data[:se.Offset], []byte("\n")) + 1
			return nil, &compare.InputError{Path: name, Line: line, Err: fmt.Errorf("baseline: %w", err)}
		}
		return nil, &compare.InputError{Path: name, Err: fmt.Errorf("baseline: %w", err)}
	}
	if b.Schema != Schema {
		return nil, &compare.InputError{Path: name,
			Err: fmt.Errorf("baseline: schema %q, want %q (write it again with 'claimdiff baseline write')", b.Schema, Schema)}
	}
	for i, c := range b.Conflicts {
		if c.Key == "" || len(c.Claims) < 2 {
			return nil, &compare.InputError{Path: name,
				Err: fmt.Errorf("baseline: conflict %d: want a key and at least two claims", i+1)}
		}
	}
	return &b, nil
}

func conflictOf(r *compare.Report, a compare.Alignment) Conflict {
	c := Conflict{Key: a.Key, Question: a.Question}
	for _, cl := range a.Claims {
		p := cl.Doc
		if d := r.Doc(cl.Doc); d != nil {
			p = d.Path
		}
		c.Claims = append(c.Claims, Claim{Path: p, Value: cl.Value})
	}
	return normal(c)
}

// normal cleans paths (./a.txt is a.txt; slashes on every system) and
// sorts and deduplicates the claims: a conflict is a set of claims.
func normal(c Conflict) Conflict {
	cs := make([]Claim, len(c.Claims))
	for i, cl := range c.Claims {
		p := cl.Path
		if p != "-" {
			p = filepath.ToSlash(filepath.Clean(p))
		}
		cs[i] = Claim{Path: p, Value: cl.Value}
	}
	slices.SortFunc(cs, func(x, y Claim) int {
		return cmp.Or(strings.Compare(x.Path, y.Path), strings.Compare(x.Value, y.Value))
	})
	c.Claims = slices.Compact(cs)
	return c
}

// identity is what two conflicts must share to be the same; the question
// is left out, since rewording it changes no fact.
func identity(c Conflict) string {
	var sb strings.Builder
	sb.WriteString(c.Key)
	for _, cl := range c.Claims {
		// NUL cannot occur in a path or a value read from UTF-8 text
		// that ingest accepted, so the parts cannot run together.
		sb.WriteString("\x00" + cl.Path + "\x00" + cl.Value)
	}
	return sb.String()
}
