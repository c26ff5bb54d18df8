//go:build ignore

// Command testsummary reads `go test -json` and prints what `go test`
// prints (a line per package, and the output of tests that failed), then
// the tests that were skipped with the reason each gave: go test hides the
// output of packages that pass, so without this a missing ../shared or
// Chromium would go unnoticed. Last comes one line of counts.
//
//	go test -json ./... | go run .ci/testsummary.go
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

type event struct {
	Action, Package, Test, Output string
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	type key struct{ pkg, test string }
	lines := map[key][]string{}
	failedTests := map[key]bool{}
	var skippedTests []key
	passed, failed := 0, 0
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Fprintln(out, sc.Text()) // not JSON: say, go's own error
			continue
		}
		k := key{e.Package, e.Test}
		switch {
		case e.Action == "build-output":
			fmt.Fprint(out, e.Output) // a package that does not compile
		case e.Test == "" && e.Action == "output":
			if e.Output != "PASS\n" { // go test shows no PASS line for a passing package
				fmt.Fprint(out, e.Output) // ok, FAIL, no test files
			}
		case e.Test == "":
		case e.Action == "output" && failedTests[k]:
			// A failure's messages follow its "--- FAIL" line.
			fmt.Fprint(out, e.Output)
		case e.Action == "output":
			lines[k] = append(lines[k], e.Output)
		case e.Action == "pass":
			passed++
			delete(lines, k)
		case e.Action == "fail":
			failed++
			failedTests[k] = true
			fmt.Fprint(out, strings.Join(lines[k], ""))
			delete(lines, k)
		case e.Action == "skip":
			skippedTests = append(skippedTests, k) // its reason may follow
		}
	}
	var skips []string
	for _, k := range skippedTests {
		var why []string
		for _, l := range lines[k] {
			l = strings.TrimSpace(l)
			if l != "" && !strings.HasPrefix(l, "=== ") && !strings.HasPrefix(l, "--- SKIP") {
				why = append(why, l)
			}
		}
		// Subtests skipped for their parent's reason add nothing.
		if !strings.Contains(k.test, "/") || len(why) > 0 {
			skips = append(skips, fmt.Sprintf("  %s %s: %s", strings.TrimPrefix(k.pkg, "github.com/claimdiff/claimdiff/"), k.test, strings.Join(why, " ")))
		}
	}
	if len(skips) > 0 {
		sort.Strings(skips)
		fmt.Fprintln(out, "skipped:")
		for _, s := range skips {
			fmt.Fprintln(out, s)
		}
	}
	fmt.Fprintf(out, "%d passed, %d failed, %d skipped\n", passed, failed, len(skippedTests))
}
