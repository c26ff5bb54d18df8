package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDurationAndAgeClaims(t *testing.T) {
	type dur struct{ Key, Value, Subject string }
	tests := []struct {
		text string
		want []dur
	}{
		// The two forms that give the length of what they name.
		{"The troops left after a 12-year peacekeeping mission in the valley.", []dur{{"duration/of", "P12Y", ""}}},
		{"It ended 40 years of one-party rule in the republic.", []dur{{"duration/of", "P40Y", ""}}},
		// The event named after the duration is what lasted.
		{"Voters queued through the 10-hour election in the capital.", []dur{{"duration/election", "PT10H", ""}}},
		// An offset or a bound says nothing of what lasted.
		{"The strike came a day after his return from exile.", nil},
		{"The ferry was delayed for more than 5 hours.", nil},
		// An age is of the person named beside it.
		{"Marta Kowalczyk, the 61-year-old mayor, resigned on Friday.", []dur{{"age", "P61Y", "kowalczyk"}}},
		// No person: no age claim.
		{"The 200-year-old bridge was closed.", nil},
		{"Harland Trust, a 136-year-old institution, was sold.", nil},
		// An offset, and a kind of security, say nothing of what lasted.
		{"He was freed within a week of his capture.", nil},
		{"The yield on the 30-year Treasury bond fell.", nil},
		{"The benchmark 30-year rose fractionally.", nil},
		{"The slump should last at least the first two quarters of next year.", nil},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		var got []dur
		for _, c := range cs {
			if c.Key == "age" || KindOf(c.Key).Name == "duration" {
				got = append(got, dur{c.Key, c.Value, c.Subject})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) duration claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestAgeOfTheDefiniteDescriptionIsTheStorysPerson(t *testing.T) {
	text := "Coach Tom Iles praised Anna Berg after the final.\n\nAnna Berg won the race in record time.\n\nFans cheered the 34-year-old champion at the finish."
	_, cs := extract(text, "2005-11-16")
	got := ""
	for _, c := range cs {
		if c.Key == "age" {
			got = c.Subject
		}
	}
	if got != "berg" {
		t.Errorf("age subject = %q, want %q (the person named most)", got, "berg")
	}
}
