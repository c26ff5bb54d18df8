package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// The wire types follow the JUnit XML that CI systems read (Jenkins'
// JUnit plugin, GitLab's unit test reports, Azure Pipelines): testsuites
// holding testsuite holding testcase, whose failure or skipped child
// says how it ended. There is no one normative schema; these are the
// elements and attributes all of them read.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Properties []junitProperty `xml:"properties>property,omitempty"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"` // GitLab links the case to it
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	SystemOut *junitText    `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// junitText is element content kept readable in CDATA: encoding/xml
// splits a "]]>" inside it, and xmlChars drops what XML cannot hold.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// JUnit writes r as JUnit XML: one testsuite named claimdiff whose
// properties name the documents, and one testcase per alignment, in the
// order of r.Alignments. A testcase's name is the question followed by
// the alignment's ID (questions repeat, and CI systems merge cases with
// the same name), its classname the alignment's key.
//
// A conflict is a failure whose message is the judge's reason and whose
// text lists each claim's place, value and sentence. An agreement
// passes, its evidence in system-out. A unique claim is skipped: with
// one document only there is nothing to check it against, which is
// neither a pass nor a failure, and CI systems show skipped cases apart.
func JUnit(w io.Writer, r *compare.Report, _ Options) error {
	ix := indexDocs(r.Documents)
	if err := checkAll(ix, r); err != nil {
		return fmt.Errorf("junit report: %w", err)
	}
	suite := junitSuite{Name: "claimdiff", Cases: []junitCase{}}
	for _, d := range r.Documents {
		suite.Properties = append(suite.Properties, junitProperty{Name: d.ID, Value: d.Path})
	}
	for i := range r.Alignments {
		a := &r.Alignments[i]
		tc := junitCase{Name: a.Question + " (" + a.ID + ")", ClassName: a.Key}
		if len(a.Claims) > 0 {
			tc.File = ix[a.Claims[0].Doc].Path
		}
		evidence := junitEvidence(ix, a)
		switch a.Verdict.Outcome {
		case compare.Conflict, compare.Update:
			suite.Failures++
			reason := a.Verdict.Reason
			if reason == "" {
				reason = "the documents disagree"
			}
			tc.Failure = &junitFailure{Message: reason, Type: a.Kind.String() + "-" + a.Verdict.Outcome.String(), Text: xmlChars(evidence)}
		case compare.Agree:
			tc.SystemOut = &junitText{xmlChars(evidence)}
		default:
			suite.Skipped++
			reason := a.Verdict.Reason
			if reason == "" {
				reason = "only one document says this"
			}
			tc.Skipped = &junitSkipped{Message: reason}
			tc.SystemOut = &junitText{xmlChars(evidence)}
		}
		suite.Cases = append(suite.Cases, tc)
	}
	suite.Tests = len(suite.Cases)
	out := junitSuites{Name: "claimdiff", Tests: suite.Tests, Failures: suite.Failures,
		Skipped: suite.Skipped, Suites: []junitSuite{suite}}

	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("junit report: encode xml: %w", err)
	}
	b.WriteByte('\n')
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	return nil
}

// junitEvidence is the qualifiers, then for each claim
// "d1 path:line:col: value" and its sentence on the next line.
func junitEvidence(ix docIndex, a *compare.Alignment) string {
	var b strings.Builder
	b.WriteByte('\n')
	if len(a.Verdict.Qualifiers) > 0 {
		fmt.Fprintf(&b, "qualifiers: %s\n", strings.Join(a.Verdict.Qualifiers, "; "))
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		d := ix[c.Doc]
		p := runePosition(d, c.Evidence)
		fmt.Fprintf(&b, "%s %s:%d:%d: %s\n    %s\n", c.Doc, d.Path, p.Line, p.Col, valueNotes(c), oneLine(d.Slice(c.Sentence)))
	}
	return b.String()
}

// xmlChars replaces what XML 1.0 cannot hold (§2.2 Char: controls other
// than tab, line feed and carriage return; surrogates; U+FFFE, U+FFFF)
// with U+FFFD. encoding/xml does so for attributes and character data,
// not for CDATA.
func xmlChars(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r',
			r >= 0x20 && r <= 0xD7FF,
			r >= 0xE000 && r <= 0xFFFD,
			r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return '\uFFFD'
	}, s)
}
