package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExistsClaims(t *testing.T) {
	type ex struct{ Key, Value, Question, Evidence string }
	tests := []struct {
		text string
		want []ex
	}{
		{
			"On Friday she became the first woman to climb the north face alone.",
			[]ex{{"exists/woman", "true", "Was there a woman to climb the north face alone?", "first woman to climb the north face alone"}},
		},
		{
			"So far no climber has yet reached the summit in winter.",
			[]ex{{"exists/climber", "false", "Has any climber reached the summit in winter?", "no climber has yet reached the summit in winter"}},
		},
		{
			"No survivors were found in the wreck, the coastguard said.",
			[]ex{{"exists/survivor", "false", "Was any survivor found in the wreck?", "No survivors were found in the wreck"}},
		},
		{
			// "no longer" is no determiner of a kind.
			"Her brother no longer has shares in the bakery.",
			nil,
		},
		{
			// "first" with no "to" and a verb after it: nothing said of a kind.
			"The first round of talks ended on Monday.",
			nil,
		},
	}
	for _, tt := range tests {
		d, cs := extractAll(tt.text, "2005-11-16")
		var got []ex
		for _, c := range withPrefix(cs, "exists/") {
			got = append(got, ex{c.Key, c.Value, c.Question, d.Slice(c.Evidence)})
			if want := answer(c.Value == "true"); c.Display != want {
				t.Errorf("Extract(%q): %s shown as %q, want %q", tt.text, c.Key, c.Display, want)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) exists claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
