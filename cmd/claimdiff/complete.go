package main

import (
	"strings"

	"github.com/spf13/cobra"
)

// completeValues makes the shell complete flag with values, each with
// its meaning after a tab (shown by zsh and fish).
func completeValues(cmd *cobra.Command, flag string, values ...string) {
	// Registering fails only for a flag that does not exist: a
	// programmer's error, caught by the completion test.
	if err := cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)); err != nil {
		panic(err)
	}
}

// completeReport completes --report FORMAT=PATH: the format names with
// "=", then, after it, file names.
func completeReport(cmd *cobra.Command, formats []string) {
	err := cmd.RegisterFlagCompletionFunc("report", func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if strings.Contains(toComplete, "=") {
			return nil, cobra.ShellCompDirectiveDefault
		}
		var out []string
		for _, f := range formats {
			if strings.HasPrefix(f, toComplete) {
				out = append(out, f+"=")
			}
		}
		return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
	})
	if err != nil {
		panic(err)
	}
}

var (
	failOnValues = []string{
		"conflict\texit 1 on a conflict (default)",
		"update\texit 1 also on an update (a later source revising a figure or a plan)",
		"unique\texit 1 also on a claim only one document makes",
		"none\tnever exit 1",
	}
	colorValues = []string{
		"auto\tcolour on a terminal, unless NO_COLOR is set or TERM=dumb",
		"always\tcolour even off a terminal",
		"never\tno colour",
	}
)
