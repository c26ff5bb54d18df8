package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimdiff/claimdiff/compare/report"
)

// docSchemaDir holds the schemas the README names, kept in the repository.
const docSchemaDir = "../../docs/schema"

// TestOutputsValidAgainstDocSchemas validates the JSON of compare and
// extract on the example articles against the repository's schemas,
// which run without ../shared and are stricter than the shared ones
// (enums for verdicts, kinds, modalities).
func TestOutputsValidAgainstDocSchemas(t *testing.T) {
	compile := func(name string) *jsonschema.Schema {
		abs, err := filepath.Abs(filepath.Join(docSchemaDir, name))
		if err != nil {
			t.Fatal(err)
		}
		sch, err := jsonschema.NewCompiler().Compile(abs)
		if err != nil {
			t.Fatalf("compile %s: %v", name, err)
		}
		return sch
	}
	reportSchema, extractSchema := compile("report.v1.json"), compile("extract.v1.json")
	for _, dir := range []string{"../../testdata/haiti-quake", "../../testdata/haiti-quake-md"} {
		r, err := Compare(context.Background(), []string{dir}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := report.JSON(&b, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		validate(t, reportSchema, "compare "+dir+" (docs/schema)", b.Bytes())
		// With the parsed sentences (extract --syntax), so that their
		// words are checked too.
		xs, err := Extract(context.Background(), []string{dir}, Options{Sentences: true})
		if err != nil {
			t.Fatal(err)
		}
		b.Reset()
		if err := report.ExtractJSON(&b, xs, report.Options{}); err != nil {
			t.Fatal(err)
		}
		validate(t, extractSchema, "extract "+dir+" (docs/schema)", b.Bytes())
	}
	// A schema that accepts anything proves nothing: a report with a
	// verdict the schema does not know must fail.
	var bad bytes.Buffer
	r, _ := Compare(context.Background(), []string{"../../testdata/haiti-quake"}, Options{})
	report.JSON(&bad, r, report.Options{})
	broken := bytes.Replace(bad.Bytes(), []byte(`"verdict": "conflict"`), []byte(`"verdict": "maybe"`), 1)
	inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(broken))
	if reportSchema.Validate(inst) == nil {
		t.Errorf("docs/schema/report.v1.json accepts a verdict \"maybe\"")
	}
}

// TestDocSchemasAgree checks that the definitions extract.v1.json keeps
// of its own (a schema file stands alone) are those of report.v1.json.
func TestDocSchemasAgree(t *testing.T) {
	read := func(name string) map[string]any {
		data, err := os.ReadFile(filepath.Join(docSchemaDir, name))
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return v
	}
	r, x := read("report.v1.json")["$defs"].(map[string]any), read("extract.v1.json")["$defs"].(map[string]any)
	for name, def := range x {
		if diff := cmp.Diff(r[name], def); diff != "" {
			t.Errorf("extract.v1.json $defs.%s differs from report.v1.json's (-report +extract):\n%s", name, diff)
		}
	}
}
