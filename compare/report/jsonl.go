package report

import (
	"fmt"
	"io"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/jsonl"
)

// ExtractJSONL writes xs one claim per line, each starting with its
// alignment key, after each document with its text: the map step that
// `claimdiff judge` reduces (see package jsonl). It checks every span
// first.
func ExtractJSONL(w io.Writer, xs []compare.Extraction, _ Options) error {
	if err := checkExtractions(xs); err != nil {
		return fmt.Errorf("jsonl extract: %w", err)
	}
	return jsonl.Write(w, xs)
}
