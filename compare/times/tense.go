package times

import (
	"strings"

	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// tense returns +1 when the words nearest to tokens [i, j) speak of the
// future, -1 of the past, 0 when nothing tells. The words before the
// expression are read first: they usually hold its verb. Neither reading
// crosses into another clause.
func (c *scanner) tense(i, j int) int {
	// A time that is an adverbial of the verb before it: not "Tuesday's
	// declaration" nor "the Tuesday deadline", which name a time of their
	// own, nor a part of the subject of a verb after it ("Air strikes on
	// Friday killed").
	adverbial := !(c.w(j) == "'" && c.w(j+1) == "s") && !c.has(i-1, clsNotVerb) && (j >= len(c.toks) || c.cue(j) == 0)
	if j < len(c.toks) && c.cue(j) < 0 && i > 0 && (c.w(i-1) == "on" || c.w(i-1) == "and") {
		// "and on Sunday praised the verdict": the verb right
		// after a fronted time is its own, whatever came before.
		return -1
	}
	closer := false // a comma or a participle nearer than a far infinitive
	for k := i - 1; k >= 0 && k >= i-infinitiveReach; k-- {
		if c.clauseBreak(k) {
			break
		}
		far := k < i-12
		if t := c.cue(k); t != 0 {
			if far {
				break // past the nearest words only an infinitive counts, and a verb ends the search
			}
			return t
		}
		closer = closer || c.w(k) == "," || k >= i-2 && c.participle(k)
		if far && closer {
			break // "to guard the border, with ships arriving Sunday"
		}
		if c.infinitive(k, i) {
			// "due to reopen Friday"; the infinitive is what a time after
			// it modifies, however long its object ("has decided to close
			// the old bridge over the river to all lorries on Thursday")
			return 1
		}
		if adverbial && k >= i-5 && c.presentVerb(k) {
			return 1 // "The trial resumes on Monday"
		}
	}
	for k := j; k < len(c.toks) && k < j+6; k++ {
		if c.clauseBreak(k) {
			break
		}
		if t := c.cue(k); t != 0 {
			return t
		}
	}
	return 0
}

// participle reports whether token k is a verb in -ing: "arriving".
func (c *scanner) participle(k int) bool {
	w := c.w(k)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !ingNouns[w] && !c.toks[k].up
}

// Words in -ing that are no participle.
var ingNouns = map[string]bool{
	"during": true, "morning": true, "evening": true, "meeting": true, "building": true,
	"something": true, "nothing": true, "anything": true, "everything": true, "according": true,
}

// infinitiveReach bounds, in tokens, how far back tense looks for an
// infinitive: a clause seldom runs longer.
const infinitiveReach = 40

// infinitive reports whether "to" at k starts an infinitive before token
// i: "to" and a plain lower-case verb. Not "to the", "to talks", "to armed
// groups", "to meeting", nor "according to" and its kind, prepositions.
func (c *scanner) infinitive(k, i int) bool {
	if c.w(k) != "to" || k+1 >= i || toPrepositions[c.w(k-1)] {
		return false
	}
	v, t := c.w(k+1), &c.toks[k+1]
	if t.kind != 'w' || t.up || c.has(k+1, clsNotVerb) || strings.HasSuffix(v, "ing") || !isVerb(v) {
		return false
	}
	switch {
	case strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !strings.HasSuffix(v, "us"):
		return false // a plural noun: "to officials"
	case len(v) > 4 && strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "eed"):
		return false // an adjective: "to armed groups"
	}
	return true
}

// Words before "to" that make it a preposition.
var toPrepositions = map[string]bool{
	"according": true, "due": true, "compared": true, "next": true, "close": true, "up": true,
	"prior": true, "addition": true, "thanks": true, "opposed": true, "related": true,
}

// presentVerb reports whether token k is a verb in the simple present of
// the third person ("resumes", "opens"), the tense in which news states
// what is scheduled: "The trial resumes on Monday". A plural noun looks
// the same ("attacks on Monday"), so the words before must read as its
// subject: a short noun phrase that starts the clause, with no verb in it
// ("Police arrested protesters on Saturday" has one). A base form ("Talks
// begin Friday") is left alone: headlines use it for the past ("Rebels
// attack town Saturday").
func (c *scanner) presentVerb(k int) bool {
	t, w := &c.toks[k], c.w(k)
	if t.kind != 'w' || t.up || len(w) < 4 || w[len(w)-1] != 's' || notPresentVerbs[w] ||
		c.has(k, clsUnit|clsDayPart|clsCalUnit|clsVague|clsNotVerb) {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i':
		return false // "less", "status", "analysis"
	}
	if k > 0 && (c.toks[k-1].kind == 'n' || c.has(k-1, clsNotVerb)) {
		return false // a count or a noun: "19.69 points", "the attacks"
	}
	n := k - 1
	for ; n >= 0 && n >= k-12; n-- {
		nw := c.w(n)
		switch {
		case nw == "s" && c.w(n-1) == "'":
			n-- // a possessive: "Germany's parliament opens"
			continue
		case clauseStarts[nw], c.clauseBreak(n), clausePunct[nw]:
			return n < k-1 // the subject begins the clause
		case c.toks[n].kind == 'p':
			return false // "1.5 points", "$5 loans"
		case c.toks[n].kind == 'n':
			continue
		case c.cue(n) != 0, subjectBreaks[nw], notPresentVerbs[nw]:
			return false
		}
	}
	return n < 0 && k > 0
}

