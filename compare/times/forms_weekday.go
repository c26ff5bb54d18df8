package times

import (
	"fmt"
	"strings"
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
	t := c.treeTense(i)
	if t == 0 {
		t = c.tense(i, j)
	}
	if k, ok := c.spanEnd(i); ok {
		past := t <= 0 && c.pastAnchor(k)
		if a, ok := c.spanStart(k); ok {
			v := weekdayValue(a, wd, 1, true)
			if !past || c.dct.gran < granDay || v <= fmtDay(c.dct.t) {
				return v
			}
		}
		if c.refAt > 0 && c.at-(c.refAt-1) <= spanReach && c.ref.t.Before(c.dct.t) {
			// "a hearing on 12 April before a recess until
			// Tuesday": the span starts at the day just named.
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
