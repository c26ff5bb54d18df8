// Command claimdiff reads news articles about one event, extracts their
// claims (times, quantities, names) and reports where the articles agree,
// where they conflict and what only one of them says.
//
// Usage:
//
//	claimdiff compare [flags] path...
//	claimdiff extract [flags] path...
//	claimdiff version
//
// Exit codes: 0 when nothing reaches --fail-on, 1 when something does,
// 2 for bad usage or an input that cannot be read.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
