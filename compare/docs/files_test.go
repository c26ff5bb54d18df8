package docs

import (
	"github.com/claimdiff/claimdiff/compare"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFiles(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{
		"README.md", "INSTALL.txt", "go.mod", "docs/guide.md", "docs/api.rst", ".github/workflows/ci.yml", ".nvmrc",
		"conf/server.ini", "LICENSE", "main.go", "notes.txt", "node_modules/x/README.md", "vendor/y/go.mod",
		".git/HEAD", "build/index.md", "testdata/case/README.md", ".idea/x.md", "pom.xml", "app/build.gradle.kts", "Gemfile", "src/App.csproj",
	} {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Files(root)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i], _ = filepath.Rel(root, got[i])
		got[i] = filepath.ToSlash(got[i])
	}
	want := []string{".github/workflows/ci.yml", ".nvmrc", "Gemfile", "INSTALL.txt", "LICENSE", "README.md", "app/build.gradle.kts", "conf/server.ini", "docs/api.rst", "docs/guide.md", "go.mod", "pom.xml", "src/App.csproj"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Files mismatch (-want +got):\n%s", diff)
	}
}

func TestLooksTechnical(t *testing.T) {
	doc := func(path, text string) *compare.Document { return compare.NewDocument(path, []byte(text)) }
	tests := []struct {
		ds   []*compare.Document
		want bool
	}{
		{[]*compare.Document{doc("a.txt", "Talks resumed.\n"), doc("b.md", "# Talks\n\nThey met.\n")}, false},
		{[]*compare.Document{doc("a.md", "# Use\n\n```\nrun\n```\n"), doc("b.md", "# B\n")}, true},
		{[]*compare.Document{doc("docs/a.txt", "Talks resumed.\n"), doc("docs/b.md", "# B\n")}, false},
		{[]*compare.Document{doc("x/README.md", "# A\n")}, true},
		// A folder of articles with its README stays articles.
		{[]*compare.Document{doc("news/README.md", "# Wire stories\n"), doc("news/a.txt", "Talks resumed.\n"),
			doc("news/b.txt", "The ferry sank.\n"), doc("news/c.txt", "Rain fell.\n")}, false},
		// A manifest makes a project whatever else is given.
		{[]*compare.Document{doc("go.mod", "module x\n\ngo 1.22\n"), doc("a.txt", "Talks resumed.\n"), doc("b.txt", "Rain fell.\n")}, true},
	}
	for i, tt := range tests {
		if got := LooksTechnical(tt.ds); got != tt.want {
			t.Errorf("LooksTechnical(case %d) = %v, want %v", i, got, tt.want)
		}
	}
}
