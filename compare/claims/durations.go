package claims

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// durationClaim makes a claim of a duration mention: an age when the
// mention is "N-year-old" and a person is named next to it, else how long
// the event or state named beside it lasted. Vague durations ("dozens of
// years") and spans of the narrative ("the past 24 hours") make none.
func (x *extractor) durationClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	text := strings.ToLower(x.d.Slice(m.Span))
	if strings.Contains(m.Value, "X") || strings.HasPrefix(text, "the ") {
		return compare.Claim{}, false
	}
	// "more than five hours", "up to six weeks": the length with its
	// bound (timex.ParseBoundedDuration); "over five days" is as often
	// throughout five days as more than five, and is read as five.
	if b := durationBound(text); b != "" && !strings.HasPrefix(text, "over ") {
		if strings.Contains(text, " the ") {
			return compare.Claim{}, false // "at least the last three months": a span of the story
		}
		m.Value = b + m.Value
	}
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false
	}
	if strings.HasSuffix(text, "-old") || strings.HasSuffix(text, " old") || i+1 < len(st.words) && st.words[i+1].lower == "old" {
		person := agePerson(st, i)
		if person == "" {
			// "the 47-year-old baker" without a name: a person
			// of the story, said by the noun and the words around it.
			noun := personNounAfter(st, i)
			if noun == "" && x.lastPerson != "" && i >= 1 && st.words[i-1].lower == "the" && !nameAfter(st, i, mi) {
				// "The 59-year-old said...", "described the 59-year-old's
				// conduct": a person named before, by the sentence
				// before, not one this sentence names (who would not be
				// called so in the sentence that names them).
				c := x.claim(st, compare.Time, "age", fmt.Sprintf("How old is %s?", x.lastPerson), m.Value, x.d.Slice(m.Span), m.Span, i)
				c.Subject = surnameKey(x.lastPerson)
				return c, true
			}
			if noun == "" {
				return compare.Claim{}, false
			}
			c := x.claim(st, compare.Time, "age", fmt.Sprintf("How old is the %s?", noun), m.Value, x.d.Slice(m.Span), m.Span, i)
			c.Near = near(st, m.Span, durationWindow)
			return c, true
		}
		c := x.claim(st, compare.Time, "age", fmt.Sprintf("How old is %s?", person), m.Value, x.d.Slice(m.Span), m.Span, i)
		c.Subject = surnameKey(person)
		return c, true
	}
	// Only the two forms that give the length of what they name: "a
	// 14-year tenure" and "20 years of exile". "a week after her
	// release" is an offset (offsetAfter), "for more than 3 hours" a
	// bound.
	last := i
	for last+1 < len(st.words) && st.words[last+1].mention == mi {
		last++
	}
	if k := penaltyVerb(st, i, last); k >= 0 {
		// "sentenced him to 12 years", "was jailed for 12 years": the
		// length of a sentence, whichever verb gives it.
		c := x.claim(st, compare.Time, kindKey("duration", "sentence"), "How long did the sentence last?", m.Value, x.d.Slice(m.Span), cover(m.Span, st.words[k].span), i)
		c.Near = near(st, m.Span, durationWindow)
		c.Subject = sentenced(st, k)
		return c, true
	}
	if k, subject := lastedBy(st, i, m.Span); k >= 0 {
		// "the hailstorm lasted 20 minutes": how long its subject
		// lasted, keyed by the subject's event when it names one.
		key, question := kindKey("duration", "of"), "How long did it last?"
		if ev := st.words[subject].ev; ev != nil && !isChange(ev) {
			key, question = kindKey("duration", ev.name), fmt.Sprintf("How long did the %s last?", ev.noun)
		}
		c := x.claim(st, compare.Time, key, question, m.Value, x.d.Slice(m.Span), cover(m.Span, st.words[k].span), i)
		c.Near = near(st, m.Span, durationWindow)
		return c, true
	}
	if c, ok := x.raceTime(st, m, i, text); ok {
		return c, true
	}
	if c, ok := x.offsetAfter(st, m, i, last); ok {
		return c, true
	}
	adjective := strings.Contains(text, "-") && !strings.HasSuffix(text, "-long")
	if c, ok := x.timeInState(st, m, i, last); ok {
		return c, true
	}
	if c, ok := x.lengthOfNoun(st, m, i); ok {
		return c, true
	}
	if !adjective && !(last+1 < len(st.words) && st.words[last+1].lower == "of") {
		if k, ev := lastedFor(st, i, m.Span); ev != nil {
			// "held nine people hostage for seven hours": how long the
			// verb's event lasted.
			question := fmt.Sprintf("How long did the %s last?", ev.noun)
			if strings.HasPrefix(ev.name, verbEventPrefix) && ev.noun == strings.TrimPrefix(ev.name, verbEventPrefix) {
				question = fmt.Sprintf("How long did it last (%s)?", ev.noun)
			}
			c := x.claim(st, compare.Time, kindKey("duration", ev.name), question, m.Value, x.d.Slice(m.Span), cover(m.Span, st.words[k].span), i)
			c.Near = near(st, m.Span, durationWindow)
			return c, true
		}
		return compare.Claim{}, false
	}
	if i > 0 && (st.words[i-1].lower == "within" || st.words[i-1].lower == "after") {
		// "within a month of her arrest", "after five hours of voting":
		// an offset or the time gone so far, not how long it lasted.
		return compare.Claim{}, false
	}
	if adjective && last+1 < len(st.words) && instruments[st.words[last+1].lemma] || adjective && last+2 < len(st.words) && instruments[st.words[last+2].lemma] {
		// "the 30-year bond", "a 10-year Treasury note": a kind of
		// security, not how long anything lasted.
		return compare.Claim{}, false
	}
	key := kindKey("duration", "of")
	question := "How long did it last?"
	// What lasted follows: "a 10-hour election", "three days of talks";
	// in "a five-year, 90-member council" it is no event.
	for k := last + 1; k < len(st.words) && k <= last+3; k++ {
		w := st.words[k]
		if ev := w.ev; ev != nil {
			if isChange(ev) {
				return compare.Claim{}, false // "the 10-year fell": a security again
			}
			key = kindKey("duration", ev.name)
			question = fmt.Sprintf("How long did the %s last?", ev.noun)
			break
		}
		if w.lower != "of" && (w.mention >= 0 || !hasLetter(w.lower) || stopwords[w.lower]) {
			break
		}
	}
	c := x.claim(st, compare.Time, key, question, m.Value, x.d.Slice(m.Span), m.Span, i)
	c.Near = near(st, m.Span, durationWindow)
	return c, true
}

