package claims

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// event is a class of happenings that news reports state facts about.
// Words of one class are paraphrases for the purpose of alignment:
// "talks were held", "the meeting", "they met".
type event struct {
	name     string // key part: the class's name
	noun     string // for questions: "talks", "deaths"
	when     string // question for a time claim
	howMany  string // question for a count of this event, when one fits any noun; else built
	location string // question for a place claim
	class    lexicon.Class
	lexical  bool // class is a WordNet class of package lexicon
}

// Sudden reports whether an event class (a key's EventClass) is of
// events that happen at a moment: a blast, a crash, a killing, an
// arrest. An event that lasts (a vote, a meeting, a strike) has many
// hours: when polls opened, how many had voted by noon.
func Sudden(class string) bool {
	c, ok := lexicon.ClassByName(class)
	if !ok {
		return false
	}
	switch c {
	case lexicon.Death, lexicon.Injury, lexicon.Attack, lexicon.Accident, lexicon.Arrest,
		lexicon.Disaster, lexicon.Explosion, lexicon.Kidnapping:
		return true
	}
	return false
}

// BefallsPeople reports whether an event class is of events counted by
// the people they befall: a death, an injury, an arrest, an evacuation,
// whose count events.txt asks as "How many people ...?".
func BefallsPeople(class string) bool {
	ev := eventNamed[class]
	return ev != nil && strings.Contains(ev.howMany, "people")
}

// Lasts reports whether an event class is of events that go on for hours
// or days, each with hours of its own (polls opened at seven, the talks
// broke at noon): a vote, a meeting, a trial, a protest, fighting.
func Lasts(class string) bool {
	c, ok := lexicon.ClassByName(class)
	if !ok {
		return false
	}
	switch c {
	case lexicon.Election, lexicon.Meeting, lexicon.Trial, lexicon.Protest, lexicon.Fighting:
		return true
	}
	return false
}

// The event classes come from WordNet through package lexicon; the data
// files say only how to ask about each, and which adjectives name the
// state an event leaves people in.
var (
	//go:embed data/events.txt
	eventsFile string
	//go:embed data/states.txt
	statesFile string

	// eventList holds the classes, most specific first.
	eventList  []*event
	eventNamed = map[string]*event{}
	// stateEvents maps adjectives ("dead", "missing") to their class.
	stateEvents = map[string]*event{}
)

func init() {
	var err error
	if eventList, err = readEvents(eventsFile); err != nil {
		panic(err) // embedded data, checked by TestEventData
	}
	for _, ev := range eventList {
		eventNamed[ev.name] = ev
	}
	if stateEvents, err = readStates(statesFile, eventNamed); err != nil {
		panic(err)
	}
}

func dataLines(file string, f func(n int, line string) error) error {
	for n, line := range strings.Split(file, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := f(n+1, line); err != nil {
			return err
		}
	}
	return nil
}

func readEvents(file string) ([]*event, error) {
	var out []*event
	err := dataLines(file, func(n int, line string) error {
		fs := strings.Split(line, "|")
		if len(fs) != 5 {
			return fmt.Errorf("data/events.txt:%d: want 5 fields split on |, have %d", n, len(fs))
		}
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		ev := &event{name: fs[0], noun: fs[1], when: fs[2], howMany: fs[3], location: fs[4]}
		if ev.name == "" || ev.noun == "" || ev.when == "" || ev.location == "" {
			return fmt.Errorf("data/events.txt:%d: only the count question may be empty", n)
		}
		ev.class, ev.lexical = lexicon.ClassByName(ev.name)
		out = append(out, ev)
		return nil
	})
	return out, err
}

func readStates(file string, named map[string]*event) (map[string]*event, error) {
	out := map[string]*event{}
	err := dataLines(file, func(n int, line string) error {
		fs := strings.Fields(line)
		if len(fs) != 2 {
			return fmt.Errorf("data/states.txt:%d: want a word and a class", n)
		}
		ev := named[fs[1]]
		if ev == nil {
			return fmt.Errorf("data/states.txt:%d: no class %q in data/events.txt", n, fs[1])
		}
		out[fs[0]] = ev
		return nil
	})
	return out, err
}

