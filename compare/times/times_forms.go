package times

import (
	"fmt"
	"strings"
)

// Each form reads tokens from i and reports where it ends and what it
// means. Forms do not look at what comes before i except to rule a match
// out ("2000 people") or to choose a tense.

// number reads a count: digits ("10", "1.5"), words ("twenty-one", "a
// hundred"), "a"/"an" (one), "a couple of" (two) or a vague word
// ("several", "a few": n < 0).
func (c *scanner) number(i int) (n float64, j int, ok bool) {
	w := c.w(i)
	if v, ok := c.digits(i); ok {
		if c.adj(i+1) && c.w(i+1) == "." && c.adj(i+2) {
			if f, ok := c.digits(i + 2); ok && len(c.w(i+2)) <= 2 {
				return float64(v) + float64(f)/pow10(len(c.w(i+2))), i + 3, true
			}
		}
		if c.w(i+2) == "/" && c.adj(i+2) && c.adj(i+3) && !c.adj(i+1) && c.w(i+1) == "1" && (c.w(i+3) == "2" || c.w(i+3) == "4") {
			// "2 1/2 years"
			return float64(v) + 1/float64(c.toks[i+3].n), i + 4, true
		}
		if c.adj(i+1) && c.w(i+1) == "," && c.adj(i+2) && len(c.w(i+2)) == 3 {
			if f, ok := c.digits(i + 2); ok {
				return float64(v*1000 + f), i + 3, true
			}
		}
		return float64(v), i + 1, true
	}
	switch {
	case w == "a" || w == "an":
		switch c.w(i + 1) {
		case "few":
			return -1, i + 2, true
		case "couple":
			if c.w(i+2) == "of" {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		case "dozen":
			return 12, i + 2, true
		case "hundred", "thousand":
			return map[string]float64{"hundred": 100, "thousand": 1000}[c.w(i+1)], i + 2, true
		case "half":
			return 0.5, i + 2, true
		}
		return 1, i + 1, true
	case w == "half":
		if c.w(i+1) == "a" || c.w(i+1) == "an" {
			return 0.5, i + 2, true
		}
	case c.has(i, clsVague):
		return -1, i + 1, true
	case w == "couple" && c.w(i+1) == "of":
		return 2, i + 2, true
	case w == "dozens" && c.w(i+1) == "of", w == "hundreds" && c.w(i+1) == "of", w == "thousands" && c.w(i+1) == "of":
		return -1, i + 2, true
	}
	v, j, ok := c.wordsBelow100(i)
	if !ok {
		return 0, i, false
	}
	switch c.w(j) {
	case "hundred":
		v, j = v*100, j+1
		if c.w(j) == "and" {
			if r, j2, ok := c.wordsBelow100(j + 1); ok {
				v, j = v+r, j2
			}
		} else if r, j2, ok := c.wordsBelow100(j); ok {
			v, j = v+r, j2
		}
	case "thousand":
		v, j = v*1000, j+1
	}
	return float64(v), j, true
}

func pow10(n int) float64 {
	f := 1.0
	for ; n > 0; n-- {
		f *= 10
	}
	return f
}

// wordsBelow100 reads "seven", "twenty", "twenty-one" or "twenty one".
func (c *scanner) wordsBelow100(i int) (int, int, bool) {
	if v, ok := lookup(c, i, clsSmall, smallNumbers); ok {
		return v, i + 1, true
	}
	t, ok := lookup(c, i, clsTens, tensNumbers)
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if c.w(j) == "-" && c.adj(j) && c.adj(j+1) {
		if u, ok := lookup(c, j+1, clsSmall, smallNumbers); ok && u < 10 && u > 0 {
			return t + u, j + 2, true
		}
	}
	if u, ok := lookup(c, j, clsSmall, smallNumbers); ok && u < 10 && u > 0 {
		return t + u, j + 1, true
	}
	return t, j, true
}

// unit reads a duration unit, with "trading" or "calendar" before it.
func (c *scanner) unit(i int) (u string, plural bool, j int, ok bool) {
	w := c.w(i)
	switch w {
	case "trading", "business", "working", "calendar", "fiscal", "school", "straight", "consecutive", "full", "more", "additional", "further", "long":
		if u, p, j, ok := c.unit(i + 1); ok {
			return u, p, j, true
		}
		return "", false, i, false
	}
	u, ok = lookup(c, i, clsUnit, unitWords)
	if !ok || c.toks[i].kind != 'w' {
		return "", false, i, false
	}
	return u, strings.HasSuffix(w, "s") && w != "hrs" || w == "centuries", i + 1, true
}

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
		// "and on Monday criticised the proceedings": the verb right
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
			break // "to protect the kingdom, with troops arriving Tuesday"
		}
		if c.infinitive(k, i) {
			// "set to resume Monday"; the infinitive is what a time after
			// it modifies, however long its object ("has announced to cut
			// off water supply to the urban areas on Wednesday")
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
	if t.kind != 'w' || t.up || c.has(k+1, clsNotVerb) || strings.HasSuffix(v, "ing") {
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
// subject ("from Saturday and it was"). A comma alone does not: "On
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

// month reads a month name: full names capitalised, abbreviations
// capitalised with or without a full stop.
func (c *scanner) month(i int) (int, int, bool) {
	if i >= len(c.toks) || !c.toks[i].up {
		return 0, i, false
	}
	w := c.w(i)
	m, ok := lookup(c, i, clsMonth, monthWords)
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if len(w) <= 4 && w != "june" && w != "july" && w != "may" {
		if c.w(j) == "." && c.adj(j) {
			j++
		} else if w == "jan" || w == "mar" || w == "dec" {
			// "Jan" is a name and "Mar" a word unless a number follows
			if _, ok := c.digits(j); !ok {
				return 0, i, false
			}
		}
	}
	return m, j, true
}

// day reads a day of the month: "2", "2nd", "second".
func (c *scanner) day(i int) (int, int, bool) {
	if v, ok := c.digits(i); ok && len(c.w(i)) <= 2 && v >= 1 && v <= 31 {
		j := i + 1
		switch c.w(j) {
		case "st", "nd", "rd", "th":
			if c.adj(j) {
				j++
			}
		}
		if c.adj(j) && (c.w(j) == "%" || (c.w(j) == ":" || c.w(j) == "-" || c.w(j) == "/") && c.adj(j+1) && j+1 < len(c.toks) && c.toks[j+1].kind == 'n') {
			return 0, i, false // a time, range or ratio
		}
		return v, j, true
	}
	if v, ok := lookup(c, i, clsOrdinal, ordinalWords); ok && v <= 31 {
		return v, i + 1, true
	}
	return 0, i, false
}

// year4 reads a four-digit year after a date, with an optional comma.
func (c *scanner) year4(i int) (int, int, bool) {
	k := i
	if c.w(k) == "," {
		k++
	}
	if v, ok := c.digits(k); ok && len(c.w(k)) == 4 && v >= 1000 && v <= 2999 {
		if c.adj(k+1) && (c.w(k+1) == "," || c.w(k+1) == ".") && c.toks[min(k+2, len(c.toks)-1)].kind == 'n' && c.adj(k+2) {
			return 0, i, false
		}
		return v, k + 1, true
	}
	return 0, i, false
}

// weekday reads a capitalised weekday name.
func (c *scanner) weekday(i int) (int, int, bool) {
	if i >= len(c.toks) || !c.toks[i].up {
		return 0, i, false
	}
	wd, ok := lookup(c, i, clsWeekday, weekdayWords)
	return wd, i + 1, ok
}

// explicitDate reads "March 2, 2006", "2 March 2006", "Mar. 2",
// "Wednesday, March 2" and "the 2nd of March".
func (c *scanner) explicitDate(i int) (found, bool) {
	k := i
	if _, j, ok := c.weekday(k); ok {
		k = j
		if c.w(k) == "," {
			k++
		}
	}
	var m, d, j int
	var ok bool
	if m, j, ok = c.month(k); ok {
		if d, j, ok = c.day(j); !ok {
			return found{}, false
		}
	} else {
		if c.w(k) == "the" {
			k++
		}
		if d, j, ok = c.day(k); !ok {
			return found{}, false
		}
		if c.w(j) == "of" {
			j++
		}
		if m, j, ok = c.month(j); !ok {
			return found{}, false
		}
	}
	if y, j2, ok := c.year4(j); ok {
		v, ok := dayValue(y, m, d)
		if !ok {
			return found{}, false
		}
		return found{j: j2, typ: "DATE", val: v, day: true}, true
	}
	y, known := yearFor(c.dct, m, d, c.tense(i, j))
	if !known {
		if d > 31 {
			return found{}, false
		}
		return found{j: j, typ: "DATE", val: fmt.Sprintf("XXXX-%02d-%02d", m, d)}, true
	}
	v, ok := dayValue(y, m, d)
	if !ok {
		return found{}, false
	}
	return found{j: j, typ: "DATE", val: v, day: true}, true
}

// numericDate reads 2006-03-02, 03/02/2006, 2/3/06 and 2006/03/02. A
// slashed date is month/day as Americans write it unless that reading is
// impossible.
func (c *scanner) numericDate(i int) (found, bool) {
	a, ok1 := c.digits(i)
	if !ok1 || i+4 >= len(c.toks) || !c.adj(i+1) || !c.adj(i+2) || !c.adj(i+3) || !c.adj(i+4) {
		return found{}, false
	}
	sep := c.w(i + 1)
	b, ok2 := c.digits(i + 2)
	e, ok3 := c.digits(i + 4)
	if !ok2 || !ok3 || c.w(i+3) != sep || (sep != "/" && sep != "-" && sep != ".") {
		return found{}, false
	}
	if c.adj(i+5) && c.toks[i+5].kind == 'n' || (c.adj(i+5) && (c.w(i+5) == sep) || i > 0 && c.adj(i) && c.w(i-1) == sep) {
		return found{}, false
	}
	la, lb, le := len(c.w(i)), len(c.w(i+2)), len(c.w(i+4))
	var y, m, d int
	switch {
	case la == 4 && lb <= 2 && le <= 2:
		y, m, d = a, b, e
	case la <= 2 && lb <= 2 && (le == 4 || le == 2) && sep != "-" || la <= 2 && lb <= 2 && le == 4:
		y = e
		if le == 2 {
			y = 1900 + e
			if e < 50 {
				y = 2000 + e
			}
		}
		m, d = a, b
		if a > 12 && b <= 12 {
			m, d = b, a
		}
	default:
		return found{}, false
	}
	v, ok := dayValue(y, m, d)
	if !ok {
		return found{}, false
	}
	return found{j: i + 5, typ: "DATE", val: v, day: true}, true
}

// Words before a bare month that make it a date: "in May", "last March".
var monthLeads = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "during": true,
	"through": true, "from": true, "to": true, "before": true, "after": true, "between": true,
	"early": true, "late": true, "mid": true, "and": true, "or": true, "last": true, "next": true,
	"this": true, "that": true, "each": true, "every": true, "throughout": true, "for": true, "on": true,
}

// monthExpr reads "December 2007", "June of 1989", "January this year" and
// a month on its own.
func (c *scanner) monthExpr(i int) (found, bool) {
	m, j, ok := c.month(i)
	if !ok {
		return found{}, false
	}
	k := j
	if c.w(k) == "of" {
		k++
	}
	if y, j2, ok := c.year4(k); ok {
		return found{j: j2, typ: "DATE", val: fmtYM(y, m)}, true
	}
	if y, j2, ok := c.spokenYear(k); ok {
		return found{j: j2, typ: "DATE", val: fmtYM(y, m)}, true
	}
	switch string(c.pair(j, "this", "last", "next")) {
	case "this year", "last year", "next year":
		n := map[string]int{"this": 0, "last": -1, "next": 1}[c.w(j)]
		if c.dct.gran < granYear {
			return found{j: j + 2, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", m)}, true
		}
		return found{j: j + 2, typ: "DATE", val: fmtYM(c.dct.t.Year()+n, m)}, true
	}
	w := c.w(i)
	if w == "may" || w == "march" || (c.adj(i) && c.w(i-1) != "-") {
		prev := c.w(i - 1)
		if prev == "-" && c.w(i-2) == "mid" {
			prev = "mid"
		}
		if !monthLeads[prev] {
			return found{}, false
		}
	}
	if c.w(j) == "-" && c.adj(j) || c.w(j) == "'" && c.adj(j) {
		return found{}, false // part of a compound or a possessive name
	}
	return found{j: j, typ: "DATE", val: monthValue(c.dct, m, c.tense(i, j))}, true
}

// Words before a number that make it a year rather than a count.
var yearLeads = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "this": true, "that": true, "in": true, "since": true, "of": true, "by": true,
	"until": true, "from": true, "to": true, "during": true, "before": true, "after": true,
	"fiscal": true, "early": true, "late": true, "mid": true, "and": true, "through": true,
}

// yearExpr reads a year: "2004", "the 1953 armistice" (only 1953), "fiscal
// 1990", "the year 2000", "nineteen ninety-six".
func (c *scanner) yearExpr(i int) (found, bool) {
	k := i
	if c.w(k) == "the" && c.w(k+1) == "year" {
		k += 2
	} else if c.w(k) == "fiscal" || c.w(k) == "calendar" {
		k++
	}
	if y, j, ok := c.spokenYear(k); ok {
		return found{j: j, typ: "DATE", val: fmtYear(y)}, true
	}
	v, ok := c.digits(k)
	if ok && len(c.w(k)) == 2 && k == i {
		return c.yearRangeEnd(i, v)
	}
	if !ok || len(c.w(k)) != 4 {
		return found{}, false
	}
	prev := c.w(i - 1)
	if v < 1900 || v > 2099 {
		if v < 1000 || v > 2099 || !(yearLeads[prev] && prev != "the" && prev != "a") && k == i {
			return found{}, false
		}
	}
	if k == i {
		if c.has(i-1, clsCountLead) || i > 0 && c.adj(i) && c.toks[i-1].kind == 'p' && prev != "(" && prev != "-" && prev != "'" && prev != "\"" {
			return found{}, false // "$2000", "1,2000", "#2000"
		}
	}
	j := k + 1
	if c.adj(j) {
		switch c.w(j) {
		case ",", ".", ":", "/":
			if c.adj(j+1) && j+1 < len(c.toks) && c.toks[j+1].kind == 'n' {
				return found{}, false
			}
		case "%":
			return found{}, false
		}
	}
	next := c.w(j)
	if j < len(c.toks) && c.toks[j].kind == 'w' && !c.toks[j].up && !c.adj(j) && k == i {
		plural := len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss")
		if c.has(j, clsCountNoun) || plural && (!yearLeads[prev] || prev == "and" || prev == "to") {
			return found{}, false
		}
	}
	return found{j: j, typ: "DATE", val: fmtYear(v)}, true
}

// yearRangeEnd reads the second year of "1990-95" at i, whose two digits
// v take the first year's century. Only digits above 12 and above the
// first year's, so that "2004-05" may stay May 2004 elsewhere.
func (c *scanner) yearRangeEnd(i, v int) (found, bool) {
	if i < 2 || !c.adj(i) || !c.adj(i-1) || c.w(i-1) != "-" || c.adj(i+1) && i+2 < len(c.toks) && c.toks[i+1].kind != 'w' {
		return found{}, false
	}
	first, ok := c.digits(i - 2)
	if !ok || len(c.w(i-2)) != 4 || first < 1000 || first > 2099 || v <= 12 || v <= first%100 {
		return found{}, false
	}
	return found{j: i + 1, typ: "DATE", val: fmtYear(first/100*100 + v)}, true
}

// spokenYear reads "nineteen ninety-six" and "two thousand (and) one".
func (c *scanner) spokenYear(i int) (int, int, bool) {
	switch c.w(i) {
	case "nineteen", "eighteen", "twenty":
		hi := map[string]int{"nineteen": 19, "eighteen": 18, "twenty": 20}[c.w(i)]
		if c.has(i+1, clsTens) {
			lo, j, _ := c.wordsBelow100(i + 1)
			return hi*100 + lo, j, true
		}
		if c.w(i+1) == "hundred" {
			return hi * 100, i + 2, true
		}
	case "two":
		if c.w(i+1) == "thousand" {
			j := i + 2
			if c.w(j) == "and" {
				j++
			}
			if lo, j2, ok := c.wordsBelow100(j); ok {
				return 2000 + lo, j2, true
			}
			if c.w(i-1) == "year" {
				return 2000, i + 2, true
			}
		}
	}
	return 0, i, false
}

var spokenDecades = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

// decade reads "the 1990s", "the '80s", "1990's", "the nineties" and
// "the mid-1990s": TIMEX3 writes the 1990s as 199.
func (c *scanner) decade(i int) (found, bool) {
	k := i
	the := c.w(k) == "the"
	if the {
		k++
	}
	for {
		switch w := c.w(k); {
		case w == "early" || w == "late" || w == "mid" || w == "middle":
			k++
			if c.w(k) == "-" {
				k++
			}
			continue
		}
		break
	}
	if d, ok := lookup(c, k, clsSpokenDecade, spokenDecades); ok && the {
		return found{j: k + 1, typ: "DATE", val: fmt.Sprintf("19%d", d)}, true
	}
	apos := c.w(k) == "'"
	if apos {
		k++
	}
	v, ok := c.digits(k)
	if !ok || v%10 != 0 {
		return found{}, false
	}
	l := len(c.w(k))
	j := k + 1
	if c.w(j) == "'" && c.adj(j) {
		j++
	}
	if c.w(j) != "s" || !c.adj(j) {
		return found{}, false
	}
	switch {
	case l == 4 && !apos && v >= 1000 && v <= 2990:
		if c.w(j-1) == "'" && !the && k == i {
			return found{}, false // "1990's budget" is a year's
		}
		return found{j: j + 1, typ: "DATE", val: fmt.Sprintf("%03d", v/10)}, true
	case l == 2 && (apos || the):
		cent := 19
		if v < 30 {
			cent = 20
		}
		return found{j: j + 1, typ: "DATE", val: fmt.Sprintf("%d%d", cent, v/10)}, true
	}
	return found{}, false
}

// century reads "the 20th century" (TIMEX3 19) and "the eleventh century".
func (c *scanner) century(i int) (found, bool) {
	k := i
	if c.w(k) == "the" {
		k++
	}
	var n int
	if v, ok := c.digits(k); ok && len(c.w(k)) <= 2 && c.adj(k+1) && (c.w(k+1) == "th" || c.w(k+1) == "st" || c.w(k+1) == "nd" || c.w(k+1) == "rd") {
		n, k = v, k+2
	} else if v, ok := lookup(c, k, clsOrdinal, ordinalWords); ok {
		n, k = v, k+1
	} else if c.w(k) == "twenty" && c.w(k+1) == "-" && c.w(k+2) == "first" {
		n, k = 21, k+3
	} else {
		return found{}, false
	}
	if c.w(k) != "century" || n < 1 {
		return found{}, false
	}
	return found{j: k + 1, typ: "DATE", val: fmt.Sprintf("%02d", n-1)}, true
}

// Words after "to" that show it is a preposition, not an infinitive.
var notVerbs = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"this": true, "that": true, "these": true, "those": true, "our": true, "my": true, "your": true,
}
