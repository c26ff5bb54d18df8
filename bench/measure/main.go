// Command measure runs claimdiff's stages on the articles of a folder
// and prints, as one JSON object, what bench/scale/run.sh reports beside
// the CLI's wall time and memory: documents, bytes, claims, alignments,
// candidate pairs examined, and seconds per stage, wall and CPU.
//
//	go run ./bench/measure [-cpuprofile FILE] [-memprofile FILE] [-stages] DIR
//
// With -stages, it measures instead the stages of extraction (ingest,
// segment, parse, mentions, claims) one document at a time on one core,
// and prints their CPU seconds and megabytes of text per CPU second with
// and without the parser. With -cpuprofile, a CPU profile of what is
// measured goes to FILE, and with -memprofile a profile of the memory it
// allocated, both for `go tool pprof`.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/align"
	"github.com/claimdiff/claimdiff/compare/judge"
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
	// CPU seconds (user and system, all threads) per stage: on a machine
	// shared with other work, a steadier measure of work done than wall
	// time.
	ExtractCPU float64 `json:"extract_cpu_s"`
	AlignCPU   float64 `json:"align_cpu_s"`
	JudgeCPU   float64 `json:"judge_cpu_s"`
	ReportCPU  float64 `json:"report_cpu_s"`
}

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the stages to `file`")
	memprofile := flag.String("memprofile", "", "write a profile of the memory allocated to `file`")
	stages := flag.Bool("stages", false, "measure instead each stage of extraction on one core")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: measure [-cpuprofile FILE] [-memprofile FILE] [-stages] DIR")
		os.Exit(2)
	}
	if *cpuprofile != "" {
		out, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "measure:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(out); err != nil {
			fmt.Fprintln(os.Stderr, "measure:", err)
			os.Exit(1)
		}
	}
	var out any
	var err error
	if *stages {
		out, err = measureExtraction(flag.Arg(0))
	} else {
		out, err = measure(flag.Arg(0))
	}
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	if err == nil && *memprofile != "" {
		err = writeHeapProfile(*memprofile)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
	json.NewEncoder(os.Stdout).Encode(out)
}

func measure(dir string) (figures, error) {
	var f figures
	t, c := time.Now(), cpuSeconds()
	lap := func(cpu *float64) float64 {
		s := time.Since(t).Seconds()
		now := cpuSeconds()
		*cpu = now - c
		t, c = time.Now(), now
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
	f.Extract = lap(&f.ExtractCPU)
	// As the CLI: the documents' stories read before alignment, which
	// they guide, then the verdicts and the warnings about documents that
	// share no story.
	rel := judge.RelateClaims(cs)
	as, pairs := align.GroupRelatedCounting(cs, rel.Close)
	f.Align = lap(&f.AlignCPU)
	pipeline.JudgeReportWith(r, as, rel)
	f.Judge = lap(&f.JudgeCPU)
	if err := report.JSON(io.Discard, r, report.Options{}); err != nil {
		return f, err
	}
	f.Report = lap(&f.ReportCPU)
	f.Documents, f.Claims, f.Alignments, f.Pairs = len(xs), len(cs), len(r.Alignments), pairs
	return f, nil
}

// writeHeapProfile writes the profile of the memory allocated so far.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
