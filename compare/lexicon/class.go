package lexicon

import (
	"bufio"
	_ "embed"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

// classesFile names each class by its WordNet anchor synsets; a synset is
// in a class when it is an anchor or lies below one through hypernyms.
//
//go:embed data/classes.txt
var classesFile string

// Class is a kind of event or thing that claims are about, defined in
// data/classes.txt by WordNet synsets, never by lists of words.
type Class uint8

// The classes; data/classes.txt defines each by its anchors, under the
// name String returns.
const (
	Death Class = iota
	Injury
	Meeting
	Election
	Attack
	Accident
	Arrest
	Trial
	Sentence // a punishment a court gives
	Money
	Person
	Place
	Organisation
	Vehicle
	Building
	Weapon
	Period // a span of time: a year, a season, a term
	Disaster
	Explosion
	Fighting
	Protest
	Agreement
	Opening
	Closure
	Resignation
	Evacuation
	Increase
	Decrease
	Kidnapping
	Release // setting free: hostages, prisoners
	numClasses
)

var classNames = [numClasses]string{
	Death: "death", Injury: "injury", Meeting: "meeting", Election: "election",
	Attack: "attack", Accident: "accident", Arrest: "arrest", Trial: "trial",
	Sentence: "sentence", Money: "money", Person: "person", Place: "place",
	Organisation: "organisation", Vehicle: "vehicle", Building: "building",
	Weapon: "weapon", Period: "period", Disaster: "disaster",
	Explosion: "explosion", Fighting: "fighting", Protest: "protest",
	Agreement: "agreement", Opening: "opening", Closure: "closure",
	Resignation: "resignation", Evacuation: "evacuation", Increase: "increase",
	Decrease: "decrease", Kidnapping: "kidnapping", Release: "release",
}

func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// ClassByName returns the class String names, and false if there is none.
func ClassByName(name string) (Class, bool) {
	for c, n := range classNames {
		if n == name {
			return Class(c), true
		}
	}
	return 0, false
}

// ClassSet is a set of classes. The zero ClassSet is empty.
type ClassSet uint64

// Has reports whether c is in the set.
func (cs ClassSet) Has(c Class) bool { return c < 64 && cs&(1<<c) != 0 }

// Classes returns the classes in the set, in the order of the constants.
func (cs ClassSet) Classes() []Class {
	var out []Class
	for x := uint64(cs); x != 0; x &= x - 1 {
		out = append(out, Class(bits.TrailingZeros64(x)))
	}
	return out
}

func (cs ClassSet) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, c := range cs.Classes() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(c.String())
	}
	b.WriteByte('}')
	return b.String()
}

// resolveClasses reads the class file (name, then anchors written
// lemma.pos.sense, "killing.n.2" being the second noun sense of "killing"
// in WordNet's order, or as synset IDs) and gives every synset the classes of its anchors
// above it.
func (t *table) resolveClasses(file string) error {
	anchors := make([]ClassSet, len(t.synPos))
	seen := map[Class]bool{}
	sc := bufio.NewScanner(strings.NewReader(file))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		if len(fs) == 0 {
			continue
		}
		c, ok := ClassByName(fs[0])
		if !ok {
			return fmt.Errorf("data/classes.txt:%d: unknown class %q", n, fs[0])
		}
		if len(fs) < 2 {
			return fmt.Errorf("data/classes.txt:%d: class %s has no anchors", n, c)
		}
		seen[c] = true
		for _, a := range fs[1:] {
			s, err := t.anchor(a)
			if err != nil {
				return fmt.Errorf("data/classes.txt:%d: %w", n, err)
			}
			anchors[s] |= 1 << c
		}
	}
	for c := range numClasses {
		if !seen[c] {
			return fmt.Errorf("data/classes.txt: class %s has no line", c)
		}
	}

	// A synset's classes are its own anchors' and those of every synset
	// above it; memoised, each synset is visited once.
	t.classes = make([]ClassSet, len(t.synPos))
	done := make([]bool, len(t.synPos))
	var visit func(s uint32) ClassSet
	visit = func(s uint32) ClassSet {
		if done[s] {
			return t.classes[s]
		}
		done[s] = true // WordNet's hypernyms have no cycles; this guards anyway
		cs := anchors[s]
		for _, p := range t.pointers(s) {
			if p.kind == ptrHypernym || p.kind == ptrInstanceHypernym {
				cs |= visit(p.target)
			}
		}
		t.classes[s] = cs
		return cs
	}
	for s := range t.synPos {
		visit(uint32(s))
	}
	return nil
}

