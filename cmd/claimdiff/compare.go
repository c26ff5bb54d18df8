package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/baseline"
	"github.com/claimdiff/claimdiff/compare/config"
	"github.com/claimdiff/claimdiff/compare/mentions"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
	"github.com/spf13/cobra"
)

type compareOptions struct {
	Format, Output, FailOn, Published, Color string
	Width                                    int
	WidthSet                                 bool // --width given; else the terminal decides

	Agreements    string  // summary, none or all
	Unique        bool    // list claims only one document makes
	MinConfidence float64 // conflicts and updates below are hidden

	Reports          []string // FORMAT=PATH
	Config, Baseline string
	FollowSymlinks   bool
	Docs, News       bool // --docs, --news: the kind of documents, else guessed
	// Set says which of the flags a configuration can set were given:
	// those override it.
	Set map[string]bool
}

// failOn maps each --fail-on value to the outcomes that fail the run. The
// scale is conflict, then update (a later source revising a figure or
// overtaking a plan), then unique (a question other articles leave open):
// each fails on what the values before it fail on; agreement never fails
// a run.
var failOn = map[string][]compare.Outcome{
	"conflict": {compare.Conflict},
	"update":   {compare.Conflict, compare.Update},
	"unique":   {compare.Conflict, compare.Update, compare.Unique},
	"none":     nil,
}

