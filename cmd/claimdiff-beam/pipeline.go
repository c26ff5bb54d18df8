package main

import (
	"bytes"
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/jsonl"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
)

func init() {
	register.Function4x1[context.Context, string, func(string), func(string), error](extractFn)
	register.DoFn4x1[context.Context, int, func(*string) bool, func(*string) bool, error](&reportFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Compare adds to s the stages that compare the documents at paths and
// write the report in format to output.
//
//	paths → extract ─┬─ documents ─┬─ CoGroupByKey → align, judge → report
//	                 └─ claims ────┘
//
// Extraction, most of the cost, runs on every worker. Alignment reads the
// documents' relation (which reports are close) and asks some questions
// across keys (a count of patients and one of people), so it runs with
// the judge, on all claims at once, as `claimdiff judge` does.
func Compare(s beam.Scope, paths []string, output, format string) {
	s = s.Scope("claimdiff")
	docs, claims := beam.ParDo2(s, extractFn, beam.Create(s, stringsToAny(paths)...))
	all := beam.CoGroupByKey(s, beam.AddFixedKey(s, docs), beam.AddFixedKey(s, claims))
	beam.ParDo0(s, &reportFn{Output: output, Format: format}, all)
}

func stringsToAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// extractFn reads the document at path and emits its line (see package
// jsonl) and each claim's line.
func extractFn(ctx context.Context, path string, emitDoc func(string), emitClaim func(string)) error {
	xs, err := pipeline.Extract(ctx, []string{path}, pipeline.Options{})
	if err != nil {
		return err
	}
	for _, x := range xs {
		lines, err := jsonl.Lines(x)
		if err != nil {
			return err
		}
		emitDoc(string(lines[0].Text))
		for _, l := range lines[1:] {
			emitClaim(string(l.Text))
		}
	}
	return nil
}

// reportFn numbers the documents as compare does, aligns all claims
// with the documents' relation (close reports of one story and the
// questions they ask once are read across keys), judges them and writes
// the report: the reduce step of `claimdiff judge`.
type reportFn struct {
	Output, Format string
}

func (f *reportFn) ProcessElement(ctx context.Context, _ int, docLines, claimLines func(*string) bool) error {
	var all bytes.Buffer
	var l string
	for docLines(&l) {
		all.WriteString(l)
		all.WriteByte('\n')
	}
	for claimLines(&l) {
		all.WriteString(l)
		all.WriteByte('\n')
	}
	var rd jsonl.Reader
	if err := rd.Add(&all, "documents and claims"); err != nil {
		return err
	}
	docs, cs, err := rd.Result()
	if err != nil {
		return err
	}
	return writeReport(ctx, f.Output, f.Format, pipeline.Reduce(docs, cs))
}

func writeReport(ctx context.Context, path, format string, r *compare.Report) error {
	print, err := report.Lookup(format)
	if err != nil {
		return err
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	if err := print(w, r, report.Options{}); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
