package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestGitHubEscaping(t *testing.T) {
	for _, tt := range []struct {
		in, data, prop string
	}{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"k: v, w", "k: v, w", "k%3A v%2C w"},
		{"%0A", "%250A", "%250A"}, // escaped once: the runner unescapes once
		{"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
	} {
		if got := ghData(tt.in); got != tt.data {
			t.Errorf("ghData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := ghProperty(tt.in); got != tt.prop {
			t.Errorf("ghProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

// ghUnescape undoes the runner's escaping of a message.
var ghUnescape = strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",").Replace

func TestGitHubCommands(t *testing.T) {
	r := hostileReport(t)
	var buf bytes.Buffer
	if err := GitHub(&buf, r, Options{}); err != nil {
		t.Fatalf("GitHub(hostile report): %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	// One command for the one conflict, at its first claim, naming the
	// others; the unique claim, whose question and reason try to start
	// commands of their own, writes none.
	if len(lines) != 1 {
		t.Fatalf("GitHub(hostile report) wrote %d lines, want 1:\n%s", len(lines), buf.String())
	}
	wantProps := []string{
		"file=evil|<b>`x`.txt,line=2,col=130,endLine=2,endColumn=146,title=",
	}
	for _, other := range []string{"(plain.txt:1:16)", "(evil|<b>`x`.txt:4:66)"} {
		if !strings.Contains(ghUnescape(lines[0]), other) {
			t.Errorf("GitHub(hostile report) does not name the other claim at %s:\n%s", other, lines[0])
		}
	}
	for i, l := range lines {
		cmd, msg, ok := strings.Cut(strings.TrimPrefix(l, "::error "), "::")
		if !ok || !strings.HasPrefix(l, "::error ") {
			t.Errorf("GitHub(hostile report) line %d is not an error command: %q", i+1, l)
			continue
		}
		if !strings.HasPrefix(cmd, wantProps[i]) {
			t.Errorf("GitHub(hostile report) line %d properties = %q, want prefix %q", i+1, cmd, wantProps[i])
		}
		// Properties split on "," and "=" as the runner splits them.
		for _, p := range strings.Split(cmd, ",") {
			if k, _, ok := strings.Cut(p, "="); !ok || strings.ContainsAny(k, " :") {
				t.Errorf("GitHub(hostile report) line %d has a broken property %q", i+1, p)
			}
		}
		if want := "d1 says 12 " + payloadImg + ", d2 says 14."; !strings.Contains(ghUnescape(msg), want) {
			t.Errorf("GitHub(hostile report) line %d message lacks %q: %q", i+1, want, msg)
		}
	}
}

// TestGitHubCap checks that past MaxGitHubErrors conflicts, which GitHub
// would drop unseen, a notice says how many were left out.
func TestGitHubCap(t *testing.T) {
	for _, n := range []int{MaxGitHubErrors, MaxGitHubErrors + 3} {
		r := hostileReport(t)
		a := r.Alignments[0]
		r.Alignments = nil
		for range n {
			r.Alignments = append(r.Alignments, a)
		}
		var buf bytes.Buffer
		if err := GitHub(&buf, r, Options{}); err != nil {
			t.Fatalf("GitHub(%d conflicts): %v", n, err)
		}
		errs := strings.Count(buf.String(), "::error ")
		notices := strings.Count(buf.String(), "::notice ")
		if errs != MaxGitHubErrors {
			t.Errorf("GitHub(%d conflicts) wrote %d errors, want %d", n, errs, MaxGitHubErrors)
		}
		wantNotices := 0
		if n > MaxGitHubErrors {
			wantNotices = 1
			if !strings.Contains(buf.String(), "3 conflicts more not annotated") {
				t.Errorf("GitHub(%d conflicts) notice does not say 3 were left out:\n%s", n, buf.String())
			}
		}
		if notices != wantNotices {
			t.Errorf("GitHub(%d conflicts) wrote %d notices, want %d", n, notices, wantNotices)
		}
	}
}
