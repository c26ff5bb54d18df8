package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare/eval"
	"github.com/spf13/cobra"
)

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score claimdiff against labelled data",
		Long: `eval scores claimdiff on evaluation data with gold answers and prints the
figures the reference scorers in score/ print on the same input: TimeML time
expressions, labelled sentence pairs, article clusters with gold.yaml,
project documentation cases with case.yaml, or a Universal Dependencies
treebank (tagging and parsing).

Exit codes: 0 when the data was scored, 2 for bad usage or data that cannot
be read.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("%s: unknown kind %q (want timeml, pairs, corpus, docs or ud)", cmd.CommandPath(), args[0])
			}
			return fmt.Errorf("%s: say what to score: timeml, pairs, corpus, docs or ud (see '%s --help')", cmd.CommandPath(), cmd.CommandPath())
		},
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	cmd.AddCommand(newEvalTimeMLCmd(), newEvalPairsCmd(), newEvalCorpusCmd(), newEvalDocsCmd(), newEvalUDCmd())
	return cmd
}

// oneArg requires the single folder or file a scorer reads.
func oneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return fmt.Errorf("%s: want one %s, got %d arguments (see '%s --help')", cmd.CommandPath(), what, len(args), cmd.CommandPath())
		}
		return nil
	}
}

func formatFlag(cmd *cobra.Command, format *string) {
	cmd.Flags().StringVar(format, "format", "text", "output format: text or json")
	completeValues(cmd, "format", "text", "json")
}

func checkEvalFormat(format string) error {
	if format != "text" && format != "json" {
		return fmt.Errorf("--format: unknown format %q (want text or json)", format)
	}
	return nil
}

func newEvalTimeMLCmd() *cobra.Command {
	var format string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "timeml [flags] dir",
		Short: "Score time expressions on the TimeML (.tml) files of dir",
		Long: `timeml extracts the times of the text inside <TEXT> of each .tml file of dir,
against the publication date of its DCT, and matches them to the gold TIMEX3
tags TempEval-3 style: strict and relaxed span F1 (with precision and recall),
type accuracy, value accuracy and value F1 (a relaxed match whose value is
right). The figures are those of score/timeml.py.`,
		Example: `  claimdiff eval timeml ../shared/timeml
  claimdiff eval timeml --format json ../shared/timeml`,
		Args: oneArg("folder"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkEvalFormat(format); err != nil {
				return err
			}
			s, err := eval.TimeML(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return writeScores(cmd, format, verbose, s.Failures, s.Notes, s.Fields())
		},
	}
	formatFlag(cmd, &format)
	cmd.Flags().BoolVar(&verbose, "verbose", false, "list missed times and wrong values on standard error")
	return cmd
}

func newEvalPairsCmd() *cobra.Command {
	var format string
	var opt eval.PairsOptions
	cmd := &cobra.Command{
		Use:   "pairs [flags] file.jsonl",
		Short: "Score contradiction detection on labelled sentence pairs",
		Long: `pairs compares the premise and hypothesis of each line of a JSON Lines file
