package mentions

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// A quantity mention's Value follows this grammar:
//
//	value = [bound] number ["-" number] [" " unit]
//	bound = ">=" | ">" | "<=" | "<" | "~<" | "~"
//
// number is a non-negative decimal without exponent ("6", "1200000000",
// "0.25"); a range ("20-30") takes no bound but "~" ("~24-99" for
// "dozens"); unit is a currency code ("USD"), "%", "pp" (percentage
// points) or a unit symbol ("km", "kg"). A count has no unit: the counted
// noun is the Mention's Type. "~<" is approximately but not above:
// "nearly 90" is a little under 90, so 90.8 contradicts it.

// Quantity is a parsed quantity Value: the closed interval [Lo, Hi] with
// its unit. Open bounds are math.Inf; a strict bound (">20") starts at the
// next float after 20 so that the interval stays closed. Exact is false
// when the source was approximate ("about", "dozens"); the judge then
// applies its tolerance around [Lo, Hi].
type Quantity struct {
	Lo, Hi float64
	Unit   string
	Exact  bool
	// Below is set for an approximation from below ("nearly", "almost"):
	// the tolerance applies under the value only.
	Below bool
}

// ParseQuantity parses a Value of a quantity mention. It reports false for
// a string outside the grammar above.
func ParseQuantity(v string) (q Quantity, ok bool) {
	bound := ""
	for _, b := range [...]string{">=", "<=", ">", "<", "~<", "~"} {
		if strings.HasPrefix(v, b) {
			bound, v = b, v[len(b):]
			break
		}
	}
	if i := strings.IndexByte(v, ' '); i >= 0 {
		q.Unit, v = v[i+1:], v[:i]
		if q.Unit == "" || strings.ContainsAny(q.Unit, " \t\n") {
			return Quantity{}, false
		}
	}
	lo, hi, isRange := v, v, false
	if i := strings.IndexByte(v, '-'); i >= 0 {
		lo, hi, isRange = v[:i], v[i+1:], true
	}
	a, ok1 := parseDecimal(lo)
	b, ok2 := parseDecimal(hi)
	if !ok1 || !ok2 || isRange && (a >= b || bound != "" && bound != "~") || bound == "~<" && a == 0 {
		return Quantity{}, false
	}
	q.Lo, q.Hi, q.Exact = a, b, true
	switch bound {
	case ">=":
		q.Hi = math.Inf(1)
	case ">":
		q.Lo, q.Hi = math.Nextafter(a, math.Inf(1)), math.Inf(1)
	case "<=":
		q.Lo = math.Inf(-1)
	case "<":
		if a == 0 {
			return Quantity{}, false // nothing is below zero
		}
		q.Lo, q.Hi = math.Inf(-1), math.Nextafter(a, math.Inf(-1))
	case "~":
		q.Exact = false
	case "~<":
		q.Exact, q.Below = false, true
	}
	return q, true
}

