package times

import (
	"math/bits"
	"slices"

	"github.com/claimdiff/claimdiff/compare"
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
	// lastDay is the day ("2006-01-02") the sentence being read last
	// named, a weekday or a part of a day too ("Tuesday night"), and
	// dayBefore the one the sentence before last named; "" for none.
	lastDay, dayBefore string
	// words is the parse of the sentence being read (nil without one).
	words []compare.Word
}

// Find returns the time expressions in the sentences of d, in document
// order and not overlapping, each with its TIMEX3 type and value. Relative
// expressions are anchored on d.PublishedDate and on the days the text names
// before them; the sentences' spans index d.Plain().
func Find(d *compare.Document, ss []compare.Sentence) []compare.Mention {
	text := d.Plain()
	pooled := toksPool.Get().(*[]token)
	sc := &scanner{text: text, lower: lowerASCII(text), dct: publishedAnchor(d.PublishedDate), toks: *pooled}
	defer func() { *pooled = sc.toks[:0]; toksPool.Put(pooled) }()
	sc.ref, sc.refMonth = sc.dct, sc.dct
	var ms []compare.Mention
	for _, s := range ss {
		if s.Span.Start < 0 || s.Span.End > len(text) || s.Span.Start >= s.Span.End {
			continue
		}
		sc.toks = tokenize(text, sc.lower, s.Span, sc.toks[:0])
		sc.words = s.Words
		sc.dayBefore, sc.lastDay = sc.lastDay, ""
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

// Each form reads tokens from i and reports where it ends and what it
// means. Forms do not look at what comes before i except to rule a match
// out ("2000 people") or to choose a tense.

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
