package claims

import "strings"

// A Kind is one kind of claim. Its name starts every key of its claims
// ("time/meeting", "count/seat/count"); the extraction lives in the kind's
// own file, and Match and Values tell align and judge how to treat its
// claims, so that neither reads keys. Adding a kind is a file, its tests
// and a line in kinds.
type Kind struct {
	Name string
	// Match says when two claims of one key ask the same question.
	Match Match
	// Values says how two claims' values are compared.
	Values Values
}

// Match is how align tells that two claims with one key, from different
// documents, ask the same question.
type Match uint8

const (
	// MatchContext: the sentences share enough content terms, more for
	// different values than for equal ones.
	MatchContext Match = iota
	// MatchCountedNoun: the words around the value, or the same subject
	// (a count keyed by the counted noun alone).
	MatchCountedNoun
	// MatchWhole: the same whole ("of the 90 seats"), by equal values.
	MatchWhole
	// MatchRole: the key alone, a role an article states once (the last
	// occurrence of an event).
	MatchRole
	// MatchName: the same name, spelt either way.
	MatchName
	// MatchParties: a party named by both lists.
	MatchParties
	// MatchRelatedWord: a word of the doing shared, or derived from one
	// root ("testify", "testimony").
	MatchRelatedWord
	// MatchSubject: the same subject, in whatever words.
	MatchSubject
	// MatchWhatLasted: the words beside the value and a shared name.
	MatchWhatLasted
	// MatchClause: most content words of two clauses, a denial bearing on
	// a word the other clause says.
	MatchClause
	// MatchDocsFact: the facts of a project's documents, grouped whole
	// by package docs (one fact of one subject per key).
	MatchDocsFact
)

// Values is how judge compares the values of two claims of a kind.
type Values uint8

const (
	ValuesExact    Values = iota // equal strings
	ValuesTime                   // TIMEX3 values as intervals
	ValuesQuantity               // amounts as intervals, with a tolerance
	ValuesName                   // names, by canonical form
	ValuesParties                // lists of names, as sets
	ValuesPolarity               // whether each asserts or denies
	ValuesDocsFact               // docs facts: versions as constraints, sets, settings (package docs)
)

// kinds is the registry, one line a kind.
var kinds = []Kind{
	{"time", MatchContext, ValuesTime},          // time.go: when an event happened
	{"last", MatchRole, ValuesTime},             // last.go: when it last happened before
	{"first", MatchRole, ValuesTime},            // time.go: when the first of a series happened
	{"nth", MatchRole, ValuesTime},              // time.go: when another of a series happened, by its number
	{"quantity", MatchContext, ValuesQuantity},  // quantity.go: a count or amount of an event
	{"count", MatchCountedNoun, ValuesQuantity}, // quantity.go: a count of a thing
	{"total", MatchWhole, ValuesQuantity},       // quantity.go: the whole a part is of
	{"where", MatchName, ValuesName},            // where.go: where it happened
	{"who", MatchName, ValuesName},              // who.go: who holds a role
	{"parties", MatchParties, ValuesParties},    // parties.go: between whom
	{"exists", MatchRelatedWord, ValuesExact},   // exists.go: whether it was done
	{"stance", MatchSubject, ValuesExact},       // stance.go: a subject's stance
	{"age", MatchSubject, ValuesTime},           // durations.go: a person's age
	{"duration", MatchWhatLasted, ValuesTime},   // durations.go: how long it lasted, or how long after another event
	{"racetime", MatchSubject, ValuesTime},      // racetime.go: the time someone took
	{"polarity", MatchClause, ValuesPolarity},   // polarity.go: whether a clause holds
	{"tally", MatchRole, ValuesExact},           // tally.go: how a vote split
	{"docs", MatchDocsFact, ValuesDocsFact},     // package docs: facts of a project's documents
}

// KindOf returns the kind of a claim key, by its first part; a key of
// no registered kind is compared by context and exact value.
func KindOf(key string) Kind {
	name, _, _ := strings.Cut(key, "/")
	for _, k := range kinds {
		if k.Name == name {
			return k
		}
	}
	return Kind{Name: name}
}

// kindKey joins a kind's name and the parts of a key.
func kindKey(kind string, parts ...string) string {
	k := kind
	for _, p := range parts {
		if p != "" {
			k += "/" + p
		}
	}
	return k
}

// EventClass returns the class of event a time or quantity key is about
// ("explosion" of "time/explosion", "death" of "quantity/death/count"),
// or "" for other keys.
func EventClass(key string) string {
	parts := strings.Split(key, "/")
	if len(parts) < 2 || parts[0] != "time" && parts[0] != "quantity" {
		return ""
	}
	return parts[1]
}

// sincePart ends the key of a time claim about an earlier occurrence
// that began a span ("time/meeting/since" of "the first talks since a
// summit in June").
const sincePart = "since"

// plannedPart ends the key of a time claim about what was planned or
// expected rather than done ("time/meeting/planned").
const plannedPart = "planned"

// DatesStoryOnly reports whether a key is that of the day a story's lead
// gives its own unnamed event ("Shares ended lower on Friday"): a claim
// that tells which day's news a report is, and no question to ask.
func DatesStoryOnly(key string) bool { return key == "time/"+storyEvent.name }

// IsRunningTotal reports whether a key is that of a tally kept from a
// start ("2,000 have died since the war began"), which only grows.
func IsRunningTotal(key string) bool { return strings.Contains(key, "/period/since") }

// IsVerbEvent reports whether a key's event is named by its verb alone,
// no class covering it ("time/v-capsize"): one verb tells of too many
// events for two of its values to be set against each other.
func IsVerbEvent(key string) bool { return strings.HasPrefix(EventClass(key), verbEventPrefix) }

// EventVerb returns the verb that alone names a key's event ("capsize"
// of "time/v-capsize"), or "".
func EventVerb(key string) string {
	if v, ok := strings.CutPrefix(EventClass(key), verbEventPrefix); ok {
		return v
	}
	return ""
}

// IsPlanned reports whether a key is that of a claim about what was
// planned or expected, not done.
func IsPlanned(key string) bool { return strings.HasSuffix(key, "/"+plannedPart) }
