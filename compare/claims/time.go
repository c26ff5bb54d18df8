package claims

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/timex"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// Time claims: when an event happened, read from a date or time of day
// and the event its clause names.

// countCutOff reports whether the time at word i is the cut-off of a count
// just before it ("the toll climbed to 58 as of 6 p.m. Sunday", "the fire
// had burned 900 hectares by Monday evening"): it dates the figure, not
// the event.
func countCutOff(st *sent, i int) bool {
	asOf := i >= 2 && (st.words[i-1].lower == "of" || st.words[i-1].lower == "at") && st.words[i-2].lower == "as"
	if !asOf && (i < 1 || st.words[i-1].lower != "by") {
		return false
	}
	start := i - 3
	if !asOf {
		start = i - 2
	}
	for k := start; k >= 0 && k >= i-maxCutOffGap; k-- {
		w := st.words[k]
		if w.lower == "," || w.lower == ";" || w.upos == "VERB" {
			return false // another clause's count, or another verb's
		}
		if w.mention >= 0 && st.ms[w.mention].Kind == compare.Quantity {
			return true
		}
	}
	return false
}

// maxCutOffGap is how many words before its cut-off a count may stand
// ("900 hectares of pine forest and scrub by Monday").
const maxCutOffGap = 9

func isWeekday(w string) bool { return wordlist.Weekdays[w] > 0 }

func (x *extractor) timeClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	if m.Type != "DATE" && m.Type != "TIME" || timex.Granularity(m.Value) == "reference" {
		// "now", "recently", "in the future" say when only against the
		// moment of writing: no answer to when an event happened, and
		// no value two reports could be held to.
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
		j, ev = toldTimeEvent(st, i, m.Span)
	}
	if ev == nil {
		j, ev = nounOfTime(st, i, m.Span)
	}
	if ev == nil && timex.IsClock(m.Value) && x.titleEv != nil && x.titleEv.lexical && Sudden(x.titleEv.name) && !clauseHasEvent(st, i) && !timesReport(st, i, m.Span) {
		// "The coach went over the edge shortly after 9 a.m.", in a
		// story headlined "Coach crash...": an hour given by a verb
		// that names no event of its own ("went over", "came off the
		// rails", "forced a door") is the hour of the headline's
		// sudden event, which a story times and little else.
		j, ev = i, x.titleEv
	}
	if ev == nil || laterDay(st, i, m.Span) {
		return compare.Claim{}, false
	}
	if strings.HasPrefix(ev.name, verbEventPrefix) && x.inLead && !x.leadDated && x.titleEv != nil && !isChange(x.titleEv) && !isToll(x.titleEv) && changeTaken(st, j) == nil && !names(st, x.titleEv) {
		// "a coach plunged off a mountain road late on Saturday",
		// opening a story headlined "Coach crash...": the first day
		// the lead gives, of an event no class covers, is the day of
		// the headline's event, when the sentence names that event no
		// other way ("police arrested 19 as they prepared for a
		// crackdown at the weekend" dates no arrest). A toll ("Crash
		// kills 12") is no event of its own to date.
		ev = x.titleEv
	}
	if change := changeTaken(st, j); change != nil {
		// "Shares fell 3 percent on Monday": a verb that takes an
		// amount is the change one of its senses names, for its day as
		// for its amount (changeBefore), not its first sense's accident.
		// A story tells of many rises and falls (of prices, of output,
		// of demand): the day is keyed by the verb, as a day of an
		// event no class covers is, and only agrees.
		ev = changeDays.Get(st.words[j].plemma, func(lemma string) *event {
			return &event{name: verbEventPrefix + lemma, noun: change.noun, when: change.when, location: change.location}
		})
	}
	key, question := kindKey("time", ev.name), ev.when
	earlier := inSincePhrase(st, topOf(st, i, m.Span))
	nth, ordinal := 0, ""
	if !earlier && !nearPublication(m.Value, x.d.PublishedDate, ownOccasionDays) {
		// An occasion dated within days of the report is the report's
		// own, whatever its number: "the 13th summit of the bloc opened
		// on Saturday".
		nth, ordinal = ordinalOfSeries(st, j)
	}
	numbered := nth > 0
	switch {
	case nth == 1:
		// "The first summit of the league was held in 1994": the first
		// of a series, one occasion, whichever one the story reports.
		key, question = kindKey("first", ev.name), strings.Replace(ev.when, "the ", "the first ", 1)
	case nth > 1:
		// "Their third summit was held in Oslo in 2019": another member
		// of the series, told apart from the others by its number.
		key, question = kindKey("nth", ev.name, strconv.Itoa(nth)), strings.Replace(ev.when, "the ", "the "+ordinal+" ", 1)
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
	c := x.claim(st, compare.Time, key, question, x.eventHour(st, key, ev, m.Value), x.d.Slice(m.Span), span, j)
	if !numbered && (!earlier && x.inLead && (ev == x.titleEv || !x.leadDated && toldWith(st, j, x.titleEv)) || x.firstLead && !x.leadDated) {
		x.leadDated = true
		// The lead dates the event the headline reports: the story's own
		// event, which every article of the story speaks of.
		c.Terms = slices.Insert(slices.Clone(c.Terms), 0, MainTerm)
		slices.Sort(c.Terms)
	}
	return c, true
}

