package mentions

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// Time expressions are found by a hand-written scanner over word tokens
// rather than by regular expressions: TIMEX3 values depend on the words
// around a match (tense, a date earlier in the text), and each form has to
// compute its value from its parts anyway.

// tmTok is a word, a run of digits or one punctuation rune.
type tmTok struct {
	s, e int    // byte offsets into the document
	w    string // lower case
	kind byte   // 'w' word, 'n' digits, 'p' punctuation
	up   bool   // word starts with an upper-case letter
	n    int    // value of digits (up to 9 of them)
}

// tmAnchor is a point of reference with the precision it is known to.
type tmAnchor struct {
	t    time.Time
	gran int // tmGranNone… tmGranDay
}

const (
	tmGranNone = iota
	tmGranYear
	tmGranMonth
	tmGranDay
)

// tmFound is one recognised expression over tokens [i, j).
type tmFound struct {
	j        int
	typ, val string
	day      bool // val names one day and may move the reference time
	noRef    bool // val looks back from the reference: it must not move it
}

type timeScanner struct {
	text []byte
	toks []tmTok
	buf  []byte // reused for the lower-cased sentence
	dct  tmAnchor
	ref  tmAnchor // moves with the narrative: the last day named
	// refMonth is the last month or day named, for "the following month".
	refMonth tmAnchor
	// quarter is the last quarter named ("2006-Q3"): financial news
	// compares a quarter with "a year earlier", meaning the same quarter.
	lastQuarter string
	quarterAt   int // byte offset of lastQuarter
	at          int // byte offset of the expression being read
}

func tmParsePublished(p string) tmAnchor {
	for _, f := range []struct {
		layout string
		gran   int
	}{{"2006-01-02", tmGranDay}, {"2006-01", tmGranMonth}, {"2006", tmGranYear}} {
		if len(p) >= len(f.layout) {
			if t, err := time.Parse(f.layout, p[:len(f.layout)]); err == nil {
				return tmAnchor{t, f.gran}
			}
		}
	}
	return tmAnchor{}
}

func findTimes(d *compare.Document, ss []compare.Sentence) []compare.Mention {
	text := d.Plain()
	sc := &timeScanner{text: text, dct: tmParsePublished(d.Published)}
	sc.ref, sc.refMonth = sc.dct, sc.dct
	var ms []compare.Mention
	for _, s := range ss {
		if s.Span.Start < 0 || s.Span.End > len(text) || s.Span.Start >= s.Span.End {
			continue
		}
		sc.toks, sc.buf = timeTokens(text, s.Span, sc.toks[:0], sc.buf)
		from := len(ms)
		for i := 0; i < len(sc.toks); {
			if t := &sc.toks[i]; t.kind == 'w' && !tmStartWords[t.w] || t.kind == 'p' && t.w != "'" {
				i++ // most words cannot begin a time expression
				continue
			}
			sc.at = sc.toks[i].s
			f, ok := sc.match(i)
			if !ok {
				i++
				continue
			}
			ms = append(ms, compare.Mention{Kind: compare.Time, Type: f.typ,
				Span: compare.Span{Start: sc.toks[i].s, End: sc.toks[f.j-1].e}, Value: f.val})
			sc.moveReference(f)
			i = f.j
		}
		sc.fillTimes(ms[from:])
	}
	return ms
}

// timeTokens splits the sentence span of text into tokens, appending to
// toks. Token words are slices of one lower-cased copy of the sentence, so
// a sentence costs one allocation however many words it has; only ASCII
// letters are lowered, which is all the English time words need.
func timeTokens(text []byte, sp compare.Span, toks []tmTok, buf []byte) ([]tmTok, []byte) {
	buf = append(buf[:0], text[sp.Start:sp.End]...)
	for k, b := range buf {
		if 'A' <= b && b <= 'Z' {
			buf[k] = b + 'a' - 'A'
		}
	}
	lower := string(buf)
	word := func(i, j int) string { return lower[i-sp.Start : j-sp.Start] }
	for i := sp.Start; i < sp.End; {
		if b := text[i]; b < utf8.RuneSelf && tmASCIILetter(b) {
			// ASCII words, most of English text, without decoding runes
			j := i + 1
			for j < sp.End && text[j] < utf8.RuneSelf && tmASCIILetter(text[j]) {
				j++
			}
			if j == sp.End || text[j] < utf8.RuneSelf {
				toks = append(toks, tmTok{s: i, e: j, w: word(i, j), kind: 'w', up: 'A' <= b && b <= 'Z'})
				i = j
				continue
			}
		} else if b == ' ' {
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:sp.End])
		switch {
		case r >= '0' && r <= '9':
			j := i
			n := 0
			for j < sp.End && text[j] >= '0' && text[j] <= '9' {
				if n >= 0 && j-i < 9 {
					n = n*10 + int(text[j]-'0')
				} else {
					n = -1 // too long to be a date or a count of units
				}
				j++
			}
			toks = append(toks, tmTok{s: i, e: j, w: word(i, j), kind: 'n', n: n})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < sp.End {
				r2, s2 := utf8.DecodeRune(text[j:sp.End])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			toks = append(toks, tmTok{s: i, e: j, w: word(i, j), kind: 'w', up: unicode.IsUpper(r)})
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			w := word(i, i+size)
			switch w { // typographic variants read as their ASCII forms
			case "’", "‘":
				w = "'"
			case "–", "—":
				w = "-"
			}
			toks = append(toks, tmTok{s: i, e: i + size, w: w, kind: 'p'})
			i += size
		}
	}
	return toks, buf
}

func tmASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// w returns the lower-case word at i, or "" out of range.
func (c *timeScanner) w(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.toks[i].w
}

