package memo

import (
	"hash/maphash"
	"math/bits"
	"sync"
	"sync/atomic"
)

// Strings is a Map for string keys looked up as bytes, the words of a
// document's text, laid out for a cache that the rest of the work keeps
// cold: a key of up to InlineKey bytes is stored in its slot with its
// hash and value, so that a lookup reads one slot (and usually nothing
// else), where a Go map reads a control word, then a slot, then the key's
// bytes elsewhere. Values should be small (a pointer): a slot is 32 bytes
// with one. The zero Strings is ready for use and safe for concurrent
// use; like a Map, it holds at most Max keys, and what Get returns never
// depends on the cache.
type Strings[V any] struct {
	snap    atomic.Pointer[strTable[V]]
	mu      sync.Mutex
	pending map[string]V
}

// InlineKey is the longest key stored in its slot; longer keys, rare in
// prose, go to an ordinary map.
const InlineKey = 19

var strSeed = maphash.MakeSeed()

type strSlot[V any] struct {
	tag uint32 // high bits of the key's hash, never 0; 0 marks an empty slot
	n   uint8  // key length
	key [InlineKey]byte
	v   V
}

// strTable is an immutable snapshot: open addressing with linear
// probing, at most half full.
type strTable[V any] struct {
	slots []strSlot[V]
	mask  uint64
	long  map[string]V
	n     int // keys, inline and long
}

func hashOf(k []byte) (idx uint64, tag uint32) {
	h := maphash.Bytes(strSeed, k)
	return h, uint32(h>>32) | 1
}

func (t *strTable[V]) get(k []byte) (v V, ok bool) {
	if len(k) > InlineKey {
		v, ok = t.long[string(k)]
		return v, ok
	}
	h, tag := hashOf(k)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.tag == 0 {
			return v, false
		}
		if s.tag == tag && int(s.n) == len(k) && string(s.key[:s.n]) == string(k) {
			return s.v, true
		}
	}
}

// put adds a key not yet in t, which has room for it.
func (t *strTable[V]) put(k string, v V) {
	t.n++
	if len(k) > InlineKey {
		if t.long == nil {
			t.long = map[string]V{}
		}
		t.long[k] = v
		return
	}
	h, tag := hashOf([]byte(k))
	i := h & t.mask
	for t.slots[i].tag != 0 {
		i = (i + 1) & t.mask
	}
	s := &t.slots[i]
	s.tag, s.n, s.v = tag, uint8(len(k)), v
	copy(s.key[:], k)
}

// newStrTable returns an empty table with room for n keys.
func newStrTable[V any](n int) *strTable[V] {
	size := uint64(1) << bits.Len(uint(2*n)) // at most half full
	return &strTable[V]{slots: make([]strSlot[V], size), mask: size - 1}
}

// each calls f with every key and value of t.
func (t *strTable[V]) each(f func(string, V)) {
	for i := range t.slots {
		if s := &t.slots[i]; s.tag != 0 {
			f(string(s.key[:s.n]), s.v)
		}
	}
	for k, v := range t.long {
		f(k, v)
	}
}

// GetBytes returns f(k), computing it only if k is not yet cached; k is
// made a string only when it is not.
func (m *Strings[V]) GetBytes(k []byte, f func(string) V) V {
	if snap := m.snap.Load(); snap != nil {
		if v, ok := snap.get(k); ok {
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
		size = snap.n
	}
	if size+len(m.pending) >= Max {
		return
	}
	if _, ok := m.pending[k]; ok {
		return // computed twice at once: the first stays
	}
	if snap != nil {
		if _, ok := snap.get([]byte(k)); ok {
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
	next := newStrTable[V](size + len(m.pending))
	if snap != nil {
		snap.each(next.put)
	}
	for k, v := range m.pending {
		next.put(k, v)
	}
	m.snap.Store(next)
	m.pending = nil
}
