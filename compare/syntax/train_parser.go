package syntax

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
)

// treeSentence is a training sentence for the parser: words, predicted
// tags, and the gold tree (heads with the root as node n, label numbers).
type parseSentence struct {
	ws     []wordInfo
	tags   []int
	heads  []int
	labels []int
}

// labelSet returns the labels of the treebank in a fixed order, with
// "root" among them.
func labelSet(ss []TreeSentence) []string {
	seen := map[string]bool{"root": true}
	for _, s := range ss {
		for _, w := range s.Words {
			seen[w.Deprel] = true
		}
	}
	var out []string
	for l := range seen {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

func parseSentencesOf(ss []TreeSentence, tagged []taggedSentence, tags [][]int, labels []string) []parseSentence {
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
	}
	out := make([]parseSentence, len(ss))
	for i, s := range ss {
		n := len(s.Words)
		ps := parseSentence{ws: tagged[i].ws, tags: tags[i], heads: make([]int, n), labels: make([]int, n)}
		for j, w := range s.Words {
			h := w.Head - 1
			if w.Head == 0 {
				h = n
			}
			ps.heads[j] = h
			l, ok := index[w.Deprel]
			if !ok {
				l = index["dep"]
			}
			ps.labels[j] = l
		}
		out[i] = ps
	}
	return out
}

// costs returns the number of gold arcs that each kind of transition
// makes unreachable (the arc-hybrid dynamic oracle of Goldberg and Nivre
// 2013), not counting the label: shift, left and right. For a
// non-projective gold tree the costs are an approximation.
func costs(st *parseState, gold []int) (sh, left, right int) {
	n := st.n
	if len(st.stack) > 0 {
		s0 := st.stackAt(0)
		// s0's dependents still in the buffer are lost by either reduce.
		deps := 0
		for d := st.b; d < n; d++ {
			if gold[d] == s0 {
				deps++
			}
		}
		left, right = deps, deps
		h := gold[s0]
		if s1 := st.stackAt(1); s1 >= 0 && h == s1 {
			left++
		} else if h >= st.b && h != st.b {
			left++
		}
		if h >= st.b {
			right++
		}
	}
	if st.b < n {
		b0 := st.b
		for i, s := range st.stack {
			if gold[s] == b0 {
				sh++
			}
			if gold[b0] == s && i != len(st.stack)-1 {
				sh++
			}
		}
	}
	return
}

// trainParser trains for up to epochs passes over train with the dynamic
// oracle, following the model's own transitions with probability explore
// after the first epoch, and keeps the epoch that parses dev best (LAS).
func trainParser(train, dev []parseSentence, labels []string, epochs int, explore float64, seed uint64, log io.Writer) (*parser, float64) {
	nl := len(labels)
	root := slices.Index(labels, "root")
	tr := newTrainer(1 + 2*nl)
	rng := rand.New(rand.NewPCG(seed, seed^0xdeb))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	scores := make([]float64, 1+2*nl)
	var feats []uint64
	st := newParseState(0)
	var best *parser
	bestLAS := -1.0
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, si := range order {
			s := &train[si]
			st.reset(len(s.ws))
			st.countPunct(s.ws)
			for !st.done() {
				feats = parseFeatures(feats[:0], st, s.ws, s.tags)
				tr.score(feats, scores)
				guess := bestValid(st, scores, nl, root)
				truth := bestZeroCost(st, s, scores, nl, root)
				tr.tick()
				total++
				next := truth
				if guess != truth && cost(st, s, guess, nl) > cost(st, s, truth, nl) {
					tr.update(feats, truth, guess)
					wrong++
					if ep > 1 && rng.Float64() < explore {
						next = guess
					}
				} else {
					next = guess
				}
				st.apply(next, nl)
			}
		}
		// A feature updated once or twice is mostly noise, and dropping
		// those keeps the model small (see TestModelSize).
		ps := newParser(tr.freeze(minParserUpdates), labels)
		_, las := ps.accuracy(dev)
		fmt.Fprintf(log, "parser epoch %d: train transitions wrong %.4f dev LAS %.4f features %d\n", ep, float64(wrong)/float64(total), las, ps.p.n)
		if las > bestLAS || len(dev) == 0 {
			best, bestLAS = ps, las
		}
	}
	return best, bestLAS
}

// cost is the labelled cost of transition c.
func cost(st *parseState, s *parseSentence, c, nl int) int {
	sh, left, right := costs(st, s.heads)
	switch {
	case c == shift:
		return sh
	case c <= nl:
		s0 := st.stackAt(0)
		if s.heads[s0] == st.b && s.labels[s0] != c-1 {
			left++
		}
		return left
	default:
		s0 := st.stackAt(0)
		if s.heads[s0] == st.stackAt(1) && s.labels[s0] != c-1-nl {
			right++
		}
		return right
	}
}

// bestZeroCost returns the highest-scoring valid transition of least cost.
func bestZeroCost(st *parseState, s *parseSentence, scores []float64, nl, root int) int {
	best, bestCost := -1, 1<<30
	st.eachValid(nl, root, func(c int) {
		k := cost(st, s, c, nl)
		if k < bestCost || k == bestCost && scores[c] > scores[best] {
			best, bestCost = c, k
		}
	})
	return best
}

// accuracy returns UAS and LAS (labels compared on their universal part)
// over ss, whose tags are already set.
func (ps *parser) accuracy(ss []parseSentence) (uas, las float64) {
	st := newParseState(0)
	scores := make([]int32, 1+2*len(ps.labels))
	var feats []uint64
	h, hl, total := 0, 0, 0
	for _, s := range ss {
		n := len(s.ws)
		heads := make([]int32, n)
		labels := make([]uint8, n)
		feats = ps.parse(s.ws, s.tags, st, feats, scores, heads, labels)
		for i := range heads {
			gh := s.heads[i]
			if gh == n {
				gh = -1
			}
			total++
			if int(heads[i]) == gh {
				h++
				if Universal(ps.labels[labels[i]]) == Universal(ps.labels[s.labels[i]]) {
					hl++
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(h) / float64(total), float64(hl) / float64(total)
}

// Universal returns a dependency relation without its language-specific
// subtype ("nsubj" for "nsubj:pass"), as LAS compares relations.
func Universal(rel string) string {
	rel, _, _ = strings.Cut(rel, ":")
	return rel
}

// minParserUpdates is how many updates a parser feature needs to be kept.
const minParserUpdates = 3
