package main

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/align"
	"github.com/claimdiff/claimdiff/compare/jsonl"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
)

func init() {
	register.Function4x1[context.Context, string, func(string), func(string, string), error](extractFn)
	register.Function3x1[string, func(*string) bool, func(string), error](alignFn)
	register.DoFn4x1[context.Context, int, func(*string) bool, func(*string) bool, error](&reportFn{})
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Iter1[string]()
}

// Compare adds to s the stages that compare the documents at paths and
// write the report in format to output.
//
//	paths → extract ─┬─ documents ───────────────────────────┐
//	                 └─ claims by key → GroupByKey → align ──┴─ judge → report
func Compare(s beam.Scope, paths []string, output, format string) {
	s = s.Scope("claimdiff")
	docs, claims := beam.ParDo2(s, extractFn, beam.Create(s, stringsToAny(paths)...))
	alignments := beam.ParDo(s, alignFn, beam.GroupByKey(s, claims))
	all := beam.CoGroupByKey(s, beam.AddFixedKey(s, docs), beam.AddFixedKey(s, alignments))
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
// jsonl) and each claim's line keyed by its alignment key.
func extractFn(ctx context.Context, path string, emitDoc func(string), emitClaim func(string, string)) error {
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
			emitClaim(l.Key, string(l.Text))
		}
	}
	return nil
}

// alignFn aligns the claims of one key, in the order compare holds them
// (documents by path, then each document's claims in order), and emits
// each alignment as the lines of its claims, in that order.
func alignFn(key string, lines func(*string) bool, emit func(string)) error {
	type claimLine struct {
		jsonl.KeyedClaim
		text string
	}
	var cls []claimLine
	var l string
	for lines(&l) {
		kc, err := jsonl.ReadClaim([]byte(l))
		if err != nil {
			return fmt.Errorf("key %q: %w", key, err)
		}
		cls = append(cls, claimLine{kc, l})
	}
	slices.SortFunc(cls, func(a, b claimLine) int { return cmp.Or(strings.Compare(a.Path, b.Path), a.Seq-b.Seq) })
	cs := make([]compare.Claim, len(cls))
	for i, cl := range cls {
		cs[i] = cl.Claim
		cs[i].Doc = cl.Path // documents are numbered at the end; a path tells them apart
	}
	for _, g := range align.Indexes(cs) {
		texts := make([]string, len(g))
		for i, k := range g {
			texts[i] = cls[k].text
		}
		emit(strings.Join(texts, "\n"))
	}
	return nil
}

// reportFn numbers the documents as compare does, puts the alignments in
// compare's order (by the place of their first claim among all claims),
// judges them and writes the report.
type reportFn struct {
	Output, Format string
}

func (f *reportFn) ProcessElement(ctx context.Context, _ int, docLines, alignments func(*string) bool) error {
	var all bytes.Buffer
	var l string
	for docLines(&l) {
		all.WriteString(l)
		all.WriteByte('\n')
	}
	var rd jsonl.Reader
	if err := rd.Add(&all, "documents"); err != nil {
		return err
	}
	docs, _, err := rd.Result()
	if err != nil {
		return err
	}
	byPath := map[string]*compare.Document{}
	order := map[string]int{}
	for i, d := range docs {
		byPath[d.Path] = d
		order[d.Path] = i
	}
	type placed struct {
		a        compare.Alignment
		doc, seq int
	}
	var as []placed
	for alignments(&l) {
		var p placed
		for i, text := range strings.Split(l, "\n") {
			kc, err := jsonl.ReadClaim([]byte(text))
			if err != nil {
				return err
			}
			d := byPath[kc.Path]
			if d == nil {
				return fmt.Errorf("a claim of %q, a document not read", kc.Path)
			}
			c := kc.Claim
			c.Doc = d.ID
			if i == 0 {
				p = placed{a: compare.Alignment{Key: c.Key, Question: c.Question, Kind: c.Kind}, doc: order[kc.Path], seq: kc.Seq}
			}
			p.a.Claims = append(p.a.Claims, c)
		}
		as = append(as, p)
	}
	slices.SortFunc(as, func(x, y placed) int { return cmp.Or(x.doc-y.doc, x.seq-y.seq) })
	aligned := make([]compare.Alignment, len(as))
	for i, p := range as {
		aligned[i] = p.a
	}
	r := &compare.Report{Documents: docs}
	pipeline.JudgeReport(r, aligned)
	return writeReport(ctx, f.Output, f.Format, r)
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