({id, premise, hypothesis, label}) as two documents and predicts a
contradiction when the report has a conflict between them. It prints
precision, recall and F1 for contradictions, accuracy and the counts behind
them; the figures are those of score/pairs.py.`,
		Example: `  claimdiff eval pairs ../shared/pairs/sick.jsonl --limit 300
  claimdiff eval pairs --filter numeric --format json ../shared/pairs/equate_redditnli.jsonl`,
		Args: oneArg("file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkEvalFormat(format); err != nil {
				return err
			}
			if opt.Filter != "" && opt.Filter != "numeric" {
				return fmt.Errorf("--filter: unknown filter %q (want numeric)", opt.Filter)
			}
			if opt.Limit < 0 {
				return fmt.Errorf("--limit: %d is negative (0 means all pairs)", opt.Limit)
			}
			s, err := eval.Pairs(cmd.Context(), args[0], opt)
			if err != nil {
				return err
			}
			return printScores(cmd.OutOrStdout(), format, s.Fields())
		},
	}
	formatFlag(cmd, &format)
	cmd.Flags().StringVar(&opt.Filter, "filter", "", `keep only some pairs: "numeric" keeps those with a digit or a number word`)
	cmd.Flags().IntVar(&opt.Limit, "limit", 0, "score the first `n` pairs (after --filter); 0 means all")
	return cmd
}

func newEvalDocsCmd() *cobra.Command {
	var format string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "docs [flags] dir",
		Short: "Score docs mode against the case.yaml cases under dir",
		Long: `docs compares the files of each folder of dir that holds a case.yaml (a
project's README, docs pages and manifests) and scores the report against
its gold facts: conflict precision and recall, and agreement recall. The
figures are those of score/docs.py.`,
		Example: `  claimdiff eval docs ../shared/docs
  claimdiff eval docs --verbose --format json ../shared/docs`,
		Args: oneArg("folder"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkEvalFormat(format); err != nil {
				return err
			}
			s, err := eval.Docs(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return writeScores(cmd, format, verbose, s.Failures, s.Notes, s.Fields())
		},
	}
	formatFlag(cmd, &format)
	cmd.Flags().BoolVar(&verbose, "verbose", false, "list missed and false conflicts on standard error")
	return cmd
}

func newEvalCorpusCmd() *cobra.Command {
	var format string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "corpus [flags] dir",
		Short: "Score compare against the gold.yaml clusters under dir",
		Long: `corpus compares the articles of each folder of dir that holds a gold.yaml and
scores the report against its gold claims: conflict precision, recall and F1,
agreement precision and recall, and value accuracy. The figures are those of
score/corpus.py.`,
		Example: `  claimdiff eval corpus ../shared/corpus
  claimdiff eval corpus --verbose --format json ../shared/corpus`,
		Args: oneArg("folder"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkEvalFormat(format); err != nil {
				return err
			}
			s, err := eval.Corpus(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return writeScores(cmd, format, verbose, s.Failures, s.Notes, s.Fields())
		},
	}
	formatFlag(cmd, &format)
	cmd.Flags().BoolVar(&verbose, "verbose", false, "list missed and false conflicts and missed agreements on standard error")
	return cmd
}

func newEvalUDCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "ud [flags] file.conllu",
		Short: "Score the tagger and parser on a CoNLL-U treebank",
		Long: `ud tags and parses the words of a CoNLL-U file as given (gold tokenisation)
and scores them against the file's own annotation as the CoNLL 2018 shared
task does: UPOS accuracy, UAS (head right) and LAS (head and relation right,
the relation compared on its universal part, before ':'), over words with
integer IDs. tokens_per_second counts words tagged and parsed per second of
that work alone, on all CPUs. The figures are those of score/ud.py, which
times the whole command.`,
		Example: `  claimdiff eval ud ../shared/ud/en_ewt-ud-dev.conllu
  claimdiff eval ud --format json ../shared/ud/en_ewt-ud-dev.conllu`,
		Args: oneArg("file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkEvalFormat(format); err != nil {
				return err
			}
			s, err := eval.UD(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return printScores(cmd.OutOrStdout(), format, s.Fields())
		},
	}
	formatFlag(cmd, &format)
	return cmd
}

// writeScores prints the items that could not be scored and, with
// --verbose, the scorer's notes on standard error, then the figures.
func writeScores(cmd *cobra.Command, format string, verbose bool, failures, verboseNotes []string, fields []eval.Field) error {
	notes(cmd.ErrOrStderr(), failures)
	if verbose {
		notes(cmd.ErrOrStderr(), verboseNotes)
	}
	return printScores(cmd.OutOrStdout(), format, fields)
}

func notes(w io.Writer, lines []string) {
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

// printScores writes the figures as one JSON object, in the Python
// scorer's form so that the two outputs can be diffed, or as a table of
// one figure a line with the values aligned.
func printScores(w io.Writer, format string, fields []eval.Field) error {
	var b strings.Builder
	if format == "json" {
		b.WriteString(eval.JSON(fields))
		b.WriteByte('\n')
	} else {
		width := 0
		for _, f := range fields {
			width = max(width, len(f.Key))
		}
		for _, f := range fields {
			v := eval.FormatValue(f.Value)
			if x, ok := f.Value.(float64); ok {
				v = strconv.FormatFloat(x, 'f', 3, 64)
			}
			fmt.Fprintf(&b, "%-*s  %6s\n", width, f.Key, v)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