// offsetAfter makes the claim of a duration (words i to last of mention
// m) that says how long after another event the sentence's came: "the
// stage separated two minutes after launch", "stalled ten minutes into
// the climb", "was released a month after his detention". It is keyed
// by what it is after (offsetPart): reports name the start of one
// journey by its departure or by the journey.
func (x *extractor) offsetAfter(st *sent, m compare.Mention, i, last int) (compare.Claim, bool) {
	if last+2 >= len(st.words) || i > 0 && st.words[i-1].lower == "within" {
		return compare.Claim{}, false
	}
	switch st.words[last+1].lower {
	case "after", "into":
	default:
		return compare.Claim{}, false
	}
	k := last + 2
	for k+1 < len(st.words) && (st.words[k].upos == "DET" || st.words[k].upos == "PRON") {
		k++ // "into its flight", "after the launch"
	}
	ref := st.words[k]
	if ref.mention >= 0 || ref.upos != "NOUN" && ref.upos != "VERB" || len(ref.plemma) < 3 {
		return compare.Claim{}, false
	}
	what := ref.plemma
	if ev := ref.ev; ev != nil && !isChange(ev) {
		what = ev.name
	}
	c := x.claim(st, compare.Time, kindKey("duration", offsetPart, what), fmt.Sprintf("How long after the %s did it happen?", ref.lower), m.Value, x.d.Slice(m.Span), cover(m.Span, ref.span), i)
	c.Near = near(st, m.Span, durationWindow)
	return c, true
}

