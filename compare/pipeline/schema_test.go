package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimdiff/claimdiff/compare/report"
)

const schemaDir = "../../../shared/schema"

// TestOutputsValidAgainstSchemas validates the JSON of compare and extract
// on real articles (our examples and, when present, the shared corpus)
// against the public schemas.
func TestOutputsValidAgainstSchemas(t *testing.T) {
	if _, err := os.Stat(schemaDir); err != nil {
		t.Skipf("schemas not found at %s", schemaDir)
	}
	reportSchema, extractSchema := compileSchemaFile(t, "report.v1.json"), compileSchemaFile(t, "extract.v1.json")
	inputs := [][]string{{"../../testdata/haiti-quake"}, {"../../testdata/haiti-quake-md"}}
	if files, _ := filepath.Glob(koreaTalks + "/*.txt"); len(files) > 0 {
		inputs = append(inputs, files)
	}
	for _, paths := range inputs {
		r, err := Compare(context.Background(), paths, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := report.JSON(&b, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		validate(t, reportSchema, "compare "+paths[0], b.Bytes())

		xs, err := Extract(context.Background(), paths, Options{})
		if err != nil {
			t.Fatal(err)
		}
		b.Reset()
		if err := report.ExtractJSON(&b, xs, report.Options{}); err != nil {
			t.Fatal(err)
		}
		validate(t, extractSchema, "extract "+paths[0], b.Bytes())
	}
}

// compileSchemaFile compiles a schema of ../shared/schema, skipping the
// test when the folder is absent.
func compileSchemaFile(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join(schemaDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(abs); err != nil {
		t.Skipf("schema not found at %s", abs)
	}
	s, err := jsonschema.NewCompiler().Compile(abs)
	if err != nil {
		t.Fatalf("compile %s: %v", name, err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, what string, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("%s: output is not JSON: %v", what, err)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("%s: output does not match the schema: %v", what, err)
	}
}
