package judge

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/internal/timex"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// A story is what a document is about, as its claims show it: the people,
// bodies and places it names (terms made by the claims package, "@" and
// claims.PlacePrefix) and the event and content words of its claims' keys
// and sentences.
type story struct {
	names     map[string]bool // bare keys of people, bodies and places below a country
	countries map[string]bool
	words     map[string]bool // content words and the event words of keys
	// keys are the names' and countries' bare keys, sorted: "heilongjiang"
	// of "@heilongjiang" and of "#northeast|heilongjiang".
	keys []string
	// sentences counts the sentences its claims are made in.
	sentences int
	// moments are the events it dates to the minute, by class and time
	// ("disaster 2031-03-04T03:17").
	moments map[string]bool
}

// termKey returns the bare key of a name or place term.
func termKey(t string) string {
	n, _ := claims.ReadNameTerm(t)
	return n.Key
}

// sharesAName reports whether the stories name something in common, one
// name perhaps extending the other ("Heilongjiang Province").
func sharesAName(a, b *story) bool {
	return extendsOne(a.keys, b.keys) || extendsOne(b.keys, a.keys)
}

// extendsOne reports whether a key of xs begins a key of ys (sorted).
func extendsOne(xs, ys []string) bool {
	for _, x := range xs {
		if len(x) < minNameKey {
			continue
		}
		i, _ := slices.BinarySearch(ys, x)
		if i < len(ys) && strings.HasPrefix(ys[i], x) {
			return true
		}
	}
	return false
}

// minNameKey is the shortest key that may begin a longer name.
const minNameKey = 3

func stories(cs []compare.Claim) map[string]*story {
	out := map[string]*story{}
	seen := map[sentenceOf]bool{}
	for i := range cs {
		c := &cs[i]
		s := out[c.Doc]
		if s == nil {
			s = &story{names: map[string]bool{}, countries: map[string]bool{}, words: map[string]bool{}}
			out[c.Doc] = s
		}
		if !seen[sentenceOf{c.Doc, c.Sentence}] {
			seen[sentenceOf{c.Doc, c.Sentence}] = true
			s.sentences++
		}
		for _, t := range c.Terms {
			switch {
			case strings.HasPrefix(t, claims.PlacePrefix) && strings.HasSuffix(t, "|c"):
				s.countries[t] = true
			case strings.HasPrefix(t, "@") && mentions.IsNewsAgency(t[1:]):
				// Who reported it ("Xinhua said"), not what it is about.
			case strings.HasPrefix(t, "@") || strings.HasPrefix(t, claims.PlacePrefix):
				// By bare key: how a name was typed ("Kessara" a place
				// in one report, an unknown name in the other) does not
				// make two names.
				s.names[termKey(t)] = true
			case t == claims.MainTerm:
				// A mark of the claim, no word of the story.
			default:
				s.words[t] = true
			}
		}
		if class := claims.EventClass(c.Key); c.Kind == compare.Time && class != "" && oneOff(c.Key) && !claims.IsPlanned(c.Key) && len(c.Value) >= minuteLen && c.Value[len(time.DateOnly)] == 'T' {
			if s.moments == nil {
				s.moments = map[string]bool{}
			}
			s.moments[class+" "+c.Value[:minuteLen]] = true
		}
		// The key's middle parts name the event or the thing measured
		// ("quantity/death/count"); its first names the kind of claim.
		parts := strings.Split(c.Key, "/")
		for _, p := range parts[1:] {
			if len(p) > 2 && !strings.ContainsAny(p, "%#") {
				s.words["key:"+p] = true
			}
		}
	}
	for _, s := range out {
		for k := range s.names {
			s.keys = append(s.keys, k)
		}
		for t := range s.countries {
			s.keys = append(s.keys, termKey(t))
		}
		slices.Sort(s.keys)
		s.keys = slices.Compact(s.keys)
	}
	return out
}

// minuteLen is the length of a time value to the minute,
// "2006-01-02T15:04".
const minuteLen = len("2006-01-02T15:04")

// sharesMoment reports whether two stories date an event of one class to
// the same minute ("the quake hit at 3:17 a.m."): reports of one event,
// however many witnesses and villages each names of its own.
func sharesMoment(a, b *story) bool {
	for m := range a.moments {
		if b.moments[m] {
			return true
		}
	}
	return false
}

// MinSharedNames is the least weight of names two documents must share
// to tell one story, unless their words overlap (MinWordsWithName,
// MinSharedWords): a person, body or place below a country weighs 1, a
// country, which most stories of a wire's day name, CountryWeight.
const MinSharedNames = 2

// CountryWeight is what a shared country counts towards MinSharedNames.
const CountryWeight = 0.5

// MinSharedWords is the least share of the smaller document's content
// words that two documents sharing no name must share to tell one story:
// reports of one genre (two markets' closes) share many words and no name.
const MinSharedWords = 0.5

// MinOwnNames is how many names (below a country) each of two documents
// must give for sharing none of them to say they tell different stories.
const MinOwnNames = 2

// MinWordsWithName is the least share of words two documents sharing a
// name or a country must share to tell one story.
const MinWordsWithName = 0.15

// related reports whether two stories can be about one event, with the
// weight of the names and the share of words they share. The figures
// were chosen on the shared clusters (every pair related) against pairs
// of unrelated wire stories of different days that share a title word.
func related(a, b *story) (bool, float64, float64) {
	names := 0.0
	for t := range a.names {
		if b.names[t] {
			names++
		}
	}
	for t := range a.countries {
		if b.countries[t] {
			names += CountryWeight
		}
	}
	if names == 0 && len(a.keys) >= MinOwnNames && len(b.keys) >= MinOwnNames && !sharesAName(a, b) {
		// Each names its own people and places, and none of the other's:
		// two stories of one genre (two markets' closes, two matches),
		// whatever words the genre shares.
		return false, 0, 0
	}
	shared := 0
	for t := range a.words {
		if b.words[t] {
			shared++
		}
	}
	words := 0.0
	if n := min(len(a.words), len(b.words)); n > 0 {
		words = float64(shared) / float64(n)
	}
	return names >= MinSharedNames || names > 0 && words >= MinWordsWithName || words >= MinSharedWords, names, words
}

