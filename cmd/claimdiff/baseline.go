package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/claimdiff/claimdiff/compare/baseline"
	"github.com/spf13/cobra"
)

type baselineOptions struct {
	Config, Published string
	FollowSymlinks    bool
	Docs, News        bool
}

func newBaselineCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "baseline",
		Short: "Record the conflicts known today, so that CI fails only on new ones",
		Long: `baseline write FILE path... compares the inputs as compare does and records
their conflicts in FILE. compare --baseline FILE then reports those
conflicts marked "known (in baseline)" and does not fail on them.

A conflict is known when its key, its documents (by path) and their values
are the same: an edit elsewhere in a document keeps it known, a changed
value makes it new.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newBaselineWriteCmd())
	return cmd
}

func newBaselineWriteCmd() *cobra.Command {
	var o baselineOptions
	cmd := &cobra.Command{
		Use:     "write [flags] FILE path...",
		Short:   "Write the conflicts of the inputs to FILE",
		Example: `  claimdiff baseline write .claimdiff-baseline.json testdata/haiti-quake`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 {
				return fmt.Errorf("%s: want FILE and at least one input (see '%s --help')", cmd.CommandPath(), cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBaselineWrite(cmd.Context(), o, args[0], args[1:], cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Config, "config", "", "read settings from `file` (default: .claimdiff.yaml here or above; none for no file)")
	f.StringVar(&o.Published, "published", "", "publication `date` of every input: YYYY, YYYY-MM or YYYY-MM-DD")
	followFlag(cmd, &o.FollowSymlinks)
	modeFlags(cmd, &o.Docs, &o.News)
	return cmd
}

func runBaselineWrite(ctx context.Context, o baselineOptions, file string, paths []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := loadConfig(o.Config)
	if err != nil {
		return err
	}
	if err := checkPublished(o.Published); err != nil {
		return err
	}
	if file == "-" {
		return fmt.Errorf("baseline write: FILE must be a file, not standard output")
	}
	if err := checkDestination(file); err != nil {
		return err
	}
	// What the configuration ignores is not a conflict to remember.
	// A baseline of only some of the inputs would forget conflicts: with
	// any bad input none is written.
	if !o.Docs && !o.News {
		o.Docs, o.News = cfg.Mode == "docs", cfg.Mode == "news"
	}
	r, err := compareConfigured(ctx, paths, o.Published, cfg, o.FollowSymlinks, mode(o.Docs, o.News), stdin, stderr)
	if err != nil {
		return err
	}
	if err := checkNotInput(file, r.Documents); err != nil {
		return err
	}
	b := baseline.FromReport(r)
	if err := writeFileAtomic(file, b.Write); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "wrote %s: %d known %s of %d documents\n", file, len(b.Conflicts), plural(len(b.Conflicts), "conflict", "conflicts"), len(r.Documents))
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// readBaseline reads the baseline file p.
func readBaseline(p string) (*baseline.Baseline, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %w", err)
	}
	defer f.Close()
	return baseline.Read(p, f)
}
