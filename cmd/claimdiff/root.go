package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

const (
	exitOK       = 0 // ran; nothing at or above --fail-on
	exitFindings = 1 // conflicts (or what --fail-on names) found; report written
	exitUsage    = 2 // bad usage, or input unreadable or invalid
)

// errFindings is returned by a command that ran to the end and found what
// --fail-on names. It is silent: the report has already said what was found.
var errFindings = errors.New("findings at or above --fail-on")

// run runs claimdiff with args and the given streams and returns the exit
// code. It alone decides exit codes, as cmd/gofmt's main does; everything
// below it returns errors.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := onSignal(stderr)
	defer stop()

	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	}
	// Several inputs' errors come joined, one per line: prefix each line
	// so that every one reads as a complete message.
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintf(stderr, "claimdiff: %s\n", line)
	}
	return exitUsage
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "claimdiff",
		Short: "Compare the claims of news articles about one event",
		Long: `claimdiff reads news articles about one event, extracts their claims
(times, quantities, names) and reports where the articles agree, where they
conflict and what only one of them says.

Exit codes: 0 when nothing reaches --fail-on, 1 when something does,
2 for bad usage or an input that cannot be read.`,
		Version: version(),
		// run prints errors once, in its own form; usage after every
		// error would bury the message.
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetVersionTemplate("claimdiff {{.Version}}\n")
	// Unknown or malformed flags are usage errors; say which command's
	// --help to read.
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return fmt.Errorf("%w (see '%s --help')", err, cmd.CommandPath())
	})
	root.AddCommand(newCompareCmd(), newExtractCmd(), newJudgeCmd(), newVersionCmd())
	root.AddCommand(newBaselineCmd())
	root.AddCommand(newEvalCmd())
	root.AddCommand(newParseCmd())
	return root
}

// version returns the main module's version as the go command recorded
// it, "(devel)" for a build from a working tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// inputArgs requires at least one input, naming the forms one can take.
func inputArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%s: no input (give files, folders or - for standard input; see '%s --help')",
			cmd.CommandPath(), cmd.CommandPath())
	}
	return nil
}

// publishedForm is the form --published accepts; checkPublished then
// checks that month and day exist.
var publishedForm = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// checkPublished checks the value of --published; "" means not given.
func checkPublished(s string) error {
	if s == "" {
		return nil
	}
	bad := fmt.Errorf("--published: %q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
	if !publishedForm.MatchString(s) {
		return bad
	}
	// The form matched fixes the length, and so the layout.
	if _, err := time.Parse("2006-01-02"[:len(s)], s); err != nil {
		return bad
	}
	return nil
}
