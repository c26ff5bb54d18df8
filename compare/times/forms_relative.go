package times

import (
	"fmt"
	"strings"
	"time"
)

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
