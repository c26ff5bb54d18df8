package align

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/timex"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// Keys are what blocks claims, and two reports of one event often key one
// figure apart: "a deal worth $1.8 billion" is the deal's, "will pay $2.3
// billion" no event's; "nine hostages" is a count of hostages, "twelve
// people were held" one of people. pairResidue gives such figures a second
// chance, in close reports only: a claim no other document's claim joined
// (its residue) is paired with one of another close report that measures
// the same way (measureOf) when the words beside the two values share a
// content word and each is the other's only best partner in its report.

// residue is what pairing needs of a claim left alone by its block.
type residue struct {
	claim   int      // index into cs
	measure string   // measureOf
	things  []string // the nouns a count counts
	words   []string // content words beside the value, sorted
	senses  []string // WordNet senses of the nouns among them (sensesOf), sorted
	classes []string // event classes beside the value, sorted
	terms   []string // content words of its sentence, but names, classes and units (read), sorted
	size    float64  // the value's middle, in the measure's unit (sizeOf)
	places  []place  // the participants and places its sentence names
	// specific is set for a count of a specific thing (specificThings).
	specific bool
	// named holds the keys of the participants and places (not
	// countries) its whole report names, shared by the report's residues.
	named map[string]bool
	// only is set when it pairs as its report's only one of its measure
	// (soleMeasure, or the only figure of a unit the report gives).
	only bool
	// mates are the claims of its report that give its value again
	// (a headline's figure the story repeats), which go where it goes.
	mates []int
}

// eventThing starts the thing a count of no noun counts: those its
// event befell ("~death").
const eventThing = "~"

// subjectWord marks the subject of a residue claim among its words.
const subjectWord = "subject:"

// hourMeasure starts the measure of an event's hour, which goes on with
// its day.
const hourMeasure = "hour "

// whoMeasure starts the measure of an office's holder, which goes on
// with the office.
const whoMeasure = "who "

// soleMeasure reports whether claims of a measure pair as their reports'
// only ones of it, not by the words beside them.
func soleMeasure(m string) bool {
	return strings.HasPrefix(m, hourMeasure) || strings.HasPrefix(m, whoMeasure)
}

// soleScore is the score of two claims paired for being their reports'
// only ones of their measure: below any pair sharing a word.
const soleScore = 0.25

// MaxResidueFigures is the most figures a residue claim's sentence may
// give: a result often comes as a share, a count and the whole it is of
// ("41 percent of the vote and 87 of the 200 seats").
const MaxResidueFigures = 3

// MinListFigures is the fewest figures of one unit, each close to the
// next (MaxListGap), that make a list.
const MinListFigures = 3

// MaxListGap is the most bytes between two figures of a list: "22
// winners and 16".
const MaxListGap = 24

// MaxResidueRatio is how many times the larger of two residue figures may
// be the smaller and still be one figure: accounts of one fact differ,
// but by more than this they are more often two facts.
const MaxResidueRatio = 2

// MaxWordedRatio is how many times the larger of two residue figures
// may be the smaller when the words beside them share at least
// MinWordedScore: "demanded a $2 million ransom" and "a ransom demand of
// $500,000" are one demand told two ways.
const MaxWordedRatio = 4

// MinWordedScore is the least score of shared words beside (a word
// counting one, a sense or an event class a half) that lets two figures
// more than MaxResidueRatio apart pair: two words, or one whose WordNet
// senses meet too.
const MinWordedScore = 2

// MinTellingScore is the least score of shared words beside that says
// what two figures measure plainly enough for sentences naming no
// participant in common.
const MinTellingScore = 3

// MaxResiduePosting is the most claims of one measure a word beside the
// value may be shared by and still propose partners: a word that common
// tells little, and skipping it keeps the cost linear.
const MaxResiduePosting = 64

// pairResidue returns groups with pairs of residue claims of close reports
// (close) made groups of their own, as pairResidue's comment above says;
// the caller orders the groups.
func pairResidue(cs []compare.Claim, groups [][]int, close, timely func(a, b string) bool) [][]int {
	rs := residues(cs, groups)
	if len(rs) < 2 {
		return groups
	}
	made := matchResidue(cs, rs, residueCandidates(cs, rs, close, timely))
	if len(made) == 0 {
		return groups
	}
	// A paired claim leaves its group: an hour leaves the days it
	// joined, which still agree among themselves.
	mates := map[int][]int{}
	for _, r := range rs {
		if len(r.mates) > 0 {
			mates[r.claim] = r.mates
		}
	}
	taken := map[int]bool{}
	for k, g := range made {
		for _, i := range g {
			taken[i] = true
			for _, j := range mates[i] {
				taken[j] = true
				made[k] = append(made[k], j)
			}
		}
		slices.Sort(made[k])
	}
	out := make([][]int, 0, len(groups)+len(made))
	for _, g := range groups {
		if rest := slices.DeleteFunc(slices.Clone(g), func(i int) bool { return taken[i] }); len(rest) > 0 {
			out = append(out, rest)
		}
	}
	return append(out, made...)
}

