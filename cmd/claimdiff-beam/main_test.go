package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
)

// TestMain runs the tests' pipelines on prism, Beam's Go runner, in this
// process.
func TestMain(m *testing.M) { ptest.Main(m) }

// TestSharedCorpusEqualsCompare: the pipeline's report on the shared
// clusters is compare's, byte for byte, in JSON and in text.
func TestSharedCorpusEqualsCompare(t *testing.T) {
	const corpus = "../../../shared/corpus"
	paths, _ := filepath.Glob(filepath.Join(corpus, "*", "*.txt"))
	if len(paths) == 0 {
		t.Skipf("shared clusters not found under %s", corpus)
	}
	r, err := pipeline.Compare(context.Background(), paths, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "text"} {
		var want bytes.Buffer
		print, _ := report.Lookup(format)
		if err := print(&want, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "report."+format)
		p, s := beam.NewPipelineWithRoot()
		Compare(s, paths, out, format)
		if err := ptest.Run(p); err != nil {
			t.Fatalf("pipeline (%s): %v", format, err)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s report of the pipeline (%d bytes) differs from compare's (%d bytes) on %d documents", format, len(got), want.Len(), len(paths))
		}
	}
}
