package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
)

func TestPartiesClaims(t *testing.T) {
	tests := []struct {
		text string
		want []brief
	}{
		{
			"A deal was reached between Chad, Sudan and Libya on Friday.",
			[]brief{{"parties/agreement", "Chad; Libya; Sudan", compare.Asserted, "", "reached between Chad, Sudan and Libya"}},
		},
		{
			// An abbreviation in brackets is the name before it again.
			"Talks between the European Union (EU) and Norway resumed.",
			[]brief{{"parties/meeting", "European Union; Norway", compare.Asserted, "", "Talks between the European Union (EU) and Norway"}},
		},
		{
			// No event before "between": a border is no event.
			"The border between Chad and Sudan stays shut.",
			nil,
		},
		{
			// One name is no list of parties.
			"Talks between Norway and its neighbours resumed.",
			nil,
		},
	}
	for _, tt := range tests {
		d, cs := extractAll(tt.text, "2005-11-16")
		var got []brief
		for _, c := range withPrefix(cs, "parties/") {
			got = append(got, brief{c.Key, c.Value, c.Modality, c.Attribution, d.Slice(c.Evidence)})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) parties mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestPartiesQuestionAgrees(t *testing.T) {
	_, cs := extractAll("Talks between Chad and Sudan resumed.", "2005-11-16")
	found := false
	for _, c := range cs {
		if c.Key == "parties/meeting" {
			found = true
			if c.Question != "Between whom were the talks?" {
				t.Errorf("question %q, want %q", c.Question, "Between whom were the talks?")
			}
		}
	}
	if !found {
		t.Error("no parties claim for \"Talks between Chad and Sudan\"")
	}
}
