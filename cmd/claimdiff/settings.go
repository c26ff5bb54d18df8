package main

import (
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/config"
	"github.com/claimdiff/claimdiff/compare/report"
	"golang.org/x/term"
)

// loadConfig reads the file --config names, or else the .claimdiff.yaml
// that config.Find finds from the working folder; "none" reads none. A
// run without a file gets an empty Config.
func loadConfig(flag string) (*config.Config, error) {
	p := flag
	switch flag {
	case "none":
		return &config.Config{}, nil
	case "":
		var err error
		if p, err = config.Find("."); err != nil {
			return nil, err
		}
		if p == "" {
			return &config.Config{}, nil
		}
	}
	return config.Load(p, config.Options{Formats: report.Names()})
}

// reportSpec is one more report to write: a format and a file.
type reportSpec struct {
	format, path string
	print        report.Printer
}

// reportSpecs merges the reports of the configuration with those of
// --report FORMAT=PATH (a flag wins over the file for its format) and
// checks them all: known formats, one file per format, no file written
// twice, not even by --output.
func reportSpecs(flags []string, fromConfig map[string]string, output string) ([]reportSpec, error) {
	byFormat := maps.Clone(fromConfig)
	if byFormat == nil {
		byFormat = map[string]string{}
	}
	given := map[string]bool{}
	for _, f := range flags {
		format, path, ok := strings.Cut(f, "=")
		if !ok || format == "" || path == "" {
			return nil, fmt.Errorf("--report: %q: want FORMAT=PATH, such as sarif=claimdiff.sarif", f)
		}
		if given[format] {
			return nil, fmt.Errorf("--report: format %s given twice", format)
		}
		given[format] = true
		byFormat[format] = path
	}
	var specs []reportSpec
	written := map[string]string{}
	if output != "" {
		written[output] = "--output"
	}
	for _, format := range slices.Sorted(maps.Keys(byFormat)) {
		p, err := report.Lookup(format)
		if err != nil {
			return nil, fmt.Errorf("--report: %w", err)
		}
		path := byFormat[format]
		if path == "-" {
			return nil, fmt.Errorf("--report: %s=-: standard output takes --format, a report needs a file", format)
		}
		if other, ok := written[path]; ok {
			return nil, fmt.Errorf("--report: %s=%s: %s writes that file already", format, path, other)
		}
		written[path] = "--report " + format
		specs = append(specs, reportSpec{format, path, p})
	}
	return specs, nil
}

// dropIgnored removes the alignments the configuration ignores and numbers
// the others a1, a2… again, in their order.
func dropIgnored(r *compare.Report, c *config.Config) {
	if len(c.Ignore) == 0 {
		return
	}
	kept := r.Alignments[:0]
	for _, a := range r.Alignments {
		if !c.Ignored(a.Key, a.Question) {
			kept = append(kept, a)
		}
	}
	for i := range kept {
		kept[i].ID = fmt.Sprintf("a%d", i+1)
	}
	r.Alignments = kept
}

// progressMin is the number of documents above which a run shows its
// progress: fewer take about a second.
const progressMin = 20

// showProgress decides whether a run over total documents draws a
// progress bar on standard error: only for many documents, only on a
// terminal, never in CI (whose logs keep every redraw) nor on a dumb
// terminal.
func showProgress(total int, terminal bool, getenv func(string) string) bool {
	return total > progressMin && terminal && getenv("CI") == "" && getenv("TERM") != "dumb"
}

// progressBar returns the callback for pipeline.Options.Progress drawing
// on stderr, or nil when stderr is not a terminal. The bar is drawn once
// total is known, and erased when the last document is done so that the
// report does not follow a stale line.
func progressBar(stderr io.Writer) func(done, total int) {
	f, ok := stderr.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return func(done, total int) {
		if !showProgress(total, true, os.Getenv) {
			return
		}
		const width = 30
		fill := width * done / total
		fmt.Fprintf(stderr, "\r[%s%s] %d/%d documents", strings.Repeat("=", fill), strings.Repeat(" ", width-fill), done, total)
		if done == total {
			fmt.Fprint(stderr, "\r\x1b[K")
		}
	}
}
