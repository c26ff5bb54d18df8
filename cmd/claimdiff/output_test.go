package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/compare/report"
	"github.com/google/go-cmp/cmp"
)

func TestWriteOutputFailure(t *testing.T) {
	errPrint := errors.New("printer failed")
	failing := func(w io.Writer) error {
		w.Write([]byte("half a report"))
		return errPrint
	}
	for _, existing := range []bool{false, true} {
		dir := t.TempDir()
		path := filepath.Join(dir, "report.json")
		if existing {
			if err := os.WriteFile(path, []byte("earlier"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		err := writeOutput(path, nil, failing)
		if !errors.Is(err, errPrint) {
			t.Errorf("writeOutput(%q, failing printer) = %v, want %v", path, err, errPrint)
		}
		want := []string(nil)
		if existing {
			want = []string{"report.json"}
		}
		if diff := cmp.Diff(want, dirNames(t, dir)); diff != "" {
			t.Errorf("writeOutput(%q, failing printer) left files (-want +got):\n%s", path, diff)
		}
		if existing {
			if got, _ := os.ReadFile(path); string(got) != "earlier" {
				t.Errorf("writeOutput(%q, failing printer) changed the file to %q", path, got)
			}
		}
	}

	var stdout bytes.Buffer
	if err := writeOutput("", &stdout, failing); !errors.Is(err, errPrint) {
		t.Errorf("writeOutput(stdout, failing printer) = %v, want %v", err, errPrint)
	}
	if stdout.Len() > 0 {
		t.Errorf("writeOutput(stdout, failing printer) wrote %q, want nothing", stdout.String())
	}
}

func TestWriteOutputReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(path, []byte("earlier"), 0o640); err != nil {
		t.Fatal(err)
	}
	err := writeOutput(path, nil, func(w io.Writer) error {
		_, err := w.Write([]byte("later\n"))
		return err
	})
	if err != nil {
		t.Fatalf("writeOutput(%q) = %v", path, err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "later\n" {
		t.Errorf("after writeOutput(%q): file holds %q (%v), want %q", path, got, err, "later\n")
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o640 {
		t.Errorf("after writeOutput(%q): mode %v (%v), want the replaced file's -rw-r-----", path, fi.Mode(), err)
	}
	if diff := cmp.Diff([]string{"report.txt"}, dirNames(t, dir)); diff != "" {
		t.Errorf("writeOutput(%q) left files (-want +got):\n%s", path, diff)
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// TestPrintOptions covers what does not need a terminal: the tests' stdout
// is a pipe or a buffer.
func TestPrintOptions(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	tests := []struct {
		color    string
		width    int
		widthSet bool
		noColor  string
		stdout   io.Writer
		want     report.Options
	}{
		{color: "auto", stdout: w, want: report.Options{}},
		{color: "auto", stdout: &bytes.Buffer{}, want: report.Options{}},
		{color: "always", stdout: w, want: report.Options{Color: true}},
		{color: "always", noColor: "1", stdout: w, want: report.Options{Color: true}},
		{color: "never", stdout: w, want: report.Options{}},
		{color: "auto", width: 72, widthSet: true, stdout: w, want: report.Options{Width: 72}},
		{color: "never", width: 0, widthSet: true, stdout: w, want: report.Options{}},
	}
	for _, tt := range tests {
		t.Setenv("NO_COLOR", tt.noColor)
		got, err := printOptions(tt.color, tt.width, tt.widthSet, "", tt.stdout)
		if err != nil {
			t.Errorf("printOptions(%q, %d, %t, NO_COLOR=%q) = %v", tt.color, tt.width, tt.widthSet, tt.noColor, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("printOptions(%q, %d, %t, NO_COLOR=%q) mismatch (-want +got):\n%s", tt.color, tt.width, tt.widthSet, tt.noColor, diff)
		}
	}
	if _, err := printOptions("rainbow", 0, false, "", w); err == nil {
		t.Errorf("printOptions(%q) = nil error, want one", "rainbow")
	}
}

func TestCheckPublished(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"", true}, {"2010", true}, {"2010-01", true}, {"2010-01-12", true}, {"2012-02-29", true},
		{"2010-13", false}, {"2010-02-30", false}, {"2011-02-29", false}, {"2010-1", false},
		{"2010-01-12T16:53", false}, {"12/01/2010", false}, {"١٢٣٤", false}, {"20100112", false},
	}
	for _, tt := range tests {
		err := checkPublished(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("checkPublished(%q) = %v, want ok %t", tt.in, err, tt.ok)
		}
	}
}

func TestAutoColor(t *testing.T) {
	tests := []struct {
		tty  bool
		env  map[string]string
		want bool
	}{
		{tty: true, want: true},
		{tty: true, env: map[string]string{"TERM": "xterm-256color"}, want: true},
		{tty: false, want: false},
		{tty: true, env: map[string]string{"NO_COLOR": "1"}, want: false},
		{tty: true, env: map[string]string{"NO_COLOR": ""}, want: true},
		{tty: true, env: map[string]string{"TERM": "dumb"}, want: false},
	}
	for _, tt := range tests {
		if got := autoColor(tt.tty, func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("autoColor(tty %t, %v) = %t, want %t", tt.tty, tt.env, got, tt.want)
		}
	}
}

// TestWriteOutputStreamsLargeReports: standard output holds a small
// report back until it is complete, and lets a large one through before
// the printer returns.
func TestWriteOutputStreamsLargeReports(t *testing.T) {
	var stdout bytes.Buffer
	seen := 0
	err := writeOutput("", &stdout, func(w io.Writer) error {
		chunk := bytes.Repeat([]byte("x"), 1<<20)
		for range holdBack/len(chunk) + 2 {
			if _, err := w.Write(chunk); err != nil {
				return err
			}
		}
		seen = stdout.Len()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen == 0 {
		t.Errorf("writeOutput held a %d-byte report back until the printer returned", stdout.Len())
	}
	if want := (holdBack/(1<<20) + 2) << 20; stdout.Len() != want {
		t.Errorf("writeOutput wrote %d bytes, want %d", stdout.Len(), want)
	}
}