// offsetPart marks the key of a duration that says how long after
// another event something happened (offsetAfter).
const offsetPart = "after"

// LengthOfAnything reports whether key asks how long something lasted
// without saying what: "a two-week pause" names no event.
func LengthOfAnything(key string) bool { return key == kindKey("duration", "of") }

// IsOffset reports whether key asks how long after another event
// something happened, not how long it lasted.
func IsOffset(key string) bool {
	return strings.HasPrefix(key, kindKey("duration", offsetPart)+"/")
}

// lengthOfNoun makes the claim of a duration (word i of mention m) that
// a noun takes by "of": "a shutdown of nearly two days", "a delay of
// three hours" are how long the shutdown and the delay lasted. A noun
// of time itself ("a period of five years") or an age ("at the age of
// 12") says no length of anything.
func (x *extractor) lengthOfNoun(st *sent, m compare.Mention, i int) (compare.Claim, bool) {
	j := i - 1 // i is the mention's first word
	if j < 1 || st.words[j].lower != "of" {
		return compare.Claim{}, false
	}
	n := st.words[j-1]
	if n.upos != "NOUN" || n.mention >= 0 || isTimePeriod(n.plemma) || lexicon.IsA(n.plemma, lexicon.Noun, "age") {
		return compare.Claim{}, false
	}
	key, question := kindKey("duration", "of"), fmt.Sprintf("How long did the %s last?", n.lower)
	if ev := n.ev; ev != nil {
		if isChange(ev) {
			return compare.Claim{}, false // "a rise of two years" is no length
		}
		key = kindKey("duration", ev.name)
	}
	c := x.claim(st, compare.Time, key, question, m.Value, x.d.Slice(m.Span), cover(m.Span, n.span), i)
	c.Near = near(st, m.Span, durationWindow)
	return c, true
}

// timeInState makes the claim of a duration (words i to last of mention
// m) that says how long someone had been in a state when the sentence's
// event came: "freed after 11 days in captivity", "caught after eight
// hours on the loose", "found after three days at sea". The state is a
// noun, not a place or a time named ("after two days in Lyon").
func (x *extractor) timeInState(st *sent, m compare.Mention, i, last int) (compare.Claim, bool) {
	if i == 0 || last+2 >= len(st.words) {
		return compare.Claim{}, false
	}
	switch st.words[i-1].lower {
	case "after", "following":
	default:
		return compare.Claim{}, false
	}
	switch st.words[last+1].lower {
	case "in", "on", "at":
	default:
		return compare.Claim{}, false
	}
	k := last + 2
	if k+1 < len(st.words) && st.words[k].upos == "DET" {
		k++ // "on the loose"
	}
	state := st.words[k]
	if state.mention >= 0 || state.upos != "NOUN" && state.upos != "ADJ" {
		return compare.Claim{}, false
	}
	key, question := kindKey("duration", "of"), fmt.Sprintf("How long was it %s %s?", st.words[last+1].lower, state.lower)
	if ev := state.ev; ev != nil && !isChange(ev) {
		key = kindKey("duration", ev.name)
	}
	c := x.claim(st, compare.Time, key, question, m.Value, x.d.Slice(m.Span), m.Span, i)
	c.Near = near(st, m.Span, durationWindow)
	return c, true
}