// parseDecimal accepts digits with at most one inner ".", nothing else,
// so that strconv's extras (signs, exponents, "Inf", "_") stay out.
func parseDecimal(s string) (float64, bool) {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' {
		return 0, false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && !dot:
			dot = true
		case c < '0' || c > '9':
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// String formats q in the Value grammar; for a Value v,
// ParseQuantity(v) followed by String gives v back.
func (q Quantity) String() string {
	var s string
	inf, ninf := math.IsInf(q.Hi, 1), math.IsInf(q.Lo, -1)
	switch {
	case ninf && inf:
		return ""
	case inf:
		// A strict bound was stored as the next float: undo it when that
		// gives the shorter (source) number.
		if p := math.Nextafter(q.Lo, math.Inf(-1)); len(shortest(p)) < len(shortest(q.Lo)) {
			s = ">" + shortest(p)
		} else {
			s = ">=" + shortest(q.Lo)
		}
	case ninf:
		if n := math.Nextafter(q.Hi, math.Inf(1)); len(shortest(n)) < len(shortest(q.Hi)) {
			s = "<" + shortest(n)
		} else {
			s = "<=" + shortest(q.Hi)
		}
	case q.Lo == q.Hi:
		s = shortest(q.Lo)
	default:
		s = shortest(q.Lo) + "-" + shortest(q.Hi)
	}
	switch {
	case q.Below && !inf && !ninf:
		s = "~<" + s
	case !q.Exact && !inf && !ninf:
		s = "~" + s
	}
	if q.Unit != "" {
		s += " " + q.Unit
	}
	return s
}

func shortest(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// formatNum writes f without exponent, rounded to six decimals so that
// thirds do not print seventeen digits.
func formatNum(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 > 6 {
		s = strconv.FormatFloat(f, 'f', 6, 64)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func findQuantities(d *compare.Document, ss []compare.Sentence) []compare.Mention {
	return quantitiesIn(tokenizeSentences(d, ss))
}

// quantitiesIn returns the quantities of sentences already tokenised.
func quantitiesIn(ts *sentenceTokens) []compare.Mention {
	var ms []compare.Mention
	for i := range ts.sentences() {
		ms = appendQuantities(ms, ts.sentence(i))
	}
	return ms
}

// appendQuantities scans one sentence's tokens left to right.
func appendQuantities(ms []compare.Mention, toks []token) []compare.Mention {
	for i := 0; i < len(toks); {
		if !mayStartQuantity(toks[i]) {
			i++
			continue
		}
		m, next, ok := quantityAt(toks, i)
		if ok {
			ms = append(ms, m)
		}
		i = max(next, i+1)
	}
	return ms
}

// mayStartQuantity reports whether quantityAt can do anything at t but
// move on to the next token: t is a number, or a word or symbol that can
// begin a quantity (a number word, a bound, a currency). Most tokens are
// none of these, and skip quantityAt's many questions.
func mayStartQuantity(t token) bool {
	return t.kind == tNum || quantityStarts[t.low] || t.text != t.low && quantityStarts[t.text]
}

// quantityStarts are the words and symbols quantityAt reads something
// at, taken from the tables it consults about its first token: bounds
// (matchBound), ratios (smallNumber), currencies (parseCore) and number
// words (wordsAt, fractionAt).
var quantityStarts = func() map[string]bool {
	m := wordSet("between twice thrice dozens scores hundreds thousands millions billions tens several few half a an")
	addKeys(m, hedges)
	addKeys(m, boundPhrases)
	addKeys(m, unitWords)
	addKeys(m, tensWords)
	addKeys(m, dollarPrefixes)
	addKeys(m, currencySymbols)
	addKeys(m, currencyCodes)
	return m
}()

// addKeys adds the keys of m to set.
func addKeys[V any](set map[string]bool, m map[string]V) {
	for k := range m {
		set[k] = true
	}
}

// sameUnitWritten reports whether two numbers written as a range name no
// units that differ: a unit or currency written with each must be one,
// and a unit written after the first is written after the second too
// ("5 to 6 percent", "5 percent to 6 percent", not "5 percent to 6
// million", a change and what it came to).
func sameUnitWritten(a, b core) bool {
	ua, ub := a.cur+"|"+a.unit.code, b.cur+"|"+b.unit.code
	if a.unit.code != "" && ub == "|" {
		return false
	}
	return ua == "|" || ub == "|" || ua == ub
}

// floats returns a word list's numbers as floats, as quantities compute.
func floats(m map[string]int) map[string]float64 {
	out := make(map[string]float64, len(m))
	for w, v := range m {
		out[w] = float64(v)
	}
	return out
}

// changeAndLevel reports whether the numbers c and c2, written "X to Y"
// from toks[i] with a unit after each, are a change and the level it came
// to: a verb of change comes before ("dropped 2.15 dollars to 63.80
// dollars"). A unit written once ("rose 5 to 7 percent") still makes a
// range.
func changeAndLevel(toks []token, i int, c, c2 core) bool {
	if c.cur+c.unit.code == "" || c2.cur+c2.unit.code == "" {
		return false
	}
	if c.mag == 0 && c2.mag != 0 && c.lo < c2.raw {
		return false // "$3 to $4 million": one scale for both, a range
	}
	k := i - 1
	if k >= 0 && toks[k].low == "by" {
		k--
	}
	return k >= 0 && toks[k].kind == tWord && changeVerbs.Get(toks[k].low, isChangeVerb)
}

// changeVerbs remembers isChangeVerb's answers.
var changeVerbs memo.Strings[bool]

// isChangeVerb reports whether a word is a form of a verb WordNet gives a
// sense of increase or decrease ("rose", "dipped", "climbed").
func isChangeVerb(w string) bool {
	v := lexicon.Lemma(w, lexicon.Verb)
	if v == "" || v == w {
		return false // uninflected, the word is as often a noun ("a rise")
	}
	_, ok := lexicon.FirstClassOf(v, lexicon.Verb, lexicon.Increase, lexicon.Decrease)
	return ok
}

// quantityAt tries to read a quantity starting at toks[i]. next is where
// scanning resumes (past an excluded construct such as a date or phone
// number, so that its parts are not read again as counts).
func quantityAt(toks []token, i int) (m compare.Mention, next int, ok bool) {
	bound, j := "", i
	between := toks[i].low == "between"
	if between {
		j = i + 1
	} else {
		bound, j = matchBound(toks, i)
	}
	if j >= len(toks) {
		return m, i + 1, false
	}
	if r, next, ok := ratioAt(toks, i, j); ok && !between {
		end := toks[next-1].end
		if next < len(toks) && (toks[next].low == "ratio" || toks[next].low == "ratios") {
			next++
		}
		num := formatNum(r)
		if bound == "<" && num == "0" {
			return m, next, false // nothing is below zero
		}
		return compare.Mention{Kind: compare.Quantity, Type: "ratio",
			Span: compare.Span{Start: toks[i].start, End: end}, Value: bound + num + " ratio"}, next, true
	}
	c, st := parseCore(toks, j)
	if st != coreOK {
		if st > coreOK && bound == "" {
			return m, int(st), false
		}
		return m, i + 1, false
	}
	if c.one && excludedOne(toks, j, c.next) {
		return m, c.next, false
	}
	if identifierBefore(toks, j) || bound == "" && nameNumber(toks, j, c) {
		return m, c.next, false
	}

	// A range: "20-30", "20 to 30", "two or three", "between 20 and 30".
	ranged := false
	if k := c.next; k+1 < len(toks) {
		sep := toks[k]
		hyphen := sep.low == "-" && adjacent(toks[k-1], sep) && adjacent(sep, toks[k+1]) || sep.low == "–"
		word := between && sep.low == "and" ||
			!between && bound == "" && (sep.low == "to" && !prevIs(toks, i, "from") || sep.low == "or")
		if hyphen || word {
			c2, st2 := parseCore(toks, k+1)
			switch {
			case st2 == coreOK && hyphen && c.digits == 3 && c2.digits == 4 && c.plain && c2.plain:
				return m, c2.next, false // 555-1234: a phone number
			case st2 == coreOK && hyphen && c.year && c2.year:
				return m, c2.next, false // 2006-2007: years, for the time finder
			case st2 == coreOK:
				// The first number takes the second's scale and unit only
				// when it has no unit of its own, or the same one: "1.5
				// percent to 83 million barrels" is a change and its
				// result, not a range.
				r, written := c, sameUnitWritten(c, c2) && !changeAndLevel(toks, i, c, c2)
				if r.mag == 0 && c2.mag != 0 && r.lo < c2.raw {
					r.lo, r.hi = scaled(r.lo, c2.mag), scaled(r.hi, c2.mag)
				}
				if r.cur == "" {
					r.cur = c2.cur
				}
				if r.unit.code == "" {
					r.unit = c2.unit
				} else if c2.unit.code == "" {
					c2.unit = r.unit
				}
				if r.lo < c2.hi && r.unit == c2.unit && r.cur == c2.cur && written {
					c = r
					c.hi, c.end, c.next = c2.hi, c2.end, c2.next
					c.approx = c.approx || c2.approx || sep.low == "or"
					c.year, ranged = false, true
					if c2.typ != "" {
						c.typ = c2.typ
					}
					if c2.vague {
						c.vague = true
					}
				} else if hyphen && c.plain && c2.plain {
					return m, c2.next, false // 3-2: a score, not a range
				}
			}
		}
	}
	if between && !ranged {
		return m, i + 1, false
	}
	// "a dozen or so", "20 or so people": approximate, and the counted
	// noun follows "so".
	if k := c.next; !ranged && k+1 < len(toks) && toks[k].low == "or" && toks[k+1].low == "so" {
		c.approx, c.end, c.next = true, toks[k+1].end, k+2
	}

	typ := c.typ
	code := c.cur
	switch {
	case c.cur != "":
		typ = strings.ToLower(c.cur)
	case c.unit.code != "":
		typ, code = c.unit.typ, c.unit.code
	}
	if code == "" && typ == "" {
		typ = countedNoun(toks, c.next, c.vague)
	}
	if c.year && bound == "" && !ranged && (yearContext(toks, j) || !pluralNoun(toks, c.next)) {
		return m, c.next, false
	}

	if bound == "<" && formatNum(c.lo) == "0" {
		return m, c.next, false // "less than 0": nothing is below zero
	}
	if bound == "~<" && formatNum(c.lo) == "0" {
		bound = "~" // "nearly 0": nothing is under zero to approach it from
	}
	// A range takes no bound but "~"; a vague number is approximate.
	v := bound
	if c.lo != c.hi {
		v = ""
		if c.approx || bound == "~" || bound == "~<" {
			v = "~"
		}
	} else if c.approx && v == "" {
		v = "~"
	}
	v += formatNum(c.lo)
	if hi := formatNum(c.hi); c.hi != c.lo && hi != formatNum(c.lo) {
		v += "-" + hi
	}
	if code != "" {
		v += " " + code
	}
	start := toks[i].start
	return compare.Mention{Kind: compare.Quantity, Type: typ,
		Span: compare.Span{Start: start, End: c.end}, Value: v}, c.next, true
}

// coreStatus is coreOK, coreNone, or a token index to skip to.
type coreStatus int

const (
	coreNone coreStatus = -1
	coreOK   coreStatus = 0
)

// core is one number with its currency, magnitude and unit.
type core struct {
	lo, hi float64 // equal unless vague ("dozens": 24-99)
	raw    float64 // the number before its magnitude
	mag    int     // power of ten applied ("million": 6), 0 when none
	approx bool
	vague  bool // a vague plural or fraction, whose noun follows "of"
	one    bool // the single word "one", often a pronoun
	plain  bool // bare digits without separators
	year   bool // plain 4 digits that could be a year
	digits int  // number of digits of a plain number
	cur    string
	unit   unitInfo
	typ    string // a Type the number itself implies ("twice": "time")
	end    int    // byte offset after the expression
	next   int    // token index after the expression
}

type unitInfo struct{ code, typ string }

// currencyCodes are ISO 4217 codes written before a number.
var currencyCodes = map[string]bool{"USD": true, "EUR": true, "GBP": true, "JPY": true, "KRW": true,
	"CNY": true, "INR": true, "RUB": true, "CHF": true, "AUD": true, "CAD": true, "HKD": true}

var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR"}

// dollarPrefixes are the letters before "$" that name other dollars.
var dollarPrefixes = map[string]string{"us": "USD", "hk": "HKD", "a": "AUD", "au": "AUD",
	"c": "CAD", "ca": "CAD", "nz": "NZD", "s": "SGD", "nt": "TWD"}

func parseCore(toks []token, k int) (c core, st coreStatus) {
	n := len(toks)
	// Currency before the number: "$", "US$", "€".
	if t := toks[k]; t.kind == tWord && k+1 < n && toks[k+1].text == "$" && adjacent(t, toks[k+1]) {
		code, ok := dollarPrefixes[t.low]
		if !ok {
			return c, coreNone
		}
		c.cur, k = code, k+2
	} else if code, ok := currencySymbols[t.text]; ok {
		c.cur, k = code, k+1
	} else if currencyCodes[t.text] && k+1 < n && toks[k+1].kind == tNum {
		c.cur, k = t.text, k+1 // "USD 5 million"
	}
	if k >= n {
		return c, coreNone
	}
	t := toks[k]
	switch t.kind {
	case tNum:
		s, st := digitsAt(toks, k, &c)
		if st != coreOK {
			return c, st
		}
		k = s
	case tWord:
		s, ok := wordsAt(toks, k, &c)
		if !ok {
			return c, coreNone
		}
		k = s
	default:
		return c, coreNone
	}
	c.end = toks[k-1].end

	// Times of day: "10 a.m.", "ten o'clock".
	if k < n && isClock(toks, k) {
		return c, coreStatus(k + 1)
	}
	// Dates: "Dec. 3", "3 December".
	if c.plain && (monthBefore(toks, k-1) || k < n && months[toks[k].low] && isCap(toks[k].text)) {
		return c, coreStatus(k)
	}

	// A hyphen compound: "10-km" measures, "two-star" and "three-day"
	// describe something else.
	if k+1 < n && toks[k].text == "-" && adjacent(toks[k-1], toks[k]) && adjacent(toks[k], toks[k+1]) && toks[k+1].kind == tWord {
		u, ok := hyphenUnits[toks[k+1].low]
		if !ok && toks[k+1].low == "magnitude" {
			// "a 6.2-magnitude quake": a reading on the scale, which
			// claims tell from counts by this type.
			c.typ, c.end, c.next = "magnitude", toks[k+1].end, k+2
			c.year = false
			c.hi = c.lo
			return c, coreOK
		}
		if !ok && memberCount(toks, k+1) {
			// "a 120-member assembly", "a ten-storey block": how many
			// of a thing the noun after it has.
			c.typ, c.end, c.next = toks[k+1].low, toks[k+1].end, k+2
			c.year = false
			c.hi = c.lo
			return c, coreOK
		}
		if !ok {
			return c, coreStatus(k + 2)
		}
		c.unit, c.end, c.next = u, toks[k+1].end, k+2
		c.year = false
		c.hi = c.lo
		return c, coreOK
	}
	if u, s := matchUnit(toks, k, c.cur != ""); s > k {
		if toks[k].low == "basis" {
			// "50 basis points" is half a percentage point, as a
			// report in percentage points would give it.
			c.lo, c.hi = c.lo/basisPoints, c.hi/basisPoints
		}
		if strings.ToUpper(u.code) == u.code && u.code != "%" && c.cur == "" && u.typ == strings.ToLower(u.code) {
			c.cur = u.code // a currency word: "dollars"
		} else if u.typ != strings.ToLower(u.code) || c.cur == "" {
			c.unit = u
		}
		c.end, k = toks[s-1].end, s
		c.year = false
	}
	if c.cur != "" {
		c.year = false
	}
	c.next = k
	return c, coreOK
}

// digitsAt reads a number in digits at toks[k] with its magnitude.
func digitsAt(toks []token, k int, c *core) (int, coreStatus) {
	n := len(toks)
	t := toks[k]
	if k > 0 && adjacent(toks[k-1], t) {
		switch p := toks[k-1].text; {
		case p == "-" && k > 1 && adjacent(toks[k-2], toks[k-1]) && toks[k-2].kind == tWord:
			return 0, coreStatus(k + 1) // F-16, COVID-19
		case p == "+" || p == "#" || p == "(" && k+2 < n && toks[k+1].text == ")":
			return 0, coreStatus(skipChain(toks, k))
		}
	}
	clean, ok := cleanDigits(t.text)
	if !ok {
		return 0, coreStatus(k + 1)
	}
	if k+2 < n && adjacent(t, toks[k+1]) && adjacent(toks[k+1], toks[k+2]) && toks[k+2].kind == tNum {
		switch toks[k+1].text {
		case ":", "/":
			return 0, coreStatus(skipChain(toks, k)) // 10:30, 12/3/2007, 3/4
		case "-", ".":
			if k+4 < n && adjacent(toks[k+2], toks[k+3]) && (toks[k+3].text == "-" || toks[k+3].text == ".") &&
				adjacent(toks[k+3], toks[k+4]) && toks[k+4].kind == tNum {
				return 0, coreStatus(skipChain(toks, k)) // 555-123-4567, 2007-12-03
			}
		}
	}
	c.plain = clean == t.text
	c.digits = len(clean)
	end := k + 1
	// "1 200": a space between thousands.
	if c.plain && len(clean) <= 3 && end < n && toks[end].kind == tNum && len(toks[end].text) == 3 &&
		cleanIsPlain(toks[end].text) && toks[end].start == t.end+1 &&
		(end+1 >= n || toks[end+1].kind != tNum) {
		clean += toks[end].text
		c.digits = len(clean)
		end++
	}
	c.raw, _ = strconv.ParseFloat(clean, 64)
	c.year = c.plain && len(clean) == 4 && c.raw >= 1800 && c.raw <= 2099
	if end < n && adjacent(toks[end-1], toks[end]) && toks[end].kind == tWord {
		w := toks[end].low
		switch {
		case ordinalSuffix[w]:
			return 0, coreStatus(end + 1) // 3rd
		case w == "am" || w == "pm" || w == "a" && isClock(toks, end):
			return 0, coreStatus(end + 1)
		}
		if e, ok := magSuffix[w]; ok || currencyMag[w] != 0 && c.cur != "" {
			if !ok {
				e = currencyMag[w]
			}
			c.mag = e
			end++
		} else if _, unit := hyphenUnits[w]; !unit {
			return 0, coreStatus(end + 1) // 3D, 1990s
		}
	} else if end < n && toks[end].kind == tWord {
		if e, ok := scaleWords[toks[end].low]; ok {
			c.mag = e
			end++
		} else if e, ok := magSuffix[toks[end].low]; ok {
			// The abbreviations of wire copy, written apart: "$350 bln",
			// "9 bn euros".
			c.mag = e
			end++
		} else if toks[end].low == "dozen" {
			c.raw *= 12
			clean = strconv.FormatFloat(c.raw, 'f', -1, 64)
			end++
		}
	}
	if c.mag != 0 {
		c.year = false
		c.lo = scaledString(clean, c.mag)
	} else {
		c.lo = c.raw
	}
	c.hi = c.lo
	return end, coreOK
}

// skipChain returns the index after a run of numbers joined by
// punctuation without spaces (dates, times, phone numbers).
func skipChain(toks []token, k int) int {
	for k+1 < len(toks) && adjacent(toks[k], toks[k+1]) && toks[k+1].kind != tWord {
		k++
	}
	return k + 1
}

// cleanDigits removes thousands separators, rejecting ill-formed groups
// ("1,2", "1.2.3") that are lists or versions rather than numbers. It
// closes the space of a split decimal ("61. 3"), the one space a number
// token may hold.
func cleanDigits(s string) (string, bool) {
	s = strings.Replace(s, ". ", ".", 1)
	if cleanIsPlain(s) {
		return s, true
	}
	var b strings.Builder
	dot := false
	for i, group := range strings.Split(s, ",") {
		if i > 0 {
			g := group
			if j := strings.IndexByte(g, '.'); j >= 0 {
				g = g[:j]
			}
			if len(g) != 3 {
				return "", false
			}
		} else if len(group) > 3 && strings.Contains(s, ",") && !strings.Contains(group, ".") {
			return "", false
		}
		if strings.Count(group, ".") > 1 || strings.Contains(group, ".") && dot {
			return "", false
		}
		if strings.Contains(group, ".") {
			dot = true
		}
		b.WriteString(group)
	}
	return b.String(), true
}

func cleanIsPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// RoundingHalf returns half the unit of the last digit of the first
// figure in text written with a scale word or suffix, as quantities read
// them ("8.2 million": 50,000; "$350 bln": 500 million), or 0 when there
// is none: what a figure so written may have been rounded by.
func RoundingHalf(text string) float64 {
	m := scaledFigure().FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	w := strings.ToLower(m[2])
	e, ok := scaleWords[w]
	if !ok {
		e, ok = magSuffix[w]
	}
	if !ok {
		e = currencyMag[w]
	}
	return math.Pow(10, float64(e-len(m[1]))) / 2
}

// currencyMag are the suffixes an amount of money takes ("€350m",
// "$20k").
var currencyMag = map[string]int{"m": 6, "k": 3}

// scaledFigure matches a figure and the scale word or suffix after it,
// capturing its digits after the point and the word.
var scaledFigure = sync.OnceValue(func() *regexp.Regexp {
	words := slices.Concat(slices.Collect(maps.Keys(scaleWords)), slices.Collect(maps.Keys(magSuffix)), slices.Collect(maps.Keys(currencyMag)))
	slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) }) // longest first
	return regexp.MustCompile(`(?i)\d+(?:\.(\d+))?\s*-?\s*(` + strings.Join(words, "|") + `)\b`)
})

// scaledString returns clean×10^e, rounded once as a decimal.
func scaledString(clean string, e int) float64 {
	f, _ := strconv.ParseFloat(clean+"e"+strconv.Itoa(e), 64)
	return f
}

func scaled(f float64, e int) float64 { return scaledString(formatNum(f), e) }

// partOfScale reads, at toks[j], "a million" (or "a thousand", "a
// dozen"...) of which part is a share, as part of that number: "half a
// million", "a quarter of a billion". It reads nothing when toks[j] is
// not "a" or "an" before such a word.
func partOfScale(toks []token, j int, part float64, c *core) (int, bool) {
	if j+1 >= len(toks) || toks[j].low != "a" && toks[j].low != "an" {
		return 0, false
	}
	if j+2 < len(toks) && toks[j+1].low == "percentage" && toks[j+2].low == "point" {
		// "a quarter of a percentage point", "half a percentage point".
		c.lo, c.hi = part, part
		c.unit = unitInfo{"pp", "percentage point"}
		return j + 3, true
	}
	var whole float64
	switch w := toks[j+1].low; w {
	case "dozen":
		whole = 12
	case "hundred":
		whole = 100
	default:
		e, ok := scaleWords[w]
		if !ok {
			return 0, false
		}
		whole = math.Pow(10, float64(e))
	}
	c.lo = part * whole
	c.hi = c.lo
	return j + 2, true
}

// wordsAt reads a number written in words at toks[k]: "six",
// "twenty-one", "two hundred and five", "a dozen", "dozens", "several
// hundred", "half", "twice".
func wordsAt(toks []token, k int, c *core) (int, bool) {
	n := len(toks)
	w := toks[k].low
	switch w {
	case "twice", "thrice":
		c.lo = map[string]float64{"twice": 2, "thrice": 3}[w]
		c.hi, c.typ = c.lo, "time"
		return k + 1, true
	case "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens":
		lo, hi := vagueRange(w)
		if w == "tens" || w == "hundreds" {
			// "tens of thousands", "hundreds of thousands"
			if k+2 < n && toks[k+1].low == "of" {
				if e, ok := scaleWords[strings.TrimSuffix(toks[k+2].low, "s")]; ok && strings.HasSuffix(toks[k+2].low, "s") {
					p := math.Pow(10, float64(e))
					c.lo, c.hi, c.approx, c.vague = lo*p, hi*p, true, true
					return k + 3, true
				}
			}
			if w == "tens" {
				return 0, false
			}
		}
		c.lo, c.hi, c.approx, c.vague = lo, hi, true, true
		return k + 1, true
	case "several", "few":
		if k+1 < n {
			if e, ok := scaleWords[toks[k+1].low]; ok || toks[k+1].low == "hundred" || toks[k+1].low == "dozen" {
				p := math.Pow(10, float64(e))
				switch toks[k+1].low {
				case "hundred":
					p = 100
				case "dozen":
					p = 12
				}
				lo, hi := 3.0, 9.0
				if w == "few" {
					lo, hi = 2, 5
				}
				c.lo, c.hi, c.approx = lo*p, hi*p, true
				return k + 2, true
			}
		}
		return 0, false
	case "half":
		if end, ok := partOfScale(toks, k+1, 0.5, c); ok {
			// "half a million dollars" is an amount, not a share.
			return end, true
		}
		// "half of", "half the voters", "cut by half".
		if k+1 < n && (toks[k+1].low == "of" || determiners[toks[k+1].low]) || k > 0 && toks[k-1].low == "by" {
			c.lo, c.hi, c.vague = 50, 50, true
			c.unit = unitInfo{"%", "percent"}
			return k + 1, true
		}
		return 0, false
	case "a", "an":
		if k+1 >= n {
			return 0, false
		}
		switch nw := toks[k+1].low; nw {
		case "dozen":
			// "a dozen eggs" is twelve, as "two dozen" is 24; only a bound
			// ("about a dozen") or "or so" makes it approximate.
			c.lo, c.hi, c.vague = 12, 12, true
			return k + 2, true
		case "third", "quarter":
			if k+2 < n && toks[k+2].low == "of" {
				// "a quarter of a million people" is a number.
				if end, ok := partOfScale(toks, k+3, 1/map[string]float64{"third": 3, "quarter": 4}[nw], c); ok {
					return end, true
				}
			}
			// "a third of", "cut by a third"; "a third time" is an ordinal.
			if k+2 < n && toks[k+2].low == "of" || k > 0 && toks[k-1].low == "by" &&
				(k+2 >= n || toks[k+2].kind != tWord || stopWords[toks[k+2].low]) {
				c.lo = map[string]float64{"third": 100.0 / 3, "quarter": 25}[nw]
				c.hi, c.vague, c.unit = c.lo, true, unitInfo{"%", "percent"}
				return k + 2, true
			}
			return 0, false
		case "hundred", "thousand", "million", "billion", "trillion":
			// "a hundred", read as "one hundred" below.
		default:
			return 0, false
		}
	}

	if end, ok := fractionAt(toks, k, c); ok {
		return end, true
	}

	// Cardinal words: a small state machine over units, tens and scales.
	var total, cur float64
	last := "" // "unit", "teen", "tens", "hundred", "scale"
	end := k
	for j := k; j < n; j++ {
		t := toks[j]
		w := t.low
		if v, ok := unitWords[w]; ok {
			if last == "unit" || last == "teen" || last == "tens" && v >= 10 {
				break
			}
			cur += v
			last = "unit"
			if v >= 10 {
				last = "teen"
			}
			end = j + 1
			continue
		}
		if v, ok := tensWords[w]; ok {
			if last == "unit" || last == "teen" || last == "tens" {
				break
			}
			cur += v
			last, end = "tens", j+1
			continue
		}
		if (w == "a" || w == "an") && j == k {
			cur, last, end = 1, "unit", j+1
			continue
		}
		if w == "hundred" && last != "" && last != "hundred" && last != "scale" {
			cur *= 100
			last, end = "hundred", j+1
			continue
		}
		if e, ok := scaleWords[w]; ok && last != "" && last != "scale" {
			total += cur * math.Pow(10, float64(e))
			cur = 0
			last, end = "scale", j+1
			continue
		}
		if w == "dozen" && (last == "unit" || last == "teen" || last == "tens") {
			cur *= 12
			last, end = "scale", j+1
			continue
		}
		// "twenty-one", "two hundred and five": go on only when a number
		// word follows the joint.
		if j+1 < n && (w == "-" && last == "tens" && adjacent(toks[j-1], t) && adjacent(t, toks[j+1]) ||
			w == "and" && (last == "hundred" || last == "scale")) {
			nw := toks[j+1].low
			if _, ok := unitWords[nw]; ok {
				continue
			}
			if _, ok := tensWords[nw]; ok && w == "and" {
				continue
			}
			if w == "-" && wordlist.Ordinals[nw] > 0 {
				return 0, false // "twenty-first"
			}
		}
		break
	}
	if last == "" {
		return 0, false
	}
	c.lo = total + cur
	c.hi = c.lo
	c.one = end == k+1 && toks[k].low == "one"
	return end, true
}

func vagueRange(w string) (lo, hi float64) {
	switch w {
	case "dozens", "scores":
		return 24, 99
	case "hundreds":
		return 200, 999
	case "thousands":
		return 2000, 9999
	case "millions":
		return 2e6, 999e6
	case "billions":
		return 2e9, 999e9
	case "tens":
		return 20, 99
	}
	return 0, 0
}

// excludedOne reports whether "one" at toks[k] is a pronoun or part of a
// phrase rather than a count: "one of", "no one", "one another".
func excludedOne(toks []token, k, next int) bool {
	if next < len(toks) {
		switch toks[next].low {
		case "of", "another", "by", "after", "or", "and", "thing", "way", "day", "time", "side":
			return true
		}
	}
	if k > 0 {
		switch toks[k-1].low {
		case "no", "the", "any", "every", "this", "that", "each", "which", "someone", "anyone", "only", "such":
			return true
		}
	}
	return false
}

// identifierBefore reports whether the number at toks[k] names something
// ("No. 1", "Resolution 1718", "Flight 370") rather than counting.
func identifierBefore(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1]
	if p.text == "." && k >= 2 {
		p = toks[k-2]
		return p.low == "no" || p.low == "nos" || p.low == "art" || p.low == "vol"
	}
	return p.kind == tWord && isCap(p.text) && identifierWords[p.low]
}

