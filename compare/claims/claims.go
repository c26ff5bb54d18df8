// Package claims turns sentences and their mentions into claims: what a
// sentence asserts about something, anchored on a time, quantity or name,
// with a key that align groups on, a question, modality, attribution and
// the evidence span.
//
// A claim needs an anchor value and an event it is about: "the talks
// began at 10 a.m." gives a time claim keyed "time/talks"; a time with no
// event word near it gives no claim, since nothing could be compared.
// Common news constructions become explicit claims about the previous
// occurrence of an event: "the first X since T" and "X were last held in
// T" say when X last happened (T); "the first X in N years" says it was N
// years before publication.
package claims

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
	"github.com/claimdiff/claimdiff/compare/syntax"
)

// Extract returns the claims of d's sentences ss, given the mentions ms
// found in them (in document order). Sentences in boilerplate give none.
func Extract(d *compare.Document, ss []compare.Sentence, ms []compare.Mention) []compare.Claim {
	for _, s := range ss {
		if s.Words == nil && len(s.Tokens) > 0 {
			// Claims read the trees; a caller that has not parsed gets them
			// parsed here, once.
			syntax.Parse(d, ss)
			break
		}
	}
	x := &extractor{d: d, text: d.Plain()}
	var out []compare.Claim
	mi := 0
	title := strings.Join(strings.Fields(d.Title), " ")
	lead := leadParagraphs // body paragraphs still to come in the lead
	para := -1
	for _, s := range ss {
		var in []compare.Mention
		for mi < len(ms) && ms[mi].Span.Start < s.Span.End {
			if s.Span.Contains(ms[mi].Span) {
				in = append(in, ms[mi])
			}
			mi++
		}
		if d.IsBoilerplate(s.Span) {
			continue
		}
		text := strings.Join(strings.Fields(d.Slice(s.Span)), " ")
		isTitle := false
		switch {
		case x.titleEv == nil && title != "" && text == title:
			isTitle = true
			lead = leadParagraphs
		case s.Paragraph != para && len(s.Tokens) >= minLeadWords:
			// A date line or a byline is no paragraph of the lead.
			para = s.Paragraph
			lead--
		}
		x.inLead = x.titleEv != nil && lead >= 0
		out = append(out, x.sentence(s, in, isTitle)...)
	}
	return out
}

// MainTerm is among the terms of a time claim about the event a
// headline reports, dated in the lead.
const MainTerm = "!main"

// leadParagraphs is how many paragraphs after the headline make the lead,
// which in news tells what the headline's event was and when.
const leadParagraphs = 2

// minLeadWords is the least number of tokens of a sentence that opens a
// paragraph of the lead.
const minLeadWords = 8

// titleEvent returns the event the headline reports: its first event word
// that is not a change ("Generals Hold Face-to-Face Talks" → talks).
func titleEvent(st *sent) *event {
	for _, w := range st.words {
		if w.ev != nil && !isChange(w.ev) {
			return w.ev
		}
	}
	return nil
}

type word struct {
	span    compare.Span
	lower   string
	lemma   string
	mention int // index into the sentence's mentions, or -1
	ev      *event
	// From the parse, of the syntactic word the token starts with: its
	// universal part of speech, its lemma, its relation and the token
	// that holds its head (-1 for the root).
	upos, plemma, rel string
	head              int
	// guessed is set when ev comes from reading a word tagged as a noun
	// as a verb ("struck").
	guessed bool
}

type extractor struct {
	d    *compare.Document
	text []byte
	// antecedent remembers, per event class, the modifiers of the last
	// phrase that named it ("general-level" of "general-level talks"), so
	// that "similar talks" can be asked about in the same words.
	antecedent map[string]string
	// titleEv is the event the headline reports; inLead is set while the
	// sentences read are those of the lead that follows it.
	titleEv *event
	inLead  bool
	// affiliation maps a person's name key to the bodies the document
	// introduced them as acting for.
	affiliation map[string][]compare.Mention
	// people counts the people named so far, by surname key.
	people map[string]*personCount
}

// sent is one sentence being read.
type sent struct {
	s        compare.Sentence
	words    []word
	ms       []compare.Mention
	used     []bool // mentions consumed by a construction
	terms    []string
	modality compare.Modality
	attrib   string
	// lastCount is the last quantity claim with a counted noun or event.
	lastCount *compare.Claim
}

func (x *extractor) sentence(s compare.Sentence, ms []compare.Mention, isTitle bool) []compare.Claim {
	st := x.read(s, ms, isTitle)
	return x.claims(st)
}

// read reads a sentence's words with their analyses and events, and what
// the sentence says of them all: its terms, modality and attribution.
func (x *extractor) read(s compare.Sentence, ms []compare.Mention, isTitle bool) *sent {
	st := &sent{s: s, ms: ms, used: make([]bool, len(ms))}
	// Each token takes the analysis of the first syntactic word inside it
	// ("do" of "don't"); heads are mapped from words to tokens.
	tokOf := make([]int, len(s.Words))
	wordOf := make([]int, len(s.Tokens))
	for ti := range wordOf {
		wordOf[ti] = -1
	}
	ti := 0
	for wi, w := range s.Words {
		for ti < len(s.Tokens) && s.Tokens[ti].End <= w.Span.Start {
			ti++
		}
		tokOf[wi] = min(ti, len(s.Tokens)-1)
		if ti < len(s.Tokens) && wordOf[ti] < 0 {
			wordOf[ti] = wi
		}
	}
	for ti, t := range s.Tokens {
		w := string(x.text[t.Start:t.End])
		if !hasLetterOrDigit(w) {
			st.words = append(st.words, word{span: t, lower: w, lemma: w, mention: -1})
			continue
		}
		lower := strings.ToLower(w)
		wd := word{span: t, lower: lower, lemma: lemma(lower), mention: -1, head: -1}
		if wi := wordOf[ti]; wi >= 0 {
			sw := s.Words[wi]
			wd.upos, wd.plemma, wd.rel = sw.UPOS, strings.ToLower(sw.Lemma), sw.Rel
			if sw.Head >= 0 {
				wd.head = tokOf[sw.Head]
			}
		}
		for i, m := range ms {
			// Overlap, not containment: the token "Norway's" carries the
			// name "Norway".
			if m.Span.Overlaps(t) {
				wd.mention = i
				break
			}
		}
		st.words = append(st.words, wd)
	}
	for i := range st.words {
		w := &st.words[i]
		if w.mention >= 0 && ms[w.mention].Kind != compare.Name || !hasLetter(w.lower) {
			continue
		}
		upos := w.upos
		if upos == "VERB" && w.rel == "amod" {
			// A participle that qualifies a noun ("the fortified zone")
			// names a property, not an event of the sentence; states
			// ("the injured men") are still read.
			upos = "ADJ"
		}
		w.ev = eventOf(w.lower, w.plemma, upos, particle(st, i))
		w.guessed = w.ev != nil && isVerbReading(w.lower, upos)
	}
	if isTitle {
		x.titleEv = titleEvent(st)
		x.inLead = x.titleEv != nil
	}
	lightVerbsTakeSubject(st)
	st.terms = x.terms(st)
	st.modality, st.attrib = x.modality(st)
	x.remember(st)
	x.learnAffiliations(st)
	x.countPeople(st)
	return st
}

