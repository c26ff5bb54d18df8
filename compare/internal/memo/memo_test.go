package memo

import (
	"strconv"
	"sync"
	"testing"
)

func triple(k int) string { return strconv.Itoa(k * 3) }

// TestGetConcurrently checks the values given to several goroutines at
// once, through the snapshot, the pending batch and past Max, and that
// the cache stays within Max.
func TestGetConcurrently(t *testing.T) {
	var m Map[int, string]
	concurrently(t, func(k int) (string, string) { return m.Get(k, triple), triple(k) })
	if n := len(*m.b.snap.Load()) + len(m.b.pending); n > Max {
		t.Errorf("cache holds %d keys, more than Max %d", n, Max)
	}
}

// concurrently asks get for keys past Max from four goroutines at once,
// twice each, and reports the first wrong value each sees.
func concurrently(t *testing.T, get func(k int) (got, want string)) {
	t.Helper()
	const keys = Max + 1000
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 2 {
				for k := range keys {
					k := (k + g*7919) % keys
					if got, want := get(k); got != want {
						t.Errorf("round %d: key %d = %q, want %q", round, k, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestGetComputesOnce checks that a key cached is not computed again, and
// that past Max keys are computed each time.
func TestGetComputesOnce(t *testing.T) {
	var m Map[int, string]
	calls := map[int]int{}
	f := func(k int) string {
		calls[k]++
		return triple(k)
	}
	for range 2 {
		for k := range Max + 10 {
			m.Get(k, f)
		}
	}
	for _, k := range []int{0, minBatch - 1, minBatch, Max - 1} {
		if calls[k] != 1 {
			t.Errorf("key %d computed %d times, want once", k, calls[k])
		}
	}
	if calls[Max+5] != 2 {
		t.Errorf("key %d, past Max, computed %d times in two rounds, want 2", Max+5, calls[Max+5])
	}
}
