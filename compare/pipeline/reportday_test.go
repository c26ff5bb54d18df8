package pipeline

import (
	"context"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
)

// TestReportsOfTwoDaysNamingNoEvent: two reports of one market, four
// days apart, whose headlines name no event and whose leads give only
// their own day, are two days' news: their figures differ without
// conflict, and the day that told the judge so is not reported.
func TestReportsOfTwoDaysNamingNoEvent(t *testing.T) {
	dir := t.TempDir()
	report := func(name, day, weekday, volume, index string) string {
		return writeFile(t, dir, name, "Portville shares end lower\n"+day+"\n\n"+
			"Shares on the Portville exchange ended lower on "+weekday+" as shipping firms lost ground to profit taking.\n\n"+
			"The day's volume came to "+volume+" million shares, and the exchange's main index stood at "+index+" points at the close.\n")
	}
	a := report("mon.txt", "7 March 2033", "Monday", "412", "2,118.4")
	b := report("fri.txt", "11 March 2033", "Friday", "377", "2,090.1")
	r, err := Compare(context.Background(), []string{a, b}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, al := range r.Alignments {
		if al.Verdict.Outcome == compare.Conflict || al.Verdict.Outcome == compare.Update {
			t.Errorf("%s %q: %s; two days' figures are not one question", al.Verdict.Outcome, al.Question, al.Verdict.Reason)
		}
		if claims.DatesStoryOnly(al.Key) {
			t.Errorf("alignment %q keyed %s is reported", al.Question, al.Key)
		}
	}
}
