package claims

import (
	"regexp"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Polarity claims: that what a clause says holds, or is denied.

// polarityClaims make one claim per clause of the sentence: that what the
// clause says holds (true) or, negated, does not (false). Two documents
// conflict on it when one clause denies what the other asserts.
func (x *extractor) polarityClaims(st *sent, cs []compare.Claim) []compare.Claim {
	start := 0
	flush := func(end int) {
		if c, ok := x.polarityClaim(st, start, end); ok {
			cs = append(cs, c)
		}
	}
	for i, w := range st.words {
		split := w.lower == ";"
		switch w.lower {
		case ",", "and", "but", "while", "whereas":
			split = i+1 < len(st.words) && clauseOpeners[st.words[i+1].lower]
		}
		if split {
			flush(i)
			start = i + 1
		}
	}
	flush(len(st.words))
	return cs
}

// MinPolarityTerms is the least number of content words a clause needs to
// make a polarity claim: fewer say too little to be compared.
const MinPolarityTerms = 2

func (x *extractor) polarityClaim(st *sent, from, to int) (compare.Claim, bool) {
	if to <= from {
		return compare.Claim{}, false
	}
	ts := x.termBuf[:0]
	negs := 0
	target := "" // the first content word after a negation: what it denies
	for _, w := range st.words[from:to] {
		switch {
		case w.kinds&kNegation != 0:
			negs++
		case w.mention >= 0:
			if st.ms[w.mention].Kind == compare.Name {
				ts = append(ts, st.termOfName(w.mention))
				if negs > 0 && target == "" {
					target = st.termOfName(w.mention)
				}
			}
		case len(w.lemma) >= 3 && w.kinds&(kStop|kGeneric) == 0 && hasLetter(w.lower):
			ts = append(ts, stem(w.lemma))
			if negs > 0 && target == "" {
				target = stem(w.lemma)
			}
		}
	}
	ts = x.sortedTerms(ts)
	if len(ts) < MinPolarityTerms || !st.title && !hasPredicate(st, from, to) {
		return compare.Claim{}, false
	}
	pol, value, bears := compare.Positive, "true", ts
	if negs%2 == 1 || st.modality == compare.Denied {
		pol, value = compare.Negative, "false"
		if target != "" {
			// "did not stop to rest" denies the waiting, not the
			// celebration: the claim bears on the word negated.
			bears = []string{target}
		}
	}
	ev := compare.Span{Start: st.words[from].span.Start, End: st.words[to-1].span.End}
	// The clean text, not the bytes as read: Markdown and link targets are
	// blanked there, and the blanks collapse.
	clause := collapseSpace(x.text[ev.Start:ev.End])
	return compare.Claim{
		Doc: x.d.ID, Key: "polarity", Kind: compare.PolarityKind,
		Question: asQuestion(clause),
		Value:    value, Display: answer(pol == compare.Positive),
		Polarity: pol, Modality: st.modality, Attribution: st.attrib,
		Sentence: st.s.Span, Evidence: ev, Terms: ts, Near: bears,
	}, true
}

// wireSlug is the label a news agency puts before a headline to say how
// the story stands ("Urgent:", "1st lead:", "Roundup:"): no part of what
// the headline says.
var wireSlug = regexp.MustCompile(`^(?i:urgent|flash|bulletin|roundup|update(?: \d+)?|news analysis|analysis|\d+(?:st|nd|rd|th) (?:lead|update|writethru))\s*:\s+`)

// asQuestion makes a clause the object of "Is it so that …?": its final
// stop dropped, and its first word lower-cased only when it is a function
// word ("The", "There", "Nobody"), which is never a name.
func asQuestion(clause string) string {
	clause = strings.TrimRight(clause, ".!?;: ")
	if loc := wireSlug.FindStringIndex(clause); loc != nil && loc[1] < len(clause) {
		clause = clause[loc[1]:]
	}
	first, rest, _ := strings.Cut(clause, " ")
	if low := strings.ToLower(first); low != first && (stopwords[low] || negations[low]) {
		clause = low + " " + rest
	}
	return "Is it so that " + clause + "?"
}

// hasPredicate reports whether words [from, to) hold a verb that states
// something, or a copula: a phrase of names alone ("the Harbour Party
// (HP)", cut from "the Harbour Party and the Greens rejected it") affirms
// nothing and denies nothing. A participle qualifying a noun ("a wanted
// man") states nothing either; a word read as a verb though tagged a
// noun is a verb. Headlines, which state in few words ("Shares lower at
// noon"), are not asked.
func hasPredicate(st *sent, from, to int) bool {
	for _, w := range st.words[from:to] {
		if w.upos == "VERB" && w.rel != "amod" || w.upos == "AUX" || w.guessed {
			return true
		}
	}
	return false
}
