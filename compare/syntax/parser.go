package syntax

import "slices"

// The parser is a greedy arc-hybrid transition parser (Kuhlmann, Gómez-
// Rodríguez and Satta 2011) scored by an averaged perceptron over rich
// non-local features (after Zhang and Nivre 2011) and trained with a
// dynamic oracle (Goldberg and Nivre 2013). Greedy decoding is linear in
// the sentence: each word is shifted once and reduced once.
//
// The root is a node after the last word (Ballesteros and Nivre 2013), and
// it may take a dependent only when that word is the last one left on the
// stack, so every tree has exactly one root.

// Transition classes: 0 shifts, 1+l attaches s0 to b0 with label l (left),
// 1+L+l attaches s0 to s1 with label l (right), L being the label count.
const shift = 0

type parseState struct {
	n      int // words; the root is node n
	stack  []int
	b      int // first node of the buffer
	heads  []int
	labels []int
	// The two leftmost and two rightmost dependents of each node, -1 if
	// none, their counts and the sets of their labels.
	l1, l2, r1, r2 []int
	nl, nr         []int
	lset, rset     []uint64
	// punct[i] counts the punctuation words before word i, so that the
	// punctuation between two words is one subtraction.
	punct []int
}

func newParseState(n int) *parseState {
	s := &parseState{}
	s.reset(n)
	return s
}

func (s *parseState) reset(n int) {
	s.n, s.b = n, 0
	s.stack = s.stack[:0]
	for _, p := range []*[]int{&s.heads, &s.labels, &s.l1, &s.l2, &s.r1, &s.r2} {
		*p = filled(*p, n+1, -1)
	}
	for _, p := range []*[]int{&s.nl, &s.nr, &s.punct} {
		*p = filled(*p, n+1, 0)
	}
	for _, p := range []*[]uint64{&s.lset, &s.rset} {
		*p = filled(*p, n+1, 0)
	}
}

