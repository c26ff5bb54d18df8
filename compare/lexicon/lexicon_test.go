package lexicon

import (
	"bytes"
	"slices"
	"testing"
)

func TestLemma(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want string
	}{
		{"went", Verb, "go"},          // exception list
		{"dying", Verb, "die"},        // exception list
		{"killed", Verb, "kill"},      // -ed
		{"elects", Verb, "elect"},     // -s
		{"carried", Verb, "carry"},    // exception or -ied
		{"meetings", Noun, "meeting"}, // -s
		{"buses", Noun, "bus"},        // -ses → -s
		{"churches", Noun, "church"},  // -ches
		{"policemen", Noun, "policeman"},
		{"children", Noun, "child"},
		{"bigger", Adj, "big"},
		{"safest", Adj, "safe"},
		{"talks", Noun, "talks"},      // a lemma of its own (negotiations)
		{"Killed", Verb, "kill"},      // case folded
		{" dollars ", Noun, "dollar"}, // space trimmed
		{"run-offs", Noun, "runoff"},  // a hyphen WordNet does not write
		{"set-up", Noun, "setup"},
		{"well-known", Adj, "well-known"}, // a hyphen WordNet writes
		{"police_officer", Noun, "police officer"},
		{"Police Officer", Noun, "police officer"},
		{"xyzzyq", Noun, ""},
		{"", Noun, ""},
		{"went", Noun, ""}, // not a noun
		{"went", 0, ""},    // no part of speech
		{"went", 9, ""},
	}
	for _, tt := range tests {
		if got := Lemma(tt.word, tt.pos); got != tt.want {
			t.Errorf("Lemma(%q, %v) = %q, want %q", tt.word, tt.pos, got, tt.want)
		}
	}
}

func TestLemmas(t *testing.T) {
	got := Lemmas("axes", Noun)
	for _, want := range []string{"ax", "axis"} {
		if !slices.Contains(got, want) {
			t.Errorf("Lemmas(axes, Noun) = %q, want it to hold %q", got, want)
		}
	}
	if got := Lemmas("qqqq", Verb); got != nil {
		t.Errorf("Lemmas(qqqq, Verb) = %q, want nil", got)
	}
}

func TestDerived(t *testing.T) {
	tests := []struct {
		word     string
		from, to POS
		want     string
	}{
		{"die", Verb, Noun, "death"},
		{"meet", Verb, Noun, "meeting"},
		{"elect", Verb, Noun, "election"},
		{"kill", Verb, Noun, "killing"},
		{"killed", Verb, Noun, "killing"}, // lemmatised first
		{"injure", Verb, Noun, "injury"},
		{"arrest", Verb, Noun, "arrest"},
		{"election", Noun, Verb, "elect"},
		{"death", Noun, Verb, "die"},
		{"presidential", Adj, Noun, "president"}, // pertainym
	}
	for _, tt := range tests {
		if got := Derived(tt.word, tt.from, tt.to); !slices.Contains(got, tt.want) {
			t.Errorf("Derived(%q, %v, %v) = %q, want it to hold %q", tt.word, tt.from, tt.to, got, tt.want)
		}
	}
	if got := Derived("die", Verb, Adv); slices.Contains(got, "death") {
		t.Errorf("Derived(die, Verb, Adv) = %q, holds a noun", got)
	}
	if got := Derived("die", Verb, 0); got != nil {
		t.Errorf("Derived(die, Verb, 0) = %q, want nil", got)
	}
}

func TestAntonyms(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want string
	}{
		{"rise", Verb, "fall"},
		{"fall", Verb, "rise"},
		{"win", Verb, "lose"},
		{"lose", Verb, "win"},
		{"increase", Noun, "decrease"},
		{"large", Adj, "small"},
	}
	for _, tt := range tests {
		if got := Antonyms(tt.word, tt.pos); !slices.Contains(got, tt.want) {
			t.Errorf("Antonyms(%q, %v) = %q, want it to hold %q", tt.word, tt.pos, got, tt.want)
		}
	}
	if got := Antonyms("win", Verb); slices.Contains(got, "win") {
		t.Errorf("Antonyms(win, Verb) = %q, holds the word itself", got)
	}
}

