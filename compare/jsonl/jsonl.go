// Package jsonl writes and reads claims one per line, the map and reduce
// steps of a comparison split across processes or machines.
//
// Write (behind `claimdiff extract --format jsonl`) writes each document
// once, with its text, then each of its claims on a line of its own that
// starts with the claim's alignment key, so that sorting or grouping the
// lines by key (Spark, Hadoop Streaming, sort) brings together the claims
// that may answer one question. Read (behind `claimdiff judge`) reads such
// lines, from any number of Write outputs in any order, and returns the
// documents and claims as pipeline.Extract would have returned them for
// all the inputs at once: documents sorted and numbered as ingest numbers
// them, claims in document order. Aligning and judging them gives the
// report `claimdiff compare` gives, byte for byte.
//
//	jsonl.Write(w, xs)
//	docs, claims, err := jsonl.Read(r, "claims.jsonl")
package jsonl

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// Version is the "v" of every line; a reader refuses lines of another.
const Version = 1

// line is one line: a document or a claim.
type line struct {
	Key      string    `json:"key,omitempty"` // first, so that lines sort by key
	V        int       `json:"v"`
	Document *document `json:"document,omitempty"`
	Claim    *claim    `json:"claim,omitempty"`
}

type document struct {
	Path          string   `json:"path"`
	Title         string   `json:"title,omitempty"`
	Source        string   `json:"source,omitempty"`
	Published     string   `json:"published,omitempty"`
	PublishedFrom string   `json:"published_from,omitempty"`
	Warnings      []string `json:"warnings,omitempty"`
	TextFrom      string   `json:"text_from,omitempty"`
	// Text is the document's text when it is valid UTF-8 (JSON strings
	// cannot carry other bytes), else TextBytes holds it in base64.
	Text      *string `json:"text,omitempty"`
	TextBytes []byte  `json:"text_bytes,omitempty"`
}

// claim is a compare.Claim; Path names its document (IDs are given anew
// when documents from several writers meet) and Seq its place among the
// document's claims.
type claim struct {
	Path        string   `json:"path"`
	Seq         int      `json:"seq"`
	Question    string   `json:"question"`
	Kind        string   `json:"kind"`
	Value       string   `json:"value"`
	Display     string   `json:"display,omitempty"`
	Polarity    string   `json:"polarity"`
	Modality    string   `json:"modality"`
	Attribution string   `json:"attribution,omitempty"`
	Sentence    [2]int   `json:"sentence"`
	Evidence    [2]int   `json:"evidence"`
	Subject     string   `json:"subject,omitempty"`
	Terms       []string `json:"terms,omitempty"`
	Near        []string `json:"near,omitempty"`
	OtherPlaces []string `json:"other_places,omitempty"`
	Period      string   `json:"period,omitempty"`
}

// Write writes the documents of xs and their claims, one per line.
func Write(w io.Writer, xs []compare.Extraction) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, x := range xs {
		d := x.Document
		if d == nil {
			return errors.New("jsonl: extraction without a document")
		}
		wd := &document{Path: d.Path, Title: d.Title, Source: d.Source, Published: d.Published,
			PublishedFrom: d.PublishedFrom, Warnings: d.Warnings, TextFrom: d.TextFrom}
		if utf8.Valid(d.Text) {
			t := string(d.Text)
			wd.Text = &t
		} else {
			wd.TextBytes = d.Text
		}
		if err := enc.Encode(line{V: Version, Document: wd}); err != nil {
			return fmt.Errorf("jsonl: %w", err)
		}
		for i, c := range x.Claims {
			wc := &claim{Path: d.Path, Seq: i, Question: c.Question, Kind: c.Kind.String(), Value: c.Value,
				Display: c.Display, Polarity: c.Polarity.String(), Modality: c.Modality.String(),
				Attribution: c.Attribution, Sentence: [2]int{c.Sentence.Start, c.Sentence.End},
				Evidence: [2]int{c.Evidence.Start, c.Evidence.End}, Subject: c.Subject, Terms: c.Terms, Near: c.Near, OtherPlaces: c.OtherPlaces, Period: c.Period}
			if err := enc.Encode(line{Key: c.Key, V: Version, Claim: wc}); err != nil {
				return fmt.Errorf("jsonl: %w", err)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("jsonl: %w", err)
	}
	return nil
}

// A Line is one line of Write's output, without its newline, and the
// alignment key of its claim ("" for a document's line).
type Line struct {
	Key  string
	Text []byte
}

// Lines returns the lines Write writes for x: its document's, then its
// claims', for a pipeline that sends each where it belongs.
func Lines(x compare.Extraction) ([]Line, error) {
	var b bytes.Buffer
	if err := Write(&b, []compare.Extraction{x}); err != nil {
		return nil, err
	}
	var out []Line
	for i, l := range bytes.Split(bytes.TrimSuffix(b.Bytes(), []byte("\n")), []byte("\n")) {
		key := ""
		if i > 0 {
			key = x.Claims[i-1].Key
		}
		out = append(out, Line{key, l})
	}
	return out, nil
}

// A KeyedClaim is a claim read from its line alone: Doc is empty, Path
// names its document and Seq its place among the document's claims.
type KeyedClaim struct {
	Path  string
	Seq   int
	Claim compare.Claim
}

// ReadClaim reads the line of one claim.
func ReadClaim(text []byte) (KeyedClaim, error) {
	var l line
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return KeyedClaim{}, fmt.Errorf("not a claimdiff JSON line: %w", err)
	}
	if l.V != Version || l.Claim == nil || l.Document != nil {
		return KeyedClaim{}, fmt.Errorf("not a claim line of version %d", Version)
	}
	c, err := readClaim(l.Key, l.Claim)
	return KeyedClaim{l.Claim.Path, l.Claim.Seq, c}, err
}

