package mentions

// A PreparedName is a name read once for many SameName tests: its key and
// tokens, which SameName would otherwise rebuild for every pair.
type PreparedName struct {
	key    string
	tokens []string
}

// PrepareName reads name for Same.
func PrepareName(name string) PreparedName {
	return PreparedName{key: NameKey(name), tokens: hyphenSplit(nameTokens(name))}
}

// Same reports whether a and b name the same thing, as SameName does for
// the names they were prepared from.
func (a PreparedName) Same(b PreparedName) bool {
	if a.key == b.key {
		return true
	}
	if len(a.tokens) != len(b.tokens) || len(a.tokens) == 0 {
		return false
	}
	for i := range a.tokens {
		if a.tokens[i] != b.tokens[i] && !spellingVariant(a.tokens[i], b.tokens[i]) {
			return false
		}
	}
	return true
}

// withinEdits reports whether the Levenshtein distance of x and y is at
// most k, in O(k·len) time and no allocation for short words. It is the
// cheap test in front of the diff that spellingVariant measures with:
// that diff's distance is never below the true one, so a pair this test
// rejects the diff would reject too.
func withinEdits(x, y string, k int) bool {
	var bx, by [64]rune
	rx, ry := appendRunes(bx[:0], x), appendRunes(by[:0], y)
	if len(rx) < len(ry) {
		rx, ry = ry, rx
	}
	if len(rx)-len(ry) > k {
		return false
	}
	// prev and cur are rows of the edit-distance table, capped at k+1:
	// cells more than k off the diagonal can only exceed k.
	var bp, bc [65]int
	prev, cur := bp[:len(ry)+1], bc[:len(ry)+1]
	if len(ry) >= len(bp) {
		prev, cur = make([]int, len(ry)+1), make([]int, len(ry)+1)
	}
	for j := range prev {
		prev[j] = min(j, k+1)
	}
	for i := 1; i <= len(rx); i++ {
		lo, hi := max(1, i-k), min(len(ry), i+k)
		cur[0] = min(i, k+1)
		if lo > 1 {
			cur[lo-1] = k + 1
		}
		best := cur[0]
		if lo > 1 {
			best = k + 1
		}
		for j := lo; j <= hi; j++ {
			d := prev[j-1]
			if rx[i-1] != ry[j-1] {
				d++
			}
			if j < i+k && prev[j]+1 < d { // prev[j] lies in the band of row i-1
				d = prev[j] + 1
			}
			if cur[j-1]+1 < d {
				d = cur[j-1] + 1
			}
			d = min(d, k+1)
			cur[j] = d
			best = min(best, d)
		}
		if hi < len(ry) {
			cur[hi+1] = k + 1
		}
		if best > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(ry)] <= k
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}