func newCompareCmd() *cobra.Command {
	var o compareOptions
	cmd := &cobra.Command{
		Use:   "compare [flags] path...",
		Short: "Report where articles agree and conflict",
		Long: `compare reads the articles named by path (files; folders, whose .txt, .md
and .html files are read in sorted order; - for standard input), finds the
questions they answer and says for each whether their answers agree or
conflict, or whether only one article answers it. A file named twice is
read once; a symbolic link inside a folder that leads out of it is skipped
unless --follow-symlinks.

It exits 1 when an answer reaches --fail-on: with "conflict" (the default)
any conflict, with "update" also an update (a later article revising a
figure or overtaking a plan), with "unique" also a claim made by one
article only, with "none" never. Conflicts and updates whose confidence is
below --min-confidence are hidden and never fail the run. A conflict recorded in the --baseline file is reported as
known and does not fail the run. It exits 2 on bad usage or an input that
cannot be read: the other inputs are still compared and reported on
standard output, and no report file is written.

Settings come from --config FILE, or else from the first .claimdiff.yaml
in the working folder or its parents up to the repository's root (the
folder holding .git); flags override them. See docs/configuration.md.`,
		Example: `  claimdiff compare testdata/haiti-quake/*.txt
  claimdiff compare --format json --output report.json testdata/haiti-quake
  claimdiff compare --fail-on none --published 2010-01-13 - < article.txt
  claimdiff compare --format github --report sarif=claimdiff.sarif --report junit=junit.xml docs/
  claimdiff compare --baseline .claimdiff-baseline.json docs/`,
		Args: inputArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.WidthSet = cmd.Flags().Changed("width")
			o.Set = map[string]bool{}
			for _, name := range []string{"format", "fail-on", "baseline", "docs", "news"} {
				o.Set[name] = cmd.Flags().Changed(name)
			}
			return runCompare(cmd.Context(), o, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Format, "format", "text", "output format: "+strings.Join(report.Names(), ", "))
	f.StringVarP(&o.Output, "output", "o", "", "write the report to `file` instead of standard output")
	f.StringVar(&o.FailOn, "fail-on", "conflict", "exit 1 on this outcome or above: conflict, update, unique or none")
	f.StringVar(&o.Agreements, "agreements", report.AgreementsSummary, "how to show agreements: summary (a line each), none or all (with their evidence)")
	f.BoolVar(&o.Unique, "unique", false, "list the claims only one document makes")
	f.Float64Var(&o.MinConfidence, "min-confidence", DefaultMinConfidence, "hide conflicts and updates whose confidence is below this `value` (0 to 1)")
	f.StringVar(&o.Published, "published", "", "publication `date` of every input: YYYY, YYYY-MM or YYYY-MM-DD")
	f.StringVar(&o.Color, "color", "auto", "colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never")
	f.IntVar(&o.Width, "width", 0, "wrap the text report at `n` columns; 0 means no wrapping (default: the terminal's width)")
	f.StringArrayVar(&o.Reports, "report", nil, "also write the report in `FORMAT=PATH` (repeatable), such as sarif=claimdiff.sarif")
	f.StringVar(&o.Config, "config", "", "read settings from `file` (default: .claimdiff.yaml here or above; none for no file)")
	f.StringVar(&o.Baseline, "baseline", "", "known conflicts, from 'claimdiff baseline write': reported, but never failing the run (`file`)")
	followFlag(cmd, &o.FollowSymlinks)
	modeFlags(cmd, &o.Docs, &o.News)
	completeValues(cmd, "format", report.Names()...)
	completeValues(cmd, "fail-on", failOnValues...)
	completeValues(cmd, "color", colorValues...)
	completeValues(cmd, "agreements",
		"summary\ta line each (default)", "none\tnot shown", "all\tin full, with their evidence")
	completeReport(cmd, report.Names())
	return cmd
}

// runCompare checks every flag before reading any input, so that a usage
// error costs nothing and leaves nothing behind.
func runCompare(ctx context.Context, o compareOptions, paths []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := loadConfig(o.Config)
	if err != nil {
		return err
	}
	if !o.Set["format"] && cfg.Format != "" {
		o.Format = cfg.Format
	}
	if !o.Set["fail-on"] && cfg.FailOn != "" {
		o.FailOn = cfg.FailOn
	}
	if !o.Set["baseline"] && cfg.Baseline != "" {
		o.Baseline = cfg.Baseline
	}
	if !o.Set["docs"] && !o.Set["news"] {
		o.Docs, o.News = cfg.Mode == "docs", cfg.Mode == "news"
	}
	print, err := report.Lookup(o.Format)
	if err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	failing, err := failingOutcomes(o.FailOn)
	if err != nil {
		return err
	}
	if err := checkPublished(o.Published); err != nil {
		return err
	}
	if o.Width < 0 {
		return fmt.Errorf("--width: %d is negative (0 means no wrapping)", o.Width)
	}
	if err := checkShowing(o.Agreements, o.MinConfidence); err != nil {
		return err
	}
	ropt, err := printOptions(o.Color, o.Width, o.WidthSet, o.Output, stdout)
	if err != nil {
		return err
	}
	// Claims that fail the run are listed, as conflicts are.
	o.Unique = o.Unique || slices.Contains(failing, compare.Unique)
	ropt.Agreements, ropt.Unique = o.Agreements, o.Unique
	ropt = withRun(ropt)
	specs, err := reportSpecs(o.Reports, cfg.Reports, o.Output)
	if err != nil {
		return err
	}
	// Every file to write is checked before any input is read.
	var jobs []fileJob
	if o.Output != "" {
		jobs = append(jobs, fileJob{path: o.Output})
	}
	for _, s := range specs {
		jobs = append(jobs, fileJob{flag: "--report " + s.format, path: s.path})
	}
	for _, j := range jobs {
		if err := checkDestination(j.path); err != nil {
			return j.wrap(err)
		}
	}
	var known *baseline.Baseline
	if o.Baseline != "" {
		if known, err = readBaseline(o.Baseline); err != nil {
			return err
		}
	}

	// Inputs that cannot be read are named, the others still compared and
	// reported on standard output, and the exit code is 2, as a compiler
	// goes on past one bad file. No file is written: a failed run leaves
	// no report behind, for a CI step to take for a complete one.
	r, readErr := compareConfigured(ctx, paths, o.Published, cfg, o.FollowSymlinks, mode(o.Docs, o.News), stdin, stderr)
	if r == nil {
		return readErr
	}
	hideBelow(r, o.MinConfidence)
	if known != nil {
		known.Mark(r)
	}
	for _, j := range jobs {
		if err := checkNotInput(j.path, r.Documents); err != nil {
			return j.wrap(err)
		}
	}
	// The files are written together or not at all. Files get no colour
	// and no wrapping: they are read by programs, or in a browser or a CI
	// page of its own width.
	if o.Output != "" {
		jobs[0].print = func(w io.Writer) error { return print(w, r, ropt) }
	}
	for i, s := range specs {
		jobs[len(jobs)-len(specs)+i].print = func(w io.Writer) error {
			return s.print(w, r, withRun(report.Options{Agreements: o.Agreements, Unique: o.Unique}))
		}
	}
	if readErr != nil {
		jobs = nil
	}
	if err := writeFiles(jobs); err != nil {
		return err
	}
	if o.Output == "" {
		if err := writeOutput("", stdout, func(w io.Writer) error { return print(w, r, ropt) }); err != nil {
			return err
		}
	}
	if readErr != nil {
		return readErr
	}
	if reaches(r, failing) {
		return errFindings
	}
	return nil
}

// reaches reports whether some alignment of r has one of the outcomes;
// a conflict known from the baseline does not count.
func reaches(r *compare.Report, outcomes []compare.Outcome) bool {
	for _, a := range r.Alignments {
		if slices.Contains(outcomes, a.Verdict.Outcome) && !baseline.IsKnown(a) {
			return true
		}
	}
	return false
}

// compareConfigured runs the pipeline with the configuration's dates and
// aliases, and drops the alignments it ignores.
// As pipeline.Compare, an error naming bad inputs may come with the
// report on the others.
func compareConfigured(ctx context.Context, paths []string, published string, cfg *config.Config, follow bool, m pipeline.Mode, stdin io.Reader, stderr io.Writer) (*compare.Report, error) {
	r, err := pipeline.Compare(ctx, paths, pipeline.Options{
		Published: published, Dates: cfg.Dates, Aliases: mentions.NewAliases(cfg.Aliases),
		Stdin: stdin, Progress: progressBar(stderr), FollowSymlinks: follow, Mode: m,
	})
	if r == nil {
		return nil, err
	}
	dropIgnored(r, cfg)
	return r, err
}

// modeFlags adds --docs and --news to cmd.
func modeFlags(cmd *cobra.Command, docs, news *bool) {
	cmd.Flags().BoolVar(docs, "docs", false, "read the inputs as a software project's documents (README, docs pages, manifests); a folder gives its docs and manifests, skipping vendored and generated folders (default: when an input is a manifest, a README or a project folder)")
	cmd.Flags().BoolVar(news, "news", false, "read the inputs as articles, even when they look like a project's documents")
	cmd.MarkFlagsMutuallyExclusive("docs", "news")
}

// mode turns --docs and --news into the pipeline's mode.
func mode(docs, news bool) pipeline.Mode {
	switch {
	case docs:
		return pipeline.ModeDocs
	case news:
		return pipeline.ModeNews
	}
	return pipeline.ModeAuto
}

// followFlag adds --follow-symlinks to cmd.
func followFlag(cmd *cobra.Command, follow *bool) {
	cmd.Flags().BoolVar(follow, "follow-symlinks", false, "read symbolic links inside input folders that lead out of them (skipped by default: in a checkout they may point at any file)")
}
