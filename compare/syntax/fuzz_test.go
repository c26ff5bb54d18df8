package syntax

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
)

// FuzzParse checks that any text parses into well-formed trees: words in
// order inside their sentence, heads inside the sentence, one root, no
// cycle, a tag, a lemma and a relation for every word.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Rebels killed 40 people and injured 300 others.",
		"We don't know -- and can't say -- who's next.",
		"SEOUL, Dec. 3 (AP) - Talks end\n\nMr. Kim left the U.S. at 9 a.m. Monday.",
		"“Nine died,” the chief said. “We’re sure.”",
		"a-b-c-d-e 1-2-3 'tis o'clock rock'n'roll cannot gonna",
		"",
		"\x00\xff\xfe",
		"!!! ??? ... ---",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := compare.NewDocument("f.txt", []byte(text))
		ss := segment.Sentences(d)
		Parse(d, ss)
		for _, s := range ss {
			checkTree(t, text, s)
		}
	})
}

func checkTree(t *testing.T, text string, s compare.Sentence) {
	t.Helper()
	roots := 0
	prev := s.Span.Start
	for i, w := range s.Words {
		if w.Span.Start < prev || w.Span.End <= w.Span.Start || w.Span.End > s.Span.End {
			t.Fatalf("%q: word %d span %v out of order or outside sentence %v", text, i, w.Span, s.Span)
		}
		prev = w.Span.End
		if w.Head == -1 {
			roots++
		} else if w.Head < 0 || w.Head >= len(s.Words) || w.Head == i {
			t.Fatalf("%q: word %d has head %d", text, i, w.Head)
		}
		if w.UPOS == "" || w.Rel == "" {
			t.Fatalf("%q: word %d has no tag or relation: %+v", text, i, w)
		}
		if (w.Rel == "root") != (w.Head == -1) {
			t.Fatalf("%q: word %d: relation %q with head %d", text, i, w.Rel, w.Head)
		}
	}
	if len(s.Words) > 0 && roots != 1 {
		t.Fatalf("%q: %d roots", text, roots)
	}
	// Walking up from any word reaches the root within len(words) steps.
	for i := range s.Words {
		h, steps := i, 0
		for h != -1 {
			h = s.Words[h].Head
			if steps++; steps > len(s.Words) {
				t.Fatalf("%q: cycle through word %d", text, i)
			}
		}
	}
}

// FuzzReadModel checks that a damaged model gives an error or a model that
// analyses without a panic, never a panic or a hang.
func FuzzReadModel(f *testing.F) {
	train, err := ReadCoNLLU(strings.NewReader(sampleTrain), "train")
	if err != nil {
		f.Fatal(err)
	}
	m, err := Train(train, train, TrainOptions{TaggerEpochs: 1, ParserEpochs: 1, Folds: 2, Seed: 1}, &bytes.Buffer{})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	d, closeDec, err := newDecoder(&buf)
	if err != nil {
		f.Fatal(err)
	}
	raw, err := io.ReadAll(d.r)
	closeDec()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add(raw[:len(raw)/2])
	f.Add([]byte(modelMagic))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := (&decoder{r: bytes.NewReader(raw)}).model()
		if err != nil {
			return
		}
		m.Analyze([]string{"Dogs", "chased", "the", "sleeping", "cats", "."})
	})
}
