package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestSentencesCarryTrees checks that the pipeline parses every sentence
// once and hands the trees on: each sentence of an extraction has words
// with tags and exactly one root, and a number is tied to its noun.
func TestSentencesCarryTrees(t *testing.T) {
	d := compare.NewDocument("a.txt", []byte("Storm hits coast\n\nThe storm killed 14 people on Sunday. Officials said 300 homes were damaged."))
	x := ExtractDocument(d)
	if len(x.Sentences) != 3 {
		t.Fatalf("ExtractDocument: %d sentences, want 3", len(x.Sentences))
	}
	for _, s := range x.Sentences {
		roots := 0
		for _, w := range s.Words {
			if w.UPOS == "" || w.Lemma == "" || w.Rel == "" {
				t.Errorf("word %q has no tag, lemma or relation: %+v", d.Slice(w.Span), w)
			}
			if w.Head == -1 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %q has %d roots", d.Slice(s.Span), roots)
		}
	}
	ws := x.Sentences[1].Words
	for i, w := range ws {
		if d.Slice(w.Span) == "14" && (w.Head < 0 || d.Slice(ws[w.Head].Span) != "people" || w.Rel != "nummod") {
			t.Errorf("14 (word %d) = %+v, want nummod of people", i, w)
		}
	}
}

// TestCompareDropsSentences checks that Extract keeps the trees only when
// asked, since a large run would otherwise hold every parse in memory.
func TestCompareDropsSentences(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "a.txt", "The storm killed 14 people on Sunday.")
	for _, keep := range []bool{false, true} {
		xs, err := Extract(context.Background(), []string{path}, Options{Sentences: keep})
		if err != nil {
			t.Fatal(err)
		}
		if got := xs[0].Sentences != nil; got != keep {
			t.Errorf("Extract(Sentences: %v): sentences kept = %v", keep, got)
		}
	}
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
