package claims

import "github.com/claimdiff/claimdiff/compare"

// Where claims: the place a locative preposition gives an event.

var locatives = set("at in near outside inside from")

// placeClaim makes a "where" claim of a place name that a locative
// preposition governs: "held at Geneva", "in the village of Evian".
func (x *extractor) placeClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	if m.Type != "PLACE" && m.Type != "NAME" {
		return compare.Claim{}, false // people, bodies, events ("in the Crimean War")
	}
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	if i <= 0 || !governedByLocative(st, i) {
		return compare.Claim{}, false
	}
	j, ev := nearestEvent(st, i, 10)
	question := "Where did it happen?"
	if ev != nil {
		question = ev.location
	} else {
		j = i
	}
	c := x.claim(st, compare.Name, "where", question, m.Value, x.d.Slice(m.Span), m.Span, j)
	c.Subject = "" // the place is the value, not what the claim is about
	return c, true
}

// governedByLocative reports whether the words before word i are a
// locative preposition, optionally with "the", adjectives and "village of"
// between: "at the Hague", "in the old border village of X".
func governedByLocative(st *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		w := st.words[j]
		if locatives[w.lower] {
			return true
		}
		if w.mention >= 0 || !hasLetter(w.lower) {
			return false
		}
	}
	return false
}