// nameNumber reports whether the number c at toks[k] is part of a name:
// plain digits between a capitalised word and a singular noun ("the
// Acme 300 index", "a Zephyr 12 engine"). A number that counted the noun
// would make it (or the compound it starts) plural, and a unit or a span
// of time after it measures.
func nameNumber(toks []token, k int, c core) bool {
	if k == 0 || !c.plain || c.mag != 0 || c.cur != "" || c.unit.code != "" || c.next >= len(toks) {
		return false
	}
	p, n := toks[k-1], toks[c.next]
	if p.kind != tWord || !isCap(p.text) || nameStops[p.low] || months[p.low] || weekdays[p.low] ||
		toks[k].start-p.end != 1 || c.raw != math.Trunc(c.raw) {
		return false
	}
	if n.kind != tWord || isCap(n.text) || singular(n.low) != n.low || pluralNoun(toks, c.next) {
		return false // "Acme 300 workers", "Acme 300 steel workers"
	}
	return len(lexicon.Synsets(n.low, lexicon.Noun)) > 0 &&
		!lexicon.IsA(n.low, lexicon.Noun, "unit_of_measurement") && !lexicon.IsA(n.low, lexicon.Noun, "time_period")
}

// matchBound reads a bound phrase at toks[i] when a number follows it,
// returning the bound and the index of the number.
func matchBound(toks []token, i int) (string, int) {
	j := i
	if hedges[toks[j].low] && j+1 < len(toks) {
		j++ // "just over", "well over"
	}
	for _, p := range boundPhrases[toks[j].low] {
		if j+len(p.words) >= len(toks) {
			continue
		}
		match := true
		for x, w := range p.words[1:] {
			if toks[j+1+x].low != w {
				match = false
				break
			}
		}
		if match {
			return p.bound, j + len(p.words)
		}
	}
	return "", i
}

