package docs

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// line is one line of a document with what its place says about it.
type line struct {
	span    compare.Span // without the newline
	text    string       // the line as read
	code    bool         // inside a fenced or literal code block
	heading bool         // a heading line (Markdown "#", or text over an rST underline)
	level   int          // heading level, 1 for the top
	head    string       // the text of the nearest heading above, lower case
	cells   []cell       // table cells of a Markdown table row
	header  []string     // the header cells of the table the row is in, lower case
	comment bool         // a comment line of a configuration file
}

type cell struct {
	text string
	span compare.Span
}

var (
	fence       = regexp.MustCompile("^\\s{0,3}(```+|~~~+)")
	atxHead     = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	setextUnder = regexp.MustCompile(`^\s{0,3}(=+|-{2,})\s*$`)
	tableRule   = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
)

// splitLines cuts text into lines, marking code blocks, headings and table
// rows for Markdown and reStructuredText (other kinds get plain lines).
func splitLines(text []byte, kind fileKind) []line {
	var ls []line
	for start := 0; start <= len(text); {
		end := bytes.IndexByte(text[start:], '\n')
		next := 0
		if end < 0 {
			end, next = len(text), len(text)+1
		} else {
			end, next = start+end, start+end+1
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		ls = append(ls, line{span: compare.Span{Start: start, End: e}, text: string(text[start:e])})
		start = next
	}
	if kind != prose && kind != rst && kind != changelog {
		return ls
	}
	var (
		inFence  string
		literal  bool // rST literal block after "::"
		litInd   int
		head     string
		header   []string
		tableRow bool
	)
	for i := range ls {
		l := &ls[i]
		t := l.text
		trim := strings.TrimSpace(t)
		if inFence != "" {
			l.code, l.head = true, head
			if strings.HasPrefix(trim, inFence) {
				inFence = ""
			}
			continue
		}
		if m := fence.FindStringSubmatch(t); m != nil {
			inFence = m[1][:3]
			l.code, l.head = true, head
			continue
		}
		if literal {
			ind := len(t) - len(strings.TrimLeft(t, " \t"))
			if trim == "" || ind > litInd {
				l.code, l.head = true, head
				continue
			}
			literal = false
		}
		if kind == rst && rstLiteral(trim) {
			literal, litInd = true, len(t)-len(strings.TrimLeft(t, " \t"))
		}
		if m := atxHead.FindStringSubmatch(t); m != nil && kind != rst {
			head = strings.ToLower(m[2])
			l.heading, l.level, l.head = true, len(m[1]), head
			tableRow = false
			continue
		}
		if kind == rst && i+1 < len(ls) && trim != "" && isRSTUnder(ls[i+1].text) && !isRSTUnder(t) {
			head = strings.ToLower(trim)
			l.heading, l.level, l.head = true, 2, head
			continue
		}
		// A setext heading: text over "===" or "---".
		if kind != rst && i+1 < len(ls) && trim != "" && !strings.HasPrefix(trim, "|") &&
			setextUnder.MatchString(ls[i+1].text) && !tableRule.MatchString(ls[i+1].text) {
			head = strings.ToLower(trim)
			l.heading, l.level, l.head = true, 2, head
			continue
		}
		l.head = head
		// GitHub tables: a header row, a rule row, then rows; the outer
		// pipes are optional.
		if strings.Contains(trim, "|") && tableRule.MatchString(t) && strings.Contains(t, "-") && i > 0 && strings.Contains(ls[i-1].text, "|") {
			header = nil
			if ls[i-1].cells == nil {
				ls[i-1].cells = cells(ls[i-1].text, ls[i-1].span.Start)
			}
			for _, c := range ls[i-1].cells {
				header = append(header, strings.ToLower(stripMarkup(c.text)))
			}
			tableRow = true
			continue
		}
		if tableRow && strings.Contains(trim, "|") || strings.HasPrefix(trim, "|") && strings.Count(trim, "|") >= 2 {
			l.cells = cells(t, l.span.Start)
			if tableRow {
				l.header = header
			}
			continue
		}
		tableRow = false
	}
	if kind == rst {
		rstTables(ls)
	}
	return ls
}

// cells splits a table row "| a | b |" into its cells with their spans.
func cells(t string, base int) []cell {
	var out []cell
	i := strings.IndexByte(t, '|')
	if lead := strings.TrimLeft(t, " \t"); lead != "" && lead[0] != '|' {
		// No leading pipe: the first cell starts the line.
		first := t[:i]
		out = append(out, trimCell(first, base))
	}
	for i >= 0 && i < len(t) {
		j := strings.IndexByte(t[i+1:], '|')
		if j < 0 {
			rest := t[i+1:]
			if strings.TrimSpace(rest) != "" {
				out = append(out, trimCell(rest, base+i+1))
			}
			break
		}
		out = append(out, trimCell(t[i+1:i+1+j], base+i+1))
		i = i + 1 + j
	}
	return out
}

func trimCell(s string, start int) cell {
	l := len(s) - len(strings.TrimLeft(s, " \t"))
	r := len(strings.TrimRight(s, " \t"))
	if r < l {
		r = l
	}
	return cell{text: s[l:r], span: compare.Span{Start: start + l, End: start + r}}
}

var markup = strings.NewReplacer("`", "", "**", "", "__", "", "*", "")

// stripMarkup removes inline Markdown and rST emphasis and code marks.
func stripMarkup(s string) string { return strings.TrimSpace(markup.Replace(s)) }

// mask returns s with inline markup characters turned into spaces, the
// same length, so that a match in it is a match at the same offsets in s.
func mask(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch c {
		case '`', '*', '[', ']':
			b[i] = ' '
		}
	}
	return string(b)
}

var rstDirective = regexp.MustCompile(`^\.\.\s+([A-Za-z0-9_:-]+?)::`)

// rstLiteral reports whether an rST line (trimmed) opens a literal block:
// a paragraph ending in "::", or a code directive. Other directives
// (note, warning, list-table) hold prose.
func rstLiteral(trim string) bool {
	if m := rstDirective.FindStringSubmatch(trim); m != nil {
		switch strings.ToLower(m[1]) {
		case "code", "code-block", "sourcecode", "literalinclude", "parsed-literal", "productionlist", "doctest", "testcode", "testoutput", "ipython", "jupyter-execute", "prompt":
			return true
		}
		return false
	}
	return strings.HasSuffix(trim, "::")
}

// isRSTUnder reports whether t is an rST section underline: three or more
// of one punctuation character.
func isRSTUnder(t string) bool {
	t = strings.TrimRight(t, " \t")
	if len(t) < 3 || !strings.ContainsRune("=-~^\"'*+#:.`", rune(t[0])) {
		return false
	}
	return strings.Count(t, t[:1]) == len(t)
}
