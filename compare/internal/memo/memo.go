// Package memo remembers the results of pure functions of words, which
// the stages call again and again with the same few thousand words ("the",
// "said", "killed"), from every goroutine. In: a key and the function
// that computes its value. Out: the value, computed once per key while
// the cache has room.
//
//	var lemmas memo.Map[string, string]
//	l := lemmas.Get(word, lemmaOf)
//
// Strings is the same for words read as bytes from a text, laid out so
// that a lookup reads one slot of memory.
package memo

import (
	"maps"
	"sync"
	"sync/atomic"
)

// Max is the number of keys a Map holds at most. Past it, values are
// computed each time: a text of endless new words costs time, linear in
// its words, never memory.
const Max = 1 << 17

// minBatch is the fewest new keys merged into the snapshot at once.
const minBatch = 256

// A Map caches the values of a function that depends on its key alone,
// so that what Get returns never depends on the cache. A key found is
// read from an immutable snapshot, without a lock, so that goroutines
// reading the same words do not contend; a key computed waits in a batch,
// merged into a new snapshot once the batch is half the snapshot's size,
// so that copying costs a constant per key (about three copies of each:
// with a quarter it was five, and the copies were a third of what a new
// word costs). The zero Map is ready for use and safe for concurrent use.
type Map[K comparable, V any] struct {
	b batches[K, V, map[K]V]
}

// Get returns f(k), computing it only if k is not yet cached.
func (m *Map[K, V]) Get(k K, f func(K) V) V {
	if snap := m.b.snap.Load(); snap != nil {
		if v, ok := (*snap)[k]; ok {
			return v
		}
	}
	return m.b.miss(k, f, mapLen[K, V], mergeMap[K, V])
}

func mapLen[K comparable, V any](m *map[K]V) int { return len(*m) }

func mergeMap[K comparable, V any](snap *map[K]V, batch map[K]V) *map[K]V {
	size := 0
	if snap != nil {
		size = len(*snap)
	}
	next := make(map[K]V, size+len(batch))
	if snap != nil {
		maps.Copy(next, *snap)
	}
	maps.Copy(next, batch)
	return &next
}

// batches is what Map and Strings share: a snapshot S of the keys cached,
// read without a lock, and a batch of keys computed since, under one.
// What differs between them is the snapshot, which they read themselves,
// and which size counts and merge makes anew with a batch.
type batches[K comparable, V any, S any] struct {
	snap    atomic.Pointer[S]
	mu      sync.Mutex
	pending map[K]V
}

// miss returns f(k) for a key not in the snapshot, from the batch or
// computed and added to it.
func (b *batches[K, V, S]) miss(k K, f func(K) V, size func(*S) int, merge func(*S, map[K]V) *S) V {
	b.mu.Lock()
	v, ok := b.pending[k]
	b.mu.Unlock()
	if ok {
		return v
	}
	v = f(k)
	b.add(k, v, size, merge)
	return v
}

func (b *batches[K, V, S]) add(k K, v V, size func(*S) int, merge func(*S, map[K]V) *S) {
	b.mu.Lock()
	defer b.mu.Unlock()
	snap := b.snap.Load()
	n := 0
	if snap != nil {
		n = size(snap)
	}
	if n+len(b.pending) >= Max {
		return
	}
	batch := max(minBatch, n/2)
	if b.pending == nil {
		// Sized for the whole batch, so that it never grows.
		b.pending = make(map[K]V, batch)
	}
	b.pending[k] = v
	if len(b.pending) < batch {
		return
	}
	b.snap.Store(merge(snap, b.pending))
	b.pending = nil
}
