package main

import (
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/compare/report"
)

// withRun adds what every printer may name about this run to opt: the
// version, and the repository's root (SARIF's %SRCROOT%).
func withRun(opt report.Options) report.Options {
	opt.Version = version()
	opt.SourceRoot = sourceRoot()
	return opt
}

// sourceRoot is the folder holding .git at or above the working folder,
// as a path from it ("." or "..", "../.."), or "." outside a repository.
func sourceRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := wd; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			if rel, err := filepath.Rel(wd, d); err == nil {
				return rel
			}
			return "."
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "."
		}
		d = parent
	}
}
