package memo

import "github.com/claimdiff/claimdiff/compare/internal/wordtab"

// Strings is a Map for string keys, such as the words of a document's
// text, in a wordtab.Table: a key of up to wordtab.InlineKey bytes is
// stored in its slot with its hash and value, so that a lookup in a cache
// that the rest of the work keeps cold reads one slot, where a Go map
// reads a control word, then a slot, then the key's bytes elsewhere.
// Values should be small (a pointer, a string, a bool). The zero Strings
// is ready for use and safe for concurrent use; like a Map, it holds at
// most Max keys, and what it returns never depends on the cache.
type Strings[V any] struct {
	b batches[string, V, wordtab.Table[V]]
}

// GetBytes returns f(k), computing it only if k is not yet cached; k is
// made a string only when it is not.
func (m *Strings[V]) GetBytes(k []byte, f func(string) V) V {
	if snap := m.b.snap.Load(); snap != nil {
		if v, ok := snap.GetBytes(k); ok {
			return v
		}
	}
	return m.b.miss(string(k), f, (*wordtab.Table[V]).Len, mergeTable[V])
}

// Get returns f(k), computing it only if k is not yet cached.
func (m *Strings[V]) Get(k string, f func(string) V) V {
	if snap := m.b.snap.Load(); snap != nil {
		if v, ok := snap.Get(k); ok {
			return v
		}
	}
	return m.b.miss(k, f, (*wordtab.Table[V]).Len, mergeTable[V])
}

func mergeTable[V any](snap *wordtab.Table[V], batch map[string]V) *wordtab.Table[V] {
	if snap == nil {
		snap = wordtab.New[V](0)
	}
	next := wordtab.New[V](snap.Len() + len(batch))
	for k, v := range snap.All() {
		next.Put(k, v)
	}
	for k, v := range batch {
		// A key computed by two goroutines at once may be in both.
		if _, ok := snap.Get(k); !ok {
			next.Put(k, v)
		}
	}
	return next
}
