package ingest

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
)

// maxBoilerplateWords bounds the lines that the phrase and whole-line
// patterns may mark: a page's buttons and prompts are short, and a longer
// line is taken for prose unless an unmistakable pattern says otherwise.
const maxBoilerplateWords = 15

// siteName is a banner that can be a site's name: words only.
var siteName = regexp.MustCompile(`^[\p{Lu}0-9][\p{Lu}0-9 .&'-]*$`)

// Boilerplate patterns. Each one is a general page furniture pattern, not
// a particular site's line; a line is boilerplate when
//   - an unmistakable pattern matches it, whatever its length, or
//   - it has at most maxBoilerplateWords words and a phrase pattern
//     matches it anywhere (so "HARBOURWATCH - Donate today to keep us
//     independent" and other lines gluing two things are caught), or
//   - it has at most maxBoilerplateWords words and every part of it,
//     split at separators such as "|" or " - ", matches a whole-line
//     pattern ("Share | Tweet | Email").
var (
	// unmistakable: a photo credit in parentheses opening a caption.
	unmistakable = regexp.MustCompile(`(?i)^\(\s*(?:photo|image|picture|photograph|video)s?\s*(?:credit)?\s*:[^)]*\)`)

	phrases = regexp.MustCompile(`(?i)` + strings.Join([]string{
		// social buttons
		`\b(?:like|follow|find|join|friend) us (?:on|at) (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|telegram|whatsapp|google\+?)\b`,
		`\bshare (?:this|on) (?:facebook|twitter|x|linkedin|whatsapp|email)\b`,
		// "Make The Valley Echo your homepage"
		`\bmake \S+(?: \S+){0,3} your (?:home ?page|start ?page|default page)\b`,
		// newsletters and mailing lists
		`\bsign up (?:for|to) (?:our|the|a|\S+'s)\b.{0,40}\b(?:newsletters?|mailing list|alerts|briefing|digest)\b`,
		`\bjoin (?:the|our) \S+(?: \S+){0,4} (?:mailing list|newsletter)\b`,
		`\bsubscribe (?:to|for) (?:our|the)\b.{0,40}\b(?:newsletters?|mailing list|channel|feed|podcast|updates)\b`,
		`\benter your e-?mail\b`,
		// donation appeals
		`\bmake a (?:charitable |tax-deductible |one-time |monthly )?donation\b`,
		`\b(?:donate|give) (?:now|today)\b`,
		`\bbecome a (?:member|patron|supporter|subscriber)\b`,
		// photo credits
		`^(?:photo|image|picture)s?\s*(?:credit|courtesy)s?\b`,
		`\b(?:photo|image|picture) (?:credit|courtesy)\b`,
		// cookie notices
		`\b(?:we|this (?:site|website)) uses? cookies\b`,
		`\baccept (?:all )?cookies\b`,
		// copyright
		`©|\(c\) (?:19|20)\d\d\b|\bcopyright (?:©\s*)?(?:19|20)\d\d\b|\ball rights reserved\b`,
		// wire-service advisories to editors ("ATTENTION - ADDS quotes ///")
		`///\s*$`,
	}, "|"))

	whole = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
		// share and like buttons
		`(?:share|tweet|retweet|email|e-mail|print|pin(?: it)?|like|follow|comment|comments|save|copy link|whatsapp|facebook|twitter|linkedin|reddit)(?: (?:this|it))?(?: (?:article|story|page|post))?(?: on \w+)?`,
		`\d+ (?:comments?|shares?|likes?)`,
		// subscribe prompts
		`subscribe(?: now| today| here| for free)?`,
		`(?:sign up|log in|sign in|register)(?: now| today| here| for free)?`,
		// page furniture
		`advertisement|advertising|sponsored(?: content)?|ad`,
		`related(?: (?:articles?|stories|news|content|posts|coverage|topics))?(?:\s*:.*)?`,
		`read more(?:\s*:.*)?|continue reading|more on this story|see also(?:\s*:.*)?`,
		`click here(?: .{0,60})?`,
		`skip to (?:main )?content|back to top|top of page|go to top`,
		`photo(?:graph)?s?\s*:.*|image(?: credit)?\s*:.*|picture\s*:.*|credit\s*:.*`,
	}, "|") + `)[\s!.:»›>…]*$`)

	// separators inside a line that glues buttons together; in Markdown
	// a blanked "|" leaves a run of spaces.
	separatorRe = regexp.MustCompile(`\s*[|•·]\s*|\s+[-–—/]\s+|\s{2,}`)
)

