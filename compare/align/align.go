// Package align groups claims of different documents that are about the
// same thing. Claims are blocked by key (an index on key terms), so only
// claims that share a key are ever compared: cost grows with the size of
// the blocks, not with the square of all claims. Within a block, pairs
// from different documents are scored by the overlap of their sentences'
// content terms and merged best first; a group never holds two different
// values from one document.
//
//	as := align.Group(claims) // alignments in input order of their first claim
package align

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/docs"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/par"
	"github.com/claimdiff/claimdiff/compare/internal/timex"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// MinOverlap is the least share of the smaller claim's terms that two
// claims must share to be about the same thing, unless their key is
// specific enough on its own (a role such as "last", or a place).
const MinOverlap = 0.2

// Group returns the alignments of cs. Claims keep their input order within
// an alignment; alignments are ordered by their first claim. IDs and
// verdicts are left to the caller.
func Group(cs []compare.Claim) []compare.Alignment { return GroupRelated(cs, nil) }

// GroupRelated is Group, told which documents are close reports of one
// story (close, such as judge's Relation.Close): two figures of one
// question in such reports may be one fact told two ways though their
// sentences share few words (sameFrame). Close reports name people,
// bodies or places in common (MinSharedNames): a count is asked as
// another document's broader count (broaderKeys) only when their claims
// name as many alike.
func GroupRelated(cs []compare.Claim, close func(a, b string) bool) []compare.Alignment {
	return GroupRelatedTimely(cs, close, nil)
}

// GroupRelatedTimely is GroupRelated, also told which documents were
// published close enough in time (timely; nil for all) for two figures
// whose sentences share only a word or two to be one fact rather than a
// count that moved on ("67 have died", six days later "68 deaths").
func GroupRelatedTimely(cs []compare.Claim, close, timely func(a, b string) bool) []compare.Alignment {
	groups, _ := indexes(cs, close, timely)
	return alignments(cs, groups)
}

// GroupRelatedCounting is GroupRelated, also returning the number of
// candidate pairs it scored.
func GroupRelatedCounting(cs []compare.Claim, close func(a, b string) bool) ([]compare.Alignment, int) {
	groups, examined := indexes(cs, close, nil)
	return alignments(cs, groups), examined
}

// alignments makes an alignment of each group of indexes into cs.
func alignments(cs []compare.Claim, groups [][]int) []compare.Alignment {
	out := make([]compare.Alignment, 0, len(groups))
	for _, g := range groups {
		first := cs[g[0]]
		a := compare.Alignment{Key: first.Key, Question: first.Question, Kind: first.Kind}
		for _, i := range g {
			a.Claims = append(a.Claims, cs[i])
		}
		out = append(out, a)
	}
	return out
}

// indexes returns GroupRelated's alignments as indexes into cs, each
// ascending, in its order, and the number of candidate pairs scored;
// close, if not nil, tells which documents are close reports of one
// story, and timely, if not nil, which were published close in time.
func indexes(cs []compare.Claim, close, timely func(a, b string) bool) ([][]int, int) {
	blocks := map[string][]int{}
	// Counts and times: the two never ask for one claim.
	broader := broaderKeys(cs, close)
	if verbs := synonymVerbKeys(cs, close); broader == nil {
		broader = verbs
	} else {
		maps.Copy(broader, verbs)
	}
	for i, c := range cs {
		k := c.Key
		if b, ok := broader[i]; ok {
			k = b
		}
		blocks[k] = append(blocks[k], i)
	}
	// Blocks are grouped on all cores, the largest first so that no core
	// is left with a large one at the end; each writes its own slot.
	days, whens := sentenceTimes(cs)
	keys := slices.Sorted(maps.Keys(blocks))
	slices.SortStableFunc(keys, func(a, b string) int { return len(blocks[b]) - len(blocks[a]) })
	results := make([][][]int, len(keys))
	counts := make([]int, len(keys))
	par.ForEach(len(keys), 1, func(i int) {
		if claims.KindOf(keys[i]).Match == claims.MatchDocsFact {
			results[i] = docs.Group(cs, blocks[keys[i]])
			return
		}
		results[i], counts[i] = groupBlock(cs, blocks[keys[i]], days, whens, close)
	})
	var groups [][]int
	examined := 0
	for i := range keys {
		groups = append(groups, results[i]...)
		examined += counts[i]
	}
	if close != nil {
		if timely == nil {
			timely = func(a, b string) bool { return true }
		}
		groups = pairResidue(cs, groups, close, timely)
	}
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	return groups, examined
}

type pair struct {
	a, b  int // positions in the block
	score float64
}

