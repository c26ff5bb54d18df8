package eval

// ratio returns what Python's difflib.SequenceMatcher(None, a, b).ratio()
// returns for the code points of a and b: twice the number of code points
// in matching blocks over the total. corpus.py decides whether a name is
// spelled closely enough with it, so the figures only agree if the blocks
// are found exactly as difflib finds them: longest match first with the
// same tie-breaking, recursion on both sides, and the autojunk heuristic
// that drops elements of b more frequent than 1% + 1 once b has 200 or
// more elements.
func ratio(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	n := len(ra) + len(rb)
	if n == 0 {
		return 1.0
	}
	return 2.0 * float64(newMatcher(ra, rb).matches()) / float64(n)
}

type matcher struct {
	a, b []rune
	b2j  map[rune][]int // positions of each element of b, ascending
	// j2len and next hold, for the row of a being scanned, the length of
	// the match ending at each position of b; touched lists the entries
	// set, so that a row is cleared in time proportional to its matches.
	j2len, next       []int
	touched, touched2 []int
}

func newMatcher(a, b []rune) *matcher {
	m := &matcher{a: a, b: b, b2j: map[rune][]int{}}
	for j, r := range b {
		m.b2j[r] = append(m.b2j[r], j)
	}
	if n := len(b); n >= 200 {
		limit := n/100 + 1
		for r, js := range m.b2j {
			if len(js) > limit {
				delete(m.b2j, r)
			}
		}
	}
	m.j2len = make([]int, len(b)+1)
	m.next = make([]int, len(b)+1)
	return m
}

// matches returns the total size of the matching blocks, found as
// get_matching_blocks finds them: a stack of ranges, each split around
// its longest match.
func (m *matcher) matches() int {
	type rng struct{ alo, ahi, blo, bhi int }
	stack := []rng{{0, len(m.a), 0, len(m.b)}}
	total := 0
	for len(stack) > 0 {
		r := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		i, j, k := m.longest(r.alo, r.ahi, r.blo, r.bhi)
		if k == 0 {
			continue
		}
		total += k
		if r.alo < i && r.blo < j {
			stack = append(stack, rng{r.alo, i, r.blo, j})
		}
		if i+k < r.ahi && j+k < r.bhi {
			stack = append(stack, rng{i + k, r.ahi, j + k, r.bhi})
		}
	}
	return total
}

// longest is find_longest_match with no junk function: the first longest
// block (smallest i, then smallest j) among elements b2j still holds,
// then widened on both sides by equal elements, popular ones included,
// as difflib widens by non-junk elements.
func (m *matcher) longest(alo, ahi, blo, bhi int) (besti, bestj, bestsize int) {
	a, b := m.a, m.b
	besti, bestj = alo, blo
	// j2len is indexed by j+1 so that j-1 = -1 needs no test.
	for _, j := range m.touched {
		m.j2len[j] = 0
	}
	m.touched = m.touched[:0]
	for i := alo; i < ahi; i++ {
		m.touched2 = m.touched2[:0]
		for _, j := range m.b2j[a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := m.j2len[j] + 1 // the match ending at j-1 on the previous row
			m.next[j+1] = k
			m.touched2 = append(m.touched2, j+1)
			if k > bestsize {
				besti, bestj, bestsize = i-k+1, j-k+1, k
			}
		}
		// The new row replaces the old one.
		for _, j := range m.touched {
			m.j2len[j] = 0
		}
		for _, j := range m.touched2 {
			m.j2len[j] = m.next[j]
			m.next[j] = 0
		}
		m.touched, m.touched2 = m.touched2, m.touched
	}
	for besti > alo && bestj > blo && a[besti-1] == b[bestj-1] {
		besti, bestj, bestsize = besti-1, bestj-1, bestsize+1
	}
	for besti+bestsize < ahi && bestj+bestsize < bhi && a[besti+bestsize] == b[bestj+bestsize] {
		bestsize++
	}
	return besti, bestj, bestsize
}
