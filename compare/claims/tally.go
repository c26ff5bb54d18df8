package claims

import (
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// Tally claims: how a vote split, written as two numbers joined by a
// dash ("the council voted 7-4", "a 5-4 ruling", "approved the plan
// 118–97"). A story tells its decisive vote once; two reports that give
// it differently contradict each other.

// tallyKey is the key of every tally claim: one question a story asks.
const tallyKey = "tally"

// severalPart ends the key of the tallies of a report that gives more
// than one ("tally/several/1"): which vote each is, a committee's or the
// chamber's, the first or the second, no key says, so none is set
// against another report's.
const severalPart = "several"

// settleTallies rekeys the tallies of a document's claims cs when they
// give more than one split, each apart from every other.
func settleTallies(cs []compare.Claim) {
	var first string
	several := false
	for i := range cs {
		if cs[i].Key == tallyKey {
			if first == "" {
				first = cs[i].Value
			} else if cs[i].Value != first {
				several = true
			}
		}
	}
	if !several {
		return
	}
	n := 0
	for i := range cs {
		if cs[i].Key == tallyKey {
			n++
			cs[i].Key = kindKey(tallyKey, severalPart, strconv.Itoa(n))
		}
	}
}

// maxTallySide is the largest number one side of a tally may be: a
// chamber's members, not a year or a range of them.
const maxTallySide = 999

// tallyClaims appends the tallies of a sentence.
func (x *extractor) tallyClaims(st *sent, cs []compare.Claim) []compare.Claim {
	for i := 0; i < len(st.words); i++ {
		w := st.words[i]
		if w.mention >= 0 {
			continue
		}
		text, span, last := w.lower, w.span, i
		if i+2 < len(st.words) && (st.words[i+1].lower == "-" || st.words[i+1].lower == "–") &&
			st.words[i+1].span.Start == w.span.End && st.words[i+2].span.Start == st.words[i+1].span.End {
			// The tokenizer may split "8-3" in three.
			text, span, last = w.lower+"-"+st.words[i+2].lower, cover(w.span, st.words[i+2].span), i+2
		}
		yes, no, ok := readTally(text)
		if !ok {
			continue
		}
		h := w.head
		if h >= i && h <= last {
			h = st.words[last].head
		}
		if !decidesBy(st, h) && !(h >= 0 && st.words[h].upos == "NOUN" && (h < i || hasCase(st, h, "by")) && decidesBy(st, st.words[h].head)) {
			// "approved the deal 8-3": the parse may hang it on the
			// object before it; "passed it by an 8-3 margin" on the
			// noun it qualifies. "overturned a 12-6 deficit" is no
			// vote's.
			continue
		}
		value := strconv.Itoa(max(yes, no)) + "-" + strconv.Itoa(min(yes, no))
		cs = append(cs, x.claim(st, compare.Quantity, tallyKey, "What was the vote?", value, x.d.Slice(span), span, i))
		i = last
	}
	return cs
}

// readTally reads "7-4" or "118–97": two numbers of a tally.
func readTally(s string) (int, int, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		a, b, ok = strings.Cut(s, "–")
	}
	if !ok || a == "" || b == "" || a[0] == '0' && len(a) > 1 || b[0] == '0' && len(b) > 1 {
		return 0, 0, false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || x > maxTallySide || y > maxTallySide || x == 0 && y == 0 {
		return 0, 0, false
	}
	return x, y, true
}

// The WordNet kinds of the verbs and nouns a tally hangs on.
var (
	decidingVerbs = []string{"vote", "decide", "approve", "reject"}
	decisionNouns = []string{"vote", "decision", "judgment"}
)

// decidesBy reports whether word h, which a tally hangs on, is a vote
// or a decision: a verb WordNet files under voting, deciding, approving
// or rejecting ("voted", "ruled", "approved", "backed"), or that has a
// sense of legislating ("passed", "enacted"), or a noun of a
// vote or a decision ("a 5-4 ruling"). A score ("won 3-1", "defeated
// them 28-25") is none: a match's sets and goals are many.
func decidesBy(st *sent, h int) bool {
	if h < 0 {
		return false
	}
	w := st.words[h]
	lemma := w.plemma
	if lemma == "" {
		lemma = w.lower
	}
	pos, kinds := lexicon.Verb, decidingVerbs
	switch w.upos {
	case "VERB":
	case "NOUN":
		pos, kinds = lexicon.Noun, decisionNouns
	default:
		return false
	}
	if lexicon.IsA(lemma, pos, "defeat") || lexicon.IsA(lemma, pos, "win") {
		return false // "defeated Orvik 28-25", "the 2-1 defeat": a score
	}
	for _, kind := range kinds {
		if lexicon.IsA(lemma, pos, kind) {
			return true
		}
	}
	// "passed the bill 60-38": a chamber's passing is a sense of
	// legislating, though not the verb's first.
	return pos == lexicon.Verb && lexicon.AnySenseIsA(lemma, pos, "legislate")
}