// groupBlock groups the claims idx (indexes into cs, ascending) of one
// block and returns the groups, each ascending, and the number of
// candidate pairs it scored.
func groupBlock(cs []compare.Claim, idx []int, days, whens map[sentenceOf]string, close func(a, b string) bool) ([][]int, int) {
	if len(idx) == 1 {
		return [][]int{{idx[0]}}, 0
	}
	ps := prepare(cs, idx)
	if claims.EventClass(cs[idx[0]].Key) != "" && len(days)+len(whens) > 0 {
		for p, i := range idx {
			at := sentenceOf{cs[i].Doc, cs[i].Sentence.Start}
			ps[p].day = days[at]
			// Parsed once here, not for each pair similar weighs.
			ps[p].when, ps[p].dated = timex.Parse(whens[at])
		}
	}
	if close != nil {
		markAlone(cs, idx, ps)
	}
	pairs, examined := scoredPairs(cs, idx, ps, close)
	for i, p := range pairs {
		if vague(cs[idx[p.a]].Value) || vague(cs[idx[p.b]].Value) {
			// "Dozens" is a partner of last resort: a precise figure of
			// the same report ("forty-one died") is the one to set
			// against another report's figure.
			pairs[i].score -= vaguePenalty
		}
	}
	slices.SortStableFunc(pairs, func(p, q pair) int { return cmp.Compare(q.score, p.score) })
	g := newMerger(cs, idx, ps)
	g.partners = make([][]int32, len(idx))
	for _, p := range pairs {
		g.partners[p.a] = append(g.partners[p.a], int32(p.b))
		g.partners[p.b] = append(g.partners[p.b], int32(p.a))
	}
	clauses := claims.KindOf(cs[idx[0]].Key).Match == claims.MatchClause
	for _, p := range pairs {
		ra, rb := g.root[p.a], g.root[p.b]
		if ra != rb && g.compatible(ra, rb) && g.witnessed(ra, rb) && (!clauses || g.linked(ra, rb)) {
			g.merge(ra, rb)
		}
	}
	// A document that states one fact twice: the repeat joins the group
	// of its first statement. Repeats share document, value and subject,
	// so a map finds them without comparing all pairs. A clause's value
	// (true or false) names no fact: its repeats are found by its words,
	// above.
	if claims.KindOf(cs[idx[0]].Key).Match == claims.MatchClause {
		return g.groups(), examined
	}
	type fact struct{ doc, value, subject string }
	first := map[fact]int{}
	for b := range idx {
		cb := &cs[idx[b]]
		f := fact{cb.Doc, cb.Value, cb.Subject}
		a, ok := first[f]
		if !ok {
			first[f] = b
			continue
		}
		ra, rb := g.root[a], g.root[b]
		if ra != rb && (g.size(ra) == 1 || g.size(rb) == 1) && g.compatible(ra, rb) {
			g.merge(ra, rb)
		}
	}
	return g.groups(), examined
}

// sentenceOf names a sentence of a document by where it starts.
type sentenceOf struct {
	doc string
	at  int
}

// sentenceTimes returns, for each sentence that dates its events by one
// day ("late on Tuesday"), that day: the figures of those events are of
// the event of that day; a sentence that gives two days gives none. And
// for each that dates them by one time of any length ("in 2019"), that
// time (whens), the first of times that may be one (a day and its year);
// a rise or fall ("rose to 185 on Monday") dates a count, not an event,
// and counts for nothing there.
func sentenceTimes(cs []compare.Claim) (days, whens map[sentenceOf]string) {
	days, whens = map[sentenceOf]string{}, map[sentenceOf]string{}
	for i := range cs {
		c := &cs[i]
		kind, class, ok := strings.Cut(c.Key, "/")
		if !ok || kind != "time" || strings.Contains(class, "/") || c.Kind != compare.Time {
			continue
		}
		k := sentenceOf{c.Doc, c.Sentence.Start}
		if timex.HasDay(c.Value) {
			day := c.Value[:timex.DayLen]
			if d, seen := days[k]; seen && d != day {
				day = ambiguousTime
			}
			days[k] = day
		}
		if timex.Granularity(c.Value) != "" && !changeVerbs.Get(class, isChange) {
			if w, seen := whens[k]; !seen {
				whens[k] = c.Value
			} else if !timesOverlap(w, c.Value) {
				whens[k] = ambiguousTime
			}
		}
	}
	for _, m := range []map[sentenceOf]string{days, whens} {
		maps.DeleteFunc(m, func(_ sentenceOf, v string) bool { return v == ambiguousTime })
	}
	return days, whens
}

// ambiguousTime marks a sentence that gives two times that cannot be one.
const ambiguousTime = "?"

// changeVerbs remembers isChange's answers.
var changeVerbs memo.Map[string, bool]

// isChange reports whether the event class of a time key (a class, or
// "v-" and a verb) is a rise or a fall: "increase", "decrease", or a verb
// WordNet files under either ("climbed", "rose").
func isChange(class string) bool {
	if class == lexicon.Increase.String() || class == lexicon.Decrease.String() {
		return true
	}
	verb, ok := strings.CutPrefix(class, "v-")
	if !ok {
		return false
	}
	cs := lexicon.Classes(verb, lexicon.Verb)
	return cs.Has(lexicon.Increase) || cs.Has(lexicon.Decrease)
}

// vaguePenalty lowers the score of a pair with a vague value below that
// of any pair without one.
const vaguePenalty = 100

// vague reports whether a quantity value is a range said in words
// ("~24-99" of "dozens", "~200-999" of "hundreds").
func vague(v string) bool {
	r, ok := strings.CutPrefix(v, "~")
	return ok && strings.Contains(r, "-") && !strings.HasPrefix(r, "-")
}

// groups returns the merger's sets as groups of claim indexes, each
// ascending.
func (g *merger) groups() [][]int {
	var groups [][]int
	for _, st := range g.sets {
		if st.members == nil {
			continue
		}
		out := make([]int, len(st.members))
		for i, m := range st.members {
			out[i] = g.idx[m]
		}
		slices.Sort(out)
		groups = append(groups, out)
	}
	return groups
}

