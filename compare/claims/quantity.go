package claims

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// Quantity, count and total claims: how many or how much, of an event
// (deaths, injuries) or of a thing counted ("seats").

// changeBefore returns the index of a change verb that the value at word i
// completes ("rose to 134", "fell by 5", "climbed 3"), and the change, or
// -1. A verb whose usual senses name something else is a change when it
// has a sense of one and takes the value by "to" or "by", or as an amount
// in a unit ("fell 3 percent": "fall" is first a drop to the ground).
func changeBefore(st *sent, i int, unit string) (int, *event) {
	if k, ev := changeAdverb(st, i, unit); k >= 0 {
		return k, ev
	}
	k := i - 1
	marked := k >= 0 && (st.words[k].lower == "to" || st.words[k].lower == "by")
	if marked {
		k--
	}
	if k >= 0 && isChange(st.words[k].ev) {
		return k, st.words[k].ev
	}
	if k < 0 || st.words[k].upos != "VERB" {
		// "fell 3 percent to 4.1 million", "dropped 2.15 dollars to 63.80
		// dollars": the verb of the value's clause.
		top := amountHead(st, i)
		if r := st.words[top].rel; (r == "conj" || r == "appos") && st.words[top].head >= 0 {
			// "gained 6.1 points, or 0.7 percent": the figure beside
			// the verb's.
			top = st.words[top].head
		}
		marked = marked || caseIn(st, top, changeMarks)
		if !marked && !(unit != "" && amountRels[st.words[top].rel]) {
			return -1, nil
		}
		// Through other amounts only ("dropped 2.15 dollars to 63.80
		// dollars", with the second hung on the first), to the verb.
		k = st.words[top].head
		for n := 0; k >= 0 && st.words[k].upos != "VERB" && n < 3; n++ {
			if m := st.words[k].mention; m < 0 || st.ms[m].Kind != compare.Quantity {
				return -1, nil
			}
			k = st.words[k].head
		}
		if k < 0 {
			return -1, nil
		}
	}
	if w := st.words[k]; w.upos == "VERB" && (marked || unit != "") && !livingSubject(st, k) {
		if ev := changeSense.Get(w.plemma, changeOfVerb); ev != nil {
			return k, ev
		}
	}
	return -1, nil
}

