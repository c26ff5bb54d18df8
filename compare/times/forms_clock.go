package times

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// clockTime reads "9 a.m.", "3:45 p.m. Sunday", "6 p.m. PST, Oct. 2",
// "midnight Friday", "14:30 GMT". Its date comes from the words after it,
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
		if ok && len(c.w(i)) == 4 && v%100 < 60 && v/100 < 24 && (c.has(i+1, clsZone) || c.w(i+1) == "local" && c.w(i+2) == "time") {
			// "at 0630 GMT", "1415 local time": the wire's clock, four
			// digits, said by its zone.
			h, m, j = v/100, v%100, i+1
			break
		}
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
		if hasMin && c.w(j-2) == ":" && c.w(j) == ":" && c.adj(j) && c.adj(j+1) && len(c.w(j+1)) == 2 {
			// "won in 2:04:31": hours, minutes and seconds are a time
			// taken (a race's), not a time of day.
			if ss, ok := c.digits(j + 1); ok && ss < 60 {
				return found{j: j + 2, typ: "DURATION", val: raceTime(h, m, ss)}, true
			}
		}
		pm, j2, ok := c.ampm(j)
		part, afterPart := c.partOfDay(j)
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
		case h > 0 && h <= 12 && part != "":
			// "8:30 in the morning", "9 in the evening", "2 at night":
			// the part of the day says which half.
			switch {
			case part == "morning" && h == 12:
				h = 0
			case part == "afternoon" || part == "evening", part == "night" && h >= 6:
				h = (h % 12) + 12
			}
			j = afterPart
		case hasMin && c.w(j-2) == ":" && (c.has(j, clsZone) || clockLead[c.w(i-1)]):
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
	if h == 24 && c.tense(i, j) < 0 {
		// "crashed just after midnight", in a past tense with no date
		// beside: the midnight that began its day, not the one that
		// will end it (TIMEX3's 24:00 of the day it is filled with).
		val = "T00:00"
	}
	return found{j: j, typ: "TIME", val: val}, true
}

// partOfDay returns the part of the day named at i by "in the morning",
// "in the afternoon", "in the evening" or "at night", and the token after
// it; "" and i for none.
func (c *scanner) partOfDay(i int) (string, int) {
	if c.w(i) == "at" && c.w(i+1) == "night" {
		return "night", i + 2
	}
	if c.w(i) == "in" && c.w(i+1) == "the" {
		switch w := c.w(i + 2); w {
		case "morning", "afternoon", "evening":
			return w, i + 3
		}
	}
	return "", i
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
// named in the sentence, else the day the sentence before named, a
// weekday or a part of a day too ("the mill flooded on Tuesday night.
// Pumps failed at 11:40 p.m."), else the reference time. A day named
// further back is often the background's.
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
		if best == "" && c.dayBefore != "" {
			best = c.dayBefore
		}
		if best == "" {
			best = c.dayOffset(c.ref, 0)
		}
		ms[x].Value = best + ms[x].Value
	}
}

// clockLead holds the words after which hours and minutes with no "a.m."
// or zone ("18:25") are a time of day: a preposition of time, or an
// estimate of one ("at about 18:25", "shortly after 06:40").
var clockLead = map[string]bool{"at": true, "by": true, "until": true, "till": true, "around": true,
	"about": true, "approximately": true, "roughly": true, "after": true, "before": true, "from": true, "since": true}

// raceTime writes hours, minutes and seconds taken as a TIMEX3 duration,
// leaving out the units that are zero ("PT2H4M31S", "PT58M7S").
func raceTime(h, m, s int) string {
	v := "PT"
	if h > 0 {
		v += fmt.Sprintf("%dH", h)
	}
	if m > 0 {
		v += fmt.Sprintf("%dM", m)
	}
	if s > 0 || h == 0 && m == 0 {
		v += fmt.Sprintf("%dS", s)
	}
	return v
}