// residues returns the residue of groups: claims no other document's
// claim joined, and hours that joined only days (unansweredHour), that
// measure (measureOf) and have words beside them or are their report's
// only one of their measure.
func residues(cs []compare.Claim, groups [][]int) []residue {
	type docValue struct{ doc, value string }
	aligned := map[docValue]bool{}
	for _, g := range groups {
		if len(g) < 2 || !severalDocs(cs, g) {
			continue
		}
		for _, i := range g {
			aligned[docValue{cs[i].Doc, cs[i].Value}] = true
		}
	}
	figures := map[sentenceOf]int{}
	for i := range cs {
		if cs[i].Kind == compare.Quantity && cs[i].Value != "1" {
			figures[sentenceOf{cs[i].Doc, cs[i].Sentence.Start}]++
		}
	}
	// How many figures of each measure each document gives, aligned or
	// not: a report's only amount in euros, its only speed, is the
	// answer to whatever its words beside say.
	type docMeasure struct{ measure, doc string }
	given := map[docMeasure]int{}
	ms := make([]measurement, len(cs))
	for i := range cs {
		m := &ms[i]
		if m.measure, m.things, m.ok = measureOf(&cs[i]); m.ok {
			given[docMeasure{m.measure, cs[i].Doc}]++
		}
	}
	listed := inLists(cs, ms)
	named := map[string]map[string]bool{}
	for i := range cs {
		c := &cs[i]
		for _, t := range c.Terms {
			if !isPlaceOrName(t) {
				continue
			}
			if pl := parsePlace(t); !pl.country && pl.key != "" {
				if named[c.Doc] == nil {
					named[c.Doc] = map[string]bool{}
				}
				named[c.Doc][pl.key] = true
			}
		}
	}
	var rs []residue
	for _, g := range groups {
		ci := g[0]
		var mates []int
		switch {
		case len(g) > 1 && !severalDocs(cs, g):
			// One report giving one figure twice (its headline and
			// its story) is residue as much as giving it once; the
			// story's sentence says more beside it.
			if ci = repeatedFigure(cs, g); ci < 0 {
				continue
			}
			mates = slices.DeleteFunc(slices.Clone(g), func(i int) bool { return i == ci })
		case len(g) > 1:
			// An hour that joined only a day ("at 8:50 p.m." with
			// "on Saturday evening") still asks when on that day.
			if ci = unansweredHour(cs, g); ci < 0 {
				continue
			}
		}
		c := &cs[ci]
		if figures[sentenceOf{c.Doc, c.Sentence.Start}] > MaxResidueFigures || listed[ci] {
			// "the index lost 12 points, or 0.8 percent, to 1,480,
			// while the other gave up 0.5 percent": figures of several
			// things in one sentence, or a list ("5 aces, 22 winners
			// and 16 errors"), whose words beside each say little of
			// whose it is.
			continue
		}
		if len(g) == 1 && aligned[docValue{c.Doc, c.Value}] || vague(c.Value) || c.Polarity != compare.Positive {
			// A repeat of a figure already set against another
			// report's is no second question.
			continue
		}
		m, things := ms[ci].measure, ms[ci].things
		size, known := sizeOf(c)
		if !ms[ci].ok || !known {
			continue
		}
		r := residue{claim: ci, measure: m, things: things, size: size, places: placesOf(c), named: named[c.Doc],
			specific: m == "count" && specificThings(things), mates: mates}
		// People and things are counted in too many ways, and people's
		// ages are many people's, for one of each to be one question.
		r.only = soleMeasure(m) || m != "count" && m != "age" && given[docMeasure{m, c.Doc}] == 1
		if len(mates) > 0 {
			// A figure a report repeats pairs by the words beside it
			// only: the headline's figure is most often the story's
			// main one, and the story's other sums, shares and tolls
			// are too many to be told apart by being alone.
			r.only, r.specific = false, false
		}
		r.read(c)
		if m != "count" && m != "age" {
			r.readThings()
		}
		// A count of a specific thing pairs as its report's only one
		// with no word beside it (residueCandidates).
		if len(r.words) > 0 || r.only || r.specific {
			rs = append(rs, r)
		}
	}
	// A report that gives an hour by the clock on a day tells the part
	// of that day ("on Tuesday morning") more coarsely: the clock is its
	// answer.
	clocked := map[docMeasure]bool{}
	for _, r := range rs {
		if c := &cs[r.claim]; strings.HasPrefix(r.measure, hourMeasure) && timex.IsClock(c.Value) {
			clocked[docMeasure{r.measure, c.Doc}] = true
		}
	}
	return slices.DeleteFunc(rs, func(r residue) bool {
		c := &cs[r.claim]
		return strings.HasPrefix(r.measure, hourMeasure) && !timex.IsClock(c.Value) && clocked[docMeasure{r.measure, c.Doc}]
	})
}

