package report

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// Options holds decisions made by the caller; printers never look at the
// terminal or the environment.
type Options struct {
	Color bool // ANSI colour in text output
	Width int  // wrap width for text output; 0 means no wrapping
	// Version is claimdiff's version, for SARIF's tool.driver.version;
	// "" leaves it out.
	Version string
	// SourceRoot is the repository's root as a path from the working
	// folder ("" or "." for the working folder itself, ".." above it):
	// SARIF names files inside it relative to %SRCROOT%, as code scanning
	// expects.
	SourceRoot string
	// Agreements says how text, Markdown and HTML show agreements:
	// AgreementsSummary (the default, "") a line each, AgreementsNone
	// not at all, AgreementsAll in full with their evidence.
	Agreements string
	// Unique lists the claims only one document makes; otherwise only
	// their number is given.
	Unique bool
}

// Values of Options.Agreements.
const (
	AgreementsSummary = "summary"
	AgreementsNone    = "none"
	AgreementsAll     = "all"
)

// A Printer writes a whole report in one format. It does not close w.
type Printer func(w io.Writer, r *compare.Report, opt Options) error

// An ExtractPrinter writes what extract found in one format.
type ExtractPrinter func(w io.Writer, xs []compare.Extraction, opt Options) error

// A new format is one file holding its printer and wire types, one entry
// here and one golden file under testdata.
var (
	printers = map[string]Printer{
		"github":   GitHub,
		"html":     HTML,
		"json":     JSON,
		"junit":    JUnit,
		"markdown": Markdown,
		"sarif":    SARIF,
		"text":     Text,
	}
	extractPrinters = map[string]ExtractPrinter{
		"json":  ExtractJSON,
		"jsonl": ExtractJSONL,
		"text":  ExtractText,
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
	Documents, Claims, Alignments   int
	Agree, Conflict, Update, Unique int
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
		case compare.Update:
			s.Update++
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

// position is where a span starts and ends as people and CI tools count:
// lines from 1, columns from 1 in Unicode code points (not bytes, which
// is what Document.Position gives), the end column being that of the
// character after the span.
type position struct{ Line, Col, EndLine, EndCol int }

func runePosition(d *compare.Document, s compare.Span) position {
	l, c := runeColumn(d, s.Start)
	el, ec := runeColumn(d, s.End)
	return position{l, c, el, ec}
}

func runeColumn(d *compare.Document, offset int) (line, col int) {
	line, bcol := d.Position(offset)
	start := offset - (bcol - 1)
	return line, utf8.RuneCount(d.Text[start:offset]) + 1
}

// value is the claim's value as a person would write it.
func value(c *compare.Claim) string {
	if c.Display != "" {
		return c.Display
	}
	return c.Value
}

// checkAll checks every claim of r against its document, so that a
// printer can index and slice freely afterwards.
func checkAll(ix docIndex, r *compare.Report) error {
	for i := range r.Alignments {
		a := &r.Alignments[i]
		for j := range a.Claims {
			if _, err := ix.claimDoc(a, &a.Claims[j]); err != nil {
				return err
			}
		}
	}
	return nil
}

// oneLine collapses runs of white space, line breaks included, into one
// space: evidence sentences may span lines of their document.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// severalDocs reports whether a holds claims of more than one document.
func severalDocs(a *compare.Alignment) bool {
	for _, c := range a.Claims[1:] {
		if c.Doc != a.Claims[0].Doc {
			return true
		}
	}
	return false
}