// eventOf returns the class of event a word names, or nil: from its part
// of speech (UPOS) and lemma through WordNet's hypernyms, a verb with its
// particle first ("cut off"); an adjective through the state it names.
// The answer depends on the word alone, and is read once per word.
func eventOf(lower, lemma, upos, particle string) *event {
	return events.Get(eventWord{lower, lemma, upos, particle}, readEvent)
}

// eventWord is what eventOf reads of a word.
type eventWord struct{ lower, lemma, upos, particle string }

var events memo.Map[eventWord, *event]

// readings remember eventOf's answers for one token, whose lower-case
// form is fixed, under the first analyses the parser gives it: most
// tokens have one or two, so comparing them in place saves hashing four
// strings into the events map for every word of every sentence. An entry
// is written once, under mu, before n counts it, so readers need no lock.
type readings struct {
	n  atomic.Int32
	mu sync.Mutex
	rs [maxReadings]reading
}

type reading struct {
	lemma, upos, particle string
	ev                    *event
}

// maxReadings is how many analyses a token remembers; past them, eventOf
// answers.
const maxReadings = 2

// eventOf is eventOf(lower, lemma, upos, particle) for the token rs was
// made for, whose lower-case form is lower.
func (rs *readings) eventOf(lower, lemma, upos, particle string) *event {
	for i := range rs.n.Load() {
		if r := &rs.rs[i]; r.upos == upos && r.lemma == lemma && r.particle == particle {
			return r.ev
		}
	}
	var ev *event
	if rs.n.Load() < maxReadings {
		// An analysis kept below is read here once: through the events
		// memo it would be hashed into it and kept twice, which cost more
		// than reading it, since most are of a token's first occurrence.
		ev = readEvent(eventWord{lower, lemma, upos, particle})
	} else {
		ev = eventOf(lower, lemma, upos, particle)
	}
	rs.mu.Lock()
	if n := rs.n.Load(); n < maxReadings {
		rs.rs[n] = reading{lemma, upos, particle, ev}
		rs.n.Store(n + 1)
	}
	rs.mu.Unlock()
	return ev
}

func readEvent(w eventWord) *event {
	lower, lemma, upos, particle := w.lower, w.lemma, w.upos, w.particle
	if ev := stateEvents[lower]; ev != nil {
		return ev
	}
	if rest, ok := strings.CutPrefix(lemma, "re-"); ok {
		// "re-opened" is "reopened" written with a hyphen.
		lower, lemma = strings.Replace(lower, "re-", "re", 1), "re"+rest
	}
	var cs lexicon.ClassSet
	switch upos {
	case "NOUN":
		// "talks" is a word of its own in WordNet, not a plural of "talk".
		if ev := nounEvent(lower); ev != nil {
			return ev
		}
		if lemma != lower {
			if ev := nounEvent(lemma); ev != nil {
				return ev
			}
		}
		if groupNoun(lemma) {
			// A noun whose usual sense is a group of people names no
			// event by a rarer sense or as a verb: "three parties" are
			// bodies, not gatherings.
			return nil
		}
	case "VERB":
		if particle != "" {
			cs = lexicon.Classes(lemma+"_"+particle, lexicon.Verb)
			if cs == 0 {
				// "cut off" is a closure, "cut" alone as often a cut in
				// rates: a particle WordNet does not know names nothing.
				return nil
			}
		} else {
			// The form too: WordNet reads "wound" as a past of "wind",
			// while "wounding" finds the verb "wound".
			cs = lexicon.Classes(lemma, lexicon.Verb)
			if lower != lemma {
				cs |= lexicon.Classes(lower, lexicon.Verb)
			}
		}
	case "PROPN", "X":
		// Headlines capitalise every word, and the tagger reads many as
		// names ("Generals Hold Talks"); a word no name mention covers is
		// read as a noun, then as a verb.
		if cs = nounClasses(lower); cs == 0 {
			cs = lexicon.Classes(lexicon.Lemma(lower, lexicon.Verb), lexicon.Verb)
		}
	case "ADJ":
		// Adjectives name events only as states (states.txt).
		return nil
	}
	if ev := firstEvent(cs); ev != nil || upos == "VERB" {
		return ev
	}
	// The tagger reads some verbs as nouns ("the toll rose to 9" with
	// "rose" a flower): an inflected form of a verb that names an event
	// is taken as that verb.
	if v := lexicon.Lemma(lower, lexicon.Verb); v != "" && v != lower {
		return firstEvent(lexicon.Classes(v, lexicon.Verb))
	}
	return nil
}

