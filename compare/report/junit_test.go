package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/google/go-cmp/cmp"
)

// readSuites is JUnit XML as a CI system reads it, declared apart from
// the printer's wire types so that a mistake in those shows here.
type readSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Skipped  int      `xml:"skipped,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Skipped  int    `xml:"skipped,attr"`
		Cases    []struct {
			Name      string `xml:"name,attr"`
			ClassName string `xml:"classname,attr"`
			Failure   *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Skipped *struct {
				Message string `xml:"message,attr"`
			} `xml:"skipped"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func readJUnit(t *testing.T, what string, r *compare.Report) readSuites {
	t.Helper()
	var buf bytes.Buffer
	if err := JUnit(&buf, r, Options{}); err != nil {
		t.Fatalf("JUnit(%s): %v", what, err)
	}
	var got readSuites
	if err := xml.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("JUnit(%s) wrote XML that does not parse: %v\n%s", what, err, buf.Bytes())
	}
	return got
}

func TestJUnitParses(t *testing.T) {
	fix, _ := fixture(t)
	for _, tt := range []struct {
		name string
		r    *compare.Report
	}{{"fixture", fix}, {"hostile report", hostileReport(t)}, {"empty report", new(compare.Report)}} {
		got := readJUnit(t, tt.name, tt.r)
		if len(got.Suites) != 1 {
			t.Fatalf("JUnit(%s) wrote %d test suites, want 1", tt.name, len(got.Suites))
		}
		s := got.Suites[0]
		failures, skipped := 0, 0
		for _, c := range s.Cases {
			if c.Failure != nil {
				failures++
			}
			if c.Skipped != nil {
				skipped++
			}
		}
		counts := [][2]int{
			{len(tt.r.Alignments), len(s.Cases)}, {s.Tests, len(s.Cases)}, {got.Tests, len(s.Cases)},
			{tt.r.Count(compare.Conflict), failures}, {s.Failures, failures}, {got.Failures, failures},
			{tt.r.Count(compare.Unique), skipped}, {s.Skipped, skipped}, {got.Skipped, skipped},
		}
		for i, c := range counts {
			if c[0] != c[1] {
				t.Errorf("JUnit(%s): count %d is %d, want %d (tests, failures, skipped: report, suite, suites)", tt.name, i, c[0], c[1])
			}
		}
	}
}

func TestJUnitCases(t *testing.T) {
	fix, _ := fixture(t)
	got := readJUnit(t, "fixture", fix).Suites[0].Cases
	type row struct{ Name, Class, Outcome, Message string }
	var rows []row
	for _, c := range got {
		r := row{Name: c.Name, Class: c.ClassName, Outcome: "pass"}
		if c.Failure != nil {
			r.Outcome, r.Message = "failure "+c.Failure.Type, c.Failure.Message
		}
		if c.Skipped != nil {
			r.Outcome, r.Message = "skipped", c.Skipped.Message
		}
		rows = append(rows, r)
	}
	want := []row{
		{"Where did the ferry run aground? (a1)", "ferry run aground|place", "pass", ""},
		{"How many passengers were rescued? (a2)", "passenger rescue|quantity", "failure quantity-conflict",
			"d1 says 40 passengers were rescued, d2 at least 46."},
		{"When was the vessel built? (a3)", "vessel build|time", "skipped", "Only d3 says this."},
		{"When did the ferry run aground? (a4)", "ferry run aground|time", "pass", ""},
		{"When will the ferry return to service? (a5)", "ferry return to service|time", "skipped", "Only d2 says this."},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("JUnit(fixture) test cases mismatch (-want +got):\n%s", diff)
	}
	if f := got[1].Failure; f == nil || !strings.Contains(f.Text, "coast/valley.md:8:31: at least 46") {
		t.Errorf("JUnit(fixture) failure of a2 lacks the evidence of d2: %+v", f)
	}
}

// The hostile article's "]]>" and control characters must neither end
// the CDATA early nor make the XML invalid; the text survives otherwise.
func TestJUnitHostileText(t *testing.T) {
	got := readJUnit(t, "hostile report", hostileReport(t)).Suites[0].Cases
	f := got[0].Failure
	if f == nil {
		t.Fatalf("JUnit(hostile report): first case has no failure")
	}
	if want := "Officials said " + payloadImg + " 12 people | were | hurt."; !strings.Contains(f.Text, want) {
		t.Errorf("JUnit(hostile report) failure text lacks %q:\n%s", want, f.Text)
	}
	if !strings.Contains(f.Text, "a,b:c%d ]]> end") {
		t.Errorf("JUnit(hostile report) failure text lacks the qualifier holding \"]]>\":\n%s", f.Text)
	}
	if strings.ContainsAny(got[1].SystemOut, "\x00\x01\x1b") {
		t.Errorf("JUnit(hostile report) kept control characters: %q", got[1].SystemOut)
	}
	if got[1].Name != "Control?\r\n::warning::injected (a2)" {
		t.Errorf("JUnit(hostile report) case name = %q, want the question with its line break kept", got[1].Name)
	}
}
