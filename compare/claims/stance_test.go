package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
)

func TestStanceClaims(t *testing.T) {
	type stanceBrief struct{ Key, Subject, Value, Evidence string }
	tests := []struct {
		text string
		want []stanceBrief
	}{
		{
			// Every name of the subject takes the stance.
			"Two rivals, Senator Jane Halloway and Governor Tom Brickell, are vying for the nomination.",
			[]stanceBrief{
				{"stance/candidacy", "tombrickell", "true", "vying"},
				{"stance/candidacy", "janehalloway", "true", "vying"},
			},
		},
		{
			// A pronoun subject is the person named before it.
			"Senator Jane Halloway said on Thursday that she would pull out of the contest.",
			[]stanceBrief{{"stance/candidacy", "janehalloway", "false", "pull out"}},
		},
		{
			// Negation reverses the stance.
			"Governor Tom Brickell did not withdraw from the contest.",
			[]stanceBrief{{"stance/candidacy", "tombrickell", "true", "withdraw"}},
		},
		{
			"The Red Cross rejected the plan on Monday.",
			[]stanceBrief{{"stance/acceptance/plan", "redcross", "false", "rejected"}},
		},
		{
			// No person or body: nobody to hold the stance.
			"Voters rejected the plan on Monday.",
			nil,
		},
		{
			// Withdrawing troops is no candidacy; opposing a person no
			// acceptance.
			"General Sam Okoro promised to withdraw his troops, and his allies formed a front to oppose Governor Tom Brickell.",
			nil,
		},
		{
			// The object ends at a preposition; a pronoun object is a
			// person; "US" is no pronoun.
			"President Ann Ames praised the harvest report at a briefing. Governor Tom Brickell welcomed him as a close ally.",
			nil,
		},
		{
			"The Red Cross rejected on Thursday a US plan.",
			[]stanceBrief{{"stance/acceptance/plan", "redcross", "false", "rejected"}},
		},
		{
			// Part of an offer accepted is neither yes nor no.
			"The Transport Workers Union accepted part of the pay offer on Monday.",
			[]stanceBrief{{"stance/acceptance/offer", "transportworkersunion", "partial", "accepted"}},
		},
		{
			// A gloss in brackets after a body's name is passed over.
			"The Red Cross (Crimean War) rejected on Monday the offer.",
			[]stanceBrief{{"stance/acceptance/offer", "redcross", "false", "rejected"}},
		},
		{
			// A name inside a phrase before the subject is not the
			// subject; the pronoun after "said" is the speaker.
			"In a letter to Senator Jane Halloway, Governor Tom Brickell said he would pull out of the race.",
			[]stanceBrief{{"stance/candidacy", "tombrickell", "false", "pull out"}},
		},
	}
	for _, tt := range tests {
		d, cs := extractAll(tt.text, "2005-11-16")
		var got []stanceBrief
		for _, c := range cs {
			if c.Kind == compare.PolarityKind && c.Key != "polarity" {
				got = append(got, stanceBrief{c.Key, c.Subject, c.Value, d.Slice(c.Evidence)})
				want := answer(c.Value == "true")
				if c.Value == "partial" {
					want = "partly"
				}
				if c.Display != want {
					t.Errorf("Extract(%q): %s shown as %q, want %q", tt.text, c.Key, c.Display, want)
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) stance claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestStanceOfWeIsTheSpeakersBody(t *testing.T) {
	text := "Maria Lopez, spokeswoman of the Farm Workers Union, attended the signing on Monday.\n\n" +
		"\"We only accept the first part of the offer,\" said Maria Lopez.\n\n" +
		"\"We reject the offer,\" said Tom Reyes, a farmer."
	_, cs := extractAll(text, "2005-11-16")
	var got []string
	for _, c := range cs {
		if strings.HasPrefix(c.Key, "stance/acceptance") {
			got = append(got, c.Subject+"="+c.Value)
		}
	}
	// Reyes was introduced as no body's speaker: his "we" is nobody known.
	// Accepting only a part of the offer is neither yes nor no.
	if want := []string{"farmworkersunion=partial"}; !cmp.Equal(got, want) {
		t.Errorf("stance claims = %q, want %q", got, want)
	}
}

func TestStanceQuestionNamesWhatIsAccepted(t *testing.T) {
	for text, want := range map[string]string{
		"The Red Cross rejected on Monday a hastily drafted deal.": "Does Red Cross accept the agreement?",
		"The Red Cross rejected the plan.":                         "Does Red Cross accept the plan?",
	} {
		_, cs := extractAll(text, "2005-11-16")
		got := ""
		for _, c := range cs {
			if strings.HasPrefix(c.Key, "stance/acceptance") {
				got = c.Question
			}
		}
		if got != want {
			t.Errorf("Extract(%q) stance question = %q, want %q", text, got, want)
		}
	}
}
