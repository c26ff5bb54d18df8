package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// MaxGitHubErrors is how many error annotations GitHub shows for one
// step; it drops the rest without a word ("10 error annotations per
// step, 50 per job": docs.github.com, "Workflow commands for GitHub
// Actions", and the runner's annotation limits).
const MaxGitHubErrors = 10

// GitHub writes r as GitHub Actions workflow commands: one error
// annotation per conflict, placed on the evidence of its first claim
//
//	::error file=a.txt,line=3,col=5,endLine=3,endColumn=9,title=…::message
//
// The title is the question; the message is the reason, what the first
// document says, and each other claim with its place, so that a pull
// request shows every document involved. GitHub shows only the first
// MaxGitHubErrors annotations of a step: past them a notice says how many
// conflicts were left out and where to find them all. Columns count
// Unicode code points. Claims read from standard input get no file, line
// or column. Agreements and unique claims write nothing.
func GitHub(w io.Writer, r *compare.Report, _ Options) error {
	ix := indexDocs(r.Documents)
	if err := checkAll(ix, r); err != nil {
		return fmt.Errorf("github report: %w", err)
	}
	var b bytes.Buffer
	written, left := 0, 0
	for i := range r.Alignments {
		a := &r.Alignments[i]
		if !disagree(a) {
			continue
		}
		if written == MaxGitHubErrors {
			left++
			continue
		}
		written++
		c := &a.Claims[0]
		d := ix[c.Doc]
		var props []string
		if d.Path != "-" {
			props = append(props, "file="+ghProperty(d.Path))
		}
		// Lines of text extracted from HTML are not the file's lines.
		if d.Path != "-" && d.TextFrom != "html" {
			p := runePosition(d, c.Evidence)
			props = append(props,
				"line="+strconv.Itoa(p.Line), "col="+strconv.Itoa(p.Col),
				"endLine="+strconv.Itoa(p.EndLine), "endColumn="+strconv.Itoa(p.EndCol))
		}
		props = append(props, "title="+ghProperty(verdictTitle(a)+": "+a.Question))

		msg := conflictMessage(a) + "\n" + claimSays(c) + ": " + oneLine(d.Slice(c.Sentence))
		for k := 1; k < len(a.Claims); k++ {
			o := &a.Claims[k]
			p := runePosition(ix[o.Doc], o.Evidence)
			msg += fmt.Sprintf("\n%s (%s:%d:%d): %s", claimSays(o), ix[o.Doc].Path, p.Line, p.Col, oneLine(ix[o.Doc].Slice(o.Evidence)))
		}
		fmt.Fprintf(&b, "::%s %s::%s\n", ghCommand(level(a.Verdict.Confidence)), strings.Join(props, ","), ghData(msg))
	}
	if left > 0 {
		fmt.Fprintf(&b, "::notice title=%s::%s\n", ghProperty("claimdiff: more conflicts"),
			ghData(fmt.Sprintf("%s more not annotated: GitHub shows %d error annotations per step. "+
				"Write the whole report too, such as --report sarif=claimdiff.sarif or --report markdown=$GITHUB_STEP_SUMMARY.",
				plural(left, "conflict", "conflicts"), MaxGitHubErrors)))
	}
	// Line breaks inside a message are escaped above; the log viewer
	// would obey any other control character (ESC starts a colour).
	if _, err := w.Write(replaceControls(b.Bytes(), "\n")); err != nil {
		return fmt.Errorf("write github report: %w", err)
	}
	return nil
}

// ghData escapes a workflow command's message as the Actions runner
// unescapes it (actions/toolkit, command.ts escapeData): % first, then
// carriage return and line feed.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// ghProperty escapes a property value (command.ts escapeProperty): as
// data, and also ":" and "," which separate the command's parts.
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
