package times

import "github.com/claimdiff/claimdiff/compare/internal/wordlist"

// Word tables for time expressions. Keys are lower case.

var monthWords = wordlist.Months

// ISO weekday numbers: Monday is 1, Sunday 7.
var weekdayWords = wordlist.Weekdays

var smallNumbers = wordlist.Numbers

var tensNumbers = wordlist.Tens

var ordinalWords = wordlist.Ordinals

// Words that stand for an unknown number of units: "several years" is PXY.
var vagueNumbers = map[string]bool{"several": true, "few": true, "some": true, "many": true, "numerous": true}

// Duration units and their TIMEX3 letters; decades and centuries are written
// in years when counted, as TimeBank does.
var unitWords = map[string]string{
	"year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
	"month": "M", "months": "M",
	"week": "W", "weeks": "W", "fortnight": "2W",
	"day": "D", "days": "D",
	"hour": "H", "hours": "H", "hr": "H", "hrs": "H",
	"minute": "MIN", "minutes": "MIN", "second": "S", "seconds": "S",
	"decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
	"quarter": "Q", "quarters": "Q",
}

// Modifiers that TIMEX3 spans include in front of an expression ("nearly
// sixty years", "at least the past 14 months").
var leadModifiers = map[string]bool{
	"about": true, "around": true, "nearly": true, "almost": true, "approximately": true,
	"roughly": true, "some": true, "over": true, "only": true, "just": true, "barely": true,
}

// Two-word modifiers: first word to second.
var leadModifierPairs = map[string][]string{
	"more": {"than"}, "less": {"than"}, "fewer": {"than"}, "at": {"least", "most"}, "up": {"to"},
	"no": {"more", "less"}, "well": {"over"},
}

// Nouns that follow a number counting things, so the number is no year:
// "2000 people". Plural nouns ending in s are caught by their ending.
var countNouns = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "police": true, "feet": true,
	"personnel": true, "staff": true, "cattle": true, "sheep": true, "head": true, "yen": true,
	"yuan": true, "euro": true, "won": true, "baht": true, "rupee": true, "percent": true,
	"per": true, "km": true, "kg": true, "mw": true, "square": true, "metres": true, "meters": true,
}

// Words before a number that make it a count, not a year: "some 2000".
var countLeads = map[string]bool{
	"about": true, "some": true, "than": true, "nearly": true, "almost": true, "approximately": true,
	"roughly": true, "only": true, "least": true, "total": true, "estimated": true, "over": true,
	"under": true, "number": true, "no": true, "top": true, "page": true, "flight": true, "route": true,
	"highway": true, "resolution": true, "room": true, "no.": true, "number.": true,
}

// Time zones that may follow a clock time and belong to its span.
var zoneWords = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true,
	"pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "jst": true, "kst": true,
	"et": true,
}

// IsZone reports whether the lower-case word w names a time zone ("gmt"):
// a word of a clock time, never a name.
func IsZone(w string) bool { return zoneWords[w] }

// Parts of the day with their TIMEX3 codes.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

var seasonWords = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// Adverbs of recurrence and their SET values.
var setAdverbs = map[string]string{
	"annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
	"monthly": "P1M", "hourly": "PT1H", "quarterly": "P3M", "biannually": "P6M",
}

// Single words with reference values.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
	"current": "PRESENT_REF", "recent": "PAST_REF",
	// Not "former", "previously" or "soon": TimeBank leaves most of them
	// untagged ("former president"), so they cost more than they find.
}

// Tense cues: the nearest one to an expression decides whether a bare
// weekday or month lies ahead of the publication date or behind it.
var futureCues = map[string]bool{
	"tomorrow": true, "upcoming": true,
	"scheduled": true, "expected": true, "plans": true, "plan": true, "due": true,
}

// Modals and the way each points with a plain verb after it: a present
// modal looks ahead ("can use the bridge from Saturday"), and so does
// "would", the future of reported speech ("said he would attend on
// Friday"), and "might", a hedge on what is yet to happen. "could" says
// nothing alone: it is as often a past ability ("could not be reached
// Friday") as a hedge. The "n" forms are the tokens of "wouldn't".
var modals = map[string]int{
	"will": 1, "ll": 1, "shall": 1, "can": 1, "may": 1, "must": 1, "should": 1,
	"would": 1, "might": 1, "could": 0,
	"wouldn": 1, "shouldn": 1, "mustn": 1, "couldn": 0,
}

var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "ago": true, "last": true,
	"yesterday": true, "since": true, "earlier": true, "been": true,
	// common irregular past tenses; regular ones are caught by -ed
	"said": true, "met": true, "held": true, "took": true, "came": true, "went": true, "left": true,
	"told": true, "made": true, "began": true, "saw": true, "gave": true, "struck": true, "fell": true,
	"rose": true, "won": true, "lost": true, "sent": true, "brought": true, "found": true, "became": true,
	"paid": true, "sold": true, "bought": true, "hit": true, "led": true, "spoke": true, "wrote": true,
	"killed": true, "died": true, "fought": true, "broke": true, "ran": true, "set": false,
}

// Past forms of verbs of state or lasting activity: "until Friday" after
// one of them ends a span that is over ("the ceasefire held until
// Friday"). "was" and "were" are here as the copula ("was in custody
// until"); in a passive the participle is read first ("was adjourned").
var durativePast = map[string]bool{
	"was": true, "were": true, "stayed": true, "remained": true, "lasted": true, "continued": true,
	"held": true, "waited": true, "lived": true, "worked": true, "ran": true, "served": true,
	"kept": true, "sat": true, "persisted": true, "lingered": true, "raged": true, "dragged": true,
	"survived": true, "reigned": true, "stood": true, "slept": true, "hid": true, "hung": true,
	"lay": true, "waged": true,
}
