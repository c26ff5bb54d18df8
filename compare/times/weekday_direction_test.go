package times

import "testing"

// TestWeekdayDirection checks which way a bare weekday is read from the
// publication date: after "until" (the end of a span that starts at the
// time spoken of), after a verb in the simple present (a scheduled
// event), and in the scope of an infinitive far before it.
func TestWeekdayDirection(t *testing.T) {
	const (
		sun = "2026-11-29" // a Sunday
		mon = "2026-11-30" // a Monday
		tue = "2026-12-01" // a Tuesday
		wed = "2026-12-02" // a Wednesday
	)
	tests := []struct{ pub, text, expr, typ, want string }{
		// "until" ends a span that starts at or after the act, whatever its tense
		{mon, "The hearing was adjourned on Monday until Wednesday.", "Wednesday", "DATE", "2026-12-02"},
		{mon, "The hearing was adjourned until Wednesday.", "Wednesday", "DATE", "2026-12-02"},
		{mon, "The minister suspended the talks till Thursday.", "Thursday", "DATE", "2026-12-03"},
		{mon, "The road was closed until this Wednesday.", "this Wednesday", "DATE", "2026-12-02"},
		{mon, "Voting was extended until late Wednesday.", "late Wednesday", "DATE", "2026-12-02"},
		// ... unless the clause is anchored in the past or speaks of a past state
		{mon, "He had stayed there until Tuesday.", "Tuesday", "DATE", "2026-11-24"},
		{mon, "The board had postponed the vote until Thursday.", "Thursday", "DATE", "2026-11-26"},
		{mon, "The body was not found until Saturday.", "Saturday", "DATE", "2026-11-28"},
		{mon, "The suspect didn't confess until Sunday.", "Sunday", "DATE", "2026-11-29"},
		{mon, "The ceasefire held until Friday.", "Friday", "DATE", "2026-11-27"},
		{mon, "The patient was in hospital until Thursday.", "Thursday", "DATE", "2026-11-26"},
		// a named first day anchors the end of the span
		{mon, "The border stayed shut from Friday until Sunday.", "Sunday", "DATE", "2026-11-29"},
		{sun, "The exhibition runs from Friday until Sunday.", "Friday", "DATE", "2026-12-04"},
		{sun, "The exhibition runs from Friday until Sunday.", "Sunday", "DATE", "2026-12-06"},
		{mon, "Flights were grounded from Friday through Sunday.", "Sunday", "DATE", "2026-11-29"},
		{wed, "The office is open from Monday through Friday.", "Friday", "DATE", "2026-12-04"},
		// a verb in the simple present, third person, states a schedule
		{sun, "The trial resumes on Monday.", "Monday", "DATE", "2026-11-30"},
		{sun, "Parliament opens Tuesday.", "Tuesday", "DATE", "2026-12-01"},
		{sun, "The court hears the appeal on Wednesday.", "Wednesday", "DATE", "2026-12-02"},
		{sun, "Germany's parliament votes on Thursday.", "Thursday", "DATE", "2026-12-03"},
		{sun, "Officials said that the summit opens on Friday.", "Friday", "DATE", "2026-12-04"},
		// ... but not a reporting verb, a base form, or a plural noun
		{sun, "The minister says on Friday that the deal is dead.", "Friday", "DATE", "2026-11-27"},
		{sun, "Rebels attack town Saturday.", "Saturday", "DATE", "2026-11-28"},
		{sun, "Police arrested protesters on Saturday.", "Saturday", "DATE", "2026-11-28"},
		{sun, "The attacks on Friday shocked the town.", "Friday", "DATE", "2026-11-27"},
		{sun, "Air strikes on Friday killed nine people.", "Friday", "DATE", "2026-11-27"},
		{sun, "The index shed 12.5 points Friday.", "Friday", "DATE", "2026-11-27"},
		{sun, "The merger follows Tuesday's vote by the board.", "Tuesday", "DATE", "2026-11-24"},
		// an infinitive of intent governs a time far after it
		{tue, "The county has announced to close the old ferry terminal to all cars at wee hours on Wednesday.", "Wednesday", "TIME", "2026-12-02TMO"},
		{tue, "The regulator has moved to ban the sale of cheap menthol cigarettes in all of the corner shops across the country on Friday.", "Friday", "DATE", "2026-12-04"},
		// ... unless a participle or a comma stands between
		{tue, "The army deployed troops to guard the border, with the first units arriving in the northern province on Friday.", "Friday", "DATE", "2026-11-27"},
		// the hours after midnight are a part of the day
		{tue, "Gunmen stormed the village in the small hours of Sunday.", "Sunday", "TIME", "2026-11-29TMO"},
		{tue, "The fire broke out in the early hours of Monday.", "Monday", "TIME", "2026-11-30TMO"},
	}
	for _, tt := range tests {
		checkTime(t, tt.pub, tt.text, tt.expr, tt.typ, tt.want)
	}
}

// checkTime asserts that the time expression expr of text, published on
// pub, is found with type typ ("" for any) and value want.
func checkTime(t *testing.T, pub, text, expr, typ, want string) {
	t.Helper()
	d, ms := timesIn(pub, text)
	found := false
	for _, m := range ms {
		if string(d.Text[m.Span.Start:m.Span.End]) != expr {
			continue
		}
		found = true
		if (typ != "" && m.Type != typ) || m.Value != want {
			t.Errorf("Find(%q) published %s: %q = %s %s, want %s %s", text, pub, expr, m.Type, m.Value, typ, want)
		}
	}
	if !found {
		t.Errorf("Find(%q): no %q among %v", text, expr, ms)
	}
}
