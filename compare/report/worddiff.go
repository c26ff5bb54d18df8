package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// maxDiffWords bounds the words of each sentence given to the diff: the
// diff's cost grows with the product of the lengths, and a "sentence" of
// thousands of words is a segmentation failure not worth marking.
const maxDiffWords = 2000

// byteRange is [start, end) of a string.
type byteRange struct{ start, end int }

// words splits s into tokens that cover it exactly: runs of letters and
// digits (with inner apostrophes, hyphens, dots and commas, so "don't",
// "well-known", "U.S." and "1,200.5" stay whole), runs of spaces, and
// single other characters.
func words(s string) []byteRange {
	var out []byteRange
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case isWordRune(r):
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r) {
					j += n
					continue
				}
				// A joiner stays inside the word only between two word runes.
				if isJoiner(r) && j+n < len(s) {
					if next, _ := utf8.DecodeRuneInString(s[j+n:]); isWordRune(next) {
						j += n
						continue
					}
				}
				break
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r) {
					break
				}
				j += n
			}
		}
		out = append(out, byteRange{i, j})
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', ',':
		return true
	}
	return false
}

// wordRune returns the rune standing for the i-th distinct word. The
// runes come from the private use areas, which no diff heuristic treats
// as letters, spaces or line breaks, and they stay valid UTF-8 when
// go-diff turns them into strings.
func wordRune(i int) (rune, bool) {
	const bmp = 0xF8FF - 0xE000 + 1
	switch {
	case i < bmp:
		return rune(0xE000 + i), true
	case i-bmp <= 0x10FFFD-0xF0000:
		return rune(0xF0000 + i - bmp), true
	}
	return 0, false
}

// changedWords returns the ranges of a that are not in b and the ranges of
// b that are not in a, compared word by word: as go-diff's DiffLinesToRunes
// does for lines, each distinct word becomes one rune, the rune strings
// are diffed, and the result is mapped back to byte ranges. It returns nil
// slices when a and b are equal or too long to compare.
func changedWords(a, b string) (inA, inB []byteRange) {
	wa, wb := words(a), words(b)
	if len(wa) > maxDiffWords || len(wb) > maxDiffWords || a == b {
		return nil, nil
	}
	ids := make(map[string]rune)
	encode := func(s string, ws []byteRange) ([]rune, bool) {
		rs := make([]rune, len(ws))
		for i, w := range ws {
			word := s[w.start:w.end]
			if strings.TrimSpace(word) == "" {
				word = " " // a line break inside a sentence is just a space
			}
			r, ok := ids[word]
			if !ok {
				if r, ok = wordRune(len(ids)); !ok {
					return nil, false
				}
				ids[word] = r
			}
			rs[i] = r
		}
		return rs, true
	}
	ra, okA := encode(a, wa)
	rb, okB := encode(b, wb)
	if !okA || !okB {
		return nil, nil
	}

	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // a deadline would make the output depend on the machine
	// No DiffCleanupSemantic: it weighs equalities by runes, here words
	// and spaces alike, and would swallow the shared words that make two
	// sentences comparable. Only gaps of white space are closed, below.
	diffs := dmp.DiffMainRunes(ra, rb, false)

	// Walk the diff counting words on each side: every rune of a diff's
	// text is one word.
	var ia, ib int
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ia += n
			ib += n
		case diffmatchpatch.DiffDelete:
			inA = appendRange(a, inA, byteRange{wa[ia].start, wa[ia+n-1].end})
			ia += n
		case diffmatchpatch.DiffInsert:
			inB = appendRange(b, inB, byteRange{wb[ib].start, wb[ib+n-1].end})
			ib += n
		}
	}
	return trimSpace(a, inA), trimSpace(b, inB)
}

// appendRange appends r, a range of s, merging it with the last range when
// only white space lies between them, so that "[-two old-]" is one change
// rather than "[-two-] [-old-]".
func appendRange(s string, rs []byteRange, r byteRange) []byteRange {
	if r.start == r.end {
		return rs
	}
	if n := len(rs); n > 0 && strings.TrimSpace(s[rs[n-1].end:r.start]) == "" {
		rs[n-1].end = r.end
		return rs
	}
	return append(rs, r)
}

// trimSpace drops spaces at the edges of each range, and ranges of spaces
// only: a changed space is not worth marking, and "[- old-]" reads worse
// than " [-old-]".
func trimSpace(s string, rs []byteRange) []byteRange {
	out := rs[:0]
	for _, r := range rs {
		for r.start < r.end {
			c, n := utf8.DecodeRuneInString(s[r.start:r.end])
			if !unicode.IsSpace(c) {
				break
			}
			r.start += n
		}
		for r.start < r.end {
			c, n := utf8.DecodeLastRuneInString(s[r.start:r.end])
			if !unicode.IsSpace(c) {
				break
			}
			r.end -= n
		}
		if r.start < r.end {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