// claims returns the claims of a sentence read.
func (x *extractor) claims(st *sent) []compare.Claim {
	ms := st.ms
	var cs []compare.Claim
	cs = append(cs, x.previousOccurrence(st)...)
	cs = append(cs, x.polarityClaims(st)...)
	cs = append(cs, x.stanceClaims(st)...)
	cs = append(cs, x.partiesClaims(st)...)
	cs = append(cs, x.existsClaims(st)...)
	for i, m := range ms {
		if st.used[i] {
			continue
		}
		switch m.Kind {
		case compare.Time:
			if c, ok := x.timeClaim(st, i); ok {
				cs = append(cs, c)
			} else if m.Type == "DURATION" {
				if c, ok := x.durationClaim(st, i); ok {
					cs = append(cs, c)
				}
			}
		case compare.Quantity:
			if c, ok := x.quantityClaim(st, i); ok {
				cs = append(cs, c)
			}
		case compare.Name:
			if c, ok := x.placeClaim(st, i); ok {
				cs = append(cs, c)
			} else if c, ok := x.whoClaim(st, i); ok {
				cs = append(cs, c)
			}
		}
	}
	return cs
}

// particle returns the particle of the verb at word i ("off" of "cut
// off"), or "".
func particle(st *sent, i int) string {
	for j := i + 1; j < len(st.words) && j <= i+3; j++ {
		if st.words[j].head == i && st.words[j].rel == "compound:prt" {
			return st.words[j].lower
		}
	}
	return ""
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// terms are the sentence's content words, stemmed, and the keys of its
// names: the context that tells two claims with one key apart.
func (x *extractor) terms(st *sent) []string {
	var ts []string
	for i, w := range st.words {
		t, ok := term(st, w)
		if !ok {
			continue
		}
		// "southwest China" and "northeast China" are different places.
		if i > 0 && w.mention >= 0 && compass[st.words[i-1].lower] != "" {
			t = nameTerm(st.ms[w.mention], compass[st.words[i-1].lower])
		}
		ts = append(ts, t)
	}
	slices.Sort(ts)
	return slices.Compact(ts)
}

// stem drops a final e so that the forms suffix stripping leaves of one
// verb meet: faced → fac, faces → face → fac.
func stem(lemma string) string {
	if len(lemma) > 3 && lemma[len(lemma)-1] == 'e' {
		return lemma[:len(lemma)-1]
	}
	return lemma
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

var (
	reportingVerbs = set("say says said report reports reported tell told quote quoted cite citing cited announce announced state stated claim claimed add added")
	hedges         = set("reportedly allegedly apparently possibly probably perhaps may might could assumed believed feared suspected likely unconfirmed rumoured rumored")
	expectations   = set("expected expects expect planned plans plan scheduled slated due will set intends intend")
	denials        = set("deny denies denied rejected rejects refuted")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// modality reads how firmly the sentence states what it states, and who
// it says stated it. The strongest cue wins: a denial, then an
// expectation, then a hedge, then a report.
func (x *extractor) modality(st *sent) (compare.Modality, string) {
	mod := compare.Asserted
	attrib := ""
	for i, w := range st.words {
		switch {
		case denials[w.lower]:
			mod = max(mod, compare.Denied)
		case expectations[w.lower] && !(w.lower == "set" && !next(st, i, "to")) && !(w.lower == "due" && !next(st, i, "to")):
			mod = max(mod, compare.Expected)
		case hedges[w.lower]:
			mod = max(mod, compare.Hedged)
		case w.lower == "according" && next(st, i, "to"):
			mod = max(mod, compare.Reported)
			if a := x.nameAfter(st, i+2); a != "" {
				attrib = a
			}
		case reportingVerbs[w.lower]:
			mod = max(mod, compare.Reported)
			if attrib == "" {
				attrib = x.nameNear(st, i)
			}
		}
	}
	return mod, attrib
}

func next(st *sent, i int, w string) bool { return i+1 < len(st.words) && st.words[i+1].lower == w }

// nameAfter returns the name mention starting at or just after word i
// (skipping "the"), as written.
func (x *extractor) nameAfter(st *sent, i int) string {
	for ; i < len(st.words); i++ {
		w := st.words[i]
		if w.lower == "the" {
			continue
		}
		if w.mention >= 0 && st.ms[w.mention].Kind == compare.Name {
			return st.ms[w.mention].Value
		}
		return ""
	}
	return ""
}

// nameNear returns the name closest to a reporting verb at word i: its
// subject before it ("Yonhap reported"), or after it ("said Park").
func (x *extractor) nameNear(st *sent, i int) string {
	for d := 1; d <= 4; d++ {
		for _, j := range []int{i - d, i + d} {
			if j >= 0 && j < len(st.words) && st.words[j].mention >= 0 {
				if m := st.ms[st.words[j].mention]; m.Kind == compare.Name {
					return m.Value
				}
			}
		}
	}
	return ""
}

// remember records the modifiers of each event phrase, unless the phrase
// itself refers back ("similar talks").
func (x *extractor) remember(st *sent) {
	for i, w := range st.words {
		if w.ev == nil || i == 0 {
			continue
		}
		prev := st.words[i-1].lower
		if referring[prev] {
			continue
		}
		if strings.Contains(prev, "-") && hasLetter(prev) {
			if x.antecedent == nil {
				x.antecedent = map[string]string{}
			}
			x.antecedent[w.ev.name] = prev
		}
	}
}

var referring = set("similar such same these those previous earlier")

// nearestEvent returns the event word closest to word i in the sentence,
// within maxDist words, preferring the same clause.
func nearestEvent(st *sent, i, maxDist int) (int, *event) {
	return nearestEventWhere(st, i, maxDist, func(int) bool { return true })
}

// nearestEventWhere is nearestEvent among the words j for which ok(j).
func nearestEventWhere(st *sent, i, maxDist int, ok func(j int) bool) (int, *event) {
	best, bestD := -1, maxDist+1
	for j, w := range st.words {
		if w.ev == nil || j == i || !ok(j) {
			continue
		}
		d := abs(j - i)
		if crossesClause(st, i, j) || (j > i && subordinate(st, i, j)) {
			d += 4
		}
		if w.guessed {
			d += 3
		}
		if isChange(w.ev) {
			// "the death toll rose to 169": a rise or fall is of something
			// else named nearby, which is the event.
			d += 3
		}
		if d < bestD {
			best, bestD = j, d
		}
	}
	if best < 0 {
		return -1, nil
	}
	return best, st.words[best].ev
}

func crossesClause(st *sent, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j; k++ {
		switch st.words[k].lower {
		case ",":
			if !listComma(st, k) {
				return true
			}
		case ";", ":", "(", ")", "—", "–":
			return true
		}
	}
	return false
}

// listComma reports whether the comma at word k separates names of a list
// ("between Israel, Egypt and the Palestinians"), which is one phrase, not
// a clause boundary.
func listComma(st *sent, k int) bool {
	isName := func(i int) bool {
		return i >= 0 && i < len(st.words) && st.words[i].mention >= 0 && st.ms[st.words[i].mention].Kind == compare.Name
	}
	return isName(k-1) && isName(k+1)
}

// lightVerbs say only that their subject happened: "the talks were held",
// "an agreement had been reached", "the meeting took place".
var lightVerbs = set("hold reach occur happen take begin start end conclude finish erupt break")

// lightVerbsTakeSubject gives a light verb the event its subject names,
// when an event word stands within four words before it in its clause, so
// that a time at the end of the verb phrase ("reached between Israel and
// Egypt two weeks ago") is read against the verb, as it is meant.
func lightVerbsTakeSubject(st *sent) {
	for i, w := range st.words {
		if w.ev != nil || w.mention >= 0 || !lightVerbs[w.lemma] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if ev := st.words[k].ev; ev != nil {
				if !isChange(ev) {
					st.words[i].ev = ev
				}
				break
			}
			if l := st.words[k].lower; l == "," || l == ";" || clauseWords[l] {
				break
			}
		}
	}
}

// verbPhraseEvent returns the event named before word i in an unbroken
// stretch of words, however long: a time that ends a verb phrase belongs
// to its verb ("cut off water supply to the urban areas at wee hours on
// Wednesday"). Punctuation, another value or a clause word ends the search.
func verbPhraseEvent(st *sent, i int) (int, *event) {
	for k := i - 1; k >= 0 && k >= i-maxPhrase; k-- {
		w := st.words[k]
		if w.ev != nil {
			if !verbal(st, k) {
				// "the trial of X over a massacre 23 years ago": a noun
				// heads a phrase of its own, not the verb's.
				return -1, nil
			}
			return k, w.ev
		}
		if !hasLetterOrDigit(w.lower) || (w.mention >= 0 && st.ms[w.mention].Kind != compare.Name) || clauseWords[w.lower] && w.lower != "to" {
			break
		}
	}
	return -1, nil
}

// verbal reports whether the word at k is used as a verb: after "to", an
// auxiliary or a modal, or in a past form ("reached", "held").
func verbal(st *sent, k int) bool {
	w := st.words[k]
	if k > 0 && auxiliaries[st.words[k-1].lower] {
		return true
	}
	return strings.HasSuffix(w.lower, "ed") || irregular[w.lower] != "" && irregular[w.lower] != w.lower && !strings.HasSuffix(w.lower, "s")
}

var auxiliaries = set("to will would shall should can could may might must has have had is are was were be been being do does did")

// maxPhrase is the most words a verb phrase may stretch from its verb to
// a time that ends it.
const maxPhrase = 16

// countCutOff reports whether the time at word i is the cut-off of a count
// just before it ("the toll rose to 134 as of 8 p.m. Monday"): it dates the
// figure, not the event.
func countCutOff(st *sent, i int) bool {
	if i < 2 || st.words[i-1].lower != "of" && st.words[i-1].lower != "at" || st.words[i-2].lower != "as" {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		if w := st.words[k]; w.mention >= 0 && st.ms[w.mention].Kind == compare.Quantity {
			return true
		}
	}
	return false
}

func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// hasEvent reports whether any word of the sentence names an event that
// happened: one hoped for or planned says nothing of when anything did.
func hasEvent(st *sent) bool {
	for j, w := range st.words {
		if w.ev != nil && !isChange(w.ev) && !plannedAt(st, j) {
			return true
		}
	}
	return false
}

// intentions are the stems of verbs whose "to" infinitive names an act
// still to come.
var intentions = map[string]bool{}

func init() {
	for _, v := range strings.Fields("announce decide vow pledge promise threaten aim prepare want hope intend plan order") {
		intentions[stem(lemma(v))] = true
	}
}

// changeBefore returns the index of a change verb that the value at word i
// completes ("rose to 134", "fell by 5", "climbed 3"), or -1.
func changeBefore(st *sent, i int) int {
	k := i - 1
	if k >= 0 && (st.words[k].lower == "to" || st.words[k].lower == "by") {
		k--
	}
	if k >= 0 && isChange(st.words[k].ev) {
		return k
	}
	return -1
}

// subjectEvent returns the event that a change verb at word j is a change
// of: the first event word of its clause before it, the head of its
// subject ("the death toll of the blast rose to 134" is a change of deaths).
// It returns the change itself when the clause names no other event.
func subjectEvent(st *sent, j int, change *event) (int, *event) {
	start := 0
	for k := j - 1; k >= 0; k-- {
		if w := st.words[k].lower; w == "," || w == ";" || w == ":" {
			start = k + 1
			break
		}
	}
	for k := start; k < j; k++ {
		if ev := st.words[k].ev; ev != nil && !isChange(ev) {
			return k, ev
		}
	}
	return j, change
}

// clauseWords open a subordinate clause or phrase.
var clauseWords = set("that which who whom whose since after before until to because while when where as")

// subordinate reports whether a word that opens a subordinate clause
// stands between words i and j: an event named after a time and behind
// such a word ("on Monday to mark a year since the flood") is not the
// event the time belongs to.
func subordinate(st *sent, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if clauseWords[st.words[k].lower] {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// wordOf returns the index of the first word inside mention mi.
func wordOf(st *sent, mi int) int {
	for i, w := range st.words {
		if w.mention == mi {
			return i
		}
	}
	return -1
}

// negated reports whether a negation stands within three words before
// word i, in the same clause.
func negated(st *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch st.words[j].lower {
		case "not", "no", "never", "n't", "without", "none", "neither", "nor":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// subject returns the canonical name of the person or organisation nearest
// before word i in its clause: who or what the value is about ("Weah had
// 40.8 percent"). The scan stops at a reporting verb or "that", so the
// source of a report ("Smith said the toll was 12") is not its subject.
func subject(st *sent, i int) string {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		w := st.words[j]
		if (w.lower == "which" || w.lower == "who") && j > 0 {
			// "Likud, which won 38 seats": the relative pronoun stands
			// for the name before it.
			k := j - 1
			if st.words[k].lower == "," && k > 0 {
				k--
			}
			if m := st.words[k].mention; m >= 0 && isActor(st.ms[m]) {
				return mentions.NameKey(st.ms[m].Value)
			}
			return ""
		}
		if reportingVerbs[w.lower] || clauseWords[w.lower] || w.lower == ";" || w.lower == "according" {
			return ""
		}
		if w.mention < 0 {
			continue
		}
		if m := st.ms[w.mention]; m.Kind == compare.Name && (m.Type == "PERSON" || m.Type == "ORG") {
			return mentions.NameKey(m.Value)
		}
	}
	return ""
}

func (x *extractor) claim(st *sent, kind compare.Kind, key, question, value, display string, ev compare.Span, anchor int) compare.Claim {
	pol := compare.Positive
	if negated(st, anchor) {
		pol = compare.Negative
	}
	return compare.Claim{
		Doc: x.d.ID, Key: key, Question: question, Kind: kind,
		Value: value, Display: display,
		Polarity: pol, Modality: st.modality, Attribution: st.attrib,
		Sentence: st.s.Span, Evidence: ev,
		Subject: subject(st, anchor), Terms: st.terms, Near: near(st, ev, nearWindow),
	}
}

// nearWindow is how many words on each side of the evidence make its
// near context: enough for "of flour" or "were killed", short of the next
// value in a list.
const nearWindow = 4

// near returns the terms of the words within window words of the span ev,
// in the same clause (not across ";"), leaving out times and quantities.
func near(st *sent, ev compare.Span, window int) []string {
	first, last := -1, -1
	for i, w := range st.words {
		if w.span.Overlaps(ev) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	var ts []string
	add := func(i int) bool {
		w := st.words[i]
		if w.lower == ";" {
			return false
		}
		if t, ok := term(st, w); ok {
			ts = append(ts, t)
		}
		return true
	}
	for i := first - 1; i >= 0 && i >= first-window; i-- {
		if !add(i) {
			break
		}
	}
	for i := first; i <= last; i++ {
		add(i)
	}
	for i := last + 1; i < len(st.words) && i <= last+window; i++ {
		if !add(i) {
			break
		}
	}
	slices.Sort(ts)
	return slices.Compact(ts)
}

// compass maps the words that name a part of a place to one spelling.
var compass = map[string]string{}

func init() {
	for _, d := range strings.Fields("north south east west northeast northwest southeast southwest") {
		compass[d] = d
		compass[d+"ern"] = d // northern, southwestern
	}
	compass["central"] = "central"
}

// EventTermPrefix marks the terms that are classes of events.
const EventTermPrefix = "~"

// PlacePrefix marks the terms that are places: align keeps claims set in
// different places apart.
const PlacePrefix = "#"

// nameTerm is the term of a name: for a place PlaceTerm(compass, key,
// country), for any other name "@" and its key.
func nameTerm(m compare.Mention, compassPart string) string {
	// A country acting as its government ("Haiti's government said") is
	// still the country: its term is the place's.
	if m.Type == "PLACE" || mentions.IsCountry(m.Value) {
		return PlaceTerm(compassPart, mentions.NameKey(m.Value), mentions.IsCountry(m.Value))
	}
	return "@" + mentions.NameKey(m.Value)
}

// PlaceTerm is the term of a place: PlacePrefix, the compass part that
// names a region of it ("northeast"), its key, and "|c" for a country:
// "#northeast|china|c", "#|qitaihe".
func PlaceTerm(compassPart, key string, country bool) string {
	t := PlacePrefix + compassPart + "|" + key
	if country {
		t += "|c"
	}
	return t
}

// term returns the alignment term of a word: a name's key, or the stem of
// a content word that is not an event word (the key holds those), nor a
// time or quantity (the value).
func term(st *sent, w word) (string, bool) {
	if w.mention >= 0 {
		if m := st.ms[w.mention]; m.Kind == compare.Name {
			return nameTerm(m, ""), true
		}
		return "", false
	}
	if compass[w.lower] != "" {
		return "", false // part of the place it qualifies (see terms)
	}
	if w.ev != nil {
		// Words of one class of event are one term: "killed" and "deaths"
		// say the same of two sentences.
		return EventTermPrefix + w.ev.name, true
	}
	if len(w.lemma) < 3 || stopwords[w.lower] || generic[w.lemma] || !hasLetter(w.lower) {
		return "", false
	}
	return stem(w.lemma), true
}

func (x *extractor) timeClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	if m.Type != "DATE" && m.Type != "TIME" {
		return compare.Claim{}, false
	}
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	if countCutOff(st, i) {
		return compare.Claim{}, false
	}
	j, ev := frameEvent(st, i, m.Span, 8)
	if ev == nil {
		j, ev = verbPhraseEvent(st, i)
	}
	if ev == nil && x.inLead && x.titleEv != nil && isWeekday(st.words[i].lower) && !hasEvent(st) {
		// "Generals sat across from each other at Panmunjeom Thursday",
		// under the headline "Generals Hold Talks": the lead gives the day
		// of the headline's event.
		j, ev = i, x.titleEv
	}
	if ev == nil {
		return compare.Claim{}, false
	}
	key := "time/" + ev.name
	if plannedAt(st, i) {
		key += "/planned"
	}
	span := cover(m.Span, st.words[j].span)
	c := x.claim(st, compare.Time, key, ev.when, m.Value, x.d.Slice(m.Span), span, j)
	if x.inLead && ev == x.titleEv {
		// The lead dates the event the headline reports: the story's own
		// event, which every article of the story speaks of.
		c.Terms = slices.Insert(slices.Clone(c.Terms), 0, MainTerm)
		slices.Sort(c.Terms)
	}
	return c, true
}

func (x *extractor) quantityClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	q, ok := mentions.ParseQuantity(m.Value)
	if text := x.d.Slice(m.Span); len(text) > 1 && text[0] == '0' && text[1] >= '0' && text[1] <= '9' {
		// "in 09", "agent 007": a leading zero writes a year, a time or a
		// code, never a count.
		return compare.Claim{}, false
	}
	if !ok || timeUnits[m.Type] {
		// "three days", "twice": amounts of time are durations, the
		// business of time claims, not counts of things.
		return compare.Claim{}, false
	}
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	if k := comparativeAfter(st, mi, i); k >= 0 {
		// "41 seats, 20 more than its nearest rival": a difference, not a
		// count; it gives the rival's count when the count before is
		// exact.
		if c, ok := x.difference(st, m, q, i, k); ok {
			return c, true
		}
	}
	j, ev := nearestEvent(st, i, 8)
	if ev != nil && m.Type != "" && q.Unit == "" && !generic[m.Type] && eventOfNoun(m.Type) == nil && crossesClause(st, i, j) {
		// "revenge attacks, and thousands of police will patrol": a count
		// of its own noun is not about an event of another clause.
		j, ev = -1, nil
	}
	if k := changeBefore(st, i); k >= 0 {
		j, ev = subjectEvent(st, k, st.words[k].ev)
	}
	if ev != nil && countsThings(m.Type, q) {
		// "39 seats after the election": what is counted is the seats,
		// whatever the sentence says happened; only counts of people are
		// told apart by what happened to them (killed, arrested).
		j, ev = -1, nil
	}
	unit := q.Unit
	if unit == "" {
		unit = "count"
	}
	if ev == nil {
		// No event: the claim is about the thing counted ("15 cups of
		// flour"); align accepts such claims only on close near context.
		if m.Type == "" && unit == "count" && x.isLabel(st, i) {
			// "Part 2", "Quarter 2": a number naming one of a series is a
			// label, not an amount anyone could contradict.
			return compare.Claim{}, false
		}
		noun := m.Type
		if noun == "" && unit == "count" {
			// "won 300 out of the 650 seats": the part counts what the
			// whole does.
			noun = wholeNoun(st, mi, i)
		}
		key := "quantity/of/" + noun + "/" + unit
		if noun == q.Unit {
			key = "quantity/of/" + unit
		}
		if wholeOf(st, i) {
			key += "/" + TotalRole
		}
		question := fmt.Sprintf("How many %s?", plural(noun))
		switch {
		case unit == "%":
			question = "What percentage?"
		case unit != "count":
			question = fmt.Sprintf("What amount (%s)?", unit)
		case noun == "":
			question = "What number?"
		}
		c := x.claim(st, compare.Quantity, key, question, m.Value, x.d.Slice(m.Span), m.Span, i)
		if strings.HasSuffix(key, "/"+TotalRole) {
			c.Subject = "" // the whole is no party's
			return c, true
		}
		return x.ellipsis(st, c, bareCount(m, q), true), true
	}
	key := "quantity/" + ev.name + "/" + unit
	question := quantityQuestion(ev, m.Type, q.Unit)
	if wholeOf(st, i) {
		key += "/" + TotalRole
		question = fmt.Sprintf("How many %s are there in all?", ev.noun)
	}
	c := x.claim(st, compare.Quantity, key, question, m.Value, x.d.Slice(m.Span),
		cover(m.Span, st.words[j].span), j)
	if strings.HasSuffix(key, "/"+TotalRole) {
		c.Subject = "" // the whole is no party's: "Likud won 38 of the 120 seats"
		return c, true
	}
	return x.ellipsis(st, c, bareCount(m, q), abs(j-i) > maxEllipsisEvent || crossesClause(st, i, j)), true
}

// countsThings reports whether a quantity counts things named by its noun
// ("seats", "tons of oil"), not people nor the event itself.
func countsThings(noun string, q mentions.Quantity) bool {
	if noun == "" || q.Unit != "" || generic[noun] || eventOfNoun(noun) != nil {
		return false
	}
	cs := nounClasses(noun)
	return !cs.Has(lexicon.Person) && !cs.Has(lexicon.Organisation) && !cs.Has(lexicon.Period)
}

// comparativeAfter returns the index of "than" when the quantity mi
// (first word i) is followed by "more than", "fewer than" or "less
// than", or -1.
func comparativeAfter(st *sent, mi, i int) int {
	k := i
	for k+1 < len(st.words) && st.words[k+1].mention == mi {
		k++
	}
	if k+2 < len(st.words) && (st.words[k+1].lower == "more" || st.words[k+1].lower == "fewer" || st.words[k+1].lower == "less") && st.words[k+2].lower == "than" {
		return k + 2
	}
	return -1
}

// difference makes the claim a difference gives: the count of the rival
// named after "than" (within maxRivalWords), the sentence's last exact count
// minus (or plus) the difference. It reports false when either is
// missing, and the number is read as any other.
func (x *extractor) difference(st *sent, m compare.Mention, q mentions.Quantity, i, than int) (compare.Claim, bool) {
	last := st.lastCount
	if last == nil || !q.Exact || q.Unit != "" {
		return compare.Claim{}, false
	}
	base, ok := mentions.ParseQuantity(last.Value)
	if !ok || !base.Exact || base.Unit != "" || base.Lo != base.Hi {
		return compare.Claim{}, false
	}
	rival, end := "", -1
	for k := than + 1; k < len(st.words) && k <= than+maxRivalWords; k++ {
		if mm := st.words[k].mention; mm >= 0 && isActor(st.ms[mm]) {
			rival, end = st.ms[mm].Value, k
			break
		}
	}
	if rival == "" {
		return compare.Claim{}, false
	}
	v, op := base.Lo-q.Lo, "-"
	if st.words[than-1].lower != "more" {
		v, op = base.Lo+q.Lo, "+"
	}
	value := strconv.FormatFloat(v, 'f', -1, 64)
	span := compare.Span{Start: st.words[i].span.Start, End: st.words[end].span.End}
	c := x.claim(st, compare.Quantity, last.Key, last.Question, value,
		fmt.Sprintf("%s (%s %s %s)", value, last.Display, op, x.d.Slice(m.Span)), span, i)
	c.Subject = mentions.NameKey(rival)
	return c, true
}

// maxRivalWords is how far after "than" the rival may be named: "20 more
// than its nearest rival, the centre-left Labour party".
const maxRivalWords = 8

// TotalRole ends the key of a count that is the whole a part is taken
// from: "41 of the 120 seats".
const TotalRole = "total"

// wholeNoun returns the counted noun of the whole that the bare number
// mention mi (first word i) is a part of: "seat" of "300 out of the 650
// seats", or "".
func wholeNoun(st *sent, mi, i int) string {
	for k := i + 1; k < len(st.words) && k <= i+5; k++ {
		w := st.words[k]
		if w.mention >= 0 && w.mention != mi {
			if m := st.ms[w.mention]; m.Kind == compare.Quantity && wholeOf(st, k) {
				return m.Type
			}
			return ""
		}
	}
	return ""
}

// wholeOf reports whether the number at word i is the whole of a part
// named just before it: "38 out of the 120", "41 of the 120", "3 of 10".
func wholeOf(st *sent, i int) bool {
	k := i - 1
	if k >= 0 && st.words[k].lower == "the" {
		k--
	}
	if k < 0 || st.words[k].lower != "of" {
		return false
	}
	k--
	if k >= 0 && st.words[k].lower == "out" {
		k--
	}
	return k >= 0 && st.words[k].mention >= 0 && st.ms[st.words[k].mention].Kind == compare.Quantity
}

// bareCount reports whether a quantity is a whole number with no noun
// or unit: one that may leave its noun out ("won 38 seats ... only 11").
// "magnitude 5.9" is a measure, never such a count.
func bareCount(m compare.Mention, q mentions.Quantity) bool {
	return m.Type == "" && q.Unit == "" && !strings.Contains(m.Value, ".")
}

// maxEllipsisEvent is how far an event in its clause may stand from a
// bare number for the number to be the event's count, not an ellipsis of
// an earlier count.
const maxEllipsisEvent = 4

// ellipsis completes a bare number that leaves out its noun ("won 38
// seats ... is set to win only a dozen", "won 38 seats, is set to tumble
// to just 11"): with no event close by, it counts what the sentence's last
// count counted, of the same subject. Any other count is remembered for
// the numbers after it.
func (x *extractor) ellipsis(st *sent, c compare.Claim, bare, noCloseEvent bool) compare.Claim {
	switch {
	case bare && noCloseEvent && st.lastCount != nil:
		c.Key, c.Question = st.lastCount.Key, st.lastCount.Question
		if c.Subject == "" {
			c.Subject = st.lastCount.Subject
		}
	default:
		last := c
		st.lastCount = &last
	}
	return c
}

// quantityQuestion asks for a quantity of an event: a fixed question when
// the event has one ("How many people died?"), else one built from the
// counted noun or the unit.
func quantityQuestion(ev *event, noun, unit string) string {
	switch {
	case unit == "%":
		return fmt.Sprintf("What percentage is given for the %s?", ev.noun)
	case unit != "":
		return fmt.Sprintf("What amount (%s) is given for the %s?", unit, ev.noun)
	case ev.howMany != "":
		return ev.howMany
	case eventOfNoun(noun) == ev:
		// "a 7.0 earthquake": the number is a figure of the event itself.
		return fmt.Sprintf("What figure is given for the %s?", noun)
	}
	return fmt.Sprintf("How many %s in the %s?", plural(noun), ev.noun)
}

// labelNouns name members of a series by number.
var labelNouns = set("part chapter round phase game episode video quarter section article item number no. volume season stage leg match")

// isLabel reports whether the number at word i follows a label noun, or
// a capitalised word that does not start the sentence ("Part 2",
// "Video 1").
func (x *extractor) isLabel(st *sent, i int) bool {
	if i == 0 {
		return false
	}
	prev := st.words[i-1]
	if labelNouns[prev.lower] {
		return true
	}
	r, _ := utf8.DecodeRune(x.text[prev.span.Start:prev.span.End])
	return i-1 > 0 && unicode.IsUpper(r) && !stopwords[prev.lower] && prev.mention < 0
}

var timeUnits = set("second minute hour day week weekend month year decade century time times")

// roleWords are lower-case words that, before a name, give the role it
// holds ("spokesman Scott McClellan", "the chief judge, Rizkar Amin").
var roleWords = set(`spokesman spokeswoman spokesperson minister president premier judge
	chief leader chairman chairwoman director editor secretary ambassador envoy general
	commander official member head governor mayor senator lawyer prosecutor attorney
	candidate founder owner analyst investigator correspondent`)

// whoClaim makes a claim that a person or organisation is named, with the
// role the sentence gives it: two documents agree on it when they name the
// same one. Naming different people is no contradiction, so it never
// conflicts.
func (x *extractor) whoClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	role := x.role(st, i)
	// A name of unknown kind is a person's when a role introduces it.
	if m.Type != "PERSON" && m.Type != "ORG" && !(m.Type == "NAME" && role != "") {
		return compare.Claim{}, false
	}
	if mentions.IsCountry(m.Value) {
		return compare.Claim{}, false // a government by its country's name: a place claim's business
	}
	q := fmt.Sprintf("Who is named? (%s)", m.Value)
	if role != "" {
		q = fmt.Sprintf("Who is the %s?", role)
	}
	c := x.claim(st, compare.Name, "name/who", q, m.Value, x.d.Slice(m.Span), m.Span, i)
	c.Subject = "" // the name is the value
	return c, true
}

// role returns the role words just before word i ("White House spokesman",
// "Defense Minister"), up to three words, or "".
func (x *extractor) role(st *sent, i int) string {
	j := i - 1
	if j >= 0 && st.words[j].lower == "," {
		j-- // "the chief judge, Rizkar Mohammed Amin"
	}
	end := j + 1
	found := false
	for ; j >= 0 && j > i-5; j-- {
		w := st.words[j]
		if roleWords[w.lemma] || roleWords[w.lower] {
			found = true
			continue
		}
		if found || !hasLetter(w.lower) || stopwords[w.lower] {
			break
		}
	}
	if !found {
		return ""
	}
	var parts []string
	for k := j + 1; k < end; k++ {
		parts = append(parts, string(x.text[st.words[k].span.Start:st.words[k].span.End]))
	}
	return strings.Join(parts, " ")
}

var locatives = set("at in near outside inside from")

// placeClaim makes a "where" claim of a place name that a locative
// preposition governs: "held at Panmunjom", "in the village of Panmunjeom".
func (x *extractor) placeClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	if m.Type != "PLACE" && m.Type != "NAME" {
		return compare.Claim{}, false // people, bodies, events ("in the Korean War")
	}
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	if i <= 0 || !governedByLocative(st, i) {
		return compare.Claim{}, false
	}
	j, ev := nearestEvent(st, i, 10)
	question := "Where did it happen?"
	if ev != nil {
		question = ev.location
	} else {
		j = i
	}
	c := x.claim(st, compare.Name, "name/where", question, m.Value, x.d.Slice(m.Span), m.Span, j)
	c.Subject = "" // the place is the value, not what the claim is about
	return c, true
}

// governedByLocative reports whether the words before word i are a
// locative preposition, optionally with "the", adjectives and "village of"
// between: "at the Panmunjom", "in the historic truce village of X".
func governedByLocative(st *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		w := st.words[j]
		if locatives[w.lower] {
			return true
		}
		if w.mention >= 0 || !hasLetter(w.lower) {
			return false
		}
	}
	return false
}

var (
	negations = set("no not n't never nobody none nothing neither nor cannot")
	// clauseOpeners begin a new subject: a coordinator before one of them
	// joins two clauses ("the boys play and the man smiles"), not two verbs
	// of one subject ("dogs wrestle and hug").
	clauseOpeners = set(`a an the some this these those there he she it they we i you his her
		their its nobody no one two three four five six seven eight nine ten several many few
		all both each every`)
)

// polarityClaims make one claim per clause of the sentence: that what the
// clause says holds (true) or, negated, does not (false). Two documents
// conflict on it when one clause denies what the other asserts.
func (x *extractor) polarityClaims(st *sent) []compare.Claim {
	var cs []compare.Claim
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
	var ts []string
	negs := 0
	target := "" // the first content word after a negation: what it denies
	for _, w := range st.words[from:to] {
		switch {
		case negations[w.lower]:
			negs++
		case w.mention >= 0:
			if m := st.ms[w.mention]; m.Kind == compare.Name {
				ts = append(ts, nameTerm(m, ""))
				if negs > 0 && target == "" {
					target = nameTerm(m, "")
				}
			}
		case len(w.lemma) >= 3 && !stopwords[w.lower] && !generic[w.lemma] && hasLetter(w.lower):
			ts = append(ts, stem(w.lemma))
			if negs > 0 && target == "" {
				target = stem(w.lemma)
			}
		}
	}
	slices.Sort(ts)
	ts = slices.Compact(ts)
	if len(ts) < MinPolarityTerms {
		return compare.Claim{}, false
	}
	pol, value, bears := compare.Positive, "true", ts
	if negs%2 == 1 || st.modality == compare.Denied {
		pol, value = compare.Negative, "false"
		if target != "" {
			// "did not wait to celebrate" denies the waiting, not the
			// celebration: the claim bears on the word negated.
			bears = []string{target}
		}
	}
	ev := compare.Span{Start: st.words[from].span.Start, End: st.words[to-1].span.End}
	// The clean text, not the bytes as read: Markdown and link targets are
	// blanked there, and the blanks collapse.
	clause := strings.Join(strings.Fields(string(x.text[ev.Start:ev.End])), " ")
	return compare.Claim{
		Doc: x.d.ID, Key: "polarity", Kind: compare.PolarityKind,
		Question: asQuestion(clause),
		Value:    value, Display: clause,
		Polarity: pol, Modality: st.modality, Attribution: st.attrib,
		Sentence: st.s.Span, Evidence: ev, Terms: ts, Near: bears,
	}, true
}

// asQuestion makes a clause the object of "Is it so that …?": its final
// stop dropped, and its first word lower-cased only when it is a function
// word ("The", "There", "Nobody"), which is never a name.
func asQuestion(clause string) string {
	clause = strings.TrimRight(clause, ".!?;: ")
	first, rest, _ := strings.Cut(clause, " ")
	if low := strings.ToLower(first); low != first && (stopwords[low] || negations[low]) {
		clause = low + " " + rest
	}
	return "Is it so that " + clause + "?"
}

// previousOccurrence finds the constructions that say when an event last
// happened before the one reported: "the first X since T", "X were last
// held in T", "the first X in N years".
func (x *extractor) previousOccurrence(st *sent) []compare.Claim {
	var cs []compare.Claim
	for i, w := range st.words {
		if w.mention >= 0 {
			continue
		}
		switch w.lower {
		case "first":
			if c, ok := x.firstSince(st, i); ok {
				cs = append(cs, c)
			} else if c, ok := x.firstIn(st, i); ok {
				cs = append(cs, c)
			}
		case "last", "previous", "previously":
			if c, ok := x.lastHeld(st, i); ok {
				cs = append(cs, c)
			}
		}
	}
	return cs
}

// eventAfter returns the first event word (or, failing that, the head noun
// before stopWord) among the few words after "first".
func eventAfter(st *sent, i int, stop string) (int, string, *event) {
	for j := i + 1; j < len(st.words) && j <= i+5; j++ {
		w := st.words[j]
		if w.lower == stop {
			if j == i+1 {
				return -1, "", nil
			}
			h := st.words[j-1]
			return j - 1, h.lemma, h.ev
		}
		if w.ev != nil && j+1 < len(st.words) && st.words[j+1].lower == stop {
			return j, w.lemma, w.ev
		}
		if !hasLetter(w.lower) || w.mention >= 0 {
			return -1, "", nil
		}
	}
	return -1, "", nil
}

func (x *extractor) firstSince(st *sent, i int) (compare.Claim, bool) {
	j, head, ev := eventAfter(st, i, "since")
	if j < 0 {
		return compare.Claim{}, false
	}
	m, ok := nextDate(st, j+2, len(st.words))
	if !ok {
		return compare.Claim{}, false
	}
	key, q := x.lastKey(st, head, ev, j)
	return x.claim(st, compare.Time, key, q, m.Value, x.d.Slice(m.Span),
		cover(st.words[i].span, m.Span), j), true
}

// nextDate returns the first time mention among words [from, to) when it is
// a date or time of day, and marks it used by the construction; a duration
// or set first means there is none.
func nextDate(st *sent, from, to int) (compare.Mention, bool) {
	for k := from; k < to && k < len(st.words); k++ {
		w := st.words[k]
		if w.mention < 0 || st.ms[w.mention].Kind != compare.Time {
			continue
		}
		m := st.ms[w.mention]
		if m.Type != "DATE" && m.Type != "TIME" {
			return compare.Mention{}, false
		}
		st.used[w.mention] = true
		return m, true
	}
	return compare.Mention{}, false
}

func (x *extractor) firstIn(st *sent, i int) (compare.Claim, bool) {
	j, head, ev := eventAfter(st, i, "in")
	if j < 0 || j+2 >= len(st.words) {
		return compare.Claim{}, false
	}
	w := st.words[j+2]
	if w.mention < 0 || st.ms[w.mention].Type != "DURATION" {
		return compare.Claim{}, false
	}
	m := st.ms[w.mention]
	value, ok := before(x.d.Published, m.Value)
	if !ok {
		return compare.Claim{}, false
	}
	st.used[w.mention] = true
	key, q := x.lastKey(st, head, ev, j)
	display := fmt.Sprintf("%s (%s before %s)", value, x.d.Slice(m.Span), x.d.Published)
	return x.claim(st, compare.Time, key, q, value, display, cover(st.words[i].span, m.Span), j), true
}

func (x *extractor) lastHeld(st *sent, i int) (compare.Claim, bool) {
	// The event is named within three words before or after "last".
	evAt := -1
	for d := 1; d <= 3 && evAt < 0; d++ {
		for _, j := range []int{i - d, i + d} {
			if j >= 0 && j < len(st.words) && st.words[j].ev != nil && !lightVerbs[st.words[j].lemma] {
				evAt = j
				break
			}
		}
	}
	if evAt < 0 {
		return compare.Claim{}, false
	}
	m, ok := nextDate(st, i+1, i+7)
	if !ok {
		return compare.Claim{}, false
	}
	h := st.words[evAt]
	key, q := x.lastKey(st, h.lemma, h.ev, evAt)
	return x.claim(st, compare.Time, key, q, m.Value, x.d.Slice(m.Span),
		cover(st.words[min(i, evAt)].span, m.Span), evAt), true
}

// lastKey is the key and question of a claim about the previous occurrence
// of the event named at word j; "similar talks" borrows the modifiers of
// the talks named before.
func (x *extractor) lastKey(st *sent, head string, ev *event, j int) (string, string) {
	if ev == nil && (head == "time" || head == "occasion") {
		// "for the first time since 2008": the time is the sentence's
		// event's ("raises its rate").
		if _, e := nearestEvent(st, j, 10); e != nil {
			ev = e
		}
	}
	name, noun := head, head
	if ev != nil {
		name, noun = ev.name, ev.noun
	}
	mod := ""
	if j > 0 {
		prev := st.words[j-1].lower
		switch {
		case referring[prev] && ev != nil:
			mod = x.antecedent[ev.name]
		case strings.Contains(prev, "-") && hasLetter(prev):
			mod = prev
		}
	}
	if mod != "" {
		noun = mod + " " + noun
	}
	return "time/" + name + "/last", fmt.Sprintf("When did the previous %s take place?", noun)
}

// before returns the date a duration before the publication date, at the
// duration's granularity: P2Y before 2006-03-02 is 2004.
func before(published, duration string) (string, bool) {
	if len(published) < 4 || len(duration) < 3 || duration[0] != 'P' || duration[1] == 'T' {
		return "", false
	}
	n, err := strconv.Atoi(duration[1 : len(duration)-1])
	if err != nil || n <= 0 {
		return "", false
	}
	y, _ := strconv.Atoi(published[:4])
	mo, day := 1, 1
	if len(published) >= 7 {
		mo, _ = strconv.Atoi(published[5:7])
	}
	if len(published) >= 10 {
		day, _ = strconv.Atoi(published[8:10])
	}
	t := time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC)
	switch duration[len(duration)-1] {
	case 'Y':
		return strconv.Itoa(y - n), true
	case 'M':
		if len(published) < 7 {
			return "", false
		}
		return t.AddDate(0, -n, 0).Format("2006-01"), true
	case 'W':
		if len(published) < 10 {
			return "", false
		}
		return t.AddDate(0, 0, -7*n).Format("2006-01-02"), true
	case 'D':
		if len(published) < 10 {
			return "", false
		}
		return t.AddDate(0, 0, -n).Format("2006-01-02"), true
	}
	return "", false
}

func cover(a, b compare.Span) compare.Span {
	return compare.Span{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
}
