package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordInfo holds what the tagger and parser read of one word, hashed once.
type wordInfo struct {
	form   uint64 // the form as written (normalised quotes)
	lower  uint64 // lower-cased
	suf    [4]uint64
	pre    [3]uint64
	shape  uint64
	lowerS string // lower-cased form, for the lexicon and the lemmatiser
	// cl holds the word's GloVe class at three granularities (16, 256 and
	// 2048 classes), or noCluster marks for words without a vector.
	cl [3]uint64
	// punct is true for a word of punctuation alone (",", "--", "(").
	punct bool
	// caseCount, on a sentence's first word only, is sentenceCase + 1,
	// set by markCase.
	caseCount uint8
}

// markCase records on ws[0] how much of the sentence is capitalised.
func markCase(ws []wordInfo, forms []string) {
	if len(ws) == 0 {
		return
	}
	words, caps, upper := 0, 0, 0
	for _, f := range forms {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
			if len(f) > 1 && strings.ToUpper(f) == f {
				upper++
			}
		}
	}
	c := uint8(0)
	switch {
	case words >= 3 && upper*10 >= words*8:
		c = 3
	case words >= 3 && caps*10 >= words*7:
		c = 2
	case words >= 3 && caps*10 >= words*4:
		c = 1
	}
	ws[0].caseCount = c + 1
}

// normalize maps typographic variants to the forms the treebank uses, so
// that text from articles and treebank text look alike to the model.
func normalize(s string) string {
	if isASCII(s) {
		return s
	}
	return typographic.Replace(s)
}

var typographic = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "—", "--", "–", "-", "…", "...", "\u00a0", " ")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func infoOf(form string) wordInfo {
	form = normalize(form)
	lower := toLower(form)
	wi := wordInfo{form: hashString(form), lower: hashString(lower), lowerS: lower}
	// Suffixes and prefixes count runes, so that a multi-byte letter is
	// never cut in half; a word shorter than k has its whole self, marked.
	end := len(lower)
	for k := 1; k <= 4; k++ {
		if end > 0 {
			_, size := utf8.DecodeLastRuneInString(lower[:end])
			end -= size
			wi.suf[k-1] = hashString(lower[end:])
		} else {
			wi.suf[k-1] = wi.lower ^ uint64(k)
		}
	}
	start := 0
	for k := 1; k <= 3; k++ {
		if start < len(lower) {
			_, size := utf8.DecodeRuneInString(lower[start:])
			start += size
			wi.pre[k-1] = hashString(lower[:start])
		} else {
			wi.pre[k-1] = wi.lower ^ uint64(k)
		}
	}
	wi.shape = shapeHash(form)
	wi.punct = isPunct(form)
	c := uint64(clusterOf(lower))
	if c == noCluster {
		wi.cl = [3]uint64{c, c, c}
	} else {
		wi.cl = [3]uint64{c >> 7, c >> 3, c}
	}
	return wi
}

func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// toLower is strings.ToLower without an allocation for a word already in
// lower case, the common case.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// shapeHash hashes the shape of s without building it: letters map to X
// or x, digits to d, other runes stay, and runs longer than two fold, as
// "McCain" → "XxXxx", "1,200" → "d,dd", "U.S." → "X.X.", up to the rune
// that takes the shape past 12 bytes.
func shapeHash(s string) uint64 {
	h := uint64(fnvOffset)
	var last rune
	var buf [utf8.UTFMax]byte
	run, size := 0, 0
	for _, r := range s {
		c := shapeClass(r)
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		n := utf8.EncodeRune(buf[:], c)
		for _, b := range buf[:n] {
			h ^= uint64(b)
			h *= fnvPrime
		}
		if size += n; size > 12 {
			break
		}
	}
	return h
}

func shapeClass(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'x'
	case 'A' <= r && r <= 'Z':
		return 'X'
	case '0' <= r && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}
