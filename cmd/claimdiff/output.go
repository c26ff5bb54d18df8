package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/claimdiff/claimdiff/compare/report"
	// golang.org/x/term rather than mattn/go-isatty: it is kept by the Go
	// team, and one package answers both questions asked here, whether
	// stdout is a terminal and how wide it is.
	"golang.org/x/term"
)

// writeOutput writes what print produces to the file path, or to stdout
// when path is "". Either way nothing is written unless print succeeds:
// a file goes through a temporary file beside it, renamed into place (a
// rename within one folder is atomic), and standard output gets nothing
// until print returns or has written more than holdBack bytes, by when
// it has checked the report (see heldWriter).
func writeOutput(path string, stdout io.Writer, print func(io.Writer) error) error {
	if path == "" {
		h := &heldWriter{w: stdout}
		if err := print(h); err != nil {
			return err
		}
		return h.flush()
	}
	return writeFileAtomic(path, print)
}

// writeFileAtomic writes one file as writeFiles does.
func writeFileAtomic(path string, print func(io.Writer) error) error {
	return writeFiles([]fileJob{{path: path, print: print}})
}

// writeError names path, the file the user asked for, rather than the
// temporary file an error of the os package names.
func writeError(path string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return fmt.Errorf("write %s: %w", path, err)
}

// printOptions makes the decisions printers leave to the caller: colour
// and wrap width, both from the terminal when the user did not say.
// Output to a file is never a terminal.
func printOptions(color string, width int, widthSet bool, output string, stdout io.Writer) (report.Options, error) {
	tty, cols := false, 0
	if f, ok := stdout.(interface{ Fd() uintptr }); ok && output == "" {
		fd := int(f.Fd())
		if tty = term.IsTerminal(fd); tty {
			if w, _, err := term.GetSize(fd); err == nil {
				cols = w
			}
		}
	}
	var opt report.Options
	switch color {
	case "always":
		opt.Color = true
	case "never":
	case "auto":
		opt.Color = autoColor(tty, os.Getenv)
	default:
		return opt, fmt.Errorf("--color: unknown value %q (want auto, always or never)", color)
	}
	opt.Width = cols
	if widthSet {
		opt.Width = width
	}
	return opt, nil
}

// autoColor decides --color auto: colour on a terminal, unless NO_COLOR
// is present and not empty (https://no-color.org) or the terminal says
// it has no capabilities (TERM=dumb, as Emacs shells and some CI logs
// set).
func autoColor(tty bool, getenv func(string) string) bool {
	return tty && getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}
