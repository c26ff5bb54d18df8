package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/mentions"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
	"github.com/spf13/cobra"
)

type extractOptions struct {
	Format, Output, Published, Config string
	Syntax                            bool
	FollowSymlinks                    bool
	Docs, News                        bool // --docs, --news: the kind of documents, else guessed
	Set                               map[string]bool
}

func newExtractCmd() *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract [flags] path...",
		Short: "List the mentions and claims found in each article",
		Long: `extract reads the articles named by path (files; folders, whose .txt, .md
and .html files are read in sorted order; - for standard input) and lists
every time, quantity and name mention and every claim found in each,
without comparing them. With --docs (or when the inputs look like a
software project's documents, as for compare) it lists the facts each
document states: requirements, settings, ports, support and the rest.`,
		Example: `  claimdiff extract --format json testdata/haiti-quake/day-after.txt
  claimdiff extract --docs README.md go.mod`,
		Args: inputArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Set = map[string]bool{}
			for _, name := range []string{"docs", "news"} {
				o.Set[name] = cmd.Flags().Changed(name)
			}
			return runExtract(cmd.Context(), o, args, cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Format, "format", "text", "output format: "+strings.Join(report.ExtractNames(), ", "))
	f.StringVarP(&o.Output, "output", "o", "", "write the result to `file` instead of standard output")
	f.StringVar(&o.Published, "published", "", "publication `date` of every input: YYYY, YYYY-MM or YYYY-MM-DD")
	f.StringVar(&o.Config, "config", "", "read aliases and dates from `file` (default: .claimdiff.yaml here or above; none for no file)")
	f.BoolVar(&o.Syntax, "syntax", false, "with --format json, also list each sentence's words with their tags, lemmas and dependency tree")
	followFlag(cmd, &o.FollowSymlinks)
	modeFlags(cmd, &o.Docs, &o.News)
	completeValues(cmd, "format", report.ExtractNames()...)
	return cmd
}

func runExtract(ctx context.Context, o extractOptions, paths []string, stdin io.Reader, stdout io.Writer) error {
	cfg, err := loadConfig(o.Config)
	if err != nil {
		return err
	}
	if !o.Set["docs"] && !o.Set["news"] {
		o.Docs, o.News = cfg.Mode == "docs", cfg.Mode == "news"
	}
	print, err := report.LookupExtract(o.Format)
	if err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	if o.Syntax && o.Format != "json" {
		return fmt.Errorf("--syntax: the words of each sentence are listed only with --format json")
	}
	if err := checkPublished(o.Published); err != nil {
		return err
	}
	if o.Output != "" {
		if err := checkDestination(o.Output); err != nil {
			return err
		}
	}
	// Bad inputs are named after the others are listed on standard
	// output, and exit 2; no file is written for a failed run.
	xs, readErr := pipeline.Extract(ctx, paths, pipeline.Options{
		Published: o.Published, Dates: cfg.Dates, Aliases: mentions.NewAliases(cfg.Aliases), Stdin: stdin,
		Sentences:      o.Syntax,
		FollowSymlinks: o.FollowSymlinks,
		Mode:           mode(o.Docs, o.News),
	})
	if xs == nil || readErr != nil && o.Output != "" {
		return readErr
	}
	if o.Output != "" {
		docs := make([]*compare.Document, len(xs))
		for i, x := range xs {
			docs[i] = x.Document
		}
		if err := checkNotInput(o.Output, docs); err != nil {
			return err
		}
	}
	// Extract output has no colour and is not wrapped: it is a listing
	// for programs and for reading in full.
	if err := writeOutput(o.Output, stdout, func(w io.Writer) error { return print(w, xs, report.Options{}) }); err != nil {
		return err
	}
	return readErr
}
