package pipeline_test

import (
	"context"
	"fmt"

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
		if a.Verdict.Outcome == compare.Conflict {
			fmt.Println(a.Question)
			for _, c := range a.Claims {
				fmt.Printf("  %s: %s\n", r.Doc(c.Doc).Path, c.Display)
			}
		}
	}
}
