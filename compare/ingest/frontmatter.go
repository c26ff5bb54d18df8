package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/nesting"
)

// front is what a front matter block gives: its bytes [start, end), the
// closing line's newline included, and its fields.
type front struct {
	start, end               int
	title, source, published string
	warning                  string // why the block was skipped, when it was
}

// Front matter keys, in order of preference.
var (
	dateKeys   = []string{"published", "date"}
	sourceKeys = []string{"source", "site", "publisher"}
)

// frontMatter finds a YAML block between two lines "---" at the very top
// of data (after a byte order mark). In a Markdown file an unclosed or
// malformed block is an error; in other files a block that does not close
// or is not a mapping is taken for plain text that happens to start with
// a rule, while a YAML syntax error is still reported.
func frontMatter(path string, data []byte, start int) (*front, error) {
	first, next := lineAt(data, start)
	if strings.TrimRight(string(first), " \t\r") != "---" {
		return nil, nil
	}
	md := isMarkdown(path)
	yamlStart := next
	end := -1
	yamlEnd := -1
	for i := next; i < len(data); {
		line, n := lineAt(data, i)
		if s := strings.TrimRight(string(line), " \t\r"); s == "---" || s == "..." {
			yamlEnd, end = i, n
			break
		}
		i = n
	}
	if end < 0 {
		if md {
			return nil, &compare.InputError{Path: path, Line: 1, Col: 1, Err: errNotClosed}
		}
		return nil, nil
	}
	src := data[yamlStart:yamlEnd]

	if err := nesting.YAML(src, nesting.MaxYAML); err != nil {
		var ne *nesting.Error
		errors.As(err, &ne)
		return nil, &compare.InputError{Path: path, Line: ne.Line + 1, Col: 1, Err: fmt.Errorf("front matter: %s", ne.What)}
	}
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		// Static-site generators accept front matter that strict YAML
		// refuses (an unquoted colon in a title): the block is skipped,
		// with a warning saying where, and the body is still read.
		line, col, msg := 2, 0, err.Error()
		var ye yaml.Error
		if errors.As(err, &ye) {
			msg = ye.GetMessage()
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				line, col = tk.Position.Line+1, tk.Position.Column
			}
		}
		where := fmt.Sprintf("line %d", line)
		if col > 0 {
			where += fmt.Sprintf(", column %d", col)
		}
		return &front{start: start, end: end,
			warning: fmt.Sprintf("front matter is not strict YAML (%s: %s): its fields are ignored", where, msg)}, nil
	}
	fields, ok := v.(map[string]any)
	if v == nil {
		fields, ok = map[string]any{}, true
	}
	if !ok {
		if md {
			return nil, &compare.InputError{Path: path, Line: 2, Col: 1,
				Err: errors.New("front matter: want a mapping of keys to values")}
		}
		return nil, nil
	}
	lower := make(map[string]any, len(fields))
	for k, v := range fields {
		lower[strings.ToLower(k)] = v
	}

	fm := &front{start: start, end: end}
	fm.title = strings.TrimSpace(scalar(lower["title"]))
	for _, k := range sourceKeys {
		if s := strings.TrimSpace(scalar(lower[k])); s != "" {
			fm.source = s
			break
		}
	}
	for _, k := range dateKeys {
		raw, ok := lower[k]
		if !ok || raw == nil {
			continue
		}
		s := strings.TrimSpace(scalar(raw))
		date, ok := frontDate(s)
		if !ok {
			return nil, &compare.InputError{Path: path, Line: keyLine(src, k) + 1, Col: 1,
				Err: fmt.Errorf("front matter: %s %q: want a date such as 2006-03-02", k, s)}
		}
		fm.published = date
		break
	}
	return fm, nil
}

// lineAt returns the line starting at i without its newline, and the
// offset of the next line.
func lineAt(data []byte, i int) (line []byte, next int) {
	j := bytes.IndexByte(data[i:], '\n')
	if j < 0 {
		return data[i:], len(data)
	}
	return data[i : i+j], i + j + 1
}

func scalar(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case time.Time:
		return v.Format(time.DateOnly)
	}
	return fmt.Sprint(v)
}

// frontDate accepts YYYY, YYYY-MM, YYYY-MM-DD, a timestamp starting with
// a date (2006-03-02T10:00:00Z) and the written forms a date line may
// take ("9 June 2019").
func frontDate(s string) (string, bool) {
	if d, ok := normalDate(s); ok {
		return d, true
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if d, ok := normalDate(s[:10]); ok {
			return d, true
		}
	}
	if m := dateLineRe.FindStringSubmatch(s); m != nil {
		if dt, ok := dateOfMatch(m); ok {
			return dt, true
		}
	}
	return "", false
}

// keyLine is the 1-based line of key in the YAML source, 1 if not found.
func keyLine(src []byte, key string) int {
	for n, line := range strings.Split(string(src), "\n") {
		l := strings.ToLower(strings.TrimSpace(line))
		if strings.HasPrefix(l, key) && strings.HasPrefix(strings.TrimSpace(l[len(key):]), ":") {
			return n + 1
		}
	}
	return 1
}
