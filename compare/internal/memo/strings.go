package memo

import (
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/compare/internal/wordtab"
)

// Strings is a Map for string keys looked up as bytes, the words of a
// document's text, in a wordtab.Table: a key of up to wordtab.InlineKey
// bytes is stored in its slot with its hash and value, so that a lookup
// in a cache that the rest of the work keeps cold reads one slot, where a
// Go map reads a control word, then a slot, then the key's bytes
// elsewhere. Values should be small (a pointer). The zero Strings is
// ready for use and safe for concurrent use; like a Map, it holds at most
// Max keys, and what GetBytes returns never depends on the cache.
type Strings[V any] struct {
	snap    atomic.Pointer[wordtab.Table[V]]
	mu      sync.Mutex
	pending map[string]V
}

// GetBytes returns f(k), computing it only if k is not yet cached; k is
// made a string only when it is not.
func (m *Strings[V]) GetBytes(k []byte, f func(string) V) V {
	if snap := m.snap.Load(); snap != nil {
		if v, ok := snap.GetBytes(k); ok {
			return v
		}
	}
	return m.miss(string(k), f)
}

func (m *Strings[V]) miss(k string, f func(string) V) V {
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

// add batches new keys as Map.add does, and merges a full batch into a
// new snapshot.
func (m *Strings[V]) add(k string, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	snap := m.snap.Load()
	size := 0
	if snap != nil {
		size = snap.Len()
	}
	if size+len(m.pending) >= Max {
		return
	}
	if _, ok := m.pending[k]; ok {
		return // computed twice at once: the first stays
	}
	if snap != nil {
		if _, ok := snap.Get(k); ok {
			return
		}
	}
	batch := max(minBatch, size/2)
	if m.pending == nil {
		m.pending = make(map[string]V, batch)
	}
	m.pending[k] = v
	if len(m.pending) < batch {
		return
	}
	next := wordtab.New[V](size + len(m.pending))
	if snap != nil {
		for k, v := range snap.All() {
			next.Put(k, v)
		}
	}
	for k, v := range m.pending {
		next.Put(k, v)
	}
	m.snap.Store(next)
	m.pending = nil
}
