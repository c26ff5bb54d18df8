package report

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
)

func TestMDText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain words, 9.5 km; ok?", "plain words, 9.5 km; ok?"},
		{"a | b", `a \| b`},
		{"`code`", "\\`code\\`"},
		{"<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;"},
		{"[x](javascript:alert(1))", `\[x\]\(javascript:alert\(1\)\)`},
		{"# heading", `\# heading`},
		{"<!-- c -->", `&lt;\!-- c --&gt;`},
		{"&amp; stays text", "&amp;amp; stays text"},
		{"**b** _i_ ~~s~~", `\*\*b\*\* \_i\_ \~\~s\~\~`},
		{"$x$ @who", `\$x\$ \@who`},
		{"two\nlines\r\nhere\ttab", "two lines  here tab"},
		{"bell\x07 and nul\x00", "bell\uFFFD and nul\uFFFD"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{`back\slash`, `back\\slash`},
	} {
		if got := mdText(tt.in); got != tt.want {
			t.Errorf("mdText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// mdUnescape undoes mdText, for checking that nothing was lost.
var mdBackslash = regexp.MustCompile(`\\([[:punct:]])`)

func mdUnescape(s string) string { return html.UnescapeString(mdBackslash.ReplaceAllString(s, "$1")) }

// unescapedPipes counts the pipes of a table row that separate cells.
var mdUnescapedPipe = regexp.MustCompile(`(^|[^\\])(\\\\)*\|`)

func TestMarkdownHostile(t *testing.T) {
	r := hostileReport(t)
	var buf bytes.Buffer
	if err := Markdown(&buf, r, Options{}); err != nil {
		t.Fatalf("Markdown(hostile report): %v", err)
	}
	out := buf.String()

	// Our own tags are the only ones: with them gone, no "<" is left.
	rest := out
	for _, tag := range []string{"<details>", "</details>", "<summary>", "</summary>"} {
		rest = strings.ReplaceAll(rest, tag, "")
	}
	if i := strings.Index(rest, "<"); i >= 0 {
		t.Errorf("Markdown(hostile report) has a raw %q near %q", "<", rest[max(0, i-20):min(len(rest), i+40)])
	}
	for _, s := range []string{"<!--", "](", "\x1b", "\x00", "\r"} {
		if strings.Contains(out, s) {
			t.Errorf("Markdown(hostile report) contains %q:\n%s", s, out)
		}
	}

	for i, l := range strings.Split(out, "\n") {
		// Every backtick, bracket, star and underscore comes from a
		// document, and must be escaped; our bold is "**" before and
		// after a value, so stars are checked only inside table rows'
		// quote cells through the pipes count below.
		for _, c := range "`[]_" {
			for j := strings.IndexRune(l, c); j >= 0; j = next(l, c, j) {
				if j == 0 || l[j-1] != '\\' {
					t.Errorf("Markdown(hostile report) line %d: unescaped %q in %q", i+1, c, l)
				}
			}
		}
		if strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "## claimdiff: ") && !strings.HasPrefix(l, "### Conflict: ") && !strings.HasPrefix(l, "### Update: ") {
			t.Errorf("Markdown(hostile report) line %d starts a heading of the document's: %q", i+1, l)
		}
		if strings.HasPrefix(l, "| ") {
			// Five separators: four columns in every table but the first
			// (seven: six columns).
			n := len(mdUnescapedPipe.FindAllString(l, -1))
			if n != 5 && !(i < 5 && n == 7) {
				t.Errorf("Markdown(hostile report) line %d has %d cell separators: %q", i+1, n, l)
			}
		}
	}

	// Escaped, the text is still all there.
	want := "“Officials said " + payloadImg + " **12 people | were** | hurt.”"
	if !strings.Contains(mdUnescape(out), want) {
		t.Errorf("Markdown(hostile report) lost text: unescaped output lacks %q:\n%s", want, out)
	}
}

func next(s string, c rune, j int) int {
	k := strings.IndexRune(s[j+1:], c)
	if k < 0 {
		return -1
	}
	return j + 1 + k
}

// FuzzMDText checks that no input yields a raw "<" or line break, and
// that unescaping gives back the input with white space made spaces.
func FuzzMDText(f *testing.F) {
	for _, s := range []string{"a | b", "<img onerror=x>", "[x](javascript:y)", "&amp;", `\*`, "`\n#"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := mdText(s)
		if strings.ContainsAny(got, "<>\n\r") {
			t.Fatalf("mdText(%q) = %q: raw markup or line break", s, got)
		}
		want := strings.Map(func(r rune) rune {
			switch {
			case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' || r == '\u0085':
				return ' '
			case r < 0x20 || r == 0x7f:
				return '\uFFFD'
			}
			return r
		}, strings.ToValidUTF8(s, "\uFFFD"))
		if back := mdUnescape(got); back != want {
			t.Fatalf("mdText(%q) = %q, which unescapes to %q, want %q", s, got, back, want)
		}
	})
}
