package eval

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/ingest"
	"github.com/claimdiff/claimdiff/compare/pipeline"
)

// TimeMLScores are the figures of score/timeml.py, under its keys, and
// the span precision and recall it leaves out.
type TimeMLScores struct {
	FilesError    int     `json:"files_error"`
	Gold          int     `json:"gold"`
	System        int     `json:"system"`
	StrictF1      float64 `json:"strict_f1"`
	RelaxedF1     float64 `json:"relaxed_f1"`
	TypeAccuracy  float64 `json:"type_accuracy"`
	ValueAccuracy float64 `json:"value_accuracy"`
	ValueF1       float64 `json:"value_f1"`

	StrictPrecision  float64 `json:"strict_precision"`
	StrictRecall     float64 `json:"strict_recall"`
	RelaxedPrecision float64 `json:"relaxed_precision"`
	RelaxedRecall    float64 `json:"relaxed_recall"`

	// Notes are what timeml.py --verbose prints: missed times and wrong values, in file order.
	Notes []string `json:"-"`
	// Failures name the items claimdiff could not read, with the error;
	// the Python scorer prints them whatever the flags.
	Failures []string `json:"-"`
}

// Fields lists the figures in timeml.py's order, then the precision and
// recall it does not print.
func (s TimeMLScores) Fields() []Field {
	return []Field{
		{"files_error", s.FilesError}, {"gold", s.Gold}, {"system", s.System},
		{"strict_f1", s.StrictF1}, {"relaxed_f1", s.RelaxedF1},
		{"type_accuracy", s.TypeAccuracy}, {"value_accuracy", s.ValueAccuracy},
		{"value_f1", s.ValueF1},
		{"strict_precision", s.StrictPrecision}, {"strict_recall", s.StrictRecall},
		{"relaxed_precision", s.RelaxedPrecision}, {"relaxed_recall", s.RelaxedRecall},
	}
}

// timemlDoc is a TimeML file as timeml.py reads it.
type timemlDoc struct {
	text string // the character data of <TEXT>, tags removed
	dct  string // the creation time's value, first 10 characters
	gold []timex
}

// timex is a time span in characters (code points) of the text, with its
// TIMEX3 type and value; an absent attribute is not the empty string to
// timeml.py (None against ""), so hasType and hasValue say which it is.
type timex struct {
	start, end        int
	typ, value        string
	hasType, hasValue bool
}

// readTimeML reads a TimeML document as timeml.py's parse does: the
// first TIMEX3 with functionInDocument="CREATION_TIME" anywhere gives the
// DCT; the text is the character data inside the first <TEXT> element;
// every TIMEX3 inside it, nested ones first, is a gold span.
func readTimeML(name string, data []byte) (timemlDoc, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = charsetReader
	var (
		doc      timemlDoc
		haveDCT  bool
		inText   int // depth inside the first <TEXT>, 0 outside
		textDone bool
		text     strings.Builder
		chars    int
		roots    int
		depth    int
		open     []*timex // enclosing elements inside TEXT; nil for non-TIMEX3
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return timemlDoc{}, xmlError(name, data, dec, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
			timex3 := t.Name.Space == "" && t.Name.Local == "TIMEX3"
			if timex3 && !haveDCT && attr(t, "functionInDocument") == "CREATION_TIME" {
				doc.dct, _ = attrOK(t, "value")
				haveDCT = true
			}
			switch {
			case inText > 0:
				inText++
				if timex3 {
					x := &timex{start: chars}
					x.typ, x.hasType = attrOK(t, "type")
					x.value, x.hasValue = attrOK(t, "value")
					open = append(open, x)
				} else {
					open = append(open, nil)
				}
			case !textDone && depth > 1 && t.Name.Space == "" && t.Name.Local == "TEXT":
				inText = 1 // .//TEXT: a descendant of the root, not the root
			}
		case xml.EndElement:
			depth--
			if inText > 0 {
				inText--
				if inText == 0 {
					textDone = true
					break
				}
				x := open[len(open)-1]
				open = open[:len(open)-1]
				if x != nil {
					x.end = chars
					doc.gold = append(doc.gold, *x)
				}
			}
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(t)) > 0 {
				return timemlDoc{}, &compare.InputError{Path: name, Err: errors.New("text outside the root element")}
			}
			if inText > 0 {
				text.Write(t)
				chars += utf8.RuneCount(t)
			}
		}
	}
	switch {
	case roots == 0:
		return timemlDoc{}, &compare.InputError{Path: name, Err: errors.New("no root element")}
	case roots > 1:
		return timemlDoc{}, &compare.InputError{Path: name, Err: errors.New("more than one root element")}
	case !textDone:
		return timemlDoc{}, &compare.InputError{Path: name, Err: errors.New("no <TEXT> element")}
	}
	doc.text = text.String()
	if rs := []rune(doc.dct); len(rs) > 10 {
		doc.dct = string(rs[:10])
	}
	return doc, nil
}

