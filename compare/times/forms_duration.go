package times

import "fmt"

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
