package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// GitHub writes r as GitHub Actions workflow commands: for each conflict,
// one error annotation per claim, placed on the claim's evidence
//
//	::error file=a.txt,line=3,col=5,endLine=3,endColumn=9,title=…::message
//
// so that a pull request shows the conflict in every document involved.
// Columns count Unicode code points. The title is the question; the
// message is the reason, what this document says, and the other claims.
// Claims read from standard input get no file, line or column.
// Agreements and unique claims write nothing.
func GitHub(w io.Writer, r *compare.Report, _ Options) error {
	ix := indexDocs(r.Documents)
	if err := checkAll(ix, r); err != nil {
		return fmt.Errorf("github report: %w", err)
	}
	b := bufio.NewWriterSize(w, 64<<10)
	for i := range r.Alignments {
		a := &r.Alignments[i]
		if a.Verdict.Outcome != compare.Conflict {
			continue
		}
		for j := range a.Claims {
			c := &a.Claims[j]
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
			props = append(props, "title="+ghProperty("Conflict: "+a.Question))

			msg := conflictMessage(a) + "\n" + claimSays(c) + ": " + oneLine(d.Slice(c.Sentence))
			for k := range a.Claims {
				if k != j {
					o := &a.Claims[k]
					p := runePosition(ix[o.Doc], o.Evidence)
					msg += fmt.Sprintf("\n%s (%s:%d:%d)", claimSays(o), ix[o.Doc].Path, p.Line, p.Col)
				}
			}
			fmt.Fprintf(b, "::error %s::%s\n", strings.Join(props, ","), ghData(msg))
		}
	}
	if err := b.Flush(); err != nil {
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
