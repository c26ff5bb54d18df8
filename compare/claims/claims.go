// Package claims turns sentences and their mentions into claims: what a
// sentence asserts about something, anchored on a time, quantity or name,
// with a key that align groups on, a question, modality, attribution and
// the evidence span.
//
// A claim needs an anchor value and an event it is about: "the talks
// opened at 3 p.m." gives a time claim keyed "time/meeting"; a time with no
// event word near it gives no claim, since nothing could be compared.
// Common news constructions become explicit claims about the previous
// occurrence of an event: "the first X since T" and "X were last held in
// T" say when X last happened (T); "the first X in N years" says it was N
// years before publication.
package claims

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
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
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	x := &extractor{d: d, text: d.Plain(), scratch: sc}
	out := sc.claims[:0]
	mi := 0
	title := strings.Join(strings.Fields(d.Title), " ")
	lead := leadParagraphs // body paragraphs still to come in the lead
	para := -1
	for _, s := range ss {
		// No sentence's mentions outlive its claims.
		in := x.in[:0]
		for mi < len(ms) && ms[mi].Span.Start < s.Span.End {
			if s.Span.Contains(ms[mi].Span) {
				in = append(in, ms[mi])
			}
			mi++
		}
		x.in = in
		if d.IsBoilerplate(s.Span) {
			continue
		}
		isTitle := false
		switch {
		case x.titleEv == nil && title != "" && sameWords(d.Text[s.Span.Start:s.Span.End], title):
			isTitle = true
			lead = leadParagraphs
		case s.Paragraph != para && len(s.Tokens) >= minLeadWords:
			// A date line or a byline is no paragraph of the lead.
			para = s.Paragraph
			lead--
		}
		x.inLead = x.titleEv != nil && lead >= 0
		x.firstLead = x.untitled && lead == leadParagraphs-1
		x.opening = lead == leadParagraphs-1
		out = x.sentence(s, in, isTitle, out)
	}
	// The claims gather in scratch memory and leave in one allocation of
	// their exact size: a Claim is large, and a slice grown claim by
	// claim was copied about twice over.
	settleTallies(out)
	var res []compare.Claim
	if len(out) > 0 {
		res = slices.Clone(out)
	}
	clear(out) // the scratch keeps no strings alive
	sc.claims = out[:0]
	return res
}

// sameWords reports whether text with its white space collapsed, as
// strings.Join(strings.Fields(text), " ") does, is words, without making
// that string: Extract asks it of every sentence.
func sameWords(text []byte, words string) bool {
	j := 0 // how much of words is matched
	for field := range fields(text) {
		if j > 0 {
			if j >= len(words) || words[j] != ' ' {
				return false
			}
			j++
		}
		if len(words)-j < len(field) || string(field) != words[j:j+len(field)] {
			return false
		}
		j += len(field)
	}
	return j == len(words)
}

// collapseSpace is strings.Join(strings.Fields(string(text)), " ") in one
// allocation: each clause's text is displayed so.
func collapseSpace(text []byte) string {
	var sb strings.Builder
	sb.Grow(len(text))
	for field := range fields(text) {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.Write(field)
	}
	return sb.String()
}

// fields yields the runs of text between white space, as strings.Fields
// splits a string.
func fields(text []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for p := 0; p < len(text); {
			if space, size := spaceAt(text, p); space {
				p += size
				continue
			}
			start := p
			for p < len(text) {
				space, size := spaceAt(text, p)
				if space {
					break
				}
				p += size
			}
			if !yield(text[start:p]) {
				return
			}
		}
	}
}