// SmallBlock is the block size up to which every pair of claims from
// different documents is a candidate; larger blocks take their candidates
// from an index on terms.
const SmallBlock = 32

// MaxPosting is the most claims of one block a term (or a pair of common
// terms) may occur in and still propose candidates: a term that common
// says little about sameness by itself, and skipping it keeps the
// candidates close to linear in the claims.
const MaxPosting = 64

// MaxCommonKeys is how many of a claim's common terms (those in more than
// MaxPosting claims), the rarest first, propose candidates in pairs.
const MaxCommonKeys = 4

// MaxPairPosting is the most claims a pair of common terms may occur in
// and still propose candidates.
const MaxPairPosting = 256

// similar scores two claims of one block from different documents, pa
// and pb their prepared forms.
func similar(a, b *compare.Claim, pa, pb *prepared) (float64, bool) {
	if subjectsDiffer(a.Subject, b.Subject) {
		return 0, false
	}
	if !sameThingCounted(pa.counted, pb.counted) {
		return 0, false
	}
	if a.Period != "" && b.Period != "" && !timesOverlap(a.Period, b.Period) {
		// Figures given for two periods ("in 2005", "for 2006") are two
		// figures.
		return 0, false
	}
	near := overlap(pa.near, pb.near)
	if pa.match != claims.MatchName && pa.match != claims.MatchParties && differentPlaces(pa.places, pb.places) {
		return 0, false
	}
	switch pa.match {
	case claims.MatchParties:
		// Lists of who took part are about the same event when they
		// share a party, and the sentences something more.
		n := sharedParties(pa.parties, pb.parties)
		o := overlap(pa.terms, pb.terms)
		return float64(n) + o, n > 0
	case claims.MatchName:
		// A place or who claim is about the name itself: two documents
		// agree on it when they name the same place, person or body.
		if !pa.name.Same(pb.name) && !(claims.KindOf(a.Key).Name == "where" && claims.SamePlace(a.Value, b.Value)) {
			return 0, false
		}
		return 1 + overlap(pa.terms, pb.terms), true
	case claims.MatchRelatedWord:
		// Of one kind (the key), the same thing done when a word of the
		// doing is shared, or its derivation ("testify", "testimony").
		n := relatedWords(a.Near, b.Near)
		return float64(n), n > 0
	case claims.MatchSubject:
		// An age, or a stance, is of its person or body: the same subject
		// is the same question, in whatever words. Without a subject on
		// one side ("the 33-year-old nurse"), the words around say whose
		// it is, as for any other claim.
		if sameSubject(a.Subject, b.Subject) {
			return 1 + overlap(pa.terms, pb.terms), true
		}
		if a.Subject != "" && b.Subject != "" {
			return 0, false
		}
		if namesSubject(a, b) || namesSubject(b, a) {
			// One knows whose it is, and the other's sentence names them.
			return 1 + overlap(pa.terms, pb.terms), true
		}
	case claims.MatchWhatLasted:
		if sameSubject(a.Subject, b.Subject) {
			// Whose it is, when the claim knows: one person's sentence.
			return 1 + overlap(pa.terms, pb.terms), true
		}
		// What lasted is said by the words beside the duration; the
		// sentences must also share a name (who or where).
		n := shared(pa.near, pb.near)
		return float64(n) + overlap(pa.terms, pb.terms), n > 0 && sharesName(a.Terms, b.Terms)
	case claims.MatchClause:
		// Two clauses say the same thing, one perhaps denying it, when
		// most of their content words are shared.
		// A negative clause bears on the word it negates (its Near): the
		// other clause must speak of that word to be denied by it.
		j, shared := jaccard(pa.terms, pb.terms)
		bears := (a.Polarity == compare.Positive || subset(pa.near, pb.terms)) &&
			(b.Polarity == compare.Positive || subset(pb.near, pa.terms))
		return j, bears && shared >= 2 && j >= MinPolarityJaccard
	case claims.MatchWhole:
		if a.Value == b.Value {
			// The same whole ("of the 90 seats") of one kind of thing.
			return 1 + overlap(pa.terms, pb.terms), true
		}
	case claims.MatchRole:
		// A role one article states once: the last occurrence. Its
		// subject is the frame's participant: dates that differ are one
		// question's only when the sentences name one in common (one
		// bank's last rate rise is not another's).
		if !sameValue(a, b) && len(pa.places) > 0 && len(pb.places) > 0 && !sharesParticipant(pa.places, pb.places, true) {
			return 0, false
		}
		return 2 + overlap(pa.terms, pb.terms) + near, true
	}
	o := overlap(pa.terms, pb.terms)
	sameSubject := sameSubject(a.Subject, b.Subject)
	// The frame says it is one figure when the two measure one thing
	// (the key is the predicate's class) of a participant or place
	// narrower than a country named by both: the words around are then
	// no more than a tie-breaker.
	framed := a.Kind == compare.Quantity && sameThing(pa.counted, pb.counted) && sharesParticipant(pa.places, pb.places, false)
	// Figures of one event class whose sentences give the event one day
	// ("killed when the ferry capsized late on Tuesday", "died after it
	// overturned on Tuesday night"): the frame's time says one event,
	// whatever places each names.
	sameDay := a.Kind == compare.Quantity && pa.day != "" && pa.day == pb.day
	if a.Kind == compare.Quantity && pa.dated && pb.dated && timesApart(pa.when, pb.when) {
		// "a similar crash in 2019 killed nine", "23 died on Sunday":
		// figures of events their sentences date weeks apart are two
		// events'. Reports of one event may differ on its day.
		return 0, false
	}
	if pa.main && pb.main && a.Kind == compare.Quantity && (sameSubject || sharesParticipant(pa.places, pb.places, false)) {
		// A count both stories open with, of a participant or place
		// narrower than a country both name: one event's, whatever
		// their other words. Without one, the words decide, as for any
		// count.
		return 2 + o + near, true
	}
	if pa.main && pb.main && a.Kind == compare.Time {
		// The day of the event both headlines report, when they report
		// one: two days are one event's only if the sentences name a
		// participant or place narrower than a country in common (two
		// headlines of one kind, an attack in one city and one in
		// another, are two events).
		if !timesOverlap(a.Value, b.Value) && !sameSubject && !sharesParticipant(pa.places, pb.places, false) {
			return 0, false
		}
		return 2 + o + near, true
	}
	if pa.match == claims.MatchContext && sameValue(a, b) && o < MinOverlap {
		// The same kind of event (the key) given the same value, in
		// places that can be one: the frame agrees though the sentences
		// share few words. Scored below any pair that shares words, so
		// that a closer partner is merged first.
		return o / 2, true
	}
	named := len(pa.places) > 0 && len(pb.places) > 0
	if pa.match == claims.MatchCountedNoun && (len(pa.places) > 0 || len(pb.places) > 0) {
		// A count of a thing (seats, points, shares) is some party's,
		// player's or market's: when a sentence names whose, the other
		// must name them too, whatever words the sentences share.
		named = true
	}
	if a.Kind == compare.Time && !timesOverlap(a.Value, b.Value) && claims.IsVerbEvent(a.Key) {
		// An event no class covers, named by its verb alone: one verb
		// ("arrived", "was found") tells of too many events for two
		// days to be one event's; such days only agree.
		return 0, false
	}
	if a.Kind == compare.Time && !timesOverlap(a.Value, b.Value) && !sameSubject && !sharesParticipant(pa.places, pb.places, false) {
		// A day is what tells one event from another of its kind: two
		// days are one event's told two ways only if the sentences name
		// a participant or place narrower than a country in common.
		return 0, false
	}
	if !sameValue(a, b) && !sameSubject && !sameDay && named && !sharesParticipant(pa.places, pb.places, true) {
		// Two figures that differ are one fact told two ways only if
		// sentences that name participants or places name one in
		// common: the frame's arguments, not its common words, say it
		// is one event.
		return 0, false
	}
	if !sameValue(a, b) && o < MinConflictOverlap && !(sameSubject && o >= MinOverlap) && !framed && !sameDay {
		// Claims that may conflict need more shared context than claims
		// that agree: a false conflict costs a reader more than a missed
		// agreement.
		return 0, false
	}
	if pa.match == claims.MatchCountedNoun {
		// Keyed by the counted noun alone: only close words around the
		// value say the two are about the same thing.
		// The same party's count of one thing ("Labour's seats") is
		// one question whatever the words around it.
		// Sentences that share most of their words and give one count
		// of one named thing state one fact, whatever words sit next to
		// it. A number of no noun (a list of scores) is not one thing.
		counted := a.Key != claims.KindOf(a.Key).Name
		return near + o + bonus(a, b), near >= MinNearOverlap || sameSubject || framed || counted && sameValue(a, b) && o >= MinConflictOverlap
	}
	return o + near + bonus(a, b), o >= MinOverlap || framed
}