// read sets the words, senses and classes beside residue r's claim c.
func (r *residue) read(c *compare.Claim) {
	for _, t := range c.Near {
		switch {
		case strings.HasPrefix(t, "~"):
			r.classes = append(r.classes, t)
		case isPlaceOrName(t), strings.HasPrefix(t, claims.CountedPrefix), unitWord(t):
			// A unit ("cents", "points") says how a value measures,
			// which the measure already does, not what it measures.
		default:
			r.words = append(r.words, t)
			if a, b, ok := strings.Cut(t, "-"); ok {
				// "all-cash", "fixed-rate": each part is a word beside
				// the value.
				r.words = append(r.words, a, b)
			}
		}
	}
	slices.Sort(r.words)
	r.words = slices.Compact(r.words)
	for _, t := range c.Terms {
		// Its sentence's other words say what it is of more faintly;
		// names and places are weighed apart (residuePartners), and
		// what a count counts says what, not which.
		if !strings.HasPrefix(t, "~") && !isPlaceOrName(t) && !strings.HasPrefix(t, claims.CountedPrefix) && !unitWord(t) && !countsWord(r, t) {
			r.terms = append(r.terms, t)
		}
	}
	for _, w := range r.words {
		if !countsWord(r, w) {
			// What a count counts says what, not which count.
			r.senses = append(r.senses, senseKeys.Get(w, sensesOf)...)
		}
	}
	slices.Sort(r.senses)
	r.senses = slices.Compact(r.senses)
	if c.Subject != "" {
		// Whom a figure is about is a word beside it, of no sense:
		// "Lind won 54 percent", "Lind's 51 percent".
		w := subjectWord + c.Subject
		if at, found := slices.BinarySearch(r.words, w); !found {
			r.words = slices.Insert(r.words, at, w)
		}
	}
}

// readThings adds what a figure other than a count measures (the fine
// an amount is, the turnout a share is) to the words and senses beside
// it: which sum, which share, not what is counted.
func (r *residue) readThings() {
	for _, t := range r.things {
		if at, found := slices.BinarySearch(r.words, t); !found {
			r.words = slices.Insert(r.words, at, t)
		}
		r.senses = append(r.senses, senseKeys.Get(t, sensesOf)...)
	}
	slices.Sort(r.senses)
	r.senses = slices.Compact(r.senses)
}

// measurement is what measureOf says of a claim.
type measurement struct {
	measure string
	things  []string
	ok      bool
}

// inLists returns the quantity claims of cs (measured ms) that are in a
// list: at least MinListFigures figures of one unit in one sentence that
// count one thing ("won 30 seats, the independents 54 and the rest eight") or that
// each stand within MaxListGap of the next ("4 aces, 17 winners and 29
// errors"). Figures of one unit far apart counting different things
// ("carrying 340 passengers when five carriages left the rails, two of
// them sliding") tell their own facts, and a share beside counts is no
// list.
func inLists(cs []compare.Claim, ms []measurement) map[int]bool {
	type sentenceUnit struct {
		sentenceOf
		unit, thing string
	}
	runs := map[sentenceUnit][]int{}
	counting := map[sentenceUnit][]int{}
	for i := range cs {
		if cs[i].Kind != compare.Quantity {
			continue
		}
		q, _ := mentions.ParseQuantity(cs[i].Value)
		k := sentenceUnit{sentenceOf{cs[i].Doc, cs[i].Sentence.Start}, q.Unit, ""}
		runs[k] = append(runs[k], i)
		if ms[i].ok && len(ms[i].things) > 0 {
			k.thing = ms[i].things[0]
		}
		counting[k] = append(counting[k], i)
	}
	listed := map[int]bool{}
	for _, ix := range counting {
		if len(ix) >= MinListFigures {
			for _, i := range ix {
				listed[i] = true
			}
		}
	}
	for _, ix := range runs {
		if len(ix) < MinListFigures {
			continue
		}
		slices.SortFunc(ix, func(a, b int) int { return cmp.Compare(cs[a].Evidence.Start, cs[b].Evidence.Start) })
		for from := 0; from < len(ix); {
			to := from + 1
			for to < len(ix) && cs[ix[to]].Evidence.Start-cs[ix[to-1]].Evidence.End <= MaxListGap {
				to++
			}
			if to-from >= MinListFigures {
				for _, i := range ix[from:to] {
					listed[i] = true
				}
			}
			from = to
		}
	}
	return listed
}

// residueCand is a candidate pair of residue claims.
type residueCand struct {
	a, b  int // positions in the residue, a < b
	score float64
}

