// Package pipeline runs the stages of claimdiff in order: ingest, segment,
// mentions, claims, align, judge. It is the one call the CLI makes.
package pipeline

import (
	"context"
	"io"

	"github.com/claimdiff/claimdiff/compare"
)

// Options for Compare and Extract.
type Options struct {
	Published string    // publication date for every input, as --published
	Stdin     io.Reader // read for the input "-"
}

// Compare reads the inputs and returns the report of their claims'
// agreements and conflicts.
func Compare(ctx context.Context, paths []string, opt Options) (*compare.Report, error) {
	panic("TODO")
}

// Extract reads the inputs and returns each document's mentions and claims.
func Extract(ctx context.Context, paths []string, opt Options) ([]compare.Extraction, error) {
	panic("TODO")
}
