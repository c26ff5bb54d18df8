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
	// Clitics at the end: one split at most, then the host is split at
	// its hyphens.
	end := t.End
	var clitic compare.Span
	if k := cliticStart(tok); k > 0 {
		clitic = compare.Span{Start: t.Start + k, End: t.End}
		end = t.Start + k
	} else if k := contractionSplit(tok); k > 0 {
		clitic = compare.Span{Start: t.Start + k, End: t.End}
		end = t.Start + k
	}
	out = appendHyphenated(out, text, compare.Span{Start: t.Start, End: end})
	if clitic.End > clitic.Start {
		out = append(out, clitic)
	}
	return out
}

// cliticStart returns where a clitic starts in tok ('s 're 've 'll 'd 'm
// n't, with a straight or curly apostrophe), or 0 when there is none.
func cliticStart(tok string) int {
	lower := strings.ToLower(tok)
	for _, ap := range []string{"'", "’"} {
		if i := strings.LastIndex(lower, "n"+ap+"t"); i > 0 && i+len("n"+ap+"t") == len(lower) {
			return i
		}
		for _, c := range []string{"s", "re", "ve", "ll", "d", "m"} {
			suf := ap + c
			if strings.HasSuffix(lower, suf) && len(lower) > len(suf) {
				return len(tok) - len(suf)
			}
		}
	}
	return 0
}

// contractionSplit splits the few contractions written as one word:
// "cannot", "gonna", "wanna", "gotta" (UD keeps both halves as words).
func contractionSplit(tok string) int {
	switch strings.ToLower(tok) {
	case "cannot":
		return 3
	case "gonna", "wanna", "gotta":
		return 3
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

func appendHyphenated(out []compare.Span, text []byte, t compare.Span) []compare.Span {
	s := string(text[t.Start:t.End])
	if !strings.Contains(s, "-") || strings.Count(s, "-") > 1 && digitsAndHyphens(s) {
		return append(out, t)
	}
	first, _, _ := strings.Cut(s, "-")
	if boundPrefixes[strings.ToLower(first)] {
		return append(out, t)
	}
	start := t.Start
	for i := 0; i < len(s); i++ {
		if s[i] != '-' || i == 0 || i == len(s)-1 {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if !isWordy(prev) || !isWordy(next) {
			continue
		}
		out = append(out, compare.Span{Start: start, End: t.Start + i}, compare.Span{Start: t.Start + i, End: t.Start + i + 1})
		start = t.Start + i + 1
	}
	return append(out, compare.Span{Start: start, End: t.End})
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
