package timex

import (
	"strconv"
	"strings"
	"time"
)

// Interval is the half-open stretch of time [Start, End), in UTC.
type Interval struct{ Start, End time.Time }

// Contains reports whether j lies inside i.
func (i Interval) Contains(j Interval) bool {
	return !j.Start.Before(i.Start) && !j.End.After(i.End)
}

// Overlaps reports whether i and j share any instant.
func (i Interval) Overlaps(j Interval) bool {
	return i.Start.Before(j.End) && j.Start.Before(i.End)
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// Parse returns the interval a DATE or TIME value covers. It returns false
// for durations, reference words, values with X digits and anything
// malformed.
func Parse(value string) (Interval, bool) {
	iv, _, ok := parse(value)
	return iv, ok
}

// Granularity returns the unit of a value: "century", "decade", "year",
// "half", "quarter", "season", "month", "week", "weekend", "day",
// "part-of-day", "hour", "minute" or "second" for DATE and TIME values;
// "duration" for durations, "reference" for PAST_REF, PRESENT_REF and
// FUTURE_REF; "" when the value is not understood.
func Granularity(value string) string {
	switch value {
	case "PAST_REF", "PRESENT_REF", "FUTURE_REF":
		return "reference"
	}
	if strings.HasPrefix(value, "P") {
		if _, ok := ParseDuration(value); ok {
			return "duration"
		}
		return ""
	}
	_, g, ok := parse(value)
	if !ok {
		return ""
	}
	return g
}

// DayLen is the length of a day's value, "2006-01-02".
const DayLen = len("2006-01-02")

// HasDay reports whether a value names a day, or a time of one
// ("2031-04-11", "2031-04-11T05:10"): its first DayLen bytes are that day.
func HasDay(value string) bool {
	return len(value) >= DayLen && value[4] == '-' && value[7] == '-'
}

// IsClock reports whether a DATE or TIME value gives a time of day by the
// clock ("2031-04-11T05:10"), not only a day or a part of one
// ("2031-04-11TNI").
func IsClock(value string) bool {
	switch Granularity(value) {
	case "hour", "minute", "second":
		return true
	}
	return false
}

func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func parse(v string) (Interval, string, bool) {
	datePart, timePart, hasT := strings.Cut(v, "T")
	parts := strings.Split(datePart, "-")
	y, ok := digits(parts[0])
	if !ok {
		return Interval{}, "", false
	}
	if len(parts) == 1 && !hasT {
		switch len(parts[0]) {
		case 2:
			return Interval{date(y*100, 1, 1), date(y*100+100, 1, 1)}, "century", true
		case 3:
			return Interval{date(y*10, 1, 1), date(y*10+10, 1, 1)}, "decade", true
		case 4:
			return Interval{date(y, 1, 1), date(y+1, 1, 1)}, "year", true
		}
		return Interval{}, "", false
	}
	if len(parts[0]) != 4 || len(parts) == 1 || len(parts) > 3 {
		return Interval{}, "", false
	}
	p := parts[1]
	if len(parts) == 2 && !hasT {
		switch {
		case len(p) == 2 && (p[0] == 'H' || p[0] == 'Q'):
			n, ok := digits(p[1:])
			size := map[byte]int{'H': 6, 'Q': 3}[p[0]]
			if !ok || n < 1 || n > 12/size {
				return Interval{}, "", false
			}
			start := date(y, (n-1)*size+1, 1)
			g := map[byte]string{'H': "half", 'Q': "quarter"}[p[0]]
			return Interval{start, start.AddDate(0, size, 0)}, g, true
		case p == "SP" || p == "SU" || p == "FA" || p == "WI":
			m := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p]
			start := date(y, m, 1)
			return Interval{start, start.AddDate(0, 3, 0)}, "season", true
		case len(p) == 3 && p[0] == 'W':
			start, ok := isoWeek(y, p[1:])
			if !ok {
				return Interval{}, "", false
			}
			return Interval{start, start.AddDate(0, 0, 7)}, "week", true
		}
		m, ok := digits(p)
		if !ok || len(p) != 2 || m < 1 || m > 12 {
			return Interval{}, "", false
		}
		return Interval{date(y, m, 1), date(y, m+1, 1)}, "month", true
	}
	if len(parts) == 3 && len(p) == 3 && p[0] == 'W' && parts[2] == "WE" && !hasT {
		start, ok := isoWeek(y, p[1:])
		if !ok {
			return Interval{}, "", false
		}
		return Interval{start.AddDate(0, 0, 5), start.AddDate(0, 0, 7)}, "weekend", true
	}
	if len(parts) != 3 {
		return Interval{}, "", false
	}
	m, ok1 := digits(p)
	d, ok2 := digits(parts[2])
	if !ok1 || !ok2 || len(p) != 2 || len(parts[2]) != 2 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Interval{}, "", false
	}
	day := date(y, m, d)
	if !hasT {
		return Interval{day, day.AddDate(0, 0, 1)}, "day", true
	}
	return parseTime(day, timePart)
}

