package times

import "testing"

// TestWeekdayAfterNamedDayOrOwnVerb checks two readings of a weekday that
// the tense of the sentence would get wrong: the end of a span whose start
// is a day just named, and a fronted weekday whose own verb follows it.
func TestWeekdayAfterNamedDayOrOwnVerb(t *testing.T) {
	const wed = "2026-12-02" // a Wednesday
	tests := []struct{ pub, text, expr, want string }{
		// The span starts at the day named, not at publication.
		{wed, "The inquiry sat on November 16 before a recess until Monday's session.", "Monday", "2026-11-23"},
		{wed, "Talks opened on November 18 and were suspended until Friday.", "Friday", "2026-11-20"},
		// A verb right after a fronted weekday is its own.
		{wed, "His lawyer says he will appeal and on Monday praised the jury.", "Monday", "2026-11-30"},
		// Without a day named before it, "until" still looks ahead.
		{wed, "The hearing was adjourned until Monday.", "Monday", "2026-12-07"},
	}
	for _, tt := range tests {
		checkTime(t, tt.pub, tt.text, tt.expr, "", tt.want)
	}
}
