package pipeline

import (
	"context"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// Two reports each of stories of kinds the rules were not written from,
// written for this test (testdata/stories): a storm, a trial and a
// kidnapping.
// Each case is a fact a reader would check, and the verdict it must get.

// verdictOf returns the outcome of the alignment of key whose claims
// give exactly values, and whether there is one.
func verdictOf(r *compare.Report, key string, values ...string) (compare.Outcome, bool) {
	slices.Sort(values)
	for _, a := range r.Alignments {
		if a.Key != key {
			continue
		}
		var got []string
		for _, c := range a.Claims {
			got = append(got, c.Value)
		}
		slices.Sort(got)
		if slices.Equal(got, values) {
			return a.Verdict.Outcome, true
		}
	}
	return 0, false
}

func TestStoriesOfNewKinds(t *testing.T) {
	tests := []struct {
		dir, key string
		values   []string
		want     compare.Outcome
	}{
		// The tolls of the capital differ, and the day agrees.
		{"storm", "quantity/death/count/capital", []string{"5", "9"}, compare.Conflict},
		// "At least 30" in one report and 34 in the next: the tolls
		// given differ.
		{"storm", "quantity/death/count", []string{">=30", "34", "34"}, compare.Conflict},
		{"storm", "time/disaster", []string{"2031-03-03", "2031-03-03"}, compare.Agree},
		// The term of the mayor's sentence differs, and so does the
		// number of aides sentenced with him.
		// The headline's "Lanik" is the body's Pero Lanik: its sentence joins.
		{"court", "duration/sentence", []string{"P10Y", "P10Y", "P12Y"}, compare.Conflict},
		{"court", "quantity/sentence/count", []string{"2", "3"}, compare.Conflict},
		// Two close reports of one flood each give the repair fund once,
		// in sentences that share few words: one fact, two amounts.
		{"flood", "count/mark", []string{"2500000", "3000000"}, compare.Conflict},
		// Two reports of one kidnapping, one naming the town as a place
		// the other does not know, disagree on its day.
		{"kidnap", "time/kidnapping", []string{"2031-06-28", "2031-06-29"}, compare.Conflict},
		{"kidnap", "quantity/kidnapping/count", []string{"12", "12", "14"}, compare.Conflict},
		// Two reports of one council vote give its split differently.
		{"council", "tally", []string{"7-4", "8-3"}, compare.Conflict},
	}
	reports := map[string]*compare.Report{}
	for _, tt := range tests {
		r := reports[tt.dir]
		if r == nil {
			var err error
			// The storm's reports are dated by their datelines; the
			// trial's carry no date.
			opt := Options{}
			switch tt.dir {
			case "court":
				opt.Published = "2031-05-02"
			case "kidnap":
				opt.Published = "2031-07-01"
			case "flood":
				opt.Published = "2031-11-12"
			case "council":
				opt.Published = "2031-03-12"
			}
			r, err = Compare(context.Background(), []string{"testdata/stories/" + tt.dir}, opt)
			if err != nil {
				t.Fatal(err)
			}
			reports[tt.dir] = r
		}
		got, ok := verdictOf(r, tt.key, tt.values...)
		if !ok || got != tt.want {
			t.Errorf("%s: %s of %v: verdict %v (found: %v), want %v", tt.dir, tt.key, tt.values, got, ok, tt.want)
		}
	}
	// Neither the mayor's age nor the datelines' days are facts of the
	// story's events.
	for dir, r := range reports {
		for _, a := range r.Alignments {
			for _, c := range a.Claims {
				if a.Kind == compare.Quantity && c.Value == "61" || a.Kind == compare.Time && (c.Value == "2031-03-03" || c.Value == "2031-03-04") && a.Key != "time/disaster" {
					t.Errorf("%s: %s claims %s (%q)", dir, a.Key, c.Value, c.Display)
				}
			}
		}
	}
}
