package align

import "github.com/claimdiff/claimdiff/compare"

// SimilarPairs returns, for the block of claims of cs with the given key,
// the pairs (indexes into cs) that are candidates and similar.
func SimilarPairs(cs []compare.Claim, key string) [][2]int {
	var idx []int
	for i, c := range cs {
		if c.Key == key {
			idx = append(idx, i)
		}
	}
	pairs, _ := scoredPairs(cs, idx, prepare(cs, idx), nil)
	out := make([][2]int, len(pairs))
	for i, p := range pairs {
		out[i] = [2]int{idx[p.a], idx[p.b]}
	}
	return out
}
