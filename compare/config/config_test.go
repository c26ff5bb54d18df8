package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var formats = Options{Formats: []string{"json", "sarif", "text"}}

func TestParse(t *testing.T) {
	src := `# settings of the ferry desk
aliases:
  North Korea: [Pyongyang, DPRK]
  Panmunjom:
    - Panmunjeom
ignore:
  - time/*
  - How many dollars*
dates:
  articles/a.txt: 2010-01-12
  /abs/b.txt: "2010"
  c.txt: 2010-02
fail-on: none
format: json
reports:
  sarif: out/claimdiff.sarif
baseline: known.json
`
	got, err := Parse("/w/.claimdiff.yaml", []byte(src), formats)
	if err != nil {
		t.Fatalf("Parse(example) = %v", err)
	}
	want := &Config{
		Path: "/w/.claimdiff.yaml",
		Aliases: map[string][]string{
			"North Korea": {"Pyongyang", "DPRK"},
			"Panmunjom":   {"Panmunjeom"},
		},
		Ignore: []string{"time/*", "How many dollars*"},
		Dates: map[string]string{
			filepath.FromSlash("/w/articles/a.txt"): "2010-01-12",
			filepath.FromSlash("/abs/b.txt"):        "2010",
			filepath.FromSlash("/w/c.txt"):          "2010-02",
		},
		FailOn:   "none",
		Format:   "json",
		Reports:  map[string]string{"sarif": filepath.FromSlash("/w/out/claimdiff.sarif")},
		Baseline: filepath.FromSlash("/w/known.json"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse(example) mismatch (-want +got):\n%s", diff)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n", "---\n"} {
		got, err := Parse("c.yaml", []byte(src), formats)
		if err != nil {
			t.Errorf("Parse(%q) = %v", src, err)
			continue
		}
		if diff := cmp.Diff(&Config{Path: "c.yaml"}, got); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", src, diff)
		}
	}
}

// TestParseErrors checks every message: file, line, column and key.
func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"colour: red\n", `c.yaml:1:1: colour: unknown key (known: aliases, baseline, dates, fail-on, format, ignore, mode, reports)`},
		{"aliases:\n  - Pyongyang\n", `c.yaml:2:3: aliases: want a mapping, found a list`},
		{"aliases:\n  North Korea: Pyongyang\n", `c.yaml:2:16: aliases.North Korea: want a list of strings, found a string`},
		{"aliases:\n  X: [a, [b]]\n", `c.yaml:2:10: aliases.X: want a string, found a list`},
		{"ignore: time/*\n", `c.yaml:1:9: ignore: want a list of strings, found a string`},
		{"ignore:\n  - time/*\n  - \"[\"\n", `c.yaml:3:5: ignore: bad pattern "[": syntax error in pattern`},
		{"dates: 2010\n", `c.yaml:1:8: dates: want a mapping, found a number`},
		{"dates:\n  a.txt: 2010-13-01\n", `c.yaml:2:10: dates.a.txt: "2010-13-01" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)`},
		{"dates:\n  a.txt: 12/01/2010\n", `c.yaml:2:10: dates.a.txt: "12/01/2010" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)`},
		{"dates:\n  a.txt:\n", `c.yaml:2:10: dates.a.txt: want a string, found nothing`},
		{"dates:\n  \"-\": 2010\n", `c.yaml:2:3: dates.-: want a file, not standard input`},
		{"fail-on: [conflict]\n", `c.yaml:1:10: fail-on: want a string, found a list`},
		{"fail-on: sometimes\n", `c.yaml:1:10: fail-on: unknown value "sometimes" (want conflict, update, unique, none)`},
		{"fail-on: true\n", `c.yaml:1:10: fail-on: unknown value "true" (want conflict, update, unique, none)`},
		{"format: xml\n", `c.yaml:1:9: format: unknown value "xml" (want json, sarif, text)`},
		{"format: &f json\n", `c.yaml:1:9: format: want a string, found an anchor or alias (not supported here)`},
		{"reports:\n  xml: a.xml\n", `c.yaml:2:3: reports.xml: unknown report format "xml" (known: json, sarif, text)`},
		{"reports:\n  json: [a.json]\n", `c.yaml:2:9: reports.json: want a string, found a list`},
		{"baseline: \"\"\n", `c.yaml:1:11: baseline: empty value`},
		{"- aliases\n", `c.yaml:1:1: want a mapping of keys (aliases, ignore, dates, fail-on, format, reports, baseline, mode), found a list`},
		{"aliases: [\n", `c.yaml:1:10: invalid YAML: sequence end token ']' not found`},
		{"format: json\nformat: text\n", `c.yaml:2:1: invalid YAML: mapping key "format" already defined at [1:1]`},
		{"format: json\n---\nformat: text\n", `c.yaml:2:1: want one YAML document, found 2`},
	}
	for _, tt := range tests {
		_, err := Parse("c.yaml", []byte(tt.src), formats)
		if err == nil {
			t.Errorf("Parse(%q) = nil error, want %q", tt.src, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Parse(%q) error:\n got %s\nwant %s", tt.src, err, tt.want)
		}
	}
}