// anchor resolves "lemma.pos.sense" (underscores for spaces) or a synset
// ID such as "07314427-n" where no lemma names the synset first.
func (t *table) anchor(a string) (uint32, error) {
	if s, ok := synsetByID(t, a); ok {
		return s.i - 1, nil
	}
	parts := strings.Split(a, ".")
	if len(parts) < 3 {
		return 0, fmt.Errorf("anchor %q is not lemma.pos.sense", a)
	}
	k := len(parts)
	lemma := strings.ReplaceAll(strings.Join(parts[:k-2], "."), "_", " ")
	pos := strings.Index("nvar", parts[k-2])
	sense, err := strconv.Atoi(parts[k-1])
	if len(parts[k-2]) != 1 || pos < 0 || err != nil || sense < 1 {
		return 0, fmt.Errorf("anchor %q is not lemma.pos.sense", a)
	}
	l, ok := t.lemmaID.Get(lemma)
	if !ok {
		return 0, fmt.Errorf("anchor %q: WordNet has no %q", a, lemma)
	}
	ss := t.sensesOf(l, POS(pos+1))
	if sense > len(ss) {
		return 0, fmt.Errorf("anchor %q: %q has %d senses as %s", a, lemma, len(ss), POS(pos+1))
	}
	return ss[sense-1], nil
}

// eventLexFiles are WordNet's lexicographer files (lexnames(5WN)) whose
// nouns name what happens (acts, events, processes, phenomena, states,
// and communication such as talks or a verdict): only through these does
// a verb share a noun's classes, so that "kill" gains what "killing"
// has, not what "killer" (a person) has.
var eventLexFiles = [64]bool{4: true, 10: true, 11: true, 19: true, 22: true, 26: true}

// Classes returns the classes of word as the given part of speech (Noun or
// Verb), through the hypernyms of its first MaxSenses senses, most
// frequent first in WordNet's order, and for events also through the
// nouns derived from a verb or the verbs derived from a noun: "slay" is
// Death because it is a kind of "kill", "fatality" because it is a kind of
// "death", "massacre" because it is a kind of "killing". Other parts of
// speech have no classes. It does not allocate.
func Classes(word string, pos POS) ClassSet {
	if pos != Noun && pos != Verb {
		return 0
	}
	t := tbl()
	ss, l := t.sensesOfWord(word, pos)
	var cs ClassSet
	var sa [MaxSenses]uint32
	for _, s := range t.considered(word, ss, &sa) {
		cs |= t.classes[s]
		src := t.wordNumber(s, l)
		if pos == Noun && !eventLexFiles[t.synLex[s]&63] {
			continue
		}
		for _, p := range t.pointers(s) {
			if p.kind != ptrDerivation || p.src != src {
				continue
			}
			switch filePOS(t.synPos[p.target]) {
			case byte(Noun):
				if pos == Verb && eventLexFiles[t.synLex[p.target]&63] {
					cs |= t.classes[p.target]
				}
			case byte(Verb):
				if pos == Noun {
					cs |= t.classes[p.target]
				}
			}
		}
	}
	return cs
}

// Classes returns the classes of the synset, through its hypernyms.
func (s Synset) Classes() ClassSet {
	i, ok := s.idx()
	if !ok {
		return 0
	}
	return tbl().classes[i]
}

// NameClasses returns the classes of a proper name ("Seoul", "NATO")
// whose most frequent noun sense in WordNet is a named individual, or, for
// a name of several words or in capitals, that has one sense only
// (WordNet files some bodies as kinds: "World Bank"); none for a name
// WordNet does not know or knows first as a common noun ("Rice" is first
// a grain, "Bush" a shrub, "Military" the armed forces).
func NameClasses(name string) ClassSet {
	t := tbl()
	ss, _ := t.sensesOfWord(name, Noun)
	if len(ss) == 0 {
		return 0
	}
	if !t.isInstance(ss[0]) && (len(ss) > 1 || !strings.Contains(name, " ") && strings.ToUpper(name) != name) {
		return 0
	}
	return t.classes[ss[0]]
}
