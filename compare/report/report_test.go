package report

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// checkGolden compares got with testdata/name.golden, or rewrites the file
// with -update. A mismatch names the first differing line.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w || i >= len(gl) || i >= len(wl) {
			t.Errorf("%s: line %d differs (run go test -update and read git diff):\nwant %q\ngot  %q", path, i+1, w, g)
			return
		}
	}
}

// goldenOptions gives the options each golden file is printed with; a
// format missing here is printed with the zero Options.
var goldenOptions = map[string][]struct {
	suffix string
	opt    Options
}{
	"text": {{"", Options{Width: 80}}, {"-color", Options{Color: true, Width: 80}}},
}

func variants(format string) []struct {
	suffix string
	opt    Options
} {
	if v, ok := goldenOptions[format]; ok {
		return v
	}
	return []struct {
		suffix string
		opt    Options
	}{{"", Options{}}}
}

func TestGolden(t *testing.T) {
	r, _ := fixture(t)
	for _, name := range Names() {
		p, err := Lookup(name)
		if err != nil {
			t.Fatalf("Lookup(%q): %v", name, err)
		}
		for _, v := range variants(name) {
			t.Run(name+v.suffix, func(t *testing.T) {
				var buf bytes.Buffer
				if err := p(&buf, r, v.opt); err != nil {
					t.Fatalf("%s printer: %v", name, err)
				}
				checkGolden(t, "ferry."+name+v.suffix, buf.Bytes())
			})
		}
	}
}

func TestGoldenExtract(t *testing.T) {
	_, xs := fixture(t)
	for _, name := range ExtractNames() {
		p, err := LookupExtract(name)
		if err != nil {
			t.Fatalf("LookupExtract(%q): %v", name, err)
		}
		for _, v := range variants(name) {
			t.Run(name+v.suffix, func(t *testing.T) {
				var buf bytes.Buffer
				if err := p(&buf, xs, v.opt); err != nil {
					t.Fatalf("extract %s printer: %v", name, err)
				}
				checkGolden(t, "ferry.extract-"+name+v.suffix, buf.Bytes())
			})
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, tt := range []struct {
		name  string
		err   func() error
		names []string
	}{
		{"Lookup", func() error { _, err := Lookup("nope"); return err }, Names()},
		{"LookupExtract", func() error { _, err := LookupExtract("nope"); return err }, ExtractNames()},
	} {
		err := tt.err()
		if err == nil {
			t.Errorf(`%s("nope") = nil error, want one listing the formats`, tt.name)
			continue
		}
		for _, n := range tt.names {
			if !strings.Contains(err.Error(), n) {
				t.Errorf(`%s("nope") error %q does not name format %q`, tt.name, err, n)
			}
		}
		if !strings.Contains(err.Error(), `"nope"`) {
			t.Errorf(`%s("nope") error %q does not quote the unknown name`, tt.name, err)
		}
	}
}

func TestNames(t *testing.T) {
	if diff := cmp.Diff([]string{"github", "html", "json", "junit", "markdown", "sarif", "text"}, Names()); diff != "" {
		t.Errorf("Names() mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"json", "jsonl", "text"}, ExtractNames()); diff != "" {
		t.Errorf("ExtractNames() mismatch (-want +got):\n%s", diff)
	}
}

func BenchmarkPrinters(b *testing.B) {
	r, _ := fixture(b)
	size := 0
	for _, d := range r.Documents {
		size += len(d.Text)
	}
	for _, name := range Names() {
		p, _ := Lookup(name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := p(io.Discard, r, Options{Color: true, Width: 80}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
