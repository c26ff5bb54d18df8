package times

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// Time expressions are found by a hand-written scanner over word tokens
// rather than by regular expressions: TIMEX3 values depend on the words
// around a match (tense, a date earlier in the text), and each form has to
// compute its value from its parts anyway.

// token is a word, a run of digits or one punctuation rune. It holds no
// pointer (its word is the scanner's lower[s:e]), so that token slices
// grow and are reused without work for the garbage collector.
type token struct {
	s, e int  // byte offsets into the document
	kind byte // 'w' word, 'n' digits, 'p' punctuation
	alt  byte // punctuation read as another: altApostrophe, altHyphen
	up   bool // word starts with an upper-case letter
	// ahead holds ahead… bits: the words a form needs that occur at this
	// token or after it in the sentence
	ahead byte
	n     int32  // value of digits (up to 9 of them)
	cls   uint64 // cls… class bits and the forms that may start here
}

// Typographic punctuation read as its ASCII form.
const (
	altNone = iota
	altApostrophe
	altHyphen
)

var altWords = [...]string{altApostrophe: "'", altHyphen: "-"}

// toksPool keeps token slices between documents.
var toksPool = sync.Pool{New: func() any { return new([]token) }}

// anchor is a point of reference with the precision it is known to.
type anchor struct {
	t    time.Time
	gran int // granNone… granDay
}

const (
	granNone = iota
	granYear
	granMonth
	granDay
)

// found is one recognised expression over tokens [i, j).
type found struct {
	j        int
	typ, val string
	day      bool // val names one day and may move the reference time
	noRef    bool // val looks back from the reference: it must not move it
}

type scanner struct {
	text  []byte
	toks  []token
	lower string // text with ASCII letters lowered
	// pairBuf holds two words for a switch on them (pair)
	pairBuf [48]byte
	dct     anchor
	ref     anchor // moves with the narrative: the last day named
	// refMonth is the last month or day named, for "the following month".
	refMonth anchor
	// quarter is the last quarter named ("2006-Q3"): financial news
	// compares a quarter with "a year earlier", meaning the same quarter.
	lastQuarter string
	quarterAt   int // byte offset of lastQuarter
	at          int // byte offset of the expression being read
	// refAt is one more than the byte offset of the day that set ref, or
	// 0 while ref is the publication date.
	refAt int
}

func parsePublished(p string) anchor {
	for _, f := range []struct {
		layout string
		gran   int
	}{{"2006-01-02", granDay}, {"2006-01", granMonth}, {"2006", granYear}} {
		if len(p) >= len(f.layout) {
			if t, err := time.Parse(f.layout, p[:len(f.layout)]); err == nil {
				return anchor{t, f.gran}
			}
		}
	}
	return anchor{}
}

