package pipeline

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGoldenReports compares the reports of each example cluster under
// testdata/ with its golden files, testdata/golden/<cluster>.<format>.golden.
func TestGoldenReports(t *testing.T) {
	t.Chdir("../..") // paths in reports as a user at the repository root types them
	clusters, _ := filepath.Glob("testdata/*")
	for _, dir := range clusters {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() || filepath.Base(dir) == "golden" {
			continue
		}
		r, err := Compare(context.Background(), []string{dir}, Options{})
		if err != nil {
			t.Fatalf("Compare(%s): %v", dir, err)
		}
		for _, format := range []string{"text", "json"} {
			p, err := report.Lookup(format)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := p(&got, r, report.Options{}); err != nil {
				t.Fatalf("%s report of %s: %v", format, dir, err)
			}
			golden := filepath.Join("testdata", "golden", filepath.Base(dir)+"."+format+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./compare/pipeline -update)", err)
			}
			if line, ok := firstDiff(want, got.Bytes()); !ok {
				t.Errorf("%s report of %s differs from %s at line %d:\nwant: %s\ngot:  %s",
					format, dir, golden, line.n, line.want, line.got)
			}
		}
	}
}

type lineDiff struct {
	n         int
	want, got string
}

// firstDiff returns the first line where want and got differ.
func firstDiff(want, got []byte) (lineDiff, bool) {
	if bytes.Equal(want, got) {
		return lineDiff{}, true
	}
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; ; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return lineDiff{i + 1, wl, gl}, false
		}
	}
}
