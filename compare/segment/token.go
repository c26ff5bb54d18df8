package segment

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// am and pm are the marks after a clock time (breakClock), in any case.
var am, pm = []byte("a.m."), []byte("p.m.")

type tokKind uint8

const (
	tWord     tokKind = iota // letters, digits and their joiners
	tAbbrev                  // a word with its dot: "Mr.", "U.S.", "J."
	tStop                    // . ! ? and their full-width forms
	tEllipsis                // ... or …
	tOpen                    // opening bracket or curly quote
	tClose                   // closing bracket or curly quote
	tQuote                   // " or ', opening or closing by position
	tPunct                   // any other symbol
)

// breakRule says when a stop or an abbreviation ends a sentence.
type breakRule uint8

const (
	breakNever   breakRule = iota // "Mr." "No. 5"
	breakStarter                  // before a clear starter: "U.S." "Dec." "a.m." "Inc." "..."
	breakCapital                  // before any capitalised word: "etc."
	breakStrong                   // before anything that may start a sentence: "." "!" "?"
	breakClock                    // before a capitalised word that no time goes on with: "a.m." "p.m."
)

type token struct {
	start, end int
	first      rune // first rune, for case tests
	kind       tokKind
	rule       breakRule // of a tAbbrev
}

func decode(p []byte, i int) (rune, int) {
	if c := p[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(p[i:])
}

// isSpace reports whether r separates tokens. Format characters (zero-width
// space, byte order mark) count as space except inside a word.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == aSpace
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] >= aDigit
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) }

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// isWideStop reports whether r ends a sentence without a following space,
// as in Chinese and Japanese text.
func isWideStop(r rune) bool { return r == '。' || r == '！' || r == '？' }

func isCloser(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '\'', '’', '”', '»', '›', '」', '』':
		return true
	}
	return false
}

func punctKind(r rune) tokKind {
	switch r {
	case '.', '!', '?', '。', '！', '？':
		return tStop
	case '…':
		return tEllipsis
	case '(', '[', '{', '“', '‘', '«', '‹', '„', '「', '『':
		return tOpen
	case ')', ']', '}', '”', '’', '»', '›', '」', '』':
		return tClose
	case '"', '\'':
		return tQuote
	}
	return tPunct
}

const (
	aPunct = iota
	aSpace
	aDigit // aDigit and above are word runes
	aUpper
	aLower
)

var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for _, b := range " \t\n\v\f\r" {
		c[b] = aSpace
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = aDigit
	}
	for b := 'A'; b <= 'Z'; b++ {
		c[b] = aUpper
		c[b+'a'-'A'] = aLower
	}
	return c
}()

// tokenize appends the tokens of [i, hi) to s.toks.
func (s *splitter) tokenize(i, hi int) {
	p := s.p
	for i < hi {
		r, n := decode(p, i)
		switch {
		case isWordRune(r):
			i = s.word(i, hi)
		case isSpace(r):
			i += n
		case r == '.':
			j := i + 1
			for j < hi && p[j] == '.' {
				j++
			}
			kind := tStop
			if j-i > 1 {
				kind = tEllipsis
			}
			s.toks = append(s.toks, token{start: i, end: j, first: '.', kind: kind})
			i = j
		default:
			s.toks = append(s.toks, token{start: i, end: i + n, first: r, kind: punctKind(r)})
			i += n
		}
	}
}

// word scans the word that starts at i, appends it and returns its end.
// Hyphens and apostrophes between word runes join ("Jong-un", "Seoul's");
// so do , . : / between digits ("1,200", "3.5", "10:30", "9/11") and a dot
// before a lower-case letter inside a longer word ("example.org"). A
// following dot joins an initial, an initialism or a known abbreviation.
func (s *splitter) word(i, hi int) int {
	p := s.p
	start := i
	first, _ := decode(p, i)
	var prev rune
	runes, letters := 0, true
	for i < hi {
		r, n := decode(p, i)
		if isWordRune(r) {
			if letters && !unicode.IsLetter(r) {
				letters = false
			}
			prev = r
			runes++
			i += n
			continue
		}
		if i+n >= hi {
			break
		}
		next, _ := decode(p, i+n)
		var join bool
		switch r {
		case '-', '\'', '’', '‐', '‑':
			join = isWordRune(next)
		case ',', ':', '/':
			join = isDigit(prev) && isDigit(next)
		case '.':
			join = isDigit(prev) && isDigit(next) || runes >= 2 && unicode.IsLower(next)
		default:
			join = r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r) && isWordRune(next)
		}
		if !join {
			break
		}
		letters = false
		prev = r
		runes++
		i += n
	}
	end, kind, rule := i, tWord, breakNever
	if i < hi && p[i] == '.' {
		if letters && runes <= 2 {
			// "J." "U.S." "a.m." "Ph.D.": short letter chunks, each with a dot.
			if j := s.initialism(i, hi); runes == 1 || j > i+1 {
				end, kind, rule = j, tAbbrev, breakStarter
				if w := p[start:j]; bytes.EqualFold(w, am) || bytes.EqualFold(w, pm) {
					rule = breakClock
				}
			}
		}
		if kind == tWord {
			if r, ok := abbreviations[string(p[start:i])]; ok {
				if r != breakBeforeNumber || s.digitFollows(i+1, hi) {
					if r == breakBeforeNumber {
						r = breakNever
					}
					end, kind, rule = i+1, tAbbrev, r
				}
			}
		}
	}
	s.toks = append(s.toks, token{start: start, end: end, first: first, kind: kind, rule: rule})
	return end
}

// initialism returns the end of the chunks "X." that continue the dot at i.
func (s *splitter) initialism(i, hi int) int {
	p := s.p
	k := i + 1
	for {
		m, n := k, 0
		for m < hi {
			r, size := decode(p, m)
			if !unicode.IsLetter(r) {
				break
			}
			m += size
			n++
		}
		if n == 0 || n > 2 || m >= hi || p[m] != '.' {
			return k
		}
		k = m + 1
	}
}

// digitFollows reports whether a digit comes at i after optional spaces
// on the same line.
func (s *splitter) digitFollows(i, hi int) bool {
	for i < hi && (s.p[i] == ' ' || s.p[i] == '\t') {
		i++
	}
	return i < hi && '0' <= s.p[i] && s.p[i] <= '9'
}