// LeadingBound returns the bound a phrase opening text writes ("~" of
// "about seven hours", "~<" of "nearly two days", ">" of "more than a
// week", "<=" of "up to six hours"), or "" when it opens with none: the
// bounds quantities read, for values that cannot hold them (lengths of
// time).
func LeadingBound(text string) string {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) > 1 && hedges[ws[0]] {
		ws = ws[1:] // "just over", "well over"
	}
	if len(ws) == 0 {
		return ""
	}
	for _, p := range boundPhrases[ws[0]] {
		if len(p.words) < len(ws) && slices.Equal(p.words, ws[:len(p.words)]) {
			return p.bound
		}
	}
	return ""
}

type boundPhrase struct {
	words []string
	bound string
}

var boundPhrases = func() map[string][]boundPhrase {
	m := map[string][]boundPhrase{}
	for _, b := range [...]struct{ phrase, bound string }{
		{"at least", ">="}, {"no fewer than", ">="}, {"no less than", ">="}, {"not less than", ">="},
		{"not fewer than", ">="}, {"a minimum of", ">="},
		{"more than", ">"}, {"over", ">"}, {"above", ">"}, {"upwards of", ">"}, {"in excess of", ">"},
		{"up to", "<="}, {"at most", "<="}, {"no more than", "<="}, {"not more than", "<="},
		{"as many as", "<="}, {"a maximum of", "<="},
		{"fewer than", "<"}, {"less than", "<"}, {"under", "<"}, {"below", "<"},
		{"about", "~"}, {"nearly", "~<"}, {"roughly", "~"}, {"around", "~"}, {"some", "~"},
		{"approximately", "~"}, {"almost", "~<"}, {"just under", "~<"}, {"just short of", "~<"},
		{"close to", "~"}, {"an estimated", "~"},
		{"estimated", "~"}, {"circa", "~"}, {"approx", "~"}, {"approx .", "~"}, {"roughly about", "~"},
	} {
		ws := strings.Fields(b.phrase)
		m[ws[0]] = append(m[ws[0]], boundPhrase{ws, b.bound})
	}
	for _, ps := range m { // longest first
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	return m
}()

var hedges = map[string]bool{"just": true, "well": true, "slightly": true, "barely": true}

// basisPoints is how many basis points make a percentage point.
const basisPoints = 100

// matchUnit reads a unit after a number at toks[k]: "%", "percent", "per
// cent", "percentage points", "dollars", "US dollars", "km".
func matchUnit(toks []token, k int, money bool) (unitInfo, int) {
	n := len(toks)
	if k >= n {
		return unitInfo{}, k
	}
	w := toks[k].low
	two := func(next string) bool { return k+1 < n && toks[k+1].low == next }
	switch {
	case w == "%":
		return unitInfo{"%", "percent"}, k + 1
	case w == "per" && two("cent"):
		return unitInfo{"%", "percent"}, k + 2
	case w == "percentage" && (two("points") || two("point")):
		return unitInfo{"pp", "percentage point"}, k + 2
	case w == "basis" && (two("points") || two("point")):
		// A hundredth of a percentage point: the caller scales the
		// number (basisPoints).
		return unitInfo{"pp", "percentage point"}, k + 2
	case (w == "us" || w == "american") && two("dollars"):
		return unitInfo{"USD", "usd"}, k + 2
	case w == "u" && k+3 < n && toks[k+1].text == "." && toks[k+2].low == "s" && toks[k+3].text == "." &&
		k+4 < n && toks[k+4].low == "dollars":
		return unitInfo{"USD", "usd"}, k + 5
	case (w == "pounds" || w == "pound") && two("sterling"):
		return unitInfo{"GBP", "gbp"}, k + 2
	case w == "square" || w == "sq":
		j := k + 1
		if w == "sq" && j < n && toks[j].text == "." {
			j++ // "sq. km"
		}
		if j < n {
			if u, ok := squareUnits[toks[j].low]; ok {
				return u, j + 1
			}
		}
	case w == "degrees" && k+1 < n:
		switch toks[k+1].low {
		case "celsius", "c", "centigrade":
			return unitInfo{"C", "celsius"}, k + 2
		case "fahrenheit", "f":
			return unitInfo{"F", "fahrenheit"}, k + 2
		}
	case w == "°" && k+1 < n && adjacent(toks[k], toks[k+1]):
		switch toks[k+1].low {
		case "c":
			return unitInfo{"C", "celsius"}, k + 2
		case "f":
			return unitInfo{"F", "fahrenheit"}, k + 2
		}
	}
	if toks[k].kind != tWord {
		return unitInfo{}, k
	}
	if code, ok := currencyWords[w]; ok && (!money || code == "") {
		return unitInfo{code, strings.ToLower(code)}, k + 1
	}
	if u, ok := unitWords2[w]; ok {
		return perHour(toks, u, k+1)
	}
	if k > 0 && adjacent(toks[k-1], toks[k]) {
		if u, ok := hyphenUnits[w]; ok {
			return perHour(toks, u, k+1) // "5km"
		}
	}
	return unitInfo{}, k
}

// perHour turns a length unit ending at toks[k] into a speed when "per
// hour", "an hour", "a hour" or "/h" follows it, and "km" glued to "²"
// into an area: "60 miles per hour", "90 km/h", "5 km²".
func perHour(toks []token, u unitInfo, k int) (unitInfo, int) {
	n := len(toks)
	if k < n && toks[k].text == "²" && adjacent(toks[k-1], toks[k]) {
		if sq, ok := squareUnits[u.code]; ok {
			return sq, k + 1
		}
	}
	speed, ok := speedUnits[u.code]
	if !ok || k+1 >= n {
		return u, k
	}
	switch a, b := toks[k].low, toks[k+1].low; {
	case (a == "per" || a == "an" || a == "a") && b == "hour":
		return speed, k + 2
	case a == "/" && (b == "h" || b == "hr") && adjacent(toks[k], toks[k+1]):
		return speed, k + 2
	}
	return u, k
}

var (
	speedUnits  = map[string]unitInfo{"km": {"km/h", "km/h"}, "mi": {"mph", "mph"}}
	squareUnits = map[string]unitInfo{
		"km": {"km2", "square km"}, "kilometers": {"km2", "square km"}, "kilometres": {"km2", "square km"},
		"kilometer": {"km2", "square km"}, "kilometre": {"km2", "square km"},
		"miles": {"mi2", "square mile"}, "mile": {"mi2", "square mile"}, "mi": {"mi2", "square mile"},
		"meters": {"m2", "square m"}, "metres": {"m2", "square m"}, "meter": {"m2", "square m"},
		"metre": {"m2", "square m"}, "m": {"m2", "square m"},
		"feet": {"ft2", "square foot"}, "foot": {"ft2", "square foot"}, "ft": {"ft2", "square foot"},
	}
)

var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rupees": "INR", "rupee": "INR",
	"rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
	"francs": "CHF", "franc": "CHF",
}