// numberOfName reports whether quantity mi (first word i) is a whole
// number written right after a name and read on as part of it, a model's,
// a series' or an index's number ("the Arlo 5 goes on sale", "the CAC 40
// gained", "the Hushen 300 Index"): it counts nothing. A number the
// name is followed by before punctuation, a preposition, a conjunction,
// "not" or another number is a score or a level ("Valencia 1 (Vicente
// 74)", "Australia 96 for one", "Ponting 57 not out") and stays a figure;
// so is a count of a noun in lower case ("gave Ruth 7 cards").
func (x *extractor) numberOfName(st *sent, mi, i int) bool {
	m := st.ms[mi]
	text := x.d.Slice(m.Span)
	if i == 0 || strings.Trim(text, "0123456789") != "" {
		return false
	}
	prev := st.words[i-1]
	named := prev.mention >= 0 && st.ms[prev.mention].Kind == compare.Name || prev.mention < 0 && prev.upos == "PROPN"
	if !named || prev.span.End+1 != m.Span.Start {
		return false
	}
	last := i
	for last+1 < len(st.words) && st.words[last+1].mention == mi {
		last++
	}
	if last+1 == len(st.words) {
		return false
	}
	next := st.words[last+1]
	if m.Type != "" {
		// A count of the noun after it, unless that noun goes on with the
		// name ("Index") or is no noun at all ("the Arlo 5 sold out",
		// "flies the Arlo 5 twice a year").
		switch next.upos {
		case "VERB", "AUX", "ADV":
			return true
		}
		return next.upos == "PROPN" || next.lower != x.d.Slice(next.span)
	}
	switch next.upos {
	case "PUNCT", "ADP", "NUM", "CCONJ", "PART":
		return false
	}
	// A punctuation token carries no analysis of its own.
	return strings.ContainsFunc(next.lower, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// onScale reports whether the number at word i (mention m) is read on a
// scale that measures an event: "magnitude" next to it ("magnitude 6.4",
// "6.2-magnitude", "of magnitude 5.8") or measured by the clause, or the
// Richter scale after it.
func onScale(st *sent, i int, m compare.Mention) bool {
	if m.Type == "magnitude" || i > 0 && st.words[i-1].lemma == "magnitude" ||
		i > 1 && st.words[i-1].lower == "of" && st.words[i-2].lemma == "magnitude" {
		return true
	}
	if shareSubject(st, i, m.Span) == "magnitude" {
		return true // "put the magnitude at 6.4", "the magnitude was 6.4"
	}
	for k := i + 1; k < len(st.words) && k <= i+4; k++ {
		if w := st.words[k].lower; w == "magnitude" && k == i+1 || w == "richter" {
			return true
		}
	}
	return false
}

// firstEventNoun returns the first noun of the sentence that names an
// event other than a change, or -1.
func firstEventNoun(st *sent) int {
	for k, w := range st.words {
		if w.upos == "NOUN" && !w.guessed && w.ev != nil && !isChange(w.ev) {
			return k
		}
	}
	return -1
}

// eventNamedAt returns the word the sentence names event ev by at word j
// ("quake"), or the event's own noun.
func eventNamedAt(st *sent, j int, ev *event) string {
	if j >= 0 && j < len(st.words) && st.words[j].ev == ev && st.words[j].upos == "NOUN" {
		return st.words[j].lower
	}
	return ev.noun
}

// changedThing returns the common noun that change j says rose or fell,
// or "". Of a verb: its subject ("rents climbed 3 percent", "wages were
// raised"), else its object ("raised fares by 5 percent"), else the noun
// it qualifies ("wages raised by 15 percent"). Of a noun: the noun
// compounded with it ("a pay rise") or the one "in" or "of" it names ("a
// drop in sales"). The amount's own noun is never the thing.
func changedThing(st *sent, j int, ev *event) string {
	if !isChange(ev) || j < 0 {
		return ""
	}
	thing := func(k int) string {
		if k < 0 {
			return ""
		}
		if w := st.words[k]; w.upos == "NOUN" && w.mention < 0 && w.ev == nil && !generic[w.plemma] && !IsMeasureUnit(w.plemma) {
			return w.plemma
		}
		return ""
	}
	w := st.words[j]
	switch w.upos {
	case "VERB":
		if t := thing(firstDep(st, j, "nsubj", "nsubj:pass")); t != "" {
			return t
		}
		if t := thing(firstDep(st, j, "obj")); t != "" {
			return t
		}
		if w.rel == "acl" || w.rel == "amod" {
			return thing(w.head)
		}
	case "NOUN":
		found := ""
		dependents(st, j, func(k int) bool {
			if r := st.words[k].rel; r == "compound" || r == "nmod" && (hasCase(st, k, "in") || hasCase(st, k, "of")) {
				found = thing(k)
			}
			return found == ""
		})
		return found
	}
	return ""
}

// changeNoun returns the noun an amount in a unit at word i qualifies,
// through the nouns compounded with it, when a sense of that noun is a
// rise or fall ("a 12 percent pay rise", "a 3 percent drop in sales"),
// else -1: the amount is its size, as it is of a change verb's.
func changeNoun(st *sent, i int, unit string) (int, *event) {
	if unit == "" {
		return -1, nil
	}
	top := amountHead(st, i)
	k := top
	for n := 0; n < 3 && st.words[k].rel == "compound" && st.words[k].head > k; n++ {
		k = st.words[k].head
	}
	if k == top || st.words[k].upos != "NOUN" {
		return -1, nil
	}
	if ev := changeNounSense.Get(st.words[k].plemma, changeOfNoun); ev != nil {
		return k, ev
	}
	return -1, nil
}

// changeNounSense remembers changeOfNoun's answers.
var changeNounSense memo.Strings[*event]

// changeOfNoun returns the change (increase or decrease) that a sense of
// the noun names, the most frequent such sense first, or nil.
func changeOfNoun(lemma string) *event { return changeOf(lemma, lexicon.Noun) }

// changeAdverb returns the adverb that says an amount in a unit at word
// i is a change and which way: one just before it ("up 15 percent from a
// year earlier", not "up to 15 percent", a bound) or the one it
// qualifies ("closed 2 percent lower"); else -1. A bare number after
// "up" or "down" may as well be the level reached ("the currency down
// 68.19 to the dollar", in a headline's shorthand) or what a verb's
// particle acts on ("gunned down four"): it says nothing here.
func changeAdverb(st *sent, i int, unit string) (int, *event) {
	if unit == "" {
		return -1, nil
	}
	way := func(k int) *event {
		switch w := st.words[k].lower; {
		case rises[w]:
			return eventNamed[lexicon.Increase.String()]
		case falls[w]:
			return eventNamed[lexicon.Decrease.String()]
		}
		return nil
	}
	if k := i - 1; k >= 0 && (st.words[k].upos == "ADV" || st.words[k].upos == "ADP") {
		if ev := way(k); ev != nil {
			return k, ev
		}
	}
	top := amountHead(st, i)
	if k := st.words[top].head; k > top && amountRels[st.words[top].rel] {
		if ev := way(k); ev != nil {
			return k, ev
		}
	}
	return -1, nil
}

// livingSubject reports whether the subject of verb k is a person or an
// animal, which moves rather than changes in amount ("the boy fell 30
// metres").
func livingSubject(st *sent, k int) bool {
	j := firstDep(st, k, "nsubj")
	if j < 0 {
		return false
	}
	if m := st.words[j].mention; m >= 0 {
		return st.ms[m].Kind == compare.Name && st.ms[m].Type == "PERSON"
	}
	return st.words[j].upos == "NOUN" && living.Get(st.words[j].lemma, isLiving)
}

// living remembers isLiving's answers.
var living memo.Strings[bool]

func isLiving(noun string) bool { return lexicon.IsA(noun, lexicon.Noun, "organism") }

// amountRels are the relations by which a verb takes an amount with no
// preposition ("fell 3 percent", "lost 2.15 dollars").
var amountRels = set("obj obl:npmod obl:unmarked obl:tmod")

// changeMarks are the prepositions that take the result, the size or the
// start of a change.
var changeMarks = set("to by from")

// changeSense remembers changeOfVerb's answers.
var changeSense memo.Strings[*event]

// changeTaken returns the change verb j names when it takes an amount in
// a unit as its object or bare modifier, or any amount by "by" or "to"
// ("fell 3 percent", "rose by 12", "climbed to 58"), else nil.
func changeTaken(st *sent, j int) *event {
	if j < 0 || st.words[j].upos != "VERB" {
		return nil
	}
	for i, w := range st.words {
		if w.mention < 0 || st.ms[w.mention].Kind != compare.Quantity || i > 0 && st.words[i-1].mention == w.mention {
			continue
		}
		top := amountHead(st, i)
		if st.words[top].head != j {
			continue
		}
		q, ok := mentions.ParseQuantity(st.ms[w.mention].Value)
		if ok && (q.Unit != "" && amountRels[st.words[top].rel] || caseIn(st, top, changeMarks)) {
			return changeSense.Get(st.words[j].plemma, changeOfVerb)
		}
	}
	return nil
}

// changeOfVerb returns the change (increase or decrease) that a sense of
// the verb names, the most frequent such sense first, or nil.
func changeOfVerb(lemma string) *event { return changeOf(lemma, lexicon.Verb) }

// changeOf returns the change that a sense of the word of part of speech
// pos names, the most frequent such sense first, or nil.
func changeOf(lemma string, pos lexicon.POS) *event {
	c, ok := lexicon.FirstClassOf(lemma, pos, lexicon.Increase, lexicon.Decrease)
	if !ok {
		return nil
	}
	return eventNamed[c.String()]
}

// subjectEvent returns the event that a change verb at word j is a change
// of: the first event word of its clause before it, the head of its
// subject ("the toll of the landslide climbed to 58" is a change of deaths).
// It returns the change itself when the clause names no other event.
func subjectEvent(st *sent, j int, change *event) (int, *event) {
	start := 0
	for k := j - 1; k >= 0; k-- {
		if w := st.words[k].lower; w == "," || w == ";" || w == ":" {
			start = k + 1
			break
		}
	}
	for k := start; k < j; k++ {
		if ev := st.words[k].ev; ev != nil && !isChange(ev) && !inLongerName(st, k) {
			return k, ev
		}
	}
	return j, change
}

// argumentOfNoEvent reports whether word k is the subject or object of a
// verb that names no event ("a coach carrying 48 passengers"), or is the
// number of such a word: a count of what the verb has or does, not of
// those an event nearby befell.
func argumentOfNoEvent(st *sent, k int) bool {
	if w := st.words[k]; (w.rel == "nummod" || w.rel == "compound") && w.head > k {
		k = st.words[k].head // the number's noun
	}
	w := st.words[k]
	switch w.rel {
	case "obj", "nsubj", "nsubj:pass":
	default:
		return false
	}
	h := w.head
	if h < 0 || st.words[h].upos != "VERB" || st.words[h].ev != nil || st.words[h].kinds&(kReport|kLight) != 0 {
		return false
	}
	// "left 300,000 civilians dead", "stand in the vote", "840 soldiers
	// who have died": an event the verb or the noun governs is theirs.
	for _, at := range []int{h, k} {
		named := false
		dependents(st, at, func(j int) bool {
			named = st.words[j].ev != nil && !isChange(st.words[j].ev)
			return !named
		})
		if named {
			return false
		}
	}
	return true
}

// inLongerName reports whether word k is one word of a name of several
// ("Hang Seng Index"), which names no event whatever its words do. A name
// of one word may be a capitalised noun of a headline ("Death toll rises").
func inLongerName(st *sent, k int) bool {
	m := st.words[k].mention
	return m >= 0 && (k > 0 && st.words[k-1].mention == m || k+1 < len(st.words) && st.words[k+1].mention == m)
}

func (x *extractor) quantityClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	q, ok := mentions.ParseQuantity(m.Value)
	if text := x.d.Slice(m.Span); len(text) > 1 && text[0] == '0' && text[1] >= '0' && text[1] <= '9' {
		// "in 09", "agent 007": a leading zero writes a year, a time or a
		// code, never a count.
		return compare.Claim{}, false
	}
	if !ok || timeUnits[m.Type] {
		// "three days", "twice": amounts of time are durations, the
		// business of time claims, not counts of things.
		return compare.Claim{}, false
	}
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	if x.dayOfDate(st, mi, q) || x.numberOfName(st, mi, i) {
		return compare.Claim{}, false
	}
	if m.Type == "" && q.Unit == "" {
		// "about 26,000 of its members": a part of a group counts the
		// group's noun.
		m.Type = partitiveOf(st, topOf(st, i, m.Span))
	}
	if m.Type == "" && q.Unit == "" {
		// "a crowd of 68,000", "a fleet of 185": the size of a group.
		m.Type = groupOf(st, topOf(st, i, m.Span))
	}
	if m.Type != "" && q.Unit == "" {
		// "three old fishing boats", "nine tall pines":
		// the words after a number may start with an adjective the
		// tree hangs on the noun the number counts.
		m.Type = cmp.Or(adjectiveCounted(st, i, m), m.Type)
	}
	if q.Unit == "" && i > 0 && labelNouns[st.words[i-1].lower] && st.words[i-1].upos != "VERB" && (i < 2 || st.words[i-2].upos != "PRON" && !relativePronouns[st.words[i-2].lower]) {
		// "flight 212", "resolution 48", "world number one": a label,
		// whatever the words after it or the event of the clause (but
		// "unions that number some 800,000 members" count).
		return compare.Claim{}, false
	}
	if person, named := x.ageHolder(st, i, q); person != "" {
		// "Omar Haddad, 45, was hurt": the number set off after a
		// person's name is their age, as "the 45-year-old" is, never a
		// count of those hurt. So is one set off after a noun for a
		// person ("the driver, aged 52,") or said of the youngest.
		c := x.claim(st, compare.Time, "age", fmt.Sprintf("How old is %s?", person), fmt.Sprintf("P%dY", int(q.Lo)), x.d.Slice(m.Span), m.Span, i)
		if named {
			c.Subject = surnameKey(person)
		} else {
			c.Near = near(st, m.Span, durationWindow)
		}
		return c, true
	}
	if age(st, i) {
		// An age is compared with ages only ("died aged 59" against "aged
		// 60"), never with a count of people.
		return x.claim(st, compare.Quantity, kindKey("count", "age"), "What age is given?", m.Value, x.d.Slice(m.Span), m.Span, i), true
	}
	if c, ok := x.labelClaim(st, m, q, i); ok {
		return c, true
	}
	if k := comparativeAfter(st, mi, i); k >= 0 {
		// "27 seats, 9 more than the runner-up": a difference, not a
		// count; it gives the rival's count when the count before is
		// exact.
		if c, ok := x.difference(st, m, q, i, k); ok {
			return c, true
		}
	}
	j, ev := treeEvent(st, i, m.Span, false)
	if ev == nil && !(m.Type != "" && q.Unit == "" && !generic[m.Type] && eventOfNoun(m.Type) == nil && argumentOfNoEvent(st, topOf(st, i, m.Span))) {
		j, ev = nearestEvent(st, i, 8)
	}
	if ev != nil && m.Type != "" && q.Unit == "" && !generic[m.Type] && eventOfNoun(m.Type) == nil && crossesClause(st, i, j) {
		// "the riots, and hundreds of guards will patrol": a count
		// of its own noun is not about an event of another clause.
		j, ev = -1, nil
	}
	if k, change := changeNoun(st, i, q.Unit); k >= 0 {
		j, ev = k, change // "a 3 percent drop in sales": the change itself
	} else if k, change := changeBefore(st, i, q.Unit); k >= 0 {
		j, ev = subjectEvent(st, k, change)
	}
	level := "" // "index" of "the index closed at 1,880"
	if k := levelOf(st, i, m.Span); k >= 0 {
		if kj, e := eventOfNounPhrase(st, k); e != nil && !isChange(e) {
			j, ev = kj, e // "put the death toll at 57": the deaths
		} else {
			j, ev, level = -1, nil, levelName(st, k)
		}
	}
	scale := onScale(st, i, m) // a magnitude: a figure of the event, never a count
	if scale && (j < 0 || st.words[j].upos != "NOUN" || st.words[j].guessed) {
		// "put the magnitude at 6.4 and said the tremor struck at
		// dawn": what has a magnitude is the event a noun names, not
		// what a verb near the figure does.
		if k := firstEventNoun(st); k >= 0 {
			j, ev = k, st.words[k].ev
		}
	}
	sizeOf := "" // "assembly" of "a 120-member assembly"
	if m.Type != "" && m.Type != "magnitude" && strings.HasSuffix(x.d.Slice(m.Span), "-"+m.Type) {
		// The size of the body it qualifies, not a count of anything
		// that happened.
		j, ev = -1, nil
		if k := wordAfter(st, m.Span); k >= 0 {
			sizeOf = st.words[k].lower
		}
	}
	if ev != nil && ev.howMany == "" && ev.name != lexicon.Election.String() && q.Unit == "" && !scale && eventOfNoun(m.Type) != nil && countsOccurrences(st, m.Span) {
		// "more than 40 aftershocks", "three explosions": how many
		// times it happened, a count of the noun, not a figure of one
		// event (its magnitude). "Six arrests" are six people arrested,
		// as an event that befalls people is counted, and "31 votes" the
		// vote's tally.
		j, ev = -1, nil
	}
	if ev != nil && countsThings(m.Type, q) && !scale {
		// "a count of 52 seats after the vote": what is counted is the seats,
		// whatever the sentence says happened; only counts of people are
		// told apart by what happened to them (killed, arrested).
		j, ev = -1, nil
	}
	unit := q.Unit
	if unit == "" {
		unit = "count"
	}
	if margin(st, i, m.Span) {
		// "won by fewer than 4,000 votes", "lead by seven points": how
		// far one side is ahead, not how many it has.
		name, what := "lead", pluralAsWritten(st, i, m.Type)
		if ev != nil {
			name = ev.name
		}
		question := "By how much is one side ahead?"
		if what != "" {
			question = fmt.Sprintf("By how many %s is one side ahead?", what)
		}
		return x.claim(st, compare.Quantity, kindKey("quantity", name, unit, "margin"), question, m.Value, x.d.Slice(m.Span), m.Span, i), true
	}
	if needed(st, i) {
		// "a party needs 101 seats to govern", "the 60 votes required":
		// what it takes, not what anyone has, whatever happened.
		return x.claim(st, compare.Quantity, kindKey("quantity", "need", unit, neededPart), "How many are needed?", m.Value, x.d.Slice(m.Span), m.Span, i), true
	}
	if ev == nil && m.Type != "" && !generic[m.Type] && subgroup(st, i) {
		// "killing 40, including 12 children": the part is of the
		// count just given, whatever word introduces it.
		if ev = lastCountEvent(st); ev != nil {
			j = i // the evidence is the part alone
		}
	}
	if ev == nil {
		// No event: the claim is about the thing counted ("15 cups of
		// flour"); align accepts such claims only on close near context.
		if m.Type == "" && unit == "count" && x.isLabel(st, i) {
			// "Part 2", "Quarter 2": a number naming one of a series is a
			// label, not an amount anyone could contradict.
			return compare.Claim{}, false
		}
		noun := m.Type
		if noun == "" && unit == "count" {
			// "won 300 out of the 650 seats": the part counts what the
			// whole does.
			noun = wholeNoun(st, mi, i)
		}
		n, u := noun, unit
		if n == q.Unit {
			n = "" // "5 km": the unit is the noun
		}
		measured, levelOfSubject := "", false
		if level != "" && unit != "%" && (noun == "" || strings.EqualFold(noun, q.Unit) || IsMeasureUnit(noun)) {
			// "the index closed at 1,880": the level of the index. A
			// share is left to shareSubject, which knows the subjects a
			// conjunction leaves out ("and inflation at 3 percent").
			n, levelOfSubject = level, true
		} else if unit == "%" && (noun == "" || noun == "percent") {
			// "turnout was 61 percent": a share of no noun measures the
			// subject of its clause.
			measured = shareSubject(st, i, m.Span)
			if measured != "" {
				n = measured
			}
		}
		if u == "count" {
			u = ""
		}
		counted := countedWord(st, m.Span)
		if g := x.memberOf(st, m.Span, counted, n); g != "" && sizeOf == "" {
			// "police will field 900 officers": officers are members of
			// the police, and a count of them is the police's strength.
			n = g
		}
		written, opening := "", false
		if n != "" && n == noun && u == "" {
			n, written = senseCounted(st, m.Span, counted, noun)
			opening = x.opening && !generic[noun]
		}
		if u == "" && m.Value == "1" && counted >= 0 && st.words[counted].lower == strings.ToLower(st.words[counted].lemma) {
			// "One lifeguard, a student, was taken to hospital": a
			// person or thing of the story, not a count of its kind
			// that another report's "120 lifeguards" could answer.
			return compare.Claim{}, false
		}
		key := kindKey("count", n, u)
		others := false
		if wholeOf(st, i) || atStake(st, i) {
			key = "total/of/" + strings.TrimPrefix(key, "count/")
		} else if u == "" && noun != "" && otherGroup(st, i, m.Span) {
			// "dozens of other passengers", "three other farms": a
			// group besides one named before, not the count of all.
			key, others = kindKey(key, "others"), true
		}
		question := fmt.Sprintf("How many %s?", cmp.Or(written, pluralAsWritten(st, i, noun)))
		if others {
			question = fmt.Sprintf("How many other %s (besides those named)?", cmp.Or(written, pluralAsWritten(st, i, noun)))
		}
		switch {
		case levelOfSubject:
			question = fmt.Sprintf("What level is given for the %s?", level)
		case measured != "":
			question = fmt.Sprintf("What percentage is the %s?", measured)
		case unit == "%":
			question = "What percentage?"
		case unit != "count":
			question = fmt.Sprintf("What amount (%s)?", unit)
		case noun == "":
			question = "What number?"
		case sizeOf != "":
			question = fmt.Sprintf("How many %s has the %s?", plural(noun), sizeOf)
		}
		c := x.claim(st, compare.Quantity, key, question, m.Value, x.d.Slice(m.Span), m.Span, i)
		c.Period = periodOfFigure(st, i, true)
		things := moneyOf(st, i, m.Span)
		if len(things) == 0 || !IsCurrency(q.Unit) || noun != "" && !strings.EqualFold(noun, q.Unit) {
			things = nil
			if unit != "%" && !IsCurrency(q.Unit) && (noun == "" || strings.EqualFold(noun, q.Unit) || IsMeasureUnit(noun)) {
				things = stuffOf(st, i, m.Span, q.Unit)
			}
		}
		if len(things) > 0 {
			// What the money is ("revenue reached $3.8 billion", "a
			// dividend of 45 cents"), what a weight, a volume or an area
			// is of ("40,000 litres of acid", "a 12-tonne load"):
			// amounts of two things are two amounts.
			c.Question = fmt.Sprintf("What amount (%s) is given for the %s?", unit, things[len(things)-1])
			c.Terms = slices.Clone(c.Terms)
			for _, t := range things {
				c.Terms = append(c.Terms, CountedPrefix+t)
			}
			slices.Sort(c.Terms)
		}
		if KindOf(key).Name == "total" {
			c.Subject = "" // the whole is no party's
			return c, true
		}
		if opening {
			// A count the story opens with is of the story's event, as
			// the day its lead gives is: two reports of one story that
			// open with a count of one thing give it for one event.
			c.Terms = slices.Insert(slices.Clone(c.Terms), 0, MainTerm)
			slices.Sort(c.Terms)
		}
		// A bare number leaves out the noun of the count before it, unless
		// it is the part of a whole that names its own ("five of its
		// eight carriages").
		return x.ellipsis(st, c, i, bareCount(m, q) && noun == "" || measured == "" && bareShare(st, m, q), true), true
	}
	key := kindKey("quantity", ev.name, unit)
	question := quantityQuestion(ev, m.Type, q.Unit, pluralAsWritten(st, i, m.Type))
	if q.Unit == "" && (ev.howMany == "" && eventOfNoun(m.Type) == ev || scale) {
		// "a 7.0 earthquake", "magnitude 6.4", "measured 6.1 on the
		// Richter scale": a figure of the event itself, its magnitude,
		// never a count of those it befell.
		// It totals nothing, and no bare number after it leaves out its
		// noun.
		if scale {
			question = fmt.Sprintf("What magnitude is given for the %s?", eventNamedAt(st, j, ev))
		}
		c := x.claim(st, compare.Quantity, kindKey("quantity", ev.name, "figure"), question, m.Value, x.d.Slice(m.Span), m.Span, i)
		c.Period = periodOfFigure(st, i, false)
		return c, true
	}
	if subgroup(st, i) && m.Type != "" && !generic[m.Type] {
		// "killing 40, including 12 children": a part of the count, of
		// its own noun, which the whole must not be compared with.
		nouns := pluralAsWritten(st, i, m.Type)
		// The part is of the count just given, whatever verb introduces
		// it ("including" is no event).
		if e := lastCountEvent(st); e != nil {
			ev = e
		}
		key = kindKey("quantity", ev.name, unit, "part", m.Type)
		question = fmt.Sprintf("How many of the %s were %s?", ev.noun, nouns)
	}
	if runningTotal(st, i) && !strings.Contains(key, "/part/") {
		// "2,000 have died since the war began": a tally that runs from
		// a start, not the count of one event.
		key = kindKey("quantity", ev.name, unit, "period", "since")
		question = strings.TrimSuffix(question, "?") + " (in all, so far)?"
	} else if y := x.periodOf(st, i); y != "" && !strings.Contains(key, "/part/") {
		// "310 cyclists died on the roads last year": a total over a
		// period, not the count of one event.
		key = kindKey("quantity", ev.name, unit, "period", y)
		question = fmt.Sprintf("%s (in %s)", strings.TrimSuffix(question, "?"), y) + "?"
	} else if additional(st, i) && !strings.Contains(key, "/part/") {
		// "Two soldiers were also wounded": a group besides one the text
		// names, not the toll.
		key = kindKey(key, "others")
		question = strings.TrimSuffix(question, "?") + " (besides those named)?"
	}
	if wholeOf(st, i) {
		key = kindKey("total", ev.name, unit)
		question = fmt.Sprintf("How many %s are there in all?", cmp.Or(pluralAsWritten(st, i, m.Type), ev.noun))
	}
	c := x.claim(st, compare.Quantity, key, question, m.Value, x.d.Slice(m.Span),
		cover(m.Span, st.words[j].span), j)
	c.Period = periodOfFigure(st, i, false)
	counted := m.Type
	if counted == "other" || counted == "others" {
		// "Nine miners were killed and six others hurt": the others
		// are of the thing counted before them.
		counted = countedBefore(st, mi)
	}
	if counted != "" && !generic[counted] && q.Unit == "" {
		// What was counted ("16 miners"): align keeps counts of nouns
		// that cannot be one apart ("soldiers" and "civilians").
		c.Terms = slices.Insert(slices.Clone(c.Terms), 0, CountedPrefix+counted)
		slices.Sort(c.Terms)
	} else if thing := changedThing(st, j, ev); thing != "" {
		// What rose or fell ("demand rose 1.5 percent", "supply rose
		// by 865,000 barrels"): figures of two things are two figures.
		c.Terms = slices.Insert(slices.Clone(c.Terms), 0, CountedPrefix+thing)
		slices.Sort(c.Terms)
	}
	if KindOf(key).Name == "total" {
		c.Subject = "" // the whole is no party's: "the Greens won 30 of the 90 seats"
		return c, true
	}
	if strings.Contains(key, "/part/") {
		return c, true // a part is no count the numbers after it leave out
	}
	return x.ellipsis(st, c, i, bareCount(m, q), abs(j-i) > maxEllipsisEvent || crossesClause(st, i, j)), true
}

// neededPart ends the key of a figure something needs or requires.
const neededPart = "needed"

// needed reports whether the amount of word i is what something needs or
// requires: the object of such a verb ("needs 101 seats", "requires a
// two-thirds majority"), its passive subject ("60 votes are needed") or
// qualified by its participle ("the 101 required for a majority").
func needed(st *sent, i int) bool {
	n := amountHead(st, i)
	for _, k := range []int{n, i} {
		w := st.words[k]
		if (w.rel == "obj" || w.rel == "nsubj:pass") && w.head >= 0 && requires(st.words[w.head]) {
			return true
		}
		if w.rel == "nummod" && w.head >= 0 && strings.HasSuffix(st.words[w.head].lower, "ed") && requiresVerb(st.words[w.head].lower) {
			// "the 101 required": a participle the tagger took for the
			// noun the number counts.
			return true
		}
		found := false
		dependents(st, k, func(j int) bool {
			// A participle with an object of its own is a clause's verb
			// the parse took for one ("the 40 crews needed water").
			if r := st.words[j].rel; (r == "acl" || r == "amod") && requires(st.words[j]) && firstDep(st, j, "obj") < 0 {
				found = true
				return false
			}
			return true
		})
		if found {
			return true
		}
	}
	return false
}

// requires reports whether a word is a verb or participle whose first
// WordNet sense is to require ("need", "require", "necessitate").
func requires(w word) bool {
	return (w.upos == "VERB" || w.upos == "ADJ") && requiresVerb(cmp.Or(w.plemma, w.lemma, w.lower))
}

// requiresVerb reports whether a verb, in any form, has to require as its
// first WordNet sense.
func requiresVerb(verb string) bool {
	ss := lexicon.Synsets(verb, lexicon.Verb)
	return len(ss) > 0 && slices.Contains(ss[0].Words(), "require")
}

// margin reports whether the count at word i is how far one side won or
// led by ("won by fewer than 4,000 votes", "leads by 7 points"): a
// phrase of "by" on a verb that names no change (a rise "by 5 percent"
// is the change itself).
func margin(st *sent, i int, span compare.Span) bool {
	k := -1
	top := topOf(st, i, span)
	for _, c := range []int{amountHead(st, i), top, st.words[top].head} {
		if c >= 0 && hasCase(st, c, "by") {
			k = c
			break
		}
	}
	if k < 0 || k == st.words[top].head && st.words[top].rel != "amod" && st.words[top].rel != "nummod" {
		return false // "by fewer than 4,000 votes": the noun the figure counts
	}
	h := st.words[k].head
	if h >= 0 && st.words[h].upos == "NOUN" && st.words[h].rel == "obj" && (st.words[h].ev == nil || !isChange(st.words[h].ev)) {
		// The parse may hang the phrase on the verb's object ("beat the
		// hosts by three goals").
		h = st.words[h].head
	}
	if h < 0 || st.words[h].upos != "VERB" || st.words[k].rel == "obl:agent" || firstDep(st, h, "aux:pass", "nsubj:pass") >= 0 || personOrBody(st.words[k].lemma) {
		// "set by the two leaders": who did it, in a passive clause.
		return false
	}
	if ev := st.words[h].ev; ev != nil && isChange(ev) || changeTaken(st, h) != nil {
		return false
	}
	// "passed by 31 votes to 12" gives a tally, not a margin.
	if n := k + 1; n+1 < len(st.words) && st.words[n].lower == "to" {
		if m := st.words[n+1].mention; m >= 0 && st.ms[m].Kind == compare.Quantity {
			return false
		}
	}
	return true
}

// periodOf returns the year a count of word i is given for, when its
// clause's verb is dated by a year named relative to the story ("died
// last year", "so far this year"), or "": such a count totals a period,
// not one event.
func (x *extractor) periodOf(st *sent, i int) string {
	p := predicateOf(st, i)
	if p < 0 {
		return ""
	}
	for mi, m := range st.ms {
		if m.Kind != compare.Time || m.Type != "DATE" || len(m.Value) != 4 {
			continue
		}
		if !strings.Contains(strings.ToLower(x.d.Slice(m.Span)), "year") {
			// "in 1982" dates an event as well as a period ("the
			// sinking of the ferry in 1987"); "last year", "this year" are
			// the periods statistics are given for.
			continue
		}
		k := wordOf(st, mi)
		if k < 0 {
			continue
		}
		if t := topOf(st, k, m.Span); st.words[t].head == p && strings.HasPrefix(st.words[t].rel, "obl") {
			return m.Value
		}
	}
	return ""
}

// runningTotal reports whether the count at word i is a tally kept from
// a start: its clause's verb, or the verb of a clause that qualifies the
// counted noun, takes a phrase or clause opened by "since" ("since the
// invasion", "since the war began"), or "so far".
func runningTotal(st *sent, i int) bool {
	p := predicateOf(st, i)
	if p >= 0 && runsFrom(st, p) {
		return true
	}
	if p >= 0 && st.words[p].ev != nil && !isChange(st.words[p].ev) {
		// "freed 41 hostages who were seized since the truce": the
		// count is of the freeing, whenever its things were seized.
		return false
	}
	// "the toll passed 2,000 soldiers who have died since the
	// invasion": with no event of its own verb, the clause that
	// qualifies what is counted says it is a tally.
	n := amountHead(st, i)
	if tallied(st, n, 0) {
		return true
	}
	if st.words[n].rel != "obl" || p < 0 {
		return false
	}
	// "brought the number of soldiers who have died since 2003 to
	// 2,000": the figure the verb takes its object to measures it.
	found := false
	dependents(st, p, func(j int) bool {
		if st.words[j].rel == "obj" && st.words[j].upos == "NOUN" {
			found = tallied(st, j, 1)
		}
		return !found
	})
	return found
}

// hasOwnSubject reports whether the predicate of word i has a subject
// other than a pronoun.
func hasOwnSubject(st *sent, i int) bool {
	p := predicateOf(st, i)
	if p < 0 {
		return false
	}
	own := false
	dependents(st, p, func(j int) bool {
		if r := st.words[j].rel; (r == "nsubj" || r == "nsubj:pass") && st.words[j].upos != "PRON" {
			own = true
			return false
		}
		return true
	})
	return own
}

// mentionTop returns the word of the mention that starts at word i whose
// head lies outside it: "2,100" of "more than 2,100".
func mentionTop(st *sent, i int) int {
	m := st.words[i].mention
	if m < 0 {
		return i
	}
	for k := i; k < len(st.words) && st.words[k].mention == m; k++ {
		if h := st.words[k].head; h < 0 || st.words[h].mention != m {
			return k
		}
	}
	return i
}

// tallied reports whether a clause that qualifies noun n, or a noun it
// names as its content ("2,100, the number of soldiers who have died
// since"), runs from a start.
func tallied(st *sent, n, depth int) bool {
	found := false
	dependents(st, n, func(j int) bool {
		switch r := st.words[j].rel; {
		case (r == "acl:relcl" || r == "acl") && isPredicate(st, j):
			found = runsFrom(st, j)
		case (r == "appos" || r == "nmod") && depth < 2 && (st.words[j].upos == "NOUN" || st.words[j].upos == "PROPN"):
			found = tallied(st, j, depth+1)
		}
		return !found
	})
	if r := n + 1; !found && r < len(st.words) && relativePronouns[st.words[r].lower] {
		// The pronoun right after the noun opens its relative clause,
		// wherever the parse hung the clause's verb.
		if q := st.words[r].head; q >= 0 && isPredicate(st, q) {
			found = runsFrom(st, q)
		}
	}
	return found
}

// runsFrom reports whether predicate p takes a phrase or clause opened
// by "since", or "so far".
func runsFrom(st *sent, p int) bool {
	for k, w := range st.words {
		switch {
		case w.lower == "since" && k+1 < len(st.words) && inClauseOf(st, w.head, p) && !sinceOccasion(st, k):
			return true
		case w.lower == "far" && k > 0 && st.words[k-1].lower == "so" && (w.head == p || st.words[k-1].head == p):
			return true
		}
	}
	return false
}

// sinceOccasion reports whether "since" at word k sets an occasion
// against an earlier one: "for the first time since 2019", "its highest
// level since May". Such a phrase says when it last happened, not where a
// tally starts. The words before "since" say it, wherever a parse hangs
// the phrase.
func sinceOccasion(st *sent, k int) bool {
	if k == 0 {
		return false
	}
	n := k - 1
	if st.words[n].superlative || st.words[n].lower == "first" || st.words[n].lower == "last" {
		return true // "the highest since May"
	}
	if st.words[n].upos != "NOUN" {
		return false
	}
	found := false
	dependents(st, n, func(j int) bool {
		w := st.words[j]
		found = w.rel == "amod" && (w.superlative || w.lower == "first" || w.lower == "last")
		return !found
	})
	return found
}

// inClauseOf reports whether word k hangs, through nouns and their
// modifiers, on the predicate p: "since" in "the toll of the fighting
// since March rose" is the rising's, not another clause's.
func inClauseOf(st *sent, k, p int) bool {
	for steps := 0; k >= 0 && steps < maxClauseClimb; steps++ {
		h := st.words[k].head
		if h == p {
			return true
		}
		if h < 0 || st.words[h].upos == "VERB" || st.words[h].upos == "AUX" {
			return false // another clause's verb, or the root
		}
		k = h
	}
	return false
}

// maxClauseClimb bounds how many heads inClauseOf climbs.
const maxClauseClimb = 6

// subgroup reports whether the number at word i counts a part of a count
// given before it: "including 12 children", "among them 3 foreigners",
// "12 of them children".
func subgroup(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.words[k].lower {
		case "including", "among", "incl.":
			return true
		case "whom", "them", "which":
			return k > 0 && (st.words[k-1].lower == "of" || st.words[k-1].lower == "among")
		case ",", ";", ":", "(":
			if k < i-1 {
				return false
			}
		}
	}
	return false
}

