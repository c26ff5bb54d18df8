package times

import "testing"

// TestTenseCues checks which way a bare weekday or month is read from the
// words around it: modals, the perfect after a modal, and clause
// boundaries that end the reading.
func TestTenseCues(t *testing.T) {
	const fri = "2014-10-17" // a Friday: the Saturday before is the 11th, the next the 18th
	tests := []struct{ text, expr, want string }{
		// present modals and "would", "might" look ahead
		{"Visitors can tour the new wing from Saturday and it would stay shut at night.", "Saturday", "2014-10-18"},
		{"The minister said he would attend on Saturday.", "Saturday", "2014-10-18"},
		{"Fans may queue outside the stadium on Saturday.", "Saturday", "2014-10-18"},
		{"The board must decide on Saturday.", "Saturday", "2014-10-18"},
		{"Residents should vote on Saturday.", "Saturday", "2014-10-18"},
		{"Heavy rain might reach the coast on Saturday.", "Saturday", "2014-10-18"},
		{"The striker won't play on Saturday.", "Saturday", "2014-10-18"},
		{"Workers may have to leave on Saturday.", "Saturday", "2014-10-18"},
		{"The minister said the law would take effect in March.", "March", "2015-03"},
		// a modal with the perfect looks back
		{"She may have flown home on Saturday.", "Saturday", "2014-10-11"},
		{"He would not have spoken on Saturday.", "Saturday", "2014-10-11"},
		{"They might've gone home on Saturday.", "Saturday", "2014-10-11"},
		// "could" alone tells nothing; a capitalised name is no modal
		{"The reporter could not reach him on Saturday.", "Saturday", "2014-10-11"},
		{"A goal by Will Jones on Saturday sealed the win.", "Saturday", "2014-10-11"},
		// a cue in another clause is not read
		{"The museum reopens by Saturday, but it closed for a month.", "Saturday", "2014-10-18"},
		{"The gates stay open until Saturday and it rained all week.", "Saturday", "2014-10-18"},
		{"The bridge closed for repairs, and it reopens by Saturday.", "Saturday", "2014-10-18"},
		{"The strike ended; the depot reopens by Saturday.", "Saturday", "2014-10-18"},
		// a comma alone or "and" between nouns is no boundary
		{"On Saturday, the rebels will march on the capital.", "Saturday", "2014-10-18"},
		{"Talks on Saturday and Sunday will settle the matter.", "Saturday", "2014-10-18"},
	}
	for _, tt := range tests {
		d, ms := timesIn(fri, tt.text)
		got, found := "", false
		for _, m := range ms {
			if string(d.Text[m.Span.Start:m.Span.End]) == tt.expr {
				got, found = m.Value, true
			}
		}
		if !found {
			t.Errorf("Find(%q): no %q among %v", tt.text, tt.expr, ms)
		} else if got != tt.want {
			t.Errorf("Find(%q) published %s: %q = %s, want %s", tt.text, fri, tt.expr, got, tt.want)
		}
	}
}
