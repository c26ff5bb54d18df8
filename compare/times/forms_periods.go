package times

import "fmt"

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
