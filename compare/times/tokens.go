package times

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

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

// lowerASCII returns text with ASCII letters in lower case, the only ones
// the time words need, as one string whose words the tokens slice.
func lowerASCII(text []byte) string {
	var sb strings.Builder
	sb.Grow(len(text)) // one allocation, not zeroed
	var chunk [512]byte
	for len(text) > 0 {
		n := copy(chunk[:], text)
		k := 0
		for ; k+8 <= n; k += 8 {
			// eight bytes at a time: a byte gets 0x20 when it is in A-Z
			x := binary.LittleEndian.Uint64(chunk[k:])
			low := x & 0x7f7f7f7f7f7f7f7f
			geA := low + 0x3f3f3f3f3f3f3f3f // high bit set from 'A' (0x41) up
			gtZ := low + 0x2525252525252525 // high bit set above 'Z' (0x5a)
			upper := (geA ^ gtZ) & ^x & 0x8080808080808080
			binary.LittleEndian.PutUint64(chunk[k:], x|upper>>2)
		}
		for ; k < n; k++ {
			if c := chunk[k]; 'A' <= c && c <= 'Z' {
				chunk[k] = c + 'a' - 'A'
			}
		}
		sb.Write(chunk[:n])
		text = text[n:]
	}
	return sb.String()
}
