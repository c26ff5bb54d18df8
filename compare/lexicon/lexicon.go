package lexicon

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// POS is a WordNet part of speech. Adjective satellites count as Adj.
type POS uint8

// The parts of speech WordNet has.
const (
	Noun POS = 1 + iota
	Verb
	Adj
	Adv
)

func (p POS) String() string {
	switch p {
	case Noun:
		return "noun"
	case Verb:
		return "verb"
	case Adj:
		return "adjective"
	case Adv:
		return "adverb"
	}
	return "POS(" + strconv.Itoa(int(p)) + ")"
}

func (p POS) valid() bool { return p >= Noun && p <= Adv }

// MaxSenses is how many senses of a word, most frequent first in
// WordNet's order, the word-level questions (Classes, IsA, PartOf)
// consider; named instances (capitalised in WordNet) are skipped unless
// the word is written with a capital. WordNet orders senses by how often
// they were tagged in its concordance texts (mostly fiction and general
// prose of the 1960s), so a sense common in news can come late: a police
// officer is the third sense of "officer", a trial at law the fourth of
// "trial". Past the fourth, a word is rarely meant in news or
// documentation ("meeting" as a confluence of rivers is the sixth).
const MaxSenses = 4

// maxWord bounds the words looked up; WordNet's longest lemma is shorter.
const maxWord = 96

// normalise writes word into buf as the table spells lemmas: lower case,
// a space between the words of a collocation. It reports false for words
// WordNet cannot hold (empty or too long).
func normalise(word string, buf *[maxWord]byte) ([]byte, bool) {
	word = strings.TrimSpace(word)
	if word == "" || len(word) > maxWord {
		return nil, false
	}
	b := buf[:len(word)]
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '_':
			c = ' '
		}
		b[i] = c
	}
	return b, true
}

