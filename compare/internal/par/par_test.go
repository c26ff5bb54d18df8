package par

import (
	"runtime"
	"sync/atomic"
	"testing"
)

// TestForEachCallsEachOnce checks that ForEach calls f once for every
// index, whatever the number of items against the chunk and the CPUs.
func TestForEachCallsEachOnce(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 3, 8} {
		runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 63, 64, 65, 129, 1000} {
			calls := make([]atomic.Int32, n)
			ForEach(n, 64, func(i int) { calls[i].Add(1) })
			for i := range calls {
				if c := calls[i].Load(); c != 1 {
					t.Fatalf("%d CPUs, %d items: item %d called %d times", procs, n, i, c)
				}
			}
		}
	}
}