// adj reports whether token i follows token i-1 with no space between.
func (c *timeScanner) adj(i int) bool {
	return i > 0 && i < len(c.toks) && c.toks[i].s == c.toks[i-1].e
}

func (c *timeScanner) tmNum(i int) (int, bool) {
	if i < 0 || i >= len(c.toks) || c.toks[i].kind != 'n' {
		return 0, false
	}
	return c.toks[i].n, c.toks[i].n >= 0
}

// match finds the longest expression starting at token i, with modifiers
// such as "nearly" or "at least" in front.
func (c *timeScanner) match(i int) (tmFound, bool) {
	if i > 0 && c.toks[i].kind != 'p' && c.adj(i) && c.toks[i-1].kind != 'p' {
		return tmFound{}, false // inside a word such as "A1990"
	}
	k := i
	for {
		w := c.w(k)
		if tmLeadModifiers[w] {
			k++
			continue
		}
		if seconds, ok := tmLeadModifierPairs[w]; ok && tmContains(seconds, c.w(k+1)) {
			k += 2
			if c.w(k-1) == "more" || c.w(k-1) == "less" { // "no more than"
				if c.w(k) == "than" {
					k++
				}
			}
			continue
		}
		break
	}
	for ; k > i; k-- { // a modifier may also be a word of the core ("some years")
		if f, ok := c.core(k); ok {
			if f.typ == "DURATION" || !tmWeakModifiers[c.w(i)] {
				return f, true
			}
		}
	}
	return c.core(i)
}

// Modifiers that belong to a span only before a duration: "over a week"
// but not "over the weekend".
var tmWeakModifiers = map[string]bool{"over": true, "some": true, "only": true, "just": true}

func tmContains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// core tries every form at token i and keeps the longest.
func (c *timeScanner) core(i int) (tmFound, bool) {
	best, ok := tmFound{}, false
	for _, p := range parsers {
		if f, fok := p(c, i); fok && (!ok || f.j > best.j) {
			best, ok = f, true
		}
	}
	return best, ok
}

// parsers is set in init: boundary and clockTime call core, which reads it.
var parsers []func(*timeScanner, int) (tmFound, bool)

func init() {
	parsers = []func(*timeScanner, int) (tmFound, bool){
		(*timeScanner).clockTime,
		(*timeScanner).explicitDate,
		(*timeScanner).numericDate,
		(*timeScanner).monthExpr,
		(*timeScanner).yearExpr,
		(*timeScanner).decade,
		(*timeScanner).century,
		(*timeScanner).weekdayExpr,
		(*timeScanner).deictic,
		(*timeScanner).relative,
		(*timeScanner).quarter,
		(*timeScanner).season,
		(*timeScanner).duration,
		(*timeScanner).set,
		(*timeScanner).reference,
		(*timeScanner).boundary,
	}
}

// moveReference follows the narrative: a day, month or quarter named in
// the text becomes the reference for the words that point back to it.
func (c *timeScanner) moveReference(f tmFound) {
	v := f.val
	if f.noRef {
		return
	}
	switch {
	case f.day:
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			c.ref = tmAnchor{t, tmGranDay}
			c.refMonth = c.ref
		}
	case f.typ == "DATE" && len(v) == 7 && v[4] == '-' && v[5] != 'Q' && v[5] != 'W' && v[5] != 'H':
		if t, err := time.Parse("2006-01", v); err == nil {
			c.refMonth = tmAnchor{t, tmGranMonth}
		}
	case f.typ == "DATE" && len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4':
		c.lastQuarter, c.quarterAt = v, c.at
	}
}

// yearBefore is the period a year before: the same quarter when a quarter
// is under discussion, else the year.
func (c *timeScanner) yearBefore() string {
	if c.quarterInView() {
		y, _ := strconv.Atoi(c.lastQuarter[:4])
		return fmt.Sprintf("%04d%s", y-1, c.lastQuarter[4:])
	}
	return tmShiftValue(c.dct, "Y", -1)
}

// tmStartWords holds every word that can begin a time expression; the
// scanner skips the others without trying the forms.
var tmStartWords = map[string]bool{}

func init() {
	for _, m := range []map[string]int{tmMonthWords, tmWeekdayWords, tmSmallNumbers, tmTensNumbers, tmOrdinalWords, tmSpokenDecades} {
		for w := range m {
			tmStartWords[w] = true
		}
	}
	for _, m := range []map[string]string{tmUnitWords, tmDayParts, tmSeasonWords, tmSetAdverbs, tmRefWords, tmCalendarUnits} {
		for w := range m {
			tmStartWords[w] = true
		}
	}
	for _, m := range []map[string]bool{tmVagueNumbers, tmLeadModifiers, tmDurationLeads} {
		for w := range m {
			tmStartWords[w] = true
		}
	}
	for w := range tmLeadModifierPairs {
		tmStartWords[w] = true
	}
	for w := range tmWeekdayWords {
		tmStartWords[w+"s"] = true
	}
	for _, w := range strings.Fields(`the a an this last next coming past previous preceding following
		current present year yesterday today tomorrow tonight that its their every each per early late
		mid middle earlier later noon midday midnight fiscal calendar right just these at more until as
		half couple dozens hundreds thousands future`) {
		tmStartWords[w] = true
	}
}

// quarterWindow is how far, in bytes, a named quarter stays the subject
// of the text: a few paragraphs.
var quarterWindow = 800

// quarterInView reports whether a quarter was named close enough before
// the expression being read to be what "a year earlier" compares with.
func (c *timeScanner) quarterInView() bool {
	return c.lastQuarter != "" && c.at-c.quarterAt <= quarterWindow
}
