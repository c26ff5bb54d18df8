package baseline_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/baseline"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/google/go-cmp/cmp"
)

func report(deaths1, deaths2 string) *compare.Report {
	return &compare.Report{
		Documents: []*compare.Document{{ID: "d1", Path: "./news/a.txt"}, {ID: "d2", Path: "news/b.txt"}},
		Alignments: []compare.Alignment{
			{ID: "a1", Key: "quantity/death/count", Question: "How many people died?",
				Claims: []compare.Claim{
					{Doc: "d2", Value: deaths2, Evidence: compare.Span{Start: 40, End: 44}},
					{Doc: "d1", Value: deaths1, Evidence: compare.Span{Start: 10, End: 13}},
				},
				Verdict: compare.Verdict{Outcome: compare.Conflict, Qualifiers: []string{"published 2 days apart"}}},
			{ID: "a2", Key: "name/where", Claims: []compare.Claim{{Doc: "d1", Value: "Ostby"}, {Doc: "d2", Value: "Ostby"}},
				Verdict: compare.Verdict{Outcome: compare.Agree}},
		},
	}
}

func TestFromReport(t *testing.T) {
	got := baseline.FromReport(report("112", "118"))
	want := &baseline.Baseline{Schema: baseline.Schema, Conflicts: []baseline.Conflict{{
		Key: "quantity/death/count", Question: "How many people died?",
		Claims: []baseline.Claim{{Path: "news/a.txt", Value: "112"}, {Path: "news/b.txt", Value: "118"}},
	}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromReport mismatch (-want +got):\n%s", diff)
	}
}

func TestMark(t *testing.T) {
	b := baseline.FromReport(report("112", "118"))
	tests := []struct {
		name   string
		r      *compare.Report
		marked int
	}{
		{"same values", report("112", "118"), 1},
		{"moved evidence", func() *compare.Report {
			r := report("112", "118")
			r.Alignments[0].Claims[0].Evidence = compare.Span{Start: 400, End: 404}
			return r
		}(), 1},
		{"reworded question", func() *compare.Report {
			r := report("112", "118")
			r.Alignments[0].Question = "How many died?"
			return r
		}(), 1},
		{"changed value", report("112", "120"), 0},
		{"other document", func() *compare.Report {
			r := report("112", "118")
			r.Documents[1].Path = "news/c.txt"
			return r
		}(), 0},
	}
	for _, tt := range tests {
		if got := b.Mark(tt.r); got != tt.marked {
			t.Errorf("Mark(%s) = %d, want %d", tt.name, got, tt.marked)
		}
		if got := baseline.IsKnown(tt.r.Alignments[0]); got != (tt.marked == 1) {
			t.Errorf("after Mark(%s): IsKnown = %t, want %t", tt.name, got, tt.marked == 1)
		}
		if baseline.IsKnown(tt.r.Alignments[1]) {
			t.Errorf("after Mark(%s): an agreement is marked known", tt.name)
		}
	}
}

func TestWriteRead(t *testing.T) {
	b := baseline.FromReport(report("112", "118"))
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatalf("Write = %v", err)
	}
	got, err := baseline.Read("known.json", &buf)
	if err != nil {
		t.Fatalf("Read(Write(b)) = %v", err)
	}
	if diff := cmp.Diff(b, got); diff != "" {
		t.Errorf("Read(Write(b)) mismatch (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", "known.json: baseline: EOF"},
		{"{\n  \"schema\": \"claimdiff/baseline/v1\",\n  \"conflicts\": [,]\n}", "known.json:3: baseline: invalid character ',' looking for beginning of value"},
		{`{"schema": "claimdiff/baseline/v9", "conflicts": []}`, `known.json: baseline: schema "claimdiff/baseline/v9", want "claimdiff/baseline/v1" (write it again with 'claimdiff baseline write')`},
		{`{"schema": "claimdiff/baseline/v1", "conflicts": [], "extra": 1}`, `known.json: baseline: json: unknown field "extra"`},
		{`{"schema": "claimdiff/baseline/v1", "conflicts": [{"key": "k", "claims": [{"path": "a", "value": "1"}]}]}`, "known.json: baseline: conflict 1: want a key and at least two claims"},
	}
	for _, tt := range tests {
		_, err := baseline.Read("known.json", strings.NewReader(tt.src))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Read(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}

// TestEditElsewhere runs the pipeline: a paragraph added above the
// evidence keeps the match; a changed figure breaks it.
func TestEditElsewhere(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	const head = "Ferry toll rises\n\n14 September 2023\n\n"
	write := func(p, s string) {
		t.Helper()
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(a, head+"The coast guard said 12 people were killed when the ferry capsized.\n")
	write(b, head+"The coast guard said 9 people were killed when the ferry capsized.\n")
	ctx := context.Background()
	compareOnce := func() *compare.Report {
		t.Helper()
		r, err := pipeline.Compare(ctx, []string{a, b}, pipeline.Options{})
		if err != nil {
			t.Fatalf("Compare = %v", err)
		}
		return r
	}
	r := compareOnce()
	known := baseline.FromReport(r)
	if len(known.Conflicts) != 1 {
		t.Fatalf("Compare(a, b) found %d conflicts, want 1: %+v", len(known.Conflicts), r.Alignments)
	}

	write(a, head+"Rescue crews worked through the night near the harbour wall.\n\n"+
		"The coast guard said 12 people were killed when the ferry capsized.\n")
	if n := known.Mark(compareOnce()); n != 1 {
		t.Errorf("after an edit above the evidence: Mark = %d, want 1", n)
	}

	write(b, head+"The coast guard said 10 people were killed when the ferry capsized.\n")
	if n := known.Mark(compareOnce()); n != 0 {
		t.Errorf("after a changed value: Mark = %d, want 0", n)
	}
}
