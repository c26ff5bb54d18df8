package pipeline

import (
	"bytes"
	"context"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/report"
)

// TestEveryFormatOnKoreaTalks prints the report of the korea-talks
// articles in every format and checks each with a real validator or
// parser: JSON and SARIF against their schemas, JUnit and HTML through
// XML and HTML parsers.
func TestEveryFormatOnKoreaTalks(t *testing.T) {
	files := sharedFiles(t, koreaTalks)
	r, err := Compare(context.Background(), files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	conflicts := r.Count(compare.Conflict)
	if conflicts == 0 {
		t.Fatal("no conflict in the korea-talks report")
	}
	for _, name := range report.Names() {
		p, err := report.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := p(&b, r, report.Options{}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := b.Bytes()
		switch name {
		case "json":
			validate(t, compileSchemaFile(t, "report.v1.json"), name, out)
		case "sarif":
			validate(t, compileSchemaFile(t, "sarif-2.1.0.json"), name, out)
		case "junit":
			var suites struct {
				Tests    int `xml:"tests,attr"`
				Failures int `xml:"failures,attr"`
			}
			if err := xml.Unmarshal(out, &suites); err != nil {
				t.Fatalf("junit does not parse: %v", err)
			}
			if suites.Tests != len(r.Alignments) || suites.Failures != conflicts {
				t.Errorf("junit: %d tests, %d failures; want %d and %d", suites.Tests, suites.Failures, len(r.Alignments), conflicts)
			}
		case "html":
			doc, err := html.Parse(bytes.NewReader(out))
			if err != nil {
				t.Fatalf("html does not parse: %v", err)
			}
			if n := countMarks(doc); n < 2*conflicts {
				t.Errorf("html: %d highlighted spans, want at least one per claim of each conflict (%d)", n, 2*conflicts)
			}
		case "github":
			for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				if !strings.HasPrefix(line, "::error ") && !strings.HasPrefix(line, "::warning ") && !strings.HasPrefix(line, "::notice ") {
					t.Errorf("github: line %q is not a workflow command", line)
				}
			}
		}
		for _, f := range files {
			if name != "github" && !bytes.Contains(out, []byte(filepath.Base(f))) {
				t.Errorf("%s report does not name %s", name, filepath.Base(f))
			}
		}
	}
}

func countMarks(n *html.Node) int {
	c := 0
	if n.Type == html.ElementNode && n.Data == "mark" {
		c++
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c += countMarks(ch)
	}
	return c
}
