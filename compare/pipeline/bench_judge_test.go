package pipeline

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/align"
)

// BenchmarkJudge measures judging alone (verdicts, stories, one entry
// per fact) on the aligned claims of many documents.
func BenchmarkJudge(b *testing.B) {
	xs, err := Extract(context.Background(), []string{"../../testdata/haiti-quake"}, Options{})
	if err != nil || len(xs) == 0 {
		b.Skip("no example articles under testdata/haiti-quake")
	}
	for _, n := range []int{10, 100, 1000} {
		var cs []compare.Claim
		var docs []*compare.Document
		for i := range n {
			d := *xs[i%len(xs)].Document
			d.ID = fmt.Sprintf("d%d", i+1)
			docs = append(docs, &d)
			for _, c := range xs[i%len(xs)].Claims {
				c.Doc = d.ID
				cs = append(cs, c)
			}
		}
		as := align.Group(cs)
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				in := make([]compare.Alignment, len(as))
				for i, a := range as {
					in[i] = a
					in[i].Claims = append([]compare.Claim(nil), a.Claims...)
				}
				Judge(in, docs)
			}
		})
	}
}
