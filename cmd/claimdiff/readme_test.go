package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readmeCommand is a line "$ claimdiff ARGS [| filter]... [# exit status N]"
// in a fenced block of README.md; the lines after it, up to the next
// command or the fence, are its output (standard output, then standard
// error).
var readmeCommand = regexp.MustCompile(`^\$ claimdiff (.*?)(\s+# exit status (\d+)[^#]*)?(\s+#.*)?$`)

// readmeFilters are the shell filters an example may pipe its output
// through, to show a part of a long report.
var (
	headFilter = regexp.MustCompile(`^head -n (\d+)$`)
	sedFilter  = regexp.MustCompile(`^sed -n '(\d+),(\d+)p'$`)
	cutFilter  = regexp.MustCompile(`^cut -c1-(\d+)$`)
)

type readmeExample struct {
	line       int // of the command, from 1
	args       []string
	filters    []string
	exit       int
	start, end int // lines of the output, [start, end), from 0
}

// TestReadme runs every claimdiff command shown in README.md, in order,
// on a copy of testdata/ (as a fresh clone has it), and checks its exit
// status and output against what the README shows. go test -run
// TestReadme -update ./cmd/claimdiff rewrites the outputs; read git diff.
func TestReadme(t *testing.T) {
	readme, err := filepath.Abs(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	examples := readmeExamples(t, lines)
	if len(examples) < 5 {
		t.Fatalf("README.md shows %d claimdiff commands, want the examples of every section", len(examples))
	}

	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	// The clone sits in a folder of its own, with the shared evaluation
	// data beside it as ../shared when this checkout has it: examples on
	// that data are checked then, and skipped otherwise.
	parent := t.TempDir()
	dir := filepath.Join(parent, "claimdiff")
	if err := os.CopyFS(filepath.Join(dir, "testdata"), os.DirFS(testdata)); err != nil {
		t.Fatal(err)
	}
	shared, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	haveShared := false
	if _, err := os.Stat(shared); err == nil {
		haveShared = os.Symlink(shared, filepath.Join(parent, "shared")) == nil
	}
	// A repository's root, so that no .claimdiff.yaml above is read.
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Setenv("NO_COLOR", "")
	t.Setenv("CI", "")

	outputs := make([][]string, len(examples))
	for i, ex := range examples {
		if !haveShared && strings.Contains(strings.Join(ex.args, " "), "../shared/") {
			t.Logf("README.md:%d: skipped: shared data not found at %s", ex.line, shared)
			outputs[i] = lines[ex.start:ex.end]
			continue
		}
		var stdout, stderr bytes.Buffer
		code := run(ex.args, strings.NewReader(""), &stdout, &stderr)
		if code != ex.exit {
			t.Errorf("README.md:%d: claimdiff %s exited %d, README says %d: %s", ex.line, strings.Join(ex.args, " "), code, ex.exit, stderr.String())
		}
		out := strings.Split(strings.TrimSuffix(stdout.String()+stderr.String(), "\n"), "\n")
		for _, f := range ex.filters {
			out = filter(out, f)
		}
		outputs[i] = out
		want := lines[ex.start:ex.end]
		if !*update && strings.Join(want, "\n") != strings.Join(out, "\n") {
			t.Errorf("README.md:%d: claimdiff %s: output differs from the README (go test -run TestReadme -update ./cmd/claimdiff, then read git diff):\n%s",
				ex.line, strings.Join(ex.args, " "), firstDifference(want, out))
		}
	}
	if *update {
		var b []string
		next := 0
		for i, ex := range examples {
			b = append(b, lines[next:ex.start]...)
			b = append(b, outputs[i]...)
			next = ex.end
		}
		b = append(b, lines[next:]...)
		if err := os.WriteFile(readme, []byte(strings.Join(b, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readmeExamples(t *testing.T, lines []string) []readmeExample {
	var examples []readmeExample
	inFence := ""
	var cur *readmeExample
	closeCur := func(at int) {
		if cur != nil {
			cur.end = at
			examples = append(examples, *cur)
			cur = nil
		}
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "```") {
			if inFence == "" {
				inFence = l[:len(l)-len(strings.TrimLeft(l, "`"))]
			} else if strings.TrimRight(l, " ") == inFence {
				closeCur(i)
				inFence = ""
			}
			continue
		}
		if inFence == "" {
			continue
		}
		m := readmeCommand.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		closeCur(i)
		parts := strings.Split(m[1], " | ")
		ex := readmeExample{line: i + 1, args: strings.Fields(parts[0]), filters: parts[1:], start: i + 1}
		if m[3] != "" {
			ex.exit, _ = strconv.Atoi(m[3])
		}
		for _, f := range ex.filters {
			if !headFilter.MatchString(f) && !sedFilter.MatchString(f) && !cutFilter.MatchString(f) {
				t.Fatalf("README.md:%d: filter %q: want head -n N, sed -n 'A,Bp' or cut -c1-N", i+1, f)
			}
		}
		cur = &ex
	}
	return examples
}

// filter applies one of readmeFilters to lines.
func filter(lines []string, f string) []string {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if m := headFilter.FindStringSubmatch(f); m != nil {
		return lines[:min(len(lines), atoi(m[1]))]
	}
	if m := sedFilter.FindStringSubmatch(f); m != nil {
		a, b := atoi(m[1]), atoi(m[2])
		if a > len(lines) {
			return nil
		}
		return lines[a-1 : min(len(lines), b)]
	}
	m := cutFilter.FindStringSubmatch(f)
	n := atoi(m[1])
	out := make([]string, len(lines))
	for i, l := range lines {
		// cut -c counts bytes in GNU cut; the README's lines are ASCII
		// where it is used, and runes keep UTF-8 whole anyway.
		if r := []rune(l); len(r) > n {
			l = string(r[:n])
		}
		out[i] = l
	}
	return out
}

func firstDifference(want, got []string) string {
	for i := 0; i < max(len(want), len(got)); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g || i >= len(want) || i >= len(got) {
			return fmt.Sprintf("line %d:\nREADME %q\noutput %q", i+1, w, g)
		}
	}
	return "(same lines)"
}
