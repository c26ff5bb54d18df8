// Package par runs independent calls on all cores: the one loop that
// alignment (by block and by range of claims) and judging (by alignment)
// share.
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// ForEach calls f(0) … f(n-1) on GOMAXPROCS goroutines, chunk indexes at a
// time taken in turn, and returns when all are done. Each call must write
// only its own results. A chunk of 1 suits a few large calls; a larger
// one, many small calls.
func ForEach(n, chunk int, f func(i int)) {
	chunk = max(chunk, 1)
	workers := min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				start := int(next.Add(int64(chunk))) - chunk
				if start >= n {
					return
				}
				for i := start; i < min(start+chunk, n); i++ {
					f(i)
				}
			}
		}()
	}
	wg.Wait()
}
