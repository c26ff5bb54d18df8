package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/internal/par"
	"github.com/claimdiff/claimdiff/compare/internal/timex"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// prepared is what scoring needs of one claim, computed once per claim
// rather than once per candidate pair: its terms as numbers (ranks in the
// sorted terms of its block, so that sorted term lists stay sorted and
// comparing two is comparing integers), its places parsed, its names read.
type prepared struct {
	doc         int32        // the claim's document, numbered within the block
	match       claims.Match // how the block's kind tells two claims ask one question
	terms, near []int32
	places      []place
	name        mentions.PreparedName
	parties     []mentions.PreparedName
	main        bool           // its sentence reports the main event (claims.MainTerm)
	counted     []string       // the nouns its count counts (claims.CountedPrefix)
	day         string         // the day its sentence gives its event, if it does (sentenceTimes)
	when        timex.Interval // the time its sentence gives its event, of any length (sentenceTimes)
	dated       bool           // when is set
	// alone is set when its document gives its question no other value.
	alone bool
}

// prepare returns the prepared claims of a block, by position.
func prepare(cs []compare.Claim, idx []int) []prepared {
	words := map[string]int32{} // a term as written → the rank of its form (rankedAs)
	for _, i := range idx {
		for _, t := range cs[i].Terms {
			words[t] = 0
		}
		for _, t := range cs[i].Near {
			words[t] = 0
		}
	}
	forms := make(map[string]int32, len(words))
	for w := range words {
		forms[rankedAs(w)] = 0
	}
	sorted := make([]string, 0, len(forms))
	for f := range forms {
		sorted = append(sorted, f)
	}
	slices.Sort(sorted)
	for r, f := range sorted {
		forms[f] = int32(r)
	}
	for w := range words {
		words[w] = forms[rankedAs(w)]
	}
	anyName := false
	for _, i := range idx {
		anyName = anyName || cs[i].Kind == compare.Name
	}
	match := claims.KindOf(cs[idx[0]].Key).Match
	docs := map[string]int32{}
	ps := make([]prepared, len(idx))
	ranks := make([]int32, 0, 64)
	for p, i := range idx {
		c := &cs[i]
		ranks = ranks[:0]
		for _, t := range c.Terms {
			ranks = append(ranks, words[t])
		}
		nt := sortedSet(ranks)
		ranks = ranks[:nt]
		for _, t := range c.Near {
			ranks = append(ranks, words[t])
		}
		ranks = ranks[:nt+sortedSet(ranks[nt:])]
		all := slices.Clone(ranks)
		d, ok := docs[c.Doc]
		if !ok {
			d = int32(len(docs))
			docs[c.Doc] = d
		}
		x := prepared{doc: d, match: match, terms: all[:nt:nt], near: all[nt:], places: placesOf(c)}
		for _, t := range c.Terms {
			x.main = x.main || t == claims.MainTerm
			if n, ok := strings.CutPrefix(t, claims.CountedPrefix); ok {
				x.counted = append(x.counted, n)
			}
		}
		switch {
		case match == claims.MatchParties:
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

// rankedAs is the form a term is ranked by: a name as the place of that
// name, however it was typed ("@kessara" in one report, "#|kessara" in
// another), so that the terms two sentences share count it. A place keeps
// its compass part and whether it is a country: "northeast China" is
// not China.
func rankedAs(t string) string {
	if k, ok := strings.CutPrefix(t, "@"); ok {
		return claims.PlaceTerm("", k, false)
	}
	return t
}

// sortedSet sorts rs and drops repeats, in place, returning its length.
func sortedSet(rs []int32) int {
	slices.Sort(rs)
	return len(slices.Compact(rs))
}

// scoredPairs returns the pairs of positions in the block (a < b, claims
// of different documents) that are candidates and similar, ordered by a
// then b, and the number of candidates scored. Candidates are all pairs
// of a small block, else the pairs that share a discriminating key (see
// index). They are made and scored a range of claims at a time, on all
// cores, so that only the similar pairs are ever held.
func scoredPairs(cs []compare.Claim, idx []int, ps []prepared, close func(a, b string) bool) ([]pair, int) {
	var ix *index
	if len(idx) > SmallBlock {
		ix = newIndex(cs, idx)
	}
	// A role ("the last talks") is one question in every article that
	// names no participant, whatever its words (similar): in a large
	// block, such claims are candidates of every other claim, not only of
	// those sharing a term.
	var open []int32
	if ix != nil && ps[0].match == claims.MatchRole {
		for p := range ps {
			if len(ps[p].places) == 0 {
				open = append(open, int32(p))
			}
		}
	}
	const chunk = 512
	chunks := (len(idx) + chunk - 1) / chunk
	found := make([][]pair, chunks)
	counts := make([]int, chunks)
	run := func(c int) {
		var mark []int32
		if ix != nil {
			mark = make([]int32, len(idx))
		}
		var partners []int32
		for a := c * chunk; a < min(len(idx), (c+1)*chunk); a++ {
			if ix == nil {
				partners = partners[:0]
				for b := a + 1; b < len(idx); b++ {
					partners = append(partners, int32(b))
				}
			} else {
				partners = ix.partners(a, mark, partners[:0])
				partners = withOpen(a, open, ps, mark, partners)
			}
			for _, b := range partners {
				if ps[a].doc == ps[b].doc {
					continue
				}
				counts[c]++
				ca, cb := &cs[idx[a]], &cs[idx[b]]
				if s, ok := similar(ca, cb, &ps[a], &ps[b]); ok {
					found[c] = append(found[c], pair{a, int(b), s})
				} else if close != nil && ps[a].alone && ps[b].alone && sameFrame(ca, cb, &ps[a], &ps[b]) && close(ca.Doc, cb.Doc) {
					found[c] = append(found[c], pair{a, int(b), closeScore})
				}
			}
		}
	}
	if len(idx) <= SmallBlock {
		run(0)
	} else {
		par.ForEach(chunks, 1, run)
	}
	var pairs []pair
	n := 0
	for c := range chunks {
		pairs = append(pairs, found[c]...)
		n += counts[c]
	}
	return pairs, n
}

// withOpen adds to a's partners the role claims open to any (no
// participant named) after it, or, when a itself is open, every claim
// after it; mark is partners' scratch.
func withOpen(a int, open []int32, ps []prepared, mark, partners []int32) []int32 {
	if len(open) == 0 {
		return partners
	}
	n := len(partners)
	add := func(b int32) {
		if mark[b] != int32(a)+1 {
			mark[b] = int32(a) + 1
			partners = append(partners, b)
		}
	}
	if len(ps[a].places) == 0 {
		for b := a + 1; b < len(ps); b++ {
			add(int32(b))
		}
	} else {
		at, _ := slices.BinarySearch(open, int32(a)+1)
		for _, b := range open[at:] {
			add(b)
		}
	}
	if len(partners) > n {
		slices.Sort(partners)
	}
	return partners
}

// index holds a large block's claims by key: each claim's terms, and,
// since places and role claims may share no word but their value and
// stances none but their subject, its value and subject.
type index struct {
	postings [][]int32 // by key: positions, ascending; a key twice in a claim is there twice
	keys     [][]int32 // by position: its keys, then its pairs of common keys
	single   []int     // by position: how many of its keys are single keys
}

func newIndex(cs []compare.Claim, idx []int) *index {
	ids := map[string]int32{}
	ix := &index{keys: make([][]int32, len(idx)), single: make([]int, len(idx))}
	add := func(p int, k string) { ix.post(p, keyID(ix, ids, k)) }
	for p, i := range idx {
		c := &cs[i]
		for _, t := range c.Terms {
			add(p, t)
		}
		add(p, "="+c.Value)
		if c.Subject != "" {
			add(p, "^"+c.Subject)
		}
		ix.single[p] = len(ix.keys[p])
	}
	// A key in more than MaxPosting claims proposes no pairs by itself,
	// or the pairs would grow with the square of the claims. Two such
	// terms together still say much: a claim's MaxCommonKeys rarest
	// common terms propose, in pairs, the claims that share two of them
	// ("coal" and "mine" where each alone is in thousands of claims).
	// Values and subjects are left out: two common values together
	// ("=10" and "=12") say nothing of the topic.
	pairIDs := map[uint64]int32{}
	var common []int32
	for p := range idx {
		common = common[:0]
		for _, k := range ix.keys[p][:len(cs[idx[p]].Terms)] {
			if len(ix.postings[k]) > MaxPosting && !slices.Contains(common, k) {
				common = append(common, k)
			}
		}
		slices.SortFunc(common, func(x, y int32) int {
			return cmp.Or(cmp.Compare(len(ix.postings[x]), len(ix.postings[y])), cmp.Compare(x, y))
		})
		common = common[:min(len(common), MaxCommonKeys)]
		for x := range common {
			for y := x + 1; y < len(common); y++ {
				k1, k2 := min(common[x], common[y]), max(common[x], common[y])
				ix.post(p, keyID(ix, pairIDs, uint64(k1)<<32|uint64(k2)))
			}
		}
	}
	return ix
}

// keyID returns the number of key k in ids, giving a new key the next
// number and an empty posting list.
func keyID[K comparable](ix *index, ids map[K]int32, k K) int32 {
	id, ok := ids[k]
	if !ok {
		id = int32(len(ix.postings))
		ids[k] = id
		ix.postings = append(ix.postings, nil)
	}
	return id
}

// post records that the claim at position p has key id.
func (ix *index) post(p int, id int32) {
	ix.postings[id] = append(ix.postings[id], int32(p))
	ix.keys[p] = append(ix.keys[p], id)
}

// partners appends to out the positions b > a that share a
// discriminating key with a, ascending. mark is scratch of one int32 per
// position, never reset: mark[b] == a+1 once b is taken for a, so that a
// pair sharing several keys is taken once, without a set of all pairs.
func (ix *index) partners(a int, mark, out []int32) []int32 {
	from := len(out)
	for n, k := range ix.keys[a] {
		ps := ix.postings[k]
		if n < ix.single[a] && len(ps) > MaxPosting || len(ps) > MaxPairPosting {
			continue
		}
		// Postings are ascending: the partners after a are at the end.
		at, _ := slices.BinarySearch(ps, int32(a)+1)
		for _, b := range ps[at:] {
			if mark[b] != int32(a)+1 {
				mark[b] = int32(a) + 1
				out = append(out, b)
			}
		}
	}
	slices.Sort(out[from:])
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
	// partners are, by position, the positions found similar to it.
	partners [][]int32
	// times is set for a block of times, where one document's day and
	// an hour of it are one answer.
	times bool
}

type set struct {
	members []int // positions in the block
	// distinct are the values its members give, each once.
	distinct []string
	subject  string
	values   map[string]string // document → its one value; nil for one claim
	// places are the distinct place lists of its members' sentences: a
	// group never holds claims set in places that cannot be one.
	places [][]place
	// periods are the distinct periods its members' figures are given
	// for, all overlapping: a group never holds figures of two periods.
	periods []string
}

// maxPlaceLists is how many distinct place lists a set keeps; past it,
// places no longer keep sets apart, so that merging stays linear.
const maxPlaceLists = 8

func newMerger(cs []compare.Claim, idx []int, ps []prepared) *merger {
	g := &merger{cs: cs, idx: idx, root: make([]int, len(idx)), sets: make([]set, len(idx)), times: len(idx) > 0 && cs[idx[0]].Kind == compare.Time}
	for p := range idx {
		g.root[p] = p
		g.sets[p] = set{members: []int{p}, distinct: []string{cs[idx[p]].Value}, subject: cs[idx[p]].Subject}
		if pe := cs[idx[p]].Period; pe != "" {
			g.sets[p].periods = []string{pe}
		}
		if hasPlace(ps[p].places) && cs[idx[p]].Kind != compare.Name {
			g.sets[p].places = [][]place{ps[p].places}
		}
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
	if subjectsDiffer(a.subject, b.subject) {
		return false
	}
	// Pairs were kept apart by place; a group joined through a third
	// claim must not hold what no pair could ("southwest China" and
	// "northeast China" by way of a claim naming neither).
	for _, pa := range a.places {
		for _, pb := range b.places {
			if differentPlaces(pa, pb) {
				return false
			}
		}
	}
	for _, pa := range a.periods {
		for _, pb := range b.periods {
			if !timesOverlap(pa, pb) {
				return false
			}
		}
	}
	if len(b.members) < len(a.members) {
		a, b = b, a
	}
	return g.each(a, func(doc, value string) bool {
		v, ok := g.value(b, doc)
		return !ok || v == value || g.times && oneDay(v, value)
	})
}

// oneDay reports whether two times are one day, or a day and an hour of
// it ("2031-03-02", "2031-03-02T05:00"): one answer of one document,
// where a month and a day in it may be two.
func oneDay(a, b string) bool {
	return timex.HasDay(a) && timex.HasDay(b) && a[:timex.DayLen] == b[:timex.DayLen] && (len(a) == timex.DayLen || len(b) == timex.DayLen)
}

// finer returns of a day and an hour of it (oneDay) the hour.
func finer(a, b string) string {
	if len(b) > len(a) {
		return b
	}
	return a
}

// witnessed reports whether every two differing values the sets of
// roots ra and rb would hold together were found alike in a pair of their
// claims: a group joined through a third claim ("four wounded" alike with
// "four hurt", which is alike with "two hurt" of another attack) does not
// set against each other values no pair of claims compared.
func (g *merger) witnessed(ra, rb int) bool {
	a, b := &g.sets[ra], &g.sets[rb]
	if len(b.members) < len(a.members) {
		a, b, rb = b, a, ra
	}
	type valuePair struct{ x, y string }
	var need []valuePair
	for _, x := range a.distinct {
		for _, y := range b.distinct {
			// A value either set already holds was set against the
			// other's values when it joined.
			if x != y && !slices.Contains(b.distinct, x) && !slices.Contains(a.distinct, y) && !(g.times && oneDay(x, y)) {
				need = append(need, valuePair{x, y})
			}
		}
	}
	if len(need) == 0 {
		return true
	}
	seen := map[valuePair]bool{}
	for _, m := range a.members {
		x := g.claim(m).Value
		for _, o := range g.partners[m] {
			if g.root[o] == rb {
				seen[valuePair{x, g.claim(int(o)).Value}] = true
			}
		}
	}
	for _, p := range need {
		if !seen[p] {
			return false
		}
	}
	return true
}

// linked reports whether every claim of the set of root ra was found
// alike with every claim of rb's from another document. Clauses are alike
// by their words, and likeness of words does not carry through a third
// clause: a denial set against one statement is not set against all the
// statements that share some words with it.
func (g *merger) linked(ra, rb int) bool {
	a, b := &g.sets[ra], &g.sets[rb]
	for _, m := range a.members {
		doc := g.claim(m).Doc
		for _, o := range b.members {
			if g.claim(o).Doc != doc && !slices.Contains(g.partners[m], int32(o)) {
				return false
			}
		}
	}
	return true
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
	g.each(b, func(doc, value string) bool {
		if v, ok := a.values[doc]; ok && g.times {
			// A document that gives a day and an hour of it answers
			// with the hour.
			value = finer(v, value)
		}
		a.values[doc] = value
		return true
	})
	for _, m := range b.members {
		g.root[m] = ra
	}
	a.members = append(a.members, b.members...)
	for _, v := range b.distinct {
		if !slices.Contains(a.distinct, v) {
			a.distinct = append(a.distinct, v)
		}
	}
	if a.subject == "" {
		a.subject = b.subject
	}
	for _, pe := range b.periods {
		if !slices.Contains(a.periods, pe) {
			a.periods = append(a.periods, pe)
		}
	}
	for _, pb := range b.places {
		if len(a.places) < maxPlaceLists && !slices.ContainsFunc(a.places, func(pa []place) bool { return slices.Equal(pa, pb) }) {
			a.places = append(a.places, pb)
		}
	}
	*b = set{}
}

func (g *merger) size(r int) int { return len(g.sets[r].members) }
