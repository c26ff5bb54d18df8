package claims

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// Time claims: when an event happened, read from a date or time of day
// and the event its clause names.

// countCutOff reports whether the time at word i is the cut-off of a count
// just before it ("the toll climbed to 58 as of 6 p.m. Sunday"): it dates the
// figure, not the event.
func countCutOff(st *sent, i int) bool {
	if i < 2 || st.words[i-1].lower != "of" && st.words[i-1].lower != "at" || st.words[i-2].lower != "as" {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		if w := st.words[k]; w.mention >= 0 && st.ms[w.mention].Kind == compare.Quantity {
			return true
		}
	}
	return false
}

func isWeekday(w string) bool { return wordlist.Weekdays[w] > 0 }

func (x *extractor) timeClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	if m.Type != "DATE" && m.Type != "TIME" {
		return compare.Claim{}, false
	}
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	if countCutOff(st, i) {
		return compare.Claim{}, false
	}
	if hasCase(st, topOf(st, i, m.Span), "since") || i > 0 && st.words[i-1].lower == "since" {
		// "its highest close since December 2000": the start of a span,
		// not when the event happened (previousOccurrence reads "the
		// first time since").
		return compare.Claim{}, false
	}
	j, ev := frameEvent(st, i, m.Span, 8)
	if ev == nil {
		j, ev = verbPhraseEvent(st, i)
	}
	if ev == nil && x.inLead && x.titleEv != nil && isWeekday(st.words[i].lower) && (!hasEvent(st) || x.mainVerbsDay(st, i)) {
		// "Ministers sat down together in the guildhall on Thursday",
		// under the headline "Ministers Hold Talks": the lead gives the day
		// of the headline's event.
		j, ev = i, x.titleEv
	}
	if ev == nil && x.untitled && x.firstLead && !x.leadDated && isWeekday(st.words[i].lower) {
		// "Shares ended lower on Friday" opening a story whose headline
		// names no event: the first day the lead gives is the story's.
		j, ev = i, storyEvent
	}
	if ev == nil {
		j, ev = verbOfTime(st, i, m.Span)
	}
	if ev == nil {
		return compare.Claim{}, false
	}
	key, question := kindKey("time", ev.name), ev.when
	earlier := inSincePhrase(st, topOf(st, i, m.Span))
	first := !earlier && firstOfSeries(st, j)
	switch {
	case first:
		// "The first summit of the league was held in 1994": the first
		// of a series, one occasion, whichever one the story reports.
		key, question = kindKey("first", ev.name), strings.Replace(ev.when, "the ", "the first ", 1)
	case earlier:
		// "the first talks since a summit in June": the day of the event
		// a span began with, another occurrence than the story's.
		key, question = kindKey(key, sincePart), strings.TrimSuffix(ev.when, "?")+" (an earlier occasion)?"
	case plannedAt(st, i) || afterPublication(m.Value, x.d.PublishedDate):
		// A day still to come is planned whatever the verb's tense: "the
		// March 9 vote" in a story of February is the vote to be held.
		key = kindKey(key, plannedPart)
	}
	span := cover(m.Span, st.words[j].span)
	c := x.claim(st, compare.Time, key, question, m.Value, x.d.Slice(m.Span), span, j)
	if !first && (!earlier && x.inLead && (ev == x.titleEv || !x.leadDated && toldWith(st, j, x.titleEv)) || x.firstLead && !x.leadDated) {
		x.leadDated = true
		// The lead dates the event the headline reports: the story's own
		// event, which every article of the story speaks of.
		c.Terms = slices.Insert(slices.Clone(c.Terms), 0, MainTerm)
		slices.Sort(c.Terms)
	}
	return c, true
}

// firstOfSeries reports whether the event word j is a noun qualified as
// the first of its series ("the first summit", "the first round"), and
// not as the first for a while ("the first talks since June", "the first
// meeting in two years", which previousOccurrence reads).
func firstOfSeries(st *sent, j int) bool {
	if j < 0 || st.words[j].upos != "NOUN" && st.words[j].upos != "PROPN" || !hasDep(st, j, "amod", "first") {
		return false
	}
	for k := j + 1; k < len(st.words) && k <= j+4; k++ {
		w := st.words[k]
		if w.lower == "since" || w.mention >= 0 && st.ms[w.mention].Kind == compare.Time && st.ms[w.mention].Type == "DURATION" {
			return false
		}
	}
	return true
}

