package mentions

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSkippedTokensStartNoQuantity checks mayStartQuantity against
// quantityAt itself: at every token it skips, in sentences drawn from
// number words, bounds, currencies, units and plain words in any order,
// quantityAt finds nothing and resumes at the next token; and the scan
// with the skips finds what the scan without them finds.
func TestSkippedTokensStartNoQuantity(t *testing.T) {
	vocab := strings.Fields(`one two Twelve twenty Forty-five hundred thousand million dozen dozens
		a an A half third quarter twice thrice several few some tens hundreds scores thousands millions billions of and or to from
		between Between about over under just Just well nearly at least more than up no fewer
		US $ € £ USD EUR HK hk km % percent per cent points ratio : - – , . 3 12 1,200 2.5 2006 555
		1234 10 a.m. o'clock Dec December people killed were by the said The troops first th`)
	rng := rand.New(rand.NewPCG(1, 16))
	skipped, found := 0, 0
	for range 20000 {
		ws := make([]string, 3+rng.IntN(12))
		for i := range ws {
			ws[i] = vocab[rng.IntN(len(vocab))]
		}
		text := strings.Join(ws, " ")
		toks := tokenize(text, 0, len(text), nil)
		for i, tok := range toks {
			if mayStartQuantity(tok) {
				continue
			}
			skipped++
			if _, next, ok := quantityAt(toks, i); ok || next > i+1 {
				t.Fatalf("%q: token %d (%q) is skipped, but quantityAt reads (%v) to token %d", text, i, tok.text, ok, next)
			}
		}
		var want []string
		for i := 0; i < len(toks); {
			m, next, ok := quantityAt(toks, i)
			if ok {
				want = append(want, m.Value)
			}
			i = max(next, i+1)
		}
		got := appendQuantities(nil, toks)
		found += len(got)
		if len(got) != len(want) {
			t.Fatalf("%q: the scan finds %d quantities, without skipping %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i].Value != want[i] {
				t.Fatalf("%q: quantity %d is %q, without skipping %q", text, i, got[i].Value, want[i])
			}
		}
	}
	if skipped == 0 || found == 0 {
		t.Fatalf("the sentences skipped %d tokens and found %d quantities: the test checks nothing", skipped, found)
	}
}