// CountedPrefix marks the term of a count's counted noun ("%miner").
const CountedPrefix = "%"

// countsOccurrences reports whether the number at span counts the noun
// after it in the plural ("40 aftershocks"), not one event it qualifies
// ("a 6.1 earthquake").
func countsOccurrences(st *sent, span compare.Span) bool {
	k := countedWord(st, span)
	return k >= 0 && st.words[k].lower != strings.ToLower(st.words[k].lemma) && strings.HasSuffix(st.words[k].lower, "s")
}

// countsThings reports whether a quantity counts things named by its noun
// ("seats", "tons of oil"), not people nor the event itself.
func countsThings(noun string, q mentions.Quantity) bool {
	if noun == "" || q.Unit != "" || generic[noun] || eventOfNoun(noun) != nil {
		return false
	}
	if len(lexicon.Synsets(noun, lexicon.Noun)) == 0 {
		return false // "40 others": no thing of its own
	}
	cs := nounClasses(noun)
	return !cs.Has(lexicon.Person) && !cs.Has(lexicon.Organisation) && !cs.Has(lexicon.Period)
}

// comparativeAfter returns the index of "than" when the quantity mi
// (first word i) is followed by "more than", "fewer than" or "less
// than", or -1.
func comparativeAfter(st *sent, mi, i int) int {
	k := i
	for k+1 < len(st.words) && st.words[k+1].mention == mi {
		k++
	}
	if k+2 < len(st.words) && (st.words[k+1].lower == "more" || st.words[k+1].lower == "fewer" || st.words[k+1].lower == "less") && st.words[k+2].lower == "than" {
		return k + 2
	}
	return -1
}

