// Command measure runs claimdiff's stages on the articles of a folder
// and prints, as one JSON object, what bench/scale/run.sh reports beside
// the CLI's wall time and memory: documents, bytes, claims, alignments,
// candidate pairs examined, and seconds per stage.
//
//	go run ./bench/measure DIR
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/align"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
)

type figures struct {
	Documents  int     `json:"documents"`
	Bytes      int     `json:"bytes"`
	Claims     int     `json:"claims"`
	Alignments int     `json:"alignments"`
	Pairs      int     `json:"pairs_examined"`
	Extract    float64 `json:"extract_s"`
	Align      float64 `json:"align_s"`
	Judge      float64 `json:"judge_s"`
	Report     float64 `json:"report_s"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: measure DIR")
		os.Exit(2)
	}
	f, err := measure(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
	json.NewEncoder(os.Stdout).Encode(f)
}

func measure(dir string) (figures, error) {
	var f figures
	t := time.Now()
	lap := func() float64 {
		s := time.Since(t).Seconds()
		t = time.Now()
		return s
	}
	xs, err := pipeline.Extract(context.Background(), []string{dir}, pipeline.Options{})
	if err != nil {
		return f, err
	}
	r := &compare.Report{}
	var cs []compare.Claim
	for _, x := range xs {
		r.Documents = append(r.Documents, x.Document)
		f.Bytes += len(x.Document.Text)
		cs = append(cs, x.Claims...)
	}
	f.Extract = lap()
	as, pairs := align.GroupCounting(cs)
	f.Align = lap()
	r.Alignments = pipeline.Judge(as, r.Documents)
	f.Judge = lap()
	if err := report.JSON(io.Discard, r, report.Options{}); err != nil {
		return f, err
	}
	f.Report = lap()
	f.Documents, f.Claims, f.Alignments, f.Pairs = len(xs), len(cs), len(r.Alignments), pairs
	return f, nil
}