// lastedBy returns the verb and its subject when the duration at word i
// (span) is what a verb whose first WordNet sense is to last ("last",
// "endure") takes ("the siege lasted seven hours"), or -1, -1. A plan
// ("talks will last two days") is none: a story tells several.
func lastedBy(st *sent, i int, span compare.Span) (int, int) {
	t := topOf(st, i, span)
	k := st.words[t].head
	if k < 0 || st.words[k].upos != "VERB" || hasCase(st, t, "for") || plannedAt(st, k) {
		return -1, -1
	}
	switch st.words[t].rel {
	case "obj", "obl:unmarked", "obl:tmod", "obl:npmod", "nmod:tmod":
	default:
		return -1, -1
	}
	lemma := cmp.Or(st.words[k].plemma, st.words[k].lower)
	if spentTime[st.words[k].lower] && st.words[t].rel == "obj" {
		// "the crossing took 50 minutes", "the gang spent 12 minutes
		// inside": the length of the subject, or of what it took that
		// long to do ("took two hours to bring the fire under control").
		// What "takes" so long is what usually does ("a repair takes
		// two hours"), no event's length.
		// The parse hangs the task as a complement or as a clause
		// of its own ("spent a week sorting the mail").
		if x := firstDep(st, k, "xcomp", "advcl"); x > t && st.words[x].upos == "VERB" {
			return k, x
		}
		if subject := clauseSubject(st, k); subject >= 0 {
			return k, subject
		}
		return -1, -1
	}
	ss := lexicon.Synsets(lemma, lexicon.Verb)
	if len(ss) == 0 || ss[0].ID() != lastSense {
		return -1, -1
	}
	subject := firstDep(st, k, "nsubj")
	if subject < 0 && st.words[k].rel == "acl" && st.words[k].head >= 0 && st.words[st.words[k].head].upos == "NOUN" {
		subject = st.words[k].head // "a final lasting three hours": the noun the participle qualifies
	}
	if subject < 0 {
		return -1, -1
	}
	return k, subject
}

// spentTime holds the past and "-ing" forms of the verbs whose object is
// a length of time the subject or its task took ("took", "spending").
var spentTime = map[string]bool{"took": true, "taken": true, "spent": true, "spending": true}

// lastSense is WordNet's sense of "last, endure": to persist for a time.
const lastSense = "02704928-v"

// lastedFor returns the verb a duration at word i (span) says the
// length of by "for" ("held them for seven hours", "were not told for
// six weeks"), with the event it names (its class, else the verb's own:
// verbEvent), or nil: a report verb, a light verb ("was for two
// years"), or a verb WordNet reads as a state has no event whose length
// one report could give another; nor has a plan.
func lastedFor(st *sent, i int, span compare.Span) (int, *event) {
	t := topOf(st, i, span)
	k := st.words[t].head
	if k < 0 || !hasCase(st, t, "for") {
		return -1, nil
	}
	for n := 0; n < maxNounsToVerb && k >= 0 && st.words[k].upos == "NOUN"; n++ {
		// "held them hostage inside a bank for seven hours": the parse
		// may hang the length on a noun of the verb's phrase.
		k = st.words[k].head
	}
	if k < 0 || st.words[k].upos != "VERB" {
		return -1, nil
	}
	w := st.words[k]
	if w.kinds&kReport != 0 || plannedAt(st, k) {
		// A length still to come is a plan ("will be opened for two
		// days"), of which a story tells several.
		return -1, nil
	}
	if w.kinds&kLight != 0 {
		// A light verb's length is its object's: "held talks for
		// three hours" is how long the talks lasted, "held six clerks
		// for nine hours" how long the holding did; with no object
		// ("the talks began for…") it says nothing.
		j := firstDep(st, k, "obj", "nsubj:pass")
		if j < 0 || len(w.plemma) < 3 {
			return -1, nil
		}
		if ev := st.words[j].ev; ev != nil && !isChange(ev) {
			return k, ev
		}
		return k, lengths.Get(w.plemma, verbOnlyEvent)
	}
	if w.ev != nil && !isChange(w.ev) {
		return k, w.ev
	}
	j := firstDep(st, k, "nsubj")
	if j < 0 && w.rel == "acl" && w.head >= 0 && st.words[w.head].upos == "NOUN" {
		j = w.head // the parse may read the verb as a participle of its subject
	}
	if j < 0 && w.rel == "conj" && w.head >= 0 {
		j = firstDep(st, w.head, "nsubj") // "the fire started at noon and burned for an hour": the first verb's subject
	}
	if j >= 0 && st.words[j].ev != nil && !isChange(st.words[j].ev) && firstDep(st, k, "obj") < 0 {
		// "the fire burned for 90 minutes", "the storm raged for six
		// hours": a verb with no object says how its subject, an
		// event, went on.
		return k, st.words[j].ev
	}
	if len(w.plemma) < 3 {
		return -1, nil
	}
	if ev := verbEvents.Get(w.plemma, verbEvent); ev != nil {
		return k, ev
	}
	// A verb of many senses, or of a state, that someone does to
	// someone still says what lasted ("held them hostage for seven
	// hours", "kept the road closed for a week"): its own length,
	// keyed by the verb, as its day is not. Of a state alone ("has
	// lived there for two years", "waited for an hour") a story tells
	// many, its background's.
	if firstDep(st, k, "obj", "nsubj:pass") < 0 {
		return -1, nil
	}
	return k, lengths.Get(w.plemma, verbOnlyEvent)
}