// difference makes the claim a difference gives: the count of the rival
// named after "than" (within maxRivalWords), the sentence's last exact count
// minus (or plus) the difference. It reports false when either is
// missing, and the number is read as any other.
func (x *extractor) difference(st *sent, m compare.Mention, q mentions.Quantity, i, than int) (compare.Claim, bool) {
	last := st.lastCount
	if last == nil || !q.Exact || q.Unit != "" {
		return compare.Claim{}, false
	}
	base, ok := mentions.ParseQuantity(last.Value)
	if !ok || !base.Exact || base.Unit != "" || base.Lo != base.Hi {
		return compare.Claim{}, false
	}
	rival, end := "", -1
	for k := than + 1; k < len(st.words) && k <= than+maxRivalWords; k++ {
		if mm := st.words[k].mention; mm >= 0 && isActor(st.ms[mm]) {
			rival, end = st.ms[mm].Value, k
			break
		}
	}
	if rival == "" {
		return compare.Claim{}, false
	}
	v, op := base.Lo-q.Lo, "-"
	if st.words[than-1].lower != "more" {
		v, op = base.Lo+q.Lo, "+"
	}
	value := strconv.FormatFloat(v, 'f', -1, 64)
	span := compare.Span{Start: st.words[i].span.Start, End: st.words[end].span.End}
	c := x.claim(st, compare.Quantity, last.Key, last.Question, value,
		fmt.Sprintf("%s (%s %s %s)", value, last.Display, op, x.d.Slice(m.Span)), span, i)
	c.Subject = mentions.NameKey(rival)
	return c, true
}

