package pipeline_test

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/pipeline"
)

// Compare reads the articles, finds what each claims and reports which
// claims agree and which conflict.
func ExampleCompare() {
	r, err := pipeline.Compare(context.Background(), []string{"../../testdata/haiti-quake"}, pipeline.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range r.Alignments {
		if a.Verdict.Outcome != compare.Conflict {
			continue
		}
		fmt.Println(a.Question, a.Verdict.Qualifiers)
		for _, c := range a.Claims {
			fmt.Printf("  %s: %s\n", filepath.Base(r.Doc(c.Doc).Path), c.Display)
		}
	}
	// Output:
	// How many people died? [published 15 months apart (d4 newer: "between 46,000 and 85,000" (46000-85000))]
	//   toll-revised.txt: 230,000
	//   toll-revised.txt: 230,000
	//   usaid-report.txt: between 46,000 and 85,000
}