// markAlone sets alone on the prepared claims of a block whose document
// gives the block's question one value only, however often (times that
// overlap, a day and an hour of it, being one).
func markAlone(cs []compare.Claim, idx []int, ps []prepared) {
	// A holder of an office is asked of the office: a report names a
	// judge and a lawyer, one each.
	type answerer struct{ doc, post string }
	first := map[answerer]string{} // its first value
	many := map[answerer]bool{}    // set when it gives several
	units := make([]answerer, len(idx))
	for p, i := range idx {
		c := &cs[i]
		units[p] = answerer{c.Doc, claims.Post(c)}
		if vague(c.Value) {
			// "Dozens feared dead" in a headline is no second answer
			// to a toll the story gives, nor an answer of its own.
			continue
		}
		if v, ok := first[units[p]]; !ok {
			first[units[p]] = c.Value
		} else if v != c.Value && (c.Kind != compare.Time || !timesOverlap(v, c.Value)) {
			// A day and an hour of it are one answer.
			many[units[p]] = true
		}
	}
	for p, i := range idx {
		ps[p].alone = !many[units[p]] && !vague(cs[i].Value)
	}
}

// broaderKeys returns, by index into cs, the key a count is asked under
// instead of its own: that of a count of a broader thing ("vessels" for
// "ships", "workers" for "employees": WordNet's kind of it, one or two
// steps up) that a close report of one story gives once, when the count's
// own report gives its own count once and neither report counts the other
// thing. Two reports of one event name one thing at two levels more often
// than they count two things.
func broaderKeys(cs []compare.Claim, close func(a, b string) bool) map[int]string {
	if close == nil {
		return nil
	}
	ks := newKeySwap(cs, close)
	persons := map[string]int{} // values of counts of kinds of person, by document
	for i := range cs {
		c := &cs[i]
		if !countOfThing(c) && c.Key != peopleKey || vague(c.Value) {
			// "Millions of chickens" says too little of how many to be
			// asked of another report's birds.
			continue
		}
		if ks.add(i) && c.Key != peopleKey && lexicon.IsA(strings.TrimPrefix(c.Key, "count/"), lexicon.Noun, "person") {
			persons[c.Doc]++
		}
	}
	byKey := ks.byKey
	if len(byKey) < 2 {
		return nil
	}
	// Counts of a body of people ("crew", "police"), which a count of
	// its members ("crew members", "officers") may be asked as.
	var bodies []string
	for key := range byKey {
		if ss := lexicon.Synsets(strings.TrimPrefix(key, "count/"), lexicon.Noun); len(ss) > 0 && ss[0].LexFile() == lexicon.NounGroup {
			bodies = append(bodies, key)
		}
	}
	slices.Sort(bodies)
	for _, key := range slices.Sorted(maps.Keys(byKey)) {
		for _, wider := range widerKeys(key, byKey, bodies) {
			// A report that counts runners and patients does not say
			// which of them another's "people" are.
			ks.askUnder(key, wider, func(doc string) bool { return wider != peopleKey || persons[doc] == 1 })
		}
	}
	return ks.out
}