// lengths holds the events whose lengths verbs of no event of their own
// give by "for" (verbOnlyEvent), one per verb.
var lengths memo.Strings[*event]

// maxNounsToVerb is how many nouns lastedFor climbs through to the verb.
const maxNounsToVerb = 4

// penaltyVerb returns the verb a duration (words i to last) completes by
// "to" or "for" when that verb passes a sentence ("sentenced to") or
// imprisons ("jailed for", and WordNet's synonyms of imprisoning), else
// -1. The preposition is the word before the duration, and any word of
// the duration may hang on the verb: the parse hangs the preposition and
// the number apart as often as not.
func penaltyVerb(st *sent, i, last int) int {
	if i == 0 || st.words[i-1].lower != "to" && st.words[i-1].lower != "for" {
		return -1
	}
	for t := i; t <= last; t++ {
		k := st.words[t].head
		if k < 0 || k >= i && k <= last {
			continue
		}
		if st.words[t].rel == "nmod" {
			// "sentenced the mayor, Ana Ruiz, to six years": the parse
			// may hang the length on the name between; the verb is
			// above it.
			for n := 0; n < maxNounsToVerb && k >= 0 && (st.words[k].upos == "NOUN" || st.words[k].upos == "PROPN"); n++ {
				k = st.words[k].head
			}
		} else if !strings.HasPrefix(st.words[t].rel, "obl") {
			continue
		}
		if k < 0 || st.words[k].upos != "VERB" {
			continue
		}
		if w := st.words[k]; w.ev != nil && w.ev.name == "sentence" || lexicon.IsA(w.plemma, lexicon.Verb, "imprison") {
			return k
		}
	}
	return -1
}

// sentenced returns whose sentence verb k passes, as a claim's subject:
// the surname of a person named as its object ("sentenced Ana Ruiz to")
// or passive subject ("Ruiz was jailed for"), or the noun of several
// ("three aides were sentenced to"), who are no one person; "" for a
// pronoun or one person told by a role ("the former mayor").
func sentenced(st *sent, k int) string {
	j := firstDep(st, k, "obj", "nsubj:pass")
	if j < 0 {
		return ""
	}
	if name := nameOf(st, j); name != "" {
		return name
	}
	w := st.words[j]
	if w.upos == "NOUN" && w.lower != w.plemma && strings.HasSuffix(w.lower, "s") {
		return "several " + w.plemma
	}
	return ""
}

// nameAfter reports whether the word after mention mi, which starts at
// word i, is a person's name ("the 26-year-old Gaudio"): whom the age is
// of, not the person before. A people's name ("the 24-year-old Swiss")
// still stands for someone named before.
func nameAfter(st *sent, i, mi int) bool {
	k := i // the last word of the mention that starts at word i
	for k+1 < len(st.words) && st.words[k+1].mention == mi {
		k++
	}
	if k+1 >= len(st.words) || st.words[k+1].mention < 0 {
		return false
	}
	m := st.ms[st.words[k+1].mention]
	return m.Kind == compare.Name && (m.Type == "PERSON" || m.Type == "NAME")
}

