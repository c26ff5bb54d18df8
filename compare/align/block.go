package align

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// prepared is what scoring needs of one claim, computed once per claim
// rather than once per candidate pair: its terms as numbers (ranks in the
// sorted terms of its block, so that sorted term lists stay sorted and
// comparing two is comparing integers), its places parsed, its names read.
type prepared struct {
	terms, near []int32
	places      []place
	name        mentions.PreparedName
	parties     []mentions.PreparedName
	main        bool // its sentence reports the main event (claims.MainTerm)
}

// prepare returns the prepared claims of a block, by position.
func prepare(cs []compare.Claim, idx []int) []prepared {
	words := map[string]int32{}
	for _, i := range idx {
		for _, t := range cs[i].Terms {
			words[t] = 0
		}
		for _, t := range cs[i].Near {
			words[t] = 0
		}
	}
	sorted := make([]string, 0, len(words))
	for w := range words {
		sorted = append(sorted, w)
	}
	slices.Sort(sorted)
	for r, w := range sorted {
		words[w] = int32(r)
	}
	anyName := false
	for _, i := range idx {
		anyName = anyName || cs[i].Kind == compare.Name
	}
	parties := strings.HasPrefix(cs[idx[0]].Key, claims.PartiesPrefix)
	ps := make([]prepared, len(idx))
	ranks := make([]int32, 0, 64)
	for p, i := range idx {
		c := &cs[i]
		ranks = ranks[:0]
		for _, t := range c.Terms {
			ranks = append(ranks, words[t])
		}
		for _, t := range c.Near {
			ranks = append(ranks, words[t])
		}
		all := slices.Clone(ranks)
		x := prepared{terms: all[:len(c.Terms):len(c.Terms)], near: all[len(c.Terms):]}
		for _, t := range c.Terms {
			if strings.HasPrefix(t, claims.PlacePrefix) {
				x.places = append(x.places, parsePlace(t))
			}
			x.main = x.main || t == claims.MainTerm
		}
		switch {
		case parties:
			for _, n := range claims.Parties(c.Value) {
				x.parties = append(x.parties, mentions.PrepareName(n))
			}
		case anyName:
			x.name = mentions.PrepareName(c.Value)
		}
		ps[p] = x
	}
	return ps
}

// parallelPairs is the number of candidate pairs from which a block's
// pairs are scored on all cores.
const parallelPairs = 4096

// score returns the candidate pairs of a block that are similar, in the
// order of cands.
func score(cs []compare.Claim, idx []int, ps []prepared, cands [][2]int32) []pair {
	ok := make([]bool, len(cands))
	scores := make([]float64, len(cands))
	run := func(lo, hi int) {
		for k := lo; k < hi; k++ {
			a, b := cands[k][0], cands[k][1]
			scores[k], ok[k] = similar(&cs[idx[a]], &cs[idx[b]], &ps[a], &ps[b])
		}
	}
	if len(cands) < parallelPairs {
		run(0, len(cands))
	} else {
		const chunk = 1024
		forEach((len(cands)+chunk-1)/chunk, func(i int) { run(i*chunk, min(len(cands), (i+1)*chunk)) })
	}
	var pairs []pair
	for k, c := range cands {
		if ok[k] {
			pairs = append(pairs, pair{int(c[0]), int(c[1]), scores[k]})
		}
	}
	return pairs
}

