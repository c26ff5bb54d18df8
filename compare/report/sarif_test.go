package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestSARIFSchema(t *testing.T) {
	sch := compileSchema(t, "sarif-2.1.0.json")
	fix, _ := fixture(t)
	for _, tt := range []struct {
		name string
		r    *compare.Report
	}{
		{"fixture", fix},
		{"hostile", hostileReport(t)},
		{"empty", new(compare.Report)},
	} {
		var buf bytes.Buffer
		if err := SARIF(&buf, tt.r, Options{}); err != nil {
			t.Fatalf("SARIF(%s report): %v", tt.name, err)
		}
		validate(t, sch, "SARIF("+tt.name+" report)", buf.Bytes())
	}
}

// The schema must be able to say no, or the test above proves nothing.
func TestSARIFSchemaRejects(t *testing.T) {
	sch := compileSchema(t, "sarif-2.1.0.json")
	for _, bad := range []string{
		`{"version": "2.0.0", "runs": []}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "columnKind": "bytes"}]}`,
	} {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(bad)))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(inst) == nil {
			t.Errorf("SARIF schema accepted %s", bad)
		}
	}
}

func sarifOf(t *testing.T, r *compare.Report) sarifLog {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, r, Options{}); err != nil {
		t.Fatalf("SARIF: %v", err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatalf("SARIF wrote JSON that does not decode: %v", err)
	}
	return log
}

// conflictReport is two one-line documents that disagree, with prefix
// before the first one's text.
func conflictReport(t *testing.T, prefix, v1 string) *compare.Report {
	t.Helper()
	a := compare.NewDocument("news/a b.txt", []byte(prefix+"Café Señor — "+v1+" guests came.\n"))
	a.ID = "d1"
	b := compare.NewDocument("news/b.txt", []byte("Then 30 guests came.\n"))
	b.ID = "d2"
	base := compare.Claim{Key: "guest come|quantity", Question: "How many guests came?", Kind: compare.Quantity}
	c1 := claim(t, a, "Café Señor — "+v1+" guests came.", v1+" guests", withValue(base, v1))
	c2 := claim(t, b, "Then 30 guests came.", "30 guests", withValue(base, "30"))
	return &compare.Report{Documents: []*compare.Document{a, b}, Alignments: []compare.Alignment{{
		ID: "a1", Key: base.Key, Question: base.Question, Kind: compare.Quantity,
		Claims:  []compare.Claim{c1, c2},
		Verdict: compare.Verdict{Outcome: compare.Conflict, Reason: "d1 says " + v1 + ", d2 says 30."},
	}}}
}

func withValue(c compare.Claim, v string) compare.Claim {
	c.Value, c.Display = v, v
	return c
}

func TestSARIFLocations(t *testing.T) {
	log := sarifOf(t, conflictReport(t, "", "25"))
	if n := len(log.Runs[0].Results); n != 1 {
		t.Fatalf("SARIF(one conflict) wrote %d results, want 1", n)
	}
	res := log.Runs[0].Results[0]
	if res.RuleID != "quantity-conflict" || log.Runs[0].Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
		t.Errorf("SARIF result rule = %q (index %d), want quantity-conflict at its index", res.RuleID, res.RuleIndex)
	}
	// "Café Señor — " is 13 code points and 17 bytes: columns count code
	// points, as columnKind says.
	if log.Runs[0].ColumnKind != "unicodeCodePoints" {
		t.Errorf("SARIF columnKind = %q, want unicodeCodePoints", log.Runs[0].ColumnKind)
	}
	one := 1
	want := []sarifLocation{{
		PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: sarifArtifactLocation{URI: "news/a%20b.txt", URIBaseID: "%SRCROOT%"},
			Region: &sarifRegion{StartLine: 1, StartColumn: 14, EndLine: 1, EndColumn: 23,
				ByteOffset: 17, ByteLength: 9, Snippet: sarifText{"25 guests"}},
		},
		Message: sarifText{"d1 says 25"},
	}, {
		ID: &one,
		PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: sarifArtifactLocation{URI: "news/b.txt", URIBaseID: "%SRCROOT%"},
			Region: &sarifRegion{StartLine: 1, StartColumn: 6, EndLine: 1, EndColumn: 15,
				ByteOffset: 5, ByteLength: 9, Snippet: sarifText{"30 guests"}},
		},
		Message: sarifText{"d2 says 30"},
	}}
	got := append(res.Locations, res.RelatedLocations...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SARIF locations mismatch (-want +got):\n%s", diff)
	}
}

func TestSARIFFingerprint(t *testing.T) {
	fp := func(prefix, v string) string {
		return sarifOf(t, conflictReport(t, prefix, v)).Runs[0].Results[0].PartialFingerprints[fingerprintName]
	}
	base := fp("", "25")
	if base == "" {
		t.Fatalf("SARIF wrote no %s fingerprint", fingerprintName)
	}
	if moved := fp("A new first line.\n\nAnd another.\n", "25"); moved != base {
		t.Errorf("SARIF fingerprint changed when lines moved: %s, then %s", base, moved)
	}
	if other := fp("", "26"); other == base {
		t.Errorf("SARIF fingerprint did not change with the value: %s for 25 and 26", base)
	}
}

