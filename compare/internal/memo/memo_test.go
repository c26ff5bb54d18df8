package memo

import (
	"strconv"
	"strings"
	"sync"
	"testing"
)

func triple(k int) string { return strconv.Itoa(k * 3) }

// TestGetConcurrently checks the values given to several goroutines at
// once, through the snapshot, the pending batch and past Max, and that
// the cache stays within Max.
func TestGetConcurrently(t *testing.T) {
	var m Map[int, string]
	const keys = Max + 1000
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 2 {
				for k := range keys {
					k := (k + g*7919) % keys
					if got, want := m.Get(k, triple), triple(k); got != want {
						t.Errorf("round %d: Get(%d) = %q, want %q", round, k, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if n := len(*m.snap.Load()) + len(m.pending); n > Max {
		t.Errorf("cache holds %d keys, more than Max %d", n, Max)
	}
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

// TestGetBytes checks that a key given as bytes finds what the same key
// as a string cached, and that changing the bytes afterwards does not
// change the cache.
func TestGetBytes(t *testing.T) {
	var m Map[string, string]
	upper := func(s string) string { return strings.ToUpper(s) }
	for i := range 2 * minBatch {
		m.Get(strconv.Itoa(i), upper)
	}
	b := []byte("said")
	if got := GetBytes(&m, b, upper); got != "SAID" {
		t.Errorf("GetBytes(said) = %q", got)
	}
	copy(b, "laid")
	if got := GetBytes(&m, []byte("said"), upper); got != "SAID" {
		t.Errorf("GetBytes(said) after the first key's bytes changed = %q", got)
	}
	if got := GetBytes(&m, b, upper); got != "LAID" {
		t.Errorf("GetBytes(laid) = %q", got)
	}
	if got := GetBytes(&m, []byte("7"), func(string) string { return "computed" }); got != "7" {
		t.Errorf("GetBytes(7), cached by Get, = %q", got)
	}
}
