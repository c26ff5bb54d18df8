package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestDenseScoresAsSparse checks that a table keeping its long runs dense,
// as a model read from a file does, scores every set of features as the
// table keeping every run sparse: with features missing, features of
// every run length, extreme weights and more dense runs than one sum
// holds; with vector code and without.
func TestDenseScoresAsSparse(t *testing.T) {
	const classes, features = 103, 3000
	r := rand.New(rand.NewPCG(1, 2))
	sparse, dense := newBuilder(classes, features, 1), newBuilder(classes, features, 1)
	dense.dense = true
	var keys []uint64
	for range features {
		k := r.Uint64()
		var ws []weight
		for _, c := range r.Perm(classes)[:1+r.IntN(classes)] {
			w := int8(r.IntN(256) - 128)
			if r.IntN(4) == 0 { // the extremes, which test the fields' bounds
				w = [2]int8{-128, 127}[r.IntN(2)]
			}
			if w != 0 {
				ws = append(ws, weight{uint8(c), w})
			}
		}
		sparse.add(k, ws)
		dense.add(k, ws)
		keys = append(keys, k)
	}
	if len(dense.p.dense) == 0 {
		t.Fatal("no run kept dense")
	}
	hasVector := useVector
	defer func() { useVector = hasVector }()
	for _, n := range []int{1, 10, 100, maxFeatures, maxDenseSums + 50, 2000, -1, -10, -maxDenseSums - 50} {
		// Negative: the same without vector code.
		useVector = hasVector && n > 0
		n = max(n, -n)
		feats := make([]uint64, n)
		for i := range feats {
			if r.IntN(5) == 0 {
				feats[i] = r.Uint64() // most likely missing
			} else {
				feats[i] = keys[r.IntN(len(keys))]
			}
		}
		want, got := make([]int32, classes), make([]int32, classes)
		sparse.p.score(feats, want)
		dense.p.score(feats, got)
		if !slices.Equal(got, want) {
			t.Errorf("score of %d features: dense table gives %v, sparse %v", n, got, want)
		}
	}
}

// TestBestValidAsEachValid checks bestValid against the first of the
// highest scores among the transitions eachValid allows, in states with
// an empty stack, an empty buffer and both full, and scores with ties.
func TestBestValidAsEachValid(t *testing.T) {
	const nl, root = 5, 2
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		n := 1 + r.IntN(4)
		st := newParseState(n)
		st.b = r.IntN(n + 1)
		for i := range r.IntN(st.b + 1) {
			st.stack = append(st.stack, i)
		}
		scores := make([]int32, 1+2*nl)
		for c := range scores {
			scores[c] = int32(r.IntN(4)) // few values: many ties
		}
		want, wantScore := -1, int32(0)
		st.eachValid(nl, root, func(c int) {
			if want == -1 || scores[c] > wantScore {
				want, wantScore = c, scores[c]
			}
		})
		if got := bestValid(st, scores, nl, root); got != want {
			t.Fatalf("bestValid(stack %v, b %d of %d, scores %v) = %d, want %d", st.stack, st.b, n, scores, got, want)
		}
	}
}
