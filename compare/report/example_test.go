package report_test

import (
	"fmt"
	"os"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/report"
)

func ExampleLookup() {
	a := compare.NewDocument("a.txt", []byte("The bridge opened in 1932."))
	a.ID, a.Published, a.PublishedFrom = "d1", "2020-05-01", compare.FromHeader
	b := compare.NewDocument("b.txt", []byte("The old bridge opened in 1931."))
	b.ID = "d2"
	r := &compare.Report{
		Documents: []*compare.Document{a, b},
		Alignments: []compare.Alignment{{
			ID: "a1", Key: "bridge open|time", Question: "When did the bridge open?", Kind: compare.Time,
			Claims: []compare.Claim{
				{Doc: "d1", Value: "1932", Sentence: compare.Span{Start: 0, End: 26}, Evidence: compare.Span{Start: 18, End: 25}},
				{Doc: "d2", Value: "1931", Sentence: compare.Span{Start: 0, End: 30}, Evidence: compare.Span{Start: 22, End: 29}},
			},
			Verdict: compare.Verdict{Outcome: compare.Conflict, Reason: "d1 says 1932, d2 says 1931."},
		}},
	}
	p, err := report.Lookup("text")
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := p(os.Stdout, r, report.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// d1  a.txt
	//     published 2020-05-01 (from header line)
	// d2  b.txt
	//     publication date unknown
	//
	// CONFLICT  When did the bridge open?
	//     d1 says 1932, d2 says 1931.
	//   d1  a.txt:1:19  1932
	//       The bridge opened «in [-1932-]».
	//   d2  b.txt:1:23  1931
	//       The {+old+} bridge opened «in {+1931+}».
	//
	// 2 documents, 2 claims: 1 conflict, 0 updates, 0 agreements, 0 unique
}
