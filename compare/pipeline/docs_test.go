package pipeline

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestDocsModeOnThisRepository runs docs mode on claimdiff's own README,
// docs and go.mod: they agree, so any conflict is a false alarm.
func TestDocsModeOnThisRepository(t *testing.T) {
	root := filepath.Join("..", "..")
	r, err := Compare(context.Background(), []string{root}, Options{Mode: ModeDocs})
	if err != nil {
		t.Fatal(err)
	}
	var read []string
	for _, d := range r.Documents {
		read = append(read, filepath.ToSlash(d.Path))
	}
	for _, want := range []string{"README.md", "go.mod"} {
		found := false
		for _, p := range read {
			if strings.HasSuffix(p, "/"+want) {
				found = true
			}
		}
		if !found {
			t.Errorf("docs mode on %s read %q, not its %s", root, read, want)
		}
	}
	for _, a := range r.Alignments {
		if a.Verdict.Outcome == compare.Conflict {
			t.Errorf("docs mode on this repository: false alarm %s: %s", a.Question, a.Verdict.Reason)
		}
	}
}

// TestDocsModeFindsDrift is the other side: the same kind of project,
// written here, with a README left behind by its manifest.
func TestDocsModeFindsDrift(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":          "module example.org/tool\n\ngo 1.23\n",
		"README.md":       "# tool\n\nBuilding needs Go 1.21 or later.\n\nIt is released under the MIT license.\n",
		"docs/install.md": "# Install\n\nYou need Go 1.23 or newer. The MIT license applies.\n",
		"LICENSE":         "MIT License\n\nCopyright (c) the authors\n",
		"vendor/x/go.mod": "module example.org/x\n\ngo 1.11\n",
	}
	writeTree(t, dir, files)
	r, err := Compare(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]compare.Outcome{}
	for _, a := range r.Alignments {
		got[a.Key] = a.Verdict.Outcome
		for _, c := range a.Claims {
			if strings.Contains(r.Doc(c.Doc).Path, "vendor") {
				t.Errorf("claim from a vendored file: %+v", c)
			}
		}
	}
	if got["docs/requires/go"] != compare.Conflict {
		t.Errorf("Go requirement: %v, want conflict (README 1.21 against go.mod 1.23)", got["docs/requires/go"])
	}
	if got["docs/license"] != compare.Agree {
		t.Errorf("licence: %v, want agree", got["docs/license"])
	}
}

// TestDocsModeDeterministic: the same project's files in any order, on
// one core or several, give the same report.
func TestDocsModeDeterministic(t *testing.T) {
	files, err := filepath.Glob("../../testdata/docs-drift/*")
	if err != nil || len(files) < 3 {
		t.Skipf("no project under ../../testdata/docs-drift (%v)", err)
	}
	more, _ := filepath.Glob("../../testdata/docs-drift/*/*")
	files = append(files, more...)
	files = append(files, "../../testdata/docs-drift/.nvmrc")
	var want string
	for i := range 4 {
		order := slices.Clone(files)
		rand.New(rand.NewPCG(uint64(i), 1)).Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		prev := runtime.GOMAXPROCS([]int{1, 8}[i%2])
		r, err := Compare(context.Background(), order, Options{Mode: ModeDocs})
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, a := range r.Alignments {
			fmt.Fprintf(&b, "%s %s %s %v\n", a.ID, a.Key, a.Verdict.Reason, a.Claims)
		}
		if i == 0 {
			want = b.String()
		} else if b.String() != want {
			t.Fatalf("order %d gives another report:\n%s\nwant:\n%s", i, b.String(), want)
		}
	}
}

// writeTree writes files (text by slash-separated path) under dir and
// returns the number of bytes written.
func writeTree(t testing.TB, dir string, files map[string]string) int64 {
	t.Helper()
	var n int64
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		n += int64(len(text))
	}
	return n
}

// TestDocsModeMirrors: a page kept in two places is read once, so its
// facts are not counted twice, nor agree with themselves.
func TestDocsModeMirrors(t *testing.T) {
	dir := t.TempDir()
	page := "# Install\n\nYou need Go 1.23 or newer.\n"
	writeTree(t, dir, map[string]string{
		"go.mod":             "module example.org/m\n\ngo 1.23\n",
		"docs/install.md":    page,
		"docs/v2/install.md": page,
	})
	r, err := Compare(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Documents) != 2 {
		var paths []string
		for _, d := range r.Documents {
			paths = append(paths, d.Path)
		}
		t.Errorf("docs mode read %q, want go.mod and one copy of the page", paths)
	}
}