// spaceAt reports whether the character at text[p] is white space, as
// unicode.IsSpace says, and its length; ASCII, most of a text, without
// decoding it.
func spaceAt(text []byte, p int) (bool, int) {
	if c := text[p]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r', 1
	}
	r, size := utf8.DecodeRune(text[p:])
	return unicode.IsSpace(r), size
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
// that is not a change ("Ministers Hold Budget Talks" → talks).
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
	kinds   wordKinds // of lower and lemma
	mention int       // index into the sentence's mentions, or -1
	// readings are the events read of the token so far, shared by all
	// its occurrences (nil for a token with no letter or digit).
	readings *readings
	ev       *event
	// From the parse, of the syntactic word the token starts with: its
	// universal part of speech, its lemma, its relation and the token
	// that holds its head (-1 for the root).
	upos, plemma, rel string
	head              int
	// superlative is set for an adjective or adverb the tagger reads as
	// superlative ("highest", "most").
	superlative bool
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
	// titleSubject is who or what the headline's main verb is said of
	// (subjectTerm), "" when it names none.
	titleSubject string
	// untitled is set when the headline names no event but a change or
	// none ("Shares End Higher"); then the first event the lead's first
	// paragraph (firstLead) dates is the story's own. leadDated is set
	// once the story's own event has a day.
	untitled, firstLead, leadDated bool
	inLead                         bool
	// opening is set while the sentences read are those of the story's
	// first paragraph.
	opening bool
	// lastPerson is the person the sentence before is about (personOf).
	lastPerson string
	// affiliation maps a person's name key to the bodies the document
	// introduced them as acting for.
	affiliation map[string][]compare.Mention
	// eventDays maps a time key to the day the document gave that event
	// in a sentence naming a day ("" once it gave two): the day of an
	// hour that a later sentence gives alone (eventHour).
	eventDays map[string]string
	// filed is set once the sentence a dateline opens has been read.
	filed bool
	*scratch
}

// scratch is memory reused from sentence to sentence, and from document
// to document through scratchPool: a sentence's words and mentions are
// done with once its claims are made.
type scratch struct {
	words         []word
	tokOf, wordOf []int
	attachOf      []int
	toks          []*token
	termBuf       []string
	in            []compare.Mention
	claims        []compare.Claim
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

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
	// nameTerms holds the terms of name mentions, once asked (st.termOfName).
	nameTerms []string
	// title is set for the document's headline.
	title bool
}

// sentence appends the claims of a sentence to cs.
func (x *extractor) sentence(s compare.Sentence, ms []compare.Mention, isTitle bool, cs []compare.Claim) []compare.Claim {
	st := x.read(s, ms, isTitle)
	cs = x.claims(st, cs)
	if !isTitle {
		x.lastPerson = personOf(st)
	}
	return cs
}

// personOf returns the person a sentence is about, for a description in
// the next ("The 59-year-old said..."): the person its subject names, else
// the first it names; "" when it names none.
func personOf(st *sent) string {
	first := ""
	for _, w := range st.words {
		if w.mention < 0 || st.ms[w.mention].Type != "PERSON" && st.ms[w.mention].Type != "NAME" {
			continue
		}
		if w.rel == "nsubj" || w.rel == "nsubj:pass" {
			return st.ms[w.mention].Value
		}
		if first == "" {
			first = st.ms[w.mention].Value
		}
	}
	return first
}