func TestIgnored(t *testing.T) {
	c := &Config{Ignore: []string{"time/talks", "quantity/*/count", "How many dollars*"}}
	tests := []struct {
		key, question string
		want          bool
	}{
		{"time/talks", "When were the talks?", true},
		{"time/talks/previous", "When were the talks before?", false},
		{"quantity/death/count", "How many people died?", true},
		{"quantity/death", "How many people died?", false},
		{"quantity/talks/amount", "How many dollars in the talks?", true},
		{"name/where", "Where were the talks held?", false},
	}
	for _, tt := range tests {
		if got := c.Ignored(tt.key, tt.question); got != tt.want {
			t.Errorf("Ignored(%q, %q) = %t, want %t", tt.key, tt.question, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	deep := filepath.Join(repo, "docs", "articles")
	mustMkdir(t, filepath.Join(repo, ".git"))
	mustMkdir(t, deep)
	// A file above the repository must not be found from inside it.
	mustWrite(t, filepath.Join(root, FileName), "format: json\n")

	if got, err := Find(deep); err != nil || got != "" {
		t.Errorf("Find(%q) = %q, %v; want none (the file above .git is not ours)", deep, got, err)
	}
	mustWrite(t, filepath.Join(repo, FileName), "")
	if got, err := Find(deep); err != nil || got != filepath.Join(repo, FileName) {
		t.Errorf("Find(%q) = %q, %v; want the repository's file", deep, got, err)
	}
	mustWrite(t, filepath.Join(repo, "docs", FileName), "")
	if got, err := Find(deep); err != nil || got != filepath.Join(repo, "docs", FileName) {
		t.Errorf("Find(%q) = %q, %v; want the nearest file", deep, got, err)
	}
}

func TestLoadMissing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "none.yaml")
	_, err := Load(p, formats)
	if err == nil || err.Error() != p+": read configuration: no such file or directory" {
		t.Errorf("Load(%q) = %v, want a message naming the file", p, err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("aliases:\n  A: [b]\nignore: [x/*]\ndates:\n  a.txt: 2010\n")
	f.Add("reports: {json: a.json}\nfail-on: none\n")
	f.Add("? [a]\n: b\n")
	f.Fuzz(func(t *testing.T, src string) {
		c, err := Parse("f.yaml", []byte(src), formats)
		if err == nil && c == nil {
			t.Fatalf("Parse(%q) = nil, nil", src)
		}
	})
}

func mustMkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func mustWrite(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestParseConfined checks that reports and baseline named by a
// configuration stay inside the repository, by name and through links.
func TestParseConfined(t *testing.T) {
	repo := t.TempDir()
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	outside := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(repo, "link")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Mkdir(filepath.Join(repo, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(repo, "sub", FileName)
	tests := []struct {
		src string
		ok  bool
	}{
		{"reports:\n  json: out/r.json\n", true},
		{"reports:\n  json: ../r.json\n", true}, // the repository's root, from sub
		{"baseline: known.json\n", true},
		{"reports:\n  json: ../../r.json\n", false},
		{"reports:\n  json: " + filepath.ToSlash(filepath.Join(outside, "r.json")) + "\n", false},
		{"baseline: ../link/known.json\n", false},
		{"reports:\n  sarif: ../link/deeper/r.sarif\n", false},
	}
	for _, tt := range tests {
		_, err := Parse(p, []byte(tt.src), formats)
		if (err == nil) != tt.ok {
			t.Errorf("Parse(%q) = %v, want ok %t", tt.src, err, tt.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "is outside the repository") {
			t.Errorf("Parse(%q) = %v, want it to say the path is outside the repository", tt.src, err)
		}
	}
}

func TestParseMode(t *testing.T) {
	c, err := Parse("c.yaml", []byte("mode: docs\n"), Options{})
	if err != nil || c.Mode != "docs" {
		t.Errorf("Parse(mode: docs) = %+v, %v; want Mode docs", c, err)
	}
	if _, err := Parse("c.yaml", []byte("mode: fast\n"), Options{}); err == nil || !strings.Contains(err.Error(), "mode") {
		t.Errorf("Parse(mode: fast) error = %v, want one naming mode", err)
	}
}