// forEach calls f(0) … f(n-1) on all cores and returns when all are done.
// Each call must write only its own results.
func forEach(n int, f func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

// candidates returns the pairs of positions in the block (a < b, claims of
// different documents) worth scoring, ordered: all pairs of a small block,
// else the pairs that share a discriminating term, name or value.
func candidates(cs []compare.Claim, idx []int) [][2]int32 {
	var out [][2]int32
	if len(idx) <= SmallBlock {
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				if cs[idx[a]].Doc != cs[idx[b]].Doc {
					out = append(out, [2]int32{int32(a), int32(b)})
				}
			}
		}
		return out
	}
	// Each claim's keys: its terms, and, since places and role claims may
	// share no word but their value and stances none but their subject,
	// its value and subject. A key occurring twice in a claim counts
	// twice toward MaxPosting.
	ids := map[string]int32{}
	var postings [][]int32
	keys := make([][]int32, len(idx))
	add := func(p int, k string) {
		id, ok := ids[k]
		if !ok {
			id = int32(len(postings))
			ids[k] = id
			postings = append(postings, nil)
		}
		postings[id] = append(postings[id], int32(p))
		keys[p] = append(keys[p], id)
	}
	for p, i := range idx {
		c := &cs[i]
		for _, t := range c.Terms {
			add(p, t)
		}
		add(p, "="+c.Value)
		if c.Subject != "" {
			add(p, "^"+c.Subject)
		}
	}
	// mark[b] == a+1 once the pair (a, b) is taken, so that a pair sharing
	// several keys is scored once, without a set of all pairs.
	mark := make([]int32, len(idx))
	for a := range idx {
		from := len(out)
		for _, k := range keys[a] {
			ps := postings[k]
			if len(ps) > MaxPosting {
				continue
			}
			// Postings are ascending: the partners after a are at the end.
			at, _ := slices.BinarySearch(ps, int32(a)+1)
			for _, b := range ps[at:] {
				if mark[b] == int32(a)+1 || cs[idx[a]].Doc == cs[idx[b]].Doc {
					continue
				}
				mark[b] = int32(a) + 1
				out = append(out, [2]int32{int32(a), b})
			}
		}
		slices.SortFunc(out[from:], func(p, q [2]int32) int { return cmp.Compare(p[1], q[1]) })
	}
	return out
}

// merger is the state of merging a block's claims: a union-find whose
// sets know their subject and each document's value, so that testing
// whether two sets may merge costs the smaller set's documents, not the
// product of their sizes.
type merger struct {
	cs   []compare.Claim
	idx  []int
	root []int
	sets []set // by root
}

type set struct {
	members []int // positions in the block
	subject string
	values  map[string]string // document → its one value; nil for one claim
}

func newMerger(cs []compare.Claim, idx []int) *merger {
	g := &merger{cs: cs, idx: idx, root: make([]int, len(idx)), sets: make([]set, len(idx))}
	for p := range idx {
		g.root[p] = p
		g.sets[p] = set{members: []int{p}, subject: cs[idx[p]].Subject}
	}
	return g
}

func (g *merger) claim(p int) *compare.Claim { return &g.cs[g.idx[p]] }

// value returns the value document doc holds in set s.
func (g *merger) value(s *set, doc string) (string, bool) {
	if s.values == nil {
		c := g.claim(s.members[0])
		return c.Value, c.Doc == doc
	}
	v, ok := s.values[doc]
	return v, ok
}

// each calls f with every document of s and its value.
func (g *merger) each(s *set, f func(doc, value string) bool) bool {
	if s.values == nil {
		c := g.claim(s.members[0])
		return f(c.Doc, c.Value)
	}
	for d, v := range s.values {
		if !f(d, v) {
			return false
		}
	}
	return true
}

// compatible reports whether the sets of roots ra and rb may merge: no
// document would then hold two different values, and no two subjects
// would differ.
func (g *merger) compatible(ra, rb int) bool {
	a, b := &g.sets[ra], &g.sets[rb]
	if a.subject != "" && b.subject != "" && a.subject != b.subject {
		return false
	}
	if len(b.members) < len(a.members) {
		a, b = b, a
	}
	return g.each(a, func(doc, value string) bool {
		v, ok := g.value(b, doc)
		return !ok || v == value
	})
}

// merge joins the sets of roots ra and rb, the smaller into the larger.
func (g *merger) merge(ra, rb int) {
	if len(g.sets[ra].members) < len(g.sets[rb].members) {
		ra, rb = rb, ra
	}
	a, b := &g.sets[ra], &g.sets[rb]
	if a.values == nil {
		c := g.claim(a.members[0])
		a.values = map[string]string{c.Doc: c.Value}
	}
	g.each(b, func(doc, value string) bool { a.values[doc] = value; return true })
	for _, m := range b.members {
		g.root[m] = ra
	}
	a.members = append(a.members, b.members...)
	if a.subject == "" {
		a.subject = b.subject
	}
	*b = set{}
}

func (g *merger) size(r int) int { return len(g.sets[r].members) }
