package compare

import (
	"fmt"
	"sort"
)

// Span is the byte range [Start, End) of a Document's text.
type Span struct{ Start, End int }

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies inside s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Date origins for Document.PublishedFrom.
const (
	FromFlag        = "flag"
	FromConfig      = "config"
	FromFrontMatter = "front-matter"
	FromHeader      = "header"
	FromHTMLMeta    = "html-meta"
	FromNone        = "none"
)

// Document is one input with its text exactly as read.
type Document struct {
	ID   string // "d1", "d2"… given after sorting the inputs
	Path string // as typed on the command line; "-" for standard input

	Title, Source string

	// Published is the publication date as reports show it: YYYY,
	// YYYY-MM or YYYY-MM-DD, or "" when unknown. Set it with SetPublished,
	// which also sets PublishedDate.
	Published string
	// PublishedDate is Published parsed, what the stages read to resolve
	// relative times and compare publication dates.
	PublishedDate Date
	// PublishedFrom says where Published came from (FromFlag…FromNone).
	PublishedFrom string
	// Warnings are doubts about the document worth showing to a reader,
	// such as a date line that looks like a capture stamp.
	Warnings []string

	// Text is never changed: every Span indexes it.
	Text []byte
	// TextFrom says what Text is when it is not the input's bytes as read:
	// "html" when it is the main text extracted from an HTML page, so that
	// offsets refer to the extracted text. "" means the bytes as read.
	TextFrom string
	// Clean is Text with everything that is not prose (Markdown syntax,
	// link targets, HTML tags, front matter, boilerplate lines) replaced
	// by spaces, newlines kept: the same length as Text, so offsets into
	// one are offsets into the other. Segment and mentions read Clean;
	// nil means Text is clean as it is.
	Clean []byte
	// Body is the part of Text that holds the article (after a title,
	// date line or front matter); claims come from here.
	Body Span
	// Boilerplate lines (share buttons, newsletter prompts, photo
	// credits…) inside Text; no claim comes from them.
	Boilerplate []Span
	// Filed is the place a dateline that opens the story names ("PORT
	// ELLIS" of "PORT ELLIS, Vantar — A ferry…"), or an empty span. The
	// dateline is blanked in Clean, as no part of the story's first
	// sentence; the place is kept as one the story names, where local
	// news happened.
	Filed Span

	lineStarts []int
}

// NewDocument returns a Document for text read from path, with its whole
// text as the body.
func NewDocument(path string, text []byte) *Document {
	return &Document{Path: path, Text: text, Body: Span{0, len(text)},
		PublishedFrom: FromNone, lineStarts: lineStarts(text)}
}

// SetPublished sets Published to s and PublishedDate to the date s
// writes. When s is no date (see ParseDate), Published still keeps s, to
// be shown as it was given, PublishedDate is unknown, and the error says
// why.
func (d *Document) SetPublished(s string) error {
	date, err := ParseDate(s)
	d.Published, d.PublishedDate = s, date
	return err
}

func lineStarts(text []byte) []int {
	starts := []int{0}
	for i, b := range text {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Position returns the 1-based line and 1-based byte column of offset.
func (d *Document) Position(offset int) (line, col int) {
	starts := d.lineStarts
	if starts == nil {
		// A Document built without NewDocument: computed each time, not
		// stored, since reports read positions from several goroutines.
		starts = lineStarts(d.Text)
	}
	i := sort.SearchInts(starts, offset+1) - 1
	return i + 1, offset - starts[i] + 1
}

// Plain returns the text that stages read: Clean, or Text when no byte
// needed blanking.
func (d *Document) Plain() []byte {
	if d.Clean != nil {
		return d.Clean
	}
	return d.Text
}

// Slice returns the text of s.
func (d *Document) Slice(s Span) string { return string(d.Text[s.Start:s.End]) }

// IsBoilerplate reports whether s overlaps a boilerplate span or lies
// outside the body.
func (d *Document) IsBoilerplate(s Span) bool {
	if !d.Body.Contains(s) {
		return true
	}
	for _, b := range d.Boilerplate {
		if b.Overlaps(s) {
			return true
		}
	}
	return false
}

// InputError is a problem with an input, at a place when Line > 0.
// It prints as go/token does: "path:line:col: msg".
type InputError struct {
	Path      string
	Line, Col int
	Err       error
}

func (e *InputError) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %v", e.Path, e.Line, e.Col, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }
