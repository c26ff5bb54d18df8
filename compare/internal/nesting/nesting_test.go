package nesting

import (
	"strings"
	"testing"
)

func TestYAML(t *testing.T) {
	deep := strings.Repeat("[", MaxYAML+1)
	tests := []struct {
		name, src string
		ok        bool
	}{
		{"front matter", "title: Talks end\ndate: 2006-03-02\ntags: [a, [b, c]]\n", true},
		{"brackets in plain text", "title: see [1 " + deep + "\n", true},
		{"brackets in quotes", "title: \"" + deep + "\"\nsub: '" + deep + "'\n", true},
		{"brackets in a comment", "title: x # " + deep + "\n", true},
		{"flow", "title: " + deep + "\n", false},
		{"flow over lines", "a: [\n" + strings.Repeat("[\n", MaxYAML) + "]\n", false},
		{"flow closed", "a: " + strings.Repeat("[1, ", MaxYAML) + strings.Repeat("]", MaxYAML) + "\nb: " + strings.Repeat("{x: ", MaxYAML-1) + "1" + strings.Repeat("}", MaxYAML-1) + "\n", true},
		{"block sequences on a line", "x:\n" + strings.Repeat("- ", MaxYAML+1) + "x\n", false},
		{"negative numbers", "x:\n- -1\n- -2\n", true},
		{"indentation", "x:\n" + strings.Repeat(" ", MaxIndent+1) + "y: 1\n", false},
	}
	for _, tt := range tests {
		err := YAML([]byte(tt.src), MaxYAML)
		if (err == nil) != tt.ok {
			t.Errorf("YAML(%s) = %v, want ok %t", tt.name, err, tt.ok)
		}
	}
	if err := YAML([]byte("a: 1\nb: "+deep), MaxYAML); err == nil || !strings.HasPrefix(err.Error(), "line 2: ") {
		t.Errorf("YAML(deep on line 2) = %v, want an error naming line 2", err)
	}
}

func TestHTML(t *testing.T) {
	tests := []struct {
		name, src string
		ok        bool
	}{
		{"page", "<html><body><div><p>a<p>b<ul><li>c<li>d</ul><br><img src=x></div></body></html>", true},
		{"many unclosed paragraphs", strings.Repeat("<p>text", 5*MaxHTML), true},
		{"many closed divs", strings.Repeat("<div>x</div>", 5*MaxHTML), true},
		{"deep divs", strings.Repeat("<div>", MaxHTML+1) + "x", false},
		{"deep spans", strings.Repeat("<span>", MaxHTML+1) + "x" + strings.Repeat("</span>", MaxHTML+1), false},
	}
	for _, tt := range tests {
		err := HTML([]byte(tt.src), MaxHTML)
		if (err == nil) != tt.ok {
			t.Errorf("HTML(%s) = %v, want ok %t", tt.name, err, tt.ok)
		}
	}
}

func FuzzYAML(f *testing.F) {
	f.Add("a: [1, {b: 'c'}]\n- - x\n\"q\\\"\" # c")
	f.Fuzz(func(t *testing.T, s string) {
		YAML([]byte(s), 4) // must not panic
	})
}