func TestSimilarAndSynonyms(t *testing.T) {
	if got := Similar("huge"); !slices.Contains(got, "large") {
		t.Errorf("Similar(huge) = %q, want it to hold large", got)
	}
	if got := Similar("large"); !slices.Contains(got, "huge") {
		t.Errorf("Similar(large) = %q, want it to hold huge", got)
	}
	if got := Synonyms("car", Noun); !slices.Contains(got, "automobile") || slices.Contains(got, "car") {
		t.Errorf("Synonyms(car, Noun) = %q, want automobile and not car", got)
	}
	if got := Synonyms("slay", Verb); !slices.Contains(got, "murder") {
		t.Errorf("Synonyms(slay, Verb) = %q, want it to hold murder", got)
	}
}

func TestHeadword(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"dockers", "dock worker"}, // a word and a compound of one sense
		{"automobiles", "car"},
		{"physician", "doctor"},
		{"pupils", "students"},
	} {
		if x, y := Headword(c.a, Noun), Headword(c.b, Noun); x == "" || x != y {
			t.Errorf("Headword(%s) = %q, Headword(%s) = %q, want one non-empty word", c.a, x, c.b, y)
		}
	}
	for _, c := range []struct{ a, b string }{
		{"seats", "places"},    // a seat's first sense is a place, a place's is not a seat
		{"ships", "vessels"},   // a kind of vessel, not a synonym
		{"troops", "soldiers"}, // a body of soldiers
		{"protesters", "teachers"},
	} {
		if x, y := Headword(c.a, Noun), Headword(c.b, Noun); x == y {
			t.Errorf("Headword(%s) = Headword(%s) = %q, want two", c.a, c.b, x)
		}
	}
	if got := Headword("qwzxv", Noun); got != "" {
		t.Errorf("Headword(qwzxv) = %q, want none", got)
	}
}

func TestIsA(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		kind string
		want bool
	}{
		{"massacre", Noun, "killing", true},
		{"sedan", Noun, "car", true},
		{"sedans", Noun, "vehicle", true},
		{"summit", Noun, "meeting", true}, // third sense
		{"slay", Verb, "kill", true},
		{"assassinated", Verb, "kill", true},
		{"bank", Noun, "vehicle", false},
		{"car", Noun, "sedan", false}, // upward only
		{"meeting", Noun, "killing", false},
		{"nosuchword", Noun, "car", false},
	}
	for _, tt := range tests {
		if got := IsA(tt.word, tt.pos, tt.kind); got != tt.want {
			t.Errorf("IsA(%q, %v, %q) = %v, want %v", tt.word, tt.pos, tt.kind, got, tt.want)
		}
	}
}

func TestPartOf(t *testing.T) {
	tests := []struct {
		part, whole string
		want        bool
	}{
		{"officer", "police", true},
		{"policemen", "police", true},
		{"soldier", "army", true},
		{"general", "army", true},
		{"wheel", "car", true},
		{"bank", "army", false},
		{"police", "officer", false}, // the whole is not part of its member
		{"soldier", "police", false},
		{"car", "wheel", false},
		{"", "army", false},
	}
	for _, tt := range tests {
		if got := PartOf(tt.part, tt.whole); got != tt.want {
			t.Errorf("PartOf(%q, %q) = %v, want %v", tt.part, tt.whole, got, tt.want)
		}
	}
}

