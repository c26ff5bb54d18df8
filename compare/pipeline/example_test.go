package pipeline_test

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/pipeline"
)

// Compare reads the articles, finds what each claims and reports which
// claims agree and which conflict (here, what two or more articles share).
func ExampleCompare() {
	r, err := pipeline.Compare(context.Background(), []string{"../../testdata/haiti-quake"}, pipeline.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range r.Alignments {
		if a.Verdict.Outcome == compare.Unique {
			continue
		}
		fmt.Println(a.Verdict.Outcome, a.Question)
		for _, c := range a.Claims {
			fmt.Printf("  %s: %s\n", filepath.Base(r.Doc(c.Doc).Path), c.Display)
		}
	}
	// Output:
	// conflict How many people died?
	//   anniversary.txt: 316,000
	//   toll-revised.txt: 230,000
	//   usaid-report.txt: 316,000
	// conflict How many people died?
	//   toll-revised.txt: 230,000
	//   usaid-report.txt: between 46,000 and 85,000
	// agree Where did it happen?
	//   anniversary.txt: Port-au-Prince
	//   day-after.txt: Port-au-Prince
	//   usaid-report.txt: Port-au-Prince
	// agree What magnitude is given for the quake?
	//   anniversary.txt: 7.0
	//   day-after.txt: 7.0
	//   usaid-report.txt: 7.0
	// agree When did the disaster strike?
	//   anniversary.txt: a year ago
	//   day-after.txt: 4:53 p.m.
	//   day-after.txt: Tuesday
	//   toll-revised.txt: 12 January
	//   usaid-report.txt: 12 January 2010
	// agree Where did people die?
	//   day-after.txt: Haiti
	//   usaid-report.txt: Haiti
}
