package times

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
)

// timemlDir holds TimeBank documents with gold TIMEX3 tags; it is shared
// evaluation data, never copied into the repository.
const timemlDir = "../../../shared/timeml"

type goldTimex struct {
	span       compare.Span
	typ, value string
}

type timemlDoc struct {
	name, dct string
	text      []byte
	gold      []goldTimex
}

// readTimeML returns the text of <TEXT> with its tags removed, the
// creation date and the TIMEX3 tags inside <TEXT>.
func readTimeML(path string) (timemlDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return timemlDoc{}, err
	}
	doc := timemlDoc{name: filepath.Base(path)}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	var text bytes.Buffer
	inText := false
	type open struct {
		start      int
		typ, value string
	}
	var stack []open
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return timemlDoc{}, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range t.Attr {
				attr[a.Name.Local] = a.Value
			}
			switch {
			case t.Name.Local == "TEXT":
				inText = true
			case t.Name.Local == "TIMEX3" && attr["functionInDocument"] == "CREATION_TIME" && doc.dct == "":
				doc.dct = attr["value"]
				if len(doc.dct) > 10 {
					doc.dct = doc.dct[:10]
				}
			case t.Name.Local == "TIMEX3" && inText:
				stack = append(stack, open{text.Len(), attr["type"], attr["value"]})
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "TEXT":
				inText = false
			case t.Name.Local == "TIMEX3" && inText && len(stack) > 0:
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				doc.gold = append(doc.gold, goldTimex{compare.Span{Start: o.start, End: text.Len()}, o.typ, o.value})
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	doc.text = text.Bytes()
	return doc, nil
}

type timemlScore struct {
	gold, system, strict, relaxed, typ, value int
}

func f1(tp, sys, gold int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(sys), float64(tp)/float64(gold)
	return 2 * p * r / (p + r)
}

// score matches as ../shared/score/timeml.py does: for each gold tag the
// first unused overlapping mention, or the one with the same text.
func (s *timemlScore) add(doc timemlDoc, ms []compare.Mention, t *testing.T, verbose bool) {
	s.gold += len(doc.gold)
	s.system += len(ms)
	used := make([]bool, len(ms))
	trim := func(sp compare.Span) string { return strings.TrimSpace(string(doc.text[sp.Start:sp.End])) }
	for _, g := range doc.gold {
		best := -1
		for j, m := range ms {
			if used[j] || m.Span.End <= g.span.Start || m.Span.Start >= g.span.End {
				continue
			}
			best = j
			if trim(m.Span) == trim(g.span) {
				break
			}
		}
		if best < 0 {
			if verbose {
				t.Logf("miss %s: %q %s %s", doc.name, trim(g.span), g.typ, g.value)
			}
			continue
		}
		used[best] = true
		m := ms[best]
		s.relaxed++
		if trim(m.Span) == trim(g.span) {
			s.strict++
		}
		if m.Type == g.typ {
			s.typ++
		}
		if m.Value == g.value {
			s.value++
		} else if verbose {
			t.Logf("value %s: %q gold=%s got=%s (%q)", doc.name, trim(g.span), g.value, m.Value, trim(m.Span))
		}
	}
	if verbose {
		for j, m := range ms {
			if !used[j] {
				t.Logf("extra %s: %q %s %s", doc.name, trim(m.Span), m.Type, m.Value)
			}
		}
	}
}

func loadTimeML(t testing.TB) []timemlDoc {
	files, _ := filepath.Glob(filepath.Join(timemlDir, "*.tml"))
	if len(files) == 0 {
		t.Skipf("no TimeML data in %s", timemlDir)
	}
	var docs []timemlDoc
	for _, f := range files {
		doc, err := readTimeML(f)
		if err != nil {
			t.Fatalf("readTimeML(%s): %v", f, err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// TestTimeML measures Find against TimeBank gold as the reference
// scorer does, and fails when the figures fall below what was reached.
// Set TIMEML_VERBOSE=1 and run with -v to list misses, extras and wrong values.
func TestTimeML(t *testing.T) {
	docs := loadTimeML(t)
	verbose := os.Getenv("TIMEML_VERBOSE") != ""
	var s timemlScore
	for _, doc := range docs {
		d := compare.NewDocument(doc.name, doc.text)
		d.SetPublished(doc.dct)
		// sentences as the pipeline cuts them, so that the figures match
		// claimdiff extract scored by ../shared/score/timeml.py
		s.add(doc, Find(d, segment.Sentences(d)), t, verbose)
	}
	strict, relaxed := f1(s.strict, s.system, s.gold), f1(s.relaxed, s.system, s.gold)
	valueF1 := f1(s.value, s.system, s.gold)
	t.Logf("%d documents: gold %d, system %d; strict F1 %.3f, relaxed F1 %.3f, type accuracy %.3f, value accuracy %.3f, value F1 %.3f",
		len(docs), s.gold, s.system, strict, relaxed, float64(s.typ)/float64(s.relaxed), float64(s.value)/float64(s.relaxed), valueF1)
	// Reached relaxed 0.943 and value 0.822 (strict 0.875); the floors sit
	// 0.02 below.
	const minRelaxed, minValue = 0.92, 0.80
	if relaxed < minRelaxed || valueF1 < minValue {
		t.Errorf("Find on %s: relaxed F1 %.3f, value F1 %.3f; want at least %.2f and %.2f", timemlDir, relaxed, valueF1, minRelaxed, minValue)
	}
}
