package memo

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/internal/wordtab"
)

// word is the key for k: short ones stored in their slot, and every
// 97th longer than wordtab.InlineKey, for the map of long keys.
func word(k int) string {
	w := strconv.Itoa(k)
	if k%97 == 0 {
		w = strings.Repeat("x", wordtab.InlineKey) + w
	}
	return w
}

// cachedKeys is how many keys m holds, in its snapshot and its batch.
func (m *Strings[V]) cachedKeys() int {
	n := len(m.b.pending)
	if snap := m.b.snap.Load(); snap != nil {
		n += snap.Len()
	}
	return n
}

// TestStringsConcurrently checks the values given to several goroutines
// at once, through the snapshot, the pending batch and past Max, for
// short and long keys, and that the cache stays within Max.
func TestStringsConcurrently(t *testing.T) {
	var m Strings[string]
	upper := func(s string) string { return strings.ToUpper(s) + "!" }
	concurrently(t, func(k int) (string, string) {
		w := word(k)
		return m.GetBytes([]byte(w), upper), upper(w)
	})
	if n := m.cachedKeys(); n > Max {
		t.Errorf("cache holds %d keys, more than Max %d", n, Max)
	}
}

// TestStringsComputesOnce checks that a key cached, short or long, is
// not computed again, and that past Max keys are computed each time.
func TestStringsComputesOnce(t *testing.T) {
	var m Strings[int]
	calls := map[string]int{}
	f := func(k string) int {
		calls[k]++
		return len(k)
	}
	for range 2 {
		for k := range Max + 10 {
			w := word(k)
			if got := m.GetBytes([]byte(w), f); got != len(w) {
				t.Fatalf("GetBytes(%q) = %d, want %d", w, got, len(w))
			}
		}
	}
	for _, k := range []int{0, 97, minBatch - 1, minBatch, Max - 1} {
		if w := word(k); calls[w] != 1 {
			t.Errorf("key %q computed %d times, want once", w, calls[w])
		}
	}
	if w := word(Max + 5); calls[w] != 2 {
		t.Errorf("key %q, past Max, computed %d times in two rounds, want 2", w, calls[w])
	}
}

// TestStringsBytes checks that the cache keeps no key's bytes: changing
// them after the lookup changes nothing cached. Keys that differ only in
// their last byte or in length are told apart.
func TestStringsBytes(t *testing.T) {
	var m Strings[string]
	upper := func(s string) string { return strings.ToUpper(s) }
	b := []byte("said")
	for i := range 2 * minBatch { // past the first batch, into a snapshot
		m.GetBytes([]byte(strconv.Itoa(i)), upper)
	}
	if got := m.GetBytes(b, upper); got != "SAID" {
		t.Errorf("GetBytes(said) = %q", got)
	}
	copy(b, "laid")
	for _, w := range []string{"said", "laid", "sai", "saids", "saie"} {
		if got := m.GetBytes([]byte(w), upper); got != strings.ToUpper(w) {
			t.Errorf("GetBytes(%q) = %q", w, got)
		}
	}
	if got := m.GetBytes(nil, func(string) string { return "empty" }); got != "empty" {
		t.Errorf("GetBytes(empty) = %q", got)
	}
	if got := m.GetBytes([]byte("7"), func(string) string { return "computed" }); got != "7" {
		t.Errorf("GetBytes(7), cached before, = %q", got)
	}
	// Get and GetBytes share one cache.
	if got := m.Get("said", func(string) string { return "computed" }); got != "SAID" {
		t.Errorf("Get(said), cached by GetBytes, = %q", got)
	}
	m.Get("told", upper)
	if got := m.GetBytes([]byte("told"), func(string) string { return "computed" }); got != "TOLD" {
		t.Errorf("GetBytes(told), cached by Get, = %q", got)
	}
}