// verbOfTime returns the verb a time hangs on when the verb names no class
// of event, and an event named by the verb itself: "the museum reopened on
// Friday", "thieves robbed the bank on Monday". Two reports of a kind of
// event no class covers still give its day, as long as they name it with
// one verb. Verbs that say nothing happened of their own (reporting,
// light and auxiliary verbs, and a verb whose complement is the event:
// "began to", "plans to") give none.
func verbOfTime(st *sent, i int, span compare.Span) (int, *event) {
	t := topOf(st, i, span)
	k := st.words[t].head
	if k < 0 || !strings.HasPrefix(st.words[t].rel, "obl") && st.words[t].rel != "advmod" && st.words[t].rel != "nmod:tmod" {
		return -1, nil
	}
	w := st.words[k]
	if w.upos != "VERB" || w.kinds&(kReport|kLight) != 0 || len(w.plemma) < 3 || firstDep(st, k, "xcomp", "ccomp") >= 0 {
		return -1, nil
	}
	lemma := w.plemma
	if lemma == w.lower {
		// A form the parse left as written ("sank"): WordNet's lemma.
		if l := lexicon.Lemma(w.lower, lexicon.Verb); l != "" {
			lemma = l
		}
	}
	ev := verbEvents.Get(lemma, verbEvent)
	if ev == nil {
		return -1, nil
	}
	return k, ev
}

// maxVerbSenses is the most senses WordNet may give a verb that names an
// event by itself: "have", "make", "get" or "find" say too many things
// to tell what happened.
const maxVerbSenses = 12

// verbEvents holds the events verbOfTime names, one per verb.
var verbEvents memo.Strings[*event]

// verbEvent is the event a verb names when no class covers it, keyed by
// the verb, so that only reports using it (or its own forms) meet; nil
// for a verb WordNet does not know, gives too many senses, or reads
// first as a state.
func verbEvent(lemma string) *event {
	ss := lexicon.Synsets(lemma, lexicon.Verb)
	if len(ss) == 0 || len(ss) > maxVerbSenses || ss[0].LexFile() == lexicon.VerbStative {
		// A state ("were living in camps at the start of the year",
		// "lay in ruins") is no event with a day of its own.
		return nil
	}
	if n := actNoun(lemma); n != "" {
		// "When was the robbery?" reads better than the verb in brackets.
		return &event{name: verbEventPrefix + lemma, noun: n, when: "When was the " + n + "?", location: "Where was the " + n + "?"}
	}
	return &event{name: verbEventPrefix + lemma, noun: lemma,
		when: "When did it happen (" + lemma + ")?", location: "Where did it happen (" + lemma + ")?"}
}

// actNoun returns the noun WordNet derives from a verb that names its
// act or event ("robbery" of "rob", "sinking" of "sink"), not the doer
// ("robber") nor a word spelt as the verb, or "".
func actNoun(verb string) string {
	for _, n := range lexicon.Derived(verb, lexicon.Verb, lexicon.Noun) {
		if n == verb {
			continue
		}
		if ss := lexicon.Synsets(n, lexicon.Noun); len(ss) > 0 && actFiles[ss[0].LexFile()] {
			return n
		}
	}
	return ""
}

// actFiles are WordNet's lexicographer files of nouns of acts, events and
// processes.
var actFiles = map[int]bool{lexicon.NounAct: true, lexicon.NounEvent: true, lexicon.NounProcess: true}

// verbEventPrefix marks a key's event named by a verb no class covers.
const verbEventPrefix = "v-"

// inSincePhrase reports whether word k, a time, qualifies a noun of a
// phrase opened by "since", up to maxSinceNouns nouns up its tree: "the
// first talks since a summit in Cairo in June" dates the summit that
// began the span, not the talks.
func inSincePhrase(st *sent, k int) bool {
	for n := 0; n < maxSinceNouns; n++ {
		k = st.words[k].head
		if k < 0 || st.words[k].upos != "NOUN" && st.words[k].upos != "PROPN" {
			return false
		}
		if hasCase(st, k, "since") {
			return true
		}
	}
	return false
}