func TestPathURI(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"a.txt", "a.txt"},
		{"news/a b.txt", "news/a%20b.txt"},
		{"../shared/x.txt", "../shared/x.txt"},
		{"a:b.txt", "./a:b.txt"},
		{"100%.txt", "100%25.txt"},
		{"/abs/x.txt", "file:///abs/x.txt"},
		{"-", "-"},
	} {
		if got := pathURI(tt.in); got != tt.want {
			t.Errorf("pathURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRunePosition(t *testing.T) {
	d := compare.NewDocument("x", []byte("ab\nCafé 😀 x\n"))
	for _, tt := range []struct {
		span compare.Span
		want position
	}{
		{compare.Span{Start: 0, End: 2}, position{1, 1, 1, 3}},
		{compare.Span{Start: 3, End: 8}, position{2, 1, 2, 5}},   // "Café": 5 bytes, 4 code points
		{compare.Span{Start: 9, End: 13}, position{2, 6, 2, 7}},  // the emoji: 4 bytes, 1 code point
		{compare.Span{Start: 14, End: 16}, position{2, 8, 3, 1}}, // "x\n" ends at the next line's start
		{compare.Span{Start: 2, End: 2}, position{1, 3, 1, 3}},   // empty, before the newline
	} {
		if got := runePosition(d, tt.span); got != tt.want {
			t.Errorf("runePosition(%v) = %+v, want %+v", tt.span, got, tt.want)
		}
	}
}

// TestSARIFHTMLHasNoRegion: lines of text extracted from an HTML page are
// not the page's lines, so a SARIF location names only the file.
func TestSARIFHTMLHasNoRegion(t *testing.T) {
	r, _ := fixture(t)
	r.Documents[0].TextFrom = "html"
	var b bytes.Buffer
	if err := SARIF(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations, RelatedLocations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           *struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	html := r.Documents[0].Path
	seen := false
	for _, res := range log.Runs[0].Results {
		for _, l := range append(res.Locations, res.RelatedLocations...) {
			if l.PhysicalLocation.ArtifactLocation.URI == pathURI(html) {
				seen = true
				if l.PhysicalLocation.Region != nil {
					t.Errorf("SARIF location in %s has a region; want none for extracted HTML text", html)
				}
			}
		}
	}
	if !seen {
		t.Fatalf("no SARIF location names %s", html)
	}
}

// TestArtifactLocation checks how SARIF names a file: relative to
// %SRCROOT% inside the repository's root, by a file URI outside it,
// standard input by a description alone.
func TestArtifactLocation(t *testing.T) {
	wd, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path, root string
		want       sarifArtifactLocation
	}{
		{"a.txt", "", sarifArtifactLocation{URI: "a.txt", URIBaseID: "%SRCROOT%"}},
		{"docs/a b.md", ".", sarifArtifactLocation{URI: "docs/a%20b.md", URIBaseID: "%SRCROOT%"}},
		{"../README.md", "..", sarifArtifactLocation{URI: "README.md", URIBaseID: "%SRCROOT%"}},
		{"x.txt", "..", sarifArtifactLocation{URI: filepath.ToSlash(filepath.Base(wd)) + "/x.txt", URIBaseID: "%SRCROOT%"}},
		{"../shared/x.txt", ".", sarifArtifactLocation{URI: pathURI(filepath.Join(filepath.Dir(wd), "shared", "x.txt"))}},
		{"-", ".", sarifArtifactLocation{URI: "stdin", Description: &sarifText{"standard input"}}},
	} {
		if diff := cmp.Diff(tt.want, artifactLocation(tt.path, tt.root)); diff != "" {
			t.Errorf("artifactLocation(%q, %q) mismatch (-want +got):\n%s", tt.path, tt.root, diff)
		}
	}
}

func TestSARIFDriver(t *testing.T) {
	var b bytes.Buffer
	if err := SARIF(&b, conflictReport(t, "", "25"), Options{Version: "v1.2.3"}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Version, InformationURI string }
			}
			OriginalURIBaseIDs map[string]json.RawMessage `json:"originalUriBaseIds"`
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	d := log.Runs[0].Tool.Driver
	if d.Version != "v1.2.3" || !strings.HasPrefix(d.InformationURI, "https://") {
		t.Errorf("SARIF driver version %q, informationUri %q; want v1.2.3 and an https URI", d.Version, d.InformationURI)
	}
	if _, ok := log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"]; !ok {
		t.Errorf("SARIF originalUriBaseIds = %v, want %%SRCROOT%% described", log.Runs[0].OriginalURIBaseIDs)
	}
}
