package report

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Options holds decisions made by the caller; printers never look at the
// terminal or the environment.
type Options struct {
	Color bool // ANSI colour in text output
	Width int  // wrap width for text output; 0 means no wrapping
}

// A Printer writes a whole report in one format. It does not close w.
type Printer func(w io.Writer, r *compare.Report, opt Options) error

// An ExtractPrinter writes what extract found in one format.
type ExtractPrinter func(w io.Writer, xs []compare.Extraction, opt Options) error

// A new format is one file holding its printer and wire types, one entry
// here and one golden file under testdata.
var (
	printers = map[string]Printer{
		"json": JSON,
		"text": Text,
	}
	extractPrinters = map[string]ExtractPrinter{
		"json": ExtractJSON,
		"text": ExtractText,
	}
)

// Lookup returns the Printer for the format name, or an error listing the
// known names.
func Lookup(name string) (Printer, error) {
	if p, ok := printers[name]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("unknown report format %q (known: %s)", name, strings.Join(Names(), ", "))
}

// Names returns the names Lookup knows, sorted.
func Names() []string { return slices.Sorted(maps.Keys(printers)) }

// LookupExtract returns the ExtractPrinter for the format name, or an error
// listing the known names.
func LookupExtract(name string) (ExtractPrinter, error) {
	if p, ok := extractPrinters[name]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("unknown extract format %q (known: %s)", name, strings.Join(ExtractNames(), ", "))
}

// ExtractNames returns the names LookupExtract knows, sorted.
func ExtractNames() []string { return slices.Sorted(maps.Keys(extractPrinters)) }

// stats are the counts every format summarises.
type stats struct {
	Documents, Claims, Alignments int
	Agree, Conflict, Unique       int
}

func count(r *compare.Report) stats {
	s := stats{Documents: len(r.Documents), Alignments: len(r.Alignments)}
	for _, a := range r.Alignments {
		s.Claims += len(a.Claims)
		switch a.Verdict.Outcome {
		case compare.Agree:
			s.Agree++
		case compare.Conflict:
			s.Conflict++
		case compare.Unique:
			s.Unique++
		}
	}
	return s
}

// docIndex maps IDs to documents so that each claim finds its document
// without a scan; it is only looked up, never iterated.
type docIndex map[string]*compare.Document

func indexDocs(docs []*compare.Document) docIndex {
	ix := make(docIndex, len(docs))
	for _, d := range docs {
		ix[d.ID] = d
	}
	return ix
}

// claimDoc returns the document of c after checking that both of c's spans
// lie inside its text, so that printers can slice without panicking on a
// report built by hand or by a buggy stage.
func (ix docIndex) claimDoc(a *compare.Alignment, c *compare.Claim) (*compare.Document, error) {
	d := ix[c.Doc]
	if d == nil {
		return nil, fmt.Errorf("alignment %s: claim names unknown document %q", a.ID, c.Doc)
	}
	if err := checkClaim(d, c); err != nil {
		return nil, fmt.Errorf("alignment %s: %w", a.ID, err)
	}
	return d, nil
}

func checkClaim(d *compare.Document, c *compare.Claim) error {
	if err := checkSpan(d, c.Evidence); err != nil {
		return fmt.Errorf("evidence of claim in %s: %w", d.ID, err)
	}
	if err := checkSpan(d, c.Sentence); err != nil {
		return fmt.Errorf("sentence of claim in %s: %w", d.ID, err)
	}
	return nil
}

func checkSpan(d *compare.Document, s compare.Span) error {
	if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
		return fmt.Errorf("span [%d, %d) outside text of %d bytes", s.Start, s.End, len(d.Text))
	}
	return nil
}