// residueCandidates returns the pairs of residue claims rs of close
// reports (close) that may be one figure, scored: those sharing a measure
// and a word beside (postings on measure and word, capped), and those
// that are their reports' only ones of their measure.
func residueCandidates(cs []compare.Claim, rs []residue, close, timely func(a, b string) bool) []residueCand {
	postings := map[posting][]int{}
	for p, r := range rs {
		if soleMeasure(r.measure) {
			continue // paired below, as the only one of its report
		}
		for _, w := range r.words {
			postings[posting{r.measure, w}] = append(postings[posting{r.measure, w}], p)
		}
		for _, w := range r.senses {
			postings[posting{r.measure, w}] = append(postings[posting{r.measure, w}], p)
		}
	}
	seen := map[[2]int]bool{}     // pairs weighed by shared words
	proposed := map[[2]int]bool{} // pairs those words made candidates
	var cands []residueCand
	eachPostedPair(postings, seen, func(a, b int) {
		ca, cb := &cs[rs[a].claim], &cs[rs[b].claim]
		if ca.Doc == cb.Doc {
			return
		}
		n := sharedContext(&rs[a], &rs[b])
		senses := shared(rs[a].senses, rs[b].senses)
		if n == 0 && senses == 0 {
			return
		}
		s := float64(n) + float64(senses+shared(rs[a].classes, rs[b].classes))/2
		if !residuePartnersWithin(ca, cb, &rs[a], &rs[b], MaxWordedRatio, s >= MinTellingScore) || !close(ca.Doc, cb.Doc) {
			return
		}
		if !withinRatio(&rs[a], &rs[b], MaxResidueRatio) {
			// Figures far apart are one figure only on words
			// beside that say so twice over, and then below any
			// nearer partner as well said.
			if s < MinWordedScore {
				return
			}
			s--
		}
		cands = append(cands, residueCand{a, b, s})
		proposed[[2]int{a, b}] = true
	})
	cands = append(cands, sentenceCandidates(cs, rs, seen, proposed, close, timely)...)
	// The hour of a sudden event that is the only one of its day a
	// report leaves alone, the one holder of an office a report names,
	// and the only figure of its measure a report gives: two such in
	// close reports answer one question, whatever words are beside
	// ("struck at 4:10", "the tremor came at 5:40"; "Transport Minister
	// Ada Lind", "the transport minister, Ivo Brand"; "a 48-hour
	// stoppage", "the strike, which will last three days"). They score
	// below any pair that shares a word.
	byMeasure := map[string][]int{}
	perDoc := map[posting]int{}
	// A report's hour of a sudden event is its only one when it gives
	// no other such hour that day, whatever hours of other doings it
	// gives ("struck at 4:10 a.m."; "crews arrived at midday").
	suddenPerDoc := map[posting]int{}
	for p := range rs {
		if r := &rs[p]; r.only {
			byMeasure[r.measure] = append(byMeasure[r.measure], p)
			perDoc[posting{r.measure, cs[r.claim].Doc}]++
			if suddenHour(r, &cs[r.claim]) {
				suddenPerDoc[posting{r.measure, cs[r.claim].Doc}]++
			}
		}
	}
	several := func(r *residue, c *compare.Claim, other *compare.Claim) bool {
		if suddenHour(r, c) && claims.Sudden(claims.EventClass(other.Key)) {
			return suddenPerDoc[posting{r.measure, c.Doc}] > 1
		}
		return perDoc[posting{r.measure, c.Doc}] > 1
	}
	for _, m := range slices.Sorted(maps.Keys(byMeasure)) {
		ps := byMeasure[m]
		if len(ps) > MaxResiduePosting {
			continue
		}
		for i, a := range ps {
			for _, b := range ps[i+1:] {
				ca, cb := &cs[rs[a].claim], &cs[rs[b].claim]
				// With no word in common, what each sum is "of" is all
				// that says they are one: a tax and a profit are two.
				if ca.Doc == cb.Doc || proposed[[2]int{a, b}] || several(&rs[a], ca, cb) || several(&rs[b], cb, ca) ||
					!residuePartners(ca, cb, &rs[a], &rs[b]) || !mayCountOneThing(rs[a].things, rs[b].things) || !close(ca.Doc, cb.Doc) {
					continue
				}
				cands = append(cands, residueCand{a, b, soleScore})
			}
		}
	}
	// Counts of one specific thing ("143 miners", "110 workers below
	// ground"), each its report's only count of it that no block joined,
	// of one event or of at most one: two reports' only counts of miners
	// are one question, whatever words are beside, and "shutting 30
	// clinics" is one with "45 clinics were closed". Counts of two
	// events ("94 seats won", "12 seats lost") are two.
	var counts []int
	for p := range rs {
		if rs[p].specific {
			counts = append(counts, p)
		}
	}
	if len(counts) <= MaxResiduePosting {
		for i, a := range counts {
			for _, b := range counts[i+1:] {
				ca, cb := &cs[rs[a].claim], &cs[rs[b].claim]
				if ca.Doc == cb.Doc || proposed[[2]int{a, b}] || !oneCountedThing(ca, cb, &rs[a], &rs[b], timely(ca.Doc, cb.Doc)) ||
					!residuePartners(ca, cb, &rs[a], &rs[b]) || !close(ca.Doc, cb.Doc) {
					continue
				}
				cands = append(cands, residueCand{a, b, thingScore})
			}
		}
	}
	return cands
}

// sentenceCandidates returns the pairs of residue claims rs of close
// reports whose sentences share a content word though the words beside
// the values do not (pairs not in seen; those made are added to
// proposed, which the pairs of sole figures skip): "the insurers put
// the cargo's value at $8 million" and "the lost cargo was worth an
// estimated $5 million" share "cargo", in reports published close in
// time (timely). Such a pair scores below any other, the more
// words shared the higher, so that a figure keeps its one best partner
// in each report and a tie leaves it alone (matchResidue). Postings on
// measure and word are capped (eachPostedPair).
func sentenceCandidates(cs []compare.Claim, rs []residue, seen, proposed map[[2]int]bool, close, timely func(a, b string) bool) []residueCand {
	postings := map[posting][]int{}
	for p, r := range rs {
		if soleMeasure(r.measure) || len(r.mates) > 0 {
			continue
		}
		for _, t := range r.terms {
			postings[posting{r.measure, t}] = append(postings[posting{r.measure, t}], p)
		}
	}
	var cands []residueCand
	eachPostedPair(postings, maps.Clone(seen), func(a, b int) {
		ca, cb := &cs[rs[a].claim], &cs[rs[b].claim]
		if ca.Doc == cb.Doc || !residuePartners(ca, cb, &rs[a], &rs[b]) || !close(ca.Doc, cb.Doc) || !timely(ca.Doc, cb.Doc) {
			return
		}
		n := min(shared(rs[a].terms, rs[b].terms), MaxSentenceWords)
		cands = append(cands, residueCand{a, b, sentenceScore + float64(n)*sentenceWordScore})
		proposed[[2]int{a, b}] = true
	})
	return cands
}