// unitWords2 are units written out after a number, spaced.
var unitWords2 = map[string]unitInfo{
	"percent": {"%", "percent"}, "pct": {"%", "percent"},
	"km": {"km", "km"}, "kilometers": {"km", "km"}, "kilometres": {"km", "km"}, "kilometer": {"km", "km"}, "kilometre": {"km", "km"},
	"miles": {"mi", "mile"}, "mile": {"mi", "mile"},
	"meters": {"m", "m"}, "metres": {"m", "m"}, "meter": {"m", "m"}, "metre": {"m", "m"},
	"cm": {"cm", "cm"}, "centimeters": {"cm", "cm"}, "centimetres": {"cm", "cm"},
	"mm": {"mm", "mm"}, "millimeters": {"mm", "mm"}, "millimetres": {"mm", "mm"},
	"kg": {"kg", "kg"}, "kilograms": {"kg", "kg"}, "kilogrammes": {"kg", "kg"}, "kilos": {"kg", "kg"},
	"tons": {"t", "ton"}, "tonnes": {"t", "ton"}, "ton": {"t", "ton"}, "tonne": {"t", "ton"},
	"pounds": {"lb", "pound"}, "lbs": {"lb", "pound"}, "lb": {"lb", "pound"},
	"feet": {"ft", "foot"}, "foot": {"ft", "foot"}, "ft": {"ft", "foot"},
	"hectares": {"ha", "hectare"}, "hectare": {"ha", "hectare"}, "ha": {"ha", "hectare"},
	"acres": {"acre", "acre"}, "acre": {"acre", "acre"},
	"mph": {"mph", "mph"}, "barrels": {"bbl", "barrel"}, "barrel": {"bbl", "barrel"},
	"liters": {"l", "liter"}, "litres": {"l", "liter"}, "liter": {"l", "liter"}, "litre": {"l", "liter"},
	"gallons": {"gal", "gallon"}, "gallon": {"gal", "gallon"},
	"milliliters": {"ml", "ml"}, "millilitres": {"ml", "ml"}, "ml": {"ml", "ml"},
	"inches": {"in", "inch"}, "inch": {"in", "inch"}, "yards": {"yd", "yard"}, "yard": {"yd", "yard"},
	"grams": {"g", "gram"}, "gram": {"g", "gram"}, "grammes": {"g", "gram"}, "kilogram": {"kg", "kg"},
	"ounces": {"oz", "ounce"}, "ounce": {"oz", "ounce"}, "oz": {"oz", "ounce"},
	"kph": {"km/h", "km/h"}, "km2": {"km2", "square km"},
}