// filled returns s grown to n elements, each set to v.
func filled[T any](s []T, n int, v T) []T {
	s = grow(s, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func (s *parseState) done() bool { return s.b == s.n && len(s.stack) == 0 }

func (s *parseState) stackAt(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

// valid reports which kinds of transition are allowed: shift, left, right.
func (s *parseState) valid() (sh, left, right bool) {
	sh = s.b < s.n
	left = len(s.stack) >= 1 && (s.b < s.n || len(s.stack) == 1)
	right = len(s.stack) >= 2
	return
}

// apply performs transition class c (see shift) given L labels.
func (s *parseState) apply(c, nlabels int) {
	switch {
	case c == shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case c <= nlabels:
		s.attach(s.b, s.pop(), c-1)
	default:
		d := s.pop()
		s.attach(s.stackAt(0), d, c-1-nlabels)
	}
}

func (s *parseState) pop() int {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	return d
}

func (s *parseState) attach(h, d, label int) {
	s.heads[d], s.labels[d] = h, label
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		if s.l1[h] == -1 || d < s.l1[h] {
			s.l2[h], s.l1[h] = s.l1[h], d
		} else if s.l2[h] == -1 || d < s.l2[h] {
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		if s.r1[h] == -1 || d > s.r1[h] {
			s.r2[h], s.r1[h] = s.r1[h], d
		} else if s.r2[h] == -1 || d > s.r2[h] {
			s.r2[h] = d
		}
	}
}

// Parser feature templates.
const (
	fS0w = iota + 100
	fS0p
	fS0wp
	fS1w
	fS1p
	fS1wp
	fB0w
	fB0p
	fB0wp
	fB1w
	fB1p
	fB1wp
	fB2w
	fB2p
	fS2p
	fS0wpB0wp
	fS0wpB0w
	fS0wB0wp
	fS0wpB0p
	fS0pB0wp
	fS0wB0w
	fS0pB0p
	fB0pB1p
	fS1wpS0wp
	fS1wS0w
	fS1pS0p
	fS1wpS0p
	fS1pS0wp
	fB0pB1pB2p
	fS0pB0pB1p
	fS1pS0pB0p
	fS2pS1pS0p
	fS0pS0l1pB0p
	fS0pS0r1pB0p
	fS0pB0pB0l1p
	fS1pS0pS0r1p
	fS1pS0pS0l1p
	fS1pS1r1pS0p
	fS0wD
	fS0pD
	fB0wD
	fB0pD
	fS0wB0wD
	fS0pB0pD
	fS1pS0pD2
	fS1wD2
	fS0wD2
	fS1wS0wD2
	fS0wNl
	fS0pNl
	fS0wNr
	fS0pNr
	fB0wNl
	fB0pNl
	fS1pNr
	fS1wNr
	fS0l1w
	fS0l1p
	fS0l1l
	fS0r1w
	fS0r1p
	fS0r1l
	fB0l1w
	fB0l1p
	fB0l1l
	fS0l2p
	fS0l2l
	fS0r2p
	fS0r2l
	fB0l2p
	fB0l2l
	fS1r1p
	fS1r1l
	fS1l1p
	fS0pL1lL2l
	fS0pR1lR2l
	fB0pL1lL2l
	fS0wLset
	fS0pLset
	fS0wRset
	fS0pRset
	fB0wLset
	fB0pLset
	fS0c
	fB0c
	fS1c
	fB1c
	fS0cB0c
	fS0cB0p
	fS0pB0c
	fS1cS0c
	fS1cS0p
	fS0pS1c
	fS0c3
	fB0c3
	fS0pB0pB0l1l
	fS1pS0pS0l1l
	fS0wS0r1l
	fB1wB0p
	fPunctS0pB0p
	fPunctS1pS0p
	fPunctB0w
)

var (
	hNone   = hashString("<none>")
	hRoot   = hashString("<root>")
	noneTag = uint64(1000)
	rootTag = uint64(1001)
)

// parseFeatures appends the features of state s for a sentence of words ws
// with UPOS tags.
func parseFeatures(feats []uint64, s *parseState, ws []wordInfo, tags []int) []uint64 {
	n := s.n
	w := func(i int) uint64 {
		switch {
		case i < 0:
			return hNone
		case i == n:
			return hRoot
		}
		return ws[i].lower
	}
	p := func(i int) uint64 {
		switch {
		case i < 0:
			return noneTag
		case i == n:
			return rootTag
		}
		return uint64(tags[i])
	}
	c := func(i, k int) uint64 {
		switch {
		case i < 0:
			return hNone
		case i == n:
			return hRoot
		}
		return ws[i].cl[k]
	}
	lab := func(i int) uint64 {
		if i < 0 {
			return 255
		}
		return uint64(s.labels[i] + 1)
	}
	kid := func(i int, arr []int) int {
		if i < 0 {
			return -1
		}
		return arr[i]
	}
	s0, s1, s2 := s.stackAt(0), s.stackAt(1), s.stackAt(2)
	b0 := s.b
	b1, b2 := b0+1, b0+2
	if b1 > n {
		b1 = -1
	}
	if b2 > n {
		b2 = -1
	}
	s0l1, s0l2, s0r1, s0r2 := kid(s0, s.l1), kid(s0, s.l2), kid(s0, s.r1), kid(s0, s.r2)
	b0l1, b0l2 := kid(b0, s.l1), kid(b0, s.l2)
	s1r1, s1l1 := kid(s1, s.r1), kid(s1, s.l1)
	d, d2 := uint64(0), uint64(0)
	if s0 >= 0 {
		d = dist(b0 - s0)
	}
	if s1 >= 0 {
		d2 = dist(s0 - s1)
	}
	count := func(i int, arr []int) uint64 {
		if i < 0 {
			return 99
		}
		return uint64(min(arr[i], 5))
	}
	set := func(i int, arr []uint64) uint64 {
		if i < 0 {
			return 1<<63 + 1
		}
		return arr[i]
	}
	s0w, s0p, s1w, s1p, b0w, b0p := w(s0), p(s0), w(s1), p(s1), w(b0), p(b0)
	return append(feats,
		mix(fS0w, s0w, 0, 0),
		mix(fS0p, s0p, 0, 0),
		mix(fS0wp, s0w, s0p, 0),
		mix(fS1w, s1w, 0, 0),
		mix(fS1p, s1p, 0, 0),
		mix(fS1wp, s1w, s1p, 0),
		mix(fB0w, b0w, 0, 0),
		mix(fB0p, b0p, 0, 0),
		mix(fB0wp, b0w, b0p, 0),
		mix(fB1w, w(b1), 0, 0),
		mix(fB1p, p(b1), 0, 0),
		mix(fB1wp, w(b1), p(b1), 0),
		mix(fB2w, w(b2), 0, 0),
		mix(fB2p, p(b2), 0, 0),
		mix(fS2p, p(s2), 0, 0),
		mix(fS0wpB0wp, s0w, s0p, b0w^b0p<<40),
		mix(fS0wpB0w, s0w, s0p, b0w),
		mix(fS0wB0wp, s0w, b0w, b0p),
		mix(fS0wpB0p, s0w, s0p, b0p),
		mix(fS0pB0wp, s0p, b0w, b0p),
		mix(fS0wB0w, s0w, b0w, 0),
		mix(fS0pB0p, s0p, b0p, 0),
		mix(fB0pB1p, b0p, p(b1), 0),
		mix(fS1wpS0wp, s1w, s1p, s0w^s0p<<40),
		mix(fS1wS0w, s1w, s0w, 0),
		mix(fS1pS0p, s1p, s0p, 0),
		mix(fS1wpS0p, s1w, s1p, s0p),
		mix(fS1pS0wp, s1p, s0w, s0p),
		mix(fB0pB1pB2p, b0p, p(b1), p(b2)),
		mix(fS0pB0pB1p, s0p, b0p, p(b1)),
		mix(fS1pS0pB0p, s1p, s0p, b0p),
		mix(fS2pS1pS0p, p(s2), s1p, s0p),
		mix(fS0pS0l1pB0p, s0p, p(s0l1), b0p),
		mix(fS0pS0r1pB0p, s0p, p(s0r1), b0p),
		mix(fS0pB0pB0l1p, s0p, b0p, p(b0l1)),
		mix(fS1pS0pS0r1p, s1p, s0p, p(s0r1)),
		mix(fS1pS0pS0l1p, s1p, s0p, p(s0l1)),
		mix(fS1pS1r1pS0p, s1p, p(s1r1), s0p),
		mix(fS0wD, s0w, d, 0),
		mix(fS0pD, s0p, d, 0),
		mix(fB0wD, b0w, d, 0),
		mix(fB0pD, b0p, d, 0),
		mix(fS0wB0wD, s0w, b0w, d),
		mix(fS0pB0pD, s0p, b0p, d),
		mix(fS1pS0pD2, s1p, s0p, d2),
		mix(fS1wD2, s1w, d2, 0),
		mix(fS0wD2, s0w, d2, 0),
		mix(fS1wS0wD2, s1w, s0w, d2),
		mix(fS0wNl, s0w, count(s0, s.nl), 0),
		mix(fS0pNl, s0p, count(s0, s.nl), 0),
		mix(fS0wNr, s0w, count(s0, s.nr), 0),
		mix(fS0pNr, s0p, count(s0, s.nr), 0),
		mix(fB0wNl, b0w, count(b0, s.nl), 0),
		mix(fB0pNl, b0p, count(b0, s.nl), 0),
		mix(fS1pNr, s1p, count(s1, s.nr), 0),
		mix(fS1wNr, s1w, count(s1, s.nr), 0),
		mix(fS0l1w, w(s0l1), 0, 0),
		mix(fS0l1p, p(s0l1), 0, 0),
		mix(fS0l1l, lab(s0l1), 0, 0),
		mix(fS0r1w, w(s0r1), 0, 0),
		mix(fS0r1p, p(s0r1), 0, 0),
		mix(fS0r1l, lab(s0r1), 0, 0),
		mix(fB0l1w, w(b0l1), 0, 0),
		mix(fB0l1p, p(b0l1), 0, 0),
		mix(fB0l1l, lab(b0l1), 0, 0),
		mix(fS0l2p, p(s0l2), 0, 0),
		mix(fS0l2l, lab(s0l2), 0, 0),
		mix(fS0r2p, p(s0r2), 0, 0),
		mix(fS0r2l, lab(s0r2), 0, 0),
		mix(fB0l2p, p(b0l2), 0, 0),
		mix(fB0l2l, lab(b0l2), 0, 0),
		mix(fS1r1p, p(s1r1), 0, 0),
		mix(fS1r1l, lab(s1r1), 0, 0),
		mix(fS1l1p, p(s1l1), 0, 0),
		mix(fS0pL1lL2l, s0p, lab(s0l1), lab(s0l2)),
		mix(fS0pR1lR2l, s0p, lab(s0r1), lab(s0r2)),
		mix(fB0pL1lL2l, b0p, lab(b0l1), lab(b0l2)),
		mix(fS0wLset, s0w, set(s0, s.lset), 0),
		mix(fS0pLset, s0p, set(s0, s.lset), 0),
		mix(fS0wRset, s0w, set(s0, s.rset), 0),
		mix(fS0pRset, s0p, set(s0, s.rset), 0),
		mix(fB0wLset, b0w, set(b0, s.lset), 0),
		mix(fB0pLset, b0p, set(b0, s.lset), 0),
		mix(fS0c, c(s0, 1), 0, 0),
		mix(fB0c, c(b0, 1), 0, 0),
		mix(fS1c, c(s1, 1), 0, 0),
		mix(fB1c, c(b1, 1), 0, 0),
		mix(fS0cB0c, c(s0, 1), c(b0, 1), 0),
		mix(fS0cB0p, c(s0, 1), b0p, 0),
		mix(fS0pB0c, s0p, c(b0, 1), 0),
		mix(fS1cS0c, c(s1, 1), c(s0, 1), 0),
		mix(fS1cS0p, c(s1, 1), s0p, 0),
		mix(fS0pS1c, s0p, c(s1, 0), s1p),
		mix(fS0c3, c(s0, 2), s0p, 0),
		mix(fB0c3, c(b0, 2), b0p, 0),
		mix(fS0pB0pB0l1l, s0p, b0p, lab(b0l1)),
		mix(fS1pS0pS0l1l, s1p, s0p, lab(s0l1)),
		mix(fS0wS0r1l, s0w, lab(s0r1), 0),
		mix(fB1wB0p, w(b1), b0p, 0),
		mix(fPunctS0pB0p, s.between(s0, b0), s0p, b0p),
		mix(fPunctS1pS0p, s.between(s1, s0), s1p, s0p),
		mix(fPunctB0w, s.between(s0, b0), b0w, 0),
	)
}

// between buckets the punctuation between words i < j: none, one, more.
func (s *parseState) between(i, j int) uint64 {
	if i < 0 || j < 0 || j > s.n || i >= j {
		return 9
	}
	return uint64(min(s.punct[j]-s.punct[i+1], 2))
}

// countPunct fills the prefix counts of punctuation.
func (s *parseState) countPunct(ws []wordInfo) {
	c := 0
	for i := range ws {
		s.punct[i] = c
		if ws[i].punct {
			c++
		}
	}
	s.punct[len(ws)] = c
}

// dist buckets a distance between two words.
func dist(d int) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// parser holds the trained transition model and its label set.
type parser struct {
	p      *perceptron
	labels []string
	root   int // the number of the label "root"
}

func newParser(p *perceptron, labels []string) *parser {
	return &parser{p: p, labels: labels, root: slices.Index(labels, "root")}
}

// parse fills heads (node n is the root, returned as -1) and labels for a
// sentence of words ws tagged with tags. Scratch space lives in st.
func (ps *parser) parse(ws []wordInfo, tags []int, st *parseState, feats []uint64, scores []int32, heads []int32, labels []uint8) []uint64 {
	n := len(ws)
	st.reset(n)
	st.countPunct(ws)
	nl := len(ps.labels)
	root := ps.root
	for !st.done() {
		// With the stack empty only a shift is possible, and with the
		// buffer at the root and one word left only its root arc: no
		// need to score.
		if len(st.stack) == 0 {
			st.apply(shift, nl)
			continue
		}
		if st.b == n && len(st.stack) == 1 {
			st.apply(1+root, nl)
			continue
		}
		feats = parseFeatures(feats[:0], st, ws, tags)
		ps.p.score(feats, scores)
		st.apply(bestValid(st, scores, nl, root), nl)
	}
	for i := 0; i < n; i++ {
		h := st.heads[i]
		if h == n || h < 0 {
			h = -1
		}
		heads[i] = int32(h)
		labels[i] = uint8(max(st.labels[i], 0)) // every word is attached when the parse ends
	}
	return feats
}

// bestValid returns the highest-scoring transition allowed in st: the
// root label only on an arc from the root, and no other label there.
// It visits the classes in eachValid's order, in loops of its own rather
// than through eachValid's callback: it runs at every decision.
func bestValid[T int32 | float64](st *parseState, scores []T, nl, root int) int {
	sh, left, right := st.valid()
	best, bestScore := -1, T(0)
	if sh {
		best, bestScore = shift, scores[shift]
	}
	if left {
		if st.b == st.n {
			best, bestScore = better(scores, 1+root, 2+root, -1, best, bestScore)
		} else {
			best, bestScore = better(scores, 1, 1+nl, 1+root, best, bestScore)
		}
	}
	if right {
		best, _ = better(scores, 1+nl, 1+2*nl, 1+nl+root, best, bestScore)
	}
	return best
}

// better returns the class with the highest score among best (-1 for
// none yet, whose score is bestScore) and the classes of [from, to) but
// skip, the first of them on a tie, and its score.
func better[T int32 | float64](scores []T, from, to, skip, best int, bestScore T) (int, T) {
	for c := from; c < to; c++ {
		if c != skip && (best == -1 || scores[c] > bestScore) {
			best, bestScore = c, scores[c]
		}
	}
	return best, bestScore
}

// eachValid calls try with each transition allowed in st, in class order:
// the root label only on an arc from the root, and no other label there.
func (st *parseState) eachValid(nl, root int, try func(c int)) {
	sh, left, right := st.valid()
	if sh {
		try(shift)
	}
	if left {
		if st.b == st.n {
			try(1 + root)
		} else {
			for l := 0; l < nl; l++ {
				if l != root {
					try(1 + l)
				}
			}
		}
	}
	if right {
		for l := 0; l < nl; l++ {
			if l != root {
				try(1 + nl + l)
			}
		}
	}
}