func TestSynsets(t *testing.T) {
	ss := Synsets("death", Noun)
	if len(ss) < 5 {
		t.Fatalf("Synsets(death, Noun) = %v, want WordNet's 8 senses", ss)
	}
	// WordNet's first sense of "death" is the event of dying; its ID is
	// WordNet 3.0's own (offset in data.noun), the same in every build.
	if got, want := ss[0].ID(), "07355491-n"; got != want {
		t.Errorf("Synsets(death, Noun)[0].ID() = %q, want %q", got, want)
	}
	if got := ss[0].Words(); !slices.Contains(got, "decease") {
		t.Errorf("first sense of death has words %q, want decease among them", got)
	}
	if got := ss[0].POS(); got != Noun {
		t.Errorf("POS of %v = %v, want noun", ss[0], got)
	}
	if !ss[0].Classes().Has(Death) {
		t.Errorf("%v.Classes() = %v, want death", ss[0], ss[0].Classes())
	}
	kill := Synsets("kill", Verb)[0]
	if murder := Synsets("murder", Verb)[0]; !murder.IsA(kill) || kill.IsA(murder) {
		t.Errorf("%v.IsA(%v) should hold and not the reverse", murder, kill)
	}
	murder := Synsets("murder", Verb)[0]
	if !murder.IsAny(Synsets("talk", Verb)[0], kill) || murder.IsAny(Synsets("talk", Verb)[0]) || kill.IsAny(murder) || murder.IsAny() {
		t.Errorf("%v.IsAny should hold of a list holding %v, and of no list without it", murder, kill)
	}
	officer := Synsets("officer", Noun)[2]
	if hs := officer.Holonyms(); len(hs) == 0 || !slices.Contains(hs[0].Words(), "police") {
		t.Errorf("%v.Holonyms() = %v, want the police", officer, hs)
	}
	var zero Synset
	if zero.ID() != "" || zero.Words() != nil || zero.POS() != 0 || zero.Hypernyms() != nil || zero.IsA(kill) || zero.IsAny(kill) || zero.Classes() != 0 || zero.String() != "Synset()" {
		t.Errorf("the zero Synset is not empty")
	}
}

func TestSynsetByID(t *testing.T) {
	// Every synset of a few words round-trips through its ID, satellites
	// ("-s") included.
	for _, w := range []struct {
		word string
		pos  POS
	}{{"death", Noun}, {"run", Verb}, {"huge", Adj}, {"large", Adj}, {"quickly", Adv}} {
		for _, s := range Synsets(w.word, w.pos) {
			got, ok := SynsetByID(s.ID())
			if !ok || got != s {
				t.Errorf("SynsetByID(%q) = %v, %v, want %v", s.ID(), got, ok, s)
			}
		}
	}
	for _, id := range []string{"", "07355491", "07355491-x", "07355492-n", "0735549x-n", "99999999-n", "07355491-v"} {
		if s, ok := SynsetByID(id); ok {
			t.Errorf("SynsetByID(%q) = %v, want none", id, s)
		}
	}
}

func TestTableSize(t *testing.T) {
	tb := tbl()
	// WordNet 3.0 has 117,659 synsets and about 147,000 distinct lemmas;
	// a table far from that lost or invented entries.
	if n := len(tb.synPos); n < 115000 || n > 120000 {
		t.Errorf("table has %d synsets, want WordNet 3.0's 117659", n)
	}
	if n := len(tb.lemmaOff) - 1; n < 140000 || n > 150000 {
		t.Errorf("table has %d lemmas, want about 147000", n)
	}
	if n := len(tb.senses); n < 200000 || n > 210000 {
		t.Errorf("table has %d word senses, want about 206900", n)
	}
	var nexc int
	for _, m := range tb.exc {
		nexc += m.Len()
	}
	if nexc < 4000 {
		t.Errorf("table has %d exceptions, want the thousands of WordNet's *.exc", nexc)
	}
	if len(wordnetTable) > 5<<20 {
		t.Errorf("embedded table is %d bytes, over the 5 MB budget", len(wordnetTable))
	}
}

