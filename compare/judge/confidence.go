package judge

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/internal/timex"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// modalityWeight is how much a claim's modality leaves of a verdict's
// confidence: a reported claim is nearly as good as an asserted one, a
// hedge or an expectation much less, and a denial is one party's word.
var modalityWeight = map[compare.Modality]float64{
	compare.Asserted: 1,
	compare.Reported: 0.95,
	compare.Hedged:   0.7,
	compare.Expected: 0.75,
	compare.Denied:   0.8,
}

// unnamedLengthWeight is what a length of nothing named leaves of a
// verdict's confidence.
const unnamedLengthWeight = 0.8

// confidence says how sure the verdict o on a is, from the two claims x
// and y that decided it: how closely their sentences match (claims
// aligned on little shared context may be about different things), how
// firmly each is stated, and how exact their values are.
func (j *Judge) confidence(a compare.Alignment, o compare.Outcome, x, y compare.Claim) float64 {
	c := 0.6 + 0.4*closeness(x, y)
	for _, cl := range []compare.Claim{x, y} {
		c *= modalityWeight[cl.Modality] * exactness(cl)
		if claims.LengthOfAnything(cl.Key) {
			// A length whose words do not say what lasted may be
			// of anything the story tells of.
			c *= unnamedLengthWeight
		}
	}
	if o == compare.Conflict {
		// A conflict between reports far apart in time may be a change,
		// and one resting on a doubtful date more so.
		if q := apart(j.byID[x.Doc], j.byID[y.Doc], x, y); q != "" {
			c *= 0.85
			if strings.Contains(q, "doubtful") {
				c *= 0.8
			}
		}
	}
	return math.Round(c*100) / 100
}

// closeness is how much of the smaller of the two claims' sentence terms
// the other shares, counting half of them as full closeness: news
// sentences about one fact rarely share more.
func closeness(x, y compare.Claim) float64 {
	n := min(len(x.Terms), len(y.Terms))
	if n == 0 {
		return 0.5 // nothing to measure by: neither close nor far
	}
	shared := 0
	for _, t := range x.Terms {
		if containsSorted(y.Terms, t) {
			shared++
		}
	}
	return min(1, float64(shared)/float64(n)/0.5)
}

func containsSorted(ts []string, t string) bool {
	lo, hi := 0, len(ts)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case ts[m] == t:
			return true
		case ts[m] < t:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}

// exactness is how precisely a claim's value is stated: an approximate
// or open-ended amount, a time known only to its year or week, or a
// clause read for its polarity are less sure than an exact figure.
func exactness(c compare.Claim) float64 {
	switch c.Kind {
	case compare.Quantity:
		q, ok := mentions.ParseQuantity(c.Value)
		switch {
		case !ok:
			return 0.8
		case math.IsInf(q.Hi, 1) || math.IsInf(q.Lo, -1):
			return 0.75
		case !q.Exact:
			return 0.9
		}
	case compare.Time:
		if bound, _, ok := timex.ParseBoundedDuration(c.Value); ok {
			// A length of time: as exact as its words say.
			switch {
			case bound != "":
				return 0.75 // open-ended, as an amount is
			case claims.EstimatedDuration(c.Display):
				return 0.9
			}
			return 1
		}
		iv, ok := timex.Parse(c.Value)
		switch {
		case !ok:
			return 0.8
		case iv.End.Sub(iv.Start).Hours() > 24*31:
			return 0.9 // a year or a season: the text may mean a part of it
		}
	case compare.PolarityKind:
		return 0.9 // negation is read from the clause and sometimes misread
	}
	return 1
}

// sentence makes a reason into a sentence: capital first letter and a
// final period.
func sentence(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// MaxOthers is how many other documents' values a reason names.
const MaxOthers = 5

// withOthers adds to reason the values of documents other than the two it
// names, so that a verdict on three or more sources shows every source's
// value: `Also d3 says "169".`"
func withOthers(reason string, cs []compare.Claim, named ...string) string {
	var others []string
	seen := map[string]bool{}
	for _, n := range named {
		seen[n] = true
	}
	for _, c := range cs {
		if seen[c.Doc] {
			continue
		}
		seen[c.Doc] = true
		if len(others) == MaxOthers {
			others = append(others, "and more")
			break
		}
		others = append(others, fmt.Sprintf("%s says %s", c.Doc, display(c)))
	}
	if len(others) == 0 {
		return reason
	}
	return reason + " Also " + strings.Join(others, ", ") + "."
}