// read reads a sentence's words with their analyses and events, and what
// the sentence says of them all: its terms, modality and attribution.
func (x *extractor) read(s compare.Sentence, ms []compare.Mention, isTitle bool) *sent {
	st := &sent{s: s, ms: ms, used: make([]bool, len(ms)), words: x.words[:0], title: isTitle}
	defer func() { x.words = st.words }()
	// Each token takes the analysis of the first syntactic word inside it
	// ("do" of "don't"); heads are mapped from words to tokens.
	x.tokOf, x.wordOf = slices.Grow(x.tokOf[:0], len(s.Words))[:len(s.Words)], slices.Grow(x.wordOf[:0], len(s.Tokens))[:len(s.Tokens)]
	tokOf, wordOf := x.tokOf, x.wordOf
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
	// A token of several words ("forty-eight", "run-off") hangs in the
	// sentence where the word that heads the others does, the one whose
	// head is outside it: "forty" hangs on "eight", which is the subject
	// of "were hurt". Its lexical analysis stays the first word's, and a
	// number stays where it hangs on its own unit ("10-minute").
	x.attachOf = slices.Grow(x.attachOf[:0], len(s.Tokens))[:len(s.Tokens)]
	attachOf := x.attachOf
	copy(attachOf, wordOf)
	for wi, w := range s.Words {
		ti := tokOf[wi]
		first := attachOf[ti]
		if first < 0 || first == wi || ti >= len(s.Tokens) {
			continue
		}
		if h := s.Words[first].Head; h >= 0 && tokOf[h] == ti && (s.Words[first].UPOS != "NUM" || w.UPOS == "NUM") && (w.Head < 0 || tokOf[w.Head] != ti) {
			attachOf[ti] = wi
		}
	}
	// The tokens are looked up first, in a loop of nothing else: the
	// memo is large and read cold after parsing, and lookups with no
	// other work between them wait for memory side by side.
	toks := slices.Grow(x.toks[:0], len(s.Tokens))
	for _, t := range s.Tokens {
		toks = append(toks, tokens.GetBytes(x.text[t.Start:t.End], readToken))
	}
	x.toks = toks
	for ti, t := range s.Tokens {
		tok := toks[ti]
		if !tok.content {
			wd := word{span: t, lower: tok.lower, lemma: tok.lemma, kinds: tok.kinds, mention: -1}
			if wi := wordOf[ti]; wi >= 0 && s.Words[wi].UPOS == "SYM" {
				// A symbol keeps its place in the tree: "$" heads "$3.8
				// billion".
				wd.head = -1
				wd.upos, wd.rel = s.Words[wi].UPOS, s.Words[wi].Rel
				if h := s.Words[wi].Head; h >= 0 {
					wd.head = tokOf[h]
				}
			}
			st.words = append(st.words, wd)
			continue
		}
		wd := word{span: t, lower: tok.lower, lemma: tok.lemma, kinds: tok.kinds, mention: -1, head: -1, readings: &tok.readings}
		if wi := wordOf[ti]; wi >= 0 {
			sw := s.Words[wi]
			wd.upos, wd.plemma = sw.UPOS, strings.ToLower(sw.Lemma)
			wd.superlative = sw.XPOS == "JJS" || sw.XPOS == "RBS"
			aw := s.Words[attachOf[ti]]
			wd.rel = aw.Rel
			if aw.Head >= 0 {
				wd.head = tokOf[aw.Head]
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
		if w.rel == "case" || w.rel == "mark" || w.rel == "cc" {
			// A verb form used as a preposition or conjunction
			// ("including", "following", "given") names no event.
			continue
		}
		if upos == "VERB" && w.rel == "amod" {
			// A participle that qualifies a noun ("the fortified zone")
			// names a property, not an event of the sentence; states
			// ("the injured men") are still read.
			upos = "ADJ"
		}
		w.ev = w.readings.eventOf(w.lower, w.plemma, upos, particle(st, i))
		w.guessed = w.ev != nil && isVerbReading(w.lower, upos)
	}
	if isTitle {
		x.titleEv = titleEvent(st)
		x.titleSubject = subjectTerm(st, rootOf(st))
		x.inLead = x.titleEv != nil
		x.untitled = x.titleEv == nil
	}
	armedAttacks(st)
	eventsAsSubjects(st)
	lightVerbsTakeSubject(st)
	st.terms = x.terms(st)
	st.modality, st.attrib = x.modality(st)
	x.remember(st)
	x.learnAffiliations(st)
	return st
}

// claims appends the claims of a sentence read to cs.
func (x *extractor) claims(st *sent, cs []compare.Claim) []compare.Claim {
	ms := st.ms
	cs = x.previousOccurrence(st, cs)
	cs = x.polarityClaims(st, cs)
	cs = x.stanceClaims(st, cs)
	cs = x.partiesClaims(st, cs)
	cs = x.existsClaims(st, cs)
	cs = x.tallyClaims(st, cs)
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
				if c.Kind == compare.Quantity && otherSide(st, i) {
					// "voting 118 to 94", "by 118 votes to 97": the
					// second figure is the other side's tally, never
					// the same question as the first.
					c.Key = kindKey(c.Key, "against")
					c.Question = strings.TrimSuffix(c.Question, "?") + " (the other side)?"
				}
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

// token is what read makes of a token's text alone.
type token struct {
	lower, lemma string
	content      bool // it has a letter or a digit
	kinds        wordKinds
	readings     readings // of a content token
}

// wordKinds are the word lists a word is in, looked up once per token
// rather than at each of the many questions asked of every word.
type wordKinds uint16

const (
	kStop     wordKinds = 1 << iota // stopwords[lower]
	kNegation                       // negations[lower]
	kGeneric                        // generic[lemma]
	kCompass                        // compass[lower] != ""
	kDenial                         // denials[lower]
	kExpect                         // expectations[lower]
	kHedge                          // hedges[lower]
	kReport                         // reportingVerbs[lower]
	kLight                          // lightVerbs[lemma]
	kStance                         // stem(lemma) begins a key of stanceVerbs
)

func kindsOf(lower, lemma string) wordKinds {
	var k wordKinds
	for _, c := range []struct {
		in   bool
		kind wordKinds
	}{
		{stopwords[lower], kStop}, {negations[lower], kNegation}, {generic[lemma], kGeneric},
		{compass[lower] != "", kCompass}, {denials[lower], kDenial}, {expectations[lower], kExpect},
		{hedges[lower], kHedge}, {reportingVerbs[lower], kReport}, {lightVerbs[lemma], kLight},
		{stanceStems()[stem(lemma)], kStance},
	} {
		if c.in {
			k |= c.kind
		}
	}
	return k
}

// tokens are the tokens read so far: the words of news repeat, so each
// is lowered and lemmatised once. Every token of every sentence is
// looked up here, after the parser has left the cache cold: a
// memo.Strings, whose slot holds the word and a pointer to what it
// reads, with the token's readings in the same object.
var tokens memo.Strings[*token]

func readToken(w string) *token {
	if !hasLetterOrDigit(w) {
		return &token{lower: w, lemma: w, kinds: kindsOf(w, w)}
	}
	lower := strings.ToLower(w)
	l := lemma(lower)
	return &token{lower: lower, lemma: l, content: true, kinds: kindsOf(lower, l)}
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
	ts := x.termBuf[:0]
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
	if f := x.d.Filed; !x.filed && f.End > f.Start && st.s.Span.Start >= f.End {
		// The place a dateline names is one the sentence after it
		// names: where the report was filed.
		x.filed = true
		place := string(x.d.Text[f.Start:f.End])
		ts = append(ts, nameTerm(compare.Mention{Value: place}, ""))
	}
	return x.sortedTerms(ts)
}

// sortedTerms returns the distinct terms of buf, gathered in x.termBuf,
// sorted, in a slice of their own of the exact size (nil for none), and
// keeps buf's memory for the next terms: terms are gathered for every
// sentence and clause, and kept in their claims.
func (x *extractor) sortedTerms(buf []string) []string {
	slices.Sort(buf)
	buf = slices.Compact(buf)
	var ts []string
	if len(buf) > 0 {
		ts = slices.Clone(buf)
	}
	clear(buf)
	x.termBuf = buf[:0]
	return ts
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
	reportingVerbs = wordlist.ReportVerbs
	hedges         = wordlist.Hedges
	expectations   = wordlist.Expectations
	denials        = wordlist.Denials
)

var set = wordlist.Of

// modality reads how firmly the sentence states what it states, and who
// it says stated it. The strongest cue wins: a denial, then an
// expectation, then a hedge, then a report.
func (x *extractor) modality(st *sent) (compare.Modality, string) {
	mod := compare.Asserted
	attrib := ""
	for i, w := range st.words {
		switch {
		case w.kinds&kDenial != 0:
			mod = max(mod, compare.Denied)
		case w.kinds&kExpect != 0 && !(w.lower == "set" && !next(st, i, "to")) && !(w.lower == "due" && !next(st, i, "to")):
			mod = max(mod, compare.Expected)
		case w.kinds&kHedge != 0:
			mod = max(mod, compare.Hedged)
		case w.lower == "according" && next(st, i, "to"):
			mod = max(mod, compare.Reported)
			if a := x.nameAfter(st, i+2); a != "" {
				attrib = a
			}
		case w.kinds&kReport != 0:
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
// subject before it ("Reuters reported"), or after it ("said Park").
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
			// "the flood's toll climbed to 57": a rise or fall is of something
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
// ("between Peru, Chile and Bolivia"), which is one phrase, not
// a clause boundary.
func listComma(st *sent, k int) bool {
	isName := func(i int) bool {
		return i >= 0 && i < len(st.words) && st.words[i].mention >= 0 && st.ms[st.words[i].mention].Kind == compare.Name
	}
	return isName(k-1) && isName(k+1)
}

// lightVerbs say only that their subject happened: "the talks were held",
// "a deal had been struck", "the meeting took place".
var lightVerbs = set("hold reach occur happen take begin start end conclude finish erupt break")

// lightVerbsTakeSubject gives a light verb the event its subject names,
// when an event word stands within four words before it in its clause, so
// that a time at the end of the verb phrase ("reached between the port and
// its dockers nine days ago") is read against the verb, as it is meant.
func lightVerbsTakeSubject(st *sent) {
	for i, w := range st.words {
		if w.ev != nil || w.mention >= 0 || w.kinds&kLight == 0 {
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
		if st.words[i].ev == nil && st.words[i].upos == "VERB" && firstDep(st, i, "obj") < 0 {
			// "The cave-in occurred at 3:05 a.m.": a subject that names
			// an event no class covers names it by its verb, as "the
			// roof caved in at 3:05 a.m." does. A light verb with an
			// object ("held talks", "reached $3 billion") is the
			// object's.
			if n := firstDep(st, i, "nsubj", "nsubj:pass"); n >= 0 {
				st.words[i].ev = unclassedNounEvent(st.words[n])
			}
		}
	}
}

// unclassedNounEvent returns the event a noun of no class names, keyed
// by the verb WordNet spells it as or derives it from ("collapse",
// "operation" of "operate"), so that reports naming it by noun or by verb
// meet; nil for a noun with no sense of an act, event or process, or
// with no such verb.
func unclassedNounEvent(w word) *event {
	if w.upos != "NOUN" || w.ev != nil || len(w.plemma) < 3 {
		return nil
	}
	return unclassedNouns.Get(w.plemma, func(noun string) *event {
		// The verb says its subject happened: a sense of an act or an
		// event is enough ("collapse" is first a failure of health).
		ss := lexicon.Synsets(noun, lexicon.Noun)
		if len(ss) == 0 || ss[0].LexFile() == lexicon.NounPerson {
			return nil // "the ministers held", not an act of ministering
		}
		if !slices.ContainsFunc(ss[:min(len(ss), lexicon.MaxSenses)], func(s lexicon.Synset) bool { return actFiles[s.LexFile()] }) {
			return nil
		}
		for _, v := range append([]string{noun}, lexicon.Derived(noun, lexicon.Noun, lexicon.Verb)...) {
			if len(lexicon.SynsetsOfLemma(v, lexicon.Verb)) > 0 {
				return verbEvents.Get(v, verbEvent)
			}
		}
		return nil
	})
}

// unclassedNouns holds the events unclassedNounEvent names, one per noun.
var unclassedNouns memo.Strings[*event]

// verbPhraseEvent returns the event named before word i in an unbroken
// stretch of words, however long: a time that ends a verb phrase belongs
// to its verb ("shut the ferry terminal and both of its car parks at dawn on
// Friday"). Punctuation, another value or a clause word ends the search.
func verbPhraseEvent(st *sent, i int) (int, *event) {
	for k := i - 1; k >= 0 && k >= i-maxPhrase; k-- {
		w := st.words[k]
		if w.ev != nil {
			if !verbal(st, k) {
				// "the inquiry into a shipwreck 40 years ago": a noun
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

// clauseHasEvent reports whether the clause of word i names an event that
// happened (hasEvent), its predicate or a word under it: an event of a
// clause of its own ("..., burying two workers", "when a cable caught
// fire") has times of its own. Without a predicate to read, the whole
// sentence is the clause.
func clauseHasEvent(st *sent, i int) bool {
	p := predicateOf(st, i)
	if p < 0 {
		return hasEvent(st)
	}
	for j, w := range st.words {
		if w.ev != nil && !isChange(w.ev) && predicateOf(st, j) == p && !plannedAt(st, j) && !namesAThing(st, j) {
			return true
		}
	}
	return false
}

// namesAThing reports whether the event word j only qualifies a noun of
// no event it compounds with: the "accident" of "the accident
// investigation board", the "fire" of "the fire service" name a body,
// not an event of the clause.
func namesAThing(st *sent, j int) bool {
	w := st.words[j]
	if w.rel != "compound" || w.head < 0 {
		return false
	}
	h := st.words[w.head]
	return h.ev == nil && (h.upos == "NOUN" || h.upos == "PROPN")
}

// intentions are the stems of verbs whose "to" infinitive names an act
// still to come.
var intentions = map[string]bool{}

func init() {
	for _, v := range strings.Fields("announce decide vow pledge promise threaten aim prepare want hope intend plan order") {
		intentions[stem(lemma(v))] = true
	}
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

// otherSide reports whether quantity mention mi is the second of a tally
// "N to M" or "N votes to M": a bare count after "to" that follows a
// larger bare count, with at most one word, its noun, between them.
func otherSide(st *sent, mi int) bool {
	i := wordOf(st, mi)
	if i < 2 || st.words[i-1].lower != "to" {
		return false
	}
	q, ok := mentions.ParseQuantity(st.ms[mi].Value)
	if !ok || q.Unit != "" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-3; k-- {
		w := st.words[k]
		if w.mention < 0 || w.mention == mi {
			if k == i-2 && w.upos == "NOUN" {
				continue // "118 votes to 97"
			}
			return false
		}
		m := st.ms[w.mention]
		p, ok := mentions.ParseQuantity(m.Value)
		return ok && m.Kind == compare.Quantity && p.Unit == "" && p.Lo > q.Hi
	}
	return false
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

// claimSubject returns who or what the value at word i is about: the
// person or body that is the subject of its predicate in the parse, or,
// when the tree gives the value no predicate, the name nearest before it.
func claimSubject(st *sent, i int) string {
	if i < 0 || i >= len(st.words) {
		return subject(st, i)
	}
	if s, ok := treeSubject(st, i); ok {
		return s
	}
	return subject(st, i)
}

// subject returns the canonical name of the person or organisation nearest
// before word i in its clause: who or what the value is about ("Lind had
// 40.8 percent"). The scan stops at a reporting verb or "that", so the
// source of a report ("Smith said the toll was 12") is not its subject.
func subject(st *sent, i int) string {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		w := st.words[j]
		if (w.lower == "which" || w.lower == "who") && j > 0 {
			// "the Farmers' Party, which won 17 seats": the relative pronoun stands
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
	mod, attrib, negative := x.scope(st, anchor)
	pol := compare.Positive
	if negative {
		pol = compare.Negative
	}
	return compare.Claim{
		Doc: x.d.ID, Key: key, Question: question, Kind: kind,
		Value: value, Display: display,
		Polarity: pol, Modality: mod, Attribution: attrib,
		Sentence: st.s.Span, Evidence: ev,
		Subject: claimSubject(st, anchor), Terms: st.terms, Near: near(st, ev, nearWindow),
		OtherPlaces: otherPlaces(st, anchor),
	}
}

// otherPlaces returns the place terms of the sentence that name where
// other events than the claim's happened: "killed on Monday, a day after
// his return from Paris" does not say the killing was in Paris.
func otherPlaces(st *sent, anchor int) []string {
	if i, _ := slices.BinarySearch(st.terms, PlacePrefix); anchor < 0 || i == len(st.terms) || !strings.HasPrefix(st.terms[i], PlacePrefix) {
		return nil // most sentences name no place: the terms are sorted
	}
	var in, out []string
	for i, w := range st.words {
		if w.mention < 0 || (i > 0 && st.words[i-1].mention == w.mention) {
			continue // not a name, or not its first word
		}
		t := st.termOfName(w.mention)
		if !strings.HasPrefix(t, PlacePrefix) {
			continue
		}
		if otherEvents(st, i, anchor) {
			out = append(out, t)
		} else {
			in = append(in, t)
		}
	}
	// A place also named in the claim's own frame is the claim's.
	out = slices.DeleteFunc(out, func(t string) bool { return slices.Contains(in, t) })
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// otherEvents reports whether the words above word p in the tree reach
// another event before the claim's (its anchor, or the anchor's verb): a
// clause of its own ("attacks targeting critics of X") or a noun set in
// time against it ("after his return from X"). A verb of saying is passed
// through: where it was said is most often where it happened.
func otherEvents(st *sent, p, anchor int) bool {
	pred := predicateOf(st, anchor)
	for k, n := st.words[p].head, 0; k >= 0 && n < maxClimb; k, n = st.words[k].head, n+1 {
		switch {
		case k == anchor || k == pred:
			return false
		case isPredicate(st, k) && !reportingVerbs[st.words[k].lower]:
			return true
		case st.words[k].upos == "NOUN" && caseIn(st, k, timeRelations):
			return true
		}
	}
	return false
}

// timeRelations are the prepositions that set one event in time against
// another.
var timeRelations = set("after before since following until during")

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
	// Headlines abbreviate the quarters: "NE China".
	for abbr, d := range mentions.Quarters {
		compass[strings.ToLower(abbr)] = d
	}
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

// termOfName is nameTerm of mention i of the sentence, worked out once: a
// name of several words is asked for at each of them, and by each claim.
func (st *sent) termOfName(i int) string {
	if st.nameTerms == nil {
		st.nameTerms = make([]string, len(st.ms))
	}
	if st.nameTerms[i] == "" { // not yet: no term is empty
		st.nameTerms[i] = nameTerm(st.ms[i], "")
	}
	return st.nameTerms[i]
}

// PlaceTerm is the term of a place: PlacePrefix, the compass part that
// names a region of it ("northeast"), its key, and "|c" for a country:
// "#northeast|china|c", "#|lyon".
func PlaceTerm(compassPart, key string, country bool) string {
	t := PlacePrefix + compassPart + "|" + key
	if country {
		t += "|c"
	}
	return t
}

// A NameTerm is a name or place term read back: what PlaceTerm, or
// nameTerm for any other name ("@" and its key), wrote.
type NameTerm struct {
	Key, Compass   string
	Place, Country bool
}

// ReadNameTerm reads a term made for a name or a place; ok is false for
// any other term.
func ReadNameTerm(t string) (n NameTerm, ok bool) {
	if k, ok := strings.CutPrefix(t, "@"); ok {
		return NameTerm{Key: k}, true
	}
	rest, ok := strings.CutPrefix(t, PlacePrefix)
	if !ok {
		return NameTerm{}, false
	}
	n.Place = true
	n.Compass, rest, _ = strings.Cut(rest, "|")
	n.Key, rest, _ = strings.Cut(rest, "|")
	n.Country = rest == "c"
	return n, true
}

// term returns the alignment term of a word: a name's key, or the stem of
// a content word that is not an event word (the key holds those), nor a
// time or quantity (the value).
func term(st *sent, w word) (string, bool) {
	if w.mention >= 0 {
		if st.ms[w.mention].Kind == compare.Name {
			return st.termOfName(w.mention), true
		}
		return "", false
	}
	if w.kinds&kCompass != 0 {
		return "", false // part of the place it qualifies (see terms)
	}
	if w.ev != nil {
		// Words of one class of event are one term: "killed" and "deaths"
		// say the same of two sentences.
		return EventTermPrefix + w.ev.name, true
	}
	if len(w.lemma) < 3 || w.kinds&(kStop|kGeneric) != 0 || !hasLetter(w.lower) {
		return "", false
	}
	return stem(w.lemma), true
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

func cover(a, b compare.Span) compare.Span {
	return compare.Span{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
}

// armedAttacks reads as an attack a noun that may be one when a weapon
// qualifies it: "mortar strikes", "rocket raids" are attacks, whatever
// the noun's first sense (a strike is first a walkout).
func armedAttacks(st *sent) {
	attack := eventNamed["attack"]
	for k := range st.words {
		w := &st.words[k]
		if w.ev == nil || w.ev == attack || w.upos != "NOUN" || !attackNoun.Get(w.lemma, isAttackNoun) {
			continue
		}
		dependents(st, k, func(j int) bool {
			if d := st.words[j]; (d.rel == "compound" || d.rel == "amod") && j < k && isWeapon(d.lemma) {
				w.ev = attack
				return false
			}
			return true
		})
	}
}

// eventsAsSubjects reads a verb of attack whose subject is an event of
// another kind as that event: an attack has an attacker, and "the quake
// struck", "the blast hit the depot" say how the quake or the blast
// happened. A subject "it" stands for the last event named before it in
// the sentence ("measured the tremor and said it struck at dawn").
func eventsAsSubjects(st *sent) {
	attack := eventNamed["attack"]
	for i := range st.words {
		w := &st.words[i]
		if w.ev != attack || w.upos != "VERB" {
			continue
		}
		j := firstDep(st, i, "nsubj")
		if j < 0 && w.rel == "xcomp" && w.head >= 0 {
			// "said it struck" parsed as "it" the object of "said".
			j = firstDep(st, w.head, "obj")
		}
		if j < 0 && w.rel == "conj" && w.head >= 0 {
			// "the quake was shallow and struck at dawn": a conjunct
			// shares the subject of the first.
			j = firstDep(st, w.head, "nsubj")
		}
		if j < 0 {
			continue
		}
		var ev *event
		switch s := st.words[j]; {
		case s.upos == "NOUN":
			ev = s.ev
		case s.lower == "it":
			for k := j - 1; k >= 0 && ev == nil; k-- {
				if st.words[k].upos == "NOUN" {
					ev = st.words[k].ev
				}
			}
		}
		if ev != nil && ev != attack && !isChange(ev) {
			w.ev = ev
		}
	}
}

// attackNoun remembers isAttackNoun of the nouns of events asked about:
// armedAttacks asks it of every one in every sentence.
var attackNoun memo.Strings[bool]

func isAttackNoun(noun string) bool { return lexicon.Classes(noun, lexicon.Noun).Has(lexicon.Attack) }

// isWeapon reports whether a noun names arms: a weapon, weaponry (guns,
// mortars) or a projectile (a rocket, a missile).
func isWeapon(noun string) bool {
	return lexicon.Classes(noun, lexicon.Noun).Has(lexicon.Weapon) || lexicon.IsA(noun, lexicon.Noun, "weaponry") || lexicon.IsA(noun, lexicon.Noun, "projectile")
}