func attr(t xml.StartElement, name string) string {
	v, _ := attrOK(t, name)
	return v
}

func attrOK(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// xmlError names the file and the line the decoder stopped at.
func xmlError(name string, data []byte, dec *xml.Decoder, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &compare.InputError{Path: name, Line: se.Line, Err: errors.New(se.Msg)}
	}
	off := min(int(dec.InputOffset()), len(data))
	return &compare.InputError{Path: name, Line: bytes.Count(data[:off], []byte("\n")) + 1, Err: err}
}

// timemlFile is the tally of one file.
type timemlFile struct {
	failed                          bool
	failure                         string
	g, s, strict, relaxed, val, typ int
	notes                           []string
}

// TimeML scores the time mentions of `claimdiff extract` on the .tml
// files of dir against their TIMEX3 tags, as score/timeml.py does. A file
// claimdiff cannot read (say, a DCT that is no date) counts in
// FilesError; a missing dir or a malformed .tml file is an error.
func TimeML(ctx context.Context, dir string) (TimeMLScores, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return TimeMLScores{}, fmt.Errorf("timeml: %w", err)
	}
	type job struct {
		name string
		doc  timemlDoc
	}
	var jobs []job
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".tml") {
			continue
		}
		path := join(dir, e.Name())
		data, err := readFile(path)
		if err != nil {
			return TimeMLScores{}, fmt.Errorf("timeml: %w", err)
		}
		doc, err := readTimeML(path, data)
		if err != nil {
			return TimeMLScores{}, fmt.Errorf("timeml: %w", err)
		}
		jobs = append(jobs, job{e.Name(), doc})
	}
	if len(jobs) == 0 {
		return TimeMLScores{}, fmt.Errorf("timeml: %s: no .tml files", dir)
	}
	results := make([]timemlFile, len(jobs))
	err = forEach(ctx, len(jobs), func(i int) {
		results[i] = scoreTimeML(jobs[i].name, jobs[i].doc)
	})
	if err != nil {
		return TimeMLScores{}, err
	}
	var s TimeMLScores
	var strict, relaxed, val, typ int
	for _, r := range results {
		s.Notes = append(s.Notes, r.notes...)
		if r.failed {
			s.FilesError++
			s.Failures = append(s.Failures, r.failure)
			continue
		}
		s.Gold += r.g
		s.System += r.s
		strict += r.strict
		relaxed += r.relaxed
		val += r.val
		typ += r.typ
	}
	f := func(tp int) (p, r, f float64) {
		p, r = ratioOf(tp, s.System), ratioOf(tp, s.Gold)
		return p, r, f1(p, r)
	}
	sp, sr, sf := f(strict)
	rp, rr, rf := f(relaxed)
	_, _, vf := f(val)
	s.StrictF1, s.RelaxedF1, s.ValueF1 = round3(sf), round3(rf), round3(vf)
	s.StrictPrecision, s.StrictRecall = round3(sp), round3(sr)
	s.RelaxedPrecision, s.RelaxedRecall = round3(rp), round3(rr)
	s.TypeAccuracy = round3(ratioOf(typ, relaxed))
	s.ValueAccuracy = round3(ratioOf(val, relaxed))
	return s, nil
}

