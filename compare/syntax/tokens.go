package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// Words splits a sentence's tokens (as segment gives them) into the
// syntactic words of Universal Dependencies English, as byte spans of
// text: clitics come off their host ("don't" → "do" + "n't", "Kim's" →
// "Kim" + "'s", "cannot" → "can" + "not") and hyphenated compounds split
// into their parts and the hyphen ("long-term" → "long" "-" "term"),
// except after bound prefixes such as "co-", "re-" or "e-" and in digit
// strings with several hyphens (phone numbers). Every word is a part of
// one token, so its span points into the text as read.
func Words(text []byte, tokens []compare.Span) []compare.Span {
	out := make([]compare.Span, 0, len(tokens)+len(tokens)/8)
	for _, t := range tokens {
		out = appendWords(out, text, t)
	}
	return out
}

func appendWords(out []compare.Span, text []byte, t compare.Span) []compare.Span {
	tok := string(text[t.Start:t.End])
	// One clitic or contraction at the end at most, then the host is split
	// at its hyphens.
	k := cliticStart(tok)
	if k == 0 {
		k = contractionSplit(tok)
	}
	if k == 0 {
		return appendHyphenated(out, tok, t.Start)
	}
	out = appendHyphenated(out, tok[:k], t.Start)
	return append(out, compare.Span{Start: t.Start + k, End: t.End})
}

// cliticStart returns where a clitic starts in tok ('s 're 've 'll 'd 'm
// n't, with a straight or curly apostrophe), or 0 when there is none.
func cliticStart(tok string) int {
	if !strings.ContainsAny(tok, "'’") {
		return 0
	}
	for _, c := range clitics {
		if n := len(tok) - len(c); n > 0 && strings.EqualFold(tok[n:], c) {
			return n
		}
	}
	return 0
}

var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’s", "’re", "’ve", "’ll", "’d", "’m"}

// contractionSplit splits the few contractions written as one word:
// "cannot", "gonna", "wanna", "gotta" (UD keeps both halves as words).
func contractionSplit(tok string) int {
	if len(tok) != 5 && len(tok) != 6 {
		return 0
	}
	for _, c := range []string{"cannot", "gonna", "wanna", "gotta"} {
		if strings.EqualFold(tok, c) {
			return 3
		}
	}
	return 0
}

// boundPrefixes stay joined to the word after their hyphen, following the
// UD English guidelines for hyphenated words.
var boundPrefixes = map[string]bool{
	"e": true, "co": true, "pre": true, "post": true, "non": true, "re": true, "semi": true,
	"anti": true, "multi": true, "inter": true, "mid": true, "sub": true, "ex": true,
	"pro": true, "de": true, "un": true, "over": true, "under": true, "self": true,
	"x": true, "t": true, "u": true, "a": true, "b": true, "c": true,
}

// appendHyphenated appends the words of s, which starts at byte start of
// the text.
func appendHyphenated(out []compare.Span, s string, start int) []compare.Span {
	t := compare.Span{Start: start, End: start + len(s)}
	if !strings.Contains(s, "-") || strings.Count(s, "-") > 1 && digitsAndHyphens(s) {
		return append(out, t)
	}
	first, _, _ := strings.Cut(s, "-")
	if boundPrefixes[strings.ToLower(first)] {
		return append(out, t)
	}
	from := t.Start
	for i := 0; i < len(s); i++ {
		if s[i] != '-' || i == 0 || i == len(s)-1 {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if !isWordy(prev) || !isWordy(next) {
			continue
		}
		out = append(out, compare.Span{Start: from, End: t.Start + i}, compare.Span{Start: t.Start + i, End: t.Start + i + 1})
		from = t.Start + i + 1
	}
	return append(out, compare.Span{Start: from, End: t.End})
}

func isWordy(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func digitsAndHyphens(s string) bool {
	for _, r := range s {
		if r != '-' && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
