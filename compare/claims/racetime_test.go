package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRaceTimeClaims: hours, minutes and seconds are the time the
// clause's subject took, asked of that person when a name says whose,
// also through a participle ("..., crossing the line in"); a time with
// no person is asked of no one, and a clock time is no time taken.
func TestRaceTimeClaims(t *testing.T) {
	type race struct{ Key, Value, Subject string }
	for _, tt := range []struct {
		text string
		want []race
	}{
		{"Ana Ruiz won the Kelby half marathon in 1:09:14.", []race{{"racetime", "PT1H9M14S", "ruiz"}}},
		{"Tomas Brell broke the course record, crossing the line in 2:07:40.", []race{{"racetime", "PT2H7M40S", "brell"}}},
		{"The old course record of 2:08:02 had stood since 2014.", []race{{"racetime", "PT2H8M2S", ""}}},
		{"The race started at 9:05 a.m. on Sunday.", nil},
	} {
		_, cs := extract(tt.text, "2031-04-14")
		var got []race
		for _, c := range cs {
			if KindOf(c.Key).Name == "racetime" {
				got = append(got, race{c.Key, c.Value, c.Subject})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q): race times mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
