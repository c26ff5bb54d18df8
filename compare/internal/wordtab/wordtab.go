// Package wordtab is a read-only table from words to values, laid out
// for lookups from a cache that other work keeps cold: a word of up to
// InlineKey bytes sits in its slot with its hash and value, so that a
// lookup reads one slot (and usually nothing else), where a Go map reads
// a control word, then a slot, then the key's bytes elsewhere. Longer
// words, rare in prose and dictionaries, go to a Go map.
//
// In: words and their values, put once each. Out: the value of a word
// given as a string or as bytes, without allocating.
//
//	t := wordtab.New[uint32](len(words))
//	for i, w := range words {
//		t.Put(w, uint32(i))
//	}
//	i, ok := t.GetBytes(text[start:end])
//
// A Table is filled by one goroutine and then only read, by any number.
package wordtab

import (
	"hash/maphash"
	"iter"
	"math/bits"
	"unsafe"
)

// InlineKey is the longest word stored in its slot. A slot is 24 bytes
// and the value: 28 with a uint32, 32 with a pointer.
const InlineKey = 19

var seed = maphash.MakeSeed()

type slot[V any] struct {
	tag uint32 // high bits of the word's hash, never 0; 0 marks an empty slot
	n   uint8  // word length
	key [InlineKey]byte
	v   V
}

// Table is open addressing with linear probing, at most three quarters
// full.
type Table[V any] struct {
	slots []slot[V]
	mask  uint64
	long  map[string]V
	n     int
}

// New returns an empty table with room for n words.
func New[V any](n int) *Table[V] {
	size := uint64(1) << bits.Len(uint(max(n*4/3, 1)))
	return &Table[V]{slots: make([]slot[V], size), mask: size - 1}
}

// Len returns the number of words in t.
func (t *Table[V]) Len() int { return t.n }

// Put adds word k with value v. k must not be in t yet, and t must have
// room for it (New's n).
func (t *Table[V]) Put(k string, v V) {
	if t.n >= len(t.slots)*3/4 {
		panic("wordtab: Put past the table's room")
	}
	t.n++
	if len(k) > InlineKey {
		if t.long == nil {
			t.long = map[string]V{}
		}
		t.long[k] = v
		return
	}
	h := maphash.String(seed, k)
	tag := uint32(h>>32) | 1
	i := h & t.mask
	for t.slots[i].tag != 0 {
		i = (i + 1) & t.mask
	}
	s := &t.slots[i]
	s.tag, s.n, s.v = tag, uint8(len(k)), v
	copy(s.key[:], k)
}

// Add adds word k with value v unless k is in t already, and reports
// whether it did: Get and Put in one probe. t must have room for k.
func (t *Table[V]) Add(k string, v V) bool {
	if len(k) > InlineKey {
		if _, ok := t.long[k]; ok {
			return false
		}
		t.Put(k, v)
		return true
	}
	if t.n >= len(t.slots)*3/4 {
		panic("wordtab: Add past the table's room")
	}
	h := maphash.String(seed, k)
	tag := uint32(h>>32) | 1
	i := h & t.mask
	for ; t.slots[i].tag != 0; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.tag == tag && int(s.n) == len(k) && string(s.key[:s.n]) == k {
			return false
		}
	}
	t.n++
	s := &t.slots[i]
	s.tag, s.n, s.v = tag, uint8(len(k)), v
	copy(s.key[:], k)
	return true
}

// Get returns the value of word k.
func (t *Table[V]) Get(k string) (v V, ok bool) {
	if len(k) > InlineKey {
		v, ok = t.long[k]
		return v, ok
	}
	h := maphash.String(seed, k)
	tag := uint32(h>>32) | 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.tag == 0 {
			return v, false
		}
		if s.tag == tag && int(s.n) == len(k) && string(s.key[:s.n]) == k {
			return s.v, true
		}
	}
}

// GetBytes returns the value of the word written k.
func (t *Table[V]) GetBytes(k []byte) (V, bool) {
	// A string that views k, only for the lookup, which keeps nothing:
	// no copy, and the bytes are not changed while it lasts.
	return t.Get(unsafe.String(unsafe.SliceData(k), len(k)))
}

// All yields every word of t with its value, in no particular order.
func (t *Table[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i := range t.slots {
			if s := &t.slots[i]; s.tag != 0 && !yield(string(s.key[:s.n]), s.v) {
				return
			}
		}
		for k, v := range t.long {
			if !yield(k, v) {
				return
			}
		}
	}
}