// detach lists Morphy's rules of detachment (morphy(7WN)) per part of
// speech: an inflectional ending and what replaces it. Adverbs have none.
var detach = [5][]struct{ suffix, ending string }{
	Noun: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	Verb: {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	Adj:  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// maxLemmas bounds the base forms of one word: a few exception bases, the
// word itself and one per rule of detachment.
const maxLemmas = 16

// lemmas writes the lemma indexes of word as pos into out, in Morphy's
// order: the exception list's bases first (went → go, saw → see), then the
// word itself if WordNet has it, then the rules of detachment in turn;
// except that a noun WordNet has comes before its exceptions.
// It stops once it has limit of them: most callers want only the first.
func (t *table) lemmas(word string, pos POS, out *[maxLemmas]uint32, limit int) int {
	if !pos.valid() {
		return 0
	}
	var buf [maxWord]byte
	b, ok := normalise(word, &buf)
	if !ok {
		return 0
	}
	if n := t.lemmasOf(b, pos, out, limit); n > 0 || bytes.IndexByte(b, '-') < 0 {
		return n
	}
	// WordNet spells most compounds written with a hyphen as one word or
	// as a collocation: "run-off" is "runoff", "cut-off" is "cut off".
	var v [maxWord]byte
	joined := v[:0]
	for _, c := range b {
		if c != '-' {
			joined = append(joined, c)
		}
	}
	if n := t.lemmasOf(joined, pos, out, limit); n > 0 {
		return n
	}
	spaced := v[:len(b)]
	for i, c := range b {
		if c == '-' {
			c = ' '
		}
		spaced[i] = c
	}
	return t.lemmasOf(spaced, pos, out, limit)
}

// lemmasOf is lemmas of a word already normalised.
func (t *table) lemmasOf(b []byte, pos POS, out *[maxLemmas]uint32, limit int) int {
	n := 0
	add := func(l uint32) {
		for _, x := range out[:n] {
			if x == l {
				return
			}
		}
		if n < min(limit, maxLemmas) {
			out[n] = l
			n++
		}
	}
	full := func() bool { return n >= limit }
	has := func(l uint32) bool { return len(t.sensesOf(l, pos)) > 0 }
	self, isLemma := t.lemmaID.GetBytes(b)
	isLemma = isLemma && has(self)
	// A noun that is a lemma of its own is rarely meant as the plural the
	// exception list makes of it ("data" is not "datum", "dive" not
	// "diva"), while a verb form is usually the past tense ("found" is
	// "find" more often than "found" a company).
	if isLemma && pos == Noun {
		add(self)
		if full() {
			return n
		}
	}
	if e, ok := t.exc[pos-1].GetBytes(b); ok {
		for _, l := range t.excBases[t.excOff[e]:t.excOff[e+1]] {
			add(l)
		}
	}
	if isLemma {
		add(self)
	}
	if full() {
		return n
	}
	var cand [maxWord + 4]byte
	for _, r := range detach[pos] {
		if len(b) <= len(r.suffix) || string(b[len(b)-len(r.suffix):]) != r.suffix {
			continue
		}
		c := append(cand[:0], b[:len(b)-len(r.suffix)]...)
		c = append(c, r.ending...)
		if l, ok := t.lemmaID.GetBytes(c); ok && has(l) {
			add(l)
			if full() {
				return n
			}
		}
	}
	return n
}

// Lemma returns the base form of word as the given part of speech, as
// WordNet's Morphy finds it: lexicon.Lemma("went", lexicon.Verb) is "go",
// lexicon.Lemma("meetings", lexicon.Noun) is "meeting". Case is folded and
// the words of a collocation are joined by spaces ("police officer").
// Where a word has several base forms the exception list's come first for
// verbs and adjectives ("found" is "find", "better" is "good") and the
// word itself first for nouns ("data" stays "data"). It returns "" when
// WordNet has no such word. It does not allocate.
func Lemma(word string, pos POS) string {
	t := tbl()
	var out [maxLemmas]uint32
	if t.lemmas(word, pos, &out, 1) == 0 {
		return ""
	}
	return t.lemma(out[0])
}

// Lemmas returns every base form of word as the given part of speech, the
// one Lemma returns first: "axes" is both "ax" and "axis".
func Lemmas(word string, pos POS) []string {
	t := tbl()
	var out [maxLemmas]uint32
	n := t.lemmas(word, pos, &out, maxLemmas)
	if n == 0 {
		return nil
	}
	ls := make([]string, n)
	for i, l := range out[:n] {
		ls[i] = t.lemma(l)
	}
	return ls
}

// sensesOfWord returns the senses of word's first lemma as pos, most frequent
// first, and that lemma's index.
func (t *table) sensesOfWord(word string, pos POS) ([]uint32, uint32) {
	var out [maxLemmas]uint32
	if t.lemmas(word, pos, &out, 1) == 0 {
		return nil, 0
	}
	return t.sensesOf(out[0], pos), out[0]
}

// considered returns the senses of ss that the word-level questions look
// at: the first MaxSenses, leaving out named instances (Johnny Cash is
// the third noun sense of "cash", Herbert Tree one of "tree") unless the
// word was written with a capital letter.
func (t *table) considered(word string, ss []uint32, out *[MaxSenses]uint32) []uint32 {
	proper := false
	for i := 0; i < len(word); i++ {
		if 'A' <= word[i] && word[i] <= 'Z' {
			proper = true
			break
		}
	}
	n := 0
	for _, s := range ss {
		if n == MaxSenses {
			break
		}
		if !proper && t.isInstance(s) {
			continue
		}
		out[n] = s
		n++
	}
	return out[:n]
}

// isInstance reports whether s is a named individual: a person, place or
// thing that WordNet files as an instance of a kind.
func (t *table) isInstance(s uint32) bool {
	for _, p := range t.pointers(s) {
		if p.kind == ptrInstanceHypernym {
			return true
		}
	}
	return false
}

// Synsets returns the senses of word (lemmatised as Lemma does) as the
// given part of speech, most frequent first, as WordNet orders them.
func Synsets(word string, pos POS) []Synset {
	ss, _ := tbl().sensesOfWord(word, pos)
	return synsetsOf(ss)
}

// synsetsOf returns the synsets of the table's sense indexes ss.
func synsetsOf(ss []uint32) []Synset {
	out := make([]Synset, len(ss))
	for i, s := range ss {
		out[i] = Synset{s + 1}
	}
	return out
}

// SynsetsOfLemma returns the senses of lemma itself as the given part of
// speech, most frequent first, when WordNet has it as a base form: a
// lemma the parse gave is not lemmatised again ("found" of "founded" is
// to found, though Synsets("found") reads a form of "find"). It returns
// nil when lemma is no base form WordNet has.
func SynsetsOfLemma(lemma string, pos POS) []Synset {
	t := tbl()
	var buf [maxWord]byte
	b, ok := normalise(lemma, &buf)
	if !ok {
		return nil
	}
	var out [maxLemmas]uint32
	n := t.lemmas(lemma, pos, &out, maxLemmas)
	for _, l := range out[:n] {
		if t.lemma(l) != string(b) {
			continue
		}
		return synsetsOf(t.sensesOf(l, pos))
	}
	return nil
}

// Synonyms returns the other words of word's most frequent sense as the
// given part of speech: Synonyms("car", Noun) holds "automobile".
func Synonyms(word string, pos POS) []string {
	t := tbl()
	ss, l := t.sensesOfWord(word, pos)
	if len(ss) == 0 {
		return nil
	}
	var out []string
	for _, w := range t.wordsOf(ss[0]) {
		if w != l {
			out = appendNew(out, t.lemma(w))
		}
	}
	return out
}

// Headword returns the first word of word's most frequent sense as the
// given part of speech, the name WordNet gives that sense: "stevedore"
// for "docker" and for "dock worker", "car" for "automobile"; "" for a
// word WordNet does not know. Two words of one headword are one thing in
// their usual sense.
func Headword(word string, pos POS) string {
	t := tbl()
	ss, _ := t.sensesOfWord(word, pos)
	if len(ss) == 0 {
		return ""
	}
	ws := t.wordsOf(ss[0])
	if len(ws) == 0 {
		return ""
	}
	return t.lemma(ws[0])
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// wordNumber is the position, from 1, of lemma among the words of synset
// s, as lexical pointers number them; 0 if it is not there.
func (t *table) wordNumber(s, lemma uint32) byte {
	for i, w := range t.wordsOf(s) {
		if w == lemma {
			return byte(i + 1)
		}
	}
	return 0
}

// lexical collects the words that word's senses point at with pointers of
// the given kinds, from word itself, in sense order; keep filters the
// target synsets.
func (t *table) lexical(word string, pos POS, kinds []byte, keep func(uint32) bool) []string {
	ss, l := t.sensesOfWord(word, pos)
	var out []string
	for _, s := range ss {
		src := t.wordNumber(s, l)
		for _, p := range t.pointers(s) {
			if p.src != src || !containsByte(kinds, p.kind) || (keep != nil && !keep(p.target)) {
				continue
			}
			ws := t.wordsOf(p.target)
			if int(p.dst) >= 1 && int(p.dst) <= len(ws) {
				out = appendNew(out, t.lemma(ws[p.dst-1]))
			}
		}
	}
	return out
}

func containsByte(bs []byte, b byte) bool {
	for _, x := range bs {
		if x == b {
			return true
		}
	}
	return false
}

// Derived returns the words of part of speech to that WordNet derives from
// word as part of speech from, or word from them, most frequent sense
// first: Derived("die", Verb, Noun) holds "death", Derived("election",
// Noun, Verb) holds "elect". Adjectives also reach the nouns they pertain
// to ("presidential" → "president").
func Derived(word string, from, to POS) []string {
	t := tbl()
	if !to.valid() {
		return nil
	}
	return t.lexical(word, from, []byte{ptrDerivation, ptrPertainym}, func(s uint32) bool {
		return POS(filePOS(t.synPos[s])) == to
	})
}

// Antonyms returns the words WordNet gives as opposites of word, most
// frequent sense first: Antonyms("win", Verb) holds "lose".
func Antonyms(word string, pos POS) []string {
	return tbl().lexical(word, pos, []byte{ptrAntonym}, nil)
}

// Similar returns the adjectives WordNet lists as similar to the senses
// of adjective word, most frequent sense first: a satellite such as
// "huge" leads to its head "large", a head to its satellites.
func Similar(word string) []string {
	t := tbl()
	ss, _ := t.sensesOfWord(word, Adj)
	var out []string
	for _, s := range ss {
		for _, p := range t.pointers(s) {
			if p.kind == ptrSimilar {
				for _, w := range t.wordsOf(p.target) {
					out = appendNew(out, t.lemma(w))
				}
			}
		}
	}
	return out
}

// IsA reports whether word, as pos, is a kind (or an instance) of kind,
// as the same part of speech: IsA("sedan", Noun, "car") and
// IsA("massacre", Noun, "killing") are true. Both words are taken in
// their first MaxSenses senses. It does not allocate.
func IsA(word string, pos POS, kind string) bool {
	t := tbl()
	ws, _ := t.sensesOfWord(word, pos)
	ks, _ := t.sensesOfWord(kind, pos)
	var wa, ka [MaxSenses]uint32
	ks = t.considered(kind, ks, &ka)
	for _, s := range t.considered(word, ws, &wa) {
		if t.reaches(s, func(a uint32) bool { return containsU32(ks, a) }, hypernymKinds) {
			return true
		}
	}
	return false
}

// AnySenseIsA is IsA over every sense of word, not only its first
// MaxSenses: a rarer sense counts ("points" of an index are units of
// measurement, though a point is first a place).
func AnySenseIsA(word string, pos POS, kind string) bool {
	t := tbl()
	ws, _ := t.sensesOfWord(word, pos)
	ks, _ := t.sensesOfWord(kind, pos)
	var ka [MaxSenses]uint32
	ks = t.considered(kind, ks, &ka)
	for _, s := range ws {
		if t.reaches(s, func(a uint32) bool { return containsU32(ks, a) }, hypernymKinds) {
			return true
		}
	}
	return false
}

// FirstClassOf returns the class, among classes, of the most frequent
// sense of word as pos that has one of them (a sense's classes tried in
// the order given), and whether there is one: "fall" is first a drop to
// the ground, but one of its senses is a decrease.
func FirstClassOf(word string, pos POS, classes ...Class) (Class, bool) {
	for _, s := range Synsets(word, pos) {
		cs := s.Classes()
		for _, c := range classes {
			if cs.Has(c) {
				return c, true
			}
		}
	}
	return 0, false
}

// Lexicographer files (lexnames(5WN)) that Synset.LexFile gives and the
// packages ask about.
const (
	NounAct      = 4  // noun.act: acts and actions ("robbery")
	NounArtifact = 6  // noun.artifact: things people make ("satellite")
	NounEvent    = 11 // noun.event: happenings ("sinking")
	NounGroup    = 14 // noun.group: groupings of people or things ("ministry", "board")
	NounPerson   = 18 // noun.person: people ("driver")
	NounProcess  = 22 // noun.process: processes
	VerbStative  = 42 // verb.stative: being and having ("live", "exist")
)

func containsU32(xs []uint32, x uint32) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var hypernymKinds = []byte{ptrHypernym, ptrInstanceHypernym}

// reaches reports whether match holds for s or a synset above it through
// pointers of the given kinds. The walk keeps its stack in a fixed array
// so that the common case does not allocate; WordNet's hypernym graph is
// a shallow DAG (under 20 levels), so a synset is rarely seen twice.
func (t *table) reaches(s uint32, match func(uint32) bool, kinds []byte) bool {
	var arr [64]uint32
	stack := append(arr[:0], s)
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if match(s) {
			return true
		}
		for _, p := range t.pointers(s) {
			if containsByte(kinds, p.kind) {
				stack = append(stack, p.target)
			}
		}
	}
	return false
}

var holonymKinds = []byte{ptrMemberHolonym, ptrPartHolonym, ptrSubstanceHolonym}

// PartOf reports whether noun part is, or may be, a member, part or
// substance of noun whole: PartOf("officer", "police") because a police
// officer is a member of the police, PartOf("soldier", "army") because a
// soldier is a serviceman, servicemen belong to military units, those to
// an armed service, and an army is an armed service. The walk goes up
// from part through hypernyms and then holonyms of holonyms; it matches
// a holonym that is whole or a kind of whole, or that whole is a kind of. Both nouns are
// taken in their first MaxSenses senses. It does not allocate.
func PartOf(part, whole string) bool {
	t := tbl()
	ps, _ := t.sensesOfWord(part, Noun)
	ws, _ := t.sensesOfWord(whole, Noun)
	var pa, wa [MaxSenses]uint32
	ws = t.considered(whole, ws, &wa)
	if len(ws) == 0 {
		return false
	}
	type step struct {
		s       uint32
		holonym bool // reached through at least one holonym
	}
	var arr [64]step
	stack := arr[:0]
	for _, s := range t.considered(part, ps, &pa) {
		stack = append(stack, step{s, false})
	}
	// The holonym and hypernym graphs together are still small above any
	// noun; the budget keeps a pathological walk linear anyway.
	for budget := 4096; len(stack) > 0 && budget > 0; budget-- {
		st := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if st.holonym {
			if t.reaches(st.s, func(a uint32) bool { return containsU32(ws, a) }, hypernymKinds) {
				return true
			}
			for _, w := range ws {
				if t.reaches(w, func(a uint32) bool { return a == st.s }, hypernymKinds) {
					return true
				}
			}
		}
		for _, p := range t.pointers(st.s) {
			switch {
			case containsByte(hypernymKinds, p.kind) && !st.holonym:
				// Above a holonym the walk stays among wholes: a member of
				// a military unit is not thereby a member of every group.
				stack = append(stack, step{p.target, false})
			case containsByte(holonymKinds, p.kind):
				stack = append(stack, step{p.target, true})
			}
		}
	}
	return false
}

// Synset is one WordNet sense: a set of words with one meaning. The zero
// Synset is no synset. Two Synsets are equal when they are the same
// WordNet 3.0 synset, and ID names it the same way in every build.
type Synset struct{ i uint32 } // index into the table + 1

func (s Synset) idx() (uint32, bool) {
	if s.i == 0 || int(s.i) > len(tbl().synPos) {
		return 0, false
	}
	return s.i - 1, true
}

// ID returns WordNet 3.0's identity of the synset: its offset in the data
// file and its type, as "01144416-n" (n, v, a, s for satellites, r).
// It is "" for the zero Synset.
func (s Synset) ID() string {
	i, ok := s.idx()
	if !ok {
		return ""
	}
	t := tbl()
	return fmt.Sprintf("%08d-%c", t.synOffset[i], "?nvars"[t.synPos[i]])
}

// String returns the synset's ID and first word, as "01144416-n(massacre)".
func (s Synset) String() string {
	ws := s.Words()
	if len(ws) == 0 {
		return "Synset()"
	}
	return s.ID() + "(" + ws[0] + ")"
}

// SynsetByID returns the synset ID names ("01144416-n"), and false if
// there is none.
func SynsetByID(id string) (Synset, bool) { return synsetByID(tbl(), id) }

func synsetByID(t *table, id string) (Synset, bool) {
	if len(id) != 10 || id[8] != '-' {
		return Synset{}, false
	}
	off, err := strconv.ParseUint(id[:8], 10, 32)
	typ := strings.IndexByte("?nvars", id[9])
	if err != nil || typ < 1 {
		return Synset{}, false
	}
	// Synsets are sorted by data file, then offset.
	lo, hi := 0, len(t.synPos)
	key := func(i int) (byte, uint32) { return filePOS(t.synPos[i]), t.synOffset[i] }
	want := filePOS(byte(typ))
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		p, o := key(m)
		if p < want || (p == want && o < uint32(off)) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.synPos) && t.synPos[lo] == byte(typ) && t.synOffset[lo] == uint32(off) {
		return Synset{uint32(lo) + 1}, true
	}
	return Synset{}, false
}

// POS returns the synset's part of speech; adjective satellites are Adj.
func (s Synset) POS() POS {
	i, ok := s.idx()
	if !ok {
		return 0
	}
	return POS(filePOS(tbl().synPos[i]))
}

// LexFile returns the number of the synset's lexicographer file
// (lexnames(5WN): 42 is verb.stative, 29 verb.body), or -1.
func (s Synset) LexFile() int {
	i, ok := s.idx()
	if !ok {
		return -1
	}
	return int(tbl().synLex[i] & 63)
}

// IsInstance reports whether the synset is a named individual, a
// person, place or thing WordNet files as an instance of a kind ("Sofia"
// the city), not a kind itself.
func (s Synset) IsInstance() bool {
	i, ok := s.idx()
	return ok && tbl().isInstance(i)
}

// Words returns the synset's words, in WordNet's order.
func (s Synset) Words() []string {
	i, ok := s.idx()
	if !ok {
		return nil
	}
	t := tbl()
	ws := t.wordsOf(i)
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = t.lemma(w)
	}
	return out
}