// memberCount reports whether the word toks[k], joined to a number by a
// hyphen, counts the members of the body named after it ("a 120-member
// assembly", "a 12-nation bloc"): a singular noun WordNet knows, no unit
// of measure (time spans are durations: "three-day visit"), before a
// noun for a group of people. Before anything else it is a rating or a
// rank ("two-star hotel", "three-star general").
func memberCount(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].kind != tWord || isCap(toks[k+1].text) {
		return false
	}
	w := toks[k].low
	head := lexicon.Lemma(toks[k+1].low, lexicon.Noun)
	return lexicon.Lemma(w, lexicon.Noun) == w && len(lexicon.Synsets(w, lexicon.Noun)) > 0 &&
		!lexicon.IsA(w, lexicon.Noun, "unit_of_measurement") && !lexicon.IsA(w, lexicon.Noun, "time_period") &&
		head != "" && lexicon.IsA(head, lexicon.Noun, "social_group")
}

// hyphenUnits are units that may be glued to a number ("5km") or joined
// by a hyphen ("a 10-km stretch").
var hyphenUnits = map[string]unitInfo{
	"km": {"km", "km"}, "kilometer": {"km", "km"}, "kilometre": {"km", "km"},
	"mile": {"mi", "mile"}, "m": {"m", "m"}, "meter": {"m", "m"}, "metre": {"m", "m"},
	"cm": {"cm", "cm"}, "mm": {"mm", "mm"}, "kg": {"kg", "kg"}, "kilogram": {"kg", "kg"},
	"ton": {"t", "ton"}, "tonne": {"t", "ton"}, "percent": {"%", "percent"},
	"foot": {"ft", "foot"}, "ft": {"ft", "foot"}, "lb": {"lb", "pound"}, "pound": {"lb", "pound"},
	"hectare": {"ha", "hectare"}, "ha": {"ha", "hectare"}, "acre": {"acre", "acre"}, "mph": {"mph", "mph"},
	"km2": {"km2", "square km"}, "kph": {"km/h", "km/h"}, "inch": {"in", "inch"}, "yard": {"yd", "yard"},
}

