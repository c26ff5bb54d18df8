package times

import (
	"fmt"
	"strings"
)

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

// explicitDate reads "June 9, 2019", "9 June 2019", "Jun. 9",
// "Sunday, June 9" and "the 9th of June".
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
