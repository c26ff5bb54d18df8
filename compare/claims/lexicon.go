package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// plural returns the plural of a lower-case English noun, enough for
// questions: person → people, navy → navies, ship → ships.
func plural(noun string) string {
	if p, ok := irregularPlural[noun]; ok {
		return p
	}
	n := len(noun)
	switch {
	case n == 0:
		return "people"
	case strings.HasSuffix(noun, "s"), strings.HasSuffix(noun, "x"), strings.HasSuffix(noun, "ch"), strings.HasSuffix(noun, "sh"):
		return noun + "es"
	case n > 1 && noun[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(noun[n-2])):
		return noun[:n-1] + "ies"
	}
	return noun + "s"
}

var irregularPlural = map[string]string{"person": "people", "man": "men", "woman": "women", "child": "children", "people": "people"}

// irregular maps inflected forms that suffix stripping gets wrong.
var irregular = map[string]string{
	"met": "meet", "held": "hold", "died": "die", "dying": "die", "deaths": "death",
	"fought": "fight", "began": "begin", "begun": "begin", "took": "take", "taken": "take",
	"won": "win", "said": "say", "told": "tell", "rose": "rise", "risen": "rise",
	"fell": "fall", "fallen": "fall", "left": "leave", "broke": "break", "broken": "break",
	"sent": "send", "shot": "shot", "shots": "shot", "hurt": "hurt", "lives": "life",
	"children": "child", "people": "people", "men": "man", "women": "woman",
	"talks": "talk", "news": "news", "was": "be", "were": "be", "is": "be", "are": "be",
	"been": "be", "has": "have", "had": "have", "did": "do", "does": "do", "seen": "see",
	"saw": "see", "gave": "give", "given": "give", "found": "find", "led": "lead",
	"struck": "strike", "killed": "kill", "injured": "injure", "wounded": "wound",
	"agreed": "agree", "closed": "close", "opened": "open", "reopened": "reopen",
	"elected": "elect", "arrested": "arrest", "detained": "detain", "signed": "sign",
	"displaced": "displace", "evacuated": "evacuate", "exploded": "explode", "raised": "raise",
	"increased": "increase", "decreased": "decrease", "declined": "decline", "dropped": "drop",
	"resigned": "resign", "shut": "shut", "crashed": "crash", "voted": "vote", "polls": "poll",
	// Not "accord": "according to" attributes, it names no agreement.
	"according": "according", "accordingly": "accordingly", "vying": "vie", "ran": "run",
}

// lemma returns a dictionary form of a lower-case word, good enough to make
// inflections of one word meet; it is not a full morphological analyser.
// Package claims asks it once per token (readToken), whose answers are
// remembered.
func lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	rest, hyphenRe := strings.CutPrefix(w, "re-")
	hyphenRe = hyphenRe && len(rest) > 2
	stripped := stripSuffix(w)
	if !hyphenRe && stripped == w {
		// Nothing to undo: the answer is w whatever WordNet says, so most
		// words of a text skip its tables.
		return w
	}
	if lexicon.Lemma(w, lexicon.Noun) == w && firstEvent(nounClasses(w)) != nil {
		return w // "meeting", "killing": nouns of events, not forms of verbs
	}
	if hyphenRe {
		// "re-opened" is "reopened" written with a hyphen.
		return lemma("re" + rest)
	}
	return stripped
}

// stripSuffix removes an inflection's suffix from a lower-case word.
func stripSuffix(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	}
	return w
}

// undouble turns "stopp" back into "stop" after a suffix is removed.
func undouble(s string) string {
	if n := len(s); n > 2 && s[n-1] == s[n-2] && !strings.ContainsRune("lsz", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

// generic words occur in reports of every kind of event, so sharing them
// says nothing about being about the same thing.
var generic = set("people person official government figure number total percent year time day week month report source")

// GenericCount reports whether a count key counts a thing too general to
// say which group it is ("count/person" of "340 people"): every story
// counts people of many kinds.
func GenericCount(key string) bool {
	parts := strings.Split(key, "/")
	return parts[0] == "count" && len(parts) > 1 && generic[parts[1]]
}

// GenericThing reports whether a counted noun names people or things at
// large ("people", "others", "men"): a count of it says little of which
// group it is.
func GenericThing(noun string) bool {
	return generic[noun] || broadCounted[noun]
}

// broadCounted are counted nouns that, not generic as words of a
// sentence, are as broad as counts.
var broadCounted = set("other man woman thing")

// stopwords carry no content for alignment.
var stopwords = wordlist.Stopwords

// rises and falls are the adverbs that say an amount changed a figure
// and which way.
var rises, falls = wordlist.RiseAdverbs, wordlist.FallAdverbs