// maxRivalWords is how far after "than" the rival may be named: "9 more
// than the runner-up, the small coastal Fishers' League".
const maxRivalWords = 8

// wholeNoun returns the counted noun of the whole that the bare number
// mention mi (first word i) is a part of: "seat" of "300 out of the 650
// seats", or "".
func wholeNoun(st *sent, mi, i int) string {
	for k := i + 1; k < len(st.words) && k <= i+5; k++ {
		w := st.words[k]
		if w.mention >= 0 && w.mention != mi {
			if m := st.ms[w.mention]; m.Kind == compare.Quantity && wholeOf(st, k) {
				return m.Type
			}
			return ""
		}
	}
	return ""
}

// partitiveOf returns the noun of the group a number at word i is a part
// of ("26,000 of its members", "300 of the workers"), or "": an "of"
// phrase on the number whose noun has no number of its own ("five of its
// eight carriages" is wholeOf's), nor of an event ("five of the
// dead" are deaths).
func partitiveOf(st *sent, i int) string {
	noun := ""
	dependents(st, i, func(j int) bool {
		w := st.words[j]
		if w.rel == "nmod" && w.upos == "NOUN" && w.mention < 0 && w.ev == nil && hasCase(st, j, "of") && j > i+1 && st.words[i+1].lower == "of" && adjacentPhrase(st, i+2, j) {
			noun = w.lemma
			return false
		}
		return true
	})
	return noun
}

// groupOf returns the noun of a group a number at word i is the size
// of, by "of" ("a crowd of 68,000", "a fleet of 185"), or "": a noun
// WordNet files under groups, which a story names no other number of.
func groupOf(st *sent, i int) string {
	w := st.words[i]
	if w.rel != "nmod" || w.head < 0 || w.head > i || !hasCase(st, i, "of") {
		return ""
	}
	h := st.words[w.head]
	if h.upos != "NOUN" || h.mention >= 0 || h.ev != nil {
		return ""
	}
	if ss := lexicon.Synsets(h.plemma, lexicon.Noun); len(ss) == 0 || ss[0].LexFile() != lexicon.NounGroup {
		return ""
	}
	return h.lemma
}

// adjacentPhrase reports whether words from to j (excluded) are only
// what may stand before a noun in its phrase, four at most: a
// determiner, a possessive, an adjective, another noun or a name ("of
// its striking members", "of its Aster electric hatchbacks").
func adjacentPhrase(st *sent, from, j int) bool {
	for k := from; k < j; k++ {
		switch st.words[k].upos {
		case "DET", "PRON", "ADJ", "NOUN", "PROPN":
		default:
			return false
		}
	}
	return j-from <= 4
}

// wholeOf reports whether the number at word i is the whole of a part
// named just before it: "30 out of the 90", "30 of the 90", "3 of 10",
// "30 of its 90", "two of the city's 58".
func wholeOf(st *sent, i int) bool {
	k := i - 1
	if k >= 0 && (st.words[k].lower == "the" || st.words[k].rel == "nmod:poss" && st.words[k].upos == "PRON") {
		k-- // "of the 90", "of its 90"
	} else if k >= 0 && (strings.HasSuffix(st.words[k].lower, "'s") || strings.HasSuffix(st.words[k].lower, "’s")) {
		// "of the city's 58": the possessor's phrase, a few words.
		k--
		for n := 0; n < 3 && k >= 0 && st.words[k].lower != "of"; n++ {
			if u := st.words[k].upos; u != "NOUN" && u != "PROPN" && u != "DET" && u != "ADJ" {
				return false
			}
			k--
		}
	}
	if k < 0 || st.words[k].lower != "of" {
		return false
	}
	k--
	if k >= 0 && st.words[k].lower == "out" {
		k--
	}
	return k >= 0 && st.words[k].mention >= 0 && st.ms[st.words[k].mention].Kind == compare.Quantity
}

// atStake reports whether the count at word i is what a contest is for
// ("the run-off for 133 seats", "candidates competing for 444 seats"):
// the whole at stake, not what anyone won.
func atStake(st *sent, i int) bool {
	k := amountHead(st, i)
	if k == i || !hasCase(st, k, "for") || st.words[k].head < 0 {
		return false
	}
	h := st.words[st.words[k].head]
	if h.ev != nil {
		return h.ev.name == lexicon.Election.String()
	}
	return h.upos == "VERB" && lexicon.IsA(h.plemma, lexicon.Verb, "compete")
}

// bareCount reports whether a quantity is a whole number with no noun
// or unit: one that may leave its noun out ("won 38 seats ... only 11").
// "magnitude 5.9" is a measure, never such a count.
func bareCount(m compare.Mention, q mentions.Quantity) bool {
	return m.Type == "" && q.Unit == "" && !strings.Contains(m.Value, ".")
}

// amountHead returns the word that carries the value at word i in its
// clause: the unit or noun its number counts ("points" of "at 14,210
// points"), else the value's own head word (mentionTop).
func amountHead(st *sent, i int) int {
	top := mentionTop(st, i)
	if st.words[top].rel == "nummod" && st.words[top].head >= 0 {
		return st.words[top].head
	}
	return top
}

// levelOf returns the word whose level a value hung by "at" on a verb
// with no object gives ("the index closed at 1,880", "unemployment stood
// at 5 percent"): the verb's subject; or -1. The "at" of "at least" is
// the value's own.
func levelOf(st *sent, i int, span compare.Span) int {
	top := amountHead(st, i)
	at := firstDep(st, top, "case")
	if at < 0 || st.words[at].lower != "at" || span.Contains(st.words[at].span) || !strings.HasPrefix(st.words[top].rel, "obl") {
		return -1
	}
	k := st.words[top].head
	if k < 0 || st.words[k].upos != "VERB" {
		return -1
	}
	if r := st.words[k].rel; (r == "acl" || r == "acl:relcl") && st.words[k].head >= 0 && firstDep(st, k, "nsubj", "obj") < 0 {
		return st.words[k].head // "the index, closed at 1,880", as a parse may read it
	}
	if firstDep(st, k, "obj") >= 0 {
		// "sold shells at 22 cents", "put the toll at 57": a price or an
		// estimate, which the parse reads apart as often as together
		// ("at less than 22 cents"); left to the words around it.
		return -1
	}
	if o := firstDep(st, k, "nsubj"); o >= 0 && (st.words[o].upos == "NOUN" || st.words[o].upos == "PROPN") {
		return o
	}
	return -1
}

// eventOfNounPhrase returns the event the noun at word k names, or the
// noun of a compound before it ("death" of "death toll"), and its word.
func eventOfNounPhrase(st *sent, k int) (int, *event) {
	if e := st.words[k].ev; e != nil {
		return k, e
	}
	at, found := -1, (*event)(nil)
	dependents(st, k, func(j int) bool {
		if st.words[j].rel == "compound" && st.words[j].ev != nil {
			at, found = j, st.words[j].ev
			return false
		}
		return true
	})
	return at, found
}

// measureUnit remembers IsMeasureUnit's answers.
var measureUnit memo.Strings[bool]

// IsMeasureUnit reports whether a sense of the noun is a unit of
// measurement ("points" of an index), not a thing counted.
func IsMeasureUnit(noun string) bool {
	return measureUnit.Get(noun, func(n string) bool { return lexicon.AnySenseIsA(n, lexicon.Noun, "unit_of_measurement") })
}

// levelName is the name of the thing at word k whose level a value gives:
// a name's key ("nikkei"), else the noun's lemma.
func levelName(st *sent, k int) string {
	if m := st.words[k].mention; m >= 0 && st.ms[m].Kind == compare.Name {
		return mentions.NameKey(st.ms[m].Value)
	}
	return strings.ToLower(st.words[k].lemma)
}

// shareSubject returns the common noun a percentage at word i measures:
// the subject of the clause it completes ("turnout was 61 percent",
// "unemployment stands at 8 percent"), or the object a verb sets at it
// ("put turnout at 64 percent"), or "". A name as subject, or a noun a
// name is set beside ("her rival, Ana Ruiz,"), is whose share it is, not
// what it measures.
func shareSubject(st *sent, i int, span compare.Span) string {
	top := topOf(st, i, span)
	k := top
	if st.words[top].rel != "root" || !hasCop(st, top) {
		k = st.words[top].head
		if k < 0 || !isPredicate(st, k) {
			return ""
		}
		if st.words[k].kinds&kReport != 0 {
			// "Turnout was 63 percent, the commission said": the
			// speaker is not what is measured; the reported clause's
			// subject is, when the clause is the percentage's.
			if !hasCop(st, top) {
				return ""
			}
			k = top
		}
	}
	for j := top - 1; j > k; j-- {
		// "unemployment stands at 8 percent and inflation at 3": after
		// a conjunction, the noun the verb is left out for.
		w := st.words[j]
		if w.upos == "CCONJ" || w.upos == "PUNCT" {
			break
		}
		if w.rel == "conj" && w.upos == "NOUN" && w.mention < 0 && w.ev == nil && j > 0 && st.words[j-1].upos == "CCONJ" {
			return w.lemma
		}
	}
	of := false
	dependents(st, top, func(j int) bool {
		of = st.words[j].rel == "nmod" && hasCase(st, j, "of")
		return !of
	})
	if of {
		return "" // "sold 40 percent of its shares": a share of the shares
	}
	measured := func(j int) bool {
		w := st.words[j]
		if capitalNoun(st, j) != "" {
			return true // "Turnout was 63 percent"
		}
		return w.upos == "NOUN" && w.mention < 0 && w.ev == nil && !namedBeside(st, j)
	}
	if obj := firstDep(st, k, "obj"); obj >= 0 && obj != top && !span.Contains(st.words[obj].span) && atValue(st, span) && !changesHands.Get(st.words[k].plemma, isTrade) {
		// "the commission put turnout at 64 percent": a verb that
		// sets its object at a level measures the object. One that
		// passes it from hand to hand ("lent money at 12 percent")
		// gives a rate.
		if measured(obj) {
			return st.words[obj].lemma
		}
		return ""
	}
	subject := ""
	dependents(st, k, func(j int) bool {
		if st.words[j].rel == "nsubj" && measured(j) {
			subject = st.words[j].lemma
			return false
		}
		return true
	})
	return subject
}

