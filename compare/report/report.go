// Package report prints a compare.Report (and, for extract, a list of
// compare.Extraction) in one of several formats. One data structure, many
// printers.
package report

import (
	"io"

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
