package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

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
func (j *jsonWriter) array(depth, n int, elem func(i int) any) {
	if n == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	for i := range n {
		if i > 0 {
			j.raw(",")
		}
		j.raw("\n" + strings.Repeat("  ", depth+1))
		j.value(depth+1, elem(i))
	}
	j.raw("\n" + strings.Repeat("  ", depth) + "]")
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