// keySwap gathers, for broaderKeys and synonymVerbKeys, the claims of
// cs asked under another key than their own.
type keySwap struct {
	cs     []compare.Claim
	close  func(a, b string) bool
	values map[keySwapDoc][]string // the values each document gives a key
	byKey  map[string][]int        // the claims of each key
	named  sharedNames             // close reports share names
	out    map[int]string          // the key each claim is asked under
}

type keySwapDoc struct{ doc, key string }

func newKeySwap(cs []compare.Claim, close func(a, b string) bool) *keySwap {
	return &keySwap{cs: cs, close: close, values: map[keySwapDoc][]string{}, byKey: map[string][]int{}, named: sharedNames{cs: cs}}
}

// add takes claim i as one that may be asked under another key, and
// reports whether its value is new to its document's key.
func (k *keySwap) add(i int) bool {
	c := &k.cs[i]
	k.byKey[c.Key] = append(k.byKey[c.Key], i)
	dk := keySwapDoc{c.Doc, c.Key}
	if slices.Contains(k.values[dk], c.Value) {
		return false
	}
	k.values[dk] = append(k.values[dk], c.Value)
	return true
}

// askUnder asks the claims of key under wider when their report (one
// that alone allows) gives key one value and wider none, and a close
// report sharing names with it gives wider one value and key none.
func (k *keySwap) askUnder(key, wider string, alone func(doc string) bool) {
	for _, i := range k.byKey[key] {
		a := k.cs[i].Doc
		if _, done := k.out[i]; done || len(k.values[keySwapDoc{a, key}]) != 1 || len(k.values[keySwapDoc{a, wider}]) > 0 || !alone(a) {
			continue
		}
		for _, j := range k.byKey[wider] {
			b := k.cs[j].Doc
			if b != a && len(k.values[keySwapDoc{b, wider}]) == 1 && len(k.values[keySwapDoc{b, key}]) == 0 && k.named.share(a, b) && k.close(a, b) {
				if k.out == nil {
					k.out = map[int]string{}
				}
				k.out[i] = wider
				break
			}
		}
	}
}

// sharedNames tells which documents of cs name at least as many people,
// bodies and places in common as close reports do (MinSharedNames): a
// test far cheaper than closeness, which it is needed for, read from the
// claims' name terms when first asked.
type sharedNames struct {
	cs    []compare.Claim
	names map[string]map[string]bool // document → the bare keys it names
}

// share reports whether documents a and b name something in common.
func (n *sharedNames) share(a, b string) bool {
	if n.names == nil {
		n.names = map[string]map[string]bool{}
		for i := range n.cs {
			c := &n.cs[i]
			for _, t := range c.Terms {
				if nt, ok := claims.ReadNameTerm(t); ok {
					if n.names[c.Doc] == nil {
						n.names[c.Doc] = map[string]bool{}
					}
					n.names[c.Doc][nt.Key] = true
				}
			}
		}
	}
	na, nb := n.names[a], n.names[b]
	if len(na) > len(nb) {
		na, nb = nb, na
	}
	shared := 0
	for k := range na {
		if nb[k] {
			shared++
		}
	}
	return shared >= MinSharedNames
}

// MinSharedNames is the fewest names that close reports share, as the
// judge's Relation counts them (judge.MinSharedNames, where a country
// weighs half): fewer rule a pair out.
const MinSharedNames = 2

// peopleKey is the key of a count of people of no kind.
const peopleKey = "count/person"

// countOfThing reports whether c counts a thing named by a noun of its
// own ("count/ship"), not a unit, nor people of no kind.
func countOfThing(c *compare.Claim) bool {
	parts := strings.Split(c.Key, "/")
	return c.Kind == compare.Quantity && len(parts) == 2 && parts[0] == "count" && !claims.GenericCount(c.Key)
}

