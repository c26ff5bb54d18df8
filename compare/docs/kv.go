package docs

import (
	"regexp"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// entry is one setting of a TOML, INI or YAML file: its dotted path, its
// value as written (quotes removed) and, for a list, its items. The reader
// is tolerant and positional: it finds where each value is written so
// that a claim can point at it, and does not validate the file.
type entry struct {
	path  string // lower case, sections and keys joined by "."
	key   string // the last part of path, as written
	value string
	val   compare.Span // of value in the text
	line  compare.Span // the line holding the key
	items []item
	// comments are the comment lines just above the key.
	comments []compare.Span
}

type item struct {
	value string
	span  compare.Span
}

var (
	tomlSection = regexp.MustCompile(`^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$`)
	kvLine      = regexp.MustCompile(`^\s*("[^"]+"|'[^']+'|[A-Za-z0-9_.\-]+)\s*[=:]\s*(.*?)\s*$`)
	yamlKey     = regexp.MustCompile(`^(\s*)(?:-\s+)?("[^"]+"|'[^']+'|[^\s#:'"][^:#]*?)\s*:(?:\s+(.*?))?\s*$`)
	yamlItem    = regexp.MustCompile(`^(\s*)-\s+(.*?)\s*$`)
	quoted      = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"|'([^']*)'`)
)

// unquote removes one pair of quotes around s.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// stripComment cuts a trailing " # comment" from a value outside quotes.
func stripComment(s string, marks string) string {
	inQ := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQ != 0:
			if c == inQ {
				inQ = 0
			}
		case c == '"' || c == '\'':
			inQ = c
		case strings.IndexByte(marks, c) >= 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t'):
			return strings.TrimRight(s[:i], " \t")
		}
	}
	return s
}

// listItems reads the items of a flow list "[a, "b", 'c']" starting at
// base in the text.
func listItems(s string, base int) []item {
	var out []item
	open := strings.IndexByte(s, '[')
	if open < 0 {
		return nil
	}
	body := s[open+1:]
	if close := strings.LastIndexByte(body, ']'); close >= 0 {
		body = body[:close]
	}
	off := base + open + 1
	i := 0
	for _, part := range strings.Split(body, ",") {
		t := strings.TrimSpace(part)
		if t != "" {
			lead := strings.Index(part, t)
			v := unquote(t)
			vs := off + i + lead
			if v != t {
				vs++
			}
			out = append(out, item{value: v, span: compare.Span{Start: vs, End: vs + len(v)}})
		}
		i += len(part) + 1
	}
	return out
}