// capitalNoun returns WordNet's noun lemma of word j when it is a
// sentence's first word that the tagger took for a name for its capital
// ("Revenue reached $3.8 billion", "Turnout was 61 percent"), else "".
func capitalNoun(st *sent, j int) string {
	if w := st.words[j]; j != 0 || w.upos != "PROPN" || w.mention >= 0 {
		return ""
	}
	return lexicon.Lemma(st.words[j].lower, lexicon.Noun)
}

// IsCurrency reports whether a unit is a currency's code ("USD").
func IsCurrency(unit string) bool {
	return len(unit) == 3 && strings.ToUpper(unit) == unit
}

// moneyOf returns the noun an amount of money (the mention at span, word
// i) is the amount of, with the nouns compounded with it before it
// ("compensation" and "fund" of "a compensation fund of 180 million
// euros"), or nil: the noun it is "of" ("a dividend of 45 cents"), the
// purpose it is "in" or "for" ("40 million crowns in emergency aid"), or
// what its clause measures (shareSubject: "revenue reached $3.8
// billion"), unless that is who paid or got it ("the government released
// 40 million crowns").
func moneyOf(st *sent, i int, span compare.Span) []string {
	j := moneyNoun(st, i, span)
	if j < 0 {
		if n := moneyOfVerb(st, i, span); n != "" {
			return []string{n}
		}
		return nil
	}
	// "a 3.5 million euro penalty": a currency compounded with the noun
	// is the amount's unit, not what it is.
	ws := withCompounds(st, j)
	head := ws[len(ws)-1]
	return append(slices.DeleteFunc(ws[:len(ws)-1], IsMeasureUnit), head)
}

// moneyOfVerb returns what an amount of money (the mention at span, word
// i) is when a verb gives it: the sum the verb's object names when the
// amount is what the verb puts it "at" ("put the losses at", "estimated
// the cost at"), else a sum the verb names itself ("fined the haulier",
// "valued the paintings at", "the repairs cost"), as WordNet derives it; ""
// when neither is a sum of money, or the verb gives or gets the money
// (isTrade: "paid", "sold for"), whose sum is no one thing.
func moneyOfVerb(st *sent, i int, span compare.Span) string {
	top := topOf(st, i, span)
	w := st.words[top]
	k := w.head
	if k >= 0 && w.rel == "obj" && st.words[k].rel == "obj" && st.words[k].upos != "VERB" {
		k = st.words[k].head // "fined the haulier €40,000": the parse may hang the second object on the first
	}
	if k < 0 || st.words[k].upos != "VERB" {
		return ""
	}
	switch {
	case w.rel == "obl" && hasCase(st, top, "at"):
		if j := firstDep(st, k, "obj"); j >= 0 && j != top && st.words[j].upos == "NOUN" && isSum(st.words[j].lemma) {
			return st.words[j].lemma
		}
	case w.rel == "obj":
	default:
		return ""
	}
	verb := lexicon.Lemma(st.words[k].lower, lexicon.Verb)
	if verb == "" || changesHands.Get(verb, isTrade) {
		return ""
	}
	for _, n := range lexicon.Derived(verb, lexicon.Verb, lexicon.Noun) {
		if isSum(n) {
			return n
		}
	}
	return ""
}

// isSum reports whether a noun's usual senses are a sum of money: a
// cost, a value, a loss, a payment or a gain.
func isSum(noun string) bool {
	return sums.Get(noun, func(n string) bool {
		for _, k := range sumKinds {
			if lexicon.IsA(n, lexicon.Noun, k) {
				return true
			}
		}
		return false
	})
}

// sums remembers isSum's answers.
var sums memo.Strings[bool]

// sumKinds are WordNet's kinds of sums of money.
var sumKinds = []string{"monetary value", "value", "loss", "outgo", "sum", "assets", "fund"}

// withCompounds returns the lemmas of noun j and of the nouns compounded
// before it ("compensation fund", "sodium hydroxide"), in order.
func withCompounds(st *sent, j int) []string {
	var out []string
	dependents(st, j, func(k int) bool {
		if st.words[k].rel == "compound" && k < j && st.words[k].upos == "NOUN" {
			out = append(out, st.words[k].lemma)
		}
		return true
	})
	return append(out, st.words[j].lemma)
}

// agentNoun reports whether a noun's usual sense is a person, a body or
// a place (a county that pays), who pays or gets money rather than what
// money is for.
func agentNoun(lemma string) bool {
	ss := lexicon.Synsets(lemma, lexicon.Noun)
	if len(ss) == 0 {
		return false
	}
	return personOrBody(lemma) || ss[0].Classes().Has(lexicon.Place)
}

// stuffOf returns what an amount in a unit of measure (the mention at
// span, word i) measures, with the nouns compounded with it, or nil: the
// noun its unit is "of" ("12,000 litres of acid"), the noun it qualifies
// ("a 12-tonne load") or the noun it is the amount of ("a weight of 40
// kg"). Who or what body is no such thing; a length measures none.
func stuffOf(st *sent, i int, span compare.Span, unit string) []string {
	top := topOf(st, i, span)
	if w := st.words[top]; !IsMeasureUnit(w.plemma) && !strings.Contains(w.lower, "-") || lexicon.IsA(unit, lexicon.Noun, "linear_unit") {
		// "18-tonne" is one word. A length is as often a distance
		// ("within 2 km of the plant", "a 10-km zone") as an amount.
		return nil
	}
	isThing := func(j int) bool {
		v := st.words[j]
		return v.upos == "NOUN" && v.mention < 0 && !personOrBody(v.lemma) && !IsMeasureUnit(v.plemma)
	}
	thing := -1
	dependents(st, top, func(j int) bool {
		if st.words[j].rel == "nmod" && hasCase(st, j, "of") && isThing(j) {
			thing = j
		}
		return thing < 0
	})
	if w := st.words[top]; thing < 0 && w.head > top && (w.rel == "compound" || w.rel == "amod" || w.rel == "nummod") && isThing(w.head) {
		thing = w.head
	} else if thing < 0 && w.head >= 0 && w.rel == "nmod" && hasCase(st, top, "of") && isThing(w.head) {
		thing = w.head
	} else if thing < 0 && strings.Contains(w.lower, "-") {
		// A figure and its unit in one word qualify the noun after
		// them and its adjectives.
		k := wordAfter(st, span)
		for k >= 0 && k < len(st.words)-1 && st.words[k].upos == "ADJ" {
			k++
		}
		if k >= 0 && isThing(k) {
			thing = k
		}
	}
	if thing < 0 {
		return nil
	}
	return withCompounds(st, thing)
}

// personOrBody reports whether a noun's usual sense is a person or a body
// of people ("the crew"): a length or a weight is never theirs.
func personOrBody(lemma string) bool {
	ss := lexicon.Synsets(lemma, lexicon.Noun)
	if len(ss) == 0 {
		return false
	}
	cs := ss[0].Classes()
	return cs.Has(lexicon.Person) || cs.Has(lexicon.Organisation) || ss[0].LexFile() == lexicon.NounGroup || ss[0].LexFile() == lexicon.NounPerson
}

// moneyNoun is the word of moneyOf's noun, or -1.
func moneyNoun(st *sent, i int, span compare.Span) int {
	top := topOf(st, i, span)
	w := st.words[top]
	isThing := func(j int) bool {
		v := st.words[j]
		return v.upos == "NOUN" && v.mention < 0 && !namedBeside(st, j) && !agentNoun(v.lemma)
	}
	if w.rel == "nmod" && w.head >= 0 && hasCase(st, top, "of") && isThing(w.head) {
		return w.head
	}
	if (w.rel == "compound" || w.rel == "amod" || w.rel == "nummod") && w.head > top && isThing(w.head) {
		// "a €3.5 million penalty", "a $2 billion bond sale": the noun
		// the amount qualifies.
		return w.head
	}
	thing := -1
	dependents(st, top, func(j int) bool {
		if st.words[j].rel == "nmod" && (hasCase(st, j, "in") || hasCase(st, j, "for")) && isThing(j) {
			thing = j
			return false
		}
		return true
	})
	if thing >= 0 {
		return thing
	}
	if s := shareSubject(st, i, span); s != "" && !agentNoun(s) {
		for k := range st.words {
			if st.words[k].lemma == s && st.words[k].upos == "NOUN" {
				return k
			}
		}
	}
	if k := w.head; k >= 0 && (w.rel == "obj" || w.rel == "obl") {
		// A sentence's first word the tagger took for a name for its
		// capital ("Revenue reached $3.8 billion").
		if j := firstDep(st, k, "nsubj"); j >= 0 {
			if l := capitalNoun(st, j); l != "" && !agentNoun(l) {
				return j
			}
		}
	}
	return -1
}

// changesHands remembers isTrade's answers.
var changesHands memo.Strings[bool]

// isTrade reports whether WordNet puts a sense of the verb under giving,
// getting or exchanging: buying, selling, lending, investing.
func isTrade(verb string) bool {
	return lexicon.IsA(verb, lexicon.Verb, "give") || lexicon.IsA(verb, lexicon.Verb, "get") ||
		lexicon.IsA(verb, lexicon.Verb, "exchange") || lexicon.IsA(verb, lexicon.Verb, "transact")
}

// namedBeside reports whether the noun at word j has a name set beside it
// ("her rival, Ana Ruiz,"): it is that person, whose share is no measure
// of a thing. The parse may hang the name on the comma, so word order
// says it too: a person's name, perhaps after a title, between the commas
// after the noun.
func namedBeside(st *sent, j int) bool {
	named := false
	dependents(st, j, func(d int) bool {
		w := st.words[d]
		named = w.rel == "appos" && w.mention >= 0 && st.ms[w.mention].Kind == compare.Name
		return !named
	})
	if named || j+1 >= len(st.words) || st.words[j+1].lower != "," {
		return named
	}
	for k := j + 2; k < len(st.words) && k <= j+5 && st.words[k].lower != ","; k++ {
		if m := st.words[k].mention; m >= 0 && st.ms[m].Kind == compare.Name && st.ms[m].Type == "PERSON" {
			return true
		}
	}
	return false
}

// atValue reports whether the value (span) is hung by "at" on its verb:
// "at" is the word right before it ("at 64 percent", "at less than 12
// percent", whose bound the value's span holds).
func atValue(st *sent, span compare.Span) bool {
	k := -1
	for j, w := range st.words {
		if w.span.End <= span.Start {
			k = j
		}
	}
	return k >= 0 && st.words[k].lower == "at"
}

