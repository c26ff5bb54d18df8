package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaDir holds the public contracts, outside this module.
const schemaDir = "../../../shared/schema"

func compileSchema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	path := filepath.Join(schemaDir, name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("schema %s not found: %v", path, err)
	}
	sch, err := jsonschema.NewCompiler().Compile(path)
	if err != nil {
		t.Fatalf("compile %s: %v", path, err)
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, what string, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("%s wrote invalid JSON: %v", what, err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("%s output is not valid against the schema: %v", what, err)
	}
}

func TestJSONSchema(t *testing.T) {
	sch := compileSchema(t, "report.v1.json")
	r, _ := fixture(t)
	var buf bytes.Buffer
	if err := JSON(&buf, r, Options{}); err != nil {
		t.Fatalf("JSON: %v", err)
	}
	validate(t, sch, "JSON", buf.Bytes())

	// An empty report still has arrays, not nulls.
	buf.Reset()
	if err := JSON(&buf, new(compare.Report), Options{}); err != nil {
		t.Fatalf("JSON(empty report): %v", err)
	}
	validate(t, sch, "JSON(empty report)", buf.Bytes())
}

func TestExtractJSONSchema(t *testing.T) {
	sch := compileSchema(t, "extract.v1.json")
	_, xs := fixture(t)
	var buf bytes.Buffer
	if err := ExtractJSON(&buf, xs, Options{}); err != nil {
		t.Fatalf("ExtractJSON: %v", err)
	}
	validate(t, sch, "ExtractJSON", buf.Bytes())

	buf.Reset()
	if err := ExtractJSON(&buf, nil, Options{}); err != nil {
		t.Fatalf("ExtractJSON(nil): %v", err)
	}
	validate(t, sch, "ExtractJSON(nil)", buf.Bytes())
}

// A schema that accepts everything proves nothing: check that it rejects
// a report missing what it requires.
func TestJSONSchemaRejects(t *testing.T) {
	sch := compileSchema(t, "report.v1.json")
	for _, bad := range []string{
		`{"schema": "claimdiff/report/v1", "documents": null, "alignments": []}`,
		`{"schema": "claimdiff/report/v2", "documents": [], "alignments": []}`,
		`{"schema": "claimdiff/report/v1", "documents": [], "alignments": [{"id": "a1"}]}`,
	} {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(bad)))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(inst) == nil {
			t.Errorf("report schema accepted %s", bad)
		}
	}
}
