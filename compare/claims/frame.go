package claims

import "github.com/claimdiff/claimdiff/compare"

// The frame of a value is read from the dependency tree: the predicate it
// belongs to, the event that predicate names, and whether the predicate is
// planned, negated or reported. Each is scoped by the tree, so that a cue
// in another clause of the sentence ("will monitor the deal clinched on
// Tuesday") does not reach the value.

// maxClimb is how many heads a value climbs to find its predicate.
const maxClimb = 6

// isPredicate reports whether word k heads a clause: a verb, or an
// auxiliary or copula left as head by the parse.
func isPredicate(st *sent, k int) bool {
	u := st.words[k].upos
	return u == "VERB" || u == "AUX"
}

// dependents calls f with each word whose head is k, in order, until f
// returns false.
func dependents(st *sent, k int, f func(j int) bool) {
	for j := range st.words {
		if st.words[j].head == k && !f(j) {
			return
		}
	}
}

// eventSubject returns the subject of predicate k when it names an event.
func eventSubject(st *sent, k int) (int, *event) {
	at := -1
	dependents(st, k, func(j int) bool {
		if r := st.words[j].rel; (r == "nsubj" || r == "nsubj:pass") && st.words[j].ev != nil && !isChange(st.words[j].ev) {
			at = j
		}
		return at < 0
	})
	if at < 0 {
		return -1, nil
	}
	return at, st.words[at].ev
}

// argumentEvent returns the subject or object of predicate k that names
// an event: a light verb says only that its argument happened ("the talks
// were held", "an agreement was reached").
func argumentEvent(st *sent, k int) (int, *event) {
	at := -1
	dependents(st, k, func(j int) bool {
		switch st.words[j].rel {
		case "nsubj", "nsubj:pass", "obj":
			if ev := st.words[j].ev; ev != nil && !isChange(ev) {
				at = j
				return false
			}
		}
		return true
	})
	if at < 0 {
		return -1, nil
	}
	return at, st.words[at].ev
}

// treeEvent returns the event the value at word i belongs to, read up the
// tree: the first head that names an event, or whose subject or object
// does. It climbs from a verb only to the verb or noun it completes
// ("expected to resume", "the pact signed"), never into another clause.
// It returns -1, nil when the tree names none.
func treeEvent(st *sent, i int, span compare.Span, subjectFirst bool) (int, *event) {
	i = topOf(st, i, span)
	k := st.words[i].head
	for n := 0; k >= 0 && n < maxClimb; n++ {
		w := st.words[k]
		if w.ev != nil && !isChange(w.ev) {
			if subjectFirst && isPredicate(st, k) {
				// "the earthquake struck": a verb whose subject names an
				// event dates that event; a count is still the verb's
				// ("the flood killed 12").
				if j, ev := eventSubject(st, k); ev != nil {
					return j, ev
				}
			}
			return k, w.ev
		}
		if (w.upos == "NOUN" || w.upos == "PROPN") && !(n == 0 && st.words[i].rel == "nummod") {
			// A value that qualifies a thing ("a scandal two years ago")
			// is the thing's; only a count climbs through its noun
			// ("killed 9 workers").
			return -1, nil
		}
		if isPredicate(st, k) {
			if j, ev := argumentEvent(st, k); ev != nil {
				return j, ev
			}
			switch w.rel {
			case "xcomp", "acl":
			default:
				return -1, nil
			}
		}
		k = w.head
	}
	return -1, nil
}

// predicateOf returns the predicate of the clause word i is in: the first
// verb at or above it, or -1.
func predicateOf(st *sent, i int) int {
	k := i
	for n := 0; k >= 0 && n <= maxClimb; n++ {
		if isPredicate(st, k) {
			return k
		}
		k = st.words[k].head
	}
	return -1
}

// plannedAt reports whether the clause of word i speaks of what is still
// to come: its verb has a future auxiliary ("will reopen"), a "would" of
// reported speech (not "would have"), or completes a verb of expectation
// or intent ("is expected to resume", "decided to close").
func plannedAt(st *sent, i int) bool {
	k := predicateOf(st, i)
	for n := 0; k >= 0 && n < maxClimb; n++ {
		future := false
		dependents(st, k, func(j int) bool {
			if st.words[j].rel != "aux" {
				return true
			}
			switch st.words[j].lower {
			case "will", "shall", "'ll":
				future = true
			case "would", "'d":
				future = !hasAux(st, k, "have")
			}
			return !future
		})
		if future {
			return true
		}
		w := st.words[k]
		if w.rel != "xcomp" || w.head < 0 {
			return false
		}
		// The verb this one completes: "expected", "plans", "set".
		k = w.head
		if h := st.words[k]; expectationLemmas[h.plemma] || intentions[stem(h.plemma)] {
			return true
		}
	}
	return false
}

// hasAux reports whether predicate k has the auxiliary lemma aux.
func hasAux(st *sent, k int, aux string) bool {
	found := false
	dependents(st, k, func(j int) bool {
		found = st.words[j].rel == "aux" && st.words[j].plemma == aux
		return !found
	})
	return found
}

// expectationLemmas are verbs and adjectives whose complement names what
// is expected or arranged to happen.
var expectationLemmas = set("expect plan schedule slate due set intend poise")

// frameEvent returns the event of the value at word i: from the tree
// (treeEvent), else the nearest event word within maxDist words.
func frameEvent(st *sent, i int, span compare.Span, maxDist int) (int, *event) {
	if j, ev := treeEvent(st, i, span, true); ev != nil {
		return j, ev
	}
	// Keeping the nearest word to the value's own clause (its predicate)
	// was tried: no change on one half of the shared clusters, fewer
	// agreements on the other.
	// An event still to come ("hoping to settle") is not what a value of
	// a clause that happened belongs to.
	planned := plannedAt(st, i)
	return nearestEventWhere(st, i, maxDist, func(j int) bool {
		return planned || !plannedAt(st, j)
	})
}

// topOf returns the word of the value starting at word i, in span, whose
// head lies outside it ("afternoon" of "Friday afternoon"), or i.
func topOf(st *sent, i int, span compare.Span) int {
	k := i
	for n := 0; n < maxClimb; n++ {
		h := st.words[k].head
		if h < 0 || !span.Contains(st.words[h].span) {
			return k
		}
		k = h
	}
	return k
}
