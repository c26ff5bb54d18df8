// Package report prints a compare.Report, and for extract a list of
// compare.Extraction, in one of several formats: one data structure, many
// printers.
//
// In: a Report (documents, and alignments with their verdicts) or the
// extractions of some documents, and Options the caller decided (colour,
// wrap width). Out: bytes on an io.Writer. Printers never look at the
// terminal or the environment, never close the writer, and write nothing
// when the report is inconsistent (a claim naming an unknown document, a
// span outside its text): they return an error instead.
//
// Formats are found by name:
//
//	p, err := report.Lookup("text") // report.Names() lists them
//	if err != nil {
//		return err
//	}
//	err = p(os.Stdout, r, report.Options{Color: true, Width: 100})
//
// "json" writes docs/schema/report.v1.json (and for extract,
// docs/schema/extract.v1.json). "text" is for the terminal: conflicts first,
// the words that differ between two evidence sentences marked through a
// word-level go-diff, a summary line at the end. For CI and review:
//
//   - "markdown": a pull-request comment or $GITHUB_STEP_SUMMARY, every
//     piece of document text escaped;
//   - "sarif": SARIF 2.1.0, one result per conflict, a rule per kind of
//     claim (time-conflict, quantity-conflict, name-conflict,
//     polarity-conflict), line-independent partialFingerprints;
//   - "junit": JUnit XML, a test case per alignment, a conflict failing,
//     a unique claim skipped;
//   - "github": GitHub Actions ::error commands, one per conflicting
//     claim;
//   - "html": one self-contained page, documents side by side with each
//     alignment's evidence in one colour, locked down by a
//     Content-Security-Policy that admits only its own style and script.
//
// Columns: "text" and "json" count bytes, as go/token does; the formats
// read by other tools (sarif, junit, github, html) count Unicode code
// points, as SARIF's columnKind "unicodeCodePoints" says and as editors
// and CI annotations show characters.
//
// A new format is one file holding its printer and private wire types, one
// entry in the printers map and one golden file under testdata.
package report
