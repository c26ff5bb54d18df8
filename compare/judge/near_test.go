package judge

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// nearTermsNaive is what nearTerms computes, written the plain way: the
// terms of every document's claims, as sets, intersected.
func nearTermsNaive(a *compare.Alignment) []string {
	perDoc := map[string]map[string]bool{}
	for _, c := range a.Claims {
		if perDoc[c.Doc] == nil {
			perDoc[c.Doc] = map[string]bool{}
		}
		for _, t := range c.Near {
			perDoc[c.Doc][t] = true
		}
	}
	var out []string
	for t := range perDoc[a.Claims[0].Doc] {
		inAll := true
		for _, ts := range perDoc {
			inAll = inAll && ts[t]
		}
		if inAll {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// TestNearTerms compares nearTerms with the plain intersection on random
// alignments: few and many documents, claims and terms, and first
// documents with more terms than its bit set holds.
func TestNearTerms(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 1))
	for n := range 3000 {
		vocabulary := []int{3, 20, 150}[n%3]
		var a compare.Alignment
		for range 1 + rng.IntN(40) {
			c := compare.Claim{Doc: fmt.Sprintf("d%d", 1+rng.IntN(1+n%6))}
			for range rng.IntN(1 + vocabulary/2) {
				c.Near = append(c.Near, fmt.Sprintf("t%03d", rng.IntN(vocabulary)))
			}
			slices.Sort(c.Near)
			a.Claims = append(a.Claims, c)
		}
		near := make([][]string, len(a.Claims))
		for i, c := range a.Claims {
			near[i] = slices.Clone(c.Near)
		}
		got, want := nearTerms(&a), nearTermsNaive(&a)
		if !slices.Equal(got, want) {
			t.Fatalf("alignment %d: nearTerms = %v, want %v", n, got, want)
		}
		for i, c := range a.Claims {
			if !slices.Equal(c.Near, near[i]) {
				t.Fatalf("alignment %d: nearTerms changed the terms of claim %d", n, i)
			}
		}
	}
}
