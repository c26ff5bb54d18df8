package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
	"github.com/spf13/cobra"
)

type compareOptions struct {
	Format, Output, FailOn, Published, Color string
	Width                                    int
	WidthSet                                 bool // --width given; else the terminal decides
}

// failOn maps each --fail-on value to the outcomes that fail the run. The
// scale is conflict, then unique (a question other articles leave open),
// so "unique" fails on both; agreement never fails a run.
var failOn = map[string][]compare.Outcome{
	"conflict": {compare.Conflict},
	"unique":   {compare.Conflict, compare.Unique},
	"none":     nil,
}

func newCompareCmd() *cobra.Command {
	var o compareOptions
	cmd := &cobra.Command{
		Use:   "compare [flags] path...",
		Short: "Report where articles agree and conflict",
		Long: `compare reads the articles named by path (files; folders, whose .txt and .md
files are read in sorted order; - for standard input), finds the questions
they answer and says for each whether their answers agree or conflict, or
whether only one article answers it.

It exits 1 when an answer reaches --fail-on: with "conflict" (the default)
any conflict, with "unique" also a claim made by one article only, with
"none" never.`,
		Example: `  claimdiff compare testdata/haiti-quake/*.txt
  claimdiff compare --format json --output report.json testdata/haiti-quake
  claimdiff compare --fail-on none --published 2010-01-13 - < article.txt`,
		Args: inputArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.WidthSet = cmd.Flags().Changed("width")
			return runCompare(cmd.Context(), o, args, cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Format, "format", "text", "output format: "+strings.Join(report.Names(), ", "))
	f.StringVarP(&o.Output, "output", "o", "", "write the report to `file` instead of standard output")
	f.StringVar(&o.FailOn, "fail-on", "conflict", "exit 1 on this outcome or above: conflict, unique or none")
	f.StringVar(&o.Published, "published", "", "publication `date` of every input: YYYY, YYYY-MM or YYYY-MM-DD")
	f.StringVar(&o.Color, "color", "auto", "colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never")
	f.IntVar(&o.Width, "width", 0, "wrap the text report at `n` columns; 0 means no wrapping (default: the terminal's width)")
	return cmd
}

// runCompare checks every flag before reading any input, so that a usage
// error costs nothing and leaves nothing behind.
func runCompare(ctx context.Context, o compareOptions, paths []string, stdin io.Reader, stdout io.Writer) error {
	print, err := report.Lookup(o.Format)
	if err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	failing, ok := failOn[o.FailOn]
	if !ok {
		return fmt.Errorf("--fail-on: unknown value %q (want conflict, unique or none)", o.FailOn)
	}
	if err := checkPublished(o.Published); err != nil {
		return err
	}
	if o.Width < 0 {
		return fmt.Errorf("--width: %d is negative (0 means no wrapping)", o.Width)
	}
	ropt, err := printOptions(o.Color, o.Width, o.WidthSet, o.Output, stdout)
	if err != nil {
		return err
	}

	r, err := pipeline.Compare(ctx, paths, pipeline.Options{Published: o.Published, Stdin: stdin})
	if err != nil {
		return err
	}
	if err := writeOutput(o.Output, stdout, func(w io.Writer) error { return print(w, r, ropt) }); err != nil {
		return err
	}
	if reaches(r, failing) {
		return errFindings
	}
	return nil
}

// reaches reports whether some alignment of r has one of the outcomes.
func reaches(r *compare.Report, outcomes []compare.Outcome) bool {
	for _, a := range r.Alignments {
		if slices.Contains(outcomes, a.Verdict.Outcome) {
			return true
		}
	}
	return false
}