// Thin reports whether documents a and b share a story only through a
// thin link: one name (or less) in common and a minority of their words
// (related's third way). Two reports so linked may tell one story, enough
// for their equal figures to agree, but not enough for figures that
// differ to be one fact told two ways: two quakes' magnitudes, two
// visits' lengths, in reports of one region's news.
func (r *Relation) Thin(a, b string) bool { return r.link(a, b) == thinLink }

// ThinNameShare is the share of the names of the document naming fewer
// below which the names two documents share are a thin link: a report
// naming a dozen people and places that shares one with another tells
// another story; two short reports that name two or three each and
// share one may tell one.
const ThinNameShare = 0.2

// SplitThin splits each alignment so that no two documents that give no
// value in common are only thinly linked (thin, such as a Relation's
// Thin): documents are taken in order of first claim, each joining the
// first part whose first MaxPartChecks documents are neither thinly
// linked to it nor give values all different from its own.
func SplitThin(as []compare.Alignment, thin func(a, b string) bool) []compare.Alignment {
	var out []compare.Alignment
	for _, a := range as {
		values := map[string][]string{}
		for _, c := range a.Claims {
			if !slices.Contains(values[c.Doc], c.Value) {
				values[c.Doc] = append(values[c.Doc], c.Value)
			}
		}
		if len(values) < 2 {
			out = append(out, a)
			continue
		}
		apart := func(x, y string) bool {
			for _, v := range values[x] {
				if slices.Contains(values[y], v) {
					return false
				}
			}
			return thin(x, y)
		}
		out = append(out, SplitUnrelated([]compare.Alignment{a}, apart)...)
	}
	return out
}

// AllPairsUpTo is the number of documents up to which Unrelated checks
// every pair; above it, only pairs that some alignment would compare, so
// that the cost stays close to linear in the claims.
const AllPairsUpTo = 16

// A Relation tells which documents share a story. Each pair is decided
// when first asked and remembered: relatedness is not transitive (a
// report of a blast and one of a trial may each share a story with a
// roundup of the day's news), so every pair whose claims may be compared
// must be asked, not only those Unrelated lists. It may be used from
// several goroutines.
type Relation struct {
	stories map[string]*story
	index   map[string]uint32 // of each document with a story, in ID order
	mu      sync.Mutex
	decided map[uint64]linkKind // by the pair's indexes, lower first
	// sameNews, if set, tells which documents were published within a
	// day of each other (KnowSameNews).
	sameNews func(a, b string) bool
}

// KnowSameNews tells r which two documents were published within a day
// of each other: only such reports may be close on many shared words
// with fewer shared names (WordyNameShare). Call it before r is asked.
func (r *Relation) KnowSameNews(sameNews func(a, b string) bool) { r.sameNews = sameNews }

// Relate returns the relation of the documents of as, from their claims:
// the names, places and words each document's claims give.
func Relate(as []compare.Alignment) *Relation {
	var cs []compare.Claim
	for _, a := range as {
		cs = append(cs, a.Claims...)
	}
	return RelateClaims(cs)
}

// RelateClaims is Relate of the documents of cs, before they are aligned.
func RelateClaims(cs []compare.Claim) *Relation {
	news := make([]compare.Claim, 0, len(cs))
	for i := range cs {
		if claims.KindOf(cs[i].Key).Values == claims.ValuesDocsFact {
			// The documents of one project are one story by being
			// given together; their facts say which belong together.
			continue
		}
		news = append(news, cs[i])
	}
	ss := stories(news)
	index := make(map[string]uint32, len(ss))
	for i, id := range slices.SortedFunc(maps.Keys(ss), docCompare) {
		index[id] = uint32(i)
	}
	return &Relation{stories: ss, index: index, decided: map[uint64]linkKind{}}
}

// Apart reports whether documents a and b share no story. A document
// with no news claims (a project's page) is apart from none.
func (r *Relation) Apart(a, b string) bool { return r.link(a, b) == noLink }

// A linkKind is how two documents' stories are related.
type linkKind uint8

const (
	sameStory linkKind = iota // or a document with no story
	closeStory
	thinLink
	noLink
)

// Close reports whether documents a and b are close reports of one
// story: the one naming fewer people, bodies and places names few the
// other does not (CloseNameShare), they share a good part of their words
// (CloseWords), and each has a few sentences with claims
// (CloseSentences). Figures of one kind in two such reports may be one fact
// though their sentences name nothing in common (align).
func (r *Relation) Close(a, b string) bool { return r.link(a, b) == closeStory }

// CloseNameShare is the least share of the names (people, bodies and
// places; a country weighs CountryWeight) of the document naming fewer
// that the other must name too for two reports to be close.
const CloseNameShare = 0.5

// WordyNameShare is the least share of names (as CloseNameShare) of two
// close reports published within a day of each other (KnowSameNews)
// that share at least WordyWords of their words: two accounts of one day's
// news told in many of the same words may each quote people and name
// places of their own. Days apart, such reports are often of two events
// of one kind (two days' oil prices).
const WordyNameShare, WordyWords = 0.35, 0.3

// CloseSentences is the fewest sentences with claims each of two close
// reports has: names and words shared by a line or two say little of
// whether two texts report one event.
const CloseSentences = 3

// CloseWords is the least share of the smaller document's content words
// that two close reports share.
const CloseWords = 0.2

// link returns how the stories of documents a and b are related, each
// pair read once (Apart and Thin ask of the same pairs).
func (r *Relation) link(a, b string) linkKind {
	if a == b {
		return sameStory
	}
	ia, oka := r.index[a]
	ib, okb := r.index[b]
	if !oka || !okb {
		return sameStory
	}
	p := uint64(min(ia, ib))<<32 | uint64(max(ia, ib))
	r.mu.Lock()
	l, ok := r.decided[p]
	r.mu.Unlock()
	if ok {
		return l
	}
	sa, sb := r.stories[a], r.stories[b]
	ok, names, words := related(sa, sb)
	switch {
	case !ok:
		l = noLink
	case names < MinSharedNames && words < MinSharedWords && names < ThinNameShare*float64(min(len(sa.keys), len(sb.keys))):
		l = thinLink
	case names >= MinSharedNames && (names >= CloseNameShare*float64(min(len(sa.keys), len(sb.keys))) || sharesMoment(sa, sb) ||
		names >= WordyNameShare*float64(min(len(sa.keys), len(sb.keys))) && words >= WordyWords && r.sameNews != nil && r.sameNews(a, b)) && words >= CloseWords &&
		min(sa.sentences, sb.sentences) >= CloseSentences:
		l = closeStory
	default:
		l = sameStory
	}
	r.mu.Lock()
	r.decided[p] = l
	r.mu.Unlock()
	return l
}

