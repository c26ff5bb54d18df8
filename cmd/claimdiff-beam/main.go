// Command claimdiff-beam runs claimdiff's comparison as an Apache Beam
// pipeline, for inputs beyond one machine: read documents and extract
// their claims on every worker, then align and judge all claims and write
// one report, the one `claimdiff compare` writes for the same inputs, byte
// for byte.
//
//	claimdiff-beam --input 'articles/*.txt' --output report.json --format json --runner prism
//
// It is a module of its own so that the Beam SDK and its dependencies
// stay out of the claimdiff module. See docs/beam.md for Dataflow and
// Flink.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/claimdiff/claimdiff/compare/report"
)

var (
	input  = flag.String("input", "", "glob of the documents to compare, such as 'articles/*.txt' (local files)")
	output = flag.String("output", "", "where to write the report (a local path or any Beam filesystem, such as gs://…)")
	format = flag.String("format", "json", "report format: the formats of claimdiff compare")
)

func main() {
	flag.Parse()
	beam.Init()
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "claimdiff-beam:", err)
		os.Exit(2)
	}
}

func run(ctx context.Context) error {
	if *input == "" || *output == "" {
		return fmt.Errorf("--input and --output are required")
	}
	if _, err := report.Lookup(*format); err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	paths, err := filepath.Glob(*input)
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("--input %q matches no file", *input)
	}
	slices.Sort(paths)
	p, s := beam.NewPipelineWithRoot()
	Compare(s, paths, *output, *format)
	return beamx.Run(ctx, p)
}
