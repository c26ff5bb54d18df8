package syntax

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCacheGivesWhatAnalysisGives checks that a sentence met again gets
// the analysis it got the first time, and the one the model gives
// without the cache.
func TestCacheGivesWhatAnalysisGives(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	forms := []string{"The", "storm", "killed", "14", "people", "on", "Sunday", "."}
	first := m.Analyze(forms)
	again := m.Analyze(forms)
	if diff := cmp.Diff(first, again); diff != "" {
		t.Errorf("Analyze again mismatch (-first +again):\n%s", diff)
	}
	e := m.analyze(forms)
	for i := range forms {
		if got := m.tags.upos[e.tags[i]]; got != first.UPOS[i] || int(e.heads[i]) != first.Head[i] || m.parser.labels[e.rels[i]] != first.Rel[i] {
			t.Errorf("word %d: uncached %s/%d/%s, cached %s/%d/%s", i, got, e.heads[i], m.parser.labels[e.rels[i]], first.UPOS[i], first.Head[i], first.Rel[i])
		}
	}
	// Changing a caller's slices must not change what the cache holds.
	again.UPOS[0] = "X"
	if third := m.Analyze(forms); third.UPOS[0] != first.UPOS[0] {
		t.Errorf("the cache gave back a caller's change: %s", third.UPOS[0])
	}
}