// surnameKey is the key of a person's family name: "MP Maria Lind" and
// "Lind" are one person to an age, and "Wang" is Wang Li's.
func surnameKey(name string) string {
	if strings.TrimSpace(name) == "" {
		return ""
	}
	return mentions.NameKey(mentions.Surname(name))
}

// durationBound returns the bound a duration is written with (">=" of
// "at least two quarters", "<=" of "up to six hours"), or "". An
// estimate ("about seven hours", "nearly two days") is a length; the
// judge allows it its slack (EstimatedDuration).
func durationBound(text string) string {
	if b := mentions.LeadingBound(text); !strings.HasPrefix(b, "~") {
		return b
	}
	return ""
}

// EstimatedDuration reports whether a duration's words give it as an
// estimate: "about seven hours", "nearly two days", "some 40 minutes".
func EstimatedDuration(display string) bool {
	return strings.HasPrefix(mentions.LeadingBound(display), "~")
}

// instruments are financial kinds named by their term.
var instruments = set("bond note bill yield mortgage loan treasury security debt swap")

// durationWindow is how many words around a duration say what lasted:
// "a 12-year naval presence", "40 years of colonial rule".
const durationWindow = 5

// agePerson returns the person an age at word i is of: the name within
// three words before it ("Okafor, the 47-year-old") or after it ("the
// 47-year-old Ada Okafor"), in the same clause.
func agePerson(st *sent, i int) string {
	for d := 1; d <= 4; d++ {
		for _, k := range []int{i - d, i + d} {
			if k < 0 || k >= len(st.words) {
				continue
			}
			if m := st.words[k].mention; m >= 0 && st.ms[m].Kind == compare.Name && (st.ms[m].Type == "PERSON" ||
				st.ms[m].Type == "NAME" && (personNounAfter(st, i) != "" || k == i+1 && strings.Contains(st.ms[m].Value, " ") && namesAlone(st, k)) && !afterPlacePreposition(st, k)) {
				if !crossesClauseStrict(st, i, k) {
					return st.ms[m].Value
				}
			}
		}
	}
	return ""
}

// namesAlone reports whether the name that starts at word k is a
// phrase of its own, not a noun's modifier: "54-year-old Ada Lind, the
// skipper", not "the 90-year-old Harland Mills bakery". A full name
// right after an age, of itself, is the aged person's.
func namesAlone(st *sent, k int) bool {
	mi := st.words[k].mention
	for k < len(st.words) && st.words[k].mention == mi {
		k++
	}
	if k == len(st.words) {
		return true
	}
	w := st.words[k]
	return w.upos != "NOUN" && w.upos != "PROPN"
}

// afterPlacePreposition reports whether the name at word k follows a
// preposition of place ("a 52-year-old man from Dunmore"): where the
// person is from or was, not who.
func afterPlacePreposition(st *sent, k int) bool {
	k = firstWordOf(st, k)
	if k == 0 {
		return false
	}
	switch st.words[k-1].lower {
	case "from", "in", "at", "near", "outside", "of":
		return true
	}
	return false
}

// personNounAfter returns the noun for a person that the age at word i
// qualifies ("the 47-year-old baker"), or "" for anything else ("a
// 90-year-old bakery"): a role, or a kind of person in WordNet.
func personNounAfter(st *sent, i int) string {
	for k := i + 1; k < len(st.words) && k <= i+3; k++ {
		w := st.words[k]
		if roleWords[w.lemma] || w.upos == "NOUN" && lexicon.IsA(w.lemma, lexicon.Noun, "person") {
			return w.lower
		}
	}
	return ""
}

// crossesClauseStrict reports whether a ";", a clause word or a verb of
// a clause stands between words i and j; an appositive comma does not
// count, nor does a copula ("Ruiz is 47 years old") or a participle that
// qualifies a noun. Who speaks of someone by age is someone else
// ("Judge Ana Ruiz said the 47-year-old had lied").
func crossesClauseStrict(st *sent, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j; k++ {
		w := st.words[k]
		if w.lower == ";" || clauseWords[w.lower] || w.upos == "VERB" && w.rel != "amod" && w.rel != "acl" {
			return true
		}
	}
	return false
}
