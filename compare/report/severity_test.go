package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestLevelsByConfidence checks that SARIF levels and GitHub commands
// follow the confidence of each conflict or update.
func TestLevelsByConfidence(t *testing.T) {
	for _, tt := range []struct {
		confidence float64
		sarif, gh  string
	}{
		{0.9, "error", "::error "},
		{ErrorConfidence, "error", "::error "},
		{0.6, "warning", "::warning "},
		{0.2, "note", "::notice "},
		{0, "error", "::error "}, // never judged
	} {
		r, _ := fixture(t)
		for i := range r.Alignments {
			if r.Alignments[i].Verdict.Outcome == compare.Conflict {
				r.Alignments[i].Verdict.Outcome = compare.Update
				r.Alignments[i].Verdict.Confidence = tt.confidence
			}
		}
		var s, g bytes.Buffer
		if err := SARIF(&s, r, Options{}); err != nil {
			t.Fatal(err)
		}
		if err := GitHub(&g, r, Options{}); err != nil {
			t.Fatal(err)
		}
		if want := `"level": "` + tt.sarif + `"`; !strings.Contains(s.String(), want) {
			t.Errorf("SARIF(update of confidence %v) lacks %s", tt.confidence, want)
		}
		if !strings.HasPrefix(g.String(), tt.gh) || !strings.Contains(g.String(), "title=Update%3A") {
			t.Errorf("GitHub(update of confidence %v) = %q, want %q… titled Update", tt.confidence, g.String(), tt.gh)
		}
	}
}
