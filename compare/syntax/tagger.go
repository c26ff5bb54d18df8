package syntax

import (
	"maps"
	"slices"
	"strings"
)

// tagset is the tagger's classes: each a pair of a universal tag (UPOS)
// and a treebank-specific one (XPOS, Penn Treebank tags in English), as
// "VERB|VBN". The finer tag tells the parser what UPOS cannot: a past
// participle from a past tense, a plural noun from a singular.
type tagset struct {
	names      []string
	upos, xpos []string
	index      map[string]int
}

func newTagset(names []string) *tagset {
	t := &tagset{names: names, index: map[string]int{}}
	for i, n := range names {
		u, x, _ := strings.Cut(n, "|")
		t.upos, t.xpos = append(t.upos, u), append(t.xpos, x)
		t.index[n] = i
	}
	return t
}

// tagsetOf collects the tag pairs of a treebank in a fixed order.
func tagsetOf(ss []TreeSentence) *tagset {
	seen := map[string]bool{"X|FW": true}
	for _, s := range ss {
		for _, w := range s.Words {
			seen[w.UPOS+"|"+w.XPOS] = true
		}
	}
	return newTagset(slices.Sorted(maps.Keys(seen)))
}

// of returns the class of a word's tags, "X|FW" for a pair never seen.
func (t *tagset) of(upos, xpos string) int {
	if i, ok := t.index[upos+"|"+xpos]; ok {
		return i
	}
	return t.index["X|FW"]
}

// tagger is a greedy left-to-right averaged-perceptron tagger in two
// passes: the second reads the first pass's tags of the words to the
// right, which a single left-to-right pass cannot see.
type tagger struct{ first, second *perceptron }

// Tag templates. Values past the sentence's ends hash as start/end marks.
const (
	tBias = iota
	tForm
	tLower
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tP1
	tP2
	tP1P2
	tP1W
	tWm1
	tSuf3m1
	tWm2
	tWp1
	tSuf3p1
	tWp2
	tWm1W
	tWWp1
	tShapep1
	tShapem1
	tFirstShape
	tP1Wp1
	tSuf2p2
	tCl1
	tCl2
	tCl3
	tCl2m1
	tCl2p1
	tCl3p1
	tCl1p2
	tP1Cl3
	tR1
	tR2
	tR1R2
	tP1R1
	tR1W
	tR1Suf3
	tWp1Wp2
	tCaseShape
	tCaseFirstShape
	tCaseCl2
	tWm1P1
	numTagTemplates
)

var (
	hStart = hashString("<s>")
	hEnd   = hashString("</s>")
)

