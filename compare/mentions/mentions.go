// Package mentions finds time expressions, quantities and names in
// sentences and normalises them: times to TIMEX3 values against the
// publication date (package times), quantities to bounded numbers, names
// to a canonical spelling shared by their variants.
package mentions

import (
	"slices"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/times"
)

// Find returns every mention in the sentences of d, in document order
// (by start, then longer first). A time expression wins over a quantity or
// name that overlaps it: "two years ago" is a time, not a count of two,
// and "Thursday" is no part of a place name.
func Find(d *compare.Document, ss []compare.Sentence) []compare.Mention {
	ts := times.Find(d, ss)
	toks := tokenizeInto(tokensPool.Get().(*sentenceTokens), d, ss)
	defer toks.release()
	qs, ns := quantitiesIn(toks), namesIn(d, toks)
	if ts == nil && len(qs)+len(ns) == 0 {
		return nil
	}
	ms := make([]compare.Mention, len(ts), len(ts)+len(qs)+len(ns))
	copy(ms, ts)
	for _, others := range [2][]compare.Mention{qs, ns} {
		for _, m := range others {
			if !overlapsAny(ts, m.Span) {
				ms = append(ms, m)
			}
		}
	}
	slices.SortStableFunc(ms, func(a, b compare.Mention) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return b.Span.End - a.Span.End
	})
	return ms
}

// overlapsAny reports whether s overlaps one of ms, which are sorted by
// start and do not overlap each other.
func overlapsAny(ms []compare.Mention, s compare.Span) bool {
	i, _ := slices.BinarySearchFunc(ms, s.End, func(m compare.Mention, end int) int {
		if m.Span.Start < end {
			return -1
		}
		return 1
	})
	// ms[i-1] is the last mention starting before s ends.
	return i > 0 && ms[i-1].Span.End > s.Start
}
