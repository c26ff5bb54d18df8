package main

import (
	"fmt"

	"github.com/claimdiff/claimdiff/compare/syntax"
	"github.com/spf13/cobra"
)

func newVersionCmd() *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print claimdiff's version",
		Long: `version prints claimdiff's version; with --verbose also the data built into
the binary and the notices its licences require.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := fmt.Sprintf("claimdiff %s\n", version())
			if verbose {
				out += "\n" + syntax.Attribution + "\n"
			}
			_, err := fmt.Fprint(cmd.OutOrStdout(), out)
			return err
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "also print the embedded data's sources and licences")
	return cmd
}
