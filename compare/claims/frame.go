package claims

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// The frame of a value is read from the dependency tree: the predicate it
// belongs to, the event that predicate names, and whether the predicate is
// planned, negated or reported. Each is scoped by the tree, so that a cue
// in another clause of the sentence ("will enforce the truce signed on
// Sunday") does not reach the value.

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

// firstDep returns the first word whose head is k and whose relation is
// one of rels, or -1.
func firstDep(st *sent, k int, rels ...string) int {
	for j := range st.words {
		if st.words[j].head == k && slices.Contains(rels, st.words[j].rel) {
			return j
		}
	}
	return -1
}

// eventSubject returns the subject of predicate k when it names an event.
func eventSubject(st *sent, k int) (int, *event) {
	at := -1
	dependents(st, k, func(j int) bool {
		r := st.words[j].rel
		if r != "nsubj" && r != "nsubj:pass" {
			return true
		}
		if w := st.words[k]; w.rel == "acl:relcl" && w.head >= 0 && st.words[j].upos == "PRON" {
			// "the earthquake that struck": the relative pronoun stands
			// for the noun the clause qualifies.
			j = w.head
		}
		if ev := st.words[j].ev; ev != nil && !isChange(ev) {
			at = j
		}
		return false
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
	at, rel := -1, ""
	dependents(st, k, func(j int) bool {
		switch r := st.words[j].rel; r {
		case "nsubj", "nsubj:pass", "obj":
			if ev := st.words[j].ev; ev != nil && !isChange(ev) {
				at, rel = j, r
				return false
			}
			if h := st.words[k].head; relativePronouns[st.words[j].lower] && st.words[k].rel == "acl:relcl" && h >= 0 {
				// "a blast that occurred on Monday": the relative
				// pronoun stands for the noun its clause qualifies.
				if ev := st.words[h].ev; ev != nil && !isChange(ev) {
					at, rel = h, r
					return false
				}
			}
		}
		return true
	})
	if at < 0 {
		return -1, nil
	}
	if rel == "nsubj" && st.words[k].kinds&kReport != 0 {
		// An event says nothing: "the storm ..., the ministry said on
		// Tuesday" parsed with the storm as the speaker. The day is the
		// saying's.
		return actedOn, nil
	}
	if w := st.words[k]; rel != "nsubj" && !lightVerbs[w.lemma] && !lightVerbs[w.plemma] && !isExpectation(w) {
		// "rejected the agreement on Wednesday", "the talks were announced
		// on Monday": a verb done to an event has its own day, not the
		// event's. An event that does something ("the quake struck") is
		// still dated by its verb, and one expected ("the talks are
		// expected to resume") by the verb it is expected to do.
		return actedOn, nil
	}
	return at, st.words[at].ev
}

// relativePronouns open a relative clause as its subject or object.
var relativePronouns = set("that which who whom")

// actedOn is argumentEvent's answer for a verb done to an event, and
// treeEvent's for a participle that qualifies a person or body: the value
// is the verb's, and no event nearby is to be taken for it.
const actedOn = -2

// treeEvent returns the event the value at word i belongs to, read up the
// tree: the first head that names an event, or whose subject or object
// does. It climbs from a verb only to the verb or noun it completes
// ("expected to resume", "the pact signed"), never into another clause.
// It returns -1, nil when the tree names none.
func treeEvent(st *sent, i int, span compare.Span, subjectFirst bool) (int, *event) {
	i = topOf(st, i, span)
	k := st.words[i].head
	// "40 injured", "left 12 people dead": what befell those counted,
	// said by an adjective or participle after the number or its noun,
	// is theirs, whatever the verb and its subject ("the flood left").
	if at := befell(st, i, func(j int) bool { return j > i }); at >= 0 {
		return at, st.words[at].ev
	}
	if k >= 0 && st.words[i].rel == "nummod" {
		// "four injured civilians": what befell those counted, said by
		// a participle before their noun, or after it.
		if at := befell(st, k, func(j int) bool { return j != i }); at >= 0 {
			return at, st.words[at].ev
		}
	}
	viaAcl := false // climbed from a participle that qualifies a noun
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
			if hasNoTime(st, k) {
				if viaAcl {
					// "Ana Ruiz, born in 1950, was elected in 1990": the
					// participle's day is its own, not the clause's, and
					// no event nearby is to be taken for it.
					return actedOn, nil
				}
				// "a blast at the Acme company on May 3": a body or a
				// person has no day of its own; a day hung on one is
				// what a parse made of a day of the clause.
				k = w.head
				continue
			}
			if n == 0 && st.words[i].rel == "nmod:poss" {
				// "arrested four over Friday's robbery": a day in the
				// possessive is the act's, through the nouns compounded
				// with it, and surely not the clause's. A thing that is no
				// act ("coal" of a parse gone wrong) says nothing.
				h := k
				for m := 0; m < 3 && st.words[h].rel == "compound" && st.words[h].head > h; m++ {
					h = st.words[h].head
				}
				if e := st.words[h].ev; e != nil && !isChange(e) {
					return h, e
				}
				if ss := lexicon.Synsets(st.words[h].plemma, lexicon.Noun); len(ss) > 0 && actFiles[ss[0].LexFile()] {
					return actedOn, nil // an act no class names
				}
			}
			// A value that qualifies a thing ("a scandal two years ago")
			// is the thing's; only a count climbs through its noun
			// ("killed 9 workers").
			return -1, nil
		}
		if isPredicate(st, k) {
			if j, ev := argumentEvent(st, k); ev != nil || j == actedOn {
				return j, ev
			}
			switch w.rel {
			case "xcomp":
			case "acl":
				viaAcl = true
			default:
				return -1, nil
			}
		}
		k = w.head
	}
	return -1, nil
}