// eventHour returns the value of a time of event ev keyed key: an hour
// whose sentence names no day ("came off the rails at 7:20 a.m.") takes
// the day the document gave the event before ("early on 3 March"), or,
// for a sudden event, the one day it gave any sudden event or the
// story's own; the times
// package gave it the last day the text named, which may be the day a
// report was made ("police said on Tuesday"). A day a sentence names is
// remembered for its event.
func (x *extractor) eventHour(st *sent, key string, ev *event, v string) string {
	if !timex.HasDay(v) {
		return v
	}
	if x.daysNamed(st) {
		if x.eventDays == nil {
			x.eventDays = map[string]string{}
		}
		for _, k := range [...]string{key, suddenDays} {
			if k == suddenDays && !(ev.lexical && Sudden(ev.name)) && ev != storyEvent {
				// The story's own event, which an untitled story's
				// lead dates, is what its hours are most often of.
				continue
			}
			if d, seen := x.eventDays[k]; !seen {
				x.eventDays[k] = v[:dayLen]
			} else if d != v[:dayLen] {
				x.eventDays[k] = ""
			}
		}
		return v
	}
	if len(v) == dayLen || v[dayLen] != 'T' {
		return v
	}
	d := x.eventDays[key]
	if _, seen := x.eventDays[key]; !seen && ev.lexical && Sudden(ev.name) {
		d = x.eventDays[suddenDays]
	}
	if d == "" {
		return v
	}
	return d + v[dayLen:]
}

// dayLen is the length of a day's value, "2006-01-02".
const dayLen = timex.DayLen

// suddenDays is eventDays's key for the days of all sudden events.
const suddenDays = "/sudden"

// daysNamed reports whether the sentence names a day (a date, a
// weekday, "Saturday evening"), not only a time of one ("at 7:25 p.m.",
// whose day the times package took from the text before).
func (x *extractor) daysNamed(st *sent) bool {
	for _, m := range st.ms {
		if m.Kind != compare.Time || !timex.HasDay(m.Value) {
			continue
		}
		if m.Type == "DATE" {
			return true
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(x.d.Slice(m.Span)), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if isWeekday(w) || wordlist.Months[w] > 0 {
				return true
			}
		}
	}
	return false
}

// names reports whether a word of the sentence reads as event ev.
func names(st *sent, ev *event) bool {
	return slices.ContainsFunc(st.words, func(w word) bool { return w.ev == ev })
}

// isToll reports whether ev is a death or an injury: what befell people
// in an event, not the event.
func isToll(ev *event) bool { return ev != nil && (ev.name == "death" || ev.name == "injury") }

// ordinalOfSeries returns the number in its series of the event word j
// (or of the noun the verb j tells of), and the ordinal as written, when
// j is a noun qualified by an ordinal ("the first summit", "their 14th
// meeting"), itself or through the noun it is of ("the third round of
// talks", not "the second day of talks": a day of an event is no
// occasion of a series), and 0 when it is neither,
// or is the first for a while ("the first talks since June", "the first
// meeting in two years", which previousOccurrence reads). An ordinal past
// the first counts only on a noun made definite: "the second summit" is
// one of the series, "a second blast" is often the story's own event.
func ordinalOfSeries(st *sent, j int) (int, string) {
	if j >= 0 && st.words[j].upos == "VERB" {
		// "the third round of talks ended on Friday", "the talks that
		// ended on Friday": the event is the noun the verb tells of.
		// Only a noun that names the event counts, or the noun an event
		// is of ("the 14th round of talks"): "the second witness was
		// arrested" numbers witnesses, not arrests.
		if st.words[j].rel == "acl" || st.words[j].rel == "acl:relcl" {
			j = st.words[j].head
		} else {
			j = firstDep(st, j, "nsubj", "nsubj:pass")
		}
		if j >= 0 && st.words[j].ev == nil {
			j = eventOfDep(st, j)
		}
	}
	if j < 0 || st.words[j].upos != "NOUN" && st.words[j].upos != "PROPN" || isTimePeriod(st.words[j].plemma) {
		return 0, ""
	}
	q := j
	n, ordinal, definite := ordinalOf(st, j)
	if h := st.words[j].head; n == 0 && h >= 0 && st.words[j].rel == "nmod" && hasDep(st, j, "case", "of") &&
		st.words[h].upos == "NOUN" && !isTimePeriod(st.words[h].plemma) {
		q = h
		n, ordinal, definite = ordinalOf(st, h)
	}
	if n == 0 || n > 1 && !definite {
		return 0, ""
	}
	for k := q + 1; k < len(st.words) && k <= q+4; k++ {
		w := st.words[k]
		if w.lower == "since" || w.mention >= 0 && st.ms[w.mention].Kind == compare.Time && st.ms[w.mention].Type == "DURATION" {
			return 0, ""
		}
	}
	return n, ordinal
}

