package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
)

// writeFiles creates files (path → content) under a new temporary folder
// and returns the folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type idPath struct{ ID, Path string }

func idPaths(dir string, docs []*compare.Document) []idPath {
	var out []idPath
	for _, d := range docs {
		p := d.Path
		if rel, err := filepath.Rel(dir, p); err == nil && p != "-" {
			p = filepath.ToSlash(rel)
		}
		out = append(out, idPath{d.ID, p})
	}
	return out
}

func TestReadFolders(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":         "Second story.\n",
		"a.md":          "# First\n\nFirst story.\n",
		"sub/c.txt":     "Third story.\n",
		"sub/skip.csv":  "not,read\n",
		"sub/image.png": "\x89PNG\x00\x00",
		".git/x.txt":    "hidden folder, not read\n",
	})
	docs, err := Read(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatalf("Read(%q) error: %v", dir, err)
	}
	want := []idPath{{"d1", "a.md"}, {"d2", "b.txt"}, {"d3", "sub/c.txt"}}
	if diff := cmp.Diff(want, idPaths(dir, docs)); diff != "" {
		t.Errorf("Read(%q) mismatch (-want +got):\n%s", dir, diff)
	}
}

func TestReadOrderIndependent(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A story.\n", "b.txt": "B story.\n", "c.txt": "C story.\n"})
	a, b, c := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.txt")
	want := []idPath{{"d1", "a.txt"}, {"d2", "b.txt"}, {"d3", "c.txt"}}
	for _, paths := range [][]string{{a, b, c}, {c, b, a}, {b, c, a}} {
		docs, err := Read(context.Background(), paths, Options{})
		if err != nil {
			t.Fatalf("Read(%q) error: %v", paths, err)
		}
		if diff := cmp.Diff(want, idPaths(dir, docs)); diff != "" {
			t.Errorf("Read(%q) mismatch (-want +got):\n%s", paths, diff)
		}
	}
}

func TestReadDuplicates(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A story.\n", "b.txt": "B story.\n"})
	a := filepath.Join(dir, "a.txt")
	paths := []string{a, dir, a, dir + string(filepath.Separator) + "." + string(filepath.Separator) + "a.txt", "-", "-"}
	docs, err := Read(context.Background(), paths, Options{Stdin: strings.NewReader("Piped story.\n")})
	if err != nil {
		t.Fatalf("Read(%q) error: %v", paths, err)
	}
	want := []idPath{{"d1", "-"}, {"d2", "a.txt"}, {"d3", "b.txt"}}
	if diff := cmp.Diff(want, idPaths(dir, docs)); diff != "" {
		t.Errorf("Read(%q) mismatch (-want +got):\n%s", paths, diff)
	}
}

func TestReadStdin(t *testing.T) {
	text := "Dam Opens\nMarch 2, 2006\nThe dam opened.\n"
	docs, err := Read(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(text)})
	if err != nil {
		t.Fatalf("Read(-) error: %v", err)
	}
	if len(docs) != 1 || docs[0].Path != "-" || string(docs[0].Text) != text || docs[0].Published != "2006-03-02" {
		t.Errorf("Read(-) = %+v, want one document %q from standard input", docs, text)
	}
}

func TestReadPublishedFlag(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Dam Opens\nMarch 2, 2006\nThe dam opened.\n"})
	docs, err := Read(context.Background(), []string{dir}, Options{Published: "2007-01-05"})
	if err != nil {
		t.Fatalf("Read(%q) error: %v", dir, err)
	}
	if got := docs[0].Published + " " + docs[0].PublishedFrom; got != "2007-01-05 flag" {
		t.Errorf("Read(%q, Published 2007-01-05) published = %q, want %q", dir, got, "2007-01-05 flag")
	}
	if _, err := Read(context.Background(), []string{dir}, Options{Published: "5 Jan"}); err == nil {
		t.Errorf("Read(%q, Published %q) error = nil, want an error", dir, "5 Jan")
	}
}

func TestReadErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.txt":       "A good story.\n",
		"empty.txt":      "",
		"blank.txt":      "  \n\n",
		"binary.txt":     "abc\x00\x01\x02",
		"utf8.txt":       "one\ntwo\nsix c\xffhars\n",
		"utf16.txt":      "\xff\xfeA\x00 \x00s\x00t\x00o\x00r\x00y\x00.\x00",
		"utf16be.txt":    "\xfe\xff\x00A\x00 \x00s\x00t\x00o\x00r\x00y\x00.",
		"bad.md":         "---\ntitle: x\n",
		"none/x.csv":     "x\n",
		"none/y.json":    "{}\n",
		"emptydir/.keep": "",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		path string
		want string // the error's message after "path"
		is   error
	}{
		{p("missing.txt"), ": no such file or directory", fs.ErrNotExist},
		{p("none"), ": no .txt, .md or .html files", ErrNoDocuments},
		{p("emptydir"), ": no .txt, .md or .html files", ErrNoDocuments},
		{p("empty.txt"), ": empty", ErrEmpty},
		{p("blank.txt"), ": empty", ErrEmpty},
		{p("binary.txt"), ": binary file", ErrBinary},
		{p("utf8.txt"), ":3:6: invalid UTF-8", ErrInvalidUTF8},
		{p("bad.md"), ":1:1: front matter not closed: want a line ---", nil},
		{p("utf16.txt"), ": UTF-16LE text (by its byte order mark): convert it to UTF-8, such as with iconv -f UTF-16 -t UTF-8", ErrNotUTF8},
		{p("utf16be.txt"), ": UTF-16BE text (by its byte order mark): convert it to UTF-8, such as with iconv -f UTF-16 -t UTF-8", ErrNotUTF8},
	}
	for _, tt := range tests {
		docs, err := Read(context.Background(), []string{p("good.txt"), tt.path}, Options{})
		if err == nil {
			t.Errorf("Read(good.txt, %q) = %d documents, want error", tt.path, len(docs))
			continue
		}
		// The good input is still read, and only it.
		if len(docs) != 1 || docs[0].Path != p("good.txt") || docs[0].ID != "d1" {
			t.Errorf("Read(good.txt, %q) = %d documents with the error, want good.txt alone as d1", tt.path, len(docs))
		}
		if got, want := err.Error(), tt.path+tt.want; got != want {
			t.Errorf("Read(good.txt, %q) error = %q, want %q", tt.path, got, want)
		}
		var ie *compare.InputError
		if !errors.As(err, &ie) || ie.Path != tt.path {
			t.Errorf("Read(good.txt, %q) error = %#v, want *compare.InputError naming the path", tt.path, err)
		}
		if tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("Read(good.txt, %q) error = %v, want errors.Is %v", tt.path, err, tt.is)
		}
	}
}

