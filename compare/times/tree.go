package times

import (
	"slices"
	"sort"

	"github.com/claimdiff/claimdiff/compare"
)

// The direction of a bare weekday is first read from the dependency tree:
// the tense of the verb group the weekday hangs on. A word window misses
// the verb when the day is far from it ("comes ahead of a meeting of the
// ministers of five countries on Friday") and takes another clause's
// verb when it is near ("said the talks that will resume on Friday").

// maxTenseClimb bounds how many heads a time climbs to find its verb:
// up to three nouns ("a meeting of the ministers of two states on
// Friday"), then the verb.
const maxTenseClimb = 4

// wordAt returns the index of the word of the sentence that starts at
// byte offset at, or -1.
func wordAt(ws []compare.Word, at int) int {
	k := sort.Search(len(ws), func(k int) bool { return ws[k].Span.Start >= at })
	if k < len(ws) && ws[k].Span.Start == at {
		return k
	}
	return -1
}

// treeTense returns +1 when the verb group that token i's word hangs on
// speaks of the future, -1 of the past, and 0 when the sentence has no
// parse or its tree does not tell (a base form, a report verb in the
// present, no verb at all).
func (c *scanner) treeTense(i int) int {
	ws := c.words
	k := wordAt(ws, c.toks[i].s)
	if k < 0 {
		return 0
	}
	switch ws[k].Rel {
	case "nmod:poss", "compound":
		// "Tuesday's declaration", "the Tuesday deadline": the day of a
		// thing, told by the thing, whatever the clause's tense; unless
		// the clause's event happens within the thing ("will open during
		// Sunday's vote"), which shares its time frame.
		h := ws[k].Head
		if h < 0 || ws[h].Rel != "obl" && ws[h].Rel != "nmod" || !c.relational(h) {
			return 0
		}
		return c.frameTense(h, k)
	}
	at, nouns := k, 0
	for n := 0; n <= maxTenseClimb && k >= 0; n++ {
		w := &ws[k]
		if w.UPOS == "VERB" || w.UPOS == "AUX" && w.Rel != "aux" && w.Rel != "cop" && w.Rel != "aux:pass" {
			if !c.readsBack(k, at) || c.nounLike(k) || w.UPOS == "VERB" && !isVerb(c.form(k)) {
				// A word the tagger took for a verb that WordNet knows
				// as none ("to around 290,000") has no tense to tell.
				return 0
			}
			return c.groupTense(k, 0)
		}
		if t, ok := c.copulaTense(k); ok {
			if !c.readsBack(k, at) {
				return 0
			}
			// "the vote is on Friday", "the talks were on Monday"
			return t
		}
		if n > 0 {
			// A noun the day qualifies ("a summit of the leaders of
			// two states on Friday") is dated by the verb whose
			// argument it is; a longer chain of nouns, or one with a
			// preposition of its own, says nothing sure.
			nouns++
			if nouns > 3 || w.UPOS != "NOUN" && w.UPOS != "PROPN" {
				return 0
			}
			switch w.Rel {
			case "obj", "nsubj", "nsubj:pass", "nmod":
			case "obl":
				if !c.relational(k) {
					// "according to reports on Friday": a noun with a
					// preposition of its own is as often the parse's guess
					// at which verb it hangs on.
					return 0
				}
			default:
				return 0
			}
		}
		if n == 0 && !c.onOrBare(k) {
			return 0
		}
		k = w.Head
	}
	return 0
}

// frameTense returns the tense of the verb whose time frame the noun h
// (a phrase opened by "during", "ahead of"…) shares, for the time at
// word at: h's head when it is a verb, else the sentence's main verb, as
// a parse often hangs such a phrase on a number or a time before it.
func (c *scanner) frameTense(h, at int) int {
	ws := c.words
	v := ws[h].Head
	if v < 0 || ws[v].UPOS != "VERB" {
		v = slices.IndexFunc(ws, func(w compare.Word) bool { return w.Head < 0 })
	}
	if v < 0 || v > at || ws[v].UPOS != "VERB" && ws[v].UPOS != "AUX" {
		return 0
	}
	return c.groupTense(v, 0)
}