// eventOfDep returns the dependent of noun k that names an event by "of"
// ("round of talks"), or -1.
func eventOfDep(st *sent, k int) int {
	at := -1
	dependents(st, k, func(c int) bool {
		if st.words[c].rel == "nmod" && st.words[c].ev != nil && hasDep(st, c, "case", "of") {
			at = c
		}
		return at < 0
	})
	return at
}

// ordinalOf returns the ordinal qualifying noun k, its number (0 for
// none), and whether k is definite (the article or a possessive). The
// ordinal of a streak ("the sixth straight session", "a third
// consecutive gain") counts days in a row, not occasions of a series.
func ordinalOf(st *sent, k int) (n int, ordinal string, definite bool) {
	streak := false
	dependents(st, k, func(c int) bool {
		w := st.words[c]
		switch {
		case w.rel == "amod" && n == 0 && ordinalValue(w.lower) > 0:
			n, ordinal = ordinalValue(w.lower), w.lower
		case w.rel == "amod" || w.rel == "advmod":
			streak = streak || isConsecutive(w.lower)
		case w.rel == "nmod:poss", w.rel == "det" && w.lower == "the":
			definite = true
		}
		return true
	})
	if streak {
		return 0, "", definite
	}
	return n, ordinal, definite
}

// isConsecutive reports whether an adjective means in a row
// ("consecutive", and its WordNet synonyms "straight", "successive").
func isConsecutive(adj string) bool {
	return consecutive.Get(adj, func(a string) bool {
		return a == "consecutive" || slices.Contains(lexicon.Synonyms(a, lexicon.Adj), "consecutive")
	})
}

// consecutive remembers isConsecutive's answers: WordNet's synonyms are a
// new slice at each call.
var consecutive memo.Strings[bool]

// laterDay reports whether the day at word i is a later day of an event
// under way, which its clause counts ("stayed away for a second day on
// Tuesday", "protested for the third straight day on Friday"): not when
// the event happened, which began before.
func laterDay(st *sent, i int, span compare.Span) bool {
	p := predicateOf(st, i)
	if p < 0 {
		return false
	}
	own := topOf(st, i, span)
	later := false
	dependents(st, p, func(d int) bool {
		w := st.words[d]
		if d == own || span.Overlaps(w.span) || w.mention >= 0 || !strings.HasPrefix(w.rel, "obl") || !isTimePeriod(w.plemma) {
			return true // "in the third quarter" is the time itself
		}
		dependents(st, d, func(o int) bool {
			later = ordinalValue(st.words[o].lower) > 1
			return !later
		})
		return !later
	})
	return later
}

// isTimePeriod reports whether a noun names a stretch of time (a day, a
// week, a phase) in one of its first senses.
func isTimePeriod(lemma string) bool {
	return lexicon.IsA(lemma, lexicon.Noun, "time_period") || lexicon.IsA(lemma, lexicon.Noun, "time_unit")
}

// ordinalValue is the number an ordinal names, written in words
// ("third") or figures ("3rd", "14th"), or 0.
func ordinalValue(w string) int {
	if n := wordlist.Ordinals[w]; n > 0 {
		return n
	}
	num := strings.TrimRightFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' })
	suffix := w[len(num):]
	if num == "" || len(num) > 4 || strings.Trim(num, "0123456789") != "" {
		return 0
	}
	n, _ := strconv.Atoi(num)
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		want = [10]string{"th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"}[n%10]
	}
	if n == 0 || suffix != want {
		return 0
	}
	return n
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
	if p := st.words[k]; (p.upos == "ADV" || p.upos == "ADP") && (p.rel == "advmod" || p.rel == "compound:prt") && p.head == k-1 && p.head >= 0 && st.words[p.head].upos == "VERB" {
		// "went down at 2:30 a.m.": the parse may hang the time on the
		// verb's particle.
		k = p.head
	}
	w := st.words[k]
	if w.upos != "VERB" || w.kinds&kReport != 0 || firstDep(st, k, "xcomp", "ccomp") >= 0 {
		return -1, nil
	}
	lemma := verbLemmaAt(st, k)
	if w.kinds&kLight != 0 && !strings.Contains(lemma, " ") {
		// A light verb with its particle or object is a verb of its
		// own ("broke away", "gave way").
		return -1, nil
	}
	if ev := verbNamedEvent(lemma); ev != nil {
		return k, ev
	}
	return -1, nil
}