// posting is a measure and a word beside (or in the sentence of) a
// residue figure: the index residue pairing proposes pairs by.
type posting struct{ measure, word string }

// eachPostedPair calls f once for each pair of residues (positions a < b
// as posted) that share a posting of at most MaxResiduePosting, postings
// in order, but for the pairs done holds, which it adds those it calls f
// on to: a word that common tells little, and skipping it keeps the cost
// linear.
func eachPostedPair(postings map[posting][]int, done map[[2]int]bool, f func(a, b int)) {
	for _, k := range slices.SortedFunc(maps.Keys(postings), func(x, y posting) int {
		return cmp.Or(cmp.Compare(x.measure, y.measure), cmp.Compare(x.word, y.word))
	}) {
		ps := postings[k]
		if len(ps) > MaxResiduePosting {
			continue
		}
		for i, a := range ps {
			for _, b := range ps[i+1:] {
				if done[[2]int{a, b}] {
					continue
				}
				done[[2]int{a, b}] = true
				f(a, b)
			}
		}
	}
}

// sentenceScore, with sentenceWordScore for each content word shared
// up to MaxSentenceWords, is the score of two figures paired on the
// words of their sentences: below thingScore, the least of the others.
const (
	sentenceScore     = 0.1
	sentenceWordScore = 0.01
	MaxSentenceWords  = 9
)

// oneCountedThing reports whether two specific counts (claims a and b,
// residues ra and rb) may count one thing as far as their events say:
// of one event class, or, in reports published close in time (timely),
// one of an event and the other of none when both name the noun they
// count ("shutting 30 clinics", "45 clinics were closed"). A count of
// those an event befell names none: "27 killed" is no count of the 41
// passengers another sentence gives.
func oneCountedThing(a, b *compare.Claim, ra, rb *residue, timely bool) bool {
	x, y := claims.EventClass(a.Key), claims.EventClass(b.Key)
	if x == y {
		return true
	}
	if !timely {
		return false
	}
	named := func(things []string) bool {
		return !slices.ContainsFunc(things, func(t string) bool { return strings.HasPrefix(t, eventThing) })
	}
	return (x == "" || y == "") && named(ra.things) && named(rb.things)
}

// suddenHour reports whether residue r of claim c is the hour of an
// event of a sudden class.
func suddenHour(r *residue, c *compare.Claim) bool {
	return strings.HasPrefix(r.measure, hourMeasure) && claims.Sudden(claims.EventClass(c.Key))
}

// thingScore is the score of two counts paired for being their reports'
// only counts of one thing: below any other pair.
const thingScore = 0.2

// specificThings reports whether a count counts things narrower than
// people or things at large: "miners", "coins", not "people", "others".
func specificThings(things []string) bool {
	return len(things) > 0 && !slices.ContainsFunc(things, func(t string) bool {
		if strings.HasPrefix(t, eventThing) {
			return false // those an event befell: its dead, its arrested
		}
		h := lexicon.Headword(t, lexicon.Noun)
		return h == "" || claims.GenericThing(t) || claims.GenericThing(h)
	})
}

// matchResidue returns the groups (indexes into cs, each ascending) that
// the candidates make: each residue claim keeps its best partner in each
// other report, when it has one best; a pair is made when each is the
// other's, best first, into groups that never hold two claims of one
// document.
func matchResidue(cs []compare.Claim, rs []residue, cands []residueCand) [][]int {
	type docOf struct {
		p   int
		doc string
	}
	best := map[docOf]float64{}
	ties := map[docOf]int{}
	bestOf := map[docOf]int{} // the best partner, the first of those tied
	// A tie between two amounts of one size in a report is none: the
	// report gives one figure twice ("£1.2 million", "over £1.2m").
	twice := func(p, q int) bool {
		a, b := &cs[rs[p].claim], &cs[rs[q].claim]
		x, y := rs[p].size, rs[q].size
		return a.Kind == compare.Quantity && b.Kind == compare.Quantity && math.Abs(x-y) <= 1e-9*max(x, y)
	}
	note := func(p int, doc string, s float64, partner int) {
		k := docOf{p, doc}
		switch b, ok := best[k]; {
		case !ok || s > b:
			best[k], ties[k], bestOf[k] = s, 1, partner
		case s == b && !twice(partner, bestOf[k]):
			ties[k]++
		}
	}
	for _, c := range cands {
		note(c.a, cs[rs[c.b].claim].Doc, c.score, c.b)
		note(c.b, cs[rs[c.a].claim].Doc, c.score, c.a)
	}
	mine := func(p int, doc string, s float64) bool {
		k := docOf{p, doc}
		return best[k] == s && ties[k] == 1
	}
	parent := make([]int, len(rs))
	members := make([][]int, len(rs))
	for p := range rs {
		parent[p] = p
		members[p] = []int{p}
	}
	find := func(p int) int {
		for parent[p] != p {
			p = parent[p]
		}
		return p
	}
	slices.SortStableFunc(cands, func(x, y residueCand) int { return cmp.Compare(y.score, x.score) })
	for _, c := range cands {
		da, db := cs[rs[c.a].claim].Doc, cs[rs[c.b].claim].Doc
		if !mine(c.a, db, c.score) || !mine(c.b, da, c.score) {
			continue
		}
		ra, rb := find(c.a), find(c.b)
		if ra == rb || sharesDoc(cs, rs, members[ra], members[rb]) {
			continue
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		members[rb] = nil
	}
	var made [][]int
	for p := range rs {
		if p != find(p) || len(members[p]) < 2 {
			continue
		}
		var g []int
		for _, q := range members[p] {
			g = append(g, rs[q].claim)
		}
		slices.Sort(g)
		made = append(made, g)
	}
	return made
}

// severalDocs reports whether the claims g come from more than one
// document.
func severalDocs(cs []compare.Claim, g []int) bool {
	for _, i := range g[1:] {
		if cs[i].Doc != cs[g[0]].Doc {
			return true
		}
	}
	return false
}

// sharesDoc reports whether two sets of residue claims hold claims of one
// document.
func sharesDoc(cs []compare.Claim, rs []residue, a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if cs[rs[x].claim].Doc == cs[rs[y].claim].Doc {
				return true
			}
		}
	}
	return false
}