// isVerbReading reports whether eventOf read a word the tagger gave
// another part of speech as a verb: a guess, which a word tagged as naming
// an event outranks.
func isVerbReading(lower, upos string) bool {
	if upos != "NOUN" && upos != "PROPN" && upos != "X" {
		return false
	}
	return nounClasses(lower) == 0
}

// nounClasses returns the classes of a noun's first senses through their
// hypernyms only: through derived verbs a social "party" would be a
// meeting, as "to party" is a kind of gathering.
func nounClasses(noun string) lexicon.ClassSet {
	var cs lexicon.ClassSet
	for i, s := range lexicon.Synsets(noun, lexicon.Noun) {
		if i == lexicon.MaxSenses {
			break
		}
		cs |= s.Classes()
	}
	return cs
}

// nounEvent returns the event class of a noun's most frequent sense that
// names one, by WordNet's order of senses: a "storm" is weather before it
// is an assault.
func nounEvent(noun string) *event {
	for i, s := range lexicon.Synsets(noun, lexicon.Noun) {
		if i == lexicon.MaxSenses {
			break
		}
		if ev := firstEvent(s.Classes()); ev != nil {
			return ev
		}
		if i == 0 && s.IsAny(happenings()...) {
			// A noun whose usual sense is a phenomenon of another kind
			// ("inflation" of prices) does not name the event of a rarer
			// sense (the inflation of a balloon).
			return nil
		}

	}
	return nil
}

// happenings are WordNet's synsets of phenomena and of sustained
// processes ("a sustained phenomenon marked by gradual changes"), which
// WordNet files under physical entities, not under phenomena.
var happenings = sync.OnceValue(func() []lexicon.Synset {
	var out []lexicon.Synset
	for _, id := range []string{"00034213-n", "00029677-n"} {
		if s, ok := lexicon.SynsetByID(id); ok {
			out = append(out, s)
		}
	}
	return out
})

// groupNoun reports whether a noun's most frequent sense is a group of
// people.
func groupNoun(noun string) bool {
	ss := lexicon.Synsets(noun, lexicon.Noun)
	return len(ss) > 0 && ss[0].IsAny(socialGroups()...)
}

// storyEvent is the event of a story whose headline names none that the
// lead dates by a day alone ("Shares ended lower on Friday").
var storyEvent = &event{name: "story", noun: "story", when: "When did it happen?"}

// socialGroups are WordNet's synsets of groups of people ("social
// group"), bodies and parties among them.
var socialGroups = sync.OnceValue(func() []lexicon.Synset {
	if ss := lexicon.Synsets("social_group", lexicon.Noun); len(ss) > 0 {
		return ss[:1]
	}
	return nil
})

// eventOfNoun returns the class of event a counted noun names ("a 7.0
// earthquake"), or nil.
func eventOfNoun(noun string) *event {
	if noun == "" {
		return nil
	}
	return eventOf(noun, noun, "NOUN", "")
}

func firstEvent(cs lexicon.ClassSet) *event {
	if cs == 0 {
		return nil
	}
	for _, ev := range eventList {
		if ev.lexical && cs.Has(ev.class) {
			return ev
		}
	}
	return nil
}

// isChange reports whether ev is a rise or fall of something else ("the
// toll rose").
func isChange(ev *event) bool {
	return ev != nil && (ev.name == "increase" || ev.name == "decrease")
}
