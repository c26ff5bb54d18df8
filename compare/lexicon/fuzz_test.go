package lexicon

import "testing"

// FuzzLookup feeds any string to every lookup: none may panic, and what
// Lemma returns must be a WordNet lemma of that part of speech.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"went", "meetings", "Police Officers", "", " ", "_", "s", "es", "ies", "\xff\xfe", "a b c", "men", "x-ray", "12", string(make([]byte, 200))} {
		f.Add(s, uint8(1))
	}
	f.Fuzz(func(t *testing.T, word string, p uint8) {
		pos := POS(p % 6)
		if l := Lemma(word, pos); l != "" {
			if len(Synsets(l, pos)) == 0 {
				t.Errorf("Lemma(%q, %v) = %q, which has no senses", word, pos, l)
			}
		}
		Lemmas(word, pos)
		Classes(word, pos)
		IsA(word, pos, word)
		PartOf(word, word)
		Derived(word, pos, Noun)
		Antonyms(word, pos)
		Similar(word)
		Synonyms(word, pos)
		SynsetByID(word)
		ClassByName(word)
	})
}