// hasCop reports whether word k has a copula ("was 61 percent").
func hasCop(st *sent, k int) bool {
	found := false
	dependents(st, k, func(j int) bool {
		found = st.words[j].rel == "cop"
		return !found
	})
	return found
}

// bareShare reports whether the percentage at word i leaves out what it
// is a share of ("had 52 percent of the votes while her rival had 48
// percent"): no "of" after it, and the sentence's last count a share too.
func bareShare(st *sent, m compare.Mention, q mentions.Quantity) bool {
	if q.Unit != "%" || st.lastCount == nil || !strings.HasSuffix(st.lastCount.Key, "/%") && !strings.Contains(st.lastCount.Key, "/%/") {
		return false
	}
	k := wordAfter(st, m.Span)
	return k < 0 || st.words[k].lower != "of"
}

// wordAfter returns the first word after span, or -1.
func wordAfter(st *sent, span compare.Span) int {
	for k := range st.words {
		if st.words[k].span.Start >= span.End {
			return k
		}
	}
	return -1
}

// lastCountEvent returns the event of the sentence's last count of an
// event, or nil.
func lastCountEvent(st *sent) *event {
	if st.lastCount == nil {
		return nil
	}
	return eventNamed[EventClass(st.lastCount.Key)]
}

// maxEllipsisEvent is how far an event in its clause may stand from a
// bare number for the number to be the event's count, not an ellipsis of
// an earlier count.
const maxEllipsisEvent = 4

// ellipsis completes a bare number that leaves out its noun ("took 44
// seats ... may keep only a handful", "took 44 seats, may drop to just
// 9"): with no event close by, it counts what the sentence's last
// count counted, of the same subject. Any other count is remembered for
// the numbers after it.
func (x *extractor) ellipsis(st *sent, c compare.Claim, i int, bare, noCloseEvent bool) compare.Claim {
	switch {
	case bare && noCloseEvent && st.lastCount != nil:
		c.Key, c.Question = st.lastCount.Key, st.lastCount.Question
		if c.Subject == "" && !hasOwnSubject(st, mentionTop(st, i)) {
			// "took 44 seats and may keep a handful"; but not "won 30
			// seats, the independents won 54": a clause with a subject
			// of its own counts for that subject.
			c.Subject = st.lastCount.Subject
		}
	default:
		last := c
		st.lastCount = &last
	}
	return c
}

// quantityQuestion asks for a quantity of an event: a fixed question when
// the event has one ("How many people died?"), else one built from the
// counted noun or the unit.
func quantityQuestion(ev *event, noun, unit, nouns string) string {
	switch {
	case unit == "%":
		return fmt.Sprintf("What percentage is given for the %s?", ev.noun)
	case unit != "":
		return fmt.Sprintf("What amount (%s) is given for the %s?", unit, ev.noun)
	case ev.howMany != "":
		return ev.howMany
	case eventOfNoun(noun) == ev:
		// "a 7.0 earthquake": the number is a figure of the event itself.
		return fmt.Sprintf("What figure is given for the %s?", noun)
	}
	if noun == "" && isChange(ev) {
		// A bare number that rose or fell is a level, not a count of people.
		return fmt.Sprintf("What number is given for the %s?", ev.noun)
	}
	if nouns == "" {
		nouns = plural(noun)
	}
	return fmt.Sprintf("How many %s in the %s?", nouns, ev.noun)
}

// pluralAsWritten returns the plural of the counted noun of the number at
// word i as the sentence writes it after the number ("police", "staff",
// "crises"), else as plural makes it.
func pluralAsWritten(st *sent, i int, noun string) string {
	if noun == "" {
		return "" // a bare number: no word after it is its noun
	}
	for k := i + 1; k < len(st.words) && k <= i+4; k++ {
		w := st.words[k]
		if w.plemma == noun || w.lemma == noun || w.lower == noun {
			if w.lower != noun || w.upos == "NOUN" && plural(noun) != noun && !strings.HasSuffix(noun, "s") {
				// An inflected form, or a noun that is its own plural.
				return w.lower
			}
			break
		}
	}
	return plural(noun)
}

// additional reports whether the count at word i is of a group besides
// one the text names: "two nurses were also hurt". "Other" does not say
// it: "killing 12 and injuring 40 others" injured 40 in all, and whether
// "three other people were killed" adds to a toll depends on what the
// sentences before named.
func additional(st *sent, i int) bool {
	// "Also" on the word the count's noun depends on, or on the number's
	// own head: the clause that says what befell the group.
	for k, n := st.words[i].head, 0; k >= 0 && n < 2; k, n = st.words[k].head, n+1 {
		if hasDep(st, k, "advmod", "also") {
			return true
		}
	}
	return false
}

// otherGroup reports whether the count at span (word i) counts a group besides
// one named before: "other" between the number and its noun ("three
// other farms", "dozens of other passengers").
func otherGroup(st *sent, i int, span compare.Span) bool {
	for k, n := i, 0; k < len(st.words) && n < 3; k++ {
		w := st.words[k]
		if w.span.Start < span.End {
			continue
		}
		n++
		switch {
		case w.lower == "other":
			return true
		case w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "VERB" || w.upos == "PUNCT":
			return false
		}
	}
	return false
}

// dayOfDate reports whether quantity mention mi, days of the month, ends
// a date just before it: "Nov. 18-19", "from Nov. 15 to 16".
func (x *extractor) dayOfDate(st *sent, mi int, q mentions.Quantity) bool {
	if q.Unit != "" || q.Lo < 1 || q.Hi > 31 || q.Lo != float64(int(q.Lo)) {
		return false
	}
	start := st.ms[mi].Span.Start
	for k := mi - 1; k >= 0; k-- {
		d := st.ms[k]
		if d.Span.End > start {
			continue
		}
		monthOnly := len(d.Value) == len("2009-03")
		if d.Kind != compare.Time || d.Type != "DATE" || !monthOnly && !strings.ContainsAny(x.d.Slice(d.Span), "0123456789") {
			// A date written with its day ("Nov. 15") or a month alone
			// ("Nov."), not a weekday's: "on Friday three cars".
			return false
		}
		join := dayRangeJoin.FindStringSubmatch(x.d.Slice(compare.Span{Start: d.Span.End, End: start}))
		// After a month alone, only the first day of a range read as no
		// part of it leads to the last ("Nov. 18-19"); after a day, the
		// joiner alone does. "On March 14 and 16 more stalls": "and"
		// before a count of a thing joins two statements, not a range.
		return join != nil && (join[1] != "") == monthOnly && !(join[2] == "and" && st.ms[mi].Type != "")
	}
	return false
}

// dayRangeJoin matches what joins a date to the last day of its range,
// perhaps after the range's first day (submatch 1) when the date reader
// took the month alone: "Nov. 15 to 16", "November 4-5", "Nov. 18-19".
var dayRangeJoin = regexp.MustCompile(`^\s*(\d{1,2})?\s*(-|–|to|and|through|until|till)\s*$`)

// age reports whether the number at word i gives an age ("aged between 13
// and 15", "the ages of 16 and 35"), which counts nothing.
func age(st *sent, i int) bool {
	if i >= 2 && (st.words[i-1].lower == "and" || st.words[i-1].lower == "to") && st.words[i-2].mention >= 0 && st.words[i-2].mention != st.words[i].mention && ageLead(st, i-2) {
		// "the ages of 16 and 35": the second age of a pair.
		return true
	}
	return ageLead(st, i) || eldest(st, i)
}

// eldest reports whether the number at word i is said of the youngest or
// oldest of a group ("the youngest of the dead was 19", "the oldest
// victim was 83"): an age, not a count.
func eldest(st *sent, i int) bool {
	j := firstDep(st, i, "nsubj")
	if j < 0 {
		return false
	}
	isAgeSuperlative := func(w word) bool {
		return w.superlative && (w.plemma == "young" || w.plemma == "old")
	}
	if isAgeSuperlative(st.words[j]) {
		return true
	}
	found := false
	dependents(st, j, func(k int) bool {
		found = st.words[k].rel == "amod" && isAgeSuperlative(st.words[k])
		return !found
	})
	return found
}

// countedBefore returns the thing the last count before mention mi of
// the sentence counts, "other" when none does.
func countedBefore(st *sent, mi int) string {
	for k := mi - 1; k >= 0; k-- {
		if m := st.ms[k]; m.Kind == compare.Quantity && m.Type != "" && m.Type != "other" && m.Type != "others" {
			return m.Type
		}
	}
	return "other"
}

// ageHolder returns whose age the number at word i is, and whether that
// is a name: a person's name or a noun for a person that the number is
// set off after ("Omar Haddad, 45,", "the driver, 52,", "the driver,
// aged 52,"), or the youngest or oldest of a group the number is said of
// ("the youngest of the dead was 19"); "" when none. The number must be
// one a person's age may be (plausibleAge).
func (x *extractor) ageHolder(st *sent, i int, q mentions.Quantity) (string, bool) {
	if !plausibleAge(q) {
		return "", false
	}
	k, apposed := -1, false
	switch {
	case i >= 2 && st.words[i-1].lower == "," && i+1 < len(st.words) && strings.Contains(",.)", st.words[i+1].lower):
		k, apposed = i-2, true // closed by a comma, a full stop or a bracket
	case i >= 3 && st.words[i-1].lower == "aged" && st.words[i-2].lower == ",":
		k = i - 3
	}
	if k >= 0 {
		w := st.words[k]
		if w.mention >= 0 {
			if m := st.ms[w.mention]; m.Kind == compare.Name && (m.Type == "PERSON" || m.Type == "NAME") {
				return m.Value, true
			}
		} else if apposed && k == 0 && w.upos == "PROPN" {
			// A surname the name finder left alone at the start of a
			// sentence ("Ruiz, 61, was held"): the tagger's proper noun.
			return x.d.Slice(w.span), true
		}
		if w.upos == "NOUN" && lexicon.IsA(w.lemma, lexicon.Noun, "person") {
			return "the " + w.lower, false
		}
		return "", false
	}
	if eldest(st, i) {
		j := firstDep(st, i, "nsubj")
		if st.words[j].upos == "NOUN" {
			return "the " + x.d.Slice(compare.Span{Start: st.words[max(0, j-1)].span.Start, End: st.words[j].span.End}), false
		}
		return "the " + st.words[j].lower, false
	}
	return "", false
}

// plausibleAge reports whether q may be a person's age: a whole number
// of years from 1 to 120, of no unit.
func plausibleAge(q mentions.Quantity) bool {
	return q.Unit == "" && q.Exact && q.Lo == q.Hi && q.Lo >= 1 && q.Lo <= 120 && q.Lo == float64(int(q.Lo))
}

