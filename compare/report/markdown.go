package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Markdown writes r as GitHub-flavoured Markdown for a pull-request
// comment or $GITHUB_STEP_SUMMARY: a heading, a table of counts, the
// documents, then each conflict with its question, reason and a table of
// values, sources (path:line) and quotes with the evidence in bold;
// agreements and unique claims follow, folded in <details>.
//
// Every piece of text that comes from a document (titles, paths, values,
// questions, quotes) goes through mdText, so that an article cannot add
// Markdown or HTML of its own to the page.
func Markdown(w io.Writer, r *compare.Report, _ Options) error {
	ix := indexDocs(r.Documents)
	if err := checkAll(ix, r); err != nil {
		return fmt.Errorf("markdown report: %w", err)
	}
	// One newline at the end, however the report ends.
	b := bufio.NewWriterSize(&oneFinalNewline{w: w}, 64<<10)
	s := count(r)
	fmt.Fprintf(b, "## claimdiff: %s, %s\n\n", plural(s.Conflict, "conflict", "conflicts"), plural(s.Update, "update", "updates"))
	b.WriteString("| Documents | Claims | Conflicts | Updates | Agreements | Unique |\n")
	b.WriteString("| ---: | ---: | ---: | ---: | ---: | ---: |\n")
	fmt.Fprintf(b, "| %d | %d | %d | %d | %d | %d |\n\n", s.Documents, s.Claims, s.Conflict, s.Update, s.Agree, s.Unique)

	if len(r.Documents) > 0 {
		b.WriteString("| | Document | Title | Published |\n| --- | --- | --- | --- |\n")
		for _, d := range r.Documents {
			pub := "unknown"
			if d.Published != "" {
				pub = mdText(d.Published)
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", mdText(d.ID), mdText(d.Path), mdText(d.Title), pub)
		}
		b.WriteString("\n")
	}

	var agrees, uniques []*compare.Alignment
	for i := range r.Alignments {
		a := &r.Alignments[i]
		switch a.Verdict.Outcome {
		case compare.Conflict, compare.Update:
			mdConflict(b, ix, a)
		case compare.Agree:
			agrees = append(agrees, a)
		default:
			uniques = append(uniques, a)
		}
	}
	if len(agrees) > 0 {
		fmt.Fprintf(b, "<details><summary>%s</summary>\n\n", plural(len(agrees), "agreement", "agreements"))
		for _, a := range agrees {
			fmt.Fprintf(b, "- **%s** %s\n", mdText(a.Question), mdValues(a))
		}
		b.WriteString("\n</details>\n\n")
	}
	if len(uniques) > 0 {
		n := 0
		for _, a := range uniques {
			n += len(a.Claims)
		}
		fmt.Fprintf(b, "<details><summary>%s made by one document only</summary>\n\n", plural(n, "claim", "claims"))
		for _, a := range uniques {
			fmt.Fprintf(b, "- **%s** %s\n", mdText(a.Question), mdValues(a))
		}
		b.WriteString("\n</details>\n\n")
	}
	err := b.Flush()
	if err == nil {
		_, err = w.Write([]byte("\n"))
	}
	if err != nil {
		return fmt.Errorf("write markdown report: %w", err)
	}
	return nil
}

// mdConflict writes one conflict: its question as a heading, the reason
// and qualifiers, and a table with a row per claim.
func mdConflict(b *bufio.Writer, ix docIndex, a *compare.Alignment) {
	fmt.Fprintf(b, "### %s: %s\n\n", verdictTitle(a), mdText(a.Question))
	if severalDocs(a) && a.Verdict.Confidence > 0 {
		fmt.Fprintf(b, "Confidence %.2f\n\n", a.Verdict.Confidence)
	}
	if a.Verdict.Reason != "" {
		fmt.Fprintf(b, "%s\n\n", mdText(a.Verdict.Reason))
	}
	if len(a.Verdict.Qualifiers) > 0 {
		qs := make([]string, len(a.Verdict.Qualifiers))
		for i, q := range a.Verdict.Qualifiers {
			qs[i] = mdText(q)
		}
		fmt.Fprintf(b, "Qualifiers: %s\n\n", strings.Join(qs, "; "))
	}
	b.WriteString("| | Value | Source | Quote |\n| --- | --- | --- | --- |\n")
	for i := range a.Claims {
		c := &a.Claims[i]
		d := ix[c.Doc]
		ln, _ := d.Position(c.Evidence.Start)
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", mdText(c.Doc), mdText(valueNotes(c)),
			mdText(fmt.Sprintf("%s:%d", d.Path, ln)), mdQuote(d, c))
	}
	b.WriteString("\n")
}

// mdQuote is the claim's sentence in typographic quotes with the evidence
// in bold; the quotes keep the text from starting a line or a cell.
func mdQuote(d *compare.Document, c *compare.Claim) string {
	before := d.Slice(compare.Span{Start: c.Sentence.Start, End: max(c.Sentence.Start, min(c.Evidence.Start, c.Sentence.End))})
	after := d.Slice(compare.Span{Start: min(c.Sentence.End, max(c.Evidence.End, c.Sentence.Start)), End: c.Sentence.End})
	ev := d.Slice(c.Evidence)
	if !c.Sentence.Contains(c.Evidence) || strings.TrimSpace(ev) == "" {
		return "“" + mdText(d.Slice(c.Sentence)) + "”"
	}
	// Bold hugs the words: "**at least 46**", never "** at least 46 **",
	// which CommonMark would not read as emphasis.
	lead := ev[:len(ev)-len(strings.TrimLeft(ev, " \t\r\n"))]
	trail := ev[len(strings.TrimRight(ev, " \t\r\n")):]
	core := strings.TrimSpace(ev)
	return "“" + mdText(before+lead) + "**" + mdText(core) + "**" + mdText(trail+after) + "”"
}

// mdValues is "Skerry Point (d1, d3), Skerry Pt. (d2)": each value once,
// with the documents that give it, in order of first appearance.
func mdValues(a *compare.Alignment) string {
	var order []string
	docs := map[string][]string{}
	for i := range a.Claims {
		c := &a.Claims[i]
		v := value(c)
		if _, ok := docs[v]; !ok {
			order = append(order, v)
		}
		docs[v] = append(docs[v], c.Doc)
	}
	parts := make([]string, len(order))
	for i, v := range order {
		parts[i] = mdText(v) + " (" + mdText(strings.Join(docs[v], ", ")) + ")"
	}
	return strings.Join(parts, ", ")
}

// mdText escapes s for the inside of a Markdown line or table cell, so
// that what it says is shown and nothing it says is obeyed:
//   - line breaks and tabs become spaces: no new block can start;
//   - <, > and & become entity references: no HTML tag, comment or
//     entity of the document's survives (CommonMark 0.31 §6.6, §2.5);
//   - the other ASCII punctuation that Markdown or GitHub gives a meaning
//     in the middle of a line (emphasis, code, links, images, a heading's
//     closing #, tables, math, mentions) is backslash-escaped (CommonMark
//     §2.4; GFM §4.10 for a pipe inside a table).
//
// Punctuation that means something only at the start of a line (- + = .
// for lists and underlines, > for quotes) or nothing at all (, ; ? : ' "
// / %) is left alone so that the raw Markdown stays readable: callers
// never put document text at the start of a line.
func mdText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' ||
			r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f:
			b.WriteRune('\uFFFD')
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case strings.ContainsRune("\\`*_{}[]()#!|~$@^", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
