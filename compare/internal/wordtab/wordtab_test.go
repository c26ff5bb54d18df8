package wordtab

import (
	"maps"
	"strconv"
	"strings"
	"testing"
)

// TestTable checks every word put, short and long, as a string and as
// bytes; words not put, including ones that differ from a word put only
// in their length or last byte; and that All yields exactly what was put.
func TestTable(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 1000, 50000} {
		want := map[string]int{}
		for i := range n {
			w := strconv.Itoa(i * 7)
			if i%13 == 0 {
				w = strings.Repeat("long", 5) + w // past InlineKey
			}
			want[w] = i
		}
		tab := New[int](n)
		for w, i := range want {
			tab.Put(w, i)
		}
		if tab.Len() != n {
			t.Errorf("n=%d: Len() = %d", n, tab.Len())
		}
		for w, i := range want {
			if got, ok := tab.Get(w); !ok || got != i {
				t.Errorf("n=%d: Get(%q) = %d, %v, want %d", n, w, got, ok, i)
			}
			if got, ok := tab.GetBytes([]byte(w)); !ok || got != i {
				t.Errorf("n=%d: GetBytes(%q) = %d, %v, want %d", n, w, got, ok, i)
			}
			for _, absent := range []string{w + "0", w[:len(w)-1], w[:len(w)-1] + "x"} {
				if _, put := want[absent]; put {
					continue
				}
				if got, ok := tab.Get(absent); ok {
					t.Errorf("n=%d: Get(%q), never put, = %d", n, absent, got)
				}
				if got, ok := tab.GetBytes([]byte(absent)); ok {
					t.Errorf("n=%d: GetBytes(%q), never put, = %d", n, absent, got)
				}
			}
		}
		if got := maps.Collect(tab.All()); !maps.Equal(got, want) {
			t.Errorf("n=%d: All yields %d words, want the %d put", n, len(got), len(want))
		}
	}
}

// TestPutPastRoom checks that a table refuses more words than it was
// made for, rather than filling up and never ending a lookup.
func TestPutPastRoom(t *testing.T) {
	tab := New[int](4)
	defer func() {
		if recover() == nil {
			t.Errorf("Put of %d words into a table of %d slots did not panic", tab.Len()+1, len(tab.slots))
		}
	}()
	for i := range len(tab.slots) {
		tab.Put(strconv.Itoa(i), i)
	}
}

// TestGetDoesNotAllocate checks that looking up a word, present or not,
// short or long, allocates nothing.
func TestGetDoesNotAllocate(t *testing.T) {
	tab := New[int](2)
	tab.Put("said", 1)
	tab.Put(strings.Repeat("x", InlineKey+1), 2)
	short, long := []byte("said"), []byte(strings.Repeat("x", InlineKey+1))
	if n := testing.AllocsPerRun(100, func() {
		tab.GetBytes(short)
		tab.GetBytes(long)
		tab.GetBytes([]byte("none"))
		tab.Get("said")
	}); n != 0 {
		t.Errorf("lookups allocate %v times", n)
	}
}

func TestAdd(t *testing.T) {
	// Add keeps the first value of a word, short or long, and counts each
	// word once.
	long := strings.Repeat("x", InlineKey+1)
	tab := New[int](4)
	for i, k := range []string{"ferry", long, "ferry", long} {
		added := tab.Add(k, i)
		if want := i < 2; added != want {
			t.Errorf("Add(%q, %d) = %v, want %v", k, i, added, want)
		}
	}
	if v, ok := tab.Get("ferry"); !ok || v != 0 {
		t.Errorf("Get(ferry) = %d, %v; want 0, true", v, ok)
	}
	if v, ok := tab.Get(long); !ok || v != 1 {
		t.Errorf("Get(long) = %d, %v; want 1, true", v, ok)
	}
	if tab.Len() != 2 {
		t.Errorf("Len = %d, want 2", tab.Len())
	}
}
