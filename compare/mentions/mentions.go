// Package mentions finds time expressions, quantities and names in
// sentences and normalises them: times to TIMEX3 values against the
// publication date, quantities to bounded numbers, names to a canonical
// spelling shared by their variants.
package mentions

import (
	"slices"

	"github.com/claimdiff/claimdiff/compare"
)

// Find returns every mention in the sentences of d, in document order
// (by start, then longer first).
func Find(d *compare.Document, ss []compare.Sentence) []compare.Mention {
	var ms []compare.Mention
	ms = append(ms, findTimes(d, ss)...)
	ms = append(ms, findQuantities(d, ss)...)
	ms = append(ms, findNames(d, ss)...)
	slices.SortStableFunc(ms, func(a, b compare.Mention) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return b.Span.End - a.Span.End
	})
	return ms
}
