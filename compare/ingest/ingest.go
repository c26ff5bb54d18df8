// Package ingest reads inputs (files, folders, "-" for standard input) into
// Documents: text exactly as read, title, source, publication date and its
// origin, and boilerplate lines that no claim may come from.
package ingest

import (
	"context"
	"io"

	"github.com/claimdiff/claimdiff/compare"
)

// Options control reading.
type Options struct {
	// Published, when set (YYYY, YYYY-MM or YYYY-MM-DD), is the publication
	// date of every input (PublishedFrom "flag").
	Published string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// MaxBytes bounds one input's size; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0.
const DefaultMaxBytes = 32 << 20

// Read reads every input named by paths (folders expand to the .txt and .md
// files inside, in sorted order), sorts the documents by path and numbers
// them d1, d2… Errors name the input; errors of several inputs are joined,
// sorted by path.
func Read(ctx context.Context, paths []string, opt Options) ([]*compare.Document, error) {
	panic("TODO")
}

// Parse makes a Document of data read from path: metadata, body and
// boilerplate. It fails on binary data, invalid UTF-8 and empty input.
func Parse(path string, data []byte, opt Options) (*compare.Document, error) {
	panic("TODO")
}
