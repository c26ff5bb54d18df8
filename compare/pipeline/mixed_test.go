package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/claimdiff/claimdiff/bench/retell"
	"github.com/claimdiff/claimdiff/compare/report"
)

const sharedNews = "../../../shared/news"

// retold writes n articles retold from the shared wire stories into a
// temporary folder and returns it.
func retold(t *testing.T, n int) string {
	t.Helper()
	if _, err := os.Stat(sharedNews); err != nil {
		t.Skipf("shared stories not found at %s", sharedNews)
	}
	dir := filepath.Join(t.TempDir(), "news")
	if _, err := retell.Write(n, 1, sharedNews, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestParallelIsSerial: on a corpus whose blocks are large enough to be
// grouped and scored on several cores, the report is the bytes of one
// core's.
func TestParallelIsSerial(t *testing.T) {
	n := 600
	if testing.Short() {
		n = 200
	}
	news := retold(t, n)
	render := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		r, err := Compare(context.Background(), []string{news}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := report.JSON(&b, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	want := render(1)
	for _, procs := range []int{2, 8} {
		if got := render(procs); !bytes.Equal(got, want) {
			t.Errorf("report of %d articles on %d CPUs differs from the report on 1 CPU", n, procs)
		}
	}
	if len(want) < 1000 {
		t.Errorf("report of %d articles is %d bytes; expected a large one", n, len(want))
	}
}
