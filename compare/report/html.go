package report

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

var (
	//go:embed html/report.tmpl
	htmlPage string
	//go:embed html/report.css
	htmlCSS string
	//go:embed html/report.js
	htmlJS string

	htmlTemplate = template.Must(template.New("report").Parse(htmlPage))

	// htmlCSP allows the page's own style sheet and script, by hash
	// (CSP Level 3 §2.3.1 hash-source), and nothing else: no other script
	// (inline or not), no style attribute, no image, font, frame or
	// connection, no <base>, no form. Hashes rather than a nonce because
	// the page is a file: a nonce is only secret when a server makes a
	// new one for every response. Even if a document's text escaped
	// html/template, the browser would refuse to run or load it.
	htmlCSP = "default-src 'none'; script-src " + cspHash(htmlJS) + "; style-src " + cspHash(htmlCSS) +
		"; base-uri 'none'; form-action 'none'"
)

func cspHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

// htmlColors is how many highlight colours report.css defines (c0…c7).
const htmlColors = 8

// The view types are what report.tmpl reads. Strings are plain text:
// html/template escapes each for where it lands.
type (
	htmlView struct {
		CSP     string
		CSS     template.CSS
		JS      template.JS
		Summary string
		Stats   stats
		Groups  []htmlGroup
		// Documents side by side, in report order.
		Documents []htmlDocument
	}
	htmlGroup struct {
		Title, Class string
		Folded       bool // unique claims: many, and least interesting
		Items        []htmlAlignment
	}
	htmlAlignment struct {
		ID, Verdict, Color, Question, Reason string
		Target                               string // id of its first mark, for a click without script
		Confidence                           string // "0.84", or "" when not judged
		Qualifiers                           []string
		Claims                               []htmlClaim
	}
	htmlClaim    struct{ Doc, Value, Notes, Loc string }
	htmlDocument struct {
		ID, Path, Title, Source, Date string
		Warnings                      []string
		Segments                      []htmlSegment
	}
	// htmlSegment is a run of text covered by the same set of evidence
	// spans; Alignments lists their alignment IDs, space separated, so
	// that overlapping claims of different alignments all find it.
	htmlSegment struct {
		Text, ID, Class, Alignments string
	}
)

// HTML writes r as one self-contained page: a panel listing conflicts,
// then agreements, then unique claims, beside the documents in columns
// with the evidence of each alignment highlighted in one colour. A click
// on a question scrolls every document to its evidence. Style sheet and
// script are inline; a Content-Security-Policy lets only those two run,
// and the page makes no request. All text from documents is escaped by
// html/template.
func HTML(w io.Writer, r *compare.Report, _ Options) error {
	ix := indexDocs(r.Documents)
	if err := checkAll(ix, r); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	s := count(r)
	v := htmlView{
		CSP: htmlCSP, CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS), Stats: s,
		Summary: fmt.Sprintf("%s, %s, %s, %s", plural(s.Documents, "document", "documents"),
			plural(s.Conflict, "conflict", "conflicts"), plural(s.Update, "update", "updates"), plural(s.Agree, "agreement", "agreements")),
	}

	// Colours go to agreements and conflicts in report order; unique
	// claims share a quiet dotted underline, so that colour means "look,
	// another document says this too".
	colors := make([]string, len(r.Alignments))
	groups := []htmlGroup{
		{Title: "Conflicts", Class: "conflicts"},
		{Title: "Agreements", Class: "agreements"},
		{Title: "Said once", Class: "unique", Folded: true},
	}
	n := 0
	for i := range r.Alignments {
		a := &r.Alignments[i]
		g := 2
		switch a.Verdict.Outcome {
		case compare.Conflict, compare.Update:
			g = 0
		case compare.Agree:
			g = 1
		}
		if g < 2 {
			colors[i] = "c" + strconv.Itoa(n%htmlColors)
			n++
		} else {
			colors[i] = "u"
		}
		groups[g].Items = append(groups[g].Items, htmlItem(ix, a, colors[i]))
	}
	for _, g := range groups {
		if len(g.Items) > 0 {
			v.Groups = append(v.Groups, g)
		}
	}
	for _, d := range r.Documents {
		v.Documents = append(v.Documents, htmlDoc(r, d, colors))
	}

	var b bytes.Buffer
	if err := htmlTemplate.Execute(&b, v); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	// html/template escapes markup, not control characters.
	if _, err := w.Write(replaceControls(b.Bytes(), "\t\n\r")); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}

func htmlItem(ix docIndex, a *compare.Alignment, color string) htmlAlignment {
	it := htmlAlignment{
		ID: a.ID, Verdict: a.Verdict.Outcome.String(), Color: color, Question: a.Question,
		Reason: a.Verdict.Reason, Qualifiers: a.Verdict.Qualifiers,
	}
	if severalDocs(a) && a.Verdict.Confidence > 0 {
		it.Confidence = strconv.FormatFloat(a.Verdict.Confidence, 'f', 2, 64)
	}
	for j := range a.Claims {
		c := &a.Claims[j]
		d := ix[c.Doc]
		p := runePosition(d, c.Evidence)
		notes := strings.TrimPrefix(valueNotes(c), value(c))
		it.Claims = append(it.Claims, htmlClaim{Doc: c.Doc, Value: value(c), Notes: strings.TrimSpace(notes),
			Loc: fmt.Sprintf("%s:%d:%d", d.Path, p.Line, p.Col)})
		if it.Target == "" && c.Evidence.Len() > 0 {
			it.Target = markID(a, j)
		}
	}
	return it
}

// markID is the id of the first mark of claim j of a.
func markID(a *compare.Alignment, j int) string { return a.ID + "-" + strconv.Itoa(j) }

// htmlDoc cuts d's text at every start and end of an evidence span in d,
// so that overlapping spans (two alignments reading the same words) need
// no nested marks.
func htmlDoc(r *compare.Report, d *compare.Document, colors []string) htmlDocument {
	hd := htmlDocument{ID: d.ID, Path: d.Path, Title: d.Title, Source: d.Source, Date: dateLine(d), Warnings: d.Warnings}
	type span struct {
		compare.Span
		align, claim int
	}
	var spans []span
	cuts := []int{0, len(d.Text)}
	for i := range r.Alignments {
		for j, c := range r.Alignments[i].Claims {
			if c.Doc == d.ID && c.Evidence.Len() > 0 {
				spans = append(spans, span{c.Evidence, i, j})
				cuts = append(cuts, c.Evidence.Start, c.Evidence.End)
			}
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		p, q := cuts[k], cuts[k+1]
		seg := htmlSegment{Text: strings.ToValidUTF8(string(d.Text[p:q]), "\uFFFD")}
		var ids []string
		inner := -1
		for x, s := range spans {
			if s.Start > p || s.End < q {
				continue
			}
			a := &r.Alignments[s.align]
			if !slices.Contains(ids, a.ID) {
				ids = append(ids, a.ID)
			}
			if inner < 0 || s.Len() < spans[inner].Len() {
				inner = x
			}
			if s.Start == p && seg.ID == "" {
				seg.ID = markID(a, s.claim)
			}
		}
		if inner >= 0 {
			a := &r.Alignments[spans[inner].align]
			seg.Class = colors[spans[inner].align]
			if disagree(a) {
				seg.Class += " conflict"
			}
			seg.Alignments = strings.Join(ids, " ")
		}
		hd.Segments = append(hd.Segments, seg)
	}
	return hd
}
