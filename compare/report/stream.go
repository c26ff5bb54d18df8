package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/compare"
)

// Reports stream: a printer checks the whole report first, then writes it
// piece by piece through a buffered writer, so that a large report is
// never held in memory a second time as bytes. After the check only the
// writer can fail.

// jsonWriter writes one indented JSON document a value at a time, with
// the bytes a single json.Encoder with SetIndent("", "  ") would give the
// whole: each value is encoded with the prefix of the depth it sits at.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newJSONWriter(w io.Writer) *jsonWriter {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
	j.enc = json.NewEncoder(&j.buf)
	// Quotes are read by people too; "<" is no danger in a JSON file.
	j.enc.SetEscapeHTML(false)
	return j
}

// raw writes s as it is.
func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

// value writes v as it appears at depth (0 for the document itself).
func (j *jsonWriter) value(depth int, v any) {
	if j.err != nil {
		return
	}
	j.buf.Reset()
	j.enc.SetIndent(strings.Repeat("  ", depth), "  ")
	if err := j.enc.Encode(v); err != nil {
		j.err = fmt.Errorf("encode json: %w", err)
		return
	}
	_, j.err = j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
}

// field writes the member name: v of an object at depth, after a comma
// unless it is the first.
func (j *jsonWriter) field(depth int, first bool, name string, v any) {
	j.key(depth, first, name)
	j.value(depth+1, v)
}

func (j *jsonWriter) key(depth int, first bool, name string) {
	if !first {
		j.raw(",")
	}
	j.raw("\n" + strings.Repeat("  ", depth+1))
	j.value(0, name)
	j.raw(": ")
}

// array writes the n elements elem(0) … elem(n-1) as an array at depth.
// A long array's elements are encoded a window at a time on all cores,
// each into its own buffer, and written in order: the bytes are those of
// encoding them one by one, and at most a window is held. elem must then
// be safe to call from several goroutines.
func (j *jsonWriter) array(depth, n int, elem func(i int) any) {
	if n == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	indent := "\n" + strings.Repeat("  ", depth+1)
	if n < parallelFrom || runtime.GOMAXPROCS(0) == 1 {
		for i := range n {
			if i > 0 {
				j.raw(",")
			}
			j.raw(indent)
			j.value(depth+1, elem(i))
		}
	} else {
		j.parallelElements(depth+1, n, indent, elem)
	}
	j.raw("\n" + strings.Repeat("  ", depth) + "]")
}

// parallelFrom is the least number of elements encoded in parallel; below
// it, starting goroutines costs more than it saves.
const parallelFrom = 64

// window is how many encoded elements are held at most.
const window = 256

func (j *jsonWriter) parallelElements(depth, n int, indent string, elem func(i int) any) {
	workers := runtime.GOMAXPROCS(0)
	encs := make([]*elementEncoder, workers)
	for w := range encs {
		encs[w] = newElementEncoder(strings.Repeat("  ", depth))
	}
	out := make([][]byte, window)
	errs := make([]error, window)
	for start := 0; start < n && j.err == nil; start += window {
		end := min(start+window, n)
		var next atomic.Int64
		var wg sync.WaitGroup
		for _, e := range encs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := start + int(next.Add(1)) - 1
					if i >= end {
						return
					}
					out[i-start], errs[i-start] = e.encode(elem(i))
				}
			}()
		}
		wg.Wait()
		for i := start; i < end; i++ {
			if i > 0 {
				j.raw(",")
			}
			j.raw(indent)
			if j.err != nil {
				return
			}
			if err := errs[i-start]; err != nil {
				j.err = fmt.Errorf("encode json: %w", err)
				return
			}
			_, j.err = j.w.Write(out[i-start])
		}
	}
}

// elementEncoder encodes values at one depth as jsonWriter.value does,
// into bytes of their own.
type elementEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newElementEncoder(prefix string) *elementEncoder {
	e := &elementEncoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	e.enc.SetIndent(prefix, "  ")
	return e
}

func (e *elementEncoder) encode(v any) ([]byte, error) {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.Clone(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))), nil
}

// close ends the document with a newline and flushes it.
func (j *jsonWriter) close() error {
	j.raw("\n")
	if j.err == nil {
		j.err = j.w.Flush()
	}
	if j.err != nil {
		return fmt.Errorf("write json: %w", j.err)
	}
	return nil
}

// checkExtractions checks every span of xs against its document.
func checkExtractions(xs []compare.Extraction) error {
	for _, x := range xs {
		d := x.Document
		if d == nil {
			return fmt.Errorf("extraction without a document")
		}
		for _, m := range x.Mentions {
			if err := checkSpan(d, m.Span); err != nil {
				return fmt.Errorf("mention in %s: %w", d.ID, err)
			}
		}
		for i := range x.Claims {
			if err := checkClaim(d, &x.Claims[i]); err != nil {
				return err
			}
		}
		for _, sn := range x.Sentences {
			if err := checkSpan(d, sn.Span); err != nil {
				return fmt.Errorf("sentence in %s: %w", d.ID, err)
			}
			for _, w := range sn.Words {
				if err := checkSpan(d, w.Span); err != nil {
					return fmt.Errorf("word in %s: %w", d.ID, err)
				}
			}
		}
	}
	return nil
}

// oneFinalNewline passes bytes on to w but holds back the newlines at the
// end of what it has been given, writing them only when more text
// follows: a printer that ends with any number of newlines gets none, and
// writes the one it wants itself.
type oneFinalNewline struct {
	w       io.Writer
	pending int
}

func (o *oneFinalNewline) Write(p []byte) (int, error) {
	body := bytes.TrimRight(p, "\n")
	if len(body) > 0 {
		if o.pending > 0 {
			if _, err := o.w.Write(bytes.Repeat([]byte("\n"), o.pending)); err != nil {
				return 0, err
			}
		}
		if _, err := o.w.Write(body); err != nil {
			return 0, err
		}
		o.pending = 0
	}
	o.pending += len(p) - len(body)
	return len(p), nil
}
