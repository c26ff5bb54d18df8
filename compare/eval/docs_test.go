package eval

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDocs(t *testing.T) {
	s, err := Docs(context.Background(), "testdata/docs")
	if err != nil {
		t.Fatal(err)
	}
	want := DocsScores{Cases: 2, GoldConflicts: 1, ReportedConflicts: 1, ConflictPrecision: 1, ConflictRecall: 1,
		GoldAgreements: 3, AgreeRecall: 1}
	s.Notes, s.Failures = nil, nil
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("Docs(testdata/docs) mismatch (-want +got):\n%s", diff)
	}
	if _, err := Docs(context.Background(), "testdata/corpus"); err == nil {
		t.Error("Docs(testdata/corpus): no error for a folder without case.yaml")
	}
}
