package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWriteFilesAllOrNothing checks that a printer failing on the last of
// several reports leaves none written, earlier files unchanged and no
// temporary file behind.
func TestWriteFilesAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.json")
	if err := os.WriteFile(old, []byte("earlier"), 0o644); err != nil {
		t.Fatal(err)
	}
	errPrint := errors.New("printer failed")
	ok := func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }
	jobs := []fileJob{
		{path: filepath.Join(dir, "a.txt"), print: ok},
		{path: old, print: ok},
		{flag: "--report sarif", path: filepath.Join(dir, "c.sarif"), print: func(w io.Writer) error {
			w.Write([]byte("half"))
			return errPrint
		}},
	}
	err := writeFiles(jobs)
	if !errors.Is(err, errPrint) {
		t.Fatalf("writeFiles(last printer failing) = %v, want %v", err, errPrint)
	}
	if diff := cmp.Diff([]string{"old.json"}, dirNames(t, dir)); diff != "" {
		t.Errorf("writeFiles(last printer failing) left files (-want +got):\n%s", diff)
	}
	if got, _ := os.ReadFile(old); string(got) != "earlier" {
		t.Errorf("writeFiles(last printer failing) changed %s to %q", old, got)
	}

	jobs[2].print = ok
	if err := writeFiles(jobs); err != nil {
		t.Fatalf("writeFiles = %v", err)
	}
	if diff := cmp.Diff([]string{"a.txt", "c.sarif", "old.json"}, dirNames(t, dir)); diff != "" {
		t.Errorf("writeFiles wrote (-want +got):\n%s", diff)
	}
}

func TestExitSignal(t *testing.T) {
	for _, tt := range []struct {
		sig  os.Signal
		want int
	}{{os.Interrupt, 130}} {
		if got := exitSignal(tt.sig); got != tt.want {
			t.Errorf("exitSignal(%v) = %d, want %d", tt.sig, got, tt.want)
		}
	}
}