// synonymVerbKeys returns, by index into cs, the key a time of an event
// named by its verb alone ("time/v-detect") is asked under instead of its
// own: that of a verb of one sense with it in WordNet ("discover" is a
// word of the usual sense of "detect") when its report gives its own key
// one value and a close report gives the other's one value, and neither
// gives the other's. Two reports of one story tell one moment with two
// verbs more often than two moments with verbs of one sense. Of two
// verbs each in the other's usual sense, the first in order is asked.
func synonymVerbKeys(cs []compare.Claim, close func(a, b string) bool) map[int]string {
	if close == nil {
		return nil
	}
	ks := newKeySwap(cs, close)
	for i := range cs {
		if c := &cs[i]; c.Kind == compare.Time && claims.IsVerbEvent(c.Key) && strings.Count(c.Key, "/") == 1 {
			ks.add(i)
		}
	}
	byKey := ks.byKey
	if len(byKey) < 2 {
		return nil
	}
	// holders[v] are the keys whose verb's usual sense has v as a word.
	holders := map[string][]string{}
	verbOf := claims.EventVerb
	keys := slices.Sorted(maps.Keys(byKey))
	for _, key := range keys {
		if ss := lexicon.Synsets(verbOf(key), lexicon.Verb); len(ss) > 0 {
			for _, w := range ss[0].Words() {
				holders[w] = append(holders[w], key)
			}
		}
	}
	for _, key := range keys {
		for _, wider := range holders[verbOf(key)] {
			if wider == key || slices.Contains(holders[verbOf(wider)], key) && wider > key {
				continue // each in the other's sense: the first is asked
			}
			ks.askUnder(key, wider, func(string) bool { return true })
		}
	}
	return ks.out
}

// widerKeys returns the keys of byKey that count what key's noun is a
// kind of, one or two steps up WordNet's hypernyms of its usual sense,
// and, for a person, the bodies of people (of bodies) it is a member of.
func widerKeys(key string, byKey map[string][]int, bodies []string) []string {
	noun := strings.TrimPrefix(key, "count/")
	ss := lexicon.Synsets(noun, lexicon.Noun)
	if len(ss) == 0 {
		return nil
	}
	var out []string
	if ss[0].LexFile() == lexicon.NounPerson {
		for _, b := range bodies {
			if b != key && lexicon.PartOf(noun, strings.TrimPrefix(b, "count/")) {
				out = append(out, b) // "crew members" of the "crew"
			}
		}
	}
	if byKey[peopleKey] != nil && key != peopleKey && lexicon.IsA(noun, lexicon.Noun, "person") {
		// "people" is the broadest count of persons ("residents",
		// "patients"), however far up WordNet puts it.
		out = append(out, peopleKey)
	}
	level := []lexicon.Synset{ss[0]}
	for range 2 {
		var next []lexicon.Synset
		for _, s := range level {
			for _, h := range s.Hypernyms() {
				// Any word of the broader sense ("home" of "dwelling,
				// home, domicile" above "house").
				for _, w := range h.Words() {
					if k := "count/" + w; k != key && byKey[k] != nil && !slices.Contains(out, k) {
						out = append(out, k)
					}
				}
				next = append(next, h)
			}
		}
		level = next
	}
	return out
}

// closeScore is the score of two claims that only sameFrame pairs: below
// any pair whose sentences say they are one fact.
const closeScore = 0.01

// sameFrame reports whether two claims of one question, from close
// reports of one story, are one fact though their sentences share too
// few words for similar to say so: figures, days of a named event,
// lengths, or ages of holders asked of alike; of one subject and one
// thing counted, for one period, in places that can be one, naming a
// participant in common when both name any. The caller asks it only of
// claims whose reports each answer their question once: in two reports
// of one story, a question each answers once ("a nine-year sentence",
// "jailed for seven years") is most often one fact.
func sameFrame(a, b *compare.Claim, pa, pb *prepared) bool {
	if post := claims.Post(a); post != "" || a.Key == "who" {
		// The holders of one office, one person's at a time ("Who is
		// the judge?"): the names are the values, not participants.
		return claims.SamePost(post, claims.Post(b))
	}
	switch {
	case a.Kind == compare.Quantity && (!unitOnly(a.Key) || len(pa.counted) > 0 && len(pb.counted) > 0) && !claims.GenericCount(a.Key):
	case a.Kind == compare.Time && claims.EventClass(a.Key) != "" && timex.HasDay(a.Value) && timex.HasDay(b.Value):
		// A day or an hour of an event, even one no class covers (a
		// verb tells of many events, but close reports of one story
		// that each give its day once tell of one); a month or a year
		// names too long a time to be one event's ("October", "the past
		// year").
	case pa.match == claims.MatchWhatLasted:
	case claims.KindOf(a.Key).Name == "age" && a.Question == b.Question:
		// The age of one holder named alike ("the driver").
	default:
		return false
	}
	if subjectsDiffer(a.Subject, b.Subject) || !sameThingCounted(pa.counted, pb.counted) {
		return false
	}
	if a.Period != "" && b.Period != "" && !timesOverlap(a.Period, b.Period) {
		return false
	}
	if differentPlaces(pa.places, pb.places) {
		return false
	}
	// Both name what they measure, one thing: the sentences may name
	// different participants ("leaked from the plant", "poured into the
	// river").
	named := len(pa.counted) > 0 && len(pb.counted) > 0
	return len(pa.places) == 0 || len(pb.places) == 0 || named || sharesParticipant(pa.places, pb.places, false)
}

