package judge

import (
	"slices"

	"github.com/claimdiff/claimdiff/compare"
)

// firstConflict returns the first pair i < j (in the order of cs) of
// claims from different documents whose values differ, and why.
//
// Comparing every pair grows with the square of the claims, and one
// alignment may hold thousands (a document repeating a figure). Whether
// two claims differ depends only on their values, so claims are taken
// by value class: differ runs once per pair of classes, and a claim
// needs a look only if it is the first of its class in its document,
// since a later one finds nothing an earlier one did not. The cost grows
// with the classes and documents of the alignment (an alignment holds
// one value per document), times log n.
func firstConflict(cs []compare.Claim) (int, int, string, bool) {
	type class struct {
		kind     compare.Kind
		key      string
		value    string
		polarity compare.Polarity
	}
	classOf := make([]int, len(cs))
	ids := map[class]int{}
	var members [][]int // by class: positions in cs, ascending
	for i, c := range cs {
		k := class{c.Kind, c.Key, c.Value, c.Polarity}
		id, ok := ids[k]
		if !ok {
			id = len(members)
			ids[k] = id
			members = append(members, nil)
		}
		classOf[i] = id
		members[id] = append(members[id], i)
	}
	// skip[id][p] is the first index q >= p of members[id] whose claim is
	// of another document than the claim at p.
	skip := make([][]int, len(members))
	for id, ms := range members {
		sk := make([]int, len(ms))
		next := len(ms)
		for p := len(ms) - 1; p >= 0; p-- {
			if p+1 < len(ms) && cs[ms[p+1]].Doc != cs[ms[p]].Doc {
				next = p + 1
			}
			sk[p] = next
		}
		skip[id] = sk
	}
	type verdict struct {
		why string
		ok  bool
	}
	memo := map[[2]int]verdict{}
	differs := func(x, y int) verdict {
		k := [2]int{x, y}
		v, ok := memo[k]
		if !ok {
			v.why, v.ok = differ(cs[members[x][0]], cs[members[y][0]])
			memo[k] = v
		}
		return v
	}
	type seenKey struct {
		class int
		doc   string
	}
	seen := map[seenKey]bool{}
	for i, ci := range cs {
		sk := seenKey{classOf[i], ci.Doc}
		if seen[sk] {
			continue
		}
		seen[sk] = true
		best, bestWhy := -1, ""
		for id := range members {
			v := differs(classOf[i], id)
			if !v.ok {
				continue
			}
			ms := members[id]
			p, _ := slices.BinarySearch(ms, i+1)
			if p < len(ms) && cs[ms[p]].Doc == ci.Doc {
				p = skip[id][p]
			}
			if p < len(ms) && (best < 0 || ms[p] < best) {
				best, bestWhy = ms[p], v.why
			}
		}
		if best >= 0 {
			return i, best, bestWhy, true
		}
	}
	return 0, 0, "", false
}