// scoreTimeML extracts the text's mentions, as `claimdiff extract
// --published DCT NAME.txt` would, and matches them to the gold spans.
func scoreTimeML(name string, doc timemlDoc) timemlFile {
	d, err := ingest.Parse(strings.TrimSuffix(name, ".tml")+".txt", []byte(doc.text), ingest.Options{Published: doc.dct})
	if err != nil {
		return timemlFile{failed: true, failure: fmt.Sprintf("%s: %v", name, err)}
	}
	x := pipeline.ExtractDocument(d)
	text := doc.text
	// b2c maps a byte offset on a character boundary to the character
	// index; timeml.py drops spans that start or end elsewhere.
	b2c := func(b int) (int, bool) {
		if b < 0 || b > len(text) || (b < len(text) && !utf8.RuneStart(text[b])) {
			return 0, false
		}
		return utf8.RuneCountInString(text[:b]), true
	}
	for _, m := range x.Mentions {
		// The JSON extract refuses spans outside the text, and timeml.py
		// then counts the file as an error.
		if m.Span.Start < 0 || m.Span.Start > m.Span.End || m.Span.End > len(text) {
			return timemlFile{failed: true, failure: fmt.Sprintf("%s: mention span %d..%d outside the text", name, m.Span.Start, m.Span.End)}
		}
	}
	var sys []timex
	for _, m := range x.Mentions {
		if m.Kind != compare.Time {
			continue
		}
		s, ok1 := b2c(m.Span.Start)
		e, ok2 := b2c(m.Span.End)
		if !ok1 || !ok2 {
			continue
		}
		// extract --format json leaves out an empty type, and timeml.py
		// reads it as None.
		sys = append(sys, timex{start: s, end: e, typ: m.Type, hasType: m.Type != "", value: m.Value, hasValue: true})
	}
	return matchTimes(name, text, doc.gold, sys)
}

// matchTimes matches system times to gold times as timeml.py does: each
// gold time, in order, takes the first unused system time that overlaps
// it with the same text (white space trimmed), or else the last unused
// one that overlaps it.
func matchTimes(name, text string, gold, sys []timex) timemlFile {
	var r timemlFile
	rs := []rune(text)
	// span is Python's text[s:e] for indexes in range: empty when s > e.
	span := func(s, e int) string {
		s, e = max(0, min(s, len(rs))), max(0, min(e, len(rs)))
		if s >= e {
			return ""
		}
		return string(rs[s:e])
	}
	r.g, r.s = len(gold), len(sys)
	used := make([]bool, len(sys))
	for _, g := range gold {
		gtxt := strip(span(g.start, g.end))
		best := -1
		for j, st := range sys {
			if used[j] || st.end <= g.start || st.start >= g.end {
				continue
			}
			best = j
			if strip(span(st.start, st.end)) == gtxt {
				break
			}
		}
		if best < 0 {
			r.notes = append(r.notes, fmt.Sprintf("  miss %s: %s %s", name, pyRepr(span(g.start, g.end)), pyOpt(g.value, g.hasValue)))
			continue
		}
		used[best] = true
		st := sys[best]
		r.relaxed++
		if strip(span(st.start, st.end)) == gtxt {
			r.strict++
		}
		if st.hasType == g.hasType && st.typ == g.typ {
			r.typ++
		}
		if g.hasValue && st.value == g.value {
			r.val++
		} else {
			r.notes = append(r.notes, fmt.Sprintf("  value %s: %s gold=%s got=%s", name, pyRepr(span(g.start, g.end)), pyOpt(g.value, g.hasValue), st.value))
		}
	}
	return r
}

// pyRepr quotes s roughly as Python's repr does, for notes.
func pyRepr(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	q := fmt.Sprintf("%q", s)
	return "'" + strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`) + "'"
}

func pyOpt(s string, ok bool) string {
	if !ok {
		return "None"
	}
	return s
}

// charsetReader decodes the one-byte encodings other than UTF-8 that
// Python's XML parser reads natively and TimeML files may declare.
func charsetReader(label string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii":
		b, err := io.ReadAll(in)
		if err != nil {
			return nil, err
		}
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return strings.NewReader(string(rs)), nil
	}
	return nil, fmt.Errorf("unsupported encoding %q", label)
}
