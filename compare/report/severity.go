package report

import "github.com/claimdiff/claimdiff/compare"

// Confidence at or above which a conflict or update is an error in SARIF
// and GitHub annotations; from WarningConfidence it is a warning, and
// below, a note. A reader acts on errors first.
const (
	ErrorConfidence   = 0.75
	WarningConfidence = 0.5
)

// level is the SARIF level (result.level, SARIF 2.1.0 §3.27.10: "error",
// "warning" or "note") and GitHub workflow command of a conflict or update
// of the given confidence. A confidence of 0 was never set (a report
// built by hand, or before judging): such a finding is an error, as all
// were before confidence.
func level(confidence float64) string {
	switch {
	case confidence == 0:
		return "error"
	case confidence >= ErrorConfidence:
		return "error"
	case confidence >= WarningConfidence:
		return "warning"
	}
	return "note"
}

// ghCommand is the workflow command of a level: GitHub names a note
// "notice".
func ghCommand(level string) string {
	if level == "note" {
		return "notice"
	}
	return level
}

// disagree reports whether a's verdict says its sources differ: a
// conflict or an update, which SARIF and GitHub report alike.
func disagree(a *compare.Alignment) bool {
	return a.Verdict.Outcome == compare.Conflict || a.Verdict.Outcome == compare.Update
}

// verdictTitle is "Conflict" or "Update", for titles.
func verdictTitle(a *compare.Alignment) string {
	if a.Verdict.Outcome == compare.Update {
		return "Update"
	}
	return "Conflict"
}