// tagFeatures appends the features of word i given the tags before it
// and, in the second pass, the first pass's tags after it (right).
func tagFeatures(feats []uint64, ws []wordInfo, tags, right []int, i int) []uint64 {
	at := func(j int) *wordInfo {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	lower := func(j int) uint64 {
		switch w := at(j); {
		case w != nil:
			return w.lower
		case j < 0:
			return hStart
		}
		return hEnd
	}
	suf := func(j, k int) uint64 {
		if w := at(j); w != nil {
			return w.suf[k-1]
		}
		return lower(j)
	}
	shape := func(j int) uint64 {
		if w := at(j); w != nil {
			return w.shape
		}
		return lower(j)
	}
	cl := func(j, k int) uint64 {
		if w := at(j); w != nil {
			return w.cl[k]
		}
		return lower(j)
	}
	tag := func(j int) uint64 {
		if j < 0 {
			return 99
		}
		return uint64(tags[j])
	}
	w := &ws[i]
	if right != nil {
		r := func(j int) uint64 {
			if j >= len(right) {
				return 98
			}
			return uint64(right[j])
		}
		feats = append(feats,
			mix(tR1, r(i+1), 0, 0),
			mix(tR2, r(i+2), 0, 0),
			mix(tR1R2, r(i+1), r(i+2), 0),
			mix(tP1R1, tag(i-1), r(i+1), 0),
			mix(tR1W, r(i+1), w.lower, 0),
			mix(tR1Suf3, r(i+1), w.suf[2], 0),
			mix(tWp1Wp2, lower(i+1), lower(i+2), 0),
		)
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	sc := sentenceCase(ws)
	return append(feats,
		mix(tBias, 0, 0, 0),
		mix(tForm, w.form, 0, 0),
		mix(tLower, w.lower, 0, 0),
		mix(tSuf1, w.suf[0], 0, 0),
		mix(tSuf2, w.suf[1], 0, 0),
		mix(tSuf3, w.suf[2], 0, 0),
		mix(tSuf4, w.suf[3], 0, 0),
		mix(tPre1, w.pre[0], 0, 0),
		mix(tPre2, w.pre[1], 0, 0),
		mix(tPre3, w.pre[2], 0, 0),
		mix(tShape, w.shape, 0, 0),
		mix(tP1, tag(i-1), 0, 0),
		mix(tP2, tag(i-2), 0, 0),
		mix(tP1P2, tag(i-1), tag(i-2), 0),
		mix(tP1W, tag(i-1), w.lower, 0),
		mix(tWm1, lower(i-1), 0, 0),
		mix(tSuf3m1, suf(i-1, 3), 0, 0),
		mix(tWm2, lower(i-2), 0, 0),
		mix(tWp1, lower(i+1), 0, 0),
		mix(tSuf3p1, suf(i+1, 3), 0, 0),
		mix(tWp2, lower(i+2), 0, 0),
		mix(tWm1W, lower(i-1), w.lower, 0),
		mix(tWWp1, w.lower, lower(i+1), 0),
		mix(tShapep1, shape(i+1), 0, 0),
		mix(tShapem1, shape(i-1), 0, 0),
		mix(tFirstShape, first, w.shape, 0),
		mix(tP1Wp1, tag(i-1), lower(i+1), 0),
		mix(tSuf2p2, suf(i+2, 2), 0, 0),
		mix(tCl1, w.cl[0], 0, 0),
		mix(tCl2, w.cl[1], 0, 0),
		mix(tCl3, w.cl[2], 0, 0),
		mix(tCl2m1, cl(i-1, 1), 0, 0),
		mix(tCl2p1, cl(i+1, 1), 0, 0),
		mix(tCl3p1, cl(i+1, 2), 0, 0),
		mix(tCl1p2, cl(i+2, 0), 0, 0),
		mix(tP1Cl3, tag(i-1), w.cl[2], 0),
		mix(tCaseShape, sc, w.shape, 0),
		mix(tCaseFirstShape, sc, first, w.shape),
		mix(tCaseCl2, sc, w.cl[1], w.shape),
		mix(tWm1P1, lower(i-1), tag(i-1), 0),
	)
}

// tag fills tags with the UPOS class of each word; right is scratch of
// the same length.
func (t *tagger) tag(ws []wordInfo, tags, right []int, feats []uint64, scores []int32) []uint64 {
	feats = tagPass(t.first, ws, right, nil, feats, scores)
	if t.second == nil {
		copy(tags, right)
		return feats
	}
	return tagPass(t.second, ws, tags, right, feats, scores)
}

// tagPass tags ws into tags: the first pass with right nil, the second
// reading the first pass's tags in right.
func tagPass(p *perceptron, ws []wordInfo, tags, right []int, feats []uint64, scores []int32) []uint64 {
	for i := range ws {
		feats = tagFeatures(feats[:0], ws, tags, right, i)
		p.score(feats, scores)
		tags[i] = argmax(scores)
	}
	return feats
}

func argmax[T int32 | float64](scores []T) int {
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}

// sentenceCase buckets how much of a sentence is capitalised: a headline
// in title case or capitals makes a capital letter weak evidence of a
// proper noun. 0: mostly lower case, 1: many capitals, 2: nearly all
// words capitalised, 3: all capitals.
func sentenceCase(ws []wordInfo) uint64 {
	if len(ws) == 0 {
		return 0
	}
	if ws[0].caseCount == 0 {
		return 0
	}
	return uint64(ws[0].caseCount) - 1
}
