package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// Marks for the words of an evidence sentence, with and without colour.
// Without colour they follow git's --word-diff=plain for differences and
// use guillemets, which rarely occur in English news, for the evidence.
type mark struct {
	st          style
	open, close string
}

var (
	evidenceMark = mark{bold, "«", "»"}
	deletedMark  = mark{red, "[-", "-]"}   // words only in the first sentence
	insertedMark = mark{green, "{+", "+}"} // words only in the second sentence
)

// Indents: an alignment's details under its label, a claim's sentence
// under its location.
const (
	indentDetail   = "    "
	indentClaim    = "  "
	indentSentence = "      "
)

// Text writes r for a person at a terminal: the documents with their dates
// and warnings, then conflicts, agreements and unique claims (each group
// in the order of r.Alignments), then a summary line.
//
// Each claim shows its document, path:line:col, value and evidence
// sentence with the evidence words marked. When an alignment holds claims
// of exactly two documents, the words that differ between the two
// sentences are marked too: words only in the first as deleted, words only
// in the second as inserted. With opt.Color the marks are ANSI styles
// (evidence bold, deleted red, inserted green); without, the evidence is
// «quoted» and differences read [-old-] and {+new+}.
func Text(w io.Writer, r *compare.Report, opt Options) error {
	ix := indexDocs(r.Documents)
	var disagreements, agrees, others []*compare.Alignment
	for i := range r.Alignments {
		a := &r.Alignments[i]
		for j := range a.Claims {
			if _, err := ix.claimDoc(a, &a.Claims[j]); err != nil {
				return fmt.Errorf("text report: %w", err)
			}
		}
		switch a.Verdict.Outcome {
		case compare.Conflict, compare.Update:
			disagreements = append(disagreements, a)
		case compare.Agree:
			agrees = append(agrees, a)
		default:
			others = append(others, a)
		}
	}

	tw := newTermWriter(w, opt)
	for _, d := range r.Documents {
		tw.document(d)
	}
	for _, warn := range r.Warnings {
		tw.emit("", indentDetail, new(line).lit(yellow, "warning: ").text(yellow, warn))
	}
	for _, a := range disagreements {
		tw.blank()
		if a.Verdict.Outcome == compare.Update {
			tw.alignment(ix, a, "UPDATE", bold|yellow)
		} else {
			tw.alignment(ix, a, "CONFLICT", bold|red)
		}
	}
	switch {
	case len(agrees) == 0 || opt.Agreements == AgreementsNone:
	case opt.Agreements == AgreementsAll:
		for _, a := range agrees {
			tw.blank()
			tw.alignment(ix, a, "AGREE", bold|green)
		}
	default:
		tw.blank()
		tw.agreements(agrees)
	}
	if len(others) > 0 && opt.Unique {
		tw.blank()
		tw.uniques(ix, others)
	}
	tw.blank()
	s := count(r)
	summary := fmt.Sprintf("%s, %s: %s, %s, %s, %d unique",
		plural(s.Documents, "document", "documents"), plural(s.Claims, "claim", "claims"),
		plural(s.Conflict, "conflict", "conflicts"), plural(s.Update, "update", "updates"),
		plural(s.Agree, "agreement", "agreements"), s.Unique)
	if s.Unique > 0 && !opt.Unique {
		summary += " (listed with --unique)"
	}
	tw.emit("", "", new(line).lit(bold, summary))
	if err := tw.buf.Flush(); err != nil {
		return fmt.Errorf("write text report: %w", err)
	}
	return nil
}

// agreements writes one line per agreement: its question, the values of
// its documents and its confidence.
func (tw *termWriter) agreements(as []*compare.Alignment) {
	tw.emit("", indentDetail, new(line).lit(bold|green, "AGREE").lit(0, "  ").lit(0, plural(len(as), "question", "questions")+" answered alike (in full with --agreements=all)"))
	for _, a := range as {
		l := new(line).text(0, shortQuestion(a.Question)).lit(0, "  ").text(bold, agreedValues(a))
		if a.Verdict.Confidence > 0 { // 0: never judged
			l.lit(0, fmt.Sprintf("  (%s, confidence %.2f)", strings.Join(docsOf(a), ", "), a.Verdict.Confidence))
		} else {
			l.lit(0, "  ("+strings.Join(docsOf(a), ", ")+")")
		}
		tw.emit(indentClaim, indentSentence, l)
	}
}

