package eval

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadTimeML: any input gives a document or an error, never a panic,
// and every gold span lies inside the text, in characters.
func FuzzReadTimeML(f *testing.F) {
	f.Add([]byte(tmlSample))
	f.Add([]byte("<TimeML><TEXT>a<TIMEX3 type='DATE'>b</TIMEX3></TEXT></TimeML>"))
	f.Add([]byte("<?xml version='1.0' encoding='latin-1'?><a><TEXT>\xe9</TEXT></a>"))
	f.Add([]byte("<a><TEXT><TIMEX3><TIMEX3/></TIMEX3></TEXT><TEXT/></a>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := readTimeML("f.tml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.tml") {
				t.Errorf("readTimeML error %q does not name the file", err)
			}
			return
		}
		n := utf8.RuneCountInString(doc.text)
		for _, g := range doc.gold {
			if g.start < 0 || g.start > g.end || g.end > n {
				t.Errorf("readTimeML: gold span %d..%d outside a text of %d characters", g.start, g.end, n)
			}
		}
		// Matched against itself, gold finds a match for some span with
		// text (an empty span overlaps nothing, as in timeml.py).
		nonEmpty := 0
		for _, g := range doc.gold {
			if g.end > g.start {
				nonEmpty++
			}
		}
		r := matchTimes("f.tml", doc.text, doc.gold, doc.gold)
		if r.relaxed > nonEmpty || (nonEmpty > 0 && r.relaxed == 0) || r.val > r.relaxed || r.strict > r.relaxed || r.typ > r.relaxed {
			t.Errorf("matchTimes(gold, gold) = %+v for %d spans with text", r, nonEmpty)
		}
	})
}

// FuzzReadPairs: any input gives pairs or an error naming the file, never
// a panic.
func FuzzReadPairs(f *testing.F) {
	f.Add([]byte(`{"id": 1, "premise": "a", "hypothesis": "b", "label": "contradiction"}` + "\n\n"))
	f.Add([]byte("{\"id\":1,\"premise\":\"a\",\"hypothesis\":\"b\",\"label\":null}\r{}"))
	f.Add([]byte("\xff\n[1]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := readPairs("f.jsonl", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.jsonl") {
				t.Errorf("readPairs error %q does not name the file", err)
			}
			return
		}
		if len(ps) > strings.Count(string(data), "{") {
			t.Errorf("readPairs: %d pairs from %d objects at most", len(ps), strings.Count(string(data), "{"))
		}
		for _, p := range ps {
			numeric(p.premise + p.hypothesis)
		}
	})
}