// MaxLine is the longest line Read accepts: a document's text is one line.
const MaxLine = 256 << 20

// Read reads the lines of r, named name in errors, as a Reader given only
// r would.
func Read(r io.Reader, name string) ([]*compare.Document, []compare.Claim, error) {
	var rd Reader
	if err := rd.Add(r, name); err != nil {
		return nil, nil, err
	}
	return rd.Result()
}

// A Reader gathers the lines of several Write outputs. Its zero value is
// ready to use.
type Reader struct {
	byPath map[string]*compare.Document
	cs     []seqClaim
}

type seqClaim struct {
	path string
	seq  int
	c    compare.Claim
}

// Add reads the lines of r, named name in errors.
func (rd *Reader) Add(r io.Reader, name string) error {
	if rd.byPath == nil {
		rd.byPath = map[string]*compare.Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		fail := func(format string, args ...any) error {
			return &compare.InputError{Path: name, Line: n, Col: 1, Err: fmt.Errorf(format, args...)}
		}
		var l line
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			return fail("not a claimdiff JSON line: %v", err)
		}
		if l.V != Version {
			return fail("line of version %d; this claimdiff reads version %d", l.V, Version)
		}
		switch {
		case l.Document != nil && l.Claim == nil:
			d := readDocument(l.Document)
			if rd.byPath[d.Path] != nil {
				return fail("a second document with path %q", d.Path)
			}
			rd.byPath[d.Path] = d
		case l.Claim != nil && l.Document == nil:
			c, err := readClaim(l.Key, l.Claim)
			if err != nil {
				return fail("%v", err)
			}
			rd.cs = append(rd.cs, seqClaim{l.Claim.Path, l.Claim.Seq, c})
		default:
			return fail("a line holds one document or one claim")
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// Result returns the documents read, sorted by path and numbered d1, d2…
// as ingest numbers them, and their claims, in document order. Every
// claim's document must have been read.
func (rd *Reader) Result() ([]*compare.Document, []compare.Claim, error) {
	docs := make([]*compare.Document, 0, len(rd.byPath))
	for _, d := range rd.byPath {
		docs = append(docs, d)
	}
	slices.SortFunc(docs, func(a, b *compare.Document) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), bytes.Compare(a.Text, b.Text))
	})
	order := map[string]int{}
	for i, d := range docs {
		d.ID = fmt.Sprintf("d%d", i+1)
		order[d.Path] = i
	}
	for _, c := range rd.cs {
		d := rd.byPath[c.path]
		if d == nil {
			return nil, nil, fmt.Errorf("a claim of %q, a document not among the lines read", c.path)
		}
		for _, s := range []compare.Span{c.c.Sentence, c.c.Evidence} {
			if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
				return nil, nil, fmt.Errorf("a claim of %q has span [%d, %d) outside its text of %d bytes", c.path, s.Start, s.End, len(d.Text))
			}
		}
	}
	cs := slices.Clone(rd.cs)
	slices.SortStableFunc(cs, func(a, b seqClaim) int { return cmp.Or(order[a.path]-order[b.path], a.seq-b.seq) })
	out := make([]compare.Claim, len(cs))
	for i, c := range cs {
		c.c.Doc = rd.byPath[c.path].ID
		out[i] = c.c
	}
	return docs, out, nil
}

func readDocument(w *document) *compare.Document {
	text := w.TextBytes
	if w.Text != nil {
		text = []byte(*w.Text)
	}
	d := compare.NewDocument(w.Path, text)
	d.Title, d.Source, d.Warnings, d.TextFrom = w.Title, w.Source, w.Warnings, w.TextFrom
	// A date that is no date is kept for display and resolves nothing, as
	// when it was written.
	_ = d.SetPublished(w.Published)
	if w.PublishedFrom != "" {
		d.PublishedFrom = w.PublishedFrom
	}
	return d
}

func readClaim(key string, w *claim) (compare.Claim, error) {
	c := compare.Claim{Key: key, Question: w.Question, Value: w.Value, Display: w.Display,
		Attribution: w.Attribution, Subject: w.Subject, Terms: w.Terms, Near: w.Near, OtherPlaces: w.OtherPlaces, Period: w.Period,
		Sentence: compare.Span{Start: w.Sentence[0], End: w.Sentence[1]},
		Evidence: compare.Span{Start: w.Evidence[0], End: w.Evidence[1]}}
	var err error
	if c.Kind, err = parseWord[compare.Kind]("kind", w.Kind); err != nil {
		return c, err
	}
	if c.Polarity, err = parseWord[compare.Polarity]("polarity", w.Polarity); err != nil {
		return c, err
	}
	if c.Modality, err = parseWord[compare.Modality]("modality", w.Modality); err != nil {
		return c, err
	}
	if key == "" {
		return c, errors.New("a claim without a key")
	}
	return c, nil
}

// parseWord returns the value of an enum of compare whose String is s.
func parseWord[E interface {
	~int
	String() string
}](field, s string) (E, error) {
	for e := E(0); !strings.HasPrefix(e.String(), "invalid"); e++ {
		if e.String() == s {
			return e, nil
		}
	}
	return 0, fmt.Errorf("unknown %s %q", field, s)
}
