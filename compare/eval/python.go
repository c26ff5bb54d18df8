package eval

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// The reference scorers are Python; the helpers here do what the Python
// built-ins they use do, where Go's nearest function differs.

// isSpace is str.isspace for one code point: Go's unicode.IsSpace plus the
// information separators U+001C..U+001F, which Python counts as white space.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// isDigit is \d of a Python str pattern: any decimal digit (Nd).
func isDigit(r rune) bool { return unicode.IsDigit(r) }

// isWord is \w of a Python str pattern: alphanumeric or underscore.
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// strip is str.strip() with no argument.
func strip(s string) string { return strings.TrimFunc(s, isSpace) }

// lower is str.lower(): Go's simple mapping plus the two full mappings
// Python applies, İ to "i̇" and a word-final Σ to ς.
func lower(s string) string {
	if !strings.ContainsAny(s, "\u0130\u03a3") {
		return strings.ToLower(s)
	}
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '\u0130':
			b.WriteString("i\u0307")
		case r == '\u03a3' && finalSigma(rs, i):
			b.WriteRune('ς')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma is Unicode's Final_Sigma condition, with letters standing
// for cased characters and marks for case-ignorable ones.
func finalSigma(rs []rune, i int) bool {
	ignorable := func(r rune) bool {
		return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || r == '\''
	}
	before := false
	for j := i - 1; j >= 0; j-- {
		if !ignorable(rs[j]) {
			before = unicode.IsLetter(rs[j])
			break
		}
	}
	if !before {
		return false
	}
	for j := i + 1; j < len(rs); j++ {
		if !ignorable(rs[j]) {
			return !unicode.IsLetter(rs[j])
		}
	}
	return true
}

// curly maps the typographic quotes norm straightens.
var curly = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

// norm is corpus.py's norm: straight quotes, runs of white space as one
// space, trimmed, lower case.
func norm(s string) string {
	s = curly.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return lower(b.String())
}

// basename is os.path.basename: what follows the last slash.
func basename(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

// join is os.path.join of two parts: no cleaning, and an absolute second
// part replaces the first.
func join(dir, name string) string {
	switch {
	case strings.HasPrefix(name, "/"):
		return name
	case dir == "" || strings.HasSuffix(dir, "/"):
		return dir + name
	}
	return dir + "/" + name
}

// round3 is Python's round(x, 3): the exact binary value rounded to three
// decimals, ties to even, which strconv does too.
func round3(x float64) float64 { return roundTo(x, 3) }

func round4(x float64) float64 { return roundTo(x, 4) }

func round2(x float64) float64 { return roundTo(x, 2) }

func roundTo(x float64, digits int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', digits, 64), 64)
	return f
}

// ratioOf is Python's a / b for counts, 0.0 when b is 0, the guard every
// scorer puts around its divisions.
func ratioOf(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// f1 is 2PR/(P+R), evaluated in the scorers' order, 0 when P+R is 0.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// pyFloat is repr(float) as json.dumps writes it: the shortest digits
// that read back, with ".0" on whole numbers and an exponent outside
// 1e-4..1e16.
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	if a := math.Abs(f); a != 0 && (a < 1e-4 || a >= 1e16) {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		// Go writes e-05 and e+16 as Python does: two exponent digits at
		// least.
		return s
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}