// isBoilerplate reports whether s, a trimmed line, is page furniture
// rather than article text.
func isBoilerplate(s string) bool {
	if fieldsExceed(s, maxBoilerplateWords) && !strings.HasPrefix(strings.TrimLeftFunc(s, unicode.IsSpace), "(") {
		// Counted first, as most lines are paragraphs: strings.Fields
		// would make a slice of their words only to count them.
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxBoilerplateWords && !strings.HasPrefix(words[0], "(") {
		return false // a paragraph, which only unmistakable, opening with "(", could catch
	}
	one := strings.Join(words, " ") // blanked markup leaves runs of spaces
	if unmistakable.MatchString(one) {
		return true
	}
	if len(words) > maxBoilerplateWords {
		return false
	}
	if mayBePhrase(one) && phrases.MatchString(one) || mayBeWhole(one) && whole.MatchString(one) {
		return true
	}
	parts := []string{s}
	if mayHaveSeparator(s) {
		parts = separatorRe.Split(s, -1)
	}
	if len(parts) == 1 && strings.TrimSpace(parts[0]) == one {
		return false // the one part is the line whole has just refused
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if part != "" && !(mayBeWhole(part) && whole.MatchString(part)) {
			return false
		}
	}
	return true
}

// mayHaveSeparator reports whether separatorRe can match in s: most
// short lines (titles, date lines, bylines) have none of its characters,
// and skip the regular expression.
func mayHaveSeparator(s string) bool {
	if strings.ContainsAny(s, "|•·-–—/") {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		if isRESpace(s[i]) && isRESpace(s[i+1]) {
			return true
		}
	}
	return false
}

// isRESpace reports whether c is white space as \s reads it in a regular
// expression: ASCII only, without \v.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// fieldsExceed reports whether s has more than n words as strings.Fields
// splits it.
func fieldsExceed(s string, n int) bool {
	count, inWord := 0, false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && (r == ' ' || '\t' <= r && r <= '\r') || r >= utf8.RuneSelf && unicode.IsSpace(r):
			inWord = false
		case !inWord:
			inWord = true
			if count++; count > n {
				return true
			}
		}
	}
	return false
}

// wholeFirstWords are the words, in lower case, that whole's patterns
// begin with: looking up a line's first word spares most lines the
// regular expression. "e" is of "e-mail".
var wholeFirstWords = set("share tweet retweet email e print pin like follow comment comments save copy whatsapp " +
	"facebook twitter linkedin reddit subscribe sign log register advertisement advertising sponsored ad related " +
	"read continue more see click skip back top go photo photos photograph photographs image picture credit")

var set = wordlist.Of

// mayBeWhole reports whether whole may match s: when s opens with a
// digit (a count of comments) or a non-ASCII letter (whose case folding,
// "ſ" for "s", lower-casing would not follow), or its first run of ASCII
// letters is one of wholeFirstWords.
func mayBeWhole(s string) bool {
	var buf [16]byte
	w := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || i == 0 && '0' <= c && c <= '9':
			return true
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c < 'a' || c > 'z':
			return wholeFirstWords[string(w)]
		}
		if len(w) == len(buf) {
			return false // longer than any of them
		}
		w = append(w, c)
	}
	return wholeFirstWords[string(w)]
}

// phraseWords are words one of which every match of phrases holds, in
// lower case: looking for them first spares most lines the regular
// expression, which is much slower.
var phraseWords = []string{" us ", "share ", "your ", "sign up ", "join ", "subscribe ", "donation",
	"donate ", "give ", "become a ", "credit", "courtesy", "cookies", "(c) ", "copyright ",
	"all rights reserved", "///"}

// mayBePhrase reports whether phrases may match s: always for a line
// that is not all ASCII, whose case folding ("ſ" matches "s") lower-casing
// would not follow.
func mayBePhrase(s string) bool {
	lower := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	for _, w := range phraseWords {
		if bytes.Contains(lower, []byte(w)) {
			return true
		}
	}
	return false
}
