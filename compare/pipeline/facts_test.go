package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/report"
)

// TestOneEntryPerFactOnSharedCorpus runs every cluster of the shared
// corpus and checks that no key appears twice among the alignments of
// several documents, that no polarity claim agrees in sentences whose
// values conflict, and that the JSON stats count the entries.
func TestOneEntryPerFactOnSharedCorpus(t *testing.T) {
	const corpus = "../../../shared/corpus"
	dirs, _ := filepath.Glob(filepath.Join(corpus, "*"))
	if len(dirs) == 0 {
		t.Skipf("shared corpus not found at %s", corpus)
	}
	clusters := 0
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		if len(files) < 2 {
			continue
		}
		clusters++
		r, err := Compare(context.Background(), files, Options{})
		if err != nil {
			t.Fatalf("Compare(%s): %v", dir, err)
		}
		seen := map[string]string{}
		type sentence struct {
			doc  string
			span compare.Span
		}
		disagreeing := map[[2]sentence]bool{}
		for _, a := range r.Alignments {
			if !severalDocs(a) {
				continue
			}
			if prev, ok := seen[a.Key]; ok {
				t.Errorf("%s: key %q in %s and %s", filepath.Base(dir), a.Key, prev, a.ID)
			}
			seen[a.Key] = a.ID
			if o := a.Verdict.Outcome; a.Kind != compare.PolarityKind && (o == compare.Conflict || o == compare.Update) {
				for _, x := range a.Claims {
					for _, y := range a.Claims {
						if x.Doc != y.Doc {
							disagreeing[[2]sentence{{x.Doc, x.Sentence}, {y.Doc, y.Sentence}}] = true
						}
					}
				}
			}
			if a.Verdict.Confidence <= 0 || a.Verdict.Confidence > 1 {
				t.Errorf("%s: %s has confidence %v, want it in (0, 1]", filepath.Base(dir), a.ID, a.Verdict.Confidence)
			}
		}
		for _, a := range r.Alignments {
			if a.Kind != compare.PolarityKind || a.Verdict.Outcome != compare.Agree {
				continue
			}
			for _, x := range a.Claims {
				for _, y := range a.Claims {
					if disagreeing[[2]sentence{{x.Doc, x.Sentence}, {y.Doc, y.Sentence}}] {
						t.Errorf("%s: polarity %s agrees in sentences whose values disagree", filepath.Base(dir), a.ID)
					}
				}
			}
		}
		var b bytes.Buffer
		if err := report.JSON(&b, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		var got struct {
			Alignments []struct{ Verdict string }
			Stats      map[string]int
		}
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		counts := map[string]int{}
		for _, a := range got.Alignments {
			counts[a.Verdict]++
		}
		for _, v := range []string{"agree", "conflict", "update", "unique"} {
			if got.Stats[v] != counts[v] {
				t.Errorf("%s: stats say %d %s, the report holds %d", filepath.Base(dir), got.Stats[v], v, counts[v])
			}
		}
		if got.Stats["alignments"] != len(got.Alignments) {
			t.Errorf("%s: stats say %d alignments, the report holds %d", filepath.Base(dir), got.Stats["alignments"], len(got.Alignments))
		}
	}
	if clusters == 0 {
		t.Skipf("no cluster of two or more articles under %s", corpus)
	}
}

func severalDocs(a compare.Alignment) bool {
	for _, c := range a.Claims {
		if c.Doc != a.Claims[0].Doc {
			return true
		}
	}
	return false
}