// parts of the day as TIMEX3 names them, in hours from midnight; night
// runs into the next morning.
var partsOfDay = map[string][2]int{"MO": {6, 12}, "MI": {11, 13}, "AF": {12, 18}, "EV": {18, 22}, "NI": {21, 30}, "DT": {8, 18}}

func parseTime(day time.Time, t string) (Interval, string, bool) {
	if h, ok := partsOfDay[t]; ok {
		return Interval{day.Add(time.Duration(h[0]) * time.Hour), day.Add(time.Duration(h[1]) * time.Hour)}, "part-of-day", true
	}
	f := strings.Split(t, ":")
	if len(f) > 3 {
		return Interval{}, "", false
	}
	var n [3]int
	for i, s := range f {
		v, ok := digits(s)
		if !ok || len(s) != 2 {
			return Interval{}, "", false
		}
		n[i] = v
	}
	if n[0] > 24 || n[1] > 59 || n[2] > 60 || (n[0] == 24 && n[1]+n[2] > 0) {
		return Interval{}, "", false
	}
	start := day.Add(time.Duration(n[0])*time.Hour + time.Duration(n[1])*time.Minute + time.Duration(n[2])*time.Second)
	unit, g := time.Hour, "hour"
	switch len(f) {
	case 2:
		unit, g = time.Minute, "minute"
	case 3:
		unit, g = time.Second, "second"
	}
	return Interval{start, start.Add(unit)}, g, true
}

func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// isoWeek returns the Monday of ISO week w of year y.
func isoWeek(y int, w string) (time.Time, bool) {
	n, ok := digits(w)
	if !ok || n < 1 || n > 53 {
		return time.Time{}, false
	}
	jan4 := date(y, 1, 4) // always in week 1
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	start := monday.AddDate(0, 0, 7*(n-1))
	if yy, ww := start.ISOWeek(); yy != y || ww != n {
		return time.Time{}, false
	}
	return start, true
}

// Duration is a DURATION value split into its calendar parts. A part that
// the value leaves unknown ("PXY") makes ParseDuration fail.
type Duration struct {
	Years, Months, Days float64 // weeks count as 7 days, decades as 10 years
	Seconds             float64 // the time part: hours, minutes and seconds
}

// Approx returns d as an approximate length, with 365.25-day years and
// 30.44-day months, for comparing durations of different units.
func (d Duration) Approx() time.Duration {
	days := d.Years*365.25 + d.Months*30.44 + d.Days
	return time.Duration((days*86400 + d.Seconds) * float64(time.Second))
}

// ParseBoundedDuration reads a duration claim's value, a DURATION value
// that may open with the bound its words set: ">PT5H" is more than five
// hours, "<=P3W" up to three weeks. It returns the bound (">", ">=",
// "<", "<=" or "") and the length.
func ParseBoundedDuration(v string) (bound string, d Duration, ok bool) {
	for _, b := range [...]string{">=", "<=", ">", "<"} {
		if rest, found := strings.CutPrefix(v, b); found {
			bound, v = b, rest
			break
		}
	}
	d, ok = ParseDuration(v)
	return bound, d, ok
}

// ParseDuration reads a TIMEX3 DURATION value: "P2Y", "P6M", "P3W", "P10D",
// "P1DE" (decade), "P1CE" (century), "P1Q" (quarter), "PT10H", "PT1M30S",
// "P1Y6M". It returns false for values with X and for anything else.
func ParseDuration(v string) (Duration, bool) {
	rest, ok := strings.CutPrefix(v, "P")
	if !ok || rest == "" {
		return Duration{}, false
	}
	var d Duration
	inTime := false
	for rest != "" {
		if rest[0] == 'T' {
			if inTime || len(rest) == 1 {
				return Duration{}, false
			}
			inTime, rest = true, rest[1:]
			continue
		}
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.') {
			i++
		}
		n, err := strconv.ParseFloat(rest[:i], 64)
		if i == 0 || err != nil || i == len(rest) {
			return Duration{}, false
		}
		unit := rest[i : i+1]
		rest = rest[i+1:]
		if !inTime && (unit == "D" || unit == "C") && strings.HasPrefix(rest, "E") {
			unit += "E" // DE decade, CE century
			rest = rest[1:]
		}
		switch {
		case inTime && unit == "H":
			d.Seconds += n * 3600
		case inTime && unit == "M":
			d.Seconds += n * 60
		case inTime && unit == "S":
			d.Seconds += n
		case !inTime && unit == "Y":
			d.Years += n
		case !inTime && unit == "M":
			d.Months += n
		case !inTime && unit == "W":
			d.Days += 7 * n
		case !inTime && unit == "D":
			d.Days += n
		case !inTime && unit == "Q":
			d.Months += 3 * n
		case !inTime && unit == "DE":
			d.Years += 10 * n
		case !inTime && unit == "CE":
			d.Years += 100 * n
		default:
			return Duration{}, false
		}
	}
	return d, true
}