// readTOMLorINI reads the sections and key = value lines of a TOML or
// INI file. Multi-line TOML arrays and indented INI continuation lines
// become items.
func readTOMLorINI(text []byte, ls []line, isINI bool) []entry {
	var out []entry
	section := ""
	var comments []compare.Span
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		t := l.text
		trim := strings.TrimSpace(t)
		if trim == "" {
			comments = nil
			continue
		}
		if strings.HasPrefix(trim, "#") || (isINI && strings.HasPrefix(trim, ";")) {
			comments = append(comments, l.span)
			continue
		}
		if m := tomlSection.FindStringSubmatch(t); m != nil && !strings.Contains(m[1], "=") {
			section = strings.ToLower(strings.Trim(m[1], `"' `))
			comments = nil
			continue
		}
		m := kvLine.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		key := unquote(t[m[2]:m[3]])
		raw := t[m[4]:m[5]]
		raw = stripComment(raw, "#;")
		path := strings.ToLower(key)
		if section != "" {
			path = section + "." + path
		}
		e := entry{path: path, key: key, line: l.span, comments: comments}
		comments = nil
		vs := l.span.Start + m[4]
		e.value = unquote(raw)
		if e.value != raw {
			vs++
		}
		e.val = compare.Span{Start: vs, End: vs + len(e.value)}
		switch {
		case !isINI && strings.HasPrefix(raw, "[") && !strings.Contains(raw, "]"):
			// A TOML array over several lines.
			for i+1 < len(ls) {
				i++
				n := ls[i]
				nt := stripComment(n.text, "#")
				if strings.TrimSpace(nt) == "]" || strings.HasPrefix(strings.TrimSpace(nt), "]") {
					break
				}
				for _, q := range quoted.FindAllStringSubmatchIndex(nt, -1) {
					a, b := q[2], q[3]
					if a < 0 {
						a, b = q[4], q[5]
					}
					e.items = append(e.items, item{value: nt[a:b], span: compare.Span{Start: n.span.Start + a, End: n.span.Start + b}})
				}
				if strings.HasSuffix(strings.TrimSpace(nt), "]") {
					break
				}
			}
		case strings.HasPrefix(raw, "["):
			e.items = listItems(raw, vs-boolInt(e.value != raw))
		case isINI:
			// Continuation lines are indented; tox and setup.cfg use them
			// for lists.
			for i+1 < len(ls) && ls[i+1].text != strings.TrimLeft(ls[i+1].text, " \t") && strings.TrimSpace(ls[i+1].text) != "" {
				i++
				n := ls[i]
				lead := len(n.text) - len(strings.TrimLeft(n.text, " \t"))
				for _, part := range splitList(n.text[lead:]) {
					e.items = append(e.items, item{value: part.value, span: compare.Span{Start: n.span.Start + lead + part.span.Start, End: n.span.Start + lead + part.span.End}})
				}
			}
			if len(e.items) == 0 && strings.Contains(e.value, ",") {
				for _, part := range splitList(e.value) {
					e.items = append(e.items, item{value: part.value, span: compare.Span{Start: e.val.Start + part.span.Start, End: e.val.Start + part.span.End}})
				}
			}
		}
		out = append(out, e)
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// splitList splits "a, b c" on commas and spaces, with offsets into s.
func splitList(s string) []item {
	var out []item
	start := -1
	for i := 0; i <= len(s); i++ {
		sep := i == len(s) || s[i] == ',' || s[i] == ' ' || s[i] == '\t'
		if !sep && start < 0 {
			start = i
		}
		if sep && start >= 0 {
			out = append(out, item{value: s[start:i], span: compare.Span{Start: start, End: i}})
			start = -1
		}
	}
	return out
}

// readYAML reads the keys of a YAML file with their indentation paths,
// block and flow lists as items. Anchors, multi-line strings and other
// rarely used forms are read as plain text.
func readYAML(ls []line) []entry {
	type level struct {
		indent int
		key    string
	}
	var stack []level
	var out []entry
	var comments []compare.Span
	last := -1 // the entry block list items belong to
	for _, l := range ls {
		t := l.text
		trim := strings.TrimSpace(t)
		if trim == "" || trim == "---" {
			continue
		}
		if strings.HasPrefix(trim, "#") {
			comments = append(comments, l.span)
			continue
		}
		indent := len(t) - len(strings.TrimLeft(t, " "))
		if m := yamlKey.FindStringSubmatchIndex(t); m != nil && !strings.HasPrefix(strings.TrimSpace(t[m[4]:m[5]]), "http") {
			key := unquote(t[m[4]:m[5]])
			kIndent := m[5] - len(t[m[4]:m[5]])
			if strings.HasPrefix(trim, "- ") {
				// "- key: value": the item's keys sit deeper than the dash.
				kIndent = indent + 2
			}
			for len(stack) > 0 && stack[len(stack)-1].indent >= kIndent {
				stack = stack[:len(stack)-1]
			}
			var parts []string
			for _, s := range stack {
				parts = append(parts, s.key)
			}
			parts = append(parts, strings.ToLower(key))
			e := entry{path: strings.Join(parts, "."), key: key, line: l.span, comments: comments}
			comments = nil
			if m[6] >= 0 {
				raw := stripComment(t[m[6]:m[7]], "#")
				e.value = unquote(raw)
				vs := l.span.Start + m[6] + boolInt(e.value != raw)
				e.val = compare.Span{Start: vs, End: vs + len(e.value)}
				if strings.HasPrefix(raw, "[") {
					e.items = listItems(raw, l.span.Start+m[6])
				}
			}
			stack = append(stack, level{kIndent, strings.ToLower(key)})
			out = append(out, e)
			last = len(out) - 1
			continue
		}
		if m := yamlItem.FindStringSubmatchIndex(t); m != nil && last >= 0 {
			raw := stripComment(t[m[4]:m[5]], "#")
			v := unquote(raw)
			vs := l.span.Start + m[4] + boolInt(v != raw)
			out[last].items = append(out[last].items, item{value: v, span: compare.Span{Start: vs, End: vs + len(v)}})
		}
		comments = nil
	}
	return out
}
