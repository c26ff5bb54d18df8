package lexicon

import (
	"sync"
	"testing"
)

// The claims stage looks up every word of every sentence: these lookups
// must not allocate, whatever the case or inflection of the word.
func TestLookupsDoNotAllocate(t *testing.T) {
	tbl()
	lookups := map[string]func(){
		"Lemma": func() {
			Lemma("Meetings", Noun)
			Lemma("went", Verb)
			Lemma("police_officers", Noun)
			Lemma("run-offs", Noun)
		},
		"Classes": func() { Classes("Killed", Verb); Classes("fatalities", Noun) },
		"IsA":     func() { IsA("sedans", Noun, "car") },
		"PartOf":  func() { PartOf("soldiers", "army") },
	}
	for name, f := range lookups {
		if n := testing.AllocsPerRun(50, f); n != 0 {
			t.Errorf("%s allocates %.1f times per call, want 0", name, n)
		}
	}
}

func TestConcurrentFirstUse(t *testing.T) {
	// Every goroutine may be the first caller; run with -race.
	var wg sync.WaitGroup
	got := make([]ClassSet, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = Classes("massacre", Noun)
		}()
	}
	wg.Wait()
	for i, cs := range got {
		if !cs.Has(Death) {
			t.Errorf("goroutine %d: Classes(massacre, Noun) = %v", i, cs)
		}
	}
}