// repeatedFigure returns the claim of group g, all of one report, that
// stands for the figure g gives again and again: the first outside the
// headline, or -1 when g gives more than one value.
func repeatedFigure(cs []compare.Claim, g []int) int {
	at := -1
	for _, i := range g {
		if cs[i].Value != cs[g[0]].Value {
			return -1
		}
		if at < 0 && cs[i].Sentence.Start > 0 {
			at = i
		}
	}
	if at < 0 {
		return g[0] // all in the headline
	}
	return at
}

// unansweredHour returns the index of the one hour of group g when no
// other claim of g gives an hour (the others give its day, or the day
// of another report), else -1.
func unansweredHour(cs []compare.Claim, g []int) int {
	at := -1
	for _, i := range g {
		if cs[i].Kind == compare.Time && timex.IsClock(cs[i].Value) {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// measureOf returns how a claim's value measures, for pairing residue: a
// figure's unit ("USD", "%", "km", "count" for a count of things), a
// length of time, the hour of an event; with the nouns a count counts.
// Parts, totals, tallies over periods, margins and magnitudes are figures
// of their own questions, which no other key asks.
func measureOf(c *compare.Claim) (string, []string, bool) {
	parts := strings.Split(c.Key, "/")
	switch claims.KindOf(c.Key).Name {
	case "count", "quantity":
		for _, p := range parts[1:] {
			switch p {
			case "part", "others", "period", "margin", "needed":
				return "", nil, false
			case "figure":
				return "figure", nil, true
			}
		}
		q, ok := mentions.ParseQuantity(c.Value)
		if !ok {
			return "", nil, false
		}
		unit := cmp.Or(q.Unit, "count")
		var things []string
		for _, t := range c.Terms {
			if n, ok := strings.CutPrefix(t, claims.CountedPrefix); ok {
				things = append(things, n)
			}
		}
		if unit == "count" && parts[0] == "count" && len(parts) == 2 && !slices.Contains(things, parts[1]) {
			things = append(things, parts[1])
		}
		if unit == "count" && len(things) == 0 && parts[0] == "quantity" && len(parts) == 3 {
			// "at least 14 died", "11 were arrested": a count naming no
			// noun counts those its event befell.
			things = append(things, eventThing+parts[1])
		}
		return unit, things, true
	case "duration":
		if claims.IsOffset(c.Key) {
			// How long after something another thing came is no length
			// of anything.
			return "offset", nil, true
		}
		return "duration", nil, true
	case "who":
		// The holder of an office the sentence names with the words
		// that say which of its kind ("Transport Minister Ada Lind",
		// "the opposition leader"), or of one that leads a whole ("the
		// mayor", "the coach"); a role alone that many hold ("the
		// spokesman", "the minister", "the judge") is no question of
		// its own, and a past holder is no answer.
		role, ok := strings.CutPrefix(c.Question, claims.RoleAsked)
		words := strings.Fields(strings.ToLower(strings.TrimSuffix(role, "?")))
		if !ok || len(words) == 0 || len(words) < 2 && !soleLeader.Get(words[0], isSoleLeader) || slices.ContainsFunc(words, pastHolder) {
			return "", nil, false
		}
		return whoMeasure + strings.Join(words, " "), nil, true
	case "age":
		// "the driver, a 52-year-old man", "the driver, 61": whose
		// age the words beside say, as for a figure.
		return "age", nil, true
	case "time":
		class := claims.EventClass(c.Key)
		if len(c.Value) > timex.DayLen && timex.HasDay(c.Value) && (claims.Sudden(class) || timex.IsClock(c.Value) && !claims.Lasts(class)) && !claims.IsPlanned(c.Key) {
			// The hour of a sudden event, on its day: reports differ on
			// when on a day, rarely on which day too. So is a clock time
			// of an event of no known class ("entered at 1:45 a.m.",
			// "lifted off at 9:21"), whose report gives no other. An
			// event that lasts (a vote, a meeting) has hours of its
			// own: when polls opened, how many had voted by noon.
			return hourMeasure + c.Value[:timex.DayLen], nil, true
		}
	}
	return "", nil, false
}

// residuePartners reports whether two residue claims may be one figure:
// of one measure, counts counting things that may be one, of one subject
// and period, in places that can be one.
func residuePartners(a, b *compare.Claim, ra, rb *residue) bool {
	return residuePartnersWithin(a, b, ra, rb, MaxResidueRatio, false)
}

// withinRatio reports whether the larger of two residue figures is at
// most limit times the smaller.
func withinRatio(ra, rb *residue, limit float64) bool {
	x, y := min(ra.size, rb.size), max(ra.size, rb.size)
	return x > 0 && y <= limit*x
}

// residuePartnersWithin is residuePartners with the figures at most limit
// times apart; when told is set (the words beside say plainly what both
// measure) and neither figure is about a subject, their sentences need
// not name a participant in common: one report names the flight, the
// other the aircraft, both "carrying 176 passengers and crew".
func residuePartnersWithin(a, b *compare.Claim, ra, rb *residue, limit float64, told bool) bool {
	if ra.measure != rb.measure {
		return false
	}
	if ra.measure == "count" && (len(ra.things) == 0 || len(rb.things) == 0 || !mayCountOneThing(ra.things, rb.things)) {
		// A count names what it counts, or it is no count that words
		// beside it can match ("rose 2.67", "48,000 were sold"); and two
		// counts count one thing. What a sum or a length is "of" ("the
		// cost of", "a bill for") is named many ways: words beside that
		// two share say which it is.
		return false
	}
	if subjectsDiffer(a.Subject, b.Subject) {
		return false
	}
	if a.Period != "" && b.Period != "" && !timesOverlap(a.Period, b.Period) {
		return false
	}
	if !withinRatio(ra, rb, limit) {
		return false
	}
	if strings.HasPrefix(ra.measure, hourMeasure) && !(claims.Sudden(claims.EventClass(a.Key)) && claims.Sudden(claims.EventClass(b.Key))) &&
		!(timex.IsClock(a.Value) && timex.IsClock(b.Value)) {
		// An hour of an event of no known class is its story's hour by
		// the clock only: "crossed at 9:15 p.m." is no answer to
		// another report's "Wednesday afternoon", which may be of
		// another moment of the story.
		return false
	}
	if strings.HasPrefix(ra.measure, whoMeasure) && sameSurname(a.Value, b.Value) {
		// "Adel Abdel Mehdi" and "Abdel Abdel Mehdi": one person's
		// name spelt two ways, which the name alignment missed.
		return false
	}
	// Sentences that name participants or places name one in common:
	// two players' aces, two firms' prices, are two figures. An age is
	// its person's, whom the subject names when the claim knows it; the
	// other names of its sentence are of other things ("the driver, 61,
	// had worked for the firm for 20 years, Dosk said").
	return ra.measure == "age" || strings.HasPrefix(ra.measure, whoMeasure) || len(ra.places) == 0 || len(rb.places) == 0 ||
		!differentPlaces(ra.places, rb.places) && (told && a.Subject == "" && b.Subject == "" ||
			sharesParticipant(ra.places, rb.places, true) || sourceNamed(a, b) || sourceNamed(b, a) ||
			namesKnown(ra.places, rb.named) || namesKnown(rb.places, ra.named))
}

// namesKnown reports whether a participant or place (not a country) a
// sentence names is one the other report names somewhere: two close
// reports' sentences of one toll may name what the other names
// elsewhere ("killed near Orvik", "died on the road to Tamsel", both
// places in both reports), and one of them a place the other never
// names (a village, a spaceport), so one direction is enough.
func namesKnown(ps []place, named map[string]bool) bool {
	for _, p := range ps {
		if !p.country && !p.other && named[p.key] {
			return true
		}
	}
	return false
}

// mayCountOneThing reports whether two residue counts may count one
// thing in some sense of their nouns, not only the usual one: "jobs" and
// "positions" are one in the sense of a post, "operations" and
// "procedures" in that of surgery. What picks the sense is the rest of
// the pairing: shared words beside, or each report's giving only one
// such count.
func mayCountOneThing(a, b []string) bool {
	if sameThingCounted(a, b) || befallsOne(a, b) || befallsOne(b, a) {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if lexicon.AnySenseIsA(x, lexicon.Noun, y) || lexicon.AnySenseIsA(y, lexicon.Noun, x) ||
				somePeople(x) && claims.IsPerson(y) || somePeople(y) && claims.IsPerson(x) {
				return true
			}
		}
	}
	return false
}

// somePeople reports whether a counted noun says only that they are
// people ("three young men", "four people"): they may be the poachers,
// the raiders or the crew another report counts.
func somePeople(t string) bool { return claims.GenericThing(t) && claims.IsPerson(t) }

// befallsOne reports whether a counts those an event that befalls people
// befell ("41 were injured") and b counts people ("34 workers"): the
// injured may be the workers.
func befallsOne(a, b []string) bool {
	for _, x := range a {
		class, ok := strings.CutPrefix(x, eventThing)
		if !ok || !claims.BefallsPeople(class) {
			continue
		}
		if slices.ContainsFunc(b, claims.IsPerson) {
			return true
		}
	}
	return false
}

// sourceNamed reports whether the source a is attributed to is named in
// b's sentence: "the chief executive, Ada Lind, said" and "Lind told
// reporters", or one report giving the firm she speaks for and the other
// her name beside it ("Orvik's chief executive, Ada Lind, said"), tell
// one source's account.
func sourceNamed(a, b *compare.Claim) bool {
	source := sourceTerm(a)
	return source != "" && slices.Contains(b.Terms, source)
}

// sourceTerm returns the name term of the source c is attributed to, or
// "".
func sourceTerm(c *compare.Claim) string {
	if c.Attribution == "" {
		return ""
	}
	return "@" + mentions.NameKey(c.Attribution)
}

// sameSurname reports whether two names have one family name.
func sameSurname(a, b string) bool {
	if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
		return false
	}
	return mentions.NameKey(mentions.Surname(a)) == mentions.NameKey(mentions.Surname(b))
}

// soleLeader remembers isSoleLeader's answers.
var soleLeader memo.Map[string, bool]

// isSoleLeader reports whether a role is, in WordNet, one that leads (a
// leader: a mayor, a governor, a chairman) and not an official's, of
// which a body has many (a minister, a judge).
func isSoleLeader(role string) bool {
	return lexicon.IsA(role, lexicon.Noun, "leader") && !lexicon.IsA(role, lexicon.Noun, "official")
}

// pastHolder reports whether a word beside a holder's name says the
// office is held no more ("former", "ex-minister").
func pastHolder(t string) bool {
	return t == "former" || t == "ex" || strings.HasPrefix(t, "ex-")
}

// sizeOf returns the middle of a claim's value, in its unit: a quantity's
// amount, a duration's length in hours.
func sizeOf(c *compare.Claim) (float64, bool) {
	if k := claims.KindOf(c.Key).Name; k == "time" || k == "who" {
		return 1, true // a time of day, a name, has no size to compare
	}
	if c.Kind == compare.Quantity {
		q, ok := mentions.ParseQuantity(c.Value)
		switch {
		case !ok || math.IsInf(q.Lo, 0) && math.IsInf(q.Hi, 0):
			return 0, false
		case math.IsInf(q.Hi, 0):
			return q.Lo, true // "more than 600": its bound
		case math.IsInf(q.Lo, 0):
			return q.Hi, true // "fewer than 50"
		}
		return (q.Lo + q.Hi) / 2, true
	}
	_, d, ok := timex.ParseBoundedDuration(c.Value) // "more than five hours": its bound
	return d.Approx().Hours(), ok
}

// unitWord reports whether a term (a stem) is a unit of measurement.
func unitWord(t string) bool {
	return claims.IsMeasureUnit(t) || claims.IsMeasureUnit(t+"e")
}

// placesOf returns the places and participants a claim's sentence names,
// but not the source it is attributed to ("according to the agency"),
// which tells who says it, not who took part.
func placesOf(c *compare.Claim) []place {
	source := sourceTerm(c)
	var ps []place
	for _, t := range c.Terms {
		if isPlaceOrName(t) && t != source {
			pl := parsePlace(t)
			pl.other = slices.Contains(c.OtherPlaces, t)
			ps = append(ps, pl)
		}
	}
	return ps
}

// senseKeys remembers sensesOf's answers: the words beside figures come
// back in report after report.
var senseKeys memo.Map[string, []string]

// sensesOf returns keys of the WordNet senses a word beside a value (a
// stem) names as a noun, first sense and the kinds it is directly of:
// "fined" and "a penalty" meet in penalty, "a levy" and "a tax" in tax.
// A stem may be of two words ("fin" of "fine"): both are read, and the
// wrong one meets nothing. Words that are units or names are never
// asked.
func sensesOf(w string) []string {
	var out []string
	forms := []string{w, w + "e"}
	if n := len(w); n > 3 && w[n-1] == w[n-2] {
		forms = append(forms, w[:n-1]) // "travell" of "travelled"
	}
	for _, f := range forms {
		if ss := lexicon.Synsets(f, lexicon.Noun); len(ss) > 0 {
			out = append(out, "="+ss[0].ID())
			for _, h := range ss[0].Hypernyms() {
				out = append(out, "="+h.ID())
			}
		}
		// A verb's first sense, not the kinds it is of: a verb's kinds
		// are few and wide ("change", "move").
		if ss := lexicon.Synsets(f, lexicon.Verb); len(ss) > 0 {
			out = append(out, "="+ss[0].ID())
		}
	}
	return out
}

// sharedContext counts the words beside the values that two residue
// claims share, but for a noun both count: "seats" beside "101 seats
// needed" and "won 94 seats" says what is counted, not which count.
func sharedContext(a, b *residue) int {
	n := 0
	for _, w := range a.words {
		if _, found := slices.BinarySearch(b.words, w); found && !(countsWord(a, w) && countsWord(b, w)) {
			n++
		}
	}
	return n
}

// countsWord reports whether the word w (a stem) is a noun the residue
// claim counts.
func countsWord(r *residue, w string) bool {
	for _, t := range r.things {
		if t == w || strings.TrimSuffix(t, "e") == w {
			return true
		}
	}
	return false
}
