package main

import (
	"fmt"
	"slices"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/judge"
	"github.com/claimdiff/claimdiff/compare/report"
)

// DefaultMinConfidence is --min-confidence's default. It was chosen on
// half A of the shared clusters and on pairs of unrelated wire stories
// (see the commit that set it) and checked on half B.
const DefaultMinConfidence = 0.3

var agreementsValues = []string{report.AgreementsSummary, report.AgreementsNone, report.AgreementsAll}

// checkShowing checks --agreements and --min-confidence.
func checkShowing(agreements string, minConfidence float64) error {
	if !slices.Contains(agreementsValues, agreements) {
		return fmt.Errorf("--agreements: unknown value %q (want summary, none or all)", agreements)
	}
	if minConfidence < 0 || minConfidence > 1 {
		return fmt.Errorf("--min-confidence: %g is not between 0 and 1", minConfidence)
	}
	return nil
}

// hideBelow removes from r the conflicts and updates whose confidence is
// below min, and says in a warning how many it hid.
func hideBelow(r *compare.Report, min float64) {
	kept := r.Alignments[:0]
	hidden := 0
	for _, a := range r.Alignments {
		if judge.Disagree(a.Verdict.Outcome) && a.Verdict.Confidence < min {
			hidden++
			continue
		}
		kept = append(kept, a)
	}
	r.Alignments = kept
	if hidden > 0 {
		r.Warnings = append(r.Warnings, fmt.Sprintf("%d %s below confidence %g hidden (--min-confidence)",
			hidden, map[bool]string{true: "conflict or update", false: "conflicts or updates"}[hidden == 1], min))
	}
}
