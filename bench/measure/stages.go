package main

import (
	"context"
	"runtime"

	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/ingest"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
	"github.com/claimdiff/claimdiff/compare/segment"
	"github.com/claimdiff/claimdiff/compare/syntax"
)

// extraction is the cost of each stage of extraction on one core: what
// the "MB/s per core" targets are about, with and without the
// parser.
type extraction struct {
	Bytes int `json:"bytes"`
	// CPU seconds per stage, garbage collection included (one core, so
	// the collector runs on the stage's time).
	Ingest   float64 `json:"ingest_cpu_s"`
	Segment  float64 `json:"segment_cpu_s"`
	Parse    float64 `json:"parse_cpu_s"`
	Mentions float64 `json:"mentions_cpu_s"`
	Claims   float64 `json:"claims_cpu_s"`
	// Megabytes of text per CPU second: of all stages, and of all but
	// the parser.
	All       float64 `json:"mb_per_cpu_s"`
	NoParser  float64 `json:"mb_per_cpu_s_without_parser"`
	ParseOnly float64 `json:"mb_per_cpu_s_parser"`
}

// measureExtraction runs the stages of extraction one document at a
// time on one core, as pipeline.Extract runs them on each, and adds up
// each stage's CPU time.
func measureExtraction(dir string) (extraction, error) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var x extraction
	syntax.Default() // the model loads once per process, outside any stage
	// So does the WordNet table, whichever stage first asks it a question.
	lexicon.Lemma("said", lexicon.Verb)
	c := cpuSeconds()
	lap := func(into *float64) {
		now := cpuSeconds()
		*into += now - c
		c = now
	}
	docs, err := ingest.Read(context.Background(), []string{dir}, ingest.Options{})
	if err != nil {
		return x, err
	}
	lap(&x.Ingest)
	for _, d := range docs {
		x.Bytes += len(d.Text)
		ss := segment.Sentences(d)
		lap(&x.Segment)
		syntax.Parse(d, ss)
		lap(&x.Parse)
		ms := mentions.Find(d, ss)
		lap(&x.Mentions)
		claims.Extract(d, ss, ms)
		lap(&x.Claims)
	}
	mb := float64(x.Bytes) / 1e6
	all := x.Ingest + x.Segment + x.Parse + x.Mentions + x.Claims
	x.All = mb / all
	x.NoParser = mb / (all - x.Parse)
	x.ParseOnly = mb / x.Parse
	return x, nil
}