// readsBack reports whether the time at word at may be trusted to
// belong to verb k: the verb comes before it, or the time opens the
// clause before the verb's subject ("On Monday, the ministers met"). A
// day after a verb and its object is often hung by the parse on the
// clause that follows ("told reporters on Friday that talks would
// resume"), which the window, reading the verb before it, gets right.
func (c *scanner) readsBack(k, at int) bool {
	if k < at {
		return true
	}
	for j := range at {
		if u := c.words[j].UPOS; u == "VERB" || u == "AUX" {
			return false // "said Friday the talks would resume"
		}
	}
	j := c.dep(k, "nsubj", "nsubj:pass")
	return j >= 0 && at < j
}

// dep returns the first word whose head is k and whose relation is one
// of rels, or -1.
func (c *scanner) dep(k int, rels ...string) int {
	for j := range c.words {
		if c.words[j].Head == k && slices.Contains(rels, c.words[j].Rel) {
			return j
		}
	}
	return -1
}

// relational reports whether noun k follows a preposition that places
// its event in time relative to the verb's ("ahead of the summit on
// Friday", "after talks on Monday"): the verb and the noun share one time
// frame, so the verb's tense dates the noun's day.
func (c *scanner) relational(k int) bool {
	j := c.dep(k, "case")
	if j < 0 {
		return false
	}
	if j > 0 && c.form(j) == "of" {
		j-- // "ahead of" parsed as an adverb and a case
	}
	return relationalPreps[c.form(j)]
}

var relationalPreps = map[string]bool{"ahead": true, "before": true, "after": true, "following": true, "prior": true, "during": true}

// onOrBare reports whether the time at word k is a bare adverbial or
// follows "on": the day of its head. After "to", "until", "by" or
// "before" it is the end or bound of something, which the window reads.
func (c *scanner) onOrBare(k int) bool {
	j := c.dep(k, "case")
	return j < 0 || c.words[j].Lemma == "on"
}

// copulaTense reads the tense of the copula and auxiliaries of a
// non-verbal predicate k ("is due on Friday", "will be closed"), and
// reports whether k has a copula.
func (c *scanner) copulaTense(k int) (int, bool) {
	if c.dep(k, "cop") < 0 {
		return 0, false
	}
	return c.groupTense(k, 0), true
}