func TestReadErrorsJoinedSorted(t *testing.T) {
	dir := writeFiles(t, map[string]string{"b.txt": "", "good.txt": "Fine.\n", "d.txt": "x\x00"})
	paths := []string{filepath.Join(dir, "d.txt"), filepath.Join(dir, "good.txt"), filepath.Join(dir, "c.txt"), filepath.Join(dir, "b.txt")}
	_, err := Read(context.Background(), paths, Options{})
	if err == nil {
		t.Fatalf("Read(%q) error = nil, want three errors", paths)
	}
	want := strings.Join([]string{
		filepath.Join(dir, "b.txt") + ": empty",
		filepath.Join(dir, "c.txt") + ": no such file or directory",
		filepath.Join(dir, "d.txt") + ": binary file",
	}, "\n")
	if diff := cmp.Diff(want, err.Error()); diff != "" {
		t.Errorf("Read(%q) error mismatch (-want +got):\n%s", paths, diff)
	}
}

func TestReadTooLarge(t *testing.T) {
	// A sparse 200 MB file: a read would take long and need 200 MB; the
	// size check refuses it at once.
	path := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = Read(context.Background(), []string{path}, Options{})
	if want := path + ": larger than 32 MiB"; err == nil || err.Error() != want {
		t.Errorf("Read(%q) error = %v, want %q", path, err, want)
	}
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read(%q) error = %v, want errors.Is ErrTooLarge", path, err)
	}
	if a := testing.AllocsPerRun(1, func() { Read(context.Background(), []string{path}, Options{}) }); a > 200 {
		t.Errorf("Read(%q) made %v allocations, want a refusal without reading", path, a)
	}
}

func TestReadStdinTooLarge(t *testing.T) {
	in := strings.NewReader(strings.Repeat("a", 100))
	_, err := Read(context.Background(), []string{"-"}, Options{Stdin: in, MaxBytes: 64})
	if want := "-: larger than 64 bytes"; err == nil || err.Error() != want {
		t.Errorf("Read(-) of 100 bytes, MaxBytes 64: error = %v, want %q", err, want)
	}
	if in.Len() != 100-65 {
		t.Errorf("Read(-) consumed %d bytes of standard input, want 65 (MaxBytes+1)", 100-in.Len())
	}
}

func TestReadCancelled(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A story.\n"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs, err := Read(ctx, []string{dir}, Options{})
	if !errors.Is(err, context.Canceled) || docs != nil {
		t.Errorf("Read(cancelled, %q) = %d documents, %v; want context.Canceled", dir, len(docs), err)
	}
}

func TestReadLeavesFilesUntouched(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A story.\n"})
	path := filepath.Join(dir, "a.txt")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(path)
	if _, err := Read(context.Background(), []string{path}, Options{}); err != nil {
		t.Fatalf("Read(%q) of a read-only file error: %v", path, err)
	}
	after, _ := os.Stat(path)
	if !after.ModTime().Equal(before.ModTime()) || after.Size() != before.Size() {
		t.Errorf("Read(%q) changed the file", path)
	}
}

// TestReadLinks checks that a file reached twice, through a link or two
// spellings, is read once, and that a link out of an input folder is
// skipped unless FollowSymlinks says otherwise.
func TestReadLinks(t *testing.T) {
	outside := writeFiles(t, map[string]string{"secret.txt": "The secret number is 42.\n"})
	dir := writeFiles(t, map[string]string{"a.txt": "A good story.\n", "sub/b.txt": "Another story.\n"})
	for _, l := range [][2]string{
		{filepath.Join(outside, "secret.txt"), filepath.Join(dir, "leak.txt")},
		{filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub", "again.txt")},
	} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	paths := func(docs []*compare.Document) []string {
		var ps []string
		for _, d := range docs {
			ps = append(ps, filepath.ToSlash(strings.TrimPrefix(d.Path, dir)))
		}
		return ps
	}
	docs, err := Read(context.Background(), []string{dir, filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub", "..", "a.txt")}, Options{})
	if err != nil {
		t.Fatalf("Read(folder with links) = %v", err)
	}
	if diff := cmp.Diff([]string{"/a.txt", "/sub/b.txt"}, paths(docs)); diff != "" {
		t.Errorf("Read(folder with links) read (-want +got):\n%s", diff)
	}
	docs, err = Read(context.Background(), []string{dir}, Options{FollowSymlinks: true})
	if err != nil {
		t.Fatalf("Read(folder with links, FollowSymlinks) = %v", err)
	}
	if diff := cmp.Diff([]string{"/a.txt", "/leak.txt", "/sub/b.txt"}, paths(docs)); diff != "" {
		t.Errorf("Read(folder with links, FollowSymlinks) read (-want +got):\n%s", diff)
	}
}