// nounOfTime returns the event a noun of no class names when the time
// at word i (span) qualifies it ("the cave-in at 3:05 a.m. trapped
// eleven"), keyed by its verb (unclassedNounEvent), or -1, nil.
func nounOfTime(st *sent, i int, span compare.Span) (int, *event) {
	t := topOf(st, i, span)
	k := st.words[t].head
	if k < 0 || !strings.HasPrefix(st.words[t].rel, "nmod") {
		return -1, nil
	}
	if ev := unclassedNounEvent(st.words[k]); ev != nil {
		return k, ev
	}
	return -1, nil
}

// verbOnlyEventAt returns the event verb k names by itself, keyed by
// the verb (verbEvent), or nil.
func verbOnlyEventAt(st *sent, k int) *event { return verbNamedEvent(verbLemmaAt(st, k)) }

// verbNamedEvent returns the event a verb's lemma (verbLemmaAt) names by
// itself (verbEvent), or nil.
func verbNamedEvent(lemma string) *event {
	if len(lemma) < 3 {
		return nil // "go", "do": too little to name an event, "go down" not
	}
	return verbEvents.Get(lemma, verbEvent)
}

// verbLemmaAt returns WordNet's lemma of verb k, with its particle when
// WordNet knows the two as one verb.
func verbLemmaAt(st *sent, k int) string {
	w := st.words[k]
	lemma := w.plemma
	if lemma == w.lower || len(lexicon.Synsets(lemma, lexicon.Verb)) == 0 {
		// A form the parse left as written ("sank"), or lemmatised
		// wrong ("conced"): WordNet's lemma.
		if l := lexicon.Lemma(w.lower, lexicon.Verb); l != "" {
			lemma = l
		}
	}
	if k+1 < len(st.words) {
		// "lifted off", "touched down", "broke out": WordNet's phrasal
		// verb, of fewer senses than the verb alone, when it knows one
		// and the word after the verb is its particle, not a preposition
		// opening a phrase ("stood in January"; but the parse may read
		// "lifted off from the pad" so).
		if p := st.words[k+1]; (p.upos == "ADP" || p.upos == "ADV") && hasLetter(p.lower) && (p.rel == "compound:prt" || !opensPhrase(st, k+2)) {
			if len(lexicon.Synsets(lemma+" "+p.lower, lexicon.Verb)) > 0 {
				return lemma + " " + p.lower
			}
		}
		if p := st.words[k+1]; p.upos == "NOUN" && p.rel == "obj" && p.head == k && firstDep(st, k+1, "det", "amod") < 0 {
			// "gave way", "took place": a bare noun that makes one
			// verb with it in WordNet.
			if len(lexicon.Synsets(lemma+" "+p.lower, lexicon.Verb)) > 0 {
				return lemma + " " + p.lower
			}
		}
	}
	return lemma
}

// toldTimeEvent returns the event of the verb a time ends the phrase of
// when the parse hangs the time on a report verb after it ("crashed on a
// bend near the village shortly after 5 a.m., officials said": the time
// taken for when the officials said it): the first verb before the
// time, with nothing between but the verb's phrases, names the event by
// its class, or, when the time closes its phrase, by the verb itself
// (verbOnlyEventAt). It returns -1, nil otherwise.
func toldTimeEvent(st *sent, i int, span compare.Span) (int, *event) {
	t := topOf(st, i, span)
	k := st.words[t].head
	if k <= i || st.words[k].kinds&kReport == 0 {
		return -1, nil
	}
	j := i - 1
	for j >= 0 && (st.words[j].head == t || st.words[j].head >= 0 && st.words[st.words[j].head].head == t) {
		j-- // the time's own words: "shortly after", "at around"
	}
	for ; j >= 0; j-- {
		w := st.words[j]
		if w.lower == ";" || clauseWords[w.lower] || w.kinds&kReport != 0 {
			return -1, nil
		}
		if w.upos != "VERB" {
			continue
		}
		if w.ev == nil && w.lower == w.plemma && firstDep(st, j, "nsubj", "nsubj:pass") < 0 {
			continue // a noun read as a bare verb ("a hairpin bend")
		}
		if w.ev != nil && isChange(w.ev) || plannedAt(st, j) {
			return -1, nil
		}
		if w.ev == nil {
			// "entered the shop just after 10 a.m., police said": a verb
			// no class covers names its event itself, as verbOfTime's do,
			// when the time closes its phrase; a time right before the
			// report verb ("and last week said") is the saying's.
			if w.kinds&(kReport|kLight) != 0 || !closesPhrase(st, span) {
				return -1, nil
			}
			if ev := verbOnlyEventAt(st, j); ev != nil {
				return j, ev
			}
			return -1, nil
		}
		return j, w.ev
	}
	return -1, nil
}