// unitOnly reports whether a count key names no thing but a unit: "What
// number?", a percentage or an amount of money of nothing named, which
// one story gives many of.
func unitOnly(key string) bool {
	parts := strings.Split(key, "/")
	return len(parts) < 2 || parts[1] == "percent" || len(parts) == 3 && parts[0] == "count" && strings.EqualFold(parts[1], parts[2])
}

// sameThing reports whether two figures measure one thing: counted
// nouns of the two that are one word or one sense in WordNet ("pay" and
// "wages"). A kind of the other is not enough ("12 children" among "40
// people").
func sameThing(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || oneSense(x, y) {
				return true
			}
		}
	}
	return false
}

// oneSense reports whether two nouns are one in their usual sense ("pay"
// and "wage").
func oneSense(x, y string) bool {
	h := headword.Get(x, nounHeadword)
	return h != "" && h == headword.Get(y, nounHeadword)
}

// headword remembers nouns' Headword: the few counted nouns of an event
// come back in every pair of its claims.
var headword memo.Strings[string]

func nounHeadword(n string) string { return lexicon.Headword(n, lexicon.Noun) }

// sameValue reports whether two claims give one value: equal, or a day
// and a time on that day ("2009-03-01" and "2009-03-01T21:40").
func sameValue(a, b *compare.Claim) bool {
	if a.Value == b.Value {
		return true
	}
	if a.Kind != compare.Time {
		return false
	}
	day := len("2009-03-01")
	return len(a.Value) >= day && len(b.Value) >= day && a.Value[:day] == b.Value[:day] &&
		(len(a.Value) == day || len(b.Value) == day)
}

// MinConflictOverlap is the least overlap of sentence terms for claims
// with different values to align.
const MinConflictOverlap = 0.4

// differentPlaces reports whether both claims name places and no place
// of one can be a place of the other: one incident in Bavaria, another in
// Saxony. A name the other sentence gives without calling it a place
// ("Sonora" beside "Sonora state") still matches, so that how a name
// was typed does not keep one event apart.
func differentPlaces(pa, pb []place) bool {
	if !hasPlace(pa) || !hasPlace(pb) {
		return false
	}
	for _, x := range pa {
		for _, y := range pb {
			if (!x.name || !y.name) && samePlace(x, y) {
				return false
			}
		}
	}
	return true
}

// sameSubject reports whether two claims' subjects (name keys) are one,
// the same name or one beginning the other, as participants are: "the
// Civic Renewal Party" is "Civic Renewal", the city council of a town
// may be said by the town's name.
func sameSubject(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= minSubjectKey && strings.HasPrefix(b, a)
}

// subjectsDiffer reports whether two claims both have a subject and not
// the same one.
func subjectsDiffer(a, b string) bool {
	return a != "" && b != "" && !sameSubject(a, b)
}

// minSubjectKey is the shortest subject that may begin a longer one: a
// short key begins too many ("us", "eu").
const minSubjectKey = 4

// sharesParticipant reports whether two sentences name a participant or
// place in common: the same name or one extending the other, or places
// that may be one ("Sonora" and "Sonora state", a region of a country
// and a place in it). Countries count only if countries is set.
func sharesParticipant(pa, pb []place, countries bool) bool {
	for _, x := range pa {
		for _, y := range pb {
			if !countries && (x.country || y.country) {
				continue
			}
			// Names match as places do, one extending the other: a name
			// read with a word too many ("Acme Rises") is still Acme.
			if x.key != "" && y.key != "" && samePlace(x, y) {
				return true
			}
		}
	}
	return false
}

// MinEventGap is how far apart two times must be for events they date
// to be two events, not one event that reports date differently.
const MinEventGap = 7 * 24 * time.Hour

// timesApart reports whether two times are at least MinEventGap apart.
func timesApart(a, b timex.Interval) bool {
	return b.Start.Sub(a.End) >= MinEventGap || a.Start.Sub(b.End) >= MinEventGap
}

// timesOverlap reports whether two time values may name one time ("2010"
// and "2010-01-12"): what would not make a conflict.
func timesOverlap(a, b string) bool {
	ia, oka := timex.Parse(a)
	ib, okb := timex.Parse(b)
	if !oka || !okb {
		return a == b
	}
	return ia.Overlaps(ib)
}

// hasPlace reports whether ps holds a place of the claim's event, not
// only other names or places of other events.
func hasPlace(ps []place) bool {
	return slices.ContainsFunc(ps, func(p place) bool { return !p.name && !p.other })
}

// place is a place term parsed, or (name) another name of the sentence,
// which a place of another sentence may turn out to be.
type place struct {
	compass, key  string
	country, name bool
	other         bool // where another event of the sentence happened
	// continent is set for a place WordNet calls a continent ("Africa"),
	// which no country holds.
	continent bool
}

