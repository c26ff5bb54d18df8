// Package eval scores claimdiff against the shared evaluation data, with
// the same figures as the reference Python scorers in score/ (timeml.py,
// pairs.py, corpus.py), but running the pipeline in-process.
//
// Each scorer follows its Python original rule for rule, down to Python's
// string functions (str.lower, \s, \d), difflib's ratio and round(x, 3),
// so that `claimdiff eval` and the scorer print the same numbers on the
// same input. Items (files, pairs, clusters) are scored concurrently,
// each into its own slot, and added up in order.
package eval

import (
	"context"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// Field is one figure of a score, under the key the Python scorer prints;
// Value is an int or a float64.
type Field struct {
	Key   string
	Value any
}

// JSON writes fields as the Python scorer's json.dumps does: one line,
// keys in order, ", " and ": " as separators, floats as Python writes
// them (0.5, 1.0).
func JSON(fields []Field) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(f.Key))
		b.WriteString(": ")
		b.WriteString(FormatValue(f.Value))
	}
	b.WriteByte('}')
	return b.String()
}

// FormatValue writes an int as it is and a float64 as Python's repr does.
func FormatValue(v any) string {
	switch v := v.(type) {
	case int:
		return strconv.Itoa(v)
	case float64:
		return pyFloat(v)
	}
	return "null"
}

// forEach calls fn(i) for i in [0, n) on at most GOMAXPROCS goroutines and
// waits for them; it stops starting calls when ctx is done and returns
// its error.
func forEach(ctx context.Context, n int, fn func(i int)) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		select {
		case next <- i:
		case <-ctx.Done():
		}
	}
	close(next)
	wg.Wait()
	return ctx.Err()
}