// closesPhrase reports whether a comma, a semicolon or a dash follows
// the time at span.
func closesPhrase(st *sent, span compare.Span) bool {
	k := wordAfter(st, span)
	if k < 0 {
		return false
	}
	switch st.words[k].lower {
	case ",", ";", "--", "—":
		return true
	}
	return false
}

// timesReport reports whether the time at word i (span) is of a report
// verb's saying ("told reporters at 11 a.m."), not of what is told.
func timesReport(st *sent, i int, span compare.Span) bool {
	k := st.words[topOf(st, i, span)].head
	if k >= 0 && st.words[k].upos == "NOUN" && st.words[k].head >= 0 && st.words[st.words[k].head].upos == "VERB" {
		// "told reporters at 11 a.m.": the parse may hang the time on
		// the verb's object.
		k = st.words[k].head
	}
	if k < 0 || st.words[k].kinds&kReport == 0 {
		return false
	}
	// "It went off the road after 5:10 a.m., witnesses told the radio":
	// the parse may hang the time on a report verb that follows in a
	// clause of its own; the time is of what is told.
	return k < i || st.words[k].rel != "parataxis"
}

// opensPhrase reports whether word k may open a noun phrase (a
// determiner, a number, a noun, a name, an adjective, a pronoun): a
// word before it is its preposition.
func opensPhrase(st *sent, k int) bool {
	if k >= len(st.words) {
		return false
	}
	switch st.words[k].upos {
	case "DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON":
		return true
	}
	return false
}

// maxVerbSenses is the most senses WordNet may give a verb that names an
// event by itself: "have", "make", "get" or "find" say too many things
// to tell what happened.
const maxVerbSenses = 12

// changeDays holds the events whose days the changes of verbs taking an
// amount are keyed by, one per verb.
var changeDays memo.Strings[*event]

// verbEvents holds the events verbOfTime names, one per verb.
var verbEvents memo.Strings[*event]

// verbEvent is the event a verb names when no class covers it, keyed by
// the verb, so that only reports using it (or its own forms) meet; nil
// for a verb WordNet does not know, gives too many senses, or reads
// first as a state.
func verbEvent(lemma string) *event {
	// The lemma's own senses: "found" of "founded" is no form of "find".
	ss := lexicon.SynsetsOfLemma(lemma, lexicon.Verb)
	if len(ss) == 0 || len(ss) > maxVerbSenses || ss[0].LexFile() == lexicon.VerbStative {
		// A state ("were living in camps at the start of the year",
		// "lay in ruins") is no event with a day of its own.
		return nil
	}
	if n := actNoun(lemma); n != "" {
		// "When was the robbery?" reads better than the verb in brackets.
		return &event{name: verbEventPrefix + lemma, noun: n, when: "When was the " + n + "?", location: "Where was the " + n + "?"}
	}
	return verbOnlyEvent(lemma)
}

// verbOnlyEvent is the event a verb names by itself, asked of in its
// own word ("When did it happen (capsize)?").
func verbOnlyEvent(lemma string) *event {
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

// ownOccasionDays is how near its report's date an occasion of a series
// must be dated to be the report's own: a news report tells of the week.
const ownOccasionDays = 7

// nearPublication reports whether a time value names a day within days
// of the publication date pub (a month or a year is no day).
func nearPublication(value string, pub compare.Date, days int) bool {
	if pub.Precision() != compare.DateDay || len(value) < len("2006-01-02") {
		return false
	}
	v, err := compare.ParseDate(value[:len("2006-01-02")])
	if err != nil || v.Precision() != compare.DateDay {
		return false
	}
	d := v.Time().Sub(pub.Time()).Hours() / 24
	return d >= -float64(days) && d <= float64(days)
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
