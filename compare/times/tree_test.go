package times

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
	"github.com/claimdiff/claimdiff/compare/syntax"
)

// parsedTimes runs Find over text split into sentences and parsed, as
// the pipeline does, published on pub.
func parsedTimes(pub, text string) (*compare.Document, []compare.Mention) {
	d := compare.NewDocument("t.txt", []byte(text))
	d.SetPublished(pub)
	ss := segment.Sentences(d)
	syntax.Parse(d, ss)
	return d, Find(d, ss)
}

// TestWeekdayDirectionFromTree checks that a bare weekday takes the
// direction of the verb group it hangs on in the parse, where the words
// next to it point the other way or nowhere.
func TestWeekdayDirectionFromTree(t *testing.T) {
	const (
		sun = "2026-11-29" // a Sunday
		mon = "2026-11-30" // a Monday
	)
	tests := []struct{ pub, text, expr, want string }{
		// a future or a plan whose participle ends in -ed
		{sun, "The final match will be played in the capital on Monday.", "Monday", "2026-11-30"},
		{sun, "The new bridge will be opened to traffic on Thursday.", "Thursday", "2026-12-03"},
		{sun, "The ferry service is scheduled to be resumed on Wednesday.", "Wednesday", "2026-12-02"},
		{sun, "The harbour will be closed Tuesday.", "Tuesday", "2026-12-01"},
		// a day of a noun the verb takes: the verb's tense dates it
		{mon, "The visit comes ahead of a meeting of the finance ministers of the two countries on Friday.", "Friday", "2026-12-04"},
		{mon, "The dinner, to be held at the old palace on Monday evening, comes ahead of a meeting between the two leaders on Friday.", "Friday", "2026-12-04"},
		// a day of a thing the clause's event happens within: the
		// clause's tense dates it, wherever the parse hangs the thing
		{sun, "Booths will open at 6 am (0400 GMT) until 7 pm (1700 GMT) during Thursday's ballot.", "Thursday", "2026-12-03"},
		{sun, "Booths opened at 6 am (0400 GMT) during Thursday's ballot.", "Thursday", "2026-11-26"},
		{sun, "The harbour will stay shut during Tuesday's regatta.", "Tuesday", "2026-12-01"},
		// a past group, whatever follows the day
		{sun, "Union leaders agreed Thursday to extend the strike.", "Thursday", "2026-11-26"},
		{sun, "The new line was to have opened on Thursday.", "Thursday", "2026-11-26"},
		{sun, "Striker Ai Tanaka missed a penalty on Friday.", "Friday", "2026-11-27"},
		// a participle qualifying a noun has no tense of its own: the
		// thing's schedule lies ahead, whatever the clause's tense
		{sun, "The crews confirmed a two-day walkout starting on Thursday.", "Thursday", "2026-12-03"},
		{sun, "The league announced a tournament opening on Friday.", "Friday", "2026-12-04"},
		// a plural noun the tagger may take for a verb dates nothing
		{sun, "The envoy told his Japanese hosts Tuesday that the plant would stay open.", "Tuesday", "2026-11-24"},
	}
	for _, tt := range tests {
		checkParsedTime(t, tt.pub, tt.text, tt.expr, tt.want)
	}
}

// TestWeekdayDirectionParsed checks that the parse keeps the directions
// the word window gets right.
func TestWeekdayDirectionParsed(t *testing.T) {
	const sun, mon = "2026-11-29", "2026-11-30"
	tests := []struct{ pub, text, expr, want string }{
		{mon, "The hearing was adjourned until Wednesday.", "Wednesday", "2026-12-02"},
		{mon, "The ceasefire held until Friday.", "Friday", "2026-11-27"},
		{sun, "The trial resumes on Monday.", "Monday", "2026-11-30"},
		{sun, "The minister says on Friday that the deal is dead.", "Friday", "2026-11-27"},
		{sun, "Police arrested protesters on Saturday.", "Saturday", "2026-11-28"},
		{sun, "Air strikes on Friday killed nine people.", "Friday", "2026-11-27"},
		{sun, "The merger follows Tuesday's vote by the board.", "Tuesday", "2026-11-24"},
		{sun, "The talks will resume on Friday.", "Friday", "2026-12-04"},
		{sun, "On Friday, the ministers will sign the accord.", "Friday", "2026-12-04"},
		{sun, "The ministers met on Friday and will meet again on Tuesday.", "Tuesday", "2026-12-01"},
		{sun, "The ministers will meet on Monday and sign the accord on Tuesday.", "Tuesday", "2026-12-01"},
	}
	for _, tt := range tests {
		checkParsedTime(t, tt.pub, tt.text, tt.expr, tt.want)
	}
}

func checkParsedTime(t *testing.T, pub, text, expr, want string) {
	t.Helper()
	d, ms := parsedTimes(pub, text)
	for _, m := range ms {
		if string(d.Text[m.Span.Start:m.Span.End]) == expr {
			if m.Value != want {
				t.Errorf("Find(%q) published %s, parsed: %q = %s, want %s", text, pub, expr, m.Value, want)
			}
			return
		}
	}
	t.Errorf("Find(%q), parsed: no %q among %v", text, expr, ms)
}