// befell returns the adjective or participle among the modifiers of word
// k at positions where that names an event that befalls (not a change:
// "increased"), or -1. A participle after its noun may head a clause of
// its own ("six villagers injured in the slide").
func befell(st *sent, k int, where func(j int) bool) int {
	at := -1
	dependents(st, k, func(j int) bool {
		w := st.words[j]
		modifies := w.rel == "amod" && (w.upos == "ADJ" || w.upos == "VERB") || w.rel == "acl" && w.upos == "VERB" && j > k
		if modifies && w.ev != nil && !isChange(w.ev) && where(j) {
			at = j
			return false
		}
		return true
	})
	return at
}

// hasNoTime reports whether noun k names a body, a person, a people or
// a place: a name that is no event's ("Cairo", "the Iraqis"), or a word
// WordNet knows only as an organisation or a person.
func hasNoTime(st *sent, k int) bool {
	w := st.words[k]
	if w.mention >= 0 {
		m := st.ms[w.mention]
		return m.Kind == compare.Name && m.Type != "EVENT"
	}
	return w.upos == "NOUN" && !w.guessed && bodyOrPerson.Get(w.lemma, isBodyOrPerson)
}

// bodyOrPerson remembers isBodyOrPerson of the nouns asked about: two
// walks up WordNet's hypernyms per sense, for the same nouns again and
// again.
var bodyOrPerson memo.Strings[bool]

func isBodyOrPerson(noun string) bool {
	return lexicon.IsA(noun, lexicon.Noun, "organization") || lexicon.IsA(noun, lexicon.Noun, "person")
}

// qualifiesThing reports whether the value at word i hangs on a noun for
// a physical thing ("stations", "bridge"), as its modifier (not as a
// count of it): WordNet's physical entities have no time of their own to
// lend to an event named nearby. Abstract nouns ("session") may name
// events WordNet's classes miss, and keep the nearest event.
func qualifiesThing(st *sent, i int, span compare.Span) bool {
	i = topOf(st, i, span)
	k := st.words[i].head
	if k < 0 || st.words[i].rel == "nummod" {
		return false
	}
	// The last noun of an English compound is its head, whatever the
	// parse made of it: in "Friday's gas pipe explosion", read with the day
	// on "gas" and "explosion" as a verb, the explosion is what the day is of.
	for n := 0; n < 3 && k+1 < len(st.words); n++ {
		next := st.words[k+1]
		if next.upos != "NOUN" && next.upos != "PROPN" && len(lexicon.Synsets(next.lower, lexicon.Noun)) == 0 ||
			next.upos == "ADP" || next.upos == "DET" || next.upos == "PUNCT" || next.upos == "" || span.Contains(next.span) {
			break
		}
		k++
	}
	w := st.words[k]
	return w.ev == nil && w.upos == "NOUN" && !w.guessed && physical.Get(w.lemma, isPhysical)
}

// physical remembers isPhysical of the nouns asked about.
var physical memo.Strings[bool]

func isPhysical(noun string) bool { return lexicon.IsA(noun, lexicon.Noun, "physical_entity") }

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
		if w.head < 0 || w.rel != "xcomp" && !(w.rel == "advcl" && hasMark(st, k, "to")) {
			return false
		}
		// The verb this one completes: "expected", "plans", "set".
		k = w.head
		if h := st.words[k]; isExpectation(h) || intentions[stem(h.plemma)] {
			return true
		}
	}
	return false
}

