package claims

import (
	"regexp"

	"github.com/claimdiff/claimdiff/compare"
)

// A figure is given for a period when its own frame names a year, a
// quarter or a month: "40,000 tonnes of wheat in 2029", "grew 4.5
// percent in the third quarter". Figures of two periods are two figures,
// whatever else their sentences share. Only the frame counts, read from
// the tree nearest first: a sentence may give one figure for each of two
// years.

// periodValue matches the normalised times that span a period: a year,
// a half, a quarter or a month ("2006", "2006-H1", "2006-Q3", "2006-03").
var periodValue = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$`)

// periodRels are the relations by which a period hangs on a figure, the
// thing it measures or their predicate.
var periodRels = set("obl obl:tmod obl:unmarked nmod nmod:tmod nmod:unmarked")

// dayValue matches a normalised day ("2006-03-14").
var dayValue = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// periodOfFigure returns the period the figure at word i is given for,
// as normalised ("2006"), or "": the first period hung on a word from the
// figure up to its predicate, or on the predicate's object ("its forecast
// for 2006"). With days, a day is a period too, and a day that owns the
// thing measured ("Thursday's quotes"): a price or a level of no event
// is the day's; the toll of an event is the event's, whatever day a
// report gives it on.
func periodOfFigure(st *sent, i int, days bool) string {
	if i < 0 || i >= len(st.words) {
		return ""
	}
	var found string
	look := func(k int) bool {
		dependents(st, k, func(j int) bool {
			if r := st.words[j].rel; !periodRels[r] && !(days && r == "nmod:poss") {
				return true
			}
			if m := st.words[j].mention; m >= 0 && st.ms[m].Kind == compare.Time && st.ms[m].Type == "DATE" &&
				(periodValue.MatchString(st.ms[m].Value) || days && dayValue.MatchString(st.ms[m].Value)) && !caseIn(st, j, timeRelations) {
				found = st.ms[m].Value
				return false
			}
			return true
		})
		return found != ""
	}
	k := mentionTop(st, i)
	for n := 0; k >= 0 && n <= maxClimb; n++ {
		if look(k) {
			return found
		}
		if isPredicate(st, k) {
			obj := firstDep(st, k, "obj", "nsubj", "nsubj:pass")
			if obj >= 0 && look(obj) {
				return found
			}
			return ""
		}
		k = st.words[k].head
	}
	return ""
}
