package mentions

import (
	"math"
	"strconv"
	"strings"
)

// dimension is what a unit measures and how to reach its base unit:
// base = value×scale + offset.
type dimension struct {
	base          string  // the base unit's code: "m", "kg", "C"
	scale, offset float64 // to the base unit
	metric        bool    // SI or metric-derived, so that metric↔metric is exact
}

// dimensions maps every unit code of the Value grammar that has a
// conversion to its dimension. Codes not listed (currencies, "%", "pp",
// "ratio") are their own base: they compare only with themselves.
var dimensions = map[string]dimension{
	// length → metre
	"m": {"m", 1, 0, true}, "km": {"m", 1000, 0, true}, "cm": {"m", 0.01, 0, true},
	"mm": {"m", 0.001, 0, true}, "mi": {"m", 1609.344, 0, false}, "ft": {"m", 0.3048, 0, false},
	"in": {"m", 0.0254, 0, false}, "yd": {"m", 0.9144, 0, false},
	// mass → kilogram
	"kg": {"kg", 1, 0, true}, "g": {"kg", 0.001, 0, true}, "t": {"kg", 1000, 0, true},
	"lb": {"kg", 0.45359237, 0, false}, "oz": {"kg", 0.028349523125, 0, false},
	// temperature → degree Celsius
	"C": {"C", 1, 0, true}, "F": {"C", 5.0 / 9, -32 * 5.0 / 9, false},
	// area → square metre
	"m2": {"m2", 1, 0, true}, "km2": {"m2", 1e6, 0, true}, "ha": {"m2", 1e4, 0, true},
	"acre": {"m2", 4046.8564224, 0, false}, "mi2": {"m2", 2589988.110336, 0, false},
	"ft2": {"m2", 0.09290304, 0, false},
	// volume → litre (US gallon and oil barrel)
	"l": {"l", 1, 0, true}, "ml": {"l", 0.001, 0, true}, "gal": {"l", 3.785411784, 0, false},
	"bbl": {"l", 158.987294928, 0, false},
	// speed → kilometre per hour
	"km/h": {"km/h", 1, 0, true}, "mph": {"km/h", 1.609344, 0, false},
}

// Base returns q in the base unit of its dimension: metres for km, miles
// and feet; kilograms for tonnes and pounds; °C for °F; square metres for
// hectares, acres and km²; litres for gallons and barrels; km/h for mph.
// A count, a percentage, a ratio and an amount of money are their own
// base (money magnitudes are already in the Value: "$1.2 billion" and
// "1,200 million dollars" both read "1200000000 USD"); currencies are
// never converted, so USD and EUR stay apart.
//
// A figure converted from imperial or US units comes out inexact, so
// that the judge's tolerance applies: writers round such conversions
// ("5 km (3.1 miles)"). Metric scalings (km to m) stay exact.
func (q Quantity) Base() Quantity {
	d, ok := dimensions[q.Unit]
	if !ok || q.Unit == d.base {
		return q
	}
	conv := func(f float64) float64 {
		if math.IsInf(f, 0) {
			return f
		}
		return f*d.scale + d.offset
	}
	b := Quantity{Lo: conv(q.Lo), Hi: conv(q.Hi), Unit: d.base, Exact: q.Exact && d.metric}
	if b.Lo > b.Hi { // no scale is negative, but stay safe on rounding
		b.Lo, b.Hi = b.Hi, b.Lo
	}
	return b
}

// Comparable reports whether a and b measure the same dimension, so that
// their Base values may be compared: a count with a count, a length with
// a length (km with miles), money in the same currency. Quantities that
// are not comparable neither agree nor conflict.
func Comparable(a, b Quantity) bool {
	return baseUnit(a.Unit) == baseUnit(b.Unit)
}

func baseUnit(u string) string {
	if d, ok := dimensions[u]; ok {
		return d.base
	}
	return u
}

// denominators are the fraction words after a numerator: "two-thirds",
// "three quarters", "one-fifth".
var denominators = map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3,
	"quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}

// fractionAt reads a fraction in words at toks[k] as a percentage:
// "two-thirds", "one-quarter of", "three quarters of". The numerator is
// below the denominator, a singular denominator takes "one" and a plural
// one more than one ("two-third" and "one-thirds" are not fractions). A
// spaced fraction needs "of" after it, so that "the third quarter" and
// "three quarters" of a game stay ordinals and counts.
func fractionAt(toks []token, k int, c *core) (int, bool) {
	n := len(toks)
	num, ok := unitWords[toks[k].low]
	if !ok || num == 0 || k+1 >= n {
		return 0, false
	}
	j := k + 1
	hyphen := toks[j].text == "-" && adjacent(toks[k], toks[j])
	if hyphen {
		if j+1 >= n || !adjacent(toks[j], toks[j+1]) {
			return 0, false
		}
		j++
	}
	w := toks[j].low
	den, ok := denominators[w]
	plural := strings.HasSuffix(w, "s")
	if !ok || num >= den || plural != (num > 1) || !hyphen && (j+1 >= n || toks[j+1].low != "of") {
		return 0, false
	}
	if end, ok := partOfScale(toks, j+2, num/den, c); ok {
		// "three quarters of a million": a number.
		return end, true
	}
	c.lo = num / den * 100
	c.hi, c.vague, c.unit = c.lo, true, unitInfo{"%", "percent"}
	return j + 1, true
}

// ratioWindow is how many tokens before a number "ratio" may stand and
// still introduce it: "the ratio of boys to girls is 2 to 7".
const ratioWindow = 12

// ratioAt reads a ratio at toks[j] when the sentence calls it one: "2 to
// 7" or "2:7" after "ratio", or followed by "ratio" ("a 3 to 1 ratio").
// A ratio is one number, a/b, with unit "ratio"; without the word it is a
// range ("20 to 30"). It returns the quotient and the index after the
// second number.
func ratioAt(toks []token, i, j int) (float64, int, bool) {
	n := len(toks)
	a, ok := smallNumber(toks, j)
	if !ok || j+2 >= n {
		return 0, 0, false
	}
	sep := toks[j+1]
	if sep.low != "to" && !(sep.text == ":" && adjacent(toks[j], sep) && adjacent(sep, toks[j+2])) {
		return 0, 0, false
	}
	b, ok := smallNumber(toks, j+2)
	if !ok || b == 0 {
		return 0, 0, false
	}
	named := j+3 < n && (toks[j+3].low == "ratio" || toks[j+3].low == "ratios")
	for p := i - 1; p >= 0 && p >= i-ratioWindow && !named; p-- {
		named = toks[p].low == "ratio" || toks[p].low == "ratios"
	}
	if !named {
		return 0, 0, false
	}
	return a / b, j + 3, true
}

// smallNumber reads one token as a number: plain digits with separators
// or a number word up to nineteen or a round ten.
func smallNumber(toks []token, j int) (float64, bool) {
	t := toks[j]
	if t.kind == tNum {
		clean, ok := cleanDigits(t.text)
		if !ok {
			return 0, false
		}
		f, err := strconv.ParseFloat(clean, 64)
		return f, err == nil
	}
	if v, ok := unitWords[t.low]; ok {
		return v, true
	}
	v, ok := tensWords[t.low]
	return v, ok
}
