package judge

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestFirstConflictMatchesAllPairs checks firstConflict against the plain
// loop over every pair on random alignments: same pair, same reason.
func TestFirstConflictMatchesAllPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	values := []string{"100", "about 100", "at least 90", "300", "12"}
	for n := range 500 {
		var cs []compare.Claim
		for range 1 + rng.IntN(12) {
			cs = append(cs, compare.Claim{Kind: compare.Quantity, Key: "quantity/death/count",
				Doc: fmt.Sprintf("d%d", 1+rng.IntN(4)), Value: values[rng.IntN(len(values))]})
		}
		wi, wj, wwhy, wok := 0, 0, "", false
	loop:
		for i := range cs {
			for j := i + 1; j < len(cs); j++ {
				if cs[i].Doc == cs[j].Doc {
					continue
				}
				if why, ok := differ(cs[i], cs[j]); ok {
					wi, wj, wwhy, wok = i, j, why, true
					break loop
				}
			}
		}
		gi, gj, gwhy, gok := firstConflict(cs)
		if gi != wi || gj != wj || gwhy != wwhy || gok != wok {
			t.Fatalf("case %d: firstConflict(%v) = %d, %d, %q, %t, want %d, %d, %q, %t", n, cs, gi, gj, gwhy, gok, wi, wj, wwhy, wok)
		}
	}
}

// BenchmarkVerdictRepeats judges one alignment of many claims that all
// agree, the case where every pair used to be compared.
func BenchmarkVerdictRepeats(b *testing.B) {
	for _, n := range []int{1000, 2000, 4000} {
		a := compare.Alignment{Kind: compare.Quantity}
		for i := range n {
			a.Claims = append(a.Claims, compare.Claim{Kind: compare.Quantity, Key: "quantity/bus/count",
				Doc: fmt.Sprintf("d%d", 1+i%2), Value: "40"})
		}
		ds := docs("2005", "2005")
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			for b.Loop() {
				Verdict(a, ds)
			}
		})
	}
}