func TestDecodeCorrupt(t *testing.T) {
	if _, err := decode([]byte("not gzip")); err == nil {
		t.Error("decode(not gzip) succeeded")
	}
	raw := mustGunzip(t, wordnetTable)
	for _, n := range []int{0, len(magic) - 1, len(magic) + 3, len(raw) / 2, len(raw) - 1} {
		if _, err := decode(gzipBytes(t, raw[:n])); err == nil {
			t.Errorf("decode of the table cut at %d of %d bytes succeeded", n, len(raw))
		}
	}
	if _, err := decode(gzipBytes(t, append(slices.Clip(raw), 0))); err == nil {
		t.Error("decode of the table with a trailing byte succeeded")
	}
}

func TestLexFile(t *testing.T) {
	// "exist" is first a verb of state, "capsize" one of motion.
	for w, want := range map[string]int{"exist": 42, "capsize": 38} {
		ss := Synsets(w, Verb)
		if len(ss) == 0 || ss[0].LexFile() != want {
			t.Errorf("LexFile of %q's first verb sense = %v, want %d", w, ss, want)
		}
	}
	if got := (Synset{}).LexFile(); got != -1 {
		t.Errorf("LexFile of the zero Synset = %d, want -1", got)
	}
}

func TestAnySenseIsAAndFirstClassOf(t *testing.T) {
	// A point is first a place; one of its senses is a unit.
	if !AnySenseIsA("point", Noun, "unit_of_measurement") {
		t.Error(`AnySenseIsA("point", Noun, "unit_of_measurement") = false`)
	}
	if AnySenseIsA("harbour", Noun, "unit_of_measurement") {
		t.Error(`AnySenseIsA("harbour", Noun, "unit_of_measurement") = true`)
	}
	// "fall" is first a drop to the ground; one of its senses a decrease.
	if c, ok := FirstClassOf("fall", Verb, Increase, Decrease); !ok || c != Decrease {
		t.Errorf(`FirstClassOf("fall", Verb, Increase, Decrease) = %v, %v; want decrease`, c, ok)
	}
	if c, ok := FirstClassOf("sing", Verb, Increase, Decrease); ok {
		t.Errorf(`FirstClassOf("sing", Verb, Increase, Decrease) = %v, want none`, c)
	}
}

func TestGunzip(t *testing.T) {
	// The buffer is sized by the length gzip records; texts of every size
	// around it come back whole, and damage is an error.
	for _, n := range []int{0, 1, 511, 512, 70000} {
		text := bytes.Repeat([]byte("wordnet "), n)[:n]
		got, err := gunzip(gzipBytes(t, text))
		if err != nil || !bytes.Equal(got, text) {
			t.Errorf("gunzip of %d bytes: %d bytes back, error %v", n, len(got), err)
		}
	}
	z := gzipBytes(t, []byte("a table"))
	z[len(z)-5] ^= 0xff // the checksum
	if _, err := gunzip(z); err == nil {
		t.Errorf("gunzip of a damaged stream gave no error")
	}
	if _, err := gunzip([]byte("no")); err == nil {
		t.Errorf("gunzip of two bytes gave no error")
	}
}

// TestSynsetsOfLemma: a base form's own senses, not those of another
// base form it is also an inflection of; nothing for a form that is no
// base form.
func TestSynsetsOfLemma(t *testing.T) {
	found := SynsetsOfLemma("found", Verb)
	if len(found) == 0 || !slices.Contains(found[0].Words(), "found") {
		t.Errorf("SynsetsOfLemma(found) = %v, want the senses of founding first", found)
	}
	for _, s := range found {
		if !slices.Contains(s.Words(), "found") {
			t.Errorf("SynsetsOfLemma(found) holds %v, a sense without the word", s.Words())
		}
	}
	if got := SynsetsOfLemma("went", Verb); got != nil {
		t.Errorf("SynsetsOfLemma(went) = %v, want nil: no base form", got)
	}
	if got, want := len(SynsetsOfLemma("find", Verb)), len(Synsets("find", Verb)); got != want {
		t.Errorf("SynsetsOfLemma(find) has %d senses, Synsets %d", got, want)
	}
}
