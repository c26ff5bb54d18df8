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
	snap    atomic.Pointer[map[K]V]
	mu      sync.Mutex
	pending map[K]V
}

// Get returns f(k), computing it only if k is not yet cached.
func (m *Map[K, V]) Get(k K, f func(K) V) V {
	snap := m.snap.Load()
	if snap != nil {
		if v, ok := (*snap)[k]; ok {
			return v
		}
	}
	return m.miss(k, f)
}

// miss is Get for a key not in the snapshot.
func (m *Map[K, V]) miss(k K, f func(K) V) V {
	m.mu.Lock()
	v, ok := m.pending[k]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = f(k)
	m.add(k, v)
	return v
}

func (m *Map[K, V]) add(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	snap := m.snap.Load()
	size := 0
	if snap != nil {
		size = len(*snap)
	}
	if size+len(m.pending) >= Max {
		return
	}
	batch := max(minBatch, size/2)
	if m.pending == nil {
		// Sized for the whole batch, so that it never grows.
		m.pending = make(map[K]V, batch)
	}
	m.pending[k] = v
	if len(m.pending) < batch {
		return
	}
	next := make(map[K]V, size+len(m.pending))
	if snap != nil {
		maps.Copy(next, *snap)
	}
	maps.Copy(next, m.pending)
	m.snap.Store(&next)
	m.pending = nil
}