// Punctuation that may stand before the subject of a clause.
var clausePunct = map[string]bool{",": true, ";": true, ":": true, "(": true, "\"": true, "'": true}

// Words that start a clause, before its subject.
var clauseStarts = map[string]bool{
	"and": true, "but": true, "or": true, "that": true, "which": true, "who": true, "when": true,
	"while": true, "as": true, "because": true, "after": true, "before": true, "if": true,
	"where": true, "although": true, "though": true, "so": true, "once": true, "unless": true,
}

// Words that a subject before its verb does not hold: prepositions
// other than "of", whose noun phrase hangs on a verb further back, and
// the marks of an infinitive or a modal.
var subjectBreaks = map[string]bool{
	"to": true, "at": true, "in": true, "on": true, "for": true, "with": true, "from": true,
	"by": true, "into": true, "onto": true, "over": true, "under": true, "about": true,
	"against": true, "during": true, "since": true, "until": true, "till": true, "through": true,
}

// Words in -s that are no verb of a scheduled event: reporting verbs
// ("says on Monday" is when it was said), and adverbs and nouns that
// only look like one.
var notPresentVerbs = map[string]bool{
	"says": true, "tells": true, "reports": true, "announces": true, "adds": true, "notes": true,
	"claims": true, "states": true, "writes": true, "explains": true, "insists": true, "warns": true,
	"confirms": true, "denies": true, "admits": true, "argues": true, "believes": true, "thinks": true,
	"recalls": true, "suggests": true, "shows": true, "reveals": true, "describes": true,
	"remembers": true, "knows": true, "does": true, "seems": true, "appears": true, "feels": true,
	"always": true, "perhaps": true, "sometimes": true, "afterwards": true, "towards": true,
	"besides": true, "whereas": true, "news": true, "series": true, "species": true, "means": true,
	"politics": true, "economics": true, "hers": true, "ours": true, "yours": true, "theirs": true,
	"others": true, "yes": true,
}

// clauseBreak reports whether token k starts or ends a clause: a
// semicolon, or "and", "but" or "or" after a comma or before a new
// subject ("from Sunday and it was"). A comma alone does not: "On
// Saturday, rebels attacked" has its verb after it.
func (c *scanner) clauseBreak(k int) bool {
	switch c.w(k) {
	case ";":
		return true
	case "and", "but", "or":
		return c.w(k-1) == "," || subjectPronouns[c.w(k+1)]
	}
	return false
}

var subjectPronouns = map[string]bool{
	"i": true, "he": true, "she": true, "it": true, "we": true, "they": true, "you": true, "there": true,
}

// cue says which way token k points in time: +1 future, -1 past, 0 neither.
func (c *scanner) cue(k int) int {
	t, w := &c.toks[k], c.w(k)
	switch {
	case t.kind != 'w':
		return 0
	case w == "won" && c.w(k+1) == "'" && c.w(k+2) == "t": // "won't"
		return 1
	}
	if d, ok := modals[w]; ok {
		switch {
		case t.up:
			return 0 // "May", "Will Smith"
		case w != "will" && w != "ll" && w != "shall" && c.perfectAfter(k):
			return -1 // "may have left Friday"; "will have left" stays ahead
		}
		return d
	}
	switch {
	case c.has(k, clsFuture):
		return 1
	case c.has(k, clsPast), t.kind == 'w' && len(w) > 4 && strings.HasSuffix(w, "ed") && !t.up && !strings.HasSuffix(w, "eed") && w != "hundred":
		return -1
	}
	return 0
}

// perfectAfter reports whether "have" as a perfect follows the modal at
// k, past a negation: "would not have", "couldn't have", "might've". Not
// "have to", which looks ahead.
func (c *scanner) perfectAfter(k int) bool {
	for n := k + 1; n < len(c.toks) && n <= k+3; n++ {
		switch c.w(n) {
		case "not", "'", "t", "never":
			continue
		case "have", "ve":
			return c.w(n+1) != "to"
		}
		return false
	}
	return false
}

// Words after "to" that show it is a preposition, not an infinitive.
var notVerbs = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"this": true, "that": true, "these": true, "those": true, "our": true, "my": true, "your": true,
}

// isVerb reports whether WordNet knows a word as a verb: "to around
// 290,000 customers" holds no infinitive.
func isVerb(w string) bool { return lexicon.Lemma(w, lexicon.Verb) != "" }
