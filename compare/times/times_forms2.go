package times

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
)

// weekdayExpr reads "Wednesday", "Saturday night" and, as a set,
// "Tuesdays" or "Tuesday nights". A bare weekday in news is the latest
// such day up to the publication date, or the next one when the verb
// looks ahead ("will meet on Friday").
func (c *scanner) weekdayExpr(i int) (found, bool) {
	if i < len(c.toks) && c.toks[i].up && strings.HasSuffix(c.w(i), "s") {
		if wd, ok := weekdayWords[strings.TrimSuffix(c.w(i), "s")]; ok {
			return found{j: i + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
		}
	}
	wd, j, ok := c.weekday(i)
	if !ok {
		return found{}, false
	}
	v := c.bareWeekday(i, j, wd)
	if p, ok := dayParts[strings.TrimSuffix(c.w(j), "s")]; ok && c.w(j) != "overnight" {
		if strings.HasSuffix(c.w(j), "s") {
			return found{j: j + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%dT%s", wd, p)}, true
		}
		return found{j: j + 1, typ: "TIME", val: v + "T" + p}, true
	}
	if c.smallHoursBefore(i) {
		// "the wee hours of Wednesday": the span cannot reach back to
		// "wee", but the value can say the part of the day
		return found{j: j, typ: "TIME", val: v + "TMO"}, true
	}
	return found{j: j, typ: "DATE", val: v, day: isDay(v)}, true
}

// smallHoursBefore reports whether the weekday at i follows "the early,
// small or wee hours (of|on)": the hours after midnight, which TIMEX3 has
// no part of day for; the morning is the nearest.
func (c *scanner) smallHoursBefore(i int) bool {
	k := i - 1
	if c.w(k) == "of" || c.w(k) == "on" {
		k--
	}
	switch c.w(k - 1) {
	case "early", "small", "wee":
		return c.w(k) == "hours"
	}
	return false
}

// bareWeekday returns the day that weekday wd at tokens [i, j) names: the
// latest such day up to publication, or the next one when the words
// around look ahead ("will meet on Friday"). After "until" it ends a span
// that starts at the time spoken of, so it lies ahead whatever the tense
// of the verb ("was adjourned until Wednesday"), unless the clause is
// anchored in the past ("had stayed until Tuesday", "did not return until
// Tuesday"); when the span's first day is named ("from Friday until
// Monday"), it is the first such day after that one.
func (c *scanner) bareWeekday(i, j, wd int) string {
	t := c.tense(i, j)
	if k, ok := c.spanEnd(i); ok {
		past := t <= 0 && c.pastAnchor(k)
		if a, ok := c.spanStart(k); ok {
			v := weekdayValue(a, wd, 1, true)
			if !past || c.dct.gran < granDay || v <= fmtDay(c.dct.t) {
				return v
			}
		}
		if c.refAt > 0 && c.at-(c.refAt-1) <= spanReach && c.ref.t.Before(c.dct.t) {
			// "a session on November 28 before an adjournment until
			// Monday": the span starts at the day just named.
			return weekdayValue(c.ref, wd, 1, true)
		}
		switch {
		case past:
			return weekdayValue(c.dct, wd, -1, false)
		case c.w(k) != "through":
			return weekdayValue(c.dct, wd, 1, false)
		}
	}
	dir := -1
	if t > 0 || t == 0 && forwardPreps[c.w(i-1)] {
		dir = 1
	}
	return weekdayValue(c.dct, wd, dir, false)
}

// spanReach is how many bytes before "until" a day may be named and
// still start the span it ends: about a sentence.
const spanReach = 200

// Prepositions that look ahead: with no tense to say otherwise, "until
// Friday" and "by Friday" are the coming Friday. Not "before": "before
// Friday's sale" is as often behind.
var forwardPreps = map[string]bool{"until": true, "till": true, "by": true}

// spanEnd returns the token k of "until", "till" or "through" that makes
// the expression at i the end of a span, past "late", "early" or "at
// least" between them ("until late Wednesday").
func (c *scanner) spanEnd(i int) (int, bool) {
	k := i - 1
	for c.w(k) == "late" || c.w(k) == "early" || c.w(k) == "-" {
		k--
	}
	if c.w(k) == "least" && c.w(k-1) == "at" {
		k -= 2
	}
	switch c.w(k) {
	case "until", "till", "til", "through":
		return k, true
	}
	return k, false
}

// spanStart returns the day a span ending after token k starts on, when
// a weekday before k in the clause names it ("on Monday until
// Wednesday", "from Friday through Sunday"): the last day named, if it is
// that weekday.
func (c *scanner) spanStart(k int) (anchor, bool) {
	for n := k - 1; n >= 0 && n >= k-8; n-- {
		if c.clauseBreak(n) || c.w(n) == "until" || c.w(n) == "till" {
			break
		}
		if wd, ok := lookup(c, n, clsWeekday, weekdayWords); ok && c.toks[n].up {
			if c.ref.gran == granDay && (int(c.ref.t.Weekday())+6)%7+1 == wd {
				return c.ref, true
			}
			break
		}
	}
	return anchor{}, false
}

// pastAnchor reports whether the clause before token k is anchored in
// the past so that a span it ends ended before publication: the past
// perfect ("had stayed"), a word of past time ("ago", "yesterday"), a
// negated past ("did not return until", "wasn't found until"), which
// says the event happened then, or a past state or activity ("the
// ceasefire held until Friday", "was in custody until"), which lasted
// to the end. A past act sets an end still to come: "was adjourned until
// Wednesday".
func (c *scanner) pastAnchor(k int) bool {
	verb := false // a verb nearer to k was read
	for n := k - 1; n >= 0 && n >= k-15 && !c.clauseBreak(n); n-- {
		w := c.w(n)
		if !verb && (c.cue(n) < 0 || durativePast[w]) {
			verb = true
			if durativePast[w] {
				return true
			}
		}
		switch w {
		case "had":
			if c.w(n+1) != "to" {
				return true
			}
		case "ago", "yesterday", "earlier", "last", "previously":
			return true
		case "not", "never":
			if c.cue(n-1) < 0 || c.cue(n+1) < 0 {
				return true
			}
		case "t":
			switch c.w(n - 2) {
			case "didn", "wasn", "weren", "hadn", "couldn":
				return c.w(n-1) == "'"
			}
		}
	}
	return false
}

func (c *scanner) dayOffset(a anchor, n int) string {
	if a.gran < granDay {
		return "XXXX-XX-XX"
	}
	return fmtDay(a.t.AddDate(0, 0, n))
}

// deictic reads yesterday, today, tomorrow, tonight, "this morning",
// "last night", and the days around the reference time: "the next day",
// "the day before", "that day".
func (c *scanner) deictic(i int) (found, bool) {
	w := c.w(i)
	switch w {
	case "yesterday", "today", "tomorrow":
		v := c.dayOffset(c.dct, map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[w])
		if p, ok := lookup(c, i+1, clsDayPart, dayParts); ok && c.w(i+1) != "overnight" {
			return found{j: i + 2, typ: "TIME", val: v + "T" + p}, true
		}
		return found{j: i + 1, typ: "DATE", val: v, day: isDay(v)}, true
	case "tonight":
		return found{j: i + 1, typ: "TIME", val: c.dayOffset(c.dct, 0) + "TNI"}, true
	case "this", "last", "the", "that":
		p, ok := lookup(c, i+1, clsDayPart, dayParts)
		if !ok || c.w(i+1) == "overnight" {
			break
		}
		switch {
		case w == "this" && p != "NI":
			return found{j: i + 2, typ: "TIME", val: c.dayOffset(c.dct, 0) + "T" + p}, true
		case w == "last" && (p == "NI" || p == "EV"):
			return found{j: i + 2, typ: "TIME", val: c.dayOffset(c.dct, -1) + "T" + p}, true
		case w == "the" || w == "that":
			return found{j: i + 2, typ: "TIME", val: c.dayOffset(c.ref, 0) + "T" + p}, true
		}
	}
	k := i
	if w == "the" || w == "that" {
		k++
	}
	switch string(c.pair(k, "next", "following", "previous", "day", "same")) {
	case "next day", "following day", "previous day", "day before", "day after", "next morning", "following morning":
		if k == i {
			break
		}
		n := map[string]int{"next": 1, "following": 1, "previous": -1}[c.w(k)]
		j := k + 2
		if c.w(k) == "day" {
			n = map[string]int{"before": -1, "after": 1}[c.w(k+1)]
			if c.w(k+2) == "yesterday" || c.w(k+2) == "tomorrow" {
				n = map[string]int{"before": -2, "after": 2}[c.w(k+1)]
				v := c.dayOffset(c.dct, n)
				return found{j: k + 3, typ: "DATE", val: v}, true
			}
		}
		v := c.dayOffset(c.ref, n)
		if c.w(k+1) == "morning" {
			return found{j: j, typ: "TIME", val: v + "TMO"}, true
		}
		return found{j: j, typ: "DATE", val: v, day: isDay(v)}, true
	case "same day":
		if k > i {
			return found{j: k + 2, typ: "DATE", val: c.dayOffset(c.ref, 0)}, true
		}
	}
	if w == "that" && c.w(i+1) == "day" {
		return found{j: i + 2, typ: "DATE", val: c.dayOffset(c.ref, 0)}, true
	}
	return found{}, false
}

// Calendar units that "this", "last" and "next" combine with.
var calendarUnits = map[string]string{
	"year": "Y", "month": "M", "week": "W", "quarter": "Q", "decade": "DE", "century": "CE", "weekend": "WE",
}

// relative reads this/last/next/coming/past/previous/following + a
// calendar unit, month, weekday or season: "last week", "next April",
// "the coming year", "the following month".
func (c *scanner) relative(i int) (found, bool) {
	k := i
	the := c.w(k) == "the"
	if the {
		k++
	}
	w := c.w(k)
	var n int
	a := c.dct
	if w == "this" && (c.w(k+1) == "past" || c.w(k+1) == "coming") {
		k++ // "this past spring" is the last one; the span keeps "this"
		w = c.w(k)
	}
	switch w {
	case "this", "current", "present":
		n = 0
	case "last", "past":
		n = -1
	case "next", "coming":
		n = 1
	case "previous", "preceding":
		n, a = -1, c.refMonth
	case "following":
		n, a = 1, c.refMonth
	case "year":
		// "year-ago", "year-earlier" as adjectives
		if c.w(k+1) == "-" && (c.w(k+2) == "ago" || c.w(k+2) == "earlier") && c.adj(k+1) && c.adj(k+2) {
			j := k + 3
			if u, ok := lookup(c, j, clsCalUnit, calendarUnits); ok && u == "Q" || c.w(j) == "period" {
				if c.quarterInView() {
					return found{j: j + 1, typ: "DATE", val: c.yearBefore(), noRef: true}, true
				}
				return found{j: j + 1, typ: "DATE", val: c.quarterValue(-1, 0, true), noRef: true}, true
			}
			return found{j: j, typ: "DATE", val: c.yearBefore(), noRef: true}, true
		}
		if c.w(k+1) == "-" && c.w(k+2) == "end" || c.w(k+1) == "end" || c.w(k+1) == "'" && c.w(k+2) == "s" && c.w(k+3) == "end" {
			j := k + 3
			if c.w(k+1) == "end" {
				j = k + 2
			} else if c.w(k+1) == "'" {
				j = k + 4
			}
			return found{j: j, typ: "DATE", val: shiftValue(c.dct, "Y", 0)}, true
		}
		if the {
			return c.theUnit(i, k)
		}
		return found{}, false
	case "weekend", "full", "fiscal", "week":
		if !the {
			return found{}, false
		}
		return c.theUnit(i, k)
	default:
		return found{}, false
	}
	if (w == "current" || w == "present" || w == "past" || w == "coming" || w == "preceding") && !the {
		if w != "past" && w != "coming" {
			return found{}, false
		}
	}
	j := k + 1
	if c.w(j) == "fiscal" || c.w(j) == "calendar" {
		j++
	}
	if u, ok := lookup(c, j, clsCalUnit, calendarUnits); ok {
		switch u {
		case "WE":
			if a.gran < granDay {
				return found{j: j + 1, typ: "DATE", val: "XXXX-WXX-WE"}, true
			}
			// the weekend before (or of) a weekday publication
			t := a.t
			wd := (int(t.Weekday())+6)%7 + 1
			if n == 0 && wd < 6 || n < 0 {
				t = t.AddDate(0, 0, -wd)
			} else if n > 0 {
				t = t.AddDate(0, 0, 7-wd+1)
			}
			return found{j: j + 1, typ: "DATE", val: fmtWeek(t) + "-WE"}, true
		case "W":
			if n != 0 && (a == c.refMonth) && c.ref.gran == granDay {
				a = c.ref
			}
			if a.gran < granDay {
				return found{j: j + 1, typ: "DATE", val: "XXXX-WXX"}, true
			}
		}
		return found{j: j + 1, typ: "DATE", val: shiftValue(a, u, n)}, true
	}
	if m, j2, ok := c.month(j); ok && !the {
		if a.gran < granYear {
			return found{j: j2, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", m)}, true
		}
		y, am := a.t.Year(), int(a.t.Month())
		switch {
		case n < 0 && (a.gran < granMonth || m >= am):
			y--
		case n > 0 && (a.gran < granMonth || m <= am):
			y++
		}
		return found{j: j2, typ: "DATE", val: fmtYM(y, m)}, true
	}
	if wd, j2, ok := c.weekday(j); ok && !the {
		v := weekdayValue(a, wd, n, true)
		if n == 0 {
			v = c.bareWeekday(i, j2, wd) // "this Friday"
		}
		return found{j: j2, typ: "DATE", val: v, day: isDay(v)}, true
	}
	if s, ok := lookup(c, j, clsSeason, seasonWords); ok {
		if a.gran < granYear {
			return found{j: j + 1, typ: "DATE", val: "XXXX-" + s}, true
		}
		return found{j: j + 1, typ: "DATE", val: seasonValue(a, s, n)}, true
	}
	return found{}, false
}

// quarterValue is quarter q (0: the latest completed one when past, else
// the current one) of the publication year moved by dy years.
func (c *scanner) quarterValue(dy, q int, past bool) string {
	if c.dct.gran < granYear || c.dct.gran < granMonth && q == 0 {
		if q == 0 {
			return "XXXX-QX"
		}
		return fmt.Sprintf("XXXX-Q%d", q)
	}
	y := c.dct.t.Year() + dy
	if q == 0 {
		q = quarterOf(c.dct.t)
		if past {
			q--
			if q == 0 {
				q, y = 4, y-1
			}
		}
	}
	return fmt.Sprintf("%04d-Q%d", y, q)
}

// quarter reads quarters and halves of years as financial news writes
// them: "the third quarter", "third-quarter", "the fiscal first quarter",
// "the year-ago quarter", "the fourth quarter of 1990", "the first half".
func (c *scanner) quarter(i int) (found, bool) {
	k := i
	dy, q, explicitYear, latest, current := 0, 0, -1, false, false
	switch c.w(k) {
	case "the", "its", "their", "that":
		k++
	case "this", "last", "next":
		if c.w(k+1) == "year" && c.w(k+2) == "'" && c.w(k+3) == "s" {
			dy = map[string]int{"this": 0, "last": -1, "next": 1}[c.w(k)]
			k += 4
		}
	}
	start := k
	for ; k < len(c.toks); k++ {
		w := c.w(k)
		switch {
		case w == "-" && c.adj(k) && k > start:
		case w == "fiscal" || w == "calendar" || w == "comparable" || w == "same" || w == "flat" || w == "first-" || w == "final" && q == 0:
		case w == "latest" || w == "recent" || w == "last" && q == 0 || w == "previous":
			latest = true
		case w == "current" || w == "this":
			current = true
		case w == "year" && (c.w(k+1) == "-" && (c.w(k+2) == "ago" || c.w(k+2) == "earlier")):
			dy, latest = -1, true
			k += 2
		case c.has(k, clsOrdinal) && ordinalWords[w] > 0 && ordinalWords[w] <= 4 && q == 0:
			q = ordinalWords[w]
		case len(w) == 4 && c.toks[k].kind == 'n':
			v, _ := c.digits(k)
			if v < 1900 || v > 2099 {
				return found{}, false
			}
			explicitYear = v
		default:
			goto unit
		}
	}
unit:
	w := c.w(k)
	var half bool
	switch w {
	case "quarter":
	case "half":
		half = true
		if q == 0 && !latest {
			return found{}, false
		}
	case "period":
		if !latest || c.w(k-1) == "last" {
			return found{}, false // "the latest period" is a report's quarter
		}
	default:
		return found{}, false
	}
	if k == start && c.w(i) != "the" && c.w(i) != "that" || (k == i && q == 0) {
		return found{}, false // a bare "quarter" is a coin or a district
	}
	if q == 0 && !latest && !current && i == start {
		return found{}, false
	}
	if w == "quarter" && q == 0 && !latest && !current && (c.w(k+1) == "-" || c.w(k+1) == "of" && c.w(k+2) == "a") {
		return found{}, false // "the quarter-point", "a quarter of a century"
	}
	j := k + 1
	if c.w(j) == "of" {
		if y, j2, ok := c.year4(j + 1); ok {
			explicitYear, j = y, j2
		} else if c.w(j+1) == "fiscal" {
			if y, j2, ok := c.year4(j + 2); ok {
				explicitYear, j = y, j2
			}
		}
	} else if y, j2, ok := c.year4(j); ok && c.w(j) != "," {
		explicitYear, j = y, j2
	}
	if half {
		if q == 0 || latest && q == 0 {
			q = 2
		}
		if q > 2 {
			return found{}, false
		}
		if c.w(k-1) == "last" {
			q = 2
		}
		if explicitYear > 0 {
			return found{j: j, typ: "DATE", val: fmt.Sprintf("%04d-H%d", explicitYear, q)}, true
		}
		if c.dct.gran < granYear {
			return found{j: j, typ: "DATE", val: fmt.Sprintf("XXXX-H%d", q)}, true
		}
		return found{j: j, typ: "DATE", val: fmt.Sprintf("%04d-H%d", c.dct.t.Year()+dy, q)}, true
	}
	if explicitYear > 0 {
		if q == 0 {
			return found{j: j, typ: "DATE", val: fmt.Sprintf("%04d-QX", explicitYear)}, true
		}
		return found{j: j, typ: "DATE", val: fmt.Sprintf("%04d-Q%d", explicitYear, q)}, true
	}
	if q == 0 && !current && dy == 0 && c.quarterInView() && (!latest || w == "period") {
		return found{j: j, typ: "DATE", val: c.lastQuarter, noRef: true}, true // the one just named
	}
	return found{j: j, typ: "DATE", val: c.quarterValue(dy, q, !current), noRef: dy < 0}, true
}

// season reads "this summer", "the winter of 1994", "spring 2006".
func (c *scanner) season(i int) (found, bool) {
	k := i
	if c.w(k) == "the" {
		k++
	}
	for c.w(k) == "early" || c.w(k) == "late" || c.w(k) == "mid" || c.w(k) == "-" {
		k++
	}
	s, ok := lookup(c, k, clsSeason, seasonWords)
	if !ok {
		return found{}, false
	}
	j := k + 1
	y := -1
	if c.w(j) == "of" {
		if v, j2, ok := c.year4(j + 1); ok {
			y, j = v, j2
		} else if v, j2, ok := c.spokenYear(j + 1); ok {
			y, j = v, j2
		}
	} else if v, j2, ok := c.year4(j); ok && c.w(j) != "," {
		y, j = v, j2
	}
	if y < 0 {
		if c.w(k) == "fall" && c.w(k+1) == "of" {
			return found{}, false // "the fall of the wall"
		}
		if k == i && !(monthLeads[c.w(i-1)] && c.w(i-1) != "and" && c.w(i-1) != "to") {
			return found{}, false // "fall" the verb
		}
		if c.dct.gran < granYear {
			return found{j: j, typ: "DATE", val: "XXXX-" + s}, true
		}
		y = c.dct.t.Year()
	}
	return found{j: j, typ: "DATE", val: fmt.Sprintf("%04d-%s", y, s)}, true
}

// Words of a span before a count of units: "the past two months".
var durationLeads = map[string]bool{
	"past": true, "last": true, "next": true, "coming": true, "first": true, "previous": true,
	"following": true, "latest": true, "final": true, "remaining": true, "initial": true,
	"recent": true, "succeeding": true, "ensuing": true, "preceding": true,
}

// duration reads "two years", "the past three months", "30-day", "a
// minute and a half", and the anchored forms "two years ago", "three days
// later", "a week earlier".
func (c *scanner) duration(i int) (found, bool) {
	k := i
	the := c.w(k) == "the"
	if the || c.w(k) == "its" || c.w(k) == "their" {
		k++
	}
	lead := false
	leadWord := c.w(k)
	if c.has(k, clsDurLead) || leadWord == "future" && !the {
		k, lead = k+1, true
	}
	if c.w(k) == "the" && (c.w(k-1) == "of") { // "each of the past"
		k++
	}
	n, j, ok := c.number(k)
	if ok && n >= 0 {
		// a range of counts, "two to three weeks", "12-18 months": one
		// span, and the count is not known beyond its unit
		if j2, ok := c.countRangeEnd(j); ok {
			if u, _, j3, ok := c.unit(j2); ok && u != "Q" {
				return found{j: j3, typ: "DURATION", val: durationValue(-1, u)}, true
			}
		}
	}
	if !ok {
		if !lead && !the {
			return found{}, false
		}
		// "the past few weeks" without a count: "recent years", "the weeks"
		n, j = -1, k
	}
	if c.w(j) == "and" && c.w(j+1) == "a" && c.w(j+2) == "half" && n >= 0 {
		n, j = n+0.5, j+3
	}
	if c.w(j) == "more" || c.w(j) == "additional" || c.w(j) == "further" {
		j++
	}
	hyphen := false
	if c.w(j) == "-" && c.adj(j) && c.adj(j+1) && n >= 0 && j > k && c.w(j+1) != "quarter" && c.w(j+1) != "quarters" {
		if k > i && !lead {
			return found{}, false // "the two-day talks": the span starts at "two"
		}
		j, hyphen = j+1, true
	}
	u, plural, j2, ok := c.unit(j)
	if !ok || u == "Q" && n < 0 && !lead || (u == "Q" || c.w(j) == "second") && (c.w(k) == "a" || c.w(k) == "an") {
		return found{}, false // "a quarter" is mostly a coin or a fraction
	}
	if j == k && !plural && !(the && n < 0 && u != "Q") {
		return found{}, false
	}
	if j == k && the && !lead && !plural {
		return found{}, false // "the year" alone is too often not a time
	}
	if j == k && !lead && !the {
		return found{}, false
	}
	if n == 1 && plural && j > k && c.w(k) != "1" || n > 1 && !plural && !hyphen && j > k && c.toks[k].kind == 'w' && c.w(k) != "several" {
		// "one years" is no English; "two year" appears in speech
		if n == 1 {
			return found{}, false
		}
	}
	if !hyphen && c.w(j2) == "-" && c.adj(j2) {
		return found{}, false // "a year-earlier quarter"
	}
	j = j2
	if c.w(j) == "and" && c.w(j+1) == "a" && c.w(j+2) == "half" && n >= 0 {
		n, j = n+0.5, j+3
	}
	if hyphen && c.w(j) == "-" && (c.w(j+1) == "old" || c.w(j+1) == "long") && c.adj(j) {
		j += 2
	}
	if c.w(j) == "or" && c.w(j+1) == "so" {
		j += 2
	}
	if !hyphen && !the && !lead {
		switch c.w(j) {
		case "ago":
			v := "PAST_REF"
			if n == 1 && u == "Y" {
				v = c.yearBefore()
			} else if n >= 0 {
				v = shiftValue(c.dct, u, -int(n+0.5))
			}
			return found{j: j + 1, typ: "DATE", val: v, day: isDay(v), noRef: true}, true
		case "earlier", "before", "later", "after", "hence", "from":
			if c.w(j) == "from" && c.w(j+1) != "now" || (c.w(j) == "before" || c.w(j) == "after") && c.toks[min(j+1, len(c.toks)-1)].kind == 'w' && j+1 < len(c.toks) && c.w(j+1) != "," {
				break // "two days before the vote" is a duration and an event
			}
			dir, a := 1, c.ref
			switch c.w(j) {
			case "earlier", "before":
				dir = -1
			case "hence", "from":
				a = c.dct
			}
			end := j + 1
			if c.w(j) == "from" {
				end++
			}
			if n < 0 {
				v := map[int]string{1: "FUTURE_REF", -1: "PAST_REF"}[dir]
				return found{j: end, typ: "DATE", val: v}, true
			}
			v := shiftValue(a, u, dir*int(n+0.5))
			if n == 1 && u == "Y" && dir < 0 {
				v = c.yearBefore()
			}
			return found{j: end, typ: "DATE", val: v, day: isDay(v), noRef: true}, true
		}
	}
	if (c.w(j) == "ahead" || c.w(j) == "to" && c.w(j+1) == "come") && the {
		j++
		if c.w(j-1) == "to" {
			j++
		}
	}
	if u == "Q" && n < 0 && lead && c.w(k-1) == "past" {
		return found{j: j, typ: "DATE", val: "PAST_REF"}, true
	}
	if n < 0 && j2 > k && plural && lead && c.number1(k) == k {
		// units with no count after a word of direction point at the
		// past or the future as a whole, as TimeML writes them: "in
		// recent years", "in coming months", "past years"
		switch {
		case leadWord == "recent" || leadWord == "past" && !the:
			return found{j: j, typ: "DATE", val: "PAST_REF"}, true
		case leadWord == "coming" || leadWord == "future":
			return found{j: j, typ: "DATE", val: "FUTURE_REF"}, true
		}
	}
	return found{j: j, typ: "DURATION", val: durationValue(n, u)}, true
}

// number1 returns the token after a count at k, or k when there is none.
func (c *scanner) number1(k int) int {
	if _, j, ok := c.number(k); ok {
		return j
	}
	return k
}

// countRangeEnd reads the second half of a range of counts after the
// first one ends at j: "to three", "or four", "- 18", "to 18" (not "or
// so"), and returns where the second count ends.
func (c *scanner) countRangeEnd(j int) (int, bool) {
	if c.w(j) == "-" && c.w(j+1) == "to" && c.w(j+2) == "-" && c.adj(j+1) && c.adj(j+2) {
		j += 2 // "five-to-six months"
	}
	switch c.w(j) {
	case "to", "-", "or":
		if c.w(j) == "or" && c.w(j+1) == "so" {
			return j, false
		}
		if n, j2, ok := c.number(j + 1); ok && n > 0 && c.toks[j+1].kind != 'w' || ok && n > 1 {
			return j2, true
		}
	}
	return j, false
}

// set reads "every Tuesday", "each month", "annually", "twice a year"
// style rates ("$5 a year"), and "every other week".
func (c *scanner) set(i int) (found, bool) {
	w := c.w(i)
	if v, ok := lookup(c, i, clsSetAdverb, setAdverbs); ok && !(i+1 < len(c.toks) && c.toks[i+1].kind == 'w' && !c.toks[i+1].up) {
		// "paid quarterly" is a set; "quarterly profit" is not
		return found{j: i + 1, typ: "SET", val: v}, true
	}
	if w == "a" || w == "per" {
		prev := c.w(i - 1)
		if i > 0 && (c.toks[i-1].kind == 'n' || prev == "million" || prev == "billion" || prev == "percent" || prev == "%" || prev == "once" || prev == "twice" || prev == "times") {
			if u, _, j, ok := c.unit(i + 1); ok && u != "Q" && u != "DE" && u != "CE" {
				return found{j: j, typ: "SET", val: durationValue(1, u)}, true
			}
		}
		return found{}, false
	}
	if w != "every" && w != "each" {
		return found{}, false
	}
	k := i + 1
	n := 1.0
	if c.w(k) == "other" {
		n, k = 2, k+1
	} else if v, j, ok := c.number(k); ok && v > 0 && c.toks[k].kind != 'w' || ok && v > 1 {
		n, k = v, j
	}
	if wd, j, ok := c.weekday(k); ok {
		return found{j: j, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
	}
	if m, j, ok := c.month(k); ok {
		return found{j: j, typ: "SET", val: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	if s, ok := lookup(c, k, clsSeason, seasonWords); ok {
		return found{j: k + 1, typ: "SET", val: "XXXX-" + s}, true
	}
	if p, ok := lookup(c, k, clsDayPart, dayParts); ok && c.w(k) != "overnight" {
		return found{j: k + 1, typ: "SET", val: "XXXX-XX-XXT" + p}, true
	}
	if u, _, j, ok := c.unit(k); ok {
		if u == "Q" {
			return found{j: j, typ: "SET", val: fmt.Sprintf("P%sQ", fmtNum(n))}, true
		}
		return found{j: j, typ: "SET", val: durationValue(n, u)}, true
	}
	return found{}, false
}

// reference reads words that point at the present, past or future without
// naming a date: "now", "recently", "the past", "the near future".
func (c *scanner) reference(i int) (found, bool) {
	w := c.w(i)
	switch string(c.pair(i, "right", "just", "these", "at", "the", "more", "until", "a", "as")) {
	case "until recently", "more recently":
		return found{j: i + 2, typ: "DATE", val: "PAST_REF"}, true
	case "the moment":
		if c.w(i-1) == "at" {
			return found{j: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
		}
	case "right now", "just now", "these days", "at present", "the present":
		return found{j: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
	case "the past":
		return found{j: i + 2, typ: "DATE", val: "PAST_REF"}, true
	case "the future":
		return found{j: i + 2, typ: "DATE", val: "FUTURE_REF"}, true
	case "the near", "the short", "the long", "the medium":
		switch c.w(i + 2) {
		case "future", "term":
			if w2 := c.w(i + 1); w2 == "long" || w2 == "medium" {
				if c.w(i+2) == "future" {
					return found{j: i + 3, typ: "DATE", val: "FUTURE_REF"}, true
				}
				break
			}
			return found{j: i + 3, typ: "DATE", val: "FUTURE_REF"}, true
		}
	case "a later", "a future":
		if c.w(i+2) == "date" || c.w(i+2) == "time" {
			return found{j: i + 3, typ: "DATE", val: "FUTURE_REF"}, true
		}
	case "as soon":
		if c.w(i+2) == "as" && c.w(i+3) == "possible" {
			return found{j: i + 4, typ: "DATE", val: "FUTURE_REF"}, true
		}
	}
	if v, ok := lookup(c, i, clsRef, refWords); ok && c.toks[i].kind == 'w' {
		if (w == "current" || w == "recent" || w == "former") && (c.toks[i].up || c.w(i-1) == "the" && false) {
			return found{}, false
		}
		if w == "current" && (c.w(i+1) == "account" || c.w(i+1) == "accounts") {
			return found{}, false
		}
		if w == "now" && c.w(i+1) == "that" {
			return found{j: i + 1, typ: "DATE", val: v}, true
		}
		return found{j: i + 1, typ: "DATE", val: v}, true
	}
	return found{}, false
}

// boundary reads an expression with a part of it named: "early next
// year", "mid-November", "late yesterday", "earlier this month", "the end
// of 1999", "the first half of 1990" is left to quarter.
func (c *scanner) boundary(i int) (found, bool) {
	k := i
	switch w := c.w(i); w {
	case "early", "late", "mid", "earlier", "later", "middle":
		k++
		if c.w(k) == "-" && c.adj(k) {
			k++
		}
		if p, _ := lookup(c, k, clsDayPart, dayParts); (w == "mid" || w == "late" || w == "early") && p != "" {
			// "mid-afternoon yesterday": the day may follow
			if f, ok := c.core(k + 1); ok && f.typ == "DATE" && isDay(f.val) {
				return found{j: f.j, typ: "TIME", val: f.val[:10] + "T" + p}, true
			}
			return found{j: k + 1, typ: "TIME", val: c.dayOffset(c.dct, 0) + "T" + p}, true
		}
		if w == "late" || w == "early" || w == "mid" || w == "middle" {
			if c.w(k) == "in" && c.w(k+1) == "the" {
				k += 2
			}
		}
	case "the":
		switch string(c.pair(i+1, "end", "beginning", "start", "middle", "turn", "close", "first", "second", "last", "latter")) {
		case "end of", "beginning of", "start of", "middle of", "turn of", "close of":
			k = i + 3
		case "first half", "second half", "last half", "latter half":
			if c.w(i+3) != "of" {
				return found{}, false
			}
			k = i + 4
		default:
			return found{}, false
		}
		switch string(c.pair(k, "the")) {
		case "the year", "the month", "the week", "the decade", "the quarter", "the century":
			u := calendarUnits[c.w(k+1)]
			v := shiftValue(c.dct, u, 0)
			if u == "W" && c.dct.gran < granDay {
				v = "XXXX-WXX"
			}
			return found{j: k + 2, typ: "DATE", val: v}, true
		}
	default:
		return found{}, false
	}
	if k >= len(c.toks) {
		return found{}, false
	}
	f, ok := c.core(k)
	if !ok || f.typ == "DURATION" || f.typ == "SET" || strings.HasSuffix(f.val, "_REF") {
		return found{}, false
	}
	f.day = false
	return f, true
}

// clockTime reads "10 a.m.", "2:00 p.m. Monday", "5 p.m. EST, Nov. 6",
// "noon Thursday", "14:30 GMT". Its date comes from the words after it,
// else from the nearest date in the sentence (fillTimes).
func (c *scanner) clockTime(i int) (found, bool) {
	var h, m int
	var j int
	switch c.w(i) {
	case "noon", "midday":
		h, j = 12, i+1
	case "midnight":
		h, j = 24, i+1
	default:
		v, ok := c.digits(i)
		if !ok || len(c.w(i)) > 2 || v > 24 {
			return found{}, false
		}
		h, j = v, i+1
		hasMin := false
		if (c.w(j) == ":" || c.w(j) == ".") && c.adj(j) && c.adj(j+1) && len(c.w(j+1)) == 2 {
			if mm, ok := c.digits(j + 1); ok && mm < 60 {
				m, j, hasMin = mm, j+2, true
			}
		}
		pm, j2, ok := c.ampm(j)
		switch {
		case ok:
			if h > 12 || h == 0 {
				return found{}, false
			}
			if pm && h < 12 {
				h += 12
			} else if !pm && h == 12 {
				h = 0
			}
			j = j2
		case c.w(j) == "o" && c.w(j+1) == "'" && c.w(j+2) == "clock":
			j += 3
		case hasMin && c.w(j-2) == ":" && (c.has(j, clsZone) || c.w(i-1) == "at" || c.w(i-1) == "by" || c.w(i-1) == "until" || c.w(i-1) == "around"):
		default:
			return found{}, false
		}
	}
	if c.has(j, clsZone) {
		j++
	} else if c.w(j) == "local" && c.w(j+1) == "time" {
		j += 2
	}
	val := fmt.Sprintf("T%02d:%02d", h, m)
	k := j
	if c.w(k) == "," {
		k++
	}
	if k < len(c.toks) && k > j || k < len(c.toks) {
		if f, ok := c.core(k); ok && isDay(f.val) && f.typ == "DATE" {
			return found{j: f.j, typ: "TIME", val: f.val[:10] + val}, true
		}
	}
	return found{j: j, typ: "TIME", val: val}, true
}

// ampm reads "a.m.", "p.m.", "am", "pm" at i.
func (c *scanner) ampm(i int) (pm bool, j int, ok bool) {
	w := c.w(i)
	switch w {
	case "am", "pm":
		return w == "pm", i + 1, true
	case "a", "p":
		if c.w(i+1) == "." && c.adj(i+1) && c.w(i+2) == "m" && c.adj(i+2) {
			j := i + 3
			if c.w(j) == "." && c.adj(j) {
				j++
			}
			return w == "p", j, true
		}
	}
	return false, i, false
}

// fillTimes gives clock times of one sentence their day: the nearest day
// named in the sentence, else the reference time.
func (c *scanner) fillTimes(ms []compare.Mention) {
	for x := range ms {
		if !strings.HasPrefix(ms[x].Value, "T") {
			continue
		}
		best, dist := "", -1
		for y := range ms {
			if isDay(ms[y].Value) {
				dd := ms[y].Span.Start - ms[x].Span.Start
				if dd < 0 {
					dd = -dd
				}
				if dist < 0 || dd < dist {
					best, dist = ms[y].Value[:10], dd
				}
			}
		}
		if best == "" {
			best = c.dayOffset(c.ref, 0)
		}
		ms[x].Value = best + ms[x].Value
	}
}

var _ = time.UTC

// theUnit reads "the weekend", "the week", "the full year", "the fiscal
// year" from k (after "the"): the weekend is the last one up to
// publication, the week one not named, the year the publication's.
func (c *scanner) theUnit(i, k int) (found, bool) {
	switch string(c.pair(k, "full", "fiscal")) {
	case "full year", "fiscal year":
		return found{j: k + 2, typ: "DATE", val: shiftValue(c.dct, "Y", 0)}, true
	}
	switch c.w(k) {
	case "year":
		return found{j: k + 1, typ: "DATE", val: shiftValue(c.dct, "Y", 0)}, true
	case "weekend":
		if c.dct.gran < granDay {
			return found{j: k + 1, typ: "DATE", val: "XXXX-WXX-WE"}, true
		}
		t := c.dct.t
		if wd := (int(t.Weekday())+6)%7 + 1; wd < 6 {
			t = t.AddDate(0, 0, -wd)
		}
		return found{j: k + 1, typ: "DATE", val: fmtWeek(t) + "-WE"}, true
	case "week":
		if c.w(k+1) == "of" {
			// "the week of March 5" is the ISO week holding that day
			if f, ok := c.core(k + 2); ok && f.typ == "DATE" && isDay(f.val) {
				if t, err := time.Parse("2006-01-02", f.val[:10]); err == nil {
					return found{j: f.j, typ: "DATE", val: fmtWeek(t)}, true
				}
			}
		}
		if c.dct.gran < granYear {
			return found{j: k + 1, typ: "DATE", val: "XXXX-WXX"}, true
		}
		return found{j: k + 1, typ: "DATE", val: fmtYear(c.dct.t.Year()) + "-WXX"}, true
	}
	return found{}, false
}

// seasonStart is the first month of each season, as package timex reads
// them: winter begins in December of the year that names it.
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// seasonValue is the season s of a's year (n == 0), the last one to
// have ended by a (n < 0: "last summer" said in October is that year's),
// or the first to begin after a (n > 0: "next spring" said in January is
// that year's).
func seasonValue(a anchor, s string, n int) string {
	y := a.t.Year()
	if n == 0 || a.gran < granMonth {
		return fmt.Sprintf("%04d-%s", y+n, s)
	}
	ref := time.Date(y, a.t.Month(), 1, 0, 0, 0, 0, time.UTC)
	if a.gran >= granDay {
		ref = a.t
	}
	if n < 0 {
		for cand := y; cand >= y-2; cand-- {
			end := time.Date(cand, time.Month(seasonStart[s]+3), 1, 0, 0, 0, 0, time.UTC)
			if !end.After(ref) {
				return fmt.Sprintf("%04d-%s", cand, s)
			}
		}
	} else {
		for cand := y - 1; cand <= y+1; cand++ {
			start := time.Date(cand, time.Month(seasonStart[s]), 1, 0, 0, 0, 0, time.UTC)
			if start.After(ref) {
				return fmt.Sprintf("%04d-%s", cand, s)
			}
		}
	}
	return fmt.Sprintf("%04d-%s", y+n, s)
}
