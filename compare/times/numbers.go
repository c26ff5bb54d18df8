package times

import "strings"

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
