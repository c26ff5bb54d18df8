// Package nesting measures how deeply YAML and HTML nest, in one pass and
// before any parser sees them: parsers of both spend time or memory that
// grows with the square of the depth (200 KB of "[" made the YAML parser
// take 15 GB; 220 KB of nested <div> took a minute to extract), and no
// real front matter, configuration or page nests that deep.
//
// In: the bytes of a document. Out: nil, or an error saying where the
// limit was passed.
//
//	if err := nesting.YAML(src, nesting.MaxYAML); err != nil {
//		return fmt.Errorf("front matter: %w", err) // "line 3: nested deeper than 64 levels"
//	}
package nesting

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// MaxYAML is the deepest YAML nesting accepted: far more than any
// configuration or front matter uses.
const MaxYAML = 64

// MaxIndent is the widest indentation, in columns, accepted in YAML:
// indentation nests blocks, and no hand-written file indents this far.
const MaxIndent = 256

// MaxHTML is the deepest element nesting accepted in HTML, WebKit's limit
// on the depth of its DOM tree (maxDOMTreeDepth).
const MaxHTML = 512

// Error says where the limit was passed; Line counts from 1.
type Error struct {
	Line int
	What string
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.What) }

// YAML checks that src nests no deeper than max: flow collections ("[",
// "{") and block sequence or mapping indicators written on one line
// ("- - - x") each count a level, and lines are indented at most
// MaxIndent columns. Quoted scalars and comments are skipped; a bracket
// inside plain text ("see [1") opens nothing, as in YAML.
func YAML(src []byte, max int) error {
	flow := 0 // depth of flow collections, across lines
	for n, line := range bytes.Split(src, []byte("\n")) {
		indent := len(line) - len(bytes.TrimLeft(line, " "))
		if indent > MaxIndent {
			return &Error{n + 1, fmt.Sprintf("indented more than %d columns", MaxIndent)}
		}
		block := 0
		prev := byte(0) // the last byte that is not a space; 0 at the line's start
		for i := indent; i < len(line); i++ {
			c := line[i]
			opens := prev == 0 || strings.IndexByte(":,[{-?", prev) >= 0
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				continue
			case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
				i = len(line)
				continue
			case (c == '"' || c == '\'') && opens:
				i = skipQuoted(line, i)
			case (c == '-' || c == '?') && flow == 0 && (prev == 0 || prev == '-' || prev == '?') && (i+1 == len(line) || line[i+1] == ' '):
				block++
			case (c == '[' || c == '{') && opens:
				flow++
			case (c == ']' || c == '}') && flow > 0:
				flow--
			}
			if flow+block > max {
				return &Error{n + 1, fmt.Sprintf("nested deeper than %d levels", max)}
			}
			prev = c
		}
	}
	return nil
}

// skipQuoted returns the index of the quote closing the scalar that
// opens at line[i], or the line's last index: a scalar left open runs on
// as plain text as far as depth is concerned.
func skipQuoted(line []byte, i int) int {
	q := line[i]
	for j := i + 1; j < len(line); j++ {
		switch {
		case q == '"' && line[j] == '\\':
			j++
		case line[j] == q && q == '\'' && j+1 < len(line) && line[j+1] == '\'':
			j++ // '' is a quote inside a single-quoted scalar
		case line[j] == q:
			return j
		}
	}
	return len(line) - 1
}

// impliedEnd are elements whose end tag may be left out: a page writes
// thousands of <p> or <li> without closing one, and the parser closes
// them, so they do not nest.
var impliedEnd = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true,
	"option": true, "optgroup": true, "rb": true, "rt": true, "rp": true, "rtc": true,
	"thead": true, "tbody": true, "tfoot": true, "colgroup": true, "caption": true,
	"html": true, "head": true, "body": true,
}

// void are elements that never have content.
var void = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"param": true, "keygen": true, "frame": true, "basefont": true, "isindex": true,
}

// HTML checks that the elements of src nest no deeper than max, counting
// open tags less end tags as a tokenizer meets them.
func HTML(src []byte, max int) error {
	z := html.NewTokenizer(bytes.NewReader(src))
	depth, line := 0, 1
	for {
		tt := z.Next()
		raw := z.Raw()
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return nil
			}
			return nil // the parser reports what it makes of the rest
		case html.StartTagToken:
			name, _ := z.TagName()
			if n := string(name); !void[n] && !impliedEnd[n] {
				depth++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if n := string(name); !void[n] && !impliedEnd[n] && depth > 0 {
				depth--
			}
		}
		if depth > max {
			return &Error{line, fmt.Sprintf("elements nested deeper than %d", max)}
		}
		line += bytes.Count(raw, []byte("\n"))
	}
}
