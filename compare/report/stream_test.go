package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestStreamedJSONIsEncoderJSON: written a value at a time, the JSON is
// the bytes encoding/json gives the whole document, indented by two.
func TestStreamedJSONIsEncoderJSON(t *testing.T) {
	r, xs := fixture(t)
	for _, tt := range []struct {
		name  string
		print func(*bytes.Buffer) error
	}{
		{"JSON", func(b *bytes.Buffer) error { return JSON(b, r, Options{}) }},
		{"JSON of no alignments", func(b *bytes.Buffer) error { return JSON(b, &compare.Report{}, Options{}) }},
		{"ExtractJSON", func(b *bytes.Buffer) error { return ExtractJSON(b, xs, Options{}) }},
		{"ExtractJSON of nothing", func(b *bytes.Buffer) error { return ExtractJSON(b, nil, Options{}) }},
	} {
		var got bytes.Buffer
		if err := tt.print(&got); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var compact, want bytes.Buffer
		if err := json.Compact(&compact, got.Bytes()); err != nil {
			t.Fatalf("%s wrote invalid JSON: %v", tt.name, err)
		}
		if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		want.WriteByte('\n')
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s wrote\n%s\nwant\n%s", tt.name, got.Bytes(), want.Bytes())
		}
	}
}

// failAfter accepts n bytes, then fails.
type failAfter struct{ n int }

var errFull = errors.New("disk full")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errFull
	}
	f.n -= len(p)
	return len(p), nil
}

// TestPrintersReportWriteErrors: a writer that fails part-way makes every
// printer fail, whatever it buffers.
func TestPrintersReportWriteErrors(t *testing.T) {
	r, _ := fixture(t)
	for _, name := range Names() {
		p, _ := Lookup(name)
		if err := p(&failAfter{n: 10}, r, Options{}); !errors.Is(err, errFull) {
			t.Errorf("%s printer on a failing writer = %v, want %v", name, err, errFull)
		}
	}
}