// Find returns the time expressions in the sentences of d, in document
// order and not overlapping, each with its TIMEX3 type and value. Relative
// expressions are anchored on d.Published and on the days the text names
// before them; the sentences' spans index d.Plain().
func Find(d *compare.Document, ss []compare.Sentence) []compare.Mention {
	text := d.Plain()
	pooled := toksPool.Get().(*[]token)
	sc := &scanner{text: text, lower: lowerASCII(text), dct: parsePublished(d.Published), toks: *pooled}
	defer func() { *pooled = sc.toks[:0]; toksPool.Put(pooled) }()
	sc.ref, sc.refMonth = sc.dct, sc.dct
	var ms []compare.Mention
	for _, s := range ss {
		if s.Span.Start < 0 || s.Span.End > len(text) || s.Span.Start >= s.Span.End {
			continue
		}
		sc.toks = tokenize(text, sc.lower, s.Span, sc.toks[:0])
		from := len(ms)
		for i := 0; i < len(sc.toks); {
			if t := &sc.toks[i]; t.kind == 'w' && t.cls&clsStart == 0 || t.kind == 'p' && t.cls&clsApostrophe == 0 {
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

// tokenize splits the sentence span of text into tokens, appending to
// toks. lower is text with ASCII letters lowered (lowerASCII): token words
// are slices of it, so tokens cost no allocation; only ASCII letters are
// lowered, which is all the English time words need. Each word is looked
// up once in the word index.
func tokenize(text []byte, lower string, sp compare.Span, toks []token) []token {
	from := len(toks)
	end := sp.End
	text = text[:end]
	for i := sp.Start; i < end; {
		b := text[i]
		switch byteKind[b] {
		case byteSpace:
			i++
			continue
		case byteDigit:
			j := i
			n := int32(0)
			for j < end && text[j] >= '0' && text[j] <= '9' {
				if n >= 0 && j-i < 9 {
					n = n*10 + int32(text[j]-'0')
				} else {
					n = -1 // too long to be a date or a count of units
				}
				j++
			}
			toks = append(toks, token{s: i, e: j, kind: 'n', n: n, cls: numberClass(j - i)})
			i = j
			continue
		case bytePunct:
			toks = append(toks, token{s: i, e: i + 1, kind: 'p', cls: punctClass(b)})
			i++
			continue
		case byteLower, byteUpper:
			// ASCII words, most of English text, without decoding runes
			j := letterRun(text, i+1)
			if j == end || text[j] < utf8.RuneSelf {
				var cls uint64
				if mayBeIndexed(j-i, b, text[j-1]) {
					cls = wordClass(lower[i:j])
				}
				toks = append(toks, token{s: i, e: j, kind: 'w', up: b <= 'Z', cls: cls})
				i = j
				if j < end && text[j] == ' ' {
					i++ // the space after a word, without another turn
				}
				continue
			}
			// a letter outside ASCII follows: read the word by runes
		}
		r, size := utf8.DecodeRune(text[i:end])
		switch {
		case unicode.IsLetter(r):
			j := i
			for j < end {
				r2, s2 := utf8.DecodeRune(text[j:end])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			w := lower[i:j]
			toks = append(toks, token{s: i, e: j, kind: 'w', up: unicode.IsUpper(r), cls: wordClass(w)})
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			t := token{s: i, e: i + size, kind: 'p', cls: punctClass(text[i])}
			switch lower[i : i+size] { // typographic variants read as their ASCII forms
			case "’", "‘":
				t.alt, t.cls = altApostrophe, punctClass('\'')
			case "–", "—":
				t.alt = altHyphen
			}
			toks = append(toks, t)
			i += size
		}
	}
	markAhead(toks[from:])
	return toks
}

func punctClass(b byte) uint64 {
	if b == '\'' {
		return apostropheForms
	}
	return allForms | anyAfterThe
}

// letterRun returns where the run of ASCII letters from j ends in
// text, reading eight bytes at a time: most words end within one read.
func letterRun(text []byte, j int) int {
	for j+8 <= len(text) {
		x := binary.LittleEndian.Uint64(text[j:])
		low := (x | 0x2020202020202020) & 0x7f7f7f7f7f7f7f7f // a-z once A-Z are lowered
		geA := low + 0x1f1f1f1f1f1f1f1f                      // high bit set from 'a' (0x61) up
		gtZ := low + 0x0505050505050505                      // high bit set above 'z' (0x7a)
		other := ^((geA ^ gtZ) & ^x) & 0x8080808080808080    // bytes that are no ASCII letter
		if other != 0 {
			return j + bits.TrailingZeros64(other)>>3
		}
		j += 8
	}
	for j < len(text) && byteKind[text[j]] <= byteUpper {
		j++
	}
	return j
}

// Byte kinds for the tokeniser; letters sort first so that one comparison
// tells a letter.
const (
	byteLower = iota
	byteUpper
	byteDigit
	byteSpace
	bytePunct
	byteOther // not ASCII
)

var byteKind = func() (k [256]byte) {
	for b := range k {
		switch {
		case b >= utf8.RuneSelf:
			k[b] = byteOther
		case 'a' <= b && b <= 'z':
			k[b] = byteLower
		case 'A' <= b && b <= 'Z':
			k[b] = byteUpper
		case '0' <= b && b <= '9':
			k[b] = byteDigit
		case unicode.IsSpace(rune(b)):
			k[b] = byteSpace
		default:
			k[b] = bytePunct
		}
	}
	return k
}()

// w returns the lower-case word at i, or "" out of range.
func (c *scanner) w(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	t := &c.toks[i]
	if t.alt != altNone {
		return altWords[t.alt]
	}
	return c.lower[t.s:t.e]
}

// cls returns the class bits of token i; out of range every form may
// try it, as they all fail there.
func (c *scanner) cls(i int) uint64 {
	if i < 0 || i >= len(c.toks) {
		return allForms | anyAfterThe
	}
	return c.toks[i].cls
}

// pair returns words k and k+1 joined by a space when word k is one of
// firsts, else "": a switch on two words builds the string only when one
// of its cases may match.
func (c *scanner) pair(k int, firsts ...string) []byte {
	w := c.w(k)
	for _, f := range firsts {
		if w == f {
			return append(append(append(c.pairBuf[:0], w...), ' '), c.w(k+1)...)
		}
	}
	return nil
}

// adj reports whether token i follows token i-1 with no space between.
func (c *scanner) adj(i int) bool {
	return i > 0 && i < len(c.toks) && c.toks[i].s == c.toks[i-1].e
}

func (c *scanner) digits(i int) (int, bool) {
	if i < 0 || i >= len(c.toks) || c.toks[i].kind != 'n' {
		return 0, false
	}
	return int(c.toks[i].n), c.toks[i].n >= 0
}

// match finds the longest expression starting at token i, with modifiers
// such as "nearly" or "at least" in front.
func (c *scanner) match(i int) (found, bool) {
	if i > 0 && c.toks[i].kind != 'p' && c.adj(i) && c.toks[i-1].kind != 'p' {
		return found{}, false // inside a word such as "A1990"
	}
	k := i
	for {
		cls := c.cls(k)
		if cls&clsLeadMod != 0 {
			k++
			continue
		}
		if cls&clsLeadPair != 0 && slices.Contains(leadModifierPairs[c.w(k)], c.w(k+1)) {
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
			if f.typ == "DURATION" || !weakModifiers[c.w(i)] {
				return f, true
			}
		}
	}
	return c.core(i)
}

// Modifiers that belong to a span only before a duration: "over a week"
// but not "over the weekend".
var weakModifiers = map[string]bool{"over": true, "some": true, "only": true, "just": true}

// core tries every form at token i and keeps the longest.
func (c *scanner) core(i int) (found, bool) {
	best, ok := found{}, false
	forms := c.cls(i)
	if forms&clsThe != 0 {
		forms &= c.cls(i+1) >> afterTheShift
	} else if forms&clsNumber != 0 {
		forms &= c.numberFollow(i)
	}
	if i < len(c.toks) {
		forms &= aheadForms[c.toks[i].ahead]
	}
	for forms &= allForms; forms != 0; forms &= forms - 1 {
		if f, fok := parsers[bits.TrailingZeros64(forms)](c, i); fok && (!ok || f.j > best.j) {
			best, ok = f, true
		}
	}
	return best, ok
}

// parsers is set in init: boundary and clockTime call core, which reads it.
var parsers [formCount]func(*scanner, int) (found, bool)

func init() {
	parsers = [formCount]func(*scanner, int) (found, bool){
		(*scanner).clockTime,
		(*scanner).explicitDate,
		(*scanner).numericDate,
		(*scanner).monthExpr,
		(*scanner).yearExpr,
		(*scanner).decade,
		(*scanner).century,
		(*scanner).weekdayExpr,
		(*scanner).deictic,
		(*scanner).relative,
		(*scanner).quarter,
		(*scanner).season,
		(*scanner).duration,
		(*scanner).set,
		(*scanner).reference,
		(*scanner).boundary,
	}
}

// moveReference follows the narrative: a day, month or quarter named in
// the text becomes the reference for the words that point back to it.
func (c *scanner) moveReference(f found) {
	v := f.val
	if f.noRef {
		return
	}
	switch {
	case f.day:
		if t, ok := parseDay(v[:10], true); ok {
			c.ref = anchor{t, granDay}
			c.refMonth = c.ref
			c.refAt = c.at + 1
		}
	case f.typ == "DATE" && len(v) == 7 && v[4] == '-' && v[5] != 'Q' && v[5] != 'W' && v[5] != 'H':
		if t, ok := parseDay(v, false); ok {
			c.refMonth = anchor{t, granMonth}
		}
	case f.typ == "DATE" && len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4':
		c.lastQuarter, c.quarterAt = v, c.at
	}
}

// yearBefore is the period a year before: the same quarter when a quarter
// is under discussion, else the year.
func (c *scanner) yearBefore() string {
	if c.quarterInView() {
		y, _ := strconv.Atoi(c.lastQuarter[:4])
		return fmt.Sprintf("%04d%s", y-1, c.lastQuarter[4:])
	}
	return shiftValue(c.dct, "Y", -1)
}

// startWords holds every word that can begin a time expression; the
// scanner skips the others without trying the forms. The word index
// (wordIndex) is built from it.
var startWords = buildStartWords()

func buildStartWords() map[string]bool {
	words := map[string]bool{}
	for _, m := range []map[string]int{monthWords, weekdayWords, smallNumbers, tensNumbers, ordinalWords, spokenDecades} {
		for w := range m {
			words[w] = true
		}
	}
	for _, m := range []map[string]string{unitWords, dayParts, seasonWords, setAdverbs, refWords, calendarUnits} {
		for w := range m {
			words[w] = true
		}
	}
	for _, m := range []map[string]bool{vagueNumbers, leadModifiers, durationLeads} {
		for w := range m {
			words[w] = true
		}
	}
	for w := range leadModifierPairs {
		words[w] = true
	}
	for w := range weekdayWords {
		words[w+"s"] = true
	}
	for _, w := range strings.Fields(`the a an this last next coming past previous preceding following
		current present year yesterday today tomorrow tonight that its their every each per early late
		mid middle earlier later noon midday midnight fiscal calendar right just these at more until as
		half couple dozens hundreds thousands future`) {
		words[w] = true
	}
	return words
}

// quarterWindow is how far, in bytes, a named quarter stays the subject
// of the text: a few paragraphs.
var quarterWindow = 800

// quarterInView reports whether a quarter was named close enough before
// the expression being read to be what "a year earlier" compares with.
func (c *scanner) quarterInView() bool {
	return c.lastQuarter != "" && c.at-c.quarterAt <= quarterWindow
}
