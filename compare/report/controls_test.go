package report

import (
	"bytes"
	"testing"
	"unicode"

	"github.com/claimdiff/claimdiff/compare"
)

// TestNoControlCharacters prints the hostile report, whose article holds
// ESC, NUL and SOH, in every format: none may pass a control character
// other than a line break or tab on to a terminal, log or browser.
func TestNoControlCharacters(t *testing.T) {
	r := hostileReport(t)
	// The claim quoting the control characters is unique there; as a
	// conflict every format prints it.
	r.Alignments[1].Verdict.Outcome = compare.Conflict
	for _, name := range Names() {
		print, _ := Lookup(name)
		var b bytes.Buffer
		if err := print(&b, r, Options{}); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for i, c := range bytes.Runes(b.Bytes()) {
			if unicode.IsControl(c) && c != '\n' && c != '\t' && c != '\r' {
				t.Errorf("%s: control character %U at rune %d", name, c, i)
				break
			}
		}
	}
}

func TestReplaceControls(t *testing.T) {
	tests := []struct{ in, keep, want string }{
		{"plain text\n", "\n", "plain text\n"},
		{"a\x1b[31mred\x07\n", "\n", "a\uFFFD[31mred\uFFFD\n"},
		{"tab\there\r\n", "\n", "tab\uFFFDhere\uFFFD\n"},
		{"c1 \u0085 and \x7f", "", "c1 \uFFFD and \uFFFD"},
		{"bad \xff byte", "", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := string(replaceControls([]byte(tt.in), tt.keep)); got != tt.want {
			t.Errorf("replaceControls(%q, %q) = %q, want %q", tt.in, tt.keep, got, tt.want)
		}
	}
}
