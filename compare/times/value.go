package times

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

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

// Value arithmetic against an anchor (the publication date or the moving
// reference time). When the anchor is too coarse, values keep X digits as
// TimeML does: "yesterday" with no known day is XXXX-XX-XX.

func fmtYear(y int) string { return fmtYMD(y, -1, -1) }

func fmtMonth(t time.Time) string {
	if t.Year() < 0 {
		return t.Format("2006-01")
	}
	return fmtYMD(t.Year(), int(t.Month()), -1)
}

func fmtDay(t time.Time) string {
	if t.Year() < 0 {
		return t.Format("2006-01-02")
	}
	return fmtYMD(t.Year(), int(t.Month()), t.Day())
}

// fmtYM writes a month as %04d-%02d.
func fmtYM(y, m int) string { return fmtYMD(y, m, -1) }

// fmtYMD writes y, m and d as %04d-%02d-%02d, leaving out a month or
// day below 0, without fmt: values are written for every expression found.
func fmtYMD(y, m, d int) string {
	if y < 0 {
		switch {
		case m < 0:
			return fmt.Sprintf("%04d", y)
		case d < 0:
			return fmt.Sprintf("%04d-%02d", y, m)
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	var b [32]byte
	out := appendPad(b[:0], y, 4)
	if m >= 0 {
		out = appendPad(append(out, '-'), m, 2)
		if d >= 0 {
			out = appendPad(append(out, '-'), d, 2)
		}
	}
	return string(out)
}

// appendPad appends n >= 0 in at least width digits, as %0*d does.
func appendPad(b []byte, n, width int) []byte {
	var d [20]byte
	k := len(d)
	for {
		k--
		d[k] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	for len(d)-k < width {
		k--
		d[k] = '0'
	}
	return append(b, d[k:]...)
}

// parseDay reads a valid YYYY-MM-DD as time.Parse("2006-01-02") does;
// with day false it reads YYYY-MM.
func parseDay(s string, day bool) (time.Time, bool) {
	n := 7
	if day {
		n = 10
	}
	if len(s) != n || s[4] != '-' || day && s[7] != '-' {
		return time.Time{}, false
	}
	num := func(from, to int) int {
		v := 0
		for k := from; k < to; k++ {
			if s[k] < '0' || s[k] > '9' {
				return -1
			}
			v = v*10 + int(s[k]-'0')
		}
		return v
	}
	y, m, d := num(0, 4), num(5, 7), 1
	if day {
		d = num(8, 10)
	}
	if y < 0 || m < 1 || m > 12 || d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// unknownValue is the fully underspecified value at a unit's granularity.
var unknownValue = map[string]string{
	"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "H": "XXXX-XX-XX",
	"MIN": "XXXX-XX-XX", "S": "XXXX-XX-XX", "DE": "XXX", "CE": "XX", "Q": "XXXX-QX", "2W": "XXXX-WXX",
}

// shiftValue returns the value n units away from a, at the unit's
// granularity ("two years ago" names a year, "three days ago" a day).
func shiftValue(a anchor, unit string, n int) string {
	need := map[string]int{"Y": granYear, "DE": granYear, "CE": granYear, "M": granMonth, "Q": granMonth}[unit]
	if need == 0 {
		need = granDay
	}
	if a.gran < need {
		return unknownValue[unit]
	}
	t := a.t
	switch unit {
	case "Y":
		return fmtYear(t.Year() + n)
	case "DE":
		return fmt.Sprintf("%03d", t.Year()/10+n)
	case "CE":
		return fmt.Sprintf("%02d", t.Year()/100+n)
	case "M":
		return fmtMonth(time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC))
	case "Q":
		q := t.Year()*4 + quarterOf(t) - 1 + n
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case "W", "2W":
		if unit == "2W" {
			n *= 2
		}
		return fmtWeek(t.AddDate(0, 0, 7*n))
	case "H", "MIN", "S":
		return fmtDay(t) // the hour of publication is not known
	}
	return fmtDay(t.AddDate(0, 0, n))
}

// weekdayValue resolves a weekday (1 Monday … 7 Sunday) against a: the
// latest such day on or before a, or with dir > 0 the first on or after it.
// strict excludes a itself ("last Friday" said on a Friday).
func weekdayValue(a anchor, wd, dir int, strict bool) string {
	if a.gran < granDay {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	cur := (int(a.t.Weekday())+6)%7 + 1
	var delta int
	if dir > 0 {
		delta = (wd - cur + 7) % 7
		if delta == 0 && strict {
			delta = 7
		}
	} else {
		delta = -((cur - wd + 7) % 7)
		if delta == 0 && strict {
			delta = -7
		}
	}
	return fmtDay(a.t.AddDate(0, 0, delta))
}

// yearFor picks the year of a month (and day, 0 when unknown) written
// without one: of the publication year and its neighbours, the one that
// puts the date nearest to publication, as news speaks of the months
// around it ("in January" in an October article is the coming January).
// A date on the wrong side of publication for the tense counts four
// months further away, enough to tip "stepped down in March" (said in
// October) into the past but not "payable Dec. 15" after a stray "reduced".
func yearFor(a anchor, month, day, tense int) (int, bool) {
	if a.gran < granYear {
		return 0, false
	}
	y := a.t.Year()
	if a.gran < granMonth {
		return y, true
	}
	ad := a.t.Day()
	if a.gran < granDay {
		ad = 15
	}
	if day == 0 {
		day = 15
	}
	best, bestCost := y, 1<<30
	for _, cand := range []int{y - 1, y, y + 1} {
		// distance in half-months from publication to the date in cand
		diff := (cand-y)*24 + (month-int(a.t.Month()))*2 + (day-ad)/15
		cost := diff
		if cost < 0 {
			cost = -cost
		}
		if tense < 0 && diff > 0 || tense > 0 && diff < 0 {
			cost += 8
		}
		if cost < bestCost {
			best, bestCost = cand, cost
		}
	}
	return best, true
}

func monthValue(a anchor, month, tense int) string {
	y, ok := yearFor(a, month, 0, tense)
	if !ok {
		return fmt.Sprintf("XXXX-%02d", month)
	}
	return fmtYM(y, month)
}

func dayValue(y, month, day int) (string, bool) {
	if month < 1 || month > 12 || day < 1 || day > time.Date(y, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return "", false
	}
	return fmtYMD(y, month, day), true
}

// durationValue writes n units as a TIMEX3 duration; n < 0 means an
// unknown number ("several years": PXY).
func durationValue(n float64, unit string) string {
	if n < 0 {
		switch unit {
		case "H", "MIN", "S":
			return "PTX" + map[string]string{"H": "H", "MIN": "M", "S": "S"}[unit]
		case "2W":
			return "PXW"
		}
		return "PX" + unit
	}
	switch unit {
	case "DE":
		n, unit = n*10, "Y"
	case "CE":
		n, unit = n*100, "Y"
	case "2W":
		n, unit = n*2, "W"
	}
	if n != float64(int(n)) { // a half: write it in the next smaller unit
		smaller := map[string]struct {
			unit string
			k    float64
		}{"Y": {"M", 12}, "M": {"D", 30}, "W": {"D", 7}, "D": {"H", 24}, "H": {"MIN", 60}, "MIN": {"S", 60}, "Q": {"M", 3}}
		if s, ok := smaller[unit]; ok {
			whole := float64(int(n))
			part := (n - whole) * s.k
			if whole == 0 {
				return durationValue(part, s.unit)
			}
			if unit == "MIN" || unit == "H" {
				return "PT" + fmtNum(whole) + timeLetter(unit) + fmtNum(part) + timeLetter(s.unit)
			}
			if s.unit == "H" {
				return "P" + fmtNum(whole) + unit + "T" + fmtNum(part) + "H"
			}
			return "P" + fmtNum(whole) + unit + fmtNum(part) + s.unit
		}
	}
	switch unit {
	case "H", "MIN", "S":
		return "PT" + fmtNum(n) + timeLetter(unit)
	}
	return "P" + fmtNum(n) + unit
}

func timeLetter(unit string) string {
	return map[string]string{"H": "H", "MIN": "M", "S": "S"}[unit]
}

// fmtNum writes f without trailing zeros.
func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// isDay reports whether v names one day (possibly with a time after it).
func isDay(v string) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && !strings.ContainsAny(v[:10], "XW")
}