// maxSinceNouns is how many nouns up from a time inSincePhrase looks.
const maxSinceNouns = 3

// toldWith reports whether the event word j is told in one frame with
// an event of class ev: its head or a word depending on it names one.
// "A bomb hit a patrol on Tuesday, killing two" dates the killing with the
// hit; "two were killed in an ambush on Monday" the ambush with the
// deaths, and so does "two were killed and three hurt in an ambush". A
// clause that is a statement of its own (ccomp, parataxis) is no part of
// the frame.
func toldWith(st *sent, j int, ev *event) bool {
	if ev == nil {
		return false
	}
	w := st.words[j]
	if h := w.head; h >= 0 && !ownStatement(w.rel) {
		// The head, or the verb it is joined to ("were killed and
		// others wounded in an ambush").
		if st.words[h].ev == ev || st.words[h].rel == "conj" && st.words[h].head >= 0 && st.words[st.words[h].head].ev == ev {
			return true
		}
	}
	found := false
	dependents(st, j, func(k int) bool {
		found = st.words[k].ev == ev && !ownStatement(st.words[k].rel)
		return !found
	})
	return found
}

// ownStatement reports whether a clause of relation rel states something
// of its own, apart from its head's event.
func ownStatement(rel string) bool { return rel == "ccomp" || rel == "parataxis" }

// mainVerbsDay reports whether the weekday at word i is the day of its
// sentence's main verb, which names no event and reports nothing
// ("Shares ended higher on Monday, their highest close since 2000"):
// under a headline that names an event, it is that event's day, whatever
// events the sentence's other phrases name. A report verb's day is when
// it was said ("said on Tuesday").
func (x *extractor) mainVerbsDay(st *sent, i int) bool {
	p := predicateOf(st, i)
	if p < 0 || st.words[p].rel != "root" || st.words[p].ev != nil || st.words[p].kinds&kReport != 0 {
		return false
	}
	if x.titleSubject == "" || subjectTerm(st, p) != x.titleSubject {
		// "New Zealand to join treaty" over "The convention was
		// tabled on Wednesday": the lead tells the headline's event
		// only of the headline's subject ("Copper prices close higher",
		// "Copper prices ended higher on Tuesday").
		return false
	}
	// "condemned on Thursday the bombings", "vowed on Saturday",
	// "called on states on Friday", "confirmed on Monday that": a verb
	// of saying, or one that takes a clause, dates its own act, not the
	// headline's.
	return firstDep(st, p, "ccomp") < 0 && !says.Get(st.words[p].plemma, isSaying)
}

// says remembers isSaying of the verbs asked about.
var says memo.Strings[bool]

// isSaying reports whether WordNet knows verb v as a way to communicate
// or express something.
func isSaying(v string) bool {
	return lexicon.IsA(v, lexicon.Verb, "communicate") || lexicon.IsA(v, lexicon.Verb, "express")
}

// afterPublication reports whether a time value (TIMEX3: a year, a month
// or a day, perhaps with a time of day) lies after the publication date,
// compared at the precision both know.
func afterPublication(value string, pub compare.Date) bool {
	if pub.IsZero() {
		return false
	}
	var v compare.Date
	for _, n := range []int{len("2006-01-02"), len("2006-01"), len("2006")} {
		if len(value) >= n {
			if d, err := compare.ParseDate(value[:n]); err == nil {
				v = d
				break
			}
		}
	}
	if v.IsZero() {
		return false
	}
	if v.Year() != pub.Year() {
		return v.Year() > pub.Year()
	}
	if v.Precision() < compare.DateMonth || pub.Precision() < compare.DateMonth || v.Month() != pub.Month() {
		return v.Precision() >= compare.DateMonth && pub.Precision() >= compare.DateMonth && v.Month() > pub.Month()
	}
	return v.Precision() == compare.DateDay && pub.Precision() == compare.DateDay && v.Day() > pub.Day()
}