// parsePlace reads a term made by claims.PlaceTerm, or a name term ("@"
// and its key) as a name.
func parsePlace(t string) place {
	n, _ := claims.ReadNameTerm(t)
	p := place{compass: n.Compass, key: n.Key, country: n.Country, name: !n.Place}
	p.continent = n.Place && !n.Country && continents.Get(n.Key, isContinent)
	return p
}

// continents remembers isContinent's answers: every claim naming a place
// asks for each of its places.
var continents memo.Map[string, bool]

// isContinent reports whether WordNet calls the place of key a continent.
func isContinent(key string) bool { return lexicon.IsA(asName(key), lexicon.Noun, "continent") }

// asName returns a one-word key as WordNet spells a proper name
// ("africa" as "Africa"), which it knows only by its capital.
func asName(key string) string {
	if key == "" {
		return ""
	}
	return strings.ToUpper(key[:1]) + key[1:]
}

// isPlaceOrName reports whether t is a place or name term.
func isPlaceOrName(t string) bool {
	return strings.HasPrefix(t, claims.PlacePrefix) || strings.HasPrefix(t, "@")
}

// samePlace reports whether x and y may name one place: keys where one
// extends the other ("Saxony Province"), unless both name different
// parts of it (southwest and northeast China); a region of a country
// ("northeast China") and a place that is no country, which may lie in it
// unless it is a continent; or a country and a continent WordNet puts it
// in.
func samePlace(x, y place) bool {
	if strings.HasPrefix(x.key, y.key) || strings.HasPrefix(y.key, x.key) {
		return x.compass == "" || y.compass == "" || x.compass == y.compass
	}
	return inRegion(x, y) || inRegion(y, x) || inContinent(x, y) || inContinent(y, x)
}

// inRegion reports whether y may lie in x, a region of a country.
func inRegion(x, y place) bool {
	return x.country && x.compass != "" && !y.country && !y.name && !y.continent
}

// inContinent reports whether country x lies in continent y.
func inContinent(x, y place) bool {
	return x.country && y.continent && lexicon.PartOf(asName(x.key), asName(y.key))
}

// sameThingCounted reports whether two counts may count one thing: either
// names no noun, or a noun of one is the other's or a kind of it
// ("miners" are workers; "soldiers" are no civilians).
func sameThingCounted(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x == y || lexicon.IsA(x, lexicon.Noun, y) || lexicon.IsA(y, lexicon.Noun, x) {
				return true
			}
		}
	}
	return false
}

// namesSubject reports whether a has a subject that b's sentence names:
// a name term of b that is the subject's key or holds it as family name
// (namedBy).
func namesSubject(a, b *compare.Claim) bool {
	if a.Subject == "" {
		return false
	}
	for _, t := range b.Terms {
		if k, ok := strings.CutPrefix(t, "@"); ok && namedBy(k, a.Subject) {
			return true
		}
	}
	return false
}

// namedBy reports whether name key k is of the person whose family name
// has key surname: k begins with a family name written first ("wangjun"
// of "wang"), else ends with it ("annaruiz" of "ruiz").
func namedBy(k, surname string) bool {
	if wordlist.FamilyFirst[surname] {
		return strings.HasPrefix(k, surname)
	}
	return strings.HasSuffix(k, surname)
}

// sharesName reports whether two sorted term sets share a name or place.
func sharesName(a, b []string) bool {
	for _, t := range a {
		if (strings.HasPrefix(t, "@") || strings.HasPrefix(t, claims.PlacePrefix)) && slices.Contains(b, t) {
			return true
		}
	}
	return false
}

// relatedWords counts the words of a that share their first
// MinStemPrefix letters with a word of b: derivations of one root
// ("testify", "testimony") meet.
func relatedWords(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y || len(x) >= MinStemPrefix && len(y) >= MinStemPrefix && x[:MinStemPrefix] == y[:MinStemPrefix] {
				n++
				break
			}
		}
	}
	return n
}

// MinStemPrefix is how many first letters two words must share to count
// as derived from one root.
const MinStemPrefix = 5

// sharedParties counts the parties of one list that the other names too.
func sharedParties(pa, pb []mentions.PreparedName) int {
	n := 0
	for _, x := range pa {
		for _, y := range pb {
			if x.Same(y) {
				n++
				break
			}
		}
	}
	return n
}

// subset reports whether every term of a is in b (both sorted).
func subset(a, b []int32) bool { return shared(a, b) == len(a) }

// MinNearOverlap is the least overlap of near context for claims keyed by
// a counted noun alone.
const MinNearOverlap = 0.5

// MinPolarityJaccard is the least Jaccard similarity of two clauses'
// content words for them to state the same thing.
const MinPolarityJaccard = 0.5

// bonus breaks ties between equally close candidates in favour of equal
// values: of two parallel lists of figures, equal ones pair up.
func bonus(a, b *compare.Claim) float64 {
	if a.Value == b.Value {
		return 0.01
	}
	return 0
}

// jaccard returns the Jaccard similarity of two sorted term sets and the
// number of shared terms.
func jaccard(a, b []int32) (float64, int) {
	n := shared(a, b)
	if u := len(a) + len(b) - n; u > 0 {
		return float64(n) / float64(u), n
	}
	return 0, 0
}

// overlap is the share of the smaller term set found in the other.
func overlap(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(shared(a, b)) / float64(min(len(a), len(b)))
}

// shared counts the elements two sorted sets have in common.
func shared[T cmp.Ordered](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}