var (
	unitWords  = floats(wordlist.Numbers)
	tensWords  = floats(wordlist.Tens)
	scaleWords = map[string]int{"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
	magSuffix  = map[string]int{"bn": 9, "bln": 9, "mn": 6, "mln": 6, "tn": 12, "trn": 12, "trln": 12}

	ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

	months = wordlist.Words(wordlist.Months)

	identifierWords = map[string]bool{"no": true, "number": true, "article": true, "resolution": true,
		"flight": true, "route": true, "highway": true, "chapter": true, "section": true,
		"room": true, "gate": true, "building": true, "line": true, "channel": true,
		"page": true, "apollo": true, "boeing": true, "airbus": true, "model": true,
		"version": true, "level": true, "category": true, "phase": true, "stage": true,
		"round": true, "game": true, "week": true, "day": true, "act": true, "bill": true,
		"unit": true, "lot": true, "box": true, "table": true, "figure": true, "block": true,
		"quarter": true, "part": true, "episode": true, "volume": true, "paragraph": true}

	yearPreps = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true,
		"from": true, "of": true, "before": true, "after": true, "during": true, "through": true,
		"year": true, "early": true, "late": true, "mid": true, "summer": true, "winter": true,
		"spring": true, "autumn": true, "fall": true, "to": true, "and": true, "between": true}
)