// groupTense returns the direction of the verb group headed by word k:
// its modal, perfect or progressive auxiliaries, its infinitive mark, or
// the tense of the verb itself. A conjunct with no auxiliary of its own
// shares the first conjunct's ("will meet and sign on Friday").
func (c *scanner) groupTense(k, depth int) int {
	ws := c.words
	var modal, perfect, be, do, to, own = -1, -1, -1, -1, -1, false
	for j := range ws {
		if ws[j].Head != k {
			continue
		}
		switch ws[j].Rel {
		case "aux", "aux:pass", "cop":
			if !c.lowerOrFirst(j) {
				continue // "Ai Miyazato", "the Andean Community (CAN)": a name
			}
			own = true
			switch {
			case ws[j].XPOS == "MD" && modal < 0:
				modal = j
			case ws[j].Lemma == "have" && perfect < 0:
				perfect = j
			case ws[j].Lemma == "be" && be < 0:
				be = j
			case ws[j].Lemma == "do" && do < 0:
				do = j
			case ws[j].Lemma == "to" && to < 0:
				to = j // "to" as aux in some trees
			}
		case "mark":
			if ws[j].Lemma == "to" {
				to = j
			}
		}
	}
	switch {
	case modal >= 0:
		m := c.form(modal)
		if d, ok := modals[m]; ok && m != "will" && m != "ll" && m != "shall" && perfect >= 0 {
			return -1 // "may have met on Friday"; "will have met" stays ahead
		} else if ok {
			return d
		}
		if m == "wo" { // the first token of "won't"
			return 1
		}
		return 0
	case perfect >= 0:
		return -1 // "has met", "had met", "to have met"
	case to >= 0:
		if h := ws[k].Head; ws[k].Rel == "xcomp" && h >= 0 {
			// "plans to meet on Friday", "will try to land Friday",
			// "was due to reopen Friday": ahead of the verb it
			// completes, so ahead of now unless that verb is past and
			// no plan ("agreed to meet on Friday" may be over).
			if depth == 0 && c.groupTense(h, depth+1) < 0 && !futureCues[c.form(h)] {
				return 0
			}
			return 1
		}
		// A purpose or a noun's complement ("extended the offer to
		// buy the firm on Friday"): the day is as often the main verb's,
		// which the parse may have missed.
		return 0
	case do >= 0:
		if ws[do].XPOS == "VBD" {
			return -1 // "did not return on Friday"
		}
		return 0
	case be >= 0:
		if futureCues[c.form(k)] {
			return 1 // "was due on Friday", "were expected Monday"
		}
		switch ws[be].XPOS {
		case "VBD":
			return -1 // "was signed", "were meeting"
		case "VBZ", "VBP":
			return 1 // "is meeting on Friday", "is expected", "is due"
		}
		return 0
	}
	v := &ws[k]
	if futureCues[c.form(k)] {
		return 1 // "was scheduled for Friday", "the meeting expected on Monday"
	}
	if !own && v.XPOS == "VBG" && v.Rel == "acl" {
		// "a walkout starting on Thursday", "talks opening Monday": a
		// participle that qualifies a noun has no tense of its own, and
		// tells of the thing's schedule, not of the clause's past.
		return 1
	}
	if !own && depth == 0 && v.Rel == "conj" && v.Head >= 0 && (v.XPOS == "VB" || v.XPOS == "VBN" || v.XPOS == "VBG") {
		return c.groupTense(v.Head, depth+1)
	}
	switch v.XPOS {
	case "VBD":
		return -1
	case "VBN":
		return -1 // "the agreement signed on Friday"
	case "VBZ":
		if notPresentVerbs[c.form(k)] || v.Lemma == "have" || v.Lemma == "be" || !c.clearSubject(k) {
			// "says on Friday": a report, not a plan; "has a new
			// cabinet", a state; and a plural noun the tagger may
			// have taken for a verb ("told his French hosts Friday")
			return 0
		}
		return 1 // "the trial resumes on Monday"
	}
	// A base form or a present that is not the third person: headlines
	// tell the past with it ("Rebels attack town Saturday").
	return 0
}

// nounLike reports whether verb k has a determiner or a possessor: a
// plural noun the tagger took for a verb ("told his hosts on Friday").
func (c *scanner) nounLike(k int) bool { return c.dep(k, "det", "nmod:poss") >= 0 }

// clearSubject reports whether verb k has a subject that shows it is a
// verb: a pronoun ("which opens on Friday") or a noun with an article
// ("the talks resume"). A plural noun after another noun or an
// adjective is often tagged as a verb with that word as its subject
// ("the world championships", "his French hosts"). A verb joined to
// another shares its subject ("The talks, held in secret, resume on
// Friday" may be parsed so), and needs none of its own.
func (c *scanner) clearSubject(k int) bool {
	j := c.dep(k, "nsubj", "nsubj:pass")
	if j < 0 {
		return c.words[k].Rel == "conj"
	}
	return c.words[j].UPOS == "PRON" || c.dep(j, "det") >= 0
}

// lowerOrFirst reports whether word k is written in lower case or opens
// the sentence: an auxiliary in capitals mid-sentence is a name the
// tagger misread.
func (c *scanner) lowerOrFirst(k int) bool {
	sp := c.words[k].Span
	if k == 0 || sp.Start >= len(c.text) {
		return true
	}
	b := c.text[sp.Start]
	return b < 'A' || b > 'Z'
}

// form returns word k's text in lower case (ASCII letters lowered).
func (c *scanner) form(k int) string {
	sp := c.words[k].Span
	if sp.Start < 0 || sp.End > len(c.lower) || sp.Start >= sp.End {
		return ""
	}
	return c.lower[sp.Start:sp.End]
}