// agreedValues is the distinct values of a's claims as written, joined by
// " = ": "Chongju = Cheongju".
func agreedValues(a *compare.Alignment) string {
	var vs []string
	for i := range a.Claims {
		v := value(&a.Claims[i])
		if a.Kind == compare.PolarityKind {
			// A clause's value is the clause: what agrees is yes or no.
			v = map[compare.Polarity]string{compare.Positive: "yes", compare.Negative: "no"}[a.Claims[i].Polarity]
		}
		if !slices.Contains(vs, v) {
			vs = append(vs, v)
		}
	}
	if len(vs) > 3 {
		vs = append(vs[:3], "…")
	}
	return strings.Join(vs, " = ")
}

// docsOf is the documents of a's claims, in order of first claim.
func docsOf(a *compare.Alignment) []string {
	var ds []string
	for _, c := range a.Claims {
		if !slices.Contains(ds, c.Doc) {
			ds = append(ds, c.Doc)
		}
	}
	return ds
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// document writes the header of d: id and path, title and source, the
// publication date with where it came from, and every warning.
func (tw *termWriter) document(d *compare.Document) {
	tw.emit("", indentDetail, new(line).lit(bold, d.ID).lit(0, "  ").text(0, d.Path))
	if d.Title != "" || d.Source != "" {
		l := new(line)
		if d.Title != "" {
			l.lit(0, `"`).text(0, d.Title).lit(0, `"`)
		}
		if d.Title != "" && d.Source != "" {
			l.lit(0, " ")
		}
		if d.Source != "" {
			l.lit(0, "(").text(0, d.Source).lit(0, ")")
		}
		tw.emit(indentDetail, indentDetail, l)
	}
	tw.emit(indentDetail, indentDetail, new(line).text(0, dateLine(d)))
	if d.TextFrom == "html" {
		tw.emit(indentDetail, indentDetail, new(line).text(0, "text extracted from HTML: lines and columns count in the extracted text"))
	}
	for _, warn := range d.Warnings {
		tw.emit(indentDetail, indentDetail+"  ", new(line).lit(yellow, "warning: ").text(yellow, warn))
	}
}

// origins says in words where a date came from, by Document.PublishedFrom.
var origins = map[string]string{
	compare.FromFlag:        "given on the command line",
	compare.FromConfig:      "from the configuration",
	compare.FromFrontMatter: "from front matter",
	compare.FromHeader:      "from header line",
	compare.FromHTMLMeta:    "from HTML metadata",
}

func dateLine(d *compare.Document) string {
	if d.Published == "" {
		return "publication date unknown"
	}
	if o, ok := origins[d.PublishedFrom]; ok {
		return "published " + d.Published + " (" + o + ")"
	}
	if d.PublishedFrom == "" || d.PublishedFrom == compare.FromNone {
		return "published " + d.Published
	}
	return "published " + d.Published + " (from " + d.PublishedFrom + ")"
}

// alignment writes one agreement or conflict with its claims.
func (tw *termWriter) alignment(ix docIndex, a *compare.Alignment, label string, st style) {
	head := new(line).lit(st, label).lit(0, "  ").text(bold, a.Question)
	if severalDocs(a) && a.Verdict.Confidence > 0 { // 0: never judged
		head.lit(0, fmt.Sprintf("  (confidence %.2f)", a.Verdict.Confidence))
	}
	tw.emit("", indentDetail, head)
	if a.Verdict.Reason != "" {
		tw.emit(indentDetail, indentDetail, new(line).text(0, a.Verdict.Reason))
	}
	if len(a.Verdict.Qualifiers) > 0 {
		l := new(line).lit(0, "qualifiers: ")
		for i, q := range a.Verdict.Qualifiers {
			if i > 0 {
				l.lit(0, "; ")
			}
			l.text(0, q)
		}
		tw.emit(indentDetail, indentDetail+"  ", l)
	}

	// Differences are marked only between two documents: with more, no
	// one sentence is the one to compare against.
	var changed [][]byteRange
	if len(a.Claims) == 2 && a.Claims[0].Doc != a.Claims[1].Doc {
		s0 := ix[a.Claims[0].Doc].Slice(a.Claims[0].Sentence)
		s1 := ix[a.Claims[1].Doc].Slice(a.Claims[1].Sentence)
		in0, in1 := changedWords(s0, s1)
		changed = [][]byteRange{in0, in1}
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		d := ix[c.Doc]
		tw.emit(indentClaim, indentSentence, tw.claimHead(d, c))
		var ch []byteRange
		m := deletedMark
		if changed != nil {
			ch = changed[i]
			if i == 1 {
				m = insertedMark
			}
		}
		tw.emit(indentSentence, indentSentence, sentenceLine(tw.opt, d, c, ch, m))
	}
}

// claimHead is "d1  path:line:col  value (qualities)".
func (tw *termWriter) claimHead(d *compare.Document, c *compare.Claim) *line {
	l := new(line).lit(bold, c.Doc).lit(0, "  ").text(0, location(d, c.Evidence)).lit(0, "  ")
	return appendValue(l, c)
}

func location(d *compare.Document, s compare.Span) string {
	ln, col := d.Position(s.Start)
	return fmt.Sprintf("%s:%d:%d", d.Path, ln, col)
}

// appendValue appends the claim's value and, in parentheses, what makes it
// less than a plain assertion: negation, modality, attribution.
func appendValue(l *line, c *compare.Claim) *line {
	v := c.Display
	if v == "" {
		v = c.Value
	}
	l.text(bold, v)
	if notes := claimNotes(c); len(notes) > 0 {
		l.lit(0, " (")
		for i, n := range notes {
			if i > 0 {
				l.lit(0, ", ")
			}
			l.text(0, n)
		}
		l.lit(0, ")")
	}
	return l
}

// sentenceLine returns the claim's sentence with the evidence marked and
// the ranges ch (relative to the sentence) marked with m. The evidence
// mark is the outer one, so plain marks always nest.
func sentenceLine(opt Options, d *compare.Document, c *compare.Claim, ch []byteRange, m mark) *line {
	s := d.Slice(c.Sentence)
	ev := byteRange{c.Evidence.Start - c.Sentence.Start, c.Evidence.End - c.Sentence.Start}
	ev.start = min(max(ev.start, 0), len(s))
	ev.end = min(max(ev.end, ev.start), len(s))

	cuts := []int{0, len(s), ev.start, ev.end}
	for _, r := range ch {
		cuts = append(cuts, r.start, r.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	// Segments between cuts, each inside or outside the evidence and a
	// change. White space at the edges of a changed segment is left
	// unchanged so that marks hug words: "[-a b-] «[-c-]»", not
	// "[-a b -]«[-c-]»".
	type seg struct {
		p, q  int
		ev, c bool
	}
	var segs []seg
	for i := 0; i+1 < len(cuts); i++ {
		p, q := cuts[i], cuts[i+1]
		e := ev.start <= p && q <= ev.end && ev.start < ev.end
		c := inRanges(ch, p, q)
		if !c {
			segs = append(segs, seg{p, q, e, false})
			continue
		}
		core := strings.TrimSpace(s[p:q])
		if core == "" {
			segs = append(segs, seg{p, q, e, false})
			continue
		}
		cp := p + strings.Index(s[p:q], core)
		cq := cp + len(core)
		segs = append(segs, seg{p, cp, e, false}, seg{cp, cq, e, true}, seg{cq, q, e, false})
	}

	l := new(line)
	open := func(m mark) {
		if !opt.Color {
			l.lit(0, m.open)
		}
	}
	shut := func(m mark) {
		if !opt.Color {
			l.lit(0, m.close)
		}
	}
	var inEv, inCh bool
	for _, sg := range segs {
		if sg.p == sg.q {
			continue
		}
		e, c := sg.ev, sg.c
		if inCh && (!c || e != inEv) {
			shut(m)
		}
		if inEv && !e {
			shut(evidenceMark)
		}
		if e && !inEv {
			open(evidenceMark)
		}
		if c && (!inCh || e != inEv) {
			open(m)
		}
		var st style
		if e {
			st |= evidenceMark.st
		}
		if c {
			st |= m.st
		}
		l.text(st, s[sg.p:sg.q])
		inEv, inCh = e, c
	}
	if inCh {
		shut(m)
	}
	if inEv {
		shut(evidenceMark)
	}
	return l
}

// inRanges reports whether [p, q) lies inside one of rs.
func inRanges(rs []byteRange, p, q int) bool {
	i, found := slices.BinarySearchFunc(rs, p, func(r byteRange, p int) int {
		switch {
		case r.end <= p:
			return -1
		case r.start > p:
			return 1
		}
		return 0
	})
	return found && q <= rs[i].end
}

// uniques lists claims made by one document only, one line each.
func (tw *termWriter) uniques(ix docIndex, as []*compare.Alignment) {
	n := 0
	for _, a := range as {
		n += len(a.Claims)
	}
	tw.emit("", "", new(line).lit(bold, "UNIQUE").lit(0, "  ").lit(0, plural(len(as), "question", "questions")+" answered by one document only ("+plural(n, "claim", "claims")+")"))
	for _, a := range as {
		for i := range a.Claims {
			c := &a.Claims[i]
			l := new(line).lit(bold, c.Doc).lit(0, "  ").text(0, location(ix[c.Doc], c.Evidence)).lit(0, "  ")
			l.text(0, a.Question).lit(0, "  ")
			tw.emit(indentClaim, indentSentence, appendValue(l, c))
		}
	}
}

// ExtractText writes, for each document, its header, its mentions and its
// claims with their evidence sentences, marked as Text marks them.
func ExtractText(w io.Writer, xs []compare.Extraction, opt Options) error {
	if err := checkExtractions(xs); err != nil {
		return fmt.Errorf("text extract: %w", err)
	}
	tw := newTermWriter(w, opt)
	for i, x := range xs {
		d := x.Document
		if i > 0 {
			tw.blank()
		}
		tw.document(d)

		tw.emit(indentClaim, indentClaim, new(line).lit(bold, "mentions: ").lit(0, strconv.Itoa(len(x.Mentions))))
		for _, m := range x.Mentions {
			ln, col := d.Position(m.Span.Start)
			l := new(line).lit(0, fmt.Sprintf("%d:%d  %s", ln, col, m.Kind))
			if m.Type != "" {
				l.lit(0, " ").text(0, m.Type)
			}
			l.lit(0, `  "`).text(0, d.Slice(m.Span)).lit(0, `" = `).text(bold, m.Value)
			tw.emit(indentDetail, indentSentence+"  ", l)
		}

		tw.emit(indentClaim, indentClaim, new(line).lit(bold, "claims: ").lit(0, strconv.Itoa(len(x.Claims))))
		for j := range x.Claims {
			c := &x.Claims[j]
			ln, col := d.Position(c.Evidence.Start)
			l := new(line).lit(0, fmt.Sprintf("%d:%d  %s  ", ln, col, c.Kind)).text(0, c.Question).lit(0, "  ")
			tw.emit(indentDetail, indentSentence+"  ", appendValue(l, c))
			tw.emit(indentSentence+"  ", indentSentence+"  ", new(line).lit(faint, "key ").text(faint, c.Key))
			tw.emit(indentSentence+"  ", indentSentence+"  ", sentenceLine(opt, d, c, nil, evidenceMark))
		}
	}
	if err := tw.buf.Flush(); err != nil {
		return fmt.Errorf("write text extract: %w", err)
	}
	return nil
}

// MaxSummaryQuestion is the most characters of a question an agreement's
// summary line shows: a question made of a whole clause is cut at a word.
const MaxSummaryQuestion = 80

func shortQuestion(q string) string {
	if utf8.RuneCountInString(q) <= MaxSummaryQuestion {
		return q
	}
	r := []rune(q)[:MaxSummaryQuestion]
	if i := strings.LastIndexByte(string(r), ' '); i > 0 {
		return string(r)[:i] + " …?"
	}
	return string(r) + "…?"
}