// ageLead reports whether the words just before word i say that the
// number there is an age: "aged", "the age(s) of".
func ageLead(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch st.words[k].lower {
		case "aged":
			return true
		case "of":
			return k > 0 && (st.words[k-1].lower == "ages" || st.words[k-1].lower == "age")
		}
	}
	return false
}

// labelNouns name members of a series by number.
var labelNouns = wordlist.Labels

// isLabel reports whether the number at word i follows a label noun, or
// a capitalised word that does not start the sentence ("Part 2",
// "Video 1").
func (x *extractor) isLabel(st *sent, i int) bool {
	if i == 0 {
		return false
	}
	prev := st.words[i-1]
	if labelNouns[prev.lower] {
		return true
	}
	r, _ := utf8.DecodeRune(x.text[prev.span.Start:prev.span.End])
	return i-1 > 0 && unicode.IsUpper(r) && !stopwords[prev.lower] && prev.mention < 0
}

var timeUnits = wordlist.TimeUnits

// labelClaim reads a "Label: value" line ("Deaths: 12", "Homes lost:
// 300", "Rainfall: 120 mm"): the label is what the value measures. A
// label word that names an event as a noun or a state keys the value by
// the event; otherwise the label's first noun is the thing counted.
func (x *extractor) labelClaim(st *sent, m compare.Mention, q mentions.Quantity, i int) (compare.Claim, bool) {
	colon := -1
	named := false // the label holds a name ("GDP growth")
	// A table row reads as a label line: its first cell is the label,
	// the bar after it the colon ("| Homes lost | 300 |").
	start := 0
	for start < i && st.words[start].lower == "|" {
		start++
	}
	for k := start; k < i && k <= start+maxLabelWords; k++ {
		if w := st.words[k].lower; w == ":" || w == "|" {
			colon = k
			break
		}
		if !hasLetter(st.words[k].lower) {
			return compare.Claim{}, false
		}
		if m := st.words[k].mention; m >= 0 {
			if st.ms[m].Kind != compare.Name {
				return compare.Claim{}, false
			}
			named = true
		}
	}
	if colon <= start || ordinal(st.words[start].lower) || slices.ContainsFunc(st.words[colon+1:i], func(w word) bool { return w.upos != "ADJ" && w.upos != "ADV" && w.rel != "amod" }) ||
		slices.ContainsFunc(st.words[i:], func(w word) bool { return w.upos == "VERB" && w.span.Start >= m.Span.End }) {
		// The value follows the colon ("Population: estimated 4
		// million"), and no clause: "Update: Two blasts hit ..." and
		// "2nd Lead: 5 guards accused of ..." are a wire's slug, which
		// numbers its version, before a sentence, not a label.
		return compare.Claim{}, false
	}
	unit := q.Unit
	var ev *event
	var things []string
	nouns := 0
	common := false // the label has a common noun: "Kenya:" alone is no label
	for _, w := range st.words[start:colon] {
		if e := stateEvents[w.lower]; e != nil && ev == nil {
			ev = e
		}
		if w.upos == "ADJ" && len(things) == 0 {
			// "Foreign debt" is not all debt: the label's words, not its
			// noun alone, are the thing measured.
			things = append(things, w.lower)
			continue
		}
		if w.upos != "NOUN" && w.upos != "PROPN" && w.upos != "X" {
			continue
		}
		nouns++
		common = common || w.upos == "NOUN"
		if e := nounEvent(w.lower); e != nil && ev == nil {
			ev = e
		}
		thing := lexicon.Lemma(w.lower, lexicon.Noun)
		if thing == "" {
			thing = w.lower
		}
		things = append(things, thing)
	}
	if named && !common {
		return compare.Claim{}, false
	}
	thing := ""
	if nouns > 0 {
		// The label's words as one thing: "foreign-debt", "gdp-growth".
		thing = strings.Join(things, "-")
	}
	var key, question string
	switch {
	case ev != nil && !isChange(ev) && (unit == "" || unit == "count"):
		// A count keyed by the event it counts ("Deaths: 12"); an amount
		// in a unit ("Debt: $3 billion") measures the thing the label
		// names, whatever event WordNet files the word under.
		key, question = kindKey("quantity", ev.name, cmp.Or(unit, "count")), quantityQuestion(ev, m.Type, unit, pluralAsWritten(st, i, m.Type))
	case thing != "":
		key, question = kindKey("count", thing, unit), fmt.Sprintf("What figure is given for %s?", strings.ToLower(strings.Join(strings.Fields(x.d.Slice(compare.Span{Start: st.words[start].span.Start, End: st.words[colon-1].span.End})), " ")))
	default:
		return compare.Claim{}, false
	}
	return x.claim(st, compare.Quantity, key, question, m.Value, x.d.Slice(m.Span), m.Span, i), true
}

// ordinal reports whether w is an ordinal written in digits ("2nd").
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:n-2], "0123456789") == ""
	}
	return false
}

// maxLabelWords is the most words a label of a "Label: value" line has.
const maxLabelWords = 4

// memberOf returns the group a sentence names, by a common noun, that the
// counted noun (at word counted, as countedWord finds it) is a member of
// in WordNet ("officer" of "police", "soldier" of "army"), or "".
func (x *extractor) memberOf(st *sent, value compare.Span, counted int, noun string) string {
	if noun == "" || strings.Contains(noun, " ") || anyone.Get(noun, isAnyone) || !IsPerson(noun) {
		// A body's strength is counted in people: "185 aircraft" of an
		// airline are no count of the airline, which "two airlines"
		// counts.
		return ""
	}
	// The group is one the tree ties to the counted noun: the subject of
	// its clause ("the police sent 900 officers") or a noun it hangs on
	// or that hangs on it ("officers of the police"); not any group the
	// sentence names ("a show of force").
	at := counted
	if at < 0 {
		at = wordAfter(st, value)
	}
	if at < 0 || at >= len(st.words) {
		return ""
	}
	tied := func(k int) bool {
		w := st.words[k]
		if w.head == at || st.words[at].head == k {
			return true
		}
		p := predicateOf(st, at)
		return p >= 0 && w.head == p && (w.rel == "nsubj" || w.rel == "nsubj:pass")
	}
	for k, w := range st.words {
		if k == counted || !tied(k) {
			continue
		}
		if r, _ := utf8.DecodeRune(x.text[w.span.Start:w.span.End]); k > 0 && unicode.IsUpper(r) {
			continue // "Iraqis": a people, not a body of members
		}
		if w.upos == "NOUN" && w.lemma != noun && w.mention < 0 && socialGroup.Get(w.lemma, isSocialGroup) && memberOfGroup.Get([2]string{noun, w.lemma}, isMemberOf) {
			return w.lemma
		}
	}
	return ""
}

// persons remembers IsPerson's answers: the nouns of counts come back in
// report after report.
var persons memo.Strings[bool]

// IsPerson reports whether WordNet's usual sense of a noun is a person
// ("worker", "nurse"), not a body or a thing.
func IsPerson(noun string) bool {
	return persons.Get(noun, func(n string) bool { return lexicon.IsA(n, lexicon.Noun, "person") })
}

// countedWord returns the counted word of the number spanning value, the
// last noun of the run after it ("people" of "1.5 million people"), or -1.
func countedWord(st *sent, value compare.Span) int {
	counted := -1
	for k := wordAfter(st, value); k >= 0 && k < len(st.words); k++ {
		w := st.words[k]
		if counted < 0 && (w.lower == "of" || w.upos == "DET" || w.upos == "ADJ") {
			continue // "thousands of the people", "300 armed police"
		}
		if w.upos != "NOUN" {
			break
		}
		counted = k
	}
	return counted
}

// senseCounted names what a count of noun counts by the noun's usual sense
// in WordNet (Headword), so that counts of one thing in two words are one
// question: "dockers" and "dock workers", "physicians" and "doctors". The
// noun before the counted word (at k, as countedWord finds it) joins it when WordNet holds the two as one
// word ("dock worker", "police officer"); written is then that compound
// as the text has it, for the question. A noun WordNet does not know is
// its own name.
func senseCounted(st *sent, value compare.Span, k int, noun string) (sense, written string) {
	if k > 0 && st.words[k].lemma == noun {
		if p := st.words[k-1]; p.upos == "NOUN" && p.span.Start >= value.End {
			if h := lexicon.Headword(p.lower+" "+noun, lexicon.Noun); h != "" {
				return h, p.lower + " " + st.words[k].lower
			}
		}
	}
	if len(noun) <= 3 {
		// A short word is as often an abbreviation ("pts" for points) as
		// the word WordNet's first sense makes of it (platinum): its own
		// name.
		return noun, ""
	}
	return cmp.Or(lexicon.Headword(noun, lexicon.Noun), noun), ""
}

// adjectiveCounted returns the noun a count (mention m, word i) counts
// when the word its mention took for that noun is an adjective in the
// tree and the number hangs on a noun after it: the noun's lemma, else "".
func adjectiveCounted(st *sent, i int, m compare.Mention) string {
	k := wordAfter(st, m.Span)
	if k < 0 || st.words[k].upos != "ADJ" || st.words[k].lower != m.Type && st.words[k].lemma != m.Type {
		return ""
	}
	t := topOf(st, i, m.Span)
	h := st.words[t].head
	if st.words[t].rel != "nummod" || h <= k || st.words[h].upos != "NOUN" || st.words[h].mention >= 0 {
		return ""
	}
	return st.words[h].plemma
}

// socialGroup remembers isSocialGroup of the nouns asked about: memberOf
// asks it of every noun of a sentence for each count in it.
var socialGroup memo.Strings[bool]

func isSocialGroup(noun string) bool { return lexicon.IsA(noun, lexicon.Noun, "social_group") }

// memberOfGroup remembers isMemberOf of the pairs of a counted noun and a
// group asked about: the same few ("soldier", "army") come back in every
// story of an event.
var memberOfGroup memo.Map[[2]string, bool]

func isMemberOf(pair [2]string) bool { return lexicon.PartOf(pair[0], pair[1]) }

// anyone remembers isAnyone of the counted nouns asked about.
var anyone memo.Strings[bool]

// isAnyone reports whether a noun first means a person of any kind
// ("person", "people"): a count of them names no body they belong to.
func isAnyone(noun string) bool {
	ss, person := lexicon.Synsets(noun, lexicon.Noun), personSynset()
	return len(ss) > 0 && person != nil && ss[0] == *person
}

// personSynset is WordNet's first sense of "person", looked up once.
var personSynset = sync.OnceValue(func() *lexicon.Synset {
	if ps := lexicon.Synsets("person", lexicon.Noun); len(ps) > 0 {
		return &ps[0]
	}
	return nil
})
