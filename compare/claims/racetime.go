package claims

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// raceTime reads a time taken written in hours, minutes and seconds
// ("crossed the line in 2:04:31", "clocked 2:05:12"), which the times
// package reads as a duration: the time the clause's subject took, a
// race's, asked of that person when a name says whose (kind "racetime",
// matched by subject as an age is). It reports false for any other
// duration (text is the mention's, lower-cased).
func (x *extractor) raceTime(st *sent, m compare.Mention, i int, text string) (compare.Claim, bool) {
	if strings.Count(text, ":") != 2 {
		return compare.Claim{}, false
	}
	c := x.claim(st, compare.Time, "racetime", "In what time?", m.Value, x.d.Slice(m.Span), m.Span, i)
	c.Near = near(st, m.Span, durationWindow)
	if j := clauseSubject(st, i); j >= 0 {
		if c.Subject = nameOf(st, j); c.Subject != "" {
			c.Question = fmt.Sprintf("In what time did %s finish?", st.ms[st.words[j].mention].Value)
		}
	}
	return c, true
}

// clauseSubject returns the subject of the clause of word i, or of the
// clause a participle or a conjoined verb without one hangs on
// ("Orengo broke the record, crossing the line in 2:04:31"), or -1.
func clauseSubject(st *sent, i int) int {
	p := predicateOf(st, i)
	for n := 0; p >= 0 && n < maxClimb; n++ {
		if j := firstDep(st, p, "nsubj"); j >= 0 {
			return j
		}
		switch st.words[p].rel {
		case "advcl", "xcomp", "conj":
			p = st.words[p].head
		default:
			return -1
		}
	}
	return -1
}

// nameOf returns the family-name key of a person named at word j, or "".
func nameOf(st *sent, j int) string {
	if j < 0 {
		return ""
	}
	if m := st.words[j].mention; m >= 0 && st.ms[m].Kind == compare.Name && (st.ms[m].Type == "PERSON" || st.ms[m].Type == "NAME") {
		return surnameKey(st.ms[m].Value)
	}
	return ""
}
