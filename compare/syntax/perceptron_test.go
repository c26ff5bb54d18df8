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
// holds.
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
	for _, n := range []int{1, 10, 100, maxFeatures, maxDenseSums + 50, 2000} {
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