// isClock reports whether toks[k] starts "a.m.", "p.m.", "am", "pm" or
// "o'clock" after a number.
func isClock(toks []token, k int) bool {
	w := toks[k].low
	switch w {
	case "am", "pm", "o'clock", "o’clock", "gmt", "utc", "hrs":
		return true
	case "a", "p":
		return k+2 < len(toks) && toks[k+1].text == "." && toks[k+2].low == "m"
	}
	return false
}

// monthBefore reports whether a month name precedes the number ending at
// toks[k] ("Dec. 3", "December 3").
func monthBefore(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].kind == tNum {
		j--
	}
	if j >= 0 && toks[j].text == "." {
		j--
	}
	return j >= 0 && months[toks[j].low] && isCap(toks[j].text)
}

func prevIs(toks []token, i int, w string) bool { return i > 0 && toks[i-1].low == w }

// yearContext reports whether the word before a 4-digit number makes it
// a year: "in 2007", "since 1953", "December 3, 2007".
func yearContext(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1]
	if p.text == "," && k >= 2 && (toks[k-2].kind == tNum || months[toks[k-2].low]) {
		return true
	}
	return yearPreps[p.low] || months[p.low] && isCap(p.text)
}

// pluralNoun reports whether the words after a number end in a plural
// noun: "2000 soldiers" counts, "the 1953 armistice" is a year.
func pluralNoun(toks []token, k int) bool {
	run, _ := nounRun(toks, k)
	if len(run) == 0 {
		return false
	}
	w := run[len(run)-1]
	return singular(w) != w || w == "people" || w == "troops"
}

// countedNoun returns the noun a number counts, in lower case and
// singular: "miner" for "68 miners", "south korean" for "six South
// Koreans". A vague number ("dozens of") takes the noun after "of".
func countedNoun(toks []token, k int, vague bool) string {
	if vague && k < len(toks) && toks[k].low == "of" {
		k++
		if k < len(toks) && determiners[toks[k].low] {
			k++
		}
	}
	run, capsMask := nounRun(toks, k)
	if len(run) == 0 {
		return ""
	}
	// The head is the first plural ("300 North Korean soldiers crossed"),
	// else the last word ("one police officer"). A short capitalised word
	// before another is an abbreviation ("US marines"), not a plural.
	last := len(run) - 1
	for i, w := range run {
		if singular(w) != w && !(i < len(run)-1 && capsMask&(1<<i) != 0 && len(w) <= 3) {
			last = i
			break
		}
	}
	// A run of capitalised words is a proper noun ("South Koreans"): keep
	// all of it.
	if all := uint(1)<<(last+1) - 1; capsMask&all == all && last > 0 {
		return strings.Join(run[:last], " ") + " " + singular(run[last])
	}
	return singular(run[last])
}

var determiners = map[string]bool{"the": true, "these": true, "those": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "them": true}

// modifiers are skipped before a counted noun: "20 more people".
var modifiers = map[string]bool{"more": true, "other": true, "additional": true, "extra": true,
	"further": true, "new": true}

// nounRun returns, in lower case, up to three words after a number that
// may form its counted noun phrase: content words up to a function word,
// a verb form in -ed/-ing (after the first word) or punctuation. Bit i
// of capsMask is set when word i is capitalised.
func nounRun(toks []token, k int) (run []string, capsMask uint) {
	prevCap := false
	for j := k; j < len(toks) && len(run) < 3; j++ {
		t := toks[j]
		if t.kind != tWord {
			break
		}
		w := t.low
		// A word joined to the next by a hyphen is one word
		// ("water-bombing aircraft", "pre-orders").
		for j+2 < len(toks) && toks[j+1].text == "-" && toks[j+1].start == toks[j].end &&
			toks[j+2].kind == tWord && toks[j+2].start == toks[j+1].end {
			w += "-" + toks[j+2].low
			j += 2
		}
		if len(run) == 0 && modifiers[w] {
			continue
		}
		c := isCap(t.text)
		// "US" in capitals is the country ("five US marines"), never the
		// pronoun.
		if stopWords[w] && t.text != "US" || months[w] && c {
			break
		}
		if len(run) > 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
			strings.HasSuffix(w, "ly") || c && !prevCap) {
			break
		}
		if c {
			capsMask |= 1 << len(run)
		}
		prevCap = c
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		run = append(run, w)
	}
	return run, capsMask
}

// stopWords end a counted noun phrase; irregular past tenses are among
// them because, unlike "-ed" forms, nothing in their spelling says verb
// ("a 7.0 quake struck").
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of and or but nor to in on at by for from with
		without into onto over under about after before than as that which who whom whose what
		when where while was were is are be been being has have had do does did will would shall
		should can could may might must said says say told tell according per each every this
		these those it its their his her our your my there here not no so if also only just
		even still yet then ago earlier later today yesterday tomorrow tonight last next since
		until during against among between through across around up down out off away back
		less most least very too again already percent monday tuesday wednesday thursday
		friday saturday sunday i we you he she they them us him me
		died fled sank drowned survived escaped arrived left remain remained attended
		returned came went took got made gave saw voted
		struck hit shook rose fell broke began held met led lost won sent spread
		brought bought built caught fought found kept knew ran sat stood stole
		swept threw wrote became`) {
		m[w] = true
	}
	return m
}()

var irregularPlurals = map[string]string{"people": "person", "men": "man", "women": "woman",
	"children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse", "lives": "life",
	"wives": "wife", "knives": "knife", "halves": "half", "police": "police", "data": "data",
	"media": "media", "series": "series", "species": "species", "news": "news", "times": "time",
	"chinese": "chinese", "japanese": "japanese", "vietnamese": "vietnamese", "crises": "crisis",
	"analyses": "analysis", "personnel": "personnel", "aircraft": "aircraft", "sheep": "sheep"}

// singular returns a simple singular of a lower-case English noun.
func singular(w string) string { return singulars.Get(w, readSingular) }

// singulars remembers the singulars asked for: every number looks at the
// nouns after it, and WordNet's lemmas cost several probes of its tables.
var singulars memo.Strings[string]

func readSingular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	if l := lexicon.Lemma(w, lexicon.Noun); l != "" && l != w && !strings.Contains(l, " ") {
		// WordNet knows the word's inflection: "Iraqis", "crises".
		return l
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "men") && !strings.HasSuffix(w, "omen"):
		return w[:n-3] + "man" // fishermen, servicemen
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		n <= 3:
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}
