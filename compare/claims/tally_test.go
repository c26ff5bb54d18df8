package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTallyClaims: two numbers joined by a dash that a vote or a
// decision takes are how the vote split, the larger side first; a score
// of a game, a deficit or a range of ages is none.
func TestTallyClaims(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The Harwick council voted 7-4 on Tuesday to cap rents.", []string{"7-4"}},
		{"The committee approved the budget 8-3 on Monday.", []string{"8-3"}},
		{"The assembly adopted the levy by a 19-12 margin.", []string{"19-12"}},
		{"The court issued a 5-4 ruling on the merger.", []string{"5-4"}},
		{"The senate passed the harbour bill 60-38 on Friday.", []string{"60-38"}},
		{"Orvik won 3-1 at home on Saturday.", nil},
		{"The hosts defeated the visitors 28-25 in the opener.", nil},
		{"Tamsel overturned a 12-6 deficit at half-time.", nil},
		{"Children aged 10-12 took part in the vote.", nil},
	} {
		_, cs := extract(tt.text, "2031-04-14")
		var got []string
		for _, c := range cs {
			if c.Key == tallyKey {
				got = append(got, c.Value)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q): tallies mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestSeveralTallies: a report that gives two splits (a committee's and
// the chamber's) asks no one question of its vote: each is keyed apart.
func TestSeveralTallies(t *testing.T) {
	_, cs := extract("The committee backed the plan 5-2 on Monday. The full council voted 7-4 for it on Tuesday.", "2031-04-14")
	var keys []string
	for _, c := range cs {
		if strings.HasPrefix(c.Key, tallyKey) {
			keys = append(keys, c.Key+" "+c.Value)
		}
	}
	want := []string{"tally/several/1 5-2", "tally/several/2 7-4"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("tallies mismatch (-want +got):\n%s", diff)
	}
}