// Unrelated returns the pairs of documents (IDs, each pair and the list
// sorted) of as whose claims share no story, for warning about them:
// every pair of up to AllPairsUpTo documents; above that, each document of
// an alignment against its first, so that the cost stays linear in the
// claims. Apart may find more.
func (r *Relation) Unrelated(as []compare.Alignment) [][2]string {
	ids := slices.SortedFunc(maps.Keys(r.stories), docCompare)
	candidates := map[[2]string]bool{}
	if len(ids) <= AllPairsUpTo {
		for x := range ids {
			for y := x + 1; y < len(ids); y++ {
				candidates[[2]string{ids[x], ids[y]}] = true
			}
		}
	} else {
		for i := range as {
			if claims.KindOf(as[i].Key).Values == claims.ValuesDocsFact {
				continue
			}
			docs := docsOf(&as[i])
			for _, d := range docs[1:] {
				p := [2]string{docs[0], d}
				if docCompare(d, docs[0]) < 0 {
					p = [2]string{d, docs[0]}
				}
				candidates[p] = true
			}
		}
	}
	var out [][2]string
	for p := range candidates {
		if r.Apart(p[0], p[1]) {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(p, q [2]string) int {
		return cmp.Or(docCompare(p[0], q[0]), docCompare(p[1], q[1]))
	})
	return out
}

// StoryOverlap returns how many names and what share of words the claims
// of documents a and b share: what Unrelated decides on, for measuring.
func StoryOverlap(cs []compare.Claim, a, b string) (float64, float64) {
	ss := stories(cs)
	if ss[a] == nil || ss[b] == nil {
		return 0, 0
	}
	_, n, w := related(ss[a], ss[b])
	return n, w
}

// MaxStoryWarnings is how many unrelated pairs UnrelatedWarnings names;
// the rest are counted.
const MaxStoryWarnings = 10

// UnrelatedWarnings says, for each unrelated pair, that the two documents
// were not compared, naming them by ID and path.
func UnrelatedWarnings(pairs [][2]string, docs []*compare.Document) []string {
	byID := map[string]*compare.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	name := func(id string) string {
		if d := byID[id]; d != nil && d.Path != "" {
			return id + " (" + d.Path + ")"
		}
		return id
	}
	var ws []string
	for i, p := range pairs {
		if i == MaxStoryWarnings {
			ws = append(ws, fmt.Sprintf("and %d more pairs of documents that share no story: not compared", len(pairs)-i))
			break
		}
		ws = append(ws, fmt.Sprintf("%s and %s share no story (few names, places or events in common): not compared", name(p[0]), name(p[1])))
	}
	return ws
}

// MaxPartChecks is how many documents of a part, its first, a document
// must share a story with to join it (SplitUnrelated), and how many of
// each alignment keptApart sets against the other's: enough that a
// document unrelated to a part's others is seen, few enough that the
// cost stays linear in the documents of a block.
const MaxPartChecks = 8

// SplitUnrelated splits each alignment so that no two of its claims come
// from documents apart says share no story: documents are taken in order
// of first claim, each joining the first part whose first MaxPartChecks
// documents it shares a story with. Parts keep the order of their claims.
func SplitUnrelated(as []compare.Alignment, apart func(a, b string) bool) []compare.Alignment {
	var out []compare.Alignment
	for _, a := range as {
		var parts [][]string // documents of each part
		partOf := map[string]int{}
		for _, c := range a.Claims {
			if _, ok := partOf[c.Doc]; ok {
				continue
			}
			placed := false
			for i, docs := range parts {
				if !slices.ContainsFunc(docs[:min(len(docs), MaxPartChecks)], func(d string) bool { return apart(d, c.Doc) }) {
					parts[i] = append(parts[i], c.Doc)
					partOf[c.Doc] = i
					placed = true
					break
				}
			}
			if !placed {
				partOf[c.Doc] = len(parts)
				parts = append(parts, []string{c.Doc})
			}
		}
		if len(parts) == 1 {
			out = append(out, a)
			continue
		}
		out = append(out, splitClaims(a, len(parts), func(_ int, c compare.Claim) int { return partOf[c.Doc] })...)
	}
	return out
}

// KeepApart gives the judge what says which documents' claims are never
// compared, such as a Relation's Apart: OneEntryPerFact does not merge
// them together.
func (j *Judge) KeepApart(apart func(a, b string) bool) { j.apart = apart }

// KnowClose gives the judge what says which documents are close reports
// of one story, such as a Relation's Close: SplitEvents does not take
// their report days for the days of two events.
func (j *Judge) KnowClose(close func(a, b string) bool) { j.close = close }

// eventParts records, for alignments of key, which part of the time line
// each document's days belong to (SplitEvents).
func (j *Judge) eventParts(key string, part map[string]int) {
	if j.parts == nil {
		j.parts = map[string]map[string]int{}
	}
	m := j.parts[key]
	if m == nil {
		m = map[string]int{}
		j.parts[key] = m
	}
	for d, p := range part {
		m[d] = p
	}
}

// keptApart reports whether x and y, alignments of one key, hold
// documents never to be compared: of different parts of the time line,
// or unrelated to one of the other's first documents.
func (j *Judge) keptApart(x, y *compare.Alignment) bool {
	dx, dy := docsOf(x), docsOf(y)
	if m := j.parts[x.Key]; m != nil {
		seen := -1
		for _, d := range append(slices.Clone(dx), dy...) {
			if p, ok := m[d]; ok {
				if seen >= 0 && p != seen {
					return true
				}
				seen = p
			}
		}
	}
	if j.apart == nil {
		return false
	}
	// Each document of one against the first MaxPartChecks of the other:
	// linear in the documents.
	against := func(ds, firsts []string) bool {
		firsts = firsts[:min(len(firsts), MaxPartChecks)]
		for _, a := range ds {
			for _, b := range firsts {
				if j.apart(a, b) {
					return true
				}
			}
		}
		return false
	}
	return against(dx, dy) || against(dy, dx)
}

// docsOf returns the distinct documents of a's claims: an alignment holds
// few documents but may hold thousands of claims.
func docsOf(a *compare.Alignment) []string {
	var ds []string
	seen := map[string]bool{}
	for _, c := range a.Claims {
		if !seen[c.Doc] {
			seen[c.Doc] = true
			ds = append(ds, c.Doc)
		}
	}
	return ds
}

// EventGap is how far apart two documents' publication dates may be for
// days they name relative to them ("on Wednesday", "yesterday") to be
// one event's day: a weekday names a day of the week of publication, so
// reports months apart speak of different meetings or blasts.
const EventGap = 31 * 24 * time.Hour

// SplitEvents splits time alignments holding days named relative to the
// publication ("Wednesday") in documents published more than EventGap
// apart: such days belong to different events, which are never compared.
// Documents are taken by publication date, a new part starting after a
// gap; documents without a date stay in the first part.
func (j *Judge) SplitEvents(as []compare.Alignment) []compare.Alignment {
	var out []compare.Alignment
	// The dates of events, read only when a quantity needs them.
	dates := sync.OnceValue(func() map[sentenceOf]map[string]timex.Interval { return eventDates(as) })
	days := j.reportDays(as)
	for _, a := range as {
		if a.Kind == compare.Quantity && fromSeveralDocs(a.Claims) {
			if parts := j.splitReadings(a, days, dates); parts != nil {
				out = append(out, parts...)
				continue
			}
			if parts := j.splitByReportDay(a, days); parts != nil {
				out = append(out, parts...)
				continue
			}
			out = append(out, j.splitByEventDate(a, dates())...)
			continue
		}
		if a.Kind != compare.Time || !fromSeveralDocs(a.Claims) {
			out = append(out, a)
			continue
		}
		if claims.IsPlanned(a.Key) {
			out = append(out, j.splitPlansThatCame(a)...)
			continue
		}
		// One event's day, not a role ("the last talks"), which a later
		// occasion takes over: a later report naming it revises the role.
		if oneEvent := claims.KindOf(a.Key).Name == "time"; oneEvent {
			if parts := SplitUnrelated([]compare.Alignment{a}, j.reportedBefore(a)); len(parts) > 1 {
				out = append(out, parts...)
				continue
			}
		}
		deictic := map[string]bool{}
		for _, c := range a.Claims {
			if _, own := j.ownDay(c); own || relativeDay(c) {
				deictic[c.Doc] = true
			}
		}
		if len(deictic) < 2 {
			out = append(out, a)
			continue
		}
		if parts := j.ownDays(a); parts != nil {
			out = append(out, parts...)
			continue
		}
		if parts := j.byPublication(a, func(gap time.Duration) bool { return gap > EventGap }); parts != nil {
			out = append(out, parts...)
			continue
		}
		out = append(out, a)
	}
	return out
}

// reportedBefore returns, for time alignment a, whether of two of its
// documents one was published before a day the other gives for the event
// had begun: a report cannot tell of an event after it, so the two speak
// of two events (a bombing "last month" in a report of the 8th, a
// shooting "on Monday" the 14th). A day expected or planned is not yet
// an event; a day after the report's own by no more than DayLag may be
// the same day in another time zone, or misdated by a day.
func (j *Judge) reportedBefore(a compare.Alignment) func(x, y string) bool {
	starts := map[string]time.Time{} // by document: the earliest day it gives for the event, done
	for _, c := range a.Claims {
		if c.Modality == compare.Expected {
			continue
		}
		iv, ok := timex.Parse(c.Value)
		if !ok {
			continue
		}
		if s, seen := starts[c.Doc]; !seen || iv.Start.Before(s) {
			starts[c.Doc] = iv.Start
		}
	}
	after := func(x, y string) bool {
		s, ok := starts[y]
		d := j.byID[x]
		if !ok || d == nil {
			return false
		}
		pub, ok := publishedTime(d)
		return ok && s.After(pub.Add(DayLag))
	}
	return func(x, y string) bool { return after(x, y) || after(y, x) }
}

// DayLag is how far after a report's day of publication a day it cannot
// have told of begins: a day for time zones and a day a later report may
// misdate the event by, which is a conflict to show.
const DayLag = 48 * time.Hour

// eventDates returns, by sentence, the time each class of event happened
// there (a day, a month, a year), from the time claims of one class of
// event done (not planned); a class dated two ways that cannot be one
// time in one sentence has none. The zero span of a document holds the
// times of its whole text, and the class "" the one time a sentence gives
// any event.
func eventDates(as []compare.Alignment) map[sentenceOf]map[string]timex.Interval {
	out := map[sentenceOf]map[string]timex.Interval{}
	ambiguous := timex.Interval{End: time.Time{}.Add(1)}
	for _, a := range as {
		if a.Kind != compare.Time || claims.KindOf(a.Key).Name != "time" || claims.IsPlanned(a.Key) {
			continue
		}
		class := claims.EventClass(a.Key)
		for _, c := range a.Claims {
			when, ok := timex.Parse(c.Value)
			if !ok {
				continue
			}
			// By sentence, and by document (the zero span): a document
			// that dates a class of event one way only.
			// Under the class "", the one time a sentence gives any event.
			for _, at := range []struct {
				s     sentenceOf
				class string
			}{{sentenceOf{c.Doc, c.Sentence}, class}, {sentenceOf{doc: c.Doc}, class}, {sentenceOf{c.Doc, c.Sentence}, ""}} {
				if out[at.s] == nil {
					out[at.s] = map[string]timex.Interval{}
				}
				w := when
				if old, ok := out[at.s][at.class]; ok {
					switch {
					case old == ambiguous || !old.Overlaps(when):
						w = ambiguous
					case old.Contains(when):
						// "in March", "on March 3": the narrower one.
					default:
						w = old
					}
				}
				out[at.s][at.class] = w
			}
		}
	}
	for _, m := range out {
		for class, when := range m {
			if when == ambiguous {
				delete(m, class)
			}
		}
	}
	return out
}

// otherEventDated reports whether the sentence of c names a class of
// event that its document dates at a time apart from d.
func otherEventDated(c compare.Claim, d timex.Interval, docDates map[string]timex.Interval) bool {
	for _, t := range c.Terms {
		class, ok := strings.CutPrefix(t, claims.EventTermPrefix)
		if !ok {
			continue
		}
		if when, ok := docDates[class]; ok && !when.Overlaps(d) {
			return true
		}
	}
	return false
}

// splitReadings splits by day of publication an alignment of readings:
// amounts of no event measured in a unit (an index in points, a price, a
// rate in percent) that differ between documents published on different
// days. A reading holds for its moment: the close of one day is not
// contradicted by the close of another. Close reports that each report
// their headline's event on its day (days), an event that happens once,
// are not split, nor are close reports' readings of one moment
// (oneMoment) or their story's amounts (storyAmount). It returns nil
// when a is no such alignment or needs no split.
func (j *Judge) splitReadings(a compare.Alignment, days map[string]reportDay, dates func() map[sentenceOf]map[string]timex.Interval) []compare.Alignment {
	if j.closeReportsOfOneOff(a.Claims, days) {
		// Close reports of an event that happens once, each dating
		// it: their amounts are that event's, whatever day each was
		// filed.
		return nil
	}
	if j.allClose(a.Claims) && (amountOfStuff(a) || oneDayEvent(a, dates()) || j.storyAmount(a, dates()) || j.oneMoment(a, dates())) {
		// Close reports of one story: a weight, a volume or a length of
		// something, or a sum of money for something named, is the
		// story's, not a level read at a moment.
		return nil
	}
	switch {
	case claims.KindOf(a.Key).Name == "count" && isReading(a.Key, a.Claims[0].Value):
	case isMove(a.Key) && strings.ContainsAny(a.Claims[0].Value, " %"):
		// "rose 5.7 percent", "fell to 1.20 dollars": how far a figure
		// moved on the day it is reported.
	default:
		return nil
	}
	values := map[string]bool{}
	for _, c := range a.Claims {
		values[c.Value] = true
	}
	if len(values) < 2 {
		return nil
	}
	return j.byPublication(a, func(gap time.Duration) bool { return gap >= 24*time.Hour })
}

// byPublication splits a's claims by their documents' days of
// publication, taken in order: a new part starts where newPart finds the
// gap from the document before wide enough. Documents without a date stay
// in the first part. It returns nil when all are in one part.
func (j *Judge) byPublication(a compare.Alignment, newPart func(gap time.Duration) bool) []compare.Alignment {
	type dated struct {
		doc string
		t   time.Time
	}
	var ds []dated
	seen := map[string]bool{}
	for _, c := range a.Claims {
		if seen[c.Doc] {
			continue
		}
		seen[c.Doc] = true
		if d := j.byID[c.Doc]; d != nil {
			if t, ok := publishedTime(d); ok {
				ds = append(ds, dated{c.Doc, t})
			}
		}
	}
	slices.SortStableFunc(ds, func(x, y dated) int { return x.t.Compare(y.t) })
	part := map[string]int{}
	n := 0
	for i, d := range ds {
		if i > 0 && newPart(d.t.Sub(ds[i-1].t)) {
			n++
		}
		part[d.doc] = n
	}
	if n == 0 {
		return nil
	}
	j.eventParts(a.Key, part)
	return splitClaims(a, n+1, func(_ int, c compare.Claim) int { return part[c.Doc] })
}

// amountOfStuff reports whether a count alignment measures an amount of
// stuff, not a level: its unit is one of weight, volume, length or area
// (WordNet's first sense: "point" is not a length) or of money, and each
// claim names what it measures, a thing that is no attribute (litres of
// a solvent, a stretch of a river, compensation; not a price or a value).
func amountOfStuff(a compare.Alignment) bool {
	if claims.KindOf(a.Key).Name != "count" {
		return false
	}
	parts := strings.Split(a.Key, "/")
	if len(parts) < 2 {
		return false
	}
	physical := false
	for _, kind := range []string{"mass_unit", "volume_unit", "linear_unit", "area_unit"} {
		physical = physical || lexicon.IsA(parts[1], lexicon.Noun, kind)
	}
	if !physical && !lexicon.IsA(parts[1], lexicon.Noun, "monetary_unit") && !claims.IsCurrency(parts[len(parts)-1]) {
		return false
	}
	for _, c := range a.Claims {
		named := false
		for _, t := range c.Terms {
			if n, ok := strings.CutPrefix(t, claims.CountedPrefix); ok && !lexicon.IsA(n, lexicon.Noun, "attribute") {
				named = true
			}
		}
		if !named {
			return false
		}
	}
	return true
}

// oneDayEvent reports whether the sentences of a's claims each name a
// class of event that happens once (not a market's rise or close) and
// that no two of their documents date on different days: "fined $2
// million on Monday" and "Monday's penalty of $3 million" are amounts of
// one event, whichever day each report was filed, and so are "53 percent
// backed the plan in Sunday's referendum" and "the plan carried with 52
// percent of the votes cast", which dates it not at all. The caller asks
// it of close reports of one story only.
func oneDayEvent(a compare.Alignment, dates map[sentenceOf]map[string]timex.Interval) bool {
	type named struct {
		claims int // how many of a's claims, in order, name the class
		when   timex.Interval
		dated  bool
		apart  bool // dated on two days, or over more than one
	}
	byClass := map[string]*named{}
	for i, c := range a.Claims {
		for _, t := range c.Terms {
			class, ok := strings.CutPrefix(t, claims.EventTermPrefix)
			if !ok || marketClass(class) {
				continue
			}
			n := byClass[class]
			if n == nil && i == 0 {
				n = &named{}
				byClass[class] = n
			}
			if n == nil || n.claims != i {
				continue // a claim before did not name it
			}
			n.claims++
			when, ok := dates[sentenceOf{c.Doc, c.Sentence}][class]
			if !ok {
				when, ok = dates[sentenceOf{doc: c.Doc}][class]
			}
			switch {
			case !ok:
			case when.End.Sub(when.Start) > 24*time.Hour || n.dated && n.when != when:
				n.apart = true
			default:
				n.when, n.dated = when, true
			}
		}
	}
	for _, n := range byClass {
		if n.claims == len(a.Claims) && !n.apart {
			return true
		}
	}
	return false
}

// StoryDays is how far apart, at most, close reports may be published
// for an amount in a unit that no market, price or rate is named beside
// to be their story's (storyAmount).
const StoryDays = 2

// storyAmount reports whether a's claims, of close reports published at
// most StoryDays apart, are one story's amount rather than readings of
// their days: no claim's sentence names a market's doings (a rise, a
// close) or counts a price or a rate, and no class of event they all
// name is dated on two days. A ransom demanded, a sum embezzled, the
// depth a find lay at, told a day apart, are one figure; a share price or
// a mortgage rate read on two days are two, and so are any figures of
// reports a week apart.
func (j *Judge) storyAmount(a compare.Alignment, dates map[sentenceOf]map[string]timex.Interval) bool {
	if !j.publishedWithin(a.Claims, StoryDays*24*time.Hour) {
		return false
	}
	for _, c := range a.Claims {
		for _, t := range c.Terms {
			if class, ok := strings.CutPrefix(t, claims.EventTermPrefix); ok && marketClass(class) {
				return false
			}
			if n, ok := strings.CutPrefix(t, claims.CountedPrefix); ok && (lexicon.IsA(n, lexicon.Noun, "price") || lexicon.IsA(n, lexicon.Noun, "rate")) {
				return false
			}
		}
	}
	return !datedApart(a, dates)
}

// oneMoment reports whether a's claims are readings of one moment: each
// its period, else its sentence's time (of any event, or of the event of
// its key), else its report's day of publication, all of them
// overlapping. "Shares fell 6 percent" in a report of the 28th and "shares
// slid 5 percent yesterday" in one of the 29th read one day's close;
// "inflation was 3.4 percent in June" in both reads one month.
func (j *Judge) oneMoment(a compare.Alignment, dates map[sentenceOf]map[string]timex.Interval) bool {
	var moments []timex.Interval
	class := claims.EventClass(a.Key)
	for _, c := range a.Claims {
		m, ok := timex.Parse(c.Period)
		if !ok {
			at := dates[sentenceOf{c.Doc, c.Sentence}]
			if m, ok = at[""]; !ok && class != "" {
				m, ok = at[class]
			}
		}
		if !ok {
			doc := j.byID[c.Doc]
			if doc == nil {
				return false
			}
			t, known := publishedTime(doc)
			if !known {
				return false
			}
			m = timex.Interval{Start: t, End: t.Add(24 * time.Hour)}
		}
		if slices.ContainsFunc(moments, func(o timex.Interval) bool { return !o.Overlaps(m) }) {
			return false
		}
		moments = append(moments, m)
	}
	return true
}

// datedApart reports whether the sentences of two of a's claims date a
// class of event they both name at times that cannot be one.
func datedApart(a compare.Alignment, dates map[sentenceOf]map[string]timex.Interval) bool {
	known := map[string][]timex.Interval{}
	for _, c := range a.Claims {
		for class, when := range dates[sentenceOf{c.Doc, c.Sentence}] {
			if slices.ContainsFunc(known[class], func(old timex.Interval) bool { return !old.Overlaps(when) }) {
				return true
			}
			known[class] = append(known[class], when)
		}
	}
	return false
}

// publishedWithin reports whether the documents of cs were all
// published, as far as known, within d of one another.
func (j *Judge) publishedWithin(cs []compare.Claim, d time.Duration) bool {
	var first, last time.Time
	for _, c := range cs {
		doc := j.byID[c.Doc]
		if doc == nil {
			continue
		}
		if t, ok := publishedTime(doc); ok {
			if first.IsZero() || t.Before(first) {
				first = t
			}
			if t.After(last) {
				last = t
			}
		}
	}
	return last.Sub(first) <= d
}

// isMove reports whether key is of an amount of a rise or a fall.
func isMove(key string) bool {
	class := claims.EventClass(key)
	return claims.KindOf(key).Name == "quantity" && (class == "increase" || class == "decrease")
}

// isReading reports whether a count claim's value is a measurement: it
// carries a unit (a currency, percent, a unit of measure), or its counted
// noun is a unit of measure ("points" of an index).
func isReading(key, value string) bool {
	if strings.ContainsAny(value, " %") {
		return true
	}
	parts := strings.Split(key, "/")
	if len(parts) < 2 {
		return false
	}
	return claims.IsMeasureUnit(parts[1])
}

// splitByEventDate splits a quantity alignment whose claims' own
// sentences date their event on days more than a day apart: the tolls of
// two explosions on different days are not one figure. A claim whose
// sentence gives no day stays with its document's dated claims, else in
// the first part.
func (j *Judge) splitByEventDate(a compare.Alignment, dates map[sentenceOf]map[string]timex.Interval) []compare.Alignment {
	class := claims.EventClass(a.Key)
	if class == "" {
		return []compare.Alignment{a}
	}
	dayOf := make([]timex.Interval, len(a.Claims))
	var days []timex.Interval
	for i, c := range a.Claims {
		d, ok := dates[sentenceOf{c.Doc, c.Sentence}][class]
		// A running count ("rose to 185 on Monday") is dated by the day
		// it was counted, not the event's: it takes no other day.
		if !ok && j.byID[c.Doc] != nil && runningCue(j.byID[c.Doc].Slice(c.Sentence)) == "" {
			// A sentence that dates one time only dates its figures; else
			// the one time its document gives such an event, if it does.
			if d, ok = dates[sentenceOf{c.Doc, c.Sentence}][""]; !ok {
				d, ok = dates[sentenceOf{doc: c.Doc}][class]
				// The document's one date of the class is a guess; another
				// event the sentence names ("killed in the attack") that the
				// document dates otherwise says the guess is another event's
				// ("a colleague killed in June").
				ok = ok && !otherEventDated(c, d, dates[sentenceOf{doc: c.Doc}])
			}
		}
		if ok {
			dayOf[i] = d
			days = append(days, d)
		}
	}
	if len(days) == 0 {
		return []compare.Alignment{a}
	}
	slices.SortFunc(days, func(x, y timex.Interval) int { return cmp.Or(x.Start.Compare(y.Start), x.End.Compare(y.End)) })
	// Times that overlap, or days within a day of the one before, are
	// one event's time.
	partOfDay := map[timex.Interval]int{}
	n := 0
	end := days[0].End
	for i, d := range days {
		if i > 0 && d.Start.Sub(end) >= 24*time.Hour {
			n++
		}
		if d.End.After(end) {
			end = d.End
		}
		partOfDay[d] = n
	}
	part := map[string]int{}
	first := make([]time.Time, n+1) // the first day of each part's told events
	for i, c := range a.Claims {
		if d := dayOf[i]; !d.Start.IsZero() {
			p := partOfDay[d]
			part[c.Doc] = p
			if c.Modality != compare.Expected && (first[p].IsZero() || d.Start.Before(first[p])) {
				first[p] = d.Start
			}
		}
	}
	// A report tells of no event dated after the day it was published: a
	// figure it gives with no day is of another event than figures dated
	// later (a planned event aside), and takes the first part it can be
	// of, else one of its own.
	parts := n + 1
	for _, c := range a.Claims {
		if _, ok := part[c.Doc]; ok {
			continue
		}
		pub, ok := publishedTime(j.byID[c.Doc])
		if !ok {
			continue
		}
		p := slices.IndexFunc(first, func(t time.Time) bool { return t.IsZero() || !t.After(pub.Add(24*time.Hour)) })
		if p < 0 {
			p = n + 1
			parts = n + 2
		}
		part[c.Doc] = p
	}
	if parts == 1 {
		return []compare.Alignment{a}
	}
	j.eventParts(a.Key, part)
	return splitClaims(a, parts, func(i int, c compare.Claim) int {
		if !dayOf[i].Start.IsZero() {
			return partOfDay[dayOf[i]]
		}
		return part[c.Doc]
	})
}

// splitPlansThatCame splits a planned time alignment where a report was
// filed on or after the day an earlier plan named: by then that day had
// come, and the later report's plan is of the next occurrence (the next
// sitting, the next round), not a revision of the first. Plans that move
// before their day are kept together, an update.
func (j *Judge) splitPlansThatCame(a compare.Alignment) []compare.Alignment {
	type valued struct {
		day              time.Time
		earliest, latest time.Time // publications of the claims of day
	}
	byDay := map[time.Time]*valued{}
	dayOf := make([]time.Time, len(a.Claims))
	for i, c := range a.Claims {
		d := j.byID[c.Doc]
		if d == nil || len(c.Value) < len(time.DateOnly) {
			return []compare.Alignment{a}
		}
		day, err := time.Parse(time.DateOnly, c.Value[:len(time.DateOnly)])
		pub, ok := publishedTime(d)
		if err != nil || !ok {
			return []compare.Alignment{a}
		}
		dayOf[i] = day
		v := byDay[day]
		if v == nil {
			v = &valued{day: day}
			byDay[day] = v
		}
		if pub.After(v.latest) {
			v.latest = pub
		}
		if v.earliest.IsZero() || pub.Before(v.earliest) {
			v.earliest = pub
		}
	}
	if len(byDay) < 2 {
		return []compare.Alignment{a}
	}
	days := slices.SortedFunc(maps.Keys(byDay), func(x, y time.Time) int { return x.Compare(y) })
	partOf := map[time.Time]int{}
	n := 0
	for i, d := range days {
		// Filed on or after the earlier plan's day, and after a report
		// of that plan: not on the same day as every report of it.
		if i > 0 {
			prev := byDay[days[i-1]]
			if !byDay[d].latest.Before(prev.day) && byDay[d].latest.After(prev.earliest) {
				n++
			}
		}
		partOf[d] = n
	}
	if n == 0 {
		return []compare.Alignment{a}
	}
	part := map[string]int{}
	for i, c := range a.Claims {
		part[c.Doc] = partOf[dayOf[i]]
	}
	j.eventParts(a.Key, part)
	return splitClaims(a, n+1, func(i int, _ compare.Claim) int { return partOf[dayOf[i]] })
}

// ownDays returns a split in parts by value when every claim of a names
// its own document's day of publication (or the day before) by weekday
// or "today", the documents were published on different days, and the
// values differ: each report then tells of something that happened the
// day it was filed (the day's session, the day's vote), not of one event
// dated two ways. It returns nil otherwise.
func (j *Judge) ownDays(a compare.Alignment) []compare.Alignment {
	days := map[string]bool{}
	values := map[string]bool{}
	for _, c := range a.Claims {
		pub, ok := j.ownDay(c)
		if !ok {
			return nil
		}
		days[pub.Format(time.DateOnly)] = true
		values[c.Value[:len(time.DateOnly)]] = true
	}
	if len(days) < 2 || len(values) < 2 {
		return nil
	}
	byValue := map[string]int{}
	var parts []compare.Alignment
	part := map[string]int{}
	for _, c := range a.Claims {
		v := c.Value[:len(time.DateOnly)]
		i, ok := byValue[v]
		if !ok {
			i = len(parts)
			byValue[v] = i
			parts = append(parts, compare.Alignment{Key: a.Key, Question: a.Question, Kind: a.Kind})
		}
		parts[i].Claims = append(parts[i].Claims, c)
		part[c.Doc] = i
	}
	j.eventParts(a.Key, part)
	return parts
}

// reportDays returns, for each document that reports its headline's
// event on its own day ("shares closed flat Thursday" in a report of
// Thursday), that day.
func (j *Judge) reportDays(as []compare.Alignment) map[string]reportDay {
	days := map[string]reportDay{}
	for _, a := range as {
		if a.Kind != compare.Time || claims.IsPlanned(a.Key) {
			continue
		}
		for _, c := range a.Claims {
			if _, own := j.ownDay(c); own && slices.Contains(c.Terms, claims.MainTerm) {
				days[c.Doc] = reportDay{c.Value[:len(time.DateOnly)], oneOff(a.Key)}
			}
		}
	}
	return days
}

// A reportDay is the day a document reports its headline's event on,
// and whether that event happens once (oneOff).
type reportDay struct {
	day    string
	oneOff bool
}

// oneOff reports whether the event of a time key happens once, not day
// after day as a market's close, open, rise or fall does, or a day's news
// whose headline names no event.
func oneOff(key string) bool {
	return !marketClass(claims.EventClass(key)) && !claims.DatesStoryOnly(key)
}

// marketClass reports whether an event class is one a market's day has:
// a rise, a fall, an open or a close.
func marketClass(class string) bool {
	switch class {
	case lexicon.Increase.String(), lexicon.Decrease.String(), lexicon.Closure.String(), lexicon.Opening.String():
		return true
	}
	return false
}

// splitByReportDay splits by their report days the figures of documents
// that each report their headline's event on its own day, when the days
// differ and so do the figures: two days' market closes, two days'
// sessions, whose figures are each day's. Reports published on one day
// are of one day's news, whatever event their leads date first. It
// returns nil otherwise.
func (j *Judge) splitByReportDay(a compare.Alignment, days map[string]reportDay) []compare.Alignment {
	values := map[string]bool{}
	byDay := map[string]int{}
	part := map[string]int{}
	dayOfIssue := map[time.Time]string{}
	for _, c := range a.Claims {
		rd, ok := days[c.Doc]
		if !ok {
			return nil
		}
		day := rd.day
		if d := j.byID[c.Doc]; d != nil {
			pub, _ := publishedTime(d)
			if other, seen := dayOfIssue[pub]; seen && other != day {
				return nil
			}
			dayOfIssue[pub] = day
		}
		values[c.Value] = true
		if _, seen := byDay[day]; !seen {
			byDay[day] = len(byDay)
		}
		part[c.Doc] = byDay[day]
	}
	if len(byDay) < 2 || len(values) < 2 || (isToll(a.Key) || countOfPersons(a.Key) || countOfArtifacts(a.Key)) && j.allClose(a.Claims) || j.closeReportsOfOneOff(a.Claims, days) {
		return nil
	}
	j.eventParts(a.Key, part)
	return splitClaims(a, len(byDay), func(_ int, c compare.Claim) int { return part[c.Doc] })
}

// countOfPersons reports whether key counts people or a kind of person
// ("patients", "passengers"): as a toll is, one event's, not a day's
// reading.
func countOfPersons(key string) bool {
	s, ok := countedSense(key)
	return ok && s.Classes().Has(lexicon.Person)
}

// countOfArtifacts reports whether key counts things people make
// ("satellites", "homes"; WordNet's artifacts), which a story's event
// launches, builds or destroys once: not shares traded or contracts
// signed, a market's daily figures.
func countOfArtifacts(key string) bool {
	s, ok := countedSense(key)
	return ok && s.LexFile() == lexicon.NounArtifact
}

// countedSense returns the usual sense of the noun a count key counts
// ("satellite" of "count/satellite"), if it is keyed by one that WordNet
// knows.
func countedSense(key string) (lexicon.Synset, bool) {
	noun, ok := strings.CutPrefix(key, "count/")
	if !ok || strings.Contains(noun, "/") {
		return lexicon.Synset{}, false
	}
	ss := lexicon.Synsets(noun, lexicon.Noun)
	if len(ss) == 0 {
		return lexicon.Synset{}, false
	}
	return ss[0], true
}

// closeReportsOfOneOff reports whether the documents of cs are close
// reports of one story (allClose) that each report their headline's
// event, one that happens once, on its day (days).
func (j *Judge) closeReportsOfOneOff(cs []compare.Claim, days map[string]reportDay) bool {
	for _, c := range cs {
		if rd, ok := days[c.Doc]; !ok || !rd.oneOff {
			return false
		}
	}
	return j.allClose(cs)
}

// allClose reports whether every two documents of cs are close reports
// of one story (KnowClose): a toll two such reports give on two days is
// one event's, counted twice, not two days' events (as two days' market
// closes are, however alike their reports).
func (j *Judge) allClose(cs []compare.Claim) bool {
	if j.close == nil {
		return false
	}
	var docs []string
	for _, c := range cs {
		if !slices.Contains(docs, c.Doc) {
			if len(docs) == AllPairsUpTo {
				// So many reports are no few close accounts of one
				// event, and asking of every two would cost the
				// square of them.
				return false
			}
			docs = append(docs, c.Doc)
		}
	}
	for x := range docs {
		for y := x + 1; y < len(docs); y++ {
			if !j.close(docs[x], docs[y]) {
				return false
			}
		}
	}
	return true
}

// splitClaims deals a's claims into n alignments of its key by the part
// partOf gives each (claim i, from 0), and returns those that hold a
// claim, in the order of their parts.
func splitClaims(a compare.Alignment, n int, partOf func(i int, c compare.Claim) int) []compare.Alignment {
	split := make([]compare.Alignment, n)
	for i := range split {
		split[i] = compare.Alignment{Key: a.Key, Question: a.Question, Kind: a.Kind}
	}
	for i, c := range a.Claims {
		p := partOf(i, c)
		split[p].Claims = append(split[p].Claims, c)
	}
	return slices.DeleteFunc(split, func(p compare.Alignment) bool { return len(p.Claims) == 0 })
}

// ownDay reports whether time claim c names its document's day of
// publication or the day before: by weekday or "today", or by a date
// that is that day ("shares closed flat -- Nov. 3" in a report of 3
// November). It returns the day of publication.
func (j *Judge) ownDay(c compare.Claim) (time.Time, bool) {
	d := j.byID[c.Doc]
	if d == nil || len(c.Value) < len(time.DateOnly) {
		return time.Time{}, false
	}
	pub, ok := publishedTime(d)
	if !ok {
		return time.Time{}, false
	}
	v, err := time.Parse(time.DateOnly, c.Value[:len(time.DateOnly)])
	if err != nil {
		return time.Time{}, false
	}
	lag := pub.Sub(v)
	if relativeDay(c) {
		return pub, lag >= 0 && lag <= 24*time.Hour
	}
	return pub, lag == 0
}

var yearOrMonth = regexp.MustCompile(`(?i)\b(\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`)

// relativeDay reports whether c gives a day only relative to its
// document's publication: a full date written without year or month.
func relativeDay(c compare.Claim) bool {
	if len(c.Value) < len("2006-01-02") || c.Value[4] != '-' || c.Value[7] != '-' {
		return false
	}
	shown := c.Display
	if shown == "" {
		return false
	}
	return !yearOrMonth.MatchString(shown)
}