// hasMark reports whether predicate k has the marker mark ("to").
func hasMark(st *sent, k int, mark string) bool {
	found := false
	dependents(st, k, func(j int) bool {
		found = st.words[j].rel == "mark" && st.words[j].lower == mark
		return !found
	})
	return found
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

// isExpectation reports whether w is a verb or adjective of the
// expectations list, whose complement names what is expected or arranged
// to happen: by its lemma ("were expecting to") or as written ("slated").
func isExpectation(w word) bool { return expectations[w.plemma] || expectations[w.lower] }

// frameEvent returns the event of the value at word i: from the tree
// (treeEvent), else the nearest event word within maxDist words.
func frameEvent(st *sent, i int, span compare.Span, maxDist int) (int, *event) {
	j, ev := treeEvent(st, i, span, true)
	if ev != nil {
		return j, ev
	}
	if j == actedOn {
		return -1, nil
	}
	if qualifiesThing(st, i, span) {
		// "the ferry terminals on Friday": the day is the stations',
		// not that of an event named nearby.
		return -1, nil
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

// scope reads from the tree how the clause of word i is stated: negated
// or not, and how firmly (asserted, reported, hedged, expected, denied)
// and by whom. Cues count only in the value's own clause and the clauses
// above it: a report verb whose complement the clause is ("police said
// the toll rose"), or that hangs on it ("the toll rose, police said"),
// "according to" on one of its verbs, a hedge on them, a denial above it.
// Without a verb to read, it falls back to the sentence's cues.
func (x *extractor) scope(st *sent, i int) (mod compare.Modality, attrib string, negative bool) {
	p := predicateOf(st, i)
	if p < 0 {
		return st.modality, st.attrib, negated(st, i)
	}
	negative = negatedAt(st, i, p)
	if plannedAt(st, i) {
		mod = compare.Expected
	}
	report := func(verb int) {
		mod = max(mod, compare.Reported)
		if attrib == "" {
			attrib = x.speaker(st, verb)
		}
	}
	for k, n := p, 0; k >= 0 && n < maxClimb; n++ {
		if hedges[st.words[k].lower] {
			mod = max(mod, compare.Hedged) // "were feared dead"
		}
		dependents(st, k, func(j int) bool {
			w := st.words[j]
			switch {
			case w.rel == "parataxis" && reportingVerbs[w.lower]:
				report(j)
			case w.rel == "advmod" && hedges[w.lower], w.rel == "aux" && hedges[w.lower]:
				mod = max(mod, compare.Hedged)
			case strings.HasPrefix(w.rel, "obl") && hasCase(st, j, "according"):
				mod = max(mod, compare.Reported)
				if w.mention >= 0 && st.ms[w.mention].Kind == compare.Name {
					attrib = st.ms[w.mention].Value
				}
			}
			return true
		})
		h := st.words[k].head
		if h < 0 {
			break
		}
		switch st.words[k].rel {
		case "ccomp", "parataxis", "xcomp", "advcl", "conj":
		default:
			return mod, attrib, negative
		}
		hw := st.words[h]
		switch {
		case denials[hw.lower]:
			mod = max(mod, compare.Denied)
		case reportingVerbs[hw.lower] && st.words[k].rel != "conj":
			report(h)
		case hedges[hw.lower]:
			mod = max(mod, compare.Hedged)
		}
		k = predicateOf(st, h)
	}
	if mod < compare.Reported {
		if k := trailingReport(st); k >= 0 {
			report(k)
		}
	}
	return mod, attrib, negative
}

// trailingReport returns the report verb that ends a sentence after a
// comma ("…, police said."), which states the whole sentence as reported
// whatever the parse attached it to (the parser often reads it as a
// relative clause of the last noun), or -1.
func trailingReport(st *sent) int {
	end := len(st.words)
	for end > 0 && !hasLetterOrDigit(st.words[end-1].lower) {
		end--
	}
	for k := end - 1; k >= 0 && k >= end-4; k-- {
		w := st.words[k]
		if reportingVerbs[w.lower] {
			for c := k - 1; c >= 0 && c >= k-4; c-- {
				if st.words[c].lower == "," {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// hasCase reports whether word j has a case marker of lemma lemma
// ("according" of "according to Reuters").
func hasCase(st *sent, j int, lemma string) bool { return hasDep(st, j, "case", lemma) }

// hasDep reports whether word j has a dependent of relation rel that is
// the word lower.
func hasDep(st *sent, j int, rel, lower string) bool {
	found := false
	dependents(st, j, func(c int) bool {
		found = st.words[c].rel == rel && st.words[c].lower == lower
		return !found
	})
	return found
}

// caseIn reports whether word k has a case marker (a preposition) that is
// one of words.
func caseIn(st *sent, k int, words map[string]bool) bool {
	found := false
	dependents(st, k, func(c int) bool {
		found = st.words[c].rel == "case" && words[st.words[c].lower]
		return !found
	})
	return found
}

// speaker returns the name of who a report verb at k says spoke: its
// subject's name, or a name qualifying a subject that is a common noun;
// the name nearest the verb only when it has no subject ("..., said
// Park").
func (x *extractor) speaker(st *sent, k int) string {
	name, subject := "", false
	dependents(st, k, func(j int) bool {
		if st.words[j].rel != "nsubj" {
			return true
		}
		subject = true
		name = nameOn(st, j)
		return false
	})
	if !subject {
		name = x.nameNear(st, k)
	}
	return name
}

// nameOn returns the name word j is, or that qualifies it ("the
// Dravonian interior ministry", a title's "Prime Minister Ada Holm"), or
// "": a speaker named by a common noun ("officials said") is no name
// near it.
func nameOn(st *sent, j int) string {
	if m := st.words[j].mention; m >= 0 && st.ms[m].Kind == compare.Name {
		return st.ms[m].Value
	}
	name := ""
	var look func(k, depth int)
	look = func(k, depth int) {
		dependents(st, k, func(c int) bool {
			switch st.words[c].rel {
			case "compound", "amod", "nmod", "nmod:poss", "appos", "flat", "flat:name":
				if m := st.words[c].mention; m >= 0 && st.ms[m].Kind == compare.Name {
					name = st.ms[m].Value
				} else if depth > 1 {
					look(c, depth-1) // "the Velmoran mines ministry"
				}
			}
			return name == ""
		})
	}
	look(j, 2)
	return name
}

// negatedAt reports whether the clause of value i, with predicate p, is
// negated: a "not" or "never" on the predicate or on the auxiliaries it
// hangs on, or a "no" on the value's own noun.
func negatedAt(st *sent, i, p int) bool {
	neg := false
	isNeg := func(j int) bool {
		w := st.words[j]
		switch w.lower {
		case "not", "n't", "never", "no", "neither", "nor", "without":
			return w.rel == "advmod" || w.rel == "det" || w.rel == "cc" || w.rel == "case" || w.rel == "mark"
		}
		return false
	}
	dependents(st, p, func(j int) bool {
		neg = isNeg(j)
		return !neg
	})
	if !neg && i != p {
		if h := st.words[i].head; h >= 0 && h != p {
			dependents(st, h, func(j int) bool {
				neg = isNeg(j) && st.words[j].rel == "det"
				return !neg
			})
		}
	}
	return neg
}

// treeSubject returns the name key of the person or body that is the
// subject of the predicate of the value at word i ("Lind won 40.8
// percent", "the party, which won 17 seats"), or "" when its subject
// names none. A verb with no subject of its own takes the subject of the
// verb it completes or is joined to ("is expected to win 30 seats",
// "met on Monday and signed 3 accords", "gained ground by winning 30
// seats"). It reports false when the tree
// gives the value no predicate.
func treeSubject(st *sent, i int) (string, bool) {
	if key := forWhom(st, i); key != "" {
		return key, true
	}
	k := i
	for n := 0; ; n++ {
		if k < 0 || n > maxClimb {
			return "", false
		}
		w := &st.words[k]
		if n > 0 && (w.upos == "NOUN" || w.upos == "PROPN") && w.ev != nil && !isChange(w.ev) && !(n == 1 && st.words[i].rel == "nummod") {
			// "the October earthquake", "the minister's visit on
			// Monday": the value is the event noun's, whose owner, if
			// any, is its subject, not the subject of the verb. A count
			// of the noun ("won 38 seats") is the verb's, and so is the
			// event a light verb has happen ("held talks on Monday").
			if key := actorKey(st, k); key != "" || w.rel != "obj" || w.head < 0 || !lightVerbs[st.words[w.head].plemma] {
				return key, true
			}
			k = w.head
			break
		}
		if isPredicate(st, k) && w.rel != "amod" && w.rel != "acl" {
			break // a participle that qualifies a noun is no clause
		}
		if (w.rel == "nsubj" || w.rel == "nsubj:pass") && !isPredicate(st, k) {
			// "two of the researchers told", "35 percent of voters
			// backed": the value is part of the subject, not about it.
			return "", true
		}
		k = w.head
	}
	for n := 0; k >= 0 && n < maxClimb; n++ {
		subject, key := false, ""
		dependents(st, k, func(j int) bool {
			if r := st.words[j].rel; r == "nsubj" || r == "nsubj:pass" {
				subject = true
				if relativePronouns[st.words[j].lower] {
					// "the party, which won": the parse may have missed
					// the relative clause, but not the pronoun's place.
					j = antecedent(st, j, st.words[k].head)
				}
				// A title and its holder may both be taken for
				// subjects ("Foreign Minister Ana Ruiz arrived"): the
				// one that names someone is.
				key = actorKey(st, j)
			}
			return key == ""
		})
		if subject {
			return key, true
		}
		switch w := st.words[k]; {
		case w.rel == "xcomp" || w.rel == "conj":
			k = w.head
		case w.rel == "advcl" && strings.HasSuffix(w.lower, "ing"):
			// "reasserted its lead by winning 50 seats": a gerund with no
			// subject of its own is done by the subject of its clause.
			k = w.head
		default:
			return "", true
		}
	}
	return "", true
}

// antecedent returns the noun a relative pronoun at word j stands for:
// the noun right before it ("a blow to the party, which won"), where
// English puts it, rather than the parse's head h of the relative
// clause, which a phrase before the noun often takes; j itself when
// neither is a noun.
func antecedent(st *sent, j, h int) int {
	if h < 0 || st.words[h].upos != "NOUN" && st.words[h].upos != "PROPN" {
		h = j
	}
	k := j - 1
	if k >= 0 && st.words[k].lower == "," {
		k--
	}
	if k >= 0 && (st.words[k].upos == "NOUN" || st.words[k].upos == "PROPN") {
		return k
	}
	return h
}

// forWhom returns the person or body a figure at word i is given "for"
// ("46 percent for Ruiz", "3,100 votes for the Greens"), named on the
// figure or its noun: whose share or tally it is, whatever the clause's
// subject ("Lind had 51 percent against 46 percent for Ruiz"); else "".
func forWhom(st *sent, i int) string {
	n := i
	if st.words[i].rel == "nummod" && st.words[i].head >= 0 {
		n = st.words[i].head
	}
	key := ""
	dependents(st, n, func(j int) bool {
		if st.words[j].rel == "nmod" && hasCase(st, j, "for") {
			key = actorKey(st, j)
		}
		return key == ""
	})
	return key
}

// actorKey returns the name key of the person or body word k names, or
// names as the owner or name of the thing it heads ("Labour's
// candidate", "the Likud party"), or "".
func actorKey(st *sent, k int) string {
	if m := st.words[k].mention; m >= 0 {
		if isActor(st.ms[m]) {
			return mentions.NameKey(st.ms[m].Value)
		}
		return ""
	}
	key := ""
	dependents(st, k, func(j int) bool {
		switch st.words[j].rel {
		case "compound", "nmod:poss", "flat":
			if m := st.words[j].mention; m >= 0 && isActor(st.ms[m]) {
				key = mentions.NameKey(st.ms[m].Value)
			}
		case "appos", "nmod", "nmod:desc":
			// "Secretary of Labor Ana Ruiz", "the mayor, Ana Ruiz": a
			// title and the person who holds it.
			key = personIn(st, j)
		}
		return key == ""
	})
	return key
}

// personIn returns the name key of the person word j, or a word in a
// flat name under it, names, or "".
func personIn(st *sent, j int) string {
	if m := st.words[j].mention; m >= 0 && st.ms[m].Type == "PERSON" {
		return mentions.NameKey(st.ms[m].Value)
	}
	key := ""
	dependents(st, j, func(f int) bool {
		if m := st.words[f].mention; st.words[f].rel == "flat" && m >= 0 && st.ms[m].Type == "PERSON" {
			key = mentions.NameKey(st.ms[m].Value)
		}
		return key == ""
	})
	return key
}

// subjectTerm returns the name key, or else the lemma, of the subject of
// predicate p, or "".
func subjectTerm(st *sent, p int) string {
	if p < 0 {
		return ""
	}
	j := firstDep(st, p, "nsubj", "nsubj:pass")
	if j < 0 {
		return ""
	}
	if term := actorKey(st, j); term != "" {
		return term
	}
	return st.words[j].plemma
}

// rootOf returns the root word of the sentence, or -1.
func rootOf(st *sent) int {
	for k, w := range st.words {
		if w.head < 0 {
			return k
		}
	}
	return -1
}
