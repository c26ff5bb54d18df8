package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// Where claims: the place a locative preposition gives an event.

var locatives = set("at in near outside inside from")

// pathLocatives also give a place, but only where the tree says they
// govern it: "into X's border" is not in X.
var pathLocatives = set("into across along off within throughout")

// placeClaim makes a "where" claim of a place name that a locative
// preposition governs: "held at Lyon", "in the village of Sorrel".
func (x *extractor) placeClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	if m.Type != "PLACE" && m.Type != "NAME" {
		return compare.Claim{}, false // people, bodies, events ("in the Crimean War")
	}
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	if i <= 0 || !governedByLocative(st, i, m.Span) {
		return compare.Claim{}, false
	}
	// The event the place is of is read up the tree first ("the blast in
	// X", "rioted in X"); a rise or fall is never it.
	j, ev := treeEvent(st, i, m.Span, false)
	if ev == nil {
		j, ev = nearestEvent(st, i, 10)
	}
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

// governedByLocative reports whether the place at word i (in span) is
// the object of a locative preposition: in the tree ("flowed into the
// X River"), or in the words before it, with "the", adjectives and
// "village of" between, where the parse hung the place elsewhere ("in
// the old border village of X").
func governedByLocative(st *sent, i int, span compare.Span) bool {
	top := topOf(st, i, span)
	if governed(st, top) {
		return true
	}
	if h := st.words[top].head; h >= 0 && hasCase(st, top, "of") && st.words[h].upos == "NOUN" &&
		lexicon.Classes(st.words[h].lemma, lexicon.Noun).Has(lexicon.Place) && governed(st, h) {
		return true // "off the coast of X", but not "into the killing of X"
	}
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

// governed reports whether word k has a locative preposition as its case.
func governed(st *sent, k int) bool { return caseIn(st, k, anyLocative) }

var anyLocative = wordlist.Union(locatives, pathLocatives)

// SamePlace reports whether two places name one: the same name, or one
// name followed by words for the kind of place it is ("Gelderland" and
// "Gelderland Province", "Tarn" and "Tarn River"). The added words must
// be common nouns in WordNet whose first sense names no kind of person,
// so that a surname never makes two people's places one.
func SamePlace(a, b string) bool {
	if mentions.SameName(a, b) {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	if len(fa) == 0 || len(fa) == len(fb) {
		return false
	}
	for i, w := range fa {
		if !strings.EqualFold(w, fb[i]) {
			return false
		}
	}
	person, _ := lexicon.ClassByName("person")
	for _, w := range fb[len(fa):] {
		// The first sense decides: "plant" is a factory before it is a
		// planted actor, "smith" a metalworker first.
		ss := lexicon.Synsets(strings.ToLower(w), lexicon.Noun)
		if len(ss) == 0 || ss[0].Classes().Has(person) {
			return false
		}
	}
	return true
}