func (s Synset) related(kinds []byte) []Synset {
	i, ok := s.idx()
	if !ok {
		return nil
	}
	var out []Synset
	for _, p := range tbl().pointers(i) {
		if p.src == 0 && containsByte(kinds, p.kind) {
			out = append(out, Synset{p.target + 1})
		}
	}
	return out
}

// Hypernyms returns the synsets the synset is directly a kind or an
// instance of.
func (s Synset) Hypernyms() []Synset { return s.related(hypernymKinds) }

// Holonyms returns the synsets the synset is directly a member, part or
// substance of.
func (s Synset) Holonyms() []Synset { return s.related(holonymKinds) }

// IsA reports whether s is kind or lies below it through hypernyms.
func (s Synset) IsA(kind Synset) bool {
	i, ok := s.idx()
	k, ok2 := kind.idx()
	if !ok || !ok2 {
		return false
	}
	return tbl().reaches(i, func(a uint32) bool { return a == k }, hypernymKinds)
}

// IsAny reports whether s.IsA(k) for one of kinds, in one walk up the
// hypernyms rather than one per kind.
func (s Synset) IsAny(kinds ...Synset) bool {
	i, ok := s.idx()
	if !ok {
		return false
	}
	var arr [8]uint32
	ks := arr[:0]
	for _, k := range kinds {
		if j, ok := k.idx(); ok {
			ks = append(ks, j)
		}
	}
	return len(ks) > 0 && tbl().reaches(i, func(a uint32) bool { return containsU32(ks, a) }, hypernymKinds)
}
