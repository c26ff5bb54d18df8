package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/jsonl"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
	"github.com/spf13/cobra"
)

type judgeOptions struct{ Format, Output, FailOn, Config string }

func newJudgeCmd() *cobra.Command {
	var o judgeOptions
	cmd := &cobra.Command{
		Use:   "judge [flags] [file...]",
		Short: "Align and judge claims written by extract --format jsonl",
		Long: `judge is the reduce step of a comparison split across processes or
machines: it reads the lines that 'claimdiff extract --format jsonl' wrote
(from files, or standard input when none is given or for -), from any
number of runs over parts of the inputs and in any order, aligns and
judges the claims and writes the report that 'claimdiff compare' would
write for all the inputs at once, with the same exit codes.`,
		Example: `  claimdiff extract --format jsonl a.txt > a.jsonl
  claimdiff extract --format jsonl b.txt > b.jsonl
  claimdiff judge --format json a.jsonl b.jsonl
  cat *.jsonl | sort | claimdiff judge`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runJudge(o, args, cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Format, "format", "text", "output format: "+strings.Join(report.Names(), ", "))
	f.StringVarP(&o.Output, "output", "o", "", "write the report to `file` instead of standard output")
	f.StringVar(&o.FailOn, "fail-on", "conflict", "exit 1 on this outcome or above: conflict, unique or none")
	f.StringVar(&o.Config, "config", "", "read what to ignore from `file` (default: .claimdiff.yaml here or above; none for no file)")
	return cmd
}

func runJudge(o judgeOptions, paths []string, stdin io.Reader, stdout io.Writer) error {
	cfg, err := loadConfig(o.Config)
	if err != nil {
		return err
	}
	print, err := report.Lookup(o.Format)
	if err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	failing, err := failingOutcomes(o.FailOn)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	var rd jsonl.Reader
	for _, p := range paths {
		if err := addLines(&rd, p, stdin); err != nil {
			return err
		}
	}
	docs, claims, err := rd.Result()
	if err != nil {
		return err
	}
	r := pipeline.Reduce(docs, claims)
	dropIgnored(r, cfg)
	if err := writeOutput(o.Output, stdout, func(w io.Writer) error { return print(w, r, report.Options{}) }); err != nil {
		return err
	}
	if reaches(r, failing) {
		return errFindings
	}
	return nil
}

// failingOutcomes returns the outcomes that fail a run for a --fail-on
// value.
func failingOutcomes(value string) ([]compare.Outcome, error) {
	failing, ok := failOn[value]
	if !ok {
		return nil, fmt.Errorf("--fail-on: unknown value %q (want conflict, update, unique or none)", value)
	}
	return failing, nil
}

func addLines(rd *jsonl.Reader, path string, stdin io.Reader) error {
	if path == "-" {
		return rd.Add(stdin, "-")
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	return rd.Add(f, path)
}
