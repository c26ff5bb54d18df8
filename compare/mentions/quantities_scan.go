package mentions

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the small tokenizer that the quantity and name finders
// share. It does not depend on package segment: the finders need their own
// finer split (a number and its "km" suffix, "U" "." "S" ".") anyway.

type tokKind uint8

const (
	tWord tokKind = iota + 1 // letters, digits after a letter, inner apostrophes
	tNum                     // digits with inner "," or "." groups: 1,200.5; or "61. 3" (see spacedDecimalEnd)
	tSym                     // any other single rune that is not a space
)

type token struct {
	start, end int // byte offsets into the document text
	kind       tokKind
	text, low  string // low is text in lower case (the same string when already lower)
}

// tokenize appends to buf the tokens of text[start:end] and returns it.
func tokenize(text string, start, end int, buf []token) []token {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r):
			j := i + size
			for j < end {
				if c := text[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
					j++ // most of a word: ASCII, told without decoding it
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += s2
					continue
				}
				if r2 == '\'' || r2 == '’' { // "o'clock", "Korea's"
					if j+s2 < end {
						r3, _ := utf8.DecodeRuneInString(text[j+s2 : end])
						if unicode.IsLetter(r3) {
							j += s2
							continue
						}
					}
				}
				break
			}
			buf = append(buf, word(text, i, j, tWord))
			i = j
		case r >= '0' && r <= '9':
			j := i + 1
			for j < end {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			j = spacedDecimalEnd(text, i, j, end)
			buf = append(buf, token{start: i, end: j, kind: tNum, text: text[i:j], low: text[i:j]})
			i = j
		default:
			buf = append(buf, token{start: i, end: i + size, kind: tSym, text: text[i : i+size], low: text[i : i+size]})
			i += size
		}
	}
	return buf
}

// spacedDecimalEnd returns the end of the number text[i:j] extended over
// a decimal point that de-tokenised wire text split with a space: "61. 3
// percent" is 61.3 percent. Wire style begins no sentence with a figure,
// but a year may end one ("in 2005. 20 people died"), so the join needs
// one to three digits, the point, exactly one space, one to three digits
// and a percent sign or word; otherwise it returns j. Package segment
// keeps such a point inside the sentence.
func spacedDecimalEnd(text string, i, j, end int) int {
	if j-i > 3 || !cleanIsPlain(text[i:j]) || j+2 >= end || text[j] != '.' || text[j+1] != ' ' {
		return j
	}
	k := j + 2
	for k < end && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	if n := k - (j + 2); n == 0 || n > 3 {
		return j
	}
	rest := strings.TrimLeft(text[k:end], " ")
	if strings.HasPrefix(rest, "%") {
		return k
	}
	for _, w := range [...]string{"percent", "per cent", "pct"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			if r, _ := utf8.DecodeRuneInString(rest[len(w):]); !unicode.IsLetter(r) {
				return k
			}
		}
	}
	return j
}

func word(text string, i, j int, k tokKind) token {
	s := text[i:j]
	return token{start: i, end: j, kind: k, text: s, low: lower(s)}
}

// lower is strings.ToLower without an allocation for words already in lower case.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

// isCap reports whether s starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether s has at least two letters, all upper case.
func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// adjacent reports whether a ends exactly where b starts.
func adjacent(a, b token) bool { return a.end == b.start }
