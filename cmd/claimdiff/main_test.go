package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the cmp files of the scripts in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"claimdiff": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Setup:               copyArticles,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":   cmdExits,
			"bigfile": cmdBigfile,
		},
	})
}

// copyArticles copies the repository's test articles into the script's
// work folder, so that scripts name them by short relative paths (as
// output shows them) and the articles are written down once.
func copyArticles(env *testscript.Env) error {
	for _, dir := range []string{"haiti-quake", "haiti-quake-md"} {
		src := filepath.Join("..", "..", "testdata", dir)
		if err := os.CopyFS(filepath.Join(env.WorkDir, dir), os.DirFS(src)); err != nil {
			return fmt.Errorf("copy %s: %w", src, err)
		}
	}
	return nil
}

// cmdExits runs a program and checks its exact exit status, which `exec`
// and `! exec` cannot: `! exec` accepts any failure.
//
//	exits 2 claimdiff compare missing.txt
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits status program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil || want < 0 {
		ts.Fatalf("exits: status %q is not a number", args[0])
	}
	// Exec leaves the output where stdout and stderr read it.
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("exits: %v", err) // not run at all, or killed
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdBigfile makes a sparse file of the given size in bytes, for inputs too
// large to keep in a script.
//
//	bigfile huge.txt 209715200
func cmdBigfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: bigfile name size")
	}
	size, err := strconv.ParseInt(args[1], 10, 64)
	if err != nil || size < 0 {
		ts.Fatalf("bigfile: size %q is not a number of bytes", args[1])
	}
	name := ts.MkAbs(args[0])
	f, err := os.Create(name)
	ts.Check(err)
	ts.Check(f.Close())
	ts.Check(os.Truncate(name, size))
}
